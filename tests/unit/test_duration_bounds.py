"""How long a cramp lasted, as typed on the command line: the edges of what is accepted."""

from __future__ import annotations

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
    with pytest.raises(ValueError):
        ep.parse_duration(text)
