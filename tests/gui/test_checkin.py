"""The morning check-in window (offscreen Qt, pytest-qt, a real records file)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import Answer, NightClock, NightState, classify
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.reminders.checkin import CheckinWindow
from tests.fakes import BERLIN, FakeClock, local

NIGHT = dt.date(2026, 11, 20)
CLOCK = NightClock(dt.time(22, 30), BERLIN)
SPAN = (CLOCK.start(NIGHT), CLOCK.end(NIGHT))


@pytest.fixture
def fake() -> FakeClock:
    return FakeClock(local(2026, 11, 21, 7, 40))


@pytest.fixture
def store(tmp_path: Path, fake: FakeClock) -> Iterator[RecordStore]:
    records = RecordStore(tmp_path / "records.sqlite3", fake.now)
    yield records
    records.close()


def open_window(qtbot: QtBot, store: RecordStore, fake: FakeClock) -> CheckinWindow:
    window = CheckinWindow(store, CLOCK, NIGHT, fake.now)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def click(qtbot: QtBot, button: QtWidgets.QAbstractButton) -> None:
    QtTest.QTest.mouseClick(button, QtCore.Qt.MouseButton.LeftButton)


def test_one_click_no_cramps_saves_and_closes(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    window = open_window(qtbot, store, fake)
    assert not window.isModal()
    with qtbot.waitSignal(window.answered) as blocker:
        click(qtbot, window.none_button)
    assert blocker.args == [NIGHT]
    assert not window.isVisible()
    answers = store.morning_answers(NIGHT, NIGHT)
    assert answers[NIGHT].answer is Answer.NONE
    assert answers[NIGHT].answered_at == fake.now()
    assert store.episodes(*SPAN) == []
    states = classify([NIGHT], CLOCK, store.episodes(*SPAN), answers)
    assert states[NIGHT] is NightState.WITHOUT_CRAMPS


def test_a_count_without_details_stores_that_many_episodes(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    window = open_window(qtbot, store, fake)
    assert not window.save_button.isEnabled()
    click(qtbot, window.count_buttons[2])  # "3 or more"
    assert window.save_button.isEnabled()
    click(qtbot, window.save_button)
    assert not window.isVisible()
    answer = store.morning_answers(NIGHT, NIGHT)[NIGHT]
    assert (answer.answer, answer.count, answer.worst, answer.area) == (Answer.COUNT, 3, None, None)
    episodes = store.episodes(*SPAN)
    assert len(episodes) == 3
    assert all(e.time_unknown and e.source == "checkin" and e.area is None for e in episodes)


def test_a_count_with_details_by_keyboard_only(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    window = open_window(qtbot, store, fake)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    alt = QtCore.Qt.KeyboardModifier.AltModifier

    def key(
        key: QtCore.Qt.Key,
        modifier: QtCore.Qt.KeyboardModifier = QtCore.Qt.KeyboardModifier.NoModifier,
    ) -> None:
        target = QtWidgets.QApplication.focusWidget() or window
        QtTest.QTest.keyClick(target, key, modifier)

    key(QtCore.Qt.Key.Key_2, alt)  # a button's mnemonic clicks it after a short animation
    qtbot.waitUntil(lambda: window.count_group.checkedId() == 2)
    key(QtCore.Qt.Key.Key_W, alt)
    assert window.worst.hasFocus()
    key(QtCore.Qt.Key.Key_6)  # a digit chooses it on the big 0-10 buttons
    key(QtCore.Qt.Key.Key_Right)  # and the arrows move: 7
    key(QtCore.Qt.Key.Key_H, alt)
    key(QtCore.Qt.Key.Key_Down)  # calf
    key(QtCore.Qt.Key.Key_D, alt)
    key(QtCore.Qt.Key.Key_Down)  # left
    key(QtCore.Qt.Key.Key_O, alt)
    qtbot.waitUntil(window.woke.isChecked)
    with qtbot.waitSignal(window.answered):
        key(QtCore.Qt.Key.Key_V, alt)
    answer = store.morning_answers(NIGHT, NIGHT)[NIGHT]
    assert (answer.count, answer.worst, answer.area, answer.side, answer.woke) == (
        2,
        7,
        "calf",
        "left",
        True,
    )
    episodes = store.episodes(*SPAN)
    assert len(episodes) == 2
    assert sorted(e.severity or 0 for e in episodes) == [0, 7]
    assert all(e.woke_me and e.area == "calf" for e in episodes)


@pytest.mark.parametrize(
    ("button", "kind"), [("not_sure_button", Answer.NOT_SURE), ("skip_button", Answer.SKIPPED)]
)
def test_not_sure_and_skip_are_answers(
    qtbot: QtBot, store: RecordStore, fake: FakeClock, button: str, kind: Answer
) -> None:
    window = open_window(qtbot, store, fake)
    click(qtbot, getattr(window, button))
    assert store.morning_answers(NIGHT, NIGHT)[NIGHT].answer is kind
    assert store.episodes(*SPAN) == []


def test_cramps_already_logged_in_the_night_are_mentioned(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    window = open_window(qtbot, store, fake)
    assert not window.logged_label.isVisible()
    window.close()
    store.save_episode(Episode(local(2026, 11, 21, 3, 5), area="calf", source="panel"))
    store.save_episode(Episode(local(2026, 11, 20, 15, 0), area="neck", source="panel"))
    window = open_window(qtbot, store, fake)
    assert window.logged_label.isVisible()
    assert (
        window.logged_label.text()
        == ("Already in your diary for this night: 1 cramp(s). Count only any others.")
        or "1 cramp" in window.logged_label.text()
    )


def test_escape_closes_without_an_answer(qtbot: QtBot, store: RecordStore, fake: FakeClock) -> None:
    window = open_window(qtbot, store, fake)
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert store.morning_answers(NIGHT, NIGHT) == {}


def test_every_control_has_a_name_and_the_window_is_small(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    window = open_window(qtbot, store, fake)
    for kind in (QtWidgets.QAbstractButton, QtWidgets.QAbstractSpinBox, QtWidgets.QComboBox):
        for widget in window.findChildren(kind):
            assert widget.accessibleName(), widget
    for label in window.findChildren(QtWidgets.QLabel):
        assert not label.accessibleName(), label.text()
    hint = window.sizeHint()
    assert hint.width() <= 1024
    assert hint.height() <= 600


def test_the_worst_is_chosen_on_the_big_pain_buttons(
    qtbot: QtBot, store: RecordStore, fake: FakeClock
) -> None:
    window = open_window(qtbot, store, fake)
    click(qtbot, window.count_buttons[0])
    assert len(window.worst.buttons) == 11
    click(qtbot, window.worst.buttons[8])
    with qtbot.waitSignal(window.answered):
        click(qtbot, window.save_button)
    assert store.morning_answers(NIGHT, NIGHT)[NIGHT].worst == 8
