"""The cramp diary as a FHIR R4 Bundle: the pure mapping (core/fhir.py), rows in, dicts out."""

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any
from zoneinfo import ZoneInfo

from spasm_desktop.core import fhir

PARIS = ZoneInfo("Europe/Paris")
NOW = dt.datetime(2026, 12, 3, 9, 30, tzinfo=dt.UTC)


def episode_row(**changes: object) -> dict[str, object]:
    """A cramp_episodes row as the records give it, with ``changes``."""
    row = {
        "uid": "a" * 32,
        "started": "2026-11-24T22:10:00+00:00",
        "duration_s": 95,
        "area": "calf",
        "side": "left",
        "severity": 7,
        "feelings": '["knot"]',
        "context": '["asleep"]',
        "helped": '["stretch"]',
        "notes": "After a long walk.",
        "source": "panel",
        "triggers": "[]",
        "relief_minutes": 5,
        "woke_me": 1,
        "sleep_disruption": 6,
        "soreness_next_day": None,
        "red_flags": "[]",
    }
    row.update(changes)
    return row


def medicine_row(**changes: object) -> dict[str, object]:
    """A medicines row as the records give it, with ``changes``."""
    row: dict[str, object] = {
        "uid": "b" * 32,
        "name": "Amlodipine 5 mg",
        "started": "2026-03-01",
        "stopped": None,
        "note": "in the morning",
    }
    row.update(changes)
    return row


def component(resource: dict[str, Any], text: str) -> dict[str, Any]:
    """The component of an observation whose code reads ``text``."""
    found: dict[str, Any] = next(
        c for c in resource.get("component", []) if c["code"]["text"] == text
    )
    return found


def test_an_episode_is_an_observation_with_its_local_period() -> None:
    obs = fhir.observation(episode_row(), PARIS, "urn:uuid:p")
    assert obs["resourceType"] == "Observation"
    assert obs["status"] == "final"
    assert obs["code"] == {"text": "Muscle cramp"}
    assert obs["subject"] == {"reference": "urn:uuid:p"}
    # 22:10 UTC is 23:10 in Paris in November; 95 s later it ends.
    assert obs["effectivePeriod"] == {
        "start": "2026-11-24T23:10:00+01:00",
        "end": "2026-11-24T23:11:35+01:00",
    }
    assert obs["bodySite"] == {"text": "Calf, left"}
    assert obs["note"] == [{"text": "After a long walk."}]


def test_the_period_keeps_the_offset_of_its_own_day_across_dst() -> None:
    summer = fhir.observation(episode_row(started="2026-07-01T21:00:00+00:00"), PARIS, "p")
    assert summer["effectivePeriod"]["start"] == "2026-07-01T23:00:00+02:00"
    # A cramp that spans the autumn change ends in winter time.
    across = episode_row(started="2026-10-25T00:59:00+00:00", duration_s=120)
    period = fhir.observation(across, PARIS, "p")["effectivePeriod"]
    assert period == {"start": "2026-10-25T02:59:00+02:00", "end": "2026-10-25T02:01:00+01:00"}


def test_severity_is_a_loinc_coded_component_with_an_integer() -> None:
    obs = fhir.observation(episode_row(severity=0), PARIS, "p")
    pain = component(obs, fhir.PAIN_TEXT)
    assert pain["valueInteger"] == 0  # a zero is a value, not a missing one
    assert pain["code"]["coding"] == [
        {
            "system": "http://loinc.org",
            "code": "72514-3",
            "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
        }
    ]


def test_the_side_is_a_snomed_laterality_and_part_of_the_body_site() -> None:
    for side, code in (("left", "7771000"), ("right", "24028007"), ("both", "51440002")):
        obs = fhir.observation(episode_row(area="foot", side=side), PARIS, "p")
        value = component(obs, fhir.SIDE_TEXT)["valueCodeableConcept"]
        assert value["coding"][0]["system"] == "http://snomed.info/sct"
        assert value["coding"][0]["code"] == code
        assert value["text"] == side
        assert obs["bodySite"] == {"text": f"Foot and toes, {side}"}


def test_what_was_not_recorded_is_left_out() -> None:
    bare = episode_row(
        duration_s=None,
        area=None,
        side=None,
        severity=None,
        notes="  ",
        woke_me=None,
        sleep_disruption=None,
    )
    obs = fhir.observation(bare, PARIS, "p")
    assert obs["effectivePeriod"] == {"start": "2026-11-24T23:10:00+01:00"}
    for missing in ("bodySite", "component", "note"):
        assert missing not in obs
    area_only = fhir.observation(episode_row(area="neck", side=None), PARIS, "p")
    assert area_only["bodySite"] == {"text": "Neck"}
    assert fhir.SIDE_TEXT not in [c["code"]["text"] for c in area_only["component"]]


def test_woke_me_and_sleep_disturbance_are_components() -> None:
    obs = fhir.observation(episode_row(woke_me=0, sleep_disruption=0), PARIS, "p")
    assert component(obs, fhir.WOKE_TEXT)["valueBoolean"] is False
    assert component(obs, fhir.SLEEP_TEXT)["valueInteger"] == 0


def test_ids_are_stable_uuids_per_record() -> None:
    first = fhir.observation(episode_row(), PARIS, "p")
    again = fhir.observation(episode_row(notes="changed"), PARIS, "p")
    other = fhir.observation(episode_row(uid="c" * 32), PARIS, "p")
    assert first["id"] == again["id"] != other["id"]
    assert len(first["id"]) == 36
    medicine = fhir.medication_statement(medicine_row(uid="a" * 32), NOW.date(), "p")
    assert medicine["id"] != first["id"]  # the same uid in two tables: two ids


def test_a_medicine_is_a_medication_statement_with_its_dates() -> None:
    today = dt.date(2026, 12, 3)
    taking = fhir.medication_statement(medicine_row(), today, "urn:uuid:p")
    assert taking["resourceType"] == "MedicationStatement"
    assert taking["status"] == "active"
    assert taking["medicationCodeableConcept"] == {"text": "Amlodipine 5 mg"}
    assert taking["subject"] == {"reference": "urn:uuid:p"}
    assert taking["effectivePeriod"] == {"start": "2026-03-01"}
    assert taking["note"] == [{"text": "in the morning"}]
    # "stopped" is the first day without it: the period ends the day before.
    stopped = fhir.medication_statement(medicine_row(stopped="2026-06-10"), today, "p")
    assert stopped["status"] == "completed"
    assert stopped["effectivePeriod"] == {"start": "2026-03-01", "end": "2026-06-09"}
    same_day = fhir.medication_statement(
        medicine_row(started="2026-06-10", stopped="2026-06-10"), today, "p"
    )
    assert same_day["effectivePeriod"] == {"start": "2026-06-10", "end": "2026-06-10"}
    undated = fhir.medication_statement(medicine_row(started=None, note=""), today, "p")
    assert "effectivePeriod" not in undated
    assert "note" not in undated


def test_medicine_status_on_a_day() -> None:
    day = dt.date(2026, 12, 3)
    assert fhir.status(None, None, day) == "active"
    assert fhir.status(dt.date(2026, 12, 4), None, day) == "intended"
    assert fhir.status(dt.date(2026, 1, 1), day, day) == "completed"  # first day without it
    assert fhir.status(dt.date(2026, 1, 1), dt.date(2026, 12, 4), day) == "active"


def test_the_bundle_is_a_collection_of_every_resource_by_urn() -> None:
    document = fhir.bundle([episode_row(), episode_row(uid="c" * 32)], [medicine_row()], PARIS, NOW)
    assert document["resourceType"] == "Bundle"
    assert document["type"] == "collection"
    assert document["timestamp"] == "2026-12-03T10:30:00+01:00"
    kinds = [entry["resource"]["resourceType"] for entry in document["entry"]]
    assert kinds == ["Patient", "Observation", "Observation", "MedicationStatement"]
    patient = document["entry"][0]
    for entry in document["entry"]:
        assert entry["fullUrl"] == f"urn:uuid:{entry['resource']['id']}"
    for entry in document["entry"][1:]:
        assert entry["resource"]["subject"] == {"reference": patient["fullUrl"]}
    assert fhir.counts(document) == {"Patient": 1, "Observation": 2, "MedicationStatement": 1}
    json.dumps(document)  # JSON-ready as it is


def test_an_empty_diary_is_a_bundle_with_the_patient_only() -> None:
    document = fhir.bundle([], [], dt.UTC, NOW)
    assert fhir.counts(document) == {"Patient": 1}
    assert document["timestamp"] == "2026-12-03T09:30:00+00:00"


def test_entries_are_made_one_at_a_time() -> None:
    """A long diary is mapped as it is read: nothing past the entry asked for is touched."""

    def rows() -> Iterator[dict[str, object]]:
        yield episode_row()
        raise AssertionError("read past the entry asked for")

    made = fhir.entries(rows(), [], PARIS, NOW)
    assert next(made)["resource"]["resourceType"] == "Patient"
    assert next(made)["resource"]["resourceType"] == "Observation"
