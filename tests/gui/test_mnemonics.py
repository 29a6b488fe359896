"""No two mnemonics (Alt+letter) clash in one window, and Tab can leave every table and list
(issue 16). Each window is opened as the app opens it, in each of its states.

Settings (every tab, with its Advanced folds open) and every page of the welcome are checked too:
before their redesign, Settings' Reminders tab had the Alt+W clash of the issue ("&Water" and "Run
the &welcome again…").
"""

from __future__ import annotations

import datetime as dt

from PySide6 import QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.core.units import VolumeUnit
from spasm_desktop.ui.record.medicine_dialog import MedicineDialog
from spasm_desktop.ui.reminders.today import DrinkAmountDialog
from spasm_desktop.ui.routines.routine_editor import RoutineEditorDialog
from spasm_desktop.ui.setup.settings_dialog import SettingsDialog
from spasm_desktop.ui.setup.welcome import WelcomeWizard
from tests.gui.conftest import MakeApp
from tests.gui.needed import need
from tests.mnemonics import clashes, mnemonic


def check(window: QtWidgets.QWidget, qtbot: QtBot, state: str = "") -> None:
    qtbot.waitUntil(window.isVisible)
    assert clashes(window) == {}, f"{type(window).__name__} {state}"
    for view in window.findChildren(QtWidgets.QAbstractItemView):
        assert not view.tabKeyNavigation(), f"Tab is caught in {view.accessibleName()!r}"


def test_the_mnemonic_finder_sees_a_clash(qtbot: QtBot) -> None:
    assert (mnemonic("&Water"), mnemonic("Salt && &pepper"), mnemonic("A && B")) == ("w", "p", None)
    window = QtWidgets.QWidget()
    layout = QtWidgets.QVBoxLayout(window)
    tabs = QtWidgets.QTabWidget()
    page = QtWidgets.QWidget()
    QtWidgets.QVBoxLayout(page).addWidget(QtWidgets.QCheckBox("&Water"))
    tabs.addTab(page, "&Reminders")
    tabs.addTab(QtWidgets.QWidget(), "&Sounds")
    layout.addWidget(tabs)
    layout.addWidget(QtWidgets.QPushButton("Run the &welcome again"))
    found = clashes(window)
    assert "tab '&Reminders': Alt+w" in found
    assert not any("Sounds" in key for key in found)
    assert found["tab '&Reminders': Alt+w"] == [
        "QCheckBox '&Water'",
        "QPushButton 'Run the &welcome again'",
    ]
    qtbot.addWidget(window)


def test_no_mnemonics_clash_in_the_app_windows(make_app: MakeApp, qtbot: QtBot) -> None:
    app, _icon, _notifier = make_app()
    app.show_today()
    check(need(app.windows.today.window), qtbot)
    app.relief.show_panel()
    panel = need(app.windows.relief.window)
    check(panel, qtbot, "picking an area")
    panel.choose("calf")
    check(panel, qtbot, "picking a side")
    panel.choose_side("right")
    check(panel, qtbot, "the card")
    panel.card.stretch_button.click()
    check(need(app.windows.player.window), qtbot, "beside the card")
    need(app.windows.player.window).close()
    panel.over()
    check(panel, qtbot, "over")
    panel.close()
    app.routines.show("bedtime-core", intro=True)
    player = need(app.windows.player.window)
    check(player, qtbot, "first screen")
    player.start()
    check(player, qtbot, "running")
    player.close()
    app.record.show_diary()
    check(need(app.windows.diary.window), qtbot)
    app.record.show_history()
    check(need(app.windows.history.window), qtbot)
    app.record.show_profile()
    check(need(app.windows.profile.window), qtbot)
    app.record.show_data()
    check(need(app.windows.data.window), qtbot)
    app.relief.show_learn()
    check(need(app.windows.learn.window), qtbot)
    app.reminders.present([ReminderKind.WATER, ReminderKind.STRETCH])
    check(need(app.reminders.popup), qtbot, "two reminders")
    app.reminders.close()
    for window in (app.windows.diary, app.windows.history, app.windows.profile):
        window.close()
    app.windows.data.close()
    app.windows.learn.close()


def test_no_mnemonics_clash_in_the_dialogs(make_app: MakeApp, qtbot: QtBot) -> None:
    app, _icon, _notifier = make_app()
    dialogs: list[QtWidgets.QWidget] = [
        DrinkAmountDialog(VolumeUnit.ML, 250, None),
        MedicineDialog(None, dt.date(2026, 12, 3)),
        MedicineDialog(None, dt.date(2026, 12, 3), stopping=True),
        RoutineEditorDialog(app.routines.library, app.paths.routines_dir),
        RoutineEditorDialog(app.routines.library, app.paths.routines_dir, "bedtime-core"),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        check(dialog, qtbot)
        dialog.close()


def test_no_mnemonics_clash_in_settings_on_any_tab(qtbot: QtBot) -> None:
    dialog = SettingsDialog(
        Settings(),
        activity="Detecting activity with: X11",
        routines=(("bedtime-core", "Bedtime", "bedtime"),),
        cues="Sound: paplay",
        welcome=lambda: None,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    for fold in dialog.findChildren(QtWidgets.QToolButton):
        if fold.isCheckable() and not fold.isChecked():
            fold.click()  # the Advanced folds: what they hold counts too
    tabs = dialog.findChild(QtWidgets.QTabWidget)
    assert tabs is not None
    assert tabs.count() >= 4
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        check(dialog, qtbot, f"tab {tabs.tabText(index)!r}")


def test_no_mnemonics_clash_on_any_page_of_the_welcome(qtbot: QtBot) -> None:
    wizard = WelcomeWizard(Settings(), lambda: None)
    qtbot.addWidget(wizard)
    wizard.show()
    seen: set[int] = set()
    while wizard.currentId() not in seen:
        seen.add(wizard.currentId())
        check(wizard, qtbot, f"page {wizard.currentId()}")
        wizard.next()
    assert len(seen) >= 4
