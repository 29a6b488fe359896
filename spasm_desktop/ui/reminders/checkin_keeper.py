"""When the morning check-in asks: gathers the facts for :func:`core.nights.checkin_due`.

Called on every refresh (the service's changes and the once-a-minute check, so also after
resume and after a clock jump). It asks at the first activity after the bedtime window, once
per night: the night asked about is stored (``state`` key :data:`LAST_ASKED`) before the
window opens, so a restart never asks again. While reminders are held (do-not-disturb, a
pause, a meeting, a full-screen window) it waits, like any reminder. Unanswered, the night
stays offered on the Today window until the next bedtime. During a two-week log
(core/two_week_log.py) it asks about each of the log's nights even when it is turned off, and
says once when the log is complete.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6 import QtCore

from spasm_desktop.core import nights, two_week_log
from spasm_desktop.core.clock import Clock
from spasm_desktop.core.settings import Settings
from spasm_desktop.core.sitting import Presence
from spasm_desktop.service import ReminderService
from spasm_desktop.storage import records
from spasm_desktop.ui.common import windows

if TYPE_CHECKING:
    from spasm_desktop.ui.reminders.checkin import CheckinWindow

#: The ``state`` key of the latest night the check-in was shown for (YYYY-MM-DD).
LAST_ASKED = "checkin_last_asked"
#: Seconds of idleness reported for a person who is not at the desk (well over the policy's).
AWAY_IDLE_S = 3600.0


def night_clock(settings: Settings, tz: dt.tzinfo) -> nights.NightClock:
    """Where the person's nights fall."""
    return nights.NightClock(settings.bedtime.bedtime, tz)


def running_log(store: records.RecordStore) -> two_week_log.TwoWeekLog | None:
    """The two-week log stored (running or over), or None."""
    return two_week_log.from_text(store.load_value(two_week_log.STATE_KEY))


def log_until(
    store: records.RecordStore, settings: Settings, now: dt.datetime, tz: dt.tzinfo
) -> dt.date | None:
    """The last night of the two-week log when one is running now (Today says so), or None."""
    log = running_log(store)
    if log is None or not log.running(now, night_clock(settings, tz)):
        return None
    return log.last


def unanswered(
    store: records.RecordStore, settings: Settings, now: dt.datetime, tz: dt.tzinfo
) -> dt.date | None:
    """The night Today offers to answer ("Last night: not answered yet"), or None."""
    clock = night_clock(settings, tz)
    night = nights.night_to_ask(now, clock)
    if night is None or not two_week_log.asks(
        settings.bedtime.checkin_on, running_log(store), night
    ):
        return None
    return nights.unanswered_night(now, clock, store.morning_answers(night, night))


class MorningCheckin(QtCore.QObject):
    """Opens the check-in when it is due, and from Today."""

    #: A night was answered.
    answered = QtCore.Signal(object)
    #: A two-week log is complete (its first and last night): told once per log.
    log_complete = QtCore.Signal(object, object)
    #: A two-week log was started or stopped (what Today and the tray say changes).
    log_changed = QtCore.Signal()

    def __init__(
        self,
        service: ReminderService,
        store: records.RecordStore,
        clock: Clock,
        slot: windows.WindowSlot[CheckinWindow],
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._store = store
        self._clock = clock
        self._slot = slot
        #: The stored two-week log, read once (this keeper is the only one that changes it), so
        #: the refresh of every minute adds no read of the records when none runs.
        self._log: two_week_log.TwoWeekLog | None = running_log(store)

    def _last_asked(self) -> dt.date | None:
        value = self._store.load_value(LAST_ASKED)
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def check(self) -> None:
        """Open the check-in if it is due now; say once when a two-week log is complete."""
        settings = self._service.settings
        log = self._log
        if not settings.bedtime.checkin_on and log is None:
            return
        now = self._clock.now()
        clock = night_clock(settings, self._clock.tz)
        if log is not None:
            self._tell_if_complete(log, now, clock)
        night = nights.night_to_ask(now, clock)
        last = self._last_asked()
        if (
            night is None
            or night == last
            or not two_week_log.asks(settings.bedtime.checkin_on, log, night)
        ):
            return  # the quick way out of most refreshes
        state = self._service.state
        presence = self._service.presence()
        facts = nights.CheckinFacts(
            now,
            # without activity detection, a refresh is as near to "at the computer" as it gets
            0.0 if presence in (None, Presence.AT_DESK) else AWAY_IDLE_S,
            state.is_paused(now) or state.is_dnd(now) or bool(self._service.busy),
            last,
            frozenset(self._store.morning_answers(night, night)),
        )
        due = nights.checkin_due(facts, clock, enabled=True)
        if due is not None:
            self._store.save_value(LAST_ASKED, due.isoformat())
            self.open(due)

    def start_log(self) -> two_week_log.TwoWeekLog:
        """Start a two-week log from tonight (replacing any earlier one)."""
        clock = night_clock(self._service.settings, self._clock.tz)
        log = two_week_log.start(self._clock.now(), clock)
        self._store.save_value(two_week_log.STATE_KEY, log.first.isoformat())
        self._log = log
        self.log_changed.emit()
        return log

    def stop_log(self) -> None:
        """Stop the two-week log (the nights already answered stay in the record)."""
        self._store.save_value(two_week_log.STATE_KEY, None)
        self._log = None
        self.log_changed.emit()

    def _tell_if_complete(
        self, log: two_week_log.TwoWeekLog, now: dt.datetime, clock: nights.NightClock
    ) -> None:
        """Once the last night is answered (or can no longer be asked about), say so once;
        like a reminder, it waits while reminders are held.
        """
        if not log.complete(now, clock):
            return
        state = self._service.state
        if state.is_paused(now) or state.is_dnd(now) or bool(self._service.busy):
            return
        if self._store.load_value(two_week_log.DONE_KEY) == log.first.isoformat():
            return
        last_answered = bool(self._store.morning_answers(log.last, log.last))
        if last_answered or not log.running(now, clock):
            self._store.save_value(two_week_log.DONE_KEY, log.first.isoformat())
            self.log_complete.emit(log.first, log.last)

    def open_unanswered(self) -> None:
        """Open the check-in for the night Today offers (from its button)."""
        settings = self._service.settings
        night = unanswered(self._store, settings, self._clock.now(), self._clock.tz)
        if night is not None:
            self.open(night)

    def open(self, night: dt.date) -> None:
        """Show the check-in for ``night`` (raising it if it is open already)."""
        from spasm_desktop.ui.reminders.checkin import CheckinWindow

        clock = night_clock(self._service.settings, self._clock.tz)

        log = self._log
        number = log.number(night) if log is not None and log.covers(night) else None

        def build() -> CheckinWindow:
            window = CheckinWindow(self._store, clock, night, self._clock.now, log_night=number)
            window.answered.connect(self.answered)
            return window

        self._slot.open(build)
