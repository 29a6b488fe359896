"""The records store's base: the connection, writes held in memory, retries, reading.

:class:`StoreBase` opens the database (salvaging a damaged file for the app), holds each write
in memory until it reaches the disk, retries on each later write and by :meth:`StoreBase.retry`,
and reads through a read-only connection while the file can't be opened for writing
(:mod:`spasm_desktop.storage.reading`). The queries and writes themselves are in
:mod:`~spasm_desktop.storage.records_reads` and :mod:`~spasm_desktop.storage.records`.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from spasm_desktop.storage import held, reading, records_schema
from spasm_desktop.storage import salvage as salvage_mod
from spasm_desktop.storage.records_data import Recovered, StoreProblem, Write

log = logging.getLogger(__name__)

#: How long a write waits for a lock held by another process (ms), and how long a retry waits
#: once the database is known to be locked.
BUSY_TIMEOUT_MS = 2000
QUICK_RETRY_MS = 100


class StoreBase:
    """The records database's connection, and the writes waiting in memory."""

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
            if version > len(records_schema.SCHEMA):
                raise sqlite3.DatabaseError(f"database is from a newer version ({version})")
            for number in range(version, len(records_schema.SCHEMA)):
                records_schema.migrate(conn, number)
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
                self._path, self._now(), records_schema.create_database, damage.reason
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
            if isinstance(item, Recovered):
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
        item = Recovered(tuple(entries))
        self._write(held.merge_op(item.entries, self._now()), item)
        return not any(isinstance(i, Recovered) for _op, i in self._pending)

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    @property
    def pending_count(self) -> int:
        """How many writes wait in memory."""
        return len(self._pending)

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
        folder), or None if there is nothing to read.
        """
        if self._reader is None and not self._reader_failed and self._path.exists():
            try:
                reader = reading.open_for_reading(self._path)
                if reader.execute("PRAGMA user_version").fetchone()[0] != len(
                    records_schema.SCHEMA
                ):
                    reader.close()
                    raise sqlite3.DatabaseError("not this version's database")
                self._reader = reader
            except sqlite3.Error as exc:
                log.warning("could not read records %s: %s", self._path, exc)
                self._reader_failed = True
        return self._reader

    def _pending_items(self, kind: type) -> list[Any]:
        return [item for _op, item in self._pending if isinstance(item, kind)]


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


def _cannot_write(exc: Exception) -> bool:
    """Whether SQLite failed because it may not write beside the file (a read-only folder)."""
    text = str(exc).lower()
    return "readonly" in text or "unable to open" in text
