"""Tests for a day's water as the windows show it: the goal, the bar, the drink sizes, a day's
mark against its goal or a fluid limit, and the history's water figures.
"""

from __future__ import annotations

import datetime as dt

import pytest

from spasm_desktop.core import water_day
from spasm_desktop.core.settings import WaterSettings
from spasm_desktop.core.stats import Day
from spasm_desktop.core.water_day import GoalFigures, LimitFigures, Mark, Progress

THURSDAY = dt.date(2026, 12, 3)


def day(
    offset: int = 0, water_ml: int = 0, goal_ml: int | None = None, drinks: int | None = None
) -> Day:
    """A day ``offset`` days after a Thursday; a drink per 250 ml unless ``drinks`` says."""
    count = (water_ml + 249) // 250 if drinks is None else drinks
    return Day(
        THURSDAY + dt.timedelta(days=offset), water_ml=water_ml, goal_ml=goal_ml, drinks=count
    )


# --- the goal counted toward ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("passed", "water", "goal"),
    [
        # No goal is forced on anyone: none set, none passed, none shown.
        (None, WaterSettings(), None),
        # The service has nothing to say: the person's own goal stands.
        (None, WaterSettings(goal_ml=2000), 2000),
        # A hot day raises the service's goal above the person's own.
        (2400, WaterSettings(goal_ml=2000), 2400),
        # A fluid limit: no goal, whatever the service passed (CONTENT.md §7a)...
        (2400, WaterSettings(goal_ml=2000, fluid_limit_ml=1500), None),
        # ... and the goal kept in the settings under a limit is not shown either.
        (None, WaterSettings(goal_ml=2000, fluid_limit_ml=1500), None),
    ],
)
def test_the_goal_shown_is_the_services_or_the_persons_and_never_with_a_limit(
    passed: int | None, water: WaterSettings, goal: int | None
) -> None:
    assert water_day.shown_goal(passed, water) == goal


# --- the progress bar -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("total", "goal", "bar"),
    [
        (750, 2000, Progress(2000, 750, 38)),  # 37.5 % written as a whole percent
        (0, 2000, Progress(2000, 0, 0)),  # nothing yet: an empty bar, not a missing one
        (2000, 2000, Progress(2000, 2000, 100)),  # exactly reached
        (2500, 2000, Progress(2000, 2000, 125)),  # the bar stops at the goal, the words do not
        (9, 2000, Progress(2000, 9, 0)),  # a sip: something in the bar, 0 % in words
        (6000, 250, Progress(250, 250, 2400)),  # the largest total over the smallest goal
    ],
)
def test_the_bar_fills_up_to_the_goal_and_the_percent_goes_past_it(
    total: int, goal: int, bar: Progress
) -> None:
    assert water_day.progress(total, goal) == bar


def test_a_goal_of_zero_makes_no_empty_range() -> None:
    bar = water_day.progress(0, 0)
    assert bar.maximum == 1
    assert bar.value == 0


# --- the drink sizes offered ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("glass", "sizes"),
    [
        (250, (250, 150, 330, 500)),  # the default glass is not among the others
        (150, (150, 330, 500)),  # the glass is the first of the others: listed once, first
        (330, (330, 150, 500)),  # one from the middle
        (500, (500, 150, 330)),  # the last
    ],
)
def test_the_glass_comes_first_and_is_never_listed_twice(
    glass: int, sizes: tuple[int, ...]
) -> None:
    assert water_day.drink_sizes(glass) == sizes


def test_other_sizes_given_twice_are_listed_once_in_their_order() -> None:
    assert water_day.drink_sizes(200, (500, 100, 500, 200, 100)) == (200, 500, 100)


# --- a day's water against its goal or a fluid limit ------------------------------------------


@pytest.mark.parametrize(
    ("water", "goal", "limit", "expected"),
    [
        (0, None, None, Mark.NONE),
        (0, 2000, None, Mark.NONE),  # a goal but nothing logged: nothing said, no "0 of 2 l"
        (0, None, 1500, Mark.NONE),
        (750, None, None, Mark.TOTAL),  # no goal that day: the total alone
        (1999, 2000, None, Mark.OF_GOAL),
        (2000, 2000, None, Mark.GOAL_REACHED),  # exactly the goal is reached
        (3100, 2000, None, Mark.GOAL_REACHED),
        (1500, None, 1500, Mark.TOTAL),  # exactly at the limit is not over it
        (1501, None, 1500, Mark.OVER_LIMIT),
        # Under a limit a goal is never spoken of, even one the day reached (CONTENT.md §7a).
        (1000, 800, 1500, Mark.TOTAL),
        (1600, 800, 1500, Mark.OVER_LIMIT),
    ],
)
def test_a_days_mark_says_over_the_limit_or_of_its_goal(
    water: int, goal: int | None, limit: int | None, expected: Mark
) -> None:
    assert water_day.mark(day(water_ml=water, goal_ml=goal), limit) is expected


# --- the history's water chart ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("days", "per_day"),
    [(1, True), (120, True), (121, False), (365, False)],
)
def test_water_is_per_day_up_to_120_days_then_per_week(days: int, per_day: bool) -> None:
    assert water_day.daily(days) is per_day


def test_limit_figures_of_an_empty_period() -> None:
    assert water_day.limit_figures([], 1500) == LimitFigures(0, 0, 0)


def test_limit_figures_count_days_over_and_days_without_a_drink() -> None:
    days = [day(0, 1500), day(1, 1501), day(2, 0), day(3, 2400), day(4, 300)]
    assert water_day.limit_figures(days, 1500) == LimitFigures(over=2, days=5, no_drink=1)


def test_goal_figures_of_an_empty_period() -> None:
    assert water_day.goal_figures([]) == GoalFigures(0, 0, 0)


def test_goal_figures_leave_days_without_a_goal_out_of_the_goal_count() -> None:
    days = [
        day(0, 2000, goal_ml=2000),  # reached
        day(1, 1200, goal_ml=2000),  # not reached
        day(2, 0, goal_ml=2000),  # a goal, no drink
        day(3, 5000),  # much water but no goal: neither reached nor missed
        day(4, 0),  # no goal, no drink
    ]
    assert water_day.goal_figures(days) == GoalFigures(met=1, with_goal=3, no_drink=2)


def test_a_day_with_drinks_of_nothing_still_had_a_drink() -> None:
    # A logged drink counts even if its amount is 0 ml: "no drink logged" is about the log.
    assert water_day.goal_figures([day(0, 0, drinks=1)]).no_drink == 0


def test_weeks_of_no_days() -> None:
    assert water_day.weeks([], 0) == ()


@pytest.mark.parametrize(
    ("first_weekday", "starts", "means"),
    [
        # Thursday 3 .. Wednesday 9 December 2026, 100 ml more each day.
        (0, (dt.date(2026, 11, 30), dt.date(2026, 12, 7)), (250.0, 600.0)),  # Monday
        (6, (dt.date(2026, 11, 29), dt.date(2026, 12, 6)), (200.0, 550.0)),  # Sunday (US)
        (5, (dt.date(2026, 11, 28), dt.date(2026, 12, 5)), (150.0, 500.0)),  # Saturday
    ],
)
def test_weeks_start_on_the_locales_first_weekday_and_average_their_days(
    first_weekday: int, starts: tuple[dt.date, ...], means: tuple[float, ...]
) -> None:
    days = [day(i, 100 * (i + 1)) for i in range(7)]
    weeks = water_day.weeks(days, first_weekday)
    assert tuple(w.start for w in weeks) == starts
    assert tuple(w.mean_ml for w in weeks) == means


def test_a_day_without_a_drink_counts_as_nothing_in_its_weeks_average() -> None:
    (week,) = water_day.weeks([day(0, 1000), day(1, 0)], 0)
    assert week.mean_ml == 500


def test_a_weeks_goal_is_the_average_of_the_days_that_had_one() -> None:
    (week,) = water_day.weeks([day(0, goal_ml=2000), day(1), day(2, goal_ml=3000)], 0)
    assert week.mean_goal_ml == 2500


def test_a_week_without_any_goal_has_none() -> None:
    (week,) = water_day.weeks([day(0, 2000), day(1, 1000)], 0)
    assert week.mean_goal_ml is None


def test_a_week_across_new_year_stays_one_week() -> None:
    days = [day(28, 1000), day(29, 3000)]  # Thursday 31 December, Friday 1 January
    (week,) = water_day.weeks(days, 0)
    assert week.start == dt.date(2026, 12, 28)
    assert week.mean_ml == 2000


def test_weeks_come_oldest_first_whatever_the_order_of_the_days() -> None:
    newest_first = [day(i, 100) for i in reversed(range(14))]
    starts = [w.start for w in water_day.weeks(newest_first, 0)]
    assert starts == [dt.date(2026, 11, 30), dt.date(2026, 12, 7), dt.date(2026, 12, 14)]
