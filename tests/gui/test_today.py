"""Tests for the Today window and the drink amount dialog (offscreen Qt, pytest-qt)."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6 import QtCore, QtGui, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core import units
from spasm_desktop.core.reminders import Outcome, Record, ReminderKind
from spasm_desktop.core.settings import Settings, WaterSettings
from spasm_desktop.core.sitting import Break, BreakSource, Presence
from spasm_desktop.ui.common import text
from spasm_desktop.ui.reminders.popup import ReminderPopup
from spasm_desktop.ui.reminders.today import (
    SHOWN_OUTCOMES,
    DrinkAmountDialog,
    TodayData,
    TodayWindow,
)
from tests.fakes import BERLIN

K = ReminderKind
O = Outcome  # noqa: E741
FL = units.VolumeUnit.FL_OZ

INPUT_TYPES = (
    QtWidgets.QAbstractButton,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QComboBox,
    QtWidgets.QLineEdit,
    QtWidgets.QAbstractItemView,
    QtWidgets.QProgressBar,
)


def make_window(qtbot: QtBot) -> TodayWindow:
    window = TodayWindow()
    qtbot.addWidget(window)
    return window


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)


def data(
    settings: Settings | None = None,
    *,
    water_today_ml: int = 750,
    records: list[Record] | None = None,
    dues: dict[ReminderKind, dt.datetime] | None = None,
    paused_until: dt.datetime | None = None,
    notice: str = "",
    at: dt.datetime | None = None,
) -> TodayData:
    return TodayData(
        settings if settings is not None else Settings(),
        BERLIN,
        water_today_ml,
        records if records is not None else [],
        dues if dues is not None else {},
        paused_until,
        notice,
        now=at if at is not None else now(),
    )


def ml(value: int) -> str:
    return f"{QtCore.QLocale().toString(value)} ml"


def number(value: int) -> str:
    return QtCore.QLocale().toString(value)


def short_time(instant: dt.datetime) -> str:
    local = instant.astimezone(BERLIN)
    return QtCore.QLocale().toString(
        QtCore.QTime(local.hour, local.minute), QtCore.QLocale.FormatType.ShortFormat
    )


def cell(window: TodayWindow, kind: ReminderKind, column: int) -> str:
    item = window.table.item(list(ReminderKind).index(kind), column)
    assert item is not None
    return item.text()


def shown(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> bool:
    return widget.isVisibleTo(window)


# --- water ------------------------------------------------------------------------------------


GOAL_2L = Settings(water=WaterSettings(goal_ml=2000))


def test_water_text_and_progress(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.update_data(data(GOAL_2L, water_today_ml=750))
    assert window.water_label.text() == f"{ml(750)} of {ml(2000)} today"
    assert shown(window.water_bar, window)
    assert window.water_bar.minimum() == 0
    assert window.water_bar.maximum() == 2000
    assert window.water_bar.value() == 750
    assert window.water_bar.text() == f"{number(38)} %"
    assert not shown(window.limit_note, window)
    assert not shown(window.log_only_note, window)


def test_without_a_goal_only_the_total_and_no_bar(qtbot: QtBot) -> None:
    # No goal is forced on anyone: the default has none, and nothing fills toward one.
    window = make_window(qtbot)
    window.update_data(data(water_today_ml=750))
    assert window.water_label.text() == f"{ml(750)} today"
    assert not shown(window.water_bar, window)
    assert window.glass_button.text().replace("&", "") == f"Log a glass ({ml(250)})"


# The rule for every total is tested in core (test_water_day); here, what the window shows at
# the limit and over it.
@pytest.mark.parametrize("total", [1500, 2200])
def test_with_a_fluid_limit_no_bar_fills_toward_it(qtbot: QtBot, total: int) -> None:
    # CONTENT.md §7a: log-only, the total against the limit, never a progress bar toward it,
    # even when the person had a goal before (a goal above the limit too).
    settings = Settings(water=WaterSettings(goal_ml=2000, fluid_limit_ml=1500), unit=FL)
    window = make_window(qtbot)
    window.show()
    window.update_data(data(settings, water_today_ml=total))
    bars = [b for b in window.findChildren(QtWidgets.QProgressBar) if b.isVisible()]
    assert bars == []
    assert window.water_label.text() == (
        f"{text.volume(total, FL)} logged today. Your fluid limit: {text.volume(1500, FL)} a day."
    )
    assert "goal" not in window.water_label.text()
    assert window.glass_button.text().replace("&", "").startswith("Log a drink (")
    assert "fl oz" in window.glass_button.text()
    assert window.water_box.title() == "Water (log only)"
    assert window.log_only_note.isVisible()
    assert "never asks you to drink" in window.log_only_note.text()
    assert cell(window, K.WATER, len(SHOWN_OUTCOMES)) == "log only (fluid limit)"


@pytest.mark.parametrize(
    ("total", "note"),
    [
        (1100, ""),
        (1200, "You are close to the limit your clinician set for today."),
        (1499, "You are close to the limit your clinician set for today."),
        (1500, "You have reached the limit your clinician set for today."),
        (1900, "You have reached the limit your clinician set for today."),
    ],
)
def test_a_calm_note_as_the_total_nears_the_limit(qtbot: QtBot, total: int, note: str) -> None:
    settings = Settings(water=WaterSettings(fluid_limit_ml=1500))
    window = make_window(qtbot)
    window.show()
    window.update_data(data(settings, water_today_ml=total))
    assert window.limit_note.text() == note
    assert window.limit_note.isVisible() is bool(note)


@pytest.mark.parametrize("glass", [250, 400])
def test_glass_button_logs_a_glass(qtbot: QtBot, glass: int) -> None:
    window = make_window(qtbot)
    window.update_data(data(Settings(water=WaterSettings(glass_ml=glass))))
    assert window.glass_button.text().replace("&", "") == f"Log a glass ({ml(glass)})"
    with qtbot.waitSignal(window.drink_requested) as blocker:
        window.glass_button.click()
    assert blocker.args == [glass]


def test_other_amount_button(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.update_data(data())
    with qtbot.waitSignal(window.other_drink_requested):
        window.other_button.click()


def test_undo_enabled_only_with_water_logged(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.update_data(data(water_today_ml=0))
    assert not window.undo_button.isEnabled()
    with qtbot.assertNotEmitted(window.undo_requested):
        window.undo_button.click()
    window.update_data(data(water_today_ml=250))
    assert window.undo_button.isEnabled()
    with qtbot.waitSignal(window.undo_requested):
        window.undo_button.click()
    window.update_data(data(water_today_ml=0))
    assert not window.undo_button.isEnabled()


# --- the table --------------------------------------------------------------------------------


def test_table_counts_records_per_kind_and_outcome(qtbot: QtBot) -> None:
    at = now()
    rows = [
        (K.WATER, O.DONE),
        (K.WATER, O.DONE),
        (K.WATER, O.IGNORED),
        (K.WATER, O.SHOWN),
        (K.STRETCH, O.SKIPPED),
        (K.STRETCH, O.SHOWN),
        (K.MOVE, O.SNOOZED),
        (K.MOVE, O.SNOOZED),
        (K.MOVE, O.SNOOZED),
        (K.MOVE, O.MISSED_PAUSED),
        (K.BEDTIME, O.DONE),
    ]
    records = [Record(at, kind, outcome) for kind, outcome in rows]
    water_due = at + dt.timedelta(minutes=20)
    window = make_window(qtbot)
    window.update_data(data(records=records, dues={K.WATER: water_due}))

    model = window.table.model()
    horizontal, vertical = QtCore.Qt.Orientation.Horizontal, QtCore.Qt.Orientation.Vertical
    headers = [model.headerData(c, horizontal) for c in range(model.columnCount())]
    assert headers == ["done", "snoozed", "skipped", "missed", "next"]
    kinds = [model.headerData(r, vertical) for r in range(model.rowCount())]
    assert kinds == ["Water", "Stretch", "Move", "Bedtime"]

    expected = {
        K.WATER: [2, 0, 0, 1],
        K.STRETCH: [0, 0, 1, 0],
        K.MOVE: [0, 3, 0, 0],
        K.BEDTIME: [1, 0, 0, 0],
    }
    for kind, counts in expected.items():
        assert [cell(window, kind, c) for c in range(len(SHOWN_OUTCOMES))] == [
            number(n) for n in counts
        ], kind
    nxt = len(SHOWN_OUTCOMES)
    assert short_time(water_due) in cell(window, K.WATER, nxt)
    for kind in (K.STRETCH, K.MOVE, K.BEDTIME):
        assert cell(window, kind, nxt) == "off"


def test_table_resets_on_new_data(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.update_data(data(records=[Record(now(), K.MOVE, O.DONE)]))
    assert cell(window, K.MOVE, 0) == number(1)
    window.update_data(data(records=[]))
    assert cell(window, K.MOVE, 0) == number(0)


def test_table_is_read_only(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    assert window.table.editTriggers() == QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers


# --- pause, notice, other buttons ---------------------------------------------------------------


def test_pause_and_resume_buttons(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.update_data(data())
    assert window.pause_button.isEnabled()
    assert not window.resume_button.isEnabled()
    assert not shown(window.pause_label, window)
    with qtbot.waitSignal(window.pause_requested) as blocker:
        window.pause_button.click()
    assert blocker.args == [60]

    until = now() + dt.timedelta(hours=1)
    window.update_data(data(paused_until=until))
    assert window.resume_button.isEnabled()
    assert shown(window.pause_label, window)
    assert window.pause_label.text().startswith("Reminders are paused until ")
    assert short_time(until) in window.pause_label.text()
    with qtbot.waitSignal(window.resume_requested):
        window.resume_button.click()

    window.update_data(data())
    assert not window.resume_button.isEnabled()
    assert not shown(window.pause_label, window)


def test_settings_button(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    with qtbot.waitSignal(window.settings_requested):
        window.settings_button.click()


def test_notice_shows_and_hides(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.update_data(data())
    assert not shown(window.notice, window)
    window.update_data(data(notice="Your records can't be saved right now."))
    assert shown(window.notice, window)
    assert window.notice.text() == "Your records can't be saved right now."
    window.update_data(data(notice=""))
    assert not shown(window.notice, window)


def test_escape_closes_the_window(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.update_data(data())
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_every_input_widget_has_an_accessible_name(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.update_data(data())
    widgets = [w for w in window.findChildren(QtWidgets.QWidget) if isinstance(w, INPUT_TYPES)]
    widgets = [w for w in widgets if w.parent() is not window.table]  # the table's own corner
    assert len(widgets) >= 9
    for widget in widgets:
        name = widget.accessibleName()
        assert name, f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        assert "&" not in name


# --- the drink amount dialog ------------------------------------------------------------------


def make_dialog(qtbot: QtBot, unit: units.VolumeUnit, default_ml: int = 250) -> DrinkAmountDialog:
    dialog = DrinkAmountDialog(unit, default_ml, None)
    qtbot.addWidget(dialog)
    return dialog


def test_dialog_in_fl_oz_converts_to_ml(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, FL)
    assert dialog.amount.suffix() == " fl oz"
    assert dialog.amount.decimals() == 1
    assert dialog.amount.value() == pytest.approx(8.5)
    assert dialog.millilitres() == 251
    dialog.amount.setValue(8.0)
    assert dialog.millilitres() == 237


def test_dialog_in_ml(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, units.VolumeUnit.ML, 330)
    assert dialog.amount.suffix() == " ml"
    assert dialog.amount.value() == 330
    dialog.amount.setValue(475)
    assert dialog.millilitres() == 475


def test_dialog_ok_accepts(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, units.VolumeUnit.ML)
    box = dialog.findChild(QtWidgets.QDialogButtonBox)
    assert box is not None
    with qtbot.waitSignal(dialog.accepted):
        box.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QtWidgets.QDialog.DialogCode.Accepted


def test_dialog_inputs_have_accessible_names(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, FL)
    assert dialog.amount.accessibleName() == "Amount"
    label = next(w for w in dialog.findChildren(QtWidgets.QLabel) if w.buddy() is dialog.amount)
    assert label.text() == "&Amount:"
    for button in dialog.findChildren(QtWidgets.QAbstractButton):
        # The standard OK/Cancel buttons are named by their text.
        interface = QtGui.QAccessible.queryAccessibleInterface(button)
        assert interface is not None
        assert interface.text(QtGui.QAccessible.Text.Name)


# --- renders for a look by eye -----------------------------------------------------------------


def test_render_today_window(qtbot: QtBot) -> None:
    at = now()
    records = [
        Record(at, K.WATER, O.DONE),
        Record(at, K.WATER, O.DONE),
        Record(at, K.STRETCH, O.SNOOZED),
        Record(at, K.MOVE, O.IGNORED),
    ]
    dues = {K.WATER: at + dt.timedelta(minutes=20), K.MOVE: at + dt.timedelta(minutes=5)}
    window = make_window(qtbot)
    window.update_data(
        data(
            records=records,
            dues=dues,
            water_today_ml=750,
            paused_until=at + dt.timedelta(hours=1),
            notice="The records database was damaged. A new one was started.",
        )
    )
    with qtbot.waitExposed(window):
        window.show()
    image = window.grab()
    assert not image.isNull()
    assert image.save("/tmp/gui-today.png")


def test_render_combined_popup(qtbot: QtBot) -> None:
    settings = dataclasses.replace(Settings(), water=WaterSettings(fluid_limit_ml=1500))
    popup = ReminderPopup([K.WATER, K.STRETCH, K.MOVE, K.BEDTIME], settings, 500)
    qtbot.addWidget(popup)
    with qtbot.waitExposed(popup):
        popup.show_in_corner()
    assert popup.grab().save("/tmp/gui-popup.png")
    popup.act(K.STRETCH)
    assert popup.grab().save("/tmp/gui-popup-stretch.png")


# --- layout ---------------------------------------------------------------------------------------


def all_rows_fit(window: TodayWindow) -> bool:
    QtWidgets.QApplication.sendPostedEvents()
    return window.table.viewport().height() >= window.table.verticalHeader().length()


def test_table_shows_every_kind(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    with qtbot.waitExposed(window):
        window.show()
    window.update_data(data())
    assert all_rows_fit(window)


@pytest.mark.parametrize(("notice", "paused"), [("Something is wrong.", False), ("", True)])
def test_table_shows_every_kind_with_notice_or_pause(
    qtbot: QtBot, notice: str, paused: bool
) -> None:
    window = make_window(qtbot)
    with qtbot.waitExposed(window):
        window.show()
    until = now() + dt.timedelta(hours=1) if paused else None
    window.update_data(data(notice=notice, paused_until=until))
    assert all_rows_fit(window)


# --- sitting ------------------------------------------------------------------------------------


def test_sitting_section(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    t0 = now()
    breaks = (
        Break(t0, t0 + dt.timedelta(minutes=7), BreakSource.NATURAL),
        Break(t0, t0 + dt.timedelta(minutes=9), BreakSource.NATURAL),
        Break(t0, t0, BreakSource.PROMPTED),
    )
    window.update_data(
        dataclasses.replace(
            data(),
            presence=Presence.AT_DESK,
            sitting=dt.timedelta(minutes=24),
            sitting_today=dt.timedelta(hours=3, minutes=5),
            breaks=breaks,
        )
    )
    window.show()
    assert window.sitting_label.text() == "Sitting for 24 min"
    assert window.sitting_today_label.text() == "Sitting time today: 3 h 5 min"
    assert window.breaks_label.text() == "Breaks today: 2 on your own, 1 after a reminder"
    assert shown(window.sitting_today_label, window)


def test_sitting_section_without_activity_detection_says_so(qtbot: QtBot) -> None:
    window = make_window(qtbot)
    window.update_data(data())
    window.show()
    assert window.sitting_label.text() == text.no_activity()
    assert not shown(window.sitting_today_label, window)
    assert window.breaks_label.text() == "Breaks today: 0 on your own, 0 after a reminder"
