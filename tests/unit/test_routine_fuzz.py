"""Malformed routine files thrown at the loader: always a clear problem, never a crash."""

import json
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from spasm_desktop.core import routine as rt
from spasm_desktop.core import routine_format
from spasm_desktop.storage import routines as store

LIBRARY = store.load_library(None)
GOOD = json.loads(
    (resources.files("spasm_desktop.resources") / "routines" / "desk-break.json").read_text()
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=20,
)
keys = st.sampled_from([*routine_format.ROUTINE_KEYS, *routine_format.STEP_KEYS, "extra"])


def check(raw: object, name: str = "fuzz.json") -> None:
    routine, problems = routine_format.parse_routine(raw, name, LIBRARY.exercises)
    assert (routine is None) == bool(problems)
    for problem in problems:
        text = problem.describe()
        assert text.startswith(name)
        assert len(text) < 2000
    if routine is not None:
        phases = rt.timeline(routine, LIBRARY.exercises, hold_pref_s=45)
        assert rt.total_seconds(phases) > 0


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(json_values)
def test_any_json_value(raw: object) -> None:
    check(raw)


@settings(max_examples=300, deadline=None)
@given(keys, json_values)
def test_a_good_routine_with_one_value_replaced(key: str, value: object) -> None:
    raw = json.loads(json.dumps(GOOD))
    raw[key] = value
    check(raw)


@settings(max_examples=300, deadline=None)
@given(st.integers(0, 4), keys, json_values)
def test_a_step_with_one_value_replaced(index: int, key: str, value: object) -> None:
    raw = json.loads(json.dumps(GOOD))
    step = raw["steps"][index]
    if isinstance(step, dict):
        step[key] = value
    check(raw)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_as_a_file(tmp_path_factory: pytest.TempPathFactory, data: bytes) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "fuzz.json"
    path.write_bytes(data)
    for problem in store.check_file(path, LIBRARY):
        assert problem.describe().startswith("fuzz.json")


def test_deeply_nested_json_is_refused_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    problems = store.check_file(path, LIBRARY)
    assert problems
    assert problems[0].code in (rt.ProblemCode.NOT_JSON, rt.ProblemCode.NOT_AN_OBJECT)
