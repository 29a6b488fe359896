"""Keys that work the same in every window of the app.

Return and Enter press the focused push or tool button, as Space does. Qt does this only for
buttons in dialogs (its "auto default" buttons); in the app's other windows (Today, the relief
panel, the player …) a button ignored Return, and a window's own Return shortcut (the player's
"start") took it. One filter on the application does it for every window, those opened later too.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

_ENTER = (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)
#: Enter on the number pad comes with the keypad modifier; any other modifier is another key.
_PLAIN = (
    QtCore.Qt.KeyboardModifier.NoModifier,
    QtCore.Qt.KeyboardModifier.KeypadModifier,
)


class EnterPressesButtons(QtCore.QObject):
    """An application event filter: Return or Enter on a focused button clicks it."""

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Qt: click a focused button on a plain Return or Enter; let every other event through."""
        kind = event.type()
        if kind not in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.ShortcutOverride):
            return False
        if not isinstance(watched, (QtWidgets.QPushButton, QtWidgets.QToolButton)):
            return False
        assert isinstance(event, QtGui.QKeyEvent)
        if event.key() not in _ENTER or event.modifiers() not in _PLAIN:
            return False
        if not (watched.isEnabled() and watched.isVisible()):
            return False
        event.accept()  # a window's Return shortcut does not take it from the button
        if kind == QtCore.QEvent.Type.KeyPress and not event.isAutoRepeat():
            watched.click()
        return kind == QtCore.QEvent.Type.KeyPress


def install(qapp: QtCore.QCoreApplication) -> EnterPressesButtons:
    """Make Return and Enter press the focused button in every window of ``qapp`` (once)."""
    keys = qapp.findChild(EnterPressesButtons)
    if keys is None:
        keys = EnterPressesButtons(qapp)
        qapp.installEventFilter(keys)
    return keys
