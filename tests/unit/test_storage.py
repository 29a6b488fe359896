"""The record database (storage/records.py); the settings file and folders are in
test_storage_settings_paths.py.
"""

import collections
import dataclasses
import datetime as dt
import json
import sqlite3
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.core import stats
from spasm_desktop.core.reminders import EngineState, KindState, Outcome, Record, ReminderKind
from spasm_desktop.core.sitting import Break, BreakSource, SittingState
from spasm_desktop.storage.records import (
    SCHEMA,
    RecordStore,
    RoutineSession,
    StoreProblem,
    sitting_from_json,
    sitting_to_json,
    state_from_json,
    state_to_json,
)
from spasm_desktop.storage.salvage import DamagedRecords
from tests import unprivileged
from tests.fakes import BERLIN, local

W, S, M, B = ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE, ReminderKind.BEDTIME
NOW = local(2026, 10, 12, 10, 0)  # 08:00 UTC
STAMP = "20261012-080000"
DAY = (local(2026, 10, 12), local(2026, 10, 13))
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def problem_now(store: RecordStore) -> StoreProblem:
    """The store's problem, read afresh: mypy keeps an earlier check's answer across a retry."""
    return store.problem


@pytest.fixture
def open_store() -> Iterator[Callable[[Path], RecordStore]]:
    """Open record stores at a fixed "now"; every one is closed afterwards."""
    opened: list[RecordStore] = []

    def factory(path: Path) -> RecordStore:
        store = RecordStore(path, lambda: NOW)
        opened.append(store)
        return store

    yield factory
    for store in opened:
        store.close()


@pytest.fixture
def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let a locked database give up after 50 ms instead of the store's 2 s."""
    real_connect = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs["timeout"] = 0.05
        connection: sqlite3.Connection = real_connect(*args, **kwargs)
        return connection

    monkeypatch.setattr(sqlite3, "connect", connect)


# --- records: drinks -----------------------------------------------------------------------------


def test_drinks_and_totals_by_range(
    tmp_path: Path, open_store: Callable[[Path], RecordStore]
) -> None:
    store = open_store(tmp_path / "records.sqlite3")
    store.add_drink(local(2026, 10, 11, 23, 59), 200, "manual")
    store.add_drink(local(2026, 10, 12, 9, 5), 500, "manual")
    store.add_drink(local(2026, 10, 12, 23, 59, 59), 250, "reminder")
    store.add_drink(local(2026, 10, 13, 0, 0), 300, "cli")
    assert store.problem is StoreProblem.NONE
    assert store.pending_count == 0
    assert store.water_total(*DAY) == 750
    assert store.water_total(local(2026, 10, 12, 9, 5), local(2026, 10, 12, 9, 6)) == 500
    assert store.water_total(local(2026, 10, 12, 9), local(2026, 10, 12, 9, 5)) == 0  # end open
    assert store.water_total(local(2026, 10, 1), local(2026, 11, 1)) == 1250
    drinks = store.drinks(*DAY)
    assert [(d.at, d.ml, d.source) for d in drinks] == [
        (local(2026, 10, 12, 9, 5), 500, "manual"),
        (local(2026, 10, 12, 23, 59, 59), 250, "reminder"),
    ]
    assert all(d.id is not None for d in drinks)
    assert store.last_drink_at() == local(2026, 10, 13)
    for bad in (0, -250):
        with pytest.raises(ValueError, match="more than 0 ml"):
            store.add_drink(NOW, bad, "manual")


def test_drink_totals_per_day_match_the_drinks_across_dst(
    tmp_path: Path, open_store: Callable[[Path], RecordStore]
) -> None:
    # 25 Oct 2026: Berlin falls back at 03:00, so that day has 25 hours.
    store = open_store(tmp_path / "records.sqlite3")
    times = [
        local(2026, 10, 24, 23, 59, 59),
        local(2026, 10, 25, 0, 0),
        local(2026, 10, 25, 2, 30),  # the first 02:30 (summer time)
        local(2026, 10, 25, 2, 30) + dt.timedelta(hours=1),  # the second 02:30
        local(2026, 10, 25, 23, 59),
        local(2026, 10, 26, 0, 0),
        local(2026, 10, 28, 12, 0),  # after the last span: not counted
    ]
    for index, at in enumerate(times):
        store.add_drink(at, 100 * (index + 1), "manual")
    days = [dt.date(2026, 10, 24), dt.date(2026, 10, 25), dt.date(2026, 10, 26)]
    bounds = [stats.midnight(day, BERLIN) for day in [*days, dt.date(2026, 10, 27)]]
    totals = store.drink_totals(bounds)
    assert totals == [(100, 1), (200 + 300 + 400 + 500, 4), (600, 1)]
    by_day = stats.water_per_day(store.drinks(bounds[0], bounds[-1]), BERLIN)
    assert dict(zip(days, totals, strict=True)) == by_day
    assert store.drink_totals(bounds[:1]) == []
    empty = [stats.midnight(dt.date(2027, 1, d), BERLIN) for d in (1, 2, 3)]
    assert store.drink_totals(empty) == [(0, 0), (0, 0)]


def test_undo_last_drink(tmp_path: Path, open_store: Callable[[Path], RecordStore]) -> None:
    store = open_store(tmp_path / "records.sqlite3")
    assert store.undo_last_drink(DAY[0]) is None
    store.add_drink(local(2026, 10, 11, 22), 200, "manual")
    store.add_drink(local(2026, 10, 12, 9), 500, "manual")
    store.add_drink(local(2026, 10, 12, 11), 250, "reminder")
    undone = store.undo_last_drink(DAY[0])
    assert undone is not None
    assert (undone.at, undone.ml, undone.source) == (local(2026, 10, 12, 11), 250, "reminder")
    assert undone.id is not None
    assert store.water_total(*DAY) == 500
    earlier = store.undo_last_drink(DAY[0])
    assert earlier is not None
    assert earlier.ml == 500
    assert store.undo_last_drink(DAY[0]) is None  # yesterday's drink is not touched
    assert store.water_total(local(2026, 10, 11), DAY[1]) == 200


# --- records: reminder log and state -------------------------------------------------------------

LOG = [
    Record(local(2026, 10, 12, 10), W, Outcome.SHOWN, due=local(2026, 10, 12, 10)),
    Record(local(2026, 10, 12, 10), S, Outcome.SHOWN, due=local(2026, 10, 12, 9, 59)),
    Record(local(2026, 10, 12, 10, 0, 40), W, Outcome.DONE),
    Record(local(2026, 10, 12, 10, 1), S, Outcome.SNOOZED, detail="10"),
    Record(local(2026, 10, 12, 11, 30), M, Outcome.MISSED_PAUSED, due=local(2026, 10, 12, 11)),
    Record(local(2026, 10, 12, 22, 15), B, Outcome.SHOWN, due=local(2026, 10, 12, 22, 15)),
    Record(local(2026, 10, 12, 22, 16), B, Outcome.IGNORED),
    Record(local(2026, 10, 13, 9, 30), M, Outcome.SKIPPED),
]
STATE = EngineState(
    kinds={
        W: KindState(local(2026, 10, 12, 10, 0, 40)),
        S: KindState(local(2026, 10, 12, 10), snoozed_until=local(2026, 10, 12, 10, 11)),
        M: KindState(local(2026, 10, 12, 11, 30)),
        B: KindState(local(2026, 10, 11, 22, 15)),
    },
    paused_until=local(2026, 10, 13),
    paused_at=local(2026, 10, 12, 16, 10),
)


def test_reminder_log(tmp_path: Path, open_store: Callable[[Path], RecordStore]) -> None:
    store = open_store(tmp_path / "records.sqlite3")
    store.add_records(LOG[:3])
    store.add_records([])
    store.add_records(LOG[3:])
    assert store.records(*DAY) == LOG[:-1]
    between = (local(2026, 10, 12, 10, 1), local(2026, 10, 12, 22, 15))
    assert store.records(*between) == [LOG[3], LOG[4]]  # start included, end not
    assert store.outcome_counts(*DAY) == collections.Counter(
        {
            Outcome.SHOWN: 3,
            Outcome.DONE: 1,
            Outcome.SNOOZED: 1,
            Outcome.MISSED_PAUSED: 1,
            Outcome.IGNORED: 1,
        }
    )
    assert store.outcome_counts(local(2026, 10, 20), local(2026, 10, 21)) == collections.Counter()


def test_state_round_trip(tmp_path: Path, open_store: Callable[[Path], RecordStore]) -> None:
    assert state_from_json(state_to_json(STATE), NOW) == STATE
    fresh = EngineState.fresh(NOW)
    assert state_from_json(state_to_json(fresh), NOW) == fresh
    store = open_store(tmp_path / "records.sqlite3")
    assert store.load_state() is None
    store.save_state(fresh)
    store.save_state(STATE)
    assert store.load_state() == STATE


def test_damaged_state_kinds_start_fresh() -> None:
    text = json.dumps(
        {
            "kinds": {
                "water": {"anchor": "2026-10-12T08:00:40+00:00", "snoozed_until": None},
                "stretch": {"anchor": "yesterday"},
                "move": "2026-10-12T08:00:40+00:00",
                "sleep": {"anchor": "2026-10-12T08:00:40+00:00"},
            }
        }
    )
    state = state_from_json(text, NOW)
    assert state.kind(W) == KindState(local(2026, 10, 12, 10, 0, 40))
    assert state.kind(S) == state.kind(M) == state.kind(B) == KindState(NOW)
    assert state.paused_until is None
    assert state.paused_at is None


@pytest.mark.parametrize("text", ["not json", "[]", "null", '{"kinds": []}'])
def test_unreadable_saved_state_starts_fresh(
    tmp_path: Path, open_store: Callable[[Path], RecordStore], text: str
) -> None:
    path = tmp_path / "records.sqlite3"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO state (key, value) VALUES ('engine', ?)", (text,))
    conn.close()
    assert open_store(path).load_state() is None


def test_saved_state_with_a_number_for_a_time_starts_fresh(
    tmp_path: Path, open_store: Callable[[Path], RecordStore]
) -> None:
    path = tmp_path / "records.sqlite3"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO state VALUES ('engine', ?)", ('{"paused_until": 5}',))
    conn.close()
    assert open_store(path).load_state() is None


@POSIX
def test_reopening_keeps_everything_and_the_file_is_private(
    tmp_path: Path, open_store: Callable[[Path], RecordStore]
) -> None:
    path = tmp_path / "records.sqlite3"
    store = open_store(path)
    store.add_drink(local(2026, 10, 12, 9), 500, "manual")
    store.add_records(LOG)
    store.save_state(STATE)
    store.close()
    assert mode(path) == 0o600
    again = open_store(path)
    assert again.problem is StoreProblem.NONE
    assert again.water_total(*DAY) == 500
    assert again.records(local(2026, 10, 1), local(2026, 11, 1)) == LOG
    assert again.load_state() == STATE
    for side in tmp_path.iterdir():  # the WAL files hold records too
        assert mode(side) == 0o600, side


# --- records: when the disk does not cooperate ----------------------------------------------------


def garbage() -> bytes:
    return bytes((i * 37 + 11) % 256 for i in range(8192))


def malformed(path: Path) -> bytes:
    """A real records database whose pages after the first are overwritten."""
    store = RecordStore(path, lambda: NOW)
    for _ in range(100):
        store.add_drink(NOW, 250, "x" * 200)
    store.close()
    data = path.read_bytes()
    return data[:4096] + b"\xff" * (len(data) - 4096)


@pytest.mark.parametrize("make", [lambda _path: garbage(), malformed], ids=["garbage", "malformed"])
def test_corrupt_database_is_left_alone_by_readers_and_salvaged_by_the_app(
    tmp_path: Path, open_store: Callable[[Path], RecordStore], make: Callable[[Path], bytes]
) -> None:
    path = tmp_path / "records.sqlite3"
    content = make(path)
    path.write_bytes(content)
    with pytest.raises(DamagedRecords):
        open_store(path)
    assert path.read_bytes() == content
    assert names(tmp_path) == ["records.sqlite3"]
    store = RecordStore(path, lambda: NOW, salvage=True)
    assert store.problem is StoreProblem.NONE
    assert store.salvaged is not None
    backup = tmp_path / f"records.sqlite3.damaged-{STAMP}"
    assert store.salvaged.kept == backup
    assert backup.read_bytes() == content
    assert store.water_total(*DAY) == 0
    store.add_drink(NOW, 250, "manual")
    store.add_records(LOG[:2])
    assert store.pending_count == 0
    store.close()
    again = open_store(path)
    assert again.problem is StoreProblem.NONE
    assert again.water_total(*DAY) == 250
    assert again.records(*DAY) == LOG[:2]
    if sys.platform != "win32":
        assert mode(path) == 0o600


def test_database_from_a_newer_version_is_left_alone(
    tmp_path: Path, open_store: Callable[[Path], RecordStore]
) -> None:
    path = tmp_path / "records.sqlite3"
    store = open_store(path)
    store.add_drink(local(2026, 10, 12, 9), 500, "manual")
    store.close()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version=99")
    conn.close()
    store = open_store(path)
    assert store.problem is StoreProblem.UNAVAILABLE
    store.add_drink(NOW, 250, "manual")
    assert store.pending_count == 1
    assert store.water_total(*DAY) == 250  # only what waits in memory can be seen
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT sum(ml) FROM drinks").fetchone() == (500,)
    conn.close()


def test_locked_database_keeps_writes_in_memory_until_retry(
    tmp_path: Path, open_store: Callable[[Path], RecordStore], quick_busy_timeout: None
) -> None:
    path = tmp_path / "records.sqlite3"
    store = open_store(path)
    store.add_drink(local(2026, 10, 12, 9), 500, "manual")
    locker = sqlite3.connect(path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        store.add_drink(local(2026, 10, 12, 10), 250, "reminder")
        assert store.problem is StoreProblem.UNAVAILABLE
        assert "locked" in store.error
        store.add_records(LOG[:3])
        store.save_state(EngineState.fresh(NOW))
        store.save_state(STATE)  # replaces the state still waiting
        store.add_drink(local(2026, 10, 12, 11), 300, "manual")
        store.add_drink(local(2026, 10, 12, 12), 100, "manual")
        undone = store.undo_last_drink(DAY[0])
        assert undone is not None
        assert undone.ml == 100  # taken back from memory
        assert store.pending_count == 4
        # Every total includes what waits in memory.
        assert store.water_total(*DAY) == 1050
        assert [d.ml for d in store.drinks(*DAY)] == [500, 250, 300]
        assert store.drink_totals([DAY[0], local(2026, 10, 12, 10), DAY[1]]) == [
            (500, 1),
            (550, 2),
        ]
        assert store.last_drink_at() == local(2026, 10, 12, 11)
        assert store.records(*DAY) == LOG[:3]
        assert store.outcome_counts(*DAY)[Outcome.SHOWN] == 2
        assert store.load_state() == STATE
        assert store.retry() is False
        assert store.pending_count == 4
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert store.retry() is True
    assert problem_now(store) is StoreProblem.NONE
    assert store.error == ""
    assert store.pending_count == 0
    assert store.water_total(*DAY) == 1050  # not counted twice
    store.close()
    again = open_store(path)
    assert again.water_total(*DAY) == 1050
    assert again.records(*DAY) == LOG[:3]
    assert again.load_state() == STATE


def test_waiting_writes_go_out_with_the_next_write(
    tmp_path: Path, open_store: Callable[[Path], RecordStore], quick_busy_timeout: None
) -> None:
    path = tmp_path / "records.sqlite3"
    store = open_store(path)
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    store.add_drink(local(2026, 10, 12, 9), 500, "manual")
    assert store.pending_count == 1
    locker.execute("ROLLBACK")
    locker.close()
    store.add_drink(local(2026, 10, 12, 10), 250, "manual")
    assert store.pending_count == 0
    assert store.problem is StoreProblem.NONE
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT ml FROM drinks ORDER BY at").fetchall()
    conn.close()
    assert rows == [(500,), (250,)]


@POSIX
@pytest.mark.parametrize(
    "what",
    [
        "file",
        "folder",
        "both",
    ],
)
def test_read_only_database_keeps_writes_in_memory(what: str) -> None:
    # As root (CI), run as nobody: root ignores file permissions.
    unprivileged.run_as_user(lambda home: _read_only_keeps_writes(home, what))


def _read_only_keeps_writes(home: Path, what: str) -> None:
    folder = home / "data"
    folder.mkdir()
    path = folder / "records.sqlite3"
    first = RecordStore(path, lambda: NOW)
    first.add_drink(local(2026, 10, 12, 9), 500, "manual")
    first.close()
    if what in ("file", "both"):
        path.chmod(0o400)
    if what in ("folder", "both"):
        folder.chmod(0o500)
    try:
        store = RecordStore(path, lambda: NOW)
        store.add_drink(local(2026, 10, 12, 10), 250, "reminder")
        store.add_records(LOG[:2])
        assert store.problem is StoreProblem.UNAVAILABLE
        assert store.pending_count == 2
        assert store.water_total(*DAY) >= 250
        assert store.records(*DAY) == LOG[:2]
        assert store.retry() is False
    finally:
        folder.chmod(0o700)
        path.chmod(0o600)
    assert store.retry() is True
    assert store.pending_count == 0
    store.close()
    again = RecordStore(path, lambda: NOW)
    assert again.water_total(*DAY) == 750  # nothing lost
    assert again.records(*DAY) == LOG[:2]
    again.close()


# --- sitting, breaks, do not disturb (schema version 2) ----------------------------------------


SITTING = SittingState(
    spell_start=local(2026, 10, 12, 9),
    sat_s=1234.5,
    since_prompt_s=600.0,
    counted_until=local(2026, 10, 12, 9, 20),
    away_since=local(2026, 10, 12, 9, 20),
    last_seen=local(2026, 10, 12, 9, 21),
    last_idle_s=61.0,
    day=dt.date(2026, 10, 12),
    today_s=4000.0,
)


def test_busy_state_and_sitting_round_trip(
    tmp_path: Path, open_store: Callable[[Path], RecordStore]
) -> None:
    busy = dataclasses.replace(
        STATE,
        deferred={W: local(2026, 10, 12, 9), B: local(2026, 10, 12, 22)},
        dnd_until=local(2026, 10, 12, 11),
    )
    assert state_from_json(state_to_json(busy), NOW) == busy
    forever = dataclasses.replace(STATE, dnd_indefinite=True)
    assert state_from_json(state_to_json(forever), NOW) == forever
    assert sitting_from_json(sitting_to_json(SITTING)) == SITTING
    assert sitting_from_json(sitting_to_json(SittingState())) == SittingState()
    store = open_store(tmp_path / "records.sqlite3")
    assert store.load_sitting() is None
    store.save_sitting(SITTING)
    store.close()
    assert open_store(tmp_path / "records.sqlite3").load_sitting() == SITTING


@pytest.mark.parametrize(
    "text", ['{"sat_s": -1}', '{"sat_s": "x"}', '{"spell_start": 3}', "[]", "{bad"]
)
def test_unreadable_sitting_timer_starts_fresh(
    tmp_path: Path, open_store: Callable[[Path], RecordStore], text: str
) -> None:
    path = tmp_path / "records.sqlite3"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO state VALUES ('sitting', ?)", (text,))
    conn.close()
    assert open_store(path).load_sitting() is None


def test_breaks_are_recorded_and_read_by_start(
    tmp_path: Path, open_store: Callable[[Path], RecordStore], quick_busy_timeout: None
) -> None:
    path = tmp_path / "records.sqlite3"
    store = open_store(path)
    natural = Break(local(2026, 10, 12, 10), local(2026, 10, 12, 10, 12), BreakSource.NATURAL)
    prompted = Break(local(2026, 10, 12, 11), local(2026, 10, 12, 11), BreakSource.PROMPTED)
    yesterday = Break(local(2026, 10, 11, 18), local(2026, 10, 12, 9), BreakSource.NATURAL)
    store.add_breaks([yesterday, natural])
    locker = sqlite3.connect(path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        store.add_breaks([prompted])  # waits in memory, still counted
        assert store.breaks(*DAY) == [natural, prompted]
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert store.retry() is True
    store.close()
    assert open_store(path).breaks(*DAY) == [natural, prompted]


def test_version_1_database_gains_the_breaks_table_and_keeps_its_rows(
    tmp_path: Path, open_store: Callable[[Path], RecordStore]
) -> None:
    path = tmp_path / "records.sqlite3"
    conn = sqlite3.connect(path)
    with conn:
        conn.executescript(SCHEMA[0])
        conn.execute(
            "INSERT INTO drinks (at, ml, source) VALUES (?, 250, 'manual')", (NOW.isoformat(),)
        )
        conn.execute("PRAGMA user_version=1")
    conn.close()
    store = open_store(path)
    assert store.water_total(*DAY) == 250
    store.add_breaks([Break(NOW, NOW, BreakSource.PROMPTED)])
    assert len(store.breaks(*DAY)) == 1
    store.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == len(SCHEMA) == 10
    check.close()


def test_version_6_database_sums_drinks_from_the_covering_index(
    tmp_path: Path, open_store: Callable[[Path], RecordStore]
) -> None:
    path = tmp_path / "records.sqlite3"
    conn = sqlite3.connect(path)
    with conn:
        for script in SCHEMA[:6]:
            conn.executescript(script)
        conn.execute(
            "INSERT INTO drinks (at, ml, source) VALUES (?, 250, 'manual')",
            (NOW.isoformat(timespec="seconds"),),
        )
        conn.execute("PRAGMA user_version=6")
    conn.close()
    store = open_store(path)
    assert store.drink_totals(list(DAY)) == [(250, 1)]
    store.close()
    check = sqlite3.connect(path)
    indexes = {r[0] for r in check.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    plan = check.execute(
        "EXPLAIN QUERY PLAN SELECT at, ml FROM drinks WHERE at >= ? AND at < ? ORDER BY at",
        ("a", "b"),
    ).fetchall()
    check.close()
    assert "drinks_at_ml" in indexes
    assert "drinks_at" not in indexes
    assert "COVERING INDEX drinks_at_ml" in plan[0][-1]


def test_routine_sessions(
    tmp_path: Path, open_store: Callable[[Path], RecordStore], quick_busy_timeout: None
) -> None:
    path = tmp_path / "records.sqlite3"
    store = open_store(path)
    done = RoutineSession("bedtime-core", NOW, NOW + dt.timedelta(minutes=4), True)
    stopped = RoutineSession(
        "desk-break",
        NOW + dt.timedelta(hours=1),
        NOW + dt.timedelta(hours=1, minutes=1),
        False,
        "chair-hamstring/left/hold",
        ("ankle-pumps/none/move", "calf-raises/none/prepare"),
    )
    store.add_session(done)
    locker = sqlite3.connect(path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        store.add_session(stopped)
        assert store.sessions(*DAY) == [done, stopped]
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert store.retry() is True
    store.close()
    assert open_store(path).sessions(*DAY) == [done, stopped]


def test_small_values_in_the_state_table(
    tmp_path: Path, open_store: Callable[[Path], RecordStore]
) -> None:
    store = open_store(tmp_path / "records.sqlite3")
    assert store.load_value("tips_shown", {}) == {}
    store.save_value("tips_shown", {"water": ["a", "b"]})
    store.close()
    again = open_store(tmp_path / "records.sqlite3")
    assert again.load_value("tips_shown") == {"water": ["a", "b"]}
    with pytest.raises(ValueError, match="kept by its own method"):
        again.save_value("engine", {})
