"""Walk-in cases at the commission counter: they start at the commission and are decided like any case."""

from __future__ import annotations

import datetime as dt

import pytest
from case_fixtures import World, counts, resident_id, world
from sqlalchemy import select

from app import models as m
from app.services.codes import parse_registration_code
from app.services.errors import ConflictError, PermissionDenied, ValidationError

FIXTURES = (world,)  # pytest finds fixtures by their names in this module

CERTIFICATE = "199844110440106195001010011"


def _qualifications(world: World, id_number: str) -> list[m.Qualification]:
    with world.desk.db.read() as s:
        return list(s.scalars(select(m.Qualification).where(m.Qualification.id_number == id_number)))


def _permits(world: World, physician_id: int | None) -> list[m.ShortTermPermit]:
    with world.desk.db.read() as s:
        return list(
            s.scalars(select(m.ShortTermPermit).where(m.ShortTermPermit.physician_id == physician_id))
        )


def test_legacy_backfill_puts_an_old_rules_qualification_on_record_so_the_physician_can_register(
    world: World,
) -> None:
    desk = world.desk
    id_number = resident_id("440106", dt.date(1950, 1, 1))
    case = desk.counter.legacy_backfill(
        world.admin,
        name="周老先",
        id_number=id_number,
        certificate_code=CERTIFICATE,
        level="执业医师",
        category="中医",
        issued_on="1998-06-30",
        note="人事档案已核",
    )
    assert (case.status, case.kind_label, case.physician_id, case.applicant_name) == (
        "confirmed",
        "补录“老人”资格",
        None,
        "周老先",
    )
    assert case.deadline == dt.date(2026, 12, 22) and case.jurisdiction == "440000"
    case = world.counter_approved(case)
    assert (
        case.physician_id is not None and case.registration_code is None
    )  # a qualification, not a registration
    (qual,) = _qualifications(world, id_number)
    assert (
        qual.physician_id,
        qual.certificate_code,
        qual.level,
        qual.category,
        qual.source,
        qual.issued_on,
    ) == (case.physician_id, CERTIFICATE, "执业医师", "中医", "legacy_backfill", dt.date(1998, 6, 30))
    # the physician opens an account, activates it with the backfilled certificate and registers
    registered = desk.auth.register_physician(
        "周老先", id_number, "13912345678", "zhou@example.cn", "zhoulao", "Zhou#2026pw"
    )
    assert registered.physician_id == case.physician_id
    actor = desk.auth.activate_physician(
        desk.auth.login("zhoulao", "Zhou#2026pw"), certificate_code=CERTIFICATE
    )
    hospital = world.hospital()
    applied = desk.cases.submit(
        actor, "first_registration", case.physician_id, institution_id=hospital.id, scopes=["中医专业"]
    )
    assert applied.details["category"] == "中医"


def test_legacy_backfill_refuses_a_certificate_already_on_record(world: World) -> None:
    doctor = world.doctor()
    before = counts(world.desk)
    with pytest.raises(ValidationError, match="已登记") as refused:
        world.desk.counter.legacy_backfill(
            world.admin,
            name="孙某",
            id_number=resident_id(),
            certificate_code=doctor.certificate_code,
            level="执业医师",
            category="临床",
            issued_on="1999-01-01",
        )
    assert refused.value.field == "certificate_code"
    with pytest.raises(ValidationError, match="已有执业医师（临床）资格记录"):
        world.desk.counter.legacy_backfill(
            world.admin,
            name=doctor.name,
            id_number=doctor.id_number,
            certificate_code=CERTIFICATE,
            level="执业医师",
            category="临床",
            issued_on="1999-01-01",
        )
    with pytest.raises(ValidationError, match="已登记为「李医生」"):
        world.desk.counter.legacy_backfill(
            world.admin,
            name="王冒名",
            id_number=doctor.id_number,
            certificate_code=CERTIFICATE,
            level="执业医师",
            category="口腔",
            issued_on="1999-01-01",
        )
    assert counts(world.desk) == before


def test_hmt_recognition_records_the_qualification_of_a_hong_kong_physician(world: World) -> None:
    desk = world.desk
    case = desk.counter.hmt_recognition(
        world.admin, name="陈大文", id_number="H12345678", gender="男", origin="中国香港", category="临床"
    )
    assert case.details["id_type"] == "hmt_permit" and case.details["origin"] == "香港"
    case = world.counter_approved(case)
    (qual,) = _qualifications(world, "H12345678")
    assert (qual.source, qual.level, qual.category, qual.physician_id) == (
        "hmt_recognition",
        "执业医师",
        "临床",
        case.physician_id,
    )
    with desk.db.read() as s:
        person = s.get(m.Physician, case.physician_id)
        assert (person.name, person.id_type, person.gender) == ("陈大文", "hmt_permit", "男")
    with pytest.raises(ValidationError, match="港澳台医师的地区应为"):
        desk.counter.hmt_recognition(
            world.admin, name="陈小文", id_number="H12345679", gender="男", origin="新加坡", category="临床"
        )


def test_hmt_short_term_practice_is_limited_to_three_years_and_three_categories(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    common = dict(name="林志明", id_number="12345678", gender="男", origin="台湾", institution_id=hospital.id)
    before = counts(desk)
    with pytest.raises(ValidationError, match="期限不能超过3年：结束日期最迟为 2029-12-01") as long_term:
        desk.counter.hmt_short_term(
            world.admin,
            category="临床",
            scopes=["内科专业"],
            term_start="2026-12-01",
            term_end="2029-12-02",
            **common,
        )
    assert long_term.value.field == "term_end"
    with pytest.raises(ValidationError, match="短期行医仅限临床、中医、口腔类别"):
        desk.counter.hmt_short_term(
            world.admin,
            category="公共卫生",
            scopes=["公共卫生类别"],
            term_start="2026-12-01",
            term_end="2027-12-01",
            **common,
        )
    assert counts(desk) == before
    case = desk.counter.hmt_short_term(
        world.admin,
        category="口腔",
        scopes=["口腔专业"],
        term_start="2026-12-01",
        term_end="2029-12-01",
        **common,
    )
    assert (case.institution_id, case.status) == (hospital.id, "confirmed")
    case = world.counter_approved(case)
    (permit,) = _permits(world, case.physician_id)
    assert (
        permit.kind,
        permit.origin,
        permit.institution_id,
        permit.category,
        permit.term_start,
        permit.term_end,
        permit.status,
    ) == ("hmt", "台湾", hospital.id, "口腔", dt.date(2026, 12, 1), dt.date(2029, 12, 1), "active")
    assert permit.permit_number == case.registration_code
    assert parse_registration_code(permit.permit_number).province == "440000"
    with pytest.raises(ValidationError, match="期限不能重叠"):
        desk.counter.hmt_short_term(
            world.admin,
            category="口腔",
            scopes=["口腔专业"],
            term_start="2029-06-01",
            term_end="2030-06-01",
            **common,
        )
    renewal = desk.counter.hmt_short_term(
        world.admin,
        category="口腔",
        scopes=["口腔专业"],
        term_start="2029-12-02",
        term_end="2032-12-01",
        **common,
    )
    assert renewal.physician_id == case.physician_id  # the same person, found by the permit number


def test_foreign_short_term_needs_an_inviting_institution_that_is_an_independent_legal_person(
    world: World,
) -> None:
    desk = world.desk
    clinic = world.hospital("某医院分部", independent=False)
    inviting = world.hospital("中山大学附属第一医院")
    common = dict(
        name="John Smith",
        id_number="E1234567",
        gender="男",
        origin="英国",
        category="临床",
        scopes=["外科专业"],
    )
    with pytest.raises(ValidationError, match="不具有独立法人资格") as refused:
        desk.counter.foreign_short_term(
            world.admin,
            inviting_institution_id=clinic.id,
            term_start="2026-12-01",
            term_end="2027-06-01",
            **common,
        )
    assert refused.value.field == "inviting_institution_id"
    with pytest.raises(ValidationError, match="期限不能超过1年"):
        desk.counter.foreign_short_term(
            world.admin,
            inviting_institution_id=inviting.id,
            term_start="2026-12-01",
            term_end="2027-12-02",
            **common,
        )
    with pytest.raises(ValidationError, match="外国医师的国籍不能是中国"):
        desk.counter.foreign_short_term(
            world.admin,
            inviting_institution_id=inviting.id,
            term_start="2026-12-01",
            term_end="2027-06-01",
            **(common | {"origin": "中国香港"}),
        )
    case = desk.counter.foreign_short_term(
        world.admin,
        inviting_institution_id=inviting.id,
        term_start="2026-12-01",
        term_end="2027-12-01",
        **common,
    )
    case = world.counter_approved(case)
    (permit,) = _permits(world, case.physician_id)
    assert (
        permit.kind,
        permit.origin,
        permit.inviting_institution_id,
        permit.institution_id,
        permit.permit_number,
    ) == ("foreign", "英国", inviting.id, inviting.id, case.registration_code)
    with desk.db.read() as s:
        assert s.get(m.Physician, case.physician_id).id_type == "passport"


def test_direct_registration_change_and_deregistration_at_the_counter(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    case = desk.counter.direct_registration(
        world.admin, doctor.id, institution_id=hospital.id, scopes=["内科专业"]
    )
    assert (case.status, case.kind_label, case.deadline) == ("confirmed", "窗口注册", dt.date(2026, 12, 22))
    registered = world.counter_approved(case)
    reg = world.registration(registered.registration_id)
    assert (reg.status, reg.main_institution_id, reg.registration_code) == (
        "active",
        hospital.id,
        registered.registration_code,
    )
    change = desk.counter.direct_change(world.admin, doctor.id, scopes=["儿科专业"])
    world.counter_approved(change)
    assert world.registration(reg.id).scopes == ["儿科专业"]
    ended = desk.counter.direct_deregistration(world.admin, doctor.id, reason="身体健康状况不适宜继续执业")
    world.counter_approved(ended)
    reg = world.registration(reg.id)
    assert (reg.status, reg.end_reason) == ("deregistered", "身体健康状况不适宜继续执业")


def test_the_counter_deregisters_a_physician_filed_in_the_non_registered_pool(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    registered = world.registered(doctor, hospital)
    filing = desk.cases.submit(hospital.actor, "institution_filing", doctor.id, reason="退职")
    desk.cases.approve(world.admin, filing.id, filing.version)
    with pytest.raises(ValidationError, match="已备案（非在册）"):
        world.apply(doctor, "deregistration", reason="本人主动申请")
    case = desk.counter.direct_deregistration(world.admin, doctor.id, reason="practice_suspended_2y")
    world.counter_approved(case)
    reg = world.registration(registered.registration_id)
    assert (reg.status, reg.end_reason) == ("deregistered", "中止医师执业活动满二年")


def test_a_counter_case_is_approved_only_with_every_required_material_in_hand(world: World) -> None:
    """A walk-in brings the paper: the counter decides with the folder complete, never before."""
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    case = desk.counter.direct_registration(
        world.admin, doctor.id, institution_id=hospital.id, scopes=["内科专业"]
    )
    assert not case.materials_complete and len(case.missing_materials) == 6
    before = counts(desk)
    with pytest.raises(ValidationError, match="窗口业务须收齐纸质材料后才能批准") as refused:
        desk.cases.approve(world.admin, case.id, case.version)
    assert refused.value.field == "materials"
    assert all(name in refused.value.message for name in case.missing_materials)
    *given, last = case.missing_materials
    desk.cases.check_materials(world.admin, case.id, given)
    assert counts(desk)["registrations"] == before["registrations"]
    with pytest.raises(ValidationError, match=f"尚缺 {last}$"):
        desk.cases.approve(world.admin, case.id, case.version)
    assert counts(desk)["registrations"] == before["registrations"] == 0
    assert desk.cases.get(world.admin, case.id).status == "confirmed"
    # a refusal needs no paper
    backfill = desk.counter.legacy_backfill(
        world.admin,
        name="周老先",
        id_number=resident_id("440106", dt.date(1950, 1, 1)),
        certificate_code=CERTIFICATE,
        level="执业医师",
        category="中医",
        issued_on="1998-06-30",
    )
    assert (
        desk.cases.reject(world.admin, backfill.id, backfill.version, "materials_incomplete").status
        == "rejected"
    )
    desk.cases.check_material(world.admin, case.id, last, True)
    approved = desk.cases.approve(world.admin, case.id, case.version)
    assert approved.status == "approved" and approved.materials_complete and approved.registration_code
    assert "paper" not in desk.cases.timeline(world.admin, case.id)[-1].data


def test_the_counter_acts_only_inside_its_jurisdiction_and_only_for_commission_staff(world: World) -> None:
    desk = world.desk
    futian = world.hospital(jurisdiction="440304")
    guangzhou = world.clerk("gzclerk", "440100", "广州市卫健委")
    doctor = world.doctor()
    before = counts(desk)
    with pytest.raises(PermissionDenied, match="不在本委管辖范围内"):
        desk.counter.direct_registration(guangzhou, doctor.id, institution_id=futian.id, scopes=["内科专业"])
    with pytest.raises(PermissionDenied, match="只能由卫生健康委用户办理"):
        desk.counter.direct_registration(
            futian.actor, doctor.id, institution_id=futian.id, scopes=["内科专业"]
        )
    after = counts(desk)
    assert {t: after[t] - before[t] for t in after if after[t] != before[t]} == {"audit_events": 2}


def test_a_walk_in_person_has_one_open_case_of_a_kind(world: World) -> None:
    desk = world.desk
    id_number = resident_id("440106", dt.date(1950, 1, 1))
    desk.counter.legacy_backfill(
        world.admin,
        name="周老先",
        id_number=id_number,
        certificate_code=CERTIFICATE,
        level="执业医师",
        category="中医",
        issued_on="1998-06-30",
    )
    with pytest.raises(ConflictError, match="已有一件在办的「补录“老人”资格」案件"):
        desk.counter.legacy_backfill(
            world.admin,
            name="周老先",
            id_number=id_number,
            certificate_code="199844110440106195001010012",
            level="执业医师",
            category="临床",
            issued_on="1998-06-30",
        )
