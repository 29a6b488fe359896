"""The running tray app's composition root: it builds the parts and wires them together.

:mod:`spasm_desktop.app` shows the tray icon first and builds this on the first turn of the event
loop, so the person sees the icon as soon as possible. The parts, each built once here:

* the clock, the records, the scheduler and the reminder service (given the activity source
  and the do-not-disturb probe, ``platform/watchers.py``);
* ``held_keeper``: the records the store holds in memory, added back at start and kept at quit;
* ``ui/common/windows.py``: one slot per kind of window (open it, or raise the open one);
* the features that open them, in ``ui/``: ``routine_launcher`` (routines), ``relief_windows``
  (relief and Learn), ``record_windows`` (diary, history, profile, your data),
  ``reminder_presenter`` (pop-up and notification), ``setup_windows`` (welcome and Settings)
  and ``status_view`` (the tray, or the Today window without one);
* ``commands.py``: the answers to the command channel.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets

from spasm_desktop import commands, i18n, logfile
from spasm_desktop.core import schedule
from spasm_desktop.core.clock import Clock
from spasm_desktop.core.settings import Settings
from spasm_desktop.platform import notifier, watchers
from spasm_desktop.platform.zone import system_clock
from spasm_desktop.scheduling.scheduler import ReminderScheduler
from spasm_desktop.service import ReminderService
from spasm_desktop.storage import daily_backups, records, settings_store
from spasm_desktop.storage import paths as paths_mod
from spasm_desktop.ui.common import assets, keys, look, text, windows
from spasm_desktop.ui.record import record_windows
from spasm_desktop.ui.relief import relief_windows
from spasm_desktop.ui.reminders import (
    checkin_keeper,
    held_keeper,
    reminder_presenter,
    status_view,
    tray,
)
from spasm_desktop.ui.routines import routine_launcher
from spasm_desktop.ui.setup import setup_windows

if TYPE_CHECKING:  # each window's module is imported when it first opens
    from spasm_desktop.ui.reminders.today import TodayWindow

log = logging.getLogger("spasm_desktop")
TICK_MS = 60_000
# How long quitting waits for a daily backup being written.
BACKUP_WAIT_S = 5.0


def rotate_logs(paths: paths_mod.Paths) -> None:
    """Replace the plain log file handler by a rotating one (1 MB, 3 old files kept)."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if type(handler) is logfile.PrivateFileHandler:
            try:
                rotating = logfile.rotating_handler(paths.log_file, 1_000_000, 3)
            except OSError as exc:  # the data folder became read-only or went away
                log.warning("log file %s: %s; keeping the plain one", paths.log_file, exc)
                return
            rotating.setFormatter(handler.formatter)
            root.removeHandler(handler)
            handler.close()
            root.addHandler(rotating)


def load_settings(
    qapp: QtWidgets.QApplication, paths: paths_mod.Paths, now: dt.datetime
) -> settings_store.LoadResult:
    """Read the settings and set up what every window needs before the first is built.

    The chosen language (or the system's) and its locale for dates and numbers (a change in
    Settings shows after a restart); a fresh settings file's volume unit follows that locale;
    every window opens at the app's own text size.
    """
    i18n.install_translations(qapp, settings_store.read_language(paths.settings_file))
    loaded = settings_store.load(paths.settings_file, now, unit=i18n.default_unit())
    look.apply_text_size(qapp, loaded.settings.text_size)
    return loaded


def minute_timer(parent: QtCore.QObject, slot: Callable[[], None]) -> QtCore.QTimer:
    """A coarse once-a-minute timer calling ``slot`` (started by the caller)."""
    timer = QtCore.QTimer(parent)
    timer.setTimerType(QtCore.Qt.TimerType.VeryCoarseTimer)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(slot)
    return timer


class Application(QtCore.QObject):
    """The running tray app: builds the parts, wires their signals, starts and stops them."""

    def __init__(
        self,
        qapp: QtWidgets.QApplication,
        paths: paths_mod.Paths,
        tray_icon: QtWidgets.QSystemTrayIcon | None,
        notifier_factory: Callable[[QtCore.QObject], Any] | None = None,
        show_welcome: bool = True,
        clock: Clock | None = None,
    ) -> None:
        """Build the app around the tray icon already on screen (None: no system tray).

        ``notifier_factory(parent)`` makes the notifier (tests pass a fake one); ``clock`` is
        where "now" comes from (default: the system clock in the local zone; tests pass a fake).
        """
        super().__init__()
        self.qapp = qapp
        keys.install(qapp)  # Return and Enter press the focused button, in every window
        self.paths = paths
        self.clock: Clock = clock if clock is not None else system_clock()
        # The very first start (no settings file yet): the welcome opens once the tray is up.
        self.first_start = show_welcome and not paths.settings_file.exists()
        # The app's windows, one of each kind (the relief panel's going refreshes the tray).
        self.windows = windows.Windows(relief_gone=self.refresh)
        self.settings_problems = loaded = load_settings(qapp, paths, self.clock.now())
        self.store = records.RecordStore(paths.database, self.clock.now, salvage=True)
        # What the store could not write: added back at start, kept at quit (before anything
        # reads the state, it adds the records held when the app last quit).
        self.held = held_keeper.HeldKeeper(self.store, paths.held_records_places)
        self._finished = False
        self.scheduler = ReminderScheduler(self)
        # The activity source for the sitting timer (None: none works here), and the
        # do-not-disturb sources the person chose.
        self.activity = watchers.find_activity()
        self.busy = watchers.BusyProbe(lambda: self.service.settings.busy)
        self.service = ReminderService(
            self.clock,
            loaded.settings,
            self.store,
            self.scheduler,
            self,
            activity=self.activity,
            busy_probe=self.busy.read,
            on_screen=lambda: self.reminders.on_screen(),
        )
        # The stretch routines: the library, the player, the editor and the cues.
        self.routines = routine_launcher.Routines(
            paths.routines_dir,
            self.store,
            lambda: self.service.settings,
            self.windows.player,
            self.tell,
            lambda: self.windows.today.window,
            self,
        )
        self.routines.changed.connect(self.refresh)
        # The relief panel and the Learn page, and the relief content (the red flags) they share.
        self.relief = relief_windows.ReliefWindows(
            paths.learn_checklist,
            self.store,
            lambda: self.service.settings,
            self.windows,
            self.routines,
            self.tell,
            self,
            clock=self.clock,
        )
        self.routines.relief_requested.connect(self.relief.show_panel)
        # The morning check-in ("How was last night?"), asked once per night.
        self.checkin = checkin_keeper.MorningCheckin(
            self.service, self.store, self.clock, self.windows.checkin, self
        )
        self.checkin.answered.connect(self.refresh)
        self.checkin.log_complete.connect(self._log_complete)
        self.checkin.log_changed.connect(self.refresh)
        # The record's windows: diary, history, profile and "Your data" (with the report).
        self.record = record_windows.RecordWindows(
            paths,
            self.store,
            self.clock,
            lambda: self.service.settings,
            self.windows,
            self.routines,
            self.set_fluid_limit,
            self.relief.content,
            self,
            apply_settings=self.apply_settings,
            start_log=self.checkin.start_log,
            stop_log=self.checkin.stop_log,
        )
        self.record.changed.connect(self.refresh)
        # Shows due reminders: the pop-up, the notification, the beep.
        self.reminders = reminder_presenter.ReminderPresenter(
            self.service,
            self.store,
            notifier_factory
            or (lambda parent: notifier.DesktopNotifier(text.tr("Spasm Desktop"), parent)),
            self.relief.red_flags,
            self,
        )
        self.reminders.gone.connect(self.refresh)
        self.reminders.routine_requested.connect(self.routines.for_reminder)
        self.reminders.not_delivered.connect(self.tell)
        # The welcome and Settings, and applying new settings.
        self.setup = setup_windows.SetupWindows(
            paths.settings_file,
            self.service,
            self.store,
            self.windows,
            self.routines,
            self.activity,
            self.tell,
            self.reminders.show_sample,
            self.relief.red_flags,
            self,
        )
        self.setup.busy_choices_changed.connect(self.busy.close)
        self.setup.applied.connect(self.record.settings_changed)
        # The tray (or the Today window without one): shows the state, tells the person.
        self.view = status_view.StatusView(
            qapp,
            tray_icon,
            self.service,
            self.store,
            self.clock,
            self.windows,
            self.routines,
            self.reminders,
            self._build_today,
            self._wire_tray,
            self,
        )
        self._tick = minute_timer(self, self.on_tick)
        # The daily backup, written on a worker thread.
        self.backups = daily_backups.DailyBackups(
            paths.database, paths.settings_file, paths.backups_dir, self
        )

    # --- start-up ------------------------------------------------------------------------------

    def start(self) -> None:
        """Wire the tray menu (or open the Today window), start reminding."""
        self.view.start()
        self.service.changed.connect(self.refresh)
        self.service.reminders_due.connect(self.reminders.present)
        self.service.paused.connect(self.reminders.dismiss)
        rotate_logs(self.paths)
        self.qapp.setWindowIcon(assets.icon("app"))
        look.outline_indicators(self.qapp)  # check boxes whose outline can be seen
        self.scheduler.start()
        self.reminders.start()
        self.service.start()  # plans, and its `changed` signal refreshes the tray
        self._tick.start()
        QtCore.QTimer.singleShot(0, self.daily_backup)
        self.held.watch_session_end(self.qapp, self.finish)
        self.view.tell_start_problems(self.settings_problems)
        if self.first_start and not self.setup.welcome_done():
            QtCore.QTimer.singleShot(0, self.setup.show_welcome)

    def _connect_requests(self, source: tray.TrayMenu | TodayWindow) -> None:
        """What the tray menu and the Today window both offer, to what answers it."""
        source.drink_requested.connect(self.service.log_drink)
        source.other_drink_requested.connect(self.view.ask_drink)
        source.pause_requested.connect(self.pause)
        source.resume_requested.connect(self.service.resume)
        source.settings_requested.connect(self._show_settings)
        source.quit_requested.connect(self.quit)
        source.relief_requested.connect(self.relief.show_panel)
        source.learn_requested.connect(self.relief.show_learn)
        source.diary_requested.connect(self.record.show_diary)
        source.history_requested.connect(self.record.show_history)

    def _wire_tray(self, menu: tray.TrayMenu) -> None:
        self._connect_requests(menu)
        menu.today_requested.connect(self.show_today)
        menu.reminder_requested.connect(self.reminders.focus)
        menu.dnd_requested.connect(self.set_dnd)
        menu.routine_requested.connect(self.routines.show)
        menu.routine_edit_requested.connect(self.routines.edit)
        menu.profile_requested.connect(self.record.show_profile)
        menu.data_requested.connect(self.record.show_data)
        menu.hot_day_toggled.connect(self.view.set_hot_day)
        menu.dnd_off_requested.connect(self.service.clear_dnd)

    # --- showing state --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Update the tray and the Today window (if it is open) from the service; ask the
        morning check-in if it is due.
        """
        self.checkin.check()
        self.view.refresh()

    def _log_complete(self, first: dt.date, last: dt.date) -> None:
        """A two-week log is complete: say so, and open the report of exactly its 14 days."""
        self.tell(
            text.tr("Your two-week log is complete"),
            text.tr("The report of those 14 nights is ready in Your data."),
        )
        self.record.show_report(first, last)

    def tell(self, title: str, body: str) -> None:
        """A message to the person: tray balloon, or the Today window's notice."""
        self.view.tell(title, body)

    def on_tick(self) -> None:
        """Once a minute: catch clock jumps and resume, retry stored writes, refresh."""
        self.held.check()
        self.view.tell_new_store_problem()
        self.service.check()
        self.daily_backup()

    def daily_backup(self) -> None:
        """Once a day (at start, then on the first tick of a new day): a backup on a worker
        thread, 7 kept; a failed one is tried again later the same day.
        """
        now = self.clock.now()
        self.backups.run_if_due(schedule.local_date(now, self.clock.tz), now)

    # --- actions --------------------------------------------------------------------------------

    def pause(self, minutes: int) -> None:
        """Pause for ``minutes`` (0 = until tomorrow)."""
        if minutes == 0:
            self.service.pause_until_tomorrow()
        else:
            self.service.pause_for(minutes)

    def set_fluid_limit(self, limit_ml: int | None) -> None:
        """Keep a clinician-set fluid limit (None: none); the water goal and reminders follow it."""
        if self.setup.set_fluid_limit(limit_ml):
            self.refresh()

    def apply_settings(self, new: Settings) -> None:
        """Save and apply ``new`` settings (a backup's, taken by a fresh installation)."""
        self.setup.apply(new)
        self.refresh()

    def set_dnd(self, minutes: int) -> None:
        """Do not disturb for ``minutes`` (0 = until turned off)."""
        self.service.set_dnd(minutes or None)

    def show_today(self) -> None:
        """Open (building it the first time) and raise the Today window."""
        self.view.show_today()

    def _build_today(self) -> TodayWindow:
        from spasm_desktop.ui.reminders import today

        window = today.TodayWindow(red_flags=self.relief.red_flags())
        self._connect_requests(window)
        window.undo_requested.connect(self.service.undo_drink)
        window.checkin_requested.connect(self.checkin.open_unanswered)
        return window

    def _show_settings(self) -> None:
        self.setup.show_settings(self.windows.today.window)

    def quit(self) -> None:
        """Stop cleanly (see :meth:`finish`) and leave the event loop."""
        self.finish(tell=True)
        self.qapp.quit()

    def finish(self, tell: bool = False) -> None:
        """Stop (see :meth:`stop`), keep any held records, close the records (once).

        Held records are kept by :class:`~spasm_desktop.ui.reminders.held_keeper.HeldKeeper`;
        ``tell``: say where in a message box (not when quitting on SIGTERM or at logout).
        """
        if self._finished:
            return
        self._finished = True
        self.stop()
        self.held.keep(tell)
        self.store.close()
        self.view.hide()

    def stop(self) -> None:
        """Stop reminding: timers first, then the widgets that save what they hold."""
        self.held.stop_watching()
        self._tick.stop()
        if not self.backups.wait(BACKUP_WAIT_S):
            log.warning("quitting while the daily backup is written; it is made at next start")
        self.view.stop()
        self.scheduler.shutdown()
        self.service.close()
        self.busy.close()
        if self.activity is not None:
            self.activity.close()
        self.reminders.close()
        self.reminders.stop()  # no more hearing the notification's buttons
        self.routines.close()  # the player records the session as stopped
        self.windows.relief.close()  # saves the episode

    def handle_request(self, request: dict[str, Any]) -> dict[str, Any]:
        """Answer a later launch or a command-line call (see :mod:`spasm_desktop.commands`)."""
        return commands.answer(self, request)
