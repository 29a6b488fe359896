"""The person's medical profile, asked once: when cramps started, conditions, medicines.

CONTENT.md §7.1 ("Profile, asked once"): when cramps first started (month and year), the
conditions the person chooses to share, and current medicines with start dates plus a record of
changes; §5.2: medicines are for talking to a doctor or pharmacist about, never to stop on one's
own. The clinician-set fluid limit lives in the water settings (``WaterSettings.fluid_limit_ml``).

Pure: no Qt, no files. Problems are :class:`MedicineProblem` and :class:`ProfileProblem`
members, which are plain-English strings for logs; the UI shows its own translated words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import uuid
from collections.abc import Iterable

#: The conditions offered (keys), in the order shown. CONTENT.md names diabetes, thyroid,
#: kidney, liver and vascular disease for the profile (§7.1, from S8 and S12), heart problems
#: with fluid limits (§0, §3.3, §6.2), and nerve damage such as diabetic neuropathy (§2.3, §5.1
#: differentiation notes).
CONDITIONS = ("diabetes", "thyroid", "kidney", "liver", "heart", "vascular", "nerve")
MAX_NAME = 200
MAX_NOTE = 500
#: The earliest year "cramps first started" accepts.
FIRST_YEAR = 1900

#: What a medicine change is: it started or it stopped.
STARTED = "started"
STOPPED = "stopped"


class MedicineProblem(enum.StrEnum):
    """Why a medicine cannot be saved (the value is the plain-English reason)."""

    NO_NAME = "the name is empty"
    LONG_NAME = f"the name is longer than {MAX_NAME} characters"
    LONG_NOTE = f"the note is longer than {MAX_NOTE} characters"
    STOP_BEFORE_START = "the stop date is before the start date"
    START_IN_FUTURE = "the start date is in the future"
    STOP_IN_FUTURE = "the stop date is in the future"


class ProfileProblem(enum.StrEnum):
    """Why a profile cannot be saved (the value is the plain-English reason)."""

    BAD_MONTH = "when cramps started is not a month from January to December"
    TOO_EARLY = f"when cramps started is before {FIRST_YEAR}"
    IN_FUTURE = "when cramps started is in the future"
    UNKNOWN_CONDITION = "a condition is not one of " + ", ".join(CONDITIONS)
    LONG_NOTE = f"the other conditions are longer than {MAX_NOTE} characters"


@dataclasses.dataclass(frozen=True)
class Medicine:
    """A medicine the person takes or took. ``uid`` identifies it across edits.

    ``stopped`` is the first day without it: it is taken from ``started`` (if known) up to the
    day before ``stopped``.
    """

    name: str
    started: dt.date | None = None
    stopped: dt.date | None = None
    #: For example the dose, or "dose changed on 3 May".
    note: str = ""
    uid: str = dataclasses.field(default_factory=lambda: uuid.uuid4().hex)

    def active_on(self, day: dt.date) -> bool:
        """Whether it was being taken on ``day`` (an unknown start counts as "always")."""
        if self.started is not None and day < self.started:
            return False
        return self.stopped is None or day < self.stopped


@dataclasses.dataclass(frozen=True)
class MedicalProfile:
    """The answers that do not change often (CONTENT.md §7.1 "Profile, asked once")."""

    #: When cramps first started, as (year, month); None when not known or not answered.
    cramps_since: tuple[int, int] | None = None
    #: Keys from :data:`CONDITIONS`, in that order.
    conditions: tuple[str, ...] = ()
    #: Other conditions, in the person's words.
    conditions_note: str = ""


def medicine_problems(medicine: Medicine, today: dt.date) -> list[MedicineProblem]:
    """Return every reason ``medicine`` cannot be saved (empty when it can be)."""
    found: list[MedicineProblem] = []
    name = medicine.name.strip()
    if not name:
        found.append(MedicineProblem.NO_NAME)
    elif len(name) > MAX_NAME:
        found.append(MedicineProblem.LONG_NAME)
    if len(medicine.note) > MAX_NOTE:
        found.append(MedicineProblem.LONG_NOTE)
    started, stopped = medicine.started, medicine.stopped
    if started is not None and stopped is not None and stopped < started:
        found.append(MedicineProblem.STOP_BEFORE_START)
    if started is not None and started > today:
        found.append(MedicineProblem.START_IN_FUTURE)
    if stopped is not None and stopped > today:
        found.append(MedicineProblem.STOP_IN_FUTURE)
    return found


def medicine_changes(
    medicines: Iterable[Medicine], start: dt.date, end: dt.date
) -> list[tuple[dt.date, str, Medicine]]:
    """Return the starts and stops from ``start`` to ``end`` (both included), oldest first.

    Each is ``(day, STARTED or STOPPED, medicine)``. On the same day, stops come before starts
    (a switch reads "stopped A, started B"), then by name.
    """
    events: list[tuple[dt.date, str, Medicine]] = []
    for medicine in medicines:
        for day, what in ((medicine.started, STARTED), (medicine.stopped, STOPPED)):
            if day is not None and start <= day <= end:
                events.append((day, what, medicine))
    return sorted(events, key=lambda e: (e[0], e[1] != STOPPED, e[2].name.casefold(), e[2].uid))


def active_medicines(medicines: Iterable[Medicine], day: dt.date) -> list[Medicine]:
    """Return the medicines taken on ``day``, in the order given."""
    return [m for m in medicines if m.active_on(day)]


def profile_problems(profile: MedicalProfile, today: dt.date) -> list[ProfileProblem]:
    """Return every reason ``profile`` cannot be saved (empty when it can be)."""
    found: list[ProfileProblem] = []
    if profile.cramps_since is not None:
        year, month = profile.cramps_since
        if not 1 <= month <= 12:
            found.append(ProfileProblem.BAD_MONTH)
        elif year < FIRST_YEAR:
            found.append(ProfileProblem.TOO_EARLY)
        elif (year, month) > (today.year, today.month):
            found.append(ProfileProblem.IN_FUTURE)
    if not set(profile.conditions) <= set(CONDITIONS):
        found.append(ProfileProblem.UNKNOWN_CONDITION)
    if len(profile.conditions_note) > MAX_NOTE:
        found.append(ProfileProblem.LONG_NOTE)
    return found


def sorted_conditions(keys: Iterable[str]) -> tuple[str, ...]:
    """The known condition keys among ``keys``, once each, in :data:`CONDITIONS` order."""
    chosen = set(keys)
    return tuple(key for key in CONDITIONS if key in chosen)


def format_month(value: tuple[int, int]) -> str:
    """Format (year, month) as "YYYY-MM"."""
    year, month = value
    return f"{year:04d}-{month:02d}"


def parse_month(text: str) -> tuple[int, int]:
    """Parse "YYYY-MM" into (year, month); raise ValueError if it is not one."""
    year_text, sep, month_text = text.partition("-")
    if not sep or len(year_text) != 4 or len(month_text) != 2:
        raise ValueError(f"not a month such as 2024-03: {text!r}")
    if not (text.isascii() and year_text.isdigit() and month_text.isdigit()):
        raise ValueError(f"not a month such as 2024-03: {text!r}")
    year, month = int(year_text), int(month_text)
    if not 1 <= month <= 12:
        raise ValueError(f"not a month such as 2024-03: {text!r}")
    return year, month
