"""Reads what the history window and the clinician report need from the records, in one go."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from spasm_desktop.core import stats
from spasm_desktop.core.stats import Period
from spasm_desktop.storage.records import RecordStore


def load(
    store: RecordStore,
    period: Period,
    tz: dt.tzinfo,
    default_goal_ml: int | None,
    bedtime_routines: Iterable[str],
    margin_days: int = 0,
    fluid_limit_ml: int | None = None,
) -> stats.Record:
    """The record of ``period`` (plus ``margin_days`` before and after, for comparisons).

    A day recorded as having had no water goal keeps none; only a day with nothing recorded
    (the app did not run) uses ``default_goal_ml`` (the goal today; None: no goal).
    ``fluid_limit_ml`` is the clinician-set limit, a ceiling. ``tracking_since`` is the first
    day anything was recorded at all.
    """
    margin = dt.timedelta(days=margin_days)
    wide = Period(period.first - margin, period.last + margin)
    start, end = wide.bounds(tz)
    # Nights run into the next morning: read up to noon after the last day.
    end += dt.timedelta(hours=stats.NIGHT_SPLIT_HOUR)
    first = store.first_record_at()
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
        tracking_since=stats.local_day(first, tz) if first is not None else None,
    )
