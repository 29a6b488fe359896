"""Where "now" comes from.

Everything in ``core`` takes ``now`` as an argument; the app passes a :class:`SystemClock`, tests a
fake one. Datetimes are timezone-aware UTC; ``tz`` is the local zone used for active hours.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Protocol


class Clock(Protocol):
    """A source of the current time."""

    tz: dt.tzinfo

    def now(self) -> dt.datetime:
        """Return the current time, timezone-aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Return seconds of a clock that never jumps (for detecting wall-clock jumps)."""
        ...


class SystemClock:
    """The real clock."""

    def __init__(self, tz: dt.tzinfo) -> None:
        self.tz = tz

    def now(self) -> dt.datetime:
        """Return the current UTC time."""
        return dt.datetime.now(dt.UTC)

    def monotonic(self) -> float:
        """Return :func:`time.monotonic`."""
        return time.monotonic()
