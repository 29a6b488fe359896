"""The records store's queries: what was recorded, with the writes still held in memory."""

from __future__ import annotations

import bisect
import datetime as dt
import json
import logging
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from spasm_desktop.core import medical
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.core.nights import MorningAnswer
from spasm_desktop.core.reminders import EngineState, Outcome, Record, ReminderKind
from spasm_desktop.core.sitting import Break, BreakSource, SittingState
from spasm_desktop.storage.records_base import StoreBase
from spasm_desktop.storage.records_data import (
    ANSWER_COLUMNS,
    EPISODE_COLUMNS,
    CheckinWrite,
    DayGoal,
    DeletedAnswer,
    DeletedEpisode,
    DeletedMedicine,
    Drink,
    RoutineSession,
    answer_from_row,
    episode_from_row,
    iso,
    medicine_from_row,
    parse_time,
    sitting_from_json,
    state_from_json,
)

log = logging.getLogger(__name__)

T = TypeVar("T")


class RecordReads(StoreBase):
    """Reading the records: each query adds the matching writes still waiting in memory."""

    def holds_request(self, request: str) -> bool:
        """Whether the drink of ``request`` waits in memory (the database cannot be written)."""
        return any(d.request == request for d in self._pending_items(Drink))

    def _waiting_drinks(self) -> list[Drink]:
        """The drinks waiting in memory, less those a command stored meanwhile (same request)."""
        return [
            d for d in self._pending_items(Drink) if not (d.request and self.handled(d.request))
        ]

    def handled(self, request: str) -> bool:
        """Whether ``request`` is stored as carried out."""
        return bool(self._query("SELECT 1 FROM handled_requests WHERE id = ?", (request,)))

    def load_value(self, key: str, default: Any = None) -> Any:
        """Return the JSON value saved under ``key`` (``default`` if none or unreadable)."""
        for item in reversed(self._pending_items(tuple)):
            if len(item) == 3 and item[0] == "value" and item[1] == key:
                return item[2]
        rows = self._query("SELECT value FROM state WHERE key = ?", (key,))
        if not rows:
            return default
        try:
            return json.loads(rows[0][0])
        except ValueError:
            log.warning("saved value %s unreadable; using the default", key)
            return default

    def water_total(self, start: dt.datetime, end: dt.datetime) -> int:
        """Return the millilitres drunk in ``[start, end)``."""
        rows = self._query(
            "SELECT coalesce(sum(ml), 0) FROM drinks WHERE at >= ? AND at < ?",
            (iso(start), iso(end)),
        )
        total = int(rows[0][0]) if rows else 0
        waiting: int = sum(d.ml for d in self._waiting_drinks() if start <= d.at < end)
        return total + waiting

    def drinks(self, start: dt.datetime, end: dt.datetime) -> list[Drink]:
        """Return the drinks in ``[start, end)``, oldest first."""
        rows = self._query(
            "SELECT id, at, ml, source FROM drinks WHERE at >= ? AND at < ? ORDER BY at, id",
            (iso(start), iso(end)),
        )
        stored = [Drink(parse_time(r[1]), r[2], r[3], r[0]) for r in rows]
        waiting = [d for d in self._waiting_drinks() if start <= d.at < end]
        return stored + waiting

    def drink_totals(self, bounds: Sequence[dt.datetime]) -> list[tuple[int, int]]:
        """The millilitres drunk and the number of drinks in each ``[bounds[i], bounds[i + 1])``.

        ``bounds`` ascend (local midnights, for days). One pass over the rows, comparing the
        stored UTC texts, without making a drink object each: years of drinks in a few ms.
        """
        if len(bounds) < 2:
            return []
        keys = [iso(b) for b in bounds]
        rows = self._query(
            "SELECT at, ml FROM drinks WHERE at >= ? AND at < ? ORDER BY at",
            (keys[0], keys[-1]),
        )
        ml = [0] * (len(bounds) - 1)
        count = [0] * (len(bounds) - 1)
        span = 0
        for at, amount in rows:
            while at >= keys[span + 1]:
                span += 1
            ml[span] += amount
            count[span] += 1
        for drink in self._waiting_drinks():
            if bounds[0] <= drink.at < bounds[-1]:
                span = bisect.bisect_right(bounds, drink.at) - 1
                ml[span] += drink.ml
                count[span] += 1
        return list(zip(ml, count, strict=True))

    def last_drink_at(self) -> dt.datetime | None:
        """Return when the latest drink was logged."""
        rows = self._query("SELECT max(at) FROM drinks", ())
        stored = [parse_time(rows[0][0])] if rows and rows[0][0] else []
        times = stored + [d.at for d in self._waiting_drinks()]
        return max(times) if times else None

    def records(self, start: dt.datetime, end: dt.datetime) -> list[Record]:
        """Return the reminder log rows in ``[start, end)``, oldest first."""
        rows = self._query(
            "SELECT at, kind, outcome, due, detail FROM reminder_log WHERE at >= ? AND at < ? "
            "ORDER BY at, id",
            (iso(start), iso(end)),
        )
        stored = [
            Record(parse_time(a), ReminderKind(k), Outcome(o), parse_time(d) if d else None, detail)
            for a, k, o, d, detail in rows
        ]
        waiting = [r for batch in self._pending_items(list) for r in batch if start <= r.at < end]
        return stored + waiting

    def outcome_counts(self, start: dt.datetime, end: dt.datetime) -> Counter[Outcome]:
        """Count the outcomes in ``[start, end)`` over all kinds."""
        return Counter(r.outcome for r in self.records(start, end))

    def breaks(self, start: dt.datetime, end: dt.datetime) -> list[Break]:
        """Return the breaks that started in ``[start, end)``, oldest first."""
        rows = self._query(
            "SELECT started, ended, source FROM breaks WHERE started >= ? AND started < ? "
            "ORDER BY started, id",
            (iso(start), iso(end)),
        )
        stored = [Break(parse_time(s), parse_time(e), BreakSource(src)) for s, e, src in rows]
        waiting = [b for b in self._pending_items(Break) if start <= b.start < end]
        return stored + waiting

    def sessions(self, start: dt.datetime, end: dt.datetime) -> list[RoutineSession]:
        """Return the routine runs that started in ``[start, end)``, oldest first."""
        rows = self._query(
            "SELECT routine, started, ended, outcome, stopped_at, skipped FROM routine_sessions "
            "WHERE started >= ? AND started < ? ORDER BY started, id",
            (iso(start), iso(end)),
        )
        stored = [
            RoutineSession(
                r, parse_time(s), parse_time(e), o == "finished", at, tuple(json.loads(sk))
            )
            for r, s, e, o, at, sk in rows
        ]
        waiting = [s for s in self._pending_items(RoutineSession) if start <= s.started < end]
        return stored + waiting

    def episodes(self, start: dt.datetime, end: dt.datetime) -> list[Episode]:
        """Return the cramp episodes that started in ``[start, end)``, oldest first."""
        rows = self._query(
            f"SELECT {EPISODE_COLUMNS} FROM cramp_episodes WHERE started >= ? AND started < ? "
            "ORDER BY started, id",
            (iso(start), iso(end)),
        )
        # Saved again (or elsewhere in time) while waiting, or deleted while waiting.
        pending = self._pending_episodes()
        hidden = {item.uid for item in pending}
        waiting: dict[str, Episode] = {}
        for item in pending:
            if isinstance(item, DeletedEpisode):
                waiting.pop(item.uid, None)
            elif start <= item.started < end:
                waiting[item.uid] = item
            else:
                waiting.pop(item.uid, None)
        stored = [episode_from_row(row) for row in rows if row[0] not in hidden]
        return sorted([*stored, *waiting.values()], key=lambda e: e.started)

    def _pending_episodes(self) -> list[Episode | DeletedEpisode]:
        """The episode saves and deletions waiting in memory, in order (those of a morning
        check-in's count included).
        """
        found: list[Episode | DeletedEpisode] = []
        for _op, item in self._pending:
            if isinstance(item, Episode | DeletedEpisode):
                found.append(item)
            elif isinstance(item, CheckinWrite | DeletedAnswer):
                found.extend(DeletedEpisode(uid) for uid in item.replaced)
                if isinstance(item, CheckinWrite):
                    found.extend(item.episodes)
        return found

    def first_answered_night(self) -> dt.date | None:
        """The earliest night the morning check-in has an answer for (None: no answer yet)."""
        found = [item.answer.night for item in self._pending_items(CheckinWrite)]
        rows = self._query("SELECT MIN(night) FROM morning_answers", ())
        if rows and isinstance(rows[0][0], str):
            try:
                found.append(dt.date.fromisoformat(rows[0][0]))
            except ValueError:
                log.warning("the first morning answer's night %r is unreadable", rows[0][0])
        return min(found) if found else None

    def morning_answers(self, first: dt.date, last: dt.date) -> dict[dt.date, MorningAnswer]:
        """The morning check-in's answers for the nights ``first`` to ``last`` (included)."""
        rows = self._query(
            f"SELECT {ANSWER_COLUMNS} FROM morning_answers WHERE night >= ? AND night <= ? "
            "ORDER BY night",
            (first.isoformat(), last.isoformat()),
        )
        found: dict[dt.date, MorningAnswer] = {}
        for row in rows:
            try:
                answer = answer_from_row(row)
            except (TypeError, ValueError) as exc:
                log.warning("morning answer of %r unreadable (%s); skipped", row[0], exc)
                continue
            found[answer.night] = answer
        for _op, item in self._pending:
            if isinstance(item, CheckinWrite) and first <= item.answer.night <= last:
                found[item.answer.night] = item.answer
            elif isinstance(item, DeletedAnswer):
                found.pop(item.night, None)
        return dict(sorted(found.items()))

    def medicines(self) -> list[Medicine]:
        """Return every medicine, by start date (unknown first), then by name."""
        rows = self._query("SELECT uid, name, started, stopped, note FROM medicines", ())
        waiting = {m.uid: m for m in self._pending_items(Medicine)}
        hidden = set(waiting) | {d.uid for d in self._pending_items(DeletedMedicine)}
        stored = []
        for row in rows:
            if row[0] in hidden:
                continue
            try:
                stored.append(medicine_from_row(row))
            except ValueError as exc:
                log.warning("medicine %s unreadable (%s); not shown", row[0], exc)
        return sorted(
            [*stored, *waiting.values()],
            key=lambda m: (m.started is not None, m.started or dt.date.min, m.name.casefold()),
        )

    def load_profile(self) -> MedicalProfile:
        """Return the medical profile (each unreadable or missing answer as "not given")."""
        waiting = self._pending_items(MedicalProfile)
        if waiting:
            return waiting[-1]  # type: ignore[no-any-return]
        values = dict(self._query("SELECT key, value FROM profile", ()))
        since: tuple[int, int] | None = None
        if values.get("cramps_since"):
            try:
                since = medical.parse_month(values["cramps_since"])
            except ValueError:
                log.warning("saved cramps_since unreadable; not given")
        conditions: tuple[str, ...] = ()
        try:
            raw = json.loads(values.get("conditions", "[]"))
            if isinstance(raw, list):
                conditions = medical.sorted_conditions(c for c in raw if isinstance(c, str))
        except ValueError:
            log.warning("saved conditions unreadable; none given")
        note = values.get("conditions_note", "")
        return MedicalProfile(since, conditions, note if isinstance(note, str) else "")

    def day_goals(self, start: dt.date, end: dt.date) -> dict[dt.date, int | None]:
        """Return the water goal recorded for each day in ``[start, end)``.

        None: the day was recorded as having no goal. Days the app recorded nothing for
        (it did not run) are missing.
        """
        rows = self._query(
            "SELECT day, goal_ml FROM day_goals WHERE day >= ? AND day < ? ORDER BY day",
            (start.isoformat(), end.isoformat()),
        )
        goals: dict[dt.date, int | None] = {}
        for day, goal in rows:
            try:
                goals[dt.date.fromisoformat(day)] = None if goal is None else int(goal)
            except (TypeError, ValueError):
                log.warning("day goal of %r unreadable; skipped", day)
        for item in self._pending_items(DayGoal):
            if start <= item.day < end:
                goals[item.day] = item.goal_ml
        return dict(sorted(goals.items()))

    def first_record_at(self) -> dt.datetime | None:
        """The earliest time anything was recorded (a reminder, drink, break, routine, cramp)."""
        firsts = [
            row[0]
            for row in self._query(
                "SELECT MIN(at) FROM reminder_log UNION ALL SELECT MIN(at) FROM drinks "
                "UNION ALL SELECT MIN(started) FROM breaks "
                "UNION ALL SELECT MIN(started) FROM routine_sessions "
                "UNION ALL SELECT MIN(started) FROM cramp_episodes",
                (),
            )
            if row[0] is not None
        ]
        found = [parse_time(value) for value in firsts]
        for _op, item in self._pending:
            for name in ("at", "started", "start"):
                value = getattr(item, name, None)
                if isinstance(value, dt.datetime):
                    found.append(value)
        return min(found) if found else None

    def load_sitting(self) -> SittingState | None:
        """Return the saved sitting timer, if any."""
        return self._saved(
            SittingState,
            "sitting",
            sitting_from_json,
            (ValueError, TypeError, KeyError),
            "sitting timer",
        )

    def load_state(self) -> EngineState | None:
        """Return the saved engine state, if any."""
        return self._saved(
            EngineState,
            "engine",
            lambda text: state_from_json(text, self._now()),
            (ValueError, AttributeError, TypeError, KeyError),
            "reminder state",
        )

    def _saved(
        self,
        kind: type[T],
        key: str,
        parse: Callable[[str], T],
        errors: tuple[type[Exception], ...],
        what: str,
    ) -> T | None:
        """The latest ``kind`` saved under ``key`` (None: none, or unreadable, said in the log)."""
        waiting = self._pending_items(kind)
        if waiting:
            latest: T = waiting[-1]
            return latest
        rows = self._query("SELECT value FROM state WHERE key = ?", (key,))
        if not rows:
            return None
        try:
            return parse(rows[0][0])
        except errors as exc:
            log.warning("saved %s unreadable (%s); starting fresh", what, exc)
            return None
