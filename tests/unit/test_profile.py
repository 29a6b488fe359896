"""The welcome answers and the defaults they set (spasm_desktop.core.profile)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from typing import Any

import pytest

from spasm_desktop.core import profile, units
from spasm_desktop.core.profile import Answers, Trait
from spasm_desktop.core.settings import (
    INT_BOUNDS,
    MAX_PROMPTED_ML_PER_HOUR,
    BedtimeSettings,
    MoveSettings,
    PersonSettings,
    RoutineSettings,
    Settings,
    StretchSettings,
    WaterSettings,
    hourly_water_ml,
    validate,
)

T = dt.time
DEFAULTS = Settings()
ALL_COMBINATIONS = [
    frozenset(combo)
    for size in range(len(Trait) + 1)
    for combo in itertools.combinations(Trait, size)
]


def answers(settings: Settings = DEFAULTS, **changes: Any) -> Answers:
    return dataclasses.replace(profile.answers_from(settings), **changes)


def test_answers_from_reads_the_settings() -> None:
    got = profile.answers_from(DEFAULTS)
    assert got == Answers(
        traits=frozenset(),
        workdays=frozenset(range(5)),
        work_start=T(9),
        work_end=T(18),
        bedtime=T(22, 30),
        unit=units.VolumeUnit.ML,
        goal_ml=None,
        glass_ml=250,
        fluid_limit_ml=None,
        start_at_login=False,
    )


def test_answers_from_with_no_working_day_offers_nine_to_six() -> None:
    settings = Settings(active_hours=((),) * 7)
    got = profile.answers_from(settings)
    assert got.workdays == frozenset()
    assert (got.work_start, got.work_end) == (T(9), T(18))


def test_answers_from_several_ranges_spans_them() -> None:
    day = ((T(8, 30), T(12)), (T(13), T(17, 45)))
    settings = Settings(active_hours=((), day, day, (), (), (), ()))
    got = profile.answers_from(settings)
    assert got.workdays == {1, 2}
    assert (got.work_start, got.work_end) == (T(8, 30), T(17, 45))


CUSTOM = Settings(
    active_hours=(((T(8, 30), T(12)), (T(13), T(17, 45))),) * 3 + ((), (), (), ()),
    water=WaterSettings(interval_min=45, glass_ml=300, goal_ml=2500, fluid_limit_ml=1800),
    stretch=StretchSettings(enabled=False, interval_min=90),
    move=MoveSettings(enabled=False, interval_min=50),
    bedtime=BedtimeSettings(enabled=False, bedtime=T(23, 15), days=frozenset({4, 5})),
    routines=RoutineSettings(hold_s=45, bedtime="bedtime-extended", desk="my-desk"),
    unit=units.VolumeUnit.FL_OZ,
    start_at_login=True,
)
#: Both stored answers yes, and routines the person changed back to standing afterwards.
STORED = Settings(
    person=PersonSettings(pregnant=True, balance=True),
    routines=RoutineSettings(bedtime="bedtime-core", desk="desk-break"),
)


@pytest.mark.parametrize(
    "settings", [DEFAULTS, CUSTOM, STORED], ids=["defaults", "custom", "stored"]
)
def test_unchanged_answers_change_nothing(settings: Settings) -> None:
    assert profile.apply(settings, profile.answers_from(settings)) == settings


def test_apply_does_not_change_its_input() -> None:
    before = dataclasses.replace(DEFAULTS)
    profile.apply(DEFAULTS, answers(traits=frozenset(Trait)))
    assert before == DEFAULTS


# --- traits, rule by rule -------------------------------------------------------------------


def test_over_65_holds_stretches_at_least_30_seconds() -> None:
    # CONTENT.md §1.3: ACSM holds of 30–60 s for older adults.
    result = profile.apply(DEFAULTS, answers(traits=frozenset({Trait.OVER_65})))
    assert result.routines.hold_s == 30
    assert dataclasses.replace(result, routines=DEFAULTS.routines) == DEFAULTS


def test_over_65_keeps_a_longer_hold_already_chosen() -> None:
    settings = Settings(routines=RoutineSettings(hold_s=45))
    result = profile.apply(settings, answers(settings, traits=frozenset({Trait.OVER_65})))
    assert result.routines.hold_s == 45


def test_night_cramps_turn_on_the_bedtime_core_routine() -> None:
    # CONTENT.md §1.1–1.3: calf and hamstring stretches just before sleep.
    settings = Settings(
        bedtime=BedtimeSettings(enabled=False, days=frozenset()),
        routines=RoutineSettings(bedtime="bedtime-extended"),
    )
    result = profile.apply(
        settings, answers(settings, traits=frozenset({Trait.NIGHT_CRAMPS}), bedtime=T(23))
    )
    assert result.bedtime.enabled
    assert result.bedtime.bedtime == T(23)
    assert result.bedtime.days == frozenset(range(7))
    assert result.routines.bedtime == "bedtime-core"
    assert result.bedtime.checkin is True
    assert result.bedtime.checkin_on


@pytest.mark.parametrize("before", [None, True, False])
def test_the_morning_check_in_follows_the_night_cramps_answer(before: bool | None) -> None:
    settings = Settings(bedtime=BedtimeSettings(checkin=before))
    ticked = profile.apply(settings, answers(settings, traits=frozenset({Trait.NIGHT_CRAMPS})))
    assert ticked.bedtime.checkin_on
    unticked = profile.apply(settings, answers(settings))
    assert not unticked.bedtime.checkin_on
    assert unticked.bedtime.checkin is (None if before is None else False)


def test_night_cramps_keep_the_chosen_days() -> None:
    settings = Settings(bedtime=BedtimeSettings(enabled=False, days=frozenset({0, 1})))
    result = profile.apply(settings, answers(settings, traits=frozenset({Trait.NIGHT_CRAMPS})))
    assert result.bedtime.days == {0, 1}


@pytest.mark.parametrize("enabled", [True, False])
def test_without_night_cramps_the_bedtime_reminder_stays_as_it_is(enabled: bool) -> None:
    settings = Settings(
        bedtime=BedtimeSettings(enabled=enabled), routines=RoutineSettings(bedtime="mine")
    )
    result = profile.apply(settings, answers(settings, bedtime=T(21, 45)))
    assert result.bedtime.enabled is enabled
    assert result.bedtime.bedtime == T(21, 45)
    assert result.routines.bedtime == "mine"


def test_desk_turns_on_moving_every_30_minutes_and_stretching() -> None:
    # CONTENT.md §4.3: 30 min of continuous sitting.
    settings = Settings(
        move=MoveSettings(enabled=False, interval_min=60, break_min=7),
        stretch=StretchSettings(enabled=False, interval_min=90),
    )
    result = profile.apply(settings, answers(settings, traits=frozenset({Trait.DESK})))
    assert result.move == MoveSettings(enabled=True, interval_min=30, break_min=7)
    assert result.stretch == StretchSettings(enabled=True, interval_min=90)


@pytest.mark.parametrize("settings", [DEFAULTS, CUSTOM], ids=["defaults", "custom"])
def test_sport_changes_no_setting(settings: Settings) -> None:
    plain = profile.apply(settings, profile.answers_from(settings))
    assert profile.apply(settings, answers(settings, traits=frozenset({Trait.SPORT}))) == plain


@pytest.mark.parametrize("settings", [DEFAULTS, CUSTOM], ids=["defaults", "custom"])
def test_pregnancy_is_kept_and_changes_nothing_else(settings: Settings) -> None:
    # CONTENT.md §7a: the answer is kept so the player and relief panel can show the cautions.
    result = profile.apply(settings, answers(settings, traits=frozenset({Trait.PREGNANT})))
    assert result.person == PersonSettings(pregnant=True, balance=False)
    plain = profile.apply(settings, profile.answers_from(settings))
    assert dataclasses.replace(result, person=plain.person) == plain


def test_balance_is_kept_and_makes_the_seated_routines_the_default() -> None:
    # CONTENT.md §7a: default to the seated versions when the person reports balance problems.
    result = profile.apply(DEFAULTS, answers(traits=frozenset({Trait.BALANCE})))
    assert result.person == PersonSettings(pregnant=False, balance=True)
    assert result.routines.bedtime == "bedtime-core-seated"
    assert result.routines.desk == "desk-break-seated"
    assert result.routines.hold_s == DEFAULTS.routines.hold_s
    assert validate(result) == []


def test_balance_with_night_cramps_gives_the_seated_core_routine() -> None:
    settings = Settings(routines=RoutineSettings(bedtime="my-evening"))
    traits = frozenset({Trait.BALANCE, Trait.NIGHT_CRAMPS})
    result = profile.apply(settings, answers(settings, traits=traits))
    assert result.routines.bedtime == "bedtime-core-seated"


def test_balance_leaves_the_persons_own_routines_alone() -> None:
    # Reminders open their seated variant, if they have one (routine.for_person).
    result = profile.apply(CUSTOM, answers(CUSTOM, traits=frozenset({Trait.BALANCE})))
    assert result.routines.desk == "my-desk"
    assert result.routines.bedtime == "bedtime-extended-seated"


def test_stored_answers_prefill_the_wizard_again() -> None:
    got = profile.answers_from(STORED)
    assert got.traits == {Trait.PREGNANT, Trait.BALANCE}
    assert profile.answers_from(DEFAULTS).traits == frozenset()
    only = Settings(person=PersonSettings(balance=True))
    assert profile.answers_from(only).traits == {Trait.BALANCE}


def test_a_stored_balance_answer_does_not_switch_the_routines_again() -> None:
    # The person chose the standing routines in Settings after saying yes: a re-run keeps them.
    result = profile.apply(STORED, profile.answers_from(STORED))
    assert result.routines == STORED.routines


def test_unticking_a_stored_answer_clears_it_and_keeps_the_routines() -> None:
    seated = profile.apply(DEFAULTS, answers(traits=frozenset({Trait.BALANCE, Trait.PREGNANT})))
    result = profile.apply(seated, answers(seated, traits=frozenset()))
    assert result.person == PersonSettings(pregnant=False, balance=False)
    assert result.routines == seated.routines  # seated stays seated: the safe side


@pytest.mark.parametrize(
    "traits", ALL_COMBINATIONS, ids=lambda t: "+".join(sorted(x.value for x in t))
)
@pytest.mark.parametrize("settings", [DEFAULTS, CUSTOM], ids=["defaults", "custom"])
def test_every_combination_of_traits_validates(
    traits: frozenset[Trait], settings: Settings
) -> None:
    result = profile.apply(settings, answers(settings, traits=traits))
    assert validate(result) == []
    assert (Trait.DESK in traits) <= (result.move.enabled and result.move.interval_min == 30)
    assert (Trait.OVER_65 in traits) <= (result.routines.hold_s >= 30)
    assert (Trait.NIGHT_CRAMPS in traits) <= result.bedtime.enabled
    assert result.person.pregnant is (Trait.PREGNANT in traits)
    assert result.person.balance is (Trait.BALANCE in traits)
    assert (Trait.BALANCE in traits) <= result.routines.bedtime.endswith("-seated")


# --- hours ----------------------------------------------------------------------------------


def test_working_hours_map_to_active_hours() -> None:
    result = profile.apply(
        DEFAULTS, answers(workdays=frozenset({0, 2, 5}), work_start=T(7, 30), work_end=T(16))
    )
    day = ((T(7, 30), T(16)),)
    assert result.active_hours == (day, (), day, (), (), day, ())
    assert validate(result) == []


def test_night_shift_runs_past_midnight() -> None:
    result = profile.apply(
        DEFAULTS, answers(workdays=frozenset({4}), work_start=T(22), work_end=T(6))
    )
    assert result.active_hours[4] == ((T(22), T(6)),)
    assert validate(result) == []


def test_no_working_day_makes_every_day_a_day_off() -> None:
    result = profile.apply(DEFAULTS, answers(workdays=frozenset()))
    assert result.active_hours == ((),) * 7


def test_a_range_that_starts_when_it_ends_keeps_the_hours() -> None:
    result = profile.apply(
        CUSTOM, answers(CUSTOM, workdays=frozenset({0}), work_start=T(9), work_end=T(9))
    )
    assert result.active_hours == CUSTOM.active_hours
    assert validate(result) == []


def test_changed_days_with_the_same_hours_replace_the_ranges() -> None:
    result = profile.apply(CUSTOM, answers(CUSTOM, workdays=frozenset({0, 1, 2, 3})))
    assert result.active_hours[:4] == (((T(8, 30), T(17, 45)),),) * 4
    assert result.active_hours[4:] == ((), (), ())


# --- water ----------------------------------------------------------------------------------


def test_water_answers_are_applied() -> None:
    result = profile.apply(
        DEFAULTS, answers(goal_ml=2400, glass_ml=300, unit=units.VolumeUnit.FL_OZ)
    )
    assert (result.water.goal_ml, result.water.glass_ml) == (2400, 300)
    assert result.unit is units.VolumeUnit.FL_OZ
    assert result.water.fluid_limit_ml is None
    assert result.water.daily_goal_ml == 2400


def test_no_goal_answered_stays_no_goal() -> None:
    # CONTENT.md §3.2: the daily goal is "not set" until the person picks one.
    result = profile.apply(CUSTOM, answers(CUSTOM, goal_ml=None))
    assert result.water.goal_ml is None
    assert result.water.daily_goal_ml is None
    assert validate(result) == []


@pytest.mark.parametrize("goal", [None, 1800, 2500])
def test_fluid_limit_makes_water_log_only_whatever_the_goal(goal: int | None) -> None:
    # CONTENT.md §7a: a limit is a ceiling, never a target; a goal answered is kept for later.
    result = profile.apply(DEFAULTS, answers(goal_ml=goal, fluid_limit_ml=1500))
    assert result.water.fluid_limit_ml == 1500
    assert result.water.log_only
    assert not result.water.reminds
    assert result.water.daily_goal_ml is None
    assert result.water.goal_ml == goal
    assert validate(result) == []


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("goal_ml", 10, INT_BOUNDS["water.goal_ml"][0]),
        ("goal_ml", 99_000, INT_BOUNDS["water.goal_ml"][1]),
        ("glass_ml", 1, INT_BOUNDS["water.glass_ml"][0]),
        ("glass_ml", 5000, INT_BOUNDS["water.glass_ml"][1]),
        ("fluid_limit_ml", 1, INT_BOUNDS["water.fluid_limit_ml"][0]),
        ("fluid_limit_ml", 99_000, INT_BOUNDS["water.fluid_limit_ml"][1]),
    ],
)
def test_volumes_are_clamped_to_their_bounds(field: str, value: int, expected: int) -> None:
    changes: dict[str, Any] = {field: value}
    result = profile.apply(DEFAULTS, answers(**changes))
    assert getattr(result.water, field) == expected
    assert validate(result) == []


def test_a_big_glass_never_prompts_more_than_a_litre_an_hour() -> None:
    # CONTENT.md §3.3 hard cap.
    settings = Settings(water=WaterSettings(interval_min=15, glass_ml=200))
    result = profile.apply(settings, answers(settings, glass_ml=600))
    assert result.water.glass_ml == 600
    assert hourly_water_ml(result.water) <= MAX_PROMPTED_ML_PER_HOUR
    assert result.water.interval_min == 36
    assert validate(result) == []


def test_fl_oz_answers_convert_to_millilitres() -> None:
    # What the wizard does with "64 fl oz a day, 8 fl oz glasses".
    goal = units.from_unit(64, units.VolumeUnit.FL_OZ)
    glass = units.from_unit(8, units.VolumeUnit.FL_OZ)
    result = profile.apply(
        DEFAULTS, answers(unit=units.VolumeUnit.FL_OZ, goal_ml=goal, glass_ml=glass)
    )
    assert (result.water.goal_ml, result.water.glass_ml) == (1893, 237)
    assert result.water.goal_ml is not None
    assert units.rounded(result.water.goal_ml, units.VolumeUnit.FL_OZ) == 64.0
    assert units.rounded(result.water.glass_ml, units.VolumeUnit.FL_OZ) == 8.0


def test_start_at_login_and_bedtime() -> None:
    result = profile.apply(DEFAULTS, answers(start_at_login=True, bedtime=T(0, 30)))
    assert result.start_at_login
    assert result.bedtime.bedtime == T(0, 30)


def test_other_settings_are_kept() -> None:
    result = profile.apply(
        CUSTOM, answers(CUSTOM, traits=frozenset(Trait), goal_ml=3000, start_at_login=False)
    )
    for name in ("delivery", "busy"):
        assert getattr(result, name) == getattr(CUSTOM, name)
    assert result.water.taper_min == CUSTOM.water.taper_min
    assert result.routines.desk == "my-desk"
    assert result.person == PersonSettings(pregnant=True, balance=True)
