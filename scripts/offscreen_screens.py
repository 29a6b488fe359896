"""Run a screenshot script once per screen size and text size, on Qt's offscreen platform.

Used by ``player_screenshots.py`` and ``relief_screenshots.py``: each calls
:func:`run_per_screen` with its own file, which is then started again as
``FILE --one OUT WxH TEXT`` on a virtual screen of that size with ``QT_FONT_DPI`` set.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Mapping
from pathlib import Path


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
