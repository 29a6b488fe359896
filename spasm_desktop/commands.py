"""The command line's work: ``spasm-desktop <command>`` runners and the running app's answers.

The runners send their requests over the command channel (as a second launch does); in the
running app, :func:`answer` handles them. When the app is not running, the runners read and
write the files themselves. Nothing here imports the windows, so a command starts fast;
``export`` and ``import`` are in :mod:`spasm_desktop.data_commands` (``export pdf`` loads the
report).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6 import QtCore

from spasm_desktop import cli
from spasm_desktop.platform import instance
from spasm_desktop.storage import paths as paths_mod

if TYPE_CHECKING:
    from spasm_desktop.service import ReminderService
    from spasm_desktop.ui.relief.relief_windows import ReliefWindows
    from spasm_desktop.ui.reminders.reminder_presenter import ReminderPresenter
    from spasm_desktop.ui.routines.routine_launcher import Routines


class CommandTarget(Protocol):
    """What the command channel drives in the running app (:class:`Application`)."""

    @property
    def service(self) -> ReminderService:
        """The reminder service."""
        ...

    def show_today(self) -> None:
        """Open and raise the Today window."""
        ...

    def pause(self, minutes: int) -> None:
        """Pause reminders for ``minutes`` (0: until tomorrow)."""
        ...

    def set_dnd(self, minutes: int) -> None:
        """Do not disturb for ``minutes``."""
        ...

    @property
    def relief(self) -> ReliefWindows:
        """The relief panel and the Learn page (``relief.show_panel(area)``)."""
        ...

    @property
    def routines(self) -> Routines:
        """The stretch routines (``routines.show(id)`` opens one in the player)."""
        ...

    @property
    def reminders(self) -> ReminderPresenter:
        """The reminders on screen (``reminders.focus()`` gives the pop-up the keyboard)."""
        ...


def answer(target: CommandTarget, request: dict[str, Any]) -> dict[str, Any]:
    """Answer a later launch or a command-line call, in the running app."""
    command = request.get("cmd")
    if command == "ping":
        return {"ok": True}
    if command == "show":
        target.show_today()
        return {"ok": True}
    if command == "status":
        return {"ok": True, "status": target.service.status()}
    if command == "drink":
        ml = request.get("ml") or target.service.settings.water.glass_ml
        if not isinstance(ml, int) or not 1 <= ml <= cli.MAX_DRINK_ML:
            return {"ok": False, "error": "bad amount"}
        request_id = request.get("id", "")
        if not isinstance(request_id, str) or len(request_id) > MAX_REQUEST_ID:
            return {"ok": False, "error": "bad request id"}
        target.service.log_drink(ml, "cli", request_id)
        store = target.service.store
        held = store.holds_request(request_id) if request_id else store.pending_count > 0
        return {"ok": True, "ml": ml, "held": held, "status": target.service.status()}
    if command == "pause":
        minutes = request.get("minutes")
        if not isinstance(minutes, int) or not 0 <= minutes <= cli.MAX_PAUSE_MIN:
            return {"ok": False, "error": "bad duration"}
        target.pause(minutes)
        return {"ok": True, "status": target.service.status()}
    if command == "resume":
        return {"ok": True, "resumed": target.service.resume()}
    if command == "reminder":
        return {"ok": True, "focused": target.reminders.focus()}
    if command == "relief":
        area = request.get("area")
        if area is not None and not isinstance(area, str):
            return {"ok": False, "error": "bad area"}
        return {"ok": target.relief.show_panel(area)}
    if command == "routine":
        routine_id = request.get("id")
        if not isinstance(routine_id, str) or not target.routines.show(routine_id):
            return {"ok": False, "error": f"no routine {routine_id!r}"}
        return {"ok": True}
    if command == "dnd":
        minutes = request.get("minutes")
        if not isinstance(minutes, int) or not cli.DND_OFF <= minutes <= cli.MAX_PAUSE_MIN:
            return {"ok": False, "error": "bad duration"}
        if minutes == cli.DND_OFF:
            target.service.clear_dnd()
        else:
            target.set_dnd(minutes)
        return {"ok": True, "status": target.service.status()}
    return {"ok": False, "error": f"unknown command {command!r}"}


# The longest request id the app accepts (the command line sends 32 hex digits).
MAX_REQUEST_ID = 64


def _not_answered(delivery: instance.Delivery, paths: paths_mod.Paths) -> str | None:
    """What to say when a running app did not answer a request; None if no app runs."""
    if delivery is instance.Delivery.NO_ANSWER:
        return QtCore.QCoreApplication.translate(
            "Commands",
            "Spasm Desktop did not answer in time (it may be busy); your request was passed to "
            "it and is carried out when it is free.",
        )
    if instance.held_elsewhere(paths.instance_lock):
        return QtCore.QCoreApplication.translate(
            "Commands",
            "Spasm Desktop is running but not answering right now (it may be busy); nothing "
            "was changed. Try again in a moment.",
        )
    return None


def run_drink(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """``spasm-desktop drink [AMOUNT]``: through the running app, or straight into the records.

    The request carries an id. If the app does not answer in time (busy or paused), the drink
    is stored here under that id, and the app, when it gets to the request, finds the id stored
    and does not store it again (and the other way round).
    """
    import uuid

    from spasm_desktop.core.clock import SystemClock
    from spasm_desktop.platform.zone import local_zone
    from spasm_desktop.storage import records, settings_store

    request_id = uuid.uuid4().hex
    request = {"cmd": "drink", "ml": args.amount, "id": request_id}
    delivery, reply = instance.ask(paths.server_name, request)
    clock = SystemClock(local_zone())
    loaded = settings_store.load(paths.settings_file, clock.now(), write=False)
    unit = loaded.settings.unit
    if reply is not None and reply.get("ok"):
        amount = cli.volume(int(reply["ml"]), unit)
        if reply.get("held"):
            print(
                cli.tr(
                    "Logged %1: held by the running app; it will be saved when the database "
                    "is free."
                ).replace("%1", amount)
            )
        else:
            print(cli.tr("Logged %1.", "a drink").replace("%1", amount))
        return 0
    if reply is not None and not reply.get("starting"):
        print(f"error: {reply.get('error')}", file=sys.stderr)
        return 1
    # No app, or one that is starting, busy or paused: store it here, under the request's id.
    handed_over = delivery is instance.Delivery.NO_ANSWER
    store = records.RecordStore(paths.database, clock.now)
    ml = args.amount or loaded.settings.water.glass_ml
    store.add_drink(clock.now(), ml, "cli", request_id)
    saved = store.pending_count == 0
    store.close()
    amount = cli.volume(ml, unit)
    if saved and handed_over:
        print(
            cli.tr("Logged %1 (Spasm Desktop was busy; it will not log it a second time).").replace(
                "%1", amount
            )
        )
        return 0
    if saved:
        print(cli.tr("Logged %1.", "a drink").replace("%1", amount))
        return 0
    if handed_over:
        print(
            cli.tr(
                "Spasm Desktop is busy and the records are locked: your drink of %1 is held by "
                "the running app; it will be saved when the database is free."
            ).replace("%1", amount)
        )
        return 0
    print(
        cli.tr("error: could not write to the records database; nothing was saved"),
        file=sys.stderr,
    )
    return 1


def _dnd_text(status: dict[str, Any]) -> str:
    translate = QtCore.QCoreApplication.translate
    if not status.get("do_not_disturb"):
        return translate("Commands", "Do not disturb is off.")
    until = status.get("do_not_disturb_until")
    if until is None:
        return translate(
            "Commands", "Do not disturb is on until you turn it off (spasm-desktop dnd off)."
        )
    from spasm_desktop.platform.zone import local_zone

    when = cli._local(until, local_zone())
    return translate("Commands", "Do not disturb until %1.").replace("%1", when)


def run_command(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """Run a command-line command against the running app, or against the files.

    Damaged records are never changed here (the app salvages them): one line says so, exit 1.
    """
    from spasm_desktop.storage.salvage import DamagedRecords

    try:
        return _run_command(args, paths)
    except DamagedRecords as exc:
        print(damaged_line(exc.path, exc.reason, paths), file=sys.stderr)
        return 1


def damaged_line(path: Path, reason: str, paths: paths_mod.Paths) -> str:
    """The one line that says the records are damaged, that nothing changed, and what to do."""
    existing = QtCore.QCoreApplication.instance()
    if existing is None:
        cli.speak(QtCore.QCoreApplication(sys.argv[:1]), paths.settings_file)
    words = QtCore.QCoreApplication.translate(
        "Commands",
        "error: your records are damaged (%1). Nothing was done and the file was not changed. "
        "Start Spasm Desktop to recover what can still be read. The damaged file: %2",
    )
    return words.replace("%1", reason).replace("%2", str(path))


def _run_command(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    from spasm_desktop.core.clock import SystemClock
    from spasm_desktop.platform.zone import local_zone
    from spasm_desktop.scheduling.scheduler import ReminderScheduler
    from spasm_desktop.service import ReminderService
    from spasm_desktop.storage import records, settings_store

    if args.command in ("export", "import"):
        from spasm_desktop import data_commands

        if args.command == "export":
            return data_commands.run_export(args, paths)
        return data_commands.run_import(args, paths)
    if QtCore.QCoreApplication.instance() is None:
        cli.speak(QtCore.QCoreApplication(sys.argv[:1]), paths.settings_file)
    name = paths.server_name
    if args.command == "routine":
        return run_routine_command(args, paths)
    if args.command == "cramp":
        return log_cramp(args, paths)

    if args.command in ("pause", "resume", "dnd", "reminder"):
        request: dict[str, Any] = {"cmd": args.command}
        if args.command == "pause":
            request["minutes"] = args.duration
        if args.command == "dnd":
            request["minutes"] = args.state
        delivery, reply = instance.ask(name, request)
        if reply is None:
            busy = _not_answered(delivery, paths)
            if busy is not None:
                print(busy, file=sys.stderr)
                return 0 if delivery is instance.Delivery.NO_ANSWER else 1
            translate = QtCore.QCoreApplication.translate
            if args.command == "reminder":
                words = translate(
                    "Commands",
                    "Spasm Desktop is not running, so no reminder is open. Start it with: %1",
                )
            else:
                words = translate(
                    "Commands",
                    "Spasm Desktop is not running, so there is nothing to %1. Start it with: %2",
                    "%1 is the command typed: pause, resume or dnd",
                ).replace("%1", args.command)
            start = "spasm-desktop"
            print(words.replace("%2", start).replace("%1", start), file=sys.stderr)
            return 1
        if not reply.get("ok"):
            print(f"error: {reply.get('error')}", file=sys.stderr)
            return 1
        translate = QtCore.QCoreApplication.translate
        if args.command == "resume":
            if reply["resumed"]:
                print(translate("Commands", "Resumed."))
            else:
                print(translate("Commands", "Reminders were not paused."))
        elif args.command == "reminder":
            if reply["focused"]:
                print(translate("Commands", "The reminder has the keyboard."))
            else:
                print(translate("Commands", "No reminder is open."))
        elif args.command == "dnd":
            print(_dnd_text(reply["status"]))
        else:
            until = cli._local(reply["status"]["paused_until"], local_zone())
            print(translate("Commands", "Paused until %1.").replace("%1", until))
        return 0
    if args.command == "drink":
        return run_drink(args, paths)
    # status
    reply = instance.send(name, {"cmd": "status"})
    if reply is not None and not reply.get("ok"):
        print(f"error: {reply.get('error')}", file=sys.stderr)
        return 1
    if reply is not None:
        status = dict(reply["status"], running=True)
    else:
        # Read from the files; an app that holds the lock runs, even when too busy to answer.
        running = instance.held_elsewhere(paths.instance_lock) is True
        clock = SystemClock(local_zone())
        loaded = settings_store.load(paths.settings_file, clock.now(), write=False)
        store = records.RecordStore(paths.database, clock.now)
        service = ReminderService(clock, loaded.settings, store, ReminderScheduler())
        status = dict(service.status(), running=running)
        if running:
            status["answering"] = False
        store.close()
    if args.json:
        print(json.dumps(status, indent=2))
    else:
        print(cli.format_status(status, local_zone()))
    return 0


def log_cramp(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """``spasm-desktop cramp log``: record a cramp straight into the records database."""
    from spasm_desktop.core import episode as ep
    from spasm_desktop.core import schedule
    from spasm_desktop.platform.zone import local_zone
    from spasm_desktop.storage import records

    zone = local_zone()
    now = dt.datetime.now(dt.UTC)
    started = now
    yesterday = False
    if args.at is not None:
        day, time_of_day = args.at
        if day is None:  # a time alone: the last time the clock showed it (23:10: last night)
            started, yesterday = schedule.latest_at(now, time_of_day, zone)
        else:
            started = schedule.local_instant(day, time_of_day, zone)
        if started > now:
            print("error: --at is in the future", file=sys.stderr)
            return 2
    episode = ep.Episode(
        started=started,
        duration_s=args.duration,
        area=args.area,
        side=args.side,
        severity=args.severity,
        source="cli",
    )
    problems = ep.problems(episode)
    if problems:
        for field, expected in problems:
            print(f"error: --{field}: expected {expected}", file=sys.stderr)
        return 2
    store = records.RecordStore(paths.database, lambda: now)
    store.save_episode(episode)
    saved = store.pending_count == 0
    store.close()
    if not saved:
        print("error: could not write to the records database", file=sys.stderr)
        return 1
    when = started.astimezone(zone).strftime("%a %Y-%m-%d %H:%M")
    said = " (yesterday: that time has not come yet today)" if yesterday else ""
    print(f"Recorded a {args.area.replace('_', ' ')} cramp at {when}{said}.")
    return 0


def routine_id(routines: Mapping[str, Any], name: str) -> str | None:
    """The id of the routine called ``name``: its id, or its name as listed (any case, spaces
    around ignored); None if there is no such routine or the name is shared by several.
    """
    if name in routines:
        return name
    wanted = " ".join(name.split()).casefold()
    found = [rid for rid, r in routines.items() if " ".join(r.name.split()).casefold() == wanted]
    return found[0] if len(found) == 1 else None


def run_routine_command(args: argparse.Namespace, paths: paths_mod.Paths) -> int:
    """``spasm-desktop routine list|check FILE|start NAME``."""
    from spasm_desktop.core import routine as rt
    from spasm_desktop.core import routine_format
    from spasm_desktop.storage import routines, settings_store

    library = routines.load_library(paths.routines_dir)
    action = args.routine_command
    if action == "check":
        path = Path(args.file)
        problems = routines.check_file(path, library)
        for line in routines.describe_all(problems):
            print(line, file=sys.stderr)
        if problems:
            return 1
        raw, _ = routines.read_json(path, path.name)
        routine, _ = routine_format.parse_routine(raw, path.name, library.exercises)
        assert routine is not None
        length = rt.total_seconds(rt.timeline(routine, library.exercises))
        count = len(routine.steps)
        noun = "exercise" if count == 1 else "exercises"
        print(f"{path.name}: OK, {count} {noun}, {cli.format_duration(length)}")
        return 0
    if action == "list":
        hold = settings_store.load(
            paths.settings_file, dt.datetime.now(dt.UTC), write=False
        ).settings
        for routine in sorted(library.routines.values(), key=lambda r: (not r.builtin, r.id)):
            length = rt.total_seconds(rt.timeline(routine, library.exercises, hold.routines.hold_s))
            origin = "built-in" if routine.builtin else str(library.user_files[routine.id])
            print(
                f"{routine.id:24} {cli.format_duration(length):>12}  {routine.purpose.value:8}"
                f"  {routine.name} ({origin})"
            )
        if library.problems:
            print("\nFiles that could not be used:", file=sys.stderr)
            for line in routines.describe_all(library.problems):
                print(f"  {line}", file=sys.stderr)
        return 0
    wanted = routine_id(library.routines, args.name)
    if wanted is None:
        known = ", ".join(sorted(library.routines))
        print(f"error: no routine {args.name!r}; there are: {known}", file=sys.stderr)
        return 1
    delivery, reply = instance.ask(paths.server_name, {"cmd": "routine", "id": wanted})
    if reply is None:
        busy = _not_answered(delivery, paths)
        if busy is not None:
            print(busy, file=sys.stderr)
            return 0 if delivery is instance.Delivery.NO_ANSWER else 1
        print("Spasm Desktop is not running. Start it with: spasm-desktop", file=sys.stderr)
        return 1
    if not reply.get("ok"):
        print(f"error: {reply.get('error')}", file=sys.stderr)
        return 1
    print(f"Started {library.routines[wanted].name}.")
    return 0
