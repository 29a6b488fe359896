"""The clinician summary report (CONTENT.md §7.2): one page of figures, then an appendix.

Page 1 holds the header (with the "patient-reported data" disclaimer), the key numbers, two
small charts, the pattern, trend and self-care panels, the medicines timeline (with the §5.2
copy) and the features of typical night leg cramps, all as data without interpretation. The
appendix lists the red-flag entries, the profile and medicines, the questions for the provider,
the notes, what the figures mean and every episode (the table's header repeats on each page).

The content is built once as plain data (:class:`Document`) and rendered twice: to a PDF by
:func:`write_pdf` and to text by :func:`report_text`. The PDF is drawn with QPainter on a
QPdfWriter rather than laid out as one QTextDocument: every table row is measured once (wrapped
lines are cached, since most cells repeat) and placed by a small paginator, so thousands of
episodes paginate in a fraction of a second. Page 1 is fitted by shrinking the charts, then
trimming the longest lists (the appendix has them in full), then dropping the charts.

Needs a QGuiApplication (for fonts). Every text goes through :func:`text.tr`; dates and numbers
are formatted by QLocale.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import functools
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6 import QtCore, QtGui

from spasm_desktop import __version__, fileutil
from spasm_desktop.core import episode as ep
from spasm_desktop.core import learn as core_learn
from spasm_desktop.core import medical, stats, units
from spasm_desktop.core import routine as core_routine
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.core.relief import Area, Tier
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import history, records, routines
from spasm_desktop.storage import learn as learn_store
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record import charts, diary
from spasm_desktop.ui.record import profile as profile_ui
from spasm_desktop.ui.relief import relief_panel

#: The PDF's resolution, in dots per inch.
DPI = 300
#: Page margins, in millimetres.
MARGIN_MM = 15.0
#: The list panels of page 1 show at most this many rows before trimming (the appendix has all).
FRONT_ROWS = 8
#: The day-by-day chart is used up to this many days; longer periods are charted by week.
DAILY_CHART_DAYS = 31
#: Up to this many days the frequency chart is by week; longer periods are charted by month.
WEEKLY_CHART_DAYS = 182
#: Notes in the episode table are cut to this many lines (in the red-flag table, to more).
NOTE_LINES = 2
FLAG_NOTE_LINES = 12


@dataclasses.dataclass(frozen=True)
class ReportInput:
    """Everything a report shows, already loaded (see :func:`build_report`)."""

    summary: stats.Summary
    tz: dt.tzinfo
    generated: dt.datetime
    app_version: str
    #: The name the person typed for the report (optional).
    name: str = ""
    profile: MedicalProfile | None = None
    medicines: tuple[Medicine, ...] = ()
    fluid_limit_ml: int | None = None
    #: The questions for the provider (already translated).
    questions: tuple[str, ...] = ()
    #: What the provider may ask the person (already translated).
    provider_asks: tuple[str, ...] = ()
    #: Free text for the appointment.
    notes: str = ""
    #: The unit the fluid limit is shown in.
    unit: units.VolumeUnit = units.VolumeUnit.ML


# --- the content, as data ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Table:
    """A table (or, without ``columns``, a list of label and value pairs)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: The share of the width of each column; 0 makes a column as wide as its widest text.
    widths: tuple[float, ...]
    #: Columns aligned right (numbers).
    numeric: frozenset[int] = frozenset()
    #: Rows set in bold (red-flag entries).
    strong: frozenset[int] = frozenset()
    #: The most lines a cell of each column takes (0: no limit); longer text is cut with "…".
    lines: tuple[int, ...] = ()
    #: Smaller type (the appendix's long tables).
    small: bool = False
    #: A column (the date) left blank where it repeats the row above, except atop a page.
    group: int | None = None


@dataclasses.dataclass(frozen=True)
class Para:
    """A paragraph: ``style`` is "body", "small", "boxed" (framed) or "bullet"."""

    text: str
    style: str = "body"


@dataclasses.dataclass(frozen=True)
class Tile:
    """One of the key numbers: a label, the figure, and a line under it."""

    label: str
    value: str
    note: str
    #: Drawn with a heavy frame (over 10 minutes, red-flag entries).
    flagged: bool = False


Part = Table | Para


@dataclasses.dataclass(frozen=True)
class Section:
    """A heading and what follows it."""

    title: str
    parts: tuple[Part, ...]


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
    #: Sections that go under the shorter of the two columns.
    either: tuple[Section, ...]
    wide: tuple[Section, ...]
    footnote: str


@dataclasses.dataclass(frozen=True)
class Document:
    """The whole report."""

    front: Front
    appendix: tuple[Section, ...]
    #: The line at the foot of every page (before the page number).
    footer: str
    #: The line at the top of every appendix page.
    running_head: str


# --- words and numbers -------------------------------------------------------------------------


def _fill(template: str, *values: str) -> str:
    """Put ``values`` in for %1, %2, ... (from the highest, so %1 never eats %10)."""
    for index in range(len(values), 0, -1):
        template = template.replace(f"%{index}", values[index - 1])
    return template


def _count(source: str, n: int) -> str:
    """A ``%Ln`` text for ``n``, with the English "(s)" settled when it is not translated."""
    return text.tr(source, None, n).replace("(s)", "" if n == 1 else "s")


def _int(value: int) -> str:
    return QtCore.QLocale().toString(value)


def _decimal(value: float, decimals: int = 1) -> str:
    return QtCore.QLocale().toString(float(value), "f", decimals)


def _score(value: float | None) -> str:
    """A 0-10 score or a median of scores: whole when it is whole, else one decimal."""
    if value is None:
        return "—"
    return _int(round(value)) if float(value).is_integer() else _decimal(value)


def _percent(part: int, whole: int) -> str:
    if whole <= 0:
        return "—"
    return _fill(text.tr("%1%", "percent"), _int(round(100 * part / whole)))


def _of(part: int, whole: int) -> str:
    return _fill(text.tr("%1 of %2"), _int(part), _int(whole))


def _qdate(day: dt.date) -> QtCore.QDate:
    return QtCore.QDate(day.year, day.month, day.day)


def date_text(day: dt.date) -> str:
    """A date with the month as a word ("5 Jan 2026"), unambiguous in every country."""
    return QtCore.QLocale().toString(_qdate(day), "d MMM yyyy")


def _short_date(day: dt.date) -> str:
    return QtCore.QLocale().toString(_qdate(day), "d MMM")


def period_text(period: stats.Period) -> str:
    """The period, as "1 Jan 2026 – 14 Jan 2026 (14 days)"."""
    days = _count("%Ln day(s)", period.days)
    return _fill(
        text.tr("%1 – %2 (%3)", "period"), date_text(period.first), date_text(period.last), days
    )


def _span(period: stats.Period) -> str:
    return _fill(text.tr("%1 – %2", "dates"), _short_date(period.first), _short_date(period.last))


def _time(instant: dt.datetime, tz: dt.tzinfo) -> str:
    local = instant.astimezone(tz)
    return QtCore.QLocale().toString(
        QtCore.QTime(local.hour, local.minute), QtCore.QLocale.FormatType.ShortFormat
    )


def duration_words(seconds: float | None) -> str:
    """A length in words: "45 s", "2 min 30 s", "14 min", "1 h 5 min" ("—" when unknown)."""
    if seconds is None:
        return "—"
    whole = round(seconds)
    if whole < 60:
        return _fill(text.tr("%1 s"), _int(whole))
    minutes, rest = divmod(whole, 60)
    if minutes < 60:
        if rest:
            return _fill(text.tr("%1 min %2 s"), _int(minutes), _int(rest))
        return _fill(text.tr("%1 min"), _int(minutes))
    return _fill(text.tr("%1 h %2 min"), _int(minutes // 60), _int(minutes % 60))


def condition_name(key: str) -> str:
    """The name of a condition of the profile (:data:`medical.CONDITIONS`)."""
    return profile_ui.condition_names().get(key, key)


def red_flag_name(key: str) -> str:
    """The name of a ticked warning sign (:data:`episode.RED_FLAGS`)."""
    return diary.red_flag_names().get(key, key)


def _area(area: str | None) -> str:
    try:
        return relief_panel.area_name(Area(area))
    except ValueError:
        return text.tr("area not given")


def _names(keys: Sequence[str], names: dict[str, str]) -> str:
    return ", ".join(names.get(key, key) for key in keys)


def _change_name(change: str) -> str:
    return text.tr("started") if change == medical.STARTED else text.tr("stopped")


def required_medicine_copy() -> str:
    """CONTENT.md §5.2, required wherever medicines and cramps are shown together."""
    return profile_ui.medicines_caution()


def short_disclaimer() -> str:
    """CONTENT.md §7.2: the report's header line."""
    return text.tr("Patient-reported data; not validated; not a diagnosis.")


# --- building the content -----------------------------------------------------------------------


def _tiles(s: stats.Summary) -> tuple[Tile, ...]:
    affected = (
        _fill(text.tr("%1 cramps per affected night"), _decimal(s.per_affected_night))
        if s.per_affected_night is not None
        else text.tr("no cramp at night")
    )
    longest = (
        _fill(text.tr("longest %1"), duration_words(s.longest_s))
        if s.longest_s is not None
        else text.tr("no duration recorded")
    )
    worst = (
        _fill(text.tr("worst %1 · %2 rated"), _score(s.worst_severity), _int(s.with_severity))
        if s.worst_severity is not None
        else text.tr("not rated")
    )
    disruption = (
        _count("mean of %Ln score(s)", sum(e.sleep_disruption is not None for e in s.episodes))
        if s.mean_sleep_disruption is not None
        else text.tr("not recorded")
    )
    flags = len(s.red_flag_episodes)
    return (
        Tile(
            text.tr("Cramps recorded"),
            _int(s.total),
            _fill(text.tr("%1 per week"), _decimal(s.per_week)),
        ),
        Tile(text.tr("Nights with a cramp"), _of(s.cramp_nights, s.nights), affected),
        Tile(text.tr("Duration, median"), duration_words(s.median_duration_s), longest),
        Tile(
            text.tr("Over 10 minutes"),
            _int(s.long_count),
            _count("of %Ln with a duration", s.with_duration),
            flagged=s.long_count > 0,
        ),
        Tile(text.tr("Severity (0–10), median"), _score(s.median_severity), worst),
        Tile(text.tr("Nights woken"), _int(s.nights_woken), _count("of %Ln night(s)", s.nights)),
        Tile(
            text.tr("Sleep disturbance (0–10)"),
            _score(None if s.mean_sleep_disruption is None else round(s.mean_sleep_disruption, 1)),
            disruption,
        ),
        Tile(
            text.tr("Red-flag entries"),
            _int(flags),
            text.tr("listed on page 2") if flags else text.tr("none in this period"),
            flagged=flags > 0,
        ),
    )


def _print_colours() -> charts.ChartColours:
    """The print colours, with bars and highlights far apart in grey too (black-and-white)."""
    return dataclasses.replace(
        charts.ChartColours.for_print(),
        bar=QtGui.QColor("#8db3de"),
        highlight=QtGui.QColor("#7a1a14"),
        grid=QtGui.QColor("#c8c8c8"),
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
            labels=tuple(_short_date(d) for d in days),
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
            labels=tuple(QtCore.QLocale().toString(_qdate(m), "MMM yyyy") for m in months),
            values=tuple(float(per_month.get(m, 0)) for m in months),
            highlight=tuple(m in changed_months for m in months),
            highlight_label=changed_label,
        )
    else:
        weeks = [week for week, _n in s.weekly]
        frequency = charts.Chart(
            title=text.tr("Cramps per week (weeks from Monday)"),
            labels=tuple(_short_date(w) for w in weeks),
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
    if len(rows) <= limit:
        return tuple(rows)
    keep = max(limit - 1, 0)
    return (*rows[:keep], rest(len(rows) - keep, sum(counts[keep:])))


def _pattern_sections(s: stats.Summary, limit: int) -> tuple[Section, ...]:
    if s.total == 0:
        return (Section(text.tr("Patterns"), (Para(no_cramps(), "boxed"),)),)
    areas = [
        (
            _area(area),
            diary.side_name(side) or "—",
            _int(n),
            _percent(n, s.total),
        )
        for area, side, n in s.areas
    ]
    area_rows = _trimmed(
        areas,
        [n for _area, _side, n in s.areas],
        limit,
        lambda more, n: (
            _count("%Ln other area(s) and side(s)", more),
            "",
            _int(n),
            _percent(n, s.total),
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
                f"{_int(s.night_count)} ({_percent(s.night_count, s.total)})",
            ),
            (text.tr("During the day"), f"{_int(day_count)} ({_percent(day_count, s.total)})"),
            (
                text.tr("At rest (asleep, in bed or sitting)"),
                f"{_int(s.at_rest)} ({_percent(s.at_rest, s.total)})",
            ),
            (
                text.tr("During or after exercise"),
                f"{_int(s.during_exercise)} ({_percent(s.during_exercise, s.total)})",
            ),
        ),
        (3.2, 1.2),
        numeric=frozenset({1}),
    )
    names = relief_panel._context_names()
    context_counts = list(s.contexts)
    untold = sum(not e.context for e in s.episodes)
    if untold:
        context_counts.append(("", untold))
    context_rows = [
        (names.get(key, key) if key else text.tr("not given"), _int(n)) for key, n in context_counts
    ]
    contexts = Table(
        (text.tr("What they were doing"), text.tr("Cramps")),
        _trimmed(
            context_rows,
            [n for _key, n in context_counts],
            limit,
            lambda more, _n: (_count("%Ln other(s)", more), ""),
        ),
        (3.2, 1.2),
        numeric=frozenset({1}),
    )
    return where, Section(text.tr("When and doing what"), (when, contexts))


def _trend_section(s: stats.Summary) -> Section:
    trend = s.trend
    if s.period.days < 2:
        return Section(text.tr("Trend"), (Para(text.tr("The period is too short to compare.")),))
    weeks = s.period.days >= stats.TREND_WEEKS_FROM_DAYS
    first = text.tr("First 2 weeks") if weeks else text.tr("First half")
    last = text.tr("Last 2 weeks") if weeks else text.tr("Second half")
    return Section(
        text.tr("Trend"),
        (
            Table(
                (
                    "",
                    f"{first}\n{_span(trend.first)}",
                    f"{last}\n{_span(trend.last)}",
                ),
                (
                    (text.tr("Cramps"), _int(trend.cramps_first), _int(trend.cramps_last)),
                    (
                        text.tr("Cramps per week"),
                        _decimal(trend.per_week_first),
                        _decimal(trend.per_week_last),
                    ),
                    (
                        text.tr("Median severity (0–10)"),
                        _score(trend.severity_first),
                        _score(trend.severity_last),
                    ),
                ),
                (1.5, 1.45, 1.45),
                numeric=frozenset({1, 2}),
            ),
        ),
    )


def _water_row(s: stats.Summary) -> tuple[str, str]:
    """Water against a clinician's limit (days over it: a ceiling, never a goal, CONTENT.md §7a),
    or against the person's own goal on the days that had one."""
    if s.fluid_limit_ml is not None:
        return (
            text.tr("Days over the current fluid limit"),
            _fill(text.tr("on %1 days"), _of(s.over_limit_days, s.nights)),
        )
    if not s.goal_set_days:
        return (text.tr("Water goal reached"), text.tr("no daily goal set"))
    return (
        text.tr("Water goal reached"),
        _fill(text.tr("on %1 days with a goal"), _of(s.goal_days, s.goal_set_days)),
    )


def _self_care_sections(s: stats.Summary, limit: int) -> tuple[Section, ...]:
    nights = s.nights
    care = Table(
        (),
        (
            (
                text.tr("Bedtime routine done"),
                _fill(
                    text.tr("%1 nights (%2)"),
                    _of(s.routine_nights, nights),
                    _percent(s.routine_nights, nights),
                ),
            ),
            (text.tr("Drinks logged"), _fill(text.tr("on %1 days"), _of(s.drink_days, nights))),
            _water_row(s),
            (
                text.tr("Breaks from sitting"),
                _fill(
                    text.tr("%1 (on %2)"),
                    _int(s.breaks),
                    _count("%Ln day(s)", s.work_days_with_breaks),
                ),
            ),
        ),
        (1.9, 2.5),
    )
    parts: list[Part] = [care]
    if s.helped:
        names = relief_panel._helped_names()
        rows = [
            (
                names.get(way, way),
                _int(n),
                _fill(text.tr("%1 min"), _score(minutes)) if minutes is not None else "—",
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
                    lambda more, _n: (_count("%Ln other(s)", more), "", ""),
                ),
                (2.0, 0.9, 1.5),
                numeric=frozenset({1, 2}),
            )
        )
    elif s.total:
        parts.append(Para(text.tr("No relief method was recorded."), "small"))
    return (Section(text.tr("Self-care"), tuple(parts)),)


def _change_rows(s: stats.Summary) -> list[tuple[str, ...]]:
    def counted(n: int, days: int) -> str:
        if days >= stats.AROUND_CHANGE_DAYS:
            return _int(n)
        return _fill(text.tr("%1 (in %2)"), _int(n), _count("%Ln day(s)", days))

    return [
        (
            date_text(c.day),
            c.medicine.name,
            _change_name(c.change),
            counted(c.before, c.days_before),
            counted(c.after, c.days_after),
        )
        for c in s.medicine_changes
    ]


def _change_table(rows: Sequence[tuple[str, ...]]) -> Table:
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


def _medicine_section(s: stats.Summary, limit: int) -> Section:
    rows = _change_rows(s)
    parts: list[Part] = []
    if rows:
        shown = rows[:limit] if len(rows) > limit else rows
        parts.append(_change_table(shown))
        if len(rows) > len(shown):
            parts.append(
                Para(_count("%Ln more change(s) in the appendix.", len(rows) - len(shown)), "small")
            )
    else:
        parts.append(Para(text.tr("No medicine was started or stopped in this period."), "small"))
    parts.append(Para(required_medicine_copy(), "boxed"))
    return Section(
        text.tr("Medicines started or stopped (cramps counted, no interpretation)"), (*parts,)
    )


def _features_section(s: stats.Summary) -> Section:
    pain = (
        _fill(
            text.tr("median %1, worst %2 (%3 rated)"),
            _score(s.median_severity),
            _score(s.worst_severity),
            _int(s.with_severity),
        )
        if s.with_severity
        else text.tr("not rated")
    )
    sleep = _fill(
        text.tr("%1 woken; mean score %2"),
        _count("%Ln night(s)", s.nights_woken),
        _score(None if s.mean_sleep_disruption is None else round(s.mean_sleep_disruption, 1)),
    )
    rows = (
        (text.tr("Intense pain (0–10)"), pain),
        (
            text.tr("10 minutes or less"),
            _count("%1 of %Ln with a duration", s.with_duration).replace(
                "%1", _int(s.within_ten_minutes)
            ),
        ),
        (text.tr("In the calf or foot"), _of(s.typical_location, s.total)),
        (text.tr("Sore the next day"), _of(s.next_day_soreness, s.total)),
        (text.tr("Sleep disruption"), sleep),
    )
    return Section(
        text.tr("Features of typical night leg cramps, as recorded (data only)"),
        (Table((), rows, (1.8, 2.6)),),
    )


def no_cramps() -> str:
    """Said wherever a period has no episodes."""
    return text.tr("No cramps were recorded in this period.")


def _front(report: ReportInput, limit: int, with_figures: bool) -> Front:
    s = report.summary
    local = report.generated.astimezone(report.tz)
    generated = _fill(
        text.tr("Generated %1 %2 by Spasm Desktop %3"),
        date_text(local.date()),
        _time(report.generated, report.tz),
        report.app_version,
    )
    name = _fill(text.tr("Name: %1"), report.name.strip()) if report.name.strip() else ""
    patterns = _pattern_sections(s, limit)
    right = (_trend_section(s), *_self_care_sections(s, limit)) if s.total else ()
    either = (_features_section(s),) if s.total else _self_care_sections(s, limit)
    return Front(
        title=text.tr("Muscle cramp diary summary"),
        name=name,
        period=_fill(text.tr("Period: %1"), period_text(s.period)),
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


class _EpisodeWords:
    """The words of the episode table, translated once per table (rows repeat them a lot)."""

    def __init__(self, tz: dt.tzinfo) -> None:
        self.tz = tz
        self.contexts = relief_panel._context_names()
        self.helped = relief_panel._helped_names()
        self.outside = text.tr("outside the legs")
        self._where: dict[tuple[str | None, str | None], str] = {}
        self._days: dict[dt.date, str] = {}

    def day(self, local: dt.datetime) -> str:
        day = local.date()
        found = self._days.get(day)
        if found is None:
            weekday = QtCore.QLocale().dayName(
                local.isoweekday(), QtCore.QLocale.FormatType.ShortFormat
            )
            found = _fill(text.tr("%1 %2", "weekday, date"), weekday, date_text(day))
            self._days[day] = found
        return found

    def where(self, e: Episode) -> str:
        key = (e.area, e.side)
        found = self._where.get(key)
        if found is None:
            found = self._where[key] = diary.where(e)
        return found

    def row(self, e: Episode) -> tuple[str, ...]:
        local = e.started.astimezone(self.tz)
        flags = [red_flag_name(f) for f in e.red_flags]
        if not flags and e.area in stats.NON_LEG_AREAS:
            flags = [self.outside]
        return (
            self.day(local),
            _time(local, self.tz),
            self.where(e),
            # The flag on a line of its own rather than split ("11:00 (over / 10 min)").
            diary.duration_text(e).replace(" (", "\n(", 1),
            "—" if e.severity is None else _int(e.severity),
            _names(e.context, self.contexts),
            _names(e.helped, self.helped),
            ", ".join(flags),
            " ".join(e.notes.split()),
        )


def _episode_table(
    episodes: Sequence[Episode], tz: dt.tzinfo, note_lines: int = NOTE_LINES
) -> Table:
    words = _EpisodeWords(tz)
    rows = tuple(words.row(e) for e in episodes)
    strong = frozenset(i for i, row in enumerate(rows) if row[7])
    return Table(
        (
            text.tr("Date"),
            text.tr("Time"),
            text.tr("Where"),
            text.tr("Duration (min:s)"),
            text.tr("Pain"),
            text.tr("Doing"),
            text.tr("What helped"),
            text.tr("Warning signs"),
            text.tr("Notes (shortened)"),
        ),
        rows,
        # Date and time as wide as needed; the rest in millimetres on A4, so that the longest
        # area, context and "(over 10 min)" fit on a line.
        (0, 0, 26.5, 19.0, 8.5, 26.5, 23.0, 19.0, 19.0),
        numeric=frozenset({4}),
        strong=strong,
        lines=(1, 1, 2, 2, 1, 3, 3, 0, note_lines),
        small=True,
        group=0,
    )


def _profile_section(report: ReportInput) -> Section:
    profile = report.profile or MedicalProfile()
    locale = QtCore.QLocale()
    since = (
        locale.toString(
            QtCore.QDate(profile.cramps_since[0], profile.cramps_since[1], 1), "MMMM yyyy"
        )
        if profile.cramps_since is not None
        else text.tr("not given")
    )
    conditions = (
        locale.createSeparatedList([condition_name(c) for c in profile.conditions])
        if profile.conditions
        else text.tr("none shared")
    )
    limit = (
        _fill(text.tr("%1 a day"), text.volume(report.fluid_limit_ml, report.unit))
        if report.fluid_limit_ml is not None
        else text.tr("none set")
    )
    rows = [
        (text.tr("Cramps first started"), since),
        (text.tr("Conditions shared"), conditions),
    ]
    if profile.conditions_note.strip():
        rows.append((text.tr("Other conditions"), profile.conditions_note.strip()))
    rows.append((text.tr("Fluid limit set by a clinician"), limit))
    parts: list[Part] = [Table((), tuple(rows), (1.2, 3.2))]
    if report.medicines:
        parts.append(
            Table(
                (text.tr("Medicine"), text.tr("Started"), text.tr("Stopped"), text.tr("Note")),
                tuple(
                    (
                        m.name,
                        date_text(m.started) if m.started else text.tr("not given"),
                        date_text(m.stopped) if m.stopped else "—",
                        m.note,
                    )
                    for m in report.medicines
                ),
                (2.2, 1.2, 1.2, 3.4),
            )
        )
    else:
        parts.append(Para(text.tr("No medicines recorded."), "small"))
    return Section(text.tr("Profile and medicines"), tuple(parts))


def _about_section() -> Section:
    points = (
        text.tr(
            "An episode belongs to the day it started on, in the person's time zone. A night is "
            "named by its evening and runs from noon to noon. A night cramp started between "
            "20:00 and 08:00, or was marked as asleep, in bed or woke me."
        ),
        text.tr(
            "Durations, severity (0 = no pain, 10 = worst imaginable), sleep disturbance and "
            "next-day soreness (0–10) are the person's own estimates. Medians and means use "
            "the entries where a value was given."
        ),
        text.tr(
            "The trend compares the first and the last two weeks of periods of 28 days or "
            "more, else the two halves. Medicine changes show the cramps recorded in the 14 "
            "days before and from the day of the change; fewer days are counted near the "
            "start of the record or today."
        ),
        text.tr(
            "Red-flag entries are episodes with a warning sign ticked, and episodes in sites "
            "other than the legs and feet (hand, arm, neck, back, belly, chest, all over). "
            "Each warning is listed with the heading of its tier in the app's list of warning "
            "signs."
        ),
    )
    return Section(
        text.tr("About these figures"),
        (
            *(Para(p, "bullet") for p in points),
            Para(
                text.tr(
                    "Muscle cramps are usually harmless, but they can sometimes be a sign of "
                    "another health problem. The app cannot tell the difference."
                ),
                "small",
            ),
            Para(
                text.tr(
                    "Information about medicines is for discussion with your doctor or "
                    "pharmacist. Never start, stop or change a medicine because of this app."
                ),
                "small",
            ),
        ),
    )


def warning_name(key: str) -> str:
    """The name of a warning of :func:`episode.warning_tiers`: a ticked sign, an area that is a
    red flag by itself ("area:chest") or a trigger that is a sign ("trigger:new_medicine")."""
    if key.startswith("area:"):
        return _fill(text.tr("cramp area: %1"), _area(key.removeprefix("area:")))
    if key == "trigger:new_medicine":
        return text.tr("more cramps since a new medicine")
    if key == "most_nights":
        return text.tr("cramps on most nights")
    return red_flag_name(key)


def _warning_tier_table(s: stats.Summary) -> Table | None:
    """Each warning sign of the period beside the heading of its tier (CONTENT.md §5.1, the
    headings of the app's one list), the most urgent first, with how many entries had it; the
    next-visit tier too (a new medicine, cramps on most nights). None when there is none."""
    counts: dict[tuple[int, str], int] = {}
    order = list(Tier)
    for e in s.episodes:
        for key, tier in ep.warning_tiers(e):
            index = (order.index(tier), key)
            counts[index] = counts.get(index, 0) + 1
    # "The diary shows cramps on most nights" (§5.1 tier 4): more than half the nights.
    if s.nights and s.cramp_nights * 2 > s.nights:
        counts[(order.index(Tier.NEXT_VISIT), "most_nights")] = s.cramp_nights
    if not counts:
        return None
    rows = tuple(
        (warning_name(key), text.tier_heading(order[tier]), _int(n))
        for (tier, key), n in sorted(counts.items(), key=lambda item: item[0][0])
    )
    return Table(
        (text.tr("Warning sign"), text.tr("When to get help"), text.tr("Entries")),
        rows,
        (0.34, 0.54, 0.12),
        numeric=frozenset({2}),
        small=True,
    )


def _appendix(report: ReportInput, front_changes: int) -> tuple[Section, ...]:
    s = report.summary
    tz = report.tz
    sections: list[Section] = []
    table = _warning_tier_table(s)
    tiers: tuple[Part, ...] = () if table is None else (table,)
    if s.red_flag_episodes:
        flagged = _episode_table(s.red_flag_episodes, tz, note_lines=FLAG_NOTE_LINES)
        sections.append(
            Section(
                _fill(text.tr("Red-flag entries (%1)"), _int(len(s.red_flag_episodes))),
                (*tiers, dataclasses.replace(flagged, strong=frozenset())),
            )
        )
    else:
        sections.append(
            Section(
                text.tr("Red-flag entries"),
                (
                    Para(
                        text.tr(
                            "No entry in this period had a warning sign ticked or was outside "
                            "the legs."
                        )
                    ),
                    *tiers,
                ),
            )
        )
    sections.append(_profile_section(report))
    rows = _change_rows(s)
    if len(rows) > front_changes:
        sections.append(
            Section(
                text.tr("All medicine changes in this period"),
                (_change_table(rows), Para(required_medicine_copy(), "boxed")),
            )
        )
    if report.questions:
        sections.append(
            Section(
                text.tr("Questions for the provider"),
                tuple(Para(q, "bullet") for q in report.questions),
            )
        )
    if report.provider_asks:
        sections.append(
            Section(
                text.tr("What the provider may ask"),
                tuple(Para(q, "bullet") for q in report.provider_asks),
            )
        )
    if report.notes.strip():
        paragraphs = [p.strip() for p in report.notes.strip().split("\n")]
        sections.append(
            Section(text.tr("Notes for the appointment"), tuple(Para(p) for p in paragraphs if p))
        )
    sections.append(_about_section())
    if s.episodes:
        episodes: tuple[Part, ...] = (_episode_table(s.episodes, tz),)
    else:
        episodes = (Para(no_cramps()),)
    sections.append(Section(_fill(text.tr("All cramp episodes (%1)"), _int(s.total)), episodes))
    return tuple(sections)


def build_document(
    report: ReportInput,
    limit: int = FRONT_ROWS,
    figures: bool = True,
    front: Front | None = None,
) -> Document:
    """The report's content: page 1 with lists of at most ``limit`` rows, and the appendix.

    ``front`` is page 1 when it is already built (with the same ``limit``).
    """
    front = front or _front(report, limit, figures)
    head = [front.title]
    if report.name.strip():
        head.append(report.name.strip())
    head.append(period_text(report.summary.period))
    return Document(
        front=front,
        appendix=_appendix(report, limit),
        footer=_fill(text.tr("Spasm Desktop %1 · %2"), report.app_version, short_disclaimer()),
        running_head=" · ".join(head),
    )


# --- plain text ---------------------------------------------------------------------------------


def _table_text(table: Table) -> list[str]:
    lines = []
    if table.columns:
        lines.append(" | ".join(c.replace("\n", " ") for c in table.columns))
    for row in table.rows:
        if table.columns:
            lines.append(" | ".join(cell.replace("\n", " ") for cell in row))
        else:
            lines.append(f"{row[0]}: {row[1]}")
    return lines


def _section_text(section: Section) -> list[str]:
    lines = ["", section.title, "-" * len(section.title)]
    for part in section.parts:
        if isinstance(part, Table):
            lines += _table_text(part)
        elif part.style == "bullet":
            lines.append(f"- {part.text}")
        else:
            lines.append(part.text)
    return lines


def _chart_text(chart: charts.Chart) -> str:
    values = ", ".join(
        f"{label} {chart.format(value)}"
        for label, value in zip(chart.labels, chart.values, strict=True)
        if value is not None
    )
    return f"{chart.heading()}: {values}"


def report_text(report: ReportInput) -> str:
    """The report as plain text: the same content as the PDF, every list in full."""
    document = build_document(report, limit=10**9)
    front = document.front
    lines = [front.title]
    if front.name:
        lines.append(front.name)
    lines += [front.period, front.generated, front.disclaimer, ""]
    lines.append(text.tr("Key numbers"))
    for tile in front.tiles:
        lines.append(f"- {tile.label}: {tile.value} ({tile.note})")
    if front.figures:
        lines.append("")
        lines += [_chart_text(chart) for chart in front.figures]
    for section in (*front.left, *front.right, *front.either, *front.wide):
        lines += _section_text(section)
    lines += ["", front.footnote, "", text.tr("Appendix")]
    for section in document.appendix:
        lines += _section_text(section)
    return "\n".join(lines) + "\n"


# --- drawing -------------------------------------------------------------------------------------


_INK = QtGui.QColor("#000000")
_MUTED = QtGui.QColor("#4a4a4a")
_RULE = QtGui.QColor("#b8b8b8")
_FILL = QtGui.QColor("#e9e9e9")
_FLAG_FILL = QtGui.QColor("#dedede")


class _Kit:
    """Fonts, sizes and measured text for one paint device (measurements are cached)."""

    def __init__(self, device: QtGui.QPaintDevice, dpi: float) -> None:
        self.device = device
        self.dpi = dpi
        base = QtGui.QFont(QtGui.QGuiApplication.font())
        sizes = {
            "body": (8.0, False),
            "body_bold": (8.0, True),
            "small": (7.0, False),
            "small_bold": (7.0, True),
            "heading": (9.5, True),
            "title": (15.0, True),
            "name": (10.0, True),
            "value": (12.5, True),
        }
        self.fonts: dict[str, QtGui.QFont] = {}
        self.metrics: dict[str, QtGui.QFontMetricsF] = {}
        for key, (size, bold) in sizes.items():
            font = QtGui.QFont(base)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setStyleStrategy(QtGui.QFont.StyleStrategy.PreferOutline)
            # No "fi"/"fl" ligatures: text copied or searched in the PDF stays plain letters.
            font.setFeature(QtGui.QFont.Tag("liga"), 0)
            self.fonts[key] = font
            self.metrics[key] = QtGui.QFontMetricsF(font, device)
        self._steps = {k: (m.lineSpacing(), m.ascent()) for k, m in self.metrics.items()}
        self._lines: dict[tuple[str, str, int, int], tuple[str, ...]] = {}
        self._current: str | None = None

    def mm(self, value: float) -> float:
        """Millimetres in device units."""
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        """Points in device units."""
        return value * self.dpi / 72

    def spacing(self, font: str) -> float:
        return self.metrics[font].lineSpacing()

    def advance(self, font: str, words: str) -> float:
        return self.metrics[font].horizontalAdvance(words)

    def lines(self, font: str, words: str, width: float, limit: int = 0) -> tuple[str, ...]:
        """``words`` wrapped to ``width``; at most ``limit`` lines (0: all), the last cut."""
        key = (font, words, round(width), limit)
        found = self._lines.get(key)
        if found is not None:
            return found
        metrics = self.metrics[font]
        result: list[str] = []
        for paragraph in words.split("\n"):
            if metrics.horizontalAdvance(paragraph) <= width:
                result.append(paragraph)
                continue
            layout = QtGui.QTextLayout(paragraph, self.fonts[font], self.device)
            option = QtGui.QTextOption()
            option.setWrapMode(QtGui.QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                start = line.textStart()
                result.append(paragraph[start : start + line.textLength()].rstrip())
            layout.endLayout()
        if limit and len(result) > limit:
            rest = " ".join(result[limit - 1 :])
            cut = metrics.elidedText(rest + " …", QtCore.Qt.TextElideMode.ElideRight, width)
            result = [*result[: limit - 1], cut]
        lines = tuple(result)
        self._lines[key] = lines
        return lines

    def draw(
        self,
        painter: QtGui.QPainter,
        font: str,
        lines: Sequence[str],
        x: float,
        y: float,
        width: float,
        right: bool = False,
        colour: QtGui.QColor = _INK,
    ) -> None:
        """Write ``lines`` from the top ``y``, left-aligned (or right-aligned) in ``width``."""
        if not any(lines):
            return
        self.use_font(painter, font)
        painter.setPen(colour)
        metrics = self.metrics[font]
        step, ascent = self._steps[font]
        baseline = y + ascent
        for line in lines:
            if line:
                left = x + width - metrics.horizontalAdvance(line) if right else x
                painter.drawText(QtCore.QPointF(left, baseline), line)
            baseline += step

    def use_font(self, painter: QtGui.QPainter, font: str) -> None:
        """Set ``font`` on ``painter`` unless it is set already."""
        if self._current != font:
            painter.setFont(self.fonts[font])
            self._current = font

    def forget_font(self) -> None:
        """Call after something else (a chart) changed the painter's font."""
        self._current = None


Draw = Callable[[QtGui.QPainter, float, float], None]


@dataclasses.dataclass
class _Block:
    """Something of a fixed height, drawn at a given top-left corner."""

    height: float
    draw: Draw
    #: Kept on the same page as the next block (headings, table headers).
    keep_with_next: bool = False
    #: A table's header, drawn again at the top of a page the table continues on.
    header: _Block | None = None
    #: Space only: left out at the top of a page.
    space: bool = False
    #: How to draw it at the top of a page, when that differs (a table row shows its date).
    top_draw: Draw | None = None


def _nothing(_painter: QtGui.QPainter, _x: float, _y: float) -> None:
    return None


def _gap(height: float) -> _Block:
    return _Block(height, _nothing, space=True)


def _rule(
    painter: QtGui.QPainter, x1: float, x2: float, y: float, width: float, colour: QtGui.QColor
) -> None:
    painter.setPen(_pen(width, colour.rgba()))
    painter.drawLine(QtCore.QLineF(x1, y, x2, y))


@functools.cache
def _pen(width: float, rgba: int) -> QtGui.QPen:
    """A flat-capped pen (made once: a long appendix draws thousands of rules)."""
    pen = QtGui.QPen(QtGui.QColor.fromRgba(rgba), width)
    pen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
    return pen


def _draw_lines_block(
    kit: _Kit,
    font: str,
    lines: tuple[str, ...],
    indent: float,
    width: float,
    bullet: bool,
    colour: QtGui.QColor,
    painter: QtGui.QPainter,
    x: float,
    y: float,
) -> None:
    if bullet:
        kit.draw(painter, font, ["•"], x, y, indent, colour=colour)
    kit.draw(painter, font, lines, x + indent, y, width, colour=colour)


def _draw_boxed(
    kit: _Kit,
    font: str,
    lines: tuple[str, ...],
    pad: float,
    width: float,
    height: float,
    painter: QtGui.QPainter,
    x: float,
    y: float,
) -> None:
    painter.setPen(QtGui.QPen(_INK, kit.pt(0.8)))
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    painter.drawRect(QtCore.QRectF(x, y, width, height))
    kit.draw(painter, font, lines, x + pad, y + pad, width - 2 * pad)


def _para_blocks(kit: _Kit, para: Para, width: float) -> list[_Block]:
    font = "small" if para.style == "small" else "body"
    colour = _MUTED if para.style == "small" else _INK
    if para.style == "boxed":
        font = "body_bold"
        pad = kit.mm(1.5)
        lines = kit.lines(font, para.text, width - 2 * pad)
        height = len(lines) * kit.spacing(font) + 2 * pad
        return [
            _Block(height, functools.partial(_draw_boxed, kit, font, lines, pad, width, height)),
            _gap(kit.mm(1)),
        ]
    indent = kit.mm(3.5) if para.style == "bullet" else 0.0
    lines = kit.lines(font, para.text, width - indent)
    step = kit.spacing(font)
    blocks = []
    # One block per line, so that long notes can run onto the next page.
    for index, line in enumerate(lines):
        draw = functools.partial(
            _draw_lines_block,
            kit,
            font,
            (line,),
            indent,
            width - indent,
            para.style == "bullet" and index == 0,
            colour,
        )
        blocks.append(_Block(step, draw))
    blocks.append(_gap(kit.mm(0.8)))
    return blocks


@dataclasses.dataclass(frozen=True)
class _RowStyle:
    """How a table's rows are laid out and drawn (shared by all of its rows)."""

    columns: Sequence[float]
    numeric: frozenset[int]
    pad: tuple[float, float]
    width: float
    rule: tuple[float, QtGui.QColor]


def _draw_row(
    kit: _Kit,
    font: str,
    cells: Sequence[tuple[str, ...]],
    style: _RowStyle,
    label_column: bool,
    height: float,
    fill: QtGui.QColor | None,
    painter: QtGui.QPainter,
    x: float,
    y: float,
) -> None:
    """Draw a table row (muted first column: ``label_column``), lines placed as they are drawn.

    Where the lines go is worked out here, for the rows drawn only (a long appendix has
    thousands, some drawn two ways), not when the blocks are laid out.
    """
    if fill is not None:
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRect(QtCore.QRectF(x, y, style.width, height))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    kit.use_font(painter, font)
    metrics = kit.metrics[font]
    step, ascent = kit.spacing(font), metrics.ascent()
    pad_x, pad_y = style.pad
    top = y + pad_y + ascent
    left = x
    painter.setPen(_MUTED if label_column else _INK)
    for index, (lines, column) in enumerate(zip(cells, style.columns, strict=True)):
        if label_column and index == 1:
            painter.setPen(_INK)
        baseline = top
        for line in lines:
            if line:
                at = left + pad_x
                if index in style.numeric:
                    at = left + column - pad_x - metrics.horizontalAdvance(line)
                # Whole device units (1/300 in) are fine for type, and this overload is quicker.
                painter.drawText(int(at), int(baseline), line)
            baseline += step
        left += column
    _rule(painter, x, x + style.width, y + height, style.rule[0], style.rule[1])


def _column_widths(
    kit: _Kit, table: Table, width: float, font: str, bold: str, pad: float
) -> list[float]:
    """The columns' widths: fitted ones (share 0) first, the rest shared out."""
    fitted: dict[int, float] = {}
    for index, share in enumerate(table.widths):
        if share == 0:
            texts = {row[index] for row in table.rows}
            widest = max((kit.advance(bold, t) for t in texts), default=0.0)
            if table.columns:
                widest = max(widest, kit.advance(bold, table.columns[index]))
            fitted[index] = widest + 2 * pad + 1
    rest = max(width - sum(fitted.values()), 0.0)
    total = sum(table.widths) or 1.0
    return [fitted.get(i, rest * share / total) for i, share in enumerate(table.widths)]


def _table_blocks(kit: _Kit, table: Table, width: float) -> list[_Block]:
    font = "small" if table.small else "body"
    bold = f"{font}_bold"
    pad = (kit.mm(1.0), kit.mm(0.45))
    columns = _column_widths(kit, table, width, font, bold, pad[0])
    style = _RowStyle(columns, table.numeric, pad, width, (kit.pt(0.35), _RULE))
    limits = table.lines or (0,) * len(columns)
    header: _Block | None = None
    blocks: list[_Block] = []
    if table.columns:
        cells = [
            kit.lines(bold, name, column - 2 * pad[0], 3)
            for name, column in zip(table.columns, columns, strict=True)
        ]
        height = max(len(c) for c in cells) * kit.spacing(bold) + 2 * pad[1]
        head_style = _RowStyle(columns, table.numeric, pad, width, (kit.pt(0.7), _INK))
        header = _Block(
            height,
            functools.partial(_draw_row, kit, bold, cells, head_style, False, height, _FILL),
            keep_with_next=True,
        )
        blocks.append(header)
    step = {font: kit.spacing(font), bold: kit.spacing(bold)}
    group = table.group
    for index, row in enumerate(table.rows):
        strong = index in table.strong
        row_font = bold if strong else font
        cells = [
            kit.lines(row_font, cell, column - 2 * pad[0], limit)
            for cell, column, limit in zip(row, columns, limits, strict=True)
        ]
        height = max(len(c) for c in cells) * step[row_font] + 2 * pad[1]
        fill = _FLAG_FILL if strong else None
        muted = not table.columns
        draw = functools.partial(_draw_row, kit, row_font, cells, style, muted, height, fill)
        block = _Block(height, draw, header=header)
        if group is not None and index > 0 and row[group] == table.rows[index - 1][group]:
            block.top_draw = draw
            blank = [*cells[:group], (), *cells[group + 1 :]]
            block.draw = functools.partial(
                _draw_row, kit, row_font, blank, style, muted, height, fill
            )
        blocks.append(block)
    blocks.append(_gap(kit.mm(1.5)))
    return blocks


def _draw_heading(
    kit: _Kit, words: tuple[str, ...], width: float, painter: QtGui.QPainter, x: float, y: float
) -> None:
    kit.draw(painter, "heading", words, x, y, width)
    bottom = y + len(words) * kit.spacing("heading") + kit.mm(0.4)
    _rule(painter, x, x + width, bottom, kit.pt(0.8), _INK)


def _section_blocks(kit: _Kit, section: Section, width: float) -> list[_Block]:
    words = kit.lines("heading", section.title, width)
    height = len(words) * kit.spacing("heading") + kit.mm(1.4)
    blocks = [
        _Block(
            height,
            functools.partial(_draw_heading, kit, words, width),
            keep_with_next=True,
        )
    ]
    for part in section.parts:
        if isinstance(part, Table):
            blocks += _table_blocks(kit, part, width)
        else:
            blocks += _para_blocks(kit, part, width)
    blocks.append(_gap(kit.mm(2.0)))
    return blocks


def _stack_height(blocks: Sequence[_Block]) -> float:
    return sum(b.height for b in blocks)


def _draw_stack(blocks: Sequence[_Block], painter: QtGui.QPainter, x: float, y: float) -> None:
    for block in blocks:
        block.draw(painter, x, y)
        y += block.height


# --- page 1 -------------------------------------------------------------------------------------


def _header_block(kit: _Kit, front: Front, width: float) -> _Block:
    title = kit.spacing("title")
    line = kit.spacing("body")
    pad = kit.mm(1.4)
    box = kit.spacing("body_bold") + 2 * pad
    height = title + kit.mm(0.8) + line + kit.mm(1.5) + box + kit.mm(3)

    def draw(painter: QtGui.QPainter, x: float, y: float) -> None:
        name_width = min(kit.advance("name", front.name), width * 0.45)
        name = kit.metrics["name"].elidedText(
            front.name, QtCore.Qt.TextElideMode.ElideRight, name_width
        )
        kit.draw(painter, "title", [front.title], x, y, width - name_width - kit.mm(3))
        if name:
            kit.draw(
                painter,
                "name",
                [name],
                x,
                y + title - kit.spacing("name") - kit.mm(0.3),
                width,
                right=True,
            )
        row = y + title + kit.mm(0.8)
        kit.draw(painter, "body_bold", [front.period], x, row, width)
        kit.draw(painter, "small", [front.generated], x, row + kit.mm(0.4), width, True, _MUTED)
        top = row + line + kit.mm(1.5)
        painter.setPen(QtGui.QPen(_INK, kit.pt(1.0)))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.drawRect(QtCore.QRectF(x, top, width, box))
        kit.draw(painter, "body_bold", [front.disclaimer], x + pad, top + pad, width - 2 * pad)

    return _Block(height, draw)


def _tiles_block(kit: _Kit, tiles: Sequence[Tile], width: float) -> _Block:
    per_row = 4
    gap = kit.mm(2)
    tile_width = (width - gap * (per_row - 1)) / per_row
    pad = kit.mm(1.5)
    inner = tile_width - 2 * pad
    tile_height = kit.spacing("small") + kit.spacing("value") + kit.spacing("small") + 2 * pad
    rows = -(-len(tiles) // per_row)
    height = rows * tile_height + (rows - 1) * gap + kit.mm(3)

    def draw(painter: QtGui.QPainter, x: float, y: float) -> None:
        for index, tile in enumerate(tiles):
            left = x + (index % per_row) * (tile_width + gap)
            top = y + (index // per_row) * (tile_height + gap)
            rect = QtCore.QRectF(left, top, tile_width, tile_height)
            if tile.flagged:
                painter.setPen(QtGui.QPen(_INK, kit.pt(2.0)))
                painter.setBrush(_FLAG_FILL)
            else:
                painter.setPen(QtGui.QPen(_RULE, kit.pt(0.8)))
                painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            elide = QtCore.Qt.TextElideMode.ElideRight
            label = kit.metrics["small_bold"].elidedText(tile.label, elide, inner)
            value = kit.metrics["value"].elidedText(tile.value, elide, inner)
            note_font = "small_bold" if tile.flagged else "small"
            note = kit.metrics[note_font].elidedText(tile.note, elide, inner)
            row = top + pad
            kit.draw(painter, "small_bold", [label], left + pad, row, inner, colour=_MUTED)
            row += kit.spacing("small")
            kit.draw(painter, "value", [value], left + pad, row, inner)
            row += kit.spacing("value")
            kit.draw(painter, note_font, [note], left + pad, row, inner)

    return _Block(height, draw)


def _figures_block(
    kit: _Kit, figures: Sequence[charts.Chart], width: float, chart_height: float
) -> _Block:
    gap = kit.mm(3)
    shares = (1.15, 1.0)[: len(figures)]
    usable = width - gap * (len(figures) - 1)
    colours = _print_colours()
    font = kit.fonts["small"]

    def draw(painter: QtGui.QPainter, x: float, y: float) -> None:
        left = x
        for chart, share in zip(figures, shares, strict=True):
            chart_width = usable * share / sum(shares)
            rect = QtCore.QRectF(left, y, chart_width, chart_height)
            charts.paint_chart(painter, rect, chart, colours, font)
            painter.setPen(QtGui.QPen(_RULE, kit.pt(0.6)))
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            left += chart_width + gap
        kit.forget_font()

    return _Block(chart_height + kit.mm(3), draw)


def _columns_block(kit: _Kit, front: Front, width: float) -> _Block:
    gap = kit.mm(6)
    column = (width - gap) / 2
    left = [b for s in front.left for b in _section_blocks(kit, s, column)]
    right = [b for s in front.right for b in _section_blocks(kit, s, column)]
    for section in front.either:
        shorter = left if _stack_height(left) <= _stack_height(right) else right
        shorter += _section_blocks(kit, section, column)

    def draw(painter: QtGui.QPainter, x: float, y: float) -> None:
        _draw_stack(left, painter, x, y)
        _draw_stack(right, painter, x + column + gap, y)

    return _Block(max(_stack_height(left), _stack_height(right)), draw)


def _front_blocks(kit: _Kit, front: Front, width: float, chart_height: float) -> list[_Block]:
    blocks = [_header_block(kit, front, width), _tiles_block(kit, front.tiles, width)]
    if front.figures and chart_height > 0:
        blocks.append(_figures_block(kit, front.figures, width, chart_height))
    blocks.append(_columns_block(kit, front, width))
    for section in front.wide:
        blocks += _section_blocks(kit, section, width)
    blocks += _para_blocks(kit, Para(front.footnote, "small"), width)
    return blocks


def _fit_front(
    kit: _Kit, report: ReportInput, width: float, height: float
) -> tuple[Document, list[_Block]]:
    """The page-1 blocks that fit: shrink the charts, then trim lists, then drop the charts."""
    tries = [(FRONT_ROWS, 44.0), (FRONT_ROWS, 36.0), (FRONT_ROWS, 30.0)]
    tries += [(rows, 30.0) for rows in (6, 5, 4)]
    tries += [(rows, 0.0) for rows in (4, 3, 2)]
    for rows, chart_mm in tries:
        front = _front(report, rows, chart_mm > 0)
        blocks = _front_blocks(kit, front, width, kit.mm(chart_mm))
        if _stack_height(blocks) <= height:
            break
    return build_document(report, rows, front=front), blocks


# --- pages ----------------------------------------------------------------------------------------


def _paginate(blocks: Sequence[_Block], height: float) -> list[list[tuple[float, Draw]]]:
    """Place ``blocks`` on pages of ``height``: (top, how to draw) per page."""
    pages: list[list[tuple[float, Draw]]] = [[]]
    y = 0.0
    count = len(blocks)
    for index, block in enumerate(blocks):
        if block.space and y == 0.0:
            continue
        needed = block.height
        follow = index
        while blocks[follow].keep_with_next and follow + 1 < count:
            follow += 1
            needed += blocks[follow].height
        if y > 0.0 and y + min(needed, height) > height:
            pages.append([])
            y = 0.0
            if block.space:
                continue
            if block.header is not None:
                pages[-1].append((y, block.header.draw))
                y += block.header.height
            pages[-1].append((y, block.top_draw or block.draw))
            y += block.height
            continue
        pages[-1].append((y, block.draw))
        y += block.height
    return [page for page in pages if page]


def _page_size() -> QtGui.QPageSize:
    imperial = (
        QtCore.QLocale().measurementSystem() == QtCore.QLocale.MeasurementSystem.ImperialUSSystem
    )
    size = QtGui.QPageSize.PageSizeId.Letter if imperial else QtGui.QPageSize.PageSizeId.A4
    return QtGui.QPageSize(size)


def _draw_footer(
    kit: _Kit,
    painter: QtGui.QPainter,
    footer: str,
    page: int,
    pages: int,
    width: float,
    bottom: float,
) -> None:
    number = _fill(text.tr("Page %1 of %2"), _int(page), _int(pages))
    top = bottom - kit.spacing("small")
    _rule(painter, 0, width, top - kit.mm(1), kit.pt(0.5), _RULE)
    number_width = kit.advance("small", number)
    words = kit.metrics["small"].elidedText(
        footer, QtCore.Qt.TextElideMode.ElideRight, width - number_width - kit.mm(4)
    )
    kit.draw(painter, "small", [words], 0, top, width, colour=_MUTED)
    kit.draw(painter, "small", [number], 0, top, width, right=True)


def render_pdf(report: ReportInput) -> tuple[bytes, int]:
    """The report as PDF bytes, and its number of pages (nothing is written to disk)."""
    buffer = QtCore.QBuffer()
    buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
    writer = QtGui.QPdfWriter(buffer)
    writer.setResolution(DPI)
    writer.setTitle(text.tr("Muscle cramp diary summary"))
    writer.setCreator(f"Spasm Desktop {report.app_version}")
    writer.setPageLayout(
        QtGui.QPageLayout(
            _page_size(),
            QtGui.QPageLayout.Orientation.Portrait,
            QtCore.QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QtGui.QPageLayout.Unit.Millimeter,
        )
    )
    painter = QtGui.QPainter()
    if not painter.begin(writer):
        raise OSError(errno.EIO, "could not start a PDF")
    try:
        kit = _Kit(writer, DPI)
        width = float(writer.width())
        bottom = float(writer.height())
        footer_height = kit.spacing("small") + kit.mm(3)
        body = bottom - footer_height
        document, front_blocks = _fit_front(kit, report, width, body)
        head_height = kit.spacing("small") + kit.mm(3)
        appendix_blocks = [
            b for section in document.appendix for b in _section_blocks(kit, section, width)
        ]
        pages = _paginate(appendix_blocks, body - head_height)
        total = 1 + len(pages)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        _draw_stack(front_blocks, painter, 0.0, 0.0)
        kit.forget_font()
        _draw_footer(kit, painter, document.footer, 1, total, width, bottom)
        for number, page in enumerate(pages, start=2):
            writer.newPage()
            kit.forget_font()
            kit.draw(painter, "small", [document.running_head], 0, 0, width, colour=_MUTED)
            _rule(painter, 0, width, kit.spacing("small") + kit.mm(1), kit.pt(0.5), _RULE)
            for top, draw in page:
                draw(painter, 0.0, head_height + top)
            _draw_footer(kit, painter, document.footer, number, total, width, bottom)
    finally:
        painter.end()
    buffer.close()
    return bytes(buffer.data().data()), total


def write_pdf(path: Path, report: ReportInput) -> int:
    """Write the report to ``path`` (readable by the user only); return the number of pages.

    The PDF is made in memory first, then written atomically: a failure leaves no file (and an
    older file at ``path`` as it was).

    Raises:
        OSError: The file cannot be written (also when its folder does not exist).
    """
    data, pages = render_pdf(report)
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(path.parent))
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
    fileutil.write_atomic(path, data, 0o600)
    return pages


# --- from the records -----------------------------------------------------------------------------


def _learn_questions(section_id: str) -> tuple[str, ...]:
    content, _problems = learn_store.load_learn()
    section = content.section(section_id) if content is not None else None
    if section is None:
        return ()
    return tuple(text.data(bullet.text) for bullet in section.bullets)


def questions_for_provider() -> tuple[str, ...]:
    """The Learn page's questions to ask a provider, translated (empty if it can't be read)."""
    return _learn_questions(core_learn.QUESTIONS_ID)


def provider_may_ask() -> tuple[str, ...]:
    """The Learn page's questions a provider may ask, translated (empty if it can't be read)."""
    return _learn_questions(core_learn.PROVIDER_ASKS_ID)


def build_report(
    store: records.RecordStore,
    settings: Settings,
    library: routines.Library,
    period: stats.Period,
    tz: dt.tzinfo,
    now: dt.datetime,
    name: str = "",
    notes: str = "",
) -> ReportInput:
    """Read everything the report of ``period`` shows (made at ``now``) from the records.

    ``library`` tells which routines are bedtime routines; the water goal of days without a
    recorded goal is today's (none with a fluid limit, which is read as a ceiling); the
    questions are the Learn page's.
    """
    today = now.astimezone(tz).date()
    bedtime = [r.id for r in library.by_purpose(core_routine.Purpose.BEDTIME)]
    record = history.load(
        store,
        period,
        tz,
        settings.water.daily_goal_ml,
        bedtime,
        margin_days=stats.AROUND_CHANGE_DAYS,
        fluid_limit_ml=settings.water.fluid_limit_ml,
    )
    return ReportInput(
        summary=stats.summary(record, period, tz, today),
        tz=tz,
        generated=now,
        app_version=__version__,
        name=name.strip(),
        profile=store.load_profile(),
        medicines=tuple(store.medicines()),
        fluid_limit_ml=settings.water.fluid_limit_ml,
        questions=questions_for_provider(),
        provider_asks=provider_may_ask(),
        notes=notes,
        unit=settings.unit,
    )
