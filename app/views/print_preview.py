"""Showing and printing the PDFs the paper service makes (PySide6-Essentials has no QtPdf).

The pages are rasterised in-process by PDFium (the pypdfium2 wheel bundles it), for the screen and for the
printer: no external program (no ``pdftoppm``), so preview and printing work on a bare Windows PC.
``PrintPreview(pdf, title)`` shows the pages with 打印…, 另存为… and 用系统程序打开 buttons.
"""

from __future__ import annotations

import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, Qt, QUrl, Signal
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
from app.views.i18n import tr

SCREEN_DPI = 110
PRINT_DPI = 300
_PDFIUM = threading.Lock()
"""PDFium is not thread-safe: one rasterisation at a time (previews run in worker threads)."""


def paper_service(desk: Desk) -> PaperAPI:
    """The desk's paper service (render_checklist, render_approval_notice, prints)."""
    return desk.paper


def rasterise(pdf: bytes, dpi: int = SCREEN_DPI) -> list[QImage]:
    """The pages of a PDF as images, drawn by PDFium in this process (empty when the PDF cannot be read).

    Safe in a worker thread: QImage (not QPixmap) and one PDFium call at a time.
    """
    if not pdf:
        return []
    images: list[QImage] = []
    with _PDFIUM:
        try:
            document = pdfium.PdfDocument(pdf)
        except pdfium.PdfiumError:
            return []
        try:
            for number in range(len(document)):
                page = document[number]
                try:
                    bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
                    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                   QImage.Format.Format_RGBX8888)
                    images.append(image.copy())  # detached from PDFium's buffer, freed below
                    bitmap.close()
                finally:
                    page.close()
        except pdfium.PdfiumError:
            return []
        finally:
            document.close()
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
    """The pages of a PDF, with 打印… (QPrinter), 另存为… and 用系统程序打开.

    ``produced("print" | "pdf")`` fires when the document really left the desk (printed, or saved as a
    PDF): only then is it a copy for the print log (app/views/printing.py).
    """

    produced = Signal(str)

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
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setStyleSheet("QScrollArea { background: #8a8f96; }")
        self.holder = QWidget()
        self.holder.setStyleSheet("background: #8a8f96;")
        self.pages_lay = QVBoxLayout(self.holder)
        self.pages_lay.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.pages_lay.setSpacing(12)
        self.scroll_area.setWidget(self.holder)
        lay.addWidget(self.scroll_area, 1)
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
        worker.run_read(self, rasterise, pdf, SCREEN_DPI, on_done=self._show_pages)

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
        width = max(self.scroll_area.viewport().width() - 32, 200)
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
        else:
            self.produced.emit("print")
        return self.printed

    def save_as(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("另存为"), f"{self.file_name}.pdf", tr("PDF 文件 (*.pdf)")
        )
        if path:
            Path(path).write_bytes(self.pdf)
            self.info.setText(tr("已保存：{path}").format(path=path))
            self.produced.emit("pdf")
