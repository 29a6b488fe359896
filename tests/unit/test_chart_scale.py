"""Tests for the arithmetic of the charts: values drawn, ticks, thinning, label steps, contrast."""

from __future__ import annotations

import math

import pytest

from spasm_desktop.core import chart_scale

WHITE = (255, 255, 255)
BLACK = (0, 0, 0)


@pytest.mark.parametrize(
    ("maximum", "top"),
    [(0, 1), (1, 1), (3, 3), (7, 8), (10, 10), (2100, 3000), (37, 40), (0.3, 1), (1e300, 1e300)],
)
def test_ticks_are_round_and_cover_the_values(maximum: float, top: float) -> None:
    ticks = chart_scale.nice_ticks(maximum)
    assert ticks[0] == 0
    assert ticks[-1] == pytest.approx(top)
    assert ticks[-1] >= maximum
    assert 2 <= len(ticks) <= 5
    assert all(t == math.floor(t) for t in ticks)


def test_fractional_ticks_and_a_fixed_top() -> None:
    assert chart_scale.nice_ticks(0.3, whole=False) == pytest.approx((0, 0.1, 0.2, 0.3))
    assert chart_scale.fixed_ticks(10) == (0, 5, 10)
    assert chart_scale.fixed_ticks(100) == (0, 25, 50, 75, 100)
    assert chart_scale.fixed_ticks(7) == (0, 2, 4, 6)  # the scale still ends at 7
    assert chart_scale.fixed_ticks(1, whole=False) == pytest.approx((0, 0.5, 1))


@pytest.mark.parametrize("bad", [0.0, -3.0, math.inf, math.nan])
def test_unusable_maximums_give_a_plain_scale(bad: float) -> None:
    assert chart_scale.nice_ticks(bad) == (0, 1)
    assert chart_scale.fixed_ticks(bad) == (0.0,)


def test_the_scale_takes_a_fixed_top_else_the_largest_number() -> None:
    assert chart_scale.scale([3.0, None, 7.0], 10, whole=True) == ((0, 5, 10), 10.0)
    assert chart_scale.scale([3.0, None, 37.0], None, whole=True) == ((0, 10, 20, 30, 40), 40)
    # A fixed top that is not a usable number is passed over.
    assert chart_scale.scale([3.0], math.nan, whole=True)[1] == 3
    assert chart_scale.scale([None, None], None, whole=True) == ((0, 1), 1)


def test_values_drawn_are_finite_and_not_below_zero() -> None:
    assert chart_scale.clean(None) is None
    assert chart_scale.clean(math.nan) is None
    assert chart_scale.clean(-math.inf) is None
    assert chart_scale.clean(-5) == 0.0
    assert chart_scale.clean(2) == 2.0


def test_crowded_ticks_are_thinned_to_fit() -> None:
    ticks = (0.0, 1.0, 2.0, 3.0, 4.0)
    assert chart_scale.thin_ticks(ticks, 400, 50) == ticks
    assert chart_scale.thin_ticks(ticks, 100, 40) == (0.0, 2.0, 4.0)
    # Not even two fit: the top alone, or nothing when half a label does not fit either.
    assert chart_scale.thin_ticks(ticks, 30, 40) == (4.0,)
    assert chart_scale.thin_ticks(ticks, 10, 40) == ()
    assert chart_scale.thin_ticks((5.0,), 1, 40) == (5.0,)


@pytest.mark.parametrize(
    ("needed", "step"),
    [(0.2, 1), (1, 1), (1.5, 2), (6, 7), (8, 10), (13, 14), (31, 50), (120, 200), (math.inf, 1)],
)
def test_label_steps_are_round_and_weeks_stay_whole(needed: float, step: int) -> None:
    assert chart_scale.label_step(needed) == step


def test_contrast_ratio_matches_wcag() -> None:
    assert chart_scale.contrast_ratio(BLACK, WHITE) == pytest.approx(21)
    assert chart_scale.contrast_ratio(WHITE, BLACK) == pytest.approx(21)
    assert chart_scale.contrast_ratio(WHITE, WHITE) == pytest.approx(1)
    assert chart_scale.contrast_ratio((0x76, 0x76, 0x76), WHITE) == pytest.approx(4.54, abs=0.01)


def test_mixing_and_hue_distance() -> None:
    assert chart_scale.mix(BLACK, WHITE, 0) == WHITE
    assert chart_scale.mix(BLACK, WHITE, 1) == BLACK
    assert chart_scale.mix((200, 100, 0), (0, 0, 0), 0.5) == (100, 50, 0)
    assert chart_scale.hue_distance(10, 350) == 20
    assert chart_scale.hue_distance(0, 180) == 180
    assert chart_scale.hue_distance(-1, 0) == 1  # Qt's "no hue" for greys
