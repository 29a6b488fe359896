"""`python -m build` makes an sdist and, from it, a wheel that carries everything the app and the
desktop need: the resources the app loads at run time, the translations, the desktop entry, the
AppStream metainfo and the icons.
"""

import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "org.spasmdesktop.SpasmDesktop"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist and the wheel built from it (without isolation: no download, a few seconds)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (sdist,) = out.glob("spasm_desktop-*.tar.gz")
    (wheel,) = out.glob("spasm_desktop-*.whl")
    return sdist, wheel


def test_wheel_contains_resources(built: tuple[Path, Path]) -> None:
    _, wheel = built
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


def test_wheel_contains_every_file_of_the_resources_folder(built: tuple[Path, Path]) -> None:
    """Nothing the app loads from resources/ is left out (a new folder or file type); the notes
    for content authors (README.md) stay in the checkout.
    """
    _, wheel = built
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in (ROOT / "resources").rglob("*"):
        if path.suffix in {".pyc", ".md"} or "__pycache__" in path.parts:
            continue
        if path.is_file():
            inside = "spasm_desktop/resources/" + path.relative_to(ROOT / "resources").as_posix()
            assert inside in names, inside


def test_wheel_contains_the_translations(built: tuple[Path, Path]) -> None:
    """The translation template, the list of shipped languages and each one's built
    translation (.qm), which the app loads.
    """
    _, wheel = built
    names = set(zipfile.ZipFile(wheel).namelist())
    i18n = ROOT / "resources" / "i18n"
    assert "spasm_desktop/resources/i18n/spasm_desktop.ts" in names
    assert "spasm_desktop/resources/i18n/languages.txt" in names
    for qm in i18n.glob("*.qm"):
        assert f"spasm_desktop/resources/i18n/{qm.name}" in names
    from spasm_desktop import i18n as app_i18n

    for code in app_i18n.shipped_languages(str(i18n)):
        assert f"spasm_desktop/resources/i18n/spasm_desktop_{code}.qm" in names


def test_wheel_installs_the_desktop_entry_metainfo_and_icons(built: tuple[Path, Path]) -> None:
    """They go to PREFIX/share, where the desktop looks after `pip install --user`."""
    _, wheel = built
    names = set(zipfile.ZipFile(wheel).namelist())
    (data,) = {n.split("/")[0] for n in names if n.split("/")[0].endswith(".data")}
    share = f"{data}/data/share"
    assert f"{share}/applications/{APP_ID}.desktop" in names
    assert f"{share}/metainfo/{APP_ID}.metainfo.xml" in names
    hicolor = ROOT / "packaging" / "linux" / "icons" / "hicolor"
    icons = [p.relative_to(hicolor).as_posix() for p in hicolor.rglob("*") if p.is_file()]
    assert len(icons) == 9  # eight PNG sizes and the SVG
    for icon in icons:
        assert f"{share}/icons/hicolor/{icon}" in names
        shipped = zipfile.ZipFile(wheel).read(f"{share}/icons/hicolor/{icon}")
        assert shipped == (hicolor / icon).read_bytes()


def test_sdist_carries_the_packaging_files(built: tuple[Path, Path]) -> None:
    sdist, _ = built
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    linux = ROOT / "packaging" / "linux"
    for path in linux.rglob("*"):
        if path.is_file():
            assert path.relative_to(ROOT).as_posix() in names
    assert "README.md" in names
    assert "pyproject.toml" in names
