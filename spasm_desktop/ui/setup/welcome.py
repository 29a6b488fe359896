"""The welcome wizard shown on first start (and again from Settings).

Six short pages: what the app does and does not do, "What describes you?", working hours and
bedtime, water, start at login, and the tray. Every page has "Skip setup". The wizard writes
nothing: it returns new settings when the person finishes (:attr:`WelcomeWizard.result_settings`)
and the caller saves them. Skipping keeps the settings as they were; closing the window half-way
(or Escape) is neither, so the caller shows the welcome again next start.

The answers become settings through :func:`spasm_desktop.core.profile.apply`, which documents
each rule against ``shared/CONTENT.md``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import profile, units
from spasm_desktop.core.hours import every_day_range
from spasm_desktop.core.profile import DEFAULT_WORK, EVERY_DAY, Answers, Trait
from spasm_desktop.core.relief import RedFlags
from spasm_desktop.core.settings import INT_BOUNDS, WEEKDAYS, Settings
from spasm_desktop.ui.common import assets, text, volumes
from spasm_desktop.ui.common.flow import FlowRow
from spasm_desktop.ui.common.wrap_check import WrapCheckBox
from spasm_desktop.ui.setup.settings_hours import py_time, time_edit

# The result code (``finished`` signal, ``exec()``) when the person pressed Skip setup.
SKIPPED = 2


class _Page(QtWidgets.QWizardPage):
    """A wizard page whose Next button waits for ``complete()`` (when given)."""

    def __init__(self, title: str, complete: Callable[[], bool] | None = None) -> None:
        super().__init__()
        self.setTitle(title)
        self.setAccessibleName(title)
        self._complete = complete
        # The page's content scrolls when the screen is small and the text large, so the
        # wizard's buttons stay in view.
        inner = QtWidgets.QWidget()
        self.column = QtWidgets.QVBoxLayout(inner)
        area = QtWidgets.QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        area.setWidget(inner)
        area.setAccessibleName(title)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(area)

    def isComplete(self) -> bool:
        """Return whether the page's answers can be used."""
        return super().isComplete() and (self._complete is None or self._complete())


class WelcomeWizard(QtWidgets.QWizard):
    """The first-start welcome. After it closes, read :attr:`result_settings` and :attr:`skipped`.

    ``result_settings`` is the new :class:`Settings` when the person pressed Finish, else None.
    ``skipped`` is True when they pressed Skip setup (the settings stay as they were).
    """

    def __init__(
        self,
        settings: Settings,
        show_sample: Callable[[], None] | None = None,
        parent: QtWidgets.QWidget | None = None,
        red_flags: RedFlags | None = None,
    ) -> None:
        """``show_sample`` shows a sample reminder now (the last page's button); None hides it.

        ``red_flags`` is the app's one list; the first page's emergency line is its summary
        (the built-in line when None).
        """
        super().__init__(parent)
        self._settings = settings
        self._show_sample = show_sample
        self._red_flags = red_flags
        # The new settings once finished; None when skipped, closed or not finished yet.
        self.result_settings: Settings | None = None
        # Whether the person pressed Skip setup.
        self.skipped = False

        answers = profile.answers_from(settings)
        self._loading = True
        low, high = INT_BOUNDS["water.fluid_limit_ml"]
        # Shown (disabled) until ticked: a limit starts at 1.5 L, a goal at 2 L; neither is set.
        limit_start = answers.fluid_limit_ml or 1500
        # The volumes in ml; only the person's edits change them, not unit switches.
        self._volumes = volumes.VolumeFields(
            {
                "glass": answers.glass_ml,
                "goal": answers.goal_ml or volumes.NHS_GLASSES * volumes.NHS_GLASS_ML,
                "limit": min(max(limit_start, low), high),
            },
            answers.unit,
            self,
        )
        self._volumes.edited.connect(self._on_volume_edited)

        self.setWindowTitle(text.window_title(self.tr("Welcome")))
        self.setAccessibleName(self.tr("Welcome to Spasm Desktop"))
        self.setObjectName("welcome")
        # Skip setup is the one way to say "keep the defaults"; a Cancel next to it would only
        # blur the difference. Closing the window or Escape still leaves (and it comes back).
        self.setOption(QtWidgets.QWizard.WizardOption.NoCancelButton, True)
        self.setOption(QtWidgets.QWizard.WizardOption.HaveCustomButton1, True)
        self.setOption(QtWidgets.QWizard.WizardOption.NoBackButtonOnStartPage, True)
        skip = QtWidgets.QWizard.WizardButton.CustomButton1
        self.setButtonText(skip, self.tr("&Skip setup"))
        self.button(skip).setObjectName("skip")
        self.button(skip).setToolTip(
            self.tr("Keep the standard settings. You can change them any time in Settings.")
        )
        self.setButtonLayout(
            [
                skip,
                QtWidgets.QWizard.WizardButton.Stretch,
                QtWidgets.QWizard.WizardButton.BackButton,
                QtWidgets.QWizard.WizardButton.NextButton,
                QtWidgets.QWizard.WizardButton.FinishButton,
            ]
        )
        self.customButtonClicked.connect(self._on_custom_button)
        for which, name in (
            (skip, self.tr("Skip setup and keep the standard settings")),
            (QtWidgets.QWizard.WizardButton.BackButton, self.tr("Back")),
            (QtWidgets.QWizard.WizardButton.NextButton, self.tr("Next")),
            (QtWidgets.QWizard.WizardButton.FinishButton, self.tr("Finish and save")),
        ):
            self.button(which).setAccessibleName(name)

        self.addPage(self._build_intro_page())
        self.addPage(self._build_traits_page(answers))
        self.addPage(self._build_hours_page(answers))
        self.addPage(self._build_water_page(answers))
        self.addPage(self._build_login_page(answers))
        self.addPage(self._build_tray_page())

        self._loading = False
        self._update_traits()
        self._update_water()
        self._fit_size()

    # --- public API --------------------------------------------------------------------------

    def answers(self) -> Answers:
        """Return the answers as they stand on the pages now.

        "I don't work / I'm retired" is every day with the same hours.
        """
        if self._retired_choice.isChecked():
            workdays = frozenset(range(7))
            start, end = self._every_day_start, self._every_day_end
        else:
            workdays = frozenset(d for d, box in enumerate(self._day_boxes) if box.isChecked())
            start, end = self._work_start, self._work_end
        return Answers(
            traits=frozenset(t for t, box in self._trait_boxes.items() if box.isChecked()),
            workdays=workdays,
            work_start=py_time(start),
            work_end=py_time(end),
            bedtime=py_time(self._bedtime),
            unit=self._volumes.unit,
            goal_ml=self._volumes.ml("goal") if self._goal_check.isChecked() else None,
            glass_ml=self._volumes.ml("glass"),
            fluid_limit_ml=self._volumes.ml("limit") if self._limit_check.isChecked() else None,
            start_at_login=self._login_yes.isChecked(),
        )

    def accept(self) -> None:
        """Finish: build the new settings from the answers (the caller saves them)."""
        self.result_settings = profile.apply(self._settings, self.answers())
        self.skipped = False
        super().accept()

    def skip(self) -> None:
        """End the wizard keeping the current settings (what Skip setup does)."""
        self.result_settings = None
        self.skipped = True
        self.done(SKIPPED)

    @classmethod
    def run(
        cls,
        settings: Settings,
        show_sample: Callable[[], None] | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> tuple[Settings | None, bool]:
        """Show the wizard modally; return (new settings or None, whether the welcome is done).

        Done means finished (new settings) or skipped (None: keep the settings). Closed
        half-way gives (None, False): show the welcome again next start.
        """
        wizard = cls(settings, show_sample, parent)
        try:
            wizard.exec()
            result = wizard.result_settings
            return result, result is not None or wizard.skipped
        finally:
            wizard.deleteLater()

    # --- pages -------------------------------------------------------------------------------

    def _label(self, value: str, name: str, *, bold: bool = False) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(value)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        if bold:
            font = label.font()
            font.setBold(True)
            label.setFont(font)
        return label

    def _build_intro_page(self) -> QtWidgets.QWizardPage:
        page = _Page(self.tr("Welcome"))
        page.setObjectName("page_intro")
        page.setSubTitle(self.tr("What this app does, and what it does not do."))
        page.column.addWidget(
            self._label(
                self.tr(
                    "Spasm Desktop reminds you to drink water, to stretch, to get up after "
                    "sitting for a while and to do your bedtime stretches. It guides you through "
                    "the stretches, and its cramp relief panel helps when a cramp strikes."
                ),
                "does",
            )
        )
        page.column.addWidget(
            self._label(
                self.tr(
                    "It does not diagnose, treat or cure anything, and it cannot tell a harmless "
                    "cramp from a sign of another health problem. If you are worried, contact a "
                    "healthcare provider."
                ),
                "does_not",
            )
        )
        page.column.addWidget(
            self._label(text.disclaimer(self._red_flags), "disclaimer", bold=True)
        )
        page.column.addWidget(
            self._label(
                self.tr(
                    "A few questions follow to set up your reminders. Every step can be skipped, "
                    "nothing is saved until you finish, and you can run this again from Settings."
                ),
                "how",
            )
        )
        page.column.addStretch(1)
        return page

    def _build_traits_page(self, answers: Answers) -> QtWidgets.QWizardPage:
        page = _Page(self.tr("What describes you?"))
        page.setObjectName("page_traits")
        page.setSubTitle(
            self.tr("Tick any that apply, or none. You can change all of this later in Settings.")
        )
        self._trait_boxes: dict[Trait, QtWidgets.QCheckBox] = {}
        for trait, label, name in (
            (Trait.DESK, self.tr("I sit at a &desk most of the day"), self.tr("Desk work")),
            (Trait.SPORT, self.tr("I e&xercise hard or play sports"), self.tr("Hard exercise")),
            (Trait.OVER_65, self.tr("I am &over 65"), self.tr("Over 65")),
            (Trait.PREGNANT, self.tr("I am &pregnant"), self.tr("Pregnant")),
            (
                Trait.NIGHT_CRAMPS,
                self.tr("Night-time leg &cramps wake me up"),
                self.tr("Woken by night-time leg cramps"),
            ),
            (
                Trait.BALANCE,
                self.tr("I have balance problems or am &unsteady on my feet"),
                self.tr("Balance problems or unsteady on my feet"),
            ),
        ):
            box = WrapCheckBox(label)  # wraps rather than make the page scroll sideways
            box.setObjectName(f"trait_{trait.value}")
            box.setAccessibleName(name)
            box.setChecked(trait in answers.traits)  # the stored answers (pregnant, balance)
            box.toggled.connect(self._update_traits)
            page.column.addWidget(box)
            self._trait_boxes[trait] = box

        self._pregnancy_caution = self._label(
            text.stretch_pregnancy(), "pregnancy_caution", bold=True
        )
        self._pregnancy_caution.setAccessibleDescription(self.tr("Pregnancy caution"))
        page.column.addWidget(self._pregnancy_caution)

        self._effects_label = self._label("", "effects")
        self._effects_label.setAccessibleName(self.tr("What your answers change"))
        page.column.addWidget(self._effects_label)
        page.column.addStretch(1)
        return page

    def _build_hours_page(self, answers: Answers) -> QtWidgets.QWizardPage:
        page = _Page(self.tr("Your day"), self._hours_usable)
        page.setObjectName("page_hours")
        page.setSubTitle(
            self.tr(
                "Water, stretch and move reminders come only during these hours. For different "
                "hours on different days, use Settings later."
            )
        )
        shared = every_day_range(self._settings.active_hours)
        self._work_choice = QtWidgets.QRadioButton(self.tr("I &work"))
        self._work_choice.setObjectName("hours_work")
        self._work_choice.setAccessibleName(self.tr("I work"))
        self._retired_choice = QtWidgets.QRadioButton(
            self.tr("I don't work / I'm ret&ired: remind me every day")
        )
        self._retired_choice.setObjectName("hours_retired")
        self._retired_choice.setAccessibleName(
            self.tr("I don't work or I'm retired: remind me every day")
        )
        choices = QtWidgets.QButtonGroup(page)
        choices.addButton(self._work_choice)
        choices.addButton(self._retired_choice)
        page.column.addWidget(self._work_choice)
        page.column.addWidget(self._retired_choice)

        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        locale = QtCore.QLocale()

        # Two rows, so that the days never squeeze each other on a narrow window or large text.
        days_row = QtWidgets.QGridLayout()
        self._day_boxes: list[QtWidgets.QCheckBox] = []
        for day in range(7):
            box = QtWidgets.QCheckBox(
                locale.dayName(day + 1, QtCore.QLocale.FormatType.ShortFormat)
            )
            box.setObjectName(f"workday_{WEEKDAYS[day]}")
            box.setAccessibleName(self.tr("I work on %1").replace("%1", locale.dayName(day + 1)))
            box.setChecked(day in answers.workdays)
            days_row.addWidget(box, day // 4, day % 4)
            self._day_boxes.append(box)
        days_label = QtWidgets.QLabel(self.tr("Wor&k days"))
        days_label.setBuddy(self._day_boxes[0])
        form.addRow(days_label, days_row)

        work = (answers.work_start, answers.work_end) if shared is None else DEFAULT_WORK
        self._work_start = time_edit(work[0], "work_start", self.tr("Work starts at"))
        self._work_end = time_edit(work[1], "work_end", self.tr("Work ends at"))
        every_day = shared or EVERY_DAY
        self._every_day_start = time_edit(
            every_day[0], "every_day_start", self.tr("Reminders every day from")
        )
        self._every_day_end = time_edit(
            every_day[1], "every_day_end", self.tr("Reminders every day until")
        )
        self._bedtime = time_edit(answers.bedtime, "bedtime", self.tr("Usual bedtime"))
        self._work_rows: list[QtWidgets.QWidget] = [days_label, *self._day_boxes]
        self._every_day_rows: list[QtWidgets.QWidget] = []
        for edit, label_text, rows in (
            (self._work_start, self.tr("Work s&tarts at"), self._work_rows),
            (self._work_end, self.tr("Work &ends at"), self._work_rows),
            (self._every_day_start, self.tr("Reminders f&rom"), self._every_day_rows),
            (self._every_day_end, self.tr("Reminders &until"), self._every_day_rows),
            (self._bedtime, self.tr("Usual be&dtime"), []),
        ):
            label = QtWidgets.QLabel(label_text)
            label.setBuddy(edit)
            form.addRow(label, edit)
            rows += [label, edit]
        page.column.addLayout(form)

        self._hours_problem = self._label(
            self.tr("Reminders cannot start and end at the same time."), "hours_problem", bold=True
        )
        self._hours_problem.setAccessibleDescription(self.tr("Problem with the working hours"))
        self._hours_problem.hide()
        page.column.addWidget(self._hours_problem)
        page.column.addWidget(
            self._label(
                self.tr(
                    "Water reminders stop a while before bedtime. An end time earlier than the "
                    "start means past midnight."
                ),
                "hours_hint",
            )
        )
        page.column.addStretch(1)

        def changed() -> None:
            retired = self._retired_choice.isChecked()
            for widget in self._work_rows:
                widget.setVisible(not retired)
            for widget in self._every_day_rows:
                widget.setVisible(retired)
            self._hours_problem.setVisible(not self._hours_usable())
            page.completeChanged.emit()

        (self._retired_choice if shared else self._work_choice).setChecked(True)
        for edit in (self._work_start, self._work_end, self._every_day_start, self._every_day_end):
            edit.timeChanged.connect(changed)
        self._retired_choice.toggled.connect(changed)
        changed()
        return page

    def _hours_usable(self) -> bool:
        if self._retired_choice.isChecked():
            return bool(self._every_day_start.time() != self._every_day_end.time())
        return bool(self._work_start.time() != self._work_end.time())

    def _build_water_page(self, answers: Answers) -> QtWidgets.QWizardPage:
        page = _Page(self.tr("Water"))
        page.setObjectName("page_water")
        page.setSubTitle(
            self.tr("The water reminder suggests one glass at a time. A daily goal is optional.")
        )
        form = QtWidgets.QFormLayout()
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)

        self._unit_combo = QtWidgets.QComboBox()
        self._unit_combo.setObjectName("unit")
        self._unit_combo.setAccessibleName(self.tr("Volume unit"))
        self._unit_combo.addItem(self.tr("Milliliters (ml)"), units.VolumeUnit.ML.value)
        self._unit_combo.addItem(self.tr("US fluid ounces (fl oz)"), units.VolumeUnit.FL_OZ.value)
        self._unit_combo.setCurrentIndex(self._unit_combo.findData(answers.unit.value))
        self._unit_combo.currentIndexChanged.connect(self._on_unit_changed)

        for key, accessible in (
            ("goal", self.tr("Daily water goal")),
            ("glass", self.tr("Glass size")),
            ("limit", self.tr("Fluid limit per day")),
        ):
            self._volumes.spin(key, accessible)

        for field, label_text in (
            (self._unit_combo, self.tr("&Units")),
            (self._volumes.spins["glass"], self.tr("G&lass size")),
        ):
            label = QtWidgets.QLabel(label_text)
            label.setBuddy(field)
            form.addRow(label, field)
        # No goal is forced on anyone (CONTENT.md §3.2, §7a): it is set only when ticked.
        self._goal_check = QtWidgets.QCheckBox(self.tr("Daily &goal"))
        self._goal_check.setObjectName("goal_set")
        self._goal_check.setAccessibleName(self.tr("Set a daily water goal"))
        self._goal_check.setChecked(answers.goal_ml is not None)
        self._goal_check.toggled.connect(self._update_water)
        form.addRow(self._goal_check, self._volumes.spins["goal"])
        page.column.addLayout(form)
        self._suggestions = volumes.GoalSuggestions()
        self._suggestions.picked.connect(self._pick_goal)
        page.column.addWidget(self._suggestions)
        # Word-wrapped texts go in the column, not the form: a form row does not grow with them.
        self._guide_label = self._label("", "goal_guide")
        self._guide_label.setAccessibleDescription(self.tr("About daily goals"))
        page.column.addWidget(self._guide_label)

        # Heart or kidney disease: ask about a fluid limit, and say why (CONTENT.md §3.3, §7a).
        self._heart_kidney = WrapCheckBox(
            self.tr("A doctor has told me I have &heart or kidney disease")
        )
        self._heart_kidney.setObjectName("heart_kidney")
        self._heart_kidney.setAccessibleName(
            self.tr("A doctor has told me I have heart or kidney disease")
        )
        self._heart_kidney.toggled.connect(self._update_water)
        page.column.addWidget(self._heart_kidney)
        self._limit_question = self._label(
            volumes.heart_kidney_question(), "limit_question", bold=True
        )
        self._limit_question.setAccessibleDescription(self.tr("Do you have a fluid limit?"))
        self._limit_why = self._label(volumes.heart_kidney_why(), "limit_why")
        self._limit_why.setAccessibleDescription(self.tr("Why a fluid limit matters"))
        page.column.addWidget(self._limit_question)
        page.column.addWidget(self._limit_why)

        self._limit_check = WrapCheckBox(self.tr("A &clinician gave me a fluid limit"))
        self._limit_check.setObjectName("fluid_limit_set")
        self._limit_check.setAccessibleName(self.tr("A clinician gave me a fluid limit"))
        self._limit_check.setChecked(answers.fluid_limit_ml is not None)
        self._limit_check.toggled.connect(self._update_water)
        limit_label = QtWidgets.QLabel(self.tr("Fluid li&mit per day"))
        limit_label.setBuddy(self._volumes.spins["limit"])
        limit_row = FlowRow()  # the limit goes below the box when they don't fit side by side
        limit_row.setSpacing(self.fontMetrics().averageCharWidth() * 2)
        limit_row.addWidget(self._limit_check)
        limit_pair = QtWidgets.QWidget()  # the limit and its label stay together
        pair = QtWidgets.QHBoxLayout(limit_pair)
        pair.setContentsMargins(0, 0, 0, 0)
        pair.addWidget(limit_label)
        pair.addWidget(self._volumes.spins["limit"])
        limit_row.addWidget(limit_pair)
        page.column.addLayout(limit_row)

        self._effective_label = self._label("", "log_only_note", bold=True)
        self._effective_label.setAccessibleDescription(self.tr("Water is log only"))
        page.column.addWidget(self._effective_label)
        self._caution = self._label(text.fluid_caution(), "fluid_caution")
        self._caution.setAccessibleDescription(self.tr("About fluid limits"))
        page.column.addWidget(self._caution)
        page.column.addStretch(1)
        return page

    def _build_login_page(self, answers: Answers) -> QtWidgets.QWizardPage:
        page = _Page(self.tr("Start at login"))
        page.setObjectName("page_login")
        page.setSubTitle(
            self.tr("Reminders only come while the app runs. It sits quietly in the tray.")
        )
        self._login_yes = QtWidgets.QRadioButton(self.tr("&Yes, start it when I log in"))
        self._login_yes.setObjectName("login_yes")
        self._login_yes.setAccessibleName(self.tr("Start at login: yes"))
        self._login_no = QtWidgets.QRadioButton(self.tr("N&o, I will start it myself"))
        self._login_no.setObjectName("login_no")
        self._login_no.setAccessibleName(self.tr("Start at login: no"))
        group = QtWidgets.QButtonGroup(page)
        group.addButton(self._login_yes)
        group.addButton(self._login_no)
        (self._login_yes if answers.start_at_login else self._login_no).setChecked(True)
        page.column.addWidget(self._login_yes)
        page.column.addWidget(self._login_no)
        page.column.addStretch(1)
        return page

    def _tray_location(self) -> str:
        if sys.platform == "win32":
            return self.tr(
                "The app's icon is in the notification area at the right end of the taskbar, "
                "next to the clock. If you do not see it, click the small arrow there."
            )
        if sys.platform == "darwin":
            return self.tr("The app's icon is in the menu bar at the top right of the screen.")
        return self.tr(
            "The app's icon is in your desktop's panel or system tray, usually near the clock. "
            "Some desktops show tray icons only with an extension (on GNOME, AppIndicator)."
        )

    def _build_tray_page(self) -> QtWidgets.QWizardPage:
        page = _Page(self.tr("You're set"))
        page.setObjectName("page_tray")
        page.setSubTitle(self.tr("Where to find the app, and how to pause it."))
        row = QtWidgets.QHBoxLayout()
        self._tray_icon_label = QtWidgets.QLabel()
        self._tray_icon_label.setObjectName("tray_icon")
        self._tray_icon_label.setAccessibleName(self.tr("The app's tray icon"))
        self._tray_icon_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignTop)
        row.addWidget(self._tray_icon_label)
        row.addWidget(self._label(self._tray_location(), "tray_where"), 1)
        page.column.addLayout(row)
        page.column.addWidget(
            self._label(
                self.tr(
                    "Click the icon to see today's reminders. Right-click it for the menu: "
                    "choose Pause to hold every reminder for a while, Settings to change "
                    "anything you chose here."
                ),
                "tray_pause",
            )
        )
        page.column.addWidget(
            self._label(
                self.tr(
                    "A reminder pops up near the tray with buttons to say you did it, to snooze "
                    "it or to skip it."
                ),
                "tray_reminder",
            )
        )
        self._sample_button = QtWidgets.QPushButton(self.tr("Show me a s&ample reminder"))
        self._sample_button.setObjectName("sample")
        self._sample_button.setAccessibleName(self.tr("Show a sample reminder now"))
        self._sample_button.setVisible(self._show_sample is not None)
        self._sample_button.clicked.connect(self._on_sample)
        sample_row = QtWidgets.QHBoxLayout()
        sample_row.addWidget(self._sample_button)
        sample_row.addStretch(1)
        page.column.addLayout(sample_row)
        page.column.addWidget(
            self._label(self.tr("Press Finish to save your answers."), "finish_hint")
        )
        page.column.addStretch(1)
        return page

    # --- reacting to edits -------------------------------------------------------------------

    def _on_custom_button(self, which: int) -> None:
        if which == QtWidgets.QWizard.WizardButton.CustomButton1.value:
            self.skip()

    def _on_sample(self) -> None:
        if self._show_sample is not None:
            self._show_sample()

    def _update_traits(self) -> None:
        ticked = {t for t, box in self._trait_boxes.items() if box.isChecked()}
        self._pregnancy_caution.setVisible(Trait.PREGNANT in ticked)
        lines: list[str] = []
        if Trait.DESK in ticked:
            lines.append(
                self.tr("A reminder to get up after 30 minutes of sitting, and desk stretches.")
            )
        if Trait.OVER_65 in ticked:
            lines.append(self.tr("Stretches are held for at least 30 seconds."))
        if Trait.NIGHT_CRAMPS in ticked:
            lines.append(
                self.tr(
                    "A bedtime reminder for calf and hamstring stretches, which may help reduce "
                    "night cramps for some people."
                )
            )
        if Trait.PREGNANT in ticked:
            lines.append(
                self.tr(
                    "The app remembers this: the stretch player and the cramp relief panel show "
                    "what to check first when you are pregnant."
                )
            )
        if Trait.BALANCE in ticked:
            lines.append(
                self.tr(
                    "Stretch and bedtime reminders open the seated versions, sitting on a chair "
                    "or the bed. Standing steps say to hold on to something fixed."
                )
            )
        if Trait.SPORT in ticked and not lines:
            lines.append(self.tr("Your reminders keep their standard settings."))
        self._effects_label.setText("\n".join(f"• {line}" for line in lines))
        self._effects_label.setVisible(bool(lines))

    def _format_volume(self, ml: float) -> str:
        return volumes.one_line(ml, self._volumes.unit)

    def _on_unit_changed(self) -> None:
        self._volumes.set_unit(units.VolumeUnit(self._unit_combo.currentData()))
        if not self._loading:
            self._update_water()

    def _on_volume_edited(self, _key: str) -> None:
        if not self._loading:
            self._update_water()

    def _pick_goal(self, ml: int) -> None:
        self._volumes.pick_goal(ml, self._goal_check)

    def _update_water(self) -> None:
        limited = self._limit_check.isChecked()
        # A fluid limit is a ceiling, never a target (CONTENT.md §7a): no goal, no drink nudges.
        self._volumes.spins["limit"].setEnabled(limited)
        self._goal_check.setEnabled(not limited)
        self._volumes.spins["goal"].setEnabled(not limited and self._goal_check.isChecked())
        # With a limit there is no goal to suggest; hidden, so that the page fits the window.
        self._suggestions.setVisible(not limited)
        self._suggestions.set_unit(self._volumes.unit)
        self._guide_label.setVisible(not limited)
        self._guide_label.setText(volumes.goal_guide(self._volumes.unit))
        heart_kidney = self._heart_kidney.isChecked()
        self._limit_question.setVisible(heart_kidney)
        self._limit_why.setVisible(heart_kidney)
        # The "why" is the caution for them (too much can be harmful); one caution at a time.
        self._caution.setVisible(not heart_kidney)
        if limited:
            self._effective_label.setText(volumes.log_only_note())
            self._effective_label.show()
        else:
            self._effective_label.hide()

    # --- size --------------------------------------------------------------------------------

    def _fit_size(self) -> None:
        """Size the window from the font, so that larger system text gets a larger window."""
        metrics = self.fontMetrics()
        # Never more than the screen holds (less a title bar): 1024x600 at 150% text is 683x400.
        screen = self.screen() or QtWidgets.QApplication.primaryScreen()
        room = QtCore.QSize(10000, 10000)
        if screen is not None:
            room = screen.availableGeometry().size()
        line = metrics.lineSpacing()
        self.setMinimumWidth(min(metrics.averageCharWidth() * 78, room.width() - line // 2))
        self.setMinimumHeight(min(line * 30, room.height() - line * 2))
        # As wide as the widest page needs (with a scroll bar's room), where the screen allows.
        widest = max(
            (page.sizeHint().width() for page in map(self.page, self.pageIds()) if page),
            default=0,
        )
        bar = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
        width = min(max(widest + bar + line * 2, self.minimumWidth()), room.width() - line // 2)
        self.resize(width, self.minimumHeight())
        side = metrics.lineSpacing() * 3
        self._tray_icon_label.setPixmap(assets.icon("tray-active").pixmap(side, side))

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Follow font changes (the icon and the minimum size scale with the text)."""
        if event.type() == QtCore.QEvent.Type.FontChange and hasattr(self, "_tray_icon_label"):
            self._fit_size()
        super().changeEvent(event)
