"""Small file helpers (stdlib only) shared by storage and platform code."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    By default the file is readable by the user only. A symbolic link is written through (the
    file it points to is replaced, the link stays); a device, a pipe, a socket or a folder at
    ``path`` is refused with :class:`NotRegularFileError` and left as it was (as root,
    replacing ``/dev/full`` by a file would break the system).
    """
    write_atomic_chunks(path, [data], mode)


def write_atomic_chunks(path: Path, chunks: Iterable[bytes], mode: int = 0o600) -> None:
    """Like :func:`write_atomic`, the data coming in pieces (a large file is never whole in
    memory); if making a piece raises, the old file stays and the partial one is removed.
    """
    path = regular_target(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            for chunk in chunks:
                handle.write(chunk)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).chmod(mode)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def regular_target(path: Path) -> Path:
    """The file a write to ``path`` should replace: the end of its symbolic links, if any.

    Raises :class:`NotRegularFileError` if something other than a regular file is there.
    """
    import stat

    target = path.resolve() if path.is_symlink() else path
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        return target
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(_kind(mode))
    return target


def make_folders(folder: Path) -> list[Path]:
    """Create ``folder`` and its missing parents (private); return those created, outermost first.

    Pass the list to :func:`remove_folders` to undo when what was to go in them failed.
    """
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return missing[::-1]


def remove_folders(created: list[Path]) -> None:
    """Remove the folders :func:`make_folders` created, innermost first, if they are empty."""
    for folder in reversed(created):
        try:
            folder.rmdir()
        except OSError:
            return


def keep_backup(path: Path, reason: str, now: dt.datetime) -> Path:
    """Move ``path`` aside as ``NAME.REASON-YYYYMMDD-HHMMSS`` and return the new path."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{reason}-{stamp}")
    counter = 1
    while target.exists():
        target = path.with_name(f"{path.name}.{reason}-{stamp}-{counter}")
        counter += 1
    path.replace(target)
    return target


class NotRegularFileError(OSError):
    """The path is a folder, a pipe, a device or a socket: not a file that can be read whole.

    :attr:`kind` names what it is ("a pipe (FIFO)", "a device", ...).
    """

    def __init__(self, kind: str) -> None:
        super().__init__(f"it is {kind}, not a regular file")
        self.kind = kind


class TooLargeError(OSError):
    """The file is larger than the caller's limit; it was not read."""


def read_limited(path: Path, limit: int) -> bytes:
    """Read a regular file of at most ``limit`` bytes, without ever blocking on a pipe.

    Opened non-blocking, so a FIFO with no writer is refused instead of waiting; anything but
    a regular file raises :class:`NotRegularFileError`, a larger file :class:`TooLargeError`
    (also one that grows while it is read: at most ``limit + 1`` bytes are read).
    """
    import stat

    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(_kind(info.st_mode))
        if info.st_size > limit:
            raise TooLargeError(f"it is larger than {_size(limit)}")
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        if left <= 0:
            raise TooLargeError(f"it is larger than {_size(limit)}")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _size(limit: int) -> str:
    if limit >= 1 << 20:
        return f"{limit / (1 << 20):g} MB"
    return f"{limit / 1024:g} KB" if limit >= 1024 else f"{limit} bytes"


def _kind(mode: int) -> str:
    import stat

    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a pipe (FIFO)"),
        (stat.S_ISCHR, "a device"),
        (stat.S_ISBLK, "a device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((name for test, name in kinds if test(mode)), "not a file")
