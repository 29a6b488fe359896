"""Screenshots of the main windows in one language, to look at for clipping (issue 18).

    .venv/bin/python scripts/language_screenshots.py [LANG] [OUT]

LANG defaults to ``de`` (German, the longest of the shipped languages), OUT to
``docs/screenshots/LANG``. Each window is opened the way the window-fit test opens it
(``tests/gui/window_fit_probe.py``: the real app on a temporary home) on a 1280x720 offscreen
screen at 100% text, with the system language set to LANG; the probe's own fit findings are
printed too. Today, Settings (each tab), the pop-up, the relief panel and the player are saved.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

#: The windows saved (the probe's names, matched from the start).
WANTED = ("today", "pop-up of 4", "relief card", "relief panel", "player", "settings")
LOCALES = {"de": "de_DE", "es": "es_ES", "fr": "fr_FR"}


def shoot(out: Path, size: str, text: str) -> None:
    from PySide6 import QtWidgets

    from tests.gui import window_fit_probe

    out.mkdir(parents=True, exist_ok=True)

    def save(name: str, window: QtWidgets.QWidget) -> dict[str, object]:
        if name.startswith(WANTED):
            slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
            window.grab().save(str(out / f"{slug}-{size}-{text}.png"))
        return {}

    window_fit_probe.main(inspect=save)


def main() -> None:
    import offscreen_screens

    if len(sys.argv) > 1 and sys.argv[1] == "--one":  # one screen, in the process started below
        shoot(Path(sys.argv[2]), sys.argv[3], sys.argv[4])
        return
    lang = sys.argv[1] if len(sys.argv) > 1 else "de"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else ROOT / "docs" / "screenshots" / lang
    locale = LOCALES.get(lang, lang)
    os.environ.update(LANG=f"{locale}.UTF-8", LC_ALL=f"{locale}.UTF-8", LANGUAGE=lang)
    offscreen_screens.run_per_screen(__file__, out, ((1280, 720),), {"100": 96})


if __name__ == "__main__":
    main()
