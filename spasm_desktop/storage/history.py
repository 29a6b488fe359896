"""Reads what the history window and the clinician report need from the records, in one go."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable
from importlib.resources.abc import Traversable
from pathlib import Path

from spasm_desktop.core import learn, report_figures, stats, units
from spasm_desktop.core import routine as core_routine
from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.core.settings import Settings
from spasm_desktop.core.stats import Period
from spasm_desktop.storage import learn as learn_store
from spasm_desktop.storage import routines
from spasm_desktop.storage.records import RecordStore


def load(
    store: RecordStore,
    period: Period,
    tz: dt.tzinfo,
    default_goal_ml: int | None,
    bedtime_routines: Iterable[str],
    margin_days: int = 0,
    fluid_limit_ml: int | None = None,
    bedtime: dt.time = dt.time(22, 30),
) -> stats.Record:
    """The record of ``period`` (plus ``margin_days`` before and after, for comparisons).

    A day recorded as having had no water goal keeps none; only a day with nothing recorded
    (the app did not run) uses ``default_goal_ml`` (the goal today; None: no goal).
    ``fluid_limit_ml`` is the clinician-set limit, a ceiling. ``tracking_since`` is the first
    day anything was recorded at all (for a morning answer, the night it is about).
    """
    margin = dt.timedelta(days=margin_days)
    wide = Period(period.first - margin, period.last + margin)
    start, end = wide.bounds(tz)
    # Nights run into the next morning: read up to noon after the last day.
    end += dt.timedelta(hours=stats.NIGHT_SPLIT_HOUR)
    # Nothing recorded yet: the record has not begun, so no night of the period is "not
    # recorded" (a new person is not shown weeks of unknown nights).
    since = first_day(store, tz) or wide.last + dt.timedelta(days=1)
    dates = Period(wide.first, wide.last + dt.timedelta(days=1)).dates()
    totals = store.drink_totals([stats.midnight(day, tz) for day in dates])
    return stats.Record(
        episodes=store.episodes(start, end),
        water=dict(zip(dates[:-1], totals, strict=True)),
        sessions=store.sessions(start, end),
        breaks=store.breaks(start, end),
        goals=store.day_goals(wide.first, wide.last + dt.timedelta(days=1)),
        default_goal_ml=default_goal_ml,
        fluid_limit_ml=fluid_limit_ml,
        medicines=store.medicines(),
        bedtime_routines=frozenset(bedtime_routines),
        tracking_since=since,
        answers=store.morning_answers(wide.first - dt.timedelta(days=1), wide.last),
        bedtime=bedtime,
    )


def first_day(store: RecordStore, tz: dt.tzinfo) -> dt.date | None:
    """The first local day anything was recorded; for a morning answer, the night it is about
    (given the next morning, or entered later in "Add nights"). None: nothing yet.
    """
    first = store.first_record_at()
    days = [stats.local_day(first, tz)] if first is not None else []
    if (night := store.first_answered_night()) is not None:
        days.append(night)
    return min(days, default=None)


@dataclasses.dataclass(frozen=True)
class ReportRecord:
    """What the clinician report of a period shows, read from the records and the Learn file."""

    summary: report_figures.Summary
    profile: MedicalProfile | None
    medicines: tuple[Medicine, ...]
    #: The clinician-set fluid limit (a ceiling), and the unit volumes are shown in.
    fluid_limit_ml: int | None
    unit: units.VolumeUnit
    #: The Learn page's questions to ask a provider, and those a provider may ask, as written in
    #: the Learn file (the report translates them); empty when the file cannot be read.
    questions: tuple[str, ...]
    provider_asks: tuple[str, ...]


def learn_questions(
    folder: Path | Traversable | None = None,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The Learn page's questions for a provider and what a provider may ask, from ``folder``
    (the built-in Learn files by default); both empty when the file cannot be read.
    """
    content, _problems = learn_store.load_learn(folder)
    found = []
    for section_id in (learn.QUESTIONS_ID, learn.PROVIDER_ASKS_ID):
        section = content.section(section_id) if content is not None else None
        found.append(() if section is None else tuple(b.text for b in section.bullets))
    return found[0], found[1]


def load_report(
    store: RecordStore,
    settings: Settings,
    library: routines.Library,
    period: Period,
    tz: dt.tzinfo,
    now: dt.datetime,
) -> ReportRecord:
    """Read everything the clinician report of ``period`` (made at ``now``) shows.

    ``library`` tells which routines are bedtime routines; the water goal of days without a
    recorded goal is today's (none with a fluid limit, which is read as a ceiling); the
    questions are the Learn page's.
    """
    today = now.astimezone(tz).date()
    bedtime = [r.id for r in library.by_purpose(core_routine.Purpose.BEDTIME)]
    record = load(
        store,
        period,
        tz,
        settings.water.daily_goal_ml,
        bedtime,
        margin_days=stats.AROUND_CHANGE_DAYS,
        fluid_limit_ml=settings.water.fluid_limit_ml,
        bedtime=settings.bedtime.bedtime,
    )
    questions, provider_asks = learn_questions()
    return ReportRecord(
        summary=report_figures.summary(record, period, tz, today),
        profile=store.load_profile(),
        medicines=tuple(store.medicines()),
        fluid_limit_ml=settings.water.fluid_limit_ml,
        unit=settings.unit,
        questions=questions,
        provider_asks=provider_asks,
    )
