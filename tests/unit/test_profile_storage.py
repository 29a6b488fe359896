"""Medicines, the medical profile and day goals in the records database and in backups."""

import csv
import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.storage import backup, records_schema
from spasm_desktop.storage.records import SCHEMA, RecordStore, StoreProblem

NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
STATIN = Medicine("Simvastatin", dt.date(2026, 3, 10), None, "20 mg at night", uid="statin")
DIURETIC = Medicine("Amiloride", dt.date(2025, 6, 1), dt.date(2026, 3, 10), uid="diuretic")
UNKNOWN = Medicine("Salmeterol inhaler", uid="inhaler")
PROFILE = MedicalProfile((2024, 3), ("diabetes", "kidney"), "gout, « since 2019 »")


@pytest.fixture
def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a locked database give up after 50 ms instead of the store's 2 s."""
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "timeout": 0.05})
    )


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "records.sqlite3"


def open_store(path: Path) -> RecordStore:
    return RecordStore(path, lambda: NOW)


# --- the store ---------------------------------------------------------------------------------


def test_the_schema_has_the_profile_tables(db: Path) -> None:
    open_store(db).close()
    conn = sqlite3.connect(db)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    conn.close()
    assert {"medicines", "profile", "day_goals"} <= names
    assert version == len(SCHEMA) == 10


def test_a_version_5_database_gains_the_tables_and_keeps_its_rows(db: Path) -> None:
    conn = sqlite3.connect(db)
    with conn:
        for script in SCHEMA[:5]:
            conn.executescript(script)
        conn.execute(
            "INSERT INTO drinks (at, ml, source) VALUES (?, 250, 'tray')", (NOW.isoformat(),)
        )
        conn.execute("PRAGMA user_version=5")
    conn.close()
    store = open_store(db)
    assert store.water_total(NOW, NOW + dt.timedelta(hours=1)) == 250
    assert store.medicines() == []
    assert store.load_profile() == MedicalProfile()
    store.save_medicine(STATIN)
    store.close()
    assert open_store(db).medicines() == [STATIN]


def test_medicines_sorted_by_start_unknown_first_then_by_name(db: Path) -> None:
    store = open_store(db)
    same_day = Medicine("aspirin", STATIN.started, uid="aspirin")
    for medicine in (STATIN, DIURETIC, UNKNOWN, same_day):
        store.save_medicine(medicine)
    expected = [UNKNOWN, DIURETIC, same_day, STATIN]
    assert store.medicines() == expected
    store.close()
    again = open_store(db)
    assert again.medicines() == expected
    again.close()


def test_save_medicine_replaces_by_uid(db: Path) -> None:
    store = open_store(db)
    store.save_medicine(STATIN)
    stopped = Medicine(STATIN.name, STATIN.started, dt.date(2026, 11, 1), "", uid=STATIN.uid)
    store.save_medicine(stopped)
    assert store.medicines() == [stopped]
    store.close()
    again = open_store(db)
    assert again.medicines() == [stopped]
    again.close()


def test_delete_medicine_returns_it_and_saving_it_again_undoes(db: Path) -> None:
    store = open_store(db)
    store.save_medicine(STATIN)
    store.save_medicine(UNKNOWN)
    assert store.delete_medicine(STATIN.uid) == STATIN
    assert store.medicines() == [UNKNOWN]
    assert store.delete_medicine(STATIN.uid) is None
    assert store.delete_medicine("no-such-uid") is None
    store.save_medicine(STATIN)
    assert store.medicines() == [UNKNOWN, STATIN]
    store.close()
    again = open_store(db)
    assert again.medicines() == [UNKNOWN, STATIN]
    again.close()


def test_profile_round_trip_and_not_known(db: Path) -> None:
    store = open_store(db)
    assert store.load_profile() == MedicalProfile()
    store.save_profile(PROFILE)
    assert store.load_profile() == PROFILE
    store.close()
    again = open_store(db)
    assert again.load_profile() == PROFILE
    again.save_profile(MedicalProfile())
    again.close()
    third = open_store(db)
    assert third.load_profile() == MedicalProfile()
    third.close()
    conn = sqlite3.connect(db)
    # every key stays, "not known" as empty, so a restore cannot bring an old answer back
    assert dict(conn.execute("SELECT key, value FROM profile")) == {
        "cramps_since": "",
        "conditions": "[]",
        "conditions_note": "",
    }
    conn.close()


def test_unreadable_profile_values_read_as_not_given(db: Path) -> None:
    open_store(db).close()
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany(
            "INSERT INTO profile (key, value) VALUES (?, ?)",
            [("cramps_since", "March"), ("conditions", '["gout", "liver", 3]{')],
        )
    conn.close()
    store = open_store(db)
    assert store.load_profile() == MedicalProfile()
    store.close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "UPDATE profile SET value = ? WHERE key = 'conditions'", ('["gout", "liver", 3]',)
        )
    conn.close()
    store = open_store(db)
    assert store.load_profile().conditions == ("liver",)
    store.close()


def test_day_goals(db: Path) -> None:
    store = open_store(db)
    first = dt.date(2026, 11, 20)
    store.set_day_goal(first, 2000)
    store.set_day_goal(first + dt.timedelta(days=1), 2200)
    store.set_day_goal(first + dt.timedelta(days=1), 1500)  # replaced
    store.set_day_goal(first + dt.timedelta(days=3), 1800)
    with pytest.raises(ValueError, match="more than 0"):
        store.set_day_goal(first, 0)
    assert store.day_goals(first, first + dt.timedelta(days=3)) == {
        first: 2000,
        first + dt.timedelta(days=1): 1500,
    }
    store.close()
    again = open_store(db)
    assert again.day_goals(first - dt.timedelta(days=9), first + dt.timedelta(days=9)) == {
        first: 2000,
        first + dt.timedelta(days=1): 1500,
        first + dt.timedelta(days=3): 1800,
    }
    assert again.day_goals(first, first) == {}
    again.close()


def test_a_day_without_a_goal_is_recorded_as_having_none(
    db: Path, quick_busy_timeout: None
) -> None:
    # No goal (none set, or a fluid limit): the day keeps a row saying so, so it is never read
    # against a goal set later; a day with no row is one the app recorded nothing for.
    store = open_store(db)
    day = dt.date(2026, 11, 20)
    later = day + dt.timedelta(days=1)
    store.set_day_goal(day, 2000)
    store.set_day_goal(later, 2200)
    store.set_day_goal(day, None)  # replaces the goal
    store.set_day_goal(day + dt.timedelta(days=5), None)
    expected: dict[dt.date, int | None] = {
        day: None,
        later: 2200,
        day + dt.timedelta(days=5): None,
    }
    assert store.day_goals(day, day + dt.timedelta(days=9)) == expected
    # While the database is locked, "no goal" waits in memory and reads as no goal.
    locker = sqlite3.connect(db, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        store.set_day_goal(later, None)
        store.set_day_goal(day, 1900)
        store.set_day_goal(day, None)  # replaces the goal still waiting
        assert store.pending_count == 2
        expected[later] = None
        assert store.day_goals(day, day + dt.timedelta(days=9)) == expected
    finally:
        locker.rollback()
        locker.close()
    assert store.retry()
    store.close()
    again = open_store(db)
    assert again.day_goals(day, day + dt.timedelta(days=9)) == expected
    assert again.day_goals(day + dt.timedelta(days=2), day + dt.timedelta(days=5)) == {}
    again.close()
    conn = sqlite3.connect(db)
    stored = conn.execute("SELECT day, goal_ml FROM day_goals ORDER BY day").fetchall()
    conn.close()
    assert stored == [("2026-11-20", None), ("2026-11-21", None), ("2026-11-25", None)]


def version_7_database(path: Path) -> None:
    """A records file as version 7 of the schema left it, with a row in every table."""
    conn = sqlite3.connect(path)
    with conn:
        for script in SCHEMA[:7]:
            conn.executescript(script)
        conn.executemany(
            "INSERT INTO day_goals (day, goal_ml) VALUES (?, ?)",
            [("2026-11-20", 2000), ("2026-11-21", 1500), ("2026-11-23", 2500)],
        )
        conn.execute(
            "INSERT INTO drinks (at, ml, source) VALUES (?, 250, 'tray')", (NOW.isoformat(),)
        )
        conn.execute(
            "INSERT INTO medicines (uid, name, started, stopped, note) VALUES "
            "('statin', 'Simvastatin', '2026-03-10', NULL, '20 mg at night')"
        )
        conn.execute("INSERT INTO profile (key, value) VALUES ('cramps_since', '2024-03')")
        conn.execute("PRAGMA user_version=7")
    conn.close()


def test_a_version_7_database_keeps_every_day_goal_and_can_record_no_goal(db: Path) -> None:
    version_7_database(db)
    store = open_store(db)
    november = (dt.date(2026, 11, 1), dt.date(2026, 12, 1))
    assert store.day_goals(*november) == {
        dt.date(2026, 11, 20): 2000,
        dt.date(2026, 11, 21): 1500,
        dt.date(2026, 11, 23): 2500,
    }
    assert store.water_total(NOW, NOW + dt.timedelta(hours=1)) == 250
    assert store.medicines() == [STATIN]
    assert store.load_profile().cramps_since == (2024, 3)
    store.set_day_goal(dt.date(2026, 11, 24), None)
    store.set_day_goal(dt.date(2026, 11, 21), None)
    assert store.pending_count == 0
    assert store.problem is StoreProblem.NONE
    store.close()
    conn = sqlite3.connect(db)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    with pytest.raises(sqlite3.IntegrityError):  # the goal itself is still more than 0
        conn.execute("INSERT INTO day_goals (day, goal_ml) VALUES ('2026-11-30', 0)")
    conn.close()
    assert version == len(SCHEMA) == 10
    assert tables.count("day_goals") == 1
    assert "day_goals_8" not in tables
    assert open_store(db).day_goals(*november) == {
        dt.date(2026, 11, 20): 2000,
        dt.date(2026, 11, 21): None,
        dt.date(2026, 11, 23): 2500,
        dt.date(2026, 11, 24): None,
    }


def test_a_schema_step_that_fails_leaves_the_file_as_it_was(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each step is one transaction: a step failing half-way (here after it made a table)
    # changes nothing, and the file keeps its version and rows.
    version_7_database(db)
    monkeypatch.setattr(
        records_schema,
        "SCHEMA",
        [*SCHEMA, "CREATE TABLE half_done (a INTEGER);\nINSERT INTO no_such_table VALUES (1);"],
    )
    store = open_store(db)
    assert store.problem is StoreProblem.UNAVAILABLE
    store.close()
    conn = sqlite3.connect(db)
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    goals = conn.execute("SELECT day, goal_ml FROM day_goals ORDER BY day").fetchall()
    conn.close()
    assert version == len(SCHEMA)  # every real step went through; the failing one left no trace
    assert "half_done" not in tables
    assert goals == [("2026-11-20", 2000), ("2026-11-21", 1500), ("2026-11-23", 2500)]


def test_everything_waits_in_memory_while_the_database_is_locked(
    db: Path, quick_busy_timeout: None
) -> None:
    store = open_store(db)
    store.save_medicine(STATIN)
    store.save_medicine(DIURETIC)
    store.set_day_goal(dt.date(2026, 11, 23), 2000)
    locker = sqlite3.connect(db, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        store.save_medicine(UNKNOWN)
        assert store.problem is StoreProblem.UNAVAILABLE
        edited = Medicine(STATIN.name, STATIN.started, None, "40 mg", uid=STATIN.uid)
        store.save_medicine(Medicine(STATIN.name, uid=STATIN.uid))
        store.save_medicine(edited)  # replaces the version still waiting
        assert store.delete_medicine(DIURETIC.uid) == DIURETIC
        assert store.delete_medicine(DIURETIC.uid) is None
        store.save_profile(MedicalProfile((2020, 1)))
        store.save_profile(PROFILE)  # replaces the profile still waiting
        store.set_day_goal(dt.date(2026, 11, 23), 1700)
        store.set_day_goal(dt.date(2026, 11, 24), 1800)
        store.set_day_goal(dt.date(2026, 11, 24), 1900)
        store.save_value("tips", ["a"])  # other small values still read back
        # medicine UNKNOWN and edited STATIN, DIURETIC's deletion, the profile, two goals, tips
        assert store.pending_count == 7
        # Reads see what waits.
        assert store.medicines() == [UNKNOWN, edited]
        assert store.load_profile() == PROFILE
        assert store.day_goals(dt.date(2026, 11, 1), dt.date(2026, 12, 1)) == {
            dt.date(2026, 11, 23): 1700,
            dt.date(2026, 11, 24): 1900,
        }
        assert store.load_value("tips") == ["a"]
        assert store.retry() is False
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert store.retry() is True
    assert store.pending_count == 0
    assert store.medicines() == [UNKNOWN, edited]
    store.close()
    again = open_store(db)
    assert again.medicines() == [UNKNOWN, edited]
    assert again.load_profile() == PROFILE
    assert again.day_goals(dt.date(2026, 11, 1), dt.date(2026, 12, 1)) == {
        dt.date(2026, 11, 23): 1700,
        dt.date(2026, 11, 24): 1900,
    }
    again.close()


def test_deleting_a_medicine_only_waiting_in_memory(db: Path, quick_busy_timeout: None) -> None:
    store = open_store(db)
    locker = sqlite3.connect(db, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        store.save_medicine(STATIN)
        assert store.delete_medicine(STATIN.uid) == STATIN
        assert store.medicines() == []
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert store.retry() is True
    assert store.medicines() == []
    store.close()


# --- backups -----------------------------------------------------------------------------------


def fill(path: Path) -> None:
    store = open_store(path)
    store.add_drink(NOW, 250, "tray")
    for medicine in (STATIN, DIURETIC, UNKNOWN):
        store.save_medicine(medicine)
    store.save_profile(PROFILE)
    for offset, goal in enumerate((2000, 2200, 1500)):
        store.set_day_goal(dt.date(2026, 11, 20) + dt.timedelta(days=offset), goal)
    assert store.pending_count == 0
    store.close()


def read_back(
    path: Path,
) -> tuple[list[Medicine], MedicalProfile, dict[dt.date, int | None]]:
    store = open_store(path)
    try:
        return (
            store.medicines(),
            store.load_profile(),
            store.day_goals(dt.date(2000, 1, 1), dt.date(2100, 1, 1)),
        )
    finally:
        store.close()


def test_backup_round_trip_carries_the_new_tables(tmp_path: Path, db: Path) -> None:
    fill(db)
    out = tmp_path / "b.json"
    counts = backup.export_json(db, tmp_path / "settings.json", out, None, None)
    assert counts["medicines"] == 3
    assert counts["profile"] == 3
    assert counts["day_goals"] == 3
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == backup.FORMAT == 1
    assert data["tables"]["medicines"][0] == {
        "uid": "statin",
        "name": "Simvastatin",
        "started": "2026-03-10",
        "stopped": None,
        "note": "20 mg at night",
    }
    assert {"key": "cramps_since", "value": "2024-03"} in data["tables"]["profile"]
    assert data["tables"]["day_goals"][0] == {"day": "2026-11-20", "goal_ml": 2000}
    loaded, problems = backup.read_backup(out)
    assert problems == []
    assert loaded is not None
    fresh = tmp_path / "fresh.sqlite3"
    assert backup.restore(fresh, loaded) == counts
    assert read_back(fresh) == read_back(db)
    assert backup.restore(fresh, loaded) == dict.fromkeys(counts, 0)


def test_period_filter_days_by_date_medicines_and_profile_always(tmp_path: Path, db: Path) -> None:
    fill(db)
    out = tmp_path / "b.json"
    berlin = dt.timezone(dt.timedelta(hours=1))
    start = dt.datetime(2026, 11, 21, tzinfo=berlin)
    end = dt.datetime(2026, 11, 22, tzinfo=berlin)
    counts = backup.export_json(db, tmp_path / "settings.json", out, start, end)
    assert counts["medicines"] == 3
    assert counts["profile"] == 3
    assert counts["drinks"] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["tables"]["day_goals"] == [{"day": "2026-11-21", "goal_ml": 2200}]
    # A period ending part-way through a day includes that day.
    counts = backup.export_json(
        db, tmp_path / "settings.json", out, start, end + dt.timedelta(hours=1)
    )
    assert counts["day_goals"] == 2


def test_csv_export_has_the_new_tables(tmp_path: Path, db: Path) -> None:
    fill(db)
    folder = tmp_path / "csv"
    backup.export_csv(db, folder, None, None)
    with (folder / "medicines.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["uid", "name", "started", "stopped", "note"]
    assert rows[2] == ["diuretic", "Amiloride", "2025-06-01", "2026-03-10", ""]
    assert (folder / "profile.csv").read_text(encoding="utf-8").startswith("key,value\n")
    assert (folder / "day_goals.csv").read_text(encoding="utf-8").splitlines()[1] == (
        "2026-11-20,2000"
    )


def test_a_day_without_a_goal_round_trips_through_backups_and_csv(tmp_path: Path, db: Path) -> None:
    first, second = dt.date(2026, 11, 20), dt.date(2026, 11, 22)
    store = open_store(db)
    store.set_day_goal(first, 2000)
    store.set_day_goal(second, None)
    store.close()
    out = tmp_path / "b.json"
    backup.export_json(db, tmp_path / "settings.json", out, None, None)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == len(SCHEMA)
    assert data["tables"]["day_goals"] == [
        {"day": "2026-11-20", "goal_ml": 2000},
        {"day": "2026-11-22", "goal_ml": None},
    ]
    loaded, problems = backup.read_backup(out)
    assert problems == []
    assert loaded is not None
    # Restored into a new file and into a version-7 file (upgraded first): still no goal.
    fresh = tmp_path / "fresh.sqlite3"
    assert backup.restore(fresh, loaded)["day_goals"] == 2
    assert read_back(fresh)[2] == {first: 2000, second: None}
    old = tmp_path / "old.sqlite3"
    version_7_database(old)
    assert backup.plan_restore(old, loaded)["day_goals"] == 1  # 2026-11-20 is there already
    assert backup.restore(old, loaded)["day_goals"] == 1
    assert read_back(old)[2] == {
        first: 2000,
        dt.date(2026, 11, 21): 1500,
        second: None,
        dt.date(2026, 11, 23): 2500,
    }
    folder = tmp_path / "csv"
    backup.export_csv(db, folder, None, None)
    assert (folder / "day_goals.csv").read_text(encoding="utf-8").splitlines() == [
        "day,goal_ml",
        "2026-11-20,2000",
        "2026-11-22,",  # empty: no goal that day
    ]


def test_day_goals_in_backups_are_a_whole_number_above_0_or_null(tmp_path: Path, db: Path) -> None:
    # A backup written before schema 8 (whole numbers only) still restores as it was.
    data = old_backup()
    data["schema"] = 7
    data["tables"]["day_goals"] = [{"day": "2026-11-20", "goal_ml": 1800}]
    loaded, problems = backup.parse_backup(data)
    assert problems == []
    assert loaded is not None
    backup.restore(db, loaded)
    assert read_back(db)[2] == {dt.date(2026, 11, 20): 1800}
    for bad in (0, -5, "none", 1.5, True):
        data["tables"]["day_goals"] = [{"day": "2026-11-21", "goal_ml": bad}]
        loaded, problems = backup.parse_backup(data)
        assert loaded is None
        assert problems == [
            "day_goals[0].goal_ml: expected a whole number from 1 to 20000 or null (no goal)"
        ], bad


def old_backup() -> dict[str, Any]:
    """A backup written before schema 6: no medicines, profile or day_goals tables."""
    return {
        "format": 1,
        "app": "spasm-desktop",
        "schema": 5,
        "exported": "2026-11-24T10:00:00+00:00",
        "from": None,
        "to": None,
        "settings": None,
        "tables": {"drinks": [{"at": "2026-11-24T09:00:00+00:00", "ml": 250, "source": "cli"}]},
    }


def test_an_old_backup_without_the_new_tables_still_restores(tmp_path: Path, db: Path) -> None:
    fill(db)
    loaded, problems = backup.parse_backup(old_backup())
    assert problems == []
    assert loaded is not None
    assert loaded.count()["medicines"] == 0
    assert backup.plan_restore(db, loaded)["profile"] == 0
    added = backup.restore(db, loaded)
    assert added["drinks"] == 1
    assert added["medicines"] == added["day_goals"] == 0
    fresh = tmp_path / "fresh.sqlite3"
    backup.restore(fresh, loaded)
    assert read_back(fresh) == ([], MedicalProfile(), {})


def test_restore_never_overwrites_a_profile_answer(tmp_path: Path, db: Path) -> None:
    fill(db)
    out = tmp_path / "b.json"
    backup.export_json(db, tmp_path / "settings.json", out, None, None)
    loaded, _ = backup.read_backup(out)
    assert loaded is not None
    target = tmp_path / "target.sqlite3"
    store = open_store(target)
    store.save_profile(MedicalProfile(None, ("thyroid",), ""))
    store.set_day_goal(dt.date(2026, 11, 20), 3000)
    edited = Medicine("Simvastatin", STATIN.started, dt.date(2026, 11, 1), uid=STATIN.uid)
    store.save_medicine(edited)
    store.close()
    assert backup.plan_restore(target, loaded) == {
        **dict.fromkeys(loaded.count(), 0),
        "drinks": 1,
        "medicines": 2,
        "day_goals": 2,
    }
    backup.restore(target, loaded)
    medicines, profile, goals = read_back(target)
    assert profile == MedicalProfile(None, ("thyroid",), "")  # kept, even "not known"
    assert goals[dt.date(2026, 11, 20)] == 3000  # kept
    assert goals[dt.date(2026, 11, 21)] == 2200  # added
    assert medicines == [UNKNOWN, DIURETIC, edited]  # the edited one is kept


def test_restore_adds_a_missing_profile_key_only(tmp_path: Path, db: Path) -> None:
    open_store(db).close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("INSERT INTO profile (key, value) VALUES ('conditions', '[\"liver\"]')")
    conn.close()
    data = old_backup()
    data["tables"]["profile"] = [
        {"key": "cramps_since", "value": "2024-03"},
        {"key": "conditions", "value": '["kidney"]'},
    ]
    loaded, problems = backup.parse_backup(data)
    assert problems == []
    assert loaded is not None
    assert backup.restore(db, loaded)["profile"] == 1
    store = open_store(db)
    assert store.load_profile() == MedicalProfile((2024, 3), ("liver",), "")
    store.close()


@pytest.mark.parametrize(
    ("table", "row", "expected"),
    [
        (
            "medicines",
            {"uid": "u", "name": "x", "started": "2026-13-01", "stopped": None, "note": ""},
            "medicines[0].started: expected a date such as 2026-11-24",
        ),
        (
            "medicines",
            {"uid": "u", "name": "x", "started": None, "stopped": 20260101, "note": ""},
            "medicines[0].stopped: expected a date such as 2026-11-24",
        ),
        (
            "medicines",
            {"uid": "u", "name": "x", "started": None, "stopped": None},
            "medicines[0].note: missing",
        ),
        (
            "profile",
            {"key": "weight", "value": "80"},
            "profile[0].key: expected one of cramps_since, conditions, conditions_note",
        ),
        ("profile", {"key": "conditions", "value": []}, "profile[0].value: expected text"),
        ("day_goals", {"day": "yesterday", "goal_ml": 2000}, "day_goals[0].day: expected a date"),
        ("day_goals", {"day": "2026-11-24", "goal_ml": 0}, "day_goals[0].goal_ml: expected a"),
    ],
)
def test_bad_rows_of_the_new_tables_are_problems(
    table: str, row: dict[str, object], expected: str
) -> None:
    data = old_backup()
    data["tables"][table] = [row]
    loaded, problems = backup.parse_backup(data)
    assert loaded is None
    assert len(problems) == 1, problems
    assert problems[0].startswith(expected), problems


@pytest.mark.parametrize(
    ("table", "rows", "expected"),
    [
        (
            "medicines",
            [{"uid": "u", "name": n, "started": None, "stopped": None, "note": ""} for n in "ab"],
            "medicines[1].uid: the same uid appears twice",
        ),
        (
            "profile",
            [{"key": "conditions_note", "value": v} for v in "ab"],
            "profile[1].key: the same key appears twice",
        ),
        (
            "day_goals",
            [{"day": "2026-11-24", "goal_ml": 2000}, {"day": "2026-11-24", "goal_ml": 1000}],
            "day_goals[1].day: the same day appears twice",
        ),
    ],
)
def test_duplicate_keys_are_problems(
    table: str, rows: list[dict[str, object]], expected: str
) -> None:
    data = old_backup()
    data["tables"][table] = rows
    loaded, problems = backup.parse_backup(data)
    assert loaded is None
    assert problems == [expected]
