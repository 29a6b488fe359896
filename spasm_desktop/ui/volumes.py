"""Volume spin boxes in ml or fl oz, shared by Settings and the welcome."""

from __future__ import annotations

import math

from PySide6 import QtWidgets

from spasm_desktop.core import units
from spasm_desktop.core.settings import INT_BOUNDS
from spasm_desktop.ui import text

#: Volume fields shown in the chosen unit: key -> (INT_BOUNDS field, ml step, fl oz step).
VOLUMES: dict[str, tuple[str, int, float]] = {
    "glass": ("water.glass_ml", 25, 1.0),
    "goal": ("water.goal_ml", 100, 4.0),
    "limit": ("water.fluid_limit_ml", 100, 4.0),
}


def show_in_unit(
    spin: QtWidgets.QDoubleSpinBox, key: str, unit: units.VolumeUnit, ml: float
) -> None:
    """Show ``ml`` in ``spin`` in ``unit``, with that field's bounds, step and suffix."""
    field, ml_step, oz_step = VOLUMES[key]
    low, high = INT_BOUNDS[field]
    if unit is units.VolumeUnit.ML:
        spin.setDecimals(0)
        spin.setRange(low, high)
        spin.setSingleStep(ml_step)
        spin.setSuffix(text.tr(" ml", "suffix of a volume"))
    else:
        # Round inwards so that every value shown converts back inside the bounds.
        spin.setDecimals(1)
        spin.setRange(
            math.ceil(units.to_unit(low, unit) * 10) / 10,
            math.floor(units.to_unit(high, unit) * 10) / 10,
        )
        spin.setSingleStep(oz_step)
        spin.setSuffix(text.tr(" fl oz", "suffix of a volume"))
    spin.setValue(units.rounded(ml, unit))


def one_line(ml: float, unit: units.VolumeUnit) -> str:
    """Format a volume in ``unit``, kept on one line."""
    return text.volume(ml, unit).replace(" ", "\N{NO-BREAK SPACE}")
