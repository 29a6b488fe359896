"""Small parts of the relief panel: fonts and colours, tier outlines, a disclosure, the red flags.

The panel and its card build their texts from these; they hold no state of the episode.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core.relief import Tier
from spasm_desktop.ui.common import assets


def scaled(base: QtGui.QFont, factor: float, bold: bool = False) -> QtGui.QFont:
    """``base`` made ``factor`` times larger (and bold)."""
    font = QtGui.QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def coloured(widget: QtWidgets.QWidget, colour: QtGui.QColor) -> None:
    """Text (and a frame's line) in ``colour``, through the palette (style sheets would stop
    the window's larger font from reaching the widget)."""
    palette = widget.palette()
    palette.setColor(QtGui.QPalette.ColorRole.WindowText, colour)
    palette.setColor(QtGui.QPalette.ColorRole.ButtonText, colour)
    widget.setPalette(palette)


#: WCAG AA contrast for text (4.5:1).
READABLE = 4.5


def luminance(colour: QtGui.QColor) -> float:
    """The relative luminance of ``colour`` (WCAG 2)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(one: QtGui.QColor, other: QtGui.QColor) -> float:
    """The contrast ratio of two colours, 1 to 21 (WCAG 2)."""
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def primary(button: QtWidgets.QPushButton) -> None:
    """Make ``button`` the one that stands out: filled with the theme's highlight colour,
    darkened until its text reads at :data:`READABLE` contrast, with a clear focus ring."""
    palette = button.palette()
    text = palette.color(QtGui.QPalette.ColorRole.HighlightedText)
    fill = palette.color(QtGui.QPalette.ColorRole.Highlight)
    for _ in range(12):
        if contrast(fill, text) >= READABLE:
            break
        fill = fill.darker(112) if luminance(text) > luminance(fill) else fill.lighter(112)
    ring = palette.color(QtGui.QPalette.ColorRole.WindowText).name()
    button.setStyleSheet(
        f"QPushButton {{ background-color: {fill.name()}; color: {text.name()};"
        f" border: 2px solid {fill.darker(130).name()}; border-radius: 4px; padding: 4px 12px; }}"
        f" QPushButton:focus {{ border: 3px solid {ring}; }}"
        f" QPushButton:pressed {{ background-color: {fill.darker(120).name()}; }}"
        " QPushButton:disabled { background-color: palette(button); color: palette(mid);"
        " border: 1px solid palette(mid); }"
    )


def plain(button: QtWidgets.QPushButton) -> None:
    """Undo :func:`primary`."""
    button.setStyleSheet("")


def label(
    owner: QtWidgets.QWidget, value: str = "", factor: float = 1.0, bold: bool = False
) -> QtWidgets.QLabel:
    """A wrapped label, readable by keyboard, in ``owner``'s font made ``factor`` larger."""
    shown = QtWidgets.QLabel(value)
    shown.setWordWrap(True)
    shown.setTextFormat(QtCore.Qt.TextFormat.PlainText)
    shown.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard)
    shown.setFont(scaled(owner.font(), factor, bold))
    return shown


class Outline(QtWidgets.QFrame):
    """A frame drawn in a tier's colour, without changing its children's text colour."""

    def __init__(self, tier: Tier) -> None:
        super().__init__()
        self.tier = tier

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Draw the outline in the colour that reads on the current background."""
        colour = assets.tier_colour(self.tier, self) or self.palette().color(
            QtGui.QPalette.ColorRole.Mid
        )
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(QtGui.QPen(colour, 2))
        painter.drawRoundedRect(QtCore.QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()


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


class CardFlags(Outline):
    """The red flags of one card: a group per tier, each under its heading in its colour,
    outlined in the colour of the most urgent."""

    def __init__(self, owner: QtWidgets.QWidget) -> None:
        super().__init__(Tier.EMERGENCY)
        self._owner = owner
        self._layout = QtWidgets.QVBoxLayout(self)
        margin = owner.fontMetrics().height() // 3
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._labels: list[QtWidgets.QLabel] = []

    def show_groups(self, groups: list[tuple[Tier, str]]) -> None:
        """Show these (tier, text) groups, the most urgent first."""
        for old in self._labels:
            old.deleteLater()
        self._labels = []
        for tier, shown in groups:
            line = label(self._owner, shown, 0.95, bold=True)
            colour = assets.tier_colour(tier, self)
            if colour is not None:
                coloured(line, colour)
            self._layout.addWidget(line)
            self._labels.append(line)
        if groups:
            self.tier = groups[0][0]
        self.update()

    def text(self) -> str:
        """Everything shown, as plain text."""
        return "\n".join(line.text() for line in self._labels)
