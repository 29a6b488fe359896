"""lupdate reads a Python ``#:`` comment as a note for the translator of the next text, so an
attribute's comment would sit beside an unrelated entry; the only notes in the template are the
data texts' places (``areas.calf.steps[2]``), written by scripts/extract_data_texts.py.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from tests.languages import TEMPLATE


def test_only_the_data_texts_carry_translator_notes() -> None:
    stray = []
    for context in ET.parse(TEMPLATE).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name.startswith("data:"):
            continue
        for message in context.iter("message"):
            note = message.findtext("extracomment")
            if note is not None:
                stray.append(f"[{name}] {message.findtext('source')!r}: {note[:60]!r}")
    assert stray == []
