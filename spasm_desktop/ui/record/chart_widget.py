"""The chart on screen: :class:`ChartWidget` shows one :class:`~charts.Chart` in the widget's
palette and font, reachable with Tab, named and described for screen readers.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.ui.record.charts import Chart, ChartColours, describe, paint_chart, pen


class ChartWidget(QtWidgets.QWidget):
    """Shows one :class:`Chart` in the widget's palette and font; reachable with Tab.

    The accessible name is the chart's title and the accessible description its summary (or
    :func:`describe`), so a screen reader can tell what the picture shows.
    """

    def __init__(self, chart: Chart | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._chart: Chart | None = None
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Expanding
        )
        self.setAccessibleName(self.tr("Chart"))
        if chart is not None:
            self.set_chart(chart)

    def set_chart(self, chart: Chart) -> None:
        """Show ``chart``."""
        self._chart = chart
        self.setAccessibleName(chart.heading())
        self.setAccessibleDescription(chart.summary or describe(chart))
        self.update()

    def chart(self) -> Chart | None:
        """The chart shown (None before the first :meth:`set_chart`)."""
        return self._chart

    def chart_rect(self) -> QtCore.QRectF:
        """Where the chart is drawn: inside the focus frame."""
        margin = max(QtGui.QFontMetricsF(self.font()).height() / 6, 2.0)
        return QtCore.QRectF(self.rect()).adjusted(margin, margin, -margin, -margin)

    def sizeHint(self) -> QtCore.QSize:
        """Qt: the preferred size, in lines of text."""
        line = self.fontMetrics().height()
        return QtCore.QSize(line * 28, line * 14)

    def minimumSizeHint(self) -> QtCore.QSize:
        """Qt: the smallest size, in lines of text."""
        line = self.fontMetrics().height()
        return QtCore.QSize(line * 14, line * 8)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Qt: follow a change of font, style or colours."""
        kind = event.type()
        if kind in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self.updateGeometry()
            self.update()
        elif kind == QtCore.QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def focusInEvent(self, event: QtGui.QFocusEvent) -> None:
        """Qt: draw the focus mark."""
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:
        """Qt: take the focus mark away."""
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Qt: draw the chart, and the focus mark when it has the focus."""
        colours = ChartColours.from_palette(self.palette())
        chart = self._chart or Chart(title="", labels=(), values=())
        painter = QtGui.QPainter(self)
        line = QtGui.QFontMetricsF(self.font()).height()
        paint_chart(painter, self.chart_rect(), chart, colours, self.font())
        if self.hasFocus():
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            width = max(line / 8, 2.0)
            painter.setPen(pen(colours.bar, width))
            frame = QtCore.QRectF(self.rect()).adjusted(width, width, -width, -width)
            painter.drawRoundedRect(frame, line * 0.5, line * 0.5)
        painter.end()
