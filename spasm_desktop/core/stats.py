"""What the person's record says: day summaries, nights, patterns and streaks.

Pure functions of recorded data (no I/O, no clock, no text): the history window, its charts and
the PDF report all read these. The definitions below are shown in the app where they matter:

- An episode belongs to a day by its start time, in the person's time zone.
- A *night* is named by its evening: the night of 24 Nov runs from noon on the 24th to noon on the
  25th. A *night cramp* started between 20:00 and 08:00, or was marked as woke me, asleep or in
  bed.
- The bedtime routine was *done* on a night when a bedtime routine was finished in that night.
- The report's figures (CONTENT.md §7.2) are in :mod:`core.report_figures`; comparisons are
  counts side by side, never causes.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import Medicine
from spasm_desktop.core.nights import MorningAnswer, NightClock, NightState, classify

#: Night cramps start between these hours (or are marked asleep / in bed / woke me).
NIGHT_FROM_HOUR = 20
NIGHT_TO_HOUR = 8
#: Nights are named by their evening: times before noon belong to the night before.
NIGHT_SPLIT_HOUR = 12
#: Episodes longer than this are flagged (NHS: get help if it does not ease within 10 minutes).
LONG_S = 600
#: The trend compares the first and the last two weeks of periods at least this long, else halves.
TREND_WEEKS_FROM_DAYS = 28
#: Before and after a medicine change, the cramps of this many days are counted.
AROUND_CHANGE_DAYS = 14
#: Areas that are not the typical legs-and-feet of night cramps (CONTENT §7.2: list them).
NON_LEG_AREAS = frozenset({"hand", "arm", "neck", "back", "belly", "chest", "all_over"})
TYPICAL_AREAS = frozenset({"calf", "foot"})
#: Contexts that mean the person was resting (the time-of-day panel: at rest vs exercise).
REST_CONTEXTS = frozenset({"asleep", "in_bed", "sitting"})
NIGHT_CONTEXTS = frozenset({"asleep", "in_bed"})


class DrinkLike(Protocol):
    """A logged drink."""

    @property
    def at(self) -> dt.datetime:
        """When the drink was logged."""

    @property
    def ml(self) -> int:
        """How much was drunk, in millilitres."""


class SessionLike(Protocol):
    """A run of a guided routine."""

    @property
    def routine(self) -> str:
        """The routine's id."""

    @property
    def started(self) -> dt.datetime:
        """When the run started."""

    @property
    def finished(self) -> bool:
        """Whether the routine was played to its end."""


class BreakLike(Protocol):
    """A break from sitting."""

    @property
    def start(self) -> dt.datetime:
        """When the break started."""


@dataclasses.dataclass(frozen=True)
class Period:
    """Whole local days, ``first`` to ``last`` inclusive."""

    first: dt.date
    last: dt.date

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("a period ends on or after its first day")

    @classmethod
    def ending(cls, last: dt.date, days: int) -> Period:
        """The ``days`` days up to and including ``last``."""
        return cls(last - dt.timedelta(days=max(days, 1) - 1), last)

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.last - self.first).days + 1

    def dates(self) -> list[dt.date]:
        """Return the period's dates, first to last."""
        return [self.first + dt.timedelta(days=i) for i in range(self.days)]

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.first <= day <= self.last

    def bounds(self, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
        """The instants of local midnight at the start and after the end (for queries)."""
        return midnight(self.first, tz), midnight(self.last + dt.timedelta(days=1), tz)

    def halves(self) -> tuple[Period, Period]:
        """First and last two weeks (periods of 28 days or more), else the two halves."""
        if self.days >= TREND_WEEKS_FROM_DAYS:
            return (
                Period(self.first, self.first + dt.timedelta(days=13)),
                Period(self.last - dt.timedelta(days=13), self.last),
            )
        half = self.days // 2
        if half == 0:
            return self, self
        first = Period(self.first, self.first + dt.timedelta(days=half - 1))
        return first, Period(self.last - dt.timedelta(days=half - 1), self.last)


@dataclasses.dataclass(frozen=True)
class Record:
    """Everything recorded that the statistics read (already limited to a time range or not)."""

    episodes: Sequence[Episode] = ()
    drinks: Sequence[DrinkLike] = ()
    #: The millilitres and number of drinks per local day, when the reader summed them already
    #: (years of drinks need no object each); ``None``: summed from ``drinks``.
    water: Mapping[dt.date, tuple[int, int]] | None = None
    sessions: Sequence[SessionLike] = ()
    breaks: Sequence[BreakLike] = ()
    #: The water goal recorded for each day; None: the day had no goal (none set, or a fluid
    #: limit), and it stays without one. Only days missing here use ``default_goal_ml``.
    goals: Mapping[dt.date, int | None] = dataclasses.field(default_factory=dict)
    #: The goal of days with nothing recorded (None: no goal, as with a fluid limit).
    default_goal_ml: int | None = None
    #: The clinician-set fluid limit, a ceiling (None: none). Days over it are counted, never
    #: days "reaching" it (CONTENT.md §7a).
    fluid_limit_ml: int | None = None
    medicines: Sequence[Medicine] = ()
    #: Ids of the routines whose purpose is bedtime.
    bedtime_routines: frozenset[str] = frozenset()
    #: The first local day anything was recorded (nights before it are not compared).
    tracking_since: dt.date | None = None
    #: The morning check-in's answers by night, and the person's bedtime (where nights fall).
    answers: Mapping[dt.date, MorningAnswer] = dataclasses.field(default_factory=dict)
    bedtime: dt.time = dt.time(22, 30)


# --- days and nights ---------------------------------------------------------------------------


def midnight(day: dt.date, tz: dt.tzinfo) -> dt.datetime:
    """Local midnight at the start of ``day``, as an instant in UTC (safe to subtract)."""
    return dt.datetime.combine(day, dt.time(0), tz).astimezone(dt.UTC)


def local_day(instant: dt.datetime, tz: dt.tzinfo) -> dt.date:
    """The local date of an instant."""
    return instant.astimezone(tz).date()


def night_of(instant: dt.datetime, tz: dt.tzinfo) -> dt.date:
    """The evening that names the night an instant falls in (before noon: the day before)."""
    local = instant.astimezone(tz)
    if local.hour < NIGHT_SPLIT_HOUR:
        return local.date() - dt.timedelta(days=1)
    return local.date()


def is_night_cramp(episode: Episode, tz: dt.tzinfo) -> bool:
    """Whether an episode counts as a night cramp (by clock time, or marked asleep/in bed)."""
    if episode.woke_me or NIGHT_CONTEXTS & set(episode.context):
        return True
    hour = episode.started.astimezone(tz).hour
    return hour >= NIGHT_FROM_HOUR or hour < NIGHT_TO_HOUR


def week_start(day: dt.date, first_weekday: int = 0) -> dt.date:
    """The first day of ``day``'s week (``first_weekday``: 0 Monday .. 6 Sunday)."""
    return day - dt.timedelta(days=(day.weekday() - first_weekday) % 7)


def bedtime_nights(record: Record, tz: dt.tzinfo) -> set[dt.date]:
    """The nights on which a bedtime routine was finished."""
    return {
        night_of(s.started, tz)
        for s in record.sessions
        if s.finished and s.routine in record.bedtime_routines
    }


def in_period(episodes: Iterable[Episode], period: Period, tz: dt.tzinfo) -> list[Episode]:
    """The episodes that started on a day of ``period``, in time order."""
    return sorted(
        (e for e in episodes if local_day(e.started, tz) in period), key=lambda e: e.started
    )


# --- the history: one line per day --------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Day:
    """One day of the history."""

    day: dt.date
    cramps: int = 0
    worst: int | None = None
    red_flag: bool = False
    water_ml: int = 0
    #: The day's water goal (None: no goal that day).
    goal_ml: int | None = None
    drinks: int = 0
    #: The bedtime routine was finished on this day's night.
    routine: bool = False
    #: Other routines finished on this day (desk, relief, own).
    other_routines: int = 0
    breaks: int = 0
    #: What is known of this day's night (core/nights.py): with, without cramps, not recorded.
    night: NightState = NightState.NOT_RECORDED

    @property
    def goal_met(self) -> bool:
        """Whether the day had a goal and the water logged reached it."""
        return self.goal_ml is not None and self.goal_ml > 0 and self.water_ml >= self.goal_ml


def water_per_day(drinks: Iterable[DrinkLike], tz: dt.tzinfo) -> dict[dt.date, tuple[int, int]]:
    """The millilitres and number of drinks per local day."""
    totals: dict[dt.date, tuple[int, int]] = {}
    for d in drinks:
        day = local_day(d.at, tz)
        ml, count = totals.get(day, (0, 0))
        totals[day] = (ml + d.ml, count + 1)
    return totals


def days(record: Record, period: Period, tz: dt.tzinfo) -> list[Day]:
    """One :class:`Day` per day of ``period``, oldest first."""
    cramps: Counter[dt.date] = Counter()
    worst: dict[dt.date, int] = {}
    flagged: set[dt.date] = set()
    for e in record.episodes:
        day = local_day(e.started, tz)
        if day not in period:
            continue
        cramps[day] += 1
        if e.severity is not None:
            worst[day] = max(worst.get(day, e.severity), e.severity)
        if e.red_flags:
            flagged.add(day)
    water = record.water if record.water is not None else water_per_day(record.drinks, tz)
    others: Counter[dt.date] = Counter(
        local_day(s.started, tz)
        for s in record.sessions
        if s.finished and s.routine not in record.bedtime_routines
    )
    breaks: Counter[dt.date] = Counter(local_day(b.start, tz) for b in record.breaks)
    nights = bedtime_nights(record, tz)
    states = night_states(record, period, tz)
    return [
        Day(
            day,
            cramps[day],
            worst.get(day),
            day in flagged,
            water.get(day, (0, 0))[0],
            record.goals.get(day, record.default_goal_ml),
            water.get(day, (0, 0))[1],
            day in nights,
            others[day],
            breaks[day],
            states[day],
        )
        for day in period.dates()
    ]


def night_states(record: Record, period: Period, tz: dt.tzinfo) -> dict[dt.date, NightState]:
    """What is known of each night of ``period`` (named by its evening, core/nights.py)."""
    bedtime_starts = [
        s.started for s in record.sessions if s.finished and s.routine in record.bedtime_routines
    ]
    return classify(
        period.dates(),
        NightClock(record.bedtime, tz),
        record.episodes,
        record.answers,
        bedtime_starts,
    )


@dataclasses.dataclass(frozen=True)
class NightsKnown:
    """The nights of a period that are over: how many were recorded, and with cramps."""

    recorded: int
    with_cramps: int
    not_recorded: int


def nights_known(
    day_rows: Iterable[Day], today: dt.date, since: dt.date | None = None
) -> NightsKnown:
    """Count the nights of ``day_rows`` that are over (evenings before ``today``), from
    ``since`` (the record's first day: a night before the app was used is not "not recorded").
    """
    over = [d.night for d in day_rows if d.day < today and (since is None or d.day >= since)]
    missing = sum(n is NightState.NOT_RECORDED for n in over)
    cramps = sum(n is NightState.WITH_CRAMPS for n in over)
    return NightsKnown(len(over) - missing, cramps, missing)


# --- patterns for the charts ---------------------------------------------------------------------


def unrecorded_weeks(
    day_rows: Iterable[Day], today: dt.date, first_weekday: int = 0
) -> set[dt.date]:
    """The weeks (by their first day) with nights over and not one of them recorded: a chart
    draws them as "not recorded", not as weeks without cramps.
    """
    known: dict[dt.date, bool] = {}
    for d in day_rows:
        if d.day >= today:
            continue  # tonight is not over
        week = week_start(d.day, first_weekday)
        known[week] = known.get(week, False) or d.night is not NightState.NOT_RECORDED
    return {week for week, any_known in known.items() if not any_known}


def per_week(
    episodes: Iterable[Episode], period: Period, tz: dt.tzinfo, first_weekday: int = 0
) -> list[tuple[dt.date, int]]:
    """Cramps per week (weeks that touch ``period``, labelled by their first day)."""
    counts: Counter[dt.date] = Counter(
        week_start(local_day(e.started, tz), first_weekday) for e in in_period(episodes, period, tz)
    )
    weeks: list[tuple[dt.date, int]] = []
    week = week_start(period.first, first_weekday)
    while week <= period.last:
        weeks.append((week, counts[week]))
        week += dt.timedelta(days=7)
    return weeks


def by_hour(episodes: Iterable[Episode], tz: dt.tzinfo) -> list[int]:
    """How many episodes started in each local hour, 0..23."""
    hours = [0] * 24
    for e in episodes:
        hours[e.started.astimezone(tz).hour] += 1
    return hours


def by_area(episodes: Iterable[Episode]) -> list[tuple[str | None, int]]:
    """Episodes per area (``None``: not given), most first, then by name."""
    counts = Counter(e.area for e in episodes)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0] or "~"))


def by_area_side(episodes: Iterable[Episode]) -> list[tuple[str | None, str | None, int]]:
    """Episodes per area and side, most first."""
    counts = Counter((e.area, e.side) for e in episodes)
    return sorted(
        ((a, s, n) for (a, s), n in counts.items()),
        key=lambda item: (-item[2], item[0] or "~", item[1] or "~"),
    )


def counts_of(episodes: Iterable[Episode], field: str) -> list[tuple[str, int]]:
    """How often each choice of a multi-choice field (context, helped, ...) was ticked."""
    counts: Counter[str] = Counter()
    for e in episodes:
        counts.update(set(getattr(e, field)))
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def severity_per_week(
    episodes: Iterable[Episode], period: Period, tz: dt.tzinfo, first_weekday: int = 0
) -> list[tuple[dt.date, float | None, int | None]]:
    """Per week: the median and the worst severity given (``None`` when none was given)."""
    scores: dict[dt.date, list[int]] = {}
    for e in in_period(episodes, period, tz):
        if e.severity is not None:
            week = week_start(local_day(e.started, tz), first_weekday)
            scores.setdefault(week, []).append(e.severity)
    return [
        (
            week,
            statistics.median(scores[week]) if week in scores else None,
            max(scores[week]) if week in scores else None,
        )
        for week, _count in per_week((), period, tz, first_weekday)
    ]


def routine_per_week(
    record: Record, period: Period, tz: dt.tzinfo, first_weekday: int = 0
) -> list[tuple[dt.date, int, int]]:
    """Per week: nights with the bedtime routine done, and nights of that week in the period."""
    done = bedtime_nights(record, tz)
    rows: list[tuple[dt.date, int, int]] = []
    for week, _count in per_week((), period, tz, first_weekday):
        nights = [week + dt.timedelta(days=i) for i in range(7)]
        inside = [n for n in nights if n in period]
        rows.append((week, sum(n in done for n in inside), len(inside)))
    return rows


# --- streaks and comparisons ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Streak:
    """A run of days that meet a condition: the current run (up to ``today``) and the longest."""

    current: int
    longest: int


def streak(flags: Sequence[bool], today_counts: bool = True) -> Streak:
    """Streaks over oldest-first day flags; the last flag is today (it may still change).

    When today's flag is false but ``today_counts`` is false (today is not over), the current
    streak is the one that ended yesterday.
    """
    longest = run = 0
    for flag in flags:
        run = run + 1 if flag else 0
        longest = max(longest, run)
    current = run
    if flags and not flags[-1] and not today_counts:
        current = 0
        for flag in reversed(flags[:-1]):
            if not flag:
                break
            current += 1
    return Streak(current, longest)


@dataclasses.dataclass(frozen=True)
class Comparison:
    """Nights with the bedtime routine done vs nights without: counts side by side."""

    nights_with: int
    cramp_nights_with: int
    cramps_with: int
    nights_without: int
    cramp_nights_without: int
    cramps_without: int
    #: Nights over and tracked but not recorded (no cramp logged, no answer): left out.
    not_recorded: int = 0

    @staticmethod
    def _rate(cramps: int, nights: int) -> float | None:
        return cramps / nights if nights else None

    @property
    def rate_with(self) -> float | None:
        """Night cramps per night, on nights with the routine."""
        return self._rate(self.cramps_with, self.nights_with)

    @property
    def rate_without(self) -> float | None:
        """Night cramps per night, on nights without the routine."""
        return self._rate(self.cramps_without, self.nights_without)


def night_cramps(episodes: Iterable[Episode], tz: dt.tzinfo) -> Counter[dt.date]:
    """Night cramps per night."""
    return Counter(night_of(e.started, tz) for e in episodes if is_night_cramp(e, tz))


def routine_comparison(
    record: Record,
    period: Period,
    tz: dt.tzinfo,
    today: dt.date,
    states: Mapping[dt.date, NightState] | None = None,
) -> Comparison:
    """Compare the known nights of ``period`` that are over (before ``today``) and were tracked:
    a night not recorded (no cramp logged, no morning answer) is left out and counted apart.
    ``states``: the nights' states when the caller has them already (:func:`days` gives them).
    """
    last = min(period.last, today - dt.timedelta(days=1))
    first = period.first
    if record.tracking_since is not None:
        first = max(first, record.tracking_since)
    done = bedtime_nights(record, tz)
    cramps = night_cramps(record.episodes, tz)
    if states is None:
        states = night_states(record, Period(first, last), tz) if first <= last else {}
    tally = [0] * 7
    night = first
    while night <= last:
        if states[night] is NightState.NOT_RECORDED and not cramps[night]:
            tally[6] += 1
            night += dt.timedelta(days=1)
            continue
        base = 0 if night in done else 3
        tally[base] += 1
        tally[base + 1] += cramps[night] > 0
        tally[base + 2] += cramps[night]
        night += dt.timedelta(days=1)
    return Comparison(*tally)
