"""Which restores are offered the backup's settings: only a fresh installation (issue 17)."""

import dataclasses
import json
from pathlib import Path
from typing import Any

from spasm_desktop.core import settings as core_settings
from spasm_desktop.storage import backup, settings_store

DEFAULTS = core_settings.Settings()
MINE = dataclasses.replace(
    DEFAULTS, water=dataclasses.replace(DEFAULTS.water, glass_ml=330), start_at_login=True
)


def a_backup(settings: dict[str, Any] | None) -> backup.Backup:
    return backup.Backup(backup.FORMAT, "2026-11-24T21:30:00+00:00", settings, {})


def test_no_file_or_the_defaults_is_fresh(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert settings_store.is_fresh(path)
    settings_store.save(path, DEFAULTS)
    assert settings_store.is_fresh(path)


def test_changed_unreadable_or_repaired_settings_are_not_fresh(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    settings_store.save(path, MINE)
    assert not settings_store.is_fresh(path)
    path.write_text("{not json", encoding="utf-8")
    assert not settings_store.is_fresh(path)
    # A value that would be reset to its default: the person's own file, not a fresh one.
    path.write_text(json.dumps({"water": {"glass_ml": "lots"}}), encoding="utf-8")
    assert not settings_store.is_fresh(path)


def test_the_offer_is_the_backups_settings_in_a_fresh_installation(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    mine = core_settings.to_dict(MINE)
    assert backup.settings_offer(path, a_backup(mine)) == MINE
    settings_store.save(path, DEFAULTS)
    assert backup.settings_offer(path, a_backup(mine)) == MINE
    settings_store.save(path, dataclasses.replace(DEFAULTS, start_at_login=True))
    assert backup.settings_offer(path, a_backup(mine)) is None
    assert backup.settings_differ(path, a_backup(mine))  # said, and kept


def test_nothing_is_offered_without_usable_settings_in_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    assert backup.settings_offer(path, a_backup(None)) is None
    assert backup.settings_offer(path, a_backup(core_settings.to_dict(DEFAULTS))) is None
    broken = dict(core_settings.to_dict(MINE), water={"glass_ml": -5})
    assert backup.settings_offer(path, a_backup(broken)) is None
    newer = dict(core_settings.to_dict(MINE), schema_version=core_settings.SCHEMA_VERSION + 1)
    assert backup.settings_offer(path, a_backup(newer)) is None
