"""The 20-working-day deadline: Chinese holidays and adjusted days, the commission's table, provisional
deadlines for unknown years, the pause while a case is returned, overdue cases."""

from __future__ import annotations

import datetime as dt

import pytest
from case_fixtures import World, case_templates, counts, db_url, world

from app.services.errors import PermissionDenied, ValidationError
from app.services.workdays import Period, WorkCalendar, decision_deadline

FIXTURES = (case_templates, db_url, world)  # pytest finds fixtures by their names in this module

D = dt.date


def test_holidays_and_adjusted_working_days_come_from_the_calendar_library() -> None:
    cal = WorkCalendar()
    assert not cal.is_workday(D(2026, 10, 1))  # National Day
    assert cal.is_workday(D(2026, 10, 10))  # a Saturday made a working day (调休)
    assert not cal.is_workday(D(2026, 10, 11))
    assert cal.year_known(2026) and not cal.year_known(2031)


def test_twenty_working_days_skip_the_national_day_holiday_and_count_the_adjusted_saturday() -> None:
    result = WorkCalendar().add_workdays(D(2026, 9, 28), 20)
    assert (result.day, result.provisional) == (D(2026, 10, 30), False)


def test_a_year_unknown_to_library_and_table_counts_weekdays_and_is_provisional() -> None:
    result = WorkCalendar().add_workdays(D(2031, 1, 6), 20)
    assert (result.day, result.provisional) == (D(2031, 2, 3), True)


def test_a_deadline_running_into_an_unknown_year_is_provisional() -> None:
    assert WorkCalendar().add_workdays(D(2026, 12, 20), 20).provisional
    assert not WorkCalendar().add_workdays(D(2026, 11, 24), 20).provisional


def test_the_commission_table_makes_a_year_known_and_overrides_the_library() -> None:
    cal = WorkCalendar(table={D(2031, 1, 7): False, D(2026, 12, 1): False})
    result = cal.add_workdays(D(2031, 1, 6), 20)
    assert (result.day, result.provisional) == (D(2031, 2, 4), False)
    assert cal.add_workdays(D(2026, 11, 24), 20).day == D(2026, 12, 23)  # library says 12-22


def test_days_used_before_a_return_are_subtracted_from_the_twenty() -> None:
    cal = WorkCalendar()
    deadline = decision_deadline(
        cal, [Period(D(2026, 11, 24), D(2026, 11, 27)), Period(D(2026, 12, 7), None)]
    )
    assert deadline is not None and deadline.day == D(2026, 12, 30)  # 3 used, 17 left from 12-07
    assert decision_deadline(cal, [Period(D(2026, 11, 24), D(2026, 11, 27))]) is None


# ---- through the service -------------------------------------------------------------------------


def _confirmed_case(world: World):  # type: ignore[no-untyped-def]
    hospital = world.hospital()
    doctor = world.doctor()
    case = world.confirmed(
        doctor, hospital, "first_registration", institution_id=hospital.id, scopes=["内科专业"]
    )
    return hospital, doctor, case


def test_confirmation_sets_the_deadline_twenty_working_days_after_receipt(world: World) -> None:
    _, _, case = _confirmed_case(world)  # confirmed on Tuesday 2026-11-24
    assert case.received_at == world.clock.now
    assert (case.deadline, case.deadline_provisional, case.overdue) == (D(2026, 12, 22), False, False)


def test_the_deadline_pauses_while_returned_and_continues_with_the_days_left(world: World) -> None:
    hospital, doctor, case = _confirmed_case(world)
    desk = world.desk
    world.travel(days=3)  # Friday 11-27: three working days used
    case = desk.cases.return_case(world.admin, case.id, case.version, "照片不合格", "请补交白底照片")
    assert case.status == "returned"
    world.travel(days=10)  # Monday 12-07: the physician corrects, the hospital confirms again
    case = desk.cases.resubmit(doctor.actor, case.id, case.version)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    assert case.deadline == D(2026, 12, 30)
    assert case.received_at == dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)  # first receipt is kept


def test_overdue_cases_are_findable(world: World) -> None:
    _, _, case = _confirmed_case(world)
    desk = world.desk
    assert desk.cases.overdue(world.admin).items == []
    world.travel(days=28)  # 2026-12-22 is the last day
    assert desk.cases.overdue(world.admin).items == []
    world.travel(days=1)
    late = desk.cases.overdue(world.admin)
    assert [c.id for c in late.items] == [case.id] and late.items[0].overdue
    assert desk.cases.get(world.admin, case.id).overdue
    assert [c.id for c in desk.cases.queue(world.admin, overdue=True).items] == [case.id]
    assert desk.cases.queue(world.admin, overdue=False).items == []


def test_editing_the_calendar_moves_open_deadlines_without_changing_versions(world: World) -> None:
    _, _, case = _confirmed_case(world)
    desk = world.desk
    assert desk.cases.set_calendar_day(world.admin, "2026-12-01", False, "地方假日") == 1
    moved = desk.cases.get(world.admin, case.id)
    assert (moved.deadline, moved.version) == (D(2026, 12, 23), case.version)
    assert [(d.day, d.is_workday, d.note) for d in desk.cases.calendar_days(world.admin, 2026)] == [
        (D(2026, 12, 1), False, "地方假日")
    ]
    assert desk.cases.set_calendar_day(world.admin, D(2026, 12, 1), None) == 1  # entry removed again
    assert desk.cases.get(world.admin, case.id).deadline == D(2026, 12, 22)


def test_a_provisional_deadline_becomes_firm_when_the_commission_enters_the_year(world: World) -> None:
    world.travel(days=27)  # Monday 2026-12-21
    _, _, case = _confirmed_case(world)
    assert case.deadline_provisional
    world.desk.cases.set_calendar_day(world.admin, D(2027, 1, 1), False, "元旦")
    firm = world.desk.cases.get(world.admin, case.id)
    assert not firm.deadline_provisional
    assert firm.deadline == D(2027, 1, 19)  # 12-22..12-31 = 8, then Jan 4..19 (1 January a holiday) = 12


def test_only_a_commission_administrator_edits_the_calendar(world: World) -> None:
    clerk = world.clerk("clerk1")
    before = counts(world.desk)
    with pytest.raises(PermissionDenied, match="管理员"):
        world.desk.cases.set_calendar_day(clerk, D(2027, 1, 1), False)
    with pytest.raises(ValidationError, match="日期"):
        world.desk.cases.set_calendar_day(world.admin, "2027-02-30", False)
    after = counts(world.desk)
    assert {t: after[t] - before[t] for t in after if after[t] != before[t]} == {"audit_events": 1}
