"""Nights entered afterwards: the rows of "Add nights" and of the bedside sheet, and what saving
them writes.

Pure functions (no Qt, no I/O, no clock: callers pass ``now``). One row a night, in the
columns of :data:`COLUMNS` (the diary's "Add nights" and the printed bedside sheet show the
same columns in this order). A row is written the way the morning check-in writes its answer
(:func:`spasm_desktop.core.nights.episodes_from_count`): "0" is the answer "No cramps", a count
(1, 2, 3 for "3 or more") stores that many episodes with their time in the night unknown, and
"Not sure" is the answer "Not sure".

Nights that already have an answer show it (:func:`entry_from_answer`). Saving leaves a row as
it is when it is empty or unchanged; a changed row replaces the night's answer, and the
episodes that answer stored (told at the check-in, time unknown) are replaced by the new
count's. Cramps logged in the diary during the night are never touched: like the check-in, a
count is of any *other* cramps (:func:`logged_in_night` says how many are there already).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence

from spasm_desktop.core import nights
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import Answer, MorningAnswer, NightClock
from spasm_desktop.core.relief import Area

#: The areas a row offers: those of the morning check-in (the legs and feet of night cramps).
AREAS = (Area.CALF, Area.FOOT, Area.HAMSTRING, Area.QUADRICEPS)
#: The nights "Add nights" offers at first, ending with the latest night that is over.
DEFAULT_NIGHTS = 14
#: The most nights one "Add nights" shows (two months).
MAX_NIGHTS = 62


class Column(enum.Enum):
    """The columns of a night's row, for the screen and the bedside sheet."""

    NIGHT = "night"
    COUNT = "count"
    WORST = "worst"
    AREA = "area"
    WOKE = "woke"
    NOT_SURE = "not_sure"


#: The columns, in the order both the dialog and the sheet show them.
COLUMNS = (
    Column.NIGHT,
    Column.COUNT,
    Column.WORST,
    Column.AREA,
    Column.WOKE,
    Column.NOT_SURE,
)


@dataclasses.dataclass(frozen=True)
class NightEntry:
    """One filled-in row: ``count`` 0 (no cramps) to 3 ("3 or more"), or ``not_sure``.

    The details (worst 0-10, area, woke me) go with a count of 1 or more only.
    """

    count: int | None = None
    worst: int | None = None
    area: str | None = None
    woke: bool = False
    not_sure: bool = False

    def __post_init__(self) -> None:
        if self.not_sure and self.count is not None:
            raise ValueError("'not sure' goes without a count")
        if not self.not_sure and self.count is None:
            raise ValueError("a row needs a count or 'not sure'")
        if self.count is not None and not 0 <= self.count <= nights.MAX_COUNT:
            raise ValueError(f"a count is 0 to {nights.MAX_COUNT}")
        if not self.count and (self.worst is not None or self.area is not None or self.woke):
            raise ValueError("details go with a count of 1 or more")
        if self.worst is not None and not 0 <= self.worst <= 10:
            raise ValueError("the worst is 0 to 10")
        if self.area is not None and self.area not in {a.value for a in AREAS}:
            raise ValueError(f"area {self.area!r} is not offered")


@dataclasses.dataclass(frozen=True)
class NightWrite:
    """What saving one row does: ``answer`` and its ``episodes`` replace the night's answer
    and the episodes ``replaced`` (the uids of those the earlier answer stored).
    """

    night: dt.date
    answer: MorningAnswer
    episodes: tuple[Episode, ...]
    replaced: tuple[Episode, ...]
    #: The answer replaced (None: the night had none); with ``replaced``, what undo restores.
    previous: MorningAnswer | None


# --- which nights -------------------------------------------------------------------------------


def latest_night(now: dt.datetime, clock: NightClock) -> dt.date:
    """The latest night that is over at ``now`` (its bedtime window has ended): the night in
    progress, or one not yet slept, cannot be entered.
    """
    night = clock.night_of(now)
    return night if clock.window_end(night) <= now else night - dt.timedelta(days=1)


def default_range(now: dt.datetime, clock: NightClock) -> tuple[dt.date, dt.date]:
    """The nights "Add nights" offers at first: the last :data:`DEFAULT_NIGHTS` that are over."""
    last = latest_night(now, clock)
    return last - dt.timedelta(days=DEFAULT_NIGHTS - 1), last


def sheet_nights(now: dt.datetime, clock: NightClock, count: int = DEFAULT_NIGHTS) -> list[dt.date]:
    """The nights of a bedside sheet printed at ``now``: ``count`` of them from the next night
    to be slept (tonight, or the night in progress when printed in it).
    """
    first = latest_night(now, clock) + dt.timedelta(days=1)
    return nights.nights_between(first, first + dt.timedelta(days=count - 1))


def night_range(
    first: dt.date, last: dt.date, now: dt.datetime, clock: NightClock
) -> list[dt.date]:
    """The nights from ``first`` to ``last`` that can be entered, oldest first: none after the
    latest night that is over, and at most :data:`MAX_NIGHTS` (the latest ones).
    """
    last = min(last, latest_night(now, clock))
    first = max(first, last - dt.timedelta(days=MAX_NIGHTS - 1))
    return nights.nights_between(first, last)


# --- rows from the record, and the record from rows ------------------------------------------


def entry_from_answer(answer: MorningAnswer | None) -> NightEntry | None:
    """The row an earlier answer shows (None: an empty row, also for "Skip")."""
    if answer is None or answer.answer is Answer.SKIPPED:
        return None
    if answer.answer is Answer.NOT_SURE:
        return NightEntry(not_sure=True)
    if answer.answer is Answer.NONE:
        return NightEntry(count=0)
    area = answer.area if answer.area in {a.value for a in AREAS} else None
    return NightEntry(count=answer.count, worst=answer.worst, area=area, woke=bool(answer.woke))


def answer_of(entry: NightEntry, night: dt.date, now: dt.datetime) -> MorningAnswer:
    """The morning answer a row stands for."""
    if entry.not_sure:
        return MorningAnswer(night, now, Answer.NOT_SURE)
    if not entry.count:
        return MorningAnswer(night, now, Answer.NONE)
    return MorningAnswer(
        night,
        now,
        Answer.COUNT,
        count=entry.count,
        worst=entry.worst,
        area=entry.area,
        woke=entry.woke or None,
    )


def _from_checkin(episode: Episode) -> bool:
    """Whether an episode was stored by a check-in answer (and not since given a time)."""
    return episode.source == "checkin" and episode.time_unknown


def logged_in_night(episodes: Iterable[Episode], clock: NightClock) -> dict[dt.date, int]:
    """How many cramps were logged in each night, not counting those a check-in answer stored
    (a row's count is of any others).
    """
    found: dict[dt.date, int] = {}
    for episode in episodes:
        if not _from_checkin(episode) and clock.in_bed(episode):
            night = clock.night_of(episode.started)
            found[night] = found.get(night, 0) + 1
    return found


def plan(
    entries: Mapping[dt.date, NightEntry | None],
    answers: Mapping[dt.date, MorningAnswer],
    episodes: Sequence[Episode],
    clock: NightClock,
    now: dt.datetime,
) -> list[NightWrite]:
    """What saving the rows writes, night by night (oldest first).

    ``entries``: the rows as filled in (None: empty); ``answers`` and ``episodes``: what the
    record holds for those nights. An empty row, or one that shows the night's answer
    unchanged, writes nothing.
    """
    stored: dict[dt.date, list[Episode]] = {}
    for episode in episodes:
        if _from_checkin(episode):
            stored.setdefault(clock.night_of(episode.started), []).append(episode)
    writes: list[NightWrite] = []
    for night in sorted(entries):
        entry = entries[night]
        previous = answers.get(night)
        if entry is None or entry == entry_from_answer(previous):
            continue
        answer = answer_of(entry, night, now)
        writes.append(
            NightWrite(
                night,
                answer,
                tuple(nights.episodes_from_count(answer, clock)),
                tuple(stored.get(night, ())),
                previous,
            )
        )
    return writes


# --- the check-in's cramps in the diary ---------------------------------------------------------


def merge_target(told: Episode, episodes: Iterable[Episode], clock: NightClock) -> Episode | None:
    """The cramp logged in the same night that a cramp told at the morning check-in (time not
    known) can be merged with: the first one of that night with its time known (None if there
    is none, or ``told`` has a known time).
    """
    if not told.time_unknown:
        return None
    night = clock.night_of(told.started)
    found = [
        e
        for e in episodes
        if not e.time_unknown
        and e.uid != told.uid
        and clock.night_of(e.started) == night
        and clock.in_bed(e)
    ]
    return min(found, key=lambda e: e.started) if found else None


def merged(logged: Episode, told: Episode) -> Episode:
    """``logged`` (kept, with its time) completed with what the check-in told and it lacks:
    the area and side, the severity, and whether it woke the person.
    """
    return dataclasses.replace(
        logged,
        area=logged.area if logged.area is not None else told.area,
        side=logged.side if logged.side is not None else told.side,
        severity=logged.severity if logged.severity is not None else told.severity,
        woke_me=logged.woke_me if logged.woke_me is not None else told.woke_me,
    )
