"""One visual language: each main window has one button that stands out (``look.primary``),
a dialog's Save is its default button, and Learn's headings come from the one type scale.
"""

from __future__ import annotations

import datetime as dt

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.storage.learn import load_learn
from spasm_desktop.storage.relief import load_relief
from spasm_desktop.ui.common import look
from spasm_desktop.ui.setup.learn import LearnWindow
from tests.fakes import FakeClock, local
from tests.gui.conftest import MakeApp
from tests.gui.needed import need


def primaries(window: QtWidgets.QWidget) -> list[str]:
    return [
        button.text()
        for button in window.findChildren(QtWidgets.QPushButton)
        if button.property(look.PRIMARY)
    ]


def test_each_main_window_has_one_primary_button(make_app: MakeApp) -> None:
    app, _icon, _notifier = make_app(clock=FakeClock(local(2026, 3, 2, 10, 0)))
    app.view.show_today()
    app.record.show_diary()
    app.record.show_history()
    slots = app.windows
    found = {
        "today": primaries(need(slots.today.window)),
        "diary": primaries(need(slots.diary.window)),
        "history": primaries(need(slots.history.window)),
    }
    assert found == {
        "today": ["Cra&mp now: what to do"],
        "diary": ["&Add…"],
        "history": ["&Report for a clinician…"],
    }
    need(slots.diary.window).close()
    need(slots.history.window).close()


def test_plain_takes_the_primary_look_back(qtbot: QtBot) -> None:
    button = QtWidgets.QPushButton("7")
    qtbot.addWidget(button)
    look.primary(button)
    assert button.property(look.PRIMARY)
    assert button.styleSheet()
    look.plain(button)
    assert not button.property(look.PRIMARY)
    assert button.styleSheet() == ""


def test_learn_headings_are_on_the_type_scale(qtbot: QtBot) -> None:
    content, problems = load_learn()
    relief, _relief_problems = load_relief()
    assert not problems
    assert content is not None
    window = LearnWindow(content, relief, set())
    qtbot.addWidget(window)
    base = window.font().pointSizeF()
    sizes = {
        round(label.font().pointSizeF() / base, 2)
        for label in window.findChildren(QtWidgets.QLabel)
        if label.font().bold()
    }
    allowed = {round(factor, 2) for factor, _bold in look.TYPE_SCALE.values()}
    assert sizes <= allowed, sizes
    assert round(look.TYPE_SCALE[look.Level.TITLE][0], 2) in sizes


def bold_sizes(window: QtWidgets.QWidget) -> set[float]:
    base = window.font().pointSizeF()
    return {
        round(label.font().pointSizeF() / base, 2)
        for label in window.findChildren(QtWidgets.QLabel)
        if label.font().bold() and label.text()
    }


def test_the_pop_up_and_the_check_in_headings_are_on_the_type_scale(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app(clock=FakeClock(local(2026, 3, 2, 10, 0)))
    allowed = {round(factor, 2) for factor, _bold in look.TYPE_SCALE.values()}
    app.reminders.present([ReminderKind.WATER, ReminderKind.STRETCH])
    popup = app.reminders.popup
    assert popup is not None
    sizes = bold_sizes(popup)
    assert round(look.TYPE_SCALE[look.Level.SECTION][0], 2) in sizes
    assert sizes <= allowed, sizes
    app.reminders.close()
    app.checkin.open(dt.date(2026, 3, 1))
    checkin = app.windows.checkin.window
    assert checkin is not None
    assert round(look.TYPE_SCALE[look.Level.TITLE][0], 2) in bold_sizes(checkin)
    assert bold_sizes(checkin) <= allowed
    checkin.close()
