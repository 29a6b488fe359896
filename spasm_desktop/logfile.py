"""The log file: readable by the person only, and quiet when it cannot be written.

The log may name what failed to be saved, so, like every other file of the app, it is made
``0600`` whatever the umask (and an older, wider file is narrowed). When the disk is full or the
file goes away, :mod:`logging` would print a "--- Logging error ---" traceback on stderr for every
line; these handlers print one short line the first time instead, and carry on.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path
from typing import IO, Any

MODE = 0o600


def _open_private(path: str, mode: str, encoding: str | None, errors: str | None) -> IO[Any]:
    """Open the log file for appending, created (or narrowed) to :data:`MODE`."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if "a" in mode else os.O_TRUNC)
    fd = os.open(path, flags | getattr(os, "O_CLOEXEC", 0), MODE)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, MODE)  # the umask may have narrowed nothing, or an old file was 0644
        return os.fdopen(fd, mode, encoding=encoding, errors=errors)
    except BaseException:
        os.close(fd)
        raise


class _Quiet:
    """``handleError`` that says once, in one line, that the log cannot be written."""

    baseFilename: str
    _told = False

    def handleError(self, record: logging.LogRecord) -> None:
        if self._told or not logging.raiseExceptions:
            return
        self._told = True
        error = sys.exc_info()[1]
        reason = getattr(error, "strerror", None) or error or "unknown error"
        with contextlib.suppress(Exception):
            if sys.stderr is not None:
                sys.stderr.write(
                    f"spasm-desktop: cannot write the log file {self.baseFilename} ({reason}); "
                    "later lines may be lost\n"
                )


class PrivateFileHandler(_Quiet, logging.FileHandler):
    """A plain log file handler: private file, quiet errors."""

    def _open(self) -> Any:
        return _open_private(self.baseFilename, self.mode, self.encoding, self.errors)


def rotating_handler(path: Path, max_bytes: int, backups: int) -> logging.Handler:
    """A rotating handler with the same care (``logging.handlers`` is imported only here)."""
    import logging.handlers

    class PrivateRotatingFileHandler(_Quiet, logging.handlers.RotatingFileHandler):
        def _open(self) -> Any:
            return _open_private(self.baseFilename, self.mode, self.encoding, self.errors)

    for number in range(1, backups + 1):  # files an older version left readable by others
        with contextlib.suppress(OSError):
            path.with_name(f"{path.name}.{number}").chmod(MODE)
    return PrivateRotatingFileHandler(
        path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8"
    )
