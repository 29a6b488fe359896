"""Which strings in the shipped JSON files are texts a person reads, and their translation.

Every string value in ``resources/*/*.json`` sits under a key that is either a text key (a name,
a step, a caution, a tier text, a Learn paragraph, a tip: shown to the person, so translated) or
a non-text key (an id, a reference to another file, a choice such as "seated", a source code such
as "S12"). ``scripts/extract_data_texts.py`` hands the texts to translators (one Qt Linguist
context per file, :func:`context`); the loaders in ``storage/`` replace them with their
translation when they read a built-in file (:func:`translated`). A key in neither list is
reported by :func:`unclassified`, and a test fails on it, so a new field is never silently left
in English or sent to translators by mistake.

Pure: the translating function is passed in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

#: Keys whose string values (or lists of strings) are shown to the person.
TEXT_KEYS = frozenset(
    {
        "cautions",
        "description",
        "hold",
        "hold_cue",
        "muscles",
        "name",
        "quick",
        "relax_cue",
        "short",
        "source_note",
        "steps",
        "text",
        "tips",
        "title",
    }
)

#: Keys whose string values are ids, references or fixed choices: never translated.
NON_TEXT_KEYS = frozenset(
    {
        "exercise",
        "flags",
        "id",
        "illustration",
        "kind",
        "limb",
        "position",
        "purpose",
        "red_flags",
        "routine",
        "seated_alternative",
        "seated_variant",
        "sides",
        "source",
        "sources",
        "style",
        "tier",
        "when",
    }
)


def context(folder: str, name: str) -> str:
    """The translation context of one shipped file: ``"data:relief/areas.json"``."""
    return f"data:{folder}/{name}"


def _walk(value: Any, path: str, key: str | None) -> list[tuple[str, str | None, str]]:
    """Every string under ``value``: (its path, the nearest key above it, the string)."""
    if isinstance(value, str):
        return [(path, key, value)]
    found: list[tuple[str, str | None, str]] = []
    if isinstance(value, dict):
        for name, item in value.items():
            found += _walk(item, f"{path}.{name}" if path else str(name), str(name))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            item_id = item.get("id") if isinstance(item, dict) else None
            if isinstance(item_id, str) and item_id:
                # An item with an id is named by it: "calf.steps[2]" stays put when a card moves.
                found += _walk(item, f"{path}.{item_id}" if path else item_id, key)
            else:
                found += _walk(item, f"{path}[{index}]", key)
    return found


def texts(tree: Any) -> list[tuple[str, str]]:
    """The texts of one parsed file, in file order: (path such as ``calf.steps[2]``, text).

    Empty strings are left out (nothing to translate).
    """
    return [(path, s) for path, key, s in _walk(tree, "", None) if key in TEXT_KEYS and s]


def unclassified(tree: Any) -> list[str]:
    """The paths of strings whose key is in neither :data:`TEXT_KEYS` nor :data:`NON_TEXT_KEYS`."""
    known = TEXT_KEYS | NON_TEXT_KEYS
    return [path for path, key, _s in _walk(tree, "", None) if key not in known]


def translated(tree: Any, translate: Callable[[str], str]) -> Any:
    """A copy of ``tree`` with every text replaced by ``translate(text)``; the rest unchanged."""
    return _translated(tree, None, translate)


def _translated(value: Any, key: str | None, translate: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return translate(value) if key in TEXT_KEYS and value else value
    if isinstance(value, dict):
        return {name: _translated(item, str(name), translate) for name, item in value.items()}
    if isinstance(value, list):
        return [_translated(item, key, translate) for item in value]
    return value
