"""On a real X display the window manager sees the title exactly as ``text.window_title`` makes
it: Qt adds nothing (it would append an application display name: "… — Spasm Desktop").
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.desktop import virtual_display

SHOW = textwrap.dedent(
    """
    import subprocess
    from PySide6 import QtWidgets
    from spasm_desktop import app
    from spasm_desktop.ui.common import text

    app.name_the_app()
    qapp = QtWidgets.QApplication([])
    window = QtWidgets.QWidget()
    window.setWindowTitle(text.window_title("Settings"))
    window.show()
    qapp.processEvents()
    qapp.sync()
    done = subprocess.run(
        ["xprop", "-id", str(int(window.winId())), "_NET_WM_NAME"],
        capture_output=True, text=True, check=True,
    )
    print(done.stdout.strip())
    """
)


def test_the_title_on_x11_is_the_app_an_em_dash_and_the_window() -> None:
    with virtual_display() as display:
        env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
        done = subprocess.run(
            [sys.executable, "-c", SHOW],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().endswith('= "Spasm Desktop — Settings"'), done.stdout
