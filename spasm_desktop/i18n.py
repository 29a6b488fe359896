"""The app's language: which translations ship, which one is used, and loading it.

A language ships when ``resources/i18n/languages.txt`` lists it (one code a line, such as
``de``); only then is it offered in Settings and loaded, so a half-translated file never shows.
The person chooses one in Settings (``Settings.language``) or keeps the system's language
(``""``). :func:`install_translations` loads Qt's own translation and the app's for it and makes
its locale the default, so dates, times, numbers and the first day of the week follow it.

``SPASM_DESKTOP_I18N=DIR`` takes the translations (and ``languages.txt``) from ``DIR`` instead of
the installed ones: a translator can try a language before it ships, and the tests use it.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from PySide6 import QtCore

from spasm_desktop.core import units

#: Where the translations are taken from instead of the installed ones (tests, translators).
FOLDER_VARIABLE = "SPASM_DESKTOP_I18N"
#: The list of shipped languages in the translations folder.
LANGUAGES_FILE = "languages.txt"
_CODE = re.compile(r"^[a-z]{2,3}(_[A-Z]{2})?$")
#: The translators this module installed (replaced on the next call).
_installed: list[QtCore.QTranslator] = []


def i18n_dir() -> str:
    """The folder of the ``.qm`` files and ``languages.txt`` ("" if there is none)."""
    chosen = os.environ.get(FOLDER_VARIABLE)
    if chosen:
        return chosen if Path(chosen).is_dir() else ""
    from importlib import resources

    folder = resources.files("spasm_desktop.resources").joinpath("i18n")
    return str(folder) if folder.is_dir() else ""


def shipped_languages(folder: str | None = None) -> list[str]:
    """The languages that ship (complete), as listed in ``languages.txt``, in its order."""
    where = i18n_dir() if folder is None else folder
    try:
        lines = (Path(where) / LANGUAGES_FILE).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    codes = (line.split("#", 1)[0].strip() for line in lines)
    return [code for code in codes if _CODE.match(code)]


#: Names Qt gives with a country for a code without one ("español de España" for ``es``).
_NAMES = {"es": "español"}


def language_name(code: str) -> str:
    """A language's name in that language, as its speakers would look for it ("Deutsch")."""
    name = _NAMES.get(code) or QtCore.QLocale(code).nativeLanguageName() or code
    return name[:1].upper() + name[1:]


def locale_for(language: str) -> QtCore.QLocale:
    """The locale of ``language`` ("": the system's). The system's own locale is kept when it is
    of that language, so a person in Austria choosing German keeps Austrian dates.
    """
    system = QtCore.QLocale.system()
    if not language:
        return system
    wanted = QtCore.QLocale(language)
    return system if system.language() == wanted.language() else wanted


def language_in_use(language: str, shipped: list[str]) -> str:
    """The shipped language the app shows for the choice ``language`` ("": English).

    A chosen language that no longer ships falls back to the system's; the system's language
    is used when it ships (``de_AT`` gets ``de``), otherwise the English of the source.
    """
    if language in shipped:
        return language
    for name in QtCore.QLocale.system().uiLanguages():
        code = name.replace("-", "_")
        for candidate in (code, code.split("_", 1)[0]):
            if candidate in shipped:
                return candidate
    return ""


def install_translations(app: QtCore.QCoreApplication, language: str = "") -> str:
    """Load Qt's own and the app's translation for ``language`` ("": the system's language) and
    make its locale the default. Returns the shipped language used ("" for English).

    Called again, it replaces what it installed before.
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    folder = i18n_dir()
    used = language_in_use(language, shipped_languages(folder)) if folder else ""
    locale = locale_for(language if language == used else "")
    QtCore.QLocale.setDefault(locale)
    if not used:
        return ""
    qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
    language_only = used.split("_", 1)[0]
    for names, where in (
        ((f"qtbase_{used}", f"qtbase_{language_only}"), qt_dir),  # qtbase_pt for pt_BR
        ((f"spasm_desktop_{used}",), folder),
    ):
        # The exact file: QTranslator.load(name, folder) would fall back to shorter names.
        found = [Path(where) / f"{name}.qm" for name in names if where]
        path = next((file for file in found if file.is_file()), None)
        translator = QtCore.QTranslator(app)
        if path is not None and translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
    return used


def default_unit() -> units.VolumeUnit:
    """The volume unit of new settings: fl oz where the locale (the chosen language's, once
    :func:`install_translations` ran) measures in US units, ml elsewhere.
    """
    us = QtCore.QLocale().measurementSystem() == QtCore.QLocale.MeasurementSystem.ImperialUSSystem
    return units.VolumeUnit.FL_OZ if us else units.VolumeUnit.ML


def translate(
    contexts: Sequence[str], text: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """``text`` as translated in the first of ``contexts`` that has it, else the English.

    With a count ``n`` a translation gives the language's plural form; the untranslated English
    settles its "(s)" ("1 cramp", "3 cramps") and shows ``n`` in the locale's digits (``%n``
    and ``%Ln`` alike).
    """
    if n < 0:
        for context in contexts:
            translated = QtCore.QCoreApplication.translate(context, text, disambiguation)
            if translated != text:
                return translated
        return text
    number = QtCore.QLocale().toString(n)
    for context in contexts:
        translated = QtCore.QCoreApplication.translate(context, text, disambiguation, n)
        # Untranslated, Qt only fills in the count: "%n" with plain digits, "%Ln" the locale's.
        if translated not in (
            text.replace("%Ln", number).replace("%n", str(n)),
            text.replace("%Ln", number).replace("%n", number),
        ):
            return translated  # a translation, with its own plural form and the count filled in
    english = text.replace("(s)", "" if n == 1 else "s")
    return english.replace("%Ln", number).replace("%n", number)
