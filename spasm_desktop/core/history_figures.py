"""The history's figures: the period's overview, its streaks, and which nights are spoken of.

A night is spoken of (with cramps, without, or not recorded) only once it is over and only
from the record's first day: nothing is said of tonight, nor of nights before the app was used.
With a clinician's fluid limit only days over it are counted and there is no water streak (a
limit is never a target, CONTENT.md §7a). Pure: the caller passes ``today``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Sequence

from spasm_desktop.core.nights import NightState
from spasm_desktop.core.stats import Day, Streak, streak


def tracked(day: dt.date, since: dt.date | None) -> bool:
    """Whether ``day`` is inside the record, which began on ``since`` (None: not known)."""
    return since is None or day >= since


def night_said(day: dt.date, today: dt.date | None, since: dt.date | None) -> bool:
    """Whether the night of ``day`` is over (before ``today``; None: every night is over) and
    inside the record, so that what is known of it is said.
    """
    return (today is None or day < today) and tracked(day, since)


class WaterCount(enum.Enum):
    """What the overview counts of water."""

    #: Days over the fluid limit.
    OVER_LIMIT = "over_limit"
    #: Days the goal was reached.
    GOAL_REACHED = "goal_reached"
    #: Nothing: no day of the period had a goal.
    NO_GOAL = "no_goal"


@dataclasses.dataclass(frozen=True)
class Overview:
    """The figures of the history's one-sentence overview.

    Attributes:
        cramps: Cramps logged in the period.
        cramp_days: Days with at least one cramp.
        water: What the water count is of.
        water_days: Days over the limit or days the goal was reached (0 with no goal).
        routine_nights: Nights the bedtime routine was finished.
    """

    cramps: int
    cramp_days: int
    water: WaterCount
    water_days: int
    routine_nights: int


def overview(days: Sequence[Day], fluid_limit_ml: int | None) -> Overview:
    """The overview of ``days``; with ``fluid_limit_ml`` only days over it are counted."""
    if fluid_limit_ml is not None:
        water, water_days = WaterCount.OVER_LIMIT, sum(d.water_ml > fluid_limit_ml for d in days)
    elif any(d.goal_ml is not None for d in days):
        water, water_days = WaterCount.GOAL_REACHED, sum(d.goal_met for d in days)
    else:
        water, water_days = WaterCount.NO_GOAL, 0
    return Overview(
        sum(d.cramps for d in days),
        sum(d.cramps > 0 for d in days),
        water,
        water_days,
        sum(d.routine for d in days),
    )


@dataclasses.dataclass(frozen=True)
class Streaks:
    """The history's streaks.

    Attributes:
        routine: Nights in a row with the bedtime routine.
        water: Days in a row with the water goal reached; None when not shown (a fluid limit,
            or no day with a goal).
        calm: Recorded nights without a night cramp in a row; a night not recorded ends it.
    """

    routine: Streak
    water: Streak | None
    calm: Streak


def streaks(
    days: Sequence[Day], today: dt.date, since: dt.date | None, fluid_limit_ml: int | None
) -> Streaks:
    """The streaks of ``days`` (oldest first) inside the record; today is not over yet."""
    inside = [d for d in days if tracked(d.day, since)]
    water = None
    if fluid_limit_ml is None and any(d.goal_ml is not None for d in inside):
        water = streak([d.goal_met for d in inside], today_counts=False)
    return Streaks(
        streak([d.routine for d in inside], today_counts=False),
        water,
        streak([d.night is NightState.WITHOUT_CRAMPS for d in inside if d.day < today]),
    )
