"""Killing a real process in the middle of an import leaves no half-written records."""

import datetime as dt
import json
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from spasm_desktop.storage.records import RecordStore

ROWS = 200_000

CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    from spasm_desktop.storage import backup

    loaded, problems = backup.read_backup(Path(sys.argv[1]))
    assert loaded is not None, problems

    def begun():
        print("begun", flush=True)

    backup.restore(Path(sys.argv[2]), loaded, on_begin=begun)
    print("committed", flush=True)
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_kill_during_import(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    t0 = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    store = RecordStore(db, lambda: t0)
    store.add_drink(t0, 250, "tray")
    store.add_drink(t0 + dt.timedelta(hours=1), 300, "tray")
    store.close()
    drinks = [
        {
            "at": (t0 + dt.timedelta(seconds=10 * i)).isoformat(timespec="seconds"),
            "ml": 100 + i % 400,
            "source": "import",
        }
        for i in range(ROWS)
    ]
    path = tmp_path / "big.json"
    path.write_text(
        json.dumps(
            {
                "format": 1,
                "app": "spasm-desktop",
                "schema": 4,
                "exported": t0.isoformat(),
                "settings": None,
                "tables": {"drinks": drinks},
            }
        )
    )
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(db)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        line = child.stdout.readline()  # blocks until the transaction has begun
        assert line == "begun\n", child.stderr.read() if child.stderr else ""
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
        rest = child.stdout.read()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()
    assert child.returncode == -signal.SIGKILL
    assert "committed" not in rest

    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        count = conn.execute("SELECT count(*) FROM drinks").fetchone()[0]
        imported = conn.execute("SELECT count(*) FROM drinks WHERE source = 'import'").fetchone()
    finally:
        conn.close()
    assert count in (2, 2 + ROWS)  # all or nothing
    assert count == 2
    assert imported == (0,)

    # The database is still usable, and the import then goes through completely.
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == "begun\ncommitted\n"
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*) FROM drinks").fetchone()[0] == 2 + ROWS
    finally:
        conn.close()
    assert time.monotonic() - started < 30
