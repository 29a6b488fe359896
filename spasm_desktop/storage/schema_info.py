"""What a records schema makes: its tables, their columns, defaults and unique keys.

The schema (:data:`spasm_desktop.storage.records_schema.SCHEMA`) is a list of SQL steps.
Rather than parse them, :func:`tables` runs them on an empty database in memory and reads the
result back with ``PRAGMA table_info`` and ``PRAGMA index_list``: what SQLite itself makes of
them.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Sequence
from typing import Any


@dataclasses.dataclass(frozen=True)
class Column:
    """One column of a table."""

    name: str
    #: The value a row gets without it (the schema's DEFAULT, or NULL).
    default: Any
    #: Whether it was added after its table was first made.
    added: bool


@dataclasses.dataclass(frozen=True)
class Table:
    """One table the schema makes, without its row number (a lone ``INTEGER PRIMARY KEY``)."""

    name: str
    columns: tuple[Column, ...]
    #: The columns of each UNIQUE constraint or primary key, in order.
    unique_keys: frozenset[tuple[str, ...]]


def tables(schema: Sequence[str]) -> list[Table]:
    """Each table the schema makes, in the order it first appears in the steps.

    The row number is left out because it is the database's own: a row copied elsewhere gets a
    new one. A table rebuilt under another name and renamed back (the way SQLite changes a
    constraint) keeps its place, and a column it did not have at first counts as added.
    """
    conn = sqlite3.connect(":memory:")
    try:
        first: dict[str, set[str]] = {}  # each table's columns when it first appeared
        for script in schema:
            conn.executescript(script)
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
            ):
                if name not in first:
                    first[name] = {row[1] for row in conn.execute(f"PRAGMA table_info({name})")}
        existing = {
            name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
        }
        return [_table(conn, name, first[name]) for name in first if name in existing]
    finally:
        conn.close()


def _table(conn: sqlite3.Connection, name: str, first: set[str]) -> Table:
    info = conn.execute(f"PRAGMA table_info({name})").fetchall()
    primary = [row for row in info if row[5] > 0]
    row_number = (
        primary[0][1] if len(primary) == 1 and str(primary[0][2]).upper() == "INTEGER" else None
    )
    columns = tuple(
        Column(
            column,
            # DEFAULT is given as SQL ("'[]'", "0"): SQLite reads it back as a value.
            None if default is None else conn.execute(f"SELECT {default}").fetchone()[0],
            column not in first,
        )
        for _cid, column, _type, _notnull, default, _pk in info
        if column != row_number
    )
    unique = frozenset(
        tuple(row[2] for row in conn.execute(f"PRAGMA index_info({index})"))
        for _seq, index, is_unique, *_rest in conn.execute(f"PRAGMA index_list({name})")
        if is_unique
    )
    return Table(name, columns, unique)
