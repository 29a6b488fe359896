"""Tests for how lengths of time and times of day are put into words (shape and numbers)."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from spasm_desktop.core import when
from spasm_desktop.core.when import Day, Length, Shape
from tests.fakes import BERLIN, local

S, MIN, MIN_S, H_MIN = Shape.SECONDS, Shape.MINUTES, Shape.MINUTES_SECONDS, Shape.HOURS_MINUTES
NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("seconds", "length"),
    [
        (0, Length(S, (0,))),
        (-10, Length(S, (0,))),  # a broken file cannot make a negative length
        (59, Length(S, (59,))),
        (60, Length(MIN, (1,))),
        (220, Length(MIN_S, (3, 40))),
        (780, Length(MIN, (13,))),  # the extended routine
        (4500, Length(MIN, (75,))),  # never hours: "75 min"
    ],
)
def test_a_routines_length_is_minutes_and_seconds(seconds: int, length: Length) -> None:
    assert when.routine_length(seconds) == length


@pytest.mark.parametrize(
    ("value", "length"),
    [
        (dt.timedelta(0), Length(MIN, (0,))),
        (dt.timedelta(seconds=59.9), Length(MIN, (0,))),  # a minute started is not counted
        (dt.timedelta(minutes=24, seconds=59), Length(MIN, (24,))),
        (dt.timedelta(minutes=59, seconds=59), Length(MIN, (59,))),
        (dt.timedelta(hours=1), Length(H_MIN, (1, 0))),
        (dt.timedelta(hours=3, minutes=5), Length(H_MIN, (3, 5))),
        (dt.timedelta(hours=26), Length(H_MIN, (26, 0))),  # no days: hours go on counting
        (dt.timedelta(minutes=-5), Length(MIN, (0,))),  # a clock set back says 0, not -5
    ],
)
def test_the_sitting_time_is_in_whole_minutes_then_hours(
    value: dt.timedelta, length: Length
) -> None:
    assert when.sitting_length(value) == length


@pytest.mark.parametrize(
    ("seconds", "length"),
    [
        (0.4, Length(S, (0,))),
        (44.6, Length(S, (45,))),  # to the nearest second
        (59.6, Length(MIN, (1,))),  # rounds up into a whole minute
        (150, Length(MIN_S, (2, 30))),
        (840, Length(MIN, (14,))),
        (3599, Length(MIN_S, (59, 59))),
        (3600, Length(H_MIN, (1, 0))),
        (3659, Length(H_MIN, (1, 0))),  # from an hour on, the seconds are dropped
        (3900, Length(H_MIN, (1, 5))),
        (90000, Length(H_MIN, (25, 0))),
    ],
)
def test_a_length_in_the_report_is_to_the_second_then_hours_and_minutes(
    seconds: float, length: Length
) -> None:
    assert when.report_length(seconds) == length


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (0.2, "0:01"),  # a second started shows whole: the count never sits at 0 early
        (9, "0:09"),
        (59.01, "1:00"),
        (600, "10:00"),
        (3600, "60:00"),  # no hours in a countdown
        (-3, "0:00"),  # late by a few seconds: never a negative count
    ],
)
def test_a_countdown_is_minutes_and_two_digit_seconds(seconds: float, shown: str) -> None:
    assert when.countdown(seconds) == shown


NOW = local(2026, 12, 3, 14, 0)


@pytest.mark.parametrize(
    ("instant", "day"),
    [
        (local(2026, 12, 3, 14, 30), Day.TODAY),
        (local(2026, 12, 3, 23, 59), Day.TODAY),
        (local(2026, 12, 4, 0, 0), Day.TOMORROW),  # midnight starts the next day
        (local(2026, 12, 4, 23, 59), Day.TOMORROW),
        (local(2026, 12, 5, 0, 0), Day.WEEKDAY),
        (local(2026, 12, 3, 7, 0), Day.TODAY),  # earlier today is still today
        (local(2026, 12, 2, 22, 0), Day.WEEKDAY),  # yesterday is named by its weekday
    ],
)
def test_the_day_is_left_out_today_said_tomorrow_else_named(instant: dt.datetime, day: Day) -> None:
    assert when.day_of(instant, BERLIN, NOW)[0] is day


def test_the_day_is_the_local_one_not_utcs() -> None:
    # 23:30 UTC is already tomorrow in Berlin, still today in New York.
    now = dt.datetime(2026, 12, 3, 12, 0, tzinfo=dt.UTC)
    instant = dt.datetime(2026, 12, 3, 23, 30, tzinfo=dt.UTC)
    assert when.day_of(instant, BERLIN, now)[0] is Day.TOMORROW
    assert when.day_of(instant, NEW_YORK, now)[0] is Day.TODAY


def test_now_is_also_seen_in_the_zone() -> None:
    # 23:30 UTC on the 2nd is 00:30 on the 3rd in Berlin: a time at 08:00 the 3rd is today.
    now = dt.datetime(2026, 12, 2, 23, 30, tzinfo=dt.UTC)
    assert when.day_of(local(2026, 12, 3, 8, 0), BERLIN, now)[0] is Day.TODAY


def test_the_local_time_is_given_in_the_zone() -> None:
    _day, shown = when.day_of(local(2026, 12, 3, 16, 45), BERLIN, NOW)
    assert (shown.hour, shown.minute) == (16, 45)
    assert shown.utcoffset() == dt.timedelta(hours=1)


def test_the_short_night_of_spring_forward_still_ends_on_the_next_day() -> None:
    # Berlin skips 02:00-03:00 on 29 March 2026: 23:30 on the 29th is "tomorrow" from the 28th.
    now = local(2026, 3, 28, 12, 0)
    assert when.day_of(local(2026, 3, 29, 23, 30), BERLIN, now)[0] is Day.TOMORROW
    assert when.day_of(local(2026, 3, 30, 0, 0), BERLIN, now)[0] is Day.WEEKDAY


def test_the_long_day_of_fall_back_is_one_day() -> None:
    # 25 October 2026 lasts 25 hours in Berlin: 00:30 and 23:30 are on the same day.
    now = local(2026, 10, 25, 0, 30)
    instant = local(2026, 10, 25, 23, 30)
    assert instant - now == dt.timedelta(hours=24)
    assert when.day_of(instant, BERLIN, now)[0] is Day.TODAY


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [
        (0, "0:00"),
        (30, "0:30"),
        (754, "12:34"),
        (4500, "75:00"),  # minutes past the hour: never hours
    ],
)
def test_a_cramps_length_is_a_stopwatch(seconds: int, shown: str) -> None:
    assert when.stopwatch(seconds) == shown
