"""Paper that leaves the desk: the material checklist and the approval notice are PDFs with the bundled font
embedded, name the applicant, the case and every material, and every print is logged (reprints 补打)."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from case_fixtures import Doctor, Hospital, World, case_templates, counts, db_url, world
from sqlalchemy import func, select

from app import models as m
from app.services import paper
from app.services import pdf as drawing
from app.services.cases import Case
from app.services.checklists import CaseMaterial
from app.services.errors import InvalidTransition, NotFound, PermissionDenied
from app.services.paper import PaperService

FIXTURES = (case_templates, db_url, world)  # pytest finds fixtures by their names in this module

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) missing")

RARE = "王𠮷祥"  # 𠮷 (U+20BB7) lies beyond the BMP and is not in WenQuanYi Micro Hei
MM = 72 / 25.4


def pdf_text(pdf: bytes, tmp_path: Path, *args: str) -> str:
    source = tmp_path / "doc.pdf"
    source.write_bytes(pdf)
    done = subprocess.run(["pdftotext", *args, str(source), "-"], check=True, capture_output=True, timeout=60)
    return done.stdout.decode("utf-8")


def flat(text: str) -> str:
    """Text without whitespace: table cells and wrapped lines compare as written."""
    return "".join(text.split())


def pages(text: str) -> int:
    return text.count("\f")


@pytest.fixture
def hospital(world: World) -> Hospital:
    return world.hospital("广州市天河区第一人民医院")


def applied(world: World, hospital: Hospital, name: str = "李明华") -> tuple[Doctor, Case]:
    doctor = world.doctor(name)
    case = world.confirmed(
        doctor, hospital, "first_registration", institution_id=hospital.id, scopes=["内科专业"]
    )
    return doctor, case


def print_rows(world: World, case_id: int) -> list[m.PrintLog]:
    with world.desk.db.read() as s:
        return list(
            s.scalars(select(m.PrintLog).where(m.PrintLog.case_id == case_id).order_by(m.PrintLog.id))
        )


def audits(world: World, action: str) -> int:
    with world.desk.db.read() as s:
        return int(
            s.scalar(select(func.count()).select_from(m.AuditEvent).where(m.AuditEvent.action == action)) or 0
        )


# ---- the checklist ------------------------------------------------------------------------------


def test_checklist_is_a_pdf_with_the_bundled_font_embedded_and_no_unembedded_font(
    world: World, hospital: Hospital
) -> None:
    _, case = applied(world, hospital)
    pdf = PaperService(world.desk.ctx).render_checklist(world.admin, case.id)
    assert pdf.startswith(b"%PDF-")
    assert b"/FontFile2" in pdf  # TrueType outlines embedded
    assert re.search(rb"/BaseFont /[A-Z]{6}\+WenQuanYiMicroHei", pdf)  # as a subset
    assert b"STSong" not in pdf and b"Helvetica" not in pdf  # no font a PC might lack


def test_checklist_names_applicant_case_kind_dates_place_and_every_material(
    world: World, hospital: Hospital, tmp_path: Path
) -> None:
    desk = world.desk
    doctor, case = applied(world, hospital)
    text = pdf_text(PaperService(desk.ctx).render_checklist(world.admin, case.id), tmp_path)
    body = flat(text)
    for expected in (
        "医师执业注册纸质材料清单",
        doctor.name,
        doctor.id_number,
        case.number,
        "注册",
        "广州市天河区第一人民医院",
        "执业医师·临床·内科专业",
        "2026-11-24",
        f"{case.deadline:%Y-%m-%d}",
        "广东省广州市天河区卫生健康委员会政务服务窗口",
        "申请人签字",
        "经办人签字",
        "日期：",
        "打印人：广东省卫健委管理员（广东省卫生健康委员会）",
        "打印时间：2026-11-2409:00",
        "第1份",
    ):
        assert expected in body, expected
    materials = desk.checklists.materials_for_case(world.admin, case.id)
    assert materials
    for item in materials:
        assert flat(item.material) in body, item.material
    assert "必交" in body
    assert pages(text) == 1


def test_received_materials_are_ticked_with_who_and_when(
    world: World, hospital: Hospital, tmp_path: Path
) -> None:
    desk = world.desk
    _, case = applied(world, hospital)
    clerk = world.clerk("clerk1", name="陈晓东")
    first = desk.checklists.materials_for_case(clerk, case.id)[0].material
    before = flat(pdf_text(PaperService(desk.ctx).render_checklist(clerk, case.id), tmp_path))
    desk.cases.check_material(clerk, case.id, first, True)
    after = flat(pdf_text(PaperService(desk.ctx).render_checklist(clerk, case.id), tmp_path))
    assert "已收到2026" not in before
    assert after.count("已收到2026") == 1 and "已收到2026-11-24陈晓东" in after


def test_a_reprint_says_补打_and_the_print_log_counts_copies(
    world: World, hospital: Hospital, tmp_path: Path
) -> None:
    desk = world.desk
    service = PaperService(desk.ctx)
    _, case = applied(world, hospital)
    first = flat(pdf_text(service.render_checklist(world.admin, case.id), tmp_path))
    second = flat(pdf_text(service.render_checklist(hospital.actor, case.id, note="申请人遗失"), tmp_path))
    assert "补打" not in first and "第1份" in first
    assert "补打" in second and "补打（第2份）" in second and "天河区第一人民医院" in second
    rows = print_rows(world, case.id)
    assert [(r.document, r.copy_no, r.reprint, r.note) for r in rows] == [
        (paper.CHECKLIST, 1, False, ""),
        (paper.CHECKLIST, 2, True, "申请人遗失"),
    ]
    assert [r.printed_by for r in rows] == [world.admin.user_id, hospital.actor.user_id]
    assert audits(world, "paper.material_checklist") == 2
    logged = service.prints(hospital.actor, case.id)
    assert [(p.copy_no, p.reprint, p.document_label) for p in logged] == [
        (1, False, "纸质材料清单"),
        (2, True, "纸质材料清单"),
    ]


def test_a_physician_prints_their_own_checklist(world: World, hospital: Hospital, tmp_path: Path) -> None:
    doctor, case = applied(world, hospital)
    body = flat(pdf_text(PaperService(world.desk.ctx).render_checklist(doctor.actor, case.id), tmp_path))
    assert doctor.name in body and "申请人本人" in body
    assert [r.printed_by for r in print_rows(world, case.id)] == [doctor.actor.user_id]


@pytest.mark.parametrize("who", ["other_hospital", "other_doctor", "county_clerk"])
def test_a_foreign_actor_is_refused_and_nothing_is_logged(world: World, hospital: Hospital, who: str) -> None:
    desk = world.desk
    _, case = applied(world, hospital)
    actor = {
        "other_hospital": lambda: world.hospital("深圳市人民医院", "440303").actor,
        "other_doctor": lambda: world.doctor("赵四").actor,
        "county_clerk": lambda: world.clerk("futian", "440304"),
    }[who]()
    before = counts(desk)
    service = PaperService(desk.ctx)
    with pytest.raises(PermissionDenied):
        service.render_checklist(actor, case.id)
    with pytest.raises(PermissionDenied):
        service.render_approval_notice(actor, case.id)
    with pytest.raises(PermissionDenied):
        service.prints(actor, case.id)
    after = counts(desk)
    assert after["print_log"] == before["print_log"] == 0
    assert {t: after[t] - before[t] for t in after if after[t] != before[t]} == {
        "audit_events": 3
    }  # refusals


def test_someone_elses_draft_is_not_found(world: World, hospital: Hospital) -> None:
    doctor = world.doctor()
    draft = world.desk.cases.save_draft(
        doctor.actor, "first_registration", doctor.id, institution_id=hospital.id
    )
    with pytest.raises(NotFound):
        PaperService(world.desk.ctx).render_checklist(hospital.actor, draft.id)
    assert print_rows(world, draft.id) == []
    assert PaperService(world.desk.ctx).render_checklist(doctor.actor, draft.id).startswith(b"%PDF")


# ---- the approval notice ----------------------------------------------------------------------


def test_approval_notice_shows_the_issued_code_and_the_registration(
    world: World, hospital: Hospital, tmp_path: Path
) -> None:
    desk = world.desk
    doctor, case = applied(world, hospital)
    case = desk.cases.approve(world.admin, case.id, case.version)
    assert case.registration_code
    service = PaperService(desk.ctx)
    pdf = service.render_approval_notice(doctor.actor, case.id)
    assert pdf.startswith(b"%PDF-") and b"/FontFile2" in pdf and b"STSong" not in pdf
    body = flat(pdf_text(pdf, tmp_path))
    for expected in (
        "医师执业注册结果通知",
        "电子化注册识别码",
        case.registration_code,
        doctor.name,
        doctor.id_number,
        case.number,
        "广州市天河区第一人民医院",
        "执业医师",
        "临床",
        "内科专业",
        "广东省",
        "2026-11-24",
        "广东省卫生健康委员会（盖章）",
        "第1份",
    ):
        assert expected in body, expected
    again = flat(pdf_text(service.render_approval_notice(world.admin, case.id), tmp_path))
    assert "补打（第2份）" in again
    # copies are counted per document: the checklist of the same case is still its first copy
    checklist = flat(pdf_text(service.render_checklist(world.admin, case.id), tmp_path))
    assert "第1份" in checklist and "补打" not in checklist
    assert [(r.document, r.copy_no) for r in print_rows(world, case.id)] == [
        (paper.APPROVAL_NOTICE, 1),
        (paper.APPROVAL_NOTICE, 2),
        (paper.CHECKLIST, 1),
    ]


def test_approval_notice_is_refused_before_approval_and_nothing_is_logged(
    world: World, hospital: Hospital
) -> None:
    desk = world.desk
    _, case = applied(world, hospital)
    before = counts(desk)
    with pytest.raises(InvalidTransition) as exc:
        PaperService(desk.ctx).render_approval_notice(world.admin, case.id)
    assert "尚未批准" in exc.value.message and case.number in exc.value.message
    assert counts(desk) == before


# ---- names beyond the BMP ----------------------------------------------------------------------


def test_a_rare_name_beyond_the_bmp_is_printed_in_full(
    world: World, hospital: Hospital, tmp_path: Path
) -> None:
    """Whatever fonts this PC has, the text layer holds the whole name (copy, search, pdftotext)."""
    doctor, case = applied(world, hospital, RARE)
    case = world.desk.cases.approve(world.admin, case.id, case.version)
    service = PaperService(world.desk.ctx)
    assert RARE in flat(pdf_text(service.render_checklist(world.admin, case.id), tmp_path))
    assert RARE in flat(pdf_text(service.render_approval_notice(world.admin, case.id), tmp_path))


def test_without_a_font_for_a_rare_character_a_box_is_printed_and_the_page_says_so(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(drawing, "fallback_paths", lambda: [])
    monkeypatch.setattr(drawing, "FONTS", drawing.FontBook())
    result = paper.build_checklist_pdf(checklist_data(RARE, materials(3)))
    assert result.missing == ["𠮷"]
    body = flat(pdf_text(result.pdf, tmp_path))
    assert RARE in body  # the real character stays in the text layer
    assert "字库缺少U+20BB7" in body


def test_a_fallback_font_draws_what_wenquanyi_lacks(tmp_path: Path) -> None:
    book = drawing.FontBook()
    if book.font_for("𠮷") is None:
        pytest.skip(
            "no TrueType font with U+20BB7 on this PC (SimSun-ExtB, HanaMinB, REGDESK_PDF_FALLBACK_FONTS)"
        )
    result = paper.build_checklist_pdf(checklist_data(RARE, materials(3)))
    assert result.missing == []
    assert RARE in flat(pdf_text(result.pdf, tmp_path))  # ToUnicode written as UTF-16 surrogates
    assert "字库缺少" not in flat(pdf_text(result.pdf, tmp_path))


# ---- the builders ------------------------------------------------------------------------------


def materials(n: int, long: bool = False) -> list[CaseMaterial]:
    name = "在省级以上卫生健康行政部门指定机构接受连续6个月以上培训（或考核）合格的证明" if long else "材料"
    return [
        CaseMaterial(
            f"第{i}项{name}",
            i % 2 == 1,
            i % 3 == 0,
            "陈晓东" if i % 3 == 0 else "",
            dt.datetime(2026, 11, 24, 2, tzinfo=dt.UTC) if i % 3 == 0 else None,
            None if i % 2 else "取得医师资格后二年以上未注册，或中止医师执业活动二年以上",
        )
        for i in range(1, n + 1)
    ]


def checklist_data(name: str, items: list[CaseMaterial], copy_no: int = 1) -> paper.ChecklistData:
    return paper.ChecklistData(
        case_number="YS2026112400001",
        kind_label="注册",
        status_label="待卫健委审核",
        applicant_name=name,
        applicant_id_number="11010519491231002X",
        institution_name="广州市天河区第一人民医院",
        application="执业医师 · 临床 · 内科专业",
        submitted_on=dt.date(2026, 11, 24),
        received_on=dt.date(2026, 11, 25),
        deadline=dt.date(2026, 12, 23),
        deadline_provisional=True,
        materials=items,
        deliver_to="广东省广州市天河区卫生健康委员会政务服务窗口",
        imprint=paper.Imprint("陈晓东", "广东省卫生健康委员会", dt.datetime(2026, 11, 25, 10, 30), copy_no),
    )


def test_a_long_list_runs_onto_more_pages_with_the_signatures_at_the_end(tmp_path: Path) -> None:
    items = materials(24, long=True)
    text = pdf_text(paper.build_checklist_pdf(checklist_data("李明华", items)).pdf, tmp_path)
    sheets = [flat(page) for page in text.split("\f") if page.strip()]
    assert len(sheets) >= 2
    assert all(f"第{i}页/共{len(sheets)}页" in sheet for i, sheet in enumerate(sheets, start=1))
    assert all("YS2026112400001" in sheet for sheet in sheets)
    assert [("申请人签字" in sheet) for sheet in sheets] == [False] * (len(sheets) - 1) + [True]
    body = "".join(sheets)
    assert all(flat(item.material) in body for item in items)
    assert "2026-12-23（暂定）" in body


def test_every_word_stays_inside_15_mm_margins(tmp_path: Path) -> None:
    for pdf in (
        paper.build_checklist_pdf(checklist_data("李明华", materials(24, long=True), copy_no=2)).pdf,
        build_notice(copy_no=3),
    ):
        boxes = re.findall(
            r'<page width="([\d.]+)" height="([\d.]+)"|xMin="([\d.]+)" yMin="([\d.]+)" '
            r'xMax="([\d.]+)" yMax="([\d.]+)"',
            pdf_text(pdf, tmp_path, "-bbox"),
        )
        width = height = 0.0
        words = 0
        for w, h, x0, y0, x1, y1 in boxes:
            if w:
                width, height = float(w), float(h)
                continue
            words += 1
            assert float(x0) >= 15 * MM and float(y0) >= 15 * MM
            assert float(x1) <= width - 15 * MM and float(y1) <= height - 15 * MM
        assert words > 30


def build_notice(copy_no: int = 1) -> bytes:
    return paper.build_notice_pdf(
        paper.NoticeData(
            case_number="YS2026112400001",
            kind_label="注册",
            applicant_name="李明华",
            applicant_id_number="11010519491231002X",
            decided_on=dt.date(2026, 11, 25),
            registration_code="442026000000001",
            practice_certificate_number="144440000012345",
            institution_name="广州市天河区第一人民医院",
            level="执业医师",
            category="临床",
            scopes=["内科专业", "全科医学专业"],
            place_name="广东省",
            registered_on=dt.date(2026, 11, 25),
            issuing_authority="广东省卫生健康委员会",
            imprint=paper.Imprint(
                "陈晓东", "广东省卫生健康委员会", dt.datetime(2026, 11, 25, 10, 30), copy_no
            ),
        )
    ).pdf


def test_notice_prints_the_certificate_number_when_there_is_one(tmp_path: Path) -> None:
    body = flat(pdf_text(build_notice(), tmp_path))
    assert "医师执业证书编码144440000012345" in body and "内科专业、全科医学专业" in body


def test_wrapping_keeps_numbers_whole_and_lines_inside_the_width() -> None:
    text = "医师资格证书编码 110440000000000000000000001 的原件及复印件，请核对后签字。"
    lines = paper.wrap(text, 60 * MM, 10)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert any("110440000000000000000000001" in line for line in lines)
    assert all(paper.text_width(line, 10) <= 60 * MM for line in lines)
    assert not any(line.startswith(("，", "。")) for line in lines)


def test_desk_checklists_render_pdf_is_the_logged_checklist(
    world: World, hospital: Hospital, tmp_path: Path
) -> None:
    doctor, case = applied(world, hospital)
    body = flat(pdf_text(world.desk.checklists.render_pdf(world.admin, case.id), tmp_path))
    assert "医师执业注册纸质材料清单" in body and doctor.name in body and case.number in body
    assert [(r.document, r.copy_no) for r in print_rows(world, case.id)] == [(paper.CHECKLIST, 1)]


def test_a_preview_is_not_a_print_and_the_first_real_print_is_copy_1(
    world: World, hospital: Hospital, tmp_path: Path
) -> None:
    service = PaperService(world.desk.ctx)
    _, case = applied(world, hospital)
    for _ in range(3):
        preview = service.preview_checklist(hospital.actor, case.id)
    assert print_rows(world, case.id) == [] and audits(world, "paper.material_checklist") == 0
    text = flat(pdf_text(preview.pdf, tmp_path))
    assert preview.copy_no == 1 and "第1份" in text and "补打" not in text
    record = service.record_print(hospital.actor, case.id, preview.document, preview.copy_no)
    assert (record.copy_no, record.reprint) == (1, False)
    again = service.preview_checklist(hospital.actor, case.id)
    assert again.copy_no == 2 and "补打（第2份）" in flat(pdf_text(again.pdf, tmp_path))
    service.record_print(hospital.actor, case.id, again.document, again.copy_no, output="pdf")
    assert [(r.copy_no, r.reprint) for r in print_rows(world, case.id)] == [(1, False), (2, True)]


def test_a_stale_preview_cannot_be_logged_as_a_copy_someone_else_printed(
    world: World, hospital: Hospital
) -> None:
    from app.services.errors import ConflictError

    service = PaperService(world.desk.ctx)
    _, case = applied(world, hospital)
    mine = service.preview_checklist(hospital.actor, case.id)
    theirs = service.preview_checklist(world.admin, case.id)
    service.record_print(world.admin, case.id, theirs.document, theirs.copy_no)
    with pytest.raises(ConflictError) as refused:
        service.record_print(hospital.actor, case.id, mine.document, mine.copy_no)
    assert "重新打开" in refused.value.message
    assert len(print_rows(world, case.id)) == 1


def test_a_notice_preview_before_approval_is_refused_and_nothing_is_logged(
    world: World, hospital: Hospital
) -> None:
    service = PaperService(world.desk.ctx)
    _, case = applied(world, hospital)
    with pytest.raises(InvalidTransition):
        service.preview_approval_notice(world.admin, case.id)
    with pytest.raises(InvalidTransition):
        service.record_print(world.admin, case.id, paper.APPROVAL_NOTICE, 1)
    assert print_rows(world, case.id) == []
