"""Screenshots of the diary's cramp form, drawn offscreen (no display needed).

    .venv/bin/python scripts/diary_screenshots.py [OUT_DIR]

Writes ``diary-form-KIND-THEME-SCREEN-TEXT.png`` into ``docs/screenshots`` (or OUT_DIR): a new
cramp (the main fields, "More details" folded) and an edit of a cramp with details (unfolded),
in the light and the dark palette, on a 1280x720 and a 1024x600 screen, at 100% and 150% text,
at the size the form takes there. Each screen and text size runs in its own process.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import offscreen_screens
from relief_screenshots import dark_palette

NOW = dt.datetime(2026, 11, 25, 11, 0, tzinfo=dt.UTC)


def shoot(out: Path, screen: str, text: str) -> None:
    """In this process (screen and text size already set): the shots of one screen and size."""
    from zoneinfo import ZoneInfo

    from PySide6 import QtWidgets

    from spasm_desktop.core.episode import Episode
    from spasm_desktop.storage import relief
    from spasm_desktop.ui.common import look
    from spasm_desktop.ui.record.episode_dialog import EpisodeDialog

    app = QtWidgets.QApplication([])
    app.setStyle("Fusion")
    look.outline_indicators(app)  # as the app does
    light = app.palette()
    content, problems = relief.load_relief()
    if problems:
        raise SystemExit("; ".join(p.describe() for p in problems))
    earlier = Episode(
        NOW - dt.timedelta(hours=8),
        95,
        "calf",
        "left",
        6,
        ("knot",),
        ("asleep",),
        ("stretch", "walk"),
        "Woke me at 3; eased after walking.",
        triggers=("long_standing",),
        woke_me=True,
        sleep_disruption=5,
        source="diary",
    )
    tz = ZoneInfo("Europe/Berlin")
    for theme in ("light", "dark"):
        app.setPalette(light if theme == "light" else dark_palette())
        for kind, episode in (("new", None), ("edit", earlier)):
            dialog = EpisodeDialog(episode, tz, lambda: NOW, content)
            dialog.show()
            app.processEvents()
            dialog.grab().save(str(out / f"diary-form-{kind}-{theme}-{screen}-{text}.png"))
            dialog.close()


if __name__ == "__main__":
    offscreen_screens.main(__file__, shoot)
