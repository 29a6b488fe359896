"""Test doubles: a clock that only moves when told."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


class FakeClock:
    """A clock for tests. ``advance`` moves both clocks; ``jump`` moves only the wall clock."""

    def __init__(self, start: dt.datetime, tz: dt.tzinfo = BERLIN) -> None:
        self.tz = tz
        self._now = start.astimezone(dt.UTC)
        self._mono = 1000.0

    def now(self) -> dt.datetime:
        return self._now

    def monotonic(self) -> float:
        return self._mono

    def advance(self, delta: dt.timedelta) -> None:
        self._now += delta
        self._mono += delta.total_seconds()

    def jump(self, delta: dt.timedelta) -> None:
        """The wall clock is changed (or the machine slept): the monotonic clock does not move."""
        self._now += delta

    def set_local(self, value: dt.datetime) -> None:
        self.advance(value.replace(tzinfo=self.tz).astimezone(dt.UTC) - self._now)


def local(*args: int, tz: dt.tzinfo = BERLIN) -> dt.datetime:
    """A local wall-clock time as an aware UTC datetime."""
    return dt.datetime(*args, tzinfo=tz).astimezone(dt.UTC)
