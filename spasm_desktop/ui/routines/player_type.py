"""The stretch player's large type: it grows with the window (read from a metre away), and the
instruction gets the room it needs to be read whole, without scrolling.

:class:`PlayerType` sets the fonts of the player's words for the window's size and shares the
room between the drawing and the words (``WORD_ROOM``): when the instruction would need the
scroll bar, the drawing yields space first, then the words get a little smaller, never below
the window's own text size.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtGui, QtWidgets

if TYPE_CHECKING:
    from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow

#: Each scaled part's size against the window's font, and whether it is bold.
TYPE_SCALE: dict[str, tuple[float, bool]] = {
    "exercise_label": (1.5, True),
    "side_label": (2.2, True),
    "phase_label": (2.0, True),
    "detail_label": (1.2, False),
    "instruction_label": (1.3, False),
    "caution_label": (1.1, False),
    "next_label": (1.1, False),
    "seated_button": (1.2, True),
}
#: From roomiest to tightest, tried in turn until the instruction needs no scrolling: the
#: drawing's and the words' shares of the width, and the words' size against their usual size.
WORD_ROOM: tuple[tuple[int, int, float], ...] = (
    (3, 2, 1.0),
    (1, 1, 1.0),
    (2, 3, 1.0),
    (2, 3, 0.85),
    (1, 2, 0.85),
    (1, 2, 0.7),
)
#: The parts whose size ``WORD_ROOM`` changes.
WORDS = ("instruction_label", "caution_label")


class PlayerType:
    """The fonts of ``window``'s words, and the room of its drawing and words in ``middle``
    (the row of the drawing, then the column of the words).
    """

    def __init__(self, window: RoutinePlayerWindow, middle: QtWidgets.QBoxLayout) -> None:
        self._window = window
        self._middle = middle
        #: The factor the large type grows by (0 until first set).
        self.factor = 0.0
        #: The ``WORD_ROOM`` level in use.
        self.level = 0
        self._share(0)

    def scale(self) -> float:
        """How much the large type grows for the window's size: 1 on a small window, up to 2.5."""
        window = self._window
        metrics = window.fontMetrics()
        across = window.width() / (metrics.averageCharWidth() * 90)
        down = window.height() / (metrics.height() * 32)
        return max(1.0, min(2.5, across, down))

    def rescale(self) -> None:
        """The side, phase word and instruction grow with the window."""
        factor = round(self.scale(), 2)
        if abs(factor - self.factor) < 0.05:
            return
        self.factor = factor
        window = self._window
        base = window.font().pointSizeF()
        for name, (size, bold) in TYPE_SCALE.items():
            font = QtGui.QFont(window.font())
            font.setPointSizeF(base * size * factor)
            font.setBold(bold)
            getattr(window, name).setFont(font)
        # The ring as tall as the side and the phase word beside it.
        window.countdown.set_side(round(window.fontMetrics().height() * 5 * factor))
        self.fit_words()

    def fit_words(self) -> None:
        """Give the instruction the room it needs, the least change first (``WORD_ROOM``)."""
        window = self._window
        if not window.isVisible() or not window.instruction_label.isVisibleTo(window):
            return
        for level in range(len(WORD_ROOM)):
            self._share(level)
            if self._words_fit():
                return

    def _share(self, level: int) -> None:
        """Share the room as ``WORD_ROOM[level]`` says."""
        drawing, words, size = WORD_ROOM[level]
        self._middle.setStretch(0, drawing)
        self._middle.setStretch(1, words)
        window = self._window
        base = window.font().pointSizeF()
        factor = max(self.factor, 1.0)
        for name in WORDS:
            usual, bold = TYPE_SCALE[name]
            font = QtGui.QFont(window.font())
            font.setPointSizeF(max(base, base * usual * factor * size))
            font.setBold(bold)
            getattr(window, name).setFont(font)
        self.level = level

    def _words_fit(self) -> bool:
        """Whether the instruction and cautions are read whole without scrolling."""
        window = self._window
        layout = window.routine_page.layout()
        assert layout is not None
        layout.activate()
        area = window.words_scroll
        words = area.widget()
        assert words is not None
        room = area.contentsRect()
        # At the width left beside a scroll bar: a bar once shown stays unless this fits.
        width = room.width() - area.verticalScrollBar().sizeHint().width()
        return words.heightForWidth(width) <= room.height()
