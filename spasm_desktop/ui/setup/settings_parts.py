"""Builders the Settings tabs share: a checkable group, a bounded spin box, a form and its rows.

Every control reports an edit through the tab's ``changed`` signal, so the dialog checks the
candidate settings again.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core.settings import INT_BOUNDS
from spasm_desktop.ui.common import text


def group(
    changed: QtCore.SignalInstance, title: str, name: str, enabled: bool
) -> QtWidgets.QGroupBox:
    """A checkable group (a reminder kind, on or off) named ``name``."""
    box = QtWidgets.QGroupBox(title)
    box.setObjectName(name)
    box.setCheckable(True)
    box.setChecked(enabled)
    box.setAccessibleName(title.replace("&", ""))
    box.toggled.connect(changed)
    return box


def spin(
    changed: QtCore.SignalInstance, field: str, value: int, suffix: str, accessible: str
) -> QtWidgets.QSpinBox:
    """A spin box within the bounds of the settings ``field`` (as in ``"water.interval_min"``)."""
    box = QtWidgets.QSpinBox()
    box.setObjectName(field.replace(".", "_"))
    low, high = INT_BOUNDS[field]
    box.setRange(low, high)
    box.setValue(value)
    box.setSuffix(suffix)
    box.setAccessibleName(accessible)
    box.valueChanged.connect(changed)
    return box


def form(parent: QtWidgets.QWidget | None) -> QtWidgets.QFormLayout:
    """A form whose fields keep their natural width, each below its label when the two do not
    fit side by side (a longer language), so the page never scrolls sideways.
    """
    layout = QtWidgets.QFormLayout(parent)
    layout.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
    layout.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
    return layout


def row(layout: QtWidgets.QFormLayout, title: str, field: QtWidgets.QWidget) -> QtWidgets.QLabel:
    """Add ``field`` with a label (its buddy, for the mnemonic) to ``layout``."""
    label = QtWidgets.QLabel(title)
    label.setBuddy(field)
    layout.addRow(label, field)
    return label


def minutes_suffix() -> str:
    """The suffix of a number of minutes."""
    return text.tr(" min", "suffix of a number of minutes")


def day_name(day: int) -> str:
    """The locale's long name of ``day`` (0: Monday)."""
    return QtCore.QLocale().dayName(day + 1, QtCore.QLocale.FormatType.LongFormat)


#: A wrapped label and the width, in average characters, it must fit at its narrowest.
Wrapped = tuple[QtWidgets.QLabel, int]


def fold(title: str, content: QtWidgets.QWidget, name: str) -> QtWidgets.QToolButton:
    """A heading that shows or hides ``content`` (a click, Space or Enter); folded at first."""
    button = QtWidgets.QToolButton()
    button.setObjectName(name)
    button.setText(title)
    button.setAccessibleName(title.replace("&", ""))
    button.setCheckable(True)
    button.setAutoRaise(True)
    button.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
    button.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setArrowType(QtCore.Qt.ArrowType.RightArrow)
    content.setVisible(False)
    content.setProperty("fold", name)  # what it is folded under (tests find folds by it)

    def unfold(on: bool) -> None:
        content.setVisible(on)
        button.setArrowType(QtCore.Qt.ArrowType.DownArrow if on else QtCore.Qt.ArrowType.RightArrow)

    button.toggled.connect(unfold)
    return button
