"""How lengths of time and times of day are put into words: which shape, with which numbers.

The windows hold the words ("%1 min %2 s", "tomorrow %1"); these functions decide which of them
fits and what numbers go in, so that the rules (rounding, when hours appear, when a day is
named) are the same everywhere and testable without Qt. Pure: the caller passes ``now``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import math


class Shape(enum.Enum):
    """The words a length is said in."""

    #: "45 s"
    SECONDS = "s"
    #: "14 min"
    MINUTES = "min"
    #: "2 min 30 s"
    MINUTES_SECONDS = "min_s"
    #: "1 h 5 min"
    HOURS_MINUTES = "h_min"


@dataclasses.dataclass(frozen=True)
class Length:
    """A length of time to say: its shape and the numbers that fill it, largest unit first."""

    shape: Shape
    numbers: tuple[int, ...]


def _minutes_seconds(whole: int) -> Length:
    minutes, rest = divmod(whole, 60)
    if not minutes:
        return Length(Shape.SECONDS, (rest,))
    if not rest:
        return Length(Shape.MINUTES, (minutes,))
    return Length(Shape.MINUTES_SECONDS, (minutes, rest))


def routine_length(seconds: int) -> Length:
    """A routine's length, "3 min 40 s": minutes and seconds, never hours (a long routine is
    "75 min"); below nothing is 0 s.
    """
    return _minutes_seconds(max(0, seconds))


def sitting_length(value: dt.timedelta) -> Length:
    """A length in whole minutes, as the sitting timer says it: "24 min", "3 h 5 min".

    Minutes started are not counted (59.9 s is "0 min"); below nothing is "0 min".
    """
    minutes = max(0, int(value.total_seconds() // 60))
    if minutes < 60:
        return Length(Shape.MINUTES, (minutes,))
    return Length(Shape.HOURS_MINUTES, divmod(minutes, 60))


def report_length(seconds: float) -> Length:
    """A length in the report: to the nearest second below an hour ("45 s", "2 min 30 s",
    "14 min"), in hours and minutes from an hour on (seconds dropped, not rounded).
    """
    whole = round(seconds)
    if whole < 60:
        return Length(Shape.SECONDS, (whole,))
    if whole < 3600:
        return _minutes_seconds(whole)
    return Length(Shape.HOURS_MINUTES, divmod(whole // 60, 60))


def countdown(seconds: float) -> str:
    """A countdown as m:ss; a second started is shown whole (0.2 s left is "0:01")."""
    whole = max(0, math.ceil(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class Day(enum.Enum):
    """How the day of a time of day is said."""

    #: The day of ``now``: the time alone.
    TODAY = "today"
    #: The next day: "tomorrow 07:00".
    TOMORROW = "tomorrow"
    #: Any other day: its weekday, "Mon 07:00".
    WEEKDAY = "weekday"


def day_of(instant: dt.datetime, tz: dt.tzinfo, now: dt.datetime) -> tuple[Day, dt.datetime]:
    """How to say the day of ``instant``, and the local time to show, both seen in ``tz``.

    Days are calendar days in ``tz``: 23:59 and 00:01 are on different days, and a day of a DST
    change is one day whatever its length.
    """
    local = instant.astimezone(tz)
    today = now.astimezone(tz).date()
    if local.date() == today:
        return Day.TODAY, local
    if local.date() == today + dt.timedelta(days=1):
        return Day.TOMORROW, local
    return Day.WEEKDAY, local


def stopwatch(seconds: int) -> str:
    """A cramp's length as m:ss, the minutes going past 60 ("75:00")."""
    return f"{seconds // 60}:{seconds % 60:02d}"
