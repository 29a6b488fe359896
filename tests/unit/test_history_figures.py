"""Tests for the history's figures: the overview, the streaks, and which nights are spoken of."""

from __future__ import annotations

import datetime as dt

import pytest

from spasm_desktop.core import history_figures
from spasm_desktop.core.history_figures import Overview, WaterCount
from spasm_desktop.core.nights import NightState
from spasm_desktop.core.stats import Day, Streak

FIRST = dt.date(2026, 11, 23)
WITH = NightState.WITH_CRAMPS
WITHOUT = NightState.WITHOUT_CRAMPS
UNKNOWN = NightState.NOT_RECORDED


def on(offset: int) -> dt.date:
    """The day ``offset`` days after the first of the period."""
    return FIRST + dt.timedelta(days=offset)


def nights(*states: NightState) -> list[Day]:
    """One day per state, from the first of the period."""
    return [Day(on(i), night=s) for i, s in enumerate(states)]


# --- which nights are spoken of ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "today", "since", "said"),
    [
        (on(5), on(6), None, True),  # last night is over
        (on(6), on(6), None, False),  # tonight is not
        (on(7), on(6), None, False),  # nor a night to come
        (on(5), None, None, True),  # no today given: every night is over
        (on(2), on(6), on(3), False),  # before the record began: not "not recorded"
        (on(3), on(6), on(3), True),  # the record's first night counts
        (on(3), on(3), on(3), False),  # a record that began today has no night over yet
    ],
)
def test_a_night_is_said_once_over_and_inside_the_record(
    day: dt.date, today: dt.date | None, since: dt.date | None, said: bool
) -> None:
    assert history_figures.night_said(day, today, since) is said


@pytest.mark.parametrize(
    ("since", "inside"),
    [(None, True), (on(4), True), (on(5), False)],
)
def test_tracked_days_are_those_from_the_records_first_day(
    since: dt.date | None, inside: bool
) -> None:
    assert history_figures.tracked(on(4), since) is inside


# --- the overview -----------------------------------------------------------------------------


def test_an_empty_record_has_zeros_and_no_goal() -> None:
    assert history_figures.overview([], None) == Overview(0, 0, WaterCount.NO_GOAL, 0, 0)


def test_an_empty_record_under_a_limit_counts_no_day_over_it() -> None:
    assert history_figures.overview([], 1500) == Overview(0, 0, WaterCount.OVER_LIMIT, 0, 0)


def test_cramps_are_counted_and_the_days_that_had_them() -> None:
    days = [Day(on(0), cramps=3), Day(on(1)), Day(on(2), cramps=1), Day(on(3), cramps=2)]
    figures = history_figures.overview(days, None)
    assert figures.cramps == 6
    assert figures.cramp_days == 3


def test_the_goal_count_is_of_days_that_reached_it() -> None:
    days = [
        Day(on(0), water_ml=2000, goal_ml=2000),
        Day(on(1), water_ml=1999, goal_ml=2000),
        Day(on(2), water_ml=4000),  # no goal that day: not a goal reached
    ]
    figures = history_figures.overview(days, None)
    assert figures.water is WaterCount.GOAL_REACHED
    assert figures.water_days == 1


def test_a_single_day_with_a_goal_makes_the_period_one_with_goals() -> None:
    days = [Day(on(0), water_ml=500), Day(on(1), goal_ml=2000)]
    figures = history_figures.overview(days, None)
    assert figures.water is WaterCount.GOAL_REACHED
    assert figures.water_days == 0


def test_under_a_limit_only_days_over_it_count_and_goals_are_not_spoken_of() -> None:
    days = [
        Day(on(0), water_ml=1500, goal_ml=1000),  # at the limit, goal reached: not counted
        Day(on(1), water_ml=1501),
        Day(on(2), water_ml=2600, goal_ml=3000),
    ]
    figures = history_figures.overview(days, 1500)
    assert figures.water is WaterCount.OVER_LIMIT
    assert figures.water_days == 2


def test_the_routine_is_counted_by_nights() -> None:
    days = [Day(on(0), routine=True), Day(on(1), other_routines=3), Day(on(2), routine=True)]
    assert history_figures.overview(days, None).routine_nights == 2


# --- the streaks ------------------------------------------------------------------------------


def test_a_night_not_recorded_ends_a_run_of_calm_nights() -> None:
    days = nights(WITHOUT, WITHOUT, WITHOUT, UNKNOWN, WITHOUT, WITHOUT, WITHOUT)
    runs = history_figures.streaks(days, on(6), None, None)
    assert runs.calm == Streak(current=2, longest=3)


def test_a_night_with_cramps_ends_a_run_of_calm_nights() -> None:
    days = nights(WITHOUT, WITH, WITHOUT, WITHOUT)
    assert history_figures.streaks(days, on(4), None, None).calm == Streak(2, 2)


def test_tonight_is_not_yet_a_calm_night() -> None:
    # The night of today reads "without cramps" only once the morning has said so.
    days = nights(WITHOUT, WITHOUT, WITHOUT)
    assert history_figures.streaks(days, on(2), None, None).calm == Streak(2, 2)


def test_nights_before_the_record_never_lengthen_a_run() -> None:
    days = nights(WITHOUT, WITHOUT, WITHOUT, WITHOUT, WITHOUT)
    assert history_figures.streaks(days, on(5), on(3), None).calm == Streak(2, 2)


def test_the_routine_run_waits_for_tonight() -> None:
    days = [Day(on(0), routine=True), Day(on(1), routine=True), Day(on(2))]
    runs = history_figures.streaks(days, on(2), None, None)
    assert runs.routine == Streak(current=2, longest=2)


def test_a_missed_routine_before_tonight_ends_the_run() -> None:
    days = [Day(on(0), routine=True), Day(on(1)), Day(on(2), routine=True)]
    runs = history_figures.streaks(days, on(2), None, None)
    assert runs.routine == Streak(current=1, longest=1)


def test_the_water_run_counts_days_with_the_goal_reached() -> None:
    met = Day(on(0), water_ml=2000, goal_ml=2000)
    days = [
        met,
        Day(on(1), water_ml=100, goal_ml=2000),
        *[Day(on(i), water_ml=2500, goal_ml=2000) for i in (2, 3, 4)],
    ]
    runs = history_figures.streaks(days, on(4), None, None)
    assert runs.water == Streak(current=3, longest=3)


@pytest.mark.parametrize(
    ("goal", "limit"),
    [
        (None, None),  # no day had a goal: no water streak to show
        (2000, 1500),  # a fluid limit is never a target: no streak either
    ],
)
def test_no_water_streak_without_a_goal_or_with_a_limit(
    goal: int | None, limit: int | None
) -> None:
    days = [Day(on(i), water_ml=2000, goal_ml=goal) for i in range(3)]
    assert history_figures.streaks(days, on(3), None, limit).water is None


def test_a_goal_only_before_the_record_gives_no_water_streak() -> None:
    days = [Day(on(0), water_ml=2000, goal_ml=2000), Day(on(1), water_ml=2000)]
    assert history_figures.streaks(days, on(2), on(1), None).water is None


def test_streaks_of_an_empty_period() -> None:
    runs = history_figures.streaks([], on(0), None, None)
    assert runs.routine == Streak(0, 0)
    assert runs.water is None
    assert runs.calm == Streak(0, 0)
