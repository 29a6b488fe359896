"""Nights entered afterwards (core/night_entry.py): which nights, and what saving rows writes."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from typing import Any

import pytest

from spasm_desktop.core import night_entry
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.night_entry import NightEntry, entry_from_answer, plan
from spasm_desktop.core.nights import (
    Answer,
    MorningAnswer,
    NightClock,
    NightState,
    classify,
    episodes_from_count,
)
from tests.fakes import BERLIN, FakeClock, local

D = dt.date
USUAL = NightClock(dt.time(22, 30), BERLIN)
AFTER_MIDNIGHT = NightClock(dt.time(0, 30), BERLIN)
NIGHT_SHIFT = NightClock(dt.time(7, 0), BERLIN)


# --- which nights -------------------------------------------------------------------------------


def test_the_default_range_is_the_last_fourteen_nights_that_are_over() -> None:
    fake = FakeClock(local(2026, 12, 3, 9, 0))
    assert night_entry.default_range(fake.now(), USUAL) == (D(2026, 11, 19), D(2026, 12, 2))
    # in the evening, last night is still the latest: tonight has not been slept
    fake.set_local(dt.datetime(2026, 12, 3, 23, 30))
    assert night_entry.default_range(fake.now(), USUAL)[1] == D(2026, 12, 2)
    # at 04:00 the night is in progress: not yet
    fake.set_local(dt.datetime(2026, 12, 4, 4, 0))
    assert night_entry.latest_night(fake.now(), USUAL) == D(2026, 12, 2)
    # at 06:30 (the end of the bedtime window) it can be entered
    fake.set_local(dt.datetime(2026, 12, 4, 6, 30))
    assert night_entry.latest_night(fake.now(), USUAL) == D(2026, 12, 3)


def test_a_bedtime_after_midnight_names_the_night_by_its_evening() -> None:
    # going to bed at 00:30 on Friday morning ends Thursday's evening
    fake = FakeClock(local(2026, 12, 4, 9, 0))  # Friday
    assert night_entry.latest_night(fake.now(), AFTER_MIDNIGHT) == D(2026, 12, 3)
    fake.set_local(dt.datetime(2026, 12, 4, 8, 29))  # window ends at 08:30
    assert night_entry.latest_night(fake.now(), AFTER_MIDNIGHT) == D(2026, 12, 2)


def test_a_night_shift_going_to_bed_at_seven() -> None:
    # bed at 07:00 belongs to its own date; its bedtime window ends at 15:00
    fake = FakeClock(local(2026, 12, 3, 14, 59))
    assert night_entry.latest_night(fake.now(), NIGHT_SHIFT) == D(2026, 12, 2)
    fake.advance(dt.timedelta(minutes=1))
    assert night_entry.latest_night(fake.now(), NIGHT_SHIFT) == D(2026, 12, 3)
    fake.set_local(dt.datetime(2026, 12, 4, 6, 0))  # before the next bed: still the 3rd
    assert night_entry.latest_night(fake.now(), NIGHT_SHIFT) == D(2026, 12, 3)


def test_the_bedside_sheet_starts_with_the_next_night_to_be_slept() -> None:
    fake = FakeClock(local(2026, 12, 3, 15, 0))
    nights = night_entry.sheet_nights(fake.now(), USUAL)
    assert nights[0] == D(2026, 12, 3)
    assert len(nights) == 14
    assert nights[-1] == D(2026, 12, 16)
    fake.set_local(dt.datetime(2026, 12, 4, 2, 0))  # printed in the night: that night first
    assert night_entry.sheet_nights(fake.now(), USUAL)[0] == D(2026, 12, 3)
    fake.set_local(dt.datetime(2026, 12, 3, 16, 0))  # a night shift's day: tonight's is the 4th
    assert night_entry.sheet_nights(fake.now(), NIGHT_SHIFT)[0] == D(2026, 12, 4)


def test_a_range_stops_at_the_latest_night_and_keeps_at_most_two_months() -> None:
    now = local(2026, 12, 3, 9, 0)
    nights = night_entry.night_range(D(2026, 11, 30), D(2026, 12, 10), now, USUAL)
    assert nights == [D(2026, 11, 30), D(2026, 12, 1), D(2026, 12, 2)]
    assert night_entry.night_range(D(2026, 12, 2), D(2026, 11, 30), now, USUAL) == []
    long = night_entry.night_range(D(2025, 1, 1), D(2026, 12, 2), now, USUAL)
    assert len(long) == night_entry.MAX_NIGHTS
    assert long[-1] == D(2026, 12, 2)
    assert all(b - a == dt.timedelta(days=1) for a, b in itertools.pairwise(long))


def test_a_range_over_the_dst_changes_has_every_night_once() -> None:
    now = local(2026, 11, 1, 12, 0)
    nights = night_entry.night_range(D(2026, 10, 20), D(2026, 10, 31), now, USUAL)
    assert len(nights) == 12
    assert D(2026, 10, 24) in nights  # the 25-hour night


# --- what saving writes -------------------------------------------------------------------------

NOW = local(2026, 12, 3, 9, 0)


def test_each_filled_row_is_an_answer_and_a_count_its_time_unknown_episodes() -> None:
    rows: dict[dt.date, NightEntry | None] = {
        D(2026, 11, 28): NightEntry(count=0),
        D(2026, 11, 29): None,  # a missing day: nothing written, stays not recorded
        D(2026, 11, 30): NightEntry(count=3, worst=7, area="calf", woke=True),
        D(2026, 12, 1): NightEntry(not_sure=True),
    }
    writes = plan(rows, {}, [], USUAL, NOW)
    assert [w.night for w in writes] == [D(2026, 11, 28), D(2026, 11, 30), D(2026, 12, 1)]
    none, count, unsure = writes
    assert none.answer.answer is Answer.NONE
    assert none.episodes == ()
    assert unsure.answer.answer is Answer.NOT_SURE
    assert unsure.episodes == ()
    assert count.answer == MorningAnswer(
        D(2026, 11, 30), NOW, Answer.COUNT, count=3, worst=7, area="calf", woke=True
    )
    assert len(count.episodes) == 3
    assert all(e.time_unknown and e.source == "checkin" for e in count.episodes)
    assert all(USUAL.night_of(e.started) == D(2026, 11, 30) for e in count.episodes)
    assert [e.severity for e in count.episodes] == [7, None, None]
    # History and the report count those nights as known, the empty one as not recorded
    answers = {w.night: w.answer for w in writes}
    episodes = [e for w in writes for e in w.episodes]
    states = classify(rows, USUAL, episodes, answers)
    assert states == {
        D(2026, 11, 28): NightState.WITHOUT_CRAMPS,
        D(2026, 11, 29): NightState.NOT_RECORDED,
        D(2026, 11, 30): NightState.WITH_CRAMPS,
        D(2026, 12, 1): NightState.NOT_RECORDED,  # "not sure" alone, as at the check-in
    }


@pytest.mark.parametrize(
    ("clock", "night"),
    [
        (USUAL, D(2026, 10, 24)),  # autumn: 25 hours
        (USUAL, D(2026, 3, 28)),  # spring: 23 hours
        (AFTER_MIDNIGHT, D(2026, 3, 28)),  # bed at 00:30 on the morning of the change
        (NIGHT_SHIFT, D(2026, 10, 25)),  # bed at 07:00 after the change
    ],
)
def test_the_episodes_of_a_count_fall_in_their_night(clock: NightClock, night: dt.date) -> None:
    writes = plan({night: NightEntry(count=2)}, {}, [], clock, NOW)
    (write,) = writes
    assert {clock.night_of(e.started) for e in write.episodes} == {night}
    assert all(clock.in_bed(e) for e in write.episodes)


def test_an_unchanged_night_is_left_and_a_changed_one_replaces_its_answer() -> None:
    night = D(2026, 11, 30)
    earlier = MorningAnswer(night, local(2026, 12, 1, 8), Answer.COUNT, count=2, area="foot")
    stored = episodes_from_count(earlier, USUAL)
    logged = Episode(started=local(2026, 12, 1, 3, 10), area="calf", source="panel")
    answers = {night: earlier}
    shown = entry_from_answer(earlier)
    assert shown == NightEntry(count=2, area="foot")
    # shown as it is: nothing written, nothing doubled
    assert plan({night: shown}, answers, [*stored, logged], USUAL, NOW) == []
    # changed: the answer and the episodes it stored are replaced; the diary's cramp stays
    (write,) = plan({night: NightEntry(count=1)}, answers, [*stored, logged], USUAL, NOW)
    assert write.previous == earlier
    assert {e.uid for e in write.replaced} == {e.uid for e in stored}
    assert len(write.episodes) == 1
    assert logged.uid not in {e.uid for e in write.replaced}
    # changed to "no cramps": the check-in's episodes go
    (write,) = plan({night: NightEntry(count=0)}, answers, [*stored, logged], USUAL, NOW)
    assert write.episodes == ()
    assert len(write.replaced) == 2


def test_a_skipped_night_shows_empty_and_can_be_filled() -> None:
    night = D(2026, 11, 30)
    skipped = MorningAnswer(night, local(2026, 12, 1, 8), Answer.SKIPPED)
    assert entry_from_answer(skipped) is None
    assert plan({night: None}, {night: skipped}, [], USUAL, NOW) == []
    (write,) = plan({night: NightEntry(count=0)}, {night: skipped}, [], USUAL, NOW)
    assert write.previous == skipped


def test_cramps_logged_in_the_night_are_counted_apart_from_the_checkins() -> None:
    night = D(2026, 11, 30)
    told = episodes_from_count(MorningAnswer(night, NOW, Answer.COUNT, count=2), USUAL)
    in_bed = Episode(started=local(2026, 12, 1, 2, 0), area="calf")
    after_midnight_next = Episode(started=local(2026, 12, 2, 0, 15), area="foot")
    daytime = Episode(started=local(2026, 12, 1, 15, 0), area="calf")
    found = night_entry.logged_in_night([*told, in_bed, after_midnight_next, daytime], USUAL)
    assert found == {night: 1, D(2026, 12, 1): 1}


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "a row needs a count or 'not sure'"),
        ({"count": 1, "not_sure": True}, "'not sure' goes without a count"),
        ({"count": 4}, "a count is 0 to 3"),
        ({"count": 0, "worst": 3}, "details go with a count of 1 or more"),
        ({"count": 0, "woke": True}, "details go with a count of 1 or more"),
        ({"count": 1, "worst": 11}, "the worst is 0 to 10"),
        ({"count": 1, "area": "neck"}, "area 'neck' is not offered"),
    ],
)
def test_a_row_that_makes_no_sense_is_refused(kwargs: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        NightEntry(**kwargs)


def test_the_columns_are_in_the_order_of_the_checkin() -> None:
    assert [c.value for c in night_entry.COLUMNS] == [
        "night",
        "count",
        "worst",
        "area",
        "woke",
        "not_sure",
    ]


# --- the check-in's cramps in the diary ---------------------------------------------------------


def test_a_told_cramp_merges_with_the_first_logged_in_its_night() -> None:
    night = D(2026, 11, 30)
    (told,) = episodes_from_count(
        MorningAnswer(night, NOW, Answer.COUNT, count=1, worst=8, area="calf", side="left"),
        USUAL,
    )
    later = Episode(started=local(2026, 12, 1, 4, 0), area="foot")
    first = Episode(started=local(2026, 12, 1, 0, 20))  # after midnight: the same night
    other_night = Episode(started=local(2026, 11, 30, 3, 0))
    afternoon = Episode(started=local(2026, 12, 1, 15, 0))  # same night's span, not in bed
    everything = [told, later, first, other_night, afternoon]
    assert night_entry.merge_target(told, everything, USUAL) == first
    assert night_entry.merge_target(first, everything, USUAL) is None  # its time is known
    assert night_entry.merge_target(told, [told, other_night, afternoon], USUAL) is None
    kept = night_entry.merged(first, told)
    assert (kept.uid, kept.started, kept.time_unknown) == (first.uid, first.started, False)
    assert (kept.area, kept.side, kept.severity) == ("calf", "left", 8)
    # what the logged cramp says wins
    assert night_entry.merged(later, told).area == "foot"
