"""Known and unknown nights (core/nights.py): where nights fall, classification, when to ask."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import (
    Answer,
    CheckinFacts,
    MorningAnswer,
    NightClock,
    NightState,
    checkin_due,
    classify,
    episodes_from_count,
    night_to_ask,
    nights_between,
    unanswered_night,
)
from tests.fakes import BERLIN, FakeClock, local

NEW_YORK = ZoneInfo("America/New_York")
D = dt.date
WITH, WITHOUT, UNKNOWN = (
    NightState.WITH_CRAMPS,
    NightState.WITHOUT_CRAMPS,
    NightState.NOT_RECORDED,
)


def clock(bedtime: dt.time = dt.time(22, 30), tz: dt.tzinfo = BERLIN) -> NightClock:
    return NightClock(bedtime, tz)


def answer(night: dt.date, kind: Answer, count: int | None = None) -> MorningAnswer:
    at = dt.datetime.combine(night + dt.timedelta(days=1), dt.time(8), dt.UTC)
    return MorningAnswer(night, at, kind, count=count)


# --- where nights fall --------------------------------------------------------------------------


def test_a_night_runs_noon_to_noon_with_the_usual_bedtime() -> None:
    c = clock()
    assert c.start(D(2026, 11, 24)) == local(2026, 11, 24, 12)
    assert c.end(D(2026, 11, 24)) == local(2026, 11, 25, 12)
    assert c.night_of(local(2026, 11, 24, 23, 59)) == D(2026, 11, 24)
    assert c.night_of(local(2026, 11, 25, 0, 0)) == D(2026, 11, 24)  # midnight: same night
    assert c.night_of(local(2026, 11, 25, 11, 59)) == D(2026, 11, 24)
    assert c.night_of(local(2026, 11, 25, 12, 0)) == D(2026, 11, 25)
    assert c.window_end(D(2026, 11, 24)) == local(2026, 11, 25, 6, 30)


@pytest.mark.parametrize(
    ("tz", "spring", "autumn"),
    [(BERLIN, D(2026, 3, 28), D(2026, 10, 24)), (NEW_YORK, D(2026, 3, 7), D(2026, 10, 31))],
)
def test_dst_nights_last_23_and_25_hours(tz: dt.tzinfo, spring: dt.date, autumn: dt.date) -> None:
    c = clock(tz=tz)
    assert c.end(spring) - c.start(spring) == dt.timedelta(hours=23)
    assert c.end(autumn) - c.start(autumn) == dt.timedelta(hours=25)
    # the bedtime window still ends at 06:30 on the clock on the wall
    assert c.window_end(spring).astimezone(tz).time() == dt.time(6, 30)
    assert c.window_end(autumn).astimezone(tz).time() == dt.time(6, 30)
    # every instant of those nights (each hour, both sides of the change) is in them
    for night in (spring, autumn):
        at = c.start(night)
        while at < c.end(night):
            assert c.night_of(at) == night
            at += dt.timedelta(minutes=30)
        assert c.night_of(c.end(night)) == night + dt.timedelta(days=1)


def test_the_repeated_hour_of_autumn_is_in_one_night() -> None:
    c = clock()
    first = dt.datetime(2026, 10, 25, 2, 30, tzinfo=BERLIN)  # fold 0: summer time
    second = first.replace(fold=1)
    assert first.astimezone(dt.UTC) != second.astimezone(dt.UTC)
    assert c.night_of(first) == c.night_of(second) == D(2026, 10, 24)


def test_a_bedtime_after_midnight_belongs_to_the_evening_before() -> None:
    c = clock(dt.time(0, 30))
    assert c.bedtime_of(D(2026, 11, 27)) == local(2026, 11, 28, 0, 30)
    assert c.night_of(local(2026, 11, 28, 3, 0)) == D(2026, 11, 27)


def test_a_night_shift_going_to_bed_at_seven() -> None:
    c = clock(dt.time(7, 0))
    assert c.bedtime_of(D(2026, 11, 24)) == local(2026, 11, 24, 7)
    # the sleep from 07:00 to 15:00 is one night, named by its own date
    assert c.night_of(local(2026, 11, 24, 7)) == D(2026, 11, 24)
    assert c.night_of(local(2026, 11, 24, 14)) == D(2026, 11, 24)
    assert c.night_of(local(2026, 11, 23, 21)) == D(2026, 11, 24)  # starts 20:30 the day before
    assert c.window_end(D(2026, 11, 24)) == local(2026, 11, 24, 15)
    cramp = Episode(local(2026, 11, 24, 11))
    assert c.in_bed(cramp)
    assert not c.in_bed(Episode(local(2026, 11, 24, 22)))


def test_nights_between_includes_both_ends() -> None:
    assert nights_between(D(2026, 2, 27), D(2026, 3, 1)) == [
        D(2026, 2, 27),
        D(2026, 2, 28),
        D(2026, 3, 1),
    ]
    assert nights_between(D(2026, 3, 1), D(2026, 2, 27)) == []


# --- classification ------------------------------------------------------------------------------


def test_each_night_is_with_without_or_not_recorded() -> None:
    c = clock()
    nights = nights_between(D(2026, 11, 20), D(2026, 11, 26))
    episodes = [
        Episode(local(2026, 11, 21, 3, 10)),  # in bed: night of the 20th
        Episode(local(2026, 11, 22, 15, 0)),  # an afternoon cramp: not a night cramp
        Episode(local(2026, 11, 23, 16, 0), woke_me=True),  # marked: counts
    ]
    answers = {
        D(2026, 11, 21): answer(D(2026, 11, 21), Answer.NONE),
        D(2026, 11, 24): answer(D(2026, 11, 24), Answer.COUNT, 2),
        D(2026, 11, 25): answer(D(2026, 11, 25), Answer.SKIPPED),
        D(2026, 11, 26): answer(D(2026, 11, 26), Answer.NOT_SURE),
    }
    states = classify(nights, c, episodes, answers)
    assert states == {
        D(2026, 11, 20): WITH,
        D(2026, 11, 21): WITHOUT,
        D(2026, 11, 22): UNKNOWN,  # missing day: nothing told
        D(2026, 11, 23): WITH,
        D(2026, 11, 24): WITH,
        D(2026, 11, 25): UNKNOWN,  # "Skip" is no answer
        D(2026, 11, 26): UNKNOWN,  # "Not sure" alone is not known
    }


def test_a_cramp_logged_in_the_night_wins_over_no_cramps() -> None:
    c = clock()
    states = classify(
        [D(2026, 11, 20)],
        c,
        [Episode(local(2026, 11, 21, 2, 0))],
        {D(2026, 11, 20): answer(D(2026, 11, 20), Answer.NONE)},
    )
    assert states == {D(2026, 11, 20): WITH}


def test_bedtime_routine_and_a_morning_answer_make_a_night_known() -> None:
    c = clock()
    routine = [local(2026, 11, 20, 22, 10), local(2026, 11, 21, 22, 10)]
    answers = {
        D(2026, 11, 20): answer(D(2026, 11, 20), Answer.NOT_SURE),
        D(2026, 11, 21): answer(D(2026, 11, 21), Answer.SKIPPED),
    }
    states = classify(nights_between(D(2026, 11, 20), D(2026, 11, 22)), c, [], answers, routine)
    # routine + answered: known; routine + skipped: not; no routine, no answer: not
    assert states == {D(2026, 11, 20): WITHOUT, D(2026, 11, 21): UNKNOWN, D(2026, 11, 22): UNKNOWN}


def test_bedtime_window_edges_for_cramps() -> None:
    c = clock()
    night = D(2026, 11, 20)
    inside = [local(2026, 11, 20, 20, 30), local(2026, 11, 21, 8, 29)]
    outside = [local(2026, 11, 20, 20, 29), local(2026, 11, 21, 8, 30)]
    for at in inside:
        assert classify([night], c, [Episode(at)], {})[night] is WITH, at
    for at in outside:
        assert classify([night], c, [Episode(at)], {})[night] is UNKNOWN, at


def test_a_dst_night_classifies_its_small_hours() -> None:
    cases = (
        (BERLIN, D(2026, 3, 28), dt.time(2, 30)),  # a time skipped in spring
        (NEW_YORK, D(2026, 10, 31), dt.time(1, 30)),  # the repeated hour in autumn
    )
    for tz, night, at in cases:
        c = clock(tz=tz)
        wall = dt.datetime.combine(night + dt.timedelta(days=1), at, tz)
        for fold in (0, 1):
            cramp = Episode(wall.replace(fold=fold))
            assert classify([night], c, [cramp], {})[night] is WITH


# --- answers and the episodes of a count -------------------------------------------------------


def test_an_answer_checks_its_values() -> None:
    at = local(2026, 11, 21, 8)
    with pytest.raises(ValueError, match="a count goes with the answer 'count'"):
        MorningAnswer(D(2026, 11, 20), at, Answer.COUNT)
    with pytest.raises(ValueError, match="a count goes with the answer 'count'"):
        MorningAnswer(D(2026, 11, 20), at, Answer.NONE, count=1)
    with pytest.raises(ValueError, match="a count is 1 to 3"):
        MorningAnswer(D(2026, 11, 20), at, Answer.COUNT, count=4)
    with pytest.raises(ValueError, match="the worst is 0 to 10"):
        MorningAnswer(D(2026, 11, 20), at, Answer.COUNT, count=1, worst=11)
    with pytest.raises(ValueError, match="unknown area 'nose'"):
        MorningAnswer(D(2026, 11, 20), at, Answer.COUNT, count=1, area="nose")
    with pytest.raises(ValueError, match="answered_at needs a time zone"):
        MorningAnswer(D(2026, 11, 20), at.replace(tzinfo=None), Answer.NONE)


def test_a_count_makes_that_many_episodes_of_unknown_time() -> None:
    c = clock()
    told = MorningAnswer(
        D(2026, 11, 20), local(2026, 11, 21, 8), Answer.COUNT, count=3, worst=7, area="calf"
    )
    made = episodes_from_count(told, c)
    assert len(made) == 3
    assert len({e.uid for e in made}) == 3
    assert all(e.time_unknown and e.source == "checkin" for e in made)
    assert all(e.started == local(2026, 11, 20, 22, 30) and e.area == "calf" for e in made)
    assert [e.severity for e in made] == [7, None, None]
    assert classify([D(2026, 11, 20)], c, made, {})[D(2026, 11, 20)] is WITH
    assert episodes_from_count(answer(D(2026, 11, 20), Answer.NONE), c) == []


# --- when to ask ---------------------------------------------------------------------------------


def ask(
    fake: FakeClock,
    c: NightClock,
    last_asked: dt.date | None,
    *,
    idle_s: float = 0.0,
    held: bool = False,
    answered: frozenset[dt.date] = frozenset(),
    enabled: bool = True,
) -> dt.date | None:
    facts = CheckinFacts(fake.now(), idle_s, held, last_asked, answered)
    return checkin_due(facts, c, enabled)


def test_asks_at_the_first_activity_after_the_window_once_per_night() -> None:
    c = clock()
    fake = FakeClock(local(2026, 11, 21, 6, 0))
    assert ask(fake, c, None) is None  # still in the bedtime window
    fake.advance(dt.timedelta(minutes=30))
    assert ask(fake, c, None, idle_s=600) is None  # nobody at the computer
    assert ask(fake, c, None) == D(2026, 11, 20)
    # stored as asked: never again for that night, later that day or after a restart
    for hours in (1, 5, 14):
        fake.set_local(dt.datetime(2026, 11, 21, 6, 30) + dt.timedelta(hours=hours))
        assert ask(fake, c, D(2026, 11, 20)) is None
    assert ask(FakeClock(local(2026, 11, 22, 7)), c, D(2026, 11, 20)) == D(2026, 11, 21)


def test_waits_during_do_not_disturb_and_pause() -> None:
    c = clock()
    fake = FakeClock(local(2026, 11, 21, 7, 0))
    assert ask(fake, c, None, held=True) is None
    fake.advance(dt.timedelta(hours=1))
    assert ask(fake, c, None) == D(2026, 11, 20)


def test_sleep_and_resume() -> None:
    c = clock()
    fake = FakeClock(local(2026, 11, 20, 23, 0))
    assert ask(fake, c, D(2026, 11, 19)) is None
    fake.jump(dt.timedelta(hours=8, minutes=15))  # suspended, resumed at 07:15
    assert ask(fake, c, D(2026, 11, 19)) == D(2026, 11, 20)


def test_no_computer_use_until_noon_or_the_evening() -> None:
    c = clock()
    assert ask(FakeClock(local(2026, 11, 21, 12, 5)), c, None) == D(2026, 11, 20)
    assert ask(FakeClock(local(2026, 11, 21, 21, 0)), c, None) == D(2026, 11, 20)
    # from the next bedtime on it would be about the wrong night
    assert ask(FakeClock(local(2026, 11, 21, 22, 30)), c, None) is None
    assert night_to_ask(local(2026, 11, 21, 23, 0), c) is None


def test_night_shift_bedtime_at_seven() -> None:
    c = clock(dt.time(7, 0))
    assert ask(FakeClock(local(2026, 11, 24, 9)), c, None) is None  # asleep
    assert ask(FakeClock(local(2026, 11, 24, 15, 10)), c, None) == D(2026, 11, 24)
    # the evening and the small hours of work: still that night, already asked
    assert ask(FakeClock(local(2026, 11, 25, 3)), c, D(2026, 11, 24)) is None
    assert ask(FakeClock(local(2026, 11, 25, 3)), c, None) == D(2026, 11, 24)


def test_clock_jumps() -> None:
    c = clock()
    fake = FakeClock(local(2026, 11, 21, 7, 0))
    assert ask(fake, c, D(2026, 11, 20)) is None
    fake.jump(dt.timedelta(days=3))  # forward: only the latest night
    assert ask(fake, c, D(2026, 11, 20)) == D(2026, 11, 23)
    fake.jump(dt.timedelta(days=-5))  # set back: a night at or before the last asked
    assert ask(fake, c, D(2026, 11, 23)) is None


def test_answered_or_turned_off_is_not_asked() -> None:
    c = clock()
    fake = FakeClock(local(2026, 11, 21, 7, 0))
    assert ask(fake, c, None, answered=frozenset({D(2026, 11, 20)})) is None
    assert ask(fake, c, None, enabled=False) is None


def test_today_line_until_the_next_bedtime() -> None:
    c = clock()
    assert unanswered_night(local(2026, 11, 21, 9), c, []) == D(2026, 11, 20)
    assert unanswered_night(local(2026, 11, 21, 9), c, [D(2026, 11, 20)]) is None
    assert unanswered_night(local(2026, 11, 21, 5), c, []) is None
    assert unanswered_night(local(2026, 11, 21, 23), c, []) is None
