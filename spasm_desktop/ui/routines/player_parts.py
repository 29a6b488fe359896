"""Parts of the stretch player: the countdown ring, the phase-marked drawing, the bedtime look.

Each phase looks different on the drawing as well as in the ring (not by colour alone): Get ready
has a dashed frame, Hold and Keep moving a thick solid one, Relax a thin dotted one, Switch sides
a dash-dot one; a badge names the phase, and a second badge names the working side ("LEFT LEG")
at the top right of the drawing. The badges are white bold text on a dark fill (WCAG AA in every
theme: at least 6:1).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core.routine import PhaseKind, Side
from spasm_desktop.ui.common import assets, text
from spasm_desktop.ui.common.drawing import Illustration

# The phase colours of the ring (readable on light and on dark backgrounds).
PHASE_COLOURS = {
    PhaseKind.PREPARE: "#7a8794",
    PhaseKind.HOLD: "#e4572e",
    PhaseKind.MOVE: "#e4572e",
    PhaseKind.RELAX: "#1b8aa0",
    PhaseKind.SWITCH: "#b08900",
}
# The fills behind the white badge text on the drawing (each at least 6:1 against white).
BADGE_FILLS = {
    PhaseKind.PREPARE: "#56606b",
    PhaseKind.HOLD: "#b3361a",
    PhaseKind.MOVE: "#b3361a",
    PhaseKind.RELAX: "#13687a",
    PhaseKind.SWITCH: "#7a5f00",
}
# The fill of the working-side badge.
SIDE_FILL = "#1f4e99"
BADGE_TEXT = "#ffffff"


@dataclass(frozen=True)
class FrameStyle:
    """How the frame around the drawing looks in a phase."""

    colour: str
    pen: QtCore.Qt.PenStyle
    # The pen's width as a share of the drawing's side.
    weight: float


FRAME_STYLES = {
    PhaseKind.PREPARE: FrameStyle(
        BADGE_FILLS[PhaseKind.PREPARE], QtCore.Qt.PenStyle.DashLine, 0.012
    ),
    PhaseKind.HOLD: FrameStyle(PHASE_COLOURS[PhaseKind.HOLD], QtCore.Qt.PenStyle.SolidLine, 0.03),
    PhaseKind.MOVE: FrameStyle(PHASE_COLOURS[PhaseKind.MOVE], QtCore.Qt.PenStyle.SolidLine, 0.03),
    PhaseKind.RELAX: FrameStyle(PHASE_COLOURS[PhaseKind.RELAX], QtCore.Qt.PenStyle.DotLine, 0.012),
    PhaseKind.SWITCH: FrameStyle(
        PHASE_COLOURS[PhaseKind.SWITCH], QtCore.Qt.PenStyle.DashDotLine, 0.018
    ),
}


def contrast(one: QtGui.QColor, other: QtGui.QColor) -> float:
    """The WCAG contrast ratio of two colours (1 to 21)."""

    def luminance(colour: QtGui.QColor) -> float:
        parts = []
        for value in (colour.redF(), colour.greenF(), colour.blueF()):
            linear = value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
            parts.append(linear)
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


class PhaseDrawing(Illustration):
    """The exercise drawing with the phase's frame and badge and the working side's badge."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent, lines=16, minimum_lines=5)
        self._kind = PhaseKind.PREPARE
        self._phase_word = ""
        self._side = Side.NONE
        self._side_word = ""

    def set_phase(self, kind: PhaseKind, phase_word: str, side: Side, side_word: str) -> None:
        """Mark ``kind`` (named ``phase_word``) and the working ``side`` (named ``side_word``)."""
        shown = (kind, phase_word, side, side_word)
        if shown != (self._kind, self._phase_word, self._side, self._side_word):
            self._kind, self._phase_word, self._side, self._side_word = shown
            self.update()

    @property
    def frame_style(self) -> FrameStyle:
        """How the frame looks now (it differs for every phase)."""
        return FRAME_STYLES[self._kind]

    @property
    def side_mark(self) -> tuple[Side, str]:
        """The working side marked on the drawing and its words (Side.NONE: no mark)."""
        return self._side, self._side_word

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Qt: draw the frame around the picture in its style, with the phase and side badges."""
        super().paintEvent(event)
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        style = self.frame_style
        colour = QtGui.QColor(style.colour)
        if assets.on_dark(self):
            colour = colour.lighter(140)
        width = max(2.0, side * style.weight)
        pen = QtGui.QPen(colour, width, style.pen)
        painter.setPen(pen)
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        square = QtCore.QRectF((self.width() - side) / 2, (self.height() - side) / 2, side, side)
        frame = square.adjusted(width / 2, width / 2, -width / 2, -width / 2)
        painter.drawRoundedRect(frame, side * 0.04, side * 0.04)
        font = QtGui.QFont(self.font())
        font.setBold(True)
        font.setPixelSize(max(11, int(side * 0.06)))
        painter.setFont(font)
        inset = width + side * 0.02
        if self._phase_word:
            self._badge(painter, self._phase_word, BADGE_FILLS[self._kind], frame, inset, top=True)
        if self._side is not Side.NONE and self._side_word:
            self._badge(painter, self._side_word, SIDE_FILL, frame, inset, top=False)
        painter.end()

    def _badge(
        self,
        painter: QtGui.QPainter,
        words: str,
        fill: str,
        frame: QtCore.QRectF,
        inset: float,
        *,
        top: bool,
    ) -> None:
        """A filled label inside the frame: the phase at the top left, the side at the top right.

        No arrow and no left-or-right placement for the side: the drawings are side views
        (mirrored for the right side), so an arrow toward the left would point away from the
        working leg; the top corners are also where the figures leave room.
        """
        metrics = QtGui.QFontMetricsF(painter.font())
        pad = metrics.height() * 0.3
        shown = words
        box = QtCore.QRectF(
            0, 0, metrics.horizontalAdvance(shown) + 2 * pad, metrics.height() + pad
        )
        box.setWidth(min(box.width(), frame.width() - 2 * inset))
        if top:
            box.moveTopLeft(frame.topLeft() + QtCore.QPointF(inset, inset))
        else:
            box.moveTopRight(frame.topRight() + QtCore.QPointF(-inset, inset))
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(QtGui.QColor(fill))
        painter.drawRoundedRect(box, pad, pad)
        painter.setPen(QtGui.QColor(BADGE_TEXT))
        elided = metrics.elidedText(shown, QtCore.Qt.TextElideMode.ElideRight, box.width() - pad)
        painter.drawText(box, QtCore.Qt.AlignmentFlag.AlignCenter, elided)


class Countdown(QtWidgets.QWidget):
    """A ring that empties as the phase runs out, with the seconds left in the middle."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._fraction = 1.0
        self._seconds = 0
        self._duration = -1.0
        self._colour = QtGui.QColor(PHASE_COLOURS[PhaseKind.PREPARE])
        self.setAccessibleName(self.tr("Seconds left in this step"))
        self._side = self.fontMetrics().height() * 6
        self.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Preferred
        )

    def set_side(self, side: int) -> None:
        """Ask for a ring ``side`` pixels across (it grows with the player's large type)."""
        if side != self._side:
            self._side = side
            self.updateGeometry()

    def sizeHint(self) -> QtCore.QSize:
        """Qt: the preferred size, a square."""
        return QtCore.QSize(self._side, self._side)

    def minimumSizeHint(self) -> QtCore.QSize:
        """Qt: the smallest size, a square four lines of text high."""
        side = self.fontMetrics().height() * 4
        return QtCore.QSize(side, side)

    def set_state(self, remaining: float, duration: float, kind: PhaseKind) -> None:
        """Show ``remaining`` of ``duration`` seconds."""
        seconds = max(0, int(remaining + 0.999))
        fraction = 0.0 if duration <= 0 else max(0.0, min(1.0, remaining / duration))
        colour = QtGui.QColor(PHASE_COLOURS[kind])
        if duration != self._duration:  # once a step, not every second (each is read out)
            self._duration = duration
            self.setAccessibleDescription(
                text.tr("This step lasts %n second(s)", None, round(duration))
                if duration > 0
                else ""
            )
        if (seconds, round(fraction, 3), colour) != (
            self._seconds,
            round(self._fraction, 3),
            self._colour,
        ):
            self._seconds, self._fraction, self._colour = seconds, fraction, colour
            self.update()

    @property
    def seconds(self) -> int:
        """The number shown."""
        return self._seconds

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Qt: draw the ring of time left and the seconds in it."""
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        side = min(self.width(), self.height())
        pen_width = max(6.0, side * 0.07)
        rect = QtCore.QRectF(
            (self.width() - side) / 2 + pen_width / 2,
            (self.height() - side) / 2 + pen_width / 2,
            side - pen_width,
            side - pen_width,
        )
        track = self.palette().color(QtGui.QPalette.ColorRole.Mid)
        painter.setPen(QtGui.QPen(track, pen_width))
        painter.drawEllipse(rect)
        pen = QtGui.QPen(self._colour, pen_width)
        pen.setCapStyle(QtCore.Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.drawArc(rect, 90 * 16, int(-360 * 16 * self._fraction))
        font = QtGui.QFont(self.font())
        font.setPixelSize(max(12, int(side * 0.34)))
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(self.palette().color(QtGui.QPalette.ColorRole.WindowText))
        painter.drawText(
            rect, QtCore.Qt.AlignmentFlag.AlignCenter, QtCore.QLocale().toString(self._seconds)
        )
        painter.end()


def dim_palette() -> QtGui.QPalette:
    """The low-light bedtime look: dark, soft contrast, no bright whites."""
    palette = QtGui.QPalette()
    colours = {
        QtGui.QPalette.ColorRole.Window: "#15181c",
        QtGui.QPalette.ColorRole.WindowText: "#c3c9cf",
        QtGui.QPalette.ColorRole.Base: "#1c2026",
        QtGui.QPalette.ColorRole.AlternateBase: "#20252b",
        QtGui.QPalette.ColorRole.Text: "#c3c9cf",
        QtGui.QPalette.ColorRole.Button: "#23282f",
        QtGui.QPalette.ColorRole.ButtonText: "#c3c9cf",
        QtGui.QPalette.ColorRole.Highlight: "#2f5f6b",
        QtGui.QPalette.ColorRole.HighlightedText: "#e3e7ea",
        QtGui.QPalette.ColorRole.Mid: "#3a4048",
        QtGui.QPalette.ColorRole.PlaceholderText: "#8a9299",
        QtGui.QPalette.ColorRole.ToolTipBase: "#23282f",
        QtGui.QPalette.ColorRole.ToolTipText: "#c3c9cf",
    }
    for role, colour in colours.items():
        palette.setColor(role, QtGui.QColor(colour))
    disabled = QtGui.QColor("#5d646b")
    for role in (
        QtGui.QPalette.ColorRole.WindowText,
        QtGui.QPalette.ColorRole.Text,
        QtGui.QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QtGui.QPalette.ColorGroup.Disabled, role, disabled)
    return palette
