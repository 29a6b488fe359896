"""A row of buttons that wraps onto a second line when the window is too narrow for it.

A row laid out with ``QHBoxLayout`` is as wide as all its buttons together: in a longer language
or with larger text it makes the window wider than a small screen. :class:`FlowRow` keeps each
button at its full width and starts a new line instead. The buttons after :meth:`addStretch`
keep to the right end of their line, as after a stretch in a box layout; with ``fill`` the
buttons of each line share its width, as in a box layout.
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets


class FlowRow(QtWidgets.QLayout):
    """Widgets side by side at their size hints, wrapping onto new lines as needed."""

    def __init__(self, parent: QtWidgets.QWidget | None = None, *, fill: bool = False) -> None:
        super().__init__(parent)
        self._fill = fill
        self._items: list[QtWidgets.QLayoutItem] = []
        self._right_from: int | None = None
        self.setContentsMargins(0, 0, 0, 0)

    def addStretch(self) -> None:
        """Keep the widgets added from now on at the right end of their line."""
        self._right_from = len(self._items)

    def addItem(self, item: QtWidgets.QLayoutItem) -> None:
        """Qt: add ``item`` at the end."""
        self._items.append(item)

    def count(self) -> int:
        """Qt: the number of items."""
        return len(self._items)

    def itemAt(self, index: int) -> QtWidgets.QLayoutItem | None:
        """Qt: the item at ``index`` (None past the end)."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QtWidgets.QLayoutItem | None:
        """Qt: remove the item at ``index`` and return it (None past the end)."""
        if not 0 <= index < len(self._items):
            return None
        if self._right_from is not None and index < self._right_from:
            self._right_from -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> QtCore.Qt.Orientation:
        """Qt: the layout does not grow past its size hint."""
        return QtCore.Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """Qt: the height depends on the width (the items wrap)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Qt: the height the items take when wrapped to ``width``."""
        return self._arrange(QtCore.QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QtCore.QRect) -> None:
        """Qt: place the items in ``rect``, wrapping them onto more lines."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QtCore.QSize:
        """Qt: the size of all the shown items on one line."""
        shown = self._shown()
        gaps = self._gap() * max(0, len(shown) - 1)
        width = sum(item.sizeHint().width() for _, item in shown) + gaps
        height = max((item.sizeHint().height() for _, item in shown), default=0)
        return self._with_margins(QtCore.QSize(width, height))

    def minimumSize(self) -> QtCore.QSize:
        """Qt: the size of the largest shown item."""
        size = QtCore.QSize()
        for _, item in self._shown():
            size = size.expandedTo(item.sizeHint())
        return self._with_margins(size)

    def _with_margins(self, size: QtCore.QSize) -> QtCore.QSize:
        margins = self.contentsMargins()
        return size.grownBy(margins)

    def _gap(self) -> int:
        gap = self.spacing()
        if gap < 0:
            parent = self.parentWidget()
            style = parent.style() if parent is not None else QtWidgets.QApplication.style()
            gap = style.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return max(gap, 0)

    def _shown(self) -> list[tuple[int, QtWidgets.QLayoutItem]]:
        return [(i, item) for i, item in enumerate(self._items) if not item.isEmpty()]

    def _arrange(self, rect: QtCore.QRect, *, move: bool) -> int:
        """Lay the widgets out in ``rect`` (when ``move``); return the height they take."""
        area = rect.marginsRemoved(self.contentsMargins())
        gap = self._gap()
        lines: list[list[tuple[int, QtWidgets.QLayoutItem]]] = [[]]
        used = 0
        for index, item in self._shown():
            width = item.sizeHint().width()
            if lines[-1] and used + gap + width > area.width():
                lines.append([])
                used = 0
            used += (gap if lines[-1] else 0) + width
            lines[-1].append((index, item))
        y = area.y()
        for line in lines:
            height = max((item.sizeHint().height() for _, item in line), default=0)
            widths = [item.sizeHint().width() for _, item in line]
            spare = max(0, area.width() - sum(widths) - gap * max(0, len(line) - 1))
            if self._fill and line:
                widths = [width + spare // len(line) for width in widths]
                spare = 0
            x = area.x()
            for (index, item), width in zip(line, widths, strict=True):
                if self._right_from is not None and index >= self._right_from:
                    x_at = x + spare
                else:
                    x_at = x
                if move:
                    size = item.sizeHint()
                    top = y + (height - size.height()) // 2
                    place = QtCore.QRect(x_at, top, min(width, area.width()), size.height())
                    item.setGeometry(place)
                x += width + gap
            y += height + gap
        return y - gap - area.y() + self.contentsMargins().top() + self.contentsMargins().bottom()
