"""Short-term practice renewal (延期): a counter case that continues an active permit of the same person,
the new term starting the day after the old one ends and again within the kind's term limit."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from case_fixtures import World, counts, world
from sqlalchemy import select

from app import models as m
from app.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError

FIXTURES = (world,)  # pytest finds fixtures by their names in this module


def _permits(world: World, physician_id: int | None) -> list[m.ShortTermPermit]:
    with world.desk.db.read() as s:
        return list(
            s.scalars(
                select(m.ShortTermPermit)
                .where(m.ShortTermPermit.physician_id == physician_id)
                .order_by(m.ShortTermPermit.id)
            )
        )


def _hmt_permit(world: World, hospital: Any, start: str = "2026-12-01", end: str = "2027-11-30") -> Any:
    case = world.desk.counter.hmt_short_term(
        world.admin, name="林志明", id_number="12345678", gender="男", origin="台湾",
        institution_id=hospital.id, category="口腔", scopes=["口腔专业"], term_start=start, term_end=end,
    )
    return world.counter_approved(case)


def _foreign_permit(world: World, hospital: Any) -> Any:
    case = world.desk.counter.foreign_short_term(
        world.admin, name="John Smith", id_number="E1234567", gender="男", origin="英国",
        inviting_institution_id=hospital.id, category="临床", scopes=["外科专业"],
        term_start="2026-12-01", term_end="2027-06-30",
    )
    return world.counter_approved(case)


def test_a_renewal_continues_the_permit_from_the_day_after_it_ends(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    first = _hmt_permit(world, hospital)
    (old,) = _permits(world, first.physician_id)
    case = desk.counter.short_term_renewal(world.admin, old.id, term_end="2030-11-30", note="续聘")
    assert (case.kind, case.status, case.physician_id, case.institution_id) == (
        "hmt_short_term", "confirmed", first.physician_id, hospital.id)
    assert case.details["renews_permit_id"] == old.id
    assert (case.details["term_start"], case.details["term_end"]) == ("2027-12-01", "2030-11-30")
    assert (case.details["category"], case.details["scopes"], case.applicant_name) == (
        "口腔", ["口腔专业"], "林志明")
    approved = world.counter_approved(case)
    old_again, new = _permits(world, first.physician_id)
    assert (new.renews_permit_id, new.term_start, new.term_end, new.status) == (
        old.id, dt.date(2027, 12, 1), dt.date(2030, 11, 30), "active")
    assert new.permit_number == approved.registration_code and new.permit_number != old.permit_number
    assert old_again.status == "active"  # the old permit runs to its own end
    listed = {p.id: p for p in desk.counter.permits(world.admin, "林志明").items}
    assert listed[new.id].renews_permit_id == old.id and listed[new.id].holder_id_number == "12345678"


def test_a_renewal_is_held_to_the_term_limit_of_its_kind(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    hmt = _hmt_permit(world, hospital)
    (hmt_permit,) = _permits(world, hmt.physician_id)
    foreign = _foreign_permit(world, hospital)
    (foreign_permit,) = _permits(world, foreign.physician_id)
    before = counts(desk)
    with pytest.raises(ValidationError, match="期限不能超过3年：结束日期最迟为 2030-12-01") as too_long:
        desk.counter.short_term_renewal(world.admin, hmt_permit.id, term_end="2030-12-02")
    assert too_long.value.field == "term_end"
    with pytest.raises(ValidationError, match="期限不能超过1年：结束日期最迟为 2028-07-01"):
        desk.counter.short_term_renewal(world.admin, foreign_permit.id, term_end="2028-07-02")
    with pytest.raises(ValidationError, match="期限结束日期必须晚于开始日期"):
        desk.counter.short_term_renewal(world.admin, foreign_permit.id, term_end="2027-06-30")
    assert counts(desk) == before
    case = desk.counter.short_term_renewal(world.admin, foreign_permit.id, term_end="2028-06-30")
    assert (case.kind, case.details["term_start"], case.details["inviting_institution_id"]) == (
        "foreign_short_term", "2027-07-01", hospital.id)


def test_only_an_active_unexpired_permit_not_renewed_yet_can_be_renewed(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    first = _hmt_permit(world, hospital, start="2026-11-25", end="2026-12-31")
    (old,) = _permits(world, first.physician_id)
    renewal = world.counter_approved(
        desk.counter.short_term_renewal(world.admin, old.id, term_end="2027-12-31"))
    before = counts(desk)
    with pytest.raises(ValidationError, match="已延期") as twice:
        desk.counter.short_term_renewal(world.admin, old.id, term_end="2028-12-31")
    assert twice.value.field == "renews_permit_id"
    with pytest.raises(NotFound):
        desk.counter.short_term_renewal(world.admin, 999_999, term_end="2028-12-31")
    assert counts(desk) == before
    # expired: the person applies anew
    (_, newer) = _permits(world, renewal.physician_id)
    world.travel(days=800)
    with pytest.raises(ValidationError, match="已于 2027-12-31 期满，不能延期"):
        desk.counter.short_term_renewal(world.admin, newer.id, term_end="2030-01-01")


def test_a_renewal_filed_in_time_may_be_approved_after_the_old_term_ends(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    first = _hmt_permit(world, hospital, start="2026-11-25", end="2026-11-30")
    (old,) = _permits(world, first.physician_id)
    case = desk.counter.short_term_renewal(world.admin, old.id, term_end="2027-11-30")
    world.travel(days=10)
    approved = world.counter_approved(case)
    assert approved.status == "approved"


def test_a_corrected_renewal_is_still_only_for_the_holder_from_the_day_after(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    first = _hmt_permit(world, hospital)
    (old,) = _permits(world, first.physician_id)
    foreign = _foreign_permit(world, hospital)
    (foreign_permit,) = _permits(world, foreign.physician_id)
    case = desk.counter.short_term_renewal(world.admin, old.id, term_end="2029-11-30")
    case = desk.cases.return_case(world.admin, case.id, case.version, "materials_incomplete")
    before = counts(desk)
    with pytest.raises(ValidationError, match="延期的开始日期应为原许可期满的次日 2027-12-01") as start:
        desk.cases.resubmit(world.admin, case.id, case.version, term_start="2027-12-05")
    assert start.value.field == "term_start"
    with pytest.raises(ValidationError, match="延期只能由原许可的持有人林志明") as holder:
        desk.cases.resubmit(world.admin, case.id, case.version, name="陈大文")
    assert holder.value.field == "name"
    with pytest.raises(ValidationError, match="不能按「港澳台医师短期行医」延期"):
        desk.cases.resubmit(world.admin, case.id, case.version, renews_permit_id=foreign_permit.id)
    assert counts(desk) == before
    fixed = desk.cases.resubmit(world.admin, case.id, case.version, term_end="2030-11-30")
    assert (fixed.status, fixed.details["term_start"], fixed.details["term_end"]) == (
        "confirmed", "2027-12-01", "2030-11-30")


def test_one_open_renewal_at_a_time_and_only_inside_the_jurisdiction(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    first = _hmt_permit(world, hospital)
    (old,) = _permits(world, first.physician_id)
    desk.counter.short_term_renewal(world.admin, old.id, term_end="2028-11-30")
    with pytest.raises(ConflictError):
        desk.counter.short_term_renewal(world.admin, old.id, term_end="2028-11-30")
    outside = world.clerk("shenzhen", jurisdiction="440300")
    with pytest.raises(PermissionDenied):
        desk.counter.short_term_renewal(outside, old.id, term_end="2028-11-30")
    assert desk.counter.permits(outside).total == 0
    assert [p.id for p in desk.counter.permits(world.admin).items] == [old.id]
    with pytest.raises(PermissionDenied):
        desk.counter.permits(hospital.actor)
