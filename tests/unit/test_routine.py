"""Routine files (format, validation, the shipped library) and the timeline."""

import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from spasm_desktop.core import routine as rt
from spasm_desktop.core import routine_format
from spasm_desktop.core.routine import PhaseKind, ProblemCode, Side
from spasm_desktop.storage import routines as store


@pytest.fixture(scope="module")
def library() -> store.Library:
    return store.load_library(None)


def minutes(phases: Sequence[rt.Phase]) -> float:
    return rt.total_seconds(phases) / 60


# --- the shipped library ------------------------------------------------------------------------


def test_every_shipped_exercise_and_routine_loads(library: store.Library) -> None:
    assert library.problems == []
    assert len(library.exercises) >= 16
    assert {"bedtime-core", "bedtime-core-seated", "bedtime-extended", "desk-break"} <= set(
        library.routines
    )
    assert all(r.builtin for r in library.routines.values())


def test_every_exercise_has_its_illustration_named_and_steps_and_cautions(
    library: store.Library,
) -> None:
    for exercise in library.exercises.values():
        assert exercise.illustration == exercise.id
        assert exercise.steps
        assert exercise.hold_cue
        assert exercise.relax_cue
        assert any("Stop" in c for c in exercise.cautions), exercise.id
        assert exercise.source, exercise.id


def test_bedtime_core_follows_the_trial_protocol(library: store.Library) -> None:
    core = library.routines["bedtime-core"]
    assert [s.exercise for s in core.steps] == ["wall-calf", "standing-hamstring"]
    phases = rt.timeline(core, library.exercises)
    holds = [p for p in phases if p.kind is PhaseKind.HOLD]
    relaxes = [p for p in phases if p.kind is PhaseKind.RELAX]
    # Each stretch, each leg, 3 holds of 10 s with 10 s of relaxing in between.
    assert [(p.exercise.id, p.side, p.rep) for p in holds] == [
        (ex, side, rep)
        for ex in ("wall-calf", "standing-hamstring")
        for side in (Side.LEFT, Side.RIGHT)
        for rep in (1, 2, 3)
    ]
    assert {p.duration_s for p in holds} == {10}
    assert {p.duration_s for p in relaxes} == {10}
    assert 3 <= minutes(phases) <= 4
    assert core.seated_variant == "bedtime-core-seated"
    assert core.sleep_tips
    seated = library.routines["bedtime-core-seated"]
    assert minutes(rt.timeline(seated, library.exercises)) == minutes(phases)
    assert {library.exercises[s.exercise].position for s in seated.steps} == {rt.Position.SEATED}


def test_extended_and_desk_routines_have_their_lengths(library: store.Library) -> None:
    extended = rt.timeline(library.routines["bedtime-extended"], library.exercises)
    assert 11 <= minutes(extended) <= 14
    desk = rt.timeline(library.routines["desk-break"], library.exercises)
    assert 1.75 <= minutes(desk) <= 2.5
    desk_exercises = {p.exercise.id for p in desk}
    assert desk_exercises == {
        "ankle-pumps",
        "calf-raises",
        "chair-hamstring",
        "standing-quad",
        "neck-side-tilt",
    }
    assert {p.exercise.position for p in desk} <= {rt.Position.SEATED, rt.Position.STANDING}


def test_hold_preference_lengthens_stretches_only(library: store.Library) -> None:
    desk = library.routines["desk-break"]
    longer = rt.timeline(desk, library.exercises, hold_pref_s=30)
    for phase in longer:
        if phase.kind is PhaseKind.HOLD:
            assert phase.duration_s >= 30
        if phase.kind is PhaseKind.MOVE:
            assert phase.duration_s == 20  # ankle pumps and calf raises keep their time
    desk45 = rt.timeline(desk, library.exercises, hold_pref_s=45)
    assert {p.duration_s for p in desk45 if p.kind is PhaseKind.HOLD} == {45}


@pytest.mark.parametrize("hold", [0, 30, 45])
@pytest.mark.parametrize("name", ["bedtime-core", "bedtime-core-seated"])
def test_the_bedtime_routine_keeps_the_studys_10_second_holds(
    library: store.Library, name: str, hold: int
) -> None:
    # CONTENT.md §1.2: the trial held each stretch 10 s; longer holds (over 65) must not
    # replace that dose. They apply to the other routines.
    routine = library.routines[name]
    assert routine.fixed_holds
    phases = rt.timeline(routine, library.exercises, hold_pref_s=hold)
    assert {p.duration_s for p in phases if p.kind is PhaseKind.HOLD} == {10}
    assert rt.length_s(routine, library.exercises, hold) == rt.length_s(routine, library.exercises)


def test_only_the_study_routines_have_fixed_holds(library: store.Library) -> None:
    fixed = {r.id for r in library.routines.values() if r.fixed_holds}
    assert fixed == {"bedtime-core", "bedtime-core-seated"}
    extended = library.routines["bedtime-extended"]
    longer = rt.timeline(extended, library.exercises, hold_pref_s=45)
    assert {p.duration_s for p in longer if p.kind is PhaseKind.HOLD} == {45}


def test_fixed_holds_round_trip_through_the_file_form(library: store.Library) -> None:
    core = library.routines["bedtime-core"]
    raw = routine_format.routine_to_dict(core)
    assert raw["fixed_holds"] is True
    again, problems = routine_format.parse_routine(raw, "copy.json", library.exercises)
    assert problems == []
    assert again is not None
    assert again.fixed_holds
    plain, _ = routine_format.parse_routine(good_routine(), "mine.json", library.exercises)
    assert plain is not None
    assert not plain.fixed_holds
    assert "fixed_holds" not in routine_format.routine_to_dict(plain)
    _, bad = routine_format.parse_routine(
        good_routine(fixed_holds="yes"), "bad.json", library.exercises
    )
    assert [p.field for p in bad] == ["fixed_holds"]


def test_the_seated_desk_break_has_no_standing_step(library: store.Library) -> None:
    seated = library.routines["desk-break-seated"]
    assert seated.purpose is rt.Purpose.DESK
    assert library.routines["desk-break"].seated_variant == "desk-break-seated"
    positions = {library.exercises[s.exercise].position for s in seated.steps}
    assert positions == {rt.Position.SEATED}
    assert not rt.has_standing_step(seated, library.exercises)
    assert rt.has_standing_step(library.routines["desk-break"], library.exercises)
    ids = [s.exercise for s in seated.steps]
    assert "calf-raises" not in ids
    assert "standing-quad" not in ids
    assert ids[0] == "ankle-pumps"
    assert "neck-side-tilt" in ids


def test_every_routine_with_a_standing_step_has_a_seated_variant(library: store.Library) -> None:
    # CONTENT.md §7a: a seated version of every standing stretch, the desk break included.
    for routine in library.routines.values():
        if routine.purpose is rt.Purpose.RELIEF or not rt.has_standing_step(
            routine, library.exercises
        ):
            continue
        variant = library.routines.get(routine.seated_variant or "")
        assert variant is not None, routine.id
        assert not rt.has_standing_step(variant, library.exercises), routine.id
        assert variant.purpose is routine.purpose, routine.id


def test_standing_texts_say_hold_something_fixed_never_a_chair_on_wheels(
    library: store.Library,
) -> None:
    # CONTENT.md §7a: hold on to something fixed (a wall, a bed frame, a heavy table).
    for exercise in library.exercises.values():
        words = " ".join([*exercise.steps, exercise.hold_cue, *exercise.cautions]).lower()
        assert "sturdy chair" not in words, exercise.id
        assert "hold its back" not in words, exercise.id
        assert "holding a chair" not in words, exercise.id
        if exercise.position is rt.Position.STANDING and exercise.id != "hand-press":
            held = "wall" in words or "heavy table" in words
            assert held, exercise.id
        if exercise.position is rt.Position.STANDING and "hold on to" in words:
            assert "never a chair on wheels" in words, exercise.id


def test_every_standing_exercise_has_a_seated_or_lying_alternative(library: store.Library) -> None:
    # CONTENT.md §7a: a seated version of every standing stretch.
    standing = [e for e in library.exercises.values() if e.position is rt.Position.STANDING]
    assert standing
    for exercise in standing:
        other = library.exercises.get(exercise.seated_alternative)
        assert other is not None, exercise.id
        assert other.position in (rt.Position.SEATED, rt.Position.LYING), exercise.id
        assert set(other.muscles) & set(exercise.muscles) or "calf" in " ".join(other.muscles)
    assert library.exercises["standing-quad"].seated_alternative == "side-lying-quad"


def test_seated_alternative_is_read_and_checked(library: store.Library) -> None:
    raw = rt_exercise_dict(library.exercises["wall-calf"])
    raw["seated_alternative"] = "seated-towel-calf"
    exercise, problems = routine_format.parse_exercise(raw, "x.json")
    assert problems == []
    assert exercise is not None
    assert exercise.seated_alternative == "seated-towel-calf"
    raw["seated_alternative"] = "Not An Id"
    _, problems = routine_format.parse_exercise(raw, "x.json")
    assert [p.field for p in problems] == ["seated_alternative"]


@pytest.mark.parametrize(
    ("chosen", "balance", "opened"),
    [
        ("bedtime-core", True, "bedtime-core-seated"),
        ("bedtime-extended", True, "bedtime-extended-seated"),
        ("desk-break", True, "desk-break-seated"),
        ("desk-break", False, "desk-break"),
        ("bedtime-core-seated", True, "bedtime-core-seated"),
        ("no-such-routine", True, "no-such-routine"),
    ],
)
def test_reminders_open_the_seated_version_for_balance_problems(
    library: store.Library, chosen: str, balance: bool, opened: str
) -> None:
    assert rt.for_person(chosen, library.routines, balance) == opened


def test_routine_lengths_come_from_the_files(library: store.Library) -> None:
    # One figure per routine, computed: the bedtime routine is 3 min 40 s.
    core = library.routines["bedtime-core"]
    assert rt.length_s(core, library.exercises) == 220
    assert rt.length_s(core, library.exercises) == round(
        rt.total_seconds(rt.timeline(core, library.exercises))
    )
    for routine in library.routines.values():
        assert "minute" not in routine.description.lower(), routine.id


def test_timeline_phases_sides_and_switches(library: store.Library) -> None:
    phases = rt.timeline(library.routines["bedtime-core"], library.exercises)
    kinds = [p.kind for p in phases[:12]]
    p, h, r, s = PhaseKind.PREPARE, PhaseKind.HOLD, PhaseKind.RELAX, PhaseKind.SWITCH
    assert kinds == [p, h, r, h, r, h, s, h, r, h, r, h]
    assert phases[6].side is Side.RIGHT
    assert phases[5].side is Side.LEFT
    assert phases[12].kind is p
    assert phases[12].exercise.id == "standing-hamstring"


# --- validation ---------------------------------------------------------------------------------


def good_routine(**changes: object) -> dict[str, object]:
    raw: dict[str, object] = {
        "format": 1,
        "id": "mine",
        "name": "My evening",
        "purpose": "bedtime",
        "steps": ["wall-calf", {"exercise": "seated-foot", "reps": 2, "sides": "left"}],
    }
    raw.update(changes)
    return raw


def calf(**changes: object) -> dict[str, object]:
    return {"steps": [{"exercise": "wall-calf", **changes}]}


def messages(problems: Sequence[rt.RoutineProblem]) -> list[str]:
    return [p.describe() for p in problems]


def test_a_good_routine_of_ones_own(library: store.Library) -> None:
    routine, problems = routine_format.parse_routine(good_routine(), "mine.json", library.exercises)
    assert problems == []
    assert routine is not None
    assert routine.steps[1] == rt.RoutineStep("seated-foot", reps=2, sides=rt.Sides.LEFT)
    phases = rt.timeline(routine, library.exercises)
    assert [p.side for p in phases if p.exercise.id == "seated-foot"] == [Side.LEFT] * 4
    again, _ = routine_format.parse_routine(
        routine_format.routine_to_dict(routine), "x.json", library.exercises
    )
    assert again == routine


@pytest.mark.parametrize(
    ("change", "field", "code", "expected_part"),
    [
        ({"steps": []}, "steps", ProblemCode.WRONG_TYPE, "1 to 50 steps"),
        ({"steps": ["no-such"]}, "steps[0].exercise", ProblemCode.UNKNOWN_EXERCISE, "wall-calf"),
        (calf(reps=0), "steps[0].reps", ProblemCode.OUT_OF_RANGE, "1 to 20"),
        (calf(hold_s="10"), "steps[0].hold_s", ProblemCode.WRONG_TYPE, "whole number"),
        (calf(sides="up"), "steps[0].sides", ProblemCode.UNKNOWN_VALUE, "'both'"),
        (calf(holds=3), "steps[0].holds", ProblemCode.UNKNOWN_KEY, "hold_s"),
        ({"id": "My Routine"}, "id", ProblemCode.BAD_ID, "lower-case"),
        ({"name": ""}, "name", ProblemCode.WRONG_TYPE, "non-empty text"),
        ({"name": "x" * 81}, "name", ProblemCode.TOO_LONG, "80"),
        ({"purpose": "lunch"}, "purpose", ProblemCode.UNKNOWN_VALUE, "'desk'"),
        ({"prepare_s": -1}, "prepare_s", ProblemCode.OUT_OF_RANGE, "0 to 60"),
        ({"format": 2}, "format", ProblemCode.NEWER_FORMAT, "1"),
        ({"sleep_tips": "yes"}, "sleep_tips", ProblemCode.WRONG_TYPE, "true or false"),
    ],
)
def test_each_bad_value_names_file_field_and_what_was_expected(
    library: store.Library,
    change: dict[str, object],
    field: str,
    code: ProblemCode,
    expected_part: str,
) -> None:
    routine, problems = routine_format.parse_routine(
        good_routine(**change), "mine.json", library.exercises
    )
    assert routine is None
    assert (problems[0].file, problems[0].field, problems[0].code) == ("mine.json", field, code)
    assert expected_part in problems[0].expected
    assert messages(problems)[0].startswith(f"mine.json: {field}: ")


def test_missing_fields_are_all_listed(library: store.Library) -> None:
    routine, problems = routine_format.parse_routine({"format": 1}, "empty.json", library.exercises)
    assert routine is None
    assert {p.field for p in problems} >= {"steps", "id", "name"}
    assert (
        routine_format.parse_routine([], "list.json", library.exercises)[1][0].code
        is ProblemCode.NOT_AN_OBJECT
    )


def test_exercise_problems(library: store.Library) -> None:
    raw = json.loads(json.dumps(rt_exercise_dict(library.exercises["wall-calf"])))
    raw["hold_s"] = 1000
    raw["position"] = "upside-down"
    del raw["steps"]
    exercise, problems = routine_format.parse_exercise(raw, "bad.json")
    assert exercise is None
    assert {(p.field, p.code) for p in problems} == {
        ("hold_s", ProblemCode.OUT_OF_RANGE),
        ("position", ProblemCode.UNKNOWN_VALUE),
        ("steps", ProblemCode.MISSING),
    }


def rt_exercise_dict(exercise: rt.Exercise) -> dict[str, object]:
    return {
        "format": 1,
        "id": exercise.id,
        "name": exercise.name,
        "muscles": list(exercise.muscles),
        "position": exercise.position.value,
        "style": exercise.style.value,
        "steps": list(exercise.steps),
        "hold_cue": exercise.hold_cue,
        "relax_cue": exercise.relax_cue,
        "cautions": list(exercise.cautions),
        "illustration": exercise.illustration,
        "hold_s": exercise.hold_s,
        "relax_s": exercise.relax_s,
        "reps": exercise.reps,
        "sides": exercise.sides.value,
    }


# --- files on disk ------------------------------------------------------------------------------


def test_own_routines_load_beside_broken_ones(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "mine.json").write_text(json.dumps(good_routine()))
    (folder / "broken.json").write_text('{"format": 1, "id": "x",')
    (folder / "clash.json").write_text(json.dumps(good_routine(id="bedtime-core")))
    (folder / "binary.json").write_bytes(b"\xff\xfe\x00")
    (folder / "notes.txt").write_text("not a routine")
    library = store.load_library(folder)
    assert "mine" in library.routines
    assert not library.routines["mine"].builtin
    assert library.user_files == {"mine": folder / "mine.json"}
    assert library.broken_files() == ["binary.json", "broken.json", "clash.json"]
    text = "\n".join(store.describe_all(library.problems))
    assert "broken.json: this is not valid JSON; expected valid JSON (line 1" in text
    assert "clash.json: id: this id is already taken" in text
    assert library.routines["bedtime-core"].builtin  # the built-in one won


def test_check_file_and_save(tmp_path: Path, library: store.Library) -> None:
    folder = tmp_path / "routines"
    routine, _ = routine_format.parse_routine(good_routine(), "mine.json", library.exercises)
    assert routine is not None
    path = store.save_routine(folder, routine)
    assert path == folder / "mine.json"
    assert path.stat().st_mode & 0o777 == 0o600
    mine = store.load_library(folder)
    assert store.check_file(path, mine) == []  # its own id is no clash
    assert store.check_file(path, library) == []
    clash = tmp_path / "clash.json"
    clash.write_text(json.dumps(good_routine(id="desk-break")))
    assert [p.code for p in store.check_file(clash, library)] == [ProblemCode.DUPLICATE_ID]
    with pytest.raises(ValueError, match="read-only"):
        store.save_routine(folder, library.routines["bedtime-core"])
    huge = tmp_path / "huge.json"
    huge.write_text(" " * (store.MAX_FILE_BYTES + 1))
    assert store.check_file(huge, library)[0].code is ProblemCode.TOO_LONG
    assert store.check_file(tmp_path / "missing.json", library)[0].code is ProblemCode.UNREADABLE


def test_id_from_name() -> None:
    def free(_id: str) -> bool:
        return False

    assert routine_format.id_from_name("Calves & back — évening", free) == "calves-back-evening"
    assert routine_format.id_from_name("ストレッチ", free) == routine_format.FALLBACK_ID
    long = routine_format.id_from_name("x" * 80, free)
    assert len(long) == routine_format.MAX_ID
    assert rt.ID_RE.match(long)
    taken = {"a" * 40, "a" * 38 + "-2"}
    assert routine_format.id_from_name("a" * 80, taken.__contains__) == "a" * 38 + "-3"


def test_ids_taken_by_routines_and_files_but_not_by_the_one_edited(
    tmp_path: Path, library: store.Library
) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "evening.json").write_text("{not json")  # broken, but its name is taken
    (folder / "hand-named.json").write_text(json.dumps(good_routine()))
    mine = store.load_library(folder)
    assert store.id_taken(mine, folder, "bedtime-core", None)  # a built-in routine
    assert store.id_taken(mine, folder, "evening", None)
    assert store.id_taken(mine, folder, "mine", None)
    assert not store.id_taken(mine, folder, "mine", "mine")  # its own id, edited in place
    assert not store.id_taken(mine, folder, "new", None)
    assert not store.id_taken(mine, tmp_path / "missing", "new", None)


def test_saving_an_own_routine_keeps_one_file_per_id(
    tmp_path: Path, library: store.Library
) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "hand-named.json").write_text(json.dumps(good_routine()))
    mine = store.load_library(folder)
    routine = mine.routines["mine"]
    path = store.save_own(mine, folder, routine, "mine")
    assert sorted(p.name for p in folder.iterdir()) == ["mine.json"]
    assert store.load_library(folder).routines["mine"] == routine
    # A new routine that happens to take an id leaves the other files alone.
    other = routine_format.parse_routine(good_routine(id="other"), "o.json", library.exercises)[0]
    assert other is not None
    store.save_own(mine, folder, other, None)
    assert sorted(p.name for p in folder.iterdir()) == ["mine.json", "other.json"]
    store.delete_own(store.load_library(folder), folder, "mine")
    assert not path.exists()
    assert (folder / "other.json").exists()


def test_deleting_uses_the_hand_named_file_and_says_when_it_cannot(tmp_path: Path) -> None:
    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "hand-named.json").write_text(json.dumps(good_routine()))
    mine = store.load_library(folder)
    store.delete_own(mine, folder, "mine")
    assert list(folder.iterdir()) == []
    (folder / "mine.json").mkdir()  # a folder where the file should be: unlink fails
    with pytest.raises(OSError, match=r"mine\.json"):
        store.delete_own(store.load_library(folder), folder, "mine")


@pytest.mark.parametrize(
    ("first_run_done", "pregnant", "intro"),
    [(False, False, True), (True, False, False), (False, True, True), (True, True, True)],
)
def test_the_before_you_start_screen_on_the_first_run_and_always_when_pregnant(
    first_run_done: bool, pregnant: bool, intro: bool
) -> None:
    # CONTENT.md §7a: the cautions show where the person acts, every time for a pregnancy.
    assert rt.needs_intro(first_run_done, pregnant) is intro
