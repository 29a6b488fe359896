"""The command line's ``export`` and ``import``: the records to a file (CSV, JSON, FHIR, the
clinician report as PDF) and a backup's records back in, with the app running or not.

Split from :mod:`spasm_desktop.commands`, which sends everything else to the running app; only
``export pdf`` loads a window module (the report's layout).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore

from spasm_desktop import cli
from spasm_desktop.platform import instance
from spasm_desktop.storage import paths as paths_mod

if TYPE_CHECKING:
    from spasm_desktop.core.settings import Settings


def run_export(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """``spasm-desktop export json|csv|fhir --out PATH [--from DAY --to DAY]`` (straight from
    files; ``pdf`` goes to :func:`run_export_pdf`).
    """
    import sqlite3

    from spasm_desktop.core import schedule
    from spasm_desktop.platform.zone import local_zone
    from spasm_desktop.storage import backup, salvage

    if args.format == "pdf":
        _report_app(paths)  # the report's fonts need a QGuiApplication
    elif QtCore.QCoreApplication.instance() is None:
        cli.speak(QtCore.QCoreApplication(sys.argv[:1]), paths.settings_file)
    if args.from_day and args.to_day and args.from_day > args.to_day:
        print(cli.tr("error: --from is after --to"), file=sys.stderr)
        return 2
    zone = local_zone()
    midnight = dt.time(0, 0)
    start = schedule.local_instant(args.from_day, midnight, zone) if args.from_day else None
    end = (
        schedule.local_instant(args.to_day + dt.timedelta(days=1), midnight, zone)
        if args.to_day
        else None
    )
    out = Path(args.out).expanduser()
    refused = _refuse_out(args, out)
    if refused:
        print(cli.tr("error: %1").replace("%1", refused), file=sys.stderr)
        return 2
    if args.format == "pdf":
        return run_export_pdf(args, paths, out)
    try:
        if args.format == "json":
            counts = backup.export_json(paths.database, paths.settings_file, out, start, end)
        elif args.format == "fhir":
            from spasm_desktop.storage import fhir_export

            now = dt.datetime.now(dt.UTC)
            counts = fhir_export.export_fhir(paths.database, out, start, end, zone, now)
        else:
            counts = backup.export_csv(paths.database, out, start, end)
    except OSError as exc:
        print(_cannot_write(out, exc), file=sys.stderr)
        return 2
    except salvage.DamagedRecords:
        raise
    except (backup.BackupError, sqlite3.Error) as exc:
        print(cli.tr("error: cannot read the records: %1").replace("%1", str(exc)), file=sys.stderr)
        return 1
    exported = cli.tr("Exported %n record(s) to %1.", None, sum(counts.values()))
    print(exported.replace("%1", str(out)))
    _counts(counts)
    return 0


def _cannot_write(path: Path, exc: OSError) -> str:
    """The error line for a file that could not be written."""
    return (
        cli.tr("error: cannot write %1: %2")
        .replace("%1", str(path))
        .replace("%2", str(exc.strerror or exc))
    )


def _refuse_out(args: argparse.Namespace, out: Path) -> str:
    """Why ``export`` must not write to ``out`` (empty if it may).

    Only regular files are written (a symbolic link is written through); an existing one only
    with ``--force``. For CSV, ``out`` is a folder, and the same holds for each file in it.
    """
    from spasm_desktop import fileutil
    from spasm_desktop.storage import backup

    if args.format == "csv":
        if out.exists() and not out.is_dir():
            return cli.tr("cannot write into %1: it is not a folder").replace("%1", str(out))
        targets = [out / f"{table.name}.csv" for table in backup.TABLES]
    else:
        if out.is_dir():
            return cli.tr("cannot write %1: it is a folder").replace("%1", str(out))
        if not out.resolve().parent.is_dir():
            return (
                cli.tr("cannot write %1: the folder %2 does not exist")
                .replace("%1", str(out))
                .replace("%2", str(out.parent))
            )
        targets = [out]
    for target in targets:
        try:
            fileutil.regular_target(target)
        except OSError as exc:
            return (
                cli.tr("cannot write %1: %2")
                .replace("%1", str(target))
                .replace("%2", str(exc.strerror or exc))
            )
    there = [target for target in targets if target.exists()]
    if there and not args.force:
        if len(there) == 1:
            return cli.tr("%1 already exists; add --force to overwrite").replace(
                "%1", str(there[0])
            )
        return cli.tr("%1 already has CSV files; add --force to overwrite").replace("%1", str(out))
    return ""


# The days a PDF report covers when no dates are given (CONTENT.md §7.2: the last 14 days).
REPORT_DAYS = 14


def _report_app(paths: paths_mod.Paths) -> QtCore.QCoreApplication:
    """A QGuiApplication for fonts; on Linux and BSD always offscreen (unless QT_QPA_PLATFORM
    says otherwise): no display is needed, and fontconfig gives the desktop's fonts anyway.
    """
    from PySide6 import QtGui

    existing = QtCore.QCoreApplication.instance()
    if existing is not None:
        return existing
    argv = sys.argv[:1]
    if sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")) and not os.environ.get(
        "QT_QPA_PLATFORM"
    ):
        argv += ["-platform", "offscreen"]
    app = QtGui.QGuiApplication(argv)
    cli.speak(app, paths.settings_file)
    return app


def run_export_pdf(args: argparse.Namespace, paths: paths_mod.Paths, out: Path) -> int:
    """``spasm-desktop export pdf --out FILE [--from DAY] [--to DAY] [--name NAME]``."""
    import sqlite3

    from spasm_desktop.core import stats
    from spasm_desktop.platform.zone import local_zone
    from spasm_desktop.storage import history, records, routines, salvage, settings_store

    zone = local_zone()
    now = dt.datetime.now(dt.UTC)
    today = now.astimezone(zone).date()
    if args.from_day is None:
        period = stats.Period.ending(args.to_day or today, REPORT_DAYS)
    else:
        period = stats.Period(args.from_day, args.to_day or max(args.from_day, today))
    _report_app(paths)
    from spasm_desktop.ui.record import report

    loaded = settings_store.load(paths.settings_file, now, write=False)
    store = records.RecordStore(paths.database, lambda: now)
    try:
        record = history.load_report(
            store, loaded.settings, routines.load_library(paths.routines_dir), period, zone, now
        )
    except salvage.DamagedRecords:
        raise
    except sqlite3.Error as exc:
        print(cli.tr("error: cannot read the records: %1").replace("%1", str(exc)), file=sys.stderr)
        return 1
    finally:
        store.close()
    content = report.report_input(record, zone, now, name=args.name, notes=args.notes)
    try:
        pages = report.write_pdf(out, content)
    except OSError as exc:
        print(_cannot_write(out, exc), file=sys.stderr)
        return 2
    cramps = cli.tr("%n cramp(s)", None, content.summary.total)
    counted = cli.tr("%n page(s)", None, pages)
    print(
        cli.tr("Wrote the report of %1 to %2 (%3, %4) to %5.", "%3 the cramps, %4 the pages")
        .replace("%1", period.first.isoformat())
        .replace("%2", period.last.isoformat())
        .replace("%3", cramps)
        .replace("%4", counted)
        .replace("%5", str(out))
    )
    return 0


def _kind(table: str) -> str:
    """What the rows of a backup's ``table`` are, in words (the table's name if it has none)."""
    return {
        "drinks": cli.tr("drinks"),
        "cramp_episodes": cli.tr("cramps"),
        "reminder_log": cli.tr("reminders"),
        "breaks": cli.tr("breaks from sitting"),
        "routine_sessions": cli.tr("stretch routines"),
        "medicines": cli.tr("medicines"),
        "profile": cli.tr("health profile"),
        "day_goals": cli.tr("water goals"),
        "morning_answers": cli.tr("morning check-in answers"),
        "state": cli.tr("reminder timers"),
    }.get(table, table)


def _counts(counts: dict[str, int]) -> None:
    """Print each kind of record and how many, one a line (``  drinks: 2``)."""
    locale = QtCore.QLocale()
    for name, count in counts.items():
        line = cli.tr("  %1: %2", "kind of records: how many")
        print(line.replace("%1", _kind(name)).replace("%2", locale.toString(count)))


# Problems ``import`` lists for a file it refuses, before "and N more" (one per line).
_MAX_PROBLEMS = 30


def run_import(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """``spasm-desktop import PATH [--yes] [--settings]``: add a backup's records not already
    here; with ``--settings``, into a fresh installation, take the backup's settings too.
    """
    import sqlite3

    from spasm_desktop.storage import backup, salvage

    path = Path(args.path).expanduser()
    if QtCore.QCoreApplication.instance() is None:
        cli.speak(QtCore.QCoreApplication(sys.argv[:1]), paths.settings_file)
    loaded, problems = backup.read_backup(path)
    if loaded is None:
        refused = cli.tr("error: %1 is not a backup that can be imported:")
        print(refused.replace("%1", str(path)), file=sys.stderr)
        for line in problems[:_MAX_PROBLEMS]:
            print(f"  {line}", file=sys.stderr)
        if len(problems) > _MAX_PROBLEMS:
            more = cli.tr("  ... and %n more problem(s)", None, len(problems) - _MAX_PROBLEMS)
            print(more, file=sys.stderr)
        return 2
    try:
        plan = backup.plan_restore(paths.database, loaded)
    except salvage.DamagedRecords:
        raise
    except (backup.BackupError, sqlite3.Error) as exc:
        print(cli.tr("error: cannot read the records: %1").replace("%1", str(exc)), file=sys.stderr)
        return 1
    total = sum(plan.values())
    offered = backup.settings_offer(paths.settings_file, loaded)
    take = offered is not None and args.settings
    if take and instance.held_elsewhere(paths.instance_lock):
        print(
            cli.tr(
                "error: Spasm Desktop is running, so its settings are not changed from here: quit "
                "it first, or restore in the app (My record → Your data → Restore)"
            ),
            file=sys.stderr,
        )
        return 1
    if offered is not None and not take:
        print(
            cli.tr(
                "This installation still has its first settings: add --settings to take the "
                "backup's settings too. Without it, your settings are kept."
            )
        )
    elif offered is None and backup.settings_differ(paths.settings_file, loaded):
        print(cli.tr("The backup's settings differ from yours; your settings are kept."))
    if total == 0 and not take:
        print(cli.tr("Nothing to add: everything in the backup is already here."))
        return 0
    if total:
        print(cli.tr("This will add %n record(s):", None, total))
        _counts(plan)
    if take:
        print(cli.tr("This will also take the backup's settings."))
    if not args.yes and not _agreed(bool(total)):
        return 1
    try:
        added = backup.restore(paths.database, loaded)
    except salvage.DamagedRecords:
        raise
    except (backup.BackupError, sqlite3.Error) as exc:
        failed = cli.tr("error: could not add the records (nothing changed): %1")
        print(failed.replace("%1", str(exc)), file=sys.stderr)
        return 1
    if total:
        print(cli.tr("Added %n record(s).", None, sum(added.values())))
    if take and offered is not None:
        return _take_settings(paths, offered)
    return 0


def _agreed(records: bool) -> bool:
    """Ask on the terminal whether to go on (the records, or the settings alone); say so if not.

    The answer may be English ("y", "yes") or the language's own short and long word for yes.
    """
    if not sys.stdin.isatty():
        print(cli.tr("error: not a terminal, so not asking; add --yes to import"), file=sys.stderr)
        return False
    yes_short = cli.tr("y", "the short answer yes, as in [y/N]")
    yes_long = cli.tr("yes", "the answer yes to a question on the command line")
    question = (
        cli.tr("Add these records? [%1/N] ") if records else cli.tr("Take the settings? [%1/N] ")
    )
    try:
        answer = input(question.replace("%1", yes_short))
    except EOFError:
        answer = ""
    if answer.strip().lower() not in {"y", "yes", yes_short.lower(), yes_long.lower()}:
        print(cli.tr("Nothing changed."))
        return False
    return True


def _take_settings(paths: paths_mod.Paths, offered: Settings) -> int:
    """Write the backup's settings into this installation (still with its first ones)."""
    from spasm_desktop.storage import settings_store

    try:
        settings_store.save(paths.settings_file, offered)
    except OSError as exc:
        failed = cli.tr("error: could not write the settings: %1")
        print(failed.replace("%1", str(exc.strerror or exc)), file=sys.stderr)
        return 1
    print(cli.tr("Took the backup's settings (%1).").replace("%1", str(paths.settings_file)))
    if offered.start_at_login:
        # The login entry itself is made by the app when settings are applied there.
        print(
            cli.tr(
                "They start Spasm Desktop at login: to have that on this computer too, open "
                "Settings in the app and save them once."
            )
        )
    return 0
