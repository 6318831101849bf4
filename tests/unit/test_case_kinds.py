"""Every case kind driven from submission to approval (and to return and rejection) on SQLite and
PostgreSQL, checking the registration it leaves behind; and the rules of each kind (DOMAIN.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from case_fixtures import Hospital, World, counts, resident_id, world

from app.services.cases import Case
from app.services.codes import parse_practice_certificate_number, parse_registration_code
from app.services.enums import COUNTER_KINDS, INSTITUTION_KINDS, PHYSICIAN_KINDS
from app.services.errors import ConflictError, PermissionDenied, ValidationError
from app.services.rules import WALK_IN_KINDS

FIXTURES = (world,)  # pytest finds fixtures by their names in this module

TODAY = dt.date(2026, 11, 24)


def _snapshot(world: World, physician_id: int) -> list[tuple[Any, ...]]:
    regs = [
        (
            r.id,
            r.status,
            r.level,
            r.category,
            tuple(r.scopes),
            r.place,
            r.main_institution_id,
            r.registration_code,
        )
        for r in world.registrations(physician_id)
    ]
    filings = [(f.id, f.registration_id, f.institution_id, f.status) for f in world.filings(physician_id)]
    return regs + filings


# ---- registration kinds -------------------------------------------------------------------------


def test_first_registration_approved_leaves_an_active_registration_carrying_the_code(world: World) -> None:
    desk = world.desk
    hospital = world.hospital("广州市第一人民医院")
    doctor = world.doctor("张三")
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    assert (case.status, case.status_label, case.deadline, case.institution_name) == (
        "submitted",
        "待机构确认",
        None,
        "广州市第一人民医院",
    )
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    assert (case.status, case.deadline) == ("confirmed", dt.date(2026, 12, 22))
    case = desk.cases.approve(world.admin, case.id, case.version)
    assert case.status == "approved" and case.registration_code
    code = parse_registration_code(case.registration_code)
    assert (code.province, code.year, code.serial) == ("440000", 2026, 1)
    reg = world.registration(case.registration_id)
    assert (
        reg.registration_code,
        reg.status,
        reg.level,
        reg.category,
        reg.scopes,
        reg.place,
        reg.province,
        reg.main_institution_id,
        reg.registered_on,
        reg.issuing_authority,
    ) == (
        case.registration_code,
        "active",
        "执业医师",
        "临床",
        ["内科专业"],
        "440000",
        "440000",
        hospital.id,
        TODAY,
        "广东省卫生健康委员会",
    )
    shown = desk.roster.registrations(doctor.actor, doctor.id)
    assert [(r.registration_code, r.main_institution_name) for r in shown] == [
        (case.registration_code, "广州市第一人民医院")
    ]


def test_first_registration_returned_corrected_and_refused_leaves_no_registration(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    case = desk.cases.return_case(hospital.actor, case.id, case.version, "聘用证明缺失", "请附聘用合同")
    assert (case.status, case.deadline) == ("returned", None)
    case = desk.cases.resubmit(doctor.actor, case.id, case.version, scopes=["外科专业"])
    assert (case.status, case.details["scopes"]) == ("submitted", ["外科专业"])
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    case = desk.cases.return_case(world.admin, case.id, case.version, "materials_incomplete")
    case = desk.cases.resubmit(doctor.actor, case.id, case.version)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    case = desk.cases.reject(
        world.admin,
        case.id,
        case.version,
        "受刑事处罚，刑罚执行完毕不满二年或者被依法禁止从事医师职业的期限未满",
        "判决书载明",
    )
    assert (case.status, case.status_label, case.registration_code) == ("rejected", "不予注册", None)
    assert world.registrations(doctor.id) == []
    reasons = [
        (e.action_label, e.reason_label, e.note)
        for e in desk.cases.timeline(doctor.actor, case.id)
        if e.reason
    ]
    assert reasons == [
        ("退回补正", "聘用证明缺失", "请附聘用合同"),
        ("退回补正", "材料不全", ""),
        ("不予注册", "受刑事处罚，刑罚执行完毕不满二年或者被依法禁止从事医师职业的期限未满", "判决书载明"),
    ]


def test_first_registration_needs_a_qualification_on_record(world: World) -> None:
    hospital = world.hospital()
    doctor = world.doctor(qualified=False)  # signed up, nothing to activate with
    before = counts(world.desk)
    with pytest.raises(ValidationError, match="没有医师资格记录") as refused:
        world.desk.counter.direct_registration(
            world.admin, doctor.id, institution_id=hospital.id, scopes=["内科专业"]
        )
    assert refused.value.field == "physician_id"
    assert counts(world.desk) == before
    world.qualify(doctor.name, doctor.id_number)  # the exam centre's list arrives: the same ID number
    case = world.desk.counter.direct_registration(
        world.admin, doctor.id, institution_id=hospital.id, scopes=["内科专业"]
    )
    assert world.counter_approved(case).registration_code


def test_registration_level_and_category_must_match_the_qualification(world: World) -> None:
    hospital = world.hospital()
    doctor = world.doctor(level="执业助理医师", category="临床")
    with pytest.raises(ValidationError, match="与医师资格不符") as level:
        world.apply(
            doctor, "first_registration", institution_id=hospital.id, level="执业医师", scopes=["内科专业"]
        )
    assert level.value.field == "level"
    with pytest.raises(ValidationError, match="执业助理医师（临床）") as category:
        world.apply(
            doctor, "first_registration", institution_id=hospital.id, category="口腔", scopes=["口腔专业"]
        )
    assert category.value.field == "category"
    with pytest.raises(ValidationError, match="不是临床类别的执业范围"):
        world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["口腔专业"])


def test_an_assistant_registers_in_the_county_of_the_main_institution(world: World) -> None:
    hospital = world.hospital(jurisdiction="440106")
    doctor = world.doctor(level="执业助理医师")
    case = world.registered(doctor, hospital)
    reg = world.registration(case.registration_id)
    assert (reg.level, reg.place, reg.province) == ("执业助理医师", "440106", "440000")
    with pytest.raises(ValidationError, match="执业地点应为「广东省广州市天河区」"):
        world.apply(
            world.doctor(level="执业助理医师"),
            "first_registration",
            institution_id=hospital.id,
            scopes=["内科专业"],
            place="440000",
        )


def test_one_main_institution_per_registration_and_one_active_registration_per_province(world: World) -> None:
    first, second = world.hospital(), world.hospital(jurisdiction="440304")
    doctor = world.doctor()
    case = world.registered(doctor, first)
    with pytest.raises(ValidationError, match="同一省内只能有一个主要执业机构") as refused:
        world.apply(doctor, "first_registration", institution_id=second.id, scopes=["内科专业"])
    assert refused.value.field == "institution_id"
    # another province is another registration (增加注册), decided there
    national = world.national()
    beijing = world.hospital(jurisdiction="110105", by=national)
    other = world.approved(
        doctor, beijing, "first_registration", by=national, institution_id=beijing.id, scopes=["内科专业"]
    )
    assert parse_registration_code(other.registration_code).province == "110000"
    regs = world.registrations(doctor.id)
    assert [(r.province, r.main_institution_id, r.status) for r in regs] == [
        ("440000", first.id, "active"),
        ("110000", beijing.id, "active"),
    ]
    assert case.registration_code != other.registration_code


def test_two_open_cases_of_the_same_kind_are_refused(world: World) -> None:
    hospital = world.hospital()
    doctor = world.doctor()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    before = counts(world.desk)
    with pytest.raises(ConflictError, match=f"已有一件在办的「注册」案件 {case.number}"):
        world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    assert counts(world.desk) == before


def test_a_registration_decided_twice_for_one_physician_leaves_one_main_institution(world: World) -> None:
    """A physician's own application and a counter registration both waiting: the second approval finds
    the first registration and is refused."""
    desk = world.desk
    first, second = world.hospital(), world.hospital()
    doctor = world.doctor()
    own = world.confirmed(doctor, first, "first_registration", institution_id=first.id, scopes=["内科专业"])
    counter = desk.counter.direct_registration(
        world.admin, doctor.id, institution_id=second.id, scopes=["内科专业"]
    )
    desk.cases.approve(world.admin, own.id, own.version)
    with pytest.raises(ValidationError, match="同一省内只能有一个主要执业机构"):
        world.counter_approved(counter)
    assert [r.main_institution_id for r in world.registrations(doctor.id)] == [first.id]
    assert (
        desk.cases.reject(world.admin, counter.id, counter.version, "other_prohibited", "已在他处注册").status
        == "rejected"
    )


def test_military_to_local_registers_like_a_first_registration(world: World) -> None:
    hospital = world.hospital()
    doctor = world.doctor(category="中医")
    case = world.approved(
        doctor, hospital, "military_to_local", institution_id=hospital.id, scopes=["中医专业"]
    )
    reg = world.registration(case.registration_id)
    assert (reg.category, reg.scopes, reg.main_institution_id, reg.registration_code) == (
        "中医",
        ["中医专业"],
        hospital.id,
        case.registration_code,
    )


# ---- the practice certificate number -------------------------------------------------------------


def test_approval_issues_the_practice_certificate_number_with_the_code_from_the_same_serial(
    world: World,
) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    first = world.registered(doctor, hospital)
    assert first.registration_code and first.practice_certificate_number
    reg = world.registration(first.registration_id)
    assert reg.practice_certificate_number == first.practice_certificate_number
    code = parse_registration_code(first.registration_code)
    number = parse_practice_certificate_number(first.practice_certificate_number)
    assert (number.level, number.category, number.province, number.year, number.serial) == (
        "执业医师",
        "临床",
        "440000",
        26,
        code.serial,
    )
    # a short-term permit takes the next serial of the series and carries no practice certificate
    permit = world.counter_approved(
        desk.counter.hmt_short_term(
            world.admin,
            name="林志明",
            id_number="12345678",
            gender="男",
            origin="台湾",
            institution_id=hospital.id,
            category="口腔",
            scopes=["口腔专业"],
            term_start="2026-12-01",
            term_end="2027-12-01",
        )
    )
    assert (parse_registration_code(permit.registration_code).serial, permit.practice_certificate_number) == (
        2,
        None,
    )
    # an assistant dentist registered at the counter: the third serial, level and category of the registration
    dentist = world.doctor(level="执业助理医师", category="口腔")
    direct = world.counter_approved(
        desk.counter.direct_registration(
            world.admin, dentist.id, institution_id=hospital.id, scopes=["口腔专业"]
        )
    )
    parsed = parse_practice_certificate_number(direct.practice_certificate_number)
    assert (parsed.level, parsed.category, parsed.serial) == ("执业助理医师", "口腔", 3)
    # a change keeps the registration's code and number
    change = world.approved(doctor, hospital, "change", scopes=["外科专业"])
    assert (change.registration_code, change.practice_certificate_number) == (
        first.registration_code,
        first.practice_certificate_number,
    )
    assert (
        world.registration(first.registration_id).practice_certificate_number
        == reg.practice_certificate_number
    )
    # shown wherever the case is: one case, the queue, the approval in the timeline
    assert (
        desk.cases.get(doctor.actor, first.id).practice_certificate_number == reg.practice_certificate_number
    )
    listed = {
        c.id: c.practice_certificate_number for c in desk.cases.queue(world.admin, status="approved").items
    }
    assert listed[first.id] == reg.practice_certificate_number and listed[permit.id] is None
    approval = desk.cases.timeline(world.admin, first.id)[-1]
    assert (approval.action, approval.data["practice_certificate_number"]) == (
        "approve",
        reg.practice_certificate_number,
    )


# ---- who decides ----------------------------------------------------------------------------------

DECIDED_BY_LEVEL = (
    "first_registration",
    "military_to_local",
    "direct_registration",
    "assistant_upgrade",
    "change",
    "direct_change",
)


def _registering_case(world: World, kind: str, level: str, hospital: Hospital) -> Case:
    """A confirmed case of ``kind`` about a registration of ``level`` at ``hospital`` (paper in for counter
    kinds); assistant_upgrade is an assistant becoming 执业医师 whatever ``level`` says."""
    desk, admin = world.desk, world.admin
    if kind == "assistant_upgrade":
        doctor = world.doctor(level="执业助理医师")
        world.registered(doctor, hospital)
        world.qualify(doctor.name, doctor.id_number, "执业医师", "临床")
        return world.confirmed(doctor, hospital, kind)
    doctor = world.doctor(level=level)
    if kind in ("first_registration", "military_to_local"):
        return world.confirmed(doctor, hospital, kind, institution_id=hospital.id, scopes=["内科专业"])
    if kind == "direct_registration":
        case = desk.counter.direct_registration(
            admin, doctor.id, institution_id=hospital.id, scopes=["内科专业"]
        )
        return world.paper_in(case)
    world.registered(doctor, hospital)
    if kind == "change":
        return world.confirmed(doctor, hospital, kind, scopes=["外科专业"])
    return world.paper_in(desk.counter.direct_change(admin, doctor.id, scopes=["外科专业"]))


def test_a_county_commission_may_not_decide_claim_or_return_a_physician_level_registration(
    world: World,
) -> None:
    """执业医师 register with the provincial (or delegated city) commission: a county commission that sees
    the case is refused its decision, as a matter of who it is; the city commission decides."""
    desk = world.desk
    hospital = world.hospital(jurisdiction="440106")
    county = world.clerk("tianhe", "440106", "天河区卫健局")
    city = world.clerk("guangzhou", "440100", "广州市卫健委")
    for kind in DECIDED_BY_LEVEL:
        case = _registering_case(world, kind, "执业医师", hospital)
        assert desk.cases.get(county, case.id).status == "confirmed"  # the county sees it
        before = counts(desk)
        with pytest.raises(
            PermissionDenied, match="执业医师注册由省级或设区的市级卫生健康委审批"
        ) as approving:
            desk.cases.approve(county, case.id, case.version)
        with pytest.raises(
            PermissionDenied, match="执业医师注册由省级或设区的市级卫生健康委审批"
        ) as refusing:
            desk.cases.reject(county, case.id, case.version, "other_prohibited", "不符合条件")
        refused = "执业医师注册由省级或设区的市级卫生健康委审批"
        with pytest.raises(PermissionDenied, match=refused) as claiming:
            desk.cases.claim(county, case.id)
        with pytest.raises(PermissionDenied, match=refused) as returning:
            desk.cases.return_case(county, case.id, case.version, "材料不全")
        assert approving.value.extra == refusing.value.extra == {"reason": "role"}, kind
        assert claiming.value.extra == returning.value.extra == {"reason": "role"}, kind
        after = counts(desk)
        assert {t: after[t] - before[t] for t in after if after[t] != before[t]} == {"audit_events": 4}, kind
        assert desk.cases.approve(city, case.id, case.version).status == "approved", kind


def test_a_county_commission_decides_assistant_registrations_in_its_county(world: World) -> None:
    desk = world.desk
    hospital = world.hospital(jurisdiction="440106")
    county = world.clerk("tianhe", "440106", "天河区卫健局")
    for kind in ("first_registration", "military_to_local", "direct_registration", "change", "direct_change"):
        case = _registering_case(world, kind, "执业助理医师", hospital)
        approved = desk.cases.approve(county, case.id, case.version)
        reg = world.registration(approved.registration_id)
        assert (approved.status, reg.level, reg.place, reg.status) == (
            "approved",
            "执业助理医师",
            "440106",
            "active",
        ), kind
    case = _registering_case(world, "first_registration", "执业助理医师", hospital)
    assert desk.cases.reject(county, case.id, case.version, "incapacity").status == "rejected"


# ---- assistant upgrade --------------------------------------------------------------------------


def test_assistant_upgrade_ends_the_assistant_registration_and_keeps_institution_and_filings(
    world: World,
) -> None:
    desk = world.desk
    hospital, clinic = world.hospital(), world.hospital()
    doctor = world.doctor(level="执业助理医师")
    old_case = world.registered(doctor, hospital)
    world.approved(doctor, clinic, "multi_site_filing", institution_id=clinic.id)
    world.qualify(doctor.name, doctor.id_number, "执业医师", "临床")  # passed the physician exam
    case = world.apply(doctor, "assistant_upgrade")
    assert case.institution_id == hospital.id
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    case = desk.cases.approve(world.admin, case.id, case.version)
    old, new = world.registrations(doctor.id)
    assert (old.status, old.end_reason, old.ended_on, old.registration_code) == (
        "deregistered",
        "助理医师升执业医师",
        TODAY,
        old_case.registration_code,
    )
    assert (new.id, new.status, new.level, new.category, new.place, new.main_institution_id) == (
        case.registration_id,
        "active",
        "执业医师",
        "临床",
        "440000",
        hospital.id,
    )
    assert new.registration_code == case.registration_code != old.registration_code
    # a new practice certificate of the 执业医师 level comes with the new code
    assert case.practice_certificate_number == new.practice_certificate_number
    assert parse_practice_certificate_number(new.practice_certificate_number).level == "执业医师"
    assert parse_practice_certificate_number(old.practice_certificate_number).level == "执业助理医师"
    assert [(f.registration_id, f.institution_id, f.status) for f in world.filings(doctor.id)] == [
        (new.id, clinic.id, "active")
    ]


def test_assistant_upgrade_only_within_the_same_category_and_main_institution(world: World) -> None:
    hospital, other = world.hospital(), world.hospital()
    doctor = world.doctor(level="执业助理医师", category="临床")
    world.registered(doctor, hospital)
    world.qualify(doctor.name, doctor.id_number, "执业医师", "口腔")
    before = counts(world.desk)
    with pytest.raises(ValidationError, match="须取得与现注册相同类别的执业医师资格"):
        world.apply(doctor, "assistant_upgrade")
    with pytest.raises(ValidationError, match="须执业类别相同") as category:
        world.apply(doctor, "assistant_upgrade", category="口腔")
    assert category.value.field == "category"
    world.qualify(doctor.name, doctor.id_number, "执业医师", "临床")
    with pytest.raises(ValidationError, match="须主要执业机构不变") as institution:
        world.apply(doctor, "assistant_upgrade", institution_id=other.id)
    assert institution.value.field == "institution_id"
    physician = world.doctor()
    world.registered(physician, hospital)
    with pytest.raises(ValidationError, match="不是执业助理医师"):
        world.apply(physician, "assistant_upgrade")
    assert counts(world.desk)["cases"] == before["cases"] + 1  # only the physician's own registration


# ---- later business -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "kind",
    [
        "assistant_upgrade",
        "local_to_military",
        "change",
        "deregistration",
        "multi_site_filing",
        "multi_site_cancel",
        "multi_site_withdraw",
    ],
)
def test_later_business_needs_an_issued_registration_code(world: World, kind: str) -> None:
    hospital = world.hospital()
    doctor = world.doctor()
    world.confirmed(doctor, hospital, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    details: dict[str, Any] = {"institution_id": hospital.id} if kind.startswith("multi_site_") else {}
    if kind == "deregistration":
        details["reason"] = "本人主动申请"
    if kind == "multi_site_withdraw":
        details = {}
    before = counts(world.desk)
    with pytest.raises(ValidationError, match="尚未取得电子化注册识别码"):
        world.apply(doctor, kind, **details)
    assert counts(world.desk) == before


def test_change_of_scopes_updates_the_registration_and_keeps_its_code(world: World) -> None:
    hospital = world.hospital()
    doctor = world.doctor()
    registered = world.registered(doctor, hospital)
    case = world.approved(doctor, hospital, "change", scopes=["外科专业", "全科医学专业"])
    assert case.registration_code == registered.registration_code
    reg = world.registration(registered.registration_id)
    assert (reg.scopes, reg.main_institution_id, reg.status, reg.registration_code) == (
        ["外科专业", "全科医学专业"],
        hospital.id,
        "active",
        registered.registration_code,
    )
    assert len(world.registrations(doctor.id)) == 1


def test_change_of_main_institution_is_refused_as_a_change(world: World) -> None:
    hospital, new_hospital = world.hospital(), world.hospital()
    doctor = world.doctor()
    world.registered(doctor, hospital)
    with pytest.raises(ValidationError, match="更换主要执业机构不能申请变更，须重新注册") as refused:
        world.apply(doctor, "change", institution_id=new_hospital.id, scopes=["外科专业"])
    assert refused.value.field == "institution_id"


def test_a_change_must_change_something_and_a_new_category_needs_its_qualification(world: World) -> None:
    hospital = world.hospital()
    doctor = world.doctor()
    world.registered(doctor, hospital)
    with pytest.raises(ValidationError, match="与现有注册相同"):
        world.apply(doctor, "change", scopes=["内科专业"])
    with pytest.raises(ValidationError, match="须有中医类别的执业医师资格"):
        world.apply(doctor, "change", category="中医", scopes=["中医专业"])
    world.qualify(doctor.name, doctor.id_number, "执业医师", "中医")
    case = world.approved(doctor, hospital, "change", category="中医", scopes=["中西医结合专业"])
    reg = world.registration(case.registration_id)
    assert (reg.category, reg.scopes) == ("中医", ["中西医结合专业"])


def test_local_to_military_ends_the_registration_and_its_filings(world: World) -> None:
    hospital, clinic = world.hospital(), world.hospital()
    doctor = world.doctor()
    registered = world.registered(doctor, hospital)
    world.approved(doctor, clinic, "multi_site_filing", institution_id=clinic.id)
    world.approved(doctor, hospital, "local_to_military", effective_date="2026-12-01")
    reg = world.registration(registered.registration_id)
    assert (reg.status, reg.end_reason, reg.ended_on) == (
        "deregistered",
        "地方变更到军队",
        dt.date(2026, 12, 1),
    )
    assert [(f.status, f.end_date) for f in world.filings(doctor.id)] == [("cancelled", dt.date(2026, 12, 1))]


def test_own_deregistration_ends_the_registration_and_its_filings(world: World) -> None:
    hospital, clinic = world.hospital(), world.hospital()
    doctor = world.doctor()
    registered = world.registered(doctor, hospital)
    world.approved(doctor, clinic, "multi_site_filing", institution_id=clinic.id)
    case = world.approved(doctor, hospital, "deregistration", reason="本人主动申请")
    assert case.registration_code == registered.registration_code
    reg = world.registration(registered.registration_id)
    assert (reg.status, reg.end_reason, reg.ended_on) == ("deregistered", "本人主动申请", TODAY)
    assert [f.status for f in world.filings(doctor.id)] == ["cancelled"]


def test_deregistration_requires_listed_ground(world: World) -> None:
    hospital = world.hospital()
    doctor = world.doctor()
    world.registered(doctor, hospital)
    before = counts(world.desk)
    with pytest.raises(ValidationError, match="请选择注销原因") as missing:
        world.apply(doctor, "deregistration")
    assert missing.value.field == "reason"
    with pytest.raises(ValidationError, match="不在规定的列表中：可选 本人主动申请"):
        world.apply(doctor, "deregistration", reason="死亡或者被宣告失踪")
    with pytest.raises(ValidationError, match="不在规定的列表中"):
        world.desk.cases.submit(
            hospital.actor, "institution_deregistration", doctor.id, reason="本人主动申请"
        )
    assert counts(world.desk) == before


# ---- multi-site filings ------------------------------------------------------------------------


def test_multi_site_filing_cancel_and_withdraw(world: World) -> None:
    desk = world.desk
    hospital = world.hospital(jurisdiction="440106")
    shenzhen = world.hospital(jurisdiction="440304")
    nearby = world.hospital(jurisdiction="440106")
    doctor = world.doctor()
    registered = world.registered(doctor, hospital)
    filed = world.apply(doctor, "multi_site_filing", institution_id=shenzhen.id, effective_date="2026-12-01")
    assert (filed.institution_id, filed.jurisdiction) == (
        shenzhen.id,
        "440304",
    )  # the filed institution confirms
    filed = desk.cases.confirm(shenzhen.actor, filed.id, filed.version)
    filed = desk.cases.approve(world.admin, filed.id, filed.version)
    assert filed.registration_code == registered.registration_code
    world.approved(doctor, nearby, "multi_site_filing", institution_id=nearby.id)
    assert [(f.institution_id, f.status, f.start_date) for f in world.filings(doctor.id)] == [
        (shenzhen.id, "active", dt.date(2026, 12, 1)),
        (nearby.id, "active", TODAY),
    ]
    world.approved(doctor, shenzhen, "multi_site_cancel", institution_id=shenzhen.id)
    assert [f.status for f in world.filings(doctor.id)] == ["cancelled", "active"]
    withdrawn = world.confirmed(doctor, hospital, "multi_site_withdraw")
    assert withdrawn.institution_id == hospital.id  # all sites at once: the main institution confirms
    desk.cases.approve(world.admin, withdrawn.id, withdrawn.version)
    assert [f.status for f in world.filings(doctor.id)] == ["cancelled", "cancelled"]
    assert world.registration(registered.registration_id).status == "active"


def test_multi_site_filing_only_inside_the_province_never_the_main_institution_never_twice(
    world: World,
) -> None:
    national = world.national()
    hospital, clinic = world.hospital(), world.hospital(jurisdiction="440604")
    beijing = world.hospital(jurisdiction="110105", by=national)
    doctor = world.doctor()
    world.registered(doctor, hospital)
    with pytest.raises(ValidationError, match="是主要执业机构，不需要备案"):
        world.apply(doctor, "multi_site_filing", institution_id=hospital.id)
    with pytest.raises(ValidationError, match="只能在注册所在省「广东省」内"):
        world.apply(doctor, "multi_site_filing", institution_id=beijing.id)
    world.approved(doctor, clinic, "multi_site_filing", institution_id=clinic.id)
    with pytest.raises(ValidationError, match="已经备案，不能重复备案"):
        world.apply(doctor, "multi_site_filing", institution_id=clinic.id)
    with pytest.raises(ValidationError, match="不是.*已备案的执业机构"):
        world.apply(doctor, "multi_site_cancel", institution_id=beijing.id)


def test_an_assistant_files_only_institutions_in_the_main_institutions_county(world: World) -> None:
    hospital = world.hospital(jurisdiction="440106")
    same_county, other_county = world.hospital(jurisdiction="440106"), world.hospital(jurisdiction="440104")
    doctor = world.doctor(level="执业助理医师")
    world.registered(doctor, hospital)
    with pytest.raises(ValidationError, match="主要执业机构所在县（区）「广东省广州市天河区」") as refused:
        world.apply(doctor, "multi_site_filing", institution_id=other_county.id)
    assert refused.value.field == "institution_id"
    world.approved(doctor, same_county, "multi_site_filing", institution_id=same_county.id)
    assert [f.institution_id for f in world.filings(doctor.id)] == [same_county.id]


# ---- institution kinds --------------------------------------------------------------------------


def test_institution_filing_moves_the_physician_to_the_non_registered_pool(world: World) -> None:
    desk = world.desk
    hospital, clinic, new_hospital = world.hospital(), world.hospital(), world.hospital()
    doctor = world.doctor()
    registered = world.registered(doctor, hospital)
    world.approved(doctor, clinic, "multi_site_filing", institution_id=clinic.id)
    case = desk.cases.submit(
        hospital.actor,
        "institution_filing",
        doctor.id,
        reason="退休",
        effective_date="2026-11-20",
        note="2026-11-20 办理退休",
    )
    assert (case.status, case.deadline, case.institution_id) == (
        "confirmed",
        dt.date(2026, 12, 22),
        hospital.id,
    )
    case = desk.cases.approve(world.admin, case.id, case.version)
    reg = world.registration(registered.registration_id)
    assert (reg.status, reg.filed_on, reg.filing_reason) == ("filed", dt.date(2026, 11, 20), "retirement")
    assert [f.status for f in world.filings(doctor.id)] == ["cancelled"]
    pool = desk.roster.pool(world.admin)
    assert [(e.physician_id, e.reason_label) for e in pool.items] == [(doctor.id, "退休")]
    # back from the pool: a new main institution means registering again; the filed registration ends
    again = world.registered(doctor, new_hospital)
    old, new = world.registrations(doctor.id)
    assert (old.status, old.end_reason) == ("deregistered", "重新注册")
    assert (new.status, new.main_institution_id, new.registration_code) == (
        "active",
        new_hospital.id,
        again.registration_code,
    )


def test_institution_filing_needs_a_listed_reason_and_the_main_institution(world: World) -> None:
    hospital, other = world.hospital(), world.hospital()
    doctor = world.doctor()
    world.registered(doctor, hospital)
    before = counts(world.desk)
    with pytest.raises(
        ValidationError, match="备案原因「出国」不在规定的列表中：可选 调离、退休、退职、被辞退、被开除"
    ):
        world.desk.cases.submit(hospital.actor, "institution_filing", doctor.id, reason="出国")
    with pytest.raises(PermissionDenied):
        world.desk.cases.submit(other.actor, "institution_filing", doctor.id, reason="调离")
    after = counts(world.desk)
    assert {t: after[t] - before[t] for t in after if after[t] != before[t]} == {"audit_events": 1}


def test_institution_deregistration_ends_the_registration_and_its_filings(world: World) -> None:
    hospital, clinic = world.hospital(), world.hospital()
    doctor = world.doctor()
    registered = world.registered(doctor, hospital)
    world.approved(doctor, clinic, "multi_site_filing", institution_id=clinic.id)
    case = world.desk.cases.submit(
        hospital.actor,
        "institution_deregistration",
        doctor.id,
        reason="death_or_missing",
        effective_date="2026-11-23",
    )
    world.desk.cases.approve(world.admin, case.id, case.version)
    reg = world.registration(registered.registration_id)
    assert (reg.status, reg.end_reason, reg.ended_on) == (
        "deregistered",
        "死亡或者被宣告失踪",
        dt.date(2026, 11, 23),
    )
    assert [f.status for f in world.filings(doctor.id)] == ["cancelled"]


# ---- every kind: returned, corrected, refused ---------------------------------------------------

_RECORDS = ("physicians", "qualifications", "registrations", "filings", "short_term_permits")


@dataclass
class Scenario:
    start: Callable[[], Case]  # submits (or enters at the counter) a valid case of the kind
    applicant: Any  # the Actor who resubmits
    confirmer: Hospital | None  # who confirms a physician's case
    physician_id: int | None


def _scenario(world: World, kind: str) -> Scenario:
    desk, admin = world.desk, world.admin
    hospital, clinic = world.hospital(), world.hospital()
    if kind in WALK_IN_KINDS:
        walk_in: dict[str, Callable[[], Case]] = {
            "legacy_backfill": lambda: desk.counter.legacy_backfill(
                admin,
                name="周老先",
                id_number=resident_id(),
                certificate_code="199844110440106195001010011",
                level="执业医师",
                category="临床",
                issued_on="1998-06-30",
            ),
            "hmt_recognition": lambda: desk.counter.hmt_recognition(
                admin, name="陈大文", id_number="H12345678", gender="男", origin="香港", category="临床"
            ),
            "hmt_short_term": lambda: desk.counter.hmt_short_term(
                admin,
                name="林志明",
                id_number="12345678",
                gender="男",
                origin="台湾",
                institution_id=hospital.id,
                category="口腔",
                scopes=["口腔专业"],
                term_start="2026-12-01",
                term_end="2027-12-01",
            ),
            "foreign_short_term": lambda: desk.counter.foreign_short_term(
                admin,
                name="John Smith",
                id_number="E1234567",
                gender="男",
                origin="英国",
                inviting_institution_id=hospital.id,
                category="临床",
                scopes=["内科专业"],
                term_start="2026-12-01",
                term_end="2027-06-01",
            ),
        }
        return Scenario(walk_in[kind], admin, None, None)
    level = "执业助理医师" if kind == "assistant_upgrade" else "执业医师"
    doctor = world.doctor(level=level)
    if kind == "direct_registration":
        return Scenario(
            lambda: desk.counter.direct_registration(
                admin, doctor.id, institution_id=hospital.id, scopes=["内科专业"]
            ),
            admin,
            None,
            doctor.id,
        )
    if kind in ("first_registration", "military_to_local"):
        return Scenario(
            lambda: world.apply(doctor, kind, institution_id=hospital.id, scopes=["内科专业"]),
            doctor.actor,
            hospital,
            doctor.id,
        )
    world.registered(doctor, hospital)
    if kind in ("multi_site_cancel", "multi_site_withdraw"):
        world.approved(doctor, clinic, "multi_site_filing", institution_id=clinic.id)
    if kind == "assistant_upgrade":
        world.qualify(doctor.name, doctor.id_number, "执业医师", "临床")
    if kind == "direct_change":
        return Scenario(
            lambda: desk.counter.direct_change(admin, doctor.id, scopes=["外科专业"]), admin, None, doctor.id
        )
    if kind == "direct_deregistration":
        return Scenario(
            lambda: desk.counter.direct_deregistration(admin, doctor.id, reason="health_unfit"),
            admin,
            None,
            doctor.id,
        )
    all_details: dict[str, dict[str, Any]] = {
        "assistant_upgrade": {},
        "local_to_military": {},
        "change": {"scopes": ["外科专业"]},
        "deregistration": {"reason": "own_request"},
        "multi_site_filing": {"institution_id": clinic.id},
        "multi_site_cancel": {"institution_id": clinic.id},
        "multi_site_withdraw": {},
        "institution_filing": {"reason": "调离"},
        "institution_deregistration": {"reason": "受刑事处罚"},
    }
    details = all_details[kind]
    if kind in INSTITUTION_KINDS:
        return Scenario(
            lambda: desk.cases.submit(hospital.actor, kind, doctor.id, **details),
            hospital.actor,
            None,
            doctor.id,
        )
    confirmer = clinic if kind in ("multi_site_filing", "multi_site_cancel") else hospital
    return Scenario(lambda: world.apply(doctor, kind, **details), doctor.actor, confirmer, doctor.id)


def _records(world: World, physician_id: int | None) -> tuple[Any, ...]:
    rows = counts(world.desk)
    return tuple(rows[t] for t in _RECORDS), _snapshot(world, physician_id) if physician_id else []


@pytest.mark.parametrize("kind", sorted(PHYSICIAN_KINDS | INSTITUTION_KINDS | COUNTER_KINDS))
def test_every_kind_is_returned_corrected_and_refused_without_touching_the_records(
    world: World, kind: str
) -> None:
    desk = world.desk
    s = _scenario(world, kind)
    before = _records(world, s.physician_id)
    case = s.start()
    assert case.kind == kind
    if s.confirmer is not None:
        case = desk.cases.return_case(s.confirmer.actor, case.id, case.version, "信息填写有误")
        case = desk.cases.resubmit(s.applicant, case.id, case.version)
        case = desk.cases.confirm(s.confirmer.actor, case.id, case.version)
    assert case.status == "confirmed" and case.deadline is not None
    case = desk.cases.return_case(world.admin, case.id, case.version, "other", "请补充说明")
    assert case.deadline is not None  # kept while returned; counting resumes on the next confirmation
    case = desk.cases.resubmit(s.applicant, case.id, case.version)
    if s.confirmer is not None:
        assert case.status == "submitted"
        case = desk.cases.confirm(s.confirmer.actor, case.id, case.version)
    assert case.status == "confirmed"
    case = desk.cases.reject(world.admin, case.id, case.version, "other_prohibited", "不符合条件")
    assert (case.status, case.registration_code) == ("rejected", None)
    assert _records(world, s.physician_id) == before
    actions = [e.action for e in desk.cases.timeline(world.admin, case.id)]
    assert actions[-1] == "reject" and actions.count("return") == (2 if s.confirmer else 1)
