"""A day's water as the windows show it: the goal counted toward, the progress bar's numbers,
the drink sizes offered, how a day's water stands against its goal or a fluid limit, and the
history's water figures (per day, or an average per day of each week for long periods).

A clinician's fluid limit is a ceiling, never a target (CONTENT.md §7a): with one there is no
goal, no bar fills toward it, and only going over it is said. Pure: amounts in millilitres.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Sequence

from spasm_desktop.core.settings import WaterSettings
from spasm_desktop.core.stats import Day, week_start

#: The other drink sizes the tray offers after the person's own glass, in ml.
DRINK_SIZES_ML = (150, 330, 500)
#: Periods up to this many days show water per day; longer ones an average per day of each week.
DAILY_UP_TO = 120


def shown_goal(goal_ml: int | None, water: WaterSettings) -> int | None:
    """The goal today's water is counted toward.

    ``goal_ml`` is today's goal as the reminder service reckons it (a hot day raises it); None
    when the service has none to say, and then the person's own goal stands. With a fluid limit
    there is no goal at all, whatever was passed (CONTENT.md §7a).
    """
    if goal_ml is None or water.log_only:
        return water.daily_goal_ml
    return goal_ml


@dataclasses.dataclass(frozen=True)
class Progress:
    """A progress bar toward a goal: its range, its filled part and the percentage written.

    Attributes:
        maximum: The bar's end: the goal (at least 1, so that a goal of 0 makes no empty range).
        value: The filled part: the total, but never past the goal.
        percent: The share of the goal reached, in whole percent; it goes past 100.
    """

    maximum: int
    value: int
    percent: int


def progress(total_ml: int, goal_ml: int) -> Progress:
    """The bar of ``total_ml`` toward ``goal_ml``: filled up to the goal, the percent uncapped."""
    maximum = max(goal_ml, 1)
    return Progress(maximum, min(total_ml, goal_ml), round(100 * total_ml / maximum))


def drink_sizes(glass_ml: int, others: Sequence[int] = DRINK_SIZES_ML) -> tuple[int, ...]:
    """The sizes a "Log a drink" menu offers: the person's glass first, then ``others`` in their
    order, none listed twice.
    """
    sizes = [glass_ml]
    for ml in others:
        if ml not in sizes:
            sizes.append(ml)
    return tuple(sizes)


class Mark(enum.Enum):
    """How a day's water stands, as a day's row says it."""

    #: Nothing logged: the row says nothing of water.
    NONE = "none"
    #: A total alone: no goal that day, or within a fluid limit (a limit is never a target).
    TOTAL = "total"
    #: Over the fluid limit.
    OVER_LIMIT = "over_limit"
    #: Below the day's goal ("750 ml of 2 l").
    OF_GOAL = "of_goal"
    #: The day's goal was reached.
    GOAL_REACHED = "goal_reached"


def mark(day: Day, fluid_limit_ml: int | None) -> Mark:
    """How ``day``'s water stands: against a fluid limit if there is one, else its own goal."""
    if not day.water_ml:
        return Mark.NONE
    if fluid_limit_ml is not None:
        return Mark.OVER_LIMIT if day.water_ml > fluid_limit_ml else Mark.TOTAL
    if day.goal_ml is None:
        return Mark.TOTAL
    return Mark.GOAL_REACHED if day.goal_met else Mark.OF_GOAL


def daily(days: int) -> bool:
    """Whether a period of ``days`` days shows water per day (else per week)."""
    return days <= DAILY_UP_TO


@dataclasses.dataclass(frozen=True)
class LimitFigures:
    """The water chart's summary against a fluid limit.

    Attributes:
        over: Days over the limit.
        days: Days in the period.
        no_drink: Days without a drink logged.
    """

    over: int
    days: int
    no_drink: int


def limit_figures(days: Sequence[Day], fluid_limit_ml: int) -> LimitFigures:
    """How many of ``days`` went over ``fluid_limit_ml`` (exactly at the limit is not over)."""
    return LimitFigures(
        sum(d.water_ml > fluid_limit_ml for d in days),
        len(days),
        sum(not d.drinks for d in days),
    )


@dataclasses.dataclass(frozen=True)
class GoalFigures:
    """The water chart's summary against the days' goals.

    Attributes:
        met: Days whose goal was reached.
        with_goal: Days that had a goal.
        no_drink: Days without a drink logged.
    """

    met: int
    with_goal: int
    no_drink: int


def goal_figures(days: Sequence[Day]) -> GoalFigures:
    """How many of ``days`` had a goal and reached it; days without a goal count in neither."""
    return GoalFigures(
        sum(d.goal_met for d in days),
        sum(d.goal_ml is not None for d in days),
        sum(not d.drinks for d in days),
    )


@dataclasses.dataclass(frozen=True)
class Week:
    """The water of one week of a long period.

    Attributes:
        start: The week's first day (by the locale's first day of the week).
        mean_ml: The average per day of the week's days in the period (days without a drink
            count as 0).
        mean_goal_ml: The average goal of the days that had one (None: no day had a goal).
    """

    start: dt.date
    mean_ml: float
    mean_goal_ml: float | None


def weeks(days: Sequence[Day], first_weekday: int) -> tuple[Week, ...]:
    """``days`` gathered into weeks starting on ``first_weekday`` (0 Monday .. 6 Sunday), oldest
    first; a week cut by the period's ends averages only its days inside the period.
    """
    gathered: dict[dt.date, list[Day]] = {}
    for d in days:
        gathered.setdefault(week_start(d.day, first_weekday), []).append(d)
    result = []
    for start, its_days in sorted(gathered.items()):
        goals = [d.goal_ml for d in its_days if d.goal_ml is not None]
        result.append(
            Week(
                start,
                sum(d.water_ml for d in its_days) / len(its_days),
                sum(goals) / len(goals) if goals else None,
            )
        )
    return tuple(result)
