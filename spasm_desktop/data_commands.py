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

from PySide6 import QtCore

from spasm_desktop import cli
from spasm_desktop.platform import instance
from spasm_desktop.storage import paths as paths_mod


def run_export(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """``spasm-desktop export json|csv|fhir --out PATH [--from DAY --to DAY]`` (straight from
    files; ``pdf`` goes to :func:`run_export_pdf`).
    """
    import sqlite3

    from spasm_desktop.core import schedule
    from spasm_desktop.platform.zone import local_zone
    from spasm_desktop.storage import backup, salvage

    if args.from_day and args.to_day and args.from_day > args.to_day:
        print("error: --from is after --to", file=sys.stderr)
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
        print(f"error: {refused}", file=sys.stderr)
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
        print(f"error: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    except salvage.DamagedRecords:
        raise
    except (backup.BackupError, sqlite3.Error) as exc:
        print(f"error: cannot read the records: {exc}", file=sys.stderr)
        return 1
    total = sum(counts.values())
    print(f"Exported {total} records to {out}.")
    for name, count in counts.items():
        print(f"  {name}: {count}")
    return 0


def _refuse_out(args: argparse.Namespace, out: Path) -> str:
    """Why ``export`` must not write to ``out`` (empty if it may).

    Only regular files are written (a symbolic link is written through); an existing one only
    with ``--force``. For CSV, ``out`` is a folder, and the same holds for each file in it.
    """
    from spasm_desktop import fileutil
    from spasm_desktop.storage import backup

    if args.format == "csv":
        if out.exists() and not out.is_dir():
            return f"cannot write into {out}: it is not a folder"
        targets = [out / f"{table.name}.csv" for table in backup.TABLES]
    else:
        if out.is_dir():
            return f"cannot write {out}: it is a folder"
        if not out.resolve().parent.is_dir():
            return f"cannot write {out}: the folder {out.parent} does not exist"
        targets = [out]
    for target in targets:
        try:
            fileutil.regular_target(target)
        except OSError as exc:
            return f"cannot write {target}: {exc.strerror or exc}"
    there = [target for target in targets if target.exists()]
    if there and not args.force:
        what = f"{there[0]} already exists" if len(there) == 1 else f"{out} already has CSV files"
        return f"{what}; add --force to overwrite"
    return ""


#: The days a PDF report covers when no dates are given (CONTENT.md §7.2: the last 14 days).
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
        print(f"error: cannot read the records: {exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    content = report.report_input(record, zone, now, name=args.name, notes=args.notes)
    try:
        pages = report.write_pdf(out, content)
    except OSError as exc:
        print(f"error: cannot write {out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    total = content.summary.total
    cramps = f"{total} cramp" if total == 1 else f"{total} cramps"
    noun = "page" if pages == 1 else "pages"
    print(
        f"Wrote the report of {period.first} to {period.last} ({cramps}, {pages} {noun}) to {out}."
    )
    return 0


#: Problems ``import`` lists for a file it refuses, before "and N more" (one per line).
_MAX_PROBLEMS = 30


def run_import(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """``spasm-desktop import PATH [--yes] [--settings]``: add a backup's records not already
    here; with ``--settings``, into a fresh installation, take the backup's settings too.
    """
    import sqlite3

    from spasm_desktop.storage import backup, salvage

    path = Path(args.path).expanduser()
    loaded, problems = backup.read_backup(path)
    if loaded is None:
        print(f"error: {path} is not a backup that can be imported:", file=sys.stderr)
        for line in problems[:_MAX_PROBLEMS]:
            print(f"  {line}", file=sys.stderr)
        if len(problems) > _MAX_PROBLEMS:
            print(f"  ... and {len(problems) - _MAX_PROBLEMS} more problems", file=sys.stderr)
        return 2
    try:
        plan = backup.plan_restore(paths.database, loaded)
    except salvage.DamagedRecords:
        raise
    except (backup.BackupError, sqlite3.Error) as exc:
        print(f"error: cannot read the records: {exc}", file=sys.stderr)
        return 1
    total = sum(plan.values())
    offered = backup.settings_offer(paths.settings_file, loaded)
    take = offered is not None and args.settings
    if take and instance.held_elsewhere(paths.instance_lock):
        print(
            "error: Spasm Desktop is running, so its settings are not changed from here: quit "
            "it first, or restore in the app (My record → Your data → Restore)",
            file=sys.stderr,
        )
        return 1
    if offered is not None and not take:
        print(
            "This installation still has its first settings: add --settings to take the "
            "backup's settings too. Without it, your settings are kept."
        )
    elif offered is None and backup.settings_differ(paths.settings_file, loaded):
        print("The backup's settings differ from yours; your settings are kept.")
    if total == 0 and not take:
        print("Nothing to add: everything in the backup is already here.")
        return 0
    if total:
        print(f"This will add {total} records:")
        for name, count in plan.items():
            print(f"  {name}: {count}")
    if take:
        print("This will also take the backup's settings.")
    if not args.yes:
        if not sys.stdin.isatty():
            print("error: not a terminal, so not asking; add --yes to import", file=sys.stderr)
            return 1
        try:
            answer = input("Add these records? [y/N] " if total else "Take the settings? [y/N] ")
        except EOFError:
            answer = ""
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing changed.")
            return 1
    try:
        added = backup.restore(paths.database, loaded)
    except salvage.DamagedRecords:
        raise
    except (backup.BackupError, sqlite3.Error) as exc:
        print(f"error: could not add the records (nothing changed): {exc}", file=sys.stderr)
        return 1
    if total:
        print(f"Added {sum(added.values())} records.")
    if take and offered is not None:
        from spasm_desktop.storage import settings_store

        try:
            settings_store.save(paths.settings_file, offered)
        except OSError as exc:
            print(f"error: could not write the settings: {exc.strerror or exc}", file=sys.stderr)
            return 1
        print(f"Took the backup's settings ({paths.settings_file}).")
        if offered.start_at_login:
            # The login entry itself is made by the app when settings are applied there.
            print(
                "They start Spasm Desktop at login: to have that on this computer too, open "
                "Settings in the app and save them once."
            )
    return 0
