"""Where the parts of a chart go: the title, the legend, the plot, the ticks and the labels.

:func:`chart_layout` measures a :class:`~spasm_desktop.ui.record.charts.Chart`'s texts in a font
on a paint device and returns a :class:`ChartLayout` of rectangles; the painting in
:mod:`charts` only draws what it says. The numbers behind it (ticks, thinning, label steps) are
in :mod:`spasm_desktop.core.chart_scale`.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui

from spasm_desktop.core import chart_scale
from spasm_desktop.ui.common import text

if TYPE_CHECKING:  # the chart's own module draws with this one: its type only, to avoid a cycle
    from spasm_desktop.ui.record.charts import Chart


def _scale(chart: Chart) -> tuple[tuple[float, ...], float]:
    """The ticks and the value at the top of the scale."""
    count = range(len(chart.labels))
    numbers = [chart.value(i) for i in count] + [chart.goal_at(i) for i in count]
    numbers.append(chart.drawn_ceiling())
    return chart_scale.scale(numbers, chart.y_max, whole=chart.value_format is None)


@dataclasses.dataclass(frozen=True)
class ChartLayout:
    """Where the parts of a chart go, in the paint device's units.

    Attributes:
        line: The font's line height; every size derives from it.
        frame: The whole chart.
        title: The title's box and its (elided) text.
        legend: Each legend entry: its symbol ("goal", "highlight", "missing"), box and text.
        plot: Where bars and points go (empty when the chart shows a message instead).
        ticks: Values with a grid line and a label.
        tick_labels: Each tick label's box and text.
        top: The value at the far end of the scale.
        labels: The category labels drawn: index, box and (elided) text. Crowded labels are
            left out so that none overlap.
        value_labels: Whether values are written on the bars (only when all of them fit).
        message: The text shown instead of a plot ("No data for this period"), or "".
    """

    kind: str
    count: int
    line: float
    frame: QtCore.QRectF
    title: tuple[QtCore.QRectF, str]
    legend: tuple[tuple[str, QtCore.QRectF, str], ...]
    plot: QtCore.QRectF
    ticks: tuple[float, ...]
    tick_labels: tuple[tuple[QtCore.QRectF, str], ...]
    top: float
    labels: tuple[tuple[int, QtCore.QRectF, str], ...]
    value_labels: bool
    message: str

    def slot(self, index: int) -> QtCore.QRectF:
        """The band of label ``index``: a column (bars, line) or a row (horizontal bars)."""
        plot = self.plot
        if self.kind == "hbars":
            height = plot.height() / max(1, self.count)
            return QtCore.QRectF(plot.left(), plot.top() + index * height, plot.width(), height)
        width = plot.width() / max(1, self.count)
        return QtCore.QRectF(plot.left() + index * width, plot.top(), width, plot.height())

    def position(self, value: float) -> float:
        """Where ``value`` is along the value axis (y for bars and lines, x for hbars)."""
        share = min(max(value / self.top, 0.0), 1.0) if self.top > 0 else 0.0
        if self.kind == "hbars":
            return self.plot.left() + share * self.plot.width()
        return self.plot.bottom() - share * self.plot.height()

    def bar(self, index: int, value: float) -> QtCore.QRectF:
        """The rectangle of a bar (a sliver for 0, so 0 stays visible and differs from no data)."""
        slot = self.slot(index)
        if self.kind == "hbars":
            thickness = min(slot.height() * 0.66, self.line * 1.3)
            if slot.height() < 3:
                thickness = slot.height()
            length = max(self.position(value) - self.plot.left(), self.line / 8)
            top = slot.center().y() - thickness / 2
            return QtCore.QRectF(self.plot.left(), top, length, thickness)
        width = min(slot.width() * 0.7, self.line * 2.6)
        if slot.width() < 3:
            width = slot.width()
        height = max(self.plot.bottom() - self.position(value), self.line / 8)
        left = slot.center().x() - width / 2
        return QtCore.QRectF(left, self.plot.bottom() - height, width, height)


def _metrics(font: QtGui.QFont, device: QtGui.QPaintDevice | None) -> QtGui.QFontMetricsF:
    return QtGui.QFontMetricsF(font, device) if device is not None else QtGui.QFontMetricsF(font)


def bold_font(font: QtGui.QFont) -> QtGui.QFont:
    """Return a bold copy of ``font``."""
    bold = QtGui.QFont(font)
    bold.setBold(True)
    return bold


def _legend_entries(chart: Chart) -> list[tuple[str, str]]:
    entries = []
    count = len(chart.labels)
    if chart.goal is not None and any(chart.goal_at(i) is not None for i in range(count)):
        entries.append(("goal", chart.goal_label or text.tr("Goal")))
    if chart.drawn_ceiling() is not None:
        entries.append(("ceiling", chart.ceiling_label or text.tr("Limit")))
    if any(chart.highlighted(i) for i in range(count)):
        entries.append(("highlight", chart.highlight_label or text.tr("Highlighted")))
    if chart.kind != "line" and any(chart.value(i) is None for i in range(count)):
        entries.append(("missing", chart.missing_label or text.tr("No data")))
    return entries


def chart_layout(
    rect: QtCore.QRectF,
    chart: Chart,
    font: QtGui.QFont,
    device: QtGui.QPaintDevice | None = None,
) -> ChartLayout:
    """Lay ``chart`` out in ``rect``, measuring text in ``font`` on ``device`` (default: screen)."""
    metrics = _metrics(font, device)
    bold = _metrics(bold_font(font), device)
    line = metrics.height()
    count = len(chart.labels)
    ticks, top = _scale(chart)
    empty = QtCore.QRectF()
    frame = QtCore.QRectF(rect)
    layout = ChartLayout(
        kind=chart.kind,
        count=count,
        line=line,
        frame=frame,
        title=(empty, ""),
        legend=(),
        plot=empty,
        ticks=(),
        tick_labels=(),
        top=top,
        labels=(),
        value_labels=False,
        message="",
    )
    pad = line * 0.6
    inner = frame.adjusted(pad, pad * 0.8, -pad, -pad)
    if inner.width() < line or inner.height() < bold.height():
        return layout

    # The title row, with the legend at its right when both fit, else on a row of its own.
    heading = chart.heading()
    title_width = min(bold.horizontalAdvance(heading), inner.width())
    title_box = QtCore.QRectF(inner.left(), inner.top(), inner.width(), bold.height())
    title = (title_box, bold.elidedText(heading, QtCore.Qt.TextElideMode.ElideRight, inner.width()))
    y = title_box.bottom()
    symbol = line * 1.1
    entries = [
        (kind, label, symbol + line * 0.3 + metrics.horizontalAdvance(label))
        for kind, label in _legend_entries(chart)
    ]
    spacing = line * 0.9
    legend_width = sum(w for _, _, w in entries) + spacing * max(0, len(entries) - 1)
    if entries and title_width + line * 1.5 + legend_width <= inner.width():
        x, row_top = inner.right() - legend_width, title_box.top()
        row_height = title_box.height()
    elif inner.height() < line * 8:
        entries = []  # a row of its own would squeeze the plot out of a small chart
        x, row_top, row_height = inner.left(), y, line
    else:
        x, row_top, row_height = inner.left(), y + line * 0.25, line
        if entries:
            y = row_top + row_height
    legend = []
    for kind, label, width in entries:
        if x + width > inner.right() + 0.5:
            break  # no room: a small chart leaves the rest of the legend out
        legend.append((kind, QtCore.QRectF(x, row_top, width, row_height), label))
        x += width + spacing
    layout = dataclasses.replace(layout, title=title, legend=tuple(legend))
    y += line * 0.6

    body = QtCore.QRectF(inner.left(), y, inner.width(), inner.bottom() - y)
    if count == 0 or not chart.has_data():
        return dataclasses.replace(layout, message=text.tr("No data for this period"), plot=empty)
    if body.height() < line * 2.2 or body.width() < line * 3:
        return layout
    tick_texts = {tick: chart.format(tick) for tick in ticks}
    gap = line * 0.4
    band = line * 1.3  # the labels under the plot: categories, or ticks for hbars
    if chart.kind == "hbars":
        return _horizontal(layout, chart, metrics, body, ticks, tick_texts, gap, band)
    return _vertical(layout, chart, metrics, body, ticks, tick_texts, gap, band)


def _vertical(
    layout: ChartLayout,
    chart: Chart,
    metrics: QtGui.QFontMetricsF,
    body: QtCore.QRectF,
    ticks: tuple[float, ...],
    tick_texts: dict[float, str],
    gap: float,
    band: float,
) -> ChartLayout:
    line = layout.line
    count = layout.count
    axis = min(max(metrics.horizontalAdvance(t) for t in tick_texts.values()), body.width() / 3)
    left = body.left() + axis + gap
    slot_width = (body.right() - left) / count
    values = [chart.value(i) for i in range(count)]
    value_texts = [chart.format(v) for v in values if v is not None]
    value_labels = chart.kind == "bars" and all(
        metrics.horizontalAdvance(t) + line * 0.3 <= slot_width for t in value_texts
    )
    headroom = line * (1.2 if value_labels else 0.5)
    plot = QtCore.QRectF(
        left, body.top() + headroom, body.right() - left, body.height() - headroom - band
    )
    if plot.height() < line or plot.width() < line:
        return layout
    shown = chart_scale.thin_ticks(ticks, plot.height(), line * 1.2)
    layout = dataclasses.replace(layout, plot=plot, ticks=shown, value_labels=value_labels)
    tick_labels = tuple(
        (
            QtCore.QRectF(body.left(), layout.position(t) - line / 2, axis, line),
            metrics.elidedText(tick_texts[t], QtCore.Qt.TextElideMode.ElideRight, axis),
        )
        for t in shown
    )

    # Category labels centred under their slots, every k-th when crowded; kept inside the
    # plot's width; a last pass drops any that would still touch their neighbour.
    texts = [
        metrics.elidedText(label, QtCore.Qt.TextElideMode.ElideRight, plot.width())
        for label in chart.labels
    ]
    widths = [metrics.horizontalAdvance(t) for t in texts]
    spacing = line * 0.6
    top = plot.bottom() + line * 0.3

    def spaced(every: int) -> list[tuple[int, QtCore.QRectF, str]] | None:
        """Every ``every``-th label, or None if two would touch (the last one may go)."""
        kept: list[tuple[int, QtCore.QRectF, str]] = []
        for index in range(0, count, every):
            width = widths[index]
            centre = layout.slot(index).center().x()
            x = min(max(centre - width / 2, plot.left()), body.right() - width)
            box = QtCore.QRectF(x, top, width, line)
            if kept and box.left() < kept[-1][1].right() + spacing:
                if index + every < count:
                    return None
                break  # pushed in by the right edge: leave the last one out
            kept.append((index, box, texts[index]))
        return kept

    every = chart_scale.label_step((max(widths, default=0.0) + spacing) / slot_width)
    labels = spaced(every)
    while labels is None:
        every = chart_scale.label_step(every + 1)
        labels = spaced(every)
    return dataclasses.replace(layout, tick_labels=tick_labels, labels=tuple(labels))


def _horizontal(
    layout: ChartLayout,
    chart: Chart,
    metrics: QtGui.QFontMetricsF,
    body: QtCore.QRectF,
    ticks: tuple[float, ...],
    tick_texts: dict[float, str],
    gap: float,
    band: float,
) -> ChartLayout:
    line = layout.line
    count = layout.count
    row = (body.height() - band) / count
    name_width = min(
        max(metrics.horizontalAdvance(label) for label in chart.labels), body.width() * 0.35
    )
    value_texts = [chart.format(v) for i in range(count) if (v := chart.value(i)) is not None]
    value_labels = row >= line * 0.95
    value_width = max(metrics.horizontalAdvance(t) for t in value_texts) if value_labels else 0
    last_tick = metrics.horizontalAdvance(tick_texts[ticks[-1]]) / 2
    left = body.left() + name_width + gap
    right = body.right() - max(value_width + gap, last_tick)
    plot = QtCore.QRectF(left, body.top(), right - left, body.height() - band)
    if plot.width() < line or plot.height() < 1:
        return layout
    widest_tick = max(metrics.horizontalAdvance(t) for t in tick_texts.values())
    shown = chart_scale.thin_ticks(ticks, plot.width(), widest_tick + line)
    layout = dataclasses.replace(layout, plot=plot, ticks=shown, value_labels=value_labels)
    tick_top = plot.bottom() + line * 0.3
    tick_labels = []
    for tick in shown:
        width = metrics.horizontalAdvance(tick_texts[tick])
        x = layout.position(tick) - width / 2
        tick_labels.append((QtCore.QRectF(x, tick_top, width, line), tick_texts[tick]))

    every = chart_scale.label_step(line * 1.05 / row)
    labels = []
    for index in range(0, count, every):
        centre = layout.slot(index).center().y()
        box = QtCore.QRectF(body.left(), centre - line / 2, name_width, line)
        shown_text = metrics.elidedText(
            chart.labels[index], QtCore.Qt.TextElideMode.ElideRight, name_width
        )
        labels.append((index, box, shown_text))
    return dataclasses.replace(layout, tick_labels=tuple(tick_labels), labels=tuple(labels))


def x_label_indices(
    rect: QtCore.QRectF,
    chart: Chart,
    font: QtGui.QFont,
    device: QtGui.QPaintDevice | None = None,
) -> tuple[int, ...]:
    """The indices of the category labels :func:`paint_chart` draws (crowded ones are skipped)."""
    return tuple(index for index, _box, _text in chart_layout(rect, chart, font, device).labels)
