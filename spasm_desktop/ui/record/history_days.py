"""The history's days table (:class:`DaysModel`) and the words and numbers the history shows
(dates, hours, volumes, areas, in the locale's forms).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6 import QtCore, QtGui

from spasm_desktop.core import history_figures, units, water_day
from spasm_desktop.core.nights import NightState
from spasm_desktop.core.relief import Area
from spasm_desktop.core.stats import Day
from spasm_desktop.ui.common import text
from spasm_desktop.ui.common.names import area_name

_Role = QtCore.Qt.ItemDataRole


def short_day(day: dt.date) -> str:
    """A date without the year in the locale's short order, as in "24/11" or "11/24"."""
    pattern = QtCore.QLocale().dateFormat(QtCore.QLocale.FormatType.ShortFormat)
    pattern = re.sub(r"[^dM]*y+[^dM]*", "", pattern) or "d/M"
    return QtCore.QLocale().toString(QtCore.QDate(day.year, day.month, day.day), pattern)


def long_day(day: dt.date) -> str:
    """The weekday and date in the locale's short format, as in "Tue 24/11/2026"."""
    locale = QtCore.QLocale()
    name = locale.dayName(day.isoweekday(), QtCore.QLocale.FormatType.ShortFormat)
    date = locale.toString(
        QtCore.QDate(day.year, day.month, day.day), QtCore.QLocale.FormatType.ShortFormat
    )
    return text.tr("%1 %2", "weekday, date").replace("%1", name).replace("%2", date)


def number(value: float, decimals: int = 0) -> str:
    """A number with the locale's digits and separators."""
    if decimals == 0:
        return QtCore.QLocale().toString(round(value))
    return QtCore.QLocale().toString(float(value), "f", decimals)


def volume_number(value: float) -> str:
    """An amount on the water chart: tenths where it has them (fl oz), "60" rather than "60.0"."""
    tenths = round(value * 10)
    return number(tenths / 10, 0 if tenths % 10 == 0 else 1)


def unit_name(unit: units.VolumeUnit) -> str:
    """The short name of a volume unit, as in chart titles."""
    return text.tr("ml") if unit is units.VolumeUnit.ML else text.tr("fl oz")


def hour_text(hour: int) -> str:
    """A whole hour in the locale's short time format."""
    return QtCore.QLocale().toString(QtCore.QTime(hour, 0), QtCore.QLocale.FormatType.ShortFormat)


def first_weekday() -> int:
    """The locale's first day of the week, 0 (Monday) .. 6 (Sunday)."""
    return QtCore.QLocale().firstDayOfWeek().value - 1


def area_label(area: str | None) -> str:
    """The name of an area ("not given" when none)."""
    if area in {a.value for a in Area}:
        assert area is not None
        return area_name(Area(area))
    return text.tr("not given")


# --- the days table ------------------------------------------------------------------------------


class DaysModel(QtCore.QAbstractTableModel):
    """The days of the period, newest first."""

    COLUMNS = 6
    # The column that says what is known of the day's night.
    NIGHT_COLUMN = 5

    def __init__(self, unit: units.VolumeUnit, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._days: list[Day] = []
        self._unit = unit
        self._limit: int | None = None
        self._headers = (
            text.tr("Day"),
            text.tr("Cramps"),
            text.tr("Water"),
            text.tr("Bedtime routine"),
            text.tr("Sitting breaks"),
            text.tr("That night"),
        )
        # The night of today is not over: nothing is said of it yet; nor of nights before the
        # record began.
        self._today: dt.date | None = None
        self._since: dt.date | None = None

    def set_days(
        self,
        days: list[Day],
        unit: units.VolumeUnit,
        fluid_limit_ml: int | None = None,
        today: dt.date | None = None,
        since: dt.date | None = None,
    ) -> None:
        """Show ``days`` (given oldest first); ``fluid_limit_ml`` is a clinician's limit; the
        night of ``today`` and later ones are not over, and nights before ``since`` (the
        record's first day) came before the app was used: neither is called "not recorded".
        """
        self.beginResetModel()
        self._today = today
        self._since = since
        self._days = list(reversed(days))
        self._unit = unit
        self._limit = fluid_limit_ml
        self.endResetModel()

    def day(self, row: int) -> Day:
        """The day shown on the row ``row`` (newest first)."""
        return self._days[row]

    def rowCount(self, parent: Any = None) -> int:
        """Qt: the number of days shown."""
        return 0 if parent is not None and parent.isValid() else len(self._days)

    def columnCount(self, parent: Any = None) -> int:
        """Qt: the number of columns."""
        return 0 if parent is not None and parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: QtCore.Qt.Orientation, role: int = 0) -> Any:
        """Qt: the column headings."""
        if role == _Role.DisplayRole and orientation == QtCore.Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def data(self, index: Any, role: int = 0) -> Any:
        """Qt: what a cell shows and what a screen reader says for it."""
        if not index.isValid():
            return None
        day = self._days[index.row()]
        column = index.column()
        if role in (_Role.DisplayRole, _Role.AccessibleTextRole):
            return self.cell(day, column)
        if role == _Role.FontRole and (
            (column == 1 and day.red_flag) or (column == 2 and day.goal_met)
        ):
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role == _Role.ToolTipRole and column == 1 and day.red_flag:
            return text.tr("A warning sign was ticked for a cramp of this day.")
        if column == self.NIGHT_COLUMN and self._night_over(day):
            unknown = day.night is NightState.NOT_RECORDED
            if role == _Role.FontRole and unknown:
                font = QtGui.QFont()
                font.setItalic(True)
                return font
            if role == _Role.ForegroundRole and unknown:
                return QtGui.QPalette().brush(
                    QtGui.QPalette.ColorGroup.Active, QtGui.QPalette.ColorRole.PlaceholderText
                )
            if role == _Role.ToolTipRole and unknown:
                return text.tr(
                    "No cramp was logged that night and the morning check-in was not answered, "
                    "so it is not known whether it was a night without cramps."
                )
        return None

    def _night_over(self, day: Day) -> bool:
        """Whether the night is over and inside the record (else nothing is said of it)."""
        return history_figures.night_said(day.day, self._today, self._since)

    def cell(self, day: Day, column: int) -> str:
        """The text of one cell."""
        if column == 0:
            return long_day(day.day)
        if column == 1:
            if not day.cramps:
                return "–"
            shown = text.tr("%n cramp(s)", None, day.cramps)
            if day.worst is not None:
                shown = (
                    text.tr("%1, worst %2").replace("%1", shown).replace("%2", text.pain(day.worst))
                )
            if day.red_flag:
                shown = text.tr("%1, warning sign").replace("%1", shown)
            return shown
        if column == 2:
            # A limit is a ceiling, never a goal: only going over it is said (CONTENT §7a).
            mark = water_day.mark(day, self._limit)
            if mark is water_day.Mark.NONE:
                return "–"
            total = text.volume(day.water_ml, self._unit)
            if mark is water_day.Mark.OVER_LIMIT:
                return text.tr("%1, over your limit").replace("%1", total)
            if mark is water_day.Mark.TOTAL or day.goal_ml is None:
                return total
            shown = (
                text.tr("%1 of %2")
                .replace("%1", total)
                .replace("%2", text.volume(day.goal_ml, self._unit))
            )
            if mark is water_day.Mark.GOAL_REACHED:
                return text.tr("%1, goal reached").replace("%1", shown)
            return shown
        if column == 3:
            return text.tr("done") if day.routine else "–"
        if column == self.NIGHT_COLUMN:
            if not self._night_over(day):
                return "–"
            if day.night is NightState.WITH_CRAMPS:
                return text.tr("with cramps")
            if day.night is NightState.WITHOUT_CRAMPS:
                return text.tr("without cramps")
            return text.tr("not recorded")
        return number(day.breaks) if day.breaks else "–"
