"""A month of the pure reminder policy against fake time: no Qt, no sleeping.

The driver (``simulation.py``) plays the app's part and calls the same
:func:`spasm_desktop.core.step.step` the service calls, so the checks below test the real
order of a reminder check: settle the clock, end a pause or do-not-disturb, hold back while
busy, release, show.
"""

from __future__ import annotations

import collections
import dataclasses
import datetime as dt
import itertools

import pytest

from spasm_desktop.core import reminders
from spasm_desktop.core.reminders import (
    DEFERRED_DETAIL,
    EngineState,
    Outcome,
    ReminderKind,
)
from spasm_desktop.core.settings import Settings, WaterSettings
from tests.fakes import BERLIN, local
from tests.unit.simulation import (
    DoNotDisturb,
    Drink,
    Event,
    Jump,
    Logged,
    Meeting,
    Pause,
    Sim,
    Suspend,
    always_done,
    realistic,
)

W, S, M, B = ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE, ReminderKind.BEDTIME
INTERVAL_KINDS = (W, S, M)
T = dt.time
D = dt.date
MIN = dt.timedelta(minutes=1)
MERGE = reminders.MERGE_WINDOW
SLOT = T(22, 15)  # default bedtime 22:30 minus 15 min lead
CATCH_UP_END = T(23, 30)  # bedtime plus one hour
TAPER_START = T(20, 30)  # default bedtime 22:30 minus the 2-hour taper
GOAL = 2000
GLASS = 250


# --- the month ------------------------------------------------------------------------------

START = local(2026, 10, 12, 8, 0)  # a Monday
END = local(2026, 11, 11, 8, 0)  # 30 days later; crosses the DST change of 2026-10-25
FORWARD_JUMP = local(2026, 10, 13, 10, 20)  # Tuesday, +2 h
ONE_HOUR_PAUSE = local(2026, 10, 14, 10, 50)  # Wednesday
BACKWARD_JUMP = local(2026, 10, 15, 14, 20)  # Thursday, -1 h
BEDTIME_CATCH_UP = (local(2026, 10, 19, 21, 50), local(2026, 10, 19, 22, 40))  # Monday
BEDTIME_LOST = (local(2026, 10, 20, 22, 0), local(2026, 10, 20, 23, 45))  # Tuesday
PAUSE_TOMORROW = local(2026, 10, 22, 16, 10)  # Thursday
LONG_SUSPEND = (local(2026, 11, 3, 15, 0), local(2026, 11, 6, 11, 0))  # Tuesday to Friday
#: Meetings (the busy probe says so), one of them running past the working day, and do not
#: disturb by hand for 45 minutes one Tuesday morning. All after the clock jumps and the first
#: pause, whose checks depend on the answers drawn before them.
MEETINGS = [
    (local(2026, 10, 16, 17, 20), local(2026, 10, 16, 18, 40)),  # Friday, past 18:00
    (local(2026, 10, 19, 10, 40), local(2026, 10, 19, 11, 45)),  # Monday morning
    (local(2026, 10, 21, 14, 0), local(2026, 10, 21, 15, 10)),  # Wednesdays
    (local(2026, 10, 28, 14, 0), local(2026, 10, 28, 15, 10)),
]
DND_BY_HAND = local(2026, 10, 27, 10, 50)
DND_MINUTES = 45
NO_BEDTIME = {D(2026, 10, 20), D(2026, 10, 22), D(2026, 11, 3), D(2026, 11, 4), D(2026, 11, 5)}


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return local(day.year, day.month, day.day, hour, minute)


def month_script() -> list[Event]:
    """Thirty days of a laptop: lunch breaks, nights, one long trip, jumps and pauses."""
    events: list[Event] = []
    long_start, long_end = LONG_SUSPEND
    for offset in range(30):
        day = D(2026, 10, 12) + dt.timedelta(days=offset)
        weekday = day.weekday()
        tomorrow = day + dt.timedelta(days=1)
        if weekday < 5:
            events.append(Event(at(day, 9, 5), Drink(500)))  # the morning bottle
            if weekday in (1, 3):
                events.append(Event(at(day, 13, 0), Drink(750)))
            if weekday in (0, 2, 4):
                events.append(Event(at(day, 12, 0), Suspend(at(day, 13, 30))))
        night = at(day, 23, 50 if weekday in (4, 5) else 30)
        wake = at(tomorrow, 9, 30) if tomorrow.weekday() >= 5 else at(tomorrow, 8, 0)
        if day == BEDTIME_LOST[0].astimezone(BERLIN).date():
            night = at(day, 23, 50)
        events.append(Event(night, Suspend(wake)))
    events += [
        Event(FORWARD_JUMP, Jump(dt.timedelta(hours=2))),
        Event(ONE_HOUR_PAUSE, Pause(60)),
        Event(BACKWARD_JUMP, Jump(dt.timedelta(hours=-1))),
        Event(BEDTIME_CATCH_UP[0], Suspend(BEDTIME_CATCH_UP[1])),
        Event(BEDTIME_LOST[0], Suspend(BEDTIME_LOST[1])),
        Event(PAUSE_TOMORROW, Pause(None)),
        Event(DND_BY_HAND, DoNotDisturb(DND_MINUTES)),
    ]
    events += [Event(start, Meeting(end)) for start, end in MEETINGS]
    events = [e for e in events if not long_start <= e.at < long_end]
    events.append(Event(long_start, Suspend(long_end)))
    events.sort(key=lambda e: e.at)
    # Sanity of the script itself: nothing is planned while the machine is asleep.
    for event in events:
        if isinstance(event.action, Suspend):
            inside = [e for e in events if event.at < e.at < event.action.until]
            assert not inside, (event, inside)
    return events


#: The default settings of a person who chose a daily goal of 2 L (there is none by default).
DEFAULTS = Settings(water=WaterSettings(goal_ml=GOAL))
#: The same person working late on weekdays, so the taper before bedtime really matters.
LATE = dataclasses.replace(DEFAULTS, active_hours=(((T(9), T(23, 30)),),) * 5 + ((), ()))


@pytest.fixture(scope="module", params=[DEFAULTS, LATE], ids=["defaults", "late-evenings"])
def month(request: pytest.FixtureRequest) -> Sim:
    return Sim(request.param, START, realistic(seed=2026), month_script()).run(END)


def evening_of(entry: Logged) -> dt.date:
    """The evening a bedtime reminder belongs to (a snooze may run past midnight)."""
    return (entry.loc - dt.timedelta(hours=12)).date()


def real_wakes_between(sim: Sim, start: dt.datetime, end: dt.datetime) -> bool:
    return any(start < real <= end for real, _wall in sim.wakes)


# --- checks on the month --------------------------------------------------------------------


def test_month_is_plausible(month: Sim) -> None:
    days = {e.loc.date() for e in month.shown()}
    assert len(days) >= 25
    for outcome in (Outcome.DONE, Outcome.SNOOZED, Outcome.SKIPPED, Outcome.IGNORED):
        assert len(month.outcomes(outcome)) >= 10, outcome
    answers = (
        len(month.outcomes(o))
        for o in (Outcome.DONE, Outcome.SNOOZED, Outcome.SKIPPED, Outcome.IGNORED)
    )
    done, snoozed, skipped, ignored = answers
    total = done + snoozed + skipped + ignored
    assert 0.5 < done / total < 0.7
    assert 0.12 < snoozed / total < 0.28
    # Each show is answered once, except the few pop-ups a pause or do-not-disturb closed.
    assert len(month.shown()) - 5 <= total <= len(month.shown())


def test_interval_reminders_only_inside_active_hours_and_never_on_weekends(month: Sim) -> None:
    hours = month.settings.active_hours
    entries = [e for kind in INTERVAL_KINDS for e in month.shown(kind)]
    assert len(entries) > 300
    for entry in entries:
        loc = entry.loc
        assert loc.weekday() < 5, entry
        assert any(start <= loc.time() < end for start, end in hours[loc.weekday()]), entry


def test_no_water_in_the_taper_before_bedtime(month: Sim) -> None:
    water = month.shown(W)
    assert water
    for entry in water:
        assert entry.loc.time() < TAPER_START, entry
    if month.settings is LATE:
        # Stretch and move do carry on into the evening: the taper is water's own.
        late = [e for e in month.shown(S) + month.shown(M) if e.loc.time() >= TAPER_START]
        assert len(late) > 30


def test_water_never_shown_once_the_goal_is_reached(month: Sim) -> None:
    for entry in month.shown(W):
        assert entry.water_today < GOAL, entry
    totals: dict[dt.date, list[tuple[dt.datetime, int]]] = collections.defaultdict(list)
    for when, ml in month.drinks:
        totals[when.astimezone(BERLIN).date()].append((when, ml))
    reached_early = 0
    for drinks in totals.values():
        running = 0
        for when, ml in sorted(drinks):
            running += ml
            if running >= GOAL:
                reached_early += when.astimezone(BERLIN).time() < T(16, 0)
                break
    assert reached_early >= 4  # the check above had afternoons to catch a wrong reminder


def first_bedtimes(sim: Sim) -> dict[dt.date, list[Logged]]:
    """The bedtime reminders of each evening that are not a snoozed one coming back."""
    firsts: dict[dt.date, list[Logged]] = collections.defaultdict(list)
    for entry in sim.shown(B):
        if not entry.follow_up:
            firsts[evening_of(entry)].append(entry)
    return firsts


def test_bedtime_at_its_time_or_as_a_catch_up(month: Sim) -> None:
    wakes = {real for real, _wall in month.wakes}
    follow_ups = [e for e in month.shown(B) if e.follow_up]
    assert follow_ups
    for entry in follow_ups:
        assert entry.snoozed_until is not None
        assert entry.at >= entry.snoozed_until - MERGE, entry
    firsts = first_bedtimes(month)
    for evening, entries in firsts.items():
        for entry in entries:
            loc = entry.loc
            assert loc.date() == evening
            slot = dt.datetime.combine(evening, SLOT, tzinfo=BERLIN)
            if loc < slot:  # early only when merged into another reminder due then
                assert slot - loc <= MERGE, entry
                assert len(entry.together) > 1, entry
            elif loc > slot:  # late only as the one catch-up on waking, before 23:30
                assert entry.real in wakes, entry
                assert loc.time() < CATCH_UP_END, entry
    every_evening = {D(2026, 10, 12) + dt.timedelta(days=n) for n in range(30)}
    assert set(firsts) == every_evening - NO_BEDTIME
    assert firsts[D(2026, 10, 19)][0].at == BEDTIME_CATCH_UP[1]


def test_bedtime_shown_once_an_evening(month: Sim) -> None:
    # With stretch and move active around 22:15 (late evenings) bedtime can be merged early.
    for evening, entries in first_bedtimes(month).items():
        assert len(entries) == 1, (evening, entries)


def test_at_most_one_reminder_per_kind_in_the_minute_after_waking(month: Sim) -> None:
    assert len(month.wakes) >= 40
    for real, _wall in month.wakes:
        first_minute = [e for e in month.shown() if real <= e.real < real + MIN]
        counts = collections.Counter(e.kind for e in first_minute)
        assert all(n == 1 for n in counts.values()), (real, first_minute)
    # The wake after three days away, and the forward jump, each bring exactly one catch-up.
    for wake in (LONG_SUSPEND[1], FORWARD_JUMP + dt.timedelta(hours=2)):
        at_wake = [e for e in month.shown() if e.at == wake]
        assert sorted(e.kind.value for e in at_wake) == ["move", "stretch", "water"], wake


def test_no_reminder_repeats_sooner_than_its_interval_in_real_time(month: Sim) -> None:
    forward = [real for real, delta in month.jumps if delta > dt.timedelta(0)]
    backward = [real for real, delta in month.jumps if delta < dt.timedelta(0)]
    assert backward
    checked_across_backward_jump = 0
    for kind in INTERVAL_KINDS:
        step = reminders.interval(month.settings, kind)
        entries = sorted(month.shown(kind), key=lambda e: e.real)
        for before, after in itertools.pairwise(entries):
            if after.follow_up or any(before.real < j <= after.real for j in forward):
                continue
            assert after.real - before.real >= step - MERGE, (before, after)
            checked_across_backward_jump += any(before.real < j <= after.real for j in backward)
    assert checked_across_backward_jump >= 2
    # Bedtime is not repeated either (one first showing an evening is checked above).
    jump_back = backward[0]
    assert not [e for e in month.shown() if jump_back <= e.real < jump_back + 10 * MIN]


def test_nothing_shown_while_paused_and_what_was_swallowed_is_recorded(month: Sim) -> None:
    assert len(month.pauses) == 2
    for start, end in month.pauses:
        assert not [e for e in month.shown() if start <= e.at < end], (start, end)
    missed = month.outcomes(Outcome.MISSED_PAUSED)
    hour_end = ONE_HOUR_PAUSE + dt.timedelta(hours=1)
    assert M in {e.kind for e in missed if e.at == hour_end}
    night = [e for e in missed if e.kind is B]
    assert [e.record.due for e in night] == [local(2026, 10, 22, 22, 15)]
    # Each swallowed kind is recorded once per pause.
    assert len({(e.at, e.kind) for e in missed}) == len(missed)


def test_nothing_shown_while_busy_and_what_was_held_back_comes_once_after(month: Sim) -> None:
    assert len(month.busy_spells) == len(MEETINGS) + 1
    assert [by_hand for _s, _e, by_hand in month.busy_spells].count(True) == 1
    deferred = month.outcomes(Outcome.DEFERRED)
    released = [e for e in month.shown() if e.record.detail == DEFERRED_DETAIL]
    hours = month.settings.active_hours
    for start, end, _by_hand in month.busy_spells:
        assert not [e for e in month.shown() if start <= e.at < end], (start, end)
        held = [e for e in deferred if start <= e.at < end]
        assert held, (start, end)
        first_due: dict[ReminderKind, dt.datetime | None] = {}
        for entry in held:
            first_due.setdefault(entry.kind, entry.record.due)
        back = [e for e in released if e.at == end]
        assert len({e.kind for e in back}) == len(back), back  # once per kind
        assert {e.kind for e in back} <= set(first_due)
        assert all(e.record.due == first_due[e.kind] for e in back), back
        loc = end.astimezone(BERLIN)
        working = any(a <= loc.time() < b for a, b in hours[loc.weekday()])
        # After the working day what was held back is dropped; within it, it comes back.
        assert bool(back) is working, (start, end, back)
    # Nothing is held back or released outside a busy spell, and the probe was asked.
    for entry in deferred + released:
        assert any(s <= entry.at <= e for s, e, _b in month.busy_spells), entry
    assert month.probes >= len(deferred)


def test_reminders_due_within_two_minutes_are_shown_together(month: Sim) -> None:
    groups: dict[dt.datetime, list[Logged]] = collections.defaultdict(list)
    for entry in month.shown():
        groups[entry.real].append(entry)
    merged = 0
    reals = sorted(groups)
    for real in reals:
        entries = groups[real]
        assert len({e.at for e in entries}) == 1
        assert len({e.kind for e in entries}) == len(entries)
        merged += len(entries) > 1
    for first, second in itertools.pairwise(reals):
        if real_wakes_between(month, first, second):
            continue
        gap = groups[second][0].at - groups[first][0].at
        assert gap > MERGE, (groups[first], groups[second])
    assert merged > 50


def test_the_dst_change_keeps_wall_clock_times(month: Sim) -> None:
    def firsts(day: dt.date) -> list[Logged]:
        entries = [e for e in month.shown() if e.loc.date() == day]
        return [e for e in entries if e.at == entries[0].at]

    # Bedtime at 22:15 on the wall, whichever offset: 20:15 UTC in summer time, 21:15 after.
    for day, utc_hour in ((D(2026, 10, 24), 20), (D(2026, 10, 25), 21), (D(2026, 10, 26), 21)):
        (bed,) = [e for e in month.shown(B) if e.loc.date() == day and not e.follow_up]
        assert bed.loc.time() == SLOT
        assert bed.at.hour == utc_hour
    # Monday after the change: the day starts at 09:00 CET, so the first is move at 09:30.
    monday = firsts(D(2026, 10, 26))
    assert [(e.kind, e.loc.time()) for e in monday] == [(M, T(9, 30))]
    assert monday[0].at == dt.datetime(2026, 10, 26, 8, 30, tzinfo=dt.UTC)


def test_after_the_backward_jump_the_next_reminder_comes_one_interval_later(month: Sim) -> None:
    (jump_real,) = [real for real, delta in month.jumps if delta < dt.timedelta(0)]
    # Move was shown within the 30 min before the jump, so by "count from now" it is due again
    # 30 min (real) after it; it comes when the wall clock has passed its old anchor, + 30 min.
    following = [e for e in month.shown(M) if e.real > jump_real]
    assert following[0].real - jump_real <= reminders.interval(month.settings, M) + MERGE


def test_every_predicted_due_time_is_honoured(month: Sim) -> None:
    assert month.idle == []


# --- exact days, computed by hand -----------------------------------------------------------


def hhmm(*times: str) -> list[T]:
    return [T(int(t[:2]), int(t[3:])) for t in times]


HOURLY = hhmm("10:00", "11:00", "12:00", "13:00", "14:00", "15:00", "16:00", "17:00")
HALF_HOURLY = [
    T(hour, minute) for hour in range(9, 18) for minute in (0, 30) if (hour, minute) != (9, 0)
]
AFTER_LUNCH = hhmm("10:00", "11:00", "12:00", "13:30", "14:30", "15:30", "16:30", "17:30")
LUNCH_MOVE = hhmm("09:30", "10:00", "10:30", "11:00", "11:30", "12:00")
LUNCH_MOVE += hhmm("13:30", "14:00", "14:30", "15:00", "15:30", "16:00", "16:30", "17:00", "17:30")
MONDAY = D(2026, 10, 12)


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        pytest.param(
            [],
            # 09:00-18:00: water and stretch every hour from 10:00 (18:00 is not inside),
            # move every half hour from 09:30; 8 glasses reach the 2 L goal at 17:00.
            {W: HOURLY, S: HOURLY, M: HALF_HOURLY, B: [SLOT]},
            id="plain-monday",
        ),
        pytest.param(
            [Event(at(MONDAY, 12, 10), Suspend(at(MONDAY, 13, 30)))],
            # Lid closed 12:10-13:30: one catch-up of each at 13:30, then counting from there.
            {W: AFTER_LUNCH, S: AFTER_LUNCH, M: LUNCH_MOVE, B: [SLOT]},
            id="lunch-break",
        ),
        pytest.param(
            [Event(at(MONDAY, 9, 5), Drink(1500))],
            # 1500 ml at 09:05 restarts water; two glasses at 10:05 and 11:05 reach 2 L.
            {W: hhmm("10:05", "11:05"), S: HOURLY, M: HALF_HOURLY, B: [SLOT]},
            id="goal-by-noon",
        ),
        pytest.param(
            [Event(at(MONDAY, 10, 40), Pause(60))],
            # Paused 10:40-11:40: water, stretch and move (all due 11:00) are missed and count
            # again from 11:40.
            {
                W: hhmm("10:00", "12:40", "13:40", "14:40", "15:40", "16:40", "17:40"),
                S: hhmm("10:00", "12:40", "13:40", "14:40", "15:40", "16:40", "17:40"),
                M: hhmm("09:30", "10:00", "10:30", "12:10", "12:40", "13:10", "13:40", "14:10")
                + hhmm("14:40", "15:10", "15:40", "16:10", "16:40", "17:10", "17:40"),
                B: [SLOT],
            },
            id="one-hour-pause",
        ),
    ],
)
def test_one_weekday_answered_done_at_once(
    events: list[Event], expected: dict[ReminderKind, list[T]]
) -> None:
    sim = Sim(DEFAULTS, at(MONDAY, 7, 0), always_done, events).run(at(MONDAY + dt.timedelta(1), 7))
    for kind, times in expected.items():
        assert [e.loc.time() for e in sim.shown(kind)] == times, kind
        assert all(e.loc.date() == MONDAY for e in sim.shown(kind))
    assert not sim.outcomes(Outcome.SNOOZED)


def test_plain_weekday_counts() -> None:
    """Counted by hand: 9 active hours; stretch (60 min) N = 8, move (30 min) M = 17."""
    sim = Sim(DEFAULTS, at(MONDAY, 7, 0), always_done).run(at(MONDAY + dt.timedelta(1), 7))
    counts = collections.Counter(e.kind for e in sim.shown())
    assert counts == {S: 8, M: 17, W: 8, B: 1}
    # Hourly ones coincide with move on the hour: 17 pop-ups in the day plus bedtime.
    assert len({e.at for e in sim.shown()}) == 18
    assert sum(ml for _at, ml in sim.drinks) == 8 * GLASS == GOAL


def test_dst_weekend_then_monday_exact() -> None:
    start, end = local(2026, 10, 24, 12), local(2026, 10, 26, 12)
    sim = Sim(DEFAULTS, start, always_done).run(end)
    assert [e.at for e in sim.shown(B)] == [
        local(2026, 10, 24, 22, 15),
        local(2026, 10, 25, 22, 15),
    ]
    assert [e.at - prev.at for prev, e in itertools.pairwise(sim.shown(B))] == [
        dt.timedelta(hours=25)  # the night the clocks go back is an hour longer
    ]
    monday = [local(2026, 10, 26, h, m) for h, m in ((9, 30), (10, 0), (10, 30), (11, 0), (11, 30))]
    assert [e.at for e in sim.shown(M)] == monday
    assert [e.at for e in sim.shown(W)] == [local(2026, 10, 26, 10), local(2026, 10, 26, 11)]
    assert [e.at for e in sim.shown(S)] == [local(2026, 10, 26, 10), local(2026, 10, 26, 11)]


# --- the bugs above, reduced to a few lines -------------------------------------------------


def ctx_at(now: dt.datetime) -> reminders.Context:
    return reminders.Context(now=now, tz=BERLIN)


def test_backward_jump_due_time_is_due_when_it_comes() -> None:
    st = EngineState.fresh(local(2026, 11, 24, 11))  # shown at 11:00, then the clock goes back
    jumped = local(2026, 11, 24, 9, 30)
    st = reminders.settle_clock(st, jumped)  # what the service does on every check
    predicted = reminders.due_time(DEFAULTS, st, W, ctx_at(jumped))
    assert predicted == local(2026, 11, 24, 10, 30)  # what test_reminders checks, and holds
    # The timer fires at 10:30 with nothing changed in between: water should be due.
    assert W in reminders.due_now(DEFAULTS, st, ctx_at(predicted))


def test_bedtime_merged_early_then_skipped_is_not_shown_again_at_its_time() -> None:
    settings = dataclasses.replace(DEFAULTS, active_hours=(((T(9), T(23, 30)),),) * 7)
    st = EngineState.fresh(local(2026, 11, 24, 21, 44))  # move due 22:14, bedtime 22:15
    now = local(2026, 11, 24, 22, 14)
    kinds = reminders.due_now(settings, st, ctx_at(now))
    assert set(kinds) == {M, B}  # merged: bedtime is one minute early
    st, _ = reminders.show(settings, st, kinds, ctx_at(now))
    st, _ = reminders.answer(st, [M, B], Outcome.SKIPPED, now)  # "skip tonight"
    assert reminders.due_now(settings, st, ctx_at(local(2026, 11, 24, 22, 15))) == []
