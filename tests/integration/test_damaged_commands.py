"""The command line on a damaged record: one line, exit 1, the file left exactly as it was.

Real processes on real SQLite files, damaged byte by byte (tests/damage.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests import damage

COMMANDS = [
    ["status"],
    ["drink", "250"],
    ["cramp", "log", "--area", "calf", "--side", "left"],
    ["export", "pdf", "--out", "{out}/report.pdf"],
    ["export", "json", "--out", "{out}/backup.json"],
    ["export", "csv", "--out", "{out}/csv"],
    ["export", "fhir", "--out", "{out}/diary.fhir.json"],
    ["import", "{out}/good.json", "--yes"],
]


def damage_header(db: Path) -> None:
    damage.overwrite_header(db)


def damage_cramp_page(db: Path) -> None:
    leaves = damage.pages(db, "cramp_episodes")
    damage.overwrite_page(db, leaves[len(leaves) // 2])


def cut_short(db: Path) -> None:
    leaves = damage.pages(db, "cramp_episodes")
    damage.truncate_at_page(db, leaves[len(leaves) // 2])


@pytest.fixture(scope="module")
def healthy(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """A record, made once; each test damages a copy."""
    folder = tmp_path_factory.mktemp("healthy")
    db = folder / "records.sqlite3"
    damage.make_records(db)
    return db.read_bytes()


@pytest.mark.parametrize("hurt", [damage_header, damage_cramp_page, cut_short])
def test_read_commands_leave_a_damaged_record_alone(
    tmp_path: Path, healthy: bytes, hurt: Callable[[Path], None]
) -> None:
    home = tmp_path / "home"
    data = home / "data"
    data.mkdir(parents=True)
    out = tmp_path / "out"
    out.mkdir()
    db = data / "records.sqlite3"
    db.write_bytes(healthy)
    env = dict(os.environ, SPASM_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    run = [sys.executable, "-m", "spasm_desktop"]
    backup = subprocess.run(
        [*run, "export", "json", "--out", str(out / "good.json")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert backup.returncode == 0, backup.stderr
    hurt(db)
    damaged = db.read_bytes()
    before = sorted(p.name for p in data.iterdir())
    for command in COMMANDS:
        args = [part.replace("{out}", str(out)) for part in command]
        result = subprocess.run(
            [*run, *args], env=env, capture_output=True, text=True, timeout=60, check=False
        )
        assert result.returncode == 1, (command, result.stdout, result.stderr)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, (command, result.stderr)
        assert "damaged" in lines[0]
        assert "not changed" in lines[0]
        assert str(db) in lines[0]
        assert "Start Spasm Desktop" in lines[0]
        assert db.read_bytes() == damaged, command
        assert sorted(p.name for p in data.iterdir()) == before, command
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]  # no report, no export
