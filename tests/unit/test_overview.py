"""desk.cases.overview: the commission's figures, checked against hand-made cases, and each figure equal to
the total of the list behind it (desk.cases.queue with the matching filters), scoped to the jurisdiction."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from case_fixtures import World, counts, resident_id, world

from app.services.contract import OPEN_STATUSES, Actor, CaseOverview, DayCount, InstitutionLoad
from app.services.errors import PermissionDenied, ValidationError

__all__ = ["world"]

FIRST = "first_registration"


def _build(world: World) -> dict[str, Any]:
    """Cases over five weeks (the clock starts on 2026-11-24, a Tuesday, and ends on 2026-12-30)."""
    desk = world.desk
    a = world.hospital("甲医院", "440106")
    b = world.hospital("乙医院", "440305")
    national = world.national()
    c = world.hospital("京医院", "110105", by=national)
    names = iter("赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨")

    def doctor() -> Any:
        return world.doctor(next(names) + "医生")

    # 2026-11-24: X confirmed at 甲 (its deadline 2026-12-22 will pass), Y approved at 乙 (outside the chart)
    x = world.confirmed(doctor(), a, FIRST, institution_id=a.id, scopes=["内科专业"])
    y = world.approved(doctor(), b, FIRST, institution_id=b.id, scopes=["内科专业"])
    elsewhere = world.confirmed(doctor(), c, FIRST, institution_id=c.id, scopes=["内科专业"])
    d = doctor()
    desk.cases.save_draft(d.actor, FIRST, d.id, institution_id=a.id, scopes=["内科专业"])  # never counted
    # 2026-12-26, a Saturday: a counter case approved (provincial, no institution)
    world.travel(days=32)
    walk_in = desk.counter.legacy_backfill(
        world.admin, name="周老先", id_number=resident_id("440106", dt.date(1950, 1, 1)),
        certificate_code="202644000000000000000000777", level="执业医师", category="中医",
        issued_on="1998-06-30",
    )
    walk_in = world.counter_approved(walk_in)
    # 2026-12-29: Z1 approved at 甲; S submitted at 乙 (waiting for the hospital)
    world.travel(days=3)
    z1 = world.approved(doctor(), a, FIRST, institution_id=a.id, scopes=["内科专业"])
    s = world.apply(doctor(), FIRST, institution_id=b.id, scopes=["内科专业"])
    # 2026-12-30: Z2, Z3 approved at 甲; N confirmed at 甲 (not overdue)
    world.travel(days=1)
    z2 = world.approved(doctor(), a, FIRST, institution_id=a.id, scopes=["内科专业"])
    z3 = world.approved(doctor(), a, FIRST, institution_id=a.id, scopes=["内科专业"])
    n = world.confirmed(doctor(), a, FIRST, institution_id=a.id, scopes=["内科专业"])
    return {"a": a, "b": b, "c": c, "x": x, "y": y, "elsewhere": elsewhere, "walk_in": walk_in,
            "z": [z1, z2, z3], "s": s, "n": n, "national": world.national()}


def _cells(ov: CaseOverview) -> dict[tuple[str, str], int]:
    return {(c.kind, c.status): c.count for c in ov.by_kind_status}


def _every_figure_is_its_list(desk: Any, actor: Actor, ov: CaseOverview) -> None:
    """Each figure equals the total of desk.cases.queue with the filters the window opens it with."""
    def total(**filters: Any) -> int:
        page = desk.cases.queue(actor, with_total=True, limit=1, **filters)
        return int(page.total)

    for cell in ov.by_kind_status:
        assert total(status=cell.status, kind=cell.kind) == cell.count, cell
    for k in ov.overdue_by_kind:
        assert total(status="confirmed", overdue=True, kind=k.kind) == k.count, k
    assert total(status="confirmed", overdue=True) == ov.overdue_total
    for day in ov.approvals:
        assert total(status="approved", decided_on=day.day) == day.count, day
    for inst in ov.institutions:
        assert total(institution_id=inst.institution_id, status=list(OPEN_STATUSES)) == inst.open_count
        assert total(institution_id=inst.institution_id, status="confirmed", overdue=True) \
            == inst.overdue_count


def test_the_provincial_overview_counts_its_province_by_kind_status_overdue_day_and_institution(
    world: World,
) -> None:
    made = _build(world)
    ov = world.desk.cases.overview(world.admin)
    assert ov.today == dt.date(2026, 12, 30)
    assert _cells(ov) == {
        (FIRST, "confirmed"): 2,  # X, N (京医院's case is another province's; the draft is never counted)
        (FIRST, "approved"): 4,  # Y, Z1–Z3
        (FIRST, "submitted"): 1,  # S
        ("legacy_backfill", "approved"): 1,
    }
    assert [(k.kind, k.count) for k in ov.overdue_by_kind] == [(FIRST, 1)] and ov.overdue_total == 1
    # the chart: 2026-12-01 … 2026-12-30, one bar per working day (22) and the Saturday with an approval
    assert ov.approvals_from == dt.date(2026, 12, 1)
    assert ov.workdays == 22 and not ov.calendar_provisional
    assert len(ov.approvals) == 23
    with_approvals = [d for d in ov.approvals if d.count]
    assert with_approvals == [
        DayCount(dt.date(2026, 12, 26), 1, False),
        DayCount(dt.date(2026, 12, 29), 1, True),
        DayCount(dt.date(2026, 12, 30), 2, True),
    ]
    assert ov.approvals_total == 4  # Y (2026-11-24) is older than the chart
    assert all(d.workday for d in ov.approvals if d.day != dt.date(2026, 12, 26))
    a, b = made["a"], made["b"]
    assert ov.institutions == [
        InstitutionLoad(a.id, "甲医院", 2, 1),  # X (overdue) and N
        InstitutionLoad(b.id, "乙医院", 1, 0),  # S
    ]
    _every_figure_is_its_list(world.desk, world.admin, ov)


def test_a_county_commission_sees_only_its_county_and_the_nation_sees_every_province(world: World) -> None:
    made = _build(world)
    county = world.clerk("tianhe", "440106", "天河区")
    ov = world.desk.cases.overview(county)
    assert _cells(ov) == {(FIRST, "confirmed"): 2, (FIRST, "approved"): 3}  # 甲医院's only
    assert ov.approvals_total == 3 and ov.overdue_total == 1
    assert [i.name for i in ov.institutions] == ["甲医院"]
    _every_figure_is_its_list(world.desk, county, ov)

    national = world.national()
    ov = world.desk.cases.overview(national)
    assert _cells(ov)[(FIRST, "confirmed")] == 3
    assert {i.name for i in ov.institutions} == {"甲医院", "乙医院", "京医院"}
    _every_figure_is_its_list(world.desk, national, ov)
    assert made["elsewhere"].institution_id == made["c"].id


def test_the_overview_is_the_commission_s_and_writes_nothing(world: World) -> None:
    hospital = world.hospital()
    doctor = world.doctor()
    before = counts(world.desk)
    with pytest.raises(PermissionDenied):
        world.desk.cases.overview(hospital.actor)
    with pytest.raises(PermissionDenied):
        world.desk.cases.overview(doctor.actor)
    ov = world.desk.cases.overview(world.admin)  # an empty province: every figure zero, the days still there
    assert (ov.by_kind_status, ov.overdue_by_kind, ov.institutions, ov.approvals_total) == ([], [], [], 0)
    assert ov.workdays == len(ov.approvals) > 0
    after = counts(world.desk)
    kept = set(before) - {"audit_events", "user_sessions"}  # refusals are audited; sessions are touched
    assert {k: after[k] for k in kept} == {k: before[k] for k in kept}


def test_the_queue_filters_by_institution_and_decision_day_and_refuses_bad_values(world: World) -> None:
    made = _build(world)
    desk, admin = world.desk, world.admin
    ids = {c.id for c in desk.cases.queue(admin, institution_id=made["a"].id, limit=50).items}
    assert ids == {made["x"].id, made["n"].id, *(z.id for z in made["z"])}
    day = desk.cases.queue(admin, decided_on=dt.date(2026, 12, 30), limit=50).items
    assert {c.id for c in day} == {made["z"][1].id, made["z"][2].id}
    with pytest.raises(ValidationError) as bad:
        desk.cases.queue(admin, institution_id=0)
    assert bad.value.field == "institution_id"
    with pytest.raises(ValidationError) as bad:
        desk.cases.queue(admin, decided_on="昨天")  # type: ignore[arg-type]
    assert bad.value.field == "decided_on"
    with pytest.raises(ValidationError) as bad:
        desk.cases.queue(admin, decided_on=dt.date(1, 1, 1))  # its China midnight is before year 1 in UTC
    assert bad.value.field == "decided_on"
