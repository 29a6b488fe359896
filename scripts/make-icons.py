#!/usr/bin/env python3
"""Render the app icon into the hicolor icon theme for the desktop entry and the packages.

Reads ``resources/icons/app.svg`` (the icon the app itself shows) and writes, under
``packaging/linux/icons/hicolor/``, ``NxN/apps/APP_ID.png`` at every size a panel, a menu or a
software centre asks for (16, 22, 24, 32, 48, 64, 128, 256) and ``scalable/apps/APP_ID.svg`` (the
same SVG). Rendered with Qt's SVG renderer on a transparent background, antialiased; running the
script again with the same Qt writes the same pixels.

The PNGs are checked in, so building the wheel or a package needs neither Qt nor an image tool;
``tests/integration/test_packaging_files.py`` renders them again and fails when they are stale.

Usage: ``.venv/bin/python scripts/make-icons.py [OUTPUT_DIR]`` (default:
``packaging/linux/icons/hicolor`` of this checkout).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP_ID = "org.spasmdesktop.SpasmDesktop"
SOURCE = ROOT / "resources" / "icons" / "app.svg"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
DEFAULT_OUT = ROOT / "packaging" / "linux" / "icons" / "hicolor"


def render(size: int, source: Path = SOURCE) -> object:
    """The icon as a QImage of size x size pixels (ARGB32, premultiplied, transparent)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    for size in SIZES:
        target = out / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image = render(size)
        if not image.save(str(target), "PNG"):  # type: ignore[attr-defined]
            raise SystemExit(f"could not write {target}")
        print(target.relative_to(out))
    scalable = out / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    print(scalable.relative_to(out))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
