"""Page 1 of the clinician report (CONTENT.md §7.2), as data: the header (with the
"patient-reported data" disclaimer), the key numbers, two small charts, the pattern, trend and
self-care panels, the medicines started or stopped (with the §5.2 copy) and the features of
typical night leg cramps, all as figures without interpretation.

:func:`front` builds it from the statistics with lists of at most ``limit`` rows (the rest are
folded into one "and N others" row; the appendix has them in full); the report fits the page by
asking again with fewer rows. How it is drawn is in :mod:`report`.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from PySide6 import QtCore

from spasm_desktop.core import report_figures, report_rules, stats
from spasm_desktop.ui.common import names, text
from spasm_desktop.ui.common.pdf_layout import Para, Part, Section, Table
from spasm_desktop.ui.record import charts
from spasm_desktop.ui.record.report_words import (
    ReportInput,
    area_text,
    change_name,
    date_text,
    decimal_text,
    duration_words,
    fill,
    int_text,
    no_cramps,
    of_text,
    pain_text,
    percent_text,
    period_text,
    qdate,
    required_medicine_copy,
    score_text,
    short_date,
    short_disclaimer,
    span_text,
    time_text,
)

# The list panels of page 1 show at most this many rows before trimming (the appendix has all).
FRONT_ROWS = 8
# The day-by-day chart is used up to this many days; longer periods are charted by week.
DAILY_CHART_DAYS = 31
# Up to this many days the frequency chart is by week; longer periods are charted by month.
WEEKLY_CHART_DAYS = 182


@dataclasses.dataclass(frozen=True)
class Tile:
    """One of the key numbers: a label, the figure, and a line under it."""

    label: str
    value: str
    note: str
    # Drawn with a heavy frame (over 10 minutes, red-flag entries).
    flagged: bool = False


@dataclasses.dataclass(frozen=True)
class Front:
    """Page 1."""

    title: str
    name: str
    period: str
    generated: str
    disclaimer: str
    tiles: tuple[Tile, ...]
    figures: tuple[charts.Chart, ...]
    left: tuple[Section, ...]
    right: tuple[Section, ...]
    # Sections that go under the shorter of the two columns.
    either: tuple[Section, ...]
    wide: tuple[Section, ...]
    footnote: str


def _tiles(s: report_figures.Summary) -> tuple[Tile, ...]:
    affected = (
        fill(text.tr("%1 cramps per affected night"), decimal_text(s.per_affected_night))
        if s.per_affected_night is not None
        else text.tr("no cramp at night")
    )
    longest = (
        fill(text.tr("longest %1"), duration_words(s.longest_s))
        if s.longest_s is not None
        else text.tr("no duration recorded")
    )
    worst = (
        fill(text.tr("worst %1 · %2 rated"), pain_text(s.worst_severity), int_text(s.with_severity))
        if s.worst_severity is not None
        else text.tr("not rated")
    )
    disruption = (
        text.tr(
            "mean of %Ln score(s)", None, sum(e.sleep_disruption is not None for e in s.episodes)
        )
        if s.mean_sleep_disruption is not None
        else text.tr("not recorded")
    )
    flags = len(s.red_flag_episodes)
    return (
        Tile(
            text.tr("Cramps recorded"),
            int_text(s.total),
            # Over the recorded days only: unlogged days would dilute the rate.
            fill(
                text.tr("%1 per week over %Ln recorded day(s)", None, s.recorded_days),
                decimal_text(s.per_week),
            )
            if s.per_week is not None
            else text.tr("nothing recorded"),
        ),
        Tile(
            text.tr("Nights with a cramp"),
            # Of the nights known either way: an unlogged night is not a night without cramps.
            of_text(s.cramp_nights, s.recorded_nights),
            text.tr("recorded; %Ln not recorded", None, s.not_recorded_nights)
            if s.not_recorded_nights
            else affected,
        ),
        Tile(text.tr("Duration, median"), duration_words(s.median_duration_s), longest),
        Tile(
            text.tr("Over 10 minutes"),
            int_text(s.long_count),
            text.tr("of %Ln with a duration", None, s.with_duration),
            flagged=s.long_count > 0,
        ),
        Tile(text.tr("Pain, median"), pain_text(s.median_severity), worst),
        Tile(
            text.tr("Nights woken"),
            int_text(s.nights_woken),
            text.tr("of %Ln recorded night(s)", None, s.recorded_nights),
        ),
        Tile(
            text.tr("Sleep disturbance (0–10)"),
            score_text(
                None if s.mean_sleep_disruption is None else round(s.mean_sleep_disruption, 1)
            ),
            disruption,
        ),
        Tile(
            text.tr("Red-flag entries"),
            int_text(flags),
            text.tr("listed on page 2") if flags else text.tr("none in this period"),
            flagged=flags > 0,
        ),
    )


def _change_days(report: ReportInput) -> set[dt.date]:
    return {c.day for c in report.summary.medicine_changes}


def _figures(report: ReportInput) -> tuple[charts.Chart, ...]:
    s = report.summary
    changed = _change_days(report)
    changed_label = text.tr("Medicine started or stopped")
    if s.period.days <= DAILY_CHART_DAYS:
        per_day: dict[dt.date, int] = {}
        for e in s.episodes:
            day = stats.local_day(e.started, report.tz)
            per_day[day] = per_day.get(day, 0) + 1
        days = s.period.dates()
        frequency = charts.Chart(
            title=text.tr("Cramps per day"),
            labels=tuple(short_date(d) for d in days),
            values=tuple(float(per_day.get(d, 0)) for d in days),
            highlight=tuple(d in changed for d in days),
            highlight_label=changed_label,
        )
    elif s.period.days > WEEKLY_CHART_DAYS:
        months: list[dt.date] = []
        month = s.period.first.replace(day=1)
        while month <= s.period.last:
            months.append(month)
            month = (month + dt.timedelta(days=32)).replace(day=1)
        per_month: dict[dt.date, int] = {}
        for e in s.episodes:
            key = stats.local_day(e.started, report.tz).replace(day=1)
            per_month[key] = per_month.get(key, 0) + 1
        changed_months = {d.replace(day=1) for d in changed}
        frequency = charts.Chart(
            title=text.tr("Cramps per month"),
            labels=tuple(QtCore.QLocale().toString(qdate(m), "MMM yyyy") for m in months),
            values=tuple(float(per_month.get(m, 0)) for m in months),
            highlight=tuple(m in changed_months for m in months),
            highlight_label=changed_label,
        )
    else:
        weeks = [week for week, _n in s.weekly]
        frequency = charts.Chart(
            title=text.tr("Cramps per week (weeks from Monday)"),
            labels=tuple(short_date(w) for w in weeks),
            values=tuple(float(n) for _w, n in s.weekly),
            highlight=tuple(any(w <= d < w + dt.timedelta(days=7) for d in changed) for w in weeks),
            highlight_label=changed_label,
        )
    hours = s.hours
    clock = charts.Chart(
        title=text.tr("Time of day (hours)"),
        labels=tuple(f"{h}–{h + 3}" for h in range(0, 24, 3)),
        values=tuple(float(sum(hours[h : h + 3])) for h in range(0, 24, 3)),
    )
    return frequency, clock


def _trimmed(
    rows: Sequence[tuple[str, ...]],
    counts: Sequence[int],
    limit: int,
    rest: Callable[[int, int], tuple[str, ...]],
) -> tuple[tuple[str, ...], ...]:
    """At most ``limit`` rows: the rest folded into ``rest(rows folded, their total count)``."""
    folded = report_rules.fold(len(rows), counts, limit)
    if folded is None:
        return tuple(rows)
    return (*rows[: folded.keep], rest(folded.folded, folded.count))


def _pattern_sections(s: report_figures.Summary, limit: int) -> tuple[Section, ...]:
    if s.total == 0:
        return (Section(text.tr("Patterns"), (Para(no_cramps(), "boxed"),)),)
    areas = [
        (
            area_text(area),
            names.side_name(side) or "—",
            int_text(n),
            percent_text(n, s.total),
        )
        for area, side, n in s.areas
    ]
    area_rows = _trimmed(
        areas,
        [n for area_text, _side, n in s.areas],
        limit,
        lambda more, n: (
            text.tr("%Ln other area(s) and side(s)", None, more),
            "",
            int_text(n),
            percent_text(n, s.total),
        ),
    )
    where = Section(
        text.tr("Where"),
        (
            Table(
                (text.tr("Area"), text.tr("Side"), text.tr("Cramps"), text.tr("Share")),
                area_rows,
                (2.4, 1.5, 1.0, 1.0),
                numeric=frozenset({2, 3}),
            ),
        ),
    )
    day_count = s.total - s.night_count
    when = Table(
        (),
        (
            (
                text.tr("At night (20:00–08:00, or asleep or in bed)"),
                f"{int_text(s.night_count)} ({percent_text(s.night_count, s.total)})",
            ),
            (
                text.tr("During the day"),
                f"{int_text(day_count)} ({percent_text(day_count, s.total)})",
            ),
            (
                text.tr("At rest (asleep, in bed or sitting)"),
                f"{int_text(s.at_rest)} ({percent_text(s.at_rest, s.total)})",
            ),
            (
                text.tr("During or after exercise"),
                f"{int_text(s.during_exercise)} ({percent_text(s.during_exercise, s.total)})",
            ),
        ),
        (3.2, 1.2),
        numeric=frozenset({1}),
    )
    known = names.context_names()
    context_counts = list(s.contexts)
    untold = sum(not e.context for e in s.episodes)
    if untold:
        context_counts.append(("", untold))
    context_rows = [
        (names.name_of(key, known) if key else text.tr("not given"), int_text(n))
        for key, n in context_counts
    ]
    contexts = Table(
        (text.tr("What they were doing"), text.tr("Cramps")),
        _trimmed(
            context_rows,
            [n for _key, n in context_counts],
            limit,
            lambda more, _n: (text.tr("%Ln other(s)", None, more), ""),
        ),
        (3.2, 1.2),
        numeric=frozenset({1}),
    )
    return where, Section(text.tr("When and doing what"), (when, contexts))


def _rate_text(value: float | None) -> str:
    return "—" if value is None else decimal_text(value)


def _trend_section(s: report_figures.Summary) -> Section:
    trend = s.trend
    compared = report_rules.trend(s.period.days)
    if compared is report_rules.Trend.TOO_SHORT:
        return Section(text.tr("Trend"), (Para(text.tr("The period is too short to compare.")),))
    weeks = compared is report_rules.Trend.WEEKS
    first = text.tr("First 2 weeks") if weeks else text.tr("First half")
    last = text.tr("Last 2 weeks") if weeks else text.tr("Second half")
    return Section(
        text.tr("Trend"),
        (
            Table(
                (
                    "",
                    f"{first}\n{span_text(trend.first)}",
                    f"{last}\n{span_text(trend.last)}",
                ),
                (
                    (text.tr("Cramps"), int_text(trend.cramps_first), int_text(trend.cramps_last)),
                    (
                        text.tr("Recorded days"),
                        int_text(trend.recorded_first),
                        int_text(trend.recorded_last),
                    ),
                    (
                        text.tr("Cramps per week of recorded days"),
                        _rate_text(trend.per_week_first),
                        _rate_text(trend.per_week_last),
                    ),
                    (
                        text.tr("Median pain"),
                        pain_text(trend.severity_first),
                        pain_text(trend.severity_last),
                    ),
                ),
                (1.5, 1.45, 1.45),
                numeric=frozenset({1, 2}),
            ),
        ),
    )


def _water_row(s: report_figures.Summary) -> tuple[str, str]:
    """Water against a clinician's limit (days over it: a ceiling, never a goal, CONTENT.md §7a),
    or against the person's own goal on the days that had one.
    """
    row = report_rules.water_row(s.fluid_limit_ml, s.goal_set_days)
    if row is report_rules.WaterRow.OVER_LIMIT:
        return (
            text.tr("Days over the current fluid limit"),
            fill(text.tr("on %1 days"), of_text(s.over_limit_days, s.nights)),
        )
    if row is report_rules.WaterRow.NO_GOAL:
        return (text.tr("Water goal reached"), text.tr("no daily goal set"))
    return (
        text.tr("Water goal reached"),
        fill(text.tr("on %1 days with a goal"), of_text(s.goal_days, s.goal_set_days)),
    )


def _self_care_sections(s: report_figures.Summary, limit: int) -> tuple[Section, ...]:
    nights = s.nights
    care = Table(
        (),
        (
            (
                text.tr("Bedtime routine done"),
                fill(
                    text.tr("%1 nights (%2)"),
                    of_text(s.routine_nights, nights),
                    percent_text(s.routine_nights, nights),
                ),
            ),
            (text.tr("Drinks logged"), fill(text.tr("on %1 days"), of_text(s.drink_days, nights))),
            _water_row(s),
            (
                text.tr("Breaks from sitting"),
                fill(
                    text.tr("%1 (on %2)"),
                    int_text(s.breaks),
                    text.tr("%Ln day(s)", None, s.work_days_with_breaks),
                ),
            ),
        ),
        (1.9, 2.5),
    )
    parts: list[Part] = [care]
    if s.helped:
        known = names.helped_names()
        rows = [
            (
                names.name_of(way, known),
                int_text(n),
                fill(text.tr("%1 min"), score_text(minutes)) if minutes is not None else "—",
            )
            for way, n, minutes in s.helped
        ]
        parts.append(
            Table(
                (text.tr("What helped"), text.tr("Times"), text.tr("Median time to relief")),
                _trimmed(
                    rows,
                    [n for _way, n, _minutes in s.helped],
                    limit,
                    lambda more, _n: (text.tr("%Ln other(s)", None, more), "", ""),
                ),
                (2.0, 0.9, 1.5),
                numeric=frozenset({1, 2}),
            )
        )
    elif s.total:
        parts.append(Para(text.tr("No relief method was recorded."), "small"))
    return (Section(text.tr("Self-care"), tuple(parts)),)


def change_rows(s: report_figures.Summary) -> list[tuple[str, ...]]:
    """Return the rows of the medicine changes table, one a change."""

    def counted(n: int, days: int) -> str:
        if days >= stats.AROUND_CHANGE_DAYS:
            return int_text(n)
        return fill(text.tr("%1 (in %2)"), int_text(n), text.tr("%Ln day(s)", None, days))

    return [
        (
            date_text(c.day),
            c.medicine.name,
            change_name(c.change),
            counted(c.before, c.days_before),
            counted(c.after, c.days_after),
        )
        for c in s.medicine_changes
    ]


def change_table(rows: Sequence[tuple[str, ...]]) -> Table:
    """Return the medicine changes table with the rows ``rows``."""
    return Table(
        (
            text.tr("Date"),
            text.tr("Medicine"),
            text.tr("Change"),
            text.tr("Cramps in the 14 days before"),
            text.tr("Cramps in the 14 days from the change"),
        ),
        tuple(rows),
        (1.3, 2.6, 0.9, 1.5, 1.5),
        numeric=frozenset({3, 4}),
        lines=(1, 2, 1, 2, 2),
    )


def _medicine_section(s: report_figures.Summary, limit: int) -> Section:
    rows = change_rows(s)
    parts: list[Part] = []
    if rows:
        shown = rows[:limit] if len(rows) > limit else rows
        parts.append(change_table(shown))
        if len(rows) > len(shown):
            parts.append(
                Para(
                    text.tr("%Ln more change(s) in the appendix.", None, len(rows) - len(shown)),
                    "small",
                )
            )
    else:
        parts.append(Para(text.tr("No medicine was started or stopped in this period."), "small"))
    parts.append(Para(required_medicine_copy(), "boxed"))
    return Section(
        text.tr("Medicines started or stopped (cramps counted, no interpretation)"), (*parts,)
    )


def _features_section(s: report_figures.Summary) -> Section:
    pain = (
        fill(
            text.tr("median %1, worst %2 (%3 rated)"),
            pain_text(s.median_severity),
            pain_text(s.worst_severity),
            int_text(s.with_severity),
        )
        if s.with_severity
        else text.tr("not rated")
    )
    sleep = fill(
        text.tr("%1 woken; mean score %2"),
        text.tr("%Ln night(s)", None, s.nights_woken),
        score_text(None if s.mean_sleep_disruption is None else round(s.mean_sleep_disruption, 1)),
    )
    rows = (
        (text.tr("Intense pain (0–10)"), pain),
        (
            text.tr("10 minutes or less"),
            text.tr("%1 of %Ln with a duration", None, s.with_duration).replace(
                "%1", int_text(s.within_ten_minutes)
            ),
        ),
        (text.tr("In the calf or foot"), of_text(s.typical_location, s.total)),
        (text.tr("Sore the next day"), of_text(s.next_day_soreness, s.total)),
        (text.tr("Sleep disruption"), sleep),
    )
    return Section(
        text.tr("Features of typical night leg cramps, as recorded (data only)"),
        (Table((), rows, (1.8, 2.6)),),
    )


def front(report: ReportInput, limit: int, with_figures: bool) -> Front:
    """Return the report's front page: at most ``limit`` rows a table; figures if asked."""
    s = report.summary
    local = report.generated.astimezone(report.tz)
    generated = fill(
        text.tr("Generated %1 %2 by Spasm Desktop %3"),
        date_text(local.date()),
        time_text(report.generated, report.tz),
        report.app_version,
    )
    name = fill(text.tr("Name: %1"), report.name.strip()) if report.name.strip() else ""
    patterns = _pattern_sections(s, limit)
    right = (_trend_section(s), *_self_care_sections(s, limit)) if s.total else ()
    either = (_features_section(s),) if s.total else _self_care_sections(s, limit)
    return Front(
        title=text.tr("Muscle cramp diary summary"),
        name=name,
        period=fill(text.tr("Period: %1"), period_text(s.period)),
        generated=generated,
        disclaimer=short_disclaimer(),
        tiles=_tiles(s),
        figures=_figures(report) if with_figures and s.total else (),
        left=patterns,
        right=right,
        either=either,
        wide=(_medicine_section(s, limit),),
        footnote=text.tr(
            "This app offers general wellness information and reminders. It is not medical "
            "advice and does not diagnose, treat or cure any condition. Figures are counts of "
            "what the person recorded; they do not show causes."
        ),
    )
