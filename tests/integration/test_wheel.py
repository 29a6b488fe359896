"""The wheel carries the resources the app loads at run time."""

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_wheel_contains_resources(tmp_path):
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("spasm_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    icons = {p.name for p in (ROOT / "resources" / "icons").glob("*.svg")}
    assert icons
    for icon in icons:
        assert f"spasm_desktop/resources/icons/{icon}" in names
    assert "spasm_desktop/core/reminders.py" in names
    for folder, pattern in (
        ("exercises", "*.json"),
        ("routines", "*.json"),
        ("relief", "*.json"),
        ("learn", "*.json"),
        ("tips", "*.json"),
        ("illustrations", "*.svg"),
        ("sounds", "*.wav"),
    ):
        shipped = {p.name for p in (ROOT / "resources" / folder).glob(pattern)}
        assert shipped, folder
        for name in shipped:
            assert f"spasm_desktop/resources/{folder}/{name}" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "spasm-desktop = spasm_desktop.app:main" in text
