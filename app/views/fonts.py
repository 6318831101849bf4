"""The bundled Chinese font, registered at start-up: no boxes for Chinese on PCs without a CJK font."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app import resources

FONT_FILE = resources.path("fonts", "wqy-microhei.ttc")
log = logging.getLogger(__name__)


def install_fonts(app: QApplication) -> list[str]:
    """Register app/resources/fonts/wqy-microhei.ttc and make it the application font's fallback family.

    Returns the registered family names (empty when the file is missing or unreadable: the system's fonts
    are then used as they are).
    """
    font_id = QFontDatabase.addApplicationFont(str(FONT_FILE))
    if font_id < 0:
        log.warning("无法加载内置中文字体 %s", FONT_FILE)
        return []
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return []
    chinese = next((f for f in families if "Mono" not in f), families[0])
    font = QFont(app.font())
    current = [f for f in font.families() if f != chinese] or [font.family()]
    for family in current:  # widgets that name a family of their own still find the Chinese glyphs
        QFont.insertSubstitution(family, chinese)
    font.setFamilies([*current, chinese])
    app.setFont(font)
    return list(families)
