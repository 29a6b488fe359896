"""The morning check-in's answers in the records (real SQLite files): schema 10."""

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.nights import Answer, MorningAnswer, NightClock, episodes_from_count
from spasm_desktop.storage import backup, held, paths
from spasm_desktop.storage.records import RecordStore, StoreProblem, _migrate
from spasm_desktop.storage.records_schema import SCHEMA
from tests.fakes import BERLIN, local

NOW = local(2026, 11, 21, 8, 0)
NIGHT = dt.date(2026, 11, 20)
CLOCK = NightClock(dt.time(22, 30), BERLIN)
NIGHT_SPAN = (CLOCK.start(NIGHT), CLOCK.end(NIGHT))
TOLD = MorningAnswer(
    NIGHT, NOW, Answer.COUNT, count=2, worst=6, area="calf", side="left", woke=True
)

LOCKER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


@pytest.fixture
def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    connect = sqlite3.connect

    def quick(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs["timeout"] = 0.05
        connection: sqlite3.Connection = connect(*args, **kwargs)
        return connection

    monkeypatch.setattr(sqlite3, "connect", quick)


def open_store(path: Path) -> RecordStore:
    return RecordStore(path, lambda: NOW)


def test_answers_and_the_episodes_of_a_count_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    store = open_store(path)
    made = episodes_from_count(TOLD, CLOCK)
    store.save_morning_answer(TOLD, made)
    nothing = MorningAnswer(NIGHT + dt.timedelta(days=1), NOW, Answer.NONE)
    store.save_morning_answer(nothing)
    store.close()

    again = open_store(path)
    answers = again.morning_answers(NIGHT, NIGHT + dt.timedelta(days=6))
    assert answers == {NIGHT: TOLD, nothing.night: nothing}
    assert again.morning_answers(NIGHT + dt.timedelta(days=2), NIGHT + dt.timedelta(days=6)) == {}
    episodes = again.episodes(*NIGHT_SPAN)
    assert sorted(e.uid for e in episodes) == sorted(e.uid for e in made)
    assert all(e.time_unknown and e.source == "checkin" for e in episodes)
    assert sorted(e.severity or 0 for e in episodes) == [0, 6]
    # answered again (from Today): the answer is replaced, one per night
    changed = MorningAnswer(NIGHT, NOW + dt.timedelta(hours=1), Answer.NOT_SURE)
    again.save_morning_answer(changed)
    assert again.morning_answers(NIGHT, NIGHT) == {NIGHT: changed}
    # an ordinary episode keeps time_unknown false
    plain = Episode(local(2026, 11, 21, 3, 0), area="foot")
    again.save_episode(plain)
    assert not next(e for e in again.episodes(*NIGHT_SPAN) if e.uid == plain.uid).time_unknown
    again.close()


def test_a_version_9_file_gains_the_table_and_keeps_its_episodes(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    for number in range(9):
        _migrate(conn, number)
    conn.execute(
        "INSERT INTO cramp_episodes (uid, started, source) VALUES ('old', ?, 'panel')",
        ("2026-11-21T02:00:00+00:00",),
    )
    conn.close()
    store = open_store(path)
    [old] = store.episodes(*NIGHT_SPAN)
    assert old.uid == "old"
    assert old.time_unknown is False
    store.save_morning_answer(MorningAnswer(NIGHT, NOW, Answer.SKIPPED))
    assert store.morning_answers(NIGHT, NIGHT)[NIGHT].answer is Answer.SKIPPED
    store.close()
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == len(SCHEMA) == 10
    check.close()


def test_a_held_answer_counts_and_goes_through_the_recovery_file(
    tmp_path: Path, quick_busy_timeout: None
) -> None:
    path = tmp_path / "data" / "records.sqlite3"
    path.parent.mkdir()
    open_store(path).close()
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None
        assert locker.stdout.readline().strip() == "locked"
        store = open_store(path)
        made = episodes_from_count(TOLD, CLOCK)
        store.save_morning_answer(TOLD, made)
        assert store.problem is StoreProblem.UNAVAILABLE
        # held in memory, and read as if stored
        assert store.morning_answers(NIGHT, NIGHT) == {NIGHT: TOLD}
        assert len(store.episodes(*NIGHT_SPAN)) == 2
        # one of its episodes deleted while held: gone from the reads
        assert store.delete_episode(made[0].uid) == made[0]
        assert [e.uid for e in store.episodes(*NIGHT_SPAN)] == [made[1].uid]
        entries = store.hand_over()
        assert [e.what for e in entries] == ["checkinwrite", "deletedepisode"]
        assert held.personal(entries) == 2
        places = [path.parent / paths.HELD_RECORDS_NAME]
        held.write(places, entries)
        store.close()
    finally:
        locker.communicate("\n", timeout=10)
    for _attempt in range(2):  # merged twice, added once
        found, _files = held.read(places)
        again = open_store(path)
        assert again.take_in(found) is True
        assert again.morning_answers(NIGHT, NIGHT) == {NIGHT: TOLD}
        assert [e.uid for e in again.episodes(*NIGHT_SPAN)] == [made[1].uid]
        again.close()


def test_backups_carry_the_answers(tmp_path: Path) -> None:
    db = tmp_path / "records.sqlite3"
    store = open_store(db)
    store.save_morning_answer(TOLD, episodes_from_count(TOLD, CLOCK))
    store.close()
    settings = tmp_path / "settings.json"
    settings.write_text("{}", encoding="utf-8")
    out = tmp_path / "backup.json"
    counts = backup.export_json(db, settings, out, None, None)
    assert counts["morning_answers"] == 1
    assert counts["cramp_episodes"] == 2
    loaded, problems = backup.read_backup(out)
    assert problems == []
    assert loaded is not None
    again = tmp_path / "again.sqlite3"
    backup.restore(again, loaded)
    restored = open_store(again)
    assert restored.morning_answers(NIGHT, NIGHT) == {NIGHT: TOLD}
    assert all(e.time_unknown for e in restored.episodes(*NIGHT_SPAN))
    restored.close()


def test_an_answered_night_starts_the_record_from_that_night(tmp_path: Path) -> None:
    from spasm_desktop.core.stats import Period
    from spasm_desktop.storage import history

    store = open_store(tmp_path / "records.sqlite3")
    assert store.first_answered_night() is None
    # Only answers: "No cramps" for the night of the 20th (answered on the 21st's morning).
    store.save_morning_answer(MorningAnswer(NIGHT, NOW, Answer.NONE))
    store.save_morning_answer(MorningAnswer(NIGHT + dt.timedelta(days=3), NOW, Answer.NONE))
    assert store.first_answered_night() == NIGHT
    record = history.load(store, Period(NIGHT, NIGHT + dt.timedelta(days=5)), BERLIN, None, ())
    # The night of the 20th counts as recorded: the record starts with it, not the next day.
    assert record.tracking_since == NIGHT
    store.close()
