"""Print preview draws the PDF's pages in-process (PDFium via pypdfium2): no pdftoppm, no other program."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtPrintSupport import QPrinter

from app.services import paper
from app.services.checklists import CaseMaterial
from app.views import print_preview
from app.views.print_preview import PrintPreview

WAIT = 20_000


def checklist(n_materials: int = 4) -> bytes:
    items = [
        CaseMaterial(f"第{i}项材料：医师资格证书", True, False, "", None, None)
        for i in range(1, n_materials + 1)
    ]
    data = paper.ChecklistData(
        case_number="YS2026112400001",
        kind_label="注册",
        status_label="待卫健委审核",
        applicant_name="李明华",
        applicant_id_number="11010519491231002X",
        institution_name="广州市天河区第一人民医院",
        application="执业医师 · 临床 · 内科专业",
        submitted_on=dt.date(2026, 11, 24),
        received_on=dt.date(2026, 11, 25),
        deadline=dt.date(2026, 12, 23),
        deadline_provisional=False,
        materials=items,
        deliver_to="广东省广州市天河区卫生健康委员会政务服务窗口",
        imprint=paper.Imprint("陈晓东", "广东省卫生健康委员会", dt.datetime(2026, 11, 25, 10, 30)),
    )
    return paper.build_checklist_pdf(data).pdf


@pytest.fixture
def no_programs(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """An empty PATH, and any attempt to start a program is recorded and fails."""
    started: list[Any] = []

    def refuse(*args: Any, **kwargs: Any) -> Any:
        started.append(args)
        raise OSError("no external programs in this test")

    monkeypatch.setenv("PATH", "")
    monkeypatch.setattr(subprocess, "Popen", refuse)
    monkeypatch.setattr(subprocess, "run", refuse)
    return started


def dark_share(image: QImage) -> float:
    """Share of sampled pixels that are clearly not paper-white (text and lines)."""
    dark = total = 0
    for y in range(0, image.height(), 4):
        for x in range(0, image.width(), 4):
            total += 1
            if QColor(image.pixel(x, y)).lightness() < 128:
                dark += 1
    return dark / max(total, 1)


def test_preview_draws_the_page_without_pdftoppm_or_any_external_program(
    qtbot: Any, no_programs: list[Any]
) -> None:
    pdf = checklist()
    preview = PrintPreview(pdf, "纸质材料清单")
    qtbot.addWidget(preview)
    preview.show()
    qtbot.waitUntil(lambda: preview.ready, timeout=WAIT)
    assert not no_programs
    assert len(preview.pages) == 1
    page = preview.pages[0]
    # A4 at the screen resolution: 210 x 297 mm at 110 dpi
    assert abs(page.width() - round(210 / 25.4 * print_preview.SCREEN_DPI)) <= 2
    assert abs(page.height() - round(297 / 25.4 * print_preview.SCREEN_DPI)) <= 2
    assert 0.003 < dark_share(page) < 0.5  # text is drawn, the page is not blank and not black
    shown = preview._labels[0].pixmap()
    assert not shown.isNull() and shown.width() > 200
    assert preview.print_button.isEnabled()
    assert preview.info.text() == "共 1 页"


def test_every_page_of_a_long_pdf_is_shown(qtbot: Any, no_programs: list[Any]) -> None:
    pdf = checklist(60)
    preview = PrintPreview(pdf, "纸质材料清单")
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.ready, timeout=WAIT)
    assert len(preview.pages) >= 2
    assert len(preview._labels) == len(preview.pages)
    assert all(dark_share(p) > 0.003 for p in preview.pages)
    assert not no_programs


def test_printing_paints_the_pages_on_the_printer_without_external_programs(
    qtbot: Any, tmp_path: Path, no_programs: list[Any]
) -> None:
    preview = PrintPreview(checklist(), "纸质材料清单")
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: preview.ready, timeout=WAIT)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert preview.print_to(printer)
    assert preview.printed
    printed = print_preview.rasterise(out.read_bytes(), 50)
    assert len(printed) == 1 and dark_share(printed[0]) > 0.003
    assert not no_programs


def test_a_damaged_pdf_says_so_instead_of_showing_pages(qtbot: Any) -> None:
    preview = PrintPreview(b"%PDF-1.4 not really a pdf", "纸质材料清单")
    qtbot.addWidget(preview)
    qtbot.waitUntil(lambda: "无法生成预览" in preview.info.text(), timeout=WAIT)
    assert not preview.ready and not preview.print_button.isEnabled()
