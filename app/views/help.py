"""用户手册: the user guide (docs/user-guide.md and its screenshots) in a window; F1 or 帮助 → 用户手册.

The guide is Markdown rendered by Qt itself (QTextDocument's Markdown reader), so no browser engine is needed.
An installed app finds it inside the package (app/resources/help/, through importlib.resources); a checkout
reads docs/ directly.
"""

from __future__ import annotations

import importlib.resources
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor, QTextDocument, QTextImageFormat
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.views.i18n import tr

GUIDE = "user-guide.md"
CHECKOUT_DOCS = Path(__file__).resolve().parents[2] / "docs"
IMAGE_MAX_WIDTH = 900
_open: HelpDialog | None = None


def guide_path() -> Path | None:
    """The user guide: packaged (app/resources/help/user-guide.md) or the checkout's docs/user-guide.md."""
    try:
        packaged = importlib.resources.files("app").joinpath("resources", "help", GUIDE)
        if packaged.is_file():
            return Path(str(packaged))
    except (ModuleNotFoundError, NotADirectoryError):
        pass
    path = CHECKOUT_DOCS / GUIDE
    return path if path.is_file() else None


def headings(markdown: str) -> list[tuple[int, str]]:
    """(level, text) of the guide's ## and ### headings, for the contents list."""
    out = []
    fenced = False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
        if fenced:
            continue
        for level in (2, 3):
            mark = "#" * level + " "
            if line.startswith(mark):
                out.append((level, line[len(mark):].strip()))
    return out


class HelpDialog(QDialog):
    """The guide with its contents on the left; clicking a heading scrolls to it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("helpDialog")
        self.setWindowTitle(tr("用户手册"))
        self.resize(1200, 720)
        lay = QVBoxLayout(self)
        split = QSplitter()
        self.contents = QListWidget()
        self.contents.setObjectName("helpContents")
        self.browser = QTextBrowser()
        self.browser.setObjectName("helpBrowser")
        self.browser.setOpenExternalLinks(True)
        split.addWidget(self.contents)
        split.addWidget(self.browser)
        split.setSizes([260, 940])
        lay.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        lay.addWidget(buttons)
        self.contents.currentItemChanged.connect(
            lambda item, _old: self.go_to(item.text().strip()) if item else None)

        path = guide_path()
        if path is None:
            self.contents.hide()
            lay.insertWidget(0, QLabel(tr("找不到用户手册（docs/user-guide.md）：安装可能不完整。")))
            return
        text = path.read_text(encoding="utf-8")
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        self._fit_images()
        for level, heading in headings(text):
            QListWidgetItem(("    " if level == 3 else "") + heading, self.contents)

    def _fit_images(self) -> None:
        """Screenshots are 1366 px wide: show them at most IMAGE_MAX_WIDTH wide (height follows)."""
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = fmt.toImageFormat()
                    loaded = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl(image.name()))
                    width = getattr(loaded, "width", lambda: 0)()
                    if width > IMAGE_MAX_WIDTH:
                        fitted = QTextImageFormat(image)
                        fitted.setWidth(IMAGE_MAX_WIDTH)
                        fitted.setHeight(loaded.height() * IMAGE_MAX_WIDTH / width)
                        cursor = QTextCursor(doc)
                        cursor.setPosition(fragment.position())
                        end = fragment.position() + fragment.length()
                        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                        cursor.setCharFormat(fitted)
                it += 1
            block = block.next()

    def go_to(self, heading: str) -> bool:
        """Scroll so that the heading is at the top; False when the guide has no such heading."""
        doc = self.browser.document()
        block = doc.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() > 0 and block.text().strip() == heading:
                top = doc.documentLayout().blockBoundingRect(block).top()
                self.browser.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        return False


def open_help(parent: QWidget | None = None) -> HelpDialog:
    """Show the guide (one window: a second F1 brings the open one to the front)."""
    global _open
    if _open is None or not _open.isVisible():
        _open = HelpDialog(parent)
    _open.show()
    _open.raise_()
    _open.activateWindow()
    return _open


def add_help_shortcut(widget: QWidget) -> QShortcut:
    """F1 on a window without a 帮助 menu (the login dialog) opens the guide."""
    shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), widget)
    shortcut.activated.connect(lambda: open_help(widget))
    return shortcut
