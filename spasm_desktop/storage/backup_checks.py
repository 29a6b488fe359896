"""What a backup's values may be: a check for every column of every records table.

A check returns the value as it is stored, or raises :class:`BadValueError` saying what was
expected. Every check bounds what it accepts, so a crafted backup can neither overflow SQLite
(whole numbers past 64 bits), nor put times at the ends of the calendar (year 1 or 9999, where
date arithmetic overflows and a history spans thousands of years), nor bury a report under
megabytes of text: times and dates stay within :data:`schedule.FIRST_DAY` and
:data:`schedule.LAST_DAY`, numbers within what the app itself lets a person enter, and texts
within the lengths of the app's own fields.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
from collections.abc import Callable, Sequence
from typing import Any

from spasm_desktop.core import episode, medical, nights, schedule
from spasm_desktop.core.nights import Answer
from spasm_desktop.core.reminders import Outcome, ReminderKind
from spasm_desktop.core.sitting import BreakSource
from spasm_desktop.storage import records


class BadValueError(Exception):
    """A value that cannot be stored; the message says what was expected."""


Check = Callable[[Any], Any]

#: Texts the app makes itself (ids, sources, routine names, reminder details) are short.
MAX_TEXT = 400
#: A JSON list of words (what helped, triggers, ...), as stored.
MAX_TEXT_LIST = 4000
#: The largest drink a backup may hold (the app lets a person log up to 2000 ml at a time).
MAX_DRINK_ML = 5000
#: The largest daily water goal (Settings go up to 6000 ml).
MAX_GOAL_ML = 20000
#: A whole number SQLite can store (64 bits, signed).
_SQLITE_MAX = 2**63 - 1

# A day's slack each side: the first and last days are local days, in any time zone.
_FIRST_TIME = dt.datetime.combine(schedule.FIRST_DAY, dt.time(0), tzinfo=dt.UTC) - dt.timedelta(1)
_END_TIME = dt.datetime.combine(schedule.LAST_DAY, dt.time(0), tzinfo=dt.UTC) + dt.timedelta(2)
_TIME = "a time such as 2026-11-24T21:30:00+00:00"
_WINDOW = f"between {schedule.FIRST_DAY.year} and {schedule.LAST_DAY.year}"


def text(limit: int = MAX_TEXT) -> Check:
    """A text of at most ``limit`` characters."""

    def check(value: Any) -> Any:
        if not isinstance(value, str):
            raise BadValueError("text")
        if len(value) > limit:
            raise BadValueError(f"a text of at most {limit} characters (it has {len(value)})")
        return value

    return check


def time(value: Any) -> Any:
    """A time with a zone, within the years the app accepts; returned in UTC, to the second."""
    if not isinstance(value, str) or len(value) > 40:
        raise BadValueError(_TIME)
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        raise BadValueError(_TIME) from None
    if parsed.tzinfo is None:
        raise BadValueError("a time with a time zone, such as 2026-11-24T21:30:00+00:00")
    try:
        utc = parsed.astimezone(dt.UTC)
    except OverflowError:
        raise BadValueError(f"a time {_WINDOW}") from None
    if not _FIRST_TIME <= utc < _END_TIME:
        raise BadValueError(f"a time {_WINDOW}")
    return utc.isoformat(timespec="seconds")


def date(first: dt.date = schedule.FIRST_DAY) -> Check:
    """A calendar day from ``first`` to :data:`schedule.LAST_DAY`, as ``YYYY-MM-DD``."""

    def check(value: Any) -> Any:
        if not isinstance(value, str) or len(value) > 20:
            raise BadValueError("a date such as 2026-11-24")
        try:
            parsed = dt.date.fromisoformat(value)
        except ValueError:
            raise BadValueError("a date such as 2026-11-24") from None
        if not first <= parsed <= schedule.LAST_DAY:
            raise BadValueError(f"a date between {first.year} and {schedule.LAST_DAY.year}")
        return parsed.isoformat()

    return check


def whole(low: int, high: int, expected: str | None = None) -> Check:
    """A whole number from ``low`` to ``high`` (not a boolean, not a float)."""
    words = expected or f"a whole number from {low} to {high}"

    def check(value: Any) -> Any:
        if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
            raise BadValueError(words)
        return value

    return check


def one_of(choices: Sequence[str]) -> Check:
    """One of ``choices``."""

    def check(value: Any) -> Any:
        if value not in choices:
            raise BadValueError("one of " + ", ".join(choices))
        return value

    return check


def text_list(value: Any) -> Any:
    """A JSON list of short texts, as stored (``["a", "b"]``)."""
    expected = 'a JSON list of texts, such as ["a", "b"]'
    if not isinstance(value, str):
        raise BadValueError(expected)
    if len(value) > MAX_TEXT_LIST:
        raise BadValueError(f"{expected}, of at most {MAX_TEXT_LIST} characters")
    try:
        items = json.loads(value)
    except (ValueError, RecursionError):
        raise BadValueError(expected) from None
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        raise BadValueError(expected)
    return value


def nullable(check: Check) -> Check:
    """``check``, or null."""

    def inner(value: Any) -> Any:
        return None if value is None else check(value)

    return inner


def stored(value: Any) -> Any:
    """Any value SQLite stores as is: for a column that has no check of its own yet."""
    expected = "text, a number or null"
    if value is None:
        return value
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise BadValueError(expected)
    if isinstance(value, int) and not -_SQLITE_MAX - 1 <= value <= _SQLITE_MAX:
        raise BadValueError(expected + " (a whole number of at most 64 bits)")
    if isinstance(value, float) and not math.isfinite(value):
        raise BadValueError(expected + " (a finite number)")
    if isinstance(value, str) and len(value) > episode.MAX_NOTES:
        raise BadValueError(f"a text of at most {episode.MAX_NOTES} characters")
    return value


@dataclasses.dataclass(frozen=True)
class Rules:
    """What the schema cannot say about a table: its period, its natural key, its checks."""

    time_column: str | None
    key: tuple[str, ...]
    #: A check for every column of the table (the row number ``id`` aside).
    checks: dict[str, Check]
    by_date: bool = False


#: Tables a backup leaves out: the engine's state (timers, snoozes, the report's notes) and the
#: command line's handled requests belong to this installation, not to the record.
PRIVATE_TABLES = frozenset({"state", "handled_requests"})

_SCORE = "a whole number from 0 to 10"
_SHORT = text()

#: The tables and columns themselves come from the schema (:data:`records_schema.SCHEMA`): see
#: ``backup.build_tables``. A column or table without rules here is still exported, and
#: ``backup.PROBLEMS`` names it (a test keeps that list empty).
RULES: dict[str, Rules] = {
    "reminder_log": Rules(
        "at",
        ("at", "kind", "outcome", "due"),
        {
            "at": time,
            "kind": one_of([k.value for k in ReminderKind]),
            "outcome": one_of([o.value for o in Outcome]),
            "due": nullable(time),
            "detail": _SHORT,
        },
    ),
    "drinks": Rules(
        "at",
        ("at", "ml", "source"),
        {"at": time, "ml": whole(1, MAX_DRINK_ML), "source": _SHORT},
    ),
    "breaks": Rules(
        "started",
        ("started", "ended", "source"),
        {"started": time, "ended": time, "source": one_of([s.value for s in BreakSource])},
    ),
    "routine_sessions": Rules(
        "started",
        ("routine", "started"),
        {
            "routine": _SHORT,
            "started": time,
            "ended": time,
            "outcome": one_of(["finished", "stopped"]),
            "stopped_at": _SHORT,
            "skipped": text_list,
        },
    ),
    "cramp_episodes": Rules(
        "started",
        ("uid",),
        {
            "uid": _SHORT,
            "started": time,
            "duration_s": nullable(
                whole(0, episode.MAX_DURATION_S, "a whole number of seconds, at most a day")
            ),
            "area": nullable(_SHORT),
            "side": nullable(_SHORT),
            "severity": nullable(whole(0, 10, _SCORE)),
            "feelings": text_list,
            "context": text_list,
            "helped": text_list,
            "notes": text(episode.MAX_NOTES),
            "source": _SHORT,
            # schema 5 (CONTENT.md §7.1 diary fields)
            "triggers": text_list,
            "relief_minutes": nullable(whole(0, episode.MAX_RELIEF_MINUTES)),
            "woke_me": nullable(whole(0, 1, "0 (no), 1 (yes) or null")),
            "sleep_disruption": nullable(whole(0, 10, _SCORE)),
            "soreness_next_day": nullable(whole(0, 10, _SCORE)),
            "red_flags": text_list,
            # schema 10: told at the morning check-in, time in the night not known
            "time_unknown": whole(0, 1, "0 (no) or 1 (yes)"),
        },
    ),
    # schema 6: the medical profile (CONTENT.md §7.1) and each day's water goal
    "medicines": Rules(
        # The whole list whatever the period: a medicine started before it still matters.
        None,
        ("uid",),
        {
            "uid": _SHORT,
            "name": text(medical.MAX_NAME),
            "started": nullable(date(dt.date(medical.FIRST_YEAR, 1, 1))),
            "stopped": nullable(date(dt.date(medical.FIRST_YEAR, 1, 1))),
            "note": text(medical.MAX_NOTE),
        },
    ),
    "profile": Rules(
        None, ("key",), {"key": one_of(records.PROFILE_KEYS), "value": text(MAX_TEXT_LIST)}
    ),
    # schema 8: goal_ml null is a day that had no goal (older backups hold whole numbers only)
    "day_goals": Rules(
        "day",
        ("day",),
        {
            "day": date(),
            "goal_ml": nullable(
                whole(1, MAX_GOAL_ML, f"a whole number from 1 to {MAX_GOAL_ML} or null (no goal)")
            ),
        },
        by_date=True,
    ),
    # schema 10: the morning check-in's answers, one per night (core/nights.py)
    "morning_answers": Rules(
        "night",
        ("night",),
        {
            "night": date(),
            "answered_at": time,
            "answer": one_of([a.value for a in Answer]),
            "count": nullable(whole(1, nights.MAX_COUNT)),
            "worst": nullable(whole(0, 10, _SCORE)),
            "area": nullable(one_of(episode.AREAS)),
            "side": nullable(one_of(episode.SIDES)),
            "woke": nullable(whole(0, 1, "0 (no), 1 (yes) or null")),
        },
        by_date=True,
    ),
}
