"""Bad input on the command line gets a usage error or a refusal, never a traceback (issue 14).

Real processes of the CLI, real files, a real FIFO and real devices.
"""

import json
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop import cli

LONG_NUMBER = "9" * 5000


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environ = dict(os.environ)
    environ["SPASM_DESKTOP_HOME"] = str(tmp_path / "home")
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return environ


def _one_gigabyte() -> None:
    """Without the fix, reading /dev/zero ends in a MemoryError here, not in swapping."""
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def run(
    env: dict[str, str], *args: str, timeout: float = 30, limit_memory: bool = False
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spasm_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        preexec_fn=_one_gigabyte if limit_memory else None,
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["drink", LONG_NUMBER], "not an amount"),
        (["drink", "1" + "0" * 300 + "ml"], "not an amount"),
        (["drink", "99999999999999999999"], "amount must be between 1 and 2000 ml"),
        (["pause", LONG_NUMBER + "m"], "a pause must be between 1 minute and 24 hours"),
        (["dnd", "9" * 30 + "h"], "do not disturb lasts between 1 minute and 24 hours"),
        (["cramp", "log", "--area", "calf", "--duration", LONG_NUMBER], "at most 24 hours"),
        (["cramp", "log", "--area", "calf", "--severity", LONG_NUMBER], "not a pain score"),
        (["cramp", "log", "--area", "calf", "--at", "1111111111"], "not a time: '1111111111'"),
        (["cramp", "log", "--area", "calf", "--at", "0001-01-01 00:00"], "out of range"),
        (["cramp", "log", "--area", "calf", "--at", "9999-12-31 23:59"], "out of range"),
        (["cramp", "log", "--area", "calf", "--at", "2026-1-1 10:00"], "not a date"),
        (["export", "json", "--out", "x.json", "--from", "0001-01-01"], "out of range"),
        (["export", "json", "--out", "x.json", "--to", "9999-12-31"], "out of range"),
        (["export", "pdf", "--out", "x.pdf", "--to", "9999-12-31"], "out of range"),
        (["export", "csv", "--out", "x", "--from", "1969-12-31"], "give a day from 1970-01-01"),
        (["export", "pdf", "--out", "x.pdf", "--name", "n" * 81], "a name of at most 80"),
        (["export", "pdf", "--out", "x.pdf", "--notes", "n" * 100_000], "notes of at most 2000"),
        (["relief", "x" * 5000], "not an area"),
    ],
)
def test_bad_arguments_are_usage_errors(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exit_:
        cli.parse(args)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert message in err
    assert len(err) < 1000  # a 5000-digit argument is not echoed whole


@pytest.mark.parametrize(
    "at",
    ["23:10", "9:05", "2026-11-24 23:10", "2026-11-24 07:05:30", "1970-01-01 00:00"],
)
def test_good_times_still_parse(at: str) -> None:
    assert cli.parse(["cramp", "log", "--area", "calf", "--at", at]).at is not None


def test_dates_at_the_ends_of_the_calendar_are_usage_errors_in_a_real_process(
    env: dict[str, str], tmp_path: Path
) -> None:
    for args in (
        ["export", "pdf", "--out", str(tmp_path / "r.pdf"), "--from", "0001-01-01"],
        ["cramp", "log", "--area", "calf", "--at", "0001-01-01 00:10"],
        ["drink", LONG_NUMBER],
    ):
        result = run(env, *args)
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        assert "usage:" in result.stderr
    assert not (tmp_path / "r.pdf").exists()


def crafted(tmp_path: Path, change: Callable[[dict[str, Any]], None]) -> Path:
    data = {
        "format": 1,
        "app": "spasm-desktop",
        "schema": 8,
        "exported": "2026-11-24T10:00:00+00:00",
        "settings": None,
        "tables": {"drinks": [{"at": "2026-11-24T09:00:00+00:00", "ml": 250, "source": "cli"}]},
    }
    change(data)
    path = tmp_path / "crafted.json"
    path.write_text(json.dumps(data))
    return path


def test_import_refuses_crafted_files_with_one_line_per_problem(
    env: dict[str, str], tmp_path: Path
) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    result = run(env, "import", str(deep), "--yes")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "RecursionError" not in result.stderr
    assert "nested far too deep" in result.stderr

    def many(data: dict[str, Any]) -> None:
        drinks = data["tables"]["drinks"]
        drinks[0]["ml"] = 2**63
        drinks.append({"at": "0001-01-01T00:00:00+00:00", "ml": 250, "source": "cli"})
        drinks.append({"at": "9999-12-31T00:00:00+00:00", "ml": 2**64, "source": "n" * 5000})

    result = run(env, "import", str(crafted(tmp_path, many)), "--yes")
    assert result.returncode == 2, result.stderr
    assert "This will add" not in result.stdout
    assert "Traceback" not in result.stderr
    assert "OverflowError" not in result.stderr
    lines = result.stderr.splitlines()
    assert lines[1:] == [
        "  drinks[0].ml: expected a whole number from 1 to 5000",
        "  drinks[1].at: expected a time between 1970 and 2099",
        "  drinks[2].at: expected a time between 1970 and 2099",
        "  drinks[2].ml: expected a whole number from 1 to 5000",
        "  drinks[2].source: expected a text of at most 400 characters (it has 5000)",
    ]
    assert not (tmp_path / "home" / "data" / "records.sqlite3").exists()


def test_import_lists_at_most_30_problems_then_a_count(env: dict[str, str], tmp_path: Path) -> None:
    def bad_rows(data: dict[str, Any]) -> None:
        data["tables"]["drinks"] = [{"at": "x", "ml": 1, "source": "s"}] * 100

    result = run(env, "import", str(crafted(tmp_path, bad_rows)), "--yes")
    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 32
    assert lines[-1] == "  ... and 70 more problems"


def test_import_and_routine_check_refuse_a_fifo_at_once(
    env: dict[str, str], tmp_path: Path
) -> None:
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    # Without the fix both wait for a writer for ever (the timeout fails the test).
    result = run(env, "import", str(fifo), "--yes", timeout=20)
    assert result.returncode == 2
    assert "it is a pipe (FIFO), not a regular file" in result.stderr
    result = run(env, "routine", "check", str(fifo), timeout=20)
    assert result.returncode == 1
    assert "a regular file, not a pipe (FIFO)" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero on this system")  # noqa: PTH110
def test_import_and_routine_check_refuse_dev_zero_without_reading_it(env: dict[str, str]) -> None:
    result = run(env, "import", "/dev/zero", "--yes", limit_memory=True)
    assert result.returncode == 2
    assert "it is a device, not a regular file" in result.stderr
    assert "Traceback" not in result.stderr
    result = run(env, "routine", "check", "/dev/zero", limit_memory=True)
    assert result.returncode == 1
    assert "a regular file, not a device" in result.stderr
    assert "Traceback" not in result.stderr
