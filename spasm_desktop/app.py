"""Composition root: builds and wires everything, and runs the commands of the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import logging
import logging.handlers
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6 import QtCore, QtWidgets

from spasm_desktop import cli
from spasm_desktop.core.clock import SystemClock
from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.platform import autostart, instance, notifier
from spasm_desktop.scheduling.scheduler import ReminderScheduler
from spasm_desktop.service import ReminderService
from spasm_desktop.storage import paths as paths_mod
from spasm_desktop.storage import records, settings_store
from spasm_desktop.ui import assets, popup, text, today, tray

log = logging.getLogger("spasm_desktop")
TICK_MS = 60_000


def local_zone() -> dt.tzinfo:
    """The local time zone by name (so DST changes are followed)."""
    import tzlocal

    zone: dt.tzinfo = tzlocal.get_localzone()
    return zone


def setup_logging(paths: paths_mod.Paths, verbose: bool) -> None:
    """A rotating log file in the data folder; ``--verbose`` adds debug lines and stderr."""
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(fmt)
    root.addHandler(handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(fmt)
        root.addHandler(stream)


def install_translations(app: QtCore.QCoreApplication) -> None:
    """Load Qt's own and the app's translations for the system locale, where they exist."""
    locale = QtCore.QLocale()
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("spasm_desktop", _i18n_dir())):
        translator = QtCore.QTranslator(app)
        if folder and translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def _i18n_dir() -> str:
    from importlib import resources

    folder = resources.files("spasm_desktop.resources").joinpath("i18n")
    return str(folder) if folder.is_dir() else ""


class Application(QtCore.QObject):
    """The running tray app."""

    def __init__(self, qapp: QtWidgets.QApplication, paths: paths_mod.Paths) -> None:
        super().__init__()
        self.qapp = qapp
        self.paths = paths
        self.clock = SystemClock(local_zone())
        now = self.clock.now()
        loaded = settings_store.load(paths.settings_file, now)
        self.settings_problems = loaded
        self.store = records.RecordStore(paths.database, self.clock.now)
        self.scheduler = ReminderScheduler(self)
        self.service = ReminderService(
            self.clock, loaded.settings, self.store, self.scheduler, self
        )
        self.server = instance.InstanceServer(paths.server_name, self.handle_request, self)
        self.tray_icon: QtWidgets.QSystemTrayIcon | None = None
        self.tray: tray.TrayMenu | None = None
        self.today_window: today.TodayWindow | None = None
        self.popup: popup.ReminderPopup | None = None
        self.notifier: notifier.DesktopNotifier | None = None
        self._tick = QtCore.QTimer(self)
        self._tick.setTimerType(QtCore.Qt.TimerType.VeryCoarseTimer)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self.on_tick)

    # --- start-up ------------------------------------------------------------------------------

    def start(self) -> bool:
        """Show the tray (or the Today window); return False if another instance runs."""
        if not self.server.listen():
            return False
        if QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            self.tray_icon = QtWidgets.QSystemTrayIcon(self)
            self.tray = tray.TrayMenu(self.tray_icon, self)
            self._wire_tray(self.tray)
            self.refresh()
            self.tray_icon.show()
        else:
            log.warning("no system tray: showing the Today window instead")
            self.show_today()
        self.service.changed.connect(self.refresh)
        self.service.reminders_due.connect(self.present)
        self.service.paused.connect(self._close_popup)
        QtCore.QTimer.singleShot(0, self._late_start)
        return True

    def _late_start(self) -> None:
        """Work that may wait until the tray is on screen: APScheduler, notifications."""
        self.scheduler.start()
        self.notifier = notifier.DesktopNotifier(text.tr("Spasm Desktop"), self)
        self.notifier.finished.connect(self._on_notified)
        self.service.start()
        self._tick.start()
        self._tell_start_problems()

    def _wire_tray(self, menu: tray.TrayMenu) -> None:
        menu.drink_requested.connect(self.service.log_drink)
        menu.other_drink_requested.connect(self.ask_drink)
        menu.pause_requested.connect(self.pause)
        menu.resume_requested.connect(self.service.resume)
        menu.today_requested.connect(self.show_today)
        menu.settings_requested.connect(self.show_settings)
        menu.quit_requested.connect(self.quit)
        menu.reminder_requested.connect(self.focus_popup)

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
        paused = (
            self.service.state.paused_until
            if self.service.state.is_paused(self.clock.now())
            else None
        )
        dues = self.service.next_due()
        water = self.service.water_today()
        if self.tray is not None:
            self.tray.update(
                tray.TrayState(
                    dues,
                    paused,
                    self.popup is not None and bool(self.popup.open_kinds),
                    water,
                    self.service.settings,
                    self.clock.tz,
                    self.store_notice(),
                )
            )
        if self.today_window is not None and self.today_window.isVisible():
            self.today_window.update_data(
                today.TodayData(
                    self.service.settings,
                    self.clock.tz,
                    water,
                    self.store.records(*self.service.today()),
                    dues,
                    paused,
                    self._today_notice(),
                )
            )

    def _today_notice(self) -> str:
        parts = [self.store_notice()]
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

    # --- reminders ------------------------------------------------------------------------------

    def present(self, kinds: list[ReminderKind]) -> None:
        """Show the reminders due now, as the delivery setting says."""
        settings = self.service.settings
        mode = settings.delivery.mode.value
        if mode in ("both", "popup"):
            self._close_popup()
            self.popup = popup.ReminderPopup(kinds, settings, self.service.water_today())
            self.popup.answered.connect(self._on_answer)
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
            title, body = getattr(self, "_last_notification", ("", ""))
            self.tell(title, body)

    def tell(self, title: str, body: str) -> None:
        """A message to the person: tray balloon, or the Today window's notice."""
        log.info("telling the person: %s: %s", title, body)
        if self.tray is not None:
            self.tray.balloon(title, body, 15)
        else:
            self.show_today()

    # --- actions --------------------------------------------------------------------------------

    def pause(self, minutes: int) -> None:
        """Pause for ``minutes`` (0 = until tomorrow)."""
        if minutes == 0:
            self.service.pause_until_tomorrow()
        else:
            self.service.pause_for(minutes)

    def ask_drink(self) -> None:
        """Ask for another drink size and log it."""
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
            window = today.TodayWindow()
            window.drink_requested.connect(self.service.log_drink)
            window.other_drink_requested.connect(self.ask_drink)
            window.undo_requested.connect(self.undo_drink)
            window.pause_requested.connect(self.pause)
            window.resume_requested.connect(self.service.resume)
            window.settings_requested.connect(self.show_settings)
            window.quit_requested.connect(self.quit)
            window.quit_button.setVisible(self.tray is None)
            self.today_window = window
        self.today_window.show()
        self.refresh()
        self.today_window.raise_()
        self.today_window.activateWindow()

    def show_settings(self) -> None:
        """Open the Settings dialog; save and apply what it returns."""
        from spasm_desktop.ui import settings_dialog

        new = settings_dialog.SettingsDialog.ask(self.service.settings, self.today_window)
        if new is None:
            return
        self.apply_settings(new)

    def apply_settings(self, new: Settings) -> None:
        """Save ``new``, apply it, and follow its start-at-login choice."""
        try:
            settings_store.save(self.paths.settings_file, new)
        except OSError as exc:
            self.tell(text.tr("Settings not saved"), str(exc))
        self.service.apply_settings(new)
        self._apply_autostart(new.start_at_login)

    def _apply_autostart(self, wanted: bool) -> None:
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
        self.scheduler.shutdown()
        self._close_popup()
        self.store.close()
        self.server.close()
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
        return {"ok": False, "error": f"unknown command {command!r}"}


# --- entry points -----------------------------------------------------------------------------


def run_gui(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """Start the tray app, or show the running one."""
    QtWidgets.QApplication.setApplicationName("spasm-desktop")
    QtWidgets.QApplication.setApplicationDisplayName("Spasm Desktop")
    QtWidgets.QApplication.setDesktopFileName("spasm-desktop")
    qapp = QtWidgets.QApplication(sys.argv[:1])
    qapp.setQuitOnLastWindowClosed(False)
    install_translations(qapp)
    qapp.setWindowIcon(assets.icon("app"))
    app = Application(qapp, paths)
    if not app.start():
        instance.send(paths.server_name, {"cmd": "show"})
        print("Spasm Desktop is already running; showing its Today window.")
        return 0
    log.info("started (tray: %s)", app.tray is not None)
    code = qapp.exec()
    log.info("stopped")
    return code


def run_command(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """Run a command-line command against the running app, or against the files."""
    QtCore.QCoreApplication.instance() or QtCore.QCoreApplication(sys.argv[:1])
    name = paths.server_name
    if args.command in ("pause", "resume"):
        request: dict[str, Any] = {"cmd": args.command}
        if args.command == "pause":
            request["minutes"] = args.duration
        reply = instance.send(name, request)
        if reply is None:
            print(
                f"Spasm Desktop is not running, so there is nothing to {args.command}. "
                "Start it with: spasm-desktop",
                file=sys.stderr,
            )
            return 1
        if not reply.get("ok"):
            print(f"error: {reply.get('error')}", file=sys.stderr)
            return 1
        if args.command == "resume":
            print("Resumed." if reply["resumed"] else "Reminders were not paused.")
        else:
            print(f"Paused until {cli._local(reply['status']['paused_until'], local_zone())}.")
        return 0
    if args.command == "drink":
        reply = instance.send(name, {"cmd": "drink", "ml": args.amount})
        if reply is None:
            clock = SystemClock(local_zone())
            loaded = settings_store.load(paths.settings_file, clock.now())
            store = records.RecordStore(paths.database, clock.now)
            ml = args.amount or loaded.settings.water.glass_ml
            store.add_drink(clock.now(), ml, "cli")
            saved = store.pending_count == 0
            store.close()
            if not saved:
                print("error: could not write to the records database", file=sys.stderr)
                return 1
            print(f"Logged {ml} ml.")
            return 0
        print(f"Logged {reply['ml']} ml.")
        return 0
    # status
    reply = instance.send(name, {"cmd": "status"})
    if reply is not None:
        status = dict(reply["status"], running=True)
    else:
        clock = SystemClock(local_zone())
        loaded = settings_store.load(paths.settings_file, clock.now())
        store = records.RecordStore(paths.database, clock.now)
        service = ReminderService(clock, loaded.settings, store, ReminderScheduler())
        status = dict(service.status(), running=False)
        store.close()
    if args.json:
        print(json.dumps(status, indent=2))
    else:
        print(cli.format_status(status, local_zone()))
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """The ``spasm-desktop`` entry point."""
    args = cli.parse(sys.argv[1:] if argv is None else argv)
    paths = paths_mod.resolve(os.environ)
    paths.ensure()
    setup_logging(paths, args.verbose)
    if args.command is None:
        return run_gui(args, paths)
    return run_command(args, paths)
