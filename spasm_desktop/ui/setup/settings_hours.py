"""Active hours in Settings: time editors day by day, or "I don't work / I'm retired".

Nobody types a mini-language: each weekday has "Day off" and one or more ranges picked with time
editors in the locale's 12- or 24-hour format (up to ``MAX_RANGES_PER_DAY``). "I don't work /
I'm retired" gives every day the same one range instead (by default the waking day of
:data:`spasm_desktop.core.profile.EVERY_DAY`), so reminders still come; a week with no active
hours at all would mean no water, stretch or move reminders ever.

The stored format is unchanged: the choice is shown as "retired" when all seven days hold the
same single range. A range whose end is not after its start runs past midnight (the core's rule).
"""

from __future__ import annotations

import datetime as dt
import itertools

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import hours as week_hours
from spasm_desktop.core import profile
from spasm_desktop.core.settings import WEEKDAYS, TimeRange
from spasm_desktop.ui.setup import settings_parts as parts

Hours = tuple[tuple[TimeRange, ...], ...]


def time_edit(value: dt.time, name: str, accessible: str) -> QtWidgets.QTimeEdit:
    """A time editor in the locale's short (12- or 24-hour) format."""
    edit = QtWidgets.QTimeEdit(QtCore.QTime(value.hour, value.minute))
    edit.setObjectName(name)
    edit.setDisplayFormat(QtCore.QLocale().timeFormat(QtCore.QLocale.FormatType.ShortFormat))
    edit.setAccessibleName(accessible)
    return edit


def py_time(edit: QtWidgets.QTimeEdit) -> dt.time:
    """The time an editor shows, to the minute."""
    value = edit.time()
    return dt.time(value.hour(), value.minute())


class _RangeRow(QtWidgets.QWidget):
    """From [time] to [time], and a Remove button (hidden while it is the day's only range)."""

    def __init__(
        self, day: int, index: int, value: TimeRange, changed: QtCore.SignalInstance
    ) -> None:
        super().__init__()
        name = parts.day_name(day)
        prefix = f"hours_{WEEKDAYS[day]}_{index}"
        self.start = time_edit(
            value[0], f"{prefix}_start", self.tr("%1: reminders from").replace("%1", name)
        )
        self.end = time_edit(value[1], f"{prefix}_end", self.tr("%1: until").replace("%1", name))
        self.remove = QtWidgets.QPushButton(self.tr("Remove"))
        self.remove.setObjectName(f"{prefix}_remove")
        self.remove.setAccessibleName(self.tr("Remove these hours on %1").replace("%1", name))
        self.remove.setAutoDefault(False)
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.start)
        row.addWidget(QtWidgets.QLabel(self.tr("to", "between two times")))
        row.addWidget(self.end)
        row.addWidget(self.remove)
        row.addStretch(1)
        self.start.timeChanged.connect(changed)
        self.end.timeChanged.connect(changed)

    def value(self) -> TimeRange:
        return py_time(self.start), py_time(self.end)


class _DayEditor(QtWidgets.QWidget):
    """One weekday: Day off, its ranges, and "Add hours"."""

    def __init__(
        self, day: int, ranges: tuple[TimeRange, ...], changed: QtCore.SignalInstance
    ) -> None:
        super().__init__()
        self._day = day
        self._changed = changed
        name = parts.day_name(day)
        self.off = QtWidgets.QCheckBox(self.tr("Day off"))
        self.off.setObjectName(f"hours_{WEEKDAYS[day]}_off")
        self.off.setAccessibleName(self.tr("%1 is a day off").replace("%1", name))
        self.off.setChecked(not ranges)
        self.add = QtWidgets.QPushButton(self.tr("Add hours"))
        self.add.setObjectName(f"hours_{WEEKDAYS[day]}_add")
        self.add.setAccessibleName(self.tr("Add more hours on %1").replace("%1", name))
        self.add.setAutoDefault(False)
        self._rows_box = QtWidgets.QVBoxLayout()
        self._rows_box.setContentsMargins(0, 0, 0, 0)
        self.rows: list[_RangeRow] = []
        # A day off keeps a range to come back to when it is a working day again.
        for value in ranges or (profile.DEFAULT_WORK,):
            self._add_row(value)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.off, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        layout.addLayout(self._rows_box)
        layout.addWidget(self.add, 0, QtCore.Qt.AlignmentFlag.AlignBottom)
        layout.addStretch(1)
        self.off.toggled.connect(self._update)
        self.off.toggled.connect(changed)
        self.add.clicked.connect(self._on_add)
        self._update()

    def ranges(self) -> tuple[TimeRange, ...]:
        """The day's ranges as entered; none on a day off."""
        if self.off.isChecked():
            return ()
        return tuple(row.value() for row in self.rows)

    def _add_row(self, value: TimeRange) -> _RangeRow:
        row = _RangeRow(self._day, len(self.rows), value, self._changed)
        row.remove.clicked.connect(lambda: self._remove_row(row))
        self._rows_box.addWidget(row)
        if self.rows and row.window() is self.add.window():
            # Added later: Tab reaches it after the day's other ranges, before "Add hours".
            chain = [self.rows[-1].remove, row.start, row.end, row.remove, self.add]
            for first, second in itertools.pairwise(chain):
                QtWidgets.QWidget.setTabOrder(first, second)
        self.rows.append(row)
        return row

    def _on_add(self) -> None:
        # The new hours start where the last ones end, an hour long, for the person to adjust.
        row = self._add_row(week_hours.added_range(self.rows[-1].value()))
        self._update()
        self._changed.emit()
        row.start.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    def _remove_row(self, row: _RangeRow) -> None:
        index = self.rows.index(row)
        self.rows.remove(row)
        self._rows_box.removeWidget(row)
        row.deleteLater()
        self._update()
        self._changed.emit()
        self.rows[min(index, len(self.rows) - 1)].start.setFocus(
            QtCore.Qt.FocusReason.OtherFocusReason
        )

    def _update(self) -> None:
        on = not self.off.isChecked()
        for row in self.rows:
            row.setEnabled(on)
            row.remove.setVisible(len(self.rows) > 1)
        self.add.setEnabled(on and week_hours.can_add(len(self.rows)))


class HoursTab(QtWidgets.QWidget):
    """The hours in which water, stretch and move reminders may come.

    Signals:
        changed(): the person edited the hours.
    """

    changed = QtCore.Signal()

    def __init__(self, active_hours: Hours) -> None:
        """Show ``active_hours`` (Monday first)."""
        super().__init__()
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self._hours_hint = QtWidgets.QLabel(
            self.tr("Water, stretch and move reminders come only during these hours.")
        )
        self._hours_hint.setObjectName("hours_hint")
        self._hours_hint.setWordWrap(True)
        outer.addWidget(self._hours_hint)

        shared = week_hours.every_day_range(active_hours)
        self.work_choice = QtWidgets.QRadioButton(self.tr("I work on certain da&ys"))
        self.work_choice.setObjectName("hours_work")
        self.work_choice.setAccessibleName(self.tr("I work on certain days"))
        self.retired_choice = QtWidgets.QRadioButton(
            self.tr("I don't work / I'm ret&ired: remind me every day")
        )
        self.retired_choice.setObjectName("hours_retired")
        self.retired_choice.setAccessibleName(
            self.tr("I don't work or I'm retired: remind me every day")
        )
        choices = QtWidgets.QButtonGroup(self)
        choices.addButton(self.work_choice)
        choices.addButton(self.retired_choice)
        outer.addWidget(self.work_choice)
        outer.addWidget(self.retired_choice)

        every_day = shared or profile.EVERY_DAY
        self._every_day = QtWidgets.QWidget()
        every_row = QtWidgets.QHBoxLayout(self._every_day)
        every_row.setContentsMargins(0, 0, 0, 0)
        self.every_day_start = time_edit(
            every_day[0], "hours_every_day_start", self.tr("Every day: reminders from")
        )
        self.every_day_end = time_edit(
            every_day[1], "hours_every_day_end", self.tr("Every day: until")
        )
        every_label = QtWidgets.QLabel(self.tr("Every day fro&m"))
        every_label.setBuddy(self.every_day_start)
        every_row.addWidget(every_label)
        every_row.addWidget(self.every_day_start)
        every_row.addWidget(QtWidgets.QLabel(self.tr("to", "between two times")))
        every_row.addWidget(self.every_day_end)
        every_row.addStretch(1)
        outer.addWidget(self._every_day)

        self._week = QtWidgets.QWidget()
        form = QtWidgets.QFormLayout(self._week)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.days: list[_DayEditor] = []
        for day in range(7):
            editor = _DayEditor(day, active_hours[day], self.changed)
            label = QtWidgets.QLabel(parts.day_name(day))
            label.setBuddy(editor.off)
            form.addRow(label, editor)
            self.days.append(editor)
        outer.addWidget(self._week)

        self._midnight_hint = QtWidgets.QLabel(
            self.tr("An end earlier than the start runs past midnight into the next morning.")
        )
        self._midnight_hint.setObjectName("hours_midnight_hint")
        self._midnight_hint.setWordWrap(True)
        outer.addWidget(self._midnight_hint)

        (self.retired_choice if shared else self.work_choice).setChecked(True)
        self._show_choice()
        self.retired_choice.toggled.connect(self._show_choice)
        self.retired_choice.toggled.connect(self.changed)
        self.every_day_start.timeChanged.connect(self.changed)
        self.every_day_end.timeChanged.connect(self.changed)

    def hours(self) -> Hours:
        """The active hours as entered (Monday first)."""
        if self.retired_choice.isChecked():
            return week_hours.every_day(
                (py_time(self.every_day_start), py_time(self.every_day_end))
            )
        return tuple(editor.ranges() for editor in self.days)

    def wrapped_labels(self) -> list[parts.Wrapped]:
        """The word-wrapped labels and the width they need."""
        return [(self._hours_hint, 50), (self._midnight_hint, 50)]

    def _show_choice(self) -> None:
        retired = self.retired_choice.isChecked()
        self._every_day.setVisible(retired)
        self._week.setVisible(not retired)
