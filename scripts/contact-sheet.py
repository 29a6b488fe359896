#!/usr/bin/env python3
"""Render every resources/illustrations/*.svg into contact sheets for review.

Usage: .venv/bin/python scripts/contact-sheet.py OUT_DIR [--mirrored]

Writes OUT_DIR/illustrations-light.png (ink #2b2b2b on white) and
OUT_DIR/illustrations-dark.png (the theme colours swapped the way the app
does it, on a dark background).  With --mirrored it also writes
OUT_DIR/illustrations-mirrored.png (light, flipped horizontally, as the app
shows the right-hand side).  Each tile is rendered with Qt's SVG renderer at
200x200 px, with the illustration id below it.

Prints every file whose renderer is not valid and exits 1 if there is any.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter, QPen  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SVG_DIR = ROOT / "resources" / "illustrations"

TILE = 200
LABEL_H = 26
GAP = 16
COLUMNS = 4

INK = "#2b2b2b"
PROP = "#9a9a9a"

VARIANTS = {
    # name: (background, label colour, {colour in the file: colour to render}, mirrored)
    "light": ("#ffffff", "#2b2b2b", {}, False),
    "dark": ("#202124", "#e8e8e8", {INK: "#e8e8e8", PROP: "#8a8f98"}, False),
    "mirrored": ("#ffffff", "#2b2b2b", {}, True),
}


def _recolour(text: str, mapping: dict[str, str]) -> str:
    for old, new in mapping.items():
        text = text.replace(old, new).replace(old.upper(), new)
    return text


def render_sheet(files: list[Path], variant: str, out_path: Path) -> list[Path]:
    background, label_colour, mapping, mirrored = VARIANTS[variant]
    rows = max(1, (len(files) + COLUMNS - 1) // COLUMNS)
    width = GAP + COLUMNS * (TILE + GAP)
    height = GAP + rows * (TILE + LABEL_H + GAP)
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(background))
    invalid: list[Path] = []

    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(14)
    painter.setFont(font)
    for index, path in enumerate(files):
        column, row = index % COLUMNS, index // COLUMNS
        x = GAP + column * (TILE + GAP)
        y = GAP + row * (TILE + LABEL_H + GAP)
        data = _recolour(path.read_text(encoding="utf-8"), mapping)
        renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
        # faint tile frame so the 8-unit margin can be judged
        painter.setPen(QPen(QColor(label_colour), 1, Qt.PenStyle.DotLine))
        painter.setOpacity(0.25)
        painter.drawRect(QRectF(x - 0.5, y - 0.5, TILE + 1, TILE + 1))
        painter.setOpacity(1.0)
        if not renderer.isValid():
            invalid.append(path)
        else:
            painter.save()
            if mirrored:
                painter.translate(x + TILE, y)
                painter.scale(-1, 1)
            else:
                painter.translate(x, y)
            renderer.render(painter, QRectF(0, 0, TILE, TILE))
            painter.restore()
        painter.setPen(QColor(label_colour))
        painter.drawText(
            QRectF(x, y + TILE + 2, TILE, LABEL_H - 4),
            Qt.AlignmentFlag.AlignCenter,
            path.stem + ("  (INVALID)" if path in invalid else ""),
        )
    painter.end()
    out_path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out_path)):
        raise SystemExit(f"could not write {out_path}")
    return invalid


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    out_dir = Path(args[0])
    variants = ["light", "dark"] + (["mirrored"] if "--mirrored" in argv else [])

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    files = sorted(SVG_DIR.glob("*.svg"))
    if not files:
        print(f"no SVG files in {SVG_DIR}", file=sys.stderr)
        return 1
    invalid: set[Path] = set()
    for variant in variants:
        out_path = out_dir / f"illustrations-{variant}.png"
        invalid.update(render_sheet(files, variant, out_path))
        print(out_path)
    for path in sorted(invalid):
        print(f"INVALID: {path.relative_to(ROOT)}")
    return 1 if invalid else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
