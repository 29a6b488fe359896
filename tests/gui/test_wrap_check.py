"""A check box whose words wrap (ui/common/wrap_check.py): on one line where there is room, on
more lines where there is not, never narrower than its longest word, its text and mnemonic kept.
"""

from __future__ import annotations

from PySide6 import QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.ui.common.wrap_check import WrapCheckBox

WORDS = "Wait while a window is &full-screen (presentations, videos, games)"


def _shown(qtbot: QtBot, width: int) -> tuple[QtWidgets.QWidget, WrapCheckBox]:
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    column = QtWidgets.QVBoxLayout(window)
    box = WrapCheckBox(WORDS)
    column.addWidget(box)
    column.addStretch(1)
    window.resize(width, 300)
    window.show()
    qtbot.waitExposed(window)
    return window, box


def test_one_line_where_there_is_room(qtbot: QtBot) -> None:
    _window, box = _shown(qtbot, 2000)
    assert box.text() == WORDS
    assert "\n" not in QtWidgets.QCheckBox.text(box)


def test_more_lines_where_there_is_not_and_never_narrower_than_a_word(qtbot: QtBot) -> None:
    wide = QtWidgets.QCheckBox(WORDS)
    window, box = _shown(qtbot, wide.sizeHint().width() // 2)
    qtbot.waitUntil(lambda: "\n" in QtWidgets.QCheckBox.text(box))
    assert box.text() == WORDS  # the words, as set
    assert box.width() <= window.width()
    qtbot.waitUntil(lambda: box.height() >= box.heightForWidth(box.width()))  # laid out again
    assert box.height() > wide.sizeHint().height()
    longest = max(box.fontMetrics().horizontalAdvance(w) for w in WORDS.split(" "))
    assert longest < box.minimumSizeHint().width() < wide.sizeHint().width()
    assert box.shortcut() == QtGui.QKeySequence("Alt+F")  # the mnemonic is kept
