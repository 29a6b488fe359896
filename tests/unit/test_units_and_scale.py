"""Volumes in ml and fl oz, the rounder corners of the chart scale, and ids made from names."""

from __future__ import annotations

import math

import pytest

from spasm_desktop.core import chart_scale, routine_format, units
from spasm_desktop.core.routine import ID_RE

ML, OZ = units.VolumeUnit.ML, units.VolumeUnit.FL_OZ


def test_one_fluid_ounce_each_way() -> None:
    assert units.to_unit(units.ML_PER_US_FL_OZ, OZ) == pytest.approx(1.0)
    assert units.from_unit(1, OZ) == 30
    assert units.from_unit(0, OZ) == 0
    assert units.from_unit(0, ML) == 0


@pytest.mark.parametrize("ml", [150, 200, 250, 330, 500, 750, 1000, 2000, 3000])
def test_a_volume_shown_in_fl_oz_and_typed_back_stays_within_a_tenth(ml: int) -> None:
    shown = units.rounded(ml, OZ)
    assert shown == round(shown, 1)
    # A tenth of a fl oz is about 3 ml: half of it is the most rounding may move.
    assert abs(units.from_unit(shown, OZ) - ml) <= 1.5


@pytest.mark.parametrize(("ml", "oz"), [(250, 8.5), (500, 16.9), (2000, 67.6), (237, 8.0)])
def test_fl_oz_are_shown_to_a_tenth(ml: int, oz: float) -> None:
    assert units.rounded(ml, OZ) == oz


@pytest.mark.parametrize(
    ("ml", "shown"), [(249.6, 250.0), (249.4, 249.0), (0.4, 0.0), (1999.6, 2000.0)]
)
def test_ml_are_shown_whole(ml: float, shown: float) -> None:
    assert units.rounded(ml, ML) == shown


def test_unit_names_in_the_settings_file() -> None:
    assert units.VolumeUnit("ml") is ML
    assert units.VolumeUnit("fl_oz") is OZ


@pytest.mark.parametrize(
    ("rgb", "value"),
    [
        ((255, 255, 255), 1.0),
        ((0, 0, 0), 0.0),
        ((255, 0, 0), 0.2126),
        ((0, 255, 0), 0.7152),
        ((0, 0, 255), 0.0722),
        ((128, 128, 128), 0.2159),
        ((10, 10, 10), 10 / 255 / 12.92),  # the straight part of the sRGB curve
    ],
)
def test_luminance_follows_wcag(rgb: tuple[int, int, int], value: float) -> None:
    assert chart_scale.luminance(rgb) == pytest.approx(value, abs=1e-4)


@pytest.mark.parametrize(
    ("top", "whole", "ticks"),
    [
        (4, True, (0, 1, 2, 3, 4)),
        (5, True, (0, 2, 4)),
        (7, True, (0, 2, 4, 6)),
        (100, True, (0, 25, 50, 75, 100)),
        (1, True, (0, 1)),
        (1, False, (0, 0.5, 1)),
        (0, True, (0,)),
        (-2, True, (0,)),
        (math.nan, True, (0,)),
        (math.inf, True, (0,)),
    ],
)
def test_fixed_ticks(top: float, whole: bool, ticks: tuple[float, ...]) -> None:
    assert chart_scale.fixed_ticks(top, whole) == pytest.approx(ticks)


@pytest.mark.parametrize(
    ("needed", "step"),
    [
        (0, 1),
        (-5, 1),
        (math.nan, 1),
        (14.5, 15),
        (21, 25),
        (26, 30),
        (210, 250),
        (251, 500),
        (2600, 5000),
    ],
)
def test_more_label_steps(needed: float, step: int) -> None:
    assert chart_scale.label_step(needed) == step


def test_mix_rounds_each_channel() -> None:
    assert chart_scale.mix((255, 255, 255), (0, 0, 0), 0.25) == (64, 64, 64)
    assert chart_scale.mix((0, 100, 200), (100, 100, 100), 0.5) == (50, 100, 150)


def never(_id: str) -> bool:
    return False


@pytest.mark.parametrize(
    ("name", "made"),
    [
        ("  --Hello--World--  ", "hello-world"),
        ("Ünter Arm", "unter-arm"),
        ("Night 2", "night-2"),
        ("", routine_format.FALLBACK_ID),
        ("!!!", routine_format.FALLBACK_ID),
        ("a" * 37 + " b c", "a" * 37 + "-b"),
    ],
)
def test_ids_from_names(name: str, made: str) -> None:
    made_id = routine_format.id_from_name(name, never)
    assert made_id == made
    assert ID_RE.match(made_id)


@pytest.mark.parametrize(
    ("name", "taken", "made"),
    [
        ("Calves", {"calves"}, "calves-2"),
        ("Calves", {"calves", "calves-2", "calves-3"}, "calves-4"),
        ("", {routine_format.FALLBACK_ID}, routine_format.FALLBACK_ID + "-2"),
        ("a" * 37 + " b c", {"a" * 37 + "-b"}, "a" * 37 + "-2"),
    ],
)
def test_a_taken_id_gets_a_number_without_a_double_dash(
    name: str, taken: set[str], made: str
) -> None:
    made_id = routine_format.id_from_name(name, taken.__contains__)
    assert made_id == made
    assert ID_RE.match(made_id)
    assert "--" not in made_id
