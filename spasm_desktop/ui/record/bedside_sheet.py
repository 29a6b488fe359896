"""The bedside sheet: a page to write the nights on by hand, in large print (PDF).

Two weeks, one row a night, in the columns of the diary's "Add nights" and in the same order
(:data:`spasm_desktop.core.night_entry.COLUMNS`, headings from :mod:`night_columns`), so
the notes are typed in the next day from left to right. Laid out with
:mod:`spasm_desktop.ui.common.pdf_layout` on A4 or Letter (by the locale), everything drawn
:data:`SCALE` times the engine's usual size; the rows are tall enough to write in.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from collections.abc import Sequence
from pathlib import Path

from PySide6 import QtCore, QtGui

from spasm_desktop import __version__
from spasm_desktop.core import night_entry
from spasm_desktop.core import nights as nights_mod
from spasm_desktop.core.night_entry import Column
from spasm_desktop.ui.common import pdf_layout, text
from spasm_desktop.ui.record import night_columns

# How much larger than the report everything is drawn (the report's 8 pt type: 14 pt).
SCALE = 1.75
# The share of the width of each column of :data:`night_entry.COLUMNS`.
WIDTHS = {
    Column.NIGHT: 1.55,
    Column.COUNT: 1.5,
    Column.WORST: 0.95,
    Column.AREA: 1.7,
    Column.WOKE: 0.85,
    Column.NOT_SURE: 0.85,
}


@dataclasses.dataclass(frozen=True)
class Sheet:
    """The words of a sheet, with the nights it has rows for."""

    title: str
    how: str
    nights: tuple[dt.date, ...]
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    footer: str


def sheet(nights: Sequence[dt.date]) -> Sheet:
    """The sheet's words for ``nights`` (one row each)."""
    areas = ", ".join(name for _key, name in night_columns.area_choices())
    how = text.tr(
        "In the night or in the morning, write one row. How many cramps: circle 0 for "
        "none, or 1, 2, 3 or more. Worst: write 0 (no pain) to 10 (worst pain). Where: "
        "%1. Tick “woke me” if they woke you, or “not sure”."
    ).replace("%1", areas)
    counts = "   ".join(
        "3+" if value == nights_mod.MAX_COUNT else str(value)
        for value, _words in night_columns.count_choices()
    )
    rows = []
    for night in nights:
        cells = {column: "" for column in night_entry.COLUMNS}
        cells[Column.NIGHT] = night_columns.night_text(night)
        cells[Column.COUNT] = counts
        rows.append(tuple(cells[column] for column in night_entry.COLUMNS))
    return Sheet(
        title=text.tr("My nights: a bedside sheet"),
        how=how,
        nights=tuple(nights),
        columns=tuple(night_columns.heading(c) for c in night_entry.COLUMNS),
        rows=tuple(rows),
        footer=text.tr("Spasm Desktop: type these rows in with “Add nights” in the diary"),
    )


def _grid(
    painter: QtGui.QPainter, kit: pdf_layout.Kit, top: float, bottom: float, width: float
) -> None:
    """Lines between the columns (the layout engine draws only those between rows)."""
    shares = [WIDTHS[c] for c in night_entry.COLUMNS]
    total = sum(shares)
    painter.setPen(pdf_layout.flat_pen(kit.pt(0.5), pdf_layout.RULE.rgba()))
    for share in itertools.accumulate(shares[:-1]):
        x = width * share / total
        painter.drawLine(QtCore.QLineF(x, top, x, bottom))


def render_pdf(words: Sheet, creator: str) -> tuple[bytes, int]:
    """The sheet as a PDF, and its number of pages (one, on A4 and on Letter)."""
    with pdf_layout.PdfOutput(words.title, creator) as out:
        kit, painter = out.kit, out.painter
        width, height = out.width / SCALE, out.height / SCALE
        painter.scale(SCALE, SCALE)
        # Two lines a row: room to write by hand.
        rows = tuple((f"{row[0]}\n", *row[1:]) for row in words.rows)
        table = pdf_layout.Table(words.columns, rows, tuple(WIDTHS[c] for c in night_entry.COLUMNS))
        heading = pdf_layout.Section(words.title, (pdf_layout.Para(words.how),))
        blocks = pdf_layout.section_blocks(kit, heading, width)
        intro = pdf_layout.stack_height(blocks)
        table_blocks = pdf_layout.table_blocks(kit, table, width)
        footer_room = kit.spacing("small") + kit.mm(3)
        pages = pdf_layout.paginate([*blocks, *table_blocks], height - footer_room)
        table_bottom = intro + pdf_layout.stack_height(table_blocks[:-1])
        for number, page in enumerate(pages):
            if number:
                out.new_page()
                painter.scale(SCALE, SCALE)
            for top, draw in page:
                draw(painter, 0.0, top)
            if number == 0:
                _grid(painter, kit, intro, min(table_bottom, height - footer_room), width)
            pdf_layout.draw_footer(
                kit, painter, words.footer, f"{number + 1}/{len(pages)}", width, height
            )
    return out.data(), len(pages)


def write_pdf(path: Path, nights: Sequence[dt.date], creator: str = "") -> int:
    """Write the sheet for ``nights`` to ``path``; return its number of pages.

    Raises:
        OSError: The file cannot be written.
    """
    data, pages = render_pdf(sheet(nights), creator or f"Spasm Desktop {__version__}")
    pdf_layout.save(path, data)
    return pages
