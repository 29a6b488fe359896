"""The routine editor: make one's own stretch routine from the exercise library.

A built-in routine is never changed: opening one starts a copy ("Copy of ...") under a new id,
saved as the person's own routine in the config folder. An own routine is edited in place (same
id). Steps can be added from the library, reordered and removed, and each step's hold, relax,
repetitions and sides changed; a step only stores what differs from its exercise, so the saved
file stays as small as a hand-written one.

Every edit builds the file form with :func:`routine_to_dict` and runs it through
:func:`parse_routine`, the same check the app applies when it loads the file; Save stays
disabled while there are problems, so a file the app would refuse is never written.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import math
import re
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import routine as rt
from spasm_desktop.storage import routines as storage
from spasm_desktop.ui.common import assets, text

log = logging.getLogger(__name__)

#: The longest id the format allows (see ``rt.ID_RE``).
MAX_ID = 40
#: The id of a routine whose name gives no letters or digits to build one from.
FALLBACK_ID = "my-routine"
_EXERCISE_ROLE = QtCore.Qt.ItemDataRole.UserRole
_TIMING = ("hold_s", "relax_s", "reps")


def id_from_name(name: str, taken: Callable[[str], bool]) -> str:
    """Derive a routine id from ``name`` that ``taken`` does not refuse.

    Accents are dropped and everything but letters and digits becomes "-" ("Calves & back" ->
    "calves-back"); a taken id gets "-2", "-3" and so on, shortening the name part to fit.
    """
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")[:MAX_ID].strip("-")
    base = base or FALLBACK_ID
    candidate, number = base, 1
    while taken(candidate):
        number += 1
        suffix = f"-{number}"
        candidate = base[: MAX_ID - len(suffix)].rstrip("-") + suffix
    return candidate


class RoutineEditorDialog(QtWidgets.QDialog):
    """Edit one of the person's routines, or a copy of a built-in one.

    After Save, :attr:`saved_id` holds the id of the saved routine; after deleting an own
    routine, :attr:`deleted_id` holds its id. The dialog accepts in both cases.
    """

    def __init__(
        self,
        library: storage.Library,
        user_dir: Path,
        start_from: str | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        """Open ``start_from`` (a routine id): a built-in one as a copy, an own one in place.

        Without ``start_from`` (or with an id that is not in ``library``), the editor starts a
        new, empty routine. ``user_dir`` is the folder of the person's routines.
        """
        super().__init__(parent)
        self._library = library
        self._user_dir = user_dir
        #: The id of the routine that was saved (None until Save).
        self.saved_id: str | None = None
        #: The id of the routine that was deleted (None unless it was).
        self.deleted_id: str | None = None
        self._loading = True
        self._save_error = ""

        base = library.routines.get(start_from) if start_from else None
        if start_from and base is None:
            log.warning("routine %r not found; starting a new one", start_from)
        self._copy_of: rt.Routine | None = None
        #: The id of the own routine being edited in place (None for a new routine or a copy).
        self._own_id: str | None = None
        if base is None:
            name, description = self.tr("My routine"), ""
            self._template = rt.Routine(id=FALLBACK_ID, name="", purpose=rt.Purpose.DESK, steps=())
            self.setWindowTitle(self.tr("New routine"))
        elif base.builtin:
            self._copy_of = base
            name = self.tr("Copy of %1").replace("%1", text.data(base.name))[: rt.MAX_NAME]
            description = text.data(base.description) if base.description else ""
            self._template = base
            self.setWindowTitle(self.tr("Copy of a built-in routine"))
        else:
            self._own_id = base.id
            name, description = base.name, base.description
            self._template = base
            self.setWindowTitle(self.tr("Edit your routine"))
        self.setAccessibleName(self.tr("Routine editor"))
        self._steps: list[rt.RoutineStep] = list(self._template.steps)

        layout = QtWidgets.QVBoxLayout(self)
        self._note_label = QtWidgets.QLabel(self)
        self._note_label.setObjectName("copy_note")
        self._note_label.setAccessibleName(self.tr("About this copy"))
        self._note_label.setWordWrap(True)
        self._note_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        if self._copy_of is not None:
            self._note_label.setText(
                self.tr(
                    "Built-in routines cannot be changed. This is a copy of “%1”: it is saved "
                    "as your own routine, and the original stays as it is."
                ).replace("%1", text.data(self._copy_of.name))
            )
        else:
            self._note_label.hide()
        layout.addWidget(self._note_label)
        layout.addLayout(self._build_details(name, description))

        columns = QtWidgets.QHBoxLayout()
        columns.addLayout(self._build_steps_column(), 3)
        columns.addLayout(self._build_library_column(), 2)
        layout.addLayout(columns, 1)

        self._total_label = QtWidgets.QLabel(self)
        self._total_label.setObjectName("total")
        self._total_label.setAccessibleName(self.tr("Total length"))
        self._file_label = QtWidgets.QLabel(self)
        self._file_label.setObjectName("file")
        self._file_label.setAccessibleName(self.tr("File name"))
        self._file_label.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._file_label.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
        summary_row = QtWidgets.QHBoxLayout()
        summary_row.addWidget(self._total_label)
        summary_row.addStretch(1)
        summary_row.addWidget(self._file_label)
        layout.addLayout(summary_row)

        self._problems_label = QtWidgets.QLabel(self)
        self._problems_label.setObjectName("problems")
        self._problems_label.setAccessibleName(self.tr("Problems to fix before saving"))
        self._problems_label.setWordWrap(True)
        self._problems_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._problems_label.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        bold = self._problems_label.font()
        bold.setBold(True)
        self._problems_label.setFont(bold)
        self._problems_label.hide()
        self._apply_problem_colour()
        layout.addWidget(self._problems_label)

        self._delete_button = QtWidgets.QPushButton(self.tr("&Delete this routine"), self)
        self._delete_button.setObjectName("delete")
        self._delete_button.setAccessibleName(self.tr("Delete this routine"))
        self._delete_button.setAutoDefault(False)
        self._delete_button.clicked.connect(self._on_delete)
        self._delete_button.setVisible(self._own_id is not None)
        self._buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self._buttons.setObjectName("buttons")
        self._save_button.setAccessibleName(self.tr("Save routine"))
        cancel = self._buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel without saving"))
        self._buttons.accepted.connect(self._on_save)
        self._buttons.rejected.connect(self.reject)
        button_row = QtWidgets.QHBoxLayout()
        button_row.addWidget(self._delete_button)
        button_row.addStretch(1)
        button_row.addWidget(self._buttons)
        layout.addLayout(button_row)

        self._set_tab_order()
        if self._steps:
            self._steps_list.setCurrentRow(0)
        self._loading = False
        self._load_step()
        self._revalidate()

    # --- public API --------------------------------------------------------------------------

    @classmethod
    def edit(
        cls,
        library: storage.Library,
        user_dir: Path,
        start_from: str | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> str | None:
        """Show the editor modally; return the id of the saved routine, or None.

        None means it was cancelled, or the routine was deleted.
        """
        dialog = cls(library, user_dir, start_from, parent)
        try:
            if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
                return dialog.saved_id
            return None
        finally:
            dialog.deleteLater()

    def routine_id(self) -> str:
        """Return the id the routine is (or would be) saved under."""
        if self._own_id is not None:
            return self._own_id
        return id_from_name(self._name_edit.text(), self._id_taken)

    def steps(self) -> list[rt.RoutineStep]:
        """Return the steps as they are now."""
        return list(self._steps)

    def problems(self) -> list[str]:
        """Return what stops the routine from being saved, in plain words."""
        _routine, messages = self._candidate()
        return messages

    # --- building ----------------------------------------------------------------------------

    def _build_details(self, name: str, description: str) -> QtWidgets.QFormLayout:
        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self._name_edit = QtWidgets.QLineEdit(name, self)
        self._name_edit.setObjectName("name")
        self._name_edit.setAccessibleName(self.tr("Routine name"))
        self._name_edit.setMaxLength(rt.MAX_NAME)
        self._name_edit.setClearButtonEnabled(True)
        self._name_edit.textChanged.connect(self._revalidate)
        self._row(form, self.tr("&Name"), self._name_edit)

        self._purpose_combo = QtWidgets.QComboBox(self)
        self._purpose_combo.setObjectName("purpose")
        self._purpose_combo.setAccessibleName(self.tr("Used for"))
        for purpose, label in (
            (rt.Purpose.BEDTIME, self.tr("Bedtime")),
            (rt.Purpose.DESK, self.tr("Stretch break")),
            (rt.Purpose.OTHER, self.tr("Other")),
        ):
            self._purpose_combo.addItem(label, purpose.value)
        if self._template.purpose is rt.Purpose.RELIEF:  # kept, though not offered
            self._purpose_combo.addItem(self.tr("Cramp relief"), rt.Purpose.RELIEF.value)
        self._purpose_combo.setCurrentIndex(
            self._purpose_combo.findData(self._template.purpose.value)
        )
        self._purpose_combo.currentIndexChanged.connect(self._revalidate)
        self._purpose_combo.setSizeAdjustPolicy(
            QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents
        )
        purpose_row = QtWidgets.QHBoxLayout()
        purpose_row.addWidget(self._purpose_combo)
        purpose_row.addStretch(1)
        self._row(form, self.tr("Used f&or"), self._purpose_combo, purpose_row)

        self._description_edit = QtWidgets.QPlainTextEdit(description, self)
        self._description_edit.setObjectName("description")
        self._description_edit.setAccessibleName(self.tr("Description (optional)"))
        self._description_edit.setPlaceholderText(self.tr("Optional"))
        self._description_edit.setTabChangesFocus(True)
        # Three whole lines; longer texts scroll.
        margin = self._description_edit.document().documentMargin()
        self._description_edit.setFixedHeight(
            self._description_edit.fontMetrics().lineSpacing() * 3
            + math.ceil(2 * margin)
            + 2 * self._description_edit.frameWidth()
        )
        self._description_edit.textChanged.connect(self._revalidate)
        self._row(form, self.tr("Descr&iption"), self._description_edit)
        return form

    @staticmethod
    def _row(
        form: QtWidgets.QFormLayout,
        label_text: str,
        field: QtWidgets.QWidget,
        field_layout: QtWidgets.QLayout | None = None,
    ) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(label_text)
        label.setBuddy(field)
        if field_layout is not None:
            form.addRow(label, field_layout)
        else:
            form.addRow(label, field)
        return label

    def _button(self, label: str, name: str, accessible: str) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(label, self)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        return button

    def _build_steps_column(self) -> QtWidgets.QVBoxLayout:
        column = QtWidgets.QVBoxLayout()
        metrics = self.fontMetrics()

        self._steps_list = QtWidgets.QListWidget(self)
        self._steps_list.setObjectName("steps")
        self._steps_list.setAccessibleName(self.tr("Exercises in this routine, in order"))
        self._steps_list.setAccessibleDescription(
            self.tr("Ctrl+Up and Ctrl+Down move the selected exercise; Delete removes it.")
        )
        self._steps_list.setMinimumWidth(metrics.averageCharWidth() * 36)
        self._steps_list.setMinimumHeight(metrics.lineSpacing() * 10)
        self._steps_list.setAlternatingRowColors(True)
        self._steps_list.setSpacing(max(1, metrics.lineSpacing() // 8))
        self._steps_list.installEventFilter(self)
        for step in self._steps:
            self._steps_list.addItem(self._step_item(step))
        self._steps_list.currentRowChanged.connect(self._on_current_step_changed)
        label = QtWidgets.QLabel(self.tr("S&teps"), self)
        label.setBuddy(self._steps_list)
        column.addWidget(label)
        column.addWidget(self._steps_list, 1)

        self._up_button = self._button(
            self.tr("Move &up"), "move_up", self.tr("Move the selected exercise up")
        )
        self._up_button.clicked.connect(lambda: self._move(-1))
        self._down_button = self._button(
            self.tr("Move do&wn"), "move_down", self.tr("Move the selected exercise down")
        )
        self._down_button.clicked.connect(lambda: self._move(1))
        self._remove_button = self._button(
            self.tr("&Remove"), "remove", self.tr("Remove the selected exercise")
        )
        self._remove_button.clicked.connect(self._remove)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self._up_button)
        buttons.addWidget(self._down_button)
        buttons.addStretch(1)
        buttons.addWidget(self._remove_button)
        column.addLayout(buttons)

        self._step_group = QtWidgets.QGroupBox(self.tr("Selected exercise"), self)
        self._step_group.setObjectName("step_timing")
        self._step_group.setAccessibleName(self.tr("Timing of the selected exercise"))
        form = QtWidgets.QFormLayout(self._step_group)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        seconds = self.tr(" s", "suffix of a number of seconds")
        self._timing_spins: dict[str, QtWidgets.QSpinBox] = {}
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
            self._timing_spins[field] = spin
            self._row(form, label_text, spin)
        self._timing_spins["hold_s"].setToolTip(
            self.tr("For a movement, such as ankle pumps, how long to keep moving.")
        )
        self._sides_combo = QtWidgets.QComboBox(self._step_group)
        self._sides_combo.setObjectName("sides")
        self._sides_combo.setAccessibleName(self.tr("Sides"))
        self._sides_combo.currentIndexChanged.connect(self._on_timing_edited)
        self._row(form, self.tr("Sid&es"), self._sides_combo)
        self._defaults_label = QtWidgets.QLabel(self._step_group)
        self._defaults_label.setObjectName("exercise_defaults")
        self._defaults_label.setAccessibleName(self.tr("The exercise's own timing"))
        self._defaults_label.setWordWrap(True)
        self._defaults_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        form.addRow(self._defaults_label)
        column.addWidget(self._step_group)
        return column

    def _build_library_column(self) -> QtWidgets.QVBoxLayout:
        column = QtWidgets.QVBoxLayout()
        metrics = self.fontMetrics()

        self._filter_edit = QtWidgets.QLineEdit(self)
        self._filter_edit.setObjectName("filter")
        self._filter_edit.setAccessibleName(self.tr("Find exercises by name or muscle"))
        self._filter_edit.setPlaceholderText(self.tr("Name or muscle"))
        self._filter_edit.setClearButtonEnabled(True)
        self._filter_edit.textChanged.connect(self._apply_filter)
        self._filter_edit.installEventFilter(self)

        self._library_list = QtWidgets.QListWidget(self)
        self._library_list.setObjectName("library")
        self._library_list.setAccessibleName(self.tr("Exercise library"))
        self._library_list.setAccessibleDescription(
            self.tr("Enter adds the selected exercise after the selected step.")
        )
        self._library_list.installEventFilter(self)
        exercises = sorted(
            self._library.exercises.values(), key=lambda e: text.data(e.name).casefold()
        )
        # Wide enough for the longest name, so no name is cut off.
        widest = max((metrics.horizontalAdvance(text.data(e.name)) for e in exercises), default=0)
        scroll_bar = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
        self._library_list.setMinimumWidth(
            max(widest, metrics.averageCharWidth() * 28)
            + scroll_bar
            + metrics.averageCharWidth() * 3
        )
        self._library_list.setHorizontalScrollBarPolicy(
            QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        )
        for exercise in exercises:
            item = QtWidgets.QListWidgetItem(text.data(exercise.name))
            item.setData(_EXERCISE_ROLE, exercise.id)
            muscles = ", ".join(text.data(m) for m in exercise.muscles)
            item.setToolTip(muscles)
            self._library_list.addItem(item)
        if self._library_list.count():
            self._library_list.setCurrentRow(0)
        self._library_list.itemDoubleClicked.connect(lambda _item: self._add())

        label = QtWidgets.QLabel(self.tr("E&xercises"), self)
        label.setBuddy(self._library_list)
        column.addWidget(label)
        filter_row = QtWidgets.QHBoxLayout()
        filter_label = QtWidgets.QLabel(self.tr("&Find"), self)
        filter_label.setBuddy(self._filter_edit)
        filter_row.addWidget(filter_label)
        filter_row.addWidget(self._filter_edit, 1)
        column.addLayout(filter_row)
        column.addWidget(self._library_list, 1)

        # The steps are on the left, so the arrow points there (translators of right-to-left
        # languages turn it round).
        self._add_button = self._button(
            self.tr("◂ &Add"), "add", self.tr("Add the exercise after the selected step")
        )
        self._add_button.clicked.connect(self._add)
        add_row = QtWidgets.QHBoxLayout()
        add_row.addWidget(self._add_button)
        add_row.addStretch(1)
        column.addLayout(add_row)
        return column

    def _set_tab_order(self) -> None:
        chain: list[QtWidgets.QWidget] = [
            self._name_edit,
            self._purpose_combo,
            self._description_edit,
            self._steps_list,
            self._up_button,
            self._down_button,
            self._remove_button,
            *self._timing_spins.values(),
            self._sides_combo,
            self._filter_edit,
            self._library_list,
            self._add_button,
            self._delete_button,
            self._save_button,
            self._buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in itertools.pairwise(chain):
            QtWidgets.QWidget.setTabOrder(first, second)

    # --- texts -------------------------------------------------------------------------------

    def _exercise(self, step: rt.RoutineStep) -> rt.Exercise:
        return self._library.exercises[step.exercise]

    def _sides_text(self, sides: rt.Sides) -> str:
        return {
            rt.Sides.BOTH: self.tr("both sides"),
            rt.Sides.LEFT: self.tr("left only"),
            rt.Sides.RIGHT: self.tr("right only"),
            rt.Sides.NONE: "",
        }[sides]

    def _timing_text(self, hold: int, reps: int, sides: rt.Sides) -> str:
        """ "3 × 10 s, both sides"."""
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

    @contextmanager
    def _quiet(self) -> Iterator[None]:
        """Change the lists and editors without treating it as the person's edits."""
        loading, self._loading = self._loading, True
        try:
            yield
        finally:
            self._loading = loading

    def _current_row(self) -> int:
        row = self._steps_list.currentRow()
        return row if 0 <= row < len(self._steps) else -1

    def _select_step(self, row: int) -> None:
        with self._quiet():
            self._steps_list.setCurrentRow(row)
        self._load_step()
        self._revalidate()

    def _on_current_step_changed(self, _row: int) -> None:
        if not self._loading:
            self._load_step()
            self._update_buttons()

    def _add(self) -> None:
        item = self._library_list.currentItem()
        if item is None or item.isHidden() or len(self._steps) >= rt.MAX_STEPS:
            return
        row = self._current_row() + 1 if self._current_row() >= 0 else len(self._steps)
        step = rt.RoutineStep(str(item.data(_EXERCISE_ROLE)))
        self._steps.insert(row, step)
        with self._quiet():
            self._steps_list.insertItem(row, self._step_item(step))
        self._select_step(row)

    def _move(self, offset: int) -> None:
        row = self._current_row()
        target = row + offset
        if row < 0 or not 0 <= target < len(self._steps):
            return
        self._steps[row], self._steps[target] = self._steps[target], self._steps[row]
        with self._quiet():
            item = self._steps_list.takeItem(row)
            self._steps_list.insertItem(target, item)
        self._select_step(target)

    def _remove(self) -> None:
        row = self._current_row()
        if row < 0:
            return
        del self._steps[row]
        with self._quiet():
            self._steps_list.takeItem(row)
        self._select_step(min(row, len(self._steps) - 1))

    def _load_step(self) -> None:
        """Show the selected step's timing (its overrides, else the exercise's own)."""
        row = self._current_row()
        self._step_group.setEnabled(row >= 0)
        with self._quiet():
            self._sides_combo.clear()
            if row < 0:
                self._step_group.setTitle(self.tr("Selected exercise"))
                self._defaults_label.clear()
                return
            step = self._steps[row]
            exercise = self._exercise(step)
            self._step_group.setTitle(text.data(exercise.name))
            hold, relax, reps, sides = rt.effective_timing(exercise, step)
            for field, value in zip(_TIMING, (hold, relax, reps), strict=True):
                self._timing_spins[field].setValue(value)
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
                self._sides_combo.addItem(names[choice], choice.value)
            self._sides_combo.setCurrentIndex(self._sides_combo.findData(sides.value))
            self._sides_combo.setEnabled(len(offered) > 1)
            self._defaults_label.setText(self._defaults_text(exercise))

    def _on_timing_edited(self) -> None:
        row = self._current_row()
        if self._loading or row < 0:
            return
        step = self._steps[row]
        exercise = self._exercise(step)
        overrides: dict[str, int | None] = {}
        for field in _TIMING:
            value = self._timing_spins[field].value()
            overrides[field] = None if value == getattr(exercise, field) else value
        sides = rt.Sides(self._sides_combo.currentData())
        self._steps[row] = dataclasses.replace(
            step,
            hold_s=overrides["hold_s"],
            relax_s=overrides["relax_s"],
            reps=overrides["reps"],
            sides=None if sides is exercise.sides else sides,
        )
        item = self._steps_list.item(row)
        if item is not None:
            item.setText(self._step_text(self._steps[row]))
        self._revalidate()

    def _apply_filter(self, query: str) -> None:
        words = query.casefold().split()
        first_shown: QtWidgets.QListWidgetItem | None = None
        for index in range(self._library_list.count()):
            item = self._library_list.item(index)
            exercise = self._library.exercises[str(item.data(_EXERCISE_ROLE))]
            haystack = " ".join(
                [item.text(), exercise.name, *exercise.muscles, *map(text.data, exercise.muscles)]
            ).casefold()
            hidden = not all(word in haystack for word in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        current = self._library_list.currentItem()
        if (current is None or current.isHidden()) and first_shown is not None:
            self._library_list.setCurrentItem(first_shown)
        self._update_buttons()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Keys of the lists: Ctrl+Up/Down and Delete on the steps, Enter on the library."""
        if event.type() != QtCore.QEvent.Type.KeyPress or not isinstance(event, QtGui.QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        control = event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
        if watched is self._steps_list:
            if control and key in (QtCore.Qt.Key.Key_Up, QtCore.Qt.Key.Key_Down):
                self._move(-1 if key == QtCore.Qt.Key.Key_Up else 1)
                return True
            if key == QtCore.Qt.Key.Key_Delete:
                self._remove()
                return True
        elif watched is self._library_list:
            if key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
                self._add()  # and not Save, which Enter would press otherwise
                return True
        elif watched is self._filter_edit:
            if key == QtCore.Qt.Key.Key_Down:
                self._library_list.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
                return True
            if key in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
                self._add()
                return True
        return super().eventFilter(watched, event)

    # --- the candidate routine and its problems ----------------------------------------------

    def _id_taken(self, routine_id: str) -> bool:
        """Whether another routine, or any file in the folder, already has ``routine_id``."""
        if routine_id == self._own_id:
            return False
        if routine_id in self._library.routines:
            return True
        try:
            return (self._user_dir / f"{routine_id}.json").exists()
        except OSError:
            return False

    def _candidate(self) -> tuple[rt.Routine | None, list[str]]:
        """Build the routine from the controls; return it (None if it cannot be saved) and
        every problem in plain words."""
        routine_id = self.routine_id()
        name = self._name_edit.text().strip()
        draft = dataclasses.replace(
            self._template,
            id=routine_id,
            name=name,
            purpose=rt.Purpose(self._purpose_combo.currentData()),
            steps=tuple(self._steps),
            description=self._description_edit.toPlainText().strip(),
            builtin=False,
        )
        messages: list[str] = []
        if not name:
            messages.append(self.tr("Give the routine a name."))
        if not self._steps:
            messages.append(self.tr("Add at least one exercise from the list on the right."))
        if routine_id in self._library.routines and routine_id != self._own_id:
            messages.append(
                self.tr("There is already a routine with the id “%1”.").replace("%1", routine_id)
            )
        raw = rt.routine_to_dict(draft)
        parsed, problems = rt.parse_routine(raw, f"{routine_id}.json", self._library.exercises)
        for problem in problems:
            if problem.field == "name" and not name:
                continue
            if problem.field == "steps" and not self._steps:
                continue
            messages.append(self._describe(problem))
        if messages or parsed is None:
            return None, messages or [self.tr("This routine cannot be saved.")]
        return parsed, []

    def _describe(self, problem: rt.RoutineProblem) -> str:
        """Turn a problem of the file form into a sentence for the person."""
        locale = QtCore.QLocale()
        if problem.field == "name" and problem.code is rt.ProblemCode.TOO_LONG:
            return self.tr("The name can have at most %1 characters.").replace(
                "%1", locale.toString(rt.MAX_NAME)
            )
        if problem.field == "description" and problem.code is rt.ProblemCode.TOO_LONG:
            return self.tr("The description can have at most %1 characters.").replace(
                "%1", locale.toString(rt.MAX_TEXT)
            )
        if problem.field == "steps":
            return self.tr("A routine can have at most %1 exercises.").replace(
                "%1", locale.toString(rt.MAX_STEPS)
            )
        return problem.describe()

    def _revalidate(self) -> None:
        if self._loading:
            return
        self._save_error = ""
        self._show_state()

    def _show_state(self) -> None:
        routine, messages = self._candidate()
        if self._save_error:
            messages = [*messages, self._save_error]
        self._problems_label.setText("\n".join(messages))
        self._problems_label.setVisible(bool(messages))
        self._save_button.setEnabled(routine is not None)
        draft = dataclasses.replace(self._template, steps=tuple(self._steps))
        total = rt.total_seconds(rt.timeline(draft, self._library.exercises))
        self._total_label.setText(self.tr("Total: %1").replace("%1", text.clock_duration(total)))
        self._file_label.setText(self.tr("Saved as %1").replace("%1", f"{self.routine_id()}.json"))
        self._update_buttons()
        self._fit_labels()

    def _update_buttons(self) -> None:
        row = self._current_row()
        self._up_button.setEnabled(row > 0)
        self._down_button.setEnabled(0 <= row < len(self._steps) - 1)
        self._remove_button.setEnabled(row >= 0)
        current = self._library_list.currentItem()
        self._add_button.setEnabled(
            current is not None and not current.isHidden() and len(self._steps) < rt.MAX_STEPS
        )

    def _fit_labels(self) -> None:
        """Reserve the height wrapped texts need at their narrowest, so none is ever clipped."""
        for label, chars in (
            (self._note_label, 70),
            (self._problems_label, 70),
            (self._defaults_label, 36),
        ):
            width = label.fontMetrics().averageCharWidth() * chars
            label.setMinimumWidth(width)
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    # --- saving, deleting and looks ----------------------------------------------------------

    @property
    def _save_button(self) -> QtWidgets.QPushButton:
        return self._buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)

    def _on_save(self) -> None:
        routine, _messages = self._candidate()
        if routine is None:  # Save is disabled then; this guards against any other route to it.
            self._show_state()
            return
        try:
            path = storage.save_routine(self._user_dir, routine)
        except OSError as exc:
            log.warning("cannot save routine %s: %s", routine.id, exc)
            self._save_error = self.tr("Could not save the routine: %1").replace(
                "%1", exc.strerror or str(exc)
            )
            self._show_state()
            return
        old_file = self._library.user_files.get(routine.id) if self._own_id else None
        if old_file is not None and old_file != path:
            # A hand-named file ("stretches.json") now has a successor under its id: keep one
            # file per id, or the next start would refuse both as duplicates.
            try:
                old_file.unlink(missing_ok=True)
            except OSError as exc:
                log.warning("cannot remove the old file %s: %s", old_file, exc)
        self.saved_id = routine.id
        self.accept()

    def _on_delete(self) -> None:
        if self._own_id is None:
            return
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Delete routine"),
            self.tr("Delete the routine “%1”? This cannot be undone.").replace(
                "%1", self._template.name
            ),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        path = self._library.user_files.get(self._own_id, self._user_dir / f"{self._own_id}.json")
        try:
            path.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot delete routine file %s: %s", path, exc)
            self._save_error = self.tr("Could not delete the routine: %1").replace(
                "%1", exc.strerror or str(exc)
            )
            self._show_state()
            return
        self.deleted_id = self._own_id
        self.accept()

    def _apply_problem_colour(self) -> None:
        """Use a red that reads well on the current palette, light or dark."""
        palette = self._problems_label.palette()
        palette.setColor(QtGui.QPalette.ColorRole.WindowText, assets.problem_colour(self))
        self._problems_label.setPalette(palette)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Follow a switch between light and dark palettes, and font changes."""
        kind = event.type()
        if getattr(self, "_problems_label", None) is not None:
            if kind in (QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.StyleChange):
                self._apply_problem_colour()
            if kind in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
                self._fit_labels()
        super().changeEvent(event)
