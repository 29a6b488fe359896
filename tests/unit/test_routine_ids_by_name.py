"""`routine start NAME` finds a routine by its id or by its name as listed."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from spasm_desktop.commands import routine_id

ROUTINES = {
    "bedtime-core": SimpleNamespace(name="Bedtime calves and hamstrings"),
    "desk-break": SimpleNamespace(name="Desk break"),
    "mine-1": SimpleNamespace(name="Evening"),
    "mine-2": SimpleNamespace(name="evening"),
}


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("bedtime-core", "bedtime-core"),
        ("Bedtime calves and hamstrings", "bedtime-core"),
        ("  desk   BREAK ", "desk-break"),
        ("Desk-break", None),  # an id is matched exactly, a name in any case
        ("Evening", None),  # two routines share the name: the id must be given
        ("mine-2", "mine-2"),
        ("Bedtime", None),
        ("", None),
    ],
)
def test_a_routine_is_found_by_id_or_by_its_whole_name(typed: str, found: str | None) -> None:
    assert routine_id(ROUTINES, typed) == found
