"""How bad the cramp was: eleven large buttons, 0 (no pain) to 10, instead of a small spin box.

Click a number, or with the keyboard: a digit (1 then 0 gives 10), the arrow keys, Home and End;
Delete or Backspace takes the answer back ("not given"). Shared by the relief panel and the
diary's cramp form.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.ui.common import look

# The highest rating.
TOP = 10
_STEP_KEYS = {
    QtCore.Qt.Key.Key_Right: 1,
    QtCore.Qt.Key.Key_Up: 1,
    QtCore.Qt.Key.Key_Left: -1,
    QtCore.Qt.Key.Key_Down: -1,
}


class PainScale(QtWidgets.QWidget):
    """The pain rating, -1 while not given.

    Signals:
        value_changed(int): the rating chosen (-1: taken back).
    """

    value_changed = QtCore.Signal(int)

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = -1
        self._last_key = ""
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("How bad was it, from 0 (no pain) to 10"))
        self.setAccessibleDescription(self.tr("Not given"))
        row = QtWidgets.QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(max(2, self.fontMetrics().height() // 6))
        self.buttons: list[QtWidgets.QPushButton] = []
        size = int(self.fontMetrics().height() * 2.2)
        for number in range(TOP + 1):
            button = QtWidgets.QPushButton(QtCore.QLocale().toString(number))
            button.setCheckable(True)
            button.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)  # the scale has the focus
            button.setAccessibleName(
                self.tr("Pain %1 out of 10").replace("%1", QtCore.QLocale().toString(number))
            )
            button.setMinimumSize(size, size)
            button.setFont(look.scaled(self.font(), 1.2, bold=True))
            button.clicked.connect(lambda _=False, n=number: self.set_value(n))
            row.addWidget(button)
            self.buttons.append(button)

    def value(self) -> int:
        """The rating, -1 if not given."""
        return self._value

    def set_value(self, value: int) -> None:
        """Choose ``value`` (0 to 10, or -1 for none)."""
        value = max(-1, min(TOP, value))
        for number, button in enumerate(self.buttons):
            button.setChecked(number == value)
            if number == value:
                look.primary(button, "0px")  # the chosen number stands out in any theme
            else:
                look.plain(button)
        if value == self._value:
            return
        self._value = value
        shown = (
            self.tr("Not given")
            if value < 0
            else self.tr("%1 out of 10").replace("%1", QtCore.QLocale().toString(value))
        )
        self.setAccessibleDescription(shown)
        self.value_changed.emit(value)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Digits, arrows, Home/End and Delete choose; other keys go on (Tab, Esc)."""
        key = QtCore.Qt.Key(event.key())
        typed = event.text()
        if typed.isdigit() and len(typed) == 1:
            wanted = TOP if typed == "0" and self._last_key == "1" else int(typed)
            self._last_key = typed
            self.set_value(wanted)
            return
        self._last_key = ""
        if key in _STEP_KEYS:
            start = self._value if self._value >= 0 else (0 if _STEP_KEYS[key] > 0 else TOP + 1)
            self.set_value(max(0, min(TOP, start + _STEP_KEYS[key])))
        elif key == QtCore.Qt.Key.Key_Home:
            self.set_value(0)
        elif key == QtCore.Qt.Key.Key_End:
            self.set_value(TOP)
        elif key in (QtCore.Qt.Key.Key_Delete, QtCore.Qt.Key.Key_Backspace):
            self.set_value(-1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """A focus frame around the scale while it has the keyboard."""
        super().paintEvent(event)
        if self.hasFocus():
            painter = QtGui.QPainter(self)
            pen = QtGui.QPen(self.palette().color(QtGui.QPalette.ColorRole.Highlight), 2)
            painter.setPen(pen)
            painter.drawRect(self.rect().adjusted(1, 1, -2, -2))
            painter.end()

    def focusInEvent(self, event: QtGui.QFocusEvent) -> None:
        """Qt: draw the focus mark."""
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:
        """Qt: take the focus mark away."""
        self.update()
        super().focusOutEvent(event)
