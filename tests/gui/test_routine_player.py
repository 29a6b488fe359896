"""The stretch player window, driven by a fake monotonic clock."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

import pytest
from PySide6 import QtCore, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.routine import PhaseKind, Side
from spasm_desktop.storage import routines
from spasm_desktop.storage.records import RoutineSession
from spasm_desktop.ui.common import text
from spasm_desktop.ui.routines import routine_player
from spasm_desktop.ui.routines.routine_player import RoutinePlayerWindow
from tests.gui.needed import need

LIBRARY = routines.load_library(None)
WALL = dt.datetime(2026, 11, 24, 21, 30, tzinfo=dt.UTC)


class FakeCues:
    """Cues that record what they were asked to play and say."""

    def __init__(self) -> None:
        self.played: list[str] = []
        self.said: list[str] = []
        self.stopped = 0

    def play(self, name: str) -> None:
        self.played.append(name)

    def say(self, words: str, language: str = "en") -> None:
        self.said.append(words)

    def stop(self) -> None:
        self.stopped += 1


class Clock:
    """A monotonic clock the test moves by hand (``clock.now += 30``)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class MakePlayer(Protocol):
    """``make(name, **options)``: the player of routine ``name`` on a fake clock with fake cues,
    the clock, the cues and every session it reported (the options go to the window).
    """

    def __call__(
        self, name: str = ..., **kwargs: Any
    ) -> tuple[RoutinePlayerWindow, Clock, FakeCues, list[RoutineSession]]: ...


def show_active(qtbot: QtBot, window: RoutinePlayerWindow) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QtWidgets.QApplication.activeWindow() is window)


@pytest.fixture
def make(qtbot: QtBot) -> MakePlayer:
    def factory(
        name: str = "bedtime-core", **kwargs: Any
    ) -> tuple[RoutinePlayerWindow, Clock, FakeCues, list[RoutineSession]]:
        clock = Clock()
        cues = FakeCues()
        window = RoutinePlayerWindow(
            LIBRARY.routines[name],
            LIBRARY.exercises,
            cues=cues,
            monotonic=clock,
            wall=lambda: WALL + dt.timedelta(seconds=clock.now - 1000),
            **kwargs,
        )
        window.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(window)
        sessions: list[RoutineSession] = []
        window.session_ended.connect(sessions.append)
        return window, clock, cues, sessions

    return factory


def at(window: RoutinePlayerWindow, clock: Clock, seconds: float) -> None:
    clock.now = 1000.0 + seconds
    window._tick()


def test_shows_every_part_of_the_current_step(make: MakePlayer) -> None:
    window, clock, cues, _ = make(voice=True)
    window.show()
    assert window._timer.isActive()
    assert window.exercise_label.text() == "Standing wall calf stretch"
    assert window.phase_label.text() == "Get ready"
    assert window.side_label.text() == "LEFT LEG"
    assert window.detail_label.text() == ""
    assert window.countdown.seconds == 5
    assert "Stand facing a wall" in window.instruction_label.text()
    assert "Stop if you feel sharp pain" in window.caution_label.text()
    assert window.next_label.text() == "Next: Hold"
    assert window.progress.format() == "3:40 left"
    assert cues.played == ["next"]
    assert cues.said == ["Standing wall calf stretch. Left leg"]
    at(window, clock, 7.5)
    assert window.phase_label.text() == "Hold"
    assert window.side_label.text() == "LEFT LEG"
    assert window.detail_label.text() == "Repetition 1 of 3"
    assert window.countdown.seconds == 8
    assert "Lean toward the wall" in window.instruction_label.text()
    assert not window.caution_label.isVisibleTo(window)
    assert cues.played[-1] == "hold"
    assert cues.said[-1] == "Hold"
    at(window, clock, 16)
    assert window.phase_label.text() == "Relax"
    assert cues.said[-1] == "Relax"
    at(window, clock, 56)
    assert window.phase_label.text() == "Switch sides"
    assert window.side_label.text() == "RIGHT LEG"
    assert cues.said[-1] == "Switch to your right leg"
    assert window.illustration.mirrored


def test_keyboard_controls(make: MakePlayer, qtbot: QtBot) -> None:
    window, clock, _cues, _ = make()
    show_active(qtbot, window)

    def running() -> bool:
        return window.player.running

    def phase_kind() -> PhaseKind:
        return window.player.phase.kind

    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert not running()
    assert not window._timer.isActive()
    assert window.phase_label.text() == "Paused – Get ready"
    assert "Resume" in window.pause_button.text()
    clock.now += 100
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Space)
    assert running()
    assert window._timer.isActive()
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Right)
    assert phase_kind() is PhaseKind.HOLD
    assert window.player.skipped == [0]
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Left)  # at once: back to "get ready"
    assert window.player.index == 0
    at(window, clock, 120)
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_R)
    assert phase_kind() is PhaseKind.PREPARE


def test_space_on_a_focused_button_presses_it(make: MakePlayer, qtbot: QtBot) -> None:
    # Issue 16: Space presses the focused button; with none focused it pauses (test_keys.py).
    window, _clock, _cues, _ = make()
    show_active(qtbot, window)
    window.next_button.setFocus()
    QtTest.QTest.keyClick(window.next_button, QtCore.Qt.Key.Key_Space)
    assert window.player.running
    assert window.player.index == 1


def test_escape_stops_and_records_where(make: MakePlayer, qtbot: QtBot) -> None:
    window, clock, cues, sessions = make("desk-break")
    show_active(qtbot, window)
    at(window, clock, 10)
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Right)
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert cues.stopped == 1
    (session,) = sessions
    assert session.routine == "desk-break"
    assert not session.finished
    assert session.started == WALL
    assert session.ended == WALL + dt.timedelta(seconds=10)
    assert session.skipped == ("ankle-pumps/none/move",)
    assert session.stopped_at == "calf-raises/none/prepare"


def test_finishing_a_bedtime_routine_shows_the_sleep_tips_then_closes(make: MakePlayer) -> None:
    window, clock, cues, sessions = make(dim=True)
    window.show()
    total = window.player.total()
    at(window, clock, total / 2)
    at(window, clock, total + 0.05)
    assert sessions
    assert sessions[0].finished
    assert sessions[0].stopped_at == ""
    assert cues.played[-1] == "done"
    panel = window.end_panel.text()
    for tip in text.sleep_tips():
        assert tip in panel
    assert "closes by itself in 90 s" in panel
    assert not window.pause_button.isEnabled()
    assert window.stop_button.isEnabled()
    at(window, clock, total + routine_player.CLOSE_AFTER_S - 1)
    assert window.isVisible()
    at(window, clock, total + routine_player.CLOSE_AFTER_S + 1)
    assert not window.isVisible()
    assert len(sessions) == 1  # closing after the end records nothing more


def test_desk_routine_ends_without_closing_itself(make: MakePlayer) -> None:
    window, clock, _cues, sessions = make("desk-break")
    window.show()
    at(window, clock, window.player.total() + 1)
    assert sessions[0].finished
    assert "Before you sleep" not in window.end_panel.text()
    assert not window._timer.isActive()
    at(window, clock, 10_000)
    assert window.isVisible()


def test_nothing_ticks_while_hidden(make: MakePlayer) -> None:
    window, _clock, _cues, _ = make()
    window.show()
    assert window._timer.isActive()
    window.hide()
    assert not window._timer.isActive()
    window.show()
    assert window._timer.isActive()


def test_seated_variant_switch(make: MakePlayer) -> None:
    window, _clock, _cues, sessions = make()
    asked: list[str] = []
    window.switch_requested.connect(asked.append)
    window.show()
    assert window.seated_button.isVisibleTo(window)
    window.seated_button.click()
    assert asked == ["bedtime-core-seated"]
    window.close()
    assert sessions == []  # nothing was done yet
    other, _c, _q, _s = make("desk-break-seated")
    assert not other.seated_button.isVisibleTo(other)
    desk, _c, _q, _s = make("desk-break")
    assert desk.seated_button.isVisibleTo(desk)  # the seated desk break (CONTENT.md §7a)


def test_hold_preference_and_sound_off(make: MakePlayer) -> None:
    window, clock, cues, _ = make("bedtime-extended", hold_pref_s=45, sound=False)
    window.show()
    at(window, clock, 6)
    assert window.countdown.seconds == 44
    assert cues.played == []


def test_the_bedtime_routine_keeps_10_second_holds_with_a_longer_hold_setting(
    make: MakePlayer,
) -> None:
    # CONTENT.md §1.2: the study's dose; longer holds apply to the other routines.
    window, clock, _cues, _ = make(hold_pref_s=45)
    window.show()
    at(window, clock, 6)
    assert window.player.phase.kind is PhaseKind.HOLD
    assert window.countdown.seconds == 9


# --- the first screen ---------------------------------------------------------------------------


def intro_texts(window: RoutinePlayerWindow) -> dict[str, str]:
    return {key: label.text() for key, label in window.intro_lines.items()}


def test_first_screen_when_pregnant_shows_the_pregnancy_and_surgery_lines(
    make: MakePlayer, qtbot: QtBot
) -> None:
    window, clock, _cues, sessions = make(intro=True, pregnant=True)
    seen: list[bool] = []
    window.intro_seen.connect(lambda: seen.append(True))
    window.show()
    assert window.intro_page.isVisible()
    assert not window.routine_page.isVisible()
    lines = intro_texts(window)
    assert text.stretch_pregnancy() in lines["pregnancy"]
    assert "midwife or doctor" in lines["pregnancy"]
    assert text.stretch_check_first() in lines["surgery"]
    assert "surgery" in lines["surgery"]
    assert "joint replacement" in lines["surgery"]
    assert text.stretch_safety() in lines["safety"]
    assert "never a chair on wheels" in lines["balance"]  # the routine has standing steps
    assert need(window.findChild(QtWidgets.QLabel, "intro_length")).text() == "Takes 3 min 40 s."
    # Nothing runs while the first screen is on.
    assert not window.player.started
    assert not window._timer.isActive()
    clock.now += 30
    assert window.player.elapsed(clock.now) == 0
    assert seen == []
    window.close()
    assert sessions == []  # not started: no session


def test_first_screen_without_pregnancy_has_no_pregnancy_line(make: MakePlayer) -> None:
    window, _clock, _cues, _ = make("desk-break-seated", intro=True)
    window.show()
    lines = intro_texts(window)
    assert "pregnancy" not in lines
    assert "balance" not in lines  # nothing to stand for
    assert set(lines) == {"safety", "surgery"}
    assert not window.intro_seated_button.isVisibleTo(window)


def test_no_first_screen_unless_asked(make: MakePlayer) -> None:
    window, _clock, _cues, _ = make(pregnant=True)
    window.show()
    assert window.routine_page.isVisible()
    assert not window.intro_page.isVisible()
    assert window.player.started


@pytest.mark.parametrize("key", [QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Space])
def test_enter_or_space_starts_from_the_first_screen(
    make: MakePlayer, qtbot: QtBot, key: QtCore.Qt.Key
) -> None:
    window, clock, _cues, _ = make(intro=True)
    seen: list[bool] = []
    window.intro_seen.connect(lambda: seen.append(True))
    show_active(qtbot, window)
    QtTest.QTest.keyClick(window, key)
    assert seen == [True]
    assert window.routine_page.isVisible()
    assert not window.intro_page.isVisible()
    assert window.player.started
    assert window.player.running
    assert window._timer.isActive()
    at(window, clock, 6)
    assert window.player.phase.kind is PhaseKind.HOLD


def test_escape_closes_the_first_screen(make: MakePlayer, qtbot: QtBot) -> None:
    window, _clock, _cues, sessions = make(intro=True)
    seen: list[bool] = []
    window.intro_seen.connect(lambda: seen.append(True))
    show_active(qtbot, window)
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Escape)
    assert not window.isVisible()
    assert seen == []
    assert sessions == []


def test_seated_from_the_first_screen_counts_as_read(make: MakePlayer) -> None:
    window, _clock, _cues, sessions = make(intro=True, pregnant=True)
    asked: list[str] = []
    seen: list[bool] = []
    window.switch_requested.connect(asked.append)
    window.intro_seen.connect(lambda: seen.append(True))
    window.show()
    assert window.intro_seated_button.isVisibleTo(window)
    window.intro_seated_button.click()
    assert asked == ["bedtime-core-seated"]
    assert seen == [True]
    window.close()
    assert sessions == []


def test_first_screen_buttons_are_named_and_large(make: MakePlayer) -> None:
    window, _clock, _cues, _ = make(intro=True, pregnant=True)
    window.show()
    height = window.fontMetrics().height()
    for button in (window.start_button, window.intro_seated_button, window.intro_close_button):
        assert button.accessibleName()
        assert button.minimumHeight() >= 3 * height
    assert window.start_button.hasFocus() or window.start_button.isDefault()


def test_controls_are_large_and_named(make: MakePlayer) -> None:
    window, _clock, _cues, _ = make()
    window.show()
    height = window.fontMetrics().height()
    for button in window.findChildren(QtWidgets.QPushButton):
        assert button.accessibleName(), button.text()
        if button not in (window.seated_later_button, window.full_button):  # the header
            assert button.minimumHeight() >= 3 * height
    for widget in (window.countdown, window.illustration, window.progress):
        assert widget.accessibleName()
    assert window.illustration.accessibleDescription() == "Standing wall calf stretch. Left leg"


def test_dim_look_is_dark(make: MakePlayer) -> None:
    window, _clock, _cues, _ = make(dim=True)
    background = window.palette().color(window.backgroundRole())
    ink = window.palette().color(window.foregroundRole())
    assert background.lightness() < 40
    assert 150 < ink.lightness() < 230


def test_every_illustration_renders_in_both_themes(qtbot: QtBot) -> None:
    from spasm_desktop.ui.common import assets

    light = QtWidgets.QApplication.palette()
    dark = routine_player.dim_palette()
    for exercise in LIBRARY.exercises.values():
        source = assets.illustration_bytes(exercise.illustration)
        if not source:
            pytest.skip(f"illustration {exercise.illustration} not drawn yet")
        for palette in (light, dark):
            themed = assets.themed_svg(source, palette)
            assert b"#2b2b2b" not in themed or palette is light
            from PySide6 import QtSvg

            assert QtSvg.QSvgRenderer(QtCore.QByteArray(themed)).isValid(), exercise.id


def test_side_none_is_not_mirrored(make: MakePlayer) -> None:
    window, _clock, _cues, _ = make("desk-break")
    window.show()
    assert window.player.phase.side is Side.NONE
    assert not window.illustration.mirrored
    assert window.side_label.text() == ""


def test_wakes_only_when_the_display_changes(make: MakePlayer) -> None:
    window, clock, _cues, _ = make()
    window.show()
    assert window._timer.isSingleShot()
    assert window._timer.interval() == 1000
    at(window, clock, 7.25)  # 7.75 s left in the hold: next change at the next whole second
    assert window._timer.interval() == 750
    at(window, clock, 14.5)  # 0.5 s left in the hold: wake exactly at its end
    assert window._timer.interval() == 500
    window.toggle_pause()
    assert not window._timer.isActive()


def test_getting_ready_for_a_standing_stretch_names_its_seated_alternative(
    make: MakePlayer,
) -> None:
    window, _clock, _cues, _ = make("desk-break")
    window.show()
    while window.player.phase.exercise.id != "calf-raises":
        window._control(window.player.next)
    assert window.player.phase.kind is PhaseKind.PREPARE
    assert "Do this instead: Ankle pumps." in window.caution_label.text()
    assert "never a chair on wheels" in window.caution_label.text().lower()
    while window.player.phase.exercise.id != "neck-side-tilt":
        window._control(window.player.next)
    assert "instead" not in window.caution_label.text()  # seated already


# --- read from a metre away ---------------------------------------------------------------------


def test_f11_and_the_button_toggle_full_screen(make: MakePlayer, qtbot: QtBot) -> None:
    window, _clock, _cues, _ = make()
    show_active(qtbot, window)
    assert not window.isFullScreen()
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_F11)
    assert window.isFullScreen()
    assert window.full_button.text() == "Leave full screen"
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_F11)
    assert not window.isFullScreen()
    window.full_button.click()
    assert window.isFullScreen()
    window.full_button.click()
    assert not window.isFullScreen()
    assert window.full_button.text() == "Full screen"


def test_the_side_phase_and_instruction_grow_with_the_window(make: MakePlayer) -> None:
    window, _clock, _cues, _ = make()
    window.show()
    window.resize(640, 420)
    small = {
        label: getattr(window, label).font().pointSizeF()
        for label in ("side_label", "phase_label", "instruction_label")
    }
    window.resize(1900, 1040)
    for label, size in small.items():
        assert getattr(window, label).font().pointSizeF() > size * 1.5, label
    # The side is said in large type: larger than the instruction and the window's own text.
    assert window.side_label.text() == "LEFT LEG"
    assert window.side_label.font().pointSizeF() > window.instruction_label.font().pointSizeF()
    assert window.side_label.font().pointSizeF() >= 2 * window.font().pointSizeF()


def test_the_working_side_is_marked_on_the_drawing(make: MakePlayer) -> None:
    window, clock, _cues, _ = make()
    window.show()
    assert window.illustration.side_mark == (Side.LEFT, "LEFT LEG")
    total = window.player.total()
    for second in range(int(total)):
        at(window, clock, second)
        if window.player.phase.side is Side.RIGHT:
            break
    assert window.illustration.side_mark == (Side.RIGHT, "RIGHT LEG")
    assert window.illustration.mirrored


def test_get_ready_hold_and_relax_look_different_on_the_drawing(make: MakePlayer) -> None:
    window, clock, _cues, _ = make()
    window.resize(900, 600)
    window.show()
    styles = {}
    pictures = {}
    for second in range(40):
        at(window, clock, second)
        kind = window.player.phase.kind
        if kind in (PhaseKind.PREPARE, PhaseKind.HOLD, PhaseKind.RELAX) and kind not in styles:
            styles[kind] = window.illustration.frame_style
            pictures[kind] = window.illustration.grab().toImage()
    assert set(styles) == {PhaseKind.PREPARE, PhaseKind.HOLD, PhaseKind.RELAX}
    # Not by colour alone: the frame's line differs too.
    assert len({s.pen for s in styles.values()}) == 3
    assert len({s.colour for s in styles.values()}) == 3
    assert len({pictures[k].cacheKey() for k in pictures}) == 3
    assert pictures[PhaseKind.PREPARE] != pictures[PhaseKind.HOLD] != pictures[PhaseKind.RELAX]


def test_badge_text_on_the_drawing_reads_in_every_theme() -> None:
    from PySide6 import QtGui

    from spasm_desktop.ui.routines import player_parts

    white = QtGui.QColor(player_parts.BADGE_TEXT)
    for fill in [*player_parts.BADGE_FILLS.values(), player_parts.SIDE_FILL]:
        assert player_parts.contrast(white, QtGui.QColor(fill)) >= 4.5, fill


def test_do_it_seated_is_a_large_choice_on_the_first_screen(make: MakePlayer) -> None:
    window, clock, _cues, _ = make("desk-break", intro=True)
    window.show()
    assert window.showing_intro
    assert window.intro_seated_button.isVisibleTo(window)
    assert window.intro_seated_button.width() >= window.start_button.width() * 0.9
    window.start()
    # Without the first screen, the routine's own first screen offers it, large.
    plain, clock, _cues, _ = make("desk-break")
    plain.show()
    height = plain.fontMetrics().height()
    assert plain.seated_button.isVisibleTo(plain)
    assert plain.seated_button.minimumHeight() >= 3 * height
    assert not plain.seated_later_button.isVisibleTo(plain)
    first = plain.player.phase.step
    for second in range(int(plain.player.total())):
        at(plain, clock, second)
        if plain.player.phase.step != first:
            break
    # Later, the seated version stays in reach in the header.
    assert not plain.seated_button.isVisibleTo(plain)
    assert plain.seated_later_button.isVisibleTo(plain)
