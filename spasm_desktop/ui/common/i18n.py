"""Loading the translations: Qt's own and the app's, for the system locale."""

from __future__ import annotations

from PySide6 import QtCore


def install_translations(app: QtCore.QCoreApplication) -> None:
    """Load Qt's own and the app's translations for the system locale, where they exist."""
    locale = QtCore.QLocale()
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("spasm_desktop", i18n_dir())):
        translator = QtCore.QTranslator(app)
        if folder and translator.load(locale, name, "_", folder):
            app.installTranslator(translator)


def i18n_dir() -> str:
    from importlib import resources

    folder = resources.files("spasm_desktop.resources").joinpath("i18n")
    return str(folder) if folder.is_dir() else ""
