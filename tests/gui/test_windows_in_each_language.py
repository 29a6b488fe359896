"""Every window opens in each shipped language, and in a complete temporary one, without a Qt
warning (issue 18): one process per language opens every window of the real app
(``window_fit_probe.py``) with a message handler that keeps Qt's warnings
(``language_probe.py``). The language comes from the environment, as on a person's computer
whose system speaks it; the settings choose none. The windows open on a virtual X display
(Xvfb): Qt's offscreen platform warns about itself ("This plugin does not support raise()").
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from spasm_desktop import i18n
from tests import languages

ROOT = str(Path(__file__).resolve().parents[2])
SCRIPT = (
    f"import sys; sys.path.insert(0, {ROOT!r}); "
    "from tests.gui import language_probe; language_probe.main()"
)
SHIPPED = i18n.shipped_languages(str(languages.I18N))


def _open_every_window(code: str, folder: Path | None) -> dict[str, object]:
    # The language the desktop asks for (LANGUAGE); the C.UTF-8 locale is there everywhere
    # (a locale the C library lacks would make Qt warn about the encoding).
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE=code)
    env["QT_QPA_PLATFORM"] = "xcb"  # DISPLAY: the x_display fixture's
    env.pop(i18n.FOLDER_VARIABLE, None)
    if folder is not None:
        env[i18n.FOLDER_VARIABLE] = str(folder)
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    opened = json.loads(lines[-2])["windows"]
    assert len(opened) >= 25, opened
    found: dict[str, object] = json.loads(lines[-1])
    return found


@pytest.mark.parametrize("code", SHIPPED)
def test_every_window_opens_in_each_shipped_language_without_a_warning(
    code: str, x_display: str
) -> None:
    found = _open_every_window(code, None)
    assert found["language"] == code
    assert found["warnings"] == []


def test_every_window_opens_in_the_temporary_language_without_a_warning(
    built_language: Path, x_display: str
) -> None:
    found = _open_every_window(languages.CODE, built_language)
    assert found["language"] == languages.CODE
    assert found["water"] == f"{languages.OPEN}Water{languages.CLOSE}"
    assert found["warnings"] == []
