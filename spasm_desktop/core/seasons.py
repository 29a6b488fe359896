"""Cramps month by month over the whole record, and by calendar month across the years.

Whether the person's own record changes with the time of year, read with the same rule as
everywhere else: only nights *recorded* (core/nights.py) count, so a month of unlogged nights is
"not recorded", never "no cramps". (No claim about seasons is made to the person: CONTENT.md has
none.)
Pure: the caller passes the days (with what is known of each night) and the episodes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import NightState
from spasm_desktop.core.stats import Day, night_of


@dataclasses.dataclass(frozen=True)
class Month:
    """One month (or one calendar month over several years): its nights and cramps."""

    #: The first day of the month; for a calendar month across years, of its first year.
    first: dt.date
    #: Nights that are over and inside the record.
    nights: int
    recorded_nights: int
    cramp_nights: int
    #: Cramps logged in the recorded nights (noon to noon, named by the evening).
    cramps: int

    @property
    def per_recorded_night(self) -> float | None:
        """Cramps per recorded night; None when no night of the month was recorded."""
        return self.cramps / self.recorded_nights if self.recorded_nights else None

    @property
    def not_recorded(self) -> int:
        """The month's nights over and inside the record with nothing recorded."""
        return self.nights - self.recorded_nights


def months(
    day_rows: Sequence[Day],
    episodes: Iterable[Episode],
    tz: dt.tzinfo,
    today: dt.date,
    since: dt.date | None = None,
) -> tuple[Month, ...]:
    """Month by month, oldest first, over ``day_rows``: the nights before ``today`` and from
    ``since`` (the record's first day) count.
    """
    over = [d for d in day_rows if d.day < today and (since is None or d.day >= since)]
    recorded = {d.day for d in over if d.night is not NightState.NOT_RECORDED}
    cramps: dict[dt.date, int] = {}
    for e in episodes:
        night = night_of(e.started, tz)
        if night in recorded:
            key = night.replace(day=1)
            cramps[key] = cramps.get(key, 0) + 1
    found: dict[dt.date, list[Day]] = {}
    for d in over:
        found.setdefault(d.day.replace(day=1), []).append(d)
    return tuple(
        Month(
            first,
            nights=len(days),
            recorded_nights=sum(d.day in recorded for d in days),
            cramp_nights=sum(d.night is NightState.WITH_CRAMPS for d in days),
            cramps=cramps.get(first, 0),
        )
        for first, days in sorted(found.items())
    )


def calendar_months(by_month: Sequence[Month]) -> tuple[Month, ...]:
    """January to December, each summed over the years of the record (always twelve, in
    order; a calendar month the record never reached has no nights). Each is dated by its
    first year in the record.
    """
    first_year = min((m.first.year for m in by_month), default=dt.date.min.year)
    summed = []
    for number in range(1, 13):
        same = [m for m in by_month if m.first.month == number]
        summed.append(
            Month(
                same[0].first if same else dt.date(first_year, number, 1),
                nights=sum(m.nights for m in same),
                recorded_nights=sum(m.recorded_nights for m in same),
                cramp_nights=sum(m.cramp_nights for m in same),
                cramps=sum(m.cramps for m in same),
            )
        )
    return tuple(summed)
