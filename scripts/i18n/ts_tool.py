"""Read and fill a Qt Linguist file by hand or by script: list entries, take translations in.

Translators who work without Qt Linguist (or a platform that reads .ts files) use this:

    python scripts/i18n/ts_tool.py stats de
    python scripts/i18n/ts_tool.py export de --unfinished --limit 100 > batch.json
    python scripts/i18n/ts_tool.py import de batch.json
    python scripts/i18n/ts_tool.py check de

``export`` writes a JSON list of entries: ``id`` (stable: a hash of context, source and
comment), ``context``, ``source``, ``comment`` (disambiguation), ``note`` (the developer's
extra comment, e.g. the JSON path of a health text), ``numerus`` (plural forms wanted: a list
of as many strings as the language has forms) and the current ``translation``.
``import`` reads the same shape (only ``id`` and ``translation`` are needed), writes the
translations into ``resources/i18n/spasm_desktop_LANG.ts`` and marks them finished. Ids it
does not know are reported, not guessed.
"""

from __future__ import annotations

import argparse
import hashlib
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


def ts_path(lang: str) -> Path:
    return I18N / f"spasm_desktop_{lang}.ts"


def entry_id(context: str, source: str, comment: str) -> str:
    return hashlib.sha1(f"{context}\x1f{source}\x1f{comment}".encode()).hexdigest()[:10]


def _messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    found = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.append((name, message))
    return found


def _entry(context: str, message: ET.Element) -> dict[str, object]:
    source = message.findtext("source") or ""
    comment = message.findtext("comment") or ""
    translation = message.find("translation")
    assert translation is not None
    entry: dict[str, object] = {
        "id": entry_id(context, source, comment),
        "context": context,
        "source": source,
        "comment": comment,
        "note": message.findtext("extracomment") or "",
    }
    if message.get("numerus") == "yes":
        entry["numerus"] = True
        entry["translation"] = [form.text or "" for form in translation.iter("numerusform")]
    else:
        entry["translation"] = translation.text or ""
    entry["finished"] = translation.get("type") not in ("unfinished", "obsolete", "vanished")
    return entry


def _live(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is not None and translation.get("type") not in ("obsolete", "vanished")


def export(lang: str, unfinished: bool, offset: int, limit: int | None) -> list[dict[str, object]]:
    tree = ET.parse(ts_path(lang))
    entries = [_entry(c, m) for c, m in _messages(tree) if _live(m)]
    if unfinished:
        entries = [e for e in entries if not e["finished"]]
    end = None if limit is None else offset + limit
    return entries[offset:end]


def take_in(lang: str, given: list[dict[str, object]]) -> tuple[int, list[str]]:
    """Write the given translations into the language's file; return (count, refused ids).

    Only the ``<translation>`` elements change, in the file's own text, so the file keeps
    lupdate's layout and a merge of two batches touches only their lines.
    """
    path = ts_path(lang)
    wanted = {str(item["id"]): item.get("translation") for item in given}
    known: set[str] = set()
    done, refused = 0, []
    pieces: list[str] = []
    text = path.read_text(encoding="utf-8")
    context = ""
    position = 0
    for match in _BLOCK.finditer(text):
        if match.group("name") is not None:
            context = html.unescape(match.group("name"))
            continue
        message = ET.fromstring(match.group("message"))
        key = entry_id(context, message.findtext("source") or "", message.findtext("comment") or "")
        known.add(key)
        value = wanted.get(key)
        if not value or not _live(message):
            continue
        forms = len(list(message.iter("numerusform")))
        element = _translation_xml(value, forms, match.group("indent"))
        if element is None:
            refused.append(f"{key} (wants {forms} plural forms)")
            continue
        old = _TRANSLATION.search(text, match.start("message"), match.end())
        assert old is not None
        pieces.append(text[position : old.start()])
        pieces.append(element)
        position = old.end()
        done += 1
    pieces.append(text[position:])
    path.write_text("".join(pieces), encoding="utf-8")
    return done, refused + [key for key in wanted if key not in known]


_BLOCK = re.compile(
    r"<context>\s*<name>(?P<name>[^<]*)</name>"
    r"|(?P<indent>[ \t]*)(?P<message><message(?: [^>]*)?>.*?</message>)",
    re.S,
)
_TRANSLATION = re.compile(r"<translation[^>]*/>|<translation[^>]*>.*?</translation>", re.S)


def _escape(value: object) -> str:
    return xml_escape(str(value), {'"': "&quot;", "'": "&apos;"})


def _translation_xml(value: object, forms: int, indent: str) -> str | None:
    if not forms:
        return f"<translation>{_escape(value)}</translation>"
    values = value if isinstance(value, list) else [value]
    if len(values) != forms or not all(values):
        return None
    inner = "".join(f"\n{indent}        <numerusform>{_escape(v)}</numerusform>" for v in values)
    return f"<translation>{inner}\n{indent}    </translation>"


_PLACEHOLDER = re.compile(r"%L?n|%L?\d{1,2}")
_MNEMONIC = re.compile(r"&(?!&)(?=\S)")


def problems(entry: dict[str, object]) -> list[str]:
    """What a finished translation changed that it must keep: placeholders, plural counts,
    keyboard mnemonics (one ``&`` if the English has one), line breaks and edge spaces."""
    source = str(entry["source"])
    translation = entry["translation"]
    forms = translation if isinstance(translation, list) else [translation]
    found = []
    for form in (str(f) for f in forms):
        if sorted(_PLACEHOLDER.findall(form)) != sorted(_PLACEHOLDER.findall(source)):
            found.append(
                f"placeholders {_PLACEHOLDER.findall(source)} became {_PLACEHOLDER.findall(form)}"
            )
        if len(_MNEMONIC.findall(form.replace("&&", ""))) != len(
            _MNEMONIC.findall(source.replace("&&", ""))
        ):
            found.append("the keyboard letter (&) must appear exactly as often as in the English")
        if form.count("\n") != source.count("\n"):
            found.append("line breaks differ")
        if (
            form[:1].isspace() != source[:1].isspace()
            or form[-1:].isspace() != source[-1:].isspace()
        ):
            found.append("a leading or trailing space differs")
    return found


def check(lang: str) -> list[str]:
    """Every finished entry of the language whose translation breaks :func:`problems`."""
    report = []
    for entry in export(lang, unfinished=False, offset=0, limit=None):
        if entry["finished"]:
            report += [f"{entry['id']} {entry['source']!r}: {why}" for why in problems(entry)]
    return report


def stats(lang: str) -> dict[str, int]:
    entries = export(lang, unfinished=False, offset=0, limit=None)
    finished = sum(1 for e in entries if e["finished"])
    return {"entries": len(entries), "finished": finished, "unfinished": len(entries) - finished}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    sub = parser.add_subparsers(dest="command", required=True)
    out = sub.add_parser("export", help="list entries as JSON")
    out.add_argument("lang")
    out.add_argument("--unfinished", action="store_true", help="only entries still to translate")
    out.add_argument("--offset", type=int, default=0)
    out.add_argument("--limit", type=int)
    into = sub.add_parser("import", help="take translations from a JSON file")
    into.add_argument("lang")
    into.add_argument("file", type=Path)
    verify = sub.add_parser("check", help="finished entries whose placeholders or & differ")
    verify.add_argument("lang")
    count = sub.add_parser("stats", help="how many entries are finished")
    count.add_argument("lang")
    args = parser.parse_args(argv)
    if args.command == "export":
        json.dump(
            export(args.lang, args.unfinished, args.offset, args.limit),
            sys.stdout,
            ensure_ascii=False,
            indent=1,
        )
        print()
    elif args.command == "import":
        done, unknown = take_in(args.lang, json.loads(args.file.read_text(encoding="utf-8")))
        print(f"{done} translations taken in")
        for item in unknown:
            print(f"not taken: {item}", file=sys.stderr)
        return 1 if unknown else 0
    elif args.command == "check":
        report = check(args.lang)
        print("\n".join(report) or "no problems")
        return 1 if report else 0
    else:
        print(json.dumps(stats(args.lang)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
