"""The arithmetic of a chart, without drawing: which values count, the ticks of the value scale,
how many labels to skip (the WCAG contrast between two colours is :mod:`core.contrast`'s,
re-exported here).

The charts in ``ui/record/`` draw with QPainter; what they draw where is decided here, in plain
numbers, so it can be checked without a screen. Colours are sRGB triples of 0..255.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from spasm_desktop.core.contrast import RGB as RGB
from spasm_desktop.core.contrast import contrast_ratio as contrast_ratio
from spasm_desktop.core.contrast import luminance as luminance
from spasm_desktop.core.contrast import mix as mix

#: Round steps between ticks, times a power of ten.
_STEPS = (1.0, 2.0, 2.5, 5.0)
#: The steps between shown category labels (7 and 14 for weeks), before rounder ones.
_LABEL_STEPS = (1, 2, 3, 4, 5, 7, 10, 14, 15, 20, 25, 30)


def clean(value: float | None) -> float | None:
    """A value as drawn: None for no data (or not finite), else at least 0."""
    if value is None or not math.isfinite(value):
        return None
    return max(0.0, float(value))


def _round_steps(maximum: float, whole: bool) -> Iterator[float]:
    """Round steps (1, 2, 2.5, 5 times a power of ten), smallest first, from about a tenth of
    ``maximum`` up. 2.5 only from 25 up, so a step never needs more decimals than 0.1 or 0.01.
    """
    exponent = math.floor(math.log10(maximum / 4))
    start = max(exponent - 1, 0) if whole else exponent - 1
    for power in range(start, max(start, exponent + 1) + 2):
        for mantissa in _STEPS:
            if mantissa == 2.5 and power < 1:
                continue
            try:
                step = mantissa * 10.0**power
            except OverflowError:
                return
            if math.isfinite(step):
                yield step


def nice_ticks(maximum: float, whole: bool = True) -> tuple[float, ...]:
    """Ticks from 0 to a round top at or above ``maximum``: 3 to 5 where the values allow.

    With ``whole`` the step is a whole number (the default format shows no decimals).
    """
    if not math.isfinite(maximum) or maximum <= 0:
        maximum = 1.0
    for step in _round_steps(maximum, whole):
        count = max(1, math.ceil(maximum / step - 1e-9))
        if count <= 4:
            return tuple(i * step for i in range(count + 1))
    return (0.0, maximum)


def fixed_ticks(top: float, whole: bool = True) -> tuple[float, ...]:
    """Ticks for a scale from 0 to ``top``: up to ``top`` at a round step that divides it
    (10: 0, 5, 10), else round steps below it (7: 0, 2, 4, 6).
    """
    if not math.isfinite(top) or top <= 0:
        return (0.0,)
    for step in _round_steps(top, whole):
        count = math.floor(top / step + 1e-9)
        if 2 <= count <= 4 and math.isclose(count * step, top):
            return tuple(i * step for i in range(count + 1))
    for step in _round_steps(top, whole):
        count = math.floor(top / step + 1e-9)
        if count <= 4:
            return tuple(i * step for i in range(count + 1))
    return (0.0,)


def scale(
    numbers: list[float | None], y_max: float | None, whole: bool
) -> tuple[tuple[float, ...], float]:
    """The ticks and the value at the top of the scale.

    ``y_max`` (a fixed top such as 10 for severity) wins when it is a usable number; else the
    top is a round number at or above the largest of ``numbers`` (values, goals, the ceiling).
    """
    if y_max is not None and math.isfinite(y_max) and y_max > 0:
        return fixed_ticks(y_max, whole), float(y_max)
    ticks = nice_ticks(max((v for v in numbers if v is not None), default=0.0), whole)
    return ticks, ticks[-1]


def thin_ticks(ticks: tuple[float, ...], length: float, needed: float) -> tuple[float, ...]:
    """Every k-th tick, so labels ``needed`` apart fit along ``length``."""
    if len(ticks) < 2:
        return ticks
    spacing = length / (len(ticks) - 1)
    every = 1
    while len(ticks[::every]) > 2 and spacing * every < needed:
        every += 1
    kept = ticks[::every]
    if spacing * every < needed:
        return (ticks[-1],) if length >= needed / 2 else ()
    return kept


def label_step(needed: float) -> int:
    """The smallest round step (1, 2, 3, 5, 7 for weeks, 10, ...) of at least ``needed``."""
    if not math.isfinite(needed):
        return 1
    for step in _LABEL_STEPS:
        if step >= needed:
            return step
    power = 10
    while True:
        for mantissa in (5, 10, 20, 25):
            if mantissa * power >= needed:
                return mantissa * power
        power *= 10


def hue_distance(first: int, second: int) -> int:
    """How far apart two hues (degrees, 0..359) are around the colour wheel, 0..180."""
    distance = abs(first - second) % 360
    return min(distance, 360 - distance)
