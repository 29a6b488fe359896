"""Run a screenshot script once per screen size and text size, on Qt's offscreen platform.

Used by ``player_screenshots.py``, ``relief_screenshots.py`` and ``diary_screenshots.py``: each
calls :func:`main` with its own file and shooting function; the file is then started again as
``FILE --one OUT WxH TEXT`` on a virtual screen of that size with ``QT_FONT_DPI`` set.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

#: The screens and text sizes (name: QT_FONT_DPI) every script shoots.
SCREENS = ((1280, 720), (1024, 600))
TEXT = {"100": 96, "150": 144}


def main(script: str, shoot: Callable[[Path, str, str], None]) -> None:
    """``script OUT``: run ``script`` once per screen and text size; ``script --one OUT WxH
    TEXT`` (in that process): ``shoot(OUT, WxH, TEXT)``."""
    if len(sys.argv) > 1 and sys.argv[1] == "--one":
        shoot(Path(sys.argv[2]), sys.argv[3], sys.argv[4])
        return
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    run_per_screen(script, out, SCREENS, TEXT)


def run_per_screen(
    script: str, out: Path, screens: Iterable[tuple[int, int]], text: Mapping[str, int]
) -> None:
    """Start ``script --one OUT WxH TEXT`` for every screen and text size."""
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        for width, height in screens:
            screen_file = Path(folder) / f"{width}x{height}.json"
            screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height}
            screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
            screen_file.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
            for name, dpi in text.items():
                env = dict(os.environ)
                env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file}"
                env["QT_FONT_DPI"] = str(dpi)
                subprocess.run(
                    [sys.executable, script, "--one", str(out), f"{width}x{height}", name],
                    env=env,
                    check=True,
                )
