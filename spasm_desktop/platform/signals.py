"""Quitting cleanly on SIGTERM, SIGINT and SIGHUP (a shutdown, ``kill``, Ctrl+C, a closed terminal).

Python runs a signal handler only when the interpreter gets control, and Qt's event loop may
sleep in C for minutes. :func:`signal.set_wakeup_fd` makes the C-level handler write the
signal's number to a pipe, whose other end a :class:`QSocketNotifier` watches: the loop wakes
at once, and nothing ticks while idle. The slot then quits the Qt application, so that
``aboutToQuit`` runs (held records are kept, the command channel's socket file is removed).
"""

from __future__ import annotations

import contextlib
import logging
import os
import signal
import sys
from types import FrameType
from typing import Any

from PySide6 import QtCore

log = logging.getLogger(__name__)

#: The signals that ask the app to quit.
QUIT_SIGNALS = ("SIGTERM", "SIGINT", "SIGHUP")


class QuitOnSignal(QtCore.QObject):
    """Quits ``app`` when the process gets one of :data:`QUIT_SIGNALS` (POSIX only).

    Signals:
        received: the signal's number, just before the app is asked to quit.
    """

    received = QtCore.Signal(int)

    def __init__(self, app: QtCore.QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._reader: int | None = None  # the pipe's ends
        self._writer: int | None = None
        self._notifier: QtCore.QSocketNotifier | None = None
        self._previous: dict[int, Any] = {}
        if sys.platform == "win32":
            return
        self._reader, self._writer = os.pipe()
        os.set_blocking(self._reader, False)
        os.set_blocking(self._writer, False)
        try:
            signal.set_wakeup_fd(self._writer, warn_on_full_buffer=False)
        except ValueError:  # not the main thread (tests building an app elsewhere)
            log.warning("not the main thread: quit signals are not handled")
            return
        for name in QUIT_SIGNALS:
            number = getattr(signal, name)
            self._previous[number] = signal.signal(number, self._python_handler)
        self._notifier = QtCore.QSocketNotifier(
            self._reader, QtCore.QSocketNotifier.Type.Read, self
        )
        self._notifier.activated.connect(self._on_wakeup)

    @staticmethod
    def _python_handler(_number: int, _frame: FrameType | None) -> None:
        """Nothing: the wake-up byte does the work (a handler must exist for it to be sent)."""

    def _on_wakeup(self) -> None:
        assert self._reader is not None
        try:
            data = os.read(self._reader, 64)
        except BlockingIOError:
            return
        for number in data:
            log.info("got signal %d: quitting", number)
            self.received.emit(number)
        if data:
            self._app.quit()

    def close(self) -> None:
        """Give the signals back to their earlier handlers and close the pipe."""
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            with contextlib.suppress(ValueError):
                signal.set_wakeup_fd(-1)
            for number, previous in self._previous.items():
                with contextlib.suppress(ValueError, TypeError):
                    signal.signal(number, previous)
            self._notifier = None
        for end in (self._reader, self._writer):
            if end is not None:
                os.close(end)
        self._reader = self._writer = None
