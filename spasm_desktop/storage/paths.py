"""Where Spasm Desktop keeps its files.

By default the platform's folders (platformdirs); with ``SPASM_DESKTOP_HOME=DIR`` everything lives
under DIR (tests, portable use). Folders are created readable by the user only.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import stat
import sys
import tempfile
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "spasm-desktop"
HOME_VARIABLE = "SPASM_DESKTOP_HOME"
HELD_RECORDS_NAME = "held-records.json"


@dataclasses.dataclass(frozen=True)
class Paths:
    """The app's folders and files."""

    config_dir: Path
    data_dir: Path

    @property
    def settings_file(self) -> Path:
        """The settings (JSON)."""
        return self.config_dir / "settings.json"

    @property
    def routines_dir(self) -> Path:
        """The person's own routines (JSON files, see resources/routines/README.md)."""
        return self.config_dir / "routines"

    @property
    def backups_dir(self) -> Path:
        """Automatic daily backups of the records and settings (the last 7)."""
        return self.data_dir / "backups"

    @property
    def learn_checklist(self) -> Path:
        """What the person ticked on the Learn page's "lower your risk" checklist."""
        return self.data_dir / "learn-checklist.json"

    @property
    def database(self) -> Path:
        """The records (SQLite)."""
        return self.data_dir / "records.sqlite3"

    @property
    def log_dir(self) -> Path:
        """Rotating log files."""
        return self.data_dir / "logs"

    @property
    def log_file(self) -> Path:
        """The current log file."""
        return self.log_dir / "spasm-desktop.log"

    @property
    def held_records_file(self) -> Path:
        """Records that could not be saved before quitting, added at the next start."""
        return self.data_dir / HELD_RECORDS_NAME

    @property
    def held_records_places(self) -> list[Path]:
        """Where held records may be kept, best first: the data folder, then the next writable
        place (the settings folder, then the home folder).
        """
        return [
            self.held_records_file,
            self.config_dir / HELD_RECORDS_NAME,
            Path.home() / f"{APP_NAME}-{HELD_RECORDS_NAME}",
        ]

    @property
    def server_name(self) -> str:
        """The single-instance socket: a file in the private data dir, or a pipe name on Windows.

        When the data folder cannot be written (a read-only disk, a folder owned by someone
        else), the socket goes to a private folder in the runtime or temporary folder instead,
        named after the data folder, so that every command finds it the same way.
        """
        digest = hashlib.sha256(str(self.data_dir).encode()).hexdigest()[:16]
        if sys.platform == "win32":
            return f"spasm-desktop-{os.getlogin()}-{digest}"
        if not self.data_dir.exists() or writable(self.data_dir):  # (missing: made at start)
            return str(self.data_dir / "instance.sock")
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if runtime and writable(Path(runtime)):
            return str(Path(runtime) / f"{APP_NAME}-{digest}.sock")
        return str(Path(tempfile.gettempdir()) / f"{APP_NAME}-{os.getuid()}" / f"{digest}.sock")

    @property
    def instance_lock(self) -> Path:
        """The single-instance lock: the running app holds it (the OS lets go when it ends).

        Beside the socket: in the data folder, or where the socket goes when that folder
        cannot be written (Windows: in the data folder).
        """
        if sys.platform == "win32":
            return self.data_dir / "instance.lock"
        return Path(self.server_name).with_suffix(".lock")

    def ensure(self) -> list[str]:
        """Create the folders, private to the user; return what could not be done.

        Never raises: a read-only or vanished folder must not stop the app or a command
        (records are then held in memory, see :mod:`spasm_desktop.storage.records`).
        """
        problems: list[str] = []
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            try:
                folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                # Private, but a folder made read-only on purpose (chmod 0500) stays so.
                mode = stat.S_IMODE(folder.stat().st_mode)
                if sys.platform != "win32" and mode & 0o077:
                    folder.chmod(mode & 0o700)
            except OSError as exc:
                problems.append(f"{folder}: {exc.strerror or exc}")
        if sys.platform != "win32" and not writable(self.data_dir):
            self._private_socket_folder()
        return problems

    def _private_socket_folder(self) -> None:
        """Make the temporary folder for the socket (see :attr:`server_name`), private."""
        folder = Path(self.server_name).parent
        if folder.parent == Path(tempfile.gettempdir()):
            try:
                folder.mkdir(mode=0o700, exist_ok=True)
                info = folder.lstat()
                if info.st_uid != os.getuid() or stat.S_IMODE(info.st_mode) & 0o077:
                    folder.chmod(0o700)  # raises if it is not ours
            except OSError:
                pass  # no socket then: InstanceServer runs without the command channel


def writable(folder: Path) -> bool:
    """Whether files can be made in ``folder`` by this user (False if it is gone)."""
    return folder.is_dir() and os.access(folder, os.W_OK | os.X_OK)


def resolve(environ: Mapping[str, str]) -> Paths:
    """Return the paths for this user, honouring ``SPASM_DESKTOP_HOME``."""
    home = environ.get(HOME_VARIABLE)
    if home:
        root = Path(home).expanduser().absolute()
        return Paths(config_dir=root / "config", data_dir=root / "data")
    return Paths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
    )
