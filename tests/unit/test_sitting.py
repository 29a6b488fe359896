"""The sitting timer against a fake clock and a fake person (spells of input, locks, gaps)."""

import datetime as dt
from collections.abc import Sequence

import pytest

from spasm_desktop.core import sitting
from spasm_desktop.core.sitting import Break, BreakSource, Presence, Sample, SittingState
from tests.fakes import BERLIN, FakeActivity, local

BREAK = dt.timedelta(minutes=5)
MIN = dt.timedelta(minutes=1)
POLL = dt.timedelta(seconds=30)


def run(
    person: FakeActivity,
    start: dt.datetime,
    end: dt.datetime,
    step: dt.timedelta = POLL,
    state: SittingState | None = None,
    skip: Sequence[tuple[dt.datetime, dt.datetime]] = (),
) -> tuple[SittingState, list[Break]]:
    """Sample ``person`` every ``step`` from ``start`` to ``end`` (except inside ``skip``)."""
    state = state or SittingState()
    breaks: list[Break] = []
    at = start
    while at <= end:
        if not any(a <= at < b for a, b in skip):
            idle, locked = person.reading(at)
            state, new = sitting.update(state, Sample(at, idle, locked), BREAK, BERLIN)
            breaks += new
        at += step
    return state, breaks


def minutes(seconds: float) -> float:
    return round(seconds / 60, 1)


def test_continuous_work_counts_every_minute() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    person = FakeActivity().works(t0, t0 + 40 * MIN)
    state, breaks = run(person, t0, t0 + 40 * MIN)
    assert breaks == []
    assert minutes(state.sat_s) == 40
    assert minutes(state.since_prompt_s) == 40
    assert state.presence(BREAK) is Presence.AT_DESK


def test_short_absence_pauses_but_does_not_reset() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    person = FakeActivity().works(t0, t0 + 20 * MIN).works(t0 + 23 * MIN, t0 + 40 * MIN)
    state, breaks = run(person, t0, t0 + 40 * MIN)
    assert breaks == []
    # 3 minutes away are not sitting (within one sample's precision).
    assert 37 <= minutes(state.sat_s) <= 37.5
    assert state.spell_start == t0


def test_idle_under_a_minute_still_counts_as_sitting() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    person = (
        FakeActivity()
        .works(t0, t0 + 10 * MIN)
        .works(t0 + 10 * MIN + dt.timedelta(seconds=50), t0 + 20 * MIN)
    )
    state, _ = run(person, t0, t0 + 20 * MIN)
    assert minutes(state.sat_s) == 20


def test_long_absence_is_a_natural_break_and_resets_the_timer() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    person = FakeActivity().works(t0, t0 + 25 * MIN).works(t0 + 35 * MIN, t0 + 50 * MIN)
    state, breaks = run(person, t0, t0 + 31 * MIN)
    assert breaks == []
    assert state.presence(BREAK) is Presence.ON_BREAK
    assert state.sitting_s(BREAK) == 0
    state, breaks = run(person, t0 + 31 * MIN, t0 + 50 * MIN, state=state)
    assert len(breaks) == 1
    brk = breaks[0]
    assert brk.source is BreakSource.NATURAL
    assert brk.start == t0 + 25 * MIN  # the last input, known exactly
    assert t0 + 34 * MIN + POLL <= brk.end + POLL
    assert brk.end <= t0 + 35 * MIN
    assert 14.5 <= minutes(state.sat_s) <= 15.5
    assert state.spell_start == brk.end


def test_away_exactly_at_the_threshold_is_a_break_just_under_is_not() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    for away_min, is_break in ((4, False), (6, True)):
        person = FakeActivity().works(t0, t0 + 10 * MIN)
        person.works(t0 + (10 + away_min) * MIN, t0 + 30 * MIN)
        _, breaks = run(person, t0, t0 + 30 * MIN)
        assert bool(breaks) is is_break, away_min


def test_lock_counts_as_away_even_with_input_on_the_lock_screen() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    # Works, locks the screen at 20 min, and the cat walks on the keyboard while it is locked.
    person = FakeActivity().works(t0, t0 + 20 * MIN).works(t0 + 24 * MIN, t0 + 24 * MIN)
    person.locked(t0 + 20 * MIN, t0 + 28 * MIN).works(t0 + 28 * MIN, t0 + 40 * MIN)
    _, breaks = run(person, t0, t0 + 40 * MIN)
    assert len(breaks) == 1
    assert breaks[0].start == t0 + 20 * MIN
    assert breaks[0].end >= t0 + 27 * MIN


def test_short_lock_pauses() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    person = FakeActivity().works(t0, t0 + 40 * MIN).locked(t0 + 10 * MIN, t0 + 12 * MIN)
    state, breaks = run(person, t0, t0 + 40 * MIN)
    assert breaks == []
    assert 37.5 <= minutes(state.sat_s) <= 38.5


def test_suspend_is_away_time_even_though_the_idle_counter_did_not_grow() -> None:
    # Suspended 9:20-9:40: no samples; after resume the person types at once, so the idle
    # counter is small, but the gap itself is the break.
    t0 = local(2026, 11, 23, 9, 0)
    person = FakeActivity().works(t0, t0 + 20 * MIN).works(t0 + 40 * MIN, t0 + 60 * MIN)
    state, breaks = run(person, t0, t0 + 60 * MIN, skip=[(t0 + 20 * MIN + POLL, t0 + 40 * MIN)])
    assert len(breaks) == 1
    assert breaks[0].start == t0 + 20 * MIN
    assert breaks[0].end == t0 + 40 * MIN
    assert minutes(state.sat_s) == 20


def test_short_suspend_pauses() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    person = FakeActivity().works(t0, t0 + 60 * MIN)
    state, breaks = run(person, t0, t0 + 30 * MIN, skip=[(t0 + 10 * MIN + POLL, t0 + 13 * MIN)])
    assert breaks == []
    assert 27 <= minutes(state.sat_s) <= 27.5


def test_midnight_splits_today_but_not_the_spell() -> None:
    t0 = local(2026, 11, 23, 23, 40)
    person = FakeActivity().works(t0, t0 + 40 * MIN)
    state, _ = run(person, t0, t0 + 40 * MIN)
    now = t0 + 40 * MIN
    assert minutes(state.sat_s) == 40
    assert minutes(state.today(now, BERLIN)) == 20
    # The next evening, yesterday's count is not today's.
    assert state.today(now + dt.timedelta(days=1), BERLIN) == 0


def test_dst_night_counts_real_minutes() -> None:
    t0 = local(2026, 10, 25, 1, 40)  # clocks go back from 03:00 to 02:00 this night
    person = FakeActivity().works(t0, t0 + 120 * MIN)
    state, _ = run(person, t0, t0 + 120 * MIN)
    assert minutes(state.sat_s) == 120


def test_clock_jumping_back_keeps_totals_and_does_not_go_negative() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    person = FakeActivity().works(t0 - 60 * MIN, t0 + 60 * MIN)
    state, _ = run(person, t0, t0 + 20 * MIN)
    before = state.sat_s
    back = t0 + 5 * MIN  # the clock was set back 15 minutes
    state, breaks = sitting.update(state, Sample(back, 0, False), BREAK, BERLIN)
    assert breaks == []
    assert state.sat_s == before
    state, _ = run(person, back + POLL, back + 10 * MIN, state=state)
    assert minutes(state.sat_s) == pytest.approx(minutes(before) + 10, abs=0.1)


def test_moved_is_a_prompted_break_and_prompted_only_resets_the_reminder_count() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    person = FakeActivity().works(t0, t0 + 60 * MIN)
    state, _ = run(person, t0, t0 + 30 * MIN)
    assert sitting.until_move(state, 30 * MIN) == dt.timedelta(0)
    state = sitting.prompted(state)
    assert minutes(state.sat_s) == 30
    assert state.since_prompt_s == 0
    assert sitting.until_move(state, 30 * MIN) == 30 * MIN
    state, _ = run(person, t0 + 30 * MIN + POLL, t0 + 40 * MIN, state=state)
    state, breaks = sitting.moved(state, t0 + 40 * MIN, BERLIN)
    assert breaks == [sitting.Break(t0 + 40 * MIN, t0 + 40 * MIN, BreakSource.PROMPTED)]
    assert state.sat_s == 0
    assert state.since_prompt_s == 0
    assert minutes(state.today(t0 + 40 * MIN, BERLIN)) == 40


def test_first_sample_while_away_starts_away() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    state, _ = sitting.update(SittingState(), Sample(t0, 600, False), BREAK, BERLIN)
    assert state.presence(BREAK) is Presence.ON_BREAK
    state, _ = sitting.update(state, Sample(t0 + POLL, 0, False), BREAK, BERLIN)
    assert state.presence(BREAK) is Presence.AT_DESK


def test_presence_levels() -> None:
    t0 = local(2026, 11, 23, 9, 0)
    state, _ = sitting.update(SittingState(), Sample(t0, 0, False), BREAK, BERLIN)
    for idle, expected in ((5, Presence.AT_DESK), (45, Presence.IDLE), (90, Presence.AWAY)):
        probe, _ = sitting.update(state, Sample(t0 + POLL, idle, False), BREAK, BERLIN)
        assert probe.presence(BREAK) is expected, idle
