"""Active hours as concrete time windows, and as the text a person types for them.

Windows are half-open ``[start, end)`` pairs of UTC datetimes, built from local wall-clock ranges
in the person's time zone, so that intervals are measured in real minutes across DST changes while
"09:00" stays 09:00 on the clock.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from spasm_desktop.core.settings import TimeRange, format_time, parse_time

Window = tuple[dt.datetime, dt.datetime]

_RANGE_SEPARATORS = ("–", "—")  # en and em dash are read as "-"


def parse_ranges(text: str) -> tuple[tuple[TimeRange, ...], list[str]]:
    """Parse ``"09:00-12:00, 13:00-18:00"``; return the ranges and the parts that are not ranges.

    An empty text is a day off. A range whose end is not after its start crosses midnight.
    """
    ranges: list[TimeRange] = []
    bad: list[str] = []
    for raw_part in text.replace(";", ",").split(","):
        part = raw_part.strip()
        if not part:
            continue
        normalised = part
        for dash in _RANGE_SEPARATORS:
            normalised = normalised.replace(dash, "-")
        pieces = normalised.split("-")
        times = [parse_time(p) for p in pieces] if len(pieces) == 2 else []
        start, end = (times[0], times[1]) if len(times) == 2 else (None, None)
        if start is None or end is None:
            bad.append(part)
        else:
            ranges.append((start, end))
    return tuple(ranges), bad


def format_ranges(ranges: tuple[TimeRange, ...]) -> str:
    """Format ranges the way :func:`parse_ranges` reads them."""
    return ", ".join(f"{format_time(start)}-{format_time(end)}" for start, end in ranges)


#: The days records and the command line may name. A clock reset to 1970 still fits; the ends of
#: the calendar (year 1, year 9999) do not: date arithmetic there overflows, and a history that
#: spans thousands of years cannot be drawn.
FIRST_DAY = dt.date(1970, 1, 1)
LAST_DAY = dt.date(2099, 12, 31)


def local_instant(day: dt.date, at: dt.time, tz: dt.tzinfo) -> dt.datetime:
    """Return the UTC instant of wall-clock ``at`` on ``day`` in ``tz``.

    A time skipped by a DST change maps to the moment just after the change; an ambiguous one to
    its first occurrence.
    """
    return dt.datetime.combine(day, at, tzinfo=tz).astimezone(dt.UTC)


def local_date(instant: dt.datetime, tz: dt.tzinfo) -> dt.date:
    """Return the local calendar date of ``instant``."""
    return instant.astimezone(tz).date()


def latest_at(now: dt.datetime, at: dt.time, tz: dt.tzinfo) -> tuple[dt.datetime, bool]:
    """The latest moment at wall-clock ``at`` that is not after ``now``: today's, or yesterday's
    when today's has not come yet (a cramp "at 23:10" logged in the afternoon was last night).

    Returns the UTC instant and whether it is yesterday's.
    """
    today = local_date(now, tz)
    instant = local_instant(today, at, tz)
    if instant <= now:
        return instant, False
    return local_instant(today - dt.timedelta(days=1), at, tz), True


def next_local_midnight(instant: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """Return the UTC instant at which the local day after ``instant`` begins."""
    return local_instant(local_date(instant, tz) + dt.timedelta(days=1), dt.time(0, 0), tz)


def _merge(windows: Iterable[Window]) -> list[Window]:
    merged: list[Window] = []
    for start, end in sorted(windows):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def active_windows(
    hours: Sequence[Sequence[TimeRange]],
    tz: dt.tzinfo,
    start: dt.datetime,
    end: dt.datetime,
) -> list[Window]:
    """Return the merged active windows that overlap ``[start, end)``.

    ``hours[weekday]`` lists ranges for that weekday (Monday = 0); a range whose end is not after
    its start continues into the next day.
    """
    first = local_date(start, tz) - dt.timedelta(days=1)
    last = local_date(end, tz)
    windows: list[Window] = []
    day = first
    while day <= last:
        for range_start, range_end in hours[day.weekday()]:
            end_day = day if range_end > range_start else day + dt.timedelta(days=1)
            window = (local_instant(day, range_start, tz), local_instant(end_day, range_end, tz))
            if window[1] > start and window[0] < end and window[1] > window[0]:
                windows.append(window)
        day += dt.timedelta(days=1)
    return _merge(windows)


def subtract(windows: Sequence[Window], holes: Iterable[Window]) -> list[Window]:
    """Return ``windows`` with every ``hole`` cut out."""
    result = list(windows)
    for hole_start, hole_end in _merge(holes):
        cut: list[Window] = []
        for start, end in result:
            if hole_end <= start or hole_start >= end:
                cut.append((start, end))
                continue
            if start < hole_start:
                cut.append((start, hole_start))
            if hole_end < end:
                cut.append((hole_end, end))
        result = cut
    return result


def window_at(windows: Sequence[Window], instant: dt.datetime) -> Window | None:
    """Return the window containing ``instant``, if any."""
    for start, end in windows:
        if start <= instant < end:
            return (start, end)
    return None
