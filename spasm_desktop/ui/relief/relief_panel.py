"""The quick relief panel: what to do right now for a cramp, a cramp timer, and the danger signs.

A person in pain has seconds of attention, so: one window, large type, the area in one or two
actions (a numbered button or key, or the body picture), then one card with the steps, the
stretch, a timer and the red flags in their four tiers (CONTENT.md §5.1; the two that are not
urgent during a cramp are folded under their headings, one click or Space away). "Chest" and "Many
muscles / all over" go straight to the emergency advice. The episode is saved as soon as an area
is chosen and at every change after; closing the window never loses it.

Keys: 1–9 choose Calf, Foot, Back of thigh, Front of thigh, Hand, Arm, Neck, Back and Belly; 0
chooses Chest and A "all over" (:data:`relief.SHORTCUTS`; the key is written on each button).
L / R / S (skip) choose the side; T starts the stretch; O says it is over; Alt+1, Alt+2, Alt+5
and Alt+0 say it started 1, 2, 5 or 10 minutes earlier; Esc goes back (from the emergency
screen) or closes. These are shortcuts of their own, not mnemonics, so they work the same on
every platform.

The red flags come from the one list (``red_flags.json``); when it can't be read, the built-in
emergency line (:func:`text.minimal_emergency`) stands in, with a note, and the panel still
opens. When the person said they are pregnant (``Settings.person.pregnant``), the pain-reliever
and belly cautions for pregnancy show (CONTENT.md §7a).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import time
from collections.abc import Callable
from typing import Any

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import episode as ep
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.relief import (
    AREA_KEYS,
    CARDLESS,
    SHORTCUTS,
    Area,
    ReliefContent,
    Tier,
)
from spasm_desktop.ui.common import assets, text
from spasm_desktop.ui.common.names import area_name
from spasm_desktop.ui.common.names import context_names as _context_names
from spasm_desktop.ui.common.names import feeling_names as _feeling_names
from spasm_desktop.ui.common.names import helped_names as _helped_names

#: The advice to get help appears when a cramp has lasted this long (NHS, CONTENT.md §2.1).
TEN_MINUTES_S = 600
#: Opened by mistake and closed at once, with no area chosen: not an episode.
KEEP_WITHOUT_AREA_S = 15
#: The red flag that the 10-minute banner shows, and the one each card-less area stands for.
TEN_MINUTES_FLAG = "ten-minutes"
CARDLESS_FLAGS = {Area.CHEST: "chest", Area.ALL_OVER: "all-over"}
#: The tiers that are not urgent during a cramp: their headings show, their signs unfold.
FOLDED_TIERS = frozenset({Tier.SOON, Tier.NEXT_VISIT})


class _Outline(QtWidgets.QFrame):
    """A frame drawn in a tier's colour, without changing its children's text colour."""

    def __init__(self, tier: Tier) -> None:
        super().__init__()
        self._tier = tier

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:
        """Draw the outline in the colour that reads on the current background."""
        colour = assets.tier_colour(self._tier, self) or self.palette().color(
            QtGui.QPalette.ColorRole.Mid
        )
        painter = QtGui.QPainter(self)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setPen(QtGui.QPen(colour, 2))
        painter.drawRoundedRect(QtCore.QRectF(self.rect()).adjusted(1, 1, -1, -1), 4, 4)
        painter.end()


class _CardFlags(_Outline):
    """The red flags of one card: a group per tier, each under its heading in its colour,
    outlined in the colour of the most urgent."""

    def __init__(self, panel: QtWidgets.QWidget) -> None:
        super().__init__(Tier.EMERGENCY)
        self._panel = panel
        self._layout = QtWidgets.QVBoxLayout(self)
        margin = panel.fontMetrics().height() // 3
        self._layout.setContentsMargins(margin, margin, margin, margin)
        self._labels: list[QtWidgets.QLabel] = []

    def show_groups(self, groups: list[tuple[Tier, str]]) -> None:
        """Show these (tier, text) groups, the most urgent first."""
        for label in self._labels:
            label.deleteLater()
        self._labels = []
        for tier, shown in groups:
            label = QtWidgets.QLabel(shown)
            label.setWordWrap(True)
            label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
            label.setFont(_scaled(self._panel.font(), 1.0, bold=True))
            colour = assets.tier_colour(tier, self)
            if colour is not None:
                _coloured(label, colour)
            self._layout.addWidget(label)
            self._labels.append(label)
        if groups:
            self._tier = groups[0][0]
        self.update()

    def text(self) -> str:
        """Everything shown, as plain text."""
        return "\n".join(label.text() for label in self._labels)


def _scaled(base: QtGui.QFont, factor: float, bold: bool = False) -> QtGui.QFont:
    font = QtGui.QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


def _coloured(widget: QtWidgets.QWidget, colour: QtGui.QColor) -> None:
    """Text (and a frame's line) in ``colour``, through the palette (style sheets would stop
    the window's larger font from reaching the widget)."""
    palette = widget.palette()
    palette.setColor(QtGui.QPalette.ColorRole.WindowText, colour)
    palette.setColor(QtGui.QPalette.ColorRole.ButtonText, colour)
    widget.setPalette(palette)


class ReliefPanel(QtWidgets.QWidget):
    """The relief window.

    Signals:
        episode_changed(object): save this :class:`Episode` (same ``uid`` replaces the last).
        stretch_requested(str, str): open the relief routine (routine id, and "left", "right"
            or "both" when the side was skipped).
    """

    episode_changed = QtCore.Signal(object)
    stretch_requested = QtCore.Signal(str, str)

    def __init__(
        self,
        content: ReliefContent,
        area: str | None = None,
        body_map: QtWidgets.QWidget | None = None,
        monotonic: Callable[[], float] = time.monotonic,
        wall: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
        parent: QtWidgets.QWidget | None = None,
        pregnant: bool = False,
    ) -> None:
        super().__init__(parent)
        self.content = content
        #: The person said they are pregnant: the pregnancy cautions show (CONTENT.md §7a).
        self.pregnant = pregnant
        self._monotonic = monotonic
        self._wall = wall
        self._opened_mono = monotonic()
        self._started_back_s = 0
        self._ended_at: float | None = None
        self.area: Area | None = None
        self.side: str | None = None
        self._opened_wall = wall()
        self.episode = Episode(started=self._opened_wall, source="panel")
        self._saved = False
        self.setWindowTitle(self.tr("Cramp relief – Spasm Desktop"))
        self.setWindowIcon(assets.icon("app"))
        self.setAccessibleName(self.tr("Cramp relief"))
        self.setWindowFlag(QtCore.Qt.WindowType.WindowStaysOnTopHint, True)
        self.setFont(_scaled(self.font(), 1.25))
        self.emergency_colour = assets.tier_colour(Tier.EMERGENCY, self) or QtGui.QColor()
        self.pages = QtWidgets.QStackedWidget()
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.picker = self._build_picker(body_map)
        self.side_page = self._build_side_page()
        self.card = self._build_card()
        self.emergency = self._build_emergency()
        self.form = self._build_form()
        for page in (self.picker, self.side_page, self.card, self.emergency, self.form):
            self.pages.addWidget(page)
        self._timer = QtCore.QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._tick)
        QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape), self, self._escape)
        # Large: most of the screen, up to a comfortable reading size.
        width = self.fontMetrics().averageCharWidth() * 150
        height = self.fontMetrics().height() * 40
        screen = self.screen()
        if screen is not None:
            available = screen.availableGeometry()
            width = min(width, int(available.width() * 0.95))
            height = min(height, int(available.height() * 0.92))
        self.resize(width, height)
        if area is not None:
            self.choose(area)

    def _label(self, value: str = "", factor: float = 1.0, bold: bool = False) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel(value)
        label.setWordWrap(True)
        label.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard)
        label.setFont(_scaled(self.font(), factor, bold))
        return label

    def _big(self, widget: QtWidgets.QWidget, factor: float, bold: bool = False) -> None:
        widget.setFont(_scaled(self.font(), factor, bold))

    # --- pages ---------------------------------------------------------------------------------

    def _build_picker(self, body_map: QtWidgets.QWidget | None) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        outer = QtWidgets.QVBoxLayout(page)
        outer.addWidget(self._label(self.tr("Where is the cramp?"), 1.6, bold=True))
        outer.addWidget(
            self._label(
                self.tr(
                    "Press the key on a button (1 to 9, 0 or A), click a button, or click the "
                    "body picture."
                )
            )
        )
        row = QtWidgets.QHBoxLayout()
        grid = QtWidgets.QGridLayout()
        self.area_buttons: dict[Area, QtWidgets.QPushButton] = {}
        for index, area in enumerate(AREA_KEYS):
            key = SHORTCUTS[area]
            button = QtWidgets.QPushButton(f"&{key}  {area_name(area)}")
            button.setAccessibleName(
                self.tr("%1, key %2").replace("%1", area_name(area)).replace("%2", key)
            )
            button.setMinimumHeight(int(self.fontMetrics().height() * 2.6))
            self._big(button, 1.15, bold=True)
            button.clicked.connect(lambda _=False, chosen=area: self.choose(chosen.value))
            self.area_buttons[area] = button
            grid.addWidget(button, index // 2, index % 2)
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), page)
            # Only while the picker is shown (digits typed later must not change the area).
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda chosen=area: self.choose(chosen.value))
        for area in CARDLESS:  # the emergencies, in red
            _coloured(self.area_buttons[area], self.emergency_colour)
        row.addLayout(grid, 3)
        if body_map is not None:
            body_map.setParent(page)
            signal = getattr(body_map, "area_chosen", None)
            if signal is not None:
                signal.connect(lambda area, side: self.choose(area, side or None))
            row.addWidget(body_map, 2)
        outer.addLayout(row, 1)
        if body_map is not None:  # the buttons first, then the picture
            QtWidgets.QWidget.setTabOrder(self.area_buttons[AREA_KEYS[-1]], body_map)
        self.disclaimer = self._label(text.disclaimer(self.content.red_flags), 0.9)
        self.disclaimer.setAccessibleName(self.tr("Disclaimer"))
        outer.addWidget(self.disclaimer)
        return page

    def _build_side_page(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        outer = QtWidgets.QVBoxLayout(page)
        self.side_question = self._label("", 1.6, bold=True)
        outer.addWidget(self.side_question)
        row = QtWidgets.QHBoxLayout()
        self.side_buttons: dict[str, QtWidgets.QPushButton] = {}
        labels = {
            "left": (self.tr("&Left"), self.tr("Left side")),
            "right": (self.tr("&Right"), self.tr("Right side")),
            "": (self.tr("&Skip"), self.tr("Skip: don't say the side")),
        }
        for value, (label, accessible) in labels.items():
            button = QtWidgets.QPushButton(label)
            button.setAccessibleName(accessible)
            button.setMinimumHeight(self.fontMetrics().height() * 4)
            self._big(button, 1.3, bold=True)
            button.clicked.connect(lambda _=False, side=value: self.choose_side(side or None))
            self.side_buttons[value] = button
            row.addWidget(button)
        outer.addLayout(row)
        outer.addStretch(1)
        for key, value in (("L", "left"), ("R", "right"), ("S", "")):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), page)
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda side=value: self.choose_side(side or None))
        return page

    def _build_card(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        outer = QtWidgets.QVBoxLayout(page)
        self.card_title = self._label("", 1.6, bold=True)
        self.card_title.setAccessibleName(self.tr("Cramp"))
        outer.addWidget(self.card_title)
        self.ten_minutes = self._label(self._ten_minutes_text(), 1.2, bold=True)
        self.ten_minutes.setAccessibleName(self.tr("Get help"))
        self.ten_minutes.setFrameShape(QtWidgets.QFrame.Shape.Box)
        self.ten_minutes.setLineWidth(3)
        self.ten_minutes.setMargin(self.fontMetrics().height() // 2)
        _coloured(self.ten_minutes, assets.tier_colour(Tier.TODAY, self) or QtGui.QColor())
        self.ten_minutes.setVisible(False)
        outer.addWidget(self.ten_minutes)
        columns = QtWidgets.QHBoxLayout()

        steps = QtWidgets.QWidget()
        steps_layout = QtWidgets.QVBoxLayout(steps)
        # The red flags of this area (from the one list), under their tier headings.
        self.card_flags = _CardFlags(self)
        self.card_flags.setAccessibleName(self.tr("Warning signs for this area"))
        self.warnings_label = self._label("", 1.0, bold=True)
        self.warnings_label.setAccessibleName(self.tr("Cautions for this area"))
        self.area_steps = self._label("", 1.1)
        self.area_steps.setAccessibleName(self.tr("What to do for this area"))
        self.card_numb_skin = self._label(self._numb_skin_text(), 0.95, bold=True)
        self.card_numb_skin.setAccessibleName(self.tr("Heat, cold and soaks with numb skin"))
        self.stretch_button = QtWidgets.QPushButton(self.tr("Start the stretch with a timer (T)"))
        self.stretch_button.setAccessibleName(self.tr("Start the stretch with a timer"))
        self.stretch_button.setMinimumHeight(self.fontMetrics().height() * 3)
        self.stretch_button.clicked.connect(self._stretch)
        universal = self._label(
            "\n".join(
                f"{number}. {text.data(step.text)}"
                for number, step in enumerate(self.content.universal, 1)
            )
        )
        universal.setAccessibleName(self.tr("What helps with every cramp"))
        # Pregnancy: which pain reliever, and the belly (shown only when the person said so).
        self.pregnancy_label = self._label(
            "\n".join(text.data(s.text) for s in self.content.pregnancy), 1.0, bold=True
        )
        self.pregnancy_label.setAccessibleName(self.tr("If you are pregnant"))
        self.pregnancy_label.setFrameShape(QtWidgets.QFrame.Shape.Box)
        self.pregnancy_label.setMargin(self.fontMetrics().height() // 3)
        self.pregnancy_label.setVisible(self.pregnant and bool(self.content.pregnancy))
        heat = self._label(
            "\n".join(f"• {text.data(s.text)}" for s in self.content.heat_cold), 0.95
        )
        heat.setAccessibleName(self.tr("Heat and cold"))
        numb_skin = self._label(self._numb_skin_text(), 0.95, bold=True)
        numb_skin.setAccessibleName(self.tr("Heat, cold and soaks with numb skin"))
        widgets: list[QtWidgets.QWidget] = [
            self.card_flags,
            self.warnings_label,
            self.area_steps,
            self.card_numb_skin,
            self._label(self.tr("For every cramp"), 1.1, bold=True),
            universal,
            self.pregnancy_label,
            self._label(self.tr("Heat and cold"), 1.0, bold=True),
            heat,
            numb_skin,
        ]
        if not self.content.universal:
            widgets.append(self._label(self.tr("The steps for every cramp could not be loaded.")))
        for widget in widgets:
            steps_layout.addWidget(widget)
        steps_layout.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(steps)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        left = QtWidgets.QVBoxLayout()
        left.addWidget(scroll, 1)
        left.addWidget(self.stretch_button)
        columns.addLayout(left, 3)

        middle = QtWidgets.QVBoxLayout()
        self.timer_label = QtWidgets.QLabel("0:00")
        self.timer_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setAccessibleName(self.tr("How long the cramp has lasted"))
        self._big(self.timer_label, 3.2, bold=True)
        middle.addWidget(self._label(self.tr("Cramp timer"), 1.0, bold=True))
        middle.addWidget(self.timer_label)
        middle.addWidget(self._label(self.tr("It started earlier:")))
        earlier = QtWidgets.QGridLayout()
        for index, minutes in enumerate((1, 2, 5, 10)):
            button = QtWidgets.QPushButton(self.tr("%1 min ago").replace("%1", str(minutes)))
            button.setToolTip(self.tr("Alt+%1").replace("%1", str(minutes)[-1]))
            button.setAccessibleName(
                self.tr("The cramp started %1 minutes before the panel opened").replace(
                    "%1", str(minutes)
                )
            )
            button.clicked.connect(lambda _=False, m=minutes: self.started_earlier(m * 60))
            earlier.addWidget(button, index // 2, index % 2)
        middle.addLayout(earlier)
        self.over_button = QtWidgets.QPushButton(self.tr("It's over (O)"))
        self.over_button.setAccessibleName(self.tr("The cramp is over: stop the timer and save"))
        self.over_button.setMinimumHeight(self.fontMetrics().height() * 4)
        self._big(self.over_button, 1.4, bold=True)
        self.over_button.clicked.connect(self.over)
        middle.addWidget(self.over_button)
        middle.addStretch(1)
        columns.addLayout(middle, 2)

        columns.addWidget(self._red_flags_box(), 4)
        outer.addLayout(columns, 1)
        # Keys, whatever the platform does with mnemonics: T, O, and Alt+1/2/5/0 for "earlier".
        keys: list[tuple[str, Callable[[], None]]] = [("T", self._stretch), ("O", self.over)]
        for minutes in (1, 2, 5, 10):
            keys.append((f"Alt+{str(minutes)[-1]}", functools.partial(self._earlier, minutes)))
        for key, slot in keys:
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), page)
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return page

    def _ten_minutes_text(self) -> str:
        """The 10-minute banner: its tier's heading and the red flag, from the one list."""
        flags = self.content.red_flags
        flag = flags.get(TEN_MINUTES_FLAG) if flags is not None else None
        if flag is None:
            return "\n".join((text.tier_heading(Tier.TODAY), text.flags_not_loaded()))
        return "\n".join((text.tier_heading(flag.tier), text.data(flag.text)))

    def _numb_skin_text(self) -> str:
        return "\n".join(f"• {text.data(s.text)}" for s in self.content.numb_skin)

    def _red_flags_box(self) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(box)
        #: The heading of each tier shown (to check they are the same everywhere).
        self.tier_labels: dict[Tier, QtWidgets.QLabel | QtWidgets.QToolButton] = {}
        #: The buttons that unfold the tiers of :data:`FOLDED_TIERS`.
        self.fold_buttons: dict[Tier, QtWidgets.QToolButton] = {}
        flags = self.content.red_flags
        if flags is None:
            frame = _Outline(Tier.EMERGENCY)
            inner = QtWidgets.QVBoxLayout(frame)
            line = self._label(text.minimal_emergency(), 1.05, bold=True)
            _coloured(line, self.emergency_colour)
            line.setAccessibleName(self.tr("Emergency"))
            inner.addWidget(line)
            inner.addWidget(self._label(text.flags_not_loaded()))
            layout.addWidget(frame)
        else:
            for tier in Tier:
                lines = [text.red_flag_lines(flags.tier(tier))]
                if text.tier_detail(tier):
                    lines.insert(0, text.tier_detail(tier))
                shown = self._label("\n".join(lines), 0.95)
                shown.setAccessibleName(text.tier_heading(tier))
                heading: QtWidgets.QLabel | QtWidgets.QToolButton
                if tier in FOLDED_TIERS:
                    heading = self._fold_button(tier, shown)
                else:
                    heading = self._label(text.tier_heading(tier), 1.05, bold=True)
                colour = assets.tier_colour(tier, self)
                if colour is not None:
                    _coloured(heading, colour)
                self.tier_labels[tier] = heading
                frame = _Outline(tier)
                inner = QtWidgets.QVBoxLayout(frame)
                inner.addWidget(heading)
                inner.addWidget(shown)
                layout.addWidget(frame)
        layout.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(box)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("When to get help"))
        self.red_flags_area = scroll
        return scroll

    def _fold_button(self, tier: Tier, shown: QtWidgets.QLabel) -> QtWidgets.QToolButton:
        """The heading of a tier that is not urgent during a cramp: a button that unfolds it."""
        button = QtWidgets.QToolButton()
        button.setText(text.tier_heading(tier))
        button.setAccessibleName(text.tier_heading(tier))
        button.setAccessibleDescription(self.tr("Show or hide these warning signs"))
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setArrowType(QtCore.Qt.ArrowType.RightArrow)
        button.setToolButtonStyle(QtCore.Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self._big(button, 1.05, bold=True)
        shown.setVisible(False)

        def unfold(on: bool) -> None:
            shown.setVisible(on)
            button.setArrowType(
                QtCore.Qt.ArrowType.DownArrow if on else QtCore.Qt.ArrowType.RightArrow
            )

        button.toggled.connect(unfold)
        self.fold_buttons[tier] = button
        return button

    def unfold_tiers(self) -> None:
        """Show every tier's signs (the folded ones too)."""
        for button in self.fold_buttons.values():
            button.setChecked(True)

    def _build_emergency(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        outer = QtWidgets.QVBoxLayout(page)
        flags = self.content.red_flags
        self.emergency_title = self._label(
            text.tier_heading(Tier.EMERGENCY) if flags is not None else text.minimal_emergency(),
            1.7,
            bold=True,
        )
        _coloured(self.emergency_title, self.emergency_colour)
        self.emergency_title.setAccessibleName(self.tr("Emergency"))
        outer.addWidget(self.emergency_title)
        # The sign of the area chosen (the chest, or all over), large; then the rest of the tier.
        self.emergency_advice = self._label("", 1.3, bold=True)
        self.emergency_advice.setAccessibleName(self.tr("What to do now"))
        outer.addWidget(self.emergency_advice)
        self.emergency_others = self._label("")
        self.emergency_others.setAccessibleName(self.tr("Other emergency signs"))
        outer.addWidget(self.emergency_others)
        outer.addStretch(1)
        back = QtWidgets.QPushButton(self.tr("◀ &Back: it is one area after all"))
        back.setAccessibleName(self.tr("Back to choosing an area"))
        back.setMinimumHeight(self.fontMetrics().height() * 3)
        back.clicked.connect(self._back_to_picker)
        outer.addWidget(back)
        return page

    def _show_emergency(self, area: Area) -> None:
        """The emergency screen for a card-less area: its own sign first, then the others."""
        flags = self.content.red_flags
        if flags is None:
            self.emergency_advice.setText(text.flags_not_loaded())
            self.emergency_others.setText("")
        else:
            own = flags.get(CARDLESS_FLAGS[area])
            self.emergency_advice.setText(text.data(own.text) if own is not None else "")
            others = tuple(f for f in flags.tier(Tier.EMERGENCY) if f is not own)
            self.emergency_others.setText(text.red_flag_lines(others))
        self.pages.setCurrentWidget(self.emergency)

    def _build_form(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        outer = QtWidgets.QVBoxLayout(page)
        self.saved_label = self._label("", 1.3, bold=True)
        outer.addWidget(self.saved_label)
        outer.addWidget(
            self._label(self.tr("A few details, if you like (all optional, saved as you go):"))
        )
        form = QtWidgets.QFormLayout()
        self.severity = QtWidgets.QSpinBox()
        self.severity.setRange(-1, 10)
        self.severity.setSpecialValueText(self.tr("not given"))
        self.severity.setValue(-1)
        self.severity.setAccessibleName(self.tr("How bad was it, from 0 (no pain) to 10"))
        self.severity.setMaximumWidth(self.fontMetrics().averageCharWidth() * 16)
        self.severity.valueChanged.connect(self._form_changed)
        severity_label = QtWidgets.QLabel(self.tr("How &bad (0–10):"))
        severity_label.setBuddy(self.severity)
        form.addRow(severity_label, self.severity)
        self.choices: dict[str, dict[str, QtWidgets.QCheckBox]] = {}
        groups = (
            ("feelings", self.tr("What it felt like:"), ep.FEELINGS, _feeling_names()),
            ("context", self.tr("What you were doing:"), ep.CONTEXTS, _context_names()),
            ("helped", self.tr("What helped:"), ep.HELPED, _helped_names()),
        )
        for field, title, values, names in groups:
            row = QtWidgets.QWidget()
            flow = QtWidgets.QGridLayout(row)
            flow.setContentsMargins(0, 0, 0, 0)
            boxes = {}
            for index, value in enumerate(values):
                box = QtWidgets.QCheckBox(names[value])
                box.setAccessibleName(f"{title} {names[value]}")
                box.toggled.connect(self._form_changed)
                flow.addWidget(box, index // 4, index % 4)
                boxes[value] = box
            self.choices[field] = boxes
            form.addRow(QtWidgets.QLabel(title), row)
        outer.addLayout(form)
        outer.addStretch(1)
        done = QtWidgets.QPushButton(self.tr("&Done"))
        done.setAccessibleName(self.tr("Done: close the panel"))
        done.setMinimumHeight(self.fontMetrics().height() * 3)
        done.clicked.connect(self.close)
        outer.addWidget(done)
        return page

    # --- the person's choices ----------------------------------------------------------------

    def choose(self, area: str, side: str | None = None) -> None:
        """An area was chosen (button, key, body picture or command line)."""
        try:
            chosen = Area(area)
        except ValueError:
            return
        self.area = chosen
        if chosen in CARDLESS:
            self._update(area=chosen.value, side=None)
            self._show_emergency(chosen)
            return
        card = self.content.cards.get(chosen)
        if card is not None and card.sided and side is None:
            self.side_question.setText(self.tr("Which side? (%1)").replace("%1", area_name(chosen)))
            self._update(area=chosen.value)
            self.pages.setCurrentWidget(self.side_page)
            self.side_buttons["left"].setFocus()
            return
        self.choose_side(side if card is not None and card.sided else None)

    def choose_side(self, side: str | None) -> None:
        """The side was chosen (or skipped)."""
        assert self.area is not None and self.area not in CARDLESS
        self.side = side
        self._update(area=self.area.value, side=side)
        card = self.content.cards.get(self.area)
        name = area_name(self.area)
        if side == "left":
            name = self.tr("%1, left").replace("%1", name)
        elif side == "right":
            name = self.tr("%1, right").replace("%1", name)
        self.card_title.setText(self.tr("Cramp: %1").replace("%1", name))
        groups: list[tuple[Tier, str]] = []
        warnings: list[str] = []
        if card is None:
            self.area_steps.setText(self.tr("The steps for this area could not be loaded."))
        else:
            lines = [text.data(step) for step in card.steps]
            lines.append(text.data(card.hold))
            lines.extend(f"• {text.data(tip)}" for tip in card.tips)
            self.area_steps.setText("\n".join(lines))
            if self.content.red_flags is not None:
                picked = self.content.red_flags.pick(card.flags)
                groups = [
                    (tier, text.flags_under_headings([f for f in picked if f.tier is tier]))
                    for tier in Tier
                    if any(f.tier is tier for f in picked)
                ]
            elif card.flags:
                fallback = "\n".join((text.minimal_emergency(), text.flags_not_loaded()))
                groups = [(Tier.EMERGENCY, fallback)]
            if self.pregnant:
                warnings += [text.data(w.text) for w in card.pregnancy]
            warnings += [text.data(w.text) for w in card.warnings]
        self.card_flags.show_groups(groups)
        self.card_flags.setVisible(bool(groups))
        self.warnings_label.setText("\n".join(warnings))
        self.warnings_label.setVisible(bool(warnings))
        self.card_numb_skin.setVisible(
            card is not None and card.heat and bool(self.content.numb_skin)
        )
        self.stretch_button.setEnabled(card is not None and bool(card.routine))
        self.pages.setCurrentWidget(self.card)
        self.over_button.setFocus()
        self._tick()
        self._timer.start()

    def _earlier(self, minutes: int) -> None:
        self.started_earlier(minutes * 60)

    def started_earlier(self, seconds: int) -> None:
        """ "It started 2 min ago": the timer counts from before the panel opened."""
        self._started_back_s = seconds
        self._update(started=self._opened_wall - dt.timedelta(seconds=seconds))
        self._tick()

    def elapsed(self) -> float:
        """Seconds since the cramp started (frozen once it is over)."""
        end = self._ended_at if self._ended_at is not None else self._monotonic()
        return end - self._opened_mono + self._started_back_s

    def over(self) -> None:
        """ "It's over": stop the timer, save the episode, offer the optional details."""
        if self._ended_at is None:
            self._ended_at = self._monotonic()
        self._timer.stop()
        self._update(duration_s=round(self.elapsed()))
        self.saved_label.setText(
            self.tr("Saved: %1 cramp, %2.")
            .replace("%1", area_name(self.area) if self.area else self.tr("a"))
            .replace("%2", text.clock_duration(self.elapsed()))
        )
        self.pages.setCurrentWidget(self.form)
        self.severity.setFocus()

    def _form_changed(self) -> None:
        severity = self.severity.value()
        picked = {
            field: tuple(v for v, box in boxes.items() if box.isChecked())
            for field, boxes in self.choices.items()
        }
        self._update(
            severity=None if severity < 0 else severity,
            feelings=picked["feelings"],
            context=picked["context"],
            helped=picked["helped"],
        )

    def _stretch(self) -> None:
        card = self.content.cards.get(self.area) if self.area is not None else None
        if card is None:
            return
        routine = card.routine
        if routine:
            # Side skipped: stretch both sides, the cramped one among them.
            self.stretch_requested.emit(routine, self.side or "both")

    def _back_to_picker(self) -> None:
        self.area = None
        self.pages.setCurrentWidget(self.picker)

    def _escape(self) -> None:
        if self.pages.currentWidget() is self.emergency:
            self._back_to_picker()
        else:
            self.close()

    # --- saving and time ------------------------------------------------------------------------

    def _update(self, **changes: Any) -> None:
        self.episode = dataclasses.replace(self.episode, **changes)
        if self.episode.area is not None or self._saved:
            self._saved = True
            self.episode_changed.emit(self.episode)

    def _tick(self) -> None:
        seconds = self.elapsed()
        self.timer_label.setText(text.clock_duration(seconds))
        self.timer_label.setAccessibleDescription(self.timer_label.text())
        self.ten_minutes.setVisible(seconds >= TEN_MINUTES_S)

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        super().showEvent(event)
        if self.pages.currentWidget() is self.picker:
            self.area_buttons[AREA_KEYS[0]].setFocus()  # the buttons first, then the picture
        if self.pages.currentWidget() is self.card and self._ended_at is None:
            self._timer.start()

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Closing saves the episode (with its length so far) unless it was opened by mistake."""
        self._timer.stop()
        if self._ended_at is None:
            self._ended_at = self._monotonic()
            if self.episode.area is not None or self.elapsed() >= KEEP_WITHOUT_AREA_S:
                self._saved = True
                self._update(duration_s=round(self.elapsed()))
        super().closeEvent(event)
