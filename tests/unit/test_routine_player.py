"""The routine player's state machine against a fake monotonic clock (seconds as floats)."""

import random

import pytest

from spasm_desktop.core import routine as rt
from spasm_desktop.core.routine import PhaseKind, PlayerEvent, RoutinePlayer, Side
from spasm_desktop.storage import routines as store

LIBRARY = store.load_library(None)
T0 = 1000.0


def player(name: str = "bedtime-core", hold_pref_s: int = 0) -> RoutinePlayer:
    phases = rt.timeline(LIBRARY.routines[name], LIBRARY.exercises, hold_pref_s)
    return RoutinePlayer(phases)


def walk(p: RoutinePlayer, until: float, step: float = 0.1) -> list[tuple[PhaseKind, Side, int]]:
    """Look at the player every ``step`` seconds until ``until``; return the phase kinds seen."""
    seen = [(p.phase.kind, p.phase.side, p.phase.rep)]
    now = T0
    while now < until:
        now += step
        for event in p.update(now):
            if event is PlayerEvent.PHASE:
                seen.append((p.phase.kind, p.phase.side, p.phase.rep))
    return seen


def kind(p: RoutinePlayer) -> PhaseKind:
    """The kind of ``p``'s phase, read afresh.

    mypy keeps what an earlier ``assert p.phase.kind is ...`` narrowed past the call that moves
    the player on, and would take the next check of the kind for unreachable.
    """
    return p.phase.kind


def finished(p: RoutinePlayer) -> bool:
    """Whether ``p`` has finished, read afresh (as :func:`kind`, for ``assert not p.finished``)."""
    return p.finished


def test_every_phase_and_side_in_order() -> None:
    p = player()
    assert p.start(T0) == [PlayerEvent.PHASE]
    seen = walk(p, T0 + p.total() - 0.05)
    kinds = [k for k, _s, _r in seen]
    assert kinds.count(PhaseKind.PREPARE) == 2
    assert kinds.count(PhaseKind.SWITCH) == 2
    assert kinds.count(PhaseKind.HOLD) == 12
    assert kinds.count(PhaseKind.RELAX) == 8
    assert [s for k, s, _r in seen if k is PhaseKind.SWITCH] == [Side.RIGHT, Side.RIGHT]
    assert [r for k, _s, r in seen if k is PhaseKind.HOLD][:3] == [1, 2, 3]
    assert not p.finished
    assert p.update(T0 + p.total()) == [PlayerEvent.FINISHED]
    assert finished(p)
    assert p.remaining(T0 + p.total() + 5) == 0
    assert p.update(T0 + p.total() + 1) == []


def test_no_drift_over_a_twelve_minute_routine_with_late_irregular_looks() -> None:
    p = player("bedtime-extended")
    total = p.total()
    assert 11 * 60 <= total <= 14 * 60
    p.start(T0)
    rng = random.Random(7)
    now = T0
    finished_at = None
    while finished_at is None:
        now += rng.uniform(0.01, 1.7)  # a busy event loop, sometimes very late
        if PlayerEvent.FINISHED in p.update(now):
            finished_at = p.elapsed(now)
    # The routine's own clock ends exactly at the sum of the phases.
    assert finished_at == pytest.approx(total, abs=1e-9)


def test_pause_and_resume_are_exact() -> None:
    p = player()
    p.start(T0)
    p.update(T0 + 7.25)
    assert p.phase.kind is PhaseKind.HOLD  # 5 s get ready, then the first hold
    p.pause(T0 + 7.25)
    assert not p.running
    assert p.phase_remaining(T0 + 500) == pytest.approx(7.75)
    assert p.update(T0 + 500) == []
    p.resume(T0 + 600)
    assert p.phase_remaining(T0 + 600) == pytest.approx(7.75)
    assert p.update(T0 + 607.74) == []
    assert p.update(T0 + 607.76) == [PlayerEvent.PHASE]
    assert kind(p) is PhaseKind.RELAX
    p.toggle(T0 + 608)
    p.toggle(T0 + 700)
    assert p.elapsed(T0 + 700) == pytest.approx(15.25)


def test_next_skips_and_is_recorded_back_returns() -> None:
    p = player()
    p.start(T0)
    assert p.next(T0 + 1) == [PlayerEvent.PHASE]
    assert p.index == 1
    assert p.skipped == [0]
    assert p.phase_remaining(T0 + 1) == pytest.approx(10)  # the hold starts fresh, in full
    p.update(T0 + 4)
    assert p.back(T0 + 4) == [PlayerEvent.PHASE]  # 3 s in: back to the start of this hold
    assert p.index == 1
    assert p.phase_remaining(T0 + 4) == pytest.approx(10)
    assert p.back(T0 + 5) == [PlayerEvent.PHASE]  # early in it: the phase before
    assert p.index == 0
    assert p.back(T0 + 5.5) == [PlayerEvent.PHASE]  # nothing before the first phase
    assert p.index == 0
    assert p.phase_remaining(T0 + 5.5) == pytest.approx(5)


def test_next_on_the_last_phase_finishes() -> None:
    p = player("desk-break")
    p.start(T0)
    for step in range(len(p.phases) - 1):
        p.next(T0 + step + 1)
    assert p.index == len(p.phases) - 1
    assert p.next(T0 + len(p.phases)) == [PlayerEvent.FINISHED]
    assert p.finished
    assert p.next(T0 + 101) == []
    assert p.back(T0 + 101) == []
    assert len(p.skipped) == len(p.phases)


def test_repeat_starts_this_exercise_side_again() -> None:
    p = player()
    p.start(T0)
    p.update(T0 + 50)  # left calf, third hold
    assert (p.phase.exercise.id, p.phase.side, p.phase.rep) == ("wall-calf", Side.LEFT, 3)
    p.repeat(T0 + 50)
    assert p.index == 0
    assert p.phase.kind is PhaseKind.PREPARE
    p.update(T0 + 112)  # into the right side
    assert p.phase.side is Side.RIGHT
    p.repeat(T0 + 112)
    assert kind(p) is PhaseKind.SWITCH
    assert p.phase.side is Side.RIGHT


def test_stop() -> None:
    p = player()
    p.start(T0)
    p.update(T0 + 30)
    assert p.stop(T0 + 30) == [PlayerEvent.STOPPED]
    assert p.stopped
    assert p.over
    assert not p.running
    assert p.update(T0 + 40) == []
    assert p.stop(T0 + 50) == []
    p.resume(T0 + 60)
    assert not p.running


def test_stop_after_the_end_is_a_finish_not_a_stop() -> None:
    p = player("desk-break")
    p.start(T0)
    assert p.stop(T0 + p.total() + 1) == []
    assert p.finished
    assert not p.stopped


def test_controls_before_start_do_nothing() -> None:
    p = player()
    assert p.next(T0) == []
    assert p.back(T0) == []
    assert p.repeat(T0) == []
    assert p.update(T0) == []
    p.resume(T0)
    assert not p.running
    assert p.progress(T0) == 0
    p.start(T0)
    assert p.start(T0 + 1) == []
    assert p.progress(T0 + p.total() / 2) == pytest.approx(0.5)


def test_an_empty_timeline_is_refused() -> None:
    with pytest.raises(ValueError, match="a routine needs at least one phase"):
        RoutinePlayer([])
