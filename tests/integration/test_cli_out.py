"""``export --out``: only regular files, never silently over an existing one, nothing left behind
on failure (issue 14). Real CLI processes, real links, FIFOs and device nodes, a real full disk
where the machine allows it.
"""

import errno
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn

import pytest

from spasm_desktop import fileutil
from spasm_desktop.storage import backup
from tests.fullfs import full_disk
from tests.integration.test_cli_bad_input import run


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environ = dict(os.environ)
    environ["SPASM_DESKTOP_HOME"] = str(tmp_path / "home")
    environ["QT_QPA_PLATFORM"] = "offscreen"
    assert run(environ, "drink", "300").returncode == 0
    return environ


@pytest.mark.parametrize("kind", ["json", "pdf", "fhir"])
def test_an_existing_file_needs_force(env: dict[str, str], tmp_path: Path, kind: str) -> None:
    out = tmp_path / f"mine.{kind}"
    out.write_text("keep me")
    result = run(env, "export", kind, "--out", str(out))
    assert result.returncode == 2
    assert result.stderr == f"error: {out} already exists; add --force to overwrite\n"
    assert out.read_text() == "keep me"
    result = run(env, "export", kind, "--out", str(out), "--force")
    assert result.returncode == 0, result.stderr
    assert out.read_bytes() != b"keep me"


def test_csv_files_already_in_the_folder_need_force(env: dict[str, str], tmp_path: Path) -> None:
    folder = tmp_path / "csv"
    assert run(env, "export", "csv", "--out", str(folder)).returncode == 0
    (folder / "drinks.csv").write_text("keep me")
    result = run(env, "export", "csv", "--out", str(folder))
    assert result.returncode == 2
    assert result.stderr == f"error: {folder} already has CSV files; add --force to overwrite\n"
    assert (folder / "drinks.csv").read_text() == "keep me"
    assert run(env, "export", "csv", "--out", str(folder), "--force").returncode == 0
    assert (folder / "drinks.csv").read_text().startswith("at,ml,source")


def test_a_symbolic_link_is_written_through(env: dict[str, str], tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = run(env, "export", "json", "--out", str(link), "--force")
    assert result.returncode == 0, result.stderr
    assert link.is_symlink()
    assert link.resolve() == real
    assert json.loads(real.read_text())["tables"]["drinks"][0]["ml"] == 300
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "made-through-the-link.json")
    assert run(env, "export", "json", "--out", str(dangling)).returncode == 0
    assert dangling.is_symlink()
    assert (tmp_path / "made-through-the-link.json").is_file()


def special_files(tmp_path: Path) -> list[tuple[Path, str, Callable[[int], bool]]]:
    """A FIFO everywhere; as root, a copy of the /dev/full device node too."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    found = [(fifo, "a pipe (FIFO)", stat.S_ISFIFO)]
    if os.geteuid() == 0:
        device = tmp_path / "full-device"
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 7))
        found.append((device, "a device", stat.S_ISCHR))
    return found


@pytest.mark.parametrize("kind", ["json", "pdf", "csv"])
def test_a_device_or_a_fifo_is_refused_and_left_as_it_was(
    env: dict[str, str], tmp_path: Path, kind: str
) -> None:
    for path, words, still in special_files(tmp_path):
        link = tmp_path / f"link-to-{path.name}"
        link.symlink_to(path)
        for out in (path, link):
            target = tmp_path / "folder" if kind == "csv" else out
            if kind == "csv":
                target.mkdir(exist_ok=True)
                (target / "drinks.csv").unlink(missing_ok=True)
                (target / "drinks.csv").symlink_to(path)
            result = run(env, "export", kind, "--out", str(target), "--force")
            assert result.returncode == 2, result.stderr
            assert f"it is {words}, not a regular file" in result.stderr
            assert "Traceback" not in result.stderr
            assert still(path.stat().st_mode), path
        path.unlink()
        link.unlink()


def test_write_atomic_refuses_what_is_not_a_regular_file(tmp_path: Path) -> None:
    for path, _words, still in special_files(tmp_path):
        with pytest.raises(fileutil.NotRegularFileError):
            fileutil.write_atomic(path, b"x")
        assert still(path.stat().st_mode)
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_failed_csv_export_leaves_no_empty_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "records.sqlite3"
    with full_disk(tmp_path) as full:
        if full is None:
            # No tmpfs here (not root): simulate the full disk at the write call instead.
            def no_space(_fd: int) -> NoReturn:
                raise OSError(errno.ENOSPC, "No space left on device")

            monkeypatch.setattr(os, "fsync", no_space)  # the os module fileutil uses
            full = tmp_path
        out = full / "new" / "spasm-data"
        with pytest.raises(OSError, match="No space left on device") as error:
            backup.export_csv(db, out, None, None)
        assert error.value.errno == errno.ENOSPC
        assert not (full / "new").exists()
        existing = full / "kept"
        existing.mkdir()
        with pytest.raises(OSError, match="No space left on device"):
            backup.export_csv(db, existing / "spasm-data", None, None)
        assert existing.is_dir()
        assert list(existing.iterdir()) == []


def test_export_to_a_full_disk_exits_2_and_leaves_nothing(
    env: dict[str, str], tmp_path: Path
) -> None:
    with full_disk(tmp_path) as full:
        if full is None:
            pytest.skip("needs a tmpfs (root); test_a_failed_csv_export_... simulates ENOSPC")
        for kind, out in (
            ("csv", full / "new" / "csv"),
            ("json", full / "b.json"),
            ("pdf", full / "r.pdf"),
        ):
            result = run(env, "export", kind, "--out", str(out))
            assert result.returncode == 2, result.stderr
            assert "No space left on device" in result.stderr
            assert "Traceback" not in result.stderr
        assert sorted(p.name for p in full.iterdir()) == ["filler", "home"]
