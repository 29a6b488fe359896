"""Tests for the health profile window and the medicine dialog (offscreen Qt, pytest-qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spasm_desktop.core import units
from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.core.settings import Settings, WaterSettings
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record import medicine_dialog
from spasm_desktop.ui.record.medicine_dialog import MedicineDialog
from spasm_desktop.ui.record.profile import ProfileWindow
from tests.gui.needed import char_click, need

TODAY = dt.date(2026, 11, 24)
NOW = dt.datetime(2026, 11, 24, 9, 0, tzinfo=dt.UTC)
STATIN = Medicine("Simvastatin", dt.date(2026, 3, 10), None, "20 mg", uid="statin")
DIURETIC = Medicine("Amiloride", dt.date(2025, 6, 1), dt.date(2026, 3, 10), uid="diuretic")
INPUT_TYPES = (
    QtWidgets.QAbstractButton,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractItemView,
    QtWidgets.QLineEdit,
)


def today() -> dt.date:
    return TODAY


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    records = RecordStore(tmp_path / "records.sqlite3", lambda: NOW)
    yield records
    records.close()


class Limits(list[int | None]):
    """What on_fluid_limit was called with."""

    def __call__(self, value: int | None) -> None:
        self.append(value)


def make_window(
    qtbot: QtBot,
    store: RecordStore,
    settings: Settings | None = None,
    limits: Callable[[int | None], None] | None = None,
) -> ProfileWindow:
    window = ProfileWindow(
        store, settings or Settings(), limits if limits is not None else Limits(), today
    )
    qtbot.addWidget(window)
    return window


def answer(
    monkeypatch: pytest.MonkeyPatch, result: Medicine | None
) -> list[tuple[Medicine | None, bool]]:
    """Make MedicineDialog.ask return ``result``; return what it was asked (medicine, stopping)."""
    asked: list[tuple[Medicine | None, bool]] = []

    def fake(
        medicine: Medicine | None,
        day: dt.date,
        parent: QtWidgets.QWidget | None = None,
        *,
        stopping: bool = False,
    ) -> Medicine | None:
        assert day == TODAY
        asked.append((medicine, stopping))
        return result

    monkeypatch.setattr(MedicineDialog, "ask", staticmethod(fake))
    return asked


def reopened(store: RecordStore) -> RecordStore:
    store.close()
    return RecordStore(store._path, lambda: NOW)


# --- medicines ---------------------------------------------------------------------------------


def test_the_required_medicine_copy_is_shown_above_the_list(
    qtbot: QtBot, store: RecordStore
) -> None:
    window = make_window(qtbot, store)
    window.show()
    label = window.findChild(QtWidgets.QLabel, "medicines_caution")
    assert label is not None
    assert label.isVisible()
    assert label.text() == (
        "Do not stop or change any medicine on your own. If cramps started or worsened after a "
        "new medicine, bring your diary and medicine list to your doctor or pharmacist."
    )
    assert (
        label.mapTo(window, QtCore.QPoint()).y() < window.table.mapTo(window, QtCore.QPoint()).y()
    )
    assert window.empty_label.isVisible()
    assert not window.edit_button.isEnabled()
    assert not window.delete_button.isEnabled()


def test_add_saves_and_lists_the_medicine(
    qtbot: QtBot, store: RecordStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, store)
    asked = answer(monkeypatch, STATIN)
    with qtbot.waitSignal(window.changed):
        window.add_button.click()
    assert asked == [(None, False)]
    assert window.medicines() == [STATIN]
    assert window.selected() == STATIN
    assert store.medicines() == [STATIN]
    assert need(window.table.item(0, 0)).text() == "Simvastatin"
    assert need(window.table.item(0, 1)).text() == medicine_dialog.date_text(dt.date(2026, 3, 10))
    assert need(window.table.item(0, 2)).text() == text.tr("still taking")
    assert need(window.table.item(0, 3)).text() == "20 mg"
    assert not window.empty_label.isVisibleTo(window)


def test_cancelling_changes_nothing(
    qtbot: QtBot, store: RecordStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_medicine(STATIN)
    window = make_window(qtbot, store)
    answer(monkeypatch, None)
    window.add_button.click()
    window.edit_button.click()
    window.stop_button.click()
    assert store.medicines() == [STATIN]


def test_edit_keeps_the_uid(
    qtbot: QtBot, store: RecordStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_medicine(DIURETIC)
    store.save_medicine(STATIN)
    window = make_window(qtbot, store)
    window.table.selectRow(1)
    edited = Medicine("Simvastatin", dt.date(2026, 3, 10), None, "40 mg")
    asked = answer(monkeypatch, edited)
    with qtbot.waitSignal(window.changed):
        QTest.keyClick(window.table, QtCore.Qt.Key.Key_Return)
    assert asked == [(STATIN, False)]
    assert store.medicines() == [DIURETIC, dataclasses.replace(edited, uid=STATIN.uid)]
    assert need(window.selected()).uid == STATIN.uid


def test_mark_stopped(qtbot: QtBot, store: RecordStore, monkeypatch: pytest.MonkeyPatch) -> None:
    store.save_medicine(DIURETIC)
    store.save_medicine(STATIN)
    window = make_window(qtbot, store)
    window.table.selectRow(0)
    assert not window.stop_button.isEnabled()  # already stopped
    window.table.selectRow(1)
    assert window.stop_button.isEnabled()
    stopped = dataclasses.replace(STATIN, stopped=TODAY)
    asked = answer(monkeypatch, stopped)
    with qtbot.waitSignal(window.changed):
        window.stop_button.click()
    assert asked == [(STATIN, True)]
    assert store.medicines() == [DIURETIC, stopped]
    assert need(window.table.item(1, 2)).text() == medicine_dialog.date_text(TODAY)
    assert not window.stop_button.isEnabled()


def test_delete_at_once_and_undo_brings_it_back_exactly(qtbot: QtBot, store: RecordStore) -> None:
    store.save_medicine(DIURETIC)
    store.save_medicine(STATIN)
    window = make_window(qtbot, store)
    window.show()
    window.table.selectRow(1)
    with qtbot.waitSignal(window.changed):
        QTest.keyClick(window.table, QtCore.Qt.Key.Key_Delete)
    assert store.medicines() == [DIURETIC] == window.medicines()
    assert window.undo_bar.isVisible()
    message = window.undo_label.text()
    assert "Simvastatin" in message
    assert window.undo_button.accessibleDescription() == message
    with qtbot.waitSignal(window.changed):
        window.undo_button.click()
    assert store.medicines() == [DIURETIC, STATIN]
    assert window.selected() == STATIN
    assert not window.undo_bar.isVisible()
    assert not window.can_undo()
    again = reopened(store)
    assert again.medicines() == [DIURETIC, STATIN]
    again.close()


def test_undo_lasts_until_the_next_delete_or_closing(qtbot: QtBot, store: RecordStore) -> None:
    store.save_medicine(DIURETIC)
    store.save_medicine(STATIN)
    window = make_window(qtbot, store)
    window.table.selectRow(0)
    window.delete_button.click()
    window.table.selectRow(0)
    window.delete_button.click()
    assert store.medicines() == []
    window.undo_delete()
    assert store.medicines() == [STATIN]  # only the last delete comes back
    window.undo_delete()
    assert store.medicines() == [STATIN]
    window.table.selectRow(0)
    window.delete_button.click()
    assert window.can_undo()
    window.close()
    assert not window.can_undo()


# --- the profile -------------------------------------------------------------------------------


def test_conditions_are_saved_at_once(qtbot: QtBot, store: RecordStore) -> None:
    window = make_window(qtbot, store)
    with qtbot.waitSignal(window.changed):
        window.condition_boxes["kidney"].setChecked(True)
    with qtbot.waitSignal(window.changed):
        window.condition_boxes["diabetes"].setChecked(True)
    assert store.load_profile().conditions == ("diabetes", "kidney")
    QTest.keyClicks(window.conditions_note, "gout")
    qtbot.waitUntil(lambda: store.load_profile().conditions_note == "gout")
    again = reopened(store)
    assert again.load_profile() == MedicalProfile(None, ("diabetes", "kidney"), "gout")
    again.close()


def test_the_other_conditions_are_saved_on_close(qtbot: QtBot, store: RecordStore) -> None:
    window = make_window(qtbot, store)
    window.show()
    QTest.keyClicks(window.conditions_note, "  high blood pressure ")
    window.close()
    assert store.load_profile().conditions_note == "high blood pressure"


def test_a_long_note_is_refused_inline(qtbot: QtBot, store: RecordStore) -> None:
    window = make_window(qtbot, store)
    window.show()
    window.conditions_note.setText("x" * 501)
    window.flush()
    assert window.conditions_problem.isVisible()
    assert "500" in window.conditions_problem.text()
    assert store.load_profile() == MedicalProfile()


def test_cramps_since_is_saved(qtbot: QtBot, store: RecordStore) -> None:
    window = make_window(qtbot, store)
    window.show()
    assert window.since_unknown.isChecked()
    assert not window.since_month.isEnabled()
    with qtbot.waitSignal(window.changed):
        window.since_unknown.setChecked(False)
    assert store.load_profile().cramps_since == (2026, 11)
    window.since_year.setValue(2024)
    window.since_month.setCurrentIndex(2)
    assert store.load_profile().cramps_since == (2024, 3)
    window.since_month.setCurrentIndex(11)  # December 2024
    assert store.load_profile().cramps_since == (2024, 12)
    window.since_year.setValue(2026)  # December 2026 has not come yet
    assert window.since_problem.isVisible()
    assert window.since_problem.text() == text.tr("That month has not come yet.")
    assert store.load_profile().cramps_since == (2024, 12)  # kept
    window.since_month.setCurrentIndex(10)
    assert not window.since_problem.isVisible()
    assert store.load_profile().cramps_since == (2026, 11)
    window.since_unknown.setChecked(True)
    assert store.load_profile().cramps_since is None
    assert window.since_year.maximum() == 2026


def test_the_saved_profile_is_shown(qtbot: QtBot, store: RecordStore) -> None:
    store.save_profile(MedicalProfile((2019, 7), ("thyroid", "nerve"), "asthma"))
    window = make_window(qtbot, store)
    assert not window.since_unknown.isChecked()
    assert window.since_year.value() == 2019
    assert window.since_month.currentData() == 7
    ticked = [key for key, box in window.condition_boxes.items() if box.isChecked()]
    assert ticked == ["thyroid", "nerve"]
    assert window.conditions_note.text() == "asthma"
    window.close()
    assert store.pending_count == 0
    assert store.load_profile() == MedicalProfile((2019, 7), ("thyroid", "nerve"), "asthma")


# --- the fluid limit ---------------------------------------------------------------------------


def test_fluid_limit_in_ml(qtbot: QtBot, store: RecordStore) -> None:
    limits = Limits()
    window = make_window(qtbot, store, Settings(water=WaterSettings(goal_ml=2000)), limits)
    window.show()
    caution = window.findChild(QtWidgets.QLabel, "fluid_caution")
    assert caution is not None
    assert caution.text() == text.fluid_caution()
    assert not window.limit_check.isChecked()
    assert not window.limit_spin.isEnabled()
    # The box starts at 1.5 L, never at the goal: a limit is not a goal (CONTENT.md §7a).
    assert window.limit_spin.value() == 1500
    assert window.limit_spin.suffix() == " ml"
    window.limit_check.setChecked(True)
    assert limits == [1500]
    window.limit_spin.setValue(1200)
    qtbot.waitUntil(lambda: limits == [1500, 1200])
    window.limit_spin.setValue(1100)
    window.limit_check.setChecked(False)  # reported at once, the typing too
    assert limits == [1500, 1200, None]
    window.flush()
    assert limits == [1500, 1200, None]


@pytest.mark.parametrize("condition", ["heart", "kidney"])
def test_ticking_heart_or_kidney_disease_asks_about_a_fluid_limit(
    qtbot: QtBot, store: RecordStore, condition: str
) -> None:
    limits = Limits()
    window = make_window(qtbot, store, Settings(), limits)
    window.show()
    question = window.findChild(QtWidgets.QLabel, "limit_question")
    why = window.findChild(QtWidgets.QLabel, "limit_why")
    assert question is not None
    assert why is not None
    assert not question.isVisible()
    assert not why.isVisible()
    window.condition_boxes["diabetes"].setChecked(True)
    assert not question.isVisible()
    window.condition_boxes[condition].setChecked(True)
    assert window.asks_about_limit()
    assert question.isVisible()
    assert why.isVisible()
    assert "limit how much you drink" in question.text()
    assert "1.5 liters" in why.text()
    assert condition in store.load_profile().conditions  # the answer is saved as before
    # Answered: the question and its why give way to what the limit changes.
    window.limit_check.setChecked(True)
    assert limits == [1500]
    note = window.findChild(QtWidgets.QLabel, "log_only_note")
    assert note is not None
    assert note.isVisible()
    assert "never asks you to drink" in note.text()
    assert not question.isVisible()
    assert not why.isVisible()
    window.limit_check.setChecked(False)
    assert question.isVisible()
    assert not note.isVisible()
    window.condition_boxes[condition].setChecked(False)
    assert not why.isVisible()
    assert not question.isVisible()


def test_a_saved_heart_condition_asks_when_the_window_opens(
    qtbot: QtBot, store: RecordStore
) -> None:
    store.save_profile(MedicalProfile(None, ("heart",), ""))
    window = make_window(qtbot, store)
    window.show()
    question = window.findChild(QtWidgets.QLabel, "limit_question")
    assert question is not None
    assert question.isVisible()


def test_fluid_limit_in_fluid_ounces(qtbot: QtBot, store: RecordStore) -> None:
    limits = Limits()
    settings = Settings(water=WaterSettings(fluid_limit_ml=1500), unit=units.VolumeUnit.FL_OZ)
    window = make_window(qtbot, store, settings, limits)
    assert window.limit_check.isChecked()
    assert window.limit_spin.suffix() == " fl oz"
    assert window.limit_spin.value() == 50.7
    window.flush()
    assert limits == []  # nothing changed
    window.limit_spin.setValue(48.0)
    window.close()  # closing reports what is waiting
    assert limits == [1420]  # 48 US fl oz


def test_set_settings_follows_changes_elsewhere_without_reporting(
    qtbot: QtBot, store: RecordStore
) -> None:
    limits = Limits()
    window = make_window(qtbot, store, Settings(), limits)
    settings = Settings(water=WaterSettings(fluid_limit_ml=1200), unit=units.VolumeUnit.FL_OZ)
    window.set_settings(settings)
    assert window.limit_check.isChecked()
    assert window.limit_spin.isEnabled()
    assert window.fluid_limit_ml() == 1200
    assert window.limit_spin.suffix() == " fl oz"
    window.flush()
    window.close()
    assert limits == []


# --- the dialog --------------------------------------------------------------------------------


def make_dialog(
    qtbot: QtBot, medicine: Medicine | None = None, *, stopping: bool = False
) -> MedicineDialog:
    """A medicine dialog for ``medicine`` (asking when it stopped if ``stopping``)."""
    dialog = MedicineDialog(medicine, TODAY, None, stopping=stopping)
    qtbot.addWidget(dialog)
    return dialog


def test_new_medicine_from_the_dialog(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.windowTitle() == text.window_title(text.tr("Add a medicine"))
    assert dialog.start_unknown.isChecked()
    assert dialog.still_taking.isChecked()
    assert not dialog.save_button.isEnabled()  # no name yet
    dialog.name.setText("  Simvastatin 20 mg ")
    dialog.start_unknown.setChecked(False)
    dialog.started.setDate(QtCore.QDate(2026, 3, 10))
    dialog.note.setText("at night")
    assert dialog.save_button.isEnabled()
    assert not dialog.problems_label.isVisibleTo(dialog)
    medicine = dialog.medicine()
    assert (medicine.name, medicine.started, medicine.stopped, medicine.note) == (
        "Simvastatin 20 mg",
        dt.date(2026, 3, 10),
        None,
        "at night",
    )


def test_the_dialog_shows_problems_inline(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, STATIN)
    dialog.show()
    dialog.name.clear()
    dialog.still_taking.setChecked(False)
    dialog.stopped.setDate(QtCore.QDate(2026, 3, 1))
    assert dialog.problems() == [
        text.tr("Enter the medicine's name."),
        text.tr("The stop date is before the start date."),
    ]
    assert dialog.problems_label.isVisible()
    assert not dialog.save_button.isEnabled()
    assert dialog.name.accessibleDescription()
    dialog.accept()  # refused
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    dialog.name.setText("x" * 201)
    dialog.started.setDate(QtCore.QDate(2026, 12, 1))
    dialog.stopped.setDate(QtCore.QDate(2026, 12, 2))
    assert dialog.problems() == [
        text.tr("The name can have at most %1 characters.").replace("%1", "200"),
        text.tr("The start date is in the future."),
        text.tr("The stop date is in the future: mark it stopped on the day you stop."),
    ]


def test_the_dialog_edits_keep_the_uid_and_stopping_starts_today(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, STATIN, stopping=True)
    assert dialog.windowTitle() == text.window_title(text.tr("Mark a medicine stopped"))
    assert not dialog.still_taking.isChecked()
    assert dialog.medicine() == dataclasses.replace(STATIN, stopped=TODAY)
    assert make_dialog(qtbot, DIURETIC).medicine() == DIURETIC


def test_the_dialog_problem_colour_follows_a_dark_palette(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dark = QtGui.QPalette(QtGui.QColor(40, 40, 40))
    dialog.setPalette(dark)
    colour = dialog.problems_label.palette().color(QtGui.QPalette.ColorRole.WindowText)
    assert colour.lightness() > dark.color(QtGui.QPalette.ColorRole.Window).lightness() + 60


# --- keyboard and accessibility ----------------------------------------------------------------


def inner(control: QtWidgets.QWidget) -> bool:
    """Whether ``control`` is a part of another control (a spin box's line edit, a popup list)."""
    parent = control.parent()
    if isinstance(parent, QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox):
        return True
    if parent is not None and parent.metaObject().className() == "QComboBoxPrivateContainer":
        return True
    return control.objectName().startswith("qt_")


def test_accessible_names_everywhere(qtbot: QtBot, store: RecordStore) -> None:
    store.save_medicine(STATIN)
    window = make_window(qtbot, store)
    window.table.selectRow(0)
    window.delete_selected()
    dialog = make_dialog(qtbot, STATIN)
    for widget in (window, dialog):
        inputs = [w for w in widget.findChildren(QtWidgets.QWidget) if isinstance(w, INPUT_TYPES)]
        assert inputs
        for control in inputs:
            if not inner(control):
                assert control.accessibleName(), repr(control)


def focus_chain(widget: QtWidgets.QWidget) -> set[QtWidgets.QWidget]:
    seen: set[QtWidgets.QWidget] = set()
    current = need(widget.nextInFocusChain())
    while current is not widget:
        tab = current.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
        if tab and current.isVisible() and current.isEnabled():
            seen.add(need(current.parentWidget()) if inner(current) else current)
        current = need(current.nextInFocusChain())
    return seen


def test_every_control_is_reachable_with_tab(qtbot: QtBot, store: RecordStore) -> None:
    store.save_medicine(STATIN)
    store.save_profile(MedicalProfile((2024, 3)))
    window = make_window(qtbot, store, Settings(water=WaterSettings(fluid_limit_ml=1500)))
    window.show()
    seen = focus_chain(window)
    wanted = {
        window.since_month,
        window.since_year,
        window.since_unknown,
        *window.condition_boxes.values(),
        window.conditions_note,
        window.limit_check,
        window.limit_spin,
        window.table,
        window.add_button,
        window.edit_button,
        window.stop_button,
        window.delete_button,
    }
    assert wanted <= seen


def activate(qtbot: QtBot, window: QtWidgets.QWidget) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def operate_dialog(qtbot: QtBot, steps: Callable[[MedicineDialog], None]) -> list[str]:
    """Run ``steps(dialog)`` once the modal dialog is up; return what went wrong, if anything."""
    errors: list[str] = []

    def run() -> None:
        dialog = QtWidgets.QApplication.activeModalWidget()
        if not isinstance(dialog, MedicineDialog):
            QtCore.QTimer.singleShot(10, run)
            return
        try:
            steps(dialog)
        except Exception as exc:  # an exception here would leave the dialog open for ever
            errors.append(repr(exc))
        finally:
            if dialog.isVisible():
                errors.append("the dialog stayed open")
                dialog.reject()

    QtCore.QTimer.singleShot(0, run)
    return errors


def test_keyboard_only_flow(qtbot: QtBot, store: RecordStore) -> None:
    window = make_window(qtbot, store)
    activate(qtbot, window)
    alt = QtCore.Qt.KeyboardModifier.AltModifier
    ctrl = QtCore.Qt.KeyboardModifier.ControlModifier

    # Add: Alt+A, type the name (the first field has the focus), Enter saves.
    def add(dialog: MedicineDialog) -> None:
        qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is dialog.name)
        QTest.keyClicks(dialog.name, "Simvastatin")
        char_click(dialog, "t", alt)  # the note
        assert QtWidgets.QApplication.focusWidget() is dialog.note
        QTest.keyClicks(dialog.note, "20 mg")
        QTest.keyClick(dialog.note, QtCore.Qt.Key.Key_Return)

    errors = operate_dialog(qtbot, add)
    char_click(window, "a", alt)  # the button clicks itself a moment later
    qtbot.waitUntil(lambda: bool(errors or store.medicines()))
    assert errors == []
    [added] = store.medicines()
    assert (added.name, added.started, added.stopped, added.note) == (
        "Simvastatin",
        None,
        None,
        "20 mg",
    )
    activate(qtbot, window)  # a desktop does this when the dialog closes; offscreen does not
    assert QtWidgets.QApplication.focusWidget() is window.table

    # Mark stopped: Alt+S opens the dialog on the stop date (today); Enter saves.
    def stop(dialog: MedicineDialog) -> None:
        def focused() -> QtWidgets.QWidget | None:
            widget = QtWidgets.QApplication.focusWidget()
            return widget if widget is not None and widget.window() is dialog else None

        qtbot.waitUntil(lambda: focused() is not None)
        assert focused() in (dialog.stopped, *dialog.stopped.children())
        QTest.keyClick(need(focused()), QtCore.Qt.Key.Key_Return)

    errors = operate_dialog(qtbot, stop)
    char_click(window, "s", alt)
    qtbot.waitUntil(lambda: bool(errors or store.medicines()[0].stopped))
    assert errors == []
    assert store.medicines() == [dataclasses.replace(added, stopped=TODAY)]
    activate(qtbot, window)
    assert QtWidgets.QApplication.focusWidget() is window.table

    # Delete with the Delete key, undo with Ctrl+Z.
    QTest.keyClick(window.table, QtCore.Qt.Key.Key_Delete)
    assert store.medicines() == []
    QTest.keyClick(window.table, QtCore.Qt.Key.Key_Z, ctrl)
    assert store.medicines() == [dataclasses.replace(added, stopped=TODAY)]

    # A condition by keyboard: Tab reaches the boxes, Space ticks one.
    window.condition_boxes["liver"].setFocus()
    QTest.keyClick(window.condition_boxes["liver"], QtCore.Qt.Key.Key_Space)
    assert store.load_profile().conditions == ("liver",)

    # Esc closes.
    QTest.keyClick(window.table, QtCore.Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_ctrl_z_in_the_note_field_undoes_typing_not_a_delete(
    qtbot: QtBot, store: RecordStore
) -> None:
    store.save_medicine(STATIN)
    window = make_window(qtbot, store)
    activate(qtbot, window)
    window.table.selectRow(0)
    window.delete_selected()
    window.conditions_note.setFocus()
    QTest.keyClicks(window.conditions_note, "ab")
    QTest.keyClick(
        window.conditions_note, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier
    )
    assert window.can_undo()
    assert store.medicines() == []
