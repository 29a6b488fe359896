"""Active hours in Settings: time editors per day, days off, several ranges, "I'm retired"."""

from __future__ import annotations

import datetime as dt
from typing import TypeVar

import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spasm_desktop.core.settings import Settings
from spasm_desktop.ui.setup.settings_dialog import SettingsDialog
from tests.gui.needed import need
from tests.gui.test_settings_dialog import (
    make_dialog,
    press_save,
    problems_text,
    save_button,
    tab_index,
)

T = dt.time


def time_edit(dialog: SettingsDialog, name: str) -> QtWidgets.QTimeEdit:
    widget = dialog.findChild(QtWidgets.QTimeEdit, name)
    assert widget is not None, name
    return widget


Button = TypeVar("Button", bound=QtWidgets.QAbstractButton)


def button(dialog: SettingsDialog, kind: type[Button], name: str) -> Button:
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def type_time(qtbot: QtBot, edit: QtWidgets.QTimeEdit, hour: int, minute: int) -> None:
    """Type a time into ``edit`` from the keyboard, in the editor's own (locale) format."""
    edit.setFocus()
    edit.setSelectedSection(edit.sectionAt(0))
    QTest.keyClicks(edit, QtCore.QTime(hour, minute).toString(edit.displayFormat()))
    assert edit.time() == QtCore.QTime(hour, minute)


def test_time_editors_use_the_locale_short_format(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    short = QtCore.QLocale().timeFormat(QtCore.QLocale.FormatType.ShortFormat)
    editors = dialog.findChildren(QtWidgets.QTimeEdit)
    assert [e for e in editors if e.objectName().startswith("hours_")]
    assert not dialog.findChildren(QtWidgets.QLineEdit, QtCore.QRegularExpression("^hours_"))
    for editor in editors:
        assert editor.displayFormat() == short, editor.objectName()


@pytest.mark.parametrize(
    ("language", "country", "twelve_hours"),
    [
        (QtCore.QLocale.Language.English, QtCore.QLocale.Country.UnitedStates, True),
        (QtCore.QLocale.Language.German, QtCore.QLocale.Country.Germany, False),
    ],
)
def test_time_editors_follow_the_locale_12_or_24_hours(
    qtbot: QtBot,
    language: QtCore.QLocale.Language,
    country: QtCore.QLocale.Country,
    twelve_hours: bool,
) -> None:
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale(language, country))
    try:
        dialog = make_dialog(qtbot)
        start = time_edit(dialog, "hours_mon_0_start")
        assert ("AP" in start.displayFormat().upper()) == twelve_hours
        assert ("AM" in start.text() or "am" in start.text().lower()) == twelve_hours
    finally:
        QtCore.QLocale.setDefault(before)


def test_time_editors_write_the_active_hours(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    with qtbot.waitExposed(dialog):
        dialog.show()
    type_time(qtbot, time_edit(dialog, "hours_tue_0_start"), 8, 30)
    type_time(qtbot, time_edit(dialog, "hours_tue_0_end"), 16, 45)
    assert press_save(qtbot, dialog).active_hours[1] == ((T(8, 30), T(16, 45)),)


def test_a_second_range_is_added_and_removed(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    time_edit(dialog, "hours_wed_0_end").setTime(QtCore.QTime(12, 0))
    button(dialog, QtWidgets.QPushButton, "hours_wed_add").click()
    time_edit(dialog, "hours_wed_1_start").setTime(QtCore.QTime(13, 30))
    time_edit(dialog, "hours_wed_1_end").setTime(QtCore.QTime(18, 0))
    assert dialog.problems() == []
    settings = dialog._candidate()[0]
    assert settings.active_hours[2] == ((T(9, 0), T(12, 0)), (T(13, 30), T(18, 0)))
    button(dialog, QtWidgets.QPushButton, "hours_wed_0_remove").click()
    assert press_save(qtbot, dialog).active_hours[2] == ((T(13, 30), T(18, 0)),)


def test_several_ranges_are_shown_and_kept(qtbot: QtBot) -> None:
    two = ((T(8, 0), T(12, 0)), (T(13, 30), T(17, 0)))
    settings = Settings(active_hours=(two, (), (), (), (), (), ()))
    dialog = make_dialog(qtbot, settings)
    assert time_edit(dialog, "hours_mon_1_start").time() == QtCore.QTime(13, 30)
    assert press_save(qtbot, dialog) == settings


def test_range_across_midnight(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    time_edit(dialog, "hours_fri_0_start").setTime(QtCore.QTime(22, 0))
    time_edit(dialog, "hours_fri_0_end").setTime(QtCore.QTime(2, 0))
    assert press_save(qtbot, dialog).active_hours[4] == ((T(22, 0), T(2, 0)),)


def test_day_off_and_back(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    monday_off = button(dialog, QtWidgets.QCheckBox, "hours_mon_off")
    assert not monday_off.isChecked()
    monday_off.setChecked(True)
    assert not time_edit(dialog, "hours_mon_0_start").isEnabled()
    saturday_off = button(dialog, QtWidgets.QCheckBox, "hours_sat_off")
    assert saturday_off.isChecked()  # a day off by default
    saturday_off.setChecked(False)  # a working day now: the standard hours to adjust
    saved = press_save(qtbot, dialog)
    assert saved.active_hours[0] == ()
    assert saved.active_hours[5] == ((T(9, 0), T(18, 0)),)
    assert saved.active_hours[1:5] == Settings().active_hours[1:5]


def test_range_that_starts_where_it_ends_is_refused(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    time_edit(dialog, "hours_wed_0_start").setTime(QtCore.QTime(10, 0))
    time_edit(dialog, "hours_wed_0_end").setTime(QtCore.QTime(10, 0))
    assert not save_button(dialog).isEnabled()
    assert "same time" in problems_text(dialog)
    assert "Wednesday" in problems_text(dialog)


def test_retired_means_every_day_the_same_hours(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    retired = button(dialog, QtWidgets.QRadioButton, "hours_retired")
    tabs = dialog.findChild(QtWidgets.QTabWidget, "tabs")
    assert tabs is not None
    tabs.setCurrentIndex(tab_index(dialog, retired))
    assert not retired.isChecked()  # Monday to Friday by default: someone who works
    assert not time_edit(dialog, "hours_every_day_start").isVisibleTo(dialog)
    retired.setChecked(True)
    assert time_edit(dialog, "hours_every_day_start").isVisibleTo(dialog)
    assert not time_edit(dialog, "hours_mon_0_start").isVisibleTo(dialog)
    # Every day, a waking day: reminders keep coming (no active hours would mean none at all).
    assert dialog._candidate()[0].active_hours == (((T(9, 0), T(20, 30)),),) * 7
    time_edit(dialog, "hours_every_day_end").setTime(QtCore.QTime(19, 0))
    saved = press_save(qtbot, dialog)
    assert saved.active_hours == (((T(9, 0), T(19, 0)),),) * 7

    again = make_dialog(qtbot, saved)  # shown as retired again
    assert button(again, QtWidgets.QRadioButton, "hours_retired").isChecked()
    assert time_edit(again, "hours_every_day_end").time() == QtCore.QTime(19, 0)
    button(again, QtWidgets.QRadioButton, "hours_work").setChecked(True)
    button(again, QtWidgets.QCheckBox, "hours_sun_off").setChecked(True)
    hours = press_save(qtbot, again).active_hours
    assert hours == (((T(9, 0), T(19, 0)),),) * 6 + ((),)


def test_tab_goes_left_to_right_through_a_day_also_after_adding_hours(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    with qtbot.waitExposed(dialog):
        dialog.show()
    tabs = dialog.findChild(QtWidgets.QTabWidget, "tabs")
    assert tabs is not None
    off = button(dialog, QtWidgets.QCheckBox, "hours_thu_off")
    tabs.setCurrentIndex(tab_index(dialog, off))
    button(dialog, QtWidgets.QPushButton, "hours_thu_add").click()
    expected = [
        time_edit(dialog, "hours_thu_0_start"),
        time_edit(dialog, "hours_thu_0_end"),
        button(dialog, QtWidgets.QPushButton, "hours_thu_0_remove"),
        time_edit(dialog, "hours_thu_1_start"),
        time_edit(dialog, "hours_thu_1_end"),
        button(dialog, QtWidgets.QPushButton, "hours_thu_1_remove"),
        button(dialog, QtWidgets.QPushButton, "hours_thu_add"),
        button(dialog, QtWidgets.QCheckBox, "hours_fri_off"),
    ]
    widget: QtWidgets.QWidget = off
    for want in expected:
        widget = need(widget.nextInFocusChain())
        # Skip the inner line edits of the time editors (focus goes to the editor itself).
        while (
            widget.focusProxy() is not None
            or not (widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus)
            or isinstance(widget.parentWidget(), QtWidgets.QAbstractSpinBox)
        ):
            widget = need(widget.nextInFocusChain())
        assert widget is want, (widget.objectName(), want.objectName())
