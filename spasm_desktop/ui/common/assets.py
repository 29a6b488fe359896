"""Loading shipped resources (icons) through importlib.resources."""

from __future__ import annotations

import functools
import pathlib
from importlib import resources

from PySide6 import QtCore, QtGui, QtSvg, QtWidgets

from spasm_desktop.core.relief import Tier
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.ui.common import look

_PACKAGE = "spasm_desktop.resources"


def icon_bytes(name: str) -> bytes:
    """Return the SVG source of ``icons/NAME.svg``."""
    return resources.files(_PACKAGE).joinpath("icons", f"{name}.svg").read_bytes()


@functools.cache
def icon(name: str) -> QtGui.QIcon:
    """Return ``icons/NAME.svg`` as an icon.

    From a file, Qt's SVG icon engine renders each size only when it is asked for; from a zip
    (no file path) the usual sizes are rendered up front.
    """
    path = icon_file(name)
    if path:
        from_file = QtGui.QIcon(path)
        if not from_file.isNull():
            return from_file
    renderer = QtSvg.QSvgRenderer(QtCore.QByteArray(icon_bytes(name)))
    result = QtGui.QIcon()
    for size in (16, 22, 24, 32, 48, 64, 128, 256):
        image = QtGui.QImage(size, size, QtGui.QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(QtCore.Qt.GlobalColor.transparent)
        painter = QtGui.QPainter(image)
        renderer.render(painter)
        painter.end()
        result.addPixmap(QtGui.QPixmap.fromImage(image))
    return result


def kind_icon(kind: ReminderKind) -> QtGui.QIcon:
    """Return the icon of a reminder kind."""
    return icon(kind.value)


def icon_file(name: str) -> str:
    """Return a file path to ``icons/NAME.svg``, or "" if it is not a file (inside a zip)."""
    resource = resources.files(_PACKAGE).joinpath("icons", f"{name}.svg")
    return str(resource) if isinstance(resource, pathlib.Path) and resource.is_file() else ""


#: The colours illustrations are drawn with; :func:`themed_svg` swaps them for the theme's.
INK = b"#2b2b2b"
PROPS = b"#9a9a9a"


def illustration_bytes(name: str) -> bytes:
    """Return the SVG source of ``illustrations/NAME.svg`` (empty if there is none)."""
    try:
        return resources.files(_PACKAGE).joinpath("illustrations", f"{name}.svg").read_bytes()
    except (FileNotFoundError, OSError):
        return b""


def themed_svg(source: bytes, palette: QtGui.QPalette) -> bytes:
    """Recolour an illustration: the figure in the text colour, props half-way to the background.

    So a drawing reads as well on a dark theme (or the dim bedtime look) as on a light one.
    """
    ink = palette.color(QtGui.QPalette.ColorRole.WindowText)
    ground = palette.color(QtGui.QPalette.ColorRole.Window)
    props = QtGui.QColor(
        (ink.red() + ground.red()) // 2,
        (ink.green() + ground.green()) // 2,
        (ink.blue() + ground.blue()) // 2,
    )
    return source.replace(INK, ink.name().encode()).replace(PROPS, props.name().encode())


def on_dark(widget: QtWidgets.QWidget) -> bool:
    """Whether ``widget`` is drawn on a dark background (a dark theme, the dim bedtime look)."""
    return widget.palette().color(QtGui.QPalette.ColorRole.Window).lightness() < 128


#: The red of problem messages: (on a light, on a dark background), normal and high contrast.
PROBLEM_COLOURS = ("#b3261e", "#ff8a80")
PROBLEM_COLOURS_HIGH = ("#7f0000", "#ffc9c4")


def problem_colour(widget: QtWidgets.QWidget, high: bool | None = None) -> QtGui.QColor:
    """The red for problem messages that reads well on ``widget``'s background (``high``: from
    the high-contrast set; None: as the system asks, :func:`look.high_contrast`).
    """
    pair = PROBLEM_COLOURS_HIGH if _high(high) else PROBLEM_COLOURS
    return QtGui.QColor(pair[on_dark(widget)])


def _high(high: bool | None) -> bool:
    return look.high_contrast() if high is None else high


#: The colour of each red-flag tier's heading and outline: (on a light, on a dark background).
#: The next-visit tier has none: it is shown in the theme's own text colour.
TIER_COLOURS: dict[Tier, tuple[str, str]] = {
    Tier.EMERGENCY: ("#c62828", "#ff8a80"),
    Tier.TODAY: ("#b24a00", "#ffab70"),
    Tier.SOON: ("#7a5c00", "#ffe082"),
}
#: The same for high contrast: at least 7:1 (WCAG AAA) on white and on black.
TIER_COLOURS_HIGH: dict[Tier, tuple[str, str]] = {
    Tier.EMERGENCY: ("#7f0000", "#ffc9c4"),
    Tier.TODAY: ("#6a2a00", "#ffd3b0"),
    Tier.SOON: ("#4a3800", "#fff0b8"),
}


def tier_colour(
    tier: Tier, widget: QtWidgets.QWidget, high: bool | None = None
) -> QtGui.QColor | None:
    """The colour of a red-flag tier that reads on ``widget``'s background (None: the text's);
    ``high`` as for :func:`problem_colour`.
    """
    pair = (TIER_COLOURS_HIGH if _high(high) else TIER_COLOURS).get(tier)
    return None if pair is None else QtGui.QColor(pair[on_dark(widget)])
