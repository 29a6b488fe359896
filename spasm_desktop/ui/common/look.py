"""One visual language for every window: the type scale, the primary button, contrast.

- The type scale: headings come in :data:`TYPE_SCALE`'s few sizes, relative to the window's own
  font (so the person's larger text setting scales them too); :func:`heading` makes one.
- :func:`primary`: the one button of a window that stands out, filled with the theme's highlight
  colour and darkened until its text reads at WCAG AA.
- :class:`Disclosure`: a heading that folds a part away ("More details").
- :func:`contrast`: the WCAG ratio of two QColors (the arithmetic is :mod:`core.contrast`'s).
"""

from __future__ import annotations

import enum

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import contrast as wcag

#: WCAG AA contrast for text (4.5:1).
READABLE = wcag.TEXT


class Level(enum.Enum):
    """The sizes of the type scale, largest first."""

    TITLE = "title"  # the one large heading of a window (a reminder's headline, a page title)
    SECTION = "section"  # a part of a window ("Medicines", a tier of warning signs)
    SUBSECTION = "subsection"  # a group inside a part


#: Each heading level's size, times the window's font, and whether it is bold.
TYPE_SCALE: dict[Level, tuple[float, bool]] = {
    Level.TITLE: (1.4, True),
    Level.SECTION: (1.2, True),
    Level.SUBSECTION: (1.0, True),
}


def scaled(base: QtGui.QFont, factor: float, bold: bool = False) -> QtGui.QFont:
    """``base`` made ``factor`` times larger (and bold)."""
    font = QtGui.QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def heading_font(base: QtGui.QFont, level: Level) -> QtGui.QFont:
    """``base`` at ``level`` of the type scale."""
    factor, bold = TYPE_SCALE[level]
    return scaled(base, factor, bold)


def heading(owner: QtWidgets.QWidget, value: str, level: Level = Level.SECTION) -> QtWidgets.QLabel:
    """A word-wrapped heading label in ``owner``'s font at ``level`` (its text is its name)."""
    label = QtWidgets.QLabel(value)
    label.setWordWrap(True)
    label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    label.setFont(heading_font(owner.font(), level))
    label.setProperty("heading_level", level.value)
    return label


def rgb(colour: QtGui.QColor) -> wcag.RGB:
    """``colour`` as an sRGB triple."""
    value = colour.toRgb()
    return value.red(), value.green(), value.blue()


def contrast(one: QtGui.QColor, other: QtGui.QColor) -> float:
    """The contrast ratio of two colours, 1 to 21 (WCAG 2)."""
    return wcag.contrast_ratio(rgb(one), rgb(other))


def primary(button: QtWidgets.QPushButton, padding: str = "4px 12px") -> None:
    """Make ``button`` the one that stands out: filled with the theme's highlight colour,
    darkened until its text reads at :data:`READABLE` contrast, with a clear focus ring
    (``padding`` as in a style sheet: a small square button takes less)."""
    palette = button.palette()
    text = palette.color(QtGui.QPalette.ColorRole.HighlightedText)
    fill = palette.color(QtGui.QPalette.ColorRole.Highlight)
    for _ in range(12):
        if contrast(fill, text) >= READABLE:
            break
        fill = (
            fill.darker(112)
            if wcag.luminance(rgb(text)) > wcag.luminance(rgb(fill))
            else fill.lighter(112)
        )
    ring = palette.color(QtGui.QPalette.ColorRole.WindowText).name()
    button.setStyleSheet(
        f"QPushButton {{ background-color: {fill.name()}; color: {text.name()};"
        f" border: 2px solid {fill.darker(130).name()}; border-radius: 4px; padding: {padding}; }}"
        f" QPushButton:focus {{ border: 3px solid {ring}; }}"
        f" QPushButton:pressed {{ background-color: {fill.darker(120).name()}; }}"
        " QPushButton:disabled { background-color: palette(button); color: palette(mid);"
        " border: 1px solid palette(mid); }"
    )


def plain(button: QtWidgets.QPushButton) -> None:
    """Undo :func:`primary`."""
    button.setStyleSheet("")


def coloured(widget: QtWidgets.QWidget, colour: QtGui.QColor) -> None:
    """Text (and a frame's line) in ``colour``, through the palette (style sheets would stop
    the window's larger font from reaching the widget)."""
    palette = widget.palette()
    palette.setColor(QtGui.QPalette.ColorRole.WindowText, colour)
    palette.setColor(QtGui.QPalette.ColorRole.ButtonText, colour)
    widget.setPalette(palette)


class Disclosure(QtWidgets.QToolButton):
    """A heading that shows or hides ``content`` (Space or Enter, or a click), folded at first."""

    def __init__(
        self, heading: str, content: QtWidgets.QWidget, description: str, factor: float = 1.05
    ) -> None:
        super().__init__()
        self.content = content
        self.setText(heading)
        self.setAccessibleName(heading)
        self.setAccessibleDescription(description)
        self.setCheckable(True)
        self.setAutoRaise(True)
        self.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)
        self.setArrowType(QtCore.Qt.ArrowType.RightArrow)
        self.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setFont(scaled(self.font(), factor, bold=True))
        content.setVisible(False)
        self.toggled.connect(self._unfold)

    def _unfold(self, on: bool) -> None:
        self.content.setVisible(on)
        self.setArrowType(QtCore.Qt.ArrowType.DownArrow if on else QtCore.Qt.ArrowType.RightArrow)

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter and Return unfold too, like Space."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self.toggle()
            return
        super().keyPressEvent(event)
