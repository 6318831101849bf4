"""roster_members (migration 0015): an institution's roster served from one index in name order.

The table is kept by database triggers; these tests pin that it follows every writer of its sources —
registrations (created, filed, ended, moved), filings (active, cancelled), cases at an institution, a
physician's pinyin, a merge — and that the roster read from it is the roster the three sources give
(same set, same order, same pages), on both databases.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from case_fixtures import World
from case_fixtures import world as world  # noqa: F401 - fixture
from roster_fixtures import case, cert, file_at, institution, make_id, person, register
from sqlalchemy import or_, select, text, update

from app import models as m
from app import roster_membership
from app.services import permissions, search
from app.services.permissions import Principal


def _members(desk: Any) -> dict[tuple[int, int], tuple[str, int, int, int]]:
    with desk.db.read() as s:
        return {
            (r.institution_id, r.physician_id): (r.name_pinyin, r.n_main, r.n_filing, r.n_case)
            for r in s.scalars(select(m.RosterMember))
        }


def _sources(desk: Any) -> set[tuple[int, int]]:
    """(institution, physician) pairs as permissions.institution_physician_ids gives them, per institution."""
    pairs: set[tuple[int, int]] = set()
    with desk.db.read() as s:
        for inst in s.scalars(select(m.Institution.id)):
            pairs.update((inst, pid) for pid in s.scalars(permissions.institution_physician_ids(inst)))
    return pairs


def _assert_follows(desk: Any) -> dict[tuple[int, int], tuple[str, int, int, int]]:
    members = _members(desk)
    assert set(members) == _sources(desk)
    with desk.db.read() as s:
        pinyin = {pid: key for pid, key in s.execute(select(m.Physician.id, m.Physician.name_pinyin))}
    assert {k: v[0] for k, v in members.items()} == {k: pinyin[k[1]] for k in members}
    return members


def _setup(desk: Any, admin: Any) -> tuple[int, int, Any]:
    a, a_actor = institution(desk, admin, "4401060101", "440106", "天河第一医院")
    b, _ = institution(desk, admin, "4401060102", "440106", "天河第二医院", sign=False)
    return a, b, a_actor


def _person(desk: Any, name: str, n: int) -> int:
    return person(desk, name, make_id("440106", "19880808"), certificate_code=cert(900 + n))


def test_a_registration_puts_its_physician_on_the_main_institutions_roster_until_it_ends(desk, admin) -> None:
    a, b, _ = _setup(desk, admin)
    doc = _person(desk, "张伟", 1)
    reg = register(desk, doc, a)
    assert _assert_follows(desk)[(a, doc)][1:] == (1, 0, 0)
    with desk.db.write() as s:  # filed (非在册): still on the roster
        s.execute(update(m.Registration).where(m.Registration.id == reg).values(status="filed"))
    assert _assert_follows(desk)[(a, doc)][1:] == (1, 0, 0)
    with desk.db.write() as s:  # moved to another main institution
        s.execute(update(m.Registration).where(m.Registration.id == reg).values(main_institution_id=b))
    members = _assert_follows(desk)
    assert (a, doc) not in members and members[(b, doc)][1:] == (1, 0, 0)
    with desk.db.write() as s:  # deregistered: off every roster
        s.execute(update(m.Registration).where(m.Registration.id == reg).values(status="deregistered"))
    assert _assert_follows(desk) == {}


def test_an_active_filing_puts_its_physician_on_the_filed_institutions_roster(desk, admin) -> None:
    a, b, _ = _setup(desk, admin)
    doc = _person(desk, "曾强", 2)
    reg = register(desk, doc, b)
    filing = file_at(desk, reg, a)
    assert _assert_follows(desk)[(a, doc)][1:] == (0, 1, 0)
    with desk.db.write() as s:
        s.execute(update(m.Filing).where(m.Filing.id == filing).values(status="cancelled"))
    members = _assert_follows(desk)
    assert (a, doc) not in members and (b, doc) in members
    with desk.db.write() as s:
        s.execute(update(m.Filing).where(m.Filing.id == filing).values(status="active"))
    assert _assert_follows(desk)[(a, doc)][1:] == (0, 1, 0)
    with desk.db.write() as s:
        s.execute(m.Filing.__table__.delete().where(m.Filing.id == filing))
    assert (a, doc) not in _assert_follows(desk)


def test_a_case_at_an_institution_puts_its_physician_on_that_roster_whatever_its_status(desk, admin) -> None:
    a, b, _ = _setup(desk, admin)
    doc = _person(desk, "赵敏", 3)
    c = case(desk, "first_registration", doc, a)
    assert _assert_follows(desk)[(a, doc)][1:] == (0, 0, 1)
    with desk.db.write() as s:  # withdrawn: still "applying to" it, as the sources say
        s.execute(update(m.Case).where(m.Case.id == c).values(status="withdrawn"))
    assert (a, doc) in _assert_follows(desk)
    with desk.db.write() as s:  # the case moved to another institution
        s.execute(update(m.Case).where(m.Case.id == c).values(institution_id=b))
    members = _assert_follows(desk)
    assert (a, doc) not in members and (b, doc) in members
    anonymous = case(desk, "first_registration", None, a)  # no physician yet: on no roster
    assert (a, doc) not in _assert_follows(desk)
    with desk.db.write() as s:
        s.execute(update(m.Case).where(m.Case.id == anonymous).values(physician_id=doc))
    assert _assert_follows(desk)[(a, doc)][1:] == (0, 0, 1)


def test_every_source_counts_and_the_row_goes_only_with_the_last(desk, admin) -> None:
    a, b, _ = _setup(desk, admin)
    doc = _person(desk, "李娜", 4)
    reg = register(desk, doc, a)
    other = register(desk, doc, b, province="110000")
    filing = file_at(desk, other, a)
    c = case(desk, "change_registration", doc, a)
    assert _assert_follows(desk)[(a, doc)][1:] == (1, 1, 1)
    with desk.db.write() as s:
        s.execute(update(m.Registration).where(m.Registration.id == reg).values(status="deregistered"))
        s.execute(update(m.Filing).where(m.Filing.id == filing).values(status="cancelled"))
    assert _assert_follows(desk)[(a, doc)][1:] == (0, 0, 1)
    with desk.db.write() as s:
        s.execute(m.Case.__table__.delete().where(m.Case.id == c))
    assert (a, doc) not in _assert_follows(desk)


def test_a_new_name_moves_the_physician_in_every_roster_it_is_on(desk, admin) -> None:
    a, b, a_actor = _setup(desk, admin)
    first = _person(desk, "安然", 5)
    second = _person(desk, "周杰", 6)
    for doc in (first, second):
        register(desk, doc, a)
    file_at(desk, register(desk, second, b, province="110000"), a)
    assert [r.name for r in desk.roster.physicians(a_actor).items] == ["安然", "周杰"]
    with desk.db.write() as s:
        s.execute(update(m.Physician).where(m.Physician.id == first)
                  .values(name="祝然", name_pinyin=search.pinyin_key("祝然")))
    members = _assert_follows(desk)
    assert members[(a, first)][0] == search.pinyin_key("祝然")
    assert [r.name for r in desk.roster.physicians(a_actor).items] == ["周杰", "祝然"]


def test_a_merge_moves_the_dropped_records_memberships_to_the_kept_record(world: World) -> None:
    desk = world.desk
    hospital, clinic = world.hospital(), world.hospital()
    doctor = world.doctor("陈旧")
    world.registered(doctor, hospital)
    twin = doctor.id_number[:10] + " " + doctor.id_number[10:]  # the same resident ID written with a space
    with desk.db.write() as s:
        drop = m.Physician(name="陈旧", gender="男", id_number=twin, birth_date=dt.date(1990, 1, 1),
                           name_pinyin=search.pinyin_key("陈旧"))
        s.add(drop)
        s.flush()
        c = m.Case(number="LEG-ROSTER-1", kind="legacy_backfill", status="approved", physician_id=drop.id,
                   institution_id=clinic.id, jurisdiction="440106", city="440100", province="440000",
                   details={})
        s.add(c)
        drop_id = drop.id
    members = _assert_follows(desk)
    assert (clinic.id, drop_id) in members and (clinic.id, doctor.id) not in members
    desk.merges.merge(world.admin, doctor.id, drop_id, "窗口补录时重复建档")
    members = _assert_follows(desk)
    assert (clinic.id, drop_id) not in members
    assert members[(clinic.id, doctor.id)][1:] == (0, 0, 1)
    assert members[(hospital.id, doctor.id)][1] == 1


def test_approvals_through_the_case_engine_keep_the_membership(world: World) -> None:
    hospital = world.hospital()
    doctor = world.doctor("林立")
    world.registered(doctor, hospital)
    members = _assert_follows(world.desk)
    assert members[(hospital.id, doctor.id)][1:3] == (1, 0)
    assert members[(hospital.id, doctor.id)][3] >= 1  # the approved case was at the hospital


def test_rebuild_gives_what_the_triggers_kept(desk, admin) -> None:
    a, b, _ = _setup(desk, admin)
    for n, name in enumerate(("张伟", "曾强", "李娜", "王芳"), start=10):
        doc = _person(desk, name, n)
        reg = register(desk, doc, a if n % 2 else b)
        if n % 3 == 0:
            file_at(desk, reg, b if n % 2 else a)
        case(desk, "first_registration", doc, a)
    kept = _assert_follows(desk)
    with desk.db.write() as s:
        s.execute(text("DELETE FROM roster_members"))
    assert _members(desk) == {}
    with desk.db.write() as s:
        roster_membership.rebuild(lambda sql: s.execute(text(sql)))
    assert _members(desk) == kept


def _principal(role: str, institution_id: int | None = None, jurisdiction: str | None = None) -> Principal:
    return Principal(user_id=0, username="oracle", role=role, institution_id=institution_id,
                     physician_id=None, jurisdiction=jurisdiction, name="", is_admin=False)


def _old_roster(desk: Any, p: Principal, institution_id: int | None = None) -> list[int]:
    """The roster's ids as the sources give them (the statement before roster_members), in name order;
    ``institution_id``: registered (active or filed) or filed (active filing) there, as ``_filters``."""
    conds = [m.Physician.merged_into_id.is_(None), permissions.physician_listing_clause(p)]
    if institution_id is not None:
        conds.append(or_(
            m.Physician.id.in_(select(m.Registration.physician_id).where(
                m.Registration.main_institution_id == institution_id,
                m.Registration.status.in_(("active", "filed")))),
            m.Physician.id.in_(select(m.Filing.physician_id).where(
                m.Filing.institution_id == institution_id, m.Filing.status == "active")),
        ))
    with desk.db.read() as s:
        return list(s.scalars(select(m.Physician.id).where(*conds)
                              .order_by(m.Physician.name_pinyin, m.Physician.id)))


def _pages(desk: Any, actor: Any, **kw: Any) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        page = desk.roster.physicians(actor, limit=3, after=after, **kw)
        ids += [r.id for r in page.items]
        if page.next_after is None:
            return ids
        after = page.next_after


def test_the_roster_from_the_membership_is_the_roster_the_sources_give_page_by_page(desk, admin) -> None:
    a, b, a_actor = _setup(desk, admin)
    names = ["张伟", "曾强", "李娜", "王芳", "赵敏", "安然", "周杰", "𠮷祥", "孙丽", "陈晨", "张三", "张伟"]
    for n, name in enumerate(names, start=30):
        doc = _person(desk, name, n)
        if n % 4 != 3:
            reg = register(desk, doc, a if n % 3 else b, status="filed" if n % 5 == 0 else "active")
            if n % 3 == 0:
                file_at(desk, reg, a)
        if n % 4 == 3:
            case(desk, "first_registration", doc, a)
    with desk.db.write() as s:  # a merged record is left out of both
        merged = s.scalar(select(m.Physician.id).where(m.Physician.name == "陈晨"))
        s.execute(update(m.Physician).where(m.Physician.id == merged).values(
            merged_into_id=s.scalar(select(m.Physician.id).where(m.Physician.name == "张三"))))
    old = _old_roster(desk, _principal("institution", institution_id=a))
    assert len(old) >= 8
    assert _pages(desk, a_actor) == old
    first = desk.roster.physicians(a_actor, limit=50, with_total=True)
    assert [r.id for r in first.items] == old and first.total == len(old)
    typed = [r.id for r in desk.roster.physicians(a_actor, "zw", limit=50).items]  # initials: 张伟 ×2
    assert len(typed) == 2 and typed == sorted(typed, key=old.index)
    # a commission narrowed to one institution: registered or filed there (not merely applying)
    commission_old = _old_roster(desk, _principal("commission", jurisdiction="440000"), a)
    assert _pages(desk, admin, institution_id=a) == commission_old
    assert len(commission_old) < len(old)


def test_two_transactions_changing_one_physicians_sources_at_once_leave_the_membership_right(
    pg_url: str,
) -> None:
    """PostgreSQL, READ COMMITTED: one transaction files the physician at the hospital while another ends
    the registration there; the second waits for the first's row lock and counts from its result."""
    import threading

    import psycopg
    from sqlalchemy.engine import make_url

    from app.services import open_desk

    desk = open_desk(pg_url, workstation="pc-roster")
    try:
        with desk.db.write() as s:
            inst = m.Institution(name="并发医院", address="广州", registration_number="4401069999",
                                 legal_representative="王", principal="李", jurisdiction="440106")
            s.add(inst)
            s.flush()
            hospital = inst.id
        doc = person(desk, "并发", make_id("440106", "19880808"), certificate_code=cert(990))
        reg = register(desk, doc, hospital)
        other = register(desk, doc, None, province="110000")
    finally:
        desk.close()
    plain = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as first, psycopg.connect(plain) as second:
        first.execute(
            "INSERT INTO filings (registration_id, physician_id, institution_id, start_date, status)"
            " VALUES (%s, %s, %s, '2025-06-01', 'active')", (other, doc, hospital))
        done = threading.Event()

        def end_registration() -> None:
            second.execute("UPDATE registrations SET status = 'deregistered' WHERE id = %s", (reg,))
            second.commit()
            done.set()

        worker = threading.Thread(target=end_registration)
        worker.start()
        assert not done.wait(0.5)  # waits for the first transaction's lock on the membership row
        first.commit()
        worker.join(10)
        assert done.is_set()
        rows = first.execute("SELECT n_main, n_filing, n_case FROM roster_members"
                             " WHERE institution_id = %s AND physician_id = %s", (hospital, doc)).fetchall()
    assert rows == [(0, 1, 0)]
