"""The daily backup, made on a worker thread so the app keeps answering while it is written.

On a large record (a million rows) the backup takes seconds; on the GUI thread the tray, the
windows and the command channel would freeze meanwhile. :class:`DailyBackups` runs
:func:`backup.daily_backup` on a thread of its own (it opens its own SQLite connection, and
WAL lets the app write while it reads) and reports back on the GUI thread. A failed backup is
tried again the same day, later each time, with one log line and never a traceback.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import threading
from pathlib import Path

from PySide6 import QtCore

from spasm_desktop.storage import backup

log = logging.getLogger(__name__)

#: Minutes to wait before trying again after the 1st, 2nd, ... failure of the day (then hourly).
RETRY_MINUTES = (1, 5, 15, 30, 60)


def describe(exc: BaseException) -> str:
    """One line for the log: what failed, without a traceback."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror}{where}"
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


class DailyBackups(QtCore.QObject):
    """Makes the day's backup off the GUI thread, once a day, and retries a failed one.

    Signals:
        made(object): the backup file written (a Path), or None if today's was there already.
        failed(str): a backup failed (one line); it is tried again later the same day.
    """

    made = QtCore.Signal(object)
    failed = QtCore.Signal(str)
    _finished = QtCore.Signal(object, object, str)  # from the worker: day, file, error

    def __init__(
        self,
        database: Path,
        settings_file: Path,
        folder: Path,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._database = database
        self._settings_file = settings_file
        self._folder = folder
        self._made: dt.date | None = None
        self._thread: threading.Thread | None = None
        self._failures = 0
        self._failed_day: dt.date | None = None
        self._next_try: dt.datetime | None = None
        self._started_at: dt.datetime | None = None
        self._finished.connect(self._on_finished, QtCore.Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        """Whether a backup is being written now."""
        return self._thread is not None

    def run_if_due(self, today: dt.date, now: dt.datetime) -> bool:
        """Start today's backup unless it is made, being made, or waits to be tried again."""
        if self._made == today or self.running:
            return False
        if self._failed_day != today:
            self._failures, self._next_try = 0, None
        elif self._next_try is not None and now < self._next_try:
            return False
        self._started_at = now
        self._thread = threading.Thread(
            target=self._work, args=(today,), name="daily-backup", daemon=True
        )
        self._thread.start()
        return True

    def wait(self, timeout_s: float) -> bool:
        """Wait up to ``timeout_s`` for a backup being written; False if it still runs."""
        thread = self._thread
        if thread is None:
            return True
        thread.join(timeout_s)
        return not thread.is_alive()

    def _work(self, today: dt.date) -> None:
        """On the worker thread: write the backup, then hand the outcome to the GUI thread."""
        written: Path | None = None
        error = ""
        try:
            written = backup.daily_backup(self._database, self._settings_file, self._folder, today)
        except Exception as exc:  # any failure: one log line, never a traceback; tried again
            error = describe(exc)
        with contextlib.suppress(RuntimeError):  # the app is gone (quit while writing)
            self._finished.emit(today, written, error)

    @QtCore.Slot(object, object, str)
    def _on_finished(self, today: dt.date, written: Path | None, error: str) -> None:
        self._thread = None
        if not error:
            self._made = today
            self._failures, self._failed_day, self._next_try = 0, None, None
            if written is not None:
                log.info("daily backup: %s", written)
            self.made.emit(written)
            return
        self._failures = self._failures + 1 if self._failed_day == today else 1
        self._failed_day = today
        minutes = RETRY_MINUTES[min(self._failures, len(RETRY_MINUTES)) - 1]
        start = self._started_at or dt.datetime.now(dt.UTC)
        self._next_try = start + dt.timedelta(minutes=minutes)
        log.warning("daily backup failed: %s; trying again in %d min", error, minutes)
        self.failed.emit(error)
