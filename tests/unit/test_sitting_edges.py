"""Edges of the sitting timer, one sample at a time: the gap that means "not watched", the idle
levels, a break reached while locked, and what the move reminder has left to wait.
"""

from __future__ import annotations

import datetime as dt

import pytest

from spasm_desktop.core import sitting
from spasm_desktop.core.sitting import Break, BreakSource, Presence, Sample, SittingState
from tests.fakes import BERLIN, local

BREAK = dt.timedelta(minutes=5)
T0 = local(2026, 11, 23, 9, 0)
S = dt.timedelta(seconds=1)


def feed(*samples: Sample) -> tuple[SittingState, list[Break]]:
    state, breaks = SittingState(), []
    for sample in samples:
        state, new = sitting.update(state, sample, BREAK, BERLIN)
        breaks += new
    return state, breaks


def test_samples_150_seconds_apart_are_still_watched() -> None:
    state, breaks = feed(Sample(T0, 0), Sample(T0 + sitting.MAX_GAP, 0))
    assert breaks == []
    assert state.sat_s == 150


def test_a_second_more_is_time_not_watched_and_not_sitting() -> None:
    state, breaks = feed(Sample(T0, 0), Sample(T0 + sitting.MAX_GAP + S, 0))
    assert breaks == []  # shorter than the break threshold: the timer only pauses
    assert state.sat_s == 0
    assert state.spell_start == T0


@pytest.mark.parametrize(
    ("idle_s", "presence"),
    [
        (0, Presence.AT_DESK),
        (29.9, Presence.AT_DESK),
        (30, Presence.IDLE),
        (59.9, Presence.IDLE),
        (60, Presence.AWAY),
    ],
)
def test_idle_seconds_decide_where_the_person_is(idle_s: float, presence: Presence) -> None:
    state, _ = feed(Sample(T0, 0), Sample(T0 + 90 * S, idle_s))
    assert state.presence(BREAK) is presence


def test_a_negative_idle_reading_counts_as_input_just_now() -> None:
    state, _ = feed(Sample(T0, 0), Sample(T0 + 30 * S, -5))
    assert state.last_idle_s == 0
    assert state.sat_s == 30
    assert state.presence(BREAK) is Presence.AT_DESK


@pytest.mark.parametrize(
    ("locked_for", "presence", "sitting_s"),
    [
        (dt.timedelta(minutes=4), Presence.AWAY, 30),
        (BREAK - S, Presence.AWAY, 30),
        (BREAK, Presence.ON_BREAK, 0),
        (dt.timedelta(minutes=20), Presence.ON_BREAK, 0),
    ],
)
def test_a_locked_screen_becomes_a_break_at_the_threshold(
    locked_for: dt.timedelta, presence: Presence, sitting_s: float
) -> None:
    locked_at = T0 + 30 * S
    state, breaks = feed(
        Sample(T0, 0), Sample(locked_at, 0, locked=True), Sample(locked_at + locked_for, 0, True)
    )
    assert breaks == []  # reported when the person comes back
    assert state.away_since == locked_at
    assert state.presence(BREAK) is presence
    assert state.sitting_s(BREAK) == sitting_s
    assert state.sat_s == 30


def test_moving_while_away_adds_no_sitting_and_keeps_today() -> None:
    locked_at = T0 + 30 * S
    state, _ = feed(Sample(T0, 0), Sample(locked_at, 0, locked=True))
    now = T0 + dt.timedelta(minutes=2)
    state, breaks = sitting.moved(state, now, BERLIN)
    assert breaks == [Break(now, now, BreakSource.PROMPTED)]
    assert (state.spell_start, state.sat_s, state.away_since) == (now, 0, None)
    assert state.today(now, BERLIN) == 30


def test_today_is_zero_on_a_later_day() -> None:
    state, _ = feed(Sample(T0, 0), Sample(T0 + 60 * S, 0))
    assert state.today(T0 + dt.timedelta(hours=8), BERLIN) == 60
    assert state.today(local(2026, 11, 24, 0), BERLIN) == 0


@pytest.mark.parametrize(
    ("since_prompt_s", "left"),
    [(0, dt.timedelta(minutes=30)), (25 * 60, dt.timedelta(minutes=5)), (30 * 60, dt.timedelta())],
)
def test_until_move_counts_down_to_zero(since_prompt_s: float, left: dt.timedelta) -> None:
    state = SittingState(since_prompt_s=since_prompt_s)
    assert sitting.until_move(state, dt.timedelta(minutes=30)) == left


def test_until_move_never_goes_below_zero() -> None:
    state = SittingState(since_prompt_s=3 * 3600)
    assert sitting.until_move(state, dt.timedelta(minutes=30)) == dt.timedelta()


def test_a_negative_idle_reading_after_a_suspend_does_not_end_the_break_in_the_future() -> None:
    woke = T0 + dt.timedelta(minutes=10)
    state, breaks = feed(Sample(T0, 0), Sample(woke, -5))
    assert breaks == [Break(T0, woke, BreakSource.NATURAL)]
    assert state.spell_start == woke
    assert state.counted_until == woke
