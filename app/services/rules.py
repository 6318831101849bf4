"""Per-kind rules of the case engine: which details each kind takes, what must hold, what approval does.

``prepare`` checks and normalises the details of a case when it is started, resubmitted and once more
when it is approved (the world may have changed in between); ``apply`` makes the approved case's
effect on the registrations, filings, qualifications and permits. Each rule of DOMAIN.md lives in one
function here; the state machine (who moves a case from which status to which) lives in cases.py.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Integer,
    Table,
    Update,
    and_,
    bindparam,
    cast,
    insert,
    literal_column,
    null,
    or_,
    select,
    union_all,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from app import models as m
from app.models.base import utcnow
from app.services import reference, search, validation
from app.services.codes import next_registration_code, practice_certificate_number_for
from app.services.contract import FIELD_LABELS as FIELD_LABELS  # re-exported: rules.FIELD_LABELS
from app.services.contract import HMT_ORIGINS as HMT_ORIGINS
from app.services.contract import ID_TYPES as ID_TYPES
from app.services.contract import REGISTERING_KINDS as REGISTERING_KINDS
from app.services.contract import REPORT_DAYS as REPORT_DAYS  # the 30-day rule (the windows show it)
from app.services.enums import (
    COUNTER_KINDS,
    INSTITUTION_KINDS,
    CaseKind,
    CaseStatus,
    Level,
    QualificationSource,
    RegistrationStatus,
)
from app.services.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.services.permissions import NATIONAL, Principal, area_parts, can_read_case

K = CaseKind
OPEN_STATUSES: tuple[str, ...] = (
    CaseStatus.DRAFT,
    CaseStatus.SUBMITTED,
    CaseStatus.CONFIRMED,
    CaseStatus.RETURNED,
)
#: Kinds whose decision is about a registration of a practice level: 执业医师 ones are decided by a
#: provincial or (delegated) city commission, 执业助理医师 ones also by a county commission.
LEVEL_DECIDED_KINDS = REGISTERING_KINDS | {K.CHANGE, K.DIRECT_CHANGE}
#: Kinds whose refusal is a refusal to register (不予注册): only the legal grounds may be given.
REFUSED_AS_REGISTRATION = REGISTERING_KINDS | {K.HMT_SHORT_TERM, K.FOREIGN_SHORT_TERM}
#: Kinds whose applicant is a person not necessarily on record yet (identified by the details).
WALK_IN_KINDS = frozenset({K.LEGACY_BACKFILL, K.HMT_RECOGNITION, K.HMT_SHORT_TERM, K.FOREIGN_SHORT_TERM})

REPORTED_KINDS = frozenset({K.INSTITUTION_FILING, K.INSTITUTION_DEREGISTRATION})

_DOC_RE = re.compile(r"[A-Z0-9]{5,20}")
_NOTE_MAX = 500

_REGISTRATION = frozenset({"institution_id", "level", "category", "scopes", "place"})
_IDENTITY = frozenset({"name", "id_number", "id_type", "gender", "birth_date"})
FIELDS: dict[str, frozenset[str]] = {
    K.FIRST_REGISTRATION: _REGISTRATION,
    K.MILITARY_TO_LOCAL: _REGISTRATION,
    K.DIRECT_REGISTRATION: _REGISTRATION,
    K.ASSISTANT_UPGRADE: frozenset({"registration_id", "institution_id", "category", "scopes"}),
    K.LOCAL_TO_MILITARY: frozenset({"registration_id", "effective_date"}),
    K.CHANGE: frozenset({"registration_id", "institution_id", "category", "scopes", "place"}),
    K.DIRECT_CHANGE: frozenset({"registration_id", "institution_id", "category", "scopes", "place"}),
    K.DEREGISTRATION: frozenset({"registration_id", "reason", "effective_date"}),
    K.INSTITUTION_DEREGISTRATION: frozenset({"registration_id", "reason", "effective_date"}),
    K.DIRECT_DEREGISTRATION: frozenset({"registration_id", "reason", "effective_date"}),
    K.MULTI_SITE_FILING: frozenset({"registration_id", "institution_id", "effective_date"}),
    K.MULTI_SITE_CANCEL: frozenset({"registration_id", "institution_id", "effective_date"}),
    K.MULTI_SITE_WITHDRAW: frozenset({"registration_id", "effective_date"}),
    K.INSTITUTION_FILING: frozenset({"registration_id", "reason", "effective_date"}),
    K.LEGACY_BACKFILL: _IDENTITY | {"certificate_code", "level", "category", "issued_on"},
    K.HMT_RECOGNITION: _IDENTITY | {"origin", "certificate_code", "level", "category", "issued_on"},
    K.HMT_SHORT_TERM: _IDENTITY
    | {"origin", "institution_id", "category", "scopes", "term_start", "term_end", "renews_permit_id"},
    K.FOREIGN_SHORT_TERM: _IDENTITY
    | {"origin", "inviting_institution_id", "institution_id", "category", "scopes", "term_start", "term_end",
       "renews_permit_id"},
}


def report_clock(kind: str, details: dict[str, Any], filed_on: dt.date) -> tuple[dt.date | None, int | None]:
    """The 30-day reporting rule of an institution's departure or deregistration report filed on
    ``filed_on``: (the day it was due, days late — 0 when on time); (None, None) for other kinds.

    The clock starts on the case's effective_date (the day the physician left, or the institution learnt
    of the deregistration ground); a report without one is taken as made on the day itself."""
    if kind not in REPORTED_KINDS:
        return None, None
    raw = details.get("effective_date")
    start = dt.date.fromisoformat(raw) if isinstance(raw, str) and raw else filed_on
    due = start + dt.timedelta(days=REPORT_DAYS)
    return due, max((filed_on - due).days, 0)


@dataclass
class RuleContext:
    """What the rules may look at: the session, the caller, today, and the case being re-checked."""

    session: Session
    principal: Principal
    today: dt.date
    case_id: int | None = None
    #: The institution applying for an institution kind (the caller at start, the case's at approval).
    institution_id: int | None = None
    #: True when the commission decides: the checks of the applicant's input (one open case of a kind)
    #: are behind us; what must still hold is checked again, and the physician's row is read locked (one
    #: decision per physician at a time).
    deciding: bool = False
    #: The time of the transaction (the injectable clock), for the rows approval creates.
    now: dt.datetime | None = None
    #: Institutions read so far in this transaction, by id (None: no such institution); the physician's
    #: read brings the case's institution along in the same statement.
    institutions: dict[int, InstitutionRow | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class PhysicianRow:
    """A physician as the rules read them: the columns they use, no ORM object."""

    id: int
    name: str
    id_number: str
    merged_into_id: int | None


@dataclass(frozen=True, slots=True)
class InstitutionRow:
    """An institution as the rules read it."""

    id: int
    name: str
    jurisdiction: str
    active: bool
    independent_legal_person: bool


@dataclass(frozen=True, slots=True)
class QualificationRow:
    """A qualification as the rules read it: what a registration must match."""

    id: int
    level: str
    category: str


@dataclass(frozen=True, slots=True)
class HeldRegistration:
    """An active or filed registration of the physician in a province (the one-per-province rule)."""

    id: int
    physician_id: int
    province: str
    status: str
    main_institution_id: int | None


@dataclass
class Prepared:
    """A checked case: normalised details and what they point at."""

    kind: str
    details: dict[str, Any]
    physician: PhysicianRow | None
    institution: InstitutionRow | None
    """The institution of the case: it confirms the case and its area decides the jurisdiction."""
    area: str
    registration: m.Registration | None = None
    applicant_name: str = ""
    applicant_id_number: str = ""
    qualification: QualificationRow | None = None
    #: Registration kinds: the physician's filed registrations in the province, read with the check for an
    #: active one (one statement); the approval ends them. None: not read.
    filed_in_province: list[HeldRegistration] | None = None


@dataclass(frozen=True, slots=True)
class NewRegistration:
    """The registration an approval makes (one INSERT; no ORM object): what issuing its code needs."""

    id: int
    level: str
    category: str
    province: str


@dataclass
class Outcome:
    """What an approval left behind."""

    registration_code: str | None = None
    practice_certificate_number: str | None = None
    #: The registration the case is about now (the new one, or the one the approval changed or ended).
    registration_id: int | None = None
    #: The registration the approval made, waiting for its code.
    new_registration: NewRegistration | None = None
    physician_id: int | None = None
    changed: list[tuple[str, int]] = field(default_factory=list)
    code_province: str | None = None
    """Set when the approval makes a registration or short-term permit: the province whose next code
    ``issue_code`` takes. The code is issued last in the approving transaction (the counter row stays
    locked from then to COMMIT), so ``apply`` leaves the new row without it."""
    permit: m.ShortTermPermit | None = None
    #: ``issue_code(write=False)``: the UPDATE that writes the code on the new row, and its parameters,
    #: left to the caller to send (with the case's own UPDATE: cases._write_case).
    code_write: tuple[Update, dict[str, Any]] | None = None


_PERMITS: Table = m.ShortTermPermit.__table__  # type: ignore[assignment]
_REGISTRATIONS: Table = m.Registration.__table__  # type: ignore[assignment]
#: The issued code written on the new row: Core statements built once (no unit of work for two columns).
_INSERT_REGISTRATION = insert(_REGISTRATIONS).returning(_REGISTRATIONS.c.id)
_WRITE_PERMIT_NUMBER = (
    update(_PERMITS).where(_PERMITS.c.id == bindparam("w_row_id")).values(permit_number=bindparam("w_code"))
)
_WRITE_REGISTRATION_CODE = (
    update(_REGISTRATIONS)
    .where(_REGISTRATIONS.c.id == bindparam("w_row_id"))
    .values(registration_code=bindparam("w_code"), practice_certificate_number=bindparam("w_number"))
)


def issue_code(session: Session, out: Outcome, today: dt.date, *, write: bool = True) -> None:
    """Issue the registration code (and practice certificate number) the approval's new registration or
    permit waits for, and write them on it (one UPDATE; a permit object shows them as stored) and on
    ``out``.
    Call it last before COMMIT, with the new row flushed. ``write=False``: the UPDATE is left in
    ``out.code_write`` for the caller to send before COMMIT."""
    if out.code_province is None:
        return
    code = next_registration_code(session, out.code_province, today.year)
    out.registration_code = code
    if out.permit is not None:
        out.code_write = (_WRITE_PERMIT_NUMBER, {"w_row_id": out.permit.id, "w_code": code})
        set_committed_value(out.permit, "permit_number", code)
    elif out.new_registration is not None:
        reg = out.new_registration
        number = practice_certificate_number_for(code, reg.level, reg.category)
        out.code_write = (
            _WRITE_REGISTRATION_CODE, {"w_row_id": reg.id, "w_code": code, "w_number": number}
        )
        out.practice_certificate_number = number
    out.code_province = None
    if write and out.code_write is not None:
        statement, params = out.code_write
        session.connection().execute(statement, params)
        out.code_write = None


# ---- small checks ------------------------------------------------------------------------------


def _label(kind: str) -> str:
    return reference.kind_label(kind)


def check_fields(kind: str, details: dict[str, Any]) -> None:
    """Every key must belong to the kind (plus "note")."""
    allowed = FIELDS[kind] | {"note"}
    for key in details:
        if key not in allowed:
            names = "、".join(FIELD_LABELS.get(k, k) for k in sorted(allowed))
            raise ValidationError(f"「{_label(kind)}」没有「{key}」这一项：可填写 {names}", key)


def record_id(value: Any, field: str, label: str) -> int:
    """A database id given as an int (or digits)."""
    if isinstance(value, bool):
        raise ValidationError(f"{label}无效", field)
    if isinstance(value, int):
        number = value
    elif isinstance(value, str) and value.strip().isdigit():
        number = int(value.strip())
    elif value is None or value == "":
        raise ValidationError(f"请选择{label}", field)
    else:
        raise ValidationError(f"{label}无效：「{value}」", field)
    if number <= 0 or number > 2**31 - 1:
        raise ValidationError(f"{label}无效：「{value}」", field)
    return number


def note_text(value: Any, field: str = "note") -> str:
    """Optional free text (备注), at most 500 characters."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError("备注应为文字", field)
    text = value.strip()
    if len(text) > _NOTE_MAX:
        raise ValidationError(f"备注不能超过{_NOTE_MAX}个字符（当前{len(text)}个）", field)
    return text


def _opt_date(details: dict[str, Any], key: str, default: dt.date | None = None) -> dt.date | None:
    value = details.get(key)
    if value is None or value == "":
        return default
    return validation.date_value(value, key, FIELD_LABELS[key])


_PHYSICIANS: Table = m.Physician.__table__  # type: ignore[assignment]
_INSTITUTIONS: Table = m.Institution.__table__  # type: ignore[assignment]
_QUALIFICATIONS: Table = m.Qualification.__table__  # type: ignore[assignment]
_PHYSICIAN_COLUMNS = (
    _PHYSICIANS.c.id, _PHYSICIANS.c.name, _PHYSICIANS.c.id_number, _PHYSICIANS.c.merged_into_id
)
_INSTITUTION_COLUMNS = (
    _INSTITUTIONS.c.id,
    _INSTITUTIONS.c.name,
    _INSTITUTIONS.c.jurisdiction,
    _INSTITUTIONS.c.active,
    _INSTITUTIONS.c.independent_legal_person,
)
#: The rules' reads as Core statements of the columns they use, built once with bound parameters (their
#: cache keys computed once): plain rows, no identity map, no wide result descriptions.
_INSTITUTION = select(*_INSTITUTION_COLUMNS).where(_INSTITUTIONS.c.id == bindparam("institution_id"))
_PHYSICIAN = select(*_PHYSICIAN_COLUMNS).where(_PHYSICIANS.c.id == bindparam("physician_id"))
#: The physician with an institution in one statement (the institution joined on its id: a row even when
#: there is no such institution); locked: FOR UPDATE OF physicians only.
_PHYSICIAN_AND_INSTITUTION = (
    select(*_PHYSICIAN_COLUMNS, *_INSTITUTION_COLUMNS)
    .select_from(
        _PHYSICIANS.outerjoin(_INSTITUTIONS, _INSTITUTIONS.c.id == bindparam("institution_id"))
    )
    .where(_PHYSICIANS.c.id == bindparam("physician_id"))
)
_PHYSICIAN_STATEMENTS = {
    (False, False): _PHYSICIAN,
    (True, False): _PHYSICIAN.with_for_update(of=_PHYSICIANS),
    (False, True): _PHYSICIAN_AND_INSTITUTION,
    (True, True): _PHYSICIAN_AND_INSTITUTION.with_for_update(of=_PHYSICIANS),
}
_PERSON_BY_ID_NUMBER = select(*_PHYSICIAN_COLUMNS).where(_PHYSICIANS.c.id_number == bindparam("id_number"))


def institution_by_id(ctx: RuleContext, institution_id: int) -> InstitutionRow | None:
    """The institution (active or not) from what the transaction has read, or read now."""
    if institution_id in ctx.institutions:
        return ctx.institutions[institution_id]
    row = ctx.session.connection().execute(_INSTITUTION, {"institution_id": institution_id}).first()
    inst = InstitutionRow(*row) if row is not None else None
    ctx.institutions[institution_id] = inst
    return inst


def _institution(
    ctx: RuleContext, value: Any, field: str = "institution_id", label: str = "执业机构"
) -> InstitutionRow:
    inst = institution_by_id(ctx, record_id(value, field, label))
    if inst is None:
        raise ValidationError(f"{label}不存在（编号 {value}）", field)
    if not inst.active:
        raise ValidationError(f"{label}「{inst.name}」已停用，不能办理业务", field)
    return inst


def _known_id(value: Any) -> int | None:
    """``value`` as a record id when it is one (the rule that reads it says what is wrong otherwise)."""
    try:
        return record_id(value, "", "")
    except ValidationError:
        return None


def physician_or_404(
    session: Session,
    physician_id: Any,
    *,
    lock: bool = False,
    institution_id: int | None = None,
    institutions: dict[int, InstitutionRow | None] | None = None,
) -> PhysicianRow:
    """The physician on record (not merged into another record). ``lock``: the row locked FOR UPDATE
    to the end of the transaction. ``institution_id``: that institution is read in the same statement
    into ``institutions`` (the rule context's, for the rules that need it next).

    Raises ValidationError (malformed id; a merged record), NotFound."""
    pid = record_id(physician_id, "physician_id", "医师")
    with_institution = institution_id is not None and institutions is not None
    params: dict[str, Any] = {"physician_id": pid}
    if with_institution:
        params["institution_id"] = institution_id
    row = session.connection().execute(_PHYSICIAN_STATEMENTS[lock, with_institution], params).first()
    if row is None:
        raise NotFound(f"医师不存在（编号 {pid}）", "physician_id")
    phys = PhysicianRow(*row[:4])
    if with_institution:
        assert institution_id is not None and institutions is not None
        institutions[institution_id] = InstitutionRow(*row[4:]) if row[4] is not None else None
    if phys.merged_into_id is not None:
        raise ValidationError(
            f"医师记录 {pid} 已合并到记录 {phys.merged_into_id}，请在合并后的记录上办理", "physician_id"
        )
    return phys


def lock_physician(session: Session, physician_id: int) -> None:
    """Lock the physician's row to the end of the transaction (one decision per physician at a time)."""
    session.connection().execute(_PHYSICIAN_STATEMENTS[True, False], {"physician_id": physician_id})


def province_name(code: str) -> str:
    return reference.area_name(code[:2] + "0000")


def place_of(level: str, institution: InstitutionRow) -> str:
    """执业地点: the province for 执业医师, the county (the institution's area) for 执业助理医师."""
    province, _city, county = area_parts(institution.jurisdiction)
    return county if level == Level.ASSISTANT else province


def authority_of(p: Principal) -> tuple[str, str]:
    """(发证机关, its area code) of the approving commission."""
    code = p.jurisdiction or NATIONAL
    if code == NATIONAL:
        return "国家卫生健康委员会", code
    return f"{reference.area_name(code)}卫生健康委员会", code


def refusal_reasons(kind: str) -> list[reference.Reason]:
    """Reasons a case of ``kind`` may be refused with: the legal grounds for registrations (不予注册);
    for other kinds also the correction reasons (materials missing or wrong…)."""
    grounds = reference.refusal_grounds()
    if kind in REFUSED_AS_REGISTRATION:
        return grounds
    return grounds + reference.return_reasons()


def refusal_reason(kind: str, value: Any) -> str:
    """The code of a refusal reason allowed for ``kind`` (given by code or label)."""
    items = refusal_reasons(kind)
    raw = value.strip() if isinstance(value, str) else ""
    if not raw:
        raise ValidationError("请选择不予批准的原因", "reason")
    for r in items:
        if raw in (r["code"], r["label"]):
            return r["code"]
    options = "、".join(r["label"] for r in items)
    raise ValidationError(f"原因「{raw}」不在规定的列表中：可选 {options}", "reason")


# ---- what is on record -------------------------------------------------------------------------


#: Statements of the approval path built once with bound parameters: their cache key is computed once,
#: not at every call (SQLAlchemy memoizes it on the statement object).
#: The physician's qualifications: linked to the physician or carrying the physician's ID number.
_QUALIFICATION_OF_PHYSICIAN = or_(
    _QUALIFICATIONS.c.physician_id == bindparam("physician_id"),
    _QUALIFICATIONS.c.id_number == bindparam("id_number"),
)
_QUALIFICATIONS_OF = (
    select(_QUALIFICATIONS.c.id, _QUALIFICATIONS.c.level, _QUALIFICATIONS.c.category)
    .where(_QUALIFICATION_OF_PHYSICIAN)
    .order_by(_QUALIFICATIONS.c.id)
)
#: The qualifications and the physician's active or filed registrations in a province, in one statement
#: (a registration's rule reads both): rows (part, id, a, b, c) — part 0 a qualification (level,
#: category), part 1 a registration (province, status, main institution).
_QUALIFICATIONS_AND_HELD = union_all(
    select(
        literal_column("0").label("part"),
        _QUALIFICATIONS.c.id,
        _QUALIFICATIONS.c.level.label("a"),
        _QUALIFICATIONS.c.category.label("b"),
        cast(null(), Integer).label("c"),
    ).where(_QUALIFICATION_OF_PHYSICIAN),
    select(
        literal_column("1"),
        _REGISTRATIONS.c.id,
        _REGISTRATIONS.c.province,
        _REGISTRATIONS.c.status,
        _REGISTRATIONS.c.main_institution_id,
    ).where(
        _REGISTRATIONS.c.physician_id == bindparam("physician_id"),
        _REGISTRATIONS.c.province == bindparam("province"),
        # two comparisons, not IN (…): an IN list is expanded into the SQL at every execution
        or_(
            _REGISTRATIONS.c.status == RegistrationStatus.ACTIVE,
            _REGISTRATIONS.c.status == RegistrationStatus.FILED,
        ),
    ),
).order_by(literal_column("part"), literal_column("id"))


def qualifications_of(session: Session, phys: PhysicianRow) -> list[QualificationRow]:
    """Qualifications linked to the physician or carrying the physician's ID number."""
    rows = session.connection().execute(
        _QUALIFICATIONS_OF, {"physician_id": phys.id, "id_number": phys.id_number}
    )
    return [QualificationRow(*row) for row in rows]


def _qualifications_and_held(
    session: Session, phys: PhysicianRow, province: str
) -> tuple[list[QualificationRow], list[HeldRegistration]]:
    """``qualifications_of`` and the physician's active or filed registrations in ``province`` (both
    in id order), read in one statement."""
    quals: list[QualificationRow] = []
    held: list[HeldRegistration] = []
    params = {"physician_id": phys.id, "id_number": phys.id_number, "province": province}
    for part, row_id, a, b, c in session.connection().execute(_QUALIFICATIONS_AND_HELD, params):
        if part == 0:
            quals.append(QualificationRow(row_id, a, b))
        else:
            held.append(HeldRegistration(row_id, phys.id, a, b, c))
    return quals, held


def _describe_qualifications(quals: list[QualificationRow]) -> str:
    return "、".join(f"{q.level}（{q.category}）" for q in quals) or "无"


def _pick_qualification(
    quals: list[QualificationRow], phys: PhysicianRow, level: str | None, category: str | None
) -> QualificationRow:
    """The qualification a registration rests on (among the physician's ``quals``): it must exist and
    match the level and category."""
    if not quals:
        raise ValidationError(
            f"{phys.name}没有医师资格记录：首次注册须有考试中心导入或窗口补录的医师资格", "physician_id"
        )
    found = [
        q
        for q in quals
        if (level is None or q.level == level) and (category is None or q.category == category)
    ]
    if not found:
        field = "level" if level is not None and all(q.level != level for q in quals) else "category"
        wanted = f"{level or ''}{'（' + category + '）' if category else ''}"
        raise ValidationError(
            f"申请的{wanted}与医师资格不符：{phys.name}的医师资格为{_describe_qualifications(quals)}", field
        )
    physician_level = [q for q in found if q.level == Level.PHYSICIAN]
    if physician_level:
        found = physician_level
    if len({q.category for q in found}) > 1:
        raise ValidationError(
            f"{phys.name}有多个类别的医师资格（{_describe_qualifications(found)}），请选择执业类别",
            "category",
        )
    return found[0]


def registration_for(
    ctx: RuleContext,
    kind: str,
    phys: PhysicianRow,
    details: dict[str, Any],
    *,
    statuses: tuple[str, ...] = (RegistrationStatus.ACTIVE,),
    province: str | None = None,
) -> m.Registration:
    """The registration a later business acts on; it must carry an issued registration code.

    Only a physician holding an electronic registration code may do later business (DOMAIN.md).
    """
    session = ctx.session
    label = _label(kind)
    if details.get("registration_id") not in (None, ""):
        reg = session.get(
            m.Registration, record_id(details["registration_id"], "registration_id", "注册记录")
        )
        if reg is None or reg.physician_id != phys.id:
            raise ValidationError("所选注册记录不属于该医师", "registration_id")
        candidates = [reg]
    else:
        candidates = list(
            session.scalars(
                select(m.Registration)
                .where(m.Registration.physician_id == phys.id)
                .order_by(m.Registration.id)
            )
        )
    issued = [r for r in candidates if r.registration_code]
    if not issued:
        raise ValidationError(
            f"{phys.name}尚未取得电子化注册识别码，不能办理「{label}」：须先经批准注册", "registration_id"
        )
    usable = [r for r in issued if r.status in statuses]
    if ctx.institution_id is not None and kind in INSTITUTION_KINDS:
        mine = [r for r in usable if r.main_institution_id == ctx.institution_id]
        if usable and not mine:
            raise PermissionDenied(
                f"{phys.name}的主要执业机构不是本机构，不能由本机构申请「{label}」", "physician_id"
            )
        usable = mine
    if province is not None:
        usable = [r for r in usable if r.province == province] or usable
    if not usable:
        states = "、".join(sorted({_registration_status_label(r.status) for r in issued}))
        raise ValidationError(f"{phys.name}的注册状态为「{states}」，不能办理「{label}」", "registration_id")
    if len(usable) > 1:
        raise ValidationError(f"{phys.name}在多个省有注册，请选择要办理「{label}」的注册", "registration_id")
    return usable[0]


def _registration_status_label(status: str) -> str:
    return {"active": "有效", "filed": "已备案（非在册）", "deregistered": "已注销"}.get(status, status)


def _open_case_conflict(ctx: RuleContext, kind: str, id_number: str, institution_id: int | None) -> None:
    """At most one open case of a kind per person (per institution for multi-site filings)."""
    query = select(m.Case).where(
        m.Case.kind == kind,
        m.Case.applicant_id_number == id_number,
        m.Case.status.in_(OPEN_STATUSES),
    )
    if ctx.case_id is not None:
        query = query.where(m.Case.id != ctx.case_id)
    if kind in (K.MULTI_SITE_FILING, K.MULTI_SITE_CANCEL):
        query = query.where(m.Case.institution_id == institution_id)
    other = ctx.session.scalars(query.limit(1)).first()
    if other is not None:
        if not can_read_case(ctx.principal, other):  # another institution's: no number
            raise ConflictError(f"该医师已有一件在办的「{_label(kind)}」案件，请勿重复申请", "kind")
        status = reference.status_label(other.status, other.kind)
        raise ConflictError(
            f"已有一件在办的「{_label(kind)}」案件 {other.number}（{status}），请勿重复申请", "kind"
        )


def _main_institution(ctx: RuleContext, reg: m.Registration) -> InstitutionRow | None:
    """The registration's main institution (active or not), None when it has none."""
    return institution_by_id(ctx, reg.main_institution_id) if reg.main_institution_id is not None else None


def _active_filings(session: Session, reg: m.Registration) -> list[m.Filing]:
    return list(
        session.scalars(
            select(m.Filing)
            .where(m.Filing.registration_id == reg.id, m.Filing.status == "active")
            .order_by(m.Filing.id)
        )
    )


# ---- prepare: one function per group of kinds --------------------------------------------------


def _prepare_registration(
    ctx: RuleContext, kind: str, phys: PhysicianRow | None, d: dict[str, Any]
) -> Prepared:
    """First registration (and military → local, counter registration): qualification on record with the
    same level and category; one active registration (one main institution) per province."""
    assert phys is not None
    inst = _institution(ctx, d.get("institution_id"))
    level = validation.level(d["level"]) if d.get("level") else None
    category = validation.category(d["category"]) if d.get("category") else None
    province = area_parts(inst.jurisdiction)[0]
    quals, held = _qualifications_and_held(ctx.session, phys, province)
    qual = _pick_qualification(quals, phys, level, category)
    place = place_of(qual.level, inst)
    if d.get("place"):
        given = validation.area_code(d["place"], "place")
        if given != place:
            where = "主要执业机构所在省" if qual.level == Level.PHYSICIAN else "主要执业机构所在县（区）"
            raise ValidationError(
                f"执业地点应为「{reference.area_name(place)}」：{qual.level}的执业地点为{where}", "place"
            )
    scopes = validation.scopes(qual.category, d.get("scopes"))
    existing = next((r for r in held if r.status == RegistrationStatus.ACTIVE), None)
    if existing is not None:
        main_inst = (
            institution_by_id(ctx, existing.main_institution_id)
            if existing.main_institution_id is not None
            else None
        )
        main = main_inst.name if main_inst else "无"
        raise ValidationError(
            f"{phys.name}在{province_name(province)}已有有效注册（主要执业机构：{main}），同一省内只能有一个"
            "主要执业机构；更换主要执业机构须由原机构办理注册备案后重新注册",
            "institution_id",
        )
    details = {
        "institution_id": inst.id,
        "level": qual.level,
        "category": qual.category,
        "scopes": scopes,
        "place": place,
        "qualification_id": qual.id,
    }
    return Prepared(
        kind,
        details,
        phys,
        inst,
        inst.jurisdiction,
        qualification=qual,
        filed_in_province=[r for r in held if r.status == RegistrationStatus.FILED],
    )


def _prepare_upgrade(ctx: RuleContext, kind: str, phys: PhysicianRow | None, d: dict[str, Any]) -> Prepared:
    """Assistant → physician: same category, same main institution, a 执业医师 qualification of it."""
    assert phys is not None
    reg = registration_for(ctx, kind, phys, d)
    if reg.level != Level.ASSISTANT:
        raise ValidationError(
            f"{phys.name}的注册级别为{reg.level}，不是执业助理医师，无需升级", "registration_id"
        )
    if d.get("category") and validation.category(d["category"]) != reg.category:
        raise ValidationError(f"助理医师升执业医师须执业类别相同：现注册类别为{reg.category}", "category")
    if (
        d.get("institution_id") not in (None, "")
        and record_id(d["institution_id"], "institution_id", "执业机构") != reg.main_institution_id
    ):
        raise ValidationError("助理医师升执业医师须主要执业机构不变；更换机构须重新注册", "institution_id")
    qual = next(
        (
            q
            for q in qualifications_of(ctx.session, phys)
            if q.level == Level.PHYSICIAN and q.category == reg.category
        ),
        None,
    )
    if qual is None:
        raise ValidationError(
            f"{phys.name}没有{reg.category}类别的执业医师资格：升级须取得与现注册相同类别的执业医师资格",
            "category",
        )
    inst = _main_institution(ctx, reg)
    if inst is None:
        raise ValidationError("该注册没有主要执业机构，不能升级", "registration_id")
    scopes = validation.scopes(reg.category, d.get("scopes") or reg.scopes)
    details = {
        "registration_id": reg.id,
        "institution_id": inst.id,
        "category": reg.category,
        "scopes": scopes,
        "qualification_id": qual.id,
    }
    return Prepared(kind, details, phys, inst, inst.jurisdiction, registration=reg, qualification=qual)


def _prepare_change(ctx: RuleContext, kind: str, phys: PhysicianRow | None, d: dict[str, Any]) -> Prepared:
    """Change of category, scopes or place; a new main institution is a new registration (Art. 17)."""
    assert phys is not None
    reg = registration_for(ctx, kind, phys, d)
    inst = _main_institution(ctx, reg)
    if inst is None:
        raise ValidationError("该注册没有主要执业机构，不能变更", "registration_id")
    if (
        d.get("institution_id") not in (None, "")
        and record_id(d["institution_id"], "institution_id", "执业机构") != reg.main_institution_id
    ):
        raise ValidationError(
            "更换主要执业机构不能申请变更，须重新注册：请原机构办理注册备案后，在新机构申请注册",
            "institution_id",
        )
    category = validation.category(d["category"]) if d.get("category") else reg.category
    if category != reg.category and not any(
        q.category == category and q.level == reg.level for q in qualifications_of(ctx.session, phys)
    ):
        raise ValidationError(f"变更执业类别须有{category}类别的{reg.level}资格", "category")
    scopes_given = d.get("scopes")
    if category != reg.category and not scopes_given:
        raise ValidationError("变更执业类别须同时选择新的执业范围", "scopes")
    scopes = validation.scopes(category, scopes_given or reg.scopes)
    place = place_of(reg.level, inst)
    if d.get("place"):
        given = validation.area_code(d["place"], "place")
        if given != place:
            raise ValidationError(
                f"执业地点须为主要执业机构所在地「{reference.area_name(place)}」；到其他地方执业须在当地机构重新注册",
                "place",
            )
    if category == reg.category and scopes == list(reg.scopes) and place == reg.place:
        raise ValidationError("申请变更的内容与现有注册相同：请修改执业类别、执业范围或执业地点", "scopes")
    details = {
        "registration_id": reg.id,
        "institution_id": inst.id,
        "category": category,
        "scopes": scopes,
        "place": place,
    }
    return Prepared(kind, details, phys, inst, inst.jurisdiction, registration=reg)


def _prepare_ending(ctx: RuleContext, kind: str, phys: PhysicianRow | None, d: dict[str, Any]) -> Prepared:
    """Deregistration (own, institution's, counter's), filing to the pool, local → military.

    A reason from the fixed list is required for every filing and deregistration.
    """
    assert phys is not None
    statuses: tuple[str, ...] = (RegistrationStatus.ACTIVE,)
    if kind == K.DIRECT_DEREGISTRATION:
        statuses = (RegistrationStatus.ACTIVE, RegistrationStatus.FILED)
    reg = registration_for(ctx, kind, phys, d, statuses=statuses)
    details: dict[str, Any] = {"registration_id": reg.id}
    if kind == K.INSTITUTION_FILING:
        details["reason"] = validation.filing_reason(d.get("reason"))
    elif kind in (K.DEREGISTRATION, K.INSTITUTION_DEREGISTRATION, K.DIRECT_DEREGISTRATION):
        details["reason"] = validation.deregistration_ground(d.get("reason"), kind)
    effective = _opt_date(d, "effective_date")
    if effective is not None:
        details["effective_date"] = effective.isoformat()
    inst = _main_institution(ctx, reg)
    area = inst.jurisdiction if inst is not None else reg.place
    details["institution_id"] = inst.id if inst is not None else None
    return Prepared(kind, details, phys, inst, area, registration=reg)


def _prepare_multi_site(
    ctx: RuleContext, kind: str, phys: PhysicianRow | None, d: dict[str, Any]
) -> Prepared:
    """Filing an additional institution (inside the registration's province; for 执业助理医师 inside the main
    institution's county; not the main institution; not twice), cancelling one, or withdrawing all."""
    assert phys is not None
    details: dict[str, Any] = {}
    effective = _opt_date(d, "effective_date")
    if effective is not None:
        details["effective_date"] = effective.isoformat()
    if kind == K.MULTI_SITE_WITHDRAW:
        reg = registration_for(ctx, kind, phys, d)
        if not _active_filings(ctx.session, reg):
            raise ValidationError(
                f"{phys.name}没有已备案的其他执业机构，无需取消多地点执业", "registration_id"
            )
        inst = _main_institution(ctx, reg)
        if inst is None:
            raise ValidationError("该注册没有主要执业机构", "registration_id")
        details.update(registration_id=reg.id, institution_id=inst.id)
        return Prepared(kind, details, phys, inst, inst.jurisdiction, registration=reg)
    other = _institution(ctx, d.get("institution_id"), "institution_id", "备案机构")
    reg = registration_for(ctx, kind, phys, d, province=area_parts(other.jurisdiction)[0])
    filed = {f.institution_id: f for f in _active_filings(ctx.session, reg)}
    if kind == K.MULTI_SITE_CANCEL:
        if other.id not in filed:
            raise ValidationError(f"「{other.name}」不是{phys.name}已备案的执业机构", "institution_id")
    else:
        if other.id == reg.main_institution_id:
            raise ValidationError(f"「{other.name}」是主要执业机构，不需要备案", "institution_id")
        if other.id in filed:
            raise ValidationError(f"「{other.name}」已经备案，不能重复备案", "institution_id")
        if reg.level == Level.ASSISTANT:
            main = _main_institution(ctx, reg)
            county = main.jurisdiction if main is not None else reg.place
            if other.jurisdiction != county:
                raise ValidationError(
                    f"执业助理医师只能备案主要执业机构所在县（区）「{reference.area_name(county)}」内的机构",
                    "institution_id",
                )
        elif area_parts(other.jurisdiction)[0] != reg.province:
            raise ValidationError(
                f"多机构备案只能在注册所在省「{province_name(reg.province)}」内；到外省执业须在当地注册",
                "institution_id",
            )
    details.update(registration_id=reg.id, institution_id=other.id)
    return Prepared(kind, details, phys, other, other.jurisdiction, registration=reg)


# ---- walk-in people at the counter -------------------------------------------------------------


@dataclass
class Identity:
    name: str
    id_number: str
    id_type: str
    gender: str
    birth_date: dt.date | None


def _identity(ctx: RuleContext, kind: str, d: dict[str, Any]) -> Identity:
    name = validation.person_name(d.get("name"))
    default_type = "passport" if kind == K.FOREIGN_SHORT_TERM else "resident_id"
    raw_number = d.get("id_number")
    id_type = d.get("id_type") or default_type
    if kind in (K.HMT_RECOGNITION, K.HMT_SHORT_TERM) and not d.get("id_type"):
        compact = "".join(str(raw_number or "").split())
        id_type = "resident_id" if len(compact) == 18 else "hmt_permit"
    if id_type not in ID_TYPES:
        raise ValidationError(f"证件类型「{id_type}」无效：可选 {'、'.join(ID_TYPES.values())}", "id_type")
    gender = d.get("gender")
    if gender not in (None, "", "男", "女"):
        raise ValidationError("性别应为「男」或「女」", "gender")
    birth = _opt_date(d, "birth_date")
    if id_type == "resident_id":
        rid = validation.resident_id(raw_number, "id_number", today=ctx.today)
        if gender and gender != rid.gender:
            raise ValidationError(f"性别与身份证号不符：身份证号显示为{rid.gender}", "gender")
        if birth is not None and birth != rid.birth_date:
            raise ValidationError("出生日期与身份证号不符", "birth_date")
        return Identity(name, rid.value, id_type, rid.gender, rid.birth_date)
    number = unicodedata.normalize("NFKC", str(raw_number or "")).replace(" ", "").upper()
    if not number:
        raise ValidationError(f"{ID_TYPES[id_type]}号码不能为空", "id_number")
    if not _DOC_RE.fullmatch(number):
        raise ValidationError(f"{ID_TYPES[id_type]}号码应为5至20位字母或数字", "id_number")
    if not gender:
        raise ValidationError("请选择性别", "gender")
    if birth is not None and birth >= ctx.today:
        raise ValidationError("出生日期应早于今天", "birth_date")
    return Identity(name, number, id_type, str(gender), birth)


def _person_on_record(ctx: RuleContext, ident: Identity) -> PhysicianRow | None:
    row = ctx.session.connection().execute(_PERSON_BY_ID_NUMBER, {"id_number": ident.id_number}).first()
    phys = PhysicianRow(*row) if row is not None else None
    if phys is not None and phys.name != ident.name:
        raise ValidationError(
            f"证件号码 {ident.id_number} 已登记为「{phys.name}」，与填写的姓名「{ident.name}」不符", "name"
        )
    return phys


def _origin(kind: str, d: dict[str, Any]) -> str:
    raw = validation.required_text(d.get("origin"), "origin", "国籍或地区", max_length=40)
    if kind in (K.HMT_RECOGNITION, K.HMT_SHORT_TERM):
        short = raw.removeprefix("中国").removesuffix("地区").removesuffix("特别行政区")
        if short not in HMT_ORIGINS:
            raise ValidationError(f"港澳台医师的地区应为{'、'.join(HMT_ORIGINS)}之一", "origin")
        return short
    if raw.removeprefix("中国") in HMT_ORIGINS or raw in ("中国", "中华人民共和国"):
        raise ValidationError("外国医师的国籍不能是中国；港澳台医师请办理港澳台医师短期行医", "origin")
    return raw


def _prepare_qualification(
    ctx: RuleContext, kind: str, phys: PhysicianRow | None, d: dict[str, Any]
) -> Prepared:
    """Backfill of an old-rules qualification, or recognition of a Hong Kong/Macau/Taiwan physician's."""
    ident = _identity(ctx, kind, d)
    phys = _person_on_record(ctx, ident)
    level = validation.level(d.get("level") or (Level.PHYSICIAN if kind == K.HMT_RECOGNITION else None))
    category = validation.category(d.get("category"))
    code = d.get("certificate_code")
    if kind == K.LEGACY_BACKFILL or code:
        code = validation.certificate_code(code)
        taken = ctx.session.scalars(
            select(m.Qualification).where(m.Qualification.certificate_code == code)
        ).first()
        if taken is not None:
            raise ValidationError(f"医师资格证书编码 {code} 已登记（{taken.name}）", "certificate_code")
    issued = _opt_date(d, "issued_on")
    if kind == K.LEGACY_BACKFILL and issued is None:
        raise ValidationError("请填写资格取得日期", "issued_on")
    if issued is not None and issued > ctx.today:
        raise ValidationError("资格取得日期不能晚于今天", "issued_on")
    same = ctx.session.scalars(
        select(m.Qualification).where(
            m.Qualification.id_number == ident.id_number,
            m.Qualification.level == level,
            m.Qualification.category == category,
        )
    ).first()
    if same is not None:
        raise ValidationError(
            f"{ident.name}已有{level}（{category}）资格记录，无需再办理", "certificate_code"
        )
    details: dict[str, Any] = _identity_details(ident)
    details.update(
        level=level,
        category=category,
        certificate_code=code or None,
        issued_on=issued.isoformat() if issued else None,
    )
    if kind == K.HMT_RECOGNITION:
        details["origin"] = _origin(kind, d)
    area = ctx.principal.jurisdiction or NATIONAL
    return Prepared(
        kind, details, phys, None, area, applicant_name=ident.name, applicant_id_number=ident.id_number
    )


def _identity_details(ident: Identity) -> dict[str, Any]:
    return {
        "name": ident.name,
        "id_number": ident.id_number,
        "id_type": ident.id_type,
        "gender": ident.gender,
        "birth_date": ident.birth_date.isoformat() if ident.birth_date else None,
    }


def _renewed_permit(ctx: RuleContext, kind: str, d: dict[str, Any]) -> m.ShortTermPermit | None:
    """The permit a renewal (延期) continues: an active permit of the same kind, not expired, not renewed
    yet. None when the case is not a renewal."""
    if d.get("renews_permit_id") in (None, ""):
        return None
    permit_id = record_id(d.get("renews_permit_id"), "renews_permit_id", "原短期行医许可")
    old = ctx.session.get(m.ShortTermPermit, permit_id)
    if old is None:
        raise NotFound("没有这份短期行医许可", "renews_permit_id")
    want = "hmt" if kind == K.HMT_SHORT_TERM else "foreign"
    if old.kind != want:
        raise ValidationError(
            f"原许可是{'港澳台' if old.kind == 'hmt' else '外国'}医师短期行医许可，"
            f"不能按「{reference.kind_label(kind)}」延期",
            "renews_permit_id",
        )
    if old.status != "active" or old.permit_number is None:
        raise ValidationError("原短期行医许可已失效，不能延期；请重新申请短期行医", "renews_permit_id")
    if old.term_end < ctx.today and not ctx.deciding:  # filed in time, it may be decided after the end
        raise ValidationError(
            f"原短期行医许可已于 {old.term_end.isoformat()} 期满，不能延期；请重新申请短期行医",
            "renews_permit_id",
        )
    later = ctx.session.scalars(
        select(m.ShortTermPermit.permit_number).where(
            m.ShortTermPermit.renews_permit_id == old.id, m.ShortTermPermit.status == "active"
        )
    ).first()
    if later is not None:
        raise ValidationError(
            f"原短期行医许可已延期（许可编号 {later}），请对最新的许可办理延期", "renews_permit_id"
        )
    return old


def _prepare_short_term(
    ctx: RuleContext, kind: str, phys: PhysicianRow | None, d: dict[str, Any]
) -> Prepared:
    """Short-term practice: HMT up to 3 years, foreign up to 1 year with an inviting institution that is an
    independent legal person; categories 临床, 中医, 口腔 only; no overlapping permit.

    A renewal (延期, ``renews_permit_id``) continues an active, unexpired permit of the same kind and the
    same person: the new term starts the day after the old one ends and is again at most 1 / 3 years;
    person, origin, institutions, category and scopes default to the old permit's."""
    old = _renewed_permit(ctx, kind, d)
    if old is not None:
        holder = ctx.session.get(m.Physician, old.physician_id)
        assert holder is not None
        for key in ("name", "id_number"):
            given = d.get(key)
            if given not in (None, "") and str(given).strip().upper() != str(getattr(holder, key)).upper():
                raise ValidationError(
                    f"延期只能由原许可的持有人{holder.name}（{holder.id_number}）办理", key
                )
        d = {
            "origin": old.origin,
            "institution_id": old.institution_id,
            "category": old.category,
            "scopes": list(old.scopes or []),
            "inviting_institution_id": old.inviting_institution_id,
            **{k: v for k, v in d.items() if v not in (None, "", [])},
            "name": holder.name,
            "id_number": holder.id_number,
            "id_type": holder.id_type,
            "gender": holder.gender,
            "birth_date": holder.birth_date,
        }
        renewal_start = old.term_end + dt.timedelta(days=1)
        given_start = _opt_date(d, "term_start")
        if given_start is not None and given_start != renewal_start:
            raise ValidationError(
                f"延期的开始日期应为原许可期满的次日 {renewal_start.isoformat()}", "term_start"
            )
        d["term_start"] = renewal_start.isoformat()
    ident = _identity(ctx, kind, d)
    phys = _person_on_record(ctx, ident)
    origin = _origin(kind, d)
    category = validation.category(d.get("category"), short_term=True)
    scopes = validation.scopes(category, d.get("scopes"))
    start, end = validation.short_term(kind, d.get("term_start"), d.get("term_end"))
    details: dict[str, Any] = _identity_details(ident)
    if old is not None:
        details["renews_permit_id"] = old.id
    if kind == K.FOREIGN_SHORT_TERM:
        inviting = _institution(ctx, d.get("inviting_institution_id"), "inviting_institution_id", "邀请机构")
        if not inviting.independent_legal_person:
            raise ValidationError(
                f"「{inviting.name}」不具有独立法人资格，不能邀请外国医师来华短期行医",
                "inviting_institution_id",
            )
        inst = inviting
        if d.get("institution_id") not in (None, ""):
            inst = _institution(ctx, d.get("institution_id"))
        details["inviting_institution_id"] = inviting.id
    else:
        inst = _institution(ctx, d.get("institution_id"))
    if phys is not None:
        overlapping = ctx.session.scalars(
            select(m.ShortTermPermit).where(
                m.ShortTermPermit.physician_id == phys.id,
                m.ShortTermPermit.status == "active",
                and_(m.ShortTermPermit.term_start <= end, m.ShortTermPermit.term_end >= start),
            )
        ).first()
        if overlapping is not None:
            held = f"{overlapping.term_start.isoformat()} 至 {overlapping.term_end.isoformat()}"
            raise ValidationError(
                f"{ident.name}已有 {held} 的短期行医许可，期限不能重叠",
                "term_start",
            )
    details.update(
        origin=origin,
        institution_id=inst.id,
        category=category,
        scopes=scopes,
        term_start=start.isoformat(),
        term_end=end.isoformat(),
    )
    return Prepared(
        kind,
        details,
        phys,
        inst,
        inst.jurisdiction,
        applicant_name=ident.name,
        applicant_id_number=ident.id_number,
    )


_PREPARE: dict[str, Callable[[RuleContext, str, PhysicianRow | None, dict[str, Any]], Prepared]] = {
    K.FIRST_REGISTRATION: _prepare_registration,
    K.MILITARY_TO_LOCAL: _prepare_registration,
    K.DIRECT_REGISTRATION: _prepare_registration,
    K.ASSISTANT_UPGRADE: _prepare_upgrade,
    K.CHANGE: _prepare_change,
    K.DIRECT_CHANGE: _prepare_change,
    K.LOCAL_TO_MILITARY: _prepare_ending,
    K.DEREGISTRATION: _prepare_ending,
    K.INSTITUTION_DEREGISTRATION: _prepare_ending,
    K.DIRECT_DEREGISTRATION: _prepare_ending,
    K.INSTITUTION_FILING: _prepare_ending,
    K.MULTI_SITE_FILING: _prepare_multi_site,
    K.MULTI_SITE_CANCEL: _prepare_multi_site,
    K.MULTI_SITE_WITHDRAW: _prepare_multi_site,
    K.LEGACY_BACKFILL: _prepare_qualification,
    K.HMT_RECOGNITION: _prepare_qualification,
    K.HMT_SHORT_TERM: _prepare_short_term,
    K.FOREIGN_SHORT_TERM: _prepare_short_term,
}


def prepare(ctx: RuleContext, kind: str, physician_id: int | None, details: dict[str, Any]) -> Prepared:
    """Check the details of a case of ``kind`` against every rule of the kind; return them normalised.

    Raises ValidationError (naming the field), NotFound (no such physician), PermissionDenied (an
    institution acting for another institution's physician) and ConflictError (an open case of the
    same kind exists). ``details`` may be what the caller typed (its keys checked with check_fields) or
    what an earlier prepare stored; keys a kind derives itself (qualification_id…) are recomputed.
    """
    note = note_text(details.get("note"))
    phys = None
    if kind not in WALK_IN_KINDS:
        phys = physician_or_404(
            ctx.session,
            physician_id,
            lock=ctx.deciding,
            institution_id=_known_id(details.get("institution_id")),
            institutions=ctx.institutions,
        )
    elif physician_id is not None:
        raise ValidationError(f"「{_label(kind)}」按证件办理，不需要选择医师", "physician_id")
    prep = _PREPARE[kind](ctx, kind, phys, details)
    if prep.physician is not None:
        prep.applicant_name = prep.physician.name
        prep.applicant_id_number = prep.physician.id_number
    if not ctx.deciding:
        _open_case_conflict(
            ctx, kind, prep.applicant_id_number, prep.institution.id if prep.institution else None
        )
    if note:
        prep.details["note"] = note
    return prep


# ---- apply: what an approval does --------------------------------------------------------------


def _end_filings(session: Session, reg: m.Registration, day: dt.date) -> list[m.Filing]:
    filings = _active_filings(session, reg)
    for f in filings:
        f.status = "cancelled"
        f.end_date = day
    return filings


def _end_registration(
    session: Session,
    reg: m.Registration,
    day: dt.date,
    reason: str,
    status: str = RegistrationStatus.DEREGISTERED,
) -> list[tuple[str, int]]:
    """Deregistration ends the registration and its filings."""
    filings = _end_filings(session, reg, day)
    reg.status = status
    if status == RegistrationStatus.DEREGISTERED:
        reg.ended_on = day
        reg.end_reason = reason
    reg.version += 1
    return [("registrations", reg.id)] + [("filings", f.id) for f in filings]


def _new_registration(
    ctx: RuleContext,
    case: m.Case,
    phys: PhysicianRow,
    inst: InstitutionRow,
    level: str,
    category: str,
    scopes: list[str],
    place: str,
    qualification_id: int | None,
) -> NewRegistration:
    """The new registration: one Core INSERT … RETURNING id (every column given; no ORM object, no unit
    of work for a row written once)."""
    province = area_parts(inst.jurisdiction)[0]
    authority, authority_code = authority_of(ctx.principal)
    values: dict[str, Any] = {
        "physician_id": phys.id,
        "qualification_id": qualification_id,
        "level": level,
        "category": category,
        "scopes": list(scopes),
        "place": place,
        "province": province,
        "main_institution_id": inst.id,
        "registration_code": None,  # issued last in the approving transaction: issue_code
        "practice_certificate_number": None,
        "status": RegistrationStatus.ACTIVE,
        "issuing_authority": authority,
        "authority_code": authority_code,
        "registered_on": ctx.today,
        "filed_on": None,
        "filing_reason": None,
        "ended_on": None,
        "end_reason": None,
        "case_id": case.id,
        "created_at": ctx.now or utcnow(),
        "version": 1,
    }
    ctx.session.flush()  # what the rules changed before (a registration ended) is written first, as before
    new_id = ctx.session.connection().execute(_INSERT_REGISTRATION, values).scalar_one()
    return NewRegistration(new_id, level, category, province)


def _find_or_create_person(ctx: RuleContext, d: dict[str, Any]) -> m.Physician:
    phys = ctx.session.scalars(select(m.Physician).where(m.Physician.id_number == d["id_number"])).first()
    while phys is not None and phys.merged_into_id is not None:  # a merged duplicate (desk.merges)
        phys = ctx.session.get(m.Physician, phys.merged_into_id)
    if phys is None:
        phys = m.Physician(
            name=d["name"],
            name_initials=search.initials(d["name"]),
            name_pinyin=search.pinyin_key(d["name"]),
            gender=d["gender"],
            id_number=d["id_number"],
            id_type=d["id_type"],
            birth_date=dt.date.fromisoformat(d["birth_date"]) if d.get("birth_date") else None,
            nationality=d.get("origin") or "" if d["id_type"] == "passport" else "中国",
            created_at=ctx.now or utcnow(),
            updated_at=ctx.now or utcnow(),
        )
        ctx.session.add(phys)
        ctx.session.flush()
    return phys


def apply(ctx: RuleContext, case: m.Case, prep: Prepared) -> Outcome:
    """Make the approved case's effect; returns the code and registration the case carries."""
    session = ctx.session
    d = prep.details
    kind = case.kind
    today = ctx.today
    effective = dt.date.fromisoformat(d["effective_date"]) if d.get("effective_date") else today
    reg = prep.registration
    out = Outcome(physician_id=prep.physician.id if prep.physician else None)

    if kind in (K.FIRST_REGISTRATION, K.MILITARY_TO_LOCAL, K.DIRECT_REGISTRATION):
        assert prep.physician is not None and prep.institution is not None
        province = area_parts(prep.institution.jurisdiction)[0]
        held = prep.filed_in_province
        filed: list[m.Registration] = []
        if held is None or any(r.province != province or r.physician_id != prep.physician.id for r in held):
            filed = list(
                session.scalars(
                    select(m.Registration).where(
                        m.Registration.physician_id == prep.physician.id,
                        m.Registration.province == province,
                        m.Registration.status == RegistrationStatus.FILED,
                    )
                )
            )
        elif held:  # the rows the check read, as objects to end
            filed = list(
                session.scalars(
                    select(m.Registration)
                    .where(m.Registration.id.in_([r.id for r in held]))
                    .order_by(m.Registration.id)
                )
            )
        # back from the non-registered pool: the filed registration gives way to the new one
        for old in filed:
            out.changed += _end_registration(session, old, today, "重新注册")
        new = _new_registration(
            ctx,
            case,
            prep.physician,
            prep.institution,
            d["level"],
            d["category"],
            d["scopes"],
            d["place"],
            d.get("qualification_id"),
        )
        reg = None
        out.new_registration, out.registration_id, out.code_province = new, new.id, new.province
        out.changed.append(("registrations", new.id))
    elif kind == K.ASSISTANT_UPGRADE:
        assert prep.physician is not None and prep.institution is not None and reg is not None
        old = reg
        filings = _active_filings(session, old)
        out.changed += _end_registration(session, old, today, "助理医师升执业医师")
        new = _new_registration(
            ctx,
            case,
            prep.physician,
            prep.institution,
            Level.PHYSICIAN,
            old.category,
            d["scopes"],
            place_of(Level.PHYSICIAN, prep.institution),
            d.get("qualification_id"),
        )
        for f in filings:  # the additional institutions stay with the physician's new registration
            f.registration_id = new.id
            f.status = "active"
            f.end_date = None
        reg = None
        out.new_registration, out.registration_id, out.code_province = new, new.id, new.province
        out.changed.append(("registrations", new.id))
    elif kind in (K.CHANGE, K.DIRECT_CHANGE):
        assert reg is not None
        reg.category = d["category"]
        reg.scopes = list(d["scopes"])
        reg.place = d["place"]
        reg.version += 1
        out.changed.append(("registrations", reg.id))
    elif kind == K.LOCAL_TO_MILITARY:
        assert reg is not None
        out.changed += _end_registration(session, reg, effective, "地方变更到军队")
    elif kind in (K.DEREGISTRATION, K.INSTITUTION_DEREGISTRATION, K.DIRECT_DEREGISTRATION):
        assert reg is not None
        out.changed += _end_registration(session, reg, effective, reference.reason_label(d["reason"]))
    elif kind == K.INSTITUTION_FILING:
        assert reg is not None
        out.changed += _end_registration(session, reg, effective, "", status=RegistrationStatus.FILED)
        reg.filed_on = effective
        reg.filing_reason = d["reason"]
    elif kind == K.MULTI_SITE_FILING:
        assert reg is not None and prep.physician is not None and prep.institution is not None
        filing = m.Filing(
            registration_id=reg.id,
            physician_id=prep.physician.id,
            institution_id=prep.institution.id,
            start_date=effective,
            status="active",
            case_id=case.id,
        )
        session.add(filing)
        session.flush()
        out.changed.append(("filings", filing.id))
    elif kind == K.MULTI_SITE_CANCEL:
        assert reg is not None and prep.institution is not None
        for f in _active_filings(session, reg):
            if f.institution_id == prep.institution.id:
                f.status = "cancelled"
                f.end_date = effective
                out.changed.append(("filings", f.id))
    elif kind == K.MULTI_SITE_WITHDRAW:
        assert reg is not None
        out.changed += [("filings", f.id) for f in _end_filings(session, reg, effective)]
    elif kind in (K.LEGACY_BACKFILL, K.HMT_RECOGNITION):
        phys = _find_or_create_person(ctx, d)
        source = (
            QualificationSource.LEGACY_BACKFILL
            if kind == K.LEGACY_BACKFILL
            else QualificationSource.HMT_RECOGNITION
        )
        qual = m.Qualification(
            physician_id=phys.id,
            name=phys.name,
            id_number=phys.id_number,
            certificate_code=d.get("certificate_code"),
            level=d["level"],
            category=d["category"],
            source=source,
            issued_on=dt.date.fromisoformat(d["issued_on"]) if d.get("issued_on") else today,
            created_at=ctx.now or utcnow(),
        )
        session.add(qual)
        session.flush()
        out.physician_id = phys.id
        out.changed += [("physicians", phys.id), ("qualifications", qual.id)]
    elif kind in (K.HMT_SHORT_TERM, K.FOREIGN_SHORT_TERM):
        assert prep.institution is not None
        phys = _find_or_create_person(ctx, d)
        province = area_parts(prep.institution.jurisdiction)[0]
        permit = m.ShortTermPermit(
            physician_id=phys.id,
            kind="hmt" if kind == K.HMT_SHORT_TERM else "foreign",
            origin=d["origin"],
            institution_id=prep.institution.id,
            inviting_institution_id=d.get("inviting_institution_id"),
            category=d["category"],
            scopes=list(d["scopes"]),
            term_start=dt.date.fromisoformat(d["term_start"]),
            term_end=dt.date.fromisoformat(d["term_end"]),
            permit_number=None,  # issued last in the approving transaction: issue_code
            case_id=case.id,
            status="active",
            renews_permit_id=d.get("renews_permit_id"),
        )
        session.add(permit)
        session.flush()
        out.physician_id = phys.id
        out.permit = permit
        out.code_province = province
        out.changed += [("physicians", phys.id), ("short_term_permits", permit.id)]
        return out
    else:  # pragma: no cover - every kind is listed above
        raise ValidationError(f"业务类型「{kind}」无法办理", "kind")
    if reg is not None:
        out.registration_id = reg.id
        out.registration_code = reg.registration_code
        out.practice_certificate_number = reg.practice_certificate_number
    return out


def decided_level(session: Session, case: m.Case) -> str | None:
    """The practice level a decision on the case is about (who may decide depends on it), or None for
    kinds where it does not matter. 助理医师升执业医师 is about the 执业医师 registration it makes."""
    if case.kind not in LEVEL_DECIDED_KINDS:
        return None
    if case.kind == K.ASSISTANT_UPGRADE:
        return str(Level.PHYSICIAN)
    details = case.details or {}
    if case.kind in (K.CHANGE, K.DIRECT_CHANGE):
        reg_id = case.registration_id or details.get("registration_id")
        reg = session.get(m.Registration, reg_id) if isinstance(reg_id, int) else None
        return reg.level if reg is not None else None
    level = details.get("level")
    return level if isinstance(level, str) else None


def starter_of(kind: str) -> str:
    """ "physician", "institution" or "counter": who starts a case of the kind."""
    if kind in COUNTER_KINDS:
        return "counter"
    if kind in INSTITUTION_KINDS:
        return "institution"
    return "physician"
