"""When a reminder may fire and whether a held-back one still makes sense (core.reminders).

These rules were checked only through the service and the windows before; here they are
checked as the pure functions they are.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from spasm_desktop.core import reminders, schedule
from spasm_desktop.core.reminders import ReminderKind, Sitting
from spasm_desktop.core.settings import (
    BedtimeSettings,
    Settings,
    WaterSettings,
)
from tests.fakes import BERLIN, local

W, S, M, B = ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE, ReminderKind.BEDTIME
MIN = dt.timedelta(minutes=1)
T = dt.time
SETTINGS = Settings(water=WaterSettings(goal_ml=2000))  # weekdays 09:00-18:00, bed 22:30
TUESDAY = (2026, 11, 24)


def tue(hour: int, minute: int = 0) -> dt.datetime:
    return local(*TUESDAY, hour, minute)


def ctx(now: dt.datetime, water: int = 0, sitting: Sitting | None = None) -> reminders.Context:
    return reminders.Context(now=now, tz=BERLIN, water_today_ml=water, sitting=sitting)


# --- in_window: active hours, and water's quiet time before bed ------------------------------


@pytest.mark.parametrize(
    ("kind", "when", "inside"),
    [
        (M, tue(9, 0), True),  # the window starts at 09:00
        (M, tue(8, 59), False),
        (M, tue(17, 59), True),
        (M, tue(18, 0), False),  # and ends before 18:00
        (S, local(2026, 11, 28, 11, 0), False),  # Saturday: no active hours
        (W, tue(12, 0), True),
    ],
)
def test_in_window_follows_the_active_hours(
    kind: ReminderKind, when: dt.datetime, inside: bool
) -> None:
    assert reminders.in_window(SETTINGS, kind, BERLIN, when) is inside


def test_water_is_quiet_in_the_taper_before_bedtime_but_the_others_are_not() -> None:
    late = dataclasses.replace(SETTINGS, active_hours=(((T(9), T(23, 30)),),) * 7)
    # Bedtime 22:30 with a 2-hour taper: no water from 20:30, stretch and move carry on.
    assert reminders.in_window(late, W, BERLIN, tue(20, 29))
    assert not reminders.in_window(late, W, BERLIN, tue(20, 30))
    assert not reminders.in_window(late, W, BERLIN, tue(23, 0))
    assert reminders.in_window(late, S, BERLIN, tue(21, 0))
    assert reminders.in_window(late, M, BERLIN, tue(23, 0))


def test_without_a_taper_water_follows_the_active_hours_alone() -> None:
    late = dataclasses.replace(
        SETTINGS,
        active_hours=(((T(9), T(23, 30)),),) * 7,
        water=dataclasses.replace(SETTINGS.water, taper_min=0),
    )
    assert reminders.in_window(late, W, BERLIN, tue(22, 0))


# --- still_timely: a reminder held back while busy, shown later or dropped ------------------


def test_a_held_back_interval_reminder_is_timely_inside_its_window_only() -> None:
    due = tue(15, 0)
    assert reminders.still_timely(SETTINGS, S, due, ctx(tue(16, 30)))
    assert not reminders.still_timely(SETTINGS, S, due, ctx(tue(18, 30)))


def test_a_held_back_water_reminder_is_dropped_once_the_goal_is_reached() -> None:
    due = tue(11, 0)
    assert reminders.still_timely(SETTINGS, W, due, ctx(tue(11, 40), water=1750))
    assert not reminders.still_timely(SETTINGS, W, due, ctx(tue(11, 40), water=2000))


def test_a_held_back_move_reminder_is_dropped_if_the_person_is_away() -> None:
    due = tue(10, 0)
    at_desk = Sitting(until_due=dt.timedelta(0), at_desk=True)
    away = Sitting(until_due=dt.timedelta(0), at_desk=False)
    assert reminders.still_timely(SETTINGS, M, due, ctx(tue(10, 20), sitting=at_desk))
    assert not reminders.still_timely(SETTINGS, M, due, ctx(tue(10, 20), sitting=away))
    # Without an activity source (clock time), only the window counts.
    assert reminders.still_timely(SETTINGS, M, due, ctx(tue(10, 20)))


@pytest.mark.parametrize(
    ("minutes_after_slot", "timely"),
    [(0, True), (15, True), (74, True), (75, False), (120, False)],
)
def test_a_held_back_bedtime_reminder_lasts_until_an_hour_after_bedtime(
    minutes_after_slot: int, timely: bool
) -> None:
    slot = tue(22, 15)  # 22:30 minus the 15-minute lead
    now = slot + minutes_after_slot * MIN
    assert reminders.still_timely(SETTINGS, B, slot, ctx(now)) is timely


def test_a_held_back_reminder_switched_off_meanwhile_is_dropped() -> None:
    off = dataclasses.replace(
        SETTINGS, stretch=dataclasses.replace(SETTINGS.stretch, enabled=False)
    )
    assert not reminders.still_timely(off, S, tue(15, 0), ctx(tue(15, 10)))


def test_with_a_fluid_limit_a_held_back_water_reminder_is_never_shown() -> None:
    limited = dataclasses.replace(
        SETTINGS, water=dataclasses.replace(SETTINGS.water, fluid_limit_ml=1500)
    )
    assert not reminders.still_timely(limited, W, tue(11, 0), ctx(tue(11, 10)))


# --- bedtime: the evening's instant, and the slot before it ---------------------------------


@pytest.mark.parametrize(
    ("bedtime", "expected"),
    [
        (T(22, 30), local(2026, 11, 24, 22, 30)),
        (T(23, 59), local(2026, 11, 24, 23, 59)),
        (T(0, 30), local(2026, 11, 25, 0, 30)),  # before noon: after midnight
        (T(11, 0), local(2026, 11, 25, 11, 0)),  # a night-shift sleeper
        (T(12, 0), local(2026, 11, 24, 12, 0)),
    ],
)
def test_bedtime_of_an_evening_before_noon_is_the_next_day(
    bedtime: dt.time, expected: dt.datetime
) -> None:
    settings = dataclasses.replace(SETTINGS, bedtime=BedtimeSettings(bedtime=bedtime))
    assert reminders.bedtime_instant(settings, dt.date(*TUESDAY), BERLIN) == expected


def test_bedtime_keeps_its_wall_clock_time_across_the_dst_change() -> None:
    evening = dt.date(2026, 10, 25)  # clocks went back that morning
    at = reminders.bedtime_instant(SETTINGS, evening, BERLIN)
    assert at.astimezone(BERLIN).time() == T(22, 30)
    assert at.utcoffset() == dt.timedelta(0)
    assert at.hour == 21


def test_water_windows_leave_out_the_night_after_bedtime() -> None:
    late = dataclasses.replace(SETTINGS, active_hours=(((T(0), T(23, 59)),),) * 7)
    wins = reminders.windows(late, W, BERLIN, tue(0, 0), tue(23, 59))
    # From 20:30 (taper) to 06:30 the next morning (bedtime + 8 hours) nothing fires.
    assert schedule.window_at(wins, tue(6, 29)) is None
    assert schedule.window_at(wins, tue(6, 30)) is not None
    assert schedule.window_at(wins, tue(20, 29)) is not None
    assert schedule.window_at(wins, tue(20, 30)) is None


# --- schedule.window_at ----------------------------------------------------------------------


def test_window_at_includes_the_start_and_excludes_the_end() -> None:
    wins = [(tue(9), tue(12)), (tue(13), tue(18))]
    assert schedule.window_at(wins, tue(9)) == (tue(9), tue(12))
    assert schedule.window_at(wins, tue(12)) is None
    assert schedule.window_at(wins, tue(12, 30)) is None
    assert schedule.window_at(wins, tue(17, 59)) == (tue(13), tue(18))
    assert schedule.window_at([], tue(10)) is None
