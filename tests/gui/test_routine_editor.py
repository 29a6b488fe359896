"""Tests for the routine editor (offscreen Qt, pytest-qt)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spasm_desktop.core import routine as rt
from spasm_desktop.core import routine_format
from spasm_desktop.storage import routines as storage
from spasm_desktop.ui.common import text
from spasm_desktop.ui.routines.routine_editor import RoutineEditorDialog

CTRL = QtCore.Qt.KeyboardModifier.ControlModifier
NBSP = "\N{NO-BREAK SPACE}"


@pytest.fixture
def user_dir(tmp_path: Path) -> Path:
    return tmp_path / "routines"


def make(
    qtbot: QtBot, user_dir: Path, start_from: str | None = None
) -> tuple[RoutineEditorDialog, storage.Library]:
    library = storage.load_library(user_dir)
    dialog = RoutineEditorDialog(library, user_dir, start_from)
    qtbot.addWidget(dialog)
    return dialog, library


T = TypeVar("T", bound=QtCore.QObject)


def child(dialog: RoutineEditorDialog, kind: type[T], name: str) -> T:
    widget = dialog.findChild(kind, name)
    assert widget is not None, name
    return widget


def steps_list(dialog: RoutineEditorDialog) -> QtWidgets.QListWidget:
    return child(dialog, QtWidgets.QListWidget, "steps")


def library_list(dialog: RoutineEditorDialog) -> QtWidgets.QListWidget:
    return child(dialog, QtWidgets.QListWidget, "library")


def button(dialog: RoutineEditorDialog, name: str) -> QtWidgets.QPushButton:
    return child(dialog, QtWidgets.QPushButton, name)


def save_button(dialog: RoutineEditorDialog) -> QtWidgets.QPushButton:
    box = child(dialog, QtWidgets.QDialogButtonBox, "buttons")
    return box.button(QtWidgets.QDialogButtonBox.StandardButton.Save)


def spin(dialog: RoutineEditorDialog, name: str) -> QtWidgets.QSpinBox:
    return child(dialog, QtWidgets.QSpinBox, name)


def sides_combo(dialog: RoutineEditorDialog) -> QtWidgets.QComboBox:
    return child(dialog, QtWidgets.QComboBox, "sides")


def label_text(dialog: RoutineEditorDialog, name: str) -> str:
    return child(dialog, QtWidgets.QLabel, name).text().replace(NBSP, " ")


def problems(dialog: RoutineEditorDialog) -> str:
    label = child(dialog, QtWidgets.QLabel, "problems")
    return label.text() if label.isVisibleTo(dialog) else ""


def step_ids(dialog: RoutineEditorDialog) -> list[str]:
    return [step.exercise for step in dialog.steps()]


def pick(dialog: RoutineEditorDialog, exercise: str) -> None:
    """Select ``exercise`` in the library list."""
    library = library_list(dialog)
    for row in range(library.count()):
        if library.item(row).data(QtCore.Qt.ItemDataRole.UserRole) == exercise:
            library.setCurrentRow(row)
            return
    raise AssertionError(exercise)


def saved_file(user_dir: Path, routine_id: str) -> dict[str, object]:
    data = json.loads((user_dir / f"{routine_id}.json").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def write_own(user_dir: Path, routine: rt.Routine, file_name: str | None = None) -> Path:
    user_dir.mkdir(parents=True, exist_ok=True)
    path = user_dir / (file_name or f"{routine.id}.json")
    path.write_text(json.dumps(routine_format.routine_to_dict(routine)), "utf-8")
    return path


OWN = rt.Routine(
    id="my-stretches",
    name="My stretches",
    purpose=rt.Purpose.DESK,
    steps=(rt.RoutineStep("ankle-pumps"), rt.RoutineStep("neck-side-tilt", hold_s=20)),
)


# --- copying a built-in routine -----------------------------------------------------------------


def test_duplicating_a_builtin_saves_a_copy(qtbot: QtBot, user_dir: Path) -> None:
    dialog, library = make(qtbot, user_dir, "bedtime-core")
    original = library.routines["bedtime-core"]
    name = child(dialog, QtWidgets.QLineEdit, "name")
    assert name.text() == "Copy of Bedtime calves and hamstrings"
    assert dialog.routine_id() == "copy-of-bedtime-calves-and-hamstrings"
    assert dialog.deleted_id is None
    assert not button(dialog, "delete").isVisibleTo(dialog)
    assert "cannot be changed" in label_text(dialog, "copy_note")
    assert save_button(dialog).isEnabled()

    save_button(dialog).click()

    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
    assert dialog.saved_id == "copy-of-bedtime-calves-and-hamstrings"
    assert sorted(p.name for p in user_dir.iterdir()) == [f"{dialog.saved_id}.json"]
    assert (user_dir / f"{dialog.saved_id}.json").stat().st_mode & 0o777 == 0o600
    reloaded = storage.load_library(user_dir)
    assert reloaded.problems == []
    copy = reloaded.routines[dialog.saved_id]
    assert not copy.builtin
    assert copy.name == "Copy of Bedtime calves and hamstrings"
    assert copy.steps == original.steps
    assert copy.purpose is original.purpose
    assert copy.description == original.description
    assert (copy.prepare_s, copy.switch_s) == (original.prepare_s, original.switch_s)
    # The built-in routine is untouched.
    assert reloaded.routines["bedtime-core"] == original
    assert not (user_dir / "bedtime-core.json").exists()


def test_a_copy_of_a_routine_copied_before_gets_a_new_id(qtbot: QtBot, user_dir: Path) -> None:
    first, _library = make(qtbot, user_dir, "desk-break")
    save_button(first).click()
    second, _library = make(qtbot, user_dir, "desk-break")
    assert second.routine_id() == f"{first.saved_id}-2"
    save_button(second).click()
    assert second.saved_id == f"{first.saved_id}-2"
    assert len(storage.load_library(user_dir).user_files) == 2


def test_new_routine_starts_empty(qtbot: QtBot, user_dir: Path) -> None:
    dialog, _library = make(qtbot, user_dir)
    assert child(dialog, QtWidgets.QLineEdit, "name").text() == "My routine"
    assert dialog.steps() == []
    assert not save_button(dialog).isEnabled()
    assert "Add at least one exercise" in problems(dialog)
    assert not child(dialog, QtWidgets.QGroupBox, "step_timing").isEnabled()
    purpose = child(dialog, QtWidgets.QComboBox, "purpose")
    values = [purpose.itemData(i) for i in range(purpose.count())]
    assert values == ["bedtime", "desk", "other"]  # not relief

    pick(dialog, "calf-raises")
    button(dialog, "add").click()
    purpose.setCurrentIndex(purpose.findData("other"))
    assert save_button(dialog).isEnabled()
    save_button(dialog).click()
    assert dialog.saved_id == "my-routine"
    assert saved_file(user_dir, "my-routine")["purpose"] == "other"
    assert saved_file(user_dir, "my-routine")["steps"] == [{"exercise": "calf-raises"}]


# --- steps --------------------------------------------------------------------------------------


def test_add_reorder_remove_and_overrides(qtbot: QtBot, user_dir: Path) -> None:
    dialog, library = make(qtbot, user_dir, "bedtime-core")
    steps = steps_list(dialog)
    total_before = label_text(dialog, "total")
    assert total_before == "Total: 3:40"

    # Add after the selected step (the first).
    steps.setCurrentRow(0)
    pick(dialog, "ankle-pumps")
    button(dialog, "add").click()
    assert step_ids(dialog) == ["wall-calf", "ankle-pumps", "standing-hamstring"]
    assert steps.currentRow() == 1
    assert label_text(dialog, "total") != total_before

    # Buttons move it.
    button(dialog, "move_down").click()
    assert step_ids(dialog) == ["wall-calf", "standing-hamstring", "ankle-pumps"]
    assert steps.currentRow() == 2
    assert not button(dialog, "move_down").isEnabled()
    button(dialog, "move_up").click()
    button(dialog, "move_up").click()
    assert step_ids(dialog) == ["ankle-pumps", "wall-calf", "standing-hamstring"]
    assert not button(dialog, "move_up").isEnabled()

    # So do Ctrl+Down and Ctrl+Up on the list.
    QTest.keyClick(steps, QtCore.Qt.Key.Key_Down, CTRL)
    QTest.keyClick(steps, QtCore.Qt.Key.Key_Down, CTRL)
    assert step_ids(dialog) == ["wall-calf", "standing-hamstring", "ankle-pumps"]
    QTest.keyClick(steps, QtCore.Qt.Key.Key_Up, CTRL)
    assert step_ids(dialog) == ["wall-calf", "ankle-pumps", "standing-hamstring"]
    assert steps.currentRow() == 1
    texts = [steps.item(i).text().split("\n")[0] for i in range(steps.count())]
    assert texts == [library.exercises[e].name for e in step_ids(dialog)]

    # Delete removes the selected step, then the Remove button.
    QTest.keyClick(steps, QtCore.Qt.Key.Key_Delete)
    assert step_ids(dialog) == ["wall-calf", "standing-hamstring"]
    assert steps.currentRow() == 1  # the step after the removed one
    steps.setCurrentRow(0)
    pick(dialog, "neck-side-tilt")
    button(dialog, "add").click()
    pick(dialog, "knees-to-chest")
    button(dialog, "add").click()
    assert step_ids(dialog) == [
        "wall-calf",
        "neck-side-tilt",
        "knees-to-chest",
        "standing-hamstring",
    ]
    steps.setCurrentRow(1)
    button(dialog, "remove").click()
    assert step_ids(dialog) == ["wall-calf", "knees-to-chest", "standing-hamstring"]

    # Timing: hold and sides of the calf stretch, repetitions of the hamstring stretch.
    steps.setCurrentRow(0)
    assert spin(dialog, "hold_s").value() == 10
    spin(dialog, "hold_s").setValue(30)
    combo = sides_combo(dialog)
    assert [combo.itemData(i) for i in range(combo.count())] == ["both", "left", "right"]
    combo.setCurrentIndex(combo.findData("left"))
    assert steps.item(0).text().replace(NBSP, " ").endswith("\n3 × 30 s, left only")
    steps.setCurrentRow(2)
    assert spin(dialog, "hold_s").value() == 10  # the exercise's own value
    spin(dialog, "reps").setValue(5)
    spin(dialog, "relax_s").setValue(4)
    spin(dialog, "relax_s").setValue(10)  # back to the exercise's value: no override
    # Knees to chest is not one-sided: the only choice is "not one-sided".
    steps.setCurrentRow(1)
    assert [combo.itemData(i) for i in range(combo.count())] == ["none"]
    assert not combo.isEnabled()

    expected = rt.Routine(
        id="x",
        name="x",
        purpose=rt.Purpose.BEDTIME,
        steps=tuple(dialog.steps()),
        prepare_s=5,
        switch_s=5,
    )
    phases = rt.timeline(expected, library.exercises)
    assert label_text(dialog, "total") == f"Total: {text.clock_duration(rt.total_seconds(phases))}"

    save_button(dialog).click()
    assert dialog.saved_id is not None
    assert saved_file(user_dir, dialog.saved_id)["steps"] == [
        {"exercise": "wall-calf", "hold_s": 30, "sides": "left"},
        {"exercise": "knees-to-chest"},
        {"exercise": "standing-hamstring", "reps": 5},
    ]
    reloaded = storage.load_library(user_dir).routines[dialog.saved_id]
    assert list(reloaded.steps) == dialog.steps()


def test_editors_follow_the_selected_step(qtbot: QtBot, user_dir: Path) -> None:
    write_own(user_dir, OWN)
    dialog, _library = make(qtbot, user_dir, "my-stretches")
    steps = steps_list(dialog)
    assert steps.currentRow() == 0
    assert "Ankle pumps" in child(dialog, QtWidgets.QGroupBox, "step_timing").title()
    steps.setCurrentRow(1)
    assert spin(dialog, "hold_s").value() == 20  # the step's override
    assert "own timing" in label_text(dialog, "exercise_defaults")
    spin(dialog, "hold_s").setValue(15)  # the exercise's own value: the override goes
    assert dialog.steps()[1] == rt.RoutineStep("neck-side-tilt")


def test_filter_and_enter_add_from_the_library(qtbot: QtBot, user_dir: Path) -> None:
    dialog, _library = make(qtbot, user_dir)
    finder = child(dialog, QtWidgets.QLineEdit, "filter")
    library = library_list(dialog)
    finder.setText("hamstring")
    shown = [library.item(i) for i in range(library.count()) if not library.item(i).isHidden()]
    assert shown
    assert all("hamstring" in item.text().lower() for item in shown)
    assert library.currentItem() in shown
    QTest.keyClick(library, QtCore.Qt.Key.Key_Return)
    assert len(dialog.steps()) == 1
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted  # Enter did not save
    finder.setText("gastrocnemius")  # muscles count too
    shown = [library.item(i) for i in range(library.count()) if not library.item(i).isHidden()]
    assert "Standing wall calf stretch" in [item.text() for item in shown]
    finder.setText("no such thing")
    assert not button(dialog, "add").isEnabled()


# --- own routines -------------------------------------------------------------------------------


def test_editing_an_own_routine_keeps_its_id_and_file(qtbot: QtBot, user_dir: Path) -> None:
    path = write_own(user_dir, OWN)
    dialog, _library = make(qtbot, user_dir, "my-stretches")
    assert dialog.routine_id() == "my-stretches"
    assert button(dialog, "delete").isVisibleTo(dialog)
    assert not child(dialog, QtWidgets.QLabel, "copy_note").isVisibleTo(dialog)
    child(dialog, QtWidgets.QLineEdit, "name").setText("Morning stretches")
    assert dialog.routine_id() == "my-stretches"
    save_button(dialog).click()
    assert dialog.saved_id == "my-stretches"
    assert sorted(user_dir.iterdir()) == [path]
    assert saved_file(user_dir, "my-stretches")["name"] == "Morning stretches"
    reloaded = storage.load_library(user_dir).routines["my-stretches"]
    assert reloaded.steps == OWN.steps


def test_a_hand_named_file_is_replaced_not_duplicated(qtbot: QtBot, user_dir: Path) -> None:
    write_own(user_dir, OWN, "stretches.json")
    dialog, _library = make(qtbot, user_dir, "my-stretches")
    save_button(dialog).click()
    assert [p.name for p in user_dir.iterdir()] == ["my-stretches.json"]
    assert storage.load_library(user_dir).problems == []


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_delete_an_own_routine(
    qtbot: QtBot, user_dir: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    path = write_own(user_dir, OWN)
    dialog, _library = make(qtbot, user_dir, "my-stretches")
    asked: list[str] = []

    def question(*args: object, **kwargs: object) -> QtWidgets.QMessageBox.StandardButton:
        asked.append(str(args[2]))
        yes, no = QtWidgets.QMessageBox.StandardButton.Yes, QtWidgets.QMessageBox.StandardButton.No
        return yes if answer == "Yes" else no

    monkeypatch.setattr(QtWidgets.QMessageBox, "question", question)
    button(dialog, "delete").click()
    assert asked
    assert "My stretches" in asked[0]
    if answer == "Yes":
        assert not path.exists()
        assert dialog.deleted_id == "my-stretches"
        assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted
        assert dialog.saved_id is None
    else:
        assert path.exists()
        assert dialog.deleted_id is None


# --- validation ---------------------------------------------------------------------------------


def test_empty_name_disables_save(qtbot: QtBot, user_dir: Path) -> None:
    dialog, _library = make(qtbot, user_dir, "bedtime-core")
    name = child(dialog, QtWidgets.QLineEdit, "name")
    name.setText("   ")
    assert not save_button(dialog).isEnabled()
    assert problems(dialog) == "Give the routine a name."
    name.setText("Evening")
    assert save_button(dialog).isEnabled()
    assert problems(dialog) == ""


def test_no_steps_disables_save(qtbot: QtBot, user_dir: Path) -> None:
    dialog, _library = make(qtbot, user_dir, "bedtime-core")
    steps = steps_list(dialog)
    QTest.keyClick(steps, QtCore.Qt.Key.Key_Delete)
    assert save_button(dialog).isEnabled()
    QTest.keyClick(steps, QtCore.Qt.Key.Key_Delete)
    assert dialog.steps() == []
    assert not save_button(dialog).isEnabled()
    assert "Add at least one exercise" in problems(dialog)
    assert label_text(dialog, "total") == "Total: 0:00"
    assert not button(dialog, "remove").isEnabled()


def test_too_long_description_is_explained(qtbot: QtBot, user_dir: Path) -> None:
    dialog, _library = make(qtbot, user_dir, "bedtime-core")
    child(dialog, QtWidgets.QPlainTextEdit, "description").setPlainText("x" * (rt.MAX_TEXT + 1))
    assert not save_button(dialog).isEnabled()
    assert problems(dialog) == f"The description can have at most {rt.MAX_TEXT} characters."


def test_a_name_like_a_builtin_gets_a_free_id(qtbot: QtBot, user_dir: Path) -> None:
    dialog, _library = make(qtbot, user_dir, "bedtime-core")
    child(dialog, QtWidgets.QLineEdit, "name").setText("Bedtime core")
    assert dialog.routine_id() == "bedtime-core-2"
    assert label_text(dialog, "file") == "Saved as bedtime-core-2.json"
    save_button(dialog).click()
    assert dialog.saved_id == "bedtime-core-2"
    assert not (user_dir / "bedtime-core.json").exists()
    reloaded = storage.load_library(user_dir)
    assert reloaded.routines["bedtime-core"].builtin
    assert reloaded.routines["bedtime-core-2"].name == "Bedtime core"


def test_a_broken_file_is_never_overwritten(qtbot: QtBot, user_dir: Path) -> None:
    user_dir.mkdir()
    (user_dir / "evening.json").write_text("{not json", "utf-8")
    dialog, _library = make(qtbot, user_dir, "bedtime-core")
    child(dialog, QtWidgets.QLineEdit, "name").setText("Evening")
    assert dialog.routine_id() == "evening-2"


# --- saving fails -------------------------------------------------------------------------------


def test_save_into_a_file_shows_the_error(qtbot: QtBot, tmp_path: Path) -> None:
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("", "utf-8")
    dialog, _library = make(qtbot, not_a_folder, "bedtime-core")
    save_button(dialog).click()
    assert dialog.saved_id is None
    assert dialog.result() != QtWidgets.QDialog.DialogCode.Accepted
    assert problems(dialog).startswith("Could not save the routine:")
    # The next edit clears the old error.
    child(dialog, QtWidgets.QLineEdit, "name").setText("Other")
    assert problems(dialog) == ""


def test_save_error_keeps_the_dialog_open(
    qtbot: QtBot, user_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_folder: Path, _routine: rt.Routine) -> Path:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(storage, "save_routine", fail)
    dialog, _library = make(qtbot, user_dir, "bedtime-core")
    with qtbot.waitExposed(dialog):
        dialog.show()
    save_button(dialog).click()
    assert dialog.isVisible()
    assert problems(dialog) == "Could not save the routine: Permission denied"
    assert dialog.saved_id is None


# --- edit() -------------------------------------------------------------------------------------


@pytest.mark.parametrize("accept", [True, False])
def test_edit_returns_the_saved_id(
    qtbot: QtBot, user_dir: Path, monkeypatch: pytest.MonkeyPatch, accept: bool
) -> None:
    def fake_exec(dialog: RoutineEditorDialog) -> int:
        qtbot.addWidget(dialog)
        if accept:
            save_button(dialog).click()
        else:
            dialog.reject()
        return dialog.result()

    monkeypatch.setattr(RoutineEditorDialog, "exec", fake_exec)
    result = RoutineEditorDialog.edit(storage.load_library(user_dir), user_dir, "desk-break")
    if accept:
        assert result is not None
        assert (user_dir / f"{result}.json").exists()
    else:
        assert result is None
        assert not user_dir.exists()


# --- keyboard, accessibility, looks -------------------------------------------------------------


def _inside_compound(widget: QtWidgets.QWidget, dialog: QtWidgets.QDialog) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not dialog:
        if isinstance(parent, QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox):
            return True
        parent = parent.parentWidget()
    return False


def test_every_control_is_reachable_with_tab_and_named(qtbot: QtBot, user_dir: Path) -> None:
    write_own(user_dir, OWN)
    dialog, _library = make(qtbot, user_dir, "my-stretches")
    steps_list(dialog).setCurrentRow(1)  # a one-sided step: every editor is enabled
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    controls = [
        widget
        for widget in dialog.findChildren(QtWidgets.QWidget)
        if widget.isVisibleTo(dialog)
        and widget.isEnabled()
        and not _inside_compound(widget, dialog)
        and widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
    ]
    # Name, purpose, description, 2 lists, filter, 3 spins, sides, 5 buttons, delete, save,
    # cancel (Move down is disabled on the last step).
    assert len(controls) >= 16, [w.objectName() for w in controls]
    unnamed = [f"{type(w).__name__} {w.objectName()!r}" for w in controls if not w.accessibleName()]
    assert unnamed == []

    child(dialog, QtWidgets.QLineEdit, "name").setFocus()
    reached: list[QtWidgets.QWidget] = []
    for _ in range(60):
        focused = QtWidgets.QApplication.focusWidget()
        assert focused is not None
        if _inside_compound(focused, dialog):
            parent = focused.parentWidget()
            assert parent is not None
            focused = parent
        reached.append(focused)
        QTest.keyClick(focused, QtCore.Qt.Key.Key_Tab)
    missing = [w.objectName() or type(w).__name__ for w in controls if w not in reached]
    assert missing == []
    assert reached.index(child(dialog, QtWidgets.QPlainTextEdit, "description")) < reached.index(
        steps_list(dialog)
    )


def _mnemonic(text: str) -> str | None:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else None


def test_mnemonics_are_unique_and_labels_have_buddies(qtbot: QtBot, user_dir: Path) -> None:
    write_own(user_dir, OWN)
    dialog, _library = make(qtbot, user_dir, "my-stretches")
    texts = [label.text() for label in dialog.findChildren(QtWidgets.QLabel)]
    texts += [
        b.text()
        for b in dialog.findChildren(QtWidgets.QPushButton)
        # not Save and Cancel, whose letters the platform picks
        if not isinstance(b.parentWidget(), QtWidgets.QDialogButtonBox)
    ]
    keys = [key for key in map(_mnemonic, texts) if key is not None]
    assert len(keys) >= 15
    assert len(set(keys)) == len(keys), keys
    assert not set(keys) & set("sc")  # Save and Cancel on GNOME and KDE
    for label in dialog.findChildren(QtWidgets.QLabel):
        if _mnemonic(label.text()):
            assert label.buddy() is not None, label.text()


def test_problem_label_follows_dark_palette(qtbot: QtBot, user_dir: Path) -> None:
    dialog, _library = make(qtbot, user_dir)
    label = child(dialog, QtWidgets.QLabel, "problems")
    assert label.font().bold()
    dark = QtGui.QPalette(QtGui.QColor(40, 40, 40))
    dialog.setPalette(dark)
    colour = label.palette().color(QtGui.QPalette.ColorRole.WindowText)
    assert colour.lightness() > dark.color(QtGui.QPalette.ColorRole.Window).lightness() + 60


def test_sizes_follow_the_font(qtbot: QtBot, user_dir: Path) -> None:
    app = QtWidgets.QApplication.instance()
    assert isinstance(app, QtWidgets.QApplication)
    normal = app.font()
    small, _library = make(qtbot, user_dir, "bedtime-core")
    larger = QtGui.QFont(normal)
    larger.setPointSizeF(normal.pointSizeF() * 1.5)
    app.setFont(larger)
    try:
        large, _library = make(qtbot, user_dir, "bedtime-core")
    finally:
        app.setFont(normal)
    for name in ("steps", "library"):
        assert (
            child(large, QtWidgets.QListWidget, name).minimumWidth()
            > child(small, QtWidgets.QListWidget, name).minimumWidth()
        )
    assert large.minimumSizeHint().height() > small.minimumSizeHint().height()
