"""A command-line request's drink is stored once, whoever stores it (storage/records.py)."""

import datetime as dt
import sqlite3
from pathlib import Path

from spasm_desktop.storage import records
from spasm_desktop.storage.records import RecordStore

NOW = dt.datetime(2026, 11, 24, 10, 0, tzinfo=dt.UTC)


def rows(db: Path) -> list[tuple[int, str]]:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT ml, source FROM drinks").fetchall()


def test_the_same_request_from_the_app_and_the_command_is_stored_once(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    app, command = RecordStore(db, lambda: NOW), RecordStore(db, lambda: NOW)
    assert command.add_drink(NOW, 300, "cli", "r1") is True
    assert app.add_drink(NOW, 300, "cli", "r1") is False
    assert app.add_drink(NOW, 200, "cli", "r2") is True
    assert app.add_drink(NOW, 250, "tray") is True  # not a request: no id to match
    app.close()
    command.close()
    assert sorted(rows(db)) == [(200, "cli"), (250, "tray"), (300, "cli")]


def test_a_drink_held_while_locked_is_not_stored_again_after_the_command_stored_it(
    tmp_path: Path,
) -> None:
    db = tmp_path / "records.sqlite3"
    app = RecordStore(db, lambda: NOW)
    lock = sqlite3.connect(db, isolation_level=None)
    lock.execute("BEGIN EXCLUSIVE")
    app.add_drink(NOW, 300, "cli", "r1")
    assert app.holds_request("r1")
    assert app.water_total(NOW, NOW + dt.timedelta(seconds=1)) == 300
    lock.execute("ROLLBACK")
    lock.close()
    command = RecordStore(db, lambda: NOW)
    assert command.add_drink(NOW, 300, "cli", "r1") is True  # the command got there first
    command.close()
    day = (NOW, NOW + dt.timedelta(days=1))
    assert app.water_total(*day) == 300  # counted once while it still waits in the app
    assert [d.ml for d in app.drinks(*day)] == [300]
    assert app.retry() is True
    assert not app.holds_request("r1")
    app.close()
    assert rows(db) == [(300, "cli")]


def test_an_older_database_gets_the_table_of_handled_requests(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    conn = sqlite3.connect(db, isolation_level=None)
    for number in range(len(records.SCHEMA) - 1):
        records._migrate(conn, number)
    conn.execute("INSERT INTO drinks (at, ml, source) VALUES ('2026-11-24T09:00:00+00:00', 1, 'x')")
    conn.close()
    store = RecordStore(db, lambda: NOW)
    assert store.add_drink(NOW, 300, "cli", "r1") is True
    assert store.handled("r1")
    store.close()
    assert rows(db) == [(1, "x"), (300, "cli")]
