"""Two parts side by side that stack when narrow (ui/common/columns.py): side by side where
their minimums fit, shared as a box layout shares; one above the other, in the same order and at
full width, where they do not; and never wider than the widest part.
"""

from __future__ import annotations

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.ui.common.columns import Columns, level


def _columns(
    qtbot: QtBot,
) -> tuple[QtWidgets.QWidget, Columns, QtWidgets.QLabel, QtWidgets.QGroupBox]:
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    columns = Columns(window)
    columns.setContentsMargins(0, 0, 0, 0)
    words = QtWidgets.QLabel("Words that wrap onto more lines where the column is narrow. " * 4)
    words.setWordWrap(True)
    words.setMinimumWidth(200)
    box = QtWidgets.QGroupBox("A group")
    QtWidgets.QVBoxLayout(box).addWidget(QtWidgets.QCheckBox("A check box with a long text"))
    columns.add(box)
    columns.add(words, 1)
    return window, columns, words, box


def test_side_by_side_where_their_minimums_fit(qtbot: QtBot) -> None:
    window, columns, words, box = _columns(qtbot)
    needs = box.minimumSizeHint().width() + words.minimumSizeHint().width() + 40
    assert columns.side_by_side(needs)
    window.resize(needs, 300)
    window.show()
    qtbot.waitExposed(window)
    assert box.y() == words.y()
    assert box.geometry().right() < words.x()
    assert words.geometry().right() <= window.width()  # nothing past the right edge


def test_stacked_at_full_width_where_they_do_not(qtbot: QtBot) -> None:
    window, columns, words, box = _columns(qtbot)
    widest = max(box.minimumSizeHint().width(), words.minimumSizeHint().width())
    assert columns.minimumSize().width() == widest  # never wider than the widest part
    narrow = widest + 10
    assert not columns.side_by_side(narrow)
    window.resize(narrow, columns.heightForWidth(narrow))
    window.show()
    qtbot.waitExposed(window)
    assert box.geometry().bottom() < words.y()  # the same order, top to bottom
    assert box.width() == words.width() == narrow
    assert words.height() >= words.heightForWidth(narrow)  # every line of the words shows
    assert columns.heightForWidth(narrow) > columns.heightForWidth(narrow * 3)


def test_spare_width_evens_out_parts_that_do_not_stretch() -> None:
    assert level([100, 200], 50) == [150, 200]
    assert level([100, 200], 150) == [225, 225]
    assert level([100, 100, 300], 10) == [105, 105, 300]
