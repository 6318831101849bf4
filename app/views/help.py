"""用户手册: the user guide (app/resources/help/user-guide.md and its screenshots) in a window; F1 or
帮助 → 用户手册.

In English (--lang en) it shows user-guide.en.md with the English screenshots (screenshots/en/).

The guide lives inside the package (app/resources/help/, its one copy: a checkout, an installed wheel and
the PyInstaller folder read the same files through importlib.resources). It is Markdown rendered by Qt
itself (QTextDocument's Markdown reader), so no browser engine is needed.
"""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QLocale, Qt, QUrl
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QTextDocument
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

from app import resources
from app.views.i18n import tr

GUIDE = "user-guide.md"
GUIDE_EN = "user-guide.en.md"
IMAGE_MAX_WIDTH = 900
_open: HelpDialog | None = None


def guide_name() -> str:
    """The guide in the interface's language: user-guide.en.md for English, else the Chinese original."""
    return GUIDE_EN if QLocale().language() == QLocale.Language.English else GUIDE


def guide_path() -> Path | None:
    """The user guide in the interface's language (app/resources/help/); the Chinese original when there
    is no translation; None when the installation lacks it."""
    try:
        folder = resources.path("help")  # the whole folder: the guide's pictures are beside it
    except (FileNotFoundError, ModuleNotFoundError, NotADirectoryError):
        return None
    for name in dict.fromkeys((guide_name(), GUIDE)):
        path = folder / name
        if path.is_file():
            return path
    return None


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


def as_image(resource: object) -> QImage | None:
    """An image resource as Qt hands it out (QImage, QPixmap or the file's bytes) as a QImage."""
    if isinstance(resource, QImage):
        image = resource
    elif isinstance(resource, QPixmap):
        image = resource.toImage()
    elif isinstance(resource, QByteArray | bytes):
        image = QImage.fromData(resource)
    else:
        return None
    return None if image.isNull() else image


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
        self.contents.setWordWrap(True)
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
            lay.insertWidget(0, QLabel(tr("找不到用户手册（app/resources/help）：安装可能不完整。")))
            return
        text = path.read_text(encoding="utf-8")
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(path.parent) + "/"))
        self.browser.setSource(QUrl.fromLocalFile(str(path)), QTextDocument.ResourceType.MarkdownResource)
        self._fit_images()
        for level, heading in headings(text):
            QListWidgetItem(("    " if level == 3 else "") + heading, self.contents)

    def _fit_images(self) -> None:
        """Screenshots are 1366 px wide: show each as a smoothly scaled copy at most IMAGE_MAX_WIDTH wide."""
        doc = self.browser.document()
        names: set[str] = set()
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fmt = it.fragment().charFormat()
                if fmt.isImageFormat():
                    names.add(fmt.toImageFormat().name())
                it += 1
            block = block.next()
        for name in names:
            url = QUrl(name)
            image = as_image(doc.resource(QTextDocument.ResourceType.ImageResource, url))
            if image is not None and image.width() > IMAGE_MAX_WIDTH:
                smaller = image.scaledToWidth(IMAGE_MAX_WIDTH, Qt.TransformationMode.SmoothTransformation)
                # the document looks its resources up by the name resolved against its base URL
                resolved = doc.baseUrl().resolved(url)
                doc.addResource(QTextDocument.ResourceType.ImageResource, resolved, smaller)
        doc.markContentsDirty(0, doc.characterCount())

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
    if _open is not None and not shiboken6.isValid(_open):
        _open = None  # it went with the window it was opened from (signed out): open a new one
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
