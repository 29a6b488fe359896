"""The quick-relief content (resources/relief), its parser, and the relief routines."""

import copy
import json
import re
from pathlib import Path

import pytest

from spasm_desktop.core import relief
from spasm_desktop.core import routine as rt
from spasm_desktop.core.relief import Area, Tier
from spasm_desktop.core.routine import ProblemCode
from spasm_desktop.storage import relief as store
from spasm_desktop.storage import routines as routine_store

#: The content brief, beside the checkout (absent on other machines: that check is skipped).
CONTENT_MD = Path(__file__).resolve().parents[3] / "shared" / "CONTENT.md"
#: The source ids of CONTENT.md §9 (there is no S51), for machines without the brief.
KNOWN_SOURCES = {f"S{n}" for n in range(1, 54)} - {"S51"}
SIDED = {Area.CALF, Area.FOOT, Area.HAMSTRING, Area.QUADRICEPS, Area.HAND}
CHEST_ARMS_BELLY = "chest, arms or belly"


@pytest.fixture(scope="module")
def library():
    return routine_store.load_library(None)


@pytest.fixture(scope="module")
def content(library):
    loaded, problems = store.load_relief(routines=library.routines)
    assert problems == []
    assert loaded is not None
    return loaded


@pytest.fixture(scope="module")
def raw():
    folder = store.relief_folder()
    return {
        name: json.loads(folder.joinpath(name).read_text(encoding="utf-8"))
        for name in (relief.UNIVERSAL_FILE, relief.AREAS_FILE, relief.RED_FLAGS_FILE)
    }


def valid_sources():
    if not CONTENT_MD.is_file():
        return KNOWN_SOURCES
    text = CONTENT_MD.read_text(encoding="utf-8")
    sources = text[text.index("## 9. Sources") :]
    found = set(re.findall(r"^- \*\*(S\d+)\*\*", sources, re.MULTILINE))
    assert found == KNOWN_SOURCES  # the embedded list is up to date
    return found


def all_sourced(content):
    """Every (text, source ids) pair of the content."""
    pairs = [(s.text, s.ids) for s in content.universal + content.heat_cold]
    pairs += [(content.ten_minutes.text, content.ten_minutes.ids)]
    pairs += [(content.all_over.text, content.all_over.ids)]
    pairs += [(f.text, f.ids) for f in content.red_flags]
    for card in content.cards.values():
        pairs += [(text, card.sources) for text in (*card.steps, card.hold, *card.tips)]
        pairs += [(w.text, w.ids) for w in card.warnings]
    return pairs


# --- the shipped content ------------------------------------------------------------------------


def test_area_keys_are_in_panel_order():
    assert [a.value for a in relief.AREA_KEYS] == [
        *("calf", "foot", "hamstring", "quadriceps", "hand", "neck", "back", "belly", "all_over"),
    ]


def test_every_area_but_all_over_has_a_card(content):
    assert list(content.cards) == [a for a in relief.AREA_KEYS if a is not Area.ALL_OVER]
    for area, card in content.cards.items():
        assert card.area is area
        assert card.name and card.steps and card.hold and card.sources, area
    assert content.area_name(Area.ALL_OVER)
    assert content.area_name(Area.CALF) == "Calf"


def test_sided_areas_are_the_limbs(content):
    assert {a for a, card in content.cards.items() if card.sided} == SIDED


def test_every_card_has_a_relief_routine_that_loads(content, library):
    assert library.problems == []
    for card in content.cards.values():
        routine = library.routines[card.routine]
        assert routine.purpose is rt.Purpose.RELIEF, card.routine
        assert routine.id == f"relief-{card.area.value}"
        assert rt.timeline(routine, library.exercises)
    assert relief.check_routines(content, library.routines) == []


def test_one_sided_relief_routines_start_on_the_left_and_switch_to_the_chosen_side(
    content, library
):
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
            assert rt.Sides.LEFT not in sides and rt.Sides.RIGHT not in sides
            assert relief.for_side(routine, rt.Sides.RIGHT) == routine
    neck = library.routines["relief-neck"]
    assert [s.sides for s in neck.steps] == [rt.Sides.BOTH]


def test_relief_routines_hold_long_and_start_quickly(library):
    for routine in library.by_purpose(rt.Purpose.RELIEF):
        assert routine.prepare_s <= 3
        for step in routine.steps:
            hold, _relax, reps, _sides = rt.effective_timing(library.exercises[step.exercise], step)
            assert 20 <= hold <= 30 and 2 <= reps <= 3, routine.id


def test_chest_arms_belly_warning_on_hand_and_belly(content):
    for area in Area:
        if area is Area.ALL_OVER:
            continue
        warned = any(CHEST_ARMS_BELLY in w.text for w in content.cards[area].warnings)
        assert warned == (area in {Area.HAND, Area.BELLY}), area
    for area in (Area.HAND, Area.BELLY):
        warning = next(w for w in content.cards[area].warnings if CHEST_ARMS_BELLY in w.text)
        assert "S12" in warning.ids and "medical care promptly" in warning.text


def test_tetanus_note_on_neck_and_belly(content):
    for area in (Area.NECK, Area.BELLY):
        notes = [w for w in content.cards[area].warnings if "tetanus" in w.text]
        assert len(notes) == 1, area
        assert {"S40", "S6"} <= set(notes[0].ids)
        assert "jaw" in notes[0].text and "emergency" in notes[0].text


def test_area_specific_warnings(content):
    belly = " ".join(w.text for w in content.cards[Area.BELLY].warnings)
    assert "fever" in belly and "vomiting" in belly
    neck = content.cards[Area.NECK].warnings
    assert any("sharp pain" in w.text and "tingling" in w.text for w in neck)
    back = content.cards[Area.BACK].warnings
    assert any("upper back" in w.text and w.ids == ("S24",) for w in back)
    thigh = content.cards[Area.QUADRICEPS].warnings
    assert any("last longer" in w.text and "S6" in w.ids for w in thigh)


def test_red_flags_have_three_tiers_and_the_key_items(content):
    ids = {tier: {f.id for f in content.flags(tier)} for tier in Tier}
    assert all(ids.values())
    assert {
        *("unbearable-pain", "all-over", "poison", "wont-stop", "ten-minutes", "tetanus"),
        *("clot", "chest-arms-belly", "weakness-numbness", "fluid-loss"),
    } <= ids[Tier.EMERGENCY]
    assert {"wake-at-night", "weakness-wasting", "walking-cramps", "new-medicine"} <= ids[Tier.SOON]
    assert {"more-after-medicine", "most-nights"} <= ids[Tier.NEXT_VISIT]
    text = {f.id: f.text for f in content.red_flags}
    assert "10 minutes" in text["ten-minutes"]
    assert "one leg" in text["clot"].lower() and "clot" in text["clot"]
    assert "poison" in text["poison"]
    assert "tetanus" in text["tetanus"]
    assert "Don't stop" in text["more-after-medicine"]
    assert len(text) == len(content.red_flags)  # ids are unique


def test_every_text_names_known_sources(content):
    known = valid_sources()
    for text, ids in all_sourced(content):
        assert ids, text
        assert set(ids) <= known, (text, ids)


def test_design_notes_are_few_and_marked(content):
    notes = [s.text for s in content.universal + content.heat_cold if s.design_note]
    notes += [f.text for f in content.red_flags if f.design_note]
    for card in content.cards.values():
        notes += [w.text for w in card.warnings if w.design_note]
    assert any("fever" in n for n in notes)
    assert len(notes) <= 5


def test_texts_are_short(content):
    for card in content.cards.values():
        for step in card.steps:
            assert len(step.split()) <= 22, step
    for step in content.universal:
        assert len(step.text.split()) <= 25, step.text


def test_universal_steps_in_order(content):
    texts = [s.text for s in content.universal]
    assert texts[0].startswith("Stop")
    assert "hold" in texts[1] and "until" in texts[1]
    assert "Massage" in texts[2]
    assert "walk" in texts[3]
    assert any("24 hours" in t for t in texts)


def test_pain_relievers_help_soreness_afterwards_not_during(content):
    line = next(s for s in content.universal if "pain reliever" in s.text)
    assert "Afterwards" in line.text and "soreness" in line.text
    assert "too slowly" in line.text and "During a cramp" in line.text
    assert "S6" in line.ids
    assert any("label" in s.text and "pharmacist" in s.text for s in content.universal)


def test_heat_and_cold_rules(content):
    rules = " ".join(s.text for s in content.heat_cold)
    assert "never more than 20" in rules
    assert "cloth" in rules
    assert "Never fall asleep" in rules
    assert "10 minutes" in rules and "Nerve damage" in rules
    assert "tight" in rules and "sore" in rules


def test_ten_minutes_and_all_over_advice(content):
    assert "10 minutes" in content.ten_minutes.text
    assert "urgent care" in content.ten_minutes.text and content.ten_minutes.ids == ("S6",)
    assert content.all_over_title
    over = content.all_over.text
    assert "all over" in over and "poison" in over and "emergency number" in over
    assert "S1" in content.all_over.ids


# --- malformed files ----------------------------------------------------------------------------


def codes(problems):
    return {(p.field, p.code) for p in problems}


@pytest.mark.parametrize(
    "value", [None, [], "text", 3, {}, {"format": "1"}, {"format": 2}, {"format": True}]
)
@pytest.mark.parametrize("parse", [relief.parse_universal, relief.parse_areas])
def test_not_an_object_or_bad_format(parse, value):
    parsed, problems = parse(value)
    assert parsed is None and problems


def test_red_flags_bad_entries(raw):
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
        assert problem.file == relief.RED_FLAGS_FILE and problem.describe()


def test_red_flags_need_every_tier(raw):
    data = copy.deepcopy(raw[relief.RED_FLAGS_FILE])
    data["flags"] = [f for f in data["flags"] if f["tier"] != "next_visit"]
    flags, problems = relief.parse_red_flags(data)
    assert flags is None
    assert codes(problems) == {("flags", ProblemCode.MISSING)}
    assert "next_visit" in problems[0].expected


def test_areas_bad_cards(raw):
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


def test_areas_duplicate_and_missing(raw):
    data = copy.deepcopy(raw[relief.AREAS_FILE])
    data["areas"][1] = copy.deepcopy(data["areas"][0])
    areas, problems = relief.parse_areas(data)
    assert areas is None
    assert codes(problems) == {
        ("areas[1].id", ProblemCode.DUPLICATE_ID),
        ("areas", ProblemCode.MISSING),
    }
    assert "foot" in problems[-1].expected


def test_universal_bad_parts(raw):
    data = copy.deepcopy(raw[relief.UNIVERSAL_FILE])
    data["steps"] = "stretch"
    data["heat_cold"][0]["design_note"] = "yes"
    data["ten_minutes"] = ["text"]
    del data["all_over"]["title"]
    data["extra"] = 1
    universal, problems = relief.parse_universal(data)
    assert universal is None
    assert codes(problems) == {
        ("steps", ProblemCode.WRONG_TYPE),
        ("heat_cold[0].design_note", ProblemCode.WRONG_TYPE),
        ("ten_minutes", ProblemCode.WRONG_TYPE),
        ("all_over.title", ProblemCode.MISSING),
        ("extra", ProblemCode.UNKNOWN_KEY),
    }


@pytest.mark.parametrize(
    "mutate",
    [
        lambda d: d["areas"].append({"id": "calf"}),
        lambda d: d["areas"][0].update(steps=[1, 2]),
        lambda d: d["areas"][0].update(warnings=[None]),
        lambda d: d["areas"][0].update(id=["calf"]),
        lambda d: d["areas"][0].update(id={"x": 1}),
        lambda d: d["areas"][0].update(name=""),
        lambda d: d["areas"].__setitem__(8, {"id": "all_over", "name": "All", "steps": []}),
        lambda d: d.update(areas={}),
        lambda d: d.pop("areas"),
    ],
)
def test_areas_malformed_never_raises(raw, mutate):
    data = copy.deepcopy(raw[relief.AREAS_FILE])
    mutate(data)
    areas, problems = relief.parse_areas(data)
    assert areas is None and problems


def test_red_flag_tier_of_the_wrong_type_is_a_problem(raw):
    data = copy.deepcopy(raw[relief.RED_FLAGS_FILE])
    data["flags"][0]["tier"] = ["emergency"]
    flags, problems = relief.parse_red_flags(data)
    assert flags is None
    assert codes(problems) == {("flags[0].tier", ProblemCode.UNKNOWN_VALUE)}


def test_missing_routine_is_reported(content, library):
    routines = dict(library.routines)
    del routines["relief-calf"]
    routines["relief-foot"] = library.routines["desk-break"]
    problems = relief.check_routines(content, routines)
    assert [p.field for p in problems] == ["calf.routine", "foot.routine"]


def test_load_from_a_folder_with_broken_and_missing_files(tmp_path, raw):
    (tmp_path / relief.UNIVERSAL_FILE).write_text("{not json", encoding="utf-8")
    (tmp_path / relief.AREAS_FILE).write_text(json.dumps(raw[relief.AREAS_FILE]), "utf-8")
    content, problems = store.load_relief(tmp_path)
    assert content is None
    assert {(p.file, p.code) for p in problems} == {
        (relief.UNIVERSAL_FILE, ProblemCode.NOT_JSON),
        (relief.RED_FLAGS_FILE, ProblemCode.UNREADABLE),
    }


def test_load_returns_a_new_object_each_time():
    first, _ = store.load_relief()
    second, _ = store.load_relief()
    assert first is not None and second is not None
    assert first is not second and first.red_flags == second.red_flags
