"""The history's "By month" tab: cramps per recorded night by month of the year (summed over
the years of the whole record) and month by month, whatever period the rest of the window shows.

The whole record is read only when the tab is on screen (it can be years of entries), and again
after a change once the tab is shown again. A month without one recorded night is "not recorded",
drawn and listed as such, never as a month without cramps.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import seasons, stats
from spasm_desktop.core.stats import Period
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record import chart_widget, charts
from spasm_desktop.ui.record.history_days import number


def _rate(value: float | None) -> str:
    return "—" if value is None else number(value, 2)


def _month_name(first: dt.date, with_year: bool) -> str:
    locale = QtCore.QLocale()
    if with_year:
        return locale.toString(QtCore.QDate(first.year, first.month, 1), "MMMM yyyy")
    return locale.standaloneMonthName(first.month, QtCore.QLocale.FormatType.LongFormat)


class MonthsPage(QtWidgets.QWidget):
    """Cramps per recorded night by month: a chart of the twelve months of the year and a
    table of every month of the record (newest first).
    """

    def __init__(
        self,
        load: Callable[[Period], stats.Record],
        first_recorded: Callable[[], dt.date | None],
        tz: dt.tzinfo,
        today: Callable[[], dt.date],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._first_recorded = first_recorded
        self._tz = tz
        self._today = today
        self._stale = True
        self.months: tuple[seasons.Month, ...] = ()
        layout = QtWidgets.QVBoxLayout(self)
        self.intro = QtWidgets.QLabel(
            self.tr(
                "Your whole record, month by month: do your cramps change with the time of "
                "year? Only nights you recorded count (a cramp logged, or the morning check-in "
                "answered); months without one recorded night show —."
            )
        )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.chart = chart_widget.ChartWidget()
        self.chart.setObjectName("chart_by_month")
        layout.addWidget(self.chart, 1)
        self.table = QtWidgets.QTableWidget(0, 5)
        self.table.setAccessibleName(self.tr("Month by month"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Month"),
                self.tr("Recorded nights"),
                self.tr("Nights with a cramp"),
                self.tr("Cramps"),
                self.tr("Cramps per recorded night"),
            ]
        )
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Column headings"))
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

    def invalidate(self) -> None:
        """The record changed: read it again when the tab is (or next comes) on screen."""
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Qt: read the record again if it changed while the tab was hidden."""
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Read the whole record and show it by month."""
        self._stale = False
        today = self._today()
        first = self._first_recorded() or today
        period = Period(min(first, today), today)
        record = self._load(period)
        rows = stats.days(record, period, self._tz)
        self.months = seasons.months(rows, record.episodes, self._tz, today, record.tracking_since)
        self._show_chart(seasons.calendar_months(self.months))
        self._show_table()

    def _show_chart(self, calendar: tuple[seasons.Month, ...]) -> None:
        rates = [m.per_recorded_night for m in calendar]
        known = [(m, r) for m, r in zip(calendar, rates, strict=True) if r is not None]
        if known:
            month, rate = max(known, key=lambda item: item[1] or 0.0)
            summary = (
                self.tr(
                    "Cramps per recorded night for each month of the year, over all the years "
                    "recorded. Highest: %1 (%2). Months not recorded: %3."
                )
                .replace("%1", _month_name(month.first, with_year=False))
                .replace("%2", _rate(rate))
                .replace("%3", QtCore.QLocale().toString(len(calendar) - len(known)))
            )
        else:
            summary = self.tr("No night has been recorded yet.")
        self.chart.set_chart(
            charts.Chart(
                self.tr("Cramps per recorded night, by month of the year"),
                tuple(
                    QtCore.QLocale().standaloneMonthName(
                        m.first.month, QtCore.QLocale.FormatType.ShortFormat
                    )
                    for m in calendar
                ),
                tuple(rates),
                value_format=_rate,
                summary=summary,
                missing_label=self.tr("Not recorded"),
            )
        )

    def _show_table(self) -> None:
        locale = QtCore.QLocale()
        newest_first = list(reversed(self.months))
        self.table.setRowCount(len(newest_first))
        for row, month in enumerate(newest_first):
            cells = (
                _month_name(month.first, with_year=True),
                text.tr("%1 of %2")
                .replace("%1", locale.toString(month.recorded_nights))
                .replace("%2", locale.toString(month.nights)),
                locale.toString(month.cramp_nights),
                locale.toString(month.cramps) if month.recorded_nights else "—",
                _rate(month.per_recorded_night),
            )
            for column, value in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(value)
                if column:
                    item.setTextAlignment(
                        QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
