"""The running reminder engine: core policy + records + scheduler, with Qt signals for the UI.

Every decision is delegated to :mod:`spasm_desktop.core.reminders` and
:mod:`spasm_desktop.core.sitting`; this class keeps the current state, stores what happened, reads
the activity source and the do-not-disturb probe when they matter, and keeps the scheduler's
timers in line with the policy.

When it samples (no faster than needed):

* at every check: each scheduler job and the app's once-a-minute tick;
* every few seconds only while a move reminder is due and waits for the person to be at the
  computer (:data:`WAIT_FOR_PERSON`), and every :data:`BUSY_POLL` while reminders are held back
  for a busy person. The do-not-disturb probe is read only when something is due or held back.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6 import QtCore

from spasm_desktop.core import reminders, schedule, sitting, step
from spasm_desktop.core.clock import Clock
from spasm_desktop.core.reminders import EngineState, Outcome, ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.core.sitting import Presence, SittingState
from spasm_desktop.core.step import ByHand
from spasm_desktop.scheduling.scheduler import ReminderScheduler
from spasm_desktop.storage.records import RecordStore

log = logging.getLogger(__name__)

PAUSE_END_JOB = "pause_end"
DND_END_JOB = "dnd_end"
#: A wall-clock jump (or a suspend) larger than this is logged and re-planned at once.
JUMP_TOLERANCE = dt.timedelta(seconds=90)
#: How often to look again while a due move reminder waits for the person, by where they are.
WAIT_FOR_PERSON = {Presence.IDLE: 5_000, Presence.AWAY: 15_000}
#: How often to look again while reminders are held back for a busy person.
BUSY_POLL = 30_000
#: The activity source is given up (clock time is used) after this many failed reads in a row.
ACTIVITY_FAILURES = 3
#: The sitting timer is saved at least this often while it runs (and at every break).
SITTING_SAVE = dt.timedelta(minutes=10)


class ActivityReading(Protocol):
    """What an activity source reads (see :mod:`spasm_desktop.platform.idle`)."""

    @property
    def idle_s(self) -> float:
        """Seconds since the last keyboard or mouse input."""
        ...

    @property
    def locked(self) -> bool | None:
        """Whether the screen is locked (None: cannot tell)."""
        ...


class ActivitySource(Protocol):
    """Seconds since the last input; raises an exception when it cannot tell."""

    key: str

    def read(self) -> ActivityReading:
        """Read the source now."""
        ...


#: Reads why the person is busy now (empty: not busy); each item has ``reason`` and ``detail``.
BusyProbe = Callable[[], Sequence[Any]]
#: Reads the kinds of the reminder pop-up still open and unanswered (a new one replaces it).
OnScreen = Callable[[], Sequence[ReminderKind]]


class ReminderService(QtCore.QObject):
    """Owns the reminder state.

    Signals:
        changed(): state, records or settings changed (refresh the tray and windows).
        reminders_due(list): show these kinds together now.
        paused(): reminders were paused (close what is on screen without answering: its open
            reminders are already recorded as ignored).
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
        activity: ActivitySource | None = None,
        busy_probe: BusyProbe | None = None,
        on_screen: OnScreen | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.settings = settings
        self.store = store
        self.scheduler = scheduler
        #: The activity source, or None where none works (the move reminder counts clock time).
        self.activity = activity
        #: True while the activity source keeps failing (clock time is used meanwhile).
        self.activity_failing = False
        self._activity_errors = 0
        self.busy_probe = busy_probe
        #: What the pop-up on screen still shows (recorded as ignored when a new one replaces it).
        self.on_screen = on_screen
        #: Why reminders are held back right now, as last read (empty when not busy).
        self.busy: tuple[Any, ...] = ()
        self.sitting: SittingState = store.load_sitting() or SittingState()
        self._sitting_saved = self.sitting
        self._sitting_saved_at: dt.datetime | None = None
        self._poll = QtCore.QTimer(self)
        self._poll.setSingleShot(True)
        self._poll.setTimerType(QtCore.Qt.TimerType.CoarseTimer)
        self._poll.timeout.connect(self.check)
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
        return reminders.Context(
            self.clock.now(),
            self.clock.tz,
            self.water_today(),
            self._sitting_view(),
            self.water_goal(),
        )

    def hot_day(self) -> bool:
        """Whether today is marked as a hot day or workout day (never with a fluid limit)."""
        if self.settings.water.log_only:
            return False
        today = schedule.local_date(self.clock.now(), self.clock.tz)
        return self.state.hot_day == today

    def water_goal(self) -> int | None:
        """Return today's water goal (raised on a hot or workout day).

        None: no goal, either because the person set none or because a clinician-set fluid
        limit makes water log-only (CONTENT.md §7a).
        """
        if self.hot_day():
            return reminders.hot_day_goal(self.settings)
        return self.settings.water.daily_goal_ml

    def set_hot_day(self, on: bool) -> None:
        """Mark today as a hot day or workout day (or not); it ends by itself at midnight.

        With a fluid limit there is no hot day: nothing is raised (CONTENT.md §7a).
        """
        if on and self.settings.water.log_only:
            log.info("hot day / workout day refused: a fluid limit is set")
            return
        today = schedule.local_date(self.clock.now(), self.clock.tz)
        self.state = dataclasses.replace(self.state, hot_day=today if on else None)
        self.store.save_state(self.state)
        log.info("hot day / workout day %s", "on" if on else "off")
        self.replan()

    @property
    def watching_activity(self) -> bool:
        """Whether the move reminder follows the sitting timer (else it counts clock time)."""
        return self.activity is not None and not self.activity_failing

    def break_after(self) -> dt.timedelta:
        """The natural-break threshold."""
        return dt.timedelta(minutes=self.settings.move.break_min)

    def presence(self) -> Presence | None:
        """Where the person is (None when activity is not watched)."""
        if not self.watching_activity:
            return None
        return self.sitting.presence(self.break_after())

    def sitting_now(self) -> dt.timedelta | None:
        """Return the current sitting spell (None when activity is not watched)."""
        if not self.watching_activity:
            return None
        return dt.timedelta(seconds=self.sitting.sitting_s(self.break_after()))

    def sitting_today(self) -> dt.timedelta | None:
        """Return today's sitting time (None when activity is not watched)."""
        if not self.watching_activity:
            return None
        return dt.timedelta(seconds=self.sitting.today(self.clock.now(), self.clock.tz))

    def _sitting_view(self) -> reminders.Sitting | None:
        if not self.watching_activity:
            return None
        interval = reminders.interval(self.settings, ReminderKind.MOVE)
        return reminders.Sitting(
            until_due=sitting.until_move(self.sitting, interval),
            at_desk=self.sitting.presence(self.break_after()) is Presence.AT_DESK,
        )

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
            "water_goal_ml": ctx.water_goal(self.settings),
            "fluid_limit_ml": self.settings.water.fluid_limit_ml,
            "fluid_limit_level": reminders.limit_level(self.settings, ctx.water_today_ml).value,
            "hot_day": self.hot_day(),
            "activity": self.activity.key if self.watching_activity and self.activity else None,
            "sitting_min": _minutes(self.sitting_now()),
            "sitting_today_min": _minutes(self.sitting_today()),
            "do_not_disturb": self.state.is_dnd(ctx.now),
            "do_not_disturb_until": self.state.dnd_until.isoformat(timespec="seconds")
            if self.state.is_dnd(ctx.now) and self.state.dnd_until
            else None,
            "busy": [str(getattr(b.reason, "value", b.reason)) for b in self.busy],
            "held_back": sorted(kind.value for kind in self.state.deferred),
        }

    # --- running ------------------------------------------------------------------------------

    def start(self) -> None:
        """Catch up with what happened while the app was not running, then plan."""
        self.check()

    def check(self) -> None:
        """Re-evaluate now: read activity, then carry out what :func:`core.step.step` decides
        (end an expired pause, show or hold back what is due), and re-plan the timers.

        Called by each scheduler job, once a minute by the app (which catches wall-clock jumps
        and resume from suspend, where the scheduler's timers may be late), and by the short
        polls while the service waits for the person.
        """
        now = self.clock.now()
        mono = self.clock.monotonic()
        expected = self._last_wall + dt.timedelta(seconds=mono - self._last_mono)
        if abs(now - expected) > JUMP_TOLERANCE:
            log.info("wall clock moved by %s against the monotonic clock", now - expected)
            self.scheduler.wakeup()
        self._last_wall, self._last_mono = now, mono
        self._sample(now)
        ctx = self.context()
        on_screen = tuple(self.on_screen()) if self.on_screen is not None else ()
        not_read = None if self.busy_probe is not None else ()
        decision = step.step(self.settings, self.state, ctx, on_screen=on_screen, busy=not_read)
        if decision.needs_busy and self.busy_probe is not None:
            answer = tuple(self.busy_probe())
            decision = step.step(self.settings, self.state, ctx, on_screen=on_screen, busy=answer)
        self._carry_out(decision)
        self.replan()

    def _carry_out(self, decision: step.Step) -> None:
        """Store and announce what one check decided (the state, the records, what to show)."""
        self.busy = decision.busy
        if decision.state != self.state or decision.records:
            self._commit(decision.state, list(decision.records))
        if decision.pause_ended:
            log.info("pause ended")
        if decision.dnd_ended:
            log.info("do not disturb ended")
        if decision.deferred:
            log.info("held back while busy: %s", ", ".join(k.value for k in decision.deferred))
        if decision.replaced:
            log.info("replaced unanswered: %s", ", ".join(k.value for k in decision.replaced))
        self._prompted(list(decision.prompted))
        if decision.show:
            log.info("due now: %s", ", ".join(k.value for k in decision.show))
            self.reminders_due.emit(list(decision.show))

    def _prompted(self, kinds: list[ReminderKind]) -> None:
        if ReminderKind.MOVE in kinds and self.watching_activity:
            self.sitting = sitting.prompted(self.sitting)
            self._save_sitting(force=True)

    # --- activity -----------------------------------------------------------------------------

    def _sample(self, now: dt.datetime) -> None:
        """Read the activity source and move the sitting timer on."""
        if self.activity is None:
            return
        try:
            reading = self.activity.read()
        except Exception as exc:  # an activity source must never stop the reminders
            self._activity_errors += 1
            log.warning("reading activity failed (%s): %s", self.activity.key, exc)
            if self._activity_errors >= ACTIVITY_FAILURES and not self.activity_failing:
                log.warning("activity detection stopped working; counting clock time instead")
                self.activity_failing = True
                self.state = reminders.restart(self.state, ReminderKind.MOVE, now)
            return
        if self.activity_failing:
            log.info("activity detection works again")
        self._activity_errors = 0
        self.activity_failing = False
        sample = sitting.Sample(now, reading.idle_s, bool(reading.locked))
        self.sitting, breaks = sitting.update(
            self.sitting, sample, self.break_after(), self.clock.tz
        )
        if breaks:
            log.info("natural break of %s", breaks[-1].end - breaks[-1].start)
            self.store.add_breaks(breaks)
            # A break answers any snoozed or waiting move reminder.
            self.state = reminders.restart(self.state, ReminderKind.MOVE, now)
            self.store.save_state(self.state)
        self._save_sitting(force=bool(breaks))

    def _save_sitting(self, force: bool = False) -> None:
        """Save the sitting timer at breaks and prompts, and every few minutes while it counts.

        Nothing is written while the person is away: if the app stops meanwhile, the time it did
        not see counts as away at the next start anyway.
        """
        now = self.clock.now()
        counting = self.sitting.sat_s != self._sitting_saved.sat_s
        stale = self._sitting_saved_at is None or now - self._sitting_saved_at >= SITTING_SAVE
        if force or (counting and stale):
            self.store.save_sitting(self.sitting)
            self._sitting_saved, self._sitting_saved_at = self.sitting, now

    def _plan_poll(self) -> None:
        """Look again soon only while waiting for the person or for the end of a busy spell."""
        wait_ms: int | None = None
        if self.state.deferred and any(not isinstance(b, ByHand) for b in self.busy):
            wait_ms = BUSY_POLL  # a meeting or a full-screen window: look again now and then
        view = self._sitting_view()
        now = self.clock.now()
        if (
            view is not None
            and view.until_due <= dt.timedelta(0)
            and self.settings.move.enabled
            and not self.state.is_paused(now)
            and reminders.in_window(self.settings, ReminderKind.MOVE, self.clock.tz, now)
        ):
            step = WAIT_FOR_PERSON.get(self.sitting.presence(self.break_after()))
            if step is not None:
                wait_ms = min(wait_ms or step, step)
        if wait_ms is None:
            self._poll.stop()
        elif not self._poll.isActive() or self._poll.remainingTime() > wait_ms:
            self._poll.start(wait_ms)

    @property
    def poll_interval_ms(self) -> int | None:
        """The short poll's interval while it runs (tests and the benchmark), else None."""
        return self._poll.interval() if self._poll.isActive() else None

    def close(self) -> None:
        """Save what is only in memory (the app is quitting)."""
        self._poll.stop()
        self.store.save_sitting(self.sitting)

    def replan(self) -> None:
        """Bring the scheduler in line with the policy; :attr:`dues` holds the result."""
        dues = self.next_due()
        self.dues = dues
        plan: dict[str, dt.datetime | None] = {kind.value: dues.get(kind) for kind in ReminderKind}
        plan[PAUSE_END_JOB] = self.state.paused_until
        plan[DND_END_JOB] = self.state.dnd_until
        self.scheduler.apply(plan)
        self._plan_poll()
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
        if outcome is Outcome.DONE and ReminderKind.MOVE in kinds:
            self._took_break(now)
        self.replan()

    def _took_break(self, now: dt.datetime) -> None:
        self.sitting, breaks = sitting.moved(self.sitting, now, self.clock.tz)
        self.store.add_breaks(breaks)
        self._save_sitting(force=True)

    def log_drink(self, ml: int, source: str = "manual", request: str = "") -> None:
        """Log a drink; it restarts the water interval (``request``: see ``add_drink``)."""
        now = self.clock.now()
        self.store.add_drink(now, ml, source, request)
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
        self._took_break(now)
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
        self._clear_screen()
        self.replan()
        return until

    def _clear_screen(self) -> None:
        """A pause or do-not-disturb closes the pop-up: what it still shows is recorded as
        ignored here, then :attr:`paused` is emitted and the pop-up closes without answering
        (nothing calls back into the service in the middle of this change).
        """
        kinds = list(self.on_screen()) if self.on_screen is not None else []
        if kinds:
            self._commit(*reminders.answer(self.state, kinds, Outcome.IGNORED, self.clock.now()))
        self.paused.emit()

    def resume(self) -> bool:
        """End a pause now; return whether there was one."""
        if not self.state.is_paused(self.clock.now()):
            return False
        self._commit(*reminders.end_pause(self.settings, self.state, self.context()))
        log.info("resumed")
        self.replan()
        return True

    def set_dnd(self, minutes: int | None) -> None:
        """Do not disturb for ``minutes``, or until turned off (None)."""
        now = self.clock.now()
        until = None if minutes is None else now + dt.timedelta(minutes=minutes)
        self.state = reminders.set_dnd(self.state, until, indefinite=minutes is None)
        self.store.save_state(self.state)
        log.info("do not disturb %s", f"until {until.isoformat()}" if until else "until turned off")
        self._clear_screen()  # what is on screen goes away too
        self.replan()

    def clear_dnd(self) -> bool:
        """Turn do-not-disturb off; held-back reminders come now. Return whether it was on."""
        if not self.state.is_dnd(self.clock.now()):
            return False
        self.state = reminders.clear_dnd(self.state)
        self.store.save_state(self.state)
        log.info("do not disturb turned off")
        self.check()
        return True

    def apply_settings(self, settings: Settings) -> None:
        """Use new settings from now on."""
        self.settings = settings
        self.replan()


def _minutes(value: dt.timedelta | None) -> int | None:
    return None if value is None else int(value.total_seconds() // 60)
