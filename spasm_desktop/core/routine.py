"""Stretch routines: what exercises and routines are, their timeline and the player state machine.

Exercises and routines are JSON files (``resources/exercises``, ``resources/routines``, and the
person's own routines in the config folder); the format is described in
``resources/routines/README.md`` and read and written by :mod:`routine_format`. What cannot be
used is reported as :class:`RoutineProblem` (file, field, what was expected).

:class:`RoutinePlayer` runs a routine's timeline against a monotonic clock that the caller passes
in (seconds as floats). Each phase ends exactly ``duration`` after it started, however late the
caller looks, so there is no drift; a pause stops the clock exactly.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Mapping, Sequence

FORMAT = 1
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
MAX_TEXT = 400
MAX_NAME = 80
MAX_STEPS = 50
MAX_LINES = 12
#: (low, high) for each number in the format.
BOUNDS: dict[str, tuple[int, int]] = {
    "hold_s": (1, 300),
    "relax_s": (0, 120),
    "reps": (1, 20),
    "prepare_s": (0, 60),
    "switch_s": (0, 60),
}


class Sides(enum.Enum):
    """Which sides an exercise is done on."""

    BOTH = "both"  # left, then right
    LEFT = "left"
    RIGHT = "right"
    NONE = "none"  # not one-sided


class Side(enum.Enum):
    """The side of the current phase."""

    LEFT = "left"
    RIGHT = "right"
    NONE = "none"


class Limb(enum.Enum):
    """What the sides of a one-sided exercise are called ("your left leg")."""

    LEG = "leg"
    FOOT = "foot"
    HAND = "hand"
    SIDE = "side"


class Style(enum.Enum):
    """A held stretch, or a movement done for the time given (ankle pumps, calf raises)."""

    STRETCH = "stretch"
    MOVEMENT = "movement"


class Position(enum.Enum):
    """The body position of an exercise."""

    STANDING = "standing"
    SEATED = "seated"
    LYING = "lying"
    KNEELING = "kneeling"


class Purpose(enum.Enum):
    """What a routine is for (which reminder opens it)."""

    BEDTIME = "bedtime"
    DESK = "desk"
    RELIEF = "relief"
    OTHER = "other"


@dataclasses.dataclass(frozen=True)
class Exercise:
    """One exercise of the library."""

    id: str
    name: str
    muscles: tuple[str, ...]
    position: Position
    style: Style
    steps: tuple[str, ...]
    hold_cue: str
    relax_cue: str
    cautions: tuple[str, ...]
    illustration: str
    hold_s: int
    relax_s: int
    reps: int
    sides: Sides
    source: str = ""
    limb: Limb = Limb.SIDE
    #: An exercise for the same muscles done sitting or lying, for a standing one (CONTENT.md
    #: §7a: a seated version of every standing stretch); "" when there is none.
    seated_alternative: str = ""


@dataclasses.dataclass(frozen=True)
class RoutineStep:
    """An exercise in a routine, with optional overrides of its timing."""

    exercise: str
    hold_s: int | None = None
    relax_s: int | None = None
    reps: int | None = None
    sides: Sides | None = None


@dataclasses.dataclass(frozen=True)
class Routine:
    """An ordered list of exercises."""

    id: str
    name: str
    purpose: Purpose
    steps: tuple[RoutineStep, ...]
    description: str = ""
    prepare_s: int = 5
    switch_s: int = 5
    seated_variant: str | None = None
    sleep_tips: bool = False
    #: The holds are a studied dose (the bedtime routine's 10 s, CONTENT.md §1.2): the person's
    #: hold-length setting does not lengthen them.
    fixed_holds: bool = False
    builtin: bool = False


class ProblemCode(enum.Enum):
    """What was wrong with a value."""

    NOT_JSON = "not_json"
    NOT_AN_OBJECT = "not_an_object"
    MISSING = "missing"
    WRONG_TYPE = "wrong_type"
    OUT_OF_RANGE = "out_of_range"
    BAD_ID = "bad_id"
    TOO_LONG = "too_long"
    UNKNOWN_VALUE = "unknown_value"
    UNKNOWN_KEY = "unknown_key"
    UNKNOWN_EXERCISE = "unknown_exercise"
    DUPLICATE_ID = "duplicate_id"
    NEWER_FORMAT = "newer_format"
    UNREADABLE = "unreadable"


@dataclasses.dataclass(frozen=True)
class RoutineProblem:
    """One thing wrong in a file: where, and what was expected instead."""

    file: str
    field: str
    code: ProblemCode
    expected: str = ""

    def describe(self) -> str:
        """Return an English line such as ``my.json: steps[2].reps: expected a whole number``."""
        where = f"{self.file}: {self.field}" if self.field else self.file
        what = {
            ProblemCode.NOT_JSON: "this is not valid JSON",
            ProblemCode.NOT_AN_OBJECT: "expected a JSON object",
            ProblemCode.MISSING: "missing",
            ProblemCode.WRONG_TYPE: "wrong type",
            ProblemCode.OUT_OF_RANGE: "out of range",
            ProblemCode.BAD_ID: "not a valid id",
            ProblemCode.TOO_LONG: "too long",
            ProblemCode.UNKNOWN_VALUE: "unknown value",
            ProblemCode.UNKNOWN_KEY: "unknown key (typo?)",
            ProblemCode.UNKNOWN_EXERCISE: "no such exercise",
            ProblemCode.DUPLICATE_ID: "this id is already taken",
            ProblemCode.NEWER_FORMAT: "made for a newer version of Spasm Desktop",
            ProblemCode.UNREADABLE: "could not be read",
        }[self.code]
        return f"{where}: {what}" + (f"; expected {self.expected}" if self.expected else "")


# --- the timeline ------------------------------------------------------------------------------


class PhaseKind(enum.Enum):
    """What the person does in a phase."""

    PREPARE = "prepare"  # get into position
    HOLD = "hold"  # hold the stretch
    MOVE = "move"  # keep moving (movement exercises)
    RELAX = "relax"  # release between repetitions
    SWITCH = "switch"  # change to the other side


@dataclasses.dataclass(frozen=True)
class Phase:
    """One timed phase of a routine."""

    kind: PhaseKind
    step: int  # index into the routine's steps
    exercise: Exercise
    side: Side
    rep: int  # 1-based repetition (0 for prepare and switch)
    reps: int
    duration_s: float


def effective_timing(
    exercise: Exercise, step: RoutineStep, hold_pref_s: int = 0
) -> tuple[int, int, int, Sides]:
    """Return (hold, relax, reps, sides) of a step, with the person's hold length applied.

    The hold-length preference lengthens every held stretch to at least that many seconds
    (older adults may prefer longer holds); movements keep their time.
    """
    hold = step.hold_s if step.hold_s is not None else exercise.hold_s
    if exercise.style is Style.STRETCH and hold_pref_s:
        hold = max(hold, hold_pref_s)
    relax = step.relax_s if step.relax_s is not None else exercise.relax_s
    reps = step.reps if step.reps is not None else exercise.reps
    sides = step.sides if step.sides is not None else exercise.sides
    return hold, relax, reps, sides


_SIDES = {
    Sides.BOTH: (Side.LEFT, Side.RIGHT),
    Sides.LEFT: (Side.LEFT,),
    Sides.RIGHT: (Side.RIGHT,),
    Sides.NONE: (Side.NONE,),
}


def timeline(
    routine: Routine, exercises: Mapping[str, Exercise], hold_pref_s: int = 0
) -> list[Phase]:
    """Return every phase of ``routine`` in order.

    Each exercise starts with a "get ready" phase and each further side with "switch sides";
    repetitions are separated by "relax" (none after the last one). ``hold_pref_s`` (the
    person's hold length) does not apply to a routine with ``fixed_holds``.
    """
    if routine.fixed_holds:
        hold_pref_s = 0
    phases: list[Phase] = []
    for index, step in enumerate(routine.steps):
        exercise = exercises[step.exercise]
        hold, relax, reps, sides = effective_timing(exercise, step, hold_pref_s)
        active = PhaseKind.HOLD if exercise.style is Style.STRETCH else PhaseKind.MOVE
        for number, side in enumerate(_SIDES[sides]):
            lead = PhaseKind.PREPARE if number == 0 else PhaseKind.SWITCH
            lead_s = routine.prepare_s if number == 0 else routine.switch_s
            if lead_s:
                phases.append(Phase(lead, index, exercise, side, 0, reps, lead_s))
            for rep in range(1, reps + 1):
                phases.append(Phase(active, index, exercise, side, rep, reps, hold))
                if rep < reps and relax:
                    phases.append(Phase(PhaseKind.RELAX, index, exercise, side, rep, reps, relax))
    return phases


def total_seconds(phases: Sequence[Phase]) -> float:
    """Return the length of a timeline."""
    return sum(p.duration_s for p in phases)


def length_s(routine: Routine, exercises: Mapping[str, Exercise], hold_pref_s: int = 0) -> int:
    """Return how long ``routine`` takes, in whole seconds (the one figure every text shows)."""
    return round(total_seconds(timeline(routine, exercises, hold_pref_s)))


def menu_minutes(seconds: int) -> int:
    """A routine's length in whole minutes, as menus show it: rounded, and never "0 min"."""
    return max(1, (max(0, seconds) + 30) // 60)


def has_standing_step(routine: Routine, exercises: Mapping[str, Exercise]) -> bool:
    """Return whether any step of ``routine`` is done standing."""
    return any(
        step.exercise in exercises and exercises[step.exercise].position is Position.STANDING
        for step in routine.steps
    )


def needs_intro(first_run_done: bool, pregnant: bool) -> bool:
    """Return whether the player opens with its "before you start" screen.

    On the player's first run ever, and every time for a pregnant person (CONTENT.md §7a:
    the cautions show where the person acts, not only at setup).
    """
    return pregnant or not first_run_done


def for_person(routine_id: str, routines: Mapping[str, Routine], balance: bool) -> str:
    """Return the routine a reminder should open for the person.

    With balance problems (``balance``), a routine with a seated variant that exists opens as
    that variant (CONTENT.md §7a: default to the seated versions). Otherwise ``routine_id``.
    """
    routine = routines.get(routine_id)
    variant = routine.seated_variant if routine is not None else None
    if balance and variant is not None and variant in routines:
        return variant
    return routine_id


# --- the player ---------------------------------------------------------------------------------


class PlayerEvent(enum.Enum):
    """What changed in :meth:`RoutinePlayer.update` and the controls."""

    PHASE = "phase"  # a new phase began
    FINISHED = "finished"  # the last phase ended
    STOPPED = "stopped"  # stopped by the person


class RoutinePlayer:
    """Runs a timeline against a monotonic clock passed in by the caller.

    ``elapsed`` is routine time: it only runs while playing. Phase ``i`` ends exactly
    ``phase_start + duration`` of routine time, so looking late never shifts later phases.
    """

    def __init__(self, phases: Sequence[Phase]) -> None:
        if not phases:
            raise ValueError("a routine needs at least one phase")
        self.phases = list(phases)
        self.index = 0
        self.phase_start = 0.0  # routine time at which the current phase began
        self._elapsed_before = 0.0  # routine time before the current run
        self._running_since: float | None = None
        self.started = False
        self.finished = False
        self.stopped = False
        #: Indexes of phases the person skipped with "next".
        self.skipped: list[int] = []

    # --- time -----------------------------------------------------------------------------

    def elapsed(self, now: float) -> float:
        """Return the routine time at ``now`` (monotonic seconds)."""
        if self._running_since is None:
            return self._elapsed_before
        return self._elapsed_before + (now - self._running_since)

    @property
    def running(self) -> bool:
        """Whether the clock runs (started, not paused, not over)."""
        return self._running_since is not None

    @property
    def over(self) -> bool:
        """Whether it finished or was stopped."""
        return self.finished or self.stopped

    @property
    def phase(self) -> Phase:
        """The current phase."""
        return self.phases[self.index]

    def _locate(self, now: float) -> tuple[int, float]:
        """Return the phase index and its start that ``now`` falls in (without moving on)."""
        index, start, elapsed = self.index, self.phase_start, self.elapsed(now)
        while index < len(self.phases) - 1 and elapsed >= start + self.phases[index].duration_s:
            start += self.phases[index].duration_s
            index += 1
        return index, start

    def phase_remaining(self, now: float) -> float:
        """Return the seconds left in the phase that ``now`` falls in."""
        if self.finished:
            return 0.0
        index, start = self._locate(now)
        return max(0.0, start + self.phases[index].duration_s - self.elapsed(now))

    def remaining(self, now: float) -> float:
        """Return the seconds left in the whole routine."""
        if self.finished:
            return 0.0
        index, _start = self._locate(now)
        later = sum(p.duration_s for p in self.phases[index + 1 :])
        return self.phase_remaining(now) + later

    def total(self) -> float:
        """Return the length of the routine."""
        return total_seconds(self.phases)

    def progress(self, now: float) -> float:
        """Return how much of the routine is done, 0..1 (by time)."""
        total = self.total()
        return 1.0 if total <= 0 else min(1.0, max(0.0, 1 - self.remaining(now) / total))

    # --- controls ---------------------------------------------------------------------------

    def start(self, now: float) -> list[PlayerEvent]:
        """Start playing from the first phase."""
        if self.started:
            return []
        self.started = True
        self._running_since = now
        return [PlayerEvent.PHASE]

    def pause(self, now: float) -> None:
        """Stop the clock (exactly at ``now``)."""
        if self._running_since is not None:
            self._elapsed_before = self.elapsed(now)
            self._running_since = None

    def resume(self, now: float) -> None:
        """Start the clock again."""
        if self.started and not self.over and self._running_since is None:
            self._running_since = now

    def toggle(self, now: float) -> None:
        """Pause, or resume."""
        if self.running:
            self.pause(now)
        else:
            self.resume(now)

    def update(self, now: float) -> list[PlayerEvent]:
        """Move on to the phase that ``now`` falls in; return what happened."""
        if not self.running:
            return []
        events: list[PlayerEvent] = []
        elapsed = self.elapsed(now)
        while elapsed >= self.phase_start + self.phase.duration_s:
            if self.index == len(self.phases) - 1:
                self._finish(self.phase_start + self.phase.duration_s)
                events.append(PlayerEvent.FINISHED)
                break
            self.phase_start += self.phase.duration_s
            self.index += 1
            events.append(PlayerEvent.PHASE)
        return events

    def _finish(self, at_elapsed: float) -> None:
        self.finished = True
        self._elapsed_before = at_elapsed
        self._running_since = None

    def _jump(self, index: int, now: float) -> None:
        self.index = index
        self.phase_start = self.elapsed(now)

    def next(self, now: float) -> list[PlayerEvent]:
        """Skip the rest of the current phase."""
        if not self.started or self.over:
            return []
        if PlayerEvent.FINISHED in self.update(now):
            return [PlayerEvent.FINISHED]
        self.skipped.append(self.index)
        if self.index == len(self.phases) - 1:
            self._finish(self.elapsed(now))
            return [PlayerEvent.FINISHED]
        self._jump(self.index + 1, now)
        return [PlayerEvent.PHASE]

    def back(self, now: float) -> list[PlayerEvent]:
        """Go back: to the start of this phase, or (early in it) to the previous one."""
        if not self.started or self.over:
            return []
        self.update(now)
        into = self.elapsed(now) - self.phase_start
        target = self.index - 1 if into < 2.0 and self.index > 0 else self.index
        self._jump(target, now)
        return [PlayerEvent.PHASE]

    def repeat(self, now: float) -> list[PlayerEvent]:
        """Do the current exercise (on this side) again from its first phase."""
        if not self.started or self.over:
            return []
        self.update(now)
        current = self.phase
        start = self.index
        while start > 0:
            before = self.phases[start - 1]
            if before.step != current.step or before.side is not current.side:
                break
            start -= 1
        self._jump(start, now)
        return [PlayerEvent.PHASE]

    def stop(self, now: float) -> list[PlayerEvent]:
        """Stop for good (the person pressed Stop or closed the window)."""
        if self.over:
            return []
        if PlayerEvent.FINISHED in self.update(now):
            return []
        self.pause(now)
        self.stopped = True
        return [PlayerEvent.STOPPED]
