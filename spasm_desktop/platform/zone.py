"""The local time zone and the real clock that uses it.

Kept apart from the GUI so a command-line call (``spasm-desktop status``) can read the local time
without importing Qt widgets; :mod:`spasm_desktop.core.clock` stays pure stdlib.
"""

from __future__ import annotations

import datetime as dt

from spasm_desktop.core.clock import SystemClock


def local_zone() -> dt.tzinfo:
    """The local time zone by name (so DST changes are followed)."""
    import tzlocal

    zone: dt.tzinfo = tzlocal.get_localzone()
    return zone


def system_clock() -> SystemClock:
    """The real clock in the local time zone."""
    return SystemClock(local_zone())
