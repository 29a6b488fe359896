"""The Active hours tab of Settings: one line of time ranges per weekday.

:func:`spasm_desktop.core.schedule.parse_ranges` reads a line such as
``"09:00-12:00, 13:00-18:00"`` (an empty line is a day off); a part that is not a range is
told to the person by name, and the day keeps its saved hours in the candidate settings until
it is fixed.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core.schedule import format_ranges, parse_ranges
from spasm_desktop.core.settings import WEEKDAYS, TimeRange
from spasm_desktop.ui.setup import settings_parts as parts


class HoursTab(QtWidgets.QWidget):
    """The hours in which water, stretch and move reminders may come, day by day.

    Signals:
        changed(): the person edited a day.
    """

    changed = QtCore.Signal()

    def __init__(self, active_hours: tuple[tuple[TimeRange, ...], ...]) -> None:
        """Show ``active_hours`` (Monday first)."""
        super().__init__()
        outer = QtWidgets.QVBoxLayout(self)
        hint = QtWidgets.QLabel(
            self.tr(
                "Water, stretch and move reminders only come during these hours. Type 24-hour "
                "times like 09:00-12:00, 13:00-18:00, separating ranges with commas. Leave a day "
                "empty to make it a day off. A range such as 22:00-02:00 runs past midnight into "
                "the next morning."
            )
        )
        hint.setObjectName("hours_hint")
        hint.setWordWrap(True)
        self._hours_hint = hint
        outer.addWidget(hint)

        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        locale = QtCore.QLocale()
        self._hours_edits: list[QtWidgets.QLineEdit] = []
        for day in range(7):
            name = locale.dayName(day + 1, QtCore.QLocale.FormatType.LongFormat)
            edit = QtWidgets.QLineEdit(format_ranges(active_hours[day]))
            edit.setObjectName(f"hours_{WEEKDAYS[day]}")
            edit.setAccessibleName(self.tr("Active hours on %1").replace("%1", name))
            edit.setPlaceholderText(self.tr("Day off"))
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self.changed)
            parts.row(form, name, edit)
            self._hours_edits.append(edit)
        outer.addLayout(form)
        outer.addStretch(1)

    def hours(
        self, saved: tuple[tuple[TimeRange, ...], ...]
    ) -> tuple[tuple[tuple[TimeRange, ...], ...], dict[int, list[str]]]:
        """The hours as entered, and each day's parts that are not ranges (0: Monday).

        A day with such parts keeps its ``saved`` hours.
        """
        hours: list[tuple[TimeRange, ...]] = []
        bad_days: dict[int, list[str]] = {}
        for day, edit in enumerate(self._hours_edits):
            ranges, bad = parse_ranges(edit.text())
            if bad:
                bad_days[day] = bad
                ranges = saved[day]
            hours.append(ranges)
        return tuple(hours), bad_days

    def messages(self, bad_days: dict[int, list[str]]) -> list[str]:
        """Say which parts of which days are not time ranges; mark those days' entries."""
        for day, edit in enumerate(self._hours_edits):
            edit.setAccessibleDescription(
                self.tr("This entry has a problem.") if day in bad_days else ""
            )
        return [self._bad_day_message(day, found) for day, found in sorted(bad_days.items())]

    def wrapped_labels(self) -> list[parts.Wrapped]:
        """The word-wrapped labels and the width they need."""
        return [(self._hours_hint, 70)]

    def _bad_day_message(self, day: int, found: list[str]) -> str:
        quoted = ", ".join(self.tr("“%1”").replace("%1", part) for part in found)
        return (
            self.tr("Active hours on %1: %2 is not a time range. Write it like 09:00-12:00.")
            .replace("%1", parts.day_name(day))
            .replace("%2", quoted)
        )
