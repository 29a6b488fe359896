"""The settings file and the data folders (storage/settings_store.py, storage/paths.py)."""

import dataclasses
import datetime as dt
import json
import os
import stat
import sys
from pathlib import Path
from typing import NoReturn

import platformdirs
import pytest

from spasm_desktop import fileutil as files
from spasm_desktop.core import settings as cs
from spasm_desktop.storage import paths, settings_store
from tests.fakes import local

NOW = local(2026, 10, 12, 10, 0)  # 08:00 UTC
STAMP = "20261012-080000"
POSIX = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# --- the settings file ---------------------------------------------------------------------------


@POSIX
def test_missing_settings_file_writes_defaults_private(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.json"
    result = settings_store.load(path, NOW)
    assert result == settings_store.LoadResult(cs.Settings(), [])
    assert json.loads(path.read_text(encoding="utf-8")) == cs.to_dict(cs.Settings())
    assert mode(path) == 0o600
    assert names(path.parent) == ["settings.json"]  # no temporary files left behind


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00garbage", b""])
def test_unreadable_settings_file_is_kept_and_defaults_used(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    result = settings_store.load(path, NOW)
    assert result.settings == cs.Settings()
    assert result.unreadable is True
    assert result.problems == [cs.Problem("", cs.ProblemCode.NOT_AN_OBJECT)]
    assert result.backup == tmp_path / f"settings.json.bad-{STAMP}"
    assert result.backup.read_bytes() == content
    assert json.loads(path.read_text(encoding="utf-8")) == cs.to_dict(cs.Settings())
    assert names(tmp_path) == ["settings.json", f"settings.json.bad-{STAMP}"]


def test_settings_file_that_is_not_an_object(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    result = settings_store.load(path, NOW)
    assert (result.settings, result.unreadable) == (cs.Settings(), True)
    assert result.backup is not None
    assert result.backup.exists()


def test_partly_invalid_settings_file(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    raw = {
        "schema_version": 1,
        "water": {"goal_ml": 3000, "glass_ml": 5},
        "move": {"interval_min": 20},
        "active_hours": {"sat": [["10:00", "14:00"]], "sun": [["10:00", "26:00"]]},
        "theme": "dark",
    }
    original = json.dumps(raw)
    path.write_text(original, encoding="utf-8")
    result = settings_store.load(path, NOW)
    # Good values kept, bad ones reset, each reported.
    assert result.settings.water.goal_ml == 3000
    assert result.settings.water.glass_ml == 250
    assert result.settings.move.interval_min == 20
    assert result.settings.active_hours[5] == ((dt.time(10), dt.time(14)),)
    assert result.settings.active_hours[6] == ()
    assert {(p.field, p.code) for p in result.problems} == {
        ("water.glass_ml", cs.ProblemCode.OUT_OF_RANGE),
        ("active_hours.sun", cs.ProblemCode.BAD_TIME),
        ("theme", cs.ProblemCode.UNKNOWN_KEY),
    }
    assert result.unreadable is False
    # The old file is kept as it was; a clean one is in its place.
    assert result.backup is not None
    assert result.backup.read_text(encoding="utf-8") == original
    assert json.loads(path.read_text(encoding="utf-8")) == cs.to_dict(result.settings)
    again = settings_store.load(path, NOW)
    assert again == settings_store.LoadResult(result.settings, [])
    assert len(names(tmp_path)) == 2  # no second backup


def test_good_settings_file_is_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    text = '{"move":   {"interval_min": 45}}\n'
    path.write_text(text, encoding="utf-8")
    result = settings_store.load(path, NOW)
    assert result.problems == []
    assert result.backup is None
    assert result.settings.move.interval_min == 45
    assert path.read_text(encoding="utf-8") == text


def test_newer_settings_file_is_kept_and_read_as_far_as_understood(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    raw = cs.to_dict(cs.Settings())
    raw["schema_version"] = cs.SCHEMA_VERSION + 1
    raw["water"]["goal_ml"] = 2600
    raw["moods"] = {"enabled": True}
    path.write_text(json.dumps(raw), encoding="utf-8")
    result = settings_store.load(path, NOW)
    assert result.settings.water.goal_ml == 2600
    assert cs.Problem("schema_version", cs.ProblemCode.NEWER_VERSION) in result.problems
    assert result.backup is not None
    assert json.loads(result.backup.read_text(encoding="utf-8"))["moods"] == {"enabled": True}


def test_settings_file_with_version_zero_does_not_stop_start_up(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"schema_version": 0, "move": {"interval_min": 45}}', encoding="utf-8")
    result = settings_store.load(path, NOW)
    assert result.problems


def test_backups_at_the_same_second_do_not_overwrite_each_other(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for text in ("{one", "{two", "{three"):
        path.write_text(text, encoding="utf-8")
        settings_store.load(path, NOW)
    backups = sorted(p for p in tmp_path.iterdir() if ".bad-" in p.name)
    assert [p.name for p in backups] == [
        f"settings.json.bad-{STAMP}",
        f"settings.json.bad-{STAMP}-1",
        f"settings.json.bad-{STAMP}-2",
    ]
    assert sorted(p.read_text(encoding="utf-8") for p in backups) == ["{one", "{three", "{two"]


@POSIX
def test_save_replaces_the_file_atomically_and_privately(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.json"
    path.write_text("old", encoding="utf-8")
    path.chmod(0o644)
    custom = dataclasses.replace(cs.Settings(), start_at_login=True)
    settings_store.save(path, custom)
    assert mode(path) == 0o600
    assert settings_store.load(path, NOW).settings == custom

    def fail(_fd: int) -> NoReturn:
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OSError, match="disk full"):
        files.write_atomic(path, b"new")
    assert settings_store.load(path, NOW).settings == custom  # the old file is whole
    assert names(tmp_path) == ["settings.json"]  # and the temporary file is gone


# --- paths ---------------------------------------------------------------------------------------


def test_home_variable_puts_everything_under_one_folder(tmp_path: Path) -> None:
    home = tmp_path / "portable"
    result = paths.resolve({paths.HOME_VARIABLE: str(home)})
    assert result.config_dir == home / "config"
    assert result.data_dir == home / "data"
    assert result.settings_file == home / "config" / "settings.json"
    assert result.database == home / "data" / "records.sqlite3"
    assert result.log_file == home / "data" / "logs" / "spasm-desktop.log"
    if sys.platform != "win32":
        assert result.server_name == str(home / "data" / "instance.sock")


def test_home_variable_relative_and_with_tilde(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "me"))
    relative = paths.resolve({paths.HOME_VARIABLE: "portable"})
    assert relative.config_dir == tmp_path / "portable" / "config"
    assert relative.config_dir.is_absolute()
    tilde = paths.resolve({paths.HOME_VARIABLE: "~/spasm"})
    assert tilde.data_dir == tmp_path / "me" / "spasm" / "data"


def test_without_home_variable_the_platform_folders_are_used() -> None:
    expected = paths.Paths(
        config_dir=Path(platformdirs.user_config_dir("spasm-desktop", appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir("spasm-desktop", appauthor=False)),
    )
    assert paths.resolve({}) == expected
    assert paths.resolve({paths.HOME_VARIABLE: ""}) == expected


@POSIX
def test_ensure_makes_private_folders(tmp_path: Path) -> None:
    result = paths.resolve({paths.HOME_VARIABLE: str(tmp_path / "home")})
    result.config_dir.mkdir(parents=True, mode=0o755)
    result.config_dir.chmod(0o755)  # already there, too open
    old_umask = os.umask(0o002)
    try:
        result.ensure()
        result.ensure()  # twice is fine
    finally:
        os.umask(old_umask)
    for folder in (result.config_dir, result.data_dir, result.log_dir):
        assert folder.is_dir()
        assert mode(folder) == 0o700, folder
