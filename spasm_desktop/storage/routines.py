"""The exercise and routine library: the built-in files, plus the person's own routines.

A file that cannot be used never stops the rest from loading: it is listed with its problems
(file, field, what was expected). The person's routines live in ``Paths.routines_dir`` and are
written atomically, readable by the user only; built-in routines are read-only.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import logging
from collections.abc import Iterable
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from spasm_desktop import fileutil as files
from spasm_desktop.core import routine as rt
from spasm_desktop.core import routine_format
from spasm_desktop.storage.data_translation import parse_translated

log = logging.getLogger(__name__)

_PACKAGE = "spasm_desktop.resources"
#: Larger files are refused unread (a routine is a few kilobytes).
MAX_FILE_BYTES = 256 * 1024


@dataclasses.dataclass
class Library:
    """Everything that loaded, and what did not."""

    exercises: dict[str, rt.Exercise] = dataclasses.field(default_factory=dict)
    routines: dict[str, rt.Routine] = dataclasses.field(default_factory=dict)
    problems: list[rt.RoutineProblem] = dataclasses.field(default_factory=list)
    #: The file of each of the person's own routines (by routine id).
    user_files: dict[str, Path] = dataclasses.field(default_factory=dict)

    def broken_files(self) -> list[str]:
        """Return the files that could not be loaded (each once, in order)."""
        return list(dict.fromkeys(p.file for p in self.problems))

    def by_purpose(self, purpose: rt.Purpose) -> list[rt.Routine]:
        """Return the routines for ``purpose``, built-in ones first."""
        found = [r for r in self.routines.values() if r.purpose is purpose]
        return sorted(found, key=lambda r: (not r.builtin, r.name.casefold()))


def read_json(source: Path | Traversable, name: str) -> tuple[Any, list[rt.RoutineProblem]]:
    """Read and parse one file; problems instead of exceptions."""
    too_long = [
        rt.RoutineProblem(
            name, "", rt.ProblemCode.TOO_LONG, f"a file under {MAX_FILE_BYTES // 1024} KB"
        )
    ]
    try:
        # A path may name a pipe or a device: read at most the limit, never wait on a pipe.
        if isinstance(source, Path):
            data = files.read_limited(source, MAX_FILE_BYTES)
        else:
            data = source.read_bytes()
    except files.TooLargeError:
        return None, too_long
    except files.NotRegularFileError as exc:
        expected = f"a regular file, not {exc.kind}"
        return None, [rt.RoutineProblem(name, "", rt.ProblemCode.UNREADABLE, expected)]
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return None, [rt.RoutineProblem(name, "", rt.ProblemCode.UNREADABLE, reason)]
    if len(data) > MAX_FILE_BYTES:
        return None, too_long
    try:
        return json.loads(data.decode("utf-8")), []
    except UnicodeDecodeError:
        return None, [rt.RoutineProblem(name, "", rt.ProblemCode.NOT_JSON, "UTF-8 text")]
    except json.JSONDecodeError as exc:
        where = f"valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        return None, [rt.RoutineProblem(name, "", rt.ProblemCode.NOT_JSON, where)]
    except RecursionError:
        return None, [rt.RoutineProblem(name, "", rt.ProblemCode.NOT_JSON, "less deep nesting")]


def _builtin(folder: str) -> list[Traversable]:
    root = resources.files(_PACKAGE).joinpath(folder)
    if not root.is_dir():
        return []
    return sorted((f for f in root.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)


def _user_files(folder: Path | None) -> list[Path]:
    if folder is None or not folder.is_dir():
        return []
    try:
        return sorted(p for p in folder.iterdir() if p.suffix == ".json" and p.is_file())
    except OSError as exc:
        log.warning("cannot list %s: %s", folder, exc)
        return []


def load_library(user_dir: Path | None) -> Library:
    """Load the built-in exercises and routines, then the person's routines from ``user_dir``."""
    library = Library()
    for source in _builtin("exercises"):
        raw, problems = read_json(source, source.name)
        exercise, more = (
            parse_translated(
                raw,
                "exercises",
                source.name,
                functools.partial(routine_format.parse_exercise, file=source.name),
            )
            if raw is not None
            else (None, [])
        )
        library.problems += problems + more
        if exercise is not None:
            _add(library, library.exercises, exercise.id, exercise, source.name)
    for source in _builtin("routines"):
        _load_routine(library, source, source.name, builtin=True)
    for path in _user_files(user_dir):
        loaded = _load_routine(library, path, path.name, builtin=False)
        if loaded is not None:
            library.user_files[loaded] = path
    for problem in library.problems:
        log.warning("routine file problem: %s", problem.describe())
    return library


def _add(library: Library, table: dict[str, Any], key: str, value: Any, name: str) -> bool:
    if key in table:
        library.problems.append(
            rt.RoutineProblem(name, "id", rt.ProblemCode.DUPLICATE_ID, "an id not used yet")
        )
        return False
    table[key] = value
    return True


def _load_routine(
    library: Library, source: Path | Traversable, name: str, builtin: bool
) -> str | None:
    """Load one routine file into the library; return its id, or None if it did not load."""
    raw, problems = read_json(source, name)
    library.problems += problems
    if raw is None:
        return None

    def parse(tree: Any) -> tuple[rt.Routine | None, list[rt.RoutineProblem]]:
        return routine_format.parse_routine(tree, name, library.exercises, builtin)

    # Only the built-in routines are translated: the person's own are their words.
    routine, more = parse_translated(raw, "routines", name, parse) if builtin else parse(raw)
    library.problems += more
    if routine is None or not _add(library, library.routines, routine.id, routine, name):
        return None
    return routine.id


def check_file(path: Path, library: Library) -> list[rt.RoutineProblem]:
    """Validate one routine file against the library (``spasm-desktop routine check``).

    A file that is already in the library is checked on its own, so its own id is not a clash.
    """
    raw, problems = read_json(path, path.name)
    if raw is None:
        return problems
    routine, more = routine_format.parse_routine(raw, path.name, library.exercises)
    problems += more
    if routine is not None:
        owner = library.user_files.get(routine.id)
        taken = routine.id in library.routines and (owner is None or owner != path)
        if taken:
            problems.append(
                rt.RoutineProblem(
                    path.name, "id", rt.ProblemCode.DUPLICATE_ID, "an id not used yet"
                )
            )
    return problems


def save_routine(user_dir: Path, routine: rt.Routine) -> Path:
    """Write one of the person's routines to ``user_dir/ID.json`` (atomic, private)."""
    if routine.builtin:
        raise ValueError("built-in routines are read-only")
    user_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = user_dir / f"{routine.id}.json"
    text = json.dumps(routine_format.routine_to_dict(routine), indent=2, ensure_ascii=False) + "\n"
    files.write_atomic(path, text.encode("utf-8"))
    return path


def id_taken(library: Library, user_dir: Path, routine_id: str, own_id: str | None) -> bool:
    """Whether a routine other than the own routine ``own_id`` (None: a new one) already has
    ``routine_id``, or a file in ``user_dir`` is already named after it.
    """
    if routine_id == own_id:
        return False
    if routine_id in library.routines:
        return True
    try:
        return (user_dir / f"{routine_id}.json").exists()
    except OSError:
        return False


def save_own(library: Library, user_dir: Path, routine: rt.Routine, own_id: str | None) -> Path:
    """Save one of the person's routines (see :func:`save_routine`); return its file.

    When it replaces the own routine ``own_id`` whose file had another name ("stretches.json"),
    that file goes: one file per id, or the next start would refuse both as duplicates. Raises
    OSError when the routine cannot be written (a leftover old file is only logged).
    """
    path = save_routine(user_dir, routine)
    old_file = library.user_files.get(routine.id) if own_id else None
    if old_file is not None and old_file != path:
        try:
            old_file.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("cannot remove the old file %s: %s", old_file, exc)
    return path


def delete_own(library: Library, user_dir: Path, routine_id: str) -> None:
    """Delete the file of the person's routine ``routine_id``; raises OSError if it cannot."""
    path = library.user_files.get(routine_id, user_dir / f"{routine_id}.json")
    try:
        path.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("cannot delete routine file %s: %s", path, exc)
        raise


def describe_all(problems: Iterable[rt.RoutineProblem]) -> list[str]:
    """Return one English line per problem (command line and log)."""
    return [p.describe() for p in problems]
