"""The tray's "Paused until …" is two texts, a time today and a time tomorrow, so that each
language words them its own way (Spanish: "hasta las 15:00", but "hasta mañana, 0:00").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop import i18n
from spasm_desktop.core.settings import Settings
from spasm_desktop.ui.reminders.tray import TrayMenu, TrayState
from tests.fakes import BERLIN

#: A Thursday afternoon in Berlin.
AT = dt.datetime(2026, 12, 3, 14, 0, tzinfo=BERLIN)


@pytest.fixture
def menu(qtbot: QtBot) -> Iterator[TrayMenu]:
    icon = QtWidgets.QSystemTrayIcon()
    made = TrayMenu(icon)
    qtbot.addWidget(made.menu)
    yield made
    icon.deleteLater()


@pytest.fixture
def spanish(qapp: QtWidgets.QApplication) -> Iterator[None]:
    assert i18n.install_translations(qapp, "es") == "es"
    yield
    i18n.install_translations(qapp, "")
    QtCore.QLocale.setDefault(QtCore.QLocale.c())


def _paused_line(menu: TrayMenu, until: dt.datetime) -> str:
    menu.update(TrayState({}, until, False, 0, Settings(), BERLIN, "", now=AT))
    return menu.tooltip().split("\n")[1]


def _time(hour: int, minute: int) -> str:
    return QtCore.QLocale().toString(
        QtCore.QTime(hour, minute), QtCore.QLocale.FormatType.ShortFormat
    )


def test_a_pause_that_ends_today_gives_the_time(menu: TrayMenu) -> None:
    until = AT + dt.timedelta(hours=1)
    assert _paused_line(menu, until) == f"Paused until {_time(15, 0)}"


def test_a_pause_that_ends_tomorrow_has_its_own_text(menu: TrayMenu) -> None:
    until = dt.datetime(2026, 12, 4, 0, 0, tzinfo=BERLIN)
    assert _paused_line(menu, until) == f"Paused until tomorrow, {_time(0, 0)}"


@pytest.mark.usefixtures("spanish")
def test_spanish_words_today_and_tomorrow_each_its_own_way(menu: TrayMenu) -> None:
    today = _paused_line(menu, AT + dt.timedelta(hours=1))
    assert today == f"En pausa hasta las {_time(15, 0)}"
    tomorrow = _paused_line(menu, dt.datetime(2026, 12, 4, 0, 0, tzinfo=BERLIN))
    assert tomorrow == f"En pausa hasta mañana, {_time(0, 0)}"
