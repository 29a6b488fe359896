"""The morning check-in in the running app: when it asks, once per night, and Today's line."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6 import QtCore, QtTest
from pytestqt.qtbot import QtBot

from spasm_desktop.application import Application
from spasm_desktop.core.nights import Answer
from spasm_desktop.core.settings import BedtimeSettings
from spasm_desktop.ui.reminders import checkin_keeper
from spasm_desktop.ui.reminders.checkin import CheckinWindow
from tests.fakes import FakeClock, local
from tests.gui.conftest import MakeApp
from tests.gui.needed import need

NIGHT = dt.date(2026, 11, 20)


def start(make_app: MakeApp, clock: FakeClock, checkin: bool = True) -> Application:
    app, _icon, _notifier = make_app(clock=clock)
    settings = app.service.settings
    bedtime = dataclasses.replace(settings.bedtime, bedtime=dt.time(22, 30), checkin=checkin)
    app.setup.apply(dataclasses.replace(settings, bedtime=bedtime))
    return app


def shown(app: Application) -> CheckinWindow | None:
    return app.windows.checkin.showing


def test_asked_after_the_night_once_and_answered_later_from_today(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    clock = FakeClock(local(2026, 11, 21, 5, 0))
    app = start(make_app, clock)
    app.on_tick()
    assert shown(app) is None  # still in the bedtime window
    clock.advance(dt.timedelta(hours=2))
    app.on_tick()
    window = shown(app)
    assert window is not None
    assert window.night == NIGHT
    assert not window.isModal()
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Escape)  # closed without an answer
    qtbot.waitUntil(lambda: shown(app) is None)
    for _ in range(3):  # never twice for the same night
        clock.advance(dt.timedelta(hours=1))
        app.on_tick()
        app.refresh()
        assert shown(app) is None
    # after a restart too: the night asked about is stored
    again = checkin_keeper.MorningCheckin(app.service, app.store, clock, app.windows.checkin)
    again.check()
    assert shown(app) is None

    app.show_today()
    today = need(app.windows.today.window)
    app.refresh()
    assert today.checkin_button.isVisible()
    assert today.checkin_label.text() == "Last night: not answered yet."
    today.checkin_button.click()
    window = shown(app)
    assert window is not None
    assert window.night == NIGHT
    window.none_button.click()
    qtbot.waitUntil(lambda: shown(app) is None)
    assert app.store.morning_answers(NIGHT, NIGHT)[NIGHT].answer is Answer.NONE
    assert not today.checkin_button.isVisible()  # refreshed when answered
    clock.advance(dt.timedelta(days=1))
    app.on_tick()
    window = shown(app)
    assert window is not None
    assert window.night == NIGHT + dt.timedelta(days=1)
    window.close()


def test_waits_during_do_not_disturb(make_app: MakeApp, qtbot: QtBot) -> None:
    clock = FakeClock(local(2026, 11, 21, 6, 0))
    app = start(make_app, clock)
    app.set_dnd(120)
    clock.advance(dt.timedelta(hours=1))
    app.on_tick()
    app.refresh()
    assert shown(app) is None
    app.service.clear_dnd()
    app.refresh()
    window = shown(app)
    assert window is not None
    window.close()


def test_off_by_default_and_nothing_on_today(make_app: MakeApp, qtbot: QtBot) -> None:
    clock = FakeClock(local(2026, 11, 21, 9, 0))
    app, _icon, _notifier = make_app(clock=clock)
    assert app.service.settings.bedtime == BedtimeSettings()
    app.on_tick()
    app.refresh()
    assert shown(app) is None
    app.show_today()
    app.refresh()
    assert not need(app.windows.today.window).checkin_button.isVisible()
