"""A check box whose words wrap onto more lines where it is narrower than them.

A ``QCheckBox`` is as wide as its whole text on one line: in a longer language or with larger
text a long one ("Wait while a window is full-screen (presentations, videos, games)") makes its
page wider than the window, which then scrolls sideways. :class:`WrapCheckBox` draws its words
on as many lines as its width needs, as ``look.WrapButton`` does for a push button.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets


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
        metrics = self.fontMetrics()
        room = width - self._padding()
        lines: list[str] = []
        for word in self._words.split(" "):
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] += f" {word}"
            else:
                lines.append(word)
        return lines

    def _padding(self) -> int:
        """The width beyond its longest line (the box, the gap to the words, the margins)."""
        shown = super().text().split("\n")
        widest = max(self.fontMetrics().horizontalAdvance(line) for line in shown)
        return max(0, super().sizeHint().width() - widest)

    def _wrap(self, width: int) -> None:
        if not self.isVisible() or width <= 0:
            return
        wrapped = "\n".join(self._lines(width))
        if wrapped != super().text():
            super().setText(wrapped)
            self.updateGeometry()

    def minimumSizeHint(self) -> QtCore.QSize:
        """As narrow as its longest word."""
        words = self._words.split(" ")
        longest = max(self.fontMetrics().horizontalAdvance(word) for word in words)
        return QtCore.QSize(self._padding() + longest, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        """Always: narrower, it takes more lines."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height of its lines at ``width``."""
        lines = len(self._lines(width))
        shown = max(1, super().text().count("\n") + 1)
        base = super().sizeHint().height() - (shown - 1) * self.fontMetrics().lineSpacing()
        return max(self.minimumHeight(), base + (lines - 1) * self.fontMetrics().lineSpacing())

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        """Wrap to the new width."""
        super().resizeEvent(event)
        self._wrap(event.size().width())

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Wrap to the width it is shown at."""
        super().showEvent(event)
        self._wrap(self.width())
