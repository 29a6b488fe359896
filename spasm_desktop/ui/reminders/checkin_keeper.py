"""When the morning check-in asks: gathers the facts for :func:`core.nights.checkin_due`.

Called on every refresh (the service's changes and the once-a-minute check, so also after
resume and after a clock jump). It asks at the first activity after the bedtime window, once
per night: the night asked about is stored (``state`` key :data:`LAST_ASKED`) before the
window opens, so a restart never asks again. While reminders are held (do-not-disturb, a
pause, a meeting, a full-screen window) it waits, like any reminder. Unanswered, the night
stays offered on the Today window until the next bedtime.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6 import QtCore

from spasm_desktop.core import nights
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


def unanswered(
    store: records.RecordStore, settings: Settings, now: dt.datetime, tz: dt.tzinfo
) -> dt.date | None:
    """The night Today offers to answer ("Last night: not answered yet"), or None."""
    if not settings.bedtime.checkin_on:
        return None
    clock = night_clock(settings, tz)
    night = nights.night_to_ask(now, clock)
    if night is None:
        return None
    return nights.unanswered_night(now, clock, store.morning_answers(night, night))


class MorningCheckin(QtCore.QObject):
    """Opens the check-in when it is due, and from Today."""

    #: A night was answered.
    answered = QtCore.Signal(object)

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

    def _last_asked(self) -> dt.date | None:
        value = self._store.load_value(LAST_ASKED)
        try:
            return dt.date.fromisoformat(value) if isinstance(value, str) else None
        except ValueError:
            return None

    def check(self) -> None:
        """Open the check-in if it is due now."""
        settings = self._service.settings
        if not settings.bedtime.checkin_on:
            return
        now = self._clock.now()
        clock = night_clock(settings, self._clock.tz)
        night = nights.night_to_ask(now, clock)
        last = self._last_asked()
        if night is None or night == last:
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

        def build() -> CheckinWindow:
            window = CheckinWindow(self._store, clock, night, self._clock.now)
            window.answered.connect(self.answered)
            return window

        self._slot.open(build)
