"""The service with a fake person at the computer and a fake do-not-disturb probe."""

import dataclasses
import datetime as dt
import types
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.core.sitting import BreakSource, Presence
from spasm_desktop.scheduling.scheduler import ReminderScheduler
from spasm_desktop.service import BUSY_POLL, DND_END_JOB, ReminderService
from spasm_desktop.storage.records import RecordStore
from tests.fakes import FakeActivity, FakeActivitySource, FakeBusy, FakeClock, local

W, S, M, B = ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE, ReminderKind.BEDTIME
MIN = dt.timedelta(minutes=1)
T0 = local(2026, 11, 24, 9, 0)  # a Tuesday
DAY = (local(2026, 11, 24, 0), local(2026, 11, 25, 0))


@dataclasses.dataclass
class World:
    """The service and its fakes: the person at the computer, the idle source, the busy probe."""

    clock: FakeClock
    store: RecordStore
    scheduler: ReminderScheduler
    service: ReminderService
    person: FakeActivity
    source: FakeActivitySource
    busy: FakeBusy
    shown: list[list[ReminderKind]]

    def run_until(self, end: dt.datetime, step: dt.timedelta = dt.timedelta(seconds=30)) -> None:
        """Let time pass, checking as the app's tick and polls would."""
        while self.clock.now() + step <= end:
            self.clock.advance(step)
            self.service.check()

    def poll_interval_ms(self) -> int | None:
        """The service's poll interval, read afresh (it changes as time passes)."""
        return self.service.poll_interval_ms

    def outcomes(self, kind: ReminderKind | None = None) -> list[tuple[ReminderKind, Outcome, str]]:
        return [
            (r.kind, r.outcome, r.detail)
            for r in self.store.records(*DAY)
            if kind is None or r.kind is kind
        ]


def make_world(tmp_path: Path, settings: Settings) -> World:
    clock = FakeClock(T0)
    store = RecordStore(tmp_path / "records.sqlite3", clock.now)
    person = FakeActivity()
    source = FakeActivitySource(person, clock)
    busy = FakeBusy()
    scheduler = ReminderScheduler()
    service = ReminderService(clock, settings, store, scheduler, None, source, busy)
    world = World(clock, store, scheduler, service, person, source, busy, [])
    service.reminders_due.connect(world.shown.append)
    return world


@pytest.fixture
def world(tmp_path: Path, qapp: QApplication) -> Iterator[World]:
    only_move = Settings()
    only_move = dataclasses.replace(
        only_move,
        water=dataclasses.replace(only_move.water, enabled=False),
        stretch=dataclasses.replace(only_move.stretch, enabled=False),
    )
    w = make_world(tmp_path, only_move)
    yield w
    w.store.close()


def test_move_comes_after_thirty_minutes_of_real_sitting(world: World) -> None:
    world.person.works(T0 - MIN, T0 + 120 * MIN)
    world.service.start()
    # Sitting counts from the first look (how long they sat before the app started is unknown).
    assert world.scheduler.plan["move"] == T0 + 30 * MIN
    world.run_until(T0 + 28 * MIN)
    assert world.shown == []
    assert world.service.sitting_now() == 28 * MIN
    world.run_until(T0 + 30 * MIN)
    assert world.shown == [[M]]
    world.service.answer([M], Outcome.DONE)
    assert [b.source for b in world.store.breaks(*DAY)] == [BreakSource.PROMPTED]
    assert world.service.sitting_now() == dt.timedelta(0)
    assert world.scheduler.plan["move"] == T0 + 60 * MIN


def test_a_walk_is_a_natural_break_and_no_reminder_comes_when_back(world: World) -> None:
    world.person.works(T0, T0 + 20 * MIN).works(T0 + 30 * MIN, T0 + 120 * MIN)
    world.service.start()
    world.run_until(T0 + 31 * MIN)
    assert world.shown == []
    breaks = world.store.breaks(*DAY)
    assert [(b.source, b.start) for b in breaks] == [(BreakSource.NATURAL, T0 + 20 * MIN)]
    sitting = world.service.sitting_now()
    assert sitting is not None
    assert sitting <= 1.5 * MIN
    world.run_until(T0 + 59 * MIN)
    assert world.shown == []
    world.run_until(T0 + 61 * MIN)
    assert world.shown == [[M]]


def test_the_pop_up_waits_until_the_person_is_at_the_computer(world: World) -> None:
    # Sits 30 minutes, then reads without touching anything from 9:29:20 on.
    world.person.works(T0, T0 + 29 * MIN + dt.timedelta(seconds=20))
    world.service.start()
    world.run_until(T0 + 30 * MIN)
    assert world.shown == []
    assert world.service.presence() is Presence.IDLE
    assert world.poll_interval_ms() == 5000  # looks again soon, only now
    world.person.works(T0 + 30 * MIN + dt.timedelta(seconds=10), T0 + 60 * MIN)
    world.run_until(T0 + 30 * MIN + dt.timedelta(seconds=15), step=dt.timedelta(seconds=5))
    assert world.shown == [[M]]
    assert world.poll_interval_ms() is None


def test_away_when_due_is_a_break_not_a_pop_up(world: World) -> None:
    world.person.works(T0, T0 + 29 * MIN).works(T0 + 45 * MIN, T0 + 60 * MIN)
    world.service.start()
    world.run_until(T0 + 44 * MIN)
    assert world.shown == []
    assert world.service.presence() is Presence.ON_BREAK
    assert world.poll_interval_ms() is None  # on a break: nothing to wait for
    world.run_until(T0 + 50 * MIN)
    assert world.shown == []
    assert [b.source for b in world.store.breaks(*DAY)] == [BreakSource.NATURAL]


def test_suspend_counts_as_away(world: World) -> None:
    world.person.works(T0, T0 + 20 * MIN).works(T0 + 60 * MIN, T0 + 90 * MIN)
    world.service.start()
    world.run_until(T0 + 20 * MIN)
    world.clock.jump(40 * MIN)  # the lid was closed: no checks at all
    world.service.check()
    breaks = world.store.breaks(*DAY)
    assert [(b.start, b.end) for b in breaks] == [(T0 + 20 * MIN, T0 + 60 * MIN)]
    assert world.shown == []


def test_activity_source_failing_falls_back_to_clock_time(world: World) -> None:
    world.person.works(T0, T0 + 120 * MIN)
    world.service.start()
    world.run_until(T0 + 10 * MIN)
    world.source.fail = True
    world.run_until(T0 + 12 * MIN)
    assert not world.service.watching_activity
    assert world.service.sitting_now() is None
    assert world.service.status()["activity"] is None
    world.source.fail = False
    world.run_until(T0 + 13 * MIN)
    assert world.service.watching_activity


def test_sitting_timer_survives_a_restart(tmp_path: Path, world: World) -> None:
    world.person.works(T0, T0 + 120 * MIN)
    world.service.start()
    world.run_until(T0 + 20 * MIN)
    world.service.close()
    again = ReminderService(
        world.clock, world.service.settings, world.store, world.scheduler, None, world.source
    )
    assert again.sitting == world.service.sitting


# --- busy -----------------------------------------------------------------------------------


@pytest.fixture
def busy_world(tmp_path: Path, qapp: QApplication) -> Iterator[World]:
    w = make_world(tmp_path, Settings())
    w.person.works(T0 - MIN, T0 + 600 * MIN)
    yield w
    w.store.close()


def test_meeting_holds_reminders_and_one_catch_up_follows(busy_world: World) -> None:
    w = busy_world
    w.service.start()
    reads_before = w.busy.reads
    w.run_until(T0 + 29 * MIN)
    assert w.busy.reads == reads_before  # the probe is not read while nothing is due
    w.busy.reasons = [types.SimpleNamespace(reason="meeting_app", detail="zoom")]
    w.run_until(T0 + 150 * MIN)  # two hours of meetings
    assert w.shown == []
    assert w.poll_interval_ms() == BUSY_POLL
    assert w.service.status()["held_back"] == ["move", "stretch", "water"]
    assert {k for k, o, _ in w.outcomes() if o is Outcome.DEFERRED} == {W, S, M}
    w.busy.reasons = []
    w.run_until(T0 + 151 * MIN)
    assert w.shown == [[W, S, M]]
    assert [(k, d) for k, o, d in w.outcomes() if o is Outcome.SHOWN] == [
        (W, "deferred"),
        (S, "deferred"),
        (M, "deferred"),
    ]
    assert w.poll_interval_ms() is None
    w.run_until(T0 + 170 * MIN)
    assert w.shown == [[W, S, M]]  # no burst afterwards


def test_do_not_disturb_by_hand_for_an_hour(busy_world: World) -> None:
    w = busy_world
    w.service.start()
    w.service.set_dnd(60)
    assert w.scheduler.plan[DND_END_JOB] == T0 + 60 * MIN
    w.run_until(T0 + 59 * MIN)
    assert w.shown == []
    assert w.service.status()["do_not_disturb"] is True
    w.run_until(T0 + 60 * MIN)
    # Move was held back at 9:30; water and stretch fall due just now: one pop-up for all.
    assert w.shown == [[W, S, M]]
    w.run_until(T0 + 61 * MIN)
    assert len(w.shown) == 1
    assert w.service.status()["do_not_disturb"] is False


def test_do_not_disturb_until_turned_off(busy_world: World) -> None:
    w = busy_world
    w.service.start()
    w.service.set_dnd(None)
    w.run_until(T0 + 300 * MIN)
    assert w.shown == []
    assert w.service.clear_dnd() is True
    assert len(w.shown) == 1
    assert set(w.shown[0]) == {W, S, M}
    assert w.service.clear_dnd() is False


def test_no_quick_looks_outside_active_hours(tmp_path: Path, qapp: QApplication) -> None:
    # Tuesday 18:10: active hours are over; the person reads after a long sitting spell.
    w = make_world(tmp_path, Settings())
    evening = local(2026, 11, 24, 18, 10)
    w.clock.set_local(dt.datetime(2026, 11, 24, 18, 10))
    w.person.works(evening - 60 * MIN, evening + 40 * MIN - dt.timedelta(seconds=40))
    w.service.start()
    w.run_until(evening + 40 * MIN)
    assert w.service.presence() is Presence.IDLE
    assert w.poll_interval_ms() is None
    assert w.shown == []
    w.store.close()
