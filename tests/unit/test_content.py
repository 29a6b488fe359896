"""Every shipped text against the content brief: sources that exist, and one red-flag list.

CONTENT.md (``../shared/CONTENT.md``, beside the clone) lists its sources in §9 and, for the
safety rules of special groups, S60-S64 at the end of §7a. Every source id of every shipped JSON
file (relief, Learn, routines, exercises, tips) must be one of them. Red flags live in
``resources/relief/red_flags.json`` only: no other file holds a copy of one, or a sentence with
the phrases that make a red flag ("emergency number", "tetanus", "chest pain"...). That the four
tier headings are the same in every window is checked in ``tests/gui/test_tier_headings.py``
(it needs Qt).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.core import episode as ep
from spasm_desktop.storage import relief as relief_store

CONTENT_MD = Path(__file__).resolve().parents[3] / "shared" / "CONTENT.md"
#: The folders of shipped JSON texts, under ``spasm_desktop.resources``.
FOLDERS = ("relief", "learn", "routines", "exercises", "tips")
RED_FLAGS = "relief/red_flags.json"
#: Phrases that make a sentence a red flag: they belong in red_flags.json alone.
RED_FLAG_PHRASES = (
    "emergency number",
    "emergency room",
    "emergency care",
    "urgent care",
    "tetanus",
    "lockjaw",
    "chest pain",
    "heart attack",
    "blood clot",
    "see a doctor",
    "medical care",
    "medical attention",
    "poison",
)
#: Keys whose strings are names, ids or source notes, not sentences of advice.
NOT_SENTENCES = {
    *("id", "title", "name", "red_flags", "flags", "tier", "source", "sources", "source_note"),
}
SOURCE_ID = re.compile(r"\bS(\d+)\b")


def shipped() -> dict[str, Any]:
    """Every shipped JSON file, by its path under the resources folder."""
    root = resources.files("spasm_desktop.resources")
    found: dict[str, Any] = {}
    for folder in FOLDERS:
        for entry in root.joinpath(folder).iterdir():
            if entry.name.endswith(".json"):
                found[f"{folder}/{entry.name}"] = json.loads(entry.read_text(encoding="utf-8"))
    return found


FILES = shipped()


def walk(value: Any, key: str = "") -> Iterator[tuple[str, Any]]:
    """Every (key, value) pair of a parsed JSON document, depth first."""
    if isinstance(value, dict):
        for name, item in value.items():
            yield name, item
            yield from walk(item, name)
    elif isinstance(value, list):
        for item in value:
            yield key, item
            yield from walk(item, key)


def sentences(document: Any) -> list[str]:
    """The advice strings of a document (not its ids, names, titles or sources)."""
    return [v for k, v in walk(document) if isinstance(v, str) and k not in NOT_SENTENCES]


def normal(value: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9 ]+", " ", value.lower().replace("'", "")).split())


@pytest.fixture(scope="module")
def known_sources() -> set[str]:
    if not CONTENT_MD.is_file():
        pytest.skip(f"the content brief is not beside the clone ({CONTENT_MD.name} not found)")
    text = CONTENT_MD.read_text(encoding="utf-8")
    ids = set(re.findall(r"^- \*\*(S\d+)\*\*", text[text.index("## 7a.") :], re.MULTILINE))
    assert {"S1", "S53", "S60", "S64"} <= ids
    assert "S51" not in ids
    return ids


def test_every_shipped_text_file_is_found() -> None:
    assert RED_FLAGS in FILES
    assert "relief/areas.json" in FILES
    assert "learn/learn.json" in FILES
    assert "tips/tips.json" in FILES
    assert any(name.startswith("routines/") for name in FILES)
    assert any(name.startswith("exercises/") for name in FILES)


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_source_id_is_in_the_content_brief(name: str, known_sources: set[str]) -> None:
    cited = [
        f"S{number}"
        for key, value in walk(FILES[name])
        if key in ("source", "sources") and isinstance(value, str)
        for number in SOURCE_ID.findall(value)
    ]
    if name.startswith(("relief/", "learn/", "tips/", "exercises/")):
        assert cited, name  # these files rest on sources
    unknown = sorted(set(cited) - known_sources)
    assert unknown == [], (name, unknown)


@pytest.mark.parametrize("name", [n for n in sorted(FILES) if n.startswith(("relief/", "tips/"))])
def test_every_sourced_text_names_its_source(name: str) -> None:
    """A text object ({"text": ...}) of the relief, tips and Learn files carries its source."""
    for key, value in walk(FILES[name]):
        if isinstance(value, dict) and "text" in value:
            assert SOURCE_ID.search(str(value.get("source", ""))), (name, key, value["text"])


def test_the_new_sources_of_section_7a_are_cited(known_sources: set[str]) -> None:
    """S60 (heart attack), S61 (pain relievers in pregnancy), S62 (DVT), S63 (diabetes and
    heat), S64 (getting up slowly) all back shipped texts.
    """
    cited = {
        f"S{n}"
        for document in FILES.values()
        for key, value in walk(document)
        if key in ("source", "sources") and isinstance(value, str)
        for n in SOURCE_ID.findall(value)
    }
    assert {"S60", "S61", "S62", "S63", "S64"} <= cited <= known_sources


def test_no_file_but_the_red_flag_list_holds_a_red_flag_sentence() -> None:
    flags = relief_store.load_relief()[0].red_flags
    assert flags is not None
    flag_texts = [normal(f.text) for f in flags.flags] + [normal(flags.emergency_line.text)]
    for name, document in FILES.items():
        if name == RED_FLAGS:
            continue
        for sentence in sentences(document):
            words = normal(sentence)
            for flag in flag_texts:
                assert flag not in words, (name, sentence)
            for phrase in RED_FLAG_PHRASES:
                assert phrase not in words, (name, phrase, sentence)


def test_the_red_flag_list_holds_the_phrases() -> None:
    """The check above can fail: the list itself has each kind of red-flag sentence."""
    words = " ".join(normal(s) for s in sentences(FILES[RED_FLAGS]))
    for phrase in ("emergency number", "tetanus", "chest pain", "heart attack", "blood clot"):
        assert phrase in words, phrase


def test_areas_name_red_flags_that_exist_and_the_diary_maps_to_them() -> None:
    content, problems = relief_store.load_relief()
    assert problems == []
    assert content.red_flags is not None
    ids = {f.id for f in content.red_flags.flags}
    for card in content.cards.values():
        assert set(card.flags) <= ids, card.area
    mapped = {i for group in (*ep.SIGN_FLAGS.values(), *ep.AREA_FLAGS.values()) for i in group}
    assert mapped <= ids


def test_no_code_string_holds_a_red_flag_sentence_but_the_built_in_line_and_headings() -> None:
    """In the code, red-flag words are only in the built-in emergency line and the tier-1
    heading (ui/common/text.py); every other sign is read from the list.
    """
    import ast

    import spasm_desktop

    allowed = {
        "Call your local emergency number for unbearable pain, cramps all over the body, chest "
        "pain or trouble breathing.",
        "Emergency: call your local emergency number or go to the emergency room now",
        "Call your local emergency number now for: %1.",  # the relief card's red line
    }
    phrases = ("emergency number", "emergency room", "tetanus", "chest pain", "heart attack")
    found = []
    for path in sorted(Path(spasm_desktop.__file__).parent.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {
            id(node.body[0].value)
            for node in ast.walk(tree)
            if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
            and node.body
            and isinstance(node.body[0], ast.Expr)
            and isinstance(node.body[0].value, ast.Constant)
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in docstrings
                and " " in node.value  # a sentence, not a flag id such as "tetanus"
                and any(p in node.value.lower() for p in phrases)
                and node.value not in allowed
            ):
                found.append((path.name, node.value))
    assert found == []
