"""A large button whose words wrap where it is narrow (look.WrapButton): never cut, never
wider than its longest word needs, and its words read the same to code and screen readers.
"""

from __future__ import annotations

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.ui.common.look import WrapButton

WORDS = "Guided stretch, both sides, with a long ending (T)"


def _window(qtbot: QtBot, width: int) -> tuple[QtWidgets.QWidget, WrapButton]:
    window = QtWidgets.QWidget()
    qtbot.addWidget(window)
    layout = QtWidgets.QVBoxLayout(window)
    button = WrapButton(WORDS)
    layout.addWidget(button)
    window.resize(width, 200)
    window.show()
    qtbot.waitExposed(window)
    return window, button


def test_narrow_it_wraps_and_every_line_fits(qtbot: QtBot) -> None:
    _, button = _window(qtbot, 0)
    button.window().resize(button.minimumSizeHint().width() + 30, 200)
    qtbot.waitUntil(lambda: "\n" in QtWidgets.QPushButton.text(button))
    drawn = QtWidgets.QPushButton.text(button)
    assert drawn.replace("\n", " ") == WORDS == button.text()
    widest = max(button.fontMetrics().horizontalAdvance(line) for line in drawn.split("\n"))
    assert widest <= button.width()
    assert button.height() >= button.heightForWidth(button.width()) - 1


def test_wide_it_is_one_line(qtbot: QtBot) -> None:
    _, button = _window(qtbot, 1000)
    assert QtWidgets.QPushButton.text(button) == WORDS
    button.setText("Guided stretch (T)")
    assert QtWidgets.QPushButton.text(button) == "Guided stretch (T)" == button.text()


def test_it_asks_only_for_its_longest_word(qtbot: QtBot) -> None:
    _, button = _window(qtbot, 1000)
    assert button.minimumSizeHint().width() < button.fontMetrics().horizontalAdvance(WORDS) / 2
