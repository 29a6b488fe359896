"""The files behind "Your data": the records, the settings and the automatic daily backups.

One object holds the three places and does every read and write the "Your data" window needs
(through :mod:`spasm_desktop.storage.backup`), so the window is handed this object and never
opens a file itself.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import backup

#: How many automatic daily backups are kept.
KEEP = 7


@dataclasses.dataclass(frozen=True)
class DailyBackup:
    """One automatic backup in the folder."""

    day: dt.date
    path: Path
    #: When the file was last written (None if that cannot be read).
    saved: dt.datetime | None


def saved_at(path: Path) -> dt.datetime | None:
    """When ``path`` was last written, in UTC (None if it cannot be read)."""
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        return None


def daily_backups(folder: Path) -> list[DailyBackup]:
    """The automatic backups in ``folder`` (``backup-YYYY-MM-DD.json``), newest first."""
    found: list[tuple[dt.date, Path]] = []
    try:
        paths = list(folder.glob(f"{backup.DAILY_PREFIX}????-??-??.json"))
    except OSError:
        return []
    for path in paths:
        try:
            day = dt.date.fromisoformat(path.stem.removeprefix(backup.DAILY_PREFIX))
        except ValueError:
            continue
        found.append((day, path))
    return [DailyBackup(day, path, saved_at(path)) for day, path in sorted(found, reverse=True)]


class DataFiles:
    """The records database, the settings file and the folder of daily backups.

    Every method may raise what the :mod:`~spasm_desktop.storage.backup` function it calls
    raises (:class:`OSError`, :class:`backup.BackupError`, :class:`sqlite3.Error`).
    """

    def __init__(
        self, database: Path, settings_file: Path, backups_dir: Path, keep: int = KEEP
    ) -> None:
        self.database = database
        self.settings_file = settings_file
        self.backups_dir = backups_dir
        #: How many automatic backups are kept.
        self.keep = keep

    # --- export ----------------------------------------------------------------------------

    def export_json(
        self, out: Path, start: dt.datetime | None, end: dt.datetime | None
    ) -> dict[str, int]:
        """A full backup of ``[start, end)`` and the settings (see :func:`backup.export_json`)."""
        return backup.export_json(self.database, self.settings_file, out, start, end)

    def export_csv(
        self, out_dir: Path, start: dt.datetime | None, end: dt.datetime | None
    ) -> dict[str, int]:
        """One CSV file per table in ``out_dir`` (see :func:`backup.export_csv`)."""
        return backup.export_csv(self.database, out_dir, start, end)

    @staticmethod
    def free_name(wanted: Path) -> Path:
        """``wanted``, or ``wanted-2``, ``wanted-3``… if it is taken (so nothing is replaced)."""
        candidate, number = wanted, 1
        while candidate.exists():
            number += 1
            candidate = wanted.with_name(f"{wanted.name}-{number}")
        return candidate

    # --- restore ---------------------------------------------------------------------------

    @staticmethod
    def read_backup(path: Path) -> tuple[backup.Backup | None, list[str]]:
        """Read and check a backup file (see :func:`backup.read_backup`)."""
        return backup.read_backup(path)

    def plan_restore(self, loaded: backup.Backup) -> dict[str, int]:
        """How many rows of each table a restore would add."""
        return backup.plan_restore(self.database, loaded)

    def settings_differ(self, loaded: backup.Backup) -> bool:
        """Whether the backup's settings differ from the current ones (a restore keeps these)."""
        return backup.settings_differ(self.settings_file, loaded)

    def settings_offer(self, loaded: backup.Backup) -> Settings | None:
        """The backup's settings if this is a fresh installation (see
        :func:`backup.settings_offer`), else None.
        """
        return backup.settings_offer(self.settings_file, loaded)

    def restore(
        self, loaded: backup.Backup, on_begin: Callable[[], None] | None = None
    ) -> dict[str, int]:
        """Add the backup's new rows, all or nothing (see :func:`backup.restore`)."""
        return backup.restore(self.database, loaded, on_begin)

    # --- daily backups ---------------------------------------------------------------------

    def daily_backup(self, today: dt.date) -> Path | None:
        """Make today's backup unless it exists, keeping the newest :attr:`keep`."""
        return backup.daily_backup(
            self.database, self.settings_file, self.backups_dir, today, keep=self.keep
        )

    def daily_backups(self) -> list[DailyBackup]:
        """The automatic backups, newest first."""
        return daily_backups(self.backups_dir)

    def daily_backup_of(self, day: dt.date) -> DailyBackup | None:
        """The automatic backup of ``day``, if there is one."""
        return next((found for found in self.daily_backups() if found.day == day), None)

    def has_backups_dir(self) -> bool:
        """Whether the folder of automatic backups exists yet."""
        return self.backups_dir.is_dir()
