"""The cramp diary: every recorded episode of a period, to add, edit and delete (with undo), and
the words an episode is shown in (where, when, how long, sides, sources, warning signs).

Every change is saved at once through the :class:`RecordStore`; a delete can be undone until the
next delete or until the window closes. Times are shown and entered in the caller's time zone.
The dialog that adds or edits one episode is in :mod:`episode_dialog`; the window hands it the
relief content it was given (it uses this module's texts, so it is imported when first asked).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6 import QtCore, QtGui, QtWidgets

from spasm_desktop.core import diary_rules, night_entry
from spasm_desktop.core import episode as ep
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import NightClock
from spasm_desktop.core.relief import Area
from spasm_desktop.core.settings import BedtimeSettings
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import assets, look, text, undo, windows
from spasm_desktop.ui.common.announce import announce
from spasm_desktop.ui.common.names import (
    area_name,
    duration_text,
    where,
)
from spasm_desktop.ui.record.episode_dialog import EpisodeDialog

if TYPE_CHECKING:
    from spasm_desktop.core.night_entry import NightWrite
    from spasm_desktop.core.relief import ReliefContent

# The periods offered, in days (0: everything recorded).
PERIODS = (7, 30, 90, 0)
DEFAULT_PERIOD = 30


def source_name(source: str) -> str:
    """Where an episode was recorded."""
    return {
        "panel": text.tr("relief panel"),
        "cli": text.tr("command line"),
        "diary": text.tr("diary"),
        "checkin": text.tr("morning check-in"),
    }.get(source, source)


def day_text(instant: dt.datetime, tz: dt.tzinfo) -> str:
    """The weekday and date in the locale's short format, as in "Tue 24/11/2026"."""
    local = instant.astimezone(tz)
    locale = QtCore.QLocale()
    day = locale.dayName(local.isoweekday(), QtCore.QLocale.FormatType.ShortFormat)
    date = locale.toString(
        QtCore.QDate(local.year, local.month, local.day), QtCore.QLocale.FormatType.ShortFormat
    )
    return text.tr("%1 %2", "weekday, date").replace("%1", day).replace("%2", date)


def when_text(instant: dt.datetime, tz: dt.tzinfo) -> str:
    """The weekday, date and time of day in the locale's short formats."""
    local = instant.astimezone(tz)
    time = QtCore.QLocale().toString(
        QtCore.QTime(local.hour, local.minute), QtCore.QLocale.FormatType.ShortFormat
    )
    return text.tr("%1 %2", "date, time").replace("%1", day_text(instant, tz)).replace("%2", time)


class DiaryWindow(QtWidgets.QWidget):
    """The episodes of a period, newest first, to add, edit and delete.

    Signals:
        changed(): after every saved change (add, edit, delete, undo).
    """

    changed = QtCore.Signal()

    COLUMNS = 5

    def __init__(
        self,
        store: RecordStore,
        tz: dt.tzinfo,
        clock_now: Callable[[], dt.datetime],
        relief: ReliefContent,
        parent: QtWidgets.QWidget | None = None,
        *,
        bedtime: Callable[[], dt.time] = lambda: BedtimeSettings().bedtime,
    ) -> None:
        """Show ``store``'s episodes in ``tz``; ``relief`` (its red flags) is handed to the
        episode dialog for its care advice; ``bedtime()`` places the nights of "Add nights".
        """
        super().__init__(parent)
        self._store = store
        self._tz = tz
        self._now = clock_now
        self._relief = relief
        self._episodes: list[Episode] = []
        self._deleted: Episode | None = None
        self._bedtime = bedtime
        # The nights "Add nights" saved last, while Undo can take them back.
        self._added_nights: list[NightWrite] = []
        # The two cramps a merge changed (the logged one before it, the one told), for Undo.
        self._merged: tuple[Episode, ...] = ()
        self.setWindowTitle(text.window_title(self.tr("Cramp diary")))
        self.setWindowIcon(assets.icon("app"))
        self.setAccessibleName(self.tr("Cramp diary"))
        layout = QtWidgets.QVBoxLayout(self)

        top = QtWidgets.QHBoxLayout()
        self.period = QtWidgets.QComboBox()
        self.period.setAccessibleName(self.tr("Period shown"))
        for days in PERIODS:
            self.period.addItem(
                self.tr("Last %1 days").replace("%1", QtCore.QLocale().toString(days))
                if days
                else self.tr("All"),
                days,
            )
        self.period.setCurrentIndex(PERIODS.index(DEFAULT_PERIOD))
        self.period.currentIndexChanged.connect(self.refresh)
        period_label = QtWidgets.QLabel(self.tr("&Show:"))
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        self.count_label = QtWidgets.QLabel()
        self.count_label.setAccessibleDescription(self.tr("Number of cramps shown"))
        top.addWidget(self.count_label)
        layout.addLayout(top)

        self.table = QtWidgets.QTableWidget(0, self.COLUMNS)
        self.table.setAccessibleName(self.tr("Recorded cramps, newest first"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Where"), self.tr("How long"), self.tr("How bad"),
             self.tr("Recorded in")]
        )  # fmt: skip
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setAccessibleName(self.tr("Row numbers"))
        header = self.table.horizontalHeader()
        header.setAccessibleName(self.tr("Column headings"))
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        undo.RowKeys(self.table, edit=self.edit_selected, delete=self.delete_selected)
        layout.addWidget(self.table, 1)

        self.empty_label = QtWidgets.QLabel(self.tr("No cramps recorded in this period."))
        self.empty_label.setAccessibleName(self.tr("No cramps recorded in this period."))
        look.mute(self.empty_label)
        layout.addWidget(self.empty_label)

        self.undo_bar = undo.UndoBar(self)
        self.undo_bar.undo_requested.connect(self.undo_delete)
        self.undo_label = self.undo_bar.label
        self.undo_button = self.undo_bar.button
        layout.addWidget(self.undo_bar)

        buttons = QtWidgets.QHBoxLayout()
        self.add_button = QtWidgets.QPushButton(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add a cramp"))
        self.add_button.setToolTip(
            self.tr("Add a cramp (%1)").replace(
                "%1",
                QtGui.QKeySequence(QtGui.QKeySequence.StandardKey.New).toString(
                    QtGui.QKeySequence.SequenceFormat.NativeText
                ),
            )
        )
        self.add_button.clicked.connect(self.add)
        look.primary(self.add_button)  # the one button that stands out
        self.edit_button = QtWidgets.QPushButton(self.tr("&Edit…"))
        self.edit_button.setAccessibleName(self.tr("Edit the selected cramp"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QtWidgets.QPushButton(self.tr("&Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the selected cramp"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.nights_button = QtWidgets.QPushButton(self.tr("Add &nights…"))
        self.nights_button.setAccessibleName(self.tr("Add nights from your notes"))
        self.nights_button.setToolTip(self.tr("Enter several past nights at once, one row a night"))
        self.nights_button.clicked.connect(self.add_nights)
        self.merge_button = QtWidgets.QPushButton(self.tr("&Merge"))
        self.merge_button.setAccessibleName(
            self.tr("Merge the selected cramp told at the check-in with one logged that night")
        )
        self.merge_button.setToolTip(
            self.tr("The same cramp twice: keep the one logged in the night, with its time")
        )
        self.merge_button.clicked.connect(self.merge_selected)
        close = QtWidgets.QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the diary"))
        close.clicked.connect(self.close)
        for button in (
            self.add_button,
            self.nights_button,
            self.edit_button,
            self.merge_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        # Ctrl+N (the platform's "New") adds, like the Add button.
        self.new_shortcut = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.New, self, self.add)
        QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Close, self, self.close)
        QtGui.QShortcut(QtGui.QKeySequence(QtCore.Qt.Key.Key_Escape), self, self.close)
        metrics = self.fontMetrics()
        windows.fit_screen(self, metrics.averageCharWidth() * 110, metrics.lineSpacing() * 28)
        self.refresh()

    # --- showing -----------------------------------------------------------------------------

    def period_days(self) -> int:
        """The period shown, in days (0: all)."""
        return int(self.period.currentData())

    def set_period(self, days: int) -> None:
        """Show the last ``days`` days (0: all)."""
        self.period.setCurrentIndex(PERIODS.index(days))

    def episodes(self) -> list[Episode]:
        """The episodes shown, newest first."""
        return list(self._episodes)

    def refresh(self, select: str | None = None) -> None:
        """Read the period's episodes again and show them (selecting ``select`` if given)."""
        if not isinstance(select, str):
            current = self.selected()
            select = current.uid if current else None
        now = self._now()
        start, end = diary_rules.span(now, self.period_days())
        self._episodes = diary_rules.newest_first(self._store.episodes(start, end))
        self.table.setRowCount(len(self._episodes))
        for row, episode in enumerate(self._episodes):
            severity = (
                text.pain(episode.severity)
                if episode.severity is not None
                else self.tr("not given")
            )
            when = (
                # told at the morning check-in: its night is known, not its time
                self.tr("night of %1, time not known").replace(
                    "%1", day_text(episode.started, self._tz)
                )
                if episode.time_unknown
                else when_text(episode.started, self._tz)
            )
            cells = (
                when,
                where(episode),
                duration_text(episode),
                severity,
                source_name(episode.source),
            )
            for column, value in enumerate(cells):
                item = QtWidgets.QTableWidgetItem(value)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, episode.uid)
                if column == 2 and episode.long:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.count_label.setText(
            text.tr("%n cramp(s)", None, len(self._episodes))
        )  # fmt: skip
        self.empty_label.setVisible(not self._episodes)
        uids = [e.uid for e in self._episodes]
        if select in uids:
            self.table.selectRow(uids.index(select))
        elif self._episodes and not self.table.selectedItems():
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Episode | None:
        """The selected episode, if any."""
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows or rows[0].row() >= len(self._episodes):
            return None
        return self._episodes[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.merge_button.setEnabled(self._merge_target() is not None)

    def _night_clock(self) -> NightClock:
        return NightClock(self._bedtime(), self._tz)

    def _merge_target(self) -> Episode | None:
        """The cramp the selected one (told at the check-in) can be merged with, if any."""
        current = self.selected()
        if current is None or not current.time_unknown:
            return None
        return night_entry.merge_target(current, self._episodes, self._night_clock())

    # --- changes -----------------------------------------------------------------------------

    def _ask(self, episode: Episode | None) -> Episode | None:
        """The episode as entered in the dialog (None if cancelled)."""
        return EpisodeDialog.ask(episode, self._tz, self._now, self._relief, self)

    def add(self) -> None:
        """Ask for a new episode and save it."""
        episode = self._ask(None)
        if episode is not None:
            self._save(episode)

    def edit_selected(self) -> None:
        """Ask for changes to the selected episode and save them."""
        current = self.selected()
        if current is None:
            return
        episode = self._ask(current)
        if episode is not None and current.time_unknown and episode.started != current.started:
            # a time was filled in: it is known now
            episode = dataclasses.replace(episode, time_unknown=False)
        if episode is not None and episode != current:
            self._save(dataclasses.replace(episode, uid=current.uid, source=current.source))

    def _save(self, episode: Episode) -> None:
        self._store.save_episode(episode)
        self.refresh(episode.uid)
        area = area_name(Area(episode.area)) if episode.area in ep.AREAS else ""
        day = day_text(episode.started, self._tz)
        announce(
            self.table,
            # The area as a name of its own, not glued in front of "cramp" (word order differs).
            self.tr("Cramp saved: %1, %2.").replace("%1", area).replace("%2", day)
            if area
            else self.tr("Saved the cramp of %1.").replace("%1", day),
        )
        self.changed.emit()

    def delete_selected(self) -> None:
        """Delete the selected episode at once; offer to undo it."""
        current = self.selected()
        if current is None:
            return
        row = self._episodes.index(current)
        deleted = self._store.delete_episode(current.uid)
        if deleted is None:
            self.refresh()
            return
        self._deleted = deleted
        self._added_nights = []
        self._merged = ()
        self.undo_button.setAccessibleName(self.tr("Undo the delete"))
        area = area_name(Area(deleted.area)) if deleted.area in ep.AREAS else ""
        day = day_text(deleted.started, self._tz)
        message = (
            self.tr("Cramp deleted: %1, %2.").replace("%1", area).replace("%2", day)
            if area
            else self.tr("Deleted the cramp of %1.").replace("%1", day)
        )
        self.refresh("")
        if self._episodes:
            self.table.selectRow(min(row, len(self._episodes) - 1))
        self.table.setFocus()
        self.undo_bar.offer(message)  # last: its announcement follows the move of the focus
        self.changed.emit()

    def add_nights(self) -> None:
        """Enter past nights, one row each ("Add nights"); offer to undo them."""
        from spasm_desktop.ui.record.add_nights import AddNightsDialog

        writes = AddNightsDialog.ask(self._store, self._night_clock(), self._now, self)
        if not writes:
            return
        self._deleted = None
        self._merged = ()
        self._added_nights = writes
        self.refresh()
        self.undo_button.setAccessibleName(self.tr("Undo adding the nights"))
        self.undo_bar.offer(text.tr("Saved %n night(s).", None, len(writes)))
        self.changed.emit()

    def merge_selected(self) -> None:
        """Merge the selected cramp told at the check-in into the one logged that night (the
        logged one is kept, completed with what the check-in told); offer to undo it.
        """
        told, logged = self.selected(), self._merge_target()
        if told is None or logged is None:
            return
        kept = night_entry.merged(logged, told)
        self._store.save_episode(kept)
        if self._store.delete_episode(told.uid) is None:
            self.refresh(kept.uid)
            return
        self._deleted = None
        self._added_nights = []
        self._merged = (logged, told)
        self.refresh(kept.uid)
        self.table.setFocus()
        self.undo_button.setAccessibleName(self.tr("Undo the merge"))
        self.undo_bar.offer(
            self.tr("Merged into the cramp of %1.").replace("%1", when_text(kept.started, self._tz))
        )
        self.changed.emit()

    def undo_delete(self) -> None:
        """Bring back the episode deleted last (or take back the nights added or the merge)."""
        if self._merged:
            episodes, self._merged = self._merged, ()
            self.undo_bar.dismiss()
            for episode in episodes:
                self._store.save_episode(episode)
            self.refresh(episodes[-1].uid)
            self.table.setFocus()
            self.undo_bar.announce(self.tr("The two cramps are back as they were."))
            self.changed.emit()
            return
        if self._added_nights:
            from spasm_desktop.ui.record import add_nights

            writes, self._added_nights = self._added_nights, []
            self.undo_bar.dismiss()
            add_nights.undo(self._store, writes)
            self.refresh()
            self.undo_bar.announce(text.tr("The %n night(s) are as they were.", None, len(writes)))
            self.changed.emit()
            return
        if self._deleted is None:
            return
        episode, self._deleted = self._deleted, None
        self.undo_bar.dismiss()
        self._store.save_episode(episode)
        self.refresh(episode.uid)
        self.table.setFocus()
        self.undo_bar.announce(self.tr("The cramp is back."))
        self.changed.emit()

    def can_undo(self) -> bool:
        """Whether a delete can be undone."""
        return self._deleted is not None or bool(self._added_nights) or bool(self._merged)

    # --- events ------------------------------------------------------------------------------

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:
        """Closing ends the chance to undo."""
        self._deleted = None
        self._added_nights = []
        self._merged = ()
        self.undo_bar.dismiss()
        super().closeEvent(event)
