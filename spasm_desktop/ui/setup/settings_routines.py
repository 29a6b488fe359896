"""The Routines tab of Settings: about the person (pregnancy, balance), hold times, the routines
that reminders open, and the sound and speech of the stretch player.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core.routine import Purpose
from spasm_desktop.core.settings import HOLD_CHOICES, PersonSettings, RoutineSettings
from spasm_desktop.ui.setup import settings_parts as parts


class RoutinesTab(QtWidgets.QWidget):
    """How stretch routines play, which ones reminders open, and what changes the advice.

    Signals:
        changed(): the person edited anything here.
    """

    changed = QtCore.Signal()

    def __init__(
        self,
        routines: RoutineSettings,
        person: PersonSettings,
        choices: Sequence[tuple[str, str, str]],
        cues: str | None,
    ) -> None:
        """Show ``routines`` and ``person``; ``choices`` and ``cues`` are as for the dialog."""
        super().__init__()
        self._routines = tuple(choices)
        form = parts.form(self)
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
        self._hold_combo.currentIndexChanged.connect(self.changed)
        parts.row(form, self.tr("&Hold each stretch for"), self._hold_combo)

        self._hold_hint = QtWidgets.QLabel(
            self.tr(
                "Longer holds suit some people better, for example older adults. They apply to "
                "every routine except the bedtime calves and hamstrings, standing or seated. "
                "Those keep each hold at 10 seconds, as in the study they come from."
            )
        )
        self._hold_hint.setObjectName("routines_hold_hint")
        self._hold_hint.setAccessibleDescription(self.tr("About hold times"))
        self._hold_hint.setWordWrap(True)
        self._hold_combo.setAccessibleDescription(self._hold_hint.text())
        form.addRow(self._hold_hint)

        self._bedtime_routine = self._routine_combo(
            "routines_bedtime", self.tr("Bedtime routine"), routines.bedtime, {Purpose.BEDTIME}
        )
        parts.row(form, self.tr("&Bedtime routine"), self._bedtime_routine)
        self._desk_routine = self._routine_combo(
            "routines_desk",
            self.tr("Stretch break routine"),
            routines.desk,
            {Purpose.DESK, Purpose.OTHER},
        )
        parts.row(form, self.tr("S&tretch break routine"), self._desk_routine)
        width = max(self._bedtime_routine.sizeHint().width(), self._desk_routine.sizeHint().width())
        for combo in (self._bedtime_routine, self._desk_routine):
            combo.setMinimumWidth(width)  # one column, not two ragged edges

        self._routine_sound_check = QtWidgets.QCheckBox(self.tr("&Play a short sound at each step"))
        self._routine_sound_check.setObjectName("routines_sound")
        self._routine_sound_check.setAccessibleName(
            self.tr("Play a short sound at each step of a routine")
        )
        self._routine_sound_check.setChecked(routines.sound)
        self._routine_sound_check.toggled.connect(self.changed)
        form.addRow(self._routine_sound_check)

        self._routine_voice_check = QtWidgets.QCheckBox(
            self.tr("Spea&k the steps (Hold, Relax, Switch sides)")
        )
        self._routine_voice_check.setObjectName("routines_voice")
        self._routine_voice_check.setAccessibleName(self.tr("Speak the steps of a routine"))
        self._routine_voice_check.setChecked(routines.voice)
        self._routine_voice_check.toggled.connect(self.changed)
        form.addRow(self._routine_voice_check)

        if cues is None:
            cues = self.tr("Sound and speech are checked when a routine first plays.")
        self._cues_label = QtWidgets.QLabel(cues)
        self._cues_label.setObjectName("routines_cues")
        self._cues_label.setAccessibleDescription(self.tr("Sound and speech"))
        self._cues_label.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        self._cues_label.setWordWrap(True)
        # Read out with the check boxes too, since a screen reader user tabs past the label.
        self._routine_sound_check.setAccessibleDescription(cues)
        self._routine_voice_check.setAccessibleDescription(cues)
        # It names the programs that play sound and speak: a technical detail, under a fold.
        self.cues_fold = parts.fold(
            self.tr("Ad&vanced: sound and speech on this computer"),
            self._cues_label,
            "routines_cues_fold",
        )
        form.addRow(self.cues_fold)
        form.addRow(self._cues_label)

    def routines(self) -> RoutineSettings:
        """The routine settings as entered."""
        return RoutineSettings(
            hold_s=self._hold_combo.currentData(),
            bedtime=self._bedtime_routine.currentData(),
            desk=self._desk_routine.currentData(),
            sound=self._routine_sound_check.isChecked(),
            voice=self._routine_voice_check.isChecked(),
        )

    def person(self) -> PersonSettings:
        """What the person told about themselves, as entered."""
        return PersonSettings(
            pregnant=self._person_checks["pregnant"].isChecked(),
            balance=self._person_checks["balance"].isChecked(),
        )

    def wrapped_labels(self) -> list[parts.Wrapped]:
        """The word-wrapped labels and the width they need."""
        return [(self._hold_hint, 70), (self._cues_label, 70)]

    def _build_person_group(self, person: PersonSettings) -> QtWidgets.QGroupBox:
        """Group "About you": what the person told the app that changes its safety advice (§7a)."""
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
            box.toggled.connect(self.changed)
            note = QtWidgets.QLabel(effect)
            note.setObjectName(f"person_{key}_note")
            note.setAccessibleDescription(self.tr("What this changes"))
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
        combo.currentIndexChanged.connect(self.changed)
        return combo
