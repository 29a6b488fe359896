"""The cramp diary as an HL7 FHIR R4 Bundle, for personal health record apps that import FHIR.

Pure: rows of the records tables come in as dicts (column -> value, as stored: times in UTC ISO,
lists as JSON text), and a JSON-ready dict goes out. No files, no clock (``now`` and the zone
are passed in).

The shape (FHIR R4, 4.0.1):
- a Bundle of type ``collection`` (``timestamp``: when it was made);
- one Patient with no details, because R4's MedicationStatement needs a subject
  (``MedicationStatement.subject`` is 1..1); every resource refers to it;
- an Observation per cramp episode: ``status`` final, ``code`` "Muscle cramp" (text only),
  ``effectivePeriod`` start and end in the person's local time with its UTC offset (no end when
  the length was not recorded), ``bodySite`` as text with the side ("Calf, left"), the pain
  0-10 as a component with ``valueInteger``, the side as a component, whether it woke the
  person and the sleep disturbance 0-10 as components, and the person's notes as ``note``;
- a MedicationStatement per medicine: the name as text, ``effectivePeriod`` from the first day
  to the last day taken, ``status`` active, completed (stopped) or intended (not started yet),
  the person's note as ``note``.

Codes: only codes verified against a published source are used; everything else is a
CodeableConcept with ``text`` alone (FHIR allows that: ``CodeableConcept.coding`` is 0..*).
- LOINC 72514-3 "Pain severity - 0-10 verbal numeric rating [Score] - Reported": the value set
  of the HL7 Belgium Patient Monitoring IG, "Pain severity - 0-10 verbal numeric rating ...
  where 0 is no pain and 10 is the worst pain imaginable. See https://loinc.org/72514-3"
  (build.fhir.org/ig/hl7-be/patient-monitoring/ValueSet-pain-scale.html), and the French
  ANS pain severity profile, which fixes ``code.coding`` to ``http://loinc.org#72514-3``.
- SNOMED CT 7771000 Left, 24028007 Right, 51440002 Right and left (qualifier values): HL7's
  laterality value set (hl7.org/fhir/ValueSet/structure-laterality-vs, FHIR Extensions Pack)
  and mCODE's LateralityQualifierVS (hl7.org/fhir/us/mcode/ValueSet-mcode-laterality-
  qualifier-vs.html), both expanded from the SNOMED CT International edition.
- Not coded (text only, not verified here): the cramp itself, the body areas, "woke me",
  sleep disturbance, and the medicines (the person types their names).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

SNOMED = "http://snomed.info/sct"
LOINC = "http://loinc.org"
#: LOINC 72514-3 (see the module docstring for the source).
PAIN_SCORE = {
    "system": LOINC,
    "code": "72514-3",
    "display": "Pain severity - 0-10 verbal numeric rating [Score] - Reported",
}
#: SNOMED CT laterality qualifier values (see the module docstring for the source).
SIDE_CODES: Mapping[str, tuple[str, str]] = {
    "left": ("7771000", "Left"),
    "right": ("24028007", "Right"),
    "both": ("51440002", "Right and left"),
}
#: The body areas of the record (``core.relief.Area`` values) as text, in the app's English
#: words (``ui/common/names.area_name``). The file is data for another program, so its texts
#: are English whatever the app's language, as the keys of the JSON and CSV exports are.
AREA_TEXT: Mapping[str, str] = {
    "calf": "Calf",
    "foot": "Foot and toes",
    "hamstring": "Back of thigh",
    "quadriceps": "Front of thigh",
    "hand": "Hand and fingers",
    "arm": "Arm",
    "neck": "Neck",
    "back": "Back",
    "belly": "Belly",
    "chest": "Chest",
    "all_over": "Many muscles / all over",
}
CRAMP_TEXT = "Muscle cramp"
SIDE_TEXT = "Side"
PAIN_TEXT = "Pain, 0 (none) to 10 (worst)"
WOKE_TEXT = "Woke me from sleep"
SLEEP_TEXT = "Sleep disturbance, 0 (none) to 10 (worst)"
#: Fixed namespace for the resources' ids: the same record gives the same ids in every export,
#: so an app that imports a later export can tell the cramps it already has.
NAMESPACE = uuid.UUID("6f1d3c2e-5b7a-4f0e-9a61-2c8d4e5f7a90")


def _id(kind: str, uid: str) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}:{uid}"))


def _instant(value: dt.datetime) -> str:
    """A FHIR dateTime with seconds and the UTC offset (``2026-11-24T23:10:00+01:00``)."""
    return value.isoformat(timespec="seconds")


def body_site_text(area: str | None, side: str | None) -> str | None:
    """The body site as text: ``"Calf, left"``; None if no area was recorded."""
    if area is None:
        return None
    name = AREA_TEXT.get(area, area.replace("_", " ").capitalize())
    return f"{name}, {side}" if side else name


def observation(row: Mapping[str, Any], zone: dt.tzinfo, patient: str) -> dict[str, Any]:
    """One cramp episode (a ``cramp_episodes`` row) as an R4 Observation."""
    started = dt.datetime.fromisoformat(row["started"])
    period = {"start": _instant(started.astimezone(zone))}
    duration = row.get("duration_s")
    if duration is not None:
        # Added in UTC, then shown in the zone: local wall-clock arithmetic would be an hour
        # off for a cramp across a change of clocks.
        ended = started.astimezone(dt.UTC) + dt.timedelta(seconds=duration)
        period["end"] = _instant(ended.astimezone(zone))
    resource: dict[str, Any] = {
        "resourceType": "Observation",
        "id": _id("cramp", str(row["uid"])),
        "status": "final",
        "code": {"text": CRAMP_TEXT},
        "subject": {"reference": patient},
        "effectivePeriod": period,
    }
    site = body_site_text(row.get("area"), row.get("side"))
    if site is not None:
        resource["bodySite"] = {"text": site}
    components: list[dict[str, Any]] = []
    if row.get("severity") is not None:
        components.append(
            {
                "code": {"coding": [dict(PAIN_SCORE)], "text": PAIN_TEXT},
                "valueInteger": row["severity"],
            }
        )
    side = row.get("side")
    if side is not None:
        value: dict[str, Any] = {"text": side}
        if side in SIDE_CODES:
            code, display = SIDE_CODES[side]
            value["coding"] = [{"system": SNOMED, "code": code, "display": display}]
        components.append({"code": {"text": SIDE_TEXT}, "valueCodeableConcept": value})
    if row.get("woke_me") is not None:
        components.append({"code": {"text": WOKE_TEXT}, "valueBoolean": bool(row["woke_me"])})
    if row.get("sleep_disruption") is not None:
        components.append({"code": {"text": SLEEP_TEXT}, "valueInteger": row["sleep_disruption"]})
    if components:
        resource["component"] = components
    notes = row.get("notes") or ""
    if notes.strip():
        resource["note"] = [{"text": notes}]
    return resource


def medication_statement(row: Mapping[str, Any], today: dt.date, patient: str) -> dict[str, Any]:
    """One medicine (a ``medicines`` row) as an R4 MedicationStatement.

    ``stopped`` is the first day without it, so the period ends the day before (never before
    its start). The status: ``completed`` once stopped ("no longer being taken" in R4),
    ``intended`` if it starts after ``today``, otherwise ``active``.
    """
    started = dt.date.fromisoformat(row["started"]) if row.get("started") else None
    stopped = dt.date.fromisoformat(row["stopped"]) if row.get("stopped") else None
    resource: dict[str, Any] = {
        "resourceType": "MedicationStatement",
        "id": _id("medicine", str(row["uid"])),
        "status": status(started, stopped, today),
        "medicationCodeableConcept": {"text": row["name"]},
        "subject": {"reference": patient},
    }
    period: dict[str, str] = {}
    if started is not None:
        period["start"] = started.isoformat()
    if stopped is not None:
        last = stopped - dt.timedelta(days=1)
        if started is not None:
            last = max(last, started)
        period["end"] = last.isoformat()
    if period:
        resource["effectivePeriod"] = period
    note = row.get("note") or ""
    if note.strip():
        resource["note"] = [{"text": note}]
    return resource


def status(started: dt.date | None, stopped: dt.date | None, today: dt.date) -> str:
    """The R4 MedicationStatement status of a medicine on ``today``."""
    if stopped is not None and stopped <= today:
        return "completed"
    if started is not None and started > today:
        return "intended"
    return "active"


def header(zone: dt.tzinfo, now: dt.datetime) -> dict[str, Any]:
    """The Bundle without its entries: type ``collection``, made at ``now`` (shown in ``zone``)."""
    return {
        "resourceType": "Bundle",
        "type": "collection",
        "timestamp": _instant(now.astimezone(zone)),
    }


def entries(
    episodes: Iterable[Mapping[str, Any]],
    medicines: Iterable[Mapping[str, Any]],
    zone: dt.tzinfo,
    now: dt.datetime,
) -> Iterator[dict[str, Any]]:
    """The Bundle's entries, one at a time: the Patient, then an Observation per episode (in
    the order given), then a MedicationStatement per medicine. Each is made only when asked
    for, so a long diary is never whole in memory.
    """
    patient_id = str(uuid.uuid5(NAMESPACE, "patient"))
    patient = f"urn:uuid:{patient_id}"
    yield _entry({"resourceType": "Patient", "id": patient_id})
    for row in episodes:
        yield _entry(observation(row, zone, patient))
    today = now.astimezone(zone).date()
    for row in medicines:
        yield _entry(medication_statement(row, today, patient))


def _entry(resource: dict[str, Any]) -> dict[str, Any]:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def bundle(
    episodes: Iterable[Mapping[str, Any]],
    medicines: Iterable[Mapping[str, Any]],
    zone: dt.tzinfo,
    now: dt.datetime,
) -> dict[str, Any]:
    """The diary as an R4 Bundle of type ``collection`` (:func:`header` and :func:`entries`).

    ``now`` is when it is made (the Bundle's ``timestamp``, in ``zone``); ``zone`` is the
    person's time zone, used for every time in it.
    """
    return {**header(zone, now), "entry": list(entries(episodes, medicines, zone, now))}


def counts(document: Mapping[str, Any]) -> dict[str, int]:
    """How many resources of each type a bundle holds (in the order they first appear)."""
    found: dict[str, int] = {}
    for entry in document.get("entry", []):
        kind = entry["resource"]["resourceType"]
        found[kind] = found.get(kind, 0) + 1
    return found
