"""Nurses and institutions from the commission's own registries: bad rows by line and reason, idempotent,
inside the jurisdiction; the public register then finds them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from roster_fixtures import commission, institution, make_id, row_counts

from app import models as m
from app.services import PermissionDenied, ValidationError

NURSE_HEADER = ["姓名", "性别", "身份证号", "执业证书编号", "执业地点", "执业机构登记号", "注册日期",
                "有效期至"]
LICENCE_HEADER = ["机构名称", "登记号", "地址", "法定代表人", "主要负责人", "诊疗科目", "所在地区",
                  "执业许可证有效期限"]


def _xlsx(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    book = Workbook()
    ws = book.active
    ws.append(header)
    for r in rows:
        ws.append(r)
    book.save(path)
    return path


def _csv(path: Path, header: list[str], rows: list[list[str]]) -> Path:
    path.write_bytes("\r\n".join(",".join(c) for c in [header, *rows]).encode("gb18030"))
    return path


@pytest.fixture
def hospital(desk, admin) -> int:
    inst, _ = institution(desk, admin, "4401060001", "440106", "天河第一医院", sign=False)
    return inst


def test_nurses_import_and_the_public_register_finds_them(desk, admin, hospital, tmp_path) -> None:
    liu = make_id("440106", "19950101", female=True)
    path = _xlsx(tmp_path / "nurses.xlsx", NURSE_HEADER, [
        ["刘洋", "女", liu, "202611000001", "440106", "4401060001", dt.date(2024, 3, 1), None],
        ["陈静", "女", make_id("440104", "19960202", female=True), "202611000002", "440104", "",
         "2025-05-06", ""],
    ])
    result = desk.registries.import_nurses(admin, data=path.read_bytes(), filename=path.name)
    assert (result.imported, result.unchanged, result.errors, result.total) == (2, 0, [], 2)
    [found] = desk.register.search_nurses("刘洋")
    assert (found.gender, found.certificate_number) == ("女", "202611000001")
    assert found.place == "广东省广州市天河区"
    with desk.db.read() as s:
        reg = s.query(m.NurseRegistration).filter_by(certificate_number="202611000001").one()
        assert (reg.institution_id, reg.valid_until) == (hospital, dt.date(2029, 3, 1))  # five years


def test_importing_the_same_nurses_again_changes_nothing(desk, admin, hospital, tmp_path) -> None:
    rows = [["刘洋", "女", make_id(female=True), "202611000001", "440106", "", "2024-03-01", ""]]
    path = _csv(tmp_path / "n.csv", NURSE_HEADER, rows)
    desk.registries.import_nurses(admin, data=path.read_bytes(), filename=path.name)
    before = row_counts(desk)
    again = desk.registries.import_nurses(admin, data=path.read_bytes(), filename=path.name)
    assert (again.imported, again.unchanged) == (0, 1)
    after = row_counts(desk)
    for table in ("audit_events", "change_feed"):
        before.pop(table), after.pop(table)
    assert after == before


def test_bad_nurse_rows_are_reported_by_line_field_and_reason(desk, admin, hospital, tmp_path) -> None:
    good = make_id(female=True)
    path = _csv(tmp_path / "n.csv", NURSE_HEADER, [
        ["刘洋", "女", good, "202611000001", "440106", "", "2024-03-01", ""],
        ["王五", "女", make_id(), "202611000002", "440106", "", "2024-03-01", ""],  # a man's ID
        # a resident ID with a wrong check character
        ["赵六", "女", "110105194912310021", "202611000003", "440106", "", "2024-03-01", ""],
        ["孙七", "女", make_id(female=True), "202611000001", "440106", "", "2024-03-01", ""],  # same number
        ["周八", "女", make_id(female=True), "202611000004", "110105", "", "2024-03-01", ""],  # Beijing
        ["吴九", "女", make_id(female=True), "202611000005", "440106", "9999999999", "2024-03-01", ""],
    ])
    result = desk.registries.import_nurses(admin, data=path.read_bytes(), filename=path.name)
    assert result.imported == 1
    assert [(e.line, e.field) for e in result.errors] == [
        (3, "gender"), (4, "id_number"), (5, "certificate_number"), (6, "place"), (7, "institution")]
    assert "不在本卫生健康委辖区内" in result.errors[3].message


def test_a_deregistered_nurse_leaves_the_public_register(desk, admin, hospital) -> None:
    rid = make_id(female=True)
    row = {"姓名": "刘洋", "身份证号": rid, "执业证书编号": "202611000001", "执业地点": "440106",
           "注册日期": "2024-03-01"}
    desk.registries.import_nurses(admin, [row])
    assert desk.register.search_nurses("刘洋")
    result = desk.registries.import_nurses(admin, [{**row, "状态": "注销"}])
    assert result.imported == 1 and desk.register.search_nurses("刘洋") == []


def test_missing_columns_are_refused_and_only_a_commission_imports(desk, admin, hospital, tmp_path) -> None:
    with pytest.raises(ValidationError) as err:
        empty = _csv(tmp_path / "x.csv", ["姓名", "身份证号"], [])
        desk.registries.import_nurses(admin, data=empty.read_bytes(), filename="x.csv")
    assert "执业证书编号" in err.value.message
    _inst, hr = institution(desk, admin, "4401060002", "440106")
    with pytest.raises(PermissionDenied):
        desk.registries.import_nurses(hr, [])


def test_institutions_licence_data_imports_new_and_updates_known(desk, admin, hospital, tmp_path) -> None:
    path = _xlsx(tmp_path / "licences.xlsx", LICENCE_HEADER, [
        ["天河第一医院", "4401060001", "广州市天河区新地址8号", "张大明", "李小红", "内科、外科、儿科",
         "440106", dt.date(2031, 6, 30)],
        ["越秀社区卫生服务中心", "4401040009", "广州市越秀区一德路1号", "钱多多", "孙平", "全科医疗科",
         "440104", "2029-12-31"],
        ["北京朝阳诊所", "1101050001", "北京市朝阳区", "王北", "李京", "内科", "110105", "2029-12-31"],
    ])
    result = desk.registries.import_institutions(admin, data=path.read_bytes(), filename=path.name)
    assert (result.imported, result.physicians_created) == (2, 1)
    assert [(e.line, e.field) for e in result.errors] == [(4, "jurisdiction")]
    [known] = desk.register.search_institutions("天河第一")
    assert (known.address, known.licence_valid_until) == ("广州市天河区新地址8号", dt.date(2031, 6, 30))
    [new] = desk.register.search_institutions(None, registration_number="4401040009")
    assert (new.subjects, new.approving_authority) == ("全科医疗科", "广东省广州市越秀区卫生健康委员会")
    again = desk.registries.import_institutions(admin, data=path.read_bytes(), filename=path.name)
    assert (again.imported, again.unchanged) == (0, 2)


def test_a_city_commission_cannot_import_institutions_of_another_city(desk, admin, hospital) -> None:
    shenzhen = commission(desk, admin, "szclerk", "440300")
    row = {"机构名称": "天河第一医院", "登记号": "4401060001", "地址": "x", "法定代表人": "张大明",
           "主要负责人": "李小红", "所在地区": "440106"}
    result = desk.registries.import_institutions(shenzhen, [row])
    assert result.imported == 0 and result.errors[0].field == "jurisdiction"
