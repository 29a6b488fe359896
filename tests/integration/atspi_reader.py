"""What a screen reader finds of one application on the AT-SPI bus, for ``test_atspi.py``.

Runs in the SYSTEM Python (Debian's python3-pyatspi), not the app's venv:

    python3 atspi_reader.py tree APP_NAME          one JSON object: every node's role, name,
                                                   description and text, depth first
    python3 atspi_reader.py events APP_NAME MARK SECS
        prints "listening", then one JSON line per event from APP_NAME, until it hears the
        announcement MARK (or SECS seconds have passed)
"""

import json
import sys

import pyatspi
from gi.repository import GLib

#: The events a screen reader listens to for changes it may speak.
EVENTS = (
    "object:announcement",
    "object:text-changed",
    "object:property-change:accessible-name",
    "object:property-change:accessible-description",
    "object:property-change:accessible-value",
    "object:value-changed",
    "object:state-changed:showing",
    "object:children-changed",
)


def find_app(name):
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == name:
            return app
    return None


def node(acc):
    entry = {
        "role": acc.getRoleName(),
        "name": acc.name or "",
        "description": acc.description or "",
    }
    try:
        text = acc.queryText()
        entry["text"] = text.getText(0, text.characterCount)
    except NotImplementedError:
        pass
    states = acc.getState()
    entry["showing"] = states.contains(pyatspi.STATE_SHOWING)
    entry["focusable"] = states.contains(pyatspi.STATE_FOCUSABLE)
    return entry


def walk(acc, out, depth: int = 0) -> None:
    if acc is None or depth > 60 or len(out) > 5000:
        return
    out.append(node(acc))
    for child in acc:
        walk(child, out, depth + 1)


def tree(name):
    app = find_app(name)
    if app is None:
        return {"found": False, "apps": [a.name for a in pyatspi.Registry.getDesktop(0) if a]}
    nodes = []
    walk(app, nodes)
    return {"found": True, "nodes": nodes}


def events(name, mark, seconds) -> None:
    def heard(event) -> None:
        try:
            app = event.host_application
            if app is None or app.name != name:
                return
            source = event.source
            data = event.any_data
            print(
                json.dumps(
                    {
                        "type": str(event.type),
                        "detail1": event.detail1,
                        "detail2": event.detail2,
                        "any_data": data if isinstance(data, (str, int)) else "",
                        "role": source.getRoleName() if source is not None else "",
                        "name": (source.name or "") if source is not None else "",
                    }
                ),
                flush=True,
            )
            if data == mark:
                pyatspi.Registry.stop()
        except Exception as error:  # a vanished object: say so, keep listening
            print(json.dumps({"type": "error", "error": str(error)}), flush=True)

    for kind in EVENTS:
        pyatspi.Registry.registerEventListener(heard, kind)
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    GLib.idle_add(lambda: print("listening", flush=True) and False)
    pyatspi.Registry.start()


if __name__ == "__main__":
    if sys.argv[1] == "tree":
        print(json.dumps(tree(sys.argv[2])))
    else:
        events(sys.argv[2], sys.argv[3], float(sys.argv[4]))
