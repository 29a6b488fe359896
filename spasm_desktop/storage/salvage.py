"""A damaged records database: found without writing to it, and salvaged by the app.

:func:`diagnose` tells a damaged file (not a database, a damaged page, cut short) from a sound
one, reading it read-only; a locked or unreadable file is not damaged (the store holds records
in memory meanwhile). The command line only ever diagnoses; the running app calls
:func:`salvage`, which

* keeps the damaged file as it is: a copy, ``records.sqlite3.damaged-YYYYMMDD-HHMMSS`` (and its
  ``-wal`` beside it), readable by the person only;
* builds a new database with the app's own schema (``create``) and copies into it every row
  SQLite can still read, table by table, and by rowid ranges around the pages it cannot read;
* if the file's first 100 bytes (the header) are damaged, reads a working copy whose header is
  rebuilt from the new database's (the same page size, the size of the file);
* puts the new database in the damaged one's place and says what came back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

#: Words in SQLite's errors that mean the file itself is damaged (not locked, not read-only).
DAMAGE_WORDS = ("not a database", "malformed", "corrupt", "disk image")
#: The size of an SQLite file header, and the page sizes SQLite can use.
HEADER = 100
PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
#: Rows read and written at a time.
BATCH = 500
_FIRST_ROWID = -(2**63)
_LAST_ROWID = 2**63 - 1


class DamagedRecords(sqlite3.DatabaseError):
    """The records database is damaged; it was neither changed nor replaced."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path} is damaged: {reason}")
        self.path = path
        self.reason = reason


def looks_damaged(exc: BaseException) -> bool:
    """Whether an SQLite error says the file is damaged (rather than locked or unreadable)."""
    text = str(exc).lower()
    return any(word in text for word in DAMAGE_WORDS)


def diagnose(path: Path) -> str | None:
    """Why the database at ``path`` is damaged, or None: missing, empty, sound, or only locked.

    Opened read-only (nothing is written, and no checkpoint moves a journal into the file), and
    checked with ``PRAGMA quick_check``, which reads every page of every table and index. Without
    a ``-wal`` beside it (no connection has it open in WAL mode) it is read as immutable, so
    that not even the empty side files appear.
    """
    try:
        if path.stat().st_size == 0:
            return None
    except OSError:
        return None
    mode = "mode=ro" if _side(path, "-wal").exists() else "immutable=1"
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?{mode}", uri=True, timeout=2.0)
    except sqlite3.Error:
        return None
    try:
        found = [row[0] for row in conn.execute("PRAGMA quick_check(3)").fetchall()]
    except sqlite3.DatabaseError as exc:
        return str(exc) if looks_damaged(exc) else None
    finally:
        conn.close()
    if found == ["ok"]:
        return None
    return "; ".join(str(line) for line in found)


def check(path: Path) -> None:
    """Raise :class:`DamagedRecords` if the database at ``path`` is damaged (see diagnose)."""
    reason = diagnose(path)
    if reason is not None:
        raise DamagedRecords(path, reason)


@dataclasses.dataclass(frozen=True)
class TableResult:
    """What came back of one table."""

    name: str
    #: Rows copied into the new database.
    recovered: int
    #: Whether the table could be found at all in the damaged file.
    found: bool = True
    #: Stretches of the table that could not be read (0: all of it was read).
    unreadable: int = 0
    #: At most this many rows were in the stretches that could not be read (ids skipped).
    lost_at_most: int = 0
    #: Rows read but refused by the new database's checks.
    refused: int = 0

    @property
    def complete(self) -> bool:
        """Every row of the table came back."""
        return self.found and not self.unreadable and not self.refused


@dataclasses.dataclass(frozen=True)
class SalvageResult:
    """What the salvage did: where the damaged file is kept, and what came back."""

    kept: Path
    reason: str
    tables: tuple[TableResult, ...]
    header_rebuilt: bool = False

    def recovered(self, name: str) -> int:
        """Rows of table ``name`` that came back."""
        return sum(t.recovered for t in self.tables if t.name == name)

    @property
    def complete(self) -> bool:
        """Every table was read in full."""
        return all(t.complete for t in self.tables)


def salvage(
    path: Path, now: dt.datetime, create: Callable[[Path], None], reason: str = ""
) -> SalvageResult:
    """Keep the damaged ``path`` aside and put a new database with what can be read in its place.

    ``create(new_path)`` makes an empty database with the app's schema. Raises
    :class:`OSError` or :class:`sqlite3.Error` if the new database cannot be built or put in
    place; the damaged file is then still where it was, unchanged.
    """
    kept = keep_copy(path, now)
    placing = False
    try:
        with tempfile.TemporaryDirectory(prefix=".salvage-", dir=path.parent) as work_dir:
            fresh, tables, rebuilt = _build(path, Path(work_dir), create)
            placing = True
            for suffix in ("-wal", "-shm"):  # they belong to the damaged file (kept with its copy)
                _side(path, suffix).unlink(missing_ok=True)
            fresh.replace(path)
    except BaseException:
        if not placing:  # the damaged file is still in place, whole: no copy piles up
            for suffix in ("", "-wal"):
                _side(kept, suffix).unlink(missing_ok=True)
        raise
    result = SalvageResult(kept, reason, tables, rebuilt)
    log.error(
        "records database was damaged (%s); kept it as %s; recovered %s",
        reason or "?",
        kept,
        ", ".join(f"{t.name} {t.recovered}{'' if t.complete else ' (part)'}" for t in tables),
    )
    return result


def _build(
    path: Path, work: Path, create: Callable[[Path], None]
) -> tuple[Path, tuple[TableResult, ...], bool]:
    """In ``work``: a new database with what can be read of ``path``; its tables; whether the
    header had to be rebuilt.
    """
    fresh = work / "new.sqlite3"
    create(fresh)
    source = work / "damaged.sqlite3"
    for suffix in ("", "-wal"):
        side = _side(path, suffix)
        if side.exists():
            shutil.copyfile(side, _side(source, suffix))
    src, rebuilt = _open_readable(source, fresh)
    dst = sqlite3.connect(fresh, isolation_level=None)
    try:
        tables = _copy_tables(src, dst)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        src.close()
        dst.close()
    fresh.chmod(0o600)
    return fresh, tables, rebuilt


def keep_copy(path: Path, now: dt.datetime) -> Path:
    """Copy ``path`` (and its ``-wal``) to ``NAME.damaged-YYYYMMDD-HHMMSS``, private; the path."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.damaged-{stamp}-{counter}")
        counter += 1
    for suffix in ("", "-wal"):
        side = _side(path, suffix)
        if side.exists():
            private = os.open(_side(target, suffix), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with side.open("rb") as source, os.fdopen(private, "wb") as out:
                shutil.copyfileobj(source, out)
                out.flush()
                os.fsync(out.fileno())
    return target


def _side(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def _tables(conn: sqlite3.Connection) -> list[str]:
    return [
        row[0]
        for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rootpage"
        )
    ]


def _open_readable(source: Path, fresh: Path) -> tuple[sqlite3.Connection, bool]:
    """A connection to the working copy that can read its tables; whether the header was rebuilt.

    If the tables can't be listed, the first 100 bytes are replaced by the new database's
    header with each possible page size in turn (the damaged header's own first), until they can.
    """
    conn = sqlite3.connect(source, isolation_level=None)
    try:
        _tables(conn)
        return conn, False
    except sqlite3.DatabaseError as exc:
        conn.close()
        log.warning("damaged records: cannot list the tables (%s); rebuilding the header", exc)
    header = bytearray(fresh.read_bytes()[:HEADER])
    with source.open("rb") as handle:
        old = handle.read(HEADER)
    size = source.stat().st_size
    stated = int.from_bytes(old[16:18], "big") if len(old) >= 18 else 0
    stated = 65536 if stated == 1 else stated
    sizes = [stated] if stated in PAGE_SIZES else []
    sizes += [s for s in PAGE_SIZES if s not in sizes]
    # Closing the first try moved what the -wal held into the copy (a checkpoint); what is left
    # of it would not fit a rebuilt header.
    _side(source, "-wal").unlink(missing_ok=True)
    for page_size in sizes:
        if size < page_size:
            continue
        header[16:18] = (1 if page_size == 65536 else page_size).to_bytes(2, "big")
        header[18:20] = b"\x01\x01"  # a rollback journal: nothing to look for beside it
        header[28:32] = (size // page_size).to_bytes(4, "big")
        header[92:96] = header[24:28]  # the size above is valid
        header[32:40] = bytes(8)  # no free pages
        with source.open("r+b") as handle:
            handle.write(header)
        conn = sqlite3.connect(source, isolation_level=None)
        try:
            if _tables(conn):
                return conn, True
        except sqlite3.DatabaseError:
            pass
        conn.close()
    return sqlite3.connect(":memory:", isolation_level=None), True


def _copy_tables(src: sqlite3.Connection, dst: sqlite3.Connection) -> tuple[TableResult, ...]:
    """Copy the rows of every table of the new database that the damaged one still has."""
    results = []
    dst.execute("BEGIN IMMEDIATE")
    try:
        # The indexes are built again after the rows are in: faster than row by row.
        indexes = dst.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        ).fetchall()
        for name, _sql in indexes:
            dst.execute(f'DROP INDEX "{name}"')
        for table in _tables(dst):
            results.append(_copy_table(src, dst, table))
        for _name, sql in indexes:
            dst.execute(sql)
        dst.execute("COMMIT")
    except BaseException:
        dst.execute("ROLLBACK")
        raise
    return tuple(results)


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _copy_table(src: sqlite3.Connection, dst: sqlite3.Connection, table: str) -> TableResult:
    """Copy what can be read of ``table``, in rowid order, stepping over what cannot."""
    try:
        have = set(_columns(src, table))
    except sqlite3.DatabaseError:
        have = set()
    columns = [c for c in _columns(dst, table) if c in have]
    if not columns:
        return TableResult(table, 0, found=False)
    names = ", ".join(f'"{c}"' for c in columns)
    select = f'SELECT rowid, {names} FROM "{table}" NOT INDEXED WHERE rowid >= ? ORDER BY rowid'
    insert = f'INSERT OR IGNORE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    refused = unreadable = skipped = 0

    def keep(rows: list[tuple[Any, ...]]) -> None:
        """Insert rows read; errors of the new database (other than a refused row) go up."""
        nonlocal refused
        try:
            dst.executemany(insert, [row[1:] for row in rows])
        except sqlite3.IntegrityError:
            for row in rows:  # again one by one: those already in are ignored
                try:
                    dst.execute(insert, row[1:])
                except sqlite3.IntegrityError:
                    refused += 1

    start = _FIRST_ROWID
    while True:
        last, failure = _scan(src, select, start, keep)
        if failure is None:
            break
        # Then row by row from the last row given (a read fetches rows ahead of those it gives).
        failed = start if last is None else last + 1
        while True:
            try:
                row = src.execute(select + " LIMIT 1", (failed,)).fetchone()
            except sqlite3.DatabaseError:
                break
            if row is None:
                failed = _LAST_ROWID
                break
            keep([row])
            failed = int(row[0]) + 1
        if failed >= _LAST_ROWID:
            break
        unreadable += 1
        log.warning("damaged records: %s unreadable from rowid %d (%s)", table, failed, failure)
        found = _next_readable(src, select, failed)
        if found is None:
            break
        start, first = found
        skipped += max(first - max(failed, 1), 0)  # the app's rowids start at 1
    recovered = int(dst.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    return TableResult(table, recovered, True, unreadable, skipped, refused)


def _scan(
    src: sqlite3.Connection,
    select: str,
    start: int,
    keep: Callable[[list[tuple[Any, ...]]], None],
) -> tuple[int | None, sqlite3.DatabaseError | None]:
    """Read rows from rowid ``start`` on into ``keep``, in batches, until the end or a failure.

    Returns the last rowid given to ``keep`` and the read's failure (None: the end was reached).
    Errors of ``keep`` (the new database) are not caught.
    """
    last: int | None = None
    try:
        cursor = src.execute(select, (start,))
    except sqlite3.DatabaseError as exc:
        return last, exc
    while True:
        try:
            rows = cursor.fetchmany(BATCH)
        except sqlite3.DatabaseError as exc:
            return last, exc
        if not rows:
            return last, None
        keep(rows)
        last = int(rows[-1][0])


def _first_rowid(src: sqlite3.Connection, select: str, start: int) -> int:
    """The first rowid from ``start`` on (at the end: the largest rowid); raises if unreadable."""
    row = src.execute(select + " LIMIT 1", (start,)).fetchone()
    return _LAST_ROWID if row is None else int(row[0])


def _next_readable(src: sqlite3.Connection, select: str, failed: int) -> tuple[int, int] | None:
    """The lowest start after ``failed`` from which the table reads again, with its first rowid.

    Steps forward in growing strides until a read works, then narrows down to the lowest start
    that works. None: nothing after ``failed`` can be read.
    """
    bad, step = failed, 1
    good: tuple[int, int] | None = None
    while good is None:
        probe = min(failed + step, _LAST_ROWID)
        try:
            good = (probe, _first_rowid(src, select, probe))
        except sqlite3.DatabaseError:
            if probe >= _LAST_ROWID:
                return None
            bad, step = probe, step * 2
    while good[0] - bad > 1:
        middle = (bad + good[0]) // 2
        try:
            good = (middle, _first_rowid(src, select, middle))
        except sqlite3.DatabaseError:
            bad = middle
    if good[1] >= _LAST_ROWID:
        return None
    return good
