"""Tests for the cramp diary window and the episode dialog (offscreen Qt, pytest-qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6 import QtCore, QtWidgets
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from spasm_desktop.core import episode as ep
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.relief import ReliefContent
from spasm_desktop.storage import relief as relief_store
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import text
from spasm_desktop.ui.record.diary import DiaryWindow
from spasm_desktop.ui.record.episode_dialog import EpisodeDialog
from tests.fakes import BERLIN, local
from tests.gui.needed import need

RELIEF, _RELIEF_PROBLEMS = relief_store.load_relief()

NOW = local(2026, 11, 25, 12, 0)
INPUT_TYPES = (
    QtWidgets.QAbstractButton,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractItemView,
    QtWidgets.QPlainTextEdit,
)
ALL = (dt.datetime(1900, 1, 1, tzinfo=dt.UTC), NOW + dt.timedelta(days=1))


def now() -> dt.datetime:
    return NOW


@pytest.fixture
def store(tmp_path: Path) -> Iterator[RecordStore]:
    records = RecordStore(tmp_path / "records.sqlite3", now)
    yield records
    records.close()


def make_window(qtbot: QtBot, store: RecordStore) -> DiaryWindow:
    window = DiaryWindow(store, BERLIN, now, RELIEF)
    qtbot.addWidget(window)
    return window


def make_dialog(qtbot: QtBot, episode: Episode | None = None) -> EpisodeDialog:
    dialog = EpisodeDialog(episode, BERLIN, now, RELIEF)
    qtbot.addWidget(dialog)
    return dialog


CALF = Episode(
    local(2026, 11, 24, 3, 10, 20),
    754,
    "calf",
    "left",
    7,
    ("knot", "hard"),
    ("asleep",),
    ("stretch",),
    "woke me up",
    source="panel",
)


def answer(monkeypatch: pytest.MonkeyPatch, result: Episode | None) -> list[Episode | None]:
    """Make EpisodeDialog.ask return ``result``; return the episodes it was asked about."""
    asked: list[Episode | None] = []

    def fake(
        episode: Episode | None,
        tz: dt.tzinfo,
        now: Callable[[], dt.datetime],
        relief: ReliefContent,
        parent: QtWidgets.QWidget | None = None,
    ) -> Episode | None:
        asked.append(episode)
        return result

    monkeypatch.setattr(EpisodeDialog, "ask", staticmethod(fake))
    return asked


def test_add_saves_and_lists_the_new_cramp(
    qtbot: QtBot, store: RecordStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, store)
    assert window.episodes() == []
    assert window.empty_label.isVisibleTo(window)
    new = Episode(local(2026, 11, 25, 7, 0), 60, "foot", source="diary")
    asked = answer(monkeypatch, new)
    with qtbot.waitSignal(window.changed):
        window.add_button.click()
    assert asked == [None]
    assert store.episodes(*ALL) == [new]
    assert window.episodes() == [new]
    assert window.selected() == new
    assert not window.empty_label.isVisibleTo(window)


def test_cancelling_changes_nothing(
    qtbot: QtBot, store: RecordStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_episode(CALF)
    window = make_window(qtbot, store)
    answer(monkeypatch, None)
    with qtbot.assertNotEmitted(window.changed):
        window.add_button.click()
        window.edit_button.click()
    assert store.episodes(*ALL) == [CALF]


def test_rows_are_newest_first_with_flags(qtbot: QtBot, store: RecordStore) -> None:
    older = Episode(local(2026, 11, 20, 22, 0), 30, "neck", source="cli")
    unknown = Episode(local(2026, 11, 25, 9, 0), None, None, severity=None)
    for item in (older, CALF, unknown):
        store.save_episode(item)
    window = make_window(qtbot, store)
    assert [e.uid for e in window.episodes()] == [unknown.uid, CALF.uid, older.uid]
    row = [need(window.table.item(1, column)).text() for column in range(window.COLUMNS)]
    assert "12:34" in row[2]
    assert "over 10 min" in row[2]
    assert need(window.table.item(1, 2)).font().bold()
    assert row[1] == "Calf, left"
    assert row[3] == "7/10"
    assert row[4] == "relief panel"
    assert need(window.table.item(2, 2)).text() == "0:30"
    assert need(window.table.item(0, 2)).text() == "not known"
    assert need(window.table.item(0, 1)).text() == "area not given"
    assert need(window.table.item(2, 4)).text() == "command line"


def test_cramps_told_at_the_morning_check_in_show_their_night_not_a_time(
    qtbot: QtBot, store: RecordStore
) -> None:
    told = Episode(local(2026, 11, 23, 22, 30), source="checkin", time_unknown=True)
    store.save_episode(told)
    window = make_window(qtbot, store)
    row = [need(window.table.item(0, column)).text() for column in range(window.COLUMNS)]
    assert row[0].startswith("night of ")
    assert row[0].endswith(", time not known")
    assert "23" in row[0]
    assert "22:30" not in row[0]
    assert row[4] == "morning check-in"


def test_edit_keeps_uid_and_source(
    qtbot: QtBot, store: RecordStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.save_episode(CALF)
    window = make_window(qtbot, store)
    window.table.selectRow(0)
    dialog = make_dialog(qtbot, CALF)
    dialog.severity.set_value(3)
    dialog.choices["helped"]["massage"].setChecked(True)
    edited = dialog.episode()
    assert edited.uid == CALF.uid
    assert edited.source == "panel"
    assert edited.started == CALF.started  # seconds kept
    asked = answer(monkeypatch, edited)
    with qtbot.waitSignal(window.changed):
        QTest.keyClick(window.table, QtCore.Qt.Key.Key_Return)
    assert asked == [CALF]
    assert store.episodes(*ALL) == [
        dataclasses.replace(CALF, severity=3, helped=("stretch", "massage"))
    ]
    assert window.episodes()[0].severity == 3


def test_delete_at_once_and_undo_brings_it_back_exactly(qtbot: QtBot, store: RecordStore) -> None:
    other = Episode(local(2026, 11, 23, 1, 0), 40, "foot", source="diary")
    store.save_episode(CALF)
    store.save_episode(other)
    window = make_window(qtbot, store)
    window.show()
    window.table.selectRow(0)
    with qtbot.waitSignal(window.changed):
        QTest.keyClick(window.table, QtCore.Qt.Key.Key_Delete)
    assert store.episodes(*ALL) == [other]
    assert window.episodes() == [other]
    assert window.undo_bar.isVisible()
    message = window.undo_label.text()
    assert "Calf" in message
    assert "Tue" in message
    assert window.undo_button.accessibleDescription() == message
    with qtbot.waitSignal(window.changed):
        window.undo_button.click()
    assert store.episodes(*ALL) == [other, CALF]
    assert not window.undo_bar.isVisible()
    assert not window.can_undo()
    store.close()
    again = RecordStore(store._path, now)
    assert again.episodes(*ALL) == [other, CALF]  # the panel's source is kept too
    again.close()


def test_undo_lasts_until_the_next_delete_or_closing(qtbot: QtBot, store: RecordStore) -> None:
    other = Episode(local(2026, 11, 23, 1, 0), 40, "foot", source="diary")
    store.save_episode(CALF)
    store.save_episode(other)
    window = make_window(qtbot, store)
    window.table.selectRow(0)
    window.delete_button.click()
    window.table.selectRow(0)
    window.delete_button.click()
    assert store.episodes(*ALL) == []
    window.undo_delete()
    assert store.episodes(*ALL) == [other]  # only the last delete comes back
    window.undo_delete()
    assert store.episodes(*ALL) == [other]
    window.table.selectRow(0)
    window.delete_button.click()
    assert window.can_undo()
    window.close()
    assert not window.can_undo()


def test_period_filter(qtbot: QtBot, store: RecordStore) -> None:
    ages = (1, 10, 60, 200)
    for days in ages:
        store.save_episode(Episode(NOW - dt.timedelta(days=days), 30, "calf"))
    window = make_window(qtbot, store)
    assert window.period_days() == 30
    assert len(window.episodes()) == 2
    for days, count in ((7, 1), (90, 3), (0, 4), (30, 2)):
        window.set_period(days)
        assert len(window.episodes()) == count
        assert window.table.rowCount() == count


def test_new_episode_from_the_dialog(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.duration_unknown.isChecked()
    assert not dialog.minutes.isEnabled()
    dialog.started.setDateTime(
        QtCore.QDateTime(QtCore.QDate(2026, 11, 24), QtCore.QTime(3, 5), QtCore.QTimeZone.utc())
    )
    dialog.duration_unknown.setChecked(False)
    dialog.minutes.setValue(2)
    dialog.seconds.setValue(30)
    dialog.area.setCurrentIndex(dialog.area.findData("hamstring"))
    dialog.side.setCurrentIndex(dialog.side.findData("both"))
    dialog.choices["context"]["sitting"].setChecked(True)
    dialog.notes.setPlainText("after the long drive")
    assert dialog.problems() == []
    assert dialog.save_button.isEnabled()
    result = dialog.episode()
    assert result.started == local(2026, 11, 24, 3, 5)  # entered in local time
    assert (result.duration_s, result.area, result.side) == (150, "hamstring", "both")
    assert result.context == ("sitting",)
    assert result.source == "diary"
    assert result.severity is None
    assert ep.problems(result) == []
    dialog.accept()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted


def test_severity_out_of_range_is_impossible(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.severity.set_value(11)
    assert dialog.severity.value() == 10
    dialog.severity.set_value(-5)
    assert dialog.episode().severity is None


def test_a_start_in_the_future_is_refused(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, CALF)
    future = NOW + dt.timedelta(hours=2)
    local_future = future.astimezone(BERLIN)
    dialog.started.setDateTime(
        QtCore.QDateTime(
            QtCore.QDate(local_future.year, local_future.month, local_future.day),
            QtCore.QTime(local_future.hour, local_future.minute),
            QtCore.QTimeZone.utc(),
        )
    )
    assert dialog.episode().started <= NOW  # the edit stops at now

    clock = [NOW]
    later = EpisodeDialog(None, BERLIN, lambda: clock[0], RELIEF)
    qtbot.addWidget(later)
    assert later.problems() == []
    clock[0] = NOW - dt.timedelta(hours=1)  # the system clock was put back meanwhile
    assert "The start is in the future." in later.problems()
    later.severity.set_value(2)  # any change shows the problems
    assert not later.save_button.isEnabled()
    assert later.problems_label.isVisibleTo(later)
    later.accept()
    assert later.result() != QtWidgets.QDialog.DialogCode.Accepted


def test_zero_duration_and_long_notes_are_problems(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, CALF)
    dialog.minutes.setValue(0)
    dialog.seconds.setValue(0)
    assert not dialog.save_button.isEnabled()
    dialog.duration_unknown.setChecked(True)
    assert dialog.save_button.isEnabled()
    dialog.notes.setPlainText("x" * (ep.MAX_NOTES + 1))
    assert not dialog.save_button.isEnabled()
    assert "longer than" in dialog.problems_label.text()


def test_accessible_names_everywhere(qtbot: QtBot, store: RecordStore) -> None:
    store.save_episode(CALF)
    window = make_window(qtbot, store)
    window.table.selectRow(0)
    window.delete_selected()
    dialog = make_dialog(qtbot, CALF)
    for widget in (window, dialog):
        inputs = [w for w in widget.findChildren(QtWidgets.QWidget) if isinstance(w, INPUT_TYPES)]
        assert inputs
        for control in inputs:
            if not inner(control):
                assert control.accessibleName(), repr(control)


def inner(control: QtWidgets.QWidget) -> bool:
    """Whether ``control`` is a part of another control (a spin box's line edit, a popup list)."""
    parent = control.parent()
    if isinstance(parent, QtWidgets.QAbstractSpinBox | QtWidgets.QComboBox):
        return True
    if parent is not None and parent.metaObject().className() == "QComboBoxPrivateContainer":
        return True
    return control.objectName().startswith("qt_")


MORE = dataclasses.replace(
    CALF,
    triggers=("exercise", "dehydration"),
    relief_minutes=15,
    woke_me=True,
    sleep_disruption=8,
    soreness_next_day=4,
    red_flags=("weakness",),
)


def test_the_more_fields_fill_and_read_back(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, MORE)
    assert dialog.episode() == MORE
    assert dialog.choices["triggers"]["exercise"].isChecked()
    assert dialog.relief_minutes.value() == 15
    assert dialog.woke_me.currentData() is True
    dialog.woke_me.setCurrentIndex(dialog.woke_me.findData(False))
    dialog.relief_minutes.setValue(0)
    dialog.sleep_disruption.setValue(-1)
    dialog.soreness.setValue(12)  # clamped
    dialog.choices["triggers"]["alcohol"].setChecked(True)
    dialog.choices["red_flags"]["weakness"].setChecked(False)
    assert dialog.problems() == []
    edited = dialog.episode()
    assert edited == dataclasses.replace(
        MORE,
        triggers=("exercise", "dehydration", "alcohol"),
        relief_minutes=0,
        woke_me=False,
        sleep_disruption=None,
        soreness_next_day=10,
        red_flags=(),
    )
    new = make_dialog(qtbot).episode()
    assert (new.triggers, new.relief_minutes, new.woke_me, new.red_flags) == ((), None, None, ())
    assert new.sleep_disruption is None
    assert new.soreness_next_day is None


def test_ticking_a_red_flag_shows_the_care_advice_from_the_relief_list(qtbot: QtBot) -> None:
    from spasm_desktop.core.relief import Tier
    from spasm_desktop.storage.relief import load_relief
    from spasm_desktop.ui.common import text

    content, problems = load_relief()
    assert content.red_flags is not None
    assert not problems
    flags = content.red_flags
    dialog = make_dialog(qtbot)
    dialog.show()
    assert not dialog.advice.isVisible()
    assert dialog.advice_text() == ""
    # Numbness: tier 2 (get medical advice today), not the "soon" tier (CONTENT.md §5.1).
    dialog.choices["red_flags"]["numbness"].setChecked(True)
    assert dialog.advice.isVisible()
    shown = dialog.advice.text()
    assert shown.startswith(text.tier_heading(Tier.TODAY))
    assert need(flags.get("weakness-numbness")).text in shown
    assert text.tier_heading(Tier.EMERGENCY) not in shown
    assert text.tier_heading(Tier.SOON) not in shown
    # A wound: the tetanus sign, tier 1, shown first.
    dialog.choices["red_flags"]["wound"].setChecked(True)
    shown = dialog.advice.text()
    assert shown.startswith(text.tier_heading(Tier.EMERGENCY))
    assert shown.index(need(flags.get("tetanus")).text) < shown.index(text.tier_heading(Tier.TODAY))
    dialog.choices["red_flags"]["numbness"].setChecked(False)
    dialog.choices["red_flags"]["wound"].setChecked(False)
    assert not dialog.advice.isVisible()
    # Skin changes: tier 3; a swollen leg: tier 2 with the tier-1 clot (chest pain) above it.
    dialog.choices["red_flags"]["skin"].setChecked(True)
    assert dialog.advice.text().startswith(text.tier_heading(Tier.SOON))
    dialog.choices["red_flags"]["skin"].setChecked(False)
    dialog.choices["red_flags"]["swelling"].setChecked(True)
    shown = dialog.advice.text()
    assert need(flags.get("clot")).text in shown
    assert need(flags.get("clot-chest")).text in shown
    dialog.choices["red_flags"]["swelling"].setChecked(False)
    for sign, tier in ep.SIGN_TIERS.items():
        dialog.choices["red_flags"][sign].setChecked(True)
        assert text.tier_heading(tier) in dialog.advice.text(), sign
        dialog.choices["red_flags"][sign].setChecked(False)
    # The chest as the area is the emergency tier by itself.
    dialog.area.setCurrentIndex(dialog.area.findData("chest"))
    assert dialog.advice.text().startswith(text.tier_heading(Tier.EMERGENCY))
    assert need(flags.get("chest")).text in dialog.advice.text()
    # An edit of an episode with a red flag shows the advice at once.
    assert (
        need(flags.get("poison")).text
        in make_dialog(qtbot, dataclasses.replace(CALF, red_flags=("poison",))).advice_text()
    )


def test_a_new_medicine_shows_the_next_visit_tier(qtbot: QtBot) -> None:
    from spasm_desktop.core.relief import Tier
    from spasm_desktop.ui.common import text

    dialog = make_dialog(qtbot)
    dialog.choices["triggers"]["new_medicine"].setChecked(True)
    shown = dialog.advice_text()
    assert shown.startswith(text.tier_heading(Tier.NEXT_VISIT))
    assert "Don't stop or change it on your own" in shown
    dialog.choices["triggers"]["exercise"].setChecked(True)
    dialog.choices["triggers"]["new_medicine"].setChecked(False)
    assert dialog.advice_text() == ""


def test_the_diary_offers_chest_and_arm(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    assert dialog.area.findData("chest") > 0
    assert dialog.area.findData("arm") > 0
    assert dialog.area.itemText(dialog.area.findData("arm")) == "Arm"


def reachable(dialog: EpisodeDialog) -> set[QtWidgets.QWidget]:
    """The controls Tab reaches from the start field (a spin box counts, not its line edit)."""
    seen: set[QtWidgets.QWidget] = set()
    widget = need(dialog.started.nextInFocusChain())
    while widget is not dialog.started:
        tab = widget.focusPolicy() & QtCore.Qt.FocusPolicy.TabFocus
        if tab and widget.isVisible() and widget.isEnabled():
            seen.add(need(widget.parentWidget()) if inner(widget) else widget)
        widget = need(widget.nextInFocusChain())
    return seen


def test_the_more_fields_are_reachable_with_the_keyboard(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot)
    dialog.show()
    wanted = {
        dialog.relief_minutes,
        dialog.woke_me,
        dialog.sleep_disruption,
        dialog.soreness,
        dialog.notes,
        *dialog.choices["triggers"].values(),
        *dialog.choices["red_flags"].values(),
    }
    folded = reachable(dialog)
    assert {
        dialog.area,
        dialog.side,
        dialog.severity,
        dialog.duration_unknown,
        dialog.more,
    } <= folded
    assert not wanted & folded  # folded away: Tab goes from the main fields to Save
    dialog.more.setFocus()
    QTest.keyClick(dialog.more, QtCore.Qt.Key.Key_Space)
    assert dialog.more.isChecked()
    assert wanted <= reachable(dialog)


def test_the_dialog_gets_the_relief_content_the_window_was_handed(
    qtbot: QtBot, store: RecordStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The caller loads the relief content once; neither the window nor the dialog reads a file.
    def no_reading() -> None:
        raise AssertionError("the diary read the relief files itself")

    monkeypatch.setattr(relief_store, "load_relief", no_reading)
    unreadable = dataclasses.replace(RELIEF, red_flags=None)
    window = DiaryWindow(store, BERLIN, now, unreadable)
    qtbot.addWidget(window)
    advice: list[str] = []

    def watch(dialog: EpisodeDialog) -> QtWidgets.QDialog.DialogCode:
        qtbot.addWidget(dialog)
        dialog.choices["red_flags"]["numbness"].setChecked(True)
        advice.append(dialog.advice.text())
        return QtWidgets.QDialog.DialogCode.Rejected

    monkeypatch.setattr(EpisodeDialog, "exec", watch)
    window.add_button.click()
    # The red flags could not be read: the built-in emergency line and a note, not nothing.
    assert advice == ["\n".join((text.minimal_emergency(), text.flags_not_loaded()))]
    assert store.episodes(*ALL) == []
