"""Held records that survive quitting: the recovery file.

While the records database is locked or read-only, :class:`~spasm_desktop.storage.records.
RecordStore` holds new records in memory. When the app quits with some still held, they are
written here as the SQL statements that would have saved them, each held write with an id of
its own (a UUID), in a JSON file readable by the user only. The next start adds them in one
transaction (:func:`merge_op`) and notes each id as merged in the private ``state`` table, so
that merging a file twice (the file could not be removed, or it was copied back) adds nothing.

The file goes to the data folder, or, if that can't be written, to the next writable place of
:attr:`Paths.held_records_places <spasm_desktop.storage.paths.Paths.held_records_places>`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import os
import sqlite3
import stat
import sys
import uuid
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, cast

from spasm_desktop import fileutil as files

log = logging.getLogger(__name__)

FORMAT = 1
#: The ``state`` key that marks a held write as merged: this prefix and its id.
MARKER = "held:"
#: What a held write is (:attr:`Entry.what`) when it is the app's own bookkeeping (timers, the
#: sitting timer, small saved values, the day's goal) rather than something the person did.
BOOKKEEPING = frozenset({"enginestate", "sittingstate", "tuple", "daygoal"})
#: The largest recovery file read (a held write is a few hundred bytes).
MAX_BYTES = 50_000_000

Value = str | int | float | None
Statement = tuple[str, tuple[Value, ...]]


@dataclasses.dataclass(frozen=True)
class Entry:
    """One held write: its id, what it was (for the log: never its contents) and its SQL."""

    id: str
    what: str
    statements: tuple[Statement, ...]


class _Recorder:
    """Stands in for a connection and keeps what a write would execute."""

    def __init__(self) -> None:
        self.statements: list[Statement] = []

    def execute(self, sql: str, params: Sequence[Value] = ()) -> None:
        self.statements.append((sql, tuple(params)))

    def executemany(self, sql: str, rows: Iterable[Sequence[Value]]) -> None:
        for row in rows:
            self.execute(sql, row)


def entry(write: Callable[[sqlite3.Connection], None], item: Any) -> Entry:
    """The held ``write`` (of ``item``) as an entry with a new id."""
    recorder = _Recorder()
    write(cast(sqlite3.Connection, recorder))
    what = type(item).__name__.lstrip("_").lower()
    return Entry(uuid.uuid4().hex, what, tuple(recorder.statements))


def personal(entries: Iterable[Entry]) -> int:
    """How many of ``entries`` are the person's records (drinks, cramps, answers...)."""
    return sum(1 for e in entries if e.what not in BOOKKEEPING)


def merge_op(entries: Sequence[Entry], now: dt.datetime) -> Callable[[sqlite3.Connection], None]:
    """A write that adds every entry not merged before, and marks it, in one transaction."""
    stamp = now.astimezone(dt.UTC).isoformat(timespec="seconds")

    def op(conn: sqlite3.Connection) -> None:
        conn.execute("BEGIN IMMEDIATE")
        added = 0
        for item in entries:
            key = MARKER + item.id
            if conn.execute("SELECT 1 FROM state WHERE key = ?", (key,)).fetchone():
                continue
            for sql, params in item.statements:
                conn.execute(sql, params)
            conn.execute("INSERT INTO state (key, value) VALUES (?, ?)", (key, stamp))
            added += 1
        skipped = len(entries) - added
        log.info("held records from before: %d added, %d already there", added, skipped)

    return op


# --- the file ----------------------------------------------------------------------------------


def _to_json(entries: Sequence[Entry]) -> bytes:
    data = {
        "format": FORMAT,
        "app": "spasm-desktop",
        "held": [
            {"id": e.id, "what": e.what, "statements": [[sql, list(p)] for sql, p in e.statements]}
            for e in entries
        ],
    }
    return (json.dumps(data, indent=1, ensure_ascii=False) + "\n").encode("utf-8")


def _is_value(value: Any) -> bool:
    return value is None or (isinstance(value, str | int | float) and not isinstance(value, bool))


def _from_json(raw: Any) -> list[Entry]:
    """The entries of a parsed file; raises ValueError if it is not a recovery file."""
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise ValueError("not a recovery file of this version")
    found = []
    for item in raw.get("held", []):
        statements = item.get("statements") if isinstance(item, dict) else None
        if not isinstance(item.get("id"), str) or not isinstance(statements, list):
            raise ValueError("an entry without an id or statements")
        parsed = []
        for pair in statements:
            if not (
                isinstance(pair, list)
                and len(pair) == 2
                and isinstance(pair[0], str)
                and pair[0].startswith(("INSERT ", "DELETE FROM ", "SAVEPOINT ", "RELEASE "))
                and isinstance(pair[1], list)
                and all(_is_value(v) for v in pair[1])
            ):
                raise ValueError("a statement that the app does not write")
            parsed.append((pair[0], tuple(pair[1])))
        found.append(Entry(item["id"], str(item.get("what", "")), tuple(parsed)))
    return found


def _trusted(path: Path) -> bool:
    """Whether ``path`` is this user's own regular file that nobody else may change."""
    if sys.platform == "win32":
        return path.is_file()
    info = path.lstat()
    return (
        stat.S_ISREG(info.st_mode)
        and info.st_uid == os.getuid()
        and not stat.S_IMODE(info.st_mode) & 0o022
    )


def read(places: Sequence[Path]) -> tuple[list[Entry], list[Path]]:
    """Every entry of the recovery files in ``places`` (once each), and the files read.

    A file that can't be read or isn't one stays where it is, with a log line.
    """
    entries: dict[str, Entry] = {}
    found: list[Path] = []
    for path in places:
        try:
            if not path.exists():
                continue
            if not _trusted(path):
                log.error("held records file %s is not private to you; not read", path)
                continue
            if path.stat().st_size > MAX_BYTES:
                raise ValueError("too large")
            parsed = _from_json(json.loads(path.read_bytes()))
        except (OSError, ValueError) as exc:
            log.error("held records file %s can't be read: %s; it stays there", path, exc)
            continue
        found.append(path)
        for item in parsed:
            entries.setdefault(item.id, item)
    return list(entries.values()), found


def write(places: Sequence[Path], entries: Sequence[Entry]) -> Path | None:
    """Keep ``entries`` with those already in a recovery file, at the first place that works.

    The other places' files are then removed (everything is in the one written). Returns
    the file, or None if no place could be written.
    """
    earlier, files_found = read(places)
    known = {e.id for e in earlier}
    every = earlier + [e for e in entries if e.id not in known]
    data = _to_json(every)
    for path in places:
        try:
            files.write_atomic(path, data, 0o600)
        except OSError as exc:
            log.warning("could not keep held records in %s: %s", path, exc)
            continue
        for other in files_found:
            if other != path:
                remove(other)
        log.warning(
            "kept %d held records in %s (ids %s)", len(every), path, ", ".join(e.id for e in every)
        )
        return path
    return None


def remove(path: Path) -> None:
    """Remove a recovery file whose records are in the database."""
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:  # merged again next time: the ids make that add nothing
        log.warning("could not remove %s: %s", path, exc)
