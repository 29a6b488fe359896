"""scripts/i18n/ts_tool.py import: translations go into the file's own text; wrong shapes are
refused, not written.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.languages import TEMPLATE, ts_tool


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copy(TEMPLATE, tmp_path / "spasm_desktop_xx.ts")
    monkeypatch.setattr(ts_tool, "I18N", tmp_path)
    return tmp_path


def entry(source: str, plural: bool) -> dict[str, object]:
    found: list[dict[str, object]] = ts_tool.export("xx", unfinished=True, offset=0, limit=None)
    for item in found:
        if bool(item.get("numerus")) == plural and item["source"] == source:
            return item
    raise AssertionError(source)


def test_a_list_for_a_single_text_and_a_wrong_number_of_forms_are_refused(folder: Path) -> None:
    before = (folder / "spasm_desktop_xx.ts").read_text(encoding="utf-8")
    single = entry("Water", plural=False)
    plural = next(e for e in ts_tool.export("xx", True, 0, None) if e.get("numerus"))
    done, refused = ts_tool.take_in(
        "xx",
        [
            {"id": single["id"], "translation": ["Wasser", "Wässer"]},
            {"id": plural["id"], "translation": ["a", "b", "c", "d", "e", "f", "g"]},
            {"id": "0000000000", "translation": "x"},
        ],
    )
    assert done == 0
    assert refused == [
        f"{single['id']} (wants one text, not a list)",
        f"{plural['id']} (wants 1 plural forms)"
        if len(plural["translation"]) == 1
        else f"{plural['id']} (wants {len(plural['translation'])} plural forms)",
        "0000000000",
    ]
    assert (folder / "spasm_desktop_xx.ts").read_text(encoding="utf-8") == before


def test_a_translation_changes_only_its_own_element(folder: Path) -> None:
    before = (folder / "spasm_desktop_xx.ts").read_text(encoding="utf-8").splitlines()
    single = entry("Water", plural=False)
    assert ts_tool.take_in("xx", [{"id": single["id"], "translation": "Wasser & Co"}]) == (1, [])
    after = (folder / "spasm_desktop_xx.ts").read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert len(changed) == 1
    assert changed[0][1].strip() == "<translation>Wasser &amp; Co</translation>"
    assert ts_tool.stats("xx")["finished"] == 1
