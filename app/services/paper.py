"""Paper that leaves the desk: a case's material checklist and approval notice as PDFs, every print logged.

``PaperService.render_checklist`` / ``render_approval_notice`` gather a case in one writing transaction,
number the copy from the print log (copy 2 and later are reprints, printed 补打), add the PrintLog row and
its audit event, and build the PDF there, so the paper and its log line cannot disagree.

The builders (``build_checklist_pdf``, ``build_notice_pdf``) are pure functions of plain values. They use
only the bundled WenQuanYi Micro Hei (TrueType, embedded as a subset; never the unembedded STSong-Light).
Characters that font lacks (rare characters beyond the BMP such as 𠮷) are drawn with the first TrueType
fallback font that has them (``REGDESK_PDF_FALLBACK_FONTS``, other fonts in app/resources/fonts,
SimSun-ExtB / MingLiU-ExtB on Windows, HanaMin on Linux); when no font has one, a box with its code point is
printed for the clerk to complete by hand, and the page says so. Either way the text layer keeps the real
character.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics, ttfonts
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import func, select

from app import models as m
from app import resources
from app.services import permissions, reference, rules, signing
from app.services.base import CHINA, Service, Tx
from app.services.cases import can_see
from app.services.checklists import case_materials
from app.services.enums import CaseStatus
from app.services.errors import ConflictError, InvalidTransition, NotFound, ValidationError
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

FONT_DIR = resources.path("fonts")
"""The packaged fonts (app/resources/fonts), a real folder: reportlab reads TrueType files by path."""
FONT_FILE = FONT_DIR / "wqy-microhei.ttc"
FONT = "RegDeskSans"
"""reportlab name of the bundled WenQuanYi Micro Hei (subfont 0)."""
FALLBACK_ENV = "REGDESK_PDF_FALLBACK_FONTS"
"""os.pathsep-separated TrueType files tried, in order, for characters WenQuanYi lacks."""


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
            detail["missing_glyphs"] = [_code_point(ch) for ch in missing]
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


# ---- fonts ----------------------------------------------------------------------------------------


def _fix_tounicode() -> None:
    """reportlab writes a character beyond the BMP into a subset's ToUnicode CMap as 5 hex digits (not
    UTF-16), so copying or searching 𠮷 fails; write UTF-16 surrogate pairs instead (idempotent)."""
    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_regdesk_utf16", False):
        return

    def make(fontname: str, subset: Sequence[int]) -> str:
        text = original(fontname, [c if c <= 0xFFFF else 0 for c in subset])
        for i, c in enumerate(subset):
            if c > 0xFFFF:
                utf16 = chr(c).encode("utf-16-be").hex().upper()
                text = text.replace(f"<{i:02X}> <0000>", f"<{i:02X}> <{utf16}>", 1)
        return str(text)

    make._regdesk_utf16 = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make


def _fallback_paths() -> list[Path]:
    """TrueType files that may hold what WenQuanYi lacks, in the order they are tried."""
    paths = [Path(p) for p in os.environ.get(FALLBACK_ENV, "").split(os.pathsep) if p.strip()]
    if FONT_DIR.is_dir():
        paths += sorted(
            p for p in FONT_DIR.iterdir() if p.suffix.lower() in (".ttf", ".ttc") and p.name != FONT_FILE.name
        )
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:  # Windows office PCs: SimSun-ExtB / MingLiU-ExtB cover CJK Extension B (used, not shipped)
        names = ("simsunb.ttf", "mingliub.ttc", "simsun.ttc", "msyh.ttc")
        paths += [Path(windir) / "Fonts" / n for n in names]
    paths += [
        Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf"),  # Debian fonts-hanazono
        Path("/usr/share/fonts/truetype/hanazono/HanaMinA.ttf"),
    ]
    return paths


class _FontBook:
    """The bundled font, and fallback fonts loaded one at a time, only when a character needs one."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._primary: frozenset[int] | None = None
        self._loaded: list[tuple[str, frozenset[int]]] = []
        self._pending: list[Path] | None = None

    def primary(self) -> frozenset[int]:
        """Register WenQuanYi Micro Hei (once); its character set."""
        chars = self._primary
        if chars is not None:
            return chars
        with self._lock:
            if self._primary is None:
                _fix_tounicode()
                font = TTFont(FONT, str(FONT_FILE), subfontIndex=0)
                pdfmetrics.registerFont(font)
                self._primary = frozenset(font.face.charToGlyph)
            return self._primary

    def font_for(self, ch: str) -> str | None:
        """The font that draws ``ch``: the bundled one, else the first fallback with it, else None."""
        code = ord(ch)
        if code in self.primary():
            return FONT
        with self._lock:
            for name, chars in self._loaded:
                if code in chars:
                    return name
            if self._pending is None:
                self._pending = [p for p in _fallback_paths() if p.is_file()]
            while self._pending:  # open the next candidate only when the loaded ones lack the character
                loaded = _load_fallback(self._pending.pop(0))
                if loaded is None:
                    continue
                self._loaded.append(loaded)
                if code in loaded[1]:
                    return loaded[0]
            return None


def _load_fallback(path: Path) -> tuple[str, frozenset[int]] | None:
    name = f"RegDeskFallback-{path.stem}"
    try:  # CFF outlines, fonts that forbid embedding, broken files: not a fallback
        font = TTFont(name, str(path), subfontIndex=0)
    except Exception:  # noqa: BLE001 - any unusable font is simply skipped
        return None
    pdfmetrics.registerFont(font)
    return name, frozenset(font.face.charToGlyph)


FONTS = _FontBook()


def _code_point(ch: str) -> str:
    return f"U+{ord(ch):04X}"


def _clean(text: str) -> str:
    return " ".join(str(text).split()) if any(c in text for c in "\r\n\t") else str(text)


def _runs(text: str) -> list[tuple[str | None, str]]:
    """``text`` split into runs of one font each (None: a character no font has)."""
    runs: list[tuple[str | None, str]] = []
    for ch in _clean(text):
        font = FONTS.font_for(ch)
        if runs and runs[-1][0] == font and font is not None:
            runs[-1] = (font, runs[-1][1] + ch)
        else:
            runs.append((font, ch))
    return runs


def text_width(text: str, size: float) -> float:
    """Width in points of ``text`` as ``draw_text`` draws it."""
    return sum(pdfmetrics.stringWidth(t, f, size) if f else size * len(t) for f, t in _runs(text))


# ---- drawing helpers ------------------------------------------------------------------------------


class _Page:
    """A canvas with the project's text drawing: font fallback, missing characters as boxes."""

    def __init__(self, canvas: Canvas) -> None:
        self.c = canvas
        self.missing: list[str] = []

    def text(
        self,
        x: float,
        y: float,
        text: str,
        size: float = 10,
        *,
        color: colors.Color = colors.black,
        bold: bool = False,
        anchor: str = "left",
    ) -> float:
        """Draw one line; returns its width. ``anchor``: left, centre or right of ``x``."""
        width = text_width(text, size)
        if anchor == "centre":
            x -= width / 2
        elif anchor == "right":
            x -= width
        c = self.c
        c.saveState()
        c.setFillColor(color)
        c.setStrokeColor(color)
        for font, run in _runs(text):
            if font is None:
                for ch in run:
                    self._missing_box(x, y, ch, size, color)
                    x += size
                continue
            t = c.beginText(x, y)
            t.setFont(font, size)
            if bold:  # WenQuanYi has no bold face: fill and stroke the outlines
                c.setLineWidth(size * 0.035)
                t.setTextRenderMode(2)
            t.textOut(run)
            c.drawText(t)
            x += pdfmetrics.stringWidth(run, font, size)
        c.restoreState()
        return width

    def _missing_box(self, x: float, y: float, ch: str, size: float, color: colors.Color) -> None:
        """A character no font has: a dashed box one em wide to complete by hand; the text layer keeps
        the character itself (an invisible glyph marked with its ActualText)."""
        if ch not in self.missing:
            self.missing.append(ch)
        c = self.c
        c.saveState()  # the text render mode outlives the text object: keep it inside this state
        actual = ch.encode("utf-16-be").hex().upper()
        c.addLiteral(f"/Span <</ActualText <FEFF{actual}>>> BDC")
        t = c.beginText(x, y)
        t.setFont(FONT, size)
        t.setTextRenderMode(3)
        t.textOut("口")
        c.drawText(t)
        c.addLiteral("EMC")
        c.setLineWidth(0.5)
        c.setDash(1, 1)
        c.rect(x + size * 0.06, y - size * 0.12, size * 0.88, size * 0.98, stroke=1, fill=0)
        c.restoreState()

    def wrap(self, text: str, width: float, size: float) -> list[str]:
        return wrap(text, width, size)

    def tick_box(self, x: float, y: float, side: float, ticked: bool) -> None:
        """A box to tick (drawn: WenQuanYi has no ☐), with a drawn tick when ``ticked``."""
        c = self.c
        c.saveState()
        c.setLineWidth(0.8)
        c.rect(x, y, side, side, stroke=1, fill=0)
        if ticked:
            c.setLineWidth(1.4)
            c.setLineCap(1)
            c.setLineJoin(1)
            p = c.beginPath()
            p.moveTo(x + side * 0.18, y + side * 0.52)
            p.lineTo(x + side * 0.42, y + side * 0.22)
            p.lineTo(x + side * 0.86, y + side * 0.84)
            c.drawPath(p, stroke=1, fill=0)
        c.restoreState()

    def qr(self, value: str, x: float, y: float, side: float) -> None:
        """A QR code of ``value``: the widget's modules drawn as rectangles (renderPDF would add an
        unembedded Helvetica to the page's fonts)."""
        from reportlab.graphics.barcode.qr import QrCodeWidget  # the barcode package loads every symbology
        from reportlab.graphics.shapes import Rect

        widget = QrCodeWidget(value, barLevel="M")
        x0, y0, x1, y1 = widget.getBounds()
        sx, sy = side / (x1 - x0), side / (y1 - y0)
        c = self.c
        c.saveState()
        draw: Callable[[], Any] = widget.draw  # untyped in the stubs
        for shape in draw().contents:
            if not isinstance(shape, Rect) or shape.fillColor is None:
                continue
            c.setFillColor(shape.fillColor)
            c.rect(x + (shape.x - x0) * sx, y + (shape.y - y0) * sy, shape.width * sx, shape.height * sy,
                   stroke=0, fill=1)
        c.restoreState()

    def barcode(self, value: str, x: float, y: float, max_width: float, height: float) -> float:
        """A Code128 barcode of ``value`` no wider than ``max_width``; returns its width."""
        from reportlab.graphics.barcode.code128 import Code128  # at first use: slow to import

        probe = Code128(value, barWidth=1, barHeight=height, humanReadable=0, quiet=0)
        bar = min(0.4 * mm, max_width / probe.width)
        code = Code128(value, barWidth=bar, barHeight=height, humanReadable=0, quiet=0)
        code.drawOn(self.c, x, y)
        return float(code.width)

    def hline(self, x0: float, x1: float, y: float, width: float = 0.6, grey: float = 0.0) -> None:
        c = self.c
        c.saveState()
        c.setLineWidth(width)
        c.setStrokeColor(colors.Color(grey, grey, grey))
        c.line(x0, y, x1, y)
        c.restoreState()


_NO_LINE_START = set("，。、；：！？）》」』】〕,.;:!?)%")
_WORD = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_/.")


def wrap(text: str, width: float, size: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``: Chinese breaks anywhere, Latin words and
    numbers stay together where they can, no line starts with closing punctuation."""
    text = _clean(text)
    lines: list[str] = []
    line = ""
    for ch in text:
        if not line and ch == " ":
            continue
        candidate = line + ch
        if text_width(candidate, size) <= width or not line or ch in _NO_LINE_START:
            line = candidate
            continue
        cut = len(line)
        if ch in _WORD:  # keep a Latin word or a number together
            while cut > 0 and line[cut - 1] in _WORD:
                cut -= 1
            if cut == 0:
                cut = len(line)
        lines.append(line[:cut].rstrip())
        line = (line[cut:] + ch).lstrip()
    if line:
        lines.append(line)
    return lines or [""]


def _day(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else "—"


PAGE_W: float = A4[0]
PAGE_H: float = A4[1]
MARGIN: float = 18 * mm
LEFT, RIGHT = MARGIN, PAGE_W - MARGIN
TOP, BOTTOM = PAGE_H - MARGIN, MARGIN
WIDTH = RIGHT - LEFT
GREY = colors.Color(0.35, 0.35, 0.35)
RED = colors.Color(0.75, 0.05, 0.05)
LINE_GREY = 0.55


def _new_canvas(buffer: io.BytesIO) -> Canvas:
    """An A4 canvas whose initial font is the bundled one (else an unembedded Helvetica is listed)."""
    FONTS.primary()
    initial: dict[str, Any] = {"initialFontName": FONT, "initialFontSize": 10}  # the stubs mistype these
    return Canvas(buffer, pagesize=A4, pageCompression=1, **initial)


def _canvas(buffer: io.BytesIO, title: str, subject: str, imprint: Imprint) -> Canvas:
    c = _new_canvas(buffer)
    c.setTitle(title)
    c.setSubject(subject)
    c.setAuthor(imprint.organisation or imprint.printed_by)
    c.setCreator("医师电子化注册 regdesk")
    return c


def _reprint_stamp(page: _Page, x: float, y: float) -> None:
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


def _footer(page: _Page, imprint: Imprint, number: int, total: int, document: str) -> None:
    y = BOTTOM
    page.hline(LEFT, RIGHT, y + 11, 0.5, LINE_GREY)
    copy = f"{REPRINT_MARK}（第 {imprint.copy_no} 份）" if imprint.reprint else f"第 {imprint.copy_no} 份"
    who = imprint.printed_by + (f"（{imprint.organisation}）" if imprint.organisation else "")
    left = f"打印人：{who}    打印时间：{imprint.printed_at:%Y-%m-%d %H:%M}    {document}{copy}"
    page.text(LEFT, y, left, 7.5, color=colors.black if not imprint.reprint else RED)
    page.text(RIGHT, y, f"第 {number} 页 / 共 {total} 页", 7.5, color=GREY, anchor="right")


def _field(page: _Page, x: float, y: float, label: str, value: str, width: float, size: float = 10) -> float:
    """``label：value`` with the value wrapped into ``width``; returns the height used."""
    label_w = 24 * mm
    page.text(x, y, label, size - 1, color=GREY)
    lines = page.wrap(value or "—", width - label_w, size)
    for i, line in enumerate(lines):
        page.text(x + label_w, y - i * (size + 4), line, size)
    return len(lines) * (size + 4)


# ---- the checklist --------------------------------------------------------------------------------

_COLS = (13 * mm, 10 * mm, 95 * mm, 20 * mm)  # 收到, 序号, 材料名称, 要求; the rest: 窗口核验
_ROW_SIZE = 10
_NOTE_SIZE = 8
_HEADER_H = 18
_SIGN_BLOCK = 160  # where to bring it, notes and signature lines


def _material_lines(page: _Page, item: CaseMaterial) -> tuple[list[str], list[str]]:
    name_w = _COLS[2] - 6
    names = page.wrap(item.material, name_w, _ROW_SIZE)
    notes = page.wrap(f"适用情形：{item.condition}", name_w, _NOTE_SIZE) if item.condition else []
    return names, notes


def _row_height(page: _Page, item: CaseMaterial) -> float:
    names, notes = _material_lines(page, item)
    return max(24.0, 8 + len(names) * (_ROW_SIZE + 4) + len(notes) * (_NOTE_SIZE + 3) + 4)


def _table_header(page: _Page, y: float) -> float:
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


def _material_row(page: _Page, y: float, number: int, item: CaseMaterial) -> float:
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


def _checklist_head(page: _Page, data: ChecklistData) -> float:
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
            _field(page, LEFT, y, left[0], left[1], half - 6, 10.5 if left[0] == "申请人" else 10),
            _field(page, LEFT + half, y, right[0], right[1], half),
        )
        y -= used + 6
    if data.application:
        y -= _field(page, LEFT, y, "申请事项", data.application, WIDTH) + 6
    y += 4
    if page.missing:
        chars = "、".join(_code_point(ch) for ch in page.missing)
        page.text(LEFT, y - 4, f"注：字库缺少 {chars}，已以虚线方框标示，请手写补全。", 8, color=RED)
        y -= 14
    return y - 6


def _continuation_head(page: _Page, data: ChecklistData) -> float:
    y = TOP - 14
    page.text(LEFT, y, f"{CHECKLIST_TITLE}（续）", 13, bold=True)
    page.text(RIGHT, y, f"案件编号 {data.case_number}    申请人 {data.applicant_name}", 9, anchor="right")
    page.hline(LEFT, RIGHT, y - 8, 1.0)
    return y - 20


def _notes(page: _Page, y: float, notes: list[str], size: float, leading: float) -> float:
    """Small grey notes across the page from ``y`` down; returns the ``y`` below them."""
    for note in notes:
        for line in page.wrap(note, WIDTH, size):
            page.text(LEFT, y, line, size, color=GREY)
            y -= leading
    return y


def _sign_block(page: _Page, y: float, deliver_to: str) -> None:
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
    page = _Page(c)
    # lay the rows out first so every page can say how many pages there are
    head_probe = _Page(_new_canvas(io.BytesIO()))
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
    page = _Page(c)
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
        chars = "、".join(_code_point(ch) for ch in page.missing)
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


# ---- the sealed password letter -----------------------------------------------------------------

LETTER_TITLE = "机构账户密码函"


@dataclass(frozen=True)
class PasswordLetter:
    """What a sealed password letter carries: for the delegate, when no SMS took the password."""

    institution_name: str
    registration_number: str
    delegate_name: str
    username: str
    password: str
    organisation: str
    printed_by: str
    printed_at: dt.datetime
    reset: bool = False


def build_password_letter_pdf(data: PasswordLetter) -> bytes:
    """A sealed letter (密码函) with the username and initial (or new) password, one A4 page: the upper
    part is the envelope face (to whom, from whom, 内含密码 请本人拆封), the lower part, folded inside along
    the dashed line, holds the password and what to do with it. Rendered in memory only: nothing of it is
    kept (no print log: the password must not be reprinted from the desk)."""
    buffer = io.BytesIO()
    c = _new_canvas(buffer)
    c.setTitle(LETTER_TITLE)
    c.setSubject(data.institution_name)
    c.setAuthor(data.organisation or data.printed_by)
    c.setCreator("医师电子化注册 regdesk")
    page = _Page(c)
    what = "新密码" if data.reset else "初始密码"
    y = TOP - 24
    page.text(PAGE_W / 2, y, "密　封　函", 22, bold=True, anchor="centre")
    y -= 40
    for label, value in (("收件人", f"{data.institution_name}　经办人 {data.delegate_name}"),
                         ("登记号", data.registration_number),
                         ("发件单位", data.organisation)):
        y -= _field(page, LEFT + 10 * mm, y, label, value, WIDTH - 20 * mm, 12) + 10
    y -= 6
    page.text(PAGE_W / 2, y, f"内含医师电子化注册机构账户{what}，请经办人本人拆封", 12, color=RED,
              anchor="centre")
    fold = PAGE_H / 2
    c.saveState()
    c.setDash(4, 3)
    c.setStrokeColor(GREY)
    c.line(LEFT - 8 * mm, fold, RIGHT + 8 * mm, fold)
    c.restoreState()
    page.text(RIGHT, fold + 4, "沿虚线向内折叠后封口", 8, color=GREY, anchor="right")
    y = fold - 36
    page.text(PAGE_W / 2, y, LETTER_TITLE, 18, bold=True, anchor="centre")
    y -= 34
    page.text(LEFT, y, f"{data.institution_name}：", 12)
    y -= 22
    body = (f"\u3000\u3000贵机构在医师电子化注册系统的账户{'密码已重置' if data.reset else '已开通'}。"
            f"用户名和{what}如下，首次登录后须立即修改密码。请妥善保管，勿告知他人。")
    for line in page.wrap(body, WIDTH, 12):
        page.text(LEFT, y, line, 12)
        y -= 18
    y -= 10
    box_h = 30 * mm
    c.saveState()
    c.setLineWidth(1.4)
    c.roundRect(LEFT, y - box_h, WIDTH, box_h, 4, stroke=1, fill=0)
    c.restoreState()
    page.text(LEFT + 8 * mm, y - 11 * mm, "用户名", 11, color=GREY)
    page.text(LEFT + 35 * mm, y - 11 * mm, data.username, 16, bold=True)
    page.text(LEFT + 8 * mm, y - 23 * mm, what, 11, color=GREY)
    page.text(LEFT + 35 * mm, y - 23 * mm, data.password, 16, bold=True)
    y -= box_h + 22
    page.text(LEFT, y, f"{data.organisation}　{data.printed_at:%Y-%m-%d}", 10.5, color=GREY)
    page.text(LEFT, BOTTOM, f"经办：{data.printed_by}　打印时间：{data.printed_at:%Y-%m-%d %H:%M}", 7.5,
              color=GREY)
    c.showPage()
    c.save()
    return buffer.getvalue()
