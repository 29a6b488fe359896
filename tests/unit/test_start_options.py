"""Qt's own options pass through to Qt, and a start with no display says so in one line."""

from __future__ import annotations

import pytest

from spasm_desktop import cli
from spasm_desktop.app import no_display


@pytest.mark.parametrize(
    ("argv", "own", "qt"),
    [
        ([], [], []),
        (["-style", "fusion"], [], ["-style", "fusion"]),
        (["-style=fusion", "status"], ["status"], ["-style=fusion"]),
        (
            ["-platform", "offscreen", "relief", "calf"],
            ["relief", "calf"],
            ["-platform", "offscreen"],
        ),
        (["-reverse", "drink", "250"], ["drink", "250"], ["-reverse"]),
        (["--verbose", "-stylesheet", "a.qss"], ["--verbose"], ["-stylesheet", "a.qss"]),
        (["cramp", "log", "--area", "calf"], ["cramp", "log", "--area", "calf"], []),
        (["-style"], ["-style"], []),  # no value: left for argparse to refuse
    ],
)
def test_qt_options_are_set_aside_in_order(argv: list[str], own: list[str], qt: list[str]) -> None:
    assert cli.split_qt_options(argv) == (own, qt)


def test_parse_keeps_qt_options_for_the_gui() -> None:
    args = cli.parse(["-style", "fusion", "-reverse"])
    assert args.command is None
    assert args.qt_options == ["-style", "fusion", "-reverse"]


@pytest.mark.parametrize(
    ("environ", "options", "system", "refused"),
    [
        ({}, [], "linux", True),
        ({"DISPLAY": ":0"}, [], "linux", False),
        ({"WAYLAND_DISPLAY": "wayland-0"}, [], "linux", False),
        ({"QT_QPA_PLATFORM": "offscreen"}, [], "linux", False),
        ({}, ["-platform", "offscreen"], "linux", False),
        ({}, ["-platform=vnc"], "freebsd13", False),
        ({"DISPLAY": ""}, [], "linux", True),
        ({}, [], "win32", False),
        ({}, [], "darwin", False),
    ],
)
def test_no_display_is_refused_only_where_qt_would_abort(
    environ: dict[str, str], options: list[str], system: str, refused: bool
) -> None:
    why = no_display(environ, options, system)
    assert (why is not None) is refused
    if why is not None:
        assert "\n" not in why
        assert "DISPLAY" in why
