"""Saves and Settings problems are said to a screen reader (politely) through
``ui/common/announce``: the diary's saved entry, Settings saved, the relief panel's "Saved", and
what is wrong in Settings. The helper is spied on where each module calls it.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path
from types import ModuleType

import pytest
from PySide6 import QtCore, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import relief, settings_store
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.record import diary
from spasm_desktop.ui.record.episode_dialog import EpisodeDialog
from spasm_desktop.ui.relief import relief_panel
from spasm_desktop.ui.setup import settings_dialog, setup_windows
from tests.fakes import local
from tests.gui.conftest import MakeApp
from tests.gui.needed import need

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
CONTENT, _PROBLEMS = relief.load_relief()


def spy(
    monkeypatch: pytest.MonkeyPatch, module: ModuleType
) -> list[tuple[QtCore.QObject, str, bool]]:
    said: list[tuple[QtCore.QObject, str, bool]] = []
    monkeypatch.setattr(
        module,
        "announce",
        lambda source, message, urgent=False: said.append((source, message, urgent)),
    )
    return said


def test_a_diary_entry_saved_is_announced(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    now = lambda: dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)  # noqa: E731
    store = RecordStore(tmp_path / "records.sqlite3", now)
    try:
        window = diary.DiaryWindow(store, BERLIN, now, CONTENT)
        qtbot.addWidget(window)
        said = spy(monkeypatch, diary)
        new = Episode(local(2026, 11, 25, 7, 0), 60, "foot", source="diary")
        monkeypatch.setattr(EpisodeDialog, "ask", staticmethod(lambda *args, **kwargs: new))
        window.add_button.click()
        assert [(m, u) for _s, m, u in said] == [
            (f"Cramp saved: Foot and toes, {diary.day_text(new.started, BERLIN)}.", False)
        ]
    finally:
        store.close()


def test_the_relief_panel_announces_what_it_saved(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel = relief_panel.ReliefPanel(CONTENT, monotonic=lambda: 100.0)
    panel.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(panel)
    panel.choose("calf")
    panel.choose_side("left")
    said = spy(monkeypatch, relief_panel)
    panel.over()
    assert said == [(panel.saved_label, panel.saved_label.text(), False)]
    assert panel.saved_label.text().startswith("Saved: ")


def test_settings_problems_are_announced_once_when_they_change(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    said = spy(monkeypatch, settings_dialog)
    dialog = settings_dialog.SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    glass = next(
        box
        for box in dialog.findChildren(QtWidgets.QAbstractSpinBox)
        if box.accessibleName() == "Glass size"
    )
    interval = dialog.findChild(QtWidgets.QSpinBox, "water_interval_min")
    assert isinstance(glass, QtWidgets.QDoubleSpinBox)
    assert interval is not None
    interval.setValue(15)
    glass.setValue(300)  # 1200 ml an hour
    problems = need(dialog.findChild(QtWidgets.QLabel, "problems"))
    assert problems.text()
    assert said == [(problems, problems.text(), False)]
    need(dialog.findChild(QtWidgets.QCheckBox, "start_at_login")).toggle()  # the same problem
    assert len(said) == 1


@pytest.mark.parametrize("writable", [True, False])
def test_settings_saved_is_announced_only_when_the_file_was_written(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, writable: bool
) -> None:
    app, _icon, _notifier = make_app()
    said = spy(monkeypatch, setup_windows)
    if not writable:
        monkeypatch.setattr(
            settings_store, "save", lambda *a: (_ for _ in ()).throw(OSError("full"))
        )
    shown: list[settings_dialog.SettingsDialog] = []

    def press_save(dialog: settings_dialog.SettingsDialog) -> int:
        shown.append(dialog)
        need(dialog.findChild(QtWidgets.QCheckBox, "start_at_login")).toggle()
        need(dialog.findChild(QtWidgets.QDialogButtonBox, "buttons")).button(
            QtWidgets.QDialogButtonBox.StandardButton.Save
        ).click()
        return dialog.result()

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", press_save)
    monkeypatch.setattr(setup_windows.SetupWindows, "_apply_autostart", lambda self, wanted: None)
    app.setup.show_settings()
    assert app.service.settings.start_at_login
    assert said == ([(shown[0], "Settings saved.", False)] if writable else [])
