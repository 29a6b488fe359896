"""Window "Add nights": the nights of a range entered afterwards, one row a night (for paper notes).

The rows have the columns of the bedside sheet in the same order
(:data:`spasm_desktop.core.night_entry.COLUMNS`, words in :mod:`night_columns`). Keyboard
first: type a digit in "How many" (0 is "no cramps"), Tab through the row, and Return or Enter
moves down to the next night. Saving writes each changed row the way the morning check-in
writes its answer (:func:`spasm_desktop.core.night_entry.plan`); :func:`save` and :func:`undo`
carry the writes out and take them back.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Sequence

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import night_entry
from spasm_desktop.core.night_entry import Column, NightEntry, NightWrite
from spasm_desktop.core.nights import NightClock
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import text, windows
from spasm_desktop.ui.record import night_columns

# Headings this short stay on one line.
_SHORT = 8
_ENTER = (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter)


def save(store: RecordStore, writes: Sequence[NightWrite]) -> None:
    """Carry out ``writes``: each night's answer with its episodes, replacing the earlier ones."""
    for write in writes:
        store.save_morning_answer(write.answer, write.episodes, [e.uid for e in write.replaced])


def undo(store: RecordStore, writes: Sequence[NightWrite]) -> None:
    """Take ``writes`` back: each night gets its earlier answer and episodes again."""
    for write in reversed(writes):
        made = [e.uid for e in write.episodes]
        if write.previous is None:
            store.delete_morning_answer(write.night, made)
            for episode in write.replaced:
                store.save_episode(episode)
        else:
            store.save_morning_answer(write.previous, write.replaced, made)


def two_lines(words: str) -> str:
    """``words`` broken at the space nearest their middle (short ones are kept whole)."""
    middle = len(words) / 2
    spaces = [i for i, char in enumerate(words) if char == " "]
    if not spaces or len(words) <= _SHORT:
        return words
    at = min(spaces, key=lambda i: abs(i - middle))
    return words[:at] + "\n" + words[at + 1 :]


class _Row:
    """The controls of one night's row."""

    def __init__(self, night: dt.date, logged: int) -> None:
        self.night = night
        self.logged = logged
        self.count = QtWidgets.QComboBox()
        self.count.addItem("", None)
        for value, words in night_columns.count_choices():
            self.count.addItem(words, value)
        self.worst = QtWidgets.QComboBox()
        self.worst.addItem("", None)
        for value in range(11):
            self.worst.addItem(QtCore.QLocale().toString(value), value)
        self.area = QtWidgets.QComboBox()
        self.area.addItem("", None)
        for key, words in night_columns.area_choices():
            self.area.addItem(words, key)
        self.woke = QtWidgets.QCheckBox()
        self.not_sure = QtWidgets.QCheckBox()
        day = night_columns.night_long(night)
        for column, widget in self.cells().items():
            widget.setAccessibleName(
                text.tr("%1: %2", "night, column")
                .replace("%1", day)
                .replace("%2", night_columns.heading(column))
            )
            widget.setFocusPolicy(QtCore.Qt.FocusPolicy.StrongFocus)  # no focus by the wheel
        self.count.currentIndexChanged.connect(self.update)
        self.not_sure.toggled.connect(self.update)

    def cells(self) -> dict[Column, QtWidgets.QWidget]:
        """The controls, by column (all but the night's)."""
        return {
            Column.COUNT: self.count,
            Column.WORST: self.worst,
            Column.AREA: self.area,
            Column.WOKE: self.woke,
            Column.NOT_SURE: self.not_sure,
        }

    def update(self) -> None:
        """Offer only what goes with the row's answer (details with a count of 1 or more)."""
        unsure = self.not_sure.isChecked()
        self.count.setEnabled(not unsure)
        if unsure:
            self.count.setCurrentIndex(0)
        details = bool(self.count.currentData())
        for widget in (self.worst, self.area, self.woke):
            widget.setEnabled(details)
        if not details:
            self.worst.setCurrentIndex(0)
            self.area.setCurrentIndex(0)
            self.woke.setChecked(False)
        self.not_sure.setEnabled(self.count.currentData() is None)

    def entry(self) -> NightEntry | None:
        """The row as filled in (None: empty)."""
        if self.not_sure.isChecked():
            return NightEntry(not_sure=True)
        count = self.count.currentData()
        if count is None:
            return None
        if not count:
            return NightEntry(count=0)
        return NightEntry(
            count=count,
            worst=self.worst.currentData(),
            area=self.area.currentData(),
            woke=self.woke.isChecked(),
        )

    def show(self, entry: NightEntry | None) -> None:
        """Fill the row in from ``entry`` (an earlier answer)."""
        if entry is None:
            return
        self.not_sure.setChecked(entry.not_sure)
        self.count.setCurrentIndex(self.count.findData(entry.count) if not entry.not_sure else 0)
        self.worst.setCurrentIndex(max(self.worst.findData(entry.worst), 0))
        self.area.setCurrentIndex(max(self.area.findData(entry.area), 0))
        self.woke.setChecked(entry.woke)


class AddNightsDialog(QtWidgets.QDialog):
    """The nights of a range, one row each; Save writes the changed rows (:attr:`writes`)."""

    def __init__(
        self,
        store: RecordStore,
        clock: NightClock,
        now: Callable[[], dt.datetime],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._clock = clock
        self._now = now
        self._rows: list[_Row] = []
        self._typed: dict[dt.date, NightEntry | None] = {}
        # What Save wrote (empty until then, and when nothing had changed).
        self.writes: list[NightWrite] = []
        self.setWindowTitle(text.window_title(self.tr("Add nights")))
        self.setAccessibleName(self.tr("Add nights"))
        layout = QtWidgets.QVBoxLayout(self)

        intro = QtWidgets.QLabel(
            self.tr(
                "One row a night, as on the bedside sheet. Type how many cramps (0 for none), "
                "Tab to the next box, Enter for the next night. An empty row changes nothing. "
                "A night you answered already shows its answer: change it to replace it. "
                "Cramps already in your diary stay: count only any others."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        first, last = night_entry.default_range(now(), clock)
        dates = QtWidgets.QHBoxLayout()
        self.first = self._date_edit(first, self.tr("First night"))
        self.last = self._date_edit(last, self.tr("Last night"))
        for words, edit in (
            (self.tr("&From the night of"), self.first),
            (self.tr("&to"), self.last),
        ):
            label = QtWidgets.QLabel(words)
            label.setBuddy(edit)
            dates.addWidget(label)
            dates.addWidget(edit)
        dates.addStretch(1)
        layout.addLayout(dates)
        self.range_note = QtWidgets.QLabel()
        self.range_note.setWordWrap(True)
        layout.addWidget(self.range_note)

        self.table = QtWidgets.QTableWidget(0, len(night_entry.COLUMNS))
        self.table.setAccessibleName(self.tr("Nights, oldest first"))
        # Headings on two lines: the columns are no wider than their controls.
        self.table.setHorizontalHeaderLabels(
            [two_lines(night_columns.heading(c)) for c in night_entry.COLUMNS]
        )
        self.table.horizontalHeader().setAccessibleName(self.tr("Column headings"))
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)
        self.table.setFocusPolicy(QtCore.Qt.FocusPolicy.NoFocus)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)

        buttons = QtWidgets.QHBoxLayout()
        self.save_button = QtWidgets.QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the nights"))
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel = QtWidgets.QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Close without saving"))
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)

        self.first.dateChanged.connect(self.refresh)
        self.last.dateChanged.connect(self.refresh)
        self.refresh()
        metrics = self.fontMetrics()
        columns = sum(self.table.columnWidth(i) for i in range(self.table.columnCount()))
        needed = columns + self.table.verticalScrollBar().sizeHint().width() + 6
        margins = layout.contentsMargins()
        width = max(needed + margins.left() + margins.right(), metrics.averageCharWidth() * 60)
        windows.fit_screen(self, width, metrics.lineSpacing() * 30)

    def _date_edit(self, day: dt.date, name: str) -> QtWidgets.QDateEdit:
        edit = QtWidgets.QDateEdit(QtCore.QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(QtCore.QLocale().dateFormat(QtCore.QLocale.FormatType.ShortFormat))
        edit.setAccessibleName(name)
        return edit

    # --- rows ------------------------------------------------------------------------------------

    def rows(self) -> list[_Row]:
        """The rows shown, oldest night first."""
        return list(self._rows)

    def nights(self) -> list[dt.date]:
        """The nights shown, oldest first."""
        return [row.night for row in self._rows]

    def set_range(self, first: dt.date, last: dt.date) -> None:
        """Show the nights ``first`` to ``last``."""
        self.first.setDate(QtCore.QDate(first.year, first.month, first.day))
        self.last.setDate(QtCore.QDate(last.year, last.month, last.day))

    def _entries(self) -> dict[dt.date, NightEntry | None]:
        return {row.night: row.entry() for row in self._rows}

    def refresh(self) -> None:
        """Show the rows of the range chosen, with what the record holds and what was typed."""
        self._typed.update(self._entries())
        wanted_first = self.first.date().toPython()
        wanted_last = self.last.date().toPython()
        assert isinstance(wanted_first, dt.date)
        assert isinstance(wanted_last, dt.date)
        nights = night_entry.night_range(wanted_first, wanted_last, self._now(), self._clock)
        self._rows = []
        self.table.setRowCount(len(nights))
        if not nights:
            self.range_note.setText(self.tr("No nights to enter: choose an earlier first night."))
            self._chain()
            return
        shown = (nights[0], nights[-1])
        self.range_note.setText(
            text.tr("%n night(s) shown.", None, len(nights))
            if shown == (wanted_first, wanted_last)
            else text.tr(
                "%n night(s) shown: the latest nights that are over, two months at most.",
                None,
                len(nights),
            )
        )
        answers = self._store.morning_answers(nights[0], nights[-1])
        episodes = self._store.episodes(self._clock.start(nights[0]), self._clock.end(nights[-1]))
        logged = night_entry.logged_in_night(episodes, self._clock)
        for index, night in enumerate(nights):
            row = _Row(night, logged.get(night, 0))
            row.show(self._typed.get(night, night_entry.entry_from_answer(answers.get(night))))
            row.update()
            label = night_columns.night_text(night)
            if row.logged:
                label += "\n" + text.tr("%n in your diary", None, row.logged)
            item = QtWidgets.QTableWidgetItem(label)
            item.setFlags(QtCore.Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(index, 0, item)
            for column, widget in row.cells().items():
                self.table.setCellWidget(index, night_entry.COLUMNS.index(column), widget)
                widget.installEventFilter(self)
            self._rows.append(row)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        room = self.fontMetrics().descent()  # the last line of a two-line night keeps its feet
        for index in range(self.table.rowCount()):
            self.table.setRowHeight(index, self.table.rowHeight(index) + room)
        self._chain()

    def _chain(self) -> None:
        """Tab goes along each row, then to the next row, then to Save."""
        order: list[QtWidgets.QWidget] = [self.first, self.last]
        for row in self._rows:
            order += [row.cells()[c] for c in night_entry.COLUMNS if c is not Column.NIGHT]
        order.append(self.save_button)
        for before, after in itertools.pairwise(order):
            self.setTabOrder(before, after)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Return or Enter in a row moves down to the next night."""
        if event.type() == QtCore.QEvent.Type.KeyPress:
            assert isinstance(event, QtGui.QKeyEvent)
            if event.key() in _ENTER and isinstance(watched, QtWidgets.QWidget):
                self._move_down(watched)
                return True
        return super().eventFilter(watched, event)

    def _move_down(self, widget: QtWidgets.QWidget) -> None:
        for index, row in enumerate(self._rows):
            cells = row.cells()
            column = next((c for c, w in cells.items() if w is widget), None)
            if column is None:
                continue
            if index + 1 == len(self._rows):
                self.save_button.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
                return
            below = self._rows[index + 1].cells()
            target = below[column] if below[column].isEnabled() else below[Column.COUNT]
            if not target.isEnabled():
                target = below[Column.NOT_SURE]
            if (item := self.table.item(index + 1, 0)) is not None:
                self.table.scrollToItem(item)
            target.setFocus(QtCore.Qt.FocusReason.TabFocusReason)
            return

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> None:
        """Write the changed rows and close."""
        if not self._rows:
            self.reject()
            return
        nights = self.nights()
        answers = self._store.morning_answers(nights[0], nights[-1])
        episodes = self._store.episodes(self._clock.start(nights[0]), self._clock.end(nights[-1]))
        self.writes = night_entry.plan(self._entries(), answers, episodes, self._clock, self._now())
        save(self._store, self.writes)
        self.accept()

    @classmethod
    def ask(
        cls,
        store: RecordStore,
        clock: NightClock,
        now: Callable[[], dt.datetime],
        parent: QtWidgets.QWidget | None = None,
    ) -> list[NightWrite]:
        """Show the dialog; return what was saved (empty if cancelled or nothing changed)."""
        dialog = cls(store, clock, now, parent)
        dialog.exec()
        return dialog.writes
