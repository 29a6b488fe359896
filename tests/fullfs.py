"""A real full disk for tests: a small tmpfs, mounted where the machine allows it (as root).

:func:`full_disk` yields a folder on a filesystem with no space left (folders can still be made
in it, files cannot grow), or ``None`` where no tmpfs can be mounted; the tests then simulate
``ENOSPC`` at the write call instead (and say so).
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path


def _mount(folder: Path) -> bool:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return False
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k,mode=0755", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    return result.returncode == 0


@contextlib.contextmanager
def full_disk(
    tmp_path: Path, before_filling: Callable[[Path], None] | None = None
) -> Iterator[Path | None]:
    """A folder on a full tmpfs (None if none can be mounted here).

    ``before_filling(folder)`` may put files there while there is still room.
    """
    folder = tmp_path / "full-disk"
    folder.mkdir()
    if not _mount(folder):
        yield None
        return
    try:
        (folder / "home").mkdir()
        if before_filling is not None:
            before_filling(folder)
        filler = folder / "filler"
        assert _fill(filler) == errno.ENOSPC
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def _fill(path: Path) -> int | None:
    """Write zeros to ``path`` until a write fails; the error number it failed with."""
    with path.open("wb", buffering=0) as handle:
        while True:
            try:
                handle.write(b"\0" * 4096)
            except OSError as exc:
                return exc.errno
