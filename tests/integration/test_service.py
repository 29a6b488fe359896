"""The reminder service with real storage and a fake clock."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.scheduling.scheduler import ReminderScheduler
from spasm_desktop.service import PAUSE_END_JOB, ReminderService
from spasm_desktop.storage.records import RecordStore
from tests.fakes import FakeClock, local

W, S, M, B = ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE, ReminderKind.BEDTIME
MIN = dt.timedelta(minutes=1)
#: The clock, the store, the scheduler, the service and the reminders shown (one list a time).
World = tuple[FakeClock, RecordStore, ReminderScheduler, ReminderService, list[list[ReminderKind]]]


@pytest.fixture
def world(tmp_path: Path, qapp: QApplication) -> Iterator[World]:
    clock = FakeClock(local(2026, 11, 24, 9, 0))  # a Tuesday
    store = RecordStore(tmp_path / "records.sqlite3", clock.now)
    scheduler = ReminderScheduler()  # never started: the plan is inspected instead
    service = ReminderService(clock, Settings(), store, scheduler)
    shown: list[list[ReminderKind]] = []
    service.reminders_due.connect(shown.append)
    service.start()
    yield clock, store, scheduler, service, shown
    store.close()


def test_plan_follows_policy(world: World) -> None:
    _clock, _store, scheduler, _service, _shown = world
    assert scheduler.plan == {
        "water": local(2026, 11, 24, 10),
        "stretch": local(2026, 11, 24, 10),
        "move": local(2026, 11, 24, 9, 30),
        "bedtime": local(2026, 11, 24, 22, 15),
    }


def test_due_reminders_are_shown_together_and_recorded(world: World) -> None:
    clock, store, _scheduler, service, shown = world
    clock.advance(dt.timedelta(minutes=60))
    service.check()
    assert shown == [[W, S, M]]
    records = store.records(local(2026, 11, 24, 0), local(2026, 11, 25, 0))
    assert [(r.kind, r.outcome) for r in records] == [
        (W, Outcome.SHOWN),
        (S, Outcome.SHOWN),
        (M, Outcome.SHOWN),
    ]
    service.answer([W], Outcome.DONE)
    assert service.water_today() == 250
    service.answer([S, M], Outcome.SNOOZED, 10)
    assert service.next_due()[S] == local(2026, 11, 24, 10, 10)


def test_drink_restarts_water_and_undo(world: World) -> None:
    clock, _store, scheduler, service, _shown = world
    clock.advance(dt.timedelta(minutes=40))
    service.log_drink(300)
    assert scheduler.plan["water"] == local(2026, 11, 24, 10, 40)
    assert service.water_today() == 300
    assert service.undo_drink() == 300
    assert service.water_today() == 0
    assert service.undo_drink() is None


def test_pause_and_resume(world: World) -> None:
    clock, store, scheduler, service, shown = world
    until = service.pause_for(120)
    assert scheduler.plan[PAUSE_END_JOB] == until
    assert scheduler.plan["move"] >= until
    clock.advance(dt.timedelta(minutes=45))
    service.check()
    assert shown == []
    assert service.resume() is True
    missed = [r for r in store.records(local(2026, 11, 24, 0), local(2026, 11, 25, 0))]
    assert [(r.kind, r.outcome) for r in missed] == [(M, Outcome.MISSED_PAUSED)]
    assert service.resume() is False
    assert PAUSE_END_JOB not in scheduler.plan


def test_pause_expires_by_itself(world: World) -> None:
    clock, _store, _scheduler, service, shown = world
    service.pause_for(30)
    clock.advance(dt.timedelta(minutes=31))
    service.check()
    assert service.state.paused_until is None
    assert shown == []
    assert service.next_due()[M] == local(2026, 11, 24, 10, 0)


def test_state_survives_restart(world: World, tmp_path: Path) -> None:
    clock, store, _scheduler, service, _shown = world
    service.pause_until_tomorrow()
    service.log_drink(250)
    store.close()
    store2 = RecordStore(tmp_path / "records.sqlite3", clock.now)
    again = ReminderService(clock, Settings(), store2, ReminderScheduler())
    assert again.state.paused_until == local(2026, 11, 25, 0)
    assert again.water_today() == 250
    assert again.status()["paused"] is True
    store2.close()


def test_clock_jump_forward_gives_one_catch_up(world: World) -> None:
    clock, _store, _scheduler, service, shown = world
    clock.jump(dt.timedelta(hours=5))  # suspended 09:00 -> 14:00
    service.check()
    service.check()
    assert shown == [[W, S, M]]


def test_clock_jump_backward_does_not_repeat(world: World) -> None:
    clock, _store, _scheduler, service, shown = world
    clock.advance(dt.timedelta(minutes=60))
    service.check()
    clock.jump(-dt.timedelta(minutes=30))
    service.check()
    clock.advance(MIN)
    service.check()
    assert len(shown) == 1


def test_status_json_shape(world: World) -> None:
    _clock, _store, _scheduler, service, _shown = world
    status = service.status()
    assert set(status["next"]) == {"water", "stretch", "move", "bedtime"}
    assert status["water_goal_ml"] is None  # no goal unless the person sets one
    assert status["fluid_limit_ml"] is None
    assert status["fluid_limit_level"] == "no_limit"
    assert status["paused"] is False


def with_water(service: ReminderService, **changes: Any) -> Settings:
    import dataclasses as dc

    settings = dc.replace(service.settings, water=dc.replace(service.settings.water, **changes))
    service.apply_settings(settings)
    return settings


def test_hot_day_raises_todays_goal_until_midnight(world: World) -> None:
    from spasm_desktop.core import reminders

    clock, store, _scheduler, service, _shown = world
    settings = with_water(service, goal_ml=2000)
    assert service.water_goal() == 2000
    assert not service.hot_day()
    service.set_hot_day(True)
    assert service.hot_day()
    assert service.water_goal() == 2000 + reminders.HOT_DAY_EXTRA_ML
    assert service.status()["water_goal_ml"] == 2500
    assert service.status()["hot_day"] is True
    # The goal reached on a normal day is not reached on a hot day: water reminders go on.
    service.log_drink(2000)
    assert W in service.next_due()
    again = ReminderService(clock, settings, store, ReminderScheduler())
    assert again.hot_day()  # kept across a restart, for that day
    clock.advance(dt.timedelta(hours=16))  # past midnight
    assert not service.hot_day()
    assert service.water_goal() == 2000


def test_without_a_goal_water_reminders_keep_coming_after_any_total(world: World) -> None:
    clock, _store, _scheduler, service, shown = world
    service.log_drink(3000)
    service.set_hot_day(True)
    assert service.water_goal() is None  # nothing to raise
    for _ in range(3):
        clock.advance(dt.timedelta(minutes=60))
        service.check()
    assert sum(W in kinds for kinds in shown) == 3


def test_with_a_fluid_limit_no_water_reminder_and_no_hot_day(world: World) -> None:
    # CONTENT.md §7a: the limit is a ceiling, never a target. A whole day with the fake clock:
    # stretch and move come, water never does, whatever is logged.
    clock, store, scheduler, service, shown = world
    service.set_hot_day(True)  # marked before the limit was set
    settings = with_water(service, goal_ml=2000, fluid_limit_ml=1500)
    assert not service.hot_day()
    assert service.water_goal() is None
    service.set_hot_day(True)
    assert not service.hot_day()
    assert "water" not in scheduler.plan
    assert W not in service.next_due()
    for hour in range(9):
        if hour == 3:
            service.log_drink(1300)
        clock.advance(dt.timedelta(minutes=60))
        service.check()
    assert shown
    assert all(W not in kinds for kinds in shown)
    assert any(S in kinds for kinds in shown)
    status = service.status()
    assert status["water_goal_ml"] is None
    assert status["hot_day"] is False
    assert (status["fluid_limit_ml"], status["fluid_limit_level"]) == (1500, "near")
    service.log_drink(300)
    assert service.status()["fluid_limit_level"] == "reached"
    again = ReminderService(clock, settings, store, ReminderScheduler())
    assert not again.hot_day()
    assert W not in again.next_due()
