"""The two-week log (core/two_week_log.py): which nights, when it runs, when it is complete."""

from __future__ import annotations

import datetime as dt

from spasm_desktop.core import two_week_log
from spasm_desktop.core.nights import Answer, MorningAnswer, NightClock, episodes_from_count
from spasm_desktop.core.two_week_log import TwoWeekLog
from tests.fakes import BERLIN, local

D = dt.date
CLOCK = NightClock(dt.time(22, 30), BERLIN)


def test_started_in_the_day_it_begins_with_tonight() -> None:
    log = two_week_log.start(local(2026, 11, 20, 15, 0), CLOCK)
    assert (log.first, log.last) == (D(2026, 11, 20), D(2026, 12, 3))
    assert log.number(D(2026, 11, 20)) == 1
    assert log.number(log.last) == 14
    assert log.covers(D(2026, 12, 3))
    assert not log.covers(D(2026, 12, 4))


def test_started_in_the_small_hours_it_begins_with_the_night_in_progress() -> None:
    # At 02:00 on the 21st the night of the 20th is under way: it is the log's first.
    assert two_week_log.start(local(2026, 11, 21, 2, 0), CLOCK).first == D(2026, 11, 20)
    # At 07:00 its bedtime window (to 06:30) is over: the log starts with the 21st.
    assert two_week_log.start(local(2026, 11, 21, 7, 0), CLOCK).first == D(2026, 11, 21)


def test_a_night_shift_log_follows_the_bedtime() -> None:
    shift = NightClock(dt.time(7, 0), BERLIN)
    # Going to bed at 07:00: at 05:00 on the 21st, the "night" of the 21st has not begun.
    assert two_week_log.start(local(2026, 11, 21, 5, 0), shift).first == D(2026, 11, 21)


def test_complete_once_the_last_nights_window_is_over_across_dst() -> None:
    # 14 nights from 20 March 2026, over the spring change (29 March in Berlin).
    log = TwoWeekLog(D(2026, 3, 20))
    assert log.last == D(2026, 4, 2)
    # The last night's bedtime window ends at 06:30 local on 3 April.
    assert not log.complete(local(2026, 4, 3, 6, 29), CLOCK)
    assert log.complete(local(2026, 4, 3, 6, 30), CLOCK)
    # It still runs (its last night may be asked about) until the next bedtime.
    assert log.running(local(2026, 4, 3, 22, 29), CLOCK)
    assert not log.running(local(2026, 4, 3, 22, 30), CLOCK)


def test_offered_below_ten_recorded_nights_of_fourteen() -> None:
    assert two_week_log.should_offer(9)
    assert not two_week_log.should_offer(10)


def test_the_stored_log_reads_back_or_is_none() -> None:
    assert two_week_log.from_text("2026-11-20") == TwoWeekLog(D(2026, 11, 20))
    assert two_week_log.from_text("20/11/2026") is None
    assert two_week_log.from_text(None) is None


def test_the_logs_daily_items_go_on_the_first_cramp_of_the_night() -> None:
    told = MorningAnswer(
        D(2026, 11, 20), local(2026, 11, 21, 8), Answer.COUNT, count=2, worst=7, area="calf"
    )
    made = episodes_from_count(told, CLOCK, longest_s=180, sleep_disruption=6)
    assert [(e.severity, e.duration_s, e.sleep_disruption) for e in made] == [
        (7, 180, 6),
        (None, None, None),
    ]
