"""Moving to another computer (issue 17): export a backup, restore it into an empty home, export
again. Real processes, real SQLite files, real settings files.
"""

import dataclasses
import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from spasm_desktop.core import medical
from spasm_desktop.core import settings as core_settings
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import Answer, MorningAnswer
from spasm_desktop.core.reminders import Outcome, Record, ReminderKind
from spasm_desktop.core.sitting import Break, BreakSource
from spasm_desktop.platform import instance
from spasm_desktop.storage import backup, paths, records, settings_store
from spasm_desktop.storage.records import RoutineSession

T0 = dt.datetime(2026, 11, 20, 7, 30, tzinfo=dt.UTC)
#: Settings the person changed on the old computer.
MINE = dataclasses.replace(
    core_settings.Settings(),
    water=dataclasses.replace(core_settings.WaterSettings(), glass_ml=330),
    start_at_login=False,
)


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SPASM_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "spasm_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def fill_every_table(db: Path) -> None:
    """At least one row in every table a backup holds, with the awkward values: text with
    quotes, new lines and emoji, nulls, zeros, a day without a water goal.
    """
    store = records.RecordStore(db, lambda: T0)
    store.add_drink(T0, 250, "tray")
    store.add_drink(T0 + dt.timedelta(hours=1), 330, "cli")
    store.add_records(
        [
            Record(T0, ReminderKind.WATER, Outcome.SHOWN, T0, ""),
            Record(T0, ReminderKind.MOVE, Outcome.DONE, None, "détail ✓"),
        ]
    )
    store.add_breaks([Break(T0, T0 + dt.timedelta(minutes=4), BreakSource.NATURAL)])
    store.add_session(
        RoutineSession(
            "desk-break", T0, T0 + dt.timedelta(minutes=3), False, "wall-calf/left/hold", ("a",)
        )
    )
    store.save_episode(
        Episode(
            started=T0 - dt.timedelta(hours=5),
            duration_s=95,
            area="calf",
            side="left",
            severity=0,
            feelings=("knot",),
            context=("asleep",),
            helped=("stretch",),
            notes='nuit: « forte » 🦵\nligne deux, "quoted"',
            triggers=("heat",),
            relief_minutes=4,
            woke_me=True,
            sleep_disruption=6,
            soreness_next_day=2,
            red_flags=("numbness",),
        )
    )
    store.save_episode(Episode(started=T0 - dt.timedelta(days=1), source="cli"))
    store.save_medicine(medical.Medicine("Amlodipine 5 mg", dt.date(2026, 1, 5), note="morning"))
    store.save_medicine(medical.Medicine("Quinine", None, dt.date(2020, 6, 1)))
    store.save_profile(medical.MedicalProfile((2019, 6), ("diabetes",), "knee, ‘left’"))
    store.set_day_goal(dt.date(2026, 11, 19), 2000)
    store.set_day_goal(dt.date(2026, 11, 20), None)
    night = (T0 - dt.timedelta(days=2)).date()
    store.save_morning_answer(
        MorningAnswer(night, T0, Answer.COUNT, 2, 7, "calf", "right", True),
        [
            Episode(
                started=T0 - dt.timedelta(days=2, hours=-1), time_unknown=True, source="checkin"
            ),
            Episode(
                started=T0 - dt.timedelta(days=2, hours=-1), time_unknown=True, source="checkin"
            ),
        ],
    )
    store.save_morning_answer(MorningAnswer(night - dt.timedelta(days=1), T0, Answer.NONE))
    assert store.pending_count == 0
    store.close()


@pytest.fixture
def old_home(tmp_path: Path) -> Path:
    home = tmp_path / "old"
    (home / "data").mkdir(parents=True)
    fill_every_table(home / "data" / "records.sqlite3")
    settings_store.save(home / "config" / "settings.json", MINE)
    return home


def without_export_time(data: bytes) -> bytes:
    stripped, count = re.subn(rb'\n "exported": "[^"]*",', b"", data)
    assert count == 1
    return stripped


def test_export_restore_export_is_lossless(old_home: Path, tmp_path: Path) -> None:
    first = tmp_path / "first.json"
    assert run(old_home, "export", "json", "--out", str(first)).returncode == 0
    counts = json.loads(first.read_text(encoding="utf-8"))["tables"]
    empty = [table.name for table in backup.TABLES if not counts[table.name]]
    assert empty == [], f"add rows of {empty} to fill_every_table: every kind of record"

    new_home = tmp_path / "new"
    result = run(new_home, "import", str(first), "--yes", "--settings")
    assert result.returncode == 0, result.stderr
    assert "This will also take the backup's settings." in result.stdout
    second = tmp_path / "second.json"
    assert run(new_home, "export", "json", "--out", str(second)).returncode == 0
    assert without_export_time(second.read_bytes()) == without_export_time(first.read_bytes())
    loaded = settings_store.load(new_home / "config" / "settings.json", T0, write=False)
    assert loaded.settings == MINE
    assert loaded.problems == []
    # Restoring again adds nothing, and the settings, no longer fresh, are kept.
    again = run(new_home, "import", str(first), "--yes", "--settings")
    assert again.returncode == 0
    assert "Nothing to add" in again.stdout
    assert "settings" not in again.stdout


def test_a_fresh_home_is_told_about_the_settings_and_keeps_its_own_without_the_flag(
    old_home: Path, tmp_path: Path
) -> None:
    out = tmp_path / "backup.json"
    assert run(old_home, "export", "json", "--out", str(out)).returncode == 0
    new_home = tmp_path / "new"
    result = run(new_home, "import", str(out), "--yes")
    assert result.returncode == 0, result.stderr
    assert "add --settings to take the backup's settings too" in result.stdout
    assert not (new_home / "config" / "settings.json").exists()  # still the first start
    # Settings equal to the defaults (the app wrote them at its first start) are fresh too.
    settings_store.save(new_home / "config" / "settings.json", core_settings.Settings())
    result = run(new_home, "import", str(out), "--yes", "--settings")
    assert result.returncode == 0, result.stderr
    assert "Nothing to add" not in result.stdout
    assert "Took the backup's settings" in result.stdout
    assert "at login" not in result.stdout
    assert settings_store.load(new_home / "config" / "settings.json", T0).settings == MINE


def test_start_at_login_taken_from_the_command_line_says_how_to_have_it_here(
    tmp_path: Path,
) -> None:
    old_home = tmp_path / "old"
    settings_store.save(
        old_home / "config" / "settings.json", dataclasses.replace(MINE, start_at_login=True)
    )
    out = tmp_path / "backup.json"
    assert run(old_home, "export", "json", "--out", str(out)).returncode == 0
    result = run(tmp_path / "new", "import", str(out), "--yes", "--settings")
    assert result.returncode == 0, result.stderr
    assert "Took the backup's settings" in result.stdout
    assert "open Settings in the app and save them once" in result.stdout


def test_settings_someone_changed_are_never_replaced(old_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup.json"
    assert run(old_home, "export", "json", "--out", str(out)).returncode == 0
    new_home = tmp_path / "new"
    theirs = dataclasses.replace(core_settings.Settings(), start_at_login=True)
    settings_file = new_home / "config" / "settings.json"
    settings_store.save(settings_file, theirs)
    before = settings_file.read_bytes()
    result = run(new_home, "import", str(out), "--yes", "--settings")
    assert result.returncode == 0, result.stderr
    assert "The backup's settings differ from yours; your settings are kept." in result.stdout
    assert settings_file.read_bytes() == before


def test_settings_are_not_changed_under_a_running_app(old_home: Path, tmp_path: Path) -> None:
    out = tmp_path / "backup.json"
    assert run(old_home, "export", "json", "--out", str(out)).returncode == 0
    new_home = tmp_path / "new"
    where = paths.resolve({paths.HOME_VARIABLE: str(new_home)})
    where.ensure()
    lock = instance.InstanceLock(where.instance_lock)
    assert lock.acquire()
    try:
        result = run(new_home, "import", str(out), "--yes", "--settings")
    finally:
        lock.release()
    assert result.returncode == 1
    assert "quit it first" in result.stderr
    assert not (new_home / "config" / "settings.json").exists()
    assert not Path(new_home / "data" / "records.sqlite3").exists()  # nothing added either
