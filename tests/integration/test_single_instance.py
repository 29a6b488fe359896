"""One app at a time, with real app processes (offscreen Qt): racing starts and a paused app.

The guard is the lock in the data folder (``platform/instance.py``); these tests start the real
``python -m spasm_desktop`` and look at which processes stay.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from spasm_desktop.platform import instance

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP and Unix sockets")

PAIRS = 10


def environ(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["SPASM_DESKTOP_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def start(home: Path, log: Path) -> subprocess.Popen[str]:
    with log.open("w") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "spasm_desktop"],
            env=environ(home),
            stdout=out,
            stderr=out,
            text=True,
        )


def socket_of(home: Path) -> str:
    return str(home / "data" / "instance.sock")


def wait_until_built(app: subprocess.Popen[str], home: Path, log: Path) -> None:
    """Wait (polling, as a person would) until the app answers requests with its state."""
    deadline = time.monotonic() + 30
    while True:
        reply = instance.send(socket_of(home), {"cmd": "status"}, 2000)
        if reply is not None and reply.get("ok"):
            return
        assert app.poll() is None, log.read_text()
        assert time.monotonic() < deadline, "the app did not start answering"
        time.sleep(0.05)


def stop(processes: list[subprocess.Popen[str]]) -> None:
    for process in processes:
        if process.poll() is None:
            os.kill(process.pid, signal.SIGCONT)
            process.terminate()
    for process in processes:
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def test_ten_pairs_started_at_once_make_one_app_each(tmp_path: Path) -> None:
    homes = [tmp_path / f"h{n}" for n in range(PAIRS)]
    pairs = [
        (start(home, tmp_path / f"a{n}.log"), start(home, tmp_path / f"b{n}.log"))
        for n, home in enumerate(homes)
    ]
    processes = [p for pair in pairs for p in pair]
    try:
        deadline = time.monotonic() + 90
        # Each pair: one of the two gives way (it says so and exits); the other stays.
        while not all(a.poll() is not None or b.poll() is not None for a, b in pairs):
            assert time.monotonic() < deadline, [
                n for n, (a, b) in enumerate(pairs) if a.poll() is None and b.poll() is None
            ]
            time.sleep(0.1)
        for n, (a, b) in enumerate(pairs):
            log_a, log_b = (tmp_path / f"a{n}.log"), (tmp_path / f"b{n}.log")
            app, second, second_log = (a, b, log_b) if b.poll() is not None else (b, a, log_a)
            assert app.poll() is None, f"pair {n}: both ended"
            assert second.returncode == 0, second_log.read_text()
            assert "already running" in second_log.read_text()
            wait_until_built(app, homes[n], tmp_path / "app.log")
        # A moment later still one app each: none of the survivors gave way late.
        assert all(sum(p.poll() is None for p in pair) == 1 for pair in pairs)
    finally:
        stop(processes)


def test_a_launch_against_a_paused_app_starts_no_second_one(tmp_path: Path) -> None:
    home = tmp_path / "h"
    app = start(home, tmp_path / "app.log")
    processes = [app]
    try:
        wait_until_built(app, home, tmp_path / "app.log")
        os.kill(app.pid, signal.SIGSTOP)
        second = subprocess.Popen(
            [sys.executable, "-m", "spasm_desktop"],
            env=environ(home),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        processes.append(second)
        try:
            out, err = second.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            pytest.fail("the second launch kept running: a second app")
        assert second.returncode == 1
        assert out == ""
        assert "already running but did not answer" in err
        assert "No second copy was started" in err
        # The paused app's channel is still there and still its own.
        assert Path(socket_of(home)).exists()
        os.kill(app.pid, signal.SIGCONT)
        reply = instance.send(socket_of(home), {"cmd": "ping"}, 10000)
        assert reply == {"ok": True}
        assert app.poll() is None
    finally:
        stop(processes)
