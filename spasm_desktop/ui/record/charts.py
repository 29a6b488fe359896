"""Simple charts (bars, horizontal bars, lines) drawn with QPainter, on screen and in a PDF.

No charting library: QtCharts needs the 175 MB PySide6-Addons wheel, pyqtgraph needs numpy and
takes the history window's whole start-up budget to import. :func:`paint_chart` is a pure paint
function: it draws a :class:`Chart` into any rectangle of any paint device (a widget, a QImage, a
QPdfWriter), with every size derived from the font's line height so a chart looks the same at
any font size and resolution. :class:`ChartWidget` shows one on screen.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Callable, Iterator

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.ui.common import text

#: The kinds of chart: vertical bars, horizontal bars (for categories), points joined by lines.
KINDS = ("bars", "hbars", "line")

#: Round steps between ticks, times a power of ten.
_STEPS = (1.0, 2.0, 2.5, 5.0)

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
        return _clean(self.values[index])

    def goal_at(self, index: int) -> float | None:
        """The goal at ``index`` (None: no goal there)."""
        return None if self.goal is None else _clean(self.goal[index])

    def highlighted(self, index: int) -> bool:
        """Whether the label at ``index`` is highlighted."""
        return self.highlight is not None and bool(self.highlight[index])

    def has_data(self) -> bool:
        """Whether there is at least one value to draw."""
        return any(self.value(i) is not None for i in range(len(self.labels)))


def _clean(value: float | None) -> float | None:
    if value is None or not math.isfinite(value):
        return None
    return max(0.0, float(value))


def whole_number(value: float) -> str:
    """The default format: a whole number with the locale's separators (huge ones as 1e+300)."""
    locale = QtCore.QLocale()
    if abs(value) < 1e15:
        return locale.toString(round(value))
    return locale.toString(value, "g", 3)


# --- colours -----------------------------------------------------------------------------------


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(colour: QtGui.QColor) -> float:
    """The relative luminance of ``colour`` (WCAG 2)."""
    rgb = colour.toRgb()
    red, green, blue = (_channel(c) for c in (rgb.red(), rgb.green(), rgb.blue()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: QtGui.QColor, second: QtGui.QColor) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21 (text needs 4.5, shapes 3)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _mix(ink: QtGui.QColor, ground: QtGui.QColor, amount: float) -> QtGui.QColor:
    """``amount`` of ``ink`` over ``ground`` (0: ground, 1: ink)."""
    a, b = ink.toRgb(), ground.toRgb()
    return QtGui.QColor(
        round(b.red() + (a.red() - b.red()) * amount),
        round(b.green() + (a.green() - b.green()) * amount),
        round(b.blue() + (a.blue() - b.blue()) * amount),
    )


def _hue_distance(first: QtGui.QColor, second: QtGui.QColor) -> int:
    distance = abs(first.hslHue() - second.hslHue()) % 360
    return min(distance, 360 - distance)


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
            or _hue_distance(bar, highlight) < 60
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


# --- scale -------------------------------------------------------------------------------------


def _round_steps(maximum: float, whole: bool) -> Iterator[float]:
    """Round steps (1, 2, 2.5, 5 times a power of ten), smallest first, from about a tenth of
    ``maximum`` up. 2.5 only from 25 up, so a step never needs more decimals than 0.1 or 0.01.
    """
    exponent = math.floor(math.log10(maximum / 4))
    start = max(exponent - 1, 0) if whole else exponent - 1
    for power in range(start, max(start, exponent + 1) + 2):
        for mantissa in _STEPS:
            if mantissa == 2.5 and power < 1:
                continue
            try:
                step = mantissa * 10.0**power
            except OverflowError:
                return
            if math.isfinite(step):
                yield step


def nice_ticks(maximum: float, whole: bool = True) -> tuple[float, ...]:
    """Ticks from 0 to a round top at or above ``maximum``: 3 to 5 where the values allow.

    With ``whole`` the step is a whole number (the default format shows no decimals).
    """
    if not math.isfinite(maximum) or maximum <= 0:
        maximum = 1.0
    for step in _round_steps(maximum, whole):
        count = max(1, math.ceil(maximum / step - 1e-9))
        if count <= 4:
            return tuple(i * step for i in range(count + 1))
    return (0.0, maximum)


def fixed_ticks(top: float, whole: bool = True) -> tuple[float, ...]:
    """Ticks for a scale from 0 to ``top``: up to ``top`` at a round step that divides it
    (10: 0, 5, 10), else round steps below it (7: 0, 2, 4, 6).
    """
    if not math.isfinite(top) or top <= 0:
        return (0.0,)
    for step in _round_steps(top, whole):
        count = math.floor(top / step + 1e-9)
        if 2 <= count <= 4 and math.isclose(count * step, top):
            return tuple(i * step for i in range(count + 1))
    for step in _round_steps(top, whole):
        count = math.floor(top / step + 1e-9)
        if count <= 4:
            return tuple(i * step for i in range(count + 1))
    return (0.0,)


def _scale(chart: Chart) -> tuple[tuple[float, ...], float]:
    """The ticks and the value at the top of the scale."""
    whole = chart.value_format is None
    if chart.y_max is not None and math.isfinite(chart.y_max) and chart.y_max > 0:
        return fixed_ticks(chart.y_max, whole), float(chart.y_max)
    numbers = [chart.value(i) for i in range(len(chart.labels))]
    numbers += [chart.goal_at(i) for i in range(len(chart.labels))]
    numbers.append(_ceiling(chart))
    ticks = nice_ticks(max((v for v in numbers if v is not None), default=0.0), whole)
    return ticks, ticks[-1]


def _thin_ticks(ticks: tuple[float, ...], length: float, needed: float) -> tuple[float, ...]:
    """Every k-th tick, so labels ``needed`` apart fit along ``length``."""
    if len(ticks) < 2:
        return ticks
    spacing = length / (len(ticks) - 1)
    every = 1
    while len(ticks[::every]) > 2 and spacing * every < needed:
        every += 1
    kept = ticks[::every]
    if spacing * every < needed:
        return (ticks[-1],) if length >= needed / 2 else ()
    return kept


# --- layout ------------------------------------------------------------------------------------


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


def _bold(font: QtGui.QFont) -> QtGui.QFont:
    bold = QtGui.QFont(font)
    bold.setBold(True)
    return bold


def _legend_entries(chart: Chart) -> list[tuple[str, str]]:
    entries = []
    count = len(chart.labels)
    if chart.goal is not None and any(chart.goal_at(i) is not None for i in range(count)):
        entries.append(("goal", chart.goal_label or text.tr("Goal")))
    if _ceiling(chart) is not None:
        entries.append(("ceiling", chart.ceiling_label or text.tr("Limit")))
    if any(chart.highlighted(i) for i in range(count)):
        entries.append(("highlight", chart.highlight_label or text.tr("Highlighted")))
    if chart.kind != "line" and any(chart.value(i) is None for i in range(count)):
        entries.append(("missing", text.tr("No data")))
    return entries


def chart_layout(
    rect: QtCore.QRectF,
    chart: Chart,
    font: QtGui.QFont,
    device: QtGui.QPaintDevice | None = None,
) -> ChartLayout:
    """Lay ``chart`` out in ``rect``, measuring text in ``font`` on ``device`` (default: screen)."""
    metrics = _metrics(font, device)
    bold = _metrics(_bold(font), device)
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
    shown = _thin_ticks(ticks, plot.height(), line * 1.2)
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

    every = _label_step((max(widths, default=0.0) + spacing) / slot_width)
    labels = spaced(every)
    while labels is None:
        every = _label_step(every + 1)
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
    shown = _thin_ticks(ticks, plot.width(), widest_tick + line)
    layout = dataclasses.replace(layout, plot=plot, ticks=shown, value_labels=value_labels)
    tick_top = plot.bottom() + line * 0.3
    tick_labels = []
    for tick in shown:
        width = metrics.horizontalAdvance(tick_texts[tick])
        x = layout.position(tick) - width / 2
        tick_labels.append((QtCore.QRectF(x, tick_top, width, line), tick_texts[tick]))

    every = _label_step(line * 1.05 / row)
    labels = []
    for index in range(0, count, every):
        centre = layout.slot(index).center().y()
        box = QtCore.QRectF(body.left(), centre - line / 2, name_width, line)
        shown_text = metrics.elidedText(
            chart.labels[index], QtCore.Qt.TextElideMode.ElideRight, name_width
        )
        labels.append((index, box, shown_text))
    return dataclasses.replace(layout, tick_labels=tuple(tick_labels), labels=tuple(labels))


def _label_step(needed: float) -> int:
    """The smallest round step (1, 2, 3, 5, 7 for weeks, 10, ...) of at least ``needed``."""
    if not math.isfinite(needed):
        return 1
    for step in (1, 2, 3, 4, 5, 7, 10, 14, 15, 20, 25, 30):
        if step >= needed:
            return step
    power = 10
    while True:
        for mantissa in (5, 10, 20, 25):
            if mantissa * power >= needed:
                return mantissa * power
        power *= 10


def x_label_indices(
    rect: QtCore.QRectF,
    chart: Chart,
    font: QtGui.QFont,
    device: QtGui.QPaintDevice | None = None,
) -> tuple[int, ...]:
    """The indices of the category labels :func:`paint_chart` draws (crowded ones are skipped)."""
    return tuple(index for index, _box, _text in chart_layout(rect, chart, font, device).labels)


# --- painting ----------------------------------------------------------------------------------


def _pen(colour: QtGui.QColor, width: float, dashed: bool = False) -> QtGui.QPen:
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
            painter.setFont(_bold(font))
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
        painter.setPen(_pen(colours.goal, max(line / 9, 1.0), dashed=True))
        y = sample.center().y()
        painter.drawLine(QtCore.QPointF(sample.left(), y), QtCore.QPointF(sample.right(), y))
    elif kind == "ceiling":
        painter.setPen(_pen(colours.goal, max(line / 6, 1.5)))
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
        painter.setPen(_pen(colours.missing, max(line / 14, 0.75), dashed=True))
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
        painter.setPen(_pen(colours.grid, thin * 1.2))
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
    painter.setPen(_pen(_mix(colours.text, colours.background, 0.45), thin * 1.6))
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
                painter.setPen(_pen(colours.missing, max(thin * 1.4, 0.75), dashed=True))
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
    them."""
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
        painter.setPen(_pen(colours.bar, max(line / 7, 1.0)))
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
        painter.setPen(_pen(colours.background, max(line / 14, 0.75)))
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
    painter.setPen(_pen(halo, max(layout.line / 4.5, 2.0)))
    painter.drawPath(path)
    painter.setPen(_pen(colours.goal, max(layout.line / 9, 1.0), dashed=True))
    painter.drawPath(path)


def _ceiling(chart: Chart) -> float | None:
    """The ceiling to draw (None: none, or not a usable number)."""
    if chart.ceiling is None or chart.kind == "hbars":
        return None
    return _clean(chart.ceiling)


def _paint_ceiling(
    painter: QtGui.QPainter, layout: ChartLayout, chart: Chart, colours: ChartColours
) -> None:
    """One solid line across the plot at the ceiling, unlike the goal's dashed steps."""
    ceiling = _ceiling(chart)
    if ceiling is None:
        return
    at = layout.position(ceiling)
    plot = layout.plot
    start, end = QtCore.QPointF(plot.left(), at), QtCore.QPointF(plot.right(), at)
    halo = QtGui.QColor(colours.background)
    halo.setAlphaF(0.7)
    painter.setPen(_pen(halo, max(layout.line / 3, 3.0)))
    painter.drawLine(start, end)
    painter.setPen(_pen(colours.goal, max(layout.line / 6, 1.5)))
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
    parts.append(text.counted("%n value(s).", count))
    if len(values) < count:
        parts.append(text.counted("%n without data.", count - len(values)))
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
    ceiling = _ceiling(chart)
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


# --- widget ------------------------------------------------------------------------------------


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
        line = self.fontMetrics().height()
        return QtCore.QSize(line * 28, line * 14)

    def minimumSizeHint(self) -> QtCore.QSize:
        line = self.fontMetrics().height()
        return QtCore.QSize(line * 14, line * 8)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        kind = event.type()
        if kind in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
            self.updateGeometry()
            self.update()
        elif kind == QtCore.QEvent.Type.PaletteChange:
            self.update()
        super().changeEvent(event)

    def focusInEvent(self, event: QtGui.QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QtGui.QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        colours = ChartColours.from_palette(self.palette())
        chart = self._chart or Chart(title="", labels=(), values=())
        painter = QtGui.QPainter(self)
        line = QtGui.QFontMetricsF(self.font()).height()
        paint_chart(painter, self.chart_rect(), chart, colours, self.font())
        if self.hasFocus():
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            width = max(line / 8, 2.0)
            painter.setPen(_pen(colours.bar, width))
            frame = QtCore.QRectF(self.rect()).adjusted(width, width, -width, -width)
            painter.drawRoundedRect(frame, line * 0.5, line * 0.5)
        painter.end()
