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
from typing import Any

# Both come from the system Python (Debian's packages), which has no stubs for them; the
# app's venv that mypy checks with does not have them at all.
import pyatspi  # type: ignore[import-not-found]
from gi.repository import GLib  # type: ignore[import-not-found]

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


def find_app(name: str) -> Any:
    """The application ``name`` on the accessibility bus (None: not there)."""
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is not None and app.name == name:
            return app
    return None


def node(acc: Any) -> dict[str, object]:
    """What a screen reader reads of the accessible ``acc``."""
    entry: dict[str, object] = {
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


def walk(acc: Any, out: list[dict[str, object]], depth: int = 0) -> None:
    """Append ``acc`` and everything under it to ``out``, depth first."""
    if acc is None or depth > 60 or len(out) > 5000:
        return
    out.append(node(acc))
    for child in acc:
        walk(child, out, depth + 1)


def tree(name: str) -> dict[str, object]:
    """Every node of the application ``name``, or the names of the applications there."""
    app = find_app(name)
    if app is None:
        return {"found": False, "apps": [a.name for a in pyatspi.Registry.getDesktop(0) if a]}
    nodes: list[dict[str, object]] = []
    walk(app, nodes)
    return {"found": True, "nodes": nodes}


def events(name: str, mark: str, seconds: float) -> None:
    """Print the events from the application ``name`` until ``mark`` is announced."""

    def heard(event: Any) -> None:
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

    def listening() -> bool:
        print("listening", flush=True)
        return False  # once

    GLib.idle_add(listening)
    pyatspi.Registry.start()


if __name__ == "__main__":
    if sys.argv[1] == "tree":
        print(json.dumps(tree(sys.argv[2])))
    else:
        events(sys.argv[2], sys.argv[3], float(sys.argv[4]))
