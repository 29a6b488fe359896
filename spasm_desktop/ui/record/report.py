"""The clinician summary report (CONTENT.md §7.2): one page of figures, then an appendix.

The content is built once as plain data (:class:`Document`: page 1 from :mod:`report_front`,
the appendix from :mod:`report_appendix`, worded by :mod:`report_words`) and rendered twice: to
a PDF by :func:`write_pdf` and to text by :func:`report_text`. The PDF is laid out by
:mod:`spasm_desktop.ui.common.pdf_layout` (which knows nothing of cramps); this module draws page
1's header, key numbers, charts and two columns, and fits page 1 by shrinking the charts, then
trimming the longest lists (the appendix has them in full), then dropping the charts.

Nothing here reads a file or the records: the caller reads them with
:func:`spasm_desktop.storage.history.load_report` and passes them through :func:`report_input`.
Needs a QGuiApplication (for fonts). Every text goes through :func:`text.tr`; dates and numbers
are formatted by QLocale.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6 import QtCore, QtGui

from spasm_desktop import __version__
from spasm_desktop.storage.history import ReportRecord
from spasm_desktop.ui.common import pdf_layout as pdf
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record import charts, report_appendix, report_front
from spasm_desktop.ui.record.report_front import Front, Tile
from spasm_desktop.ui.record.report_words import (
    ReportInput,
    duration_words,
    fill,
    int_text,
    period_text,
    required_medicine_copy,
    short_disclaimer,
)

__all__ = [
    "Document",
    "ReportInput",
    "build_document",
    "duration_words",
    "render_pdf",
    "report_input",
    "report_text",
    "required_medicine_copy",
    "write_pdf",
]


@dataclasses.dataclass(frozen=True)
class Document:
    """The whole report."""

    front: Front
    appendix: tuple[pdf.Section, ...]
    # The line at the foot of every page (before the page number).
    footer: str
    # The line at the top of every appendix page.
    running_head: str


def build_document(
    report: ReportInput,
    limit: int = report_front.FRONT_ROWS,
    figures: bool = True,
    front: Front | None = None,
) -> Document:
    """The report's content: page 1 with lists of at most ``limit`` rows, and the appendix.

    ``front`` is page 1 when it is already built (with the same ``limit``).
    """
    front = front or report_front.front(report, limit, figures)
    head = [front.title]
    if report.name.strip():
        head.append(report.name.strip())
    head.append(period_text(report.summary.period))
    return Document(
        front=front,
        appendix=report_appendix.appendix(report, limit),
        footer=fill(text.tr("Spasm Desktop %1 · %2"), report.app_version, short_disclaimer()),
        running_head=" · ".join(head),
    )


# --- plain text ---------------------------------------------------------------------------------


def _table_text(table: pdf.Table) -> list[str]:
    lines = []
    if table.columns:
        lines.append(" | ".join(c.replace("\n", " ") for c in table.columns))
    for row in table.rows:
        if table.columns:
            lines.append(" | ".join(cell.replace("\n", " ") for cell in row))
        else:
            lines.append(f"{row[0]}: {row[1]}")
    return lines


def _section_text(section: pdf.Section) -> list[str]:
    lines = ["", section.title, "-" * len(section.title)]
    for part in section.parts:
        if isinstance(part, pdf.Table):
            lines += _table_text(part)
        elif part.style == "bullet":
            lines.append(f"- {part.text}")
        else:
            lines.append(part.text)
    return lines


def _chart_text(chart: charts.Chart) -> str:
    values = ", ".join(
        f"{label} {chart.format(value)}"
        for label, value in zip(chart.labels, chart.values, strict=True)
        if value is not None
    )
    return f"{chart.heading()}: {values}"


def report_text(report: ReportInput) -> str:
    """The report as plain text: the same content as the PDF, every list in full."""
    document = build_document(report, limit=10**9)
    front = document.front
    lines = [front.title]
    if front.name:
        lines.append(front.name)
    lines += [front.period, front.generated, front.disclaimer, ""]
    lines.append(text.tr("Key numbers"))
    for tile in front.tiles:
        lines.append(f"- {tile.label}: {tile.value} ({tile.note})")
    if front.figures:
        lines.append("")
        lines += [_chart_text(chart) for chart in front.figures]
    for section in (*front.left, *front.right, *front.either, *front.wide):
        lines += _section_text(section)
    lines += ["", front.footnote, "", text.tr("Appendix")]
    for section in document.appendix:
        lines += _section_text(section)
    return "\n".join(lines) + "\n"


# --- page 1 -----------------------------------------------------------------------------------


def _print_colours() -> charts.ChartColours:
    """The print colours, with bars and highlights far apart in grey too (black-and-white)."""
    return dataclasses.replace(
        charts.ChartColours.for_print(),
        bar=QtGui.QColor("#8db3de"),
        highlight=QtGui.QColor("#7a1a14"),
        grid=QtGui.QColor("#c8c8c8"),
    )


def _header_block(kit: pdf.Kit, front: Front, width: float) -> pdf.Block:
    title = kit.spacing("title")
    line = kit.spacing("body")
    pad = kit.mm(1.4)
    box = kit.spacing("body_bold") + 2 * pad
    height = title + kit.mm(0.8) + line + kit.mm(1.5) + box + kit.mm(3)

    def draw(painter: QtGui.QPainter, x: float, y: float) -> None:
        name_width = min(kit.advance("name", front.name), width * 0.45)
        name = kit.metrics["name"].elidedText(
            front.name, QtCore.Qt.TextElideMode.ElideRight, name_width
        )
        kit.draw(painter, "title", [front.title], x, y, width - name_width - kit.mm(3))
        if name:
            kit.draw(
                painter,
                "name",
                [name],
                x,
                y + title - kit.spacing("name") - kit.mm(0.3),
                width,
                right=True,
            )
        row = y + title + kit.mm(0.8)
        kit.draw(painter, "body_bold", [front.period], x, row, width)
        kit.draw(painter, "small", [front.generated], x, row + kit.mm(0.4), width, True, pdf.MUTED)
        top = row + line + kit.mm(1.5)
        painter.setPen(QtGui.QPen(pdf.INK, kit.pt(1.0)))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
        painter.drawRect(QtCore.QRectF(x, top, width, box))
        kit.draw(painter, "body_bold", [front.disclaimer], x + pad, top + pad, width - 2 * pad)

    return pdf.Block(height, draw)


def _note_font(tile: Tile) -> str:
    return "small_bold" if tile.flagged else "small"


def _tiles_block(kit: pdf.Kit, tiles: Sequence[Tile], width: float) -> pdf.Block:
    per_row = 4
    gap = kit.mm(2)
    tile_width = (width - gap * (per_row - 1)) / per_row
    pad = kit.mm(1.5)
    inner = tile_width - 2 * pad
    # A note may take two lines (longer languages, "… per week over N recorded days").
    notes = [kit.lines(_note_font(tile), tile.note, inner, 2) for tile in tiles]
    note_lines = max((len(lines) for lines in notes), default=1)
    tile_height = (
        kit.spacing("small") + kit.spacing("value") + kit.spacing("small") * note_lines + 2 * pad
    )
    rows = -(-len(tiles) // per_row)
    height = rows * tile_height + (rows - 1) * gap + kit.mm(3)

    def draw(painter: QtGui.QPainter, x: float, y: float) -> None:
        for index, tile in enumerate(tiles):
            left = x + (index % per_row) * (tile_width + gap)
            top = y + (index // per_row) * (tile_height + gap)
            rect = QtCore.QRectF(left, top, tile_width, tile_height)
            if tile.flagged:
                painter.setPen(QtGui.QPen(pdf.INK, kit.pt(2.0)))
                painter.setBrush(pdf.STRONG_FILL)
            else:
                painter.setPen(QtGui.QPen(pdf.RULE, kit.pt(0.8)))
                painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            elide = QtCore.Qt.TextElideMode.ElideRight
            label = kit.metrics["small_bold"].elidedText(tile.label, elide, inner)
            value = kit.metrics["value"].elidedText(tile.value, elide, inner)
            row = top + pad
            kit.draw(painter, "small_bold", [label], left + pad, row, inner, colour=pdf.MUTED)
            row += kit.spacing("small")
            kit.draw(painter, "value", [value], left + pad, row, inner)
            row += kit.spacing("value")
            kit.draw(painter, _note_font(tile), notes[index], left + pad, row, inner)

    return pdf.Block(height, draw)


def _figures_block(
    kit: pdf.Kit, figures: Sequence[charts.Chart], width: float, chart_height: float
) -> pdf.Block:
    gap = kit.mm(3)
    shares = (1.15, 1.0)[: len(figures)]
    usable = width - gap * (len(figures) - 1)
    colours = _print_colours()
    font = kit.fonts["small"]

    def draw(painter: QtGui.QPainter, x: float, y: float) -> None:
        left = x
        for chart, share in zip(figures, shares, strict=True):
            chart_width = usable * share / sum(shares)
            rect = QtCore.QRectF(left, y, chart_width, chart_height)
            charts.paint_chart(painter, rect, chart, colours, font)
            painter.setPen(QtGui.QPen(pdf.RULE, kit.pt(0.6)))
            painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
            painter.drawRect(rect)
            left += chart_width + gap
        kit.forget_font()

    return pdf.Block(chart_height + kit.mm(3), draw)


def _columns_block(kit: pdf.Kit, front: Front, width: float) -> pdf.Block:
    gap = kit.mm(6)
    column = (width - gap) / 2
    left = [b for s in front.left for b in pdf.section_blocks(kit, s, column)]
    right = [b for s in front.right for b in pdf.section_blocks(kit, s, column)]
    for section in front.either:
        shorter = left if pdf.stack_height(left) <= pdf.stack_height(right) else right
        shorter += pdf.section_blocks(kit, section, column)

    def draw(painter: QtGui.QPainter, x: float, y: float) -> None:
        pdf.draw_stack(left, painter, x, y)
        pdf.draw_stack(right, painter, x + column + gap, y)

    return pdf.Block(max(pdf.stack_height(left), pdf.stack_height(right)), draw)


def _front_blocks(kit: pdf.Kit, front: Front, width: float, chart_height: float) -> list[pdf.Block]:
    blocks = [_header_block(kit, front, width), _tiles_block(kit, front.tiles, width)]
    if front.figures and chart_height > 0:
        blocks.append(_figures_block(kit, front.figures, width, chart_height))
    blocks.append(_columns_block(kit, front, width))
    for section in front.wide:
        blocks += pdf.section_blocks(kit, section, width)
    blocks += pdf.para_blocks(kit, pdf.Para(front.footnote, "small"), width)
    return blocks


def _fit_front(
    kit: pdf.Kit, report: ReportInput, width: float, height: float
) -> tuple[Document, list[pdf.Block]]:
    """The page-1 blocks that fit: shrink the charts, then trim lists, then drop the charts."""
    most = report_front.FRONT_ROWS
    tries = [(most, 44.0), (most, 36.0), (most, 30.0)]
    tries += [(rows, 30.0) for rows in (6, 5, 4)]
    tries += [(rows, 0.0) for rows in (4, 3, 2)]
    for rows, chart_mm in tries:
        front = report_front.front(report, rows, chart_mm > 0)
        blocks = _front_blocks(kit, front, width, kit.mm(chart_mm))
        if pdf.stack_height(blocks) <= height:
            break
    return build_document(report, rows, front=front), blocks


# --- the PDF ----------------------------------------------------------------------------------


def _draw_footer(
    out: pdf.PdfOutput, footer: str, page: int, pages: int, width: float, bottom: float
) -> None:
    number = fill(text.tr("Page %1 of %2"), int_text(page), int_text(pages))
    pdf.draw_footer(out.kit, out.painter, footer, number, width, bottom)


def render_pdf(report: ReportInput) -> tuple[bytes, int]:
    """The report as PDF bytes, and its number of pages (nothing is written to disk)."""
    title = text.tr("Muscle cramp diary summary")
    with pdf.PdfOutput(title, f"Spasm Desktop {report.app_version}") as out:
        kit, painter = out.kit, out.painter
        width, bottom = out.width, out.height
        footer_height = kit.spacing("small") + kit.mm(3)
        body = bottom - footer_height
        document, front_blocks = _fit_front(kit, report, width, body)
        head_height = kit.spacing("small") + kit.mm(3)
        appendix_blocks = [
            b for section in document.appendix for b in pdf.section_blocks(kit, section, width)
        ]
        pages = pdf.paginate(appendix_blocks, body - head_height)
        total = 1 + len(pages)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        pdf.draw_stack(front_blocks, painter, 0.0, 0.0)
        kit.forget_font()
        _draw_footer(out, document.footer, 1, total, width, bottom)
        for number, page in enumerate(pages, start=2):
            out.new_page()
            kit.draw(painter, "small", [document.running_head], 0, 0, width, colour=pdf.MUTED)
            pdf.rule(painter, 0, width, kit.spacing("small") + kit.mm(1), kit.pt(0.5), pdf.RULE)
            for top, draw in page:
                draw(painter, 0.0, head_height + top)
            _draw_footer(out, document.footer, number, total, width, bottom)
    return out.data(), total


def write_pdf(path: Path, report: ReportInput) -> int:
    """Write the report to ``path`` (readable by the user only); return the number of pages.

    The PDF is made in memory first, then written atomically: a failure leaves no file (and an
    older file at ``path`` as it was).

    Raises:
        OSError: The file cannot be written (also when its folder does not exist).
    """
    data, pages = render_pdf(report)
    pdf.save(path, data)
    return pages


# --- from what was read -----------------------------------------------------------------------


def report_input(
    record: ReportRecord, tz: dt.tzinfo, now: dt.datetime, name: str = "", notes: str = ""
) -> ReportInput:
    """The report of what :func:`storage.history.load_report` read, made at ``now``, with the
    name the person typed and their notes for the appointment; the Learn page's questions are
    translated here.
    """
    return ReportInput(
        summary=record.summary,
        tz=tz,
        generated=now,
        app_version=__version__,
        name=name.strip(),
        profile=record.profile,
        medicines=record.medicines,
        fluid_limit_ml=record.fluid_limit_ml,
        questions=tuple(text.data(q) for q in record.questions),
        provider_asks=tuple(text.data(q) for q in record.provider_asks),
        notes=notes,
        unit=record.unit,
    )
