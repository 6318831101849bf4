"""Open data: the public register in bulk (CSV, XLSX) with the disclosed fields only, and as an HL7 FHIR R4
Bundle validated with fhir.resources' R4B models; ``regdesk export`` for scheduled jobs."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from roster_fixtures import cert, institution, make_id, pcn, person, regcode, register

from app import models as m
from app.services import ValidationError
from app.services.opendata import (
    INSTITUTION_HEADERS,
    NURSE_HEADERS,
    PHYSICIAN_HEADERS,
    SYSTEM_INSTITUTION_REGISTRATION_NUMBER,
    SYSTEM_PRACTICE_CERTIFICATE,
    SYSTEM_QUALIFICATION_CERTIFICATE,
    SYSTEM_REGISTRATION_CODE,
)


@pytest.fixture
def world(desk, admin) -> dict[str, object]:
    a, _ = institution(desk, admin, "4401060001", "440106", "天河第一医院", sign=False)
    ids = {}
    for n, (name, status) in enumerate((("张伟", "active"), ("李娜", "active"), ("周杰", "deregistered")), 1):
        ids[name] = make_id(female=name == "李娜")
        pid = person(desk, name, ids[name], certificate_code=cert(n))
        register(desk, pid, a, status=status, code=regcode(n), practice_number=pcn(n),
                 scopes=["内科专业", "全科医学专业"] if n == 1 else None)
    with desk.db.write() as s:
        nurse = m.Nurse(name="刘洋", gender="女", id_number=make_id(female=True))
        s.add(nurse)
        s.flush()
        s.add(m.NurseRegistration(nurse_id=nurse.id, certificate_number="202611000001", place="440106",
                                  institution_id=a, valid_from=dt.date(2024, 1, 1),
                                  valid_until=dt.date(2029, 1, 1)))
        s.add(m.NurseRegistration(nurse_id=nurse.id, certificate_number="201911000002", place="440106",
                                  valid_from=dt.date(2019, 1, 1), valid_until=dt.date(2024, 1, 1)))  # expired
    return {"institution": a, "id_numbers": ids}


def _no_personal_data(path: Path, world: dict[str, object]) -> None:
    text = path.read_bytes()
    for rid in world["id_numbers"].values():  # type: ignore[attr-defined]
        assert rid.encode() not in text


def test_the_csv_holds_the_disclosed_fields_of_practising_physicians_only(desk, world, tmp_path) -> None:
    path = tmp_path / "physicians.csv"
    assert desk.opendata.export("csv", path) == 2
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == PHYSICIAN_HEADERS
    assert [r[0] for r in rows[1:]] == ["张伟", "李娜"]  # 周杰 is deregistered
    zhang = dict(zip(rows[0], rows[1], strict=True))
    assert zhang["证书编码"] == pcn(1) and zhang["执业机构"] == "天河第一医院"
    assert zhang["执业范围"] == "内科专业、全科医学专业" and zhang["执业地点"] == "广东省"
    _no_personal_data(path, world)


def test_the_nurse_and_institution_csvs_follow_the_register(desk, world, tmp_path) -> None:
    nurses, institutions = tmp_path / "n.csv", tmp_path / "i.csv"
    assert desk.opendata.export("csv", nurses, register="nurses") == 1  # the expired one is not in force
    assert desk.opendata.export("csv", institutions, register="institutions") == 1
    with open(nurses, encoding="utf-8-sig") as f:
        assert next(csv.reader(f)) == list(NURSE_HEADERS)
    with open(institutions, encoding="utf-8-sig") as f:
        header, row = list(csv.reader(f))
    assert header == list(INSTITUTION_HEADERS) and row[5] == "4401060001" and row[6] == "2030-12-31"


def test_the_xlsx_has_one_typed_sheet_per_register(desk, world, tmp_path) -> None:
    path = tmp_path / "register.xlsx"
    assert desk.opendata.export("xlsx", path) == 4
    book = load_workbook(path)
    assert book.sheetnames == ["医师", "护士", "医疗机构"]
    inst = book["医疗机构"]
    assert [c.value for c in inst[1]] == list(INSTITUTION_HEADERS)
    assert inst["G2"].is_date and inst["F2"].data_type == "s"  # 有效期限 a date, 登记号 text
    assert book["医师"]["E2"].value == pcn(1)
    _no_personal_data(path, world)


def test_the_fhir_bundle_validates_as_r4_with_documented_identifier_systems(desk, world, tmp_path) -> None:
    from fhir.resources.R4B.bundle import Bundle

    path = tmp_path / "register.json"
    assert desk.opendata.export("fhir", path) == 1 + 2 * 2  # an Organization; a Practitioner and a role each
    data = json.loads(path.read_text(encoding="utf-8"))
    bundle = Bundle.model_validate(data)
    assert bundle.type == "collection"
    kinds = [e.resource.get_resource_type() for e in bundle.entry]
    assert kinds == ["Organization", "Practitioner", "PractitionerRole", "Practitioner", "PractitionerRole"]
    urls = {e.fullUrl for e in bundle.entry}
    org, zhang, role = (e.resource for e in bundle.entry[:3])
    assert org.identifier[0].system == SYSTEM_INSTITUTION_REGISTRATION_NUMBER and org.name == "天河第一医院"
    assert zhang.name[0].text == "张伟" and zhang.gender == "male"
    systems = {(i.system, i.value) for i in zhang.identifier}
    assert systems == {(SYSTEM_REGISTRATION_CODE, regcode(1)), (SYSTEM_PRACTICE_CERTIFICATE, pcn(1))}
    assert zhang.qualification[0].identifier[0].system == SYSTEM_QUALIFICATION_CERTIFICATE
    assert role.practitioner.reference in urls and role.organization.reference in urls  # all resolve
    assert [s.text for s in role.specialty] == ["内科专业", "全科医学专业"]
    _no_personal_data(path, world)


def test_unknown_formats_and_registers_are_refused(desk, world, tmp_path) -> None:
    with pytest.raises(ValidationError):
        desk.opendata.export("pdf", tmp_path / "x.pdf")
    with pytest.raises(ValidationError):
        desk.opendata.export("csv", tmp_path / "x.csv", register="dentists")


def test_regdesk_export_writes_the_file_from_the_command_line(db_url, desk, world, tmp_path, capsys) -> None:
    from app.cli import JOBS  # what main.py runs for ``regdesk export`` (main itself pulls in Qt)

    path = tmp_path / "cli.json"
    assert JOBS["export"](["--db", db_url, "--format", "fhir", "--out", str(path)]) == 0
    assert json.loads(path.read_text(encoding="utf-8"))["resourceType"] == "Bundle"
    assert "已导出 5 条" in capsys.readouterr().err
    missing = str(tmp_path / "no" / "x.csv")
    assert JOBS["export"](["--db", db_url, "--format", "csv", "--out", missing]) == 2
    assert "文件夹不存在" in capsys.readouterr().err
