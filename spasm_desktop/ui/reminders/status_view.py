"""The app's face: the tray icon and its menu, or the Today window where there is no tray.

:class:`StatusView` shows the service's state in the tray (and in the Today window while it is
open), says things to the person (a tray balloon, or the Today window's notice), and, when the
app started without a tray, looks for one now and then and moves into it when one appears.
It also answers the tray's hot-day toggle. What the menu and the Today window's buttons do is
wired by the app.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core.clock import Clock
from spasm_desktop.service import ReminderService
from spasm_desktop.storage import paths, records
from spasm_desktop.storage.settings_store import LoadResult
from spasm_desktop.ui.common import assets, text, windows
from spasm_desktop.ui.reminders import checkin_keeper, tray
from spasm_desktop.ui.reminders.reminder_presenter import ReminderPresenter
from spasm_desktop.ui.routines.routine_launcher import Routines

if TYPE_CHECKING:  # the Today window's module is imported when it first opens
    from spasm_desktop.ui.reminders.today import TodayWindow

log = logging.getLogger("spasm_desktop")
# Without a tray at start-up, look for one this often, this many times (at login the panel may
# start after the app).
TRAY_WAIT_MS = 2_000
TRAY_WAIT_TRIES = 60
# How long a tray balloon stays, in seconds.
BALLOON_S = 15


class StatusView(QtCore.QObject):
    """The tray (or the Today window) of the running app."""

    def __init__(
        self,
        qapp: QtWidgets.QApplication,
        tray_icon: QtWidgets.QSystemTrayIcon | None,
        service: ReminderService,
        store: records.RecordStore,
        clock: Clock,
        slots: windows.Windows,
        routines: Routines,
        reminders: ReminderPresenter,
        build_today: Callable[[], TodayWindow],
        wire_tray: Callable[[tray.TrayMenu], None],
        parent: QtCore.QObject | None = None,
    ) -> None:
        """``tray_icon`` is the icon already on screen (None: no system tray);
        ``build_today()`` makes the Today window with its buttons wired, ``wire_tray(menu)``
        wires a tray menu.
        """
        super().__init__(parent)
        self._qapp = qapp
        self.tray_icon = tray_icon
        self.tray: tray.TrayMenu | None = None
        self._service = service
        self._store = store
        self._clock = clock
        self._slots = slots
        self._routines = routines
        self._reminders = reminders
        self._build_today = build_today
        self._wire_tray = wire_tray
        self._messages: list[str] = []  # what tell() said, for the Today window without a tray
        self._store_problem_told = records.StoreProblem.NONE
        # The last water goal recorded (None inside: the day has no goal).
        self._day_goal: tuple[dt.date, int | None] | None = None
        self._tray_wait = QtCore.QTimer(self)
        self._tray_wait.setInterval(TRAY_WAIT_MS)
        self._tray_wait.timeout.connect(self.look_for_tray)
        self._tray_tries = 0

    def start(self) -> None:
        """Wire the tray menu, or open the Today window and look for a tray."""
        if self.tray_icon is not None:
            self.tray = tray.TrayMenu(self.tray_icon, self)
            self._wire_tray(self.tray)
        else:
            log.warning("no system tray: showing the Today window instead, and looking for one")
            self.show_today()
            self._tray_wait.start()

    def stop(self) -> None:
        """Stop looking for a tray."""
        self._tray_wait.stop()

    def hide(self) -> None:
        """Take the icon off the tray (the app quits)."""
        if self.tray_icon is not None:
            self.tray_icon.hide()

    @property
    def looking_for_tray(self) -> bool:
        """Whether the app, started without a tray, still looks for one now and then."""
        return self._tray_wait.isActive()

    def look_for_tray(self) -> None:
        """A tray appeared after start-up (a panel that started late): move into it."""
        self._tray_tries += 1
        if not QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray_tries >= TRAY_WAIT_TRIES:
                log.warning("still no system tray; staying in the Today window")
                self._tray_wait.stop()
            return
        self._tray_wait.stop()
        log.info("a system tray appeared; the icon moves there")
        icon = QtWidgets.QSystemTrayIcon(assets.icon("tray-active"), self._qapp)
        icon.show()
        self.tray_icon = icon
        self.tray = tray.TrayMenu(icon, self)
        self._wire_tray(self.tray)
        if self._slots.today.window is not None:
            self._slots.today.window.quit_button.setVisible(False)
        self.refresh()

    def tell(self, title: str, body: str) -> None:
        """A message to the person: tray balloon, or the Today window's notice."""
        log.info("telling the person: %s: %s", title, body)
        if self.tray is not None:
            self.tray.balloon(title, body, BALLOON_S)
        else:
            self._messages = [*self._messages[-2:], f"{title}: {body}"]
            self.show_today()

    def tell_start_problems(self, loaded: LoadResult) -> None:
        """Say what went wrong reading the settings and the records at start-up."""
        if loaded.problems:
            message = (
                text.tr("Your settings file could not be read, so the defaults are used. ")
                if loaded.unreadable
                else text.tr("Some settings were invalid and were reset: %1. ").replace(
                    "%1", ", ".join(sorted({p.field or "?" for p in loaded.problems}))
                )
            )
            if loaded.backup is not None:
                message += text.tr("The old file was kept as %1.").replace("%1", str(loaded.backup))
            self.tell(text.tr("Settings reset"), message)
        notice = self.store_notice()
        if notice:
            self.tell(text.tr("Records problem"), notice)
        self._store_problem_told = self._store.problem
        if self._store.salvaged is not None:
            from spasm_desktop.ui.reminders import salvaged

            # The message box about a damaged record salvaged at start-up (shown once).
            self.salvage_box = salvaged.show(self._store.salvaged)

    def tell_new_store_problem(self) -> None:
        """Say once when records stop reaching the disk while running (the folder went)."""
        problem = self._store.problem
        if problem is not records.StoreProblem.NONE and problem is not self._store_problem_told:
            self.tell(text.tr("Records problem"), self.store_notice())
        self._store_problem_told = problem

    def set_hot_day(self, on: bool) -> None:
        """A hot day or workout day: a higher water goal for today, and what helps in the heat.

        With a clinician-set fluid limit it does nothing: the limit comes first, and nothing
        may push drinking toward or past it (CONTENT.md §7a). The tray offers it disabled.
        """
        settings = self._service.settings
        if on and settings.water.log_only:
            self.refresh()  # the tray's check mark goes back
            return
        self._service.set_hot_day(on)
        if not on:
            return
        goal = self._service.water_goal()
        if goal is None:
            message = text.tr(
                "You have no daily water goal, so your reminders keep coming as usual."
            )
        else:
            message = text.tr("Today's water goal is %1.").replace(
                "%1", text.volume(goal, settings.unit)
            )
        self.tell(
            text.tr("Hot day or workout day"),
            message
            + " "
            + text.tr(
                "Small, frequent sips work better than large drinks, and it is best not to "
                "exercise in extreme heat."
            ),
        )

    def store_notice(self) -> str:
        """A sentence about the database, if something is wrong with it."""
        store = self._store
        if store.problem is records.StoreProblem.UNAVAILABLE and not paths.writable(
            store.path.parent
        ):
            return text.tr(
                "Spasm Desktop can't write to its data folder, %1: it is read-only, belongs to "
                "someone else or was removed. Your reminders keep running, and what you log is "
                "kept in memory until it can be saved (on Quit, in a file that the next start "
                "adds). To fix it, make that folder yours and writable again, or check the disk."
            ).replace("%1", str(store.path.parent))
        if store.problem is records.StoreProblem.UNAVAILABLE:
            return text.tr(
                "Your records can't be saved right now (%1). Reminders keep running, and what you "
                "log is kept in memory and saved as soon as the database is writable again."
            ).replace("%1", store.error)
        if store.problem is records.StoreProblem.DAMAGED:
            return text.tr(
                "Your records file is damaged (%1) and could not be repaired, so it was left "
                "unchanged. Reminders keep running, but what you log now is kept only while the "
                "app runs. Make sure the data folder has free space and can be written to, then "
                "start Spasm Desktop again."
            ).replace("%1", store.error)
        return ""

    def show_today(self) -> None:
        """Open (building it the first time) and raise the Today window."""
        window = self._slots.today.ensure(self._new_today)
        window.show()
        self.refresh()
        windows.show_in_front(window)

    def _new_today(self) -> TodayWindow:
        window = self._build_today()
        window.quit_button.setVisible(self.tray is None)
        return window

    def ask_drink(self) -> None:
        """Ask for another drink size and log it."""
        from spasm_desktop.ui.reminders import today

        settings = self._service.settings
        parent = self._slots.today.window
        ml = today.DrinkAmountDialog.ask(settings.unit, settings.water.glass_ml, parent)
        if ml is not None:
            self._service.log_drink(ml)

    def refresh(self) -> None:
        """Update the tray and the Today window (if it is open) from the service."""
        self._note_day_goal()
        service = self._service
        now = self._clock.now()
        state = service.state
        paused = state.paused_until if state.is_paused(now) else None
        dues = service.dues
        water = service.water_today()
        presence = service.presence()
        sitting = service.sitting_now() or dt.timedelta(0)
        if self.tray is not None:
            self.tray.update(
                tray.TrayState(
                    dues,
                    paused,
                    self._reminders.waiting,
                    water,
                    service.settings,
                    self._clock.tz,
                    self.store_notice(),
                    presence=presence,
                    sitting=sitting,
                    dnd_until=state.dnd_until if state.is_dnd(self._clock.now()) else None,
                    dnd_indefinite=state.dnd_indefinite,
                    busy=tuple(
                        (str(getattr(b.reason, "value", b.reason)), b.detail) for b in service.busy
                    ),
                    held_back=len(state.deferred),
                    routines=self._routine_entries(),
                    water_goal_ml=service.water_goal(),
                    hot_day=service.hot_day(),
                    now=self._clock.now(),
                )
            )
        today_window = self._slots.today.showing
        if today_window is not None:
            from spasm_desktop.ui.reminders import today

            today_window.update_data(
                today.TodayData(
                    service.settings,
                    self._clock.tz,
                    water,
                    self._store.records(*service.today()),
                    dues,
                    paused,
                    self._today_notice(),
                    goal_ml=service.water_goal(),
                    presence=presence,
                    sitting=sitting,
                    sitting_today=service.sitting_today() or dt.timedelta(0),
                    breaks=tuple(self._store.breaks(*service.today())),
                    last_night=checkin_keeper.unanswered(
                        self._store, service.settings, now, self._clock.tz
                    ),
                    log_until=checkin_keeper.log_until(
                        self._store, service.settings, now, self._clock.tz
                    ),
                    now=self._clock.now(),
                )
            )

    def _routine_entries(self) -> tuple[tuple[str, str, int], ...]:
        """The tray's routines (id, name, length in seconds with the person's hold length)."""
        from spasm_desktop.core import routine as rt

        library = self._routines.library
        hold = self._service.settings.routines.hold_s
        entries = []
        for routine_id, name in self._routines.menu():
            found = library.routines.get(routine_id)
            seconds = 0 if found is None else rt.length_s(found, library.exercises, hold)
            entries.append((routine_id, name, seconds))
        return tuple(entries)

    def _today_notice(self) -> str:
        parts = [self.store_notice(), *self._messages]
        if self.tray is None:
            parts.append(
                text.tr(
                    "No system tray was found, so Spasm Desktop lives in this window. Closing it "
                    "keeps reminders running; start Spasm Desktop again to bring it back."
                )
            )
        return "\n".join(p for p in parts if p)

    def _note_day_goal(self) -> None:
        """Record today's water goal once a day and when it changes (the history shows it).

        A day without a goal (none set, or a fluid limit) is recorded as having none, so the
        history never reads it against a goal set later.
        """
        today = self._clock.now().astimezone(self._clock.tz).date()
        goal = self._service.water_goal()
        if self._day_goal != (today, goal):
            self._store.set_day_goal(today, goal)
            self._day_goal = (today, goal)
