"""Every window and dialog is titled the same way: "Spasm Desktop — Settings" (one text with a
placeholder, ``text.window_title``). The windows are opened the way the app opens them (through
the wired app's parts and window slots); the dialogs are built as their callers build them.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core import units
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import relief as relief_store
from spasm_desktop.storage import routines as routine_store
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record.episode_dialog import EpisodeDialog
from spasm_desktop.ui.record.medicine_dialog import MedicineDialog
from spasm_desktop.ui.reminders.popup import ReminderPopup
from spasm_desktop.ui.reminders.today import DrinkAmountDialog
from spasm_desktop.ui.routines.routine_editor import RoutineEditorDialog
from spasm_desktop.ui.setup import settings_dialog
from tests.fakes import BERLIN, FakeClock, local
from tests.gui.conftest import MakeApp
from tests.gui.needed import need

#: "Spasm Desktop", an em dash with a space each side, and the window's own name.
TITLE = re.compile(r"^Spasm Desktop — \S.*$")


def test_the_helper_puts_the_app_first_with_an_em_dash() -> None:
    assert text.window_title("Settings") == "Spasm Desktop — Settings"


def test_every_window_the_app_opens_has_the_app_and_an_em_dash(
    make_app: MakeApp, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    app, _icon, _notifier = make_app(clock=FakeClock(local(2026, 3, 2, 10, 0)))
    app.view.show_today()
    app.relief.show_panel()
    app.relief.show_learn()
    app.record.show_diary()
    app.record.show_history()
    app.record.show_profile()
    app.record.show_data()
    app.setup.show_welcome()
    assert app.routines.show("desk-break", intro=False)
    slots = app.windows
    titles = {
        name: getattr(slots, name).window.windowTitle()
        for name in ("today", "relief", "learn", "diary", "history", "profile", "data", "welcome")
    }
    titles["player"] = need(slots.player.window).windowTitle()
    app.checkin.open(dt.date(2026, 3, 1))
    titles["check-in"] = need(slots.checkin.window).windowTitle()
    app.reminders.present([ReminderKind.WATER])
    titles["pop-up"] = need(app.reminders.popup).windowTitle()
    app.reminders.show_sample()
    titles["sample"] = need(app.reminders.sample).windowTitle()
    seen: list[str] = []

    def record_title(dialog: QtWidgets.QDialog) -> int:
        seen.append(dialog.windowTitle())
        return QtWidgets.QDialog.DialogCode.Rejected

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", record_title)
    app.setup.show_settings()
    titles["settings"] = seen[0]
    assert titles["settings"] == "Spasm Desktop — Settings"
    assert titles["today"] == "Spasm Desktop — Today"
    assert titles["diary"] == "Spasm Desktop — Cramp diary"
    assert titles["check-in"] == "Spasm Desktop — How was last night?"
    wrong = {name: title for name, title in titles.items() if not TITLE.match(title)}
    assert wrong == {}
    for window in (
        slots.relief,
        slots.learn,
        slots.diary,
        slots.history,
        slots.player,
        slots.checkin,
    ):
        window.close()


def test_every_dialog_has_the_app_and_an_em_dash(qtbot: QtBot, tmp_path: Path) -> None:
    relief, _problems = relief_store.load_relief()
    now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    library = routine_store.load_library(tmp_path)
    built: list[QtWidgets.QWidget] = [
        EpisodeDialog(None, BERLIN, lambda: now, relief),
        MedicineDialog(None, now.date()),
        DrinkAmountDialog(units.VolumeUnit.ML, 250, None),
        RoutineEditorDialog(library, tmp_path),
        RoutineEditorDialog(library, tmp_path, "desk-break"),
        ReminderPopup([ReminderKind.STRETCH], Settings(), 0),
    ]
    for widget in built:
        qtbot.addWidget(widget)
    wrong = [w.windowTitle() for w in built if not TITLE.match(w.windowTitle())]
    assert wrong == []


@pytest.mark.parametrize(
    "old", ["Today – Spasm Desktop", "Spasm Settings", "Spasm Desktop reminder", "Add a cramp"]
)
def test_the_old_titles_do_not_pass(old: str) -> None:
    assert not TITLE.match(old)
