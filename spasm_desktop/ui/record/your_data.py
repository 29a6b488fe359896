"""The "Your data" window: export (PDF report, CSV, JSON backup), restore, and automatic backups.

One tab each (:mod:`~spasm_desktop.ui.record.your_data_export`,
:mod:`~spasm_desktop.ui.record.your_data_restore`,
:mod:`~spasm_desktop.ui.record.your_data_backups`); the
window holds them, and reads and writes every file through the
:class:`~spasm_desktop.storage.data_files.DataFiles` it is given. Work is done synchronously
under a wait cursor, with the controls disabled meanwhile: even 100,000 records take only a
second or two.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core.settings import Settings
from spasm_desktop.storage.data_files import DataFiles
from spasm_desktop.storage.report_notes import NO_NOTES, ReportNotes
from spasm_desktop.ui.common import assets, text, windows
from spasm_desktop.ui.common.announce import announce
from spasm_desktop.ui.record.two_week_log_box import LogControls, TwoWeekLogBox
from spasm_desktop.ui.record.your_data_backups import BackupsTab
from spasm_desktop.ui.record.your_data_export import EVERYTHING, ExportTab, WritePdf
from spasm_desktop.ui.record.your_data_restore import RestoreTab


class YourDataWindow(QtWidgets.QWidget):
    """Export, restore and the automatic backups, in three tabs.

    The tabs are :attr:`export_tab`, :attr:`restore_tab` and :attr:`backups_tab`.
    """

    def __init__(
        self,
        data: DataFiles,
        tz: dt.tzinfo,
        today: Callable[[], dt.date],
        write_pdf: WritePdf | None,
        on_restored: Callable[[dict[str, int]], None],
        parent: QtWidgets.QWidget | None = None,
        *,
        report_notes: ReportNotes = NO_NOTES,
        on_report_notes: Callable[[ReportNotes], None] | None = None,
        on_settings: Callable[[Settings], None] | None = None,
        log_controls: LogControls | None = None,
        write_sheet: Callable[[Path], object] | None = None,
    ) -> None:
        """``report_notes`` fill the report's name and notes fields; ``on_report_notes`` gets
        them again a moment after each change, and when the window closes, to keep them.
        ``on_settings`` saves and applies a backup's settings the person takes in a fresh
        installation (without it, Restore never offers them). ``log_controls`` start and
        follow a two-week log (without them, the Export tab has no such box).
        ``write_sheet(path)`` writes the bedside sheet of the next two weeks (PDF) for "Print a
        bedside sheet".
        """
        super().__init__(parent)
        self._data = data
        self.setWindowTitle(text.window_title(self.tr("Your data")))
        self.setWindowIcon(assets.icon("app"))
        self.setAccessibleName(self.tr("Your data"))

        self.log_box = (
            None if log_controls is None else TwoWeekLogBox(log_controls, self.choose_report)
        )
        self.export_tab = ExportTab(
            data,
            tz,
            today,
            write_pdf,
            self._busy,
            report_notes=report_notes,
            on_report_notes=on_report_notes,
            log_box=self.log_box,
        )
        self.restore_tab = RestoreTab(
            data, tz, today, on_restored, self._busy, on_settings=on_settings
        )
        self.backups_tab = BackupsTab(data, tz, today, self._busy)
        self.backups_tab.backups_changed.connect(self.refresh_backups)
        self.backups_tab.save_copy_requested.connect(self.save_copy)

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setAccessibleName(self.tr("Your data sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Your data sections"))
        # Each tab scrolls when the screen is too small for it; Close stays in view.
        self.tabs.addTab(windows.scrolling(self.export_tab, self.tr("Export")), self.tr("&Export"))
        self.tabs.addTab(
            windows.scrolling(self.restore_tab, self.tr("Restore")), self.tr("&Restore")
        )
        self.tabs.addTab(
            windows.scrolling(self.backups_tab, self.tr("Backups")), self.tr("&Backups")
        )
        for index in range(self.tabs.count()):
            shortcut = QtGui.QKeySequence(f"Ctrl+{index + 1}").toString(
                QtGui.QKeySequence.SequenceFormat.NativeText
            )
            self.tabs.setTabToolTip(index, shortcut)
            QtGui.QShortcut(
                QtGui.QKeySequence(f"Ctrl+{index + 1}"),
                self,
                lambda index=index: self.show_tab(index),
            )
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+Tab"), self, lambda: self._step_tab(1))
        QtGui.QShortcut(QtGui.QKeySequence("Ctrl+Shift+Tab"), self, lambda: self._step_tab(-1))

        self.close_button = QtWidgets.QPushButton(self.tr("&Close"))
        self.close_button.setAccessibleName(self.tr("Close the window"))
        self.close_button.clicked.connect(self.close)
        self._write_sheet = write_sheet
        self.sheet_button = QtWidgets.QPushButton(self.tr("Pr&int a bedside sheet…"))
        self.sheet_button.setAccessibleName(self.tr("Save a bedside sheet to print"))
        self.sheet_button.setToolTip(
            self.tr("Two weeks on one page, in large print, to write your nights on")
        )
        self.sheet_button.clicked.connect(self.sheet_clicked)
        self.sheet_button.setVisible(write_sheet is not None)
        self.sheet_message = QtWidgets.QLabel()
        self.sheet_message.setWordWrap(True)
        self.sheet_message.setVisible(False)
        bottom = QtWidgets.QHBoxLayout()
        bottom.addWidget(self.sheet_button)
        bottom.addWidget(self.sheet_message, 1)
        bottom.addWidget(self.close_button)

        self._layout = layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Close, self, self.close)
        QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape), self, self.close)

        self.refresh()
        metrics = self.fontMetrics()
        width = max(metrics.averageCharWidth() * 92, self.sizeHint().width())
        # Room for a two-line message under the tallest tab.
        height = self._needed_height(width) + metrics.lineSpacing() * 3
        screen = self.screen()
        if screen is not None:  # never taller than the screen (1280x720 with a panel)
            height = min(height, screen.availableGeometry().height() - metrics.lineSpacing() * 2)
        self.resize(width, max(height, self.minimumSizeHint().height()))
        for tab in (self.export_tab, self.restore_tab, self.backups_tab):
            tab.grown.connect(self._fit_height)

    # --- tabs and refreshing -------------------------------------------------------------------

    def choose_report(self, first: dt.date, last: dt.date) -> None:
        """Show the Export tab set for a clinician report of ``first`` .. ``last``."""
        if self.export_tab.can_write_pdf():
            self.export_tab.set_export_format("pdf")
        self.export_tab.set_dates(first, last)
        self.show_tab(0)

    def show_tab(self, index: int) -> None:
        """Show tab ``index`` (0 Export, 1 Restore, 2 Backups) and move the focus into it."""
        self.tabs.setCurrentIndex(index)
        page = self.tabs.currentWidget()
        focus = QtWidgets.QApplication.focusWidget()
        if focus is None or not page.isAncestorOf(focus):
            self.tabs.tabBar().setFocus(QtCore.Qt.FocusReason.ShortcutFocusReason)

    def _step_tab(self, step: int) -> None:
        self.show_tab((self.tabs.currentIndex() + step) % self.tabs.count())

    def refresh(self) -> None:
        """Read the backups folder again and bring the preset period up to today."""
        self.export_tab.refresh()
        if self.log_box is not None:
            self.log_box.refresh()
        self.refresh_backups()

    def refresh_backups(self) -> None:
        """Read the backups folder again."""
        found = self._data.daily_backups()
        self.restore_tab.show_backups(found)
        self.backups_tab.show_backups(found)

    def save_copy(self) -> None:
        """Go to the Export tab, set for a full backup of everything."""
        self.export_tab.set_export_format("json")
        self.export_tab.set_period(EVERYTHING)
        self.tabs.setCurrentIndex(0)
        self.export_tab.export_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    # --- the bedside sheet ---------------------------------------------------------------------

    def sheet_clicked(self) -> None:
        """Ask where to save the bedside sheet, then write it there."""
        suggested = Path.home() / self.tr("bedside-sheet.pdf")
        target = self.export_tab.choose_file(
            self.tr("Save the bedside sheet"), suggested, self.tr("PDF documents (*.pdf)")
        )
        if target is not None:
            self.write_sheet_to(target)

    def write_sheet_to(self, target: Path) -> bool:
        """Write the bedside sheet to ``target``; say how it went. Returns whether it worked."""
        if self._write_sheet is None:
            return False
        try:
            with self._busy():
                self._write_sheet(target)
        except OSError as exc:
            message = self.tr("Could not save the bedside sheet: %1").replace(
                "%1", exc.strerror or str(exc)
            )
            ok = False
        else:
            message = self.tr("Saved the bedside sheet as %1. Print it and keep it by your bed.")
            message = message.replace("%1", str(target))
            ok = True
        self.sheet_message.setText(message)
        self.sheet_message.setVisible(True)
        self._fit_height()
        announce(self.sheet_message, message)
        return ok

    # --- helpers -------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _busy(self) -> Iterator[None]:
        """A wait cursor, and the controls disabled, while working."""
        focus = QtWidgets.QApplication.focusWidget()
        self.tabs.setEnabled(False)
        self.close_button.setEnabled(False)
        self.sheet_button.setEnabled(False)
        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        QtWidgets.QApplication.processEvents(
            QtCore.QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents
        )
        try:
            yield
        finally:
            QtWidgets.QApplication.restoreOverrideCursor()
            self.tabs.setEnabled(True)
            self.close_button.setEnabled(True)
            self.sheet_button.setEnabled(True)
            if focus is not None and self.isAncestorOf(focus) and focus.isEnabled():
                focus.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _needed_height(self, width: int) -> int:
        """The height the content needs at ``width`` (wrapped labels included)."""
        layout = self._layout
        if layout.hasHeightForWidth():
            return max(layout.totalHeightForWidth(width), self.minimumSizeHint().height())
        return max(layout.totalSizeHint().height(), self.minimumSizeHint().height())

    def _fit_height(self) -> None:
        """Grow the window when a message needs more room than it has (never shrink it)."""
        needed = self._needed_height(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    # --- events --------------------------------------------------------------------------------

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Keep the report's name and notes as they are now."""
        self.export_tab.save_report_notes()
        super().closeEvent(event)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Backups may have been made, and the day may have changed, while hidden."""
        self.refresh()
        super().showEvent(event)
