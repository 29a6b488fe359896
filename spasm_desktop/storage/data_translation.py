"""The built-in health texts, translated as they are read (see ``core/data_texts.py``).

Each shipped file has its own translation context (``"data:relief/areas.json"``), filled by
``scripts/extract_data_texts.py``; the translators the app installed at start are asked through
``QCoreApplication.translate``. With no translation for the language, every text stays the
English of the file, unchanged. The person's own routines are never translated.

A translation must not cost the person the content: when the translated file breaks the file's
rules (a name longer than its limit, say) but the English one keeps them, the English is used
and the translation's problems are logged for translators.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6 import QtCore

from spasm_desktop.core import data_texts

log = logging.getLogger(__name__)

T = TypeVar("T")
P = TypeVar("P")


def translate_file(raw: Any, folder: str, name: str) -> Any:
    """Return ``raw`` (one parsed built-in file) with its texts translated."""
    context = data_texts.context(folder, name)

    def translate(source: str) -> str:
        return QtCore.QCoreApplication.translate(context, source)

    return data_texts.translated(raw, translate)


def parse_translated(
    raw: Any, folder: str, name: str, parse: Callable[[Any], tuple[T, list[P]]]
) -> tuple[T, list[P]]:
    """Translate one built-in file and ``parse`` it; the English if only the translation fails.

    The problems returned are the file's own (the English one's), never the translation's.
    """
    translated = translate_file(raw, folder, name)
    if translated == raw:
        return parse(raw)
    result, problems = parse(translated)
    if not problems:
        return result, problems
    english, english_problems = parse(raw)
    if english_problems:
        return english, english_problems
    log.warning(
        "the translation of %s/%s breaks its rules, so it is shown in English: %s",
        folder,
        name,
        "; ".join(str(p) for p in problems),
    )
    return english, english_problems
