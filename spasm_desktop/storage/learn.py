"""The Learn content (``resources/learn/learn.json``) and the person's ticked risk checklist.

Nothing is cached: :func:`load_learn` reads the file each time and returns a new object. A broken
content file is reported (file, field, what was expected); a missing or broken checklist file
gives an empty checklist. Neither ever raises.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from spasm_desktop.core import learn
from spasm_desktop.fileutil import write_atomic
from spasm_desktop.storage.data_translation import parse_translated
from spasm_desktop.storage.routines import read_json

log = logging.getLogger(__name__)

_PACKAGE = "spasm_desktop.resources"
FOLDER = "learn"


def learn_folder() -> Traversable:
    """Return the folder of the built-in Learn files."""
    return resources.files(_PACKAGE).joinpath(FOLDER)


def load_learn(
    folder: Path | Traversable | None = None,
) -> tuple[learn.LearnContent | None, list[learn.Problem]]:
    """Read and check ``learn.json``; None if it is unusable. ``folder`` defaults to the
    built-in one.
    """
    root = learn_folder() if folder is None else folder
    raw, problems = read_json(root.joinpath(learn.LEARN_FILE), learn.LEARN_FILE)
    content = None
    if raw is not None:
        content, more = parse_translated(raw, FOLDER, learn.LEARN_FILE, learn.parse_learn)
        problems += more
    for problem in problems:
        log.warning("learn file problem: %s", problem.describe())
    return content, problems


def load_checklist(path: Path) -> set[str]:
    """Return the ticked checklist ids saved in ``path``; empty if missing or broken (logged)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return set()
    except OSError as exc:
        log.warning("learn checklist %s is unreadable (%s); starting empty", path, exc)
        return set()
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as exc:
        log.warning("learn checklist %s is not valid JSON (%s); starting empty", path, exc)
        return set()
    ids, problems = learn.checklist_from_json(raw)
    for problem in problems:
        log.warning("learn checklist problem: %s", problem.describe())
    return ids


def save_checklist(path: Path, ids: Iterable[str]) -> bool:
    """Write the ticked ids to ``path`` atomically, readable by the user only.

    Returns whether it worked; a failure is logged, never raised (the ticks stay on screen).
    """
    data = json.dumps(learn.checklist_to_json(ids), indent=2).encode("utf-8") + b"\n"
    try:
        write_atomic(path, data, 0o600)
    except OSError as exc:
        log.error("could not save the learn checklist to %s: %s", path, exc)
        return False
    return True
