"""Interface language and where the window settings are kept.

Chinese is the source language: every `self.tr("中文")` string is the Chinese text itself. English comes from
`resources/translations/jiaozheng_en.qm` (Qt Linguist format, made by tools/update_translations.py). The choice
is the QSettings key `language` ("zh_CN", the default, or "en"), changed in 文件 → 界面语言 / Language and
applied at the next start. Chinese also loads Qt's own Chinese strings (确定/取消, the file dialog).
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QAction, QActionGroup

from app.paths import resource_path, settings_dir

log = logging.getLogger(__name__)

SETTINGS_KEY = "language"
DEFAULT_LANGUAGE = "zh_CN"
# Language code → its own name (never translated: a user must find their language whatever is showing).
LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}
TRANSLATION_BASENAME = "jiaozheng"
QT_TRANSLATIONS = {"zh_CN": "qtbase_zh_CN"}  # English needs none: Qt's own strings are English
_LOCALES = {"zh_CN": QLocale(QLocale.Chinese, QLocale.China), "en": QLocale(QLocale.English, QLocale.UnitedStates)}

translate = QCoreApplication.translate
_installed: list[QTranslator] = []

# Column headers of the table models share one context, so a header word is translated once for every
# table: mark it where it is defined with QT_TRANSLATE_NOOP("TableHeader", "姓名") (lupdate finds it there;
# at run time the Chinese stays what the code compares and exports) and show it through header_text().
HEADER_CONTEXT = "TableHeader"


def header_text(text):
    """A column header (or its tooltip) in the interface language."""
    return translate(HEADER_CONTEXT, text) if isinstance(text, str) and text else text


def configure_settings() -> None:
    """Keep QSettings in an INI file in the data folder (beside the program in portable mode).

    Must run before the first QSettings() is made. The registry would tie the settings to one Windows
    account on one PC; a file moves with the data folder or the USB stick.
    """
    QSettings.setDefaultFormat(QSettings.IniFormat)
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(settings_dir()))


def current_language() -> str:
    value = QSettings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def set_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    settings = QSettings()
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def translation_file(language: str) -> Path | None:
    """Our compiled translation for a language; None for the source language."""
    if language == DEFAULT_LANGUAGE:
        return None
    return resource_path("translations", f"{TRANSLATION_BASENAME}_{language}.qm")


def _qt_translations_dirs() -> list[Path]:
    dirs = [Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))]
    try:  # in a PyInstaller bundle the path Qt reports may not exist; PySide6's own folder does
        import PySide6

        package = Path(PySide6.__file__).resolve().parent
        dirs += [package / "Qt" / "translations", package / "translations"]  # Linux / Windows wheel layout
    except Exception:  # pragma: no cover - PySide6 without __file__
        pass
    return dirs


def install_translators(app, language: str | None = None, *, extra: list[Path] | None = None) -> str:
    """Install the translators for `language` (default: the saved setting). Returns the language used.

    Safe to call again: translators from an earlier call are removed first. `extra` adds .qm files on top
    (the pseudo-translation check uses it).
    """
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language or current_language()
    files: list[Path] = []
    qt_name = QT_TRANSLATIONS.get(language)
    if qt_name:
        for folder in _qt_translations_dirs():
            if (folder / f"{qt_name}.qm").exists():
                files.append(folder / f"{qt_name}.qm")
                break
    ours = translation_file(language)
    if ours is not None:
        files.append(ours)
    files += list(extra or [])
    for path in files:
        translator = QTranslator(app)
        if translator.load(str(path)):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("translation %s could not be loaded", path)
    QLocale.setDefault(_LOCALES.get(language, _LOCALES[DEFAULT_LANGUAGE]))
    return language


def app_display_name() -> str:
    """The program's name in the interface language (app.APP_NAME is the Chinese original)."""
    return translate("Application", "教育整顿工作台")


def add_language_menu(main_window) -> None:
    """MENU_EXTENSIONS hook: 文件 → 界面语言 / Language, one checkable entry per language."""
    menu = main_window.file_menu
    from PySide6.QtWidgets import QMenu

    submenu = QMenu("界面语言 / &Language", menu)  # both languages: findable whichever is showing
    menu.insertMenu(main_window.extra_file_actions_anchor, submenu)
    group = QActionGroup(submenu)
    group.setExclusive(True)
    chosen = current_language()
    for code, name in LANGUAGES.items():
        action = QAction(name, submenu, checkable=True)
        action.setData(code)
        action.setChecked(code == chosen)
        group.addAction(action)
        submenu.addAction(action)
    group.triggered.connect(lambda action: _language_chosen(main_window, action.data()))
    main_window.language_menu = submenu


def _language_chosen(parent, language: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    if language == current_language():
        return
    set_language(language)
    QMessageBox.information(parent, "界面语言 / Language",
                            f"重新启动程序后，界面语言改为 {LANGUAGES[language]}。\n\n"
                            f"The interface language changes to {LANGUAGES[language]} "
                            "when you start the program again.")
