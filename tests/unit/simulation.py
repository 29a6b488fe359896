"""The driver of the month-long simulation (``test_simulation.py``): the app's part, on fake time.

It plays the app around ``ReminderService.check``: it jumps straight to the earliest of the next
due time, the next scripted event (suspend, clock jump, pause, drink, meeting, do-not-disturb)
and the next answer, then calls the same :func:`spasm_desktop.core.step.step` the service calls
(settle the clock, end an expired pause or do-not-disturb, hold back what is due while the
person is busy, release it after, show) and answers what it shows. Besides the wall clock the
policy sees, the driver keeps *real* time: suspends count, clock jumps do not.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
from collections.abc import Callable

from spasm_desktop.core import reminders, schedule, step
from spasm_desktop.core.reminders import (
    DEFERRED_DETAIL,
    EngineState,
    Outcome,
    Record,
    ReminderKind,
)
from spasm_desktop.core.settings import Settings
from tests.fakes import BERLIN, FakeClock

W = ReminderKind.WATER


@dataclasses.dataclass(frozen=True)
class Reply:
    """How (and how soon) the person answers one shown reminder."""

    outcome: Outcome
    delay: dt.timedelta = dt.timedelta(0)
    snooze: dt.timedelta | None = None


@dataclasses.dataclass(frozen=True)
class Suspend:
    """The machine sleeps from the event's time until ``until`` (wall clock)."""

    until: dt.datetime


@dataclasses.dataclass(frozen=True)
class Jump:
    """The wall clock is set forward or back by ``delta``; no real time passes."""

    delta: dt.timedelta


@dataclasses.dataclass(frozen=True)
class Pause:
    """The person pauses for ``minutes``, or until tomorrow when None."""

    minutes: int | None


@dataclasses.dataclass(frozen=True)
class Drink:
    """The person logs a drink by hand (it restarts the water interval)."""

    ml: int


@dataclasses.dataclass(frozen=True)
class Meeting:
    """The busy probe says "in a meeting" until ``until`` (wall clock); the pop-up stays."""

    until: dt.datetime


@dataclasses.dataclass(frozen=True)
class DoNotDisturb:
    """Do not disturb switched on by hand for ``minutes`` (what is on screen goes away)."""

    minutes: int


@dataclasses.dataclass(frozen=True)
class Event:
    """Something that happens at a time of the simulated month."""

    at: dt.datetime  # wall clock
    action: Suspend | Jump | Pause | Drink | Meeting | DoNotDisturb


#: What the busy probe answers during a meeting.
IN_A_MEETING = ("meeting", "video call")


@dataclasses.dataclass(frozen=True)
class Logged:
    """A record, with the real time it happened and what the driver knew then."""

    record: Record
    real: dt.datetime
    water_today: int = 0
    #: For SHOWN: the kind was snoozed and this is it coming back.
    follow_up: bool = False
    snoozed_until: dt.datetime | None = None
    together: frozenset[ReminderKind] = frozenset()

    @property
    def at(self) -> dt.datetime:
        return self.record.at

    @property
    def kind(self) -> ReminderKind:
        return self.record.kind

    @property
    def loc(self) -> dt.datetime:
        return self.record.at.astimezone(BERLIN)


Answerer = Callable[[ReminderKind], Reply]


def always_done(_kind: ReminderKind) -> Reply:
    return Reply(Outcome.DONE)


def realistic(seed: int) -> Answerer:
    """~60 % done, 20 % snoozed 5/10/15, 10 % skipped, 10 % ignored (the pop-up times out)."""
    rng = random.Random(seed)
    popup = dt.timedelta(seconds=Settings().delivery.popup_seconds)

    def answer(_kind: ReminderKind) -> Reply:
        roll = rng.random()
        delay = dt.timedelta(seconds=rng.choice((0, 4, 15, 40, 90)))
        if roll < 0.6:
            return Reply(Outcome.DONE, delay)
        if roll < 0.8:
            snooze = dt.timedelta(minutes=rng.choice(reminders.SNOOZE_CHOICES_MIN))
            return Reply(Outcome.SNOOZED, delay, snooze)
        if roll < 0.9:
            return Reply(Outcome.SKIPPED, delay)
        return Reply(Outcome.IGNORED, popup)

    return answer


class Sim:
    """Drives the policy the way the service does, against a fake clock."""

    def __init__(
        self,
        settings: Settings,
        start: dt.datetime,
        answerer: Answerer,
        events: list[Event] | tuple[Event, ...] = (),
    ) -> None:
        self.settings = settings
        self.clock = FakeClock(start)
        self.real = self.clock.now()
        self.state = EngineState.fresh(self.clock.now())
        self.answerer = answerer
        self.events = sorted(events, key=lambda e: e.at)
        self.log: list[Logged] = []
        self.drinks: list[tuple[dt.datetime, int]] = []
        self.replies: list[tuple[dt.datetime, ReminderKind, Reply]] = []
        #: (real, wall) instants right after each wake from suspend or clock jump.
        self.wakes: list[tuple[dt.datetime, dt.datetime]] = []
        #: (real instant, delta) of each clock jump.
        self.jumps: list[tuple[dt.datetime, dt.timedelta]] = []
        #: (wall start, wall end) of each pause.
        self.pauses: list[tuple[dt.datetime, dt.datetime]] = []
        #: Real instants where a predicted due time was reached and nothing was shown.
        self.idle: list[dt.datetime] = []
        #: The end of the meeting going on (wall clock), if any.
        self.meeting_until: dt.datetime | None = None
        #: (wall start, wall end, by hand) of each busy spell: meetings and do-not-disturb.
        self.busy_spells: list[tuple[dt.datetime, dt.datetime, bool]] = []
        #: How often the busy probe was read.
        self.probes = 0

    @property
    def now(self) -> dt.datetime:
        return self.clock.now()

    def water_today(self) -> int:
        today = schedule.local_date(self.now, BERLIN)
        return sum(ml for at, ml in self.drinks if schedule.local_date(at, BERLIN) == today)

    def ctx(self) -> reminders.Context:
        return reminders.Context(self.now, BERLIN, self.water_today())

    def _log(self, records: list[Record]) -> None:
        self.log.extend(Logged(r, self.real) for r in records)

    # -- what the service does --

    def busy_probe(self) -> tuple[object, ...]:
        self.probes += 1
        meeting = self.meeting_until is not None and self.now < self.meeting_until
        return (IN_A_MEETING,) if meeting else ()

    def on_screen(self) -> tuple[ReminderKind, ...]:
        """The kinds of the pop-up still open: shown and not answered yet."""
        return tuple(kind for kind in ReminderKind if any(r[1] is kind for r in self.replies))

    def check(self) -> bool:
        """One check, as the service does it; return whether anything came due."""
        ctx = self.ctx()
        on_screen = self.on_screen()
        decision = step.step(self.settings, self.state, ctx, on_screen=on_screen)
        if decision.needs_busy:
            busy = self.busy_probe()
            decision = step.step(self.settings, self.state, ctx, on_screen=on_screen, busy=busy)
        before = self.state
        self.state = decision.state
        # The new pop-up replaces the old one: its open kinds are answered (ignored) by this step.
        self.replies = [r for r in self.replies if r[1] not in decision.replaced]
        missed = {r.kind for r in decision.records if r.outcome is Outcome.MISSED_PAUSED}
        for record in decision.records:
            if record.outcome is not Outcome.SHOWN:
                self.log.append(Logged(record, self.real))
                continue
            kind = record.kind
            snoozed = None if kind in missed else before.kind(kind).snoozed_until
            self.log.append(
                Logged(
                    record,
                    self.real,
                    ctx.water_today_ml,
                    follow_up=snoozed is not None and record.detail != DEFERRED_DETAIL,
                    snoozed_until=snoozed,
                    together=frozenset(decision.show),
                )
            )
            reply = self.answerer(kind)
            self.replies.append((ctx.now + reply.delay, kind, reply))
        self.deliver(self.now)
        return bool(decision.show or decision.deferred)

    def deliver(self, upto: dt.datetime) -> bool:
        """Apply the answers given up to ``upto`` (wall clock), at the current time."""
        due = [r for r in self.replies if r[0] <= upto]
        self.replies = [r for r in self.replies if r[0] > upto]
        for _at, kind, reply in sorted(due, key=lambda r: r[0]):
            self.state, records = reminders.answer(
                self.state, [kind], reply.outcome, self.now, reply.snooze
            )
            self._log(records)
            if reply.outcome is Outcome.DONE and kind is W:
                self.drinks.append((self.now, self.settings.water.glass_ml))
        return bool(due)

    def apply(self, event: Event) -> None:
        action = event.action
        if isinstance(action, Suspend | Jump):
            self.deliver(dt.datetime.max.replace(tzinfo=dt.UTC))  # answered before it happens
            delta = action.until - self.now if isinstance(action, Suspend) else action.delta
            self.clock.jump(delta)
            if isinstance(action, Suspend):
                self.real += delta
            else:
                self.jumps.append((self.real, delta))
            self.wakes.append((self.real, self.now))
        elif isinstance(action, Pause):
            self.replies = []  # pausing closes the pop-up
            if action.minutes is None:
                until = reminders.pause_until_tomorrow(self.now, BERLIN)
            else:
                until = self.now + dt.timedelta(minutes=action.minutes)
            self.state = reminders.pause(self.state, until, self.now)
            self.pauses.append((self.now, until))
        elif isinstance(action, Meeting):
            self.meeting_until = action.until
            self.busy_spells.append((self.now, action.until, False))
        elif isinstance(action, DoNotDisturb):
            self.replies = []  # do not disturb closes the pop-up too
            until = self.now + dt.timedelta(minutes=action.minutes)
            self.state = reminders.set_dnd(self.state, until)
            self.busy_spells.append((self.now, until, True))
        else:
            self.drinks.append((self.now, action.ml))
            self.state = reminders.restart(self.state, W, self.now)

    def run(self, until: dt.datetime, max_steps: int = 20_000) -> Sim:
        self.check()
        for _ in range(max_steps):
            now = self.now
            dues = reminders.next_due(self.settings, self.state, self.ctx())
            due_at = min(dues.values(), default=None)
            assert due_at is None or due_at > now, f"stuck at {now}: {dues}"
            candidates = [until]
            if due_at is not None:
                candidates.append(due_at)
            if self.replies:
                candidates.append(min(r[0] for r in self.replies))
            if self.events:
                candidates.append(self.events[0].at)
            if self.state.paused_until is not None:
                candidates.append(self.state.paused_until)
            if self.state.dnd_until is not None:
                candidates.append(self.state.dnd_until)  # the service's do-not-disturb end job
            if self.state.deferred and self.meeting_until is not None and self.meeting_until > now:
                # The service polls the probe while it holds reminders back for a meeting; the
                # poll that first finds the meeting over is taken to land on its end.
                candidates.append(self.meeting_until)
            target = min(candidates)
            assert target >= now
            self.clock.advance(target - now)
            self.real += target - now
            if target >= until:
                return self
            busy = self.deliver(self.now)
            while self.events and self.events[0].at <= self.now:
                self.apply(self.events.pop(0))
                busy = True
            shown = self.check()
            if target == due_at and not busy and not shown and not self.state.is_paused(target):
                self.idle.append(self.real)
        raise AssertionError("the simulation did not finish")

    # -- queries --

    def shown(self, kind: ReminderKind | None = None) -> list[Logged]:
        return [
            e
            for e in self.log
            if e.record.outcome is Outcome.SHOWN and (kind is None or e.kind is kind)
        ]

    def outcomes(self, outcome: Outcome) -> list[Logged]:
        return [e for e in self.log if e.record.outcome is outcome]
