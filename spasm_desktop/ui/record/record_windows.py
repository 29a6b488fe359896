"""The windows of the person's own record: the cramp diary, the history, the health profile and
"Your data" (the clinician report, exports, backups and restore).

:class:`RecordWindows` opens each of them (one at a time, through the app's window slots), hands
them what they read and write, and writes the clinician report. Each window's module is imported
when it first opens.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore

from spasm_desktop.core.clock import Clock
from spasm_desktop.core.settings import Settings
from spasm_desktop.storage import paths as paths_mod
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.common import windows
from spasm_desktop.ui.routines.routine_launcher import Routines

if TYPE_CHECKING:  # each window's module is imported when it first opens
    from spasm_desktop.core.relief import ReliefContent
    from spasm_desktop.core.stats import Period, Record
    from spasm_desktop.storage.report_notes import ReportNotes
    from spasm_desktop.ui.record.diary import DiaryWindow
    from spasm_desktop.ui.record.history import HistoryWindow
    from spasm_desktop.ui.record.two_week_log_box import LogControls, LogStatus

log = logging.getLogger("spasm_desktop")
#: Where the report's name and notes for the appointment are kept (records' state table).
REPORT_NOTES = "report_notes"


class RecordWindows(QtCore.QObject):
    """Opens the record's windows and writes the report.

    Signals:
        changed(): the records changed in a window (a diary edit, a restore): refresh the rest.
    """

    changed = QtCore.Signal()

    def __init__(
        self,
        paths: paths_mod.Paths,
        store: RecordStore,
        clock: Clock,
        settings: Callable[[], Settings],
        slots: windows.Windows,
        routines: Routines,
        set_fluid_limit: Callable[[int | None], None],
        relief_content: Callable[[], ReliefContent],
        parent: QtCore.QObject | None = None,
        *,
        apply_settings: Callable[[Settings], None] | None = None,
        start_log: Callable[[], object] | None = None,
        stop_log: Callable[[], None] | None = None,
    ) -> None:
        """Wire the windows to the records, the clock and the current settings.

        ``set_fluid_limit(ml)`` keeps the limit a person enters in the profile (None: none);
        ``relief_content()`` is the relief content loaded once (its red flags advise the diary);
        ``apply_settings(settings)`` saves and applies the settings of a backup that Your
        data's Restore offers a fresh installation. ``start_log()`` and ``stop_log()`` start and
        stop a two-week log of morning check-ins (offered in Your data when both are given).
        """
        super().__init__(parent)
        self._paths = paths
        self._store = store
        self._clock = clock
        self._settings = settings
        self._slots = slots
        self._routines = routines
        self._set_fluid_limit = set_fluid_limit
        self._relief_content = relief_content
        self._apply_settings = apply_settings
        self._log_actions = (start_log, stop_log)

    def today(self) -> dt.date:
        """The local day now."""
        return self._clock.now().astimezone(self._clock.tz).date()

    def show_diary(self) -> None:
        """Open (or raise) the cramp diary: add, edit and delete episodes, with undo."""
        from spasm_desktop.ui.record import diary

        def build() -> DiaryWindow:
            window = diary.DiaryWindow(
                self._store,
                self._clock.tz,
                self._clock.now,
                self._relief_content(),
                bedtime=lambda: self._settings().bedtime.bedtime,
            )
            window.changed.connect(self.changed)
            window.changed.connect(self._refresh_history)
            return window

        self._slots.diary.open(build)

    def load_history(self, period: Period, margin_days: int = 0) -> Record:
        """The record of a period for the history and the report."""
        from spasm_desktop.storage import history as history_store

        settings = self._settings()
        return history_store.load(
            self._store,
            period,
            self._clock.tz,
            settings.water.daily_goal_ml,
            self._routines.bedtime_ids(),
            margin_days,
            settings.water.fluid_limit_ml,
            settings.bedtime.bedtime,
        )

    def first_recorded_day(self) -> dt.date | None:
        """The first local day anything was recorded (a morning answer: its night)."""
        from spasm_desktop.storage import history as history_store

        return history_store.first_day(self._store, self._clock.tz)

    def show_history(self) -> None:
        """Open (or raise and re-read) the history: days, charts, streaks and comparisons."""
        from spasm_desktop.ui.record import history

        def build() -> HistoryWindow:
            window = history.HistoryWindow(
                self.load_history,
                self.first_recorded_day,
                self._clock.tz,
                self.today,
                lambda: self._settings().unit,
            )
            window.diary_requested.connect(self.show_diary)
            window.report_requested.connect(self.show_report)
            return window

        self._slots.history.open(build, again=lambda window: window.refresh())

    def _refresh_history(self) -> None:
        if (window := self._slots.history.showing) is not None:
            window.refresh()

    def show_profile(self) -> None:
        """Open (or raise) the health profile: cramps since, conditions, medicines, fluid limit."""
        from spasm_desktop.ui.record import profile

        self._slots.profile.open(
            lambda: profile.ProfileWindow(
                self._store, self._settings(), self._set_fluid_limit, self.today
            )
        )

    def settings_changed(self, new: Settings) -> None:
        """Show ``new`` settings in the open profile."""
        if (window := self._slots.profile.showing) is not None:
            window.set_settings(new)

    def show_data(self, period: tuple[dt.date, dt.date] | None = None) -> None:
        """Open (or raise) "Your data": the clinician report, exports, backups and restore."""
        from spasm_desktop.storage import data_files, report_notes
        from spasm_desktop.ui.record import your_data

        store = self._store
        built = self._slots.data.showing
        window = self._slots.data.ensure(
            lambda: your_data.YourDataWindow(
                data_files.DataFiles(
                    self._paths.database, self._paths.settings_file, self._paths.backups_dir
                ),
                self._clock.tz,
                self.today,
                self.write_report,
                self._restored,
                report_notes=report_notes.ReportNotes.from_json(store.load_value(REPORT_NOTES)),
                on_report_notes=lambda notes: store.save_value(REPORT_NOTES, notes.to_json()),
                on_settings=self._apply_settings,
                log_controls=self._log_controls(),
                write_sheet=self.write_sheet,
            )
        )
        if built is not None and window.log_box is not None:
            window.log_box.refresh()  # a log may have started or ended since it was built
        if period is not None:
            window.choose_report(*period)
        windows.show_in_front(window)

    def _log_controls(self) -> LogControls | None:
        from spasm_desktop.ui.record.two_week_log_box import LogControls

        start, stop = self._log_actions
        if start is None or stop is None:
            return None
        return LogControls(self.log_status, start, stop)

    def log_status(self) -> LogStatus:
        """The two-week log stored, and how many recent nights and nights of the log are
        recorded (each night over, from the record's first day).
        """
        from spasm_desktop.core import nights, stats, two_week_log
        from spasm_desktop.core.stats import Period
        from spasm_desktop.ui.record.two_week_log_box import LogStatus

        log = two_week_log.from_text(self._store.load_value(two_week_log.STATE_KEY))
        today = self.today()
        yesterday = today - dt.timedelta(days=1)
        recent = Period.ending(yesterday, two_week_log.NIGHTS)
        first = min(recent.first, log.first) if log is not None else recent.first
        period = Period(first, max(yesterday, log.last) if log is not None else yesterday)
        record = self.load_history(period)
        rows = stats.days(record, period, self._clock.tz)

        def recorded(first: dt.date, last: dt.date) -> int:
            chosen = [r for r in rows if first <= r.day <= last]
            return stats.nights_known(chosen, today, record.tracking_since).recorded

        complete = False
        in_log = 0
        if log is not None:
            clock = nights.NightClock(self._settings().bedtime.bedtime, self._clock.tz)
            complete = log.complete(self._clock.now(), clock)
            in_log = recorded(log.first, log.last)
        since_start = two_week_log.nights_since_start(yesterday, record.tracking_since)
        return LogStatus(log, complete, recorded(recent.first, recent.last), in_log, since_start)

    def write_report(
        self, path: Path, first: dt.date, last: dt.date, notes: ReportNotes | None = None
    ) -> None:
        """Write the clinician report of ``first`` .. ``last`` to ``path`` (PDF), with the
        person's name and notes for the appointment when given.
        """
        from spasm_desktop.core.stats import Period
        from spasm_desktop.storage import history as history_store
        from spasm_desktop.ui.record import report

        now = self._clock.now()
        record = history_store.load_report(
            self._store,
            self._settings(),
            self._routines.library,
            Period(first, last),
            self._clock.tz,
            now,
        )
        data = report.report_input(
            record,
            self._clock.tz,
            now,
            name=notes.name if notes else "",
            notes=notes.notes if notes else "",
        )
        report.write_pdf(path, data)

    def write_sheet(self, path: Path) -> int:
        """Write the bedside sheet of the next two weeks to ``path`` (PDF); its page count."""
        from spasm_desktop.core import night_entry, nights
        from spasm_desktop.ui.record import bedside_sheet

        clock = nights.NightClock(self._settings().bedtime.bedtime, self._clock.tz)
        return bedside_sheet.write_pdf(path, night_entry.sheet_nights(self._clock.now(), clock))

    def show_report(self, first: dt.date, last: dt.date) -> None:
        """Open "Your data" on the clinician report of ``first`` .. ``last``."""
        self.show_data((first, last))

    def _restored(self, added: dict[str, int]) -> None:
        log.info("restored from a backup: %s", added)
        self.changed.emit()
        self._refresh_history()
        if (diary_window := self._slots.diary.showing) is not None:
            diary_window.refresh()
