"""Quitting the wired app with records held in memory, and a data folder that goes away."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication

from spasm_desktop import application
from spasm_desktop.storage import paths as paths_mod
from spasm_desktop.storage import records
from spasm_desktop.ui.reminders import held_notice
from tests.gui.conftest import FakeNotifier, MakeApp, RecordingTray
from tests.gui.needed import need

LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite's wait for a lock, cut from 2 s to 50 ms (each try on a locked file waits)."""
    connect = sqlite3.connect

    def quick(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs["timeout"] = 0.05
        conn: sqlite3.Connection = connect(*args, **kwargs)
        return conn

    monkeypatch.setattr(sqlite3, "connect", quick)


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, object]]:
    """What the person was told on quitting (the message box, recorded instead)."""
    said: list[tuple[int, object]] = []
    monkeypatch.setattr(held_notice, "tell_kept", lambda n, kept, error: said.append((n, kept)))
    return said


def drinks(database: Path) -> list[int]:
    """The millilitres of the drinks in ``database``, in the order they were added."""
    conn = sqlite3.connect(database)
    try:
        return [ml for (ml,) in conn.execute("SELECT ml FROM drinks ORDER BY id")]
    finally:
        conn.close()


def test_quit_with_a_locked_database_keeps_the_records_for_the_next_start(
    make_app: MakeApp,
    told: list[tuple[int, object]],
    tmp_path: Path,
    quick_busy_timeout: None,
) -> None:
    app, _icon, _notifier = make_app()
    database = app.paths.database
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert need(locker.stdout).readline().strip() == "locked"
        app.service.log_drink(300)
        assert app.store.pending_count >= 1
        app.held.retry_s = 0  # one try: the test does not wait
        app.finish(tell=True)
    finally:
        locker.communicate("\n", timeout=10)
    kept = app.paths.held_records_file
    assert told == [(told[0][0], kept)]
    assert told[0][0] >= 1
    assert kept.exists()
    assert 300 not in drinks(database)
    _title, body = held_notice.held_message(told[0][0], kept)
    assert str(kept) in body
    assert "next time Spasm Desktop starts" in body
    again, _icon, _notifier = make_app()
    assert drinks(database) == [300]
    assert again.service.water_today() == 300
    assert not kept.exists()


def test_a_data_folder_removed_while_running_is_said_once_and_nothing_is_lost(
    make_app: MakeApp,
    told: list[tuple[int, object]],
    tmp_path: Path,
) -> None:
    app, icon, _notifier = make_app()
    app.daily_backup()  # today's is made (a later one would make the folder again)
    assert app.backups.wait(10)
    shutil.rmtree(app.paths.data_dir)
    app.service.log_drink(250)
    assert app.store.problem is records.StoreProblem.UNAVAILABLE
    assert app.service.water_today() == 250  # held, and counted
    icon.messages.clear()
    app.on_tick()
    app.on_tick()
    said = [body for title, body in icon.messages if title == "Records problem"]
    assert len(said) == 1
    assert str(app.paths.data_dir) in said[0]
    assert "kept in memory" in said[0]
    app.held.retry_s = 0
    app.finish(tell=True)
    kept = told[0][1]
    assert kept in app.paths.held_records_places
    assert kept.exists()
    paths_mod.Paths(app.paths.config_dir, app.paths.data_dir).ensure()
    again, _icon, _notifier = make_app()
    assert again.service.water_today() == 250
    assert drinks(again.paths.database) == [250]


def test_a_data_folder_that_cannot_be_made_is_said_at_start(
    qapp: QApplication, tmp_path: Path, told: list[tuple[int, object]]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    paths = paths_mod.Paths(tmp_path / "config", blocker / "data")
    assert len(paths.ensure()) == 2  # the data folder and its logs: said, not raised
    icon = RecordingTray()
    app = application.Application(
        qapp, paths, icon, lambda parent: FakeNotifier(parent), show_welcome=False
    )
    app.start()
    try:
        said = [body for title, body in icon.messages if title == "Records problem"]
        assert len(said) == 1
        assert str(paths.data_dir) in said[0]
        assert "reminders keep running" in said[0]
        assert "writable again" in said[0]
        app.service.log_drink(200)
        assert app.service.water_today() == 200
        app.held.retry_s = 0
        app.finish(tell=True)
        assert told == [(told[0][0], tmp_path / "config" / paths_mod.HELD_RECORDS_NAME)]
    finally:
        app.stop()
        app.store.close()


def test_at_logout_held_records_are_kept_without_asking(
    make_app: MakeApp,
    told: list[tuple[int, object]],
    quick_busy_timeout: None,
) -> None:
    app, _icon, _notifier = make_app()
    database = app.paths.database
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert need(locker.stdout).readline().strip() == "locked"
        app.service.log_drink(300)
        app.held.retry_s = 0
        app.held.keep_for_logout()  # what the session manager's commitDataRequest calls
        assert app.paths.held_records_file.exists()
        assert app.store.pending_count == 0
        app.service.log_drink(200)  # the logout was cancelled: the app goes on
        app.on_tick()
        assert app.paths.held_records_file.exists()  # not removed: only the next start adds it
        app.finish(tell=False)
    finally:
        locker.communicate("\n", timeout=10)
    assert told == []  # nothing asked or shown
    again, _icon, _notifier = make_app()
    assert sorted(drinks(database)) == [200, 300]
    assert not again.paths.held_records_file.exists()


def test_the_application_quitting_keeps_held_records_quietly_while_it_is_watched(
    make_app: MakeApp,
    told: list[tuple[int, object]],
    qapp: QApplication,
    quick_busy_timeout: None,
) -> None:
    app, _icon, _notifier = make_app()
    database = app.paths.database
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert need(locker.stdout).readline().strip() == "locked"
        app.service.log_drink(300)
        app.held.retry_s = 0
        watching = qapp.receivers(QtCore.SIGNAL("aboutToQuit()"))
        qapp.aboutToQuit.emit()  # what SIGTERM and logout lead to (platform/signals.py)
        assert qapp.receivers(QtCore.SIGNAL("aboutToQuit()")) == watching - 1
        assert app.paths.held_records_file.exists()
        assert app.store.pending_count == 0
        app.paths.held_records_file.unlink()
        qapp.aboutToQuit.emit()  # finished: no longer watched, nothing kept twice
        assert not app.paths.held_records_file.exists()
    finally:
        locker.communicate("\n", timeout=10)
    assert told == []  # nothing asked or shown
