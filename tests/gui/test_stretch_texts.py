"""The written stretch steps and safety lines (ui/common/text.py) against the routine files."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from spasm_desktop.core import routine as rt
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import PersonSettings, RoutineSettings, Settings
from spasm_desktop.storage import routines
from spasm_desktop.ui.common import text

LIBRARY = routines.load_library(None)


def names(routine_id: str) -> list[str]:
    routine = LIBRARY.routines[routine_id]
    return [LIBRARY.exercises[step.exercise].name for step in routine.steps]


def test_the_desk_steps_are_the_desk_break_file_in_order(qapp: QApplication) -> None:
    lines = text.stretch_steps()
    expected = names("desk-break")
    assert [line.split(":")[0] for line in lines[: len(expected)]] == expected
    by_name = dict(zip(expected, lines, strict=False))
    # Timings from desk-break.json: the thigh stretch is held 12 s once, each leg.
    assert "Hold 12 seconds. Each leg." in by_name["Standing thigh stretch"]
    assert "For 20 seconds." in by_name["Ankle pumps"]
    assert "Hold 10 seconds. Each side." in by_name["Neck side stretch"]
    # The standing steps bring the "hold on to something fixed" line.
    assert lines[-1] == text.stretch_balance()
    assert "never a chair on wheels" in lines[-1]
    assert not any("the desk" in line or "your chair" in line for line in lines)


def test_with_balance_problems_the_desk_steps_are_the_seated_break(qapp: QApplication) -> None:
    settings = Settings(person=PersonSettings(balance=True))
    lines = text.stretch_steps(settings)
    assert [line.split(":")[0] for line in lines] == names("desk-break-seated")
    assert not any("Standing" in line or "Calf raises" in line for line in lines)


@pytest.mark.parametrize("hold", [0, 30, 45])
def test_bedtime_steps_keep_the_studys_dose(qapp: QApplication, hold: int) -> None:
    lines = text.bedtime_steps(Settings(routines=RoutineSettings(hold_s=hold)))
    assert lines[0].startswith("Standing wall calf stretch:")
    assert "Hold 10 seconds, relax 10 seconds, 3 times. Each leg." in lines[0]
    assert "Hold 10 seconds, relax 10 seconds, 3 times. Each leg." in lines[1]
    assert lines[-1] == " ".join(text.sleep_tips())


def test_longer_holds_reach_the_desk_steps(qapp: QApplication) -> None:
    lines = text.stretch_steps(Settings(routines=RoutineSettings(hold_s=45)))
    assert "Hold 45 seconds. Each leg." in lines[2]  # the hamstring stretch on a chair


def test_the_move_reminder_offers_a_seated_option(qapp: QApplication) -> None:
    body = text.body(ReminderKind.MOVE, Settings(), 0)
    assert "walk for 2 to 5 minutes" in body
    assert "Circle your ankles in your chair" in body


@pytest.mark.parametrize(
    ("seconds", "shown"), [(220, "3 min 40 s"), (132, "2 min 12 s"), (45, "45 s"), (600, "10 min")]
)
def test_routine_length(qapp: QApplication, seconds: int, shown: str) -> None:
    assert text.routine_length(seconds) == shown


def test_every_routine_length_is_computed_from_its_file() -> None:
    for routine in LIBRARY.routines.values():
        phases = rt.timeline(routine, LIBRARY.exercises)
        assert rt.length_s(routine, LIBRARY.exercises) == round(rt.total_seconds(phases))
