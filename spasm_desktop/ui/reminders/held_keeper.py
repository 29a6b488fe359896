"""Records held in memory (the database locked, read-only or gone) are never lost.

:class:`HeldKeeper` looks after what :class:`~spasm_desktop.storage.records.RecordStore` could
not write, from one run of the app to the next:

* at start, it adds the records kept in a recovery file when the app last quit
  (:mod:`spasm_desktop.storage.held`), before anything reads the state;
* once a minute, it tries the held writes again, and removes the earlier run's recovery files
  once their records are saved;
* on quitting, it keeps trying for a few seconds, then keeps what is still held in the recovery
  file and says where (:mod:`~spasm_desktop.ui.reminders.held_notice`); at logout it keeps them
  without asking. It follows the application's quitting (SIGTERM) and the session's end.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6 import QtWidgets

from spasm_desktop.storage import held, records

log = logging.getLogger("spasm_desktop")
#: On quitting with records held in memory, how long to keep trying to save them, and the
#: pause between tries (a locked database is often free again within a few seconds).
RETRY_S = 5.0
RETRY_PAUSE_S = 0.25


class HeldKeeper:
    """Adds the last run's held records, retries the held writes, keeps them at quit or logout."""

    def __init__(self, store: records.RecordStore, places: Sequence[Path]) -> None:
        """Add the records held when the app last quit (call before anything reads the state).

        ``places``: where a recovery file may be, best first
        (:attr:`Paths.held_records_places <spasm_desktop.storage.paths.Paths.held_records_places>`).
        """
        self._store = store
        self._places = list(places)
        #: How long quitting keeps trying to save held records (tests: 0, one try).
        self.retry_s = RETRY_S
        self._watching: tuple[QtWidgets.QApplication, Callable[[], None]] | None = None
        #: The recovery files still to remove once their records are saved.
        self._files = self._take_in()

    def _take_in(self) -> list[Path]:
        entries, found = held.read(self._places)
        if entries and self._store.take_in(entries):
            for path in found:
                held.remove(path)
            return []
        return found

    def check(self) -> None:
        """Once a minute: try the held writes again; once the earlier run's records are saved,
        remove their recovery files.
        """
        if self._store.pending_count:
            self._store.retry()
        if self._files and not self._store.pending_count:
            for path in self._files:
                held.remove(path)
            self._files = []

    def keep(self, tell: bool) -> None:
        """On quitting: try for :attr:`retry_s`, then keep what is still held in the recovery
        file that the next start adds; ``tell``: say so in a message box.
        """
        if not self._store.pending_count or self._retried():
            return
        entries = self._store.hand_over()
        kept = held.write(self._places, entries)
        count = held.personal(entries)
        log.warning(
            "quitting with %d writes held (%d records); kept in %s", len(entries), count, kept
        )
        if tell and count:  # the app's own timers alone are not worth a message
            from spasm_desktop.ui.reminders import held_notice

            held_notice.tell_kept(count, kept, self._store.error)

    def keep_for_logout(self) -> None:
        """The session ends: keep held records in the recovery file now, without asking."""
        if self._store.pending_count and not self._retried():
            held.write(self._places, self._store.hand_over())
            self._files = []  # the file now holds these too: only the next start adds it

    def _retried(self) -> bool:
        """Try to save the held records for a few seconds; return whether they are saved."""
        deadline = time.monotonic() + self.retry_s
        while not self._store.retry():
            if time.monotonic() >= deadline:
                return False
            time.sleep(RETRY_PAUSE_S)
        return True

    def watch_session_end(self, qapp: QtWidgets.QApplication, finish: Callable[[], None]) -> None:
        """Call ``finish`` when the application quits (SIGTERM, logout) and keep the held
        records when the session ends (logout, shutdown), until :meth:`stop_watching`.
        """
        if self._watching is not None:
            return
        self._watching = (qapp, finish)
        qapp.aboutToQuit.connect(finish)
        qapp.commitDataRequest.connect(self.keep_for_logout)

    def stop_watching(self) -> None:
        """No longer follow the application's quitting and the session's end."""
        if self._watching is None:
            return
        qapp, finish = self._watching
        self._watching = None
        qapp.aboutToQuit.disconnect(finish)
        qapp.commitDataRequest.disconnect(self.keep_for_logout)
