"""The exam centre's list: valid rows in one transaction, bad rows by line and reason, idempotent."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from roster_fixtures import cert, count, institution, make_id, row_counts, ticket
from sqlalchemy import select

from app import models as m
from app.services import PermissionDenied, ValidationError, roster

HEADER_ZH = ["姓名", "身份证号", "医师资格证书编码", "准考证号", "级别", "类别"]


def row(name: str, id_number: str, code: str | None, exam: str | None = None, level: str = "执业医师",
        category: str = "临床", **extra: Any) -> dict[str, Any]:
    return {"name": name, "id_number": id_number, "certificate_code": code, "exam_ticket": exam,
            "level": level, "category": category, **extra}


def write_csv(path: Path, lines: list[list[str]], encoding: str = "utf-8-sig") -> Path:
    path.write_bytes("\r\n".join(",".join(cells) for cells in lines).encode(encoding))
    return path


def test_commission_imports_rows_creating_physicians_with_gender_birth_and_initials(desk, admin) -> None:
    woman = make_id("440106", "19920315", female=True)
    rows = [row("张伟", make_id(), cert(1), ticket(1)), row("曾丽", woman, cert(2), level="执业助理医师",
                                                             category="中医", issued_on="2024-08-30")]
    result = desk.roster.import_qualifications(admin, rows)
    assert (result.imported, result.unchanged, result.errors) == (2, 0, [])
    assert result.physicians_created == 2
    with desk.db.read() as s:
        zeng = s.scalar(select(m.Physician).where(m.Physician.id_number == woman))
        assert zeng is not None
        assert (zeng.name, zeng.gender, zeng.birth_date) == ("曾丽", "女", dt.date(1992, 3, 15))
        assert "zl" in zeng.name_initials.split() and "cl" in zeng.name_initials.split()
        qual = s.scalar(select(m.Qualification).where(m.Qualification.certificate_code == cert(2)))
        assert qual is not None
        assert (qual.physician_id, qual.level, qual.category, qual.source, qual.issued_on) == (
            zeng.id, "执业助理医师", "中医", "exam_import", dt.date(2024, 8, 30))


def test_reimporting_the_same_list_changes_nothing(desk, admin) -> None:
    rows = [row("张伟", make_id(), cert(1), ticket(1)), row("李娜", make_id(female=True), cert(2))]
    desk.roster.import_qualifications(admin, rows)
    before = row_counts(desk)
    again = desk.roster.import_qualifications(admin, rows)
    assert (again.imported, again.unchanged, again.errors) == (0, 2, [])
    after = row_counts(desk)
    # only the import's own audit entry is new: no physician, qualification or feed row
    assert {k: v for k, v in after.items() if k != "audit_events"} == {
        k: v for k, v in before.items() if k != "audit_events"}


def test_bad_rows_are_reported_by_line_and_chinese_reason_while_good_rows_are_imported(desk, admin) -> None:
    good = make_id()
    rows = [
        row("张伟", good, cert(1)),                                   # line 2
        row("李娜", "110105194912310021", cert(2)),                   # line 3: wrong check character
        row("王芳", make_id(), "ABC"),                                # line 4: short certificate code
        row("赵强", make_id(), cert(4), level="主任医师"),            # line 5: unknown level
        row("", make_id(), cert(5)),                                  # line 6: no name
        row("孙丽", make_id(), None, None),                           # line 7: neither code nor ticket
    ]
    result = desk.roster.import_qualifications(admin, rows)
    assert result.imported == 1
    lines = {(e.line, e.field) for e in result.errors}
    assert lines == {(3, "id_number"), (4, "certificate_code"), (5, "level"), (6, "name"),
                     (7, "certificate_code")}
    for error in result.errors:
        assert any("\u4e00" <= c <= "\u9fff" for c in error.message), error
    assert "校验位" in next(e.message for e in result.errors if e.line == 3)
    assert count(desk, m.Qualification) == 1


def test_a_certificate_code_of_another_person_is_a_bad_row(desk, admin) -> None:
    desk.roster.import_qualifications(admin, [row("张伟", make_id(), cert(1))])
    result = desk.roster.import_qualifications(admin, [row("李娜", make_id(female=True), cert(1))])
    assert result.imported == 0
    [error] = result.errors
    assert (error.line, error.field) == (2, "certificate_code")
    assert "另一人" in error.message and "张伟" in error.message


def test_the_same_code_twice_in_one_file_for_two_people_reports_the_second(desk, admin) -> None:
    result = desk.roster.import_qualifications(
        admin, [row("张伟", make_id(), cert(1)), row("李娜", make_id(female=True), cert(1))]
    )
    assert result.imported == 1
    [error] = result.errors
    assert error.line == 3 and "第2行" in error.message


def test_a_resident_id_on_record_under_another_name_is_a_bad_row(desk, admin) -> None:
    same = make_id()
    desk.roster.import_qualifications(admin, [row("张伟", same, cert(1))])
    result = desk.roster.import_qualifications(admin, [row("张卫", same, cert(2))])
    [error] = result.errors
    assert error.field == "name" and "张伟" in error.message


def test_a_second_qualification_of_the_same_person_links_to_the_same_physician(desk, admin) -> None:
    same = make_id()
    desk.roster.import_qualifications(admin, [row("张伟", same, cert(1), level="执业助理医师")])
    result = desk.roster.import_qualifications(admin, [row("张伟", same, cert(2))])
    assert (result.imported, result.physicians_created) == (1, 0)
    with desk.db.read() as s:
        owners = set(s.scalars(select(m.Qualification.physician_id)))
    assert len(owners) == 1


def test_a_row_contradicting_the_qualification_on_record_is_a_bad_row(desk, admin) -> None:
    same = make_id()
    desk.roster.import_qualifications(admin, [row("张伟", same, cert(1))])
    result = desk.roster.import_qualifications(admin, [row("张伟", same, cert(1), category="口腔")])
    [error] = result.errors
    assert error.field == "category" and "临床" in error.message


def test_an_exam_ticket_row_is_completed_by_the_certificate_code_later(desk, admin) -> None:
    same = make_id()
    first = desk.roster.import_qualifications(admin, [row("张伟", same, None, ticket(7))])
    assert first.imported == 1
    later = desk.roster.import_qualifications(admin, [row("张伟", same, cert(7), ticket(7))])
    assert (later.imported, later.unchanged, later.errors) == (1, 0, [])
    with desk.db.read() as s:
        quals = list(s.scalars(select(m.Qualification)))
    assert [(q.certificate_code, q.exam_ticket) for q in quals] == [(cert(7), ticket(7))]
    assert desk.roster.import_qualifications(admin, [row("张伟", same, cert(7), ticket(7))]).unchanged == 1


def test_import_links_a_person_who_signed_up_before_the_list_came(desk, admin) -> None:
    same = make_id()
    desk.auth.register_physician("张伟", same, "13700137000", "zw@example.com", "zhangwei", "Roster#2026pw")
    result = desk.roster.import_qualifications(admin, [row("张伟", same, cert(1))])
    assert (result.imported, result.physicians_created) == (1, 0)
    assert count(desk, m.Physician) == 1


def test_csv_with_bom_and_chinese_headers_numbers_lines_as_in_the_file(desk, admin, tmp_path) -> None:
    path = write_csv(tmp_path / "list.csv", [
        HEADER_ZH,
        ["张伟", make_id(), cert(1), ticket(1), "执业医师", "临床"],
        ["", "", "", "", "", ""],
        ["李娜", "123", cert(2), "", "执业医师", "临床"],
    ])
    result = desk.roster.import_qualifications(admin, data=path.read_bytes(), filename=path.name)
    assert result.imported == 1
    assert [(e.line, e.field) for e in result.errors] == [(4, "id_number")]
    assert result.total == 2


def test_gb18030_csv_with_level_and_category_headers_is_read(desk, admin, tmp_path) -> None:
    path = write_csv(tmp_path / "list.csv", [
        ["姓名", "身份证号", "医师资格证书编码", "准考证号", "医师级别", "执业类别", "发证日期"],
        ["欧阳明", make_id(), cert(1), "", "执业医师", "口腔", "2023/08/30"],
    ], encoding="gb18030")
    result = desk.roster.import_qualifications(
        admin, data=path.read_bytes(), filename="C:\\Users\\clerk\\Desktop\\list.csv"
    )
    assert (result.imported, result.errors) == (1, [])
    with desk.db.read() as s:
        q = s.scalar(select(m.Qualification))
        assert q is not None and (q.name, q.category, q.issued_on) == ("欧阳明", "口腔", dt.date(2023, 8, 30))


def test_xlsx_with_english_headers_and_numeric_cells_is_read(desk, admin, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.append(["name", "id_number", "certificate_code", "exam_ticket", "level", "category", "issued_on"])
    sheet.append(["张伟", make_id(), cert(1), int(ticket(1)), "执业医师", "临床", dt.datetime(2022, 9, 1)])
    sheet.append(["李娜", make_id(female=True), cert(2), None, "执业助理医师", "公共卫生", None])
    sheet.append(["王芳", make_id(female=True), cert(3), None, "执业医师", "外科", None])
    path = tmp_path / "list.xlsx"
    book.save(path)
    result = desk.roster.import_qualifications(admin, data=path.read_bytes(), filename="list.xlsx")
    assert result.imported == 2
    assert [(e.line, e.field) for e in result.errors] == [(4, "category")]
    with desk.db.read() as s:
        q = s.scalar(select(m.Qualification).where(m.Qualification.certificate_code == cert(1)))
        assert q is not None and (q.exam_ticket, q.issued_on) == (ticket(1), dt.date(2022, 9, 1))


def test_a_file_missing_a_column_is_refused_and_nothing_is_written(desk, admin, tmp_path) -> None:
    path = write_csv(tmp_path / "list.csv", [["姓名", "医师资格证书编码", "级别", "类别"],
                                             ["张伟", cert(1), "执业医师", "临床"]])
    before = row_counts(desk)
    with pytest.raises(ValidationError) as exc:
        desk.roster.import_qualifications(admin, data=path.read_bytes(), filename=path.name)
    assert "身份证号" in exc.value.message and exc.value.field == "rows"
    assert row_counts(desk) == before


def test_a_file_comes_as_its_content_and_name_never_as_a_path_on_this_pc(desk, admin, tmp_path) -> None:
    path = write_csv(tmp_path / "list.csv", [HEADER_ZH, ["张伟", make_id(), cert(1), "", "执业医师", "临床"]])
    before = row_counts(desk)
    refusals = [
        (lambda: desk.roster.import_qualifications(admin, str(path)), "rows"),  # type: ignore[arg-type]
        (lambda: desk.roster.import_qualifications(admin), "rows"),
        (lambda: desk.roster.import_qualifications(admin, data=path.read_bytes()), "filename"),
        (lambda: desk.roster.import_qualifications(admin, data=b"%PDF-1.7", filename="list.pdf"), "rows"),
        (lambda: desk.roster.import_qualifications(
            admin, [row("张伟", make_id(), cert(1))], data=path.read_bytes(), filename="list.csv"), "rows"),
        (lambda: desk.roster.import_qualifications(
            admin, data=b"x" * (roster.MAX_IMPORT_BYTES + 1), filename="list.csv"), "data"),
    ]
    for call, field in refusals:
        with pytest.raises(ValidationError) as exc:
            call()
        assert exc.value.field == field
    assert row_counts(desk) == before


def test_only_commission_users_may_import_and_a_refusal_writes_nothing(desk, admin) -> None:
    _, hospital = institution(desk, admin, "4401060001")
    before = row_counts(desk)
    with pytest.raises(PermissionDenied) as exc:
        desk.roster.import_qualifications(hospital, [row("张伟", make_id(), cert(1))])
    assert "卫生健康委" in exc.value.message
    after = row_counts(desk)
    assert after["audit_events"] == before["audit_events"] + 1  # the refusal, audited
    assert {k: v for k, v in after.items() if k != "audit_events"} == {
        k: v for k, v in before.items() if k != "audit_events"}


def test_an_import_is_audited_and_announced_on_the_feed(desk, admin) -> None:
    cursor = desk.feed.head(admin)
    desk.roster.import_qualifications(admin, [row("张伟", make_id(), cert(1))])
    changes, _ = desk.feed.since(admin, cursor)
    assert {(c.table, c.kind) for c in changes} == {("qualifications", "imported"), ("physicians", "created")}
    with desk.db.read() as s:
        audit = s.scalar(select(m.AuditEvent).where(m.AuditEvent.action == "roster.import_qualifications"))
        assert audit is not None and audit.detail["imported"] == 1 and audit.username == "gdadmin"
