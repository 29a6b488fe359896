r"""Start Spasm Desktop at login.

One adapter per platform, all behind the :class:`Autostart` protocol:

* :class:`XdgAutostart` writes ``$XDG_CONFIG_HOME/autostart/org.spasmdesktop.SpasmDesktop.desktop``
  (Linux, BSD), named like the menu entry so the desktop knows the two are one app; the entry of
  earlier versions, ``spasm-desktop.desktop``, still counts and is replaced when written.
* :class:`WindowsAutostart` sets the ``SpasmDesktop`` value under
  ``HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run``.
* :class:`MacAutostart` writes ``~/Library/LaunchAgents/org.spasmdesktop.app.plist``.

The file and value contents come from pure functions (:func:`desktop_entry`, :func:`run_value`,
:func:`launch_agent`) so they can be tested anywhere. :func:`for_platform` picks the adapter and
:func:`launch_command` works out how to start the app. Errors (:class:`OSError`) propagate: the
caller shows them to the user.

Example:
    >>> autostart = for_platform(
    ...     sys.platform,
    ...     home=Path.home(),
    ...     config_home=Path.home() / ".config",
    ...     command=launch_command(getattr(sys, "frozen", False), sys.executable),
    ... )
    >>> autostart.enable()  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import plistlib
import subprocess
import sys
from pathlib import Path
from typing import Protocol

from spasm_desktop import fileutil

APP_ID = "org.spasmdesktop.SpasmDesktop"
DESKTOP_FILE_NAME = f"{APP_ID}.desktop"
#: Names the autostart entry had before; read as the current one, removed when it is written.
OLD_DESKTOP_FILE_NAMES = ("spasm-desktop.desktop",)
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE_NAME = "SpasmDesktop"
LAUNCH_AGENT_LABEL = "org.spasmdesktop.app"
SCRIPT_NAMES = ("spasm-desktop.exe", "spasm-desktop")

_NOT_WINDOWS = "the Windows registry is only available on Windows"

# Characters that force an Exec argument into double quotes (Desktop Entry spec, "The Exec key").
_EXEC_RESERVED = frozenset(" \t\n\"'\\><~|&;$*?#()`")
# Characters escaped with a backslash inside a double-quoted Exec argument.
_EXEC_ESCAPED = frozenset('"`$\\')


class Autostart(Protocol):
    """Turns "start at login" on and off for the current user."""

    @property
    def description(self) -> str:
        """Where the setting lives, in English, for the log."""
        ...

    def is_enabled(self) -> bool:
        """Return whether the app starts at login."""
        ...

    def enable(self) -> None:
        """Start the app at login (overwrites an existing entry)."""
        ...

    def disable(self) -> None:
        """Stop starting the app at login; nothing happens if it was not enabled."""
        ...


# --- XDG (Linux, BSD) ------------------------------------------------------------------------


def _exec_argument(argument: str) -> str:
    """Quote one argument for the Exec key, before the string-value escaping."""
    argument = argument.replace("%", "%%")  # a literal % is %% (field codes start with %)
    if argument and not _EXEC_RESERVED.intersection(argument):
        return argument
    escaped = "".join("\\" + char if char in _EXEC_ESCAPED else char for char in argument)
    return f'"{escaped}"'


def _escape_string_value(value: str) -> str:
    """Apply the escapes of the Desktop Entry ``string`` type (after the Exec quoting)."""
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
    )


def exec_line(command: list[str]) -> str:
    r"""Return the value of the Exec key that runs ``command``.

    Arguments with reserved characters (space, quotes, ``$``, backslash, ...) are put in double
    quotes with double quote, backtick, dollar and backslash escaped by a backslash; then every
    backslash is doubled as the string type requires (so a literal ``$`` in a quoted argument is
    written ``\\$``, as the spec says). A literal ``%`` is written ``%%``.

    Raises:
        ValueError: If ``command`` is empty.
    """
    if not command:
        raise ValueError("the autostart command is empty")
    return _escape_string_value(" ".join(_exec_argument(argument) for argument in command))


def desktop_entry(command: list[str]) -> str:
    """Return the content of the autostart ``.desktop`` file that runs ``command``.

    Raises:
        ValueError: If ``command`` is empty.
    """
    lines = [
        "[Desktop Entry]",
        "Type=Application",
        "Name=Spasm Desktop",
        "Comment=Reminds you to drink, stretch, move and go to bed on time",
        f"Exec={exec_line(command)}",
        f"Icon={APP_ID}",  # the hicolor icon the packages install
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "Categories=Utility;",
    ]
    return "\n".join(lines) + "\n"


def _is_hidden(content: str) -> bool:
    """Return whether a desktop entry says ``Hidden=true`` (the user deleted it)."""
    for line in content.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip() == "Hidden" and value.strip() == "true":
            return True
    return False


class XdgAutostart:
    """An entry in the XDG autostart folder (freedesktop.org Desktop Application Autostart)."""

    def __init__(self, config_home: Path, command: list[str]) -> None:
        """Create the adapter.

        Args:
            config_home: ``$XDG_CONFIG_HOME``, usually ``~/.config``.
            command: The program and its arguments to run at login.
        """
        self.path = config_home / "autostart" / DESKTOP_FILE_NAME
        self.old_paths = [config_home / "autostart" / name for name in OLD_DESKTOP_FILE_NAMES]
        self.command = list(command)

    @property
    def description(self) -> str:
        """Where the setting lives, for the log."""
        return f"XDG autostart entry {self.path}"

    def is_enabled(self) -> bool:
        """Return whether the entry (or an entry under an old name) exists and is not hidden."""
        for path in (self.path, *self.old_paths):
            try:
                content = path.read_text(encoding="utf-8", errors="replace")
            except FileNotFoundError:
                continue
            if not _is_hidden(content):
                return True
        return False

    def enable(self) -> None:
        """Write the entry (atomically), then remove any entry under an old name."""
        fileutil.write_atomic(self.path, desktop_entry(self.command).encode("utf-8"), 0o644)
        for path in self.old_paths:
            path.unlink(missing_ok=True)

    def disable(self) -> None:
        """Remove the entry and any entry under an old name, if any."""
        for path in (self.path, *self.old_paths):
            path.unlink(missing_ok=True)


# --- Windows --------------------------------------------------------------------------------


class RegistryLike(Protocol):
    """String values of one registry key (the ``Run`` key of the current user)."""

    def get(self, name: str) -> str | None:
        """Return the value ``name``, or ``None`` if it does not exist."""
        ...

    def set(self, name: str, value: str) -> None:
        """Create or replace the value ``name`` (``REG_SZ``)."""
        ...

    def delete(self, name: str) -> None:
        """Delete the value ``name``; nothing happens if it does not exist."""
        ...


class WinRegRunKey:
    r""":class:`RegistryLike` over ``HKEY_CURRENT_USER\...\CurrentVersion\Run`` via winreg."""

    def __init__(self, key: str = RUN_KEY) -> None:
        """Use the key ``key`` under ``HKEY_CURRENT_USER``."""
        self.key = key

    def get(self, name: str) -> str | None:
        """Return the value ``name``, or ``None`` if it (or the key) does not exist."""
        if sys.platform == "win32":
            import winreg

            try:
                with winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key) as handle:
                    value, _kind = winreg.QueryValueEx(handle, name)
            except FileNotFoundError:
                return None
            return value if isinstance(value, str) else None
        else:
            raise OSError(_NOT_WINDOWS)

    def set(self, name: str, value: str) -> None:
        """Create or replace the value ``name`` (creating the key if needed)."""
        if sys.platform == "win32":
            import winreg

            access = winreg.KEY_SET_VALUE
            with winreg.CreateKeyEx(winreg.HKEY_CURRENT_USER, self.key, 0, access) as handle:
                winreg.SetValueEx(handle, name, 0, winreg.REG_SZ, value)
        else:
            raise OSError(_NOT_WINDOWS)

    def delete(self, name: str) -> None:
        """Delete the value ``name``; nothing happens if it (or the key) does not exist."""
        if sys.platform == "win32":
            import winreg

            access = winreg.KEY_SET_VALUE
            with (
                contextlib.suppress(FileNotFoundError),  # already gone
                winreg.OpenKey(winreg.HKEY_CURRENT_USER, self.key, 0, access) as handle,
            ):
                winreg.DeleteValue(handle, name)
        else:
            raise OSError(_NOT_WINDOWS)


def run_value(command: list[str]) -> str:
    """Return the ``Run`` registry value (a command line) that runs ``command``.

    Raises:
        ValueError: If ``command`` is empty.
    """
    if not command:
        raise ValueError("the autostart command is empty")
    return subprocess.list2cmdline(command)


class WindowsAutostart:
    """A value in the current user's ``Run`` registry key."""

    def __init__(self, command: list[str], registry: RegistryLike | None = None) -> None:
        """Create the adapter.

        Args:
            command: The program and its arguments to run at login.
            registry: The ``Run`` key; by default the real one via winreg (Windows only).
        """
        self.command = list(command)
        self.registry: RegistryLike = registry if registry is not None else WinRegRunKey()

    @property
    def description(self) -> str:
        """Where the setting lives, for the log."""
        return f"registry value HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE_NAME}"

    def is_enabled(self) -> bool:
        """Return whether the ``Run`` value exists and is not empty."""
        return bool(self.registry.get(RUN_VALUE_NAME))

    def enable(self) -> None:
        """Set the ``Run`` value."""
        self.registry.set(RUN_VALUE_NAME, run_value(self.command))

    def disable(self) -> None:
        """Delete the ``Run`` value, if any."""
        self.registry.delete(RUN_VALUE_NAME)


# --- macOS ----------------------------------------------------------------------------------


def launch_agent(command: list[str]) -> bytes:
    """Return the launch agent property list (XML) that runs ``command`` at login.

    Raises:
        ValueError: If ``command`` is empty.
    """
    if not command:
        raise ValueError("the autostart command is empty")
    agent = {
        "Label": LAUNCH_AGENT_LABEL,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    return plistlib.dumps(agent, fmt=plistlib.FMT_XML)


class MacAutostart:
    """A per-user launchd agent in ``~/Library/LaunchAgents``."""

    def __init__(self, home: Path, command: list[str]) -> None:
        """Create the adapter.

        Args:
            home: The user's home folder.
            command: The program and its arguments to run at login.
        """
        self.path = home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"
        self.command = list(command)

    @property
    def description(self) -> str:
        """Where the setting lives, for the log."""
        return f"launch agent {self.path}"

    def is_enabled(self) -> bool:
        """Return whether the agent file exists (launchd loads it at the next login)."""
        return self.path.is_file()

    def enable(self) -> None:
        """Write the agent file (atomically)."""
        fileutil.write_atomic(self.path, launch_agent(self.command), 0o644)

    def disable(self) -> None:
        """Remove the agent file, if any."""
        self.path.unlink(missing_ok=True)


# --- Choosing -------------------------------------------------------------------------------


def for_platform(platform: str, *, home: Path, config_home: Path, command: list[str]) -> Autostart:
    """Return the adapter for ``platform`` (a :data:`sys.platform` value).

    ``win32`` gets :class:`WindowsAutostart`, ``darwin`` :class:`MacAutostart`, everything else
    (``linux``, the BSDs, ...) :class:`XdgAutostart`.
    """
    if platform == "win32":
        return WindowsAutostart(command)
    if platform == "darwin":
        return MacAutostart(home, command)
    return XdgAutostart(config_home, command)


def launch_command(frozen: bool, executable: str) -> list[str]:
    """Return the command that starts the app at login.

    Args:
        frozen: Whether the app is a bundled executable (``sys.frozen``, PyInstaller and the
            like); then ``executable`` is the app itself.
        executable: :data:`sys.executable`.

    Returns:
        ``[executable]`` when frozen; else the ``spasm-desktop`` launcher next to the interpreter
        (``spasm-desktop.exe`` on Windows) if it exists; else ``[python, "-m", "spasm_desktop"]``,
        where on Windows ``pythonw.exe`` replaces ``python.exe`` when present so that no console
        window opens at login.
    """
    if frozen:
        return [executable]
    interpreter = Path(executable)
    folder = interpreter.parent
    for name in SCRIPT_NAMES:
        script = folder / name
        if script.is_file():
            return [str(script)]
    if interpreter.name.lower() == "python.exe":
        windowless = folder / "pythonw.exe"
        if windowless.is_file():
            interpreter = windowless
    return [str(interpreter), "-m", "spasm_desktop"]
