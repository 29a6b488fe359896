"""The two-week log's box at the top of "Your data" → Export (core/two_week_log.py).

Before an appointment: "Keep a two-week log" starts 14 nights in which the morning check-in asks
every morning. The box offers it plainly when fewer than 10 of the last 14 nights are recorded,
counting only the nights since the record began (a new record has missed none: it is told that
the log gives the report 14 recorded nights), says how far a running log has come, and once it is
complete offers the report of exactly those 14 days.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable

from PySide6 import QtCore, QtWidgets

from spasm_desktop.core import two_week_log
from spasm_desktop.core.two_week_log import TwoWeekLog
from spasm_desktop.ui.common import look, text
from spasm_desktop.ui.record.your_data_parts import date_text


@dataclasses.dataclass(frozen=True)
class LogStatus:
    """What the box shows, read when it is shown."""

    # The stored log (running or complete), or None.
    log: TwoWeekLog | None
    complete: bool
    # How many of the last 14 nights (all over) are recorded.
    recorded_last_14: int
    # How many of the log's nights are recorded so far.
    recorded_in_log: int
    # How many of the last 14 nights are over since the record began (the others are not
    # "not recorded": the app was not there to ask).
    since_start: int = two_week_log.NIGHTS


@dataclasses.dataclass(frozen=True)
class LogControls:
    """What the box can do (the composition root wires them to the check-in)."""

    status: Callable[[], LogStatus]
    start: Callable[[], object]
    stop: Callable[[], None]


def _date(day: dt.date) -> str:
    return date_text(day, QtCore.QLocale.FormatType.ShortFormat)


def _number(value: int) -> str:
    return QtCore.QLocale().toString(value)


class TwoWeekLogBox(QtWidgets.QGroupBox):
    """Start, follow and finish a two-week log; ``on_report(first, last)`` sets the report.
    Empty until the first :meth:`refresh` (its window's).
    """

    def __init__(
        self,
        controls: LogControls,
        on_report: Callable[[dt.date, dt.date], None],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Two-week log for an appointment"), parent)
        self._controls = controls
        self._on_report = on_report
        self.status: LogStatus | None = None
        layout = QtWidgets.QVBoxLayout(self)
        self.words = QtWidgets.QLabel()
        self.words.setWordWrap(True)
        layout.addWidget(self.words)
        buttons = QtWidgets.QHBoxLayout()
        self.start_button = QtWidgets.QPushButton(self.tr("&Keep a two-week log"))
        self.start_button.setAccessibleName(
            self.tr("Keep a two-week log: the app asks about each of the next 14 nights")
        )
        self.start_button.clicked.connect(self._start)
        self.report_button = QtWidgets.QPushButton(self.tr("Report of &these 14 days"))
        self.report_button.setAccessibleName(self.tr("Set the report to the 14 days of the log"))
        self.report_button.clicked.connect(self._report)
        self.stop_button = QtWidgets.QPushButton(self.tr("Stop the &log"))
        self.stop_button.setAccessibleName(
            self.tr("Stop the two-week log; what you answered stays in your record")
        )
        self.stop_button.clicked.connect(self._stop)
        for button in (self.start_button, self.report_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def refresh(self) -> None:
        """Read the log and the recent nights again."""
        status = self.status = self._controls.status()
        log = status.log
        if log is None:
            self._show_offer(status)
        elif status.complete:
            self.words.setText(
                self.tr(
                    "Your two-week log of the nights from %1 to %2 is complete: %3 of 14 nights "
                    "recorded. The report of those 14 days is ready to save."
                )
                .replace("%1", _date(log.first))
                .replace("%2", _date(log.last))
                .replace("%3", _number(status.recorded_in_log))
            )
            self._buttons(start=True, report=True, stop=False)
            self.start_button.setText(self.tr("Start a &new log"))
        else:
            self.words.setText(
                self.tr(
                    "Two-week log running: the nights from %1 to %2. Each morning the app asks "
                    "how the night was, even if the morning check-in is turned off. So far %3 "
                    "of them recorded."
                )
                .replace("%1", _date(log.first))
                .replace("%2", _date(log.last))
                .replace("%3", _number(status.recorded_in_log))
            )
            self._buttons(start=False, report=False, stop=True)
        self.setAccessibleDescription(self.words.text())

    def _show_offer(self, status: LogStatus) -> None:
        offer = self.tr(
            "For 14 nights the app asks each morning how the night was: how many cramps, how "
            "long the longest lasted, the worst pain and how much they disturbed your sleep. "
            "Then the report shows exactly those two weeks."
        )
        first = self._offer_reason(status)
        if first:
            self.words.setText(first + " " + offer)
            look.primary(self.start_button)
        else:
            self.words.setText(offer)
        self.start_button.setText(self.tr("&Keep a two-week log"))
        self._buttons(start=True, report=False, stop=False)

    def _offer_reason(self, status: LogStatus) -> str:
        """Why to keep a log now (empty: enough recent nights are recorded), counted against
        the nights since the record began: a new record has missed none.
        """
        kind = two_week_log.offer(status.recorded_last_14, status.since_start)
        if kind is two_week_log.Offer.NEW_RECORD:
            return self.tr(
                "Your record is new, so a report has no nights to show yet. Seeing a clinician "
                "soon? A two-week log gives the report 14 recorded nights."
            )
        if kind is two_week_log.Offer.YOUNG_RECORD:
            return text.tr(
                "Your record began %n night(s) ago (%1 recorded), so a report cannot show two "
                "weeks yet. Seeing a clinician soon? A two-week log gives the report 14 "
                "recorded nights.",
                None,
                status.since_start,
            ).replace("%1", _number(status.recorded_last_14))
        if kind is two_week_log.Offer.FEW_RECORDED:
            return self.tr(
                "Only %1 of the last 14 nights are recorded, so a report would mostly say "
                "\u201cnot recorded\u201d. Seeing a clinician soon? Keep a two-week log first."
            ).replace("%1", _number(status.recorded_last_14))
        return ""

    def _buttons(self, *, start: bool, report: bool, stop: bool) -> None:
        self.start_button.setVisible(start)
        self.report_button.setVisible(report)
        self.stop_button.setVisible(stop)

    def _start(self) -> None:
        self._controls.start()
        self.refresh()

    def _stop(self) -> None:
        self._controls.stop()
        self.refresh()

    def _report(self) -> None:
        if self.status is not None and self.status.log is not None:
            self._on_report(self.status.log.first, self.status.log.last)
