"""The relief card: what to do for a cramp in one area, taken in at a glance while in pain.

Top to bottom: the area ("Cramp: Calf, left"); one red line with the top emergency signs of the
one list (``red_flags.json``, the emergency flags with a short form), which unfolds to the four
tiers; the 10-minute banner when it is due. Then, on the left, three or four big numbered steps
with the stretch's drawing beside them (mirrored for the right side), the cautions of this card
and its red flags, and "More that helps" folded: every step for this area, the steps for every
cramp, heat and cold, each with the cautions that qualify it (numb skin next to heat, ice and
soaks; pain relievers in pregnancy next to the pain-reliever lines); below them the one primary
button "Guided stretch" for that side. On the right, always in view, the cramp timer, "It started
earlier" and "It's over". Only the steps scroll, so the timer, "It's over" and "Guided stretch"
never leave the screen.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core.relief import Area, AreaCard, ReliefContent, Tier
from spasm_desktop.ui.common import assets, text
from spasm_desktop.ui.common.announce import announce
from spasm_desktop.ui.common.drawing import Illustration
from spasm_desktop.ui.common.look import WrapButton
from spasm_desktop.ui.common.roles import Role, set_role
from spasm_desktop.ui.relief.relief_parts import (
    CardFlags,
    Disclosure,
    Outline,
    coloured,
    label,
    primary,
    scaled,
)

# The red flag that the 10-minute banner shows.
TEN_MINUTES_FLAG = "ten-minutes"
# The tiers that are not urgent during a cramp: their headings show, their signs unfold.
FOLDED_TIERS = frozenset({Tier.SOON, Tier.NEXT_VISIT})
# The big steps' type, against the window's (already larger than the desktop's).
STEP_SIZE = 1.15
# With room to spare (a large screen, normal text) the steps and the drawing grow, up to this.
MAX_GROWTH = 1.5
# The card's natural height, in lines of its text (what it needs before anything grows).
NATURAL_LINES = 21
# "It started earlier": these many minutes before the panel opened.
EARLIER_MINUTES = (1, 2, 5, 10)


class ReliefCard(QtWidgets.QWidget):
    """The card of one area (the panel fills it in with :meth:`show_area`).

    Signals:
        stretch_clicked(): the "Guided stretch" button.
        over_clicked(): "It's over".
        earlier_clicked(int): "It started N minutes ago".
    """

    stretch_clicked = QtCore.Signal()
    over_clicked = QtCore.Signal()
    earlier_clicked = QtCore.Signal(int)

    def __init__(
        self,
        content: ReliefContent,
        drawings: Mapping[Area, str],
        pregnant: bool,
        parent: QtWidgets.QWidget,
    ) -> None:
        """``drawings`` names each area's stretch drawing (``illustrations/NAME.svg``)."""
        super().__init__(parent)
        self.content = content
        # Beside the guided stretch: the steps are hidden (:meth:`set_compact`).
        self.compact = False
        # How much larger than :data:`STEP_SIZE` the steps are drawn (:meth:`resizeEvent`).
        self.growth = 1.0
        self.drawings = drawings
        self.pregnant = pregnant
        line = self.fontMetrics().height()
        outer = QtWidgets.QVBoxLayout(self)
        self._layout = outer
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(line // 3)
        self.card_title = label(self, "", 1.3, bold=True)
        set_role(self.card_title, Role.HEADING)
        outer.addWidget(self.card_title)
        outer.addWidget(self._build_red_line())
        self.ten_minutes = label(self, self._ten_minutes_text(), 1.1, bold=True)
        self.ten_minutes.setFrameShape(QtWidgets.QFrame.Shape.Box)
        self.ten_minutes.setLineWidth(3)
        self.ten_minutes.setMargin(line // 3)
        coloured(self.ten_minutes, assets.tier_colour(Tier.TODAY, self) or QtGui.QColor())
        self.ten_minutes.setVisible(False)
        outer.addWidget(self.ten_minutes)
        columns = QtWidgets.QHBoxLayout()
        left = QtWidgets.QVBoxLayout()
        left.addWidget(self._build_left(), 1)
        # Below the steps but outside their scroll area, so it is always in the first screen.
        left.addWidget(self.stretch_button)
        columns.addLayout(left, 1)
        columns.addLayout(self._build_timer())
        outer.addLayout(columns, 1)

    # --- the red line and the four tiers ------------------------------------------------------

    def _build_red_line(self) -> QtWidgets.QWidget:
        """One red line that can't be missed, and the button that unfolds the four tiers."""
        frame = Outline(Tier.EMERGENCY)
        row = QtWidgets.QHBoxLayout(frame)
        self._red_row = row
        margin = self.fontMetrics().height() // 4
        row.setContentsMargins(margin * 2, margin, margin, margin)
        self.red_line = label(self, text.red_line(self.content.red_flags), 1.0, bold=True)
        coloured(self.red_line, assets.tier_colour(Tier.EMERGENCY, self) or QtGui.QColor())
        row.addWidget(self.red_line, 1)
        self.red_flags_area = self._tiers_box()
        self.warning_signs = Disclosure(
            self.tr("All warning signs"),
            self.red_flags_area,
            self.tr("Show or hide the warning signs in their four tiers"),
            0.95,
        )
        row.addWidget(self.warning_signs, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        self.warning_signs.toggled.connect(self._tiers_unfolded)
        return frame

    def _tiers_box(self) -> QtWidgets.QWidget:
        box = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        box.setAccessibleName(self.tr("When to get help"))
        # The heading of each tier shown (to check they are the same everywhere).
        self.tier_labels: dict[Tier, QtWidgets.QLabel | QtWidgets.QToolButton] = {}
        # The buttons that unfold the tiers of :data:`FOLDED_TIERS`.
        self.fold_buttons: dict[Tier, QtWidgets.QToolButton] = {}
        flags = self.content.red_flags
        if flags is None:
            frame = Outline(Tier.EMERGENCY)
            inner = QtWidgets.QVBoxLayout(frame)
            line = label(self, text.minimal_emergency(), 1.0, bold=True)
            coloured(line, assets.tier_colour(Tier.EMERGENCY, self) or QtGui.QColor())
            inner.addWidget(line)
            inner.addWidget(label(self, text.flags_not_loaded()))
            layout.addWidget(frame)
            return box
        for tier in Tier:
            lines = [text.red_flag_lines(flags.tier(tier))]
            if text.tier_detail(tier):
                lines.insert(0, text.tier_detail(tier))
            shown = label(self, "\n".join(lines), 0.95)
            heading: QtWidgets.QLabel | QtWidgets.QToolButton
            if tier in FOLDED_TIERS:
                fold = Disclosure(
                    text.tier_heading(tier), shown, self.tr("Show or hide these warning signs")
                )
                self.fold_buttons[tier] = fold
                heading = fold
            else:
                heading = label(self, text.tier_heading(tier), 1.0, bold=True)
                set_role(heading, Role.HEADING)
            colour = assets.tier_colour(tier, self)
            if colour is not None:
                coloured(heading, colour)
            self.tier_labels[tier] = heading
            frame = Outline(tier)
            inner = QtWidgets.QVBoxLayout(frame)
            inner.addWidget(heading)
            inner.addWidget(shown)
            layout.addWidget(frame)
        return box

    def set_compact(self, on: bool) -> None:
        """Beside the guided stretch: the title, the red line, the timer and "It's over" only
        (the steps are in the player); unfolding the warning signs shows the left side again.
        """
        self.compact = on
        self.steps_scroll.setVisible(not on)
        self.stretch_button.setVisible(not on)
        self.earlier_box.setVisible(not on)
        direction = QtWidgets.QBoxLayout.Direction
        self._red_row.setDirection(direction.TopToBottom if on else direction.LeftToRight)
        for layout in (self._red_row, self._layout):  # the new least size, now: the panel
            layout.activate()  # sizes itself on it
        self.updateGeometry()

    def _tiers_unfolded(self, on: bool) -> None:
        if on:  # the tiers open at the top of the scrolling side, even beside the stretch
            self.steps_scroll.setVisible(True)
            self.steps_scroll.verticalScrollBar().setValue(0)

    def unfold_tiers(self) -> None:
        """Show every tier's signs (the folded ones too)."""
        self.warning_signs.setChecked(True)
        for button in self.fold_buttons.values():
            button.setChecked(True)

    def _ten_minutes_text(self) -> str:
        """The 10-minute banner: its tier's heading and the red flag, from the one list."""
        flags = self.content.red_flags
        flag = flags.get(TEN_MINUTES_FLAG) if flags is not None else None
        if flag is None:
            return "\n".join((text.tier_heading(Tier.TODAY), text.flags_not_loaded()))
        return "\n".join((text.tier_heading(flag.tier), text.data(flag.text)))

    # --- the steps (left, scrolling) -----------------------------------------------------------

    def _build_left(self) -> QtWidgets.QWidget:
        column = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.red_flags_area)
        row = QtWidgets.QHBoxLayout()
        self.steps_label = label(self, "", 1.25, bold=True)
        self.steps_label.setVisible(False)  # only when the card could not be loaded
        steps = QtWidgets.QVBoxLayout()
        steps.addWidget(self.steps_label)
        self.steps_grid = QtWidgets.QGridLayout()
        self.steps_grid.setVerticalSpacing(self.fontMetrics().height() // 2)
        self.steps_grid.setColumnStretch(1, 1)
        steps.addLayout(self.steps_grid)
        steps.addStretch(1)
        # The big numbered steps: (number, step) labels, in order.
        self.step_labels: list[tuple[QtWidgets.QLabel, QtWidgets.QLabel]] = []
        row.addLayout(steps, 3)
        self.drawing = Illustration(lines=8, minimum_lines=4)
        self.drawing.setMaximumWidth(self.fontMetrics().height() * 12)  # grows with the steps
        self.drawing.setAccessibleName(self.tr("Drawing of the stretch"))
        row.addWidget(self.drawing, 1)
        layout.addLayout(row)
        self.stretch_button = WrapButton(self.tr("Guided stretch (T)"))  # wraps, never cut
        self.stretch_button.setAccessibleName(self.tr("Guided stretch"))
        self.stretch_button.setMinimumHeight(int(self.fontMetrics().height() * 2.6))
        self.stretch_button.setFont(scaled(self.font(), 1.25, bold=True))
        primary(self.stretch_button)
        self.stretch_button.clicked.connect(self.stretch_clicked)
        # The cautions of this card (thigh cramps last longer; pregnancy and the belly) and its
        # red flags, from the one list.
        self.warnings_label = label(self, "", 1.0, bold=True)
        layout.addWidget(self.warnings_label)
        self.card_flags = CardFlags(self)
        self.card_flags.setAccessibleName(self.tr("Warning signs for this area"))
        layout.addWidget(self.card_flags)
        self.more_box = self._build_more()
        self.more_button = Disclosure(
            self.tr("More that helps"),
            self.more_box,
            self.tr("Show or hide every step, for this area and for every cramp"),
        )
        self.more_button.toggled.connect(self._more_unfolded)
        layout.addWidget(self.more_button)
        layout.addWidget(self.more_box)
        layout.addStretch(1)
        self.steps_scroll = QtWidgets.QScrollArea()
        self.steps_scroll.setWidget(column)
        self.steps_scroll.setWidgetResizable(True)
        self.steps_scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.steps_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.steps_scroll.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        return self.steps_scroll

    def _build_more(self) -> QtWidgets.QWidget:
        """Every step for the area and for every cramp, with the cautions beside the steps."""
        box = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(box)
        layout.setContentsMargins(self.fontMetrics().height(), 0, 0, 0)
        self.area_steps = label(self, "", 1.0)
        self.card_numb_skin = label(self, self._numb_skin_text(), 0.95, bold=True)
        universal = label(
            self,
            "\n".join(
                f"{number}. {text.data(step.text)}"
                for number, step in enumerate(self.content.universal, 1)
            ),
        )
        # Pregnancy: which pain reliever (shown only when the person said so), after the
        # pain-reliever lines of the steps for every cramp.
        self.pregnancy_label = label(
            self, "\n".join(text.data(s.text) for s in self.content.pregnancy), 1.0, bold=True
        )
        self.pregnancy_label.setFrameShape(QtWidgets.QFrame.Shape.Box)
        self.pregnancy_label.setMargin(self.fontMetrics().height() // 3)
        self.pregnancy_label.setVisible(self.pregnant and bool(self.content.pregnancy))
        heat = label(self, "\n".join(f"• {text.data(s.text)}" for s in self.content.heat_cold))
        widgets: list[QtWidgets.QWidget] = [
            self.area_steps,
            self.card_numb_skin,
            label(self, self.tr("For every cramp"), 1.05, bold=True),
            universal,
            self.pregnancy_label,
            label(self, self.tr("Heat and cold"), 1.05, bold=True),
            heat,
            label(self, self._numb_skin_text(), 0.95, bold=True),
        ]
        if not self.content.universal:
            widgets.append(label(self, self.tr("The steps for every cramp could not be loaded.")))
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _more_unfolded(self, on: bool) -> None:
        if on:
            QtCore.QTimer.singleShot(
                0, lambda: self.steps_scroll.ensureWidgetVisible(self.more_button)
            )

    def _numb_skin_text(self) -> str:
        return "\n".join(f"• {text.data(s.text)}" for s in self.content.numb_skin)

    # --- the timer (right, always in view) ------------------------------------------------------

    def _build_timer(self) -> QtWidgets.QVBoxLayout:
        column = QtWidgets.QVBoxLayout()
        heading = label(self, self.tr("Cramp timer"), 1.0, bold=True)
        heading.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        column.addWidget(heading)
        self.timer_label = QtWidgets.QLabel("0:00")
        self.timer_label.setAlignment(QtCore.Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setFont(scaled(self.font(), 2.6, bold=True))
        column.addWidget(self.timer_label)
        # "It started earlier" and its buttons (hidden beside the guided stretch).
        self.earlier_box = QtWidgets.QWidget()
        box = QtWidgets.QVBoxLayout(self.earlier_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(label(self, self.tr("It started earlier:"), 0.9))
        earlier = QtWidgets.QGridLayout()
        self.earlier_buttons: list[QtWidgets.QPushButton] = []
        for index, minutes in enumerate(EARLIER_MINUTES):
            button = QtWidgets.QPushButton(self.tr("%1 min ago").replace("%1", str(minutes)))
            button.setToolTip(self.tr("Alt+%1").replace("%1", str(minutes)[-1]))
            button.setAccessibleName(
                self.tr("The cramp started %1 minutes before the panel opened").replace(
                    "%1", str(minutes)
                )
            )
            button.clicked.connect(lambda _=False, m=minutes: self.earlier_clicked.emit(m))
            earlier.addWidget(button, index // 2, index % 2)
            self.earlier_buttons.append(button)
        box.addLayout(earlier)
        column.addWidget(self.earlier_box)
        self.over_button = QtWidgets.QPushButton(self.tr("It's over (O)"))
        self.over_button.setAccessibleName(self.tr("The cramp is over: stop the timer and save"))
        self.over_button.setMinimumHeight(int(self.fontMetrics().height() * 3))
        self.over_button.setFont(scaled(self.font(), 1.3, bold=True))
        self.over_button.clicked.connect(self.over_clicked)
        column.addWidget(self.over_button)
        column.addStretch(1)
        return column

    # --- filling it in -------------------------------------------------------------------------

    def show_area(self, area: Area, side: str | None, name: str) -> None:
        """Show the card of ``area`` (``side`` "left", "right" or None) titled ``name``."""
        card = self.content.cards.get(area)
        self.card_title.setText(self.tr("Cramp: %1").replace("%1", name))
        self.stretch_button.setText(self._stretch_text(card, side))
        self.stretch_button.setAccessibleName(self.stretch_button.text().replace(" (T)", ""))
        self.stretch_button.setEnabled(card is not None and bool(card.routine))
        drawing = self.drawings.get(area, "")
        if drawing:
            self.drawing.show_exercise(drawing, side == "right")
        self.drawing.setVisible(bool(drawing))
        groups: list[tuple[Tier, str]] = []
        warnings: list[str] = []
        self._show_steps(card.first_steps if card is not None else ())
        self.steps_label.setVisible(card is None)
        if card is None:
            self.steps_label.setText(self.tr("The steps for this area could not be loaded."))
            self.area_steps.setText("")
        else:
            lines = [
                self.tr("All the steps for this area"),
                *(text.data(step) for step in card.steps),
                text.data(card.hold),
                *(f"• {text.data(tip)}" for tip in card.tips),
            ]
            self.area_steps.setText("\n".join(lines))
            groups = self._flag_groups(card)
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
        announce(self.card_title, self.card_title.text())  # focus goes to "It's over"

    def _show_steps(self, steps: tuple[str, ...]) -> None:
        """The big numbered steps, one a row, the number in its own column."""
        for pair in self.step_labels:
            for old in pair:
                old.deleteLater()
        self.step_labels = []
        for row, step in enumerate(steps):
            number = label(
                self,
                self.tr("%1.", "a step's number").replace("%1", QtCore.QLocale().toString(row + 1)),
                STEP_SIZE * self.growth,
                bold=True,
            )
            shown = label(self, text.data(step), STEP_SIZE * self.growth, bold=True)
            self.steps_grid.addWidget(number, row, 0, QtCore.Qt.AlignmentFlag.AlignTop)
            self.steps_grid.addWidget(shown, row, 1, QtCore.Qt.AlignmentFlag.AlignTop)
            self.step_labels.append((number, shown))

    def steps_text(self) -> str:
        """The big steps as plain text, one a line."""
        return "\n".join(shown.text() for _number, shown in self.step_labels)

    def _flag_groups(self, card: AreaCard) -> list[tuple[Tier, str]]:
        if self.content.red_flags is not None:
            picked = self.content.red_flags.pick(card.flags)
            return [
                (tier, text.flags_under_headings([f for f in picked if f.tier is tier]))
                for tier in Tier
                if any(f.tier is tier for f in picked)
            ]
        if card.flags:
            return [(Tier.EMERGENCY, f"{text.minimal_emergency()}\n{text.flags_not_loaded()}")]
        return []

    def _stretch_text(self, card: AreaCard | None, side: str | None) -> str:
        if card is None or not card.sided:
            return self.tr("Guided stretch (T)")
        if side == "left":
            return self.tr("Guided stretch, left side (T)")
        if side == "right":
            return self.tr("Guided stretch, right side (T)")
        return self.tr("Guided stretch, both sides (T)")

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:
        """With room to spare, larger steps and drawing (read from further away, in pain)."""
        super().resizeEvent(event)
        natural = self.fontMetrics().height() * NATURAL_LINES
        growth = max(1.0, min(MAX_GROWTH, 0.9 * self.height() / natural))
        if abs(growth - self.growth) < 0.05:  # not worth a new layout
            return
        self.growth = growth
        font = scaled(self.font(), STEP_SIZE * growth, bold=True)
        for pair in self.step_labels:
            for shown in pair:
                shown.setFont(font)
        line = self.fontMetrics().height()
        self.drawing.setMaximumWidth(int(line * 12 * growth))
        self.drawing.setMinimumHeight(int(line * 7 * growth) if growth > 1 else 0)

    def set_time(self, shown: str, ten_minutes: bool) -> None:
        """Show the timer's ``shown`` time, and the 10-minute banner when it is due."""
        self.timer_label.setText(shown)
        due = ten_minutes and self.ten_minutes.isHidden()
        self.ten_minutes.setVisible(ten_minutes)
        if due:  # said once, when it appears (the timer itself is never announced)
            announce(self.ten_minutes, self.ten_minutes.text(), urgent=True)
