"""Clerks approving at the same moment on PostgreSQL: each thread has its own Desk (engine, sessions).

The cases are prepared with bulk inserts (as the case service would leave them after confirmation), so
the tests time only the approvals.
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from case_fixtures import World, resident_id
from conftest import ADMIN_PASSWORD, FakeClock
from sqlalchemy import func, insert, select

from app import models as m
from app.services import Actor, ConflictError, audit, open_desk
from app.services.codes import parse_practice_certificate_number, parse_registration_code

pytestmark = pytest.mark.postgres
NOW = dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)
_numbers = itertools.count(1)


@pytest.fixture
def world_pg(pg_url: str) -> Iterator[World]:
    clock = FakeClock()
    desk = open_desk(pg_url, clock=clock, workstation="pc-0")
    try:
        admin = desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
        yield World(desk, admin, clock)
    finally:
        desk.close()


def _bulk_confirmed_registrations(
    world: World, institution_ids: list[int], n: int, physician_ids: list[int] | None = None
) -> list[int]:
    """n confirmed first-registration cases, round robin over the institutions; a new physician with a
    qualification for each unless ``physician_ids`` is given."""
    with world.desk.db.write() as s:
        institutions = {i: s.get(m.Institution, i) for i in institution_ids}
        if physician_ids is None:
            people = [(resident_id("440106"), f"医师{i}") for i in range(n)]
            physician_ids = list(
                s.scalars(
                    insert(m.Physician).returning(m.Physician.id),
                    [
                        {
                            "name": name,
                            "gender": "男",
                            "id_number": number,
                            "created_at": NOW,
                            "updated_at": NOW,
                        }
                        for number, name in people
                    ],
                )
            )
            s.execute(
                insert(m.Qualification),
                [
                    {
                        "physician_id": pid,
                        "name": name,
                        "id_number": number,
                        "level": "执业医师",
                        "category": "临床",
                        "certificate_code": f"2026{pid:023d}",
                        "created_at": NOW,
                    }
                    for pid, (number, name) in zip(physician_ids, people, strict=True)
                ],
            )
        persons = {p.id: p for p in s.scalars(select(m.Physician).where(m.Physician.id.in_(physician_ids)))}
        rows = []
        for i in range(n):
            inst = institutions[institution_ids[i % len(institution_ids)]]
            person = persons[physician_ids[i % len(physician_ids)]]
            area = inst.jurisdiction
            rows.append(
                {
                    "number": f"BULK{next(_numbers):08d}",
                    "kind": "first_registration",
                    "status": "confirmed",
                    "version": 1,
                    "physician_id": person.id,
                    "institution_id": inst.id,
                    "jurisdiction": area,
                    "city": area[:4] + "00",
                    "province": area[:2] + "0000",
                    "details": {
                        "institution_id": inst.id,
                        "level": "执业医师",
                        "category": "临床",
                        "scopes": ["内科专业"],
                        "place": area[:2] + "0000",
                    },
                    "created_at": NOW,
                    "submitted_at": NOW,
                    "received_at": NOW,
                    "updated_at": NOW,
                    "deadline": dt.date(2026, 12, 22),
                    "deadline_provisional": False,
                    "applicant_name": person.name,
                    "applicant_id_number": person.id_number,
                }
            )
        return list(s.scalars(insert(m.Case).returning(m.Case.id), rows))


def _desks(url: str, n: int) -> list[Any]:
    return [open_desk(url, clock=FakeClock(), workstation=f"pc-{i + 1}") for i in range(n)]


def test_eight_clerks_approving_400_cases_get_400_distinct_codes_gapless_per_province(
    world_pg: World, pg_url: str
) -> None:
    world = world_pg
    national = world.national()
    guangzhou = world.hospital(jurisdiction="440106", by=national)
    beijing = world.hospital(jurisdiction="110105", by=national)
    case_ids = _bulk_confirmed_registrations(world, [guangzhou.id, beijing.id], 400)
    desks = _desks(pg_url, 8)
    try:

        def work(i: int) -> list[tuple[str, str]]:
            approved = [desks[i].cases.approve(national, cid, 1) for cid in case_ids[i::8]]
            return [(c.registration_code, c.practice_certificate_number) for c in approved]

        with ThreadPoolExecutor(8) as pool:
            issued = [pair for chunk in pool.map(work, range(8)) for pair in chunk]
    finally:
        for d in desks:
            d.close()
    codes = [code for code, _number in issued]
    assert len(codes) == 400 and len(set(codes)) == 400
    # the practice certificate number comes with the code, from the same serial: 400 distinct too
    assert len({number for _code, number in issued}) == 400
    assert all(
        (parse_practice_certificate_number(number).serial, number[2:4])
        == (
            parse_registration_code(code).serial,
            code[:2],
        )
        for code, number in issued
    )
    serials: dict[tuple[str, int], list[int]] = {}
    for code in codes:
        parsed = parse_registration_code(code)
        serials.setdefault((parsed.province, parsed.year), []).append(parsed.serial)
    assert {k: sorted(v) for k, v in serials.items()} == {
        ("440000", 2026): list(range(1, 201)),
        ("110000", 2026): list(range(1, 201)),
    }
    with world.desk.db.read() as s:
        stored = s.scalars(select(m.Registration.registration_code)).all()
        numbers = s.scalars(select(m.Registration.practice_certificate_number)).all()
        counters = {(c.province, c.year): c.last_value for c in s.scalars(select(m.CodeCounter))}
        case_codes = s.scalars(select(m.Case.registration_code).where(m.Case.id.in_(case_ids))).all()
    assert sorted(stored) == sorted(codes) == sorted(case_codes)
    assert sorted(numbers) == sorted(number for _code, number in issued)
    assert counters == {("440000", 2026): 200, ("110000", 2026): 200}
    # every approval's case event and audit event linked into the chains, eight clerks racing for the heads
    report = audit.verify(world.desk.db)
    assert report.ok, report.breaks
    assert report.checked["case_events"] >= 400 and report.checked["audit_events"] >= 400


def _race(desks: list[Any], calls: list[Callable[[Any], Any]]) -> list[Any]:
    """Run the calls at the same moment, one per desk; results or the exceptions raised."""
    barrier = threading.Barrier(len(calls))

    def run(i: int) -> Any:
        barrier.wait()
        try:
            return calls[i](desks[i])
        except Exception as exc:  # noqa: BLE001 - the caller judges
            return exc

    with ThreadPoolExecutor(len(calls)) as pool:
        return list(pool.map(run, range(len(calls))))


def test_two_clerks_racing_on_one_case_give_exactly_one_approval_every_time(
    world_pg: World, pg_url: str
) -> None:
    world = world_pg
    hospital = world.hospital()
    first: Actor = world.clerk("zhangsan", name="张三")
    second: Actor = world.clerk("lisi", name="李四")
    case_ids = _bulk_confirmed_registrations(world, [hospital.id], 50)
    desks = _desks(pg_url, 2)
    outcomes: Counter[str] = Counter()
    try:
        for cid in case_ids:
            results = _race(
                desks,
                [
                    lambda d, c=cid: d.cases.approve(first, c, 1),  # type: ignore[misc]
                    lambda d, c=cid: d.cases.approve(second, c, 1),  # type: ignore[misc]
                ],
            )
            won = [r for r in results if not isinstance(r, Exception)]
            lost = [r for r in results if isinstance(r, Exception)]
            assert len(won) == 1 and len(lost) == 1, results
            assert isinstance(lost[0], ConflictError), lost[0]
            winner = "张三" if won[0].updated_by_name == "张三" else "李四"
            assert f"已被 {winner}（广东省卫生健康委员会）于" in lost[0].message
            outcomes[winner] += 1
    finally:
        for d in desks:
            d.close()
    with world.desk.db.read() as s:
        approvals = s.scalar(
            select(func.count())
            .select_from(m.CaseEvent)
            .where(m.CaseEvent.case_id.in_(case_ids), m.CaseEvent.action == "approve")
        )
        codes = s.scalars(select(m.Registration.registration_code)).all()
    assert approvals == 50 and len(codes) == len(set(codes)) == 50
    assert sorted(parse_registration_code(c).serial for c in codes) == list(range(1, 51))
    assert sum(outcomes.values()) == 50


def test_two_registrations_of_one_physician_approved_at_once_leave_one_main_institution(
    world_pg: World, pg_url: str
) -> None:
    world = world_pg
    first, second = world.hospital(), world.hospital()
    doctors = [world.doctor(f"医师{stem}") for stem in "甲乙丙丁戊己庚辛壬癸"]
    cases = []
    for doctor in doctors:  # the physician's own application and a counter registration, both waiting
        a = _bulk_confirmed_registrations(world, [first.id], 1, [doctor.id])[0]
        b = _bulk_confirmed_registrations(world, [second.id], 1, [doctor.id])[0]
        cases.append((a, b))
    desks = _desks(pg_url, 2)
    try:
        for a, b in cases:
            results = _race(
                desks,
                [
                    lambda d, c=a: d.cases.approve(world.admin, c, 1),  # type: ignore[misc]
                    lambda d, c=b: d.cases.approve(world.admin, c, 1),  # type: ignore[misc]
                ],
            )
            assert sum(not isinstance(r, Exception) for r in results) == 1, results
    finally:
        for d in desks:
            d.close()
    with world.desk.db.read() as s:
        active = s.execute(
            select(m.Registration.physician_id, func.count())
            .where(m.Registration.status == "active")
            .group_by(m.Registration.physician_id)
        ).all()
    assert sorted(n for _, n in active) == [1] * 10
