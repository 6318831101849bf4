"""Departures as rules: the 30-day reporting rule recorded on the case when it is filed, the commission's
lists of overdue and late reports per institution, and the 2-year candidates of the non-registered pool."""

from __future__ import annotations

import datetime as dt

import pytest
from case_fixtures import World, counts, world

from app.services.errors import PermissionDenied, ValidationError

FIXTURES = (world,)  # pytest finds fixtures by their names in this module


def _days(n: int, today: dt.date) -> str:
    return (today - dt.timedelta(days=n)).isoformat()


def test_a_departure_filed_within_30_days_is_on_time_and_one_filed_later_is_recorded_late(
    world: World,
) -> None:
    desk = world.desk
    today = desk.today()
    hospital = world.hospital()
    on_time, late = world.doctor(), world.doctor()
    world.registered(on_time, hospital)
    world.registered(late, hospital)
    ok = desk.cases.submit(
        hospital.actor, "institution_filing", on_time.id, reason="调离", effective_date=_days(30, today)
    )
    assert (ok.report_due, ok.report_late_days) == (today, 0)  # the 30th day is still in time
    filed = desk.cases.submit(
        hospital.actor, "institution_filing", late.id, reason="退休", effective_date=_days(45, today)
    )
    assert (filed.report_due, filed.report_late_days) == (today - dt.timedelta(days=15), 15)
    # the history keeps it: the filing event says by how much the report was late
    (event,) = desk.cases.timeline(world.admin, filed.id)
    assert event.data["report_late_days"] == 15
    assert event.data["report_due"] == (today - dt.timedelta(days=15)).isoformat()
    assert desk.cases.detail(world.admin, filed.id).case.report_late_days == 15
    # approving it does not change what was recorded at filing
    approved = desk.cases.approve(world.admin, filed.id, filed.version)
    assert approved.report_late_days == 15
    page = desk.roster.departures(world.admin, "late")
    assert [(r.number, r.late_days, r.name) for r in page.items] == [(filed.number, 15, late.name)]
    assert page.total == 1


def test_a_report_without_a_departure_day_counts_from_the_day_it_is_filed(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    doctor = world.doctor()
    world.registered(doctor, hospital)
    case = desk.cases.submit(hospital.actor, "institution_filing", doctor.id, reason="退职")
    assert (case.report_due, case.report_late_days) == (desk.today() + dt.timedelta(days=30), 0)


def test_a_deregistration_ground_must_also_be_reported_within_30_days_of_knowing(world: World) -> None:
    desk = world.desk
    today = desk.today()
    hospital = world.hospital()
    doctor = world.doctor()
    world.registered(doctor, hospital)
    case = desk.cases.submit(
        hospital.actor, "institution_deregistration", doctor.id, reason="死亡或者被宣告失踪",
        effective_date=_days(40, today),
    )
    assert case.report_late_days == 10
    # a kind without the rule carries no clock
    other = world.doctor()
    world.registered(other, hospital)
    own = world.apply(other, "deregistration", reason="本人主动申请")
    assert (own.report_due, own.report_late_days) == (None, None)


def test_a_corrected_departure_day_moves_the_clock_but_not_the_filing_day(world: World) -> None:
    desk = world.desk
    today = desk.today()
    hospital = world.hospital()
    doctor = world.doctor()
    world.registered(doctor, hospital)
    case = desk.cases.submit(
        hospital.actor, "institution_filing", doctor.id, reason="调离", effective_date=_days(5, today)
    )
    assert case.report_late_days == 0
    returned = desk.cases.return_case(world.admin, case.id, case.version, "materials_incomplete")
    world.travel(days=3)
    corrected = desk.cases.resubmit(
        hospital.actor, returned.id, returned.version, effective_date=_days(40, today)
    )
    # the report was filed on the first day: 40 days after the departure, 10 late (not 13)
    assert corrected.report_late_days == 10
    assert corrected.report_due == today - dt.timedelta(days=10)


def test_the_commission_sees_reports_still_not_filed_30_days_after_the_departure(world: World) -> None:
    desk = world.desk
    today = desk.today()
    hospital, other_hospital = world.hospital(), world.hospital()
    first, second = world.doctor(), world.doctor()
    world.registered(first, hospital)
    world.registered(second, other_hospital)
    waiting = desk.cases.submit(
        hospital.actor, "institution_filing", first.id, reason="调离", effective_date=_days(25, today)
    )
    done = desk.cases.submit(
        other_hospital.actor, "institution_filing", second.id, reason="调离", effective_date=_days(25, today)
    )
    desk.cases.approve(world.admin, done.id, done.version)
    assert desk.roster.departures(world.admin, "overdue").total == 0
    world.travel(days=8)  # 33 days after the departure: the first is still waiting at the commission
    page = desk.roster.departures(world.admin, "overdue")
    assert [(r.number, r.overdue_days, r.institution_name, r.late_days) for r in page.items] == [
        (waiting.number, 3, hospital.name, 0)
    ]
    assert page.items[0].filed_on == today and page.items[0].effective_date == today - dt.timedelta(days=25)
    # per institution: the filter keeps one institution's reports
    assert desk.roster.departures(world.admin, "overdue", institution_id=other_hospital.id).total == 0
    assert desk.roster.departures(world.admin, "overdue", institution_id=hospital.id).total == 1
    # the institution sees its own, not the other's
    assert desk.roster.departures(hospital.actor, "overdue").total == 1
    assert desk.roster.departures(other_hospital.actor, "overdue").total == 0
    # once decided it is filed and leaves the list
    current = desk.cases.get(world.admin, waiting.id)
    desk.cases.approve(world.admin, current.id, current.version)
    assert desk.roster.departures(world.admin, "overdue").total == 0


def test_departure_lists_stay_inside_the_jurisdiction_and_refuse_physicians(world: World) -> None:
    desk = world.desk
    today = desk.today()
    hospital = world.hospital(jurisdiction="440106")
    doctor = world.doctor()
    world.registered(doctor, hospital)
    desk.cases.submit(
        hospital.actor, "institution_filing", doctor.id, reason="调离", effective_date=_days(50, today)
    )
    county = world.clerk("panyu", jurisdiction="440113")
    assert desk.roster.departures(county, "late").total == 0
    city = world.clerk("gzcity", jurisdiction="440100")
    assert desk.roster.departures(city, "late").total == 1
    with pytest.raises(PermissionDenied):
        desk.roster.departures(doctor.actor, "late")
    before = counts(desk)
    with pytest.raises(ValidationError) as bad:
        desk.roster.departures(world.admin, "everything")
    assert bad.value.field == "which"
    with pytest.raises(ValidationError):
        desk.roster.departures(world.admin, "late", institution_id=0)
    assert counts(desk) == before


def test_physicians_two_years_in_the_pool_are_listed_for_deregistration_per_institution(world: World) -> None:
    desk = world.desk
    today = desk.today()
    hospital, other_hospital = world.hospital(), world.hospital()
    old, recent, elsewhere = world.doctor(), world.doctor(), world.doctor()
    for doctor, at, when in ((old, hospital, 800), (recent, hospital, 300), (elsewhere, other_hospital, 731)):
        world.registered(doctor, at)
        case = desk.cases.submit(
            at.actor, "institution_filing", doctor.id, reason="退休", effective_date=_days(when, today)
        )
        desk.cases.approve(world.admin, case.id, case.version)
    page = desk.roster.deregistration_candidates(world.admin)
    assert [(e.name, e.institution_name) for e in page.items] == [
        (old.name, hospital.name), (elsewhere.name, other_hospital.name)
    ]
    assert page.total == 2 and all(e.days_left is not None and e.days_left <= 0 for e in page.items)
    only = desk.roster.deregistration_candidates(world.admin, institution_id=other_hospital.id)
    assert [e.name for e in only.items] == [elsewhere.name]
    paged = desk.roster.deregistration_candidates(world.admin, offset=1, limit=1)
    assert [e.name for e in paged.items] == [elsewhere.name] and paged.total == 2
    # a deregistration started from the list shows on the line until it is decided
    assert page.items[0].open_deregistration is None
    case = desk.counter.direct_deregistration(
        world.admin, old.id, reason="practice_suspended_2y", registration_id=page.items[0].registration_id
    )
    again = desk.roster.deregistration_candidates(world.admin)
    assert again.items[0].open_deregistration == case.number
    world.counter_approved(case)
    assert [e.name for e in desk.roster.deregistration_candidates(world.admin).items] == [elsewhere.name]
    with pytest.raises(PermissionDenied):
        desk.roster.deregistration_candidates(old.actor)


def test_the_summary_counts_each_institutions_overdue_late_and_two_year_physicians(world: World) -> None:
    desk = world.desk
    today = desk.today()
    busy, quiet, clean = world.hospital("甲医院"), world.hospital("乙医院"), world.hospital("丙医院")
    doctors = [world.doctor() for _ in range(4)]
    for doctor, at in zip(doctors, (busy, busy, busy, quiet), strict=True):
        world.registered(doctor, at)
    world.registered(world.doctor(), clean)  # no departure at all: not listed
    # busy: one report late and still waiting (late + overdue), one filed 800 days ago (late + candidate)
    desk.cases.submit(busy.actor, "institution_filing", doctors[0].id, reason="调离",
                      effective_date=_days(45, today))
    old = desk.cases.submit(busy.actor, "institution_filing", doctors[1].id, reason="退休",
                            effective_date=_days(800, today))
    desk.cases.approve(world.admin, old.id, old.version)
    desk.cases.submit(busy.actor, "institution_filing", doctors[2].id, reason="退职",
                      effective_date=_days(3, today))  # on time, not overdue
    # quiet: one report on time, overdue only after the clock moves
    desk.cases.submit(quiet.actor, "institution_filing", doctors[3].id, reason="调离",
                      effective_date=_days(29, today))
    page = desk.roster.departure_summary(world.admin)
    assert [(r.institution_name, r.overdue, r.late, r.candidates) for r in page.items] == [
        ("甲医院", 1, 2, 1)
    ]
    world.travel(days=2)
    page = desk.roster.departure_summary(world.admin)
    assert [(r.institution_name, r.overdue, r.late, r.candidates) for r in page.items] == [
        ("甲医院", 1, 2, 1), ("乙医院", 1, 0, 0)
    ]
    assert desk.roster.departure_summary(world.admin, offset=1, limit=1).items[0].institution_name == "乙医院"
    assert [r.institution_name for r in desk.roster.departure_summary(quiet.actor).items] == ["乙医院"]
    with pytest.raises(PermissionDenied):
        desk.roster.departure_summary(doctors[0].actor)
