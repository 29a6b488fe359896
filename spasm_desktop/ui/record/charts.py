"""Simple charts (bars, horizontal bars, lines) drawn with QPainter, on screen and in a PDF.

No charting library: QtCharts needs the 175 MB PySide6-Addons wheel, pyqtgraph needs numpy and
takes the history window's whole start-up budget to import. This module holds what a chart shows
(:class:`Chart`, and :func:`describe` for screen readers), its colours and :func:`paint_chart`,
a pure paint function: it draws a :class:`Chart` into any rectangle of any paint device (a
widget, a QImage, a QPdfWriter), with every size derived from the font's line height so a chart
looks the same at any font size and resolution. Where each part goes is
:mod:`chart_geometry`'s; the arithmetic is :mod:`spasm_desktop.core.chart_scale`'s;
:class:`~spasm_desktop.ui.record.chart_widget.ChartWidget` shows one on screen.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable

from PySide6 import QtCore, QtGui

from spasm_desktop.core import chart_scale
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record.chart_geometry import ChartLayout, bold_font, chart_layout

# The kinds of chart: vertical bars, horizontal bars (for categories), points joined by lines.
KINDS = ("bars", "hbars", "line")

_Align = QtCore.Qt.AlignmentFlag


@dataclasses.dataclass(frozen=True)
class Chart:
    """What a chart shows; every text is already translated.

    Attributes:
        title: The heading.
        labels: One label per category or x position.
        values: One value per label; None is "no data", drawn differently from 0. Values below
            zero are drawn as zero; values that are not finite count as no data.
        kind: One of :data:`KINDS`.
        goal: An optional goal per label (None: no goal there), drawn as a dashed step line.
        value_format: Formats tick and value labels (default: whole numbers in the locale).
        y_max: A fixed top of the scale (e.g. 10 for severity); default: a round number at or
            above the largest value and goal.
        highlight: Which labels are drawn in the problem colour (e.g. days with a red flag).
        summary: A description for screen readers; :func:`describe` builds one if empty.
        unit: Shown after the title, as in "Water (ml)".
        goal_label: The legend's name for the goal line (default "Goal").
        highlight_label: The legend's name for highlighted bars (default "Highlighted").
        ceiling: An optional limit not to go over (a clinician's fluid limit), drawn as one
            solid line across the plot: a ceiling, never a goal (CONTENT.md §7a).
        ceiling_label: The legend's name for the ceiling (default "Limit").
        missing_label: The legend's name for "no data" (default "No data"), as in "Not
            recorded" for weeks whose nights were not recorded; the description counts them.

    Raises:
        ValueError: An unknown kind, or values, goal or highlight not one per label.
    """

    title: str
    labels: tuple[str, ...]
    values: tuple[float | None, ...]
    kind: str = "bars"
    goal: tuple[float | None, ...] | None = None
    value_format: Callable[[float], str] | None = None
    y_max: float | None = None
    highlight: tuple[bool, ...] | None = None
    summary: str = ""
    unit: str = ""
    goal_label: str = ""
    highlight_label: str = ""
    ceiling: float | None = None
    ceiling_label: str = ""
    missing_label: str = ""

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown chart kind {self.kind!r}")
        for name, sequence in (
            ("values", self.values),
            ("goal", self.goal),
            ("highlight", self.highlight),
        ):
            if sequence is not None and len(sequence) != len(self.labels):
                raise ValueError(f"{name}: {len(sequence)} for {len(self.labels)} labels")

    def heading(self) -> str:
        """The title with the unit, as in "Water (ml)"."""
        if not self.unit:
            return self.title
        return (
            text.tr("%1 (%2)", "chart title, unit")
            .replace("%1", self.title)
            .replace("%2", self.unit)
        )

    def format(self, value: float) -> str:
        """``value`` as the chart shows it."""
        return self.value_format(value) if self.value_format else whole_number(value)

    def value(self, index: int) -> float | None:
        """The value drawn at ``index``: None for no data (or not finite), else at least 0."""
        return chart_scale.clean(self.values[index])

    def goal_at(self, index: int) -> float | None:
        """The goal at ``index`` (None: no goal there)."""
        return None if self.goal is None else chart_scale.clean(self.goal[index])

    def highlighted(self, index: int) -> bool:
        """Whether the label at ``index`` is highlighted."""
        return self.highlight is not None and bool(self.highlight[index])

    def drawn_ceiling(self) -> float | None:
        """The ceiling to draw (None: none, not a usable number, or horizontal bars)."""
        if self.ceiling is None or self.kind == "hbars":
            return None
        return chart_scale.clean(self.ceiling)

    def has_data(self) -> bool:
        """Whether there is at least one value to draw."""
        return any(self.value(i) is not None for i in range(len(self.labels)))


def whole_number(value: float) -> str:
    """The default format: a whole number with the locale's separators (huge ones as 1e+300)."""
    locale = QtCore.QLocale()
    if abs(value) < 1e15:
        return locale.toString(round(value))
    return locale.toString(value, "g", 3)


# --- colours -----------------------------------------------------------------------------------


def _rgb(colour: QtGui.QColor) -> chart_scale.RGB:
    rgb = colour.toRgb()
    return rgb.red(), rgb.green(), rgb.blue()


def contrast_ratio(first: QtGui.QColor, second: QtGui.QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21 (text needs 4.5, shapes 3)."""
    return chart_scale.contrast_ratio(_rgb(first), _rgb(second))


def _mix(ink: QtGui.QColor, ground: QtGui.QColor, amount: float) -> QtGui.QColor:
    """``amount`` of ``ink`` over ``ground`` (0: ground, 1: ink)."""
    return QtGui.QColor(*chart_scale.mix(_rgb(ink), _rgb(ground), amount))


@dataclasses.dataclass(frozen=True)
class ChartColours:
    """The colours a chart is drawn with."""

    background: QtGui.QColor
    text: QtGui.QColor
    grid: QtGui.QColor
    bar: QtGui.QColor
    goal: QtGui.QColor
    highlight: QtGui.QColor
    missing: QtGui.QColor

    @classmethod
    def from_palette(cls, palette: QtGui.QPalette) -> ChartColours:
        """Colours that read well on the palette's view background, light or dark.

        Text keeps 4.5:1 against the background and shapes 3:1; the bars take the theme's
        highlight colour when it is saturated, contrasts enough and is not red (the problem
        colour), else a blue tuned for light or dark backgrounds.
        """
        background = palette.color(QtGui.QPalette.ColorRole.Base)
        ink = palette.color(QtGui.QPalette.ColorRole.Text)
        # The same rule and reds as assets.on_dark / assets.problem_colour, which need a widget.
        dark = background.lightness() < 128
        if contrast_ratio(ink, background) < 4.5:
            ink = QtGui.QColor("#f2f2f2" if dark else "#1a1a1a")
        highlight = QtGui.QColor("#ff8a80" if dark else "#b3261e")
        bar = palette.color(QtGui.QPalette.ColorRole.Highlight)
        if (
            contrast_ratio(bar, background) < 3
            or bar.hslSaturation() < 80
            or chart_scale.hue_distance(bar.hslHue(), highlight.hslHue()) < 60
        ):
            bar = QtGui.QColor("#6aa9f0" if dark else "#2b6cb0")
        return cls(
            background=background,
            text=ink,
            grid=_mix(ink, background, 0.16),
            bar=bar,
            goal=ink,
            highlight=highlight,
            missing=_mix(ink, background, 0.55),
        )

    @classmethod
    def for_print(cls) -> ChartColours:
        """Black text on white, for the PDF."""
        return cls(
            background=QtGui.QColor("#ffffff"),
            text=QtGui.QColor("#000000"),
            grid=QtGui.QColor("#d4d4d4"),
            bar=QtGui.QColor("#2b6cb0"),
            goal=QtGui.QColor("#000000"),
            highlight=QtGui.QColor("#b3261e"),
            missing=QtGui.QColor("#767676"),
        )


# --- painting ----------------------------------------------------------------------------------


def pen(colour: QtGui.QColor, width: float, dashed: bool = False) -> QtGui.QPen:
    """Return a pen of ``colour``, ``width`` wide, round-ended, or flat-ended and dashed."""
    pen = QtGui.QPen(colour, width)
    pen.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap if dashed else QtCore.Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(QtCore.Qt.PenJoinStyle.RoundJoin)
    if dashed:
        pen.setDashPattern([4.0, 3.0])
    return pen


def _rounded_bar(box: QtCore.QRectF, radius: float, horizontal: bool) -> QtGui.QPainterPath:
    """A bar with its far end rounded (the top, or the right end of a horizontal bar)."""
    path = QtGui.QPainterPath()
    radius = min(radius, box.width() / 2, box.height() / 2)
    if radius < 0.5:
        path.addRect(box)
        return path
    d = radius * 2
    if horizontal:
        path.moveTo(box.topLeft())
        path.lineTo(box.right() - radius, box.top())
        path.arcTo(QtCore.QRectF(box.right() - d, box.top(), d, d), 90, -90)
        path.lineTo(box.right(), box.bottom() - radius)
        path.arcTo(QtCore.QRectF(box.right() - d, box.bottom() - d, d, d), 0, -90)
        path.lineTo(box.bottomLeft())
    else:
        path.moveTo(box.bottomLeft())
        path.lineTo(box.left(), box.top() + radius)
        path.arcTo(QtCore.QRectF(box.left(), box.top(), d, d), 180, -90)
        path.lineTo(box.right() - radius, box.top())
        path.arcTo(QtCore.QRectF(box.right() - d, box.top(), d, d), 90, -90)
        path.lineTo(box.bottomRight())
    path.closeSubpath()
    return path


def _missing_box(layout: ChartLayout, index: int) -> QtCore.QRectF:
    """The dashed outline that stands for "no data" at ``index``."""
    line = layout.line
    if layout.kind == "hbars":
        bar = layout.bar(index, 0)
        return QtCore.QRectF(
            bar.left(), bar.top(), min(line * 1.2, layout.plot.width()), bar.height()
        )
    bar = layout.bar(index, 0)
    height = min(line * 0.9, layout.plot.height() * 0.25)
    return QtCore.QRectF(bar.left(), layout.plot.bottom() - height, bar.width(), height)


def paint_chart(
    painter: QtGui.QPainter,
    rect: QtCore.QRectF,
    chart: Chart,
    colours: ChartColours,
    font: QtGui.QFont,
) -> None:
    """Draw ``chart`` into ``rect`` on ``painter``'s device, in ``font`` and ``colours``.

    Draws the title, a light grid with 3 to 5 round ticks, the bars or points, labels thinned so
    none overlap, the goal as a dashed step line, a small legend when it is needed, and "No data
    for this period" when there is nothing to plot. Leaves the painter's state as it was.
    """
    if not (rect.width() > 0 and rect.height() > 0):
        return
    layout = chart_layout(rect, chart, font, painter.device())
    line = layout.line
    thin = max(line / 18, 0.5)
    painter.save()
    try:
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QtGui.QPainter.RenderHint.TextAntialiasing)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(colours.background)
        painter.drawRoundedRect(rect, line * 0.5, line * 0.5)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)

        title_box, title = layout.title
        if title:
            painter.setFont(bold_font(font))
            painter.setPen(colours.text)
            painter.drawText(title_box, _Align.AlignLeft | _Align.AlignVCenter, title)
        painter.setFont(font)
        for kind, box, label in layout.legend:
            _paint_legend_entry(painter, layout, colours, kind, box, label)
        if layout.message:
            painter.setPen(colours.text)
            below = QtCore.QRectF(rect.left(), title_box.bottom(), rect.width(), 0)
            below.setBottom(rect.bottom() - line)
            painter.drawText(
                below, _Align.AlignCenter | QtCore.Qt.TextFlag.TextWordWrap, layout.message
            )
        if layout.plot.isEmpty():
            return
        _paint_grid(painter, layout, colours, thin)
        values = []
        if chart.kind == "line":
            _paint_line(painter, layout, chart, colours)
        else:
            values = _paint_bars(painter, layout, chart, colours, thin)
        _paint_goal(painter, layout, chart, colours)
        _paint_ceiling(painter, layout, chart, colours)
        _paint_value_labels(painter, values, colours, line)
        painter.setPen(colours.text)
        align = (
            _Align.AlignRight | _Align.AlignVCenter
            if chart.kind == "hbars"
            else _Align.AlignHCenter | _Align.AlignTop
        )
        for _index, box, label in layout.labels:
            painter.drawText(box, align, label)
    finally:
        painter.restore()


def _paint_legend_entry(
    painter: QtGui.QPainter,
    layout: ChartLayout,
    colours: ChartColours,
    kind: str,
    box: QtCore.QRectF,
    label: str,
) -> None:
    line = layout.line
    size = line * 0.7
    sample = QtCore.QRectF(box.left(), box.center().y() - size / 2, line * 1.1, size)
    if kind == "goal":
        painter.setPen(pen(colours.goal, max(line / 9, 1.0), dashed=True))
        y = sample.center().y()
        painter.drawLine(QtCore.QPointF(sample.left(), y), QtCore.QPointF(sample.right(), y))
    elif kind == "ceiling":
        painter.setPen(pen(colours.goal, max(line / 6, 1.5)))
        y = sample.center().y()
        painter.drawLine(QtCore.QPointF(sample.left(), y), QtCore.QPointF(sample.right(), y))
    elif kind == "highlight":
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(colours.highlight)
        square = QtCore.QRectF(
            sample.left() + (sample.width() - size) / 2, sample.top(), size, size
        )
        painter.drawRoundedRect(square, size / 5, size / 5)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    else:
        painter.setPen(pen(colours.missing, max(line / 14, 0.75), dashed=True))
        square = QtCore.QRectF(
            sample.left() + (sample.width() - size) / 2, sample.top(), size, size
        )
        painter.drawRect(square)
    painter.setPen(colours.text)
    text_box = QtCore.QRectF(sample.right() + line * 0.3, box.top(), box.width(), box.height())
    text_box.setRight(box.right())
    painter.drawText(text_box, _Align.AlignLeft | _Align.AlignVCenter, label)


def _paint_grid(
    painter: QtGui.QPainter, layout: ChartLayout, colours: ChartColours, thin: float
) -> None:
    plot = layout.plot
    horizontal = layout.kind == "hbars"
    for tick in layout.ticks:
        if tick == 0:
            continue
        painter.setPen(pen(colours.grid, thin * 1.2))
        at = layout.position(tick)
        if horizontal:
            painter.drawLine(QtCore.QPointF(at, plot.top()), QtCore.QPointF(at, plot.bottom()))
        else:
            painter.drawLine(QtCore.QPointF(plot.left(), at), QtCore.QPointF(plot.right(), at))
    painter.setPen(colours.text)
    align = _Align.AlignHCenter if horizontal else _Align.AlignRight
    for box, label in layout.tick_labels:
        painter.drawText(box, align | _Align.AlignVCenter, label)
    # The zero line, a little stronger than the grid.
    painter.setPen(pen(_mix(colours.text, colours.background, 0.45), thin * 1.6))
    if horizontal:
        painter.drawLine(plot.topLeft(), plot.bottomLeft())
    else:
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())


def _paint_bars(
    painter: QtGui.QPainter,
    layout: ChartLayout,
    chart: Chart,
    colours: ChartColours,
    thin: float,
) -> list[tuple[QtCore.QRectF, QtCore.Qt.AlignmentFlag, str]]:
    """Draw the bars; return the value labels to write (after the goal line)."""
    line = layout.line
    horizontal = chart.kind == "hbars"
    labels: list[tuple[QtCore.QRectF, QtCore.Qt.AlignmentFlag, str]] = []
    metrics = QtGui.QFontMetricsF(painter.font(), painter.device())
    shown = {index for index, _box, _text in layout.labels}
    slot = layout.slot(0)
    # Bars under 3 pixels touch: without antialiasing they fill whole pixels, not a blur.
    crisp = (slot.height() if horizontal else slot.width()) < 3
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing, not crisp)
    for index in range(layout.count):
        value = chart.value(index)
        if value is None:
            box = _missing_box(layout, index)
            if box.width() >= 2 and box.height() >= 2:
                painter.setPen(pen(colours.missing, max(thin * 1.4, 0.75), dashed=True))
                painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
                painter.drawRect(box.adjusted(thin, thin, -thin, 0))
            continue
        bar = layout.bar(index, value)
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(colours.highlight if chart.highlighted(index) else colours.bar)
        painter.drawPath(_rounded_bar(bar, line * 0.22, horizontal))
        if not layout.value_labels or (horizontal and index not in shown):
            continue
        if value == 0 and layout.count > 12:
            continue  # the zero sliver says it; a row of "0"s would only clutter a wide chart
        label = chart.format(value)
        width = metrics.horizontalAdvance(label)
        if horizontal:
            box = QtCore.QRectF(bar.right() + line * 0.3, bar.center().y() - line / 2, width, line)
            align = _Align.AlignLeft | _Align.AlignVCenter
        else:
            box = QtCore.QRectF(bar.center().x() - width / 2, bar.top() - line * 1.05, width, line)
            align = _Align.AlignHCenter | _Align.AlignBottom
        labels.append((box, align, label))
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    return labels


def _paint_value_labels(
    painter: QtGui.QPainter,
    labels: list[tuple[QtCore.QRectF, QtCore.Qt.AlignmentFlag, str]],
    colours: ChartColours,
    line: float,
) -> None:
    """Write values over everything else, on a patch of background so the goal line can't hide
    them.
    """
    for box, align, label in labels:
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(colours.background)
        patch = box.adjusted(-line * 0.12, line * 0.1, line * 0.12, -line * 0.05)
        painter.drawRoundedRect(patch, line * 0.15, line * 0.15)
        painter.setPen(colours.text)
        painter.drawText(box, align, label)
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)


def _paint_line(
    painter: QtGui.QPainter, layout: ChartLayout, chart: Chart, colours: ChartColours
) -> None:
    line = layout.line
    points: list[QtCore.QPointF | None] = []
    for index in range(layout.count):
        value = chart.value(index)
        x = layout.slot(index).center().x()
        points.append(None if value is None else QtCore.QPointF(x, layout.position(value)))
    runs: list[list[QtCore.QPointF]] = [[]]
    for point in points:
        if point is None:
            if runs[-1]:
                runs.append([])
        else:
            runs[-1].append(point)
    fill = QtGui.QColor(colours.bar)
    fill.setAlphaF(0.14)
    bottom = layout.plot.bottom()
    for run in runs:
        if len(run) < 2:
            continue
        area = QtGui.QPolygonF([QtCore.QPointF(run[0].x(), bottom), *run])
        area.append(QtCore.QPointF(run[-1].x(), bottom))
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawPolygon(area)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.setPen(pen(colours.bar, max(line / 7, 1.0)))
        painter.drawPolyline(QtGui.QPolygonF(run))
    spacing = layout.plot.width() / max(1, layout.count)
    radius = min(line / 4.5, spacing / 2.2)
    every_point = spacing >= radius * 3
    for index, point in enumerate(points):
        if point is None:
            continue
        alone = (index == 0 or points[index - 1] is None) and (
            index == len(points) - 1 or points[index + 1] is None
        )
        highlighted = chart.highlighted(index)
        if not (every_point or alone or highlighted):
            continue
        size = radius * (1.35 if highlighted else 1.0)
        painter.setPen(pen(colours.background, max(line / 14, 0.75)))
        painter.setBrush(colours.highlight if highlighted else colours.bar)
        painter.drawEllipse(point, max(size, 1.0), max(size, 1.0))
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)


def _paint_goal(
    painter: QtGui.QPainter, layout: ChartLayout, chart: Chart, colours: ChartColours
) -> None:
    if chart.goal is None:
        return
    path = QtGui.QPainterPath()
    horizontal = chart.kind == "hbars"
    previous: float | None = None
    for index in range(layout.count):
        goal = chart.goal_at(index)
        if goal is None:
            previous = None
            continue
        slot = layout.slot(index)
        at = layout.position(goal)
        if horizontal:
            # A tick across the row: each category has its own goal.
            inset = slot.height() * 0.08
            path.moveTo(at, slot.top() + inset)
            path.lineTo(at, slot.bottom() - inset)
            continue
        if previous is None:
            path.moveTo(slot.left(), at)
        else:
            path.lineTo(slot.left(), at)
        path.lineTo(slot.right(), at)
        previous = at
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    # A halo in the background colour keeps the dashes readable over bars.
    halo = QtGui.QColor(colours.background)
    halo.setAlphaF(0.7)
    painter.setPen(pen(halo, max(layout.line / 4.5, 2.0)))
    painter.drawPath(path)
    painter.setPen(pen(colours.goal, max(layout.line / 9, 1.0), dashed=True))
    painter.drawPath(path)


def _paint_ceiling(
    painter: QtGui.QPainter, layout: ChartLayout, chart: Chart, colours: ChartColours
) -> None:
    """One solid line across the plot at the ceiling, unlike the goal's dashed steps."""
    ceiling = chart.drawn_ceiling()
    if ceiling is None:
        return
    at = layout.position(ceiling)
    plot = layout.plot
    start, end = QtCore.QPointF(plot.left(), at), QtCore.QPointF(plot.right(), at)
    halo = QtGui.QColor(colours.background)
    halo.setAlphaF(0.7)
    painter.setPen(pen(halo, max(layout.line / 3, 3.0)))
    painter.drawLine(start, end)
    painter.setPen(pen(colours.goal, max(layout.line / 6, 1.5)))
    painter.drawLine(start, end)


# --- description -------------------------------------------------------------------------------


def describe(chart: Chart) -> str:
    """A plain-text description for screen readers: what the chart shows, in a few sentences."""
    count = len(chart.labels)
    parts = [text.tr("Chart: %1.").replace("%1", chart.heading())]
    values = [(i, v) for i in range(count) if (v := chart.value(i)) is not None]
    if not values:
        parts.append(text.tr("No data for this period."))
        return " ".join(parts)
    parts.append(text.tr("%n value(s).", None, count))
    if len(values) < count and chart.missing_label:
        parts.append(
            text.tr("%1: %2.", "legend name, count")
            .replace("%1", chart.missing_label)
            .replace("%2", QtCore.QLocale().toString(count - len(values)))
        )
    elif len(values) < count:
        parts.append(text.tr("%n without data.", None, count - len(values)))
    best, most = max(values, key=lambda item: item[1])
    parts.append(
        text.tr("Highest: %1 (%2).")
        .replace("%1", chart.format(most))
        .replace("%2", chart.labels[best])
    )
    if chart.kind != "line":
        total = math.fsum(v for _, v in values)
        parts.append(text.tr("Total: %1.").replace("%1", chart.format(total)))
    goals = [(i, g) for i in range(count) if (g := chart.goal_at(i)) is not None]
    if goals:
        reached = sum(1 for i, g in goals if (v := chart.value(i)) is not None and v >= g)
        parts.append(
            text.tr("Goal reached for %1 of %2.")
            .replace("%1", QtCore.QLocale().toString(reached))
            .replace("%2", QtCore.QLocale().toString(len(goals)))
        )
    ceiling = chart.drawn_ceiling()
    if ceiling is not None:
        over = sum(1 for _i, v in values if v > ceiling)
        parts.append(
            text.tr("%1: %2; over it for %3 of %4.", "ceiling name, value, count, of")
            .replace("%1", chart.ceiling_label or text.tr("Limit"))
            .replace("%2", chart.format(ceiling))
            .replace("%3", QtCore.QLocale().toString(over))
            .replace("%4", QtCore.QLocale().toString(len(values)))
        )
    marked = sum(1 for i in range(count) if chart.highlighted(i))
    if marked:
        name = chart.highlight_label or text.tr("Highlighted")
        parts.append(
            text.tr("%1: %2.", "legend name, count")
            .replace("%1", name)
            .replace("%2", QtCore.QLocale().toString(marked))
        )
    return " ".join(parts)
