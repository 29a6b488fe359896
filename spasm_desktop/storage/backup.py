"""Your data out and back in: CSV export, full JSON backups, restore, and daily backups.

A backup is one JSON file holding every records table (except the engine's private ``state``)
and the settings. Its tables and columns are read from the records schema itself
(:func:`build_tables`), so a column added there is never left out of backups. Reading one
never raises: it returns the problems as plain English lines.
A restore only ever *adds* rows that are not already in the database (matched by natural keys),
in one transaction, so it is all or nothing; the settings and the answers already in the medical
profile are never overwritten by it. Only a fresh installation (no settings file yet, or the
defaults never changed) is offered the backup's settings (:func:`settings_offer`), which the
caller saves if the person says yes. A backup made before a table existed restores as if that
table were empty.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import datetime as dt
import io
import json
import logging
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from spasm_desktop import fileutil as files
from spasm_desktop.core import settings as core_settings
from spasm_desktop.storage import (
    backup_checks,
    reading,
    records,
    records_schema,
    salvage,
    schema_info,
    settings_store,
)
from spasm_desktop.storage.backup_checks import PRIVATE_TABLES, RULES, Check, Rules

log = logging.getLogger(__name__)

FORMAT = 1
APP = "spasm-desktop"
DAILY_PREFIX = "backup-"
#: A larger file is refused unread. Measured: 100,000 events over 8 years make a 12.6 MB
#: backup, so this holds about two million rows.
MAX_BACKUP_BYTES = 256 * 1024 * 1024


@dataclasses.dataclass(frozen=True)
class Table:
    """How one records table is exported, validated and matched."""

    name: str
    columns: tuple[tuple[str, Check], ...]
    #: The column the ``from``/``to`` filter applies to (None: every row, whatever the period).
    time_column: str | None
    #: The columns that identify a row already present.
    key: tuple[str, ...]
    #: Columns added after the table was first made, with the value a row without them gets
    #: (their default in the schema): a backup made before they existed still restores.
    added: dict[str, Any] = dataclasses.field(default_factory=dict)
    #: Whether :attr:`time_column` holds dates (YYYY-MM-DD) rather than times: a day is
    #: exported when any part of it is in the period.
    by_date: bool = False
    #: Whether the key is unique in the database (a backup may hold each key once only).
    unique: bool = False

    @property
    def column_names(self) -> tuple[str, ...]:
        """The columns, in order."""
        return tuple(name for name, _check in self.columns)


def build_tables(schema: Sequence[str]) -> tuple[tuple[Table, ...], tuple[str, ...]]:
    """The tables a backup holds, from ``schema``; and what :data:`RULES` lacks for them.

    Every table and column the schema makes is exported (:data:`PRIVATE_TABLES` and row
    numbers aside), so a new one is never silently left out of backups. One that has no rules
    is checked only for being text, a number or null, matched on all its columns, and named
    in the second list (as are rules for columns the schema no longer has).
    """
    tables: list[Table] = []
    problems: list[str] = []
    for made in schema_info.tables(schema):
        name, columns, unique = made.name, made.columns, made.unique_keys
        if name in PRIVATE_TABLES:
            continue
        rules = RULES.get(name)
        if rules is None:
            problems.append(f"{name}: no rules for this table")
            rules = Rules(None, tuple(column.name for column in columns), {})
        names = {column.name for column in columns}
        problems.extend(
            f"{name}.{column}: a check for a column the schema does not have"
            for column in rules.checks
            if column not in names
        )
        problems.extend(
            f"{name}.{column}: a key column the schema does not have"
            for column in rules.key
            if column not in names
        )
        checks: list[tuple[str, Check]] = []
        for column in columns:
            check = rules.checks.get(column.name)
            if check is None:
                problems.append(f"{name}.{column.name}: no check for this column")
            checks.append((column.name, check or backup_checks.stored))
        tables.append(
            Table(
                name,
                tuple(checks),
                rules.time_column,
                rules.key,
                {column.name: column.default for column in columns if column.added},
                rules.by_date,
                rules.key in unique,
            )
        )
    return tuple(tables), tuple(problems)


#: The tables a backup holds, and what :data:`RULES` lacks for them (empty: a test checks it).
TABLES, PROBLEMS = build_tables(records_schema.SCHEMA)
TABLES_BY_NAME = {table.name: table for table in TABLES}

Row = tuple[Any, ...]


@dataclasses.dataclass(frozen=True)
class Backup:
    """A validated backup: rows are tuples in :attr:`Table.columns` order, times in UTC."""

    schema: int
    exported: str
    settings: dict[str, Any] | None
    tables: dict[str, list[Row]]

    def count(self) -> dict[str, int]:
        """Rows per table."""
        return {table.name: len(self.tables.get(table.name, [])) for table in TABLES}


class BackupError(Exception):
    """The database could not be opened or prepared."""


# --- database ----------------------------------------------------------------------------------


def _prepare(db: Path) -> None:
    """Create or upgrade the tables through the store (which makes a new file private)."""
    store = records.RecordStore(db, lambda: dt.datetime.now(dt.UTC))
    problem, error = store.problem, store.error
    store.close()
    if problem is not records.StoreProblem.NONE:
        raise BackupError(f"cannot open {db}: {error}")


def _connect(db: Path) -> sqlite3.Connection:
    """Open ``db`` (creating or upgrading its tables first), WAL and synchronous FULL.

    A damaged file raises :class:`salvage.DamagedRecords` before anything reads or writes it.
    """
    if not db.exists():
        _prepare(db)
    salvage.check(db)
    conn = sqlite3.connect(db, timeout=10.0, isolation_level=None)
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(records_schema.SCHEMA):
            raise BackupError(f"{db} is from a newer version of the app ({version})")
        if version < len(records_schema.SCHEMA):
            conn.close()
            _prepare(db)
            conn = sqlite3.connect(db, timeout=10.0, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
    except BaseException:
        conn.close()
        raise
    return conn


def _open_to_read(db: Path) -> sqlite3.Connection:
    """Open ``db`` to read from it: as :func:`_connect` does, or, in a folder that can't be
    written, read-only as it is (:func:`reading.open_for_reading`).
    """
    try:
        return _connect(db)
    except sqlite3.OperationalError as exc:
        log.info("reading %s read-only: %s", db, exc)
        return reading.open_for_reading(db)


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def _bounds(table: Table, start: dt.datetime | None, end: dt.datetime | None) -> list[str | None]:
    """Return ``[start, end)`` the way the table's time column holds it.

    Dates are taken in ``start``'s and ``end``'s own zones: every day that overlaps the period.
    """
    if not table.by_date:
        return [_iso(start) if start else None, _iso(end) if end else None]
    last = None
    if end is not None:
        midnight = end.replace(hour=0, minute=0, second=0, microsecond=0)
        last = end.date() if end == midnight else end.date() + dt.timedelta(days=1)
    return [start.date().isoformat() if start else None, last.isoformat() if last else None]


def _select_sql(
    table: Table, start: dt.datetime | None, end: dt.datetime | None
) -> tuple[str, list[str]]:
    where: list[str] = []
    params: list[str] = []
    column = table.time_column
    if column is not None:
        low, high = _bounds(table, start, end)
        if low is not None:
            where.append(f"{column} >= ?")
            params.append(low)
        if high is not None:
            where.append(f"{column} < ?")
            params.append(high)
    sql = f"SELECT {', '.join(table.column_names)} FROM {table.name}"
    if where:
        sql += " WHERE " + " AND ".join(where)
    # rowid: the id of the tables that have one, insertion order in the others
    sql += f" ORDER BY {column}, rowid" if column else " ORDER BY rowid"
    return sql, params


def _select(
    conn: sqlite3.Connection, table: Table, start: dt.datetime | None, end: dt.datetime | None
) -> list[Row]:
    sql, params = _select_sql(table, start, end)
    return [tuple(row) for row in conn.execute(sql, params)]


def _read_tables(
    db: Path, start: dt.datetime | None, end: dt.datetime | None
) -> dict[str, list[Row]]:
    if not db.exists():
        return {table.name: [] for table in TABLES}
    conn = _open_to_read(db)
    try:
        conn.execute("BEGIN")  # one consistent snapshot of every table
        result = {table.name: _select(conn, table, start, end) for table in TABLES}
        conn.execute("COMMIT")
    finally:
        conn.close()
    return result


@contextlib.contextmanager
def snapshot(db: Path) -> Iterator[sqlite3.Connection | None]:
    """One consistent read of ``db`` (None if there is no file yet), for :func:`stream_rows`.

    Raises :class:`salvage.DamagedRecords` on a damaged file (nothing is read or changed),
    :class:`BackupError` or :class:`sqlite3.Error` if it cannot be read.
    """
    if not db.exists():
        yield None
        return
    conn = _open_to_read(db)
    try:
        conn.execute("BEGIN")  # one consistent snapshot of every table
        yield conn
    finally:
        conn.close()


def stream_rows(
    conn: sqlite3.Connection | None,
    name: str,
    start: dt.datetime | None,
    end: dt.datetime | None,
) -> Iterator[dict[str, Any]]:
    """The rows of table ``name`` in ``[start, end)`` as dicts (column: value, as stored), with
    the columns the schema gives them, :data:`BATCH_ROWS` at a time (never all in memory).
    """
    if conn is None:
        return
    table = TABLES_BY_NAME[name]
    cursor = conn.execute(*_select_sql(table, start, end))
    while batch := cursor.fetchmany(BATCH_ROWS):
        for row in batch:
            yield dict(zip(table.column_names, row, strict=True))


# --- export ------------------------------------------------------------------------------------


def _read_settings(settings_file: Path) -> dict[str, Any] | None:
    try:
        raw = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return raw if isinstance(raw, dict) else None


def export_json(
    db: Path,
    settings_file: Path,
    out: Path,
    start: dt.datetime | None,
    end: dt.datetime | None,
) -> dict[str, int]:
    """Write a full backup of the records in ``[start, end)`` and the settings to ``out``.

    Written atomically, readable by the user only. Returns the rows per table. Raises
    :class:`OSError` if ``out`` cannot be written, :class:`BackupError` or
    :class:`sqlite3.Error` if the database cannot be read.
    """
    header = {
        "format": FORMAT,
        "app": APP,
        "schema": len(records_schema.SCHEMA),
        "exported": _iso(dt.datetime.now(dt.UTC)),
        "from": _iso(start) if start else None,
        "to": _iso(end) if end else None,
        "settings": _read_settings(settings_file),
    }
    counts: dict[str, int] = {}
    conn = _open_to_read(db) if db.exists() else None
    try:
        if conn is not None:
            conn.execute("BEGIN")  # one consistent snapshot of every table
        files.write_atomic_chunks(out, _json_pieces(conn, header, start, end, counts))
    finally:
        if conn is not None:
            conn.close()
    return counts


#: Rows encoded at a time: a backup of a large record is never whole in memory.
BATCH_ROWS = 2000


def _json_pieces(
    conn: sqlite3.Connection | None,
    header: dict[str, Any],
    start: dt.datetime | None,
    end: dt.datetime | None,
    counts: dict[str, int],
) -> Iterator[bytes]:
    """The backup's JSON in pieces: the header, then each table's rows, one per line."""
    head = json.dumps(header, indent=1, ensure_ascii=False)
    yield (head[: -len("\n}")] + ',\n "tables": {').encode()
    for number, table in enumerate(TABLES):
        yield f"{',' if number else ''}\n  {json.dumps(table.name)}: [".encode()
        count = 0
        if conn is not None:
            cursor = conn.execute(*_select_sql(table, start, end))
            names = table.column_names
            while batch := cursor.fetchmany(BATCH_ROWS):
                rows = ",".join(
                    "\n   " + json.dumps(dict(zip(names, row, strict=True)), ensure_ascii=False)
                    for row in batch
                )
                yield (("," if count else "") + rows).encode()
                count += len(batch)
        yield ("\n  ]" if count else "]").encode()
        counts[table.name] = count
    yield b"\n }\n}\n"


def export_csv(
    db: Path, out_dir: Path, start: dt.datetime | None, end: dt.datetime | None
) -> dict[str, int]:
    """Write one CSV file per table (``out_dir/TABLE.csv``, UTF-8, header row).

    ``out_dir`` is created if missing; every file is written atomically and private. If one
    file cannot be written, the ones written by this call are removed again, and so are the
    folders it made. Returns the rows per table.
    """
    tables = _read_tables(db, start, end)
    contents: dict[Path, bytes] = {}
    for table in TABLES:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(table.column_names)
        writer.writerows(tables[table.name])
        contents[out_dir / f"{table.name}.csv"] = buffer.getvalue().encode("utf-8")
    created = files.make_folders(out_dir)
    written: list[Path] = []
    try:
        for path, data in contents.items():
            files.write_atomic(path, data, mode=0o600)
            written.append(path)
    except OSError:
        for path in written:
            path.unlink(missing_ok=True)
        files.remove_folders(created)  # a failed export leaves no empty folder behind
        raise
    return {name: len(rows) for name, rows in tables.items()}


# --- reading a backup --------------------------------------------------------------------------


def read_backup(path: Path) -> tuple[Backup | None, list[str]]:
    """Read and validate a backup file; return it, or ``None`` and the problems found."""
    try:
        # Never a pipe or a device (it could block, or never end), never past the limit.
        text = files.read_limited(path, MAX_BACKUP_BYTES).decode("utf-8")
    except files.NotRegularFileError as exc:
        return None, [f"not a backup: {exc}"]
    except files.TooLargeError as exc:
        return None, [f"not a backup: {exc} (a backup is at most that size)"]
    except OSError as exc:
        return None, [f"cannot read the file: {exc.strerror or exc}"]
    except UnicodeDecodeError:
        return None, ["not a backup: the file is not text (UTF-8)"]
    try:
        raw = json.loads(text)
    except RecursionError:
        return None, ["not a backup: its JSON is nested far too deep"]
    except ValueError as exc:
        return None, [f"not a backup: not valid JSON ({_shown(str(exc), 200)})"]
    return parse_backup(raw)


def _shown(name: str, limit: int = 40) -> str:
    """``name`` for a problem line, cut short if a crafted file made it long."""
    return name if len(name) <= limit else name[:limit] + "…"


def parse_backup(raw: Any) -> tuple[Backup | None, list[str]]:
    """Validate parsed JSON as a backup (see :func:`read_backup`)."""
    if not isinstance(raw, dict):
        return None, ["not a backup: expected a JSON object"]
    problems: list[str] = []
    if raw.get("app") != APP:
        problems.append(f'app: expected "{APP}"')
    if raw.get("format") != FORMAT:
        problems.append(f"format: expected {FORMAT} (this version reads format {FORMAT} only)")
    if problems:
        return None, problems
    schema = raw.get("schema")
    try:
        backup_checks.whole(1, 10_000)(schema)
    except backup_checks.BadValueError as exc:
        problems.append(f"schema: expected {exc}")
    exported = raw.get("exported")
    try:
        backup_checks.time(exported)
    except backup_checks.BadValueError as exc:
        problems.append(f"exported: expected {exc}")
    settings = raw.get("settings")
    if settings is not None and not isinstance(settings, dict):
        problems.append("settings: expected an object or null")
    tables_raw = raw.get("tables")
    tables: dict[str, list[Row]] = {}
    if not isinstance(tables_raw, dict):
        problems.append("tables: expected an object with one list per table")
        tables_raw = {}
    for name, rows in tables_raw.items():
        table = TABLES_BY_NAME.get(name)
        if table is None:
            known = ", ".join(TABLES_BY_NAME)
            problems.append(f"tables.{_shown(name)}: unknown table (expected one of {known})")
            continue
        if not isinstance(rows, list):
            problems.append(f"{name}: expected a list of rows")
            continue
        tables[name] = _parse_rows(table, rows, problems)
    if problems:
        return None, problems
    assert isinstance(schema, int)
    assert isinstance(exported, str)
    return Backup(schema, exported, settings, tables), []


def _parse_rows(table: Table, rows: list[Any], problems: list[str]) -> list[Row]:
    parsed: list[Row] = []
    uids: set[Any] = set()
    for index, row in enumerate(rows):
        where = f"{table.name}[{index}]"
        if not isinstance(row, dict):
            problems.append(f"{where}: expected an object")
            continue
        for column in row:
            if column not in table.column_names:
                problems.append(f"{where}.{_shown(str(column))}: unknown column")
        values: list[Any] = []
        for column, check in table.columns:
            if column not in row and column in table.added:
                values.append(table.added[column])
                continue
            if column not in row:
                problems.append(f"{where}.{column}: missing")
                continue
            try:
                values.append(check(row[column]))
            except backup_checks.BadValueError as exc:
                problems.append(f"{where}.{column}: expected {exc}")
        if len(values) != len(table.columns):
            continue
        if table.unique:
            key = tuple(values[table.column_names.index(column)] for column in table.key)
            if key in uids:
                names = ", ".join(table.key)
                problems.append(f"{where}.{names}: the same {names} appears twice")
            uids.add(key)
        parsed.append(tuple(values))
    return parsed


# --- restore -----------------------------------------------------------------------------------


def _new_rows(conn: sqlite3.Connection, backup: Backup) -> dict[str, list[Row]]:
    """The backup's rows that are not in the database yet (a row present once matches once)."""
    result: dict[str, list[Row]] = {}
    for table in TABLES:
        key_sql = ", ".join(table.key)
        present = Counter(tuple(row) for row in conn.execute(f"SELECT {key_sql} FROM {table.name}"))
        positions = [table.column_names.index(column) for column in table.key]
        new: list[Row] = []
        for row in backup.tables.get(table.name, []):
            key = tuple(row[i] for i in positions)
            if present[key] > 0:
                present[key] -= 1
            else:
                new.append(row)
        result[table.name] = new
    return result


def plan_restore(db: Path, backup: Backup) -> dict[str, int]:
    """Return how many rows of each table a restore would add (rows present are skipped)."""
    if not db.exists():
        return backup.count()
    conn = _connect(db)
    try:
        return {name: len(rows) for name, rows in _new_rows(conn, backup).items()}
    finally:
        conn.close()


def settings_differ(settings_file: Path, backup: Backup) -> bool:
    """Whether the backup's settings differ from the current ones (a restore keeps these)."""
    return backup.settings is not None and backup.settings != _read_settings(settings_file)


def settings_offer(settings_file: Path, backup: Backup) -> core_settings.Settings | None:
    """The backup's settings, to offer with a restore into a fresh installation (no settings
    file yet, or settings never changed from the defaults); None otherwise, or when the
    backup has no settings, ones this version cannot read whole, or only the defaults.

    Anywhere else a restore keeps the person's settings (:func:`settings_differ`).
    """
    if backup.settings is None or not settings_store.is_fresh(settings_file):
        return None
    offered, problems = core_settings.from_dict(backup.settings)
    if problems or core_settings.is_default(offered):
        return None
    return offered


def restore(db: Path, backup: Backup, on_begin: Callable[[], None] | None = None) -> dict[str, int]:
    """Add the rows :func:`plan_restore` reports, in one transaction: all or nothing.

    ``on_begin`` is called once the transaction has begun (for tests and progress). Returns
    the rows added per table. Raises :class:`BackupError` or :class:`sqlite3.Error` (nothing
    is changed then).
    """
    conn = _connect(db)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            if on_begin is not None:
                on_begin()
            new = _new_rows(conn, backup)
            for table in TABLES:
                columns = table.column_names
                marks = ",".join("?" * len(columns))
                conn.executemany(
                    f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({marks})",
                    new[table.name],
                )
            conn.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return {name: len(rows) for name, rows in new.items()}


# --- daily backups -----------------------------------------------------------------------------


def daily_backup(
    db: Path, settings_file: Path, folder: Path, today: dt.date, keep: int = 7
) -> Path | None:
    """Write ``folder/backup-YYYY-MM-DD.json`` unless today's exists; keep the newest ``keep``.

    Returns the file written, or ``None`` if today's backup already existed. The folder is
    private to the user.
    """
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder.chmod(0o700)
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}.json"
    written: Path | None = None
    if not target.exists():
        export_json(db, settings_file, target, None, None)
        written = target
    backups = sorted(folder.glob(f"{DAILY_PREFIX}????-??-??.json"))
    for old in backups[: max(len(backups) - keep, 0)]:
        old.unlink(missing_ok=True)
    return written
