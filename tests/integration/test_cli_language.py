"""The command line speaks the language chosen in Settings (issue 18): real ``spasm-desktop``
processes with a complete temporary language (``tests/languages.py``) or a shipped one (German)
chosen in the settings file (tests/integration/test_cli.py checks that no window module loads).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from spasm_desktop.storage import paths as paths_mod
from tests.languages import CLOSE, OPEN


def _environ(home: Path, folder: Path | None = None) -> dict[str, str]:
    environ = dict(os.environ)
    environ["SPASM_DESKTOP_HOME"] = str(home)
    environ["QT_QPA_PLATFORM"] = "offscreen"
    if folder is not None:
        environ["SPASM_DESKTOP_I18N"] = str(folder)
    return environ


def _choose(environ: dict[str, str], settings: dict[str, str]) -> None:
    """Make the home of ``environ`` and write ``settings`` as its settings file."""
    paths = paths_mod.resolve(environ)
    paths.ensure()
    paths.settings_file.write_text(json.dumps(settings), encoding="utf-8")


def _run(environ: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spasm_desktop", *args],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )


def _status(tmp_path: Path, folder: Path, language: str | None) -> str:
    environ = _environ(tmp_path / "home", folder)
    paths_mod.resolve(environ).ensure()
    if language is not None:
        _choose(environ, {"language": language})
    return _run(environ, "status").stdout


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
    environ = _environ(tmp_path / "home", built_language)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        environ.pop(name, None)  # as a person runs it: the report needs no display
    out = tmp_path / "report.pdf"
    said = _run(environ, "export", "pdf", "--out", str(out)).stdout
    first = pypdf.PdfReader(out).pages[0].extract_text()
    assert OPEN in first, first[:400]
    assert CLOSE in first, first[:400]
    # What it prints about the report too: the sentence and both counts.
    assert said.startswith(f"{OPEN}Wrote the report of "), said
    assert f"({OPEN}0 cramp" in said, said


def test_drink_speaks_german_in_millilitres(tmp_path: Path) -> None:
    environ = _environ(tmp_path / "home")
    _choose(environ, {"language": "de", "unit": "ml"})
    assert _run(environ, "drink", "250").stdout == "250 ml eingetragen.\n"


def test_drink_speaks_german_in_fluid_ounces_with_a_decimal_comma(tmp_path: Path) -> None:
    environ = _environ(tmp_path / "home")
    _choose(environ, {"language": "de", "unit": "fl_oz"})
    assert _run(environ, "drink", "8oz").stdout == "8,0 fl oz eingetragen.\n"


def test_export_and_import_speak_german(tmp_path: Path) -> None:
    source = _environ(tmp_path / "source")
    _choose(source, {"language": "de"})
    _run(source, "drink", "300")
    _run(source, "drink", "200")
    backup = tmp_path / "backup.json"
    exported = _run(source, "export", "json", "--out", str(backup)).stdout.splitlines()
    assert exported[0] == f"2 Einträge nach {backup} exportiert."
    assert "  Getränke: 2" in exported
    other = _environ(tmp_path / "other")
    _choose(other, {"language": "de"})
    said = _run(other, "import", str(backup), "--yes").stdout.splitlines()
    assert "Dies fügt 2 Einträge hinzu:" in said
    assert "  Getränke: 2" in said
    assert said[-1] == "2 Einträge hinzugefügt."
    again = _run(other, "import", str(backup), "--yes").stdout
    assert "Nichts hinzuzufügen: Alles aus der Sicherung ist schon da." in again


def test_the_report_summary_speaks_german(tmp_path: Path) -> None:
    environ = _environ(tmp_path / "home")
    _choose(environ, {"language": "de"})
    out = tmp_path / "bericht.pdf"
    said = _run(
        environ, "export", "pdf", "--out", str(out), "--from", "2026-11-02", "--to", "2026-11-15"
    ).stdout
    expected = (
        rf"Der Bericht vom 2026-11-02 bis 2026-11-15 \(0 Krämpfe, (\d+) Seiten?\) "
        rf"wurde nach {re.escape(str(out))} geschrieben\.\n"
    )
    assert re.fullmatch(expected, said), said


def test_import_asks_in_german_and_takes_the_german_yes(tmp_path: Path) -> None:
    import pty

    source = _environ(tmp_path / "source")
    _choose(source, {"language": "de"})
    _run(source, "drink", "300")
    backup = tmp_path / "backup.json"
    _run(source, "export", "json", "--out", str(backup))
    other = _environ(tmp_path / "other")
    _choose(other, {"language": "de"})
    main, terminal = pty.openpty()  # a terminal on stdin, so import asks
    try:
        os.write(main, b"j\n")
        result = subprocess.run(
            [sys.executable, "-m", "spasm_desktop", "import", str(backup)],
            env=other,
            stdin=terminal,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
    finally:
        os.close(terminal)
        os.close(main)
    assert "Diese Einträge hinzufügen? [j/N] " in result.stdout
    assert result.stdout.endswith("1 Eintrag hinzugefügt.\n"), result.stdout
