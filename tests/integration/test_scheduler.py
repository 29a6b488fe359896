"""The real APScheduler QtScheduler, on the GUI thread, through the bridge signal."""

import datetime as dt
import logging
import threading

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from spasm_desktop.scheduling.scheduler import ReminderScheduler


def soon(seconds: float) -> dt.datetime:
    return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)


def test_job_fires_on_the_gui_thread(qtbot: QtBot) -> None:
    scheduler = ReminderScheduler()
    scheduler.start()
    threads = []
    scheduler.job_due.connect(lambda job_id: threads.append(threading.current_thread()))
    try:
        with qtbot.waitSignal(scheduler.job_due, timeout=5000) as blocker:
            scheduler.apply({"water": soon(0.2)})
        assert blocker.args == ["water"]
        assert threads == [threading.main_thread()]
        assert "water" not in scheduler.plan
    finally:
        scheduler.shutdown()


def test_late_job_still_runs_once(qtbot: QtBot) -> None:
    """A due time long past (after suspend) is not dropped by APScheduler's 1 s default."""
    scheduler = ReminderScheduler()
    scheduler.start()
    fired: list[str] = []
    scheduler.job_due.connect(fired.append)
    try:
        with qtbot.waitSignal(scheduler.job_due, timeout=5000):
            scheduler.apply({"stretch": dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)})
        qtbot.waitUntil(lambda: scheduler._scheduler.get_jobs() == [], timeout=2000)
        assert fired == ["stretch"]
    finally:
        scheduler.shutdown()


def test_replace_and_remove(qtbot: QtBot) -> None:
    scheduler = ReminderScheduler()
    scheduler.start()
    fired: list[str] = []
    scheduler.job_due.connect(fired.append)
    try:
        scheduler.apply({"water": soon(0.3), "move": soon(0.3)})
        scheduler.apply({"water": soon(60), "move": None})
        assert set(scheduler.plan) == {"water"}
        assert [job.id for job in scheduler._scheduler.get_jobs()] == ["water"]
        scheduler.apply({"bedtime": soon(0.5)})
        qtbot.waitUntil(lambda: fired == ["bedtime"], timeout=5000)
        assert fired == ["bedtime"]
    finally:
        scheduler.shutdown()


def test_plan_before_start_is_kept(qtbot: QtBot) -> None:
    scheduler = ReminderScheduler()
    scheduler.apply({"water": soon(0.2)})
    try:
        with qtbot.waitSignal(scheduler.job_due, timeout=5000):
            scheduler.start()
    finally:
        scheduler.shutdown()


def wake_ups(caplog: pytest.LogCaptureFixture) -> int:
    """How often APScheduler looked for due jobs (its debug line, once per wake-up)."""
    return sum(r.getMessage() == "Looking for jobs to run" for r in caplog.records)


def test_plan_changes_keep_one_wake_up_timer(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """APScheduler's own QtScheduler cannot stop a timer under PySide6, so each change queued
    one more wake-up, which then re-armed itself for good; one owned timer is restarted instead.
    """
    caplog.set_level(logging.DEBUG, logger="apscheduler.scheduler")
    scheduler = ReminderScheduler()
    scheduler.start()
    fired: list[str] = []
    scheduler.job_due.connect(fired.append)
    try:
        due = soon(0.5)
        for step in range(20):
            scheduler.apply({"water": due + dt.timedelta(milliseconds=step)})
        qtbot.waitUntil(lambda: fired == ["water"], timeout=5000)
        qtbot.waitUntil(lambda: not scheduler._scheduler.get_jobs(), timeout=2000)
        assert wake_ups(caplog) <= 4  # start, the changes (merged), the job; not 20 per change
        assert len(scheduler.findChildren(QtCore.QTimer)) == 1
    finally:
        scheduler.shutdown()


def test_shutdown_with_a_job_pending_is_clean(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    """Nothing calls into the scheduler after shutdown, though a job was still to come."""
    caplog.set_level(logging.DEBUG, logger="apscheduler.scheduler")
    scheduler = ReminderScheduler()
    scheduler.start()
    scheduler.apply({"water": soon(0.3)})
    qtbot.waitUntil(lambda: wake_ups(caplog) >= 1, timeout=2000)  # armed for the job
    scheduler.shutdown()
    before = wake_ups(caplog)
    with qtbot.assertNotEmitted(scheduler.job_due, wait=700):
        pass
    assert wake_ups(caplog) == before
    assert not any(timer.isActive() for timer in scheduler.findChildren(QtCore.QTimer))
    assert set(scheduler.plan) == {"water"}  # kept for a later start()
