"""Undo a delete, and the keys of a table of records, shared by the diary and the profile.

A window deletes a row at once and offers the :class:`UndoBar` until the next delete or until
it closes; :class:`RowKeys` lets Enter edit and Delete delete the selected row of its table.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtCore, QtGui, QtWidgets


def undo_key_text() -> str:
    """The Undo key sequence (Ctrl+Z on most systems), as the platform writes it."""
    return QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Undo).toString(
        QtGui.QKeySequence.SequenceFormat.NativeText
    )


class UndoBar(QtWidgets.QFrame):
    """A bar that says what was deleted, with a button (and Ctrl+Z) to bring it back; hidden.

    Signals:
        undo_requested(): the button was clicked or the Undo key pressed in ``window``.
    """

    undo_requested = QtCore.Signal()

    def __init__(self, window: QtWidgets.QWidget, parent: QtWidgets.QWidget | None = None) -> None:
        """``window`` gets the Undo shortcut: it works anywhere in it, also while the bar hides."""
        super().__init__(parent)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.label = QtWidgets.QLabel()
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Deleted"))
        self.label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.button = QtWidgets.QPushButton(self.tr("&Undo"))
        self.button.setAccessibleName(self.tr("Undo the delete"))
        self.button.setToolTip(undo_key_text())
        self.button.clicked.connect(self.undo_requested)
        row = QtWidgets.QHBoxLayout(self)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.setVisible(False)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Undo, window, self.undo_requested.emit)

    def offer(self, message: str) -> None:
        """Show ``message`` (what was deleted) with the button, and announce it with the key."""
        self.label.setText(message)
        self.button.setAccessibleDescription(message)
        self.setVisible(True)
        self.announce(message + " " + self.tr("Undo with %1.").replace("%1", self.button.toolTip()))

    def dismiss(self) -> None:
        """Hide the bar and forget its message (nothing is left to undo)."""
        self.setVisible(False)
        self.label.clear()
        self.button.setAccessibleDescription("")

    def announce(self, message: str) -> None:
        """Have screen readers say ``message`` (a delete or an undo moves no focus to tell)."""
        announcement = QtGui.QAccessibleAnnouncementEvent(self, message)
        QtGui.QAccessible.updateAccessibility(announcement)


class RowKeys(QtCore.QObject):
    """On a table, Enter or Return calls ``edit`` and Delete calls ``delete`` (the selected row).

    Only unmodified keys count (the keypad's Enter too): Shift+Delete and the like keep their
    usual meaning. The filter belongs to the table and lives as long as it does.
    """

    def __init__(
        self,
        table: QtWidgets.QAbstractItemView,
        edit: Callable[[], object],
        delete: Callable[[], object],
    ) -> None:
        super().__init__(table)
        self._edit = edit
        self._delete = delete
        table.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Take Enter, Return and Delete without modifiers; let every other event through."""
        if event.type() == QtCore.QEvent.Type.KeyPress:
            assert isinstance(event, QtGui.QKeyEvent)
            if event.modifiers() & ~QtCore.Qt.KeyboardModifier.KeypadModifier:
                return super().eventFilter(watched, event)
            if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
                self._edit()
                return True
            if event.key() == QtCore.Qt.Key.Key_Delete:
                self._delete()
                return True
        return super().eventFilter(watched, event)
