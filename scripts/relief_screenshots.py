"""Screenshots of the relief panel and Learn's warning signs, drawn offscreen (no display needed).

    .venv/bin/python scripts/relief_screenshots.py [OUT_DIR]

Writes into ``docs/screenshots`` (or OUT_DIR):

- relief-picker, relief-calf-left, relief-ten-minutes, relief-belly and relief-all-over (the
  panel at its own size on a 1280x720 screen), relief-chest and relief-tiers (1280x720) and
  learn-tiers (1000x700), in the light palette;
- relief-card-THEME-SCREEN-TEXT: the calf card, left side, in the light and the dark palette, on a
  1280x720 and a 1024x600 screen, at 100% and 150% text (``QT_FONT_DPI`` 96 and 144), at the
  size the panel takes there;
- relief-beside-SCREEN-TEXT: the guided stretch playing beside the narrowed card, on the whole
  screen.

Each screen and text size runs in its own process (Qt reads them once, at start), on the
offscreen platform with a screen file of that size. ``scripts/screenshots.sh`` takes the others
on a virtual screen.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import offscreen_screens

PANEL_SCREEN = (1280, 720)


def dark_palette() -> object:
    """A dark palette (as a dark desktop theme gives Qt's Fusion style)."""
    from PySide6 import QtGui

    colours = {
        QtGui.QPalette.ColorRole.Window: "#202124",
        QtGui.QPalette.ColorRole.WindowText: "#e8e8e8",
        QtGui.QPalette.ColorRole.Base: "#171717",
        QtGui.QPalette.ColorRole.AlternateBase: "#2a2a2a",
        QtGui.QPalette.ColorRole.Text: "#e8e8e8",
        QtGui.QPalette.ColorRole.Button: "#2f3136",
        QtGui.QPalette.ColorRole.ButtonText: "#e8e8e8",
        QtGui.QPalette.ColorRole.Highlight: "#3d7fd9",
        QtGui.QPalette.ColorRole.HighlightedText: "#ffffff",
        QtGui.QPalette.ColorRole.Mid: "#5f6368",
        QtGui.QPalette.ColorRole.Light: "#3c4043",
        QtGui.QPalette.ColorRole.Dark: "#121212",
        QtGui.QPalette.ColorRole.ToolTipBase: "#2f3136",
        QtGui.QPalette.ColorRole.ToolTipText: "#e8e8e8",
    }
    palette = QtGui.QPalette()
    for role, colour in colours.items():
        palette.setColor(role, QtGui.QColor(colour))
    return palette


def _drawings(content: object) -> dict[object, str]:
    from spasm_desktop.storage import routines

    library = routines.load_library(None)
    found = {}
    for area, card in content.cards.items():
        routine = library.routines[card.routine]
        found[area] = library.exercises[routine.steps[0].exercise].illustration
    return found


def _panel(content: object, theme: str = "light") -> object:
    from spasm_desktop.ui.relief.body_map import BodyMap
    from spasm_desktop.ui.relief.relief_panel import ReliefPanel

    return ReliefPanel(content, body_map=BodyMap(), drawings=_drawings(content))


def shoot(out: Path, screen: str, text: str) -> None:
    """In this process (screen and text size already set): the shots of one screen and size."""
    from PySide6 import QtGui, QtWidgets

    from spasm_desktop.core.relief import for_side
    from spasm_desktop.core.routine import Sides
    from spasm_desktop.storage import learn, relief, routines
    from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow
    from spasm_desktop.ui.setup.learn import LearnWindow

    app = QtWidgets.QApplication([])
    app.setStyle("Fusion")
    light = app.palette()
    content, problems = relief.load_relief()
    if problems:
        raise SystemExit("; ".join(p.describe() for p in problems))
    for theme in ("light", "dark"):
        app.setPalette(light if theme == "light" else dark_palette())
        panel = _panel(content)
        panel.show()
        panel.choose("calf", "left")
        app.processEvents()
        panel.grab().save(str(out / f"relief-card-{theme}-{screen}-{text}.png"))
        panel.close()
    app.setPalette(light)
    library = routines.load_library(None)
    panel = _panel(content)
    panel.show()
    panel.choose("calf", "left")
    routine = for_side(library.routines["relief-calf"], Sides.LEFT)
    player = RoutinePlayerWindow(routine, library.exercises, intro=False)
    player.show()
    panel.share_screen(player)
    app.processEvents()
    room = app.primaryScreen().geometry()
    ratio = app.primaryScreen().devicePixelRatio()
    sheet = QtGui.QPixmap(room.size() * ratio)
    sheet.setDevicePixelRatio(ratio)
    sheet.fill(QtGui.QColor("#4a5058"))
    painter = QtGui.QPainter(sheet)
    for window in (player, panel):
        painter.drawPixmap(window.geometry().topLeft(), window.grab())
    painter.end()
    sheet.save(str(out / f"relief-beside-{screen}-{text}.png"))
    player.close()
    panel.close()
    if (screen, text) != (f"{PANEL_SCREEN[0]}x{PANEL_SCREEN[1]}", "100"):
        return
    shots = (  # name, area, side, started minutes earlier, the whole screen
        ("relief-picker", None, None, 0, False),
        ("relief-calf-left", "calf", "left", 0, False),
        ("relief-ten-minutes", "hamstring", "left", 10, False),
        ("relief-belly", "belly", None, 0, False),
        ("relief-all-over", "all_over", None, 0, False),
        ("relief-chest", "chest", None, 0, True),
        ("relief-tiers", "back", None, 0, True),
    )
    for name, area, side, earlier, whole in shots:
        panel = _panel(content)
        if whole:
            panel.resize(*PANEL_SCREEN)
        panel.show()
        if area is not None:
            panel.choose(area, side)
        if earlier:
            panel.started_earlier(earlier * 60)
        if name == "relief-tiers":
            panel.card.unfold_tiers()
        app.processEvents()
        panel.grab().save(str(out / f"{name}.png"))
        panel.close()
    pages, problems = learn.load_learn()
    if pages is None:
        raise SystemExit("; ".join(p.describe() for p in problems))
    window = LearnWindow(pages, content, set())
    window.resize(1000, 700)
    window.show()
    app.processEvents()
    window.jump_to("see-a-provider")
    app.processEvents()
    window.grab().save(str(out / "learn-tiers.png"))


if __name__ == "__main__":
    offscreen_screens.main(__file__, shoot)
