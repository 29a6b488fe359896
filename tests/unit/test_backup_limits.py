"""Crafted backups are refused with one line per problem, never a traceback (issue 14).

Real files, a real FIFO and a real sparse file; nothing is mocked.
"""

import json
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.storage import backup

from .test_backup import all_rows, fill, good_backup, with_change


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "records.sqlite3"
    fill(path)
    return path


def read(tmp_path: Path, data: object) -> tuple[backup.Backup | None, list[str]]:
    """Read ``data`` as a backup file: JSON made of it, or the text itself when it is one."""
    path = tmp_path / "crafted.json"
    path.write_text(json.dumps(data) if not isinstance(data, str) else data)
    return backup.read_backup(path)


def test_nesting_100000_deep_is_refused_not_a_recursion_error(tmp_path: Path) -> None:
    loaded, problems = read(tmp_path, "[" * 100_000 + "]" * 100_000)
    assert loaded is None
    assert problems == ["not a backup: its JSON is nested far too deep"]
    deep_settings = '{"format": 1, "app": "spasm-desktop", "settings": ' + "[" * 100_000
    loaded, problems = read(tmp_path, deep_settings)
    assert loaded is None
    assert len(problems) == 1
    assert problems[0].startswith("not a backup")


@pytest.mark.parametrize("ml", [2**63, 2**64, -(2**63) - 1, 10**30, 5001])
def test_amounts_past_64_bits_are_refused_and_the_record_is_untouched(
    tmp_path: Path, db: Path, ml: int
) -> None:
    before = all_rows(db)
    data = with_change(lambda d: d["tables"]["drinks"][0].update(ml=ml))
    loaded, problems = read(tmp_path, data)
    assert loaded is None
    assert problems == ["drinks[0].ml: expected a whole number from 1 to 5000"]
    assert all_rows(db) == before


@pytest.mark.parametrize(
    "at",
    [
        "0001-01-01T00:00:00+00:00",
        "0001-01-01T00:30:00+01:00",  # before year 1 in UTC: astimezone overflows
        "9999-12-31T23:59:59+00:00",
        "9999-12-31T23:30:00-01:00",
        "1969-12-01T00:00:00+00:00",
        "2101-01-01T00:00:00+00:00",
    ],
)
def test_times_at_the_ends_of_the_calendar_are_refused(tmp_path: Path, at: str) -> None:
    loaded, problems = read(tmp_path, with_change(lambda d: d["tables"]["drinks"][0].update(at=at)))
    assert loaded is None
    assert problems == ["drinks[0].at: expected a time between 1970 and 2099"]


def test_a_clock_reset_to_1970_in_any_zone_still_restores(tmp_path: Path, db: Path) -> None:
    for at in ("1970-01-01T00:00:00+02:00", "2099-12-31T23:59:59-05:00"):

        def moved(d: dict[str, Any], at: str = at) -> None:
            d["tables"]["drinks"][0].update(at=at)

        data = with_change(moved)
        loaded, problems = read(tmp_path, data)
        assert problems == []
        assert loaded is not None
        assert backup.restore(db, loaded)["drinks"] == 1


def test_dates_in_year_1_or_9999_are_refused_with_one_line_each(tmp_path: Path) -> None:
    data = good_backup()
    data["exported"] = "9999-12-31T00:00:00+00:00"
    data["tables"]["day_goals"] = [{"day": "9999-12-31", "goal_ml": 2000}]
    data["tables"]["medicines"] = [
        {"uid": "m", "name": "x", "started": "0001-01-01", "stopped": "9999-01-01", "note": ""}
    ]
    loaded, problems = read(tmp_path, data)
    assert loaded is None
    assert problems == [
        "exported: expected a time between 1970 and 2099",
        "day_goals[0].day: expected a date between 1970 and 2099",
        "medicines[0].started: expected a date between 1900 and 2099",
        "medicines[0].stopped: expected a date between 1900 and 2099",
    ]


def test_50_mb_of_notes_is_refused_by_its_length(tmp_path: Path, db: Path) -> None:
    episode = {
        "uid": "u",
        "started": "2026-11-24T01:00:00Z",
        "duration_s": 60,
        "area": "calf",
        "side": None,
        "severity": 5,
        "feelings": "[]",
        "context": "[]",
        "helped": "[]",
        "notes": "n" * (50 * 1024 * 1024),
        "source": "cli",
    }
    data = with_change(lambda d: d["tables"].update(cramp_episodes=[episode]))
    data["tables"]["drinks"][0]["source"] = "s" * 401
    loaded, problems = read(tmp_path, data)
    assert loaded is None
    assert problems == [
        "drinks[0].source: expected a text of at most 400 characters (it has 401)",
        "cramp_episodes[0].notes: expected a text of at most 2000 characters (it has 52428800)",
    ]
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT MAX(LENGTH(notes)) FROM cramp_episodes").fetchone()[0] < 100


def test_every_long_name_in_a_problem_is_cut_short(tmp_path: Path) -> None:
    data = good_backup()
    data["tables"]["x" * 10_000] = []
    data["tables"]["drinks"][0]["y" * 10_000] = 1
    loaded, problems = read(tmp_path, data)
    assert loaded is None
    assert len(problems) == 2
    assert all(len(line) < 300 for line in problems), problems


def test_a_fifo_is_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "backup.json"
    os.mkfifo(fifo)
    done = threading.Event()

    def writer_if_stuck() -> None:
        # Without the fix, read_backup waits for a writer: give it one after 5 s, so the test
        # fails on its assertion instead of hanging.
        if not done.wait(5):
            with fifo.open("w") as handle:
                handle.write("{}")

    helper = threading.Thread(target=writer_if_stuck, daemon=True)
    helper.start()
    loaded, problems = backup.read_backup(fifo)
    done.set()
    helper.join()
    assert loaded is None
    assert problems == ["not a backup: it is a pipe (FIFO), not a regular file"]


def test_a_device_and_a_folder_are_refused_unread(tmp_path: Path) -> None:
    loaded, problems = backup.read_backup(tmp_path)
    assert loaded is None
    assert problems == ["not a backup: it is a folder, not a regular file"]
    zero = Path("/dev/zero")
    if zero.exists():  # Linux, macOS, BSD
        loaded, problems = backup.read_backup(zero)
        assert loaded is None
        assert problems == ["not a backup: it is a device, not a regular file"]


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    huge = tmp_path / "huge.json"
    with huge.open("wb") as handle:  # sparse: takes no room on disk
        handle.truncate(backup.MAX_BACKUP_BYTES + 1)
    loaded, problems = backup.read_backup(huge)
    assert loaded is None
    assert problems == ["not a backup: it is larger than 256 MB (a backup is at most that size)"]
