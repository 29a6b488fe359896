"""The health texts of the shipped JSON files reach translators (issue 18).

Every string in the shipped data is either a text (extracted for Qt Linguist, translated when
loaded) or under a key known not to be one; the generated lupdate input and the template are
current; the extractor writes the same bytes twice.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from spasm_desktop.core import data_texts

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "resources").glob("*/*.json"))
EXTRACTOR = ROOT / "scripts" / "extract_data_texts.py"
GENERATED = ROOT / "scripts" / "i18n" / "data_texts.py"
TEMPLATE = ROOT / "resources" / "i18n" / "spasm_desktop.ts"


def _all_data_texts() -> set[tuple[str, str]]:
    found = set()
    for file in SHIPPED:
        tree = json.loads(file.read_text(encoding="utf-8"))
        context = data_texts.context(file.parent.name, file.name)
        found |= {(context, text) for _path, text in data_texts.texts(tree)}
    return found


def test_every_kind_of_data_file_is_shipped() -> None:
    folders = {f.parent.name for f in SHIPPED}
    assert folders == {"exercises", "learn", "relief", "routines", "tips"}


@pytest.mark.parametrize("file", SHIPPED, ids=lambda f: f"{f.parent.name}/{f.name}")
def test_every_string_is_a_text_or_under_a_key_known_not_to_be(file: Path) -> None:
    tree = json.loads(file.read_text(encoding="utf-8"))
    assert data_texts.unclassified(tree) == []


def test_no_key_is_both_text_and_not() -> None:
    assert data_texts.TEXT_KEYS.isdisjoint(data_texts.NON_TEXT_KEYS)


def test_the_health_texts_are_extracted_and_the_ids_are_not() -> None:
    tree = json.loads((ROOT / "resources/relief/areas.json").read_text(encoding="utf-8"))
    found = dict(data_texts.texts(tree))
    assert found["areas.calf.name"] == "Calf"
    assert found["areas.calf.quick[0]"] == "Sit or lie down and straighten your knee."
    assert found["areas.calf.tips[0]"] == "Walk around."
    assert "areas.calf.id" not in found
    assert "areas.calf.routine" not in found
    assert not any(text in {"calf", "relief-calf", "S7"} for text in found.values())


def test_translated_changes_the_texts_only() -> None:
    tree = {
        "id": "calf",
        "name": "Calf",
        "steps": ["One.", "Two."],
        "flags": ["chest"],
        "items": [{"id": "x", "text": "Three.", "tier": "today"}],
        "sided": True,
        "count": 3,
        "hold": "",
    }
    assert data_texts.translated(tree, str.upper) == {
        "id": "calf",
        "name": "CALF",
        "steps": ["ONE.", "TWO."],
        "flags": ["chest"],
        "items": [{"id": "x", "text": "THREE.", "tier": "today"}],
        "sided": True,
        "count": 3,
        "hold": "",
    }
    assert data_texts.texts(tree) == [
        ("name", "Calf"),
        ("steps[0]", "One."),
        ("steps[1]", "Two."),
        ("items.x.text", "Three."),
    ]
    assert data_texts.unclassified(tree) == []
    assert data_texts.unclassified({"new_field": "Hello", "nested": [{"caption": "Hi"}]}) == [
        "new_field",
        "nested[0].caption",
    ]


def _extract(out: Path) -> bytes:
    subprocess.run([sys.executable, str(EXTRACTOR), str(out)], check=True, capture_output=True)
    return out.read_bytes()


def test_the_extractor_is_idempotent_and_its_output_is_committed(tmp_path: Path) -> None:
    first = _extract(tmp_path / "one.py")
    second = _extract(tmp_path / "one.py")
    assert first == second
    assert first == GENERATED.read_bytes(), "run scripts/update-translations.sh"


def test_every_data_text_has_a_current_entry_in_the_template() -> None:
    root = ET.parse(TEMPLATE).getroot()
    entries: dict[tuple[str, str], str | None] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else None
            if kind in ("obsolete", "vanished"):
                continue
            entries[(name, message.findtext("source") or "")] = message.findtext("extracomment")
    wanted = _all_data_texts()
    assert len(wanted) > 400
    missing = sorted(wanted - entries.keys())
    assert missing == [], "run scripts/update-translations.sh"
    # Translators see where each text sits in its file.
    assert entries[("data:relief/areas.json", "Walk around.")] == "areas.calf.tips[0]"
    stale = sorted(k for k in entries if k[0].startswith("data:") and k not in wanted)
    assert stale == [], "a data entry no shipped file has: run scripts/update-translations.sh"


GERMAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context><name>data:relief/areas.json</name>
  <message><source>Walk around.</source><translation>Gehen Sie umher.</translation></message>
  <message><source>Massage the calf.</source><translation>Massieren Sie die Wade.</translation>
  </message>
</context>
</TS>
"""


def _messages(ts: Path) -> dict[str, tuple[str | None, str]]:
    """Source -> (translation type, translation) in the context of areas.json."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") == "data:relief/areas.json":
            for message in context.iter("message"):
                translation = message.find("translation")
                assert translation is not None
                found[message.findtext("source") or ""] = (
                    translation.get("type"),
                    translation.text or "",
                )
    return found


def test_a_changed_english_text_comes_back_unfinished(tmp_path: Path) -> None:
    """The extractor and lupdate together, as scripts/update-translations.sh runs them."""
    resources = tmp_path / "resources"
    (resources / "relief").mkdir(parents=True)
    areas = (ROOT / "resources/relief/areas.json").read_text(encoding="utf-8")
    assert areas.count('"Walk around."') == 1
    changed = areas.replace('"Walk around."', '"Walk around slowly."')
    (resources / "relief" / "areas.json").write_text(changed, encoding="utf-8")
    generated = tmp_path / "data_texts.py"
    subprocess.run(
        [sys.executable, str(EXTRACTOR), str(generated), str(resources)],
        check=True,
        capture_output=True,
    )
    ts = tmp_path / "spasm_desktop_de.ts"
    ts.write_text(GERMAN_TS, encoding="utf-8")
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), str(generated), "-ts", str(ts)], check=True, capture_output=True)
    messages = _messages(ts)
    assert messages["Walk around."][0] in ("obsolete", "vanished")
    assert messages["Walk around slowly."][0] == "unfinished"
    assert messages["Massage the calf."] == (None, "Massieren Sie die Wade.")
