"""Settings (core.settings): their file form and its round trip, each bad value refused on its
own, times and ranges, the water cap, versions and migrations, validation, units, and the
sitting, do-not-disturb, routine and person sections.
"""

import dataclasses
import datetime as dt
import json

import pytest

from spasm_desktop.core import settings as cs
from spasm_desktop.core import units
from spasm_desktop.core.settings import (
    BedtimeSettings,
    BusySettings,
    DeliveryMode,
    DeliverySettings,
    MoveSettings,
    PersonSettings,
    Problem,
    ProblemCode,
    RoutineSettings,
    Settings,
    StretchSettings,
    WaterSettings,
)

T = dt.time
DEFAULTS = Settings()
CUSTOM = Settings(
    active_hours=(
        ((T(8, 30), T(12)), (T(13), T(17, 45))),
        ((T(9), T(18)),),
        (),
        ((T(7), T(11)), (T(14), T(16)), (T(19), T(21))),
        ((T(10), T(15)),),
        ((T(22), T(2)),),  # across midnight into Sunday
        (),
    ),
    water=WaterSettings(
        enabled=True, interval_min=45, glass_ml=300, goal_ml=2500, taper_min=60, fluid_limit_ml=1800
    ),
    stretch=StretchSettings(enabled=False, interval_min=90),
    move=MoveSettings(enabled=True, interval_min=20, break_min=8),
    routines=RoutineSettings(
        hold_s=45, bedtime="my-night", desk="desk-break", sound=False, voice=True
    ),
    busy=BusySettings(system_dnd=False, fullscreen=False, meeting_apps=("zoom", "Teams")),
    bedtime=BedtimeSettings(
        enabled=True,
        bedtime=T(0, 30),
        lead_min=30,
        days=frozenset({0, 1, 2, 3, 6}),
        checkin=True,
    ),
    delivery=DeliverySettings(mode=DeliveryMode.POPUP, sound=True, popup_seconds=300),
    person=PersonSettings(pregnant=True, balance=True),
    unit=units.VolumeUnit.FL_OZ,
    start_at_login=True,
)


def load(raw: object) -> tuple[Settings, list[Problem]]:
    """from_dict after a trip through JSON text, as the file is read."""
    return cs.from_dict(json.loads(json.dumps(raw)))


def codes(problems: list[Problem]) -> set[tuple[str, ProblemCode]]:
    return {(p.field, p.code) for p in problems}


# --- round trips --------------------------------------------------------------------------------


@pytest.mark.parametrize("value", [DEFAULTS, CUSTOM], ids=["defaults", "custom"])
def test_round_trip(value: Settings) -> None:
    raw = cs.to_dict(value)
    assert raw["schema_version"] == cs.SCHEMA_VERSION
    assert load(raw) == (value, [])
    assert cs.validate(value) == []


def test_file_format_is_readable() -> None:
    raw = cs.to_dict(CUSTOM)
    assert raw["active_hours"]["mon"] == [["08:30", "12:00"], ["13:00", "17:45"]]
    assert raw["active_hours"]["sat"] == [["22:00", "02:00"]]
    assert raw["active_hours"]["wed"] == []
    assert raw["bedtime"] == {
        "enabled": True,
        "bedtime": "00:30",
        "lead_min": 30,
        "days": ["mon", "tue", "wed", "thu", "sun"],
        "checkin": True,
    }
    assert raw["delivery"]["mode"] == "popup"
    assert raw["unit"] == "fl_oz"
    assert raw["water"]["fluid_limit_ml"] == 1800


def test_empty_file_and_missing_sections_give_defaults_silently() -> None:
    assert cs.from_dict({}) == (DEFAULTS, [])
    assert cs.from_dict({"water": {"goal_ml": 3000}}) == (
        dataclasses.replace(DEFAULTS, water=dataclasses.replace(DEFAULTS.water, goal_ml=3000)),
        [],
    )


@pytest.mark.parametrize("raw", [[], "settings", 3, None])
def test_not_an_object(raw: object) -> None:
    assert cs.from_dict(raw) == (DEFAULTS, [Problem("", ProblemCode.NOT_AN_OBJECT)])


# --- unknown keys, wrong types, out of range -----------------------------------------------------


def test_unknown_keys_are_dropped_and_reported() -> None:
    raw = cs.to_dict(CUSTOM)
    raw["colour"] = "blue"
    raw["water"]["flavour"] = "lemon"
    raw["active_hours"]["funday"] = []
    raw["bedtime"]["alarm"] = True
    result, problems = load(raw)
    assert result == CUSTOM
    assert codes(problems) == {
        ("colour", ProblemCode.UNKNOWN_KEY),
        ("water.flavour", ProblemCode.UNKNOWN_KEY),
        ("active_hours.funday", ProblemCode.UNKNOWN_KEY),
        ("bedtime.alarm", ProblemCode.UNKNOWN_KEY),
    }
    assert "colour" not in cs.to_dict(result)
    assert "flavour" not in cs.to_dict(result)["water"]


def test_bad_values_fall_back_one_field_at_a_time() -> None:
    raw = cs.to_dict(CUSTOM)
    raw["water"].update(interval_min="45", glass_ml=5000, enabled="yes")
    raw["stretch"]["interval_min"] = 14
    raw["move"]["interval_min"] = True  # a bool is not an int here
    raw["bedtime"]["lead_min"] = -1
    raw["delivery"].update(mode="telepathy", popup_seconds=12.5)
    raw["unit"] = "gallons"
    raw["start_at_login"] = "true"
    result, problems = load(raw)
    assert result == dataclasses.replace(
        CUSTOM,
        water=dataclasses.replace(CUSTOM.water, interval_min=60, glass_ml=250, enabled=True),
        stretch=dataclasses.replace(CUSTOM.stretch, interval_min=60),
        move=dataclasses.replace(CUSTOM.move, interval_min=30),
        bedtime=dataclasses.replace(CUSTOM.bedtime, lead_min=15),
        delivery=dataclasses.replace(CUSTOM.delivery, mode=DeliveryMode.AUTO, popup_seconds=120),
        unit=units.VolumeUnit.ML,
        start_at_login=False,
    )
    assert set(problems) == {
        Problem("water.interval_min", ProblemCode.WRONG_TYPE, 15, 240),
        Problem("water.glass_ml", ProblemCode.OUT_OF_RANGE, 50, 1000),
        Problem("water.enabled", ProblemCode.WRONG_TYPE),
        Problem("stretch.interval_min", ProblemCode.OUT_OF_RANGE, 15, 240),
        Problem("move.interval_min", ProblemCode.WRONG_TYPE, 10, 120),
        Problem("bedtime.lead_min", ProblemCode.OUT_OF_RANGE, 0, 120),
        Problem("delivery.mode", ProblemCode.WRONG_TYPE),
        Problem("delivery.popup_seconds", ProblemCode.WRONG_TYPE, 15, 900),
        Problem("unit", ProblemCode.WRONG_TYPE),
        Problem("start_at_login", ProblemCode.WRONG_TYPE),
    }
    assert len(problems) == 10


@pytest.mark.parametrize("field", ["water.glass_ml", "move.interval_min", "bedtime.lead_min"])
def test_integer_bounds_are_inclusive(field: str) -> None:
    section, name = field.split(".")
    low, high = cs.INT_BOUNDS[field]
    for value, ok in ((low - 1, False), (low, True), (high, True), (high + 1, False)):
        result, problems = cs.from_dict({section: {name: value}})
        if ok:
            assert getattr(getattr(result, section), name) == value
            assert problems == []
        else:
            default = getattr(getattr(DEFAULTS, section), name)
            assert getattr(getattr(result, section), name) == default
            assert problems == [Problem(field, ProblemCode.OUT_OF_RANGE, low, high)]


def test_a_section_that_is_not_an_object_gives_its_defaults() -> None:
    raw = cs.to_dict(CUSTOM)
    raw["stretch"] = [1, 2]
    raw["active_hours"] = "always"
    result, problems = load(raw)
    assert result == dataclasses.replace(
        CUSTOM, stretch=DEFAULTS.stretch, active_hours=DEFAULTS.active_hours
    )
    assert codes(problems) == {
        ("stretch", ProblemCode.NOT_AN_OBJECT),
        ("active_hours", ProblemCode.NOT_AN_OBJECT),
    }


def test_fluid_limit() -> None:
    assert cs.from_dict({"water": {"fluid_limit_ml": None}}) == (DEFAULTS, [])
    result, problems = cs.from_dict({"water": {"fluid_limit_ml": 1500, "goal_ml": 3000}})
    assert problems == []
    # A limit is a ceiling, never a target: water is log-only, the goal rests (CONTENT §7a).
    assert result.water.log_only
    assert not result.water.reminds
    assert result.water.daily_goal_ml is None
    assert result.water.goal_ml == 3000
    for bad in (9000, "1500"):
        result, problems = cs.from_dict({"water": {"fluid_limit_ml": bad}})
        assert [p.field for p in problems] == ["water.fluid_limit_ml"]
        # A clinician-set limit that cannot be read never turns into "no limit".
        assert result.water.fluid_limit_ml is not None


def test_bedtime_days() -> None:
    result, problems = cs.from_dict({"bedtime": {"days": ["fri", "mon"]}})
    assert (result.bedtime.days, problems) == (frozenset({0, 4}), [])
    result, problems = cs.from_dict({"bedtime": {"days": []}})
    assert (result.bedtime.days, problems) == (frozenset(), [])
    for bad in (["monday"], "mon", [0, 1]):
        result, problems = cs.from_dict({"bedtime": {"days": bad}})
        assert result.bedtime.days == DEFAULTS.bedtime.days
        assert problems == [Problem("bedtime.days", ProblemCode.WRONG_TYPE)]


def test_morning_check_in_key_missing_means_the_derived_default() -> None:
    assert "checkin" not in cs.to_dict(DEFAULTS)["bedtime"]
    result, problems = cs.from_dict({"bedtime": {"enabled": True}})
    assert (result.bedtime.checkin, result.bedtime.checkin_on, problems) == (None, False, [])
    for chosen in (True, False):
        result, problems = cs.from_dict({"bedtime": {"checkin": chosen}})
        assert (result.bedtime.checkin, problems) == (chosen, [])
        assert cs.to_dict(result)["bedtime"]["checkin"] is chosen
    result, problems = cs.from_dict({"bedtime": {"checkin": "yes"}})
    assert result.bedtime.checkin is False
    assert problems == [Problem("bedtime.checkin", ProblemCode.WRONG_TYPE)]


# --- times and ranges ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("09:05", T(9, 5)),
        ("9:05", T(9, 5)),
        (" 23:59 ", T(23, 59)),
        ("00:00", T(0, 0)),
        ("24:00", None),
        ("12:60", None),
        ("09:5", None),
        ("9", None),
        ("noon", None),
        ("7pm", None),
        ("09:00:00", None),
        ("", None),
    ],
)
def test_parse_time(text: str, expected: dt.time | None) -> None:
    assert cs.parse_time(text) == expected


@pytest.mark.parametrize(
    "ranges",
    [
        [["09:00", "25:00"]],
        [["09:00"]],
        [[9, 17]],
        [["09:00", "17:00", "18:00"]],
        ["09:00-17:00"],
        [["09:00", None]],
    ],
)
def test_bad_time_in_a_range_keeps_that_days_default(ranges: list[object]) -> None:
    raw = cs.to_dict(CUSTOM)
    raw["active_hours"]["tue"] = ranges
    result, problems = load(raw)
    assert problems == [Problem("active_hours.tue", ProblemCode.BAD_TIME)]
    assert result.active_hours[1] == DEFAULTS.active_hours[1]
    assert result.active_hours[0] == CUSTOM.active_hours[0]  # other days kept
    assert result.active_hours[5] == CUSTOM.active_hours[5]


def test_active_hours_that_are_not_a_list() -> None:
    result, problems = cs.from_dict({"active_hours": {"mon": "09:00-17:00"}})
    assert result == DEFAULTS
    assert problems == [Problem("active_hours.mon", ProblemCode.WRONG_TYPE)]


def test_bad_bedtime_time() -> None:
    for bad in ("7pm", "22.30", 2230):
        result, problems = cs.from_dict({"bedtime": {"bedtime": bad, "lead_min": 20}})
        assert result.bedtime.bedtime == T(22, 30)
        assert result.bedtime.lead_min == 20
        assert problems == [Problem("bedtime.bedtime", ProblemCode.BAD_TIME)]


def test_range_across_midnight_is_kept() -> None:
    result, problems = cs.from_dict({"active_hours": {"fri": [["20:00", "03:30"]]}})
    assert problems == []
    assert result.active_hours[4] == ((T(20), T(3, 30)),)
    assert cs.validate(result) == []


def test_empty_range_is_refused() -> None:
    result, problems = cs.from_dict({"active_hours": {"wed": [["10:00", "10:00"]]}})
    assert result == DEFAULTS
    assert problems == [Problem("active_hours.wed", ProblemCode.EMPTY_RANGE)]


def test_too_many_ranges() -> None:
    six = [[f"{h:02d}:00", f"{h:02d}:30"] for h in range(8, 20, 2)]
    result, problems = cs.from_dict({"active_hours": {"thu": six}})
    assert problems == []
    assert len(result.active_hours[3]) == cs.MAX_RANGES_PER_DAY == 6
    seven = [*six, ["21:00", "21:30"]]
    result, problems = cs.from_dict({"active_hours": {"thu": seven, "fri": six}})
    assert problems == [Problem("active_hours.thu", ProblemCode.TOO_MANY_RANGES, 0, 6)]
    assert result.active_hours[3] == DEFAULTS.active_hours[3]
    assert len(result.active_hours[4]) == 6


# --- the water cap -------------------------------------------------------------------------------


def test_more_than_a_litre_an_hour_is_refused() -> None:
    raw = {"water": {"glass_ml": 500, "interval_min": 15, "goal_ml": 3000, "taper_min": 30}}
    result, problems = cs.from_dict(raw)
    assert problems == [Problem("water.glass_ml", ProblemCode.TOO_MUCH_WATER_PER_HOUR)]
    # Glass and interval go back to the defaults together; the rest of the section is kept.
    assert result.water == WaterSettings(goal_ml=3000, taper_min=30)
    assert cs.hourly_water_ml(result.water) == 250


@pytest.mark.parametrize(
    ("glass_ml", "interval_min", "refused"),
    [(250, 15, False), (1000, 60, False), (1000, 59, True), (260, 15, True), (500, 30, False)],
)
def test_water_cap_boundary(glass_ml: int, interval_min: int, refused: bool) -> None:
    water = {"glass_ml": glass_ml, "interval_min": interval_min}
    result, problems = cs.from_dict({"water": water})
    assert bool(problems) is refused
    assert (result.water.glass_ml, result.water.interval_min) == (
        (250, 60) if refused else (glass_ml, interval_min)
    )


# --- versions ------------------------------------------------------------------------------------


def test_newer_version_is_read_as_far_as_understood_and_reported() -> None:
    raw = cs.to_dict(CUSTOM)
    raw["schema_version"] = cs.SCHEMA_VERSION + 1
    raw["water"]["sip_mode"] = "gentle"
    result, problems = load(raw)
    assert result == CUSTOM
    assert codes(problems) == {
        ("schema_version", ProblemCode.NEWER_VERSION),
        ("water.sip_mode", ProblemCode.UNKNOWN_KEY),
    }


@pytest.mark.parametrize("version", ["1", True, -1, 1.0, None])
def test_unusable_version(version: object) -> None:
    raw = cs.to_dict(CUSTOM)
    raw["schema_version"] = version
    result, problems = load(raw)
    assert result == CUSTOM
    assert problems == [Problem("schema_version", ProblemCode.WRONG_TYPE)]


def test_missing_version_is_the_current_one() -> None:
    raw = cs.to_dict(CUSTOM)
    del raw["schema_version"]
    assert load(raw) == (CUSTOM, [])


def test_migration_v1_to_v2_keeps_every_goal() -> None:
    # Version 1 had a 2000 ml goal by default; version 2 has none. A version-1 file without a
    # goal keeps the 2000 it had, and a goal of its own stays as it was: none disappears.
    step = cs.MIGRATIONS[1]
    assert step({"schema_version": 1}) == {"schema_version": 2, "water": {"goal_ml": 2000}}
    assert step({"schema_version": 1, "water": {"glass_ml": 300}})["water"] == {
        "glass_ml": 300,
        "goal_ml": 2000,
    }
    assert step({"schema_version": 1, "water": {"goal_ml": None}})["water"] == {"goal_ml": 2000}
    kept = {"schema_version": 1, "water": {"goal_ml": 2600, "fluid_limit_ml": 1500}}
    assert step(kept)["water"] == {"goal_ml": 2600, "fluid_limit_ml": 1500}
    assert step({"schema_version": 1, "water": "lots"})["water"] == "lots"  # reported later
    # Pure: the input is not changed.
    raw = {"schema_version": 1, "water": {"glass_ml": 300}}
    step(raw)
    assert raw == {"schema_version": 1, "water": {"glass_ml": 300}}


def test_migration_v2_to_v3_makes_only_the_old_default_automatic() -> None:
    # Version 2 wrote "both", its default, into every file: read as the old default, it becomes
    # "auto" (one channel), as does a missing mode. The choices that were never the default
    # stay as the person made them; anything else is left for the reader to report.
    step = cs.MIGRATIONS[2]
    both = {"schema_version": 2, "delivery": {"mode": "both", "sound": True}}
    assert step(both) == {"schema_version": 3, "delivery": {"mode": "auto", "sound": True}}
    assert step({"schema_version": 2})["delivery"] == {"mode": "auto"}
    assert step({"schema_version": 2, "delivery": {}})["delivery"] == {"mode": "auto"}
    for kept in ("popup", "notification", "telepathy", 3):
        raw = {"schema_version": 2, "delivery": {"mode": kept, "popup_seconds": 60}}
        assert step(raw) == {**raw, "schema_version": 3}
    assert step({"schema_version": 2, "delivery": "loud"})["delivery"] == "loud"
    # Pure: the input is not changed.
    assert both == {"schema_version": 2, "delivery": {"mode": "both", "sound": True}}


def test_a_version_2_file_keeps_a_chosen_channel_and_its_default_becomes_automatic() -> None:
    chosen, problems = cs.from_dict({"schema_version": 2, "delivery": {"mode": "popup"}})
    assert (chosen.delivery.mode, problems) == (DeliveryMode.POPUP, [])
    old_default, problems = cs.from_dict({"schema_version": 2, "delivery": {"mode": "both"}})
    assert (old_default.delivery.mode, problems) == (DeliveryMode.AUTO, [])
    assert Settings().delivery.mode is DeliveryMode.AUTO
    # Chosen now, "both" is written as version 3 and read back as it is.
    both = Settings(delivery=DeliverySettings(mode=DeliveryMode.BOTH))
    assert load(cs.to_dict(both))[0].delivery.mode is DeliveryMode.BOTH


def test_a_version_1_file_loads_with_its_goal_and_a_new_one_has_none() -> None:
    old, problems = cs.from_dict({"schema_version": 1, "water": {"interval_min": 45}})
    assert problems == []
    assert (old.water.goal_ml, old.water.interval_min) == (cs.V1_DEFAULT_GOAL_ML, 45)
    assert cs.from_dict({"schema_version": 1})[0].water.goal_ml == 2000
    new, problems = cs.from_dict({"schema_version": 2, "water": {"interval_min": 45}})
    assert (new.water.goal_ml, problems) == (None, [])
    assert Settings().water.goal_ml is None
    # Saved again, the goal is written out and read back as it is.
    assert load(cs.to_dict(old))[0].water.goal_ml == 2000


def test_an_unusable_goal_becomes_no_goal_and_is_reported() -> None:
    for bad in (10, 99_000, "2000", True):
        result, problems = cs.from_dict({"water": {"goal_ml": bad}})
        assert result.water.goal_ml is None
        assert [p.field for p in problems] == ["water.goal_ml"]


def test_version_older_than_any_migration_does_not_raise() -> None:
    raw = cs.to_dict(CUSTOM)
    raw["schema_version"] = 0
    result, problems = cs.from_dict(raw)
    assert problems
    assert isinstance(result, Settings)


# --- validate ------------------------------------------------------------------------------------


def test_validate_good_settings() -> None:
    assert cs.validate(DEFAULTS) == []
    assert cs.validate(CUSTOM) == []


def test_validate_bad_settings() -> None:
    bad = dataclasses.replace(
        DEFAULTS,
        active_hours=(
            ((T(9), T(9)),),
            tuple((T(h), T(h, 30)) for h in range(8, 15)),
            *DEFAULTS.active_hours[2:],
        ),
        water=dataclasses.replace(DEFAULTS.water, glass_ml=1200, fluid_limit_ml=100),
        move=dataclasses.replace(DEFAULTS.move, interval_min=5),
        bedtime=dataclasses.replace(DEFAULTS.bedtime, days=frozenset({6, 7})),
    )
    assert set(cs.validate(bad)) == {
        Problem("water.glass_ml", ProblemCode.OUT_OF_RANGE, 50, 1000),
        Problem("water.fluid_limit_ml", ProblemCode.OUT_OF_RANGE, 250, 5000),
        Problem("move.interval_min", ProblemCode.OUT_OF_RANGE, 10, 120),
        Problem("water.glass_ml", ProblemCode.TOO_MUCH_WATER_PER_HOUR),
        Problem("active_hours.mon", ProblemCode.EMPTY_RANGE),
        Problem("active_hours.tue", ProblemCode.TOO_MANY_RANGES, 0, 6),
        Problem("bedtime.days", ProblemCode.OUT_OF_RANGE, 0, 6),
    }


def test_validate_water_cap_without_range_problems() -> None:
    fast = dataclasses.replace(DEFAULTS, water=WaterSettings(glass_ml=400, interval_min=20))
    assert cs.validate(fast) == [Problem("water.glass_ml", ProblemCode.TOO_MUCH_WATER_PER_HOUR)]


def test_problem_description() -> None:
    problem = Problem("water.glass_ml", ProblemCode.OUT_OF_RANGE, 50, 1000)
    assert problem.describe() == "water.glass_ml: out_of_range (allowed 50..1000)"
    assert Problem("unit", ProblemCode.WRONG_TYPE).describe() == "unit: wrong_type"


# --- units ---------------------------------------------------------------------------------------


def test_units() -> None:
    assert units.to_unit(250, units.VolumeUnit.FL_OZ) == pytest.approx(8.4535, abs=1e-4)
    assert units.rounded(250, units.VolumeUnit.FL_OZ) == 8.5
    assert units.from_unit(8, units.VolumeUnit.FL_OZ) == 237
    assert units.from_unit(8.5, units.VolumeUnit.FL_OZ) == 251
    assert units.to_unit(250, units.VolumeUnit.ML) == 250
    assert units.from_unit(249.6, units.VolumeUnit.ML) == 250
    assert units.rounded(249.4, units.VolumeUnit.ML) == 249.0
    # A glass converted to fl oz for display and typed back stays within a millilitre or two.
    for ml in (100, 250, 330, 500, 1000):
        shown = units.rounded(ml, units.VolumeUnit.FL_OZ)
        assert abs(units.from_unit(shown, units.VolumeUnit.FL_OZ) - ml) <= 2


# --- sitting and do not disturb -----------------------------------------------------------------


def test_meeting_apps_are_cleaned_and_reported() -> None:
    settings, problems = load({"busy": {"meeting_apps": [" zoom ", "ZOOM", "", "teams"]}})
    assert settings.busy.meeting_apps == ("zoom", "teams")
    assert codes(problems) == {("busy.meeting_apps", ProblemCode.WRONG_TYPE)}
    for bad in ("zoom", [1, 2], {"a": 1}):
        settings, problems = load({"busy": {"meeting_apps": bad}})
        assert settings.busy.meeting_apps == DEFAULTS.busy.meeting_apps
        assert codes(problems) == {("busy.meeting_apps", ProblemCode.WRONG_TYPE)}
    settings, problems = load({"busy": {"meeting_apps": [], "fullscreen": "yes"}})
    assert settings.busy.meeting_apps == ()
    assert settings.busy.fullscreen is True
    assert codes(problems) == {("busy.fullscreen", ProblemCode.WRONG_TYPE)}


def test_meeting_apps_typed_in_the_dialog() -> None:
    assert cs.clean_meeting_apps("zoom, Teams\nteams\n\n  webex ") == ("zoom", "Teams", "webex")
    assert len(cs.clean_meeting_apps(",".join(f"app{i}" for i in range(80)))) == 50
    assert cs.clean_meeting_apps("x" * 81) == ()


def test_what_cleaning_the_typed_programs_would_drop_is_found() -> None:
    assert cs.meeting_app_problems("zoom, Teams\nteams\n\n  webex ") == (None, False)
    long_name = "x" * (cs.MAX_APP_NAME + 1)
    assert cs.meeting_app_problems(f"zoom, {long_name}, {long_name}y") == (long_name, False)
    assert cs.meeting_app_problems("a" * cs.MAX_APP_NAME) == (None, False)
    names = [f"app{i}" for i in range(cs.MAX_MEETING_APPS)]
    assert cs.meeting_app_problems(",".join(names)) == (None, False)
    assert cs.meeting_app_problems(",".join([*names, "APP0", " app1 "])) == (None, False)
    assert cs.meeting_app_problems("\n".join([*names, "one more"])) == (None, True)


def test_natural_break_threshold_bounds() -> None:
    settings, problems = load({"move": {"break_min": 0}})
    assert settings.move.break_min == 5
    assert codes(problems) == {("move.break_min", ProblemCode.OUT_OF_RANGE)}
    assert load({"move": {"break_min": 60}})[0].move.break_min == 60
    odd = dataclasses.replace(DEFAULTS, busy=BusySettings(meeting_apps=("a", "A")))
    assert codes(cs.validate(odd)) == {("busy.meeting_apps", ProblemCode.WRONG_TYPE)}


def test_routine_settings() -> None:
    settings, problems = load({"routines": {"hold_s": 20, "bedtime": "Bad Id", "voice": 1}})
    assert settings.routines == RoutineSettings()
    assert codes(problems) == {
        ("routines.hold_s", ProblemCode.OUT_OF_RANGE),
        ("routines.bedtime", ProblemCode.WRONG_TYPE),
        ("routines.voice", ProblemCode.WRONG_TYPE),
    }
    assert load({"routines": {"hold_s": 30}})[0].routines.hold_s == 30
    odd = dataclasses.replace(DEFAULTS, routines=RoutineSettings(hold_s=31))
    assert codes(cs.validate(odd)) == {("routines.hold_s", ProblemCode.OUT_OF_RANGE)}


def test_person_settings() -> None:
    """Pregnancy and balance are kept (CONTENT.md §7a); an older file without them reads as no."""
    assert load({})[0].person == PersonSettings(pregnant=False, balance=False)
    settings, problems = load({"person": {"pregnant": True, "balance": "yes", "age": 70}})
    assert settings.person == PersonSettings(pregnant=True, balance=False)
    assert codes(problems) == {
        ("person.balance", ProblemCode.WRONG_TYPE),
        ("person.age", ProblemCode.UNKNOWN_KEY),
    }
    assert cs.to_dict(settings)["person"] == {"pregnant": True, "balance": False}


@pytest.mark.parametrize(
    ("value", "text"),
    [(dt.time(9, 0), "09:00"), (dt.time(22, 30), "22:30"), (dt.time(0, 5), "00:05")],
)
def test_times_are_written_as_hh_mm_and_read_back(value: dt.time, text: str) -> None:
    assert cs.format_time(value) == text
    assert cs.parse_time(text) == value
    written = dataclasses.replace(cs.Settings(), bedtime=cs.BedtimeSettings(bedtime=value))
    assert cs.from_dict(json.loads(json.dumps(cs.to_dict(written)))) == (written, [])
