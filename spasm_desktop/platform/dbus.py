"""Method calls on the session D-Bus: the one module that imports jeepney.

The notifier, the idle backends and the busy probe talk to desktop services through
:class:`SessionBus`. jeepney rather than QtDBus: PySide6 marshals a Python int as ``q`` and an empty
list as ``av``, which services reject where they want ``u`` and ``as`` (``Notify`` does).

A :class:`SessionBus` keeps one connection: opened on the first call, reopened once within a call
when it turns out broken, kept after a timeout (a new one would wait for the same stuck service).
By default a call never starts a service that is not running (``no_auto_start``). Every failure
is a :class:`DBusError`: :class:`ReplyError` when the service answered with an error (often a
normal "not here" or "not known"), :class:`NoReplyError` when no answer came in time. jeepney is
imported on the first call, so this module imports everywhere and costs nothing at start-up.

Calls block; make them off the GUI thread, or with short time limits. A bus is not thread-safe:
callers that share one serialise their calls.
"""

from __future__ import annotations

import contextlib
import logging
import os
import selectors
from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any

log = logging.getLogger(__name__)

PROPERTIES = "org.freedesktop.DBus.Properties"

#: A D-Bus variant as jeepney gives it: (signature, value).
Variant = tuple[str, Any]


class DBusError(Exception):
    """A call failed: no bus, no connection, no reply in time, or an error reply."""


class ReplyError(DBusError):
    """The service answered with a D-Bus error; :attr:`name` is the error's name."""

    def __init__(self, method: str, name: str, body: tuple[Any, ...]) -> None:
        super().__init__(f"{method}: {name} {body!r}")
        self.name = name


class NoReplyError(DBusError):
    """No reply came within the time limit."""


def session_address(environ: Mapping[str, str] | None = None) -> str | None:
    """The session bus address from ``environ`` (default: the process's), or None if unset."""
    env = os.environ if environ is None else environ
    return env.get("DBUS_SESSION_BUS_ADDRESS") or None


class SessionBus:
    """One connection to a session bus, at ``address`` (None: there is no bus)."""

    def __init__(self, address: str | None, *, connect_timeout_s: float = 1.0) -> None:
        self.address = address
        self._connect_timeout_s = connect_timeout_s
        self._connection: Any = None

    def __enter__(self) -> SessionBus:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def call(
        self,
        service: str,
        path: str,
        interface: str,
        method: str,
        signature: str | None = None,
        body: tuple[Any, ...] = (),
        *,
        timeout_s: float,
        auto_start: bool = False,
    ) -> tuple[Any, ...]:
        """Call ``method`` and return the reply's body.

        ``auto_start``: let the bus start the service if it is not running. Raises
        :class:`ReplyError`, :class:`NoReplyError`, or :class:`DBusError` for anything else.
        """
        if not self.address:
            raise DBusError("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
        try:
            from jeepney import DBusAddress, MessageFlag, new_method_call

            message = new_method_call(
                DBusAddress(path, bus_name=service, interface=interface), method, signature, body
            )
        except Exception as exc:
            raise DBusError(f"{method}: {type(exc).__name__}: {exc}") from exc
        if not auto_start:
            message.header.flags |= MessageFlag.no_auto_start
        reused = self._connection is not None
        try:
            reply = self._send(message, method, timeout_s)
        except NoReplyError:
            raise
        except DBusError:
            if not reused:
                raise
            log.debug("session bus connection broke; reconnecting once")
            reply = self._send(message, method, timeout_s)
        return _body(reply, method)

    def get_property(
        self, service: str, path: str, interface: str, name: str, *, timeout_s: float
    ) -> Variant:
        """The value of a property (``org.freedesktop.DBus.Properties.Get``), as a variant."""
        body = self.call(
            service, path, PROPERTIES, "Get", "ss", (interface, name), timeout_s=timeout_s
        )
        if len(body) != 1 or not _is_variant(body[0]):
            raise DBusError(f"Get {name}: unexpected reply {body!r}")
        value: Variant = body[0]
        return value

    def close(self) -> None:
        """Close the connection, if open. The bus may be called again afterwards."""
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                connection.close()

    def _send(self, message: Any, method: str, timeout_s: float) -> Any:
        """Connect if needed, send, and return the reply; a broken connection is closed."""
        try:
            if self._connection is None:
                from jeepney.io.blocking import open_dbus_connection

                self._connection = open_dbus_connection(
                    bus=self.address, auth_timeout=self._connect_timeout_s
                )
            return self._connection.send_and_get_reply(message, timeout=timeout_s)
        except TimeoutError as exc:
            raise NoReplyError(f"{method}: no reply within {timeout_s:g} s") from exc
        except Exception as exc:
            self.close()
            raise DBusError(f"{method}: {type(exc).__name__}: {exc}") from exc


def _body(reply: Any, method: str) -> tuple[Any, ...]:
    from jeepney import HeaderFields, MessageType

    if reply.header.message_type == MessageType.error:
        name = str(reply.header.fields.get(HeaderFields.error_name, ""))
        raise ReplyError(method, name, tuple(reply.body))
    return tuple(reply.body)


def _is_variant(value: object) -> bool:
    return isinstance(value, tuple) and len(value) == 2 and isinstance(value[0], str)


class SignalSubscription:
    """A connection of its own that receives signals (``interface.member`` from ``path``, for
    each of ``members``).

    Opening it raises :class:`DBusError`. :meth:`next` blocks until one of those signals comes
    (or up to ``timeout_s``) and returns its member and body, or None when none came in time or
    :meth:`wake` was called. Waiting costs nothing: the thread sleeps in ``select`` on the
    connection's socket and a wake-up pipe, with no polling. Use :meth:`next` from one thread;
    :meth:`wake` may be called from any.
    """

    def __init__(
        self,
        address: str | None,
        interface: str,
        members: Sequence[str],
        path: str,
        *,
        timeout_s: float,
    ) -> None:
        if not address:
            raise DBusError("no session bus (DBUS_SESSION_BUS_ADDRESS is not set)")
        self._members = frozenset(members)
        self._connection: Any = None
        # The read end sits in jeepney's own selector beside the socket: a byte written to the
        # write end ends a wait in `receive` (jeepney then raises TimeoutError).
        self._wake_read, self._wake_write = os.pipe()
        os.set_blocking(self._wake_read, False)
        os.set_blocking(self._wake_write, False)
        try:
            from jeepney import MatchRule, message_bus
            from jeepney.io.blocking import Proxy, open_dbus_connection

            self._connection = open_dbus_connection(bus=address, auth_timeout=timeout_s)
            self._connection.selector.register(self._wake_read, selectors.EVENT_READ)
            proxy = Proxy(message_bus, self._connection, timeout=timeout_s)
            for member in members:
                proxy.AddMatch(
                    MatchRule(type="signal", interface=interface, member=member, path=path)
                )
        except Exception as exc:
            self.close()
            raise DBusError(f"AddMatch {', '.join(members)}: {type(exc).__name__}: {exc}") from exc

    def next(self, timeout_s: float | None = None) -> tuple[str, tuple[Any, ...]] | None:
        """The next signal's member and body; None if none came within ``timeout_s`` (None:
        no limit) or :meth:`wake` was called.
        """
        from jeepney import HeaderFields, MessageType

        try:
            message = self._connection.receive(timeout=timeout_s)
        except TimeoutError:
            self._drain_wake()
            return None
        except Exception as exc:
            raise DBusError(f"{', '.join(self._members)}: {type(exc).__name__}: {exc}") from exc
        if message.header.message_type != MessageType.signal:
            return None
        member = message.header.fields.get(HeaderFields.member)
        if member not in self._members:
            return None
        return str(member), tuple(message.body)

    def wake(self) -> None:
        """End a :meth:`next` that is waiting now, or the next one (any thread)."""
        with contextlib.suppress(OSError):
            os.write(self._wake_write, b"\0")

    def close(self) -> None:
        """Close the connection and the wake-up pipe (idempotent)."""
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                connection.close()
        for fd in (self._wake_read, self._wake_write):
            with contextlib.suppress(OSError):
                os.close(fd)
        self._wake_read = self._wake_write = -1

    def _drain_wake(self) -> None:
        with contextlib.suppress(OSError):
            while os.read(self._wake_read, 64):
                pass
