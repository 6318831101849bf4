"""The case state machine and what every case shares: transitions, optimistic locking, timeline, audit and
feed, claims, paper materials, the queue, who sees what, reasons, and bad input writing nothing."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import pytest
from case_fixtures import Doctor, Hospital, World, approve_recording_statements, changes, counts, world

from app.services import DomainError
from app.services.cases import TRANSITIONS, Case
from app.services.errors import ConflictError, InvalidTransition, NotFound, PermissionDenied, ValidationError

FIXTURES = (world,)  # pytest finds fixtures by their names in this module

CJK = re.compile(r"[\u4e00-\u9fff]")


def _apply(world: World, hospital: Hospital, doctor: Doctor | None = None) -> tuple[Doctor, Case]:
    doctor = doctor or world.doctor()
    return doctor, world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])


def _written(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {t: after[t] - before[t] for t in after if after[t] != before[t]}


# ---- the state machine --------------------------------------------------------------------------


def _case_in(world: World, hospital: Hospital, status: str) -> tuple[Doctor, Case]:
    desk = world.desk
    doctor = world.doctor()
    if status == "draft":
        return doctor, desk.cases.save_draft(
            doctor.actor, "first_registration", doctor.id, institution_id=hospital.id, scopes=["内科专业"]
        )
    doctor, case = _apply(world, hospital, doctor)
    if status == "submitted":
        return doctor, case
    if status == "returned":
        return doctor, desk.cases.return_case(hospital.actor, case.id, case.version, "材料不全")
    if status == "withdrawn":
        return doctor, desk.cases.withdraw(doctor.actor, case.id, case.version)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    if status == "approved":
        case = desk.cases.approve(world.admin, case.id, case.version)
    elif status == "rejected":
        case = desk.cases.reject(world.admin, case.id, case.version, "incapacity")
    return doctor, case


def test_every_status_transition_outside_the_table_is_an_invalid_transition(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    actions: dict[str, Callable[[Doctor, Case], Any]] = {
        "submit": lambda d, c: desk.cases.submit_draft(d.actor, c.id, c.version),
        "update": lambda d, c: desk.cases.update_details(d.actor, c.id, c.version, scopes=["外科专业"]),
        "confirm": lambda d, c: desk.cases.confirm(hospital.actor, c.id, c.version),
        "return": lambda d, c: desk.cases.return_case(world.admin, c.id, c.version, "材料不全"),
        "approve": lambda d, c: desk.cases.approve(world.admin, c.id, c.version),
        "reject": lambda d, c: desk.cases.reject(world.admin, c.id, c.version, "incapacity"),
        "resubmit": lambda d, c: desk.cases.resubmit(d.actor, c.id, c.version),
        "withdraw": lambda d, c: desk.cases.withdraw(d.actor, c.id, c.version),
    }
    refused = 0
    for status in ("draft", "submitted", "confirmed", "returned", "approved", "rejected", "withdrawn"):
        doctor, case = _case_in(world, hospital, status)
        assert case.status == status
        for action, call in actions.items():
            if (action, status) in TRANSITIONS:
                continue
            before = counts(desk)
            if status == "draft" and action in ("confirm", "return", "approve", "reject"):
                with pytest.raises(NotFound):  # a draft is the physician's alone
                    call(doctor, case)
            else:
                with pytest.raises(InvalidTransition) as error:
                    call(doctor, case)
                assert f"当前状态为「{case.status_label}」" in error.value.message
                assert "可以" in error.value.message or "不能再办理" in error.value.message
            assert counts(desk) == before
            refused += 1
    assert refused == 7 * len(actions) - len(TRANSITIONS)


def test_an_invalid_transition_says_the_status_and_what_may_be_done(world: World) -> None:
    hospital = world.hospital()
    doctor, case = _apply(world, hospital)
    with pytest.raises(
        InvalidTransition,
        match="当前状态为「待机构确认」，不能准予注册：医疗机构可以确认或退回补正，申请人可以撤回",
    ):
        world.desk.cases.approve(world.admin, case.id, case.version)
    with pytest.raises(InvalidTransition, match="卫生健康委只能退回待卫健委审核的案件"):
        world.desk.cases.return_case(world.admin, case.id, case.version, "材料不全")
    approved = world.registered(world.doctor(), hospital)
    with pytest.raises(InvalidTransition, match="当前状态为「已批准」，不能机构确认：案件已办结，不能再办理"):
        world.desk.cases.confirm(hospital.actor, approved.id, approved.version)


def test_institution_and_counter_cases_start_at_the_commission(world: World) -> None:
    hospital = world.hospital()
    doctor = world.doctor()
    world.registered(doctor, hospital)
    filing = world.desk.cases.submit(hospital.actor, "institution_filing", doctor.id, reason="调离")
    assert (filing.status, filing.received_at, filing.deadline is not None) == (
        "confirmed",
        world.clock.now,
        True,
    )
    with pytest.raises(ValidationError, match="只能在卫生健康委窗口办理"):
        world.desk.cases.submit(world.admin, "legacy_backfill", doctor.id)


def test_stale_version_is_refused_naming_who_changed_it_and_when(world: World) -> None:
    desk = world.desk
    hospital = world.hospital("广州市第一人民医院")
    clerk = world.clerk("zhangsan", name="张三")
    doctor, case = _apply(world, hospital)
    world.travel(minutes=62)  # 10:02 China time
    clerk = world.sign_in_again(clerk)  # an hour away: the session ended
    hospital_view = desk.cases.confirm(hospital.actor, case.id, case.version)
    before = counts(desk)
    with pytest.raises(
        ConflictError, match="已被 广州市第一人民医院 于 2026-11-24 10:02 处理（机构确认"
    ) as stale:
        desk.cases.withdraw(doctor.actor, case.id, case.version)
    assert stale.value.field == "version" and counts(desk) == before
    desk.cases.approve(clerk, hospital_view.id, hospital_view.version)
    before = counts(desk)
    with pytest.raises(
        ConflictError,
        match="已被 张三（广东省卫生健康委员会）于 2026-11-24 10:02 处理（准予注册，当前状态：已批准）",
    ):
        desk.cases.reject(world.admin, hospital_view.id, hospital_view.version, "incapacity")
    assert counts(desk) == before


def test_two_clerks_approving_the_same_case_give_one_approval_and_one_code(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    first, second = world.clerk("clerk1"), world.clerk("clerk2", name="李四")
    _, case = _apply(world, hospital)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    approved = desk.cases.approve(first, case.id, case.version)
    before = counts(desk)
    with pytest.raises(ConflictError, match="已被 张三"):
        desk.cases.approve(second, case.id, case.version)
    assert counts(desk) == before
    assert approved.registration_code and counts(desk)["registrations"] == 1


def test_the_code_is_issued_last_so_the_counter_row_stays_locked_only_until_commit(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    _, case = _apply(world, hospital)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    approved, statements = approve_recording_statements(world, case)
    # the first approval of the year: UPDATE finds no row, INSERT … ON CONFLICT/OR IGNORE, UPDATE again
    taken = [i for i, sql in enumerate(statements) if "code_counters" in sql]
    assert [statements[i].split()[0] for i in taken] == ["update", "insert", "update"]
    # then the history's links at COMMIT (app.services.audit): read the new rows, lock the chain heads
    after = [
        # (PostgreSQL links both chains and moves their heads in one statement: WITH l0 AS (UPDATE …) …,
        # writes the case event and the audit event in one: WITH new_0 AS (INSERT INTO …) …, and the
        # code on the registration with the case's UPDATE: WITH first_write AS (UPDATE registrations …) …)
        re.match(
            r"(update|insert into|insert or ignore into|select .* from"
            r"|with \w+ as \((?:update|insert into)) (\w+)",
            s,
        )
        for s in statements[taken[0] :]
    ]
    assert all(
        set(re.findall(r"(?:update|insert into) (\w+)", s))
        <= {"registrations", "cases", "audit_events", "case_events", "audit_chain_heads"}
        for s in statements[taken[0] :]
        if s.startswith("with ")
    )
    assert all(after) and {m.group(2) for m in after if m} <= {
        "code_counters", "registrations", "cases", "case_events", "audit_events", "audit_chain_heads"
    }
    assert {m.group(2) for m in after if m and m.group(1).startswith("select")} <= {
        "case_events", "audit_events", "audit_chain_heads"
    }
    assert not any("change_feed" in sql or "pg_notify" in sql for sql in statements[taken[0] :])
    assert approved.registration_code and approved.version == case.version + 1
    assert world.registration(approved.registration_id).registration_code == approved.registration_code
    approval = desk.cases.timeline(world.admin, case.id)[-1]
    assert approval.data["registration_code"] == approved.registration_code


def test_each_change_moves_the_version_by_one_and_writes_an_event_an_audit_and_a_feed_entry(
    world: World,
) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor, case = _apply(world, hospital)
    assert (case.version, changes(desk, case.id)) == (1, (1, 1, 1))
    case = desk.cases.return_case(hospital.actor, case.id, case.version, "信息填写有误")
    assert (case.version, changes(desk, case.id)) == (2, (2, 2, 2))
    case = desk.cases.update_details(doctor.actor, case.id, case.version, scopes=["外科专业"])
    assert (case.version, changes(desk, case.id)) == (3, (3, 3, 3))
    case = desk.cases.resubmit(doctor.actor, case.id, case.version)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    case = desk.cases.approve(world.admin, case.id, case.version)
    assert (case.version, changes(desk, case.id)) == (6, (6, 6, 6))
    feed, _ = desk.feed.since(world.admin, 0)
    assert ("registrations", case.registration_id, "updated") in [(c.table, c.row_id, c.kind) for c in feed]


def test_the_timeline_names_who_in_which_role_and_organisation_when_what_and_why(world: World) -> None:
    desk = world.desk
    hospital = world.hospital("广州市第一人民医院")
    doctor = world.doctor("王小明")
    _, case = _apply(world, hospital, doctor)
    case = desk.cases.return_case(hospital.actor, case.id, case.version, "照片不合格", "请补交白底照片")
    events = desk.cases.timeline(doctor.actor, case.id)
    assert [
        (
            e.who,
            e.role_label,
            e.institution_name,
            e.action_label,
            e.from_label,
            e.to_label,
            e.reason_label,
            e.note,
        )
        for e in events
    ] == [
        ("王小明", "医师", "", "提交申请", "", "待机构确认", "", ""),
        (
            "广州市第一人民医院",
            "医疗机构",
            "广州市第一人民医院",
            "退回补正",
            "待机构确认",
            "退回补正",
            "照片不合格",
            "请补交白底照片",
        ),
    ]
    assert all(e.at == world.clock.now for e in events)
    assert desk.cases.timeline(hospital.actor, case.id) == events
    assert desk.cases.timeline(world.admin, case.id) == events


def test_drafts_are_the_physicians_own_until_submitted(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    draft = desk.cases.save_draft(doctor.actor, "first_registration", doctor.id, institution_id=hospital.id)
    assert (draft.status, draft.status_label) == ("draft", "草稿")
    with pytest.raises(NotFound):
        desk.cases.get(hospital.actor, draft.id)
    assert desk.cases.queue(hospital.actor).items == [] and desk.cases.queue(world.admin).items == []
    with pytest.raises(ValidationError, match="请选择执业范围"):
        desk.cases.submit_draft(doctor.actor, draft.id, draft.version)
    draft = desk.cases.update_details(doctor.actor, draft.id, draft.version, scopes=["内科专业"])
    case = desk.cases.submit_draft(doctor.actor, draft.id, draft.version)
    assert (case.status, case.institution_id, case.details["place"]) == ("submitted", hospital.id, "440000")
    assert [c.id for c in desk.cases.queue(hospital.actor).items] == [case.id]


def test_only_the_applicant_withdraws_and_only_before_the_decision(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor, case = _apply(world, hospital)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    with pytest.raises(PermissionDenied, match="只有申请医师本人可以撤回"):
        desk.cases.withdraw(hospital.actor, case.id, case.version)
    other = world.doctor()
    with pytest.raises(PermissionDenied):
        desk.cases.withdraw(other.actor, case.id, case.version)
    case = desk.cases.withdraw(doctor.actor, case.id, case.version, note="改投其他医院")
    assert (case.status, case.status_label) == ("withdrawn", "已撤回")
    assert world.desk.cases.timeline(doctor.actor, case.id)[-1].note == "改投其他医院"


# ---- reasons ------------------------------------------------------------------------------------


def test_a_reason_from_the_fixed_list_is_required_for_every_refusal_and_return(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor, case = _apply(world, hospital)
    before = counts(desk)
    for reason, note, says in [
        ("", "", "请选择退回原因"),
        ("太忙", "", "不在规定的列表中"),
        ("其他", "", "须填写具体说明"),
    ]:
        with pytest.raises(ValidationError, match=says):
            desk.cases.return_case(hospital.actor, case.id, case.version, reason, note)
    assert counts(desk) == before
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    before = counts(desk)
    with pytest.raises(ValidationError, match="不在规定的列表中：可选 无民事行为能力"):
        desk.cases.reject(
            world.admin, case.id, case.version, "材料不全"
        )  # a registration is refused on legal grounds
    with pytest.raises(ValidationError, match="请选择不予批准的原因"):
        desk.cases.reject(world.admin, case.id, case.version, "")
    assert counts(desk) == before
    assert [r["code"] for r in desk.cases.refusal_reasons("first_registration")][:2] == [
        "incapacity",
        "criminal_within_2y",
    ]
    assert "materials_incomplete" in [r["code"] for r in desk.cases.refusal_reasons("multi_site_filing")]


# ---- claims and paper ---------------------------------------------------------------------------


def test_a_claimed_case_is_refused_to_other_clerks_naming_who_holds_it_until_30_minutes_pass(
    world: World,
) -> None:
    desk = world.desk
    hospital = world.hospital()
    zhang, li = world.clerk("zhang", name="张三"), world.clerk("lisi", name="李四")
    _, case = _apply(world, hospital)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    claimed = desk.cases.claim(zhang, case.id)
    assert (claimed.claimed_by_name, claimed.version) == (
        "张三",
        case.version,
    )  # a claim is no change of the case
    assert desk.cases.get(li, case.id).claimed_until == world.clock.now + dt.timedelta(minutes=30)
    before = counts(desk)
    with pytest.raises(ConflictError, match="正由 张三 办理（09:00 认领，09:30 前有效）"):
        desk.cases.claim(li, case.id)
    with pytest.raises(ConflictError, match="正由 张三 办理"):
        desk.cases.approve(li, case.id, case.version)
    with pytest.raises(ConflictError, match="正由 张三 办理"):
        desk.cases.release(li, case.id)
    assert counts(desk) == before
    world.clock.advance(minutes=20)
    desk.auth.whoami(zhang), desk.auth.whoami(li)  # both at work elsewhere: their sessions go on
    world.clock.advance(minutes=11)
    assert desk.cases.claim(li, case.id).claimed_by_name == "李四"
    released = desk.cases.release(li, case.id)
    assert released.claimed_by_name is None
    approved = desk.cases.approve(zhang, case.id, case.version)
    assert approved.status == "approved" and approved.claimed_by_name is None


def test_only_a_case_waiting_for_the_commission_is_claimed(world: World) -> None:
    hospital = world.hospital()
    _, case = _apply(world, hospital)
    with pytest.raises(InvalidTransition, match="只有待卫健委审核的案件可以认领"):
        world.desk.cases.claim(world.admin, case.id)
    with pytest.raises(PermissionDenied):
        world.desk.cases.claim(hospital.actor, case.id)


def test_paper_materials_of_the_kind_are_ticked_off_as_they_arrive(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    _, case = _apply(world, hospital)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    materials = desk.cases.materials(world.admin, case.id)
    assert materials[0].name == "医师执业注册申请审核表" and not any(x.received for x in materials)
    ticked = desk.cases.check_material(world.admin, case.id, "医师执业注册申请审核表", True)
    assert (ticked[0].received, ticked[0].checked_by_name, ticked[0].checked_at) == (
        True,
        "广东省卫健委管理员",
        world.clock.now,
    )
    unticked = desk.cases.check_material(world.admin, case.id, "医师执业注册申请审核表", False)
    assert not unticked[0].received
    before = counts(desk)
    with pytest.raises(ValidationError, match="不是「注册」的纸质材料"):
        desk.cases.check_material(world.admin, case.id, "户口本", True)
    assert counts(desk) == before
    assert desk.cases.get(world.admin, case.id).version == case.version
    assert [e.action_label for e in desk.cases.timeline(world.admin, case.id)][-2:] == ["登记纸质材料"] * 2


def test_the_case_tells_which_required_paper_materials_are_still_missing(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    _, case = _apply(world, hospital)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    required = [m.name for m in desk.cases.materials(world.admin, case.id) if m.required]
    conditional = [m.name for m in desk.cases.materials(world.admin, case.id) if not m.required]
    assert conditional == [
        "在省级以上卫生健康行政部门指定机构接受连续6个月以上培训（或考核）合格的证明"
    ]  # needed only after two years without registering: never counted as missing
    assert (case.materials_complete, case.missing_materials) == (False, required)
    desk.cases.check_material(world.admin, case.id, required[0], True)
    seen = desk.cases.get(hospital.actor, case.id)
    assert (seen.materials_complete, seen.missing_materials) == (False, required[1:])
    for name in required[1:]:
        desk.cases.check_material(world.admin, case.id, name, True)
    (listed,) = desk.cases.queue(world.admin, status="confirmed").items
    assert (listed.materials_complete, listed.missing_materials) == (True, [])
    assert desk.cases.get(world.admin, case.id).materials_complete
    desk.cases.check_material(world.admin, case.id, required[2], False)  # taken back: missing again
    assert desk.cases.get(world.admin, case.id).missing_materials == [required[2]]


def test_an_electronic_case_may_be_decided_before_its_paper_arrives_and_the_approval_says_so(
    world: World,
) -> None:
    desk = world.desk
    hospital = world.hospital()
    _, waiting = _apply(world, hospital)
    waiting = desk.cases.confirm(hospital.actor, waiting.id, waiting.version)
    desk.cases.check_material(world.admin, waiting.id, "医师执业注册申请审核表", True)
    approved = desk.cases.approve(world.admin, waiting.id, waiting.version)
    assert approved.status == "approved" and not approved.materials_complete
    event = desk.cases.timeline(world.admin, approved.id)[-1]
    assert (event.action, event.data["paper"], event.data["missing_materials"]) == (
        "approve",
        "纸质材料未齐",
        approved.missing_materials,
    )
    assert "医师执业注册申请审核表" not in event.data["missing_materials"]
    _, complete = _apply(world, hospital)
    complete = desk.cases.confirm(hospital.actor, complete.id, complete.version)
    complete = world.paper_in(complete)
    approved = desk.cases.approve(world.admin, complete.id, complete.version)
    event = desk.cases.timeline(world.admin, approved.id)[-1]
    assert approved.materials_complete and "paper" not in event.data and "missing_materials" not in event.data


def test_a_walk_ins_whole_folder_is_ticked_in_one_step(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    case = desk.counter.direct_registration(
        world.admin, doctor.id, institution_id=hospital.id, scopes=["内科专业"]
    )
    events = len(desk.cases.timeline(world.admin, case.id))
    before = counts(desk)
    with pytest.raises(ValidationError, match="材料应为列表，收到的是文本"):  # refused at the edge
        desk.cases.check_materials(world.admin, case.id, "医师执业注册申请审核表")  # type: ignore[arg-type]
    for materials, says in [
        ([], "请选择要登记的纸质材料"),
        (["医师执业注册申请审核表", "户口本"], "「户口本」不是「窗口注册」的纸质材料"),
    ]:
        with pytest.raises(ValidationError, match=says) as refused:
            desk.cases.check_materials(world.admin, case.id, materials)
        assert refused.value.field == "material"
    with pytest.raises(PermissionDenied):
        desk.cases.check_materials(hospital.actor, case.id)
    assert _written(before, counts(desk)) == {"audit_events": 1}
    states = desk.cases.check_materials(world.admin, case.id)
    assert all(s.received == s.required for s in states)  # every required one, no conditional one
    assert len(desk.cases.timeline(world.admin, case.id)) == events + 1
    assert desk.cases.get(world.admin, case.id).materials_complete
    two = ["医师执业注册申请审核表", "近6个月2寸白底免冠正面半身照片"]
    desk.cases.check_materials(world.admin, case.id, two, received=False)
    assert desk.cases.get(world.admin, case.id).missing_materials == two


# ---- the queue and who sees what ---------------------------------------------------------------


def test_the_queue_is_sorted_by_deadline_then_id_and_pages_by_keyset(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    ids = []
    for day in range(5):
        _, case = _apply(world, hospital)
        ids.append(desk.cases.confirm(hospital.actor, case.id, case.version).id)
        if day % 2:
            _, waiting = _apply(world, hospital)  # submitted, no deadline: listed last
            ids.append(waiting.id)
        world.travel(days=1)
    confirmed = [i for i in ids if desk.cases.get(world.admin, i).status == "confirmed"]
    waiting_ids = [i for i in ids if i not in confirmed]
    page = desk.cases.queue(world.admin, limit=3)
    assert page.total == 7 and [c.id for c in page.items] == confirmed[:3] and page.next_after is not None
    rest = desk.cases.queue(world.admin, limit=3, after=page.next_after)
    last = desk.cases.queue(world.admin, limit=3, after=rest.next_after)
    assert [c.id for c in rest.items + last.items] == confirmed[3:] + sorted(waiting_ids)
    assert last.next_after is None
    # counted with the first page only (or when asked), so scrolling on costs no count
    assert (rest.total, last.total) == (None, None)
    assert desk.cases.queue(world.admin, limit=3, after=page.next_after, with_total=True).total == 7
    assert desk.cases.queue(world.admin, limit=3, with_total=False).total is None
    # a page may end inside a deadline's cases: the next starts after the cursor's case, not its day
    same_day = desk.cases.queue(world.admin, limit=1, after=(page.items[0].deadline.isoformat(), 0))
    assert [c.id for c in same_day.items] == confirmed[:1]
    assert [c.id for c in desk.cases.queue(world.admin, offset=3, limit=2).items] == confirmed[3:5]
    assert [c.id for c in desk.cases.queue(world.admin, status="submitted").items] == sorted(waiting_ids)
    found = desk.cases.queue(world.admin, search=desk.cases.get(world.admin, confirmed[0]).number.lower())
    assert [c.id for c in found.items] == [confirmed[0]]


def test_queue_search_finds_prefixes_of_number_id_and_name_and_pinyin_initials(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    _, zhang = _apply(world, hospital, world.doctor("张卫东"))
    _, wang = _apply(world, hospital, world.doctor("王丽华"))

    def found(text: str) -> set[int]:
        return {c.id for c in desk.cases.queue(world.admin, search=text).items}

    assert found("zwd") == {zhang.id} and found("ZW") == {zhang.id} and found("wl") == {wang.id}
    assert found("张卫") == {zhang.id}
    assert found(zhang.applicant_id_number[:10]) >= {zhang.id}
    assert wang.id not in found(zhang.applicant_id_number[:17])
    assert found(zhang.number[:-2]) >= {zhang.id} and found(zhang.number.lower()) == {zhang.id}
    assert found("123") == set()


def test_each_role_sees_only_its_cases(world: World) -> None:
    desk = world.desk
    tianhe, futian = world.hospital(jurisdiction="440106"), world.hospital(jurisdiction="440304")
    doctor, mine = _apply(world, tianhe)
    other, theirs = _apply(world, futian)
    mine = desk.cases.confirm(tianhe.actor, mine.id, mine.version)
    theirs = desk.cases.confirm(futian.actor, theirs.id, theirs.version)
    guangzhou = world.clerk("gzclerk", "440100", "广州市卫健委")
    assert [c.id for c in desk.cases.queue(doctor.actor).items] == [mine.id]
    assert [c.id for c in desk.cases.queue(tianhe.actor).items] == [mine.id]
    assert [c.id for c in desk.cases.queue(guangzhou).items] == [mine.id]
    assert {c.id for c in desk.cases.queue(world.admin).items} == {mine.id, theirs.id}
    for actor, case in ((other.actor, mine), (futian.actor, mine), (guangzhou, theirs)):
        with pytest.raises(PermissionDenied):
            desk.cases.get(actor, case.id)


def test_a_commission_decides_only_cases_its_jurisdiction_covers(world: World) -> None:
    desk = world.desk
    futian = world.hospital(jurisdiction="440304")
    guangzhou = world.clerk("gzclerk", "440100", "广州市卫健委")
    _, case = _apply(world, futian)
    case = desk.cases.confirm(futian.actor, case.id, case.version)
    before = counts(desk)
    with pytest.raises(PermissionDenied, match="无权查看或办理该案件"):
        desk.cases.approve(guangzhou, case.id, case.version)
    assert _written(before, counts(desk)) == {"audit_events": 1}
    assert desk.cases.approve(world.admin, case.id, case.version).status == "approved"


# ---- bad input ---------------------------------------------------------------------------------


def test_bad_input_to_every_method_is_a_chinese_domain_error_and_writes_nothing(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor, case = _apply(world, hospital)
    admin, hr, me = world.admin, hospital.actor, doctor.actor
    v = case.version
    calls: list[Callable[[], Any]] = [
        lambda: desk.cases.get(admin, "abc"),
        lambda: desk.cases.get(admin, 0),
        lambda: desk.cases.get(admin, 10**6),
        lambda: desk.cases.timeline(admin, None),
        lambda: desk.cases.queue(admin, status="pending"),
        lambda: desk.cases.queue(admin, kind=["first_registration", 3]),
        lambda: desk.cases.queue(admin, limit=0),
        lambda: desk.cases.queue(admin, offset=-1),
        lambda: desk.cases.queue(admin, after=("2026-13-01", 1)),
        lambda: desk.cases.queue(admin, after="x"),
        lambda: desk.cases.queue(admin, search=5),
        lambda: desk.cases.overdue(admin, limit=100000),
        lambda: desk.cases.submit(me, "registration", doctor.id),
        lambda: desk.cases.submit(me, "first_registration", doctor.id, hospital_id=hospital.id),
        lambda: desk.cases.submit(
            me, "first_registration", doctor.id, institution_id="第一医院", scopes=["内科专业"]
        ),
        lambda: desk.cases.submit(
            me, "first_registration", doctor.id, institution_id=hospital.id, scopes=[1]
        ),
        lambda: desk.cases.submit(
            me,
            "first_registration",
            doctor.id,
            institution_id=hospital.id,
            scopes=["内科专业"],
            note=object(),
        ),
        lambda: desk.cases.submit(
            me, "first_registration", "x", institution_id=hospital.id, scopes=["内科专业"]
        ),
        lambda: desk.cases.save_draft(me, "institution_filing", doctor.id),
        lambda: desk.cases.update_details(me, case.id, v, colour="red"),
        lambda: desk.cases.submit_draft(me, case.id, "1"),
        lambda: desk.cases.resubmit(me, case.id, 0),
        lambda: desk.cases.confirm(hr, case.id, True),
        lambda: desk.cases.confirm(hr, case.id, v + 1),
        lambda: desk.cases.return_case(hr, case.id, v, "太忙"),
        lambda: desk.cases.return_case(hr, case.id, v, None),
        lambda: desk.cases.approve(admin, -1, v),
        lambda: desk.cases.reject(admin, case.id, v, 42),
        lambda: desk.cases.withdraw(me, case.id, v, note="长" * 501),
        lambda: desk.cases.claim(admin, "1; DROP TABLE cases"),
        lambda: desk.cases.release(admin, []),
        lambda: desk.cases.materials(admin, 3.5),
        lambda: desk.cases.check_material(admin, case.id, "户口本", True),
        lambda: desk.cases.check_material(admin, case.id, "医师执业注册申请审核表", "yes"),
        lambda: desk.cases.check_materials(admin, case.id, "医师执业注册申请审核表"),
        lambda: desk.cases.check_materials(admin, case.id, ["户口本"]),
        lambda: desk.cases.check_materials(admin, case.id, None, "yes"),
        lambda: desk.cases.calendar_days(admin, "2026"),
        lambda: desk.cases.set_calendar_day(admin, "tomorrow", False),
        lambda: desk.cases.set_calendar_day(admin, "2026-12-01", "no"),
        lambda: desk.cases.refusal_reasons("nothing"),
        lambda: desk.counter.legacy_backfill(
            admin, name="", id_number="x", certificate_code="1", level="x", category="x", issued_on="x"
        ),
        lambda: desk.counter.hmt_short_term(
            admin,
            name="陈大文",
            id_number="H1234567",
            gender="男",
            origin="香港",
            institution_id=hospital.id,
            category="公共卫生",
            scopes=["公共卫生类别"],
            term_start="2026-12-01",
            term_end="2027-12-01",
        ),
        lambda: desk.counter.foreign_short_term(
            admin,
            name="John Smith",
            id_number="E1234567",
            gender="男",
            origin="英国",
            inviting_institution_id=hospital.id,
            category="临床",
            scopes=["内科专业"],
            term_start="2026-12-01",
            term_end="2028-12-01",
        ),
        lambda: desk.counter.direct_registration(admin, doctor.id, institution_id=hospital.id, scopes="内科"),
        lambda: desk.counter.direct_change(admin, doctor.id, scopes=["外科专业"]),
        lambda: desk.counter.direct_deregistration(admin, doctor.id, reason="退休"),
    ]
    before = counts(desk)
    for n, call in enumerate(calls):
        with pytest.raises(DomainError) as error:
            call()
        assert CJK.search(error.value.message), f"call {n}: {error.value!r}"
        assert type(error.value) is not DomainError, f"call {n}: {error.value!r}"
    after = counts(desk)
    assert _written(before, after).keys() <= {"audit_events"}  # permission refusals are audited
    assert desk.cases.get(admin, case.id).version == v


def test_a_physician_acts_only_for_themself(world: World) -> None:
    hospital = world.hospital()
    doctor, other = world.doctor(), world.doctor()
    before = counts(world.desk)
    with pytest.raises(PermissionDenied, match="医师只能为本人提交申请"):
        world.desk.cases.submit(
            doctor.actor, "first_registration", other.id, institution_id=hospital.id, scopes=["内科专业"]
        )
    with pytest.raises(PermissionDenied, match="只能由医疗机构用户办理"):
        world.desk.cases.submit(doctor.actor, "institution_filing", doctor.id, reason="调离")
    assert _written(before, counts(world.desk)) == {"audit_events": 2}
