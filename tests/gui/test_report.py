"""Tests for the clinician summary report (PDF and text) and ``spasm-desktop export pdf``."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication

from spasm_desktop.core import medical, report_figures, stats
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.medical import MedicalProfile, Medicine
from spasm_desktop.core.settings import Settings, WaterSettings
from spasm_desktop.storage import history, routines
from spasm_desktop.storage.records import RecordStore
from spasm_desktop.ui.record import report
from tests.fakes import BERLIN

TODAY = dt.date(2026, 3, 1)
GENERATED = dt.datetime(2026, 3, 1, 14, 5, tzinfo=dt.UTC)
DISCLAIMER = "Patient-reported data; not validated; not a diagnosis."
STATIN = Medicine("Atorvastatin 20 mg", started=dt.date(2026, 1, 31))
DIURETIC = Medicine(
    "Bendroflumethiazide", started=dt.date(2024, 5, 1), stopped=dt.date(2026, 2, 14)
)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour, minute), BERLIN).astimezone(dt.UTC)


def make_input(
    episodes: list[Episode],
    period: stats.Period,
    medicines: tuple[Medicine, ...] = (),
    **extra: Any,
) -> report.ReportInput:
    record = stats.Record(
        episodes=episodes, medicines=medicines, tracking_since=dt.date(2025, 1, 1)
    )
    summary = report_figures.summary(record, period, BERLIN, TODAY)
    return report.ReportInput(
        summary,
        BERLIN,
        GENERATED,
        "9.8.7",
        medicines=medicines,
        **extra,
    )


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, with runs of white space as one space."""
    return [" ".join(page.extract_text().split()) for page in pypdf.PdfReader(path).pages]


def busy_episodes() -> list[Episode]:
    """60 days: 20 cramps, 2 over 10 minutes, 1 red flag, 1 in the hand."""
    first = TODAY - dt.timedelta(days=59)
    episodes = []
    for i in range(20):
        day = first + dt.timedelta(days=i * 3)
        episodes.append(
            Episode(
                started=at(day, 3, 10),
                duration_s=[60, 120, 180, 240][i % 4],
                area="calf",
                side="left",
                severity=[4, 6, 8][i % 3],
                context=("asleep",),
                helped=("stretch",),
                relief_minutes=3,
                woke_me=True,
                sleep_disruption=6,
                soreness_next_day=2 if i % 2 else 0,
                notes="Long note " * 30 if i == 4 else "",
            )
        )
    episodes[5] = Episode(
        started=at(first + dt.timedelta(days=15), 23), duration_s=900, area="calf"
    )
    episodes[6] = Episode(
        started=at(first + dt.timedelta(days=18), 2),
        duration_s=1200,
        area="calf",
        side="right",
        severity=9,
        red_flags=("swelling",),
        notes="Calf swollen and warm",
    )
    episodes[7] = Episode(started=at(first + dt.timedelta(days=21), 15), duration_s=60, area="hand")
    return episodes


@pytest.fixture
def busy() -> report.ReportInput:
    return make_input(
        busy_episodes(),
        stats.Period.ending(TODAY, 60),
        (STATIN, DIURETIC, Medicine("Paracetamol")),
        name="Margaret Ellis",
        profile=MedicalProfile((2023, 11), ("diabetes",), ""),
        fluid_limit_ml=1500,
        questions=("Could any of my medicines play a part?", "Is stretching worth trying?"),
        notes="Worse since the statin.",
    )


def test_empty_period_gives_a_clean_report(qapp: QApplication, tmp_path: Path) -> None:
    data = make_input([], stats.Period.ending(TODAY, 14))
    path = tmp_path / "empty.pdf"
    assert report.write_pdf(path, data) == 2
    first, second = pdf_pages(path)
    assert "No cramps were recorded in this period." in first
    assert DISCLAIMER in first
    assert "Cramps recorded 0" in first
    assert "Page 1 of 2" in first
    assert "Page 2 of 2" in second
    assert "No cramps were recorded in this period." in report.report_text(data)


def test_a_one_day_period(qapp: QApplication, tmp_path: Path) -> None:
    day = stats.Period(TODAY, TODAY)
    data = make_input([Episode(started=at(TODAY, 9), duration_s=30, area="foot")], day)
    path = tmp_path / "one.pdf"
    assert report.write_pdf(path, data) == 2
    first = pdf_pages(path)[0]
    assert "The period is too short to compare." in first
    assert "Cramps recorded 1" in first


def test_one_episode(qapp: QApplication, tmp_path: Path) -> None:
    episode = Episode(
        started=at(TODAY - dt.timedelta(days=2), 3, 10),
        duration_s=150,
        area="calf",
        side="left",
        severity=7,
        context=("asleep",),
        woke_me=True,
        notes="Right after a long walk",
    )
    data = make_input([episode], stats.Period.ending(TODAY, 14))
    path = tmp_path / "one.pdf"
    assert report.write_pdf(path, data) == 2
    first, second = pdf_pages(path)
    assert "Cramps recorded 1 7.0 per week over 1 recorded day" in first
    assert "Duration, median 2 min 30 s" in first
    assert "Pain, median 7/10" in first
    assert "Nights woken 1" in first
    assert "All cramp episodes (1)" in second
    assert "Right after a long walk" in second
    assert "Calf, left" in second


def test_busy_period_figures(qapp: QApplication, tmp_path: Path, busy: report.ReportInput) -> None:
    path = tmp_path / "busy.pdf"
    pages = report.write_pdf(path, busy)
    text = pdf_pages(path)
    first, appendix = text[0], " ".join(text[1:])
    s = busy.summary
    assert s.total == 20
    assert s.long_count == 2
    # Key numbers on page 1.
    assert "Name: Margaret Ellis" in first
    assert "Period: 1 Jan 2026 – 1 Mar 2026 (60 days)" in first
    assert DISCLAIMER in first
    assert "Cramps recorded 20 7.4 per week over 19 recorded days" in first
    # Week by week in the appendix: recorded nights of each week's nights, cramps x mean pain.
    assert "Week by week" in appendix
    assert "from 29 Dec 2025 1 of 4 2 5 10" in appendix
    # Of the recorded nights only: a night nobody logged is not a night without cramps.
    assert 0 < s.cramp_nights == s.recorded_nights < 60
    assert s.not_recorded_nights > 0
    assert (
        f"Nights with a cramp {s.cramp_nights} of {s.recorded_nights} recorded; "
        f"{s.not_recorded_nights} not recorded" in first
    ), first[first.find("Nights with") :][:300]
    median = report.duration_words(s.median_duration_s)
    assert f"Duration, median {median} longest 20 min" in first
    assert "Over 10 minutes 2 of 20 with a duration" in first
    assert "Pain, median 6/10 worst 9/10" in first
    assert f"Nights woken {s.nights_woken} of {s.recorded_nights} recorded nights" in first
    assert "Sleep disturbance (0–10) 6" in first
    assert "Red-flag entries 2 listed on page 2" in first
    # Every medicine change, with the cramps before and after, and the required copy.
    assert "31 Jan 2026 Atorvastatin 20 mg started" in first
    assert "14 Feb 2026 Bendroflumethiazide stopped" in first
    for change in s.medicine_changes:
        assert change.medicine.name in first
    assert report.required_medicine_copy() in first
    assert "Page 1 of" in first
    # The appendix starts on page 2 with the red-flag entries.
    assert text[1].index("Red-flag entries (2)") < text[1].index("Profile and medicines")
    assert "swelling, redness or warmth of the leg" in appendix
    assert "outside the legs" in appendix
    assert "Cramps first started November 2023" in appendix
    assert "Fluid limit set by a clinician 1500 ml a day" in appendix
    assert "Could any of my medicines play a part?" in appendix
    assert "Worse since the statin." in appendix
    assert "All cramp episodes (20)" in appendix
    assert "20:00 (over 10 min)" in appendix
    assert f"Page {pages} of {pages}" in text[-1]


def test_text_has_the_same_figures(qapp: QApplication, busy: report.ReportInput) -> None:
    words = report.report_text(busy)
    for expected in (
        "Cramps recorded: 20 (7.4 per week over 19 recorded days)",
        "Over 10 minutes: 2 (of 20 with a duration)",
        "Red-flag entries (2)",
        "Atorvastatin 20 mg",
        DISCLAIMER,
        report.required_medicine_copy(),
        "Is stretching worth trying?",
    ):
        assert expected in words


def test_medicine_changes_are_counted_before_and_after(
    qapp: QApplication, busy: report.ReportInput
) -> None:
    rows = {c.medicine.name: c for c in busy.summary.medicine_changes}
    statin = rows["Atorvastatin 20 mg"]
    assert statin.change == medical.STARTED
    words = report.report_text(busy)
    assert f"Atorvastatin 20 mg | started | {statin.before} | {statin.after}" in words


def test_page_count_grows_with_episodes(qapp: QApplication, tmp_path: Path) -> None:
    period = stats.Period.ending(TODAY, 90)
    counts = []
    for n in (10, 200, 600):
        episodes = [
            Episode(
                started=at(period.first, 0) + dt.timedelta(minutes=i * 86),
                duration_s=90,
                area="foot",
                severity=5,
            )
            for i in range(n)
        ]
        counts.append(report.write_pdf(tmp_path / f"{n}.pdf", make_input(episodes, period)))
    assert counts[0] < counts[1] < counts[2]
    pages = pdf_pages(tmp_path / "600.pdf")
    assert len(pages) == counts[2]
    # The table's header repeats on every page it continues on.
    assert all("Date Time Where" in page for page in pages[2:])


def test_page_one_fits_many_changes_and_areas(qapp: QApplication, tmp_path: Path) -> None:
    period = stats.Period.ending(TODAY, 60)
    medicines = tuple(
        Medicine(f"Medicine {i}", started=period.first + dt.timedelta(days=i * 2))
        for i in range(25)
    )
    areas = ("calf", "foot", "hamstring", "quadriceps", "hand", "neck", "back", "belly")
    episodes = [
        Episode(started=at(period.first, 10) + dt.timedelta(hours=i * 7), area=areas[i % 8], side=s)
        for i in range(160)
        for s in (("left", "right", "both", None)[i % 4],)
    ]
    path = tmp_path / "crowded.pdf"
    report.write_pdf(path, make_input(episodes, period, medicines))
    text = pdf_pages(path)
    assert "Cramps recorded 160" in text[0]
    assert "more changes in the appendix" in text[0]
    assert text[0].rstrip().endswith("Page 1 of " + str(len(text)))
    assert "All medicine changes in this period" in " ".join(text[1:])
    assert "Medicine 24" in " ".join(text[1:])


@pytest.mark.parametrize(
    ("country", "size"),
    [
        (QtCore.QLocale.Country.UnitedStates, (612, 792)),  # Letter
        (QtCore.QLocale.Country.UnitedKingdom, (595, 842)),  # A4
        (QtCore.QLocale.Country.Australia, (595, 842)),
    ],
)
def test_letter_paper_only_for_us_measurements(
    qapp: QApplication, tmp_path: Path, country: QtCore.QLocale.Country, size: tuple[int, int]
) -> None:
    path = tmp_path / "paper.pdf"
    data = make_input([], stats.Period.ending(TODAY, 14))
    original = QtCore.QLocale()
    QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.English, country))
    try:
        report.write_pdf(path, data)
    finally:
        QtCore.QLocale.setDefault(original)
    box = pypdf.PdfReader(path).pages[0].mediabox
    assert (round(box.width), round(box.height)) == size


def test_written_for_the_user_only(qapp: QApplication, tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    report.write_pdf(path, make_input([], stats.Period.ending(TODAY, 14)))
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    assert path.read_bytes().startswith(b"%PDF")


def test_unwritable_paths_raise_and_leave_nothing(qapp: QApplication, tmp_path: Path) -> None:
    data = make_input([], stats.Period.ending(TODAY, 14))
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for bad, words in (
        (tmp_path / "missing" / "r.pdf", "the folder does not exist"),
        (blocker / "r.pdf", "the folder does not exist"),
        (tmp_path, "it is a folder"),
    ):
        with pytest.raises(OSError, match=words):
            report.write_pdf(bad, data)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_a_failed_write_keeps_the_old_file(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"old")

    def broken(_fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError, match="No space left on device"):
        report.write_pdf(path, make_input([], stats.Period.ending(TODAY, 14)))
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_build_report_reads_the_store(qapp: QApplication, tmp_path: Path) -> None:
    now = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    store = RecordStore(tmp_path / "records.sqlite3", lambda: now)
    try:
        store.save_episode(Episode(started=at(TODAY - dt.timedelta(days=3), 2), area="calf"))
        store.save_episode(Episode(started=at(TODAY - dt.timedelta(days=40), 2), area="foot"))
        store.save_medicine(STATIN)
        store.save_profile(MedicalProfile((2020, 5), ("kidney",), ""))
        settings = Settings(water=WaterSettings(fluid_limit_ml=1200))
        built = report.report_input(
            history.load_report(
                store,
                settings,
                routines.load_library(None),
                stats.Period.ending(TODAY, 14),
                BERLIN,
                now,
            ),
            BERLIN,
            now,
            name=" Ann ",
            notes="Bring the list",
        )
    finally:
        store.close()
    assert built.summary.total == 1
    assert built.name == "Ann"
    assert built.notes == "Bring the list"
    assert built.medicines == (STATIN,)
    assert built.profile == MedicalProfile((2020, 5), ("kidney",), "")
    assert built.fluid_limit_ml == 1200
    assert built.questions == history.learn_questions()[0]
    assert built.questions
    assert built.generated == now


def test_report_days_recorded_without_a_goal_stay_without_one(
    qapp: QApplication, tmp_path: Path
) -> None:
    # No goal for a while, then a goal of 1.5 L set today: the old days are not read against
    # it; a day with nothing recorded (the app did not run) still is.
    now = dt.datetime(2026, 3, 1, 12, tzinfo=dt.UTC)
    store = RecordStore(tmp_path / "records.sqlite3", lambda: now)
    try:
        for back in (1, 2):
            day = TODAY - dt.timedelta(days=back)
            store.set_day_goal(day, None)
            store.add_drink(at(day, 10), 1600, "tray")  # would reach 1.5 L
        store.add_drink(at(TODAY - dt.timedelta(days=3), 10), 1600, "tray")  # nothing recorded
        store.set_day_goal(TODAY, 1500)
        settings = Settings(water=WaterSettings(goal_ml=1500))
        built = report.report_input(
            history.load_report(
                store,
                settings,
                routines.load_library(None),
                stats.Period.ending(TODAY, 4),
                BERLIN,
                now,
            ),
            BERLIN,
            now,
        )
    finally:
        store.close()
    assert (built.summary.goal_days, built.summary.goal_set_days) == (1, 2)
    assert "on 1 of 2 days with a goal" in report.report_text(built)


# --- the command line ----------------------------------------------------------------------------


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environ = dict(os.environ)
    environ["SPASM_DESKTOP_HOME"] = str(tmp_path / "home")
    environ.pop("QT_QPA_PLATFORM", None)
    environ.pop("DISPLAY", None)
    environ.pop("WAYLAND_DISPLAY", None)
    return environ


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spasm_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_cli_export_pdf(env: dict[str, str], tmp_path: Path) -> None:
    assert run(env, "cramp", "log", "--area", "calf", "--severity", "6").returncode == 0
    out = tmp_path / "report.pdf"
    result = run(env, "export", "pdf", "--out", str(out), "--name", "Ann Example")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote the report of ")
    assert "(1 cramp, 2 pages)" in result.stdout
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    first = pdf_pages(out)[0]
    assert "Name: Ann Example" in first
    assert "(14 days)" in first
    assert "Cramps recorded 1" in first
    ranged = tmp_path / "ranged.pdf"
    args = ["--from", "2020-01-01", "--to", "2020-01-31"]
    result = run(env, "export", "pdf", "--out", str(ranged), *args)
    assert result.returncode == 0, result.stderr
    assert "Period: 1 Jan 2020 – 31 Jan 2020 (31 days)" in pdf_pages(ranged)[0]


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "yesterday"],
        ["--to", "2026-13-01"],
        ["--from", "2026-11-24", "--to", "2026-11-01"],
    ],
)
def test_cli_export_pdf_bad_dates_exit_2(
    env: dict[str, str], tmp_path: Path, args: list[str]
) -> None:
    out = tmp_path / "out.pdf"
    result = run(env, "export", "pdf", "--out", str(out), *args)
    assert result.returncode == 2
    assert "error:" in result.stderr
    assert not out.exists()


def test_cli_export_pdf_unwritable_out_exits_2(env: dict[str, str], tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for out in (blocker / "out.pdf", tmp_path / "missing" / "out.pdf", tmp_path):
        result = run(env, "export", "pdf", "--out", str(out))
        assert result.returncode == 2, (out, result.stderr)
        assert result.stderr.startswith("error: cannot write"), result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "home"]


def test_long_notes_run_onto_more_pages(qapp: QApplication, tmp_path: Path) -> None:
    long_note = "A very long red-flag note. " * 80
    episode = Episode(started=at(TODAY, 2), area="calf", red_flags=("numbness",), notes=long_note)
    data = make_input(
        [episode], stats.Period.ending(TODAY, 14), notes="Words for the visit. " * 900
    )
    path = tmp_path / "long.pdf"
    pages = report.write_pdf(path, data)
    assert pages >= 4
    text = pdf_pages(path)
    assert all(f"Page {i} of {pages}" in page for i, page in enumerate(text, start=1))
    assert "Notes for the appointment" in " ".join(text[1:])


def test_the_red_flag_entries_print_the_tier_of_each_warning_sign(
    qapp: QApplication, tmp_path: Path
) -> None:
    """CONTENT.md §5.1: each sign beside the heading of its tier, the most urgent first."""
    from spasm_desktop.core.relief import Tier
    from spasm_desktop.ui.common import text

    first = TODAY - dt.timedelta(days=29)
    episodes = [
        Episode(at(first, 2), 60, "calf", red_flags=("numbness",)),
        Episode(at(first + dt.timedelta(days=1), 2), 60, "calf", red_flags=("numbness", "skin")),
        Episode(at(first + dt.timedelta(days=2), 9), 30, "chest"),
        Episode(at(first + dt.timedelta(days=3), 9), 30, "arm", "left"),
    ]
    data = make_input(episodes, stats.Period(first, TODAY))
    lines = report.report_text(data).splitlines()
    start = lines.index("Warning sign | When to get help | Entries")
    assert lines[start + 1 : start + 5] == [
        f"cramp area: Chest | {text.tier_heading(Tier.EMERGENCY)} | 1",
        f"numbness | {text.tier_heading(Tier.TODAY)} | 2",
        f"cramp area: Arm | {text.tier_heading(Tier.TODAY)} | 1",
        f"skin changes | {text.tier_heading(Tier.SOON)} | 1",
    ]
    path = tmp_path / "report.pdf"
    report.write_pdf(path, data)
    appendix = " ".join(pdf_pages(path)[1:])
    assert "Get medical advice today" in appendix
    assert "Talk to your provider soon" in appendix


def test_the_next_visit_tier_a_new_medicine_and_cramps_on_most_nights(qapp: QApplication) -> None:
    from spasm_desktop.core.relief import Tier
    from spasm_desktop.ui.common import text

    first = TODAY - dt.timedelta(days=6)
    episodes = [
        Episode(at(first + dt.timedelta(days=day), 2), 60, "calf", triggers=("new_medicine",))
        for day in range(5)
    ]
    lines = report.report_text(make_input(episodes, stats.Period(first, TODAY))).splitlines()
    assert f"more cramps since a new medicine | {text.tier_heading(Tier.NEXT_VISIT)} | 5" in lines
    # 4 of 7 nights: the first cramp, at 02:00, belongs to the night of the evening before.
    assert f"cramps on most nights | {text.tier_heading(Tier.NEXT_VISIT)} | 4" in lines
    assert "No entry in this period had a warning sign ticked or was outside the legs." in lines
    few = [Episode(at(first, 2), 60, "calf")]
    words = report.report_text(make_input(few, stats.Period(first, TODAY)))
    assert text.tier_heading(Tier.NEXT_VISIT) not in words  # 1 night of 7 is not most


@dataclasses.dataclass(frozen=True)
class _Drink:
    at: dt.datetime
    ml: int


def water_report(**record: Any) -> str:
    period = stats.Period.ending(TODAY, 3)
    drinks = [_Drink(at(TODAY - dt.timedelta(days=1), 10), 1600), _Drink(at(TODAY, 10), 700)]
    summary = report_figures.summary(stats.Record(drinks=drinks, **record), period, BERLIN, TODAY)
    limit = record.get("fluid_limit_ml")
    return report.report_text(
        report.ReportInput(summary, BERLIN, GENERATED, "9.8.7", fluid_limit_ml=limit)
    )


def test_report_water_line_follows_the_goal_or_the_limit(qapp: QApplication) -> None:
    # A clinician's limit: the days over it, never a goal "reached" (CONTENT.md §7a).
    limited = water_report(fluid_limit_ml=1500)
    assert "Days over the current fluid limit" in limited
    assert "on 1 of 3 days" in limited
    assert "Water goal reached" not in limited
    # No goal set: said so, never "0 of 3".
    assert "no daily goal set" in water_report()
    # A goal on some days: counted against the days that had one.
    goals = water_report(goals={TODAY: 600, TODAY - dt.timedelta(days=1): 2000})
    assert "Water goal reached" in goals
    assert "on 1 of 2 days with a goal" in goals
