"""The notification-button listener sleeps while nothing happens, and still hears what comes.

Nothing may tick while nothing is on screen. The listener once polled its two subscriptions
every 50 ms, which woke the app about 1,200 times an idle minute (``bench/idle.py``).
"""

from __future__ import annotations

import threading
import time
from pathlib import Path

from jeepney import DBusAddress, new_signal
from jeepney.io.blocking import open_dbus_connection
from pytestqt.qtbot import QtBot

from spasm_desktop.platform.notification_actions import PATH, SERVICE, ActionListener
from tests.integration.test_notification_actions import press


def _switches(thread: threading.Thread) -> int:
    """The thread's context switches so far (voluntary and not), from /proc."""
    status = Path(f"/proc/self/task/{thread.native_id}/status").read_text(encoding="utf-8")
    return sum(int(line.split()[1]) for line in status.splitlines() if "ctxt_switches" in line)


def _listener_thread() -> threading.Thread:
    (thread,) = [t for t in threading.enumerate() if t.name == "notify-actions"]
    return thread


def test_the_listener_sleeps_until_a_signal_comes_and_stops_at_once(
    qtbot: QtBot, session_bus: str
) -> None:
    listener = ActionListener(session_bus)
    presses: list[tuple[int, str]] = []
    closings: list[tuple[int, int]] = []
    listener.invoked.connect(lambda *args: presses.append(args))
    listener.closed.connect(lambda *args: closings.append(args))
    listener.start()
    try:
        assert listener.wait_ready(5)
        thread = _listener_thread()
        before = _switches(thread)
        # A second of wall time is the measurement itself: how often the thread wakes.
        time.sleep(1.0)
        woken = _switches(thread) - before
        assert woken <= 2, f"the listener woke {woken} times in an idle second"
        # Both signals still arrive, on the one connection.
        press(session_bus, 3, "done")
        qtbot.waitUntil(lambda: presses == [(3, "done")], timeout=5000)
        with_reason = (4, 2)
        _close(session_bus, *with_reason)
        qtbot.waitUntil(lambda: closings == [with_reason], timeout=5000)
    finally:
        listener.stop()
    # stop() wakes the sleeping thread: it has ended, not been left behind by join's time limit.
    assert not thread.is_alive()


def _close(session_bus: str, notification_id: int, reason: int) -> None:
    """What the server sends when a notification goes away."""
    with open_dbus_connection(bus=session_bus) as connection:
        connection.send(
            new_signal(
                DBusAddress(PATH, interface=SERVICE),
                "NotificationClosed",
                "uu",
                (notification_id, reason),
            )
        )
