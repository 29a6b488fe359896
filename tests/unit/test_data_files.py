"""The files behind "Your data" (storage.data_files) and the report notes (storage.report_notes)."""

import datetime as dt
import json
import os
from pathlib import Path

from spasm_desktop.storage import data_files, report_notes
from spasm_desktop.storage.data_files import DailyBackup, DataFiles
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.storage.report_notes import ReportNotes

T0 = dt.datetime(2026, 11, 20, 8, 0, tzinfo=dt.UTC)


def make_files(root: Path, keep: int = data_files.KEEP) -> DataFiles:
    root.mkdir(parents=True, exist_ok=True)
    files = DataFiles(root / "records.sqlite3", root / "settings.json", root / "backups", keep)
    store = RecordStore(files.database, lambda: T0)
    store.add_drink(T0, 250, "tray")
    store.close()
    files.settings_file.write_text(json.dumps({"version": 1}), encoding="utf-8")
    return files


def test_saved_report_notes_are_read_forgivingly() -> None:
    assert ReportNotes.from_json(None) == ReportNotes() == report_notes.NO_NOTES
    assert ReportNotes.from_json({"name": 3, "notes": ["x"]}) == ReportNotes()
    kept = ReportNotes("Sam", "Ask")
    assert ReportNotes.from_json(kept.to_json()) == kept
    long = ReportNotes.from_json({"name": "n" * 200, "notes": "x" * 3000})
    assert len(long.name) == report_notes.MAX_NAME == 80
    assert len(long.notes) == report_notes.MAX_NOTES == 2000


def test_daily_backups_are_listed_newest_first_with_when_they_were_saved(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    for day in ("2026-11-20", "2026-11-23", "2026-11-21"):
        (folder / f"backup-{day}.json").write_text("{}")
    for other in ("backup-latest.json", "backup-2026-13-45.json", "notes.txt"):
        (folder / other).write_text("")
    saved = dt.datetime(2026, 11, 23, 21, 5, 7, tzinfo=dt.UTC)
    os.utime(folder / "backup-2026-11-23.json", (saved.timestamp(), saved.timestamp()))
    found = data_files.daily_backups(folder)
    assert [(b.day, b.path.name) for b in found] == [
        (dt.date(2026, 11, 23), "backup-2026-11-23.json"),
        (dt.date(2026, 11, 21), "backup-2026-11-21.json"),
        (dt.date(2026, 11, 20), "backup-2026-11-20.json"),
    ]
    assert found[0].saved == saved
    assert data_files.daily_backups(tmp_path / "missing") == []
    assert data_files.saved_at(tmp_path / "missing.json") is None


def test_back_up_now_keeps_the_newest_and_finds_today(tmp_path: Path) -> None:
    files = make_files(tmp_path, keep=2)
    assert not files.has_backups_dir()
    assert files.daily_backup_of(dt.date(2026, 11, 20)) is None
    for day in (18, 19, 20):
        assert files.daily_backup(dt.date(2026, 11, day)) is not None
    assert files.has_backups_dir()
    assert [b.day.day for b in files.daily_backups()] == [20, 19]
    assert files.daily_backup(dt.date(2026, 11, 20)) is None  # there already
    today = files.daily_backup_of(dt.date(2026, 11, 20))
    assert isinstance(today, DailyBackup)
    assert today.saved is not None
    assert today.path == files.backups_dir / "backup-2026-11-20.json"


def test_a_backup_goes_out_and_comes_back_through_the_files(tmp_path: Path) -> None:
    files = make_files(tmp_path / "a")
    out = tmp_path / "backup.json"
    assert files.export_json(out, None, None)["drinks"] == 1
    loaded, problems = files.read_backup(out)
    assert problems == []
    assert loaded is not None
    other = make_files(tmp_path / "b")
    assert other.plan_restore(loaded)["drinks"] == 0  # the same drink is there already
    assert not other.settings_differ(loaded)
    other.settings_file.write_text(json.dumps({"version": 2}), encoding="utf-8")
    assert other.settings_differ(loaded)
    empty = DataFiles(tmp_path / "c.sqlite3", tmp_path / "c.json", tmp_path / "c")
    assert empty.restore(loaded)["drinks"] == 1
    counts = files.export_csv(tmp_path / "csv", None, None)
    assert counts["drinks"] == 1
    assert (tmp_path / "csv" / "drinks.csv").is_file()


def test_free_name_never_replaces_what_is_there(tmp_path: Path) -> None:
    wanted = tmp_path / "spasm-data"
    assert DataFiles.free_name(wanted) == wanted
    wanted.mkdir()
    (tmp_path / "spasm-data-2").write_text("")
    assert DataFiles.free_name(wanted) == tmp_path / "spasm-data-3"
