"""One person, one record: duplicate physician records found, compared and merged by the commission."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from case_fixtures import World, born_same_day, counts, world
from sqlalchemy import func, select

from app import models as m
from app.services import auth
from app.services.errors import ConflictError, DomainError, PermissionDenied, ValidationError
from app.services.merge import FOLLOWS

FIXTURES = (world,)


def test_every_foreign_key_to_physicians_is_moved_by_a_merge() -> None:
    pointing = {
        (table.name, fk.parent.name)
        for table in m.Base.metadata.tables.values()
        for fk in table.foreign_keys
        if fk.column.table.name == "physicians"
    }
    assert pointing == set(FOLLOWS), "a new foreign key to physicians must be listed in merge.FOLLOWS"


def _legacy_twin(world: World, of_id_number: str, name: str, **extra: Any) -> int:
    """A legacy record of the same person: the resident ID written with a space (old data), or another id."""
    number = extra.pop("id_number", of_id_number[:10] + " " + of_id_number[10:])
    # the birth date the ID says
    born = dt.date(int(of_id_number[6:10]), int(of_id_number[10:12]), int(of_id_number[12:14]))
    with world.desk.db.write() as s:
        phys = m.Physician(name=name, gender="男", id_number=number,
                           id_type=extra.pop("id_type", "resident_id"),
                           birth_date=extra.pop("birth_date", born), **extra)
        s.add(phys)
        s.flush()
        return phys.id


def _fill_every_table(world: World, drop_id: int, hospital_id: int) -> dict[str, int]:
    """Give the dropped record one row in every table that points at physicians; returns their ids."""
    with world.desk.db.write() as s:
        q = m.Qualification(physician_id=drop_id, name="陈旧", id_number="x", level="执业医师",
                            category="临床", certificate_code="199844110440106195001019999",
                            source="legacy_backfill")
        case = m.Case(number="LEG-0001", kind="legacy_backfill", status="approved", physician_id=drop_id,
                      jurisdiction="450102", city="450100", province="450000", details={})
        s.add_all([q, case])
        s.flush()
        reg = m.Registration(physician_id=drop_id, qualification_id=q.id, level="执业医师", category="临床",
                             scopes=["内科专业"], place="450000", province="450000", status="active",
                             registration_code="REGMERGE0001", case_id=case.id)
        s.add(reg)
        s.flush()
        filing = m.Filing(registration_id=reg.id, physician_id=drop_id, institution_id=hospital_id,
                          start_date=dt.date(2020, 1, 1), case_id=case.id)
        permit = m.ShortTermPermit(physician_id=drop_id, kind="hmt", origin="香港", category="临床",
                                   term_start=dt.date(2020, 1, 1), term_end=dt.date(2021, 1, 1))
        change = m.ProfileChange(physician_id=drop_id, institution_id=hospital_id, field="school",
                                 new_value="中山大学")
        user = m.UserAccount(username="legacydoc", password_hash=auth.hash_password("Legacy#2026x"),
                             role="physician", physician_id=drop_id)
        printed = m.PrintLog(case_id=case.id, document="checklist")
        older = m.Physician(name="陈旧", gender="男", id_number="HK-OLD-1", id_type="hmt_permit",
                            merged_into_id=drop_id)
        s.add_all([filing, permit, change, user, printed, older])
        s.flush()
        s.add(m.ActivationCode(physician_id=drop_id, institution_id=hospital_id, code_hash="h",
                               issued_by=user.id))
        s.add(m.CaseEvent(case_id=case.id, action="approve", to_status="approved"))
        return {"case": case.id, "older": older.id, "print": printed.id}


def _pointing_at(world: World, physician_id: int) -> dict[tuple[str, str], int]:
    tables = m.Base.metadata.tables
    with world.desk.db.read() as s:
        return {
            key: int(s.scalar(select(func.count()).select_from(tables[key[0]])
                              .where(tables[key[0]].c[key[1]] == physician_id)) or 0)
            for key in FOLLOWS
        }


def test_merge_moves_every_row_of_the_dropped_record_to_the_kept_one_and_audits_both(world: World) -> None:
    desk, admin = world.desk, world.admin
    hospital = world.hospital()
    doctor = world.doctor("陈旧")
    world.registered(doctor, hospital)
    drop = _legacy_twin(world, doctor.id_number, "陈旧")
    ids = _fill_every_table(world, drop, hospital.id)
    before = _pointing_at(world, drop)
    assert all(before.values()), before  # every kind of row is there to move
    kept_before = _pointing_at(world, doctor.id)

    pairs = desk.merges.duplicates(admin)
    assert [(p.left_id, p.right_id, p.reason) for p in pairs.items] == [(doctor.id, drop, "same_id")]
    assert pairs.items[0].obstacle == ""
    side = desk.merges.compare(admin, doctor.id, drop)
    assert side.obstacle == "" and side.right.registrations[0].registration_code == "REGMERGE0001"
    assert side.right.prints == 1
    assert side.right.accounts == ["legacydoc"] and side.reason_label == "身份证号相同"

    desk.accounts.change_physician_phone(admin, drop, "13900139001")  # the dropped record's own history
    result = desk.merges.merge(admin, doctor.id, drop, "窗口补录时重复建档")

    assert _pointing_at(world, drop) == dict.fromkeys(FOLLOWS, 0)
    after = _pointing_at(world, doctor.id)
    itself = ("physicians", "merged_into_id")  # the dropped record now points at the kept one too
    assert after == {k: kept_before[k] + before[k] + (k == itself) for k in FOLLOWS}
    assert result.moved["执业注册"] == 1 and result.moved["此前合并的记录"] == 1
    assert result.disabled_accounts == ["legacydoc"]  # the kept record has its own account
    with desk.db.read() as s:
        assert s.get(m.Physician, drop).merged_into_id == doctor.id
        assert s.get(m.Physician, ids["older"]).merged_into_id == doctor.id  # kept flat
        case = s.get(m.Case, ids["case"])
        assert case.physician_id == doctor.id
        assert [e.action for e in case.events] == ["approve"]  # the case's history moved with it, unchanged
        assert s.get(m.PrintLog, ids["print"]).case_id == ids["case"]
        assert s.get(m.UserAccount, s.scalar(select(m.UserAccount.id).where(
            m.UserAccount.username == "legacydoc"))).disabled
    kept = [e.action for e in desk.merges.history(admin, doctor.id)]
    assert kept[0] == "merge.keep" and "accounts.change_physician_phone" in kept  # the dropped one's follows
    dropped = desk.merges.history(admin, drop)
    assert [e.action for e in dropped] == ["merge.drop", "accounts.change_physician_phone"]
    assert (dropped[0].other_id, dropped[0].reason) == (doctor.id, "窗口补录时重复建档")
    assert desk.merges.duplicates(admin).items == []


def test_a_merged_record_never_shows_again_in_the_roster_lookups_or_the_register(world: World) -> None:
    desk, admin = world.desk, world.admin
    hospital = world.hospital()
    doctor = world.doctor("林合并")
    world.registered(doctor, hospital)
    drop = _legacy_twin(world, doctor.id_number, "林合并", phone="13800138000")
    assert {r.id for r in desk.roster.physicians(admin, "林合并").items} == {doctor.id, drop}
    shown = desk.register.search_physicians("林合并")
    desk.merges.merge(admin, doctor.id, drop, "重复记录")
    assert [r.id for r in desk.roster.physicians(admin, "林合并").items] == [doctor.id]
    assert desk.roster.physicians(admin, "lhb").items[0].id == doctor.id
    assert desk.register.search_physicians("林合并") == shown
    with pytest.raises(ValidationError, match="已合并到记录"):
        desk.counter.direct_registration(admin, drop, institution_id=hospital.id, scopes=["内科专业"])
    with desk.db.read() as s:
        assert s.get(m.Physician, doctor.id).phone  # the kept record had one; not overwritten


def test_two_valid_different_resident_ids_are_not_one_person(world: World) -> None:
    desk, admin = world.desk, world.admin
    a = world.doctor("王同名")
    b = world.doctor("王同名", id_number=born_same_day(a.id_number))
    pairs = desk.merges.duplicates(admin).items
    assert [(p.left_id, p.right_id, p.reason) for p in pairs] == [(a.id, b.id, "same_name_birth")]
    assert "不是同一人" in pairs[0].obstacle
    before = counts(desk)
    with pytest.raises(ValidationError, match="不是同一人"):
        desk.merges.merge(admin, a.id, b.id, "看起来重复")
    assert counts(desk) == before


def test_open_cases_of_the_same_kind_on_both_records_are_refused(world: World) -> None:
    desk, admin = world.desk, world.admin
    hospital = world.hospital()
    doctor = world.doctor("赵开放")
    world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    drop = _legacy_twin(world, doctor.id_number, "赵开放")
    with desk.db.write() as s:
        s.add(m.Case(number="LEG-0002", kind="first_registration", status="confirmed", physician_id=drop,
                     jurisdiction="440106", city="440100", province="440000", details={}))
    assert "正在办理" in desk.merges.compare(admin, doctor.id, drop).obstacle
    with pytest.raises(ValidationError, match="正在办理"):
        desk.merges.merge(admin, doctor.id, drop, "重复")


def test_only_a_commission_with_both_records_in_its_jurisdiction_merges(world: World) -> None:
    desk, admin = world.desk, world.admin
    hospital = world.hospital()
    doctor = world.doctor("钱辖区")
    world.registered(doctor, hospital)
    drop = _legacy_twin(world, doctor.id_number, "钱辖区")
    shenzhen = world.clerk("szclerk", "440300")
    with pytest.raises(PermissionDenied):
        desk.merges.merge(shenzhen, doctor.id, drop, "重复")
    assert desk.merges.duplicates(shenzhen).items == []
    with pytest.raises(PermissionDenied):
        desk.merges.duplicates(hospital.actor)
    with pytest.raises(PermissionDenied):
        desk.merges.compare(hospital.actor, doctor.id, drop)
    with pytest.raises(ValidationError, match="合并原因"):
        desk.merges.merge(admin, doctor.id, drop, "  ")


def test_nothing_is_merged_into_a_merged_record(world: World) -> None:
    desk, admin = world.desk, world.admin
    doctor = world.doctor("孙链条")
    drop = _legacy_twin(world, doctor.id_number, "孙链条")
    third = _legacy_twin(world, doctor.id_number, "孙链条", id_number="P1234567", id_type="passport")
    with desk.db.write() as s:  # in the jurisdiction through a counter case of its own
        s.add(m.Case(number="LEG-0003", kind="legacy_backfill", status="approved", physician_id=third,
                     jurisdiction="440106", city="440100", province="440000", details={}))
    desk.merges.merge(admin, doctor.id, drop, "重复")
    with pytest.raises(ConflictError, match=r"已由 gdadmin 合并到记录"):
        desk.merges.merge(admin, drop, third, "重复")
    desk.merges.merge(admin, doctor.id, third, "护照建档重复")
    keeps = [e for e in desk.merges.history(admin, doctor.id) if e.action == "merge.keep"]
    assert len(keeps) == 2 and (keeps[0].other_id, keeps[0].other_id_number) == (third, "P1234567")
    assert keeps[0].reason == "护照建档重复"


def test_two_clerks_merging_at_once_exactly_one_wins(world: World) -> None:
    desk = world.desk
    doctor = world.doctor("周并发")
    drop = _legacy_twin(world, doctor.id_number, "周并发")
    first, second = world.clerk("clerk1"), world.clerk("clerk2")
    barrier = threading.Barrier(2)
    outcomes: list[object] = []

    def run(actor: Any, keep: int, gone: int) -> None:
        barrier.wait()
        try:
            outcomes.append(desk.merges.merge(actor, keep, gone, "并发合并"))
        except DomainError as err:
            outcomes.append(err)

    threads = [threading.Thread(target=run, args=(first, doctor.id, drop)),
               threading.Thread(target=run, args=(second, drop, doctor.id))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    errors = [o for o in outcomes if isinstance(o, DomainError)]
    assert len(outcomes) == 2 and len(errors) == 1, outcomes
    assert isinstance(errors[0], ConflictError), errors[0]
    with desk.db.read() as s:
        merged = s.scalars(select(m.Physician.id).where(m.Physician.merged_into_id.is_not(None))).all()
    assert len(merged) == 1
    with desk.db.read() as s:
        assert s.scalar(select(func.count()).select_from(m.AuditEvent)
                        .where(m.AuditEvent.action == "merge.keep")) == 1


def test_the_exam_list_and_the_counter_find_the_kept_record_by_the_merged_ones_resident_id(
    world: World,
) -> None:
    desk, admin = world.desk, world.admin
    doctor = world.doctor("吴护照")
    passport = _legacy_twin(world, doctor.id_number, "吴护照", id_number="E7654321", id_type="passport")
    with desk.db.write() as s:  # in the jurisdiction through a counter case of its own
        s.add(m.Case(number="LEG-0004", kind="legacy_backfill", status="approved", physician_id=passport,
                     jurisdiction="440106", city="440100", province="440000", details={}))
    desk.merges.merge(admin, passport, doctor.id, "先以护照建档，后取得居民身份证")  # keep the passport one
    world.qualify("吴护照", doctor.id_number, level="执业助理医师")
    backfill = desk.counter.legacy_backfill(
        admin, name="吴护照", id_number=doctor.id_number, certificate_code="199844110440106195001018888",
        level="执业医师", category="口腔", issued_on="1999-07-01")
    world.counter_approved(backfill)
    with desk.db.read() as s:
        owners = set(s.scalars(select(m.Qualification.physician_id).where(
            m.Qualification.id_number == doctor.id_number)))
        records = s.scalar(select(func.count()).select_from(m.Physician).where(m.Physician.name == "吴护照"))
    assert owners == {passport} and records == 2  # no third record made


def test_a_merged_record_is_left_out_of_the_public_register_and_open_data_even_with_a_registration(
    world: World,
) -> None:
    """The register and open data skip merged records themselves, not only because their rows moved: a
    registration left on a merged record (written behind the services' back) stays unpublished."""
    desk, admin = world.desk, world.admin
    hospital = world.hospital()
    doctor = world.doctor("郑公开")
    world.registered(doctor, hospital)
    drop = _legacy_twin(world, doctor.id_number, "郑公开")
    desk.merges.merge(admin, doctor.id, drop, "重复记录")
    with desk.db.write() as s:
        s.add(m.Registration(physician_id=drop, level="执业医师", category="口腔", scopes=["口腔专业"],
                             place="440000", province="440000", status="active",
                             practice_certificate_number="144440000099999"))
    shown = desk.register.search_physicians("郑公开")
    assert [p.category for p in shown] == ["临床"]
    opendata = getattr(desk, "local", desk).opendata  # a local service: files on the database's machine
    assert [row[3] for row in opendata.physician_rows() if row[0] == "郑公开"] == ["临床"]
