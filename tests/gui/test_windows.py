"""One window of a kind: WindowSlot opens or raises, replaces, and forgets a deleted window."""

from __future__ import annotations

from PySide6 import QtCore, QtWidgets

from spasm_desktop.ui.common.windows import WindowSlot


def _deleted_later(qapp):
    QtCore.QCoreApplication.sendPostedEvents(None, QtCore.QEvent.Type.DeferredDelete)
    qapp.processEvents()


def test_open_builds_once_raises_the_open_one_and_forgets_a_closed_one(qtbot, qapp):
    gone = []
    slot: WindowSlot[QtWidgets.QWidget] = WindowSlot(on_gone=lambda: gone.append(1))
    built = []

    def build():
        built.append(QtWidgets.QWidget())
        return built[-1]

    again = []
    first = slot.open(build, again=again.append)
    assert first.isVisible() and slot.showing is first and again == []
    assert slot.open(build, again=again.append) is first
    assert len(built) == 1 and again == [first]  # raised and told, not built again
    first.close()
    assert slot.showing is None and slot.window is first  # closed, not deleted yet
    _deleted_later(qapp)
    assert slot.window is None and gone == [1]
    second = slot.open(build)
    assert second is not first and len(built) == 2
    second.close()
    _deleted_later(qapp)


def test_replace_closes_the_open_window_first(qtbot, qapp):
    slot: WindowSlot[QtWidgets.QWidget] = WindowSlot()
    first = slot.open(QtWidgets.QWidget)
    second = slot.replace(QtWidgets.QWidget)
    assert not first.isVisible() and second.isVisible() and slot.window is second
    _deleted_later(qapp)
    assert slot.window is second  # the old one's deletion does not forget the new one
    slot.close()
    _deleted_later(qapp)
    assert slot.window is None


def test_a_kept_window_is_hidden_by_closing_and_shown_again(qtbot, qapp):
    slot: WindowSlot[QtWidgets.QWidget] = WindowSlot(keep=True)
    window = slot.open(QtWidgets.QWidget)
    qtbot.addWidget(window)
    window.close()
    _deleted_later(qapp)
    assert slot.window is window and slot.showing is None
    assert slot.ensure(QtWidgets.QWidget) is window
    assert slot.open(QtWidgets.QWidget) is window and window.isVisible()
