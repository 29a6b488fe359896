"""``spasm-desktop export fhir``: a real records database, the real command, and the file checked
with a FHIR model library (fhir.resources, a test-only dependency).

fhir.resources 8.x has no package for FHIR R4 (4.0.1) itself: its top level is R5 and
``fhir.resources.R4B`` is FHIR 4.3.0. R4B is R4 with changes limited to the medication-definition,
evidence and subscription resources ("Implementers that do not use the specific portions where
changes have been made can continue to use either R4 or R4B without any functional difference",
hl7.org/fhir/R4B/r4b-explanation.html); Bundle, Patient, Observation and MedicationStatement are
among those left as in R4. The library does not check required code bindings, so the two status
codes are checked here against R4's own value sets.
"""

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import TypeVar

import pytest
from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.medicationstatement import MedicationStatement
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.resource import Resource

from spasm_desktop.core import episode as ep
from spasm_desktop.core import medical
from spasm_desktop.storage import records

#: R4 value sets (required bindings): hl7.org/fhir/R4/valueset-observation-status.html and
#: hl7.org/fhir/R4/valueset-medication-statement-status.html.
OBSERVATION_STATUS = {
    "registered",
    "preliminary",
    "final",
    "amended",
    "corrected",
    "cancelled",
    "entered-in-error",
    "unknown",
}
MEDICATION_STATEMENT_STATUS = {
    "active",
    "completed",
    "entered-in-error",
    "intended",
    "stopped",
    "on-hold",
    "unknown",
    "not-taken",
}

T = TypeVar("T")


def some(value: T | None) -> T:
    """``value``, which the test needs to be there (an optional field of the FHIR models)."""
    assert value is not None
    return value


def resources_of(bundle: Bundle) -> list[Resource | None]:
    """The resource of each of the bundle's entries."""
    return [entry.resource for entry in some(bundle.entry)]


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spasm_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """A home with a record of three cramps (one with every field, one with none of the
    optional ones, one long ago) and three medicines.
    """
    home = tmp_path / "home"
    db = home / "data" / "records.sqlite3"
    db.parent.mkdir(parents=True)
    now = dt.datetime.now(dt.UTC)
    store = records.RecordStore(db, lambda: now)
    store.save_episode(
        ep.Episode(
            started=now - dt.timedelta(days=2),
            duration_s=95,
            area="calf",
            side="left",
            severity=7,
            feelings=("knot",),
            context=("asleep",),
            helped=("stretch",),
            notes="Woke at 3 — stretched, better in 2 min.",
            woke_me=True,
            sleep_disruption=6,
            uid="e1",
        )
    )
    store.save_episode(ep.Episode(started=now - dt.timedelta(days=1), source="cli", uid="e2"))
    store.save_episode(
        ep.Episode(started=dt.datetime(2021, 3, 1, 12, tzinfo=dt.UTC), area="foot", uid="e3")
    )
    today = now.date()
    store.save_medicine(medical.Medicine("Amlodipine 5 mg", dt.date(2026, 1, 5), uid="m1"))
    store.save_medicine(
        medical.Medicine("Quinine", dt.date(2020, 1, 1), dt.date(2020, 6, 1), "stopped", uid="m2")
    )
    store.save_medicine(medical.Medicine("Magnesium", today + dt.timedelta(days=3), uid="m3"))
    assert store.pending_count == 0
    store.close()
    return home


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    return dict(os.environ, SPASM_DESKTOP_HOME=str(home), QT_QPA_PLATFORM="offscreen")


def test_export_fhir_writes_a_valid_r4_bundle(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "diary.fhir.json"
    result = run(env, "export", "fhir", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        f"Exported 7 records to {out}.",
        "  Patient: 1",
        "  Observation: 3",
        "  MedicationStatement: 3",
    ]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    raw = json.loads(out.read_text(encoding="utf-8"))
    bundle = Bundle.model_validate(raw)  # raises on anything the models do not allow
    assert bundle.type == "collection"
    resources = resources_of(bundle)
    observations = [r for r in resources if isinstance(r, Observation)]
    statements = [r for r in resources if isinstance(r, MedicationStatement)]
    assert len(observations) == sum(
        1 for r in resources if some(r).__resource_type__ == "Observation"
    )
    assert len(statements) == sum(
        1 for r in resources if some(r).__resource_type__ == "MedicationStatement"
    )
    assert {o.status for o in observations} <= OBSERVATION_STATUS
    assert {s.status for s in statements} <= MEDICATION_STATEMENT_STATUS
    by_site = {o.bodySite.text if o.bodySite else None: o for o in observations}
    full = by_site["Calf, left"]
    period = some(full.effectivePeriod)
    assert some(period.end) - some(period.start) == dt.timedelta(seconds=95)
    assert some(period.start).utcoffset() is not None
    assert some(full.note)[0].text == "Woke at 3 — stretched, better in 2 min."
    pain = next(
        c for c in some(full.component) if c.code.coding and c.code.coding[0].code == "72514-3"
    )
    assert pain.valueInteger == 7
    bare = by_site[None]
    assert some(bare.effectivePeriod).end is None
    assert not bare.component
    assert not bare.note
    names = {some(s.medicationCodeableConcept).text: s for s in statements}
    assert names["Amlodipine 5 mg"].status == "active"
    assert names["Quinine"].status == "completed"
    assert str(some(names["Quinine"].effectivePeriod).end) == "2020-05-31"
    assert names["Magnesium"].status == "intended"


def test_export_fhir_takes_the_period_options(env: dict[str, str], tmp_path: Path) -> None:
    """Cramps in the days asked for; medicines whatever the period (as in the backups)."""
    out = tmp_path / "2021.json"
    result = run(
        env, "export", "fhir", "--out", str(out), "--from", "2021-01-01", "--to", "2021-12-31"
    )
    assert result.returncode == 0, result.stderr
    raw = json.loads(out.read_text(encoding="utf-8"))
    Bundle.model_validate(raw)
    observations = [
        e["resource"] for e in raw["entry"] if e["resource"]["resourceType"] == "Observation"
    ]
    assert [o["bodySite"]["text"] for o in observations] == ["Foot and toes"]
    assert "  MedicationStatement: 3" in result.stdout


def test_export_fhir_of_an_empty_home_is_a_valid_bundle(tmp_path: Path) -> None:
    env = dict(os.environ, SPASM_DESKTOP_HOME=str(tmp_path / "new"), QT_QPA_PLATFORM="offscreen")
    out = tmp_path / "empty.json"
    result = run(env, "export", "fhir", "--out", str(out))
    assert result.returncode == 0, result.stderr
    bundle = Bundle.model_validate(json.loads(out.read_text(encoding="utf-8")))
    assert [some(r).__resource_type__ for r in resources_of(bundle)] == ["Patient"]
    assert not Path(env["SPASM_DESKTOP_HOME"], "config", "settings.json").exists()


def test_the_file_written_in_pieces_is_the_bundle_of_the_rows(home: Path, tmp_path: Path) -> None:
    """The streamed file parses to exactly what the pure mapping makes of the stored rows."""
    import sqlite3
    from zoneinfo import ZoneInfo

    from spasm_desktop.core import fhir
    from spasm_desktop.storage import fhir_export

    db = home / "data" / "records.sqlite3"
    zone = ZoneInfo("America/New_York")
    now = dt.datetime(2026, 12, 3, 4, 30, tzinfo=dt.UTC)
    out = tmp_path / "pieces.json"
    counts = fhir_export.export_fhir(db, out, None, None, zone, now)
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        episodes = [dict(r) for r in conn.execute("SELECT * FROM cramp_episodes ORDER BY started")]
        medicines = [dict(r) for r in conn.execute("SELECT * FROM medicines ORDER BY rowid")]
    finally:
        conn.close()
    for row in episodes + medicines:
        del row["id"]
    expected = fhir.bundle(episodes, medicines, zone, now)
    assert json.loads(out.read_text(encoding="utf-8")) == expected
    assert (
        counts
        == fhir.counts(expected)
        == {"Patient": 1, "Observation": 3, "MedicationStatement": 3}
    )
