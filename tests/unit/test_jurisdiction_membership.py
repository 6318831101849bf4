"""jurisdiction_members (migration 0016): a commission's name search served from one index range.

The table is an index of ``permissions.commission_physician_clause`` kept by database triggers; these tests
pin that it equals the rule after every writer of its sources — registrations (created, moved to another
institution, place or province, ended), cases (created, moved, given a physician), a physician's resident
ID and name, an institution's new area, a merge — and that the commission's name search read from it lists
what the rule gives (same set, same order, same pages) at every level of commission, on both databases.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from case_fixtures import World
from case_fixtures import world as world  # noqa: F401 - fixture
from roster_fixtures import case, cert, institution, make_id, person, register
from sqlalchemy import event, select, text, update

from app import jurisdiction_membership
from app import models as m
from app.services import permissions, search
from app.services.contract import level_of
from app.services.permissions import Principal, area_parts


def _members(desk: Any) -> dict[tuple[str, int], tuple[str, int]]:
    with desk.db.read() as s:
        return {(r.area, r.physician_id): (r.name, r.n) for r in s.scalars(select(m.JurisdictionMember))}


def _codes(desk: Any) -> set[str]:
    """Every province, city and county code the sources name (the areas a commission could have)."""
    raw: set[str] = set()
    with desk.db.read() as s:
        for row in s.execute(select(m.Registration.province, m.Registration.place)):
            raw.update(row)
        raw.update(s.scalars(select(m.Institution.jurisdiction)))
        raw.update(s.scalars(select(m.Case.jurisdiction)))
        raw.update(i[:6] for i in s.scalars(select(m.Physician.id_number)))
    codes = {part for code in raw if code and len(code) == 6 for part in area_parts(code)}
    return {c for c in codes if level_of(c) != "nation"}


def _rule(desk: Any, codes: set[str]) -> set[tuple[str, int]]:
    """(area, physician) pairs as permissions.commission_physician_clause gives them, per area."""
    pairs: set[tuple[str, int]] = set()
    with desk.db.read() as s:
        for code in codes:
            ids = s.scalars(select(m.Physician.id).where(permissions.commission_physician_clause(code)))
            pairs.update((code, pid) for pid in ids)
    return pairs


def _assert_follows(desk: Any) -> dict[tuple[str, int], tuple[str, int]]:
    members = _members(desk)
    assert set(members) == _rule(desk, _codes(desk) | {area for area, _ in members})
    with desk.db.read() as s:
        names = {pid: name for pid, name in s.execute(select(m.Physician.id, m.Physician.name))}
    assert {k: v[0] for k, v in members.items()} == {k: names[k[1]] for k in members}
    assert all(n > 0 for _, n in members.values())
    return members


def _areas(members: dict[tuple[str, int], Any], physician_id: int) -> set[str]:
    return {area for area, pid in members if pid == physician_id}


def _doc(desk: Any, name: str, n: int, area: str = "440106") -> int:
    return person(desk, name, make_id(area, "19880808"), certificate_code=cert(700 + n))


def test_a_registration_puts_its_physician_in_its_province_place_and_institution_areas(desk, admin) -> None:
    tianhe, _ = institution(desk, admin, "4401060201", "440106", "天河医院", sign=False)
    luohu, _ = institution(desk, admin, "4403030201", "440303", "罗湖医院", sign=False)
    doc = _doc(desk, "王小明", 1, area="110105")  # a Beijing resident ID: 110000 by the ID
    assert _areas(_assert_follows(desk), doc) == {"110000"}
    reg = register(desk, doc, tianhe)
    assert _areas(_assert_follows(desk), doc) == {"110000", "440000", "440100", "440106"}
    with desk.db.write() as s:  # moved to another main institution
        s.execute(update(m.Registration).where(m.Registration.id == reg).values(main_institution_id=luohu))
    assert _areas(_assert_follows(desk), doc) == {"110000", "440000", "440300", "440303"}
    with desk.db.write() as s:  # an assistant's county place: that county and its city too
        s.execute(update(m.Registration).where(m.Registration.id == reg).values(place="440104"))
    assert _areas(_assert_follows(desk), doc) == {"110000", "440000", "440100", "440104", "440300", "440303"}
    with desk.db.write() as s:  # deregistered: a commission still sees its own registrations' physicians
        s.execute(update(m.Registration).where(m.Registration.id == reg).values(status="deregistered"))
    assert _areas(_assert_follows(desk), doc) == {"110000", "440000", "440100", "440104", "440300", "440303"}
    with desk.db.write() as s:
        s.execute(m.Registration.__table__.delete().where(m.Registration.id == reg))
    assert _areas(_assert_follows(desk), doc) == {"110000"}


def test_a_case_puts_its_physician_in_its_province_city_and_county(desk, admin) -> None:
    tianhe, _ = institution(desk, admin, "4401060202", "440106", "天河医院", sign=False)
    doc = _doc(desk, "王五", 2, area="110105")
    c = case(desk, "first_registration", doc, tianhe, county="440303")
    assert _areas(_assert_follows(desk), doc) == {"110000", "440000", "440300", "440303"}
    with desk.db.write() as s:  # the case moved to another county
        s.execute(update(m.Case).where(m.Case.id == c).values(jurisdiction="440104", city="440100"))
    assert _areas(_assert_follows(desk), doc) == {"110000", "440000", "440100", "440104"}
    anonymous = case(desk, "first_registration", None, tianhe, county="320102")  # no physician yet
    assert _areas(_assert_follows(desk), doc) == {"110000", "440000", "440100", "440104"}
    with desk.db.write() as s:
        s.execute(update(m.Case).where(m.Case.id == anonymous).values(physician_id=doc))
    assert _areas(_assert_follows(desk), doc) == {"110000", "440000", "440100", "440104",
                                                  "320000", "320100", "320102"}
    with desk.db.write() as s:
        s.execute(m.Case.__table__.delete().where(m.Case.id == c))
    assert _areas(_assert_follows(desk), doc) == {"110000", "320000", "320100", "320102"}


def test_every_source_counts_and_the_row_goes_only_with_the_last(desk, admin) -> None:
    tianhe, _ = institution(desk, admin, "4401060203", "440106", "天河医院", sign=False)
    doc = _doc(desk, "王芳", 3)  # 440000 by the resident ID too
    reg = register(desk, doc, tianhe)
    c = case(desk, "change_registration", doc, tianhe, county="440106")
    members = _assert_follows(desk)
    # province: ID, registration, case; city and county: the institution and the case
    assert members[("440000", doc)][1] == 3 and members[("440106", doc)][1] == 2
    with desk.db.write() as s:
        s.execute(m.Registration.__table__.delete().where(m.Registration.id == reg))
    assert _assert_follows(desk)[("440106", doc)][1] == 1
    with desk.db.write() as s:
        s.execute(m.Case.__table__.delete().where(m.Case.id == c))
    assert _areas(_assert_follows(desk), doc) == {"440000"}


def test_a_new_resident_id_name_or_institution_area_moves_the_rows(desk, admin) -> None:
    yuexiu, _ = institution(desk, admin, "4401040204", "440104", "越秀医院", sign=False)
    doc = _doc(desk, "李四", 4, area="110105")
    other = _doc(desk, "李思", 5, area="110105")
    register(desk, doc, yuexiu)
    register(desk, other, yuexiu, province="440000")
    register(desk, other, yuexiu, province="440000", status="deregistered")  # two registrations there
    with desk.db.write() as s:
        s.execute(update(m.Physician).where(m.Physician.id == doc).values(id_number=make_id("320102")))
    assert "320000" in _areas(_assert_follows(desk), doc)
    with desk.db.write() as s:  # a rename: the name search finds the new name
        s.execute(update(m.Physician).where(m.Physician.id == doc)
                  .values(name="王四", name_pinyin=search.pinyin_key("王四")))
    assert _assert_follows(desk)[("440104", doc)][0] == "王四"
    with desk.db.write() as s:  # the institution moves to another district: its registrations' rows move
        s.execute(update(m.Institution).where(m.Institution.id == yuexiu).values(jurisdiction="440305"))
    members = _assert_follows(desk)
    assert _areas(members, other) == {"110000", "440000", "440300", "440305"}
    assert members[("440305", other)][1] == 2


def test_a_merge_moves_the_dropped_records_areas_to_the_kept_record(world: World) -> None:
    desk = world.desk
    hospital = world.hospital(jurisdiction="440106")
    doctor = world.doctor("陈旧")
    world.registered(doctor, hospital)
    twin = doctor.id_number[:10] + " " + doctor.id_number[10:]  # the same resident ID written with a space
    with desk.db.write() as s:
        drop = m.Physician(name="陈旧", gender="男", id_number=twin, birth_date=dt.date(1990, 1, 1),
                           name_pinyin=search.pinyin_key("陈旧"))
        s.add(drop)
        s.flush()
        s.add(m.Case(number="LEG-NAMES-1", kind="legacy_backfill", status="approved", physician_id=drop.id,
                     institution_id=hospital.id, jurisdiction="440303", city="440300", province="440000",
                     details={}))
        drop_id = drop.id
    members = _assert_follows(desk)
    assert ("440303", drop_id) in members and ("440303", doctor.id) not in members
    desk.merges.merge(world.admin, doctor.id, drop_id, "窗口补录时重复建档")
    members = _assert_follows(desk)
    assert ("440303", drop_id) not in members and ("440303", doctor.id) in members


def test_approvals_through_the_case_engine_keep_the_membership(world: World) -> None:
    hospital = world.hospital(jurisdiction="440303")
    doctor = world.doctor("林立", area="110105")
    world.registered(doctor, hospital)
    assert {"440000", "440300", "440303"} <= _areas(_assert_follows(world.desk), doctor.id)


def test_rebuild_gives_what_the_triggers_kept(desk, admin) -> None:
    tianhe, _ = institution(desk, admin, "4401060205", "440106", "天河医院", sign=False)
    for n, name in enumerate(("张伟", "曾强", "李娜", "王芳"), start=10):
        doc = _doc(desk, name, n, area="440106" if n % 2 else "110105")
        register(desk, doc, tianhe if n % 2 else None, place="440104" if n % 3 == 0 else None)
        case(desk, "first_registration", doc, tianhe, county="440303" if n % 2 else "440106")
    kept = _assert_follows(desk)
    with desk.db.write() as s:
        s.execute(text("DELETE FROM jurisdiction_members"))
    assert _members(desk) == {}
    with desk.db.write() as s:
        jurisdiction_membership.rebuild(lambda sql: s.execute(text(sql)), postgresql=desk.db.is_postgres)
    assert _members(desk) == kept


# ---- the search read from it --------------------------------------------------------------------


def _principal(jurisdiction: str) -> Principal:
    return Principal(user_id=0, username="oracle", role="commission", institution_id=None,
                     physician_id=None, jurisdiction=jurisdiction, name="", is_admin=False)


def _by_rule(desk: Any, jurisdiction: str, prefix: str) -> list[int]:
    """The commission's name search as the rule gives it (the statement before jurisdiction_members):
    unmerged physicians it may see whose name starts with ``prefix``, by name then id."""
    conds = [m.Physician.merged_into_id.is_(None), permissions.physician_clause(_principal(jurisdiction)),
             search.prefix_condition(m.Physician.name, prefix)]
    with desk.db.read() as s:
        stmt = select(m.Physician.id).where(*conds).order_by(m.Physician.name, m.Physician.id)
        return list(s.scalars(stmt))


def _pages(desk: Any, actor: Any, query: str) -> list[int]:
    ids: list[int] = []
    after = None
    while True:
        page = desk.roster.physicians(actor, query, limit=2, after=after)
        ids += [r.id for r in page.items]
        if page.next_after is None:
            return ids
        after = page.next_after


def test_a_commissions_name_search_lists_what_the_rule_gives_at_every_level(world: World) -> None:
    desk = world.desk
    national = world.national()
    tianhe = world.hospital(jurisdiction="440106")
    luohu = world.hospital(jurisdiction="440303")
    yuexiu = world.hospital(jurisdiction="440104")
    people: dict[str, int] = {}
    for n, (name, area) in enumerate([
        ("王小明", "440106"), ("王小红", "110105"), ("王大力", "440106"), ("王五", "110105"),
        ("王六", "440106"), ("李四", "110105"), ("王七", "440303"), ("王八", "440106"), ("王𠮷", "440106"),
        ("王小明", "320102"), ("王", "440303"), ("王小", "110105"),
    ], start=40):
        people[f"{name}{n}"] = _doc(desk, name, n, area=area)
    ids = list(people.values())
    register(desk, ids[0], tianhe.id)
    register(desk, ids[1], luohu.id)
    register(desk, ids[2], yuexiu.id, place="440104")
    case(desk, "first_registration", ids[3], luohu.id, county="440303")
    register(desk, ids[5], yuexiu.id)
    register(desk, ids[6], tianhe.id, status="deregistered")
    register(desk, ids[9], None, province="320000", place="320102")
    register(desk, ids[10], luohu.id, status="filed")
    register(desk, ids[11], tianhe.id)
    with desk.db.write() as s:
        s.execute(update(m.Physician).where(m.Physician.id == ids[7]).values(merged_into_id=ids[0]))
        s.execute(update(m.Physician).where(m.Physician.id == ids[5])  # 李四 renamed 王四
                  .values(name="王四", name_pinyin=search.pinyin_key("王四")))
        s.execute(update(m.Registration).where(m.Registration.physician_id == ids[0])  # moved to 罗湖
                  .values(main_institution_id=luohu.id))
        s.execute(update(m.Institution).where(m.Institution.id == yuexiu.id).values(jurisdiction="440305"))
    _assert_follows(desk)
    areas = ["440000", "440100", "440106", "440104", "440300", "440303", "440305", "110000", "320000",
             "320100", "320102", "000000"]
    seen = 0
    for n, area in enumerate(areas):
        clerk = world.clerk(f"names{n}", area, by=national)
        for prefix in ("王", "王小", "王小明", "王𠮷", "李", "王四"):
            expected = _by_rule(desk, area, prefix)
            assert _pages(desk, clerk, prefix) == expected, (area, prefix)
            seen += len(expected)
        assert desk.roster.physicians(clerk, "王", with_total=True).total == len(_by_rule(desk, area, "王"))
    assert seen > 40  # the world is not empty at every level
    assert _by_rule(desk, "440000", "王") != _by_rule(desk, "440303", "王")


def test_the_search_reads_one_range_of_the_areas_index(world: World) -> None:
    """The statement of a county commission's name search names jurisdiction_members and its area."""
    desk = world.desk
    clerk = world.clerk("names-county", "440303", by=world.national())
    statements: list[str] = []
    engine = desk.db.engine
    listener = lambda *a: statements.append(a[2])  # noqa: E731 - (conn, cursor, statement, …)
    event.listen(engine, "before_cursor_execute", listener)
    try:
        desk.roster.physicians(clerk, "王小")
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    listing = [st for st in statements if "LIMIT" in st.upper() and "physicians" in st]
    assert listing and all("jurisdiction_members" in st for st in listing)
    # the page (the LIMIT subquery; the statement around it joins the page's registrations for the lines)
    # tests no registration's province: the area's rows are the jurisdiction
    pages = [st[st.index("FROM (SELECT"):st.index(") AS page")] for st in listing]
    assert pages and all("jurisdiction_members" in pg and "registrations" not in pg for pg in pages)


def test_two_transactions_changing_one_physicians_areas_at_once_leave_the_counts_right(pg_url: str) -> None:
    """PostgreSQL, READ COMMITTED: one transaction gives a case in the county its physician while another
    deletes the registration at the county's hospital; the second waits for the first's row lock and counts
    from its result, so the county keeps the physician (the case) with a count of 1."""
    import threading

    import psycopg
    from sqlalchemy.engine import make_url

    from app.services import open_desk

    desk = open_desk(pg_url, workstation="pc-names")
    try:
        with desk.db.write() as s:
            inst = m.Institution(name="并发医院", address="深圳", registration_number="4403039999",
                                 legal_representative="王", principal="李", jurisdiction="440303")
            s.add(inst)
            s.flush()
            hospital = inst.id
        doc = person(desk, "并发", make_id("110105", "19880808"), certificate_code=cert(991))
        reg = register(desk, doc, hospital)
        pending = case(desk, "first_registration", None, hospital, county="440303")  # no physician yet
    finally:
        desk.close()
    plain = make_url(pg_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain) as first, psycopg.connect(plain) as second:
        first.execute("UPDATE cases SET physician_id = %s WHERE id = %s", (doc, pending))
        done = threading.Event()

        def delete_registration() -> None:
            second.execute("DELETE FROM registrations WHERE id = %s", (reg,))
            second.commit()
            done.set()

        worker = threading.Thread(target=delete_registration)
        worker.start()
        assert not done.wait(0.5)  # waits for the first transaction's lock on the (physician, area) rows
        first.commit()
        worker.join(10)
        assert done.is_set()
        rows = first.execute("SELECT area, n FROM jurisdiction_members WHERE physician_id = %s ORDER BY area",
                             (doc,)).fetchall()
    assert rows == [("110000", 1), ("440000", 1), ("440300", 1), ("440303", 1)]
