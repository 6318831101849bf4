"""Showing and printing the PDFs the paper service makes (PySide6-Essentials has no QtPdf).

The pages are rasterised with ``pdftoppm`` (poppler-utils) for the screen and for the printer; without it
the PDF is saved to a temporary file and opened in the system's PDF viewer (QDesktopServices), from
which it can be printed. ``PrintPreview(pdf, title)`` shows the pages with 打印… and 另存为… buttons.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QPainter, QPixmap, QResizeEvent, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import Desk, PaperAPI
from app.views import worker

SCREEN_DPI = 110
PRINT_DPI = 300
PDFTOPPM_TIMEOUT = 60


def tr(text: str) -> str:
    return QCoreApplication.translate("print_preview", text)


def paper_service(desk: Desk) -> PaperAPI:
    """The desk's paper service (render_checklist, render_approval_notice, prints)."""
    return desk.paper


def can_rasterise() -> bool:
    """True when pdftoppm is on the PATH (pages can be shown and printed here)."""
    return shutil.which("pdftoppm") is not None


def rasterise(pdf: bytes, dpi: int = SCREEN_DPI) -> list[QImage]:
    """The pages of a PDF as images (empty when pdftoppm is missing or fails). Safe in a worker thread."""
    exe = shutil.which("pdftoppm")
    if exe is None or not pdf:
        return []
    with tempfile.TemporaryDirectory(prefix="regdesk-pdf-") as tmp:
        source = Path(tmp) / "doc.pdf"
        source.write_bytes(pdf)
        try:
            subprocess.run(
                [exe, "-r", str(dpi), "-png", str(source), str(Path(tmp) / "page")],
                check=True,
                capture_output=True,
                timeout=PDFTOPPM_TIMEOUT,
            )
        except (OSError, subprocess.SubprocessError):
            return []
        pages = sorted(Path(tmp).glob("page*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[-1]))
        images = []
        for page in pages:
            image = QImage(str(page))
            if not image.isNull():
                images.append(image.copy())  # detached from the file that goes away with tmp
        return images


def print_images(printer: QPrinter, pages: list[QImage]) -> bool:
    """Paint page images onto the printer, each scaled to fit the printable area; False if none."""
    if not pages:
        return False
    painter = QPainter()
    if not painter.begin(printer):
        return False
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(
                area.x() + (area.width() - size.width()) // 2, area.y(), size.width(), size.height()
            )
            painter.drawImage(target, image)
    finally:
        painter.end()
    return True


def print_pdf(printer: QPrinter, pdf: bytes, dpi: int = PRINT_DPI) -> bool:
    """Print a PDF by rasterising its pages at the printer's resolution (at most ``dpi``)."""
    resolution = min(dpi, max(printer.resolution(), SCREEN_DPI))
    return print_images(printer, rasterise(pdf, resolution))


def open_externally(pdf: bytes, name: str = "regdesk") -> Path:
    """Save the PDF to a temporary file and open it with the system's viewer; returns the file."""
    handle = tempfile.NamedTemporaryFile(prefix=f"{name}-", suffix=".pdf", delete=False)
    with handle:
        handle.write(pdf)
    QDesktopServices.openUrl(QUrl.fromLocalFile(handle.name))
    return Path(handle.name)


class PrintPreview(QDialog):
    """The pages of a PDF, with 打印… (QPrinter), 另存为… and 用系统程序打开."""

    def __init__(
        self,
        pdf: bytes,
        title: str,
        parent: QWidget | None = None,
        *,
        file_name: str = "regdesk",
        printer_factory: Callable[[], QPrinter] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("printPreview")
        self.setWindowTitle(title)
        self.pdf = pdf
        self.file_name = file_name
        self.pages: list[QImage] = []
        self.printed = False
        self._printer_factory = printer_factory or (lambda: QPrinter(QPrinter.PrinterMode.HighResolution))
        lay = QVBoxLayout(self)
        self.info = QLabel(tr("正在生成预览…"))
        lay.addWidget(self.info)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setStyleSheet("QScrollArea { background: #8a8f96; }")
        self.holder = QWidget()
        self.holder.setStyleSheet("background: #8a8f96;")
        self.pages_lay = QVBoxLayout(self.holder)
        self.pages_lay.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_lay.setSpacing(12)
        self.scroll.setWidget(self.holder)
        lay.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox()
        self.print_button = QPushButton(tr("打印(&P)…"))
        self.print_button.setObjectName("printButton")
        self.print_button.setEnabled(False)
        self.save_button = QPushButton(tr("另存为 PDF(&S)…"))
        self.open_button = QPushButton(tr("用系统程序打开(&O)"))
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("关闭"))
        for button in (self.print_button, self.save_button, self.open_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setDefault(True)
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_as)
        self.open_button.clicked.connect(lambda: open_externally(self.pdf, self.file_name))
        QShortcut(QKeySequence.StandardKey.Print, self, self.print_document)
        lay.addWidget(buttons)
        self.resize(760, 900)
        if can_rasterise():
            worker.run_read(self, rasterise, pdf, SCREEN_DPI, on_done=self._show_pages)
        else:
            self.info.setText(
                tr(
                    "本机没有安装 pdftoppm（poppler-utils），无法在此预览和打印；"
                    "已用系统的 PDF 阅读程序打开，请在那里打印。"
                )
            )
            self.scroll.hide()
            open_externally(pdf, file_name)

    def _show_pages(self, pages: list[QImage]) -> None:
        self.pages = pages
        if not pages:
            self.info.setText(tr("无法生成预览，请用系统程序打开后打印。"))
            return
        self.info.setText(tr("共 {n} 页").format(n=len(pages)))
        self._labels: list[QLabel] = []
        for _image in pages:
            page = QLabel()
            page.setStyleSheet("background: white; border: 1px solid #555555;")
            self.pages_lay.addWidget(page)
            self._labels.append(page)
        self._fit_pages()
        self.print_button.setEnabled(True)
        self.print_button.setFocus()

    def _fit_pages(self) -> None:
        """Pages as wide as the view (never wider than rendered), so no sideways scrolling."""
        width = max(self.scroll.viewport().width() - 32, 200)
        for label, image in zip(getattr(self, "_labels", []), self.pages, strict=False):
            shown = (
                image
                if image.width() <= width
                else image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
            )
            label.setPixmap(QPixmap.fromImage(shown))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.pages:
            self._fit_pages()

    @property
    def ready(self) -> bool:
        return bool(self.pages)

    def print_document(self) -> None:
        """Ask for a printer, then print every page."""
        if not self.ready:
            return
        printer = self._printer_factory()
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("打印"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.print_to(printer)

    def print_to(self, printer: QPrinter) -> bool:
        """Print on a printer already set up (used by print_document and by tests with a PDF printer)."""
        self.printed = print_pdf(printer, self.pdf)
        if not self.printed:
            self.info.setText(tr("打印失败：无法把文件送到打印机"))
        return self.printed

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("另存为"), f"{self.file_name}.pdf", tr("PDF 文件 (*.pdf)")
        )
        if path:
            Path(path).write_bytes(self.pdf)
            self.info.setText(tr("已保存：{path}").format(path=path))
