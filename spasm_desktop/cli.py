"""The command line: parsing, and the commands that work with or without the app running."""

from __future__ import annotations

import argparse
import datetime as dt
import math
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6 import QtCore

from spasm_desktop import __version__, i18n
from spasm_desktop.core import episode, schedule, units
from spasm_desktop.storage import report_notes

PROG = "spasm-desktop"
_AMOUNT_RE = re.compile(r"^\s*(\d+(?:[.,]\d+)?)\s*(ml|floz|fl oz|fl_oz|oz)?\s*$", re.IGNORECASE)
_DURATION_RE = re.compile(r"^(\d+)\s*(m|min|h)$", re.IGNORECASE)
MAX_DRINK_ML = 2000
MAX_PAUSE_MIN = 24 * 60
# Strict forms only: Python's ``fromisoformat`` also takes ``1111111111`` as a time of day.
_TIME_RE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
_DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Longer arguments are refused before any number is made of them (and never echoed whole).
_MAX_ARGUMENT = 40


def _echo(text: str) -> str:
    """``text`` quoted for an error message, cut short if very long."""
    return repr(text if len(text) <= _MAX_ARGUMENT else text[:_MAX_ARGUMENT] + "…")


def parse_amount(text: str) -> int:
    """Parse a drink size such as ``250``, ``250ml`` or ``8oz``; return ml."""
    match = _AMOUNT_RE.match(text) if len(text) <= _MAX_ARGUMENT else None
    if not match:
        raise argparse.ArgumentTypeError(f"not an amount: {_echo(text)} (try 250, 250ml or 8oz)")
    value = float(match.group(1).replace(",", "."))
    if not math.isfinite(value) or value > 100 * MAX_DRINK_ML:
        raise argparse.ArgumentTypeError(f"amount must be between 1 and {MAX_DRINK_ML} ml")
    unit = (
        units.VolumeUnit.ML if (match.group(2) or "ml").lower() == "ml" else units.VolumeUnit.FL_OZ
    )
    ml = units.from_unit(value, unit)
    if not 1 <= ml <= MAX_DRINK_ML:
        raise argparse.ArgumentTypeError(f"amount must be between 1 and {MAX_DRINK_ML} ml")
    return ml


def parse_pause(text: str) -> int:
    """Parse ``30m``, ``1h``, ``2h`` or ``tomorrow``; return minutes (0 = until tomorrow)."""
    if text.lower() == "tomorrow":
        return 0
    match = _DURATION_RE.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(
            f"not a duration: {_echo(text)} (try 30m, 1h, 2h, tomorrow)"
        )
    minutes = _minutes(match)
    if not 1 <= minutes <= MAX_PAUSE_MIN:
        raise argparse.ArgumentTypeError("a pause must be between 1 minute and 24 hours")
    return minutes


def _minutes(match: re.Match[str]) -> int:
    """The minutes of a matched ``30m`` or ``2h``; -1 if the number is absurdly long."""
    digits = match.group(1)
    if len(digits) > 6:
        return -1
    return int(digits) * (60 if match.group(2).lower() == "h" else 1)


# ``dnd`` values: minutes, or these two.
DND_ON, DND_OFF = 0, -1


def parse_dnd(text: str) -> int:
    """Parse ``on`` (until turned off), ``off``, or a duration such as ``1h``; return minutes."""
    word = text.strip().lower()
    if word == "on":
        return DND_ON
    if word == "off":
        return DND_OFF
    match = _DURATION_RE.match(word)
    if not match:
        raise argparse.ArgumentTypeError(f"not a duration: {_echo(text)} (try on, off, 30m, 1h)")
    minutes = _minutes(match)
    if not 1 <= minutes <= MAX_PAUSE_MIN:
        raise argparse.ArgumentTypeError("do not disturb lasts between 1 minute and 24 hours")
    return minutes


def parse_area(text: str) -> str:
    """Parse a body area for the relief panel and the cramp log."""
    value = text.strip().lower().replace(" ", "_").replace("-", "_")
    aliases = {"toes": "foot", "thigh_back": "hamstring", "thigh": "quadriceps", "all": "all_over"}
    value = aliases.get(value, value)
    if value not in episode.AREAS:
        raise argparse.ArgumentTypeError(
            f"not an area: {_echo(text)} (one of {', '.join(episode.AREAS)})"
        )
    return value


def parse_cramp_duration(text: str) -> int:
    """Parse how long a cramp lasted; return seconds."""
    if len(text) > _MAX_ARGUMENT:
        raise argparse.ArgumentTypeError("a cramp lasts more than 0 seconds and at most 24 hours")
    try:
        return episode.parse_duration(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def parse_severity(text: str) -> int:
    """Parse a pain score from 0 to 10."""
    if not text.strip().isdigit() or len(text.strip()) > 2 or not 0 <= int(text) <= 10:
        raise argparse.ArgumentTypeError(
            f"not a pain score: {_echo(text)} (a whole number 0 to 10)"
        )
    return int(text)


def parse_when(text: str) -> tuple[dt.date | None, dt.time]:
    """Parse ``HH:MM`` (today) or ``YYYY-MM-DD HH:MM``; the caller applies the local zone."""
    parts = text.strip().split()
    bad = argparse.ArgumentTypeError(f"not a time: {_echo(text)} (try 23:10 or 2026-11-24 23:10)")
    if not 1 <= len(parts) <= 2 or not _TIME_RE.match(parts[-1]):
        raise bad
    try:
        hour, rest = parts[-1].split(":", 1)
        at = dt.time.fromisoformat(f"{hour.zfill(2)}:{rest}")
    except ValueError as exc:
        raise bad from exc
    return (parse_day(parts[0]) if len(parts) == 2 else None), at


def parse_day(text: str) -> dt.date:
    """Parse a calendar day ``YYYY-MM-DD``, from :data:`schedule.FIRST_DAY` to ``LAST_DAY``."""
    bad = argparse.ArgumentTypeError(f"not a date: {_echo(text)} (try 2026-11-24)")
    if not _DAY_RE.match(text.strip()):
        raise bad
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError as exc:
        raise bad from exc
    if not schedule.FIRST_DAY <= day <= schedule.LAST_DAY:
        raise argparse.ArgumentTypeError(
            f"the date {day.isoformat()} is out of range: give a day from "
            f"{schedule.FIRST_DAY.isoformat()} to {schedule.LAST_DAY.isoformat()}"
        )
    return day


# The longest name and notes the report takes (as the app's own fields).
MAX_REPORT_NAME, MAX_REPORT_NOTES = report_notes.MAX_NAME, report_notes.MAX_NOTES


def parse_report_name(text: str) -> str:
    """A name for the report, at most :data:`MAX_REPORT_NAME` characters."""
    if len(text) > MAX_REPORT_NAME:
        raise argparse.ArgumentTypeError(f"a name of at most {MAX_REPORT_NAME} characters")
    return text


def parse_report_notes(text: str) -> str:
    """Notes for the report, at most :data:`MAX_REPORT_NOTES` characters."""
    if len(text) > MAX_REPORT_NOTES:
        raise argparse.ArgumentTypeError(
            f"notes of at most {MAX_REPORT_NOTES} characters (these have {len(text)})"
        )
    return text


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser."""
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Reminders to drink, stretch, move and go to bed on time. "
        "Without a command, starts the tray app (or shows it if it is running).",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--verbose", action="store_true", help="log more (to the log file and stderr)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    status = commands.add_parser("status", help="show the next reminders and today's water")
    status.add_argument("--json", action="store_true", help="print JSON")
    drink = commands.add_parser("drink", help="log a drink (default: your glass size)")
    drink.add_argument("amount", nargs="?", type=parse_amount, help="e.g. 250, 250ml, 8oz")
    pause = commands.add_parser("pause", help="pause reminders (needs the running app)")
    pause.add_argument("duration", type=parse_pause, help="30m, 1h, 2h or tomorrow")
    commands.add_parser("resume", help="resume reminders (needs the running app)")
    commands.add_parser(
        "reminder",
        help="give the open reminder pop-up the keyboard (bind it to a key in your desktop's "
        "keyboard settings; needs the running app)",
    )
    dnd = commands.add_parser(
        "dnd", help="do not disturb: hold reminders back, then one of each (needs the running app)"
    )
    dnd.add_argument("state", type=parse_dnd, help="on (until turned off), off, or e.g. 30m, 1h")
    relief = commands.add_parser("relief", help="open the quick relief panel for a cramp now")
    relief.add_argument("area", nargs="?", type=parse_area, help="e.g. calf, foot, neck")
    cramp = commands.add_parser("cramp", help="record a cramp")
    cramp_commands = cramp.add_subparsers(dest="cramp_command", metavar="ACTION", required=True)
    log = cramp_commands.add_parser("log", help="record a cramp that happened")
    log.add_argument("--area", required=True, type=parse_area, help="calf, foot, hamstring, ...")
    log.add_argument("--side", choices=episode.SIDES, help="left, right or both")
    log.add_argument("--duration", type=parse_cramp_duration, help="e.g. 90s, 2m, 1m30s")
    log.add_argument("--severity", type=parse_severity, help="pain from 0 (none) to 10 (worst)")
    log.add_argument(
        "--at", type=parse_when, help="when it started: 'HH:MM' today or 'YYYY-MM-DD HH:MM'"
    )
    routine = commands.add_parser("routine", help="stretch routines: list, check a file, start one")
    routine_commands = routine.add_subparsers(
        dest="routine_command", metavar="ACTION", required=True
    )
    routine_commands.add_parser("list", help="list the routines, and files that could not be read")
    check = routine_commands.add_parser("check", help="validate a routine file (exit 1 if bad)")
    check.add_argument("file", help="a routine file (JSON)")
    start = routine_commands.add_parser("start", help="open a routine (needs the running app)")
    start.add_argument("name", help="the routine's id, as shown by 'routine list'")
    export = commands.add_parser(
        "export",
        help="export your records as CSV files, a backup, a PDF report or a FHIR file",
    )
    export.add_argument(
        "format",
        choices=("json", "csv", "pdf", "fhir"),
        help="json: one backup file; csv: one file per table; pdf: a summary for your "
        "clinician; fhir: your cramp diary and medicines for a health record app (HL7 FHIR R4)",
    )
    export.add_argument(
        "--out", required=True, help="the file (json, pdf, fhir) or folder (csv) to write"
    )
    export.add_argument(
        "--force", action="store_true", help="overwrite the file (or the CSV files) if there"
    )
    export.add_argument(
        "--from", dest="from_day", type=parse_day, help="first day, YYYY-MM-DD (local)"
    )
    export.add_argument(
        "--to",
        dest="to_day",
        type=parse_day,
        help="last day, YYYY-MM-DD (pdf without dates: the last 14 days)",
    )
    export.add_argument(
        "--name",
        default="",
        type=parse_report_name,
        help="pdf: your name, printed on the report",
    )
    export.add_argument(
        "--notes",
        default="",
        type=parse_report_notes,
        help="pdf: notes or questions for the appointment, printed on it",
    )
    imp = commands.add_parser("import", help="add the records of a backup file (JSON)")
    imp.add_argument("path", help="a backup made by 'export json' or the daily backups")
    imp.add_argument("--yes", action="store_true", help="add them without asking")
    imp.add_argument(
        "--settings",
        action="store_true",
        help="also take the backup's settings, if this installation still has its first "
        "settings (the app must not be running)",
    )
    return parser


# Qt's own command-line options (QGuiApplication, QApplication): those that take a value, and
# those that don't. They are passed to Qt, not read as the app's arguments.
QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "-platform",
        "-platformpluginpath",
        "-platformtheme",
        "-plugin",
        "-qwindowgeometry",
        "-qwindowicon",
        "-qwindowtitle",
        "-session",
        "-display",
        "-style",
        "-stylesheet",
    }
)
QT_FLAGS = frozenset({"-reverse", "-widgetcount", "-nograb", "-dograb"})


def split_qt_options(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Split ``argv`` into the app's own arguments and Qt's options (``-style fusion``,
    ``-style=fusion``, ``-platform offscreen``, ``-reverse``), each kept in its order.
    """
    own: list[str] = []
    qt: list[str] = []
    items = list(argv)
    index = 0
    while index < len(items):
        item = items[index]
        name = item.split("=", 1)[0]
        if name in QT_OPTIONS_WITH_VALUE and "=" in item:
            qt.append(item)
        elif name in QT_OPTIONS_WITH_VALUE and index + 1 < len(items):
            qt += items[index : index + 2]
            index += 1
        elif item in QT_FLAGS:
            qt.append(item)
        else:
            own.append(item)
        index += 1
    return own, qt


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse ``argv``; bad arguments print usage and exit 2 (argparse).

    Qt's own options are set aside in ``qt_options`` (see :func:`split_qt_options`).
    """
    own, qt = split_qt_options(argv)
    args = build_parser().parse_args(own)
    args.qt_options = qt
    return args


def _kind_names() -> dict[str, str]:
    translate = QtCore.QCoreApplication.translate
    return {
        "water": translate("cli", "Water"),
        "stretch": translate("cli", "Stretch"),
        "move": translate("cli", "Move"),
        "bedtime": translate("cli", "Bedtime"),
    }


def format_status(status: dict[str, object], tz: dt.tzinfo) -> str:
    """Render a status dict for people, in the app's language (what is installed)."""
    translate = QtCore.QCoreApplication.translate
    lines = []
    if status.get("paused"):
        when = _local(str(status["paused_until"]), tz)
        lines.append(translate("cli", "Paused until %1").replace("%1", when))
    nexts = status.get("next")
    assert isinstance(nexts, dict)
    names = _kind_names()
    width = max(8, *(len(name) + 1 for name in names.values()))
    off = translate("cli", "off", "a reminder that is switched off")
    for kind, when in nexts.items():
        name = names.get(kind, kind.capitalize())
        lines.append(f"{name:{width}} {_local(when, tz) if when else off}")
    lines.append(water_line(status))
    if status.get("running", True) and status.get("answering", True):
        if status.get("sitting_min") is None:
            lines.append(
                translate("cli", "Sitting: not detected here (the move reminder counts clock time)")
            )
        else:
            lines.append(
                translate("cli", "Sitting for %1 min (%2 min today)")
                .replace("%1", str(status["sitting_min"]))
                .replace("%2", str(status["sitting_today_min"]))
            )
    if status.get("do_not_disturb"):
        lines.append(translate("cli", "Do not disturb is on"))
    held = status.get("held_back")
    if held:
        assert isinstance(held, list)
        kinds = ", ".join(names.get(str(kind), str(kind)) for kind in held)
        lines.append(translate("cli", "Held back until you are free: %1").replace("%1", kinds))
    if not status.get("running", True):
        lines.append(translate("cli", "(the app is not running: these times apply once it starts)"))
    elif not status.get("answering", True):
        lines.append(
            translate(
                "cli",
                "(the app is running but did not answer in time, as it may be busy: this was "
                "read from your records)",
            )
        )
    return "\n".join(lines)


def water_line(status: dict[str, object]) -> str:
    """Today's water for people: against a clinician's limit (a ceiling), a goal, or alone.

    With a fluid limit, water is log-only (CONTENT.md §7a): the line says so, and says plainly
    when the total nears or reaches the limit; it never speaks of a goal.
    """
    translate = QtCore.QCoreApplication.translate
    total = str(status.get("water_today_ml"))
    limit = status.get("fluid_limit_ml")
    goal = status.get("water_goal_ml")
    if limit is not None:
        line = (
            translate("cli", "Water today: %1 ml logged; your fluid limit is %2 ml (log only)")
            .replace("%1", total)
            .replace("%2", str(limit))
        )
        level = status.get("fluid_limit_level")
        if level == "reached":
            line += "\n" + translate(
                "cli", "You have reached the limit your clinician set for today."
            )
        elif level == "near":
            line += "\n" + translate(
                "cli", "You are close to the limit your clinician set for today."
            )
        return line
    if goal is None:
        return translate("cli", "Water today: %1 ml (no daily goal set)").replace("%1", total)
    return (
        translate("cli", "Water today: %1 of %2 ml").replace("%1", total).replace("%2", str(goal))
    )


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate ``text`` in the context "cli", where lupdate files the calls written
    ``cli.tr(...)`` in the command line's other modules.

    With a count ``n`` (the third argument, so that lupdate files the text as a plural:
    ``cli.tr("%n record(s)", None, n)``) a translation gives the language's plural form; the
    untranslated English settles its "(s)" and shows ``n`` in the locale's digits.
    """
    return i18n.translate(("cli",), text, disambiguation, n)


def volume(ml: float, unit: units.VolumeUnit) -> str:
    """A volume in the person's unit (ml or fl oz), with the locale's digits and separators."""
    translate = QtCore.QCoreApplication.translate
    locale = QtCore.QLocale()
    if unit is units.VolumeUnit.ML:
        return translate("cli", "%1 ml", "a volume").replace("%1", locale.toString(round(ml)))
    value = units.rounded(ml, unit)
    return translate("cli", "%1 fl oz", "a volume").replace("%1", locale.toString(value, "f", 1))


def format_duration(seconds: float) -> str:
    """Format a routine length: ``3 min 40 s``."""
    minutes, rest = divmod(round(seconds), 60)
    return f"{minutes} min {rest:02d} s" if minutes else f"{rest} s"


def _local(iso: str, tz: dt.tzinfo) -> str:
    """A time for the status: the weekday in the app's language, then the date and the time in
    one fixed form (``Tue 2026-11-24 11:00``) that reads alike everywhere.
    """
    when = dt.datetime.fromisoformat(iso).astimezone(tz)
    day = QtCore.QLocale().dayName(when.isoweekday(), QtCore.QLocale.FormatType.ShortFormat)
    return f"{day} {when:%Y-%m-%d %H:%M}"


def speak(app: QtCore.QCoreApplication, settings_file: Path) -> None:
    """The command line speaks the language chosen in Settings (or the system's), as the app
    does, with its locale for numbers and dates.
    """
    from spasm_desktop.storage import settings_store

    i18n.install_translations(app, settings_store.read_language(settings_file))
