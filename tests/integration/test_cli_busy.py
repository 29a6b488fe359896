"""The command line against a running app that is paused (SIGSTOP) or whose records are locked.

Real processes (offscreen Qt), a real SQLite lock held by this test's own connection: a drink
is stored once, and the messages say what happened.
"""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_desktop.platform import instance

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGSTOP and Unix sockets")


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "h"


def environ(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["SPASM_DESKTOP_HOME"] = str(home)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spasm_desktop", *args],
        env=environ(home),
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def app(home: Path, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """The running app, answering with its state; stopped (and continued) at the end."""
    log = tmp_path / "app.log"
    with log.open("w") as out:
        process = subprocess.Popen(
            [sys.executable, "-m", "spasm_desktop"], env=environ(home), stdout=out, stderr=out
        )
    try:
        deadline = time.monotonic() + 30
        name = str(home / "data" / "instance.sock")
        while not (instance.send(name, {"cmd": "status"}, 2000) or {}).get("ok"):
            assert process.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the app did not start answering"
            time.sleep(0.05)
        yield process
    finally:
        os.kill(process.pid, signal.SIGCONT)
        process.terminate()
        process.wait(timeout=15)


def drinks(home: Path) -> list[int]:
    with sqlite3.connect(home / "data" / "records.sqlite3") as conn:
        return [row[0] for row in conn.execute("SELECT ml FROM drinks ORDER BY id")]


def test_a_drink_logged_while_the_app_is_paused_is_stored_once(
    home: Path, app: subprocess.Popen[bytes]
) -> None:
    os.kill(app.pid, signal.SIGSTOP)
    logged = run(home, "drink", "300")
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout.strip() == (
        "Logged 300 ml (Spasm Desktop was busy; it will not log it a second time)."
    )
    assert drinks(home) == [300]
    status = run(home, "status", "--json")  # while still paused: from the files, but running
    assert status.returncode == 0, status.stderr
    read = json.loads(status.stdout)
    assert read["running"] is True
    assert read["answering"] is False
    assert read["water_today_ml"] == 300
    os.kill(app.pid, signal.SIGCONT)  # the app now gets to the request it was handed
    answered = json.loads(run(home, "status", "--json").stdout)
    assert answered["running"] is True
    assert "answering" not in answered
    assert answered["water_today_ml"] == 300
    assert drinks(home) == [300]


def test_a_drink_held_by_the_app_while_the_records_are_locked(
    home: Path, app: subprocess.Popen[bytes]
) -> None:
    lock = sqlite3.connect(home / "data" / "records.sqlite3", isolation_level=None)
    try:
        lock.execute("BEGIN EXCLUSIVE")
        logged = run(home, "drink", "300")
        assert logged.returncode == 0, logged.stderr
        # The app answered in time (it tries a known-locked database only briefly again).
        assert logged.stdout.strip() == (
            "Logged 300 ml: held by the running app; it will be saved when the database is free."
        )
        assert "could not write" not in logged.stdout + logged.stderr
    finally:
        lock.execute("ROLLBACK")
        lock.close()
    after = run(home, "drink", "200")  # the app writes what it held, then this one
    assert after.returncode == 0, after.stderr
    assert after.stdout.strip() == "Logged 200 ml."
    assert sorted(drinks(home)) == [200, 300]
    assert json.loads(run(home, "status", "--json").stdout)["water_today_ml"] == 500
