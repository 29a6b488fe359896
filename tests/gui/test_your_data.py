"""The "Your data" window: export, restore and automatic backups (offscreen Qt, pytest-qt)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import NoReturn, Protocol

import pytest
from PySide6 import QtCore, QtGui, QtTest, QtWidgets
from pytestqt.qtbot import QtBot

from spasm_desktop.core.episode import Episode
from spasm_desktop.storage import backup, data_files, report_notes
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.storage.report_notes import ReportNotes
from spasm_desktop.ui.record import your_data_export
from spasm_desktop.ui.record import your_data_parts as parts
from spasm_desktop.ui.record.your_data import YourDataWindow
from tests.fakes import BERLIN, local
from tests.gui.needed import need

TODAY = dt.date(2026, 11, 24)
NOW = local(2026, 11, 24, 12, 0)
INPUT_TYPES = (
    QtWidgets.QAbstractButton,
    QtWidgets.QAbstractSpinBox,
    QtWidgets.QComboBox,
    QtWidgets.QAbstractItemView,
)
#: Drinks around the local midnights of 21 November (Berlin is UTC+1 then).
DRINK_TIMES = (
    local(2026, 11, 20, 23, 30),  # the day before
    local(2026, 11, 21, 0, 0),  # first instant of the day
    local(2026, 11, 21, 0, 30),
    local(2026, 11, 21, 23, 59),
    local(2026, 11, 22, 0, 0),  # the day after
    local(2026, 10, 1, 12, 0),  # long ago
)


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Messages in US English (the offscreen platform's C locale joins lists without "and")."""
    before = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale("en_US"))
    yield
    QtCore.QLocale.setDefault(before)


EPISODE_TIMES = (local(2026, 11, 21, 3, 0),)
Times = Sequence[dt.datetime]


def fill(db: Path, drinks: Times = DRINK_TIMES, episodes: Times = EPISODE_TIMES) -> None:
    store = RecordStore(db, lambda: NOW)
    for at in drinks:
        store.add_drink(at, 250, "tray")
    for started in episodes:
        store.save_episode(Episode(started=started, duration_s=60, area="calf", source="panel"))
    assert store.pending_count == 0
    store.close()


def count(db: Path, table: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


class Files:
    """The window's files, in the test's folder."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.db = root / "data" / "records.sqlite3"
        self.settings = root / "config" / "settings.json"
        self.backups = root / "data" / "backups"
        self.db.parent.mkdir(parents=True)
        self.settings.parent.mkdir(parents=True)
        self.settings.write_text(json.dumps({"version": 1, "water": {"glass_ml": 300}}))


@pytest.fixture
def files(tmp_path: Path) -> Files:
    result = Files(tmp_path / "home")
    fill(result.db)
    return result


NO_NOTES = ReportNotes()


class Calls:
    """What the window asked of the app: reports written, restores, notes saved."""

    def __init__(self) -> None:
        self.pdf: list[tuple[Path, dt.date, dt.date]] = []
        self.notes: list[ReportNotes] = []
        self.restored: list[dict[str, int]] = []
        self.saved_notes: list[ReportNotes] = []

    def write_pdf(self, path: Path, first: dt.date, last: dt.date, notes: ReportNotes) -> None:
        self.pdf.append((path, first, last))
        self.notes.append(notes)
        path.write_bytes(b"%PDF-1.4\n")


@pytest.fixture
def calls() -> Calls:
    return Calls()


class MakeWindow(Protocol):
    """``make(pdf=..., today=..., notes=...)``: the window on the test's files."""

    def __call__(
        self, *, pdf: bool = ..., today: dt.date = ..., notes: ReportNotes = ...
    ) -> YourDataWindow: ...


@pytest.fixture
def make(qtbot: QtBot, files: Files, calls: Calls) -> MakeWindow:
    def build(
        *, pdf: bool = True, today: dt.date = TODAY, notes: ReportNotes = NO_NOTES
    ) -> YourDataWindow:
        window = YourDataWindow(
            data_files.DataFiles(files.db, files.settings, files.backups),
            BERLIN,
            lambda: today,
            calls.write_pdf if pdf else None,
            calls.restored.append,
            report_notes=notes,
            on_report_notes=calls.saved_notes.append,
        )
        qtbot.addWidget(window)
        return window

    return build


def shown(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> bool:
    """Shown when its tab is (pages other than the current one are hidden as a whole)."""
    while widget is not window:
        if widget.isHidden() and not isinstance(widget.parent(), QtWidgets.QStackedWidget):
            return False
        widget = need(widget.parentWidget(), "a parent widget")
    return True


def make_backup(path: Path, tmp: Path, **fill_args: Times) -> Path:
    """A backup of a separate database holding ``fill_args``' records."""
    other = tmp / f"other-{path.stem}.sqlite3"
    fill(other, **fill_args)
    settings = tmp / "other-settings.json"
    if not settings.exists():
        settings.write_text(json.dumps({"version": 1, "water": {"glass_ml": 300}}))
    path.parent.mkdir(parents=True, exist_ok=True)
    backup.export_json(other, settings, path, None, None)
    return path


# --- export ------------------------------------------------------------------------------------


def test_defaults_last_14_days_and_the_pdf_report(make: MakeWindow) -> None:
    window = make()
    assert window.export_tab.export_format() == "pdf"
    assert window.export_tab.period() == (dt.date(2026, 11, 11), TODAY)
    assert window.export_tab.from_date.date() == QtCore.QDate(2026, 11, 11)
    assert window.export_tab.to_date.date() == QtCore.QDate(2026, 11, 24)
    assert window.export_tab.export_button.isEnabled()
    assert window.export_tab.default_name() == "spasm-report-2026-11-11-to-2026-11-24.pdf"
    window.export_tab.set_period(30)
    assert window.export_tab.period() == (dt.date(2026, 10, 26), TODAY)
    window.export_tab.set_period(your_data_export.EVERYTHING)
    assert window.export_tab.period() is None
    assert not window.export_tab.from_date.isEnabled()


def test_export_json_of_one_day_keeps_whole_local_days(
    make: MakeWindow, files: Files, tmp_path: Path
) -> None:
    window = make()
    window.export_tab.set_export_format("json")
    window.export_tab.set_dates(dt.date(2026, 11, 21), dt.date(2026, 11, 21))
    assert window.export_tab.period_combo.currentData() == your_data_export.CHOSEN
    out = tmp_path / "out.json"
    assert window.export_tab.export_to(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    times = [row["at"] for row in data["tables"]["drinks"]]
    assert times == [
        local(2026, 11, 21, 0, 0).isoformat(),
        local(2026, 11, 21, 0, 30).isoformat(),
        local(2026, 11, 21, 23, 59).isoformat(),
    ]
    assert len(data["tables"]["cramp_episodes"]) == 1
    assert data["settings"] == {"version": 1, "water": {"glass_ml": 300}}
    message = window.export_tab.export_message.text()
    assert "1 cramp episode and 3 drinks" in message
    assert str(out) in message
    assert shown(window.export_tab.open_export_folder_button, window)


def test_export_json_through_the_file_dialog(
    make: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    window.export_tab.set_export_format("json")
    asked: list[tuple[str, Path, str]] = []
    target = tmp_path / "chosen.json"

    def choose(title: str, suggested: Path, file_filter: str) -> Path:
        asked.append((title, suggested, file_filter))
        return target

    monkeypatch.setattr(window.export_tab, "choose_file", choose)
    window.export_tab.export_button.click()
    assert asked[0][1] == Path.home() / "spasm-backup-2026-11-11-to-2026-11-24.json"
    assert "*.json" in asked[0][2]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert len(data["tables"]["drinks"]) == 5  # all but the one of October


def test_cancelled_dialog_exports_nothing(
    make: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    window.export_tab.set_export_format("json")
    monkeypatch.setattr(window.export_tab, "choose_file", lambda *_args: None)
    window.export_tab.export_button.click()
    assert not shown(window.export_tab.export_message, window)


def test_export_csv_makes_a_new_folder_of_the_period(
    make: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    window.export_tab.set_export_format("csv")
    window.export_tab.set_dates(dt.date(2026, 11, 21), dt.date(2026, 11, 22))
    monkeypatch.setattr(window.export_tab, "choose_folder", lambda _title, _start: tmp_path)
    window.export_tab.export_button.click()
    folder = tmp_path / "spasm-data-2026-11-21-to-2026-11-22"
    with (folder / "drinks.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["at", "ml", "source"]
    assert len(rows) == 1 + 4  # header and the drinks of the 21st and 22nd
    for table in backup.TABLES:
        assert (folder / f"{table.name}.csv").is_file()
    assert "4 drinks" in window.export_tab.export_message.text()
    # Exporting again does not replace the first folder.
    window.export_tab.export_button.click()
    assert (tmp_path / "spasm-data-2026-11-21-to-2026-11-22-2" / "drinks.csv").is_file()


def test_first_day_after_last_day_disables_export(make: MakeWindow, tmp_path: Path) -> None:
    window = make()
    window.export_tab.set_export_format("json")
    window.export_tab.set_dates(dt.date(2026, 11, 22), dt.date(2026, 11, 21))
    assert not window.export_tab.export_button.isEnabled()
    assert shown(window.export_tab.export_problem, window)
    assert "after" in window.export_tab.export_problem.text()
    out = tmp_path / "out.json"
    assert not window.export_tab.export_to(out)
    assert not out.exists()
    window.export_tab.set_dates(dt.date(2026, 11, 21), dt.date(2026, 11, 21))
    assert window.export_tab.export_button.isEnabled()
    assert not shown(window.export_tab.export_problem, window)


def test_unwritable_place_says_so_and_writes_nothing(make: MakeWindow, tmp_path: Path) -> None:
    window = make()
    window.export_tab.set_export_format("json")
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = blocker / "out.json"
    assert not window.export_tab.export_to(out)
    assert not out.exists()
    message = window.export_tab.export_message.text()
    assert "Could not save" in message
    assert "Nothing was saved" in message
    assert str(out) in message
    assert not shown(window.export_tab.open_export_folder_button, window)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a-file", "home"]


def test_unreadable_database_says_so(make: MakeWindow, files: Files, tmp_path: Path) -> None:
    files.db.unlink()
    files.db.write_bytes(b"this is not a database" * 100)
    window = make()
    window.export_tab.set_export_format("json")
    out = tmp_path / "out.json"
    assert not window.export_tab.export_to(out)
    assert not out.exists()
    assert "Could not read your records" in window.export_tab.export_message.text()


def test_pdf_is_disabled_without_a_writer(make: MakeWindow) -> None:
    window = make(pdf=False)
    assert not window.export_tab.pdf_option.isEnabled()
    assert window.export_tab.export_format() == "csv"
    assert "Not available" in window.export_tab.pdf_option.accessibleDescription()
    window.export_tab.set_export_format("pdf")
    assert window.export_tab.export_format() == "csv"


def test_pdf_is_written_by_the_writer_with_the_days(
    make: MakeWindow, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    suggested: list[Path] = []

    def choose(_title: str, default: Path, file_filter: str) -> Path:
        suggested.append(default)
        assert "*.pdf" in file_filter
        return tmp_path / "report.pdf"

    monkeypatch.setattr(window.export_tab, "choose_file", choose)
    window.export_tab.export_button.click()
    assert suggested == [Path.home() / "spasm-report-2026-11-11-to-2026-11-24.pdf"]
    assert calls.pdf == [(tmp_path / "report.pdf", dt.date(2026, 11, 11), TODAY)]
    assert "report.pdf" in window.export_tab.export_message.text()

    window.export_tab.set_dates(dt.date(2026, 11, 1), dt.date(2026, 11, 3))
    assert window.export_tab.export_to(tmp_path / "b.pdf")
    assert calls.pdf[-1] == (tmp_path / "b.pdf", dt.date(2026, 11, 1), dt.date(2026, 11, 3))


def test_name_and_notes_go_on_the_report_and_are_kept(
    make: MakeWindow, calls: Calls, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make(notes=ReportNotes("Sam Example", "Ask about the new tablets"))
    assert window.export_tab.name_edit.text() == "Sam Example"
    assert window.export_tab.notes_edit.toPlainText() == "Ask about the new tablets"
    window.export_tab.name_edit.setText("  Sam  ")
    window.export_tab.notes_edit.setPlainText("Line one\nLine two\n")
    qtbot.waitUntil(lambda: bool(calls.saved_notes), timeout=3000)  # a moment after typing
    assert calls.saved_notes == [ReportNotes("Sam", "Line one\nLine two")]
    assert window.export_tab.export_to(tmp_path / "r.pdf")
    assert calls.notes == [ReportNotes("Sam", "Line one\nLine two")]
    window.export_tab.notes_edit.setPlainText("x" * (report_notes.MAX_NOTES + 50))
    window.close()  # kept at once on closing
    assert calls.saved_notes[-1] == ReportNotes("Sam", "x" * report_notes.MAX_NOTES)
    assert len(calls.saved_notes) == 2


def test_report_fields_are_for_the_pdf_only_and_tab_leaves_the_notes(
    make: MakeWindow, qtbot: QtBot
) -> None:
    window = make()
    assert window.export_tab.notes_box.isEnabled()
    window.export_tab.set_export_format("csv")
    assert not window.export_tab.notes_box.isEnabled()
    window.export_tab.set_export_format("pdf")
    assert window.export_tab.notes_box.isEnabled()
    assert window.export_tab.notes_edit.tabChangesFocus()
    assert window.export_tab.name_edit.accessibleName()
    assert window.export_tab.notes_edit.accessibleName()


def test_pdf_needs_a_period(make: MakeWindow) -> None:
    window = make()
    window.export_tab.set_period(your_data_export.EVERYTHING)
    assert not window.export_tab.export_button.isEnabled()
    assert window.export_tab.export_problem_text()
    window.export_tab.set_export_format("json")
    assert window.export_tab.export_button.isEnabled()
    assert window.export_tab.default_name() == "spasm-backup-2026-11-24.json"


def test_open_folder_opens_a_local_file_url(
    make: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    opened: list[QtCore.QUrl] = []

    def open_url(url: QtCore.QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(QtGui.QDesktopServices, "openUrl", open_url)
    window.export_tab.set_export_format("json")
    assert window.export_tab.export_to(tmp_path / "out.json")
    window.export_tab.open_export_folder_button.click()
    assert len(opened) == 1
    assert opened[0].isLocalFile()
    assert Path(opened[0].toLocalFile()) == tmp_path


# --- restore -----------------------------------------------------------------------------------


def test_invalid_file_lists_problems_and_restore_stays_disabled(
    make: MakeWindow, tmp_path: Path
) -> None:
    window = make()
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"app": "spasm-desktop", "format": 1, "schema": 5}))
    assert not window.restore_tab.load_backup(bad)
    details = window.restore_tab.restore_details.text()
    assert "cannot be restored" in details
    assert "exported" in details
    assert "tables" in details
    assert not window.restore_tab.restore_button.isEnabled()

    not_json = tmp_path / "photo.json"
    not_json.write_bytes(b"\x89PNG\x00\xff")
    assert not window.restore_tab.load_backup(not_json)
    assert "not a backup" in window.restore_tab.restore_details.text()
    assert not window.restore_tab.restore_button.isEnabled()


def test_crafted_files_show_their_problems_not_a_traceback(
    make: MakeWindow, tmp_path: Path
) -> None:
    window = make()
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000)
    assert not window.restore_tab.load_backup(deep)
    assert "nested far too deep" in window.restore_tab.restore_details.text()
    huge = tmp_path / "huge.json"
    huge.write_text(
        json.dumps(
            {
                "app": "spasm-desktop",
                "format": 1,
                "schema": 8,
                "exported": "9999-12-31T00:00:00+00:00",
                "tables": {"drinks": [{"at": "2026-11-24T09:00:00Z", "ml": 2**63, "source": ""}]},
            }
        )
    )
    assert not window.restore_tab.load_backup(huge)
    details = window.restore_tab.restore_details.text()
    assert "• exported: expected a time between 1970 and 2099" in details
    assert "• drinks[0].ml: expected a whole number from 1 to 5000" in details
    assert not window.restore_tab.restore_button.isEnabled()


def test_choose_a_file_shows_the_plan(
    make: MakeWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    path = make_backup(
        tmp_path / "mine.json",
        tmp_path,
        drinks=(*DRINK_TIMES[:2], local(2026, 9, 1, 9, 0), local(2026, 9, 2, 9, 0)),
        episodes=(local(2026, 9, 1, 3, 0), local(2026, 9, 2, 3, 0)),
    )
    monkeypatch.setattr(window.restore_tab, "choose_backup_file", lambda: path)
    window.restore_tab.choose_backup_button.click()
    details = window.restore_tab.restore_details.text()
    # The two drinks already here are skipped; the episodes are new (their own uids).
    assert "Restoring adds 2 cramp episodes and 2 drinks" in details
    assert "nothing is overwritten or deleted" in details
    assert "settings differ" not in details
    assert window.restore_tab.restore_button.isEnabled()


def test_confirm_no_changes_nothing(
    make: MakeWindow, files: Files, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    path = make_backup(tmp_path / "b.json", tmp_path, drinks=(local(2026, 9, 1, 9, 0),))
    assert window.restore_tab.load_backup(path)
    before = {table.name: count(files.db, table.name) for table in backup.TABLES}
    questions: list[str] = []

    def confirm_restore(text: str) -> bool:
        questions.append(text)
        return False

    monkeypatch.setattr(window.restore_tab, "confirm_restore", confirm_restore)
    window.restore_tab.restore_button.click()
    assert questions
    assert "1 cramp episode and 1 drink" in questions[0]
    assert {table.name: count(files.db, table.name) for table in backup.TABLES} == before
    assert calls.restored == []
    assert window.restore_tab.restore_button.isEnabled()


def test_confirm_yes_adds_the_rows_and_reports(
    make: MakeWindow, files: Files, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    path = make_backup(tmp_path / "b.json", tmp_path, drinks=(local(2026, 9, 1, 9, 0),))
    assert window.restore_tab.load_backup(path)
    monkeypatch.setattr(window.restore_tab, "confirm_restore", lambda _text: True)
    window.restore_tab.restore_button.click()
    assert count(files.db, "drinks") == len(DRINK_TIMES) + 1
    assert count(files.db, "cramp_episodes") == 2
    assert calls.restored == [
        {table.name: 0 for table in backup.TABLES} | {"drinks": 1, "cramp_episodes": 1}
    ]
    assert "Added 1 cramp episode and 1 drink" in window.restore_tab.restore_message.text()
    # Now everything in it is here: nothing more to add.
    assert "would add nothing" in window.restore_tab.restore_details.text()
    assert not window.restore_tab.restore_button.isEnabled()


def test_restore_error_is_shown_and_nothing_changes(
    make: MakeWindow, files: Files, calls: Calls, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    window = make()
    path = make_backup(tmp_path / "b.json", tmp_path, drinks=(local(2026, 9, 1, 9, 0),))
    assert window.restore_tab.load_backup(path)
    monkeypatch.setattr(window.restore_tab, "confirm_restore", lambda _text: True)

    def locked(*_args: object, **_kwargs: object) -> NoReturn:
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr(backup, "restore", locked)
    window.restore_tab.restore_button.click()
    message = window.restore_tab.restore_message.text()
    assert "database is locked" in message
    assert "Nothing was changed" in message
    assert calls.restored == []
    assert count(files.db, "drinks") == len(DRINK_TIMES)


def test_settings_that_differ_are_not_applied(make: MakeWindow, tmp_path: Path) -> None:
    window = make()
    (tmp_path / "other-settings.json").write_text(json.dumps({"version": 1}))
    path = make_backup(tmp_path / "b.json", tmp_path, drinks=(), episodes=())
    assert window.restore_tab.load_backup(path)
    details = window.restore_tab.restore_details.text()
    assert "settings differ" in details
    assert "not applied" in details
    assert "would add nothing" in details
    assert not window.restore_tab.restore_button.isEnabled()


def test_daily_backups_are_listed_newest_first(
    make: MakeWindow, files: Files, tmp_path: Path
) -> None:
    for day in ("2026-11-20", "2026-11-23", "2026-11-21"):
        make_backup(files.backups / f"backup-{day}.json", tmp_path, drinks=(), episodes=())
    (files.backups / "backup-latest.json").write_text("{}")
    (files.backups / "notes.txt").write_text("")
    window = make()
    assert [path.name for path in window.restore_tab.backup_paths()] == [
        "backup-2026-11-23.json",
        "backup-2026-11-21.json",
        "backup-2026-11-20.json",
    ]
    first = window.restore_tab.backups_list.item(0).text()
    assert "2026" in first
    assert "23" in first
    assert not shown(window.restore_tab.no_backups_label, window)
    window.restore_tab.choose_backup(1)
    assert "backup-2026-11-21.json" in window.restore_tab.restore_details.text()
    assert "would add nothing" in window.restore_tab.restore_details.text()


def test_no_daily_backups_says_so(make: MakeWindow) -> None:
    window = make()
    assert window.restore_tab.backup_paths() == []
    assert shown(window.restore_tab.no_backups_label, window)
    assert not shown(window.restore_tab.backups_list, window)
    assert "no automatic backup" in window.backups_tab.newest_label.text()


# --- backups -----------------------------------------------------------------------------------


def test_back_up_now_then_already_exists(make: MakeWindow, files: Files) -> None:
    window = make()
    assert str(files.db) in window.backups_tab.database_path.text()
    assert str(files.backups) in window.backups_tab.backups_path.text()
    window.backups_tab.backup_now_button.click()
    today_file = files.backups / "backup-2026-11-24.json"
    assert today_file.is_file()
    assert "Saved today's backup" in window.backups_tab.backups_message.text()
    assert [path.name for path in window.restore_tab.backup_paths()] == ["backup-2026-11-24.json"]
    assert "(today)" in window.restore_tab.backups_list.item(0).text()
    assert (
        "November" in window.backups_tab.newest_label.text()
        or "2026" in window.backups_tab.newest_label.text()
    )
    assert not shown(window.backups_tab.save_copy_button, window)

    window.backups_tab.backup_now_button.click()
    assert "already exists" in window.backups_tab.backups_message.text()
    assert shown(window.backups_tab.save_copy_button, window)
    window.backups_tab.save_copy_button.click()
    assert window.tabs.currentIndex() == 0
    assert window.export_tab.export_format() == "json"
    assert window.export_tab.period() is None


def test_back_up_now_keeps_seven(make: MakeWindow, files: Files, tmp_path: Path) -> None:
    for offset in range(1, 9):
        day = TODAY - dt.timedelta(days=offset)
        make_backup(files.backups / f"backup-{day}.json", tmp_path, drinks=(), episodes=())
    window = make()
    window.backups_tab.backup_now()
    names = [path.name for path in window.restore_tab.backup_paths()]
    assert len(names) == data_files.KEEP
    assert names[0] == "backup-2026-11-24.json"


def test_back_up_now_error_is_shown(make: MakeWindow, files: Files) -> None:
    files.backups.parent.mkdir(parents=True, exist_ok=True)
    files.backups.write_text("a file where the folder should be")
    window = make()
    window.backups_tab.backup_now()
    assert "Could not save the backup" in window.backups_tab.backups_message.text()


# --- words -------------------------------------------------------------------------------------


def test_counts_in_words(qapp: QtWidgets.QApplication) -> None:
    assert parts.counts_text({"drinks": 1203, "cramp_episodes": 42}) == (
        "42 cramp episodes and 1,203 drinks"
    )
    assert parts.counts_text({"drinks": 1, "breaks": 0}) == "1 drink"
    assert parts.counts_text({"drinks": 0}) == "no records"
    # Days recorded without a goal are rows too: days are counted, not goals.
    assert parts.counts_text({"drinks": 2, "day_goals": 30}) == (
        "2 drinks and the water goal of 30 days"
    )
    assert parts.table_count("day_goals", 1) == "the water goal of 1 day"
    # A table the window has no words for yet still reads sensibly.
    assert parts.table_count("sleep_log", 2) == "2 records of “sleep log”"
    assert parts.table_count("sleep_log", 1) == "1 record of “sleep log”"
    for table in backup.TABLES:
        assert "_" not in parts.table_count(table.name, 2)


# --- keyboard and accessibility ------------------------------------------------------------------


def test_tab_shortcuts_and_escape(make: MakeWindow, qtbot: QtBot) -> None:
    window = make()
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    ctrl = QtCore.Qt.KeyboardModifier.ControlModifier
    shift = QtCore.Qt.KeyboardModifier.ShiftModifier
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_2, ctrl)
    assert window.tabs.currentIndex() == 1
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_3, ctrl)
    assert window.tabs.currentIndex() == 2
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_1, ctrl)
    assert window.tabs.currentIndex() == 0
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Tab, ctrl)
    assert window.tabs.currentIndex() == 1
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Backtab, ctrl | shift)
    assert window.tabs.currentIndex() == 0
    QtTest.QTest.keyClick(window, QtCore.Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_every_input_widget_has_an_accessible_name(
    make: MakeWindow, files: Files, tmp_path: Path
) -> None:
    make_backup(files.backups / "backup-2026-11-23.json", tmp_path, drinks=(), episodes=())
    window = make()
    widgets = [w for w in window.findChildren(QtWidgets.QWidget) if isinstance(w, INPUT_TYPES)]

    def inner(widget: QtWidgets.QWidget) -> bool:
        """A part of a combo box, date edit or the tab bar (its scroll arrows)."""
        parent = widget.parentWidget()
        while parent is not None:
            if isinstance(parent, QtWidgets.QComboBox | QtWidgets.QAbstractSpinBox):
                return True
            if isinstance(parent, QtWidgets.QTabBar):
                return True
            parent = parent.parentWidget()
        return False

    widgets = [w for w in widgets if not inner(w)]
    assert len(widgets) >= 14
    for widget in widgets:
        name = widget.accessibleName()
        assert name, f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}"
        assert "&" not in name


def test_every_label_with_a_mnemonic_has_a_buddy(make: MakeWindow) -> None:
    window = make()
    for label in window.findChildren(QtWidgets.QLabel):
        if "&" in label.text().replace("&&", ""):
            assert label.buddy() is not None, label.text()


def test_problems_read_well_on_a_dark_palette(make: MakeWindow, tmp_path: Path) -> None:
    window = make()
    window.export_tab.set_dates(dt.date(2026, 11, 22), dt.date(2026, 11, 21))
    dark = QtGui.QPalette(QtGui.QColor(40, 40, 40))
    window.setPalette(dark)
    colour = window.export_tab.export_problem.palette().color(QtGui.QPalette.ColorRole.WindowText)
    assert colour.lightness() > dark.color(QtGui.QPalette.ColorRole.Window).lightness() + 60
    window.setPalette(QtWidgets.QApplication.palette())
    colour = window.export_tab.export_problem.palette().color(QtGui.QPalette.ColorRole.WindowText)
    assert colour.lightness() < 128
