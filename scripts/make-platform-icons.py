#!/usr/bin/env python3
"""Render the app icon for the Windows and macOS bundles: ``packaging/icons/spasm-desktop.ico``
and ``spasm-desktop.icns``, from ``resources/icons/app.svg`` with Qt's own image writers (the
PyInstaller spec uses them when it builds on those systems).

Qt's ICO and ICNS writers take one image, so each file holds the 256 px icon, which Windows
and macOS scale down. Checked in, like the hicolor PNGs of ``scripts/make-icons.py``.

Usage: ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make-platform-icons.py``
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "packaging" / "icons"


def main() -> int:
    from PySide6.QtGui import QGuiApplication, QImageWriter

    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make-icons.py")
    assert spec is not None and spec.loader is not None
    make_icons = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(make_icons)
    _app = QGuiApplication(sys.argv[:1])
    image = make_icons.render(256)
    OUT.mkdir(parents=True, exist_ok=True)
    for suffix in ("ico", "icns"):
        path = OUT / f"spasm-desktop.{suffix}"
        writer = QImageWriter(str(path), suffix.encode())
        if not writer.write(image):
            print(f"{path}: {writer.errorString()}", file=sys.stderr)
            return 1
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
