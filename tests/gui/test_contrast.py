"""Every colour the app chooses reads on the light and the dark palette (WCAG AA: 4.5:1 for
text, 3:1 for the outlines of controls): the problem red, the tier colours (the amber "today"
tier too), quiet lines such as disclaimers, check box outlines, the primary button, the charts.
"""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core import contrast as wcag
from spasm_desktop.core.relief import Tier
from spasm_desktop.ui.common import assets, look
from spasm_desktop.ui.record.charts import ChartColours

Role = QtGui.QPalette.ColorRole

#: The dark palette the screenshots use (as a dark desktop theme gives Qt's Fusion style).
DARK = {
    Role.Window: "#202124",
    Role.WindowText: "#e8e8e8",
    Role.Base: "#171717",
    Role.AlternateBase: "#2a2a2a",
    Role.Text: "#e8e8e8",
    Role.Button: "#2f3136",
    Role.ButtonText: "#e8e8e8",
    Role.Highlight: "#3d7fd9",
    Role.HighlightedText: "#ffffff",
    Role.Mid: "#5f6368",
}


def light() -> QtGui.QPalette:
    return QtWidgets.QStyleFactory.create("Fusion").standardPalette()


def dark() -> QtGui.QPalette:
    palette = QtGui.QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QtGui.QColor(colour))
    return palette


def grey_dark() -> QtGui.QPalette:
    """The dark palette the other GUI tests use."""
    return QtGui.QPalette(QtGui.QColor(40, 40, 40))


PALETTES = {"light": light, "dark": dark, "grey dark": grey_dark}


def ratio(one: QtGui.QColor, other: QtGui.QColor) -> float:
    return look.contrast(one, other)


@pytest.fixture(params=sorted(PALETTES))
def themed(request: pytest.FixtureRequest, qtbot: QtBot) -> QtWidgets.QWidget:
    widget = QtWidgets.QWidget()
    qtbot.addWidget(widget)
    widget.setPalette(PALETTES[request.param]())
    return widget


def grounds(widget: QtWidgets.QWidget) -> list[QtGui.QColor]:
    palette = widget.palette()
    return [palette.color(Role.Window), palette.color(Role.Base)]


def test_the_problem_red_and_the_tier_colours_read_as_text(themed: QtWidgets.QWidget) -> None:
    colours = {"problem": assets.problem_colour(themed)}
    for tier in Tier:
        colour = assets.tier_colour(tier, themed)
        colours[tier.name] = colour or themed.palette().color(Role.WindowText)
    low = {
        (name, ground.name()): round(ratio(colour, ground), 2)
        for name, colour in colours.items()
        for ground in grounds(themed)
        if ratio(colour, ground) < wcag.TEXT
    }
    assert low == {}


def test_quiet_lines_read_where_the_placeholder_colour_does_not(themed: QtWidgets.QWidget) -> None:
    label = QtWidgets.QLabel("Not medical advice.", themed)
    look.mute(label)
    shown = label.palette().color(Role.WindowText)
    window = themed.palette().color(Role.Window)
    assert ratio(shown, window) >= wcag.TEXT
    assert ratio(shown, window) < ratio(themed.palette().color(Role.WindowText), window)


def test_the_placeholder_colour_fails_on_the_dark_palette() -> None:
    # Why the disclaimers no longer use it: a theme that leaves it unset keeps it black.
    palette = dark()
    placeholder = palette.color(Role.PlaceholderText)
    assert ratio(placeholder, palette.color(Role.Window)) < wcag.TEXT


def test_check_box_outlines_reach_3_to_1(themed: QtWidgets.QWidget) -> None:
    outline = look.outline_colour(themed.palette())
    for ground in grounds(themed):
        assert ratio(outline, ground) >= wcag.SHAPES


def test_the_primary_button_and_the_charts_read(themed: QtWidgets.QWidget, qtbot: QtBot) -> None:
    button = QtWidgets.QPushButton("Save", themed)
    look.primary(button)
    sheet = button.styleSheet()
    fill = QtGui.QColor(sheet.split("background-color: ")[1].split(";")[0])
    text = QtGui.QColor(sheet.split("color: ")[2].split(";")[0])
    assert ratio(fill, text) >= wcag.TEXT
    colours = ChartColours.from_palette(themed.palette())
    assert ratio(colours.text, colours.background) >= wcag.TEXT
    assert ratio(colours.highlight, colours.background) >= wcag.TEXT
    assert ratio(colours.bar, colours.background) >= wcag.SHAPES


def outline_contrast(qtbot: QtBot, style: QtWidgets.QStyle, palette: QtGui.QPalette) -> float:
    """The best contrast, against the window, along the left edge of a drawn check box."""
    box = QtWidgets.QCheckBox("Numbness")
    qtbot.addWidget(box)
    box.setStyle(style)
    box.setPalette(palette)
    box.resize(box.sizeHint())
    image = box.grab().toImage()
    option = QtWidgets.QStyleOptionButton()
    box.initStyleOption(option)
    rect = style.subElementRect(QtWidgets.QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    window = palette.color(Role.Window)
    ratio_seen = 1.0
    for x in range(rect.left(), rect.left() + 2):
        colour = image.pixelColor(QtCore.QPoint(x, rect.center().y()))
        ratio_seen = max(ratio_seen, ratio(colour, window))
    return ratio_seen


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_a_drawn_check_box_has_an_outline_that_can_be_seen(qtbot: QtBot, name: str) -> None:
    palette = PALETTES[name]()
    plain = QtWidgets.QStyleFactory.create("Fusion")
    outlined = look.OutlinedIndicators("Fusion")
    assert outline_contrast(qtbot, plain, palette) < wcag.SHAPES  # the style alone: too faint
    assert outline_contrast(qtbot, outlined, palette) >= wcag.SHAPES
