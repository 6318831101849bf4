"""Previewing and printing a case's paper: a preview is not a print.

``open_paper(parent, desk, actor, case, document)`` renders the next copy for the screen (nothing logged),
shows it in the print preview, and logs it in the print log only when it is really printed or saved as a
PDF (``paper.record_print``), so the first real notice is copy 1 however often it was looked at.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from app.services.contract import Actor, DomainError
from app.views import worker
from app.views.i18n import error_text, tr

CHECKLIST = "material_checklist"
NOTICE = "approval_notice"



def paper(desk: Any) -> Any:
    from app.views.print_preview import paper_service

    return paper_service(desk)


def can_preview(desk: Any) -> bool:
    """True when the desk has the paper service's previews."""
    return callable(getattr(paper(desk), "preview_checklist", None))


def open_paper(parent: QWidget, desk: Any, actor: Actor, case: Any, document: str = CHECKLIST,
               on_shown: Callable[[QDialog], None] | None = None) -> None:
    """Render ``document`` of ``case`` for the preview in the background, then show it; a print or a saved
    PDF from the preview is logged as a copy (a refusal, e.g. a copy printed meanwhile, shows in it)."""
    from app.views.print_preview import PrintPreview

    service = paper(desk)
    render = service.preview_checklist if document == CHECKLIST else service.preview_approval_notice
    template = tr("材料清单 — {n} {name}") if document == CHECKLIST else tr("注册结果通知 — {n} {name}")
    title = template.format(n=case.number, name=case.applicant_name)
    stem = tr("材料清单") if document == CHECKLIST else tr("注册结果通知")

    def show(draft: Any) -> None:
        preview = PrintPreview(draft.pdf, title, parent, file_name=f"{stem}-{case.number}")
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.produced.connect(lambda output: _record(preview, service, actor, draft, output))
        preview.open()
        if on_shown is not None:
            on_shown(preview)

    worker.run_read(parent, render, actor, case.id, on_done=show)


def _record(preview: Any, service: Any, actor: Actor, draft: Any, output: str) -> None:
    def refused(err: DomainError) -> bool:
        preview.info.setText(error_text(err))
        return True

    def logged(record: Any) -> None:
        what = tr("已打印") if output == "print" else tr("已保存 PDF")
        copy = tr("补打（第 {n} 份）") if record.reprint else tr("第 {n} 份")
        preview.info.setText(tr("{what}，{copy}，已记入打印记录").format(
            what=what, copy=copy.format(n=record.copy_no)))

    worker.run_write(preview, service.record_print, actor, draft.case_id, draft.document, draft.copy_no,
                     output=output, on_done=logged, on_error=refused,
                     announce={"print_log": [draft.case_id]})
