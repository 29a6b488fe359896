"""``./run.sh`` from a terminal: closing the terminal leaves the app running.

A real terminal (a pseudo-terminal, its shell the session leader) runs the launcher that
``run.sh`` ends in (``scripts/launch.py``; ``run.sh`` only sets up before it), then waits like an
interactive shell. The terminal is then closed and its process group hung up; the app must still
answer ``spasm-desktop status`` over its command channel, and then quit cleanly on SIGTERM.
"""

from __future__ import annotations

import contextlib
import json
import os
import pty
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="terminals and sessions")

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "scripts" / "launch.py"
PROGRAM = Path(sys.executable).parent / "spasm-desktop"


def environ(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["SPASM_DESKTOP_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def read_until(fd: int, wanted: bytes, timeout_s: float) -> bytes:
    """What the terminal shows, until ``wanted`` appears (or the time is up)."""
    seen = b""
    deadline = time.monotonic() + timeout_s
    while wanted not in seen and time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.2)
        if ready:
            try:
                chunk = os.read(fd, 4096)
            except OSError:  # the terminal's other end is gone
                break
            if not chunk:
                break
            seen += chunk
    return seen


def apps_of(home: Path) -> list[psutil.Process]:
    """The app processes running with this test's data folder."""
    found = []
    for process in psutil.process_iter(["cmdline"]):
        try:
            cmdline = process.info["cmdline"] or []
            if any(part.endswith("spasm-desktop") for part in cmdline) and (
                process.environ().get("SPASM_DESKTOP_HOME") == str(home)
            ):
                found.append(process)
        except (psutil.NoSuchProcess, psutil.AccessDenied, psutil.ZombieProcess):
            continue
    return found


def status(home: Path) -> dict[str, object]:
    done = subprocess.run(
        [str(PROGRAM), "status", "--json"],
        env=environ(home),
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, object] = json.loads(done.stdout)
    return result


def wait_gone(pid: int, timeout_s: float) -> bool:
    """Reap the terminal's shell (our child) once it has ended; False if it still runs."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            done, _ = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:  # reaped already
            return True
        if done == pid:
            return True
        time.sleep(0.05)
    return False


def test_the_app_outlives_the_terminal_it_was_started_from(tmp_path: Path) -> None:
    home = tmp_path / "home"
    shell, terminal = pty.fork()
    if shell == 0:  # the terminal's shell: run the launcher, then wait as a shell would
        os.chdir(ROOT)
        os.execve(
            "/bin/sh",
            ["sh", "-c", '"$0" "$1" && exec cat', sys.executable, str(LAUNCHER)],
            environ(home),
        )
    apps: list[psutil.Process] = []
    try:
        shown = read_until(terminal, b"you can close this terminal", 60)
        assert b"Spasm Desktop is running in the tray" in shown, shown.decode(errors="replace")
        assert str(home / "data" / "logs").encode() in shown  # where the log is
        apps = apps_of(home)
        assert len(apps) == 1
        # The app is not in the terminal's session, and prints nothing into the terminal.
        assert os.getsid(apps[0].pid) != os.getsid(shell)
        # Close the terminal: hang up its process group, as a terminal window closing does.
        os.killpg(shell, signal.SIGHUP)
        os.close(terminal)
        terminal = -1
        assert wait_gone(shell, 10), "the terminal's shell did not end"
        # Still running, and answering over its command channel (not read from the files).
        answer = status(home)
        assert answer["running"] is True
        assert "answering" not in answer
        assert apps[0].is_running()
        assert apps[0].status() != psutil.STATUS_ZOMBIE
    finally:
        if terminal >= 0:
            os.close(terminal)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(shell, signal.SIGKILL)
        wait_gone(shell, 5)
        for app in apps or apps_of(home):
            with_term(app)
    log = (home / "data" / "logs" / "spasm-desktop.log").read_text()
    assert "got signal 15: quitting" in log  # it quit cleanly when asked
    assert "got signal 1:" not in log  # no hang-up ever reached it


def with_term(app: psutil.Process) -> None:
    """Ask the app to quit (SIGTERM), as the session does at logout; kill it if it hangs."""
    try:
        app.terminate()
        app.wait(timeout=15)
    except psutil.TimeoutExpired:
        app.kill()
    except psutil.NoSuchProcess:
        pass
