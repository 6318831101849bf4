"""Paper materials: every kind's list from the reference data, and a case's list with the conditional
materials decided from the case and what has arrived at the counter."""

from __future__ import annotations

import datetime as dt

import pytest
from roster_fixtures import case, cert, institution, person, register

from app import models as m
from app.services import NotFound, PermissionDenied, ValidationError, reference
from app.services.checklists import TRAINING_CONDITION, Material

TRAINING = next(
    x["name"] for x in reference.materials("first_registration") if x["condition"] == TRAINING_CONDITION
)


def test_every_kind_lists_its_materials_from_the_reference_data(desk) -> None:
    for kind in reference.case_kinds():
        listed = desk.checklists.materials(kind["value"])
        assert listed == [Material(x["name"], x["required"], x["condition"]) for x in kind["materials"]]
        assert listed, kind["value"]
    first = [x.name for x in desk.checklists.materials("first_registration")]
    assert first[:2] == ["医师执业注册申请审核表", "近6个月2寸白底免冠正面半身照片"]


def test_an_unknown_kind_is_refused_in_chinese(desk) -> None:
    with pytest.raises(ValidationError) as exc:
        desk.checklists.materials("holiday")
    assert exc.value.field == "kind" and "业务类型" in exc.value.message


@pytest.fixture
def hospital(desk, admin) -> tuple[int, object]:
    return institution(desk, admin, "4401060001", "440106", "天河第一医院")


def names(items: list) -> list[str]:
    return [x.material for x in items]


def test_training_certificate_is_required_two_years_after_qualifying_without_registration(desk, admin,
                                                                                          hospital) -> None:
    hid, _ = hospital
    old = person(desk, "张伟", certificate_code=cert(1), issued_on=dt.date(2023, 8, 30))
    recent = person(desk, "李娜", certificate_code=cert(2), issued_on=dt.date(2025, 8, 30))
    old_case = case(desk, "first_registration", old, hid)
    recent_case = case(desk, "first_registration", recent, hid)
    listed = {x.material: x for x in desk.checklists.materials_for_case(admin, old_case)}
    assert listed[TRAINING].required is True and listed[TRAINING].condition is None
    assert TRAINING not in names(desk.checklists.materials_for_case(admin, recent_case))


def test_training_certificate_is_required_after_two_years_in_the_pool(desk, admin, hospital) -> None:
    hid, _ = hospital
    pid = person(desk, "王芳", certificate_code=cert(3), issued_on=dt.date(2010, 8, 30))
    register(desk, pid, hid, status="filed", filed_on=dt.date(2024, 3, 1))
    cid = case(desk, "first_registration", pid, hid)
    assert {x.material: x.required for x in desk.checklists.materials_for_case(admin, cid)}[TRAINING] is True


def test_training_certificate_is_not_needed_with_a_registration_in_force(desk, admin, hospital) -> None:
    hid, _ = hospital
    pid = person(desk, "赵敏", certificate_code=cert(4), issued_on=dt.date(2010, 8, 30))
    register(desk, pid, hid)
    cid = case(desk, "first_registration", pid, hid)
    assert TRAINING not in names(desk.checklists.materials_for_case(admin, cid))


def test_without_an_issue_date_the_training_certificate_stays_conditional(desk, admin, hospital) -> None:
    hid, _ = hospital
    pid = person(desk, "孙丽", certificate_code=cert(5), issued_on=None)
    cid = case(desk, "first_registration", pid, hid)
    [training] = [x for x in desk.checklists.materials_for_case(admin, cid) if x.material == TRAINING]
    assert (training.required, training.condition) == (False, TRAINING_CONDITION)


def test_a_change_lists_only_the_documents_of_what_changes(desk, admin, hospital) -> None:
    hid, _ = hospital
    pid = person(desk, "陈晨", certificate_code=cert(6))
    reg = register(desk, pid, hid, scopes=["内科专业"])
    details = {"registration_id": reg, "institution_id": hid, "category": "临床", "scopes": ["外科专业"],
               "place": "440000"}
    cid = case(desk, "change", pid, hid, details=details)
    listed = {x.material: x for x in desk.checklists.materials_for_case(admin, cid)}
    conditional = {x["name"]: x["condition"] for x in reference.materials("change") if x["condition"]}
    for name, condition in conditional.items():
        if condition == "变更或加注执业范围":
            assert listed[name].required is True
        else:
            assert name not in listed, name


def test_received_materials_show_who_ticked_them_and_when(desk, admin, hospital) -> None:
    hid, _ = hospital
    pid = person(desk, "周杰", certificate_code=cert(7), issued_on=dt.date(2025, 8, 30))
    cid = case(desk, "first_registration", pid, hid, status="confirmed")
    at = dt.datetime(2026, 11, 24, 2, 30, tzinfo=dt.UTC)
    with desk.db.write() as s:
        s.add(m.MaterialCheck(case_id=cid, material="医师执业注册申请审核表", received=True,
                              checked_by=admin.user_id, checked_at=at))
    listed = desk.checklists.materials_for_case(admin, cid)
    form = listed[0]
    assert (form.material, form.received, form.checked_by_name, form.checked_at) == (
        "医师执业注册申请审核表", True, "广东省卫健委管理员", at)
    assert not any(x.received for x in listed[1:])
    assert all(x.required for x in listed)


def test_a_case_of_another_institution_is_refused_and_an_unknown_case_not_found(
    desk, admin, hospital
) -> None:
    hid, _ = hospital
    _, other = institution(desk, admin, "4401060002", "440106", "天河第二医院")
    cid = case(desk, "first_registration", person(desk, "刘洋", certificate_code=cert(8)), hid)
    with pytest.raises(PermissionDenied):
        desk.checklists.materials_for_case(other, cid)
    with pytest.raises(NotFound):
        desk.checklists.materials_for_case(admin, 999999)
    with pytest.raises(ValidationError):
        desk.checklists.materials_for_case(admin, 0)
