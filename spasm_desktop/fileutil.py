"""Small file helpers (stdlib only) shared by storage and platform code."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old or the new file.

    By default the file is readable by the user only.
    """
    write_atomic_chunks(path, [data], mode)


def write_atomic_chunks(path: Path, chunks: Iterable[bytes], mode: int = 0o600) -> None:
    """Like :func:`write_atomic`, the data coming in pieces (a large file is never whole in
    memory); if making a piece raises, the old file stays and the partial one is removed."""
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
