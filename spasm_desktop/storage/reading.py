"""Reading the records when SQLite cannot open them the usual way.

The records are in WAL mode: even a reader needs to make the ``-shm`` file beside the database,
so in a folder that cannot be written (a read-only disk, a folder owned by someone else) a
normal connection fails and every total would read as nothing. :func:`open_for_reading` still
gives the rows: read-only while the ``-shm`` file is there, the file as it is when nothing waits
in its ``-wal`` file, or otherwise a copy in memory made from a private copy of both files.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import sqlite3
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


def open_for_reading(path: Path) -> sqlite3.Connection:
    """A connection that only reads ``path``; raises :class:`sqlite3.Error` if it can't."""
    uri = path.absolute().as_uri()
    wal = path.with_name(path.name + "-wal")
    try:
        return _checked(sqlite3.connect(f"{uri}?mode=ro", uri=True))
    except sqlite3.Error as exc:
        log.info("records %s: read-only open failed (%s); trying without the -shm file", path, exc)
    if not wal.exists() or wal.stat().st_size == 0:
        return _checked(sqlite3.connect(f"{uri}?immutable=1", uri=True))
    # Changes wait in the -wal file and SQLite can't make the -shm file here: read a copy.
    with tempfile.TemporaryDirectory(prefix="spasm-desktop-read-") as folder:
        copy = Path(folder) / path.name
        try:
            shutil.copyfile(path, copy)
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        except OSError as exc:
            raise sqlite3.OperationalError(f"cannot copy the records to read them: {exc}") from exc
        source = sqlite3.connect(copy)
        try:
            memory = sqlite3.connect(":memory:")
            source.backup(memory)
        finally:
            source.close()
    return _checked(memory)


def _checked(conn: sqlite3.Connection) -> sqlite3.Connection:
    """``conn`` once a first read worked (SQLite opens files lazily); closed if it didn't."""
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        with contextlib.suppress(sqlite3.Error):
            conn.close()
        raise
    return conn
