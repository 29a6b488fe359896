"""The medical profile's pure rules (spasm_desktop.core.medical)."""

import dataclasses
import datetime as dt

import pytest

from spasm_desktop.core import medical
from spasm_desktop.core.medical import (
    MedicalProfile,
    Medicine,
    MedicineProblem,
    ProfileProblem,
    medicine_changes,
    medicine_problems,
    profile_problems,
)

TODAY = dt.date(2026, 11, 24)


def test_conditions_are_the_ones_content_names() -> None:
    # §7.1 (diabetes, thyroid, kidney, liver, vascular), §3.3 (heart), §2.3/§5.1 (nerve damage)
    assert medical.CONDITIONS == (
        "diabetes",
        "thyroid",
        "kidney",
        "liver",
        "heart",
        "vascular",
        "nerve",
    )


def test_uids_are_unique_and_kept_by_replace() -> None:
    a, b = Medicine("Atorvastatin"), Medicine("Atorvastatin")
    assert a.uid != b.uid
    assert dataclasses.replace(a, note="20 mg").uid == a.uid


@pytest.mark.parametrize(
    ("started", "stopped", "day", "active"),
    [
        (None, None, TODAY, True),
        (dt.date(2026, 1, 1), None, dt.date(2025, 12, 31), False),
        (dt.date(2026, 1, 1), None, dt.date(2026, 1, 1), True),
        (dt.date(2026, 1, 1), dt.date(2026, 3, 1), dt.date(2026, 2, 28), True),
        # ``stopped`` is the first day without it
        (dt.date(2026, 1, 1), dt.date(2026, 3, 1), dt.date(2026, 3, 1), False),
        (None, dt.date(2026, 3, 1), dt.date(2020, 1, 1), True),
    ],
)
def test_active_on(
    started: dt.date | None, stopped: dt.date | None, day: dt.date, active: bool
) -> None:
    assert Medicine("x", started, stopped).active_on(day) is active


def test_active_medicines_keeps_the_order() -> None:
    old = Medicine("old", dt.date(2020, 1, 1), dt.date(2021, 1, 1))
    now = Medicine("now", dt.date(2026, 1, 1))
    always = Medicine("always")
    assert medical.active_medicines([now, old, always], TODAY) == [now, always]


def test_a_good_medicine_has_no_problems() -> None:
    medicine = Medicine("Bendroflumethiazide", dt.date(2026, 3, 2), TODAY, "2.5 mg")
    assert medicine_problems(medicine, TODAY) == []
    assert medicine_problems(Medicine("x"), TODAY) == []


@pytest.mark.parametrize(
    ("medicine", "expected"),
    [
        (Medicine(""), [MedicineProblem.NO_NAME]),
        (Medicine("  \t"), [MedicineProblem.NO_NAME]),
        (Medicine("x" * 200), []),
        (Medicine("x" * 201), [MedicineProblem.LONG_NAME]),
        (Medicine("x", note="n" * 501), [MedicineProblem.LONG_NOTE]),
        (
            Medicine("x", dt.date(2026, 3, 2), dt.date(2026, 3, 1)),
            [MedicineProblem.STOP_BEFORE_START],
        ),
        (Medicine("x", dt.date(2026, 3, 2), dt.date(2026, 3, 2)), []),
        (Medicine("x", TODAY + dt.timedelta(days=1)), [MedicineProblem.START_IN_FUTURE]),
        (Medicine("x", None, TODAY + dt.timedelta(days=1)), [MedicineProblem.STOP_IN_FUTURE]),
        (
            Medicine("", TODAY + dt.timedelta(days=9), TODAY + dt.timedelta(days=1)),
            [
                MedicineProblem.NO_NAME,
                MedicineProblem.STOP_BEFORE_START,
                MedicineProblem.START_IN_FUTURE,
                MedicineProblem.STOP_IN_FUTURE,
            ],
        ),
    ],
)
def test_medicine_problems(medicine: Medicine, expected: list[MedicineProblem]) -> None:
    assert medicine_problems(medicine, TODAY) == expected


def test_problems_are_plain_english_strings() -> None:
    [problem] = medicine_problems(Medicine("a", dt.date(2026, 2, 1), dt.date(2026, 1, 1)), TODAY)
    assert isinstance(problem, str)
    assert problem == "the stop date is before the start date"
    assert "200" in MedicineProblem.LONG_NAME


def test_medicine_changes_inside_the_period_both_ends_included_and_sorted() -> None:
    start, end = dt.date(2026, 3, 1), dt.date(2026, 3, 31)
    statin = Medicine("Simvastatin", dt.date(2026, 3, 10))
    diuretic = Medicine("Amiloride", dt.date(2026, 1, 5), dt.date(2026, 3, 10))
    inhaler = Medicine("Salmeterol", dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    before = Medicine("Old", dt.date(2025, 1, 1), dt.date(2026, 2, 28))
    after = Medicine("Later", dt.date(2026, 4, 1))
    unknown = Medicine("Unknown start")
    found = medicine_changes([statin, diuretic, inhaler, before, after, unknown], start, end)
    assert found == [
        (dt.date(2026, 3, 1), "started", inhaler),
        # on the same day a stop comes before a start
        (dt.date(2026, 3, 10), "stopped", diuretic),
        (dt.date(2026, 3, 10), "started", statin),
        (dt.date(2026, 3, 31), "stopped", inhaler),
    ]
    assert medicine_changes([], start, end) == []
    assert medicine_changes([statin], end, start) == []


def test_same_day_starts_are_by_name() -> None:
    day = dt.date(2026, 3, 10)
    b, a = Medicine("beta", day), Medicine("Alpha", day)
    assert [m.name for _d, _w, m in medicine_changes([b, a], day, day)] == ["Alpha", "beta"]


def test_profile_problems() -> None:
    assert profile_problems(MedicalProfile(), TODAY) == []
    good = MedicalProfile((2026, 11), ("kidney", "diabetes"), "gout")
    assert profile_problems(good, TODAY) == []
    assert profile_problems(MedicalProfile((2026, 12)), TODAY) == [ProfileProblem.IN_FUTURE]
    assert profile_problems(MedicalProfile((2026, 13)), TODAY) == [ProfileProblem.BAD_MONTH]
    assert profile_problems(MedicalProfile((2026, 0)), TODAY) == [ProfileProblem.BAD_MONTH]
    assert profile_problems(MedicalProfile((1899, 12)), TODAY) == [ProfileProblem.TOO_EARLY]
    assert profile_problems(MedicalProfile(conditions=("gout",)), TODAY) == [
        ProfileProblem.UNKNOWN_CONDITION
    ]
    assert profile_problems(MedicalProfile(conditions_note="x" * 501), TODAY) == [
        ProfileProblem.LONG_NOTE
    ]


def test_sorted_conditions_keeps_known_keys_in_order_once() -> None:
    assert medical.sorted_conditions(["nerve", "gout", "diabetes", "nerve"]) == (
        "diabetes",
        "nerve",
    )


def test_months_round_trip() -> None:
    assert medical.format_month((2024, 3)) == "2024-03"
    assert medical.parse_month("2024-03") == (2024, 3)
    assert medical.parse_month(medical.format_month((1999, 12))) == (1999, 12)


@pytest.mark.parametrize(
    "text", ["", "2024", "2024-3", "2024-13", "24-03", "2024/03", "２０２４-03"]
)
def test_bad_months_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a month"):
        medical.parse_month(text)
