"""The words of a night's row, shared by the diary's "Add nights" and the printed bedside sheet.

Both show :data:`spasm_desktop.core.night_entry.COLUMNS` in that order, with these headings
and choices, so what was written on paper at night is typed in the same order the next day.
"""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore

from spasm_desktop.core import night_entry
from spasm_desktop.core.night_entry import Column
from spasm_desktop.ui.common import names, text


def heading(column: Column) -> str:
    """A column's heading."""
    return {
        Column.NIGHT: text.tr("Night of"),
        Column.COUNT: text.tr("How many cramps"),
        Column.WORST: text.tr("Worst, 0 to 10"),
        Column.AREA: text.tr("Where"),
        Column.WOKE: text.tr("Woke me"),
        Column.NOT_SURE: text.tr("Not sure"),
    }[column]


def count_choices() -> list[tuple[int, str]]:
    """The counts a row offers, with their words (typing the digit picks one)."""
    return [
        (0, text.tr("0 (none)")),
        (1, "1"),
        (2, "2"),
        (3, text.tr("3 or more")),
    ]


def area_choices() -> list[tuple[str, str]]:
    """The areas a row offers (those of the morning check-in), with their names."""
    return [(area.value, names.area_name(area)) for area in night_entry.AREAS]


def night_text(night: dt.date) -> str:
    """A night as a row names it: the weekday and date of its evening."""
    return QtCore.QLocale().toString(QtCore.QDate(night.year, night.month, night.day), "ddd d MMM")


def night_long(night: dt.date) -> str:
    """A night in full words (for a screen reader)."""
    return QtCore.QLocale().toString(
        QtCore.QDate(night.year, night.month, night.day), QtCore.QLocale.FormatType.LongFormat
    )
