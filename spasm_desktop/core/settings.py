"""The person's settings: typed, frozen, validated, versioned.

``from_dict`` never raises: every value it cannot use is replaced by its default and reported as a
:class:`Problem`, so a broken or hand-edited file never stops start-up. ``validate`` checks a
settings object built elsewhere (the Settings dialog) and returns the same problems.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from spasm_desktop.core import units
from spasm_desktop.core.meeting_apps import (
    DEFAULT_MEETING_APPS,
    MAX_APP_NAME,
    MAX_MEETING_APPS,
    clean_app_names,
    clean_meeting_apps,
    meeting_app_problems,
)

__all__ = [  # the meeting-app names live in core/meeting_apps.py; callers find them here too
    "DEFAULT_MEETING_APPS",
    "MAX_APP_NAME",
    "MAX_MEETING_APPS",
    "clean_meeting_apps",
    "meeting_app_problems",
]

SCHEMA_VERSION = 3
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
#: Never prompt for more than about 1 L of water in an hour (CONTENT.md §3.3, hard cap).
MAX_PROMPTED_ML_PER_HOUR = 1000
MAX_RANGES_PER_DAY = 6

TimeRange = tuple[dt.time, dt.time]


class DeliveryMode(enum.Enum):
    """How a reminder reaches the person.

    AUTO (the default) is one channel: a desktop notification with the reminder's buttons where
    the notification server shows buttons, otherwise the pop-up alone.
    """

    AUTO = "auto"
    BOTH = "both"
    NOTIFICATION = "notification"
    POPUP = "popup"


#: The daily goal every settings file of schema version 1 had unless the person changed it. A
#: version-1 file without a goal keeps it (see :func:`_v1_to_v2`); new settings have none.
V1_DEFAULT_GOAL_ML = 2000


@dataclasses.dataclass(frozen=True)
class WaterSettings:
    """Drink reminders, the person's own daily goal and a clinician-set fluid limit.

    CONTENT.md §7a and §3.3: a fluid limit is a ceiling, never a target. With one, water is
    log-only: no drink reminders, no daily goal, no hot-day increase (:attr:`log_only`). No goal is
    forced on anyone either: ``goal_ml`` is None ("not set") until the person picks one (§3.2).
    """

    enabled: bool = True
    interval_min: int = 60
    glass_ml: int = 250
    #: The person's daily goal; None: not set (reminders come at the interval all day).
    goal_ml: int | None = None
    taper_min: int = 120  # CONTENT §3.2: quiet in the last 2 hours before bedtime (tips, Learn)
    fluid_limit_ml: int | None = None

    @property
    def log_only(self) -> bool:
        """Whether a clinician-set fluid limit makes water log-only (no drink reminders)."""
        return self.fluid_limit_ml is not None

    @property
    def reminds(self) -> bool:
        """Whether drink reminders come at all (switched on, and no fluid limit)."""
        return self.enabled and not self.log_only

    @property
    def daily_goal_ml(self) -> int | None:
        """The goal water is counted toward: none with a fluid limit, else the person's own.

        A kept goal stays in the settings while a limit is set, so that it comes back if the
        limit is taken off; it is never shown or used meanwhile.
        """
        return None if self.log_only else self.goal_ml


@dataclasses.dataclass(frozen=True)
class StretchSettings:
    """Desk-stretch reminders."""

    enabled: bool = True
    interval_min: int = 60


@dataclasses.dataclass(frozen=True)
class MoveSettings:
    """Get-up reminders after sitting."""

    enabled: bool = True
    interval_min: int = 30
    #: Away from the computer at least this long is a break: the sitting timer starts again.
    break_min: int = 5


@dataclasses.dataclass(frozen=True)
class BedtimeSettings:
    """The evening reminder for the pre-sleep routine."""

    enabled: bool = True
    bedtime: dt.time = dt.time(22, 30)
    lead_min: int = 15
    days: frozenset[int] = frozenset(range(7))
    #: The morning check-in, "How was last night?" (core/nights.py). None: never chosen, which
    #: is off; the welcome turns it on for people whose night cramps wake them.
    checkin: bool | None = None

    @property
    def checkin_on(self) -> bool:
        """Whether the morning check-in asks (a missing choice is off)."""
        return bool(self.checkin)


@dataclasses.dataclass(frozen=True)
class DeliverySettings:
    """Notifications, pop-ups and sound."""

    mode: DeliveryMode = DeliveryMode.AUTO
    sound: bool = False
    popup_seconds: int = 120
    #: One short tip under each reminder in the pop-up.
    tips: bool = True


@dataclasses.dataclass(frozen=True)
class BusySettings:
    """When reminders wait (do not disturb), besides the tray's own switch."""

    #: The desktop's own do-not-disturb or presentation mode.
    system_dnd: bool = True
    #: A full-screen window is in front (a presentation, a video, a game).
    fullscreen: bool = True
    #: One of these programs is running.
    meeting_apps: tuple[str, ...] = DEFAULT_MEETING_APPS


@dataclasses.dataclass(frozen=True)
class RoutineSettings:
    """The guided stretch routines."""

    #: Every held stretch lasts at least this long (0: as each routine says; 30 or 45 s).
    hold_s: int = 0
    #: The routine the bedtime reminder opens, and the one the stretch reminder opens.
    bedtime: str = "bedtime-core"
    desk: str = "desk-break"
    #: A short sound at every phase change; spoken cues ("Hold", "Relax").
    sound: bool = True
    voice: bool = False


@dataclasses.dataclass(frozen=True)
class PersonSettings:
    """What the person told the app about themselves that changes its safety advice.

    CONTENT.md §7a: pregnancy brings the pain-reliever, belly and stretching cautions to the
    relief panel and the stretch player; balance problems make the seated version of every
    standing stretch the default.
    """

    pregnant: bool = False
    #: Balance problems, or not steady on their feet: seated stretches by default.
    balance: bool = False


HOLD_CHOICES = (0, 30, 45)
_ROUTINE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")


def _default_active_hours() -> tuple[tuple[TimeRange, ...], ...]:
    workday: tuple[TimeRange, ...] = ((dt.time(9, 0), dt.time(18, 0)),)
    return (workday,) * 5 + ((), ())


@dataclasses.dataclass(frozen=True)
class Settings:
    """All settings. ``active_hours[weekday]`` (Monday = 0) lists local time ranges.

    A range whose end is not after its start runs across midnight into the next day.
    An empty list makes that weekday a day off for water, stretch and move reminders.
    """

    active_hours: tuple[tuple[TimeRange, ...], ...] = dataclasses.field(
        default_factory=_default_active_hours
    )
    water: WaterSettings = WaterSettings()
    stretch: StretchSettings = StretchSettings()
    move: MoveSettings = MoveSettings()
    bedtime: BedtimeSettings = BedtimeSettings()
    delivery: DeliverySettings = DeliverySettings()
    busy: BusySettings = BusySettings()
    routines: RoutineSettings = RoutineSettings()
    person: PersonSettings = PersonSettings()
    unit: units.VolumeUnit = units.VolumeUnit.ML
    start_at_login: bool = False
    #: The app's own text size, percent of the system's (one of :data:`TEXT_SIZES`).
    text_size: int = 100
    #: The language the app speaks: a shipped language's code ("de"), or "" for the system's.
    language: str = ""


#: A language code as the translations are named: ``de``, ``pt_BR``.
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")


def is_default(settings: Settings) -> bool:
    """Whether ``settings`` are those of a fresh installation. The unit a fresh file gets
    follows the locale (fl oz in the US, ml elsewhere), so either unit is a default.
    """
    return dataclasses.replace(settings, unit=Settings().unit) == Settings()


class ProblemCode(enum.Enum):
    """Why a value was refused."""

    NOT_AN_OBJECT = "not_an_object"
    WRONG_TYPE = "wrong_type"
    OUT_OF_RANGE = "out_of_range"
    BAD_TIME = "bad_time"
    EMPTY_RANGE = "empty_range"
    TOO_MANY_RANGES = "too_many_ranges"
    UNKNOWN_KEY = "unknown_key"
    TOO_MUCH_WATER_PER_HOUR = "too_much_water_per_hour"
    NEWER_VERSION = "newer_version"


@dataclasses.dataclass(frozen=True)
class Problem:
    """One value that could not be used. ``field`` is a dotted path such as ``water.glass_ml``."""

    field: str
    code: ProblemCode
    low: int | None = None
    high: int | None = None

    def describe(self) -> str:
        """Return an English description for the log (the UI translates ``code`` itself)."""
        text = f"{self.field}: {self.code.value}"
        if self.low is not None:
            text += f" (allowed {self.low}..{self.high})"
        return text


#: (field, low, high) for every integer setting; the dialog uses the same bounds.
INT_BOUNDS: dict[str, tuple[int, int]] = {
    "water.interval_min": (15, 240),
    "water.glass_ml": (50, 1000),
    "water.goal_ml": (250, 6000),
    "water.taper_min": (0, 240),
    "water.fluid_limit_ml": (250, 5000),
    "stretch.interval_min": (15, 240),
    "move.interval_min": (10, 120),
    "move.break_min": (1, 60),
    "bedtime.lead_min": (0, 120),
    "delivery.popup_seconds": (15, 900),
}

#: The text sizes offered, percent of the system's font.
TEXT_SIZES = (100, 125, 150, 175, 200)

_TIME_RE = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)$")


def parse_time(text: str) -> dt.time | None:
    """Parse ``HH:MM`` (24 h); return None if it is not a valid time."""
    match = _TIME_RE.match(text.strip())
    if not match:
        return None
    return dt.time(int(match.group(1)), int(match.group(2)))


def format_time(value: dt.time) -> str:
    """Format a time as ``HH:MM`` for the settings file."""
    return f"{value.hour:02d}:{value.minute:02d}"


def hourly_water_ml(water: WaterSettings) -> float:
    """Return how much water the reminders prompt for in one hour at most."""
    return water.glass_ml * 60 / water.interval_min


def validate(settings: Settings) -> list[Problem]:
    """Return every problem in ``settings`` (empty when it can be saved)."""
    problems: list[Problem] = []
    for field, (low, high) in INT_BOUNDS.items():
        section, name = field.split(".")
        value = getattr(getattr(settings, section), name)
        if value is not None and not low <= value <= high:
            problems.append(Problem(field, ProblemCode.OUT_OF_RANGE, low, high))
    if hourly_water_ml(settings.water) > MAX_PROMPTED_ML_PER_HOUR:
        problems.append(Problem("water.glass_ml", ProblemCode.TOO_MUCH_WATER_PER_HOUR))
    for day, ranges in enumerate(settings.active_hours):
        field = f"active_hours.{WEEKDAYS[day]}"
        if len(ranges) > MAX_RANGES_PER_DAY:
            problems.append(Problem(field, ProblemCode.TOO_MANY_RANGES, 0, MAX_RANGES_PER_DAY))
        if any(start == end for start, end in ranges):
            problems.append(Problem(field, ProblemCode.EMPTY_RANGE))
    if not settings.bedtime.days <= frozenset(range(7)):
        problems.append(Problem("bedtime.days", ProblemCode.OUT_OF_RANGE, 0, 6))
    if settings.routines.hold_s not in HOLD_CHOICES:
        problems.append(Problem("routines.hold_s", ProblemCode.OUT_OF_RANGE, 0, 45))
    if settings.text_size not in TEXT_SIZES:
        problems.append(Problem("text_size", ProblemCode.OUT_OF_RANGE, 100, 200))
    if clean_app_names(settings.busy.meeting_apps) != settings.busy.meeting_apps:
        problems.append(Problem("busy.meeting_apps", ProblemCode.WRONG_TYPE))
    return problems


# --- reading and writing the file format ---------------------------------------------------


def to_dict(settings: Settings) -> dict[str, Any]:
    """Return the JSON-ready form of ``settings``, with its schema version."""
    return {
        "schema_version": SCHEMA_VERSION,
        "active_hours": {
            WEEKDAYS[day]: [[format_time(s), format_time(e)] for s, e in ranges]
            for day, ranges in enumerate(settings.active_hours)
        },
        "water": dataclasses.asdict(settings.water),
        "stretch": dataclasses.asdict(settings.stretch),
        "move": dataclasses.asdict(settings.move),
        "busy": {
            "system_dnd": settings.busy.system_dnd,
            "fullscreen": settings.busy.fullscreen,
            "meeting_apps": list(settings.busy.meeting_apps),
        },
        "bedtime": {
            "enabled": settings.bedtime.enabled,
            "bedtime": format_time(settings.bedtime.bedtime),
            "lead_min": settings.bedtime.lead_min,
            "days": [WEEKDAYS[d] for d in sorted(settings.bedtime.days)],
            # written once chosen: a missing key is the derived default
            **({} if settings.bedtime.checkin is None else {"checkin": settings.bedtime.checkin}),
        },
        "delivery": {
            "mode": settings.delivery.mode.value,
            "sound": settings.delivery.sound,
            "popup_seconds": settings.delivery.popup_seconds,
            "tips": settings.delivery.tips,
        },
        "routines": dataclasses.asdict(settings.routines),
        "person": dataclasses.asdict(settings.person),
        "unit": settings.unit.value,
        "start_at_login": settings.start_at_login,
        "text_size": settings.text_size,
        "language": settings.language,
    }


def _v1_to_v2(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 2 has no default water goal: a version-1 file keeps the goal it had.

    Version 1 read a missing (or null) ``water.goal_ml`` as 2000 ml, so such a file gets 2000
    written in; nobody's goal silently disappears. Anything that is not a water object is left
    for the reader to report.
    """
    water = raw.get("water", {})
    if not isinstance(water, dict) or water.get("goal_ml") is not None:
        return {**raw, "schema_version": 2}
    return {**raw, "schema_version": 2, "water": {**water, "goal_ml": V1_DEFAULT_GOAL_ML}}


def _v2_to_v3(raw: dict[str, Any]) -> dict[str, Any]:
    """Version 3 shows reminders on one channel by default ("auto"): the old default becomes it.

    Version 2's default was "both" (pop-up and notification), and every file it wrote holds the
    mode, so a stored "both" cannot be told from a choice: it is taken as the old default, as is
    a missing mode. "popup" and "notification" were never the default: those stay. Anything else
    is left for the reader to report.
    """
    delivery = raw.get("delivery", {})
    if not isinstance(delivery, dict) or delivery.get("mode", "both") != "both":
        return {**raw, "schema_version": 3}
    return {**raw, "schema_version": 3, "delivery": {**delivery, "mode": "auto"}}


#: Pure ``dict -> dict`` steps: MIGRATIONS[n] turns a version-n file into version n + 1.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _v1_to_v2, 2: _v2_to_v3}


def migrate(raw: dict[str, Any]) -> tuple[dict[str, Any], list[Problem]]:
    """Bring a parsed file up to :data:`SCHEMA_VERSION`.

    A file without a version is taken as the current version. A file from a newer release is
    read as far as it is understood, and reported so that the app keeps a copy of it.
    """
    version = raw.get("schema_version", SCHEMA_VERSION)
    if not isinstance(version, int) or isinstance(version, bool) or version < 0:
        return raw, [Problem("schema_version", ProblemCode.WRONG_TYPE)]
    if version > SCHEMA_VERSION:
        return raw, [Problem("schema_version", ProblemCode.NEWER_VERSION)]
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:  # a version that never existed: read it as the current one
            return raw, [Problem("schema_version", ProblemCode.WRONG_TYPE)]
        raw = step(raw)
        version += 1
    return raw, []


class _Reader:
    """Reads one section of a parsed file, collecting problems instead of raising."""

    def __init__(self, raw: Any, path: str, problems: list[Problem]) -> None:
        self.path = path
        self.problems = problems
        if isinstance(raw, Mapping):
            self.raw: Mapping[str, Any] = raw
        else:
            self.raw = {}
            if raw is not None:
                problems.append(Problem(path, ProblemCode.NOT_AN_OBJECT))

    def _bad(self, name: str, code: ProblemCode, bounds: tuple[int, int] | None = None) -> None:
        low, high = bounds if bounds else (None, None)
        self.problems.append(Problem(f"{self.path}.{name}", code, low, high))

    def check_keys(self, known: Sequence[str]) -> None:
        for key in self.raw:
            if key not in known:
                self._bad(key, ProblemCode.UNKNOWN_KEY)

    def boolean(self, name: str, default: bool) -> bool:
        value = self.raw.get(name, default)
        if isinstance(value, bool):
            return value
        self._bad(name, ProblemCode.WRONG_TYPE)
        return default

    def integer(self, name: str, default: int) -> int:
        value = self.raw.get(name, default)
        bounds = INT_BOUNDS[f"{self.path}.{name}"]
        if not isinstance(value, int) or isinstance(value, bool):
            self._bad(name, ProblemCode.WRONG_TYPE, bounds)
            return default
        if not bounds[0] <= value <= bounds[1]:
            self._bad(name, ProblemCode.OUT_OF_RANGE, bounds)
            return default
        return value

    def optional_integer(self, name: str, *, unusable_is_none: bool = False) -> int | None:
        """An integer that may be absent (None); an unusable one is reported.

        By default an unusable value becomes the lowest allowed one, never None: for a fluid
        limit that is the safe side for someone whose clinician set one. With
        ``unusable_is_none`` it becomes None (a daily goal: not set).
        """
        if self.raw.get(name) is None:
            return None
        if unusable_is_none:
            problems = len(self.problems)
            value = self.integer(name, 0)
            return None if len(self.problems) > problems else value
        return self.integer(name, INT_BOUNDS[f"{self.path}.{name}"][0])

    def time(self, name: str, default: dt.time) -> dt.time:
        value = self.raw.get(name)
        if value is None:
            return default
        parsed = parse_time(value) if isinstance(value, str) else None
        if parsed is None:
            self._bad(name, ProblemCode.BAD_TIME)
            return default
        return parsed

    def choice(self, name: str, enum_type: type[Any], default: Any) -> Any:
        value = self.raw.get(name, default.value)
        try:
            return enum_type(value)
        except ValueError:
            self._bad(name, ProblemCode.WRONG_TYPE)
            return default


def _read_ranges(raw: Any, field: str, problems: list[Problem]) -> tuple[TimeRange, ...] | None:
    if not isinstance(raw, list):
        problems.append(Problem(field, ProblemCode.WRONG_TYPE))
        return None
    ranges: list[TimeRange] = []
    for item in raw:
        pair = item if isinstance(item, list) and len(item) == 2 else None
        times = [parse_time(t) if isinstance(t, str) else None for t in pair or []]
        if pair is None or None in times:
            problems.append(Problem(field, ProblemCode.BAD_TIME))
            return None
        start, end = times
        assert start is not None
        assert end is not None
        if start == end:
            problems.append(Problem(field, ProblemCode.EMPTY_RANGE))
            return None
        ranges.append((start, end))
    if len(ranges) > MAX_RANGES_PER_DAY:
        problems.append(Problem(field, ProblemCode.TOO_MANY_RANGES, 0, MAX_RANGES_PER_DAY))
        return None
    return tuple(ranges)


def from_dict(
    raw: Any, unit: units.VolumeUnit = units.VolumeUnit.ML
) -> tuple[Settings, list[Problem]]:
    """Build settings from a parsed file. Bad values become defaults and are reported.

    ``unit`` is the volume unit where the file names none (the locale's: the caller knows it).
    """
    defaults = Settings(unit=unit)
    if not isinstance(raw, dict):
        return defaults, [Problem("", ProblemCode.NOT_AN_OBJECT)]
    raw, problems = migrate(raw)
    known_top = [
        *("schema_version", "active_hours", "water", "stretch", "move", "bedtime"),
        *("delivery", "busy", "routines", "person", "unit", "start_at_login", "text_size"),
        "language",
    ]
    for key in raw:
        if key not in known_top:
            problems.append(Problem(key, ProblemCode.UNKNOWN_KEY))

    hours = list(defaults.active_hours)
    hours_raw = _Reader(raw.get("active_hours"), "active_hours", problems)
    hours_raw.check_keys(WEEKDAYS)
    for day, name in enumerate(WEEKDAYS):
        if name in hours_raw.raw:
            parsed = _read_ranges(hours_raw.raw[name], f"active_hours.{name}", problems)
            if parsed is not None:
                hours[day] = parsed

    w = _Reader(raw.get("water"), "water", problems)
    w.check_keys([f.name for f in dataclasses.fields(WaterSettings)])
    water = WaterSettings(
        enabled=w.boolean("enabled", defaults.water.enabled),
        interval_min=w.integer("interval_min", defaults.water.interval_min),
        glass_ml=w.integer("glass_ml", defaults.water.glass_ml),
        goal_ml=w.optional_integer("goal_ml", unusable_is_none=True),
        taper_min=w.integer("taper_min", defaults.water.taper_min),
        fluid_limit_ml=w.optional_integer("fluid_limit_ml"),
    )
    if hourly_water_ml(water) > MAX_PROMPTED_ML_PER_HOUR:
        problems.append(Problem("water.glass_ml", ProblemCode.TOO_MUCH_WATER_PER_HOUR))
        water = dataclasses.replace(
            water, glass_ml=defaults.water.glass_ml, interval_min=defaults.water.interval_min
        )

    s = _Reader(raw.get("stretch"), "stretch", problems)
    s.check_keys(["enabled", "interval_min"])
    stretch = StretchSettings(
        s.boolean("enabled", True), s.integer("interval_min", defaults.stretch.interval_min)
    )
    m = _Reader(raw.get("move"), "move", problems)
    m.check_keys(["enabled", "interval_min", "break_min"])
    move = MoveSettings(
        m.boolean("enabled", True),
        m.integer("interval_min", defaults.move.interval_min),
        m.integer("break_min", defaults.move.break_min),
    )

    q = _Reader(raw.get("busy"), "busy", problems)
    q.check_keys(["system_dnd", "fullscreen", "meeting_apps"])
    apps = defaults.busy.meeting_apps
    if "meeting_apps" in q.raw:
        value = q.raw["meeting_apps"]
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            apps = clean_app_names(value)
            if apps != tuple(value):
                problems.append(Problem("busy.meeting_apps", ProblemCode.WRONG_TYPE))
        else:
            problems.append(Problem("busy.meeting_apps", ProblemCode.WRONG_TYPE))
    busy = BusySettings(
        system_dnd=q.boolean("system_dnd", defaults.busy.system_dnd),
        fullscreen=q.boolean("fullscreen", defaults.busy.fullscreen),
        meeting_apps=apps,
    )

    b = _Reader(raw.get("bedtime"), "bedtime", problems)
    b.check_keys(["enabled", "bedtime", "lead_min", "days", "checkin"])
    days = defaults.bedtime.days
    if "days" in b.raw:
        value = b.raw["days"]
        if isinstance(value, list) and all(d in WEEKDAYS for d in value):
            days = frozenset(WEEKDAYS.index(d) for d in value)
        else:
            problems.append(Problem("bedtime.days", ProblemCode.WRONG_TYPE))
    bedtime = BedtimeSettings(
        enabled=b.boolean("enabled", True),
        bedtime=b.time("bedtime", defaults.bedtime.bedtime),
        lead_min=b.integer("lead_min", defaults.bedtime.lead_min),
        days=days,
        checkin=b.boolean("checkin", False) if "checkin" in b.raw else None,
    )

    d = _Reader(raw.get("delivery"), "delivery", problems)
    d.check_keys(["mode", "sound", "popup_seconds", "tips"])
    delivery = DeliverySettings(
        mode=d.choice("mode", DeliveryMode, defaults.delivery.mode),
        sound=d.boolean("sound", defaults.delivery.sound),
        popup_seconds=d.integer("popup_seconds", defaults.delivery.popup_seconds),
        tips=d.boolean("tips", defaults.delivery.tips),
    )

    r = _Reader(raw.get("routines"), "routines", problems)
    r.check_keys([f.name for f in dataclasses.fields(RoutineSettings)])
    hold = r.raw.get("hold_s", defaults.routines.hold_s)
    if hold not in HOLD_CHOICES or isinstance(hold, bool):
        problems.append(Problem("routines.hold_s", ProblemCode.OUT_OF_RANGE, 0, 45))
        hold = defaults.routines.hold_s
    chosen = {}
    for name in ("bedtime", "desk"):
        value = r.raw.get(name, getattr(defaults.routines, name))
        if not isinstance(value, str) or not _ROUTINE_ID.match(value):
            problems.append(Problem(f"routines.{name}", ProblemCode.WRONG_TYPE))
            value = getattr(defaults.routines, name)
        chosen[name] = value
    routine_settings = RoutineSettings(
        hold_s=hold,
        bedtime=chosen["bedtime"],
        desk=chosen["desk"],
        sound=r.boolean("sound", defaults.routines.sound),
        voice=r.boolean("voice", defaults.routines.voice),
    )

    p = _Reader(raw.get("person"), "person", problems)
    p.check_keys([f.name for f in dataclasses.fields(PersonSettings)])
    person = PersonSettings(
        pregnant=p.boolean("pregnant", defaults.person.pregnant),
        balance=p.boolean("balance", defaults.person.balance),
    )

    unit = defaults.unit
    if "unit" in raw:
        try:
            unit = units.VolumeUnit(raw["unit"])
        except ValueError:
            problems.append(Problem("unit", ProblemCode.WRONG_TYPE))
    start_at_login = raw.get("start_at_login", defaults.start_at_login)
    if not isinstance(start_at_login, bool):
        problems.append(Problem("start_at_login", ProblemCode.WRONG_TYPE))
        start_at_login = defaults.start_at_login
    text_size = raw.get("text_size", defaults.text_size)
    if type(text_size) is not int or text_size not in TEXT_SIZES:
        problems.append(Problem("text_size", ProblemCode.OUT_OF_RANGE, 100, 200))
        text_size = defaults.text_size
    language = raw.get("language", defaults.language)
    if not isinstance(language, str) or (language and not LANGUAGE_CODE.match(language)):
        problems.append(Problem("language", ProblemCode.WRONG_TYPE))
        language = defaults.language

    settings = Settings(
        active_hours=tuple(hours),
        water=water,
        stretch=stretch,
        move=move,
        bedtime=bedtime,
        delivery=delivery,
        busy=busy,
        routines=routine_settings,
        person=person,
        unit=unit,
        start_at_login=start_at_login,
        text_size=text_size,
        language=language,
    )
    return settings, problems
