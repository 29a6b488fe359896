"""The Export tab of "Your data": a clinician report (PDF), spreadsheets (CSV) or a full backup.

Periods are whole local days in the caller's time zone: ``[from, to]`` is
``[from 00:00, (to + 1 day) 00:00)``. The files are written through
:class:`~spasm_desktop.storage.data_files.DataFiles`, atomically, so a failed export leaves no
half-written file.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import schedule
from spasm_desktop.storage import backup
from spasm_desktop.storage.data_files import DataFiles
from spasm_desktop.storage.report_notes import MAX_NAME, MAX_NOTES, NO_NOTES, ReportNotes
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record import your_data_parts as parts

_log = logging.getLogger(__name__)

# The periods offered, in days; 0 is everything and -1 the dates chosen in the date fields.
PERIODS = (14, 30, 90, 0, -1)
DEFAULT_PERIOD = 14
EVERYTHING = 0
CHOSEN = -1
# The export formats, in the order offered.
FORMATS = ("pdf", "csv", "json")
# How long typing in the report's name or notes pauses before they are saved (ms).
SAVE_NOTES_MS = 600
# Writes the clinician report of the first to the last day (both included) to a PDF file.
WritePdf = Callable[[Path, dt.date, dt.date, ReportNotes], None]


def _day(value: QtCore.QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ExportTab(parts.DataTab):
    """Choose a format and a period, then save the records there.

    The file dialogs go through :meth:`choose_file` and :meth:`choose_folder`, so tests can
    replace them; :meth:`export_to` does the work after a dialog.
    """

    def __init__(
        self,
        data: DataFiles,
        tz: dt.tzinfo,
        today: Callable[[], dt.date],
        write_pdf: WritePdf | None,
        busy: parts.Busy,
        parent: QtWidgets.QWidget | None = None,
        *,
        report_notes: ReportNotes = NO_NOTES,
        on_report_notes: Callable[[ReportNotes], None] | None = None,
        log_box: QtWidgets.QWidget | None = None,
    ) -> None:
        """``report_notes`` fill the report's name and notes fields; ``on_report_notes`` gets
        them again a moment after each change, and on :meth:`save_report_notes`, to keep them.
        ``log_box`` (the two-week log) goes first, under the intro.
        """
        super().__init__(busy, parent)
        self._data = data
        self._tz = tz
        self._today = today
        self._write_pdf = write_pdf
        self._saved_notes = report_notes
        self._on_report_notes = on_report_notes
        self._notes_timer = QtCore.QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(SAVE_NOTES_MS)
        self._notes_timer.timeout.connect(self.save_report_notes)
        self._loading_dates = False
        # The folder that holds the last export (to open it).
        self._last_folder: Path | None = None
        self.setAccessibleName(self.tr("Export"))
        layout = QtWidgets.QVBoxLayout(self)

        parts.add_intro(
            layout,
            self.tr(
                "Save your records to a file: to show a clinician, to open in a spreadsheet, or "
                "to keep as a backup."
            ),
        )
        if log_box is not None:
            layout.addWidget(log_box)
        layout.addWidget(self._build_formats())
        layout.addWidget(self._build_period())
        layout.addWidget(self._build_notes_box())

        self.export_problem = parts.message_label(self.tr("Problem with the period"))
        self.mark_problem(self.export_problem, True)  # shown only when there is a problem
        layout.addWidget(self.export_problem)

        self.export_message = parts.message_label(self.tr("Result of the export"))
        self.open_export_folder_button = QtWidgets.QPushButton(self.tr("&Open folder"))
        self.open_export_folder_button.setAccessibleName(self.tr("Open the folder of the export"))
        self.open_export_folder_button.clicked.connect(self._open_export_folder)
        self.open_export_folder_button.hide()
        self.export_button = QtWidgets.QPushButton(self.tr("E&xport…"))
        self.export_button.setAccessibleName(self.tr("Export: choose where to save"))
        self.export_button.clicked.connect(self.export_clicked)
        result = QtWidgets.QHBoxLayout()
        result.addWidget(self.export_message, 1)
        result.addWidget(self.open_export_folder_button, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        layout.addLayout(result)
        layout.addStretch(1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        layout.addLayout(buttons)
        self.refresh()

    # --- building ------------------------------------------------------------------------------

    def _build_formats(self) -> QtWidgets.QGroupBox:
        formats = QtWidgets.QGroupBox(self.tr("What to save"))
        formats.setAccessibleName(self.tr("What to save"))
        grid = QtWidgets.QGridLayout(formats)
        grid.setColumnStretch(1, 1)
        indent = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        indent += self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        self.pdf_option = QtWidgets.QRadioButton(self.tr("Report for a clinician (&PDF)"))
        self.csv_option = QtWidgets.QRadioButton(
            self.tr("&Spreadsheet files, one per kind of record")
        )
        self.json_option = QtWidgets.QRadioButton(self.tr("&Full backup, to restore later"))
        pdf_words = (
            self.tr("A readable report of the period, to print or to take to an appointment.")
            if self._write_pdf is not None
            else self.tr("Not available: this installation cannot write PDF reports.")
        )
        captions = (
            (self.pdf_option, self.tr("Report for a clinician (PDF)"), pdf_words),
            (
                self.csv_option,
                self.tr("Spreadsheet files, one per kind of record"),
                self.tr(
                    "A new folder with one file for each kind of record (drinks, cramps, "
                    "breaks, ...), in a plain table format (CSV) that LibreOffice Calc, Excel and "
                    "other spreadsheet programs open."
                ),
            ),
            (
                self.json_option,
                self.tr("Full backup, to restore later"),
                self.tr(
                    "The records of the period and your settings in one file, which the Restore "
                    "tab can read back."
                ),
            ),
        )
        self._format_group = QtWidgets.QButtonGroup(self)
        for row, (option, name, words) in enumerate(captions):
            option.setAccessibleName(name)
            option.setAccessibleDescription(words)
            self._format_group.addButton(option, row)
            caption = parts.caption(words)
            caption.setContentsMargins(indent, 0, 0, 0)
            grid.addWidget(option, row * 2, 0, 1, 2)
            grid.addWidget(caption, row * 2 + 1, 0, 1, 2)
        if self._write_pdf is None:
            self.pdf_option.setEnabled(False)
            self.csv_option.setChecked(True)
        else:
            self.pdf_option.setChecked(True)
        self._format_group.idToggled.connect(lambda _id, _on: self._revalidate())
        return formats

    def _build_period(self) -> QtWidgets.QGroupBox:
        period = QtWidgets.QGroupBox(self.tr("Which records"))
        period.setAccessibleName(self.tr("Which records"))
        form = QtWidgets.QFormLayout(period)
        self.period_combo = QtWidgets.QComboBox()
        self.period_combo.setAccessibleName(self.tr("Period"))
        locale = QtCore.QLocale()
        for days in PERIODS:
            if days == EVERYTHING:
                name = self.tr("Everything recorded")
            elif days == CHOSEN:
                name = self.tr("The dates below")
            else:
                name = self.tr("Last %1 days").replace("%1", locale.toString(days))
            self.period_combo.addItem(name, days)
        self.period_combo.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        self.period_combo.currentIndexChanged.connect(self.refresh)
        period_label = QtWidgets.QLabel(self.tr("Perio&d:"))
        period_label.setBuddy(self.period_combo)
        form.addRow(period_label, self.period_combo)

        date_format = locale.dateFormat(QtCore.QLocale.FormatType.ShortFormat)
        if "yyyy" not in date_format:
            # A four-digit year is easier to read and type than "24/11/26".
            date_format = date_format.replace("yy", "yyyy")
        self.from_date = QtWidgets.QDateEdit()
        self.to_date = QtWidgets.QDateEdit()
        for edit, name in (
            (self.from_date, self.tr("From (first day included)")),
            (self.to_date, self.tr("To (last day included)")),
        ):
            edit.setCalendarPopup(True)
            edit.setDateRange(QtCore.QDate(1900, 1, 1), QtCore.QDate(2999, 12, 31))
            edit.setDisplayFormat(date_format)
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._date_edited)
        dates = QtWidgets.QHBoxLayout()
        from_label = QtWidgets.QLabel(self.tr("Fro&m:"))
        from_label.setBuddy(self.from_date)
        to_label = QtWidgets.QLabel(self.tr("&To:"))
        to_label.setBuddy(self.to_date)
        dates.addWidget(self.from_date)
        dates.addSpacing(self.fontMetrics().averageCharWidth() * 2)
        dates.addWidget(to_label)
        dates.addWidget(self.to_date)
        dates.addStretch(1)
        form.addRow(from_label, dates)
        self.period_hint = parts.caption(self.tr("Whole days, from midnight to midnight."))
        form.addRow(self.period_hint)
        return period

    def _build_notes_box(self) -> QtWidgets.QGroupBox:
        """The name and the notes for the appointment, printed on the report (both optional)."""
        self.notes_box = box = QtWidgets.QGroupBox(self.tr("On the report (optional)"))
        box.setAccessibleName(self.tr("On the report (optional)"))
        form = QtWidgets.QFormLayout(box)
        self.name_edit = QtWidgets.QLineEdit(self._saved_notes.name)
        self.name_edit.setMaxLength(MAX_NAME)
        self.name_edit.setAccessibleName(self.tr("Your name, printed at the top of the report"))
        self.name_edit.setPlaceholderText(self.tr("Left off when empty"))
        name_label = QtWidgets.QLabel(self.tr("Your &name:"))
        name_label.setBuddy(self.name_edit)
        form.addRow(name_label, self.name_edit)
        self.notes_edit = QtWidgets.QPlainTextEdit(self._saved_notes.notes)
        self.notes_edit.setTabChangesFocus(True)  # Tab leaves the box: no keyboard trap
        self.notes_edit.setAccessibleName(self.tr("Notes and questions for the appointment"))
        self.notes_edit.setPlaceholderText(self.tr("What you want to ask, or what changed"))
        self.notes_edit.setFixedHeight(
            self.notes_edit.fontMetrics().lineSpacing() * 3
            + 2 * self.notes_edit.frameWidth()
            + round(self.notes_edit.document().documentMargin() * 2)
        )
        notes_label = QtWidgets.QLabel(self.tr("&Questions or notes:"))
        notes_label.setBuddy(self.notes_edit)
        form.addRow(notes_label, self.notes_edit)
        form.addRow(
            parts.caption(
                self.tr("Printed on page 2 of the report, and kept here for the next one.")
            )
        )
        self.name_edit.textChanged.connect(self._notes_timer.start)
        self.notes_edit.textChanged.connect(self._notes_timer.start)
        return box

    # --- the report's name and notes -----------------------------------------------------------

    def report_notes(self) -> ReportNotes:
        """The name and notes as typed (trimmed, at most :data:`MAX_NOTES` characters)."""
        return ReportNotes(
            self.name_edit.text().strip()[:MAX_NAME],
            self.notes_edit.toPlainText().strip()[:MAX_NOTES],
        )

    def save_report_notes(self) -> None:
        """Hand the name and notes to ``on_report_notes`` if they changed since last time."""
        self._notes_timer.stop()
        current = self.report_notes()
        if current != self._saved_notes and self._on_report_notes is not None:
            self._on_report_notes(current)
        self._saved_notes = current

    # --- format and period ---------------------------------------------------------------------

    def export_format(self) -> str:
        """The format chosen: "pdf", "csv" or "json"."""
        return FORMATS[max(self._format_group.checkedId(), 0)]

    def set_export_format(self, name: str) -> None:
        """Choose "pdf", "csv" or "json"."""
        button = self._format_group.button(FORMATS.index(name))
        if button.isEnabled():
            button.setChecked(True)

    def can_write_pdf(self) -> bool:
        """Whether the clinician report can be chosen."""
        return self.pdf_option.isEnabled()

    def set_period(self, days: int) -> None:
        """Choose the last ``days`` days (14, 30, 90), everything (0) or the dates (-1)."""
        self.period_combo.setCurrentIndex(PERIODS.index(days))

    def set_dates(self, first: dt.date, last: dt.date) -> None:
        """Enter the dates (the period becomes "the dates below")."""
        self.from_date.setDate(QtCore.QDate(first.year, first.month, first.day))
        self.to_date.setDate(QtCore.QDate(last.year, last.month, last.day))

    def period(self) -> tuple[dt.date, dt.date] | None:
        """The first and last day to export (both included), or None for everything."""
        days = int(self.period_combo.currentData())
        if days == EVERYTHING:
            return None
        if days == CHOSEN:
            return _day(self.from_date.date()), _day(self.to_date.date())
        last = self._today()
        return last - dt.timedelta(days=days - 1), last

    def _bounds(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """The period as instants: from midnight of the first day to midnight after the last."""
        days = self.period()
        if days is None:
            return None, None
        midnight = dt.time(0, 0)
        return (
            schedule.local_instant(days[0], midnight, self._tz),
            schedule.local_instant(days[1] + dt.timedelta(days=1), midnight, self._tz),
        )

    def refresh(self) -> None:
        """Bring the preset period up to today."""
        days = int(self.period_combo.currentData())
        if days not in (EVERYTHING, CHOSEN):
            shown = self.period()
            assert shown is not None
            self._loading_dates = True
            self.set_dates(*shown)
            self._loading_dates = False
        for edit in (self.from_date, self.to_date):
            edit.setEnabled(days != EVERYTHING)
        self._revalidate()

    def _date_edited(self) -> None:
        if self._loading_dates:
            return
        if int(self.period_combo.currentData()) != CHOSEN:
            self.period_combo.blockSignals(True)
            self.period_combo.setCurrentIndex(PERIODS.index(CHOSEN))
            self.period_combo.blockSignals(False)
        self._revalidate()

    def export_problem_text(self) -> str:
        """Why the export cannot start (empty if it can)."""
        days = self.period()
        if days is not None and days[0] > days[1]:
            return self.tr("The first day is after the last day: change one of the dates.")
        if days is None and self.export_format() == "pdf":
            return self.tr("A report covers a period: choose one of the periods or dates.")
        return ""

    def _revalidate(self) -> None:
        self.notes_box.setEnabled(self.export_format() == "pdf")
        problem = self.export_problem_text()
        self.export_problem.setText(problem)
        self.export_problem.setVisible(bool(problem))
        self.export_button.setEnabled(not problem)
        if problem:
            self.grown.emit()

    def default_name(self) -> str:
        """The file (or, for CSV, folder) name offered for the export."""
        days = self.period()
        if days is None:
            span = self._today().isoformat()
        else:
            span = f"{days[0].isoformat()}-to-{days[1].isoformat()}"
        kind = self.export_format()
        if kind == "pdf":
            return f"spasm-report-{span}.pdf"
        if kind == "json":
            return f"spasm-backup-{span}.json"
        return f"spasm-data-{span}"

    # --- exporting -----------------------------------------------------------------------------

    def choose_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Ask where to save a file (None if cancelled)."""
        name, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self, text.window_title(title), str(suggested), file_filter
        )
        return Path(name) if name else None

    def choose_folder(self, title: str, start: Path) -> Path | None:
        """Ask for a folder (None if cancelled)."""
        name = QtWidgets.QFileDialog.getExistingDirectory(
            self, text.window_title(title), str(start)
        )
        return Path(name) if name else None

    def export_clicked(self) -> None:
        """Ask where to save, then export there."""
        if self.export_problem_text():
            return
        kind = self.export_format()
        suggested = Path.home() / self.default_name()
        target: Path | None
        if kind == "pdf":
            target = self.choose_file(
                self.tr("Save the report"), suggested, self.tr("PDF documents (*.pdf)")
            )
        elif kind == "json":
            target = self.choose_file(
                self.tr("Save the backup"), suggested, self.tr("Spasm backups (*.json)")
            )
        else:
            folder = self.choose_folder(
                self.tr("Choose where to put the folder of CSV files"), Path.home()
            )
            target = None if folder is None else self._data.free_name(folder / self.default_name())
        if target is not None:
            self.export_to(target)

    def export_to(self, target: Path) -> bool:
        """Export in the chosen format and period to ``target`` (a folder for CSV).

        Shows the outcome in the tab; returns whether it worked.
        """
        if self.export_problem_text():
            return False
        kind = self.export_format()
        start, end = self._bounds()
        counts: dict[str, int] | None = None
        error = ""
        with self.busy():
            try:
                if kind == "pdf":
                    days = self.period()
                    assert days is not None
                    assert self._write_pdf is not None
                    self.save_report_notes()
                    self._write_pdf(target, days[0], days[1], self.report_notes())
                elif kind == "json":
                    counts = self._data.export_json(target, start, end)
                else:
                    counts = self._data.export_csv(target, start, end)
            except OSError as exc:
                _log.warning("export to %s failed: %s", target, exc)
                error = (
                    self.tr("Could not save to %1: %2. Nothing was saved.")
                    .replace("%1", str(target))
                    .replace("%2", exc.strerror or str(exc))
                )
            except (backup.BackupError, sqlite3.Error) as exc:
                _log.warning("export could not read the records: %s", exc)
                error = self.tr("Could not read your records: %1. Nothing was saved.").replace(
                    "%1", str(exc)
                )
        if error:
            self._last_folder = None
            self.show_message(self.export_message, error, problem=True)
            self.open_export_folder_button.hide()
            return False
        self._last_folder = target if kind == "csv" else target.parent
        if kind == "pdf":
            words = self.tr("Saved the report to %1.").replace("%1", str(target))
        elif kind == "json":
            assert counts is not None
            words = (
                self.tr("Saved %1 to %2, with your settings.")
                .replace("%1", parts.counts_text(counts))
                .replace("%2", str(target))
            )
        else:
            assert counts is not None
            words = (
                self.tr("Saved %1 to the folder %2.")
                .replace("%1", parts.counts_text(counts))
                .replace("%2", str(target))
            )
        self.show_message(self.export_message, words)
        self.open_export_folder_button.show()
        return True

    def _open_export_folder(self) -> None:
        if self._last_folder is not None:
            self.open_folder(self._last_folder, self.export_message)
