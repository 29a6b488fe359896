"""Learn's new sections on screen, the keyboard through them, and the two lists of questions.

The lists are copied, printed and put in the clinician report each under its own heading.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from PySide6 import QtCore, QtGui, QtTest, QtWidgets
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from spasm_desktop.core import learn, report_figures, stats
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import history, routines
from spasm_desktop.storage.learn import load_learn
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.storage.relief import load_relief
from spasm_desktop.ui.record import report
from spasm_desktop.ui.setup.learn import LearnWindow
from tests.fakes import BERLIN
from tests.gui.needed import need

CONTENT, PROBLEMS = load_learn()
RELIEF, RELIEF_PROBLEMS = load_relief()
#: The sections issue 12 added to Learn.
NEW_SECTIONS = (
    "fluids-and-minerals",
    "tired-muscles",
    "other-conditions",
    "stretch-safely",
    "heat-and-ice",
    "medicines",
    "outlook",
    learn.PROVIDER_ASKS_ID,
)
SURGERY = (
    "Recent surgery, joint replacement or a new injury? Check with your clinician before "
    "stretching."
)


@pytest.fixture
def window(qtbot: QtBot) -> LearnWindow:
    assert PROBLEMS == []
    assert RELIEF_PROBLEMS == []
    shown = LearnWindow(need(CONTENT), RELIEF, set())
    qtbot.addWidget(shown)
    shown.resize(1024, 600)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def learn_section(section_id: str) -> learn.Section:
    """The Learn section with this id (the test fails if Learn or the section is missing)."""
    return need(need(CONTENT).section(section_id), section_id)


def labels_of(widget: QtWidgets.QWidget) -> list[str]:
    return [label.text() for label in widget.findChildren(QtWidgets.QLabel)]


def visible_at_top(window: LearnWindow, section_id: str) -> bool:
    widget = window.section_widgets[section_id]
    top_left = widget.mapTo(window.page_area.viewport(), QtCore.QPoint(0, 0))
    return window.page_area.viewport().rect().contains(top_left)


@pytest.mark.parametrize("section_id", NEW_SECTIONS)
def test_learn_shows_each_new_section_with_its_texts_and_sources(
    window: LearnWindow, section_id: str
) -> None:
    section = learn_section(section_id)
    widget = window.section_widgets[section_id]
    assert widget.isVisibleTo(window)
    shown = "\n".join(labels_of(widget))
    assert section.title in labels_of(widget)
    for paragraph in section.paragraphs:
        assert paragraph.text in labels_of(widget)
    for caution in section.cautions:
        label = next(w for w in widget.findChildren(QtWidgets.QLabel) if w.text() == caution.text)
        assert label.font().bold()
        assert label.frameShape() is QtWidgets.QFrame.Shape.StyledPanel
        assert label.accessibleName() == f"Caution: {caution.text}"
    for bullet in section.bullets:
        assert f"• {bullet.text}" in shown
    for sid in section.source_ids():
        assert sid in shown
    titles = [window.toc.item(i).text() for i in range(window.toc.count())]
    assert section.title in titles


def test_the_heat_caution_and_the_surgery_line_come_first_in_their_sections(
    window: LearnWindow,
) -> None:
    heat = labels_of(window.section_widgets["heat-and-ice"])
    assert "elbow or wrist" in heat[1]
    assert "numb" in heat[1]
    assert labels_of(window.section_widgets["stretch-safely"])[1] == SURGERY


def test_the_keyboard_reaches_every_new_section(window: LearnWindow, qtbot: QtBot) -> None:
    ids = [s.id for s in need(CONTENT).sections]
    bar = window.page_area.verticalScrollBar()
    window.toc.setFocus()
    window.toc.setCurrentRow(0)
    reached: list[str] = []
    for _ in range(len(ids) - 1):
        QtTest.QTest.keyClick(window.toc, QtCore.Qt.Key.Key_Down)
        current = ids[window.toc.currentRow()]
        if current in NEW_SECTIONS and bar.value() < bar.maximum():
            assert visible_at_top(window, current), current
        reached.append(current)
    assert set(NEW_SECTIONS) <= set(reached)
    # Enter on a section without controls moves the focus into the page, which then scrolls
    # with the keyboard.
    window.toc.setCurrentRow(ids.index("heat-and-ice"))
    QtTest.QTest.keyClick(window.toc, QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(window.page_area.hasFocus)
    before = bar.value()
    QtTest.QTest.keyClick(window.page_area, QtCore.Qt.Key.Key_PageDown)
    assert bar.value() > before


def test_enter_on_the_last_list_of_questions_reaches_the_copy_button(
    window: LearnWindow, qtbot: QtBot
) -> None:
    ids = [s.id for s in need(CONTENT).sections]
    window.toc.setFocus()
    window.toc.setCurrentRow(ids.index(learn.PROVIDER_ASKS_ID))
    QtTest.QTest.keyClick(window.toc, QtCore.Qt.Key.Key_Return)
    qtbot.waitUntil(need(window.copy_button).hasFocus)
    asks = window.section_widgets[learn.PROVIDER_ASKS_ID]
    assert window.copy_button in asks.findChildren(QtWidgets.QPushButton)
    assert window.print_button in asks.findChildren(QtWidgets.QPushButton)
    mine = window.section_widgets[learn.QUESTIONS_ID]
    assert mine.findChildren(QtWidgets.QPushButton) == []


def test_copy_takes_both_lists_each_under_its_heading(window: LearnWindow, qtbot: QtBot) -> None:
    QtGui.QGuiApplication.clipboard().clear()
    QtTest.QTest.mouseClick(need(window.copy_button), QtCore.Qt.MouseButton.LeftButton)
    copied = QtGui.QGuiApplication.clipboard().text()
    mine = learn_section(learn.QUESTIONS_ID)
    asks = learn_section(learn.PROVIDER_ASKS_ID)
    assert copied.startswith(f"{mine.title}\n\n- {mine.bullets[0].text}\n")
    assert f"\n\n{asks.title}\n\n- {asks.bullets[0].text}\n" in copied
    head = copied.index(asks.title)
    for bullet in mine.bullets:
        assert copied.index(f"- {bullet.text}") < head
    for bullet in asks.bullets:
        assert copied.index(f"- {bullet.text}") > head
    assert copied == window.questions_text()


# --- the clinician report -----------------------------------------------------------------------


def a_report(
    questions: tuple[str, ...] = (), provider_asks: tuple[str, ...] = ()
) -> report.ReportInput:
    today = dt.date(2026, 3, 1)
    period = stats.Period.ending(today, 14)
    record = stats.Record(episodes=[], medicines=(), tracking_since=dt.date(2025, 1, 1))
    summary = report_figures.summary(record, period, BERLIN, today)
    generated = dt.datetime(2026, 3, 1, 14, tzinfo=dt.UTC)
    return report.ReportInput(
        summary, BERLIN, generated, "9.8.7", questions=questions, provider_asks=provider_asks
    )


def test_the_report_prints_both_lists_under_their_headings(
    qapp: QApplication, tmp_path: Path
) -> None:
    mine, asks = history.learn_questions()
    assert mine == tuple(b.text for b in learn_section(learn.QUESTIONS_ID).bullets)
    assert asks == tuple(b.text for b in learn_section(learn.PROVIDER_ASKS_ID).bullets)
    data = a_report(questions=mine, provider_asks=asks)
    words = report.report_text(data)
    first, second = (
        words.index("Questions for the provider"),
        words.index("What the provider may ask"),
    )
    assert first < second
    for question in mine:
        assert first < words.index(question) < second
    for question in asks:
        assert words.index(question) > second
    path = tmp_path / "report.pdf"
    report.write_pdf(path, data)
    pdf = " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages)
    assert pdf.index("Questions for the provider") < pdf.index("What the provider may ask")
    assert pdf.index("What the provider may ask") < pdf.index(asks[0])


def test_without_the_providers_questions_there_is_no_empty_heading(qapp: QApplication) -> None:
    words = report.report_text(a_report(questions=("Should I see a specialist?",)))
    assert "Questions for the provider" in words
    assert "What the provider may ask" not in words


def test_build_report_takes_both_lists_from_learn(qapp: QApplication, tmp_path: Path) -> None:
    now = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    store = RecordStore(tmp_path / "records.sqlite3", lambda: now)
    try:
        store.save_episode(Episode(started=now - dt.timedelta(days=2), area="calf"))
        built = report.report_input(
            history.load_report(
                store,
                Settings(),
                routines.load_library(None),
                stats.Period.ending(dt.date(2026, 3, 1), 14),
                BERLIN,
                now,
            ),
            BERLIN,
            now,
        )
    finally:
        store.close()
    assert built.questions == history.learn_questions()[0]
    assert built.questions
    assert built.provider_asks == history.learn_questions()[1]
    assert built.provider_asks
    assert set(built.questions).isdisjoint(built.provider_asks)
