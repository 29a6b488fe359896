"""Which cramps the diary lists for a period, and in which order. Pure: the caller passes ``now``.

A period of N days lists the cramps from N days before ``now`` (to the minute) to a day after it,
so that a cramp entered with a time a little ahead of the clock still shows; a period of 0 days
lists everything recorded. Newest first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from spasm_desktop.core.episode import Episode

#: Where "everything recorded" starts.
EPOCH = dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
#: How far past ``now`` a period reaches.
AHEAD = dt.timedelta(days=1)


def span(now: dt.datetime, days: int) -> tuple[dt.datetime, dt.datetime]:
    """The instants a period of ``days`` days (0: all) lists cramps between."""
    start = now - dt.timedelta(days=days) if days else EPOCH
    return start, now + AHEAD


def newest_first(episodes: Iterable[Episode]) -> list[Episode]:
    """``episodes`` newest first (cramps that started at the same instant keep their order)."""
    return sorted(episodes, key=lambda e: e.started, reverse=True)
