"""The history window: the days of a period, charts of the record, streaks and comparisons.

Everything shown is read through one ``load(period)`` call and the pure functions of
:mod:`spasm_desktop.core.stats`; comparisons are counts side by side, worded as such (no claim
that one thing caused another). Nothing ticks: the window reads again when it is shown, when
the period changes, and when the app says the record changed (only while it is open).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import history_figures, stats, units, water_day
from spasm_desktop.core.stats import Day, Period
from spasm_desktop.ui.common import assets, flow, look, text, windows
from spasm_desktop.ui.record import chart_widget, charts, history_months
from spasm_desktop.ui.record.history_days import (
    DaysModel,
    area_label,
    first_weekday,
    hour_text,
    long_day,
    number,
    short_day,
    unit_name,
    volume_number,
)

# The periods offered, in days (0: everything recorded).
PERIODS = (14, 30, 90, 365, 0)
DEFAULT_PERIOD = 30


# --- the window -------------------------------------------------------------------------------


class HistoryWindow(QtWidgets.QWidget):
    """Days, charts and patterns of a chosen period.

    Signals:
        diary_requested(): the person wants to see or change the cramps themselves.
        report_requested(date, date): a clinician report of the period shown.
    """

    diary_requested = QtCore.Signal()
    report_requested = QtCore.Signal(object, object)

    def __init__(
        self,
        load: Callable[[Period], stats.Record],
        first_recorded: Callable[[], dt.date | None],
        tz: dt.tzinfo,
        today: Callable[[], dt.date],
        unit: Callable[[], units.VolumeUnit],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load = load
        self._first_recorded = first_recorded
        self._tz = tz
        self._today = today
        self._unit = unit
        self._record = stats.Record()
        self._days: list[Day] = []
        self.setWindowTitle(text.window_title(self.tr("History")))
        self.setWindowIcon(assets.icon("app"))
        self.setAccessibleName(self.tr("History"))
        layout = QtWidgets.QVBoxLayout(self)

        top = flow.FlowRow()  # wraps rather than widen the window past a small screen
        self.period = QtWidgets.QComboBox()
        self.period.setAccessibleName(self.tr("Period shown"))
        for days in PERIODS:
            label = (
                self.tr("Last %1 days").replace("%1", number(days))
                if days
                else self.tr("Everything recorded")
            )
            self.period.addItem(label, days)
        self.period.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        self.period.currentIndexChanged.connect(self.refresh)
        period_label = QtWidgets.QLabel(self.tr("&Show:"))
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch()
        self.report_button = QtWidgets.QPushButton(self.tr("&Report for a clinician…"))
        self.report_button.setAccessibleName(
            self.tr("Make a report of this period for a clinician")
        )
        self.report_button.clicked.connect(self._request_report)
        look.primary(self.report_button)  # the one button that stands out
        self.diary_button = QtWidgets.QPushButton(self.tr("Cramp &diary…"))
        self.diary_button.setAccessibleName(self.tr("Open the cramp diary"))
        self.diary_button.clicked.connect(self.diary_requested)
        top.addWidget(self.diary_button)
        top.addWidget(self.report_button)
        layout.addLayout(top)

        self.overview = QtWidgets.QLabel()
        self.overview.setWordWrap(True)
        self.overview.setAccessibleDescription(self.tr("The period in short"))
        self.overview.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
            | QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        layout.addWidget(self.overview)

        self.tabs = QtWidgets.QTabWidget()
        self.tabs.setAccessibleName(self.tr("History views"))
        self.tabs.addTab(self._days_page(), self.tr("Days"))
        self.tabs.addTab(self._charts_page(), self.tr("Charts"))
        self.tabs.addTab(self._patterns_page(), self.tr("Patterns"))
        # The whole record by month, read only when that tab is shown.
        self.months = history_months.MonthsPage(load, first_recorded, tz, today)
        by_month = self.tr("By month")  # scrolls where the screen is too small for it
        self.tabs.addTab(windows.scrolling(self.months, by_month), by_month)
        layout.addWidget(self.tabs, 1)

        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        close = QtWidgets.QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the history"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        for index in range(self.tabs.count()):
            QtGui.QShortcut(
                QtGui.QKeySequence(f"Ctrl+{index + 1}"),
                self,
                lambda index=index: self.tabs.setCurrentIndex(index),
            )
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Close, self, self.close)
        QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape), self, self.close)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 130, metrics.lineSpacing() * 40)
        self.refresh()

    # --- pages -------------------------------------------------------------------------------

    def _days_page(self) -> QtWidgets.QWidget:
        self.days_model = DaysModel(self._unit(), self)
        self.days_view = QtWidgets.QTableView()
        self.days_view.setModel(self.days_model)
        self.days_view.setAccessibleName(self.tr("Days of the period, newest first"))
        self.days_view.setSelectionBehavior(
            QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows
        )
        self.days_view.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.days_view.setTabKeyNavigation(False)
        self.days_view.setAlternatingRowColors(True)
        self.days_view.verticalHeader().setVisible(False)
        header = self.days_view.horizontalHeader()
        header.setAccessibleName(self.tr("Column headings"))
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        return self.days_view

    def _charts_page(self) -> QtWidgets.QWidget:
        self.charts: dict[str, chart_widget.ChartWidget] = {}
        holder = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(holder)
        names = ("per_week", "time_of_day", "areas", "severity", "water", "routine")
        for i, name in enumerate(names):
            widget = chart_widget.ChartWidget()
            widget.setObjectName(f"chart_{name}")
            self.charts[name] = widget
            grid.addWidget(widget, i // 2, i % 2)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        scroll.setAccessibleName(self.tr("Charts"))
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        return scroll

    def _patterns_page(self) -> QtWidgets.QWidget:
        self.patterns = QtWidgets.QLabel()
        self.patterns.setWordWrap(True)
        self.patterns.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self.patterns.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        self.patterns.setAccessibleDescription(self.tr("Streaks and comparisons"))
        self.patterns.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
            | QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.patterns.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.patterns.setContentsMargins(12, 12, 12, 12)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.patterns)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        return scroll

    # --- reading -----------------------------------------------------------------------------

    def period_days(self) -> int:
        """The period shown, in days (0: everything recorded)."""
        return int(self.period.currentData())

    def set_period(self, days: int) -> None:
        """Show the last ``days`` days (0: everything)."""
        self.period.setCurrentIndex(PERIODS.index(days))

    def current_period(self) -> Period:
        """The days shown: the chosen number of days up to today."""
        today = self._today()
        days = self.period_days()
        if days:
            return Period.ending(today, days)
        first = self._first_recorded() or today
        return Period(min(first, today), today)

    def day_rows(self) -> list[Day]:
        """The days shown, oldest first."""
        return list(self._days)

    def refresh(self) -> None:
        """Read the period again and show it."""
        period = self.current_period()
        self._record = self._load(period)
        self._days = stats.days(self._record, period, self._tz)
        self.days_model.set_days(
            self._days,
            self._unit(),
            self._record.fluid_limit_ml,
            self._today(),
            self._record.tracking_since,
        )
        self.overview.setText(self.overview_text(period))
        self._fill_charts(period)
        self.patterns.setText(self.patterns_html(period))
        self.months.invalidate()

    # --- texts -------------------------------------------------------------------------------

    def overview_text(self, period: Period) -> str:
        """One sentence on the period."""
        figures = history_figures.overview(self._days, self._record.fluid_limit_ml)
        span = (
            self.tr("%1 to %2")
            .replace("%1", long_day(period.first))
            .replace("%2", long_day(period.last))
        )
        if figures.water is history_figures.WaterCount.OVER_LIMIT:
            # A fluid limit is a ceiling, never a goal: only days over it are counted.
            water = text.tr("over your fluid limit on %n day(s)", None, figures.water_days)
        elif figures.water is history_figures.WaterCount.GOAL_REACHED:
            water = text.tr("water goal reached on %n day(s)", None, figures.water_days)
        else:
            water = self.tr("no water goal set")
        parts = [
            # Two counts: each its own plural, put in one sentence a translator can reorder.
            text.tr("%1 on %2", "cramps on days")
            .replace("%1", text.tr("%n cramp(s)", None, figures.cramps))
            .replace(
                "%2", text.tr("%n day(s)", "the days of 'cramps on days'", figures.cramp_days)
            ),
            water,
            text.tr("bedtime routine done on %n night(s)", None, figures.routine_nights),
        ]
        sentence = self.tr("%1: %2.").replace("%1", span).replace("%2", "; ".join(parts))
        known = stats.nights_known(self._days, self._today(), self._record.tracking_since)
        return sentence + " " + self.nights_text(known)

    @staticmethod
    def nights_text(known: stats.NightsKnown) -> str:
        """Cramp nights out of the recorded ones only, and how many nights were not recorded."""
        # n is the third argument so that lupdate files these as plurals.
        recorded = text.tr("Recorded nights with cramps: %1 of %n.", None, known.recorded).replace(
            "%1", number(known.with_cramps)
        )
        if not known.not_recorded:
            return recorded
        missing = text.tr(
            "Nights not recorded (no cramp logged, morning check-in not answered): %n.",
            None,
            known.not_recorded,
        )
        return recorded + " " + missing

    def patterns_html(self, period: Period) -> str:
        """Streaks and the bedtime comparison, as counts with plain wording."""
        today = self._today()
        # Only a night known to be without cramps counts: one not recorded ends the run.
        runs = history_figures.streaks(
            self._days, today, self._record.tracking_since, self._record.fluid_limit_ml
        )
        known = {d.day: d.night for d in self._days}  # classified once, in refresh()
        comparison = stats.routine_comparison(self._record, period, self._tz, today, known)
        lines = ["<h3>" + self.tr("Streaks") + "</h3>", "<ul>"]
        streaks = [(self.tr("Bedtime routine, nights in a row"), runs.routine)]
        # No water streak with a fluid limit (never a target) or without any goal to reach.
        if runs.water is not None:
            streaks.append((self.tr("Water goal reached, days in a row"), runs.water))
        streaks.append((self.tr("Recorded nights without a night cramp, in a row"), runs.calm))
        for label, run in streaks:
            lines.append(
                "<li>"
                + self.tr("%1: %2 now; longest in this period %3.")
                .replace("%1", label)
                .replace("%2", number(run.current))
                .replace("%3", number(run.longest))
                + "</li>"
            )
        lines.append("</ul>")
        heading = self.tr("Nights after the bedtime routine and nights without")
        lines.append("<h3>" + heading + "</h3>")
        lines.append("<p>" + self.comparison_text(comparison) + "</p>")
        lines.append(
            "<p>"
            + self.tr(
                "These are your own counts side by side, not a test of whether the routine "
                "works: other things change from night to night too (activity, heat, drinks, "
                "medicines), and a few nights can differ by chance. In one study of adults over "
                "55, stretching the calves and hamstrings every night before bed for 6 weeks led "
                "to fewer and less painful night cramps; another study found no benefit, so "
                "results vary."
            )
            + "</p>"
        )
        lines.append(
            "<p><small>"
            + self.tr(
                "A night runs from noon to noon. A night cramp started between %1 and %2, or was "
                "marked as asleep, in bed or woke me. Only nights that are over and since your "
                "first record count, and only recorded ones: a night with no cramp logged and "
                "no morning check-in answer is left out."
            )
            .replace("%1", hour_text(stats.NIGHT_FROM_HOUR))
            .replace("%2", hour_text(stats.NIGHT_TO_HOUR))
            + "</small></p>"
        )
        return "\n".join(lines)

    def comparison_text(self, c: stats.Comparison) -> str:
        """The comparison in words, with the counts behind it."""
        if not c.nights_with and not c.nights_without:
            return self.tr("No nights to compare in this period yet.")
        if not c.nights_with:
            return self.tr(
                "No night in this period had the bedtime routine done, so there is nothing to "
                "compare yet."
            )
        if not c.nights_without:
            return self.tr("You did the bedtime routine on every night of this period.")

        def part(nights: int, cramp_nights: int, cramps: int) -> str:
            return (
                self.tr("night cramps on %1 of %2 nights (%3 in all, %4 per night)")
                .replace("%1", number(cramp_nights))
                .replace("%2", number(nights))
                .replace("%3", number(cramps))
                .replace("%4", number(cramps / nights, 2))
            )

        compared = (
            self.tr("After the bedtime routine: %1. Without it: %2.")
            .replace("%1", part(c.nights_with, c.cramp_nights_with, c.cramps_with))
            .replace("%2", part(c.nights_without, c.cramp_nights_without, c.cramps_without))
        )
        if not c.not_recorded:
            return compared
        # n is the third argument so that lupdate files it as a plural.
        left_out = text.tr("Nights not recorded, left out: %n.", None, c.not_recorded)
        return compared + " " + left_out

    # --- charts ------------------------------------------------------------------------------

    def _fill_charts(self, period: Period) -> None:
        episodes = stats.in_period(self._record.episodes, period, self._tz)
        week_one = first_weekday()
        weekly = stats.per_week(episodes, period, self._tz, week_one)
        # A week without a cramp and without one recorded night is not known to be calm: it is
        # drawn as an empty dashed outline named "Not recorded", never as a zero.
        unknown = stats.unrecorded_weeks(self._days, self._today(), week_one)
        self.charts["per_week"].set_chart(
            charts.Chart(
                self.tr("Cramps per week"),
                tuple(self.tr("wk %1").replace("%1", short_day(w)) for w, _n in weekly),
                tuple(None if w in unknown and not n else float(n) for w, n in weekly),
                missing_label=self.tr("Not recorded"),
            )
        )
        hours = stats.by_hour(episodes, self._tz)
        self.charts["time_of_day"].set_chart(
            charts.Chart(
                self.tr("Cramps by time of day"),
                tuple(hour_text(h) for h in range(24)),
                tuple(float(n) for n in hours),
            )
        )
        areas = stats.by_area(episodes)
        self.charts["areas"].set_chart(
            charts.Chart(
                self.tr("Cramps by body area"),
                tuple(area_label(a) for a, _n in areas),
                tuple(float(n) for _a, n in areas),
                kind="hbars",
            )
        )
        severity = stats.severity_per_week(episodes, period, self._tz, week_one)
        self.charts["severity"].set_chart(
            charts.Chart(
                self.tr("Worst severity per week (0–10)"),
                tuple(short_day(w) for w, _m, _x in severity),
                tuple(None if x is None else float(x) for _w, _m, x in severity),
                kind="line",
                y_max=10,
            )
        )
        self.charts["water"].set_chart(self._water_chart())
        routine = stats.routine_per_week(self._record, period, self._tz, week_one)
        self.charts["routine"].set_chart(
            charts.Chart(
                self.tr("Nights with the bedtime routine, per week"),
                tuple(short_day(w) for w, _done, _n in routine),
                tuple(float(done) for _w, done, _n in routine),
                goal=tuple(float(n) for _w, _done, n in routine),
                y_max=7,
                goal_label=self.tr("Nights in the week"),
            )
        )

    def _water_chart(self) -> charts.Chart:
        unit = self._unit()

        def amount(ml: float) -> float:
            return ml if unit is units.VolumeUnit.ML else units.rounded(ml, unit)

        def goal(ml: float | None) -> float | None:
            return None if ml is None else amount(ml)

        # With a clinician's fluid limit: one solid ceiling line named as a limit, and no goal
        # line (CONTENT.md §7a). Without one: the person's goal, on the days that had one.
        limit = self._record.fluid_limit_ml
        ceiling = None if limit is None else amount(limit)
        ceiling_label = self.tr("Your fluid limit")
        daily = water_day.daily(len(self._days))
        if daily and limit is not None:
            figures = water_day.limit_figures(self._days, limit)
            return charts.Chart(
                self.tr("Water per day"),
                tuple(short_day(d.day) for d in self._days),
                tuple(amount(d.water_ml) if d.drinks else None for d in self._days),
                value_format=number if unit is units.VolumeUnit.ML else volume_number,
                unit=unit_name(unit),
                summary=self.tr(
                    "Water per day, against your fluid limit of %1: over the limit on %2 of %3 "
                    "days; no drink was logged on %4."
                )
                .replace("%1", text.volume(limit, unit))
                .replace("%2", number(figures.over))
                .replace("%3", number(figures.days))
                .replace("%4", number(figures.no_drink)),
                ceiling=ceiling,
                ceiling_label=ceiling_label,
            )
        if daily:
            reached = water_day.goal_figures(self._days)
            return charts.Chart(
                self.tr("Water per day"),
                tuple(short_day(d.day) for d in self._days),
                tuple(amount(d.water_ml) if d.drinks else None for d in self._days),
                goal=tuple(goal(d.goal_ml) for d in self._days),
                value_format=number if unit is units.VolumeUnit.ML else volume_number,
                unit=unit_name(unit),
                goal_label=self.tr("Goal"),
                summary=self.tr(
                    "Water per day: the goal was reached on %1 of %2 days with a goal; no drink "
                    "was logged on %3."
                )
                .replace("%1", number(reached.met))
                .replace("%2", number(reached.with_goal))
                .replace("%3", number(reached.no_drink)),
            )
        weeks = water_day.weeks(self._days, first_weekday())
        return charts.Chart(
            self.tr("Water, average per day of each week"),
            tuple(short_day(w.start) for w in weeks),
            tuple(amount(w.mean_ml) for w in weeks),
            goal=None if limit is not None else tuple(goal(w.mean_goal_ml) for w in weeks),
            value_format=number if unit is units.VolumeUnit.ML else volume_number,
            unit=unit_name(unit),
            goal_label=self.tr("Goal"),
            ceiling=ceiling,
            ceiling_label=ceiling_label,
        )

    def _request_report(self) -> None:
        period = self.current_period()
        self.report_requested.emit(period.first, period.last)
