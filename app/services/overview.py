"""The commission's overview (``desk.cases.overview``): its jurisdiction's cases in a few GROUP BY statements.

Every figure is the total of a list ``desk.cases.queue`` gives with matching filters (see CaseOverview), so
a window can open the list behind any figure. Four aggregate statements, each on the cases the commission
may see (``permissions.case_clause``): kind × status, overdue by kind, approvals per China day of the last
``OVERVIEW_DAYS`` days (bucketed by comparisons with the days' UTC bounds, the same on SQLite and
PostgreSQL), and the institutions with the most overdue, then open, cases.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, and_, case, func, select

from app import models as m
from app.services import permissions
from app.services.base import CHINA, Tx
from app.services.contract import level_of
from app.services.enums import CaseStatus
from app.services.permissions import COMMISSION
from app.services.types import (
    OPEN_STATUSES,
    OVERVIEW_DAYS,
    OVERVIEW_INSTITUTIONS,
    CaseOverview,
    DayCount,
    InstitutionLoad,
    KindCount,
    KindStatusCount,
)
from app.services.workdays import WorkCalendar

S = CaseStatus


def day_start(day: dt.date) -> dt.datetime:
    """The UTC instant a China date begins (China keeps no daylight saving)."""
    return dt.datetime.combine(day, dt.time(), CHINA).astimezone(dt.UTC)


def _area_prefix(jurisdiction: str | None) -> list[ColumnElement[bool]]:
    """The province (and city) of a city or county commission, said outright beside case_clause: a case's
    codes are area_parts of its area, so this selects nothing more or less, and lets the indexes that
    start with province, city, jurisdiction (migration 0014) be scanned by their prefix at every level."""
    if not jurisdiction or level_of(jurisdiction) in ("nation", "province"):
        return []
    province, city, _county = permissions.area_parts(jurisdiction)
    return [m.Case.province == province, m.Case.city == city]


def case_overview(tx: Tx) -> CaseOverview:
    """The overview for the transaction's principal (a commission). Raises PermissionDenied."""
    p = tx.principal
    permissions.require_role(p, COMMISSION)
    session = tx.session
    today = tx.today
    scope = [*_area_prefix(p.jurisdiction), permissions.case_clause(p), m.Case.status != S.DRAFT]

    by_kind_status = [
        KindStatusCount(kind, status, count)
        for kind, status, count in session.execute(
            select(m.Case.kind, m.Case.status, func.count())
            .where(*scope)
            .group_by(m.Case.kind, m.Case.status)
            .order_by(m.Case.kind, m.Case.status)
        )
    ]

    overdue_by_kind = [
        KindCount(kind, count)
        for kind, count in session.execute(
            select(m.Case.kind, func.count())
            .where(*scope, m.Case.status == S.CONFIRMED, m.Case.deadline < today)
            .group_by(m.Case.kind)
            .order_by(m.Case.kind)
        )
    ]

    first = today - dt.timedelta(days=OVERVIEW_DAYS - 1)
    days = [first + dt.timedelta(days=i) for i in range(OVERVIEW_DAYS)]
    bounds = [day_start(d) for d in days] + [day_start(today + dt.timedelta(days=1))]
    # which day of the window each approval fell on: the first bound it is before (a subquery, so the
    # bucket's parameters are not repeated in GROUP BY, which PostgreSQL would refuse)
    bucket = case(*[(m.Case.decided_at < bounds[i + 1], i) for i in range(OVERVIEW_DAYS)]).label("bucket")
    decided = (
        select(bucket)
        .where(*scope, m.Case.status == S.APPROVED, m.Case.decided_at >= bounds[0],
               m.Case.decided_at < bounds[-1])
        .subquery()
    )
    per_day = {
        int(i): int(n)
        for i, n in session.execute(select(decided.c.bucket, func.count()).group_by(decided.c.bucket))
        if i is not None
    }
    calendar = WorkCalendar(session)
    approvals: list[DayCount] = []
    workdays = 0
    provisional = False
    for i, day in enumerate(days):
        working, known = calendar.day(day)
        provisional = provisional or (working and not known)
        workdays += working
        count = per_day.get(i, 0)
        if working or count:
            approvals.append(DayCount(day, count, working))

    overdue = func.sum(
        case((and_(m.Case.status == S.CONFIRMED, m.Case.deadline < today), 1), else_=0)
    ).label("overdue")
    opened = func.count().label("opened")
    loads = session.execute(
        select(m.Case.institution_id, opened, overdue)
        .where(*scope, m.Case.status.in_(OPEN_STATUSES), m.Case.institution_id.is_not(None))
        .group_by(m.Case.institution_id)
        .order_by(overdue.desc(), opened.desc(), m.Case.institution_id)
        .limit(OVERVIEW_INSTITUTIONS)
    ).all()
    names: dict[int, str] = {}
    if loads:
        ids = [r[0] for r in loads]
        names = {i: n for i, n in session.execute(
            select(m.Institution.id, m.Institution.name).where(m.Institution.id.in_(ids)))}
    institutions = [
        InstitutionLoad(int(iid), names.get(iid, ""), int(n_open), int(n_overdue or 0))
        for iid, n_open, n_overdue in loads
    ]

    return CaseOverview(
        today=today,
        by_kind_status=by_kind_status,
        overdue_by_kind=overdue_by_kind,
        overdue_total=sum(k.count for k in overdue_by_kind),
        approvals_from=first,
        approvals=approvals,
        approvals_total=sum(per_day.values()),
        workdays=workdays,
        calendar_provisional=provisional,
        institutions=institutions,
    )
