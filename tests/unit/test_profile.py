"""Personal details (学历, 毕业院校, 任职资格, 科室, photo) change only when the main institution approves."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from roster_fixtures import cert, institution, make_id, pcn, person, physician_account, regcode, register
from sqlalchemy import select
from support_accounts import row_counts

from app import models as m
from app.services import Actor, InvalidTransition, NotFound, PermissionDenied, ValidationError

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@dataclass
class World:
    a: int
    a_actor: Actor
    b_actor: Actor
    doctor: Actor
    physician_id: int
    unregistered: Actor


@pytest.fixture
def world(desk, admin) -> World:
    a, a_actor = institution(desk, admin, "4401060001", "440106", "天河第一医院")
    _b, b_actor = institution(desk, admin, "4401060002", "440106", "天河第二医院")
    pid = person(desk, "张伟", make_id(), certificate_code=cert(1))
    register(desk, pid, a, code=regcode(1), practice_number=pcn(1))
    doctor = physician_account(desk, "张伟", _id_of(desk, pid), "zhangwei", cert(1))
    pid2 = person(desk, "李娜", make_id(female=True), certificate_code=cert(2))
    lonely = physician_account(desk, "李娜", _id_of(desk, pid2), "lina", cert(2))
    return World(a, a_actor, b_actor, doctor, pid, lonely)


def _id_of(desk, pid: int) -> str:  # type: ignore[no-untyped-def]
    with desk.db.read() as s:
        return s.get(m.Physician, pid).id_number  # type: ignore[no-any-return, union-attr]


def _physician(desk, pid: int) -> m.Physician:  # type: ignore[no-untyped-def]
    with desk.db.read() as s:
        phys = s.get(m.Physician, pid)
        assert phys is not None
        s.expunge(phys)
        return phys


def test_a_change_waits_for_the_main_institution_with_old_and_new_side_by_side(desk, world) -> None:
    with desk.db.write() as s:
        s.get(m.Physician, world.physician_id).education = "本科"  # type: ignore[union-attr]
    made = desk.profile.submit(world.doctor, {"education": "硕士研究生", "school": "中山大学"})
    assert {(c.field_label, c.old_value, c.new_value, c.status_label) for c in made} == {
        ("学历", "本科", "硕士研究生", "待审核"), ("毕业院校", "", "中山大学", "待审核")}
    assert _physician(desk, world.physician_id).education == "本科"  # nothing changes before approval
    waiting = desk.profile.pending(world.a_actor)
    assert waiting.total == 2
    assert [c.physician_name for c in waiting.items] == ["张伟", "张伟"]
    assert desk.profile.pending(world.b_actor).total == 0  # another institution sees none of it


def test_approval_writes_the_new_value_and_is_audited(desk, world) -> None:
    (change,) = desk.profile.submit(world.doctor, {"title": "主治医师"})
    done = desk.profile.approve(world.a_actor, change.id)
    assert done.status == "approved" and done.decided_by
    assert _physician(desk, world.physician_id).title == "主治医师"
    with desk.db.read() as s:
        actions = s.scalars(
            select(m.AuditEvent.action).where(m.AuditEvent.object_type == "profile_change")).all()
        feed = s.scalars(select(m.ChangeFeed.kind).where(m.ChangeFeed.table_name == "profile_changes")).all()
    assert list(actions) == ["profile.submit", "profile.approve"]
    assert list(feed) == ["submitted", "approved"]
    mine = desk.profile.mine(world.doctor).items
    assert [(c.field, c.status_label) for c in mine] == [("title", "已同意")]


def test_refusal_needs_a_reason_the_physician_then_reads(desk, world) -> None:
    (change,) = desk.profile.submit(world.doctor, {"department": "心内科"})
    with pytest.raises(ValidationError) as err:
        desk.profile.refuse(world.a_actor, change.id, "  ")
    assert err.value.field == "reason"
    desk.profile.refuse(world.a_actor, change.id, "本院无此科室，请核对")
    (seen,) = desk.profile.mine(world.doctor).items
    assert (seen.status_label, seen.reason) == ("未同意", "本院无此科室，请核对")
    assert _physician(desk, world.physician_id).department == ""


def test_a_decided_change_cannot_be_decided_again(desk, world) -> None:
    (change,) = desk.profile.submit(world.doctor, {"title": "副主任医师"})
    desk.profile.approve(world.a_actor, change.id)
    with pytest.raises(InvalidTransition):
        desk.profile.refuse(world.a_actor, change.id, "晚了")
    assert [c.id for c in desk.profile.decided(world.a_actor).items] == [change.id]


def test_only_the_main_institution_decides_and_a_refused_call_writes_nothing(desk, world) -> None:
    (change,) = desk.profile.submit(world.doctor, {"school": "中山大学"})
    before = row_counts(desk)
    with pytest.raises(NotFound):
        desk.profile.approve(world.b_actor, change.id)
    with pytest.raises(PermissionDenied):
        desk.profile.approve(world.doctor, change.id)
    after = row_counts(desk)
    after.pop("audit_events"), before.pop("audit_events")  # refusals of permission are audited
    assert after == before
    assert _physician(desk, world.physician_id).school == ""


def test_a_physician_without_a_main_registration_cannot_ask(desk, world) -> None:
    with pytest.raises(ValidationError) as err:
        desk.profile.submit(world.unregistered, {"education": "本科"})
    assert err.value.field == "institution"


def test_an_institution_cannot_submit_a_physicians_change(desk, world) -> None:
    with pytest.raises(PermissionDenied):
        desk.profile.submit(world.a_actor, {"education": "本科"})


def test_fields_are_checked_in_chinese(desk, world) -> None:
    for changes, field in (({"name": "王五"}, "name"), ({"education": "字" * 41}, "education"),
                           ({"education": ""}, "education")):
        with pytest.raises(ValidationError) as err:
            desk.profile.submit(world.doctor, changes)
        assert err.value.field == field
    with pytest.raises(ValidationError) as err:
        desk.profile.submit(world.doctor, {}, photo=b"GIF89a")
    assert err.value.field == "photo"


def test_a_new_request_replaces_the_one_still_waiting_for_the_same_detail(desk, world) -> None:
    desk.profile.submit(world.doctor, {"title": "主治医师"})
    desk.profile.submit(world.doctor, {"title": "副主任医师"})
    waiting = desk.profile.pending(world.a_actor).items
    assert [c.new_value for c in waiting] == ["副主任医师"]


def test_an_approved_photo_replaces_the_record_photo(desk, world) -> None:
    (change,) = desk.profile.submit(world.doctor, {}, photo=PNG)
    shown = desk.profile.get(world.a_actor, change.id)
    assert (shown.old_photo, shown.new_photo, shown.new_value) == (None, PNG, "照片")
    desk.profile.approve(world.a_actor, change.id)
    assert _physician(desk, world.physician_id).photo == PNG
    with pytest.raises(NotFound):
        desk.profile.get(world.b_actor, change.id)
