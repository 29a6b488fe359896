"""A cramp episode as recorded: when, how long, where, and (optionally) what it was like.

The relief panel creates one when it opens and saves every change at once; ``spasm-desktop cramp
log`` records one from the command line. The choices follow CONTENT.md §7.1 (diary fields).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from collections.abc import Mapping
from types import MappingProxyType

from spasm_desktop.core.relief import Area, Tier

#: Where a cramp can be (the relief panel's areas; "all_over" is many muscles at once). Older
#: records hold a subset of these, so they keep loading.
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
#: CONTENT.md §5.1 "Diary mapping": the tier of each warning sign of the diary. A swollen, red
#: or warm leg is tier 2 (tier 1 with chest pain or breathlessness, which its advice says);
#: numbness and weakness tier 2; skin changes tier 3; cramps elsewhere tier 2 (the chest is
#: tier 1: see :data:`AREA_TIERS`); a recent wound (tetanus) and a possible poison tier 1.
SIGN_TIERS: Mapping[str, Tier] = MappingProxyType(
    {
        "swelling": Tier.TODAY,
        "skin": Tier.SOON,
        "numbness": Tier.TODAY,
        "weakness": Tier.TODAY,
        "elsewhere": Tier.TODAY,
        "wound": Tier.EMERGENCY,
        "poison": Tier.EMERGENCY,
    }
)
#: The red flags (ids of ``red_flags.json``) whose advice each warning sign shows.
SIGN_FLAGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "swelling": ("clot-chest", "clot"),
        "skin": ("leg-swelling-numbness",),
        "numbness": ("weakness-numbness",),
        "weakness": ("weakness-numbness",),
        "elsewhere": ("chest", "arms-belly"),
        "wound": ("tetanus",),
        "poison": ("poison",),
    }
)
#: Areas that are red flags by themselves (§5.1): the chest and cramps all over the body are
#: tier 1, the arms and the belly tier 2.
AREA_TIERS: Mapping[str, Tier] = MappingProxyType(
    {"chest": Tier.EMERGENCY, "all_over": Tier.EMERGENCY, "arm": Tier.TODAY, "belly": Tier.TODAY}
)
AREA_FLAGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "chest": ("chest",),
        "all_over": ("all-over",),
        "arm": ("arms-belly",),
        "belly": ("arms-belly",),
    }
)


#: Triggers that are signs of the next-visit tier (§5.1 tier 4): more cramps since a new
#: medicine (never stop or change it on your own).
TRIGGER_TIERS: Mapping[str, Tier] = MappingProxyType({"new_medicine": Tier.NEXT_VISIT})
TRIGGER_FLAGS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {"new_medicine": ("more-after-medicine",)}
)


def advice_flags(
    signs: tuple[str, ...], area: str | None, triggers: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """The red flags to show for the warning signs ticked, the area and the triggers ticked
    (ids, no repeats).
    """
    found: dict[str, None] = {}
    for flag_id in AREA_FLAGS.get(area or "", ()):
        found.setdefault(flag_id, None)
    for sign in RED_FLAGS:
        if sign in signs:
            for flag_id in SIGN_FLAGS[sign]:
                found.setdefault(flag_id, None)
    for trigger in TRIGGERS:
        if trigger in triggers:
            for flag_id in TRIGGER_FLAGS.get(trigger, ()):
                found.setdefault(flag_id, None)
    return tuple(found)


def warning_tiers(episode: Episode) -> tuple[tuple[str, Tier], ...]:
    """Each warning of an episode with its tier: the area first (when it is a red flag by
    itself, as ``"area:chest"``), then the ticked signs in :data:`RED_FLAGS` order, then the
    triggers that are signs (``"trigger:new_medicine"``).
    """
    found: list[tuple[str, Tier]] = []
    area = episode.area
    if area is not None and area in AREA_TIERS:
        found.append((f"area:{area}", AREA_TIERS[area]))
    found += [(sign, SIGN_TIERS[sign]) for sign in RED_FLAGS if sign in episode.red_flags]
    found += [
        (f"trigger:{trigger}", TRIGGER_TIERS[trigger])
        for trigger in TRIGGERS
        if trigger in episode.triggers and trigger in TRIGGER_TIERS
    ]
    return tuple(found)


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
    #: Told at the morning check-in: it happened in the night, at a time not known
    #: (``started`` is the night's bedtime; see :mod:`spasm_desktop.core.nights`).
    time_unknown: bool = False

    @property
    def long(self) -> bool:
        """Whether it lasted more than 10 minutes (the point to get help if it doesn't ease)."""
        return self.duration_s is not None and self.duration_s > 600


#: The fields beyond the main four (when, where, how bad, how long): the diary's form keeps them
#: under "More details".
DETAIL_FIELDS = (
    "feelings",
    "context",
    "helped",
    "notes",
    "triggers",
    "relief_minutes",
    "woke_me",
    "sleep_disruption",
    "soreness_next_day",
    "red_flags",
)


def has_details(episode: Episode) -> bool:
    """Whether any of :data:`DETAIL_FIELDS` is filled in (a choice ticked, a value given, notes
    that are more than blanks).
    """
    for name in DETAIL_FIELDS:
        value = getattr(episode, name)
        if isinstance(value, str):
            if value.strip():
                return True
        elif isinstance(value, tuple):
            if value:
                return True
        elif value is not None:
            return True
    return False


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
