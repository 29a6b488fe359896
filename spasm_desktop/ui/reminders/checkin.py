"""The morning check-in: "How was last night?" (a small, non-modal window).

One click on "No cramps" saves and closes. Or how many (1, 2, 3+), the worst (0-10), where and
which side, whether it woke the person, then Save: that many episodes are stored, marked as
told at the morning check-in (their time in the night is not known). "Not sure" and "Skip"
are answers too. What a night counts as follows from the answer (core/nights.py). In a
two-week log (core/two_week_log.py) it also asks how long the longest cramp lasted and how much
the cramps disturbed sleep (0-10), stored with the night's first cramp like the worst.

The worst is chosen on the same big 0-10 buttons as the relief panel and the diary
(``ui/common/pain_scale.py``: click, or a digit, the arrow keys, Home/End; Delete takes it back).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import night_entry, nights, two_week_log
from spasm_desktop.core.nights import Answer, MorningAnswer, NightClock
from spasm_desktop.ui.common import look, names, text, windows
from spasm_desktop.ui.common.pain_scale import PainScale
from spasm_desktop.ui.common.roles import Role, set_role

if TYPE_CHECKING:
    from spasm_desktop.storage.records import RecordStore

# The areas offered: the legs and feet of night cramps. Cramps elsewhere (some are warning
# signs, CONTENT.md §5.1) go through the diary or "Cramp now", which show their advice.
AREAS = night_entry.AREAS
SIDES = ("left", "right", "both")
# The spin box's value for "not given".
NOT_GIVEN = -1
# The longest a night's cramp can be said to have lasted, in minutes.
MAX_LONGEST_MIN = 120


class CheckinWindow(QtWidgets.QWidget):
    """Asks about one night and stores the answer."""

    # The night answered (the answer is stored when this is emitted).
    answered = QtCore.Signal(object)

    def __init__(
        self,
        store: RecordStore,
        clock: NightClock,
        night: dt.date,
        now: Callable[[], dt.datetime],
        parent: QtWidgets.QWidget | None = None,
        *,
        log_night: int | None = None,
    ) -> None:
        """``log_night``: the night's place in a two-week log (1-14), which asks the log's
        daily items too (how long the longest lasted, how much sleep was disturbed).
        """
        super().__init__(parent, QtCore.Qt.WindowType.Window)
        self._store = store
        self._clock = clock
        self._now = now
        self.night = night
        self.log_night = log_night
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
        if log_night is not None:
            self.log_label = QtWidgets.QLabel(
                self.tr("Two-week log: night %1 of %2")
                .replace("%1", QtCore.QLocale().toString(log_night))
                .replace("%2", QtCore.QLocale().toString(two_week_log.NIGHTS))
            )
            layout.addWidget(self.log_label)
        logged = sum(
            1 for e in store.episodes(clock.start(night), clock.end(night)) if clock.in_bed(e)
        )
        # Cramps of this night already in the diary (logged in the night): not to be counted
        # twice (merging them is for a later version of the diary).
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

        # The details scroll on a small screen (the two-week log asks two more); Save stays.
        details = QtWidgets.QWidget()
        inner = QtWidgets.QVBoxLayout(details)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self._build_details())
        inner.addStretch(1)  # a taller window keeps its lines together at the top
        layout.addWidget(windows.scrolling(details, self.tr("I had cramps")), 1)
        save_row = QtWidgets.QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_button)
        layout.addLayout(save_row)
        windows.fit_screen(self, self.sizeHint().width(), self.sizeHint().height())

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
        if self.log_night is not None:
            self._add_log_items(form)

        elsewhere = QtWidgets.QLabel(
            self.tr("A cramp somewhere else, or with a warning sign? Add it in the diary.")
        )
        elsewhere.setWordWrap(True)
        form.addRow(elsewhere)

        self.save_button = QtWidgets.QPushButton(self.tr("Sa&ve"))
        self.save_button.setAccessibleName(self.tr("Save the cramps of last night"))
        self.save_button.clicked.connect(lambda: self._save(Answer.COUNT))
        self._update()
        return group

    def _add_log_items(self, form: QtWidgets.QFormLayout) -> None:
        """The two-week log's daily items (CONTENT.md §7: minutes, and sleep disturbance 0-10)."""
        self.longest = QtWidgets.QSpinBox()
        self.longest.setRange(0, MAX_LONGEST_MIN)
        self.longest.setSpecialValueText(self.tr("not given"))
        self.longest.setSuffix(self.tr(" min", "suffix of a number of minutes"))
        self.longest.setAccessibleName(self.tr("How long the longest lasted, in minutes"))
        longest = QtWidgets.QLabel(self.tr("How &long the longest lasted"))
        longest.setBuddy(self.longest)
        form.addRow(longest, self.longest)
        self.sleep = PainScale()
        self.sleep.setAccessibleName(
            self.tr("How much they disturbed your sleep, from 0 (not at all) to 10 (very much)")
        )
        sleep = QtWidgets.QLabel(self.tr("How much they disturbed your s&leep, 0 to 10"))
        sleep.setBuddy(self.sleep)
        form.addRow(sleep)
        form.addRow(self.sleep)

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
        longest_s = sleep = None
        if kind is Answer.COUNT and self.log_night is not None:
            longest_s = self.longest.value() * 60 or None
            sleep = self.sleep.value() if self.sleep.value() != NOT_GIVEN else None
        episodes = nights.episodes_from_count(answer, self._clock, longest_s, sleep)
        self._store.save_morning_answer(answer, episodes)
        self.answered.emit(self.night)
        self.close()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Qt: Esc closes the check-in."""
        if event.key() == QtCore.Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
