"""Screenshots of the stretch player, maximised as it opens, drawn offscreen (no display needed).

    .venv/bin/python scripts/player_screenshots.py [OUT_DIR]

Writes into ``docs/screenshots`` (or OUT_DIR):

- player-THEME-SCREEN-TEXT: the calf stretch held on the left leg, in the light and the dark
  palette, on a 1280x720 and a 1024x600 screen, at 100% and 150% text (``QT_FONT_DPI`` 96 and
  144), the window filling the screen;
- player-phase-get-ready, player-phase-hold, player-phase-relax (1280x720, light, 100%): the
  three phases as the drawing marks them (frame, phase badge, side badge); the first is the desk
  break's first screen with "Do it seated".

Each screen and text size runs in its own process (Qt reads them once, at start), on the
offscreen platform with a screen file of that size. ``scripts/relief_screenshots.py`` draws the
player beside the relief card.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import offscreen_screens
from relief_screenshots import dark_palette

PHASE_SCREEN = "1280x720"


class Clock:
    """A monotonic clock the script sets (the player reads its time from it)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _open(routine_id: str, clock: Clock) -> object:
    from PySide6 import QtCore

    from spasm_desktop.storage import routines
    from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow

    library = routines.load_library(None)
    player = RoutinePlayerWindow(library.routines[routine_id], library.exercises, monotonic=clock)
    player.setWindowState(QtCore.Qt.WindowState.WindowMaximized)
    player.show()
    return player


def _at(player: object, clock: Clock, seconds: float) -> None:
    from PySide6 import QtWidgets

    clock.now = 1000.0 + seconds
    player._tick()  # type: ignore[attr-defined]
    QtWidgets.QApplication.processEvents()


def _first(player: object, clock: Clock, kind: object) -> None:
    """Move the clock to a moment in the first phase of ``kind``."""
    for tenth in range(0, 3000):
        _at(player, clock, tenth / 10)
        if player.player.phase.kind is kind:  # type: ignore[attr-defined]
            _at(player, clock, tenth / 10 + 1.5)
            return
    raise SystemExit(f"no {kind} phase")


def shoot(out: Path, screen: str, text: str) -> None:
    """In this process (screen and text size already set): the shots of one screen and size."""
    from PySide6 import QtWidgets

    from spasm_desktop.core.routine import PhaseKind

    app = QtWidgets.QApplication([])
    app.setStyle("Fusion")
    light = app.palette()
    for theme in ("light", "dark"):
        app.setPalette(light if theme == "light" else dark_palette())
        clock = Clock()
        player = _open("bedtime-core", clock)
        _first(player, clock, PhaseKind.HOLD)
        player.grab().save(str(out / f"player-{theme}-{screen}-{text}.png"))
        player.close()
    if (screen, text) != (PHASE_SCREEN, "100"):
        return
    app.setPalette(light)
    shots = (
        ("desk-break", PhaseKind.PREPARE, "player-phase-get-ready"),
        ("bedtime-core", PhaseKind.HOLD, "player-phase-hold"),
        ("bedtime-core", PhaseKind.RELAX, "player-phase-relax"),
    )
    for routine_id, kind, name in shots:
        clock = Clock()
        player = _open(routine_id, clock)
        _first(player, clock, kind)
        player.grab().save(str(out / f"{name}.png"))
        player.close()


if __name__ == "__main__":
    offscreen_screens.main(__file__, shoot)
