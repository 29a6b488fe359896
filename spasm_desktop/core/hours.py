"""The active hours as the hours editors handle them (Settings' Hours tab and the welcome).

Seven days, Monday first, each with up to :data:`~spasm_desktop.core.settings.MAX_RANGES_PER_DAY`
ranges of (start, end); an end before its start runs past midnight. Pure.
"""

from __future__ import annotations

import datetime as dt

from spasm_desktop.core.settings import MAX_RANGES_PER_DAY, TimeRange

#: The active hours of a week: Monday's ranges first.
Hours = tuple[tuple[TimeRange, ...], ...]

#: How long a range added with "Add hours" is, for the person to adjust.
ADDED_RANGE = dt.timedelta(hours=1)


def every_day_range(hours: Hours) -> TimeRange | None:
    """The one range all seven days share ("I don't work / I'm retired"), or None when the days
    differ, a day is off or a day has more than one range.
    """
    first = hours[0]
    if len(first) == 1 and all(day == first for day in hours):
        return first[0]
    return None


def every_day(shared: TimeRange) -> Hours:
    """The same one range on all seven days."""
    return ((shared,),) * 7


def added_range(last: TimeRange) -> TimeRange:
    """The range "Add hours" puts after ``last``: from where it ends, an hour long (past midnight
    it wraps to the early hours).
    """
    end = last[1]
    later = dt.datetime.combine(dt.date(2000, 1, 1), end) + ADDED_RANGE
    return end, later.time()


def can_add(ranges: int) -> bool:
    """Whether a day with ``ranges`` ranges may have one more."""
    return ranges < MAX_RANGES_PER_DAY
