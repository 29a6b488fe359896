"""The move reminder by the sitting timer, and reminders held back while the person is busy."""

import dataclasses
import datetime as dt

from spasm_desktop.core import reminders
from spasm_desktop.core.reminders import EngineState, KindState, Outcome, ReminderKind, Sitting
from spasm_desktop.core.settings import Settings, WaterSettings
from tests.fakes import BERLIN, local

W, S, M, B = ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE, ReminderKind.BEDTIME
T = dt.time
MIN = dt.timedelta(minutes=1)
WEEKDAYS_9_TO_18 = tuple([((T(9), T(18)),)] * 5 + [(), ()])
SETTINGS = Settings(active_hours=WEEKDAYS_9_TO_18, water=WaterSettings(goal_ml=2000))


def ctx(
    now: dt.datetime,
    until_due: dt.timedelta | None = None,
    at_desk: bool = True,
    water: int = 0,
) -> reminders.Context:
    sit = None if until_due is None else Sitting(until_due, at_desk)
    return reminders.Context(now=now, tz=BERLIN, water_today_ml=water, sitting=sit)


def move_due(
    state: EngineState,
    now: dt.datetime,
    until_due: dt.timedelta | None,
    at_desk: bool = True,
    settings: Settings = SETTINGS,
) -> dt.datetime | None:
    return reminders.due_time(settings, state, M, ctx(now, until_due, at_desk))


# --- the move reminder follows the sitting timer -------------------------------------------------


def test_move_is_due_when_enough_sitting_is_left() -> None:
    now = local(2026, 11, 23, 10, 0)  # a Monday
    state = EngineState.fresh(now - 3 * 60 * MIN)  # by the clock, long overdue
    assert move_due(state, now, 12 * MIN) == now + 12 * MIN
    assert move_due(state, now, dt.timedelta(0)) == now


def test_move_due_waits_for_the_person_to_be_at_the_computer() -> None:
    now = local(2026, 11, 23, 10, 0)
    state = EngineState.fresh(now)
    assert move_due(state, now, dt.timedelta(0), at_desk=False) is None
    # Not yet due: planned as if they sat on (the timer stops while they are away anyway).
    assert move_due(state, now, 5 * MIN, at_desk=False) == now + 5 * MIN
    ctx_away = ctx(now, dt.timedelta(0), at_desk=False)
    assert reminders.due_now(SETTINGS, state, ctx_away) == []


def test_move_by_sitting_stays_inside_active_hours() -> None:
    evening = local(2026, 11, 23, 17, 55)
    state = EngineState.fresh(evening)
    # Due at 18:05 would be after the working day: the next window is Tuesday 09:00.
    assert move_due(state, evening, 10 * MIN) == local(2026, 11, 24, 9, 0)
    saturday = local(2026, 11, 28, 11, 0)
    assert move_due(state, saturday, dt.timedelta(0)) == local(2026, 11, 30, 9, 0)


def test_move_snooze_comes_back_at_its_time_and_waits_for_the_person() -> None:
    now = local(2026, 11, 23, 10, 0)
    state = EngineState.fresh(now)
    state, _ = reminders.answer(state, [M], Outcome.SNOOZED, now, 10 * MIN)
    # The count restarted when it was shown, but the snooze decides.
    assert move_due(state, now, 30 * MIN) == now + 10 * MIN
    later = now + 11 * MIN
    assert move_due(state, later, 19 * MIN) == later
    assert move_due(state, later, 19 * MIN, at_desk=False) is None
    # A break clears the snooze (the app restarts the kind).
    state = reminders.restart(state, M, later)
    assert move_due(state, later, 30 * MIN) == later + 30 * MIN


def test_without_activity_the_move_reminder_counts_clock_time() -> None:
    now = local(2026, 11, 23, 10, 0)
    state = EngineState.fresh(now)
    assert move_due(state, now, None) == now + 30 * MIN


# --- busy: defer and release ---------------------------------------------------------------------


def test_deferred_reminders_come_back_once_per_kind_after_back_to_back_meetings() -> None:
    t0 = local(2026, 11, 23, 10, 0)
    settings = dataclasses.replace(SETTINGS, move=dataclasses.replace(SETTINGS.move, enabled=False))
    state = EngineState.fresh(t0)
    records = []
    now = t0
    # Two meetings back to back, 10:00-11:30 and 11:30-13:00: every due reminder is held back.
    while now < t0 + 180 * MIN:
        due = reminders.due_now(settings, state, ctx(now))
        if due:
            state, recs = reminders.defer(settings, state, due, ctx(now))
            records += recs
        now += MIN
    deferred = [r for r in records if r.outcome is Outcome.DEFERRED]
    assert {r.kind for r in deferred} == {W, S}
    assert len([r for r in deferred if r.kind is W]) == 2  # 11:00 and 12:00, each recorded
    state, kinds, shown = reminders.release(settings, state, ctx(now))
    assert kinds == [W, S]
    assert [(r.kind, r.outcome, r.detail) for r in shown] == [
        (W, Outcome.SHOWN, "deferred"),
        (S, Outcome.SHOWN, "deferred"),
    ]
    assert shown[0].due == t0 + 60 * MIN  # when water first came due
    assert state.deferred == {}
    # Released once: nothing more until the intervals run again.
    assert reminders.due_now(settings, state, ctx(now + MIN)) == []
    assert reminders.release(settings, state, ctx(now + MIN))[1] == []


def test_deferral_survives_only_while_it_still_makes_sense() -> None:
    t0 = local(2026, 11, 23, 17, 30)
    state = EngineState.fresh(t0 - 60 * MIN)
    state, _ = reminders.defer(SETTINGS, state, [W, S], ctx(t0))
    # The meeting ran past the end of the working day: no catch-up at 18:20.
    after_hours = ctx(local(2026, 11, 23, 18, 20))
    assert reminders.release(SETTINGS, state, after_hours)[1] == []
    # Inside hours, but the water goal was reached meanwhile: only the stretch.
    assert reminders.release(SETTINGS, state, ctx(t0 + 20 * MIN, water=2000))[1] == [S]


def test_deferred_move_is_dropped_if_the_person_got_up() -> None:
    t0 = local(2026, 11, 23, 10, 0)
    state = EngineState.fresh(t0)
    state, _ = reminders.defer(SETTINGS, state, [M], ctx(t0, dt.timedelta(0)))
    assert reminders.release(SETTINGS, state, ctx(t0 + 5 * MIN, 25 * MIN, at_desk=False))[1] == []
    assert reminders.release(SETTINGS, state, ctx(t0 + 5 * MIN, 25 * MIN))[1] == [M]


def test_deferred_bedtime_expires_an_hour_after_bedtime() -> None:
    evening = local(2026, 11, 23, 22, 15)
    state = EngineState.fresh(evening - 60 * MIN)
    state, _ = reminders.defer(SETTINGS, state, [B], ctx(evening))
    assert reminders.release(SETTINGS, state, ctx(local(2026, 11, 23, 23, 20)))[1] == [B]
    assert reminders.release(SETTINGS, state, ctx(local(2026, 11, 23, 23, 35)))[1] == []


def test_deferral_across_midnight_keeps_the_first_due_time() -> None:
    late = local(2026, 11, 23, 23, 50)
    hours = tuple([((T(20), T(2)),)] * 7)  # a night shift
    settings = dataclasses.replace(
        Settings(active_hours=hours),
        water=dataclasses.replace(Settings().water, taper_min=0),
        bedtime=dataclasses.replace(Settings().bedtime, enabled=False),
    )
    state = EngineState.fresh(late - 60 * MIN)
    state, _ = reminders.defer(settings, state, [W], ctx(late))
    state, _ = reminders.defer(settings, state, [W], ctx(late + 60 * MIN))
    assert state.deferred == {W: late}
    state, kinds, shown = reminders.release(settings, state, ctx(late + 70 * MIN))
    assert kinds == [W]
    assert shown[0].due == late


def test_pause_drops_what_was_held_back() -> None:
    t0 = local(2026, 11, 23, 10, 0)
    state, _ = reminders.defer(SETTINGS, EngineState.fresh(t0), [W], ctx(t0))
    state = reminders.pause(state, t0 + 60 * MIN, t0)
    assert state.deferred == {}


def test_do_not_disturb_by_hand() -> None:
    t0 = local(2026, 11, 23, 10, 0)
    state = reminders.set_dnd(EngineState.fresh(t0), t0 + 60 * MIN)
    assert state.is_dnd(t0 + 59 * MIN)
    assert not state.is_dnd(t0 + 60 * MIN)
    forever = reminders.set_dnd(state, None, indefinite=True)
    assert forever.is_dnd(t0 + 1000 * MIN)
    assert not reminders.clear_dnd(forever).is_dnd(t0)
    assert KindState(anchor=t0) == forever.kind(W)
