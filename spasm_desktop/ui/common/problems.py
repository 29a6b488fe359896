"""The label that lists what stops a form from being saved, in one look everywhere.

Bold, word-wrapped plain text in a red that reads on the window's background, light or dark
(:func:`assets.problem_colour`); hidden until there is something to say. A window calls
:func:`colour_problems` again when its palette changes.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.ui.common import assets


def problem_label(
    owner: QtWidgets.QWidget, accessible: str, *, name: str = "", selectable: bool = False
) -> QtWidgets.QLabel:
    """A hidden problems label for ``owner``, named ``name`` (if given) and ``accessible``;
    with ``selectable`` its text can be selected with the mouse (to copy a file name, say).
    """
    label = QtWidgets.QLabel()
    if name:
        label.setObjectName(name)
    label.setAccessibleName(accessible)
    label.setWordWrap(True)
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
    bold = label.font()
    bold.setBold(True)
    label.setFont(bold)
    colour_problems(owner, label)
    label.hide()
    return label


def colour_problems(owner: QtWidgets.QWidget, label: QtWidgets.QLabel) -> None:
    """Colour ``label`` in the problem red that reads on ``owner``'s palette."""
    palette = label.palette()
    palette.setColor(QtGui.QPalette.ColorRole.WindowText, assets.problem_colour(owner))
    label.setPalette(palette)
