"""Parts side by side when the width allows, one above the other when it does not.

Two columns laid out with ``QHBoxLayout`` are as wide as both together: in a longer language or
with larger text a page grows wider than its window and scrolls sideways, and its right part is
out of view. :class:`Columns` stacks them instead (``flow.py`` does the same for a row of
buttons).
"""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets


class Columns(QtWidgets.QLayout):
    """Parts side by side when the width allows, one above the other when it does not.

    Side by side the parts share the width as in a box layout (each at least its minimum, the
    room beyond their size hints shared by their stretch); when the width is less than their
    minimums together, as in a longer language or with larger text, they stack at full width,
    in the same order (so the keyboard's order still follows what is seen), rather than make
    a page scroll sideways. The layout is only as wide as its widest part.
    """

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        """An empty layout (``parent``: the widget it lays out, if any)."""
        super().__init__(parent)
        self._items: list[QtWidgets.QLayoutItem] = []
        self._stretch: list[int] = []
        if parent is None:  # inside another layout: its margins are the outer layout's
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QtWidgets.QLayoutItem) -> None:
        """Add ``item`` as the next part (no stretch)."""
        self._items.append(item)
        self._stretch.append(0)

    def add(self, part: QtWidgets.QWidget | QtWidgets.QLayout, stretch: int = 0) -> None:
        """Add a widget or a layout as the next part, with its share of spare width."""
        if isinstance(part, QtWidgets.QLayout):
            self.addChildLayout(part)
            self._items.append(part)
        else:
            self.addChildWidget(part)
            self._items.append(QtWidgets.QWidgetItem(part))
        self._stretch.append(stretch)
        self.invalidate()

    def count(self) -> int:
        """How many parts."""
        return len(self._items)

    def itemAt(self, index: int) -> QtWidgets.QLayoutItem | None:
        """The part at ``index``, or None."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QtWidgets.QLayoutItem | None:
        """Remove and return the part at ``index``, or None."""
        if not 0 <= index < len(self._items):
            return None
        del self._stretch[index]
        return self._items.pop(index)

    def expandingDirections(self) -> QtCore.Qt.Orientation:
        """As its parts: a part that grows makes the layout grow."""
        grows = QtCore.Qt.Orientation(0)
        for item in self._items:
            grows |= item.expandingDirections()
        return grows

    def hasHeightForWidth(self) -> bool:
        """Always: its height depends on whether the parts are stacked."""
        return True

    def heightForWidth(self, width: int) -> int:
        """The height the parts need in ``width``."""
        return self._arrange(QtCore.QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QtCore.QRect) -> None:
        """Place the parts in ``rect``."""
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QtCore.QSize:
        """Side by side, at their size hints."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for _, item in shown) + self._gaps(len(shown))
        height = max((item.sizeHint().height() for _, item in shown), default=0)
        return QtCore.QSize(width, height).grownBy(self.contentsMargins())

    def minimumSize(self) -> QtCore.QSize:
        """As narrow as the widest part (stacked), as tall as the tallest (side by side)."""
        size = QtCore.QSize(0, 0)
        for _, item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size.grownBy(self.contentsMargins())

    def side_by_side(self, width: int) -> bool:
        """Whether the parts are side by side in ``width`` (margins included)."""
        shown = self._shown()
        inner = width - self.contentsMargins().left() - self.contentsMargins().right()
        least = sum(item.minimumSize().width() for _, item in shown) + self._gaps(len(shown))
        return len(shown) < 2 or inner >= least

    def _gaps(self, parts: int) -> int:
        gap = self.spacing()
        if gap < 0:
            parent = self.parentWidget()
            style = parent.style() if parent is not None else QtWidgets.QApplication.style()
            gap = style.pixelMetric(QtWidgets.QStyle.PixelMetric.PM_LayoutHorizontalSpacing)
        return max(gap, 0) * max(0, parts - 1)

    def _shown(self) -> list[tuple[int, QtWidgets.QLayoutItem]]:
        return [(i, item) for i, item in enumerate(self._items) if not item.isEmpty()]

    def _widths(self, width: int) -> list[int]:
        """Each shown part's width side by side, as a box layout shares ``width``."""
        shown = self._shown()
        room = width - self._gaps(len(shown))
        least = [item.minimumSize().width() for _, item in shown]
        hints = [
            max(item.sizeHint().width(), low) for (_, item), low in zip(shown, least, strict=True)
        ]
        if room < sum(hints):  # between the minimums and the hints: each gives up its share
            give = sum(hints) - room
            slack = sum(h - low for h, low in zip(hints, least, strict=True)) or 1
            return [h - (h - low) * give // slack for h, low in zip(hints, least, strict=True)]
        spare = room - sum(hints)
        shares = [self._stretch[index] for index, _ in shown]
        if not any(shares):
            horizontal = QtCore.Qt.Orientation.Horizontal
            shares = [1 if item.expandingDirections() & horizontal else 0 for _, item in shown]
        if any(shares):
            total = sum(shares)
            return [h + spare * share // total for h, share in zip(hints, shares, strict=True)]
        return level(hints, spare)

    def _height(self, item: QtWidgets.QLayoutItem, width: int) -> int:
        if item.hasHeightForWidth():
            return max(item.heightForWidth(width), item.minimumSize().height())
        return max(item.sizeHint().height(), item.minimumSize().height())

    def _arrange(self, rect: QtCore.QRect, *, move: bool) -> int:
        """Lay the parts out in ``rect`` (when ``move``); return the height they take."""
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        shown = [item for _, item in self._shown()]
        if self.side_by_side(rect.width()):
            widths = self._widths(area.width())
            height = max(
                (self._height(i, w) for i, w in zip(shown, widths, strict=True)), default=0
            )
            x = area.x()
            gap = self._gaps(2)
            for item, width in zip(shown, widths, strict=True):
                if move:
                    item.setGeometry(QtCore.QRect(x, area.y(), width, max(height, area.height())))
                x += width + gap
        else:
            gap = self._gaps(2)
            parent = self.parentWidget()
            style = parent.style() if parent is not None else QtWidgets.QApplication.style()
            metric = QtWidgets.QStyle.PixelMetric.PM_LayoutVerticalSpacing
            gap = max(gap, style.pixelMetric(metric))
            y = area.y()
            for item in shown:
                step = self._height(item, area.width())
                if move:
                    item.setGeometry(QtCore.QRect(area.x(), y, area.width(), step))
                y += step + gap
            height = max(0, y - gap - area.y())
        return height + margins.top() + margins.bottom()


def level(widths: list[int], spare: int) -> list[int]:
    """``widths`` grown by ``spare`` in all, the narrowest first, as a box layout evens out
    parts that neither stretch nor expand.
    """
    grown = list(widths)
    for _ in range(len(grown) + 1):
        if spare <= 0:
            break
        low = min(grown)
        lowest = [i for i, width in enumerate(grown) if width == low]
        above = [width for width in grown if width > low]
        step = min(spare // len(lowest), (min(above) - low) if above else spare)
        if step <= 0:
            break
        for i in lowest:
            grown[i] += step
        spare -= step * len(lowest)
    return grown
