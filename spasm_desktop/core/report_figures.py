"""The clinician report's figures for one period (CONTENT.md §7.2), from :mod:`core.stats`.

Pure, like the rest of ``core``: data only, no interpretation, no text. Nights with a cramp and
nights woken are counted over the nights *recorded* (core/nights.py): a night with no cramp
logged and no morning answer is unknown, not cramp-free. Cramps per week are counted over the
recorded time: the days (noon to noon, named like nights) whose night was recorded or that have
a cramp logged.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import statistics
from collections import Counter
from collections.abc import Sequence

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import Medicine
from spasm_desktop.core.nights import NightState
from spasm_desktop.core.stats import (
    AROUND_CHANGE_DAYS,
    LONG_S,
    NON_LEG_AREAS,
    REST_CONTEXTS,
    TYPICAL_AREAS,
    Day,
    Period,
    Record,
    by_area_side,
    by_hour,
    counts_of,
    days,
    in_period,
    is_night_cramp,
    local_day,
    night_cramps,
    night_of,
    per_week,
    week_start,
)


@dataclasses.dataclass(frozen=True)
class Trend:
    """Frequency and severity in two parts of the period."""

    first: Period
    last: Period
    cramps_first: int
    cramps_last: int
    severity_first: float | None
    severity_last: float | None
    #: Recorded days in each part (see :func:`recorded_days`).
    recorded_first: int
    recorded_last: int

    @property
    def per_week_first(self) -> float | None:
        """Cramps per week of recorded time in the first part (None: nothing recorded)."""
        return _per_week(self.cramps_first, self.recorded_first)

    @property
    def per_week_last(self) -> float | None:
        """Cramps per week of recorded time in the last part (None: nothing recorded)."""
        return _per_week(self.cramps_last, self.recorded_last)


def _per_week(cramps: int, recorded_days: int) -> float | None:
    """Cramps per week of recorded time (None: nothing recorded)."""
    return cramps * 7 / recorded_days if recorded_days else None


@dataclasses.dataclass(frozen=True)
class Week:
    """One week of the period (weeks from Monday; the first and last may be partial): how much
    of it was recorded, its cramps, and cramps × their mean pain.
    """

    first: dt.date
    #: Nights of the week inside the period, over and from the record's first day.
    nights: int
    recorded_nights: int
    cramps: int
    #: The cramps with a pain rating, and the mean of those ratings.
    rated: int
    mean_severity: float | None

    @property
    def frequency_x_severity(self) -> float | None:
        """Cramps × their mean pain (0–10): a summary of what was recorded, not a validated
        score. 0 for a week with recorded nights and no cramp; None when the week has cramps
        but none rated, or nothing recorded at all.
        """
        if self.cramps == 0:
            return 0.0 if self.recorded_nights else None
        return None if self.mean_severity is None else self.cramps * self.mean_severity


@dataclasses.dataclass(frozen=True)
class MedicineChange:
    """A medicine started or stopped, with the cramps in the days before and after."""

    day: dt.date
    change: str  # "started" or "stopped"
    medicine: Medicine
    before: int
    after: int
    #: Days actually counted on each side (fewer near the start of the record or today).
    days_before: int
    days_after: int


@dataclasses.dataclass(frozen=True)
class Summary:
    """The clinician report's figures for one period."""

    period: Period
    episodes: tuple[Episode, ...]
    total: int
    #: Cramps per week over the recorded days (None: nothing recorded in the period).
    per_week: float | None
    #: Days of the period with something recorded: their night recorded, or a cramp logged.
    recorded_days: int
    cramp_nights: int
    nights: int
    #: Nights known to be with or without cramps (the denominator the report uses), and the
    #: nights of the period not recorded (no cramp logged, no morning answer).
    recorded_nights: int
    not_recorded_nights: int
    per_affected_night: float | None
    with_duration: int
    median_duration_s: float | None
    longest_s: int | None
    long_count: int
    with_severity: int
    median_severity: float | None
    worst_severity: int | None
    nights_woken: int
    mean_sleep_disruption: float | None
    areas: list[tuple[str | None, str | None, int]]
    hours: list[int]
    night_count: int
    at_rest: int
    during_exercise: int
    contexts: list[tuple[str, int]]
    trend: Trend
    routine_nights: int
    drink_days: int
    goal_days: int
    #: Days that had a water goal (``goal_days`` of them reached it).
    goal_set_days: int
    #: Days whose logged drinks went over the fluid limit (0 without a limit).
    over_limit_days: int
    #: The clinician-set fluid limit the days were read against (None: none).
    fluid_limit_ml: int | None
    breaks: int
    work_days_with_breaks: int
    helped: list[tuple[str, int, float | None]]
    medicine_changes: list[MedicineChange]
    red_flag_episodes: tuple[Episode, ...]
    typical_location: int
    within_ten_minutes: int
    next_day_soreness: int
    weekly: list[tuple[dt.date, int]]
    #: Week by week: recorded nights, cramps and cramps × mean pain.
    weeks: tuple[Week, ...]

    @property
    def most_nights(self) -> bool:
        """Whether "the diary shows cramps on most nights" (CONTENT.md §5.1, tier 4): more than
        half of all the period's nights, or more than half of the recorded nights when at least
        half of the nights were recorded (fewer recorded nights can't tell "most").
        """
        if self.cramp_nights * 2 > self.nights:
            return True
        known = self.recorded_nights + self.not_recorded_nights
        return (
            self.recorded_nights * 2 >= known > 0 and self.cramp_nights * 2 > self.recorded_nights
        )


def _median(values: Sequence[float]) -> float | None:
    return statistics.median(values) if values else None


def _mean(values: Sequence[float]) -> float | None:
    return statistics.fmean(values) if values else None


def medicine_changes(
    record: Record, period: Period, tz: dt.tzinfo, today: dt.date
) -> list[MedicineChange]:
    """Each start and stop inside ``period``, with the cramps 14 days before and after it."""
    per_day = Counter(local_day(e.started, tz) for e in record.episodes)
    start = record.tracking_since or period.first
    rows: list[MedicineChange] = []
    for medicine in record.medicines:
        for change, day in (("started", medicine.started), ("stopped", medicine.stopped)):
            if day is None or day not in period:
                continue
            before_from = max(day - dt.timedelta(days=AROUND_CHANGE_DAYS), start)
            after_to = min(day + dt.timedelta(days=AROUND_CHANGE_DAYS - 1), today)
            before = sum(n for d, n in per_day.items() if before_from <= d < day)
            after = sum(n for d, n in per_day.items() if day <= d <= after_to)
            rows.append(
                MedicineChange(
                    day,
                    change,
                    medicine,
                    before,
                    after,
                    max((day - before_from).days, 0),
                    max((after_to - day).days + 1, 0),
                )
            )
    return sorted(rows, key=lambda row: (row.day, row.medicine.name, row.change))


def recorded_days(
    day_rows: Sequence[Day], episodes: Sequence[Episode], tz: dt.tzinfo, counted: set[dt.date]
) -> set[dt.date]:
    """The days of ``counted`` with something recorded: their night is known (with or without
    cramps), or a cramp was logged in the day that runs from their noon to the next (a daytime
    cramp records its day; a cramp at 3 a.m. the night before, once).
    """
    logged = {night_of(e.started, tz) for e in episodes}
    return {
        d.day
        for d in day_rows
        if d.day in counted and (d.night is not NightState.NOT_RECORDED or d.day in logged)
    }


def weeks(
    day_rows: Sequence[Day], episodes: Sequence[Episode], tz: dt.tzinfo, counted: set[dt.date]
) -> tuple[Week, ...]:
    """Week by week (from Monday) over ``day_rows``: ``counted`` are the days whose night is over
    and inside the record.
    """
    by_week: dict[dt.date, list[Episode]] = {}
    for e in episodes:
        by_week.setdefault(week_start(local_day(e.started, tz)), []).append(e)
    rows: dict[dt.date, list[Day]] = {}
    for d in day_rows:
        rows.setdefault(week_start(d.day), []).append(d)
    found = []
    for first, days_of_week in rows.items():
        cramps = by_week.get(first, [])
        ratings = [e.severity for e in cramps if e.severity is not None]
        over = [d for d in days_of_week if d.day in counted]
        found.append(
            Week(
                first,
                nights=len(over),
                recorded_nights=sum(d.night is not NightState.NOT_RECORDED for d in over),
                cramps=len(cramps),
                rated=len(ratings),
                mean_severity=_mean(ratings),
            )
        )
    return tuple(found)


def summary(record: Record, period: Period, tz: dt.tzinfo, today: dt.date) -> Summary:
    """The figures of CONTENT.md §7.2 for ``period`` (data only, no interpretation)."""
    episodes = in_period(record.episodes, period, tz)
    durations = [e.duration_s for e in episodes if e.duration_s is not None]
    severities = [e.severity for e in episodes if e.severity is not None]
    # Nights are those named by the period's evenings (its first early morning belongs to the
    # night before it; its last night runs into the morning after), so at most period.days.
    nightly = Counter({n: c for n, c in night_cramps(record.episodes, tz).items() if n in period})
    woken = {n for e in record.episodes if e.woke_me and (n := night_of(e.started, tz)) in period}
    disruption = [e.sleep_disruption for e in episodes if e.sleep_disruption is not None]
    day_rows = days(record, period, tz)
    # Nights over (and tonight's, once it has a cramp) from the record's first day.
    since = record.tracking_since
    counted_rows = [
        d
        for d in day_rows
        if (since is None or d.day >= since)
        and (d.day < today or d.night is NightState.WITH_CRAMPS)
    ]
    counted = [d.night for d in counted_rows]
    unknown = sum(n is NightState.NOT_RECORDED for n in counted)
    # Today counts as recorded time once a cramp is logged on it.
    days_in = {d.day for d in counted_rows} | {
        night_of(e.started, tz) for e in episodes if night_of(e.started, tz) == today
    }
    recorded = recorded_days(day_rows, episodes, tz, days_in)
    first, last = period.halves()
    first_eps = in_period(episodes, first, tz)
    last_eps = in_period(episodes, last, tz)
    trend = Trend(
        first,
        last,
        len(first_eps),
        len(last_eps),
        _median([e.severity for e in first_eps if e.severity is not None]),
        _median([e.severity for e in last_eps if e.severity is not None]),
        sum(d in first for d in recorded),
        sum(d in last for d in recorded),
    )
    relief: dict[str, list[int]] = {}
    for e in episodes:
        for way in set(e.helped):
            if e.relief_minutes is not None:
                relief.setdefault(way, []).append(e.relief_minutes)
    helped = [(way, n, _median(relief.get(way, []))) for way, n in counts_of(episodes, "helped")]
    return Summary(
        period=period,
        episodes=tuple(episodes),
        total=len(episodes),
        per_week=_per_week(len(episodes), len(recorded)),
        recorded_days=len(recorded),
        cramp_nights=len(nightly),
        nights=period.days,
        recorded_nights=len(counted) - unknown,
        not_recorded_nights=unknown,
        per_affected_night=sum(nightly.values()) / len(nightly) if nightly else None,
        with_duration=len(durations),
        median_duration_s=_median(durations),
        longest_s=max(durations) if durations else None,
        long_count=sum(d > LONG_S for d in durations),
        with_severity=len(severities),
        median_severity=_median(severities),
        worst_severity=max(severities) if severities else None,
        nights_woken=len(woken),
        mean_sleep_disruption=_mean(disruption),
        areas=by_area_side(episodes),
        hours=by_hour(episodes, tz),
        night_count=sum(is_night_cramp(e, tz) for e in episodes),
        at_rest=sum(bool(REST_CONTEXTS & set(e.context)) for e in episodes),
        during_exercise=sum("exercise" in e.context for e in episodes),
        contexts=counts_of(episodes, "context"),
        trend=trend,
        routine_nights=sum(d.routine for d in day_rows),
        drink_days=sum(d.drinks > 0 for d in day_rows),
        goal_days=sum(d.goal_met for d in day_rows),
        goal_set_days=sum(d.goal_ml is not None for d in day_rows),
        over_limit_days=sum(
            record.fluid_limit_ml is not None and d.water_ml > record.fluid_limit_ml
            for d in day_rows
        ),
        fluid_limit_ml=record.fluid_limit_ml,
        breaks=sum(d.breaks for d in day_rows),
        work_days_with_breaks=sum(d.breaks > 0 for d in day_rows),
        helped=helped,
        medicine_changes=medicine_changes(record, period, tz, today),
        red_flag_episodes=tuple(
            e for e in episodes if e.red_flags or (e.area is not None and e.area in NON_LEG_AREAS)
        ),
        typical_location=sum(e.area in TYPICAL_AREAS for e in episodes),
        within_ten_minutes=sum(d <= LONG_S for d in durations),
        next_day_soreness=sum(bool(e.soreness_next_day) for e in episodes),
        weekly=per_week(episodes, period, tz),
        weeks=weeks(day_rows, episodes, tz, {d.day for d in counted_rows if d.day < today}),
    )
