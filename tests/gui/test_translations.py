"""Texts reach their translations: a real .qm built by pyside6-lrelease, loaded into the app."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import pytest
from PySide6 import QtCore

import spasm_desktop
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
def german(qapp: QtCore.QCoreApplication, tmp_path: Path) -> Iterator[None]:
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
    assert text.tr("%n cramp(s)", None, 1) == "1 Krampf"
    assert text.tr("%n cramp(s)", None, 3) == "3 Krämpfe"


def test_counted_settles_the_english_plural_without_a_translation(qapp: object) -> None:
    assert text.tr("%n night(s)", None, 1) == "1 night"
    assert text.tr("%n night(s)", None, 0) == "0 nights"
    assert text.tr("on %n day(s)", None, 12) == "on 12 days"


def _counted_sources() -> dict[str, int]:
    """Every text with a count (``%n``/``%Ln``) given to a ``tr`` call, and its argument count."""
    found: dict[str, int] = {}
    for path in Path(spasm_desktop.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", None))
            first = node.args[0]
            words = first.value if isinstance(first, ast.Constant) else None
            if name == "tr" and isinstance(words, str) and ("%n" in words or "%Ln" in words):
                found[words] = min(len(node.args), found.get(words, 99))
    return found


def test_every_text_with_a_count_is_a_plural_in_the_template() -> None:
    # The count must be tr's third argument: only then does pyside6-lupdate file the text as a
    # plural (numerus) for translators; a helper that takes the count elsewhere hides it.
    found = _counted_sources()
    assert len(found) > 20
    assert {source: args for source, args in found.items() if args < 3} == {}
    ts = resources.files("spasm_desktop.resources").joinpath("i18n/spasm_desktop.ts")
    template = ET.fromstring(ts.read_bytes())
    plurals = {
        message.findtext("source")
        for message in template.iter("message")
        if message.get("numerus") == "yes"
    }
    assert sorted(set(found) - plurals) == []
