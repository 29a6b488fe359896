"""The built-in health texts, translated as they are read (see ``core/data_texts.py``).

Each shipped file has its own translation context (``"data:relief/areas.json"``), filled by
``scripts/extract_data_texts.py``; the translators the app installed at start are asked through
``QCoreApplication.translate``. With no translation for the language, every text stays the
English of the file, unchanged. The person's own routines are never translated.
"""

from __future__ import annotations

from typing import Any

from PySide6 import QtCore

from spasm_desktop.core import data_texts


def translate_file(raw: Any, folder: str, name: str) -> Any:
    """Return ``raw`` (one parsed built-in file) with its texts translated."""
    context = data_texts.context(folder, name)

    def translate(source: str) -> str:
        return QtCore.QCoreApplication.translate(context, source)

    return data_texts.translated(raw, translate)
