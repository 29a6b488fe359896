"""The D-Bus idle backends (mutter, freedesktop) against stand-in services on a private bus."""

import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Protocol, TypeVar

import pytest
from jeepney import HeaderFields, Message, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import Proxy, open_dbus_connection

from spasm_desktop.platform import idle
from tests.desktop import private_session_bus

MUTTER = ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core")
GNOME_SS = ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")
FDO_SS = ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver")
KDE_OLD_SS = ("org.freedesktop.ScreenSaver", "/ScreenSaver")
NOT_SUPPORTED = "org.freedesktop.DBus.Error.NotSupported"

#: A stand-in's answer to a method call: the reply, or None for no reply at all.
Handler = Callable[[Message], Message | None]
#: What a stand-in answers: ``(service, path, method)`` to its handler.
Methods = Mapping[tuple[str, str, str], Handler]
#: A backend given to the ``closing`` fixture (or None, when ``idle.detect`` finds none).
B = TypeVar("B", bound=idle.IdleBackend | None)


def returns(signature: str, value: object) -> Handler:
    """A handler answering with one value; ``value`` may be a callable, asked at each call."""
    return lambda msg: new_method_return(msg, signature, (value() if callable(value) else value,))


def fails(error_name: str) -> Handler:
    return lambda msg: new_error(msg, error_name, "s", ("stand-in says no",))


def silent(msg: Message) -> None:
    return None


class StandIn:
    """Services on the session bus, answered from a thread until :meth:`stop`.

    ``methods`` maps ``(service, path, method)`` to a handler that makes the reply (None: no
    reply at all). Other calls get an ``UnknownMethod`` error, as from a real service.
    """

    def __init__(self, methods: Methods) -> None:
        self.methods = dict(methods)
        self.calls: list[tuple[str, str, str]] = []
        self._connection = open_dbus_connection(bus="SESSION")
        bus = Proxy(message_bus, self._connection, timeout=5)
        for name in sorted({service for service, _, _ in self.methods}):
            assert bus.RequestName(name, 4) == (1,)  # DO_NOT_QUEUE; 1: we are the owner
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, name="dbus-stand-in", daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                msg = self._connection.receive(timeout=0.05)
            except TimeoutError:
                continue
            except OSError:
                return  # the bus went away
            if msg.header.message_type != MessageType.method_call:
                continue
            fields = msg.header.fields
            key = (
                fields.get(HeaderFields.destination),
                fields.get(HeaderFields.path),
                fields.get(HeaderFields.member),
            )
            self.calls.append(key)
            handler = self.methods.get(key, fails("org.freedesktop.DBus.Error.UnknownMethod"))
            reply = handler(msg)
            if reply is not None:
                self._connection.send(reply)

    def stop(self) -> None:
        """Stop serving and leave the bus (the names go with the connection). Idempotent."""
        self._stop.set()
        self._thread.join(timeout=5)
        assert not self._thread.is_alive()
        self._connection.close()


#: The ``stand_in`` fixture: ``stand_in(methods)`` starts a stand-in.
StartStandIn = Callable[[Methods], StandIn]


class Closing(Protocol):
    """The ``closing`` fixture: ``closing(backend)`` is ``backend``, closed at the end."""

    def __call__(self, backend: B, /) -> B: ...


@pytest.fixture
def stand_in(session_bus: str) -> Iterator[StartStandIn]:
    """Start stand-ins with ``stand_in(methods)``; all are stopped at the end."""
    started: list[StandIn] = []

    def start(methods: Methods) -> StandIn:
        service = StandIn(methods)
        started.append(service)
        return service

    yield start
    for service in started:
        service.stop()


@pytest.fixture
def closing() -> Iterator[Closing]:
    """``closing(backend)`` closes it at the end of the test."""
    backends: list[idle.IdleBackend] = []

    def keep(backend: B) -> B:
        if backend is not None:
            backends.append(backend)
        return backend

    yield keep
    for backend in backends:
        backend.close()


def mutter_methods(
    idle_ms: int = 42000, locked: object = None
) -> dict[tuple[str, str, str], Handler]:
    methods = {(*MUTTER, "GetIdletime"): returns("t", idle_ms)}
    if locked is not None:
        methods[(*GNOME_SS, "GetActive")] = returns("b", locked)
    return methods


def test_mutter_reads_milliseconds_and_the_gnome_lock(
    stand_in: StartStandIn, closing: Closing
) -> None:
    lock = [True]
    stand_in(mutter_methods(42000, lambda: lock[0]))
    backend = closing(idle.MutterBackend())
    assert backend.key == "mutter"
    assert backend.read() == idle.Reading(idle_s=42.0, locked=True)
    lock[0] = False
    assert backend.read() == idle.Reading(idle_s=42.0, locked=False)


def test_mutter_without_gnome_screensaver_cannot_tell_the_lock(
    stand_in: StartStandIn, closing: Closing
) -> None:
    stand_in(mutter_methods(1500))
    backend = closing(idle.MutterBackend())
    assert backend.read() == idle.Reading(idle_s=1.5, locked=None)


def test_one_connection_is_kept_between_reads(stand_in: StartStandIn, closing: Closing) -> None:
    stand_in(mutter_methods(1000, True))
    backend = closing(idle.MutterBackend())
    backend.read()
    connection = backend._bus._connection
    backend.read()
    assert backend._bus._connection is connection


def test_a_broken_connection_is_reopened_once(stand_in: StartStandIn, closing: Closing) -> None:
    stand_in(mutter_methods(1000, True))
    backend = closing(idle.MutterBackend())
    backend.read()
    broken = backend._bus._connection
    broken.sock.close()  # as if the socket broke under us
    assert backend.read() == idle.Reading(idle_s=1.0, locked=True)
    assert backend._bus._connection is not broken


@pytest.mark.parametrize(
    ("desktop", "answer"),
    [("XFCE", 42), ("KDE", 42000)],
    ids=["seconds", "kde-milliseconds"],
)
def test_freedesktop_reads_the_session_idle_time(
    stand_in: StartStandIn, closing: Closing, session_bus: str, desktop: str, answer: int
) -> None:
    stand_in(
        {
            (*FDO_SS, "GetSessionIdleTime"): returns("u", answer),
            (*FDO_SS, "GetActive"): returns("b", False),
        }
    )
    environ = {"DBUS_SESSION_BUS_ADDRESS": session_bus, "XDG_CURRENT_DESKTOP": desktop}
    backend = closing(idle.FreedesktopBackend(environ))
    assert backend.key == "freedesktop"
    assert backend.read() == idle.Reading(idle_s=42.0, locked=False)


def test_freedesktop_falls_back_to_kdes_old_object_path(
    stand_in: StartStandIn, closing: Closing
) -> None:
    service = stand_in(
        {
            (*KDE_OLD_SS, "GetSessionIdleTime"): returns("u", 7000),
            (*KDE_OLD_SS, "GetActive"): returns("b", True),
        }
    )
    backend = closing(idle.FreedesktopBackend(millis=True))
    assert backend.read() == idle.Reading(idle_s=7.0, locked=True)
    assert backend.read() == idle.Reading(idle_s=7.0, locked=True)
    # The path that answered is remembered: the first one is asked only once.
    assert service.calls.count((*FDO_SS, "GetSessionIdleTime")) == 1


def test_detect_skips_a_service_that_is_not_supported(
    stand_in: StartStandIn, session_bus: str, caplog: pytest.LogCaptureFixture
) -> None:
    stand_in(
        {
            (*FDO_SS, "GetSessionIdleTime"): fails(NOT_SUPPORTED),
            (*FDO_SS, "GetActive"): returns("b", False),
        }
    )
    with caplog.at_level(logging.INFO, logger=idle.__name__):
        assert idle.detect({"DBUS_SESSION_BUS_ADDRESS": session_bus}, platform="linux") is None
    assert NOT_SUPPORTED in caplog.text


def test_detect_prefers_mutter(stand_in: StartStandIn, session_bus: str, closing: Closing) -> None:
    stand_in(
        {
            **mutter_methods(5000, False),
            (*FDO_SS, "GetSessionIdleTime"): returns("u", 9),
        }
    )
    backend = closing(idle.detect({"DBUS_SESSION_BUS_ADDRESS": session_bus}, platform="linux"))
    assert backend is not None
    assert backend.key == "mutter"
    assert backend.read().idle_s == 5.0


def test_detect_takes_freedesktop_without_mutter(
    stand_in: StartStandIn, session_bus: str, closing: Closing
) -> None:
    stand_in({(*FDO_SS, "GetSessionIdleTime"): returns("u", 9)})
    backend = closing(idle.detect({"DBUS_SESSION_BUS_ADDRESS": session_bus}, platform="linux"))
    assert backend is not None
    assert backend.key == "freedesktop"
    assert backend.read() == idle.Reading(idle_s=9.0, locked=None)


def test_a_service_that_dies_makes_read_raise_idle_error(
    stand_in: StartStandIn, closing: Closing
) -> None:
    service = stand_in(mutter_methods(1000, True))
    backend = closing(idle.MutterBackend())
    backend.read()
    service.stop()
    for _ in range(2):
        with pytest.raises(idle.IdleError):
            backend.read()


def test_a_bus_that_dies_makes_read_raise_idle_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stand_in: StartStandIn, closing: Closing
) -> None:
    with private_session_bus(tmp_path / "short-lived-bus") as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        stand_in(mutter_methods(1000, True))
        backend = closing(idle.MutterBackend())
        backend.read()
    for _ in range(2):
        with pytest.raises(idle.IdleError):
            backend.read()


def test_a_service_that_does_not_answer_times_out_as_idle_error(
    stand_in: StartStandIn, closing: Closing
) -> None:
    stand_in({(*MUTTER, "GetIdletime"): silent})
    backend = closing(idle.MutterBackend())
    with pytest.raises(idle.IdleError, match="no reply"):
        backend.read()


def test_an_answer_of_the_wrong_type_is_an_idle_error(
    stand_in: StartStandIn, closing: Closing
) -> None:
    stand_in({(*MUTTER, "GetIdletime"): returns("s", "soon")})
    backend = closing(idle.MutterBackend())
    with pytest.raises(idle.IdleError, match="unexpected reply"):
        backend.read()


def test_without_a_bus_address_read_is_an_idle_error() -> None:
    backend = idle.MutterBackend({})
    with pytest.raises(idle.IdleError):
        backend.read()
    backend.close()
