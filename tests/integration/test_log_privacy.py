"""The log file is private and quiet (issue 14): 0600 whatever the umask, rotated files too;
record ids in it, not what the person wrote; a full disk prints no "--- Logging error ---".

Real processes of the CLI, a real locked database, a real full tmpfs where the machine allows it.
"""

import datetime as dt
import errno
import logging
import os
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path
from typing import NoReturn

import pytest

from spasm_desktop import logfile
from spasm_desktop.core.episode import Episode
from spasm_desktop.storage.records import RecordStore
from tests.fullfs import full_disk
from tests.unit import test_storage

quick_busy_timeout = test_storage.quick_busy_timeout  # fixture
NOW = dt.datetime(2026, 11, 24, 22, 0, tzinfo=dt.UTC)


def run(home: Path, *args: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SPASM_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "spasm_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=None if umask is None else (lambda: os.umask(umask)),
    )


def broken_routine(home: Path) -> None:
    """A broken routine file: ``routine list`` logs a warning about it."""
    folder = home / "config" / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "broken.json").write_text("{ not json")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_the_log_file_is_private_even_under_umask_000(tmp_path: Path) -> None:
    home = tmp_path / "home"
    broken_routine(home)
    result = run(home, "routine", "list", umask=0)
    assert result.returncode == 0, result.stderr
    log = home / "data" / "logs" / "spasm-desktop.log"
    assert "routine file problem" in log.read_text()
    assert mode(log) == 0o600
    log.chmod(0o644)  # as an older version left it
    assert run(home, "routine", "list", umask=0).returncode == 0
    assert mode(log) == 0o600


def test_rotated_log_files_are_private_too(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    old = tmp_path / "app.log.2"
    old.write_text("from an older version\n")
    old.chmod(0o644)
    before = os.umask(0)
    try:
        handler = logfile.rotating_handler(path, max_bytes=200, backups=3)
        record = logging.LogRecord("t", logging.INFO, __file__, 1, "x" * 100, None, None)
        for _ in range(6):
            handler.emit(record)
        handler.close()
    finally:
        os.umask(before)
    files = sorted(tmp_path.glob("app.log*"))
    assert len(files) == 4
    assert {f.name: mode(f) for f in files} == dict.fromkeys((f.name for f in files), 0o600)


def test_a_record_lost_at_quit_is_logged_by_id_not_by_what_was_written(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, quick_busy_timeout: None
) -> None:
    path = tmp_path / "records.sqlite3"
    store = RecordStore(path, lambda: NOW)
    locker = sqlite3.connect(path, isolation_level=None)
    locker.execute("BEGIN EXCLUSIVE")
    try:
        store.save_episode(
            Episode(started=NOW, area="calf", notes="private: after my chemo", source="panel")
        )
        store.add_drink(NOW, 250, "tray")
        assert store.pending_count == 2
        with caplog.at_level(logging.ERROR, logger="spasm_desktop"):
            store.close()
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    lost = [r.getMessage() for r in caplog.records if "before quitting" in r.getMessage()]
    assert len(lost) == 2
    assert lost[0].startswith("could not save before quitting, lost: Episode ")
    assert "chemo" not in caplog.text
    assert "calf" not in caplog.text


def test_a_full_disk_prints_no_logging_tracebacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    with full_disk(tmp_path, lambda folder: broken_routine(folder / "home")) as full:
        if full is not None:
            home = full / "home"
            result = run(home, "routine", "list")
            assert result.returncode == 0, result.stderr
            err = result.stderr
        else:
            # No tmpfs here (not root): the disk fills at the write call instead.
            handler = logfile.PrivateFileHandler(tmp_path / "app.log", encoding="utf-8")

            def no_space(*_args: object) -> NoReturn:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(handler, "flush", no_space)
            record = logging.LogRecord("t", logging.WARNING, __file__, 1, "msg", None, None)
            for _ in range(3):
                handler.emit(record)
            err = capsys.readouterr().err
    assert "--- Logging error ---" not in err
    assert "Traceback" not in err
    told = [line for line in err.splitlines() if "cannot write the log file" in line]
    assert len(told) == 1
    assert "No space left on device" in told[0]


@pytest.mark.parametrize("level", [logging.WARNING])
def test_a_handler_that_works_says_nothing_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], level: int
) -> None:
    handler = logfile.PrivateFileHandler(tmp_path / "app.log", encoding="utf-8")
    handler.emit(logging.LogRecord("t", level, __file__, 1, "fine", None, None))
    handler.close()
    assert capsys.readouterr().err == ""
    assert (tmp_path / "app.log").read_text() == "fine\n"
