"""A cramp episode as recorded: when, how long, where, and (optionally) what it was like.

The relief panel creates one when it opens and saves every change at once; ``spasm-desktop cramp
log`` records one from the command line. The choices follow CONTENT.md §7.1 (diary fields).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid

from spasm_desktop.core.relief import Area

#: Where a cramp can be (the relief panel's areas; "all_over" is many muscles at once).
AREAS = tuple(area.value for area in Area)
SIDES = ("left", "right", "both")
#: What it felt like, what the person was doing, what helped (multi-select).
FEELINGS = ("knot", "hard", "twitching", "pulling", "burning", "tingling", "aching")
CONTEXTS = ("asleep", "in_bed", "sitting", "standing", "exercise", "heat")
HELPED = ("stretch", "massage", "walk", "heat", "ice", "pain_reliever", "nothing")
#: Possible triggers (CONTENT §7.1 daily context; sitting, standing, dehydration and a new
#: medicine from the seed risk factors and §5.1).
TRIGGERS = (
    "exercise",
    "heat",
    "long_sitting",
    "long_standing",
    "dehydration",
    "alcohol",
    "caffeine",
    "new_medicine",
)
#: The §7.1 red-flag check: leg swelling, redness or warmth; skin changes; numbness; weakness;
#: cramps elsewhere; a recent wound; contact with a chemical or poison.
RED_FLAGS = ("swelling", "skin", "numbness", "weakness", "elsewhere", "wound", "poison")
#: The red flags whose advice is the emergency tier (the others show the "soon" tier).
#: Ticking one of these shows the "get emergency care now" signs (CONTENT.md §5.1: a swollen,
#: warm, red leg; cramps elsewhere such as the chest or belly; weakness; a wound (tetanus); a
#: possible poison). Numbness and skin changes in the leg are in the "see a provider soon" tier.
EMERGENCY_FLAGS = frozenset({"swelling", "elsewhere", "weakness", "wound", "poison"})
MAX_RELIEF_MINUTES = 240
MAX_DURATION_S = 24 * 3600
MAX_NOTES = 2000
_DURATION_RE = re.compile(r"^\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?\s*(?:(\d+)\s*s(?:ec)?)?\s*$")


@dataclasses.dataclass(frozen=True)
class Episode:
    """One cramp. ``uid`` identifies it across edits (the panel saves each change)."""

    started: dt.datetime
    duration_s: int | None = None
    area: str | None = None
    side: str | None = None
    severity: int | None = None
    feelings: tuple[str, ...] = ()
    context: tuple[str, ...] = ()
    helped: tuple[str, ...] = ()
    notes: str = ""
    triggers: tuple[str, ...] = ()
    #: Minutes until it eased ("time to relief").
    relief_minutes: int | None = None
    woke_me: bool | None = None
    #: Sleep disturbance, 0-10.
    sleep_disruption: int | None = None
    #: Soreness the next day, 0-10.
    soreness_next_day: int | None = None
    red_flags: tuple[str, ...] = ()
    source: str = "panel"
    uid: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def long(self) -> bool:
        """Whether it lasted more than 10 minutes (the point to get help if it doesn't ease)."""
        return self.duration_s is not None and self.duration_s > 600


def problems(episode: Episode) -> list[tuple[str, str]]:
    """Return ``(field, what was expected)`` for every value that cannot be stored."""
    found: list[tuple[str, str]] = []
    if episode.started.tzinfo is None:
        found.append(("started", "a time with a time zone"))
    if episode.duration_s is not None and not 0 <= episode.duration_s <= MAX_DURATION_S:
        found.append(("duration", "from 0 seconds to 24 hours"))
    if episode.area is not None and episode.area not in AREAS:
        found.append(("area", "one of " + ", ".join(AREAS)))
    if episode.side is not None and episode.side not in SIDES:
        found.append(("side", "one of " + ", ".join(SIDES)))
    if episode.severity is not None and not 0 <= episode.severity <= 10:
        found.append(("severity", "a whole number from 0 to 10"))
    choices = (
        ("feelings", FEELINGS),
        ("context", CONTEXTS),
        ("helped", HELPED),
        ("triggers", TRIGGERS),
        ("red_flags", RED_FLAGS),
    )
    for name, allowed in choices:
        if not set(getattr(episode, name)) <= set(allowed):
            found.append((name, "any of " + ", ".join(allowed)))
    relief = episode.relief_minutes
    if relief is not None and not 0 <= relief <= MAX_RELIEF_MINUTES:
        found.append(
            ("relief_minutes", f"a whole number of minutes from 0 to {MAX_RELIEF_MINUTES}")
        )
    for name in ("sleep_disruption", "soreness_next_day"):
        value = getattr(episode, name)
        if value is not None and not 0 <= value <= 10:
            found.append((name, "a whole number from 0 to 10"))
    if len(episode.notes) > MAX_NOTES:
        found.append(("notes", f"at most {MAX_NOTES} characters"))
    return found


def parse_duration(text: str) -> int:
    """Parse ``90s``, ``2m``, ``1m30s``, ``5 min`` or plain seconds; raise ValueError if not."""
    if text.strip().isdigit():
        seconds = int(text)
    else:
        match = _DURATION_RE.match(text)
        if not match or not any(match.groups()):
            raise ValueError(f"not a duration: {text!r} (try 90s, 2m or 1m30s)")
        hours, minutes, secs = (int(g) if g else 0 for g in match.groups())
        seconds = hours * 3600 + minutes * 60 + secs
    if not 0 < seconds <= MAX_DURATION_S:
        raise ValueError("a cramp lasts more than 0 seconds and at most 24 hours")
    return seconds
