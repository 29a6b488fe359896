"""Every shipped language's health texts are shown, not thrown back to English.

A translated data file that breaks the file's rules (a relief step over 60 characters, a tip over
25 words, a Learn paragraph over 400 characters) is shown in English as a whole, with only a line
in the log (storage/data_translation.py). ts_tool's checks can't see that; this test loads every
built-in data file in each shipped language and fails on any such file.
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication

from spasm_desktop import i18n
from spasm_desktop.storage import learn, relief, routines, tips
from tests import languages

SHIPPED = i18n.shipped_languages(str(languages.I18N))
ROOT = languages.ROOT


def thrown_back(caplog: pytest.LogCaptureFixture) -> list[str]:
    """Every file whose translation broke its rules, as logged by data_translation."""
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="spasm_desktop.storage.data_translation"):
        library = routines.load_library(None)
        relief.load_relief(routines=library.routines)
        learn.load_learn()
        tips.load_tips()
    return [r.getMessage() for r in caplog.records if "breaks its rules" in r.getMessage()]


@pytest.mark.parametrize("code", SHIPPED)
def test_every_health_text_of_the_language_is_used(
    qapp: QApplication, caplog: pytest.LogCaptureFixture, code: str
) -> None:
    try:
        assert i18n.install_translations(qapp, code) == code
        assert thrown_back(caplog) == []
    finally:
        i18n.install_translations(qapp, "")
        QtCore.QLocale.setDefault(QtCore.QLocale.c())


def test_a_translation_that_breaks_a_rule_is_found(
    qapp: QApplication,
    caplog: pytest.LogCaptureFixture,
    temp_language: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The complete temporary language, with one tip made 30 words long (the limit is 25).
    folder = tmp_path / "i18n"
    shutil.copytree(temp_language, folder)
    ts = folder / f"spasm_desktop_{languages.CODE}.ts"
    tip = json.loads((ROOT / "resources" / "tips" / "tips.json").read_text())["tips"][0]["text"]
    languages.change(ts, tip, " ".join(["word"] * 30))
    languages.release(ts)
    monkeypatch.setenv(i18n.FOLDER_VARIABLE, str(folder))
    try:
        assert i18n.install_translations(qapp, languages.CODE) == languages.CODE
        assert [m for m in thrown_back(caplog) if "tips/tips.json" in m]
    finally:
        i18n.install_translations(qapp, "")
        QtCore.QLocale.setDefault(QtCore.QLocale.c())
