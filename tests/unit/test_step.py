"""One reminder check (core.step): the order of the service's check, as a pure function."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from spasm_desktop.core import reminders, step
from spasm_desktop.core.reminders import (
    DEFERRED_DETAIL,
    EngineState,
    KindState,
    Outcome,
    ReminderKind,
    Sitting,
)
from spasm_desktop.core.settings import DeliveryMode, DeliverySettings, Settings
from tests.fakes import BERLIN, local

W, S, M, B = ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE, ReminderKind.BEDTIME
MIN = dt.timedelta(minutes=1)
SETTINGS = Settings()  # weekdays 09:00-18:00: move every 30 min, water and stretch every hour
START = local(2026, 11, 24, 9, 0)  # a Tuesday
FRESH = EngineState.fresh(START)
MEETING = ("meeting", "video call")


def ctx(now: dt.datetime, sitting: Sitting | None = None) -> reminders.Context:
    return reminders.Context(now=now, tz=BERLIN, sitting=sitting)


def check(
    now: dt.datetime,
    state: EngineState = FRESH,
    settings: Settings = SETTINGS,
    on_screen: tuple[ReminderKind, ...] = (),
    busy: tuple[object, ...] | None = (),
    sitting: Sitting | None = None,
) -> step.Step:
    return step.step(settings, state, ctx(now, sitting), on_screen=on_screen, busy=busy)


def outcomes(decision: step.Step) -> list[tuple[ReminderKind, Outcome]]:
    return [(r.kind, r.outcome) for r in decision.records]


# --- nothing to do --------------------------------------------------------------------------


def test_nothing_due_changes_nothing_and_needs_no_probe() -> None:
    decision = check(START + 10 * MIN, busy=None)
    assert decision == step.Step(FRESH)
    assert not decision.needs_busy
    assert decision.show == ()
    assert decision.records == ()


def test_while_paused_nothing_is_due_and_the_probe_is_not_needed() -> None:
    paused = reminders.pause(FRESH, START + 120 * MIN, START)
    decision = check(START + 60 * MIN, paused, busy=None)
    assert not decision.needs_busy
    assert decision.show == ()
    assert decision.records == ()
    assert decision.state == paused
    assert not decision.pause_ended


# --- the order: settle, end the pause, clear do-not-disturb ---------------------------------


def test_a_backward_jump_settles_future_anchors_without_a_record() -> None:
    later = EngineState.fresh(START + 60 * MIN)  # shown at 10:00, then the clock went back
    decision = check(START + 10 * MIN, later)
    assert decision.state.kind(W).anchor == START + 10 * MIN
    assert decision.state.kind(B).anchor == START + 60 * MIN  # bedtime keeps its anchor
    assert decision.records == ()


def test_an_expired_pause_ends_and_records_what_it_swallowed() -> None:
    paused = reminders.pause(FRESH, START + 45 * MIN, START)
    decision = check(START + 45 * MIN, paused)
    assert decision.pause_ended
    assert decision.state.paused_until is None
    assert outcomes(decision) == [(M, Outcome.MISSED_PAUSED)]
    assert decision.state.kind(M).anchor == START + 45 * MIN
    assert decision.show == ()


def test_an_expired_pause_and_what_is_due_at_its_end_in_one_check() -> None:
    paused = reminders.pause(FRESH, START + 25 * MIN, START)
    decision = check(START + 30 * MIN, paused)  # move was due at 9:30 (after the pause)
    assert decision.pause_ended
    assert decision.show == (M,)
    assert outcomes(decision) == [(M, Outcome.SHOWN)]


def test_an_expired_do_not_disturb_is_cleared_and_what_it_held_back_comes() -> None:
    state = reminders.set_dnd(FRESH, START + 40 * MIN)
    held = check(START + 30 * MIN, state, busy=None)
    assert held.deferred == (M,)
    assert held.busy == (step.ByHand(),)
    assert not held.needs_busy  # do not disturb by hand: no need to ask the probe
    decision = check(START + 40 * MIN, held.state)
    assert decision.dnd_ended
    assert decision.state.dnd_until is None
    assert decision.show == (M,)
    assert decision.released == (M,)
    (record,) = decision.records
    assert (record.outcome, record.due, record.detail) == (
        Outcome.SHOWN,
        START + 30 * MIN,
        DEFERRED_DETAIL,
    )


def test_do_not_disturb_until_turned_off_is_never_cleared_by_time() -> None:
    state = reminders.set_dnd(FRESH, None, indefinite=True)
    decision = check(START + 8 * 60 * MIN, state)
    assert not decision.dnd_ended
    assert decision.state.dnd_indefinite
    assert decision.show == ()
    assert decision.busy == (step.ByHand(),)


# --- due: the busy probe, held back, released -----------------------------------------------


def test_something_due_asks_for_the_busy_probe_first() -> None:
    decision = check(START + 30 * MIN, busy=None)
    assert decision.needs_busy
    assert decision.state == FRESH
    assert decision.records == ()
    assert decision.show == ()


def test_due_and_free_is_shown_and_its_interval_restarts() -> None:
    now = START + 60 * MIN
    decision = check(now)
    assert decision.show == (W, S, M)
    assert outcomes(decision) == [(W, Outcome.SHOWN), (S, Outcome.SHOWN), (M, Outcome.SHOWN)]
    assert all(decision.state.kind(k).anchor == now for k in (W, S, M))
    assert decision.busy == ()
    assert decision.deferred == ()
    assert decision.released == ()


def test_due_while_busy_is_held_back_and_recorded_once() -> None:
    now = START + 30 * MIN
    decision = check(now, busy=(MEETING,))
    assert decision.show == ()
    assert decision.deferred == (M,)
    assert outcomes(decision) == [(M, Outcome.DEFERRED)]
    assert decision.state.deferred == {M: now}
    assert decision.busy == (MEETING,)


def test_held_back_while_busy_and_nothing_new_due_records_nothing() -> None:
    held = check(START + 30 * MIN, busy=(MEETING,)).state
    decision = check(START + 35 * MIN, held, busy=(MEETING,))
    assert decision.records == ()
    assert decision.state == held
    assert decision.busy == (MEETING,)


def test_held_back_reminders_ask_the_probe_even_when_nothing_is_due() -> None:
    held = check(START + 30 * MIN, busy=(MEETING,)).state
    assert check(START + 35 * MIN, held, busy=None).needs_busy


def test_released_and_newly_due_are_shown_together() -> None:
    held = check(START + 30 * MIN, busy=(MEETING,)).state  # move held back at 9:30
    decision = check(START + 60 * MIN, held)  # free at 10:00, water and stretch due
    assert decision.show == (W, S, M)
    assert decision.released == (M,)
    assert outcomes(decision) == [(M, Outcome.SHOWN), (W, Outcome.SHOWN), (S, Outcome.SHOWN)]
    assert decision.records[0].detail == DEFERRED_DETAIL
    assert decision.state.deferred == {}


def test_a_held_back_reminder_no_longer_timely_is_dropped_silently() -> None:
    evening = local(2026, 11, 24, 17, 50)
    state = EngineState.fresh(evening - 60 * MIN)
    held = check(evening, state, busy=(MEETING,)).state
    assert set(held.deferred) == {W, S, M}
    decision = check(local(2026, 11, 24, 18, 30), held)  # free after active hours
    assert decision.show == ()
    assert decision.records == ()
    assert decision.state.deferred == {}


def test_a_held_back_move_is_dropped_when_the_person_got_up() -> None:
    held = check(START + 30 * MIN, busy=(MEETING,)).state
    away = Sitting(until_due=30 * MIN, at_desk=False)
    decision = check(START + 40 * MIN, held, sitting=away)
    assert decision.show == ()
    assert decision.state.deferred == {}


@pytest.mark.parametrize(
    ("shown", "deferred", "prompted"),
    [
        ((M,), (), (M,)),
        ((), (W, M), (W, M)),
        ((S,), (), (S,)),
        ((), (), ()),
    ],
)
def test_prompted_is_what_was_shown_or_held_back(
    shown: tuple[ReminderKind, ...],
    deferred: tuple[ReminderKind, ...],
    prompted: tuple[ReminderKind, ...],
) -> None:
    assert step.Step(FRESH, show=shown, deferred=deferred).prompted == prompted


# --- a pop-up still on screen ---------------------------------------------------------------


def test_a_new_popup_records_the_old_ones_open_kinds_as_ignored_first() -> None:
    decision = check(START + 60 * MIN, on_screen=(M,))
    assert decision.replaced == (M,)
    assert outcomes(decision) == [
        (M, Outcome.IGNORED),
        (W, Outcome.SHOWN),
        (S, Outcome.SHOWN),
        (M, Outcome.SHOWN),
    ]
    assert {r.at for r in decision.records} == {START + 60 * MIN}


def test_ignoring_the_replaced_popup_changes_no_interval() -> None:
    plain = check(START + 60 * MIN)
    replaced = check(START + 60 * MIN, on_screen=(M, W))
    assert replaced.state == plain.state
    assert replaced.replaced == (W, M)  # in kind order


def test_the_ignored_come_after_what_the_pause_swallowed() -> None:
    paused = reminders.pause(FRESH, START + 25 * MIN, START)
    decision = check(START + 30 * MIN, paused, on_screen=(W,))
    assert decision.pause_ended
    assert outcomes(decision) == [(W, Outcome.IGNORED), (M, Outcome.SHOWN)]


def test_nothing_shown_leaves_the_popup_and_records_nothing() -> None:
    decision = check(START + 10 * MIN, on_screen=(W,))
    assert decision.replaced == ()
    assert decision.records == ()
    held = check(START + 30 * MIN, on_screen=(W,), busy=(MEETING,))
    assert held.replaced == ()
    assert outcomes(held) == [(M, Outcome.DEFERRED)]


def test_with_notifications_only_no_popup_is_replaced() -> None:
    only = dataclasses.replace(SETTINGS, delivery=DeliverySettings(mode=DeliveryMode.NOTIFICATION))
    decision = check(START + 30 * MIN, settings=only, on_screen=(W,))
    assert decision.replaced == ()
    assert outcomes(decision) == [(M, Outcome.SHOWN)]


@pytest.mark.parametrize(
    ("mode", "popup"),
    [
        (DeliveryMode.AUTO, True),
        (DeliveryMode.BOTH, True),
        (DeliveryMode.POPUP, True),
        (DeliveryMode.NOTIFICATION, False),
    ],
)
def test_which_delivery_modes_are_answered_on_screen(mode: DeliveryMode, popup: bool) -> None:
    settings = dataclasses.replace(SETTINGS, delivery=DeliverySettings(mode=mode))
    assert step.answered_on_screen(settings) is popup


# --- the whole order in one check -----------------------------------------------------------


def test_settle_end_pause_clear_dnd_then_show_in_one_check() -> None:
    """A machine that slept through a pause and a do-not-disturb, with the clock set back."""
    now = local(2026, 11, 24, 11, 0)
    state = dataclasses.replace(
        EngineState.fresh(START),
        kinds={
            W: KindState(anchor=now + 30 * MIN),  # a backward jump left it in the future
            S: KindState(anchor=START),
            M: KindState(anchor=START),
            B: KindState(anchor=START),
        },
    )
    state = reminders.pause(state, START + 90 * MIN, START + 20 * MIN)
    state = reminders.set_dnd(state, START + 100 * MIN)
    asked = check(now, state, busy=None)  # move is due: the probe is needed, nothing decided
    assert asked.needs_busy
    assert asked.state == state
    assert asked.records == ()
    decision = check(now, state, busy=())
    assert decision.pause_ended
    assert decision.dnd_ended
    # Settled first: water restarts now, not at the future anchor the jump left (11:30).
    assert decision.state.kind(W).anchor == now
    # All three fell due in the pause (counted from its start, 9:20) and restart at its end,
    # 10:30 (water: now): move is due again at 11:00, stretch at 11:30.
    assert outcomes(decision) == [
        (W, Outcome.MISSED_PAUSED),
        (S, Outcome.MISSED_PAUSED),
        (M, Outcome.MISSED_PAUSED),
        (M, Outcome.SHOWN),
    ]
    assert decision.show == (M,)


# --- when the busy probe is read ------------------------------------------------------------


@pytest.mark.parametrize(
    ("due", "held_back", "dnd", "asks"),
    [
        (False, False, False, False),  # nothing to show: the probe is not read
        (True, False, False, True),
        (False, True, False, True),  # held back: is the person free now?
        (True, True, False, True),
        (False, False, True, False),
        (True, False, True, False),  # do not disturb by hand answers without the probe
        (False, True, True, False),
        (True, True, True, False),
    ],
)
def test_the_busy_probe_is_read_only_when_something_is_due_or_held_back(
    due: bool, held_back: bool, dnd: bool, asks: bool
) -> None:
    now = START + (30 if due else 10) * MIN
    state = FRESH
    if held_back:
        state = dataclasses.replace(state, deferred={S: START})
    if dnd:
        state = reminders.set_dnd(state, None, indefinite=True)
    assert check(now, state, busy=None).needs_busy is asks


def test_held_back_again_keeps_when_it_first_came_due() -> None:
    first = check(START + 30 * MIN, busy=(MEETING,))  # move held back at 9:30
    again = check(START + 60 * MIN, first.state, busy=(MEETING,))  # all three at 10:00
    assert again.deferred == (W, S, M)
    assert again.state.deferred == {M: START + 30 * MIN, W: START + 60 * MIN, S: START + 60 * MIN}
    free = check(START + 65 * MIN, again.state)
    assert free.show == free.released == (W, S, M)
    assert [(r.kind, r.due) for r in free.records] == [
        (W, START + 60 * MIN),
        (S, START + 60 * MIN),
        (M, START + 30 * MIN),
    ]


def test_a_move_reminder_by_the_sitting_timer_waits_for_the_person_without_the_probe() -> None:
    away = Sitting(until_due=dt.timedelta(0), at_desk=False)
    decision = check(START + 10 * MIN, sitting=away, busy=None)
    assert not decision.needs_busy
    assert decision.show == ()
    back = Sitting(until_due=dt.timedelta(0), at_desk=True)
    assert check(START + 11 * MIN, sitting=back).show == (M,)
