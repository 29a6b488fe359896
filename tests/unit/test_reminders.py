"""The reminder engine's rules (core.reminders): intervals in active hours, water and its
limit, bedtime, suspends and clock jumps, merging, snoozes, answers and pauses.
"""

import dataclasses
import datetime as dt
from typing import Any

import pytest

from spasm_desktop.core import reminders
from spasm_desktop.core.reminders import Context, EngineState, KindState, Outcome, ReminderKind
from spasm_desktop.core.settings import Settings
from tests.fakes import BERLIN, local

W, S, M, B = ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE, ReminderKind.BEDTIME
T = dt.time
EVERY_DAY_8_TO_20 = tuple([((T(8), T(20)),)] * 7)


def only(kind: ReminderKind, **changes: object) -> Settings:
    """Settings with only ``kind`` enabled."""
    base = Settings(active_hours=EVERY_DAY_8_TO_20)
    sections: dict[str, Any] = {}
    for k, name in ((W, "water"), (S, "stretch"), (M, "move"), (B, "bedtime")):
        section = getattr(base, name)
        extra = changes if k is kind else {}
        sections[name] = dataclasses.replace(section, enabled=k is kind, **extra)
    return dataclasses.replace(base, **sections)


def ctx(now: dt.datetime, water: int = 0) -> Context:
    return reminders.Context(now=now, tz=BERLIN, water_today_ml=water)


def state_at(anchor: dt.datetime) -> EngineState:
    return EngineState.fresh(anchor)


def due(
    settings: Settings, state: EngineState, kind: ReminderKind, now: dt.datetime, water: int = 0
) -> dt.datetime | None:
    return reminders.due_time(settings, state, kind, ctx(now, water))


# --- interval kinds -----------------------------------------------------------------------------


def test_interval_counts_from_anchor() -> None:
    st = state_at(local(2026, 11, 24, 10))
    assert due(only(S), st, S, local(2026, 11, 24, 10, 5)) == local(2026, 11, 24, 11)


def test_interval_restarts_at_window_start() -> None:
    st = state_at(local(2026, 11, 23, 19, 30))  # 30 min before the window ends
    assert due(only(S), st, S, local(2026, 11, 23, 19, 31)) == local(2026, 11, 24, 9)


def test_days_off_are_skipped() -> None:
    settings = dataclasses.replace(only(M), active_hours=tuple([((T(9), T(17)),)] * 5 + [(), ()]))
    friday_late = local(2026, 11, 27, 16, 50)
    assert due(settings, state_at(friday_late), M, friday_late) == local(2026, 11, 30, 9, 30)


def test_window_across_midnight() -> None:
    settings = dataclasses.replace(only(S), active_hours=tuple([((T(22), T(4)),)] * 7))
    anchor = local(2026, 11, 24, 23, 30)
    assert due(settings, state_at(anchor), S, anchor) == local(2026, 11, 25, 0, 30)


def test_disabled_kind_is_never_due() -> None:
    assert due(only(W), state_at(local(2026, 11, 24, 10)), S, local(2026, 11, 24, 12)) is None


def test_interval_across_dst_change_is_real_minutes() -> None:
    settings = dataclasses.replace(only(S), active_hours=tuple([((T(0), T(23, 59)),)] * 7))
    anchor = local(2026, 3, 29, 1, 30)  # 02:00 -> 03:00 in Berlin
    result = due(settings, state_at(anchor), S, anchor)
    assert result is not None
    assert result - anchor == dt.timedelta(hours=1)
    assert result.astimezone(BERLIN).hour == 3


def test_active_hours_follow_the_wall_clock_after_dst() -> None:
    settings = only(S)
    # Sunday evening before the autumn change; next window starts 08:00 local (CET).
    anchor = local(2026, 10, 24, 19, 45)
    assert due(settings, state_at(anchor), S, anchor) == local(2026, 10, 25, 9)


# --- water --------------------------------------------------------------------------------------


def test_water_stops_when_goal_reached_and_restarts_next_day() -> None:
    settings = only(W, goal_ml=2000)
    now = local(2026, 11, 24, 14)
    assert due(settings, state_at(now), W, now, water=1999) == local(2026, 11, 24, 15)
    assert due(settings, state_at(now), W, now, water=2000) == local(2026, 11, 25, 9)


@pytest.mark.parametrize("goal", [None, 3000, 1000])
@pytest.mark.parametrize("water", [0, 700, 1500, 2500])
def test_fluid_limit_means_no_water_reminder_at_all(goal: int | None, water: int) -> None:
    # CONTENT.md §7a: with a clinician's limit, no "time for a glass" nudges, whatever the total
    # and whatever goal the person had before.
    settings = only(W, goal_ml=goal, fluid_limit_ml=1500)
    now = local(2026, 11, 24, 14)
    assert not reminders.is_enabled(settings, W)
    assert due(settings, state_at(now - dt.timedelta(hours=3)), W, now, water=water) is None
    state = state_at(now - dt.timedelta(hours=3))
    assert reminders.due_now(settings, state, Context(now, BERLIN, water)) == []
    # Nor does one held back before the limit was set come back later.
    held = dataclasses.replace(state, deferred={W: now - dt.timedelta(minutes=30)})
    assert reminders.release(settings, held, Context(now, BERLIN, water))[1] == []


def test_without_a_goal_water_reminders_keep_coming_after_any_total() -> None:
    # No goal: the reminders never "stop at the goal", they come at the chosen interval.
    settings = only(W)
    assert settings.water.goal_ml is None
    now = local(2026, 11, 24, 14)
    for water in (0, 2000, 5000):
        assert due(settings, state_at(now), W, now, water=water) == local(2026, 11, 24, 15)
    assert reminders.hot_day_goal(settings) is None


def test_the_same_settings_with_a_goal_stop_at_it() -> None:
    settings = only(W, goal_ml=2000)
    now = local(2026, 11, 24, 14)
    assert due(settings, state_at(now), W, now, water=5000) == local(2026, 11, 25, 9)
    assert reminders.hot_day_goal(settings) == 2000 + reminders.HOT_DAY_EXTRA_ML
    limited = only(W, goal_ml=2000, fluid_limit_ml=1500)
    assert reminders.hot_day_goal(limited) is None


@pytest.mark.parametrize(
    ("water", "level"),
    [
        (0, reminders.LimitLevel.UNDER),
        (1199, reminders.LimitLevel.UNDER),
        (1200, reminders.LimitLevel.NEAR),
        (1499, reminders.LimitLevel.NEAR),
        (1500, reminders.LimitLevel.REACHED),
        (2100, reminders.LimitLevel.REACHED),
    ],
)
def test_limit_level_is_near_from_80_percent_and_reached_at_the_limit(
    water: int, level: reminders.LimitLevel
) -> None:
    assert reminders.limit_level(only(W, fluid_limit_ml=1500), water) is level
    assert reminders.limit_level(only(W), water) is reminders.LimitLevel.NO_LIMIT


def test_water_tapers_before_bedtime() -> None:
    settings = dataclasses.replace(
        only(W, taper_min=90), active_hours=tuple([((T(8), T(23, 30)),)] * 7)
    )
    # Bedtime 22:30: no water reminder after 21:00.
    anchor = local(2026, 11, 24, 20, 30)
    assert due(settings, state_at(anchor), W, anchor) == local(2026, 11, 25, 9)
    anchor = local(2026, 11, 24, 19, 30)
    assert due(settings, state_at(anchor), W, anchor) == local(2026, 11, 24, 20, 30)


def test_bedtime_after_midnight_taper() -> None:
    settings = dataclasses.replace(only(W, taper_min=90), active_hours=tuple([((T(8), T(2)),)] * 7))
    settings = dataclasses.replace(
        settings, bedtime=dataclasses.replace(settings.bedtime, bedtime=T(0, 30))
    )
    anchor = local(2026, 11, 24, 22, 0)
    # Nothing from 23:00 (bedtime 00:30 minus 90 min) through the night (8 h after bedtime).
    assert due(settings, state_at(anchor), W, anchor) == local(2026, 11, 25, 9, 30)


# --- bedtime ------------------------------------------------------------------------------------


def test_bedtime_daily_at_bedtime_minus_lead() -> None:
    anchor = local(2026, 11, 24, 12)
    assert due(only(B), state_at(anchor), B, anchor) == local(2026, 11, 24, 22, 15)
    after = local(2026, 11, 24, 22, 15)
    assert due(only(B), state_at(after), B, after) == local(2026, 11, 25, 22, 15)


def test_bedtime_days_selection() -> None:
    settings = only(B, days=frozenset({4}))  # Friday evenings only
    anchor = local(2026, 11, 24, 12)  # Tuesday
    assert due(settings, state_at(anchor), B, anchor) == local(2026, 11, 27, 22, 15)


def test_bedtime_after_midnight_belongs_to_the_evening_before() -> None:
    settings = only(B, bedtime=T(0, 30), days=frozenset({4}))  # Friday night
    anchor = local(2026, 11, 24, 12)
    assert due(settings, state_at(anchor), B, anchor) == local(2026, 11, 28, 0, 15)


def test_bedtime_on_dst_evening() -> None:
    anchor = local(2026, 10, 25, 12)
    assert due(only(B), state_at(anchor), B, anchor) == local(2026, 10, 25, 22, 15)


def test_bedtime_missed_while_asleep_shows_until_an_hour_after_bedtime() -> None:
    anchor = local(2026, 11, 24, 12)
    st = state_at(anchor)
    assert due(only(B), st, B, local(2026, 11, 24, 23, 0)) == local(2026, 11, 24, 23, 0)
    assert due(only(B), st, B, local(2026, 11, 24, 23, 31)) == local(2026, 11, 25, 22, 15)


def test_bedtime_not_repeated_after_backward_jump() -> None:
    shown = local(2026, 11, 24, 22, 15)
    st = state_at(shown)
    assert due(only(B), st, B, local(2026, 11, 24, 21, 30)) == local(2026, 11, 25, 22, 15)


# --- overdue: suspend, clock jumps --------------------------------------------------------------


def test_suspend_within_window_gives_one_catch_up_now() -> None:
    anchor = local(2026, 11, 24, 10)
    woke = local(2026, 11, 24, 15, 7)
    assert due(only(W), state_at(anchor), W, woke) == woke


def test_wake_outside_active_hours_gives_nothing_until_the_window() -> None:
    anchor = local(2026, 11, 24, 10)
    woke = local(2026, 11, 24, 21, 0)
    assert due(only(W), state_at(anchor), W, woke) == local(2026, 11, 25, 9)


def test_wake_next_day_restarts_from_window_start() -> None:
    anchor = local(2026, 11, 23, 10)
    assert due(only(S), state_at(anchor), S, local(2026, 11, 24, 8, 20)) == local(2026, 11, 24, 9)
    assert due(only(S), state_at(anchor), S, local(2026, 11, 24, 9, 20)) == local(
        2026, 11, 24, 9, 20
    )


def test_backward_jump_does_not_repeat_or_wait_forever() -> None:
    shown = local(2026, 11, 24, 11)
    earlier = local(2026, 11, 24, 9, 30)  # clock set back 90 min
    assert due(only(W), state_at(shown), W, earlier) == local(2026, 11, 24, 10, 30)


# --- merging, snooze, answers, pause -----------------------------------------------------------


def test_due_within_two_minutes_merge() -> None:
    settings = only(W)
    settings = dataclasses.replace(
        settings, stretch=dataclasses.replace(settings.stretch, enabled=True)
    )
    st = EngineState.fresh(local(2026, 11, 24, 9))
    st = st.with_kind(S, KindState(local(2026, 11, 24, 9, 1, 30)))
    now = local(2026, 11, 24, 10)
    assert set(reminders.due_now(settings, st, ctx(now))) == {W, S}
    st = st.with_kind(S, KindState(local(2026, 11, 24, 9, 2, 30)))
    assert set(reminders.due_now(settings, st, ctx(now))) == {W}


def test_nothing_due_before_time() -> None:
    settings = only(W)
    st = state_at(local(2026, 11, 24, 9))
    assert reminders.due_now(settings, st, ctx(local(2026, 11, 24, 9, 59))) == []


def test_snooze_moves_due_time() -> None:
    now = local(2026, 11, 24, 10)
    st, records = reminders.show(only(W), state_at(local(2026, 11, 24, 9)), [W], ctx(now))
    assert [r.outcome for r in records] == [Outcome.SHOWN]
    st, records = reminders.answer(st, [W], Outcome.SNOOZED, now, dt.timedelta(minutes=10))
    assert records[0].detail == "10"
    assert due(only(W), st, W, now) == local(2026, 11, 24, 10, 10)


def test_snooze_past_window_end_moves_to_next_window() -> None:
    now = local(2026, 11, 24, 19, 55)
    st, _ = reminders.answer(state_at(now), [W], Outcome.SNOOZED, now, dt.timedelta(minutes=15))
    assert due(only(W), st, W, now) == local(2026, 11, 25, 9)


@pytest.mark.parametrize("outcome", [Outcome.DONE, Outcome.SKIPPED])
def test_done_and_skip_restart_interval(outcome: Outcome) -> None:
    now = local(2026, 11, 24, 10, 20)
    st, _ = reminders.answer(state_at(local(2026, 11, 24, 9)), [S], outcome, now)
    assert due(only(S), st, S, now) == local(2026, 11, 24, 11, 20)


def test_skip_tonight() -> None:
    shown = local(2026, 11, 24, 22, 15)
    st, _ = reminders.show(only(B), state_at(local(2026, 11, 24, 12)), [B], ctx(shown))
    st, _ = reminders.answer(st, [B], Outcome.SKIPPED, shown + dt.timedelta(minutes=1))
    assert due(only(B), st, B, shown) == local(2026, 11, 25, 22, 15)


def test_bedtime_later_snoozes() -> None:
    shown = local(2026, 11, 24, 22, 15)
    st, _ = reminders.show(only(B), state_at(local(2026, 11, 24, 12)), [B], ctx(shown))
    st, _ = reminders.answer(st, [B], Outcome.SNOOZED, shown, dt.timedelta(minutes=15))
    assert due(only(B), st, B, shown) == local(2026, 11, 24, 22, 30)


def test_pause_hides_reminders_and_records_missed() -> None:
    settings = only(W)
    start = local(2026, 11, 24, 9, 30)
    st = reminders.pause(state_at(local(2026, 11, 24, 9)), start + dt.timedelta(hours=2), start)
    assert reminders.due_now(settings, st, ctx(local(2026, 11, 24, 10, 30))) == []
    assert due(settings, st, W, start) == local(2026, 11, 24, 12, 30)
    end = local(2026, 11, 24, 11, 30)
    st, records = reminders.end_pause(settings, st, ctx(end))
    assert [(r.kind, r.outcome, r.due) for r in records] == [
        (W, Outcome.MISSED_PAUSED, local(2026, 11, 24, 10))
    ]
    assert st.paused_until is None
    assert due(settings, st, W, end) == local(2026, 11, 24, 12, 30)


def test_resume_early_records_nothing_if_nothing_came_due() -> None:
    settings = only(W)
    start = local(2026, 11, 24, 9, 10)
    st = reminders.pause(state_at(local(2026, 11, 24, 9)), start + dt.timedelta(hours=1), start)
    st, records = reminders.end_pause(settings, st, ctx(local(2026, 11, 24, 9, 40)))
    assert records == []
    assert due(settings, st, W, local(2026, 11, 24, 9, 40)) == local(2026, 11, 24, 10)


def test_expired_pause_not_yet_ended_does_not_burst() -> None:
    settings = only(W)
    start = local(2026, 11, 24, 9, 30)
    st = reminders.pause(state_at(local(2026, 11, 24, 9)), start + dt.timedelta(hours=2), start)
    later = local(2026, 11, 24, 11, 45)
    assert reminders.due_now(settings, st, ctx(later)) == []
    assert due(settings, st, W, later) == local(2026, 11, 24, 12, 30)


def test_pause_until_tomorrow_is_local_midnight() -> None:
    until = reminders.pause_until_tomorrow(local(2026, 11, 24, 15), BERLIN)
    assert until == local(2026, 11, 25, 0)


def test_extending_a_pause_keeps_its_start() -> None:
    start = local(2026, 11, 24, 9, 30)
    st = reminders.pause(state_at(start), start + dt.timedelta(minutes=30), start)
    st = reminders.pause(st, start + dt.timedelta(hours=2), start + dt.timedelta(minutes=10))
    assert st.paused_at == start
