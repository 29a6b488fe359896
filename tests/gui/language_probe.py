"""Opens every window of the real app (``window_fit_probe.py``) in the language of this
process's environment, with a Qt message handler that keeps every warning; prints (as its last
line, one JSON object) the warnings, the language the app used and a translated word.

Run by ``test_windows_in_each_language.py`` with ``LANG``/``LC_ALL`` set to the language (the
app follows the system's language when the settings choose none) and ``SPASM_DESKTOP_I18N``
for a language that is not installed.
"""

from __future__ import annotations

import contextlib
import json

from PySide6 import QtCore

WARNINGS = (QtCore.QtMsgType.QtWarningMsg, QtCore.QtMsgType.QtCriticalMsg)


def main() -> None:
    said: list[str] = []

    def keep(kind: QtCore.QtMsgType, _context: QtCore.QMessageLogContext, message: str) -> None:
        if kind in WARNINGS or kind == QtCore.QtMsgType.QtFatalMsg:
            said.append(f"{kind.name}: {message}")

    QtCore.qInstallMessageHandler(keep)
    from spasm_desktop import i18n
    from spasm_desktop.ui.common import text
    from tests.gui import window_fit_probe

    with contextlib.suppress(SystemExit):  # it ends with sys.exit(0)
        window_fit_probe.main()
    print(
        json.dumps(
            {
                "warnings": said,
                "language": i18n.language_in_use("", i18n.shipped_languages()),
                "locale": QtCore.QLocale().name(),
                "water": text.tr("Water"),
            }
        )
    )


if __name__ == "__main__":
    main()
