"""The session D-Bus helper against stand-in services on a private bus."""

from collections.abc import Iterator

import pytest
from jeepney import Message, MessageFlag, new_method_return

from spasm_desktop.platform import dbus
from tests.integration.test_idle_dbus import (
    Methods,
    StandIn,
    StartStandIn,
    fails,
    returns,
    silent,
)

SERVICE, PATH = "org.example.Probe", "/org/example/Probe"
GET = (SERVICE, PATH, "Get")


@pytest.fixture
def bus(session_bus: str) -> Iterator[dbus.SessionBus]:
    with dbus.SessionBus(session_bus) as bus:
        yield bus


@pytest.fixture
def service(session_bus: str) -> Iterator[StartStandIn]:
    started: list[StandIn] = []

    def start(methods: Methods) -> StandIn:
        started.append(StandIn(methods))
        return started[-1]

    yield start
    for stand_in in started:
        stand_in.stop()


def test_a_call_returns_the_body_and_does_not_start_services(
    bus: dbus.SessionBus, service: StartStandIn
) -> None:
    flags: list[int] = []

    def echo(message: Message) -> Message:
        flags.append(message.header.flags)
        return new_method_return(message, "su", (message.body[0].upper(), 7))

    service({(SERVICE, PATH, "Echo"): echo})
    body = bus.call(SERVICE, PATH, SERVICE, "Echo", "s", ("hello",), timeout_s=2)
    assert body == ("HELLO", 7)
    bus.call(SERVICE, PATH, SERVICE, "Echo", "s", ("again",), timeout_s=2, auto_start=True)
    assert [bool(f & MessageFlag.no_auto_start) for f in flags] == [True, False]


def test_a_property_is_a_variant(bus: dbus.SessionBus, service: StartStandIn) -> None:
    service({GET: returns("v", ("b", True))})
    assert bus.get_property(SERVICE, PATH, SERVICE, "Inhibited", timeout_s=2) == ("b", True)


def test_a_property_reply_that_is_no_variant_is_an_error(
    bus: dbus.SessionBus, service: StartStandIn
) -> None:
    service({GET: returns("s", "yes")})
    with pytest.raises(dbus.DBusError, match="unexpected reply"):
        bus.get_property(SERVICE, PATH, SERVICE, "Inhibited", timeout_s=2)


def test_an_error_answer_carries_its_name(bus: dbus.SessionBus, service: StartStandIn) -> None:
    service({(SERVICE, PATH, "Echo"): fails("org.freedesktop.DBus.Error.NotSupported")})
    with pytest.raises(dbus.ReplyError) as raised:
        bus.call(SERVICE, PATH, SERVICE, "Echo", timeout_s=2)
    assert raised.value.name == "org.freedesktop.DBus.Error.NotSupported"


def test_no_answer_in_time_keeps_the_connection(
    bus: dbus.SessionBus, service: StartStandIn
) -> None:
    service({(SERVICE, PATH, "Echo"): silent})
    with pytest.raises(dbus.NoReplyError, match=r"no reply within 0\.2 s"):
        bus.call(SERVICE, PATH, SERVICE, "Echo", timeout_s=0.2)
    assert bus._connection is not None


def test_without_a_bus_every_call_is_an_error() -> None:
    with dbus.SessionBus(dbus.session_address({})) as bus, pytest.raises(dbus.DBusError):
        bus.call(SERVICE, PATH, SERVICE, "Echo", timeout_s=1)
