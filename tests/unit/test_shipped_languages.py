"""A language ships only when it is complete (issue 18).

Every language in ``resources/i18n/languages.txt`` is checked with ts_tool's rules: no entry of
the template missing or unfinished, placeholders, ``%n``, ``&`` and line breaks as in the
English, every health text of the data files present, and the committed ``.qm`` built from the
``.ts`` as it is. The same checks run on a small complete language built here, and on broken
copies of it, so they are known to catch what they claim to.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from spasm_desktop import i18n
from tests import languages

SHIPPED = i18n.shipped_languages(str(languages.I18N))


@pytest.fixture
def built(built_language: Path) -> Path:
    return built_language


@pytest.fixture
def copy(built_language: Path, tmp_path: Path) -> Path:
    """A copy of the complete language to break."""
    folder = tmp_path / "i18n"
    shutil.copytree(built_language, folder)
    return folder


def test_the_shipped_list_names_only_languages_with_a_file() -> None:
    for code in SHIPPED:
        assert (languages.I18N / f"spasm_desktop_{code}.ts").is_file(), code


@pytest.mark.parametrize("code", SHIPPED)
def test_every_shipped_language_is_complete(code: str) -> None:
    assert languages.problems(languages.I18N, code) == []


def test_only_shipped_languages_have_a_built_file() -> None:
    built = {path.stem.removeprefix("spasm_desktop_") for path in languages.I18N.glob("*.qm")}
    assert built <= set(SHIPPED), "a .qm of a language that does not ship"


def test_a_complete_language_passes(built: Path) -> None:
    assert i18n.shipped_languages(str(built)) == [languages.CODE]
    assert languages.problems(built, languages.CODE) == []


def test_an_unfinished_entry_is_named(copy: Path) -> None:
    ts = copy / "spasm_desktop_nl.ts"
    languages.change(ts, "Time for a glass of water", unfinished=True)
    languages.release(ts)
    found = languages.problems(copy, languages.CODE)
    assert len(found) == 1
    assert "'Time for a glass of water': unfinished" in found[0]


def test_a_dropped_placeholder_is_named(copy: Path) -> None:
    ts = copy / "spasm_desktop_nl.ts"
    languages.change(ts, "%1 ml", "ml")
    languages.release(ts)
    found = languages.problems(copy, languages.CODE)
    assert len(found) == 1
    assert found[0].endswith("'%1 ml': placeholders ['%1'] became []"), found


def test_a_changed_keyboard_letter_and_an_empty_entry_are_named(copy: Path) -> None:
    ts = copy / "spasm_desktop_nl.ts"
    languages.change(ts, "Uni&ts", "Units")
    languages.change(ts, "Water", " ")
    languages.release(ts)
    found = "\n".join(languages.problems(copy, languages.CODE))
    assert "'Uni&ts': the keyboard letter (&) must appear exactly as often" in found
    assert "'Water': finished but empty" in found


def test_a_missing_health_text_is_named(copy: Path) -> None:
    ts = copy / "spasm_desktop_nl.ts"
    text = ts.read_text(encoding="utf-8")
    start = text.index("<source>Walk around.</source>")
    start = text.rindex("<message", 0, start)
    end = text.index("</message>", start) + len("</message>")
    ts.write_text(text[:start] + text[end:], encoding="utf-8")
    languages.release(ts)
    found = languages.problems(copy, languages.CODE)
    assert any("'Walk around.': missing" in line for line in found)
    assert "[data:relief/areas.json] 'Walk around.': this health text has no entry" in found


def test_a_stale_or_missing_qm_is_named(copy: Path) -> None:
    ts = copy / "spasm_desktop_nl.ts"
    languages.change(ts, "Water", "Water!")
    assert languages.problems(copy, languages.CODE) == [
        "spasm_desktop_nl.qm is not built from spasm_desktop_nl.ts as it is now "
        "(run scripts/update-translations.sh)"
    ]
    (copy / "spasm_desktop_nl.qm").unlink()
    assert languages.problems(copy, languages.CODE) == [
        "spasm_desktop_nl.qm is missing (run scripts/update-translations.sh)"
    ]


def test_every_module_with_texts_to_translate_is_read_by_lupdate() -> None:
    """scripts/update-translations.sh hands lupdate every module whose ``tr``/``translate``
    calls name their text (the data files' loader looks texts up by a context it makes).
    """
    import re

    script = (languages.ROOT / "scripts" / "update-translations.sh").read_text(encoding="utf-8")
    inputs = re.search(r"pyside6-lupdate(.*?)-ts", script, re.S)
    assert inputs is not None
    read = set()
    for word in inputs.group(1).replace("\\", " ").split():
        if word.endswith(".py"):
            read |= set(languages.ROOT.glob(word))
    calls = re.compile(r"""\b(tr|translate)\(\s*["']""")  # lupdate reads both
    found = {
        path
        for path in (languages.ROOT / "spasm_desktop").rglob("*.py")
        if calls.search(path.read_text(encoding="utf-8"))
    }
    assert found, "the pattern finds the modules with texts"
    assert sorted(str(p.relative_to(languages.ROOT)) for p in found - read) == []
