"""The public register discloses exactly the listed fields of practising physicians, nurses in force and
active institutions, and only to a search by full name or exact number."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from roster_fixtures import cert, institution, make_id, pcn, person, regcode, register

from app import models as m
from app.services import ValidationError
from app.services.register import PublicInstitution, PublicNurse, PublicPhysician

# 姓名 性别 医师级别 执业类别 证书编码 执业地点 执业机构 执业范围 发证机关
DISCLOSED_PHYSICIAN = {"name", "gender", "level", "category", "certificate_code", "place", "institution",
                       "scopes", "authority"}
DISCLOSED_NURSE = {"name", "gender", "certificate_number", "place", "authority"}
DISCLOSED_INSTITUTION = {"name", "address", "subjects", "legal_representative", "principal",
                         "registration_number", "licence_valid_until", "approving_authority"}


def test_public_records_carry_exactly_the_disclosed_fields() -> None:
    assert {f.name for f in dataclasses.fields(PublicPhysician)} == DISCLOSED_PHYSICIAN
    assert {f.name for f in dataclasses.fields(PublicNurse)} == DISCLOSED_NURSE
    assert {f.name for f in dataclasses.fields(PublicInstitution)} == DISCLOSED_INSTITUTION


@pytest.fixture
def hospital(desk, admin) -> int:
    hid, _ = institution(desk, admin, "4401060001", "440106", "天河第一医院", sign=False)
    return hid


def test_a_practising_physician_is_found_by_full_name_with_the_disclosed_fields_only(desk, hospital) -> None:
    rid = make_id("440106", "19880808")
    pid = person(desk, "张伟", rid, certificate_code=cert(1))
    with desk.db.write() as s:
        ph = s.get(m.Physician, pid)
        assert ph is not None
        ph.phone, ph.email = "13712345678", "zw@example.com"
    register(desk, pid, hospital, code=regcode(1), practice_number=pcn(1),
             scopes=["内科专业", "全科医学专业"])
    [found] = desk.register.search_physicians("张伟")
    assert found == PublicPhysician(
        name="张伟", gender="男", level="执业医师", category="临床", certificate_code=pcn(1), place="广东省",
        institution="天河第一医院", scopes=("内科专业", "全科医学专业"), authority="广东省卫生健康委员会",
    )
    shown = repr(found)
    for secret in (rid, "13712345678", "zw@example.com", regcode(1), cert(1)):
        assert secret not in shown


def test_filed_and_deregistered_physicians_are_not_on_the_public_register(desk, hospital) -> None:
    register(desk, person(desk, "李娜", certificate_code=cert(1)), hospital, status="filed",
             filed_on=dt.date(2026, 1, 1))
    register(desk, person(desk, "李娜", certificate_code=cert(2)), hospital, status="deregistered")
    person(desk, "李娜", certificate_code=cert(3))  # qualified, never registered
    assert desk.register.search_physicians("李娜") == []


def test_a_physician_is_found_by_certificate_code_alone_or_to_narrow_a_name(desk, hospital) -> None:
    a = person(desk, "张伟", certificate_code=cert(1))
    b = person(desk, "张伟", certificate_code=cert(2))
    register(desk, a, hospital, practice_number=pcn(1))
    register(desk, b, hospital)  # no practice certificate number yet: the qualification code is shown
    assert len(desk.register.search_physicians("张伟")) == 2
    by_code = desk.register.search_physicians(None, certificate_code=pcn(1))
    assert [p.certificate_code for p in by_code] == [pcn(1)]
    narrowed = desk.register.search_physicians("张伟", certificate_code=cert(2))
    assert [p.certificate_code for p in narrowed] == [cert(2)]
    assert desk.register.search_physicians("李娜", certificate_code=cert(2)) == []


def test_the_province_narrows_the_search(desk, hospital) -> None:
    register(desk, person(desk, "张伟", certificate_code=cert(1)), hospital)
    assert len(desk.register.search_physicians("张伟", province="440000")) == 1
    assert len(desk.register.search_physicians("张伟", province="440106")) == 1
    assert desk.register.search_physicians("张伟", province="110000") == []


def test_a_public_search_needs_a_full_name_or_a_code(desk) -> None:
    for call in (
        lambda: desk.register.search_physicians(""),
        lambda: desk.register.search_physicians("张"),
        lambda: desk.register.search_nurses("  "),
        lambda: desk.register.search_institutions("天"),
    ):
        with pytest.raises(ValidationError) as exc:
            call()
        assert exc.value.field == "name" and any("\u4e00" <= c <= "\u9fff" for c in exc.value.message)


def test_a_name_prefix_does_not_list_physicians(desk, hospital) -> None:
    register(desk, person(desk, "张伟民", certificate_code=cert(1)), hospital)
    assert desk.register.search_physicians("张伟") == []


def test_public_pages_are_capped(desk, hospital) -> None:
    for i in range(3):
        register(desk, person(desk, "王芳", certificate_code=cert(10 + i)), hospital)
    assert len(desk.register.search_physicians("王芳", limit=2)) == 2
    assert len(desk.register.search_physicians("王芳", offset=2, limit=1000)) == 1


def test_nurses_in_force_are_found_and_expired_ones_are_not(desk, hospital) -> None:
    with desk.db.write() as s:
        for n, until in ((1, dt.date(2029, 1, 1)), (2, dt.date(2026, 1, 1))):
            nurse = m.Nurse(name="刘洋", gender="女", id_number=make_id(female=True))
            s.add(nurse)
            s.flush()
            s.add(m.NurseRegistration(nurse_id=nurse.id, certificate_number=f"20261100000{n}", place="440106",
                                      institution_id=hospital, issuing_authority="广州市天河区卫生健康局",
                                      valid_from=dt.date(2024, 1, 1), valid_until=until))
    assert desk.register.search_nurses("刘洋") == [
        PublicNurse(name="刘洋", gender="女", certificate_number="202611000001", place="广东省广州市天河区",
                    authority="广州市天河区卫生健康局")]
    assert desk.register.search_nurses(None, certificate_number="202611000002") == []


def test_a_commission_records_a_nurse_who_is_then_in_the_public_register(desk, admin, hospital) -> None:
    from app.services import ConflictError, PermissionDenied

    shown = desk.register.record_nurse(admin, name="陈静", id_number=make_id(female=True),
                                       certificate_number="202644000001", place="440106",
                                       valid_from=desk.ctx.today(), institution_id=hospital)
    assert shown == PublicNurse(name="陈静", gender="女", certificate_number="202644000001",
                                place="广东省广州市天河区", authority=shown.authority)
    assert desk.register.search_nurses("陈静") == [shown]
    with pytest.raises(ConflictError):
        desk.register.record_nurse(admin, name="陈静", id_number=make_id(female=True),
                                   certificate_number="202644000001", place="440106",
                                   valid_from=desk.ctx.today())
    with pytest.raises(PermissionDenied):
        desk.register.record_nurse(admin, name="李梅", id_number=make_id(female=True),
                                   certificate_number="202611000009", place="110105",
                                   valid_from=desk.ctx.today())
    assert len(desk.register.search_nurses("李梅")) == 0


def test_active_institutions_are_found_by_name_beginning_or_registration_number(desk, hospital) -> None:
    with desk.db.write() as s:
        s.add(m.Institution(name="天河第一医院分院", address="广州", registration_number="4401069999",
                            legal_representative="甲", principal="乙", jurisdiction="440106", active=False))
    [found] = desk.register.search_institutions("天河第一")
    assert (found.name, found.registration_number, found.licence_valid_until) == (
        "天河第一医院", "4401060001", dt.date(2030, 12, 31))
    assert found.subjects and found.approving_authority
    assert desk.register.search_institutions(None, registration_number="4401060001") == [found]
    assert desk.register.search_institutions("天河第一", province="110000") == []
