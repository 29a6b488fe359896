"""The Restore tab of "Your data": bring back records from a backup file.

A restore only adds records that are not already in the database; it is all or nothing. It
never touches the settings, except in a fresh installation (no settings yet, or the defaults
never changed), where a tick box offers to take the backup's settings too (moving to another
computer).
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import backup
from spasm_desktop.storage.data_files import DailyBackup, DataFiles
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record import your_data_parts as parts

_log = logging.getLogger(__name__)

# Problems shown for a file that cannot be restored, before "and N more".
_MAX_PROBLEMS = 12


class RestoreTab(parts.DataTab):
    """Choose a backup (a file, or one of the daily backups), see what it would add, add it.

    The file dialog and the confirmation go through :meth:`choose_backup_file` and
    :meth:`confirm_restore`, so tests can replace them; :meth:`load_backup` reads a backup.
    """

    def __init__(
        self,
        data: DataFiles,
        tz: dt.tzinfo,
        today: Callable[[], dt.date],
        on_restored: Callable[[dict[str, int]], None],
        busy: parts.Busy,
        parent: QtWidgets.QWidget | None = None,
        *,
        on_settings: Callable[[Settings], None] | None = None,
    ) -> None:
        """``on_settings(settings)`` saves and applies the backup's settings when the person
        takes them (offered only in a fresh installation); without it they are never offered.
        """
        super().__init__(busy, parent)
        self._data = data
        self._tz = tz
        self._today = today
        self._on_restored = on_restored
        self._backup: backup.Backup | None = None
        self._backup_path: Path | None = None
        self._plan: dict[str, int] = {}
        self._on_settings = on_settings
        # The backup's settings, offered (None: not offered).
        self._offer: Settings | None = None
        self.setAccessibleName(self.tr("Restore"))
        layout = QtWidgets.QVBoxLayout(self)
        parts.add_intro(
            layout,
            self.tr(
                "Bring back records from a backup. Only records you do not have are added: "
                "nothing is overwritten or deleted. Your settings stay as they are; only a new "
                "installation is offered the backup's settings."
            ),
        )

        self.choose_backup_button = QtWidgets.QPushButton(self.tr("C&hoose a backup file…"))
        self.choose_backup_button.setAccessibleName(self.tr("Choose a backup file"))
        self.choose_backup_button.clicked.connect(self._choose_backup_clicked)
        choose_row = QtWidgets.QHBoxLayout()
        choose_row.addWidget(self.choose_backup_button)
        choose_row.addStretch(1)
        layout.addLayout(choose_row)

        list_label = QtWidgets.QLabel(self.tr("Or one of the &automatic daily backups:"))
        self.backups_list = QtWidgets.QListWidget()
        self.backups_list.setAccessibleName(self.tr("Automatic daily backups, newest first"))
        self.backups_list.setSelectionMode(
            QtWidgets.QAbstractItemView.SelectionMode.SingleSelection
        )
        self.backups_list.currentItemChanged.connect(self._backup_item_changed)
        self.backups_list.itemActivated.connect(self._backup_item_activated)
        list_label.setBuddy(self.backups_list)
        self.no_backups_label = parts.caption(self.tr("There are no automatic backups yet."))
        layout.addWidget(list_label)
        layout.addWidget(self.backups_list)
        layout.addWidget(self.no_backups_label)

        details = QtWidgets.QGroupBox(self.tr("The backup"))
        details.setAccessibleName(self.tr("The backup chosen"))
        details_layout = QtWidgets.QVBoxLayout(details)
        self.restore_details = parts.selectable(QtWidgets.QLabel(self.tr("No backup chosen yet.")))
        self.restore_details.setWordWrap(True)
        self.restore_details.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self.restore_details.setAccessibleDescription(self.tr("What the backup holds"))
        details_layout.addWidget(self.restore_details, 1)
        layout.addWidget(details, 1)

        self.take_settings_box = QtWidgets.QCheckBox(self.tr("Also &take the backup's settings"))
        self.take_settings_box.setAccessibleName(self.tr("Also take the backup's settings"))
        self.take_settings_box.setChecked(True)
        self.take_settings_box.hide()
        layout.addWidget(self.take_settings_box)

        self.restore_message = parts.message_label(self.tr("Result of the restore"))
        layout.addWidget(self.restore_message)

        self.restore_button = QtWidgets.QPushButton(self.tr("Re&store…"))
        self.restore_button.setAccessibleName(self.tr("Restore: add the records listed"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_clicked)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)

    # --- the daily backups ---------------------------------------------------------------------

    def show_backups(self, found: list[DailyBackup]) -> None:
        """List the automatic backups (newest first), keeping the one chosen if still there."""
        current = self.backups_list.currentItem()
        chosen = current.data(QtCore.Qt.ItemDataRole.UserRole) if current else None
        self.backups_list.blockSignals(True)
        self.backups_list.clear()
        today = self._today()
        for daily in found:
            words = parts.date_text(daily.day, QtCore.QLocale.FormatType.LongFormat)
            if daily.saved is not None:
                words = (
                    self.tr("%1, saved at %2", "date, time")
                    .replace("%1", words)
                    .replace("%2", parts.time_text(daily.saved, self._tz))
                )
            if daily.day == today:
                words = self.tr("%1 (today)").replace("%1", words)
            item = QtWidgets.QListWidgetItem(words)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, str(daily.path))
            item.setToolTip(str(daily.path))
            self.backups_list.addItem(item)
            if str(daily.path) == chosen:
                self.backups_list.setCurrentItem(item)
        self.backups_list.blockSignals(False)
        self.backups_list.setVisible(bool(found))
        # As tall as the backups (at least three rows): the details below get the rest.
        rows = min(max(len(found), 3), self._data.keep + 1)
        frame = self.backups_list.frameWidth() * 2
        row_height = self.backups_list.sizeHintForRow(0) if found else self.fontMetrics().height()
        self.backups_list.setFixedHeight(row_height * rows + frame)
        self.no_backups_label.setVisible(not found)

    def backup_paths(self) -> list[Path]:
        """The automatic backups listed, in order (newest first)."""
        return [
            Path(self.backups_list.item(row).data(QtCore.Qt.ItemDataRole.UserRole))
            for row in range(self.backups_list.count())
        ]

    def choose_backup(self, row: int) -> None:
        """Choose the automatic backup in ``row`` of the list (0 is the newest)."""
        self.backups_list.setCurrentRow(row)

    # --- reading a backup ----------------------------------------------------------------------

    def choose_backup_file(self) -> Path | None:
        """Ask for a backup file to restore (None if cancelled)."""
        start = self._data.backups_dir if self._data.has_backups_dir() else Path.home()
        name, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self,
            text.window_title(self.tr("Choose a backup")),
            str(start),
            self.tr("Spasm backups (*.json);;All files (*)"),
        )
        return Path(name) if name else None

    def _choose_backup_clicked(self) -> None:
        path = self.choose_backup_file()
        if path is not None:
            self.load_backup(path)

    def _backup_item_changed(self, item: QtWidgets.QListWidgetItem | None) -> None:
        if item is not None:
            self.load_backup(Path(item.data(QtCore.Qt.ItemDataRole.UserRole)))

    def _backup_item_activated(self) -> None:
        if self.restore_button.isEnabled():
            self.restore_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def load_backup(self, path: Path) -> bool:
        """Read ``path`` and show what restoring it would add; return whether it can be restored."""
        self._backup = None
        self._backup_path = path
        self._plan = {}
        self._offer = None
        self.take_settings_box.hide()
        current = self.backups_list.currentItem()
        if current is not None and current.data(QtCore.Qt.ItemDataRole.UserRole) != str(path):
            # A file chosen some other way: the list no longer shows what is chosen.
            self.backups_list.blockSignals(True)
            self.backups_list.setCurrentRow(-1)
            self.backups_list.clearSelection()
            self.backups_list.blockSignals(False)
        self.restore_button.setEnabled(False)
        self.restore_message.hide()
        with self.busy():
            loaded, problems = self._data.read_backup(path)
        if loaded is None:
            lines = [
                self.tr("%1 cannot be restored:").replace("%1", str(path)),
                *(f"• {line}" for line in problems[:_MAX_PROBLEMS]),
            ]
            if len(problems) > _MAX_PROBLEMS:
                lines.append(parts.more_problems(len(problems) - _MAX_PROBLEMS))
            self._set_details("\n".join(lines), problem=True)
            return False
        self._backup = loaded
        return self._show_plan()

    def _show_plan(self) -> bool:
        """Compare the loaded backup with the records and say what a restore would add."""
        loaded, path = self._backup, self._backup_path
        assert loaded is not None
        assert path is not None
        lines = [self.tr("File: %1").replace("%1", str(path))]
        try:
            made = dt.datetime.fromisoformat(loaded.exported)
        except ValueError:
            pass
        else:
            day = parts.date_text(
                made.astimezone(self._tz).date(), QtCore.QLocale.FormatType.LongFormat
            )
            saved = self.tr("Saved on %1 at %2.").replace("%1", day)
            lines[0] += "\n" + saved.replace("%2", parts.time_text(made, self._tz))
        lines.append(self.tr("It holds %1.").replace("%1", parts.counts_text(loaded.count())))
        try:
            with self.busy():
                plan = self._data.plan_restore(loaded)
                differ = self._data.settings_differ(loaded)
                offer = self._data.settings_offer(loaded) if self._on_settings else None
        except (backup.BackupError, sqlite3.Error) as exc:
            _log.warning("could not compare a backup with the records: %s", exc)
            lines.append(
                self.tr("Could not read your records to compare: %1.").replace("%1", str(exc))
            )
            self._set_details("\n\n".join(lines), problem=True)
            return False
        if sum(plan.values()) == 0:
            lines.append(
                self.tr(
                    "Everything in this backup is already in your records: restoring it would "
                    "add nothing."
                )
            )
        else:
            lines.append(
                self.tr(
                    "Restoring adds %1. Records you already have are kept as they are; nothing "
                    "is overwritten or deleted."
                ).replace("%1", parts.counts_text(plan))
            )
        if offer is not None:
            lines.append(
                self.tr(
                    "This computer still has its first settings, so the backup's settings "
                    "(reminders, times, glass size and the rest) can be taken too: see the tick "
                    "box below."
                )
            )
        elif differ:
            lines.append(
                self.tr(
                    "The backup's settings differ from yours. They are not applied: your current "
                    "settings are kept."
                )
            )
        self._set_details("\n\n".join(lines))
        self._offer = offer
        self.take_settings_box.setVisible(offer is not None)
        self.restore_button.setEnabled(sum(plan.values()) > 0 or offer is not None)
        self._plan = plan
        return True

    def _set_details(self, words: str, *, problem: bool = False) -> None:
        self.restore_details.setText(words)
        self.restore_details.setAccessibleDescription(words)
        self.mark_problem(self.restore_details, problem)
        self.grown.emit()

    # --- restoring -----------------------------------------------------------------------------

    def confirm_restore(self, question: str) -> bool:
        """Ask before adding the records; return whether to go ahead."""
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(text.window_title(self.tr("Restore records")))
        box.setText(question)
        add = box.addButton(
            self.tr("&Add the records"), QtWidgets.QMessageBox.ButtonRole.AcceptRole
        )
        add.setAccessibleName(self.tr("Add the records"))
        cancel = box.addButton(QtWidgets.QMessageBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel: change nothing"))
        box.setDefaultButton(add)
        box.setEscapeButton(cancel)
        try:
            box.exec()
            return box.clickedButton() is add
        finally:
            box.deleteLater()

    def restore_clicked(self) -> None:
        """Confirm, then add the backup's new records."""
        if self._backup is None or not self.restore_button.isEnabled():
            return
        offer = self._offer if self.take_settings_box.isChecked() else None
        adding = sum(self._plan.values()) > 0
        if not adding and offer is None:
            return
        if adding:
            question = self.tr(
                "Add %1 to your records? Records you already have stay as they are."
            ).replace("%1", parts.counts_text(self._plan))
        else:
            question = ""
        if offer is not None:
            question = " ".join(
                part for part in (question, self.tr("Take the backup's settings?")) if part
            )
        if not self.confirm_restore(question):
            return
        error = ""
        added: dict[str, int] = {}
        if adding:
            with self.busy():
                try:
                    added = self._data.restore(self._backup)
                except (backup.BackupError, sqlite3.Error) as exc:
                    _log.warning("restore failed: %s", exc)
                    error = self.tr("Could not restore: %1. Nothing was changed.").replace(
                        "%1", str(exc)
                    )
        if error:
            self.show_message(self.restore_message, error, problem=True)
            return
        if offer is not None and self._on_settings is not None:
            self._on_settings(offer)
        self._show_plan()
        said = []
        if adding:
            said.append(self.tr("Added %1.").replace("%1", parts.counts_text(added)))
        if offer is not None:
            said.append(self.tr("Took the backup's settings."))
        self.show_message(self.restore_message, " ".join(said))
        if adding:
            self._on_restored(added)
