"""A bare PySide6 tray app: the baseline that ``bench/idle.py`` compares Spasm Desktop with.

One QSystemTrayIcon with a drawn icon and a small menu, shown at once. Right after it is shown
(``QTimer.singleShot(0, ...)``) it loads the same third-party stack that Spasm Desktop loads once
its tray is up: APScheduler's ``QtScheduler`` with the ``debug`` executor (started, no jobs), and
``plyer``'s notification facade. What remains between the two is the app's own code.

Run: ``python bench/bare_tray.py`` (needs a system tray; Ctrl+C or the menu's Quit stops it).
"""

from __future__ import annotations

import datetime as dt
import signal
import sys
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

_keep: list[Any] = []  # objects that must live as long as the app


def drawn_icon() -> QtGui.QIcon:
    """A blue disc on a transparent 22x22 pixmap."""
    pixmap = QtGui.QPixmap(22, 22)
    pixmap.fill(QtCore.Qt.GlobalColor.transparent)
    painter = QtGui.QPainter(pixmap)
    painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
    painter.setBrush(QtGui.QColor("#2f7fd0"))
    painter.setPen(QtCore.Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 18, 18)
    painter.end()
    return QtGui.QIcon(pixmap)


def load_stack() -> None:
    """What Spasm Desktop does after its tray appears: start a QtScheduler, import plyer."""
    from apscheduler.schedulers.qt import QtScheduler
    from plyer import notification

    scheduler = QtScheduler(timezone=dt.UTC, executors={"default": {"type": "debug"}})
    scheduler.start()
    _keep.extend([scheduler, notification])


def main() -> int:
    """Show the tray icon and run the event loop."""
    app = QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("bare-tray")
    app.setQuitOnLastWindowClosed(False)
    signal.signal(signal.SIGINT, signal.SIG_DFL)

    menu = QtWidgets.QMenu()
    menu.addAction("Drink a glass")
    menu.addAction("Pause for an hour")
    menu.addSeparator()
    menu.addAction("Quit").triggered.connect(app.quit)

    tray = QtWidgets.QSystemTrayIcon(drawn_icon())
    tray.setToolTip("Bare tray")
    tray.setContextMenu(menu)
    tray.show()
    QtCore.QTimer.singleShot(0, load_stack)
    _keep.extend([menu, tray])
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
