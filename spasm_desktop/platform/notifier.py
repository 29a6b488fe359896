"""Desktop notifications, with fallbacks, never blocking the GUI and never raising.

Order of attempts, all on a worker thread:

1. On Linux and BSD, the freedesktop ``org.freedesktop.Notifications`` service over D-Bus
   (jeepney): it honours the expiry timeout and replies with an id, so success is known for sure.
   QtDBus cannot be used from Python here: PySide6 marshals a Python int as ``q`` and an empty
   list as ``av``, which the service rejects (it wants ``u`` and ``as``).
2. plyer (Windows toasts, macOS, and ``notify-send`` on Linux), with its exceptions caught and its
   warnings counted as failure.
3. If both fail, :attr:`DesktopNotifier.finished` reports failure and the app shows the tray's own
   balloon instead.

Each attempt's path is logged.
"""

from __future__ import annotations

import logging
import sys
import threading
import warnings
from typing import Protocol

from PySide6 import QtCore

log = logging.getLogger(__name__)

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"
TIMEOUT_S = 3.0


class Notifier(Protocol):
    """Sends a notification; the result arrives later."""

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
    _done = QtCore.Signal(bool, str, int)

    def __init__(self, app_name: str, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._app_name = app_name
        self._replaces_id = 0
        self._use_dbus = sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
        self._done.connect(self._on_done)

    def notify(self, title: str, body: str, icon_path: str, timeout_s: int) -> None:
        """Send a notification; :attr:`finished` tells how it went."""
        replaces = self._replaces_id

        def work() -> None:
            if self._use_dbus:
                ok, detail, new_id = _dbus_notify(
                    self._app_name, replaces, title, body, icon_path, timeout_s
                )
                if ok:
                    self._done.emit(True, "dbus", new_id)
                    return
                log.warning("notification via D-Bus failed: %s", detail)
            ok, detail = _plyer_notify(self._app_name, title, body, icon_path, timeout_s)
            if not ok:
                log.warning("notification via plyer failed: %s", detail)
            self._done.emit(ok, "plyer" if ok else "none", 0)

        threading.Thread(target=work, name="notify", daemon=True).start()

    @QtCore.Slot(bool, str, int)
    def _on_done(self, ok: bool, path: str, new_id: int) -> None:
        if new_id:
            self._replaces_id = new_id
        if ok:
            log.info("notification sent via %s", path)
        else:
            log.warning("no notification service worked; falling back to the tray balloon")
        self.finished.emit(ok, path)


def _dbus_notify(
    app_name: str, replaces: int, title: str, body: str, icon_path: str, timeout_s: int
) -> tuple[bool, str, int]:
    """Call ``Notify`` on the session bus; return success, a reason, and the notification id."""
    try:
        from jeepney import DBusAddress, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        address = DBusAddress(_PATH, bus_name=_SERVICE, interface=_SERVICE)
        message = new_method_call(
            address,
            "Notify",
            "susssasa{sv}i",
            (app_name, replaces, icon_path, title, body, [], {}, timeout_s * 1000),
        )
        with open_dbus_connection(bus="SESSION") as connection:
            reply = connection.send_and_get_reply(message, timeout=TIMEOUT_S)
        if reply.header.message_type.name != "method_return":
            return False, f"error reply {reply.body!r}", 0
        return True, "", int(reply.body[0])
    except Exception as exc:
        return False, f"{type(exc).__name__}: {exc}", 0


def _plyer_notify(
    app_name: str, title: str, body: str, icon_path: str, timeout_s: int
) -> tuple[bool, str]:
    """Call plyer; return success and a reason. Never raises."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            from plyer import notification

            notification.notify(
                title=title,
                message=body,
                app_name=app_name,
                app_icon=icon_path,
                timeout=timeout_s,
            )
    except Exception as exc:
        return False, f"{type(exc).__name__}: {exc}"
    if caught:
        return False, "; ".join(str(w.message) for w in caught)
    return True, ""
