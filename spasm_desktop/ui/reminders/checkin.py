"""The morning check-in: "How was last night?" (a small, non-modal window).

One click on "No cramps" saves and closes. Or how many (1, 2, 3+), the worst (0-10), where and
which side, whether it woke the person, then Save: that many episodes are stored, marked as
told at the morning check-in (their time in the night is not known). "Not sure" and "Skip"
are answers too. What a night counts as follows from the answer (core/nights.py).

The worst is chosen on the same big 0-10 buttons as the relief panel and the diary
(``ui/common/pain_scale.py``: click, or a digit, the arrow keys, Home/End; Delete takes it back).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import nights
from spasm_desktop.core.nights import Answer, MorningAnswer, NightClock
from spasm_desktop.core.relief import Area
from spasm_desktop.ui.common import look, names, text
from spasm_desktop.ui.common.pain_scale import PainScale
from spasm_desktop.ui.common.roles import Role, set_role

if TYPE_CHECKING:
    from spasm_desktop.storage.records import RecordStore

#: The areas offered: the legs and feet of night cramps. Cramps elsewhere (some are warning
#: signs, CONTENT.md §5.1) go through the diary or "Cramp now", which show their advice.
AREAS = (Area.CALF, Area.FOOT, Area.HAMSTRING, Area.QUADRICEPS)
SIDES = ("left", "right", "both")
#: The spin box's value for "not given".
NOT_GIVEN = -1


class CheckinWindow(QtWidgets.QWidget):
    """Asks about one night and stores the answer."""

    #: The night answered (the answer is stored when this is emitted).
    answered = QtCore.Signal(object)

    def __init__(
        self,
        store: RecordStore,
        clock: NightClock,
        night: dt.date,
        now: Callable[[], dt.datetime],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent, QtCore.Qt.WindowType.Window)
        self._store = store
        self._clock = clock
        self._now = now
        self.night = night
        self.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(text.window_title(self.tr("How was last night?")))
        self.setAccessibleName(self.tr("Morning check-in"))

        layout = QtWidgets.QVBoxLayout(self)
        question = QtWidgets.QLabel(self.tr("How was last night?"))
        set_role(question, Role.HEADING)
        question.setFont(look.heading_font(question.font(), look.Level.TITLE))
        layout.addWidget(question)
        date = QtCore.QLocale().toString(
            QtCore.QDate(night.year, night.month, night.day),
            QtCore.QLocale.FormatType.LongFormat,
        )
        layout.addWidget(QtWidgets.QLabel(self.tr("The night of %1").replace("%1", date)))
        logged = sum(
            1 for e in store.episodes(clock.start(night), clock.end(night)) if clock.in_bed(e)
        )
        #: Cramps of this night already in the diary (logged in the night): not to be counted
        #: twice (merging them is for a later version of the diary).
        self.logged_label = QtWidgets.QLabel(
            text.tr(
                "Already in your diary for this night: %n cramp(s). Count only any others.",
                None,
                logged,
            )
        )
        self.logged_label.setWordWrap(True)
        self.logged_label.setVisible(logged > 0)
        layout.addWidget(self.logged_label)

        quick = QtWidgets.QHBoxLayout()
        self.none_button = self._button(self.tr("&No cramps"), self.tr("No cramps last night"))
        self.none_button.setDefault(True)
        self.none_button.clicked.connect(lambda: self._save(Answer.NONE))
        self.not_sure_button = self._button(self.tr("Not &sure"), self.tr("Not sure"))
        self.not_sure_button.clicked.connect(lambda: self._save(Answer.NOT_SURE))
        self.skip_button = self._button(self.tr("S&kip"), self.tr("Skip this question"))
        self.skip_button.clicked.connect(lambda: self._save(Answer.SKIPPED))
        for button in (self.none_button, self.not_sure_button, self.skip_button):
            quick.addWidget(button)
        layout.addLayout(quick)

        layout.addWidget(self._build_details())
        layout.addStretch(1)  # a taller window keeps its lines together at the top

    def _button(self, label: str, name: str) -> QtWidgets.QPushButton:
        button = QtWidgets.QPushButton(label)
        button.setAccessibleName(name)
        button.setMinimumHeight(button.sizeHint().height() * 3 // 2)
        return button

    def _build_details(self) -> QtWidgets.QGroupBox:
        group = QtWidgets.QGroupBox(self.tr("I had cramps"))
        form = QtWidgets.QFormLayout(group)

        counts = QtWidgets.QHBoxLayout()
        self.count_group = QtWidgets.QButtonGroup(self)
        self.count_buttons: list[QtWidgets.QPushButton] = []
        for count, label in ((1, "&1"), (2, "&2"), (3, self.tr("&3 or more"))):
            button = QtWidgets.QPushButton(label)
            button.setCheckable(True)
            button.setAccessibleName(
                text.tr("%n cramp(s)", None, count) if count < 3 else self.tr("3 or more cramps")
            )
            self.count_group.addButton(button, count)
            counts.addWidget(button)
            self.count_buttons.append(button)
        counts.addStretch(1)
        self.count_group.idToggled.connect(lambda _id, _on: self._update())
        how_many = QtWidgets.QLabel(self.tr("How many"))
        how_many.setBuddy(self.count_buttons[0])
        form.addRow(how_many, counts)

        self.worst = PainScale()
        self.worst.setAccessibleName(self.tr("The worst, from 0 (no pain) to 10 (worst pain)"))
        worst = QtWidgets.QLabel(self.tr("&Worst, 0 to 10"))
        worst.setBuddy(self.worst)
        # The eleven buttons take the whole width, on a row of their own under their label.
        form.addRow(worst)
        form.addRow(self.worst)

        self.area = QtWidgets.QComboBox()
        self.area.addItem(self.tr("not given"), None)
        for area in AREAS:
            self.area.addItem(names.area_name(area), area.value)
        self.area.setAccessibleName(self.tr("Where"))
        where = QtWidgets.QLabel(self.tr("W&here"))
        where.setBuddy(self.area)
        form.addRow(where, self.area)

        self.side = QtWidgets.QComboBox()
        self.side.addItem(self.tr("not given"), None)
        for side in SIDES:
            self.side.addItem(names.side_name(side), side)
        self.side.setAccessibleName(self.tr("Which side"))
        side_label = QtWidgets.QLabel(self.tr("Which si&de"))
        side_label.setBuddy(self.side)
        form.addRow(side_label, self.side)

        self.woke = QtWidgets.QCheckBox(self.tr("They w&oke me up"))
        self.woke.setAccessibleName(self.tr("They woke me up"))
        form.addRow(self.woke)

        elsewhere = QtWidgets.QLabel(
            self.tr("A cramp somewhere else, or with a warning sign? Add it in the diary.")
        )
        elsewhere.setWordWrap(True)
        form.addRow(elsewhere)

        self.save_button = QtWidgets.QPushButton(self.tr("Sa&ve"))
        self.save_button.setAccessibleName(self.tr("Save the cramps of last night"))
        self.save_button.clicked.connect(lambda: self._save(Answer.COUNT))
        form.addRow(self.save_button)
        self._update()
        return group

    def _update(self) -> None:
        self.save_button.setEnabled(self.count_group.checkedId() > 0)

    def _save(self, kind: Answer) -> None:
        count = self.count_group.checkedId() if kind is Answer.COUNT else None
        if kind is Answer.COUNT and (count is None or count < 1):
            return
        worst = self.worst.value()
        answer = MorningAnswer(
            self.night,
            self._now(),
            kind,
            count=count,
            worst=worst if kind is Answer.COUNT and worst != NOT_GIVEN else None,
            area=self.area.currentData() if kind is Answer.COUNT else None,
            side=self.side.currentData() if kind is Answer.COUNT else None,
            woke=(self.woke.isChecked() or None) if kind is Answer.COUNT else None,
        )
        self._store.save_morning_answer(answer, nights.episodes_from_count(answer, self._clock))
        self.answered.emit(self.night)
        self.close()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        if event.key() == QtCore.Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
