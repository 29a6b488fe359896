"""What the records store reads and writes, and how each is kept in the database.

The records' data classes, the engine state and sitting timer as JSON, the rows of cramp
episodes and medicines, and the markers of writes held in memory (a deletion, a day's goal,
held records from an earlier run).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import json
import sqlite3
from collections.abc import Callable
from typing import Any

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import Medicine
from spasm_desktop.core.nights import Answer, MorningAnswer
from spasm_desktop.core.reminders import EngineState, KindState, ReminderKind
from spasm_desktop.core.sitting import SittingState
from spasm_desktop.storage import held

#: The keys of the ``profile`` table.
PROFILE_KEYS = ("cramps_since", "conditions", "conditions_note")
#: The columns of ``cramp_episodes`` that :func:`episode_from_row` reads, in order.
EPISODE_COLUMNS = (
    "uid, started, duration_s, area, side, severity, feelings, context, helped, notes, source, "
    "triggers, relief_minutes, woke_me, sleep_disruption, soreness_next_day, red_flags, "
    "time_unknown"
)
#: Stores an episode (the values of :func:`episode_row`), or replaces the one with its uid.
EPISODE_UPSERT = (
    f"INSERT INTO cramp_episodes ({EPISODE_COLUMNS}) VALUES ({','.join('?' * 18)}) "
    "ON CONFLICT (uid) DO UPDATE SET started=excluded.started, "
    "duration_s=excluded.duration_s, area=excluded.area, side=excluded.side, "
    "severity=excluded.severity, feelings=excluded.feelings, "
    "context=excluded.context, helped=excluded.helped, notes=excluded.notes, "
    "triggers=excluded.triggers, relief_minutes=excluded.relief_minutes, "
    "woke_me=excluded.woke_me, sleep_disruption=excluded.sleep_disruption, "
    "soreness_next_day=excluded.soreness_next_day, red_flags=excluded.red_flags, "
    "time_unknown=excluded.time_unknown"
)
#: The columns of ``morning_answers`` that :func:`answer_from_row` reads, in order.
ANSWER_COLUMNS = "night, answered_at, answer, count, worst, area, side, woke"


@dataclasses.dataclass(frozen=True)
class RoutineSession:
    """One run of a guided routine."""

    routine: str
    started: dt.datetime
    ended: dt.datetime
    finished: bool
    #: Where it was stopped ("exercise-id/side/phase"), empty when finished.
    stopped_at: str = ""
    #: The steps skipped with "next", in the same form.
    skipped: tuple[str, ...] = ()


class StoreProblem(enum.Enum):
    """Why records are not reaching the disk right now."""

    NONE = "none"
    UNAVAILABLE = "unavailable"  # locked, read-only, missing permissions, disk full
    DAMAGED = "damaged"  # damaged and not salvaged: never written, records held in memory


@dataclasses.dataclass(frozen=True)
class Drink:
    """A logged drink."""

    at: dt.datetime
    ml: int
    source: str
    id: int | None = None
    #: The command-line request that logged it ("" if none): stored once, whoever stores it.
    request: str = ""


def iso(value: dt.datetime) -> str:
    """A time as stored: UTC, to the second."""
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def parse_time(value: str) -> dt.datetime:
    """A stored time, in UTC."""
    return dt.datetime.fromisoformat(value).astimezone(dt.UTC)


def state_to_json(state: EngineState) -> str:
    """Serialise the engine state."""
    return json.dumps(
        {
            "kinds": {
                kind.value: {
                    "anchor": iso(value.anchor),
                    "snoozed_until": iso(value.snoozed_until) if value.snoozed_until else None,
                }
                for kind, value in state.kinds.items()
            },
            "paused_until": iso(state.paused_until) if state.paused_until else None,
            "paused_at": iso(state.paused_at) if state.paused_at else None,
            "deferred": {kind.value: iso(due) for kind, due in state.deferred.items()},
            "dnd_until": iso(state.dnd_until) if state.dnd_until else None,
            "dnd_indefinite": state.dnd_indefinite,
            "hot_day": state.hot_day.isoformat() if state.hot_day else None,
        }
    )


def _optional_time(raw: dict[str, Any], key: str) -> dt.datetime | None:
    value = raw.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{key} is not a time")
    return parse_time(value)


def state_from_json(text: str, now: dt.datetime) -> EngineState:
    """Parse the engine state; kinds missing or unreadable start fresh at ``now``."""
    raw = json.loads(text)
    kinds = {}
    for kind in ReminderKind:
        item = raw.get("kinds", {}).get(kind.value)
        try:
            snoozed = item.get("snoozed_until")
            kinds[kind] = KindState(
                parse_time(item["anchor"]), parse_time(snoozed) if snoozed else None
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            kinds[kind] = KindState(anchor=now)
    deferred = {}
    deferred_raw = raw.get("deferred")
    for kind in ReminderKind:
        due = deferred_raw.get(kind.value) if isinstance(deferred_raw, dict) else None
        if isinstance(due, str):
            deferred[kind] = parse_time(due)
    return EngineState(
        kinds=kinds,
        paused_until=_optional_time(raw, "paused_until"),
        paused_at=_optional_time(raw, "paused_at"),
        deferred=deferred,
        dnd_until=_optional_time(raw, "dnd_until"),
        dnd_indefinite=raw.get("dnd_indefinite") is True,
        hot_day=_optional_date(raw.get("hot_day")),
    )


def _optional_date(value: Any) -> dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError("hot_day is not a date")
    return dt.date.fromisoformat(value)


def sitting_to_json(state: SittingState) -> str:
    """Serialise the sitting timer."""
    times = ("spell_start", "counted_until", "away_since", "last_seen")
    data: dict[str, Any] = {
        name: iso(value) if (value := getattr(state, name)) else None for name in times
    }
    data.update(
        sat_s=state.sat_s,
        since_prompt_s=state.since_prompt_s,
        last_idle_s=state.last_idle_s,
        day=state.day.isoformat() if state.day else None,
        today_s=state.today_s,
    )
    return json.dumps(data)


def sitting_from_json(text: str) -> SittingState:
    """Parse the sitting timer (raises ValueError, TypeError or KeyError if unreadable)."""
    raw = json.loads(text)
    if not isinstance(raw, dict):
        raise TypeError("not an object")

    def seconds(name: str) -> float:
        value = raw.get(name, 0.0)
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise TypeError(name)
        return float(value)

    day = raw.get("day")
    return SittingState(
        spell_start=_optional_time(raw, "spell_start"),
        sat_s=seconds("sat_s"),
        since_prompt_s=seconds("since_prompt_s"),
        counted_until=_optional_time(raw, "counted_until"),
        away_since=_optional_time(raw, "away_since"),
        last_seen=_optional_time(raw, "last_seen"),
        last_idle_s=seconds("last_idle_s"),
        day=dt.date.fromisoformat(day) if isinstance(day, str) else None,
        today_s=seconds("today_s"),
    )


#: A write: what it does on the connection (run again until it succeeds).
Write = Callable[[sqlite3.Connection], None]


@dataclasses.dataclass(frozen=True)
class DeletedEpisode:
    """A deleted episode whose removal from the database waits in memory."""

    uid: str


@dataclasses.dataclass(frozen=True)
class DeletedMedicine:
    """A deleted medicine whose removal from the database waits in memory."""

    uid: str


@dataclasses.dataclass(frozen=True)
class Recovered:
    """Held records from an earlier run (the recovery file), added in one transaction."""

    entries: tuple[held.Entry, ...]


@dataclasses.dataclass(frozen=True)
class DayGoal:
    """The water goal of one day (None: the day has none), waiting in memory."""

    day: dt.date
    goal_ml: int | None


def _texts(value: str) -> tuple[str, ...]:
    """A stored JSON list of words (the same few lists recur: each is decoded once)."""
    return tuple(json.loads(value))


def episode_from_row(row: tuple[Any, ...]) -> Episode:
    """A cramp episode from its row (the columns of :data:`EPISODE_COLUMNS`)."""
    (uid, started, duration, area, side, severity, feelings, context, helped, notes, source) = row[
        :11
    ]
    triggers, relief, woke, sleep, soreness, flags, time_unknown = row[11:]
    return Episode(
        started=parse_time(started),
        duration_s=duration,
        area=area,
        side=side,
        severity=severity,
        feelings=_texts(feelings),
        context=_texts(context),
        helped=_texts(helped),
        notes=notes,
        triggers=_texts(triggers),
        relief_minutes=relief,
        woke_me=None if woke is None else bool(woke),
        sleep_disruption=sleep,
        soreness_next_day=soreness,
        red_flags=_texts(flags),
        source=source,
        uid=uid,
        time_unknown=bool(time_unknown),
    )


def episode_row(episode: Episode) -> tuple[Any, ...]:
    """An episode's row (the columns of :data:`EPISODE_COLUMNS`)."""
    return (
        episode.uid,
        iso(episode.started),
        episode.duration_s,
        episode.area,
        episode.side,
        episode.severity,
        json.dumps(list(episode.feelings)),
        json.dumps(list(episode.context)),
        json.dumps(list(episode.helped)),
        episode.notes,
        episode.source,
        json.dumps(list(episode.triggers)),
        episode.relief_minutes,
        None if episode.woke_me is None else int(episode.woke_me),
        episode.sleep_disruption,
        episode.soreness_next_day,
        json.dumps(list(episode.red_flags)),
        int(episode.time_unknown),
    )


def answer_from_row(row: tuple[Any, ...]) -> MorningAnswer:
    """A morning check-in answer from its row (the columns of :data:`ANSWER_COLUMNS`)."""
    night, answered_at, answer, count, worst, area, side, woke = row
    return MorningAnswer(
        dt.date.fromisoformat(night),
        parse_time(answered_at),
        Answer(answer),
        count=count,
        worst=worst,
        area=area,
        side=side,
        woke=None if woke is None else bool(woke),
    )


def answer_row(answer: MorningAnswer) -> tuple[Any, ...]:
    """The row of a morning check-in answer (the columns of :data:`ANSWER_COLUMNS`)."""
    return (
        answer.night.isoformat(),
        iso(answer.answered_at),
        answer.answer.value,
        answer.count,
        answer.worst,
        answer.area,
        answer.side,
        None if answer.woke is None else int(answer.woke),
    )


@dataclasses.dataclass(frozen=True)
class CheckinWrite:
    """A morning check-in answer and the episodes of its count, stored in one transaction."""

    answer: MorningAnswer
    episodes: tuple[Episode, ...] = ()
    #: The uids of the episodes deleted in the same transaction (an earlier answer's).
    replaced: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class DeletedAnswer:
    """A morning answer deleted (with the episodes ``replaced``), waiting in memory."""

    night: dt.date
    replaced: tuple[str, ...] = ()


def day_text(value: dt.date | None) -> str | None:
    """A day as stored (None: not known)."""
    return value.isoformat() if value is not None else None


def medicine_from_row(row: tuple[Any, ...]) -> Medicine:
    """A medicine from its row (uid, name, started, stopped, note)."""
    uid, name, started, stopped, note = row
    return Medicine(
        name=name,
        started=dt.date.fromisoformat(started) if started else None,
        stopped=dt.date.fromisoformat(stopped) if stopped else None,
        note=note,
        uid=uid,
    )
