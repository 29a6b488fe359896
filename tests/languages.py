"""Languages for the translation tests (issue 18): the checks every shipped language must pass,
and a small complete language built from the template in a temporary folder, so the checks and
the language choice are tested for real before any translation is complete.

The checks are ``scripts/i18n/ts_tool.py``'s own (loaded from there, not written twice): the
tool translators run says the same as the tests.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TEMPLATE = I18N / "spasm_desktop.ts"
#: The temporary language: Dutch, which nobody is translating here (its own locale: Monday first,
#: metric, day-month dates), so what follows the language can be told from the system's.
CODE = "nl"
#: Each text of the temporary language is the English between these marks.
OPEN, CLOSE = "⟦", "⟧"


def _load(name: str, path: Path) -> ModuleType:
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


ts_tool = _load("ts_tool", ROOT / "scripts" / "i18n" / "ts_tool.py")
extract_data_texts = _load("extract_data_texts", ROOT / "scripts" / "extract_data_texts.py")


def lrelease() -> str:
    tool: str = ts_tool.lrelease_tool()
    assert shutil.which(tool), "pyside6-lrelease is part of PySide6-Essentials"
    return tool


def data_texts() -> list[tuple[str, str]]:
    """(context, English) of every health text of the shipped data files."""
    return [(context, text) for context, text, _paths in extract_data_texts.entries()]


def problems(folder: Path, lang: str) -> list[str]:
    """What keeps ``lang`` in ``folder`` from shipping (empty: it is complete)."""
    ts = folder / f"spasm_desktop_{lang}.ts"
    report: list[str] = ts_tool.incomplete(ts, TEMPLATE, data_texts())
    stale = ts_tool.stale_qm(ts, ts.with_suffix(".qm"), lrelease())
    return report + ([stale] if stale else [])


def marked(source: str) -> str:
    """The temporary language's text for ``source``: its words between marks, with the same
    spaces at its edges (so every rule of ts_tool holds).
    """
    lead = source[: len(source) - len(source.lstrip())]
    trail = source[len(source.rstrip()) :]
    return f"{lead}{OPEN}{source.strip()}{CLOSE}{trail}" if source.strip() else source


def build(folder: Path, code: str = CODE) -> Path:
    """Write a complete ``code`` language into ``folder`` (its .ts, .qm and languages.txt)."""
    folder.mkdir(parents=True, exist_ok=True)
    tree = ET.parse(TEMPLATE)
    root = tree.getroot()
    root.set("language", code)
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for _ in range(2):  # Dutch: one and other
                ET.SubElement(translation, "numerusform").text = marked(source)
        else:
            translation.text = marked(source)
    ts = folder / f"spasm_desktop_{code}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    release(ts)
    (folder / "languages.txt").write_text(f"# a test language\n{code}\n", encoding="utf-8")
    return folder


def release(ts: Path) -> None:
    subprocess.run(
        [lrelease(), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
        check=True,
        capture_output=True,
    )


def change(ts: Path, source: str, translation: str | None = None, unfinished: bool = False) -> None:
    """Give the first entry whose English is ``source`` another ``translation``, or mark it
    unfinished, as a translator (or lupdate, after the English changed) would.
    """
    tree = ET.parse(ts)
    message = next(m for m in tree.getroot().iter("message") if m.findtext("source") == source)
    element = message.find("translation")
    assert element is not None
    if translation is not None:
        element.text = translation
    if unfinished:
        element.set("type", "unfinished")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


@pytest.fixture(scope="session")
def built_language(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder of the complete temporary language (built once)."""
    return build(tmp_path_factory.mktemp("i18n"))


@pytest.fixture
def temp_language(built_language: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The app takes its translations from the temporary language's folder
    (``SPASM_DESKTOP_I18N``); what this test installed and the default locale are undone after.
    """
    from PySide6 import QtCore

    from spasm_desktop import i18n

    monkeypatch.setenv(i18n.FOLDER_VARIABLE, str(built_language))
    yield built_language
    app = QtCore.QCoreApplication.instance()
    for translator in i18n._installed:
        if app is not None:
            app.removeTranslator(translator)
    i18n._installed.clear()
    QtCore.QLocale.setDefault(QtCore.QLocale.system())
