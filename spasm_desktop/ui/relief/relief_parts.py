"""Small parts of the relief panel: tier outlines, a disclosure, the red flags (the fonts, the
primary button and contrast are ``ui/common/look``'s, re-exported here).

The panel and its card build their texts from these; they hold no state of the episode.
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core.relief import Tier
from spasm_desktop.ui.common import assets
from spasm_desktop.ui.common.look import READABLE as READABLE
from spasm_desktop.ui.common.look import Disclosure as Disclosure
from spasm_desktop.ui.common.look import coloured as coloured
from spasm_desktop.ui.common.look import contrast as contrast
from spasm_desktop.ui.common.look import plain as plain
from spasm_desktop.ui.common.look import primary as primary
from spasm_desktop.ui.common.look import scaled as scaled


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


class CardFlags(Outline):
    """The red flags of one card: a group per tier, each under its heading in its colour,
    outlined in the colour of the most urgent.
    """

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
