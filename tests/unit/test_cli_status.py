"""The status text of ``spasm-desktop status``."""

from spasm_desktop import cli
from tests.fakes import BERLIN

BASE = {
    "paused": False,
    "next": {"water": "2026-11-24T10:00:00+00:00", "move": None},
    "water_today_ml": 500,
    "water_goal_ml": 2000,
}


def test_status_shows_sitting_time_when_detected() -> None:
    text = cli.format_status(dict(BASE, sitting_min=24, sitting_today_min=190), BERLIN)
    assert "Water    Tue 2026-11-24 11:00" in text
    assert "Move     off" in text
    assert "Sitting for 24 min (190 min today)" in text


def test_status_says_plainly_when_sitting_is_not_detected() -> None:
    text = cli.format_status(dict(BASE, sitting_min=None), BERLIN)
    assert "Sitting: not detected here (the move reminder counts clock time)" in text


def test_status_of_a_stopped_app_and_held_back_reminders() -> None:
    stopped = cli.format_status(dict(BASE, running=False, sitting_min=None), BERLIN)
    assert "Sitting" not in stopped
    assert "not running" in stopped
    busy = dict(BASE, sitting_min=3, sitting_today_min=3, do_not_disturb=True)
    text = cli.format_status(dict(busy, held_back=["stretch", "water"]), BERLIN)
    assert "Do not disturb is on" in text
    assert "Held back until you are free: Stretch, Water" in text


def test_status_water_line_with_a_goal_without_one_and_with_a_fluid_limit() -> None:
    assert "Water today: 500 of 2000 ml" in cli.format_status(BASE, BERLIN)
    no_goal = cli.format_status(dict(BASE, water_goal_ml=None), BERLIN)
    assert "Water today: 500 ml (no daily goal set)" in no_goal
    limited = dict(BASE, water_goal_ml=None, fluid_limit_ml=1500, fluid_limit_level="under")
    text = cli.format_status(limited, BERLIN)
    assert "Water today: 500 ml logged; your fluid limit is 1500 ml (log only)" in text
    assert "goal" not in text
    assert "clinician" not in text
    near = cli.format_status(dict(limited, water_today_ml=1300, fluid_limit_level="near"), BERLIN)
    assert "You are close to the limit your clinician set for today." in near
    done = cli.format_status(
        dict(limited, water_today_ml=1500, fluid_limit_level="reached"), BERLIN
    )
    assert "You have reached the limit your clinician set for today." in done


def test_status_of_a_running_app_too_busy_to_answer() -> None:
    text = cli.format_status(dict(BASE, running=True, answering=False, sitting_min=None), BERLIN)
    assert "not running" not in text
    assert "Sitting" not in text
    assert text.endswith(
        "(the app is running but did not answer in time, as it may be busy: this was read "
        "from your records)"
    )
