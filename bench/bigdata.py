"""A records database of years of heavy use, for the history and report benchmarks.

    fill(db, now, events=100_000, years=8, recent_episodes=0)

Rows are spread evenly over ``years`` up to ``now`` (about 80% drinks, 8% cramp episodes, 6%
breaks, 3% routine sessions and 3% reminder records, plus one water goal per day), written with
``executemany`` into a database whose tables the app's own ``RecordStore`` created.
``recent_episodes`` of the cramp episodes fall in the last 90 days instead (a very busy diary).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import sqlite3
import uuid
from pathlib import Path

from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.storage.records import RecordStore

SHARES = {
    "drinks": 0.80,
    "cramp_episodes": 0.08,
    "breaks": 0.06,
    "routine_sessions": 0.03,
    "reminder_log": 0.03,
}
AREAS = ("calf", "calf", "calf", "foot", "foot", "hamstring", "quadriceps", "hand", "neck")


def _iso(value: dt.datetime) -> str:
    return value.astimezone(dt.UTC).isoformat(timespec="seconds")


def fill(
    db: Path,
    now: dt.datetime,
    events: int = 100_000,
    years: int = 8,
    seed: int = 1,
    recent_episodes: int = 0,
) -> dict[str, int]:
    """Create ``db`` and fill it with ``events`` rows; return the rows per table."""
    RecordStore(db, lambda: now).close()  # creates the file and the current schema
    rnd = random.Random(seed)
    span = dt.timedelta(days=365 * years)
    start = now - span

    def when() -> dt.datetime:
        return start + span * rnd.random()

    counts = {name: int(events * share) for name, share in SHARES.items()}
    counts["drinks"] += events - sum(counts.values())
    drinks = [
        (_iso(when()), rnd.choice((150, 250, 250, 330, 500)), "tray")
        for _ in range(counts["drinks"])
    ]
    episodes = []
    recent = dt.timedelta(days=90)
    for n in range(counts["cramp_episodes"]):
        started = now - recent * rnd.random() if n < recent_episodes else when()
        night = rnd.random() < 0.7
        if night:
            started = started.replace(hour=rnd.choice((0, 1, 2, 3, 4, 5, 23)))
        episodes.append(
            (
                uuid.UUID(int=rnd.getrandbits(128)).hex,
                _iso(started),
                rnd.randint(10, 1200),
                rnd.choice(AREAS),
                rnd.choice(("left", "right", "both")),
                rnd.randint(1, 10),
                json.dumps(rnd.sample(("knot", "hard", "pulling", "aching"), 2)),
                json.dumps(
                    ["asleep"] if night else [rnd.choice(("sitting", "exercise", "standing"))]
                ),
                json.dumps([rnd.choice(("stretch", "massage", "walk"))]),
                "",
                "panel",
                "[]",
                rnd.randint(1, 15),
                1 if night else 0,
                rnd.randint(0, 10) if night else None,
                rnd.randint(0, 5),
                json.dumps(["numbness"]) if rnd.random() < 0.01 else "[]",
            )
        )
    breaks = []
    for _ in range(counts["breaks"]):
        begun = when()
        breaks.append(
            (_iso(begun), _iso(begun + dt.timedelta(minutes=rnd.randint(5, 40))), "natural")
        )
    sessions = []
    for _ in range(counts["routine_sessions"]):
        begun = when().replace(hour=22)
        sessions.append(
            (
                "bedtime-core",
                _iso(begun),
                _iso(begun + dt.timedelta(minutes=4)),
                "finished",
                "",
                "[]",
            )
        )
    reminders = [
        (_iso(at), "water", "done", _iso(at), "")
        for at in (when() for _ in range(counts["reminder_log"]))
    ]
    days = [((now - dt.timedelta(days=d)).date().isoformat(), 2000) for d in range(span.days + 1)]
    conn = sqlite3.connect(db)
    with conn:
        conn.executemany("INSERT INTO drinks (at, ml, source) VALUES (?,?,?)", drinks)
        conn.executemany(
            "INSERT INTO cramp_episodes (uid, started, duration_s, area, side, severity, feelings, "
            "context, helped, notes, source, triggers, relief_minutes, woke_me, sleep_disruption, "
            "soreness_next_day, red_flags) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            episodes,
        )
        conn.executemany("INSERT INTO breaks (started, ended, source) VALUES (?,?,?)", breaks)
        conn.executemany(
            "INSERT INTO routine_sessions (routine, started, ended, outcome, stopped_at, skipped) "
            "VALUES (?,?,?,?,?,?)",
            sessions,
        )
        conn.executemany(
            "INSERT INTO reminder_log (at, kind, outcome, due, detail) VALUES (?,?,?,?,?)",
            reminders,
        )
        conn.executemany("INSERT OR REPLACE INTO day_goals (day, goal_ml) VALUES (?,?)", days)
    conn.close()
    store = RecordStore(db, lambda: now)
    today = now.date()
    store.save_profile(MedicalProfile((today.year - years, 1), ("thyroid",), ""))
    store.save_medicine(Medicine("Atorvastatin 20 mg", today - dt.timedelta(days=45)))
    store.save_medicine(
        Medicine(
            "Bendroflumethiazide", today - dt.timedelta(days=400), today - dt.timedelta(days=20)
        )
    )
    store.close()
    return counts
