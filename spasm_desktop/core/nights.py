"""Nights that count: each night is known (with or without cramps) or not recorded.

Pure functions of recorded data and the person's bedtime (no Qt, no I/O, no clock: callers pass
``now``). The definitions, for the diary, the history and the report:

- A *night* is named by the date of the evening it starts, in the person's time zone, and is
  placed around their bedtime: it runs from :data:`STARTS_BEFORE_BEDTIME` before bedtime to the
  same time the next day (with a bedtime of 22:30, noon to noon, as in
  :func:`spasm_desktop.core.stats.night_of`). A bedtime before :data:`EARLY_MORNING` (00:30,
  say) belongs to the evening before; a later one (a night shift going to bed at 07:00) to its
  own date. Times are wall-clock times, so the nights of the DST changes last 23 or 25 hours.
- The *bedtime window* is from bedtime to :data:`WINDOW_AFTER_BEDTIME` after it: the morning
  check-in asks about a night only once that window is over.
- A night is *with cramps* when a night cramp was logged in it (or the morning check-in gave a
  count); *without cramps* when the morning check-in answered "No cramps", or the bedtime
  routine was finished that night and the morning check-in was answered ("Not sure" included:
  the app was used at both ends of the night); otherwise *not recorded* ("Skip" is no answer).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Iterable, Mapping

from spasm_desktop.core.episode import AREAS, SIDES, Episode

#: A night starts this long before bedtime (22:30 → noon).
STARTS_BEFORE_BEDTIME = dt.timedelta(hours=10, minutes=30)
#: Bedtimes before this hour belong to the evening before (going to bed at 00:30 on a Saturday
#: ends Friday's evening).
EARLY_MORNING = dt.time(6, 0)
#: The bedtime window: the morning check-in asks once it is over (22:30 → 06:30).
WINDOW_AFTER_BEDTIME = dt.timedelta(hours=8)
#: A cramp counts for its night when it started from this long before bedtime ...
IN_BED_BEFORE = dt.timedelta(hours=2)
#: ... to this long after it (22:30 → 20:30 to 08:30), or was marked woke me / asleep / in bed.
IN_BED_AFTER = dt.timedelta(hours=10)
IN_BED_CONTEXTS = frozenset({"asleep", "in_bed"})
#: The most cramps one check-in answer stores ("3+" is stored as 3).
MAX_COUNT = 3
#: The check-in counts as the person being at the computer when input came this recently.
ACTIVE_IDLE_S = 60.0


class NightState(enum.Enum):
    """What is known of one night."""

    WITH_CRAMPS = "with_cramps"
    WITHOUT_CRAMPS = "without_cramps"
    NOT_RECORDED = "not_recorded"


class Answer(enum.Enum):
    """The morning check-in's answers."""

    NONE = "none"
    COUNT = "count"
    NOT_SURE = "not_sure"
    SKIPPED = "skipped"


@dataclasses.dataclass(frozen=True)
class MorningAnswer:
    """The answer to "How was last night?" for one night."""

    night: dt.date
    answered_at: dt.datetime
    answer: Answer
    #: How many cramps (1, 2, 3 for "3+"); only with :attr:`Answer.COUNT`.
    count: int | None = None
    #: The worst, 0-10.
    worst: int | None = None
    area: str | None = None
    side: str | None = None
    woke: bool | None = None

    def __post_init__(self) -> None:
        if self.answered_at.tzinfo is None:
            raise ValueError("answered_at needs a time zone")
        if (self.answer is Answer.COUNT) != (self.count is not None):
            raise ValueError("a count goes with the answer 'count', and only with it")
        if self.count is not None and not 1 <= self.count <= MAX_COUNT:
            raise ValueError(f"a count is 1 to {MAX_COUNT}")
        if self.worst is not None and not 0 <= self.worst <= 10:
            raise ValueError("the worst is 0 to 10")
        if self.area is not None and self.area not in AREAS:
            raise ValueError(f"unknown area {self.area!r}")
        if self.side is not None and self.side not in SIDES:
            raise ValueError(f"unknown side {self.side!r}")
        if self.answer is not Answer.COUNT and (
            self.worst is not None or self.area is not None or self.side is not None
        ):
            raise ValueError("details go with a count")


@dataclasses.dataclass(frozen=True)
class NightClock:
    """Where the nights fall for a bedtime in a time zone."""

    bedtime: dt.time
    tz: dt.tzinfo

    def _bedtime_offset(self) -> dt.timedelta:
        """From the local midnight that starts a night's date to its bedtime (wall clock)."""
        offset = dt.timedelta(hours=self.bedtime.hour, minutes=self.bedtime.minute)
        if self.bedtime < EARLY_MORNING:
            offset += dt.timedelta(days=1)
        return offset

    def _instant(self, wall: dt.datetime) -> dt.datetime:
        """A local wall-clock time as an instant in UTC (a time skipped by DST moves on)."""
        return wall.replace(tzinfo=self.tz).astimezone(dt.UTC)

    def bedtime_of(self, night: dt.date) -> dt.datetime:
        """The instant of the night's bedtime."""
        return self._instant(dt.datetime.combine(night, dt.time(0)) + self._bedtime_offset())

    def start(self, night: dt.date) -> dt.datetime:
        """The instant the night begins (:data:`STARTS_BEFORE_BEDTIME` before bedtime)."""
        wall = dt.datetime.combine(night, dt.time(0)) + self._bedtime_offset()
        return self._instant(wall - STARTS_BEFORE_BEDTIME)

    def end(self, night: dt.date) -> dt.datetime:
        """The instant the night ends (the next one starts)."""
        return self.start(night + dt.timedelta(days=1))

    def window_end(self, night: dt.date) -> dt.datetime:
        """The end of the night's bedtime window (the check-in may ask from here)."""
        wall = dt.datetime.combine(night, dt.time(0)) + self._bedtime_offset()
        return self._instant(wall + WINDOW_AFTER_BEDTIME)

    def night_of(self, instant: dt.datetime) -> dt.date:
        """The night an instant falls in."""
        wall = instant.astimezone(self.tz).replace(tzinfo=None)
        shift = self._bedtime_offset() - STARTS_BEFORE_BEDTIME
        return (wall - shift).date()

    def in_bed(self, episode: Episode) -> bool:
        """Whether an episode is a cramp of its night (in the hours around bedtime, or marked
        woke me, asleep or in bed, or told at the morning check-in).
        """
        if episode.woke_me or IN_BED_CONTEXTS & set(episode.context) or episode.time_unknown:
            return True
        wall = dt.datetime.combine(self.night_of(episode.started), dt.time(0))
        wall += self._bedtime_offset()
        return (
            self._instant(wall - IN_BED_BEFORE)
            <= episode.started
            < self._instant(wall + IN_BED_AFTER)
        )


def nights_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """Every night from ``first`` to ``last``, both included (none if ``last`` is earlier)."""
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def classify(
    nights: Iterable[dt.date],
    clock: NightClock,
    episodes: Iterable[Episode],
    answers: Mapping[dt.date, MorningAnswer],
    bedtime_sessions: Iterable[dt.datetime] = (),
) -> dict[dt.date, NightState]:
    """What is known of each night.

    ``episodes``: the logged cramps (any that fall in other nights are ignored);
    ``answers``: the morning check-in's answers by night; ``bedtime_sessions``: the start times of
    the bedtime routines that were finished.
    """
    wanted = list(nights)
    with_cramps = {clock.night_of(e.started) for e in episodes if clock.in_bed(e)}
    routine = {clock.night_of(at) for at in bedtime_sessions}
    states: dict[dt.date, NightState] = {}
    for night in wanted:
        answer = answers.get(night)
        kind = answer.answer if answer is not None else None
        if night in with_cramps or kind is Answer.COUNT:
            states[night] = NightState.WITH_CRAMPS
        elif kind is Answer.NONE or (night in routine and kind is Answer.NOT_SURE):
            states[night] = NightState.WITHOUT_CRAMPS
        else:
            states[night] = NightState.NOT_RECORDED
    return states


# --- when to ask --------------------------------------------------------------------------------


def night_to_ask(now: dt.datetime, clock: NightClock) -> dt.date | None:
    """The night the morning check-in is about at ``now``: the latest night whose bedtime window
    is over, until the next night's bedtime (after that it would be about the wrong night).
    """
    for night in (clock.night_of(now), clock.night_of(now) - dt.timedelta(days=1)):
        if clock.window_end(night) <= now < clock.bedtime_of(night + dt.timedelta(days=1)):
            return night
    return None


@dataclasses.dataclass(frozen=True)
class CheckinFacts:
    """What the check-in policy reads at one moment (the caller gathers it)."""

    now: dt.datetime
    #: Seconds since the person's last input (0 at the app's start and on resume).
    idle_s: float
    #: Reminders are held now (do-not-disturb, a pause, a meeting, full screen).
    held: bool
    #: The latest night the check-in was shown for (stored, so it survives restarts).
    last_asked: dt.date | None
    #: The nights that already have an answer.
    answered: frozenset[dt.date] = frozenset()


def checkin_due(facts: CheckinFacts, clock: NightClock, enabled: bool) -> dt.date | None:
    """The night to ask about now, or None.

    Asked at the first activity (or start) after the bedtime window, once per night: never for a
    night at or before ``last_asked`` (a clock set back does not ask again), never for an
    answered night, and not while reminders are held (the caller asks again when they are
    released). After a clock jump forward only the latest night is asked about.
    """
    if not enabled or facts.held or facts.idle_s > ACTIVE_IDLE_S:
        return None
    night = night_to_ask(facts.now, clock)
    if night is None or night in facts.answered:
        return None
    if facts.last_asked is not None and night <= facts.last_asked:
        return None
    return night


def unanswered_night(
    now: dt.datetime, clock: NightClock, answered: Iterable[dt.date]
) -> dt.date | None:
    """The night Today shows as "not answered yet", or None."""
    night = night_to_ask(now, clock)
    if night is None or night in set(answered):
        return None
    return night


def episodes_from_count(
    answer: MorningAnswer,
    clock: NightClock,
    longest_s: int | None = None,
    sleep_disruption: int | None = None,
) -> list[Episode]:
    """The episodes a check-in count stores: ``count`` of them, timed at the night's bedtime
    with the time marked unknown, carrying the answer's area, side and "woke me". The worst,
    the longest (``longest_s``, the two-week log asks it) and how much the night's cramps
    disturbed sleep (0-10) go on the first only: they were one night's, not each cramp's.
    """
    if answer.count is None:
        return []
    started = clock.bedtime_of(answer.night)
    return [
        Episode(
            started=started,
            area=answer.area,
            side=answer.side,
            # the worst was one of them: the others' severity is not known
            severity=answer.worst if number == 0 else None,
            duration_s=longest_s if number == 0 else None,
            sleep_disruption=sleep_disruption if number == 0 else None,
            woke_me=answer.woke,
            source="checkin",
            time_unknown=True,
        )
        for number in range(answer.count)
    ]
