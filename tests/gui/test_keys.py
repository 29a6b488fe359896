"""The keyboard alone (issue 16): Tab leaves tables, Return and Enter press the focused button,
the player starts with its Pause button focused, and the windows come to the front with the
keyboard. Every key goes through Qt's own delivery (QTest), shortcuts included.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.storage import routines
from spasm_desktop.ui.common import text
from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow
from tests.gui.conftest import MakeApp
from tests.gui.needed import holds, need

Key = QtCore.Qt.Key
CTRL_SHIFT = QtCore.Qt.KeyboardModifier.ControlModifier | QtCore.Qt.KeyboardModifier.ShiftModifier


def active(window: QtWidgets.QWidget) -> bool:
    return QtWidgets.QApplication.activeWindow() is window


def focused() -> QtWidgets.QWidget | None:
    return QtWidgets.QApplication.focusWidget()


def test_tab_leaves_the_reminders_table_and_its_rows_are_named(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    app.show_today()
    today = need(app.windows.today.window)
    qtbot.waitUntil(lambda: active(today))
    table = today.table
    table.setFocus()
    qtbot.waitUntil(lambda: focused() is table)
    QTest.keyClick(table, Key.Key_Tab)
    qtbot.waitUntil(lambda: focused() is not table)
    table.setFocus()
    qtbot.waitUntil(lambda: focused() is table)
    QTest.keyClick(table, Key.Key_Backtab, QtCore.Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: focused() is not table)
    # Ctrl+Tab no longer walks the cells either.
    table.setFocus()
    table.setCurrentCell(0, 0)
    QTest.keyClick(table, Key.Key_Tab, QtCore.Qt.KeyboardModifier.ControlModifier)
    assert (table.currentRow(), table.currentColumn()) == (0, 0)
    # Through Qt's accessibility interface, each row is read with its name and each cell with
    # its row's and its column's names, not as a bare number.
    cells = QtGui.QAccessible.queryAccessibleInterface(table)
    names: dict[QtGui.QAccessible.Role, list[str]] = {
        cells.child(i).role(): [] for i in range(cells.childCount())
    }
    for i in range(cells.childCount()):
        child = cells.child(i)
        names[child.role()].append(child.text(QtGui.QAccessible.Text.Name))
    kinds = [text.kind_name(kind) for kind in ReminderKind]
    assert names[QtGui.QAccessible.Role.RowHeader] == kinds
    done = text.outcome_name(Outcome.DONE)
    assert f"{kinds[0]}, {done}: 0" in names[QtGui.QAccessible.Role.Cell]
    for cell in names[QtGui.QAccessible.Role.Cell]:
        assert any(cell.startswith(f"{kind}, ") for kind in kinds), cell


def test_return_and_enter_press_the_focused_button_in_today(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    app.show_today()
    today = need(app.windows.today.window)
    qtbot.waitUntil(lambda: active(today))
    for key, button, signal in (
        (Key.Key_Return, today.learn_button, today.learn_requested),
        (Key.Key_Enter, today.history_button, today.history_requested),
    ):
        button.setFocus()

        def has_focus(button: QtWidgets.QWidget = button) -> bool:
            return focused() is button

        qtbot.waitUntil(has_focus)
        with qtbot.waitSignal(signal, timeout=1000):
            QTest.keyClick(button, key)


def test_return_presses_its_over_in_the_relief_panel(make_app: MakeApp, qtbot: QtBot) -> None:
    app, _icon, _notifier = make_app()
    app.relief.show_panel("calf")
    panel = need(app.windows.relief.window)
    panel.choose_side("right")
    qtbot.waitUntil(lambda: active(panel) and focused() is panel.card.over_button)
    with qtbot.waitSignal(panel.card.over_button.clicked, timeout=1000):
        QTest.keyClick(panel.card.over_button, Key.Key_Return)
    panel.close()


def test_the_relief_stretch_opens_in_front_with_focus_on_pause(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    app, _icon, _notifier = make_app()
    app.relief.show_panel("calf")
    panel = need(app.windows.relief.window)
    panel.choose_side("right")
    qtbot.waitUntil(lambda: active(panel))
    QTest.keyClick(panel.card.stretch_button, Key.Key_Space)  # with the keyboard alone
    player = app.windows.player.window
    assert player is not None
    assert not player.showing_intro
    qtbot.waitUntil(lambda: active(player) and focused() is player.pause_button)
    player.close()
    panel.close()


def test_a_minimised_relief_panel_comes_back_in_front(make_app: MakeApp, qtbot: QtBot) -> None:
    app, _icon, _notifier = make_app()
    app.relief.show_panel()
    panel = need(app.windows.relief.window)
    qtbot.waitUntil(lambda: active(panel))
    panel.showMinimized()
    qtbot.waitUntil(lambda: panel.isMinimized())
    assert app.handle_request({"cmd": "relief"}) == {"ok": True}
    assert app.windows.relief.window is panel
    qtbot.waitUntil(lambda: not panel.isMinimized() and active(panel))
    panel.showMinimized()
    qtbot.waitUntil(lambda: panel.isMinimized())
    app.show_today()
    today = need(app.windows.today.window)
    qtbot.waitUntil(lambda: active(today))
    assert text.RELIEF_SHORTCUT == "Ctrl+Shift+C"
    QTest.keyClick(today, Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: not panel.isMinimized() and active(panel))
    panel.close()


def player(qtbot: QtBot, intro: bool = False) -> RoutinePlayerWindow:
    """A player on a clock that stands still, shown and active."""
    library = routines.load_library(None)
    window = RoutinePlayerWindow(
        library.routines["bedtime-core"], library.exercises, intro=intro, monotonic=lambda: 1000.0
    )
    window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: active(window))
    return window


def test_the_player_opens_with_focus_on_pause_and_space_presses_the_focused_button(
    qtbot: QtBot,
) -> None:
    window = player(qtbot)
    qtbot.waitUntil(lambda: focused() is window.pause_button)
    QTest.keyClick(window.pause_button, Key.Key_Space)
    assert not holds(window.player.running)
    QTest.keyClick(window.pause_button, Key.Key_Space)
    assert window.player.running
    first = window.player.index
    window.next_button.setFocus()
    qtbot.waitUntil(lambda: focused() is window.next_button)
    QTest.keyClick(window.next_button, Key.Key_Space)  # Next, not Pause
    assert window.player.index == first + 1
    assert window.player.running
    QTest.keyClick(window.next_button, Key.Key_Return)
    assert window.player.index == first + 2
    assert window.player.running
    window.back_button.setFocus()
    qtbot.waitUntil(lambda: focused() is window.back_button)
    QTest.keyClick(window.back_button, Key.Key_Enter, QtCore.Qt.KeyboardModifier.KeypadModifier)
    assert window.player.index == first + 1
    window.setFocus()  # no button focused: Space pauses
    qtbot.waitUntil(lambda: focused() is window)
    QTest.keyClick(window, Key.Key_Space)
    assert not window.player.running


def test_after_the_first_screen_the_player_has_focus_on_pause(qtbot: QtBot) -> None:
    window = player(qtbot, intro=True)
    qtbot.waitUntil(lambda: focused() is window.start_button)
    QTest.keyClick(window.start_button, Key.Key_Return)
    assert not window.showing_intro
    qtbot.waitUntil(lambda: focused() is window.pause_button)
