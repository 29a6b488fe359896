"""The quick-relief content (resources/relief), its parser, and the relief routines."""

import copy
import dataclasses
import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.core import relief
from spasm_desktop.core import routine as rt
from spasm_desktop.core.relief import Area, Tier
from spasm_desktop.core.routine import ProblemCode
from spasm_desktop.storage import relief as store
from spasm_desktop.storage import routines as routine_store

#: The content brief, beside the checkout (absent on other machines: that check is skipped).
CONTENT_MD = Path(__file__).resolve().parents[3] / "shared" / "CONTENT.md"
#: The source ids of CONTENT.md §9 (there is no S51) and §7a (S60-S64), for machines without
#: the brief.
KNOWN_SOURCES = ({f"S{n}" for n in range(1, 54)} - {"S51"}) | {f"S{n}" for n in range(60, 65)}
SIDED = {Area.CALF, Area.FOOT, Area.HAMSTRING, Area.QUADRICEPS, Area.HAND, Area.ARM}
HEAT_WORDS = ("heat", "warm", "ice", "soak", "shower", "bath")


@pytest.fixture(scope="module")
def library() -> routine_store.Library:
    return routine_store.load_library(None)


@pytest.fixture(scope="module")
def content(library: routine_store.Library) -> relief.ReliefContent:
    loaded, problems = store.load_relief(routines=library.routines)
    assert problems == []
    assert loaded.red_flags is not None
    assert loaded.cards
    assert loaded.universal
    return loaded


@pytest.fixture(scope="module")
def raw() -> dict[str, Any]:
    folder = store.relief_folder()
    return {
        name: json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
        for name in (relief.UNIVERSAL_FILE, relief.AREAS_FILE, relief.RED_FLAGS_FILE)
    }


def valid_sources() -> set[str]:
    if not CONTENT_MD.is_file():
        return KNOWN_SOURCES
    text = CONTENT_MD.read_text(encoding="utf-8")
    sources = text[text.index("## 7a.") :]
    found = set(re.findall(r"^- \*\*(S\d+)\*\*", sources, re.MULTILINE))
    assert found == KNOWN_SOURCES  # the embedded list is up to date
    return found


def all_sourced(content: relief.ReliefContent) -> list[tuple[str, tuple[str, ...]]]:
    """Every (text, source ids) pair of the content."""
    pairs = [
        (s.text, s.ids)
        for s in content.universal + content.heat_cold + content.numb_skin + content.pregnancy
    ]
    flags = red_flags(content)
    pairs += [(f.text, f.ids) for f in flags.flags]
    pairs += [(flags.emergency_line.text, flags.emergency_line.ids)]
    for card in content.cards.values():
        pairs += [(text, card.sources) for text in (*card.steps, card.hold, *card.tips)]
        pairs += [(w.text, w.ids) for w in card.warnings + card.pregnancy]
    return pairs


def red_flags(content: relief.ReliefContent) -> relief.RedFlags:
    """The content's red flags, which the shipped files always have."""
    assert content.red_flags is not None
    return content.red_flags


def flag(content: relief.ReliefContent, flag_id: str) -> relief.RedFlag:
    """The shipped red flag with this id."""
    found = red_flags(content).get(flag_id)
    assert found is not None, flag_id
    return found


def flag_ids(content: relief.ReliefContent, area: Area) -> set[str]:
    return {f.id for f in red_flags(content).pick(content.cards[area].flags)}


# --- the shipped content ------------------------------------------------------------------------


def test_area_keys_are_in_panel_order_with_a_key_each() -> None:
    assert [a.value for a in relief.AREA_KEYS] == [
        *("calf", "foot", "hamstring", "quadriceps", "hand", "arm", "neck", "back", "belly"),
        *("chest", "all_over"),
    ]
    assert [relief.SHORTCUTS[a] for a in relief.AREA_KEYS] == [
        *"123456789",
        *("0", "A"),
    ]
    assert {Area.CHEST, Area.ALL_OVER} == relief.CARDLESS


def test_every_area_but_the_emergencies_has_a_card(content: relief.ReliefContent) -> None:
    assert list(content.cards) == [a for a in relief.AREA_KEYS if a not in relief.CARDLESS]
    for area, card in content.cards.items():
        assert card.area is area
        assert card.name, area
        assert card.steps, area
        assert card.hold, area
        assert card.sources, area
    assert content.area_name(Area.ALL_OVER)
    assert content.area_name(Area.CHEST) == "Chest"
    assert content.area_name(Area.CALF) == "Calf"


def test_sided_areas_are_the_limbs(content: relief.ReliefContent) -> None:
    assert {a for a, card in content.cards.items() if card.sided} == SIDED


def test_every_card_has_a_relief_routine_that_loads(
    content: relief.ReliefContent, library: routine_store.Library
) -> None:
    assert library.problems == []
    for card in content.cards.values():
        routine = library.routines[card.routine]
        assert routine.purpose is rt.Purpose.RELIEF, card.routine
        assert routine.id == f"relief-{card.area.value}"
        assert rt.timeline(routine, library.exercises)
    assert relief.check_routines(content, library.routines) == []


def test_one_sided_relief_routines_start_on_the_left_and_switch_to_the_chosen_side(
    content: relief.ReliefContent, library: routine_store.Library
) -> None:
    for card in content.cards.values():
        routine = library.routines[card.routine]
        sides = {s.sides for s in routine.steps}
        if card.sided:
            assert sides == {rt.Sides.LEFT}, card.routine
            right = relief.for_side(routine, rt.Sides.RIGHT)
            phases = rt.timeline(right, library.exercises)
            assert {p.side for p in phases} == {rt.Side.RIGHT}
            both = rt.timeline(relief.for_side(routine, rt.Sides.BOTH), library.exercises)
            assert {p.side for p in both} == {rt.Side.LEFT, rt.Side.RIGHT}
        else:
            assert rt.Sides.LEFT not in sides
            assert rt.Sides.RIGHT not in sides
            assert relief.for_side(routine, rt.Sides.RIGHT) == routine
    neck = library.routines["relief-neck"]
    assert [s.sides for s in neck.steps] == [rt.Sides.BOTH]


def test_relief_routines_hold_long_and_start_quickly(library: routine_store.Library) -> None:
    for routine in library.by_purpose(rt.Purpose.RELIEF):
        assert routine.prepare_s <= 3
        for step in routine.steps:
            hold, _relax, reps, _sides = rt.effective_timing(library.exercises[step.exercise], step)
            assert 20 <= hold <= 30, routine.id
            assert 2 <= reps <= 3, routine.id


def test_the_arm_card_stretches_with_sourced_steps_and_shows_the_tier_2_sign(
    content: relief.ReliefContent, library: routine_store.Library
) -> None:
    arm = content.cards[Area.ARM]
    steps = " ".join(arm.steps)
    assert "hold the stretch until the cramp eases" in steps
    assert "press palm and fingers flat" in steps
    assert "bend the fingers back" in steps
    assert {"S14", "S49", "S16"} <= set(arm.sources)
    assert flag_ids(content, Area.ARM) >= {"arms-belly", "chest"}
    assert flag(content, "arms-belly").tier is Tier.TODAY
    assert [s.exercise for s in library.routines["relief-arm"].steps] == ["hand-press"]


def test_cards_name_red_flags_and_hold_no_copy(content: relief.ReliefContent) -> None:
    """The tetanus, upper-back, arms-and-belly lines are red flags named by id (§5.1)."""
    assert {"arms-belly"} <= flag_ids(content, Area.HAND)
    assert {"arms-belly", "belly-pain", "tetanus"} <= flag_ids(content, Area.BELLY)
    assert flag_ids(content, Area.NECK) == {"tetanus"}
    assert flag_ids(content, Area.BACK) == {"upper-back"}
    flag_texts = {f.text for f in red_flags(content).flags}
    for card in content.cards.values():
        for warning in card.warnings:
            assert warning.text not in flag_texts
            assert "tetanus" not in warning.text
            assert "medical care" not in warning.text
        assert len(card.flags) == len(red_flags(content).pick(card.flags)), card.area


def test_unknown_flag_ids_of_a_card_are_reported(content: relief.ReliefContent) -> None:
    cards = dict(content.cards)
    cards[Area.NECK] = dataclasses.replace(cards[Area.NECK], flags=("tetanus", "lockjaw"))
    broken = dataclasses.replace(content, cards=cards)
    assert [(p.field, p.code) for p in relief.check_flags(broken)] == [
        ("neck.flags", ProblemCode.UNKNOWN_VALUE)
    ]


def test_other_area_warnings(content: relief.ReliefContent) -> None:
    neck = content.cards[Area.NECK].warnings
    assert any("sharp pain" in w.text and "tingling" in w.text for w in neck)
    thigh = content.cards[Area.QUADRICEPS].warnings
    assert any("last longer" in w.text and "S6" in w.ids for w in thigh)
    belly = flag(content, "belly-pain")
    assert "fever" in belly.text
    assert "vomiting" in belly.text
    assert belly.design_note


def test_red_flags_have_four_tiers_and_every_sign_of_section_5_1(
    content: relief.ReliefContent,
) -> None:
    flags = red_flags(content)
    ids = {tier: {f.id for f in flags.tier(tier)} for tier in Tier}
    assert [t.value for t in Tier] == ["emergency", "today", "soon", "next_visit"]
    assert ids[Tier.EMERGENCY] == {
        *("unbearable-pain", "all-over", "chest", "clot-chest", "poison", "tetanus"),
    }
    assert {
        *("ten-minutes", "arms-belly", "weakness-numbness", "fluid-loss", "clot"),
        "other-condition",
    } <= ids[Tier.TODAY]
    assert {
        *("significant-pain", "leg-swelling-numbness", "wake-at-night", "painful-frequent-long"),
        *("weakness-wasting", "other-symptoms", "walking-cramps", "new-medicine", "alcohol"),
        *("no-improvement", "sleep-sports", "upper-back"),
    } == ids[Tier.SOON]
    assert ids[Tier.NEXT_VISIT] == {"more-after-medicine", "most-nights", "supplements"}
    text = {f.id: f.text for f in flags.flags}
    assert "10 minutes" in text["ten-minutes"]
    assert "heart attack" in text["chest"]
    assert "S60" in flag(content, "chest").ids
    assert "chest pain" in text["clot-chest"]
    assert "without chest pain" in text["clot"]
    assert {"S62"} <= set(flag(content, "clot").ids) & set(flag(content, "clot-chest").ids)
    assert "poison" in text["poison"]
    assert "tetanus" in text["tetanus"]
    assert "Don't stop" in text["more-after-medicine"]
    for first_four in ("significant-pain", "leg-swelling-numbness", "wake-at-night"):
        assert "right away" in text[first_four]
    assert len(text) == len(flags.flags)  # ids are unique


def test_the_emergency_line_sums_up_the_emergency_tier(content: relief.ReliefContent) -> None:
    line = red_flags(content).emergency_line
    for sign in ("unbearable pain", "all over", "poison", "chest pain", "trouble breathing"):
        assert sign in line.text
    assert "emergency number" in line.text
    assert "S60" in line.ids


def test_every_text_names_known_sources(content: relief.ReliefContent) -> None:
    known = valid_sources()
    for text, ids in all_sourced(content):
        assert ids, text
        assert set(ids) <= known, (text, ids)


def test_design_notes_are_few_and_marked(content: relief.ReliefContent) -> None:
    notes = [s.text for s in content.universal + content.heat_cold if s.design_note]
    notes += [f.text for f in red_flags(content).flags if f.design_note]
    for card in content.cards.values():
        notes += [w.text for w in card.warnings if w.design_note]
    assert any("fever" in n for n in notes)
    assert len(notes) <= 5


def test_texts_are_short(content: relief.ReliefContent) -> None:
    for card in content.cards.values():
        for step in card.steps:
            assert len(step.split()) <= 25, step
    for line in content.universal:
        assert len(line.text.split()) <= 30, line.text


def test_universal_steps_in_order(content: relief.ReliefContent) -> None:
    texts = [s.text for s in content.universal]
    assert texts[0].startswith("Stop")
    assert "hold" in texts[1]
    assert "until" in texts[1]
    assert "Massage" in texts[2]
    assert "walk" in texts[3]
    assert any("24 hours" in t for t in texts)


def test_pain_relievers_help_soreness_afterwards_not_during(content: relief.ReliefContent) -> None:
    line = next(s for s in content.universal if "pain reliever" in s.text)
    assert "Afterwards" in line.text
    assert "soreness" in line.text
    assert "too slowly" in line.text
    assert "During a cramp" in line.text
    assert "acetaminophen (paracetamol)" in line.text
    assert "S6" in line.ids
    assert any("label" in s.text and "pharmacist" in s.text for s in content.universal)


def test_the_ibuprofen_line_carries_its_cautions(content: relief.ReliefContent) -> None:
    """§7a: pregnancy, kidney, heart, liver, stomach ulcer, blood pressure, asthma, blood
    thinners (S61, S6).
    """
    lines = [s for s in content.universal if "NSAID" in s.text or "Ask first, too" in s.text]
    words = " ".join(s.text for s in lines)
    for caution in (
        *("pregnant", "kidney", "heart", "liver", "stomach ulcer", "high blood pressure"),
        *("asthma", "blood thinners"),
    ):
        assert caution in words, caution
    assert all("S61" in s.ids for s in lines)


def test_pregnancy_cautions(content: relief.ReliefContent) -> None:
    words = " ".join(s.text for s in content.pregnancy)
    assert "ibuprofen" in words
    assert "Acetaminophen (paracetamol)" in words
    assert "midwife" in words
    assert all("S61" in s.ids for s in content.pregnancy)
    belly = content.cards[Area.BELLY].pregnancy
    assert belly
    assert "midwife or doctor" in belly[0].text
    assert all(not card.pregnancy for a, card in content.cards.items() if a is not Area.BELLY)


def test_heat_and_cold_rules(content: relief.ReliefContent) -> None:
    rules = " ".join(s.text for s in content.heat_cold)
    assert "never more than 20" in rules
    assert "cloth" in rules
    assert "Never fall asleep" in rules
    assert "tight" in rules
    assert "sore" in rules


def test_the_numb_skin_caution_resolves_ten_minutes_against_no_heat(
    content: relief.ReliefContent,
) -> None:
    """§7a: no heat or soaks on numb skin; elbow or wrist, never the foot; 10 minutes at most
    where the skin feels normal (no "about 10 minutes" beside "no heat" any more).
    """
    caution = " ".join(s.text for s in content.numb_skin)
    assert "numb" in caution
    assert "elbow or wrist, never your foot" in caution
    assert "Where your skin feels normal" in caution
    assert "10 minutes at most" in caution
    assert {"S37", "S63"} <= {i for s in content.numb_skin for i in s.ids}
    assert not any("10 minutes" in s.text for s in content.heat_cold)


def test_every_card_with_a_heat_ice_or_soak_step_carries_the_numb_skin_caution(
    content: relief.ReliefContent,
) -> None:
    for area, card in content.cards.items():
        words = " ".join((*card.steps, *card.tips)).lower()
        has_heat = any(word in words for word in HEAT_WORDS)
        assert card.heat == has_heat, area


def test_back_heat_minutes_agree_with_the_heat_rules(content: relief.ReliefContent) -> None:
    back = " ".join(content.cards[Area.BACK].tips)
    assert "15–20 minutes" in back
    assert "never more than 20" in back
    assert "10–20" not in back


def test_standing_at_night_sits_up_first_and_holds_something_fixed(
    content: relief.ReliefContent,
) -> None:
    for area in (Area.CALF, Area.FOOT):
        steps = " ".join(content.cards[area].steps)
        assert "sit up first" in steps, area
        assert "get up slowly" in steps, area
        assert "never a chair on wheels" in steps
        assert "S64" in content.cards[area].sources
    for area in (Area.HAMSTRING, Area.QUADRICEPS):
        steps = " ".join(content.cards[area].steps)
        assert "never a chair on wheels" in steps, area
        assert "holding a chair" not in steps, area


# --- malformed files ----------------------------------------------------------------------------


def codes(problems: Iterable[relief.Problem]) -> set[tuple[str, ProblemCode]]:
    return {(p.field, p.code) for p in problems}


@pytest.mark.parametrize(
    "value", [None, [], "text", 3, {}, {"format": "1"}, {"format": 2}, {"format": True}]
)
@pytest.mark.parametrize("parse", [relief.parse_universal, relief.parse_areas])
def test_not_an_object_or_bad_format(
    parse: Callable[[Any], tuple[object, list[relief.Problem]]], value: object
) -> None:
    parsed, problems = parse(value)
    assert parsed is None
    assert problems


def test_red_flags_bad_entries(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw[relief.RED_FLAGS_FILE])
    data["flags"][0]["tier"] = "later"
    data["flags"][1]["source"] = "Mayo"
    data["flags"][2]["id"] = data["flags"][3]["id"]
    data["flags"][4]["colour"] = "red"
    data["flags"][5] = "a string"
    del data["flags"][6]["text"]
    flags, problems = relief.parse_red_flags(data)
    assert flags is None
    assert codes(problems) >= {
        ("flags[0].tier", ProblemCode.UNKNOWN_VALUE),
        ("flags[1].source", ProblemCode.WRONG_TYPE),
        ("flags[3].id", ProblemCode.DUPLICATE_ID),
        ("flags[4].colour", ProblemCode.UNKNOWN_KEY),
        ("flags[5]", ProblemCode.WRONG_TYPE),
        ("flags[6].text", ProblemCode.MISSING),
    }
    for problem in problems:
        assert problem.file == relief.RED_FLAGS_FILE
        assert problem.describe()


def test_red_flags_need_every_tier(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw[relief.RED_FLAGS_FILE])
    data["flags"] = [f for f in data["flags"] if f["tier"] != "next_visit"]
    flags, problems = relief.parse_red_flags(data)
    assert flags is None
    assert codes(problems) == {("flags", ProblemCode.MISSING)}
    assert "next_visit" in problems[0].expected


def test_areas_bad_cards(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw[relief.AREAS_FILE])
    cards = data["areas"]
    cards[0]["sided"] = "yes"
    cards[1]["steps"] = []
    cards[2]["routine"] = "Relief Hamstring"
    cards[3]["sources"] = ["S6, S1"]
    cards[4]["warnings"] = [{"text": "Careful."}]
    cards[5]["id"] = "shoulder"
    del cards[6]["hold"]
    cards[7]["tips"] = ["x" * 500]
    areas, problems = relief.parse_areas(data)
    assert areas is None
    assert codes(problems) >= {
        ("areas[0].sided", ProblemCode.WRONG_TYPE),
        ("areas[1].steps", ProblemCode.WRONG_TYPE),
        ("areas[2].routine", ProblemCode.BAD_ID),
        ("areas[3].sources", ProblemCode.WRONG_TYPE),
        ("areas[4].warnings[0].source", ProblemCode.MISSING),
        ("areas[5].id", ProblemCode.UNKNOWN_VALUE),
        ("areas[6].hold", ProblemCode.MISSING),
        ("areas[7].tips", ProblemCode.TOO_LONG),
        ("areas", ProblemCode.MISSING),  # no neck card now
    }


def test_areas_duplicate_and_missing(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw[relief.AREAS_FILE])
    data["areas"][1] = copy.deepcopy(data["areas"][0])
    areas, problems = relief.parse_areas(data)
    assert areas is None
    assert codes(problems) == {
        ("areas[1].id", ProblemCode.DUPLICATE_ID),
        ("areas", ProblemCode.MISSING),
    }
    assert "foot" in problems[-1].expected


def test_universal_bad_parts(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw[relief.UNIVERSAL_FILE])
    data["steps"] = "stretch"
    data["heat_cold"][0]["design_note"] = "yes"
    data["numb_skin"] = ["text"]
    del data["pregnancy"]
    data["extra"] = 1
    universal, problems = relief.parse_universal(data)
    assert universal is None
    assert codes(problems) == {
        ("steps", ProblemCode.WRONG_TYPE),
        ("heat_cold[0].design_note", ProblemCode.WRONG_TYPE),
        ("numb_skin[0]", ProblemCode.WRONG_TYPE),
        ("pregnancy", ProblemCode.MISSING),
        ("extra", ProblemCode.UNKNOWN_KEY),
    }


def test_red_flags_need_the_emergency_line(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw[relief.RED_FLAGS_FILE])
    del data["emergency_line"]["source"]
    flags, problems = relief.parse_red_flags(data)
    assert flags is None
    assert codes(problems) == {("emergency_line.source", ProblemCode.MISSING)}


def test_card_flags_must_be_a_list_of_ids(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw[relief.AREAS_FILE])
    data["areas"][6]["flags"] = "tetanus"
    areas, problems = relief.parse_areas(data)
    assert areas is None
    assert codes(problems) == {("areas[6].flags", ProblemCode.WRONG_TYPE)}


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["areas"].append({"id": "calf"}),
        lambda d: d["areas"][0].update(steps=[1, 2]),
        lambda d: d["areas"][0].update(warnings=[None]),
        lambda d: d["areas"][0].update(id=["calf"]),
        lambda d: d["areas"][0].update(id={"x": 1}),
        lambda d: d["areas"][0].update(name=""),
        lambda d: d["areas"].__setitem__(10, {"id": "all_over", "name": "All", "steps": []}),
        lambda d: d.update(areas={}),
        lambda d: d.pop("areas"),
    ],
)
def test_areas_malformed_never_raises(raw: dict[str, Any], mutate: Callable[[Any], object]) -> None:
    data = copy.deepcopy(raw[relief.AREAS_FILE])
    mutate(data)
    areas, problems = relief.parse_areas(data)
    assert areas is None
    assert problems


def test_red_flag_tier_of_the_wrong_type_is_a_problem(raw: dict[str, Any]) -> None:
    data = copy.deepcopy(raw[relief.RED_FLAGS_FILE])
    data["flags"][0]["tier"] = ["emergency"]
    flags, problems = relief.parse_red_flags(data)
    assert flags is None
    assert codes(problems) == {("flags[0].tier", ProblemCode.UNKNOWN_VALUE)}


def test_missing_routine_is_reported(
    content: relief.ReliefContent, library: routine_store.Library
) -> None:
    routines = dict(library.routines)
    del routines["relief-calf"]
    routines["relief-foot"] = library.routines["desk-break"]
    problems = relief.check_routines(content, routines)
    assert [p.field for p in problems] == ["calf.routine", "foot.routine"]


def test_load_from_a_folder_with_broken_and_missing_files(
    tmp_path: Path, raw: dict[str, Any]
) -> None:
    (tmp_path / relief.UNIVERSAL_FILE).write_text("{not json", encoding="utf-8")
    (tmp_path / relief.AREAS_FILE).write_text(json.dumps(raw[relief.AREAS_FILE]), "utf-8")
    content, problems = store.load_relief(tmp_path)
    assert {(p.file, p.code) for p in problems} == {
        (relief.UNIVERSAL_FILE, ProblemCode.NOT_JSON),
        (relief.RED_FLAGS_FILE, ProblemCode.UNREADABLE),
    }
    # What could be read is still there: the cards, without the red flags or universal steps.
    assert content.red_flags is None
    assert content.flags(Tier.EMERGENCY) == ()
    assert content.universal == ()
    assert Area.CALF in content.cards


def test_a_broken_red_flag_list_leaves_the_rest(tmp_path: Path, raw: dict[str, Any]) -> None:
    for name in (relief.UNIVERSAL_FILE, relief.AREAS_FILE):
        (tmp_path / name).write_text(json.dumps(raw[name]), "utf-8")
    broken = copy.deepcopy(raw[relief.RED_FLAGS_FILE])
    broken["flags"][0]["tier"] = "whenever"
    (tmp_path / relief.RED_FLAGS_FILE).write_text(json.dumps(broken), "utf-8")
    content, problems = store.load_relief(tmp_path)
    assert content.red_flags is None
    assert content.cards
    assert content.universal
    assert [p.file for p in problems] == [relief.RED_FLAGS_FILE]


def test_load_returns_a_new_object_each_time() -> None:
    first, _ = store.load_relief()
    second, _ = store.load_relief()
    assert first is not second
    assert first.red_flags == second.red_flags
    assert first.red_flags is not None


def test_every_card_has_two_to_four_short_quick_steps(content: relief.ReliefContent) -> None:
    for card in content.cards.values():
        assert 2 <= len(card.quick) <= 4, card.area
        assert card.first_steps == card.quick
        assert all(len(line) <= relief.MAX_LINE for line in card.quick), card.quick
    calf = content.cards[relief.Area.CALF]
    assert "toward your face" in calf.quick[1]
    assert "towel" in calf.quick[1]
    # The fixed-support rule (CONTENT.md §7a) stays on the standing thigh stretch.
    assert "never a chair on wheels" in content.cards[relief.Area.QUADRICEPS].quick[0]


def test_quick_steps_are_checked(raw: dict[str, Any]) -> None:
    areas = copy.deepcopy(raw["areas.json"])
    areas["areas"][0]["quick"] = ["One line only, so too few."]
    cards, problems = relief.parse_areas(areas)
    assert cards is None
    assert [p.field for p in problems] == ["areas[0].quick"]
    areas["areas"][0]["quick"] = ["A step that goes on and on " * 3, "Fine."]
    cards, problems = relief.parse_areas(areas)
    assert cards is None
    assert [p.code for p in problems] == [ProblemCode.TOO_LONG]
    del areas["areas"][0]["quick"]
    cards, problems = relief.parse_areas(areas)
    assert problems == []
    assert cards is not None
    assert cards.cards[relief.Area.CALF].first_steps[0].startswith("Sitting")


def test_the_red_line_names_the_top_emergency_signs(content: relief.ReliefContent) -> None:
    headline = red_flags(content).headline()
    assert [f.id for f in headline] == ["unbearable-pain", "all-over", "chest"]
    assert all(f.tier is relief.Tier.EMERGENCY for f in headline)
    assert "chest pain" in headline[2].short
    assert "breathing" in headline[2].short


def test_quick_steps_have_no_heat_step(content: relief.ReliefContent) -> None:
    # Heat, ice and soaks stay under "More that helps", next to the numb-skin caution (§7a).
    for card in content.cards.values():
        for line in card.quick:
            assert not any(word in line.lower() for word in HEAT_WORDS), line
