"""The Learn window: the one list of red flags, the checklist, contents, copy and print."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Protocol

import pytest
from PySide6 import QtCore, QtGui, QtPrintSupport, QtWidgets
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spasm_desktop.core.learn import QUESTIONS_ID, RISK_ID
from spasm_desktop.core.relief import ReliefContent, Tier
from spasm_desktop.storage.learn import load_learn
from spasm_desktop.storage.relief import load_relief
from spasm_desktop.ui.common import text
from spasm_desktop.ui.setup.learn import LearnWindow
from tests.gui.needed import need

LOADED, PROBLEMS = load_learn()
CONTENT = need(LOADED)
RELIEF, RELIEF_PROBLEMS = load_relief()


class MakeLearn(Protocol):
    """``make(checklist=..., relief=...)``: the Learn window, shown, with those ticks."""

    def __call__(
        self, checklist: Iterable[str] = ..., relief: ReliefContent | None = ...
    ) -> LearnWindow: ...


@pytest.fixture
def make(qtbot: QtBot) -> MakeLearn:
    def factory(
        checklist: Iterable[str] = frozenset(), relief: ReliefContent | None = RELIEF
    ) -> LearnWindow:
        assert PROBLEMS == []
        assert RELIEF_PROBLEMS == []
        window = LearnWindow(CONTENT, relief, set(checklist))
        qtbot.addWidget(window)
        window.resize(1000, 700)
        window.show()
        qtbot.waitExposed(window)
        return window

    return factory


def label_texts(window: QtWidgets.QWidget) -> list[str]:
    return [label.text() for label in window.findChildren(QtWidgets.QLabel)]


@pytest.mark.parametrize("tier", list(Tier))
def test_the_red_flags_are_the_relief_panels_single_list(make: MakeLearn, tier: Tier) -> None:
    window = make()
    expected = tuple(f.text for f in RELIEF.flags(tier))
    assert expected
    assert window.shown_flags[tier] == expected
    assert window.tier_labels[tier].text() == text.tier_heading(tier)
    shown = "\n".join(label_texts(window))
    for flag in RELIEF.flags(tier):
        assert f"• {flag.text}" in shown
    # The Learn file holds no copy: every flag text appears exactly once on the page.
    for flag in need(RELIEF.red_flags).flags:
        assert shown.count(flag.text) == 1, flag.id


def test_the_four_tiers_are_each_shown_once_in_order_under_their_headings(make: MakeLearn) -> None:
    window = make()
    assert window.section_tiers == {
        "see-a-provider": (Tier.TODAY, Tier.SOON, Tier.NEXT_VISIT),
        "emergency": (Tier.EMERGENCY,),
    }
    within = [window.tier_labels[t].mapTo(window, QtCore.QPoint()).y() for t in list(Tier)[1:]]
    assert within == sorted(within)
    page = "\n".join(label_texts(window))
    for tier in Tier:
        assert page.count(text.tier_heading(tier)) == 1, tier


def test_without_relief_content_the_page_still_says_to_get_help(make: MakeLearn) -> None:
    for relief in (None, dataclasses.replace(RELIEF, red_flags=None)):
        window = make(relief=relief)
        assert window.shown_flags == {tier: () for tier in Tier}
        texts = label_texts(window)
        assert text.minimal_emergency() in texts
        assert text.flags_not_loaded() in texts
        assert text.minimal_emergency() in window.disclaimer.text()


def test_the_disclaimer_and_every_source_line_are_on_the_page(make: MakeLearn) -> None:
    window = make()
    texts = label_texts(window)
    assert text.disclaimer(RELIEF.red_flags) in texts
    sources = [t for t in texts if t.startswith("Sources: ")]
    assert len(sources) == len(CONTENT.sections)
    for section, line in zip(CONTENT.sections, sources, strict=True):
        assert section.source_note in line
        for sid in section.source_ids():
            assert sid in line


def test_ticking_emits_the_ticked_ids(make: MakeLearn, qtbot: QtBot) -> None:
    window = make(checklist={"water"})
    risk = need(CONTENT.section(RISK_ID))
    assert set(window.checks) == {c.id for c in risk.checklist}
    assert window.checks["water"].isChecked()
    assert not window.checks["stretch"].isChecked()
    with qtbot.waitSignal(window.checklist_changed) as signal:
        QTest.mouseClick(window.checks["stretch"], QtCore.Qt.MouseButton.LeftButton)
    assert signal.args == [frozenset({"water", "stretch"})]
    with qtbot.waitSignal(window.checklist_changed) as signal:
        window.checks["water"].setFocus()
        QTest.keyClick(window.checks["water"], QtCore.Qt.Key.Key_Space)
    assert signal.args == [frozenset({"stretch"})]


def test_clicking_the_text_of_an_item_ticks_it(make: MakeLearn, qtbot: QtBot) -> None:
    window = make()
    box = window.checks["sleep-position"]
    label = next(w for w in window.findChildren(QtWidgets.QLabel) if w.buddy() is box and w.text())
    with qtbot.waitSignal(window.checklist_changed) as signal:
        QTest.mouseClick(label, QtCore.Qt.MouseButton.LeftButton)
    assert signal.args == [frozenset({"sleep-position"})]


def test_the_contents_jump_to_a_section(make: MakeLearn, qtbot: QtBot) -> None:
    window = make()
    ids = [s.id for s in CONTENT.sections]
    assert [window.toc.item(i).text() for i in range(window.toc.count())] == [
        s.title for s in CONTENT.sections
    ]
    bar = window.page_area.verticalScrollBar()
    assert bar.value() == 0
    window.toc.setFocus()
    window.toc.setCurrentRow(0)
    assert bar.value() == 0  # the first section shows the title and disclaimer too
    for _ in range(ids.index("emergency")):
        QTest.keyClick(window.toc, QtCore.Qt.Key.Key_Down)
    target = window.section_widgets["emergency"]
    assert bar.value() == min(target.y(), bar.maximum()) > 0
    visible = window.page_area.viewport().rect()
    top_left = target.mapTo(window.page_area.viewport(), QtCore.QPoint(0, 0))
    assert visible.contains(top_left)
    # Enter moves the focus into the page (here: the first control of the risk section).
    window.toc.setCurrentRow(ids.index(RISK_ID))
    QTest.keyClick(window.toc, QtCore.Qt.Key.Key_Return)
    first = window.checks[need(CONTENT.section(RISK_ID)).checklist[0].id]
    qtbot.waitUntil(first.hasFocus)


def test_scrolling_keeps_the_contents_in_step(make: MakeLearn) -> None:
    window = make()
    bar = window.page_area.verticalScrollBar()
    bar.setValue(window.section_widgets["causes"].y())
    assert window.toc.currentItem().text() == need(CONTENT.section("causes")).title


def test_copy_questions_puts_them_on_the_clipboard(make: MakeLearn, qtbot: QtBot) -> None:
    window = make()
    QtGui.QGuiApplication.clipboard().clear()
    QTest.mouseClick(need(window.copy_button), QtCore.Qt.MouseButton.LeftButton)
    copied = QtGui.QGuiApplication.clipboard().text()
    section = need(CONTENT.section(QUESTIONS_ID))
    assert copied.startswith(section.title)
    for question in section.bullets:
        assert f"- {question.text}" in copied


def test_print_prints_the_questions(
    make: MakeLearn, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make()
    printed: list[str] = []
    monkeypatch.setattr(
        QtPrintSupport.QPrintDialog, "exec", lambda _self: QtWidgets.QDialog.DialogCode.Accepted
    )
    monkeypatch.setattr(
        QtGui.QTextDocument, "print_", lambda doc, _printer: printed.append(doc.toPlainText())
    )
    QTest.mouseClick(need(window.print_button), QtCore.Qt.MouseButton.LeftButton)
    assert printed == [window.questions_text().rstrip("\n")] or printed == [window.questions_text()]


def test_every_control_has_an_accessible_name(make: MakeLearn) -> None:
    window = make()
    controls = [
        w
        for w in window.findChildren(QtWidgets.QWidget)
        if w.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus and w.isVisibleTo(window)
    ]
    assert len(controls) >= 12  # contents, page, 8 check boxes, copy, print
    for widget in controls:
        name = widget.accessibleName()
        if not name and isinstance(widget, QtWidgets.QWidget) and widget.parent() is not None:
            # A scroll area's viewport is named by its scroll area.
            parent = widget.parent()
            if isinstance(parent, QtWidgets.QAbstractScrollArea) and widget is parent.viewport():
                name = parent.accessibleName()
        assert name, f"{type(widget).__name__} {widget.objectName()}"


def test_escape_closes(make: MakeLearn, qtbot: QtBot) -> None:
    window = make()
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)
    QTest.keyClick(window.toc, QtCore.Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())
