"""Entry point: shows the tray icon as early as possible, then builds the app, and runs the
commands of the command line.

Only what the first second needs is imported here; :mod:`spasm_desktop.application` (the
composition root that builds and wires everything) is imported once the icon is on screen, and
:mod:`spasm_desktop.commands` (the command line's runners) only for a command.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from collections.abc import Mapping, Sequence
from typing import Any

from PySide6 import QtCore, QtWidgets

from spasm_desktop import cli, logfile
from spasm_desktop.platform import frozen, instance, signals
from spasm_desktop.storage import paths as paths_mod

log = logging.getLogger("spasm_desktop")
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(paths: paths_mod.Paths, verbose: bool) -> None:
    """A log file in the data folder (private; quiet if it cannot be written); ``--verbose``
    adds debug lines and stderr.

    A plain file handler first (``logging.handlers`` costs start-up time);
    :func:`rotate_logs` swaps in the rotating one once the tray is shown.
    """
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if not verbose:
        logging.getLogger("apscheduler").setLevel(logging.WARNING)
    try:
        handler: logging.Handler = logfile.PrivateFileHandler(paths.log_file, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
    if verbose:
        stream = logging.StreamHandler()
        stream.setFormatter(logging.Formatter(LOG_FORMAT))
        root.addHandler(stream)


# --- entry points -----------------------------------------------------------------------------


class _Boot(QtCore.QObject):
    """Holds the app while it is built, and answers the command channel meanwhile."""

    def __init__(
        self,
        qapp: QtWidgets.QApplication,
        paths: paths_mod.Paths,
        relief_area: str | bool | None = False,
    ) -> None:
        super().__init__()
        self.qapp = qapp
        self.paths = paths
        #: Open the relief panel once built (``spasm-desktop relief [AREA]``): False for no.
        self.relief_area = relief_area
        self.app: Any = None  # spasm_desktop.application.Application once built
        self.tray_icon: QtWidgets.QSystemTrayIcon | None = None

    def handle(self, request: dict[str, Any]) -> dict[str, Any]:
        if self.app is None:
            if request.get("cmd") == "ping":
                return {"ok": True}
            return {
                "ok": False,
                "starting": True,  # nothing was done: a command may do it itself
                "error": "Spasm Desktop is still starting; try again",
            }
        result: dict[str, Any] = self.app.handle_request(request)
        return result

    def show_tray(self) -> None:
        """Show the icon now; the menu and tooltip follow when the app is built."""
        if QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            from spasm_desktop.ui.common import assets

            self.tray_icon = QtWidgets.QSystemTrayIcon(assets.icon("tray-active"), self.qapp)
            self.tray_icon.setToolTip("Spasm Desktop")
            self.tray_icon.show()

    def build(self) -> None:
        """Import and build everything else (APScheduler included) after the icon is shown."""
        from spasm_desktop import application

        self.app = application.Application(self.qapp, self.paths, self.tray_icon)
        self.app.start()
        log.info("started (tray: %s)", self.tray_icon is not None)
        if self.relief_area is not False:
            area = self.relief_area if isinstance(self.relief_area, str) else None
            self.app.relief.show_panel(area)


#: How long a second launch waits for the running app to open its channel (it may be starting).
CHANNEL_WAIT_S = 5.0


def tell_running_app(paths: paths_mod.Paths, relief: str | bool | None) -> int:
    """Another app runs: ask it to show its Today window (or the relief panel); never a second.

    It may be starting (its channel not open yet), busy or paused (no answer in time).
    """
    request: dict[str, Any] = {"cmd": "show"}
    if relief is not False:
        request = {"cmd": "relief", "area": relief if isinstance(relief, str) else None}
    deadline = time.monotonic() + CHANNEL_WAIT_S
    delivery, reply = instance.ask(paths.server_name, request)
    while delivery is instance.Delivery.NOT_LISTENING and time.monotonic() < deadline:
        time.sleep(0.05)  # the other app holds the lock and is about to open its channel
        delivery, reply = instance.ask(paths.server_name, request)
    if reply is not None and reply.get("ok"):
        what = "its Today window" if relief is False else "the relief panel"
        print(f"Spasm Desktop is already running; showing {what}.")
        return 0
    if reply is not None:
        why = "it is still starting" if reply.get("starting") else "it could not show it"
        print(f"Spasm Desktop is already running; {why}.")
        return 0
    print(
        "Spasm Desktop is already running but did not answer (it may be busy or paused). "
        "No second copy was started; try again in a moment.",
        file=sys.stderr,
    )
    return 1


def no_display(environ: Mapping[str, str], qt_options: Sequence[str], system: str) -> str | None:
    """Why the app cannot show itself here (one line), or None: on Linux and the BSDs, with no X
    or Wayland display and no Qt platform chosen, Qt would abort with a core dump.
    """
    if not system.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    chosen = environ.get("QT_QPA_PLATFORM") or any(
        o == "-platform" or o.startswith("-platform=") for o in qt_options
    )
    if chosen or environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        "Spasm Desktop needs a desktop to show itself: no display was found (DISPLAY and "
        "WAYLAND_DISPLAY are not set). Start it from your desktop session; the commands "
        "(spasm-desktop status, drink, cramp log, export ...) work without one."
    )


def name_the_app() -> None:
    """The names Qt gives the desktop, before the QApplication is made.

    No display name: on X11 (and other platforms) Qt would add it to every window title, making
    "Spasm Desktop — Settings" (``text.window_title``) read "Spasm Desktop — Settings — Spasm
    Desktop". The titles carry the name themselves; the desktop file names the app.
    """
    QtWidgets.QApplication.setApplicationName("spasm-desktop")
    QtWidgets.QApplication.setDesktopFileName("org.spasmdesktop.SpasmDesktop")


def run_gui(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """Start the tray app, or show the running one."""
    why = no_display(os.environ, getattr(args, "qt_options", []), sys.platform)
    if why is not None:
        print(why, file=sys.stderr)
        return 1
    name_the_app()
    qapp = QtWidgets.QApplication(sys.argv[:1] + list(getattr(args, "qt_options", [])))
    qapp.setQuitOnLastWindowClosed(False)
    relief = args.area if getattr(args, "command", None) == "relief" else False
    boot = _Boot(qapp, paths, relief)
    server = instance.InstanceServer(paths.server_name, boot.handle, paths.instance_lock)
    if not server.listen():
        return tell_running_app(paths, relief)
    # The translations (the chosen language or the system's) are installed by Application, which
    # reads the settings, before it builds the tray menu and any window.
    quit_on_signal = signals.QuitOnSignal(qapp)  # SIGTERM: held records kept, socket removed
    boot.show_tray()
    QtCore.QTimer.singleShot(0, boot.build)
    code = qapp.exec()
    server.close()
    quit_on_signal.close()
    log.info("stopped")
    return code


def main(argv: Sequence[str] | None = None) -> int:
    """The ``spasm-desktop`` entry point."""
    frozen.restore_environment(os.environ, getattr(sys, "frozen", False))
    args = cli.parse(sys.argv[1:] if argv is None else argv)
    paths = paths_mod.resolve(os.environ)
    problems = paths.ensure()
    setup_logging(paths, args.verbose)
    for problem in problems:
        log.warning("could not set up the folder %s; going on without it", problem)
    if args.command is None:
        return run_gui(args, paths)
    if args.command == "relief":
        # Before any Qt application object exists: if the app is not running, this process
        # becomes the app, with the panel open.
        reply = instance.send(paths.server_name, {"cmd": "relief", "area": args.area})
        if reply is not None:
            if not reply.get("ok"):
                print(f"error: {reply.get('error')}", file=sys.stderr)
            return 0 if reply.get("ok") else 1
        return run_gui(args, paths)
    from spasm_desktop import commands

    try:
        return commands.run_command(args, paths)
    except BrokenPipeError:  # `spasm-desktop routine list | head`: the reader has had enough
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so the flush at exit doesn't fail again
        return 0
