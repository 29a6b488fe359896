"""The records database's schema: its steps, how a file is brought up to date, a new file.

:data:`SCHEMA` is a list of SQL steps; a file's ``user_version`` says how many it has run.
:class:`~spasm_desktop.storage.records.RecordStore` runs the missing ones when it opens a file
(:func:`migrate`); :func:`create_database` makes a new file (the salvage writes into one).
The store and the backups read :data:`SCHEMA` here (``records.SCHEMA`` is the same list,
re-exported): a test that adds a step replaces it in this module.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

SCHEMA: list[str] = [
    # version 1
    """
    CREATE TABLE reminder_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        outcome TEXT NOT NULL,
        due TEXT,
        detail TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX reminder_log_at ON reminder_log (at);
    CREATE TABLE drinks (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        ml INTEGER NOT NULL CHECK (ml > 0),
        source TEXT NOT NULL
    );
    CREATE INDEX drinks_at ON drinks (at);
    CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    """,
    # version 2: breaks from sitting (natural: away long enough; prompted: "Done, I moved")
    """
    CREATE TABLE breaks (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        ended TEXT NOT NULL,
        source TEXT NOT NULL
    );
    CREATE INDEX breaks_started ON breaks (started);
    """,
    # version 3: guided routine sessions (finished, or stopped at a step; steps skipped)
    """
    CREATE TABLE routine_sessions (
        id INTEGER PRIMARY KEY,
        routine TEXT NOT NULL,
        started TEXT NOT NULL,
        ended TEXT NOT NULL,
        outcome TEXT NOT NULL CHECK (outcome IN ('finished', 'stopped')),
        stopped_at TEXT NOT NULL DEFAULT '',
        skipped TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX routine_sessions_started ON routine_sessions (started);
    """,
    # version 4: cramp episodes (the relief panel and "spasm-desktop cramp log")
    """
    CREATE TABLE cramp_episodes (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        started TEXT NOT NULL,
        duration_s INTEGER CHECK (duration_s IS NULL OR duration_s >= 0),
        area TEXT,
        side TEXT,
        severity INTEGER CHECK (severity IS NULL OR severity BETWEEN 0 AND 10),
        feelings TEXT NOT NULL DEFAULT '[]',
        context TEXT NOT NULL DEFAULT '[]',
        helped TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL
    );
    CREATE INDEX cramp_episodes_started ON cramp_episodes (started);
    """,
    # version 5: the rest of the per-episode diary fields (CONTENT.md §7.1)
    """
    ALTER TABLE cramp_episodes ADD COLUMN triggers TEXT NOT NULL DEFAULT '[]';
    ALTER TABLE cramp_episodes ADD COLUMN relief_minutes INTEGER
        CHECK (relief_minutes IS NULL OR relief_minutes BETWEEN 0 AND 240);
    ALTER TABLE cramp_episodes ADD COLUMN woke_me INTEGER
        CHECK (woke_me IS NULL OR woke_me IN (0, 1));
    ALTER TABLE cramp_episodes ADD COLUMN sleep_disruption INTEGER
        CHECK (sleep_disruption IS NULL OR sleep_disruption BETWEEN 0 AND 10);
    ALTER TABLE cramp_episodes ADD COLUMN soreness_next_day INTEGER
        CHECK (soreness_next_day IS NULL OR soreness_next_day BETWEEN 0 AND 10);
    ALTER TABLE cramp_episodes ADD COLUMN red_flags TEXT NOT NULL DEFAULT '[]';
    """,
    # version 6: the medical profile (CONTENT.md §7.1 "Profile, asked once") and the water goal
    # that applied on each day; dates are YYYY-MM-DD
    """
    CREATE TABLE medicines (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        started TEXT,
        stopped TEXT,
        note TEXT NOT NULL DEFAULT ''
    );
    CREATE TABLE profile (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE day_goals (day TEXT PRIMARY KEY, goal_ml INTEGER NOT NULL CHECK (goal_ml > 0));
    """,
    # version 7: the drinks' index carries the amounts, so that the water of years of days is
    # summed from the index alone (RecordStore.drink_totals; bench/report_speed.py)
    """
    CREATE INDEX drinks_at_ml ON drinks (at, ml);
    DROP INDEX drinks_at;
    """,
    # version 8: a day can be recorded as having had no water goal (goal_ml NULL), so that the
    # record never reads it against the goal of today; SQLite cannot change a CHECK, so the
    # table is rebuilt with every row kept (in the step's transaction: all or nothing)
    """
    CREATE TABLE day_goals_8 (
        day TEXT PRIMARY KEY,
        goal_ml INTEGER CHECK (goal_ml IS NULL OR goal_ml > 0)
    );
    INSERT INTO day_goals_8 (day, goal_ml) SELECT day, goal_ml FROM day_goals;
    DROP TABLE day_goals;
    ALTER TABLE day_goals_8 RENAME TO day_goals;
    """,
    # version 9: the command line's requests already carried out (by the app or the command
    # itself), by their id, so that one request is never stored twice
    """
    CREATE TABLE handled_requests (id TEXT PRIMARY KEY, at TEXT NOT NULL);
    """,
    # version 10: the morning check-in's answers, one per night (named by its evening,
    # YYYY-MM-DD; core/nights.py), and the episodes it told of, whose time in the night is
    # not known (``started`` is the night's bedtime)
    """
    CREATE TABLE morning_answers (
        night TEXT PRIMARY KEY,
        answered_at TEXT NOT NULL,
        answer TEXT NOT NULL CHECK (answer IN ('none', 'count', 'not_sure', 'skipped')),
        count INTEGER CHECK (count IS NULL OR count BETWEEN 1 AND 3),
        worst INTEGER CHECK (worst IS NULL OR worst BETWEEN 0 AND 10),
        area TEXT,
        side TEXT,
        woke INTEGER CHECK (woke IS NULL OR woke IN (0, 1))
    );
    ALTER TABLE cramp_episodes ADD COLUMN time_unknown INTEGER NOT NULL DEFAULT 0
        CHECK (time_unknown IN (0, 1));
    """,
]


def migrate(conn: sqlite3.Connection, number: int) -> None:
    """Run schema step ``number`` (0-based) and set the version, in one transaction.

    ``executescript`` first commits any transaction already open, so the step's BEGIN, its
    statements, the new version and the COMMIT are one script; on any error the step is
    rolled back and the file stays at the version before it.
    """
    script = SCHEMA[number].replace("\n    ", "\n")
    try:
        conn.executescript(
            f"BEGIN IMMEDIATE;\n{script}\nPRAGMA user_version={number + 1};\nCOMMIT;"
        )
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def create_database(path: Path) -> None:
    """Make a new, empty records database at ``path`` with the current schema (private)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        path.chmod(0o600)
        conn.execute("PRAGMA journal_mode=WAL")
        for number in range(len(SCHEMA)):
            migrate(conn, number)
    finally:
        conn.close()
