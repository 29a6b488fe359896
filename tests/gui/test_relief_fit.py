"""The relief panel fits small screens and large text: 1024x600 and 1280x720, at 100% and 150%.

Each case runs in its own process: the text size (``QT_FONT_DPI``) and the screen (the offscreen
platform's screen file) are read once, when Qt starts. At 150% Qt scales the whole window, so a
1024x600 screen is 683x400 in the window's own pixels.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

import pytest

from tests.screens import run_on_screen

PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6 import QtCore, QtWidgets
    from spasm_desktop.storage import relief
    from spasm_desktop.ui.relief.body_map import BodyMap
    from spasm_desktop.ui.relief.relief_panel import ReliefPanel

    app = QtWidgets.QApplication([])
    content, problems = relief.load_relief()
    assert not problems
    available = app.primaryScreen().availableGeometry()
    panel = ReliefPanel(content, body_map=BodyMap())
    panel.show()
    panel.choose("calf", "left")
    app.processEvents()
    card = panel.card
    viewport = card.steps_scroll.viewport()

    def seen(widget):
        # The whole widget is inside the window and, if it scrolls, inside the visible part.
        where = QtCore.QRect(widget.mapTo(panel, QtCore.QPoint(0, 0)), widget.size())
        if not panel.rect().contains(where) or not widget.isVisibleTo(panel):
            return False
        if viewport.isAncestorOf(widget):
            inside = QtCore.QRect(widget.mapTo(viewport, QtCore.QPoint(0, 0)), widget.size())
            return viewport.rect().contains(inside)
        return True

    important = {
        "steps": all(seen(shown) for pair in card.step_labels for shown in pair),
        "timer": seen(card.timer_label),
        "over": seen(card.over_button),
        "red line": seen(card.red_line),
        "stretch": seen(card.stretch_button),
        "more that helps": seen(card.more_button),
    }
    size = lambda s: [s.width(), s.height()]
    print(json.dumps({
        "available": size(available.size()),
        "window": size(panel.size()),
        "minimum": size(panel.minimumSizeHint()),
        "card hint": size(card.sizeHint()),
        "seen": important,
    }))
    """
)


def probe(tmp_path: Path, width: int, height: int, dpi: int) -> Any:
    return run_on_screen(tmp_path, width, height, dpi, PROBE)


@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1280, 720)])
@pytest.mark.parametrize("dpi", [96, 144])
def test_the_card_fits_the_screen_with_steps_timer_and_its_over_in_view(
    tmp_path: Path, width: int, height: int, dpi: int
) -> None:
    found = probe(tmp_path, width, height, dpi)
    room_w, room_h = found["available"]
    if dpi == 144:
        assert (room_w, room_h) == (round(width / 1.5), round(height / 1.5))
    for what in ("window", "minimum", "card hint"):
        assert found[what][0] <= room_w, (what, found)
        assert found[what][1] <= room_h, (what, found)
    seen = found["seen"]
    assert seen["steps"], found
    assert seen["timer"], found
    assert seen["over"], found
    assert seen["red line"], found
    if (width, height) == (1280, 720) or dpi == 96:
        # With room to spare, nothing important needs scrolling.
        assert all(seen.values()), found
