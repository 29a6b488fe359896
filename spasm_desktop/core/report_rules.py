"""Choices the clinician report makes from its figures: the trend's columns, the water row, the
percentages, long tables folded, and the appendix's note on cramps outside the legs. Pure.
"""

from __future__ import annotations

import dataclasses
import enum
from collections.abc import Sequence

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.stats import NON_LEG_AREAS, TREND_WEEKS_FROM_DAYS


class Trend(enum.Enum):
    """What the trend compares."""

    #: A period of one day: nothing to compare.
    TOO_SHORT = "too_short"
    #: The first half of the period against the second.
    HALVES = "halves"
    #: The first two weeks against the last two.
    WEEKS = "weeks"


def trend(days: int) -> Trend:
    """What the trend of a period of ``days`` days compares."""
    if days < 2:
        return Trend.TOO_SHORT
    return Trend.WEEKS if days >= TREND_WEEKS_FROM_DAYS else Trend.HALVES


class WaterRow(enum.Enum):
    """What the report's water row counts."""

    #: Days over a clinician's fluid limit (a ceiling, never a goal: CONTENT.md §7a).
    OVER_LIMIT = "over_limit"
    #: Nothing: no day of the period had a goal.
    NO_GOAL = "no_goal"
    #: Days the goal was reached, of the days that had one.
    GOAL_REACHED = "goal_reached"


def water_row(fluid_limit_ml: int | None, goal_set_days: int) -> WaterRow:
    """The water row of a report with ``fluid_limit_ml`` and ``goal_set_days`` days with a goal."""
    if fluid_limit_ml is not None:
        return WaterRow.OVER_LIMIT
    return WaterRow.GOAL_REACHED if goal_set_days else WaterRow.NO_GOAL


def percent(part: int, whole: int) -> int | None:
    """``part`` of ``whole`` in whole percent; None when there is no whole to take a share of."""
    if whole <= 0:
        return None
    return round(100 * part / whole)


@dataclasses.dataclass(frozen=True)
class Fold:
    """A table too long for page 1: its first rows kept, the rest folded into one row.

    Attributes:
        keep: The rows kept as they are.
        folded: The rows folded into the last row ("3 others").
        count: The total count of the rows folded.
    """

    keep: int
    folded: int
    count: int


def fold(rows: int, counts: Sequence[int], limit: int) -> Fold | None:
    """How ``rows`` rows (with their ``counts``) fit in ``limit`` rows; None when all fit.

    The last row that fits says how many more there are, so ``limit - 1`` rows are kept.
    """
    if rows <= limit:
        return None
    keep = max(limit - 1, 0)
    return Fold(keep, rows - keep, sum(counts[keep:]))


def outside_legs(episode: Episode) -> bool:
    """Whether the appendix notes a cramp as outside the legs: one in an area other than the
    legs for which no warning sign was ticked (a ticked sign says more, and is shown instead).
    """
    return not episode.red_flags and episode.area in NON_LEG_AREAS
