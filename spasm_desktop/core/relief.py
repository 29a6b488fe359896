"""Quick relief for a cramp happening now: the content model, its validation, and side choice.

The texts are data in ``resources/relief``, written from ``CONTENT.md`` §2 and §5.1. Every text
carries the ids of its sources in ``CONTENT.md`` §9, as ``"source": "S6"`` or ``"S6, S40"``; a
text whose wording is a design inference rather than a sourced fact (marked "design note" in
``CONTENT.md``) also has ``"design_note": true``, and its source is the nearest related one.

``universal.json``, shown at the top of every card::

    {"format": 1,
     "steps": [{"text": ..., "source": ...}, ...],       # stop, stretch, massage, walk, ...
     "heat_cold": [{"text": ..., "source": ...}, ...],   # the heat and ice rules
     "ten_minutes": {"text": ..., "source": ...},        # shown when the timer reaches 10:00
     "all_over": {"title": ..., "text": ..., "source": ...}}  # cramps all over: emergency

``areas.json``, one card per :class:`Area` in :data:`AREA_KEYS` order; ``all_over`` has only a
name (it has no card: the panel goes straight to the ``all_over`` advice)::

    {"format": 1, "areas": [
      {"id": "calf", "name": "Calf", "sided": true,
       "steps": [...], "hold": "...", "tips": [...],            # tips may be empty
       "warnings": [{"text": ..., "source": ...}, ...],         # may be empty
       "routine": "relief-calf", "sources": ["S7", "S12"]},    # sources of steps, hold, tips
      ...,
      {"id": "all_over", "name": "All over the body"}]}

``red_flags.json``, the one list of red flags for the whole app (the relief panel, the Learn page
and reminders all read it); each :class:`Tier` has at least one::

    {"format": 1, "flags": [
      {"id": "unbearable-pain", "tier": "emergency", "text": "...", "source": "S1"}, ...]}

A relief routine (``resources/routines/relief-AREA.json``, purpose ``relief``) gives its
one-sided steps ``"sides": "left"``; :func:`for_side` switches them to the side that cramped.

Parsing never raises: what cannot be used is reported as :class:`Problem` (file, field, what was
expected), as for routines (:mod:`spasm_desktop.core.routine`). This module does no I/O and has
no user-visible strings of its own.
"""

from __future__ import annotations

import dataclasses
import enum
import re
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from spasm_desktop.core.routine import (
    ID_RE,
    FieldReader,
    ProblemCode,
    Purpose,
    Routine,
    RoutineProblem,
    Side,
    Sides,
)

__all__ = [
    "AREAS_FILE",
    "AREA_KEYS",
    "FORMAT",
    "RED_FLAGS_FILE",
    "UNIVERSAL_FILE",
    "Area",
    "AreaCard",
    "Areas",
    "Problem",
    "RedFlag",
    "ReliefContent",
    "Side",
    "Sourced",
    "SourcedReader",
    "Tier",
    "Universal",
    "build_content",
    "check_routines",
    "for_side",
    "parse_areas",
    "parse_red_flags",
    "parse_universal",
    "source_ids",
]

FORMAT = 1
UNIVERSAL_FILE = "universal.json"
AREAS_FILE = "areas.json"
RED_FLAGS_FILE = "red_flags.json"
#: A text must stay short: a person in pain reads it.
MAX_TEXT = 240
MAX_NAME = 40
MAX_ITEMS = 16
MAX_FLAGS = 40
#: One or more source ids of CONTENT.md §9, comma-separated: ``"S6"``, ``"S6, S40"``.
SOURCE_RE = re.compile(r"^S[1-9][0-9]{0,2}(?:, ?S[1-9][0-9]{0,2})*$")
_SOURCE_EXPECTED = "source ids like 'S6' or 'S6, S40'"

#: The same shape as routine problems (file, field, code, expected), so one describe() serves.
Problem = RoutineProblem


class Area(enum.Enum):
    """A body area of the relief panel (the same ids as the cramp log)."""

    CALF = "calf"
    FOOT = "foot"
    HAMSTRING = "hamstring"
    QUADRICEPS = "quadriceps"
    HAND = "hand"
    NECK = "neck"
    BACK = "back"
    BELLY = "belly"
    ALL_OVER = "all_over"  # no card: straight to the emergency advice


#: The areas in the order the panel shows them; keys 1..9 choose them.
AREA_KEYS: tuple[Area, ...] = tuple(Area)


class Tier(enum.Enum):
    """How soon a red flag needs care."""

    EMERGENCY = "emergency"  # seek care now
    SOON = "soon"  # book an appointment soon
    NEXT_VISIT = "next_visit"  # mention it at the next visit


@dataclasses.dataclass(frozen=True)
class Sourced:
    """A text and the source ids it rests on (``"S6, S40"``)."""

    text: str
    source: str
    #: The wording is a design inference (CONTENT.md "design note"), not a sourced fact.
    design_note: bool = False

    @property
    def ids(self) -> tuple[str, ...]:
        """Return the source ids, in order."""
        return source_ids(self.source)


@dataclasses.dataclass(frozen=True)
class RedFlag:
    """A sign that needs medical care, and how soon."""

    id: str
    tier: Tier
    text: str
    source: str
    design_note: bool = False

    @property
    def ids(self) -> tuple[str, ...]:
        """Return the source ids, in order."""
        return source_ids(self.source)


@dataclasses.dataclass(frozen=True)
class AreaCard:
    """What to do for a cramp in one body area."""

    area: Area
    name: str
    #: Whether the person picks a side (left or right) for this area.
    sided: bool
    steps: tuple[str, ...]
    hold: str
    tips: tuple[str, ...]
    warnings: tuple[Sourced, ...]
    #: The id of the relief routine for this area (a routine with purpose "relief").
    routine: str
    #: The source ids of the steps, hold and tips.
    sources: tuple[str, ...]


@dataclasses.dataclass(frozen=True)
class ReliefContent:
    """Everything the relief panel shows."""

    universal: tuple[Sourced, ...]
    heat_cold: tuple[Sourced, ...]
    ten_minutes: Sourced
    all_over_title: str
    all_over: Sourced
    cards: Mapping[Area, AreaCard]
    red_flags: tuple[RedFlag, ...]
    #: What the "all over the body" choice is called (it has no card).
    all_over_name: str = ""

    def flags(self, tier: Tier) -> tuple[RedFlag, ...]:
        """Return the red flags of ``tier``, in file order."""
        return tuple(f for f in self.red_flags if f.tier is tier)

    def area_name(self, area: Area) -> str:
        """Return the name of an area, "all over the body" included."""
        return self.all_over_name if area is Area.ALL_OVER else self.cards[area].name


def source_ids(source: str) -> tuple[str, ...]:
    """Split ``"S6, S40"`` into ``("S6", "S40")``."""
    return tuple(part.strip() for part in source.split(",") if part.strip())


def for_side(routine: Routine, sides: Sides) -> Routine:
    """Return ``routine`` with its one-sided steps done on ``sides`` (the side that cramped).

    Relief routines give their one-sided steps ``"sides": "left"``; this switches them to the
    side the person chose (``Sides.BOTH`` for both). Steps on both sides, or not sided, stay.
    """
    steps = tuple(
        dataclasses.replace(step, sides=sides) if step.sides in (Sides.LEFT, Sides.RIGHT) else step
        for step in routine.steps
    )
    return dataclasses.replace(routine, steps=steps)


# --- parsing ------------------------------------------------------------------------------------


class SourcedReader(FieldReader):
    """A :class:`FieldReader` for content with sources: source ids, lists, nested objects."""

    def source(self, name: str = "source") -> str:
        value = self.raw.get(name)
        if value is None:
            self.bad(name, ProblemCode.MISSING, _SOURCE_EXPECTED)
            return ""
        if not isinstance(value, str) or not SOURCE_RE.match(value):
            self.bad(name, ProblemCode.WRONG_TYPE, _SOURCE_EXPECTED)
            return ""
        return value

    def sources(self, name: str) -> tuple[str, ...]:
        value = self.raw.get(name)
        expected = f"a list of 1 to {MAX_ITEMS} source ids like 'S6'"
        if value is None:
            self.bad(name, ProblemCode.MISSING, expected)
            return ()
        if (
            not isinstance(value, list)
            or not 1 <= len(value) <= MAX_ITEMS
            or not all(isinstance(v, str) and SOURCE_RE.match(v) and "," not in v for v in value)
        ):
            self.bad(name, ProblemCode.WRONG_TYPE, expected)
            return ()
        return tuple(value)

    def lines(self, name: str, minimum: int = 1) -> tuple[str, ...]:
        value = self.raw.get(name)
        expected = f"a list of {minimum} to {MAX_ITEMS} texts"
        if value is None:
            self.bad(name, ProblemCode.MISSING, expected)
            return ()
        if (
            not isinstance(value, list)
            or not minimum <= len(value) <= MAX_ITEMS
            or not all(isinstance(v, str) and v.strip() for v in value)
        ):
            self.bad(name, ProblemCode.WRONG_TYPE, expected)
            return ()
        if any(len(v) > MAX_TEXT for v in value):
            self.bad(name, ProblemCode.TOO_LONG, f"texts of at most {MAX_TEXT} characters")
            return ()
        return tuple(v.strip() for v in value)

    def required_flag(self, name: str) -> bool:
        if name not in self.raw:
            self.bad(name, ProblemCode.MISSING, "true or false")
            return False
        return self.flag(name)

    def object(self, name: str) -> SourcedReader | None:
        value = self.raw.get(name)
        if value is None:
            self.bad(name, ProblemCode.MISSING, "an object")
            return None
        if not isinstance(value, dict):
            self.bad(name, ProblemCode.WRONG_TYPE, "an object")
            return None
        return SourcedReader(value, self.file, self.path(name), self.problems)

    def items(self, name: str, minimum: int = 1, limit: int = MAX_ITEMS) -> list[SourcedReader]:
        """Return a reader for each object of the list ``name`` (problems if it is not one)."""
        value = self.raw.get(name)
        expected = f"a list of {minimum} to {limit} objects"
        if value is None:
            self.bad(name, ProblemCode.MISSING, expected)
            return []
        if not isinstance(value, list) or not minimum <= len(value) <= limit:
            self.bad(name, ProblemCode.WRONG_TYPE, expected)
            return []
        readers: list[SourcedReader] = []
        for index, item in enumerate(value):
            where = f"{name}[{index}]"
            if not isinstance(item, dict):
                self.bad(where, ProblemCode.WRONG_TYPE, "an object")
                continue
            readers.append(SourcedReader(item, self.file, self.path(where), self.problems))
        return readers


SOURCED_KEYS = ("text", "source", "design_note")
UNIVERSAL_KEYS = ("format", "steps", "heat_cold", "ten_minutes", "all_over")
ALL_OVER_KEYS = ("title", "text", "source")
AREAS_KEYS = ("format", "areas")
CARD_KEYS = ("id", "name", "sided", "steps", "hold", "tips", "warnings", "routine", "sources")
ALL_OVER_AREA_KEYS = ("id", "name")
RED_FLAGS_KEYS = ("format", "flags")
FLAG_KEYS = ("id", "tier", "text", "source", "design_note")


def _sourced(reader: SourcedReader) -> Sourced | None:
    reader.check_keys(SOURCED_KEYS)
    item = Sourced(reader.text("text"), reader.source(), reader.flag("design_note"))
    return item if reader.ok else None


def _sourced_list(parent: SourcedReader, name: str, minimum: int = 1) -> tuple[Sourced, ...]:
    found = [_sourced(reader) for reader in parent.items(name, minimum)]
    if any(item is None for item in found):
        parent.ok = False
    return tuple(item for item in found if item is not None)


def _top(raw: Any, file: str, keys: Sequence[str], problems: list[Problem]) -> SourcedReader | None:
    """Check the object and its format; return a reader for it, or None."""
    if not isinstance(raw, dict):
        problems.append(Problem(file, "", ProblemCode.NOT_AN_OBJECT))
        return None
    version = raw.get("format")
    if version is None:
        problems.append(Problem(file, "format", ProblemCode.MISSING, f"{FORMAT}"))
        return None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        problems.append(Problem(file, "format", ProblemCode.WRONG_TYPE, f"{FORMAT}"))
        return None
    if version > FORMAT:
        problems.append(Problem(file, "format", ProblemCode.NEWER_FORMAT, f"{FORMAT}"))
        return None
    reader = SourcedReader(raw, file, "", problems)
    reader.check_keys(keys)
    return reader


@dataclasses.dataclass(frozen=True)
class Universal:
    """The contents of ``universal.json``."""

    steps: tuple[Sourced, ...]
    heat_cold: tuple[Sourced, ...]
    ten_minutes: Sourced
    all_over_title: str
    all_over: Sourced


def parse_universal(raw: Any, file: str = UNIVERSAL_FILE) -> tuple[Universal | None, list[Problem]]:
    """Build the steps shown on every card from a parsed ``universal.json``, or say why not."""
    problems: list[Problem] = []
    f = _top(raw, file, UNIVERSAL_KEYS, problems)
    if f is None:
        return None, problems
    steps = _sourced_list(f, "steps")
    heat_cold = _sourced_list(f, "heat_cold")
    ten = f.object("ten_minutes")
    ten_minutes = _sourced(ten) if ten is not None else None
    over = f.object("all_over")
    title, all_over = "", None
    if over is not None:
        over.check_keys(ALL_OVER_KEYS)
        title = over.text("title", MAX_NAME)
        all_over = Sourced(over.text("text"), over.source())
        f.ok = f.ok and over.ok
    if not f.ok or ten_minutes is None or all_over is None:
        return None, problems
    return Universal(steps, heat_cold, ten_minutes, title, all_over), problems


@dataclasses.dataclass(frozen=True)
class Areas:
    """The contents of ``areas.json``."""

    cards: Mapping[Area, AreaCard]
    all_over_name: str


def parse_areas(raw: Any, file: str = AREAS_FILE) -> tuple[Areas | None, list[Problem]]:
    """Build the area cards from a parsed ``areas.json``, or say why not.

    Every area of :class:`Area` must be there exactly once; ``all_over`` has only a name.
    """
    problems: list[Problem] = []
    f = _top(raw, file, AREAS_KEYS, problems)
    if f is None:
        return None, problems
    cards: dict[Area, AreaCard] = {}
    all_over_name = ""
    seen: set[Area] = set()
    allowed = ", ".join(repr(a.value) for a in Area)
    for item in f.items("areas", 1, len(Area)):
        try:
            area = Area(item.raw.get("id"))
        except (ValueError, TypeError):
            item.bad("id", ProblemCode.UNKNOWN_VALUE, f"one of {allowed}")
            f.ok = False
            continue
        if area in seen:
            item.bad("id", ProblemCode.DUPLICATE_ID, "each area once")
            f.ok = False
            continue
        seen.add(area)
        if area is Area.ALL_OVER:
            item.check_keys(ALL_OVER_AREA_KEYS)
            all_over_name = item.text("name", MAX_NAME)
        else:
            card = _card(item, area)
            if card is not None:
                cards[area] = card
        f.ok = f.ok and item.ok
    missing = [a.value for a in Area if a not in seen]
    if missing and "areas" in f.raw and isinstance(f.raw["areas"], list):
        f.bad("areas", ProblemCode.MISSING, "a card for " + ", ".join(missing))
    if not f.ok:
        return None, problems
    ordered = {area: cards[area] for area in AREA_KEYS if area in cards}
    return Areas(MappingProxyType(ordered), all_over_name), problems


def _card(f: SourcedReader, area: Area) -> AreaCard | None:
    f.check_keys(CARD_KEYS)
    routine = f.raw.get("routine")
    if not isinstance(routine, str) or not ID_RE.match(routine):
        f.bad("routine", ProblemCode.BAD_ID, "the id of a relief routine, like 'relief-calf'")
        routine = ""
    card = AreaCard(
        area=area,
        name=f.text("name", MAX_NAME),
        sided=f.required_flag("sided"),
        steps=f.lines("steps"),
        hold=f.text("hold"),
        tips=f.lines("tips", minimum=0),
        warnings=_sourced_list(f, "warnings", minimum=0),
        routine=routine,
        sources=f.sources("sources"),
    )
    return card if f.ok else None


def parse_red_flags(
    raw: Any, file: str = RED_FLAGS_FILE
) -> tuple[tuple[RedFlag, ...] | None, list[Problem]]:
    """Build the red flags from a parsed ``red_flags.json``, or say why not.

    Every tier must have at least one flag, and ids must be unique.
    """
    problems: list[Problem] = []
    f = _top(raw, file, RED_FLAGS_KEYS, problems)
    if f is None:
        return None, problems
    flags: list[RedFlag] = []
    ids: set[str] = set()
    allowed = ", ".join(repr(t.value) for t in Tier)
    for item in f.items("flags", 1, MAX_FLAGS):
        item.check_keys(FLAG_KEYS)
        value = item.raw.get("id")
        flag_id = value if isinstance(value, str) and ID_RE.match(value) else ""
        if not flag_id:
            item.bad("id", ProblemCode.BAD_ID, "lower-case letters, digits and '-'")
        elif flag_id in ids:
            item.bad("id", ProblemCode.DUPLICATE_ID, "an id not used yet")
        ids.add(flag_id)
        try:
            tier: Tier | None = Tier(item.raw.get("tier"))
        except (ValueError, TypeError):
            item.bad("tier", ProblemCode.UNKNOWN_VALUE, f"one of {allowed}")
            tier = None
        text, source, note = item.text("text"), item.source(), item.flag("design_note")
        if item.ok and tier is not None:
            flags.append(RedFlag(flag_id, tier, text, source, note))
        f.ok = f.ok and item.ok
    if f.ok:
        missing = [t.value for t in Tier if not any(flag.tier is t for flag in flags)]
        if missing:
            f.bad("flags", ProblemCode.MISSING, "flags of tier " + ", ".join(missing))
    if not f.ok:
        return None, problems
    return tuple(flags), problems


def build_content(
    universal: Universal, areas: Areas, red_flags: tuple[RedFlag, ...]
) -> ReliefContent:
    """Put the three parsed files together."""
    return ReliefContent(
        universal=universal.steps,
        heat_cold=universal.heat_cold,
        ten_minutes=universal.ten_minutes,
        all_over_title=universal.all_over_title,
        all_over=universal.all_over,
        cards=areas.cards,
        red_flags=red_flags,
        all_over_name=areas.all_over_name,
    )


def check_routines(
    content: ReliefContent, routines: Mapping[str, Routine], file: str = AREAS_FILE
) -> list[Problem]:
    """Return a problem for each card whose routine is missing or not a relief routine."""
    relief = sorted(r.id for r in routines.values() if r.purpose is Purpose.RELIEF)
    expected = "a relief routine: one of " + (", ".join(relief) or "none")
    return [
        Problem(file, f"{card.area.value}.routine", ProblemCode.UNKNOWN_VALUE, expected)
        for card in content.cards.values()
        if card.routine not in routines or routines[card.routine].purpose is not Purpose.RELIEF
    ]
