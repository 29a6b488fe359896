"""Mnemonics (the underlined &-letters, Alt+letter) that clash in one window.

Walks a window's widgets and collects the letters of the ones a person can reach at the same time:
buttons, check boxes and radio buttons, group box titles, tab bar texts, labels with a buddy, and
the menu bar. A tab widget shows one page at a time, so each page is checked in turn together with
everything outside it (the window's own buttons); a stacked widget's other pages and hidden
widgets are not counted (check each state of such a window on its own).
"""

from __future__ import annotations

from collections import defaultdict

from PySide6 import QtWidgets


def mnemonic(words: str) -> str | None:
    """The letter after a single ``&`` in ``words`` (``&&`` is a plain ampersand), lower case."""
    at = 0
    while (at := words.find("&", at)) != -1 and at + 1 < len(words):
        if words[at + 1] != "&":
            return words[at + 1].lower()
        at += 2
    return None


def _shown(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> bool:
    return widget is window or widget.isVisibleTo(window)


def _texts(window: QtWidgets.QWidget) -> list[tuple[str, str]]:
    """(text, what) for every reachable widget with a text that can hold a mnemonic."""
    found: list[tuple[str, str]] = []
    for widget in window.findChildren(QtWidgets.QWidget):
        if not _shown(widget, window):
            continue
        kind = type(widget).__name__
        if isinstance(widget, QtWidgets.QAbstractButton):
            found.append((widget.text(), kind))
        elif isinstance(widget, QtWidgets.QGroupBox):
            found.append((widget.title(), kind))
        elif isinstance(widget, QtWidgets.QLabel) and widget.buddy() is not None:
            found.append((widget.text(), kind))
        elif isinstance(widget, QtWidgets.QTabBar):
            found.extend(
                (widget.tabText(i), kind) for i in range(widget.count()) if widget.isTabVisible(i)
            )
        elif isinstance(widget, QtWidgets.QMenuBar):
            found.extend((action.text(), kind) for action in widget.actions() if action.isVisible())
    return found


def _duplicates(window: QtWidgets.QWidget, where: str) -> dict[str, list[str]]:
    letters: dict[str, list[str]] = defaultdict(list)
    for words, kind in _texts(window):
        letter = mnemonic(words)
        if letter is not None:
            letters[letter].append(f"{kind} {words!r}")
    return {f"{where}Alt+{letter}": owners for letter, owners in letters.items() if len(owners) > 1}


def clashes(window: QtWidgets.QWidget) -> dict[str, list[str]]:
    """Letters used twice among the widgets reachable at once, with who uses them ({}: none).

    Each page of each tab widget is shown in turn; the current pages are put back afterwards.
    """
    found = _duplicates(window, "")
    for tabs in window.findChildren(QtWidgets.QTabWidget):
        if not _shown(tabs, window):
            continue
        current = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            found.update(_duplicates(window, f"tab {tabs.tabText(index)!r}: "))
        tabs.setCurrentIndex(current)
    return found
