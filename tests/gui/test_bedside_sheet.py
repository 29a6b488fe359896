"""The bedside sheet (PDF read back with pypdf) and where Your data offers it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pypdf
import pytest
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop.core import night_entry
from spasm_desktop.core.nights import NightClock
from spasm_desktop.storage import data_files
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.record import bedside_sheet, night_columns
from spasm_desktop.ui.record.add_nights import AddNightsDialog
from spasm_desktop.ui.record.your_data import YourDataWindow
from tests.fakes import BERLIN, FakeClock, local
from tests.gui.needed import need

CLOCK = NightClock(dt.time(22, 30), BERLIN)
NOW = local(2026, 12, 3, 15, 0)
NIGHTS = night_entry.sheet_nights(NOW, CLOCK)
#: Points: A4 and US Letter.
A4 = (595, 842)
LETTER = (612, 792)


@pytest.fixture
def locale() -> Iterator[Callable[[str], None]]:
    before = QtCore.QLocale()

    def use(name: str) -> None:
        QtCore.QLocale.setDefault(QtCore.QLocale(name))

    yield use
    QtCore.QLocale.setDefault(before)


def read(path: Path) -> tuple[list[str], tuple[int, int]]:
    reader = pypdf.PdfReader(path)
    box = reader.pages[0].mediabox
    words = [" ".join(page.extract_text().split()) for page in reader.pages]
    return words, (round(float(box.width)), round(float(box.height)))


@pytest.mark.parametrize(("name", "size"), [("en_GB", A4), ("de_DE", A4), ("en_US", LETTER)])
def test_two_weeks_on_one_page_with_the_columns_of_add_nights(
    qapp: QApplication,
    tmp_path: Path,
    locale: Callable[[str], None],
    name: str,
    size: tuple[int, int],
) -> None:
    locale(name)
    path = tmp_path / "sheet.pdf"
    assert bedside_sheet.write_pdf(path, NIGHTS) == 1
    pages, found_size = read(path)
    assert found_size == size
    assert len(pages) == 1
    page = pages[0]
    # the column headings, one after the other, in the order of Add nights (after the words
    # on how to fill it in, which name some of them too)
    headings = [night_columns.heading(c) for c in night_entry.COLUMNS]
    at = page.find(" ".join(headings))
    assert at > 0, page
    rows_start = at + len(" ".join(headings))
    # fourteen nights, one row each, in order
    dates = [night_columns.night_text(n) for n in NIGHTS]
    rows = [page.find(d, rows_start) for d in dates]
    assert len(dates) == 14, page
    assert all(r >= 0 for r in rows), page
    assert rows == sorted(rows), page
    assert len(re.findall(r"0 1 2 3\+", page)) == 14


def test_add_nights_and_the_sheet_share_their_columns(qtbot: QtBot, tmp_path: Path) -> None:
    fake = FakeClock(NOW)
    store = RecordStore(tmp_path / "records.sqlite3", fake.now)
    dialog = AddNightsDialog(store, CLOCK, fake.now)
    qtbot.addWidget(dialog)
    shown = [
        need(dialog.table.horizontalHeaderItem(i)).text().replace("\n", " ")
        for i in range(dialog.table.columnCount())
    ]
    assert shown == list(bedside_sheet.sheet(NIGHTS).columns)
    store.close()


def test_your_data_saves_the_sheet_where_asked(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "records.sqlite3"
    RecordStore(db, lambda: NOW).close()
    written: list[Path] = []

    def write_sheet(path: Path) -> int:
        written.append(path)
        return bedside_sheet.write_pdf(path, NIGHTS)

    window = YourDataWindow(
        data_files.DataFiles(db, tmp_path / "settings.json", tmp_path / "backups"),
        BERLIN,
        lambda: NOW.date(),
        None,
        lambda _added: None,
        write_sheet=write_sheet,
    )
    qtbot.addWidget(window)
    assert window.sheet_button.isVisibleTo(window)
    assert window.sheet_button.accessibleName()
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(window.export_tab, "choose_file", lambda *_args: target)
    window.sheet_button.click()
    assert written == [target]
    assert read(target)[0][0]
    assert str(target) in window.sheet_message.text()
    # a folder that is not there: said, nothing written
    assert window.write_sheet_to(tmp_path / "gone" / "sheet.pdf") is False
    assert "Could not save" in window.sheet_message.text()
    assert not (tmp_path / "gone").exists()
