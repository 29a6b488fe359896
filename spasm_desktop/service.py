"""The running reminder engine: core policy + records + scheduler, with Qt signals for the UI.

Every decision is delegated to :mod:`spasm_desktop.core.reminders`; this class keeps the current
state, stores what happened, and keeps the scheduler's timers in line with the policy.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import Any

from PySide6 import QtCore

from spasm_desktop.core import reminders, schedule
from spasm_desktop.core.clock import Clock
from spasm_desktop.core.reminders import EngineState, Outcome, ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.scheduling.scheduler import ReminderScheduler
from spasm_desktop.storage.records import RecordStore

log = logging.getLogger(__name__)

PAUSE_END_JOB = "pause_end"
#: A wall-clock jump (or a suspend) larger than this is logged and re-planned at once.
JUMP_TOLERANCE = dt.timedelta(seconds=90)


class ReminderService(QtCore.QObject):
    """Owns the reminder state.

    Signals:
        changed(): state, records or settings changed (refresh the tray and windows).
        reminders_due(list): show these kinds together now.
        paused(): reminders were paused (close what is on screen).
    """

    changed = QtCore.Signal()
    reminders_due = QtCore.Signal(list)
    paused = QtCore.Signal()

    def __init__(
        self,
        clock: Clock,
        settings: Settings,
        store: RecordStore,
        scheduler: ReminderScheduler,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.settings = settings
        self.store = store
        self.scheduler = scheduler
        now = clock.now()
        self.state = store.load_state() or EngineState.fresh(now)
        last_drink = store.last_drink_at()
        if last_drink is not None and last_drink > self.state.kind(ReminderKind.WATER).anchor:
            # A drink logged from the command line while the app was not running.
            self.state = reminders.restart(self.state, ReminderKind.WATER, last_drink)
        self._last_wall = now
        self._last_mono = clock.monotonic()
        #: The next due time of each kind as of the last re-plan (every change re-plans).
        self.dues: dict[ReminderKind, dt.datetime] = {}
        scheduler.job_due.connect(self._on_job_due)

    # --- queries ------------------------------------------------------------------------------

    def today(self) -> tuple[dt.datetime, dt.datetime]:
        """Return the local day containing now, as UTC bounds."""
        now = self.clock.now()
        start = schedule.local_instant(
            schedule.local_date(now, self.clock.tz), dt.time(0), self.clock.tz
        )
        return start, schedule.next_local_midnight(now, self.clock.tz)

    def water_today(self) -> int:
        """Return the millilitres logged today."""
        return self.store.water_total(*self.today())

    def context(self) -> reminders.Context:
        """Return the facts the policy needs now."""
        return reminders.Context(self.clock.now(), self.clock.tz, self.water_today())

    def next_due(self) -> dict[ReminderKind, dt.datetime]:
        """Return the next due time of each enabled kind."""
        return reminders.next_due(self.settings, self.state, self.context())

    def status(self) -> dict[str, Any]:
        """Return a JSON-ready summary (for ``spasm-desktop status``)."""
        ctx = self.context()
        dues = reminders.next_due(self.settings, self.state, ctx)
        paused = self.state.is_paused(ctx.now)
        return {
            "now": ctx.now.isoformat(timespec="seconds"),
            "paused": paused,
            "paused_until": self.state.paused_until.isoformat(timespec="seconds")
            if paused and self.state.paused_until
            else None,
            "next": {
                kind.value: dues[kind].isoformat(timespec="seconds") if kind in dues else None
                for kind in ReminderKind
            },
            "water_today_ml": ctx.water_today_ml,
            "water_goal_ml": self.settings.water.effective_goal_ml,
        }

    # --- running ------------------------------------------------------------------------------

    def start(self) -> None:
        """Catch up with what happened while the app was not running, then plan."""
        self.check()

    def check(self) -> None:
        """Re-evaluate now: end an expired pause, show what is due, re-plan the timers.

        Called by each scheduler job and once a minute by the app (which catches wall-clock
        jumps and resume from suspend, where the scheduler's timers may be late).
        """
        now = self.clock.now()
        mono = self.clock.monotonic()
        expected = self._last_wall + dt.timedelta(seconds=mono - self._last_mono)
        if abs(now - expected) > JUMP_TOLERANCE:
            log.info("wall clock moved by %s against the monotonic clock", now - expected)
            self.scheduler.wakeup()
        self._last_wall, self._last_mono = now, mono
        settled = reminders.settle_clock(self.state, now)
        if settled != self.state:
            self.state = settled
            self.store.save_state(settled)
        ctx = self.context()
        if self.state.paused_until is not None and ctx.now >= self.state.paused_until:
            self._commit(*reminders.end_pause(self.settings, self.state, ctx))
            log.info("pause ended")
        due = reminders.due_now(self.settings, self.state, ctx)
        if due:
            self._commit(*reminders.show(self.settings, self.state, due, ctx))
            log.info("due now: %s", ", ".join(k.value for k in due))
            self.reminders_due.emit(due)
        self.replan()

    def replan(self) -> None:
        """Bring the scheduler in line with the policy; :attr:`dues` holds the result."""
        dues = self.next_due()
        self.dues = dues
        plan: dict[str, dt.datetime | None] = {kind.value: dues.get(kind) for kind in ReminderKind}
        plan[PAUSE_END_JOB] = self.state.paused_until
        self.scheduler.apply(plan)
        self.changed.emit()

    @QtCore.Slot(str)
    def _on_job_due(self, job_id: str) -> None:
        self.check()

    def _commit(self, state: EngineState, records: list[reminders.Record]) -> None:
        self.state = state
        self.store.add_records(records)
        self.store.save_state(state)

    # --- the person's actions -----------------------------------------------------------------

    def answer(
        self, kinds: list[ReminderKind], outcome: Outcome, snooze_min: int | None = None
    ) -> None:
        """Apply the answer to a reminder pop-up or notification."""
        now = self.clock.now()
        snooze = dt.timedelta(minutes=snooze_min) if snooze_min is not None else None
        state, records = reminders.answer(self.state, kinds, outcome, now, snooze)
        self._commit(state, records)
        if outcome is Outcome.DONE and ReminderKind.WATER in kinds:
            self.store.add_drink(now, self.settings.water.glass_ml, "reminder")
        self.replan()

    def log_drink(self, ml: int, source: str = "manual") -> None:
        """Log a drink; it restarts the water interval."""
        now = self.clock.now()
        self.store.add_drink(now, ml, source)
        self.state = reminders.restart(self.state, ReminderKind.WATER, now)
        self.store.save_state(self.state)
        self.replan()

    def undo_drink(self) -> int | None:
        """Remove today's latest drink; return its size, or None if there was none."""
        drink = self.store.undo_last_drink(self.today()[0])
        self.replan()
        return drink.ml if drink else None

    def moved(self) -> None:
        """The person got up (outside a reminder): restart the sitting interval."""
        now = self.clock.now()
        self.state = reminders.restart(self.state, ReminderKind.MOVE, now)
        self.store.save_state(self.state)
        self.replan()

    def pause_for(self, minutes: int) -> dt.datetime:
        """Pause everything for ``minutes``; return when it ends."""
        return self._pause(self.clock.now() + dt.timedelta(minutes=minutes))

    def pause_until_tomorrow(self) -> dt.datetime:
        """Pause until the next local midnight; return it."""
        now = self.clock.now()
        return self._pause(reminders.pause_until_tomorrow(now, self.clock.tz))

    def _pause(self, until: dt.datetime) -> dt.datetime:
        self.state = reminders.pause(self.state, until, self.clock.now())
        self.store.save_state(self.state)
        log.info("paused until %s", until.isoformat())
        self.paused.emit()
        self.replan()
        return until

    def resume(self) -> bool:
        """End a pause now; return whether there was one."""
        if not self.state.is_paused(self.clock.now()):
            return False
        self._commit(*reminders.end_pause(self.settings, self.state, self.context()))
        log.info("resumed")
        self.replan()
        return True

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings from now on."""
        self.settings = settings
        self.replan()
