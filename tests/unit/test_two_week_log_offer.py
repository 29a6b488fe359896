"""Offering the two-week log counts the nights since the record began (core/two_week_log.py):
a night before the app was used is not "not recorded", so a new record has missed none.
"""

from __future__ import annotations

import datetime as dt

import pytest

from spasm_desktop.core import two_week_log
from spasm_desktop.core.two_week_log import Offer

LAST_NIGHT = dt.date(2026, 12, 2)


@pytest.mark.parametrize(
    ("since", "nights"),
    [
        (None, 0),  # nothing recorded yet
        (dt.date(2026, 12, 3), 0),  # the record began today: no night of it is over
        (dt.date(2026, 12, 4), 0),  # the history's "not begun" (after the last day)
        (dt.date(2026, 12, 2), 1),  # began yesterday: last night only
        (dt.date(2026, 11, 26), 7),
        (dt.date(2026, 11, 19), 14),  # exactly the last 14 nights
        (dt.date(2025, 1, 1), 14),  # long before: never more than 14
    ],
)
def test_nights_since_the_record_began(since: dt.date | None, nights: int) -> None:
    assert two_week_log.nights_since_start(LAST_NIGHT, since) == nights


def test_a_new_record_is_offered_the_log_without_missed_nights() -> None:
    assert two_week_log.offer(0, 0) is Offer.NEW_RECORD


def test_a_record_younger_than_two_weeks_is_not_said_to_have_missed_the_rest() -> None:
    assert two_week_log.offer(1, 1) is Offer.YOUNG_RECORD
    assert two_week_log.offer(0, 1) is Offer.YOUNG_RECORD
    assert two_week_log.offer(9, 13) is Offer.YOUNG_RECORD


def test_a_record_of_two_weeks_or_more_with_few_nights_recorded() -> None:
    assert two_week_log.offer(0, 14) is Offer.FEW_RECORDED
    assert two_week_log.offer(9, 14) is Offer.FEW_RECORDED


def test_enough_recorded_nights_offer_the_log_plainly() -> None:
    assert two_week_log.offer(10, 14) is Offer.PLAIN
    assert two_week_log.offer(12, 12) is Offer.PLAIN
