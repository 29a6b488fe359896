"""Cramp episodes: validation, durations, and storing them (each change replaces the last)."""

import dataclasses
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from spasm_desktop.core import episode as ep
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.relief import Tier
from spasm_desktop.storage.records import RecordStore
from tests.fakes import local

NIGHT = local(2026, 11, 24, 3, 10)
DAY = (local(2026, 11, 24), local(2026, 11, 25))


@pytest.mark.parametrize(
    ("text", "seconds"),
    [("90s", 90), ("2m", 120), ("1m30s", 90), ("5 min", 300), ("45", 45), ("1h", 3600)],
)
def test_durations(text: str, seconds: int) -> None:
    assert ep.parse_duration(text) == seconds


@pytest.mark.parametrize("text", ["", "0s", "abc", "25h", "-5", "5 parsecs"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(
        ValueError, match=r"not a duration|more than 0 seconds and at most 24 hours"
    ):
        ep.parse_duration(text)


def test_problems_name_the_field_and_what_was_expected() -> None:
    good = Episode(NIGHT, 90, "calf", "left", 6, ("knot",), ("asleep",), ("stretch",))
    assert ep.problems(good) == []
    bad = Episode(
        NIGHT.replace(tzinfo=None),
        -1,
        "elbow",
        "up",
        11,
        ("itchy",),
        ("dancing",),
        ("magic",),
        "x" * 2001,
    )
    fields = [field for field, _expected in ep.problems(bad)]
    assert fields == [
        *("started", "duration", "area", "side", "severity", "feelings", "context", "helped"),
        "notes",
    ]
    assert dict(ep.problems(bad))["severity"] == "a whole number from 0 to 10"
    assert Episode(NIGHT, 601).long
    assert not Episode(NIGHT, 600).long


def test_every_change_replaces_the_saved_episode(tmp_path: Path) -> None:
    store = RecordStore(tmp_path / "records.sqlite3", lambda: NIGHT)
    first = Episode(NIGHT, area="calf", side="left")
    store.save_episode(first)
    finished = dataclasses.replace(first, duration_s=95)
    store.save_episode(finished)
    rated = dataclasses.replace(finished, severity=7, feelings=("knot", "hard"))
    store.save_episode(rated)
    other = Episode(NIGHT + dt.timedelta(hours=1), 30, "foot", source="cli")
    store.save_episode(other)
    assert store.episodes(*DAY) == [rated, other]
    store.close()
    again = RecordStore(tmp_path / "records.sqlite3", lambda: NIGHT)
    assert again.episodes(*DAY) == [rated, other]
    again.close()


def test_episodes_wait_in_memory_while_the_database_is_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "timeout": 0.05})
    )
    path = tmp_path / "records.sqlite3"
    store = RecordStore(path, lambda: NIGHT)
    store.save_episode(Episode(NIGHT - dt.timedelta(hours=1), 10, "neck"))
    locker = sqlite3.connect(path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        episode = Episode(NIGHT, area="calf")
        store.save_episode(episode)
        store.save_episode(dataclasses.replace(episode, duration_s=60))
        assert store.pending_count == 1  # the later version replaced the earlier one
        assert [e.duration_s for e in store.episodes(*DAY)] == [10, 60]
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert store.retry() is True
    assert [e.duration_s for e in store.episodes(*DAY)] == [10, 60]
    store.close()


def test_delete_returns_the_episode_and_saving_it_again_undoes(tmp_path: Path) -> None:
    store = RecordStore(tmp_path / "records.sqlite3", lambda: NIGHT)
    first = Episode(NIGHT, 90, "calf", "left", 6, ("knot",), ("asleep",), ("stretch",), "x")
    other = Episode(NIGHT + dt.timedelta(hours=1), 30, "foot", source="cli")
    store.save_episode(first)
    store.save_episode(other)
    assert store.delete_episode(first.uid) == first
    assert store.episodes(*DAY) == [other]
    assert store.delete_episode(first.uid) is None  # already gone
    assert store.delete_episode("no-such-uid") is None
    store.save_episode(first)
    assert store.episodes(*DAY) == [first, other]
    store.close()
    again = RecordStore(tmp_path / "records.sqlite3", lambda: NIGHT)
    assert again.episodes(*DAY) == [first, other]
    assert again.delete_episode(other.uid) == other
    again.close()
    third = RecordStore(tmp_path / "records.sqlite3", lambda: NIGHT)
    assert third.episodes(*DAY) == [first]
    third.close()


def test_delete_while_the_database_is_locked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_connect = sqlite3.connect
    monkeypatch.setattr(
        sqlite3, "connect", lambda *a, **k: real_connect(*a, **{**k, "timeout": 0.05})
    )
    path = tmp_path / "records.sqlite3"
    store = RecordStore(path, lambda: NIGHT)
    stored = Episode(NIGHT - dt.timedelta(hours=1), 10, "neck")
    store.save_episode(stored)
    locker = sqlite3.connect(path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        waiting = Episode(NIGHT, area="calf")
        store.save_episode(waiting)
        edited = dataclasses.replace(stored, duration_s=20)
        store.save_episode(edited)
        assert store.delete_episode(waiting.uid) == waiting  # only in memory: just dropped
        assert store.delete_episode(stored.uid) == edited  # the waiting version is returned
        assert store.delete_episode(stored.uid) is None
        assert store.episodes(*DAY) == []
        assert store.pending_count == 2  # two deletions wait
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    assert store.retry() is True
    assert store.episodes(*DAY) == []
    store.save_episode(edited)  # undo
    assert store.episodes(*DAY) == [edited]
    store.close()
    again = RecordStore(path, lambda: NIGHT)
    assert again.episodes(*DAY) == [edited]
    again.close()


FULL = Episode(
    NIGHT,
    90,
    "calf",
    "left",
    6,
    ("knot",),
    ("asleep",),
    ("stretch",),
    "notes",
    triggers=("heat", "long_sitting", "new_medicine"),
    relief_minutes=12,
    woke_me=True,
    sleep_disruption=7,
    soreness_next_day=3,
    red_flags=("swelling", "numbness"),
)


def test_problems_of_the_more_fields() -> None:
    assert ep.problems(FULL) == []
    assert ep.problems(dataclasses.replace(FULL, relief_minutes=0, woke_me=False)) == []
    bad = dataclasses.replace(
        FULL,
        triggers=("moon",),
        relief_minutes=241,
        sleep_disruption=11,
        soreness_next_day=-1,
        red_flags=("itch",),
    )
    assert [field for field, _ in ep.problems(bad)] == [
        "triggers",
        "red_flags",
        "relief_minutes",
        "sleep_disruption",
        "soreness_next_day",
    ]
    assert set(ep.SIGN_TIERS) == set(ep.SIGN_FLAGS) == set(ep.RED_FLAGS)


def test_the_diary_mapping_of_section_5_1() -> None:
    """Swelling, redness or warmth of one leg: tier 2 (its advice includes the tier-1 clot
    with chest pain); numbness, weakness: tier 2; skin changes: tier 3; cramps elsewhere:
    tier 2 (the chest: tier 1); a recent wound (tetanus) and a chemical or poison: tier 1.
    """
    assert dict(ep.SIGN_TIERS) == {
        "swelling": Tier.TODAY,
        "skin": Tier.SOON,
        "numbness": Tier.TODAY,
        "weakness": Tier.TODAY,
        "elsewhere": Tier.TODAY,
        "wound": Tier.EMERGENCY,
        "poison": Tier.EMERGENCY,
    }
    assert ep.AREA_TIERS["chest"] is Tier.EMERGENCY
    assert ep.AREA_TIERS["arm"] is Tier.TODAY
    assert ep.advice_flags(("swelling",), "calf") == ("clot-chest", "clot")
    assert ep.advice_flags(("numbness", "weakness"), None) == ("weakness-numbness",)
    assert ep.advice_flags((), "chest") == ("chest",)
    assert ep.advice_flags(("wound",), "belly") == ("arms-belly", "tetanus")
    assert ep.advice_flags((), "calf") == ()
    assert ep.advice_flags((), "calf", ("new_medicine", "heat")) == ("more-after-medicine",)
    assert ep.warning_tiers(Episode(NIGHT, triggers=("new_medicine",))) == (
        ("trigger:new_medicine", Tier.NEXT_VISIT),
    )
    episode = Episode(NIGHT, area="chest", red_flags=("skin", "poison"))
    assert ep.warning_tiers(episode) == (
        ("area:chest", Tier.EMERGENCY),
        ("skin", Tier.SOON),
        ("poison", Tier.EMERGENCY),
    )


def test_the_diary_mapping_names_flags_of_the_right_tier() -> None:
    from spasm_desktop.storage.relief import load_relief

    flags = load_relief()[0].red_flags
    assert flags is not None

    def tier(flag_id: str) -> Tier:
        flag = flags.get(flag_id)
        assert flag is not None, flag_id
        return flag.tier

    for sign, ids in ep.SIGN_FLAGS.items():
        tiers = {tier(i) for i in ids}
        assert ep.SIGN_TIERS[sign] in tiers, sign
    for area, ids in ep.AREA_FLAGS.items():
        assert {tier(i) for i in ids} == {ep.AREA_TIERS[area]}, area
    for trigger, ids in ep.TRIGGER_FLAGS.items():
        assert {tier(i) for i in ids} == {ep.TRIGGER_TIERS[trigger]}, trigger
    assert set(ep.AREAS) >= {"chest", "arm"}


def test_the_more_fields_round_trip_through_the_store(tmp_path: Path) -> None:
    store = RecordStore(tmp_path / "records.sqlite3", lambda: NIGHT)
    store.save_episode(FULL)
    no = dataclasses.replace(FULL, woke_me=False, triggers=(), red_flags=())
    store.save_episode(no)  # an edit: every field is replaced
    assert store.episodes(*DAY) == [no]
    store.save_episode(FULL)
    store.close()
    again = RecordStore(tmp_path / "records.sqlite3", lambda: NIGHT)
    assert again.episodes(*DAY) == [FULL]
    assert again.delete_episode(FULL.uid) == FULL
    again.close()


def test_a_version_4_database_keeps_its_episodes(tmp_path: Path) -> None:
    from spasm_desktop.storage.records import SCHEMA

    path = tmp_path / "records.sqlite3"
    conn = sqlite3.connect(path)
    with conn:
        for script in SCHEMA[:4]:
            conn.executescript(script)
        conn.execute(
            "INSERT INTO cramp_episodes (uid, started, duration_s, area, side, severity, "
            "feelings, context, helped, notes, source) "
            "VALUES ('old', ?, 60, 'foot', 'right', 3, '[\"knot\"]', '[]', '[]', 'n', 'cli')",
            (NIGHT.astimezone(dt.UTC).isoformat(timespec="seconds"),),
        )
        conn.execute("PRAGMA user_version=4")
    conn.close()
    store = RecordStore(path, lambda: NIGHT)
    [old] = store.episodes(*DAY)
    assert old == Episode(
        NIGHT, 60, "foot", "right", 3, ("knot",), notes="n", source="cli", uid="old"
    )
    assert old.triggers == old.red_flags == ()
    assert old.woke_me is None
    store.save_episode(dataclasses.replace(old, woke_me=False, relief_minutes=5))
    store.close()
    again = RecordStore(path, lambda: NIGHT)
    assert again.episodes(*DAY)[0].woke_me is False
    assert again.episodes(*DAY)[0].relief_minutes == 5
    again.close()
