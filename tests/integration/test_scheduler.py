"""The real APScheduler QtScheduler, on the GUI thread, through the bridge signal."""

import datetime as dt
import threading

from spasm_desktop.scheduling.scheduler import ReminderScheduler


def soon(seconds):
    return dt.datetime.now(dt.UTC) + dt.timedelta(seconds=seconds)


def test_job_fires_on_the_gui_thread(qtbot):
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


def test_late_job_still_runs_once(qtbot):
    """A due time long past (after suspend) is not dropped by APScheduler's 1 s default."""
    scheduler = ReminderScheduler()
    scheduler.start()
    fired = []
    scheduler.job_due.connect(fired.append)
    try:
        with qtbot.waitSignal(scheduler.job_due, timeout=5000):
            scheduler.apply({"stretch": dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)})
        qtbot.waitUntil(lambda: scheduler._scheduler.get_jobs() == [], timeout=2000)
        assert fired == ["stretch"]
    finally:
        scheduler.shutdown()


def test_replace_and_remove(qtbot):
    scheduler = ReminderScheduler()
    scheduler.start()
    fired = []
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


def test_plan_before_start_is_kept(qtbot):
    scheduler = ReminderScheduler()
    scheduler.apply({"water": soon(0.2)})
    try:
        with qtbot.waitSignal(scheduler.job_due, timeout=5000):
            scheduler.start()
    finally:
        scheduler.shutdown()
