"""The display names of the record's keys (ui/common/names.py), shared by every window."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Callable
from importlib import resources

import pytest
from PySide6 import QtCore

from spasm_desktop.core import episode as ep
from spasm_desktop.core import medical
from spasm_desktop.core.episode import Episode
from spasm_desktop.core.relief import Area
from spasm_desktop.ui.common import names

STARTED = dt.datetime(2026, 3, 1, 2, 10, tzinfo=dt.UTC)

LISTS = [
    (names.feeling_names, ep.FEELINGS),
    (names.context_names, ep.CONTEXTS),
    (names.helped_names, ep.HELPED),
    (names.red_flag_names, ep.RED_FLAGS),
    (names.condition_names, medical.CONDITIONS),
]


@pytest.mark.parametrize(("named", "keys"), LISTS)
def test_every_key_has_one_name_of_its_own(
    qapp: QtCore.QCoreApplication, named: Callable[[], dict[str, str]], keys: tuple[str, ...]
) -> None:
    shown = named()
    assert tuple(shown) == tuple(keys)  # in the order the record offers them
    assert all(v.strip() for v in shown.values())
    assert len(set(shown.values())) == len(shown)


def test_every_area_and_side_has_a_name(qapp: QtCore.QCoreApplication) -> None:
    areas = [names.area_name(area) for area in Area]
    assert all(areas)
    assert len(set(areas)) == len(areas) == len(ep.AREAS)
    assert [names.side_name(s) for s in ep.SIDES] == ["left", "right", "both sides"]
    assert names.side_name(None) == ""


def test_unknown_keys_show_as_they_are(qapp: QtCore.QCoreApplication) -> None:
    # A record written by a newer version: its word is shown rather than lost.
    assert names.red_flag_name("new-sign") == "new-sign"
    assert names.condition_name("gout") == "gout"
    assert names.side_name("middle") == "middle"
    assert names.red_flag_name("swelling") == "swelling, redness or warmth of the leg"
    assert names.condition_name("kidney") == "Kidney disease"


def test_where_names_the_area_and_the_side(qapp: QtCore.QCoreApplication) -> None:
    assert names.where(Episode(started=STARTED, area="calf", side="left")) == "Calf, left"
    assert names.where(Episode(started=STARTED, area="foot")) == "Foot and toes"
    assert names.where(Episode(started=STARTED)) == "area not given"


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(None, "not known"), (45, "0:45"), (600, "10:00"), (601, "10:01 (over 10 min)")],
)
def test_durations_are_flagged_only_over_ten_minutes(
    qapp: QtCore.QCoreApplication, seconds: int | None, shown: str
) -> None:
    assert names.duration_text(Episode(started=STARTED, duration_s=seconds)) == shown


def test_every_name_can_be_translated(qapp: QtCore.QCoreApplication) -> None:
    """The names are in the translation template under the context text.tr looks in."""
    template = resources.files("spasm_desktop.resources").joinpath("i18n/spasm_desktop.ts")
    root = ET.fromstring(template.read_text(encoding="utf-8"))
    sources = {
        m.findtext("source")
        for context in root.iter("context")
        if context.findtext("name") == "text"
        for m in context.iter("message")
    }
    shown = [names.area_name(a) for a in Area]
    shown += [n for named, _keys in LISTS for n in named().values()]
    shown += [names.side_name(s) for s in ep.SIDES]
    shown.append(names.medicines_caution())
    assert [n for n in shown if n not in sources] == []
