"""Orca 43.1 (Debian 12's screen reader), running for real, speaks every change the app
announces, once, and not the countdown (``orca_speech.py`` runs it and reads what it said).

Orca 43 does not listen to Qt's ``object:announcement``; it speaks a widget with the
notification role as it appears, which ``ui/common/announce.py`` shows for each message.
``./test.sh`` installs Orca (``scripts/system-deps.sh dev``); the test skips only where it is
missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spasm_desktop.core.relief import Tier
from spasm_desktop.core.reminders import ReminderKind
from spasm_desktop.core.settings import Settings
from spasm_desktop.ui.common import text
from tests.integration import orca_speech


def flat(value: str) -> str:
    return " ".join(value.split())


def test_orca_43_speaks_each_announcement_once_and_not_the_countdown(tmp_path: Path) -> None:
    if not orca_speech.orca_installed():
        pytest.skip("Orca is not installed (./test.sh installs it)")
    said = {what: [flat(w) for w in words] for what, words in orca_speech.what_orca_says(tmp_path)}
    steps = [what for what, _ in orca_speech.STEPS]
    hold = "notification Hold, Left leg, Repetition 1 of 3, 10 seconds."

    assert said[steps[0]] == [], said  # three seconds of "Get ready": nothing
    assert said[steps[1]] == [hold]
    assert said[steps[2]] == ["notification Paused."]
    assert said[steps[3]] == [hold]
    reminder = flat(
        f"{text.title(ReminderKind.STRETCH)} {text.body(ReminderKind.STRETCH, Settings(), 0)}"
    )
    assert said[steps[4]] == [f"notification {reminder}"]
    assert said[steps[5]] == ["notification Cramp: Foot and toes, right."]
    ten, end = sorted(said[steps[6]], key=lambda w: "Well done" in w)
    assert ten.startswith(f"notification {flat(text.tier_heading(Tier.TODAY))}")
    assert "10 minutes" in ten
    assert end == "notification Well done. That's the routine."
    (emergency,) = said[steps[7]]
    assert emergency.startswith(f"notification {flat(text.tier_heading(Tier.EMERGENCY))}")
    assert "all over" in emergency
    (saved,) = said[steps[8]]
    assert saved.startswith("notification Saved: ")
    problem = [w for w in said[steps[10]] if w.startswith("notification ")]
    assert len(problem) == 1
    assert problem[0].startswith("notification Water: ")
    assert "more than 1000 ml an hour" in problem[0]
