"""Buttons on desktop notifications: whether the server shows them, and which one was pressed.

The freedesktop notification server lists what it can do in ``GetCapabilities``; with
``"actions"`` among them, a notification may carry buttons (pairs of a key and a label in
``Notify``), and a press comes back as the ``ActionInvoked(id, key)`` signal. Servers without it
(some minimal ones, Windows and macOS through plyer) show the text alone.

:class:`ActionListener` keeps its own connection on a worker thread, subscribed to the server's
signals, and reports each press on the GUI thread. Like the rest of :mod:`spasm_desktop.platform`,
nothing here raises: no bus, no server or a broken connection only mean no buttons.
"""

from __future__ import annotations

import logging
import threading

from PySide6 import QtCore

from spasm_desktop.platform import dbus

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
TIMEOUT_S = 2.0


def supports_actions(address: str | None, *, timeout_s: float = TIMEOUT_S) -> bool:
    """Whether the notification server on the bus at ``address`` shows buttons (blocks)."""
    try:
        with dbus.SessionBus(address) as bus:
            reply = bus.call(
                SERVICE, PATH, SERVICE, "GetCapabilities", timeout_s=timeout_s, auto_start=True
            )
    except dbus.DBusError as exc:
        log.info("notification server capabilities unknown: %s", exc)
        return False
    capabilities = reply[0] if reply and isinstance(reply[0], list) else []
    return "actions" in capabilities


class ActionListener(QtCore.QObject):
    """Reports presses on notification buttons.

    Signals:
        invoked(int, str): the notification's id and the pressed action's key (GUI thread).
    """

    invoked = QtCore.Signal(int, str)
    _heard = QtCore.Signal(int, str)

    def __init__(self, address: str | None, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._address = address
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        self._heard.connect(self.invoked, QtCore.Qt.ConnectionType.QueuedConnection)

    def start(self) -> None:
        """Subscribe (on a worker thread); :meth:`wait_ready` tells when presses are heard."""
        if self._address is None or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._listen, name="notify-actions", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout_s: float) -> bool:
        """Wait until the subscription is in place (or failed); whether it is in place."""
        return self._ready.wait(timeout_s) and self._thread is not None

    def stop(self) -> None:
        """Stop listening (idempotent)."""
        self._stop.set()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=2)

    def _listen(self) -> None:
        try:
            subscription = dbus.SignalSubscription(
                self._address, SERVICE, "ActionInvoked", PATH, timeout_s=TIMEOUT_S
            )
        except dbus.DBusError as exc:
            log.info("notification buttons cannot be heard: %s", exc)
            self._thread = None
            self._ready.set()
            return
        self._ready.set()
        try:
            while not self._stop.is_set():
                body = subscription.next(0.1)
                if (
                    body is not None
                    and len(body) == 2
                    and isinstance(body[0], int)
                    and isinstance(body[1], str)
                ):
                    self._heard.emit(body[0], body[1])
        except dbus.DBusError as exc:
            log.info("stopped hearing notification buttons: %s", exc)
        finally:
            subscription.close()
