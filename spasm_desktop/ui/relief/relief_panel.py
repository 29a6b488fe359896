"""The quick relief panel: what to do right now for a cramp, a cramp timer, and the danger signs.

A person in pain has seconds of attention, so: one window, large type, the area in one or two
actions (a numbered button or key, or the body picture), then one card (:mod:`relief_card`):
three or four big steps with the stretch's drawing, one "Guided stretch" button, one red line
of emergency signs that unfolds to the four tiers (CONTENT.md §5.1), and the timer and "It's
over" always in view. "Chest" and "Many muscles / all over" go straight to the emergency advice.
The episode is saved as soon as an area is chosen and at every change after; closing the window
never loses it, with one exception: Esc or closing within :data:`MISTAKE_S` seconds of picking an
area, with nothing else done, drops it (an area picked by mistake is not a 3-second cramp). Later,
Esc or the window's close button stop the timer and show what was saved, with Undo. The pain is
rated with eleven large buttons (``ui/common/pain_scale``).

Keys: 1–9 choose Calf, Foot, Back of thigh, Front of thigh, Hand, Arm, Neck, Back and Belly; 0
chooses Chest and A "all over" (:data:`relief.SHORTCUTS`; the key is written on each button).
L / R / S (skip) choose the side; T starts the stretch; O says it is over; Alt+1, Alt+2, Alt+5
and Alt+0 say it started 1, 2, 5 or 10 minutes earlier; Esc goes back (from the emergency
screen), stops the timer (on the card) or closes; Ctrl+Z undoes the save. These are shortcuts
of their own, not mnemonics, so they work the same on every platform.

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
from collections.abc import Callable, Mapping
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
from spasm_desktop.ui.common.announce import announce
from spasm_desktop.ui.common.names import area_name
from spasm_desktop.ui.common.names import context_names as _context_names
from spasm_desktop.ui.common.names import feeling_names as _feeling_names
from spasm_desktop.ui.common.names import helped_names as _helped_names
from spasm_desktop.ui.common.pain_scale import PainScale
from spasm_desktop.ui.common.roles import Role, set_role
from spasm_desktop.ui.relief import relief_card
from spasm_desktop.ui.relief.relief_parts import coloured, label, scaled

# The advice to get help appears when a cramp has lasted this long (NHS, CONTENT.md §2.1).
TEN_MINUTES_S = 600
# Opened by mistake and closed at once, with no area chosen: not an episode.
KEEP_WITHOUT_AREA_S = 15
# An area picked and left (Esc, closed) within this long, with nothing else done: a mistake.
MISTAKE_S = 10
# The height of an area button, in lines of text: large, and eleven of them fit 1024x600 at 150%.
AREA_BUTTON_LINES = 2.0
# The red flag each card-less area stands for.
CARDLESS_FLAGS = {Area.CHEST: "chest", Area.ALL_OVER: "all-over"}


class ReliefPanel(QtWidgets.QWidget):
    """The relief window.

    Signals:
        episode_changed(object): save this :class:`Episode` (same ``uid`` replaces the last).
        episode_dropped(str): forget the episode of this ``uid`` saved before (an area picked
            by mistake, or Undo).
        stretch_requested(str, str): open the relief routine (routine id, and "left", "right"
            or "both" when the side was skipped).
    """

    episode_changed = QtCore.Signal(object)
    episode_dropped = QtCore.Signal(str)
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
        drawings: Mapping[Area, str] | None = None,
    ) -> None:
        """``drawings`` names the drawing of each area's stretch (``illustrations/NAME.svg``)."""
        super().__init__(parent)
        self.content = content
        # The person said they are pregnant: the pregnancy cautions show (CONTENT.md §7a).
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
        # When an area was first picked (monotonic), and whether anything was done since.
        self._picked_mono: float | None = None
        self._engaged = False
        # The episode was dropped (a mistake, or Undo): nothing more is saved.
        self._dropped = False
        self.setWindowTitle(text.window_title(self.tr("Cramp relief")))
        self.setWindowIcon(assets.icon("app"))
        self.setAccessibleName(self.tr("Cramp relief"))
        self.setWindowFlag(QtCore.Qt.WindowType.WindowStaysOnTopHint, True)
        self.setFont(scaled(self.font(), 1.25))
        self.emergency_colour = assets.tier_colour(Tier.EMERGENCY, self) or QtGui.QColor()
        self.pages = QtWidgets.QStackedWidget()
        layout = QtWidgets.QVBoxLayout(self)
        self._outer = layout
        margin = self.fontMetrics().height() // 2
        layout.setContentsMargins(margin, margin, margin, margin)
        layout.addWidget(self.pages)
        self.picker = self._build_picker(body_map)
        self.side_page = self._build_side_page()
        self.card = self._build_card(drawings or {})
        self.emergency = self._build_emergency()
        self.form = self._build_form()
        for page in (self.picker, self.side_page, self.card, self.emergency, self.form):
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(self._fit_page)
        self._fit_page()
        # The panel's place before it made room for the guided stretch (None: it hasn't).
        self._before_sharing: QtCore.QRect | None = None
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
        return label(self, value, factor, bold)

    def _big(self, widget: QtWidgets.QWidget, factor: float, bold: bool = False) -> None:
        widget.setFont(scaled(self.font(), factor, bold))

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
            button.setMinimumHeight(int(self.fontMetrics().height() * AREA_BUTTON_LINES))
            self._big(button, 1.15, bold=True)
            button.clicked.connect(lambda _=False, chosen=area: self.choose(chosen.value))
            self.area_buttons[area] = button
            grid.addWidget(button, index // 2, index % 2)
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), page)
            # Only while the picker is shown (digits typed later must not change the area).
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda chosen=area: self.choose(chosen.value))
        for area in CARDLESS:  # the emergencies, in red
            coloured(self.area_buttons[area], self.emergency_colour)
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
        self.disclaimer = self._label(text.disclaimer(self.content.red_flags), 0.85)
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
        for value, (shown, accessible) in labels.items():
            button = QtWidgets.QPushButton(shown)
            button.setAccessibleName(accessible)
            button.setMinimumHeight(self.fontMetrics().height() * 3)
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

    def _build_card(self, drawings: Mapping[Area, str]) -> relief_card.ReliefCard:
        card = relief_card.ReliefCard(self.content, drawings, self.pregnant, self)
        card.stretch_clicked.connect(self._stretch)
        card.over_clicked.connect(self.over)
        card.earlier_clicked.connect(self._earlier)
        # Keys, whatever the platform does with mnemonics: T, O, and Alt+1/2/5/0 for "earlier".
        keys: list[tuple[str, Callable[[], None]]] = [("T", self._stretch), ("O", self.over)]
        for minutes in relief_card.EARLIER_MINUTES:
            keys.append((f"Alt+{str(minutes)[-1]}", functools.partial(self._earlier, minutes)))
        for key, slot in keys:
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(key), card)
            shortcut.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        return card

    def _build_emergency(self) -> QtWidgets.QWidget:
        page = QtWidgets.QWidget()
        outer = QtWidgets.QVBoxLayout(page)
        flags = self.content.red_flags
        self.emergency_title = self._label(
            text.tier_heading(Tier.EMERGENCY) if flags is not None else text.minimal_emergency(),
            1.7,
            bold=True,
        )
        set_role(self.emergency_title, Role.HEADING)
        coloured(self.emergency_title, self.emergency_colour)
        outer.addWidget(self.emergency_title)
        # The sign of the area chosen (the chest, or all over), large; then the rest of the tier.
        self.emergency_advice = self._label("", 1.3, bold=True)
        outer.addWidget(self.emergency_advice)
        self.emergency_others = self._label("")
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
        said = (self.emergency_title.text(), self.emergency_advice.text())
        announce(self.emergency_title, "\n".join(line for line in said if line), urgent=True)

    def _build_form(self) -> QtWidgets.QWidget:
        """What was saved (with Undo), then the optional details; Done stays in view."""
        page = QtWidgets.QWidget()
        outer = QtWidgets.QVBoxLayout(page)
        saved_row = QtWidgets.QHBoxLayout()
        self.saved_label = self._label("", 1.25, bold=True)
        saved_row.addWidget(self.saved_label, 1)
        self.undo_button = QtWidgets.QPushButton(self.tr("&Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo: don't keep this cramp"))
        self.undo_button.setToolTip(
            QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.Undo).toString(
                QtGui.QKeySequence.SequenceFormat.NativeText
            )
        )
        self.undo_button.clicked.connect(self.undo)
        saved_row.addWidget(self.undo_button, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        undo_key = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Undo, page, self.undo)
        undo_key.setContext(QtCore.Qt.ShortcutContext.WidgetWithChildrenShortcut)
        outer.addLayout(saved_row)
        details = QtWidgets.QWidget()
        inner = QtWidgets.QVBoxLayout(details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(
            self._label(self.tr("A few details, if you like (all optional, saved as you go):"))
        )
        severity_label = self._label(self.tr("How &bad was it? 0 is no pain, 10 the worst."))
        severity_label.setTextFormat(QtCore.Qt.TextFormat.AutoText)
        inner.addWidget(severity_label)
        self.severity = PainScale(self)
        self.severity.value_changed.connect(self._form_changed)
        severity_label.setBuddy(self.severity)
        inner.addWidget(self.severity)
        form = QtWidgets.QFormLayout()
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
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
                flow.addWidget(box, index // 3, index % 3)
                boxes[value] = box
            self.choices[field] = boxes
            form.addRow(QtWidgets.QLabel(title), row)
        inner.addLayout(form)
        inner.addStretch(1)
        scroll = QtWidgets.QScrollArea()
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(QtCore.Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        outer.addWidget(scroll, 1)
        done = QtWidgets.QPushButton(self.tr("&Done"))
        done.setAccessibleName(self.tr("Done: close the panel"))
        done.setMinimumHeight(int(self.fontMetrics().height() * 2.4))
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
        if self._picked_mono is None:
            self._picked_mono = self._monotonic()
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
        assert self.area is not None
        assert self.area not in CARDLESS
        self.side = side
        self._update(area=self.area.value, side=side)
        self.card.show_area(self.area, side, self.cramp_name())
        self.pages.setCurrentWidget(self.card)
        self.card.over_button.setFocus()
        self._tick()
        self._timer.start()

    def cramp_name(self) -> str:
        """The area and the side: "Calf, left" (the card's title and the saved summary)."""
        if self.area is None:
            return self.tr("Cramp")
        name = area_name(self.area)
        if self.side == "left":
            return self.tr("%1, left").replace("%1", name)
        if self.side == "right":
            return self.tr("%1, right").replace("%1", name)
        return name

    def _earlier(self, minutes: int) -> None:
        self.started_earlier(minutes * 60)

    def started_earlier(self, seconds: int) -> None:
        """Answer "It started 2 min ago": the timer counts from before the panel opened."""
        self._engaged = True
        self._started_back_s = seconds
        self._update(started=self._opened_wall - dt.timedelta(seconds=seconds))
        self._tick()

    def elapsed(self) -> float:
        """Seconds since the cramp started (frozen once it is over)."""
        end = self._ended_at if self._ended_at is not None else self._monotonic()
        return end - self._opened_mono + self._started_back_s

    def over(self) -> None:
        """Answer "It's over": stop the timer, save the episode, offer the optional details."""
        if self._ended_at is None:
            self._ended_at = self._monotonic()
        self._timer.stop()
        if self._before_sharing is not None:  # the details need the whole window again
            self.take_screen_back()
        self._update(duration_s=round(self.elapsed()))
        self.saved_label.setText(
            self.tr("Saved: %1, %2.")
            .replace("%1", self.cramp_name())
            .replace("%2", text.clock_duration(self.elapsed()))
        )
        self.pages.setCurrentWidget(self.form)
        self.severity.setFocus()
        announce(self.saved_label, self.saved_label.text())  # after the focus move is read

    def undo(self) -> None:
        """Undo: the saved cramp is forgotten, and the panel closes."""
        if self.pages.currentWidget() is not self.form:
            return
        self._drop()
        self.close()

    def mistaken(self) -> bool:
        """Whether the area was picked by mistake: left within :data:`MISTAKE_S` seconds of
        picking it, with nothing else done (no "started earlier", no stretch, not over). The
        emergency screen (chest, all over) is never a mistake to forget.
        """
        return (
            self._picked_mono is not None
            and self.pages.currentWidget() in (self.side_page, self.card)
            and self._ended_at is None
            and not self._engaged
            and self._monotonic() - self._picked_mono < MISTAKE_S
        )

    def _drop(self) -> None:
        if self._saved and not self._dropped:
            self.episode_dropped.emit(self.episode.uid)
        self._dropped = True
        self._saved = False

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
            self._engaged = True
            # Side skipped: stretch both sides, the cramped one among them.
            self.stretch_requested.emit(routine, self.side or "both")

    def _back_to_picker(self) -> None:
        self.area = None
        self.pages.setCurrentWidget(self.picker)

    def _escape(self) -> None:
        """Esc: back from the emergency screen; on the card, drop a mistake or stop the timer
        and show what was saved (with Undo); elsewhere, close.
        """
        if self.pages.currentWidget() is self.emergency:
            self._back_to_picker()
        elif self.pages.currentWidget() is self.card and not self.mistaken():
            self.over()
        else:
            self.close()

    # --- saving and time ------------------------------------------------------------------------

    def _update(self, **changes: Any) -> None:
        self.episode = dataclasses.replace(self.episode, **changes)
        if self._dropped:
            return
        if self.episode.area is not None or self._saved:
            self._saved = True
            self.episode_changed.emit(self.episode)

    def _tick(self) -> None:
        seconds = self.elapsed()
        self.card.set_time(text.clock_duration(seconds), seconds >= TEN_MINUTES_S)

    @property
    def timer_label(self) -> QtWidgets.QLabel:
        """The cramp timer on the card."""
        return self.card.timer_label

    def _fit_page(self) -> None:
        """Only the page shown counts for the window's size (a narrow card beside the player
        need not be as wide as the area picker).
        """
        policy = QtWidgets.QSizePolicy.Policy
        for page in (self.picker, self.side_page, self.card, self.emergency, self.form):
            shown = page is self.pages.currentWidget()
            page.setSizePolicy(
                policy.Preferred if shown else policy.Ignored,
                policy.Preferred if shown else policy.Ignored,
            )
        self.pages.updateGeometry()

    # --- beside the guided stretch --------------------------------------------------------------

    def share_screen(self, other: QtWidgets.QWidget) -> None:
        """The guided stretch plays in ``other``: the panel keeps the title, the red line, the
        timer and "It's over" in a column at the right of the screen, and ``other`` gets the
        rest, so the stretch never covers the timer (the panel also stays on top).
        """
        if self._before_sharing is None:
            self._before_sharing = self.geometry()
        self.card.set_compact(True)
        # The window's least size follows the narrow card, not the widest page.
        self._outer.setSizeConstraint(QtWidgets.QLayout.SizeConstraint.SetNoConstraint)
        margins = self._outer.contentsMargins()
        least = self.card.minimumSizeHint().grownBy(margins)
        self.setMinimumSize(least)
        room = self.screen().availableGeometry()
        frame = _frame(self)
        width = max(least.width(), int(room.width() * 0.28)) + frame.left() + frame.right()
        column = QtCore.QRect(room.right() + 1 - width, room.top(), width, room.height())
        self.setGeometry(column.marginsRemoved(frame))
        # A comfortable least size the other window asked for gives way, down to what its
        # content needs, so that both fit side by side on a small screen or with large text.
        other.setMinimumSize(other.minimumSize().boundedTo(other.minimumSizeHint()))
        # The other window ends where the panel begins (or goes under it, on a screen too
        # narrow for both: the panel stays on top).
        rest = QtCore.QRect(
            room.topLeft(), QtCore.QPoint(self.frameGeometry().left() - 1, room.bottom())
        )
        other.setGeometry(rest.marginsRemoved(_frame(other)))

    def take_screen_back(self) -> None:
        """The guided stretch is over: the whole card again, where it was."""
        self.card.set_compact(False)
        self.setMinimumSize(0, 0)
        self._outer.setSizeConstraint(QtWidgets.QLayout.SizeConstraint.SetDefaultConstraint)
        if self._before_sharing is not None:
            self.setGeometry(self._before_sharing)
            self._before_sharing = None

    def showEvent(self, event: QtGui.QShowEvent) -> None:
        """Qt: focus the first area button, and run the timer again while the card is on screen."""
        super().showEvent(event)
        if self.pages.currentWidget() is self.picker:
            self.area_buttons[AREA_KEYS[0]].setFocus()  # the buttons first, then the picture
        if self.pages.currentWidget() is self.card and self._ended_at is None:
            self._timer.start()

    def hideEvent(self, event: QtGui.QHideEvent) -> None:
        """Qt: nothing ticks while the panel is hidden."""
        self._timer.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Closing saves the episode (with its length so far) unless it was opened, or its area
        picked, by mistake. The person closing the card stops the timer and sees what was saved
        (with Undo) first, as with Esc; a second close closes.
        """
        if self.mistaken():
            self._drop()
        elif (
            event.spontaneous()
            and self.pages.currentWidget() is self.card
            and self._ended_at is None
        ):
            event.ignore()
            self.over()
            return
        self._timer.stop()
        if self._ended_at is None:
            self._ended_at = self._monotonic()
            if self.episode.area is not None or self.elapsed() >= KEEP_WITHOUT_AREA_S:
                self._saved = True
                self._update(duration_s=round(self.elapsed()))
        super().closeEvent(event)


def _frame(window: QtWidgets.QWidget) -> QtCore.QMargins:
    """The window system's frame around ``window`` (title bar and borders)."""
    inner, outer = window.geometry(), window.frameGeometry()
    return QtCore.QMargins(
        inner.left() - outer.left(),
        inner.top() - outer.top(),
        outer.right() - inner.right(),
        outer.bottom() - inner.bottom(),
    )
