"""The application's look and language: bundled font, app/resources/qss/regdesk.qss, translations."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from app import resources
from app.views.fonts import install_fonts

QSS_FILE = resources.path("qss", "regdesk.qss")
TRANSLATIONS = resources.path("translations")
"""app/resources/translations: regdesk_<lang>.qm (and the .ts sources they are built from)."""
log = logging.getLogger(__name__)


def apply_theme(app: QApplication) -> None:
    """Register the Chinese font and apply the style sheet (a missing sheet leaves Qt's default look)."""
    install_fonts(app)
    if QSS_FILE.exists():
        app.setStyleSheet(QSS_FILE.read_text(encoding="utf-8"))


def translations_dir() -> Path:
    """Where the compiled translations (regdesk_<lang>.qm) are: app/resources/translations, inside the
    package (importlib.resources), in a checkout, an installed wheel and the PyInstaller folder alike."""
    return TRANSLATIONS


def install_translations(app: QApplication, lang: str = "zh_CN") -> list[QTranslator]:
    """Qt's own strings (OK, Cancel, Show Details…) in the language, and ours from
    app/resources/translations/regdesk_<lang>.qm when the UI is not Chinese (its source language)."""
    QLocale.setDefault(QLocale(lang))
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(f"regdesk_{lang}", str(translations_dir())):
        app.installTranslator(ours)
        installed.append(ours)
    elif lang != "zh_CN":
        log.warning("没有 %s 的界面翻译，界面仍显示中文", lang)
    return installed


def remove_translations(app: QApplication, installed: list[QTranslator]) -> None:
    """Take out translators installed by install_translations (tests switch languages in one process)."""
    for translator in installed:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale("zh_CN"))
