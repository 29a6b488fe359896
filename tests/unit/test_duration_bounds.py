"""The edges of what a cramp record accepts: durations as typed, and each number's range."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from spasm_desktop.core import episode as ep


@pytest.mark.parametrize(
    ("text", "seconds"),
    [
        ("24h", ep.MAX_DURATION_S),
        ("86400", ep.MAX_DURATION_S),
        ("23h59m59s", ep.MAX_DURATION_S - 1),
        ("1h 5m", 3900),
        (" 90 ", 90),
        ("10 sec", 10),
        ("1s", 1),
        ("1m0s", 60),
        ("90m", 5400),
    ],
)
def test_durations_up_to_a_whole_day(text: str, seconds: int) -> None:
    assert ep.parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["86401", "24h1s", "0", "0m0s", "1.5m", "m", "5s 2m"])
def test_durations_past_a_day_or_of_nothing_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match=r"at most 24 hours|not a duration"):
        ep.parse_duration(text)


NUMBERS = [
    ("duration_s", "duration", ep.MAX_DURATION_S),
    ("severity", "severity", 10),
    ("relief_minutes", "relief_minutes", ep.MAX_RELIEF_MINUTES),
    ("sleep_disruption", "sleep_disruption", 10),
    ("soreness_next_day", "soreness_next_day", 10),
]
STARTED = dt.datetime(2026, 11, 24, 2, 10, tzinfo=dt.UTC)


@pytest.mark.parametrize(("attribute", "field", "top"), NUMBERS)
def test_episode_numbers_may_be_zero_or_the_top(attribute: str, field: str, top: int) -> None:
    for value in (0, top):
        changes: dict[str, Any] = {attribute: value}
        assert ep.problems(ep.Episode(STARTED, **changes)) == [], (field, value)


@pytest.mark.parametrize(("attribute", "field", "top"), NUMBERS)
def test_episode_numbers_just_outside_are_refused(attribute: str, field: str, top: int) -> None:
    for value in (-1, top + 1):
        changes: dict[str, Any] = {attribute: value}
        found = ep.problems(ep.Episode(STARTED, **changes))
        assert [name for name, _ in found] == [field], value


def test_notes_may_be_as_long_as_the_limit() -> None:
    assert ep.problems(ep.Episode(STARTED, notes="x" * ep.MAX_NOTES)) == []
