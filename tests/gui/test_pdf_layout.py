"""The PDF layout engine (ui/common/pdf_layout.py): paragraphs and tables flowing over pages.

Each test lays plain content out on short pages, checks where the blocks went, then writes the
PDF and reads its text back with pypdf, so nothing drawn is lost or drawn twice.
"""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pypdf
import pytest
from PySide6 import QtCore

from spasm_desktop.ui.common import pdf_layout as pdf

WORDS = " ".join(f"word{i:03d}" for i in range(400))


def write(sections: list[pdf.Section], page_mm: float) -> tuple[list[str], int]:
    """Lay ``sections`` out on pages ``page_mm`` tall (of the printable area); each page's text
    and the number of pages.
    """
    with pdf.PdfOutput("Test", "tests") as out:
        blocks = [b for s in sections for b in pdf.section_blocks(out.kit, s, out.width)]
        height = out.kit.mm(page_mm)
        pages = pdf.paginate(blocks, height)
        for number, page in enumerate(pages):
            if number:
                out.new_page()
            for top, draw in page:
                assert 0.0 <= top < height
                draw(out.painter, 0.0, top)
    reader = pypdf.PdfReader(io.BytesIO(out.data()))
    return [page.extract_text() for page in reader.pages], len(pages)


def test_a_paragraph_longer_than_a_page_runs_on_line_by_line(qapp: QtCore.QCoreApplication) -> None:
    with pdf.PdfOutput("Test", "tests") as out:
        kit = out.kit
        blocks = pdf.para_blocks(kit, pdf.Para(WORDS), out.width)
        lines = kit.lines("body", WORDS, out.width)
        height = 10.5 * kit.spacing("body")  # room for 10 lines a page
        pages = pdf.paginate(blocks, height)
    assert len(lines) > 25
    # One block per line (and the space after): 10 lines on each page, the rest on the last.
    assert [len(p) for p in pages[:-1]] == [10] * (len(pages) - 1)
    assert sum(len(p) for p in pages) == len(lines) + 1
    for page in pages:
        tops = [top for top, _draw in page]
        assert tops == sorted(tops)
        assert tops[0] == 0.0
        assert tops[-1] + kit.spacing("body") <= height


def test_an_overflowing_paragraph_keeps_every_word_in_order(qapp: QtCore.QCoreApplication) -> None:
    texts, count = write([pdf.Section("Heading", (pdf.Para(WORDS),))], page_mm=40)
    assert count == len(texts) > 2
    found = " ".join(texts).split()
    assert [w for w in found if w.startswith("word")] == WORDS.split()
    assert found.count("Heading") == 1


def test_a_table_breaks_between_rows_and_repeats_its_header(qapp: QtCore.QCoreApplication) -> None:
    rows = tuple((f"day{i // 3:02d}", f"row{i:03d}", str(i)) for i in range(90))
    table = pdf.Table(
        ("Day", "Entry", "Count"), rows, (0, 2.0, 1.0), numeric=frozenset({2}), group=0
    )
    texts, count = write([pdf.Section("Entries", (table,))], page_mm=60)
    assert count > 3
    for page in texts:
        assert page.count("Day") == 1
        assert page.count("Entry") == 1
    entries = [w for page in texts for w in page.split() if w.startswith("row")]
    assert entries == [row[1] for row in rows]  # every row once, none cut in two
    # The grouped column is written once per run of equal days, and again atop each page.
    for page in texts[1:]:
        words = page.split()
        first_row = words.index(next(w for w in words if w.startswith("row")))
        assert words[first_row - 1].startswith("day")
    days = [w for page in texts for w in page.split() if w.startswith("day")]
    assert len(days) < len(rows)
    assert sorted(set(days)) == sorted({r[0] for r in rows})


def test_a_heading_is_never_left_alone_at_the_foot_of_a_page(qapp: QtCore.QCoreApplication) -> None:
    with pdf.PdfOutput("Test", "tests") as out:
        kit = out.kit
        filler = pdf.para_blocks(kit, pdf.Para(WORDS[:900]), out.width)
        heading = pdf.section_blocks(kit, pdf.Section("Next", (pdf.Para("after"),)), out.width)
        height = pdf.stack_height(filler) + heading[0].height + kit.spacing("body") / 2
        pages = pdf.paginate([*filler, *heading], height)
    # The heading fits below the filler, but its first line does not: both go over.
    assert len(pages) == 2
    assert pages[1][0][1] is heading[0].draw
    assert pages[1][0][0] == 0.0


def test_space_is_left_out_at_the_top_of_a_page(qapp: QtCore.QCoreApplication) -> None:
    with pdf.PdfOutput("Test", "tests") as out:
        line = pdf.para_blocks(out.kit, pdf.Para("one line"), out.width)[0]
        space = pdf.gap(line.height)
        pages = pdf.paginate([space, line, space, line], line.height * 1.5)
    assert [[top for top, _draw in page] for page in pages] == [[0.0], [0.0]]


def test_save_writes_for_the_user_only_and_refuses_missing_folders(tmp_path: Path) -> None:
    path = tmp_path / "out.pdf"
    pdf.save(path, b"%PDF-1.4 test")
    assert path.read_bytes() == b"%PDF-1.4 test"
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    with pytest.raises(FileNotFoundError):
        pdf.save(tmp_path / "missing" / "out.pdf", b"x")
    with pytest.raises(IsADirectoryError):
        pdf.save(tmp_path, b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.pdf"]
