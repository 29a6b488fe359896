"""The settings file: JSON, versioned, written atomically, never fatal to read."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
from pathlib import Path

from spasm_desktop import fileutil as files
from spasm_desktop.core import settings as core_settings
from spasm_desktop.core import units

log = logging.getLogger(__name__)


@dataclasses.dataclass(frozen=True)
class LoadResult:
    """What loading found.

    Attributes:
        settings: the settings to use (defaults where the file was bad).
        problems: what was reset, for the one-time message.
        backup: where the bad file was kept, if it was bad.
        unreadable: the file could not be parsed at all (everything was reset).
    """

    settings: core_settings.Settings
    problems: list[core_settings.Problem]
    backup: Path | None = None
    unreadable: bool = False


def save(path: Path, settings: core_settings.Settings) -> None:
    """Write ``settings`` to ``path`` atomically."""
    text = json.dumps(core_settings.to_dict(settings), indent=2, ensure_ascii=False) + "\n"
    files.write_atomic(path, text.encode("utf-8"))


def load(
    path: Path,
    now: dt.datetime,
    write: bool = True,
    unit: units.VolumeUnit = units.VolumeUnit.ML,
) -> LoadResult:
    """Read the settings file.

    A missing file gives defaults (and writes them). A file that cannot be parsed, or that has
    values that cannot be used, is kept as a dated backup; the usable values are kept and a clean
    file is written in its place. A file from a newer version is kept as a backup and read as far
    as it is understood.

    ``write=False`` (the command line) reads only: no file is created, kept or repaired, so the
    app's first real start still finds no settings file and shows the welcome, and a bad file is
    left for the app to deal with and tell the person about.

    ``unit`` is the volume unit of new settings (the locale's, which the caller knows).
    """
    if not path.exists():
        defaults = core_settings.Settings(unit=unit)
        if write:
            _try_save(path, defaults)
        return LoadResult(defaults, [])
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        log.warning("settings file %s is unreadable (%s); using defaults", path, exc)
        defaults = core_settings.Settings(unit=unit)
        if not write:
            problem = core_settings.Problem("", core_settings.ProblemCode.NOT_AN_OBJECT)
            return LoadResult(defaults, [problem], None, unreadable=True)
        backup = _backup(path, now)
        _try_save(path, defaults)
        problem = core_settings.Problem("", core_settings.ProblemCode.NOT_AN_OBJECT)
        return LoadResult(defaults, [problem], backup, unreadable=True)
    settings, problems = core_settings.from_dict(raw, unit)
    if not problems:
        return LoadResult(settings, [])
    for problem in problems:
        log.warning("settings: reset %s", problem.describe())
    if not write:
        return LoadResult(settings, problems, None, unreadable=not isinstance(raw, dict))
    backup = _backup(path, now)
    _try_save(path, settings)
    return LoadResult(settings, problems, backup, unreadable=not isinstance(raw, dict))


def is_fresh(path: Path) -> bool:
    """Whether ``path`` holds the settings of a fresh installation: no file yet, or one whose
    settings are exactly the defaults (never changed). A file that cannot be read or has
    values that had to be reset is not fresh: the person's own settings may be in it.
    """
    if not path.exists():
        return True
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return False
    settings, problems = core_settings.from_dict(raw)
    return not problems and core_settings.is_default(settings)


def _backup(path: Path, now: dt.datetime) -> Path | None:
    try:
        target = files.keep_backup(path, "bad", now)
    except OSError as exc:
        log.error("could not keep a backup of %s: %s", path, exc)
        return None
    log.warning("kept the old settings file as %s", target)
    return target


def _try_save(path: Path, settings: core_settings.Settings) -> None:
    try:
        save(path, settings)
    except OSError as exc:
        log.error("could not write %s: %s; running on these settings anyway", path, exc)


def read_language(path: Path) -> str:
    """The language chosen in the settings file ("" for the system's), read quietly: at start,
    before the translations are loaded; :func:`load` reports what is wrong with the file.
    """
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return ""
    language = raw.get("language", "") if isinstance(raw, dict) else ""
    valid = isinstance(language, str) and core_settings.LANGUAGE_CODE.match(language)
    return language if valid else ""
