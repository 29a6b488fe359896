"""Charts drawn with QPainter: edge cases, where bars land, label thinning, colours, PDF."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop.ui.record import chart_geometry, charts
from spasm_desktop.ui.record.chart_widget import ChartWidget
from spasm_desktop.ui.record.charts import Chart, ChartColours
from spasm_desktop.ui.routines import routine_player
from tests.gui.needed import need

DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
SIZE = QtCore.QSize(640, 320)


@pytest.fixture
def font(qapp: QApplication) -> QtGui.QFont:
    result = QtGui.QFont(qapp.font())
    result.setPointSizeF(10)
    return result


def light_palette() -> QtGui.QPalette:
    style = QtWidgets.QStyleFactory.create("Fusion")
    return style.standardPalette()


def render(
    chart: Chart,
    font: QtGui.QFont,
    colours: ChartColours | None = None,
    size: QtCore.QSize = SIZE,
    rect: QtCore.QRectF | None = None,
) -> tuple[QtGui.QImage, chart_geometry.ChartLayout]:
    """Paint ``chart`` into a fresh image; return the image and the layout used."""
    colours = colours or ChartColours.for_print()
    image = QtGui.QImage(size, QtGui.QImage.Format.Format_ARGB32)
    image.fill(QtGui.QColor("#808080"))
    rect = QtCore.QRectF(0, 0, size.width(), size.height()) if rect is None else rect
    painter = QtGui.QPainter(image)
    charts.paint_chart(painter, rect, chart, colours, font)
    painter.end()
    return image, chart_geometry.chart_layout(rect, chart, font, image)


def rgb(colour: QtGui.QColor) -> tuple[int, int, int]:
    return colour.red(), colour.green(), colour.blue()


def near(pixel: QtGui.QColor, colour: QtGui.QColor, tolerance: int = 24) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(rgb(pixel), rgb(colour), strict=True))


def count_near(image: QtGui.QImage, colour: QtGui.QColor, area: QtCore.QRect | None = None) -> int:
    area = area or image.rect()
    area = area.intersected(image.rect())
    return sum(
        near(image.pixelColor(x, y), colour, 8)
        for x in range(area.left(), area.right() + 1, 2)
        for y in range(area.top(), area.bottom() + 1, 2)
    )


EDGE_CASES: dict[str, tuple[tuple[str, ...], tuple[float | None, ...]]] = {
    "empty": ((), ()),
    "all none": (DAYS, (None,) * 7),
    "one value": (("Mon",), (3.0,)),
    "400 labels": (
        tuple(f"Label {i}" for i in range(400)),
        tuple(float(i % 9) for i in range(400)),
    ),
    "zeros": (DAYS, (0.0,) * 7),
    "huge": (DAYS, (1e300, 1e308, 5.0, None, 0.0, 1.0, 2e307)),
    "not finite": (DAYS, (math.inf, math.nan, -5.0, 1.0, None, 2.0, 3.0)),
    "long labels": (
        ("A very long label that is wider than the chart itself, surely", "B"),
        (1.0, 2.0),
    ),
}


@pytest.mark.parametrize("kind", charts.KINDS)
@pytest.mark.parametrize("case", EDGE_CASES)
def test_edge_cases_paint_in_every_size(font: QtGui.QFont, kind: str, case: str) -> None:
    labels, values = EDGE_CASES[case]
    goal = tuple(2.0 for _ in labels)
    highlight = tuple(i % 3 == 1 for i in range(len(labels)))
    chart = Chart("Title", labels, values, kind=kind, goal=goal, highlight=highlight, unit="ml")
    bar = ChartColours.for_print().bar
    image, layout = render(chart, font)
    plotted = any(chart.value(i) is not None for i in range(len(labels)))
    assert bool(layout.message) is not plotted
    if plotted:
        assert count_near(image, bar) > 0
        assert layout.top >= max(chart.value(i) or 0.0 for i in range(len(labels)))
    else:
        assert count_near(image, bar) == 0
    for rect in (
        QtCore.QRectF(0, 0, 4, 4),
        QtCore.QRectF(10, 10, 40, 25),
        QtCore.QRectF(0, 0, 120, 60),
        QtCore.QRectF(0, 0, -50, -20),
        QtCore.QRectF(0, 0, 0, 0),
        QtCore.QRectF(0, 0, 640, 18),
    ):
        render(chart, font, rect=rect)  # no exception, and nothing drawn outside:
    image, _ = render(chart, font, rect=QtCore.QRectF(0, 0, 100, 40))
    assert image.pixelColor(300, 200) == QtGui.QColor("#808080")


def test_no_data_writes_a_message_instead_of_a_plot(font: QtGui.QFont) -> None:
    for chart in (Chart("Water", (), ()), Chart("Water", DAYS, (None,) * 7)):
        image, layout = render(chart, font)
        assert layout.message == "No data for this period"
        assert layout.plot.isEmpty()
        middle = QtCore.QRect(0, SIZE.height() // 3, SIZE.width(), SIZE.height() // 3)
        assert count_near(image, QtGui.QColor("#000000"), middle) > 20  # the message's text


def test_bars_stand_where_values_are_and_not_where_data_is_missing(font: QtGui.QFont) -> None:
    values = (4.0, None, 0.0, 8.0, None, 2.0, 6.0)
    highlight = (False, False, False, True, False, False, False)
    chart = Chart("Cramps", DAYS, values, highlight=highlight)
    colours = ChartColours.for_print()
    image, layout = render(chart, font, colours)
    baseline = layout.plot.bottom()
    for index, value in enumerate(values):
        x = round(layout.slot(index).center().x())
        column = QtCore.QRect(x - 2, round(layout.plot.top()), 5, round(layout.plot.height()) - 3)
        if value is None:
            assert count_near(image, colours.bar, column) == 0, index
            assert count_near(image, colours.highlight, column) == 0, index
            continue
        bar = layout.bar(index, value)
        assert bar.bottom() == pytest.approx(baseline)
        assert bar.height() == pytest.approx(max(value / layout.top * layout.plot.height(), 1), 1)
        colour = colours.highlight if highlight[index] else colours.bar
        if value > 0:
            assert near(image.pixelColor(bar.center().toPoint()), colour), index
            above = QtCore.QPoint(x, round(bar.top() - layout.line * 1.4))
            assert not near(image.pixelColor(above), colour), index
    # Taller values, taller bars; zero still shows a sliver on the baseline.
    assert layout.bar(3, 8.0).height() > layout.bar(0, 4.0).height() > layout.bar(2, 0.0).height()
    zero = layout.bar(2, 0.0)
    assert near(image.pixelColor(zero.center().toPoint()), colours.bar, 60)


def test_horizontal_bars_run_from_the_label_column(font: QtGui.QFont) -> None:
    areas = ("Calf", "Foot", "Back of the thigh", "Hand")
    chart = Chart("By area", areas, (10.0, None, 3.0, 1.0), kind="hbars")
    colours = ChartColours.for_print()
    image, layout = render(chart, font, colours)
    assert [index for index, _box, _text in layout.labels] == [0, 1, 2, 3]
    for _index, box, _text in layout.labels:
        assert box.right() <= layout.plot.left()  # names at the left of the bars
    long_bar = layout.bar(0, 10.0)
    assert long_bar.width() > layout.bar(2, 3.0).width() * 3
    assert near(image.pixelColor(long_bar.center().toPoint()), colours.bar)
    row = layout.slot(1).toRect().adjusted(round(layout.line * 2), 2, 0, -2)
    assert count_near(image, colours.bar, row) == 0  # no data: only the dashed outline
    assert layout.value_labels


def test_line_joins_points_and_breaks_at_missing_values(font: QtGui.QFont) -> None:
    values = (2.0, 4.0, None, None, 6.0, 8.0, 3.0)
    chart = Chart("Severity", DAYS, values, kind="line", y_max=10)
    colours = ChartColours.for_print()
    image, layout = render(chart, font, colours)
    assert layout.top == 10
    for index, value in enumerate(values):
        if value is not None:
            point = QtCore.QPointF(layout.slot(index).center().x(), layout.position(value))
            assert near(image.pixelColor(point.toPoint()), colours.bar, 40), index
    gap = QtCore.QRect(
        round(layout.slot(2).left() + 4),
        round(layout.plot.top()),
        round(layout.slot(2).width() * 2 - 8),
        round(layout.plot.height() - 4),
    )
    assert count_near(image, colours.bar) > 0
    assert count_near(image, colours.bar, gap) == 0


def test_goal_is_a_dashed_line_at_its_value(font: QtGui.QFont) -> None:
    chart = Chart("Water", DAYS, (500.0,) * 7, goal=(2000.0,) * 7, unit="ml")
    colours = ChartColours.for_print()
    image, layout = render(chart, font, colours)
    y = round(layout.position(2000.0))
    row = QtCore.QRect(round(layout.plot.left()), y - 1, round(layout.plot.width()), 3)
    dark = count_near(image, colours.goal, row)
    assert 0 < dark < row.width() * 2  # dashes: some of the row, not all of it
    assert [kind for kind, _box, _text in layout.legend] == ["goal"]


def test_a_ceiling_is_one_solid_line_named_as_a_limit(font: QtGui.QFont) -> None:
    # A clinician's fluid limit: a solid line across the plot, above which bars are "over".
    chart = Chart(
        "Water",
        DAYS,
        (500.0, 1700.0, None, 900.0, 1200.0, 300.0, 100.0),
        unit="ml",
        ceiling=1500.0,
        ceiling_label="Your fluid limit",
    )
    colours = ChartColours.for_print()
    image, layout = render(chart, font, colours)
    assert layout.top >= 1500.0
    y = round(layout.position(1500.0))
    # A row of the plot well right of the y labels, between two bars: the line runs through.
    row = QtCore.QRect(round(layout.plot.center().x()) - 40, y, 80, 1)
    solid = sum(
        near(image.pixelColor(x, y), colours.goal, 40) for x in range(row.left(), row.right())
    )
    assert solid >= row.width() - 4
    assert [(kind, label) for kind, _box, label in layout.legend] == [
        ("ceiling", "Your fluid limit"),
        ("missing", "No data"),
    ]
    description = charts.describe(chart)
    assert "Your fluid limit: 1,500; over it for 1 of 6." in description.replace("1500", "1,500")
    assert "Goal" not in description


def test_no_ceiling_line_without_a_limit(font: QtGui.QFont) -> None:
    plain = Chart("Water", DAYS, (500.0,) * 7, unit="ml")
    assert (
        chart_geometry.chart_layout(QtCore.QRectF(0, 0, 640, 320), plain, font, None).legend == ()
    )
    assert "over it" not in charts.describe(plain)


@pytest.mark.parametrize("kind", ["bars", "line"])
@pytest.mark.parametrize("count", [1, 7, 30, 31, 90, 400])
@pytest.mark.parametrize("width", [160, 400, 1200])
def test_x_labels_never_overlap(font: QtGui.QFont, kind: str, count: int, width: int) -> None:
    labels = tuple(f"{i + 1} Nov" for i in range(count))
    chart = Chart("Per day", labels, tuple(float(i % 5) for i in range(count)), kind=kind)
    rect = QtCore.QRectF(0, 0, width, 300)
    layout = chart_geometry.chart_layout(rect, chart, font)
    drawn = chart_geometry.x_label_indices(rect, chart, font)
    assert drawn == tuple(index for index, _box, _text in layout.labels)
    assert drawn
    assert drawn[0] == 0
    assert list(drawn) == sorted(set(drawn))
    for (_, first, _), (_, second, _) in itertools.pairwise(layout.labels):
        assert first.right() < second.left()
    for _index, box, _text in layout.labels:
        assert rect.contains(box)
    steps = {b - a for a, b in itertools.pairwise(drawn)}
    assert len(steps) <= 1  # evenly spaced


def test_all_labels_show_when_there_is_room(font: QtGui.QFont) -> None:
    chart = Chart("Week", DAYS, (1.0,) * 7)
    assert chart_geometry.x_label_indices(QtCore.QRectF(0, 0, 800, 300), chart, font) == tuple(
        range(7)
    )
    crowded = chart_geometry.x_label_indices(QtCore.QRectF(0, 0, 150, 300), chart, font)
    assert 0 < len(crowded) < 7


def test_labels_and_values_scale_with_the_font(font: QtGui.QFont) -> None:
    chart = Chart("Week", DAYS, (1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0))
    big = QtGui.QFont(font)
    big.setPointSizeF(font.pointSizeF() * 2)
    rect = QtCore.QRectF(0, 0, 800, 400)
    small_layout = chart_geometry.chart_layout(rect, chart, font)
    big_layout = chart_geometry.chart_layout(rect, chart, big)
    assert big_layout.line > small_layout.line * 1.6
    assert big_layout.plot.height() < small_layout.plot.height()
    assert big_layout.plot.left() > small_layout.plot.left()


def test_a_fixed_top_ends_the_scale() -> None:
    chart = Chart("Severity", DAYS, (1.0,) * 7, y_max=10)
    assert (
        chart_geometry.chart_layout(QtCore.QRectF(0, 0, 600, 300), chart, QtGui.QFont()).top == 10
    )
    nights = Chart("Nights", ("wk 1", "wk 2"), (3.0, 7.0), y_max=7)
    layout = chart_geometry.chart_layout(QtCore.QRectF(0, 0, 600, 300), nights, QtGui.QFont())
    assert layout.top == 7
    assert layout.bar(1, 7.0).top() == pytest.approx(layout.plot.top())


def test_describe_says_what_the_chart_shows(qapp: QApplication) -> None:
    chart = Chart(
        "Water",
        DAYS,
        (1500.0, 2100.0, None, 1800.0, 2400.0, 900.0, 0.0),
        goal=(2000.0,) * 7,
        unit="ml",
        highlight=(False,) * 5 + (True, False),
        highlight_label="Red flag",
    )
    description = charts.describe(chart)
    assert "Water (ml)" in description
    assert "7 values" in description
    assert "1 without data" in description
    assert "Highest: 2400 (Fri)" in description
    assert "Total: 8700" in description
    assert "Goal reached for 2 of 7" in description
    assert "Red flag: 1" in description

    assert "1 value." in charts.describe(Chart("Water", ("Mon",), (1.0,)))
    line = Chart("Severity", DAYS[:3], (2.0, 5.0, 1.0), kind="line")
    assert "Total" not in charts.describe(line)
    assert "Highest: 5 (Tue)" in charts.describe(line)
    assert "No data for this period" in charts.describe(Chart("Water", DAYS, (None,) * 7))
    assert "No data for this period" in charts.describe(Chart("Water", (), ()))


def test_value_format_is_used_for_values_and_description(font: QtGui.QFont) -> None:
    chart = Chart("Sleep", DAYS[:2], (7.5, 6.25), value_format=lambda v: f"{v:.1f} h")
    assert "Highest: 7.5 h (Mon)" in charts.describe(chart)
    layout = chart_geometry.chart_layout(QtCore.QRectF(0, 0, 600, 300), chart, font)
    assert [text for _box, text in layout.tick_labels][-1].endswith(" h")


def test_mismatched_lengths_and_unknown_kinds_are_refused() -> None:
    with pytest.raises(ValueError, match="values"):
        Chart("X", DAYS, (1.0,))
    with pytest.raises(ValueError, match="goal"):
        Chart("X", DAYS, (1.0,) * 7, goal=(1.0,))
    with pytest.raises(ValueError, match="kind"):
        Chart("X", DAYS, (1.0,) * 7, kind="pie")


@pytest.mark.parametrize("theme", ["light", "dark", "print"])
def test_colours_contrast_with_their_background(qapp: QApplication, theme: str) -> None:
    if theme == "print":
        colours = ChartColours.for_print()
    else:
        palette = light_palette() if theme == "light" else routine_player.dim_palette()
        colours = ChartColours.from_palette(palette)
    background = colours.background
    assert charts.contrast_ratio(colours.text, background) >= 4.5
    for shape in (colours.bar, colours.goal, colours.highlight, colours.missing):
        assert charts.contrast_ratio(shape, background) >= 3, shape.name()
    hues = abs(colours.bar.hslHue() - colours.highlight.hslHue())
    assert min(hues, 360 - hues) >= 60  # bars and highlighted bars don't look alike
    assert charts.contrast_ratio(colours.grid, background) < 1.6  # the grid stays light


def test_poor_theme_colours_are_replaced() -> None:
    palette = QtGui.QPalette()
    palette.setColor(QtGui.QPalette.ColorRole.Base, QtGui.QColor("#202020"))
    palette.setColor(QtGui.QPalette.ColorRole.Text, QtGui.QColor("#303030"))
    palette.setColor(QtGui.QPalette.ColorRole.Highlight, QtGui.QColor("#d02020"))  # red accent
    colours = ChartColours.from_palette(palette)
    assert charts.contrast_ratio(colours.text, colours.background) >= 4.5
    assert colours.bar.name() != "#d02020"  # a red accent would look like a problem


@pytest.fixture
def widget(qtbot: QtBot) -> ChartWidget:
    chart = Chart("Water", DAYS, (1500.0, 2100.0, None, 1800.0, 2400.0, 900.0, 0.0), unit="ml")
    result = ChartWidget(chart)
    qtbot.addWidget(result)
    result.resize(result.sizeHint())
    return result


def test_widget_names_itself_for_screen_readers(widget: ChartWidget) -> None:
    assert widget.accessibleName() == "Water (ml)"
    assert widget.accessibleDescription() == charts.describe(need(widget.chart()))
    assert widget.focusPolicy() == QtCore.Qt.FocusPolicy.StrongFocus
    summarised = Chart("Cramps", DAYS[:1], (1.0,), summary="One cramp on Monday.")
    widget.set_chart(summarised)
    assert widget.chart() is summarised
    assert widget.accessibleName() == "Cramps"
    assert widget.accessibleDescription() == "One cramp on Monday."


def test_widget_without_a_chart_paints_a_message(qtbot: QtBot) -> None:
    widget = ChartWidget()
    qtbot.addWidget(widget)
    widget.resize(300, 150)
    assert widget.chart() is None
    assert widget.accessibleName() == "Chart"
    assert not widget.grab().isNull()


def test_widget_size_follows_the_font(widget: ChartWidget) -> None:
    small = widget.sizeHint()
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    widget.setFont(font)
    assert widget.sizeHint().width() > small.width() * 1.6
    assert widget.minimumSizeHint().width() < widget.sizeHint().width()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_widget_draws_in_its_palette(widget: ChartWidget, theme: str) -> None:
    palette = light_palette() if theme == "light" else routine_player.dim_palette()
    widget.setPalette(palette)
    colours = ChartColours.from_palette(palette)
    image = widget.grab().toImage()
    ratio = image.devicePixelRatio()
    sampled = image.width() * image.height() / 4
    assert count_near(image, colours.background) > 0.5 * sampled
    layout = chart_geometry.chart_layout(widget.chart_rect(), need(widget.chart()), widget.font())
    bar = layout.bar(4, 2400.0)
    assert near(image.pixelColor((bar.center() * ratio).toPoint()), colours.bar)


def test_widget_shows_a_focus_frame(qtbot: QtBot, widget: ChartWidget) -> None:
    widget.show()
    qtbot.waitExposed(widget)
    colours = ChartColours.from_palette(widget.palette())
    edge = QtCore.QRect(0, widget.height() // 3, 6, widget.height() // 3)
    plain = count_near(widget.grab().toImage(), colours.bar, edge)
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    focused = count_near(widget.grab().toImage(), colours.bar, edge)
    assert plain == 0
    assert focused > 0


def test_pdf_gets_the_same_drawing(tmp_path: Path, font: QtGui.QFont) -> None:
    path = tmp_path / "chart.pdf"
    writer = QtGui.QPdfWriter(str(path))
    painter = QtGui.QPainter(writer)
    area = QtCore.QRectF(0, 0, writer.width(), writer.height() / 3)
    for kind in charts.KINDS:
        chart = Chart(
            "Water", DAYS, (1.0, 2.0, None, 4.0, 0.0, 3.0, 2.0), kind=kind, goal=(2.0,) * 7
        )
        charts.paint_chart(painter, area, chart, ChartColours.for_print(), font)
        layout = chart_geometry.chart_layout(area, chart, font, writer)
        # Sizes follow the device: at 1200 dpi a line of 10 pt text is about 160 units high.
        assert layout.line > 100
        assert len(layout.labels) == 7
        area.translate(0, area.height())
    painter.end()
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2000


def test_missing_values_can_be_named_in_the_legend_and_the_description(font: QtGui.QFont) -> None:
    chart = Chart(
        "Cramps per week", ("a", "b", "c"), (1.0, None, None), missing_label="Not recorded"
    )
    layout = chart_geometry.chart_layout(QtCore.QRectF(0, 0, 600, 300), chart, font, None)
    assert [(kind, label) for kind, _box, label in layout.legend] == [("missing", "Not recorded")]
    assert "Not recorded: 2." in charts.describe(chart)
