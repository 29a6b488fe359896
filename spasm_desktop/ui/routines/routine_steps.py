"""The routine editor's steps: the list of exercises in order, and the timing of the one selected.

:class:`StepsEditor` keeps the steps being edited. Steps are reordered and removed here
(buttons, Ctrl+Up/Down and Delete); each step's hold, relax, repetitions and sides can be
changed, and a step only stores what differs from its exercise, so the saved file stays as small
as a hand-written one.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import routine as rt
from spasm_desktop.ui.common import text

_EXERCISE_ROLE = QtCore.Qt.ItemDataRole.UserRole
_TIMING = ("hold_s", "relax_s", "reps")


class StepsEditor(QtWidgets.QWidget):
    """The steps of a routine, to reorder, remove and time.

    Signals:
        changed(): the steps changed (added, moved, removed or timed), or another was selected
            through an edit.
    """

    changed = QtCore.Signal()

    def __init__(
        self, steps: tuple[rt.RoutineStep, ...], exercises: Mapping[str, rt.Exercise]
    ) -> None:
        """Edit ``steps``, whose exercises are in ``exercises``; the first one is selected."""
        super().__init__()
        self._exercises = exercises
        self._steps: list[rt.RoutineStep] = list(steps)
        self._loading = True
        column = QtWidgets.QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        metrics = self.fontMetrics()

        self.steps_list = QtWidgets.QListWidget(self)
        self.steps_list.setObjectName("steps")
        self.steps_list.setAccessibleName(self.tr("Exercises in this routine, in order"))
        self.steps_list.setAccessibleDescription(
            self.tr("Ctrl+Up and Ctrl+Down move the selected exercise; Delete removes it.")
        )
        self.steps_list.setMinimumWidth(metrics.averageCharWidth() * 36)
        self.steps_list.setMinimumHeight(metrics.lineSpacing() * 10)
        self.steps_list.setAlternatingRowColors(True)
        self.steps_list.setSpacing(max(1, metrics.lineSpacing() // 8))
        self.steps_list.installEventFilter(self)
        for step in self._steps:
            self.steps_list.addItem(self._step_item(step))
        self.steps_list.currentRowChanged.connect(self._on_current_step_changed)
        label = QtWidgets.QLabel(self.tr("S&teps"), self)
        label.setBuddy(self.steps_list)
        column.addWidget(label)
        column.addWidget(self.steps_list, 1)

        self.up_button = self._button(
            self.tr("Move &up"), "move_up", self.tr("Move the selected exercise up")
        )
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button = self._button(
            self.tr("Move do&wn"), "move_down", self.tr("Move the selected exercise down")
        )
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button = self._button(
            self.tr("&Remove"), "remove", self.tr("Remove the selected exercise")
        )
        self.remove_button.clicked.connect(self._remove)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        column.addLayout(buttons)

        self._step_group = QtWidgets.QGroupBox(self.tr("Selected exercise"), self)
        self._step_group.setObjectName("step_timing")
        self._step_group.setAccessibleName(self.tr("Timing of the selected exercise"))
        form = QtWidgets.QFormLayout(self._step_group)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        seconds = self.tr(" s", "suffix of a number of seconds")
        self.timing_spins: dict[str, QtWidgets.QSpinBox] = {}
        for field, label_text, accessible, suffix in (
            ("hold_s", self.tr("&Hold"), self.tr("Hold for how many seconds"), seconds),
            ("relax_s", self.tr("Re&lax"), self.tr("Relax for how many seconds"), seconds),
            ("reps", self.tr("Re&petitions"), self.tr("Repetitions"), ""),
        ):
            spin = QtWidgets.QSpinBox(self._step_group)
            spin.setObjectName(field)
            spin.setRange(*rt.BOUNDS[field])
            spin.setSuffix(suffix)
            spin.setAccessibleName(accessible)
            spin.valueChanged.connect(self._on_timing_edited)
            self.timing_spins[field] = spin
            _row(form, label_text, spin)
        self.timing_spins["hold_s"].setToolTip(
            self.tr("For a movement, such as ankle pumps, how long to keep moving.")
        )
        self.sides_combo = QtWidgets.QComboBox(self._step_group)
        self.sides_combo.setObjectName("sides")
        self.sides_combo.setAccessibleName(self.tr("Sides"))
        self.sides_combo.currentIndexChanged.connect(self._on_timing_edited)
        _row(form, self.tr("Sid&es"), self.sides_combo)
        self.defaults_label = QtWidgets.QLabel(self._step_group)
        self.defaults_label.setObjectName("exercise_defaults")
        self.defaults_label.setAccessibleDescription(self.tr("The exercise's own timing"))
        self.defaults_label.setWordWrap(True)
        self.defaults_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        form.addRow(self.defaults_label)
        column.addWidget(self._step_group)

        if self._steps:
            self.steps_list.setCurrentRow(0)
        self._loading = False
        self._load_step()
        self._update_buttons()

    # --- public API --------------------------------------------------------------------------

    def steps(self) -> list[rt.RoutineStep]:
        """The steps as they are now."""
        return list(self._steps)

    def focus_chain(self) -> list[QtWidgets.QWidget]:
        """The controls in the order Tab visits them."""
        return [
            self.steps_list,
            self.up_button,
            self.down_button,
            self.remove_button,
            *self.timing_spins.values(),
            self.sides_combo,
        ]

    def insert(self, exercise_id: str) -> None:
        """Add a step of ``exercise_id`` after the selected one (at the end if none) and
        select it; nothing when the routine is full.
        """
        if len(self._steps) >= rt.MAX_STEPS:
            return
        row = self._current_row() + 1 if self._current_row() >= 0 else len(self._steps)
        step = rt.RoutineStep(exercise_id)
        self._steps.insert(row, step)
        with self._quiet():
            self.steps_list.insertItem(row, self._step_item(step))
        self._select_step(row)

    # --- texts -------------------------------------------------------------------------------

    def _exercise(self, step: rt.RoutineStep) -> rt.Exercise:
        return self._exercises[step.exercise]

    def _sides_text(self, sides: rt.Sides) -> str:
        return {
            rt.Sides.BOTH: self.tr("both sides"),
            rt.Sides.LEFT: self.tr("left only"),
            rt.Sides.RIGHT: self.tr("right only"),
            rt.Sides.NONE: "",
        }[sides]

    def _timing_text(self, hold: int, reps: int, sides: rt.Sides) -> str:
        """The timing line: "3 × 10 s, both sides"."""
        locale = QtCore.QLocale()
        if reps == 1:
            timing = self.tr("%1 s", "a length in seconds").replace("%1", locale.toString(hold))
        else:
            timing = (
                self.tr("%1 × %2 s", "repetitions × seconds")
                .replace("%1", locale.toString(reps))
                .replace("%2", locale.toString(hold))
            )
        timing = timing.replace(" ", "\N{NO-BREAK SPACE}")  # "3 × 10 s" stays on one line
        side = self._sides_text(sides)
        if not side:
            return timing
        return self.tr("%1, %2", "timing, sides").replace("%1", timing).replace("%2", side)

    def _step_text(self, step: rt.RoutineStep) -> str:
        exercise = self._exercise(step)
        hold, _relax, reps, sides = rt.effective_timing(exercise, step)
        return f"{text.data(exercise.name)}\n{self._timing_text(hold, reps, sides)}"

    def _step_item(self, step: rt.RoutineStep) -> QtWidgets.QListWidgetItem:
        item = QtWidgets.QListWidgetItem(self._step_text(step))
        item.setData(_EXERCISE_ROLE, step.exercise)
        return item

    def _defaults_text(self, exercise: rt.Exercise) -> str:
        timing = self._timing_text(exercise.hold_s, exercise.reps, exercise.sides)
        return (
            self.tr("The exercise's own timing: %1, relax %2 s.")
            .replace("%1", timing)
            .replace("%2", QtCore.QLocale().toString(exercise.relax_s))
        )

    # --- steps -------------------------------------------------------------------------------

    def _button(self, label: str, name: str, accessible: str) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(label, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    @contextmanager
    def _quiet(self) -> Iterator[None]:
        """Change the list and the timing without treating it as the person's edits."""
        loading, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = loading

    def _current_row(self) -> int:
        row = self.steps_list.currentRow()
        return row if 0 <= row < len(self._steps) else -1

    def _select_step(self, row: int) -> None:
        with self._quiet():
            self.steps_list.setCurrentRow(row)
        self._load_step()
        self._update_buttons()
        self.changed.emit()

    def _on_current_step_changed(self, _row: int) -> None:
        if not self._loading:
            self._load_step()
            self._update_buttons()

    def _update_buttons(self) -> None:
        row = self._current_row()
        self.up_button.setEnabled(row > 0)
        self.down_button.setEnabled(0 <= row < len(self._steps) - 1)
        self.remove_button.setEnabled(row >= 0)

    def _move(self, offset: int) -> None:
        row = self._current_row()
        target = row + offset
        if row < 0 or not 0 <= target < len(self._steps):
            return
        self._steps[row], self._steps[target] = self._steps[target], self._steps[row]
        with self._quiet():
            item = self.steps_list.takeItem(row)
            self.steps_list.insertItem(target, item)
        self._select_step(target)

    def _remove(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        del self._steps[row]
        with self._quiet():
            self.steps_list.takeItem(row)
        self._select_step(min(row, len(self._steps) - 1))

    def _load_step(self) -> None:
        """Show the selected step's timing (its overrides, else the exercise's own)."""
        row = self._current_row()
        self._step_group.setEnabled(row >= 0)
        with self._quiet():
            self.sides_combo.clear()
            if row < 0:
                self._step_group.setTitle(self.tr("Selected exercise"))
                self.defaults_label.clear()
                return
            step = self._steps[row]
            exercise = self._exercise(step)
            self._step_group.setTitle(text.data(exercise.name))
            hold, relax, reps, sides = rt.effective_timing(exercise, step)
            for field, value in zip(_TIMING, (hold, relax, reps), strict=True):
                self.timing_spins[field].setValue(value)
            if exercise.sides is rt.Sides.NONE:
                offered = [rt.Sides.NONE]
            else:
                offered = [rt.Sides.BOTH, rt.Sides.LEFT, rt.Sides.RIGHT]
            if sides not in offered:  # a hand-written file may say so; keep it
                offered.append(sides)
            names = {
                rt.Sides.BOTH: self.tr("Both sides"),
                rt.Sides.LEFT: self.tr("Left only"),
                rt.Sides.RIGHT: self.tr("Right only"),
                rt.Sides.NONE: self.tr("Not one-sided"),
            }
            for choice in offered:
                self.sides_combo.addItem(names[choice], choice.value)
            self.sides_combo.setCurrentIndex(self.sides_combo.findData(sides.value))
            self.sides_combo.setEnabled(len(offered) > 1)
            self.defaults_label.setText(self._defaults_text(exercise))

    def _on_timing_edited(self) -> None:
        row = self._current_row()
        if self._loading or row < 0:
            return
        step = self._steps[row]
        exercise = self._exercise(step)
        overrides: dict[str, int | None] = {}
        for field in _TIMING:
            value = self.timing_spins[field].value()
            overrides[field] = None if value == getattr(exercise, field) else value
        sides = rt.Sides(self.sides_combo.currentData())
        self._steps[row] = dataclasses.replace(
            step,
            hold_s=overrides["hold_s"],
            relax_s=overrides["relax_s"],
            reps=overrides["reps"],
            sides=None if sides is exercise.sides else sides,
        )
        item = self.steps_list.item(row)
        if item is not None:
            item.setText(self._step_text(self._steps[row]))
        self.changed.emit()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Keys of the list: Ctrl+Up/Down move the selected step, Delete removes it."""
        if (
            watched is self.steps_list
            and event.type() == QtCore.QEvent.Type.KeyPress
            and isinstance(event, QtGui.QKeyEvent)
        ):
            key = event.key()
            control = event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
            if control and key in (QtCore.Qt.Key.Key_Up, QtCore.Qt.Key.Key_Down):
                self._move(-1 if key == QtCore.Qt.Key.Key_Up else 1)
                return True
            if key == QtCore.Qt.Key.Key_Delete:
                self._remove()
                return True
        return super().eventFilter(watched, event)


def _row(form: QtWidgets.QFormLayout, label_text: str, field: QtWidgets.QWidget) -> None:
    label = QtWidgets.QLabel(label_text)
    label.setBuddy(field)
    form.addRow(label, field)
