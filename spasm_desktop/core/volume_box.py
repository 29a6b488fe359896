"""How a volume box shows a volume in the person's unit: decimals, range and step.

Volumes are kept in millilitres; a box shows whole millilitres, or fluid ounces to a tenth. Its
range is the setting's bounds (:data:`~spasm_desktop.core.settings.INT_BOUNDS`) in the unit,
rounded inwards, so that every value the box can show converts back inside the bounds. Pure.
"""

from __future__ import annotations

import dataclasses
import math

from spasm_desktop.core import units
from spasm_desktop.core.settings import INT_BOUNDS

#: Volume fields shown in the chosen unit: key -> (INT_BOUNDS field, ml step, fl oz step).
VOLUMES: dict[str, tuple[str, int, float]] = {
    "glass": ("water.glass_ml", 25, 1.0),
    "goal": ("water.goal_ml", 100, 4.0),
    "limit": ("water.fluid_limit_ml", 100, 4.0),
}


@dataclasses.dataclass(frozen=True)
class Box:
    """A volume box's settings in one unit."""

    decimals: int
    minimum: float
    maximum: float
    step: float


def box(key: str, unit: units.VolumeUnit) -> Box:
    """The box of ``key`` (one of :data:`VOLUMES`) in ``unit``."""
    field, ml_step, oz_step = VOLUMES[key]
    low, high = INT_BOUNDS[field]
    if unit is units.VolumeUnit.ML:
        return Box(0, low, high, ml_step)
    return Box(
        1,
        math.ceil(units.to_unit(low, unit) * 10) / 10,
        math.floor(units.to_unit(high, unit) * 10) / 10,
        oz_step,
    )
