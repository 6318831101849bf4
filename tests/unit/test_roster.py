"""The roster: who sees whom, as-you-type search, filters, keyset paging, a physician's record, the
non-registered pool and an institution's export lists."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from roster_fixtures import (
    PASSWORD,
    case,
    cert,
    file_at,
    institution,
    make_id,
    pcn,
    person,
    physician_account,
    regcode,
    register,
)

from app import models as m
from app.services import Actor, NotFound, PermissionDenied, ValidationError
from app.services.auth import hash_password


@dataclass
class World:
    admin: Actor
    a: int
    a_actor: Actor
    b: int
    b_actor: Actor
    shenzhen: int
    beijing: int
    ids: dict[str, int]
    id_numbers: dict[str, str]
    regs: dict[str, int]


@pytest.fixture
def world(desk, admin) -> World:
    a, a_actor = institution(desk, admin, "4401060001", "440106", "天河第一医院")
    b, b_actor = institution(desk, admin, "4401060002", "440106", "天河第二医院")
    shenzhen, _ = institution(desk, admin, "4403040003", "440304", "深圳福田医院", sign=False)
    with desk.db.write() as s:
        bj = m.Institution(name="北京朝阳医院", address="北京市朝阳区", registration_number="1101050004",
                           legal_representative="王北", principal="李京", jurisdiction="110105")
        s.add(bj)
        s.flush()
        beijing = bj.id
    ids: dict[str, int] = {}
    numbers: dict[str, str] = {}
    regs: dict[str, int] = {}

    def add(name: str, n: int, area: str = "440106", **kw: Any) -> int:
        numbers[name] = make_id(area, "19880808", female=n % 2 == 0)
        ids[name] = person(desk, name, numbers[name], certificate_code=cert(n), **kw)
        return ids[name]

    regs["张伟"] = register(desk, add("张伟", 1), a, code=regcode(1), practice_number=pcn(1))
    regs["曾强"] = register(desk, add("曾强", 2), b, code=regcode(2), practice_number=pcn(2))
    file_at(desk, regs["曾强"], a)
    regs["李娜"] = register(desk, add("李娜", 3), a, status="filed", code=regcode(3), practice_number=pcn(3),
                          filed_on=dt.date(2024, 6, 30), filing_reason="retirement")
    regs["王芳"] = register(desk, add("王芳", 4, level="执业助理医师", category="中医"), a, status="filed",
                          level="执业助理医师", category="中医", scopes=["中医专业"], place="440106",
                          code=regcode(4), filed_on=dt.date(2026, 1, 5), filing_reason="transfer")
    case(desk, "first_registration", add("赵敏", 5), a)
    regs["孙丽"] = register(desk, add("孙丽", 6), shenzhen, code=regcode(6))
    add("陈晨", 7)
    regs["𠮷祥"] = register(desk, add("𠮷祥", 8), a, category="口腔", scopes=["口腔专业"], code=regcode(8))
    regs["周杰"] = register(desk, add("周杰", 9), a, status="deregistered", code=regcode(9),
                          ended_on=dt.date(2025, 12, 1))
    regs["京医"] = register(desk, add("京医", 10, area="110105"), beijing, province="110000",
                          code=regcode(10, "110000"))
    return World(admin, a, a_actor, b, b_actor, shenzhen, beijing, ids, numbers, regs)


def names(page: Any) -> list[str]:
    return [r.name for r in page.items]


def rows(page: Any) -> dict[str, Any]:
    return {r.name: r for r in page.items}


# --- who sees whom -----------------------------------------------------------------------------------


def test_an_institution_sees_its_main_filed_and_applying_physicians_only(desk, world) -> None:
    page = desk.roster.physicians(world.a_actor, with_total=True)
    assert set(names(page)) == {"张伟", "曾强", "李娜", "王芳", "赵敏", "𠮷祥"}
    assert page.total == 6
    got = rows(page)
    zhang = got["张伟"]
    assert (zhang.relation, zhang.status, zhang.status_label) == ("主执业", "active", "已注册")
    assert got["张伟"].main_institution_name == "天河第一医院"
    assert (zhang.registration_code, zhang.practice_certificate_number, zhang.certificate_code) == (
        regcode(1), pcn(1), cert(1))
    assert (got["曾强"].relation, got["曾强"].main_institution_name) == ("多机构备案", "天河第二医院")
    assert (got["李娜"].relation, got["李娜"].status) == ("主执业", "filed")
    zhao, wang = got["赵敏"], got["王芳"]
    assert (zhao.relation, zhao.status, zhao.status_label) == ("申请中", "none", "未注册")
    assert (wang.level, wang.category, wang.scopes) == ("执业助理医师", "中医", ["中医专业"])


def test_the_other_institution_sees_only_its_own(desk, world) -> None:
    assert set(names(desk.roster.physicians(world.b_actor))) == {"曾强"}


def test_a_provincial_commission_sees_its_province_and_not_another(desk, world) -> None:
    listed = set(names(desk.roster.physicians(world.admin, limit=100)))
    assert listed == {"张伟", "曾强", "李娜", "王芳", "赵敏", "孙丽", "陈晨", "𠮷祥", "周杰"}


def test_another_provinces_commission_sees_only_its_own(desk, world) -> None:
    with desk.db.write() as s:
        s.add(m.UserAccount(username="bjclerk", password_hash=hash_password(PASSWORD), role="commission",
                            display_name="北京办事员", jurisdiction="110000"))
    beijing = desk.auth.login("bjclerk", PASSWORD)
    assert names(desk.roster.physicians(beijing)) == ["京医"]


def test_a_physician_sees_only_themself(desk, world) -> None:
    zhang = physician_account(desk, "张伟", world.id_numbers["张伟"], "zhangwei", cert(1))
    assert names(desk.roster.physicians(zhang)) == ["张伟"]
    assert desk.roster.physician(zhang, world.ids["张伟"]).person.name == "张伟"
    with pytest.raises(PermissionDenied):
        desk.roster.physician(zhang, world.ids["曾强"])


# --- as-you-type search -------------------------------------------------------------------------------


SEARCHES = [
    ("张", {"张伟"}),
    ("张伟", {"张伟"}),
    ("张 伟", {"张伟"}),
    ("z", {"张伟", "曾强", "赵敏", "周杰"}),
    ("zq", {"曾强"}),
    ("cq", {"曾强"}),  # 曾 read ceng
    ("ZW", {"张伟"}),
    ("𠮷", {"𠮷祥"}),
    ("王芳", {"王芳"}),
    ("张三", set()),
]


def test_name_prefix_and_pinyin_initials_of_every_reading_find_the_physician(desk, world) -> None:
    for typed, expected in SEARCHES:
        assert set(names(desk.roster.physicians(world.admin, typed, limit=100))) == expected, typed


def test_full_identifiers_find_the_physician(desk, world) -> None:
    for typed in (world.id_numbers["张伟"], world.id_numbers["张伟"].lower(), cert(1), regcode(1), pcn(1),
                  f" {pcn(1)} "):
        assert names(desk.roster.physicians(world.admin, typed)) == ["张伟"], typed


def test_a_partial_resident_id_finds_nothing(desk, world) -> None:
    assert names(desk.roster.physicians(world.admin, world.id_numbers["张伟"][:10])) == []


def test_search_stays_inside_what_the_actor_may_see(desk, world) -> None:
    assert names(desk.roster.physicians(world.a_actor, regcode(6))) == []  # 孙丽 is at Shenzhen
    assert names(desk.roster.physicians(world.a_actor, "孙")) == []
    assert names(desk.roster.physicians(world.a_actor, world.id_numbers["陈晨"])) == []


# --- filters ---------------------------------------------------------------------------------------


def test_filters_on_status_level_category_and_institution(desk, world) -> None:
    admin = world.admin

    def listed(**kw: Any) -> set[str]:
        return set(names(desk.roster.physicians(admin, limit=100, **kw)))

    assert listed(status="active") == {"张伟", "曾强", "孙丽", "𠮷祥"}
    assert listed(status="filed") == {"李娜", "王芳"}
    assert listed(status="deregistered") == {"周杰"}
    assert listed(status="none") == {"赵敏", "陈晨"}
    assert listed(level="执业助理医师") == {"王芳"}
    assert listed(category="口腔") == {"𠮷祥"}
    assert listed(category="中医", status="filed") == {"王芳"}
    assert listed(institution_id=world.a) == {"张伟", "曾强", "李娜", "王芳", "𠮷祥"}
    assert listed(institution_id=world.shenzhen) == {"孙丽"}
    assert listed(query="z", status="active") == {"张伟", "曾强"}


def test_unknown_filters_are_refused_in_chinese(desk, world) -> None:
    with pytest.raises(ValidationError) as exc:
        desk.roster.physicians(world.admin, status="sleeping")
    assert exc.value.field == "status" and "注册状态" in exc.value.message
    with pytest.raises(ValidationError) as exc:
        desk.roster.physicians(world.admin, category="外科")
    assert exc.value.field == "category"
    with pytest.raises(ValidationError):
        desk.roster.physicians(world.admin, limit=0)


# --- paging ----------------------------------------------------------------------------------------


def test_the_roster_sorts_names_by_pinyin_as_chinese_lists_are_read(desk, world) -> None:
    names = ("余思远", "冯立新", "于海波", "何晓东", "丁一鸣", "曾国强", "周文斌", "张子豪")
    for i, name in enumerate(names):
        person(desk, name, make_id("440106", "19950101"), certificate_code=cert(200 + i))
    shown = [r.name for r in desk.roster.physicians(world.admin, limit=200).items if r.name in names]
    # code-point order would be 丁 于 余 何 冯 周 张 曾; 曾 as a surname reads zeng
    assert shown == ["丁一鸣", "冯立新", "何晓东", "于海波", "余思远", "曾国强", "张子豪", "周文斌"]
    found = [r.name for r in desk.roster.physicians(world.admin, "z", limit=200).items if r.name in names]
    assert found == ["丁一鸣", "曾国强", "张子豪", "周文斌"]  # 丁 also reads zhēng: every reading is found


def test_keyset_pages_give_every_physician_once_sorted_by_pinyin_then_id(desk, world) -> None:
    from app.services.search import pinyin_key

    for i in range(12):
        person(desk, "张伟", make_id("440106", "19950101"), certificate_code=cert(100 + i))
    whole = desk.roster.physicians(world.admin, limit=100)
    assert whole.next_after is None
    expected = [(r.name, r.id) for r in whole.items]
    assert [(pinyin_key(n), i) for n, i in expected] == sorted((pinyin_key(n), i) for n, i in expected)
    seen: list[tuple[str, int]] = []
    after = None
    while True:
        page = desk.roster.physicians(world.admin, limit=4, after=after)
        seen += [(r.name, r.id) for r in page.items]
        if page.next_after is None:
            break
        after = page.next_after
    assert seen == expected
    typed: list[int] = []  # a typed name prefix pages through its matches too (by name, then id)
    after = None
    while True:
        page = desk.roster.physicians(world.admin, "张", limit=4, after=after)
        typed += [r.id for r in page.items]
        if page.next_after is None:
            break
        after = page.next_after
    assert len(typed) == len(set(typed)) >= 12
    offset_page = desk.roster.physicians(world.admin, limit=4, offset=4)
    assert [(r.name, r.id) for r in offset_page.items] == expected[4:8]


# --- a physician's record -------------------------------------------------------------------------


def test_a_physicians_record_lists_qualifications_registrations_filings_permits_and_cases(
    desk, world
) -> None:
    zeng = world.ids["曾强"]
    with desk.db.write() as s:
        s.add(m.ShortTermPermit(physician_id=zeng, kind="hmt", origin="香港", institution_id=world.a,
                                category="临床", scopes=["内科专业"], term_start=dt.date(2026, 1, 1),
                                term_end=dt.date(2027, 12, 31), permit_number="HMT2026001"))
    case(desk, "change", zeng, world.b, status="confirmed")
    detail = desk.roster.physician(world.admin, zeng)
    assert detail.person.name == "曾强" and detail.person.id_number == world.id_numbers["曾强"]
    assert [q.certificate_code for q in detail.qualifications] == [cert(2)]
    [reg] = detail.registrations
    assert (reg.main_institution_name, reg.status_label, reg.place_name) == (
        "天河第二医院", "已注册", "广东省")
    assert [(f.institution_name, f.status_label) for f in reg.filings] == [("天河第一医院", "有效")]
    assert [(p.kind_label, p.institution_name) for p in detail.permits] == [
        ("港澳台医师短期行医", "天河第一医院")]
    [c] = detail.cases
    assert (c.kind_label, c.status, c.institution_name) == ("变更", "confirmed", "天河第二医院")
    assert desk.roster.registrations(world.admin, zeng) == detail.registrations


def test_an_institution_sees_only_its_own_cases_in_a_physicians_record(desk, world) -> None:
    zeng = world.ids["曾强"]
    case(desk, "change", zeng, world.b, status="confirmed")
    assert desk.roster.physician(world.a_actor, zeng).cases == []
    assert len(desk.roster.physician(world.b_actor, zeng).cases) == 1


def test_a_physician_of_another_institution_is_refused_and_an_unknown_one_not_found(desk, world) -> None:
    with pytest.raises(PermissionDenied):
        desk.roster.physician(world.b_actor, world.ids["张伟"])
    with pytest.raises(PermissionDenied):
        desk.roster.registrations(world.a_actor, world.ids["孙丽"])
    with pytest.raises(NotFound) as exc:
        desk.roster.physician(world.admin, 999999)
    assert "不存在" in exc.value.message


def test_filed_registration_shows_its_reason_in_chinese(desk, world) -> None:
    [reg] = desk.roster.registrations(world.a_actor, world.ids["李娜"])
    assert (reg.status, reg.filing_reason, reg.filing_reason_label) == ("filed", "retirement", "退休")


# --- the non-registered pool --------------------------------------------------------------------------


def test_the_pool_lists_filed_registrations_with_days_left_until_deregistration(desk, world) -> None:
    page = desk.roster.pool(world.a_actor)
    assert [(e.name, e.filed_on, e.reason_label) for e in page.items] == [
        ("李娜", dt.date(2024, 6, 30), "退休"), ("王芳", dt.date(2026, 1, 5), "调离")]
    assert page.total == 2
    li, wang = page.items
    assert li.deregister_on == dt.date(2026, 6, 30)
    assert li.days_left == (dt.date(2026, 6, 30) - dt.date(2026, 11, 24)).days < 0
    assert wang.deregister_on == dt.date(2028, 1, 5) and wang.days_left == 407
    assert desk.roster.pool(world.b_actor).items == []
    assert [e.name for e in desk.roster.pool(world.admin).items] == ["李娜", "王芳"]


def test_deregistration_candidates_are_those_filed_two_years_ago_or_more(desk, world) -> None:
    assert [e.name for e in desk.roster.candidates(world.admin)] == ["李娜"]
    assert [e.name for e in desk.roster.candidates(world.a_actor)] == ["李娜"]


def test_the_pool_is_paged(desk, world) -> None:
    first = desk.roster.pool(world.admin, offset=0, limit=1)
    second = desk.roster.pool(world.admin, offset=1, limit=1)
    assert [e.name for e in first.items + second.items] == ["李娜", "王芳"]
    assert first.next_after is not None and second.next_after is None


def test_a_physician_may_not_list_the_pool(desk, world) -> None:
    zhang = physician_account(desk, "张伟", world.id_numbers["张伟"], "zhangwei", cert(1))
    with pytest.raises(PermissionDenied):
        desk.roster.pool(zhang)


# --- the institution's export --------------------------------------------------------------------------


def test_an_institution_exports_its_main_practice_and_filing_lists(desk, world) -> None:
    export = desk.roster.export_rows(world.a_actor)
    tables = export.tables()
    assert tables["主执业"][0] == ["姓名", "执业证书编码", "身份证号", "执业范围", "审核日期"]
    assert tables["多机构备案"][0] == ["姓名", "执业证书编码", "身份证号", "开始日期", "结束日期"]
    # filed and deregistered physicians are not practising
    assert [r[0] for r in tables["主执业"][1:]] == ["张伟", "𠮷祥"]
    assert tables["主执业"][1] == ["张伟", pcn(1), world.id_numbers["张伟"], "内科专业", "2025-03-01"]
    assert tables["多机构备案"][1:] == [["曾强", pcn(2), world.id_numbers["曾强"], "2025-06-01", ""]]


def test_only_an_institution_exports_its_lists(desk, world) -> None:
    with pytest.raises(PermissionDenied):
        desk.roster.export_rows(world.admin)
