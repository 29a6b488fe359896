"""The health profile, asked once: when cramps started, conditions, medicines and a fluid limit.

CONTENT.md §7.1 ("Profile, asked once") and §5.2 (medicines: talk to your doctor or pharmacist,
never stop or change one on your own); one medicine is entered in :mod:`medicine_dialog`. Every
change is saved at once through the :class:`RecordStore`; typing in a text or volume field is
saved once it pauses for a moment, and when the window closes. A deleted medicine can be undone
until the next delete or until the window closes. The fluid limit belongs to the water settings:
the window only reports it through ``on_fluid_limit`` and the caller saves the settings.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import medical, units
from spasm_desktop.core.medical import MedicalProfile, Medicine, ProfileProblem
from spasm_desktop.core.settings import INT_BOUNDS, Settings
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import assets, look, text, undo, volumes, windows
from spasm_desktop.ui.common.names import condition_names, medicines_caution
from spasm_desktop.ui.common.problems import colour_problems, problem_label
from spasm_desktop.ui.record.medicine_dialog import MedicineDialog, date_text

# How long typing pauses before a text or volume field is saved.
SAVE_DELAY_MS = 600
# Ticking one of these conditions asks whether a clinician set a fluid limit (CONTENT.md §3.3,
# §7a: heart failure and kidney disease are where limits are most often set [S22, S23]).
FLUID_LIMIT_CONDITIONS = ("heart", "kidney")


def profile_problem_text(problem: ProfileProblem) -> str:
    """A problem with the profile, in the person's language."""
    return {
        ProfileProblem.BAD_MONTH: text.tr("Choose a month."),
        ProfileProblem.TOO_EARLY: text.tr("Choose a year from %1 on.").replace(
            "%1", str(medical.FIRST_YEAR)
        ),
        ProfileProblem.IN_FUTURE: text.tr("That month has not come yet."),
        ProfileProblem.UNKNOWN_CONDITION: text.tr("Choose conditions from the list."),
        ProfileProblem.LONG_NOTE: text.tr(
            "Other conditions can have at most %1 characters."
        ).replace("%1", QtCore.QLocale().toString(medical.MAX_NOTE)),
    }[problem]


class ProfileWindow(QtWidgets.QWidget):
    """The health profile: when cramps started, conditions, medicines and a fluid limit.

    Signals:
        changed(): after every saved change to the profile or the medicines.
    """

    changed = QtCore.Signal()

    COLUMNS = 4

    def __init__(
        self,
        store: RecordStore,
        settings: Settings,
        on_fluid_limit: Callable[[int | None], None],
        today: Callable[[], dt.date],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        """``on_fluid_limit`` gets the new clinician-set limit in ml (None: no limit).

        ``today`` gives the local date (for "in the future" checks and new dates).
        """
        super().__init__(parent)
        self._store = store
        self._on_fluid_limit = on_fluid_limit
        self._today = today
        self._unit = settings.unit
        self._profile = store.load_profile()
        self._medicines: list[Medicine] = []
        self._deleted: Medicine | None = None
        self._reported_limit = settings.water.fluid_limit_ml
        self._limit_ml = self._clamped_limit(settings)
        self._loading = True
        self.setWindowTitle(text.window_title(text.tr("Health profile")))
        self.setWindowIcon(assets.icon("app"))
        self.setAccessibleName(text.tr("Health profile"))

        self._save_timer = QtCore.QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

        intro = QtWidgets.QLabel(
            text.tr(
                "Asked once, to help you and your clinician. Every answer is optional, is saved "
                "as you go and stays on this device unless you export it."
            )
        )
        intro.setWordWrap(True)
        intro.setAccessibleDescription(text.tr("About the health profile"))

        left = QtWidgets.QVBoxLayout()
        left.addWidget(self._build_since())
        left.addWidget(self._build_conditions(), 1)
        # Side by side, or one above the other on a narrow screen (see showEvent).
        self.top = top = QtWidgets.QBoxLayout(QtWidgets.QBoxLayout.Direction.LeftToRight)
        top.addLayout(left, 3)
        top.addWidget(self._build_limit(settings), 2)

        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        self.close_button = close = QtWidgets.QPushButton(text.tr("&Close"))
        close.setAccessibleName(text.tr("Close the health profile"))
        close.clicked.connect(self.close)
        buttons.addWidget(close)

        # Everything but Close scrolls when the screen is too small for it.
        body = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(intro)
        column.addLayout(top)
        column.addWidget(self._build_medicines(), 1)
        layout = QtWidgets.QVBoxLayout(self)
        self.body_area = windows.scrolling(body, text.tr("Health profile"))
        self.body_area.setObjectName("profile_scroll")
        layout.addWidget(self.body_area, 1)
        layout.addLayout(buttons)

        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Close, self, self.close)
        QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape), self, self.close)

        self._show_profile(self._profile)
        self._sync_limit_question()
        self._loading = False
        self.refresh()
        metrics = self.fontMetrics()
        hint = self.sizeHint()  # at most the screen (windows.show_in_front)
        self.resize(
            max(metrics.averageCharWidth() * 120, hint.width()),
            max(metrics.lineSpacing() * 44, hint.height()),
        )

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """On a screen too narrow for the questions side by side, one above the other."""
        screen = self.screen() or QtGui.QGuiApplication.primaryScreen()
        if (
            screen is not None
            and self.minimumSizeHint().width() > screen.availableGeometry().width()
        ):
            self.top.setDirection(QtWidgets.QBoxLayout.Direction.TopToBottom)
            windows.fit_width(self.body_area)
            layout = self.layout()
            assert layout is not None
            layout.activate()  # the narrower minimum now, before the window is fitted
        super().showEvent(event)

    # --- building ----------------------------------------------------------------------------

    def _build_since(self) -> QtWidgets.QGroupBox:
        group = QtWidgets.QGroupBox(text.tr("When did your cramps first start?"))
        group.setAccessibleName(text.tr("When did your cramps first start?"))
        locale = QtCore.QLocale()
        self.since_month = QtWidgets.QComboBox()
        self.since_month.setAccessibleName(text.tr("Month cramps first started"))
        for month in range(1, 13):
            self.since_month.addItem(locale.standaloneMonthName(month), month)
        self.since_year = QtWidgets.QSpinBox()
        self.since_year.setAccessibleName(text.tr("Year cramps first started"))
        self.since_year.setRange(medical.FIRST_YEAR, self._today().year)
        self.since_year.setGroupSeparatorShown(False)
        self.since_unknown = QtWidgets.QCheckBox(text.tr("I &don't know"))
        self.since_unknown.setAccessibleName(text.tr("I don't know when my cramps started"))
        label = QtWidgets.QLabel(text.tr("&Month and year:"))
        label.setBuddy(self.since_month)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.since_month)
        row.addWidget(self.since_year)
        row.addWidget(self.since_unknown)
        row.addStretch(1)
        self.since_problem = problem_label(self, text.tr("Problem with the month"))
        layout = QtWidgets.QVBoxLayout(group)
        layout.addLayout(row)
        layout.addWidget(self.since_problem)
        self.since_month.currentIndexChanged.connect(self._since_edited)
        self.since_year.valueChanged.connect(self._since_edited)
        self.since_unknown.toggled.connect(self._since_edited)
        return group

    def _build_conditions(self) -> QtWidgets.QGroupBox:
        group = QtWidgets.QGroupBox(text.tr("Conditions you choose to share"))
        group.setAccessibleName(text.tr("Conditions you choose to share"))
        grid = QtWidgets.QGridLayout()
        self.condition_boxes: dict[str, QtWidgets.QCheckBox] = {}
        for index, (key, name) in enumerate(condition_names().items()):
            box = QtWidgets.QCheckBox(name)
            box.setAccessibleName(text.tr("Condition: %1").replace("%1", name))
            box.toggled.connect(self._conditions_edited)
            grid.addWidget(box, index // 2, index % 2)
            self.condition_boxes[key] = box
        self.conditions_note = QtWidgets.QLineEdit()
        self.conditions_note.setAccessibleName(text.tr("Other conditions"))
        self.conditions_note.setPlaceholderText(text.tr("in your own words"))
        self.conditions_note.textEdited.connect(self._note_edited)
        self.conditions_note.editingFinished.connect(self.flush)
        note_label = QtWidgets.QLabel(text.tr("&Other conditions:"))
        note_label.setBuddy(self.conditions_note)
        note_row = QtWidgets.QHBoxLayout()
        note_row.addWidget(note_label)
        note_row.addWidget(self.conditions_note, 1)
        self.conditions_problem = problem_label(self, text.tr("Problem with other conditions"))
        layout = QtWidgets.QVBoxLayout(group)
        layout.addLayout(grid)
        layout.addLayout(note_row)
        layout.addWidget(self.conditions_problem)
        layout.addStretch(1)
        return group

    def _build_limit(self, settings: Settings) -> QtWidgets.QGroupBox:
        group = QtWidgets.QGroupBox(text.tr("Fluid limit"))
        group.setAccessibleName(text.tr("Fluid limit"))
        self.limit_check = QtWidgets.QCheckBox(text.tr("A clinician set me a &fluid limit"))
        self.limit_check.setObjectName("fluid_limit_set")
        self.limit_check.setAccessibleName(text.tr("A clinician set me a fluid limit"))
        self.limit_check.setChecked(settings.water.fluid_limit_ml is not None)
        self.limit_spin = QtWidgets.QDoubleSpinBox()
        self.limit_spin.setObjectName("water_limit")
        self.limit_spin.setAccessibleName(text.tr("Fluid limit per day"))
        volumes.show_in_unit(self.limit_spin, "limit", self._unit, self._limit_ml)
        self.limit_spin.setEnabled(self.limit_check.isChecked())
        label = QtWidgets.QLabel(text.tr("Limit &per day:"))
        label.setBuddy(self.limit_spin)
        row = QtWidgets.QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.limit_spin)
        row.addStretch(1)
        self.limit_caution = QtWidgets.QLabel(text.fluid_caution())
        self.limit_caution.setObjectName("fluid_caution")
        self.limit_caution.setWordWrap(True)
        self.limit_caution.setAccessibleDescription(text.tr("About fluid limits"))
        # Heart or kidney disease ticked: ask about a limit and say why (CONTENT.md §3.3, §7a).
        self.limit_question = QtWidgets.QLabel(volumes.heart_kidney_question())
        self.limit_question.setObjectName("limit_question")
        self.limit_question.setWordWrap(True)
        self.limit_question.setAccessibleDescription(text.tr("Do you have a fluid limit?"))
        bold = self.limit_question.font()
        bold.setBold(True)
        self.limit_question.setFont(bold)
        self.limit_why = QtWidgets.QLabel(volumes.heart_kidney_why())
        self.limit_why.setObjectName("limit_why")
        self.limit_why.setWordWrap(True)
        self.limit_why.setAccessibleDescription(text.tr("Why a fluid limit matters"))
        self.log_only_note = QtWidgets.QLabel(volumes.log_only_note())
        self.log_only_note.setObjectName("log_only_note")
        self.log_only_note.setWordWrap(True)
        self.log_only_note.setAccessibleDescription(text.tr("Water is log only"))
        layout = QtWidgets.QVBoxLayout(group)
        layout.addWidget(self.limit_question)
        layout.addWidget(self.limit_why)
        layout.addWidget(self.limit_check)
        layout.addLayout(row)
        layout.addWidget(self.log_only_note)
        layout.addWidget(self.limit_caution)
        layout.addStretch(1)
        self.limit_check.toggled.connect(self._limit_toggled)
        self.limit_spin.valueChanged.connect(self._limit_edited)
        self.limit_spin.editingFinished.connect(self.flush)
        return group

    def _build_medicines(self) -> QtWidgets.QGroupBox:
        group = QtWidgets.QGroupBox(text.tr("Medicines"))
        group.setAccessibleName(text.tr("Medicines"))
        caution = QtWidgets.QLabel(medicines_caution())
        caution.setObjectName("medicines_caution")
        caution.setWordWrap(True)
        caution.setAccessibleDescription(text.tr("About medicines"))
        bold = caution.font()
        bold.setBold(True)
        caution.setFont(bold)

        self.table = QtWidgets.QTableWidget(0, self.COLUMNS)
        self.table.setAccessibleName(text.tr("Medicines, by start date"))
        self.table.setHorizontalHeaderLabels(
            [text.tr("Medicine"), text.tr("Started"), text.tr("Stopped"), text.tr("Note")]
        )
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setAccessibleName(text.tr("Row numbers"))
        header = self.table.horizontalHeader()
        header.setAccessibleName(text.tr("Column headings"))
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        undo.RowKeys(self.table, edit=self.edit_selected, delete=self.delete_selected)

        self.empty_label = QtWidgets.QLabel(text.tr("No medicines listed yet."))
        self.empty_label.setAccessibleName(text.tr("No medicines listed yet."))
        look.mute(self.empty_label)

        self.undo_bar = undo.UndoBar(self)
        self.undo_bar.undo_requested.connect(self.undo_delete)
        self.undo_label = self.undo_bar.label
        self.undo_button = self.undo_bar.button

        buttons = QtWidgets.QHBoxLayout()
        self.add_button = QtWidgets.QPushButton(text.tr("&Add…"))
        self.add_button.setAccessibleName(text.tr("Add a medicine"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QtWidgets.QPushButton(text.tr("&Edit…"))
        self.edit_button.setAccessibleName(text.tr("Edit the selected medicine"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.stop_button = QtWidgets.QPushButton(text.tr("Mark &stopped…"))
        self.stop_button.setAccessibleName(text.tr("Mark the selected medicine stopped"))
        self.stop_button.clicked.connect(self.stop_selected)
        self.delete_button = QtWidgets.QPushButton(text.tr("De&lete"))
        self.delete_button.setAccessibleName(text.tr("Delete the selected medicine"))
        self.delete_button.setToolTip(
            QtGui.QKeySequence(QtCore.Qt.Key.Key_Delete).toString(
                QtGui.QKeySequence.SequenceFormat.NativeText
            )
        )
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.add_button, self.edit_button, self.stop_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QtWidgets.QVBoxLayout(group)
        layout.addWidget(caution)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.undo_bar)
        layout.addLayout(buttons)
        return group

    @staticmethod
    def _clamped_limit(settings: Settings) -> int:
        """The limit to show: the set one, or 1.5 L as a start, within the bounds."""
        water = settings.water
        # Without a limit, the box starts at 1.5 L: a common heart-failure limit [S23], only a
        # starting point for the number the clinician gave.
        start = water.fluid_limit_ml if water.fluid_limit_ml is not None else 1500
        low, high = INT_BOUNDS["water.fluid_limit_ml"]
        return min(max(start, low), high)

    # --- the profile -------------------------------------------------------------------------

    def profile(self) -> MedicalProfile:
        """The profile as saved (or waiting to be saved)."""
        return self._profile

    def _show_profile(self, profile: MedicalProfile) -> None:
        loading, self._loading = self._loading, True
        today = self._today()
        year, month = profile.cramps_since or (today.year, today.month)
        self.since_year.setValue(year)
        self.since_month.setCurrentIndex(month - 1)
        self.since_unknown.setChecked(profile.cramps_since is None)
        self._sync_since()
        for key, box in self.condition_boxes.items():
            box.setChecked(key in profile.conditions)
        self.conditions_note.setText(profile.conditions_note)
        self._loading = loading

    def _sync_since(self) -> None:
        known = not self.since_unknown.isChecked()
        self.since_month.setEnabled(known)
        self.since_year.setEnabled(known)

    def _entered_profile(self) -> MedicalProfile:
        since = (
            None
            if self.since_unknown.isChecked()
            else (self.since_year.value(), int(self.since_month.currentData()))
        )
        conditions = tuple(key for key, box in self.condition_boxes.items() if box.isChecked())
        return MedicalProfile(since, conditions, self.conditions_note.text().strip())

    def _since_edited(self) -> None:
        self._sync_since()
        if not self._loading:
            self._save_profile()

    def _conditions_edited(self) -> None:
        self._sync_limit_question()
        if not self._loading:
            self._save_profile()

    def asks_about_limit(self) -> bool:
        """Whether heart or kidney disease is ticked, so the window asks about a fluid limit."""
        return any(self.condition_boxes[key].isChecked() for key in FLUID_LIMIT_CONDITIONS)

    def _sync_limit_question(self) -> None:
        """Ask about a fluid limit while heart or kidney disease is ticked (CONTENT.md §7a)."""
        # One text at a time, so that the narrow column never clips: the question and why it
        # matters until a limit is entered, then what the limit changes, with the caution.
        limited = self.limit_check.isChecked()
        asks = self.asks_about_limit() and not limited
        self.limit_question.setVisible(asks)
        self.limit_why.setVisible(asks)
        self.log_only_note.setVisible(limited)
        self.limit_caution.setVisible(not asks)

    def _note_edited(self) -> None:
        if not self._loading:
            self._save_timer.start()

    def _save_profile(self) -> None:
        """Save the profile as entered, unless it has problems (shown where they are)."""
        entered = self._entered_profile()
        problems = medical.profile_problems(entered, self._today())
        since = [p for p in problems if p is not ProfileProblem.LONG_NOTE]
        note = [p for p in problems if p is ProfileProblem.LONG_NOTE]
        for label, found in ((self.since_problem, since), (self.conditions_problem, note)):
            label.setText("\n".join(profile_problem_text(p) for p in found))
            label.setVisible(bool(found))
        self.since_year.setAccessibleDescription(
            text.tr("This entry has a problem.") if since else ""
        )
        self.conditions_note.setAccessibleDescription(
            text.tr("This entry has a problem.") if note else ""
        )
        if problems or entered == self._profile:
            return
        self._store.save_profile(entered)
        self._profile = entered
        self.changed.emit()

    # --- the fluid limit ---------------------------------------------------------------------

    def fluid_limit_ml(self) -> int | None:
        """The fluid limit as entered, in ml (None: no limit)."""
        return self._limit_ml if self.limit_check.isChecked() else None

    def set_settings(self, settings: Settings) -> None:
        """Follow settings changed elsewhere (the unit, the limit) without reporting them."""
        self._save_timer.stop()
        loading, self._loading = self._loading, True
        self._unit = settings.unit
        self._reported_limit = settings.water.fluid_limit_ml
        self._limit_ml = self._clamped_limit(settings)
        self.limit_check.setChecked(settings.water.fluid_limit_ml is not None)
        volumes.show_in_unit(self.limit_spin, "limit", self._unit, self._limit_ml)
        self.limit_spin.setEnabled(self.limit_check.isChecked())
        self._sync_limit_question()
        self._loading = loading

    def _limit_toggled(self, checked: bool) -> None:
        self.limit_spin.setEnabled(checked)
        self._sync_limit_question()
        if not self._loading:
            self._report_limit()

    def _limit_edited(self, value: float) -> None:
        if self._loading:
            return
        self._limit_ml = units.from_unit(value, self._unit)
        self._save_timer.start()

    def _report_limit(self) -> None:
        limit = self.fluid_limit_ml()
        if limit != self._reported_limit:
            self._reported_limit = limit
            self._on_fluid_limit(limit)

    def flush(self) -> None:
        """Save what typing left waiting (the other conditions, the limit) now."""
        self._save_timer.stop()
        if self._loading:
            return
        self._save_profile()
        self._report_limit()

    # --- medicines ---------------------------------------------------------------------------

    def medicines(self) -> list[Medicine]:
        """The medicines shown, in order."""
        return list(self._medicines)

    def refresh(self, select: str | None = None) -> None:
        """Read the medicines again and show them (selecting ``select`` if given)."""
        if not isinstance(select, str):
            current = self.selected()
            select = current.uid if current else None
        self._medicines = self._store.medicines()
        self.table.setRowCount(len(self._medicines))
        for row, medicine in enumerate(self._medicines):
            cells = (
                medicine.name,
                date_text(medicine.started) if medicine.started else text.tr("not known"),
                date_text(medicine.stopped) if medicine.stopped else text.tr("still taking"),
                medicine.note,
            )
            for column, value in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(value)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, medicine.uid)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self._medicines)
        uids = [m.uid for m in self._medicines]
        if select in uids:
            self.table.selectRow(uids.index(select))
        elif self._medicines and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Medicine | None:
        """The selected medicine, if any."""
        model = self.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if not rows or rows[0].row() >= len(self._medicines):
            return None
        return self._medicines[rows[0].row()]

    def _update_buttons(self) -> None:
        current = self.selected()
        self.edit_button.setEnabled(current is not None)
        self.delete_button.setEnabled(current is not None)
        self.stop_button.setEnabled(current is not None and current.stopped is None)

    def add(self) -> None:
        """Ask for a new medicine and save it."""
        medicine = MedicineDialog.ask(None, self._today(), self)
        if medicine is not None:
            self._save(medicine)

    def edit_selected(self) -> None:
        """Ask for changes to the selected medicine and save them."""
        current = self.selected()
        if current is None:
            return
        medicine = MedicineDialog.ask(current, self._today(), self)
        if medicine is not None and medicine != current:
            self._save(dataclasses.replace(medicine, uid=current.uid))

    def stop_selected(self) -> None:
        """Ask when the selected medicine was stopped (today unless changed) and save it."""
        current = self.selected()
        if current is None or current.stopped is not None:
            return
        medicine = MedicineDialog.ask(current, self._today(), self, stopping=True)
        if medicine is not None and medicine != current:
            self._save(dataclasses.replace(medicine, uid=current.uid))

    def _save(self, medicine: Medicine) -> None:
        self._store.save_medicine(medicine)
        self.refresh(medicine.uid)
        self.table.setFocus()
        self.changed.emit()

    def delete_selected(self) -> None:
        """Delete the selected medicine at once; offer to undo it."""
        current = self.selected()
        if current is None:
            return
        row = self._medicines.index(current)
        deleted = self._store.delete_medicine(current.uid)
        if deleted is None:
            self.refresh()
            return
        self._deleted = deleted
        message = text.tr("Deleted %1 from your medicines.").replace("%1", deleted.name)
        self.refresh("")
        if self._medicines:
            self.table.selectRow(min(row, len(self._medicines) - 1))
        self.table.setFocus()
        self.undo_bar.offer(message)  # last: its announcement follows the move of the focus
        self.changed.emit()

    def undo_delete(self) -> None:
        """Bring back the medicine deleted last."""
        if self._deleted is None:
            return
        medicine, self._deleted = self._deleted, None
        self.undo_bar.dismiss()
        self._store.save_medicine(medicine)
        self.refresh(medicine.uid)
        self.table.setFocus()
        self.undo_bar.announce(
            text.tr("%1 is back in your medicines.").replace("%1", medicine.name)
        )
        self.changed.emit()

    def can_undo(self) -> bool:
        """Whether a delete can be undone."""
        return self._deleted is not None

    # --- events ------------------------------------------------------------------------------

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Follow a switch between light and dark palettes."""
        if getattr(self, "conditions_problem", None) is not None and event.type() in (
            QtCore.QEvent.Type.PaletteChange,
            QtCore.QEvent.Type.StyleChange,
        ):
            colour_problems(self, self.since_problem)
            colour_problems(self, self.conditions_problem)
        super().changeEvent(event)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Closing saves what typing left waiting and ends the chance to undo."""
        self.flush()
        self._deleted = None
        self.undo_bar.dismiss()
        super().closeEvent(event)
