"""Paper that leaves the desk: a case's material checklist and approval notice as PDFs, every print logged.

``PaperService.render_checklist`` / ``render_approval_notice`` gather a case in one writing transaction,
number the copy from the print log (copy 2 and later are reprints, printed 补打), add the PrintLog row and
its audit event, and build the PDF there, so the paper and its log line cannot disagree.

The builders (``build_checklist_pdf``, ``build_notice_pdf``) are pure functions of plain values, drawn with
app.services.pdf (the bundled font and its fallbacks; a character no font has is printed as a box with its
code point for the clerk to complete by hand, and the page says so).
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select

from app import models as m
from app.services import permissions, reference, rules, signing
from app.services.base import CHINA, Service, Tx
from app.services.cases import can_see
from app.services.checklists import case_materials
from app.services.enums import CaseStatus
from app.services.errors import ConflictError, InvalidTransition, NotFound, ValidationError
from app.services.pdf import (
    BOTTOM,
    FONTS,
    GREY,
    LEFT,
    LINE_GREY,
    PAGE_W,
    RED,
    RIGHT,
    TOP,
    WIDTH,
    Page,
    code_point,
    labelled,
    new_canvas,
    text_width,
    wrap,
)
from app.services.permissions import COMMISSION, INSTITUTION, PHYSICIAN, Principal
from app.services.types import Actor, CaseMaterial, PaperPreview, PrintRecord

CHECKLIST = "material_checklist"
"""PrintLog.document of the material checklist."""
APPROVAL_NOTICE = "approval_notice"
"""PrintLog.document of the approval notice (the issued electronic registration code)."""
DOCUMENT_LABELS = {CHECKLIST: "纸质材料清单", APPROVAL_NOTICE: "注册结果通知"}
CHECKLIST_TITLE = "医师执业注册纸质材料清单"
NOTICE_TITLE = "医师执业注册结果通知"
WINDOW_SUFFIX = "卫生健康委员会政务服务窗口"
REPRINT_MARK = "补打"


# ---- plain values -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Imprint:
    """Who printed the paper, when (China time), and which copy of the document it is."""

    printed_by: str
    organisation: str
    printed_at: dt.datetime
    copy_no: int = 1

    @property
    def reprint(self) -> bool:
        return self.copy_no > 1


@dataclass(frozen=True)
class ChecklistData:
    """Everything the material checklist prints."""

    case_number: str
    kind_label: str
    status_label: str
    applicant_name: str
    applicant_id_number: str
    institution_name: str
    application: str
    """What is applied for, e.g. "执业医师 · 临床 · 内科专业" ("" when the kind has nothing to say)."""
    submitted_on: dt.date | None
    received_on: dt.date | None
    deadline: dt.date | None
    deadline_provisional: bool
    materials: Sequence[CaseMaterial]
    deliver_to: str
    imprint: Imprint


@dataclass(frozen=True)
class NoticeData:
    """Everything the approval notice prints."""

    case_number: str
    kind_label: str
    applicant_name: str
    applicant_id_number: str
    decided_on: dt.date | None
    registration_code: str
    practice_certificate_number: str
    institution_name: str
    level: str
    category: str
    scopes: Sequence[str]
    place_name: str
    registered_on: dt.date | None
    issuing_authority: str
    imprint: Imprint
    check: str = ""
    """核验码: a digest of what the notice states (app.services.signing); with the code in the QR code."""


@dataclass
class _Result:
    """A built PDF and the characters no font could draw (printed as boxes with their code point)."""

    pdf: bytes
    missing: list[str] = field(default_factory=list)


def print_log(tx: Tx, case: m.Case) -> list[PrintRecord]:
    """The print log of a case the caller may read, oldest first."""
    rows = tx.session.execute(
        select(m.PrintLog, m.UserAccount)
        .outerjoin(m.UserAccount, m.UserAccount.id == m.PrintLog.printed_by)
        .where(m.PrintLog.case_id == case.id)
        .order_by(m.PrintLog.id)
    ).all()
    return [
        PrintRecord(
            id=log.id,
            document=log.document,
            document_label=DOCUMENT_LABELS.get(log.document, log.document),
            copy_no=log.copy_no,
            reprint=log.reprint,
            printed_by_name=(user.display_name or user.username) if user is not None else "",
            printed_at=log.printed_at,
            note=log.note,
        )
        for log, user in rows
    ]


# ---- the service --------------------------------------------------------------------------------


class PaperService(Service):
    """The desk's paper: render_checklist, render_approval_notice, prints (the print log of a case)."""

    def render_checklist(self, actor: Actor, case_id: int, note: str = "") -> bytes:
        """The material checklist of a case as an A4 PDF (a second page when the list is long).

        Anyone who may read the case may print it (a physician their own). Every call is a print: the
        copy number comes from the print log, copy 2 and later are marked 补打, and the PrintLog row and
        its audit event are written in the same transaction. ``note`` (why a reprint is made) is logged.

        Raises ValidationError (bad id), NotFound (no such case), PermissionDenied (not the actor's case).
        """
        cid = rules.record_id(case_id, "case_id", "案件")
        text = rules.note_text(note)
        FONTS.primary()  # parse the font before the write lock is taken
        with self.write(actor, "paper.checklist") as tx:
            case = self._printable(tx, cid)
            # decided from the case (training certificate, documents of a change) with what has arrived,
            # in the same transaction as the print log
            materials = case_materials(tx.session, case, tx.today)
            imprint, log_id = self._log(tx, case, CHECKLIST, text)
            result = build_checklist_pdf(_checklist_data(tx, case, materials, imprint))
            self._audit(tx, case, log_id, CHECKLIST, imprint, text, result.missing)
            return result.pdf

    def render_approval_notice(self, actor: Actor, case_id: int, note: str = "") -> bytes:
        """The notice of an approved case: the issued electronic registration code shown large, with the
        registration's certificate number, institution, level, category, scopes, place and date.

        Logged like the checklist (copy numbers of its own; 补打 from the second copy).

        Raises ValidationError, NotFound, PermissionDenied, InvalidTransition (not approved, or the case
        issued no registration code).
        """
        cid = rules.record_id(case_id, "case_id", "案件")
        text = rules.note_text(note)
        FONTS.primary()
        with self.write(actor, "paper.approval_notice") as tx:
            case = self._printable(tx, cid)
            reg, code = self._notice_registration(tx, case)
            imprint, log_id = self._log(tx, case, APPROVAL_NOTICE, text)
            data = _notice_data(tx, case, reg, code, imprint)
            result = build_notice_pdf(data)
            self._audit(tx, case, log_id, APPROVAL_NOTICE, imprint, text, result.missing)
        signer = signing.current_signer()  # the commission's key from its folder, never the database
        if signer is None:
            return result.pdf
        return signing.sign_notice(result.pdf, signer, location=data.issuing_authority)

    # ---- preview first, log what leaves the desk --------------------------------------------------

    def preview_checklist(self, actor: Actor, case_id: int) -> PaperPreview:
        """The material checklist as the next copy would print, for the print preview; writes nothing.

        Opening a preview is not a print: call ``record_print`` when the copy is printed or saved.
        Raises ValidationError, NotFound, PermissionDenied.
        """
        cid = rules.record_id(case_id, "case_id", "案件")
        FONTS.primary()
        with self.read(actor, "paper.preview_checklist") as tx:
            case = self._printable(tx, cid, lock=False)
            materials = case_materials(tx.session, case, tx.today)
            imprint = self._next_imprint(tx, case, CHECKLIST)
            pdf = build_checklist_pdf(_checklist_data(tx, case, materials, imprint)).pdf
            return PaperPreview(case.id, CHECKLIST, imprint.copy_no, pdf)

    def preview_approval_notice(self, actor: Actor, case_id: int) -> PaperPreview:
        """The approval notice as the next copy would print; writes nothing (see ``preview_checklist``).

        Raises ValidationError, NotFound, PermissionDenied, InvalidTransition (not approved, no code).
        """
        cid = rules.record_id(case_id, "case_id", "案件")
        FONTS.primary()
        with self.read(actor, "paper.preview_approval_notice") as tx:
            case = self._printable(tx, cid, lock=False)
            reg, code = self._notice_registration(tx, case)
            imprint = self._next_imprint(tx, case, APPROVAL_NOTICE)
            pdf = build_notice_pdf(_notice_data(tx, case, reg, code, imprint)).pdf
            return PaperPreview(case.id, APPROVAL_NOTICE, imprint.copy_no, pdf)

    def record_print(
        self, actor: Actor, case_id: int, document: str, copy_no: int, note: str = "", output: str = "print"
    ) -> PrintRecord:
        """Log the copy ``copy_no`` of a previewed document as printed (``output`` "print") or saved as a
        PDF ("pdf"). The copy must still be the next one, so the paper and its log line agree.

        Raises ValidationError (unknown document or output), NotFound, PermissionDenied, ConflictError
        (someone printed a copy since the preview was made: preview again).
        """
        cid = rules.record_id(case_id, "case_id", "案件")
        if document not in DOCUMENT_LABELS:
            raise ValidationError(f"没有这种纸质文件：{document}", "document")
        if output not in ("print", "pdf"):
            raise ValidationError("输出方式应为打印或保存 PDF", "output")
        text = rules.note_text(note)
        with self.write(actor, "paper.record_print") as tx:
            case = self._printable(tx, cid)
            if document == APPROVAL_NOTICE:
                self._notice_registration(tx, case)
            expected = self._next_copy(tx, case, document)
            if copy_no != expected:
                raise ConflictError(
                    f"{DOCUMENT_LABELS[document]}在预览后已有人打印（现应为第 {expected} 份）："
                    "请关闭预览后重新打开，再打印",
                    "copy_no",
                )
            imprint, log_id = self._log(tx, case, document, text)
            self._audit(tx, case, log_id, document, imprint, text, [], output=output)
            row = tx.session.get(m.PrintLog, log_id)
            assert row is not None
            return PrintRecord(
                id=log_id, document=document, document_label=DOCUMENT_LABELS[document], copy_no=row.copy_no,
                reprint=row.reprint, printed_by_name=imprint.printed_by, printed_at=row.printed_at, note=text,
            )

    def prints(self, actor: Actor, case_id: int) -> list[PrintRecord]:
        """The print log of a case, oldest first. Raises ValidationError, NotFound, PermissionDenied."""
        cid = rules.record_id(case_id, "case_id", "案件")
        with self.read(actor, "paper.prints") as tx:
            return print_log(tx, self._printable(tx, cid, lock=False))

    # ---- internals -------------------------------------------------------------------------------

    def _printable(self, tx: Tx, case_id: int, *, lock: bool = True) -> m.Case:
        """The case, if the caller may read it; locked so two clerks printing at once get two copies."""
        case = tx.session.get(m.Case, case_id, with_for_update=lock)
        if case is None:
            raise NotFound(f"案件不存在（编号 {case_id}）", "case_id")
        p = tx.principal
        if not can_see(p, case):
            if case.status == CaseStatus.DRAFT:  # a draft is the physician's alone: others never see it
                raise NotFound(f"案件不存在（编号 {case_id}）", "case_id")
            permissions.require_case(p, case)
        return case

    def _notice_registration(self, tx: Tx, case: m.Case) -> tuple[m.Registration, str]:
        """The registration and code an approval notice prints; InvalidTransition when there is none."""
        if case.status != CaseStatus.APPROVED:
            label = reference.status_label(case.status, case.kind)
            raise InvalidTransition(
                f"案件 {case.number} 尚未批准（当前状态：{label}），不能打印注册结果通知", "case_id"
            )
        reg = tx.session.get(m.Registration, case.registration_id) if case.registration_id else None
        code = case.registration_code or (reg.registration_code if reg is not None else None)
        if reg is None or not code:
            raise InvalidTransition(
                f"案件 {case.number}（{reference.kind_label(case.kind)}）未发放电子化注册识别码，"
                "没有注册结果通知可打印",
                "case_id",
            )
        return reg, code

    def _next_copy(self, tx: Tx, case: m.Case, document: str) -> int:
        before = tx.session.scalar(
            select(func.count())
            .select_from(m.PrintLog)
            .where(m.PrintLog.case_id == case.id, m.PrintLog.document == document)
        )
        return int(before or 0) + 1

    def _next_imprint(self, tx: Tx, case: m.Case, document: str) -> Imprint:
        p = tx.principal
        copy_no = self._next_copy(tx, case, document)
        return Imprint(p.name or p.username, _organisation(tx, p), tx.now.astimezone(CHINA), copy_no)

    def _log(self, tx: Tx, case: m.Case, document: str, note: str) -> tuple[Imprint, int]:
        """Add the PrintLog row of the next copy; (what the paper prints about it, the row's id)."""
        p = tx.principal
        copy_no = self._next_copy(tx, case, document)
        row = m.PrintLog(
            case_id=case.id,
            document=document,
            copy_no=copy_no,
            reprint=copy_no > 1,
            printed_by=p.user_id,
            printed_at=tx.now,
            note=note,
        )
        tx.session.add(row)
        tx.session.flush()
        imprint = Imprint(p.name or p.username, _organisation(tx, p), tx.now.astimezone(CHINA), copy_no)
        return imprint, row.id

    def _audit(
        self,
        tx: Tx,
        case: m.Case,
        log_id: int,
        document: str,
        imprint: Imprint,
        note: str,
        missing: list[str],
        output: str = "",
    ) -> None:
        detail: dict[str, object] = {
            "number": case.number,
            "print_log_id": log_id,
            "document": document,
            "copy_no": imprint.copy_no,
            "reprint": imprint.reprint,
        }
        if output:
            detail["output"] = output
        if note:
            detail["note"] = note
        if missing:
            detail["missing_glyphs"] = [code_point(ch) for ch in missing]
        tx.audit(f"paper.{document}", "case", case.id, detail)
        tx.feed(
            "print_log",
            log_id,
            "printed",
            jurisdiction=case.jurisdiction,
            institution_id=case.institution_id,
            physician_id=case.physician_id,
        )


def _organisation(tx: Tx, p: Principal) -> str:
    """The organisation the printer acts for, as the footer names it."""
    if p.role == COMMISSION:
        return rules.authority_of(p)[0]
    if p.role == INSTITUTION and p.institution_id is not None:
        inst = tx.session.get(m.Institution, p.institution_id)
        return inst.name if inst is not None else ""
    if p.role == PHYSICIAN:
        return "申请人本人"
    return ""


def _china_date(value: dt.datetime | None) -> dt.date | None:
    return value.astimezone(CHINA).date() if value is not None else None


def _applicant(tx: Tx, case: m.Case) -> tuple[str, str]:
    name, id_number = case.applicant_name, case.applicant_id_number
    if (not name or not id_number) and case.physician_id is not None:
        phys = tx.session.get(m.Physician, case.physician_id)
        if phys is not None:
            name, id_number = name or phys.name, id_number or phys.id_number
    return name, id_number


def _institution_name(tx: Tx, institution_id: int | None) -> str:
    inst = tx.session.get(m.Institution, institution_id) if institution_id else None
    return inst.name if inst is not None else ""


def _application(details: dict[str, object]) -> str:
    """What the case applies for, from its details (level · category · scopes)."""
    parts: list[str] = []
    for key in ("level", "category"):
        value = details.get(key)
        if isinstance(value, str) and value:
            parts.append(value)
    scopes = details.get("scopes")
    if isinstance(scopes, list) and scopes:
        parts.append("、".join(str(s) for s in scopes))
    place = details.get("place")
    if isinstance(place, str) and place:
        parts.append(f"执业地点 {reference.area_name(place)}")
    return " · ".join(parts)


def _checklist_data(
    tx: Tx, case: m.Case, materials: Sequence[CaseMaterial], imprint: Imprint
) -> ChecklistData:
    name, id_number = _applicant(tx, case)
    return ChecklistData(
        case_number=case.number,
        kind_label=reference.kind_label(case.kind),
        status_label=reference.status_label(case.status, case.kind),
        applicant_name=name,
        applicant_id_number=id_number,
        institution_name=_institution_name(tx, case.institution_id),
        application=_application(dict(case.details or {})),
        submitted_on=_china_date(case.submitted_at),
        received_on=_china_date(case.received_at),
        deadline=case.deadline,
        deadline_provisional=bool(case.deadline_provisional),
        materials=list(materials),
        deliver_to=f"{reference.area_name(case.jurisdiction)}{WINDOW_SUFFIX}",
        imprint=imprint,
    )


def _notice_data(tx: Tx, case: m.Case, reg: m.Registration, code: str, imprint: Imprint) -> NoticeData:
    name, id_number = _applicant(tx, case)
    person = tx.session.get(m.Physician, reg.physician_id)
    return NoticeData(
        check=signing.registration_check(reg, person.name if person is not None else name),
        case_number=case.number,
        kind_label=reference.kind_label(case.kind),
        applicant_name=name,
        applicant_id_number=id_number,
        decided_on=_china_date(case.decided_at),
        registration_code=code,
        practice_certificate_number=reg.practice_certificate_number or "",
        institution_name=_institution_name(tx, reg.main_institution_id),
        level=reg.level,
        category=reg.category,
        scopes=list(reg.scopes or []),
        place_name=reference.area_name(reg.place) if reg.place else "",
        registered_on=reg.registered_on,
        issuing_authority=reg.issuing_authority,
        imprint=imprint,
    )


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "—"


def _canvas(buffer: io.BytesIO, title: str, subject: str, imprint: Imprint) -> Canvas:
    c = new_canvas(buffer)
    c.setTitle(title)
    c.setSubject(subject)
    c.setAuthor(imprint.organisation or imprint.printed_by)
    c.setCreator("医师电子化注册 regdesk")
    return c


def _reprint_stamp(page: Page, x: float, y: float) -> None:
    """The 补打 mark: a red framed stamp with its left edge at ``x`` and its baseline near ``y``."""
    c = page.c
    size = 14
    w = text_width(REPRINT_MARK, size) + 10
    c.saveState()
    c.setStrokeColor(RED)
    c.setLineWidth(1.4)
    c.roundRect(x, y - 5, w, size + 8, 2, stroke=1, fill=0)
    c.restoreState()
    page.text(x + 5, y, REPRINT_MARK, size, color=RED, bold=True)


def _footer(page: Page, imprint: Imprint, number: int, total: int, document: str) -> None:
    y = BOTTOM
    page.hline(LEFT, RIGHT, y + 11, 0.5, LINE_GREY)
    copy = f"{REPRINT_MARK}（第 {imprint.copy_no} 份）" if imprint.reprint else f"第 {imprint.copy_no} 份"
    who = imprint.printed_by + (f"（{imprint.organisation}）" if imprint.organisation else "")
    left = f"打印人：{who}    打印时间：{imprint.printed_at:%Y-%m-%d %H:%M}    {document}{copy}"
    page.text(LEFT, y, left, 7.5, color=colors.black if not imprint.reprint else RED)
    page.text(RIGHT, y, f"第 {number} 页 / 共 {total} 页", 7.5, color=GREY, anchor="right")


# ---- the checklist --------------------------------------------------------------------------------

_COLS = (13 * mm, 10 * mm, 95 * mm, 20 * mm)  # 收到, 序号, 材料名称, 要求; the rest: 窗口核验
_ROW_SIZE = 10
_NOTE_SIZE = 8
_HEADER_H = 18
_SIGN_BLOCK = 160  # where to bring it, notes and signature lines


def _material_lines(page: Page, item: CaseMaterial) -> tuple[list[str], list[str]]:
    name_w = _COLS[2] - 6
    names = page.wrap(item.material, name_w, _ROW_SIZE)
    notes = page.wrap(f"适用情形：{item.condition}", name_w, _NOTE_SIZE) if item.condition else []
    return names, notes


def _row_height(page: Page, item: CaseMaterial) -> float:
    names, notes = _material_lines(page, item)
    return max(24.0, 8 + len(names) * (_ROW_SIZE + 4) + len(notes) * (_NOTE_SIZE + 3) + 4)


def _table_header(page: Page, y: float) -> float:
    c = page.c
    c.saveState()
    c.setFillColor(colors.Color(0.92, 0.92, 0.92))
    c.rect(LEFT, y - _HEADER_H, WIDTH, _HEADER_H, stroke=0, fill=1)
    c.restoreState()
    x = LEFT
    labels = ("收到", "序号", "材料名称", "要求", "窗口核验")
    widths = (*_COLS, WIDTH - sum(_COLS))
    for label, w in zip(labels, widths, strict=True):
        page.text(x + w / 2, y - 12.5, label, 9, anchor="centre", bold=True)
        x += w
    page.hline(LEFT, RIGHT, y, 0.8)
    page.hline(LEFT, RIGHT, y - _HEADER_H, 0.6)
    return y - _HEADER_H


def _material_row(page: Page, y: float, number: int, item: CaseMaterial) -> float:
    height = _row_height(page, item)
    x = LEFT
    box = 4.6 * mm
    page.tick_box(x + (_COLS[0] - box) / 2, y - 6 - box, box, item.received)
    x += _COLS[0]
    page.text(x + _COLS[1] / 2, y - 15, str(number), _ROW_SIZE, anchor="centre")
    x += _COLS[1]
    names, notes = _material_lines(page, item)
    ty = y - 15
    for line in names:
        page.text(x + 3, ty, line, _ROW_SIZE)
        ty -= _ROW_SIZE + 4
    for line in notes:
        page.text(x + 3, ty + 2, line, _NOTE_SIZE, color=GREY)
        ty -= _NOTE_SIZE + 3
    x += _COLS[2]
    if item.required:
        page.text(x + _COLS[3] / 2, y - 15, "必交", 9.5, anchor="centre", bold=True)
    else:
        page.text(x + _COLS[3] / 2, y - 15, "视情况", 9.5, anchor="centre", color=GREY)
    x += _COLS[3]
    if item.received:
        page.text(x + 4, y - 13, "已收到", 9)
        when = _china_date(item.checked_at)
        page.text(x + 4, y - 24, f"{_day(when)} {item.checked_by_name}".strip(), 7.5, color=GREY)
    page.hline(LEFT, RIGHT, y - height, 0.4, LINE_GREY)
    return y - height


def _checklist_head(page: Page, data: ChecklistData) -> float:
    """Title, kind, case number with its barcode and QR code, the applicant block; returns y below it."""
    qr_side = 27 * mm
    page.qr(data.case_number, RIGHT - qr_side, TOP - qr_side + 2, qr_side)
    page.text(RIGHT - qr_side / 2, TOP - qr_side - 6, "案件编号二维码", 6.5, color=GREY, anchor="centre")
    title_x = LEFT + (WIDTH - qr_side) / 2
    y: float = TOP - 20
    width = page.text(title_x, y, CHECKLIST_TITLE, 19, bold=True, anchor="centre")
    if data.imprint.reprint:
        _reprint_stamp(page, title_x + width / 2 + 8, y)
    y -= 22
    page.text(title_x, y, f"（{data.kind_label}）", 12, anchor="centre")
    y -= 26
    page.text(LEFT, y, "案件编号", 9, color=GREY)
    page.text(LEFT + 16 * mm, y, data.case_number, 13, bold=True)
    y -= 6 + 10 * mm
    page.barcode(data.case_number, LEFT + 16 * mm, y, 70 * mm, 10 * mm)
    y -= 10
    page.hline(LEFT, RIGHT, y, 1.0)
    y -= 16
    half = WIDTH / 2
    rows = [
        (("申请人", data.applicant_name), ("公民身份号码", data.applicant_id_number)),
        (("业务类型", data.kind_label), ("执业机构", data.institution_name)),
        (("提交日期", _day(data.submitted_on)), ("受理日期", _day(data.received_on))),
    ]
    deadline = _day(data.deadline)
    if data.deadline is not None and data.deadline_provisional:
        deadline += "（暂定）"
    rows.append((("办理时限", deadline), ("案件状态", data.status_label)))
    for left, right in rows:
        used = max(
            labelled(page, LEFT, y, left[0], left[1], half - 6, 10.5 if left[0] == "申请人" else 10),
            labelled(page, LEFT + half, y, right[0], right[1], half),
        )
        y -= used + 6
    if data.application:
        y -= labelled(page, LEFT, y, "申请事项", data.application, WIDTH) + 6
    y += 4
    if page.missing:
        chars = "、".join(code_point(ch) for ch in page.missing)
        page.text(LEFT, y - 4, f"注：字库缺少 {chars}，已以虚线方框标示，请手写补全。", 8, color=RED)
        y -= 14
    return y - 6


def _continuation_head(page: Page, data: ChecklistData) -> float:
    y = TOP - 14
    page.text(LEFT, y, f"{CHECKLIST_TITLE}（续）", 13, bold=True)
    page.text(RIGHT, y, f"案件编号 {data.case_number}    申请人 {data.applicant_name}", 9, anchor="right")
    page.hline(LEFT, RIGHT, y - 8, 1.0)
    return y - 20


def _notes(page: Page, y: float, notes: list[str], size: float, leading: float) -> float:
    """Small grey notes across the page from ``y`` down; returns the ``y`` below them."""
    for note in notes:
        for line in page.wrap(note, WIDTH, size):
            page.text(LEFT, y, line, size, color=GREY)
            y -= leading
    return y


def _sign_block(page: Page, y: float, deliver_to: str) -> None:
    y -= 20
    page.text(LEFT, y, "递交地点：", 10, color=GREY)
    for i, line in enumerate(page.wrap(deliver_to, WIDTH - 20 * mm, 11)):
        page.text(LEFT + 20 * mm, y - i * 15, line, 11, bold=True)
    y -= 18
    notes = [
        "1. 请携带本清单及所列材料原件，到上述窗口递交；“必交”材料缺一不可，“视情况”材料按适用情形提供。",
        "2. 方框已勾选的材料为窗口已收到的材料；办理时限按工作日计算，自材料齐全受理之日起算。",
    ]
    y = _notes(page, y, notes, 8.5, 12)
    y -= 22
    page.text(LEFT, y, "窗口备注：", 10)
    page.hline(LEFT + 20 * mm, RIGHT, y - 3, 0.5, LINE_GREY)
    page.hline(LEFT, RIGHT, y - 25, 0.5, LINE_GREY)
    y -= 58
    third = WIDTH / 3
    for i, label in enumerate(("申请人签字：", "经办人签字：", "日期：")):
        x = LEFT + i * third
        w = page.text(x, y, label, 10)
        page.hline(x + w + 2, x + third - 10, y - 3, 0.7)


def build_checklist_pdf(data: ChecklistData) -> _Result:
    """The material checklist: one A4 page, or more when the list is long (the table header repeats,
    the signature block ends the last page)."""
    buffer = io.BytesIO()
    c = _canvas(buffer, f"{CHECKLIST_TITLE} {data.case_number}", data.kind_label, data.imprint)
    page = Page(c)
    # lay the rows out first so every page can say how many pages there are
    head_probe = Page(new_canvas(io.BytesIO()))
    table_top = _checklist_head(head_probe, data) - 8
    heights = [_row_height(page, item) for item in data.materials]
    floor = BOTTOM + 22
    pages: list[list[int]] = [[]]
    y = table_top - _HEADER_H
    for i, h in enumerate(heights):
        if y - h < floor and pages[-1]:
            pages.append([])
            y = TOP - 34 - _HEADER_H
        pages[-1].append(i)
        y -= h
    if y - _SIGN_BLOCK < floor:
        pages.append([])
    total = len(pages)
    for number, rows in enumerate(pages, start=1):
        if number == 1:
            y = _checklist_head(page, data) - 8
        else:
            c.showPage()
            y = _continuation_head(page, data)
        if rows or number == 1:
            y = _table_header(page, y)
            for i in rows:
                y = _material_row(page, y, i + 1, data.materials[i])
        if number == total:
            _sign_block(page, y, data.deliver_to)
        _footer(page, data.imprint, number, total, DOCUMENT_LABELS[CHECKLIST])
    c.showPage()
    c.save()
    return _Result(buffer.getvalue(), page.missing)


# ---- the approval notice -------------------------------------------------------------------------


def build_notice_pdf(data: NoticeData) -> _Result:
    """The approval notice: the electronic registration code large (with QR and barcode), the
    registration's items, and the issuing commission's seal space. One A4 page."""
    buffer = io.BytesIO()
    c = _canvas(buffer, f"{NOTICE_TITLE} {data.case_number}", data.registration_code, data.imprint)
    if data.check:
        c.setKeywords(signing.notice_keywords(data.registration_code, data.check))
    page = Page(c)
    y = TOP - 22
    width = page.text(PAGE_W / 2, y, NOTICE_TITLE, 20, bold=True, anchor="centre")
    if data.imprint.reprint:
        _reprint_stamp(page, PAGE_W / 2 + width / 2 + 8, y)
    y -= 22
    page.text(PAGE_W / 2, y, f"案件编号 {data.case_number}    业务类型 {data.kind_label}", 10, color=GREY,
              anchor="centre")
    y -= 32
    salutation = f"{data.applicant_name}（公民身份号码 {data.applicant_id_number}）："
    for line in page.wrap(salutation, WIDTH, 12):
        page.text(LEFT, y, line, 12)
        y -= 18
    decided = data.decided_on.strftime("%Y年%m月%d日") if data.decided_on else ""
    body = f"\u3000\u3000您申请的“{data.kind_label}”业务已于{decided}准予办理，电子化注册识别码如下。"
    for line in page.wrap(body, WIDTH, 12):
        page.text(LEFT, y, line, 12)
        y -= 18
    # the code, large, in a frame with its QR code and barcode
    y -= 8
    box_h = 46 * mm
    qr_side = 36 * mm
    c.saveState()
    c.setLineWidth(1.6)
    c.roundRect(LEFT, y - box_h, WIDTH, box_h, 4, stroke=1, fill=0)
    c.restoreState()
    qr_value = f"{data.registration_code}|{data.check}" if data.check else data.registration_code
    page.qr(qr_value, RIGHT - qr_side - 5 * mm, y - box_h + 5 * mm, qr_side)
    inner = WIDTH - qr_side - 16 * mm
    page.text(LEFT + 8 * mm, y - 11 * mm, "电子化注册识别码", 11, color=GREY)
    size = 30.0
    while size > 14 and text_width(data.registration_code, size) > inner:
        size -= 1
    page.text(LEFT + 8 * mm, y - 11 * mm - size - 6, data.registration_code, size, bold=True)
    page.barcode(data.registration_code, LEFT + 8 * mm, y - box_h + 7 * mm, inner, 10 * mm)
    y -= box_h + 16
    items = [
        ("医师姓名", data.applicant_name),
        ("公民身份号码", data.applicant_id_number),
    ]
    if data.practice_certificate_number:
        items.append(("医师执业证书编码", data.practice_certificate_number))
    items += [
        ("主要执业机构", data.institution_name),
        ("执业级别", data.level),
        ("执业类别", data.category),
        ("执业范围", "、".join(data.scopes)),
        ("执业地点", data.place_name),
        ("注册日期", _day(data.registered_on)),
        ("发证机关", data.issuing_authority),
    ]
    label_w = 32 * mm
    page.hline(LEFT, RIGHT, y + 6, 0.8)
    for label, value in items:
        lines = page.wrap(value or "—", WIDTH - label_w - 6, 12)
        h = max(24.0, 10 + len(lines) * 16)
        page.text(LEFT + 4, y - 12, label, 10.5, color=GREY)
        for i, line in enumerate(lines):
            page.text(LEFT + label_w, y - 12 - i * 16, line, 12)
        y -= h
        page.hline(LEFT, RIGHT, y + 6, 0.4, LINE_GREY)
    if page.missing:
        chars = "、".join(code_point(ch) for ch in page.missing)
        page.text(LEFT, y - 6, f"注：字库缺少 {chars}，已以虚线方框标示，请手写补全。", 8, color=RED)
        y -= 14
    y -= 16
    notes = [
        "电子化注册识别码是办理变更、多机构备案、注销等后续业务的凭证，请妥善保管。",
        "注册信息可在医师执业注册信息公示系统查询；执业地点、类别、范围变化时须依法办理变更注册。",
    ]
    if data.check:
        notes.append(f"核验码 {data.check}：扫描二维码或在公众查询中核验本通知的真伪及是否与公示信息一致。")
    y = _notes(page, y, notes, 9, 13)
    seal_y = max(y - 44, BOTTOM + 60)
    page.text(RIGHT - 8 * mm, seal_y, f"{data.issuing_authority}（盖章）", 11, anchor="right")
    page.text(RIGHT - 8 * mm, seal_y - 20, decided, 11, anchor="right")
    _footer(page, data.imprint, 1, 1, DOCUMENT_LABELS[APPROVAL_NOTICE])
    c.showPage()
    c.save()
    return _Result(buffer.getvalue(), page.missing)


__all__ = [
    "APPROVAL_NOTICE",
    "CHECKLIST",
    "ChecklistData",
    "Imprint",
    "NoticeData",
    "PaperService",
    "PrintRecord",
    "build_checklist_pdf",
    "build_notice_pdf",
    "text_width",
    "wrap",
]
