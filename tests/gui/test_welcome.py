"""The welcome wizard (offscreen Qt, pytest-qt), driven without exec()."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6 import QtCore, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core import units
from spasm_desktop.core.settings import (
    BedtimeSettings,
    MoveSettings,
    PersonSettings,
    RoutineSettings,
    Settings,
    WaterSettings,
    validate,
)
from spasm_desktop.ui.setup.welcome import SKIPPED, WelcomeWizard
from tests.gui.needed import need

T = dt.time
Button = QtWidgets.QWizard.WizardButton
W = TypeVar("W", bound=QtCore.QObject)
PAGES = 6
#: QWizard's own buttons that this wizard never shows.
UNUSED_WIZARD_BUTTONS = {"qt_wizard_commit", "qt_wizard_help", "qt_wizard_cancel"}


def make(
    qtbot: QtBot,
    settings: Settings | None = None,
    show_sample: Callable[[], None] | None = None,
) -> WelcomeWizard:
    wizard = WelcomeWizard(settings if settings is not None else Settings(), show_sample)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def child(wizard: WelcomeWizard, kind: type[W], name: str) -> W:
    widget = wizard.findChild(kind, name)
    assert widget is not None, name
    return widget


def go_to(wizard: WelcomeWizard, index: int) -> None:
    while wizard.currentId() < index:
        wizard.next()
    assert wizard.currentId() == index


def finish(qtbot: QtBot, wizard: WelcomeWizard) -> None:
    go_to(wizard, PAGES - 1)
    with qtbot.waitSignal(wizard.accepted, timeout=1000):
        wizard.button(Button.FinishButton).click()


def test_finishing_without_changes_keeps_the_settings(qtbot: QtBot) -> None:
    settings = Settings(move=MoveSettings(interval_min=45), start_at_login=True)
    wizard = make(qtbot, settings)
    finish(qtbot, wizard)
    assert wizard.result_settings == settings
    assert wizard.skipped is False


def test_finishing_with_answers_returns_those_settings(qtbot: QtBot) -> None:
    wizard = make(qtbot, Settings(bedtime=BedtimeSettings(enabled=False)))
    wizard.next()
    for name in ("trait_desk", "trait_over_65", "trait_night_cramps"):
        child(wizard, QtWidgets.QCheckBox, name).setChecked(True)
    wizard.next()
    child(wizard, QtWidgets.QCheckBox, "workday_fri").setChecked(False)
    child(wizard, QtWidgets.QCheckBox, "workday_sat").setChecked(True)
    child(wizard, QtWidgets.QTimeEdit, "work_start").setTime(QtCore.QTime(8, 0))
    child(wizard, QtWidgets.QTimeEdit, "work_end").setTime(QtCore.QTime(16, 30))
    child(wizard, QtWidgets.QTimeEdit, "bedtime").setTime(QtCore.QTime(23, 0))
    wizard.next()
    unit = child(wizard, QtWidgets.QComboBox, "unit")
    unit.setCurrentIndex(unit.findData(units.VolumeUnit.FL_OZ.value))
    child(wizard, QtWidgets.QCheckBox, "goal_set").setChecked(True)
    child(wizard, QtWidgets.QDoubleSpinBox, "water_goal").setValue(64.0)
    child(wizard, QtWidgets.QDoubleSpinBox, "water_glass").setValue(8.0)
    child(wizard, QtWidgets.QCheckBox, "fluid_limit_set").setChecked(True)
    child(wizard, QtWidgets.QDoubleSpinBox, "water_limit").setValue(50.0)
    wizard.next()
    child(wizard, QtWidgets.QRadioButton, "login_yes").setChecked(True)
    finish(qtbot, wizard)

    result = wizard.result_settings
    assert result is not None
    assert validate(result) == []
    day = ((T(8), T(16, 30)),)
    assert result.active_hours == (day, day, day, day, (), day, ())
    assert result.move.enabled
    assert result.move.interval_min == 30
    assert result.stretch.enabled
    assert result.routines.hold_s == 30
    assert result.bedtime.enabled
    assert result.bedtime.bedtime == T(23)
    assert result.routines.bedtime == "bedtime-core"
    assert result.unit is units.VolumeUnit.FL_OZ
    assert (result.water.goal_ml, result.water.glass_ml) == (1893, 237)
    assert result.water.fluid_limit_ml == 1479
    assert result.water.log_only
    assert result.water.daily_goal_ml is None
    assert result.start_at_login


def test_switching_units_does_not_change_the_volumes(qtbot: QtBot) -> None:
    settings = Settings(water=WaterSettings(goal_ml=2100, glass_ml=230))
    wizard = make(qtbot, settings)
    go_to(wizard, 3)
    unit = child(wizard, QtWidgets.QComboBox, "unit")
    for value in (units.VolumeUnit.FL_OZ, units.VolumeUnit.ML, units.VolumeUnit.FL_OZ):
        unit.setCurrentIndex(unit.findData(value.value))
    finish(qtbot, wizard)
    assert wizard.result_settings is not None
    assert (wizard.result_settings.water.goal_ml, wizard.result_settings.water.glass_ml) == (
        2100,
        230,
    )


def test_pregnancy_shows_the_clinician_caution(qtbot: QtBot) -> None:
    wizard = make(qtbot)
    wizard.next()
    caution = child(wizard, QtWidgets.QLabel, "pregnancy_caution")
    assert not caution.isVisible()
    child(wizard, QtWidgets.QCheckBox, "trait_pregnant").setChecked(True)
    assert caution.isVisible()
    assert "midwife or doctor" in caution.text()


def test_pregnancy_and_balance_answers_are_kept(qtbot: QtBot) -> None:
    wizard = make(qtbot)
    wizard.next()
    effects = child(wizard, QtWidgets.QLabel, "effects")
    child(wizard, QtWidgets.QCheckBox, "trait_pregnant").setChecked(True)
    balance = child(wizard, QtWidgets.QCheckBox, "trait_balance")
    assert balance.accessibleName()
    balance.setChecked(True)
    assert "seated" in effects.text()
    finish(qtbot, wizard)
    result = wizard.result_settings
    assert result is not None
    assert result.person == PersonSettings(pregnant=True, balance=True)
    assert result.routines.bedtime == "bedtime-core-seated"
    assert result.routines.desk == "desk-break-seated"


@pytest.mark.parametrize(("pregnant", "balance"), [(True, False), (False, True), (True, True)])
def test_running_again_prefills_the_stored_answers(
    qtbot: QtBot, pregnant: bool, balance: bool
) -> None:
    settings = Settings(
        person=PersonSettings(pregnant=pregnant, balance=balance),
        routines=RoutineSettings(bedtime="bedtime-core", desk="desk-break"),
    )
    wizard = make(qtbot, settings)
    wizard.next()
    assert child(wizard, QtWidgets.QCheckBox, "trait_pregnant").isChecked() is pregnant
    assert child(wizard, QtWidgets.QCheckBox, "trait_balance").isChecked() is balance
    assert child(wizard, QtWidgets.QLabel, "pregnancy_caution").isVisible() is pregnant
    for name in ("trait_desk", "trait_over_65", "trait_night_cramps"):
        assert not child(wizard, QtWidgets.QCheckBox, name).isChecked()
    finish(qtbot, wizard)
    assert wizard.result_settings == settings  # a stored yes does not switch routines again


def test_unticking_a_stored_answer_clears_it(qtbot: QtBot) -> None:
    settings = Settings(person=PersonSettings(pregnant=True, balance=True))
    wizard = make(qtbot, settings)
    wizard.next()
    child(wizard, QtWidgets.QCheckBox, "trait_pregnant").setChecked(False)
    finish(qtbot, wizard)
    assert wizard.result_settings is not None
    assert wizard.result_settings.person == PersonSettings(pregnant=False, balance=True)


def test_fluid_limit_makes_water_log_only_and_says_so(qtbot: QtBot) -> None:
    wizard = make(qtbot)
    go_to(wizard, 3)
    assert child(wizard, QtWidgets.QLabel, "fluid_caution").isVisible()
    note = child(wizard, QtWidgets.QLabel, "log_only_note")
    assert not note.isVisible()
    limit = child(wizard, QtWidgets.QDoubleSpinBox, "water_limit")
    assert not limit.isEnabled()
    child(wizard, QtWidgets.QCheckBox, "fluid_limit_set").setChecked(True)
    assert limit.isEnabled()
    limit.setValue(1500)
    # Never "aim for your limit": the limit is a ceiling (CONTENT.md §7a).
    assert note.isVisible()
    assert "never asks you to drink" in note.text()
    assert "aim" not in note.text()
    assert not child(wizard, QtWidgets.QCheckBox, "goal_set").isEnabled()
    assert not child(wizard, QtWidgets.QWidget, "goal_suggestions").isVisible()
    finish(qtbot, wizard)
    result = wizard.result_settings
    assert result is not None
    assert result.water.fluid_limit_ml == 1500
    assert not result.water.reminds
    assert result.water.daily_goal_ml is None


def test_heart_or_kidney_disease_asks_about_a_fluid_limit_and_why(qtbot: QtBot) -> None:
    wizard = make(qtbot)
    go_to(wizard, 3)
    question = child(wizard, QtWidgets.QLabel, "limit_question")
    why = child(wizard, QtWidgets.QLabel, "limit_why")
    assert not question.isVisible()
    assert not why.isVisible()
    child(wizard, QtWidgets.QCheckBox, "heart_kidney").setChecked(True)
    assert question.isVisible()
    assert why.isVisible()
    assert "limit how much you drink" in question.text()
    assert "1.5 liters" in why.text()
    assert "harmful" in why.text()
    assert child(wizard, QtWidgets.QCheckBox, "fluid_limit_set").isVisible()
    child(wizard, QtWidgets.QCheckBox, "heart_kidney").setChecked(False)
    assert not question.isVisible()


def test_no_goal_unless_one_is_chosen(qtbot: QtBot) -> None:
    wizard = make(qtbot)
    go_to(wizard, 3)
    assert not child(wizard, QtWidgets.QCheckBox, "goal_set").isChecked()
    assert not child(wizard, QtWidgets.QDoubleSpinBox, "water_goal").isEnabled()
    guide = child(wizard, QtWidgets.QLabel, "goal_guide")
    assert "6 to 8 glasses" in guide.text()
    assert "National Academies" in guide.text()
    child(wizard, QtWidgets.QPushButton, "suggest_3000").click()
    assert child(wizard, QtWidgets.QCheckBox, "goal_set").isChecked()
    finish(qtbot, wizard)
    assert wizard.result_settings is not None
    assert wizard.result_settings.water.goal_ml == 3000


def test_finishing_without_a_goal_saves_none(qtbot: QtBot) -> None:
    wizard = make(qtbot)
    finish(qtbot, wizard)
    assert wizard.result_settings is not None
    assert wizard.result_settings.water.goal_ml is None
    assert wizard.result_settings.water.reminds


def test_working_hours_that_start_when_they_end_block_next(qtbot: QtBot) -> None:
    wizard = make(qtbot)
    go_to(wizard, 2)
    child(wizard, QtWidgets.QTimeEdit, "work_end").setTime(QtCore.QTime(9, 0))
    assert not wizard.button(Button.NextButton).isEnabled()
    assert child(wizard, QtWidgets.QLabel, "hours_problem").isVisible()
    child(wizard, QtWidgets.QTimeEdit, "work_end").setTime(QtCore.QTime(17, 0))
    assert wizard.button(Button.NextButton).isEnabled()


def test_retired_means_reminders_every_day(qtbot: QtBot) -> None:
    wizard = make(qtbot)
    go_to(wizard, 2)
    assert child(wizard, QtWidgets.QRadioButton, "hours_work").isChecked()
    assert not child(wizard, QtWidgets.QTimeEdit, "every_day_start").isVisible()
    child(wizard, QtWidgets.QRadioButton, "hours_retired").setChecked(True)
    assert child(wizard, QtWidgets.QTimeEdit, "every_day_start").isVisible()
    assert not child(wizard, QtWidgets.QCheckBox, "workday_mon").isVisible()
    assert not child(wizard, QtWidgets.QTimeEdit, "work_start").isVisible()
    child(wizard, QtWidgets.QTimeEdit, "every_day_start").setTime(QtCore.QTime(10, 0))
    finish(qtbot, wizard)
    assert wizard.result_settings is not None
    # Every day, not none: with no active hours no water, stretch or move reminder would come.
    assert wizard.result_settings.active_hours == (((T(10, 0), T(20, 30)),),) * 7


def test_retired_is_chosen_again_for_every_day_hours(qtbot: QtBot) -> None:
    every_day = (((T(8, 0), T(19, 0)),),) * 7
    wizard = make(qtbot, Settings(active_hours=every_day))
    go_to(wizard, 2)
    assert child(wizard, QtWidgets.QRadioButton, "hours_retired").isChecked()
    assert child(wizard, QtWidgets.QTimeEdit, "every_day_end").time() == QtCore.QTime(19, 0)
    child(wizard, QtWidgets.QTimeEdit, "every_day_end").setTime(
        child(wizard, QtWidgets.QTimeEdit, "every_day_start").time()
    )
    assert not wizard.button(Button.NextButton).isEnabled()
    assert child(wizard, QtWidgets.QLabel, "hours_problem").isVisible()
    child(wizard, QtWidgets.QRadioButton, "hours_work").setChecked(True)
    assert wizard.button(Button.NextButton).isEnabled()  # the working hours are fine
    child(wizard, QtWidgets.QRadioButton, "hours_retired").setChecked(True)
    child(wizard, QtWidgets.QTimeEdit, "every_day_end").setTime(QtCore.QTime(19, 0))
    finish(qtbot, wizard)
    assert wizard.result_settings is not None
    assert wizard.result_settings.active_hours == every_day


@pytest.mark.parametrize("page", [0, 2, PAGES - 1])
def test_skip_keeps_the_settings(qtbot: QtBot, page: int) -> None:
    wizard = make(qtbot)
    go_to(wizard, page)
    if page:
        need(wizard.page(1).findChild(QtWidgets.QCheckBox, "trait_desk")).setChecked(True)
    skip = wizard.button(Button.CustomButton1)
    assert skip.isVisible()
    with qtbot.waitSignal(wizard.finished, timeout=1000) as blocker:
        skip.click()
    assert blocker.args == [SKIPPED]
    assert wizard.result_settings is None
    assert wizard.skipped is True
    assert not wizard.isVisible()


@pytest.mark.parametrize("how", ["reject", "close", "escape"])
def test_closing_half_way_is_neither_done_nor_skipped(qtbot: QtBot, how: str) -> None:
    wizard = make(qtbot)
    go_to(wizard, 2)
    with qtbot.waitSignal(wizard.rejected, timeout=1000):
        if how == "reject":
            wizard.reject()
        elif how == "close":
            wizard.close()
        else:
            QtTest.QTest.keyClick(wizard, QtCore.Qt.Key.Key_Escape)
    assert wizard.result_settings is None
    assert wizard.skipped is False


def test_run_reports_finish_skip_and_close(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = Settings()
    outcomes = iter(["finish", "skip", "close"])

    def fake_exec(self: WelcomeWizard) -> int:
        outcome = next(outcomes)
        if outcome == "finish":
            self.accept()
        elif outcome == "skip":
            self.skip()
        else:
            self.reject()
        return int(self.result())

    monkeypatch.setattr(WelcomeWizard, "exec", fake_exec)
    assert WelcomeWizard.run(settings) == (settings, True)
    assert WelcomeWizard.run(settings) == (None, True)
    assert WelcomeWizard.run(settings) == (None, False)


def test_the_sample_button_calls_the_callback(qtbot: QtBot) -> None:
    calls: list[int] = []
    wizard = make(qtbot, show_sample=lambda: calls.append(1))
    go_to(wizard, PAGES - 1)
    button = child(wizard, QtWidgets.QPushButton, "sample")
    assert button.isVisible()
    button.click()
    assert calls == [1]
    assert wizard.isVisible()


def test_no_sample_button_without_a_callback(qtbot: QtBot) -> None:
    wizard = make(qtbot)
    go_to(wizard, PAGES - 1)
    assert not child(wizard, QtWidgets.QPushButton, "sample").isVisible()


def test_the_wizard_writes_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = make(qtbot, show_sample=lambda: None)
    wizard.next()
    child(wizard, QtWidgets.QCheckBox, "trait_desk").setChecked(True)
    go_to(wizard, 4)
    child(wizard, QtWidgets.QRadioButton, "login_yes").setChecked(True)
    finish(qtbot, wizard)
    assert wizard.result_settings is not None
    assert wizard.result_settings.start_at_login
    assert list(tmp_path.iterdir()) == []


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    wizard = make(qtbot, show_sample=lambda: None)
    controls = (
        QtWidgets.QAbstractButton,
        QtWidgets.QAbstractSpinBox,
        QtWidgets.QComboBox,
    )
    seen = 0
    for kind in controls:
        for widget in wizard.findChildren(kind):
            if widget.parent() is not None and isinstance(
                widget.parent(), QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox
            ):
                continue  # the parts of a compound control
            if widget.objectName() in UNUSED_WIZARD_BUTTONS:
                continue
            seen += 1
            assert widget.accessibleName(), f"{type(widget).__name__} {widget.objectName()}"
    assert seen >= 20
    for index in range(PAGES):
        assert wizard.page(index).accessibleName()


def _mnemonic(text: str) -> str | None:
    match = re.search(r"&([^&])", text)
    return match.group(1).lower() if match else None


def test_mnemonics_do_not_clash_on_any_page(qtbot: QtBot) -> None:
    wizard = make(qtbot, show_sample=lambda: None)
    buttons = [
        wizard.button(which).text()
        for which in (Button.BackButton, Button.NextButton, Button.FinishButton)
    ] + [wizard.button(Button.CustomButton1).text()]
    for index in range(PAGES):
        page = wizard.page(index)
        texts = list(buttons)
        texts += [b.text() for b in page.findChildren(QtWidgets.QAbstractButton)]
        texts += [label.text() for label in page.findChildren(QtWidgets.QLabel) if label.buddy()]
        keys = [key for key in map(_mnemonic, texts) if key]
        assert len(keys) == len(set(keys)), (index, texts)
        # Every labelled field can be reached by its key.
        for label in page.findChildren(QtWidgets.QLabel):
            if label.buddy() is not None:
                assert _mnemonic(label.text()), label.text()


def test_every_page_is_laid_out_in_the_window(qtbot: QtBot) -> None:
    wizard = make(qtbot, Settings(water=dataclasses.replace(WaterSettings(), fluid_limit_ml=900)))
    for index in range(PAGES):
        go_to(wizard, index)
        qtbot.wait(1)
        page = wizard.currentPage()
        for label in page.findChildren(QtWidgets.QLabel):
            if label.isVisible() and label.wordWrap():
                assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()


@pytest.mark.parametrize("limit", [None, 1500])
def test_the_water_page_fits_with_the_heart_or_kidney_question(
    qtbot: QtBot, limit: int | None
) -> None:
    wizard = make(qtbot, Settings(water=WaterSettings(fluid_limit_ml=limit)))
    go_to(wizard, 3)
    child(wizard, QtWidgets.QCheckBox, "heart_kidney").setChecked(True)
    qtbot.wait(1)
    for label in wizard.currentPage().findChildren(QtWidgets.QLabel):
        if label.isVisible() and label.wordWrap():
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
