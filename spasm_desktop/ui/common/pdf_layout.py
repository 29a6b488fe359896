"""A small PDF layout engine: headings, flowing paragraphs and tables placed on pages.

It knows nothing of what it prints. The content is plain data (:class:`Section` of
:class:`Para` and :class:`Table`); :func:`section_blocks` measures it once into
:class:`Block` objects of a fixed height (wrapped lines are cached by :class:`Kit`, since most
table cells repeat), and :func:`paginate` places the blocks on pages: a heading stays with what
follows it, a table's header is drawn again atop each page it continues on, a paragraph runs on
line by line, and space is dropped at the top of a page. Everything is drawn with QPainter on a
QPdfWriter (:class:`PdfOutput`), so thousands of rows paginate in a fraction of a second; a
QTextDocument would lay the whole text out again for every page.

Needs a QGuiApplication (for fonts). The engine has no texts of its own: callers pass their
words already translated.
"""

from __future__ import annotations

import dataclasses
import errno
import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6 import QtCore, QtGui

from spasm_desktop import fileutil

#: The PDF's resolution, in dots per inch.
DPI = 300
#: Page margins, in millimetres.
MARGIN_MM = 15.0


# --- the content, as data ----------------------------------------------------------------------


@dataclasses.dataclass(frozen=True)
class Table:
    """A table (or, without ``columns``, a list of label and value pairs)."""

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    #: The share of the width of each column; 0 makes a column as wide as its widest text.
    widths: tuple[float, ...]
    #: Columns aligned right (numbers).
    numeric: frozenset[int] = frozenset()
    #: Rows set in bold on a grey ground (entries to stand out).
    strong: frozenset[int] = frozenset()
    #: The most lines a cell of each column takes (0: no limit); longer text is cut with "…".
    lines: tuple[int, ...] = ()
    #: Smaller type (long tables).
    small: bool = False
    #: A column (a date, say) left blank where it repeats the row above, except atop a page.
    group: int | None = None


@dataclasses.dataclass(frozen=True)
class Para:
    """A paragraph: ``style`` is "body", "small", "boxed" (framed) or "bullet"."""

    text: str
    style: str = "body"


Part = Table | Para


@dataclasses.dataclass(frozen=True)
class Section:
    """A heading and what follows it."""

    title: str
    parts: tuple[Part, ...]


# --- measuring and drawing ---------------------------------------------------------------------


INK = QtGui.QColor("#000000")
MUTED = QtGui.QColor("#4a4a4a")
RULE = QtGui.QColor("#b8b8b8")
FILL = QtGui.QColor("#e9e9e9")
STRONG_FILL = QtGui.QColor("#dedede")


class Kit:
    """Fonts, sizes and measured text for one paint device (measurements are cached)."""

    def __init__(self, device: QtGui.QPaintDevice, dpi: float) -> None:
        self.device = device
        self.dpi = dpi
        base = QtGui.QFont(QtGui.QGuiApplication.font())
        sizes = {
            "body": (8.0, False),
            "body_bold": (8.0, True),
            "small": (7.0, False),
            "small_bold": (7.0, True),
            "heading": (9.5, True),
            "title": (15.0, True),
            "name": (10.0, True),
            "value": (12.5, True),
        }
        self.fonts: dict[str, QtGui.QFont] = {}
        self.metrics: dict[str, QtGui.QFontMetricsF] = {}
        for key, (size, bold) in sizes.items():
            font = QtGui.QFont(base)
            font.setPointSizeF(size)
            font.setBold(bold)
            font.setStyleStrategy(QtGui.QFont.StyleStrategy.PreferOutline)
            # No "fi"/"fl" ligatures: text copied or searched in the PDF stays plain letters.
            font.setFeature(QtGui.QFont.Tag("liga"), 0)
            self.fonts[key] = font
            self.metrics[key] = QtGui.QFontMetricsF(font, device)
        self._steps = {k: (m.lineSpacing(), m.ascent()) for k, m in self.metrics.items()}
        self._lines: dict[tuple[str, str, int, int], tuple[str, ...]] = {}
        self._current: str | None = None

    def mm(self, value: float) -> float:
        """Millimetres in device units."""
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        """Points in device units."""
        return value * self.dpi / 72

    def spacing(self, font: str) -> float:
        """The line spacing of the font ``font``, in device units."""
        return self.metrics[font].lineSpacing()

    def advance(self, font: str, words: str) -> float:
        """The width of ``words`` in the font ``font``, in device units."""
        return self.metrics[font].horizontalAdvance(words)

    def lines(self, font: str, words: str, width: float, limit: int = 0) -> tuple[str, ...]:
        """``words`` wrapped to ``width``; at most ``limit`` lines (0: all), the last cut."""
        key = (font, words, round(width), limit)
        found = self._lines.get(key)
        if found is not None:
            return found
        metrics = self.metrics[font]
        result: list[str] = []
        for paragraph in words.split("\n"):
            if metrics.horizontalAdvance(paragraph) <= width:
                result.append(paragraph)
                continue
            layout = QtGui.QTextLayout(paragraph, self.fonts[font], self.device)
            option = QtGui.QTextOption()
            option.setWrapMode(QtGui.QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
            layout.setTextOption(option)
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                start = line.textStart()
                result.append(paragraph[start : start + line.textLength()].rstrip())
            layout.endLayout()
        if limit and len(result) > limit:
            rest = " ".join(result[limit - 1 :])
            cut = metrics.elidedText(rest + " …", QtCore.Qt.TextElideMode.ElideRight, width)
            result = [*result[: limit - 1], cut]
        lines = tuple(result)
        self._lines[key] = lines
        return lines

    def draw(
        self,
        painter: QtGui.QPainter,
        font: str,
        lines: Sequence[str],
        x: float,
        y: float,
        width: float,
        right: bool = False,
        colour: QtGui.QColor = INK,
    ) -> None:
        """Write ``lines`` from the top ``y``, left-aligned (or right-aligned) in ``width``."""
        if not any(lines):
            return
        self.use_font(painter, font)
        painter.setPen(colour)
        metrics = self.metrics[font]
        step, ascent = self._steps[font]
        baseline = y + ascent
        for line in lines:
            if line:
                left = x + width - metrics.horizontalAdvance(line) if right else x
                painter.drawText(QtCore.QPointF(left, baseline), line)
            baseline += step

    def use_font(self, painter: QtGui.QPainter, font: str) -> None:
        """Set ``font`` on ``painter`` unless it is set already."""
        if self._current != font:
            painter.setFont(self.fonts[font])
            self._current = font

    def forget_font(self) -> None:
        """Call after something else (a chart) changed the painter's font."""
        self._current = None


Draw = Callable[[QtGui.QPainter, float, float], None]


@dataclasses.dataclass
class Block:
    """Something of a fixed height, drawn at a given top-left corner."""

    height: float
    draw: Draw
    #: Kept on the same page as the next block (headings, table headers).
    keep_with_next: bool = False
    #: A table's header, drawn again at the top of a page the table continues on.
    header: Block | None = None
    #: Space only: left out at the top of a page.
    space: bool = False
    #: How to draw it at the top of a page, when that differs (a table row shows its date).
    top_draw: Draw | None = None


def nothing(_painter: QtGui.QPainter, _x: float, _y: float) -> None:
    """Draw nothing (the drawing of a gap)."""
    return None


def gap(height: float) -> Block:
    """Return an empty block ``height`` high, left out at the top of a page."""
    return Block(height, nothing, space=True)


def rule(
    painter: QtGui.QPainter, x1: float, x2: float, y: float, width: float, colour: QtGui.QColor
) -> None:
    """Draw a horizontal line from ``x1`` to ``x2`` at ``y``, ``width`` thick."""
    painter.setPen(flat_pen(width, colour.rgba()))
    painter.drawLine(QtCore.QLineF(x1, y, x2, y))


@functools.cache
def flat_pen(width: float, rgba: int) -> QtGui.QPen:
    """A flat-capped pen (made once: a long document draws thousands of rules)."""
    made = QtGui.QPen(QtGui.QColor.fromRgba(rgba), width)
    made.setCapStyle(QtCore.Qt.PenCapStyle.FlatCap)
    return made


def _draw_lines_block(
    kit: Kit,
    font: str,
    lines: tuple[str, ...],
    indent: float,
    width: float,
    bullet: bool,
    colour: QtGui.QColor,
    painter: QtGui.QPainter,
    x: float,
    y: float,
) -> None:
    if bullet:
        kit.draw(painter, font, ["•"], x, y, indent, colour=colour)
    kit.draw(painter, font, lines, x + indent, y, width, colour=colour)


def _draw_boxed(
    kit: Kit,
    font: str,
    lines: tuple[str, ...],
    pad: float,
    width: float,
    height: float,
    painter: QtGui.QPainter,
    x: float,
    y: float,
) -> None:
    painter.setPen(QtGui.QPen(INK, kit.pt(0.8)))
    painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    painter.drawRect(QtCore.QRectF(x, y, width, height))
    kit.draw(painter, font, lines, x + pad, y + pad, width - 2 * pad)


def para_blocks(kit: Kit, para: Para, width: float) -> list[Block]:
    """Return the blocks of a paragraph (one a line; a boxed one in a frame) ``width`` wide."""
    font = "small" if para.style == "small" else "body"
    colour = MUTED if para.style == "small" else INK
    if para.style == "boxed":
        font = "body_bold"
        pad = kit.mm(1.5)
        lines = kit.lines(font, para.text, width - 2 * pad)
        height = len(lines) * kit.spacing(font) + 2 * pad
        return [
            Block(height, functools.partial(_draw_boxed, kit, font, lines, pad, width, height)),
            gap(kit.mm(1)),
        ]
    indent = kit.mm(3.5) if para.style == "bullet" else 0.0
    lines = kit.lines(font, para.text, width - indent)
    step = kit.spacing(font)
    blocks = []
    # One block per line, so that long notes can run onto the next page.
    for index, line in enumerate(lines):
        draw = functools.partial(
            _draw_lines_block,
            kit,
            font,
            (line,),
            indent,
            width - indent,
            para.style == "bullet" and index == 0,
            colour,
        )
        blocks.append(Block(step, draw))
    blocks.append(gap(kit.mm(0.8)))
    return blocks


@dataclasses.dataclass(frozen=True)
class _RowStyle:
    """How a table's rows are laid out and drawn (shared by all of its rows)."""

    columns: Sequence[float]
    numeric: frozenset[int]
    pad: tuple[float, float]
    width: float
    rule: tuple[float, QtGui.QColor]


def _draw_row(
    kit: Kit,
    font: str,
    cells: Sequence[tuple[str, ...]],
    style: _RowStyle,
    label_column: bool,
    height: float,
    fill: QtGui.QColor | None,
    painter: QtGui.QPainter,
    x: float,
    y: float,
) -> None:
    """Draw a table row (muted first column: ``label_column``), lines placed as they are drawn.

    Where the lines go is worked out here, for the rows drawn only (a long appendix has
    thousands, some drawn two ways), not when the blocks are laid out.
    """
    if fill is not None:
        painter.setPen(QtCore.Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawRect(QtCore.QRectF(x, y, style.width, height))
        painter.setBrush(QtCore.Qt.BrushStyle.NoBrush)
    kit.use_font(painter, font)
    metrics = kit.metrics[font]
    step, ascent = kit.spacing(font), metrics.ascent()
    pad_x, pad_y = style.pad
    top = y + pad_y + ascent
    left = x
    painter.setPen(MUTED if label_column else INK)
    for index, (lines, column) in enumerate(zip(cells, style.columns, strict=True)):
        if label_column and index == 1:
            painter.setPen(INK)
        baseline = top
        for line in lines:
            if line:
                at = left + pad_x
                if index in style.numeric:
                    at = left + column - pad_x - metrics.horizontalAdvance(line)
                # Whole device units (1/300 in) are fine for type, and this overload is quicker.
                painter.drawText(int(at), int(baseline), line)
            baseline += step
        left += column
    rule(painter, x, x + style.width, y + height, style.rule[0], style.rule[1])


def _column_widths(
    kit: Kit, table: Table, width: float, font: str, bold: str, pad: float
) -> list[float]:
    """The columns' widths: fitted ones (share 0) first, the rest shared out."""
    fitted: dict[int, float] = {}
    for index, share in enumerate(table.widths):
        if share == 0:
            texts = {row[index] for row in table.rows}
            widest = max((kit.advance(bold, t) for t in texts), default=0.0)
            if table.columns:
                widest = max(widest, kit.advance(bold, table.columns[index]))
            fitted[index] = widest + 2 * pad + 1
    rest = max(width - sum(fitted.values()), 0.0)
    total = sum(table.widths) or 1.0
    return [fitted.get(i, rest * share / total) for i, share in enumerate(table.widths)]


def table_blocks(kit: Kit, table: Table, width: float) -> list[Block]:
    """Return the blocks of a table ``width`` wide: its header (kept with a row), its rows."""
    font = "small" if table.small else "body"
    bold = f"{font}_bold"
    pad = (kit.mm(1.0), kit.mm(0.45))
    columns = _column_widths(kit, table, width, font, bold, pad[0])
    style = _RowStyle(columns, table.numeric, pad, width, (kit.pt(0.35), RULE))
    limits = table.lines or (0,) * len(columns)
    header: Block | None = None
    blocks: list[Block] = []
    if table.columns:
        cells = [
            kit.lines(bold, name, column - 2 * pad[0], 3)
            for name, column in zip(table.columns, columns, strict=True)
        ]
        height = max(len(c) for c in cells) * kit.spacing(bold) + 2 * pad[1]
        head_style = _RowStyle(columns, table.numeric, pad, width, (kit.pt(0.7), INK))
        header = Block(
            height,
            functools.partial(_draw_row, kit, bold, cells, head_style, False, height, FILL),
            keep_with_next=True,
        )
        blocks.append(header)
    step = {font: kit.spacing(font), bold: kit.spacing(bold)}
    group = table.group
    for index, row in enumerate(table.rows):
        strong = index in table.strong
        row_font = bold if strong else font
        cells = [
            kit.lines(row_font, cell, column - 2 * pad[0], limit)
            for cell, column, limit in zip(row, columns, limits, strict=True)
        ]
        height = max(len(c) for c in cells) * step[row_font] + 2 * pad[1]
        fill = STRONG_FILL if strong else None
        muted = not table.columns
        draw = functools.partial(_draw_row, kit, row_font, cells, style, muted, height, fill)
        block = Block(height, draw, header=header)
        if group is not None and index > 0 and row[group] == table.rows[index - 1][group]:
            block.top_draw = draw
            blank = [*cells[:group], (), *cells[group + 1 :]]
            block.draw = functools.partial(
                _draw_row, kit, row_font, blank, style, muted, height, fill
            )
        blocks.append(block)
    blocks.append(gap(kit.mm(1.5)))
    return blocks


def _draw_heading(
    kit: Kit, words: tuple[str, ...], width: float, painter: QtGui.QPainter, x: float, y: float
) -> None:
    kit.draw(painter, "heading", words, x, y, width)
    bottom = y + len(words) * kit.spacing("heading") + kit.mm(0.4)
    rule(painter, x, x + width, bottom, kit.pt(0.8), INK)


def section_blocks(kit: Kit, section: Section, width: float) -> list[Block]:
    """Return the blocks of a section ``width`` wide: its heading (kept with a part), its parts."""
    words = kit.lines("heading", section.title, width)
    height = len(words) * kit.spacing("heading") + kit.mm(1.4)
    blocks = [
        Block(
            height,
            functools.partial(_draw_heading, kit, words, width),
            keep_with_next=True,
        )
    ]
    for part in section.parts:
        if isinstance(part, Table):
            blocks += table_blocks(kit, part, width)
        else:
            blocks += para_blocks(kit, part, width)
    blocks.append(gap(kit.mm(2.0)))
    return blocks


def stack_height(blocks: Sequence[Block]) -> float:
    """The height of ``blocks`` one under the other."""
    return sum(b.height for b in blocks)


def draw_stack(blocks: Sequence[Block], painter: QtGui.QPainter, x: float, y: float) -> None:
    """Draw ``blocks`` one under the other, the first with its top-left corner at ``x``, ``y``."""
    for block in blocks:
        block.draw(painter, x, y)
        y += block.height


# --- pages ----------------------------------------------------------------------------------------


def paginate(blocks: Sequence[Block], height: float) -> list[list[tuple[float, Draw]]]:
    """Place ``blocks`` on pages of ``height``: (top, how to draw) per page."""
    pages: list[list[tuple[float, Draw]]] = [[]]
    y = 0.0
    count = len(blocks)
    for index, block in enumerate(blocks):
        if block.space and y == 0.0:
            continue
        needed = block.height
        follow = index
        while blocks[follow].keep_with_next and follow + 1 < count:
            follow += 1
            needed += blocks[follow].height
        if y > 0.0 and y + min(needed, height) > height:
            pages.append([])
            y = 0.0
            if block.space:
                continue
            if block.header is not None:
                pages[-1].append((y, block.header.draw))
                y += block.header.height
            pages[-1].append((y, block.top_draw or block.draw))
            y += block.height
            continue
        pages[-1].append((y, block.draw))
        y += block.height
    return [page for page in pages if page]


def page_size() -> QtGui.QPageSize:
    """US Letter where the locale measures in inches, else A4."""
    imperial = (
        QtCore.QLocale().measurementSystem() == QtCore.QLocale.MeasurementSystem.ImperialUSSystem
    )
    size = QtGui.QPageSize.PageSizeId.Letter if imperial else QtGui.QPageSize.PageSizeId.A4
    return QtGui.QPageSize(size)


def draw_footer(
    kit: Kit,
    painter: QtGui.QPainter,
    footer: str,
    number: str,
    width: float,
    bottom: float,
) -> None:
    """The line at the foot of a page: ``footer`` on the left (cut to fit), ``number`` (the
    page number, worded by the caller) on the right, with a rule above; ``bottom`` is the
    printable area's.
    """
    top = bottom - kit.spacing("small")
    rule(painter, 0, width, top - kit.mm(1), kit.pt(0.5), RULE)
    number_width = kit.advance("small", number)
    words = kit.metrics["small"].elidedText(
        footer, QtCore.Qt.TextElideMode.ElideRight, width - number_width - kit.mm(4)
    )
    kit.draw(painter, "small", [words], 0, top, width, colour=MUTED)
    kit.draw(painter, "small", [number], 0, top, width, right=True)


# --- the file ------------------------------------------------------------------------------------


class PdfOutput:
    """A PDF made in memory, with one QPainter on it: ``with PdfOutput(title, creator) as out:``.

    Pages are portrait A4 or Letter (:func:`page_size`) with margins of ``margin_mm``; ``width``
    and ``height`` are the printable area in device units, where the painter's (0, 0) is its top
    left corner. After the ``with`` block, :meth:`data` is the PDF.

    Raises:
        OSError: The PDF cannot be started.
    """

    def __init__(
        self, title: str, creator: str, margin_mm: float = MARGIN_MM, dpi: int = DPI
    ) -> None:
        self._buffer = QtCore.QBuffer()
        self._buffer.open(QtCore.QIODevice.OpenModeFlag.WriteOnly)
        self.writer = QtGui.QPdfWriter(self._buffer)
        self.writer.setResolution(dpi)
        self.writer.setTitle(title)
        self.writer.setCreator(creator)
        self.writer.setPageLayout(
            QtGui.QPageLayout(
                page_size(),
                QtGui.QPageLayout.Orientation.Portrait,
                QtCore.QMarginsF(margin_mm, margin_mm, margin_mm, margin_mm),
                QtGui.QPageLayout.Unit.Millimeter,
            )
        )
        self.dpi = dpi
        self.painter = QtGui.QPainter()

    def __enter__(self) -> PdfOutput:
        if not self.painter.begin(self.writer):
            raise OSError(errno.EIO, "could not start a PDF")
        #: Fonts and measurements for this PDF.
        self.kit = Kit(self.writer, self.dpi)
        self.width = float(self.writer.width())
        self.height = float(self.writer.height())
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.painter.end()
        self._buffer.close()

    def new_page(self) -> None:
        """Start the next page (the painter's font is set again when next needed)."""
        self.writer.newPage()
        self.kit.forget_font()

    def data(self) -> bytes:
        """The PDF, once the ``with`` block has ended."""
        return bytes(self._buffer.data().data())


def save(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path``, readable by the user only, atomically: a failure leaves no
    file (and an older file at ``path`` as it was).

    Raises:
        OSError: The file cannot be written (also when its folder does not exist).
    """
    if not path.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(path.parent))
    if path.is_dir():
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
    fileutil.write_atomic(path, data, 0o600)
