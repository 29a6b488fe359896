"""The tray icon and its menu, plus the tray balloon as the last notification fallback."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import routine as rt
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.core.sitting import Presence
from spasm_desktop.ui.common import assets, text, volumes

DRINK_SIZES_ML = (150, 330, 500)
#: "Pause reminders" for this many minutes (and "until tomorrow"): what comes due is skipped.
PAUSE_CHOICES_MIN = (15, 30, 60, 120)
#: "Hold reminders" (do not disturb) for this many minutes: what comes due waits, and comes after.
DND_HOUR_MIN = 60


@dataclasses.dataclass(frozen=True)
class TrayState:
    """What the tray shows (filled by the app from the reminder service)."""

    dues: dict[ReminderKind, dt.datetime]
    paused_until: dt.datetime | None
    pending: bool
    water_today_ml: int
    settings: Settings
    tz: dt.tzinfo
    warning: str = ""
    #: Where the person is and how long they have sat (None: activity is not detected).
    presence: Presence | None = None
    sitting: dt.timedelta = dt.timedelta(0)
    #: Do not disturb set by hand: until when, or until turned off.
    dnd_until: dt.datetime | None = None
    dnd_indefinite: bool = False
    #: Why reminders wait right now, as (reason, detail) pairs; and how many kinds wait.
    busy: tuple[tuple[str, str], ...] = ()
    held_back: int = 0
    #: The routines offered under "Stretch now", as (id, translated name, length in seconds).
    routines: tuple[tuple[str, str, int], ...] = ()
    #: Today's water goal (None: the settings' goal, if any), and whether today is a hot or
    #: workout day. A fluid limit makes water log-only: no goal, no hot day.
    water_goal_ml: int | None = None
    hot_day: bool = False
    #: When this state was taken: the times shown say "tomorrow" or a weekday counted from it.
    now: dt.datetime = dataclasses.field(kw_only=True)

    @property
    def dnd(self) -> bool:
        """Whether do-not-disturb (set by hand) is on."""
        return self.dnd_indefinite or self.dnd_until is not None


def _plain(line: str) -> str:
    """A text shown as a menu entry as it is: an "&" is not a keyboard shortcut."""
    return line.replace("&", "&&")


def _tray_icon(name: str) -> QtGui.QIcon:
    """The tray icon; macOS menu bars want a monochrome template image."""
    if sys.platform == "darwin":
        icon = assets.icon(f"{name}-mono")
        icon.setIsMask(True)
        return icon
    return assets.icon(name)


class TrayMenu(QtCore.QObject):
    """Builds the menu and tooltip; works with any QSystemTrayIcon (a fake one in tests).

    Signals:
        drink_requested(int): log a drink of this many ml.
        other_drink_requested(): ask for another amount.
        pause_requested(int): pause for minutes (0 = until tomorrow); what comes due meanwhile
            is skipped.
        resume_requested(): end the pause. "Resume reminders" emits it while paused, and
            dnd_off_requested() while reminders are held (both when both).
        today_requested(), settings_requested(), quit_requested(),
        reminder_requested(): bring the open reminder pop-up to the keyboard.
        dnd_requested(int): hold reminders (do not disturb) for minutes (0 = until resumed);
            what comes due meanwhile waits and comes afterwards.
        dnd_off_requested(): stop holding reminders (do not disturb off).
        routine_requested(str): open this routine in the stretch player.
        routine_edit_requested(): make or change a routine of one's own.
        relief_requested(): open the quick relief panel ("Cramp now").
        learn_requested(): open the Learn page.
        diary_requested(): open the cramp diary.
        history_requested(): open the history (days, charts, patterns).
        profile_requested(): open the health profile (cramps since, conditions, medicines).
        data_requested(): open "Your data" (export, report, backups, restore).
        hot_day_toggled(bool): today is (or is not) a hot day or workout day.
    """

    drink_requested = QtCore.Signal(int)
    other_drink_requested = QtCore.Signal()
    pause_requested = QtCore.Signal(int)
    resume_requested = QtCore.Signal()
    today_requested = QtCore.Signal()
    settings_requested = QtCore.Signal()
    quit_requested = QtCore.Signal()
    reminder_requested = QtCore.Signal()
    dnd_requested = QtCore.Signal(int)
    dnd_off_requested = QtCore.Signal()
    routine_requested = QtCore.Signal(str)
    routine_edit_requested = QtCore.Signal()
    relief_requested = QtCore.Signal()
    learn_requested = QtCore.Signal()
    diary_requested = QtCore.Signal()
    history_requested = QtCore.Signal()
    profile_requested = QtCore.Signal()
    data_requested = QtCore.Signal()
    hot_day_toggled = QtCore.Signal(bool)

    def __init__(
        self, tray: QtWidgets.QSystemTrayIcon, parent: QtCore.QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.tray = tray
        self.menu = QtWidgets.QMenu()
        self.menu.setAccessibleName(self.tr("Spasm Desktop menu"))
        self.menu.aboutToShow.connect(self._refresh_menu)
        self._drink_menu = QtWidgets.QMenu(self.tr("Log a &drink"), self.menu)
        self._drink_menu.setIcon(assets.icon("water"))
        self._pause_menu = QtWidgets.QMenu(self.tr("&Pause reminders"), self.menu)
        self._pause_menu.setToolTipsVisible(True)
        self._record_menu = QtWidgets.QMenu(self.tr("&My record"), self.menu)
        self._stretch_menu = QtWidgets.QMenu(self.tr("Str&etch now"), self.menu)
        self._stretch_menu.setIcon(assets.icon("stretch"))
        self._state: TrayState | None = None
        self._icon_name = ""
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_activated)

    def update(self, state: TrayState) -> None:
        """Refresh the icon and tooltip (and the menu, if it is open)."""
        self._state = state
        if state.paused_until is not None or state.dnd or state.busy:
            name = "tray-paused"
        elif state.pending:
            name = "tray-due"
        else:
            name = "tray-active"
        if name != self._icon_name:
            self._icon_name = name
            self.tray.setIcon(_tray_icon(name))
        self.tray.setToolTip(self.tooltip())
        if self.menu.isVisible():
            self._refresh_menu()

    def tooltip(self) -> str:
        """The tooltip: next reminder of each kind, today's water, pause state."""
        state = self._state
        if state is None:
            return self.tr("Spasm Desktop")
        lines = [self.tr("Spasm Desktop")]
        if state.paused_until is not None:
            lines.append(
                self.tr("Paused until %1").replace(
                    "%1", text.time_of_day(state.paused_until, state.tz, now=state.now)
                )
            )
        lines.extend(self._busy_lines(state))
        lines.extend(self._next_lines(state))
        lines.extend(self._water_lines(state))
        lines.append(self._sitting_line(state))
        if state.warning:
            lines.append(state.warning)
        return "\n".join(lines)

    def _next_lines(self, state: TrayState) -> list[str]:
        lines = []
        for kind in ReminderKind:
            if kind in state.dues:
                when = text.time_of_day(state.dues[kind], state.tz, now=state.now)
                lines.append(
                    self.tr("%1: %2", "kind: time")
                    .replace("%1", text.kind_name(kind))
                    .replace("%2", when)
                )
        return lines

    def _busy_lines(self, state: TrayState, held: bool = True) -> list[str]:
        """Why reminders wait; ``held=False`` leaves out the hold set by hand (the menu's
        "Resume reminders" entry says until when).
        """
        lines = []
        if held and state.dnd_indefinite:
            lines.append(self.tr("Reminders held until you resume them"))
        elif held and state.dnd_until is not None:
            lines.append(
                self.tr("Reminders held until %1").replace(
                    "%1", text.time_of_day(state.dnd_until, state.tz, now=state.now)
                )
            )
        auto = [text.busy_reason(r, d) for r, d in state.busy if r != "manual"]
        if auto:
            lines.append(self.tr("Reminders wait: %1").replace("%1", ", ".join(auto)))
        if state.held_back:
            lines.append(
                text.tr("%n reminder(s) will come when you are free", None, state.held_back)
            )
        return lines

    def _sitting_line(self, state: TrayState) -> str:
        if state.presence is None:
            return text.no_activity_short()
        return text.presence(state.presence, state.sitting)

    @staticmethod
    def _goal(state: TrayState) -> int | None:
        water = state.settings.water
        if state.water_goal_ml is None or water.log_only:
            return water.daily_goal_ml
        return state.water_goal_ml

    def _water_line(self, state: TrayState) -> str:
        """Today's water: against a fluid limit (log only), against a goal, or alone."""
        unit = state.settings.unit
        total = text.volume(state.water_today_ml, unit)
        limit = state.settings.water.fluid_limit_ml
        if limit is not None:
            return (
                self.tr("Water today: %1 (your limit: %2)")
                .replace("%1", total)
                .replace("%2", text.volume(limit, unit))
            )
        goal = self._goal(state)
        if goal is None:
            return self.tr("Water today: %1").replace("%1", total)
        return (
            self.tr("Water today: %1 of %2")
            .replace("%1", total)
            .replace("%2", text.volume(goal, unit))
        )

    def _water_lines(self, state: TrayState) -> list[str]:
        """The water line, and a calm note as the total nears or reaches a fluid limit."""
        note = volumes.limit_note(state.settings, state.water_today_ml)
        return [self._water_line(state), *([note] if note else [])]

    def _next_line(self, state: TrayState) -> str:
        """The soonest reminder, "Next reminder: Stretch, 14:30" (all of them are in Today)."""
        if not state.dues:
            return self.tr("No reminders scheduled")
        kind, due = min(state.dues.items(), key=lambda item: item[1])
        return (
            self.tr("Next reminder: %1, %2", "kind, time")
            .replace("%1", text.kind_name(kind))
            .replace("%2", text.time_of_day(due, state.tz, now=state.now))
        )

    def status_lines(self, state: TrayState) -> list[str]:
        """The menu's status lines: water, the next reminder, sitting, why reminders wait."""
        lines = [*self._water_lines(state), self._next_line(state)]
        if state.presence is not None:
            lines.append(self._sitting_line(state))
        return [*lines, *self._busy_lines(state, held=False)]

    def _refresh_menu(self) -> None:
        self.menu.clear()  # the submenus are kept (they own their menu actions) and refilled
        self._drink_menu.clear()
        self._pause_menu.clear()
        self._stretch_menu.clear()
        state = self._state
        cramp = self.menu.addAction(self.tr("&Cramp now…"))
        cramp.setObjectName("cramp_now")
        cramp.setIcon(assets.icon("app"))
        bold = QtGui.QFont(self.menu.font())
        bold.setBold(True)
        cramp.setFont(bold)
        cramp.setToolTip(self.tr("Quick help for a cramp that is happening now"))
        cramp.triggered.connect(self.relief_requested)
        self.menu.addSeparator()
        if state is not None and state.pending:
            answer = self.menu.addAction(self.tr("&Answer the reminder…"))
            answer.triggered.connect(self.reminder_requested)
            self.menu.addSeparator()
        if state is not None:
            # Real, readable text (not greyed out); each line opens Today, which says more.
            for line in self.status_lines(state):
                status = self.menu.addAction(_plain(line))
                status.setProperty("status_line", True)
                status.setToolTip(self.tr("Open Today"))
                status.triggered.connect(self.today_requested)
            self.menu.addSeparator()
        if state is not None and state.routines:
            self.menu.addMenu(self._stretch_menu)
            for routine_id, name, seconds in state.routines:
                minutes = self.tr("%n min", "length of a routine", rt.menu_minutes(seconds))
                label = self.tr("%1 — %2", "routine name — its length")
                entry = self._stretch_menu.addAction(
                    _plain(label.replace("%1", name).replace("%2", minutes))
                )
                entry.triggered.connect(
                    lambda _=False, chosen=routine_id: self.routine_requested.emit(chosen)
                )
            self._stretch_menu.addSeparator()
            self._stretch_menu.addAction(self.tr("&Make or change a routine…")).triggered.connect(
                self.routine_edit_requested
            )
        self._fill_drink_menu(state)
        self._fill_pause_menu(state)
        self._add_resume(state)
        self._add_hot_day(state)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("&Today…")).triggered.connect(self.today_requested)
        self.menu.addAction(self.tr("Cramp d&iary…")).triggered.connect(self.diary_requested)
        record = self._record_menu
        record.clear()
        self.menu.addMenu(record)
        record.addAction(self.tr("&History and charts…")).triggered.connect(self.history_requested)
        record.addAction(self.tr("Health &profile and medicines…")).triggered.connect(
            self.profile_requested
        )
        record.addAction(self.tr("Your &data: report, export, backups…")).triggered.connect(
            self.data_requested
        )
        self.menu.addAction(self.tr("&Learn about cramps…")).triggered.connect(self.learn_requested)
        self.menu.addAction(self.tr("&Settings…")).triggered.connect(self.settings_requested)
        self.menu.addSeparator()
        self.menu.addAction(self.tr("&Quit")).triggered.connect(self.quit_requested)

    def _fill_drink_menu(self, state: TrayState | None) -> None:
        drink = self._drink_menu
        self.menu.addMenu(drink)
        unit = state.settings.unit if state else None
        glass = state.settings.water.glass_ml if state else 250
        sizes = [glass, *[s for s in DRINK_SIZES_ML if s != glass]]
        for index, ml in enumerate(sizes):
            label = text.volume(ml, unit) if unit else f"{ml} ml"
            if index == 0:
                label = self.tr("A glass (%1)").replace("%1", label)
            drink.addAction(label).triggered.connect(
                lambda _=False, amount=ml: self.drink_requested.emit(amount)
            )
        drink.addAction(self.tr("Other amount…")).triggered.connect(self.other_drink_requested)

    def _fill_pause_menu(self, state: TrayState | None) -> None:
        """One "Pause reminders" menu: pauses (what comes due is skipped) and holds (do not
        disturb: what comes due waits and comes afterwards), each saying which it is.
        """
        pause = self._pause_menu
        self.menu.addMenu(pause)
        skipped = self.tr("Reminders that come due meanwhile are skipped.")
        labels = {
            15: self.tr("For &15 minutes"),
            30: self.tr("For &30 minutes"),
            60: self.tr("For 1 h&our"),
            120: self.tr("For &2 hours"),
        }
        for minutes in PAUSE_CHOICES_MIN:
            action = pause.addAction(labels[minutes])
            action.setToolTip(skipped)
            action.triggered.connect(lambda _=False, m=minutes: self.pause_requested.emit(m))
        tomorrow = pause.addAction(self.tr("Until &tomorrow"))
        tomorrow.setToolTip(skipped)
        tomorrow.triggered.connect(lambda: self.pause_requested.emit(0))
        pause.addSeparator()
        held = self.tr(
            "Do not disturb: reminders that come due meanwhile wait, and come when it ends."
        )
        hour = pause.addAction(self.tr("&Hold for 1 hour, then show what I missed"))
        hour.setToolTip(held)
        hour.triggered.connect(lambda: self.dnd_requested.emit(DND_HOUR_MIN))
        until = pause.addAction(self.tr("Hold until I &resume, then show what I missed"))
        until.setToolTip(held)
        until.setCheckable(True)
        until.setChecked(state is not None and state.dnd_indefinite)
        until.setEnabled(state is None or not state.dnd_indefinite)
        until.triggered.connect(lambda: self.dnd_requested.emit(0))

    def _add_resume(self, state: TrayState | None) -> None:
        """Add "Resume reminders", only while paused or held, saying until when."""
        if state is None or (state.paused_until is None and not state.dnd):
            return
        if state.paused_until is not None:
            label = self.tr("&Resume reminders (paused until %1)").replace(
                "%1", text.time_of_day(state.paused_until, state.tz, now=state.now)
            )
        elif state.dnd_until is not None:
            label = self.tr("&Resume reminders (held until %1)").replace(
                "%1", text.time_of_day(state.dnd_until, state.tz, now=state.now)
            )
        else:
            label = self.tr("&Resume reminders (held until you resume them)")
        resume = self.menu.addAction(label)
        resume.setObjectName("resume")
        paused, held = state.paused_until is not None, state.dnd

        def resume_all() -> None:
            if paused:
                self.resume_requested.emit()
            if held:
                self.dnd_off_requested.emit()

        resume.triggered.connect(resume_all)

    def _add_hot_day(self, state: TrayState | None) -> None:
        """The hot-day switch; with a fluid limit it is off and says why (CONTENT.md §7a)."""
        water = state.settings.water if state is not None else None
        if water is not None and water.log_only:
            hot = self.menu.addAction(self.tr("Hot day: off, your fluid limit comes first"))
            hot.setObjectName("hot_day")
            hot.setEnabled(False)
            hot.setToolTip(
                self.tr("With a fluid limit set by a clinician, a hot day never raises anything.")
            )
            return
        hot = self.menu.addAction(self.tr("&Hot day or workout day (today)"))
        hot.setObjectName("hot_day")
        hot.setCheckable(True)
        hot.setChecked(state is not None and state.hot_day)
        if water is not None and water.daily_goal_ml is None:
            hot.setToolTip(self.tr("Tips for the heat; your reminders come as usual."))
        else:
            hot.setToolTip(self.tr("Raises today's water goal; back to normal tomorrow."))
        hot.toggled.connect(self.hot_day_toggled)

    def refresh_menu(self) -> None:
        """Rebuild the menu now (tests; the menu also rebuilds itself before it opens)."""
        self._refresh_menu()

    @QtCore.Slot(QtWidgets.QSystemTrayIcon.ActivationReason)
    def _on_activated(self, reason: QtWidgets.QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QtWidgets.QSystemTrayIcon.ActivationReason.Trigger,
            QtWidgets.QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.today_requested.emit()

    def balloon(self, title: str, body: str, seconds: int) -> None:
        """Show the tray's own message (the fallback when notifications fail)."""
        self.tray.showMessage(title, body, assets.icon("app"), seconds * 1000)

    def action_texts(self) -> list[str]:
        """The menu's action texts (for tests and accessibility checks)."""
        self._refresh_menu()
        return [a.text() for a in self.menu.actions()]
