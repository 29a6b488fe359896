"""The desktop entry, the AppStream metainfo and the hicolor icons in packaging/linux."""

import importlib.util
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from configparser import ConfigParser
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.spasmdesktop.SpasmDesktop"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
HICOLOR = LINUX / "icons" / "hicolor"
# Every size a panel, a menu, a dock or a software centre asks for.
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (./test.sh installs it)")
    return path


def make_icons() -> ModuleType:
    """scripts/make-icons.py as a module (its name has a hyphen)."""
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make-icons.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gui_script() -> str:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    scripts: dict[str, str] = project["gui-scripts"]
    (name,) = scripts
    return name


def test_desktop_entry_validates() -> None:
    result = subprocess.run(
        [tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, timeout=30
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert not result.stdout.strip(), result.stdout + result.stderr


def test_desktop_entry_starts_the_installed_command_with_the_themed_icon() -> None:
    entry = ConfigParser(interpolation=None, strict=True)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == gui_script()
    assert section["Icon"] == APP_ID
    assert section["Terminal"] == "false"
    assert "X-GNOME-Autostart-enabled" not in section
    for key in ("Name", "GenericName", "Comment", "Categories", "Keywords", "StartupNotify"):
        assert section[key].strip(), key


def test_metainfo_validates_without_network() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", "--pedantic", str(METAINFO)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    # No warnings or errors; the remaining infos and pedantic notes are explained in README.md.
    for line in result.stdout.splitlines():
        assert not line.startswith(("W:", "E:")), result.stdout


def test_metainfo_names_the_desktop_entry_the_binary_and_the_release() -> None:
    component = ET.parse(METAINFO).getroot()
    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    launchable = component.find("launchable")
    assert launchable is not None
    assert launchable.text == DESKTOP.name
    assert component.findtext("provides/binary") == gui_script()
    rating = component.find("content_rating")
    assert rating is not None
    assert rating.get("type") == "oars-1.1"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert component.findtext("project_license") == project["license"]
    newest = component.find("releases/release")
    assert newest is not None
    assert newest.get("version") == project["version"]
    assert newest.find("description/p") is not None


def test_every_icon_size_is_there_and_matches_the_app_icon(qapp: QApplication) -> None:
    """The checked-in PNGs are what scripts/make-icons.py renders from resources/icons/app.svg."""
    render = make_icons().render
    for size in SIZES:
        path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        shipped = QImage(str(path))
        assert not shipped.isNull(), path
        assert (shipped.width(), shipped.height()) == (size, size), path
        fresh = render(size).convertToFormat(QImage.Format.Format_RGBA8888)
        shipped = shipped.convertToFormat(QImage.Format.Format_RGBA8888)
        a, b = bytes(fresh.constBits()), bytes(shipped.constBits())
        # Another Qt may antialias an edge pixel a little differently; a changed icon differs a lot.
        off = sum(1 for x, y in zip(a, b, strict=True) if abs(x - y) > 16)
        assert off <= len(a) // 100, f"{path} is stale: run scripts/make-icons.py"
    scalable = HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"
    assert scalable.read_bytes() == (ROOT / "resources" / "icons" / "app.svg").read_bytes()


def test_make_icons_writes_every_size(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make-icons.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    expected = {f"{s}x{s}/apps/{APP_ID}.png" for s in SIZES} | {f"scalable/apps/{APP_ID}.svg"}
    assert written == expected
