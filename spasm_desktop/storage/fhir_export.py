"""``spasm-desktop export fhir``: the cramp diary and the medicines as an HL7 FHIR R4 Bundle.

The rows are read as the backups read them (tables and columns from the records schema,
``backup.read_rows``); the mapping itself is pure (:mod:`spasm_desktop.core.fhir`).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from spasm_desktop import fileutil as files
from spasm_desktop.core import fhir
from spasm_desktop.storage import backup

#: The tables the FHIR export reads: the episodes (by the period) and every medicine.
TABLES = ("cramp_episodes", "medicines")


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
    rows = backup.read_rows(db, TABLES, start, end)
    document = fhir.bundle(rows["cramp_episodes"], rows["medicines"], zone, now)
    text = json.dumps(document, indent=1, ensure_ascii=False) + "\n"
    files.write_atomic(out, text.encode("utf-8"), mode=0o600)
    return fhir.counts(document)
