"""The app finds a damaged record at start-up: salvaged, and said once, plainly."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop import application
from spasm_desktop.storage import paths as paths_mod
from spasm_desktop.storage.records import RecordStore, StoreProblem
from spasm_desktop.ui.reminders import salvaged
from tests import damage
from tests.fakes import FakeClock


def finish(app: application.Application) -> None:
    app.stop()
    box = getattr(app.view, "salvage_box", None)
    if box is not None and shiboken6.isValid(box):
        box.close()
    today = app.windows.today.window
    if today is not None:
        today.close()
        today.deleteLater()
    app.store.close()


@pytest.fixture
def start_app(qapp: QApplication) -> Iterator[Callable[[paths_mod.Paths], application.Application]]:
    made: list[application.Application] = []

    def start(paths: paths_mod.Paths) -> application.Application:
        app = application.Application(
            qapp, paths, None, None, show_welcome=False, clock=FakeClock(damage.T0)
        )
        app.start()
        made.append(app)
        return app

    yield start
    for app in made:
        if app not in finished:
            finish(app)
    finished.clear()


finished: list[object] = []


def test_a_damaged_record_is_salvaged_and_said_once(
    start_app: Callable[[paths_mod.Paths], application.Application], tmp_path: Path, qtbot: QtBot
) -> None:
    paths = paths_mod.Paths(tmp_path / "config", tmp_path / "data")
    paths.ensure()
    damage.make_records(paths.database)
    leaves = damage.pages(paths.database, "cramp_episodes")
    middle = leaves[len(leaves) // 2]
    lost = len(damage.leaf_rowids(paths.database, middle))
    damage.overwrite_page(paths.database, middle)
    damaged = paths.database.read_bytes()

    app = start_app(paths)
    result = app.store.salvaged
    assert result is not None
    assert app.store.problem is StoreProblem.NONE
    assert result.kept.read_bytes() == damaged
    box = app.view.salvage_box
    assert isinstance(box, QtWidgets.QMessageBox)
    assert box.isVisible()
    words = box.text()
    assert f"{damage.DRINKS} drinks" in words
    assert f"{damage.CRAMPS - lost} cramps" in words
    assert "1 medicine," not in words
    assert "1 medicine." in words
    assert "Some entries could not be read: cramps." in words
    assert str(result.kept) in words
    assert "Restore" in words
    assert box.windowTitle()
    finish(app)
    finished.append(app)

    again = start_app(paths)  # the next start: a sound record, nothing to say
    assert again.store.salvaged is None
    assert getattr(again.view, "salvage_box", None) is None


def test_a_complete_salvage_says_nothing_was_lost(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    damage.make_records(db)
    damage.overwrite_header(db)
    store = RecordStore(db, lambda: damage.T0, salvage=True)
    assert store.salvaged is not None
    words = salvaged.message(store.salvaged)
    store.close()
    assert "nothing was lost" in words
    assert "Some entries could not be read" not in words
    assert f"{damage.CRAMPS} cramps" in words
