"""``spasm-desktop export fhir``: the cramp diary and the medicines as an HL7 FHIR R4 Bundle.

The rows are read as the backups read them (tables and columns from the records schema,
``backup.snapshot`` and ``backup.stream_rows``) and mapped one at a time by the pure
:mod:`spasm_desktop.core.fhir`; the file is written in pieces, so a long diary is never whole in
memory.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from spasm_desktop import fileutil as files
from spasm_desktop.core import fhir
from spasm_desktop.storage import backup


def export_fhir(
    db: Path,
    out: Path,
    start: dt.datetime | None,
    end: dt.datetime | None,
    zone: dt.tzinfo,
    now: dt.datetime,
) -> dict[str, int]:
    """Write the episodes in ``[start, end)`` and every medicine to ``out`` as a FHIR R4
    Bundle (JSON), atomically and readable by the user only. Returns the resources per type.

    Raises :class:`OSError` if ``out`` cannot be written, ``salvage.DamagedRecords`` on a
    damaged database (nothing is written then), :class:`backup.BackupError` or
    ``sqlite3.Error`` if it cannot be read.
    """
    counts: dict[str, int] = {}
    with backup.snapshot(db) as conn:
        # Medicines are few and whatever the period (as in the backups); episodes stream.
        medicines = list(backup.stream_rows(conn, "medicines", None, None))
        episodes = backup.stream_rows(conn, "cramp_episodes", start, end)
        entries = fhir.entries(episodes, medicines, zone, now)
        files.write_atomic_chunks(out, _pieces(fhir.header(zone, now), entries, counts))
    return counts


def _pieces(
    head: dict[str, Any], entries: Iterable[dict[str, Any]], counts: dict[str, int]
) -> Iterator[bytes]:
    """The Bundle's JSON in pieces: its header, then one entry a line; counts them by type."""
    text = json.dumps(head, indent=1, ensure_ascii=False)
    yield (text[: -len("\n}")] + ',\n "entry": [').encode()
    for number, entry in enumerate(entries):
        kind = entry["resource"]["resourceType"]
        counts[kind] = counts.get(kind, 0) + 1
        line = json.dumps(entry, ensure_ascii=False)
        yield f"{',' if number else ''}\n  {line}".encode()
    yield b"\n ]\n}\n"
