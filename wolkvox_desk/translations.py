"""The UI language: which one to use, and installing its Qt translators and locale.

English is the source language: choosing it loads nothing. Spanish (``es``) and Brazilian
Portuguese (``pt_BR``) load our compiled ``wolkvox_desk/i18n/wolkvox_desk_<lang>.qm`` and
Qt's own ``qtbase_<lang>.qm`` (dialog buttons, context menus). Portugal's Portuguese uses the
Brazilian translation: it is far better than English for those users.

The choice: the ``language`` setting when it names one, else the system's UI languages in
order (the first that is English, Spanish or Portuguese wins), else English.

:func:`install` is for the window (call it after the QApplication exists and before any
widget is built); it also makes QLocale's default follow the language, so that dates and
numbers do. :func:`install_for_cli` is for headless commands: it reads the system language
from the environment without Qt, and imports QtCore only when there is something to
translate, so English runs stay Qt-free. A change of language takes effect at the next start.

QtCore is imported inside the functions, never at module level, for that reason.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QCoreApplication, QLocale

__all__ = [
    "ENGLISH",
    "SHIPPED",
    "choose",
    "env_languages",
    "install",
    "install_for_cli",
    "qm_path",
    "qm_stem",
]

ENGLISH = "en"
#: the translations we ship besides English (Qt's names for them)
SHIPPED = ("es", "pt_BR")
#: the folder of our compiled translations (inside the package: pip and PyInstaller keep it)
QM_DIR = Path(__file__).resolve().parent / "i18n"
#: objectName of the translators we install, to find and replace them on a second install
TRANSLATOR_NAME = "wolkvox_desk.translator"


def _shipped(tag: str) -> str | None:
    """'en', 'es' or 'pt_BR' for a BCP 47 or POSIX tag ('es-CO', 'pt_PT.UTF-8'), else None."""
    language = tag.replace("-", "_").split(".")[0].split("@")[0].split("_")[0].casefold()
    return {"en": ENGLISH, "es": "es", "pt": "pt_BR"}.get(language)


def choose(setting: str, system_languages: Iterable[str]) -> str:
    """The language to use: ``setting`` if it names one, else the first shipped system one."""
    chosen = _shipped(setting) if setting else None
    if chosen is not None:
        return chosen
    for tag in system_languages:
        chosen = _shipped(tag)
        if chosen is not None:
            return chosen
    return ENGLISH


def env_languages(env: Mapping[str, str] | None = None) -> list[str]:
    """The user's UI languages without Qt: POSIX variables as gettext reads them, and on
    Windows the user's UI language. Used by the CLI, which must not import Qt for English."""
    env = os.environ if env is None else env
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            if value in ("C", "POSIX") or value.startswith("C."):
                return []  # gettext's rule: the C locale means untranslated, LANGUAGE or not
            break
    languages = [tag for tag in env.get("LANGUAGE", "").split(":") if tag]
    languages += [env[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG") if env.get(name)]
    if not languages and sys.platform == "win32":
        languages = _windows_ui_languages()
    return languages


def _windows_ui_languages() -> list[str]:
    if sys.platform != "win32":  # also tells mypy where windll exists
        return []
    import ctypes
    import locale

    lcid = ctypes.windll.kernel32.GetUserDefaultUILanguage()
    name = locale.windows_locale.get(int(lcid))
    return [name] if name else []


def qm_stem(language: str) -> str:
    return f"wolkvox_desk_{language}"


def qm_path(language: str) -> Path:
    """Our compiled translation for ``language`` (it exists for each of :data:`SHIPPED`)."""
    return QM_DIR / f"{qm_stem(language)}.qm"


def _qt_translations_dir() -> str:
    """Qt's translations: QLibraryInfo knows where (PySide6 wheels are relocatable, and
    PyInstaller keeps their layout); the package's folders are the fallback."""
    from PySide6.QtCore import QLibraryInfo

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if folder and Path(folder).is_dir():
        return folder
    import PySide6

    package = Path(PySide6.__file__).resolve().parent
    for candidate in (package / "Qt" / "translations", package / "translations"):  # Unix, Win
        if candidate.is_dir():
            return str(candidate)
    return folder


def _load_translators(app: QCoreApplication, language: str) -> list[str]:
    """Install Qt's and our translators for ``language``; returns the files loaded."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    loaded = []
    # Ours last: the translator installed last is asked first.
    for stem, folder in (
        (f"qtbase_{language}", _qt_translations_dir()),
        (qm_stem(language), str(QM_DIR)),
    ):
        translator = QTranslator(app)
        translator.setObjectName(TRANSLATOR_NAME)
        if translator.load(stem, folder):
            QCoreApplication.installTranslator(translator)
            loaded.append(translator.filePath())
        else:
            translator.setParent(None)
    return loaded


def _remove_translators(app: QCoreApplication) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    for old in app.findChildren(QTranslator, TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()


def _locale_for(language: str, system: QLocale) -> QLocale:
    """The system locale when it speaks ``language`` (its regional formats: es_CO, pt_PT),
    else the language's own (a Spanish UI on an English system gets Spanish dates)."""
    from PySide6.QtCore import QLocale

    wanted = QLocale(language)
    return system if system.language() == wanted.language() else wanted


def install(
    setting: str = "", app: QCoreApplication | None = None, *, system: QLocale | None = None
) -> str:
    """Use the language ``setting`` names (or the system's) in this Qt application.

    Installs the translators (replacing any this function installed before) and sets
    QLocale's default. Returns the language used: ``"en"``, ``"es"`` or ``"pt_BR"``.
    ``system`` stands in for ``QLocale.system()`` (tests: Qt reads LANG once per process).
    """
    from PySide6.QtCore import QCoreApplication, QLocale

    app = app or QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install() needs the QApplication: create it first")
    system = QLocale.system() if system is None else system
    language = choose(setting, system.uiLanguages())
    _remove_translators(app)
    # Following the system, its formats are the user's, even for an untranslated language.
    QLocale.setDefault(_locale_for(language, system) if setting else system)
    if language != ENGLISH:
        _load_translators(app, language)
    return language


def install_for_cli(setting: str = "", env: Mapping[str, str] | None = None) -> str:
    """The CLI's language: Qt-free for English; otherwise QtCore's translator is installed
    (and a QCoreApplication made if none exists), so ``text.tr()`` translates."""
    language = choose(setting, env_languages(env))
    if language == ENGLISH:
        return language
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance() or QCoreApplication([sys.argv[0] if sys.argv else ""])
    _remove_translators(app)
    _load_translators(app, language)
    return language
