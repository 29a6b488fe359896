"""Tests for what the stretch player's "Next:" line names, on the shipped bedtime routine."""

from __future__ import annotations

import dataclasses

import pytest

from spasm_desktop.core import player_next
from spasm_desktop.core import routine as rt
from spasm_desktop.core.player_next import Upcoming
from spasm_desktop.core.routine import PhaseKind, Side
from spasm_desktop.storage import routines as store

LIBRARY = store.load_library(None)
# Calf stretch (left, switch, right), then hamstring stretch: 24 phases.
PHASES = rt.timeline(LIBRARY.routines["bedtime-core"], LIBRARY.exercises, 0)
SWITCH = next(i for i, p in enumerate(PHASES) if p.kind is PhaseKind.SWITCH)
SECOND = next(i for i, p in enumerate(PHASES) if p.step == 1)


def test_the_timeline_has_the_shape_these_tests_use() -> None:
    assert PHASES[SWITCH - 1].kind is PhaseKind.HOLD
    assert PHASES[SWITCH].side is Side.RIGHT
    assert PHASES[SECOND - 1].step == 0


@pytest.mark.parametrize(
    ("index", "coming"),
    [
        (0, Upcoming.PHASE),  # getting ready, then the first hold of the same stretch
        (1, Upcoming.PHASE),  # a hold, then relax
        (SWITCH - 1, Upcoming.SIDE),  # the last hold on the left: "Next: Right leg"
        (SWITCH, Upcoming.PHASE),  # the switch itself, then the first hold on the right
        (SECOND - 1, Upcoming.EXERCISE),  # the last hold of the calf stretch: the next stretch
        (len(PHASES) - 1, Upcoming.END),  # the last phase of the routine
    ],
)
def test_next_names_the_phase_the_side_the_exercise_or_the_end(
    index: int, coming: Upcoming
) -> None:
    kind, phase = player_next.upcoming(PHASES, index, over=False)
    assert kind is coming
    if coming is Upcoming.END:
        assert phase is None
    else:
        assert phase is PHASES[index + 1]


def test_a_routine_that_is_over_says_the_end_wherever_it_stopped() -> None:
    assert player_next.upcoming(PHASES, 3, over=True) == (Upcoming.END, None)


def test_a_switch_without_a_side_is_named_as_a_phase() -> None:
    phases = list(PHASES)
    phases[SWITCH] = dataclasses.replace(phases[SWITCH], side=Side.NONE)
    assert player_next.upcoming(phases, SWITCH - 1, over=False)[0] is Upcoming.PHASE


def test_a_routine_of_one_phase_ends_next() -> None:
    assert player_next.upcoming(PHASES[:1], 0, over=False) == (Upcoming.END, None)
