"""Short tips shown on reminder pop-ups: the data format, its validation, and the rotation.

The tips are data in ``resources/tips/tips.json``, written from ``CONTENT.md`` §1.3 (pre-sleep
checklist), §3 (hydration and its cautions) and §4 (sitting). Every tip carries the ids of its
sources in ``CONTENT.md`` §9, as ``"source": "S18"`` or ``"S19, S21"`` (checked as in
:mod:`spasm_desktop.core.relief`)::

    {"format": 1,
     "tips": [
       {"id": "water-heat",          # lower-case letters, digits and '-'; unique in the file
        "kind": "water",             # the reminder that shows it: water, stretch, move, bedtime
        "text": "...",               # at most MAX_WORDS words and MAX_TEXT characters
        "source": "S19, S21",        # source ids of CONTENT.md §9
        "when": "always"},           # optional: "always" (the default) or "fluid_limit"
       ...]}

``"when": "fluid_limit"`` is only for water tips, and the file must have at least one: when the
person has a clinician-set fluid limit, a water reminder shows only those tips (and never the
``"always"`` water tips, which may talk about drinking more); without a limit they are not shown.
Since a fluid limit makes water log-only (no water reminder comes at all, CONTENT.md §7a), these
tips are a second line of safety for a water pop-up shown some other way.

:func:`pick` chooses the tip for a reminder from the ids shown lately (``recent``, newest last):
the first tip of the kind, in file order, that is not among them, or if all are, the one shown
least recently. :func:`remember` adds a shown id to ``recent``. :func:`choose` does both for
the kinds of one reminder, from and to the record of what was shown that the caller stores.

Parsing never raises: what cannot be used is reported as :class:`Problem` (file, field, what was
expected), as for routines and relief content. This module does no I/O and has no user-visible
strings of its own.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from typing import Any

from spasm_desktop.core.relief import SOURCE_RE, Problem, source_ids
from spasm_desktop.core.routine import ID_RE, ProblemCode

__all__ = [
    "ALWAYS",
    "FILE",
    "FLUID_LIMIT",
    "FORMAT",
    "KEEP",
    "KINDS",
    "MAX_TEXT",
    "MAX_TIPS",
    "MAX_WORDS",
    "WATER",
    "WHEN",
    "Problem",
    "Tip",
    "choose",
    "parse_tips",
    "pick",
    "remember",
]

FORMAT = 1
FILE = "tips.json"
#: The reminder kinds (the values of ``core.reminders.ReminderKind``).
WATER = "water"
KINDS: tuple[str, ...] = (WATER, "stretch", "move", "bedtime")
#: When a tip is shown: in any case, or only when the person has a clinician-set fluid limit.
ALWAYS = "always"
FLUID_LIMIT = "fluid_limit"
WHEN: tuple[str, ...] = (ALWAYS, FLUID_LIMIT)
#: A tip is read at a glance.
MAX_WORDS = 25
MAX_TEXT = 200
MAX_TIPS = 100
#: How many shown ids :func:`remember` keeps by default.
KEEP = 12

TOP_KEYS = ("format", "tips")
TIP_KEYS = ("id", "kind", "text", "source", "when")
_SOURCE_EXPECTED = "source ids like 'S6' or 'S6, S40'"


@dataclasses.dataclass(frozen=True)
class Tip:
    """One short tip for the pop-up of one kind of reminder."""

    id: str
    #: The reminder kind: one of :data:`KINDS`.
    kind: str
    text: str
    #: Source ids of CONTENT.md §9, like ``"S19, S21"``.
    source: str
    #: :data:`ALWAYS` or :data:`FLUID_LIMIT`.
    when: str = ALWAYS

    @property
    def ids(self) -> tuple[str, ...]:
        """Return the source ids, in order."""
        return source_ids(self.source)


# --- parsing ------------------------------------------------------------------------------------


def parse_tips(raw: Any, file: str = FILE) -> tuple[tuple[Tip, ...] | None, list[Problem]]:
    """Build the tips from a parsed ``tips.json``, or say why not (None if anything is wrong)."""
    problems: list[Problem] = []
    if not isinstance(raw, dict):
        return None, [Problem(file, "", ProblemCode.NOT_AN_OBJECT)]
    version = raw.get("format")
    if version is None:
        return None, [Problem(file, "format", ProblemCode.MISSING, f"{FORMAT}")]
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        return None, [Problem(file, "format", ProblemCode.WRONG_TYPE, f"{FORMAT}")]
    if version > FORMAT:
        return None, [Problem(file, "format", ProblemCode.NEWER_FORMAT, f"{FORMAT}")]
    for key in raw:
        if key not in TOP_KEYS:
            problems.append(
                Problem(file, str(key), ProblemCode.UNKNOWN_KEY, "one of " + ", ".join(TOP_KEYS))
            )
    items = raw.get("tips")
    expected = f"a list of 1 to {MAX_TIPS} objects"
    if items is None:
        problems.append(Problem(file, "tips", ProblemCode.MISSING, expected))
        return None, problems
    if not isinstance(items, list) or not 1 <= len(items) <= MAX_TIPS:
        problems.append(Problem(file, "tips", ProblemCode.WRONG_TYPE, expected))
        return None, problems
    tips: list[Tip] = []
    seen: set[str] = set()
    for index, item in enumerate(items):
        tip = _tip(item, file, f"tips[{index}]", seen, problems)
        if tip is not None:
            tips.append(tip)
    if len(tips) == len(items) and not any(t.when == FLUID_LIMIT for t in tips):
        problems.append(
            Problem(file, "tips", ProblemCode.MISSING, f'a water tip with "when": "{FLUID_LIMIT}"')
        )
    if problems:
        return None, problems
    return tuple(tips), problems


def _tip(item: Any, file: str, where: str, seen: set[str], problems: list[Problem]) -> Tip | None:
    """Check one tip; None (and problems) if it cannot be used."""
    if not isinstance(item, dict):
        problems.append(Problem(file, where, ProblemCode.WRONG_TYPE, "an object"))
        return None
    before = len(problems)

    def bad(name: str, code: ProblemCode, expected: str) -> None:
        problems.append(Problem(file, f"{where}.{name}", code, expected))

    for key in item:
        if key not in TIP_KEYS:
            bad(str(key), ProblemCode.UNKNOWN_KEY, "one of " + ", ".join(TIP_KEYS))

    tip_id = item.get("id")
    if not isinstance(tip_id, str) or not ID_RE.match(tip_id):
        bad("id", ProblemCode.BAD_ID, "lower-case letters, digits and '-'")
        tip_id = ""
    elif tip_id in seen:
        bad("id", ProblemCode.DUPLICATE_ID, "an id not used yet")
    seen.add(tip_id)

    kind = item.get("kind")
    if kind is None:
        bad("kind", ProblemCode.MISSING, "one of " + ", ".join(KINDS))
    elif kind not in KINDS:
        bad("kind", ProblemCode.UNKNOWN_VALUE, "one of " + ", ".join(KINDS))

    text = item.get("text")
    if text is None:
        bad("text", ProblemCode.MISSING, "a text")
    elif not isinstance(text, str) or not text.strip():
        bad("text", ProblemCode.WRONG_TYPE, "a non-empty text")
    elif len(text) > MAX_TEXT or len(text.split()) > MAX_WORDS:
        bad("text", ProblemCode.TOO_LONG, f"at most {MAX_WORDS} words and {MAX_TEXT} characters")

    source = item.get("source")
    if source is None:
        bad("source", ProblemCode.MISSING, _SOURCE_EXPECTED)
    elif not isinstance(source, str) or not SOURCE_RE.match(source):
        bad("source", ProblemCode.WRONG_TYPE, _SOURCE_EXPECTED)

    when = item.get("when", ALWAYS)
    if when not in WHEN:
        bad("when", ProblemCode.UNKNOWN_VALUE, "one of " + ", ".join(WHEN))
    elif when == FLUID_LIMIT and kind != WATER:
        bad("when", ProblemCode.UNKNOWN_VALUE, f"'{ALWAYS}' (only water tips have a fluid limit)")

    if len(problems) > before:
        return None
    assert isinstance(text, str)
    assert isinstance(source, str)
    return Tip(tip_id, str(kind), text.strip(), source, str(when))


# --- rotation -----------------------------------------------------------------------------------


def pick(tips: Sequence[Tip], kind: str, recent: Sequence[str], fluid_limit: bool) -> Tip | None:
    """Return the tip to show on a reminder of ``kind``, or None if there is none.

    ``recent`` holds the ids shown lately, newest last. With ``fluid_limit``, a water reminder
    only ever gets a fluid-limit tip; otherwise fluid-limit tips are never shown. Among the
    candidates, the first in file order that is not in ``recent`` wins; if all are recent, the
    one shown least recently.
    """
    want = FLUID_LIMIT if fluid_limit and kind == WATER else ALWAYS
    candidates = [tip for tip in tips if tip.kind == kind and tip.when == want]
    if not candidates:
        return None
    last_shown = {tip_id: index for index, tip_id in enumerate(recent)}
    for tip in candidates:
        if tip.id not in last_shown:
            return tip
    return min(candidates, key=lambda tip: last_shown[tip.id])


def remember(recent: Sequence[str], tip_id: str, keep: int = KEEP) -> tuple[str, ...]:
    """Return ``recent`` with ``tip_id`` added as the newest, keeping the ``keep`` newest ids.

    An earlier occurrence of ``tip_id`` is dropped, so the ids stay distinct.
    """
    if keep < 1:
        return ()
    shown = [other for other in recent if other != tip_id]
    shown.append(tip_id)
    return tuple(shown[-keep:])


def choose(
    tips: Sequence[Tip], kinds: Sequence[str], shown: Any, fluid_limit: bool
) -> tuple[dict[str, Tip], dict[str, list[str]]]:
    """Pick one tip for each of ``kinds``, rotating so none repeats before the others were shown.

    ``shown`` is the stored record of the tips shown lately (``{kind: [id, ...]}``, newest last);
    anything else in it is ignored. Returns the tip of each kind that has one, and the record to
    store in place of ``shown``. Each kind keeps as many ids as it has tips less one, so a tip
    comes again only after all the others of its kind were shown.
    """
    record = _shown_record(shown)
    chosen: dict[str, Tip] = {}
    for kind in kinds:
        recent = record.get(kind, [])
        tip = pick(tips, kind, recent, fluid_limit)
        if tip is None:
            continue
        chosen[kind] = tip
        per_kind = sum(1 for t in tips if t.kind == kind)
        record[kind] = list(remember(recent, tip.id, keep=max(1, per_kind - 1)))
    return chosen, record


def _shown_record(shown: Any) -> dict[str, list[str]]:
    """The stored record of shown tips, without what is not a kind's list of ids."""
    if not isinstance(shown, Mapping):
        return {}
    return {
        str(kind): [i for i in ids if isinstance(i, str)]
        for kind, ids in shown.items()
        if isinstance(ids, list)
    }
