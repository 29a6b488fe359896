"""The "Your data" window: export (PDF report, CSV, JSON backup), restore, and automatic backups.

Everything here goes through :mod:`spasm_desktop.storage.backup`, whose writes are atomic, so a
failed export leaves no half-written file. A restore only adds records that are not already in
the database and never touches the settings. Work is done synchronously under a wait cursor, with
the controls disabled meanwhile: even 100,000 records take only a second or two.

Periods are whole local days in the caller's time zone: ``[from, to]`` is
``[from 00:00, (to + 1 day) 00:00)``.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import schedule
from spasm_desktop.storage import backup
from spasm_desktop.ui import assets

_log = logging.getLogger(__name__)

#: How many automatic daily backups are kept (passed to :func:`backup.daily_backup`).
KEEP = 7
#: The periods offered, in days; 0 is everything and -1 the dates chosen in the date fields.
PERIODS = (14, 30, 90, 0, -1)
DEFAULT_PERIOD = 14
EVERYTHING = 0
CHOSEN = -1
#: The export formats, in the order offered.
FORMATS = ("pdf", "csv", "json")
#: The order tables are named in messages (tables not listed follow, in backup.TABLES order).
_TABLE_ORDER = ("cramp_episodes", "drinks", "routine_sessions", "breaks", "reminder_log")
#: Problems shown for a file that cannot be restored, before "and N more".
_MAX_PROBLEMS = 12
#: The longest name and notes printed on the report (characters).
MAX_NAME = 80
MAX_NOTES = 2000
#: How long typing in the report's name or notes pauses before they are saved (ms).
SAVE_NOTES_MS = 600


@dataclasses.dataclass(frozen=True)
class ReportNotes:
    """What the person adds to the clinician report: a name, and notes or questions."""

    name: str = ""
    notes: str = ""

    @classmethod
    def from_json(cls, value: object) -> ReportNotes:
        """Read a saved value (anything unreadable gives empty notes)."""
        if not isinstance(value, dict):
            return cls()
        name, notes = value.get("name", ""), value.get("notes", "")
        return cls(
            name[:MAX_NAME] if isinstance(name, str) else "",
            notes[:MAX_NOTES] if isinstance(notes, str) else "",
        )

    def to_json(self) -> dict[str, str]:
        return {"name": self.name, "notes": self.notes}


def _plural(translated: str, n: int) -> str:
    """Settle the English "(s)" of an untranslated ``%n`` text (translations have real forms)."""
    return translated.replace("(s)", "" if n == 1 else "s")


def _ordered(names: Iterable[str]) -> list[str]:
    """Tables in the order they are named: the usual ones first, then backup.TABLES order."""
    order = [*_TABLE_ORDER, *(table.name for table in backup.TABLES)]
    return sorted(names, key=lambda name: order.index(name) if name in order else len(order))


def date_text(day: dt.date, format_type: QtCore.QLocale.FormatType) -> str:
    """A date in the locale's format."""
    return QtCore.QLocale().toString(QtCore.QDate(day.year, day.month, day.day), format_type)


def time_text(instant: dt.datetime, tz: dt.tzinfo) -> str:
    """A time of day in the locale's short format."""
    local = instant.astimezone(tz)
    return QtCore.QLocale().toString(
        QtCore.QTime(local.hour, local.minute), QtCore.QLocale.FormatType.ShortFormat
    )


def daily_backups(folder: Path) -> list[tuple[dt.date, Path]]:
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
    return sorted(found, reverse=True)


def _day(value: QtCore.QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _modified(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
    except OSError:
        return None


def _selectable(label: QtWidgets.QLabel) -> QtWidgets.QLabel:
    """Make a label's text selectable by mouse and keyboard (it takes focus then)."""
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(
        QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        | QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return label


def _message_label(accessible: str) -> QtWidgets.QLabel:
    label = _selectable(QtWidgets.QLabel())
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    label.hide()
    return label


def _caption(words: str) -> QtWidgets.QLabel:
    """A secondary line of explanation, in the palette's quieter text colour."""
    label = QtWidgets.QLabel(words)
    label.setWordWrap(True)
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
    label.setAccessibleName(words)
    return label


class YourDataWindow(QtWidgets.QWidget):
    """Export, restore and the automatic backups, in three tabs.

    The file dialogs and the confirmation go through :meth:`choose_file`,
    :meth:`choose_folder`, :meth:`choose_backup_file` and :meth:`confirm_restore`, so tests can
    replace them; :meth:`export_to` and :meth:`load_backup` do the work after a dialog.
    """

    def __init__(
        self,
        db: Path,
        settings_file: Path,
        backups_dir: Path,
        tz: dt.tzinfo,
        today: Callable[[], dt.date],
        write_pdf: Callable[[Path, dt.date, dt.date, ReportNotes], None] | None,
        on_restored: Callable[[dict[str, int]], None],
        parent: QtWidgets.QWidget | None = None,
        *,
        report_notes: ReportNotes = ReportNotes(),
        on_report_notes: Callable[[ReportNotes], None] | None = None,
    ) -> None:
        """``report_notes`` fill the report's name and notes fields; ``on_report_notes`` gets
        them again a moment after each change, and when the window closes, to keep them.
        """
        super().__init__(parent)
        self._saved_notes = report_notes
        self._on_report_notes = on_report_notes
        self._notes_timer = QtCore.QTimer(self)
        self._notes_timer.setSingleShot(True)
        self._notes_timer.setInterval(SAVE_NOTES_MS)
        self._notes_timer.timeout.connect(self.save_report_notes)
        self._db = db
        self._settings_file = settings_file
        self._backups_dir = backups_dir
        self._tz = tz
        self._today = today
        self._write_pdf = write_pdf
        self._on_restored = on_restored
        self._loading_dates = False
        #: Labels that show problems, so a palette change can recolour them.
        self._problem_labels: set[QtWidgets.QLabel] = set()
        self._last_export: Path | None = None
        self._backup: backup.Backup | None = None
        self._backup_path: Path | None = None
        self._plan: dict[str, int] = {}

        self.setWindowTitle(self.tr("Your data – Spasm Desktop"))
        self.setWindowIcon(assets.icon("app"))
        self.setAccessibleName(self.tr("Your data"))

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setAccessibleName(self.tr("Your data sections"))
        self.tabs.tabBar().setAccessibleName(self.tr("Your data sections"))
        self.tabs.addTab(self._build_export_tab(), self.tr("&Export"))
        self.tabs.addTab(self._build_restore_tab(), self.tr("&Restore"))
        self.tabs.addTab(self._build_backups_tab(), self.tr("&Backups"))
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
        bottom = QtWidgets.QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)

        self._layout = layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)

        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Close, self, self.close)
        QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape), self, self.close)

        self._apply_problem_colour()
        self.refresh()
        metrics = self.fontMetrics()
        width = max(metrics.averageCharWidth() * 92, self.sizeHint().width())
        # Room for a two-line message under the tallest tab.
        height = self._needed_height(width) + metrics.lineSpacing() * 3
        screen = self.screen()
        if screen is not None:  # never taller than the screen (1280x720 with a panel)
            height = min(height, screen.availableGeometry().height() - metrics.lineSpacing() * 2)
        self.resize(width, max(height, self.minimumSizeHint().height()))

    # --- building ------------------------------------------------------------------------------

    def _build_export_tab(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        page.setAccessibleName(self.tr("Export"))
        layout = QtWidgets.QVBoxLayout(page)

        intro = QtWidgets.QLabel(
            self.tr(
                "Save your records to a file: to show a clinician, to open in a spreadsheet, or "
                "to keep as a backup."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(intro.text())
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)

        formats = QtWidgets.QGroupBox(self.tr("What to save"))
        formats.setAccessibleName(self.tr("What to save"))
        grid = QtWidgets.QGridLayout(formats)
        grid.setColumnStretch(1, 1)
        indent = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ExclusiveIndicatorWidth)
        indent += self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_RadioButtonLabelSpacing)
        self.pdf_option = QtWidgets.QRadioButton(self.tr("Report for a clinician (&PDF)"))
        self.csv_option = QtWidgets.QRadioButton(self.tr("&Spreadsheet (CSV, one file per table)"))
        self.json_option = QtWidgets.QRadioButton(self.tr("&Full backup (JSON)"))
        pdf_words = (
            self.tr("A readable report of the period, to print or to take to an appointment.")
            if self._write_pdf is not None
            else self.tr("Not available: this installation cannot write PDF reports.")
        )
        captions = (
            (self.pdf_option, self.tr("Report for a clinician (PDF)"), pdf_words),
            (
                self.csv_option,
                self.tr("Spreadsheet (CSV, one file per table)"),
                self.tr("A new folder with one CSV file (UTF-8) for each kind of record."),
            ),
            (
                self.json_option,
                self.tr("Full backup (JSON)"),
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
            caption = _caption(words)
            caption.setContentsMargins(indent, 0, 0, 0)
            grid.addWidget(option, row * 2, 0, 1, 2)
            grid.addWidget(caption, row * 2 + 1, 0, 1, 2)
        if self._write_pdf is None:
            self.pdf_option.setEnabled(False)
            self.csv_option.setChecked(True)
        else:
            self.pdf_option.setChecked(True)
        self._format_group.idToggled.connect(lambda _id, _on: self._revalidate_export())
        layout.addWidget(formats)

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
        self.period_combo.currentIndexChanged.connect(self._period_changed)
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
        self.period_hint = _caption(self.tr("Whole days, from midnight to midnight."))
        form.addRow(self.period_hint)
        layout.addWidget(period)
        layout.addWidget(self._build_notes_box())

        self.export_problem = _message_label(self.tr("Problem with the period"))
        self._problem_labels.add(self.export_problem)
        layout.addWidget(self.export_problem)

        self.export_message = _message_label(self.tr("Result of the export"))
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
        self._period_changed()
        return page

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
            _caption(self.tr("Printed on page 2 of the report, and kept here for the next one."))
        )
        self.name_edit.textChanged.connect(self._notes_timer.start)
        self.notes_edit.textChanged.connect(self._notes_timer.start)
        return box

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

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        self.save_report_notes()
        super().closeEvent(event)

    def _build_restore_tab(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        page.setAccessibleName(self.tr("Restore"))
        layout = QtWidgets.QVBoxLayout(page)
        intro = QtWidgets.QLabel(
            self.tr(
                "Bring back records from a backup. Only records you do not have are added: "
                "nothing is overwritten or deleted, and your settings stay as they are."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleName(intro.text())
        layout.addWidget(intro)
        layout.addSpacing(self.fontMetrics().lineSpacing() // 2)

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
        self.no_backups_label = _caption(self.tr("There are no automatic backups yet."))
        layout.addWidget(list_label)
        layout.addWidget(self.backups_list)
        layout.addWidget(self.no_backups_label)

        details = QtWidgets.QGroupBox(self.tr("The backup"))
        details.setAccessibleName(self.tr("The backup chosen"))
        details_layout = QtWidgets.QVBoxLayout(details)
        self.restore_details = _selectable(QtWidgets.QLabel(self.tr("No backup chosen yet.")))
        self.restore_details.setWordWrap(True)
        self.restore_details.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self.restore_details.setAccessibleName(self.tr("What the backup holds"))
        details_layout.addWidget(self.restore_details, 1)
        layout.addWidget(details, 1)

        self.restore_message = _message_label(self.tr("Result of the restore"))
        layout.addWidget(self.restore_message)

        self.restore_button = QtWidgets.QPushButton(self.tr("Re&store…"))
        self.restore_button.setAccessibleName(self.tr("Restore: add the records listed"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_clicked)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        layout.addLayout(buttons)
        return page

    def _build_backups_tab(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        page.setAccessibleName(self.tr("Backups"))
        layout = QtWidgets.QVBoxLayout(page)

        where = QtWidgets.QGroupBox(self.tr("Where your data is"))
        where.setAccessibleName(self.tr("Where your data is"))
        form = QtWidgets.QFormLayout(where)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.database_path = _selectable(QtWidgets.QLabel(str(self._db)))
        self.settings_path = _selectable(QtWidgets.QLabel(str(self._settings_file)))
        self.backups_path = _selectable(QtWidgets.QLabel(str(self._backups_dir)))
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
            label.setAccessibleName(name)
            label.setAccessibleDescription(label.text())
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
            ).replace("%1", QtCore.QLocale().toString(KEEP))
        )
        explain.setWordWrap(True)
        explain.setAccessibleName(explain.text())
        auto_layout.addWidget(explain)
        self.newest_label = _selectable(QtWidgets.QLabel())
        self.newest_label.setWordWrap(True)
        self.newest_label.setAccessibleName(self.tr("The newest automatic backup"))
        auto_layout.addWidget(self.newest_label)

        self.backup_now_button = QtWidgets.QPushButton(self.tr("Back up &now"))
        self.backup_now_button.setAccessibleName(self.tr("Make today's backup now"))
        self.backup_now_button.clicked.connect(self.backup_now)
        self.open_backups_button = QtWidgets.QPushButton(self.tr("&Open folder"))
        self.open_backups_button.setAccessibleName(self.tr("Open the folder of the backups"))
        self.open_backups_button.clicked.connect(lambda: self.open_folder(self._backups_dir))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self.backup_now_button)
        row.addWidget(self.open_backups_button)
        row.addStretch(1)
        auto_layout.addLayout(row)

        self.backups_message = _message_label(self.tr("Result of the backup"))
        self.save_copy_button = QtWidgets.QPushButton(self.tr("Save a cop&y…"))
        self.save_copy_button.setAccessibleName(
            self.tr("Save a copy of everything now (on the Export tab)")
        )
        self.save_copy_button.clicked.connect(self.save_copy)
        self.save_copy_button.hide()
        message_row = QtWidgets.QHBoxLayout()
        message_row.addWidget(self.backups_message, 1)
        message_row.addWidget(self.save_copy_button, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        auto_layout.addLayout(message_row)
        layout.addWidget(auto)
        layout.addStretch(1)
        return page

    # --- words ---------------------------------------------------------------------------------

    def table_count(self, name: str, n: int) -> str:
        """Rows of a table in words: "42 cramp episodes", "1,203 drinks"."""
        if name == "cramp_episodes":
            words = self.tr("%Ln cramp episode(s)", None, n)
        elif name == "drinks":
            words = self.tr("%Ln drink(s)", None, n)
        elif name == "routine_sessions":
            words = self.tr("%Ln guided routine(s)", None, n)
        elif name == "breaks":
            words = self.tr("%Ln break(s) from sitting", None, n)
        elif name == "reminder_log":
            words = self.tr("%Ln reminder record(s)", None, n)
        elif name == "medicines":
            words = self.tr("%Ln medicine(s)", None, n)
        elif name == "profile":
            words = self.tr("%Ln health profile answer(s)", None, n)
        elif name == "day_goals":
            # A day's row may say it had no goal: counted as days, never as goals.
            words = self.tr("the water goal of %Ln day(s)", None, n)
        else:
            # A table this window has no words for yet: its name, readably.
            words = self.tr("%Ln record(s) of “%1”", None, n)
            words = words.replace("%1", name.replace("_", " "))
        return _plural(words, n)

    def counts_text(self, counts: Mapping[str, int]) -> str:
        """The non-zero counts in words, as in "3 cramp episodes and 12 drinks" ("no records")."""
        names = [name for name in _ordered(counts) if counts[name] > 0]
        if not names:
            return self.tr("no records")
        parts = [self.table_count(name, counts[name]) for name in names]
        return QtCore.QLocale().createSeparatedList(parts)

    # --- tabs and refreshing -------------------------------------------------------------------

    def choose_report(self, first: dt.date, last: dt.date) -> None:
        """Show the Export tab set for a clinician report of ``first`` .. ``last``."""
        if self.pdf_option.isEnabled():
            self.set_export_format("pdf")
        self.set_dates(first, last)
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
        self._period_changed()
        self._refresh_backups()

    def _refresh_backups(self) -> None:
        found = daily_backups(self._backups_dir)
        current = self.backups_list.currentItem()
        chosen = current.data(QtCore.Qt.ItemDataRole.UserRole) if current else None
        self.backups_list.blockSignals(True)
        self.backups_list.clear()
        today = self._today()
        for day, path in found:
            words = date_text(day, QtCore.QLocale.FormatType.LongFormat)
            made = _modified(path)
            if made is not None:
                words = (
                    self.tr("%1, saved at %2", "date, time")
                    .replace("%1", words)
                    .replace("%2", time_text(made, self._tz))
                )
            if day == today:
                words = self.tr("%1 (today)").replace("%1", words)
            item = QtWidgets.QListWidgetItem(words)
            item.setData(QtCore.Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.backups_list.addItem(item)
            if str(path) == chosen:
                self.backups_list.setCurrentItem(item)
        self.backups_list.blockSignals(False)
        self.backups_list.setVisible(bool(found))
        # As tall as the backups (at least three rows): the details below get the rest.
        rows = min(max(len(found), 3), KEEP + 1)
        frame = self.backups_list.frameWidth() * 2
        row_height = self.backups_list.sizeHintForRow(0) if found else self.fontMetrics().height()
        self.backups_list.setFixedHeight(row_height * rows + frame)
        self.no_backups_label.setVisible(not found)

        if found:
            day, path = found[0]
            made = _modified(path)
            newest = date_text(day, QtCore.QLocale.FormatType.LongFormat)
            if made is not None:
                newest = (
                    self.tr("%1 at %2", "date, time")
                    .replace("%1", newest)
                    .replace("%2", time_text(made, self._tz))
                )
            self.newest_label.setText(
                self.tr("The newest is from %1. There are %2 in the folder.")
                .replace("%1", newest)
                .replace("%2", QtCore.QLocale().toString(len(found)))
            )
        else:
            self.newest_label.setText(self.tr("There is no automatic backup yet."))
        self.open_backups_button.setEnabled(self._backups_dir.is_dir())

    def backup_paths(self) -> list[Path]:
        """The automatic backups listed on the Restore tab, in order (newest first)."""
        return [
            Path(self.backups_list.item(row).data(QtCore.Qt.ItemDataRole.UserRole))
            for row in range(self.backups_list.count())
        ]

    # --- export --------------------------------------------------------------------------------

    def export_format(self) -> str:
        """The format chosen: "pdf", "csv" or "json"."""
        return FORMATS[max(self._format_group.checkedId(), 0)]

    def set_export_format(self, name: str) -> None:
        """Choose "pdf", "csv" or "json"."""
        button = self._format_group.button(FORMATS.index(name))
        if button.isEnabled():
            button.setChecked(True)

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

    def _period_changed(self) -> None:
        days = int(self.period_combo.currentData())
        if days not in (EVERYTHING, CHOSEN):
            shown = self.period()
            assert shown is not None
            self._loading_dates = True
            self.set_dates(*shown)
            self._loading_dates = False
        for edit in (self.from_date, self.to_date):
            edit.setEnabled(days != EVERYTHING)
        self._revalidate_export()

    def _date_edited(self) -> None:
        if self._loading_dates:
            return
        if int(self.period_combo.currentData()) != CHOSEN:
            self.period_combo.blockSignals(True)
            self.period_combo.setCurrentIndex(PERIODS.index(CHOSEN))
            self.period_combo.blockSignals(False)
        self._revalidate_export()

    def export_problem_text(self) -> str:
        """Why the export cannot start (empty if it can)."""
        days = self.period()
        if days is not None and days[0] > days[1]:
            return self.tr("The first day is after the last day: change one of the dates.")
        if days is None and self.export_format() == "pdf":
            return self.tr("A report covers a period: choose one of the periods or dates.")
        return ""

    def _revalidate_export(self) -> None:
        self.notes_box.setEnabled(self.export_format() == "pdf")
        problem = self.export_problem_text()
        self.export_problem.setText(problem)
        self.export_problem.setVisible(bool(problem))
        self.export_button.setEnabled(not problem)
        if problem and hasattr(self, "_layout"):
            self._fit_height()

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

    def choose_file(self, title: str, suggested: Path, file_filter: str) -> Path | None:
        """Ask where to save a file (None if cancelled)."""
        name, _filter = QtWidgets.QFileDialog.getSaveFileName(
            self, title, str(suggested), file_filter
        )
        return Path(name) if name else None

    def choose_folder(self, title: str, start: Path) -> Path | None:
        """Ask for a folder (None if cancelled)."""
        name = QtWidgets.QFileDialog.getExistingDirectory(self, title, str(start))
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
            target = None if folder is None else self._new_folder(folder / self.default_name())
        if target is not None:
            self.export_to(target)

    @staticmethod
    def _new_folder(wanted: Path) -> Path:
        """``wanted``, or ``wanted-2``, ``wanted-3``… if it is taken (so nothing is replaced)."""
        candidate, number = wanted, 1
        while candidate.exists():
            number += 1
            candidate = wanted.with_name(f"{wanted.name}-{number}")
        return candidate

    def export_to(self, target: Path) -> bool:
        """Export in the chosen format and period to ``target`` (a folder for CSV).

        Shows the outcome in the window; returns whether it worked.
        """
        if self.export_problem_text():
            return False
        kind = self.export_format()
        start, end = self._bounds()
        counts: dict[str, int] | None = None
        error = ""
        with self._busy():
            try:
                if kind == "pdf":
                    days = self.period()
                    assert days is not None and self._write_pdf is not None
                    self.save_report_notes()
                    self._write_pdf(target, days[0], days[1], self.report_notes())
                elif kind == "json":
                    counts = backup.export_json(self._db, self._settings_file, target, start, end)
                else:
                    counts = backup.export_csv(self._db, target, start, end)
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
            self._last_export = None
            self._show(self.export_message, error, problem=True)
            self.open_export_folder_button.hide()
            return False
        self._last_export = target
        if kind == "pdf":
            words = self.tr("Saved the report to %1.").replace("%1", str(target))
        elif kind == "json":
            assert counts is not None
            words = (
                self.tr("Saved %1 to %2, with your settings.")
                .replace("%1", self.counts_text(counts))
                .replace("%2", str(target))
            )
        else:
            assert counts is not None
            words = (
                self.tr("Saved %1 to the folder %2.")
                .replace("%1", self.counts_text(counts))
                .replace("%2", str(target))
            )
        self._show(self.export_message, words)
        self.open_export_folder_button.show()
        return True

    def _open_export_folder(self) -> None:
        if self._last_export is not None:
            kind_is_folder = self._last_export.is_dir()
            self.open_folder(self._last_export if kind_is_folder else self._last_export.parent)

    def open_folder(self, folder: Path) -> bool:
        """Show ``folder`` in the file manager (a local file URL, nothing on the network)."""
        opened = QtGui.QDesktopServices.openUrl(QtCore.QUrl.fromLocalFile(str(folder)))
        if not opened:
            _log.warning("could not open the folder %s", folder)
            label = self.export_message if self.tabs.currentIndex() == 0 else self.backups_message
            self._show(
                label,
                self.tr("Could not open the folder %1.").replace("%1", str(folder)),
                problem=True,
            )
        return opened

    # --- restore -------------------------------------------------------------------------------

    def choose_backup_file(self) -> Path | None:
        """Ask for a backup file to restore (None if cancelled)."""
        start = self._backups_dir if self._backups_dir.is_dir() else Path.home()
        name, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a backup"),
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

    def choose_backup(self, row: int) -> None:
        """Choose the automatic backup in ``row`` of the list (0 is the newest)."""
        self.backups_list.setCurrentRow(row)

    def load_backup(self, path: Path) -> bool:
        """Read ``path`` and show what restoring it would add; return whether it can be restored."""
        self._backup = None
        self._backup_path = path
        self._plan = {}
        current = self.backups_list.currentItem()
        if current is not None and current.data(QtCore.Qt.ItemDataRole.UserRole) != str(path):
            # A file chosen some other way: the list no longer shows what is chosen.
            self.backups_list.blockSignals(True)
            self.backups_list.setCurrentRow(-1)
            self.backups_list.clearSelection()
            self.backups_list.blockSignals(False)
        self.restore_button.setEnabled(False)
        self.restore_message.hide()
        with self._busy():
            loaded, problems = backup.read_backup(path)
        if loaded is None:
            lines = [
                self.tr("%1 cannot be restored:").replace("%1", str(path)),
                *(f"• {line}" for line in problems[:_MAX_PROBLEMS]),
            ]
            if len(problems) > _MAX_PROBLEMS:
                more = len(problems) - _MAX_PROBLEMS
                lines.append(
                    _plural(self.tr("…and %Ln more problem(s).", None, more), more)
                )  # fmt: skip
            self._set_details("\n".join(lines), problem=True)
            return False
        self._backup = loaded
        return self._show_plan()

    def _show_plan(self) -> bool:
        """Compare the loaded backup with the records and say what a restore would add."""
        loaded, path = self._backup, self._backup_path
        assert loaded is not None and path is not None
        lines = [self.tr("File: %1").replace("%1", str(path))]
        try:
            made = dt.datetime.fromisoformat(loaded.exported)
        except ValueError:
            pass
        else:
            day = date_text(made.astimezone(self._tz).date(), QtCore.QLocale.FormatType.LongFormat)
            saved = self.tr("Saved on %1 at %2.").replace("%1", day)
            lines[0] += "\n" + saved.replace("%2", time_text(made, self._tz))
        lines.append(self.tr("It holds %1.").replace("%1", self.counts_text(loaded.count())))
        try:
            with self._busy():
                plan = backup.plan_restore(self._db, loaded)
                differ = backup.settings_differ(self._settings_file, loaded)
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
                ).replace("%1", self.counts_text(plan))
            )
        if differ:
            lines.append(
                self.tr(
                    "The backup's settings differ from yours. They are not applied: your current "
                    "settings are kept."
                )
            )
        self._set_details("\n\n".join(lines))
        self.restore_button.setEnabled(sum(plan.values()) > 0)
        self._plan = plan
        return True

    def _set_details(self, words: str, *, problem: bool = False) -> None:
        self.restore_details.setText(words)
        self.restore_details.setAccessibleDescription(words)
        self._fit_height()
        if problem:
            self._problem_labels.add(self.restore_details)
        else:
            self._problem_labels.discard(self.restore_details)
            self.restore_details.setPalette(QtGui.QPalette())
        self._apply_problem_colour()

    def confirm_restore(self, question: str) -> bool:
        """Ask before adding the records; return whether to go ahead."""
        box = QtWidgets.QMessageBox(self)
        box.setIcon(QtWidgets.QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Restore records"))
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
        plan = self._plan
        question = self.tr(
            "Add %1 to your records? Records you already have stay as they are."
        ).replace("%1", self.counts_text(plan))
        if not self.confirm_restore(question):
            return
        error = ""
        added: dict[str, int] = {}
        with self._busy():
            try:
                added = backup.restore(self._db, self._backup)
            except (backup.BackupError, sqlite3.Error) as exc:
                _log.warning("restore failed: %s", exc)
                error = self.tr("Could not restore: %1. Nothing was changed.").replace(
                    "%1", str(exc)
                )
        if error:
            self._show(self.restore_message, error, problem=True)
            return
        self._show_plan()
        words = self.tr("Added %1.").replace("%1", self.counts_text(added))
        self._show(self.restore_message, words)
        self._on_restored(added)

    # --- backups -------------------------------------------------------------------------------

    def backup_now(self) -> None:
        """Make today's automatic backup, unless it already exists."""
        today = self._today()
        written: Path | None = None
        error = ""
        with self._busy():
            try:
                written = backup.daily_backup(
                    self._db, self._settings_file, self._backups_dir, today, keep=KEEP
                )
            except OSError as exc:
                _log.warning("backup failed: %s", exc)
                error = (
                    self.tr("Could not save the backup in %1: %2.")
                    .replace("%1", str(self._backups_dir))
                    .replace("%2", exc.strerror or str(exc))
                )
            except (backup.BackupError, sqlite3.Error) as exc:
                _log.warning("backup could not read the records: %s", exc)
                error = self.tr("Could not read your records: %1.").replace("%1", str(exc))
        self._refresh_backups()
        self.save_copy_button.hide()
        if error:
            self._show(self.backups_message, error, problem=True)
        elif written is not None:
            self._show(
                self.backups_message,
                self.tr("Saved today's backup: %1.").replace("%1", str(written)),
            )
        else:
            existing = self._backups_dir / f"{backup.DAILY_PREFIX}{today.isoformat()}.json"
            made = _modified(existing)
            words = (
                self.tr("Today's backup already exists (saved at %1).").replace(
                    "%1", time_text(made, self._tz)
                )
                if made is not None
                else self.tr("Today's backup already exists.")
            )
            words += " " + self.tr("To save a copy with everything as it is now, use Save a copy.")
            self._show(self.backups_message, words)
            self.save_copy_button.show()

    def save_copy(self) -> None:
        """Go to the Export tab, set for a full backup of everything."""
        self.set_export_format("json")
        self.set_period(EVERYTHING)
        self.tabs.setCurrentIndex(0)
        self.export_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    # --- helpers -------------------------------------------------------------------------------

    @contextlib.contextmanager
    def _busy(self) -> Iterator[None]:
        """A wait cursor, and the controls disabled, while working."""
        focus = QtWidgets.QApplication.focusWidget()
        self.tabs.setEnabled(False)
        self.close_button.setEnabled(False)
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
            if focus is not None and self.isAncestorOf(focus) and focus.isEnabled():
                focus.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _show(self, label: QtWidgets.QLabel, words: str, *, problem: bool = False) -> None:
        """Show a message in ``label`` (red if a problem) and tell screen readers."""
        label.setText(words)
        label.setAccessibleDescription(words)
        label.show()
        if problem:
            self._problem_labels.add(label)
        else:
            self._problem_labels.discard(label)
            label.setPalette(QtGui.QPalette())
        self._apply_problem_colour()
        self._fit_height()
        QtGui.QAccessible.updateAccessibility(QtGui.QAccessibleAnnouncementEvent(label, words))

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

    def _apply_problem_colour(self) -> None:
        """Problems in a red that reads well on the current palette, light or dark."""
        for label in self._problem_labels:
            palette = label.palette()
            palette.setColor(QtGui.QPalette.ColorRole.WindowText, assets.problem_colour(self))
            label.setPalette(palette)
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        for label in (self.export_message, self.backups_message, self.restore_message):
            if label not in self._problem_labels:
                font = label.font()
                font.setBold(False)
                label.setFont(font)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Follow a switch between light and dark palettes."""
        # Qt sends these during construction too, before the labels exist.
        built = hasattr(self, "restore_message")
        if built and event.type() in (
            QtCore.QEvent.Type.PaletteChange,
            QtCore.QEvent.Type.StyleChange,
        ):
            self._apply_problem_colour()
        super().changeEvent(event)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Backups may have been made, and the day may have changed, while hidden."""
        self.refresh()
        super().showEvent(event)
