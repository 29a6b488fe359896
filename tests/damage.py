"""Real records databases, damaged byte by byte: the header, one page of a table, the end cut off.

The pages of a table come from SQLite's ``dbstat``; the rowids on a table's leaf page are read
from the page itself (the cell pointers, then each cell's payload size and rowid varints), so a
test knows exactly which rows a damaged page held.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import Medicine
from spasm_desktop.storage.records import RecordStore

T0 = dt.datetime(2026, 6, 1, 7, 0, tzinfo=dt.UTC)
DRINKS = 300
CRAMPS = 400
#: The tables a test compares, with their key column.
TABLES = ("drinks", "cramp_episodes", "medicines")


def make_records(path: Path) -> None:
    """A record of 300 drinks, then 400 cramps (with notes, over about 20 pages), a medicine."""
    store = RecordStore(path, lambda: T0)
    for i in range(DRINKS):
        store.add_drink(T0 + dt.timedelta(minutes=10 * i), 150 + i, "manual")
    for i in range(CRAMPS):
        store.save_episode(
            Episode(
                started=T0 + dt.timedelta(hours=6 * i),
                duration_s=30 + i,
                area="calf",
                side="left",
                severity=i % 11,
                notes=f"cramp number {i} " + "woke me at night " * 4,
                source="diary",
            )
        )
    store.save_medicine(Medicine("Amlodipine", dt.date(2026, 5, 1)))
    store.close()


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    """Every row of ``table``, in rowid order."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


def page_size(path: Path) -> int:
    return int.from_bytes(path.read_bytes()[16:18], "big")


def pages(path: Path, table: str, kind: str = "leaf") -> list[int]:
    """The page numbers of ``table``'s ``kind`` ("leaf" or "internal") pages, in order."""
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
            (table, kind),
        ).fetchall()
    finally:
        conn.close()
    return [row[0] for row in found]


def _varint(data: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = data[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    raise AssertionError("unreachable")


def leaf_rowids(path: Path, page: int) -> set[int]:
    """The rowids of the cells on table leaf page ``page``."""
    size = page_size(path)
    data = path.read_bytes()[(page - 1) * size : page * size]
    header = 100 if page == 1 else 0
    assert data[header] == 0x0D, "not a table leaf page"
    cells = int.from_bytes(data[header + 3 : header + 5], "big")
    found = set()
    for i in range(cells):
        pointer = header + 8 + 2 * i
        offset = int.from_bytes(data[pointer : pointer + 2], "big")
        _payload, at = _varint(data, offset)
        rowid, _ = _varint(data, at)
        found.add(rowid)
    return found


def overwrite_page(path: Path, page: int) -> None:
    """Fill page ``page`` with bytes no page can start with."""
    size = page_size(path)
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = b"\xa5" * size
    path.write_bytes(bytes(data))


def overwrite_header(path: Path) -> None:
    """Overwrite the file's first 100 bytes (the header), as a failing disk might."""
    data = bytearray(path.read_bytes())
    data[:100] = bytes(range(100))
    path.write_bytes(bytes(data))


def truncate_at_page(path: Path, page: int) -> None:
    """Cut the file off before page ``page``."""
    size = page_size(path)
    path.write_bytes(path.read_bytes()[: (page - 1) * size])
