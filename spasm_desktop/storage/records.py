"""The person's records in SQLite: drinks, reminders, cramps, medical profile, engine state.

Also every reminder's outcome, medicines with their start and stop dates, and the water goal
that applied on each day (or that the day had none).

WAL mode with ``synchronous=FULL``: once a write call returns, the row survives a kill or power
loss. The store never stops the app: if the database is locked, read-only or cannot be opened,
writes wait in memory (and count in every total) and are retried on each later write and by
:meth:`RecordStore.retry`. A damaged file is never written: opened for the command line it
raises :class:`salvage.DamagedRecords`; the app (``salvage=True``) salvages it (see
:mod:`spasm_desktop.storage.salvage`), or, if that fails, holds records in memory.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import enum
import functools
import json
import logging
import os
import sqlite3
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from spasm_desktop.core import medical
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.core.reminders import EngineState, KindState, Outcome, Record, ReminderKind
from spasm_desktop.core.sitting import Break, BreakSource, SittingState
from spasm_desktop.storage import held, reading
from spasm_desktop.storage import salvage as salvage_mod

log = logging.getLogger(__name__)

SCHEMA: list[str] = [
    # version 1
    """
    CREATE TABLE reminder_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        outcome TEXT NOT NULL,
        due TEXT,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX reminder_log_at ON reminder_log (at);
    CREATE TABLE drinks (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        ml INTEGER NOT NULL CHECK (ml > 0),
        source TEXT NOT NULL
    );
    CREATE INDEX drinks_at ON drinks (at);
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # version 2: breaks from sitting (natural: away long enough; prompted: "Done, I moved")
    """
    CREATE TABLE breaks (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        ended TEXT NOT NULL,
        source TEXT NOT NULL
    );
    CREATE INDEX breaks_started ON breaks (started);
    """,
    # version 3: guided routine sessions (finished, or stopped at a step; steps skipped)
    """
    CREATE TABLE routine_sessions (
        id INTEGER PRIMARY KEY,
        routine TEXT NOT NULL,
        started TEXT NOT NULL,
        ended TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('finished', 'stopped')),
        stopped_at TEXT NOT NULL DEFAULT '',
        skipped TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX routine_sessions_started ON routine_sessions (started);
    """,
    # version 4: cramp episodes (the relief panel and "spasm-desktop cramp log")
    """
    CREATE TABLE cramp_episodes (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        started TEXT NOT NULL,
        duration_s INTEGER CHECK (duration_s IS NULL OR duration_s >= 0),
        area TEXT,
        side TEXT,
        severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 0 AND 10),
        feelings TEXT NOT NULL DEFAULT '[]',
        context TEXT NOT NULL DEFAULT '[]',
        helped TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL
    );
    CREATE INDEX cramp_episodes_started ON cramp_episodes (started);
    """,
    # version 5: the rest of the per-episode diary fields (CONTENT.md §7.1)
    """
    ALTER TABLE cramp_episodes ADD COLUMN triggers TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE cramp_episodes ADD COLUMN relief_minutes INTEGER
        CHECK (relief_minutes IS NULL OR relief_minutes BETWEEN 0 AND 240);
    ALTER TABLE cramp_episodes ADD COLUMN woke_me INTEGER
        CHECK (woke_me IS NULL OR woke_me IN (0, 1));
    ALTER TABLE cramp_episodes ADD COLUMN sleep_disruption INTEGER
        CHECK (sleep_disruption IS NULL OR sleep_disruption BETWEEN 0 AND 10);
    ALTER TABLE cramp_episodes ADD COLUMN soreness_next_day INTEGER
        CHECK (soreness_next_day IS NULL OR soreness_next_day BETWEEN 0 AND 10);
    ALTER TABLE cramp_episodes ADD COLUMN red_flags TEXT NOT NULL DEFAULT '[]';
    """,
    # version 6: the medical profile (CONTENT.md §7.1 "Profile, asked once") and the water goal
    # that applied on each day; dates are YYYY-MM-DD
    """
    CREATE TABLE medicines (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        started TEXT,
        stopped TEXT,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE profile (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE day_goals (day TEXT PRIMARY KEY, goal_ml INTEGER NOT NULL CHECK (goal_ml > 0));
    """,
    # version 7: the drinks' index carries the amounts, so that the water of years of days is
    # summed from the index alone (RecordStore.drink_totals; bench/report_speed.py)
    """
    CREATE INDEX drinks_at_ml ON drinks (at, ml);
    DROP INDEX drinks_at;
    """,
    # version 8: a day can be recorded as having had no water goal (goal_ml NULL), so that the
    # record never reads it against the goal of today; SQLite cannot change a CHECK, so the
    # table is rebuilt with every row kept (in the step's transaction: all or nothing)
    """
    CREATE TABLE day_goals_8 (
        day TEXT PRIMARY KEY,
        goal_ml INTEGER CHECK (goal_ml IS NULL OR goal_ml > 0)
    );
    INSERT INTO day_goals_8 (day, goal_ml) SELECT day, goal_ml FROM day_goals;
    DROP TABLE day_goals;
    ALTER TABLE day_goals_8 RENAME TO day_goals;
    """,
    # version 9: the command line's requests already carried out (by the app or the command
    # itself), by their id, so that one request is never stored twice
    """
    CREATE TABLE handled_requests (id TEXT PRIMARY KEY, at TEXT NOT NULL);
    """,
]
#: How long a write waits for a lock held by another process (ms), and how long a retry waits
#: once the database is known to be locked.
BUSY_TIMEOUT_MS = 2000
QUICK_RETRY_MS = 100
#: The keys of the ``profile`` table.
PROFILE_KEYS = ("cramps_since", "conditions", "conditions_note")
#: The columns of ``cramp_episodes`` that :func:`_episode` reads, in order.
EPISODE_COLUMNS = (
    "uid, started, duration_s, area, side, severity, feelings, context, helped, notes, source, "
    "triggers, relief_minutes, woke_me, sleep_disruption, soreness_next_day, red_flags"
)


@dataclasses.dataclass(frozen=True)
class RoutineSession:
    """One run of a guided routine."""

    routine: str
    started: dt.datetime
    ended: dt.datetime
    finished: bool
    #: Where it was stopped ("exercise-id/side/phase"), empty when finished.
    stopped_at: str = ""
    #: The steps skipped with "next", in the same form.
    skipped: tuple[str, ...] = ()


class StoreProblem(enum.Enum):
    """Why records are not reaching the disk right now."""

    NONE = "none"
    UNAVAILABLE = "unavailable"  # locked, read-only, missing permissions, disk full
    DAMAGED = "damaged"  # damaged and not salvaged: never written, records held in memory


@dataclasses.dataclass(frozen=True)
class Drink:
    """A logged drink."""

    at: dt.datetime
    ml: int
    source: str
    id: int | None = None
    #: The command-line request that logged it ("" if none): stored once, whoever stores it.
    request: str = ""


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def _parse(value: str) -> dt.datetime:
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC)


def state_to_json(state: EngineState) -> str:
    """Serialise the engine state."""
    return json.dumps(
        {
            "kinds": {
                kind.value: {
                    "anchor": _iso(value.anchor),
                    "snoozed_until": _iso(value.snoozed_until) if value.snoozed_until else None,
                }
                for kind, value in state.kinds.items()
            },
            "paused_until": _iso(state.paused_until) if state.paused_until else None,
            "paused_at": _iso(state.paused_at) if state.paused_at else None,
            "deferred": {kind.value: _iso(due) for kind, due in state.deferred.items()},
            "dnd_until": _iso(state.dnd_until) if state.dnd_until else None,
            "dnd_indefinite": state.dnd_indefinite,
            "hot_day": state.hot_day.isoformat() if state.hot_day else None,
        }
    )


def _optional_time(raw: dict[str, Any], key: str) -> dt.datetime | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{key} is not a time")
    return _parse(value)


def state_from_json(text: str, now: dt.datetime) -> EngineState:
    """Parse the engine state; kinds missing or unreadable start fresh at ``now``."""
    raw = json.loads(text)
    kinds = {}
    for kind in ReminderKind:
        item = raw.get("kinds", {}).get(kind.value)
        try:
            snoozed = item.get("snoozed_until")
            kinds[kind] = KindState(_parse(item["anchor"]), _parse(snoozed) if snoozed else None)
        except (AttributeError, KeyError, TypeError, ValueError):
            kinds[kind] = KindState(anchor=now)
    deferred = {}
    deferred_raw = raw.get("deferred")
    for kind in ReminderKind:
        due = deferred_raw.get(kind.value) if isinstance(deferred_raw, dict) else None
        if isinstance(due, str):
            deferred[kind] = _parse(due)
    return EngineState(
        kinds=kinds,
        paused_until=_optional_time(raw, "paused_until"),
        paused_at=_optional_time(raw, "paused_at"),
        deferred=deferred,
        dnd_until=_optional_time(raw, "dnd_until"),
        dnd_indefinite=raw.get("dnd_indefinite") is True,
        hot_day=_optional_date(raw.get("hot_day")),
    )


def _optional_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError("hot_day is not a date")
    return dt.date.fromisoformat(value)


def sitting_to_json(state: SittingState) -> str:
    """Serialise the sitting timer."""
    times = ("spell_start", "counted_until", "away_since", "last_seen")
    data: dict[str, Any] = {
        name: _iso(value) if (value := getattr(state, name)) else None for name in times
    }
    data.update(
        sat_s=state.sat_s,
        since_prompt_s=state.since_prompt_s,
        last_idle_s=state.last_idle_s,
        day=state.day.isoformat() if state.day else None,
        today_s=state.today_s,
    )
    return json.dumps(data)


def sitting_from_json(text: str) -> SittingState:
    """Parse the sitting timer (raises ValueError, TypeError or KeyError if unreadable)."""
    raw = json.loads(text)
    if not isinstance(raw, dict):
        raise TypeError("not an object")

    def seconds(name: str) -> float:
        value = raw.get(name, 0.0)
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise TypeError(name)
        return float(value)

    day = raw.get("day")
    return SittingState(
        spell_start=_optional_time(raw, "spell_start"),
        sat_s=seconds("sat_s"),
        since_prompt_s=seconds("since_prompt_s"),
        counted_until=_optional_time(raw, "counted_until"),
        away_since=_optional_time(raw, "away_since"),
        last_seen=_optional_time(raw, "last_seen"),
        last_idle_s=seconds("last_idle_s"),
        day=dt.date.fromisoformat(day) if isinstance(day, str) else None,
        today_s=seconds("today_s"),
    )


Write = Callable[[sqlite3.Connection], None]


@dataclasses.dataclass(frozen=True)
class _DeletedEpisode:
    """A deleted episode whose removal from the database waits in memory."""

    uid: str


@dataclasses.dataclass(frozen=True)
class _DeletedMedicine:
    """A deleted medicine whose removal from the database waits in memory."""

    uid: str


@dataclasses.dataclass(frozen=True)
class _Recovered:
    """Held records from an earlier run (the recovery file), added in one transaction."""

    entries: tuple[held.Entry, ...]


@dataclasses.dataclass(frozen=True)
class _DayGoal:
    """The water goal of one day (None: the day has none), waiting in memory."""

    day: dt.date
    goal_ml: int | None


class RecordStore:
    """Typed access to the records database."""

    def __init__(
        self, path: Path, now: Callable[[], dt.datetime], *, salvage: bool = False
    ) -> None:
        """Open (or create) the records at ``path``.

        A damaged file raises :class:`salvage.DamagedRecords` and is left as it is, unless
        ``salvage`` (the running app): then it is salvaged, and :attr:`salvaged` says how.
        """
        self._path = path
        self._now = now
        self._conn: sqlite3.Connection | None = None
        self._pending: list[tuple[Write, Any]] = []
        #: A connection that only reads, while the file can't be opened for writing.
        self._reader: sqlite3.Connection | None = None
        self._reader_failed = False  # tried and failed: not again until the file opens
        #: The database file the connection writes to (device, inode): one removed or replaced
        #: under the app (its folder deleted) is noticed, not written to unseen.
        self._file_id: tuple[int, int] | None = None
        self.problem = StoreProblem.NONE
        self.error = ""
        #: What the salvage of a damaged file brought back (None: there was none).
        self.salvaged: salvage_mod.SalvageResult | None = None
        self._open(salvage)

    # --- connection -------------------------------------------------------------------------

    def _open(self, salvage: bool) -> None:
        try:
            self._conn = self._connect(check=True)
        except salvage_mod.DamagedRecords as exc:
            if not salvage:
                raise
            self._salvage(exc)
        except sqlite3.DatabaseError as exc:
            self._unavailable(exc)

    def _connect(self, check: bool = False) -> sqlite3.Connection:
        if self.problem is StoreProblem.DAMAGED:
            raise salvage_mod.DamagedRecords(self._path, self.error)
        created = not self._path.exists()
        if check and not created:
            salvage_mod.check(self._path)  # before anything could write to it
        conn = sqlite3.connect(self._path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            if created:
                self._path.chmod(0o600)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute("PRAGMA foreign_keys=ON")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > len(SCHEMA):
                raise sqlite3.DatabaseError(f"database is from a newer version ({version})")
            for number in range(version, len(SCHEMA)):
                _migrate(conn, number)
            conn.execute("SELECT count(*) FROM drinks").fetchone()
        except BaseException:
            conn.close()
            raise
        try:
            info = self._path.stat()
        except OSError as exc:  # gone again at once
            conn.close()
            raise sqlite3.OperationalError(str(exc)) from exc
        self._file_id = (info.st_dev, info.st_ino)
        self._reader_failed = False
        if self._reader is not None:
            self._reader.close()
            self._reader = None
        return conn

    def _same_file(self) -> bool:
        """Whether the open connection's file is still the one at the database's path."""
        try:
            info = self._path.stat()
        except OSError:
            return False
        return self._file_id == (info.st_dev, info.st_ino)

    def _salvage(self, damage: salvage_mod.DamagedRecords) -> None:
        try:
            self.salvaged = salvage_mod.salvage(
                self._path, self._now(), create_database, damage.reason
            )
            self._conn = self._connect()
        except (OSError, sqlite3.Error) as exc:
            log.error("damaged records database %s not salvaged: %s", self._path, exc)
            self.problem = StoreProblem.DAMAGED
            self.error = damage.reason

    def _unavailable(self, exc: Exception) -> None:
        log.error("records database %s unavailable: %s; keeping records in memory", self._path, exc)
        self.problem = StoreProblem.UNAVAILABLE
        self.error = str(exc)

    def _repair_side_files(self) -> None:
        """Make the -wal and -shm files writable again once the database file is.

        SQLite creates them with the database file's mode: opened while the file was read-only,
        they stay read-only after the person fixed the file, and every write keeps failing.
        """
        if not os.access(self._path, os.W_OK):
            return
        for suffix in ("-wal", "-shm"):
            side = self._path.with_name(self._path.name + suffix)
            if side.exists() and not os.access(side, os.W_OK):
                try:
                    side.chmod(0o600)
                except OSError as exc:
                    log.warning("could not make %s writable: %s", side, exc)

    def close(self) -> None:
        """Flush what can be flushed and close."""
        if not self.retry():
            for _op, item in self._pending:
                log.error("could not save before quitting, lost: %s", _named(item))
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None

    def hand_over(self) -> list[held.Entry]:
        """Take every write waiting in memory out of the store, for the recovery file."""
        entries: list[held.Entry] = []
        for op, item in self._pending:
            if isinstance(item, _Recovered):
                entries.extend(item.entries)
            else:
                entries.append(held.entry(op, item))
        self._pending = []
        return entries

    def take_in(self, entries: list[held.Entry]) -> bool:
        """Add held records from an earlier run (one transaction, each once); they wait in
        memory, before anything newer, if the database can't be written now.

        Returns whether they are in the database.
        """
        if not entries:
            return True
        item = _Recovered(tuple(entries))
        self._write(held.merge_op(item.entries, self._now()), item)
        return not any(isinstance(i, _Recovered) for _op, i in self._pending)

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def pending_count(self) -> int:
        """How many writes wait in memory."""
        return len(self._pending)

    # --- writing ----------------------------------------------------------------------------

    def _write(self, op: Write, item: Any) -> None:
        self._pending.append((op, item))
        self.retry()

    def retry(self) -> bool:
        """Try to write what waits in memory; return whether everything is on disk."""
        if self.problem is StoreProblem.UNAVAILABLE and self._conn is not None:
            # A fresh connection: SQLite opens a read-only file read-only, and that connection
            # (made for reading meanwhile) would keep refusing after the file became writable.
            self._conn.close()
            self._conn = None
        if self._conn is not None and self._pending and not self._same_file():
            log.error("records database %s was removed or replaced while open", self._path)
            self._conn.close()
            self._conn = None
        if self._conn is None:
            self._repair_side_files()
            try:
                self._conn = self._connect()
            except sqlite3.Error as exc:
                if self._pending and self.problem is StoreProblem.NONE:
                    self._unavailable(exc)
                return not self._pending
        # Known to be locked: try briefly, so the app (and its answers to the command line)
        # never waits the full busy timeout again for each record it holds meanwhile.
        usual_ms = self._conn.execute("PRAGMA busy_timeout").fetchone()[0]
        if self.problem is StoreProblem.UNAVAILABLE and self._pending:
            self._conn.execute(f"PRAGMA busy_timeout={min(usual_ms, QUICK_RETRY_MS)}")
        while self._pending:
            op, _item = self._pending[0]
            try:
                with self._conn:
                    op(self._conn)
            except sqlite3.Error as exc:
                if self.problem is not StoreProblem.UNAVAILABLE:
                    self._unavailable(exc)
                # Reconnect next time: SQLite opens a read-only file read-only and would keep
                # refusing on this connection even after the file became writable.
                self._conn.close()
                self._conn = None
                return False
            self._pending.pop(0)
        if self.problem is StoreProblem.UNAVAILABLE:
            self._conn.execute(f"PRAGMA busy_timeout={int(usual_ms)}")
            log.info("records database is writable again; everything kept in memory is saved")
            self.problem = StoreProblem.NONE
            self.error = ""
        return True

    def add_records(self, records: list[Record]) -> None:
        """Append reminder log rows."""
        if not records:
            return
        rows = [
            (_iso(r.at), r.kind.value, r.outcome.value, _iso(r.due) if r.due else None, r.detail)
            for r in records
        ]

        def op(conn: sqlite3.Connection) -> None:
            conn.executemany(
                "INSERT INTO reminder_log (at, kind, outcome, due, detail) VALUES (?,?,?,?,?)",
                rows,
            )

        self._write(op, records)

    def add_drink(self, at: dt.datetime, ml: int, source: str, request: str = "") -> bool:
        """Log a drink of ``ml`` millilitres; False if its ``request`` was already carried out.

        ``request``: the id of the command-line request that asks for it. The drink and the id
        are stored in one transaction, and a drink whose id is stored (by the app, or by the
        command itself) is not stored again.
        """
        if ml <= 0:
            raise ValueError("a drink must be more than 0 ml")
        if request and (self.holds_request(request) or self.handled(request)):
            return False
        drink = Drink(at, ml, source, request=request)
        row = (_iso(at), ml, source)

        def op(conn: sqlite3.Connection) -> None:
            if not request:
                conn.execute("INSERT INTO drinks (at, ml, source) VALUES (?,?,?)", row)
                return
            # Plain statements, no branching on results: a held drink is kept as its SQL in the
            # recovery file (storage/held.py) and replayed inside the merge's transaction.
            conn.execute("SAVEPOINT add_drink")
            try:
                conn.execute(
                    "INSERT INTO drinks (at, ml, source) SELECT ?, ?, ? WHERE NOT EXISTS "
                    "(SELECT 1 FROM handled_requests WHERE id = ?)",
                    (*row, request),
                )
                conn.execute(
                    "INSERT OR IGNORE INTO handled_requests (id, at) VALUES (?, ?)",
                    (request, row[0]),
                )
                conn.execute("RELEASE add_drink")
            except BaseException:
                if isinstance(conn, sqlite3.Connection) and conn.in_transaction:
                    conn.execute("ROLLBACK TO add_drink")
                    conn.execute("RELEASE add_drink")
                raise

        self._write(op, drink)
        return True

    def holds_request(self, request: str) -> bool:
        """Whether the drink of ``request`` waits in memory (the database cannot be written)."""
        return any(d.request == request for d in self._pending_items(Drink))

    def _waiting_drinks(self) -> list[Drink]:
        """The drinks waiting in memory, less those a command stored meanwhile (same request)."""
        return [
            d for d in self._pending_items(Drink) if not (d.request and self.handled(d.request))
        ]

    def handled(self, request: str) -> bool:
        """Whether ``request`` is stored as carried out."""
        return bool(self._query("SELECT 1 FROM handled_requests WHERE id = ?", (request,)))

    def undo_last_drink(self, since: dt.datetime) -> Drink | None:
        """Remove the latest drink logged at or after ``since``; return it."""
        for index in range(len(self._pending) - 1, -1, -1):
            item = self._pending[index][1]
            if isinstance(item, Drink) and item.at >= since:
                del self._pending[index]
                return item
        if self._conn is None:
            return None
        try:
            with self._conn:
                row = self._conn.execute(
                    "SELECT id, at, ml, source FROM drinks WHERE at >= ? ORDER BY at DESC, id DESC "
                    "LIMIT 1",
                    (_iso(since),),
                ).fetchone()
                if row is None:
                    return None
                self._conn.execute("DELETE FROM drinks WHERE id = ?", (row[0],))
        except sqlite3.Error as exc:
            self._unavailable(exc)
            return None
        return Drink(_parse(row[1]), row[2], row[3], row[0])

    def save_state(self, state: EngineState) -> None:
        """Remember the engine state (replaces any earlier one still waiting)."""
        text = state_to_json(state)
        self._pending = [p for p in self._pending if not isinstance(p[1], EngineState)]

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('engine', ?)", (text,))

        self._write(op, state)

    def save_value(self, key: str, value: Any) -> None:
        """Remember a small JSON value under ``key`` (for example which tips were shown)."""
        if key in ("engine", "sitting"):
            raise ValueError(f"{key!r} is kept by its own method")
        text = json.dumps(value)

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", (key, text))

        self._write(op, ("value", key, value))

    def load_value(self, key: str, default: Any = None) -> Any:
        """Return the JSON value saved under ``key`` (``default`` if none or unreadable)."""
        for item in reversed(self._pending_items(tuple)):
            if len(item) == 3 and item[0] == "value" and item[1] == key:
                return item[2]
        rows = self._query("SELECT value FROM state WHERE key = ?", (key,))
        if not rows:
            return default
        try:
            return json.loads(rows[0][0])
        except ValueError:
            log.warning("saved value %s unreadable; using the default", key)
            return default

    def save_sitting(self, state: SittingState) -> None:
        """Remember the sitting timer (replaces any earlier one still waiting)."""
        text = sitting_to_json(state)
        self._pending = [p for p in self._pending if not isinstance(p[1], SittingState)]

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("INSERT OR REPLACE INTO state (key, value) VALUES ('sitting', ?)", (text,))

        self._write(op, state)

    def add_breaks(self, breaks: list[Break]) -> None:
        """Record breaks from sitting."""
        for item in breaks:
            row = (_iso(item.start), _iso(item.end), item.source.value)

            def op(conn: sqlite3.Connection, row: tuple[str, str, str] = row) -> None:
                conn.execute("INSERT INTO breaks (started, ended, source) VALUES (?,?,?)", row)

            self._write(op, item)

    def add_session(self, session: RoutineSession) -> None:
        """Record a run of a routine."""
        row = (
            session.routine,
            _iso(session.started),
            _iso(session.ended),
            "finished" if session.finished else "stopped",
            session.stopped_at,
            json.dumps(list(session.skipped)),
        )

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO routine_sessions (routine, started, ended, outcome, stopped_at, "
                "skipped) VALUES (?,?,?,?,?,?)",
                row,
            )

        self._write(op, session)

    def save_episode(self, episode: Episode) -> None:
        """Record a cramp episode, or replace the earlier version with the same ``uid``."""
        self._forget_pending_episode(episode.uid)
        row = (
            episode.uid,
            _iso(episode.started),
            episode.duration_s,
            episode.area,
            episode.side,
            episode.severity,
            json.dumps(list(episode.feelings)),
            json.dumps(list(episode.context)),
            json.dumps(list(episode.helped)),
            episode.notes,
            episode.source,
            json.dumps(list(episode.triggers)),
            episode.relief_minutes,
            None if episode.woke_me is None else int(episode.woke_me),
            episode.sleep_disruption,
            episode.soreness_next_day,
            json.dumps(list(episode.red_flags)),
        )

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                f"INSERT INTO cramp_episodes ({EPISODE_COLUMNS}) "
                f"VALUES ({','.join('?' * len(row))}) "
                "ON CONFLICT (uid) DO UPDATE SET started=excluded.started, "
                "duration_s=excluded.duration_s, area=excluded.area, side=excluded.side, "
                "severity=excluded.severity, feelings=excluded.feelings, "
                "context=excluded.context, helped=excluded.helped, notes=excluded.notes, "
                "triggers=excluded.triggers, relief_minutes=excluded.relief_minutes, "
                "woke_me=excluded.woke_me, sleep_disruption=excluded.sleep_disruption, "
                "soreness_next_day=excluded.soreness_next_day, red_flags=excluded.red_flags",
                row,
            )

        self._write(op, episode)

    def delete_episode(self, uid: str) -> Episode | None:
        """Delete the cramp episode ``uid``; return it (``save_episode`` brings it back).

        Returns None if there is no such episode. A version still waiting in memory is dropped;
        if the database cannot be written now, the deletion waits in memory like any write.
        """
        waiting = [
            item
            for _op, item in self._pending
            if isinstance(item, Episode | _DeletedEpisode) and item.uid == uid
        ]
        found = waiting[-1] if waiting else None
        if isinstance(found, _DeletedEpisode):
            return None  # already deleted
        if found is None:
            rows = self._query(
                f"SELECT {EPISODE_COLUMNS} FROM cramp_episodes WHERE uid = ?", (uid,)
            )
            if not rows:
                return None
            found = _episode(rows[0])
        self._forget_pending_episode(uid)

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM cramp_episodes WHERE uid = ?", (uid,))

        self._write(op, _DeletedEpisode(uid))
        return found

    def _forget_pending_episode(self, uid: str) -> None:
        """Drop the writes of episode ``uid`` (saves and deletions) still waiting in memory."""
        self._pending = [
            p
            for p in self._pending
            if not (isinstance(p[1], Episode | _DeletedEpisode) and p[1].uid == uid)
        ]

    def save_medicine(self, medicine: Medicine) -> None:
        """Record a medicine, or replace the earlier version with the same ``uid``."""
        self._forget_pending_medicine(medicine.uid)
        row = (
            medicine.uid,
            medicine.name,
            _day(medicine.started),
            _day(medicine.stopped),
            medicine.note,
        )

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT INTO medicines (uid, name, started, stopped, note) VALUES (?,?,?,?,?) "
                "ON CONFLICT (uid) DO UPDATE SET name=excluded.name, started=excluded.started, "
                "stopped=excluded.stopped, note=excluded.note",
                row,
            )

        self._write(op, medicine)

    def delete_medicine(self, uid: str) -> Medicine | None:
        """Delete the medicine ``uid``; return it (``save_medicine`` brings it back).

        Returns None if there is no such medicine. Like :meth:`delete_episode`, the deletion
        waits in memory if the database cannot be written now.
        """
        waiting = [
            item
            for _op, item in self._pending
            if isinstance(item, Medicine | _DeletedMedicine) and item.uid == uid
        ]
        found = waiting[-1] if waiting else None
        if isinstance(found, _DeletedMedicine):
            return None  # already deleted
        if found is None:
            rows = self._query(
                "SELECT uid, name, started, stopped, note FROM medicines WHERE uid = ?", (uid,)
            )
            if not rows:
                return None
            found = _medicine(rows[0])
        self._forget_pending_medicine(uid)

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM medicines WHERE uid = ?", (uid,))

        self._write(op, _DeletedMedicine(uid))
        return found

    def _forget_pending_medicine(self, uid: str) -> None:
        """Drop the writes of medicine ``uid`` (saves and deletions) still waiting in memory."""
        self._pending = [
            p
            for p in self._pending
            if not (isinstance(p[1], Medicine | _DeletedMedicine) and p[1].uid == uid)
        ]

    def save_profile(self, profile: MedicalProfile) -> None:
        """Remember the medical profile (replaces any earlier one still waiting).

        Every key is written, "not known" as an empty value, so that restoring a backup (which
        only adds missing keys) never brings back an answer the person has changed since.
        """
        self._pending = [p for p in self._pending if not isinstance(p[1], MedicalProfile)]
        since = medical.format_month(profile.cramps_since) if profile.cramps_since else ""
        values = (
            ("cramps_since", since),
            ("conditions", json.dumps(list(profile.conditions))),
            ("conditions_note", profile.conditions_note),
        )

        def op(conn: sqlite3.Connection) -> None:
            conn.executemany("INSERT OR REPLACE INTO profile (key, value) VALUES (?, ?)", values)

        self._write(op, profile)

    def set_day_goal(self, day: dt.date, goal_ml: int | None) -> None:
        """Remember ``goal_ml`` as the water goal that applied on ``day`` (replaces it).

        None records that the day had no goal (none set, or a fluid limit): it is never
        counted as a goal reached, nor read against another day's goal.
        """
        if goal_ml is not None and goal_ml <= 0:
            raise ValueError("a water goal must be more than 0 ml")
        self._pending = [
            p for p in self._pending if not (isinstance(p[1], _DayGoal) and p[1].day == day)
        ]
        key = day.isoformat()

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT OR REPLACE INTO day_goals (day, goal_ml) VALUES (?, ?)", (key, goal_ml)
            )

        self._write(op, _DayGoal(day, goal_ml))

    # --- reading ----------------------------------------------------------------------------

    def _query(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        conn = self._conn
        if conn is None:
            try:
                conn = self._conn = self._connect()
            except sqlite3.Error as exc:
                conn = self._read_only() if _cannot_write(exc) else None
                if conn is None:
                    return []
        try:
            return conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            log.warning("could not read records: %s", exc)
            return []

    def _read_only(self) -> sqlite3.Connection | None:
        """A connection that reads the file where it can't be opened for writing (a read-only
        folder), or None if there is nothing to read."""
        if self._reader is None and not self._reader_failed and self._path.exists():
            try:
                reader = reading.open_for_reading(self._path)
                if reader.execute("PRAGMA user_version").fetchone()[0] != len(SCHEMA):
                    reader.close()
                    raise sqlite3.DatabaseError("not this version's database")
                self._reader = reader
            except sqlite3.Error as exc:
                log.warning("could not read records %s: %s", self._path, exc)
                self._reader_failed = True
        return self._reader

    def _pending_items(self, kind: type) -> list[Any]:
        return [item for _op, item in self._pending if isinstance(item, kind)]

    def water_total(self, start: dt.datetime, end: dt.datetime) -> int:
        """Return the millilitres drunk in ``[start, end)``."""
        rows = self._query(
            "SELECT coalesce(sum(ml), 0) FROM drinks WHERE at >= ? AND at < ?",
            (_iso(start), _iso(end)),
        )
        total = int(rows[0][0]) if rows else 0
        waiting: int = sum(d.ml for d in self._waiting_drinks() if start <= d.at < end)
        return total + waiting

    def drinks(self, start: dt.datetime, end: dt.datetime) -> list[Drink]:
        """Return the drinks in ``[start, end)``, oldest first."""
        rows = self._query(
            "SELECT id, at, ml, source FROM drinks WHERE at >= ? AND at < ? ORDER BY at, id",
            (_iso(start), _iso(end)),
        )
        stored = [Drink(_parse(r[1]), r[2], r[3], r[0]) for r in rows]
        waiting = [d for d in self._waiting_drinks() if start <= d.at < end]
        return stored + waiting

    def drink_totals(self, bounds: Sequence[dt.datetime]) -> list[tuple[int, int]]:
        """The millilitres drunk and the number of drinks in each ``[bounds[i], bounds[i + 1])``.

        ``bounds`` ascend (local midnights, for days). One pass over the rows, comparing the
        stored UTC texts, without making a drink object each: years of drinks in a few ms.
        """
        if len(bounds) < 2:
            return []
        keys = [_iso(b) for b in bounds]
        rows = self._query(
            "SELECT at, ml FROM drinks WHERE at >= ? AND at < ? ORDER BY at",
            (keys[0], keys[-1]),
        )
        ml = [0] * (len(bounds) - 1)
        count = [0] * (len(bounds) - 1)
        span = 0
        for at, amount in rows:
            while at >= keys[span + 1]:
                span += 1
            ml[span] += amount
            count[span] += 1
        for drink in self._waiting_drinks():
            if bounds[0] <= drink.at < bounds[-1]:
                span = bisect.bisect_right(bounds, drink.at) - 1
                ml[span] += drink.ml
                count[span] += 1
        return list(zip(ml, count, strict=True))

    def last_drink_at(self) -> dt.datetime | None:
        """Return when the latest drink was logged."""
        rows = self._query("SELECT max(at) FROM drinks", ())
        stored = [_parse(rows[0][0])] if rows and rows[0][0] else []
        times = stored + [d.at for d in self._waiting_drinks()]
        return max(times) if times else None

    def records(self, start: dt.datetime, end: dt.datetime) -> list[Record]:
        """Return the reminder log rows in ``[start, end)``, oldest first."""
        rows = self._query(
            "SELECT at, kind, outcome, due, detail FROM reminder_log WHERE at >= ? AND at < ? "
            "ORDER BY at, id",
            (_iso(start), _iso(end)),
        )
        stored = [
            Record(_parse(a), ReminderKind(k), Outcome(o), _parse(d) if d else None, detail)
            for a, k, o, d, detail in rows
        ]
        waiting = [r for batch in self._pending_items(list) for r in batch if start <= r.at < end]
        return stored + waiting

    def outcome_counts(self, start: dt.datetime, end: dt.datetime) -> Counter[Outcome]:
        """Count the outcomes in ``[start, end)`` over all kinds."""
        return Counter(r.outcome for r in self.records(start, end))

    def breaks(self, start: dt.datetime, end: dt.datetime) -> list[Break]:
        """Return the breaks that started in ``[start, end)``, oldest first."""
        rows = self._query(
            "SELECT started, ended, source FROM breaks WHERE started >= ? AND started < ? "
            "ORDER BY started, id",
            (_iso(start), _iso(end)),
        )
        stored = [Break(_parse(s), _parse(e), BreakSource(src)) for s, e, src in rows]
        waiting = [b for b in self._pending_items(Break) if start <= b.start < end]
        return stored + waiting

    def sessions(self, start: dt.datetime, end: dt.datetime) -> list[RoutineSession]:
        """Return the routine runs that started in ``[start, end)``, oldest first."""
        rows = self._query(
            "SELECT routine, started, ended, outcome, stopped_at, skipped FROM routine_sessions "
            "WHERE started >= ? AND started < ? ORDER BY started, id",
            (_iso(start), _iso(end)),
        )
        stored = [
            RoutineSession(r, _parse(s), _parse(e), o == "finished", at, tuple(json.loads(sk)))
            for r, s, e, o, at, sk in rows
        ]
        waiting = [s for s in self._pending_items(RoutineSession) if start <= s.started < end]
        return stored + waiting

    def episodes(self, start: dt.datetime, end: dt.datetime) -> list[Episode]:
        """Return the cramp episodes that started in ``[start, end)``, oldest first."""
        rows = self._query(
            f"SELECT {EPISODE_COLUMNS} FROM cramp_episodes WHERE started >= ? AND started < ? "
            "ORDER BY started, id",
            (_iso(start), _iso(end)),
        )
        waiting = {e.uid: e for e in self._pending_items(Episode) if start <= e.started < end}
        # Saved again (or elsewhere in time) while waiting, or deleted while waiting.
        hidden = {e.uid for e in self._pending_items(Episode)} | {
            d.uid for d in self._pending_items(_DeletedEpisode)
        }
        stored = [_episode(row) for row in rows if row[0] not in hidden]
        return sorted([*stored, *waiting.values()], key=lambda e: e.started)

    def medicines(self) -> list[Medicine]:
        """Return every medicine, by start date (unknown first), then by name."""
        rows = self._query("SELECT uid, name, started, stopped, note FROM medicines", ())
        waiting = {m.uid: m for m in self._pending_items(Medicine)}
        hidden = set(waiting) | {d.uid for d in self._pending_items(_DeletedMedicine)}
        stored = []
        for row in rows:
            if row[0] in hidden:
                continue
            try:
                stored.append(_medicine(row))
            except ValueError as exc:
                log.warning("medicine %s unreadable (%s); not shown", row[0], exc)
        return sorted(
            [*stored, *waiting.values()],
            key=lambda m: (m.started is not None, m.started or dt.date.min, m.name.casefold()),
        )

    def load_profile(self) -> MedicalProfile:
        """Return the medical profile (each unreadable or missing answer as "not given")."""
        waiting = self._pending_items(MedicalProfile)
        if waiting:
            return waiting[-1]  # type: ignore[no-any-return]
        values = dict(self._query("SELECT key, value FROM profile", ()))
        since: tuple[int, int] | None = None
        if values.get("cramps_since"):
            try:
                since = medical.parse_month(values["cramps_since"])
            except ValueError:
                log.warning("saved cramps_since unreadable; not given")
        conditions: tuple[str, ...] = ()
        try:
            raw = json.loads(values.get("conditions", "[]"))
            if isinstance(raw, list):
                conditions = medical.sorted_conditions(c for c in raw if isinstance(c, str))
        except ValueError:
            log.warning("saved conditions unreadable; none given")
        note = values.get("conditions_note", "")
        return MedicalProfile(since, conditions, note if isinstance(note, str) else "")

    def day_goals(self, start: dt.date, end: dt.date) -> dict[dt.date, int | None]:
        """Return the water goal recorded for each day in ``[start, end)``.

        None: the day was recorded as having no goal. Days the app recorded nothing for
        (it did not run) are missing.
        """
        rows = self._query(
            "SELECT day, goal_ml FROM day_goals WHERE day >= ? AND day < ? ORDER BY day",
            (start.isoformat(), end.isoformat()),
        )
        goals: dict[dt.date, int | None] = {}
        for day, goal in rows:
            try:
                goals[dt.date.fromisoformat(day)] = None if goal is None else int(goal)
            except (TypeError, ValueError):
                log.warning("day goal of %r unreadable; skipped", day)
        for item in self._pending_items(_DayGoal):
            if start <= item.day < end:
                goals[item.day] = item.goal_ml
        return dict(sorted(goals.items()))

    def first_record_at(self) -> dt.datetime | None:
        """The earliest time anything was recorded (a reminder, drink, break, routine, cramp)."""
        firsts = [
            row[0]
            for row in self._query(
                "SELECT MIN(at) FROM reminder_log UNION ALL SELECT MIN(at) FROM drinks "
                "UNION ALL SELECT MIN(started) FROM breaks "
                "UNION ALL SELECT MIN(started) FROM routine_sessions "
                "UNION ALL SELECT MIN(started) FROM cramp_episodes",
                (),
            )
            if row[0] is not None
        ]
        found = [_parse(value) for value in firsts]
        for _op, item in self._pending:
            for name in ("at", "started", "start"):
                value = getattr(item, name, None)
                if isinstance(value, dt.datetime):
                    found.append(value)
        return min(found) if found else None

    def load_sitting(self) -> SittingState | None:
        """Return the saved sitting timer, if any."""
        waiting = self._pending_items(SittingState)
        if waiting:
            return waiting[-1]  # type: ignore[no-any-return]
        rows = self._query("SELECT value FROM state WHERE key = 'sitting'", ())
        if not rows:
            return None
        try:
            return sitting_from_json(rows[0][0])
        except (ValueError, TypeError, KeyError) as exc:
            log.warning("saved sitting timer unreadable (%s); starting fresh", exc)
            return None

    def load_state(self) -> EngineState | None:
        """Return the saved engine state, if any."""
        waiting = self._pending_items(EngineState)
        if waiting:
            return waiting[-1]  # type: ignore[no-any-return]
        rows = self._query("SELECT value FROM state WHERE key = 'engine'", ())
        if not rows:
            return None
        try:
            return state_from_json(rows[0][0], self._now())
        except (ValueError, AttributeError, TypeError, KeyError) as exc:
            log.warning("saved reminder state unreadable (%s); starting fresh", exc)
            return None


def _migrate(conn: sqlite3.Connection, number: int) -> None:
    """Run schema step ``number`` (0-based) and set the version, in one transaction.

    ``executescript`` first commits any transaction already open, so the step's BEGIN, its
    statements, the new version and the COMMIT are one script; on any error the step is
    rolled back and the file stays at the version before it.
    """
    script = SCHEMA[number].replace("\n    ", "\n")
    try:
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version={number + 1};\nCOMMIT;"
        )
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


@functools.lru_cache(maxsize=4096)
def _named(item: Any) -> str:
    """What a held record is, for the log: its kind and id, never what the person wrote."""
    if isinstance(item, tuple) and len(item) == 3 and item[0] == "value":
        return f"saved value {item[1]}"
    if isinstance(item, list | tuple):
        kinds = sorted({type(part).__name__ for part in item})
        return f"{len(item)} records ({', '.join(kinds) or 'none'})"
    uid = getattr(item, "uid", None)
    return f"{type(item).__name__} {uid}" if uid is not None else type(item).__name__


def _texts(value: str) -> tuple[str, ...]:
    """A stored JSON list of words (the same few lists recur: each is decoded once)."""
    return tuple(json.loads(value))


def _episode(row: tuple[Any, ...]) -> Episode:
    (uid, started, duration, area, side, severity, feelings, context, helped, notes, source) = row[
        :11
    ]
    triggers, relief, woke, sleep, soreness, flags = row[11:]
    return Episode(
        started=_parse(started),
        duration_s=duration,
        area=area,
        side=side,
        severity=severity,
        feelings=_texts(feelings),
        context=_texts(context),
        helped=_texts(helped),
        notes=notes,
        triggers=_texts(triggers),
        relief_minutes=relief,
        woke_me=None if woke is None else bool(woke),
        sleep_disruption=sleep,
        soreness_next_day=soreness,
        red_flags=_texts(flags),
        source=source,
        uid=uid,
    )


def _day(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


def _medicine(row: tuple[Any, ...]) -> Medicine:
    uid, name, started, stopped, note = row
    return Medicine(
        name=name,
        started=dt.date.fromisoformat(started) if started else None,
        stopped=dt.date.fromisoformat(stopped) if stopped else None,
        note=note,
        uid=uid,
    )


def create_database(path: Path) -> None:
    """Make a new, empty records database at ``path`` with the current schema (private)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        path.chmod(0o600)
        conn.execute("PRAGMA journal_mode=WAL")
        for number in range(len(SCHEMA)):
            _migrate(conn, number)
    finally:
        conn.close()


def _cannot_write(exc: Exception) -> bool:
    """Whether SQLite failed because it may not write beside the file (a read-only folder)."""
    text = str(exc).lower()
    return "readonly" in text or "unable to open" in text
