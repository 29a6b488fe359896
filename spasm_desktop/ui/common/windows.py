"""The app's windows, one of each kind at a time: open it, or raise the one that is open.

Every window the app opens goes through a :class:`WindowSlot`: it builds the window the first time
(or after it was closed), raises the open one otherwise, and forgets it when Qt deletes it (closing
deletes it). The window modules are named here only for type checking: each is imported when its
window first opens, because start-up time matters.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6 import QtCore, QtWidgets

if TYPE_CHECKING:  # each window's module is imported when it first opens
    from spasm_desktop.ui.record.diary import DiaryWindow
    from spasm_desktop.ui.record.history import HistoryWindow
    from spasm_desktop.ui.record.profile import ProfileWindow
    from spasm_desktop.ui.record.your_data import YourDataWindow
    from spasm_desktop.ui.relief.relief_panel import ReliefPanel
    from spasm_desktop.ui.reminders.checkin import CheckinWindow
    from spasm_desktop.ui.reminders.today import TodayWindow
    from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow
    from spasm_desktop.ui.setup.learn import LearnWindow
    from spasm_desktop.ui.setup.welcome import WelcomeWizard

W = TypeVar("W", bound=QtWidgets.QWidget)


def fit_on_screen(window: QtWidgets.QWidget) -> None:
    """Shrink ``window`` (not below its minimum) and move it so it lies on its screen's free
    area: a window sized for a large screen would otherwise open cut off on a small one.
    """
    if window.isMaximized() or window.isFullScreen():
        return
    area = window.screen().availableGeometry()
    # The title bar and borders, once the window has been shown (a guess before that).
    frame = window.frameGeometry().size() - window.size()
    if frame.isNull() or not window.isVisible():
        frame = QtCore.QSize(0, window.fontMetrics().height() * 2)
    room = area.size() - frame
    size = window.size().boundedTo(room).expandedTo(window.minimumSize())
    if size != window.size():
        window.resize(size)
    place = window.frameGeometry()
    place.setSize(size + frame)
    x = min(max(place.x(), area.x()), area.x() + area.width() - place.width())
    y = min(max(place.y(), area.y()), area.y() + area.height() - place.height())
    if (x, y) != (place.x(), place.y()):
        window.move(max(x, area.x()), max(y, area.y()))


class _BodyArea(QtWidgets.QScrollArea):
    """A scroll area that asks for its whole body (Qt's asks for at most 24 lines)."""

    def sizeHint(self) -> QtCore.QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return body.sizeHint() + QtCore.QSize(frame + bar, frame)

    def hasHeightForWidth(self) -> bool:
        body = self.widget()
        return body is not None and body.hasHeightForWidth()

    def heightForWidth(self, width: int) -> int:
        body = self.widget()
        if body is None:
            return super().heightForWidth(width)
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return body.heightForWidth(width - frame - bar) + frame


def scrolling(body: QtWidgets.QWidget, name: str) -> QtWidgets.QScrollArea:
    """``body`` in a frameless scroll area that asks for the body's whole size, so a window
    keeps its size on a large screen and scrolls only where the screen is too small (its
    buttons outside the area stay in view). ``name`` is the area's accessible name.
    """
    area = _BodyArea()
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setAccessibleName(name)
    fit_width(area)
    return area


def fit_width(area: QtWidgets.QScrollArea) -> None:
    """Make ``area`` at least as wide as its body needs (with room for the scroll bar): the
    width never scrolls. Again after the body's layout changed.
    """
    body = area.widget()
    if body is not None:
        least = body.minimumSizeHint().width()
        area.setMinimumWidth(least + area.verticalScrollBar().sizeHint().width())


def fit_screen(window: QtWidgets.QWidget, width: int, height: int) -> None:
    """Resize ``window`` to ``width`` x ``height``, but never beyond its screen's free room (a
    large text size makes the wanted size grow past a small screen).
    """
    window.resize(width, height)
    fit_on_screen(window)


def show_in_front(window: QtWidgets.QWidget) -> None:
    """Show ``window`` within its screen (back from minimised, keeping maximised or full
    screen), raise it above the others and give it the keyboard.
    """
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~QtCore.Qt.WindowState.WindowMinimized)
    fit_on_screen(window)
    window.show()
    fit_on_screen(window)  # again, now that the title bar's height is known
    window.raise_()
    window.activateWindow()


class WindowSlot(Generic[W]):
    """The one window of a kind: built when needed, forgotten when Qt deletes it.

    Args:
        keep: Keep the window when it is closed (it hides; Today) instead of deleting it.
        on_gone: Called after the window was deleted (not for a kept window).
    """

    def __init__(self, *, keep: bool = False, on_gone: Callable[[], None] | None = None) -> None:
        #: The window, from when it is built until Qt deletes it (a closed one may linger a
        #: moment before that; see :attr:`showing`).
        self.window: W | None = None
        self._keep = keep
        self._on_gone = on_gone

    @property
    def showing(self) -> W | None:
        """The window while it is on screen (None: never built, or closed)."""
        window = self.window
        return window if window is not None and window.isVisible() else None

    def ensure(self, build: Callable[[], W]) -> W:
        """The open window, or a new one from ``build()`` (not shown yet)."""
        window = self.window if self._keep else self.showing
        if window is None:
            window = build()
            self._track(window)
        return window

    def open(self, build: Callable[[], W], again: Callable[[W], None] | None = None) -> W:
        """Raise the open window (after ``again(window)`` if given), or show a new one."""
        existing = self.window if self._keep else self.showing
        window = self.ensure(build)
        if existing is not None and again is not None:
            again(existing)
        show_in_front(window)
        return window

    def replace(self, build: Callable[[], W]) -> W:
        """Close the open window (if any), then show a new one from ``build()``."""
        self.close()
        window = build()
        self._track(window)
        show_in_front(window)
        return window

    def close(self) -> None:
        """Close the window if there is one (a closed window saves what it has)."""
        if self.window is not None:
            self.window.close()

    def _track(self, window: W) -> None:
        if not self._keep:
            window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.window = window
        window.destroyed.connect(lambda: self._gone(window))

    def _gone(self, window: W) -> None:
        if self.window is window:
            self.window = None
        if self._on_gone is not None:
            self._on_gone()


class Windows:
    """The app's windows, one slot for each kind (the reminder pop-up is not among them)."""

    def __init__(self, *, relief_gone: Callable[[], None] | None = None) -> None:
        """Make the empty slots; ``relief_gone`` is called when a relief panel is deleted."""
        self.today: WindowSlot[TodayWindow] = WindowSlot(keep=True)
        self.welcome: WindowSlot[WelcomeWizard] = WindowSlot()
        self.relief: WindowSlot[ReliefPanel] = WindowSlot(on_gone=relief_gone)
        self.player: WindowSlot[RoutinePlayerWindow] = WindowSlot()
        self.diary: WindowSlot[DiaryWindow] = WindowSlot()
        self.learn: WindowSlot[LearnWindow] = WindowSlot()
        self.history: WindowSlot[HistoryWindow] = WindowSlot()
        self.profile: WindowSlot[ProfileWindow] = WindowSlot()
        self.data: WindowSlot[YourDataWindow] = WindowSlot()
        self.checkin: WindowSlot[CheckinWindow] = WindowSlot()
