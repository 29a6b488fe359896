"""Tests for the Settings dialog (offscreen Qt, pytest-qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spasm_desktop.core import units
from spasm_desktop.core.settings import (
    INT_BOUNDS,
    BedtimeSettings,
    BusySettings,
    DeliveryMode,
    DeliverySettings,
    MoveSettings,
    PersonSettings,
    RoutineSettings,
    Settings,
    StretchSettings,
    WaterSettings,
)
from spasm_desktop.ui.setup.settings_dialog import SettingsDialog
from tests.gui.needed import char_click, need

T = dt.time


ROUTINES = (
    ("bedtime-core", "Bedtime calves and hamstrings", "bedtime"),
    ("desk-break", "Desk stretch break", "desk"),
    ("bedtime-extended", "Bedtime extended", "bedtime"),
    ("cramp-relief", "Cramp relief", "relief"),
    ("my-stretches", "My stretches", "other"),
)


def make_dialog(
    qtbot: QtBot,
    settings: Settings | None = None,
    *,
    activity: str | None = None,
    routines: tuple[tuple[str, str, str], ...] = (),
    cues: str | None = None,
) -> SettingsDialog:
    dialog = SettingsDialog(
        settings if settings is not None else Settings(),
        activity=activity,
        routines=routines,
        cues=cues,
    )
    qtbot.addWidget(dialog)
    return dialog


def spin(dialog: SettingsDialog, name: str) -> QtWidgets.QSpinBox:
    widget = dialog.findChild(QtWidgets.QSpinBox, name)
    assert widget is not None, name
    return widget


def volume(dialog: SettingsDialog, key: str) -> QtWidgets.QDoubleSpinBox:
    widget = dialog.findChild(QtWidgets.QDoubleSpinBox, f"water_{key}")
    assert widget is not None, key
    return widget


def tab_index(dialog: SettingsDialog, widget: QtWidgets.QWidget) -> int:
    """The index of the tab that holds ``widget`` (its pages scroll)."""
    tabs = dialog.findChild(QtWidgets.QTabWidget, "tabs")
    assert tabs is not None
    for index in range(tabs.count()):
        if need(tabs.widget(index)).isAncestorOf(widget):
            return index
    raise AssertionError(widget.objectName())


def check_box(dialog: SettingsDialog, name: str) -> QtWidgets.QCheckBox:
    widget = dialog.findChild(QtWidgets.QCheckBox, name)
    assert widget is not None, name
    return widget


def combo(dialog: SettingsDialog, name: str) -> QtWidgets.QComboBox:
    widget = dialog.findChild(QtWidgets.QComboBox, name)
    assert widget is not None, name
    return widget


def save_button(dialog: SettingsDialog) -> QtWidgets.QPushButton:
    box = dialog.findChild(QtWidgets.QDialogButtonBox)
    assert box is not None
    return box.button(QtWidgets.QDialogButtonBox.StandardButton.Save)


def problems_text(dialog: SettingsDialog) -> str:
    label = dialog.findChild(QtWidgets.QLabel, "problems")
    assert label is not None
    return label.text() if label.isVisibleTo(dialog) else ""


def press_save(qtbot: QtBot, dialog: SettingsDialog) -> Settings:
    button = save_button(dialog)
    assert button.isEnabled(), dialog.problems()
    with qtbot.waitSignal(dialog.settings_saved) as blocker:
        QTest.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
    saved = dialog.result_settings()
    assert saved is not None
    assert blocker.args == [saved]
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    return saved


# --- round trips -------------------------------------------------------------------------------


def test_defaults_round_trip_unchanged(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.problems() == []
    assert problems_text(dialog) == ""
    assert dialog.result_settings() is None
    assert press_save(qtbot, dialog) == Settings()


def test_every_setting_round_trips(qtbot: QtBot) -> None:
    settings = Settings(
        active_hours=(
            ((T(8, 0), T(12, 0)), (T(13, 30), T(17, 0))),
            (),
            ((T(22, 0), T(2, 0)),),
            ((T(7, 15), T(7, 45)),),
            (),
            ((T(10, 0), T(11, 0)),),
            (),
        ),
        water=WaterSettings(
            enabled=False,
            interval_min=45,
            glass_ml=300,
            goal_ml=1800,
            taper_min=120,
            fluid_limit_ml=1500,
        ),
        stretch=StretchSettings(enabled=False, interval_min=90),
        move=MoveSettings(enabled=True, interval_min=20, break_min=12),
        bedtime=BedtimeSettings(
            enabled=False, bedtime=T(23, 5), lead_min=40, days=frozenset({0, 2, 6})
        ),
        delivery=DeliverySettings(mode=DeliveryMode.POPUP, sound=True, popup_seconds=300),
        busy=BusySettings(system_dnd=False, fullscreen=False, meeting_apps=("zoom", "Teams")),
        routines=RoutineSettings(
            hold_s=30, bedtime="bedtime-extended", desk="my-stretches", sound=False, voice=True
        ),
        person=PersonSettings(pregnant=True, balance=True),
        unit=units.VolumeUnit.FL_OZ,
        start_at_login=True,
    )
    dialog = make_dialog(qtbot, settings, routines=ROUTINES)
    assert press_save(qtbot, dialog) == settings


@pytest.mark.parametrize(("pregnant", "balance"), [(True, False), (False, True), (True, True)])
def test_about_you_checkboxes_round_trip(qtbot: QtBot, pregnant: bool, balance: bool) -> None:
    # CONTENT.md §7a: what the person said about pregnancy and balance is kept.
    dialog = make_dialog(qtbot)
    for key, value in (("pregnant", pregnant), ("balance", balance)):
        box = dialog.findChild(QtWidgets.QCheckBox, f"person_{key}")
        assert box is not None
        assert not box.isChecked()
        box.setChecked(value)
        note = dialog.findChild(QtWidgets.QLabel, f"person_{key}_note")
        assert note is not None
        assert note.text() == box.accessibleDescription() != ""
    saved = press_save(qtbot, dialog)
    assert saved.person == PersonSettings(pregnant=pregnant, balance=balance)
    assert dataclasses.replace(saved, person=PersonSettings()) == Settings()
    again = make_dialog(qtbot, saved)
    for key, value in (("pregnant", pregnant), ("balance", balance)):
        box = again.findChild(QtWidgets.QCheckBox, f"person_{key}")
        assert box is not None
        assert box.isChecked() is value
    assert press_save(qtbot, again) == saved


def test_unticking_about_you_clears_it(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings(person=PersonSettings(pregnant=True, balance=True)))
    box = dialog.findChild(QtWidgets.QCheckBox, "person_pregnant")
    assert box is not None
    box.setChecked(False)
    assert press_save(qtbot, dialog).person == PersonSettings(pregnant=False, balance=True)


def test_the_hold_hint_says_the_bedtime_routine_keeps_10_seconds(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    hint = dialog.findChild(QtWidgets.QLabel, "routines_hold_hint")
    assert hint is not None
    assert "10 seconds" in hint.text()
    assert "every routine except" in hint.text()


def test_cancel_saves_nothing(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    spin(dialog, "water_interval_min").setValue(30)
    box = dialog.findChild(QtWidgets.QDialogButtonBox)
    assert box is not None
    cancel = box.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
    with qtbot.assertNotEmitted(dialog.settings_saved):
        QTest.mouseClick(cancel, QtCore.Qt.MouseButton.LeftButton)
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Rejected
    assert dialog.result_settings() is None


# --- water --------------------------------------------------------------------------------------


def test_editing_water_interval_and_glass_saves_them(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    interval = spin(dialog, "water_interval_min")
    interval.selectAll()
    QTest.keyClicks(interval, "45")  # typed, as a keyboard user would
    assert interval.value() == 45
    volume(dialog, "glass").setValue(300)

    saved = press_save(qtbot, dialog)

    assert saved.water == dataclasses.replace(Settings().water, interval_min=45, glass_ml=300)
    assert dataclasses.replace(saved, water=Settings().water) == Settings()


def test_fl_oz_shows_converted_values_and_saves_ml(qtbot: QtBot) -> None:
    settings = Settings(water=WaterSettings(goal_ml=2000), unit=units.VolumeUnit.FL_OZ)
    dialog = make_dialog(qtbot, settings)
    glass, goal = volume(dialog, "glass"), volume(dialog, "goal")
    assert glass.decimals() == 1
    assert "fl oz" in glass.suffix()
    assert glass.value() == pytest.approx(8.5)  # 250 ml
    assert goal.value() == pytest.approx(67.6)  # 2000 ml

    glass.setValue(10.0)
    saved = press_save(qtbot, dialog)

    assert saved.unit is units.VolumeUnit.FL_OZ
    assert saved.water.glass_ml == units.from_unit(10.0, units.VolumeUnit.FL_OZ) == 296
    assert saved.water.goal_ml == 2000  # not edited: no rounding drift


def test_switching_unit_converts_without_drift(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    glass, unit = volume(dialog, "glass"), combo(dialog, "unit")
    assert glass.decimals() == 0
    assert glass.value() == 250

    unit.setCurrentIndex(unit.findData(units.VolumeUnit.FL_OZ.value))
    assert glass.decimals() == 1
    assert glass.value() == pytest.approx(8.5)

    unit.setCurrentIndex(unit.findData(units.VolumeUnit.ML.value))
    assert glass.value() == 250
    assert press_save(qtbot, dialog) == Settings()


def test_more_than_a_litre_an_hour_disables_save(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    spin(dialog, "water_interval_min").setValue(15)
    volume(dialog, "glass").setValue(300)  # 1200 ml an hour

    assert not save_button(dialog).isEnabled()
    text = problems_text(dialog)
    assert text.startswith("Water:")
    assert "smaller glass" in text
    assert "longer interval" in text

    spin(dialog, "water_interval_min").setValue(20)  # 900 ml an hour
    assert save_button(dialog).isEnabled()
    assert problems_text(dialog) == ""


def test_fluid_limit_makes_water_log_only(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings(water=WaterSettings(goal_ml=2000)))
    limit_set, limit = check_box(dialog, "fluid_limit_set"), volume(dialog, "limit")
    caution = dialog.findChild(QtWidgets.QLabel, "fluid_caution")
    note = dialog.findChild(QtWidgets.QLabel, "log_only_note")
    assert caution is not None
    assert note is not None
    assert caution.wordWrap()
    assert "clinician" in caution.text()
    assert "ceiling, not a goal" in caution.text()
    assert not limit.isEnabled()
    assert note.isHidden()

    limit_set.setChecked(True)
    assert limit.isEnabled()
    # No goal and no drink reminders with a limit (CONTENT.md §7a): their controls rest.
    assert not check_box(dialog, "goal_set").isEnabled()
    assert not volume(dialog, "goal").isEnabled()
    assert not spin(dialog, "water_interval_min").isEnabled()
    suggestions = dialog.findChild(QtWidgets.QWidget, "goal_suggestions")
    assert suggestions is not None
    assert not suggestions.isEnabled()
    assert not note.isHidden()
    assert "No drink reminders and no goal" in note.text()
    limit.setValue(1500)
    saved = press_save(qtbot, dialog)

    assert saved.water.fluid_limit_ml == 1500
    assert saved.water.log_only
    assert saved.water.daily_goal_ml is None
    assert saved.water.goal_ml == 2000  # kept for if the limit is taken off


def test_no_goal_by_default_and_a_suggestion_sets_one(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    goal_set, goal = check_box(dialog, "goal_set"), volume(dialog, "goal")
    assert not goal_set.isChecked()
    assert not goal.isEnabled()
    assert press_save(qtbot, make_dialog(qtbot)).water.goal_ml is None
    # The suggestions name their sources (CONTENT.md §3.1: NHS [S19], US National Academies
    # [S17]) in a compact menu; nothing is chosen until one is picked.
    button = dialog.findChild(QtWidgets.QPushButton, "suggest_menu")
    assert button is not None
    assert button.accessibleName()
    assert button.menu() is not None
    assert "NHS" in button.toolTip()
    assert "6 to 8" in button.toolTip()
    entries = {a.objectName(): a.text() for a in button.menu().actions()}
    assert "6 to 8 glasses" in entries["suggest_2000"]
    assert "women" in entries["suggest_2200"]
    assert "men" in entries["suggest_3000"]
    women = next(a for a in button.menu().actions() if a.objectName() == "suggest_2200")
    women.trigger()
    assert goal_set.isChecked()
    assert goal.isEnabled()
    assert goal.value() == 2200
    assert press_save(qtbot, dialog).water.goal_ml == 2200


def test_unticking_the_goal_saves_no_goal(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings(water=WaterSettings(goal_ml=2400)))
    assert check_box(dialog, "goal_set").isChecked()
    check_box(dialog, "goal_set").setChecked(False)
    assert press_save(qtbot, dialog).water.goal_ml is None


def test_saving_keeps_what_the_person_said_about_themselves(qtbot: QtBot) -> None:
    settings = Settings(person=PersonSettings(pregnant=True, balance=True))
    assert press_save(qtbot, make_dialog(qtbot, settings)).person == settings.person


def test_unticking_the_fluid_limit_clears_it(qtbot: QtBot) -> None:
    settings = Settings(water=WaterSettings(fluid_limit_ml=1200))
    dialog = make_dialog(qtbot, settings)
    assert volume(dialog, "limit").isEnabled()
    check_box(dialog, "fluid_limit_set").setChecked(False)
    assert not volume(dialog, "limit").isEnabled()
    assert press_save(qtbot, dialog).water.fluid_limit_ml is None


# --- bedtime, notifications ---------------------------------------------------------------------


def test_bedtime_and_notifications_are_saved(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    time_edit = dialog.findChild(QtWidgets.QTimeEdit, "bedtime_time")
    assert time_edit is not None
    time_edit.setTime(QtCore.QTime(23, 15))
    check_box(dialog, "bedtime_sat").setChecked(False)
    check_box(dialog, "bedtime_sun").setChecked(False)
    mode = combo(dialog, "delivery_mode")
    mode.setCurrentIndex(mode.findData(DeliveryMode.NOTIFICATION.value))
    check_box(dialog, "delivery_sound").setChecked(True)
    check_box(dialog, "start_at_login").setChecked(True)
    spin(dialog, "delivery_popup_seconds").setValue(60)

    saved = press_save(qtbot, dialog)

    assert saved.bedtime.bedtime == T(23, 15)
    assert saved.bedtime.days == frozenset(range(5))
    assert saved.delivery == DeliverySettings(DeliveryMode.NOTIFICATION, True, 60)
    assert saved.start_at_login


@pytest.mark.parametrize("before", [None, True, False])
def test_the_morning_check_in_box_in_the_bedtime_group(qtbot: QtBot, before: bool | None) -> None:
    settings = Settings(bedtime=BedtimeSettings(checkin=before))
    dialog = make_dialog(qtbot, settings)
    box = check_box(dialog, "bedtime_checkin")
    assert box.isChecked() is bool(before)
    assert box.accessibleName()
    assert "&" in box.text()
    group = dialog.findChild(QtWidgets.QGroupBox, "bedtime")
    assert group is not None
    assert group.isAncestorOf(box)
    # left alone: saved as it was (a choice never made stays unmade)
    assert press_save(qtbot, dialog).bedtime.checkin is before
    dialog = make_dialog(qtbot, settings)
    check_box(dialog, "bedtime_checkin").setChecked(not before)
    assert press_save(qtbot, dialog).bedtime.checkin is (not before)


def test_break_minutes_are_saved_within_their_bounds(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    away = spin(dialog, "move_break_min")
    assert (away.minimum(), away.maximum()) == INT_BOUNDS["move.break_min"]
    assert away.value() == Settings().move.break_min
    away.selectAll()
    QTest.keyClicks(away, "10")
    assert press_save(qtbot, dialog).move == MoveSettings(break_min=10)


def activity_label(dialog: SettingsDialog) -> QtWidgets.QLabel:
    label = dialog.findChild(QtWidgets.QLabel, "activity")
    assert label is not None
    return label


def test_activity_label_names_the_detector(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, activity="Detecting activity with: X11")
    label = activity_label(dialog)
    assert label.text() == "Detecting activity with: X11"
    assert label.textFormat() == QtCore.Qt.TextFormat.PlainText
    assert label.accessibleName() == ""  # read by its text
    assert label.accessibleDescription() == "Activity detection"
    assert spin(dialog, "move_break_min").accessibleDescription() == label.text()


def test_activity_label_says_clock_time_without_a_detector(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)  # kept: the label goes with the dialog
    label = activity_label(dialog)
    assert label.wordWrap()
    assert label.text() == (
        "This desktop does not tell the app when you are away, so the move reminder counts "
        "clock time since your last break instead of time at the computer."
    )


# --- do not disturb -----------------------------------------------------------------------------


def apps_edit(dialog: SettingsDialog) -> QtWidgets.QPlainTextEdit:
    widget = dialog.findChild(QtWidgets.QPlainTextEdit, "busy_meeting_apps")
    assert widget is not None
    return widget


def test_meeting_apps_are_shown_one_per_line_and_cleaned(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, Settings(busy=BusySettings(meeting_apps=("zoom", "Teams"))))
    edit = apps_edit(dialog)
    assert edit.toPlainText() == "zoom\nTeams"
    assert edit.tabChangesFocus()  # no keyboard trap

    edit.clear()
    QTest.keyClicks(edit, "zoom")
    for line in ("Teams", "", "teams"):
        QTest.keyClick(edit, QtCore.Qt.Key.Key_Return)
        QTest.keyClicks(edit, line)
    assert edit.toPlainText() == "zoom\nTeams\n\nteams"
    assert press_save(qtbot, dialog).busy.meeting_apps == ("zoom", "Teams")


def test_restore_defaults_puts_back_the_default_programs(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    edit = apps_edit(dialog)
    edit.setPlainText("slack, obs")
    button = dialog.findChild(QtWidgets.QPushButton, "busy_meeting_apps_defaults")
    assert button is not None
    assert not button.autoDefault()  # Enter in the dialog never restores by accident
    QTest.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)
    assert edit.toPlainText() == "\n".join(BusySettings().meeting_apps)
    assert press_save(qtbot, dialog).busy == BusySettings()


def test_busy_checkboxes_map_to_the_settings(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    system_dnd, fullscreen = (
        check_box(dialog, "busy_system_dnd"),
        check_box(dialog, "busy_fullscreen"),
    )
    assert system_dnd.isChecked()
    assert fullscreen.isChecked()
    system_dnd.setChecked(False)
    saved = press_save(qtbot, dialog)
    assert saved.busy == BusySettings(system_dnd=False, fullscreen=True)

    dialog = make_dialog(qtbot, Settings(busy=BusySettings(system_dnd=False, fullscreen=False)))
    assert not check_box(dialog, "busy_system_dnd").isChecked()
    assert not check_box(dialog, "busy_fullscreen").isChecked()
    check_box(dialog, "busy_fullscreen").setChecked(True)
    assert press_save(qtbot, dialog).busy == BusySettings(system_dnd=False, fullscreen=True)


def test_too_long_or_too_many_program_names_disable_save(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    edit = apps_edit(dialog)
    edit.setPlainText("zoom\n" + "x" * 81)
    assert not save_button(dialog).isEnabled()
    assert "at most 80 characters" in problems_text(dialog)

    edit.setPlainText("\n".join(f"app{i}" for i in range(51)))
    assert not save_button(dialog).isEnabled()
    assert "at most 50 programs" in problems_text(dialog)

    edit.setPlainText("\n".join(f"app{i}" for i in range(50)) + "\nAPP0")  # a repeat
    assert save_button(dialog).isEnabled()
    assert len(press_save(qtbot, dialog).busy.meeting_apps) == 50


def test_when_tab_is_reachable_by_keyboard(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    tabs = dialog.findChild(QtWidgets.QTabWidget, "tabs")
    assert tabs is not None
    busy_index = tab_index(dialog, apps_edit(dialog))
    assert tabs.tabText(busy_index).replace("&", "") == "When"
    for _ in range(busy_index):
        QTest.keyClick(tabs, QtCore.Qt.Key.Key_Tab, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == busy_index

    # Its mnemonic is used by no other label or tab, nor by Save or Cancel where the desktop
    # gives them one ("&Save", "&Cancel" on GNOME and KDE).
    text = tabs.tabText(busy_index)
    key = text[text.index("&") + 1].lower()
    assert key not in "sc"
    others = [tabs.tabText(i) for i in range(tabs.count()) if i != busy_index]
    others += [label.text() for label in dialog.findChildren(QtWidgets.QLabel)]
    others += [box.text() for box in dialog.findChildren(QtWidgets.QAbstractButton)]
    others += [group.title() for group in dialog.findChildren(QtWidgets.QGroupBox)]
    assert all(f"&{key}" not in other.lower() for other in others)

    tabs.setCurrentIndex(0)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    char_click(dialog, key, QtCore.Qt.KeyboardModifier.AltModifier)
    assert tabs.currentIndex() == busy_index


def test_disabling_a_reminder_group(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    group = dialog.findChild(QtWidgets.QGroupBox, "stretch")
    assert group is not None
    group.setChecked(False)
    assert not spin(dialog, "stretch_interval_min").isEnabled()
    assert press_save(qtbot, dialog).stretch == StretchSettings(enabled=False)


# --- routines -----------------------------------------------------------------------------------


def combo_items(widget: QtWidgets.QComboBox) -> list[tuple[str, object]]:
    return [(widget.itemText(i), widget.itemData(i)) for i in range(widget.count())]


def cues_label(dialog: SettingsDialog) -> QtWidgets.QLabel:
    label = dialog.findChild(QtWidgets.QLabel, "routines_cues")
    assert label is not None
    return label


def test_hold_combo_offers_three_choices(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)  # kept: the combo box goes with the dialog
    hold = combo(dialog, "routines_hold")
    assert [data for _text, data in combo_items(hold)] == [0, 30, 45]
    assert hold.currentData() == 0
    assert "10 s" in hold.itemText(0)
    assert "older adults" in hold.itemText(2)
    hint = hold.accessibleDescription()
    assert "older adults" in hint
    assert "10 seconds" in hint


@pytest.mark.parametrize("seconds", [0, 30, 45])
def test_hold_choice_round_trips(qtbot: QtBot, seconds: int) -> None:
    dialog = make_dialog(qtbot, Settings(routines=RoutineSettings(hold_s=seconds)))
    hold = combo(dialog, "routines_hold")
    assert hold.currentData() == seconds
    assert press_save(qtbot, dialog).routines.hold_s == seconds

    dialog = make_dialog(qtbot)
    hold = combo(dialog, "routines_hold")
    hold.setCurrentIndex(hold.findData(seconds))
    saved = press_save(qtbot, dialog)
    assert saved == dataclasses.replace(Settings(), routines=RoutineSettings(hold_s=seconds))


def test_routine_combos_list_routines_by_purpose(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, routines=ROUTINES)
    bedtime, desk = combo(dialog, "routines_bedtime"), combo(dialog, "routines_desk")
    assert combo_items(bedtime) == [
        ("Bedtime calves and hamstrings", "bedtime-core"),
        ("Bedtime extended", "bedtime-extended"),
    ]
    assert combo_items(desk) == [
        ("Desk stretch break", "desk-break"),
        ("My stretches", "my-stretches"),  # the person's own routines can be chosen too
    ]
    assert bedtime.currentData() == "bedtime-core"
    assert desk.currentData() == "desk-break"
    assert dialog.problems() == []

    bedtime.setCurrentIndex(bedtime.findData("bedtime-extended"))
    desk.setCurrentIndex(desk.findData("my-stretches"))
    saved = press_save(qtbot, dialog)
    assert saved.routines == RoutineSettings(bedtime="bedtime-extended", desk="my-stretches")
    assert dataclasses.replace(saved, routines=RoutineSettings()) == Settings()


def test_a_missing_saved_routine_is_kept(qtbot: QtBot) -> None:
    settings = Settings(routines=RoutineSettings(desk="deleted-one", bedtime="desk-break"))
    dialog = make_dialog(qtbot, settings, routines=ROUTINES)
    desk, bedtime = combo(dialog, "routines_desk"), combo(dialog, "routines_bedtime")
    assert desk.currentText() == "(missing: deleted-one)"
    assert desk.currentData() == "deleted-one"
    assert desk.count() == 3
    # A saved routine of another purpose is shown by its name, not as missing.
    assert bedtime.currentText() == "Desk stretch break"
    assert dialog.problems() == []
    assert press_save(qtbot, dialog) == settings

    dialog = make_dialog(qtbot, settings, routines=ROUTINES)
    desk = combo(dialog, "routines_desk")
    desk.setCurrentIndex(desk.findData("desk-break"))
    assert press_save(qtbot, dialog).routines.desk == "desk-break"


def test_without_routines_the_saved_ids_are_offered(qtbot: QtBot) -> None:
    settings = Settings(routines=RoutineSettings(bedtime="bedtime-extended"))
    dialog = make_dialog(qtbot, settings)
    assert combo_items(combo(dialog, "routines_bedtime")) == [
        ("bedtime-extended", "bedtime-extended")
    ]
    assert combo_items(combo(dialog, "routines_desk")) == [("desk-break", "desk-break")]
    assert press_save(qtbot, dialog) == settings


def test_sound_and_voice_checkboxes_map(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    sound, voice = check_box(dialog, "routines_sound"), check_box(dialog, "routines_voice")
    assert sound.isChecked()
    assert not voice.isChecked()
    sound.setChecked(False)
    voice.setChecked(True)
    assert press_save(qtbot, dialog).routines == RoutineSettings(sound=False, voice=True)

    dialog = make_dialog(qtbot, Settings(routines=RoutineSettings(sound=False, voice=True)))
    assert not check_box(dialog, "routines_sound").isChecked()
    assert check_box(dialog, "routines_voice").isChecked()
    check_box(dialog, "routines_voice").setChecked(False)
    assert press_save(qtbot, dialog).routines == RoutineSettings(sound=False, voice=False)


def test_cues_label_shows_the_given_text(qtbot: QtBot) -> None:
    cues = "Sound: paplay. Speech: not available on this computer (install espeak-ng)"
    dialog = make_dialog(qtbot, cues=cues)
    label = cues_label(dialog)
    assert label.text() == cues
    assert label.wordWrap()
    assert label.textFormat() == QtCore.Qt.TextFormat.PlainText
    assert label.accessibleName() == ""  # read by its text
    assert label.accessibleDescription() == "Sound and speech"
    assert check_box(dialog, "routines_voice").accessibleDescription() == cues


def test_cues_label_without_a_check_says_when_it_happens(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)  # kept: the label goes with the dialog
    label = cues_label(dialog)
    assert label.text() == "Sound and speech are checked when a routine first plays."


def test_routines_tab_is_reachable_by_keyboard(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, routines=ROUTINES)
    tabs = dialog.findChild(QtWidgets.QTabWidget, "tabs")
    assert tabs is not None
    index = tab_index(dialog, combo(dialog, "routines_hold"))
    assert tabs.tabText(index).replace("&", "") == "Routines"
    for _ in range(index):
        QTest.keyClick(tabs, QtCore.Qt.Key.Key_Tab, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == index

    tabs.setCurrentIndex(0)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    text = tabs.tabText(index)
    char_click(dialog, text[text.index("&") + 1].lower(), QtCore.Qt.KeyboardModifier.AltModifier)
    assert tabs.currentIndex() == index

    # Its own mnemonics work on it: Alt+H goes to the hold choice.
    char_click(dialog, "h", QtCore.Qt.KeyboardModifier.AltModifier)
    assert QtWidgets.QApplication.focusWidget() is combo(dialog, "routines_hold")


def _mnemonic(text: str) -> str | None:
    """The letter after a single "&" in ``text`` (None without one)."""
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


def test_no_mnemonic_clashes(qtbot: QtBot) -> None:
    """A tab's letter is used nowhere else; a control's letter is unique on its tab.

    Save and Cancel get "&Save" and "&Cancel" on GNOME and KDE, so new letters avoid S and C.
    """
    dialog = make_dialog(qtbot, routines=ROUTINES)
    tabs = dialog.findChild(QtWidgets.QTabWidget, "tabs")
    assert tabs is not None
    tab_keys = [_mnemonic(tabs.tabText(i)) for i in range(tabs.count())]
    assert None not in tab_keys
    assert len(set(tab_keys)) == len(tab_keys)
    assert not set("sc") & set(tab_keys)
    for i in range(tabs.count()):
        page = tabs.widget(i)
        assert page is not None
        texts = [label.text() for label in page.findChildren(QtWidgets.QLabel)]
        texts += [box.text() for box in page.findChildren(QtWidgets.QAbstractButton)]
        texts += [group.title() for group in page.findChildren(QtWidgets.QGroupBox)]
        keys = [key for key in map(_mnemonic, texts) if key is not None]
        assert len(set(keys)) == len(keys), (tabs.tabText(i), keys)
        assert not set(keys) & set(tab_keys), (tabs.tabText(i), keys)
        if page.findChild(QtWidgets.QComboBox, "routines_hold") is not None:
            assert not set(keys) & set("sc"), keys


# --- ask() --------------------------------------------------------------------------------------


@pytest.mark.parametrize("accept", [True, False])
def test_ask(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, accept: bool) -> None:
    def fake_exec(dialog: SettingsDialog) -> int:
        qtbot.addWidget(dialog)
        spin(dialog, "move_interval_min").setValue(45)
        if accept:
            save_button(dialog).click()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    result = SettingsDialog.ask(Settings())
    if accept:
        assert result == dataclasses.replace(Settings(), move=MoveSettings(interval_min=45))
    else:
        assert result is None


def test_ask_passes_the_activity_text(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []

    def fake_exec(dialog: SettingsDialog) -> int:
        qtbot.addWidget(dialog)
        shown.append(activity_label(dialog).text())
        return QtWidgets.QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    assert SettingsDialog.ask(Settings(), None, activity="Detecting activity with: X11") is None
    assert shown == ["Detecting activity with: X11"]


def test_ask_passes_routines_and_cues(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    def fake_exec(dialog: SettingsDialog) -> int:
        qtbot.addWidget(dialog)
        assert cues_label(dialog).text() == "Sound: paplay."
        desk = combo(dialog, "routines_desk")
        assert desk.count() == 2
        desk.setCurrentIndex(desk.findData("my-stretches"))
        save_button(dialog).click()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    result = SettingsDialog.ask(Settings(), routines=ROUTINES, cues="Sound: paplay.")
    assert result == dataclasses.replace(Settings(), routines=RoutineSettings(desk="my-stretches"))


# --- accessibility and looks --------------------------------------------------------------------


def _inside_compound(widget: QtWidgets.QWidget, dialog: SettingsDialog) -> bool:
    """True for the inner parts of a spin box or combo box (named at the outer control)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_input_has_an_accessible_name(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, routines=ROUTINES)
    inputs = [
        widget
        for widget in dialog.findChildren(QtWidgets.QWidget)
        if not _inside_compound(widget, dialog)
        and (
            widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
            or isinstance(
                widget,
                QtWidgets.QAbstractSpinBox
                | QtWidgets.QComboBox
                | QtWidgets.QLineEdit
                | QtWidgets.QCheckBox
                | QtWidgets.QPushButton,
            )
        )
    ]
    # 7 spin boxes, 3 volumes, 1 time, 7 day texts, 14 check boxes, 4 groups, 5 combos,
    # 1 program list, 3 buttons and the tab bar: the walk really found the controls.
    assert len(inputs) >= 46, [w.objectName() for w in inputs]
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in inputs if not w.accessibleName()]
    assert unnamed == []
    for name in (
        "activity",
        "busy_intro",
        "busy_apps_hint",
        "busy_tray_note",
        "routines_hold_hint",
        "routines_cues",
    ):
        # A label is read by its text: a name of its own would hide it (it says what the label
        # is about in its description instead).
        label = dialog.findChild(QtWidgets.QLabel, name)
        assert label is not None, name
        assert label.text(), name
        assert label.accessibleName() == "", name
        assert label.accessibleDescription(), name


def test_labels_have_buddies(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    for label in dialog.findChildren(QtWidgets.QLabel):
        if "&" in label.text():
            assert label.buddy() is not None, label.text()


def test_problem_label_follows_dark_palette(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    label = dialog.findChild(QtWidgets.QLabel, "problems")
    assert label is not None
    assert label.font().bold()
    dark = QtGui.QPalette(QtGui.QColor(40, 40, 40))
    dialog.setPalette(dark)
    colour = label.palette().color(QtGui.QPalette.ColorRole.WindowText)
    assert colour.lightness() > dark.color(QtGui.QPalette.ColorRole.Window).lightness() + 60


def test_run_the_welcome_again(qtbot: QtBot) -> None:
    from spasm_desktop.core.settings import Settings as _Settings
    from spasm_desktop.ui.setup.settings_dialog import SettingsDialog as _Dialog

    asked = []
    dialog = _Dialog(_Settings(), welcome=lambda: asked.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.welcome_button is not None
    assert dialog.welcome_button.accessibleName()
    dialog.welcome_button.click()
    qtbot.waitUntil(lambda: asked == [True])
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Rejected
    plain = _Dialog(_Settings())
    qtbot.addWidget(plain)
    assert plain.welcome_button is None
