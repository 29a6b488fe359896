"""Waits until a program's icon is docked in the tray of the X display in $DISPLAY.

    python scripts/tray_check.py [--name spasm-desktop] [--timeout 30]

Reads the window tree of trayer's panel (the tray of ../shared/tools/xshot and bench/idle.py)
through libX11, with bench/idle.py's helpers, and prints the icons it finds. Exit status 0 when
an embedded, viewable icon belongs to a process called NAME (its /proc/PID/comm), 1 if none
shows within the timeout. Used by scripts/package-check.sh.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "bench"))
import idle  # bench/idle.py


def process_name(pid: int | None) -> str:
    if pid is None:
        return "?"
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return "?"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--name", default="spasm-desktop")
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    x = idle.X(os.environ["DISPLAY"])
    deadline = time.monotonic() + args.timeout
    try:
        while True:
            panel = x.find_panel()
            icons = x.tray_icons(panel).values() if panel else []
            found = [
                (icon, process_name(icon.pid))
                for icon in icons
                if icon.viewable and process_name(icon.pid) == args.name
            ]
            if found:
                icon, name = found[0]
                print(f"   tray icon docked: window {icon.window:#x}, process {icon.pid} ({name})")
                return 0
            if time.monotonic() > deadline:
                print(f"   no tray icon of {args.name} within {args.timeout:.0f} s")
                return 1
            time.sleep(0.2)
    finally:
        x.close()


if __name__ == "__main__":
    sys.exit(main())
