"""An exercise drawing (``resources/illustrations``) in the theme's colours, mirrored for a side.

Shared by the stretch player and the relief card, which shows the drawing of its area's stretch.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

from spasm_desktop.ui.common import assets


class Illustration(QtWidgets.QWidget):
    """An exercise drawing in the theme's colours, mirrored for the right side."""

    def __init__(
        self,
        parent: QtWidgets.QWidget | None = None,
        *,
        lines: int = 16,
        minimum_lines: int = 10,
    ) -> None:
        """The drawing asks for a square of ``lines`` text lines, and at least ``minimum_lines``."""
        super().__init__(parent)
        self._lines = lines
        self._minimum_lines = minimum_lines
        self._renderer: QtSvg.QSvgRenderer | None = None
        self._mirrored = False
        self._source = b""
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )

    def sizeHint(self) -> QtCore.QSize:
        """Qt: the preferred size, a square some lines of text high."""
        side = self.fontMetrics().height() * self._lines
        return QtCore.QSize(side, side)

    def minimumSizeHint(self) -> QtCore.QSize:
        """Qt: the smallest size, a square fewer lines of text high."""
        side = self.fontMetrics().height() * self._minimum_lines
        return QtCore.QSize(side, side)

    def show_exercise(self, name: str, mirrored: bool) -> None:
        """Show ``illustrations/NAME.svg`` (mirrored for the right side)."""
        source = assets.illustration_bytes(name)
        if source != self._source:
            self._source = source
            self._renderer = None
        self._mirrored = mirrored
        self.update()

    @property
    def mirrored(self) -> bool:
        """Whether the drawing is shown mirrored."""
        return self._mirrored

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Qt: draw again in the new colours when the theme changes."""
        if event.type() == QtCore.QEvent.Type.PaletteChange:
            self._renderer = None  # the colours follow the theme
            self.update()
        super().changeEvent(event)

    def _ensure_renderer(self) -> QtSvg.QSvgRenderer | None:
        if self._renderer is None and self._source:
            themed = assets.themed_svg(self._source, self.palette())
            self._renderer = QtSvg.QSvgRenderer(QtCore.QByteArray(themed), self)
        return self._renderer

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Qt: draw the illustration, centred and scaled to fit."""
        renderer = self._ensure_renderer()
        if renderer is None or not renderer.isValid():
            return
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        target = QtCore.QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        if self._mirrored:
            painter.translate(self.width(), 0)
            painter.scale(-1, 1)
            target.moveLeft(self.width() - target.right())
        renderer.render(painter, target)
        painter.end()
