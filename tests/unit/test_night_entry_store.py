"""Nights entered afterwards in the records (real SQLite files): an answer replaces an earlier
one and its episodes in one transaction, and an answer can be deleted again (undo).
"""

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.night_entry import NightEntry, plan
from spasm_desktop.core.nights import Answer, MorningAnswer, NightClock, episodes_from_count
from spasm_desktop.storage import held, paths
from spasm_desktop.storage.records import RecordStore, StoreProblem
from tests.fakes import BERLIN, local
from tests.unit.test_morning_answers import LOCKER

NOW = local(2026, 12, 3, 9, 0)
NIGHT = dt.date(2026, 11, 30)
CLOCK = NightClock(dt.time(22, 30), BERLIN)
SPAN = (CLOCK.start(NIGHT), CLOCK.end(NIGHT))
EARLIER = MorningAnswer(NIGHT, local(2026, 12, 1, 8), Answer.COUNT, count=2, area="foot")


@pytest.fixture
def quick_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> None:
    connect = sqlite3.connect

    def quick(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        kwargs["timeout"] = 0.05
        conn: sqlite3.Connection = connect(*args, **kwargs)
        return conn

    monkeypatch.setattr(sqlite3, "connect", quick)


def test_a_changed_night_replaces_the_answer_and_its_episodes_only(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    store = RecordStore(path, lambda: NOW)
    stored = episodes_from_count(EARLIER, CLOCK)
    store.save_morning_answer(EARLIER, stored)
    logged = Episode(local(2026, 12, 1, 3, 10), area="calf", source="panel")
    store.save_episode(logged)

    (write,) = plan(
        {NIGHT: NightEntry(count=1, worst=4)},
        store.morning_answers(NIGHT, NIGHT),
        store.episodes(*SPAN),
        CLOCK,
        NOW,
    )
    store.save_morning_answer(write.answer, write.episodes, [e.uid for e in write.replaced])
    store.close()

    again = RecordStore(path, lambda: NOW)
    assert again.morning_answers(NIGHT, NIGHT) == {NIGHT: write.answer}
    uids = {e.uid for e in again.episodes(*SPAN)}
    assert uids == {logged.uid, write.episodes[0].uid}  # not doubled, the diary's kept

    # undo: the earlier answer and its episodes come back, the new ones go
    again.save_morning_answer(EARLIER, write.replaced, [e.uid for e in write.episodes])
    assert again.morning_answers(NIGHT, NIGHT) == {NIGHT: EARLIER}
    assert {e.uid for e in again.episodes(*SPAN)} == {logged.uid, *(e.uid for e in stored)}
    # undo of a night that had no answer: deleted with its episodes
    again.delete_morning_answer(NIGHT, [e.uid for e in stored])
    assert again.morning_answers(NIGHT, NIGHT) == {}
    assert {e.uid for e in again.episodes(*SPAN)} == {logged.uid}
    again.close()


def test_held_replacements_and_deletions_read_as_done_and_go_through_recovery(
    tmp_path: Path, quick_busy_timeout: None
) -> None:
    path = tmp_path / "data" / "records.sqlite3"
    path.parent.mkdir()
    store = RecordStore(path, lambda: NOW)
    stored = episodes_from_count(EARLIER, CLOCK)
    store.save_morning_answer(EARLIER, stored)
    store.close()
    other = NIGHT + dt.timedelta(days=1)
    locker = subprocess.Popen(
        [sys.executable, "-c", LOCKER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert locker.stdout is not None
        assert locker.stdout.readline().strip() == "locked"
        store = RecordStore(path, lambda: NOW)
        new = MorningAnswer(NIGHT, NOW, Answer.COUNT, count=1)
        made = episodes_from_count(new, CLOCK)
        store.save_morning_answer(new, made, [e.uid for e in stored])
        assert store.problem is StoreProblem.UNAVAILABLE
        none = MorningAnswer(other, NOW, Answer.NONE)
        store.save_morning_answer(none)
        store.delete_morning_answer(other)
        # held in memory, and read as if done
        assert store.morning_answers(NIGHT, other) == {NIGHT: new}
        assert [e.uid for e in store.episodes(*SPAN)] == [made[0].uid]
        entries = store.hand_over()
        places = [path.parent / paths.HELD_RECORDS_NAME]
        held.write(places, entries)
        store.close()
    finally:
        locker.communicate("\n", timeout=10)
    found, _files = held.read(places)
    again = RecordStore(path, lambda: NOW)
    assert again.take_in(found) is True
    assert again.morning_answers(NIGHT, other) == {NIGHT: new}
    assert [e.uid for e in again.episodes(*SPAN)] == [made[0].uid]
    again.close()
