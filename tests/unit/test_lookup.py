"""desk.lookup.institutions: an application form picks an active institution by name, prefix or initials."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from roster_fixtures import cert, institution, make_id, person, physician_account, sign_in
from support_accounts import row_counts

from app import models as m
from app.services import AuthenticationError, NotFound, PermissionDenied, ValidationError, search
from app.services.lookup import InstitutionChoice


@pytest.fixture
def hospitals(desk: Any, admin: Any) -> dict[str, int]:
    made = {}
    for number, area, name in (
        ("4401040001", "440104", "广州市第一人民医院"),
        ("4401060002", "440106", "广州市天河区人民医院"),
        ("4403050003", "440305", "深圳市南山区人民医院"),
        ("4401040004", "440104", "越秀区100%_社区卫生服务中心"),
    ):
        made[name], _ = institution(desk, admin, number, area, name, sign=False)
    # another province's institution (its commission made it; written as the row it leaves)
    with desk.db.write() as s:
        other = m.Institution(
            name="上海市黄浦区人民医院", address="上海市黄浦区1号", registration_number="3101010005",
            legal_representative="赵六", principal="钱七", subjects="内科", jurisdiction="310101",
            approving_authority="上海市黄浦区卫生健康委员会",
            name_initials=search.initials("上海市黄浦区人民医院", search.INSTITUTION_INITIALS_LENGTH))
        s.add(other)
        s.flush()
        made[other.name] = other.id
    return made


def names(choices: list[InstitutionChoice]) -> list[str]:
    return [c.name for c in choices]


def test_a_choice_carries_id_name_address_and_area_only() -> None:
    assert [f.name for f in dataclasses.fields(InstitutionChoice)] == [
        "id", "name", "address", "area_name", "jurisdiction"]


def test_institutions_are_found_by_the_start_of_their_name(desk, admin, hospitals) -> None:
    found = desk.lookup.institutions(admin, "广州市")
    assert set(names(found)) == {"广州市天河区人民医院", "广州市第一人民医院"}
    first = next(c for c in found if c.name == "广州市第一人民医院")
    assert first.id == hospitals["广州市第一人民医院"]
    assert first.area_name == "广东省广州市越秀区" and first.jurisdiction == "440104"
    assert first.address


def test_names_starting_with_the_query_come_before_names_containing_it(desk, admin, hospitals) -> None:
    found = names(desk.lookup.institutions(admin, "人民医院"))
    assert set(found) == {"广州市第一人民医院", "广州市天河区人民医院", "深圳市南山区人民医院",
                          "上海市黄浦区人民医院"}
    found = names(desk.lookup.institutions(admin, "南山"))
    assert found == ["深圳市南山区人民医院"]
    found = names(desk.lookup.institutions(admin, "深圳"))
    assert found[0] == "深圳市南山区人民医院"


def test_institutions_are_found_by_pinyin_initials(desk, admin, hospitals) -> None:
    assert names(desk.lookup.institutions(admin, "szs")) == ["深圳市南山区人民医院"]
    found = set(names(desk.lookup.institutions(admin, "GZS")))
    assert found == {"广州市第一人民医院", "广州市天河区人民医院"}


def test_wildcards_typed_in_the_query_are_taken_literally(desk, admin, hospitals) -> None:
    assert names(desk.lookup.institutions(admin, "100%_")) == ["越秀区100%_社区卫生服务中心"]
    assert names(desk.lookup.institutions(admin, "%")) == ["越秀区100%_社区卫生服务中心"]  # not all five
    assert names(desk.lookup.institutions(admin, "_")) == ["越秀区100%_社区卫生服务中心"]
    assert desk.lookup.institutions(admin, "人民%院") == []


def test_a_province_narrows_the_choice(desk, admin, hospitals) -> None:
    found = names(desk.lookup.institutions(admin, "人民医院", province="310000"))
    assert found == ["上海市黄浦区人民医院"]
    found = names(desk.lookup.institutions(admin, "", province="440106"))  # any area code of the province
    assert "上海市黄浦区人民医院" not in found and len(found) == 4
    assert len(desk.lookup.institutions(admin, "", province="000000")) == 5


def test_an_empty_query_lists_institutions_by_name_up_to_the_limit(desk, admin, hospitals) -> None:
    assert len(desk.lookup.institutions(admin, "")) == 5
    assert len(desk.lookup.institutions(admin, None, limit=2)) == 2


def test_disabled_institutions_are_not_offered(desk, admin, hospitals) -> None:
    with desk.db.write() as s:
        s.get(m.Institution, hospitals["广州市第一人民医院"]).active = False
    assert names(desk.lookup.institutions(admin, "广州市")) == ["广州市天河区人民医院"]


def test_a_physician_with_an_activated_account_may_look_up_institutions(desk, admin, hospitals) -> None:
    rid = make_id("440106")
    person(desk, "张伟", rid, certificate_code=cert(7))
    doctor = physician_account(desk, "张伟", rid, "zhangwei", cert(7))
    assert names(desk.lookup.institutions(doctor, "深圳")) == ["深圳市南山区人民医院"]


def test_an_institution_account_may_look_up_other_institutions(desk, admin) -> None:
    _own, hr = institution(desk, admin, "4401040009", "440104", "广州市越秀区中医医院")
    institution(desk, admin, "4401060010", "440106", "广州市天河区中医医院", sign=False)
    assert len(desk.lookup.institutions(hr, "广州市")) == 2


def test_a_physician_not_yet_activated_is_refused(desk, admin, hospitals) -> None:
    desk.auth.register_physician("李娜", make_id("440106", female=True), "13700137001", "ln@example.com",
                                 "lina", "Roster#2026pw")
    doctor = desk.auth.login("lina", "Roster#2026pw")
    before = row_counts(desk)
    with pytest.raises(PermissionDenied) as refused:
        desk.lookup.institutions(doctor, "广州")
    assert "激活" in refused.value.message
    after = row_counts(desk)
    assert {k: v for k, v in after.items() if k != "audit_events"} == {
        k: v for k, v in before.items() if k != "audit_events"}


def test_an_account_that_must_change_its_initial_password_is_refused(desk, admin) -> None:
    info, username, initial = desk.accounts.create_institution(
        admin, name="广州市荔湾区人民医院", address="广州市荔湾区1号", registration_number="4401030011",
        legal_representative="张大明", principal="李小红", subjects=["内科"], jurisdiction="440103",
        delegate_name="王五", delegate_phone="13800138000",
        documents_checked=("licence", "authorisation_letter", "delegate_id"))
    fresh = desk.auth.login(username, initial)
    with pytest.raises(PermissionDenied):
        desk.lookup.institutions(fresh, "广州")
    assert len(desk.lookup.institutions(sign_in(desk, username, initial), "广州")) == 1


def test_a_caller_without_a_session_is_refused(desk, admin, hospitals) -> None:
    desk.auth.logout(admin)
    with pytest.raises(AuthenticationError):
        desk.lookup.institutions(admin, "广州")


@pytest.mark.parametrize("limit", [0, 51, "5", True])
def test_a_limit_outside_one_to_fifty_is_refused(desk, admin, limit) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.lookup.institutions(admin, "广州", limit=limit)
    assert refused.value.field == "limit"


def test_an_unknown_province_is_refused_naming_the_field(desk, admin) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.lookup.institutions(admin, "广州", province="990000")
    assert refused.value.field == "province"


def test_one_institution_is_read_by_id_even_when_disabled(desk, admin, hospitals) -> None:
    hid = hospitals["深圳市南山区人民医院"]
    with desk.db.write() as s:
        s.get(m.Institution, hid).active = False
    choice = desk.lookup.institution(admin, hid)
    assert (choice.id, choice.name, choice.area_name) == (hid, "深圳市南山区人民医院", "广东省深圳市南山区")


def test_an_institution_that_does_not_exist_is_not_found(desk, admin) -> None:
    with pytest.raises(NotFound):
        desk.lookup.institution(admin, 999)
    with pytest.raises(ValidationError) as refused:
        desk.lookup.institution(admin, 0)
    assert refused.value.field == "institution_id"
