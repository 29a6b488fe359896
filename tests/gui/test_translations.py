"""Texts reach their translations: a real .qm built by pyside6-lrelease, loaded into the app."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6 import QtCore

from spasm_desktop.ui.common import text

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>text</name>
  <message><source>Water</source><translation>Wasser</translation></message>
  <message numerus="yes"><source>%n cramp(s)</source>
    <translation><numerusform>%n Krampf</numerusform><numerusform>%n Krämpfe</numerusform>
    </translation></message>
</context>
<context><name></name>
  <message><source>Stretch</source><translation>Dehnen</translation></message>
</context>
</TS>
"""


def _lrelease() -> str | None:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def german(qapp: QtCore.QCoreApplication, tmp_path: Path):  # type: ignore[no-untyped-def]
    tool = _lrelease()
    if tool is None:
        pytest.fail("pyside6-lrelease is part of PySide6-Essentials and should be installed")
    ts = tmp_path / "spasm_desktop_de.ts"
    ts.write_text(TS, encoding="utf-8")
    qm = tmp_path / "spasm_desktop_de.qm"
    subprocess.run([tool, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QtCore.QTranslator()
    assert translator.load(str(qm))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_both_contexts_lupdate_uses_are_looked_up(german: None) -> None:
    assert text.tr("Water") == "Wasser"  # written text.tr(...) elsewhere: context "text"
    assert text.tr("Stretch") == "Dehnen"  # written tr(...) inside text.py: context ""
    assert text.tr("Not translated") == "Not translated"


def test_counted_uses_the_translation_plural_forms(german: None) -> None:
    assert text.counted("%n cramp(s)", 1) == "1 Krampf"
    assert text.counted("%n cramp(s)", 3) == "3 Krämpfe"


def test_counted_settles_the_english_plural_without_a_translation(qapp: object) -> None:
    assert text.counted("%n night(s)", 1) == "1 night"
    assert text.counted("%n night(s)", 0) == "0 nights"
    assert text.counted("on %n day(s)", 12) == "on 12 days"
