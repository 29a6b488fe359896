"""The package recipes agree with pyproject.toml, and their scripts parse (fast; the full
check is scripts/package-check.sh).
"""

import re
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
SCRIPTS = [
    "scripts/build-bundle.sh",
    "scripts/build-deb.sh",
    "scripts/package-check.sh",
    "scripts/clean-debian-check.sh",
    "packaging/macos/make-dmg.sh",
]


def test_debian_changelog_names_this_version() -> None:
    first = (ROOT / "packaging/debian/changelog").read_text(encoding="utf-8").splitlines()[0]
    assert re.match(rf"spasm-desktop \({re.escape(VERSION)}-\d+\) ", first), first


def test_recipes_name_this_version() -> None:
    iss = (ROOT / "packaging/windows/spasm-desktop.iss").read_text(encoding="utf-8")
    spec = (ROOT / "packaging/pyinstaller/spasm-desktop.spec").read_text(encoding="utf-8")
    man = (ROOT / "packaging/debian/spasm-desktop.1").read_text(encoding="utf-8")
    assert f'#define AppVersion "{VERSION}"' in iss
    assert f'"CFBundleShortVersionString": "{VERSION}"' in spec
    assert f'"spasm-desktop {VERSION}"' in man


def test_lintian_overrides_give_a_reason_for_each_tag() -> None:
    lines = (ROOT / "packaging/debian/lintian-overrides").read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines):
        if line.startswith("spasm-desktop:"):
            assert lines[n - 1].startswith(("#", "spasm-desktop:")), line
    assert any(line.startswith("spasm-desktop:") for line in lines)


@pytest.mark.parametrize("script", SCRIPTS)
def test_script_parses(script: str) -> None:
    subprocess.run(["sh", "-n", str(ROOT / script)], check=True)
