"""Tests for the choices the clinician report makes from its figures."""

from __future__ import annotations

import pytest

from spasm_desktop.core import report_rules
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.report_rules import Fold, Trend, WaterRow
from tests.fakes import local

STARTED = local(2026, 12, 2, 3, 0)


@pytest.mark.parametrize(
    ("days", "compared"),
    [
        (1, Trend.TOO_SHORT),  # one day: nothing to compare
        (2, Trend.HALVES),  # the shortest period with two halves
        (14, Trend.HALVES),  # the two-week log: its two weeks are its halves
        (27, Trend.HALVES),
        (28, Trend.WEEKS),  # from four weeks on: first two weeks against the last two
        (365, Trend.WEEKS),
    ],
)
def test_the_trend_compares_halves_then_the_first_and_last_two_weeks(
    days: int, compared: Trend
) -> None:
    assert report_rules.trend(days) is compared


@pytest.mark.parametrize(
    ("limit", "goal_days", "row"),
    [
        (None, 0, WaterRow.NO_GOAL),
        (None, 1, WaterRow.GOAL_REACHED),  # one day with a goal is enough to count against
        (1500, 0, WaterRow.OVER_LIMIT),
        (1500, 14, WaterRow.OVER_LIMIT),  # with a limit, goals are never counted (§7a)
    ],
)
def test_the_water_row_counts_days_over_a_limit_or_goals_reached(
    limit: int | None, goal_days: int, row: WaterRow
) -> None:
    assert report_rules.water_row(limit, goal_days) is row


@pytest.mark.parametrize(
    ("part", "whole", "share"),
    [
        (0, 0, None),  # no cramps at all: no share of nothing
        (3, 0, None),
        (1, 3, 33),
        (2, 3, 67),
        (1, 200, 0),  # under half a percent
        (7, 7, 100),
    ],
)
def test_percentages_are_whole_and_absent_without_a_whole(
    part: int, whole: int, share: int | None
) -> None:
    assert report_rules.percent(part, whole) == share


@pytest.mark.parametrize(
    ("rows", "counts", "limit", "folded"),
    [
        (0, [], 5, None),
        (5, [5, 4, 3, 2, 1], 5, None),  # exactly the limit: all shown
        (6, [5, 4, 3, 2, 1, 1], 5, Fold(keep=4, folded=2, count=2)),  # the last row says "2 more"
        (9, [9, 8, 7, 6, 5, 4, 3, 2, 1], 3, Fold(keep=2, folded=7, count=28)),
        (3, [3, 2, 1], 1, Fold(keep=0, folded=3, count=6)),  # room for one row: all folded
        (3, [3, 2, 1], 0, Fold(keep=0, folded=3, count=6)),  # no room: never a negative keep
    ],
)
def test_a_long_table_keeps_its_first_rows_and_folds_the_rest_into_one(
    rows: int, counts: list[int], limit: int, folded: Fold | None
) -> None:
    assert report_rules.fold(rows, counts, limit) == folded


@pytest.mark.parametrize(
    ("area", "flags", "noted"),
    [
        ("calf", (), False),
        ("foot", (), False),
        ("hand", (), True),
        ("chest", (), True),
        ("all_over", (), True),
        (None, (), False),  # no area given: nothing to say about where
        ("arm", ("numbness",), False),  # the warning sign is shown instead
    ],
)
def test_the_appendix_notes_cramps_outside_the_legs_without_a_warning_sign(
    area: str | None, flags: tuple[str, ...], noted: bool
) -> None:
    episode = Episode(STARTED, 60, area, red_flags=flags)
    assert report_rules.outside_legs(episode) is noted
