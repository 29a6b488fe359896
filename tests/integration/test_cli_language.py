"""The command line speaks the language chosen in Settings (issue 18): a real
``spasm-desktop status`` process with a complete temporary language (``tests/languages.py``)
chosen in the settings file (tests/integration/test_cli.py checks that no window module loads).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from spasm_desktop.storage import paths as paths_mod
from tests.languages import CLOSE, OPEN


def _status(tmp_path: Path, folder: Path, language: str | None) -> str:
    environ = dict(os.environ)
    environ["SPASM_DESKTOP_HOME"] = str(tmp_path / "home")
    environ["QT_QPA_PLATFORM"] = "offscreen"
    environ["SPASM_DESKTOP_I18N"] = str(folder)
    paths = paths_mod.resolve(environ)
    paths.ensure()
    if language is not None:
        paths.settings_file.write_text(json.dumps({"language": language}), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "spasm_desktop", "status"],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return result.stdout


def test_status_is_in_the_chosen_language(tmp_path: Path, built_language: Path) -> None:
    said = _status(tmp_path, built_language, "nl")
    assert f"{OPEN}Water today: 0 ml (no daily goal set){CLOSE}" in said
    assert f"{OPEN}(the app is not running: these times apply once it starts){CLOSE}" in said
    assert f"{OPEN}Water{CLOSE} " in said  # the names of the reminders too
    # The weekday of the next reminder is Dutch ("ma", "di", ...), not "Mon".
    first = said.splitlines()[0]
    assert first.split()[1] in {"ma", "di", "wo", "do", "vr", "za", "zo"}, first


def test_status_is_in_english_without_a_choice_on_an_english_system(
    tmp_path: Path, built_language: Path
) -> None:
    said = _status(tmp_path, built_language, None)
    assert "Water today: 0 ml (no daily goal set)" in said
    assert OPEN not in said


def test_the_pdf_report_is_in_the_chosen_language(tmp_path: Path, built_language: Path) -> None:
    import pypdf

    _status(tmp_path, built_language, "nl")  # makes the home and chooses the language
    environ = dict(os.environ, SPASM_DESKTOP_HOME=str(tmp_path / "home"))
    environ["SPASM_DESKTOP_I18N"] = str(built_language)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        environ.pop(name, None)  # as a person runs it: the report needs no display
    out = tmp_path / "report.pdf"
    subprocess.run(
        [sys.executable, "-m", "spasm_desktop", "export", "pdf", "--out", str(out)],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    first = pypdf.PdfReader(out).pages[0].extract_text()
    assert OPEN in first and CLOSE in first, first[:400]
