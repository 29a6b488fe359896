"""When each reminder is due, and how the person's answers change that.

The whole policy is here as pure functions of ``(settings, state, now)``; the scheduling layer only
turns the resulting times into timers. State is a frozen :class:`EngineState` that each transition
replaces, and every transition returns the :class:`Record` rows it produced, so that the app can
store exactly what happened.

Rules (see the foundation issue):

* Water, stretch and move count their interval inside active hours only; a new active window
  restarts the count. Water stays quiet in the taper before bedtime and the night after it; it
  stops for the day when the person's own goal is reached, and without a goal it keeps coming.
* A clinician-set fluid limit is a ceiling, never a target (CONTENT.md §7a): with one, no water
  reminder is due at all and a hot day raises nothing; water is only logged, and
  :func:`limit_level` says when the day's total nears or reaches the limit.
* Bedtime is a daily reminder at bedtime minus the lead time on the chosen days.
* A reminder missed while the machine slept (or the clock jumped forward) comes at most once, and
  only inside active hours; a backward jump never repeats one.
* Reminders due within :data:`MERGE_WINDOW` of each other are shown together.
* While paused nothing is due; what fell due during the pause is recorded as missed and its
  interval restarts when the pause ends.
* Where the app can tell when the person is at the computer, the move reminder follows the
  sitting timer (:mod:`spasm_desktop.core.sitting`) instead of the clock, and waits until the
  person is at the computer.
* While the person is busy (do not disturb, a meeting, a full-screen window) reminders that come
  due are deferred: recorded, and shown once per kind when the person is free again, if they
  still make sense then.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Mapping

from spasm_desktop.core import schedule
from spasm_desktop.core.settings import Settings

MERGE_WINDOW = dt.timedelta(minutes=2)
SNOOZE_CHOICES_MIN = (5, 10, 15)
#: A missed bedtime reminder is still worth showing until this long after bedtime itself.
BEDTIME_CATCH_UP = dt.timedelta(hours=1)
#: After bedtime no water reminder comes for this long, whatever the active hours say.
NIGHT = dt.timedelta(hours=8)
#: How far ahead to look for the next active window (covers a week of days off).
HORIZON = dt.timedelta(days=15)


class ReminderKind(enum.Enum):
    """The four kinds of reminder."""

    WATER = "water"
    STRETCH = "stretch"
    MOVE = "move"
    BEDTIME = "bedtime"


class Outcome(enum.Enum):
    """What became of a reminder."""

    SHOWN = "shown"
    DONE = "done"
    SNOOZED = "snoozed"
    SKIPPED = "skipped"
    IGNORED = "ignored"
    MISSED_PAUSED = "missed_paused"
    DEFERRED = "deferred"  # came due while the person was busy; held back


#: The detail of a "shown" record for a reminder that had been deferred.
DEFERRED_DETAIL = "deferred"


@dataclasses.dataclass(frozen=True)
class Record:
    """One row of the reminder log."""

    at: dt.datetime
    kind: ReminderKind
    outcome: Outcome
    due: dt.datetime | None = None
    detail: str = ""


@dataclasses.dataclass(frozen=True)
class KindState:
    """Per-kind memory: when its interval last started and whether it is snoozed."""

    anchor: dt.datetime
    snoozed_until: dt.datetime | None = None


@dataclasses.dataclass(frozen=True)
class EngineState:
    """Everything the policy remembers between events."""

    kinds: Mapping[ReminderKind, KindState]
    paused_until: dt.datetime | None = None
    paused_at: dt.datetime | None = None
    #: Kinds held back while the person was busy, with when each first came due.
    deferred: Mapping[ReminderKind, dt.datetime] = dataclasses.field(default_factory=dict)
    #: Do not disturb, set by hand: until a time, or until turned off.
    dnd_until: dt.datetime | None = None
    dnd_indefinite: bool = False
    #: The local day marked as a hot day or workout day (its water goal is raised).
    hot_day: dt.date | None = None

    @classmethod
    def fresh(cls, now: dt.datetime) -> EngineState:
        """Return the state of a first start: every interval begins now."""
        return cls(kinds={kind: KindState(anchor=now) for kind in ReminderKind})

    def kind(self, kind: ReminderKind) -> KindState:
        """Return the state of ``kind``."""
        return self.kinds[kind]

    def with_kind(self, kind: ReminderKind, value: KindState) -> EngineState:
        """Return a copy with ``kind`` replaced."""
        kinds = dict(self.kinds)
        kinds[kind] = value
        return dataclasses.replace(self, kinds=kinds)

    def is_paused(self, now: dt.datetime) -> bool:
        """Return whether reminders are paused at ``now``."""
        return self.paused_until is not None and now < self.paused_until

    def is_dnd(self, now: dt.datetime) -> bool:
        """Return whether do-not-disturb (set by hand) is on at ``now``."""
        return self.dnd_indefinite or (self.dnd_until is not None and now < self.dnd_until)


@dataclasses.dataclass(frozen=True)
class Sitting:
    """What the sitting timer tells the move reminder."""

    #: More sitting that makes the move reminder due (zero: it is due).
    until_due: dt.timedelta
    #: Whether the person is at the computer right now.
    at_desk: bool


@dataclasses.dataclass(frozen=True)
class Context:
    """The facts a decision needs besides settings and state.

    ``sitting`` is None where no activity source works: the move reminder then counts clock time.
    """

    now: dt.datetime
    tz: dt.tzinfo
    water_today_ml: int = 0
    sitting: Sitting | None = None
    #: Today's water goal when it differs from the settings' (a hot day or workout day).
    goal_ml: int | None = None

    def water_goal(self, settings: Settings) -> int | None:
        """Return today's water goal (None: no goal, or a fluid limit makes water log-only)."""
        if settings.water.log_only:
            return None
        return settings.water.daily_goal_ml if self.goal_ml is None else self.goal_ml


def is_enabled(settings: Settings, kind: ReminderKind) -> bool:
    """Return whether ``kind`` is switched on."""
    enabled = {
        # A fluid limit switches drink reminders off, whatever else is chosen (CONTENT.md §7a).
        ReminderKind.WATER: settings.water.reminds,
        ReminderKind.STRETCH: settings.stretch.enabled,
        ReminderKind.MOVE: settings.move.enabled,
        ReminderKind.BEDTIME: settings.bedtime.enabled,
    }
    return enabled[kind]


def interval(settings: Settings, kind: ReminderKind) -> dt.timedelta:
    """Return the interval of an interval kind."""
    minutes = {
        ReminderKind.WATER: settings.water.interval_min,
        ReminderKind.STRETCH: settings.stretch.interval_min,
        ReminderKind.MOVE: settings.move.interval_min,
    }[kind]
    return dt.timedelta(minutes=minutes)


def bedtime_instant(settings: Settings, evening: dt.date, tz: dt.tzinfo) -> dt.datetime:
    """Return bedtime for the evening of ``evening`` (a bedtime before noon is after midnight)."""
    at = settings.bedtime.bedtime
    day = evening + dt.timedelta(days=1) if at < dt.time(12, 0) else evening
    return schedule.local_instant(day, at, tz)


def windows(
    settings: Settings, kind: ReminderKind, tz: dt.tzinfo, start: dt.datetime, end: dt.datetime
) -> list[schedule.Window]:
    """Return when an interval kind may fire between ``start`` and ``end``."""
    active = schedule.active_windows(settings.active_hours, tz, start, end)
    if kind is not ReminderKind.WATER or settings.water.taper_min == 0:
        return active
    taper = dt.timedelta(minutes=settings.water.taper_min)
    holes: list[schedule.Window] = []
    day = schedule.local_date(start, tz) - dt.timedelta(days=1)
    while day <= schedule.local_date(end, tz):
        bed = bedtime_instant(settings, day, tz)
        holes.append((bed - taper, bed + NIGHT))
        day += dt.timedelta(days=1)
    return schedule.subtract(active, holes)


def _goal_reached(settings: Settings, ctx: Context) -> bool:
    """Whether today's goal is reached (never, without a goal: reminders keep coming)."""
    goal = ctx.water_goal(settings)
    return goal is not None and ctx.water_today_ml >= goal


def _first_due_from(
    wins: list[schedule.Window], anchor: dt.datetime, step: dt.timedelta
) -> dt.datetime | None:
    """First time ``step`` after ``anchor`` counted inside one window (restarting per window)."""
    for start, end in wins:
        if end <= anchor:
            continue
        due = max(start, anchor) + step
        if due < end:
            return due
    return None


def _interval_due(
    settings: Settings, kind: ReminderKind, state: KindState, ctx: Context
) -> dt.datetime | None:
    now = ctx.now
    # A backward clock jump leaves the anchor in the future: count from now instead.
    anchor = min(state.anchor, now)
    step = interval(settings, kind)
    if kind is ReminderKind.WATER and _goal_reached(settings, ctx):
        anchor = max(anchor, schedule.next_local_midnight(now, ctx.tz))
    wins = windows(settings, kind, ctx.tz, anchor - step, max(anchor, now) + HORIZON)
    if state.snoozed_until is not None and state.snoozed_until > anchor:
        if schedule.window_at(wins, state.snoozed_until):
            due: dt.datetime | None = state.snoozed_until
        else:
            due = _first_due_from(wins, state.snoozed_until, step)
    else:
        due = _first_due_from(wins, anchor, step)
    if due is None or due > now:
        return due
    # Overdue: the machine slept, the app was closed, or the clock jumped forward.
    current = schedule.window_at(wins, now)
    if current is None:
        return _first_due_from(wins, now, step)
    if due >= current[0]:
        return now  # one catch-up, now, for what came due in this same window
    return max(now, _first_due_from(wins, current[0], step) or now)


def _sitting_due(
    settings: Settings, state: KindState, sitting: Sitting, ctx: Context
) -> dt.datetime | None:
    """The move reminder by the sitting timer: due after enough sitting, inside active hours.

    A reminder that is due while the person is not at the computer is not planned at all: the
    app watches for their return (and if they stay away, that was a break).
    """
    now = ctx.now
    snoozed = state.snoozed_until
    if snoozed is not None and snoozed > state.anchor:
        due = max(snoozed, now)
    else:
        due = now + sitting.until_due
    if due <= now and not sitting.at_desk:
        return None
    wins = windows(settings, ReminderKind.MOVE, ctx.tz, now - MERGE_WINDOW, now + HORIZON)
    if schedule.window_at(wins, due):
        return due
    return next((start for start, _end in wins if start > due), None)


def _bedtime_slot(settings: Settings, evening: dt.date, tz: dt.tzinfo) -> dt.datetime:
    return bedtime_instant(settings, evening, tz) - dt.timedelta(minutes=settings.bedtime.lead_min)


def _bedtime_due(settings: Settings, state: KindState, ctx: Context) -> dt.datetime | None:
    if not settings.bedtime.days:
        return None
    # A backward jump must not repeat tonight's reminder, so the anchor is not clamped to now;
    # only a wildly wrong future anchor (clock was set days ahead) is pulled back.
    anchor = min(state.anchor, ctx.now + dt.timedelta(days=1))
    snoozed = state.snoozed_until
    if snoozed is not None and snoozed > anchor and snoozed > ctx.now - BEDTIME_CATCH_UP:
        return max(snoozed, ctx.now)
    evening = schedule.local_date(anchor, ctx.tz) - dt.timedelta(days=1)
    for _ in range(9):
        this_evening, evening = evening, evening + dt.timedelta(days=1)
        if this_evening.weekday() not in settings.bedtime.days:
            continue
        slot = _bedtime_slot(settings, this_evening, ctx.tz)
        if slot <= anchor:
            continue
        if slot > ctx.now:
            return slot
        expires = slot + dt.timedelta(minutes=settings.bedtime.lead_min) + BEDTIME_CATCH_UP
        if ctx.now < expires:
            return ctx.now  # missed while asleep, still before (or just after) bedtime
    return None


def due_time(
    settings: Settings, state: EngineState, kind: ReminderKind, ctx: Context
) -> dt.datetime | None:
    """Return when ``kind`` is next due (``ctx.now`` if overdue), or None if it is not."""
    if not is_enabled(settings, kind):
        return None
    if kind is ReminderKind.BEDTIME:
        raw = _bedtime_due(settings, state.kind(kind), ctx)
    elif kind is ReminderKind.MOVE and ctx.sitting is not None:
        raw = _sitting_due(settings, state.kind(kind), ctx.sitting, ctx)
    else:
        raw = _interval_due(settings, kind, state.kind(kind), ctx)
    pause_end = state.paused_until
    if raw is None or pause_end is None:
        return raw
    probe = (
        raw
        if ctx.now <= pause_end
        else due_time(
            settings,
            dataclasses.replace(state, paused_until=None),
            kind,
            dataclasses.replace(ctx, now=pause_end),
        )
    )
    if probe is None or probe > pause_end:
        return raw
    # It came due in the pause: it restarts from the pause's end (and is recorded as missed).
    restarted = state.with_kind(kind, KindState(anchor=max(state.kind(kind).anchor, pause_end)))
    resumed = dataclasses.replace(restarted, paused_until=None, paused_at=None)
    return due_time(settings, resumed, kind, dataclasses.replace(ctx, now=max(ctx.now, pause_end)))


def next_due(
    settings: Settings, state: EngineState, ctx: Context
) -> dict[ReminderKind, dt.datetime]:
    """Return the next due time of every enabled kind that has one."""
    result = {}
    for kind in ReminderKind:
        due = due_time(settings, state, kind, ctx)
        if due is not None:
            result[kind] = due
    return result


def due_now(settings: Settings, state: EngineState, ctx: Context) -> list[ReminderKind]:
    """Return the kinds to show together now: all due within :data:`MERGE_WINDOW` of ``now``."""
    if state.is_paused(ctx.now):
        return []
    horizon = ctx.now + MERGE_WINDOW
    dues = next_due(settings, state, ctx)
    if not any(due <= ctx.now for due in dues.values()):
        return []
    return [kind for kind, due in dues.items() if due <= horizon]


# --- transitions --------------------------------------------------------------------------


def show(
    settings: Settings, state: EngineState, kinds: list[ReminderKind], ctx: Context
) -> tuple[EngineState, list[Record]]:
    """The reminders ``kinds`` are shown now: their intervals restart from now."""
    dues = next_due(settings, state, ctx)
    records = [Record(ctx.now, kind, Outcome.SHOWN, dues.get(kind)) for kind in kinds]
    for kind in kinds:
        anchor = ctx.now
        if kind is ReminderKind.BEDTIME:
            # Shown a minute early together with another kind: tonight's slot is handled.
            anchor = max(ctx.now, dues.get(kind, ctx.now))
        state = state.with_kind(kind, KindState(anchor=anchor))
    return state, records


def answer(
    state: EngineState,
    kinds: list[ReminderKind],
    outcome: Outcome,
    now: dt.datetime,
    snooze: dt.timedelta | None = None,
) -> tuple[EngineState, list[Record]]:
    """Apply the person's answer (done, snoozed, skipped, ignored) to ``kinds``."""
    records = []
    for kind in kinds:
        current = state.kind(kind)
        if outcome is Outcome.SNOOZED:
            assert snooze is not None
            value = KindState(anchor=current.anchor, snoozed_until=now + snooze)
            detail = str(int(snooze.total_seconds() // 60))
        elif outcome is Outcome.IGNORED:
            value, detail = current, ""
        else:
            # Done and skipped restart the interval now (bedtime: tonight is handled).
            value, detail = KindState(anchor=max(now, current.anchor)), ""
        state = state.with_kind(kind, value)
        records.append(Record(now, kind, outcome, detail=detail))
    return state, records


def restart(state: EngineState, kind: ReminderKind, now: dt.datetime) -> EngineState:
    """Restart ``kind``'s interval without a record (a drink logged, a break taken).

    A snooze of that kind is dropped too: what it waited for has just been done.
    """
    return state.with_kind(kind, KindState(anchor=now))


def settle_clock(state: EngineState, now: dt.datetime) -> EngineState:
    """After the wall clock went back: interval anchors in the future move back to ``now``.

    Without this the next due time would be counted from an instant that has not come yet, and
    slide along with the clock. Bedtime keeps its anchor so tonight's reminder is not repeated.
    """
    for kind in (ReminderKind.WATER, ReminderKind.STRETCH, ReminderKind.MOVE):
        current = state.kind(kind)
        if current.anchor > now:
            snoozed = current.snoozed_until
            if snoozed is not None and snoozed - current.anchor > dt.timedelta(0):
                snoozed = now + (snoozed - current.anchor)
            state = state.with_kind(kind, KindState(anchor=now, snoozed_until=snoozed))
    return state


def pause(state: EngineState, until: dt.datetime, now: dt.datetime) -> EngineState:
    """Pause every reminder until ``until`` (a new pause replaces the end of a running one).

    Reminders held back while busy are dropped: the pause says "not now" to them as well.
    """
    started = state.paused_at if state.paused_at is not None and state.is_paused(now) else now
    return dataclasses.replace(state, paused_until=until, paused_at=started, deferred={})


def pause_until_tomorrow(now: dt.datetime, tz: dt.tzinfo) -> dt.datetime:
    """Return the end of a pause "until tomorrow": the next local midnight."""
    return schedule.next_local_midnight(now, tz)


def end_pause(
    settings: Settings, state: EngineState, ctx: Context
) -> tuple[EngineState, list[Record]]:
    """End the pause (resumed by hand, or its time is up) and record what it swallowed.

    Each kind that came due during the pause gets one "missed while paused" record, and its
    interval restarts at the pause's end.
    """
    if state.paused_until is None:
        return state, []
    end = min(state.paused_until, ctx.now)
    started = state.paused_at if state.paused_at is not None else end
    unpaused = dataclasses.replace(state, paused_until=None, paused_at=None)
    at_start = dataclasses.replace(ctx, now=started)
    records = []
    for kind in ReminderKind:
        raw = due_time(settings, unpaused, kind, at_start)
        if raw is not None and raw <= end:
            records.append(Record(ctx.now, kind, Outcome.MISSED_PAUSED, raw))
            unpaused = unpaused.with_kind(
                kind, KindState(anchor=max(end, unpaused.kind(kind).anchor))
            )
    return unpaused, records


# --- busy: deferring and catching up ----------------------------------------------------------


def defer(
    settings: Settings, state: EngineState, kinds: list[ReminderKind], ctx: Context
) -> tuple[EngineState, list[Record]]:
    """The reminders ``kinds`` came due while the person is busy: hold them back.

    Their intervals restart as if shown (so nothing piles up), and each kind is remembered once,
    with when it first came due.
    """
    dues = next_due(settings, state, ctx)
    state, _shown = show(settings, state, kinds, ctx)
    deferred = dict(state.deferred)
    records = []
    for kind in kinds:
        due = dues.get(kind, ctx.now)
        deferred.setdefault(kind, due)
        records.append(Record(ctx.now, kind, Outcome.DEFERRED, due))
    return dataclasses.replace(state, deferred=deferred), records


def still_timely(settings: Settings, kind: ReminderKind, due: dt.datetime, ctx: Context) -> bool:
    """Return whether a reminder held back since ``due`` is still worth showing now."""
    if not is_enabled(settings, kind):
        return False
    if kind is ReminderKind.BEDTIME:
        lead = dt.timedelta(minutes=settings.bedtime.lead_min)
        return ctx.now < due + lead + BEDTIME_CATCH_UP
    if kind is ReminderKind.WATER and _goal_reached(settings, ctx):
        return False
    if kind is ReminderKind.MOVE and ctx.sitting is not None and not ctx.sitting.at_desk:
        return False  # they got up after all
    return in_window(settings, kind, ctx.tz, ctx.now)


def in_window(settings: Settings, kind: ReminderKind, tz: dt.tzinfo, now: dt.datetime) -> bool:
    """Return whether an interval kind may fire at ``now`` (active hours, water's quiet times)."""
    wins = windows(settings, kind, tz, now - MERGE_WINDOW, now + MERGE_WINDOW)
    return schedule.window_at(wins, now) is not None


def release(
    settings: Settings, state: EngineState, ctx: Context
) -> tuple[EngineState, list[ReminderKind], list[Record]]:
    """The person is free again: one catch-up per held-back kind that is still timely.

    Returns the new state, the kinds to show now and their records ("shown", detail
    :data:`DEFERRED_DETAIL`, with when they first came due).
    """
    if not state.deferred:
        return state, [], []
    kinds = [
        kind
        for kind in ReminderKind
        if kind in state.deferred and still_timely(settings, kind, state.deferred[kind], ctx)
    ]
    records = [
        Record(ctx.now, kind, Outcome.SHOWN, state.deferred[kind], DEFERRED_DETAIL)
        for kind in kinds
    ]
    cleared = dataclasses.replace(state, deferred={})
    for kind in kinds:
        anchor = max(ctx.now, cleared.kind(kind).anchor)
        cleared = cleared.with_kind(kind, KindState(anchor=anchor))
    return cleared, kinds, records


def set_dnd(state: EngineState, until: dt.datetime | None, indefinite: bool = False) -> EngineState:
    """Turn do-not-disturb on until ``until``, or until turned off (``indefinite``)."""
    return dataclasses.replace(
        state, dnd_until=None if indefinite else until, dnd_indefinite=indefinite
    )


def clear_dnd(state: EngineState) -> EngineState:
    """Turn do-not-disturb (set by hand) off."""
    return dataclasses.replace(state, dnd_until=None, dnd_indefinite=False)


#: A hot day or a workout day raises that day's water goal by this much (a design choice: NHS
#: advice is to drink more in heat and during activity, CONTENT.md §3.1, with no figure).
HOT_DAY_EXTRA_ML = 500


def hot_day_goal(settings: Settings) -> int | None:
    """Return the water goal of a hot or workout day (None: there is no goal to raise).

    A clinician-set fluid limit comes first (CONTENT.md §7a): with one there is no goal and no
    increase. Without a goal of their own, nothing is raised either: the reminders already come
    at the chosen interval all day.
    """
    goal = settings.water.daily_goal_ml
    return None if goal is None else goal + HOT_DAY_EXTRA_ML


#: From this share of the fluid limit on, the day's total is "near the limit" (a design choice:
#: a calm note early enough to plan the rest of the day, CONTENT.md §7a "a gentle note").
NEAR_LIMIT_SHARE = 0.8


class LimitLevel(enum.Enum):
    """Where today's logged total stands against a clinician-set fluid limit."""

    NO_LIMIT = "no_limit"
    UNDER = "under"
    NEAR = "near"
    REACHED = "reached"


def limit_level(settings: Settings, water_today_ml: int) -> LimitLevel:
    """Return where ``water_today_ml`` stands against the fluid limit (a ceiling, not a goal)."""
    limit = settings.water.fluid_limit_ml
    if limit is None:
        return LimitLevel.NO_LIMIT
    if water_today_ml >= limit:
        return LimitLevel.REACHED
    if water_today_ml >= limit * NEAR_LIMIT_SHARE:
        return LimitLevel.NEAR
    return LimitLevel.UNDER
