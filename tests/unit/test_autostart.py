"""Tests for spasm_desktop.platform.autostart (no Qt, no real registry or login items)."""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path

import pytest

from spasm_desktop.platform.autostart import (
    MacAutostart,
    WindowsAutostart,
    XdgAutostart,
    desktop_entry,
    exec_line,
    for_platform,
    launch_agent,
    launch_command,
    run_value,
)


class FakeRegistry:
    """A dict-backed RegistryLike."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


def _entry_fields(content: str) -> dict[str, str]:
    lines = content.splitlines()
    assert lines[0] == "[Desktop Entry]"
    fields = {}
    for line in lines[1:]:
        key, sep, value = line.partition("=")
        assert sep, line
        assert key not in fields, f"duplicate key {key}"
        fields[key] = value
    return fields


def _unescape_string_value(value: str) -> str:
    r"""Undo the Desktop Entry string-type escapes (\\, \n, \t, \r, \s)."""
    out = []
    chars = iter(value)
    for char in chars:
        if char == "\\":
            nxt = next(chars)
            out.append({"\\": "\\", "n": "\n", "t": "\t", "r": "\r", "s": " "}[nxt])
        else:
            out.append(char)
    return "".join(out)


def _split_exec(value: str) -> list[str]:
    """Parse an Exec value back into arguments, as a spec-conforming launcher would."""
    value = _unescape_string_value(value)
    args: list[str] = []
    current: list[str] = []
    in_quotes = False
    has_arg = False
    chars = iter(value)
    for char in chars:
        if char == "%":  # expanded before the quoting is parsed (as GLib does); %% is a literal %
            assert next(chars) == "%"
            current.append("%")
            has_arg = True
        elif in_quotes:
            if char == "\\":
                nxt = next(chars)
                assert nxt in '"`$\\', f"bad escape \\{nxt}"
                current.append(nxt)
            elif char == '"':
                in_quotes = False
            else:
                current.append(char)
        elif char == '"':
            in_quotes = has_arg = True
        elif char == " ":
            if has_arg:
                args.append("".join(current))
            current, has_arg = [], False
        else:
            assert char not in "\t\n'\\><~|&;$*?#()`", f"reserved {char!r} outside quotes"
            current.append(char)
            has_arg = True
    assert not in_quotes
    if has_arg:
        args.append("".join(current))
    return args


# --- Desktop entry --------------------------------------------------------------------------


def test_desktop_entry_has_the_required_keys() -> None:
    fields = _entry_fields(desktop_entry(["/usr/bin/spasm-desktop"]))

    assert fields["Type"] == "Application"
    assert fields["Name"] == "Spasm Desktop"
    assert fields["Comment"]
    assert fields["Exec"] == "/usr/bin/spasm-desktop"
    assert fields["Icon"] == "org.spasmdesktop.SpasmDesktop"  # the icon the packages install
    assert fields["Terminal"] == "false"
    assert fields["X-GNOME-Autostart-enabled"] == "true"
    assert fields["Categories"] == "Utility;"
    assert "Hidden" not in fields


def test_desktop_entry_ends_with_a_newline() -> None:
    assert desktop_entry(["x"]).endswith("\n")


def test_exec_leaves_plain_arguments_unquoted() -> None:
    assert exec_line(["/opt/venv/bin/python", "-m", "spasm_desktop"]) == (
        "/opt/venv/bin/python -m spasm_desktop"
    )


def test_exec_quotes_a_path_with_spaces() -> None:
    assert exec_line(["/home/a b/venv/bin/spasm-desktop"]) == '"/home/a b/venv/bin/spasm-desktop"'


def test_exec_escapes_a_dollar_as_the_spec_shows() -> None:
    # Spec: a literal $ in a quoted argument is written \\$ in the file.
    assert exec_line(["/home/$USER/bin/app"]) == '"/home/\\\\$USER/bin/app"'


def test_exec_escapes_a_backslash_with_four_backslashes() -> None:
    assert exec_line(["C:\\x"]) == '"C:\\\\\\\\x"'


def test_exec_escapes_a_double_quote_and_a_backtick() -> None:
    assert exec_line(['a"b`c']) == '"a\\\\"b\\\\`c"'


def test_exec_doubles_a_percent_sign() -> None:
    assert exec_line(["/opt/100%/app"]) == "/opt/100%%/app"


def test_exec_quotes_an_empty_argument() -> None:
    assert exec_line(["app", ""]) == 'app ""'


@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/spasm-desktop"],
        ["/home/a b/venv/bin/python", "-m", "spasm_desktop"],
        ['/home/$USER/with `tick` and "quote" and \\ back/app', "--flag=1;2", "~", "#x", "(y)"],
        ["/tmp/it's here/app", "a\tb", "100%"],
    ],
)
def test_exec_round_trips_through_a_spec_parser(command: list[str]) -> None:
    fields = _entry_fields(desktop_entry(command))

    assert _split_exec(fields["Exec"]) == command


def test_empty_commands_are_refused() -> None:
    with pytest.raises(ValueError, match="the autostart command is empty"):
        desktop_entry([])
    with pytest.raises(ValueError, match="the autostart command is empty"):
        run_value([])
    with pytest.raises(ValueError, match="the autostart command is empty"):
        launch_agent([])


# --- XDG ------------------------------------------------------------------------------------


def test_xdg_round_trip(tmp_path: Path) -> None:
    command = ["/home/a b/bin/spasm-desktop"]
    target = XdgAutostart(tmp_path / "config", command)
    path = tmp_path / "config" / "autostart" / "org.spasmdesktop.SpasmDesktop.desktop"

    assert not target.is_enabled()

    target.enable()
    assert target.is_enabled()
    assert path.read_text(encoding="utf-8") == desktop_entry(command)
    assert [p.name for p in path.parent.iterdir()] == [
        "org.spasmdesktop.SpasmDesktop.desktop"
    ]  # no temp left

    target.disable()
    assert not target.is_enabled()
    assert not path.exists()


def test_xdg_enable_overwrites_an_old_entry(tmp_path: Path) -> None:
    XdgAutostart(tmp_path, ["/old/app"]).enable()
    XdgAutostart(tmp_path, ["/new/app"]).enable()

    content = (tmp_path / "autostart" / "org.spasmdesktop.SpasmDesktop.desktop").read_text(
        encoding="utf-8"
    )
    assert "Exec=/new/app\n" in content
    assert "/old/app" not in content


def test_xdg_hidden_entry_is_not_enabled(tmp_path: Path) -> None:
    path = tmp_path / "autostart" / "org.spasmdesktop.SpasmDesktop.desktop"
    path.parent.mkdir()
    path.write_text(desktop_entry(["/usr/bin/spasm-desktop"]) + "Hidden=true\n", encoding="utf-8")

    assert not XdgAutostart(tmp_path, ["x"]).is_enabled()


def test_xdg_hidden_false_is_enabled(tmp_path: Path) -> None:
    path = tmp_path / "autostart" / "org.spasmdesktop.SpasmDesktop.desktop"
    path.parent.mkdir()
    path.write_text(desktop_entry(["/usr/bin/spasm-desktop"]) + "Hidden=false\n", encoding="utf-8")

    assert XdgAutostart(tmp_path, ["x"]).is_enabled()


def test_xdg_disable_when_missing(tmp_path: Path) -> None:
    target = XdgAutostart(tmp_path, ["x"])

    target.disable()

    assert not target.is_enabled()


def test_xdg_errors_propagate(tmp_path: Path) -> None:
    (tmp_path / "autostart").write_text("a file where the folder should be", encoding="utf-8")

    with pytest.raises(OSError, match="autostart"):  # the error names the file or folder
        XdgAutostart(tmp_path, ["x"]).enable()


def test_xdg_description_names_the_file(tmp_path: Path) -> None:
    assert "org.spasmdesktop.SpasmDesktop.desktop" in XdgAutostart(tmp_path, ["x"]).description


# --- Windows --------------------------------------------------------------------------------


def test_run_value_is_a_windows_command_line() -> None:
    command = ["C:\\Program Files\\Python311\\pythonw.exe", "-m", "spasm_desktop"]

    assert run_value(command) == '"C:\\Program Files\\Python311\\pythonw.exe" -m spasm_desktop'
    assert run_value(command) == subprocess.list2cmdline(command)


def test_windows_round_trip_with_a_fake_registry() -> None:
    registry = FakeRegistry()
    command = ["C:\\Users\\a b\\venv\\Scripts\\spasm-desktop.exe"]
    target = WindowsAutostart(command, registry)

    assert not target.is_enabled()

    target.enable()
    assert target.is_enabled()
    assert registry.values == {"SpasmDesktop": '"C:\\Users\\a b\\venv\\Scripts\\spasm-desktop.exe"'}

    target.disable()
    assert not target.is_enabled()
    assert registry.values == {}


def test_windows_disable_when_missing() -> None:
    registry = FakeRegistry()
    registry.values["Other"] = "other.exe"

    WindowsAutostart(["x"], registry).disable()

    assert registry.values == {"Other": "other.exe"}


def test_windows_description_names_the_value() -> None:
    description = WindowsAutostart(["x"], FakeRegistry()).description

    assert "CurrentVersion\\Run" in description
    assert "SpasmDesktop" in description


@pytest.mark.skipif(sys.platform == "win32", reason="checks the non-Windows guard")
def test_real_registry_is_refused_off_windows() -> None:
    target = WindowsAutostart(["x"])

    with pytest.raises(OSError, match="only available on Windows"):
        target.is_enabled()
    with pytest.raises(OSError, match="only available on Windows"):
        target.enable()
    with pytest.raises(OSError, match="only available on Windows"):
        target.disable()


# --- macOS ----------------------------------------------------------------------------------


def test_launch_agent_content() -> None:
    agent = plistlib.loads(launch_agent(["/Applications/Spasm Desktop.app/Contents/MacOS/x"]))

    assert agent == {
        "Label": "org.spasmdesktop.app",
        "ProgramArguments": ["/Applications/Spasm Desktop.app/Contents/MacOS/x"],
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }


def test_mac_round_trip(tmp_path: Path) -> None:
    command = ["/Users/a b/venv/bin/python", "-m", "spasm_desktop"]
    target = MacAutostart(tmp_path, command)
    path = tmp_path / "Library" / "LaunchAgents" / "org.spasmdesktop.app.plist"

    assert not target.is_enabled()

    target.enable()
    assert target.is_enabled()
    with path.open("rb") as handle:
        agent = plistlib.load(handle)
    assert agent["Label"] == "org.spasmdesktop.app"
    assert agent["ProgramArguments"] == command
    assert agent["RunAtLoad"] is True
    assert agent["ProcessType"] == "Interactive"
    assert [p.name for p in path.parent.iterdir()] == ["org.spasmdesktop.app.plist"]

    target.disable()
    assert not target.is_enabled()
    assert not path.exists()


def test_mac_disable_when_missing(tmp_path: Path) -> None:
    target = MacAutostart(tmp_path, ["x"])

    target.disable()

    assert not target.is_enabled()


# --- Choosing -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "kind"),
    [
        ("linux", XdgAutostart),
        ("linux2", XdgAutostart),
        ("freebsd14", XdgAutostart),
        ("openbsd7", XdgAutostart),
        ("win32", WindowsAutostart),
        ("darwin", MacAutostart),
    ],
)
def test_for_platform(tmp_path: Path, platform: str, kind: type) -> None:
    chosen = for_platform(
        platform, home=tmp_path / "home", config_home=tmp_path / "config", command=["x"]
    )

    assert isinstance(chosen, kind)


def test_for_platform_passes_the_folders(tmp_path: Path) -> None:
    home, config = tmp_path / "home", tmp_path / "config"

    xdg = for_platform("linux", home=home, config_home=config, command=["x"])
    mac = for_platform("darwin", home=home, config_home=config, command=["x"])

    assert isinstance(xdg, XdgAutostart)
    assert xdg.path == config / "autostart" / "org.spasmdesktop.SpasmDesktop.desktop"
    assert isinstance(mac, MacAutostart)
    assert mac.path == home / "Library" / "LaunchAgents" / "org.spasmdesktop.app.plist"


# --- Launch command -------------------------------------------------------------------------


def test_launch_command_uses_the_script_next_to_the_interpreter(tmp_path: Path) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "python").touch()
    (bin_dir / "spasm-desktop").touch()

    assert launch_command(False, str(bin_dir / "python")) == [str(bin_dir / "spasm-desktop")]


def test_launch_command_uses_the_windows_exe_launcher(tmp_path: Path) -> None:
    scripts = tmp_path / "venv" / "Scripts"
    scripts.mkdir(parents=True)
    (scripts / "python.exe").touch()
    (scripts / "spasm-desktop.exe").touch()

    assert launch_command(False, str(scripts / "python.exe")) == [
        str(scripts / "spasm-desktop.exe")
    ]


def test_launch_command_falls_back_to_dash_m(tmp_path: Path) -> None:
    (tmp_path / "python3").touch()

    assert launch_command(False, str(tmp_path / "python3")) == [
        str(tmp_path / "python3"),
        "-m",
        "spasm_desktop",
    ]


def test_launch_command_ignores_a_folder_named_like_the_script(tmp_path: Path) -> None:
    (tmp_path / "spasm-desktop").mkdir()

    assert launch_command(False, str(tmp_path / "python3"))[1:] == ["-m", "spasm_desktop"]


def test_launch_command_prefers_pythonw_on_windows(tmp_path: Path) -> None:
    (tmp_path / "python.exe").touch()
    (tmp_path / "pythonw.exe").touch()

    assert launch_command(False, str(tmp_path / "python.exe")) == [
        str(tmp_path / "pythonw.exe"),
        "-m",
        "spasm_desktop",
    ]


def test_launch_command_when_frozen_is_the_executable(tmp_path: Path) -> None:
    (tmp_path / "spasm-desktop").touch()  # ignored: the bundle is the app
    app = str(tmp_path / "SpasmDesktop.exe")

    assert launch_command(True, app) == [app]


# --- The entry of earlier versions ------------------------------------------------------------


def test_xdg_entry_names_the_installed_icon() -> None:
    assert "Icon=org.spasmdesktop.SpasmDesktop\n" in desktop_entry(["/usr/bin/spasm-desktop"])


def test_xdg_entry_under_the_old_name_counts_and_is_replaced(tmp_path: Path) -> None:
    old = tmp_path / "autostart" / "spasm-desktop.desktop"
    old.parent.mkdir()
    old.write_text(desktop_entry(["/old/venv/bin/spasm-desktop"]), encoding="utf-8")
    target = XdgAutostart(tmp_path, ["/opt/spasm-desktop/spasm-desktop"])

    assert target.is_enabled()  # start at login stays on after an update

    target.enable()
    names = [p.name for p in old.parent.iterdir()]
    assert names == ["org.spasmdesktop.SpasmDesktop.desktop"]  # one entry, not two at login
    assert "Exec=/opt/spasm-desktop/spasm-desktop\n" in target.path.read_text(encoding="utf-8")


def test_xdg_disable_removes_the_entry_under_the_old_name(tmp_path: Path) -> None:
    old = tmp_path / "autostart" / "spasm-desktop.desktop"
    old.parent.mkdir()
    old.write_text(desktop_entry(["/old/app"]), encoding="utf-8")
    target = XdgAutostart(tmp_path, ["x"])

    target.disable()

    assert not target.is_enabled()
    assert not old.exists()


def test_xdg_hidden_entry_under_the_old_name_is_not_enabled(tmp_path: Path) -> None:
    old = tmp_path / "autostart" / "spasm-desktop.desktop"
    old.parent.mkdir()
    old.write_text(desktop_entry(["/old/app"]) + "Hidden=true\n", encoding="utf-8")

    assert not XdgAutostart(tmp_path, ["x"]).is_enabled()
