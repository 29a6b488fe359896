"""The wired app for GUI tests: ``make_app`` builds it with a tray icon that records its balloons
and a notifier that records what it sent (used by several test modules).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Literal, Protocol, overload

import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop import application
from spasm_desktop.core.clock import Clock
from spasm_desktop.storage import paths as paths_mod


class RecordingTray(QtWidgets.QSystemTrayIcon):
    """A tray icon that is never shown and records its balloons."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def showMessage(
        self,
        title: str,
        body: str,
        icon: object = None,
        msecs: int = 10000,
    ) -> None:
        """Record the balloon instead of showing it."""
        self.messages.append((title, body))


class FakeNotifier(QtCore.QObject):
    """A notifier that records what it sent and says whether it "worked"."""

    finished = QtCore.Signal(bool, str)

    def __init__(self, parent: QtCore.QObject | None, works: bool = True) -> None:
        super().__init__(parent)
        self.works = works
        self.sent: list[tuple[str, str]] = []

    def notify(self, title: str, body: str, icon_path: str | None, timeout_s: float) -> None:
        """Record the notification and report it delivered (or not)."""
        self.sent.append((title, body))
        self.finished.emit(self.works, "fake" if self.works else "none")


class MakeApp(Protocol):
    """``make_app(...)``: the started app, its tray icon (None if ``tray=False``), its notifier."""

    @overload
    def __call__(
        self,
        tray: Literal[True] = ...,
        works: bool = ...,
        welcome: bool = ...,
        clock: Clock | None = ...,
    ) -> tuple[application.Application, RecordingTray, FakeNotifier]: ...

    @overload
    def __call__(
        self,
        tray: Literal[False],
        works: bool = ...,
        welcome: bool = ...,
        clock: Clock | None = ...,
    ) -> tuple[application.Application, None, FakeNotifier]: ...


@pytest.fixture
def make_app(qtbot: QtBot, qapp: QApplication, tmp_path: Path) -> Iterator[MakeApp]:
    """Build and start the app in ``tmp_path``; stop every app made when the test ends."""
    made: list[application.Application] = []

    def make(
        tray: bool = True, works: bool = True, welcome: bool = False, clock: Clock | None = None
    ) -> tuple[application.Application, RecordingTray | None, FakeNotifier]:
        paths = paths_mod.Paths(tmp_path / "config", tmp_path / "data")
        paths.ensure()
        icon = RecordingTray() if tray else None
        notifiers: list[FakeNotifier] = []

        def factory(parent: QtCore.QObject) -> FakeNotifier:
            notifiers.append(FakeNotifier(parent, works))
            return notifiers[-1]

        app = application.Application(qapp, paths, icon, factory, show_welcome=welcome, clock=clock)
        app.start()
        made.append(app)
        return app, icon, notifiers[0]

    yield make  # type: ignore[misc]  # the overloads above describe this one function
    for app in made:
        app.stop()
        if app.windows.welcome.window is not None:
            app.windows.welcome.window.close()
        if app.windows.today.window is not None:
            app.windows.today.window.close()
            app.windows.today.window.deleteLater()
        app.store.close()
