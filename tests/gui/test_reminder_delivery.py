"""How due reminders reach the person in the wired app: the pop-up, the notification, and
what is recorded when a pop-up is answered, replaced or closed by a pause (one tray refresh per
change, no call back into the service in the middle of one).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop import application
from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.core.settings import DeliveryMode, DeliverySettings, Settings
from tests.fakes import FakeClock, local
from tests.gui.conftest import MakeApp
from tests.gui.needed import child, is_none, need

W, S, M = ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE


def _deleted_later(qapp: QApplication) -> None:
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    qapp.processEvents()


def test_by_default_without_buttons_on_notifications_the_popup_comes_alone(
    make_app: MakeApp,
) -> None:
    app, _icon, notifier = make_app()
    assert app.service.settings.delivery.mode is DeliveryMode.AUTO
    app.reminders.present([W, S])
    assert app.reminders.popup is not None
    assert app.reminders.popup.isVisible()
    assert notifier.sent == []


def test_both_shows_popup_and_notification_and_answers_are_recorded(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, notifier = make_app()
    app.setup.apply(Settings(delivery=DeliverySettings(mode=DeliveryMode.BOTH)))
    app.reminders.present([W, S])
    assert app.reminders.popup is not None
    assert app.reminders.popup.isVisible()
    assert notifier.sent[0][0] == "Reminders: Water, Stretch"
    child(need(app.reminders.popup), QtWidgets.QPushButton, "primary_water").click()
    assert app.service.water_today() == 250
    app.reminders.popup.skip()
    outcomes = [(r.kind, r.outcome) for r in app.store.records(*app.service.today())]
    assert (W, Outcome.DONE) in outcomes
    assert (S, Outcome.SKIPPED) in outcomes
    qtbot.waitUntil(lambda: app.reminders.popup is None)


def _counting_refreshes(app: application.Application) -> list[int]:
    """Count the tray's refreshes from now on (one entry per refresh)."""
    counted: list[int] = []
    refresh = app.view.refresh

    def counting() -> None:
        counted.append(1)
        refresh()

    app.view.refresh = counting  # type: ignore[method-assign]
    return counted


def test_a_new_reminder_replaces_the_open_popup_as_ignored_in_one_refresh(
    make_app: MakeApp, qapp: QApplication
) -> None:
    """Inside one delivery: the old pop-up's open kinds are recorded as ignored *before* the new
    ones as shown, nothing calls back into the service, and the tray refreshes once.
    """
    clock = FakeClock(local(2026, 11, 24, 9, 0))  # a Tuesday: move at 9:30, all at 10:00
    app, _icon, _notifier = make_app(clock=clock)
    app.service.settings = dataclasses.replace(
        app.service.settings, delivery=DeliverySettings(popup_seconds=900)
    )
    _deleted_later(qapp)  # what start-up left to do (the first backup)
    clock.advance(dt.timedelta(minutes=30))
    refreshes = _counting_refreshes(app)
    app.service.check()
    assert need(app.reminders.popup).open_kinds == [M]
    assert len(refreshes) == 1
    clock.advance(dt.timedelta(minutes=30))
    older = app.reminders.popup
    refreshes.clear()
    app.service.check()
    newer = need(app.reminders.popup)
    assert newer is not older
    assert newer.open_kinds == [W, S, M]
    assert len(refreshes) == 1
    records = app.store.records(*app.service.today())
    assert [(r.at.astimezone(clock.tz).strftime("%H:%M"), r.kind, r.outcome) for r in records] == [
        ("09:30", M, Outcome.SHOWN),
        ("10:00", M, Outcome.IGNORED),
        ("10:00", W, Outcome.SHOWN),
        ("10:00", S, Outcome.SHOWN),
        ("10:00", M, Outcome.SHOWN),
    ]
    gone: list[bool] = []
    app.reminders.gone.connect(lambda: gone.append(True))
    _deleted_later(qapp)  # the replaced pop-up is deleted now: nothing changed for the tray
    assert gone == []
    assert app.reminders.popup is newer
    assert app.reminders.waiting


def test_the_replaced_popup_once_deleted_leaves_the_new_one_tracked(
    make_app: MakeApp, qapp: QApplication
) -> None:
    """The old pop-up is deleted later: its going must not make the app forget the new one."""
    app, _icon, _notifier = make_app()
    app.reminders.present([W])
    app.reminders.present([M])
    newer = need(app.reminders.popup)
    _deleted_later(qapp)  # the replaced pop-up is deleted now
    assert app.reminders.popup is newer
    assert app.reminders.waiting
    newer.close()
    _deleted_later(qapp)
    assert app.reminders.popup is None


def test_delivery_setting_is_followed(make_app: MakeApp) -> None:
    app, _icon, notifier = make_app()
    only_notification = DeliverySettings(mode=DeliveryMode.NOTIFICATION)
    app.setup.apply(Settings(delivery=only_notification))
    app.reminders.present([M])
    assert is_none(app.reminders.popup)
    assert len(notifier.sent) == 1
    app.setup.apply(Settings(delivery=DeliverySettings(mode=DeliveryMode.POPUP)))
    app.reminders.present([S])
    assert app.reminders.popup is not None
    assert len(notifier.sent) == 1


def test_failed_notification_falls_back_to_the_tray_balloon(make_app: MakeApp) -> None:
    app, icon, _notifier = make_app(works=False)
    app.setup.apply(Settings(delivery=DeliverySettings(mode=DeliveryMode.BOTH)))
    app.reminders.present([M])
    assert icon.messages[-1][0] == "Time to get up and move"


@pytest.mark.parametrize("how", ["pause", "do not disturb"])
def test_pausing_closes_the_popup_as_ignored_in_one_refresh(
    make_app: MakeApp, qtbot: QtBot, qapp: QApplication, how: str
) -> None:
    app, _icon, _notifier = make_app()
    app.reminders.present([W, S])
    child(need(app.reminders.popup), QtWidgets.QPushButton, "primary_water").click()
    _deleted_later(qapp)
    refreshes = _counting_refreshes(app)
    if how == "pause":
        app.pause(60)
        assert app.service.state.paused_until is not None
    else:
        app.set_dnd(30)
        assert app.service.state.dnd_until is not None
    assert len(refreshes) == 1
    assert app.reminders.popup is None
    _deleted_later(qapp)  # the closed pop-up is deleted now: nothing more to refresh
    assert len(refreshes) == 1
    outcomes = [(r.kind, r.outcome) for r in app.store.records(*app.service.today())]
    assert outcomes == [(W, Outcome.DONE), (S, Outcome.IGNORED)]
