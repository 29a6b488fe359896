"""Tests for how a volume box shows a volume in ml or fl oz: decimals, range and step."""

from __future__ import annotations

import pytest

from spasm_desktop.core import units, volume_box
from spasm_desktop.core.settings import INT_BOUNDS
from spasm_desktop.core.volume_box import Box

ML, FL_OZ = units.VolumeUnit.ML, units.VolumeUnit.FL_OZ


@pytest.mark.parametrize(
    ("key", "unit", "expected"),
    [
        ("glass", ML, Box(0, 50, 1000, 25)),
        ("goal", ML, Box(0, 250, 6000, 100)),
        ("limit", ML, Box(0, 250, 5000, 100)),
        # 50 ml is 1.69 fl oz: the box starts at 1.7, never at 1.6 (47 ml, below the bounds).
        ("glass", FL_OZ, Box(1, 1.7, 33.8, 1.0)),
        ("goal", FL_OZ, Box(1, 8.5, 202.8, 4.0)),
        # 5000 ml is 169.07 fl oz: the box ends at 169.0.
        ("limit", FL_OZ, Box(1, 8.5, 169.0, 4.0)),
    ],
)
def test_each_box_shows_its_settings_bounds_in_the_unit(
    key: str, unit: units.VolumeUnit, expected: Box
) -> None:
    assert volume_box.box(key, unit) == expected


@pytest.mark.parametrize("key", sorted(volume_box.VOLUMES))
def test_the_ends_of_a_fluid_ounce_box_convert_back_inside_the_bounds(key: str) -> None:
    low, high = INT_BOUNDS[volume_box.VOLUMES[key][0]]
    shown = volume_box.box(key, FL_OZ)
    assert low <= units.from_unit(shown.minimum, FL_OZ) <= high
    assert low <= units.from_unit(shown.maximum, FL_OZ) <= high
    # ... and the box reaches as far as it can: a tenth further would pass the bound.
    assert shown.minimum - 0.1 < units.to_unit(low, FL_OZ) <= shown.minimum
    assert shown.maximum <= units.to_unit(high, FL_OZ) < shown.maximum + 0.1


def test_an_unknown_box_is_refused() -> None:
    with pytest.raises(KeyError):
        volume_box.box("cup", ML)
