"""The stretch player fits 1024x600 and 1280x720 at 100% and 150% text, alone and beside the
relief card, and its words never run into each other.

Each case runs in its own process: the text size (``QT_FONT_DPI``) and the screen (the offscreen
platform's screen file) are read once, when Qt starts.
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
    from spasm_desktop.storage import relief, routines
    from spasm_desktop.ui.relief.body_map import BodyMap
    from spasm_desktop.ui.relief.relief_panel import ReliefPanel
    from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow

    app = QtWidgets.QApplication([])
    library = routines.load_library(None)
    room = app.primaryScreen().availableGeometry()
    beside = sys.argv[1] == "beside"
    if beside:  # the relief stretch, as the relief card opens it
        from spasm_desktop.core.relief import for_side
        from spasm_desktop.core.routine import Sides

        routine = for_side(library.routines["relief-calf"], Sides.LEFT)
    else:
        routine = library.routines["desk-break"]
    player = RoutinePlayerWindow(routine, library.exercises)
    if beside:
        content, problems = relief.load_relief()
        panel = ReliefPanel(content, body_map=BodyMap())
        panel.show()
        panel.choose("calf", "left")
        player.show()
        panel.share_screen(player)
    else:
        player.setWindowState(QtCore.Qt.WindowState.WindowMaximized)
        player.show()
    app.processEvents()
    app.processEvents()

    def box(widget):
        return QtCore.QRect(widget.mapTo(player, QtCore.QPoint(0, 0)), widget.size())

    parts = [
        player.exercise_label, player.side_label, player.phase_label, player.detail_label,
        player.countdown, player.seated_button, player.words_scroll, player.next_label,
        player.illustration, player.stop_button, player.progress,
    ]
    shown = [w for w in parts if w.isVisibleTo(player)]
    overlaps = [
        (a.accessibleName(), b.accessibleName())
        for i, a in enumerate(shown) for b in shown[i + 1:]
        if box(a).intersects(box(b))
    ]
    outside = [w.accessibleName() for w in shown if not player.rect().contains(box(w))]
    # A label that does not scroll shows all its lines.
    clipped = [
        w.accessibleName() for w in shown
        if isinstance(w, QtWidgets.QLabel) and w.text()
        and w.height() < w.heightForWidth(w.width())
    ]
    size = lambda s: [s.width(), s.height()]
    print(json.dumps({
        "available": size(room.size()),
        "frame": [player.frameGeometry().x(), player.frameGeometry().y(),
                  player.frameGeometry().width(), player.frameGeometry().height()],
        "minimum": size(player.minimumSizeHint()),
        "overlaps": overlaps, "outside": outside, "clipped": clipped,
    }))
    """
)


def probe(tmp_path: Path, width: int, height: int, dpi: int, where: str) -> Any:
    return run_on_screen(tmp_path, width, height, dpi, PROBE, where)


@pytest.mark.parametrize("where", ["alone", "beside"])
@pytest.mark.parametrize(("width", "height", "dpi"), [(1024, 600, 144), (1280, 720, 96)])
def test_the_player_fits_and_its_words_do_not_overlap(
    tmp_path: Path, width: int, height: int, dpi: int, where: str
) -> None:
    found = probe(tmp_path, width, height, dpi, where)
    room_w, room_h = found["available"]
    assert found["minimum"][0] <= room_w, found
    assert found["minimum"][1] <= room_h, found
    x, y, w, h = found["frame"]
    assert x >= 0, found
    assert y >= 0, found
    assert x + w <= room_w, found
    assert y + h <= room_h, found
    assert found["overlaps"] == [], found
    assert found["outside"] == [], found
    assert found["clipped"] == [], found
