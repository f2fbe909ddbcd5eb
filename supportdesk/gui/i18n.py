"""The app's language: English (the source texts) or German (resources/translations).

`install(app, setting)` runs once, before any window is built: Qt reads a widget's texts when
it is set up, so a translator installed later would only reach windows built after it. It
installs the app's German catalogue and Qt's own (`qtbase_de`: the buttons of QMessageBox and
QDialogButtonBox, the context menus of text fields, key names such as "Strg") and makes the
German locale the default, so QLocale() formats as the texts read.

Which language: the user setting `language` (config.py: "system", "de" or "en"; a change
applies on the next start), and for "system" the environment (LANGUAGE, LC_ALL, LC_MESSAGES,
LANG, as gettext reads them) or else the system locale (QLocale.system(): Windows and macOS).
Any German locale (de_DE, de_AT, de_CH …) gives German; everything else English.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("de", "en")
SETTINGS = ("system", *LANGUAGES)
CATALOGUE = ":/supportdesk/translations/supportdesk_{0}.qm"  # translations_rc.py


def system_language(env: Mapping[str, str] | None = None) -> str:
    """"de" or "en" for the environment's locale (gettext's order), else the system's."""
    env = os.environ if env is None else env
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(variable, "")
        # LANGUAGE is a list ("de_AT:de:en"); the first entry is the wish.
        first = value.split(":")[0].strip()
        if first:
            return _supported(first)
    from PySide6.QtCore import QLocale

    return _supported(QLocale.system().name())


def _supported(locale_name: str) -> str:
    language = locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return language if language in LANGUAGES else "en"


def choose(setting: str, env: Mapping[str, str] | None = None) -> str:
    """The language to run in for a `language` setting ("system" or anything unknown: the
    system's)."""
    return setting if setting in LANGUAGES else system_language(env)


def install(app, setting: str = "system", env: Mapping[str, str] | None = None) -> str:  # noqa: ANN001
    """Install the translators for the chosen language on `app` (a QCoreApplication) and set
    the default locale to match; returns "de" or "en". English needs no catalogue."""
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    language = choose(setting, env)
    system = QLocale.system()
    if language == "en":
        QLocale.setDefault(system if system.name().startswith("en_") else QLocale("en"))
        return language
    from .forms import translations_rc  # noqa: F401 - registers :/supportdesk/translations/…

    ours = QTranslator(app)
    if not ours.load(CATALOGUE.format(language)):
        raise RuntimeError(f"the {language} catalogue is missing from translations_rc "
                           f"(python build_installer.py translations)")
    app.installTranslator(ours)
    qt = QTranslator(app)
    # Qt's own catalogue ships with PySide6; a build without it keeps Qt's English buttons.
    if qt.load(f"qtbase_{language}",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
    QLocale.setDefault(system if system.name().startswith(f"{language}_")
                       else QLocale(language))
    return language


def uninstall(app) -> None:  # noqa: ANN001
    """Remove the translators `install` put on `app` and reset the default locale (tests
    switch languages within one QApplication)."""
    from PySide6.QtCore import QLocale, QTranslator

    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(QLocale.system())
