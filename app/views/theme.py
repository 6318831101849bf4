"""The application's look and language: bundled font, app/resources/qss/regdesk.qss, translations."""

from __future__ import annotations

import logging

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


def install_translations(app: QApplication, lang: str = "zh_CN") -> list[QTranslator]:
    """Qt's own strings (OK, Cancel, Show Details…) in the language, and ours from
    app/resources/translations/regdesk_<lang>.qm when the UI is not Chinese (its source language)."""
    QLocale.setDefault(QLocale(lang))
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    if lang != "zh_CN":
        ours = QTranslator(app)
        if ours.load(f"regdesk_{lang}", str(TRANSLATIONS)):
            app.installTranslator(ours)
            installed.append(ours)
        else:
            log.warning("没有 %s 的界面翻译，界面仍显示中文", lang)
    return installed
