"""Running the app as a user without privileges, for tests of folders it may not write.

CI runs as root, and root writes anywhere, so a read-only folder means nothing to it. As root,
:class:`Runner` runs ``spasm-desktop`` as ``nobody`` (``setpriv``, or ``runuser``) in a folder
under the system's temporary folder that nobody can reach; the interpreter is this one if
nobody may run it, else the system's ``python3`` of the same version with this environment's
packages added (a pyenv under /root can't be entered by nobody). As any other user, the
commands simply run as that user.
"""

from __future__ import annotations

import contextlib
import functools
import grp
import os
import pwd
import shutil
import site
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
AS_ROOT = os.geteuid() == 0


@functools.cache
def _user() -> tuple[int, int]:
    """The uid and gid to run as: nobody (and nogroup, or nobody's own group) as root."""
    if not AS_ROOT:
        return os.getuid(), os.getgid()
    nobody = pwd.getpwnam("nobody")
    for name in ("nogroup", "nobody"):
        with contextlib.suppress(KeyError):
            return nobody.pw_uid, grp.getgrnam(name).gr_gid
    return nobody.pw_uid, nobody.pw_gid


def _as_user() -> list[str]:
    if not AS_ROOT:
        return []
    uid, gid = _user()
    if shutil.which("setpriv"):
        return ["setpriv", f"--reuid={uid}", f"--regid={gid}", "--clear-groups"]
    if shutil.which("runuser"):
        return ["runuser", "-u", pwd.getpwuid(uid).pw_name, "--"]
    raise RuntimeError("running as root without setpriv or runuser: can't drop privileges")


@functools.cache
def _python() -> str:
    """An interpreter of this version that the user can run."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [sys.executable, shutil.which(version), f"/usr/bin/{version}", "/usr/bin/python3"]
    for candidate in candidates:
        if not candidate or not Path(candidate).exists():
            continue
        probe = subprocess.run(
            [*_as_user(), candidate, "-c", "import sys; print(sys.version_info[:2])"],
            capture_output=True,
            text=True,
            check=False,
            timeout=30,
        )
        if probe.returncode == 0 and probe.stdout.strip() == str(sys.version_info[:2]):
            return candidate
    raise RuntimeError(f"no {version} that an unprivileged user may run: {candidates}")


#: Starts the app's entry point with this checkout and this environment's packages.
_BOOT = (
    "import site, sys; "
    + "".join(f"site.addsitedir({p!r}); " for p in site.getsitepackages())
    + f"sys.path.insert(0, {str(ROOT)!r}); "
    + "from spasm_desktop import app; sys.exit(app.main(sys.argv[1:]))"
)


class Runner:
    """A home of its own (``SPASM_DESKTOP_HOME``) and the user's commands against it."""

    def __init__(self) -> None:
        self.top = Path(tempfile.mkdtemp(prefix="spasm-unprivileged-"))
        self.top.chmod(0o755)  # nobody may enter; what is below belongs to the user
        self.base = self.top / "base"
        for folder in (self.base, self.base / "home", self.base / "run", self.base / "out"):
            folder.mkdir(mode=0o700)
            self.give(folder)

    @property
    def spasm_home(self) -> Path:
        return self.base / "spasm"

    @property
    def data_dir(self) -> Path:
        return self.spasm_home / "data"

    @property
    def config_dir(self) -> Path:
        return self.spasm_home / "config"

    @property
    def out_dir(self) -> Path:
        """A folder the user may write, for exports."""
        return self.base / "out"

    @property
    def runtime_dir(self) -> Path:
        return self.base / "run"

    def give(self, path: Path) -> None:
        """Make ``path`` belong to the user."""
        if AS_ROOT:
            uid, gid = _user()
            os.chown(path, uid, gid)

    def take_away(self, folder: Path) -> None:
        """Make ``folder`` readable but not writable by the user, in a way they can't undo."""
        if AS_ROOT:
            os.chown(folder, 0, 0)
            folder.chmod(0o755)
        else:
            folder.chmod(0o500)

    def give_back(self, folder: Path) -> None:
        """Make ``folder`` the user's own and writable again."""
        self.give(folder)
        folder.chmod(0o700)

    def env(self) -> dict[str, str]:
        return {
            "PATH": "/usr/bin:/bin",
            "HOME": str(self.base / "home"),
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
            "SPASM_DESKTOP_HOME": str(self.spasm_home),
            "QT_QPA_PLATFORM": "offscreen",
            "LANG": "C.UTF-8",
        }

    def command(self, *args: str) -> list[str]:
        return [*_as_user(), _python(), "-c", _BOOT, *args]

    def run(self, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            cwd=self.top,
        )

    def start(self, log: Path) -> subprocess.Popen[str]:
        """Start the app; its output goes to ``log``."""
        with log.open("w") as out:
            return subprocess.Popen(
                self.command(), env=self.env(), stdout=out, stderr=out, text=True, cwd=self.top
            )

    def cleanup(self) -> None:
        for folder, _dirs, _files in os.walk(self.top):
            with contextlib.suppress(OSError):
                Path(folder).chmod(0o700)
        shutil.rmtree(self.top, ignore_errors=True)


def run_as_user(body: Callable[[Path], None]) -> None:
    """Run ``body(folder)`` without privileges, in a fresh folder that user owns.

    As root, in a forked child that drops to nobody (root would write anywhere, and a test of
    read-only files would prove nothing): the child's failure, with its traceback on stderr,
    fails the caller. As any other user, in this process.
    """
    folder = Path(tempfile.mkdtemp(prefix="spasm-unprivileged-"))
    try:
        if not AS_ROOT:
            body(folder)
            return
        uid, gid = _user()
        os.chown(folder, uid, gid)
        pid = os.fork()
        if pid == 0:  # the child: never returns into pytest
            code = 1
            try:
                os.setgroups([])
                os.setgid(gid)
                os.setuid(uid)
                body(folder)
                code = 0
            except BaseException:
                traceback.print_exc()
            finally:
                sys.stderr.flush()
                os._exit(code)
        _, status = os.waitpid(pid, 0)
        assert os.waitstatus_to_exitcode(status) == 0, "the unprivileged part failed (see stderr)"
    finally:
        shutil.rmtree(folder, ignore_errors=True)
