"""The file format of exercises and routines: reading it with every problem collected, and
writing it back (the routine editor saves what :func:`routine_to_dict` gives).

Parsing never raises: what cannot be used is reported as
:class:`~spasm_desktop.core.routine.RoutineProblem` (file, field, what was expected), and a broken
file never affects others. :class:`FieldReader` is shared by every data file of the app.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from spasm_desktop.core.routine import (
    BOUNDS,
    FORMAT,
    ID_RE,
    MAX_LINES,
    MAX_NAME,
    MAX_STEPS,
    MAX_TEXT,
    Exercise,
    Limb,
    Position,
    ProblemCode,
    Purpose,
    Routine,
    RoutineProblem,
    RoutineStep,
    Sides,
    Style,
)


class FieldReader:
    """Reads the fields of one JSON object, collecting problems instead of raising.

    Shared by every data file of the app (routines, relief content, the Learn page): each parser
    collects every problem (file, field, what was expected) and carries on. ``ok`` turns False at
    the first problem.
    """

    def __init__(
        self, raw: Mapping[str, Any], file: str, prefix: str, problems: list[RoutineProblem]
    ) -> None:
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


#: The longest id the format allows (see :data:`~spasm_desktop.core.routine.ID_RE`).
MAX_ID = 40
#: The id of a routine whose name gives no letters or digits to build one from.
FALLBACK_ID = "my-routine"


def id_from_name(name: str, taken: Callable[[str], bool]) -> str:
    """Derive a routine id from ``name`` that ``taken`` does not refuse.

    Accents are dropped and everything but letters and digits becomes "-" ("Calves & back" ->
    "calves-back"); a taken id gets "-2", "-3" and so on, shortening the name part to fit.
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:MAX_ID].strip("-")
    base = base or FALLBACK_ID
    candidate, number = base, 1
    while taken(candidate):
        number += 1
        suffix = f"-{number}"
        candidate = base[: MAX_ID - len(suffix)].rstrip("-") + suffix
    return candidate
