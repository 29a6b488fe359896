"""Edge cases of active hours: the text people type, DST in more than one zone, cutting holes."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from spasm_desktop.core import schedule
from spasm_desktop.core.schedule import Window
from tests.fakes import BERLIN, local

T = dt.time
NEW_YORK = ZoneInfo("America/New_York")
UTC = dt.UTC


@pytest.mark.parametrize(
    ("text", "ranges"),
    [
        ("09:00-12:00; 13:00-18:00", ((T(9), T(12)), (T(13), T(18)))),
        ("09:00—12:00", ((T(9), T(12)),)),
        ("09:00 - 12:00", ((T(9), T(12)),)),
        ("22:00-06:00", ((T(22), T(6)),)),
        ("0:05-1:00", ((T(0, 5), T(1)),)),
        ("23:59-00:00", ((T(23, 59), T(0)),)),
        (",, ;", ()),
        ("   ", ()),
    ],
)
def test_ranges_people_type_are_read(text: str, ranges: tuple[tuple[T, T], ...]) -> None:
    assert schedule.parse_ranges(text) == (ranges, [])


@pytest.mark.parametrize(
    "part",
    ["09:00", "09:00-", "-12:00", "9.00-12.00", "09:60-10:00", "24:00-01:00", "9am-5pm", "--"],
)
def test_parts_that_are_not_ranges_are_returned_as_typed(part: str) -> None:
    ranges, bad = schedule.parse_ranges(f"08:00-09:00, {part} ,10:00-11:00")
    assert ranges == ((T(8), T(9)), (T(10), T(11)))
    assert bad == [part]


def test_every_bad_part_is_listed_in_order() -> None:
    assert schedule.parse_ranges("noon-1pm; 09:00-10:00; later") == (
        ((T(9), T(10)),),
        ["noon-1pm", "later"],
    )


@pytest.mark.parametrize(
    "ranges",
    [(), ((T(0), T(23, 59)),), ((T(6, 5), T(7, 45)), (T(21), T(1, 30)), (T(12), T(12, 1)))],
)
def test_format_then_parse_gives_the_same_ranges(ranges: tuple[tuple[T, T], ...]) -> None:
    text = schedule.format_ranges(ranges)
    assert schedule.parse_ranges(text) == (ranges, [])


def test_format_pads_hours_and_minutes() -> None:
    assert schedule.format_ranges(((T(7, 5), T(9)),)) == "07:05-09:00"


def test_ambiguous_time_on_fall_back_is_its_first_occurrence() -> None:
    # 02:30 happens twice in Berlin on 2026-10-25; the first is still summer time (UTC+2).
    instant = schedule.local_instant(dt.date(2026, 10, 25), T(2, 30), BERLIN)
    assert instant == dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(
    ("instant", "tz", "day"),
    [
        (dt.datetime(2026, 1, 5, 23, 30, tzinfo=UTC), BERLIN, dt.date(2026, 1, 6)),
        (dt.datetime(2026, 1, 5, 23, 30, tzinfo=UTC), NEW_YORK, dt.date(2026, 1, 5)),
        (dt.datetime(2026, 1, 6, 3, 0, tzinfo=UTC), NEW_YORK, dt.date(2026, 1, 5)),
        (dt.datetime(2026, 7, 5, 22, 0, tzinfo=UTC), BERLIN, dt.date(2026, 7, 6)),
    ],
)
def test_local_date_is_the_date_on_the_wall(
    instant: dt.datetime, tz: ZoneInfo, day: dt.date
) -> None:
    assert schedule.local_date(instant, tz) == day


def test_next_midnight_from_midnight_is_a_day_later() -> None:
    assert schedule.next_local_midnight(local(2026, 1, 7, 0), BERLIN) == local(2026, 1, 8, 0)


def test_next_midnight_a_minute_before_is_a_minute_away() -> None:
    start = local(2026, 1, 7, 23, 59)
    assert schedule.next_local_midnight(start, BERLIN) - start == dt.timedelta(minutes=1)


def test_next_midnight_after_fall_back_is_25_hours_from_the_last() -> None:
    first = schedule.next_local_midnight(local(2026, 10, 24, 12), BERLIN)
    second = schedule.next_local_midnight(first, BERLIN)
    assert second - first == dt.timedelta(hours=25)
    assert second == dt.datetime(2026, 10, 25, 23, 0, tzinfo=UTC)


def test_dst_in_new_york_shortens_a_night_window() -> None:
    # New York springs forward on 2026-03-08 at 02:00.
    hours = [((T(1), T(4)),)] * 7
    start = local(2026, 3, 8, 0, tz=NEW_YORK)
    wins = schedule.active_windows(hours, NEW_YORK, start, start + dt.timedelta(hours=12))
    assert wins == [(local(2026, 3, 8, 1, tz=NEW_YORK), local(2026, 3, 8, 4, tz=NEW_YORK))]
    assert wins[0][1] - wins[0][0] == dt.timedelta(hours=2)


def test_a_night_range_from_sunday_reaches_a_monday_off() -> None:
    # Only Sunday has hours, 22:00-02:00; 2026-11-30 is a Monday.
    hours = [(), (), (), (), (), (), ((T(22), T(2)),)]
    wins = schedule.active_windows(hours, BERLIN, local(2026, 11, 30, 0), local(2026, 11, 30, 12))
    assert wins == [(local(2026, 11, 29, 22), local(2026, 11, 30, 2))]


def test_windows_touching_the_query_edges_are_left_out() -> None:
    hours = [((T(6), T(8)), (T(12), T(14)))] * 7
    wins = schedule.active_windows(hours, BERLIN, local(2026, 11, 24, 8), local(2026, 11, 24, 12))
    assert wins == []


def test_adjacent_ranges_become_one_window() -> None:
    hours = [((T(9), T(12)), (T(12), T(14)))] * 7
    wins = schedule.active_windows(hours, BERLIN, local(2026, 11, 24, 0), local(2026, 11, 25, 0))
    assert wins == [(local(2026, 11, 24, 9), local(2026, 11, 24, 14))]


def test_no_hours_at_all_gives_no_windows() -> None:
    wins = schedule.active_windows([()] * 7, BERLIN, local(2026, 11, 1, 0), local(2026, 12, 1, 0))
    assert wins == []


H = {h: local(2026, 1, 1, h) for h in range(24)}


@pytest.mark.parametrize(
    ("holes", "left"),
    [
        ([], [(H[9], H[17])]),
        ([(H[6], H[8])], [(H[9], H[17])]),
        ([(H[17], H[18])], [(H[9], H[17])]),
        ([(H[8], H[10])], [(H[10], H[17])]),
        ([(H[16], H[20])], [(H[9], H[16])]),
        ([(H[10], H[12]), (H[11], H[13])], [(H[9], H[10]), (H[13], H[17])]),
        ([(H[12], H[13]), (H[10], H[11])], [(H[9], H[10]), (H[11], H[12]), (H[13], H[17])]),
        ([(H[0], H[23])], []),
    ],
)
def test_subtract_cuts_each_hole_once(holes: list[Window], left: list[Window]) -> None:
    assert schedule.subtract([(H[9], H[17])], holes) == left


def test_a_hole_across_two_windows_cuts_both() -> None:
    windows = [(H[8], H[12]), (H[13], H[17])]
    assert schedule.subtract(windows, [(H[11], H[14])]) == [(H[8], H[11]), (H[14], H[17])]


@pytest.mark.parametrize(
    ("instant", "found"),
    [
        (H[9], (H[9], H[12])),
        (H[12], None),
        (H[12] - dt.timedelta(microseconds=1), (H[9], H[12])),
        (H[13], (H[13], H[17])),
        (H[8], None),
        (H[17], None),
    ],
)
def test_window_at_is_half_open(instant: dt.datetime, found: Window | None) -> None:
    assert schedule.window_at([(H[9], H[12]), (H[13], H[17])], instant) == found


def test_window_at_with_no_windows() -> None:
    assert schedule.window_at([], H[9]) is None


@pytest.mark.parametrize(
    ("now_local", "at", "expected_local", "yesterday"),
    [
        # in the afternoon, 23:10 is last night
        (dt.datetime(2026, 12, 3, 15, 0), dt.time(23, 10), dt.datetime(2026, 12, 2, 23, 10), True),
        # earlier today stays today
        (dt.datetime(2026, 12, 3, 15, 0), dt.time(9, 30), dt.datetime(2026, 12, 3, 9, 30), False),
        # this very minute is today
        (dt.datetime(2026, 12, 3, 15, 0), dt.time(15, 0), dt.datetime(2026, 12, 3, 15, 0), False),
        # just after midnight, 23:50 is the evening before
        (dt.datetime(2026, 12, 3, 0, 5), dt.time(23, 50), dt.datetime(2026, 12, 2, 23, 50), True),
        # across the spring DST change (29 March 2026, 02:00 -> 03:00 in Berlin)
        (dt.datetime(2026, 3, 29, 1, 0), dt.time(23, 0), dt.datetime(2026, 3, 28, 23, 0), True),
        (dt.datetime(2026, 3, 29, 12, 0), dt.time(1, 30), dt.datetime(2026, 3, 29, 1, 30), False),
    ],
)
def test_a_time_alone_is_the_latest_moment_the_clock_showed_it(
    now_local: dt.datetime, at: dt.time, expected_local: dt.datetime, yesterday: bool
) -> None:
    now = now_local.replace(tzinfo=BERLIN).astimezone(dt.UTC)
    found, was_yesterday = schedule.latest_at(now, at, BERLIN)
    assert found == expected_local.replace(tzinfo=BERLIN).astimezone(dt.UTC)
    assert found <= now
    assert was_yesterday is yesterday
