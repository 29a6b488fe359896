"""Backups, restore and CSV export (spasm_desktop.storage.backup)."""

import csv
import datetime as dt
import json
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from spasm_desktop.core.episode import Episode
from spasm_desktop.core.reminders import Outcome, Record, ReminderKind
from spasm_desktop.core.sitting import Break, BreakSource
from spasm_desktop.storage import backup, records
from spasm_desktop.storage.records import RecordStore, RoutineSession

T0 = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)


def fill(path: Path) -> None:
    store = RecordStore(path, lambda: T0)
    for day in range(3):
        base = T0 + dt.timedelta(days=day)
        store.add_drink(base, 250, "tray")
        store.add_drink(base + dt.timedelta(hours=2), 330, "cli")
        store.add_records(
            [
                Record(base, ReminderKind.WATER, Outcome.SHOWN, base, ""),
                Record(base, ReminderKind.WATER, Outcome.DONE, None, "détail ✓"),
                Record(base + dt.timedelta(hours=1), ReminderKind.MOVE, Outcome.SNOOZED),
            ]
        )
        store.add_breaks([Break(base, base + dt.timedelta(minutes=5), BreakSource.NATURAL)])
        store.add_session(
            RoutineSession(
                "desk-break",
                base,
                base + dt.timedelta(minutes=3),
                day % 2 == 0,
                "" if day % 2 == 0 else "wall-calf/left/hold",
                ("neck-roll/both/hold",) if day else (),
            )
        )
        store.save_episode(
            Episode(
                started=base + dt.timedelta(hours=20),
                duration_s=90 if day else None,
                area="calf",
                side="left" if day else None,
                severity=day + 4,
                feelings=("tight", "sharp"),
                context=("night",),
                helped=("stretch",),
                notes=f'nuit {day}: crampe « forte » 🦵\nligne deux, "quoted"',
                source="panel",
                # the §7.1 fields (schema 5): all given on day 1, none on day 0
                triggers=("heat", "alcohol") if day else (),
                relief_minutes=day * 7 if day else None,
                woke_me=(day == 1) if day else None,
                sleep_disruption=day + 2 if day else None,
                soreness_next_day=day if day else None,
                red_flags=("numbness",) if day == 2 else (),
            )
        )
    assert store.pending_count == 0
    store.close()


def rows(path: Path, table: str) -> list[Any]:
    """The rows of ``table``, each a tuple of the backup's columns."""
    spec = backup.TABLES_BY_NAME[table]
    conn = sqlite3.connect(path)
    try:
        return conn.execute(
            f"SELECT {', '.join(spec.column_names)} FROM {table} ORDER BY rowid"
        ).fetchall()
    finally:
        conn.close()


def all_rows(path: Path) -> dict[str, list[Any]]:
    return {table.name: rows(path, table.name) for table in backup.TABLES}


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, Path]:
    """A filled database and a settings file."""
    db = tmp_path / "records.sqlite3"
    fill(db)
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"version": 1, "water": {"glass_ml": 300}}))
    return db, settings


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_round_trip_is_lossless_and_idempotent(filled: tuple[Path, Path], tmp_path: Path) -> None:
    db, settings = filled
    out = tmp_path / "out" / "backup.json"
    out.parent.mkdir()
    counts = backup.export_json(db, settings, out, None, None)
    assert counts == {
        "reminder_log": 9,
        "drinks": 6,
        "breaks": 3,
        "routine_sessions": 3,
        "cramp_episodes": 3,
        "medicines": 0,
        "profile": 0,
        "day_goals": 0,
        "morning_answers": 0,
    }
    assert mode(out) == 0o600
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == 1
    assert data["app"] == "spasm-desktop"
    assert data["schema"] == len(records.SCHEMA) == 10
    assert data["settings"] == {"version": 1, "water": {"glass_ml": 300}}
    assert "state" not in data["tables"]
    assert "handled_requests" not in data["tables"]
    assert all("id" not in row for rows_ in data["tables"].values() for row in rows_)

    loaded, problems = backup.read_backup(out)
    assert problems == []
    assert loaded is not None
    fresh = tmp_path / "fresh.sqlite3"
    assert backup.plan_restore(fresh, loaded) == counts
    assert not fresh.exists()  # planning does not create anything
    assert backup.restore(fresh, loaded) == counts
    assert all_rows(fresh) == all_rows(db)
    # And the store reads them back the same.
    a, b = RecordStore(db, lambda: T0), RecordStore(fresh, lambda: T0)
    far = T0 + dt.timedelta(days=30)
    assert a.episodes(T0, far) == b.episodes(T0, far)
    assert a.sessions(T0, far) == b.sessions(T0, far)
    assert a.records(T0, far) == b.records(T0, far)
    a.close()
    b.close()

    assert backup.plan_restore(fresh, loaded) == dict.fromkeys(counts, 0)
    assert backup.restore(fresh, loaded) == dict.fromkeys(counts, 0)
    assert backup.restore(db, loaded) == dict.fromkeys(counts, 0)
    assert all_rows(fresh) == all_rows(db)


def test_restore_adds_only_what_is_missing(filled: tuple[Path, Path], tmp_path: Path) -> None:
    db, settings = filled
    out = tmp_path / "b.json"
    backup.export_json(db, settings, out, None, None)
    loaded, _ = backup.read_backup(out)
    assert loaded is not None
    target = tmp_path / "target.sqlite3"
    store = RecordStore(target, lambda: T0)
    store.add_drink(T0, 250, "tray")  # already in the backup
    store.add_drink(T0, 999, "tray")  # only here
    store.close()
    plan = backup.plan_restore(target, loaded)
    assert plan["drinks"] == 5
    backup.restore(target, loaded)
    assert len(rows(target, "drinks")) == 7
    assert backup.settings_differ(settings, loaded) is False
    assert backup.settings_differ(tmp_path / "missing.json", loaded) is True


def test_from_to_filter(filled: tuple[Path, Path], tmp_path: Path) -> None:
    db, settings = filled
    start = T0 + dt.timedelta(days=1)
    end = T0 + dt.timedelta(days=2)
    out = tmp_path / "b.json"
    counts = backup.export_json(db, settings, out, start, end)
    assert counts == {
        "reminder_log": 3,
        "drinks": 2,
        "breaks": 1,
        "routine_sessions": 1,
        "cramp_episodes": 1,
        "medicines": 0,
        "profile": 0,
        "day_goals": 0,
        "morning_answers": 0,
    }
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["from"] == "2026-11-21T08:00:00+00:00"
    assert data["to"] == "2026-11-22T08:00:00+00:00"
    assert [d["at"] for d in data["tables"]["drinks"]] == [
        "2026-11-21T08:00:00+00:00",
        "2026-11-21T10:00:00+00:00",
    ]


def test_csv_export(filled: tuple[Path, Path], tmp_path: Path) -> None:
    db, _ = filled
    folder = tmp_path / "csv" / "deeper"
    counts = backup.export_csv(db, folder, None, None)
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"{t.name}.csv" for t in backup.TABLES
    )
    for table in backup.TABLES:
        path = folder / f"{table.name}.csv"
        assert mode(path) == 0o600
        with path.open(encoding="utf-8", newline="") as handle:
            read = list(csv.reader(handle))
        assert tuple(read[0]) == table.column_names
        assert len(read) - 1 == counts[table.name]
        expected = [["" if v is None else str(v) for v in row] for row in rows(db, table.name)]
        assert read[1:] == expected
    with (folder / "cramp_episodes.csv").open(encoding="utf-8", newline="") as handle:
        episodes = list(csv.DictReader(handle))
    assert episodes[0]["notes"].startswith("nuit 0: crampe « forte » 🦵\nligne deux")


def test_export_of_a_missing_database_is_empty(tmp_path: Path) -> None:
    out = tmp_path / "b.json"
    counts = backup.export_json(tmp_path / "none.sqlite3", tmp_path / "none.json", out, None, None)
    assert set(counts.values()) == {0}
    assert not (tmp_path / "none.sqlite3").exists()
    loaded, problems = backup.read_backup(out)
    assert problems == []
    assert loaded is not None
    assert loaded.settings is None


def good_backup() -> dict[str, Any]:
    return {
        "format": 1,
        "app": "spasm-desktop",
        "schema": 4,
        "exported": "2026-11-24T10:00:00+00:00",
        "from": None,
        "to": None,
        "settings": {},
        "tables": {
            "drinks": [{"at": "2026-11-24T09:00:00+00:00", "ml": 250, "source": "cli"}],
        },
    }


def with_change(change: Callable[[dict[str, Any]], object]) -> dict[str, Any]:
    data = good_backup()
    change(data)
    return data


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"not json {", "not a backup: not valid JSON"),
        (b"\xff\xfe\x00garbage", "not a backup: the file is not text"),
        (json.dumps([1, 2]).encode(), "not a backup: expected a JSON object"),
        (json.dumps(with_change(lambda d: d.update(format=2))).encode(), "format: expected 1"),
        (json.dumps(with_change(lambda d: d.update(app="x"))).encode(), 'app: expected "spasm'),
        (
            json.dumps(
                with_change(lambda d: d["tables"]["drinks"][0].update(at="yesterday"))
            ).encode(),
            "drinks[0].at: expected a time",
        ),
        (
            json.dumps(
                with_change(lambda d: d["tables"]["drinks"][0].update(at="2026-11-24T09:00:00"))
            ).encode(),
            "drinks[0].at: expected a time with a time zone",
        ),
        (
            json.dumps(with_change(lambda d: d["tables"]["drinks"][0].update(ml=-5))).encode(),
            "drinks[0].ml: expected a whole number from 1 to 5000",
        ),
        (
            json.dumps(with_change(lambda d: d["tables"]["drinks"][0].update(ml=True))).encode(),
            "drinks[0].ml: expected a whole number from 1 to 5000",
        ),
        (
            json.dumps(with_change(lambda d: d["tables"].update(state=[]))).encode(),
            "tables.state: unknown table",
        ),
        (
            json.dumps(with_change(lambda d: d["tables"]["drinks"][0].update(id=3))).encode(),
            "drinks[0].id: unknown column",
        ),
        (
            json.dumps(with_change(lambda d: d["tables"]["drinks"][0].pop("source"))).encode(),
            "drinks[0].source: missing",
        ),
        (
            json.dumps(
                with_change(
                    lambda d: d["tables"].update(
                        cramp_episodes=[
                            {
                                "uid": "u",
                                "started": "2026-11-24T01:00:00Z",
                                "duration_s": None,
                                "area": None,
                                "side": None,
                                "severity": 11,
                                "feelings": "[]",
                                "context": "nope",
                                "helped": "[]",
                                "notes": "",
                                "source": "cli",
                            }
                        ]
                    )
                )
            ).encode(),
            "cramp_episodes[0].severity: expected a whole number from 0 to 10",
        ),
    ],
)
def test_invalid_files_give_problems_and_change_nothing(
    filled: tuple[Path, Path], tmp_path: Path, content: bytes, expected: str
) -> None:
    db, _ = filled
    before = all_rows(db)
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    loaded, problems = backup.read_backup(path)
    assert loaded is None
    assert any(line.startswith(expected) for line in problems), problems
    assert all_rows(db) == before


def test_every_problem_is_listed(tmp_path: Path) -> None:
    data = good_backup()
    data["tables"]["drinks"].append({"at": "x", "ml": 0, "source": 3})
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data))
    _, problems = backup.read_backup(path)
    assert problems == [
        "drinks[1].at: expected a time such as 2026-11-24T21:30:00+00:00",
        "drinks[1].ml: expected a whole number from 1 to 5000",
        "drinks[1].source: expected text",
    ]


def test_missing_file(tmp_path: Path) -> None:
    loaded, problems = backup.read_backup(tmp_path / "nope.json")
    assert loaded is None
    assert problems[0].startswith("cannot read the file")


def test_timestamps_are_normalised_to_utc(tmp_path: Path) -> None:
    data = good_backup()
    data["tables"]["drinks"][0]["at"] = "2026-11-24T10:00:00+01:00"
    path = tmp_path / "b.json"
    path.write_text(json.dumps(data))
    loaded, problems = backup.read_backup(path)
    assert problems == []
    assert loaded is not None
    db = tmp_path / "db.sqlite3"
    backup.restore(db, loaded)
    assert rows(db, "drinks") == [("2026-11-24T09:00:00+00:00", 250, "cli")]
    assert mode(db) == 0o600


def test_restore_is_all_or_nothing(filled: tuple[Path, Path], tmp_path: Path) -> None:
    db, settings = filled
    out = tmp_path / "b.json"
    backup.export_json(db, settings, out, None, None)
    loaded, _ = backup.read_backup(out)
    assert loaded is not None
    fresh = tmp_path / "fresh.sqlite3"

    def explode() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        backup.restore(fresh, loaded, on_begin=explode)
    assert {name: len(r) for name, r in all_rows(fresh).items()} == dict.fromkeys(loaded.count(), 0)
    # A failure in the middle (a later table) rolls back the earlier tables too.
    broken = backup.Backup(
        loaded.schema,
        loaded.exported,
        None,
        dict(loaded.tables, cramp_episodes=[loaded.tables["cramp_episodes"][0]] * 2),
    )
    with pytest.raises(sqlite3.IntegrityError):
        backup.restore(fresh, broken)
    assert set(map(len, all_rows(fresh).values())) == {0}


def test_daily_backups_keep_seven(filled: tuple[Path, Path], tmp_path: Path) -> None:
    db, settings = filled
    folder = tmp_path / "backups"
    first = dt.date(2026, 11, 1)
    for offset in range(10):
        day = first + dt.timedelta(days=offset)
        written = backup.daily_backup(db, settings, folder, day)
        assert written == folder / f"backup-{day.isoformat()}.json"
        assert mode(written) == 0o600
    assert mode(folder) == 0o700
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"backup-2026-11-{d:02d}.json" for d in range(4, 11)]
    today = folder / "backup-2026-11-10.json"
    today.write_text("kept as is")
    assert backup.daily_backup(db, settings, folder, dt.date(2026, 11, 10)) is None
    assert today.read_text() == "kept as is"
    loaded, problems = backup.read_backup(folder / "backup-2026-11-09.json")
    assert problems == []
    assert loaded is not None
    assert sum(loaded.count().values()) == 24


def test_old_backup_without_the_new_episode_fields_restores(tmp_path: Path) -> None:
    """A backup from schema 4 (no triggers, relief, sleep, soreness, red flags) restores."""
    data = good_backup()
    data["tables"]["cramp_episodes"] = [
        {
            "uid": "old-1",
            "started": "2026-11-23T22:00:00+01:00",
            "duration_s": 120,
            "area": "calf",
            "side": "left",
            "severity": 6,
            "feelings": '["knot"]',
            "context": '["asleep"]',
            "helped": '["stretch"]',
            "notes": "old",
            "source": "panel",
        }
    ]
    loaded, problems = backup.parse_backup(data)
    assert problems == []
    assert loaded is not None
    db = tmp_path / "records.sqlite3"
    assert backup.restore(db, loaded)["cramp_episodes"] == 1
    store = RecordStore(db, lambda: T0)
    [episode] = store.episodes(T0 - dt.timedelta(days=30), T0 + dt.timedelta(days=30))
    store.close()
    assert episode == Episode(
        started=dt.datetime(2026, 11, 23, 21, 0, tzinfo=dt.UTC),
        duration_s=120,
        area="calf",
        side="left",
        severity=6,
        feelings=("knot",),
        context=("asleep",),
        helped=("stretch",),
        notes="old",
        source="panel",
        uid="old-1",
    )
    assert episode.triggers == episode.red_flags == ()
    assert episode.relief_minutes is episode.woke_me is episode.soreness_next_day is None


@pytest.mark.parametrize(
    ("column", "value", "expected"),
    [
        ("relief_minutes", 241, "cramp_episodes[0].relief_minutes: expected a whole number"),
        ("woke_me", 2, "cramp_episodes[0].woke_me: expected 0 (no), 1 (yes) or null"),
        ("sleep_disruption", 11, "cramp_episodes[0].sleep_disruption: expected a whole"),
        ("soreness_next_day", -1, "cramp_episodes[0].soreness_next_day: expected a whole"),
        ("triggers", "heat", "cramp_episodes[0].triggers: expected a JSON list"),
        ("red_flags", None, "cramp_episodes[0].red_flags: expected a JSON list"),
    ],
)
def test_new_episode_fields_are_checked(column: str, value: object, expected: str) -> None:
    data = good_backup()
    row = {
        "uid": "x",
        "started": "2026-11-23T22:00:00+00:00",
        "duration_s": None,
        "area": None,
        "side": None,
        "severity": None,
        "feelings": "[]",
        "context": "[]",
        "helped": "[]",
        "notes": "",
        "source": "diary",
        column: value,
    }
    data["tables"]["cramp_episodes"] = [row]
    loaded, problems = backup.parse_backup(data)
    assert loaded is None
    assert len(problems) == 1
    assert problems[0].startswith(expected)
