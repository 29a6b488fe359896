"""No developer words where a person reads Settings or the welcome; technical details (program
names) only under an Advanced fold, folded at first.
"""

from __future__ import annotations

import re

from PySide6 import QtCore, QtWidgets
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spasm_desktop.core.settings import Settings
from spasm_desktop.ui.common import text
from spasm_desktop.ui.setup.welcome import WelcomeWizard
from tests.gui.needed import need
from tests.gui.test_settings_dialog import ROUTINES, apps_edit, cues_label, make_dialog

#: Words for developers, not for a person setting up reminders (case does not matter).
DEVELOPER_WORDS = (
    "d-bus",
    "dbus",
    "x11",
    "wayland",
    "xscreensaver",
    "screen saver extension",
    "mutter",
    "sqlite",
    "utf-8",
    "json",
    "idle hint",
    "pid",
    "process",
    "paplay",
    "spd-say",
    ".exe",
    "backend",
)


def _seen_texts(window: QtWidgets.QWidget) -> list[tuple[str, str]]:
    """(object name, text) of every label, check box, radio button, button, group title, combo
    item and wizard page title in ``window``, but those inside a folded Advanced section.
    """
    found: list[tuple[str, str]] = []

    def add(widget: QtWidgets.QWidget, value: str) -> None:
        if value:
            found.append((widget.objectName() or type(widget).__name__, value))

    def folded(widget: QtWidgets.QWidget | None) -> bool:
        # Inside a folded Advanced section (not merely on another tab or wizard page, nor a
        # text hidden until needed: those count).
        while widget is not None and widget is not window:
            if widget.property("fold") and not widget.isVisibleTo(window.window()):
                parent = widget.parentWidget()
                if parent is not None and not widget.isVisibleTo(parent):
                    return True
            widget = widget.parentWidget()
        return False

    for widget in window.findChildren(QtWidgets.QWidget):
        if folded(widget):
            continue
        if isinstance(widget, QtWidgets.QLabel):
            add(widget, widget.text())
        elif isinstance(widget, QtWidgets.QAbstractButton):
            add(widget, widget.text())
            add(widget, widget.toolTip())
        elif isinstance(widget, QtWidgets.QGroupBox):
            add(widget, widget.title())
        elif isinstance(widget, QtWidgets.QComboBox):
            for index in range(widget.count()):
                add(widget, widget.itemText(index))
        elif isinstance(widget, QtWidgets.QWizardPage):
            add(widget, widget.title())
            add(widget, widget.subTitle())
    return found


def _developer_words(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    pattern = re.compile("|".join(rf"\b{re.escape(w)}" for w in DEVELOPER_WORDS), re.IGNORECASE)
    return [(name, value) for name, value in texts if pattern.search(value)]


def test_no_developer_words_in_settings(qtbot: QtBot) -> None:
    # The texts the app really passes in: how activity is read (on X11, the worst case) and
    # which programs play sound and speech.
    dialog = make_dialog(
        qtbot,
        activity=text.activity_source("x11"),
        routines=ROUTINES,
        cues="Sound: paplay. Speech: spd-say.",
    )
    texts = _seen_texts(dialog)
    assert len(texts) > 60, texts  # the walk really found the dialog's texts
    assert _developer_words(texts) == []


def test_no_developer_words_in_the_welcome(qtbot: QtBot) -> None:
    wizard = WelcomeWizard(Settings())
    qtbot.addWidget(wizard)
    texts = _seen_texts(wizard)
    assert len(texts) > 40, texts
    assert _developer_words(texts) == []


def test_activity_is_told_in_plain_words_whatever_the_source() -> None:
    for key in ("mutter", "freedesktop", "x11", "windows", "macos"):
        said = text.activity_source(key)
        assert "keyboard and mouse" in said
        assert _developer_words([(key, said)]) == []


def test_the_advanced_fold_hides_program_names_until_opened(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    fold = dialog.findChild(QtWidgets.QToolButton, "busy_advanced_fold")
    assert fold is not None
    assert fold.text().replace("&", "").startswith("Advanced")
    tabs = dialog.findChild(QtWidgets.QTabWidget, "tabs")
    assert tabs is not None
    page = tabs.widget(tabs.indexOf(tabs.currentWidget()))
    edit = apps_edit(dialog)
    tabs.setCurrentIndex(
        next(i for i in range(tabs.count()) if need(tabs.widget(i)).isAncestorOf(edit))
    )
    page = tabs.currentWidget()
    assert not edit.isVisibleTo(page)
    assert not fold.isChecked()
    fold.setFocus()
    QTest.keyClick(fold, QtCore.Qt.Key.Key_Space)  # by keyboard
    assert fold.isChecked()
    assert edit.isVisibleTo(page)
    hint = dialog.findChild(QtWidgets.QLabel, "busy_apps_hint")
    assert hint is not None
    assert hint.isVisibleTo(page)
    fold.click()
    assert not edit.isVisibleTo(page)


def test_a_problem_in_the_program_list_unfolds_it(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    fold = dialog.findChild(QtWidgets.QToolButton, "busy_advanced_fold")
    assert fold is not None
    assert not fold.isChecked()
    apps_edit(dialog).setPlainText("x" * 300)
    assert fold.isChecked()


def test_sound_and_speech_programs_are_under_a_fold(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, cues="Sound: paplay. Speech: spd-say.")
    fold = dialog.findChild(QtWidgets.QToolButton, "routines_cues_fold")
    assert fold is not None
    label = cues_label(dialog)
    tabs = dialog.findChild(QtWidgets.QTabWidget, "tabs")
    assert tabs is not None
    tabs.setCurrentIndex(
        next(i for i in range(tabs.count()) if need(tabs.widget(i)).isAncestorOf(fold))
    )
    page = tabs.currentWidget()
    assert fold.isVisibleTo(page)
    assert not label.isVisibleTo(page)
    fold.click()
    assert label.isVisibleTo(page)
