"""Tests for the reminder pop-up (offscreen Qt, pytest-qt)."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6 import QtCore, QtGui, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core import units
from spasm_desktop.core.reminders import SNOOZE_CHOICES_MIN, Outcome, ReminderKind
from spasm_desktop.core.settings import DeliverySettings, Settings, WaterSettings
from spasm_desktop.ui.common import text
from spasm_desktop.ui.reminders.popup import ReminderPopup

K = ReminderKind
ALL_KINDS = [K.WATER, K.STRETCH, K.MOVE, K.BEDTIME]


def make_popup(
    qtbot: QtBot,
    kinds: list[ReminderKind],
    settings: Settings | None = None,
    water_today_ml: int = 500,
    *,
    show: bool = True,
) -> ReminderPopup:
    popup = ReminderPopup(kinds, settings if settings is not None else Settings(), water_today_ml)
    qtbot.addWidget(popup)
    if show:
        popup.show_in_corner()
    return popup


def primary(popup: ReminderPopup, kind: ReminderKind) -> QtWidgets.QPushButton:
    button = popup.findChild(QtWidgets.QPushButton, f"primary_{kind.value}")
    assert button is not None, kind
    return button


def details(popup: ReminderPopup, kind: ReminderKind) -> QtWidgets.QLabel:
    label = popup.findChild(QtWidgets.QLabel, f"details_{kind.value}")
    assert label is not None, kind
    return label


NBSP = "\N{NO-BREAK SPACE}"


def own(popup: ReminderPopup, which: str, kind: ReminderKind) -> QtWidgets.QPushButton:
    """A reminder's own snooze or skip button in a combined pop-up."""
    button = popup.findChild(QtWidgets.QPushButton, f"{which}_{kind.value}")
    assert button is not None, (which, kind)
    return button


def snooze_actions(popup: ReminderPopup) -> list[QtGui.QAction]:
    menu = popup.snooze_button.menu()
    assert menu is not None
    return [a for a in menu.actions() if not a.isSeparator()]


# --- single water pop-up ----------------------------------------------------------------------


def test_water_primary_button_answers_done_and_closes(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER])
    assert popup.isVisible()
    with qtbot.waitSignal(popup.answered) as blocker:
        primary(popup, K.WATER).click()
    assert blocker.args == [[K.WATER], Outcome.DONE, None]
    assert not popup.isVisible()
    assert popup.open_kinds == []


def test_closed_popup_is_deleted(qtbot: QtBot) -> None:
    """WA_DeleteOnClose: the app relies on ``destroyed`` to forget the pop-up."""
    popup = make_popup(qtbot, [K.WATER])
    assert popup.testAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
    with qtbot.waitSignal(popup.destroyed):
        primary(popup, K.WATER).click()


def test_snooze_menu_offers_the_snooze_choices(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER])
    labels = [a.text() for a in snooze_actions(popup)]
    assert labels == [f"{m} minutes" for m in SNOOZE_CHOICES_MIN]
    assert SNOOZE_CHOICES_MIN == (5, 10, 15)


@pytest.mark.parametrize(("index", "minutes"), list(enumerate(SNOOZE_CHOICES_MIN)))
def test_snooze_actions_answer_snoozed(qtbot: QtBot, index: int, minutes: int) -> None:
    popup = make_popup(qtbot, [K.WATER, K.MOVE])
    with qtbot.waitSignal(popup.answered) as blocker:
        snooze_actions(popup)[index].trigger()
    assert blocker.args == [[K.WATER, K.MOVE], Outcome.SNOOZED, minutes]
    assert not popup.isVisible()


def test_skip_answers_skipped_for_all_open_kinds(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER, K.STRETCH, K.MOVE])
    with qtbot.waitSignal(popup.answered) as blocker:
        popup.skip_button.click()
    assert blocker.args == [[K.WATER, K.STRETCH, K.MOVE], Outcome.SKIPPED, None]
    assert not popup.isVisible()


# --- combined pop-up ---------------------------------------------------------------------------


def test_combined_answer_one_then_skip_the_rest(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER, K.STRETCH, K.MOVE])
    answers: list[list[object]] = []
    popup.answered.connect(lambda *args: answers.append(list(args)))

    with qtbot.waitSignal(popup.answered) as blocker:
        primary(popup, K.WATER).click()
    assert blocker.args == [[K.WATER], Outcome.DONE, None]
    assert popup.isVisible()
    assert popup.open_kinds == [K.STRETCH, K.MOVE]
    assert not primary(popup, K.WATER).isEnabled()
    assert primary(popup, K.STRETCH).isEnabled()
    assert primary(popup, K.MOVE).isEnabled()
    assert popup.snooze_button.isEnabled()

    # A second click on the answered row does nothing.
    popup.act(K.WATER)

    with qtbot.waitSignal(popup.answered) as blocker:
        popup.skip_button.click()
    assert blocker.args == [[K.STRETCH, K.MOVE], Outcome.SKIPPED, None]
    assert not popup.isVisible()
    # Closing did not add an "ignored" answer for anything.
    assert answers == [
        [[K.WATER], Outcome.DONE, None],
        [[K.STRETCH, K.MOVE], Outcome.SKIPPED, None],
    ]


def test_only_a_single_reminder_has_a_default_button(qtbot: QtBot) -> None:
    single = make_popup(qtbot, [K.MOVE], show=False)
    assert primary(single, K.MOVE).isDefault()
    combined = make_popup(qtbot, [K.WATER, K.MOVE], show=False)
    assert not primary(combined, K.WATER).isDefault()
    assert not primary(combined, K.MOVE).isDefault()


# --- stretch and bedtime: "show me" --------------------------------------------------------------


def test_stretch_show_me_reveals_steps_and_stays_open(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.STRETCH])
    label = details(popup, K.STRETCH)
    assert not label.isVisible()
    assert popup._timer.isActive()

    with qtbot.waitSignal(popup.answered) as blocker:
        primary(popup, K.STRETCH).click()
    assert blocker.args == [[K.STRETCH], Outcome.DONE, None]

    assert label.isVisible()
    assert text.stretch_safety() in label.text()
    assert label.text().startswith("1. " + text.stretch_steps()[0])
    assert f"{len(text.stretch_steps())}. " in label.text()
    # Stays open while the person follows the steps; the auto-close is off.
    assert popup.isVisible()
    assert not popup._timer.isActive()
    assert not primary(popup, K.STRETCH).isEnabled()
    # Nothing is left to answer: snooze is off, skip became "Close".
    assert not popup.snooze_button.isEnabled()
    assert popup.skip_button.text().replace("&", "") == "Close"
    assert popup.skip_button.accessibleName() == "Close"

    with qtbot.assertNotEmitted(popup.answered):
        popup.skip_button.click()
    assert not popup.isVisible()


def test_bedtime_routine_reveals_bedtime_steps(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.BEDTIME])
    with qtbot.waitSignal(popup.answered) as blocker:
        primary(popup, K.BEDTIME).click()
    assert blocker.args == [[K.BEDTIME], Outcome.DONE, None]
    label = details(popup, K.BEDTIME)
    assert label.isVisible()
    assert label.text().startswith("1. " + text.bedtime_steps()[0])
    assert text.stretch_safety() in label.text()
    assert popup.isVisible()


def test_bedtime_only_popup_offers_skip_tonight(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.BEDTIME])
    assert popup.skip_button.text().replace("&", "") == "Skip tonight"
    assert popup.skip_button.accessibleName() == "Skip tonight"
    with qtbot.waitSignal(popup.answered) as blocker:
        popup.skip_button.click()
    assert blocker.args == [[K.BEDTIME], Outcome.SKIPPED, None]


def test_skip_is_skip_all_when_bedtime_comes_with_others(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER, K.BEDTIME], show=False)
    assert popup.skip_button.text().replace("&", "") == "Skip all"
    assert popup.snooze_button.text().replace("&", "") == "Snooze all"
    # Bedtime's own skip keeps its meaning.
    assert own(popup, "skip", K.BEDTIME).text() == "Skip tonight"


# --- auto-close and escape ---------------------------------------------------------------------


def test_expire_answers_ignored_for_open_kinds(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER, K.STRETCH, K.MOVE])
    with qtbot.waitSignal(popup.answered):
        primary(popup, K.MOVE).click()
    with qtbot.waitSignal(popup.answered) as blocker:
        popup.expire()
    assert blocker.args == [[K.WATER, K.STRETCH], Outcome.IGNORED, None]
    assert not popup.isVisible()


def test_the_pop_up_waits_while_the_keyboard_is_in_it(qtbot: QtBot) -> None:
    # Someone who reached the pop-up by keyboard (tray, or `spasm-desktop reminder`) and is
    # reading it has not missed it.
    popup = make_popup(qtbot, [K.WATER, K.STRETCH])
    popup.take_keyboard()
    qtbot.waitUntil(popup.isActiveWindow)
    answers: list[object] = []
    popup.answered.connect(lambda *args: answers.append(args))
    popup.expire()
    assert answers == []
    assert popup.isVisible()
    assert popup._timer.isActive()
    other = QtWidgets.QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not popup.isActiveWindow())
    with qtbot.waitSignal(popup.answered) as blocker:
        popup.expire()
    assert blocker.args == [[K.WATER, K.STRETCH], Outcome.IGNORED, None]


def test_auto_close_timer_expires_the_popup(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER, K.STRETCH])
    assert popup._timer.isActive()
    with qtbot.waitSignal(popup.answered, timeout=5000) as blocker:
        popup._timer.setInterval(20)  # restarts the running timer with a short interval
    assert blocker.args == [[K.WATER, K.STRETCH], Outcome.IGNORED, None]


@pytest.mark.parametrize("seconds", [15, 120, 900])
def test_auto_close_interval_follows_settings(qtbot: QtBot, seconds: int) -> None:
    settings = Settings(delivery=DeliverySettings(popup_seconds=seconds))
    popup = make_popup(qtbot, [K.WATER], settings, show=False)
    timers = popup.findChildren(QtCore.QTimer)
    assert popup._timer in timers
    assert popup._timer.interval() == seconds * 1000
    assert popup._timer.isSingleShot()
    assert not popup._timer.isActive()
    popup.show_in_corner()
    assert popup._timer.isActive()


def test_escape_answers_ignored(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER, K.MOVE])
    with qtbot.waitSignal(popup.answered) as blocker:
        QtTest.QTest.keyClick(popup, QtCore.Qt.Key.Key_Escape)
    assert blocker.args == [[K.WATER, K.MOVE], Outcome.IGNORED, None]
    assert not popup.isVisible()


def test_closing_by_window_manager_answers_ignored(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.STRETCH])
    with qtbot.waitSignal(popup.answered) as blocker:
        popup.close()
    assert blocker.args == [[K.STRETCH], Outcome.IGNORED, None]


# --- window behaviour, texts, accessibility -----------------------------------------------------


def test_window_does_not_take_focus_and_stays_on_top(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER], show=False)
    assert popup.testAttribute(QtCore.Qt.WidgetAttribute.WA_ShowWithoutActivating)
    flags = popup.windowFlags()
    assert popup.windowType() == QtCore.Qt.WindowType.Tool
    assert flags & QtCore.Qt.WindowType.WindowStaysOnTopHint
    assert flags & QtCore.Qt.WindowType.FramelessWindowHint


def test_water_row_shows_fluid_caution_with_a_limit(qtbot: QtBot) -> None:
    settings = Settings(water=WaterSettings(goal_ml=2000, fluid_limit_ml=1500))
    popup = make_popup(qtbot, [K.WATER], settings)
    label = details(popup, K.WATER)
    assert label.isVisible()
    assert label.text() == text.fluid_caution()
    labels = [w.text() for w in popup.findChildren(QtWidgets.QLabel)]
    assert text.body(K.WATER, settings, 500) in labels
    assert any("limit" in t for t in labels)


def test_water_row_has_no_caution_without_a_limit(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER])
    label = details(popup, K.WATER)
    assert not label.isVisible()
    assert label.text() == ""


def test_fluid_limit_text_does_not_call_the_goal_a_limit() -> None:
    settings = Settings(water=WaterSettings(goal_ml=2000, fluid_limit_ml=2500))
    body = text.body(K.WATER, settings, 500)
    assert text.volume(2000, units.VolumeUnit.ML) + " limit" not in body


def test_water_text_in_fl_oz(qtbot: QtBot) -> None:
    settings = dataclasses.replace(Settings(), unit=units.VolumeUnit.FL_OZ)
    popup = make_popup(qtbot, [K.WATER], settings, water_today_ml=500, show=False)
    labels = " ".join(w.text() for w in popup.findChildren(QtWidgets.QLabel))
    assert text.volume(250, units.VolumeUnit.FL_OZ).replace(" ", NBSP) in labels
    assert " ml" not in labels


def test_every_button_has_an_accessible_name(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, ALL_KINDS)
    buttons = popup.findChildren(QtWidgets.QPushButton)
    # Per reminder: its main action, snooze and skip; then "Snooze all" and "Skip all".
    assert len(buttons) == 3 * len(ALL_KINDS) + 2
    for button in buttons:
        assert button.accessibleName(), button.text()
        assert "&" not in button.accessibleName()
    assert popup.accessibleName()
    # Still true once everything is answered and skip turned into close.
    for kind in ALL_KINDS:
        popup.act(kind)
    assert popup.isVisible()
    for button in popup.findChildren(QtWidgets.QPushButton):
        assert button.accessibleName(), button.text()


# --- layout after "show me" ---------------------------------------------------------------------


def settle() -> None:
    """Deliver the posted layout requests, so geometries are final."""
    QtWidgets.QApplication.sendPostedEvents()


def fits_its_text(label: QtWidgets.QLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def on_screen(popup: ReminderPopup) -> bool:
    screen = popup.screen()
    return screen.availableGeometry().contains(popup.frameGeometry())


def test_popup_is_shown_on_screen_with_room_for_its_text(qtbot: QtBot) -> None:
    settings = Settings(water=WaterSettings(fluid_limit_ml=1500))
    popup = make_popup(qtbot, [K.WATER, K.STRETCH], settings)
    settle()
    assert on_screen(popup)
    assert fits_its_text(details(popup, K.WATER))


@pytest.mark.parametrize("kinds", [[K.STRETCH], [K.WATER, K.STRETCH, K.MOVE, K.BEDTIME]])
def test_show_me_gives_the_steps_room(qtbot: QtBot, kinds: list[ReminderKind]) -> None:
    popup = make_popup(qtbot, kinds)
    primary(popup, K.STRETCH).click()
    settle()
    assert fits_its_text(details(popup, K.STRETCH))


def test_show_me_keeps_the_popup_on_screen(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.STRETCH])
    settle()
    assert on_screen(popup)
    primary(popup, K.STRETCH).click()
    settle()
    assert on_screen(popup)


# --- the binding itself -------------------------------------------------------------------------


# --- when to get help ---------------------------------------------------------------------------


def test_when_to_get_help_shows_the_two_urgent_tiers_of_the_one_list(qtbot: QtBot) -> None:
    from spasm_desktop.core.relief import Tier
    from spasm_desktop.storage.relief import load_relief

    flags = load_relief()[0].red_flags
    assert flags is not None
    popup = ReminderPopup([K.STRETCH], Settings(), 0, red_flags=flags)
    qtbot.addWidget(popup)
    popup.show_in_corner()
    assert popup.help_button.isVisible()
    assert not popup.red_flags.isVisible()
    popup.help_button.click()
    shown = popup.red_flags.text()
    assert shown.startswith(text.tier_heading(Tier.EMERGENCY))
    assert text.tier_heading(Tier.TODAY) in shown
    for flag in flags.tier(Tier.EMERGENCY) + flags.tier(Tier.TODAY):
        assert f"• {flag.text}" in shown
    assert text.tier_heading(Tier.SOON) not in shown


def test_when_to_get_help_never_disappears_without_the_list(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.MOVE])  # no list given (or it could not be read)
    assert popup.help_button.isVisible()
    popup.help_button.click()
    assert popup.red_flags.isVisible()
    assert popup.red_flags.text().splitlines() == [
        text.minimal_emergency(),
        text.flags_not_loaded(),
    ]


# --- a combined pop-up: each reminder answered on its own ------------------------------------


def test_a_single_reminder_has_no_buttons_of_its_own_besides_the_main_one(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER], show=False)
    assert popup.findChild(QtWidgets.QPushButton, "snooze_water") is None
    assert popup.findChild(QtWidgets.QPushButton, "skip_water") is None
    assert popup.skip_button.text().replace("&", "") == "Skip"


def test_each_reminder_in_a_combined_popup_has_its_own_snooze_and_skip(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER, K.MOVE, K.BEDTIME])
    answers: list[list[object]] = []
    popup.answered.connect(lambda *args: answers.append(list(args)))
    # Each button says what it applies to, for a screen reader too, and sits in its reminder's box.
    for kind in (K.WATER, K.MOVE, K.BEDTIME):
        row = popup.findChild(QtWidgets.QFrame, f"row_{kind.value}")
        for which in ("snooze", "skip"):
            button = own(popup, which, kind)
            assert text.kind_name(kind) in button.accessibleName()
            assert row is not None
            assert row.isAncestorOf(button)

    # Snooze the move reminder alone, for the second choice.
    menu = own(popup, "snooze", K.MOVE).menu()
    assert menu is not None
    menu.actions()[1].trigger()
    assert answers == [[[K.MOVE], Outcome.SNOOZED, SNOOZE_CHOICES_MIN[1]]]
    assert popup.isVisible()
    assert popup.open_kinds == [K.WATER, K.BEDTIME]
    assert not own(popup, "snooze", K.MOVE).isEnabled()
    assert not primary(popup, K.MOVE).isEnabled()
    assert own(popup, "snooze", K.WATER).isEnabled()

    # Skip bedtime alone (tonight), then water is done: nothing is left, the pop-up closes.
    own(popup, "skip", K.BEDTIME).click()
    assert answers[-1] == [[K.BEDTIME], Outcome.SKIPPED, None]
    assert popup.isVisible()
    assert popup.open_kinds == [K.WATER]
    primary(popup, K.WATER).click()
    assert answers[-1] == [[K.WATER], Outcome.DONE, None]
    assert not popup.isVisible()
    assert len(answers) == 3  # closing answered nothing more


def test_snooze_all_in_a_combined_popup_snoozes_only_the_open_ones(qtbot: QtBot) -> None:
    popup = make_popup(qtbot, [K.WATER, K.STRETCH, K.MOVE])
    own(popup, "skip", K.WATER).click()
    with qtbot.waitSignal(popup.answered) as blocker:
        snooze_actions(popup)[0].trigger()
    assert blocker.args == [[K.STRETCH, K.MOVE], Outcome.SNOOZED, SNOOZE_CHOICES_MIN[0]]
    assert not popup.isVisible()


def test_amounts_in_a_water_reminder_never_break_across_lines(qtbot: QtBot) -> None:
    for unit in units.VolumeUnit:
        settings = dataclasses.replace(Settings(), unit=unit)
        body = text.body(K.WATER, settings, 0)
        zero = text.volume(0, unit)
        assert " " in zero
        assert zero.replace(" ", NBSP) in body
        assert zero not in body


def test_help_under_water_and_bedtime_is_a_calm_pointer_not_the_signs(qtbot: QtBot) -> None:
    from spasm_desktop.core.relief import Tier
    from spasm_desktop.storage.relief import load_relief
    from spasm_desktop.ui.reminders.popup import help_pointer

    flags = load_relief()[0].red_flags
    assert flags is not None
    for kinds in ([K.WATER], [K.BEDTIME], [K.WATER, K.BEDTIME]):
        popup = ReminderPopup(kinds, Settings(), 0, red_flags=flags)
        qtbot.addWidget(popup)
        popup.show_in_corner()
        popup.help_button.click()
        shown = popup.red_flags.text()
        assert shown == help_pointer()
        assert "\n" not in shown
        assert "Cramp now" in shown
        assert "Learn about cramps" in shown
        assert text.tier_heading(Tier.EMERGENCY) not in shown
        assert all(flag.text not in shown for flag in flags.flags)
    # With a stretch or move reminder among them, the urgent signs are still there.
    popup = ReminderPopup([K.WATER, K.MOVE], Settings(), 0, red_flags=flags)
    qtbot.addWidget(popup)
    assert text.tier_heading(Tier.EMERGENCY) in popup.red_flags.text()
