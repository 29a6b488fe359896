"""The desktop notifier: the freedesktop service on a private bus, then plyer (a stand-in)."""

import logging
import sys
import threading
import types
import warnings
from collections.abc import Callable
from typing import Any, NoReturn

import pytest
from jeepney import Message, new_method_return
from pytestqt.qtbot import QtBot

from spasm_desktop.platform.notifier import DesktopNotifier
from tests.integration.test_idle_dbus import StandIn

NOTIFY = ("org.freedesktop.Notifications", "/org/freedesktop/Notifications", "Notify")


class FakePlyer:
    """Stands in for the ``plyer`` package. Choosing the backend warns, as plyer does on Linux
    without dbus-python; each send records what the warnings machinery looked like meanwhile.
    """

    def __init__(self, error: Exception | None = None) -> None:
        self.error = error
        self.sent: list[dict[str, object]] = []
        self.seen: list[tuple[threading.Thread, list[object], object]] = []
        self.loads = 0
        fake = self

        class Notification:
            @property
            def notify(self) -> Callable[..., None]:
                fake.loads += 1
                warnings.warn("The Python dbus package is not installed.", stacklevel=1)
                return fake.send

        self.module = types.ModuleType("plyer")
        self.module.__dict__["notification"] = Notification()

    def send(self, **kwargs: object) -> None:
        self.seen.append((threading.current_thread(), list(warnings.filters), warnings.showwarning))
        if self.error is not None:
            raise self.error
        self.sent.append(kwargs)


@pytest.fixture
def plyer(monkeypatch: pytest.MonkeyPatch) -> FakePlyer:
    fake = FakePlyer()
    monkeypatch.setitem(sys.modules, "plyer", fake.module)
    return fake


def send(qtbot: QtBot, notifier: DesktopNotifier, title: str = "Water") -> object:
    with qtbot.waitSignal(notifier.finished, timeout=5000) as blocker:
        notifier.notify(title, "A glass of water", "/icons/water.svg", 60)
    return blocker.args


def test_plyer_warnings_are_logged_and_leave_the_filters_alone(
    qtbot: QtBot, plyer: FakePlyer, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="spasm_desktop.platform.notifier")
    filters, showwarning = list(warnings.filters), warnings.showwarning
    notifier = DesktopNotifier("Spasm Desktop", use_dbus=False)
    assert send(qtbot, notifier) == [True, "plyer"]
    assert send(qtbot, notifier, "Stretch") == [True, "plyer"]
    assert [s["title"] for s in plyer.sent] == ["Water", "Stretch"]
    assert plyer.loads == 1  # the backend is chosen once, on the GUI thread
    assert "dbus package is not installed" in caplog.text
    for thread, seen_filters, seen_showwarning in plyer.seen:
        assert thread is not threading.main_thread()
        # While the worker sends, the process's warnings are exactly as before...
        assert seen_filters == filters
        assert seen_showwarning is showwarning
    # ...and afterwards too.
    assert warnings.filters == filters
    assert warnings.showwarning is showwarning


def test_a_plyer_backend_that_fails_reports_failure(qtbot: QtBot, plyer: FakePlyer) -> None:
    plyer.error = NotImplementedError("no backend")
    notifier = DesktopNotifier("Spasm Desktop", use_dbus=False)
    assert send(qtbot, notifier) == [False, "none"]


def test_plyer_that_cannot_load_reports_failure_later(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "plyer", None)  # import plyer raises ImportError
    notifier = DesktopNotifier("Spasm Desktop", use_dbus=False)
    reported = []
    notifier.finished.connect(lambda ok, path: reported.append((ok, path)))
    notifier.notify("Water", "A glass of water", "", 60)
    assert reported == []  # not inside notify(): from the event loop
    qtbot.waitUntil(lambda: reported == [(False, "none")], timeout=5000)


def test_the_freedesktop_service_gets_the_notification_and_its_id_is_reused(
    qtbot: QtBot, session_bus: str, plyer: FakePlyer
) -> None:
    calls: list[tuple[Any, ...]] = []

    def notify(message: Message) -> Message:
        calls.append(message.body)
        return new_method_return(message, "u", (41 + len(calls),))

    service = StandIn({NOTIFY: notify})
    try:
        notifier = DesktopNotifier("Spasm Desktop", use_dbus=True)
        assert send(qtbot, notifier) == [True, "dbus"]
        assert send(qtbot, notifier, "Stretch") == [True, "dbus"]
    finally:
        service.stop()
    first, second = calls
    assert first == (
        "Spasm Desktop",
        0,
        "/icons/water.svg",
        "Water",
        "A glass of water",
        [],
        {},
        60000,
    )
    assert second[1] == 42  # replaces the first notification
    assert second[3] == "Stretch"
    assert plyer.sent == []


def test_without_the_service_plyer_takes_over(
    qtbot: QtBot, session_bus: str, plyer: FakePlyer
) -> None:
    notifier = DesktopNotifier("Spasm Desktop", use_dbus=True)
    assert send(qtbot, notifier) == [True, "plyer"]
    assert [s["title"] for s in plyer.sent] == ["Water"]


def test_without_a_session_bus_one_clear_line_and_no_plyer(
    qtbot: QtBot,
    plyer: FakePlyer,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No D-Bus session: plyer is not tried (notify-send would fail silently and plyer would
    say it worked); the log says why once, with no traceback and no python-dbus hint.
    """
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    caplog.set_level(logging.INFO, logger="spasm_desktop")
    notifier = DesktopNotifier("Spasm Desktop", use_dbus=True)
    assert send(qtbot, notifier) == [False, "none"]
    assert send(qtbot, notifier, "Stretch") == [False, "none"]
    assert plyer.loads == 0
    assert plyer.sent == []
    warnings_ = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.getMessage() for r in warnings_] == [
        "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set): desktop notifications "
        "cannot be shown; the app shows reminders itself instead"
    ]
    assert "dbus package" not in caplog.text
    assert "Traceback" not in caplog.text


def test_a_traceback_plyer_prints_goes_to_the_log_as_one_line(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    capfd: pytest.CaptureFixture[str],
) -> None:
    """Plyer's proxy prints a traceback on stderr when its backend fails to load (a KeyError
    without a session), then falls back to a backend that cannot send.
    """
    import traceback

    def failing_send(**_kwargs: object) -> NoReturn:
        raise NotImplementedError("No usable implementation found!")

    class Notification:
        @property
        def notify(self) -> Callable[..., None]:
            try:
                raise KeyError("DBUS_SESSION_BUS_ADDRESS")
            except KeyError:
                traceback.print_exc()
            return failing_send

    module = types.ModuleType("plyer")
    module.__dict__["notification"] = Notification()
    monkeypatch.setitem(sys.modules, "plyer", module)
    caplog.set_level(logging.INFO, logger="spasm_desktop")
    notifier = DesktopNotifier("Spasm Desktop", use_dbus=False)
    assert send(qtbot, notifier) == [False, "none"]
    assert capfd.readouterr().err == ""
    assert "plyer could not load its backend: KeyError: 'DBUS_SESSION_BUS_ADDRESS'" in caplog.text
