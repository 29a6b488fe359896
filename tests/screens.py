"""Running a script on a screen of a given size and text scale (Qt's offscreen platform)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any


def run_on_screen(folder: Path, width: int, height: int, dpi: int, script: str, *args: str) -> Any:
    """Run ``script`` in a new Python process on one ``width`` x ``height`` screen with
    ``QT_FONT_DPI=dpi`` (144: 150% text); return the JSON its last line of output prints.
    """
    screen = folder / "screen.json"
    shape = {
        "name": "small",
        "x": 0,
        "y": 0,
        "width": width,
        "height": height,
        "logicalDpi": 96,
        "logicalBaseDpi": 96,
        "dpr": 1,
    }
    screen.write_text(json.dumps({"screens": [shape]}), encoding="utf-8")
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    env["QT_FONT_DPI"] = str(dpi)
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
