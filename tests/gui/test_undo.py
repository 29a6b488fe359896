"""Tests for the undo bar and the table keys shared by the diary and the profile (pytest-qt)."""

from __future__ import annotations

import gc

from PySide6 import QtCore, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.ui.common import undo


def make_window(qtbot: QtBot) -> tuple[QtWidgets.QWidget, undo.UndoBar]:
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    bar = undo.UndoBar(window)
    QtWidgets.QVBoxLayout(window).addWidget(bar)
    return window, bar


def test_the_bar_is_hidden_until_offered_and_describes_itself(qtbot: QtBot) -> None:
    window, bar = make_window(qtbot)
    window.show()
    assert not bar.isVisible()
    assert bar.label.accessibleName() == "Deleted"
    assert bar.label.wordWrap()
    assert bar.label.textInteractionFlags() & (
        QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    assert bar.button.text() == "&Undo"
    assert bar.button.accessibleName() == "Undo the delete"
    assert bar.button.toolTip() == undo.undo_key_text() != ""

    bar.offer("Deleted the calf cramp.")
    assert bar.isVisible()
    assert bar.label.text() == "Deleted the calf cramp."
    assert bar.button.accessibleDescription() == "Deleted the calf cramp."

    bar.dismiss()
    assert not bar.isVisible()
    assert bar.label.text() == ""
    assert bar.button.accessibleDescription() == ""


def test_the_button_and_the_undo_key_ask_to_undo(qtbot: QtBot) -> None:
    window, bar = make_window(qtbot)
    other = QtWidgets.QLabel("elsewhere in the window", window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    bar.offer("Deleted.")
    with qtbot.waitSignal(bar.undo_requested):
        bar.button.click()
    bar.dismiss()
    with qtbot.waitSignal(bar.undo_requested):  # the key works while the bar hides, too
        QtTest.QTest.keyClick(
            other, QtCore.Qt.Key.Key_Z, QtCore.Qt.KeyboardModifier.ControlModifier
        )


def test_row_keys_edit_and_delete_without_modifiers_only(qtbot: QtBot) -> None:
    table = QtWidgets.QTableWidget(2, 1)
    qtbot.addWidget(table)
    calls: list[str] = []
    undo.RowKeys(table, edit=lambda: calls.append("edit"), delete=lambda: calls.append("delete"))
    gc.collect()  # the table keeps the filter alive
    table.show()
    keypad = QtCore.Qt.KeyboardModifier.KeypadModifier
    QtTest.QTest.keyClick(table, QtCore.Qt.Key.Key_Return)
    QtTest.QTest.keyClick(table, QtCore.Qt.Key.Key_Enter, keypad)
    QtTest.QTest.keyClick(table, QtCore.Qt.Key.Key_Delete)
    assert calls == ["edit", "edit", "delete"]
    QtTest.QTest.keyClick(table, QtCore.Qt.Key.Key_Delete, QtCore.Qt.KeyboardModifier.ShiftModifier)
    QtTest.QTest.keyClick(
        table, QtCore.Qt.Key.Key_Return, QtCore.Qt.KeyboardModifier.ControlModifier
    )
    QtTest.QTest.keyClick(table, QtCore.Qt.Key.Key_Down)
    assert calls == ["edit", "edit", "delete"]
