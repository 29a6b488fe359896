"""The WCAG contrast arithmetic (core/contrast.py): known ratios and the softest readable mix."""

from __future__ import annotations

import pytest

from spasm_desktop.core import contrast

WHITE = (255, 255, 255)
BLACK = (0, 0, 0)


def test_known_ratios() -> None:
    assert contrast.contrast_ratio(BLACK, WHITE) == pytest.approx(21)
    assert contrast.contrast_ratio(WHITE, WHITE) == pytest.approx(1)
    # #767676 is the lightest grey that reads at AA on white.
    assert contrast.contrast_ratio(contrast.parse_hex("#767676"), WHITE) == pytest.approx(
        4.54, abs=0.01
    )
    assert contrast.contrast_ratio(contrast.parse_hex("#777777"), WHITE) < contrast.TEXT


def test_parse_hex_refuses_other_shapes() -> None:
    assert contrast.parse_hex("#b24a00") == (0xB2, 0x4A, 0x00)
    with pytest.raises(ValueError, match="not a #rrggbb colour"):
        contrast.parse_hex("#fff")


@pytest.mark.parametrize("ground", [WHITE, (0xEF, 0xEF, 0xEF), (0x20, 0x21, 0x24), (40, 40, 40)])
@pytest.mark.parametrize("target", [contrast.SHAPES, contrast.TEXT])
def test_the_readable_mix_reaches_its_target_and_is_softer_than_the_ink(
    ground: contrast.RGB, target: float
) -> None:
    ink = BLACK if sum(ground) > 380 else WHITE
    mixed = contrast.readable_mix(ink, ground, target)
    assert contrast.contrast_ratio(mixed, ground) >= target
    assert contrast.contrast_ratio(mixed, ground) < contrast.contrast_ratio(ink, ground)


def test_a_mix_that_cannot_read_gives_the_ink() -> None:
    grey = (0x80, 0x80, 0x80)
    assert contrast.readable_mix(grey, (0x90, 0x90, 0x90), contrast.TEXT) == grey
