"""The stretch player: a window that guides a routine phase by phase, with a big countdown.

All timing comes from :class:`spasm_desktop.core.routine.RoutinePlayer` against a monotonic clock.
The window wakes only when what it shows changes: a precise single-shot timer is armed for the
next whole second of the countdown or the end of the phase, whichever comes first, and only
while the window is visible and the routine runs. A late wake-up never shifts later phases.

Keys: Space pause/resume, ← back, → next, R repeat the exercise, F11 full screen, Esc stop. Every
control also has a large button. It is read from a metre away: the caller opens it maximised
(unless it shares the screen with the relief card), and the side, the phase word and the
instruction grow with the window. "Do it seated" is a large choice on the first screen. The
bedtime look is dim (dark, low contrast) for a bedroom at night.

With ``intro`` the window opens on a "before you start" screen (CONTENT.md §6.2 exercise safety,
§7a): stop on sharp pain or dizziness; recent surgery, a joint replacement or a new injury:
check with your clinician; with ``pregnant``, check with your midwife or doctor. Nothing runs
until the person starts (Enter or Space); Esc closes. The caller decides when (on the first run
ever, and every time for a pregnant person: :func:`spasm_desktop.core.routine.needs_intro`).
"""

from __future__ import annotations

import datetime as dt
import math
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import player_next
from spasm_desktop.core import routine as rt
from spasm_desktop.core.routine import PhaseKind, PlayerEvent, Side
from spasm_desktop.storage.records import RoutineSession
from spasm_desktop.ui.common import assets, look, text
from spasm_desktop.ui.common.announce import announce
from spasm_desktop.ui.common.roles import Role, set_role
from spasm_desktop.ui.routines.player_parts import (
    PHASE_COLOURS,
    Countdown,
    PhaseDrawing,
    dim_palette,
)
from spasm_desktop.ui.routines.player_type import PlayerType

__all__ = ["CLOSE_AFTER_S", "PHASE_COLOURS", "Countdown", "RoutinePlayerWindow", "dim_palette"]

# After the end of a bedtime routine the window closes itself after this long.
CLOSE_AFTER_S = 90
_SOUNDS = {
    PhaseKind.PREPARE: "next",
    PhaseKind.HOLD: "hold",
    PhaseKind.MOVE: "hold",
    PhaseKind.RELAX: "relax",
    PhaseKind.SWITCH: "switch",
}


class RoutinePlayerWindow(QtWidgets.QWidget):
    """Guides one routine.

    Signals:
        session_ended(object): a :class:`RoutineSession` when the routine finished or was
            stopped after it started (once).
        switch_requested(str): the person asked for another routine (the seated variant).
        phase_changed(int): a new phase began (its index), by time or by the controls.
        relief_requested(): the relief panel's key was pressed.
        intro_seen(): the person read the first screen and went on (Start or Do it seated).
    """

    session_ended = QtCore.Signal(object)
    switch_requested = QtCore.Signal(str)
    phase_changed = QtCore.Signal(int)
    relief_requested = QtCore.Signal()
    intro_seen = QtCore.Signal()

    def __init__(
        self,
        routine: rt.Routine,
        exercises: Mapping[str, rt.Exercise],
        hold_pref_s: int = 0,
        cues: Any = None,
        sound: bool = True,
        voice: bool = False,
        dim: bool = False,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        parent: QtWidgets.QWidget | None = None,
        *,
        intro: bool = False,
        pregnant: bool = False,
    ) -> None:
        """``intro`` opens on the "before you start" screen; ``pregnant`` adds its line."""
        super().__init__(parent)
        self.routine = routine
        self.player = rt.RoutinePlayer(rt.timeline(routine, exercises, hold_pref_s))
        self._exercises = exercises
        self._standing = rt.has_standing_step(routine, exercises)
        self._pregnant = pregnant
        # Whether the routine may start: no first screen, or the person went past it.
        self.intro_done = not intro
        self._cues = cues
        self._sound = sound
        self._voice = voice
        self._monotonic = monotonic
        self._wall = wall
        self._started_at: dt.datetime | None = None
        self._reported = False
        self._close_at: float | None = None
        self._end_lines: list[str] = []
        # The step, running and finished state the progress bar last showed (it moves only
        # when one of them changes: a screen reader reads every change of its value).
        self._progress_mark: tuple[int, bool, bool] | None = None
        self.setWindowTitle(text.window_title(text.data(routine.name)))
        self.setWindowIcon(assets.icon("stretch"))
        self.setAccessibleName(self.tr("Stretch player"))
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        if dim:
            self.setPalette(dim_palette())
            self.setAutoFillBackground(True)
        self._build()
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(QtCore.Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._shortcuts()
        self._render()
        self._before_full = QtCore.Qt.WindowState.WindowNoState
        self._type.rescale()
        self.resize(self.sizeHint())

    # --- layout -------------------------------------------------------------------------------

    def _build(self) -> None:
        self._pages = QtWidgets.QStackedLayout(self)
        self.intro_page = self._build_intro()
        self.routine_page = QtWidgets.QWidget()
        self._pages.addWidget(self.intro_page)
        self._pages.addWidget(self.routine_page)
        self._pages.setCurrentWidget(self.routine_page if self.intro_done else self.intro_page)
        outer = QtWidgets.QVBoxLayout(self.routine_page)
        top = QtWidgets.QHBoxLayout()
        self.title_label = QtWidgets.QLabel(text.data(self.routine.name))
        self.title_label.setAccessibleDescription(self.tr("Routine"))
        self.title_label.setWordWrap(True)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setAccessibleName(self.tr("Progress through the routine"))
        # "Do it seated": a large choice while the first exercise is on, then a header button.
        self.seated_button = self._button(
            self.tr("Standing is hard? Do it &seated"), self.tr("Switch to the seated version")
        )
        self.seated_button.setObjectName("seated_choice")
        self.seated_later_button = QtWidgets.QPushButton(self.tr("Do it &seated"))
        self.seated_later_button.setAccessibleName(self.tr("Switch to the seated version"))
        self.seated_later_button.setToolTip(
            self.tr("The seated version of this routine, if standing is hard.")
        )
        for button in (self.seated_button, self.seated_later_button):
            button.clicked.connect(self._to_seated)
        self.full_button = QtWidgets.QPushButton(self.tr("Full screen"))
        self.full_button.setAccessibleName(self.tr("Full screen on or off (F11)"))
        self.full_button.setToolTip(self.tr("Full screen on or off (F11)"))
        self.full_button.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
        self.full_button.clicked.connect(self.toggle_full_screen)
        top.addWidget(self.title_label, 1)
        top.addWidget(self.seated_later_button)
        top.addWidget(self.full_button)
        top.addWidget(self.progress, 1)
        outer.addLayout(top)

        middle = QtWidgets.QHBoxLayout()
        self.illustration = PhaseDrawing()
        self.illustration.setAccessibleName(self.tr("Illustration"))
        middle.addWidget(self.illustration, 3)
        right = QtWidgets.QVBoxLayout()
        self.exercise_label = self._text_label(self.tr("Exercise"))
        self.side_label = self._text_label(self.tr("Side"))
        self.side_label.setObjectName("side")
        self.phase_label = self._text_label(self.tr("Step"))
        self.detail_label = self._text_label(self.tr("Repetition"))
        self.countdown = Countdown()
        self.instruction_label = self._text_label(self.tr("Instruction"))
        self.caution_label = self._text_label(self.tr("Cautions"))
        # The instruction and cautions scroll when squeezed: they never run into each other.
        words = QtWidgets.QWidget()
        words_column = QtWidgets.QVBoxLayout(words)
        words_column.setContentsMargins(0, 0, 0, 0)
        words_column.addWidget(self.instruction_label)
        words_column.addWidget(self.caution_label)
        words_column.addStretch(1)
        self.words_scroll = QtWidgets.QScrollArea()
        self.words_scroll.setWidgetResizable(True)
        self.words_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.words_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.words_scroll.setWidget(words)
        self.words_scroll.setMinimumHeight(self.fontMetrics().height() * 3)
        self.words_scroll.setAccessibleName(self.tr("Instruction and cautions"))
        # The ring beside the side and the phase word, not under them: the instruction below
        # keeps the height (read without scrolling on a 1024x600 screen at 150% text).
        right.addWidget(self.exercise_label)
        state = QtWidgets.QHBoxLayout()
        words_now = QtWidgets.QVBoxLayout()
        for widget in (self.side_label, self.phase_label, self.detail_label):
            words_now.addWidget(widget)
        words_now.addStretch(1)
        state.addLayout(words_now, 1)
        state.addWidget(self.countdown)
        right.addLayout(state)
        right.addWidget(self.seated_button)
        right.addWidget(self.words_scroll, 1)
        middle.addLayout(right, 2)
        outer.addLayout(middle, 1)
        self._words_shown: tuple[str | bool, ...] = ()
        self._type = PlayerType(self, middle)

        self.next_label = QtWidgets.QLabel()
        self.next_label.setWordWrap(True)
        outer.addWidget(self.next_label)

        controls = QtWidgets.QHBoxLayout()
        self.back_button = self._button(self.tr("◀ Back"), self.tr("Back (Left arrow)"))
        self.pause_button = self._button(self.tr("Pause"), self.tr("Pause or resume (Space)"))
        self.next_button = self._button(self.tr("Next ▶"), self.tr("Next (Right arrow)"))
        self.repeat_button = self._button(self.tr("↻ Repeat"), self.tr("Repeat this exercise (R)"))
        self.stop_button = self._button(self.tr("■ Stop"), self.tr("Stop (Escape)"))
        self.back_button.clicked.connect(lambda: self._control(self.player.back))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.next_button.clicked.connect(lambda: self._control(self.player.next))
        self.repeat_button.clicked.connect(lambda: self._control(self.player.repeat))
        self.stop_button.clicked.connect(self.stop)
        for button in (
            self.back_button,
            self.pause_button,
            self.next_button,
            self.repeat_button,
            self.stop_button,
        ):
            controls.addWidget(button)
        outer.addLayout(controls)

        self.end_panel = QtWidgets.QLabel()
        self.end_panel.setWordWrap(True)
        self.end_panel.setAccessibleDescription(self.tr("Routine finished"))
        self.end_panel.setVisible(False)
        outer.addWidget(self.end_panel)

    def _build_intro(self) -> QtWidgets.QWidget:
        """The "before you start" screen: what to check first, then Start."""
        page = QtWidgets.QWidget()
        page.setObjectName("intro")
        page.setAccessibleName(self.tr("Before you start"))
        column = QtWidgets.QVBoxLayout(page)
        title = QtWidgets.QLabel(text.data(self.routine.name))
        title.setObjectName("intro_title")
        title.setAccessibleDescription(self.tr("Routine"))
        title.setWordWrap(True)
        big = title.font()
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        title.setFont(big)
        length = QtWidgets.QLabel(
            self.tr("Takes %1.").replace("%1", text.routine_length(round(self.player.total())))
        )
        length.setObjectName("intro_length")
        heading = QtWidgets.QLabel(self.tr("Before you start"))
        set_role(heading, Role.HEADING)
        heading.setFont(look.heading_font(heading.font(), look.Level.SECTION))
        column.addWidget(title)
        column.addWidget(length)
        column.addSpacing(self.fontMetrics().height())
        column.addWidget(heading)
        lines = [("safety", text.stretch_safety()), ("surgery", text.stretch_check_first())]
        if self._pregnant:
            lines.append(("pregnancy", text.stretch_pregnancy()))
        if self._standing:
            lines.append(("balance", text.stretch_balance()))
        self.intro_lines: dict[str, QtWidgets.QLabel] = {}
        larger = self.font()
        larger.setPointSizeF(larger.pointSizeF() * 1.15)
        for key, line in lines:
            label = QtWidgets.QLabel(f"• {line}")
            label.setObjectName(f"intro_{key}")
            label.setWordWrap(True)
            label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            label.setFont(larger)
            if key == "pregnancy":
                bold = label.font()
                bold.setBold(True)
                label.setFont(bold)
            column.addWidget(label)
            column.addSpacing(self.fontMetrics().height() // 3)
            self.intro_lines[key] = label
        column.addStretch(1)
        keys = QtWidgets.QLabel(self.tr("Enter or Space starts. Esc closes."))
        keys.setObjectName("intro_keys")
        column.addWidget(keys)
        row = QtWidgets.QHBoxLayout()
        self.start_button = QtWidgets.QPushButton(self.tr("▶ &Start"))
        self.start_button.setObjectName("intro_start")
        self.start_button.setAccessibleName(self.tr("Start the routine (Enter)"))
        self.start_button.setMinimumHeight(self.fontMetrics().height() * 3)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.intro_seated_button = QtWidgets.QPushButton(self.tr("Do it s&eated instead"))
        self.intro_seated_button.setObjectName("intro_seated")
        self.intro_seated_button.setAccessibleName(self.tr("Switch to the seated version"))
        self.intro_seated_button.setMinimumHeight(self.fontMetrics().height() * 3)
        self.intro_seated_button.setVisible(self.routine.seated_variant is not None)
        self.intro_seated_button.clicked.connect(self._to_seated)
        self.intro_close_button = QtWidgets.QPushButton(self.tr("Close"))
        self.intro_close_button.setObjectName("intro_close")
        self.intro_close_button.setAccessibleName(self.tr("Close (Escape)"))
        self.intro_close_button.setMinimumHeight(self.fontMetrics().height() * 3)
        self.intro_close_button.clicked.connect(self.close)
        row.addWidget(self.start_button, 2)
        row.addWidget(self.intro_seated_button, 2)
        row.addWidget(self.intro_close_button, 1)
        column.addLayout(row)
        return page

    @property
    def showing_intro(self) -> bool:
        """Whether the "before you start" screen is on."""
        return not self.intro_done

    def start(self) -> None:
        """Leave the first screen and start the routine (Start, Enter or Space)."""
        if self.intro_done:
            return
        self.intro_done = True
        self._pages.setCurrentWidget(self.routine_page)
        self.pause_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        self.intro_seen.emit()
        if self.isVisible() and not self.player.started:
            self._started_at = self._wall()
            self._handle(self.player.start(self._monotonic()))
        self._arm()
        self._type.fit_words()

    def _text_label(self, name: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel()
        label.setWordWrap(True)
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        label.setAccessibleDescription(name)  # its name stays its text
        return label

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        """Qt: scale the words to the new size."""
        super().resizeEvent(event)
        self._type.rescale()
        self._type.fit_words()

    def toggle_full_screen(self) -> None:
        """Full screen on or off (F11 or the button); off goes back to how it was before."""
        if self.isFullScreen():
            self.setWindowState(self._before_full)
            self.full_button.setText(self.tr("Full screen"))
        else:
            self._before_full = self.windowState() & ~QtCore.Qt.WindowState.WindowFullScreen
            self.setWindowState(self.windowState() | QtCore.Qt.WindowState.WindowFullScreen)
            self.full_button.setText(self.tr("Leave full screen"))

    def _button(self, label: str, accessible: str) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(label)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setMinimumHeight(self.fontMetrics().height() * 3)
        # Tab reaches them (a click leaves the focus where it was); Space and Return press the
        # focused one (see _press_or).
        button.setFocusPolicy(QtCore.Qt.FocusPolicy.TabFocus)
        return button

    def _shortcuts(self) -> None:
        keys: list[tuple[QtCore.Qt.Key, Callable[[], None]]] = [
            (QtCore.Qt.Key.Key_Space, lambda: self._press_or(self.toggle_pause)),
            (QtCore.Qt.Key.Key_Left, lambda: self._control(self.player.back)),
            (QtCore.Qt.Key.Key_Right, lambda: self._control(self.player.next)),
            (QtCore.Qt.Key.Key_R, lambda: self._control(self.player.repeat)),
            (QtCore.Qt.Key.Key_Escape, self.stop),
            (QtCore.Qt.Key.Key_F11, self.toggle_full_screen),
            (QtCore.Qt.Key.Key_Return, lambda: self._press_or(self.start)),
            (QtCore.Qt.Key.Key_Enter, lambda: self._press_or(self.start)),
        ]
        for key, slot in keys:
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), self)
            shortcut.activated.connect(slot)
        relief = QtGui.QShortcut(QtGui.QKeySequence(text.RELIEF_SHORTCUT), self)
        relief.activated.connect(self.relief_requested)

    def _press_or(self, action: Callable[[], None]) -> None:
        """Press the focused button (Space, Return); with none focused, ``action()``."""
        focused = self.focusWidget()
        if isinstance(focused, QtWidgets.QAbstractButton) and focused.isVisible():
            if focused.isEnabled():
                focused.click()
            return
        action()

    # --- running ------------------------------------------------------------------------------

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Qt: focus Start (or Pause), and run the timer again while on screen."""
        super().showEvent(event)
        if self.showing_intro:
            self.start_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
        else:
            self.pause_button.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)
            if not self.player.started:
                self._started_at = self._wall()
                self._handle(self.player.start(self._monotonic()))
        self._arm()
        self._type.fit_words()

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        """Qt: nothing ticks while nothing is on screen."""
        self._timer.stop()  # nothing ticks while nothing is on screen
        super().hideEvent(event)

    def stop(self) -> None:
        """Stop the routine and close the window (Esc)."""
        self.close()

    def toggle_pause(self) -> None:
        """Pause or resume (Space); on the first screen, start."""
        if self.showing_intro:
            self.start()
            return
        if self.player.over:
            return
        now = self._monotonic()
        self.player.toggle(now)
        self._render()
        self._arm()
        announce(
            self.phase_label, self.tr("Paused") if not self.player.running else self.announcement()
        )

    def _control(self, action: Callable[[float], list[PlayerEvent]]) -> None:
        self._handle(action(self._monotonic()))
        self._arm()

    def _arm(self) -> None:
        """Wake up when the display next changes: the next whole second, or the phase's end."""
        now = self._monotonic()
        if not self.isVisible():
            self._timer.stop()
            return
        if self._close_at is not None:
            left = self._close_at - now
        elif self.player.running:
            left = self.player.phase_remaining(now)
        else:
            self._timer.stop()
            return
        to_next_second = left - math.floor(left) or 1.0
        delay = max(0.0, min(left, to_next_second))
        self._timer.start(max(1, math.ceil(delay * 1000)))

    def _tick(self) -> None:
        if self._close_at is not None:
            if self._monotonic() >= self._close_at:
                self.close()
                return
            self._render_end()
        else:
            self._handle(self.player.update(self._monotonic()))
        self._arm()

    def _handle(self, events: list[PlayerEvent]) -> None:
        if PlayerEvent.FINISHED in events:
            self._finished()
            return
        if PlayerEvent.PHASE in events:
            self._cue()
            self.phase_changed.emit(self.player.index)
        self._render()
        if PlayerEvent.PHASE in events:
            announce(self.phase_label, self.announcement(), urgent=True)

    def _cue(self) -> None:
        if self._cues is None:
            return
        phase = self.player.phase
        if self._sound:
            self._cues.play(_SOUNDS[phase.kind])
        if self._voice:
            self._cues.say(self._spoken(phase), QtCore.QLocale().name())

    @staticmethod
    def _spoken(phase: rt.Phase) -> str:
        if phase.kind is PhaseKind.SWITCH:
            return text.switch_cue(phase.exercise.limb, phase.side)
        if phase.kind is PhaseKind.PREPARE:
            side = text.side_name(phase.exercise.limb, phase.side)
            name = text.data(phase.exercise.name)
            return f"{name}. {side}" if side else name
        return text.phase_name(phase.kind)

    def _finished(self) -> None:
        self._report()
        if self._cues is not None and self._sound:
            self._cues.play("done")
        tips = self.routine.sleep_tips
        lines = [self.tr("Well done. That's the routine.")]
        if tips:
            lines.append(self.tr("Before you sleep:"))
            lines.extend(f"• {tip}" for tip in text.sleep_tips())
            self._close_at = self._monotonic() + CLOSE_AFTER_S
        self._end_lines = lines
        for widget in (self.back_button, self.pause_button, self.next_button, self.repeat_button):
            widget.setEnabled(False)
        self.stop_button.setText(self.tr("&Close"))
        self.stop_button.setAccessibleName(self.tr("Close"))
        self.seated_button.setVisible(False)
        self.seated_later_button.setVisible(False)
        self._render()
        self._render_end()
        announce(self.end_panel, self._end_lines[0], urgent=True)

    def _render_end(self) -> None:
        lines = list(self._end_lines)
        if self._close_at is not None:
            left = max(0, round(self._close_at - self._monotonic()))
            lines.append(
                self.tr("This window closes by itself in %1 s.").replace(
                    "%1", QtCore.QLocale().toString(left)
                )
            )
        self.end_panel.setText("\n".join(lines))
        self.end_panel.setVisible(True)
        self._type.fit_words()

    def _report(self) -> None:
        if self._reported or self._started_at is None:
            return
        self._reported = True
        skipped = tuple(_where(self.player.phases[i]) for i in self.player.skipped)
        stopped_at = "" if self.player.finished else _where(self.player.phase)
        self.session_ended.emit(
            RoutineSession(
                self.routine.id,
                self._started_at,
                self._wall(),
                self.player.finished,
                stopped_at,
                skipped,
            )
        )

    def _to_seated(self) -> None:
        if self.routine.seated_variant:
            if self.showing_intro:
                self.intro_done = True  # read, and the person chose: the seated one starts
                self.intro_seen.emit()
            if self.player.index == 0:
                self._reported = True  # nothing done yet: not a session of this routine
            self.switch_requested.emit(self.routine.seated_variant)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Closing (Stop, Esc, the window's close button) stops the routine and records it."""
        self._timer.stop()
        if not self.player.over and self.player.started:
            self.player.stop(self._monotonic())
        self._report()
        if self._cues is not None:
            self._cues.stop()
        super().closeEvent(event)

    # --- showing the state -------------------------------------------------------------------

    def _render(self) -> None:
        now = self._monotonic()
        player = self.player
        phase = player.phase
        exercise = phase.exercise
        self.exercise_label.setText(text.data(exercise.name))
        self.illustration.show_exercise(exercise.illustration, phase.side is Side.RIGHT)
        side = text.side_name(exercise.limb, phase.side)
        self.illustration.setAccessibleDescription(
            f"{text.data(exercise.name)}. {side}" if side else text.data(exercise.name)
        )
        if player.finished:
            self.phase_label.setText(self.tr("Done"))
            self.countdown.set_state(0, 0, PhaseKind.RELAX)  # no step left: nothing to read
        else:
            name = text.phase_name(phase.kind)
            if not player.running and player.started:
                name = self.tr("Paused – %1").replace("%1", name)
            self.phase_label.setText(name)
            self.countdown.set_state(player.phase_remaining(now), phase.duration_s, phase.kind)
        loud_side = QtCore.QLocale().toUpper(side)
        self.side_label.setText(loud_side)
        self.side_label.setVisible(bool(side))
        shown_phase = self.tr("Done") if player.finished else text.phase_name(phase.kind)
        self.illustration.set_phase(
            phase.kind, QtCore.QLocale().toUpper(shown_phase), phase.side, loud_side
        )
        repetition = ""
        if phase.kind in (PhaseKind.HOLD, PhaseKind.MOVE, PhaseKind.RELAX) and phase.reps > 1:
            repetition = text.repetition(phase.rep, phase.reps)
        self.detail_label.setText(repetition)
        self.detail_label.setVisible(bool(repetition))
        seated = self.routine.seated_variant is not None and not player.over
        first = phase.step == player.phases[0].step
        self.seated_button.setVisible(seated and first)
        self.seated_later_button.setVisible(seated and not first)
        self.instruction_label.setText(self._instruction(phase))
        cautions = [text.data(c) for c in exercise.cautions]
        alternative = self._exercises.get(exercise.seated_alternative)
        if alternative is not None:
            cautions.append(
                self.tr("Standing is hard? Do this instead: %1.").replace(
                    "%1", text.data(alternative.name)
                )
            )
        self.caution_label.setText(
            "\n".join(cautions) if phase.kind in (PhaseKind.PREPARE, PhaseKind.SWITCH) else ""
        )
        self.caution_label.setVisible(bool(self.caution_label.text()))
        self.pause_button.setText(
            self.tr("▶ Resume") if player.started and not player.running else self.tr("❚❚ Pause")
        )
        left = text.clock_duration(player.remaining(now))
        self.progress.setFormat(self.tr("%1 left").replace("%1", left))
        mark = (player.index, player.running, player.finished)
        if mark != self._progress_mark:  # not every second: each change is read out
            self._progress_mark = mark
            self.progress.setValue(round(player.progress(now) * 1000))
            self.progress.setAccessibleDescription(self.tr("%1 left").replace("%1", left))
        self.next_label.setText(self._next_text())
        shown = (
            self.instruction_label,
            self.caution_label,
            self.detail_label,
            self.side_label,
            self.phase_label,
            self.exercise_label,
            self.next_label,
        )
        words: tuple[str | bool, ...] = (*(label.text() for label in shown), first)
        if words != self._words_shown:
            self._words_shown = words
            self._type.fit_words()

    def announcement(self) -> str:
        """What a screen reader says when a phase starts: "Hold, Left leg, Repetition 1 of 3,
        10 seconds" (the exercise's name first when it starts).
        """
        player = self.player
        phase = player.phase
        exercise = phase.exercise
        side = text.side_name(exercise.limb, phase.side)
        parts = [text.phase_name(phase.kind)]
        if phase.kind is PhaseKind.PREPARE:
            parts.append(text.data(exercise.name))
        if phase.kind is PhaseKind.SWITCH:
            parts = [text.switch_cue(exercise.limb, phase.side)]
        elif side:
            parts.append(side)
        if phase.kind in (PhaseKind.HOLD, PhaseKind.MOVE, PhaseKind.RELAX) and phase.reps > 1:
            parts.append(text.repetition(phase.rep, phase.reps))
        parts.append(text.tr("%n second(s)", None, round(phase.duration_s)))
        return self.tr(", ", "between the parts of a spoken announcement").join(parts)

    def _instruction(self, phase: rt.Phase) -> str:
        exercise = phase.exercise
        if phase.kind is PhaseKind.PREPARE:
            return "\n".join(text.data(s) for s in exercise.steps)
        if phase.kind is PhaseKind.SWITCH:
            return text.switch_cue(exercise.limb, phase.side)
        if phase.kind is PhaseKind.RELAX:
            return text.data(exercise.relax_cue)
        return text.data(exercise.hold_cue)

    def _next_text(self) -> str:
        player = self.player
        coming, phase = player_next.upcoming(player.phases, player.index, player.over)
        if phase is None:
            return self.tr("Next: the end of the routine")
        if coming is player_next.Upcoming.EXERCISE:
            what = text.data(phase.exercise.name)
        elif coming is player_next.Upcoming.SIDE:
            what = text.side_name(phase.exercise.limb, phase.side)
        else:
            what = text.phase_name(phase.kind)
        return self.tr("Next: %1").replace("%1", what)


def _where(phase: rt.Phase) -> str:
    """A phase as recorded: ``exercise/side/kind``."""
    return f"{phase.exercise.id}/{phase.side.value}/{phase.kind.value}"
