"""The history window: days, charts and patterns from a hand-built record."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6 import QtCore, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core import stats, units
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import Answer, MorningAnswer
from spasm_desktop.core.stats import Period
from spasm_desktop.storage import history as storage_history
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record import history
from tests.gui.needed import need

TZ = ZoneInfo("Europe/London")
TODAY = dt.date(2026, 11, 24)
ML = units.VolumeUnit.ML


@dataclasses.dataclass(frozen=True)
class Drink:
    """A drink as the record gives it to the statistics."""

    at: dt.datetime
    ml: int


@dataclasses.dataclass(frozen=True)
class Session:
    """A stretch session as the record gives it to the statistics."""

    routine: str
    started: dt.datetime
    finished: bool = True


@dataclasses.dataclass(frozen=True)
class Brk:
    """A movement break as the record gives it to the statistics."""

    start: dt.datetime


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), TZ)


def days_ago(n: int) -> dt.date:
    return TODAY - dt.timedelta(days=n)


def sample_record() -> stats.Record:
    episodes = [
        Episode(at(days_ago(1), 3), duration_s=120, area="calf", side="left", severity=6),
        Episode(at(days_ago(1), 4), duration_s=60, area="calf", side="left", severity=4),
        Episode(at(days_ago(3), 2), area="foot", side="right", severity=8, red_flags=("numbness",)),
        Episode(at(days_ago(40), 2), area="hamstring", severity=3),
    ]
    return stats.Record(
        episodes=episodes,
        drinks=[Drink(at(days_ago(1), 10), 2100), Drink(at(days_ago(2), 10), 500)],
        sessions=[
            Session("bedtime-core", at(days_ago(2), 22)),
            Session("bedtime-core", at(days_ago(5), 22)),
        ],
        breaks=[Brk(at(days_ago(1), 11)), Brk(at(days_ago(1), 15))],
        default_goal_ml=2000,
        bedtime_routines=frozenset({"bedtime-core"}),
        tracking_since=days_ago(60),
    )


class Loader:
    """Records which periods were asked for and returns the sample record."""

    def __init__(self, record: stats.Record) -> None:
        self.record = record
        self.periods: list[Period] = []

    def __call__(self, period: Period) -> stats.Record:
        self.periods.append(period)
        return self.record


@pytest.fixture
def loader() -> Loader:
    return Loader(sample_record())


@pytest.fixture
def window(qtbot: QtBot, loader: Loader) -> history.HistoryWindow:
    w = history.HistoryWindow(
        loader, lambda: days_ago(60), TZ, lambda: TODAY, lambda: units.VolumeUnit.ML
    )
    qtbot.addWidget(w)
    return w


def test_opens_on_the_last_30_days_and_reads_once(
    window: history.HistoryWindow, loader: Loader
) -> None:
    assert loader.periods == [Period.ending(TODAY, 30)]
    rows = window.day_rows()
    assert len(rows) == 30
    assert rows[-1].day == TODAY
    assert window.days_model.rowCount() == 30


def test_days_table_shows_newest_first_with_cramps_water_routine_and_breaks(
    window: history.HistoryWindow,
) -> None:
    model = window.days_model
    assert model.day(0).day == TODAY
    yesterday = model.day(1)
    assert yesterday.day == days_ago(1)
    texts = [model.data(model.index(1, c)) for c in range(model.COLUMNS)]
    assert "2" in texts[1]
    assert "worst 6/10" in texts[1]
    ml = units.VolumeUnit.ML
    assert f"{text.volume(2100, ml)} of {text.volume(2000, ml)}" in texts[2]
    assert "goal reached" in texts[2]
    assert texts[4] == "2"
    flagged = model.data(model.index(3, 1))
    assert "warning sign" in flagged
    # The routine of the evening of days_ago(2) counts for that night's day row.
    assert model.data(model.index(2, 3)) == "done"
    assert model.data(model.index(0, 1)) == "–"


def test_overview_counts_the_period(window: history.HistoryWindow) -> None:
    overview = window.overview.text()
    assert "3 cramps on 2 days" in overview
    assert "water goal reached on 1 day" in overview
    assert "bedtime routine done on 2 nights" in overview


def test_changing_the_period_reads_again(window: history.HistoryWindow, loader: Loader) -> None:
    window.set_period(90)
    assert loader.periods[-1] == Period.ending(TODAY, 90)
    assert "4 cramps" in window.overview.text()
    window.set_period(0)
    assert loader.periods[-1] == Period(days_ago(60), TODAY)


def test_charts_are_filled_and_described(window: history.HistoryWindow) -> None:
    for name, widget in window.charts.items():
        chart = widget.chart()
        assert chart is not None, name
        assert widget.accessibleName().startswith(chart.title)
        assert widget.accessibleDescription()
    per_week = window.charts["per_week"].chart()
    assert per_week is not None
    assert sum(v or 0 for v in per_week.values) == 3
    hours = window.charts["time_of_day"].chart()
    assert hours is not None
    assert hours.values[3] == 1
    assert hours.values[2] == 1
    areas = window.charts["areas"].chart()
    assert areas is not None
    assert areas.labels[0] == "Calf"
    assert areas.values[0] == 2
    water = window.charts["water"].chart()
    assert water is not None
    assert len(water.labels) == 30
    assert water.values[-2] == 2100
    assert water.values[-1] is None
    assert water.goal is not None
    assert water.goal[-1] == 2000


def test_water_per_week_for_long_periods_in_fluid_ounces(qtbot: QtBot, loader: Loader) -> None:
    w = history.HistoryWindow(
        loader, lambda: days_ago(400), TZ, lambda: TODAY, lambda: units.VolumeUnit.FL_OZ
    )
    qtbot.addWidget(w)
    w.set_period(365)
    water = w.charts["water"].chart()
    assert water is not None
    assert 52 <= len(water.labels) <= 54
    assert water.unit == "fl oz"
    assert "fl oz" in w.days_model.data(w.days_model.index(1, 2))
    assert water.value_format is not None
    assert [water.value_format(v) for v in (60.0, 67.6, 0.04)] == ["60", "67.6", "0"]


def test_with_a_fluid_limit_the_water_chart_draws_a_ceiling_not_a_goal(qtbot: QtBot) -> None:
    # CONTENT.md §7a: the limit is a ceiling line named as a limit; no goal line, no goal
    # counts, no water streak.
    record = dataclasses.replace(sample_record(), default_goal_ml=None, fluid_limit_ml=1500)
    w = history.HistoryWindow(
        Loader(record), lambda: days_ago(60), TZ, lambda: TODAY, lambda: units.VolumeUnit.ML
    )
    qtbot.addWidget(w)
    water = w.charts["water"].chart()
    assert water is not None
    assert water.goal is None
    assert water.ceiling == 1500
    assert water.ceiling_label == "Your fluid limit"
    assert "over the limit on 1 of 30 days" in water.summary
    assert "goal" not in w.overview.text()
    assert "over your fluid limit on 1 day" in w.overview.text()
    model = w.days_model
    ml = units.VolumeUnit.ML
    assert model.data(model.index(1, 2)) == f"{text.volume(2100, ml)}, over your limit"
    assert model.data(model.index(2, 2)) == text.volume(500, ml)
    assert "Water goal" not in w.patterns.text()
    w.set_period(365)  # weekly averages: the same ceiling, still no goal
    weekly = w.charts["water"].chart()
    assert weekly is not None
    assert weekly.goal is None
    assert weekly.ceiling == 1500


def test_days_without_a_goal_show_the_total_alone(qtbot: QtBot) -> None:
    record = dataclasses.replace(sample_record(), default_goal_ml=None)
    w = history.HistoryWindow(
        Loader(record), lambda: days_ago(60), TZ, lambda: TODAY, lambda: units.VolumeUnit.ML
    )
    qtbot.addWidget(w)
    model = w.days_model
    assert model.data(model.index(1, 2)) == text.volume(2100, units.VolumeUnit.ML)
    water = w.charts["water"].chart()
    assert water is not None
    assert water.ceiling is None
    assert water.goal is not None
    assert set(water.goal) == {None}
    assert "no water goal set" in w.overview.text()
    assert "Water goal" not in w.patterns.text()


def test_days_recorded_without_a_goal_stay_without_one_once_a_goal_is_set(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Days without a goal, then a goal of 2 L set today: those days are not read against it
    # (the store keeps "no goal" for them); days with nothing recorded use today's goal.
    now = at(TODAY, 12)
    store = RecordStore(tmp_path / "records.sqlite3", lambda: now)
    for back in (1, 2, 3):
        store.set_day_goal(days_ago(back), None)
    store.set_day_goal(TODAY, 2000)
    store.add_drink(at(days_ago(1), 10), 2100, "tray")  # more than 2 L, but no goal that day
    store.add_drink(at(days_ago(4), 10), 2100, "tray")  # nothing recorded: today's goal

    def load(period: Period) -> stats.Record:
        return storage_history.load(store, period, TZ, 2000, ["bedtime-core"])

    w = history.HistoryWindow(load, lambda: days_ago(60), TZ, lambda: TODAY, lambda: ML)
    qtbot.addWidget(w)
    model = w.days_model
    assert model.day(1).day == days_ago(1)
    assert model.day(1).goal_ml is None
    assert model.data(model.index(1, 2)) == text.volume(2100, ML)  # the total alone
    assert model.data(model.index(4, 2)) == (
        f"{text.volume(2100, ML)} of {text.volume(2000, ML)}, goal reached"
    )
    assert "water goal reached on 1 day" in w.overview.text()
    water = w.charts["water"].chart()
    assert water is not None
    assert water.goal is not None
    assert water.goal[-4:] == (None, None, None, 2000)  # no goal line on the days without one
    assert water.goal[-5] == 2000
    store.close()


def test_patterns_give_counts_without_claiming_a_cause(window: history.HistoryWindow) -> None:
    window.set_period(14)
    html = window.patterns.text()
    assert "After the bedtime routine:" in html
    assert "Without it:" in html
    # Nights of days 13..1 ago are over; the routine was done on 2 of them (days 2 and 5 ago):
    # no night cramps after them; the night of day 2 ago... the cramps of days 1 and 3 ago
    # (02:00-04:00) belong to the nights of days 2 and 4 ago.
    record = sample_record()
    comparison = stats.routine_comparison(record, Period.ending(TODAY, 14), TZ, TODAY)
    # No morning was answered: only the two nights with cramps are known; 11 are left out.
    assert comparison == stats.Comparison(1, 1, 2, 1, 1, 1, not_recorded=11)
    assert window.comparison_text(comparison) in html
    assert "Nights not recorded, left out: 11." in html
    assert "not a test of whether the routine works" in html
    assert "Streaks" in html


def test_comparison_text_when_there_is_nothing_to_compare(
    window: history.HistoryWindow,
) -> None:
    none = stats.Comparison(0, 0, 0, 0, 0, 0)
    assert "No nights to compare" in window.comparison_text(none)
    never = stats.Comparison(0, 0, 0, 5, 2, 3)
    assert "nothing to compare" in window.comparison_text(never)


def test_an_empty_record_shows_zeros_and_no_data(qtbot: QtBot) -> None:
    w = history.HistoryWindow(
        Loader(stats.Record()), lambda: None, TZ, lambda: TODAY, lambda: units.VolumeUnit.ML
    )
    qtbot.addWidget(w)
    assert "0 cramps" in w.overview.text()
    chart = w.charts["water"].chart()
    assert chart is not None
    assert not chart.has_data()
    w.set_period(0)  # nothing recorded: just today
    assert len(w.day_rows()) == 1


def test_keyboard_tabs_report_and_close(qtbot: QtBot, window: history.HistoryWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_2, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 1
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_3, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 2
    with qtbot.waitSignal(window.report_requested) as blocker:
        window.report_button.click()
    assert blocker.args == [days_ago(29), TODAY]
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_every_control_has_an_accessible_name(window: history.HistoryWindow) -> None:
    for widget in window.findChildren(QtWidgets.QAbstractButton) + window.findChildren(
        QtWidgets.QComboBox
    ):
        if widget.objectName() == "qt_tableview_cornerbutton" or isinstance(
            widget.parent(), QtWidgets.QTabBar
        ):
            continue  # Qt's own parts
        assert widget.accessibleName() or not widget.isVisibleTo(window), widget


def test_a_new_record_has_no_unknown_nights_and_nights_before_it_say_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    now = at(TODAY, 12)
    store = RecordStore(tmp_path / "records.sqlite3", lambda: now)

    def load(period: Period) -> stats.Record:
        return storage_history.load(store, period, TZ, 2000, ["bedtime-core"])

    # Nothing recorded at all: no night of the month is "not recorded".
    w = history.HistoryWindow(load, lambda: None, TZ, lambda: TODAY, lambda: ML)
    qtbot.addWidget(w)
    assert "Nights not recorded" not in w.overview.text()
    model = w.days_model
    assert {model.data(model.index(row, model.NIGHT_COLUMN)) for row in range(30)} == {"–"}
    # The first drink three days ago: the nights before it say nothing, those after are unknown.
    store.add_drink(at(days_ago(3), 10), 250, "tray")
    w.refresh()
    shown = {
        model.day(row).day: model.data(model.index(row, model.NIGHT_COLUMN)) for row in range(30)
    }
    assert shown[days_ago(4)] == "–"
    assert shown[days_ago(3)] == "not recorded"
    assert "Nights not recorded (no cramp logged, morning check-in not answered): 3." in (
        w.overview.text()
    )
    store.close()


def test_nights_not_recorded_are_shown_as_such_and_left_out_of_the_count(
    qtbot: QtBot, tmp_path: Path
) -> None:
    # Through the real store: a logged cramp, a check-in "No cramps", a check-in count and a
    # skipped check-in; every other night of the 14 days has nothing at all.
    now = at(TODAY, 12)
    store = RecordStore(tmp_path / "records.sqlite3", lambda: now)
    store.add_drink(at(days_ago(13), 10), 250, "tray")  # tracking starts 14 days ago

    def told(night: dt.date, kind: Answer, count: int | None = None) -> None:
        answer = MorningAnswer(night, at(night + dt.timedelta(days=1), 8), kind, count=count)
        store.save_morning_answer(answer)

    store.save_episode(Episode(at(days_ago(2), 3)))  # of the night of 3 days ago
    told(days_ago(2), Answer.NONE)
    told(days_ago(4), Answer.COUNT, count=2)
    told(days_ago(5), Answer.SKIPPED)

    def load(period: Period) -> stats.Record:
        return storage_history.load(store, period, TZ, 2000, ["bedtime-core"])

    w = history.HistoryWindow(load, lambda: days_ago(13), TZ, lambda: TODAY, lambda: ML)
    qtbot.addWidget(w)
    w.set_period(14)
    model = w.days_model
    night = model.NIGHT_COLUMN
    shown = {model.day(row).day: model.data(model.index(row, night)) for row in range(14)}
    assert shown[TODAY] == "–"  # tonight is not over
    assert shown[days_ago(2)] == "without cramps"
    assert shown[days_ago(3)] == "with cramps"
    assert shown[days_ago(4)] == "with cramps"
    assert shown[days_ago(5)] == "not recorded"  # "Skip" is no answer
    assert shown[days_ago(1)] == "not recorded"
    unknown = model.index(list(shown).index(days_ago(1)), night)
    assert model.data(unknown, QtCore.Qt.ItemDataRole.FontRole).italic()
    # 13 nights are over: 3 recorded (2 with cramps), 10 not recorded.
    assert "Recorded nights with cramps: 2 of 3." in w.overview.text()
    assert "Nights not recorded (no cramp logged, morning check-in not answered): 10." in (
        w.overview.text()
    )


def test_a_night_not_recorded_ends_the_run_of_calm_nights(qtbot: QtBot) -> None:
    # "No cramps" on the mornings after the last 3 nights, nothing said before them.
    answers = {
        days_ago(n): MorningAnswer(days_ago(n), at(days_ago(n - 1), 8), Answer.NONE)
        for n in (1, 2, 3)
    }
    record = dataclasses.replace(stats.Record(tracking_since=days_ago(20)), answers=answers)
    w = history.HistoryWindow(Loader(record), lambda: days_ago(20), TZ, lambda: TODAY, lambda: ML)
    qtbot.addWidget(w)
    w.set_period(14)
    assert "Recorded nights without a night cramp, in a row: 3 now; longest in this period 3." in (
        w.patterns.text()
    )


def test_the_weekly_chart_draws_unrecorded_weeks_as_not_recorded_not_zero(
    qtbot: QtBot,
) -> None:
    # Only the last week (Mon 23 Nov on) has answers: "No cramps" for the night of the 23rd.
    answers = {
        days_ago(1): MorningAnswer(days_ago(1), at(TODAY, 8), Answer.NONE),
    }
    record = dataclasses.replace(stats.Record(tracking_since=days_ago(30)), answers=answers)
    w = history.HistoryWindow(Loader(record), lambda: days_ago(30), TZ, lambda: TODAY, lambda: ML)
    qtbot.addWidget(w)
    w.set_period(14)
    chart = w.charts["per_week"].chart()
    assert chart is not None
    # Weeks of 9, 16 and 23 Nov: two with no recorded night, the last known to be calm.
    assert chart.values == (None, None, 0.0)
    assert "Not recorded: 2." in w.charts["per_week"].accessibleDescription()


def test_by_month_reads_the_whole_record_only_when_its_tab_is_shown(
    qtbot: QtBot, window: history.HistoryWindow, loader: Loader
) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
    assert loader.periods == [Period.ending(TODAY, 30)]  # not read at opening
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_4, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == 3
    assert window.months.isVisible()
    # The whole record, from its first day, whatever period the window shows.
    assert loader.periods[-1] == Period(days_ago(60), TODAY)
    # A change while the tab is hidden is read when it comes back, not before.
    window.tabs.setCurrentIndex(0)
    window.refresh()
    read = len(loader.periods)
    window.tabs.setCurrentIndex(3)
    assert len(loader.periods) == read + 1


def test_by_month_shows_cramps_per_recorded_night_and_unrecorded_months(
    qtbot: QtBot, window: history.HistoryWindow
) -> None:
    window.show()
    window.tabs.setCurrentIndex(3)
    table = window.months.table
    # 25 Sep to 23 Nov 2026 (the record's first day to the last night over), newest first.
    assert table.rowCount() == 3
    cells = [[need(table.item(r, c)).text() for c in range(5)] for r in range(3)]
    # November: the nights of the 20th (one cramp at 02:00 on the 21st) and of the 22nd (two
    # cramps) are recorded: 3 cramps in 2 recorded nights.
    assert cells[0] == ["November 2026", "2 of 23", "2", "3", "1.50"]
    # October: the night of the 14th (a cramp at 02:00 on the 15th).
    assert cells[1] == ["October 2026", "1 of 31", "1", "1", "1.00"]
    # September: six nights, none recorded: unknown, not zero.
    assert cells[2] == ["September 2026", "0 of 6", "0", "—", "—"]
    chart = window.months.chart.chart()
    assert chart is not None
    assert len(chart.labels) == 12
    assert chart.values[10] == 1.5
    assert chart.values[8] is None
    assert "Highest: November (1.50)" in window.months.chart.accessibleDescription()
