"""What the stretch player's "Next:" line names: the end, the next exercise, the next phase of
this one, or the side it switches to. Pure.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence

from spasm_desktop.core.routine import Phase, PhaseKind, Side


class Upcoming(enum.Enum):
    """What comes after the phase shown."""

    #: Nothing: the routine ends ("Next: the end of the routine").
    END = "end"
    #: Another exercise, named ("Next: Calf stretch").
    EXERCISE = "exercise"
    #: A phase of the same exercise ("Next: Relax").
    PHASE = "phase"
    #: The switch to the other side, named by the side ("Next: Right leg").
    SIDE = "side"


def upcoming(phases: Sequence[Phase], index: int, over: bool) -> tuple[Upcoming, Phase | None]:
    """What comes after ``phases[index]`` (None when the routine ends), ``over``: it has ended."""
    if over or index + 1 >= len(phases):
        return Upcoming.END, None
    after = phases[index + 1]
    if after.step != phases[index].step:
        return Upcoming.EXERCISE, after
    if after.kind is PhaseKind.SWITCH and after.side is not Side.NONE:
        return Upcoming.SIDE, after
    return Upcoming.PHASE, after
