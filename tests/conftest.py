"""Shared test set-up: Qt runs offscreen, and nothing touches the real home folders."""

import os
from pathlib import Path

import pytest

from tests.desktop import session_bus, x_display  # noqa: F401  (fixtures for every test)
from tests.languages import built_language, temp_language  # noqa: F401  (fixtures)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# One locale and no language of the machine's: the app follows the system's language and locale
# (units of a fresh settings file, a shipped translation), so a test run on a German or US
# desktop behaves as on CI. Tests that want a language choose it (tests/languages.py).
os.environ["LANG"] = os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)


@pytest.fixture(autouse=True)
def private_folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Autostart entries and app files of any test land in the test's own folder."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("SPASM_DESKTOP_HOME", str(tmp_path / "spasm-home"))
    # The last place for held records is the home folder: never the real one in a test.
    monkeypatch.setenv("HOME", str(tmp_path / "user-home"))
