"""A row of buttons that wraps (ui/common/flow.py): one line where there is room, more lines
where there is not, each button at its full width, and the buttons after the stretch on the
right.
"""

from __future__ import annotations

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.ui.common import flow


def _row(
    qtbot: QtBot, fill: bool = False
) -> tuple[QtWidgets.QWidget, flow.FlowRow, list[QtWidgets.QPushButton]]:
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    row = flow.FlowRow(window, fill=fill)
    buttons = [QtWidgets.QPushButton(f"Button number {i}") for i in range(4)]
    for button in buttons[:3]:
        row.addWidget(button)
    row.addStretch()
    row.addWidget(buttons[3])
    return window, row, buttons


def test_one_line_where_there_is_room(qtbot: QtBot) -> None:
    window, row, buttons = _row(qtbot)
    window.resize(row.sizeHint().width() + 200, 100)
    window.show()
    qtbot.waitExposed(window)
    assert len({b.y() for b in buttons}) == 1
    assert all(b.width() == b.sizeHint().width() for b in buttons)
    assert buttons[3].geometry().right() == window.width() - 1  # kept to the right end
    assert buttons[2].geometry().right() < buttons[3].x() - 100


def test_more_lines_where_there_is_not(qtbot: QtBot) -> None:
    window, row, buttons = _row(qtbot)
    widest = max(b.sizeHint().width() for b in buttons)
    assert row.minimumSize().width() == widest
    narrow = 2 * widest + 10
    window.resize(narrow, row.heightForWidth(narrow))
    window.show()
    qtbot.waitExposed(window)
    assert len({b.y() for b in buttons}) == 2
    assert all(b.width() == b.sizeHint().width() for b in buttons)
    assert all(window.rect().contains(b.geometry()) for b in buttons)
    assert row.heightForWidth(narrow) > row.heightForWidth(row.sizeHint().width())


def test_fill_shares_the_width(qtbot: QtBot) -> None:
    window, row, buttons = _row(qtbot, fill=True)
    window.resize(row.sizeHint().width() + 200, 100)
    window.show()
    qtbot.waitExposed(window)
    assert all(b.width() > b.sizeHint().width() for b in buttons)


def test_a_hidden_button_takes_no_room(qtbot: QtBot) -> None:
    _window, row, buttons = _row(qtbot)
    wide = row.sizeHint().width()
    buttons[0].hide()
    assert row.sizeHint().width() < wide - buttons[0].sizeHint().width()
