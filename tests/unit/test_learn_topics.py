"""Learn's seed topics, its two lists of questions, its cautions, and figures pinned app-wide.

Issue 12: the seed's remaining topics, "Questions for your provider" apart from "What your
provider may ask", the heat and ice caution (CONTENT §7a, S37 S63) and the surgery line in Learn,
one soreness figure (CONTENT §2.1) and one quiet time before bed (CONTENT §3.2) everywhere.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from spasm_desktop.core import learn
from spasm_desktop.core import settings as core_settings
from spasm_desktop.core import tips as core_tips
from spasm_desktop.core.relief import Sourced
from spasm_desktop.core.reminders import ReminderKind, windows
from spasm_desktop.core.routine import ProblemCode
from spasm_desktop.storage import learn as store
from spasm_desktop.storage import tips as tips_store
from spasm_desktop.storage.relief import load_relief

CONTENT, PROBLEMS = store.load_learn()
RAW = json.loads(store.learn_folder().joinpath(learn.LEARN_FILE).read_text("utf-8"))
RESOURCES = Path(str(store.learn_folder())).parent


def shipped() -> learn.LearnContent:
    """The shipped Learn content (a test fails here if it did not load)."""
    assert CONTENT is not None, PROBLEMS
    return CONTENT


def find_section(section_id: str, content: learn.LearnContent | None = None) -> learn.Section:
    """The section ``section_id`` of ``content`` (the shipped one if not given); it must exist."""
    found = (shipped() if content is None else content).section(section_id)
    assert found is not None, section_id
    return found


def texts(section: learn.Section) -> list[str]:
    items: tuple[Sourced | learn.CheckItem, ...] = (
        *section.cautions,
        *section.paragraphs,
        *section.bullets,
        *section.checklist,
    )
    return [item.text for item in items]


def words_of(section_id: str) -> str:
    return " ".join(texts(find_section(section_id))).lower()


def all_texts() -> list[str]:
    return [t for section in shipped().sections for t in texts(section)]


def sentences(value: str) -> list[str]:
    return [s.strip().lower() for s in re.split(r"(?<=[.!?])\s+", value) if s.strip()]


def test_the_file_loads() -> None:
    assert PROBLEMS == []
    assert CONTENT is not None


# --- the seed's topics ---------------------------------------------------------------------------

#: Section id, and what it must say (from CONTENT.md; each group is one topic of the issue).
TOPIC_WORDS = {
    "fluids-and-minerals": ("dehydration", "electrolytes", "sodium", "fluid limit"),
    "tired-muscles": ("exercise", "stop what you are doing", "may help reduce"),
    "other-conditions": ("atherosclerosis", "thyroid disease", "multiple sclerosis (ms)"),
    "medicines": ("decision for your doctor", "never start, stop or change a medicine"),
    "outlook": ("over 65", "may help lower your chance", "none is sure to stop them"),
}


@pytest.mark.parametrize(("section_id", "words"), TOPIC_WORDS.items())
def test_each_seed_topic_is_covered_in_its_section(section_id: str, words: tuple[str, ...]) -> None:
    said = words_of(section_id)
    for word in words:
        assert word in said, (section_id, word)
    assert find_section(section_id).source_note.strip()


def test_the_causes_name_the_seed_causes_found_in_content_md() -> None:
    causes = words_of("causes")
    for word in ("dehydration", "electrolytes", "exercise", "medicines", "sitting", "standing"):
        assert word in causes, word


def test_the_seeds_own_questions_are_asked() -> None:
    asked = words_of(learn.QUESTIONS_ID)
    for words in (
        "specialist",
        "sign of a disease",
        "show me how to stretch",
        "massage",
        "supplement",
        "child",
        "side effects",
    ):
        assert words in asked, words


def test_american_spelling() -> None:
    every = " ".join(all_texts()).lower()
    for british in ("diarrhoea", "colour", "tablets (diuretics)", "night-time", "toilet"):
        assert british not in every
    assert "acetaminophen (paracetamol)" in every
    assert "paracetamol" not in every.replace("acetaminophen (paracetamol)", "")


# --- two lists of questions -----------------------------------------------------------------------

FIRST_PERSON = re.compile(r"\b(i|my|me)\b")


def test_the_person_asks_the_questions_for_the_provider() -> None:
    section = find_section(learn.QUESTIONS_ID)
    assert section.title == "Questions for your provider"
    assert len(section.bullets) >= 10
    for bullet in section.bullets:
        assert FIRST_PERSON.search(bullet.text.lower()), bullet.text
    # None of the provider's own questions is left here.
    asked = words_of(learn.QUESTIONS_ID)
    for words in ("how bad is the pain", "how long do they last", "when did they start"):
        assert words not in asked


def test_what_the_provider_may_ask_is_a_list_of_its_own() -> None:
    section = find_section(learn.PROVIDER_ASKS_ID)
    assert section.title == "What your provider may ask"
    for bullet in section.bullets:
        assert not FIRST_PERSON.search(bullet.text.lower()), bullet.text
        assert bullet.text.endswith("?"), bullet.text
    mine = {b.text for b in find_section(learn.QUESTIONS_ID).bullets}
    assert mine.isdisjoint(b.text for b in section.bullets)


def test_the_question_lists_come_in_order() -> None:
    assert learn.QUESTION_SECTIONS == (learn.QUESTIONS_ID, learn.PROVIDER_ASKS_ID)
    assert set(learn.QUESTION_SECTIONS) <= set(learn.REQUIRED_SECTIONS)
    found = shipped().question_sections()
    assert [s.id for s in found] == list(learn.QUESTION_SECTIONS)
    ids = [s.id for s in shipped().sections]
    assert ids.index(learn.QUESTIONS_ID) < ids.index(learn.PROVIDER_ASKS_ID)


def test_a_question_list_without_questions_is_a_problem() -> None:
    raw = copy.deepcopy(RAW)
    asks = next(s for s in raw["sections"] if s["id"] == learn.PROVIDER_ASKS_ID)
    asks.pop("bullets")
    content, problems = learn.parse_learn(raw)
    assert content is None
    assert [(p.field, p.code) for p in problems] == [
        (f"sections[{raw['sections'].index(asks)}].bullets", ProblemCode.MISSING)
    ]


def test_a_missing_question_list_is_a_problem() -> None:
    raw = copy.deepcopy(RAW)
    raw["sections"] = [s for s in raw["sections"] if s["id"] != learn.PROVIDER_ASKS_ID]
    content, problems = learn.parse_learn(raw)
    assert content is None
    assert problems[0].code is ProblemCode.MISSING
    assert learn.PROVIDER_ASKS_ID in problems[0].expected


# --- cautions where the person acts ---------------------------------------------------------------

#: Heat, ice or soak advice (not weather: "extreme heat" is no step to take).
THERAPY = re.compile(
    r"\b(ice|ice pack|soaks?|heating pad|warm (bath|shower)|hot (bath|shower|soaks?)|heat or)\b"
)


def carries_the_nerve_caution(section: learn.Section) -> bool:
    said = " ".join(texts(section)).lower()
    return all(
        words in said
        for words in ("numb", "elbow or wrist", "never your foot", "about 10 minutes at most")
    )


def test_every_heat_ice_or_soak_step_in_learn_carries_the_neuropathy_caution() -> None:
    with_therapy = [s for s in shipped().sections if THERAPY.search(" ".join(texts(s)).lower())]
    assert [s.id for s in with_therapy] == ["heat-and-ice"]
    for section in with_therapy:
        assert carries_the_nerve_caution(section), section.id
        # The caution stands out and comes first, before the steps.
        caution = next(p for p in section.cautions if "elbow or wrist" in p.text)
        assert {"S37", "S63"} <= set(caution.ids)
        assert "diabetes" in caution.text.lower()


def test_the_heat_section_keeps_the_time_limits_and_the_cloth() -> None:
    said = words_of("heat-and-ice")
    for words in ("never more than 20 minutes", "cloth", "never fall asleep", "fresh injury"):
        assert words in said


def test_the_surgery_line_is_in_learn() -> None:
    line = (
        "Recent surgery, joint replacement or a new injury? Check with your clinician before "
        "stretching."
    )
    section = find_section("stretch-safely")
    assert section.cautions[0].text == line
    assert "pregnant" in words_of("stretch-safely")
    assert "never use a chair on wheels" in words_of("stretch-safely")


def test_the_fluid_limit_comes_first_where_drinks_are_discussed() -> None:
    caution = find_section("fluids-and-minerals").cautions[0]
    assert "fluid limit" in caution.text
    assert {"S18", "S24"} <= set(caution.ids)


def test_cautions_are_parsed_and_checked() -> None:
    raw = copy.deepcopy(RAW)
    heat = next(s for s in raw["sections"] if s["id"] == "heat-and-ice")
    index = raw["sections"].index(heat)
    content, problems = learn.parse_learn(raw)
    assert problems == []
    assert content is not None
    assert find_section("heat-and-ice", content).cautions[0].text == heat["cautions"][0]["text"]
    assert "S63" in find_section("heat-and-ice", content).source_ids()
    heat["cautions"][0].pop("source")
    content, problems = learn.parse_learn(raw)
    assert content is None
    assert [(p.field, p.code) for p in problems] == [
        (f"sections[{index}].cautions[0].source", ProblemCode.MISSING)
    ]


def test_learn_holds_no_sentence_of_the_red_flag_list() -> None:
    relief, _problems = load_relief()
    assert relief is not None
    assert relief.red_flags is not None
    flags = {s for flag in relief.red_flags.flags for s in sentences(flag.text)}
    assert flags
    for value in all_texts():
        for sentence in sentences(value):
            assert sentence not in flags, value


# --- figures that must agree ----------------------------------------------------------------------


def shipped_texts() -> list[tuple[str, str]]:
    """Every text of the shipped JSON resources, and every string in the app's code."""
    found: list[tuple[str, str]] = []
    for path in sorted(RESOURCES.rglob("*.json")):
        found += [(path.name, t) for t in _strings(json.loads(path.read_text("utf-8")))]
    code = Path(learn.__file__).parent.parent
    for path in sorted(code.rglob("*.py")):
        found += [(path.name, t) for t in re.findall(r'"([^"\n]{12,})"', path.read_text("utf-8"))]
    return found


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


#: A sentence that says how long soreness lasts ("up to 24 hours", "a day or two").
SORE_FOR = re.compile(r"\bsore(ness)?\b.*\b(\d+|one|two|a)[ –-]*(hours?|days?)\b")


def test_soreness_after_a_cramp_has_one_figure_and_one_wording() -> None:
    everything = shipped_texts()
    sore = {
        sentence
        for _name, value in everything
        for sentence in sentences(value)
        if SORE_FOR.search(sentence)
    }
    assert sore == {"the muscle can stay sore for up to 24 hours."}
    assert "the muscle can stay sore for up to 24 hours." in sentences(words_of("what-is-a-cramp"))
    assert SORE_FOR.search("soreness can last a day or two.")
    assert not SORE_FOR.search("sore the next day (0–10):")
    for name, value in everything:
        lower = value.lower()
        for other in ("a day or two", "1-2 days", "1–2 days", "two days", "48 hours"):
            assert other not in lower, (name, value)


#: CONTENT §3.2: water reminders stop about 2 hours before bedtime [S25].
QUIET_HOURS = 2


def test_the_quiet_time_before_bed_is_two_hours_by_default() -> None:
    assert core_settings.WaterSettings().taper_min == QUIET_HOURS * 60
    assert core_settings.Settings().water.taper_min == QUIET_HOURS * 60


def test_the_texts_give_the_same_quiet_time() -> None:
    tips, problems = tips_store.load_tips()
    assert problems == []
    assert tips is not None
    drinks = next(t for t in tips if t.id == "bedtime-drinks")
    assert f"last {QUIET_HOURS} hours before bed" in drinks.text
    assert f"last {QUIET_HOURS} hours before bed" in words_of("fluids-and-minerals")
    assert f"quiet in those {QUIET_HOURS} hours" in words_of("fluids-and-minerals")
    assert drinks.kind in core_tips.KINDS
    for name, value in shipped_texts():
        assert not re.search(r"\b90 min(utes)?\b.*\bbed", value.lower()), (name, value)


def test_no_water_reminder_in_the_last_two_hours_before_bedtime_by_default() -> None:
    defaults = core_settings.Settings()
    every_day = tuple([((dt.time(8), dt.time(23, 59)),)] * 7)
    settings = dataclasses.replace(defaults, active_hours=every_day)
    tz = dt.UTC
    start = dt.datetime(2026, 11, 24, 12, tzinfo=tz)
    found = windows(settings, ReminderKind.WATER, tz, start, start + dt.timedelta(hours=12))
    bed = dt.datetime.combine(start.date(), defaults.bedtime.bedtime, tz)
    assert max(end for _start, end in found) == bed - dt.timedelta(hours=QUIET_HOURS)


def test_a_stored_quiet_time_is_kept_and_a_missing_one_is_the_new_default() -> None:
    kept, problems = core_settings.from_dict({"water": {"taper_min": 90}})
    assert problems == []
    assert kept.water.taper_min == 90
    saved = core_settings.to_dict(core_settings.Settings())
    assert saved["water"]["taper_min"] == QUIET_HOURS * 60  # files store it: no migration needed
    fresh, _problems = core_settings.from_dict({"water": {"interval_min": 60}})
    assert fresh.water.taper_min == QUIET_HOURS * 60
