"""The statistics behind the history and the clinician report, on hand-built records."""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from spasm_desktop.core import report_figures, stats
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import Medicine
from spasm_desktop.core.nights import Answer, MorningAnswer
from spasm_desktop.core.stats import Period, Record

LONDON = ZoneInfo("Europe/London")
UTC = dt.UTC


@dataclasses.dataclass(frozen=True)
class FakeDrink:
    """A drink as the records give it: when, and how much."""

    at: dt.datetime
    ml: int


@dataclasses.dataclass(frozen=True)
class FakeSession:
    """A routine session as the records give it."""

    routine: str
    started: dt.datetime
    finished: bool = True


@dataclasses.dataclass(frozen=True)
class FakeBreak:
    """A break taken from sitting, by its start."""

    start: dt.datetime


def at(day: str, time: str = "12:00", tz: dt.tzinfo = LONDON) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time.fromisoformat(time), tz)


def cramp(day: str, time: str = "03:00", **fields: Any) -> Episode:
    return Episode(started=at(day, time), **fields)


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


BEDTIME = frozenset({"bedtime-core"})


# --- periods, days and nights -------------------------------------------------------------------


def test_period_days_and_bounds_across_the_dst_change() -> None:
    period = Period(d("2026-10-24"), d("2026-10-26"))
    assert period.days == 3
    start, end = period.bounds(LONDON)
    assert start == dt.datetime(2026, 10, 23, 23, 0, tzinfo=UTC)
    # 25 October has 25 hours in London: the end is local midnight in winter time.
    assert end == dt.datetime(2026, 10, 27, 0, 0, tzinfo=UTC)
    assert (end - start) == dt.timedelta(hours=73)


def test_period_rejects_an_end_before_the_start() -> None:
    with pytest.raises(ValueError, match="a period ends on or after its first day"):
        Period(d("2026-11-02"), d("2026-11-01"))


def test_period_ending_counts_the_last_day() -> None:
    period = Period.ending(d("2026-11-24"), 14)
    assert (period.first, period.last, period.days) == (d("2026-11-11"), d("2026-11-24"), 14)


def test_halves_of_short_and_long_periods() -> None:
    first, last = Period.ending(d("2026-11-24"), 14).halves()
    assert (first.first, first.last, last.first, last.last) == (
        d("2026-11-11"),
        d("2026-11-17"),
        d("2026-11-18"),
        d("2026-11-24"),
    )
    first, last = Period.ending(d("2026-11-24"), 90).halves()
    assert first.days == last.days == 14
    assert first.first == d("2026-08-27")
    assert last.last == d("2026-11-24")
    one = Period(d("2026-11-24"), d("2026-11-24"))
    assert one.halves() == (one, one)


def test_the_night_is_named_by_its_evening() -> None:
    assert stats.night_of(at("2026-11-24", "23:30"), LONDON) == d("2026-11-24")
    assert stats.night_of(at("2026-11-25", "03:00"), LONDON) == d("2026-11-24")
    assert stats.night_of(at("2026-11-25", "11:59"), LONDON) == d("2026-11-24")
    assert stats.night_of(at("2026-11-25", "12:00"), LONDON) == d("2026-11-25")


def test_night_cramps_by_clock_or_by_what_was_marked() -> None:
    assert stats.is_night_cramp(cramp("2026-11-24", "21:00"), LONDON)
    assert stats.is_night_cramp(cramp("2026-11-24", "07:59"), LONDON)
    assert not stats.is_night_cramp(cramp("2026-11-24", "08:00"), LONDON)
    assert not stats.is_night_cramp(cramp("2026-11-24", "15:00"), LONDON)
    assert stats.is_night_cramp(cramp("2026-11-24", "15:00", context=("asleep",)), LONDON)
    assert stats.is_night_cramp(cramp("2026-11-24", "15:00", woke_me=True), LONDON)


def test_local_day_follows_the_time_zone_not_utc() -> None:
    # 00:30 in London in summer is 23:30 UTC the day before.
    instant = at("2026-07-01", "00:30")
    assert instant.astimezone(UTC).date() == d("2026-06-30")
    assert stats.local_day(instant, LONDON) == d("2026-07-01")


# --- days --------------------------------------------------------------------------------------


def test_days_of_an_empty_record() -> None:
    period = Period.ending(d("2026-11-24"), 3)
    rows = stats.days(Record(default_goal_ml=1800), period, LONDON)
    assert [r.day for r in rows] == [d("2026-11-22"), d("2026-11-23"), d("2026-11-24")]
    assert all(r.cramps == 0 and r.worst is None and r.water_ml == 0 for r in rows)
    assert all(r.goal_ml == 1800 and not r.goal_met for r in rows)


def test_days_sum_what_happened_on_each_local_day() -> None:
    record = Record(
        episodes=[
            cramp("2026-11-23", "23:50", severity=4),
            cramp("2026-11-24", "00:10", severity=7, red_flags=("swelling",)),
            cramp("2026-11-24", "02:00", severity=5),
            cramp("2026-11-20", "02:00", severity=9),  # outside the period
        ],
        drinks=[
            FakeDrink(at("2026-11-24", "09:00"), 1500),
            FakeDrink(at("2026-11-24", "23:59"), 500),
            FakeDrink(at("2026-11-25", "00:00"), 250),  # the next day
        ],
        sessions=[
            FakeSession("bedtime-core", at("2026-11-23", "22:30")),
            FakeSession("bedtime-core", at("2026-11-24", "22:30"), finished=False),
            FakeSession("desk-break", at("2026-11-24", "10:00")),
        ],
        breaks=[FakeBreak(at("2026-11-24", "10:00")), FakeBreak(at("2026-11-24", "15:00"))],
        goals={d("2026-11-24"): 2000},
        default_goal_ml=1500,
        bedtime_routines=BEDTIME,
    )
    rows = {r.day: r for r in stats.days(record, Period.ending(d("2026-11-24"), 2), LONDON)}
    mon, tue = rows[d("2026-11-23")], rows[d("2026-11-24")]
    assert (mon.cramps, mon.worst, mon.red_flag, mon.routine) == (1, 4, False, True)
    assert (tue.cramps, tue.worst, tue.red_flag, tue.routine) == (2, 7, True, False)
    assert (tue.water_ml, tue.drinks, tue.goal_ml, tue.goal_met) == (2000, 2, 2000, True)
    assert mon.goal_ml == 1500
    assert (tue.other_routines, tue.breaks) == (1, 2)


def test_days_without_a_goal_are_never_counted_as_reached() -> None:
    record = Record(
        drinks=[FakeDrink(at("2026-11-23", "09:00"), 3000), FakeDrink(at("2026-11-24"), 900)],
        goals={d("2026-11-24"): 800},
    )
    period = Period.ending(d("2026-11-24"), 2)
    mon, tue = stats.days(record, period, LONDON)
    assert (mon.goal_ml, mon.goal_met) == (None, False)  # 3 L, but no goal that day
    assert (tue.goal_ml, tue.goal_met) == (800, True)
    s = report_figures.summary(record, period, LONDON, today=d("2026-11-24"))
    assert (s.goal_days, s.goal_set_days, s.drink_days) == (1, 1, 2)
    assert (s.over_limit_days, s.fluid_limit_ml) == (0, None)


def test_a_day_recorded_without_a_goal_is_not_read_against_todays_goal() -> None:
    # Four days drinking 2 L: a goal of 1.5 L, a day recorded as having none (months without a
    # goal, then one set: the old days keep none), a goal of 2.5 L, and a day the app did not
    # run (nothing recorded: today's goal, as before).
    first = d("2026-11-21")
    record = Record(
        drinks=[FakeDrink(at(str(first + dt.timedelta(days=i)), "09:00"), 2000) for i in range(4)],
        goals={first: 1500, first + dt.timedelta(days=1): None, first + dt.timedelta(days=2): 2500},
        default_goal_ml=1800,
    )
    period = Period.ending(d("2026-11-24"), 4)
    rows = stats.days(record, period, LONDON)
    assert [(r.goal_ml, r.goal_met) for r in rows] == [
        (1500, True),
        (None, False),  # 2 L would reach today's 1.8 L: the day still had no goal
        (2500, False),
        (1800, True),
    ]
    s = report_figures.summary(record, period, LONDON, today=d("2026-11-24"))
    assert (s.goal_days, s.goal_set_days, s.drink_days) == (2, 3, 4)
    # With no goal today either, the recorded goals still count; only the missing day has none.
    s = report_figures.summary(
        dataclasses.replace(record, default_goal_ml=None), period, LONDON, d("2026-11-24")
    )
    assert (s.goal_days, s.goal_set_days) == (1, 2)


def test_a_fluid_limit_counts_days_over_it_never_days_reaching_it() -> None:
    record = Record(
        drinks=[
            FakeDrink(at("2026-11-22", "09:00"), 1500),  # at the limit: not over
            FakeDrink(at("2026-11-23", "09:00"), 1600),
            FakeDrink(at("2026-11-24", "09:00"), 700),
        ],
        fluid_limit_ml=1500,
    )
    period = Period.ending(d("2026-11-24"), 3)
    s = report_figures.summary(record, period, LONDON, today=d("2026-11-24"))
    assert (s.over_limit_days, s.fluid_limit_ml) == (1, 1500)
    assert (s.goal_days, s.goal_set_days) == (0, 0)


def test_a_day_of_25_hours_keeps_its_late_evening() -> None:
    # 25 Oct 2026: London falls back at 02:00; 23:30 local is still the 25th.
    record = Record(episodes=[cramp("2026-10-25", "23:30"), cramp("2026-10-25", "01:30")])
    rows = stats.days(record, Period(d("2026-10-25"), d("2026-10-25")), LONDON)
    assert rows[0].cramps == 2


# --- charts ------------------------------------------------------------------------------------


def test_cramps_per_week_include_empty_weeks() -> None:
    episodes = [cramp("2026-11-02"), cramp("2026-11-03"), cramp("2026-11-17")]
    weeks = stats.per_week(episodes, Period(d("2026-11-01"), d("2026-11-18")), LONDON)
    assert weeks == [
        (d("2026-10-26"), 0),  # Sun 1 Nov is in the week of Mon 26 Oct
        (d("2026-11-02"), 2),
        (d("2026-11-09"), 0),
        (d("2026-11-16"), 1),
    ]
    sunday_weeks = stats.per_week(episodes, Period(d("2026-11-01"), d("2026-11-07")), LONDON, 6)
    assert sunday_weeks == [(d("2026-11-01"), 2)]


def test_by_hour_area_and_contexts() -> None:
    episodes = [
        cramp("2026-11-24", "03:10", area="calf", side="left", context=("asleep",)),
        cramp("2026-11-24", "03:50", area="calf", side="left", context=("asleep", "asleep")),
        cramp("2026-11-24", "18:00", area="foot", side="right", context=("exercise",)),
        cramp("2026-11-24", "18:30"),
    ]
    hours = stats.by_hour(episodes, LONDON)
    assert hours[3] == 2
    assert hours[18] == 2
    assert sum(hours) == 4
    assert stats.by_area(episodes) == [("calf", 2), ("foot", 1), (None, 1)]
    assert stats.by_area_side(episodes)[0] == ("calf", "left", 2)
    assert stats.counts_of(episodes, "context") == [("asleep", 2), ("exercise", 1)]


def test_severity_and_routine_per_week() -> None:
    record = Record(
        episodes=[
            cramp("2026-11-03", severity=2),
            cramp("2026-11-04", severity=8),
            cramp("2026-11-05", severity=5),
            cramp("2026-11-10"),
        ],
        sessions=[
            FakeSession("bedtime-core", at("2026-11-03", "22:00")),
            FakeSession("bedtime-core", at("2026-11-04", "01:00")),  # the night of the 3rd again
            FakeSession("bedtime-core", at("2026-11-11", "22:00")),
        ],
        bedtime_routines=BEDTIME,
    )
    period = Period(d("2026-11-02"), d("2026-11-12"))
    assert stats.severity_per_week(record.episodes, period, LONDON) == [
        (d("2026-11-02"), 5, 8),
        (d("2026-11-09"), None, None),
    ]
    assert stats.routine_per_week(record, period, LONDON) == [
        (d("2026-11-02"), 1, 7),
        (d("2026-11-09"), 1, 4),
    ]


# --- streaks and comparisons ---------------------------------------------------------------------


def test_streaks() -> None:
    assert stats.streak([]) == stats.Streak(0, 0)
    assert stats.streak([True, True, False, True]) == stats.Streak(1, 2)
    assert stats.streak([True, True, True, False]) == stats.Streak(0, 3)
    # Today is not over: yesterday's run still stands.
    assert stats.streak([False, True, True, False], today_counts=False) == stats.Streak(2, 2)


def test_routine_comparison_counts_nights_side_by_side() -> None:
    record = Record(
        episodes=[
            cramp("2026-11-11", "03:00"),  # night of the 10th: no routine
            cramp("2026-11-11", "04:00"),  # same night
            cramp("2026-11-12", "02:00"),  # night of the 11th: routine done
            cramp("2026-11-12", "15:00"),  # a day cramp: not a night cramp
        ],
        sessions=[
            FakeSession("bedtime-core", at("2026-11-11", "22:00")),
            FakeSession("bedtime-core", at("2026-11-12", "22:00")),
            FakeSession("bedtime-core", at("2026-11-13", "22:00"), finished=False),
            FakeSession("desk-break", at("2026-11-14", "22:00")),
        ],
        bedtime_routines=BEDTIME,
        tracking_since=d("2026-11-10"),
        # The mornings after the nights of the 12th and 13th said "No cramps"; the 14th's was
        # never answered.
        answers={
            d(night): MorningAnswer(d(night), at(night, "23:00"), Answer.NONE)
            for night in ("2026-11-12", "2026-11-13")
        },
    )
    period = Period(d("2026-11-01"), d("2026-11-30"))
    comparison = stats.routine_comparison(record, period, LONDON, today=d("2026-11-15"))
    # Nights 10..14 are over and tracked: with the routine 11 and 12; without 10 and 13; the
    # 14th is not recorded (no cramp logged, no answer), so it is left out, not a calm night.
    assert comparison == stats.Comparison(2, 1, 1, 2, 1, 2, not_recorded=1)
    assert comparison.rate_with == 0.5
    assert comparison.rate_without == 1.0


def test_routine_comparison_leaves_out_nights_not_recorded() -> None:
    # The routine was done but nothing was said of the morning: not a night without cramps.
    record = Record(
        sessions=[FakeSession("bedtime-core", at("2026-11-11", "22:00"))],
        bedtime_routines=BEDTIME,
        tracking_since=d("2026-11-10"),
    )
    comparison = stats.routine_comparison(
        record, Period(d("2026-11-10"), d("2026-11-12")), LONDON, today=d("2026-11-13")
    )
    assert comparison == stats.Comparison(0, 0, 0, 0, 0, 0, not_recorded=3)


def test_comparison_of_nothing_has_no_rates() -> None:
    period = Period.ending(d("2026-11-24"), 14)
    comparison = stats.routine_comparison(Record(), period, LONDON, today=d("2026-11-10"))
    assert comparison == stats.Comparison(0, 0, 0, 0, 0, 0)
    assert comparison.rate_with is None
    assert comparison.rate_without is None


# --- the clinician summary -----------------------------------------------------------------------


def test_summary_of_an_empty_period() -> None:
    period = Period.ending(d("2026-11-24"), 14)
    s = report_figures.summary(Record(), period, LONDON, today=d("2026-11-24"))
    # Nothing recorded: no rate (an empty record is not "0 cramps a week").
    assert (s.total, s.per_week, s.cramp_nights, s.nights) == (0, None, 0, 14)
    assert s.median_duration_s is None
    assert s.longest_s is None
    assert s.long_count == 0
    assert s.median_severity is None
    assert s.worst_severity is None
    assert s.per_affected_night is None
    assert s.mean_sleep_disruption is None
    assert s.areas == []
    assert sum(s.hours) == 0
    assert s.red_flag_episodes == ()
    assert s.trend.cramps_first == s.trend.cramps_last == 0
    assert s.weekly
    assert all(n == 0 for _w, n in s.weekly)


def test_summary_of_one_episode() -> None:
    period = Period.ending(d("2026-11-24"), 14)
    one = cramp("2026-11-20", "02:30", duration_s=90, severity=6, area="calf", side="left")
    s = report_figures.summary(Record(episodes=[one]), period, LONDON, today=d("2026-11-24"))
    assert (s.total, s.cramp_nights, s.per_affected_night) == (1, 1, 1.0)
    # One cramp and nothing else recorded: one recorded day (the night of the 19th), so the
    # rate is over that day, not over 14 days of which 13 say nothing.
    assert s.recorded_days == 1
    assert s.per_week == pytest.approx(7.0)
    assert (s.median_duration_s, s.longest_s, s.long_count) == (90, 90, 0)
    assert (s.median_severity, s.worst_severity) == (6, 6)
    assert (s.typical_location, s.within_ten_minutes) == (1, 1)
    assert (s.trend.cramps_first, s.trend.cramps_last) == (0, 1)


def test_summary_figures() -> None:
    period = Period.ending(d("2026-11-24"), 14)
    episodes = [
        # Night of the 12th: two cramps, one woke me.
        cramp("2026-11-13", "02:00", duration_s=60, severity=5, woke_me=True, sleep_disruption=6),
        cramp("2026-11-13", "03:00", duration_s=900, severity=8, area="calf", helped=("stretch",)),
        # A day cramp while exercising, with a red flag.
        cramp(
            "2026-11-20",
            "17:00",
            duration_s=300,
            severity=3,
            area="hand",
            context=("exercise",),
            helped=("stretch", "massage"),
            relief_minutes=4,
            red_flags=("numbness",),
        ),
        # Night of the 23rd.
        cramp(
            "2026-11-24",
            "01:00",
            area="foot",
            context=("asleep",),
            sleep_disruption=2,
            helped=("stretch",),
            relief_minutes=2,
            soreness_next_day=3,
        ),
    ]
    record = Record(
        episodes=episodes,
        drinks=[FakeDrink(at("2026-11-20", "10:00"), 2500), FakeDrink(at("2026-11-21"), 100)],
        sessions=[FakeSession("bedtime-core", at("2026-11-23", "22:00"))],
        breaks=[FakeBreak(at("2026-11-20", "11:00")), FakeBreak(at("2026-11-20", "15:00"))],
        default_goal_ml=2000,
        bedtime_routines=BEDTIME,
    )
    s = report_figures.summary(record, period, LONDON, today=d("2026-11-24"))
    # Recorded days: the nights of the 12th and 23rd, and the day of the 20th's cramp.
    assert s.total == 4
    assert s.recorded_days == 3
    assert s.per_week == pytest.approx(4 * 7 / 3)
    assert (s.cramp_nights, s.per_affected_night, s.night_count) == (2, 1.5, 3)
    assert (s.with_duration, s.median_duration_s, s.longest_s, s.long_count) == (3, 300, 900, 1)
    assert (s.with_severity, s.median_severity, s.worst_severity) == (3, 5, 8)
    assert s.nights_woken == 1
    assert s.mean_sleep_disruption == 4.0
    assert (s.at_rest, s.during_exercise) == (1, 1)
    assert s.routine_nights == 1
    assert s.drink_days == 2
    assert s.goal_days == 1
    assert s.breaks == 2
    assert s.work_days_with_breaks == 1
    assert s.helped == [("stretch", 3, 3.0), ("massage", 1, 4)]
    assert [e.area for e in s.red_flag_episodes] == ["hand"]
    assert (s.typical_location, s.within_ten_minutes, s.next_day_soreness) == (2, 2, 1)
    assert (s.trend.cramps_first, s.trend.cramps_last) == (2, 2)
    assert s.trend.severity_first == 6.5
    assert s.trend.severity_last == 3


def test_non_leg_areas_are_listed_with_the_red_flags() -> None:
    period = Period.ending(d("2026-11-24"), 14)
    episodes = [cramp("2026-11-20", area="belly"), cramp("2026-11-21", area="calf")]
    s = report_figures.summary(Record(episodes=episodes), period, LONDON, today=d("2026-11-24"))
    assert [e.area for e in s.red_flag_episodes] == ["belly"]


def test_medicine_changes_count_cramps_before_and_after() -> None:
    statin = Medicine("Atorvastatin", started=d("2026-11-10"), stopped=d("2026-11-20"))
    old = Medicine("Old one", started=d("2025-01-01"))
    episodes = [
        cramp("2026-11-01"),
        cramp("2026-11-09"),
        cramp("2026-11-10"),
        cramp("2026-11-12"),
        cramp("2026-11-22"),
    ]
    record = Record(episodes=episodes, medicines=[statin, old], tracking_since=d("2026-11-01"))
    period = Period(d("2026-11-05"), d("2026-11-24"))
    rows = report_figures.medicine_changes(record, period, LONDON, today=d("2026-11-24"))
    assert [(r.day, r.change, r.before, r.after) for r in rows] == [
        (d("2026-11-10"), "started", 2, 3),
        (d("2026-11-20"), "stopped", 3, 1),
    ]
    # Before the start: only 1..9 Nov was tracked (9 days); after the stop: 20..24 (5 days).
    assert rows[0].days_before == 9
    assert rows[1].days_after == 5


def test_nights_are_the_evenings_of_the_period() -> None:
    period = Period(d("2026-11-10"), d("2026-11-11"))
    record = Record(
        episodes=[
            cramp("2026-11-10", "03:00", woke_me=True),  # the night of the 9th: before it
            cramp("2026-11-11", "03:00", woke_me=True),  # the night of the 10th
            cramp("2026-11-12", "03:00", woke_me=True),  # the night of the 11th (read ahead)
        ]
    )
    s = report_figures.summary(record, period, LONDON, today=d("2026-11-12"))
    assert s.total == 2  # by the day they started
    assert (s.cramp_nights, s.nights, s.nights_woken) == (2, 2, 2)
    assert s.cramp_nights <= s.nights
