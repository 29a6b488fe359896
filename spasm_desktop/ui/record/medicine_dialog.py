"""The dialog to add, edit or stop one medicine of the health profile, and the dates the
profile shows as it does.

Dates are shown in the locale's short format with a four-digit year (medicines can be years
old); a start or stop that is not known is said so, not guessed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import medical
from spasm_desktop.core.medical import Medicine, MedicineProblem
from spasm_desktop.ui.common import text
from spasm_desktop.ui.common.problems import colour_problems, problem_label


def date_format() -> str:
    """The locale's short date format, with a four-digit year (medicines can be years old)."""
    shape = QtCore.QLocale().dateFormat(QtCore.QLocale.FormatType.ShortFormat)
    return shape if "yyyy" in shape else shape.replace("yy", "yyyy")


def date_text(day: dt.date) -> str:
    """A date in the locale's short format, with a four-digit year."""
    return QtCore.QLocale().toString(QtCore.QDate(day.year, day.month, day.day), date_format())


def medicine_problem_text(problem: MedicineProblem) -> str:
    """A problem with a medicine, in the person's language."""
    return {
        MedicineProblem.NO_NAME: text.tr("Enter the medicine's name."),
        MedicineProblem.LONG_NAME: text.tr("The name can have at most %1 characters.").replace(
            "%1", QtCore.QLocale().toString(medical.MAX_NAME)
        ),
        MedicineProblem.LONG_NOTE: text.tr("The note can have at most %1 characters.").replace(
            "%1", QtCore.QLocale().toString(medical.MAX_NOTE)
        ),
        MedicineProblem.STOP_BEFORE_START: text.tr("The stop date is before the start date."),
        MedicineProblem.START_IN_FUTURE: text.tr("The start date is in the future."),
        MedicineProblem.STOP_IN_FUTURE: text.tr(
            "The stop date is in the future: mark it stopped on the day you stop."
        ),
    }[problem]


def qdate(day: dt.date) -> QtCore.QDate:
    """``day`` as a QDate."""
    return QtCore.QDate(day.year, day.month, day.day)


def to_date(value: QtCore.QDate) -> dt.date:
    """A QDate as a date."""
    return dt.date(value.year(), value.month(), value.day())


class MedicineDialog(QtWidgets.QDialog):
    """Add or edit one medicine; Save stays disabled while anything cannot be stored."""

    def __init__(
        self,
        medicine: Medicine | None,
        today: dt.date,
        parent: QtWidgets.QWidget | None = None,
        *,
        stopping: bool = False,
    ) -> None:
        """``stopping`` asks when ``medicine`` was stopped (today unless changed)."""
        super().__init__(parent)
        self._original = medicine
        self._today = today
        if stopping:
            title = text.tr("Mark a medicine stopped")
        elif medicine is not None:
            title = text.tr("Edit a medicine")
        else:
            title = text.tr("Add a medicine")
        self.setWindowTitle(text.window_title(title))
        self.setAccessibleName(title)
        chars = self.fontMetrics().averageCharWidth()
        form = QtWidgets.QFormLayout()

        self.name = QtWidgets.QLineEdit()
        self.name.setAccessibleName(text.tr("Medicine name"))
        self.name.setPlaceholderText(text.tr("as on the pack, such as Simvastatin 20 mg"))
        self.name.setMinimumWidth(chars * 48)
        self._row(form, text.tr("&Name:"), self.name)

        self.started = self._date_edit(text.tr("Date started"))
        self.start_unknown = QtWidgets.QCheckBox(text.tr("Not &known"))
        self.start_unknown.setAccessibleName(text.tr("Start date not known"))
        self._row(form, text.tr("Sta&rted:"), self.started, self.start_unknown)

        self.stopped = self._date_edit(text.tr("Date stopped"))
        self.still_taking = QtWidgets.QCheckBox(text.tr("Still takin&g it"))
        self.still_taking.setAccessibleName(text.tr("Still taking it"))
        self._row(form, text.tr("St&opped:"), self.stopped, self.still_taking)

        self.note = QtWidgets.QLineEdit()
        self.note.setAccessibleName(text.tr("Note, such as the dose or a dose change"))
        self.note.setPlaceholderText(text.tr("dose, or a change such as “dose doubled in May”"))
        self._row(form, text.tr("No&te:"), self.note)

        self.problems_label = problem_label(self, text.tr("Problems to fix before saving"))

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(text.tr("Save the medicine"))
        cancel = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(text.tr("Cancel without saving"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

        shown = medicine or Medicine("")
        if stopping:
            shown = dataclasses.replace(shown, stopped=shown.stopped or today)
        self.fill(shown)
        self.start_unknown.toggled.connect(self._sync_dates)
        self.still_taking.toggled.connect(self._sync_dates)
        for edit in (self.name, self.note):
            edit.textChanged.connect(self._revalidate)
        for date in (self.started, self.stopped):
            date.dateChanged.connect(self._revalidate)
        for box in (self.start_unknown, self.still_taking):
            box.toggled.connect(self._revalidate)
        self._revalidate()
        self.resize(chars * 72, self.sizeHint().height())
        if stopping:
            self.stopped.setFocus()

    def _date_edit(self, accessible: str) -> QtWidgets.QDateEdit:
        edit = QtWidgets.QDateEdit()
        edit.setCalendarPopup(True)
        edit.setAccessibleName(accessible)
        edit.setDisplayFormat(date_format())
        edit.setMinimumDate(QtCore.QDate(medical.FIRST_YEAR, 1, 1))
        edit.setDate(qdate(self._today))
        return edit

    def _row(
        self,
        form: QtWidgets.QFormLayout,
        title: str,
        widget: QtWidgets.QWidget,
        extra: QtWidgets.QWidget | None = None,
    ) -> None:
        label = QtWidgets.QLabel(title)
        label.setBuddy(widget)
        if extra is None:
            form.addRow(label, widget)
            return
        row = QtWidgets.QWidget()
        line = QtWidgets.QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(widget)
        line.addWidget(extra)
        line.addStretch(1)
        form.addRow(label, row)

    def _sync_dates(self) -> None:
        self.started.setEnabled(not self.start_unknown.isChecked())
        self.stopped.setEnabled(not self.still_taking.isChecked())

    # --- public API --------------------------------------------------------------------------

    def fill(self, medicine: Medicine) -> None:
        """Show ``medicine`` in the controls."""
        self.name.setText(medicine.name)
        self.start_unknown.setChecked(medicine.started is None)
        self.started.setDate(qdate(medicine.started or self._today))
        self.still_taking.setChecked(medicine.stopped is None)
        self.stopped.setDate(qdate(medicine.stopped or self._today))
        self.note.setText(medicine.note)
        self._sync_dates()

    def medicine(self) -> Medicine:
        """The medicine as entered (an edit keeps its uid); the name and note are trimmed."""
        entered = Medicine(
            name=self.name.text().strip(),
            started=None if self.start_unknown.isChecked() else to_date(self.started.date()),
            stopped=None if self.still_taking.isChecked() else to_date(self.stopped.date()),
            note=self.note.text().strip(),
        )
        if self._original is not None:
            return dataclasses.replace(entered, uid=self._original.uid)
        return entered

    def problems(self) -> list[str]:
        """What stops the medicine from being saved, in plain words (empty when it can be)."""
        found = medical.medicine_problems(self.medicine(), self._today)
        return [medicine_problem_text(problem) for problem in found]

    def _revalidate(self) -> None:
        messages = self.problems()
        self.problems_label.setText("\n".join(messages))
        self.problems_label.setVisible(bool(messages))
        self.save_button.setEnabled(not messages)
        self.name.setAccessibleDescription(
            text.tr("This entry has a problem.")
            if MedicineProblem.NO_NAME in medical.medicine_problems(self.medicine(), self._today)
            else ""
        )

    def accept(self) -> None:
        """Close with the medicine, unless it has problems."""
        self._revalidate()
        if self.save_button.isEnabled():
            super().accept()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Follow a switch between light and dark palettes."""
        if getattr(self, "problems_label", None) is not None and event.type() in (
            QtCore.QEvent.Type.PaletteChange,
            QtCore.QEvent.Type.StyleChange,
        ):
            colour_problems(self, self.problems_label)
        super().changeEvent(event)

    @classmethod
    def ask(
        cls,
        medicine: Medicine | None,
        today: dt.date,
        parent: QtWidgets.QWidget | None = None,
        *,
        stopping: bool = False,
    ) -> Medicine | None:
        """Ask; return the medicine as entered, or None if cancelled."""
        dialog = cls(medicine, today, parent, stopping=stopping)
        try:
            if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
                return dialog.medicine()
            return None
        finally:
            dialog.deleteLater()
