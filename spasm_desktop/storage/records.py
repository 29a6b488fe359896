"""The person's records in SQLite: drinks, reminders, cramps, medical profile, engine state.

Also every reminder's outcome, medicines with their start and stop dates, and the water goal
that applied on each day (or that the day had none).

WAL mode with ``synchronous=FULL``: once a write call returns, the row survives a kill or power
loss. The store never stops the app: if the database is locked, read-only or cannot be opened,
writes wait in memory (and count in every total) and are retried on each later write and by
:meth:`RecordStore.retry`. A damaged file is never written: opened for the command line it
raises :class:`salvage.DamagedRecords`; the app (``salvage=True``) salvages it (see
:mod:`spasm_desktop.storage.salvage`), or, if that fails, holds records in memory.

This module is the store's public face: :class:`RecordStore` (its writes here, its queries in
:mod:`~spasm_desktop.storage.records_reads`, the connection and held writes in
:mod:`~spasm_desktop.storage.records_base`) and the names callers use, re-exported from
:mod:`~spasm_desktop.storage.records_schema` and :mod:`~spasm_desktop.storage.records_data`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from spasm_desktop.core import medical
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.core.nights import MorningAnswer
from spasm_desktop.core.reminders import EngineState, Record
from spasm_desktop.core.sitting import Break, SittingState
from spasm_desktop.storage.records_data import (
    ANSWER_COLUMNS,
    EPISODE_COLUMNS,
    EPISODE_UPSERT,
    PROFILE_KEYS,
    CheckinWrite,
    DayGoal,
    DeletedAnswer,
    DeletedEpisode,
    DeletedMedicine,
    Drink,
    RoutineSession,
    StoreProblem,
    answer_row,
    day_text,
    episode_from_row,
    episode_row,
    iso,
    medicine_from_row,
    parse_time,
    sitting_from_json,
    sitting_to_json,
    state_from_json,
    state_to_json,
)
from spasm_desktop.storage.records_reads import RecordReads
from spasm_desktop.storage.records_schema import SCHEMA, create_database
from spasm_desktop.storage.records_schema import migrate as _migrate

__all__ = [
    "PROFILE_KEYS",
    "SCHEMA",
    "Drink",
    "RecordStore",
    "RoutineSession",
    "StoreProblem",
    "_migrate",
    "create_database",
    "sitting_from_json",
    "sitting_to_json",
    "state_from_json",
    "state_to_json",
]


class RecordStore(RecordReads):
    """Typed access to the records database."""

    def add_records(self, records: list[Record]) -> None:
        """Append reminder log rows."""
        if not records:
            return
        rows = [
            (iso(r.at), r.kind.value, r.outcome.value, iso(r.due) if r.due else None, r.detail)
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
        row = (iso(at), ml, source)

        def op(conn: sqlite3.Connection) -> None:
            if not request:
                conn.execute("INSERT INTO drinks (at, ml, source) VALUES (?,?,?)", row)
                return
            # Plain statements, no branching on results: a held drink is kept as its SQL in the
            # recovery file (storage/held.py) and replayed inside the merge's transaction.
            with _savepoint(conn, "add_drink"):
                conn.execute(
                    "INSERT INTO drinks (at, ml, source) SELECT ?, ?, ? WHERE NOT EXISTS "
                    "(SELECT 1 FROM handled_requests WHERE id = ?)",
                    (*row, request),
                )
                conn.execute(
                    "INSERT OR IGNORE INTO handled_requests (id, at) VALUES (?, ?)",
                    (request, row[0]),
                )

        self._write(op, drink)
        return True

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
                    (iso(since),),
                ).fetchone()
                if row is None:
                    return None
                self._conn.execute("DELETE FROM drinks WHERE id = ?", (row[0],))
        except sqlite3.Error as exc:
            self._unavailable(exc)
            return None
        return Drink(parse_time(row[1]), row[2], row[3], row[0])

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
            row = (iso(item.start), iso(item.end), item.source.value)

            def op(conn: sqlite3.Connection, row: tuple[str, str, str] = row) -> None:
                conn.execute("INSERT INTO breaks (started, ended, source) VALUES (?,?,?)", row)

            self._write(op, item)

    def add_session(self, session: RoutineSession) -> None:
        """Record a run of a routine."""
        row = (
            session.routine,
            iso(session.started),
            iso(session.ended),
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
        row = episode_row(episode)

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(EPISODE_UPSERT, row)

        self._write(op, episode)

    def save_morning_answer(
        self,
        answer: MorningAnswer,
        episodes: Sequence[Episode] = (),
        replacing: Sequence[str] = (),
    ) -> None:
        """Record the morning check-in's answer for its night (replacing an earlier one) and
        the episodes of its count, in one transaction; the episodes ``replacing`` (uids: those
        an earlier answer stored) are deleted in the same transaction.
        """
        answer_values = answer_row(answer)
        rows = [episode_row(e) for e in episodes]
        replaced = tuple(replacing)
        for uid in replaced:
            self._forget_pending_episode(uid)

        def op(conn: sqlite3.Connection) -> None:
            # Plain statements only: a held write is kept as its SQL (storage/held.py).
            with _savepoint(conn, "morning_answer"):
                for uid in replaced:
                    conn.execute("DELETE FROM cramp_episodes WHERE uid = ?", (uid,))
                conn.execute(
                    f"INSERT OR REPLACE INTO morning_answers ({ANSWER_COLUMNS}) "
                    f"VALUES ({','.join('?' * len(answer_values))})",
                    answer_values,
                )
                for row in rows:
                    conn.execute(EPISODE_UPSERT, row)

        self._write(op, CheckinWrite(answer, tuple(episodes), replaced))

    def delete_morning_answer(self, night: dt.date, episodes: Sequence[str] = ()) -> None:
        """Delete the answer for ``night`` and the episodes ``episodes`` (uids: those it
        stored), in one transaction (undoing an answer entered in the diary).
        """
        uids = tuple(episodes)
        for uid in uids:
            self._forget_pending_episode(uid)

        def op(conn: sqlite3.Connection) -> None:
            with _savepoint(conn, "morning_answer"):
                conn.execute("DELETE FROM morning_answers WHERE night = ?", (night.isoformat(),))
                for uid in uids:
                    conn.execute("DELETE FROM cramp_episodes WHERE uid = ?", (uid,))

        self._write(op, DeletedAnswer(night, uids))

    def delete_episode(self, uid: str) -> Episode | None:
        """Delete the cramp episode ``uid``; return it (``save_episode`` brings it back).

        Returns None if there is no such episode. A version still waiting in memory is dropped;
        if the database cannot be written now, the deletion waits in memory like any write.
        """
        waiting = [item for item in self._pending_episodes() if item.uid == uid]
        found = waiting[-1] if waiting else None
        if isinstance(found, DeletedEpisode):
            return None  # already deleted
        if found is None:
            rows = self._query(
                f"SELECT {EPISODE_COLUMNS} FROM cramp_episodes WHERE uid = ?", (uid,)
            )
            if not rows:
                return None
            found = episode_from_row(rows[0])
        self._forget_pending_episode(uid)

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM cramp_episodes WHERE uid = ?", (uid,))

        self._write(op, DeletedEpisode(uid))
        return found

    def _forget_pending_episode(self, uid: str) -> None:
        """Drop the writes of episode ``uid`` (saves and deletions) still waiting in memory."""
        self._pending = [
            p
            for p in self._pending
            if not (isinstance(p[1], Episode | DeletedEpisode) and p[1].uid == uid)
        ]

    def save_medicine(self, medicine: Medicine) -> None:
        """Record a medicine, or replace the earlier version with the same ``uid``."""
        self._forget_pending_medicine(medicine.uid)
        row = (
            medicine.uid,
            medicine.name,
            day_text(medicine.started),
            day_text(medicine.stopped),
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
            if isinstance(item, Medicine | DeletedMedicine) and item.uid == uid
        ]
        found = waiting[-1] if waiting else None
        if isinstance(found, DeletedMedicine):
            return None  # already deleted
        if found is None:
            rows = self._query(
                "SELECT uid, name, started, stopped, note FROM medicines WHERE uid = ?", (uid,)
            )
            if not rows:
                return None
            found = medicine_from_row(rows[0])
        self._forget_pending_medicine(uid)

        def op(conn: sqlite3.Connection) -> None:
            conn.execute("DELETE FROM medicines WHERE uid = ?", (uid,))

        self._write(op, DeletedMedicine(uid))
        return found

    def _forget_pending_medicine(self, uid: str) -> None:
        """Drop the writes of medicine ``uid`` (saves and deletions) still waiting in memory."""
        self._pending = [
            p
            for p in self._pending
            if not (isinstance(p[1], Medicine | DeletedMedicine) and p[1].uid == uid)
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
            p for p in self._pending if not (isinstance(p[1], DayGoal) and p[1].day == day)
        ]
        key = day.isoformat()

        def op(conn: sqlite3.Connection) -> None:
            conn.execute(
                "INSERT OR REPLACE INTO day_goals (day, goal_ml) VALUES (?, ?)", (key, goal_ml)
            )

        self._write(op, DayGoal(day, goal_ml))


@contextlib.contextmanager
def _savepoint(conn: sqlite3.Connection, name: str) -> Iterator[None]:
    """The statements inside as one step: released when they all ran, rolled back on an error.

    Plain statements only: a held write is kept as the SQL it ran (storage/held.py), which a
    recording connection (not an ``sqlite3.Connection``) collects, savepoint lines included.
    """
    conn.execute(f"SAVEPOINT {name}")
    try:
        yield
        conn.execute(f"RELEASE {name}")
    except BaseException:
        if isinstance(conn, sqlite3.Connection) and conn.in_transaction:
            conn.execute(f"ROLLBACK TO {name}")
            conn.execute(f"RELEASE {name}")
        raise
