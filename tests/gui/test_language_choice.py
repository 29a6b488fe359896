"""The language: chosen in Settings, General (the system's by default, or a shipped one by its
own name), kept in the settings file, loaded with its locale at start (issue 18).

The shipped list is empty until the translations are complete, so these tests use a complete
temporary language (Dutch, ``tests/languages.py``) through ``SPASM_DESKTOP_I18N``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop import i18n
from spasm_desktop.core import settings as core_settings
from spasm_desktop.core import units
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import settings_store
from spasm_desktop.ui.common import text
from spasm_desktop.ui.setup import settings_dialog, setup_windows
from tests.gui.conftest import MakeApp
from tests.gui.needed import child, need

NOW = dt.datetime(2026, 12, 3, 9, 0, tzinfo=dt.UTC)


def _combo(dialog: QtWidgets.QWidget) -> QtWidgets.QComboBox:
    combo = dialog.findChild(QtWidgets.QComboBox, "language")
    assert combo is not None
    return combo


def test_settings_offers_the_system_language_and_each_shipped_one_by_its_own_name(
    qtbot: QtBot, temp_language: Path
) -> None:
    dialog = settings_dialog.SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    combo = _combo(dialog)
    assert [combo.itemText(i) for i in range(combo.count())] == ["System language", "Nederlands"]
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "nl"]
    assert combo.currentIndex() == 0
    assert combo.accessibleName() == "Display language"


def test_choosing_a_language_says_when_it_shows_and_saves_it(
    qtbot: QtBot, temp_language: Path
) -> None:
    dialog = settings_dialog.SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.findChild(QtWidgets.QLabel, "language_hint")
    assert hint is not None
    assert hint.isHidden()
    _combo(dialog).setCurrentIndex(1)
    assert not hint.isHidden()
    assert "next time it starts" in hint.text()
    _combo(dialog).setCurrentIndex(0)
    assert hint.isHidden()
    _combo(dialog).setCurrentIndex(1)
    with qtbot.waitSignal(dialog.settings_saved) as saved:
        child(dialog, QtWidgets.QDialogButtonBox, "buttons").button(
            QtWidgets.QDialogButtonBox.StandardButton.Save
        ).click()
    assert saved.args[0].language == "nl"


def test_saving_another_language_tells_the_person_to_restart(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch, temp_language: Path
) -> None:
    app, icon, _notifier = make_app()

    def choose_and_save(dialog: settings_dialog.SettingsDialog) -> int:
        _combo(dialog).setCurrentIndex(1)
        buttons = child(dialog, QtWidgets.QDialogButtonBox, "buttons")
        need(buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)).click()
        return dialog.result()

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", choose_and_save)
    monkeypatch.setattr(setup_windows.SetupWindows, "_apply_autostart", lambda self, wanted: None)
    app.setup.show_settings()
    assert app.service.settings.language == "nl"
    saved = json.loads(app.paths.settings_file.read_text(encoding="utf-8"))
    assert saved["language"] == "nl"
    assert ("Language", setup_windows.restart_words()) in icon.messages
    # Saving again without a change of language says nothing more about it.
    icon.messages.clear()
    app.setup.show_settings()
    assert not [m for m in icon.messages if m[0] == "Language"]


def test_the_chosen_language_and_its_locale_are_installed(
    qapp: QApplication, temp_language: Path
) -> None:
    assert i18n.install_translations(qapp, "nl") == "nl"
    assert text.tr("Water") == "⟦Water⟧"
    assert text.tr("%n cramp(s)", None, 3) == "⟦3 cramp(s)⟧"
    locale = QtCore.QLocale()
    assert locale.language() == QtCore.QLocale.Language.Dutch
    assert locale.firstDayOfWeek() == QtCore.Qt.DayOfWeek.Monday
    # Qt's own words (its dialogs' standard buttons) come in the language too (qtbase_nl.qm).
    assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuleren"
    assert i18n.default_unit() is units.VolumeUnit.ML
    # Installed again for the system's language (here C, which no translation has): English.
    assert i18n.install_translations(qapp, "") == ""
    assert text.tr("Water") == "Water"
    assert QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert QtCore.QLocale().language() == QtCore.QLocale.system().language()


def test_a_language_that_no_longer_ships_falls_back_to_the_system_one(
    qapp: QApplication, temp_language: Path
) -> None:
    assert i18n.install_translations(qapp, "sv") == ""
    assert text.tr("Water") == "Water"
    assert i18n.language_in_use("nl", ["nl"]) == "nl"
    assert i18n.language_in_use("sv", ["nl"]) == ""


def test_without_the_folder_variable_only_the_installed_list_counts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(i18n.FOLDER_VARIABLE, raising=False)
    assert Path(i18n.i18n_dir()).name == "i18n"
    assert "nl" not in i18n.shipped_languages()


def test_the_settings_file_keeps_the_language_and_refuses_a_bad_one(tmp_path: Path) -> None:
    settings, problems = core_settings.from_dict({"language": "nl"})
    assert settings.language == "nl"
    assert problems == []
    assert core_settings.to_dict(settings)["language"] == "nl"
    for bad in (3, "Dutch", "../../etc"):
        settings, problems = core_settings.from_dict({"language": bad})
        assert settings.language == ""
        assert problems == [core_settings.Problem("language", core_settings.ProblemCode.WRONG_TYPE)]
    path = tmp_path / "settings.json"
    assert settings_store.read_language(path) == ""
    path.write_text('{"language": "nl"}', encoding="utf-8")
    assert settings_store.read_language(path) == "nl"
    path.write_text('{"language": "../x"}', encoding="utf-8")
    assert settings_store.read_language(path) == ""
    path.write_text("not json", encoding="utf-8")
    assert settings_store.read_language(path) == ""


def test_a_fresh_settings_file_takes_the_locale_s_unit(tmp_path: Path) -> None:
    try:
        QtCore.QLocale.setDefault(QtCore.QLocale("en_US"))
        assert i18n.default_unit() is units.VolumeUnit.FL_OZ
        QtCore.QLocale.setDefault(QtCore.QLocale("en_GB"))
        assert i18n.default_unit() is units.VolumeUnit.ML
    finally:
        QtCore.QLocale.setDefault(QtCore.QLocale.system())
    path = tmp_path / "settings.json"
    loaded = settings_store.load(path, NOW, unit=units.VolumeUnit.FL_OZ)
    assert loaded.settings.unit is units.VolumeUnit.FL_OZ
    assert json.loads(path.read_text(encoding="utf-8"))["unit"] == "fl_oz"
    # It is a default: a fresh installation still counts as fresh (a restore may offer its
    # settings), and a file that names its unit keeps it whatever the locale.
    assert settings_store.is_fresh(path)
    assert settings_store.load(path, NOW, unit=units.VolumeUnit.ML).settings.unit.value == "fl_oz"
    path.write_text("{}", encoding="utf-8")
    us = units.VolumeUnit.FL_OZ
    assert settings_store.load(path, NOW, unit=us).settings.unit is us


def test_dates_and_the_week_in_the_history_follow_the_language(
    qapp: QApplication, temp_language: Path
) -> None:
    """The history's weeks and its dates take the installed language's locale (a US default
    before, with weeks from Sunday, is replaced).
    """
    from spasm_desktop.ui.record import history_days as history

    QtCore.QLocale.setDefault(QtCore.QLocale("en_US"))
    assert history.first_weekday() == 6  # Sunday
    i18n.install_translations(qapp, "nl")
    assert history.first_weekday() == 0  # Monday
    dutch = QtCore.QLocale("nl_NL")
    name = dutch.dayName(4, QtCore.QLocale.FormatType.ShortFormat)  # a Thursday
    date = dutch.toString(QtCore.QDate(2026, 12, 3), QtCore.QLocale.FormatType.ShortFormat)
    assert history.long_day(dt.date(2026, 12, 3)) == f"⟦{name} {date}⟧"
