"""Volume units: everything is stored in millilitres; people may think in fl oz."""

from __future__ import annotations

import enum

ML_PER_US_FL_OZ = 29.5735295625


class VolumeUnit(enum.Enum):
    """How volumes are shown and typed."""

    ML = "ml"
    FL_OZ = "fl_oz"


def to_unit(ml: float, unit: VolumeUnit) -> float:
    """Convert millilitres to ``unit``."""
    return ml if unit is VolumeUnit.ML else ml / ML_PER_US_FL_OZ


def from_unit(value: float, unit: VolumeUnit) -> int:
    """Convert a value in ``unit`` to whole millilitres."""
    ml = value if unit is VolumeUnit.ML else value * ML_PER_US_FL_OZ
    return round(ml)


def rounded(ml: float, unit: VolumeUnit) -> float:
    """Return ``ml`` in ``unit`` rounded for display (whole ml, or tenths of fl oz)."""
    value = to_unit(ml, unit)
    return float(round(value)) if unit is VolumeUnit.ML else round(value, 1)
