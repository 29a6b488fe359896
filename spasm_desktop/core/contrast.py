"""How well two colours read against each other: the WCAG 2 contrast ratio, pure arithmetic.

Colours are sRGB triples of 0-255. Text needs :data:`TEXT` (4.5:1, WCAG AA), the outlines of
controls and other shapes :data:`SHAPES` (3:1, WCAG 2.1 non-text contrast).
"""

from __future__ import annotations

#: An sRGB colour: red, green, blue from 0 to 255.
RGB = tuple[int, int, int]

#: The least contrast for text (WCAG AA).
TEXT = 4.5
#: The least contrast for controls' outlines and other shapes (WCAG 2.1, 1.4.11).
SHAPES = 3.0


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def luminance(rgb: RGB) -> float:
    """The relative luminance of an sRGB colour (WCAG 2), 0 (black) to 1 (white)."""
    red, green, blue = (_channel(c) for c in rgb)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(first: RGB, second: RGB) -> float:
    """The WCAG contrast ratio of two colours, from 1 to 21 (text needs 4.5, shapes 3)."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def parse_hex(value: str) -> RGB:
    """``"#rrggbb"`` as an RGB triple."""
    digits = value.removeprefix("#")
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {value!r}")
    return int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16)


def mix(ink: RGB, ground: RGB, amount: float) -> RGB:
    """``amount`` of ``ink`` over ``ground`` (0: ground, 1: ink)."""
    red, green, blue = (round(b + (a - b) * amount) for a, b in zip(ink, ground, strict=True))
    return red, green, blue


def readable_mix(ink: RGB, ground: RGB, target: float, start: float = 0.5) -> RGB:
    """The least of ``ink`` over ``ground``, from ``start`` up, that reads at ``target`` against
    ``ground`` (a softer colour for a quiet line, or an outline); ``ink`` itself when even that
    does not (then nothing softer would).
    """
    amount = start
    while amount < 1:
        mixed = mix(ink, ground, amount)
        if contrast_ratio(mixed, ground) >= target:
            return mixed
        amount += 0.05
    return ink
