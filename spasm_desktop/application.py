"""The running tray app: everything that can wait until the tray icon is on screen.

:mod:`spasm_desktop.app` shows the tray icon first and builds this on the first turn of the event
loop, so the person sees the icon as soon as possible.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import QtCore, QtWidgets

from spasm_desktop import cli
from spasm_desktop.core.clock import SystemClock
from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.platform import notifier
from spasm_desktop.scheduling.scheduler import ReminderScheduler
from spasm_desktop.service import ReminderService
from spasm_desktop.storage import paths as paths_mod
from spasm_desktop.storage import records, settings_store
from spasm_desktop.ui import assets, text, tray

if TYPE_CHECKING:  # the window's module is imported when it first opens
    from spasm_desktop.core.routine import Purpose
    from spasm_desktop.storage.report_notes import ReportNotes

log = logging.getLogger("spasm_desktop")
TICK_MS = 60_000
#: Where the report's name and notes for the appointment are kept (records' state table).
REPORT_NOTES = "report_notes"
#: Whether the stretch player's "before you start" screen was read once (records' state table).
PLAYER_INTRO_DONE = "player_intro_done"
#: Without a tray at start-up, look for one this often, this many times (at login the panel may
#: start after the app).
TRAY_WAIT_MS = 2_000
TRAY_WAIT_TRIES = 60


def local_zone() -> dt.tzinfo:
    """The local time zone by name (so DST changes are followed)."""
    import tzlocal

    zone: dt.tzinfo = tzlocal.get_localzone()
    return zone


def rotate_logs(paths: paths_mod.Paths) -> None:
    """Replace the plain log file handler by a rotating one (1 MB, 3 old files kept)."""
    import logging.handlers

    root = logging.getLogger()
    for handler in list(root.handlers):
        if type(handler) is logging.FileHandler:
            rotating = logging.handlers.RotatingFileHandler(
                paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
            )
            rotating.setFormatter(handler.formatter)
            root.removeHandler(handler)
            handler.close()
            root.addHandler(rotating)


class Application(QtCore.QObject):
    """The running tray app."""

    def __init__(
        self,
        qapp: QtWidgets.QApplication,
        paths: paths_mod.Paths,
        tray_icon: QtWidgets.QSystemTrayIcon | None,
        notifier_factory: Callable[[QtCore.QObject], Any] | None = None,
        show_welcome: bool = True,
    ) -> None:
        """Build the app around the tray icon already on screen (None: no system tray).

        ``notifier_factory(parent)`` makes the notifier (tests pass a fake one).
        """
        super().__init__()
        self.qapp = qapp
        self.paths = paths
        self.clock = SystemClock(local_zone())
        now = self.clock.now()
        #: The very first start (no settings file yet): the welcome opens once the tray is up.
        self.first_start = show_welcome and not paths.settings_file.exists()
        self.welcome: Any = None  # ui.welcome.WelcomeWizard while open
        self._sample: Any = None  # the welcome's sample pop-up
        loaded = settings_store.load(paths.settings_file, now)
        self.settings_problems = loaded
        self.store = records.RecordStore(paths.database, self.clock.now)
        self.scheduler = ReminderScheduler(self)
        self.service = ReminderService(
            self.clock, loaded.settings, self.store, self.scheduler, self
        )
        self.tray_icon = tray_icon
        self.tray: tray.TrayMenu | None = None
        self.today_window: Any = None  # ui.today.TodayWindow, built when first opened
        self.popup: Any = None  # ui.popup.ReminderPopup while one is on screen
        self.player_window: Any = None  # ui.routine_player.RoutinePlayerWindow while open
        self.cues: Any = None  # platform.cues.CuePlayer, made when a routine first plays
        self._library: Any = None  # storage.routines.Library, loaded when first needed
        self.relief_window: Any = None  # ui.relief_panel.ReliefPanel while open
        self._relief: Any = None  # core.relief.ReliefContent, loaded when first needed
        self.learn_window: Any = None  # ui.learn.LearnWindow while open
        self.diary_window: Any = None  # ui.diary.DiaryWindow while open
        self.history_window: Any = None  # ui.history.HistoryWindow while open
        self.profile_window: Any = None  # ui.profile.ProfileWindow while open
        self.data_window: Any = None  # ui.your_data.YourDataWindow while open
        # The last water goal recorded (None inside: the day has no goal).
        self._day_goal: tuple[dt.date, int | None] | None = None
        self._tips: Any = None  # the reminder tips (core.tips.Tip tuple), loaded when first needed
        self.notifier: Any = None
        self._make_notifier = notifier_factory or (
            lambda parent: notifier.DesktopNotifier(text.tr("Spasm Desktop"), parent)
        )
        self.activity: Any = None  # platform.idle backend, found at start-up (None: none works)
        self._dnd_probe: Any = None  # platform.dnd.DndProbe, built when first needed
        self._last_notification = ("", "")
        self._messages: list[str] = []  # what tell() said, for the Today window without a tray
        self._tick = QtCore.QTimer(self)
        self._tick.setTimerType(QtCore.Qt.TimerType.VeryCoarseTimer)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.on_tick)
        self._tray_wait = QtCore.QTimer(self)
        self._tray_wait.setInterval(TRAY_WAIT_MS)
        self._tray_wait.timeout.connect(self._look_for_tray)
        self._tray_tries = 0
        self._backed_up: dt.date | None = None  # the last day a daily backup was made

    # --- start-up ------------------------------------------------------------------------------

    def start(self) -> None:
        """Wire the tray menu (or open the Today window), start reminding."""
        if self.tray_icon is not None:
            self.tray = tray.TrayMenu(self.tray_icon, self)
            self._wire_tray(self.tray)
        else:
            log.warning("no system tray: showing the Today window instead, and looking for one")
            self.show_today()
            self._tray_wait.start()
        self.service.changed.connect(self.refresh)
        self.service.reminders_due.connect(self.present)
        self.service.paused.connect(self._close_popup)
        rotate_logs(self.paths)
        self.qapp.setWindowIcon(assets.icon("app"))
        self.scheduler.start()
        self.notifier = self._make_notifier(self)
        self.notifier.finished.connect(self._on_notified)
        self._watch_activity()
        self.service.start()  # plans, and its `changed` signal refreshes the tray
        self._tick.start()
        QtCore.QTimer.singleShot(0, self.daily_backup)
        self._tell_start_problems()
        if self.first_start and not self.store.load_value("welcome_done", False):
            QtCore.QTimer.singleShot(0, self.show_welcome)

    def _look_for_tray(self) -> None:
        """A tray appeared after start-up (a panel that started late): move into it."""
        self._tray_tries += 1
        if not QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray_tries >= TRAY_WAIT_TRIES:
                log.warning("still no system tray; staying in the Today window")
                self._tray_wait.stop()
            return
        self._tray_wait.stop()
        log.info("a system tray appeared; the icon moves there")
        icon = QtWidgets.QSystemTrayIcon(assets.icon("tray-active"), self.qapp)
        icon.show()
        self.tray_icon = icon
        self.tray = tray.TrayMenu(icon, self)
        self._wire_tray(self.tray)
        if self.today_window is not None:
            self.today_window.quit_button.setVisible(False)
        self.refresh()

    def show_welcome(self) -> None:
        """The welcome: what the app does, a few questions that set it up, and the tray.

        Nothing is saved until the person finishes or skips; closing it half-way leaves it to
        show again at the next start. Also from Settings ("run the welcome again").
        """
        from spasm_desktop.ui import welcome

        if self.welcome is not None:
            self.welcome.raise_()
            self.welcome.activateWindow()
            return
        wizard = welcome.WelcomeWizard(
            self.service.settings, show_sample=self.show_sample, red_flags=self._red_flags()
        )
        wizard.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.finished.connect(lambda _code: self._welcome_done(wizard))
        self.welcome = wizard
        wizard.show()

    def _welcome_done(self, wizard: Any) -> None:
        self.welcome = None
        if wizard.result_settings is not None:
            self.apply_settings(wizard.result_settings)
        if wizard.result_settings is not None or wizard.skipped:
            self.store.save_value("welcome_done", True)
            log.info("welcome %s", "finished" if wizard.result_settings else "skipped")

    def show_sample(self) -> None:
        """A sample reminder, to see what one looks like (nothing is recorded)."""
        from spasm_desktop.ui import popup

        self._close_popup()
        # With a fluid limit no water reminder ever comes (CONTENT.md §7a): show another kind.
        kind = ReminderKind.STRETCH if self.service.settings.water.log_only else ReminderKind.WATER
        sample = popup.ReminderPopup(
            [kind],
            self.service.settings,
            self.service.water_today(),
            red_flags=self._red_flags(),
        )
        sample.setWindowTitle(text.tr("Sample reminder"))
        sample.show_in_corner()
        self.popup = None  # not a real reminder: its answers are not recorded
        self._sample = sample

    def _watch_activity(self) -> None:
        """Find an activity source for the sitting timer; read do-not-disturb when needed."""
        from spasm_desktop.platform import idle

        self.activity = idle.detect()
        if self.activity is None:
            log.warning("no activity source works here: the move reminder counts clock time")
        self.service.activity = self.activity
        self.service.busy_probe = self.read_busy

    def read_busy(self) -> tuple[Any, ...]:
        """Why the person is busy right now (do-not-disturb sources, from the settings)."""
        if self._dnd_probe is None:
            from spasm_desktop.platform import dnd

            busy = self.service.settings.busy
            self._dnd_probe = dnd.DndProbe(
                system=busy.system_dnd, fullscreen=busy.fullscreen, meeting_apps=busy.meeting_apps
            )
        return tuple(self._dnd_probe.read())

    def _close_watchers(self) -> None:
        for watcher in (self._dnd_probe, self.activity):
            if watcher is not None:
                watcher.close()
        self._dnd_probe = None

    def _wire_tray(self, menu: tray.TrayMenu) -> None:
        menu.drink_requested.connect(self.service.log_drink)
        menu.other_drink_requested.connect(self.ask_drink)
        menu.pause_requested.connect(self.pause)
        menu.resume_requested.connect(self.service.resume)
        menu.today_requested.connect(self.show_today)
        menu.settings_requested.connect(self.show_settings)
        menu.quit_requested.connect(self.quit)
        menu.reminder_requested.connect(self.focus_popup)
        menu.dnd_requested.connect(self.set_dnd)
        menu.routine_requested.connect(self.show_routine)
        menu.routine_edit_requested.connect(self.edit_routines)
        menu.relief_requested.connect(self.show_relief)
        menu.learn_requested.connect(self.show_learn)
        menu.diary_requested.connect(self.show_diary)
        menu.history_requested.connect(self.show_history)
        menu.profile_requested.connect(self.show_profile)
        menu.data_requested.connect(self.show_data)
        menu.hot_day_toggled.connect(self.set_hot_day)
        menu.dnd_off_requested.connect(self.service.clear_dnd)

    def _tell_start_problems(self) -> None:
        loaded = self.settings_problems
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

    def store_notice(self) -> str:
        """A sentence about the database, if something is wrong with it."""
        if self.store.problem is records.StoreProblem.UNAVAILABLE:
            return text.tr(
                "Your records can't be saved right now (%1). Reminders keep running, and what you "
                "log is kept in memory and saved as soon as the database is writable again."
            ).replace("%1", self.store.error)
        if self.store.problem is records.StoreProblem.CORRUPT_REPLACED:
            return text.tr(
                "The records database was damaged. It was kept as %1 and a new one was started."
            ).replace("%1", self.store.error)
        return ""

    # --- showing state --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Update the tray and the Today window (if it was ever opened) from the service."""
        self._note_day_goal()
        paused = (
            self.service.state.paused_until
            if self.service.state.is_paused(self.clock.now())
            else None
        )
        dues = self.service.dues
        water = self.service.water_today()
        service = self.service
        presence = service.presence()
        sitting = service.sitting_now() or dt.timedelta(0)
        if self.tray is not None:
            state = service.state
            self.tray.update(
                tray.TrayState(
                    dues,
                    paused,
                    self.popup is not None and bool(self.popup.open_kinds),
                    water,
                    service.settings,
                    self.clock.tz,
                    self.store_notice(),
                    presence=presence,
                    sitting=sitting,
                    dnd_until=state.dnd_until if state.is_dnd(self.clock.now()) else None,
                    dnd_indefinite=state.dnd_indefinite,
                    busy=tuple(
                        (str(getattr(b.reason, "value", b.reason)), b.detail) for b in service.busy
                    ),
                    held_back=len(state.deferred),
                    routines=self._routine_menu(),
                    water_goal_ml=service.water_goal(),
                    hot_day=service.hot_day(),
                )
            )
        if self.today_window is not None and self.today_window.isVisible():
            from spasm_desktop.ui import today

            self.today_window.update_data(
                today.TodayData(
                    self.service.settings,
                    self.clock.tz,
                    water,
                    self.store.records(*self.service.today()),
                    dues,
                    paused,
                    self._today_notice(),
                    goal_ml=service.water_goal(),
                    presence=presence,
                    sitting=sitting,
                    sitting_today=service.sitting_today() or dt.timedelta(0),
                    breaks=tuple(self.store.breaks(*service.today())),
                )
            )

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

    def on_tick(self) -> None:
        """Once a minute: catch clock jumps and resume, retry stored writes, refresh."""
        if self.store.pending_count:
            self.store.retry()
        self.service.check()
        self.daily_backup()

    def daily_backup(self) -> None:
        """Once a day (at start, then on the first tick of a new day): a backup, 7 kept."""
        from spasm_desktop.core import schedule

        today = schedule.local_date(self.clock.now(), self.clock.tz)
        if self._backed_up == today:
            return
        self._backed_up = today
        from spasm_desktop.storage import backup

        try:
            written = backup.daily_backup(
                self.paths.database, self.paths.settings_file, self.paths.backups_dir, today
            )
        except (OSError, ValueError) as exc:
            log.warning("daily backup failed: %s", exc)
            return
        if written is not None:
            log.info("daily backup: %s", written)

    # --- reminders ------------------------------------------------------------------------------

    def present(self, kinds: list[ReminderKind]) -> None:
        """Show the reminders due now, as the delivery setting says."""
        from spasm_desktop.ui import popup

        settings = self.service.settings
        mode = settings.delivery.mode.value
        if mode in ("both", "popup"):
            self._close_popup()
            self.popup = popup.ReminderPopup(
                kinds,
                settings,
                self.service.water_today(),
                player=True,
                tips=self._pick_tips(kinds) if settings.delivery.tips else None,
                red_flags=self._red_flags(),
            )
            self.popup.answered.connect(self._on_answer)
            self.popup.routine_requested.connect(self._routine_for)
            self.popup.destroyed.connect(self._on_popup_gone)
            self.popup.show_in_corner()
        if mode in ("both", "notification"):
            title = (
                text.title(kinds[0])
                if len(kinds) == 1
                else text.tr("Reminders: %1").replace(
                    "%1", ", ".join(text.kind_name(k) for k in kinds)
                )
            )
            body = "\n".join(text.body(k, settings, self.service.water_today()) for k in kinds)
            self._last_notification = (title, body)
            assert self.notifier is not None
            self.notifier.notify(title, body, assets.icon_file(kinds[0].value), 60)
        if settings.delivery.sound:
            QtWidgets.QApplication.beep()
        self.refresh()

    def _red_flags(self) -> Any:
        """The app's one list of red flags (``core.relief.RedFlags``), None if unreadable."""
        return self._relief_content().red_flags

    def _pick_tips(self, kinds: list[ReminderKind]) -> dict[ReminderKind, str]:
        """One tip per kind, rotating so none repeats before the others of its kind were shown."""
        from spasm_desktop.core import tips

        if self._tips is None:
            from spasm_desktop.storage import tips as tips_store

            loaded, _problems = tips_store.load_tips()
            self._tips = loaded or ()
        fluid_limit = self.service.settings.water.fluid_limit_ml is not None
        shown = self.store.load_value("tips_shown", {})
        if not isinstance(shown, dict):
            shown = {}
        chosen: dict[ReminderKind, str] = {}
        for kind in kinds:
            recent = [i for i in shown.get(kind.value, []) if isinstance(i, str)]
            tip = tips.pick(self._tips, kind.value, recent, fluid_limit)
            if tip is None:
                continue
            chosen[kind] = text.data(tip.text)
            # One list per kind, as long as the kind's tips: none repeats before all were shown.
            per_kind = sum(1 for t in self._tips if t.kind == kind.value)
            shown[kind.value] = list(tips.remember(recent, tip.id, keep=max(1, per_kind - 1)))
        self.store.save_value("tips_shown", shown)
        return chosen

    def focus_popup(self) -> None:
        """Give the open pop-up the keyboard (it opens without taking focus)."""
        if self.popup is not None:
            self.popup.raise_()
            self.popup.activateWindow()

    def _on_answer(self, kinds: list[ReminderKind], outcome: Outcome, snooze: int | None) -> None:
        self.service.answer(kinds, outcome, snooze)

    def _on_popup_gone(self) -> None:
        self.popup = None
        self.refresh()

    def _close_popup(self) -> None:
        if self.popup is not None:
            self.popup.close()
            self.popup = None

    def _on_notified(self, ok: bool, path: str) -> None:
        if not ok:
            self.tell(*self._last_notification)

    def tell(self, title: str, body: str) -> None:
        """A message to the person: tray balloon, or the Today window's notice."""
        log.info("telling the person: %s: %s", title, body)
        if self.tray is not None:
            self.tray.balloon(title, body, 15)
        else:
            self._messages = [*self._messages[-2:], f"{title}: {body}"]
            self.show_today()

    # --- actions --------------------------------------------------------------------------------

    def pause(self, minutes: int) -> None:
        """Pause for ``minutes`` (0 = until tomorrow)."""
        if minutes == 0:
            self.service.pause_until_tomorrow()
        else:
            self.service.pause_for(minutes)

    # --- stretch routines -------------------------------------------------------------------------

    @property
    def library(self) -> Any:
        """The exercise and routine library (built-in and the person's own), loaded once."""
        if self._library is None:
            from spasm_desktop.storage import routines

            self._library = routines.load_library(self.paths.routines_dir)
            broken = self._library.broken_files()
            if broken:
                self.tell(
                    text.tr("Routine files not loaded"),
                    text.tr(
                        "These routine files could not be used: %1. Everything else works; "
                        "'spasm-desktop routine list' shows what is wrong in each."
                    ).replace("%1", ", ".join(broken)),
                )
        return self._library

    def _routine_menu(self) -> tuple[tuple[str, str], ...]:
        from spasm_desktop.core.routine import Purpose

        order = (Purpose.BEDTIME, Purpose.DESK, Purpose.OTHER)
        return tuple(
            (r.id, text.data(r.name)) for purpose in order for r in self.library.by_purpose(purpose)
        )

    def _routine_for(self, kind: ReminderKind) -> None:
        """The bedtime reminder's "Start routine", the stretch reminder's "Show me"."""
        from spasm_desktop.core import routine
        from spasm_desktop.core.routine import Purpose

        chosen = self.service.settings.routines
        wanted, purpose = (
            (chosen.bedtime, Purpose.BEDTIME)
            if kind is ReminderKind.BEDTIME
            else (chosen.desk, Purpose.DESK)
        )
        if wanted not in self.library.routines:
            fallback = self.library.by_purpose(purpose)
            if not fallback:
                self.tell(
                    text.tr("No routine"),
                    text.tr("The routine %1 could not be loaded.").replace("%1", wanted),
                )
                return
            log.warning("routine %s not found; using %s", wanted, fallback[0].id)
            wanted = fallback[0].id
        # Balance problems: the seated version of the chosen routine (CONTENT.md §7a).
        balance = self.service.settings.person.balance
        self.show_routine(routine.for_person(wanted, self.library.routines, balance))

    def show_routine(self, routine_id: str, side: str = "", *, intro: bool | None = None) -> bool:
        """Open ``routine_id`` in the stretch player (closing one that is open).

        ``side`` ("left", "right" or "both") does the routine's one-sided steps on that side
        (relief routines). ``intro`` shows the "before you start" screen or not; None: on the
        player's first run ever, and every time for a pregnant person (CONTENT.md §7a), but never
        before a relief stretch: the person is in pain, and the relief card beside it already
        shows the cautions that apply to them.
        """
        from spasm_desktop.core import relief
        from spasm_desktop.core.routine import Purpose, Sides
        from spasm_desktop.ui import routine_player

        routine = self.library.routines.get(routine_id)
        if routine is None:
            return False
        if side in ("left", "right", "both"):
            routine = relief.for_side(routine, Sides(side))
        if self.player_window is not None:
            self.player_window.close()
        settings = self.service.settings.routines
        window = routine_player.RoutinePlayerWindow(
            routine,
            self.library.exercises,
            hold_pref_s=settings.hold_s,
            cues=self._cue_player() if settings.sound or settings.voice else None,
            sound=settings.sound,
            voice=settings.voice,
            dim=routine.purpose is Purpose.BEDTIME,
            intro=self._player_intro(routine.purpose) if intro is None else intro,
            pregnant=self.service.settings.person.pregnant,
        )
        window.session_ended.connect(self.store.add_session)
        window.intro_seen.connect(lambda: self.store.save_value(PLAYER_INTRO_DONE, True))
        # "Do it seated" comes after the first screen (if any) was read: straight to the stretches.
        window.switch_requested.connect(lambda seated: self.show_routine(seated, intro=False))
        window.relief_requested.connect(self.show_relief)
        window.destroyed.connect(lambda: self._player_gone(window))
        self.player_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        log.info("routine %s opened", routine_id)
        return True

    def _player_intro(self, purpose: Purpose) -> bool:
        """Whether the player opens on its "before you start" screen (see show_routine)."""
        from spasm_desktop.core import routine as rt

        if purpose is rt.Purpose.RELIEF:
            return False
        done = self.store.load_value(PLAYER_INTRO_DONE, False) is True
        return rt.needs_intro(done, self.service.settings.person.pregnant)

    def edit_routines(self) -> str | None:
        """Pick a routine to copy or change (or start a new one), then open the editor."""
        from spasm_desktop.ui import routine_editor

        routines = sorted(self.library.routines.values(), key=lambda r: (r.builtin, r.name))
        new = text.tr("A new, empty routine")
        labels = [new]
        for routine in routines:
            name = text.data(routine.name)
            labels.append(text.tr("Copy of: %1").replace("%1", name) if routine.builtin else name)
        label, ok = QtWidgets.QInputDialog.getItem(
            self.today_window,
            text.tr("Make or change a routine"),
            text.tr("&Start from:"),
            labels,
            0,
            False,
        )
        if not ok:
            return None
        index = labels.index(label)
        start = None if index == 0 else routines[index - 1].id
        saved: str | None = routine_editor.RoutineEditorDialog.edit(
            self.library, self.paths.routines_dir, start, self.today_window
        )
        self._library = None  # read the folder again: saved, renamed or deleted
        self.refresh()
        return saved

    # --- quick relief -----------------------------------------------------------------------------

    def _relief_content(self) -> Any:
        """The relief content (red flags included), loaded once. A file that can't be read
        leaves its part empty (``red_flags`` None: the built-in emergency line stands in)."""
        if self._relief is None:
            from spasm_desktop.storage import relief

            content, problems = relief.load_relief()
            for problem in problems:
                log.error("relief content problem: %s", problem.describe())
            self._relief = content
        return self._relief

    def show_relief(self, area: str | None = None) -> bool:
        """Open the relief panel in front (for ``area`` if given).

        It always opens: with a relief file that can't be read, the panel shows what it has and
        the built-in emergency line where the red flags would be.
        """
        from spasm_desktop.ui import relief_panel

        content = self._relief_content()
        if self.relief_window is not None and not self.relief_window.isVisible():
            self.relief_window = None  # closed, and deleted soon: a new cramp, a new panel
        if self.relief_window is None:
            window = relief_panel.ReliefPanel(
                content,
                body_map=self._body_map(),
                pregnant=self.service.settings.person.pregnant,
            )
            window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
            window.episode_changed.connect(self.store.save_episode)
            window.stretch_requested.connect(self.show_routine)
            window.destroyed.connect(lambda: self._relief_gone(window))
            self.relief_window = window
        if area is not None:
            self.relief_window.choose(area)
        self.relief_window.show()
        self.relief_window.raise_()
        self.relief_window.activateWindow()
        log.info("relief panel opened (%s)", area or "no area yet")
        return True

    def show_diary(self) -> None:
        """Open (or raise) the cramp diary: add, edit and delete episodes, with undo."""
        from spasm_desktop.ui import diary

        if self.diary_window is None or not self.diary_window.isVisible():
            window = diary.DiaryWindow(self.store, self.clock.tz, self.clock.now)
            window.changed.connect(self.refresh)
            window.changed.connect(self._refresh_history)
            self._track("diary_window", window)
        self.diary_window.show()
        self.diary_window.raise_()
        self.diary_window.activateWindow()

    def _note_day_goal(self) -> None:
        """Record today's water goal once a day and when it changes (the history shows it).

        A day without a goal (none set, or a fluid limit) is recorded as having none, so the
        history never reads it against a goal set later.
        """
        today = self._today()
        goal = self.service.water_goal()
        if self._day_goal != (today, goal):
            self.store.set_day_goal(today, goal)
            self._day_goal = (today, goal)

    def _track(self, attribute: str, window: QtWidgets.QWidget) -> None:
        """Keep ``window`` in ``attribute`` until it is deleted (closing it deletes it)."""
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        setattr(self, attribute, window)

        def gone() -> None:
            if getattr(self, attribute) is window:
                setattr(self, attribute, None)

        window.destroyed.connect(gone)

    def _raise(self, window: QtWidgets.QWidget) -> None:
        window.show()
        window.raise_()
        window.activateWindow()

    def _today(self) -> dt.date:
        return self.clock.now().astimezone(self.clock.tz).date()

    def bedtime_routines(self) -> frozenset[str]:
        """The ids of the routines meant for bedtime (their sessions count as the routine done)."""
        from spasm_desktop.core.routine import Purpose

        return frozenset(r.id for r in self.library.by_purpose(Purpose.BEDTIME))

    def load_history(self, period: Any, margin_days: int = 0) -> Any:
        """The record of a period (``core.stats.Period``) for the history and the report."""
        from spasm_desktop.storage import history as history_store

        return history_store.load(
            self.store,
            period,
            self.clock.tz,
            self.service.settings.water.daily_goal_ml,
            self.bedtime_routines(),
            margin_days,
            self.service.settings.water.fluid_limit_ml,
        )

    def first_recorded_day(self) -> dt.date | None:
        """The first local day anything was recorded."""
        first = self.store.first_record_at()
        return first.astimezone(self.clock.tz).date() if first is not None else None

    def show_history(self) -> None:
        """Open (or raise and re-read) the history: days, charts, streaks and comparisons."""
        from spasm_desktop.ui import history

        if self.history_window is None or not self.history_window.isVisible():
            window = history.HistoryWindow(
                self.load_history,
                self.first_recorded_day,
                self.clock.tz,
                self._today,
                lambda: self.service.settings.unit,
            )
            window.diary_requested.connect(self.show_diary)
            window.report_requested.connect(self.show_report)
            self._track("history_window", window)
        else:
            self.history_window.refresh()
        self._raise(self.history_window)

    def _refresh_history(self) -> None:
        if self.history_window is not None and self.history_window.isVisible():
            self.history_window.refresh()

    def show_profile(self) -> None:
        """Open (or raise) the health profile: cramps since, conditions, medicines, fluid limit."""
        from spasm_desktop.ui import profile

        if self.profile_window is None or not self.profile_window.isVisible():
            window = profile.ProfileWindow(
                self.store, self.service.settings, self.set_fluid_limit, self._today
            )
            self._track("profile_window", window)
        self._raise(self.profile_window)

    def set_fluid_limit(self, limit_ml: int | None) -> None:
        """Keep a clinician-set fluid limit (None: none); the water goal and reminders follow it."""
        settings = self.service.settings
        if settings.water.fluid_limit_ml == limit_ml:
            return
        water = dataclasses.replace(settings.water, fluid_limit_ml=limit_ml)
        self.apply_settings(dataclasses.replace(settings, water=water))
        self.refresh()

    def show_data(self, period: tuple[dt.date, dt.date] | None = None) -> None:
        """Open (or raise) "Your data": the clinician report, exports, backups and restore."""
        from spasm_desktop.storage import data_files, report_notes
        from spasm_desktop.ui import your_data

        if self.data_window is None or not self.data_window.isVisible():
            window = your_data.YourDataWindow(
                data_files.DataFiles(
                    self.paths.database, self.paths.settings_file, self.paths.backups_dir
                ),
                self.clock.tz,
                self._today,
                self.write_report,
                self._restored,
                report_notes=report_notes.ReportNotes.from_json(
                    self.store.load_value(REPORT_NOTES)
                ),
                on_report_notes=lambda notes: self.store.save_value(REPORT_NOTES, notes.to_json()),
            )
            self._track("data_window", window)
        if period is not None:
            self.data_window.choose_report(*period)
        self._raise(self.data_window)

    def write_report(
        self, path: Path, first: dt.date, last: dt.date, notes: ReportNotes | None = None
    ) -> None:
        """Write the clinician report of ``first`` .. ``last`` to ``path`` (PDF), with the
        person's name and notes for the appointment when given.
        """
        from spasm_desktop.core.stats import Period
        from spasm_desktop.ui import report

        data = report.build_report(
            self.store,
            self.service.settings,
            self.library,
            Period(first, last),
            self.clock.tz,
            self.clock.now(),
            name=notes.name if notes else "",
            notes=notes.notes if notes else "",
        )
        report.write_pdf(path, data)

    def show_report(self, first: dt.date, last: dt.date) -> None:
        """Open "Your data" on the clinician report of ``first`` .. ``last``."""
        self.show_data((first, last))

    def _restored(self, added: dict[str, int]) -> None:
        log.info("restored from a backup: %s", added)
        self.refresh()
        self._refresh_history()
        if self.diary_window is not None and self.diary_window.isVisible():
            self.diary_window.refresh()

    def show_learn(self) -> bool:
        """Open (or raise) the Learn page; return False if its content can't be read."""
        from spasm_desktop.storage import learn as learn_store
        from spasm_desktop.ui import learn

        if self.learn_window is None or not self.learn_window.isVisible():
            content, problems = learn_store.load_learn()
            for problem in problems:
                log.error("learn content problem: %s", problem.describe())
            if content is None:
                self.tell(text.tr("Learn"), text.tr("The Learn page could not be loaded."))
                return False
            checklist_file = self.paths.learn_checklist
            window = learn.LearnWindow(
                content, self._relief_content(), learn_store.load_checklist(checklist_file)
            )
            window.checklist_changed.connect(
                lambda ids: learn_store.save_checklist(checklist_file, ids)
            )
            self._track("learn_window", window)
        self.learn_window.show()
        self.learn_window.raise_()
        self.learn_window.activateWindow()
        return True

    @staticmethod
    def _body_map() -> Any:
        try:
            from spasm_desktop.ui import body_map
        except ImportError:
            return None
        return body_map.BodyMap()

    def _relief_gone(self, window: Any) -> None:
        if self.relief_window is window:
            self.relief_window = None
        self.refresh()

    def _player_gone(self, window: Any) -> None:
        if self.player_window is window:
            self.player_window = None

    def _cue_player(self) -> Any:
        if self.cues is None:
            from importlib import resources

            from spasm_desktop.platform import cues

            sounds = resources.files("spasm_desktop.resources").joinpath("sounds")
            self.cues = cues.CuePlayer(Path(str(sounds)), parent=self)
        return self.cues

    def cue_description(self) -> str:
        """What Settings says about sound and speech (what this computer has, or lacks)."""
        cues = self._cue_player()
        sound = cues.sound_backend or text.tr("not available on this computer")
        speech = cues.speech_backend or text.tr(
            "not available on this computer (install speech-dispatcher or espeak-ng)"
        )
        return text.tr("Sound: %1. Speech: %2.").replace("%1", sound).replace("%2", speech)

    def set_hot_day(self, on: bool) -> None:
        """A hot day or workout day: a higher water goal for today, and what helps in the heat.

        With a clinician-set fluid limit it does nothing: the limit comes first, and nothing
        may push drinking toward or past it (CONTENT.md §7a). The tray offers it disabled.
        """
        settings = self.service.settings
        if on and settings.water.log_only:
            self.refresh()  # the tray's check mark goes back
            return
        self.service.set_hot_day(on)
        if not on:
            return
        goal = self.service.water_goal()
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

    def set_dnd(self, minutes: int) -> None:
        """Do not disturb for ``minutes`` (0 = until turned off)."""
        self.service.set_dnd(minutes or None)

    def ask_drink(self) -> None:
        """Ask for another drink size and log it."""
        from spasm_desktop.ui import today

        settings = self.service.settings
        ml = today.DrinkAmountDialog.ask(settings.unit, settings.water.glass_ml, self.today_window)
        if ml is not None:
            self.service.log_drink(ml)

    def undo_drink(self) -> None:
        """Remove today's last drink."""
        self.service.undo_drink()

    def show_today(self) -> None:
        """Open (building it the first time) and raise the Today window."""
        if self.today_window is None:
            from spasm_desktop.ui import today

            window = today.TodayWindow(red_flags=self._red_flags())
            window.drink_requested.connect(self.service.log_drink)
            window.other_drink_requested.connect(self.ask_drink)
            window.undo_requested.connect(self.undo_drink)
            window.pause_requested.connect(self.pause)
            window.resume_requested.connect(self.service.resume)
            window.settings_requested.connect(self.show_settings)
            window.quit_requested.connect(self.quit)
            window.relief_requested.connect(self.show_relief)
            window.learn_requested.connect(self.show_learn)
            window.diary_requested.connect(self.show_diary)
            window.history_requested.connect(self.show_history)
            window.quit_button.setVisible(self.tray is None)
            self.today_window = window
        self.today_window.show()
        self.refresh()
        self.today_window.raise_()
        self.today_window.activateWindow()

    def show_settings(self) -> None:
        """Open the Settings dialog; save and apply what it returns."""
        from spasm_desktop.ui import settings_dialog

        watching = self.service.watching_activity and self.activity is not None
        activity = text.activity_source(self.activity.key) if watching else None
        choices = tuple(
            (r.id, text.data(r.name), r.purpose.value) for r in self.library.routines.values()
        )
        new = settings_dialog.SettingsDialog.ask(
            self.service.settings,
            self.today_window,
            activity=activity,
            routines=choices,
            cues=self.cue_description(),
            welcome=self.show_welcome,
        )
        if new is None:
            return
        self.apply_settings(new)

    def apply_settings(self, new: Settings) -> None:
        """Save ``new``, apply it, and follow its start-at-login choice."""
        try:
            settings_store.save(self.paths.settings_file, new)
        except OSError as exc:
            self.tell(text.tr("Settings not saved"), str(exc))
        if new.busy != self.service.settings.busy and self._dnd_probe is not None:
            self._dnd_probe.close()
            self._dnd_probe = None  # built again with the new choices when next needed
        self.service.apply_settings(new)
        if self.profile_window is not None and self.profile_window.isVisible():
            self.profile_window.set_settings(new)
        self._apply_autostart(new.start_at_login)

    def _apply_autostart(self, wanted: bool) -> None:
        from spasm_desktop.platform import autostart

        config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
        command = autostart.launch_command(getattr(sys, "frozen", False), sys.executable)
        starter = autostart.for_platform(
            sys.platform, home=Path.home(), config_home=Path(config_home), command=command
        )
        try:
            if wanted and not starter.is_enabled():
                starter.enable()
            elif not wanted and starter.is_enabled():
                starter.disable()
        except OSError as exc:
            self.tell(text.tr("Start at login"), str(exc))

    def quit(self) -> None:
        """Stop cleanly: timers first, then the widgets."""
        self._tick.stop()
        self._tray_wait.stop()
        self.scheduler.shutdown()
        self.service.close()
        self._close_watchers()
        self._close_popup()
        if self.player_window is not None:
            self.player_window.close()  # records the session as stopped
        if self.relief_window is not None:
            self.relief_window.close()  # saves the episode
        if self.cues is not None:
            self.cues.close()
        self.store.close()
        if self.tray_icon is not None:
            self.tray_icon.hide()
        self.qapp.quit()

    # --- command channel --------------------------------------------------------------------------

    def handle_request(self, request: dict[str, Any]) -> dict[str, Any]:
        """Answer a later launch or a command-line call."""
        command = request.get("cmd")
        if command == "ping":
            return {"ok": True}
        if command == "show":
            self.show_today()
            return {"ok": True}
        if command == "status":
            return {"ok": True, "status": self.service.status()}
        if command == "drink":
            ml = request.get("ml") or self.service.settings.water.glass_ml
            if not isinstance(ml, int) or not 1 <= ml <= cli.MAX_DRINK_ML:
                return {"ok": False, "error": "bad amount"}
            self.service.log_drink(ml, "cli")
            return {"ok": True, "ml": ml, "status": self.service.status()}
        if command == "pause":
            minutes = request.get("minutes")
            if not isinstance(minutes, int) or not 0 <= minutes <= cli.MAX_PAUSE_MIN:
                return {"ok": False, "error": "bad duration"}
            self.pause(minutes)
            return {"ok": True, "status": self.service.status()}
        if command == "resume":
            return {"ok": True, "resumed": self.service.resume()}
        if command == "relief":
            area = request.get("area")
            if area is not None and not isinstance(area, str):
                return {"ok": False, "error": "bad area"}
            return {"ok": self.show_relief(area)}
        if command == "routine":
            routine_id = request.get("id")
            if not isinstance(routine_id, str) or not self.show_routine(routine_id):
                return {"ok": False, "error": f"no routine {routine_id!r}"}
            return {"ok": True}
        if command == "dnd":
            minutes = request.get("minutes")
            if not isinstance(minutes, int) or not cli.DND_OFF <= minutes <= cli.MAX_PAUSE_MIN:
                return {"ok": False, "error": "bad duration"}
            if minutes == cli.DND_OFF:
                self.service.clear_dnd()
            else:
                self.set_dnd(minutes)
            return {"ok": True, "status": self.service.status()}
        return {"ok": False, "error": f"unknown command {command!r}"}
