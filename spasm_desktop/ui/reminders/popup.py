"""The reminder pop-up: a small window in a screen corner that does not take keyboard focus.

It shows one or several reminders (those due within two minutes of each other come together).
A single reminder has its main action, and snooze and skip at the bottom. In a combined one each
reminder sits in its own box with its own main action, snooze and skip (named after it for screen
readers), and the bottom row offers "Snooze all" and "Skip all". It closes itself after the
configured time, and what was not answered by then counts as missed (Outcome.IGNORED).
"""

from __future__ import annotations

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import reminder_choices
from spasm_desktop.core.relief import RedFlags, Tier
from spasm_desktop.core.reminders import SNOOZE_CHOICES_MIN, Outcome, ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.ui.common import assets, flow, look, text
from spasm_desktop.ui.common.announce import announce
from spasm_desktop.ui.common.roles import Role, set_role

MARGIN = 16


def _primary_label(kind: ReminderKind) -> str:
    return {
        ReminderKind.WATER: text.tr("I &drank a glass"),
        ReminderKind.STRETCH: text.tr("&Show me"),
        ReminderKind.MOVE: text.tr("&Done, I moved"),
        ReminderKind.BEDTIME: text.tr("Start &routine"),
    }[kind]


class ReminderPopup(QtWidgets.QFrame):
    """The pop-up for the reminders due now.

    Signals:
        answered(list, object, object): kinds, Outcome, snooze minutes (or None).
        routine_requested(object): open the stretch player for this kind (when ``player``;
            otherwise the steps are shown in the pop-up itself).
    """

    answered = QtCore.Signal(list, object, object)
    routine_requested = QtCore.Signal(object)

    def __init__(
        self,
        kinds: list[ReminderKind],
        settings: Settings,
        water_today_ml: int,
        parent: QtWidgets.QWidget | None = None,
        player: bool = False,
        tips: dict[ReminderKind, str] | None = None,
        red_flags: RedFlags | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlags(
            QtCore.Qt.WindowType.Tool
            | QtCore.Qt.WindowType.FramelessWindowHint
            | QtCore.Qt.WindowType.WindowStaysOnTopHint
        )
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
        self.setFrameShadow(QtWidgets.QFrame.Shadow.Raised)
        self.setLineWidth(2)
        self.setAutoFillBackground(True)
        self.setWindowTitle(text.window_title(self.tr("Reminder")))
        self.setAccessibleName(self.tr("Reminder"))
        self.open_kinds = list(kinds)
        self._combined = len(kinds) > 1  # each reminder gets its own snooze and skip
        self._settings = settings
        self._rows: dict[ReminderKind, QtWidgets.QWidget] = {}
        self._showing_steps = False  # steps on screen: stay open once everything is answered
        self._player = player  # "Show me" and "Start routine" open the stretch player
        self._tips = tips or {}  # one short tip per kind (already translated)
        # What a screen reader says when the pop-up appears (it takes no focus, so nothing
        # else would be read): each reminder's headline and text.
        self.spoken: list[str] = []

        layout = QtWidgets.QVBoxLayout(self)
        layout.setSpacing(10)
        # The reminders and the danger signs scroll when they are taller than the screen (four
        # reminders with the steps open, on a small screen with large text); the bottom row
        # stays in view.
        self.body = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(self.body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        for kind in kinds:
            row = self._kind_row(kind, settings, water_today_ml)
            self._rows[kind] = row
            column.addWidget(row)

        # Folded away behind a small button. Under a stretch or move reminder: the danger signs,
        # from the app's one list (the two urgent tiers under their headings, or the built-in
        # emergency line when the list could not be read: it never disappears). Under water and
        # bedtime reminders, where nothing is being done to a muscle: a calm one-line pointer to
        # the relief panel and Learn, which hold the full list.
        self.pointer_only = all(k in (ReminderKind.WATER, ReminderKind.BEDTIME) for k in kinds)
        self.help_button = QtWidgets.QToolButton()
        self.help_button.setText(self.tr("When to get help"))
        self.help_button.setAccessibleName(
            self.tr("When to get help: show where to find help")
            if self.pointer_only
            else self.tr("When to get help: show the danger signs")
        )
        self.help_button.setCheckable(True)
        self.help_button.setArrowType(QtCore.Qt.ArrowType.RightArrow)
        self.help_button.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.red_flags = QtWidgets.QLabel(
            help_pointer()
            if self.pointer_only
            else text.red_flag_text(red_flags, (Tier.EMERGENCY, Tier.TODAY))
        )
        self.red_flags.setWordWrap(True)
        self.red_flags.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        if not self.pointer_only:
            self.red_flags.setAccessibleDescription(self.tr("Danger signs"))
        self.red_flags.setVisible(False)
        self.help_button.toggled.connect(self._show_red_flags)
        # The button sits in the bottom row (no height of its own); the signs open above it.
        column.addWidget(self.red_flags)
        column.addStretch(1)
        self.body_area = QtWidgets.QScrollArea()
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.body_area.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_area.setWidget(self.body)
        self.body_area.setAccessibleName(
            self.tr("Reminders") if self._combined else self.tr("Reminder")
        )
        layout.addWidget(self.body_area, 1)

        bottom = flow.FlowRow()  # wraps in a longer language rather than cut "When to get help"
        self.snooze_button = QtWidgets.QPushButton(
            self.tr("S&nooze all") if self._combined else self.tr("S&nooze")
        )
        self.snooze_button.setAccessibleName(self.snooze_button.text().replace("&", ""))
        self._snooze_menu(self.snooze_button, None)
        self.skip_button = QtWidgets.QPushButton(self._skip_label(kinds))
        self.skip_button.setAccessibleName(self.skip_button.text().replace("&", ""))
        self.skip_button.clicked.connect(lambda: self.skip())
        bottom.addWidget(self.help_button)
        bottom.addStretch()
        bottom.addWidget(self.snooze_button)
        bottom.addWidget(self.skip_button)
        layout.addLayout(bottom)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 46)
        # A combined pop-up is wider: three buttons a row, and its height stays on the screen.
        self.setMaximumWidth(self.fontMetrics().averageCharWidth() * (80 if self._combined else 64))

        # The person came into the pop-up with the keyboard (then its time does not run out
        # while it has the focus).
        self._keyboard_in = False
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(settings.delivery.popup_seconds * 1000)
        self._timer.timeout.connect(self.expire)

    def _show_red_flags(self, shown: bool) -> None:
        self.red_flags.setVisible(shown)
        self.help_button.setArrowType(
            QtCore.Qt.ArrowType.DownArrow if shown else QtCore.Qt.ArrowType.RightArrow
        )
        self._timer.stop()  # the person is reading: stay open
        self._fit_in_corner()

    def _skip_label(self, kinds: list[ReminderKind]) -> str:
        chosen = reminder_choices.skip(kinds)
        if chosen is reminder_choices.Skip.TONIGHT:
            return self.tr("S&kip tonight")
        return self.tr("S&kip all") if chosen is reminder_choices.Skip.ALL else self.tr("S&kip")

    def _snooze_menu(self, button: QtWidgets.QPushButton, kind: ReminderKind | None) -> None:
        """The snooze choices under ``button``, for ``kind`` (None: every open reminder)."""
        menu = QtWidgets.QMenu(button)
        for minutes in SNOOZE_CHOICES_MIN:
            action = menu.addAction(self.tr("%n minutes", None, minutes))
            action.triggered.connect(lambda _=False, m=minutes: self.snooze(m, kind))
        button.setMenu(menu)

    def _own_buttons(self, kind: ReminderKind) -> list[QtWidgets.QPushButton]:
        """Snooze and skip for this reminder alone (combined pop-ups), named after it."""
        name = text.kind_name(kind)
        snooze = QtWidgets.QPushButton(self.tr("Snooze"))
        snooze.setObjectName(f"snooze_{kind.value}")
        snooze.setAccessibleName(self.tr("Snooze: %1").replace("%1", name))
        self._snooze_menu(snooze, kind)
        skip = QtWidgets.QPushButton(
            self.tr("Skip tonight") if kind is ReminderKind.BEDTIME else self.tr("Skip")
        )
        skip.setObjectName(f"skip_{kind.value}")
        skip.setAccessibleName(self.tr("Skip: %1").replace("%1", name))
        skip.clicked.connect(lambda: self.skip([kind]))
        return [snooze, skip]

    def _kind_row(
        self, kind: ReminderKind, settings: Settings, water_today_ml: int
    ) -> QtWidgets.QWidget:
        row = QtWidgets.QFrame()
        row.setObjectName(f"row_{kind.value}")
        grid = QtWidgets.QGridLayout(row)
        if self._combined:  # a box per reminder: its buttons are plainly its own
            row.setFrameShape(QtWidgets.QFrame.Shape.StyledPanel)
            margin = self.fontMetrics().height() // 3
            grid.setContentsMargins(margin, margin, margin, margin)
        else:
            grid.setContentsMargins(0, 0, 0, 0)
        icon = QtWidgets.QLabel()
        size = self.fontMetrics().height() * 3
        icon.setPixmap(assets.kind_icon(kind).pixmap(size, size))
        icon.setAccessibleName(text.kind_name(kind))
        heading = QtWidgets.QLabel(text.title(kind))
        set_role(heading, Role.HEADING)
        heading.setFont(look.heading_font(heading.font(), look.Level.SECTION))
        message = QtWidgets.QLabel(text.body(kind, settings, water_today_ml))
        self.spoken += [heading.text(), message.text()]
        message.setWordWrap(True)
        details = QtWidgets.QLabel()
        details.setWordWrap(True)
        details.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        details.setVisible(False)
        details.setObjectName(f"details_{kind.value}")
        if kind is ReminderKind.WATER and settings.water.fluid_limit_ml is not None:
            details.setText(text.fluid_caution())
            details.setVisible(True)
        tip = QtWidgets.QLabel(self._tips.get(kind, ""))
        tip.setWordWrap(True)
        tip.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        tip.setObjectName(f"tip_{kind.value}")
        tip.setAccessibleDescription(self.tr("Tip"))
        small = tip.font()
        small.setItalic(True)
        small.setPointSizeF(small.pointSizeF() * 0.95)
        tip.setFont(small)
        tip.setVisible(bool(tip.text()))
        primary = QtWidgets.QPushButton(_primary_label(kind))
        primary.setObjectName(f"primary_{kind.value}")
        primary.setAccessibleName(primary.text().replace("&", ""))
        primary.setDefault(len(self.open_kinds) == 1)
        primary.clicked.connect(lambda: self.act(kind))
        grid.addWidget(icon, 0, 0, 4, 1, QtCore.Qt.AlignmentFlag.AlignTop)
        grid.addWidget(heading, 0, 1)
        grid.addWidget(message, 1, 1)
        grid.addWidget(details, 2, 1)
        grid.addWidget(tip, 3, 1)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        if self._combined:
            for button in self._own_buttons(kind):
                buttons.addWidget(button)
        buttons.addWidget(primary)
        grid.addLayout(buttons, 4, 1)
        grid.setColumnStretch(1, 1)
        return row

    # --- showing -------------------------------------------------------------------------------

    def show_in_corner(self) -> None:
        """Show at the bottom-right of the screen without taking focus, and start the timer."""
        self._fit_in_corner()
        self.show()
        self._timer.start()
        announce(self, "\n".join(self.spoken))

    def _height_for(self, width: int) -> int:
        """The whole pop-up's height at ``width``, nothing scrolled away."""
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        frame = 2 * self.frameWidth()
        inner = width - frame - margins.left() - margins.right()
        body = self.body.heightForWidth(inner)
        bottom = layout.itemAt(1)
        assert bottom is not None
        return (
            frame
            + margins.top()
            + margins.bottom()
            + body
            + layout.spacing()
            + bottom.heightForWidth(inner)
        )

    def _fit_in_corner(self) -> None:
        """Size to the content at the clamped width, and keep the window in the corner: when
        the content is taller than the screen, wider first (shorter lines), then it scrolls.
        """
        layout = self.layout()
        assert layout is not None
        layout.activate()
        chars = self.fontMetrics().averageCharWidth()
        margins = layout.contentsMargins()
        bottom = layout.itemAt(1)
        assert bottom is not None
        wanted = max(self.body.sizeHint().width(), bottom.sizeHint().width())
        wanted += 2 * self.frameWidth() + margins.left() + margins.right()
        least = max(self.minimumWidth(), self.minimumSizeHint().width())
        width = max(least, min(wanted, self.maximumWidth()))
        area = self.screen().availableGeometry()
        tallest = area.height() - 2 * MARGIN
        widest = max(self.minimumWidth(), min(area.width() - 2 * MARGIN, chars * 110))
        if self._height_for(width) > tallest and width < widest:
            self.setMaximumWidth(widest)
            width = widest
        self.resize(width, min(self._height_for(width), tallest))
        self.move(area.right() - self.width() - MARGIN, area.bottom() - self.height() - MARGIN)

    # --- actions -------------------------------------------------------------------------------

    def act(self, kind: ReminderKind) -> None:
        """The main action of ``kind`` (drank, show me, moved, start routine)."""
        if kind not in self.open_kinds:
            return
        if kind in (ReminderKind.STRETCH, ReminderKind.BEDTIME) and self._player:
            self._rows[kind].setEnabled(False)
            self.routine_requested.emit(kind)
        elif kind in (ReminderKind.STRETCH, ReminderKind.BEDTIME):
            steps = (
                text.stretch_steps(self._settings)
                if kind is ReminderKind.STRETCH
                else text.bedtime_steps(self._settings)
            )
            details = self.findChild(QtWidgets.QLabel, f"details_{kind.value}")
            assert details is not None
            numbered = [f"{i}. {step}" for i, step in enumerate(steps, 1)]
            details.setText("\n".join([*numbered, text.stretch_safety()]))
            details.setVisible(True)
            button = self.findChild(QtWidgets.QPushButton, f"primary_{kind.value}")
            assert button is not None
            button.setEnabled(False)
            self._showing_steps = True
            self._timer.stop()  # the person is following the steps: stay open
            self._fit_in_corner()
            # Among several reminders the steps may open below the fold: bring them into view.
            QtCore.QTimer.singleShot(0, self, lambda: self.body_area.ensureWidgetVisible(details))
        else:
            self._rows[kind].setEnabled(False)
        self._finish([kind], Outcome.DONE, None)

    def snooze(self, minutes: int, kind: ReminderKind | None = None) -> None:
        """Snooze ``kind`` (None: every open reminder)."""
        if kind is not None:
            self._answer_one(kind, Outcome.SNOOZED, minutes)
            return
        self._finish(list(self.open_kinds), Outcome.SNOOZED, minutes)
        self.close()

    def skip(self, kinds: list[ReminderKind] | None = None) -> None:
        """Skip ``kinds`` (None: every open reminder)."""
        if kinds is not None:
            for kind in kinds:
                self._answer_one(kind, Outcome.SKIPPED, None)
            return
        self._finish(list(self.open_kinds), Outcome.SKIPPED, None)
        self.close()

    def _answer_one(self, kind: ReminderKind, outcome: Outcome, snooze: int | None) -> None:
        """One reminder's own snooze or skip: its box greys out, the others stay."""
        if kind not in self.open_kinds:
            return
        self._rows[kind].setEnabled(False)
        self._finish([kind], outcome, snooze)

    def take_keyboard(self) -> None:
        """Raise the pop-up and give it the keyboard (it opens without taking focus)."""
        self._keyboard_in = True
        self.raise_()
        self.activateWindow()

    def expire(self) -> None:
        """Time is up: what is still open was ignored (missed) - unless the person came into
        the pop-up with the keyboard and is still there: then it waits another round.
        """
        if self._keyboard_in and self.isActiveWindow():
            self._timer.start()
            return
        self.close_unanswered()

    def close_unanswered(self) -> None:
        """Close, counting what is still open as ignored (missed)."""
        self._finish(list(self.open_kinds), Outcome.IGNORED, None)
        self.close()

    def dismiss(self) -> None:
        """Close without answering (a new pop-up replaces this one; what it still showed was
        recorded as ignored by the check that brought the new one).
        """
        self.open_kinds = []
        self.close()

    def _finish(self, kinds: list[ReminderKind], outcome: Outcome, snooze: int | None) -> None:
        kinds = [k for k in kinds if k in self.open_kinds]
        if not kinds:
            return
        self.open_kinds = [k for k in self.open_kinds if k not in kinds]
        for kind in kinds:  # an answered reminder's own snooze and skip are done with
            for name in (f"snooze_{kind.value}", f"skip_{kind.value}"):
                button = self.findChild(QtWidgets.QPushButton, name)
                if button is not None:
                    button.setEnabled(False)
        self.answered.emit(kinds, outcome, snooze)
        if not self.open_kinds:
            self.snooze_button.setEnabled(False)
            self.skip_button.setText(self.tr("&Close"))
            self.skip_button.setAccessibleName(self.tr("Close"))
            if not self._showing_steps:
                self.close()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Escape closes (as ignored, or simply closes once everything is answered)."""
        if event.key() == QtCore.Qt.Key.Key_Escape:
            self.close_unanswered()
            return
        self._keyboard_in = True  # the person is in the pop-up with the keyboard
        super().keyPressEvent(event)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Closing by the window manager counts as ignored."""
        self._timer.stop()
        self._finish(list(self.open_kinds), Outcome.IGNORED, None)
        super().closeEvent(event)


def help_pointer() -> str:
    """The calm one line under water and bedtime reminders: where help is, not the signs."""
    return text.tr(
        "Cramp now? Choose “Cramp now” in the tray menu. "
        "When to see a doctor: “Learn about cramps”."
    )
