"""Buttons on desktop notifications, through a private session bus and a stand-in server."""

import threading

from jeepney import DBusAddress, Message, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection
from pytestqt.qtbot import QtBot

from spasm_desktop.platform import notification_actions
from spasm_desktop.platform.notification_actions import ActionListener, supports_actions
from spasm_desktop.platform.notifier import DesktopNotifier
from tests.integration.test_idle_dbus import StandIn, returns

SERVICE, PATH = notification_actions.SERVICE, notification_actions.PATH
NOTIFY = (SERVICE, PATH, "Notify")
CAPABILITIES = (SERVICE, PATH, "GetCapabilities")
BUTTONS = (("done", "I drank a glass"), ("snooze", "Snooze 10 minutes"), ("skip", "Skip"))


def press(session_bus: str, notification_id: int, key: str, member: str = "ActionInvoked") -> None:
    """What the server sends when a button is pressed (from a connection of its own)."""
    with open_dbus_connection(bus=session_bus) as connection:
        signal = new_signal(
            DBusAddress(PATH, interface=SERVICE), member, "us", (notification_id, key)
        )
        connection.send(signal)


def test_the_servers_capabilities_say_whether_buttons_are_shown(session_bus: str) -> None:
    with_actions = StandIn({CAPABILITIES: returns("as", ["body", "actions"])})
    try:
        assert supports_actions(session_bus) is True
    finally:
        with_actions.stop()
    without = StandIn({CAPABILITIES: returns("as", ["body", "persistence"])})
    try:
        assert supports_actions(session_bus) is False
    finally:
        without.stop()
    # No server at all, or no bus: no buttons, and nothing raises.
    assert supports_actions(session_bus, timeout_s=0.5) is False
    assert supports_actions(None) is False


def test_a_pressed_button_comes_back_with_its_notifications_id(
    qtbot: QtBot, session_bus: str
) -> None:
    calls: list[tuple[object, ...]] = []
    lock = threading.Lock()

    def notify(message: Message) -> Message:
        with lock:
            calls.append(message.body)
        return new_method_return(message, "u", (7,))

    server = StandIn({NOTIFY: notify})
    listener = ActionListener(session_bus)
    try:
        listener.start()
        assert listener.wait_ready(5)
        notifier = DesktopNotifier("Spasm Desktop", use_dbus=True)
        with qtbot.waitSignal(notifier.shown, timeout=5000) as shown:
            notifier.notify("Water", "A glass of 250 ml now.", "/icons/water.svg", 60, BUTTONS)
        assert shown.args == [7]
        # The buttons go to the server as (key, label) pairs, flattened.
        assert calls[0][5] == [
            "done",
            "I drank a glass",
            "snooze",
            "Snooze 10 minutes",
            "skip",
            "Skip",
        ]
        heard = []
        listener.invoked.connect(lambda *args: heard.append(args))
        press(session_bus, 7, "NotificationClosed-is-not-a-press", member="NotificationClosed")
        press(session_bus, 7, "snooze")
        qtbot.waitUntil(lambda: heard == [(7, "snooze")], timeout=5000)
    finally:
        listener.stop()
        server.stop()


def test_without_a_bus_the_listener_hears_nothing_and_raises_nothing(qtbot: QtBot) -> None:
    listener = ActionListener(None)
    listener.start()
    assert not listener.wait_ready(0.1)
    listener.stop()
