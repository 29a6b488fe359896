"""The sitting timer: continuous time at the computer, from samples of "seconds since last input".

The app samples an activity source now and then (:class:`Sample`: the time, the seconds since the
last keyboard or mouse input, and whether the screen is locked). From those samples this module
keeps a :class:`SittingState`, as pure functions of ``(state, sample)``:

* The person is **away** while the screen is locked, or once no input came for
  :data:`AWAY_AFTER`; that whole quiet stretch counts as away, from the last input on. Time the
  app did not see at all (the machine was suspended or off, the app was closed: two samples more
  than :data:`MAX_GAP` apart) counts as away too.
* An absence shorter than the natural-break threshold pauses the timer; one at least that long
  ends the sitting spell: it is reported as a natural :class:`Break`, and the timer starts again
  from zero when the person comes back.
* "Done, I moved" (:func:`moved`) is a prompted break: it resets the timer too.
* ``since_prompt_s`` counts sitting time since the spell began or the last move reminder
  (:func:`prompted`); the move reminder is due when it reaches the interval.
* ``today_s`` is the sitting time of the local day, split at local midnight.

Where the last input happened between two samples is known exactly (the idle time says so); when
the person came back is only known to lie between two samples, and is taken as the earlier one.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum

from spasm_desktop.core import schedule

#: No input for this long (or a locked screen) means the person is away from the computer.
AWAY_AFTER = dt.timedelta(seconds=60)
#: Input within this long means the person is at the computer right now (a pop-up may show).
AT_DESK_WITHIN = dt.timedelta(seconds=30)
#: Samples further apart than this mean the app could not watch (suspend, app closed, machine
#: off): the time between counts as away. The app samples at least once a minute.
MAX_GAP = dt.timedelta(seconds=150)


class BreakSource(enum.Enum):
    """How a break came about."""

    NATURAL = "natural"  # the person was away long enough on their own
    PROMPTED = "prompted"  # they answered a move reminder with "Done, I moved"


@dataclasses.dataclass(frozen=True)
class Break:
    """A break from sitting."""

    start: dt.datetime
    end: dt.datetime
    source: BreakSource


@dataclasses.dataclass(frozen=True)
class Sample:
    """One reading of the activity source."""

    at: dt.datetime
    idle_s: float
    locked: bool = False


class Presence(enum.Enum):
    """Where the person is, as far as the last sample tells."""

    AT_DESK = "at_desk"  # input within AT_DESK_WITHIN
    IDLE = "idle"  # no input for a little while, not yet away
    AWAY = "away"  # away, not yet long enough for a break
    ON_BREAK = "on_break"  # away for at least the natural-break threshold


@dataclasses.dataclass(frozen=True)
class SittingState:
    """What the timer remembers between samples."""

    #: When the current sitting spell began (None before the first sample).
    spell_start: dt.datetime | None = None
    #: Sitting seconds of this spell, summed up to :attr:`counted_until`.
    sat_s: float = 0.0
    #: Sitting seconds since the spell began or the last move reminder.
    since_prompt_s: float = 0.0
    counted_until: dt.datetime | None = None
    #: The start of the current absence (the last input), while the person is away.
    away_since: dt.datetime | None = None
    last_seen: dt.datetime | None = None
    last_idle_s: float = 0.0
    #: The local day that :attr:`today_s` belongs to, and its sitting seconds.
    day: dt.date | None = None
    today_s: float = 0.0

    def presence(self, break_after: dt.timedelta) -> Presence:
        """Return where the person was at the last sample."""
        if self.away_since is not None and self.last_seen is not None:
            if self.last_seen - self.away_since >= break_after:
                return Presence.ON_BREAK
            return Presence.AWAY
        if self.last_idle_s < AT_DESK_WITHIN.total_seconds():
            return Presence.AT_DESK
        return Presence.IDLE

    def sitting_s(self, break_after: dt.timedelta) -> float:
        """Return the length of the current sitting spell (0 while on a break)."""
        if self.presence(break_after) is Presence.ON_BREAK:
            return 0.0
        return self.sat_s

    def today(self, now: dt.datetime, tz: dt.tzinfo) -> float:
        """Return today's sitting seconds (0 if the last count was on an earlier day)."""
        return self.today_s if self.day == schedule.local_date(now, tz) else 0.0


def _add(state: SittingState, start: dt.datetime, end: dt.datetime, tz: dt.tzinfo) -> SittingState:
    """Count ``start..end`` as sitting."""
    if end <= start:
        return dataclasses.replace(state, counted_until=max(end, state.counted_until or end))
    seconds = (end - start).total_seconds()
    end_day = schedule.local_date(end, tz)
    if state.day == end_day:
        today = state.today_s + seconds
    else:
        midnight = schedule.local_instant(end_day, dt.time(0), tz)
        today = (end - max(start, midnight)).total_seconds()
    return dataclasses.replace(
        state,
        sat_s=state.sat_s + seconds,
        since_prompt_s=state.since_prompt_s + seconds,
        counted_until=end,
        day=end_day,
        today_s=today,
    )


def _take_back(state: SittingState, since: dt.datetime) -> SittingState:
    """Un-count sitting after ``since`` (it turned out to be the start of an absence)."""
    if state.counted_until is None or since >= state.counted_until:
        return state
    seconds = (state.counted_until - since).total_seconds()
    return dataclasses.replace(
        state,
        sat_s=max(0.0, state.sat_s - seconds),
        since_prompt_s=max(0.0, state.since_prompt_s - seconds),
        today_s=max(0.0, state.today_s - seconds),
        counted_until=since,
    )


def _new_spell(state: SittingState, at: dt.datetime) -> SittingState:
    return dataclasses.replace(
        state, spell_start=at, sat_s=0.0, since_prompt_s=0.0, counted_until=at, away_since=None
    )


def update(
    state: SittingState, sample: Sample, break_after: dt.timedelta, tz: dt.tzinfo
) -> tuple[SittingState, list[Break]]:
    """Take in one sample; return the new state and any natural break that just ended."""
    at = sample.at
    idle = dt.timedelta(seconds=max(0.0, sample.idle_s))
    last_input = at - idle
    away_now = sample.locked or idle >= AWAY_AFTER
    if state.last_seen is None or state.counted_until is None:
        fresh = _new_spell(SittingState(), at)
        fresh = dataclasses.replace(fresh, away_since=last_input if away_now else None)
        return _seen(fresh, sample), []
    if at <= state.last_seen:
        # The wall clock went back: start counting again from here, keeping the totals.
        away = min(state.away_since, at) if state.away_since is not None else None
        if away is None and away_now:
            away = at
        rebased = dataclasses.replace(state, counted_until=at, away_since=away)
        return _seen(rebased, sample), []

    counted, last_seen = state.counted_until, state.last_seen
    unobserved = at - last_seen > MAX_GAP
    if state.away_since is None and (away_now or unobserved):
        # An absence began: at the last input, or when the app last saw the person.
        since = min(last_input, last_seen) if unobserved else last_input
        if state.spell_start is not None:
            since = max(since, state.spell_start)
        state = _take_back(state, since)
        state = _add(state, state.counted_until or since, since, tz)
        state = dataclasses.replace(state, away_since=since, counted_until=since)
        counted = since

    breaks: list[Break] = []
    if state.away_since is not None and not away_now:
        # Back. The first input after the absence came after the last sample that saw the person
        # away; it is taken as that sample (or as the last input, when the app could not see).
        back = max(state.away_since, last_input if unobserved else last_seen)
        if back - state.away_since >= break_after:
            breaks.append(Break(state.away_since, back, BreakSource.NATURAL))
            state = _new_spell(state, back)
        else:
            state = dataclasses.replace(state, away_since=None, counted_until=back)
        counted = back
    if state.away_since is None:
        state = _add(state, counted, at, tz)
    return _seen(state, sample), breaks


def _seen(state: SittingState, sample: Sample) -> SittingState:
    return dataclasses.replace(state, last_seen=sample.at, last_idle_s=max(0.0, sample.idle_s))


def moved(state: SittingState, now: dt.datetime, tz: dt.tzinfo) -> tuple[SittingState, list[Break]]:
    """The person answered "Done, I moved": a prompted break, and the timer starts again."""
    if state.counted_until is not None and state.away_since is None:
        state = _add(state, state.counted_until, now, tz)
    state = _new_spell(state, now)
    return dataclasses.replace(state, last_seen=now, last_idle_s=0.0), [
        Break(now, now, BreakSource.PROMPTED)
    ]


def prompted(state: SittingState) -> SittingState:
    """A move reminder was shown (or deferred): the next one counts sitting from here."""
    return dataclasses.replace(state, since_prompt_s=0.0)


def until_move(state: SittingState, interval: dt.timedelta) -> dt.timedelta:
    """Return how much more sitting makes the move reminder due (zero if it is due)."""
    left = interval.total_seconds() - state.since_prompt_s
    return dt.timedelta(seconds=max(0.0, left))
