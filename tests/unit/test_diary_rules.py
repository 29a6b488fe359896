"""Tests for which cramps the diary lists for a period, and in which order."""

from __future__ import annotations

import datetime as dt

import pytest

from spasm_desktop.core import diary_rules
from spasm_desktop.core.episode import Episode
from tests.fakes import local

NOW = local(2026, 12, 3, 14, 0)


@pytest.mark.parametrize("days", [7, 30, 90])
def test_a_period_reaches_back_its_days_to_the_minute(days: int) -> None:
    start, _end = diary_rules.span(NOW, days)
    assert start == NOW - dt.timedelta(days=days)


def test_a_period_reaches_a_day_past_now() -> None:
    # A cramp entered a little ahead of the clock (its time typed by hand) still shows.
    assert diary_rules.span(NOW, 30)[1] == NOW + dt.timedelta(days=1)


def test_everything_recorded_starts_at_the_epoch() -> None:
    start, end = diary_rules.span(NOW, 0)
    assert start == dt.datetime(1900, 1, 1, tzinfo=dt.UTC)
    assert end == NOW + dt.timedelta(days=1)


def test_a_period_across_the_dst_change_counts_real_days() -> None:
    # 7 days before 14:00 on 29 October (CET) is 15:00 on the 22nd in summer time: 7 × 24 h.
    now = local(2026, 10, 29, 14, 0)
    start, _end = diary_rules.span(now, 7)
    assert now - start == dt.timedelta(days=7)
    assert start == local(2026, 10, 22, 15, 0)


def test_the_newest_cramp_comes_first() -> None:
    older = Episode(local(2026, 11, 20, 22, 0), 30, "neck")
    middle = Episode(local(2026, 11, 24, 12, 34), 754, "calf")
    newest = Episode(local(2026, 11, 25, 9, 0))
    listed = diary_rules.newest_first([middle, older, newest])
    assert [e.uid for e in listed] == [newest.uid, middle.uid, older.uid]


def test_cramps_at_the_same_instant_keep_their_order() -> None:
    first = Episode(local(2026, 11, 24, 3, 0), area="calf")
    second = Episode(local(2026, 11, 24, 3, 0), area="foot")
    assert diary_rules.newest_first([first, second]) == [first, second]


def test_an_empty_diary() -> None:
    assert diary_rules.newest_first([]) == []
