"""The Today window: today's water, today's reminders and what comes next.

Water is shown against the person's own goal (with a progress bar), alone when they set none,
or against a clinician-set fluid limit: then it is log-only, with no bar filling toward the
limit and a calm note as the total nears it (CONTENT.md §7a).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import units, water_day
from spasm_desktop.core.relief import RedFlags
from spasm_desktop.core.reminders import Outcome, Record, ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.core.sitting import Break, BreakSource, Presence
from spasm_desktop.ui.common import assets, flow, look, text, volumes, windows

SHOWN_OUTCOMES = (Outcome.DONE, Outcome.SNOOZED, Outcome.SKIPPED, Outcome.IGNORED)


@dataclasses.dataclass(frozen=True)
class TodayData:
    """What the window shows (filled by the app)."""

    settings: Settings
    tz: dt.tzinfo
    water_today_ml: int
    records: list[Record]
    dues: dict[ReminderKind, dt.datetime]
    paused_until: dt.datetime | None
    notice: str = ""
    # Today's water goal when it is not the settings' (a hot or workout day; None: theirs).
    goal_ml: int | None = None
    # Where the person is (None: activity is not detected), the current spell and today's total.
    presence: Presence | None = None
    sitting: dt.timedelta = dt.timedelta(0)
    sitting_today: dt.timedelta = dt.timedelta(0)
    breaks: tuple[Break, ...] = ()
    # The night the morning check-in has no answer for yet (None: nothing to ask).
    last_night: dt.date | None = None
    # The last night of a two-week log that is running (None: no log running).
    log_until: dt.date | None = None
    # When this was taken: the times shown say "tomorrow" or a weekday counted from it.
    now: dt.datetime = dataclasses.field(kw_only=True)


class TodayWindow(QtWidgets.QWidget):
    """Today at a glance.

    Signals:
        drink_requested(int), other_drink_requested(), undo_requested(),
        pause_requested(int), resume_requested(), settings_requested(), quit_requested(),
        relief_requested(): open the quick relief panel (button, or Ctrl+Shift+C).
        learn_requested(): open the Learn page.
        diary_requested(): open the cramp diary.
        history_requested(): open the history (days, charts, patterns).
    """

    drink_requested = QtCore.Signal(int)
    other_drink_requested = QtCore.Signal()
    undo_requested = QtCore.Signal()
    pause_requested = QtCore.Signal(int)
    resume_requested = QtCore.Signal()
    settings_requested = QtCore.Signal()
    quit_requested = QtCore.Signal()
    relief_requested = QtCore.Signal()
    learn_requested = QtCore.Signal()
    diary_requested = QtCore.Signal()
    history_requested = QtCore.Signal()
    checkin_requested = QtCore.Signal()

    def __init__(
        self, parent: QtWidgets.QWidget | None = None, red_flags: RedFlags | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(text.window_title(self.tr("Today")))
        self.setWindowIcon(assets.icon("app"))
        self.setAccessibleName(self.tr("Today"))
        self._glass_ml = 250
        layout = QtWidgets.QVBoxLayout(self)

        self.relief_button = QtWidgets.QPushButton(self.tr("Cra&mp now: what to do"))
        self.relief_button.setAccessibleName(self.tr("Cramp now: open the relief panel"))
        self.relief_button.setToolTip(text.RELIEF_SHORTCUT)
        self.relief_button.clicked.connect(self.relief_requested)
        look.primary(self.relief_button)  # the one button that stands out
        layout.addWidget(self.relief_button)
        QtGui.QShortcut(QtGui.QKeySequence(text.RELIEF_SHORTCUT), self, self.relief_requested.emit)
        # What is read scrolls on a small screen; "Cramp now" above and the buttons below stay.
        outer = layout
        body = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)

        checkin_row = QtWidgets.QHBoxLayout()
        self.checkin_label = QtWidgets.QLabel(self.tr("Last night: not answered yet."))
        self.checkin_label.setWordWrap(True)
        self.checkin_button = QtWidgets.QPushButton(self.tr("A&nswer now…"))
        self.checkin_button.setAccessibleName(self.tr("Answer how last night was"))
        self.checkin_button.clicked.connect(self.checkin_requested)
        self.checkin_label.setBuddy(self.checkin_button)
        checkin_row.addWidget(self.checkin_label, 1)
        checkin_row.addWidget(self.checkin_button)
        for widget in (self.checkin_label, self.checkin_button):
            widget.setVisible(False)
        layout.addLayout(checkin_row)
        self.log_label = QtWidgets.QLabel()
        self.log_label.setWordWrap(True)
        self.log_label.setVisible(False)
        layout.addWidget(self.log_label)

        self.notice = QtWidgets.QLabel()
        self.notice.setWordWrap(True)
        self.notice.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.notice.setAccessibleName(self.tr("Notice"))
        self.notice.setVisible(False)
        layout.addWidget(self.notice)

        self.water_box = QtWidgets.QGroupBox(self.tr("Water"))
        water = QtWidgets.QVBoxLayout(self.water_box)
        self.water_label = QtWidgets.QLabel()
        self.water_label.setAccessibleDescription(self.tr("Water today"))
        self.water_label.setWordWrap(True)
        self.water_bar = QtWidgets.QProgressBar()
        self.water_bar.setAccessibleName(self.tr("Water today against your goal"))
        self.water_bar.setTextVisible(True)
        # A clinician's fluid limit: a calm note near and at the limit, and what log-only means.
        self.limit_note = QtWidgets.QLabel()
        self.limit_note.setObjectName("limit_note")
        self.limit_note.setAccessibleName(self.tr("About your fluid limit today"))
        self.limit_note.setWordWrap(True)
        bold = self.limit_note.font()
        bold.setBold(True)
        self.limit_note.setFont(bold)
        self.log_only_note = QtWidgets.QLabel(volumes.log_only_note())
        self.log_only_note.setObjectName("log_only_note")
        self.log_only_note.setAccessibleDescription(self.tr("Water is log only"))
        self.log_only_note.setWordWrap(True)
        buttons = flow.FlowRow(fill=True)
        self.glass_button = QtWidgets.QPushButton()
        self.glass_button.clicked.connect(lambda: self.drink_requested.emit(self._glass_ml))
        self.other_button = QtWidgets.QPushButton(self.tr("&Other amount…"))
        self.other_button.setAccessibleName(self.tr("Log another amount"))
        self.other_button.clicked.connect(self.other_drink_requested)
        self.undo_button = QtWidgets.QPushButton(self.tr("&Undo last drink"))
        self.undo_button.setAccessibleName(self.tr("Undo last drink"))
        self.undo_button.clicked.connect(self.undo_requested)
        for button in (self.glass_button, self.other_button, self.undo_button):
            buttons.addWidget(button)
        water.addWidget(self.water_label)
        water.addWidget(self.water_bar)
        water.addWidget(self.limit_note)
        water.addWidget(self.log_only_note)
        water.addLayout(buttons)
        layout.addWidget(self.water_box)

        sitting_box = QtWidgets.QGroupBox(self.tr("Sitting"))
        sitting = QtWidgets.QVBoxLayout(sitting_box)
        self.sitting_label = QtWidgets.QLabel()
        self.sitting_label.setAccessibleDescription(self.tr("Sitting now"))
        self.sitting_today_label = QtWidgets.QLabel()
        self.sitting_today_label.setAccessibleDescription(self.tr("Sitting time today"))
        self.breaks_label = QtWidgets.QLabel()
        self.breaks_label.setAccessibleDescription(self.tr("Breaks today"))
        for label in (self.sitting_label, self.sitting_today_label, self.breaks_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard)
            sitting.addWidget(label)
        layout.addWidget(sitting_box)

        done_box = QtWidgets.QGroupBox(self.tr("Reminders today"))
        self.table = QtWidgets.QTableWidget(len(ReminderKind), len(SHOWN_OUTCOMES) + 1)
        self.table.setAccessibleName(self.tr("Reminders today by kind and answer"))
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.table.setHorizontalHeaderLabels(
            [text.outcome_name(o) for o in SHOWN_OUTCOMES] + [self.tr("next")]
        )
        self.table.setVerticalHeaderLabels([text.kind_name(k) for k in ReminderKind])
        self.table.horizontalHeader().setSectionResizeMode(
            QtWidgets.QHeaderView.ResizeMode.ResizeToContents
        )
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSizeAdjustPolicy(
            QtWidgets.QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents
        )
        self.table.setVerticalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Fixed
        )
        QtWidgets.QVBoxLayout(done_box).addWidget(self.table)
        layout.addWidget(done_box)

        self.pause_label = QtWidgets.QLabel()
        self.pause_label.setWordWrap(True)
        controls = flow.FlowRow()  # wraps rather than widen the window past a small screen
        self.pause_button = QtWidgets.QPushButton(self.tr("&Pause 1 hour"))
        self.pause_button.setAccessibleName(self.tr("Pause reminders for one hour"))
        self.pause_button.clicked.connect(lambda: self.pause_requested.emit(60))
        self.resume_button = QtWidgets.QPushButton(self.tr("&Resume"))
        self.resume_button.setAccessibleName(self.tr("Resume reminders"))
        self.resume_button.clicked.connect(self.resume_requested)
        self.settings_button = QtWidgets.QPushButton(self.tr("&Settings…"))
        self.settings_button.setAccessibleName(self.tr("Settings"))
        self.settings_button.clicked.connect(self.settings_requested)
        self.quit_button = QtWidgets.QPushButton(self.tr("&Quit Spasm Desktop"))
        self.quit_button.setAccessibleName(self.tr("Quit Spasm Desktop"))
        self.quit_button.clicked.connect(self.quit_requested)
        self.quit_button.setVisible(False)  # only without a tray, where nothing else can quit
        self.close_button = close = QtWidgets.QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.close)
        self.diary_button = QtWidgets.QPushButton(self.tr("D&iary…"))
        self.diary_button.setAccessibleName(self.tr("Cramp diary"))
        self.diary_button.clicked.connect(self.diary_requested)
        self.history_button = QtWidgets.QPushButton(self.tr("&History…"))
        self.history_button.setAccessibleName(self.tr("History and charts"))
        self.history_button.clicked.connect(self.history_requested)
        self.learn_button = QtWidgets.QPushButton(self.tr("&Learn…"))
        self.learn_button.setAccessibleName(self.tr("Learn about cramps"))
        self.learn_button.clicked.connect(self.learn_requested)
        for widget in (
            self.pause_button,
            self.resume_button,
            self.settings_button,
            self.diary_button,
            self.history_button,
            self.learn_button,
        ):
            controls.addWidget(widget)
        controls.addStretch()
        controls.addWidget(self.quit_button)
        controls.addWidget(close)
        layout.addWidget(self.pause_label)

        disclaimer = QtWidgets.QLabel(text.disclaimer(red_flags))
        disclaimer.setWordWrap(True)
        small = disclaimer.font()
        small.setPointSizeF(small.pointSizeF() * 0.9)
        disclaimer.setFont(small)
        look.mute(disclaimer)
        layout.addWidget(disclaimer)
        outer.addWidget(windows.scrolling(body, self.tr("Today")), 1)
        outer.addLayout(controls)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Close, self, self.close)
        QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape), self, self.close)
        # As wide as its rows of buttons on one line, where the screen has room for it.
        width = max(self.fontMetrics().averageCharWidth() * 80, self.sizeHint().width())
        windows.fit_screen(self, width, self.sizeHint().height())

    def update_data(self, data: TodayData) -> None:
        """Show ``data``."""
        unit = data.settings.unit
        water = data.settings.water
        # With a fluid limit there is no goal at all, whatever the app passed (CONTENT.md §7a).
        goal = water_day.shown_goal(data.goal_ml, water)
        self._glass_ml = water.glass_ml
        glass = text.volume(self._glass_ml, unit)
        if water.log_only:
            self.water_box.setTitle(self.tr("Water (log only)"))
            self.glass_button.setText(self.tr("Log a &drink (%1)").replace("%1", glass))
            self.glass_button.setAccessibleName(self.tr("Log a drink of %1").replace("%1", glass))
        else:
            self.water_box.setTitle(self.tr("Water"))
            self.glass_button.setText(self.tr("Log a &glass (%1)").replace("%1", glass))
            self.glass_button.setAccessibleName(self.tr("Log a glass of %1").replace("%1", glass))
        self.water_label.setText(volumes.total_line(data.water_today_ml, water, goal, unit))
        # A bar fills toward the person's own goal only: never toward a limit, nor without a goal.
        self.water_bar.setVisible(goal is not None)
        if goal is not None:
            bar = water_day.progress(data.water_today_ml, goal)
            self.water_bar.setRange(0, bar.maximum)
            self.water_bar.setValue(bar.value)
            percent = QtCore.QLocale().toString(bar.percent)
            self.water_bar.setFormat(self.tr("%1 %").replace("%1", percent))
        note = volumes.limit_note(data.settings, data.water_today_ml)
        self.limit_note.setText(note)
        self.limit_note.setVisible(bool(note))
        self.log_only_note.setVisible(water.log_only)
        self.undo_button.setEnabled(data.water_today_ml > 0)
        counts = Counter((r.kind, r.outcome) for r in data.records)
        for row, kind in enumerate(ReminderKind):
            for column, outcome in enumerate(SHOWN_OUTCOMES):
                count = QtCore.QLocale().toString(counts[(kind, outcome)])
                item = self._cell(kind, text.outcome_name(outcome), count)
                item.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
            due = data.dues.get(kind)
            when = text.time_of_day(due, data.tz, now=data.now) if due else self.tr("off")
            if kind is ReminderKind.WATER and water.log_only:
                when = self.tr("log only (fluid limit)")
            self.table.setItem(row, len(SHOWN_OUTCOMES), self._cell(kind, self.tr("next"), when))
        self._show_sitting(data)
        for widget in (self.checkin_label, self.checkin_button):
            widget.setVisible(data.last_night is not None)
        if data.log_until is not None:
            until = data.log_until
            self.log_label.setText(
                self.tr("Two-week log running, until the night of %1.").replace(
                    "%1",
                    QtCore.QLocale().toString(
                        QtCore.QDate(until.year, until.month, until.day),
                        QtCore.QLocale.FormatType.ShortFormat,
                    ),
                )
            )
        self.log_label.setVisible(data.log_until is not None)
        paused = data.paused_until is not None
        self.pause_label.setText(
            self.tr("Reminders are paused until %1.").replace(
                "%1", text.time_of_day(data.paused_until, data.tz, now=data.now)
            )
            if data.paused_until is not None
            else ""
        )
        self.pause_label.setVisible(paused)
        self.resume_button.setEnabled(paused)
        self.notice.setText(data.notice)
        self.notice.setVisible(bool(data.notice))
        # Every row stays visible: grow when the notice or the pause line appears.
        layout = self.layout()
        assert layout is not None
        layout.activate()
        hint = self.sizeHint().height()
        if self.height() < hint:
            self.resize(self.width(), hint)
            windows.fit_on_screen(self)  # no taller than the screen: the middle scrolls

    def _cell(self, kind: ReminderKind, column: str, value: str) -> QtWidgets.QTableWidgetItem:
        """A cell that a screen reader reads with its row's name: "Water, done: 2"."""
        item = QtWidgets.QTableWidgetItem(value)
        spoken = self.tr("%1, %2: %3").replace("%1", text.kind_name(kind)).replace("%2", column)
        item.setData(QtCore.Qt.ItemDataRole.AccessibleTextRole, spoken.replace("%3", value))
        return item

    def _show_sitting(self, data: TodayData) -> None:
        watching = data.presence is not None
        if data.presence is None:
            self.sitting_label.setText(text.no_activity())
        else:
            self.sitting_label.setText(text.presence(data.presence, data.sitting))
        self.sitting_today_label.setText(
            self.tr("Sitting time today: %1").replace("%1", text.duration(data.sitting_today))
        )
        natural = sum(1 for b in data.breaks if b.source is BreakSource.NATURAL)
        prompted = len(data.breaks) - natural
        locale = QtCore.QLocale()
        self.breaks_label.setText(
            self.tr("Breaks today: %1 on your own, %2 after a reminder")
            .replace("%1", locale.toString(natural))
            .replace("%2", locale.toString(prompted))
        )
        self.sitting_today_label.setVisible(watching)


class DrinkAmountDialog(QtWidgets.QDialog):
    """Asks for a drink size in the person's unit."""

    def __init__(
        self, unit: units.VolumeUnit, default_ml: int, parent: QtWidgets.QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(text.window_title(self.tr("Log a drink")))
        self._unit = unit
        self.amount = QtWidgets.QDoubleSpinBox()
        self.amount.setAccessibleName(self.tr("Amount"))
        if unit is units.VolumeUnit.ML:
            self.amount.setDecimals(0)
            self.amount.setRange(10, 2000)
            self.amount.setSingleStep(50)
            self.amount.setSuffix(self.tr(" ml"))
        else:
            self.amount.setDecimals(1)
            self.amount.setRange(0.5, 67.0)
            self.amount.setSingleStep(1)
            self.amount.setSuffix(self.tr(" fl oz"))
        self.amount.setValue(units.rounded(default_ml, unit))
        label = QtWidgets.QLabel(self.tr("&Amount:"))
        label.setBuddy(self.amount)
        buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QFormLayout(self)
        layout.addRow(label, self.amount)
        layout.addRow(buttons)

    def millilitres(self) -> int:
        """The amount entered, in ml."""
        return units.from_unit(self.amount.value(), self._unit)

    @classmethod
    def ask(
        cls, unit: units.VolumeUnit, default_ml: int, parent: QtWidgets.QWidget | None = None
    ) -> int | None:
        """Ask; return ml, or None if cancelled."""
        dialog = cls(unit, default_ml, parent)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
            return dialog.millilitres()
        return None
