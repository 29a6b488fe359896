"""Stretch routines: the data format, its validation, the timeline and the player state machine.

Exercises and routines are JSON files (``resources/exercises``, ``resources/routines``, and the
person's own routines in the config folder); the format is described in
``resources/routines/README.md``. Parsing never raises: what cannot be used is reported as
:class:`RoutineProblem` (file, field, what was expected), and a broken file never affects others.

:class:`RoutinePlayer` runs a routine's timeline against a monotonic clock that the caller passes
in (seconds as floats). Each phase ends exactly ``duration`` after it started, however late the
caller looks, so there is no drift; a pause stops the clock exactly.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

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


# --- parsing ------------------------------------------------------------------------------------


class FieldReader:
    """Reads the fields of one JSON object, collecting problems instead of raising.

    Shared by every data file of the app (routines, relief content, the Learn page): each parser
    collects every problem (file, field, what was expected) and carries on. ``ok`` turns False at
    the first problem.
    """

    def __init__(
        self, raw: Mapping[str, Any], file: str, prefix: str, problems: list[RoutineProblem]
    ):
        self.raw = raw
        self.file = file
        self.prefix = prefix
        self.problems = problems
        self.ok = True

    def path(self, name: str) -> str:
        """Return the dotted path of field ``name`` (``steps[2].reps``)."""
        return f"{self.prefix}.{name}" if self.prefix else name

    def bad(self, name: str, code: ProblemCode, expected: str = "") -> None:
        """Report a problem with field ``name``."""
        self.ok = False
        self.problems.append(RoutineProblem(self.file, self.path(name), code, expected))

    def check_keys(self, known: Iterable[str]) -> None:
        """Report every key that is not one of ``known`` (a typo, usually)."""
        known = tuple(known)
        for key in self.raw:
            if key not in known:
                self.bad(str(key), ProblemCode.UNKNOWN_KEY, "one of " + ", ".join(known))

    def text(self, name: str, limit: int = MAX_TEXT, default: str | None = None) -> str:
        """Return a non-empty text of at most ``limit`` characters ("" after a problem)."""
        value = self.raw.get(name, default)
        if value is None:
            self.bad(name, ProblemCode.MISSING, "a text")
            return ""
        if not isinstance(value, str) or not value.strip():
            self.bad(name, ProblemCode.WRONG_TYPE, "a non-empty text")
            return ""
        if len(value) > limit:
            self.bad(name, ProblemCode.TOO_LONG, f"at most {limit} characters")
            return ""
        return value.strip()

    def flag(self, name: str) -> bool:
        """Return a true/false field (false when absent)."""
        value = self.raw.get(name, False)
        if not isinstance(value, bool):
            self.bad(name, ProblemCode.WRONG_TYPE, "true or false")
            return False
        return value


class _Fields(FieldReader):
    """The routine and exercise fields: ids, lists of texts, numbers, choices."""

    def identifier(self, name: str) -> str:
        value = self.raw.get(name)
        if value is None:
            self.bad(name, ProblemCode.MISSING, "an id like 'wall-calf'")
            return ""
        if not isinstance(value, str) or not ID_RE.match(value):
            self.bad(
                name,
                ProblemCode.BAD_ID,
                "lower-case letters, digits and '-', at most 40, like 'wall-calf'",
            )
            return ""
        return value

    def lines(self, name: str, required: bool = True) -> tuple[str, ...]:
        value = self.raw.get(name)
        if value is None and not required:
            return ()
        expected = f"a list of 1 to {MAX_LINES} texts"
        if value is None:
            self.bad(name, ProblemCode.MISSING, expected)
            return ()
        if (
            not isinstance(value, list)
            or not 1 <= len(value) <= MAX_LINES
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            self.bad(name, ProblemCode.WRONG_TYPE, expected)
            return ()
        if any(len(v) > MAX_TEXT for v in value):
            self.bad(name, ProblemCode.TOO_LONG, f"texts of at most {MAX_TEXT} characters")
            return ()
        return tuple(v.strip() for v in value)

    def number(self, name: str, default: int | None = None) -> int | None:
        low, high = BOUNDS[name]
        expected = f"a whole number from {low} to {high}"
        value = self.raw.get(name, default)
        if value is None:
            if default is None and name in self.raw:
                self.bad(name, ProblemCode.WRONG_TYPE, expected)
            return None
        if not isinstance(value, int) or isinstance(value, bool):
            self.bad(name, ProblemCode.WRONG_TYPE, expected)
            return None
        if not low <= value <= high:
            self.bad(name, ProblemCode.OUT_OF_RANGE, expected)
            return None
        return value

    def required_number(self, name: str) -> int:
        if name not in self.raw:
            low, high = BOUNDS[name]
            self.bad(name, ProblemCode.MISSING, f"a whole number from {low} to {high}")
            return BOUNDS[name][0]
        value = self.number(name)
        return BOUNDS[name][0] if value is None else value

    def choice(self, name: str, enum_type: type[enum.Enum], default: Any = None) -> Any:
        value = self.raw.get(name)
        allowed = ", ".join(repr(e.value) for e in enum_type)
        if value is None:
            if default is None:
                self.bad(name, ProblemCode.MISSING, f"one of {allowed}")
            return default
        try:
            return enum_type(value)
        except (ValueError, TypeError):
            self.bad(name, ProblemCode.UNKNOWN_VALUE, f"one of {allowed}")
            return default


def _check_format(raw: Mapping[str, Any], file: str, problems: list[RoutineProblem]) -> bool:
    version = raw.get("format")
    if version is None:
        problems.append(RoutineProblem(file, "format", ProblemCode.MISSING, f"{FORMAT}"))
        return False
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(RoutineProblem(file, "format", ProblemCode.WRONG_TYPE, f"{FORMAT}"))
        return False
    if version > FORMAT:
        problems.append(RoutineProblem(file, "format", ProblemCode.NEWER_FORMAT, f"{FORMAT}"))
        return False
    return True


EXERCISE_KEYS = (
    *("format", "id", "name", "muscles", "position", "style", "steps", "hold_cue"),
    *("relax_cue", "cautions", "illustration", "hold_s", "relax_s", "reps", "sides", "source"),
    *("limb", "seated_alternative"),
)
ROUTINE_KEYS = (
    *("format", "id", "name", "purpose", "description", "prepare_s", "switch_s"),
    *("seated_variant", "sleep_tips", "fixed_holds", "steps"),
)
STEP_KEYS = ("exercise", "hold_s", "relax_s", "reps", "sides")


def parse_exercise(raw: Any, file: str) -> tuple[Exercise | None, list[RoutineProblem]]:
    """Build an exercise from a parsed file, or report why not."""
    problems: list[RoutineProblem] = []
    if not isinstance(raw, dict):
        return None, [RoutineProblem(file, "", ProblemCode.NOT_AN_OBJECT)]
    if not _check_format(raw, file, problems):
        return None, problems
    f = _Fields(raw, file, "", problems)
    f.check_keys(EXERCISE_KEYS)
    exercise = Exercise(
        id=f.identifier("id"),
        name=f.text("name", MAX_NAME),
        muscles=f.lines("muscles"),
        position=f.choice("position", Position),
        style=f.choice("style", Style, Style.STRETCH),
        steps=f.lines("steps"),
        hold_cue=f.text("hold_cue"),
        relax_cue=f.text("relax_cue"),
        cautions=f.lines("cautions", required=False),
        illustration=f.identifier("illustration"),
        hold_s=f.required_number("hold_s"),
        relax_s=f.required_number("relax_s"),
        reps=f.required_number("reps"),
        sides=f.choice("sides", Sides),
        source=f.text("source") if "source" in raw else "",
        limb=f.choice("limb", Limb, Limb.SIDE),
        seated_alternative=f.identifier("seated_alternative")
        if "seated_alternative" in raw
        else "",
    )
    return (exercise if f.ok else None), problems


def parse_routine(
    raw: Any, file: str, exercises: Mapping[str, Exercise], builtin: bool = False
) -> tuple[Routine | None, list[RoutineProblem]]:
    """Build a routine from a parsed file (its steps must name known exercises)."""
    problems: list[RoutineProblem] = []
    if not isinstance(raw, dict):
        return None, [RoutineProblem(file, "", ProblemCode.NOT_AN_OBJECT)]
    if not _check_format(raw, file, problems):
        return None, problems
    f = _Fields(raw, file, "", problems)
    f.check_keys(ROUTINE_KEYS)
    steps_raw = raw.get("steps")
    steps: list[RoutineStep] = []
    if not isinstance(steps_raw, list) or not 1 <= len(steps_raw) <= MAX_STEPS:
        f.bad("steps", ProblemCode.WRONG_TYPE, f"a list of 1 to {MAX_STEPS} steps")
    else:
        for index, item in enumerate(steps_raw):
            step = _parse_step(item, file, f"steps[{index}]", exercises, problems)
            if step is None:
                f.ok = False
            else:
                steps.append(step)
    variant = raw.get("seated_variant")
    if variant is not None and (not isinstance(variant, str) or not ID_RE.match(variant)):
        f.bad("seated_variant", ProblemCode.BAD_ID, "the id of another routine")
        variant = None
    routine = Routine(
        id=f.identifier("id"),
        name=f.text("name", MAX_NAME),
        purpose=f.choice("purpose", Purpose, Purpose.OTHER),
        steps=tuple(steps),
        description=f.text("description") if "description" in raw else "",
        prepare_s=f.number("prepare_s", 5) or 0,
        switch_s=f.number("switch_s", 5) or 0,
        seated_variant=variant,
        sleep_tips=f.flag("sleep_tips"),
        fixed_holds=f.flag("fixed_holds"),
        builtin=builtin,
    )
    return (routine if f.ok else None), problems


def _parse_step(
    raw: Any,
    file: str,
    prefix: str,
    exercises: Mapping[str, Exercise],
    problems: list[RoutineProblem],
) -> RoutineStep | None:
    if isinstance(raw, str):
        raw = {"exercise": raw}
    if not isinstance(raw, dict):
        problems.append(
            RoutineProblem(file, prefix, ProblemCode.WRONG_TYPE, "an exercise id or an object")
        )
        return None
    f = _Fields(raw, file, prefix, problems)
    f.check_keys(STEP_KEYS)
    name = f.identifier("exercise")
    if name and name not in exercises:
        known = ", ".join(sorted(exercises)) or "none"
        f.bad("exercise", ProblemCode.UNKNOWN_EXERCISE, f"one of {known}")
    step = RoutineStep(
        exercise=name,
        hold_s=f.number("hold_s"),
        relax_s=f.number("relax_s"),
        reps=f.number("reps"),
        sides=f.choice("sides", Sides, None) if "sides" in raw else None,
    )
    return step if f.ok else None


def routine_to_dict(routine: Routine) -> dict[str, Any]:
    """Return the file form of a routine (the editor saves this)."""
    steps: list[dict[str, Any]] = []
    for step in routine.steps:
        item: dict[str, Any] = {"exercise": step.exercise}
        for name in ("hold_s", "relax_s", "reps"):
            if getattr(step, name) is not None:
                item[name] = getattr(step, name)
        if step.sides is not None:
            item["sides"] = step.sides.value
        steps.append(item)
    data: dict[str, Any] = {
        "format": FORMAT,
        "id": routine.id,
        "name": routine.name,
        "purpose": routine.purpose.value,
    }
    if routine.description:
        data["description"] = routine.description
    data.update(prepare_s=routine.prepare_s, switch_s=routine.switch_s)
    if routine.seated_variant:
        data["seated_variant"] = routine.seated_variant
    if routine.sleep_tips:
        data["sleep_tips"] = True
    if routine.fixed_holds:
        data["fixed_holds"] = True
    data["steps"] = steps
    return data


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
