"""What the app must know when it runs from the self-contained bundle (PyInstaller).

The bundle's launcher puts its own library folder first in ``LD_LIBRARY_PATH`` (Linux, BSD) so
that Python finds Qt and the libraries it carries, and keeps what was there before in
``LD_LIBRARY_PATH_ORIG``. The variable is read by the dynamic loader once, when a process starts,
so the running app no longer needs it; but every program the app starts inherits it (the sound
and speech players, ``notify-send``, the process list of do-not-disturb) and would load the
bundle's copies of libraries instead of the system's, which can fail or crash.
:func:`restore_environment` puts the person's own value back before anything is started.
"""

from __future__ import annotations

from collections.abc import MutableMapping

#: Variables the PyInstaller launcher changes, each with the name it saves the original under.
SAVED_BY_LAUNCHER = {"LD_LIBRARY_PATH": "LD_LIBRARY_PATH_ORIG"}


def restore_environment(environ: MutableMapping[str, str], frozen: bool) -> None:
    """Give back the variables the bundle's launcher changed (nothing when not ``frozen``).

    Args:
        environ: The environment to change, usually :data:`os.environ`.
        frozen: Whether the app runs from the bundle (``sys.frozen``).
    """
    if not frozen:
        return
    for name, saved in SAVED_BY_LAUNCHER.items():
        original = environ.pop(saved, None)
        if original:
            environ[name] = original
        else:
            environ.pop(name, None)
