"""One channel by default: the wired app, its real notifier, a private session bus and a stand-in
notification server. Where the server shows buttons, a reminder is a notification with buttons
and no pop-up, and a press is recorded exactly as the pop-up's button; without them, or without a
bus, the pop-up comes alone.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

import pytest
from jeepney import DBusAddress, Message, new_method_return, new_signal
from jeepney.io.blocking import open_dbus_connection
from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop import application
from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.core.settings import DeliveryMode, DeliverySettings
from spasm_desktop.storage import paths as paths_mod
from tests.fakes import FakeClock, local
from tests.integration.test_idle_dbus import StandIn, returns
from tests.integration.test_notification_actions import CAPABILITIES, NOTIFY, SERVICE, press

M, W = ReminderKind.MOVE, ReminderKind.WATER
CLOSE = (SERVICE, NOTIFY[1], "CloseNotification")
NOTIFICATION_ID = 42


class Server:
    """A notification server on the private bus, with or without the "actions" capability."""

    def __init__(self, actions: bool) -> None:
        self.sent: list[tuple[Any, ...]] = []  # each Notify call's arguments, as sent
        self.closed: list[int] = []
        self._lock = threading.Lock()
        capabilities = ["body", "actions"] if actions else ["body"]
        self.stand_in = StandIn(
            {
                CAPABILITIES: returns("as", capabilities),
                NOTIFY: self._notify,
                CLOSE: self._close,
            }
        )

    def _notify(self, message: Message) -> Message:
        with self._lock:
            self.sent.append(tuple(message.body))
        return new_method_return(message, "u", (NOTIFICATION_ID,))

    def _close(self, message: Message) -> Message:
        with self._lock:
            self.closed.append(message.body[0])
        return new_method_return(message)

    def stop(self) -> None:
        self.stand_in.stop()


class MakeApp(Protocol):
    """The ``make_app`` fixture: ``make_app(name, clock, mode)`` starts a wired app."""

    def __call__(
        self, name: str, clock: FakeClock, mode: DeliveryMode | None = None
    ) -> application.Application: ...


@pytest.fixture
def make_app(qapp: QApplication, tmp_path: Path) -> Iterator[MakeApp]:
    """The wired app with its real notifier (``notifier_factory`` None), on a fake clock."""
    made: list[application.Application] = []

    def make(
        name: str, clock: FakeClock, mode: DeliveryMode | None = None
    ) -> application.Application:
        paths = paths_mod.Paths(tmp_path / name / "config", tmp_path / name / "data")
        paths.ensure()
        app = application.Application(qapp, paths, None, None, show_welcome=False, clock=clock)
        app.start()
        made.append(app)
        if mode is not None:
            app.service.settings = dataclasses.replace(
                app.service.settings, delivery=DeliverySettings(mode=mode)
            )
        return app

    yield make
    for app in made:
        app.stop()
        if app.windows.today.window is not None:
            app.windows.today.window.close()
            app.windows.today.window.deleteLater()
        app.store.close()


def close(session_bus: str, notification_id: int, reason: int) -> None:
    """What the server sends when a notification goes away (1: it expired)."""
    with open_dbus_connection(bus=session_bus) as connection:
        address = DBusAddress(NOTIFY[1], interface=SERVICE)
        connection.send(new_signal(address, "NotificationClosed", "uu", (notification_id, reason)))


def _buttons_known(qtbot: QtBot, app: application.Application) -> bool:
    notifier = app.reminders.notifier
    with qtbot.waitSignal(notifier.buttons_known, timeout=10_000) as known:
        pass
    return bool(known.args[0])


def _records(app: application.Application, clock: FakeClock) -> list[tuple[str, object, object]]:
    return [
        (r.at.astimezone(clock.tz).strftime("%H:%M"), r.kind, r.outcome)
        for r in app.store.records(*app.service.today())
    ]


def _counting_refreshes(app: application.Application) -> list[int]:
    counted: list[int] = []
    refresh = app.view.refresh

    def counting() -> None:
        counted.append(1)
        refresh()

    app.view.refresh = counting  # type: ignore[method-assign]
    return counted


def _move_due(app: application.Application, clock: FakeClock) -> None:
    """The move reminder comes due at 9:30 and the service's check shows it."""
    clock.advance(dt.timedelta(minutes=30))
    app.service.check()


def test_by_default_a_reminder_is_a_notification_with_buttons_and_done_is_the_popups_done(
    make_app: MakeApp, qtbot: QtBot, session_bus: str
) -> None:
    server = Server(actions=True)
    try:
        # The same reminder in two apps: answered on the pop-up (chosen), and by default.
        popup_clock = FakeClock(local(2026, 11, 24, 9, 0))  # a Tuesday: move at 9:30
        with_popup = make_app("popup", popup_clock, DeliveryMode.POPUP)
        _move_due(with_popup, popup_clock)
        popup = with_popup.reminders.popup
        assert popup is not None
        done = popup.findChild(QtWidgets.QPushButton, "primary_move")
        assert done is not None
        done.click()

        clock = FakeClock(local(2026, 11, 24, 9, 0))
        app = make_app("auto", clock)
        assert app.service.settings.delivery.mode is DeliveryMode.AUTO
        assert _buttons_known(qtbot, app) is True
        _move_due(app, clock)
        assert app.reminders.popup is None  # one channel: no pop-up
        qtbot.waitUntil(lambda: len(server.sent) == 1, timeout=5000)
        _app, _replaces, _icon, title, _body, actions, _hints, expire_ms = server.sent[0]
        assert title == "Time to get up and move"
        assert actions[0::2] == ["done", "snooze", "skip"]
        assert actions[1::2] == ["Done, I moved", "Snooze 10 minutes", "Skip"]
        assert expire_ms == app.service.settings.delivery.popup_seconds * 1000
        qtbot.waitUntil(lambda: app.reminders._notice_id == NOTIFICATION_ID, timeout=5000)
        assert app.reminders.waiting
        assert app.reminders.on_screen() == [M]

        refreshes = _counting_refreshes(app)
        press(session_bus, NOTIFICATION_ID + 1, "done")  # another app's notification
        press(session_bus, NOTIFICATION_ID, "done")
        qtbot.waitUntil(lambda: not app.reminders.waiting, timeout=5000)
        assert len(refreshes) == 1
        assert _records(app, clock) == _records(with_popup, popup_clock)
        assert _records(app, clock) == [("09:30", M, Outcome.SHOWN), ("09:30", M, Outcome.DONE)]
        breaks = app.store.breaks(*app.service.today())
        assert breaks == with_popup.store.breaks(*with_popup.service.today())
        assert len(breaks) == 1  # "Done, I moved" is a break from sitting, on either channel
        # A second press on the answered notification changes nothing.
        press(session_bus, NOTIFICATION_ID, "skip")
        qtbot.wait(200)
        assert len(_records(app, clock)) == 2
    finally:
        server.stop()


def test_a_notification_closed_unanswered_is_missed_like_the_popup(
    make_app: MakeApp, qtbot: QtBot, session_bus: str
) -> None:
    server = Server(actions=True)
    try:
        clock = FakeClock(local(2026, 11, 24, 9, 0))
        app = make_app("auto", clock)
        assert _buttons_known(qtbot, app) is True
        _move_due(app, clock)
        qtbot.waitUntil(lambda: app.reminders._notice_id == NOTIFICATION_ID, timeout=5000)
        close(session_bus, NOTIFICATION_ID, 1)  # expired
        qtbot.waitUntil(lambda: not app.reminders.waiting, timeout=5000)
        assert _records(app, clock)[-1] == ("09:30", M, Outcome.IGNORED)

        # Still there when a pop-up would have closed: missed too, and taken off the screen.
        app.reminders.present([W])
        qtbot.waitUntil(lambda: app.reminders._notice_id == NOTIFICATION_ID, timeout=5000)
        app.reminders._notice_timer.timeout.emit()
        assert not app.reminders.waiting
        assert _records(app, clock)[-1] == ("09:30", W, Outcome.IGNORED)
        qtbot.waitUntil(lambda: server.closed == [NOTIFICATION_ID], timeout=5000)
    finally:
        server.stop()


def test_a_server_without_buttons_gets_no_notification_and_the_popup_comes_alone(
    make_app: MakeApp, qtbot: QtBot, session_bus: str
) -> None:
    server = Server(actions=False)
    try:
        clock = FakeClock(local(2026, 11, 24, 9, 0))
        app = make_app("auto", clock)
        assert _buttons_known(qtbot, app) is False
        _move_due(app, clock)
        assert app.reminders.popup is not None
        assert app.reminders.popup.open_kinds == [M]
        qtbot.wait(100)
        assert server.sent == []
    finally:
        server.stop()


def test_without_a_session_bus_the_popup_comes_alone_at_once(
    make_app: MakeApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    clock = FakeClock(local(2026, 11, 24, 9, 0))
    app = make_app("auto", clock)
    timer = QtCore.QElapsedTimer()
    timer.start()
    assert _buttons_known(qtbot, app) is False
    assert timer.elapsed() < 1000
    _move_due(app, clock)
    assert app.reminders.popup is not None
    assert app.reminders.popup.open_kinds == [M]
