"""Desktop notifications, with fallbacks, never blocking the GUI and never raising.

Order of attempts (every send runs on a worker thread):

1. On Linux and BSD, the freedesktop ``org.freedesktop.Notifications`` service over D-Bus
   (:mod:`spasm_desktop.platform.dbus`): it honours the expiry timeout and replies with an id, so
   success is known for sure.
2. plyer (Windows toasts, macOS, and ``notify-send`` on Linux), with its exceptions caught.
   plyer picks its backend on first use and says what it lacks as Python warnings (no
   dbus-python, no ``notify-send``). ``warnings.catch_warnings`` swaps process-wide state, so that
   first use happens on the GUI thread (:func:`_load_plyer`), never on a worker; its warnings are
   logged, and only the call itself decides success.
3. If both fail, :attr:`DesktopNotifier.finished` reports failure and the app shows the tray's own
   balloon instead.

Without a session bus at all (no ``DBUS_SESSION_BUS_ADDRESS``) on Linux and BSD, plyer is not
tried: its backends there (dbus-python, ``notify-send``) need that bus too, and ``notify-send``
fails silently, so plyer would report success. One clear log line says so, once. plyer's own
noise (a hint to install python-dbus, a traceback printed when a backend fails to load) goes to
the log as one line each, at debug level, never to stderr.

Each attempt's path is logged.

Buttons (:meth:`DesktopNotifier.listen`): where the freedesktop server has the "actions"
capability, :attr:`DesktopNotifier.buttons` turns true once presses can be heard, and presses and
closings come back as :attr:`~DesktopNotifier.invoked` and :attr:`~DesktopNotifier.closed`
(:mod:`spasm_desktop.platform.notification_actions`). Everything that waits for the bus runs on
a worker thread with a short timeout.
"""

from __future__ import annotations

import contextlib
import dataclasses
import io
import logging
import sys
import threading
import warnings
from collections.abc import Callable

from PySide6 import QtCore

from spasm_desktop.platform import dbus, notification_actions

log = logging.getLogger(__name__)

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"
TIMEOUT_S = 3.0


#: plyer's ``notification.notify``, once its backend is chosen.
PlyerSend = Callable[..., object]


@dataclasses.dataclass(frozen=True)
class _Message:
    title: str
    body: str
    icon_path: str
    timeout_s: int
    #: Buttons, as (key, label) pairs: shown where the server has the "actions" capability.
    actions: tuple[tuple[str, str], ...] = ()


class DesktopNotifier(QtCore.QObject):
    """The real notifier.

    Signals:
        finished(bool, str): whether it reached the desktop, and by which path
            ("dbus", "plyer" or "none").
        shown(int): the id the freedesktop server gave the notification (its buttons' presses
            come back with it: :mod:`spasm_desktop.platform.notification_actions`).
        buttons_known(bool): after :meth:`listen`, whether notifications can carry buttons.
        invoked(int, str): a button was pressed (the notification's id, the button's key).
        closed(int, int): a notification went away (its id, the server's reason).
    """

    finished = QtCore.Signal(bool, str)
    shown = QtCore.Signal(int)
    buttons_known = QtCore.Signal(bool)
    invoked = QtCore.Signal(int, str)
    closed = QtCore.Signal(int, int)
    _probed = QtCore.Signal(bool)
    _done = QtCore.Signal(bool, str, int)
    _dbus_failed = QtCore.Signal(object)

    def __init__(
        self, app_name: str, parent: QtCore.QObject | None = None, *, use_dbus: bool | None = None
    ) -> None:
        """``use_dbus``: try the freedesktop service first (default: on Linux and the BSDs)."""
        super().__init__(parent)
        self._app_name = app_name
        self._replaces_id = 0
        if use_dbus is None:
            use_dbus = sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))
        self._use_dbus = use_dbus
        self._plyer_send: PlyerSend | None = None
        self._told_no_bus = False
        # Queued, so `finished` always comes from the event loop, never inside notify().
        self._done.connect(self._on_done, QtCore.Qt.ConnectionType.QueuedConnection)
        self._dbus_failed.connect(self._via_plyer)
        #: Whether notifications carry buttons: the server shows them and presses are heard.
        self.buttons = False
        self._listener: notification_actions.ActionListener | None = None
        self._probed.connect(self._on_probed, QtCore.Qt.ConnectionType.QueuedConnection)

    def listen(self) -> None:
        """Find out (on a worker thread) whether notifications can carry buttons, and start
        hearing their presses; :attr:`buttons_known` tells the answer. Without D-Bus: no buttons.
        """
        if self._listener is not None:
            return
        address = dbus.session_address() if self._use_dbus else None
        if address is None:
            self._probed.emit(False)
            return
        listener = notification_actions.ActionListener(address, self)
        listener.invoked.connect(self.invoked)
        listener.closed.connect(self.closed)
        self._listener = listener
        listener.start()

        def work() -> None:
            shows = notification_actions.supports_actions(address)
            heard = listener.wait_ready(notification_actions.TIMEOUT_S)
            self._probed.emit(shows and heard)

        threading.Thread(target=work, name="notify-capabilities", daemon=True).start()

    @QtCore.Slot(bool)
    def _on_probed(self, buttons: bool) -> None:
        self.buttons = buttons
        log.info("notifications %s buttons", "carry" if buttons else "cannot carry")
        self.buttons_known.emit(buttons)

    def stop(self) -> None:
        """Stop hearing button presses (idempotent)."""
        listener, self._listener = self._listener, None
        self.buttons = False
        if listener is not None:
            listener.stop()

    def withdraw(self, notification_id: int) -> None:
        """Take a notification off the screen (on a worker thread; failures are only logged)."""
        if not self._use_dbus or not notification_id:
            return
        address = dbus.session_address()
        if address is None:
            return

        def work() -> None:
            try:
                with dbus.SessionBus(address) as bus:
                    bus.call(
                        _SERVICE,
                        _PATH,
                        _SERVICE,
                        "CloseNotification",
                        "u",
                        (notification_id,),
                        timeout_s=TIMEOUT_S,
                    )
            except dbus.DBusError as exc:
                log.info("notification %d could not be withdrawn: %s", notification_id, exc)

        threading.Thread(target=work, name="notify-close", daemon=True).start()

    def notify(
        self,
        title: str,
        body: str,
        icon_path: str,
        timeout_s: int,
        actions: tuple[tuple[str, str], ...] = (),
    ) -> None:
        """Send a notification (with buttons ``actions``, (key, label) pairs, over D-Bus);
        :attr:`finished` tells how it went.
        """
        message = _Message(title, body, icon_path, timeout_s, actions)
        if not self._use_dbus:
            self._via_plyer(message)
            return
        if dbus.session_address() is None:
            # Nothing to try: plyer's Linux backends need the session bus too.
            level = logging.DEBUG if self._told_no_bus else logging.WARNING
            self._told_no_bus = True
            log.log(
                level,
                "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set): desktop "
                "notifications cannot be shown; the app shows reminders itself instead",
            )
            self._done.emit(False, "none", 0)
            return
        replaces = self._replaces_id

        def work() -> None:
            ok, detail, new_id = _dbus_notify(self._app_name, replaces, message)
            if ok:
                self._done.emit(True, "dbus", new_id)
                return
            log.warning("notification via D-Bus failed: %s", detail)
            self._dbus_failed.emit(message)  # on to plyer, back on the GUI thread

        threading.Thread(target=work, name="notify", daemon=True).start()

    @QtCore.Slot(object)
    def _via_plyer(self, message: _Message) -> None:
        """On the GUI thread: get plyer ready (once), then send from a worker thread."""
        if self._plyer_send is None:
            self._plyer_send = _load_plyer()
        send = self._plyer_send
        if send is None:
            self._done.emit(False, "none", 0)
            return

        def work() -> None:
            ok, detail = _plyer_notify(send, self._app_name, message)
            if not ok:
                log.warning("notification via plyer failed: %s", detail)
            self._done.emit(ok, "plyer" if ok else "none", 0)

        threading.Thread(target=work, name="notify", daemon=True).start()

    @QtCore.Slot(bool, str, int)
    def _on_done(self, ok: bool, path: str, new_id: int) -> None:
        if new_id:
            self._replaces_id = new_id
            self.shown.emit(new_id)
        if ok:
            log.info("notification sent via %s", path)
        elif self._told_no_bus:
            log.debug("no session bus: the app shows the reminder itself")
        else:
            log.warning("no notification service worked; falling back to the tray balloon")
        self.finished.emit(ok, path)


def _dbus_notify(app_name: str, replaces: int, message: _Message) -> tuple[bool, str, int]:
    """Call ``Notify`` on the session bus; return success, a reason, and the notification id."""
    body: tuple[object, ...] = (
        app_name,
        replaces,
        message.icon_path,
        message.title,
        message.body,
        [part for action in message.actions for part in action],
        {},
        message.timeout_s * 1000,
    )
    try:
        # A new connection each time (notifications are rare), and the bus may start the
        # notification service if it is not running yet.
        with dbus.SessionBus(dbus.session_address()) as bus:
            reply = bus.call(
                _SERVICE,
                _PATH,
                _SERVICE,
                "Notify",
                "susssasa{sv}i",
                body,
                timeout_s=TIMEOUT_S,
                auto_start=True,
            )
    except dbus.DBusError as exc:
        return False, str(exc), 0
    if len(reply) != 1 or isinstance(reply[0], bool) or not isinstance(reply[0], int):
        return False, f"unexpected reply {reply!r}", 0
    return True, "", reply[0]


def _load_plyer() -> PlyerSend | None:
    """Plyer's notify function with its backend chosen; None if plyer cannot be used.

    Call on the GUI thread only: ``catch_warnings`` replaces the process's warning filters while
    it runs, which on a worker thread would hide (or turn into errors) warnings of every other
    thread, and two overlapping workers could leave the filters changed for good.
    """
    printed = io.StringIO()
    try:
        # plyer prints a traceback on stderr when a backend fails to load: keep it for the log.
        with warnings.catch_warnings(record=True) as caught, contextlib.redirect_stderr(printed):
            warnings.simplefilter("always")
            from plyer import notification

            send: PlyerSend = notification.notify  # the first use picks the backend
    except Exception as exc:
        log.warning("plyer cannot be used: %s: %s", type(exc).__name__, exc)
        return None
    for warning in caught:
        log.debug("plyer: %s", _first_line(str(warning.message)))
    lines = printed.getvalue().strip().splitlines()
    if lines:
        log.info("plyer could not load its backend: %s", lines[-1])
    return send


def _first_line(text: str) -> str:
    return text.strip().splitlines()[0] if text.strip() else ""


def _plyer_notify(send: PlyerSend, app_name: str, message: _Message) -> tuple[bool, str]:
    """Call plyer; return success and a reason. Never raises."""
    try:
        send(
            title=message.title,
            message=message.body,
            app_name=app_name,
            app_icon=message.icon_path,
            timeout=message.timeout_s,
        )
    except Exception as exc:
        return False, f"{type(exc).__name__}: {exc}"
    return True, ""
