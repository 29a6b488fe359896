"""Narrowing for GUI tests: a window or child that must be there, typed without its ``None``."""

from __future__ import annotations

from typing import TypeVar

from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtTest import QTest

T = TypeVar("T")
Q = TypeVar("Q", bound=QtCore.QObject)


def need(value: T | None, what: str = "the expected object") -> T:
    """``value``, failing the test if it is None (a window not open, a lookup found nothing)."""
    assert value is not None, f"{what} is missing (None)"
    return value


def child(parent: QtCore.QObject, kind: type[Q], name: str = "") -> Q:
    """``parent``'s child of type ``kind`` (named ``name`` if given), failing the test if none."""
    found = parent.findChild(kind, name) if name else parent.findChild(kind)
    assert found is not None, f"no {kind.__name__} {name!r}"
    return found


def is_none(value: object) -> bool:
    """Whether ``value`` is None, as a plain bool: after ``assert x.attr is None`` mypy would keep
    ``x.attr`` as None even once the code under test has set it.
    """
    return value is None


def holds(flag: bool) -> bool:
    """``flag``, as a plain bool: after ``assert x.flag`` mypy would keep ``x.flag`` True even once
    the code under test has turned it off.
    """
    return flag


def submenu(action: QtGui.QAction) -> QtWidgets.QMenu:
    """``action``'s menu (PySide6's stubs type ``QAction.menu()`` as a plain QObject)."""
    menu = action.menu()
    assert isinstance(menu, QtWidgets.QMenu)
    return menu


def char_click(
    widget: QtWidgets.QWidget,
    char: str,
    modifier: QtCore.Qt.KeyboardModifier = QtCore.Qt.KeyboardModifier.NoModifier,
) -> None:
    """``QTest.keyClick`` with a character key, as ``qtbot.keyClick(widget, "a", ...)`` did."""
    # Qt has this overload (char key); PySide6's stubs leave it out.
    QTest.keyClick(widget, char, modifier)  # type: ignore[call-overload]
