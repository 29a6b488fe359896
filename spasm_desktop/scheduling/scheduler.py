"""Turns due times computed by :mod:`spasm_desktop.core.reminders` into APScheduler jobs.

One date-triggered job per id (a reminder kind, or the end of a pause), replaced whenever the
plan changes, on a :class:`QtScheduler` whose jobs run on the GUI thread (the ``debug``
executor), so a job does nothing but emit :attr:`ReminderScheduler.job_due`.

Misfires are handled on purpose: ``misfire_grace_time=None`` runs a job however late it is (after
suspend, or a busy event loop) instead of APScheduler's default of silently dropping it after one
second, and ``coalesce=True`` runs a late job once. Whether a late reminder is still shown is the
core policy's decision, taken when ``job_due`` arrives.

APScheduler's own ``QtScheduler`` cannot stop its wake-up timer under PySide6 (see
:func:`_owned_timer_scheduler`), so the scheduler runs on one QTimer that this object owns: a
plan change restarts that timer instead of adding another, and :meth:`ReminderScheduler.shutdown`
stops it, so nothing calls in afterwards.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any

from PySide6 import QtCore

log = logging.getLogger(__name__)


class ReminderScheduler(QtCore.QObject):
    """Keeps one timer per job id.

    Signals:
        job_due(str): the job with this id is due.
    """

    job_due = QtCore.Signal(str)

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._scheduler: Any = None
        self._plan: dict[str, dt.datetime] = {}

    def start(self) -> None:
        """Import and start APScheduler (kept out of start-up until the tray is shown)."""
        if self._scheduler is not None:
            return
        self._scheduler = _owned_timer_scheduler(self)(
            timezone=dt.UTC,
            executors={"default": {"type": "debug"}},
            job_defaults={"misfire_grace_time": None, "coalesce": True, "max_instances": 1},
        )
        self._scheduler.start()
        plan, self._plan = self._plan, {}
        self.apply(plan)

    def shutdown(self) -> None:
        """Stop the scheduler and its wake-up timer: no job runs after this."""
        if self._scheduler is not None and self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        self._scheduler = None

    @property
    def plan(self) -> dict[str, dt.datetime]:
        """The current job times by id."""
        return dict(self._plan)

    def apply(self, plan: Mapping[str, dt.datetime | None]) -> None:
        """Make the jobs match ``plan`` (idempotent); ids mapped to None are removed."""
        for job_id, when in plan.items():
            if when is None:
                if job_id in self._plan:
                    del self._plan[job_id]
                    if self._scheduler is not None:
                        self._remove(job_id)
                continue
            if self._plan.get(job_id) == when:
                continue
            self._plan[job_id] = when
            if self._scheduler is not None:
                self._scheduler.add_job(
                    self._fire,
                    trigger="date",
                    run_date=when,
                    args=[job_id],
                    id=job_id,
                    replace_existing=True,
                )
        log.debug("plan: %s", {k: v.isoformat() for k, v in self._plan.items()})

    def wakeup(self) -> None:
        """Re-check due jobs now (after the wall clock jumped or the machine woke up)."""
        if self._scheduler is not None:
            self._scheduler.wakeup()

    def _remove(self, job_id: str) -> None:
        from apscheduler.jobstores.base import JobLookupError

        with contextlib.suppress(JobLookupError):  # it already ran
            self._scheduler.remove_job(job_id)

    def _fire(self, job_id: str) -> None:
        if self._plan.get(job_id) is not None:
            del self._plan[job_id]
        self.job_due.emit(job_id)


def _owned_timer_scheduler(owner: QtCore.QObject) -> Any:
    """Return a QtScheduler class whose wake-up timer is one QTimer that ``owner`` owns.

    APScheduler's own QtScheduler keeps the result of ``QTimer.singleShot`` to stop it later, but
    PySide6 returns None there, so it never stops a timer: every ``wakeup`` (each added job) queues
    one more single-shot, each of them re-arms itself when it fires, so the wake-ups pile up while
    the app runs, and after ``shutdown`` they still call into the stopped scheduler. Imported here,
    not at module level, because APScheduler is a costly import that waits until the tray is shown.
    """
    from apscheduler.schedulers.qt import QtScheduler

    class OwnedTimerQtScheduler(QtScheduler):  # type: ignore[misc]
        def __init__(self, **options: Any) -> None:
            self._qtimer = QtCore.QTimer(owner)
            self._qtimer.setSingleShot(True)
            self._qtimer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
            self._qtimer.timeout.connect(self._process_jobs)
            super().__init__(**options)

        def _start_timer(self, wait_seconds: float | None) -> None:
            self._qtimer.stop()
            if wait_seconds is not None:
                self._qtimer.start(min(int(wait_seconds * 1000), 2_147_483_647))

        def _stop_timer(self) -> None:
            self._qtimer.stop()

    return OwnedTimerQtScheduler
