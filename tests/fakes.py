"""Test doubles: a clock that only moves when told."""

from __future__ import annotations

import dataclasses
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


def local(
    year: int,
    month: int,
    day: int,
    hour: int = 0,
    minute: int = 0,
    second: int = 0,
    *,
    tz: dt.tzinfo = BERLIN,
) -> dt.datetime:
    """A local wall-clock time as an aware UTC datetime."""
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=tz).astimezone(dt.UTC)


class FakeActivity:
    """A person's input over time: spells of continuous typing, and screen locks.

    ``idle_s(at)`` is what an idle backend would report at ``at``: seconds since the last input.
    """

    def __init__(self) -> None:
        self.spells: list[tuple[dt.datetime, dt.datetime]] = []
        self.locks: list[tuple[dt.datetime, dt.datetime]] = []

    def works(self, start: dt.datetime, end: dt.datetime) -> FakeActivity:
        self.spells.append((start, end))
        return self

    def locked(self, start: dt.datetime, end: dt.datetime) -> FakeActivity:
        self.locks.append((start, end))
        return self

    def idle_s(self, at: dt.datetime) -> float:
        last = max((min(end, at) for start, end in self.spells if start <= at), default=None)
        return 1e6 if last is None else (at - last).total_seconds()

    def is_locked(self, at: dt.datetime) -> bool:
        return any(start <= at < end for start, end in self.locks)

    def reading(self, at: dt.datetime) -> tuple[float, bool]:
        """The backend's answer at ``at``: (idle seconds, locked)."""
        return self.idle_s(at), self.is_locked(at)


@dataclasses.dataclass(frozen=True)
class FakeReading:
    """One answer of the fake activity backend."""

    idle_s: float
    locked: bool | None = None


class FakeActivitySource:
    """An activity backend that reads a :class:`FakeActivity` at the fake clock's time."""

    key = "fake"

    def __init__(self, person: FakeActivity, clock: FakeClock) -> None:
        self.person = person
        self.clock = clock
        self.fail = False
        self.reads = 0

    def read(self) -> FakeReading:
        self.reads += 1
        if self.fail:
            raise OSError("the activity service went away")
        idle, locked = self.person.reading(self.clock.now())
        return FakeReading(idle, locked)


class FakeBusy:
    """A do-not-disturb probe whose answer the test sets."""

    def __init__(self) -> None:
        self.reasons: list[object] = []
        self.reads = 0

    def __call__(self) -> list[object]:
        self.reads += 1
        return list(self.reasons)
