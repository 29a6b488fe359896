"""The dialog to add or edit one cramp episode, with the care advice for the warning signs ticked.

The few main fields first (when, where and which side, how bad on the large 0-10 buttons, how
long), the rest under "More details"; the fields scroll, Save and Cancel stay in view.

:class:`EpisodeDialog` is handed everything it shows: the episode (None for a new one), the time
zone, the clock and the relief content whose red flags give the advice. It reads no file: the
caller loads the relief content once and hands it on (a part that could not be read is None, and
the built-in emergency line stands in).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import episode as ep
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.relief import Area, ReliefContent
from spasm_desktop.ui.common import look, problems, text
from spasm_desktop.ui.common.names import area_name, red_flag_names, side_name
from spasm_desktop.ui.common.names import context_names as _context_names
from spasm_desktop.ui.common.names import feeling_names as _feeling_names
from spasm_desktop.ui.common.names import helped_names as _helped_names
from spasm_desktop.ui.common.pain_scale import PainScale


def _wall_time(value: dt.datetime, tz: dt.tzinfo) -> QtCore.QDateTime:
    """``value``'s local date and time as a zone-less QDateTime (shown as is)."""
    local = value.astimezone(tz)
    return QtCore.QDateTime(
        QtCore.QDate(local.year, local.month, local.day),
        QtCore.QTime(local.hour, local.minute, local.second),
        QtCore.QTimeZone.utc(),
    )


def _or_minus_one(value: int | None) -> int:
    return -1 if value is None else value


def _given(spin: QtWidgets.QSpinBox) -> int | None:
    """A spin box's value, None at its "not given" step (-1)."""
    return None if spin.value() < 0 else spin.value()


class EpisodeDialog(QtWidgets.QDialog):
    """Add or edit one cramp episode; Save stays disabled while anything cannot be stored.

    The main fields come first (when, where and which side, how bad on the large 0-10 scale, how
    long); the rest is folded under "More details", which opens by itself for an episode that has
    any of them (:func:`episode.has_details`). The fields scroll; the problems and Save and
    Cancel stay below them, always in view.
    """

    def __init__(
        self,
        episode: Episode | None,
        tz: dt.tzinfo,
        now: Callable[[], dt.datetime],
        relief: ReliefContent,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        """Show ``episode`` (None: a new one at ``now()``) in ``tz``; the advice for warning signs
        comes from ``relief``'s red flags (None there: the built-in emergency line and a note).
        """
        super().__init__(parent)
        self._relief = relief
        self._tz = tz
        self._now = now
        self._original = episode
        name = self.tr("Edit a cramp") if episode else self.tr("Add a cramp")
        self.setWindowTitle(text.window_title(name))
        self.setAccessibleName(name)
        chars = self.fontMetrics().averageCharWidth()
        form = QtWidgets.QFormLayout()
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)

        self.started = QtWidgets.QDateTimeEdit()
        self.started.setCalendarPopup(True)
        self.started.setTimeZone(QtCore.QTimeZone.utc())
        self.started.setAccessibleName(self.tr("When it started (date and time)"))
        self.started.setMaximumDateTime(_wall_time(self._now(), tz))
        self._add_row(form, self.tr("Sta&rted:"), self.started)

        self.area = QtWidgets.QComboBox()
        self.area.setAccessibleName(self.tr("Where (area)"))
        self.area.addItem(self.tr("not given"), None)
        for area in Area:
            self.area.addItem(area_name(area), area.value)
        self.side = QtWidgets.QComboBox()
        self.side.setAccessibleName(self.tr("Which side"))
        self.side.addItem(self.tr("not given"), None)
        for value in ep.SIDES:
            self.side.addItem(side_name(value), value)
        place = QtWidgets.QWidget()
        place_row = QtWidgets.QHBoxLayout(place)
        place_row.setContentsMargins(0, 0, 0, 0)
        place_row.addWidget(self.area)
        side_label = QtWidgets.QLabel(self.tr("S&ide:"))
        side_label.setBuddy(self.side)
        place_row.addWidget(side_label)
        place_row.addWidget(self.side)
        place_row.addStretch(1)
        where_label = QtWidgets.QLabel(self.tr("&Where:"))
        where_label.setBuddy(self.area)
        form.addRow(where_label, place)

        self.severity = PainScale(self)
        self.severity.setToolTip(self.tr("0 is no pain, 10 the worst"))
        self._add_row(form, self.tr("How &bad (0–10):"), self.severity)

        self.duration_unknown = QtWidgets.QCheckBox(self.tr("Not &known"))
        self.duration_unknown.setAccessibleName(self.tr("How long it lasted is not known"))
        self.minutes = QtWidgets.QSpinBox()
        self.minutes.setRange(0, ep.MAX_DURATION_S // 60)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("How long it lasted: minutes"))
        self.seconds = QtWidgets.QSpinBox()
        self.seconds.setRange(0, 59)
        self.seconds.setSuffix(self.tr(" s"))
        self.seconds.setAccessibleName(self.tr("How long it lasted: seconds"))
        for spin in (self.minutes, self.seconds):
            spin.setMinimumWidth(chars * 10)
        length = QtWidgets.QWidget()
        row = QtWidgets.QHBoxLayout(length)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.minutes)
        row.addWidget(self.seconds)
        row.addWidget(self.duration_unknown)
        row.addStretch(1)
        self.duration_unknown.toggled.connect(self._duration_known_changed)
        label = QtWidgets.QLabel(self.tr("How &long:"))
        label.setBuddy(self.minutes)
        form.addRow(label, length)

        details = self._details()
        self.more = look.Disclosure(
            self.tr("&More details"),
            details,
            self.tr("What it felt like, what helped, notes, triggers, sleep and warning signs"),
            factor=look.TYPE_SCALE[look.Level.SUBSECTION][0],
        )
        self.more.setAccessibleName(self.tr("More details (optional)"))
        self.more.toggled.connect(self._more_toggled)

        self.advice = QtWidgets.QLabel()
        self.advice.setAccessibleName(self.tr("Care advice for the warning signs ticked"))
        self.advice.setWordWrap(True)
        self.advice.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self.advice.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
            | QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        problems.colour_problems(self, self.advice)
        self.advice.setVisible(False)

        self._content = content = QtWidgets.QWidget()
        inner = QtWidgets.QVBoxLayout(content)
        inner.addLayout(form)
        # The advice follows the area too (the chest is a warning sign by itself), so it shows
        # with the main fields, folded or not.
        inner.addWidget(self.advice)
        inner.addWidget(self.more, 0, QtCore.Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(details)
        inner.addStretch(1)
        self.fields = QtWidgets.QScrollArea()
        self.fields.setWidget(content)
        self.fields.setWidgetResizable(True)
        self.fields.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.fields.setAccessibleName(self.tr("The cramp's details"))

        self.problems_label = problems.problem_label(self, self.tr("Problems to fix before saving"))

        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Save
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save the cramp"))
        self.save_button.setDefault(True)
        cancel = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Cancel without saving"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.fields, 1)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.buttons)

        self.fill(episode or Episode(self._now().replace(second=0, microsecond=0), source="diary"))
        if episode is None:
            self.duration_unknown.setChecked(True)
        self.more.setChecked(episode is not None and ep.has_details(episode))
        self.started.dateTimeChanged.connect(self._revalidate)
        for spin in (
            self.minutes,
            self.seconds,
            self.relief_minutes,
            self.sleep_disruption,
            self.soreness,
        ):
            spin.valueChanged.connect(self._revalidate)
        self.severity.value_changed.connect(self._revalidate)
        self.duration_unknown.toggled.connect(self._revalidate)
        for combo in (self.area, self.side):
            combo.currentIndexChanged.connect(self._revalidate)
        self.notes.textChanged.connect(self._revalidate)
        for box in (*self.choices["red_flags"].values(), *self.choices["triggers"].values()):
            box.toggled.connect(self._show_advice)
        self.area.currentIndexChanged.connect(self._show_advice)
        self._show_advice()
        self._revalidate()
        self._fit()

    def _fit(self) -> None:
        """As wide as the fields need (within the screen), and as tall as they need up to the
        screen's height: what does not fit scrolls, Save and Cancel stay in view.
        """
        screen = (self.screen() or QtWidgets.QApplication.primaryScreen()).availableGeometry()
        hint = self.sizeHint()
        content = self._content.sizeHint()
        frame = self.style().pixelMetric(QtWidgets.QStyle.PixelMetric.PM_ScrollBarExtent)
        wanted = max(hint.width(), content.width() + frame * 2)
        roomy = self.fontMetrics().averageCharWidth() * 100  # no wider than a page of text
        width = min(
            max(min(wanted, roomy), self.minimumSizeHint().width()), int(screen.width() * 0.95)
        )
        chrome = hint.height() - self.fields.sizeHint().height()
        height = min(content.height() + chrome + frame, int(screen.height() * 0.9))
        self.resize(width, height)

    def _more_toggled(self, on: bool) -> None:
        """Unfolded: grow to show the details (within the screen), and bring them into view."""
        if self.isVisible():
            self._fit()
        if on:
            self.fields.ensureWidgetVisible(self.more)

    def _details(self) -> QtWidgets.QWidget:
        """The optional fields under "More details": what it was like, notes, and the rest."""
        details = QtWidgets.QWidget()
        details.setAccessibleName(self.tr("More details (optional)"))
        form = QtWidgets.QFormLayout()
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        self.choices: dict[str, dict[str, QtWidgets.QCheckBox]] = {}
        groups = (
            ("feelings", self.tr("What it felt like:"), ep.FEELINGS, _feeling_names()),
            ("context", self.tr("What you were doing:"), ep.CONTEXTS, _context_names()),
            ("helped", self.tr("What helped:"), ep.HELPED, _helped_names()),
        )
        for field, title, values, names in groups:
            self._add_choices(form, field, title, values, names, 3)

        self.notes = QtWidgets.QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.notes.setMaximumHeight(self.fontMetrics().lineSpacing() * 8)
        self._add_row(form, self.tr("&Notes:"), self.notes)

        # One column: at 150% text on a small screen two would not fit side by side.
        column = QtWidgets.QVBoxLayout(details)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(form)
        column.addWidget(self._more_section())
        return details

    def _add_choices(
        self,
        form: QtWidgets.QFormLayout,
        field: str,
        title: str,
        values: tuple[str, ...],
        names: dict[str, str],
        per_row: int,
    ) -> None:
        box_row = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(box_row)
        grid.setContentsMargins(0, 0, 0, 0)
        boxes = {}
        for index, value in enumerate(values):
            box = QtWidgets.QCheckBox(names[value])
            box.setAccessibleName(f"{title} {names[value]}")
            grid.addWidget(box, index // per_row, index % per_row)
            boxes[value] = box
        self.choices[field] = boxes
        form.addRow(QtWidgets.QLabel(title), box_row)

    def _optional_spin(self, high: int, accessible: str, suffix: str = "") -> QtWidgets.QSpinBox:
        """A spin box from 0 to ``high`` whose lowest step (-1) reads "not given"."""
        spin = QtWidgets.QSpinBox()
        spin.setRange(-1, high)
        spin.setSpecialValueText(self.tr("not given"))
        spin.setValue(-1)
        spin.setSuffix(suffix)
        spin.setAccessibleName(accessible)
        # Narrow, but never narrower than "not given" in the person's language.
        spin.setMaximumWidth(
            max(self.fontMetrics().averageCharWidth() * 16, spin.sizeHint().width())
        )
        return spin

    def _more_section(self) -> QtWidgets.QGroupBox:
        """Triggers, relief, sleep, soreness and the red-flag check."""
        more = QtWidgets.QGroupBox(self.tr("After the cramp"))
        more.setAccessibleName(self.tr("After the cramp: triggers, sleep and warning signs"))
        form = QtWidgets.QFormLayout(more)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        triggers = {
            "exercise": self.tr("exercise"),
            "heat": self.tr("heat"),
            "long_sitting": self.tr("long sitting"),
            "long_standing": self.tr("long standing"),
            "dehydration": self.tr("not enough to drink"),
            "alcohol": self.tr("alcohol"),
            "caffeine": self.tr("caffeine"),
            "new_medicine": self.tr("a new medicine"),
        }
        self._add_choices(form, "triggers", self.tr("Possible triggers:"), ep.TRIGGERS, triggers, 2)

        self.relief_minutes = self._optional_spin(
            ep.MAX_RELIEF_MINUTES, self.tr("Minutes until it eased"), self.tr(" min")
        )
        self._add_row(form, self.tr("Time to relie&f:"), self.relief_minutes)

        self.woke_me = QtWidgets.QComboBox()
        self.woke_me.setAccessibleName(self.tr("Did it wake you up"))
        self.woke_me.addItem(self.tr("not given"), None)
        self.woke_me.addItem(self.tr("yes"), True)
        self.woke_me.addItem(self.tr("no"), False)
        self._add_row(form, self.tr("W&oke you up:"), self.woke_me)

        self.sleep_disruption = self._optional_spin(
            10, self.tr("How much it disturbed your sleep, from 0 (not at all) to 10")
        )
        self._add_row(form, self.tr("Sleep dis&turbance (0–10):"), self.sleep_disruption)

        self.soreness = self._optional_spin(
            10, self.tr("How sore it was the next day, from 0 (not at all) to 10")
        )
        self._add_row(form, self.tr("Sore the next &day (0–10):"), self.soreness)

        self._add_choices(
            form, "red_flags", self.tr("Warning signs:"), ep.RED_FLAGS, red_flag_names(), 1
        )
        return more

    def advice_text(self) -> str:
        """The care advice for the warning signs ticked and the area ("" when there is none).

        The signs map to the app's red flags as CONTENT.md §5.1's "Diary mapping" says
        (:data:`episode.SIGN_FLAGS`); so do the chest, the arm, the belly and "all over"
        (:data:`episode.AREA_FLAGS`), and a new medicine as a trigger (the next-visit tier). The
        flags show under their tier headings, the most urgent first; without the list, the
        built-in emergency line and a note.
        """
        wanted = ep.advice_flags(
            self._chosen("red_flags"), self.area.currentData(), self._chosen("triggers")
        )
        if not wanted:
            return ""
        red_flags = self._relief.red_flags
        if red_flags is None:
            return "\n".join((text.minimal_emergency(), text.flags_not_loaded()))
        return text.flags_under_headings(red_flags.pick(wanted))

    def _show_advice(self) -> None:
        advice = self.advice_text()
        self.advice.setText(advice)
        self.advice.setVisible(bool(advice))

    def _add_row(self, form: QtWidgets.QFormLayout, title: str, widget: QtWidgets.QWidget) -> None:
        label = QtWidgets.QLabel(title)
        label.setBuddy(widget)
        form.addRow(label, widget)

    def _duration_known_changed(self, unknown: bool) -> None:
        self.minutes.setEnabled(not unknown)
        self.seconds.setEnabled(not unknown)

    # --- public API --------------------------------------------------------------------------

    def fill(self, episode: Episode) -> None:
        """Show ``episode`` in the controls."""
        self.started.setDateTime(_wall_time(episode.started, self._tz))
        known = episode.duration_s is not None
        self.duration_unknown.setChecked(not known)
        self._duration_known_changed(not known)
        if episode.duration_s is not None:
            self.minutes.setValue(episode.duration_s // 60)
            self.seconds.setValue(episode.duration_s % 60)
        self.area.setCurrentIndex(max(0, self.area.findData(episode.area)))
        self.side.setCurrentIndex(max(0, self.side.findData(episode.side)))
        self.severity.set_value(-1 if episode.severity is None else episode.severity)
        for field, boxes in self.choices.items():
            chosen = set(getattr(episode, field))
            for value, box in boxes.items():
                box.setChecked(value in chosen)
        self.notes.setPlainText(episode.notes)
        self.relief_minutes.setValue(_or_minus_one(episode.relief_minutes))
        self.woke_me.setCurrentIndex(max(0, self.woke_me.findData(episode.woke_me)))
        self.sleep_disruption.setValue(_or_minus_one(episode.sleep_disruption))
        self.soreness.setValue(_or_minus_one(episode.soreness_next_day))

    def episode(self) -> Episode:
        """The episode as entered (a new one is from the diary; an edit keeps uid and source)."""
        wall = self.started.dateTime()
        date, time = wall.date(), wall.time()
        local = dt.datetime(
            *(date.year(), date.month(), date.day(), time.hour(), time.minute(), time.second()),
            tzinfo=self._tz,
        )
        started = local.astimezone(dt.UTC)
        duration = (
            None
            if self.duration_unknown.isChecked()
            else self.minutes.value() * 60 + self.seconds.value()
        )
        values = {
            "started": started,
            "duration_s": duration,
            "area": self.area.currentData(),
            "side": self.side.currentData(),
            "severity": None if self.severity.value() < 0 else self.severity.value(),
            "feelings": self._chosen("feelings"),
            "context": self._chosen("context"),
            "helped": self._chosen("helped"),
            "notes": self.notes.toPlainText(),
            "triggers": self._chosen("triggers"),
            "relief_minutes": _given(self.relief_minutes),
            "woke_me": self.woke_me.currentData(),
            "sleep_disruption": _given(self.sleep_disruption),
            "soreness_next_day": _given(self.soreness),
            "red_flags": self._chosen("red_flags"),
        }
        if self._original is not None:
            return dataclasses.replace(self._original, **values)
        return Episode(source="diary", **values)

    def _chosen(self, field: str) -> tuple[str, ...]:
        return tuple(value for value, box in self.choices[field].items() if box.isChecked())

    def problems(self) -> list[str]:
        """What stops the episode from being saved, in plain words (empty when it can be)."""
        episode = self.episode()
        messages: list[str] = []
        if episode.started > self._now():
            messages.append(self.tr("The start is in the future."))
        if episode.duration_s == 0:
            messages.append(self.tr("A cramp lasts more than 0 seconds (or tick “Not known”)."))
        words = {
            "started": self.tr("The start time has no time zone."),
            "duration": self.tr("A cramp can be recorded for at most 24 hours."),
            "area": self.tr("Choose one of the areas."),
            "side": self.tr("Choose left, right or both."),
            "severity": self.tr("How bad is a whole number from 0 to 10."),
            "relief_minutes": self.tr("The time to relief is at most 240 minutes."),
            "sleep_disruption": self.tr("Sleep disturbance is a whole number from 0 to 10."),
            "soreness_next_day": self.tr("Soreness is a whole number from 0 to 10."),
            "notes": self.tr("The notes are longer than %1 characters.").replace(
                "%1", QtCore.QLocale().toString(ep.MAX_NOTES)
            ),
        }
        for field, expected in ep.problems(episode):
            messages.append(words.get(field, f"{field}: {expected}"))
        return messages

    def _revalidate(self) -> None:
        messages = self.problems()
        self.problems_label.setText("\n".join(messages))
        self.problems_label.setVisible(bool(messages))
        self.save_button.setEnabled(not messages)

    def accept(self) -> None:
        """Close with the episode, unless it has problems."""
        self._revalidate()
        if self.save_button.isEnabled():
            super().accept()

    @classmethod
    def ask(
        cls,
        episode: Episode | None,
        tz: dt.tzinfo,
        now: Callable[[], dt.datetime],
        relief: ReliefContent,
        parent: QtWidgets.QWidget | None = None,
    ) -> Episode | None:
        """Ask; return the episode as entered, or None if cancelled."""
        dialog = cls(episode, tz, now, relief, parent)
        try:
            if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted:
                return dialog.episode()
            return None
        finally:
            dialog.deleteLater()
