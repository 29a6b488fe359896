"""Reminder tips (resources/tips/tips.json): the content, the parser and the rotation."""

import copy
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.core import tips as core
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.routine import ProblemCode
from spasm_desktop.core.tips import Tip, pick, remember
from spasm_desktop.storage import tips as store

#: The source ids of CONTENT.md §9 (there is no S51).
KNOWN_SOURCES = {f"S{n}" for n in range(1, 54)} - {"S51"}


@pytest.fixture(scope="module")
def loaded() -> tuple[Tip, ...]:
    found, problems = store.load_tips()
    assert problems == []
    assert found is not None
    return found


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        store.tips_folder().joinpath(core.FILE).read_text(encoding="utf-8")
    )
    return data


def of_kind(tips: Sequence[Tip], kind: str) -> list[Tip]:
    return [t for t in tips if t.kind == kind]


def has(tips: Sequence[Tip], *words: str) -> bool:
    """Whether one of ``tips`` mentions all ``words`` (case-insensitive)."""
    return any(all(w in t.text.lower() for w in words) for t in tips)


# --- the content --------------------------------------------------------------------------------


def test_kinds_match_the_reminder_kinds() -> None:
    assert set(core.KINDS) == {k.value for k in ReminderKind}


def test_each_kind_has_enough_tips(loaded: tuple[Tip, ...]) -> None:
    for kind in core.KINDS:
        assert 3 <= len(of_kind(loaded, kind)) <= 8, kind


def test_every_tip_is_short_and_sourced(loaded: tuple[Tip, ...]) -> None:
    for tip in loaded:
        assert len(tip.text.split()) <= 25, tip.id
        assert tip.ids, tip.id
        assert set(tip.ids) <= KNOWN_SOURCES, tip.id
    assert len({t.id for t in loaded}) == len(loaded)


def test_no_strong_claims(loaded: tuple[Tip, ...]) -> None:
    for tip in loaded:
        text = tip.text.lower()
        for word in ("prevents", "cures", "will stop", "guarantee"):
            assert word not in text, tip.id


def test_bedtime_checklist(loaded: tuple[Tip, ...]) -> None:
    bedtime = of_kind(loaded, "bedtime")
    assert has(bedtime, "loose", "sheets")
    assert has(bedtime, "back", "pillows", "toes point up")
    assert has(bedtime, "front", "feet", "over the end of the bed")


def test_water_tips(loaded: tuple[Tip, ...]) -> None:
    water = of_kind(loaded, "water")
    assert has(water, "hot weather", "exercise", "raise")
    limits = [t for t in water if t.when == core.FLUID_LIMIT]
    assert len(limits) == 1
    assert "fluid limit" in limits[0].text.lower()
    assert "clinician" in limits[0].text.lower()
    assert all(t.when == core.ALWAYS for t in loaded if t.kind != "water")


def test_stretch_and_move_name_sitting_as_a_risk_factor(loaded: tuple[Tip, ...]) -> None:
    for kind in ("stretch", "move"):
        assert has(of_kind(loaded, kind), "sitting", "risk factor"), kind


# --- rotation -----------------------------------------------------------------------------------


def show(
    tips: Sequence[Tip], kind: str, recent: Sequence[str], fluid_limit: bool = False
) -> tuple[Tip, tuple[str, ...]]:
    """The tip picked next, and the recent ids with it remembered."""
    tip = pick(tips, kind, recent, fluid_limit)
    assert tip is not None
    return tip, remember(recent, tip.id, keep=len(tips))


@pytest.mark.parametrize("kind", core.KINDS)
def test_no_repeat_until_all_were_shown(loaded: tuple[Tip, ...], kind: str) -> None:
    candidates = [t.id for t in of_kind(loaded, kind) if t.when == core.ALWAYS]
    recent: tuple[str, ...] = ()
    shown = []
    for _ in candidates:
        tip, recent = show(loaded, kind, recent)
        shown.append(tip.id)
    assert shown == candidates  # file order, each once
    # Then the least recently shown comes next, round after round.
    for _ in range(2):
        again = []
        for _ in candidates:
            tip, recent = show(loaded, kind, recent)
            again.append(tip.id)
        assert again == candidates


def test_least_recently_shown_comes_next() -> None:
    tips = [Tip(i, "move", "text", "S1") for i in ("a", "b", "c")]
    assert pick(tips, "move", ["c", "a", "b"], False) == tips[2]
    assert pick(tips, "move", ["b", "c", "a", "x"], False) == tips[1]
    assert pick(tips, "move", ["a", "b"], False) == tips[2]
    assert pick(tips, "move", [], False) == tips[0]
    # Ids of other kinds, or of tips no longer in the file, do not matter.
    assert pick(tips, "move", ["gone", "a"], False) == tips[1]


def test_fluid_limit_always_gets_the_fluid_limit_tip(loaded: tuple[Tip, ...]) -> None:
    limit = next(t for t in loaded if t.when == core.FLUID_LIMIT)
    recent: tuple[str, ...] = ()
    for _ in range(5):
        tip = pick(loaded, "water", recent, True)
        assert tip == limit
        recent = remember(recent, tip.id)


def test_fluid_limit_tip_only_with_a_fluid_limit(loaded: tuple[Tip, ...]) -> None:
    limit = next(t for t in loaded if t.when == core.FLUID_LIMIT)
    recent: tuple[str, ...] = ()
    for _ in range(20):
        for kind in core.KINDS:
            for fluid_limit in (False, True):
                if kind == "water" and fluid_limit:
                    continue
                tip = pick(loaded, kind, recent, fluid_limit)
                assert tip is not None
                assert tip != limit
                assert tip.kind == kind
                recent = remember(recent, tip.id)


def test_unknown_kind_or_no_tips_gives_none(loaded: tuple[Tip, ...]) -> None:
    assert pick(loaded, "nap", [], False) is None
    assert pick(loaded, "", [], True) is None
    assert pick((), "water", [], False) is None
    no_limit_tip = [t for t in loaded if t.when == core.ALWAYS]
    assert pick(no_limit_tip, "water", [], True) is None  # never a "drink more" tip


def test_remember_appends_and_trims() -> None:
    assert remember((), "a") == ("a",)
    assert remember(("a", "b"), "c", keep=2) == ("b", "c")
    assert remember(("a", "b", "c"), "a") == ("b", "c", "a")
    assert remember(["x"] * 3, "y", keep=0) == ()
    recent: tuple[str, ...] = ()
    for n in range(30):
        recent = remember(recent, f"t{n}")
    assert recent == tuple(f"t{n}" for n in range(18, 30))
    assert len(recent) == core.KEEP


# --- malformed files ----------------------------------------------------------------------------


def codes(problems: Iterable[core.Problem]) -> set[tuple[str, ProblemCode]]:
    return {(p.field, p.code) for p in problems}


def parsed(raw: object) -> set[tuple[str, ProblemCode]]:
    found, problems = core.parse_tips(raw)
    assert found is None
    assert problems
    for problem in problems:
        assert problem.describe()
    return codes(problems)


def test_whole_file_problems() -> None:
    assert parsed([]) == {("", ProblemCode.NOT_AN_OBJECT)}
    assert parsed(None) == {("", ProblemCode.NOT_AN_OBJECT)}
    assert parsed({"tips": []}) == {("format", ProblemCode.MISSING)}
    assert parsed({"format": "1", "tips": []}) == {("format", ProblemCode.WRONG_TYPE)}
    assert parsed({"format": True, "tips": []}) == {("format", ProblemCode.WRONG_TYPE)}
    assert parsed({"format": 2, "tips": []}) == {("format", ProblemCode.NEWER_FORMAT)}
    assert parsed({"format": 1}) == {("tips", ProblemCode.MISSING)}
    assert parsed({"format": 1, "tips": []}) == {("tips", ProblemCode.WRONG_TYPE)}
    assert parsed({"format": 1, "tips": {}}) == {("tips", ProblemCode.WRONG_TYPE)}


def test_unknown_top_key(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["tipz"] = []
    assert parsed(broken) == {("tipz", ProblemCode.UNKNOWN_KEY)}


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"id": "Water Heat"}, ("id", ProblemCode.BAD_ID)),
        ({"id": 3}, ("id", ProblemCode.BAD_ID)),
        ({"id": "water-fluid-limit"}, ("id", ProblemCode.DUPLICATE_ID)),
        ({"kind": "nap"}, ("kind", ProblemCode.UNKNOWN_VALUE)),
        ({"kind": None}, ("kind", ProblemCode.MISSING)),
        ({"kind": ["water"]}, ("kind", ProblemCode.UNKNOWN_VALUE)),
        ({"text": None}, ("text", ProblemCode.MISSING)),
        ({"text": "  "}, ("text", ProblemCode.WRONG_TYPE)),
        ({"text": 5}, ("text", ProblemCode.WRONG_TYPE)),
        ({"text": "word " * 26}, ("text", ProblemCode.TOO_LONG)),
        ({"text": "x" * 201}, ("text", ProblemCode.TOO_LONG)),
        ({"source": None}, ("source", ProblemCode.MISSING)),
        ({"source": "Mayo"}, ("source", ProblemCode.WRONG_TYPE)),
        ({"source": "S0"}, ("source", ProblemCode.WRONG_TYPE)),
        ({"source": ["S1"]}, ("source", ProblemCode.WRONG_TYPE)),
        ({"when": "sometimes"}, ("when", ProblemCode.UNKNOWN_VALUE)),
        ({"when": {}}, ("when", ProblemCode.UNKNOWN_VALUE)),
        ({"colour": "red"}, ("colour", ProblemCode.UNKNOWN_KEY)),
    ],
)
def test_tip_problems(
    raw: dict[str, Any], change: dict[str, object], expected: tuple[str, ProblemCode]
) -> None:
    broken = copy.deepcopy(raw)
    tip = broken["tips"][1]  # water-heat
    for key, value in change.items():
        if value is None:
            del tip[key]
        else:
            tip[key] = value
    field, code = expected
    assert parsed(broken) == {(f"tips[1].{field}", code)}


def test_tip_not_an_object(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["tips"][2] = "water"
    assert parsed(broken) == {("tips[2]", ProblemCode.WRONG_TYPE)}


def test_fluid_limit_only_for_water(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    index = next(i for i, t in enumerate(broken["tips"]) if t["kind"] == "bedtime")
    broken["tips"][index]["when"] = "fluid_limit"
    assert parsed(broken) == {(f"tips[{index}].when", ProblemCode.UNKNOWN_VALUE)}


def test_a_fluid_limit_tip_is_required(raw: dict[str, Any]) -> None:
    broken = copy.deepcopy(raw)
    broken["tips"] = [t for t in broken["tips"] if t.get("when") != "fluid_limit"]
    assert parsed(broken) == {("tips", ProblemCode.MISSING)}


def test_when_defaults_to_always() -> None:
    found, problems = core.parse_tips(
        {
            "format": 1,
            "tips": [
                {"id": "a", "kind": "move", "text": " Walk. ", "source": "S1, S12"},
                {
                    "id": "b",
                    "kind": "water",
                    "text": "Limit.",
                    "source": "S23",
                    "when": "fluid_limit",
                },
            ],
        }
    )
    assert problems == []
    assert found == (
        Tip("a", "move", "Walk.", "S1, S12", "always"),
        Tip("b", "water", "Limit.", "S23", "fluid_limit"),
    )
    assert found[0].ids == ("S1", "S12")


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (None, ProblemCode.UNREADABLE),
        (b"{not json", ProblemCode.NOT_JSON),
        (b"\xff\xfe", ProblemCode.NOT_JSON),
        (b"[1, 2]", ProblemCode.NOT_AN_OBJECT),
        (b'{"format": 1, "tips": [{"id": "x"}]}', ProblemCode.MISSING),
    ],
)
def test_broken_files_give_problems(
    tmp_path: Path, content: bytes | None, code: ProblemCode
) -> None:
    if content is not None:
        (tmp_path / core.FILE).write_bytes(content)
    found, problems = store.load_tips(tmp_path)
    assert found is None
    assert code in {p.code for p in problems}


def test_choose_rotates_each_kind_of_a_reminder_from_the_stored_record() -> None:
    tips = [Tip(i, "move", "text", "S1") for i in ("m1", "m2", "m3")]
    tips += [Tip(i, "stretch", "text", "S1") for i in ("s1", "s2")]
    record: object = None  # nothing stored yet
    seen: dict[str, list[str]] = {"move": [], "stretch": []}
    for _ in range(6):
        chosen, record = core.choose(tips, ["move", "stretch"], record, False)
        for kind, tip in chosen.items():
            assert tip.kind == kind
            seen[kind].append(tip.id)
    assert seen["move"] == ["m1", "m2", "m3"] * 2  # no repeat before the others of the kind
    assert seen["stretch"] == ["s1", "s2"] * 3
    # Each kind keeps its tips less one, so the record never grows past them.
    assert record == {"move": ["m2", "m3"], "stretch": ["s2"]}


def test_choose_skips_kinds_without_tips_and_ignores_a_damaged_record() -> None:
    tips = [Tip("m1", "move", "text", "S1"), Tip("m2", "move", "text", "S1")]
    damaged = {"move": ["m1", 7], "bedtime": "not a list", 3: ["x"]}
    chosen, record = core.choose(tips, ["move", "bedtime"], damaged, False)
    assert {kind: tip.id for kind, tip in chosen.items()} == {"move": "m2"}
    assert record == {"move": ["m2"], "3": ["x"]}
    assert core.choose(tips, ["move"], ["not", "a", "mapping"], False)[1] == {"move": ["m1"]}
