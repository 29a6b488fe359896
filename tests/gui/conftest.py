"""The wired app for GUI tests: ``make_app`` builds it with a tray icon that records its balloons
and a notifier that records what it sent (used by several test modules).
"""

from __future__ import annotations

import pytest
from PySide6 import QtCore, QtWidgets

from spasm_desktop import application
from spasm_desktop.storage import paths as paths_mod


class RecordingTray(QtWidgets.QSystemTrayIcon):
    """A tray icon that is never shown and records its balloons."""

    def __init__(self) -> None:
        super().__init__()
        self.messages: list[tuple[str, str]] = []

    def showMessage(self, title, body, icon=None, msecs=10000):  # type: ignore[override]
        self.messages.append((title, body))


class FakeNotifier(QtCore.QObject):
    finished = QtCore.Signal(bool, str)

    def __init__(self, parent, works=True):
        super().__init__(parent)
        self.works = works
        self.sent: list[tuple[str, str]] = []

    def notify(self, title, body, icon_path, timeout_s):
        self.sent.append((title, body))
        self.finished.emit(self.works, "fake" if self.works else "none")


@pytest.fixture
def make_app(qtbot, qapp, tmp_path):
    made = []

    def make(tray=True, works=True, welcome=False, clock=None):
        paths = paths_mod.Paths(tmp_path / "config", tmp_path / "data")
        paths.ensure()
        icon = RecordingTray() if tray else None
        notifiers = []

        def factory(parent):
            notifiers.append(FakeNotifier(parent, works))
            return notifiers[-1]

        app = application.Application(qapp, paths, icon, factory, show_welcome=welcome, clock=clock)
        app.start()
        made.append(app)
        return app, icon, notifiers[0]

    yield make
    for app in made:
        app.stop()
        if app.windows.welcome.window is not None:
            app.windows.welcome.window.close()
        if app.windows.today.window is not None:
            app.windows.today.window.close()
            app.windows.today.window.deleteLater()
        app.store.close()
