"""The busy probe's D-Bus sources against stand-in services on a private session bus."""

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from jeepney import (
    HeaderFields,
    Message,
    MessageFlag,
    MessageType,
    new_error,
    new_method_return,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

from spasm_desktop.platform.dnd import Busy, BusyReason, DndProbe

INHIBITED = Busy(BusyReason.SYSTEM_DND, "notifications-inhibited")
NO_BANNERS = Busy(BusyReason.SYSTEM_DND, "gnome-show-banners")
UNKNOWN_METHOD = "org.freedesktop.DBus.Error.UnknownMethod"

Handler = Callable[[object], object]  # a method call -> its reply


class FakeService:
    """A D-Bus service on its own connection and thread; ``handle`` makes each reply."""

    def __init__(self, address: str, name: str, handle: Handler) -> None:
        self.address = address
        self.name = name
        self.handle = handle
        self.calls: list[tuple[str, str, tuple[object, ...]]] = []
        self.senders: set[str] = set()
        self.flags: set[int] = set()
        self._stop = threading.Event()
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=f"fake {name}")

    def __enter__(self) -> "FakeService":
        self._thread.start()
        assert self._ready.wait(10), "the stand-in service did not start"
        if self._error is not None:
            raise self._error
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join(10)
        assert not self._thread.is_alive()
        if self._error is not None:
            raise self._error

    def _run(self) -> None:
        try:
            with open_dbus_connection(bus=self.address) as connection:
                # Flag 4: do not queue; reply 1: we are the primary owner.
                reply = connection.send_and_get_reply(
                    message_bus.RequestName(self.name, 4), timeout=5
                )
                assert reply.body == (1,), reply.body
                self._ready.set()
                while not self._stop.is_set():
                    try:
                        message = connection.receive(timeout=0.05)
                    except TimeoutError:
                        continue
                    if message.header.message_type != MessageType.method_call:
                        continue
                    self.calls.append((*_method(message), message.body))
                    self.senders.add(message.header.fields.get(HeaderFields.sender, ""))
                    self.flags.add(int(message.header.flags))
                    connection.send(self.handle(message))
        except BaseException as exc:
            self._error = exc
            self._ready.set()


def _method(message: Message) -> tuple[str, str]:
    fields = message.header.fields
    return fields.get(HeaderFields.interface, ""), fields.get(HeaderFields.member, "")


def notifications(inhibited: bool | None) -> Handler:
    """A notification server; ``None``: one without the Inhibited property."""

    def handle(message: Message) -> Message:
        if _method(message) == ("org.freedesktop.DBus.Properties", "Get") and message.body == (
            "org.freedesktop.Notifications",
            "Inhibited",
        ):
            if inhibited is None:
                return new_error(message, "org.freedesktop.DBus.Error.InvalidArgs")
            return new_method_return(message, "v", (("b", inhibited),))
        return new_error(message, UNKNOWN_METHOD)

    return handle


def portal(show_banners: bool | None, *, read_one: bool = True) -> Handler:
    """A desktop portal's Settings; ``None``: the key is not exported (GNOME's own backend);
    ``read_one=False``: an older portal, with only ``Read``, which wraps the value twice.
    """

    def handle(message: Message) -> Message:
        interface, member = _method(message)
        if interface != "org.freedesktop.portal.Settings" or member not in ("Read", "ReadOne"):
            return new_error(message, UNKNOWN_METHOD)
        if member == "ReadOne" and not read_one:
            return new_error(message, UNKNOWN_METHOD)
        if message.body != ("org.gnome.desktop.notifications", "show-banners") or (
            show_banners is None
        ):
            return new_error(message, "org.freedesktop.portal.Error.NotFound")
        value = ("b", show_banners)
        return new_method_return(message, "v", (value if member == "ReadOne" else ("v", value),))

    return handle


def probe_for(address: str) -> DndProbe:
    environ = {"DBUS_SESSION_BUS_ADDRESS": address, "PATH": ""}
    return DndProbe(fullscreen=False, meeting_apps=(), environ=environ, platform="linux")


@pytest.mark.parametrize(("inhibited", "expected"), [(True, (INHIBITED,)), (False, ()), (None, ())])
def test_notifications_inhibited(
    session_bus: str, inhibited: bool | None, expected: tuple[Busy, ...]
) -> None:
    probe = probe_for(session_bus)
    try:
        with FakeService(session_bus, "org.freedesktop.Notifications", notifications(inhibited)):
            assert probe.read() == expected
    finally:
        probe.close()


def test_inhibited_follows_the_server(session_bus: str) -> None:
    state = {"inhibited": False}

    def handle(message: Message) -> Message:
        return notifications(state["inhibited"])(message)

    probe = probe_for(session_bus)
    try:
        with FakeService(session_bus, "org.freedesktop.Notifications", handle) as service:
            assert probe.read() == ()
            state["inhibited"] = True
            assert probe.read() == (INHIBITED,)
            state["inhibited"] = False
            assert probe.read() == ()
        assert len(service.calls) == 3
        assert len(service.senders) == 1  # one connection for all reads
        assert service.flags == {int(MessageFlag.no_auto_start)}  # never starts a service
    finally:
        probe.close()


@pytest.mark.parametrize(
    ("show_banners", "read_one", "expected"),
    [
        (False, True, (NO_BANNERS,)),
        (True, True, ()),
        (None, True, ()),
        (False, False, (NO_BANNERS,)),
        (True, False, ()),
    ],
)
def test_gnome_show_banners_through_the_portal(
    session_bus: str, show_banners: bool | None, read_one: bool, expected: tuple[Busy, ...]
) -> None:
    probe = probe_for(session_bus)
    try:
        with FakeService(
            session_bus, "org.freedesktop.portal.Desktop", portal(show_banners, read_one=read_one)
        ) as service:
            assert probe.read() == expected
            assert probe.read() == expected
        methods = [member for _, member, _ in service.calls]
        if read_one:
            assert methods == ["ReadOne", "ReadOne"]
        else:  # ReadOne once, then only Read
            assert methods == ["ReadOne", "Read", "Read"]
    finally:
        probe.close()


def test_inhibited_wins_without_asking_the_portal(session_bus: str) -> None:
    probe = probe_for(session_bus)
    try:
        with (
            FakeService(session_bus, "org.freedesktop.Notifications", notifications(True)),
            FakeService(session_bus, "org.freedesktop.portal.Desktop", portal(False)) as desktop,
        ):
            assert probe.read() == (INHIBITED,)
        assert desktop.calls == []
    finally:
        probe.close()


def test_no_services_at_all_is_not_busy_and_fast(session_bus: str) -> None:
    probe = probe_for(session_bus)
    try:
        start = time.monotonic()
        assert probe.read() == ()
        assert probe.read() == ()
        assert time.monotonic() - start < 1.5
    finally:
        probe.close()


def test_a_hung_service_costs_at_most_about_a_second(session_bus: str) -> None:
    def never(message: Message) -> Message:
        time.sleep(1.5)
        return new_error(message, UNKNOWN_METHOD)

    probe = probe_for(session_bus)
    try:
        with FakeService(session_bus, "org.freedesktop.Notifications", never):
            start = time.monotonic()
            assert probe.read() == ()
            assert time.monotonic() - start < 1.5
    finally:
        probe.close()


def test_the_bus_going_away_and_coming_back(tmp_path: Path) -> None:
    from tests.desktop import private_session_bus

    with private_session_bus(tmp_path / "first") as first:
        environ = {"DBUS_SESSION_BUS_ADDRESS": first, "PATH": ""}
        probe = DndProbe(fullscreen=False, meeting_apps=(), environ=environ, platform="linux")
        try:
            with FakeService(first, "org.freedesktop.Notifications", notifications(True)):
                assert probe.read() == (INHIBITED,)
        except BaseException:
            probe.close()
            raise
    try:
        assert probe.read() == ()  # the bus is gone: logged, not raised
        with private_session_bus(tmp_path / "second") as second:
            environ["DBUS_SESSION_BUS_ADDRESS"] = second
            with FakeService(second, "org.freedesktop.Notifications", notifications(True)):
                assert probe.read() == (INHIBITED,)
            probe.close()
    finally:
        probe.close()
