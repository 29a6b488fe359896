"""The Settings dialog: Reminders, When (active hours, while busy), Notifications & sound,
Routines, General (units, start at login, text size).

Every edit builds a candidate :class:`Settings` and checks it with
:func:`spasm_desktop.core.settings.validate` plus the tabs' own checks. Problems are listed in
plain words and Save stays disabled until there are none, so invalid input is never saved. Each
part is a widget of its own (``settings_reminders``, ``settings_hours``, ``settings_busy``,
``settings_notifications``, ``settings_routines``, ``settings_general``) that gives its part of
the settings; this module puts them together and words the problems. Every tab page scrolls, so
Save and Cancel stay in view on a 1024x600 screen with 150% text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core.settings import (
    MAX_PROMPTED_ML_PER_HOUR,
    MAX_RANGES_PER_DAY,
    WEEKDAYS,
    Problem,
    ProblemCode,
    Settings,
    validate,
)
from spasm_desktop.ui.common import problems, text, volumes, windows
from spasm_desktop.ui.common.announce import announce
from spasm_desktop.ui.setup import settings_parts as parts
from spasm_desktop.ui.setup.settings_busy import BusyTab
from spasm_desktop.ui.setup.settings_general import GeneralTab
from spasm_desktop.ui.setup.settings_hours import HoursTab
from spasm_desktop.ui.setup.settings_notifications import NotificationsTab
from spasm_desktop.ui.setup.settings_reminders import RemindersTab
from spasm_desktop.ui.setup.settings_routines import RoutinesTab


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
        self._result: Settings | None = None
        self._unit = settings.unit
        self._loading = True
        self._shown = False

        self.setWindowTitle(text.window_title(self.tr("Settings")))
        self.setAccessibleName(self.tr("Settings"))

        self._reminders = RemindersTab(settings, activity)
        self._hours = HoursTab(settings.active_hours)
        self._notifications = NotificationsTab(settings)
        self._busy = BusyTab(settings.busy)
        self._routines = RoutinesTab(settings.routines, settings.person, routines, cues)
        self._general = GeneralTab(settings)
        tabs = (
            self._reminders,
            self._hours,
            self._notifications,
            self._busy,
            self._routines,
            self._general,
        )
        for tab in tabs:
            tab.changed.connect(self._revalidate)
        self._general.unit_changed.connect(self._on_unit_changed)

        # Grouped by what a person comes to change: which reminders and how often; when they
        # may come (the day's hours and what holds them back); how they look and sound; the
        # stretch routines; and the rest (units, starting at login). Each page scrolls, so Save
        # and Cancel stay in view on a small screen with large text.
        self._tabs = QtWidgets.QTabWidget(self)
        self._tabs.setObjectName("tabs")
        self._tabs.setAccessibleName(self.tr("Settings sections"))
        self._tabs.tabBar().setAccessibleName(self.tr("Settings sections"))
        self._add_tab(self._reminders, self.tr("&Reminders"))
        when = QtWidgets.QWidget()
        when.setObjectName("when_page")
        when_column = QtWidgets.QVBoxLayout(when)
        for title, part in (
            (self.tr("Active hours"), self._hours),
            (self.tr("While you are busy"), self._busy),
        ):
            box = QtWidgets.QGroupBox(title)
            box.setAccessibleName(title)
            box_column = QtWidgets.QVBoxLayout(box)
            box_column.addWidget(part)
            when_column.addWidget(box)
        when_column.addStretch(1)
        self._add_tab(when, self.tr("Whe&n"))
        # Not Alt+N (When) nor Alt+S (Save on GNOME and KDE).
        self._add_tab(self._notifications, self.tr("N&otifications && sound"))
        # Every other letter of "Routines" is taken by a tab, a control on the Reminders tab or
        # Save.
        self._add_tab(self._routines, self.tr("Ro&utines"))
        # Every other letter of "General" is taken by a tab or a control on the Reminders tab.
        self._add_tab(self._general, self.tr("Gener&al"))

        self._problems_label = problems.problem_label(
            self, self.tr("Problems to fix before saving"), name="problems", selectable=True
        )

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
            # On the General tab, not beside Save: there its letter clashed with the Water group
            # (Alt+W), and Return could save what a stray Alt+W had unticked.
            self.welcome_button = QtWidgets.QPushButton(self.tr("Run the &welcome again…"))
            self.welcome_button.setObjectName("welcome_again")
            self.welcome_button.setAccessibleName(self.tr("Run the welcome again"))
            self.welcome_button.setAccessibleDescription(
                self.tr("Closes Settings without saving and asks the first questions again.")
            )
            self.welcome_button.setAutoDefault(False)
            self.welcome_button.clicked.connect(self.reject)
            self.welcome_button.clicked.connect(lambda: QtCore.QTimer.singleShot(0, welcome))
            general_form = self._general.layout()
            assert isinstance(general_form, QtWidgets.QFormLayout)
            general_form.addRow(self.welcome_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._tabs)
        layout.addWidget(self._problems_label)
        layout.addWidget(self._buttons)

        self._loading = False
        self._revalidate()
        self._fit_to_screen()

    def _add_tab(self, page: QtWidgets.QWidget, title: str) -> None:
        self._tabs.addTab(_scrolled(page, title), title)

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

    # --- volumes and units -------------------------------------------------------------------

    def _format_volume(self, ml: float) -> str:
        """Format ``ml`` in the chosen unit, kept on one line."""
        return volumes.one_line(ml, self._unit)

    def _on_unit_changed(self) -> None:
        self._unit = self._general.unit()
        self._reminders.set_unit(self._unit)
        self._revalidate()

    # --- the candidate settings and their problems -------------------------------------------

    def _candidate(self) -> tuple[Settings, list[str]]:
        """Build settings from the tabs; return them with every problem in plain words."""
        settings = Settings(
            active_hours=self._hours.hours(),
            water=self._reminders.water_settings(),
            stretch=self._reminders.stretch_settings(),
            move=self._reminders.move_settings(),
            bedtime=self._reminders.bedtime_settings(),
            delivery=self._notifications.delivery(),
            busy=self._busy.busy(),
            routines=self._routines.routines(),
            person=self._routines.person(),
            unit=self._unit,
            start_at_login=self._general.start_at_login(),
            text_size=self._general.text_size(),
            language=self._general.language(),
        )
        messages = self._busy.messages()
        messages += [self._describe(problem, settings) for problem in validate(settings)]
        return settings, messages

    def _revalidate(self) -> None:
        if self._loading:
            return
        settings, messages = self._candidate()
        said = "\n".join(messages)
        if said and said != self._problems_label.text() and self._shown:
            # What is wrong, said once when it changes (the label is not where the focus is).
            announce(self._problems_label, said)
        self._problems_label.setText(said)
        self._problems_label.setVisible(bool(messages))
        self._reminders.update_water_texts(settings.water)
        self._fit_labels()
        self._save_button.setEnabled(not messages)

    def _fit_labels(self) -> None:
        """Reserve the height wrapped texts need at their narrowest, so none is ever clipped.

        Qt does not grow a dialog's minimum height for word-wrapped labels by itself.
        """
        wrapped = [
            *self._reminders.wrapped_labels(),
            *self._hours.wrapped_labels(),
            *self._busy.wrapped_labels(),
            *self._routines.wrapped_labels(),
            *self._general.wrapped_labels(),
            (self._problems_label, 80),
        ]
        for label, chars in wrapped:
            width = label.fontMetrics().averageCharWidth() * chars
            label.setMinimumWidth(width)
            label.setMinimumHeight(label.heightForWidth(width) if label.text() else 0)

    def _fit_to_screen(self) -> None:
        """Open as large as the fullest tab needs, but never larger than the screen: the pages
        scroll when it is too small, and Save and Cancel stay in view.
        """
        layout = self.layout()
        if layout is not None:
            layout.activate()
        # Shown, the current page's viewport is real; before that, the pages' hints are all
        # there is.
        shown = self.isVisible()
        grow = QtCore.QSize(0, 0)
        for index in range(self._tabs.count()):
            area = self._tabs.widget(index)
            page = area.widget() if isinstance(area, QtWidgets.QScrollArea) else None
            if shown and index != self._tabs.currentIndex():
                continue
            if isinstance(area, QtWidgets.QScrollArea) and page is not None:
                have = area.viewport().size() if shown else area.sizeHint()
                grow = grow.expandedTo(page.sizeHint() - have)
        # A page taller than the screen gets a vertical scroll bar: leave it its width.
        bar = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
        base = self.size() if shown else self.sizeHint()
        wanted = base + grow.expandedTo(QtCore.QSize(0, 0)) + QtCore.QSize(bar, 0)
        screen = self.screen() or QtWidgets.QApplication.primaryScreen()
        room = screen.availableGeometry().size() if screen is not None else wanted
        # Leave room for the window's title bar (about two lines) and thin side frames, which
        # the desktop adds.
        line = self.fontMetrics().lineSpacing()
        room = QtCore.QSize(room.width() - line // 2, room.height() - line * 2)
        self.resize(wanted.boundedTo(room).expandedTo(self.minimumSizeHint()))
        windows.fit_on_screen(self)  # and placed on the screen, not partly past its edge

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
            "delivery.popup_seconds": (
                self.tr("Notifications & sound"),
                self.tr("close pop-ups after"),
            ),
            "busy.meeting_apps": (self.tr("While you are busy"), self.tr("programs")),
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
            day = parts.day_name(WEEKDAYS.index(problem.field.split(".", 1)[1]))
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
        problems.colour_problems(self, self._problems_label)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Size the window again on its first showing, from the pages' real viewports."""
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            self._fit_to_screen()

    def changeEvent(self, event: QtCore.QEvent) -> None:
        """Follow a switch between light and dark palettes, and font changes."""
        kind = event.type()
        if getattr(self, "_problems_label", None) is not None:
            if kind in (QtCore.QEvent.Type.PaletteChange, QtCore.QEvent.Type.StyleChange):
                self._apply_problem_colour()
            if kind in (QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange):
                self._fit_labels()
        super().changeEvent(event)


def _scrolled(page: QtWidgets.QWidget, title: str) -> QtWidgets.QScrollArea:
    """``page`` in a frameless scroll area that scrolls only when the window is too small."""
    area = QtWidgets.QScrollArea()
    area.setObjectName(f"{type(page).__name__}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
    area.setWidget(page)
    area.setAccessibleName(title.replace("&&", "&").replace("&", "", 1) if "&" in title else title)
    return area
