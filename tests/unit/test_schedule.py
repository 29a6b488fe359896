"""Active hours (core.schedule): weekly ranges to UTC windows, across DST, and cutting holes."""

import datetime as dt

from spasm_desktop.core import schedule
from tests.fakes import BERLIN, local

T = dt.time
WORKDAYS = tuple([((T(9), T(17)),)] * 5 + [(), ()])


def test_windows_follow_weekdays_and_days_off() -> None:
    # 2026-11-23 is a Monday.
    wins = schedule.active_windows(WORKDAYS, BERLIN, local(2026, 11, 27, 0), local(2026, 12, 1, 0))
    assert wins == [
        (local(2026, 11, 27, 9), local(2026, 11, 27, 17)),
        (local(2026, 11, 30, 9), local(2026, 11, 30, 17)),
    ]


def test_range_across_midnight_and_several_ranges() -> None:
    night = [((T(8), T(12)), (T(13), T(15)), (T(22), T(2)))] * 7
    wins = schedule.active_windows(night, BERLIN, local(2026, 11, 24, 0), local(2026, 11, 25, 0))
    assert (local(2026, 11, 23, 22), local(2026, 11, 24, 2)) in wins
    assert (local(2026, 11, 24, 13), local(2026, 11, 24, 15)) in wins
    assert (local(2026, 11, 24, 22), local(2026, 11, 25, 2)) in wins


def test_overlapping_ranges_merge() -> None:
    hours = [((T(9), T(12)), (T(11), T(14)))] * 7
    wins = schedule.active_windows(hours, BERLIN, local(2026, 11, 24, 0), local(2026, 11, 24, 23))
    assert wins == [(local(2026, 11, 24, 9), local(2026, 11, 24, 14))]


def test_dst_spring_forward_window_is_an_hour_shorter() -> None:
    hours = [((T(0), T(6)),)] * 7
    # Europe/Berlin springs forward on 2026-03-29 at 02:00.
    wins = schedule.active_windows(hours, BERLIN, local(2026, 3, 29, 0), local(2026, 3, 29, 12))
    assert wins[-1][1] - wins[-1][0] == dt.timedelta(hours=5)


def test_dst_fall_back_window_is_an_hour_longer() -> None:
    hours = [((T(0), T(6)),)] * 7
    wins = schedule.active_windows(hours, BERLIN, local(2026, 10, 25, 0), local(2026, 10, 25, 12))
    assert wins[-1][1] - wins[-1][0] == dt.timedelta(hours=7)


def test_time_skipped_by_dst_maps_after_the_change() -> None:
    instant = schedule.local_instant(dt.date(2026, 3, 29), T(2, 30), BERLIN)
    assert instant.astimezone(BERLIN).hour == 3


def test_subtract_cuts_holes() -> None:
    a, b = local(2026, 1, 1, 9), local(2026, 1, 1, 17)
    hole = (local(2026, 1, 1, 12), local(2026, 1, 1, 13))
    assert schedule.subtract([(a, b)], [hole]) == [(a, hole[0]), (hole[1], b)]
    assert schedule.subtract([(a, b)], [(a, b)]) == []


def test_next_local_midnight_on_dst_day() -> None:
    midnight = schedule.next_local_midnight(local(2026, 3, 29, 12), BERLIN)
    assert midnight == local(2026, 3, 30, 0)


def test_parse_ranges_reads_what_format_ranges_writes() -> None:
    assert schedule.parse_ranges("") == ((), [])
    assert schedule.parse_ranges(" 09:00-12:00, 13:00 – 18:00 ,") == (
        ((T(9, 0), T(12, 0)), (T(13, 0), T(18, 0))),
        [],
    )
    assert schedule.parse_ranges("9:00-9:30") == (((T(9, 0), T(9, 30)),), [])
    assert schedule.parse_ranges("9-5x")[1] == ["9-5x"]
    assert schedule.parse_ranges("09:00-12:00, 25:00-26:00")[1] == ["25:00-26:00"]
    assert schedule.parse_ranges("09:00-10:00-11:00")[1] == ["09:00-10:00-11:00"]
    ranges = ((T(9, 0), T(12, 0)), (T(22, 0), T(2, 0)))
    assert schedule.parse_ranges(schedule.format_ranges(ranges)) == (ranges, [])
