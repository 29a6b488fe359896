"""Restore into a fresh installation offers the backup's settings (issue 17; offscreen Qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Protocol

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from spasm_desktop.core import settings as core_settings
from spasm_desktop.core.episode import Episode
from spasm_desktop.storage import backup, data_files, settings_store
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.record.your_data import YourDataWindow
from tests.fakes import BERLIN, local
from tests.gui.conftest import MakeApp

TODAY = dt.date(2026, 11, 24)
NOW = local(2026, 11, 24, 12, 0)
DEFAULTS = core_settings.Settings()
MINE = dataclasses.replace(DEFAULTS, water=dataclasses.replace(DEFAULTS.water, glass_ml=330))


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale("en_US"))
    yield
    QtCore.QLocale.setDefault(before)


def make_backup(tmp: Path, settings: core_settings.Settings, *, with_records: bool = True) -> Path:
    """A backup from another computer: one cramp (if asked) and ``settings``."""
    db = tmp / "old" / "records.sqlite3"
    db.parent.mkdir(parents=True, exist_ok=True)
    store = RecordStore(db, lambda: NOW)
    if with_records:
        store.save_episode(Episode(started=local(2026, 11, 21, 3, 0), area="calf", uid="x1"))
    store.close()
    old_settings = tmp / "old" / "settings.json"
    settings_store.save(old_settings, settings)
    out = tmp / "backup.json"
    backup.export_json(db, old_settings, out, None, None)
    return out


class Home:
    """This computer's files, and the settings the window handed over to be applied."""

    def __init__(self, root: Path) -> None:
        self.db = root / "data" / "records.sqlite3"
        self.settings = root / "config" / "settings.json"
        self.db.parent.mkdir(parents=True)
        self.applied: list[core_settings.Settings] = []
        self.restored: list[dict[str, int]] = []

    def apply(self, new: core_settings.Settings) -> None:
        """As the app's SetupWindows.apply: save, then use."""
        settings_store.save(self.settings, new)
        self.applied.append(new)


@pytest.fixture
def home(tmp_path: Path) -> Home:
    return Home(tmp_path / "home")


class MakeWindow(Protocol):
    """``make(offer=...)``: a Your data window on ``home``'s files (offering settings if asked)."""

    def __call__(self, *, offer: bool = True) -> YourDataWindow: ...


@pytest.fixture
def make(qtbot: QtBot, home: Home) -> MakeWindow:
    def build(*, offer: bool = True) -> YourDataWindow:
        window = YourDataWindow(
            data_files.DataFiles(home.db, home.settings, home.db.parent / "backups"),
            BERLIN,
            lambda: TODAY,
            None,
            home.restored.append,
            on_settings=home.apply if offer else None,
        )
        qtbot.addWidget(window)
        return window

    return build


def restore(
    window: YourDataWindow, monkeypatch: pytest.MonkeyPatch, answer: bool = True
) -> list[str]:
    questions: list[str] = []

    def confirm_restore(text: str) -> bool:
        questions.append(text)
        return answer

    monkeypatch.setattr(window.restore_tab, "confirm_restore", confirm_restore)
    window.restore_tab.restore_button.click()
    return questions


def test_a_fresh_installation_is_offered_the_settings_and_takes_them(
    make: MakeWindow, home: Home, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    tab = window.restore_tab
    assert tab.load_backup(make_backup(tmp_path, MINE))
    assert not tab.take_settings_box.isHidden()
    assert tab.take_settings_box.isChecked()
    assert tab.take_settings_box.accessibleName() == "Also take the backup's settings"
    assert "still has its first settings" in tab.restore_details.text()
    questions = restore(window, monkeypatch)
    assert questions == [
        "Add 1 cramp episode to your records? Records you already have stay as they are. "
        "Take the backup's settings?"
    ]
    assert home.applied == [MINE]
    assert settings_store.load(home.settings, NOW).settings == MINE
    assert home.restored
    assert home.restored[0]["cramp_episodes"] == 1
    message = tab.restore_message.text()
    assert "Added 1 cramp episode." in message
    assert "Took the backup's settings." in message
    # No longer a fresh installation: nothing more is offered.
    assert tab.take_settings_box.isHidden()
    assert not tab.restore_button.isEnabled()


def test_unticked_the_records_come_and_the_settings_stay(
    make: MakeWindow, home: Home, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    settings_store.save(home.settings, DEFAULTS)  # as the app writes them at its first start
    window = make()
    tab = window.restore_tab
    assert tab.load_backup(make_backup(tmp_path, MINE))
    assert not tab.take_settings_box.isHidden()
    tab.take_settings_box.setChecked(False)
    questions = restore(window, monkeypatch)
    assert "settings" not in questions[0]
    assert home.applied == []
    assert settings_store.load(home.settings, NOW).settings == DEFAULTS
    assert home.restored[0]["cramp_episodes"] == 1


def test_settings_alone_can_be_taken(
    make: MakeWindow, home: Home, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    tab = window.restore_tab
    assert tab.load_backup(make_backup(tmp_path, MINE, with_records=False))
    assert "would add nothing" in tab.restore_details.text()
    assert tab.restore_button.isEnabled()  # for the settings
    assert restore(window, monkeypatch) == ["Take the backup's settings?"]
    assert home.applied == [MINE]
    assert home.restored == []
    assert tab.restore_message.text() == "Took the backup's settings."


def test_settings_someone_chose_are_not_offered(
    make: MakeWindow, home: Home, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    theirs = dataclasses.replace(DEFAULTS, start_at_login=True)
    settings_store.save(home.settings, theirs)
    before = home.settings.read_bytes()
    window = make()
    tab = window.restore_tab
    assert tab.load_backup(make_backup(tmp_path, MINE))
    assert tab.take_settings_box.isHidden()
    assert "settings differ" in tab.restore_details.text()
    restore(window, monkeypatch)
    assert home.applied == []
    assert home.settings.read_bytes() == before


def test_no_offer_without_a_way_to_apply_them(make: MakeWindow, home: Home, tmp_path: Path) -> None:
    window = make(offer=False)
    tab = window.restore_tab
    assert tab.load_backup(make_backup(tmp_path, MINE, with_records=False))
    assert tab.take_settings_box.isHidden()
    assert not tab.restore_button.isEnabled()


def test_a_backup_with_the_default_settings_offers_nothing(
    make: MakeWindow, home: Home, tmp_path: Path
) -> None:
    window = make()
    tab = window.restore_tab
    assert tab.load_backup(make_backup(tmp_path, DEFAULTS))
    assert tab.take_settings_box.isHidden()
    assert json.loads((tmp_path / "backup.json").read_text())["settings"] is not None


def test_in_the_app_the_settings_taken_are_saved_and_applied(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Through the real Application: Your data's Restore hands the settings to the app."""
    app, _icon, _notifier = make_app()
    assert app.service.settings == DEFAULTS
    path = make_backup(tmp_path, MINE)
    app.record.show_data()
    window = app.windows.data.window
    assert window is not None
    assert window.restore_tab.load_backup(path)
    restore(window, monkeypatch)
    assert app.service.settings == MINE
    saved = settings_store.load(tmp_path / "config" / "settings.json", NOW).settings
    assert saved == MINE
    window.close()
