"""Quick relief for a cramp happening now: the content model, its validation, and side choice.

The texts are data in ``resources/relief``, written from ``CONTENT.md`` §2, §5.1 and §7a. Every
text carries the ids of its sources in ``CONTENT.md`` §9 (and §7a), as ``"source": "S6"`` or
``"S6, S40"``; a text whose wording is a design inference rather than a sourced fact (marked
"design note" in ``CONTENT.md``) also has ``"design_note": true``, and its source is the nearest
related one.

``universal.json``, shown at the top of every card::

    {"format": 1,
     "steps": [{"text": ..., "source": ...}, ...],       # stop, stretch, massage, walk, ...
     "heat_cold": [{"text": ..., "source": ...}, ...],   # the heat and ice rules
     "numb_skin": [{"text": ..., "source": ...}, ...],   # diabetes and nerve damage (§7a)
     "pregnancy": [{"text": ..., "source": ...}, ...]}   # shown when the person is pregnant

``areas.json``, one card per :class:`Area` in :data:`AREA_KEYS` order; ``chest`` and
``all_over`` have only a name (they have no card: the panel goes straight to the emergency
tier of the red flags)::

    {"format": 1, "areas": [
      {"id": "calf", "name": "Calf", "sided": true,
       "quick": [...],                                          # 2-4 short lines: the card
       "steps": [...], "hold": "...", "tips": [...],            # tips may be empty
       "heat": true,                                            # a heat, ice or soak step
       "flags": ["clot"],                                       # red flags to show on the card
       "warnings": [{"text": ..., "source": ...}, ...],         # other cautions; may be empty
       "pregnancy": [{"text": ..., "source": ...}],             # optional: when pregnant
       "routine": "relief-calf", "sources": ["S7", "S12"]},    # sources of steps, hold, tips
      ...,
      {"id": "chest", "name": "Chest"}, {"id": "all_over", "name": "All over the body"}]}

A card never holds a copy of a red flag: it names the flags by id (``"flags"``), and
:func:`check_flags` reports an id that ``red_flags.json`` doesn't have.

``red_flags.json``, the one list of red flags for the whole app (the relief panel, the Learn
page, the diary, the report, the reminder pop-up and the disclaimer line all read it), in the
four tiers of CONTENT.md §5.1; each :class:`Tier` has at least one flag. ``emergency_line`` is
the one-sentence summary of the emergency tier that the disclaimer line shows::

    {"format": 1,
     "emergency_line": {"text": ..., "source": ...},
     "flags": [{"id": "unbearable-pain", "tier": "emergency", "text": "...", "source": "S1",
                "short": "pain you can't bear"},                # optional: the relief card's
               ...]}                                             # red line (emergency tier)

The three files are read one by one: a broken file leaves the others usable (the app then shows
a built-in emergency line where the red flags would be).

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
    ProblemCode,
    Purpose,
    Routine,
    RoutineProblem,
    Side,
    Sides,
)
from spasm_desktop.core.routine_format import FieldReader

__all__ = [
    "AREAS_FILE",
    "AREA_KEYS",
    "CARDLESS",
    "FORMAT",
    "RED_FLAGS_FILE",
    "SHORTCUTS",
    "UNIVERSAL_FILE",
    "Area",
    "AreaCard",
    "Areas",
    "Problem",
    "RedFlag",
    "RedFlags",
    "ReliefContent",
    "Side",
    "Sourced",
    "SourcedReader",
    "Tier",
    "Universal",
    "build_content",
    "check_flags",
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
#: A quick step of a card, or the short form of a red flag: one line on the relief card.
MAX_LINE = 60
#: The relief card shows two to four quick steps, big.
QUICK_STEPS = (2, 4)
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
    ARM = "arm"
    NECK = "neck"
    BACK = "back"
    BELLY = "belly"
    CHEST = "chest"  # no card: straight to the emergency advice (it can be the heart)
    ALL_OVER = "all_over"  # no card: straight to the emergency advice


#: The areas in the order the panel shows them.
AREA_KEYS: tuple[Area, ...] = tuple(Area)
#: The key that chooses each area in the panel: the legs and the rest 1-9, the chest 0 (the
#: two emergencies at the end of the row), "all over" A (eleven areas, ten digits).
SHORTCUTS: Mapping[Area, str] = MappingProxyType(
    {area: str(index + 1) for index, area in enumerate(AREA_KEYS[:9])}
    | {Area.CHEST: "0", Area.ALL_OVER: "A"}
)
#: The areas without a card: choosing one goes straight to the emergency tier.
CARDLESS = frozenset({Area.CHEST, Area.ALL_OVER})


class Tier(enum.Enum):
    """How soon a red flag needs care (CONTENT.md §5.1), the most urgent first."""

    EMERGENCY = "emergency"  # call the emergency number or go to the emergency room now
    TODAY = "today"  # get medical advice the same day
    SOON = "soon"  # book an appointment
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
    #: A few words for the relief card's one red line ("" if the flag is not on it).
    short: str = ""

    @property
    def ids(self) -> tuple[str, ...]:
        """Return the source ids, in order."""
        return source_ids(self.source)


@dataclasses.dataclass(frozen=True)
class RedFlags:
    """The contents of ``red_flags.json``: the one list of red flags, in four tiers."""

    flags: tuple[RedFlag, ...]
    #: One sentence that sums up the emergency tier (the disclaimer line shows it).
    emergency_line: Sourced

    def tier(self, tier: Tier) -> tuple[RedFlag, ...]:
        """Return the red flags of ``tier``, in file order."""
        return tuple(f for f in self.flags if f.tier is tier)

    def get(self, flag_id: str) -> RedFlag | None:
        """Return the red flag ``flag_id``, or None."""
        return next((f for f in self.flags if f.id == flag_id), None)

    def headline(self) -> tuple[RedFlag, ...]:
        """Return the emergency flags that have a short form, in file order (the red line)."""
        return tuple(f for f in self.tier(Tier.EMERGENCY) if f.short)

    def pick(self, flag_ids: Sequence[str]) -> tuple[RedFlag, ...]:
        """Return the flags named by ``flag_ids`` (unknown ids left out), most urgent first."""
        wanted = set(flag_ids)
        return tuple(f for tier in Tier for f in self.tier(tier) if f.id in wanted)


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
    #: Cautions that are not red flags (the red flags are named in ``flags``).
    warnings: tuple[Sourced, ...]
    #: The id of the relief routine for this area (a routine with purpose "relief").
    routine: str
    #: The source ids of the steps, hold and tips.
    sources: tuple[str, ...]
    #: The ids of the red flags shown on this card (from ``red_flags.json``).
    flags: tuple[str, ...] = ()
    #: The card has a heat, ice or soak step: the numb-skin caution goes with it.
    heat: bool = False
    #: Shown on this card when the person is pregnant.
    pregnancy: tuple[Sourced, ...] = ()
    #: Two to four short lines, the card's big numbered steps (``steps`` when not given).
    quick: tuple[str, ...] = ()

    @property
    def first_steps(self) -> tuple[str, ...]:
        """Return the big numbered steps of the card: ``quick``, or else the first ``steps``."""
        return self.quick or self.steps[: QUICK_STEPS[1]]


@dataclasses.dataclass(frozen=True)
class ReliefContent:
    """Everything the relief panel shows; a part whose file could not be read is empty."""

    universal: tuple[Sourced, ...]
    heat_cold: tuple[Sourced, ...]
    cards: Mapping[Area, AreaCard]
    #: None when ``red_flags.json`` could not be read (a built-in emergency line stands in).
    red_flags: RedFlags | None
    #: What "chest" and "all over the body" are called (they have no card).
    names: Mapping[Area, str] = dataclasses.field(default_factory=lambda: MappingProxyType({}))
    #: Diabetes, nerve damage, numb skin: shown next to every heat, ice or soak step.
    numb_skin: tuple[Sourced, ...] = ()
    #: Pain relievers in pregnancy: shown when the person is pregnant.
    pregnancy: tuple[Sourced, ...] = ()

    def flags(self, tier: Tier) -> tuple[RedFlag, ...]:
        """Return the red flags of ``tier``, in file order (none if the list is unreadable)."""
        return () if self.red_flags is None else self.red_flags.tier(tier)

    def area_name(self, area: Area) -> str:
        """Return the name of an area from the files ("" if it could not be read)."""
        card = self.cards.get(area)
        return card.name if card is not None else self.names.get(area, "")


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
        """Return the source id ``name`` (like ``"S6"``); "" and a problem if missing or bad."""
        value = self.raw.get(name)
        if value is None:
            self.bad(name, ProblemCode.MISSING, _SOURCE_EXPECTED)
            return ""
        if not isinstance(value, str) or not SOURCE_RE.match(value):
            self.bad(name, ProblemCode.WRONG_TYPE, _SOURCE_EXPECTED)
            return ""
        return value

    def sources(self, name: str) -> tuple[str, ...]:
        """Return the list of source ids ``name``; () and a problem if missing or bad."""
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
        """Return the list of texts ``name`` (at least ``minimum``), or () with a problem."""
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
        """Return the flag ``name``, which must be there (False and a problem if not)."""
        if name not in self.raw:
            self.bad(name, ProblemCode.MISSING, "true or false")
            return False
        return self.flag(name)

    def object(self, name: str) -> SourcedReader | None:
        """Return a reader for the nested object ``name``; None and a problem if it is not one."""
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
UNIVERSAL_KEYS = ("format", "steps", "heat_cold", "numb_skin", "pregnancy")
AREAS_KEYS = ("format", "areas")
CARD_KEYS = (
    *("id", "name", "sided", "quick", "steps", "hold", "tips", "heat", "flags", "warnings"),
    *("pregnancy", "routine", "sources"),
)
CARDLESS_KEYS = ("id", "name")
RED_FLAGS_KEYS = ("format", "emergency_line", "flags")
FLAG_KEYS = ("id", "tier", "text", "source", "design_note", "short")


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
    numb_skin: tuple[Sourced, ...]
    pregnancy: tuple[Sourced, ...]


def parse_universal(raw: Any, file: str = UNIVERSAL_FILE) -> tuple[Universal | None, list[Problem]]:
    """Build the steps shown on every card from a parsed ``universal.json``, or say why not."""
    problems: list[Problem] = []
    f = _top(raw, file, UNIVERSAL_KEYS, problems)
    if f is None:
        return None, problems
    steps = _sourced_list(f, "steps")
    heat_cold = _sourced_list(f, "heat_cold")
    numb_skin = _sourced_list(f, "numb_skin")
    pregnancy = _sourced_list(f, "pregnancy")
    if not f.ok:
        return None, problems
    return Universal(steps, heat_cold, numb_skin, pregnancy), problems


@dataclasses.dataclass(frozen=True)
class Areas:
    """The contents of ``areas.json``."""

    cards: Mapping[Area, AreaCard]
    #: The names of the areas without a card (:data:`CARDLESS`).
    names: Mapping[Area, str]


def parse_areas(raw: Any, file: str = AREAS_FILE) -> tuple[Areas | None, list[Problem]]:
    """Build the area cards from a parsed ``areas.json``, or say why not.

    Every area of :class:`Area` must be there exactly once; those of :data:`CARDLESS` have only
    a name.
    """
    problems: list[Problem] = []
    f = _top(raw, file, AREAS_KEYS, problems)
    if f is None:
        return None, problems
    cards: dict[Area, AreaCard] = {}
    names: dict[Area, str] = {}
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
        if area in CARDLESS:
            item.check_keys(CARDLESS_KEYS)
            names[area] = item.text("name", MAX_NAME)
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
    return Areas(MappingProxyType(ordered), MappingProxyType(names)), problems


def _flag_ids(f: SourcedReader, name: str) -> tuple[str, ...]:
    """An optional list of red-flag ids (checked against the list by :func:`check_flags`)."""
    value = f.raw.get(name, [])
    if (
        not isinstance(value, list)
        or len(value) > MAX_ITEMS
        or not all(isinstance(v, str) and ID_RE.match(v) for v in value)
    ):
        f.bad(name, ProblemCode.WRONG_TYPE, "a list of red-flag ids of red_flags.json")
        return ()
    return tuple(value)


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
        flags=_flag_ids(f, "flags"),
        heat=f.flag("heat"),
        pregnancy=_sourced_list(f, "pregnancy", minimum=0) if "pregnancy" in f.raw else (),
        quick=_quick(f) if "quick" in f.raw else (),
    )
    return card if f.ok else None


def _quick(f: SourcedReader) -> tuple[str, ...]:
    """The card's big steps: two to four lines of at most :data:`MAX_LINE` characters."""
    lines = f.lines("quick", QUICK_STEPS[0])
    if len(lines) > QUICK_STEPS[1] or any(len(line) > MAX_LINE for line in lines):
        f.bad("quick", ProblemCode.TOO_LONG, f"2 to 4 lines of at most {MAX_LINE} characters")
        return ()
    return lines


def parse_red_flags(raw: Any, file: str = RED_FLAGS_FILE) -> tuple[RedFlags | None, list[Problem]]:
    """Build the red flags from a parsed ``red_flags.json``, or say why not.

    Every tier must have at least one flag, and ids must be unique.
    """
    problems: list[Problem] = []
    f = _top(raw, file, RED_FLAGS_KEYS, problems)
    if f is None:
        return None, problems
    line_reader = f.object("emergency_line")
    emergency_line = _sourced(line_reader) if line_reader is not None else None
    if line_reader is not None:
        f.ok = f.ok and line_reader.ok
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
        short = item.text("short", MAX_LINE) if "short" in item.raw else ""
        if item.ok and tier is not None:
            flags.append(RedFlag(flag_id, tier, text, source, note, short))
        f.ok = f.ok and item.ok
    if f.ok:
        missing = [t.value for t in Tier if not any(flag.tier is t for flag in flags)]
        if missing:
            f.bad("flags", ProblemCode.MISSING, "flags of tier " + ", ".join(missing))
    if not f.ok or emergency_line is None:
        return None, problems
    return RedFlags(tuple(flags), emergency_line), problems


def build_content(
    universal: Universal | None, areas: Areas | None, red_flags: RedFlags | None
) -> ReliefContent:
    """Put the three parsed files together (a file that could not be read leaves its part empty)."""
    return ReliefContent(
        universal=universal.steps if universal is not None else (),
        heat_cold=universal.heat_cold if universal is not None else (),
        cards=areas.cards if areas is not None else MappingProxyType({}),
        red_flags=red_flags,
        names=areas.names if areas is not None else MappingProxyType({}),
        numb_skin=universal.numb_skin if universal is not None else (),
        pregnancy=universal.pregnancy if universal is not None else (),
    )


def check_flags(content: ReliefContent, file: str = AREAS_FILE) -> list[Problem]:
    """Return a problem for each red-flag id of a card that the red-flag list doesn't have."""
    if content.red_flags is None:
        return []
    known = sorted(f.id for f in content.red_flags.flags)
    expected = "a red-flag id of red_flags.json: one of " + ", ".join(known)
    return [
        Problem(file, f"{card.area.value}.flags", ProblemCode.UNKNOWN_VALUE, expected)
        for card in content.cards.values()
        for flag_id in card.flags
        if content.red_flags.get(flag_id) is None
    ]


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
