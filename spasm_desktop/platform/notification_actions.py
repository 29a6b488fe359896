"""Buttons on desktop notifications: whether the server shows them, and which one was pressed.

The freedesktop notification server lists what it can do in ``GetCapabilities``; with
``"actions"`` among them, a notification may carry buttons (pairs of a key and a label in
``Notify``), and a press comes back as the ``ActionInvoked(id, key)`` signal. A notification that
goes away says so with ``NotificationClosed(id, reason)`` (1 expired, 2 dismissed, 3 closed by
the app, 4 other). Servers without it
(some minimal ones, Windows and macOS through plyer) show the text alone.

:class:`ActionListener` keeps a connection of its own on a worker thread, subscribed to the
server's two signals, and reports each press and each closing on the GUI thread. The thread
sleeps until a signal comes: it does not wake while nothing happens. Like the rest of
:mod:`spasm_desktop.platform`, nothing here raises: no bus, no server or a broken connection only
mean no buttons.
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
        closed(int, int): the notification's id and why it went away (GUI thread).
    """

    invoked = QtCore.Signal(int, str)
    closed = QtCore.Signal(int, int)
    _heard = QtCore.Signal(int, str)
    _gone = QtCore.Signal(int, int)

    def __init__(self, address: str | None, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self._address = address
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._thread: threading.Thread | None = None
        #: The worker's subscription while it listens (stop() wakes it).
        self._signals: dbus.SignalSubscription | None = None
        self._heard.connect(self.invoked, QtCore.Qt.ConnectionType.QueuedConnection)
        self._gone.connect(self.closed, QtCore.Qt.ConnectionType.QueuedConnection)

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
        signals = self._signals
        if signals is not None:
            signals.wake()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout=2)

    def _listen(self) -> None:
        try:
            signals = dbus.SignalSubscription(
                self._address,
                SERVICE,
                ("ActionInvoked", "NotificationClosed"),
                PATH,
                timeout_s=TIMEOUT_S,
            )
        except dbus.DBusError as exc:
            log.info("notification buttons cannot be heard: %s", exc)
            self._thread = None
            self._ready.set()
            return
        self._signals = signals
        self._ready.set()
        try:
            # Sleeps until a signal comes or stop() wakes it: no polling while nothing happens.
            while not self._stop.is_set():
                got = signals.next()
                if got is None:
                    continue
                member, body = got
                if member == "ActionInvoked" and _pair(body, str):
                    self._heard.emit(body[0], body[1])
                elif member == "NotificationClosed" and _pair(body, int):
                    self._gone.emit(body[0], body[1])
        except dbus.DBusError as exc:
            log.info("stopped hearing notification buttons: %s", exc)
        finally:
            self._signals = None
            signals.close()


def _pair(body: tuple[object, ...] | None, second: type) -> bool:
    """Whether a signal's body is a notification id and a ``second`` (a key or a reason)."""
    return (
        body is not None
        and len(body) == 2
        and isinstance(body[0], int)
        and isinstance(body[1], second)
        and not isinstance(body[1], bool)
    )
