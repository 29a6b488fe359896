"""Start the real app in Qt's Fusion style with a light or a dark palette, as a desktop theme
would give it: for ``scripts/screenshots.sh``, whose virtual screen has no desktop theme.

    .venv/bin/python scripts/themed_app.py light|dark [spasm-desktop arguments]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6 import QtWidgets
from relief_screenshots import dark_palette

from spasm_desktop import app


def main() -> int:
    """Set the style and palette before the app makes its QApplication, then run it."""
    theme = sys.argv[1]
    QtWidgets.QApplication.setStyle("Fusion")
    if theme == "dark":
        QtWidgets.QApplication.setPalette(dark_palette())
    return app.main(sys.argv[2:])


if __name__ == "__main__":
    raise SystemExit(main())
