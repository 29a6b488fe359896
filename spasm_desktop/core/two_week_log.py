"""The two-week log for an appointment: 14 nights in a row, each asked about in the morning.

Primary-care studies of night cramps kept a daily log of the number of cramps, how long they
lasted (minutes), how bad they were (0-10) and how much they disturbed sleep (0-10) (CONTENT.md
§7, Sebo 2019 [S42]); the report's default period is the same two weeks. While a log runs, the
morning check-in asks every morning whatever its setting, and asks those items; once the last
night's check-in window is over, the log is complete and the report of exactly those 14 days is
offered. Offered when the report is opened with fewer than :data:`OFFER_BELOW` of the last 14
nights recorded. Pure: the caller stores the first night and passes the clock.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from spasm_desktop.core.nights import NightClock

#: Nights in a log.
NIGHTS = 14
#: Offer a log when fewer of the last :data:`NIGHTS` nights than this were recorded.
OFFER_BELOW = 10


@dataclasses.dataclass(frozen=True)
class TwoWeekLog:
    """A log of the nights ``first`` .. ``first`` + 13 (named by their evenings)."""

    first: dt.date

    @property
    def last(self) -> dt.date:
        """The log's last night."""
        return self.first + dt.timedelta(days=NIGHTS - 1)

    def covers(self, night: dt.date) -> bool:
        """Whether ``night`` is one of the log's."""
        return self.first <= night <= self.last

    def number(self, night: dt.date) -> int:
        """The night's place in the log, 1 to 14."""
        return (night - self.first).days + 1

    def complete(self, now: dt.datetime, clock: NightClock) -> bool:
        """Whether the last night is over and its check-in may be asked (or was)."""
        return now >= clock.window_end(self.last)

    def running(self, now: dt.datetime, clock: NightClock) -> bool:
        """Whether the check-in must ask about the log's nights now: from the log's start until
        the last night's check-in can no longer be asked (the next bedtime).
        """
        return now < clock.bedtime_of(self.last + dt.timedelta(days=1))


def start(now: dt.datetime, clock: NightClock) -> TwoWeekLog:
    """A log started at ``now``: from tonight (or, in the small hours, the night in progress;
    a night whose bedtime window is over is already behind: the log starts the next one).
    """
    night = clock.night_of(now)
    if now >= clock.window_end(night):
        night += dt.timedelta(days=1)
    return TwoWeekLog(night)


def should_offer(recorded_of_last_14: int) -> bool:
    """Whether to offer a log when the report is opened: too few recent nights are known."""
    return recorded_of_last_14 < OFFER_BELOW


def from_text(value: object) -> TwoWeekLog | None:
    """The stored log (its first night, ``YYYY-MM-DD``), or None for nothing or a bad value."""
    if not isinstance(value, str):
        return None
    try:
        return TwoWeekLog(dt.date.fromisoformat(value))
    except ValueError:
        return None


#: The records' ``state`` keys: the running (or last) log's first night, and the first night of
#: the log whose completion was already told.
STATE_KEY = "two_week_log"
DONE_KEY = "two_week_log_done"
