"""The programs that hold reminders back while they run (a video call or meeting is on): the
default list and how a typed list is cleaned. Part of the settings (``BusySettings``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

#: Programs that run while a video call or meeting is on (process names, matched without case
#: and without ".exe"). The list is the person's to edit.
DEFAULT_MEETING_APPS: tuple[str, ...] = (
    # Zoom on Windows and macOS: the meeting window's host process. It starts when you join a
    # meeting and ends when you leave, unlike Zoom itself, which often runs all day.
    "CptHost",
    # Zoom's media host for a call (virtual background, audio processing), also in the Linux
    # build (/opt/zoom/aomhost), where there is no CptHost; "aomhost64" is its Windows name.
    # Reported by meeting-detection tools as present only during a call.
    "aomhost",
    "aomhost64",
    # Webex Meetings (the classic meeting client on Windows): its meeting manager, started when
    # you join a meeting and gone when you leave.
    "atmgr",
    # GoTo Meeting on macOS: a helper that exists only while you are in a meeting.
    "GoTo Helper (Plugin)",
)
"""Process names that run only *during* a call, not whenever the app is open.

Left out on purpose: Microsoft Teams, Skype, Slack, Discord, Webex's newer app and Jitsi Meet run
one process whether or not you are in a call, so naming them would hold back every reminder all
day; OBS running does not mean recording. A person who wants any of them can add its name.
"""
MAX_MEETING_APPS = 50
MAX_APP_NAME = 80


def clean_app_names(names: Sequence[str]) -> tuple[str, ...]:
    """Return the usable names: trimmed, non-empty, short, without repeats, at most the limit."""
    seen: dict[str, str] = {}
    for name in names:
        item = name.strip()
        if item and len(item) <= MAX_APP_NAME and item.casefold() not in seen:
            seen[item.casefold()] = item
    return tuple(seen.values())[:MAX_MEETING_APPS]


def clean_meeting_apps(text: str) -> tuple[str, ...]:
    """Parse meeting apps typed as a comma- or line-separated list."""
    return clean_app_names(re.split(r"[,\n]", text))


def meeting_app_problems(text: str) -> tuple[str | None, bool]:
    """What :func:`clean_meeting_apps` would drop from ``text`` without a word: the first name
    longer than :data:`MAX_APP_NAME` (None if none), and whether more than
    :data:`MAX_MEETING_APPS` different programs (upper and lower case alike) are listed.
    """
    names = [name.strip() for name in text.replace(",", "\n").splitlines()]
    long_name = next((name for name in names if len(name) > MAX_APP_NAME), None)
    too_many = len({name.casefold() for name in names if name}) > MAX_MEETING_APPS
    return long_name, too_many
