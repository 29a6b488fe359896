"""The bundle gives its children the person's library path back (platform/frozen.py)."""

from __future__ import annotations

from spasm_desktop.platform.frozen import restore_environment

BUNDLE_LIBS = "/opt/spasm-desktop/_internal"


def test_frozen_restores_the_library_path_the_launcher_saved() -> None:
    environ = {"LD_LIBRARY_PATH": BUNDLE_LIBS, "LD_LIBRARY_PATH_ORIG": "/home/a/lib", "HOME": "/h"}

    restore_environment(environ, frozen=True)

    assert environ == {"LD_LIBRARY_PATH": "/home/a/lib", "HOME": "/h"}


def test_frozen_removes_the_library_path_when_there_was_none() -> None:
    environ = {"LD_LIBRARY_PATH": BUNDLE_LIBS, "HOME": "/h"}

    restore_environment(environ, frozen=True)

    assert environ == {"HOME": "/h"}


def test_not_frozen_leaves_the_environment_alone() -> None:
    environ = {"LD_LIBRARY_PATH": "/home/a/lib", "LD_LIBRARY_PATH_ORIG": "/x"}

    restore_environment(environ, frozen=False)

    assert environ == {"LD_LIBRARY_PATH": "/home/a/lib", "LD_LIBRARY_PATH_ORIG": "/x"}
