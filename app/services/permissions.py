"""The one place that decides who may see and change what.

Institutions see their own physicians and the cases involving them; commissions see their jurisdiction
(province / city / county by area code, "000000" the nation); physicians see only themselves.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from sqlalchemy import (
    ColumnElement,
    CompoundSelect,
    SQLColumnExpression,
    exists,
    false,
    literal_column,
    or_,
    select,
    true,
    union,
)
from sqlalchemy.orm import Session

from app import models as m
from app.services.contract import covers as covers  # re-exported (pure, shared with views)
from app.services.contract import level_of as level_of
from app.services.errors import PermissionDenied

NATIONAL = "000000"
PHYSICIAN = "physician"
INSTITUTION = "institution"
COMMISSION = "commission"
ROLE_LABELS = {PHYSICIAN: "医师", INSTITUTION: "医疗机构", COMMISSION: "卫生健康委"}


@dataclass(frozen=True)
class Principal:
    """The caller as the database knows them (resolved from the session token on every call)."""

    user_id: int
    username: str
    role: str
    institution_id: int | None
    physician_id: int | None
    jurisdiction: str | None
    name: str
    is_admin: bool
    activated: bool = True
    must_change_password: bool = False

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    @property
    def may_act(self) -> bool:
        """False for a physician whose account is not activated and for anyone who must change the
        initial password first: such a caller may sign in, change the password and activate, nothing else."""
        if self.must_change_password:
            return False
        return self.activated or self.role != PHYSICIAN

    @classmethod
    def of(cls, user: m.UserAccount) -> Principal:
        """The principal of an account row."""
        return cls(user.id, user.username, user.role, user.institution_id, user.physician_id,
                   user.jurisdiction, user.display_name, user.is_admin, user.activated,
                   user.must_change_password)


#: Clauses are immutable: a principal's are built once and reused by every statement of its calls (a
#: listing's permission clause then costs no construction per call).
_per_principal = functools.lru_cache(maxsize=1024)


def area_parts(area: str) -> tuple[str, str, str]:
    """(province, city, county) codes of a 6-digit area code: 440106 → 440000, 440100, 440106."""
    return area[:2] + "0000", area[:4] + "00", area


def _area_clause(jurisdiction: str, county: SQLColumnExpression[str], city: SQLColumnExpression[str],
                 province: SQLColumnExpression[str]) -> ColumnElement[bool]:
    level = level_of(jurisdiction)
    if level == "nation":
        return true()
    if level == "province":
        return province == jurisdiction
    if level == "city":
        return city == jurisdiction
    return county == jurisdiction


def deny(
    message: str = "您无权查看或办理此项业务", field: str | None = None, **extra: str
) -> PermissionDenied:
    """A PermissionDenied; ``reason="role"`` marks a refusal because of who the caller is (role, admin,
    not activated, must change password) rather than which object they asked for."""
    return PermissionDenied(message, field, **extra)


NOT_ACTIVATED = "您的医师账户尚未激活：请先用医师资格证书编码、准考证号或执业机构发放的激活码激活账户"
MUST_CHANGE_PASSWORD = "请先修改初始密码，再办理业务"


def require_may_act(p: Principal) -> None:
    """Refuse a physician not yet activated and anyone who must first change the initial password."""
    if p.must_change_password:
        raise deny(MUST_CHANGE_PASSWORD, reason="role")
    if not p.may_act:
        raise deny(NOT_ACTIVATED, reason="role")


# ---- roles ---------------------------------------------------------------------------------------

def require_role(p: Principal, *roles: str) -> None:
    """Refuse callers of other roles, physicians not yet activated and accounts that must change the
    initial password first (all with ``reason="role"``)."""
    if p.role not in roles:
        labels = "、".join(ROLE_LABELS[r] for r in roles)
        raise deny(f"此项业务只能由{labels}用户办理，当前用户为{p.role_label}用户", reason="role")
    require_may_act(p)


def require_commission_admin(p: Principal) -> None:
    require_role(p, COMMISSION)
    if not p.is_admin:
        raise deny("此项业务只能由卫生健康委管理员办理", reason="role")


# ---- cases -----------------------------------------------------------------------------------------

#: Who decides a registration of each practice level: 执业医师 register with the provincial commission
#: (or a city commission it delegated to), 执业助理医师 with the county-level one (DOMAIN.md).
LEVEL_DECIDED_AT = {"执业医师": frozenset({"nation", "province", "city"})}


def may_decide_level(p: Principal, level: str | None) -> bool:
    """Whether a commission user may approve or refuse a registration of ``level``: a county-level
    commission decides 执业助理医师 registrations only; province, city and nation decide both (a
    province may supervise). ``None`` (a kind not about a level) is anyone's."""
    allowed = LEVEL_DECIDED_AT.get(level or "")
    return allowed is None or level_of(p.jurisdiction or "") in allowed


def require_decider(p: Principal, level: str | None, case_number: str) -> None:
    """Refuse (``reason="role"``) a commission user whose level may not decide a registration of ``level``."""
    if not may_decide_level(p, level):
        raise deny(
            f"执业医师注册由省级或设区的市级卫生健康委审批，县级卫生健康委只能审批执业助理医师注册："
            f"案件 {case_number} 请报市级或省级卫生健康委办理",
            reason="role",
        )


@_per_principal
def case_clause(p: Principal) -> ColumnElement[bool]:
    """WHERE clause on ``m.Case`` limiting a listing to the cases the principal may see."""
    if not p.may_act:
        return false()
    if p.role == COMMISSION and p.jurisdiction:
        return _area_clause(p.jurisdiction, m.Case.jurisdiction, m.Case.city, m.Case.province)
    if p.role == INSTITUTION and p.institution_id is not None:
        return m.Case.institution_id == p.institution_id
    if p.role == PHYSICIAN and p.physician_id is not None:
        return m.Case.physician_id == p.physician_id
    return false()


def can_read_case(p: Principal, case: m.Case) -> bool:
    if not p.may_act:
        return False
    if p.role == COMMISSION:
        return covers(p.jurisdiction, case.jurisdiction)
    if p.role == INSTITUTION:
        return p.institution_id is not None and case.institution_id == p.institution_id
    if p.role == PHYSICIAN:
        return p.physician_id is not None and case.physician_id == p.physician_id
    return False


def require_case(p: Principal, case: m.Case) -> None:
    if not can_read_case(p, case):
        raise deny("您无权查看或办理该案件")  # never the number of a case one may not see


# ---- physicians ---------------------------------------------------------------------------------

def institution_physician_clause(institution_id: int) -> ColumnElement[bool]:
    """Physicians registered with (main), filed with (additional) or applying to an institution."""
    return or_(
        exists().where(
            m.Registration.physician_id == m.Physician.id,
            m.Registration.main_institution_id == institution_id,
            m.Registration.status.in_(("active", "filed")),
        ),
        exists().where(
            m.Filing.physician_id == m.Physician.id,
            m.Filing.institution_id == institution_id,
            m.Filing.status == "active",
        ),
        exists().where(
            m.Case.physician_id == m.Physician.id,
            m.Case.institution_id == institution_id,
        ),
    )


def institution_physician_ids(institution_id: int) -> CompoundSelect[int]:
    """The ids ``institution_physician_clause`` admits, as one UNION driven by the institution's indexes.

    Same set as the clause; a listing uses ``m.Physician.id.in_(…)`` so the database starts from the
    institution's few thousand rows instead of testing every physician. Keep the two in step.
    """
    return union(
        select(m.Registration.physician_id).where(
            m.Registration.main_institution_id == institution_id,
            m.Registration.status.in_(("active", "filed")),
        ),
        select(m.Filing.physician_id).where(
            m.Filing.institution_id == institution_id, m.Filing.status == "active"
        ),
        select(m.Case.physician_id).where(
            m.Case.institution_id == institution_id, m.Case.physician_id.is_not(None)
        ),
    )


def registration_area_clause(jurisdiction: str) -> ColumnElement[bool]:
    """WHERE clause on ``m.Registration`` for registrations in a commission's area.

    Province: the registration's province. City and county: the place (a 执业助理医师's county) or the main
    institution's area — a 执业医师's place is the whole province, so the institution decides where it is.
    """
    level = level_of(jurisdiction)
    if level == "nation":
        return true()
    if level == "province":
        return m.Registration.province == jurisdiction
    prefix = jurisdiction[:4] if level == "city" else jurisdiction
    inst_area = (
        m.Institution.jurisdiction.startswith(prefix)
        if level == "city"
        else m.Institution.jurisdiction == prefix
    )
    place = m.Registration.place.startswith(prefix) if level == "city" else m.Registration.place == prefix
    return or_(place, exists().where(m.Institution.id == m.Registration.main_institution_id, inst_area))


def commission_physician_clause(jurisdiction: str) -> ColumnElement[bool]:
    """Physicians with a registration, an application or a qualification record in the jurisdiction."""
    level = level_of(jurisdiction)
    if level == "nation":
        return true()
    place = registration_area_clause(jurisdiction)
    return or_(
        exists().where(m.Registration.physician_id == m.Physician.id, place),
        exists().where(
            m.Case.physician_id == m.Physician.id,
            _area_clause(jurisdiction, m.Case.jurisdiction, m.Case.city, m.Case.province),
        ),
        # a physician with no registration anywhere yet (fresh from the exam list) is visible to
        # the commission of the province of their resident ID
        m.Physician.id_number.startswith(jurisdiction[:2]) if level == "province" else false(),
    )


def _probe(model: type[m.Base], *conds: ColumnElement[bool]) -> ColumnElement[bool]:
    """EXISTS evaluated row by row: OFFSET 0 keeps PostgreSQL from hashing the whole subquery result
    (which costs the full jurisdiction's rows on every page of a LIMIT 50 listing)."""
    return select(literal_column("1")).select_from(model).where(*conds).offset(literal_column("0")).exists()


def commission_physician_probe(jurisdiction: str) -> ColumnElement[bool]:
    """``commission_physician_clause`` shaped for a listing that walks physicians in name order and stops
    after a page: the same set, the cheap resident-ID test first, then per-row index probes."""
    level = level_of(jurisdiction)
    if level == "nation":
        return true()
    place = registration_area_clause(jurisdiction)
    arms: list[ColumnElement[bool]] = []
    if level == "province":
        arms.append(m.Physician.id_number.startswith(jurisdiction[:2]))
    arms.append(_probe(m.Registration, m.Registration.physician_id == m.Physician.id, place))
    arms.append(_probe(
        m.Case, m.Case.physician_id == m.Physician.id,
        _area_clause(jurisdiction, m.Case.jurisdiction, m.Case.city, m.Case.province),
    ))
    return or_(*arms)


def commission_area(p: Principal) -> str | None:
    """The area code whose ``jurisdiction_members`` rows are exactly the physicians ``physician_clause``
    admits for ``p`` (a commission of a province, city or county: its jurisdiction), else None (the nation
    sees everyone; other roles are not served by the table). The table is an index of
    ``commission_physician_clause``, kept by triggers (app.jurisdiction_membership): keep the two in step."""
    if p.may_act and p.role == COMMISSION and p.jurisdiction and level_of(p.jurisdiction) != "nation":
        return p.jurisdiction
    return None


@_per_principal
def physician_listing_clause(p: Principal) -> ColumnElement[bool]:
    """``physician_clause`` for listings sorted by name (the roster): the same set, shaped so the database
    drives an institution's list from its own rows and walks a commission's in name order. Keep in step."""
    if not p.may_act:
        return false()
    if p.role == INSTITUTION and p.institution_id is not None:
        return m.Physician.id.in_(institution_physician_ids(p.institution_id))
    if p.role == COMMISSION and p.jurisdiction:
        return commission_physician_probe(p.jurisdiction)
    return physician_clause(p)


@_per_principal
def physician_clause(p: Principal) -> ColumnElement[bool]:
    """WHERE clause on ``m.Physician`` limiting a listing to the physicians the principal may see."""
    if not p.may_act:
        return false()
    if p.role == COMMISSION and p.jurisdiction:
        return commission_physician_clause(p.jurisdiction)
    if p.role == INSTITUTION and p.institution_id is not None:
        return institution_physician_clause(p.institution_id)
    if p.role == PHYSICIAN and p.physician_id is not None:
        return m.Physician.id == p.physician_id
    return false()


def can_read_physician(session: Session, p: Principal, physician_id: int) -> bool:
    if not p.may_act:
        return False
    if p.role == PHYSICIAN:
        return p.physician_id == physician_id
    query = select(m.Physician.id).where(m.Physician.id == physician_id, physician_clause(p))
    return session.scalar(query) is not None


def require_physician(session: Session, p: Principal, physician_id: int) -> None:
    if not can_read_physician(session, p, physician_id):
        raise deny("您无权查看或办理该医师的信息", "physician_id")


@_per_principal
def registration_clause(p: Principal) -> ColumnElement[bool]:
    """WHERE clause on ``m.Registration``: an institution's own (as main institution), a commission's area
    (the registration's province, or its place or main institution's area below province level), a
    physician's own."""
    if not p.may_act:
        return false()
    if p.role == COMMISSION and p.jurisdiction:
        return registration_area_clause(p.jurisdiction)
    if p.role == INSTITUTION and p.institution_id is not None:
        return m.Registration.main_institution_id == p.institution_id
    if p.role == PHYSICIAN and p.physician_id is not None:
        return m.Registration.physician_id == p.physician_id
    return false()


# ---- institutions ------------------------------------------------------------------------------

def institution_clause(p: Principal) -> ColumnElement[bool]:
    """WHERE clause on ``m.Institution``: a commission's jurisdiction, an institution itself, else nothing."""
    if not p.may_act:
        return false()
    if p.role == COMMISSION and p.jurisdiction:
        level = level_of(p.jurisdiction)
        if level == "nation":
            return true()
        if level == "province":
            return m.Institution.jurisdiction.startswith(p.jurisdiction[:2])
        if level == "city":
            return m.Institution.jurisdiction.startswith(p.jurisdiction[:4])
        return m.Institution.jurisdiction == p.jurisdiction
    if p.role == INSTITUTION and p.institution_id is not None:
        return m.Institution.id == p.institution_id
    return false()


def can_read_institution(p: Principal, institution: m.Institution) -> bool:
    if not p.may_act:
        return False
    if p.role == COMMISSION:
        return covers(p.jurisdiction, institution.jurisdiction)
    if p.role == INSTITUTION:
        return p.institution_id == institution.id
    return False


def require_institution(p: Principal, institution: m.Institution) -> None:
    if not can_read_institution(p, institution):
        raise deny(f"您无权查看或管理机构“{institution.name}”", "institution_id")
