"""The Backups tab of "Your data": where the data is, and the automatic daily backups."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from spasm_desktop.storage import backup
from spasm_desktop.storage.data_files import DailyBackup, DataFiles
from spasm_desktop.ui.record import your_data_parts as parts

_log = logging.getLogger(__name__)


class BackupsTab(parts.DataTab):
    """The places of the records, the settings and the backups; "Back up now".

    Signals:
        backups_changed: A backup was made (the lists of backups are out of date).
        save_copy_requested: The person asked to save a copy of everything now.
    """

    backups_changed = QtCore.Signal()
    save_copy_requested = QtCore.Signal()

    def __init__(
        self,
        data: DataFiles,
        tz: dt.tzinfo,
        today: Callable[[], dt.date],
        busy: parts.Busy,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(busy, parent)
        self._data = data
        self._tz = tz
        self._today = today
        self.setAccessibleName(self.tr("Backups"))
        layout = QtWidgets.QVBoxLayout(self)

        where = QtWidgets.QGroupBox(self.tr("Where your data is"))
        where.setAccessibleName(self.tr("Where your data is"))
        form = QtWidgets.QFormLayout(where)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.database_path = parts.selectable(QtWidgets.QLabel(str(data.database)))
        self.settings_path = parts.selectable(QtWidgets.QLabel(str(data.settings_file)))
        self.backups_path = parts.selectable(QtWidgets.QLabel(str(data.backups_dir)))
        for label, title, name in (
            (self.database_path, self.tr("Records:"), self.tr("Where your records are")),
            (self.settings_path, self.tr("Settings:"), self.tr("Where your settings are")),
            (
                self.backups_path,
                self.tr("Automatic backups:"),
                self.tr("Where the automatic backups are"),
            ),
        ):
            label.setWordWrap(True)
            label.setAccessibleDescription(name)  # read by its text: the path itself
            label.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
            form.addRow(title, label)
        layout.addWidget(where)

        auto = QtWidgets.QGroupBox(self.tr("Automatic backups"))
        auto.setAccessibleName(self.tr("Automatic backups"))
        auto_layout = QtWidgets.QVBoxLayout(auto)
        explain = QtWidgets.QLabel(
            self.tr(
                "Once a day the app saves a full backup of your records and settings. The "
                "newest %1 are kept; older ones are removed."
            ).replace("%1", QtCore.QLocale().toString(data.keep))
        )
        explain.setWordWrap(True)
        explain.setAccessibleName(explain.text())
        auto_layout.addWidget(explain)
        self.newest_label = parts.selectable(QtWidgets.QLabel())
        self.newest_label.setWordWrap(True)
        self.newest_label.setAccessibleDescription(self.tr("The newest automatic backup"))
        auto_layout.addWidget(self.newest_label)

        self.backups_message = parts.message_label(self.tr("Result of the backup"))
        self.backup_now_button = QtWidgets.QPushButton(self.tr("Back up &now"))
        self.backup_now_button.setAccessibleName(self.tr("Make today's backup now"))
        self.backup_now_button.clicked.connect(self.backup_now)
        self.open_backups_button = QtWidgets.QPushButton(self.tr("&Open folder"))
        self.open_backups_button.setAccessibleName(self.tr("Open the folder of the backups"))
        self.open_backups_button.clicked.connect(
            lambda: self.open_folder(data.backups_dir, self.backups_message)
        )
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.backup_now_button)
        row.addWidget(self.open_backups_button)
        row.addStretch(1)
        auto_layout.addLayout(row)

        self.save_copy_button = QtWidgets.QPushButton(self.tr("Save a cop&y…"))
        self.save_copy_button.setAccessibleName(
            self.tr("Save a copy of everything now (on the Export tab)")
        )
        self.save_copy_button.clicked.connect(lambda: self.save_copy_requested.emit())
        self.save_copy_button.hide()
        message_row = QtWidgets.QHBoxLayout()
        message_row.addWidget(self.backups_message, 1)
        message_row.addWidget(self.save_copy_button, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        auto_layout.addLayout(message_row)
        layout.addWidget(auto)
        layout.addStretch(1)

    def show_backups(self, found: list[DailyBackup]) -> None:
        """Say which automatic backup is the newest, and how many there are."""
        if found:
            newest = parts.date_text(found[0].day, QtCore.QLocale.FormatType.LongFormat)
            if found[0].saved is not None:
                newest = (
                    self.tr("%1 at %2", "date, time")
                    .replace("%1", newest)
                    .replace("%2", parts.time_text(found[0].saved, self._tz))
                )
            self.newest_label.setText(
                self.tr("The newest is from %1. There are %2 in the folder.")
                .replace("%1", newest)
                .replace("%2", QtCore.QLocale().toString(len(found)))
            )
        else:
            self.newest_label.setText(self.tr("There is no automatic backup yet."))
        self.open_backups_button.setEnabled(self._data.has_backups_dir())

    def backup_now(self) -> None:
        """Make today's automatic backup, unless it already exists."""
        today = self._today()
        written: Path | None = None
        error = ""
        with self.busy():
            try:
                written = self._data.daily_backup(today)
            except OSError as exc:
                _log.warning("backup failed: %s", exc)
                error = (
                    self.tr("Could not save the backup in %1: %2.")
                    .replace("%1", str(self._data.backups_dir))
                    .replace("%2", exc.strerror or str(exc))
                )
            except (backup.BackupError, sqlite3.Error) as exc:
                _log.warning("backup could not read the records: %s", exc)
                error = self.tr("Could not read your records: %1.").replace("%1", str(exc))
        self.backups_changed.emit()
        self.save_copy_button.hide()
        if error:
            self.show_message(self.backups_message, error, problem=True)
        elif written is not None:
            self.show_message(
                self.backups_message,
                self.tr("Saved today's backup: %1.").replace("%1", str(written)),
            )
        else:
            existing = self._data.daily_backup_of(today)
            made = existing.saved if existing is not None else None
            words = (
                self.tr("Today's backup already exists (saved at %1).").replace(
                    "%1", parts.time_text(made, self._tz)
                )
                if made is not None
                else self.tr("Today's backup already exists.")
            )
            words += " " + self.tr("To save a copy with everything as it is now, use Save a copy.")
            self.show_message(self.backups_message, words)
            self.save_copy_button.show()
