"""Words wrapped to a width, for buttons whose own text does not wrap.

A ``QPushButton`` or ``QCheckBox`` is as wide as its text on one line. ``look.WrapButton`` and
``wrap_check.WrapCheckBox`` instead show their words on as many lines as their width needs; the
measuring they share is here. ``padding`` is the widget's width beyond its longest line (its
box, margins, frame), measured from the text it shows now.
"""

from __future__ import annotations

from PySide6 import QtGui


def lines(words: str, metrics: QtGui.QFontMetrics, room: int) -> list[str]:
    """``words`` on as few lines as fit ``room`` pixels (a word longer than that gets a line)."""
    result: list[str] = []
    for word in words.split(" "):
        if result and metrics.horizontalAdvance(f"{result[-1]} {word}") <= room:
            result[-1] += f" {word}"
        else:
            result.append(word)
    return result


def padding(shown: str, metrics: QtGui.QFontMetrics, hint_width: int) -> int:
    """The width beyond the longest of the ``shown`` lines, in a size hint ``hint_width`` wide."""
    widest = max(metrics.horizontalAdvance(line) for line in shown.split("\n"))
    return max(0, hint_width - widest)


def least_width(words: str, metrics: QtGui.QFontMetrics, pad: int) -> int:
    """The narrowest the widget may be: its longest word, and ``pad``."""
    return pad + max(metrics.horizontalAdvance(word) for word in words.split(" "))


def height(
    count: int, shown: str, metrics: QtGui.QFontMetrics, hint_height: int, least: int
) -> int:
    """The height of ``count`` lines, from a size hint ``hint_height`` tall for the ``shown``
    text, and no less than ``least``.
    """
    base = hint_height - shown.count("\n") * metrics.lineSpacing()
    return max(least, base + (count - 1) * metrics.lineSpacing())
