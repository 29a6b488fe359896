"""The Learn page: short, sourced sections about cramps, read from ``resources/learn/learn.json``.

The texts are written from ``CONTENT.md`` (§0 to §7a and the seed page [S1]); every
paragraph, bullet and checklist item carries the ids of its sources in ``CONTENT.md`` §9, as
``"source": "S6"`` or ``"S6, S40"``, and ``"design_note": true`` when its wording is a design
inference rather than a sourced fact. Each section names its sources in plain words
(``source_note``), shown in small type under it::

    {"format": 1, "sections": [
      {"id": "what-is-a-cramp", "title": "...",
       "cautions": [{"text": ..., "source": "S37, S63"}, ...],  # optional: stand out
       "paragraphs": [{"text": ..., "source": "S1"}, ...],    # optional
       "bullets": [{"text": ..., "source": "S6"}, ...],       # optional
       "checklist": [{"id": "stretch", "text": ..., "source": ...}, ...],  # optional
       "red_flags": "emergency",     # optional: show the red flags of this tier (relief content)
       "source_note": "Cleveland Clinic; NHS"}, ...]}

Two sections are lists of questions (:data:`QUESTION_SECTIONS`): the questions the person may
ask a provider, and what a provider may ask the person. They are copied, printed and put in the
clinician report together, each under its own heading.

The red flags are *not* copied here: a section with ``"red_flags": "emergency"`` or ``"soon"``
shows :meth:`spasm_desktop.core.relief.ReliefContent.flags` of that tier, the one list of red
flags for the whole app.

Parsing never raises: what cannot be used is reported as :class:`Problem` (the same type as for
relief and routine files). This module does no I/O and has no user-visible strings of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from typing import Any

from spasm_desktop.core.relief import Problem, Sourced, SourcedReader, Tier, source_ids
from spasm_desktop.core.routine import ID_RE, ProblemCode

__all__ = [
    "CHECKLIST_FORMAT",
    "FORMAT",
    "LEARN_FILE",
    "PROVIDER_ASKS_ID",
    "QUESTIONS_ID",
    "QUESTION_SECTIONS",
    "REQUIRED_SECTIONS",
    "RISK_ID",
    "CheckItem",
    "LearnContent",
    "Problem",
    "Section",
    "checklist_from_json",
    "checklist_to_json",
    "parse_learn",
]

FORMAT = 1
CHECKLIST_FORMAT = 1
LEARN_FILE = "learn.json"
#: Short and scannable: a paragraph or bullet stays under this.
MAX_TEXT = 400
MAX_TITLE = 80
MAX_NOTE = 200
MAX_ITEMS = 16
MAX_SECTIONS = 20
#: The section whose bullets are the questions the person may ask a provider.
QUESTIONS_ID = "questions-to-ask"
#: The section whose bullets are the questions a provider may ask the person (CONTENT §7.1).
PROVIDER_ASKS_ID = "provider-may-ask"
#: The two lists of questions, in this order: copied, printed and put in the clinician report
#: together, each under its own heading. Each must have bullets.
QUESTION_SECTIONS: tuple[str, ...] = (QUESTIONS_ID, PROVIDER_ASKS_ID)
#: The section with the risk checklist.
RISK_ID = "lower-your-risk"
#: Every section the Learn page must have, in this order.
REQUIRED_SECTIONS: tuple[str, ...] = (
    "what-is-a-cramp",
    "who-gets-them",
    "causes",
    "fluids-and-minerals",
    "tired-muscles",
    "other-conditions",
    RISK_ID,
    "stretch-safely",
    "heat-and-ice",
    "medicines",
    "outlook",
    "emergency",
    "see-a-provider",
    QUESTIONS_ID,
    PROVIDER_ASKS_ID,
)

_ID_EXPECTED = "lower-case letters, digits and '-'"
TOP_KEYS = ("format", "sections")
SECTION_KEYS = (
    "id",
    "title",
    "cautions",
    "paragraphs",
    "bullets",
    "checklist",
    "red_flags",
    "source_note",
)
SOURCED_KEYS = ("text", "source", "design_note")
CHECK_KEYS = ("id", "text", "source", "design_note")


@dataclasses.dataclass(frozen=True)
class CheckItem:
    """One thing the person can tick on the risk checklist."""

    id: str
    text: str
    source: str
    design_note: bool = False

    @property
    def ids(self) -> tuple[str, ...]:
        """Return the source ids, in order."""
        return source_ids(self.source)


@dataclasses.dataclass(frozen=True)
class Section:
    """One section of the Learn page."""

    id: str
    title: str
    paragraphs: tuple[Sourced, ...]
    bullets: tuple[Sourced, ...]
    checklist: tuple[CheckItem, ...]
    #: Show the red flags of this tier from the relief content (None: none).
    red_flags: Tier | None
    #: The sources in plain words, such as "Cleveland Clinic; NHS".
    source_note: str
    #: Safety lines shown first, set apart from the rest (CONTENT §7a: where the person acts).
    cautions: tuple[Sourced, ...] = ()

    def source_ids(self) -> tuple[str, ...]:
        """Return the source ids of the section's own texts, each once, in order of use."""
        seen: dict[str, None] = {}
        items: tuple[Sourced | CheckItem, ...] = (
            *self.cautions,
            *self.paragraphs,
            *self.bullets,
            *self.checklist,
        )
        for item in items:
            for sid in item.ids:
                seen.setdefault(sid, None)
        return tuple(seen)


@dataclasses.dataclass(frozen=True)
class LearnContent:
    """Everything the Learn page shows, except the red flags (those are in the relief content)."""

    sections: tuple[Section, ...]

    def section(self, section_id: str) -> Section | None:
        """Return the section with this id, or None."""
        return next((s for s in self.sections if s.id == section_id), None)

    def question_sections(self) -> tuple[Section, ...]:
        """Return the lists of questions (:data:`QUESTION_SECTIONS`) that are there, in order."""
        found = (self.section(section_id) for section_id in QUESTION_SECTIONS)
        return tuple(s for s in found if s is not None)

    @property
    def checklist(self) -> tuple[CheckItem, ...]:
        """Return every checklist item, in page order."""
        return tuple(item for s in self.sections for item in s.checklist)


class _Reader(SourcedReader):
    """A reader of ``learn.json`` objects (ids, optional lists of objects)."""

    def __init__(self, raw: Mapping[str, Any], prefix: str, problems: list[Problem]) -> None:
        super().__init__(raw, LEARN_FILE, prefix, problems)

    def id(self) -> str:
        value = self.raw.get("id")
        if isinstance(value, str) and ID_RE.match(value):
            return value
        self.bad("id", ProblemCode.BAD_ID, _ID_EXPECTED)
        return ""

    def entries(self, name: str, required: bool = False) -> list[_Reader]:
        """Return a reader for each object of the list ``name`` (optional unless ``required``)."""
        value = self.raw.get(name)
        expected = f"a list of {int(required)} to {MAX_ITEMS} objects"
        if value is None:
            if required:
                self.bad(name, ProblemCode.MISSING, expected)
            return []
        if not isinstance(value, list) or not int(required) <= len(value) <= MAX_ITEMS:
            self.bad(name, ProblemCode.WRONG_TYPE, expected)
            return []
        readers = []
        for index, item in enumerate(value):
            if not isinstance(item, dict):
                self.bad(f"{name}[{index}]", ProblemCode.WRONG_TYPE, "an object")
                continue
            where = f"{self.prefix}.{name}[{index}]" if self.prefix else f"{name}[{index}]"
            readers.append(_Reader(item, where, self.problems))
        return readers


def _sourced_list(parent: _Reader, name: str) -> tuple[Sourced, ...]:
    found: list[Sourced] = []
    for item in parent.entries(name):
        item.check_keys(SOURCED_KEYS)
        value = Sourced(item.text("text", MAX_TEXT), item.source(), item.flag("design_note"))
        if item.ok:
            found.append(value)
        parent.ok = parent.ok and item.ok
    return tuple(found)


def _checklist(parent: _Reader, taken: set[str]) -> tuple[CheckItem, ...]:
    found: list[CheckItem] = []
    for item in parent.entries("checklist"):
        item.check_keys(CHECK_KEYS)
        item_id = item.id()
        if item_id and item_id in taken:
            item.bad("id", ProblemCode.DUPLICATE_ID, "an id not used yet")
        taken.add(item_id)
        value = CheckItem(
            item_id, item.text("text", MAX_TEXT), item.source(), item.flag("design_note")
        )
        if item.ok:
            found.append(value)
        parent.ok = parent.ok and item.ok
    return tuple(found)


def _section(reader: _Reader, checks: set[str]) -> Section | None:
    reader.check_keys(SECTION_KEYS)
    section_id = reader.id()
    title = reader.text("title", MAX_TITLE)
    cautions = _sourced_list(reader, "cautions")
    paragraphs = _sourced_list(reader, "paragraphs")
    bullets = _sourced_list(reader, "bullets")
    checklist = _checklist(reader, checks)
    tier: Tier | None = None
    if "red_flags" in reader.raw:
        try:
            tier = Tier(reader.raw["red_flags"])
        except (ValueError, TypeError):
            allowed = ", ".join(repr(t.value) for t in Tier)
            reader.bad("red_flags", ProblemCode.UNKNOWN_VALUE, f"one of {allowed}")
    note = reader.text("source_note", MAX_NOTE)
    if reader.ok and not (cautions or paragraphs or bullets or checklist or tier):
        reader.bad(
            "paragraphs", ProblemCode.MISSING, "paragraphs, bullets, a checklist or red flags"
        )
    if reader.ok and section_id in QUESTION_SECTIONS and not bullets:
        reader.bad("bullets", ProblemCode.MISSING, "the questions, as bullets")
    if not reader.ok:
        return None
    return Section(section_id, title, paragraphs, bullets, checklist, tier, note, cautions)


def parse_learn(raw: Any) -> tuple[LearnContent | None, list[Problem]]:
    """Build the Learn content from a parsed ``learn.json``, or say why not.

    Section ids and checklist ids must be unique, and every section of
    :data:`REQUIRED_SECTIONS` must be there.
    """
    problems: list[Problem] = []
    if not isinstance(raw, dict):
        return None, [Problem(LEARN_FILE, "", ProblemCode.NOT_AN_OBJECT)]
    version = raw.get("format")
    if version is None:
        return None, [Problem(LEARN_FILE, "format", ProblemCode.MISSING, f"{FORMAT}")]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return None, [Problem(LEARN_FILE, "format", ProblemCode.WRONG_TYPE, f"{FORMAT}")]
    if version > FORMAT:
        return None, [Problem(LEARN_FILE, "format", ProblemCode.NEWER_FORMAT, f"{FORMAT}")]
    top = _Reader(raw, "", problems)
    top.check_keys(TOP_KEYS)
    sections: list[Section] = []
    ids: set[str] = set()
    checks: set[str] = set()
    value = raw.get("sections")
    if not isinstance(value, list) or not 1 <= len(value) <= MAX_SECTIONS:
        top.bad("sections", ProblemCode.WRONG_TYPE, f"a list of 1 to {MAX_SECTIONS} objects")
        return None, problems
    for index, item in enumerate(value):
        if not isinstance(item, dict):
            top.bad(f"sections[{index}]", ProblemCode.WRONG_TYPE, "an object")
            continue
        reader = _Reader(item, f"sections[{index}]", problems)
        section = _section(reader, checks)
        if section is not None and section.id in ids:
            reader.bad("id", ProblemCode.DUPLICATE_ID, "an id not used yet")
            section = None
        if section is None:
            top.ok = False
            continue
        ids.add(section.id)
        sections.append(section)
    if top.ok:
        missing = [s for s in REQUIRED_SECTIONS if s not in ids]
        if missing:
            top.bad("sections", ProblemCode.MISSING, "sections " + ", ".join(missing))
    if not top.ok:
        return None, problems
    return LearnContent(tuple(sections)), problems


# --- the ticked checklist, saved ------------------------------------------------------------------


def checklist_to_json(ticked: Iterable[str]) -> dict[str, Any]:
    """The saved form of the ticked checklist ids (sorted, so the file is stable)."""
    return {"format": CHECKLIST_FORMAT, "checked": sorted(set(ticked))}


def checklist_from_json(raw: Any) -> tuple[set[str], list[Problem]]:
    """The ticked ids from a parsed checklist file; what cannot be used is a problem.

    Ids that are no longer on the page are kept: the page shows only those it knows.
    """
    name = "checklist.json"
    if not isinstance(raw, dict):
        return set(), [Problem(name, "", ProblemCode.NOT_AN_OBJECT)]
    version = raw.get("format")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return set(), [Problem(name, "format", ProblemCode.WRONG_TYPE, f"{CHECKLIST_FORMAT}")]
    if version > CHECKLIST_FORMAT:
        return set(), [Problem(name, "format", ProblemCode.NEWER_FORMAT, f"{CHECKLIST_FORMAT}")]
    checked = raw.get("checked")
    if not isinstance(checked, list):
        return set(), [Problem(name, "checked", ProblemCode.WRONG_TYPE, "a list of ids")]
    ids = {v for v in checked if isinstance(v, str) and ID_RE.match(v)}
    problems = []
    if len(ids) != len(set(map(str, checked))):
        problems.append(Problem(name, "checked", ProblemCode.BAD_ID, _ID_EXPECTED))
    return ids, problems
