"""The diary's "Add nights" (offscreen Qt, pytest-qt, a real records file, a fake clock)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.night_entry import NightEntry, NightWrite
from spasm_desktop.core.nights import (
    Answer,
    MorningAnswer,
    NightClock,
    NightState,
    classify,
    episodes_from_count,
    nights_between,
)
from spasm_desktop.storage import relief as relief_store
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.record.add_nights import AddNightsDialog
from spasm_desktop.ui.record.diary import DiaryWindow
from tests.fakes import BERLIN, FakeClock, local
from tests.gui.needed import need

CLOCK = NightClock(dt.time(22, 30), BERLIN)
D = dt.date
RELIEF, _PROBLEMS = relief_store.load_relief()
LAST = D(2026, 12, 2)


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock(local(2026, 12, 3, 9, 0))


@pytest.fixture
def store(tmp_path: Path, fake: FakeClock) -> Iterator[RecordStore]:
    records = RecordStore(tmp_path / "records.sqlite3", fake.now)
    yield records
    records.close()


def open_dialog(qtbot: QtBot, store: RecordStore, fake: FakeClock) -> AddNightsDialog:
    dialog = AddNightsDialog(store, CLOCK, fake.now)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def span(first: dt.date, last: dt.date) -> tuple[dt.datetime, dt.datetime]:
    return CLOCK.start(first), CLOCK.end(last)


def test_fourteen_nights_by_keyboard_only_are_saved_like_checkin_answers(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    dialog = open_dialog(qtbot, store, fake)
    nights = dialog.nights()
    assert len(nights) == 14
    assert nights[-1] == LAST
    assert nights[0] == D(2026, 11, 19)
    rows = dialog.rows()
    rows[0].count.setFocus()
    qtbot.waitUntil(rows[0].count.hasFocus)

    def focused() -> QtWidgets.QWidget:
        return need(QtWidgets.QApplication.focusWidget(), "the focused widget")

    # first night: 2 cramps, worst 7, calf, woke me
    QtTest.QTest.keyClicks(focused(), "2")
    QtTest.QTest.keyClick(focused(), QtCore.Qt.Key.Key_Tab)
    assert focused() is rows[0].worst
    QtTest.QTest.keyClicks(focused(), "7")
    QtTest.QTest.keyClick(focused(), QtCore.Qt.Key.Key_Tab)
    assert focused() is rows[0].area
    QtTest.QTest.keyClicks(focused(), "c")
    QtTest.QTest.keyClick(focused(), QtCore.Qt.Key.Key_Tab)
    assert focused() is rows[0].woke
    QtTest.QTest.keyClick(focused(), QtCore.Qt.Key.Key_Space)
    # Enter: down to the next night (its details are off until a count: back to its count)
    QtTest.QTest.keyClick(focused(), QtCore.Qt.Key.Key_Return)
    assert focused() is rows[1].count
    QtTest.QTest.keyClicks(focused(), "0")  # no cramps
    QtTest.QTest.keyClick(focused(), QtCore.Qt.Key.Key_Enter)
    assert focused() is rows[2].count
    QtTest.QTest.keyClick(focused(), QtCore.Qt.Key.Key_Tab)  # an empty count: details are skipped
    assert focused() is rows[2].not_sure
    QtTest.QTest.keyClick(focused(), QtCore.Qt.Key.Key_Space)
    assert rows[0].entry() == NightEntry(count=2, worst=7, area="calf", woke=True)
    assert rows[1].entry() == NightEntry(count=0)
    assert rows[2].entry() == NightEntry(not_sure=True)
    # Enter on the last night goes to Save
    rows[-1].count.setFocus()
    QtTest.QTest.keyClick(rows[-1].count, QtCore.Qt.Key.Key_Return)
    assert focused() is dialog.save_button
    QtTest.QTest.keyClick(dialog.save_button, QtCore.Qt.Key.Key_Space)
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted

    answers = store.morning_answers(nights[0], nights[-1])
    assert {n: a.answer for n, a in answers.items()} == {
        nights[0]: Answer.COUNT,
        nights[1]: Answer.NONE,
        nights[2]: Answer.NOT_SURE,
    }
    episodes = store.episodes(*span(nights[0], nights[-1]))
    assert len(episodes) == 2
    assert all(e.time_unknown for e in episodes)
    states = classify(nights, CLOCK, episodes, answers)
    assert states[nights[0]] is NightState.WITH_CRAMPS
    assert states[nights[1]] is NightState.WITHOUT_CRAMPS
    assert list(states.values()).count(NightState.NOT_RECORDED) == 12


def test_answered_nights_are_shown_and_not_doubled(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    night = D(2026, 11, 30)
    earlier = MorningAnswer(night, local(2026, 12, 1, 8), Answer.COUNT, count=2, area="foot")
    store.save_morning_answer(earlier, episodes_from_count(earlier, CLOCK))
    store.save_episode(Episode(local(2026, 12, 1, 3)))
    dialog = open_dialog(qtbot, store, fake)
    row = dialog.rows()[dialog.nights().index(night)]
    assert row.entry() == NightEntry(count=2, area="foot")
    label = need(dialog.table.item(dialog.nights().index(night), 0)).text()
    assert label.endswith("\n1 in your diary")
    dialog.save()  # nothing changed: nothing written
    assert dialog.writes == []
    assert len(store.episodes(*span(night, night))) == 3

    again = open_dialog(qtbot, store, fake)
    row = again.rows()[again.nights().index(night)]
    row.count.setCurrentIndex(row.count.findData(1))
    again.save()
    assert store.morning_answers(night, night)[night].count == 1
    found = store.episodes(*span(night, night))
    assert len(found) == 2  # the diary's cramp and the one new: the two earlier replaced
    assert sum(e.time_unknown for e in found) == 1


def test_a_range_is_chosen_and_kept_to_nights_that_are_over(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    dialog = open_dialog(qtbot, store, fake)
    dialog.rows()[-1].count.setCurrentIndex(2)  # typed, then the range changes
    dialog.set_range(D(2026, 11, 28), D(2026, 12, 20))
    assert dialog.nights() == nights_between(D(2026, 11, 28), LAST)
    assert "latest nights" in dialog.range_note.text()
    assert dialog.rows()[-1].entry() == NightEntry(count=1)  # what was typed is kept


def test_every_control_has_a_name_and_labels_keep_their_words(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    dialog = open_dialog(qtbot, store, fake)
    kinds = (QtWidgets.QAbstractButton, QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox)
    for kind in kinds:
        for widget in dialog.findChildren(kind):
            if widget.isVisibleTo(dialog):  # the table's corner button is not
                assert widget.accessibleName(), widget
    assert dialog.rows()[0].count.accessibleName().endswith("How many cramps")
    for label in dialog.findChildren(QtWidgets.QLabel):
        assert not label.accessibleName(), label.text()


def test_the_diary_adds_nights_and_undo_takes_them_back(
    qtbot: QtBot, store: RecordStore, fake: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    night = D(2026, 11, 30)
    earlier = MorningAnswer(night, local(2026, 12, 1, 8), Answer.COUNT, count=2)
    before = episodes_from_count(earlier, CLOCK)
    store.save_morning_answer(earlier, before)

    def ask(
        store_: RecordStore,
        clock: NightClock,
        now: Callable[[], dt.datetime],
        parent: QtWidgets.QWidget | None = None,
    ) -> list[NightWrite]:
        dialog = AddNightsDialog(store_, clock, now, parent)
        qtbot.addWidget(dialog)
        rows = dialog.rows()
        rows[dialog.nights().index(night)].count.setCurrentIndex(1)  # 0: none
        rows[0].count.setCurrentIndex(4)  # 3 or more
        dialog.save()
        return dialog.writes

    monkeypatch.setattr(AddNightsDialog, "ask", ask)
    diary = DiaryWindow(store, BERLIN, fake.now, RELIEF, bedtime=lambda: dt.time(22, 30))
    qtbot.addWidget(diary)
    assert diary.nights_button.accessibleName()
    with qtbot.waitSignal(diary.changed):
        diary.nights_button.click()
    assert diary.undo_bar.isVisibleTo(diary)
    assert "2 nights" in diary.undo_label.text()
    assert len(diary.episodes()) == 3  # the three of the first night; the two earlier gone
    assert store.morning_answers(night, night)[night].answer is Answer.NONE
    assert diary.can_undo()
    with qtbot.waitSignal(diary.changed):
        diary.undo_button.click()
    assert store.morning_answers(D(2026, 11, 19), LAST) == {night: earlier}
    assert sorted(e.uid for e in diary.episodes()) == sorted(e.uid for e in before)
    assert not diary.can_undo()


# --- the check-in's cramps in the diary: a time filled in, or merged ---------------------------


def test_a_time_filled_in_makes_a_told_cramp_known(
    qtbot: QtBot, store: RecordStore, fake: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    night = D(2026, 11, 30)
    answer = MorningAnswer(night, local(2026, 12, 1, 8), Answer.COUNT, count=1)
    (told,) = episodes_from_count(answer, CLOCK)
    store.save_morning_answer(answer, [told])
    diary = DiaryWindow(store, BERLIN, fake.now, RELIEF, bedtime=lambda: dt.time(22, 30))
    qtbot.addWidget(diary)
    at = local(2026, 12, 1, 3, 40)
    monkeypatch.setattr(diary, "_ask", lambda episode: dataclasses.replace(episode, started=at))
    diary.edit_selected()
    (saved,) = store.episodes(*span(night, night))
    assert (saved.uid, saved.started, saved.time_unknown) == (told.uid, at, False)
    # an edit that leaves the time as it was keeps it unknown
    store.save_episode(told)
    diary.refresh()
    monkeypatch.setattr(diary, "_ask", lambda episode: dataclasses.replace(episode, severity=4))
    diary.edit_selected()
    (saved,) = store.episodes(*span(night, night))
    assert saved.time_unknown
    assert saved.severity == 4


def test_a_told_cramp_merges_with_the_one_logged_that_night_and_undo(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    night = D(2026, 11, 30)
    answer = MorningAnswer(night, local(2026, 12, 1, 8), Answer.COUNT, count=1, worst=7)
    (told,) = episodes_from_count(answer, CLOCK)
    store.save_morning_answer(answer, [told])
    logged = Episode(local(2026, 12, 1, 3, 10), area="calf", source="panel")
    store.save_episode(logged)
    diary = DiaryWindow(store, BERLIN, fake.now, RELIEF, bedtime=lambda: dt.time(22, 30))
    qtbot.addWidget(diary)
    rows = [e.uid for e in diary.episodes()]
    diary.table.selectRow(rows.index(logged.uid))
    assert not diary.merge_button.isEnabled()  # a cramp with its time: nothing to merge
    diary.table.selectRow(rows.index(told.uid))
    assert diary.merge_button.isEnabled()
    assert diary.merge_button.accessibleName()
    with qtbot.waitSignal(diary.changed):
        diary.merge_button.click()
    (kept,) = store.episodes(*span(night, night))
    assert (kept.uid, kept.started, kept.severity, kept.area) == (
        logged.uid,
        logged.started,
        7,
        "calf",
    )
    states = classify([night], CLOCK, [kept], store.morning_answers(night, night))
    assert states[night] is NightState.WITH_CRAMPS
    assert "Merged" in diary.undo_label.text()
    assert diary.can_undo()
    with qtbot.waitSignal(diary.changed):
        diary.undo_button.click()
    assert sorted(store.episodes(*span(night, night)), key=lambda e: e.uid) == sorted(
        [logged, told], key=lambda e: e.uid
    )
