"""The Reminders tab of Settings: water (glass, goal, fluid limit), stretch, move and bedtime.

Volumes are shown in the chosen unit and kept in millilitres (:class:`volumes.VolumeFields`): a
unit switch never changes a stored value the person did not edit.
"""

from __future__ import annotations

import datetime as dt

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import units
from spasm_desktop.core.settings import (
    INT_BOUNDS,
    MAX_PROMPTED_ML_PER_HOUR,
    WEEKDAYS,
    BedtimeSettings,
    MoveSettings,
    Settings,
    StretchSettings,
    WaterSettings,
)
from spasm_desktop.ui.common import volumes
from spasm_desktop.ui.common.columns import Columns
from spasm_desktop.ui.common.flow import FlowRow
from spasm_desktop.ui.setup import settings_parts as parts


class RemindersTab(QtWidgets.QWidget):
    """The reminder kinds, each a group that can be switched off, with their timings.

    Signals:
        changed(): the person edited anything here.
    """

    changed = QtCore.Signal()

    def __init__(self, settings: Settings, activity: str | None) -> None:
        """Show ``settings``' reminders; ``activity`` is as for the dialog (None: no detection)."""
        super().__init__()
        self._activity = activity
        water = settings.water
        low, high = INT_BOUNDS["water.fluid_limit_ml"]
        # Shown (disabled) until ticked: a limit starts at 1.5 L, a goal at 2 L; neither is set.
        limit_start = water.fluid_limit_ml if water.fluid_limit_ml is not None else 1500
        goal_start = water.goal_ml if water.goal_ml is not None else volumes.NHS_GLASS_ML * 8
        # The volumes in ml; only the person's edits change them, not unit switches.
        self._volumes = volumes.VolumeFields(
            {
                "glass": water.glass_ml,
                "goal": goal_start,
                "limit": min(max(limit_start, low), high),
            },
            settings.unit,
            self,
        )
        self._volumes.edited.connect(self.changed)
        column = QtWidgets.QVBoxLayout(self)
        column.addWidget(self._build_water_group(settings.water))
        row = Columns()  # stacked when a longer language makes them wider than the window
        row.add(self._build_stretch_group(settings.stretch))
        row.add(self._build_move_group(settings.move))
        column.addLayout(row)
        column.addWidget(self._build_bedtime_group(settings.bedtime))
        column.addStretch(1)

    # --- the settings as entered --------------------------------------------------------------

    def water_settings(self) -> WaterSettings:
        """The water reminder as entered."""
        return WaterSettings(
            enabled=self._water_group.isChecked(),
            interval_min=self._water_interval.value(),
            glass_ml=self._volumes.ml("glass"),
            goal_ml=self._volumes.ml("goal") if self._goal_check.isChecked() else None,
            taper_min=self._water_taper.value(),
            fluid_limit_ml=self._volumes.ml("limit") if self._limit_check.isChecked() else None,
        )

    def stretch_settings(self) -> StretchSettings:
        """The stretch reminder as entered."""
        return StretchSettings(
            enabled=self._stretch_group.isChecked(),
            interval_min=self._stretch_interval.value(),
        )

    def move_settings(self) -> MoveSettings:
        """The move reminder as entered."""
        return MoveSettings(
            enabled=self._move_group.isChecked(),
            interval_min=self._move_interval.value(),
            break_min=self._move_break.value(),
        )

    def bedtime_settings(self) -> BedtimeSettings:
        """The bedtime reminder as entered."""
        qtime = self._bedtime_time.time()
        return BedtimeSettings(
            enabled=self._bedtime_group.isChecked(),
            bedtime=dt.time(qtime.hour(), qtime.minute()),
            lead_min=self._bedtime_lead.value(),
            days=frozenset(d for d, box in enumerate(self._bedtime_days) if box.isChecked()),
            checkin=self._checkin_value(),
        )

    def _checkin_value(self) -> bool | None:
        """The morning check-in as ticked (a choice never made and left as shown stays unmade,
        so the file keeps its derived default).
        """
        ticked = self._bedtime_checkin.isChecked()
        if self._checkin_loaded is None and ticked == BedtimeSettings().checkin_on:
            return None
        return ticked

    def set_unit(self, unit: units.VolumeUnit) -> None:
        """Show every volume in ``unit`` without changing the millilitres behind them."""
        self._volumes.set_unit(unit)

    def wrapped_labels(self) -> list[parts.Wrapped]:
        """The word-wrapped labels and the width they need."""
        return [
            (self._caution_label, 42),
            (self._effective_goal_label, 42),
            (self._activity_label, 36),
        ]

    def update_water_texts(self, water: WaterSettings) -> None:
        """Rest the drink reminders' controls under a fluid limit, and say why."""
        # A fluid limit is a ceiling, never a target (CONTENT.md §7a): with one there are no
        # drink reminders and no goal, so their controls rest; the glass size still logs drinks.
        limited = water.log_only
        self._volumes.spins["limit"].setEnabled(limited)
        for widget in (self._water_interval, self._water_taper, self._goal_check):
            widget.setEnabled(not limited)
        self._volumes.spins["goal"].setEnabled(not limited and water.goal_ml is not None)
        self._suggestions.setEnabled(not limited)
        self._suggestions.set_unit(self._volumes.unit)
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
            ).replace("%1", volumes.one_line(MAX_PROMPTED_ML_PER_HOUR, self._volumes.unit))
        )

    # --- building -----------------------------------------------------------------------------

    def _build_water_group(self, water: WaterSettings) -> QtWidgets.QGroupBox:
        group = parts.group(self.changed, self.tr("&Water"), "water", water.enabled)
        self._water_group = group
        columns = Columns(group)  # the fluid limit goes below when they don't fit side by side
        form = parts.form(None)
        columns.add(form)

        self._water_interval = parts.spin(
            self.changed,
            "water.interval_min",
            water.interval_min,
            parts.minutes_suffix(),
            self.tr("Water reminder every how many minutes"),
        )
        parts.row(form, self.tr("Remind &every"), self._water_interval)

        parts.row(form, self.tr("&Glass size"), self._volumes.spin("glass", self.tr("Glass size")))
        # No goal is forced on anyone (CONTENT.md §3.2, §7a): it is set only when ticked.
        self._goal_check = QtWidgets.QCheckBox(self.tr("Dai&ly goal"))
        self._goal_check.setObjectName("goal_set")
        self._goal_check.setAccessibleName(self.tr("Set a daily water goal"))
        self._goal_check.setChecked(water.goal_ml is not None)
        goal = self._volumes.spin("goal", self.tr("Daily water goal"))
        # The suggestions (NHS, US National Academies) are a compact menu: the dialog must fit.
        self._suggestions = volumes.GoalSuggestions(compact=True)
        self._suggestions.picked.connect(lambda ml: self._volumes.pick_goal(ml, self._goal_check))
        goal_row = QtWidgets.QHBoxLayout()
        goal_row.addWidget(goal)
        goal_row.addWidget(self._suggestions)
        form.addRow(self._goal_check, goal_row)
        self._goal_check.toggled.connect(self.changed)

        self._water_taper = parts.spin(
            self.changed,
            "water.taper_min",
            water.taper_min,
            parts.minutes_suffix(),
            self.tr("Minutes before bedtime without water reminders"),
        )
        self._water_taper.setToolTip(
            self.tr("No water reminders in this many minutes before your bedtime.")
        )
        parts.row(form, self.tr("&Quiet before bedtime"), self._water_taper)

        self._limit_check = QtWidgets.QCheckBox(self.tr("A &clinician set me a fluid limit"))
        self._limit_check.setObjectName("fluid_limit_set")
        self._limit_check.setAccessibleName(self.tr("A clinician set me a fluid limit"))
        self._limit_check.setChecked(water.fluid_limit_ml is not None)
        limit_column = QtWidgets.QVBoxLayout()
        columns.add(limit_column, 1)
        limit_column.addWidget(self._limit_check)
        limit_form = parts.form(None)
        limit_column.addLayout(limit_form)

        limit = self._volumes.spin("limit", self.tr("Fluid limit per day"))
        parts.row(limit_form, self.tr("Fluid li&mit per day"), limit)
        self._limit_check.toggled.connect(self.changed)

        self._effective_goal_label = QtWidgets.QLabel()
        self._effective_goal_label.setObjectName("log_only_note")
        self._effective_goal_label.setAccessibleDescription(self.tr("Water is log only"))
        self._effective_goal_label.setWordWrap(True)
        bold = self._effective_goal_label.font()
        bold.setBold(True)
        self._effective_goal_label.setFont(bold)
        limit_column.addWidget(self._effective_goal_label)

        self._caution_label = QtWidgets.QLabel()
        self._caution_label.setObjectName("fluid_caution")
        self._caution_label.setWordWrap(True)
        self._caution_label.setAccessibleDescription(self.tr("About fluid limits"))
        limit_column.addWidget(self._caution_label)
        limit_column.addStretch(1)
        return group

    def _build_stretch_group(self, stretch: StretchSettings) -> QtWidgets.QGroupBox:
        group = parts.group(self.changed, self.tr("S&tretch"), "stretch", stretch.enabled)
        self._stretch_group = group
        form = parts.form(group)
        self._stretch_interval = parts.spin(
            self.changed,
            "stretch.interval_min",
            stretch.interval_min,
            parts.minutes_suffix(),
            self.tr("Stretch reminder every how many minutes"),
        )
        parts.row(form, self.tr("Remind ever&y"), self._stretch_interval)
        return group

    def _build_move_group(self, move: MoveSettings) -> QtWidgets.QGroupBox:
        group = parts.group(self.changed, self.tr("Mo&ve"), "move", move.enabled)
        self._move_group = group
        form = parts.form(group)
        self._move_interval = parts.spin(
            self.changed,
            "move.interval_min",
            move.interval_min,
            parts.minutes_suffix(),
            self.tr("Remind me to move after how many minutes of sitting"),
        )
        parts.row(form, self.tr("Remind me after s&itting for"), self._move_interval)

        self._move_break = parts.spin(
            self.changed,
            "move.break_min",
            move.break_min,
            parts.minutes_suffix(),
            self.tr("Minutes away from the computer that count as a break"),
        )
        self._move_break.setToolTip(
            self.tr("Being away from the computer this long starts the sitting time again.")
        )
        parts.row(form, self.tr("Count a brea&k after being away for"), self._move_break)

        if self._activity is not None:
            activity = self._activity
        else:
            activity = self.tr(
                "This desktop does not tell the app when you are away, so the move reminder "
                "counts clock time since your last break instead of time at the computer."
            )
        self._activity_label = QtWidgets.QLabel(activity)
        self._activity_label.setObjectName("activity")
        self._activity_label.setAccessibleDescription(self.tr("Activity detection"))
        self._activity_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._activity_label.setWordWrap(True)
        # Read out with the controls too, since a screen reader user tabs past the label.
        self._move_interval.setAccessibleDescription(activity)
        self._move_break.setAccessibleDescription(activity)
        form.addRow(self._activity_label)
        return group

    def _build_bedtime_group(self, bedtime: BedtimeSettings) -> QtWidgets.QGroupBox:
        group = parts.group(self.changed, self.tr("&Bedtime"), "bedtime", bedtime.enabled)
        self._bedtime_group = group
        form = parts.form(group)
        locale = QtCore.QLocale()

        self._bedtime_time = QtWidgets.QTimeEdit()
        self._bedtime_time.setObjectName("bedtime_time")
        self._bedtime_time.setDisplayFormat(
            locale.timeFormat(QtCore.QLocale.FormatType.ShortFormat)
        )
        self._bedtime_time.setTime(QtCore.QTime(bedtime.bedtime.hour, bedtime.bedtime.minute))
        self._bedtime_time.setAccessibleName(self.tr("Bedtime"))
        self._bedtime_time.timeChanged.connect(self.changed)
        # the morning check-in shares the bedtime's row, so the tab keeps its height
        time_row = FlowRow()  # the check-in goes below the time when they don't fit
        time_row.setSpacing(30)
        time_row.addWidget(self._bedtime_time)
        time_row.addWidget(self._build_checkin_box(bedtime))
        time_label = QtWidgets.QLabel(self.tr("Be&dtime"))
        time_label.setBuddy(self._bedtime_time)
        form.addRow(time_label, time_row)

        self._bedtime_lead = parts.spin(
            self.changed,
            "bedtime.lead_min",
            bedtime.lead_min,
            parts.minutes_suffix(),
            self.tr("Remind how many minutes before bedtime"),
        )
        parts.row(form, self.tr("Remind &how long before"), self._bedtime_lead)

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
            box.toggled.connect(self.changed)
            days_row.addWidget(box)
            self._bedtime_days.append(box)
        days_row.addStretch(1)
        days_label = QtWidgets.QLabel(self.tr("On"))
        days_label.setBuddy(self._bedtime_days[0])
        form.addRow(days_label, days_row)
        return group

    def _build_checkin_box(self, bedtime: BedtimeSettings) -> QtWidgets.QCheckBox:
        self._checkin_loaded = bedtime.checkin
        self._bedtime_checkin = QtWidgets.QCheckBox(
            self.tr("Ask how the night was, &first thing in the morning")
        )
        self._bedtime_checkin.setObjectName("bedtime_checkin")
        self._bedtime_checkin.setAccessibleName(self.tr("Morning check-in: how was last night?"))
        self._bedtime_checkin.setToolTip(
            self.tr(
                "A small window the first time you use the computer after your night: no "
                "cramps, or how many. It tells nights without cramps from nights not recorded."
            )
        )
        self._bedtime_checkin.setChecked(bedtime.checkin_on)
        self._bedtime_checkin.toggled.connect(self.changed)
        return self._bedtime_checkin
