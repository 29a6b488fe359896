"""The reminder tips: ``resources/tips/tips.json``, read and checked.

Nothing is cached here: each call reads the file and returns new objects, which the app keeps.
A broken file is reported (file, field, what was expected) and never raises.
"""

from __future__ import annotations

import logging
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from spasm_desktop.core import tips
from spasm_desktop.storage.data_translation import parse_translated
from spasm_desktop.storage.routines import read_json

log = logging.getLogger(__name__)

_PACKAGE = "spasm_desktop.resources"
FOLDER = "tips"


def tips_folder() -> Traversable:
    """Return the folder of the built-in tips file."""
    return resources.files(_PACKAGE).joinpath(FOLDER)


def load_tips(
    folder: Path | Traversable | None = None,
) -> tuple[tuple[tips.Tip, ...] | None, list[tips.Problem]]:
    """Read ``tips.json`` from ``folder`` (default: the built-in one); None if it is unusable."""
    root = tips_folder() if folder is None else folder
    raw, problems = read_json(root.joinpath(tips.FILE), tips.FILE)
    loaded = None
    if raw is not None:
        loaded, more = parse_translated(raw, FOLDER, tips.FILE, tips.parse_tips)
        problems += more
    for problem in problems:
        log.warning("tips file problem: %s", problem.describe())
    return loaded, problems
