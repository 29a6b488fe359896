"""The routine editor: make one's own stretch routine from the exercise library.

A built-in routine is never changed: opening one starts a copy ("Copy of ...") under a new id,
saved as the person's own routine in the config folder. An own routine is edited in place (same
id). The steps are edited in :class:`~routine_steps.StepsEditor` and added from
:class:`~exercise_library.ExerciseLibrary`; this dialog holds the name, purpose and description,
checks the whole and saves or deletes it (through :mod:`spasm_desktop.storage.routines`).

Every edit builds the file form with :func:`routine_to_dict` and runs it through
:func:`parse_routine`, the same check the app applies when it loads the file; Save stays
disabled while there are problems, so a file the app would refuse is never written.
"""

from __future__ import annotations

import dataclasses
import itertools
import logging
import math
from pathlib import Path

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import routine as rt
from spasm_desktop.core import routine_format
from spasm_desktop.storage import routines as storage
from spasm_desktop.ui.common import problems, text, windows
from spasm_desktop.ui.routines.exercise_library import ExerciseLibrary
from spasm_desktop.ui.routines.routine_steps import StepsEditor

log = logging.getLogger(__name__)


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
            self._template = rt.Routine(
                id=routine_format.FALLBACK_ID, name="", purpose=rt.Purpose.DESK, steps=()
            )
            self.setWindowTitle(text.window_title(self.tr("New routine")))
        elif base.builtin:
            self._copy_of = base
            name = self.tr("Copy of %1").replace("%1", text.data(base.name))[: rt.MAX_NAME]
            description = text.data(base.description) if base.description else ""
            self._template = base
            self.setWindowTitle(text.window_title(self.tr("Copy of a built-in routine")))
        else:
            self._own_id = base.id
            name, description = base.name, base.description
            self._template = base
            self.setWindowTitle(text.window_title(self.tr("Edit your routine")))
        self.setAccessibleName(self.tr("Routine editor"))

        # Everything but Save and Cancel scrolls when the screen is too small for it.
        outer = QtWidgets.QVBoxLayout(self)
        body = QtWidgets.QWidget(self)
        layout = QtWidgets.QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self._note_label = QtWidgets.QLabel(self)
        self._note_label.setObjectName("copy_note")
        self._note_label.setAccessibleDescription(self.tr("About this copy"))
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

        self._steps = StepsEditor(self._template.steps, library.exercises)
        self._steps.changed.connect(self._revalidate)
        self._exercises = ExerciseLibrary(library.exercises)
        self._exercises.add_requested.connect(self._add)
        columns = QtWidgets.QHBoxLayout()
        columns.addWidget(self._steps, 3)
        columns.addWidget(self._exercises, 2)
        layout.addLayout(columns, 1)

        self._total_label = QtWidgets.QLabel(self)
        self._total_label.setObjectName("total")
        self._total_label.setAccessibleDescription(self.tr("Total length"))
        self._file_label = QtWidgets.QLabel(self)
        self._file_label.setObjectName("file")
        self._file_label.setAccessibleDescription(self.tr("File name"))
        self._file_label.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self._file_label.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
        summary_row = QtWidgets.QHBoxLayout()
        summary_row.addWidget(self._total_label)
        summary_row.addStretch(1)
        summary_row.addWidget(self._file_label)
        layout.addLayout(summary_row)

        self._problems_label = problems.problem_label(
            self, self.tr("Problems to fix before saving"), name="problems", selectable=True
        )
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
        outer.addWidget(windows.scrolling(body, self.tr("Routine")), 1)
        outer.addLayout(button_row)

        self._set_tab_order()
        self._loading = False
        self._revalidate()

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Qt: fit the window on a small screen when it opens."""
        super().showEvent(event)
        windows.fit_on_screen(self)  # a small screen: the body scrolls, Save stays in view

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
        return routine_format.id_from_name(self._name_edit.text(), self._id_taken)

    def steps(self) -> list[rt.RoutineStep]:
        """Return the steps as they are now."""
        return self._steps.steps()

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

    def _set_tab_order(self) -> None:
        chain: list[QtWidgets.QWidget] = [
            self._name_edit,
            self._purpose_combo,
            self._description_edit,
            *self._steps.focus_chain(),
            *self._exercises.focus_chain(),
            self._delete_button,
            self._save_button,
            self._buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in itertools.pairwise(chain):
            QtWidgets.QWidget.setTabOrder(first, second)

    def _add(self) -> None:
        """Add the exercise selected in the library after the selected step."""
        exercise = self._exercises.current_exercise()
        if exercise is not None:
            self._steps.insert(exercise)

    # --- the candidate routine and its problems ----------------------------------------------

    def _id_taken(self, routine_id: str) -> bool:
        """Whether another routine, or any file in the folder, already has ``routine_id``."""
        return storage.id_taken(self._library, self._user_dir, routine_id, self._own_id)

    def _candidate(self) -> tuple[rt.Routine | None, list[str]]:
        """Build the routine from the controls; return it (None if it cannot be saved) and
        every problem in plain words.
        """
        routine_id = self.routine_id()
        steps = self._steps.steps()
        name = self._name_edit.text().strip()
        draft = dataclasses.replace(
            self._template,
            id=routine_id,
            name=name,
            purpose=rt.Purpose(self._purpose_combo.currentData()),
            steps=tuple(steps),
            description=self._description_edit.toPlainText().strip(),
            builtin=False,
        )
        messages: list[str] = []
        if not name:
            messages.append(self.tr("Give the routine a name."))
        if not steps:
            messages.append(self.tr("Add at least one exercise from the list on the right."))
        if routine_id in self._library.routines and routine_id != self._own_id:
            messages.append(
                self.tr("There is already a routine with the id “%1”.").replace("%1", routine_id)
            )
        raw = routine_format.routine_to_dict(draft)
        parsed, found = routine_format.parse_routine(
            raw, f"{routine_id}.json", self._library.exercises
        )
        for problem in found:
            if problem.field == "name" and not name:
                continue
            if problem.field == "steps" and not steps:
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
        draft = dataclasses.replace(self._template, steps=tuple(self._steps.steps()))
        total = rt.total_seconds(rt.timeline(draft, self._library.exercises))
        self._total_label.setText(self.tr("Total: %1").replace("%1", text.clock_duration(total)))
        self._file_label.setText(self.tr("Saved as %1").replace("%1", f"{self.routine_id()}.json"))
        self._update_buttons()
        self._fit_labels()

    def _update_buttons(self) -> None:
        self._exercises.set_room(len(self._steps.steps()) < rt.MAX_STEPS)

    def _fit_labels(self) -> None:
        """Reserve the height wrapped texts need at their narrowest, so none is ever clipped."""
        for label, chars in (
            (self._note_label, 70),
            (self._problems_label, 70),
            (self._steps.defaults_label, 36),
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
            storage.save_own(self._library, self._user_dir, routine, self._own_id)
        except OSError as exc:
            log.warning("cannot save routine %s: %s", routine.id, exc)
            self._save_error = self.tr("Could not save the routine: %1").replace(
                "%1", exc.strerror or str(exc)
            )
            self._show_state()
            return
        self.saved_id = routine.id
        self.accept()

    def _on_delete(self) -> None:
        if self._own_id is None:
            return
        answer = QtWidgets.QMessageBox.question(
            self,
            text.window_title(self.tr("Delete routine")),
            self.tr("Delete the routine “%1”? This cannot be undone.").replace(
                "%1", self._template.name
            ),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No,
        )
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        try:
            storage.delete_own(self._library, self._user_dir, self._own_id)
        except OSError as exc:
            self._save_error = self.tr("Could not delete the routine: %1").replace(
                "%1", exc.strerror or str(exc)
            )
            self._show_state()
            return
        self.deleted_id = self._own_id
        self.accept()

    def _apply_problem_colour(self) -> None:
        """Use a red that reads well on the current palette, light or dark."""
        problems.colour_problems(self, self._problems_label)

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Follow a switch between light and dark palettes, and font changes."""
        kind = event.type()
        if getattr(self, "_problems_label", None) is not None:
            if kind in (QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.StyleChange):
                self._apply_problem_colour()
            if kind in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
                self._fit_labels()
        super().changeEvent(event)
