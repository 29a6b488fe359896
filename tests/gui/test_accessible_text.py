"""What a screen reader gets from the safety screens, read through Qt's accessibility interface
(the one the AT-SPI bridge serves): every label's accessible name holds its visible text, every
control has a name, and the stretch player says each new phase once, not every second.

The same texts on the real accessibility bus: ``tests/integration/test_atspi.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Protocol

import pytest
from PySide6 import QtCore, QtGui, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.relief import Tier
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import relief, routines
from spasm_desktop.storage.learn import load_learn
from spasm_desktop.ui.common import text
from spasm_desktop.ui.relief.relief_panel import ReliefPanel
from spasm_desktop.ui.reminders.popup import ReminderPopup
from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow
from spasm_desktop.ui.setup.learn import LearnWindow
from tests.gui.conftest import MakeApp
from tests.gui.needed import child, need

CONTENT, PROBLEMS = relief.load_relief()
LEARN, LEARN_PROBLEMS = load_learn()
LIBRARY = routines.load_library(None)
WALL = dt.datetime(2026, 12, 3, 21, 30, tzinfo=dt.UTC)
FLAGS = CONTENT.red_flags
A11Y = QtGui.QAccessible


def spoken_name(widget: QtWidgets.QWidget) -> str:
    """The name a screen reader reads for ``widget``."""
    interface = A11Y.queryAccessibleInterface(widget)
    assert interface is not None, widget
    return interface.text(A11Y.Text.Name)


def flat(value: str) -> str:
    return " ".join(value.split())


def visible_text(label: QtWidgets.QLabel) -> str:
    """The words a label shows (markup removed; a buddy's mnemonic "&" is not shown)."""
    shown = label.text()
    if label.textFormat() == QtCore.Qt.TextFormat.RichText or (
        label.textFormat() == QtCore.Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(shown)
    ):
        document = QtGui.QTextDocument()
        document.setHtml(shown)
        shown = document.toPlainText()
    if label.buddy() is not None:
        shown = shown.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return flat(shown)


def hidden_texts(window: QtWidgets.QWidget) -> list[str]:
    """Every label whose accessible name does not hold its visible text."""
    return [
        f"{label.objectName() or type(label).__name__}: shows {visible_text(label)[:60]!r},"
        f" named {spoken_name(label)[:60]!r}"
        for label in window.findChildren(QtWidgets.QLabel)
        if visible_text(label) and visible_text(label) not in flat(spoken_name(label))
    ]


def unnamed_controls(window: QtWidgets.QWidget) -> list[str]:
    """Every control reachable by keyboard, on screen, without an accessible name."""
    missing = []
    for widget in window.findChildren(QtWidgets.QWidget):
        if widget.focusPolicy() == QtCore.Qt.FocusPolicy.NoFocus or not widget.isVisibleTo(window):
            continue
        named = widget
        parent = widget.parentWidget()
        if isinstance(parent, QtWidgets.QAbstractScrollArea) and widget is parent.viewport():
            named = parent  # a viewport is read as its scroll area
        if not spoken_name(named).strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def names_of(window: QtWidgets.QWidget) -> str:
    """Every label's and button's accessible name, one a line (what a screen reader reads)."""
    kinds = (QtWidgets.QLabel, QtWidgets.QAbstractButton)
    return "\n".join(
        flat(spoken_name(widget))
        for widget in window.findChildren(QtWidgets.QWidget)
        if isinstance(widget, kinds)
    )


# --- the relief card and the emergency screens -------------------------------------------------


class MakePanel(Protocol):
    """``panel(area, side)``: a relief panel, shown, on that area's card."""

    def __call__(self, area: str, side: str | None = None) -> ReliefPanel: ...


@pytest.fixture
def panel(qtbot: QtBot) -> MakePanel:
    assert PROBLEMS == []

    def make(area: str, side: str | None = None) -> ReliefPanel:
        made = ReliefPanel(CONTENT, wall=lambda: WALL)
        made.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(made)
        made.choose(area, side)
        made.show()
        return made

    return make


def test_the_relief_card_reads_its_steps_warnings_and_danger_signs(panel: MakePanel) -> None:
    shown = panel("calf", "left")
    card = shown.card
    card.unfold_tiers()
    card.more_button.setChecked(True)
    card.set_time("10:00", True)  # the 10-minute warning is on
    assert hidden_texts(shown) == []
    assert unnamed_controls(shown) == []
    names = names_of(shown)
    assert FLAGS is not None
    for tier in Tier:  # every danger-sign bullet, under its heading
        assert flat(text.tier_heading(tier)) in names
        for flag in FLAGS.tier(tier):
            assert flat(f"• {text.data(flag.text)}") in names, flag.id
    for _number, step in card.step_labels:  # the big numbered steps
        assert step.text()
        assert flat(step.text()) in flat(spoken_name(step))
    assert flat(card.ten_minutes.text()) in flat(spoken_name(card.ten_minutes))
    assert "10 minutes" in spoken_name(card.ten_minutes)


def test_a_cards_own_danger_signs_are_read(panel: MakePanel) -> None:
    shown = panel("arm", "right")
    flags = shown.card.card_flags
    assert flags.isVisibleTo(shown)
    assert flags.text()
    assert hidden_texts(shown) == []
    for line in flags.text().splitlines():
        assert flat(line) in names_of(shown)


@pytest.mark.parametrize("area", ["chest", "all_over"])
def test_the_emergency_screen_reads_call_your_emergency_number(panel: MakePanel, area: str) -> None:
    shown = panel(area)
    assert shown.pages.currentWidget() is shown.emergency
    assert hidden_texts(shown) == []
    assert unnamed_controls(shown) == []
    assert "call your local emergency number" in spoken_name(shown.emergency_title)
    assert spoken_name(shown.emergency_advice)  # the area's own sign
    assert flat(shown.emergency_others.text()) in flat(spoken_name(shown.emergency_others))


# --- the stretch player ------------------------------------------------------------------------


class Clock:
    """A monotonic clock that moves only when a test sets ``now``."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


#: ``player(**options)``: a stretch player window on a Clock, shown, and the clock.
MakePlayer = Callable[..., tuple[RoutinePlayerWindow, Clock]]


@pytest.fixture
def player(qtbot: QtBot) -> MakePlayer:
    def make(**kwargs: Any) -> tuple[RoutinePlayerWindow, Clock]:
        clock = Clock()
        window = RoutinePlayerWindow(
            LIBRARY.routines["bedtime-core"],
            LIBRARY.exercises,
            monotonic=clock,
            wall=lambda: WALL,
            **kwargs,
        )
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(window)
        window.show()
        return window, clock

    return make


def at(window: RoutinePlayerWindow, clock: Clock, seconds: float) -> None:
    clock.now = 1000.0 + seconds
    window._tick()


def test_the_player_reads_its_instruction_side_and_repetition(player: MakePlayer) -> None:
    window, clock = player()
    assert hidden_texts(window) == []  # "Get ready": the steps and the cautions
    assert "Stand facing a wall" in spoken_name(window.instruction_label)
    assert "Stop if you feel sharp pain" in spoken_name(window.caution_label)
    at(window, clock, 7.5)  # Hold, left leg, the first of three
    assert hidden_texts(window) == []
    assert unnamed_controls(window) == []
    assert "Lean toward the wall" in spoken_name(window.instruction_label)
    assert spoken_name(window.side_label) == "LEFT LEG"
    assert spoken_name(window.phase_label) == "Hold"
    assert spoken_name(window.detail_label) == "Repetition 1 of 3"
    assert window.instruction_label.accessibleDescription() == "Instruction"  # structure


def test_the_before_you_start_screen_reads_its_safety_lines(player: MakePlayer) -> None:
    window, _clock = player(intro=True, pregnant=True)
    assert window.showing_intro
    assert hidden_texts(window) == []
    assert unnamed_controls(window) == []
    names = names_of(window)
    for line in (text.stretch_safety(), text.stretch_check_first(), text.stretch_pregnancy()):
        assert flat(line) in names


def test_the_end_of_a_routine_is_read(player: MakePlayer) -> None:
    window, clock = player()
    at(window, clock, 10_000)
    assert window.player.finished
    assert hidden_texts(window) == []
    assert "Well done" in spoken_name(window.end_panel)
    assert window.countdown.accessibleDescription() == ""  # no step left to describe


def test_a_phase_change_is_announced_with_its_side_repetition_and_length(
    player: MakePlayer,
) -> None:
    window, clock = player()
    assert window.announcement() == "Get ready, Standing wall calf stretch, Left leg, 5 seconds"
    at(window, clock, 7.5)
    assert window.announcement() == "Hold, Left leg, Repetition 1 of 3, 10 seconds"
    at(window, clock, 56)
    assert window.announcement() == "Switch to your right leg, 5 seconds"


def test_the_progress_bar_and_ring_do_not_change_what_is_read_every_second(
    player: MakePlayer,
) -> None:
    window, clock = player()
    at(window, clock, 7.5)  # a 10-second hold starts
    value = window.progress.value()
    described = window.progress.accessibleDescription()
    ring = window.countdown.accessibleDescription()
    assert ring == "This step lasts 10 seconds"
    words = window.progress.format()
    for second in range(8, 15):
        at(window, clock, second + 0.5)
        assert window.countdown.seconds == 15 - second  # the ring still counts down on screen
        assert window.progress.format() != words  # and the time left on the bar
        words = window.progress.format()
        assert window.progress.value() == value  # a value change is read as "n percent"
        assert window.progress.accessibleDescription() == described
        assert window.countdown.accessibleDescription() == ring
    at(window, clock, 17)  # the next phase: the bar moves on
    assert window.progress.value() > value


# --- the reminder pop-up and Learn --------------------------------------------------------------


def test_the_pop_ups_danger_signs_and_tip_are_read(qtbot: QtBot) -> None:
    tip = "Roll your shoulders back a few times."
    popup = ReminderPopup(
        [ReminderKind.STRETCH], Settings(), 0, tips={ReminderKind.STRETCH: tip}, red_flags=FLAGS
    )
    qtbot.addWidget(popup)
    popup.show_in_corner()
    popup.help_button.click()
    assert hidden_texts(popup) == []
    assert unnamed_controls(popup) == []
    assert FLAGS is not None
    names = names_of(popup)
    for flag in (*FLAGS.tier(Tier.EMERGENCY), *FLAGS.tier(Tier.TODAY)):
        assert flat(text.data(flag.text)) in names, flag.id
    assert tip in names
    assert popup.red_flags.accessibleDescription() == "Danger signs"


def test_a_water_pop_ups_pointer_is_read(qtbot: QtBot) -> None:
    popup = ReminderPopup([ReminderKind.WATER], Settings(), 500)
    qtbot.addWidget(popup)
    popup.show_in_corner()
    popup.help_button.click()
    assert hidden_texts(popup) == []


def test_learn_reads_every_section(qtbot: QtBot) -> None:
    assert LEARN_PROBLEMS == []
    window = LearnWindow(need(LEARN), CONTENT, set())
    qtbot.addWidget(window)
    window.show()
    assert hidden_texts(window) == []
    assert unnamed_controls(window) == []
    names = names_of(window)
    for section in need(LEARN).sections:
        for bullet in section.bullets:
            assert flat(text.data(bullet.text)) in names, section.id


# --- every other window: no label hides its text, every control has a name ----------------------


def unnamed_outside_spin_boxes(window: QtWidgets.QWidget) -> list[str]:
    # A spin box's own line edit is read as part of the spin box (Qt gives it no interface of
    # its own to name); everything else must have a name.
    return [name for name in unnamed_controls(window) if "qt_spinbox_lineedit" not in name]


def read_in_full(window: QtWidgets.QWidget, where: str, found: dict[str, list[str]]) -> None:
    window.show()
    QtWidgets.QApplication.processEvents()
    wrong = hidden_texts(window) + unnamed_outside_spin_boxes(window)
    if wrong:
        found[where] = wrong


def test_no_label_in_any_window_hides_its_text_and_every_control_is_named(
    make_app: MakeApp, qtbot: QtBot
) -> None:
    from spasm_desktop.ui.record.episode_dialog import EpisodeDialog
    from spasm_desktop.ui.routines.routine_editor import RoutineEditorDialog
    from spasm_desktop.ui.setup.settings_dialog import SettingsDialog
    from tests.fakes import FakeClock, local

    clock = FakeClock(local(2026, 3, 4, 10, 30))
    app, _icon, _notifier = make_app(clock=clock)
    slots = app.windows
    found: dict[str, list[str]] = {}
    app.show_today()
    read_in_full(need(slots.today.window), "Today", found)
    app.record.show_diary()
    read_in_full(need(slots.diary.window), "diary", found)
    app.record.show_history()
    read_in_full(need(slots.history.window), "History", found)
    app.record.show_profile()
    read_in_full(need(slots.profile.window), "health profile", found)
    app.record.show_data()
    data = need(slots.data.window)
    tabs = child(data, QtWidgets.QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        read_in_full(data, f"Your data, {tabs.tabText(index)}", found)
    settings = SettingsDialog(
        Settings(), activity="Detecting activity with: X11", cues="Sound: paplay"
    )
    qtbot.addWidget(settings)
    tabs = child(settings, QtWidgets.QTabWidget)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        read_in_full(settings, f"Settings, {tabs.tabText(index)}", found)
    app.setup.show_welcome()
    welcome = need(slots.welcome.window)
    seen: set[int] = set()
    while welcome.currentId() not in seen:
        seen.add(welcome.currentId())
        read_in_full(welcome, f"welcome, page {welcome.currentId()}", found)
        welcome.next()
    for name, dialog in (
        ("cramp form", EpisodeDialog(None, clock.tz, clock.now, app.relief.content())),
        (
            "routine editor",
            RoutineEditorDialog(app.routines.library, app.paths.routines_dir, "bedtime-core"),
        ),
    ):
        qtbot.addWidget(dialog)
        read_in_full(dialog, name, found)
    app.checkin.open(dt.date(2026, 3, 3))
    read_in_full(need(slots.checkin.window), "check-in", found)
    assert len(seen) >= 4
    assert found == {}
    for slot in (slots.diary, slots.history, slots.profile, slots.checkin, slots.welcome):
        slot.close()
    slots.data.close()
