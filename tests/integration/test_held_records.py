"""A data folder that can't be written, a locked database, and SIGTERM: real processes.

The read-only cases run as a user without privileges (``tests/unprivileged.py``): as root, the
data folder belongs to root and nobody runs the app; as anyone else, the folder is chmod 0500.
"""

import json
import os
import shutil
import signal
import sqlite3
import stat
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.unprivileged import Runner

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX folders and signals")
HELD = "held-records.json"


@pytest.fixture
def runner() -> Iterator[Runner]:
    made = Runner()
    yield made
    made.cleanup()


def status(runner: Runner) -> dict[str, Any]:
    result = runner.run("status", "--json")
    if "still starting" in result.stderr:
        return {"running": False}
    assert result.returncode == 0, result.stderr
    found: dict[str, Any] = json.loads(result.stdout)
    return found


def wait_running(runner: Runner, app: subprocess.Popen[str], log: Path) -> dict[str, Any]:
    deadline = time.monotonic() + 30
    while True:
        found = status(runner)
        if found["running"]:
            return found
        assert app.poll() is None, log.read_text()
        assert time.monotonic() < deadline, "the app did not start answering"
        time.sleep(0.1)


def terminate(app: subprocess.Popen[str], log: Path) -> None:
    app.send_signal(signal.SIGTERM)
    code = app.wait(timeout=30)
    assert code == 0, (code, log.read_text())  # quit through Qt, not killed by the signal


def drinks(database: Path) -> list[int]:
    conn = sqlite3.connect(database)
    try:
        return [ml for (ml,) in conn.execute("SELECT ml FROM drinks ORDER BY id")]
    finally:
        conn.close()


def test_read_only_data_folder_commands_app_and_sigterm(runner: Runner, tmp_path: Path) -> None:
    first = runner.run("drink", "300")
    assert first.returncode == 0, first.stderr
    data = runner.data_dir
    runner.take_away(data)
    before = data.stat()

    # The commands work: status reads the records, and exports go to a writable place.
    found = status(runner)
    assert found["running"] is False
    assert found["water_today_ml"] == 300
    out = runner.out_dir / "backup.json"
    exported = runner.run("export", "json", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert [row["ml"] for row in json.loads(out.read_text())["tables"]["drinks"]] == [300]
    report = runner.run("export", "pdf", "--out", str(runner.out_dir / "report.pdf"))
    assert report.returncode == 0, report.stderr

    # The app starts, answers on its command channel, and holds what is logged.
    log = tmp_path / "app.log"
    app = runner.start(log)
    try:
        wait_running(runner, app, log)
        logged = runner.run("drink", "100")
        assert logged.returncode == 0, logged.stderr
        now = status(runner)
        assert now["running"] is True
        assert now["water_today_ml"] == 400  # the held drink counts
        sockets = list(runner.runtime_dir.glob("*.sock"))
        assert len(sockets) == 1  # not in the data folder
    finally:
        terminate(app, log)
    assert not list(runner.runtime_dir.glob("*.sock"))  # the socket file is removed
    after = data.stat()
    assert (stat.S_IMODE(after.st_mode), after.st_uid) == (
        stat.S_IMODE(before.st_mode),
        before.st_uid,
    )
    assert sorted(p.name for p in data.iterdir()) == ["logs", "records.sqlite3"]
    kept = runner.config_dir / HELD  # the next writable place
    assert kept.exists(), log.read_text()
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    copy = tmp_path / "copy.json"
    copy.write_bytes(kept.read_bytes())

    # Writable again: the next start adds the held records, once, and removes the file.
    runner.give_back(data)
    for attempt in range(2):
        app = runner.start(log)
        try:
            assert wait_running(runner, app, log)["water_today_ml"] == 400
        finally:
            terminate(app, log)
        assert not kept.exists()
        assert drinks(data / "records.sqlite3") == [300, 100]
        if attempt == 0:  # the same file again (it could not be removed, say): adds nothing
            kept.write_bytes(copy.read_bytes())
            runner.give(kept)


LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_locked_database_at_sigterm_keeps_the_drink_for_the_next_start(tmp_path: Path) -> None:
    runner = Runner()
    try:
        log = tmp_path / "app.log"
        app = runner.start(log)
        database = runner.data_dir / "records.sqlite3"
        try:
            wait_running(runner, app, log)
            locker = subprocess.Popen(
                [sys.executable, "-c", LOCKER, str(database)],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                text=True,
            )
            try:
                assert locker.stdout is not None
                assert locker.stdout.readline().strip() == "locked"
                runner.run("drink", "250")  # held by the app (the answer may come late)
                terminate(app, log)
            finally:
                locker.communicate("\n", timeout=10)
        finally:
            if app.poll() is None:
                app.kill()
        kept = runner.data_dir / HELD
        assert kept.exists(), log.read_text()
        assert 250 not in drinks(database)
        assert not list(runner.data_dir.glob("*.sock"))
        for _attempt in range(2):
            app = runner.start(log)
            try:
                assert wait_running(runner, app, log)["water_today_ml"] >= 250
            finally:
                terminate(app, log)
            assert not kept.exists()
            assert drinks(database).count(250) == 1
    finally:
        runner.cleanup()


def read_only_mount(folder: str, *command: str) -> list[str]:
    """``command`` in a mount namespace of its own where ``folder`` is a read-only bind mount."""
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return [
        "unshare",
        "--mount",
        "--propagation",
        "private",
        "sh",
        "-c",
        script,
        "sh",
        folder,
        *command,
    ]


def mounts_allowed(tmp_path: Path) -> bool:
    if shutil.which("unshare") is None:
        return False
    probe = subprocess.run(
        read_only_mount(str(tmp_path), "true"), capture_output=True, check=False, timeout=30
    )
    return probe.returncode == 0


def test_data_folder_on_a_read_only_mount(tmp_path: Path) -> None:
    """A real read-only file system, where the machine lets a test mount one (root in CI)."""
    if not mounts_allowed(tmp_path):
        pytest.skip("no mount namespaces here: the unprivileged test above covers the folder")
    home = tmp_path / "home"
    env = dict(os.environ, SPASM_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    env["XDG_RUNTIME_DIR"] = str(tmp_path / "run")
    (tmp_path / "run").mkdir(mode=0o700)
    app_cmd = [sys.executable, "-m", "spasm_desktop"]
    first = subprocess.run([*app_cmd, "drink", "300"], env=env, capture_output=True, check=False)
    assert first.returncode == 0, first.stderr
    data = str(home / "data")

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            read_only_mount(data, *app_cmd, *args),
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )

    found = run("status", "--json")
    assert found.returncode == 0, found.stderr
    assert json.loads(found.stdout)["water_today_ml"] == 300
    out = tmp_path / "out.json"
    exported = run("export", "json", "--out", str(out))
    assert exported.returncode == 0, exported.stderr
    assert [r["ml"] for r in json.loads(out.read_text())["tables"]["drinks"]] == [300]
    log = tmp_path / "app.log"
    with log.open("w") as sink:
        app = subprocess.Popen(
            read_only_mount(data, *app_cmd), env=env, stdout=sink, stderr=sink, text=True
        )
    try:
        deadline = time.monotonic() + 30
        while True:
            answer = run("status", "--json")
            if answer.returncode == 0 and json.loads(answer.stdout)["running"]:
                break
            assert app.poll() is None, log.read_text()
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.1)
        assert run("drink", "100").returncode == 0
        assert json.loads(run("status", "--json").stdout)["water_today_ml"] == 400
    finally:
        terminate(app, log)
    kept = home / "config" / HELD  # the data folder was read-only: the next writable place
    assert kept.exists(), log.read_text()
    assert sorted(p.name for p in (home / "data").iterdir()) == ["logs", "records.sqlite3"]
    before = subprocess.run([*app_cmd, "status", "--json"], env=env, capture_output=True)
    assert json.loads(before.stdout)["water_today_ml"] == 300  # a command adds nothing
    with log.open("w") as sink:
        app = subprocess.Popen(app_cmd, env=env, stdout=sink, stderr=sink, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:  # the app's next start adds the held drink
            again = subprocess.run([*app_cmd, "status", "--json"], env=env, capture_output=True)
            if again.returncode == 0 and json.loads(again.stdout)["running"]:
                break
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.1)
        assert json.loads(again.stdout)["water_today_ml"] == 400
    finally:
        terminate(app, log)
    assert not kept.exists()
