"""One visual language for every window: the type scale, the primary button, contrast.

- The type scale: headings come in :data:`TYPE_SCALE`'s few sizes, relative to the window's own
  font (so the person's larger text setting scales them too); :func:`heading` makes one.
- :func:`primary`: the one button of a window that stands out, filled with the theme's highlight
  colour and darkened until its text reads at WCAG AA.
- :class:`Disclosure`: a heading that folds a part away ("More details").
- :class:`WrapButton`: a large push button whose words go onto more lines when it is narrow.
- :func:`contrast`: the WCAG ratio of two QColors (the arithmetic is :mod:`core.contrast`'s).
- :func:`high_contrast`: whether the system asks for high contrast (the app's own colours then
  come from their high-contrast sets: :mod:`assets`' tier and problem colours, the muted text and
  the check box outlines here).
- :func:`apply_text_size`: the app's own text size, scaling the application font.
"""

from __future__ import annotations

import enum

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import contrast as wcag
from spasm_desktop.ui.common import word_wrap
from spasm_desktop.ui.common.roles import Role, set_role

#: WCAG AA contrast for text (4.5:1).
READABLE = wcag.TEXT
#: The property :func:`primary` sets on the button it styles (so a test can find it).
PRIMARY = "primary_button"


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


def high_contrast() -> bool:
    """Whether the system asks for high contrast (Qt 6.10+ reports it through its style hints'
    accessibility hints; False where this Qt does not say).
    """
    hints = QtGui.QGuiApplication.styleHints()  # held: the accessibility hints are its child
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = accessibility().contrastPreference()
    return bool(preference == QtCore.Qt.ContrastPreference.HighContrast)


#: The application font before the app's own text size changed it (None: it never did).
_system_font: QtGui.QFont | None = None


def apply_text_size(qapp: QtGui.QGuiApplication, percent: int) -> None:
    """Make the application font ``percent`` of the system's, for every window opened after.

    Headings and other scaled fonts are relative to a window's font, so they follow. At 100%
    the system's own font is put back (or left alone when it was never changed), so the app
    keeps following the system's text size.
    """
    global _system_font
    if _system_font is None:
        if percent == 100:
            return
        _system_font = QtGui.QFont(qapp.font())
    font = QtGui.QFont(_system_font)
    if percent != 100:
        if _system_font.pointSizeF() > 0:
            font.setPointSizeF(_system_font.pointSizeF() * percent / 100)
        else:
            font.setPixelSize(round(_system_font.pixelSize() * percent / 100))
    qapp.setFont(font)


def text_factor() -> float:
    """How many times the system's font the application font is (1 unless the app's own text
    size changed it).
    """
    app = QtWidgets.QApplication.instance()
    if _system_font is None or not isinstance(app, QtWidgets.QApplication):
        return 1.0
    before = _system_font.pointSizeF()
    if before > 0:
        return QtWidgets.QApplication.font().pointSizeF() / before
    return QtWidgets.QApplication.font().pixelSize() / max(_system_font.pixelSize(), 1)


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
    """A word-wrapped heading label in ``owner``'s font at ``level`` (its text is its name, its
    accessible role a heading).
    """
    label = QtWidgets.QLabel(value)
    set_role(label, Role.HEADING)
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
    (``padding`` as in a style sheet: a small square button takes less).
    """
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
    button.setProperty(PRIMARY, True)
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
    button.setProperty(PRIMARY, False)
    button.setStyleSheet("")


def coloured(widget: QtWidgets.QWidget, colour: QtGui.QColor) -> None:
    """Text (and a frame's line) in ``colour``, through the palette (style sheets would stop
    the window's larger font from reaching the widget).
    """
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


class WrapButton(QtWidgets.QPushButton):
    """A push button whose words wrap onto more lines where it is narrower than them (a longer
    language, larger text), instead of widening its window past the screen.

    :meth:`text` and :meth:`setText` are the words on one line; Qt draws them wrapped, and
    the size hint is that of the lines drawn.
    """

    def __init__(self, words: str = "", parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._words = ""
        policy = self.sizePolicy()
        policy.setHorizontalPolicy(QtWidgets.QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setText(words)

    def text(self) -> str:
        """The words on one line, as given (not wrapped)."""
        return self._words

    def setText(self, words: str) -> None:
        """Show ``words``, wrapped to the button's width."""
        self._words = words
        super().setText(words)
        self._wrap(self.width())

    def _lines(self, width: int) -> list[str]:
        return word_wrap.lines(self._words, self.fontMetrics(), width - self._padding())

    def _padding(self) -> int:
        """The button's width beyond its longest line (margins, frame, style sheet padding)."""
        return word_wrap.padding(
            super().text().replace("&&", "&"), self.fontMetrics(), super().sizeHint().width()
        )

    def _wrap(self, width: int) -> None:
        if not self.isVisible() or width <= 0:
            return
        wrapped = "\n".join(self._lines(width))
        if wrapped != super().text():
            super().setText(wrapped)
            self.updateGeometry()

    def minimumSizeHint(self) -> QtCore.QSize:
        """Qt: the smallest size, as wide as the longest word."""
        width = word_wrap.least_width(self._words, self.fontMetrics(), self._padding())
        return QtCore.QSize(width, super().minimumSizeHint().height())

    def hasHeightForWidth(self) -> bool:
        """Qt: the height depends on the width (the words wrap)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Qt: the height of the words wrapped to ``width``."""
        return word_wrap.height(
            len(self._lines(width)),
            super().text(),
            self.fontMetrics(),
            super().sizeHint().height(),
            self.minimumHeight(),
        )

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        """Qt: wrap the words again to the new width."""
        super().resizeEvent(event)
        self._wrap(event.size().width())

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Qt: wrap the words to the width the button is shown at."""
        super().showEvent(event)
        self._wrap(self.width())


def muted_colour(palette: QtGui.QPalette) -> QtGui.QColor:
    """A softer text colour for quiet lines (a disclaimer, "nothing recorded") that still reads
    at :data:`READABLE` on the window (the theme's placeholder colour often does not, and is
    meant for empty fields).
    """
    if high_contrast():  # no softening: the text's own colour
        return palette.color(QtGui.QPalette.ColorRole.WindowText)
    ink = rgb(palette.color(QtGui.QPalette.ColorRole.WindowText))
    ground = rgb(palette.color(QtGui.QPalette.ColorRole.Window))
    return QtGui.QColor(*wcag.readable_mix(ink, ground, READABLE + 0.1, start=0.6))


def mute(widget: QtWidgets.QWidget) -> None:
    """Show ``widget``'s text in :func:`muted_colour` (call again when the palette changes)."""
    palette = widget.palette()
    palette.setColor(QtGui.QPalette.ColorRole.WindowText, muted_colour(palette))
    widget.setPalette(palette)


def outline_colour(palette: QtGui.QPalette) -> QtGui.QColor:
    """The outline of a check box or a radio button: at least 3:1 (WCAG 2.1 non-text contrast)
    against both the window and the box's own fill (the base colour); with high contrast, the
    text's own colour.
    """
    if high_contrast():
        return palette.color(QtGui.QPalette.ColorRole.WindowText)
    ink = rgb(palette.color(QtGui.QPalette.ColorRole.WindowText))
    grounds = (
        rgb(palette.color(QtGui.QPalette.ColorRole.Window)),
        rgb(palette.color(QtGui.QPalette.ColorRole.Base)),
    )
    amount = 0.45
    while amount < 1:
        mixed = wcag.mix(ink, grounds[0], amount)
        if all(wcag.contrast_ratio(mixed, g) >= wcag.SHAPES + 0.1 for g in grounds):
            return QtGui.QColor(*mixed)
        amount += 0.05
    return QtGui.QColor(*ink)


#: The pixel metrics of check box and radio button indicators.
_INDICATOR_SIZES = frozenset(
    {
        QtWidgets.QStyle.PixelMetric.PM_IndicatorWidth,
        QtWidgets.QStyle.PixelMetric.PM_IndicatorHeight,
        QtWidgets.QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
        QtWidgets.QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
    }
)


class OutlinedIndicators(QtWidgets.QProxyStyle):
    """The app's style with check box and radio button outlines that can be seen.

    Styles draw them a shade off the window colour (Fusion: under 2:1 in light and dark themes);
    this draws the style's own indicator, then an outline in :func:`outline_colour` around it.
    With the app's own text size above 100%, the indicators grow with the text (styles size
    them in pixels, whatever the font).
    """

    def pixelMetric(
        self,
        metric: QtWidgets.QStyle.PixelMetric,
        option: QtWidgets.QStyleOption | None = None,
        widget: QtWidgets.QWidget | None = None,
    ) -> int:
        """The style's metric; an indicator's size times the app's own text size."""
        value = super().pixelMetric(metric, option, widget)
        if metric in _INDICATOR_SIZES:
            value = round(value * text_factor())
        return value

    def drawPrimitive(
        self,
        element: QtWidgets.QStyle.PrimitiveElement,
        option: QtWidgets.QStyleOption,
        painter: QtGui.QPainter,
        widget: QtWidgets.QWidget | None = None,
    ) -> None:
        """Draw ``element``; around a check box or radio indicator, the readable outline."""
        super().drawPrimitive(element, option, painter, widget)
        kinds = (
            QtWidgets.QStyle.PrimitiveElement.PE_IndicatorCheckBox,
            QtWidgets.QStyle.PrimitiveElement.PE_IndicatorRadioButton,
        )
        if element not in kinds:
            return
        painter.save()
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        pen = QtGui.QPen(outline_colour(option.palette), 1.2)
        painter.setPen(pen)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        box = QtCore.QRectF(option.rect).adjusted(0.6, 0.6, -0.6, -0.6)
        if element == QtWidgets.QStyle.PrimitiveElement.PE_IndicatorRadioButton:
            painter.drawEllipse(box)
        else:
            painter.drawRoundedRect(box, 2, 2)
        painter.restore()


def outline_indicators(qapp: QtWidgets.QApplication) -> None:
    """Use :class:`OutlinedIndicators` over the style the application has (once)."""
    current = qapp.style()
    if isinstance(current, OutlinedIndicators):
        return
    qapp.setStyle(OutlinedIndicators(current.name()))
