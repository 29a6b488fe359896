"""The Settings dialog: reminders, active hours, notifications, units, do not disturb, routines.

Every edit builds a candidate :class:`Settings` and checks it with
:func:`spasm_desktop.core.settings.validate` plus the dialog's own parsing of the active-hours
text. Problems are listed in plain words and Save stays disabled until there are none, so invalid
input is never saved. Volumes are shown in the chosen unit and kept in millilitres; switching the
unit back and forth never changes a stored value that the person did not edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import units
from spasm_desktop.core.routine import Purpose
from spasm_desktop.core.settings import (
    HOLD_CHOICES,
    INT_BOUNDS,
    MAX_APP_NAME,
    MAX_MEETING_APPS,
    MAX_PROMPTED_ML_PER_HOUR,
    MAX_RANGES_PER_DAY,
    WEEKDAYS,
    BedtimeSettings,
    BusySettings,
    DeliveryMode,
    DeliverySettings,
    MoveSettings,
    PersonSettings,
    Problem,
    ProblemCode,
    RoutineSettings,
    Settings,
    StretchSettings,
    TimeRange,
    WaterSettings,
    clean_meeting_apps,
    format_time,
    parse_time,
    validate,
)
from spasm_desktop.ui.common import assets, volumes

_RANGE_SEPARATORS = ("–", "—")  # en and em dash are read as "-"


def parse_ranges(text: str) -> tuple[tuple[TimeRange, ...], list[str]]:
    """Parse ``"09:00-12:00, 13:00-18:00"``; return the ranges and the parts that are not ranges.

    An empty text is a day off. A range whose end is not after its start crosses midnight.
    """
    ranges: list[TimeRange] = []
    bad: list[str] = []
    for raw_part in text.replace(";", ",").split(","):
        part = raw_part.strip()
        if not part:
            continue
        normalised = part
        for dash in _RANGE_SEPARATORS:
            normalised = normalised.replace(dash, "-")
        pieces = normalised.split("-")
        times = [parse_time(p) for p in pieces] if len(pieces) == 2 else []
        start, end = (times[0], times[1]) if len(times) == 2 else (None, None)
        if start is None or end is None:
            bad.append(part)
        else:
            ranges.append((start, end))
    return tuple(ranges), bad


def format_ranges(ranges: tuple[TimeRange, ...]) -> str:
    """Format ranges the way :func:`parse_ranges` reads them."""
    return ", ".join(f"{format_time(start)}-{format_time(end)}" for start, end in ranges)


class SettingsDialog(QtWidgets.QDialog):
    """Edit a :class:`Settings`; emits :attr:`settings_saved` with the new settings on Save."""

    settings_saved = QtCore.Signal(object)

    def __init__(
        self,
        settings: Settings,
        parent: QtWidgets.QWidget | None = None,
        *,
        activity: str | None = None,
        routines: Sequence[tuple[str, str, str]] = (),
        cues: str | None = None,
        welcome: Callable[[], None] | None = None,
    ) -> None:
        """``activity`` says, already translated, how the app detects that the person is away
        (such as "Detecting activity with: GNOME idle monitor"); None when nothing does.

        ``routines`` lists the routines to choose from as ``(id, translated name, purpose
        value)``, in the order to show them; when empty, only the saved choices are offered.
        ``cues`` says, already translated, how routines play sounds and speak; None when that
        has not been checked yet.
        """
        super().__init__(parent)
        self._original = settings
        self._activity = activity
        self._routines = tuple(routines)
        self._cues = cues
        self._result: Settings | None = None
        self._unit = settings.unit
        self._loading = True
        self._bad_days: dict[int, list[str]] = {}
        water = settings.water
        low, high = INT_BOUNDS["water.fluid_limit_ml"]
        # Shown (disabled) until ticked: a limit starts at 1.5 L, a goal at 2 L; neither is set.
        limit_start = water.fluid_limit_ml if water.fluid_limit_ml is not None else 1500
        goal_start = water.goal_ml if water.goal_ml is not None else volumes.NHS_GLASS_ML * 8
        #: The volumes in ml; only the person's edits change them, not unit switches.
        self._ml: dict[str, int] = {
            "glass": water.glass_ml,
            "goal": goal_start,
            "limit": min(max(limit_start, low), high),
        }

        self.setWindowTitle(self.tr("Spasm Settings"))
        self.setAccessibleName(self.tr("Settings"))

        self._tabs = QtWidgets.QTabWidget(self)
        self._tabs.setObjectName("tabs")
        self._tabs.setAccessibleName(self.tr("Settings sections"))
        self._tabs.tabBar().setAccessibleName(self.tr("Settings sections"))
        self._tabs.addTab(self._build_reminders_tab(settings), self.tr("&Reminders"))
        self._tabs.addTab(self._build_hours_tab(settings), self.tr("&Active hours"))
        self._tabs.addTab(self._build_notifications_tab(settings), self.tr("&Notifications"))
        # Not Alt+D (Bedtime, Play a sound) nor Alt+S (Save on GNOME and KDE).
        self._tabs.addTab(self._build_busy_tab(settings.busy), self.tr("Do n&ot disturb"))
        # Every other letter of "Routines" is taken by a tab, a control on the Reminders tab or
        # Save, so Units gives up its U.
        self._tabs.addTab(
            self._build_routines_tab(settings.routines, settings.person), self.tr("Ro&utines")
        )

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

        self._buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self._buttons.setObjectName("buttons")
        self._save_button.setAccessibleName(self.tr("Save settings"))
        cancel = self._buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel without saving"))
        self._buttons.accepted.connect(self._on_save)
        self._buttons.rejected.connect(self.reject)
        self.welcome_button: QtWidgets.QPushButton | None = None
        if welcome is not None:
            # Closes Settings (unsaved changes are dropped) and runs the welcome again.
            self.welcome_button = self._buttons.addButton(
                self.tr("Run the &welcome again…"), QtWidgets.QDialogButtonBox.ButtonRole.ResetRole
            )
            self.welcome_button.setAccessibleName(self.tr("Run the welcome again"))
            self.welcome_button.setAutoDefault(False)
            self.welcome_button.clicked.connect(self.reject)
            self.welcome_button.clicked.connect(lambda: QtCore.QTimer.singleShot(0, welcome))

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._tabs)
        layout.addWidget(self._problems_label)
        layout.addWidget(self._buttons)

        self._set_volume_unit(self._unit)
        self._loading = False
        self._revalidate()

    # --- public API --------------------------------------------------------------------------

    def result_settings(self) -> Settings | None:
        """Return the saved settings, or None if the person has not pressed Save (yet)."""
        return self._result

    def problems(self) -> list[str]:
        """Return the current problems in plain words (empty when the settings can be saved)."""
        _settings, messages = self._candidate()
        return messages

    @classmethod
    def ask(
        cls,
        settings: Settings,
        parent: QtWidgets.QWidget | None = None,
        *,
        activity: str | None = None,
        routines: Sequence[tuple[str, str, str]] = (),
        cues: str | None = None,
        welcome: Callable[[], None] | None = None,
    ) -> Settings | None:
        """Show the dialog modally; return the new settings, or None if it was cancelled.

        ``activity``, ``routines`` and ``cues`` are as for the constructor.
        """
        dialog = cls(
            settings, parent, activity=activity, routines=routines, cues=cues, welcome=welcome
        )
        try:
            if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
                return dialog.result_settings()
            return None
        finally:
            dialog.deleteLater()

    # --- building the tabs -------------------------------------------------------------------

    def _build_reminders_tab(self, settings: Settings) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(page)
        column.addWidget(self._build_water_group(settings.water))
        row = QtWidgets.QHBoxLayout()
        row.addWidget(self._build_stretch_group(settings.stretch))
        row.addWidget(self._build_move_group(settings.move))
        column.addLayout(row)
        column.addWidget(self._build_bedtime_group(settings.bedtime))
        column.addStretch(1)
        return page

    def _group(self, title: str, name: str, enabled: bool) -> QtWidgets.QGroupBox:
        group = QtWidgets.QGroupBox(title)
        group.setObjectName(name)
        group.setCheckable(True)
        group.setChecked(enabled)
        group.setAccessibleName(title.replace("&", ""))
        group.toggled.connect(self._revalidate)
        return group

    def _spin(self, field: str, value: int, suffix: str, accessible: str) -> QtWidgets.QSpinBox:
        spin = QtWidgets.QSpinBox()
        spin.setObjectName(field.replace(".", "_"))
        low, high = INT_BOUNDS[field]
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        spin.setAccessibleName(accessible)
        spin.valueChanged.connect(self._revalidate)
        return spin

    @staticmethod
    def _form(parent: QtWidgets.QWidget | None) -> QtWidgets.QFormLayout:
        form = QtWidgets.QFormLayout(parent)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        return form

    @staticmethod
    def _row(form: QtWidgets.QFormLayout, text: str, field: QtWidgets.QWidget) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(text)
        label.setBuddy(field)
        form.addRow(label, field)
        return label

    def _minutes_suffix(self) -> str:
        return self.tr(" min", "suffix of a number of minutes")

    def _build_water_group(self, water: WaterSettings) -> QtWidgets.QGroupBox:
        group = self._group(self.tr("&Water"), "water", water.enabled)
        self._water_group = group
        columns = QtWidgets.QHBoxLayout(group)
        form = self._form(None)
        columns.addLayout(form)

        self._water_interval = self._spin(
            "water.interval_min",
            water.interval_min,
            self._minutes_suffix(),
            self.tr("Water reminder every how many minutes"),
        )
        self._row(form, self.tr("Remind &every"), self._water_interval)

        self._volume: dict[str, QtWidgets.QDoubleSpinBox] = {}
        self._row(form, self.tr("&Glass size"), self._volume_spin("glass", self.tr("Glass size")))
        # No goal is forced on anyone (CONTENT.md §3.2, §7a): it is set only when ticked.
        self._goal_check = QtWidgets.QCheckBox(self.tr("Dai&ly goal"))
        self._goal_check.setObjectName("goal_set")
        self._goal_check.setAccessibleName(self.tr("Set a daily water goal"))
        self._goal_check.setChecked(water.goal_ml is not None)
        goal = self._volume_spin("goal", self.tr("Daily water goal"))
        # The suggestions (NHS, US National Academies) are a compact menu: the dialog must fit.
        self._suggestions = volumes.GoalSuggestions(compact=True)
        self._suggestions.picked.connect(self._pick_goal)
        goal_row = QtWidgets.QHBoxLayout()
        goal_row.addWidget(goal)
        goal_row.addWidget(self._suggestions)
        form.addRow(self._goal_check, goal_row)
        self._goal_check.toggled.connect(self._revalidate)

        self._water_taper = self._spin(
            "water.taper_min",
            water.taper_min,
            self._minutes_suffix(),
            self.tr("Minutes before bedtime without water reminders"),
        )
        self._water_taper.setToolTip(
            self.tr("No water reminders in this many minutes before your bedtime.")
        )
        self._row(form, self.tr("&Quiet before bedtime"), self._water_taper)

        self._limit_check = QtWidgets.QCheckBox(self.tr("A &clinician set me a fluid limit"))
        self._limit_check.setObjectName("fluid_limit_set")
        self._limit_check.setAccessibleName(self.tr("A clinician set me a fluid limit"))
        self._limit_check.setChecked(water.fluid_limit_ml is not None)
        limit_column = QtWidgets.QVBoxLayout()
        columns.addLayout(limit_column, 1)
        limit_column.addWidget(self._limit_check)
        limit_form = self._form(None)
        limit_column.addLayout(limit_form)

        limit = self._volume_spin("limit", self.tr("Fluid limit per day"))
        self._row(limit_form, self.tr("Fluid li&mit per day"), limit)
        self._limit_check.toggled.connect(self._revalidate)

        self._effective_goal_label = QtWidgets.QLabel()
        self._effective_goal_label.setObjectName("log_only_note")
        self._effective_goal_label.setAccessibleName(self.tr("Water is log only"))
        self._effective_goal_label.setWordWrap(True)
        bold = self._effective_goal_label.font()
        bold.setBold(True)
        self._effective_goal_label.setFont(bold)
        limit_column.addWidget(self._effective_goal_label)

        self._caution_label = QtWidgets.QLabel()
        self._caution_label.setObjectName("fluid_caution")
        self._caution_label.setWordWrap(True)
        self._caution_label.setAccessibleName(self.tr("About fluid limits"))
        limit_column.addWidget(self._caution_label)
        limit_column.addStretch(1)
        return group

    def _volume_spin(self, key: str, accessible: str) -> QtWidgets.QDoubleSpinBox:
        spin = QtWidgets.QDoubleSpinBox()
        spin.setObjectName(f"water_{key}")
        spin.setAccessibleName(accessible)
        spin.valueChanged.connect(lambda value, key=key: self._on_volume_edited(key, value))
        self._volume[key] = spin
        return spin

    def _build_stretch_group(self, stretch: StretchSettings) -> QtWidgets.QGroupBox:
        group = self._group(self.tr("S&tretch"), "stretch", stretch.enabled)
        self._stretch_group = group
        form = self._form(group)
        self._stretch_interval = self._spin(
            "stretch.interval_min",
            stretch.interval_min,
            self._minutes_suffix(),
            self.tr("Stretch reminder every how many minutes"),
        )
        self._row(form, self.tr("Remind ever&y"), self._stretch_interval)
        return group

    def _build_move_group(self, move: MoveSettings) -> QtWidgets.QGroupBox:
        group = self._group(self.tr("Mo&ve"), "move", move.enabled)
        self._move_group = group
        form = self._form(group)
        self._move_interval = self._spin(
            "move.interval_min",
            move.interval_min,
            self._minutes_suffix(),
            self.tr("Remind me to move after how many minutes of sitting"),
        )
        self._row(form, self.tr("Remind me after s&itting for"), self._move_interval)

        self._move_break = self._spin(
            "move.break_min",
            move.break_min,
            self._minutes_suffix(),
            self.tr("Minutes away from the computer that count as a break"),
        )
        self._move_break.setToolTip(
            self.tr("Being away from the computer this long starts the sitting time again.")
        )
        self._row(form, self.tr("Count a brea&k after being away for"), self._move_break)

        if self._activity is not None:
            activity = self._activity
        else:
            activity = self.tr(
                "This desktop does not tell the app when you are away, so the move reminder "
                "counts clock time since your last break instead of time at the computer."
            )
        self._activity_label = QtWidgets.QLabel(activity)
        self._activity_label.setObjectName("activity")
        self._activity_label.setAccessibleName(self.tr("Activity detection"))
        self._activity_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._activity_label.setWordWrap(True)
        # Read out with the controls too, since a screen reader user tabs past the label.
        self._move_interval.setAccessibleDescription(activity)
        self._move_break.setAccessibleDescription(activity)
        form.addRow(self._activity_label)
        return group

    def _build_bedtime_group(self, bedtime: BedtimeSettings) -> QtWidgets.QGroupBox:
        group = self._group(self.tr("&Bedtime"), "bedtime", bedtime.enabled)
        self._bedtime_group = group
        form = self._form(group)
        locale = QtCore.QLocale()

        self._bedtime_time = QtWidgets.QTimeEdit()
        self._bedtime_time.setObjectName("bedtime_time")
        self._bedtime_time.setDisplayFormat(
            locale.timeFormat(QtCore.QLocale.FormatType.ShortFormat)
        )
        self._bedtime_time.setTime(QtCore.QTime(bedtime.bedtime.hour, bedtime.bedtime.minute))
        self._bedtime_time.setAccessibleName(self.tr("Bedtime"))
        self._bedtime_time.timeChanged.connect(self._revalidate)
        self._row(form, self.tr("Be&dtime"), self._bedtime_time)

        self._bedtime_lead = self._spin(
            "bedtime.lead_min",
            bedtime.lead_min,
            self._minutes_suffix(),
            self.tr("Remind how many minutes before bedtime"),
        )
        self._row(form, self.tr("Remind &how long before"), self._bedtime_lead)

        days_row = QtWidgets.QHBoxLayout()
        self._bedtime_days: list[QtWidgets.QCheckBox] = []
        for day in range(7):
            box = QtWidgets.QCheckBox(
                locale.dayName(day + 1, QtCore.QLocale.FormatType.ShortFormat)
            )
            box.setObjectName(f"bedtime_{WEEKDAYS[day]}")
            box.setAccessibleName(
                self.tr("Bedtime reminder on %1").replace("%1", locale.dayName(day + 1))
            )
            box.setChecked(day in bedtime.days)
            box.toggled.connect(self._revalidate)
            days_row.addWidget(box)
            self._bedtime_days.append(box)
        days_row.addStretch(1)
        days_label = QtWidgets.QLabel(self.tr("On"))
        days_label.setBuddy(self._bedtime_days[0])
        form.addRow(days_label, days_row)
        return group

    def _build_hours_tab(self, settings: Settings) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        outer = QtWidgets.QVBoxLayout(page)
        hint = QtWidgets.QLabel(
            self.tr(
                "Water, stretch and move reminders only come during these hours. Type 24-hour "
                "times like 09:00-12:00, 13:00-18:00, separating ranges with commas. Leave a day "
                "empty to make it a day off. A range such as 22:00-02:00 runs past midnight into "
                "the next morning."
            )
        )
        hint.setObjectName("hours_hint")
        hint.setWordWrap(True)
        self._hours_hint = hint
        outer.addWidget(hint)

        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        locale = QtCore.QLocale()
        self._hours_edits: list[QtWidgets.QLineEdit] = []
        for day in range(7):
            name = locale.dayName(day + 1, QtCore.QLocale.FormatType.LongFormat)
            edit = QtWidgets.QLineEdit(format_ranges(settings.active_hours[day]))
            edit.setObjectName(f"hours_{WEEKDAYS[day]}")
            edit.setAccessibleName(self.tr("Active hours on %1").replace("%1", name))
            edit.setPlaceholderText(self.tr("Day off"))
            edit.setClearButtonEnabled(True)
            edit.textChanged.connect(self._revalidate)
            self._row(form, name, edit)
            self._hours_edits.append(edit)
        outer.addLayout(form)
        outer.addStretch(1)
        return page

    def _build_notifications_tab(self, settings: Settings) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        form = self._form(page)

        self._mode_combo = QtWidgets.QComboBox()
        self._mode_combo.setObjectName("delivery_mode")
        self._mode_combo.setAccessibleName(self.tr("How reminders are shown"))
        for mode, text in (
            (DeliveryMode.BOTH, self.tr("Pop-up and notification")),
            (DeliveryMode.NOTIFICATION, self.tr("Notification only")),
            (DeliveryMode.POPUP, self.tr("Pop-up only")),
        ):
            self._mode_combo.addItem(text, mode.value)
        self._mode_combo.setCurrentIndex(self._mode_combo.findData(settings.delivery.mode.value))
        self._mode_combo.currentIndexChanged.connect(self._revalidate)
        self._row(form, self.tr("Show re&minders as"), self._mode_combo)

        self._sound_check = QtWidgets.QCheckBox(self.tr("Play a soun&d"))
        self._sound_check.setObjectName("delivery_sound")
        self._sound_check.setAccessibleName(self.tr("Play a sound with reminders"))
        self._sound_check.setChecked(settings.delivery.sound)
        self._sound_check.toggled.connect(self._revalidate)
        form.addRow(self._sound_check)
        # No mnemonic: the letters on this tab are taken; Tab reaches it.
        self._tips_check = QtWidgets.QCheckBox(self.tr("Show a short tip with each reminder"))
        self._tips_check.setObjectName("delivery_tips")
        self._tips_check.setAccessibleName(self.tr("Show a short tip with each reminder"))
        self._tips_check.setChecked(settings.delivery.tips)
        self._tips_check.toggled.connect(self._revalidate)
        form.addRow(self._tips_check)

        self._popup_seconds = self._spin(
            "delivery.popup_seconds",
            settings.delivery.popup_seconds,
            self.tr(" s", "suffix of a number of seconds"),
            self.tr("Close pop-ups after how many seconds"),
        )
        self._row(form, self.tr("&Close pop-ups after"), self._popup_seconds)

        self._unit_combo = QtWidgets.QComboBox()
        self._unit_combo.setObjectName("unit")
        self._unit_combo.setAccessibleName(self.tr("Volume unit"))
        self._unit_combo.addItem(self.tr("Milliliters (ml)"), units.VolumeUnit.ML.value)
        self._unit_combo.addItem(self.tr("US fluid ounces (fl oz)"), units.VolumeUnit.FL_OZ.value)
        self._unit_combo.setCurrentIndex(self._unit_combo.findData(settings.unit.value))
        self._unit_combo.currentIndexChanged.connect(self._on_unit_changed)
        self._row(form, self.tr("Uni&ts"), self._unit_combo)

        self._login_check = QtWidgets.QCheckBox(self.tr("Start at &login"))
        self._login_check.setObjectName("start_at_login")
        self._login_check.setAccessibleName(self.tr("Start at login"))
        self._login_check.setChecked(settings.start_at_login)
        self._login_check.toggled.connect(self._revalidate)
        form.addRow(self._login_check)
        return page

    def _build_busy_tab(self, busy: BusySettings) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(page)

        self._busy_intro = QtWidgets.QLabel(
            self.tr(
                "While you are busy, reminders do not pop up or play a sound. They wait, and "
                "when you are free again they come back once, together."
            )
        )
        self._busy_intro.setObjectName("busy_intro")
        self._busy_intro.setAccessibleName(self.tr("About do not disturb"))
        self._busy_intro.setWordWrap(True)
        column.addWidget(self._busy_intro)

        self._system_dnd_check = QtWidgets.QCheckBox(
            self.tr("Wait while the system's do-not-disturb or &presentation mode is on")
        )
        self._system_dnd_check.setObjectName("busy_system_dnd")
        self._system_dnd_check.setAccessibleName(
            self.tr("Wait while the system's do-not-disturb or presentation mode is on")
        )
        self._system_dnd_check.setChecked(busy.system_dnd)
        self._system_dnd_check.toggled.connect(self._revalidate)
        column.addWidget(self._system_dnd_check)

        self._fullscreen_check = QtWidgets.QCheckBox(
            self.tr("Wait while a window is &full-screen (presentations, videos, games)")
        )
        self._fullscreen_check.setObjectName("busy_fullscreen")
        self._fullscreen_check.setAccessibleName(
            self.tr("Wait while a window is full-screen (presentations, videos, games)")
        )
        self._fullscreen_check.setChecked(busy.fullscreen)
        self._fullscreen_check.toggled.connect(self._revalidate)
        column.addWidget(self._fullscreen_check)

        self._apps_edit = QtWidgets.QPlainTextEdit("\n".join(busy.meeting_apps))
        self._apps_edit.setObjectName("busy_meeting_apps")
        self._apps_edit.setAccessibleName(self.tr("Programs that make reminders wait"))
        self._apps_edit.setPlaceholderText(self.tr("No programs"))
        self._apps_edit.setTabChangesFocus(True)  # Tab moves on; Enter starts a new line
        self._apps_edit.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        lines = self._apps_edit.fontMetrics().lineSpacing()
        self._apps_edit.setMinimumHeight(lines * 6)
        self._apps_edit.textChanged.connect(self._revalidate)
        apps_label = QtWidgets.QLabel(
            self.tr("Wait while these pro&grams are running (one per line):")
        )
        apps_label.setBuddy(self._apps_edit)
        column.addSpacing(lines // 2)
        column.addWidget(apps_label)
        column.addWidget(self._apps_edit, 1)

        self._apps_hint = QtWidgets.QLabel(
            self.tr(
                "Use the program's process name, such as “zoom” or “Teams”. Upper and lower case "
                "do not matter, and “.exe” can be left out."
            )
        )
        self._apps_hint.setObjectName("busy_apps_hint")
        self._apps_hint.setAccessibleName(self.tr("About program names"))
        self._apps_hint.setWordWrap(True)
        self._apps_edit.setAccessibleDescription(self._apps_hint.text())
        self._apps_defaults = QtWidgets.QPushButton(self.tr("Restore &defaults"))
        self._apps_defaults.setObjectName("busy_meeting_apps_defaults")
        self._apps_defaults.setAccessibleName(self.tr("Restore the default list of programs"))
        self._apps_defaults.setAutoDefault(False)
        self._apps_defaults.clicked.connect(self._restore_meeting_apps)
        hint_row = QtWidgets.QHBoxLayout()
        hint_row.addWidget(self._apps_hint, 1)
        hint_row.addWidget(self._apps_defaults, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        column.addLayout(hint_row)

        self._busy_tray_note = QtWidgets.QLabel(
            self.tr("To hold reminders by hand, use Do not disturb in the tray menu.")
        )
        self._busy_tray_note.setObjectName("busy_tray_note")
        self._busy_tray_note.setAccessibleName(self.tr("Do not disturb by hand"))
        self._busy_tray_note.setWordWrap(True)
        column.addSpacing(lines // 2)
        column.addWidget(self._busy_tray_note)
        return page

    def _build_routines_tab(
        self, routines: RoutineSettings, person: PersonSettings
    ) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        form = self._form(page)
        form.addRow(self._build_person_group(person))

        self._hold_combo = QtWidgets.QComboBox()
        self._hold_combo.setObjectName("routines_hold")
        self._hold_combo.setAccessibleName(self.tr("Hold each stretch for"))
        hold_texts = {
            0: self.tr("As the routine says (10 s in the bedtime routine, as in the study)"),
            30: self.tr("At least 30 seconds"),
            45: self.tr("At least 45 seconds (often preferred by older adults)"),
        }
        for seconds in HOLD_CHOICES:
            self._hold_combo.addItem(hold_texts[seconds], seconds)
        self._hold_combo.setCurrentIndex(max(self._hold_combo.findData(routines.hold_s), 0))
        self._hold_combo.currentIndexChanged.connect(self._revalidate)
        self._row(form, self.tr("&Hold each stretch for"), self._hold_combo)

        self._hold_hint = QtWidgets.QLabel(
            self.tr(
                "Longer holds suit some people better, for example older adults. They apply to "
                "every routine except the bedtime calves and hamstrings, standing or seated. "
                "Those keep each hold at 10 seconds, as in the study they come from."
            )
        )
        self._hold_hint.setObjectName("routines_hold_hint")
        self._hold_hint.setAccessibleName(self.tr("About hold times"))
        self._hold_hint.setWordWrap(True)
        self._hold_combo.setAccessibleDescription(self._hold_hint.text())
        form.addRow(self._hold_hint)

        self._bedtime_routine = self._routine_combo(
            "routines_bedtime", self.tr("Bedtime routine"), routines.bedtime, {Purpose.BEDTIME}
        )
        self._row(form, self.tr("&Bedtime routine"), self._bedtime_routine)
        self._desk_routine = self._routine_combo(
            "routines_desk",
            self.tr("Stretch break routine"),
            routines.desk,
            {Purpose.DESK, Purpose.OTHER},
        )
        self._row(form, self.tr("S&tretch break routine"), self._desk_routine)
        width = max(self._bedtime_routine.sizeHint().width(), self._desk_routine.sizeHint().width())
        for combo in (self._bedtime_routine, self._desk_routine):
            combo.setMinimumWidth(width)  # one column, not two ragged edges

        self._routine_sound_check = QtWidgets.QCheckBox(self.tr("&Play a short sound at each step"))
        self._routine_sound_check.setObjectName("routines_sound")
        self._routine_sound_check.setAccessibleName(
            self.tr("Play a short sound at each step of a routine")
        )
        self._routine_sound_check.setChecked(routines.sound)
        self._routine_sound_check.toggled.connect(self._revalidate)
        form.addRow(self._routine_sound_check)

        self._routine_voice_check = QtWidgets.QCheckBox(
            self.tr("Spea&k the steps (Hold, Relax, Switch sides)")
        )
        self._routine_voice_check.setObjectName("routines_voice")
        self._routine_voice_check.setAccessibleName(self.tr("Speak the steps of a routine"))
        self._routine_voice_check.setChecked(routines.voice)
        self._routine_voice_check.toggled.connect(self._revalidate)
        form.addRow(self._routine_voice_check)

        if self._cues is not None:
            cues = self._cues
        else:
            cues = self.tr("Sound and speech are checked when a routine first plays.")
        self._cues_label = QtWidgets.QLabel(cues)
        self._cues_label.setObjectName("routines_cues")
        self._cues_label.setAccessibleName(self.tr("Sound and speech"))
        self._cues_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._cues_label.setWordWrap(True)
        # Read out with the check boxes too, since a screen reader user tabs past the label.
        self._routine_sound_check.setAccessibleDescription(cues)
        self._routine_voice_check.setAccessibleDescription(cues)
        form.addRow(self._cues_label)
        return page

    def _build_person_group(self, person: PersonSettings) -> QtWidgets.QGroupBox:
        """ "About you": what the person told the app that changes its safety advice (§7a)."""
        group = QtWidgets.QGroupBox(self.tr("About you"))
        group.setObjectName("person")
        group.setAccessibleName(self.tr("About you"))
        column = QtWidgets.QVBoxLayout(group)
        self._person_checks: dict[str, QtWidgets.QCheckBox] = {}
        for key, label, accessible, effect, value in (
            (
                "pregnant",
                self.tr("I am pre&gnant"),
                self.tr("I am pregnant"),
                self.tr(
                    "The stretch player and the cramp relief panel show what to check first "
                    "in pregnancy."
                ),
                person.pregnant,
            ),
            (
                "balance",
                self.tr("I have ba&lance problems or am unsteady on my feet"),
                self.tr("I have balance problems or am unsteady on my feet"),
                self.tr("Stretch and bedtime reminders open the seated versions of the routines."),
                person.balance,
            ),
        ):
            box = QtWidgets.QCheckBox(label)
            box.setObjectName(f"person_{key}")
            box.setAccessibleName(accessible)
            box.setAccessibleDescription(effect)
            box.setChecked(value)
            box.toggled.connect(self._revalidate)
            note = QtWidgets.QLabel(effect)
            note.setObjectName(f"person_{key}_note")
            note.setAccessibleName(self.tr("What this changes"))
            note.setWordWrap(True)
            indent = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_IndicatorWidth)
            note.setContentsMargins(indent + 6, 0, 0, 0)
            column.addWidget(box)
            column.addWidget(note)
            self._person_checks[key] = box
        return group

    def _routine_combo(
        self, name: str, accessible: str, saved: str, purposes: set[Purpose]
    ) -> QtWidgets.QComboBox:
        """A choice of the given routines for ``purposes``, with ``saved`` always among them.

        A saved routine that no longer exists (a deleted own routine) stays selectable and
        selected, so opening and saving the dialog never changes it; the app falls back to the
        built-in routine when it runs.
        """
        combo = QtWidgets.QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        values = {purpose.value for purpose in purposes}
        for routine_id, title, purpose in self._routines:
            if purpose in values or routine_id == saved:
                combo.addItem(title, routine_id)
        if combo.findData(saved) < 0:
            if self._routines:
                combo.addItem(self.tr("(missing: %1)").replace("%1", saved), saved)
            else:
                combo.addItem(saved, saved)
        combo.setCurrentIndex(combo.findData(saved))
        combo.currentIndexChanged.connect(self._revalidate)
        return combo

    def _restore_meeting_apps(self) -> None:
        self._apps_edit.setPlainText("\n".join(BusySettings().meeting_apps))
        self._apps_edit.setFocus(QtCore.Qt.FocusReason.OtherFocusReason)

    # --- volumes and units -------------------------------------------------------------------

    def _format_volume(self, ml: float) -> str:
        """Format ``ml`` in the chosen unit, kept on one line."""
        return volumes.one_line(ml, self._unit)

    def _set_volume_unit(self, unit: units.VolumeUnit) -> None:
        """Show every volume in ``unit`` without changing the millilitres behind them."""
        self._unit = unit
        loading, self._loading = self._loading, True
        try:
            for key, spin in self._volume.items():
                volumes.show_in_unit(spin, key, unit, self._ml[key])
        finally:
            self._loading = loading

    def _on_unit_changed(self) -> None:
        self._set_volume_unit(units.VolumeUnit(self._unit_combo.currentData()))
        self._revalidate()

    def _on_volume_edited(self, key: str, value: float) -> None:
        if self._loading:
            return
        self._ml[key] = units.from_unit(value, self._unit)
        self._revalidate()

    def _pick_goal(self, ml: int) -> None:
        """A suggested goal was pressed: it becomes the daily goal (still editable)."""
        self._ml["goal"] = ml
        loading, self._loading = self._loading, True
        try:
            volumes.show_in_unit(self._volume["goal"], "goal", self._unit, ml)
            self._goal_check.setChecked(True)
        finally:
            self._loading = loading
        self._revalidate()

    # --- the candidate settings and their problems -------------------------------------------

    def _candidate(self) -> tuple[Settings, list[str]]:
        """Build settings from the controls; return them with every problem in plain words."""
        original = self._original
        hours: list[tuple[TimeRange, ...]] = []
        bad_days: dict[int, list[str]] = {}
        for day, edit in enumerate(self._hours_edits):
            ranges, bad = parse_ranges(edit.text())
            if bad:
                bad_days[day] = bad
                ranges = original.active_hours[day]
            hours.append(ranges)
        self._bad_days = bad_days

        qtime = self._bedtime_time.time()
        settings = Settings(
            active_hours=tuple(hours),
            water=WaterSettings(
                enabled=self._water_group.isChecked(),
                interval_min=self._water_interval.value(),
                glass_ml=self._ml["glass"],
                goal_ml=self._ml["goal"] if self._goal_check.isChecked() else None,
                taper_min=self._water_taper.value(),
                fluid_limit_ml=self._ml["limit"] if self._limit_check.isChecked() else None,
            ),
            stretch=StretchSettings(
                enabled=self._stretch_group.isChecked(),
                interval_min=self._stretch_interval.value(),
            ),
            move=MoveSettings(
                enabled=self._move_group.isChecked(),
                interval_min=self._move_interval.value(),
                break_min=self._move_break.value(),
            ),
            bedtime=BedtimeSettings(
                enabled=self._bedtime_group.isChecked(),
                bedtime=dt.time(qtime.hour(), qtime.minute()),
                lead_min=self._bedtime_lead.value(),
                days=frozenset(d for d, box in enumerate(self._bedtime_days) if box.isChecked()),
            ),
            delivery=DeliverySettings(
                mode=DeliveryMode(self._mode_combo.currentData()),
                sound=self._sound_check.isChecked(),
                popup_seconds=self._popup_seconds.value(),
                tips=self._tips_check.isChecked(),
            ),
            busy=BusySettings(
                system_dnd=self._system_dnd_check.isChecked(),
                fullscreen=self._fullscreen_check.isChecked(),
                meeting_apps=clean_meeting_apps(self._apps_edit.toPlainText()),
            ),
            routines=RoutineSettings(
                hold_s=self._hold_combo.currentData(),
                bedtime=self._bedtime_routine.currentData(),
                desk=self._desk_routine.currentData(),
                sound=self._routine_sound_check.isChecked(),
                voice=self._routine_voice_check.isChecked(),
            ),
            person=PersonSettings(
                pregnant=self._person_checks["pregnant"].isChecked(),
                balance=self._person_checks["balance"].isChecked(),
            ),
            unit=self._unit,
            start_at_login=self._login_check.isChecked(),
        )
        messages = [self._bad_day_message(day, parts) for day, parts in sorted(bad_days.items())]
        messages += self._meeting_app_messages(self._apps_edit.toPlainText())
        messages += [self._describe(problem, settings) for problem in validate(settings)]
        return settings, messages

    def _revalidate(self) -> None:
        if self._loading:
            return
        settings, messages = self._candidate()
        self._problems_label.setText("\n".join(messages))
        self._problems_label.setVisible(bool(messages))
        self._update_water_texts(settings.water)
        self._fit_labels()
        self._save_button.setEnabled(not messages)
        for day, edit in enumerate(self._hours_edits):
            edit.setAccessibleDescription(
                self.tr("This entry has a problem.") if day in self._bad_days else ""
            )

    def _fit_labels(self) -> None:
        """Reserve the height wrapped texts need at their narrowest, so none is ever clipped.

        Qt does not grow a dialog's minimum height for word-wrapped labels by itself.
        """
        for label, chars in (
            (self._caution_label, 42),
            (self._effective_goal_label, 42),
            (self._hours_hint, 70),
            (self._activity_label, 36),
            (self._busy_intro, 70),
            (self._apps_hint, 56),
            (self._busy_tray_note, 70),
            (self._hold_hint, 70),
            (self._cues_label, 70),
            (self._problems_label, 80),
        ):
            width = label.fontMetrics().averageCharWidth() * chars
            label.setMinimumWidth(width)
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def _update_water_texts(self, water: WaterSettings) -> None:
        # A fluid limit is a ceiling, never a target (CONTENT.md §7a): with one there are no
        # drink reminders and no goal, so their controls rest; the glass size still logs drinks.
        limited = water.log_only
        self._volume["limit"].setEnabled(limited)
        for widget in (self._water_interval, self._water_taper, self._goal_check):
            widget.setEnabled(not limited)
        self._volume["goal"].setEnabled(not limited and water.goal_ml is not None)
        self._suggestions.setEnabled(not limited)
        self._suggestions.set_unit(self._unit)
        if limited:
            self._effective_goal_label.setText(
                self.tr("No drink reminders and no goal: log drinks to see them against the limit.")
            )
            self._effective_goal_label.show()
        else:
            self._effective_goal_label.clear()
            self._effective_goal_label.hide()
        self._caution_label.setText(
            self.tr(
                "How much fluid you need varies. If a clinician has told you to limit fluids, "
                "for example because of a heart, kidney or liver condition or a medicine, tick "
                "the box above: the limit is a ceiling, not a goal. Drinking too much water can "
                "be harmful: these reminders never ask for more than %1 in an hour."
            ).replace("%1", self._format_volume(MAX_PROMPTED_ML_PER_HOUR))
        )

    def _meeting_app_messages(self, text: str) -> list[str]:
        """Refuse what :func:`clean_meeting_apps` would otherwise drop without a word."""
        messages: list[str] = []
        names = [name.strip() for name in text.replace(",", "\n").splitlines()]
        long_names = [name for name in names if len(name) > MAX_APP_NAME]
        if long_names:
            messages.append(
                self.tr(
                    "Do not disturb: a program name can have at most %1 characters. Shorten the "
                    "one that starts with %2."
                )
                .replace("%1", QtCore.QLocale().toString(MAX_APP_NAME))
                .replace("%2", self.tr("“%1”").replace("%1", long_names[0][:20] + "…"))
            )
        if len({name.casefold() for name in names if name}) > MAX_MEETING_APPS:
            messages.append(
                self.tr("Do not disturb: list at most %1 programs.").replace(
                    "%1", QtCore.QLocale().toString(MAX_MEETING_APPS)
                )
            )
        return messages

    def _bad_day_message(self, day: int, parts: list[str]) -> str:
        quoted = ", ".join(self.tr("“%1”").replace("%1", part) for part in parts)
        return (
            self.tr("Active hours on %1: %2 is not a time range. Write it like 09:00-12:00.")
            .replace("%1", self._day_name(day))
            .replace("%2", quoted)
        )

    @staticmethod
    def _day_name(day: int) -> str:
        return QtCore.QLocale().dayName(day + 1, QtCore.QLocale.FormatType.LongFormat)

    def _field_names(self) -> dict[str, tuple[str, str]]:
        """Map a problem field to (section, control name) as the person sees them."""
        return {
            "water.interval_min": (self.tr("Water"), self.tr("remind every")),
            "water.glass_ml": (self.tr("Water"), self.tr("glass size")),
            "water.goal_ml": (self.tr("Water"), self.tr("daily goal")),
            "water.taper_min": (self.tr("Water"), self.tr("quiet before bedtime")),
            "water.fluid_limit_ml": (self.tr("Water"), self.tr("fluid limit")),
            "stretch.interval_min": (self.tr("Stretch"), self.tr("remind every")),
            "move.interval_min": (self.tr("Move"), self.tr("sitting time")),
            "move.break_min": (self.tr("Move"), self.tr("time away that counts as a break")),
            "bedtime.lead_min": (self.tr("Bedtime"), self.tr("remind before")),
            "bedtime.days": (self.tr("Bedtime"), self.tr("days")),
            "delivery.popup_seconds": (self.tr("Notifications"), self.tr("close pop-ups after")),
            "busy.meeting_apps": (self.tr("Do not disturb"), self.tr("programs")),
            "routines.hold_s": (self.tr("Routines"), self.tr("hold each stretch for")),
        }

    def _describe(self, problem: Problem, settings: Settings) -> str:
        """Turn a core problem into a sentence for the person."""
        locale = QtCore.QLocale()
        if problem.code is ProblemCode.TOO_MUCH_WATER_PER_HOUR:
            water = settings.water
            return (
                self.tr(
                    "Water: a %1 glass every %2 minutes adds up to more than %3 an hour. "
                    "Choose a smaller glass or a longer interval."
                )
                .replace("%1", self._format_volume(water.glass_ml))
                .replace("%2", locale.toString(water.interval_min))
                .replace("%3", self._format_volume(MAX_PROMPTED_ML_PER_HOUR))
            )
        if problem.field.startswith("active_hours."):
            day = self._day_name(WEEKDAYS.index(problem.field.split(".", 1)[1]))
            if problem.code is ProblemCode.EMPTY_RANGE:
                return self.tr(
                    "Active hours on %1: a range starts and ends at the same time."
                ).replace("%1", day)
            if problem.code is ProblemCode.TOO_MANY_RANGES:
                return (
                    self.tr("Active hours on %1: use at most %2 ranges a day.")
                    .replace("%1", day)
                    .replace("%2", locale.toString(MAX_RANGES_PER_DAY))
                )
        section, name = self._field_names().get(problem.field, (problem.field, ""))
        if problem.code is ProblemCode.OUT_OF_RANGE and problem.low is not None:
            high = problem.high if problem.high is not None else problem.low
            if problem.field in {field for field, _ml, _oz in volumes.VOLUMES.values()}:
                low_text, high_text = self._format_volume(problem.low), self._format_volume(high)
            else:
                low_text, high_text = locale.toString(problem.low), locale.toString(high)
            return (
                self.tr("%1: %2 must be between %3 and %4.")
                .replace("%1", section)
                .replace("%2", name)
                .replace("%3", low_text)
                .replace("%4", high_text)
            )
        return self.tr("%1: %2 cannot be used.").replace("%1", section).replace("%2", name).strip()

    # --- saving and looks --------------------------------------------------------------------

    @property
    def _save_button(self) -> QtWidgets.QPushButton:
        return self._buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)

    def _on_save(self) -> None:
        settings, messages = self._candidate()
        if messages:  # Save is disabled then; this guards against any other route to it.
            self._revalidate()
            return
        self._result = settings
        self.settings_saved.emit(settings)
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
