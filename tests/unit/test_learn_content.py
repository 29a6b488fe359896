"""The Learn content: the shipped file, its checks, and the saved risk checklist."""

from __future__ import annotations

import copy
import json
import logging
import re
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.core import learn
from spasm_desktop.core.relief import Sourced, Tier
from spasm_desktop.core.routine import ProblemCode
from spasm_desktop.storage import learn as store
from spasm_desktop.storage.learn import load_checklist, load_learn, save_checklist

CONTENT, PROBLEMS = load_learn()
RAW: dict[str, Any] = json.loads(store.learn_folder().joinpath(learn.LEARN_FILE).read_text("utf-8"))

#: The seed topics of the issue: section id, and words its heading must have.
TOPICS = {
    "what-is-a-cramp": "cramp",
    "who-gets-them": "who",
    "causes": "cause",
    "fluids-and-minerals": "fluids",
    "tired-muscles": "tired",
    "other-conditions": "condition",
    "lower-your-risk": "risk",
    "stretch-safely": "stretching",
    "heat-and-ice": "heat",
    "medicines": "medicines",
    "outlook": "expect",
    "see-a-provider": "provider",
    "emergency": "emergency",
    "questions-to-ask": "question",
    "provider-may-ask": "ask",
}
#: The source ids of CONTENT.md §9 (there is no S51; S60 to S64 came with §7a).
KNOWN_SOURCES = {f"S{n}" for n in (*range(1, 54), *range(60, 65))} - {"S51"}
#: The risk checklist: id, and a word its text must have.
CHECKLIST = {
    "stretch": "stretch",
    "fitness": "fitness",
    "water": "water",
    "heat": "heat",
    "shoes": "shoes",
    "weight": "weight",
    "medicines": "medicine",
    "sleep-position": "pillows",
}


def shipped() -> learn.LearnContent:
    """The shipped content (test_the_shipped_file_loads_without_problems checks it loads)."""
    assert CONTENT is not None
    return CONTENT


def shipped_section(section_id: str) -> learn.Section:
    """The shipped section with this id."""
    found = shipped().section(section_id)
    assert found is not None, section_id
    return found


def all_items(content: learn.LearnContent) -> Iterator[Sourced | learn.CheckItem]:
    for section in content.sections:
        yield from section.cautions
        yield from section.paragraphs
        yield from section.bullets
        yield from section.checklist


def test_the_shipped_file_loads_without_problems() -> None:
    assert PROBLEMS == []
    assert CONTENT is not None


@pytest.mark.parametrize(("section_id", "word"), TOPICS.items())
def test_every_seed_topic_has_a_section(section_id: str, word: str) -> None:
    section = shipped().section(section_id)
    assert section is not None, section_id
    assert word in section.title.lower()
    assert section.source_note.strip()


def test_the_headings_in_order_are_the_seed_topics() -> None:
    assert tuple(s.id for s in shipped().sections) == learn.REQUIRED_SECTIONS
    assert set(learn.REQUIRED_SECTIONS) == set(TOPICS)


def test_every_text_names_a_source_of_content_md() -> None:
    count = 0
    for item in all_items(shipped()):
        assert item.ids, item.text
        for sid in item.ids:
            assert re.fullmatch(r"S\d+", sid), item.text
            assert sid in KNOWN_SOURCES, item.text
        count += 1
    assert count > 30


def test_the_content_says_may_help_never_prevents_or_cures() -> None:
    words = " ".join(item.text.lower() for item in all_items(shipped()))
    assert "may help" in words
    for claim in ("prevents", "cures", "will stop", "guarantee"):
        assert claim not in words


def test_the_red_flag_sections_hold_no_copy_of_the_flags() -> None:
    emergency = shipped_section("emergency")
    soon = shipped_section("see-a-provider")
    assert emergency.red_flags is Tier.EMERGENCY
    assert emergency.bullets == ()
    assert soon.red_flags is Tier.SOON
    assert soon.bullets == ()
    assert "flags" not in json.dumps(RAW).replace('"red_flags"', "")


def test_the_checklist_has_the_eight_items_with_the_sleeping_positions() -> None:
    risk = shipped_section(learn.RISK_ID)
    assert [c.id for c in risk.checklist] == list(CHECKLIST)
    assert shipped().checklist == risk.checklist
    for item in risk.checklist:
        assert CHECKLIST[item.id] in item.text.lower(), item.id
    sleep = next(c for c in risk.checklist if c.id == "sleep-position").text.lower()
    for words in ("loose", "back", "toes point up", "front", "over the end of the bed"):
        assert words in sleep


def test_the_questions_cover_what_a_provider_asks() -> None:
    questions = " ".join(b.text.lower() for b in shipped_section(learn.PROVIDER_ASKS_ID).bullets)
    for words in ("how bad", "when do", "how long", "feel like", "when did they start"):
        assert words in questions


def test_no_section_is_only_a_design_note() -> None:
    for section in shipped().sections:
        own: tuple[Sourced | learn.CheckItem, ...] = (
            *section.cautions,
            *section.paragraphs,
            *section.bullets,
            *section.checklist,
        )
        assert section.red_flags or not all(item.design_note for item in own), section.id


# --- malformed files give problems, never exceptions ---------------------------------------


def section(raw: dict[str, Any], section_id: str) -> dict[str, Any]:
    """The raw section with this id."""
    found: dict[str, Any] = next(s for s in raw["sections"] if s["id"] == section_id)
    return found


def broken(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    """A copy of the shipped file, changed by ``change``."""
    raw = copy.deepcopy(RAW)
    change(raw)
    return raw


MALFORMED: dict[str, object] = {
    "not an object": [],
    "no format": {"sections": []},
    "newer format": {"format": 99, "sections": RAW["sections"]},
    "bool format": {"format": True, "sections": RAW["sections"]},
    "sections not a list": {"format": 1, "sections": {}},
    "no sections": {"format": 1},
    "section not an object": broken(lambda r: r["sections"].__setitem__(0, "text")),
    "missing section": broken(lambda r: r["sections"].pop(2)),
    "duplicate section": broken(lambda r: r["sections"].append(r["sections"][0])),
    "bad id": broken(lambda r: r["sections"][0].__setitem__("id", "Not OK")),
    "no title": broken(lambda r: r["sections"][0].pop("title")),
    "no source note": broken(lambda r: r["sections"][0].pop("source_note")),
    "unknown key": broken(lambda r: r["sections"][0].__setitem__("colour", "red")),
    "no source": broken(lambda r: r["sections"][0]["paragraphs"][0].pop("source")),
    "bad source": broken(lambda r: r["sections"][0]["paragraphs"][0].__setitem__("source", "x")),
    "empty text": broken(lambda r: r["sections"][0]["bullets"][0].__setitem__("text", " ")),
    "long text": broken(lambda r: r["sections"][0]["bullets"][0].__setitem__("text", "a" * 999)),
    "text not a string": broken(lambda r: r["sections"][1]["bullets"][0].__setitem__("text", 3)),
    "bullets not a list": broken(lambda r: r["sections"][1].__setitem__("bullets", "x")),
    "bullet not an object": broken(lambda r: r["sections"][1]["bullets"].append(7)),
    "design note not bool": broken(
        lambda r: r["sections"][1]["bullets"][0].__setitem__("design_note", "yes")
    ),
    "duplicate check id": broken(
        lambda r: section(r, learn.RISK_ID)["checklist"][1].__setitem__("id", "stretch")
    ),
    "bad check id": broken(
        lambda r: section(r, learn.RISK_ID)["checklist"][0].__setitem__("id", None)
    ),
    "unknown tier": broken(lambda r: section(r, "see-a-provider").__setitem__("red_flags", "x")),
    "empty section": broken(
        lambda r: r["sections"].__setitem__(
            1, {"id": "who-gets-them", "title": "Who", "source_note": "Cleveland Clinic"}
        )
    ),
}


@pytest.mark.parametrize("raw", MALFORMED.values(), ids=MALFORMED.keys())
def test_malformed_content_gives_problems_not_exceptions(raw: object) -> None:
    content, problems = learn.parse_learn(raw)
    assert content is None
    assert problems
    for problem in problems:
        assert problem.describe()


def test_a_problem_says_where(tmp_path: Path) -> None:
    raw = broken(lambda r: r["sections"][0]["paragraphs"][0].__setitem__("source", "x"))
    _content, problems = learn.parse_learn(raw)
    assert [(p.field, p.code) for p in problems] == [
        ("sections[0].paragraphs[0].source", ProblemCode.WRONG_TYPE)
    ]
    (tmp_path / learn.LEARN_FILE).write_text("{not json", "utf-8")
    content, problems = load_learn(tmp_path)
    assert content is None
    assert problems[0].code is ProblemCode.NOT_JSON
    content, problems = load_learn(tmp_path / "missing")
    assert content is None
    assert problems[0].code is ProblemCode.UNREADABLE


# --- the saved checklist ----------------------------------------------------------------------


def test_checklist_round_trip_readable_by_the_user_only(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "checklist.json"
    assert save_checklist(path, {"water", "stretch"})
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_checklist(path) == {"water", "stretch"}
    assert json.loads(path.read_text("utf-8"))["checked"] == ["stretch", "water"]
    assert save_checklist(path, frozenset())
    assert load_checklist(path) == set()


def test_a_missing_checklist_is_empty(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING):
        assert load_checklist(tmp_path / "none.json") == set()
    assert caplog.records == []


@pytest.mark.parametrize(
    "data",
    [b"{broken", b"\xff\xfe", b"[]", b'{"format": 1}', b'{"format": 9, "checked": []}', b"null"],
)
def test_a_broken_checklist_is_empty_and_logged(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, data: bytes
) -> None:
    path = tmp_path / "checklist.json"
    path.write_bytes(data)
    with caplog.at_level(logging.WARNING):
        assert load_checklist(path) == set()
    assert caplog.records


def test_bad_ids_in_the_checklist_are_dropped(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "checklist.json"
    path.write_text('{"format": 1, "checked": ["water", 3, "Bad Id"]}', "utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_checklist(path) == {"water"}
    assert caplog.records


def test_a_failed_save_is_logged_not_raised(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", "utf-8")
    with caplog.at_level(logging.ERROR):
        assert not save_checklist(blocker / "checklist.json", {"water"})
    assert caplog.records
