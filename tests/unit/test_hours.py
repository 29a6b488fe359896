"""Tests for the active hours as the hours editors handle them."""

from __future__ import annotations

import datetime as dt

import pytest

from spasm_desktop.core import hours
from spasm_desktop.core.hours import Hours
from spasm_desktop.core.settings import MAX_RANGES_PER_DAY, Settings, TimeRange

T = dt.time
DAY = (T(9, 0), T(20, 30))
WORK = (T(9, 0), T(18, 0))


def week(*days: tuple[TimeRange, ...]) -> Hours:
    """Seven days: those given, then days off."""
    return (*days, *((),) * (7 - len(days)))


@pytest.mark.parametrize(
    ("active", "shared"),
    [
        (((DAY,),) * 7, DAY),  # the same hours every day: "I don't work / I'm retired"
        (((WORK,),) * 5 + ((), ()), None),  # weekends off
        (week((WORK,), (WORK,), (WORK,), (WORK,), (WORK,), (WORK,), ((T(9, 0), T(18, 1)),)), None),
        (((WORK, (T(19, 0), T(20, 0))),) * 7, None),  # two ranges a day: not one shared range
        (((),) * 7, None),  # no hours at all
        ((((T(22, 0), T(2, 0)),),) * 7, (T(22, 0), T(2, 0))),  # across midnight, every day
    ],
)
def test_the_range_every_day_shares(active: Hours, shared: TimeRange | None) -> None:
    assert hours.every_day_range(active) == shared


def test_the_default_hours_are_not_every_day() -> None:
    assert hours.every_day_range(Settings().active_hours) is None


def test_every_day_gives_seven_days_that_share_the_range() -> None:
    active = hours.every_day(DAY)
    assert len(active) == 7
    assert hours.every_day_range(active) == DAY


@pytest.mark.parametrize(
    ("last", "added"),
    [
        ((T(9, 0), T(12, 0)), (T(12, 0), T(13, 0))),
        ((T(9, 0), T(17, 45)), (T(17, 45), T(18, 45))),  # minutes kept
        ((T(20, 0), T(23, 30)), (T(23, 30), T(0, 30))),  # past midnight: into the early hours
        ((T(20, 0), T(23, 0)), (T(23, 0), T(0, 0))),  # ends exactly at midnight
        ((T(22, 0), T(2, 0)), (T(2, 0), T(3, 0))),  # after a range that crossed midnight
    ],
)
def test_added_hours_start_where_the_last_end_and_last_an_hour(
    last: TimeRange, added: TimeRange
) -> None:
    assert hours.added_range(last) == added


@pytest.mark.parametrize(
    ("ranges", "allowed"),
    [(1, True), (MAX_RANGES_PER_DAY - 1, True), (MAX_RANGES_PER_DAY, False)],
)
def test_a_day_takes_up_to_the_most_ranges(ranges: int, allowed: bool) -> None:
    assert hours.can_add(ranges) is allowed
