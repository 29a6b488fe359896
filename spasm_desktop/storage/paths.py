"""Where Spasm Desktop keeps its files.

By default the platform's folders (platformdirs); with ``SPASM_DESKTOP_HOME=DIR`` everything lives
under DIR (tests, portable use). Folders are created readable by the user only.
"""

from __future__ import annotations

import dataclasses
import os
import sys
from collections.abc import Mapping
from pathlib import Path

import platformdirs

APP_NAME = "spasm-desktop"
HOME_VARIABLE = "SPASM_DESKTOP_HOME"


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
    def server_name(self) -> str:
        """The single-instance socket: a file in the private data dir, or a pipe name on Windows."""
        if sys.platform == "win32":
            import hashlib

            digest = hashlib.sha256(str(self.data_dir).encode()).hexdigest()[:16]
            return f"spasm-desktop-{os.getlogin()}-{digest}"
        return str(self.data_dir / "instance.sock")

    @property
    def instance_lock(self) -> Path:
        """The single-instance lock: the running app holds it (the OS lets go when it ends)."""
        return self.data_dir / "instance.lock"

    def ensure(self) -> None:
        """Create the folders, private to the user."""
        for folder in (self.config_dir, self.data_dir, self.log_dir):
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            if sys.platform != "win32":
                folder.chmod(0o700)


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
