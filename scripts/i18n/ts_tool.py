"""Read and fill a Qt Linguist file by hand or by script: list entries, take translations in.

Translators who work without Qt Linguist (or a platform that reads .ts files) use this:

    python scripts/i18n/ts_tool.py stats de
    python scripts/i18n/ts_tool.py export de --unfinished --limit 100 > batch.json
    python scripts/i18n/ts_tool.py import de batch.json
    python scripts/i18n/ts_tool.py check de
    python scripts/i18n/ts_tool.py complete de

``complete`` says what keeps a language from shipping (``resources/i18n/languages.txt`` lists
the shipped ones; the tests run the same check on each): an entry of the template missing or
unfinished, a finished entry that breaks ``check``'s rules, a health text of the data files
without an entry, or a ``.qm`` that is missing or not built from the ``.ts`` as it is now.

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
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable
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


def entries(path: Path) -> list[dict[str, object]]:
    """Every live entry (not obsolete) of the Qt Linguist file at ``path``, in file order."""
    return [_entry(c, m) for c, m in _messages(ET.parse(path)) if _live(m)]


def export(lang: str, unfinished: bool, offset: int, limit: int | None) -> list[dict[str, object]]:
    found = entries(ts_path(lang))
    if unfinished:
        found = [e for e in found if not e["finished"]]
    end = None if limit is None else offset + limit
    return found[offset:end]


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
            wants = f"{forms} plural forms" if forms else "one text, not a list"
            refused.append(f"{key} (wants {wants})")
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
        # One text: a list here is a mistake (its Python spelling would be written in).
        return None if isinstance(value, list) else f"<translation>{_escape(value)}</translation>"
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


def incomplete(ts: Path, template: Path, data: Iterable[tuple[str, str]]) -> list[str]:
    """What keeps the language file ``ts`` from shipping, one line each (empty: complete).

    Every live entry of the ``template`` must be in ``ts``, finished, with every plural form
    filled and nothing :func:`problems` finds; every health text ``data`` lists (``(context,
    English)``, as ``scripts/extract_data_texts.py`` gives them) must have an entry.
    """
    have = {(str(e["context"]), str(e["source"]), str(e["comment"])): e for e in entries(ts)}
    report = []
    for wanted in entries(template):
        key = (str(wanted["context"]), str(wanted["source"]), str(wanted["comment"]))
        entry = have.get(key)
        label = f"{entry_id(*key)} [{key[0]}] {key[1]!r}"
        if entry is None:
            report.append(f"{label}: missing (run scripts/update-translations.sh)")
            continue
        translation = entry["translation"]
        forms = translation if isinstance(translation, list) else [translation]
        if not entry["finished"]:
            report.append(f"{label}: unfinished")
        elif not forms or not all(str(form).strip() for form in forms):
            report.append(f"{label}: finished but empty")
        else:
            report += [f"{label}: {why}" for why in problems(entry)]
    sources = {(context, source) for context, source, _comment in have}
    for context, text in data:
        if (context, text) not in sources:
            report.append(f"[{context}] {text!r}: this health text has no entry")
    return report


def lrelease_tool() -> str:
    """pyside6-lrelease beside this Python (the project's .venv), else on the PATH."""
    beside = Path(sys.executable).with_name("pyside6-lrelease")
    return str(beside) if beside.exists() else "pyside6-lrelease"


def stale_qm(ts: Path, qm: Path, lrelease: str | None = None) -> str | None:
    """Why ``qm`` is not what lrelease builds from ``ts`` as it is now; None if it is."""
    if not qm.exists():
        return f"{qm.name} is missing (run scripts/update-translations.sh)"
    with tempfile.TemporaryDirectory() as folder:
        built = Path(folder) / qm.name
        subprocess.run(
            [lrelease or lrelease_tool(), "-silent", str(ts), "-qm", str(built)],
            check=True,
            capture_output=True,
        )
        if built.read_bytes() != qm.read_bytes():
            return (
                f"{qm.name} is not built from {ts.name} as it is now "
                "(run scripts/update-translations.sh)"
            )
    return None


def complete(lang: str) -> list[str]:
    """:func:`incomplete` and :func:`stale_qm` for ``lang`` in this checkout."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    import extract_data_texts

    data = [(context, text) for context, text, _paths in extract_data_texts.entries()]
    report = incomplete(ts_path(lang), I18N / "spasm_desktop.ts", data)
    stale = stale_qm(ts_path(lang), ts_path(lang).with_suffix(".qm"))
    return report + ([stale] if stale else [])


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
    ready = sub.add_parser("complete", help="what keeps the language from shipping")
    ready.add_argument("lang")
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
    elif args.command == "complete":
        report = complete(args.lang)
        print("\n".join(report) or "complete")
        return 1 if report else 0
    else:
        print(json.dumps(stats(args.lang)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
