"""One window of a kind: WindowSlot opens or raises, replaces, and forgets a deleted window."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop.ui.common.windows import WindowSlot
from tests.gui.needed import is_none


def _deleted_later(qapp: QApplication) -> None:
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    qapp.processEvents()


def test_open_builds_once_raises_the_open_one_and_forgets_a_closed_one(
    qtbot: QtBot, qapp: QApplication
) -> None:
    gone: list[int] = []
    slot: WindowSlot[QtWidgets.QWidget] = WindowSlot(on_gone=lambda: gone.append(1))
    built: list[QtWidgets.QWidget] = []

    def build() -> QtWidgets.QWidget:
        built.append(QtWidgets.QWidget())
        return built[-1]

    again: list[QtWidgets.QWidget] = []
    first = slot.open(build, again=again.append)
    assert first.isVisible()
    assert slot.showing is first
    assert again == []
    assert slot.open(build, again=again.append) is first
    assert len(built) == 1
    assert again == [first]
    first.close()
    assert is_none(slot.showing)
    assert slot.window is first
    _deleted_later(qapp)
    assert is_none(slot.window)
    assert gone == [1]
    second = slot.open(build)
    assert second is not first
    assert len(built) == 2
    second.close()
    _deleted_later(qapp)


def test_replace_closes_the_open_window_first(qtbot: QtBot, qapp: QApplication) -> None:
    slot: WindowSlot[QtWidgets.QWidget] = WindowSlot()
    first = slot.open(QtWidgets.QWidget)
    second = slot.replace(QtWidgets.QWidget)
    assert not first.isVisible()
    assert second.isVisible()
    assert slot.window is second
    _deleted_later(qapp)
    assert slot.window is second  # the old one's deletion does not forget the new one
    slot.close()
    _deleted_later(qapp)
    assert is_none(slot.window)


def test_a_kept_window_is_hidden_by_closing_and_shown_again(
    qtbot: QtBot, qapp: QApplication
) -> None:
    slot: WindowSlot[QtWidgets.QWidget] = WindowSlot(keep=True)
    window = slot.open(QtWidgets.QWidget)
    qtbot.addWidget(window)
    window.close()
    _deleted_later(qapp)
    assert slot.window is window
    assert slot.showing is None
    assert slot.ensure(QtWidgets.QWidget) is window
    assert slot.open(QtWidgets.QWidget) is window
    assert window.isVisible()
