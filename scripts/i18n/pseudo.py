"""Make a pseudo-language from the template, to see texts that skip translation and layouts
that clip before a real language shows them:

    python scripts/i18n/pseudo.py OUT_DIR      # writes OUT_DIR/spasm_desktop_pseudo.ts and .qm

Every translation is the English accented and lengthened by about 40% (German, the longest of
the shipped languages, runs about a third longer than English), between the markers ⟦ and ⟧:
"Save" becomes "⟦Šàvé~⟧". Placeholders (``%1``, ``%n``, ``%Ln``), the one ``&`` keyboard letter,
``&&``, markup and the spaces at either end are kept, plural entries too. A text with no letter
(", ", "%1%") is kept as it is. Load the ``.qm`` with a ``QTranslator``: nothing is written
under ``resources/``.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

TEMPLATE = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "spasm_desktop.ts"
OPEN, CLOSE = "⟦", "⟧"
#: How much longer a pseudo text is than its English (the markers count).
GROWTH = 0.4

ACCENTS = dict(
    zip(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
        "àƀçđéƒĝĥíĵķĺḿñóƥǫŕšţúṽŵẋýžÀƁÇĐÉƑĜĤÍĴĶĹḾÑÓƤǪŔŠŢÚṼŴẊÝŽ",
        strict=True,
    )
)

#: The parts kept as they are: placeholders, markup, entities, "&&" and the keyboard letter.
KEPT = re.compile(r"%L?\d+|%L?n|%%|<[^<>]*>|&[a-zA-Z]+;|&#\d+;|&&|&(?=\S)")


def _accent(words: str) -> str:
    return "".join(ACCENTS.get(c, c) for c in words)


def _padding(count: int) -> str:
    """``count`` characters of padding, as words of at most six, so that long texts still wrap."""
    words = []
    while count > 0:
        size = min(count, 7)
        words.append(" " + "~" * (size - 1) if size > 1 else "~")
        count -= size
    return "".join(words)


def pseudo(source: str) -> str:
    """The pseudo-language text of one English text."""
    if not any(c.isalpha() for c in KEPT.sub("", source)):
        return source
    body = source.strip()
    lead = source[: len(source) - len(source.lstrip())]
    trail = source[len(source.rstrip()) :]
    parts: list[str] = []
    place = 0
    for kept in KEPT.finditer(body):
        parts.append(_accent(body[place : kept.start()]))
        parts.append(kept.group())
        place = kept.end()
    parts.append(_accent(body[place:]))
    inner = "".join(parts)
    extra = max(0, round(len(body) * GROWTH) - 2)
    # Markup that opens or closes the text stays outside the markers, so that Qt still sees it.
    head = re.match(r"(?:<[^<>]*>)*", inner)
    start = head.end() if head else 0
    tail = re.search(r"(?:<[^<>]*>)*$", inner)
    end = tail.start() if tail and tail.start() >= start else len(inner)
    middle = inner[start:end] + _padding(extra)
    return f"{lead}{inner[:start]}{OPEN}{middle}{CLOSE}{inner[end:]}{trail}"


def pseudo_ts(template: str, language: str = "en") -> str:
    """The template's text with every live entry translated into the pseudo-language.

    ``language`` sets the plural rules lrelease uses (English: two forms)."""
    root = ET.fromstring(template)
    root.set("language", language)
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        source = message.findtext("source") or ""
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            translation.text = None
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    body = ET.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'


def lrelease() -> str:
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    found = str(beside) if beside.exists() else shutil.which("pyside6-lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease (part of PySide6) is not installed")
    return found


def build(folder: Path, template: Path = TEMPLATE) -> Path:
    """Write the pseudo-language .ts into ``folder`` and build its .qm; return the .qm."""
    ts = folder / "spasm_desktop_pseudo.ts"
    ts.write_text(pseudo_ts(template.read_text(encoding="utf-8")), encoding="utf-8")
    qm = ts.with_suffix(".qm")
    subprocess.run([lrelease(), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    print(build(Path(sys.argv[1])))
