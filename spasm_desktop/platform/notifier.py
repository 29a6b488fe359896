"""Desktop notifications, with fallbacks, never blocking and never raising.

Order of attempts:

1. On Linux and BSD, the freedesktop ``org.freedesktop.Notifications`` service over QtDBus: it
   honours the expiry timeout and replies with an id, so success is known for sure.
2. plyer (Windows toasts, macOS, and ``notify-send`` on Linux), run off the GUI thread, with its
   exceptions caught and its warnings counted as failure.
3. If both fail, :attr:`DesktopNotifier.finished` reports failure and the tray shows its own
   balloon (``ui.tray``).

Each attempt's path is logged.
"""

from __future__ import annotations

import logging
import sys
import threading
import warnings
from typing import Any, Protocol

from PySide6 import QtCore

log = logging.getLogger(__name__)

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"


class Notifier(Protocol):
    """Sends a notification; the result arrives later through a callback."""

    def notify(self, title: str, body: str, icon_path: str, timeout_s: int) -> None:
        """Send a notification (returns at once)."""
        ...


class DesktopNotifier(QtCore.QObject):
    """The real notifier.

    Signals:
        finished(bool, str): whether it reached the desktop, and by which path
            ("dbus", "plyer" or "none").
    """

    finished = QtCore.Signal(bool, str)
    _plyer_done = QtCore.Signal(bool, str)

    def __init__(self, app_name: str, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._replaces_id = 0
        self._use_dbus = sys.platform.startswith(("linux", "freebsd", "openbsd"))
        self._watchers: list[Any] = []
        self._plyer_done.connect(self._on_plyer_done)

    def notify(self, title: str, body: str, icon_path: str, timeout_s: int) -> None:
        """Send a notification; :attr:`finished` tells how it went."""
        if self._use_dbus and self._notify_dbus(title, body, icon_path, timeout_s):
            return
        self._notify_plyer(title, body, icon_path, timeout_s)

    # --- freedesktop over QtDBus ---------------------------------------------------------------

    def _notify_dbus(self, title: str, body: str, icon_path: str, timeout_s: int) -> bool:
        from PySide6 import QtDBus  # noqa: PLC0415 (only where D-Bus exists)

        bus = QtDBus.QDBusConnection.sessionBus()
        if not bus.isConnected():
            log.info("notification: no D-Bus session bus")
            return False
        message = QtDBus.QDBusMessage.createMethodCall(_SERVICE, _PATH, _SERVICE, "Notify")
        replaces = QtDBus.QDBusArgument()
        replaces.add(self._replaces_id, QtCore.QMetaType.Type.UInt.value)
        message.setArguments(
            [
                self._app_name,
                replaces,
                icon_path,
                title,
                body,
                [],
                {},
                timeout_s * 1000,
            ]
        )
        pending = bus.asyncCall(message, 3000)
        watcher = QtDBus.QDBusPendingCallWatcher(pending, self)
        watcher.finished.connect(
            lambda w: self._on_dbus_reply(w, title, body, icon_path, timeout_s)
        )
        self._watchers.append(watcher)
        return True

    def _on_dbus_reply(
        self, watcher: Any, title: str, body: str, icon_path: str, timeout_s: int
    ) -> None:
        from PySide6 import QtDBus  # noqa: PLC0415

        self._watchers.remove(watcher)
        reply = QtDBus.QDBusMessage(watcher.reply())
        watcher.deleteLater()
        if reply.type() == QtDBus.QDBusMessage.MessageType.ReplyMessage:
            args = reply.arguments()
            if args and isinstance(args[0], int):
                self._replaces_id = args[0]
            log.info("notification sent via D-Bus (id %s)", self._replaces_id)
            self.finished.emit(True, "dbus")
            return
        log.warning("notification via D-Bus failed: %s", reply.errorMessage())
        self._notify_plyer(title, body, icon_path, timeout_s)

    # --- plyer --------------------------------------------------------------------------------

    def _notify_plyer(self, title: str, body: str, icon_path: str, timeout_s: int) -> None:
        def work() -> None:
            ok, detail = _plyer_notify(self._app_name, title, body, icon_path, timeout_s)
            self._plyer_done.emit(ok, detail)

        threading.Thread(target=work, name="plyer-notify", daemon=True).start()

    @QtCore.Slot(bool, str)
    def _on_plyer_done(self, ok: bool, detail: str) -> None:
        if ok:
            log.info("notification sent via plyer")
            self.finished.emit(True, "plyer")
        else:
            log.warning("notification via plyer failed: %s; using the tray balloon", detail)
            self.finished.emit(False, "none")


def _plyer_notify(
    app_name: str, title: str, body: str, icon_path: str, timeout_s: int
) -> tuple[bool, str]:
    """Call plyer; return success and a reason. Never raises."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            from plyer import notification  # noqa: PLC0415 (slow import, off the GUI thread)

            notification.notify(
                title=title,
                message=body,
                app_name=app_name,
                app_icon=icon_path,
                timeout=timeout_s,
            )
    except Exception as exc:  # noqa: BLE001 (plyer raises anything, by backend)
        return False, f"{type(exc).__name__}: {exc}"
    if caught:
        return False, "; ".join(str(w.message) for w in caught)
    return True, ""
