"""Every window and dialog the app opens fits 1024x600 and 1280x720, at 100% and 150% text
(``QT_FONT_DPI`` 96 and 144), with its key buttons (Save, Cancel, Close, the primary one) in
view, no wrapped text cut short outside a scroll area, and the stretch player's instructions
read without scrolling, through every step of every routine.

One process per screen and text size (Qt reads them once, at start) opens every window of the
real app in turn: ``window_fit_probe.py``, Settings (every tab) and the diary's cramp form (new
and with every detail open) included.
"""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path
from typing import Any

import pytest

from tests.screens import run_on_screen

ROOT = str(Path(__file__).resolve().parents[2])
SCRIPT = (
    f"import sys; sys.path.insert(0, {ROOT!r}); "
    "from tests.gui import window_fit_probe; window_fit_probe.main()"
)
SCREENS = [(1024, 600, 96), (1024, 600, 144), (1280, 720, 96), (1280, 720, 144)]
WRONG = ("too big", "off screen", "keys hidden", "keys squeezed", "clipped", "scrolls")


@functools.cache
def probe(width: int, height: int, dpi: int) -> dict[str, Any]:
    """What the probe found on that screen (run once per screen: the tests share it)."""
    with tempfile.TemporaryDirectory() as folder:
        found: dict[str, Any] = run_on_screen(Path(folder), width, height, dpi, SCRIPT)
        return found


def problems(found: dict[str, Any], names: set[str] | None = None) -> dict[str, dict[str, Any]]:
    """The windows (of ``names``, or all) that are wrong, with what is wrong with them."""
    wrong = {}
    for window in found["windows"]:
        if names and window["name"] not in names:
            continue
        bad = {what: window[what] for what in WRONG if window.get(what)}
        if bad:
            wrong[window["name"]] = {**bad, "minimum": window["minimum"], "frame": window["frame"]}
    return wrong


@pytest.mark.parametrize(("width", "height", "dpi"), SCREENS)
def test_every_window_fits_with_its_key_buttons_in_view(width: int, height: int, dpi: int) -> None:
    found = probe(width, height, dpi)
    names = [window["name"] for window in found["windows"]]
    assert len(names) >= 25, names
    assert "pop-up of 4, steps and help shown" in names, names
    for name in ("settings, tab 1", "cramp form, new", "cramp form, every detail", "check-in"):
        assert name in names, names
    assert all(window["keys"] for window in found["windows"] if window["name"] in KEYED), found
    assert problems(found) == {}, found["available"]


#: Windows whose key buttons the probe names (dialog button boxes are found by themselves).
KEYED = {"today", "relief card", "player first screen", "diary", "history", "profile", "medicine"}


@pytest.mark.parametrize(("width", "height", "dpi"), SCREENS)
def test_the_welcome_fits(width: int, height: int, dpi: int) -> None:
    assert problems(probe(width, height, dpi), {"welcome"}) == {}
