"""What the reminders watch: the do-not-disturb probe follows the person's current choices."""

from __future__ import annotations

import subprocess
import sys

from spasm_desktop.core.settings import BusySettings
from spasm_desktop.platform import watchers
from spasm_desktop.platform.dnd import Busy, BusyReason


def test_the_busy_probe_is_built_with_the_choices_of_then_and_again_after_close() -> None:
    me = BusySettings(system_dnd=False, fullscreen=False, meeting_apps=(sys.executable,))
    nobody = BusySettings(system_dnd=False, fullscreen=False, meeting_apps=())
    choices = [me]
    probe = watchers.BusyProbe(lambda: choices[-1])
    try:
        assert probe.read() == (Busy(BusyReason.MEETING_APP, sys.executable),)
        choices.append(nobody)
        assert probe.read() == (Busy(BusyReason.MEETING_APP, sys.executable),)  # still built
        probe.close()  # the choices changed in Settings
        assert probe.read() == ()
    finally:
        probe.close()
    probe.close()  # closing twice does nothing


def test_the_do_not_disturb_module_is_not_loaded_until_read() -> None:
    code = (
        "import sys, spasm_desktop.platform.watchers; "
        "print('spasm_desktop.platform.dnd' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
