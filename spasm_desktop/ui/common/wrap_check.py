"""A check box whose words wrap onto more lines where it is narrower than them.

A ``QCheckBox`` is as wide as its whole text on one line: in a longer language or with larger
text a long one ("Wait while a window is full-screen (presentations, videos, games)") makes its
page wider than the window, which then scrolls sideways. :class:`WrapCheckBox` draws its words
on as many lines as its width needs, as ``look.WrapButton`` does for a push button.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.ui.common import word_wrap


class WrapCheckBox(QtWidgets.QCheckBox):
    """A check box whose words wrap (no narrower than its longest word).

    :meth:`text` and :meth:`setText` are the words on one line; Qt draws them wrapped, and the
    size hint is that of the lines drawn.
    """

    def __init__(self, words: str = "", parent: QtWidgets.QWidget | None = None) -> None:
        """A check box showing ``words`` (with its ``&`` mnemonic, as for a ``QCheckBox``)."""
        super().__init__(parent)
        self._words = ""
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QtWidgets.QSizePolicy.Policy.Preferred)  # may be narrower
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(words)

    def text(self) -> str:
        """The words, on one line."""
        return self._words

    def setText(self, words: str) -> None:
        """Show ``words``, wrapped to the present width."""
        self._words = words
        super().setText(words)
        self._wrap(self.width())

    def _lines(self, width: int) -> list[str]:
        return word_wrap.lines(self._words, self.fontMetrics(), width - self._padding())

    def _padding(self) -> int:
        """The width beyond its longest line (the box, the gap to the words, the margins)."""
        return word_wrap.padding(super().text(), self.fontMetrics(), super().sizeHint().width())

    def _wrap(self, width: int) -> None:
        if not self.isVisible() or width <= 0:
            return
        wrapped = "\n".join(self._lines(width))
        if wrapped != super().text():
            super().setText(wrapped)
            self.updateGeometry()

    def minimumSizeHint(self) -> QtCore.QSize:
        """As narrow as its longest word."""
        width = word_wrap.least_width(self._words, self.fontMetrics(), self._padding())
        return QtCore.QSize(width, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        """Always: narrower, it takes more lines."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of its lines at ``width``."""
        return word_wrap.height(
            len(self._lines(width)),
            super().text(),
            self.fontMetrics(),
            super().sizeHint().height(),
            self.minimumHeight(),
        )

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        """Wrap to the new width."""
        super().resizeEvent(event)
        self._wrap(event.size().width())

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Wrap to the width it is shown at."""
        super().showEvent(event)
        self._wrap(self.width())
