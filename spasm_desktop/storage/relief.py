"""The quick-relief content: ``resources/relief/*.json``, read and checked.

Nothing is cached here: each call reads the files and returns a new object, which the app keeps.
A broken file is reported (file, field, what was expected) and never raises.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from spasm_desktop.core import relief
from spasm_desktop.core.routine import Routine
from spasm_desktop.storage.data_translation import parse_translated
from spasm_desktop.storage.routines import read_json

log = logging.getLogger(__name__)

_PACKAGE = "spasm_desktop.resources"
FOLDER = "relief"


def relief_folder() -> Traversable:
    """Return the folder of the built-in relief files."""
    return resources.files(_PACKAGE).joinpath(FOLDER)


def load_relief(
    folder: Path | Traversable | None = None, routines: Mapping[str, Routine] | None = None
) -> tuple[relief.ReliefContent, list[relief.Problem]]:
    """Read ``universal.json``, ``areas.json`` and ``red_flags.json``, each on its own.

    A file that can't be used leaves its part of the content empty (no cards, no universal
    steps, or ``red_flags`` None) and is reported; the rest is still there, so the relief panel
    always opens and a built-in emergency line can stand in for the red flags.

    ``folder`` defaults to the built-in one. With ``routines`` (the routine library), each card's
    routine must be one of them, with purpose "relief". A card's red-flag ids must be in the list.
    """
    root = relief_folder() if folder is None else folder
    problems: list[relief.Problem] = []

    raw, more = read_json(root.joinpath(relief.UNIVERSAL_FILE), relief.UNIVERSAL_FILE)
    problems += more
    universal, more = (
        parse_translated(raw, FOLDER, relief.UNIVERSAL_FILE, relief.parse_universal)
        if raw is not None
        else (None, [])
    )
    problems += more

    raw, more = read_json(root.joinpath(relief.AREAS_FILE), relief.AREAS_FILE)
    problems += more
    areas, more = (
        parse_translated(raw, FOLDER, relief.AREAS_FILE, relief.parse_areas)
        if raw is not None
        else (None, [])
    )
    problems += more

    raw, more = read_json(root.joinpath(relief.RED_FLAGS_FILE), relief.RED_FLAGS_FILE)
    problems += more
    flags, more = (
        parse_translated(raw, FOLDER, relief.RED_FLAGS_FILE, relief.parse_red_flags)
        if raw is not None
        else (None, [])
    )
    problems += more

    content = relief.build_content(universal, areas, flags)
    problems += relief.check_flags(content)
    if routines is not None:
        problems += relief.check_routines(content, routines)
    for problem in problems:
        log.warning("relief file problem: %s", problem.describe())
    return content, problems
