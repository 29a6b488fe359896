"""Screenshots of the relief panel and Learn's warning signs, drawn offscreen (no display needed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/relief_screenshots.py [OUT_DIR]

Writes relief-picker, relief-calf-left, relief-ten-minutes, relief-belly and relief-all-over
(1200x662, the panel's size on a 1280x720 screen), relief-chest and relief-tiers (1280x720) and
learn-tiers (1000x700) into ``docs/screenshots`` (or OUT_DIR). The windows are grabbed as Qt draws
them, in the default light palette; ``scripts/screenshots.sh`` takes the others on a virtual
screen.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6 import QtWidgets

from spasm_desktop.storage import learn, relief

PANEL = (1200, 662)
WIDE = (1280, 720)


def main() -> None:
    """Write the screenshots."""
    from spasm_desktop.ui.relief.body_map import BodyMap
    from spasm_desktop.ui.relief.relief_panel import ReliefPanel
    from spasm_desktop.ui.setup.learn import LearnWindow

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    app = QtWidgets.QApplication([])
    content, problems = relief.load_relief()
    if problems:
        raise SystemExit("; ".join(p.describe() for p in problems))
    shots = (  # name, area, side, started minutes earlier, size
        ("relief-picker", None, None, 0, PANEL),
        ("relief-calf-left", "calf", "left", 0, PANEL),
        ("relief-ten-minutes", "hamstring", "left", 10, PANEL),
        ("relief-belly", "belly", None, 0, PANEL),
        ("relief-all-over", "all_over", None, 0, PANEL),
        ("relief-chest", "chest", None, 0, WIDE),
        ("relief-tiers", "back", None, 0, WIDE),
    )
    for name, area, side, earlier, (width, height) in shots:
        panel = ReliefPanel(content, body_map=BodyMap())
        panel.resize(width, height)
        panel.show()
        if area is not None:
            panel.choose(area, side)
        if earlier:
            panel.started_earlier(earlier * 60)
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
    main()
