"""The history's grouping rules (core.stats): weeks, the period's episodes, nights.

The history window shows these (weeks of the water chart, the episode list, the bedtime
comparison); before, they were checked only through that window.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from spasm_desktop.core import stats
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.stats import Period, Record
from tests.unit.test_stats import FakeSession, at, cramp, d

LONDON = ZoneInfo("Europe/London")
AUCKLAND = ZoneInfo("Pacific/Auckland")


@pytest.mark.parametrize(
    ("day", "first_weekday", "start"),
    [
        ("2026-11-25", 0, "2026-11-23"),  # a Wednesday, weeks from Monday
        ("2026-11-23", 0, "2026-11-23"),  # a Monday starts its own week
        ("2026-11-22", 0, "2026-11-16"),  # a Sunday ends the week before
        ("2026-11-25", 6, "2026-11-22"),  # weeks from Sunday
        ("2026-11-22", 6, "2026-11-22"),
        ("2026-11-27", 5, "2026-11-21"),  # weeks from Saturday
        ("2027-01-01", 0, "2026-12-28"),  # across the new year
    ],
)
def test_week_start_by_the_first_day_of_the_week(day: str, first_weekday: int, start: str) -> None:
    assert stats.week_start(d(day), first_weekday) == d(start)


def test_every_day_of_a_week_has_the_same_start() -> None:
    for first in range(7):
        # 2026-11-23 is a Monday (weekday 0): the week from weekday ``first`` starts here.
        week = [d("2026-11-23") + dt.timedelta(days=n + first) for n in range(7)]
        assert {stats.week_start(day, first) for day in week} == {week[0]}


def test_in_period_keeps_the_period_s_local_days_in_time_order() -> None:
    period = Period(d("2026-11-23"), d("2026-11-24"))
    late = cramp("2026-11-24", "23:59")
    early = cramp("2026-11-23", "00:00")
    before = cramp("2026-11-22", "23:59")
    after = cramp("2026-11-25", "00:00")
    assert stats.in_period([late, after, early, before], period, LONDON) == [early, late]


def test_in_period_reads_the_day_in_the_person_s_zone_not_utc() -> None:
    period = Period(d("2026-11-24"), d("2026-11-24"))
    # 11:30 UTC on the 23rd is 00:30 on the 24th in Auckland (UTC+13 in summer).
    episode = Episode(started=dt.datetime(2026, 11, 23, 11, 30, tzinfo=dt.UTC))
    assert stats.in_period([episode], period, AUCKLAND) == [episode]
    assert stats.in_period([episode], period, LONDON) == []


def test_night_cramps_count_per_night_named_by_its_evening() -> None:
    episodes = [
        cramp("2026-11-24", "22:00"),  # the night of the 24th
        cramp("2026-11-25", "03:00"),  # the same night, after midnight
        cramp("2026-11-25", "15:00"),  # the afternoon: not a night cramp
        cramp("2026-11-25", "15:30", woke_me=True),  # a nap: the night of the 25th
    ]
    assert stats.night_cramps(episodes, LONDON) == {d("2026-11-24"): 2, d("2026-11-25"): 1}
    assert stats.night_cramps([], LONDON) == {}


def test_bedtime_nights_count_only_finished_bedtime_routines() -> None:
    record = Record(
        sessions=[
            FakeSession("bedtime-core", at("2026-11-24", "22:40")),
            FakeSession("bedtime-core", at("2026-11-26", "00:20")),  # the night of the 25th
            FakeSession("bedtime-core", at("2026-11-27", "22:40"), finished=False),
            FakeSession("desk-quick", at("2026-11-28", "22:40")),  # not a bedtime routine
        ],
        bedtime_routines=frozenset({"bedtime-core"}),
    )
    assert stats.bedtime_nights(record, LONDON) == {d("2026-11-24"), d("2026-11-25")}


def test_a_period_s_dates_and_membership() -> None:
    period = Period(d("2026-11-29"), d("2026-12-02"))
    assert period.dates() == [d("2026-11-29"), d("2026-11-30"), d("2026-12-01"), d("2026-12-02")]
    assert d("2026-12-02") in period
    assert d("2026-12-03") not in period
    assert "2026-11-30" not in period  # only dates are days of a period
