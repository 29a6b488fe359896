"""Backups hold every table and column the records schema makes (spasm_desktop.storage.backup).

The backup's tables and columns are read from the schema; these tests compare them with a fresh
database's ``PRAGMA table_info``, so a column added to the schema can never be silently left out.
"""

import datetime as dt
import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.storage import backup, backup_checks, records, records_schema, schema_info
from spasm_desktop.storage.records import RecordStore

#: One row per table, every column given a value other than its default (a new column needs one
#: here, or the round trip below fails).
SAMPLE: dict[str, dict[str, Any]] = {
    "reminder_log": {
        "at": "2026-11-20T08:00:00+00:00",
        "kind": "water",
        "outcome": "done",
        "due": "2026-11-20T07:55:00+00:00",
        "detail": "détail",
    },
    "drinks": {"at": "2026-11-20T08:01:00+00:00", "ml": 330, "source": "cli"},
    "breaks": {
        "started": "2026-11-20T09:00:00+00:00",
        "ended": "2026-11-20T09:05:00+00:00",
        "source": "prompted",
    },
    "routine_sessions": {
        "routine": "desk-break",
        "started": "2026-11-20T10:00:00+00:00",
        "ended": "2026-11-20T10:03:00+00:00",
        "outcome": "stopped",
        "stopped_at": "wall-calf/left/hold",
        "skipped": '["neck-roll/both/hold"]',
    },
    "cramp_episodes": {
        "uid": "e1",
        "started": "2026-11-20T03:00:00+00:00",
        "duration_s": 90,
        "area": "calf",
        "side": "left",
        "severity": 6,
        "feelings": '["tight"]',
        "context": '["night"]',
        "helped": '["stretch"]',
        "notes": "woke me",
        "source": "panel",
        "triggers": '["heat"]',
        "relief_minutes": 5,
        "woke_me": 1,
        "sleep_disruption": 4,
        "soreness_next_day": 2,
        "red_flags": '["numbness"]',
        "time_unknown": 1,
    },
    "medicines": {
        "uid": "m1",
        "name": "Atorvastatin 20 mg",
        "started": "2023-05-01",
        "stopped": "2026-01-02",
        "note": "evening",
    },
    "profile": {"key": "conditions", "value": '["thyroid"]'},
    "day_goals": {"day": "2026-11-20", "goal_ml": 1800},
    "morning_answers": {
        "night": "2026-11-19",
        "answered_at": "2026-11-20T07:10:00+00:00",
        "answer": "count",
        "count": 2,
        "worst": 7,
        "area": "calf",
        "side": "both",
        "woke": 1,
    },
}


def fresh_database(path: Path) -> sqlite3.Connection:
    store = RecordStore(path, lambda: dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC))
    assert store.problem is records.StoreProblem.NONE
    store.close()
    return sqlite3.connect(path)


def schema_columns(conn: sqlite3.Connection) -> dict[str, list[tuple[Any, ...]]]:
    """``PRAGMA table_info`` of every table in the database."""
    names = [
        name
        for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {name: conn.execute(f"PRAGMA table_info({name})").fetchall() for name in names}


def row_number(info: list[tuple[Any, ...]]) -> str | None:
    """The column that is the table's row number (a lone INTEGER PRIMARY KEY), if any."""
    primary = [row for row in info if row[5] > 0]
    if len(primary) == 1 and primary[0][2].upper() == "INTEGER":
        return str(primary[0][1])
    return None


def test_every_column_of_a_fresh_database_is_in_backups(tmp_path: Path) -> None:
    conn = fresh_database(tmp_path / "records.sqlite3")
    try:
        tables = schema_columns(conn)
    finally:
        conn.close()
    # the engine's timers, and the command line's requests already carried out
    assert {"state", "handled_requests"} == backup_checks.PRIVATE_TABLES
    assert set(tables) - backup_checks.PRIVATE_TABLES == set(backup.TABLES_BY_NAME)
    assert len(backup.TABLES) == len(backup.TABLES_BY_NAME)
    for name, info in tables.items():
        if name in backup_checks.PRIVATE_TABLES:
            continue
        # Only the row number is left out: a restored row gets a new one.
        kept = [row[1] for row in info if row[1] != row_number(info)]
        assert len(kept) >= len(info) - 1
        assert backup.TABLES_BY_NAME[name].column_names == tuple(kept), name
    # Every column has a check of its own, every table its period and key.
    assert backup.PROBLEMS == ()


def test_every_column_survives_export_and_restore(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    conn = fresh_database(db)
    try:
        tables = schema_columns(conn)
        for name, row in SAMPLE.items():
            conn.execute(
                f"INSERT INTO {name} ({', '.join(row)}) VALUES ({','.join('?' * len(row))})",
                tuple(row.values()),
            )
        conn.commit()
    finally:
        conn.close()
    for name, info in tables.items():
        if name in backup_checks.PRIVATE_TABLES:
            continue
        columns = {row[1] for row in info} - {row_number(info)}
        assert set(SAMPLE[name]) == columns, f"SAMPLE[{name!r}] needs every column"
        defaults = {row[1]: row[4] for row in info}
        for column, value in SAMPLE[name].items():  # so a lost column cannot go unnoticed
            assert value is not None, (name, column)
            assert repr(value) != defaults[column], (name, column)

    out = tmp_path / "backup.json"
    counts = backup.export_json(db, tmp_path / "settings.json", out, None, None)
    assert counts == dict.fromkeys(SAMPLE, 1)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["tables"] == {name: [row] for name, row in SAMPLE.items()}

    loaded, problems = backup.read_backup(out)
    assert problems == []
    assert loaded is not None
    again = tmp_path / "again.sqlite3"
    assert backup.restore(again, loaded) == counts
    conn = sqlite3.connect(again)
    try:
        for name, row in SAMPLE.items():
            stored = conn.execute(f"SELECT {', '.join(row)} FROM {name}").fetchall()
            assert stored == [tuple(row.values())], name
    finally:
        conn.close()


def test_a_new_column_is_backed_up_and_named_until_it_has_a_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    step = """
    ALTER TABLE drinks ADD COLUMN place TEXT NOT NULL DEFAULT 'home';
    CREATE TABLE sleep_log (id INTEGER PRIMARY KEY, night TEXT NOT NULL, hours REAL);
    """
    schema = [*records.SCHEMA, step]
    tables, problems = backup.build_tables(schema)
    by_name = {table.name: table for table in tables}
    assert by_name["drinks"].column_names == ("at", "ml", "source", "place")
    assert by_name["drinks"].added == {"place": "home"}  # older backups restore with the default
    assert by_name["sleep_log"].column_names == ("night", "hours")
    assert problems == (
        "drinks.place: no check for this column",
        "sleep_log: no rules for this table",
        "sleep_log.night: no check for this column",
        "sleep_log.hours: no check for this column",
    )

    # Until it has a check, the column still goes into backups and comes back from them.
    monkeypatch.setattr(records_schema, "SCHEMA", schema)
    monkeypatch.setattr(backup, "TABLES", tables)
    monkeypatch.setattr(backup, "TABLES_BY_NAME", by_name)
    db = tmp_path / "records.sqlite3"
    conn = fresh_database(db)
    try:
        conn.execute(
            "INSERT INTO drinks (at, ml, source, place) VALUES "
            "('2026-11-20T08:00:00+00:00', 250, 'tray', 'office')"
        )
        conn.execute("INSERT INTO sleep_log (night, hours) VALUES ('2026-11-19', 6.5)")
        conn.commit()
    finally:
        conn.close()
    out = tmp_path / "backup.json"
    backup.export_json(db, tmp_path / "settings.json", out, None, None)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["tables"]["drinks"][0]["place"] == "office"
    assert data["tables"]["sleep_log"] == [{"night": "2026-11-19", "hours": 6.5}]
    loaded, read_problems = backup.read_backup(out)
    assert read_problems == []
    assert loaded is not None
    assert backup.restore(tmp_path / "again.sqlite3", loaded)["sleep_log"] == 1


def test_rules_for_a_column_the_schema_lacks_are_named(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = backup_checks.RULES["drinks"]
    checks = {**rules.checks, "gone": backup_checks.RULES["drinks"].checks["source"]}
    monkeypatch.setitem(
        backup_checks.RULES, "drinks", backup_checks.Rules(rules.time_column, rules.key, checks)
    )
    _tables, problems = backup.build_tables(records.SCHEMA)
    assert problems == ("drinks.gone: a check for a column the schema does not have",)


def test_schema_info_reads_what_sqlite_makes_of_the_steps() -> None:
    steps = [
        "CREATE TABLE a (id INTEGER PRIMARY KEY, uid TEXT NOT NULL UNIQUE, n INTEGER);"
        "CREATE TABLE b (day TEXT PRIMARY KEY, goal INTEGER NOT NULL);",
        "ALTER TABLE a ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';"
        "ALTER TABLE a ADD COLUMN score INTEGER DEFAULT 3;",
        # b rebuilt to change a constraint, with a new column: it keeps its place
        "CREATE TABLE b_2 (day TEXT PRIMARY KEY, goal INTEGER, note TEXT NOT NULL DEFAULT '');"
        "INSERT INTO b_2 (day, goal) SELECT day, goal FROM b; DROP TABLE b;"
        "ALTER TABLE b_2 RENAME TO b;"
        "CREATE TABLE c (x TEXT, y TEXT, UNIQUE (y, x));",
    ]
    made = schema_info.tables(steps)
    assert [t.name for t in made] == ["a", "b", "c"]
    a, b, c = made
    assert [(col.name, col.default, col.added) for col in a.columns] == [
        ("uid", None, False),
        ("n", None, False),
        ("tags", "[]", True),
        ("score", 3, True),
    ]
    assert a.unique_keys == {("uid",)}
    assert [(col.name, col.added) for col in b.columns] == [
        ("day", False),
        ("goal", False),
        ("note", True),
    ]
    assert b.unique_keys == {("day",)}
    assert [col.name for col in c.columns] == ["x", "y"]
    assert c.unique_keys == {("y", "x")}
