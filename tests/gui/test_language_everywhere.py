"""The chosen language reaches what is not a window too (issue 18): the desktop notification of a
reminder, with the complete temporary language (``tests/languages.py``) chosen in the settings
file that the app reads at start.
"""

from __future__ import annotations

import json
from pathlib import Path

from spasm_desktop.core.reminders import ReminderKind
from tests.gui.conftest import MakeApp
from tests.languages import CLOSE, OPEN


def test_a_reminder_s_notification_is_in_the_chosen_language(
    make_app: MakeApp, tmp_path: Path, temp_language: Path
) -> None:
    config = tmp_path / "config"
    config.mkdir()
    chosen = {"language": "nl", "delivery": {"mode": "both"}}
    (config / "settings.json").write_text(json.dumps(chosen), encoding="utf-8")
    app, _icon, notifier = make_app()
    assert app.service.settings.language == "nl"
    app.reminders.present([ReminderKind.WATER])
    title, body = notifier.sent[0]
    assert title.startswith(OPEN), title
    assert title.endswith(CLOSE), title
    assert OPEN in body, body
    assert app.reminders.popup is not None
    app.reminders.popup.skip()
