"""desk.checklists: the paper materials each case kind needs, and a case's materials with what has arrived.

``materials(kind)`` lists the reference data (app/resources/reference/case_kinds.json). ``materials_for_case``
decides the conditional materials from the case itself: the training certificate when the qualification
is two years old or more without registration (or practice stopped two years ago or more), and, for a
change, the documents of what is changed (place, category, scopes).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app import models as m
from app.services import reference
from app.services.base import CHINA, Service
from app.services.cases import can_see
from app.services.enums import CaseKind, CaseStatus, RegistrationStatus
from app.services.errors import NotFound, ValidationError
from app.services.permissions import require_case
from app.services.types import Actor, CaseMaterial, Material

TRAINING_CONDITION = "取得医师资格后二年以上未注册，或中止医师执业活动二年以上"
"""The condition of the training (or assessment) certificate of a first registration."""
IDLE_YEARS = 2
_CHANGE_CONDITIONS = {"变更执业地点": "place", "变更执业类别": "category", "变更或加注执业范围": "scopes"}
_OPEN = (CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.CONFIRMED, CaseStatus.RETURNED)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class ChecklistService(Service):
    """desk.checklists: materials(kind), materials_for_case(actor, case_id), render_pdf(actor, case_id);
    ``case_materials(session, case, today)`` is the same list inside a transaction of another service."""

    def materials(self, kind: str) -> list[Material]:
        """The paper materials of a case kind, in the order of the form.

        Raises ValidationError (unknown kind).
        """
        items = reference.materials(str(kind))
        return [Material(x["name"], bool(x["required"]), x["condition"]) for x in items]

    def materials_for_case(self, actor: Actor, case_id: int) -> list[CaseMaterial]:
        """The materials this case needs, each with received / who ticked it / when.

        Conditional materials are decided from the case: needed (required=True), not needed (left out),
        or, when the desk cannot tell, listed with required=False and their condition.

        Raises ValidationError (bad id), NotFound (no such case) and PermissionDenied (not the actor's).
        """
        if isinstance(case_id, bool) or not isinstance(case_id, int) or case_id < 1:
            raise ValidationError(f"案件编号无效：「{case_id}」", "case_id")
        with self.read(actor, "checklists.materials_for_case") as tx:
            p = tx.principal
            case = tx.session.get(m.Case, case_id)
            if case is None or (case.status == CaseStatus.DRAFT and not can_see(p, case)):
                raise NotFound(f"案件不存在（编号 {case_id}）", "case_id")
            require_case(p, case)
            return case_materials(tx.session, case, tx.today)

    def render_pdf(self, actor: Actor, case_id: int, note: str = "") -> bytes:
        """The case's material checklist as a PDF, logged as a print (copy 2 on: 补打); app.services.paper.

        Raises ValidationError, NotFound, PermissionDenied.
        """
        from app.services.paper import PaperService  # paper builds on this module: import when called

        return PaperService(self.ctx).render_checklist(actor, case_id, note)


def case_materials(session: Session, case: m.Case, today: dt.date) -> list[CaseMaterial]:
    """The materials ``case`` needs, each with received / who ticked it / when, read inside the caller's
    transaction (no permission check: the caller has made it). The one place deciding a case's
    materials: desk.checklists.materials_for_case, desk.cases.materials and the printed checklist use it.

    Conditional materials are decided from the case: needed (required=True), not needed (left out unless
    ticked), or, when the desk cannot tell, listed with required=False and their condition.
    """
    checks = {
        c.material: c
        for c in session.scalars(select(m.MaterialCheck).where(m.MaterialCheck.case_id == case.id))
    }
    users = _user_names(session, [c.checked_by for c in checks.values()])
    ref_day = _reference_day(case, today)
    result: list[CaseMaterial] = []
    listed: set[str] = set()
    for item in reference.materials(case.kind):
        required, condition = bool(item["required"]), item["condition"]
        if condition:
            needed = _condition_applies(session, case, condition, ref_day)
            if needed is False and item["name"] not in checks:
                continue
            if needed:
                required, condition = True, None
        c = checks.get(item["name"])
        listed.add(item["name"])
        result.append(
            CaseMaterial(
                material=item["name"],
                required=required,
                received=bool(c and c.received),
                checked_by_name=users.get(c.checked_by, "") if c else "",
                checked_at=c.checked_at if c else None,
                condition=condition,
            )
        )
    for name, c in checks.items():  # a ticked material the reference list no longer names
        if name not in listed:
            result.append(CaseMaterial(name, False, bool(c.received), users.get(c.checked_by, ""),
                                       c.checked_at))
    return result


def _user_names(session: Session, ids: list[int | None]) -> dict[int | None, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return {
        u.id: u.display_name or u.username
        for u in session.scalars(select(m.UserAccount).where(m.UserAccount.id.in_(wanted)))
    }


def _reference_day(case: m.Case, today: dt.date) -> dt.date:
    """The day the case is judged on: when it was submitted (or created), today for a draft."""
    when = case.submitted_at or (case.created_at if case.status != CaseStatus.DRAFT else None)
    return when.astimezone(CHINA).date() if when else today


def _condition_applies(session: Session, case: m.Case, condition: str, day: dt.date) -> bool | None:
    """True (needed), False (not needed) or None (the desk cannot tell)."""
    if condition == TRAINING_CONDITION:
        return _idle_two_years(session, case, day)
    key = _CHANGE_CONDITIONS.get(condition)
    if key is not None and case.kind in (CaseKind.CHANGE, CaseKind.DIRECT_CHANGE):
        return _changes(session, case, key)
    return None


def _idle_two_years(session: Session, case: m.Case, day: dt.date) -> bool | None:
    """Qualified two years or more before ``day`` without a registration since, or practice stopped (filed
    or deregistered) two years or more before it with no registration in force."""
    if case.physician_id is None:
        return None
    cutoff = _add_years(day, -IDLE_YEARS)
    regs = [
        r
        for r in session.scalars(
            select(m.Registration).where(m.Registration.physician_id == case.physician_id)
        )
        if r.case_id != case.id and r.id != case.registration_id
    ]
    if any(r.status == RegistrationStatus.ACTIVE for r in regs):
        return False
    if regs:
        ends = [r.filed_on or r.ended_on for r in regs]
        if any(e is None for e in ends):
            return None
        return max(e for e in ends if e is not None) <= cutoff
    qual = _qualification_of(session, case)
    if qual is None or qual.issued_on is None:
        return None
    return qual.issued_on <= cutoff


def _qualification_of(session: Session, case: m.Case) -> m.Qualification | None:
    details: dict[str, Any] = case.details or {}
    qid = details.get("qualification_id")
    if isinstance(qid, int):
        q = session.get(m.Qualification, qid)
        if q is not None:
            return q
    quals = session.scalars(
        select(m.Qualification).where(m.Qualification.physician_id == case.physician_id)
    ).all()
    level, category = details.get("level"), details.get("category")
    matching = [
        q for q in quals if (not level or q.level == level) and (not category or q.category == category)
    ]
    pool = matching or list(quals)
    if not pool:
        return None
    # the newest qualification of the level applied for is the one registered with
    return max(pool, key=lambda q: (q.issued_on or dt.date.min, q.id))


def _changes(session: Session, case: m.Case, key: str) -> bool | None:
    """Whether an open change case changes ``key`` (place, category, scopes) of its registration."""
    if case.status not in _OPEN:
        return None  # decided: the registration already carries the new values
    details: dict[str, Any] = case.details or {}
    reg_id = details.get("registration_id")
    reg = session.get(m.Registration, reg_id) if isinstance(reg_id, int) else None
    if reg is None or key not in details:
        return None
    current: Any = list(reg.scopes or []) if key == "scopes" else getattr(reg, key)
    new: Any = list(details[key] or []) if key == "scopes" else details[key]
    return bool(new != current)
