"""Tests for which nights the morning check-in asks about: when on, and every night of a log."""

from __future__ import annotations

import datetime as dt

import pytest

from spasm_desktop.core import two_week_log
from spasm_desktop.core.two_week_log import TwoWeekLog

LOG = TwoWeekLog(dt.date(2026, 11, 20))  # the nights of 20 November to 3 December


@pytest.mark.parametrize(
    ("checkin_on", "log", "night", "asked"),
    [
        (True, None, dt.date(2026, 12, 2), True),
        (False, None, dt.date(2026, 12, 2), False),  # switched off and no log: never
        (False, LOG, dt.date(2026, 11, 20), True),  # the log's first night
        (False, LOG, dt.date(2026, 12, 3), True),  # its 14th and last
        (False, LOG, dt.date(2026, 11, 19), False),  # the night before it began
        (False, LOG, dt.date(2026, 12, 4), False),  # the night after it ended
        (True, LOG, dt.date(2026, 12, 4), True),  # switched on: asked after the log too
    ],
)
def test_the_check_in_asks_when_on_and_every_night_of_a_log(
    checkin_on: bool, log: TwoWeekLog | None, night: dt.date, asked: bool
) -> None:
    assert two_week_log.asks(checkin_on, log, night) is asked
