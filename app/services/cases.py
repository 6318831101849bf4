"""desk.cases: the case state machine — submit, confirm, return, approve, reject, withdraw, resubmit — with
queues, timelines, claims, paper materials and the working-day calendar.

Statuses: draft → submitted (waiting for the institution) → confirmed (waiting for the commission) →
approved | rejected; returned (for correction) and withdrawn. Institution and counter cases start at
confirmed. ``TRANSITIONS`` below is the one table of what may happen in which status; anything else is
an InvalidTransition saying the status and what may be done. The per-kind rules live in rules.py.

Paper: every case shows which required materials of its kind have not been ticked as received
(``materials_complete``, ``missing_materials``); a counter case is approved only with all of them.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    CursorResult,
    Date,
    Integer,
    Select,
    Table,
    Update,
    bindparam,
    func,
    or_,
    select,
    tuple_,
    union_all,
    update,
)
from sqlalchemy.orm.attributes import set_committed_value
from sqlalchemy.orm.exc import StaleDataError

from app import models as m
from app.services import audit, overview, permissions, reference, rules, search, validation
from app.services.base import CHINA, Service, Tx
from app.services.codes import is_case_number, next_case_number
from app.services.enums import COUNTER_KINDS, INSTITUTION_KINDS, PHYSICIAN_KINDS, CaseKind, CaseStatus
from app.services.errors import (
    ConflictError,
    DomainError,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.services.permissions import COMMISSION, INSTITUTION, PHYSICIAN, Principal, area_parts
from app.services.types import (
    Actor,
    CalendarDayView,
    Case,
    CaseDetail,
    CaseEventView,
    CaseOverview,
    MaterialState,
    Page,
    assemble,
)
from app.services.workdays import DECISION_WORKDAYS, Deadline, Period, WorkCalendar, decision_deadline

S = CaseStatus
CLAIM_TTL = dt.timedelta(minutes=30)
MAX_PAGE = 500

#: (action, from status) → to status. The one table of the state machine.
TRANSITIONS: dict[tuple[str, str], str] = {
    ("submit", S.DRAFT): S.SUBMITTED,
    ("update", S.DRAFT): S.DRAFT,
    ("update", S.RETURNED): S.RETURNED,
    ("confirm", S.SUBMITTED): S.CONFIRMED,
    ("return", S.SUBMITTED): S.RETURNED,
    ("return", S.CONFIRMED): S.RETURNED,
    ("approve", S.CONFIRMED): S.APPROVED,
    ("reject", S.CONFIRMED): S.REJECTED,
    ("resubmit", S.RETURNED): S.SUBMITTED,  # institution and counter kinds go straight to confirmed
    ("withdraw", S.DRAFT): S.WITHDRAWN,
    ("withdraw", S.SUBMITTED): S.WITHDRAWN,
    ("withdraw", S.CONFIRMED): S.WITHDRAWN,
    ("withdraw", S.RETURNED): S.WITHDRAWN,
}
ACTION_LABELS = {
    "draft": "保存草稿",
    "submit": "提交申请",
    "apply": "机构申请",
    "counter": "窗口受理",
    "update": "修改申请内容",
    "resubmit": "重新提交",
    "confirm": "机构确认",
    "return": "退回补正",
    "approve": "批准",
    "reject": "不予批准",
    "withdraw": "撤回",
    "claim": "认领",
    "release": "释放认领",
    "material": "登记纸质材料",
}
#: What may be done in each status, for the InvalidTransition message.
NEXT_STEPS: dict[str, str] = {
    S.DRAFT: "申请人可以修改、提交或撤回",
    S.SUBMITTED: "医疗机构可以确认或退回补正，申请人可以撤回",
    S.CONFIRMED: "卫生健康委可以批准、不予批准或退回补正，申请人可以撤回",
    S.RETURNED: "申请人可以修改后重新提交，或撤回",
    S.APPROVED: "案件已办结，不能再办理",
    S.REJECTED: "案件已办结，不能再办理；如需办理请重新申请",
    S.WITHDRAWN: "案件已撤回，不能再办理；如需办理请重新申请",
}
#: Actions that change the case row (and its version); claims and material checks do not.
VERSIONED_ACTIONS = frozenset(ACTION_LABELS) - {"claim", "release", "material"}
#: Reasons that say nothing by themselves: free text is then required.
OTHER_REASONS = frozenset({"other", "other_prohibited", "other_nhc_rule"})
#: Joins the names of a case's received materials read as one column (never in a material's name).
_NAME_SEPARATOR = "\x1f"
#: Recorded in the approval event of an electronic case approved before its paper was all in.
PAPER_MISSING = "纸质材料未齐"


# ---- argument checks (before any transaction) --------------------------------------------------


def _version(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError(f"案件版本号无效：「{value}」，请刷新后重试", "version")
    return value


def _case_id(value: Any) -> int:
    return rules.record_id(value, "case_id", "案件")


def _kind(value: Any) -> str:
    if not isinstance(value, str) or value not in {k.value for k in CaseKind}:
        raise ValidationError(f"业务类型「{value}」不存在", "kind")
    return value


def details_in(kind: str, details: dict[str, Any]) -> dict[str, Any]:
    """User-given details: known keys only, values a database can keep (dates become YYYY-MM-DD)."""
    rules.check_fields(kind, details)
    clean: dict[str, Any] = {}
    for key, value in details.items():
        if isinstance(value, dt.datetime):
            value = value.date().isoformat()
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, tuple | list):
            if not all(isinstance(v, str) for v in value):
                raise ValidationError(f"「{rules.FIELD_LABELS.get(key, key)}」应为文字列表", key)
            value = list(value)
        elif value is not None and not isinstance(value, str | int | bool):
            raise ValidationError(f"「{rules.FIELD_LABELS.get(key, key)}」的值无效", key)
        clean[key] = value
    return clean


def _merge(stored: dict[str, Any], given: dict[str, Any]) -> dict[str, Any]:
    """Details after an edit: given keys replace stored ones; values derived from replaced ones go."""
    merged = {k: v for k, v in stored.items() if k != "qualification_id"}
    if "institution_id" in given and "place" not in given:
        merged.pop("place", None)
    if "category" in given and "scopes" not in given and given.get("category") != stored.get("category"):
        merged.pop("scopes", None)
    merged.update(given)
    return merged


def _reason(value: Any, note: Any, *, kind: str, decision: str) -> tuple[str, str]:
    """(reason code, note) for a return or a refusal: a reason from the fixed list plus free text."""
    text = rules.note_text(note)
    if decision == "return":
        code = validation.return_reason(value if isinstance(value, str) else None)
    else:
        code = rules.refusal_reason(kind, value)
    if code in OTHER_REASONS and not text:
        raise ValidationError("选择「其他」类原因时须填写具体说明", "note")
    return code, text


def _paging(offset: Any, limit: Any) -> tuple[int, int]:
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError("分页起点无效", "offset")
    if isinstance(limit, bool) or not isinstance(limit, int) or not 1 <= limit <= MAX_PAGE:
        raise ValidationError(f"每页条数应为1至{MAX_PAGE}", "limit")
    return offset, limit


def _after(value: Any) -> tuple[dt.date | None, int] | None:
    """The keyset cursor: (deadline as YYYY-MM-DD or "" for none, case id)."""
    if value is None:
        return None
    if not isinstance(value, tuple | list) or len(value) != 2:
        raise ValidationError("翻页位置无效，请重新查询", "after")
    day, case_id = value
    if isinstance(case_id, bool) or not isinstance(case_id, int) or not isinstance(day, str):
        raise ValidationError("翻页位置无效，请重新查询", "after")
    if day == "":
        return None, case_id
    try:
        return dt.date.fromisoformat(day), case_id
    except ValueError:
        raise ValidationError("翻页位置无效，请重新查询", "after") from None


def _choices(value: Any, allowed: Iterable[str], field: str, label: str) -> list[str] | None:
    if value is None:
        return None
    items = (
        [value] if isinstance(value, str) else list(value) if isinstance(value, list | tuple | set) else None
    )
    options = set(allowed)
    if not items or any(not isinstance(v, str) or v not in options for v in items):
        raise ValidationError(f"{label}「{value}」无效", field)
    return items


# ---- helpers inside a transaction ---------------------------------------------------------------


def china_date(value: dt.datetime) -> dt.date:
    return value.astimezone(CHINA).date()


def _display(user: m.UserAccount | None) -> str:
    if user is None:
        return ""
    return user.display_name or user.username


def _org_of(tx: Tx, p: Principal) -> str:
    """The organisation the principal acts for, as the timeline names it."""
    if p.role == INSTITUTION and p.institution_id is not None:
        inst = tx.session.get(m.Institution, p.institution_id)
        return inst.name if inst is not None else ""
    if p.role == COMMISSION:
        return rules.authority_of(p)[0]
    return ""


def _action_label(action: str, kind: str) -> str:
    if kind in rules.REGISTERING_KINDS:
        return {"approve": "准予注册", "reject": "不予注册"}.get(action, ACTION_LABELS.get(action, action))
    return ACTION_LABELS.get(action, action)


def _claim_active(case: m.Case, now: dt.datetime) -> bool:
    return case.claimed_by is not None and case.claimed_at is not None and case.claimed_at + CLAIM_TTL > now


@functools.cache
def required_materials(kind: str) -> tuple[str, ...]:
    """Names of the paper materials a case of ``kind`` always needs (conditional ones excluded)."""
    return tuple(x["name"] for x in reference.materials(kind) if x["required"])


def missing_materials(kind: str, received: Iterable[str]) -> list[str]:
    """The required materials of ``kind`` not among ``received``, in the kind's order."""
    got = set(received)
    return [name for name in required_materials(kind) if name not in got]


#: A material counts as received when its check says so (the one condition of both reads below).
_IS_RECEIVED = m.MaterialCheck.received.is_(True)
#: Built once (its cache key is computed once, not at every call).
_RECEIVED = select(m.MaterialCheck.case_id, m.MaterialCheck.material).where(
    m.MaterialCheck.case_id.in_(bindparam("case_ids", expanding=True)), _IS_RECEIVED
)


#: The names of a case's materials received, as one column (a subquery of the case's row): in the queue's
#: page statement and in the case to decide.
_RECEIVED_NAMES = (
    select(func.aggregate_strings(m.MaterialCheck.material, _NAME_SEPARATOR))
    .where(m.MaterialCheck.case_id == m.Case.id, _IS_RECEIVED)
    .scalar_subquery()
)
#: The case to decide, locked (FOR UPDATE OF cases) and reloaded, with the names of its materials
#: received (what ``_received`` reads) in the same statement.
_CASE_TO_DECIDE = (
    select(m.Case, _RECEIVED_NAMES)
    .where(m.Case.id == bindparam("case_id"))
    .with_for_update(of=m.Case)
    .execution_options(populate_existing=True)
)


def _received(tx: Tx, case_ids: Sequence[int]) -> dict[int, set[str]]:
    """Names of the materials ticked as received, per case (one query for a page of cases)."""
    found: dict[int, set[str]] = {cid: set() for cid in case_ids}
    if case_ids:
        rows = tx.session.execute(_RECEIVED, {"case_ids": list(case_ids)})
        for case_id, name in rows:
            found[case_id].add(name)
    return found


def _view(
    case: m.Case,
    today: dt.date,
    now: dt.datetime,
    institution_name: str,
    claimer: str,
    updater: str,
    received: Iterable[str] = (),
) -> Case:
    claimed = _claim_active(case, now)
    missing = missing_materials(case.kind, received)
    return Case(
        id=case.id,
        number=case.number,
        kind=str(case.kind),
        status=str(case.status),
        version=case.version,
        physician_id=case.physician_id,
        institution_id=case.institution_id,
        registration_code=case.registration_code,
        details=dict(case.details or {}),
        received_at=case.received_at,
        deadline=case.deadline,
        kind_label=reference.kind_label(case.kind),
        status_label=reference.status_label(case.status, case.kind),
        applicant_name=case.applicant_name,
        applicant_id_number=case.applicant_id_number,
        institution_name=institution_name,
        created_at=case.created_at,
        submitted_at=case.submitted_at,
        decided_at=case.decided_at,
        overdue=case.status == S.CONFIRMED and case.deadline is not None and case.deadline < today,
        deadline_provisional=bool(case.deadline_provisional),
        claimed_by_name=claimer if claimed else None,
        claimed_until=case.claimed_at + CLAIM_TTL if claimed and case.claimed_at else None,
        updated_by_name=updater,
        updated_at=case.updated_at,
        registration_id=case.registration_id,
        jurisdiction=case.jurisdiction,
        practice_certificate_number=case.practice_certificate_number,
        materials_complete=not missing,
        missing_materials=missing,
        report_due=case.report_due,
        report_late_days=case.report_late_days,
    )


def to_plain(tx: Tx, case: m.Case) -> Case:
    """The case as a plain value (names and received materials looked up in the same transaction)."""
    s = tx.session
    inst = s.get(m.Institution, case.institution_id) if case.institution_id else None
    claimer = s.get(m.UserAccount, case.claimed_by) if case.claimed_by else None
    updater = s.get(m.UserAccount, case.updated_by) if case.updated_by else None
    received = _received(tx, [case.id])[case.id]
    return _view(
        case, tx.today, tx.now, inst.name if inst else "", _display(claimer), _display(updater), received
    )


def _timeline(tx: Tx, case: m.Case) -> list[CaseEventView]:
    events = tx.session.scalars(
        select(m.CaseEvent).where(m.CaseEvent.case_id == case.id).order_by(m.CaseEvent.id)
    ).all()
    result = []
    for e in events:
        data = dict(e.data or {})
        result.append(
            CaseEventView(
                id=e.id,
                at=e.at,
                who=e.actor_name,
                role=e.actor_role,
                role_label=permissions.ROLE_LABELS.get(e.actor_role, e.actor_role),
                institution_name=str(data.pop("org", "")),
                action=e.action,
                action_label=_action_label(e.action, case.kind),
                from_status=e.from_status,
                from_label=reference.status_label(e.from_status, case.kind) if e.from_status else "",
                to_status=e.to_status,
                to_label=reference.status_label(e.to_status, case.kind) if e.to_status else "",
                reason=e.reason_code,
                reason_label=reference.reason_label(e.reason_code) if e.reason_code else "",
                note=e.reason_text,
                data=data,
            )
        )
    return result


def _detail_names(tx: Tx, case: Case) -> dict[str, str]:
    """Display text of the records a readable case's details point at (part of the case for its reader)."""
    names: dict[str, str] = {}
    if case.institution_id is not None and case.institution_name:
        names[f"institution:{case.institution_id}"] = case.institution_name
    for key in ("institution_id", "inviting_institution_id"):
        value = case.details.get(key)
        if isinstance(value, int) and not isinstance(value, bool) and f"institution:{value}" not in names:
            inst = tx.session.get(m.Institution, value)
            if inst is not None:
                names[f"institution:{value}"] = inst.name
    reg_id = case.details.get("registration_id")
    if isinstance(reg_id, int) and not isinstance(reg_id, bool) and case.physician_id is not None:
        reg = tx.session.get(m.Registration, reg_id)
        if reg is not None and reg.physician_id == case.physician_id:
            inst = tx.session.get(m.Institution, reg.main_institution_id) if reg.main_institution_id else None
            where = inst.name if inst is not None else reference.area_name(reg.place)
            code = reg.registration_code or "（无注册编码）"
            names[f"registration:{reg_id}"] = f"{code}　{reg.category}　{where}".strip()
    permit_id = case.details.get("renews_permit_id")  # a renewal (延期): the permit it continues
    if isinstance(permit_id, int) and not isinstance(permit_id, bool):
        permit = tx.session.get(m.ShortTermPermit, permit_id)
        if permit is not None:
            term = f"{permit.term_start.isoformat()} 至 {permit.term_end.isoformat()}"
            names[f"permit:{permit_id}"] = f"{permit.permit_number or ''}　{term}".strip()
    return names


def can_see(p: Principal, case: m.Case) -> bool:
    """Who sees a case: permissions.can_read_case, and drafts only by their physician."""
    if case.status == S.DRAFT and p.role != PHYSICIAN:
        return False
    return permissions.can_read_case(p, case)


def _periods(tx: Tx, case_id: int) -> list[Period]:
    """The stretches a case spent with the commission, from its events (the last may be open)."""
    periods: list[Period] = []
    start: dt.date | None = None
    rows = tx.session.execute(
        select(m.CaseEvent.at, m.CaseEvent.from_status, m.CaseEvent.to_status)
        .where(m.CaseEvent.case_id == case_id)
        .order_by(m.CaseEvent.id)
    )
    for at, from_status, to_status in rows:
        if to_status == S.CONFIRMED and from_status != S.CONFIRMED:
            start = china_date(at)
        elif from_status == S.CONFIRMED and to_status != S.CONFIRMED and start is not None:
            periods.append(Period(start, china_date(at)))
            start = None
    if start is not None:
        periods.append(Period(start, None))
    return periods


def _deadline_from(tx: Tx, case_id: int | None, confirmed_on: dt.date) -> Deadline:
    """The deadline of a case confirmed (again) on ``confirmed_on``; earlier stretches count."""
    closed = [p for p in _periods(tx, case_id) if p.end is not None] if case_id is not None else []
    result = decision_deadline(WorkCalendar(tx.session), [*closed, Period(confirmed_on, None)])
    assert result is not None
    return result


_ID_PREFIX = re.compile(r"[0-9]{6,17}[0-9X]?")


def _search_condition(typed: str) -> ColumnElement[bool]:
    """What the queue's search box finds: prefixes of case number, ID number and name; pinyin initials."""
    text = search.normalise(typed)
    upper = text.upper().replace(" ", "")
    if upper.startswith("YS") and upper[2:].isdigit():
        return search.prefix_condition(m.Case.number, upper)
    found: list[ColumnElement[bool]] = []
    if _ID_PREFIX.fullmatch(upper):
        found.append(search.prefix_condition(m.Case.applicant_id_number, upper))
    if search.has_han(text) or not upper.isdigit():
        found.append(m.Case.applicant_name.startswith(text, autoescape=True))
    q = search.classify(text)
    if q.kind == "initials":
        found.append(
            m.Case.physician_id.in_(
                select(m.Physician.id).where(search.initials_condition(m.Physician.name_initials, q.value))
            )
        )
    if is_case_number(upper):
        found.append(m.Case.number == upper)
    return or_(*found) if found else m.Case.id.is_(None)


class _QueueShape(NamedTuple):
    """Everything a queue statement depends on but the paging values: the key of its cached statements."""

    scope: tuple[Any, ...]  # the principal's may_act, role, jurisdiction, institution, physician
    statuses: tuple[str, ...] | None
    kinds: tuple[str, ...] | None
    physician_id: int | None
    institution_id: int | None
    decided_on: dt.date | None
    overdue: bool | None
    today: dt.date | None  # only when ``overdue`` filters (it moves the boundary)
    text: str


class _QueueStatements(NamedTuple):
    first: Select[Any]  # offset path: q_offset, q_limit
    first_counted: Select[Any]  # the same with the count of every match as the last column
    count_all: Select[Any]
    dated_after: Select[Any]  # from a dated case, then the undated: q_day, q_id, q_reach, q_offset, q_limit
    undated_after: Select[Any]  # keyset from an undated case: q_id, q_offset, q_limit


_CASES: Table = m.Case.__table__  # type: ignore[assignment]
_CLAIMER = m.UserAccount.__table__.alias("claimer")
_UPDATER = m.UserAccount.__table__.alias("updater")
#: The case columns a queue line is built from, in ``_queue_item``'s order.
_QUEUE_COLUMNS = tuple(
    _CASES.c[name]
    for name in (
        "id", "number", "kind", "status", "version", "physician_id", "institution_id", "registration_code",
        "details", "received_at", "deadline", "applicant_name", "applicant_id_number", "created_at",
        "submitted_at", "decided_at", "deadline_provisional", "claimed_by", "claimed_at", "updated_at",
        "registration_id", "jurisdiction", "practice_certificate_number", "report_due", "report_late_days",
    )
)
_QUEUE_CACHE_SIZE = 256
_queue_cache: dict[_QueueShape, _QueueStatements] = {}
_queue_cache_lock = threading.Lock()


def _queue_where(shape: _QueueShape, p: Principal) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [permissions.case_clause(p)]
    if p.role != PHYSICIAN:
        where.append(m.Case.status != S.DRAFT)
    if shape.statuses:
        where.append(m.Case.status.in_(shape.statuses))
    if shape.kinds:
        where.append(m.Case.kind.in_(shape.kinds))
    if shape.physician_id is not None:
        where.append(m.Case.physician_id == shape.physician_id)
    if shape.institution_id is not None:
        where.append(m.Case.institution_id == shape.institution_id)
    if shape.decided_on is not None:
        where += [
            m.Case.decided_at >= overview.day_start(shape.decided_on),
            m.Case.decided_at < overview.day_start(shape.decided_on + dt.timedelta(days=1)),
        ]
    if shape.overdue is True:
        where += [m.Case.status == S.CONFIRMED, m.Case.deadline < shape.today]
    elif shape.overdue is False:
        where.append(
            or_(m.Case.status != S.CONFIRMED, m.Case.deadline.is_(None), m.Case.deadline >= shape.today)
        )
    if shape.text:
        where.append(_search_condition(shape.text))
    return where


def _queue_statements(shape: _QueueShape, p: Principal) -> _QueueStatements:
    """The queue's statements for one filter shape (``p`` must be the principal ``shape.scope`` came from),
    built once per process and kept for the last ``_QUEUE_CACHE_SIZE`` shapes."""
    found = _queue_cache.get(shape)
    if found is not None:
        return found
    where = _queue_where(shape, p)
    columns: list[Any] = [
        *_QUEUE_COLUMNS,
        m.Institution.__table__.c.name.label("institution_name"),
        _CLAIMER.c.display_name.label("claimer_name"),
        _CLAIMER.c.username.label("claimer_username"),
        _UPDATER.c.display_name.label("updater_name"),
        _UPDATER.c.username.label("updater_username"),
        _RECEIVED_NAMES.label("received_names"),  # the materials received, in the page's own statement
    ]
    institutions = m.Institution.__table__
    joined = (
        _CASES.outerjoin(institutions, institutions.c.id == _CASES.c.institution_id)
        .outerjoin(_CLAIMER, _CLAIMER.c.id == _CASES.c.claimed_by)
        .outerjoin(_UPDATER, _UPDATER.c.id == _CASES.c.updated_by)
    )
    count = select(func.count()).select_from(_CASES).where(*where)
    # BIGINT: an offset (and offset + limit, q_reach) may pass 2**31 - 1, which an INTEGER cast refuses
    offset, limit = bindparam("q_offset", type_=BigInteger), bindparam("q_limit", type_=Integer)
    by_deadline = (_CASES.c.deadline.asc().nulls_last(), _CASES.c.id)

    def page(*more_where: Any) -> Select[Any]:
        return select(*columns).select_from(joined).where(*where, *more_where)

    last_id = bindparam("q_id", type_=Integer)
    built = _QueueStatements(
        first=page().order_by(*by_deadline).offset(offset).limit(limit),
        first_counted=page()
        .add_columns(count.scalar_subquery().label("total"))
        .order_by(*by_deadline)
        .offset(offset)
        .limit(limit),
        count_all=count,
        dated_after=_dated_then_undated(page, offset, limit, last_id, by_deadline),
        # Undated cases in id order, asked for as (deadline, id): the same order where every deadline is
        # empty, and the order of the (status, area, deadline, id) indexes, whose range the planner then
        # reads. Ordered by id alone, PostgreSQL's generic plan (psycopg prepares a statement used 5
        # times) walked the primary key past every case of every area (11.5 ms at 20,000 cases, against
        # 0.02 ms).
        undated_after=page(_CASES.c.deadline.is_(None), _CASES.c.id > last_id)
        .order_by(*by_deadline)
        .offset(offset)
        .limit(limit),
    )
    with _queue_cache_lock:
        if len(_queue_cache) >= _QUEUE_CACHE_SIZE:
            _queue_cache.pop(next(iter(_queue_cache)))  # the oldest shape
        _queue_cache[shape] = built
    return built


def _dated_then_undated(page: Any, offset: Any, limit: Any, last_id: Any, by_deadline: Any) -> Select[Any]:
    """A keyset page from a dated case as one statement: the dated cases after (q_day, q_id) by (deadline,
    id) — a row-value comparison the index range starts at — then, when they run out before the page is
    full, the cases without a deadline by id (the order of the first page: deadline, none last, then id).

    ``page(*where)`` is the queue's line statement with more conditions. Each part reads at most
    ``q_reach`` (offset + limit) lines; the undated part is skipped outright when the dated one filled
    the page (an uncorrelated condition: PostgreSQL's one-time filter, evaluated once by SQLite too)."""
    reach = bindparam("q_reach", type_=BigInteger)
    dated = (
        page(
            _CASES.c.deadline.is_not(None),
            tuple_(_CASES.c.deadline, _CASES.c.id) > tuple_(bindparam("q_day", type_=Date), last_id),
        )
        .order_by(_CASES.c.deadline, _CASES.c.id)
        .limit(reach)
        .cte("dated")
    )
    undated = (
        page(_CASES.c.deadline.is_(None), select(func.count()).select_from(dated).scalar_subquery() < reach)
        .order_by(*by_deadline)  # = by id here; the order of the (…, deadline, id) indexes (see below)
        .limit(reach)
        .subquery("undated")
    )
    rows = union_all(select(dated), select(undated)).subquery("page_rows")
    return (
        select(rows)
        .order_by(rows.c.deadline.asc().nulls_last(), rows.c.id)
        .offset(offset)
        .limit(limit)
    )


@functools.lru_cache(maxsize=256)
def _labels(kind: str, status: str) -> tuple[str, str]:
    return reference.kind_label(kind), reference.status_label(status, kind)


def _queue_item(row: Any, today: dt.date, now: dt.datetime) -> Case:
    """One queue line from a row of ``_QUEUE_COLUMNS`` and the names: what ``_view`` builds from a case."""
    (cid, number, kind, status, version, physician_id, institution_id, registration_code, details,
     received_at, deadline, applicant_name, applicant_id_number, created_at, submitted_at, decided_at,
     provisional, claimed_by, claimed_at, updated_at, registration_id, jurisdiction, practice_number,
     report_due, report_late_days, inst_name, cl_name, cl_user, up_name, up_user, got) = row[:31]
    claimed = claimed_by is not None and claimed_at is not None and claimed_at + CLAIM_TTL > now
    missing = missing_materials(kind, got.split(_NAME_SEPARATOR) if got else ())
    kind_label, status_label = _labels(kind, status)
    return assemble(Case, {  # every field, without the frozen dataclass's per-field __init__
        "id": cid,
        "number": number,
        "kind": str(kind),
        "status": str(status),
        "version": version,
        "physician_id": physician_id,
        "institution_id": institution_id,
        "registration_code": registration_code,
        "details": dict(details or {}),
        "received_at": received_at,
        "deadline": deadline,
        "kind_label": kind_label,
        "status_label": status_label,
        "applicant_name": applicant_name,
        "applicant_id_number": applicant_id_number,
        "institution_name": inst_name or "",
        "created_at": created_at,
        "submitted_at": submitted_at,
        "decided_at": decided_at,
        "overdue": status == S.CONFIRMED and deadline is not None and deadline < today,
        "deadline_provisional": bool(provisional),
        "claimed_by_name": (cl_name or cl_user or "") if claimed else None,
        "claimed_until": claimed_at + CLAIM_TTL if claimed and claimed_at else None,
        "updated_by_name": up_name or up_user or "",
        "updated_at": updated_at,
        "registration_id": registration_id,
        "jurisdiction": jurisdiction,
        "practice_certificate_number": practice_number,
        "materials_complete": not missing,
        "missing_materials": missing,
        "report_due": report_due,
        "report_late_days": report_late_days,
    })


class CaseService(Service):
    """desk.cases: every kind of business from application to the issued code."""

    # ---- reads -----------------------------------------------------------------------------------

    def get(self, actor: Actor, case_id: int) -> Case:
        """One case. Raises ValidationError, NotFound, PermissionDenied."""
        cid = _case_id(case_id)
        with self.read(actor, "cases.get") as tx:
            return to_plain(tx, self._readable(tx, cid))

    def queue(
        self,
        actor: Actor,
        status: str | list[str] | None = None,
        kind: str | list[str] | None = None,
        offset: int = 0,
        limit: int = 50,
        overdue: bool | None = None,
        after: tuple[str, int] | None = None,
        search: str | None = None,
        physician_id: int | None = None,
        with_total: bool | None = None,
        institution_id: int | None = None,
        decided_on: dt.date | None = None,
    ) -> Page[Case]:
        """Cases the actor may see, sorted by deadline (none last) then id.

        ``after`` is the keyset cursor of the previous page (``Page.next_after``) for deep paging;
        ``offset`` still works. ``overdue=True`` lists confirmed cases past their deadline. ``search``
        matches the start of a case number (YS2026…), of an ID number (6 characters or more), of the
        applicant's name, or the pinyin initials of the applicant's name ("zw" for 张伟). Drafts are listed
        only to their physician. ``Page.total`` counts every matching case: by default only with the
        first page (no ``after``, ``offset`` 0), else None; ``with_total`` True/False always/never counts.
        ``institution_id`` keeps one institution's cases; ``decided_on`` the cases decided on that China
        date (the overview's lists behind its figures).
        Raises ValidationError for bad filters.
        """
        statuses = _choices(status, [s.value for s in S], "status", "案件状态")
        kinds = _choices(kind, [k.value for k in CaseKind], "kind", "业务类型")
        offset, limit = _paging(offset, limit)
        cursor = _after(after)
        if overdue not in (None, True, False):
            raise ValidationError("逾期筛选应为是或否", "overdue")
        if search is not None and not isinstance(search, str):
            raise ValidationError("搜索内容应为文字", "search")
        text = (search or "").strip()
        pid = rules.record_id(physician_id, "physician_id", "医师") if physician_id is not None else None
        iid = None if institution_id is None else rules.record_id(institution_id, "institution_id", "机构")
        if decided_on is not None and (
            not isinstance(decided_on, dt.date) or isinstance(decided_on, dt.datetime)
        ):
            raise ValidationError("办结日期应为日期", "decided_on")
        if decided_on is not None and not dt.date(1900, 1, 1) <= decided_on <= dt.date(2999, 12, 31):
            raise ValidationError("办结日期超出范围（1900年至2999年）", "decided_on")
        with self.read(actor, "cases.queue") as tx:
            p = tx.principal
            counting = with_total if with_total is not None else cursor is None and offset == 0
            # One statement object per filter shape, built once and reused (its cache key is memoized, the
            # compiled SQL comes from the engine's cache); only the paging values are bound per call.
            shape = _QueueShape(
                (p.may_act, p.role, p.jurisdiction, p.institution_id, p.physician_id),
                tuple(statuses) if statuses else None,
                tuple(kinds) if kinds else None,
                pid,
                iid,
                decided_on,
                overdue,
                tx.today if overdue is not None else None,
                text,
            )
            stmts = _queue_statements(shape, p)
            conn = tx.session.connection()
            total: int | None = None
            rows: list[Any]
            if cursor is None:
                # the first page carries its count (an uncorrelated subquery, evaluated once): one statement
                stmt = stmts.first_counted if counting else stmts.first
                rows = list(conn.execute(stmt, {"q_offset": offset, "q_limit": limit + 1}).all())
                if counting:
                    if rows:
                        total = rows[0][-1]
                    else:  # nothing on this page: the count still says how many there are
                        total = int(conn.execute(stmts.count_all).scalar() or 0)
            else:
                if counting:
                    total = int(conn.execute(stmts.count_all).scalar() or 0)
                # Keyset: from a dated case, the dated ones after it and then the undated ones in one
                # statement (``_dated_then_undated``); from an undated case, the undated ones after it.
                day, last_id = cursor
                if day is not None:
                    found = conn.execute(stmts.dated_after, {
                        "q_day": day, "q_id": last_id, "q_reach": offset + limit + 1, "q_offset": offset,
                        "q_limit": limit + 1,
                    })
                else:
                    found = conn.execute(stmts.undated_after, {
                        "q_id": last_id, "q_offset": offset, "q_limit": limit + 1,
                    })
                rows = list(found.all())
            more = len(rows) > limit
            today, now = tx.today, tx.now
            items = [_queue_item(r, today, now) for r in rows[:limit]]
            next_after = None
            if more and items:
                last = items[-1]
                next_after = (last.deadline.isoformat() if last.deadline else "", last.id)
            return Page(items, total, next_after)

    def overview(self, actor: Actor) -> CaseOverview:
        """The commission's overview of its jurisdiction: cases by kind and status, overdue cases by kind,
        approvals per working day of the last 30 days, the institutions with the most overdue and open
        cases (app.services.overview). Raises PermissionDenied for other roles."""
        with self.read(actor, "cases.overview") as tx:
            return overview.case_overview(tx)

    def overdue(
        self, actor: Actor, offset: int = 0, limit: int = 50, after: tuple[str, int] | None = None
    ) -> Page[Case]:
        """Confirmed cases past their 20-working-day deadline, oldest deadline first."""
        return self.queue(actor, status=S.CONFIRMED, overdue=True, offset=offset, limit=limit, after=after)

    def timeline(self, actor: Actor, case_id: int) -> list[CaseEventView]:
        """Every event of a case: who, in which role and organisation, when, what, from/to, why.

        Raises ValidationError, NotFound, PermissionDenied.
        """
        cid = _case_id(case_id)
        with self.read(actor, "cases.timeline") as tx:
            return _timeline(tx, self._readable(tx, cid))

    def detail(self, actor: Actor, case_id: int) -> CaseDetail:
        """Everything a case window shows, read in one transaction: the case, its timeline, its paper
        materials, its print log, and the names of the institutions and the registration its details
        point at (``names``: "institution:7" → name, "registration:3" → code, category and place).

        Raises ValidationError, NotFound, PermissionDenied.
        """
        from app.services.paper import print_log  # paper builds on this module

        cid = _case_id(case_id)
        with self.read(actor, "cases.detail") as tx:
            case = self._readable(tx, cid)
            plain = to_plain(tx, case)
            return CaseDetail(
                case=plain,
                timeline=_timeline(tx, case),
                materials=self._materials(tx, case),
                prints=print_log(tx, case),
                names=_detail_names(tx, plain),
                refusal_reasons=rules.refusal_reasons(case.kind),
            )

    def refusal_reasons(self, kind: str) -> list[reference.Reason]:
        """The reasons a case of ``kind`` may be refused with (不予注册 grounds for registrations)."""
        return rules.refusal_reasons(_kind(kind))

    # ---- starting a case -------------------------------------------------------------------------

    def submit(self, actor: Actor, kind: str, physician_id: int, **details: Any) -> Case:
        """Start a case. A physician submits for themself (→ submitted, waiting for the institution); an
        institution applies for filing or deregistration of its physician (→ confirmed). Counter kinds go
        through desk.counter.

        Raises ValidationError (a detail breaks a rule of the kind; the field is named), NotFound (no such
        physician), PermissionDenied (wrong role, another physician, not the main institution),
        ConflictError (an open case of the same kind exists).
        """
        kind = _kind(kind)
        if kind in COUNTER_KINDS:
            raise ValidationError(f"「{reference.kind_label(kind)}」只能在卫生健康委窗口办理", "kind")
        given = details_in(kind, details)
        with self.write(actor, "cases.submit") as tx:
            p = tx.principal
            self._require_starter(tx, kind, physician_id)
            status = S.SUBMITTED if kind in PHYSICIAN_KINDS else S.CONFIRMED
            action = "submit" if kind in PHYSICIAN_KINDS else "apply"
            case = create_case(
                tx,
                kind,
                physician_id,
                given,
                status=status,
                action=action,
                institution_id=p.institution_id if kind in INSTITUTION_KINDS else None,
            )
            return to_plain(tx, case)

    def save_draft(self, actor: Actor, kind: str, physician_id: int, **details: Any) -> Case:
        """Keep an unfinished application of a physician (status draft); the rules are checked at
        submit_draft. Raises ValidationError, PermissionDenied."""
        kind = _kind(kind)
        if kind not in PHYSICIAN_KINDS:
            raise ValidationError(f"「{reference.kind_label(kind)}」不能保存草稿", "kind")
        given = details_in(kind, details)
        with self.write(actor, "cases.save_draft") as tx:
            p = tx.principal
            self._require_starter(tx, kind, physician_id)
            phys = rules.physician_or_404(tx.session, physician_id)
            area = self._draft_area(tx, given)
            province, city, county = area_parts(area)
            case = m.Case(
                number=next_case_number(tx.session, tx.today),
                kind=kind,
                status=S.DRAFT,
                physician_id=phys.id,
                jurisdiction=county,
                city=city,
                province=province,
                details=given,
                created_by=p.user_id,
                created_at=tx.now,
                updated_at=tx.now,
                updated_by=p.user_id,
                applicant_name=phys.name,
                applicant_id_number=phys.id_number,
            )
            tx.session.add(case)
            tx.session.flush()
            record(tx, case, "draft", None, S.DRAFT)
            return to_plain(tx, case)

    # ---- moving a case ---------------------------------------------------------------------------

    def update_details(self, actor: Actor, case_id: int, version: int, **details: Any) -> Case:
        """The applicant edits a draft or a returned case (given keys replace the stored ones).

        A returned case is checked against the rules at once; a draft when it is submitted.
        Raises ValidationError, NotFound, PermissionDenied, ConflictError (stale version),
        InvalidTransition.
        """
        cid, ver = _case_id(case_id), _version(version)
        with self.write(actor, "cases.update_details") as tx:
            case = self._changeable(tx, cid, ver)
            given = details_in(case.kind, details)
            self._require_applicant(tx, case, "update")
            self._allowed(case, "update")
            merged = _merge(case.details or {}, given)
            if case.status == S.DRAFT:
                province, city, county = area_parts(self._draft_area(tx, merged))
                case.details = merged
                case.jurisdiction, case.city, case.province = county, city, province
            else:
                self._apply_prepared(case, self._prepare(tx, case, merged))
            record(tx, case, "update", case.status, case.status, data={"changed": sorted(given)})
            return to_plain(tx, case)

    def submit_draft(self, actor: Actor, case_id: int, version: int) -> Case:
        """The physician submits a draft to the institution (draft → submitted), checking every rule.

        Raises ValidationError, NotFound, PermissionDenied, ConflictError, InvalidTransition.
        """
        cid, ver = _case_id(case_id), _version(version)
        with self.write(actor, "cases.submit_draft") as tx:
            case = self._changeable(tx, cid, ver)
            self._require_applicant(tx, case, "submit")
            self._allowed(case, "submit")
            self._apply_prepared(case, self._prepare(tx, case, case.details or {}))
            case.submitted_at = tx.now
            record(tx, case, "submit", case.status, S.SUBMITTED)
            return to_plain(tx, case)

    def resubmit(self, actor: Actor, case_id: int, version: int, **details: Any) -> Case:
        """The applicant corrects a returned case and submits it again. A physician's case goes back to
        the institution (→ submitted); an institution's or counter case back to the commission
        (→ confirmed; the deadline continues with the working days left).

        Raises ValidationError, NotFound, PermissionDenied, ConflictError, InvalidTransition.
        """
        cid, ver = _case_id(case_id), _version(version)
        with self.write(actor, "cases.resubmit") as tx:
            case = self._changeable(tx, cid, ver)
            given = details_in(case.kind, details)
            self._require_applicant(tx, case, "resubmit")
            self._allowed(case, "resubmit")
            prepared = self._prepare(tx, case, _merge(case.details or {}, given))
            target = S.SUBMITTED if case.kind in PHYSICIAN_KINDS else S.CONFIRMED
            if target == S.CONFIRMED:
                self._enter_commission(tx, case)
            self._apply_prepared(case, prepared)
            if case.report_due is not None:  # a corrected departure day moves the 30-day clock
                case.report_due, case.report_late_days = rules.report_clock(
                    case.kind, case.details or {}, china_date(case.created_at))
            case.submitted_at = tx.now
            record(tx, case, "resubmit", case.status, target,
                   data={"changed": sorted(given), **(_report_data(case) or {})})
            return to_plain(tx, case)

    def confirm(self, actor: Actor, case_id: int, version: int) -> Case:
        """The institution confirms a physician's application (submitted → confirmed); the commission's
        20-working-day deadline starts (or continues after a return).

        Raises ValidationError, NotFound, PermissionDenied, ConflictError, InvalidTransition.
        """
        cid, ver = _case_id(case_id), _version(version)
        with self.write(actor, "cases.confirm") as tx:
            case = self._changeable(tx, cid, ver)
            p = tx.principal
            permissions.require_role(p, INSTITUTION)
            self._allowed(case, "confirm")
            self._enter_commission(tx, case)
            record(tx, case, "confirm", case.status, S.CONFIRMED)
            return to_plain(tx, case)

    def return_case(self, actor: Actor, case_id: int, version: int, reason: str, note: str = "") -> Case:
        """Send a case back for correction (退回补正) with a reason from the fixed list plus free text:
        the institution returns a submitted case, the commission a confirmed one (its deadline pauses).

        Raises ValidationError, NotFound, PermissionDenied, ConflictError, InvalidTransition.
        """
        cid, ver = _case_id(case_id), _version(version)
        with self.write(actor, "cases.return") as tx:
            case = self._changeable(tx, cid, ver)
            code, text = _reason(reason, note, kind=case.kind, decision="return")
            p = tx.principal
            permissions.require_role(p, INSTITUTION, COMMISSION)
            self._allowed(case, "return")
            if p.role == INSTITUTION and case.status != S.SUBMITTED:
                raise self._invalid(case, "return", "机构只能退回待机构确认的案件")
            if p.role == COMMISSION:
                if case.status != S.CONFIRMED:
                    raise self._invalid(case, "return", "卫生健康委只能退回待卫健委审核的案件")
                permissions.require_decider(p, rules.decided_level(tx.session, case), case.number)
                self._check_claim(tx, case)
                case.claimed_by = None
                case.claimed_at = None
            record(tx, case, "return", case.status, S.RETURNED, reason=code, note=text)
            return to_plain(tx, case)

    def approve(self, actor: Actor, case_id: int, version: int) -> Case:
        """The commission approves a confirmed case: the rules of its kind are checked again and its
        effect is made in the same transaction; a registration gets its electronic registration code and
        practice certificate number (issued here, gapless per province and year).

        Who decides: a 执业医师 registration (first, military → local, counter, upgrade, change) only a
        provincial, city or national commission; a county commission decides 执业助理医师 ones.
        Paper: a counter case (the walk-in brings the folder) needs every required material ticked; an
        electronic case may be approved before its paper arrives, and the approval event says so
        (data "paper": "纸质材料未齐", "missing_materials").

        Raises ValidationError (a rule no longer holds; field "materials": a counter case's paper is
        incomplete), NotFound, PermissionDenied (outside the jurisdiction; reason "role": a county
        commission and a 执业医师 registration), ConflictError (stale version, claimed by another
        clerk), InvalidTransition.
        """
        cid, ver = _case_id(case_id), _version(version)
        with self.write(actor, "cases.approve") as tx:
            case, received = self._decidable(tx, cid, ver)
            p = tx.principal
            permissions.require_role(p, COMMISSION)
            permissions.require_decider(p, rules.decided_level(tx.session, case), case.number)
            self._allowed(case, "approve")
            self._check_claim(tx, case)
            missing = missing_materials(case.kind, received)
            if missing and case.kind in COUNTER_KINDS:
                raise ValidationError(
                    f"窗口业务须收齐纸质材料后才能批准：案件 {case.number} 尚缺 {'、'.join(missing)}",
                    "materials",
                    missing="、".join(missing),
                )
            # one decision per physician at a time: deciding, the rules read the physician locked (with
            # the case's institution); a walk-in's record, when the case has one, is locked here
            ctx = self._rule_context(tx, case, deciding=True)
            if case.kind in rules.WALK_IN_KINDS and case.physician_id is not None:
                rules.lock_physician(tx.session, case.physician_id)
            prepared = self._prepare(tx, case, case.details or {}, ctx=ctx)
            outcome = rules.apply(ctx, case, prepared)
            # Everything but the code first (the feed entries go out now), the code last: the counter
            # row of (province, year) is locked from its UPDATE to COMMIT, so every approval of the
            # province queues only for the few statements after it.
            physician_id = outcome.physician_id if outcome.physician_id is not None else case.physician_id
            for table, row_id in outcome.changed:
                tx.feed(
                    table,
                    row_id,
                    "updated",
                    jurisdiction=case.jurisdiction,
                    institution_id=case.institution_id,
                    physician_id=physician_id,
                )
            tx.feed(
                "cases",
                case.id,
                "approve",
                jurisdiction=case.jurisdiction,
                institution_id=case.institution_id,
                physician_id=physician_id,
            )
            inst = rules.institution_by_id(ctx, case.institution_id) if case.institution_id else None
            org = _org_of(tx, p)
            updater = p.name or p.username  # as _display(the account) shows it
            tx.flush_feed()
            tx.session.flush()
            # the counter row is locked from here; the code goes on the new row with the case's UPDATE
            rules.issue_code(tx.session, outcome, tx.today, write=False)
            decided: dict[str, Any] = {
                "registration_code": outcome.registration_code,
                "practice_certificate_number": outcome.practice_certificate_number,
                "physician_id": physician_id,
                "decided_at": tx.now,
                "decided_by": p.user_id,
                "claimed_by": None,
                "claimed_at": None,
            }
            if outcome.registration_id is not None:
                decided["registration_id"] = outcome.registration_id
            issued: dict[str, Any] = {}
            if outcome.registration_code:
                issued["registration_code"] = outcome.registration_code
            if outcome.practice_certificate_number:
                issued["practice_certificate_number"] = outcome.practice_certificate_number
            if missing:  # an electronic case: the paper may follow the decision, the history says so
                issued.update(paper=PAPER_MISSING, missing_materials=missing)
            record(
                tx, case, "approve", S.CONFIRMED, S.APPROVED, data=issued or None, feed=False, org=org,
                write=decided,
                write_first=outcome.code_write,
            )
            tx.session.flush()  # anything else the rules changed (nothing, for the common kinds)
            return _view(case, tx.today, tx.now, inst.name if inst else "", "", updater, received)

    def reject(self, actor: Actor, case_id: int, version: int, reason: str, note: str = "") -> Case:
        """The commission refuses a confirmed case (不予注册 for registrations) with a reason from the fixed
        list plus free text. Who may refuse a registration is who may approve it (see approve); a
        refusal needs no paper.

        Raises ValidationError, NotFound, PermissionDenied, ConflictError, InvalidTransition.
        """
        cid, ver = _case_id(case_id), _version(version)
        with self.write(actor, "cases.reject") as tx:
            case = self._changeable(tx, cid, ver)
            code, text = _reason(reason, note, kind=case.kind, decision="reject")
            p = tx.principal
            permissions.require_role(p, COMMISSION)
            permissions.require_decider(p, rules.decided_level(tx.session, case), case.number)
            self._allowed(case, "reject")
            self._check_claim(tx, case)
            case.decided_at = tx.now
            case.decided_by = p.user_id
            case.claimed_by = None
            case.claimed_at = None
            record(tx, case, "reject", S.CONFIRMED, S.REJECTED, reason=code, note=text)
            return to_plain(tx, case)

    def withdraw(self, actor: Actor, case_id: int, version: int, note: str = "") -> Case:
        """The applicant takes a case back before the decision.

        Raises ValidationError, NotFound, PermissionDenied, ConflictError, InvalidTransition.
        """
        cid, ver = _case_id(case_id), _version(version)
        text = rules.note_text(note)
        with self.write(actor, "cases.withdraw") as tx:
            case = self._changeable(tx, cid, ver)
            self._require_applicant(tx, case, "withdraw")
            self._allowed(case, "withdraw")
            case.claimed_by = None
            case.claimed_at = None
            record(tx, case, "withdraw", case.status, S.WITHDRAWN, note=text)
            return to_plain(tx, case)

    # ---- claims and paper ------------------------------------------------------------------------

    def claim(self, actor: Actor, case_id: int) -> Case:
        """A commission clerk takes a confirmed case for 30 minutes, so two clerks don't open the same
        one. Claiming one's own claim again renews it.

        Raises ValidationError, NotFound, PermissionDenied, ConflictError (held by another clerk, named),
        InvalidTransition (the case is not waiting for the commission).
        """
        cid = _case_id(case_id)
        with self.write(actor, "cases.claim") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION)
            case = self._readable(tx, cid)
            if case.status != S.CONFIRMED:
                raise self._invalid(case, "claim", "只有待卫健委审核的案件可以认领")
            permissions.require_decider(p, rules.decided_level(tx.session, case), case.number)
            result = tx.session.execute(
                update(m.Case)
                .where(
                    m.Case.id == cid,
                    or_(
                        m.Case.claimed_by.is_(None),
                        m.Case.claimed_by == p.user_id,
                        m.Case.claimed_at <= tx.now - CLAIM_TTL,
                    ),
                )
                .values(claimed_by=p.user_id, claimed_at=tx.now)
                .execution_options(synchronize_session=False)
            )
            tx.session.refresh(case)
            if cast("CursorResult[Any]", result).rowcount == 0:
                raise self._claimed_error(tx, case)
            record(tx, case, "claim", None, None)
            return to_plain(tx, case)

    def release(self, actor: Actor, case_id: int) -> Case:
        """Give a claimed case back (the holder, or a commission administrator for anyone's claim).

        Raises ValidationError, NotFound, PermissionDenied, ConflictError (held by another clerk).
        """
        cid = _case_id(case_id)
        with self.write(actor, "cases.release") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION)
            case = self._readable(tx, cid)
            condition = [m.Case.id == cid, m.Case.claimed_by.is_not(None)]
            if not p.is_admin:
                condition.append(or_(m.Case.claimed_by == p.user_id, m.Case.claimed_at <= tx.now - CLAIM_TTL))
            result = tx.session.execute(
                update(m.Case)
                .where(*condition)
                .values(claimed_by=None, claimed_at=None)
                .execution_options(synchronize_session=False)
            )
            tx.session.refresh(case)
            if cast("CursorResult[Any]", result).rowcount == 0:
                if _claim_active(case, tx.now):
                    raise self._claimed_error(tx, case)
                return to_plain(tx, case)  # nothing held: releasing is a no-op
            record(tx, case, "release", None, None)
            return to_plain(tx, case)

    def materials(self, actor: Actor, case_id: int) -> list[MaterialState]:
        """The paper materials of a case and which have arrived. Raises ValidationError, NotFound,
        PermissionDenied."""
        cid = _case_id(case_id)
        with self.read(actor, "cases.materials") as tx:
            return self._materials(tx, self._readable(tx, cid))

    def check_material(
        self, actor: Actor, case_id: int, material: str, received: bool
    ) -> list[MaterialState]:
        """Tick (or untick) a paper material of a case as it arrives at the counter.

        Raises ValidationError (not a material of the kind), NotFound, PermissionDenied,
        InvalidTransition (the case is closed).
        """
        cid = _case_id(case_id)
        name = material.strip() if isinstance(material, str) else ""
        with self.write(actor, "cases.check_material") as tx:
            case = self._paper_case(tx, cid, received)
            self._tick(tx, case, [name], received)
            record(tx, case, "material", None, None, data={"material": name, "received": received})
            return self._materials(tx, case)

    def check_materials(
        self, actor: Actor, case_id: int, materials: list[str] | None = None, received: bool = True
    ) -> list[MaterialState]:
        """Tick several paper materials of a case at once (a walk-in hands over the whole folder);
        ``materials`` None means every required material of the kind. One event in the timeline.

        Raises ValidationError (not a material of the kind), NotFound, PermissionDenied,
        InvalidTransition (the case is closed).
        """
        cid = _case_id(case_id)
        if materials is not None and (
            isinstance(materials, str)
            or not isinstance(materials, list | tuple)
            or not materials
            or not all(isinstance(x, str) for x in materials)
        ):
            raise ValidationError("请选择要登记的纸质材料", "material")
        with self.write(actor, "cases.check_materials") as tx:
            case = self._paper_case(tx, cid, received)
            names = (
                list(required_materials(case.kind))
                if materials is None
                else list(dict.fromkeys(x.strip() for x in materials))
            )
            self._tick(tx, case, names, received)
            record(tx, case, "material", None, None, data={"materials": names, "received": received})
            return self._materials(tx, case)

    def _paper_case(self, tx: Tx, case_id: int, received: Any) -> m.Case:
        """The case whose paper a commission clerk registers: readable, open, ``received`` a bool."""
        permissions.require_role(tx.principal, COMMISSION)
        case = self._readable(tx, case_id)
        if not isinstance(received, bool):
            raise ValidationError("请选择是否已收到该材料", "received")
        if case.status not in (S.SUBMITTED, S.CONFIRMED, S.RETURNED):
            raise self._invalid(case, "material", "只有办理中的案件可以登记材料")
        return case

    def _tick(self, tx: Tx, case: m.Case, names: list[str], received: bool) -> None:
        known = [x["name"] for x in reference.materials(case.kind)]
        for name in names:
            if name not in known:
                raise ValidationError(
                    f"「{name}」不是「{reference.kind_label(case.kind)}」的纸质材料", "material"
                )
        rows = {
            r.material: r
            for r in tx.session.scalars(
                select(m.MaterialCheck).where(
                    m.MaterialCheck.case_id == case.id, m.MaterialCheck.material.in_(names)
                )
            )
        }
        for name in names:
            row = rows.get(name)
            if row is None:
                row = m.MaterialCheck(case_id=case.id, material=name)
                tx.session.add(row)
            row.received = received
            row.checked_by = tx.principal.user_id
            row.checked_at = tx.now

    # ---- the working-day calendar ----------------------------------------------------------------

    def calendar_days(self, actor: Actor, year: int) -> list[CalendarDayView]:
        """The commission's entries for a year (days the holiday library does not know or that differ)."""
        if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
            raise ValidationError(f"年份无效：「{year}」", "year")
        with self.read(actor, "cases.calendar_days") as tx:
            permissions.require_role(tx.principal, COMMISSION)
            rows = tx.session.scalars(
                select(m.CalendarDay)
                .where(m.CalendarDay.day >= dt.date(year, 1, 1), m.CalendarDay.day <= dt.date(year, 12, 31))
                .order_by(m.CalendarDay.day)
            )
            return [CalendarDayView(r.day, r.is_workday, r.note) for r in rows]

    def set_calendar_day(
        self, actor: Actor, day: dt.date | str, is_workday: bool | None, note: str = ""
    ) -> int:
        """A commission administrator marks a day as working (True) or not (False), or removes the entry
        (None). Deadlines of open confirmed cases are recomputed; returns how many changed.

        Raises ValidationError, PermissionDenied.
        """
        when = validation.date_value(day, "day", "日期")
        if is_workday is not None and not isinstance(is_workday, bool):
            raise ValidationError("请选择工作日或休息日", "is_workday")
        text = rules.note_text(note)
        if len(text) > 60:
            raise ValidationError("说明不能超过60个字符", "note")
        with self.write(actor, "cases.set_calendar_day") as tx:
            permissions.require_commission_admin(tx.principal)
            row = tx.session.get(m.CalendarDay, when)
            if is_workday is None:
                if row is not None:
                    tx.session.delete(row)
            elif row is None:
                tx.session.add(m.CalendarDay(day=when, is_workday=is_workday, note=text))
            else:
                row.is_workday, row.note = is_workday, text
            tx.session.flush()
            tx.audit(
                "cases.set_calendar_day",
                "calendar_day",
                when.isoformat(),
                {"is_workday": is_workday, "note": text},
            )
            tx.feed("calendar_days", when.toordinal(), "updated")
            return self._recompute_deadlines(tx, when)

    # ---- internals -------------------------------------------------------------------------------

    def _readable(self, tx: Tx, case_id: int) -> m.Case:
        case = tx.session.get(m.Case, case_id)
        if case is None:
            raise NotFound(f"案件不存在（编号 {case_id}）", "case_id")
        if not can_see(tx.principal, case):
            if case.status == S.DRAFT:
                raise NotFound(f"案件不存在（编号 {case_id}）", "case_id")
            permissions.require_case(tx.principal, case)
        return case

    def _changeable(self, tx: Tx, case_id: int, version: int) -> m.Case:
        """The case locked for this transaction; the caller must have seen its current version."""
        case = tx.session.get(m.Case, case_id, with_for_update=True, populate_existing=True)
        return self._check_changeable(tx, case, case_id, version)

    def _decidable(self, tx: Tx, case_id: int, version: int) -> tuple[m.Case, set[str]]:
        """``_changeable``, with the names of the materials received (``_received``) read in the same
        statement (the approval)."""
        row = tx.session.execute(_CASE_TO_DECIDE, {"case_id": case_id}).first()
        case = self._check_changeable(tx, row[0] if row is not None else None, case_id, version)
        assert row is not None
        names: str | None = row[1]
        return case, set(names.split(_NAME_SEPARATOR)) if names else set()

    def _check_changeable(self, tx: Tx, case: m.Case | None, case_id: int, version: int) -> m.Case:
        if case is None:
            raise NotFound(f"案件不存在（编号 {case_id}）", "case_id")
        if not can_see(tx.principal, case):
            if case.status == S.DRAFT:
                raise NotFound(f"案件不存在（编号 {case_id}）", "case_id")
            permissions.require_case(tx.principal, case)
        if case.version != version:
            raise self._stale(tx, case)
        return case

    def _stale(self, tx: Tx, case: m.Case) -> ConflictError:
        """The caller saw an older version: name who changed the case last, and when."""
        last = tx.session.scalars(
            select(m.CaseEvent)
            .where(m.CaseEvent.case_id == case.id, m.CaseEvent.action.in_(VERSIONED_ACTIONS))
            .order_by(m.CaseEvent.id.desc())
            .limit(1)
        ).first()
        status = reference.status_label(case.status, case.kind)
        if last is None:
            return ConflictError(
                f"案件 {case.number} 已被其他用户修改（当前状态：{status}），请刷新后重试", "version"
            )
        org = (last.data or {}).get("org") or permissions.ROLE_LABELS.get(last.actor_role, "")
        who = last.actor_name if org in ("", last.actor_name) else f"{last.actor_name}（{org}）"
        when = last.at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
        return ConflictError(
            f"案件 {case.number} 已被 {who}{'' if who.endswith('）') else ' '}于 {when} 处理"
            f"（{_action_label(last.action, case.kind)}，当前状态：{status}），请刷新后重试",
            "version",
            changed_by=last.actor_name,
            changed_at=last.at.isoformat(),
        )

    def _invalid(self, case: m.Case, action: str, why: str = "") -> InvalidTransition:
        status = reference.status_label(case.status, case.kind)
        label = _action_label(action, case.kind)
        hint = NEXT_STEPS.get(case.status, "")
        reason = f"{why}；" if why else ""
        return InvalidTransition(
            f"案件 {case.number} 当前状态为「{status}」，不能{label}：{reason}{hint}",
            "status",
            status=case.status,
        )

    def _allowed(self, case: m.Case, action: str) -> None:
        if (action, case.status) not in TRANSITIONS:
            raise self._invalid(case, action)

    def _require_starter(self, tx: Tx, kind: str, physician_id: Any) -> None:
        """Who may start a case of the kind: the physician themself, the main institution, the counter."""
        p = tx.principal
        if kind in PHYSICIAN_KINDS:
            permissions.require_role(p, PHYSICIAN)
            if (
                p.physician_id is None
                or rules.record_id(physician_id, "physician_id", "医师") != p.physician_id
            ):
                raise PermissionDenied("医师只能为本人提交申请", "physician_id")
        elif kind in INSTITUTION_KINDS:
            permissions.require_role(p, INSTITUTION)
            if p.institution_id is None:
                raise permissions.deny("该账户未关联医疗机构", "physician_id", reason="role")
            permissions.require_physician(
                tx.session, p, rules.record_id(physician_id, "physician_id", "医师")
            )
        else:
            permissions.require_role(p, COMMISSION)

    def _require_applicant(self, tx: Tx, case: m.Case, action: str) -> None:
        """Only the applicant's side edits, resubmits or withdraws a case."""
        p = tx.principal
        starter = rules.starter_of(case.kind)
        if starter == "physician":
            ok = p.role == PHYSICIAN and p.physician_id is not None and p.physician_id == case.physician_id
        elif starter == "institution":
            ok = (
                p.role == INSTITUTION
                and p.institution_id is not None
                and p.institution_id == case.institution_id
            )
        else:
            ok = p.role == COMMISSION and permissions.covers(p.jurisdiction, case.jurisdiction)
        if not ok:
            who = {"physician": "申请医师本人", "institution": "申请机构", "counter": "受理的卫生健康委"}[
                starter
            ]
            role = {"physician": PHYSICIAN, "institution": INSTITUTION, "counter": COMMISSION}[starter]
            extra = {"reason": "role"} if p.role != role else {}
            raise permissions.deny(
                f"只有{who}可以{_action_label(action, case.kind)}案件 {case.number}", **extra
            )

    def _check_claim(self, tx: Tx, case: m.Case) -> None:
        if _claim_active(case, tx.now) and case.claimed_by != tx.principal.user_id:
            raise self._claimed_error(tx, case)

    def _claimed_error(self, tx: Tx, case: m.Case) -> ConflictError:
        holder = tx.session.get(m.UserAccount, case.claimed_by) if case.claimed_by else None
        name = _display(holder) or "其他工作人员"
        assert case.claimed_at is not None
        since = case.claimed_at.astimezone(CHINA).strftime("%H:%M")
        until = (case.claimed_at + CLAIM_TTL).astimezone(CHINA).strftime("%H:%M")
        return ConflictError(
            f"案件 {case.number} 正由 {name} 办理（{since} 认领，{until} 前有效），请选择其他案件",
            "case_id",
            claimed_by=name,
        )

    def _rule_context(self, tx: Tx, case: m.Case, deciding: bool = False) -> rules.RuleContext:
        p = tx.principal
        institution_id = p.institution_id if p.role == INSTITUTION else None
        if case.kind in INSTITUTION_KINDS:
            institution_id = case.institution_id
        return rules.RuleContext(tx.session, p, tx.today, case.id, institution_id, deciding, tx.now)

    def _prepare(
        self, tx: Tx, case: m.Case, details: dict[str, Any], ctx: rules.RuleContext | None = None
    ) -> rules.Prepared:
        physician_id = None if case.kind in rules.WALK_IN_KINDS else case.physician_id
        return rules.prepare(ctx or self._rule_context(tx, case), case.kind, physician_id, details)

    def _apply_prepared(self, case: m.Case, prep: rules.Prepared) -> None:
        case.details = prep.details
        case.institution_id = prep.institution.id if prep.institution else None
        province, city, county = area_parts(prep.area)
        case.jurisdiction, case.city, case.province = county, city, province
        case.registration_id = prep.registration.id if prep.registration else None
        if prep.physician is not None:
            case.physician_id = prep.physician.id
        case.applicant_name = prep.applicant_name
        case.applicant_id_number = prep.applicant_id_number

    def _draft_area(self, tx: Tx, details: dict[str, Any]) -> str:
        """Where a draft would go: the institution's area when one is chosen."""
        try:
            inst = tx.session.get(
                m.Institution, rules.record_id(details.get("institution_id"), "institution_id", "")
            )
        except DomainError:
            inst = None
        return inst.jurisdiction if inst is not None else permissions.NATIONAL

    def _enter_commission(self, tx: Tx, case: m.Case) -> None:
        """The case reaches the commission: received (the first time) and its deadline (what is left)."""
        deadline = _deadline_from(tx, case.id, tx.today)
        if case.received_at is None:
            case.received_at = tx.now
        case.deadline = deadline.day
        case.deadline_provisional = deadline.provisional

    def _materials(self, tx: Tx, case: m.Case) -> list[MaterialState]:
        """The case's materials as checklists.case_materials decides them (the one source: conditional
        materials needed, not needed or undecidable from the case)."""
        from app.services.checklists import case_materials  # checklists builds on this module

        return [
            MaterialState(x.material, x.required, x.condition, x.received, x.checked_by_name, x.checked_at)
            for x in case_materials(tx.session, case, tx.today)
        ]

    def _recompute_deadlines(self, tx: Tx, day: dt.date) -> int:
        """Deadlines of confirmed cases that the calendar change may move (no version change)."""
        cal = WorkCalendar(tx.session)
        changed = 0
        cases = tx.session.scalars(
            select(m.Case).where(
                m.Case.status == S.CONFIRMED,
                or_(m.Case.deadline >= day, m.Case.deadline_provisional.is_(True)),
            )
        ).all()
        for case in cases:
            result = decision_deadline(cal, _periods(tx, case.id), DECISION_WORKDAYS)
            if result is None or (result.day, result.provisional) == (
                case.deadline,
                case.deadline_provisional,
            ):
                continue
            tx.session.execute(
                update(m.Case)
                .where(m.Case.id == case.id)
                .values(deadline=result.day, deadline_provisional=result.provisional)
                .execution_options(synchronize_session=False)
            )
            tx.feed(
                "cases",
                case.id,
                "deadline",
                jurisdiction=case.jurisdiction,
                institution_id=case.institution_id,
                physician_id=case.physician_id,
            )
            changed += 1
        return changed


def create_case(
    tx: Tx,
    kind: str,
    physician_id: int | None,
    details: dict[str, Any],
    *,
    status: str,
    action: str,
    institution_id: int | None = None,
) -> m.Case:
    """Check and store a new case (used by desk.cases.submit and desk.counter).

    Counter cases must lie inside the clerk's jurisdiction.
    """
    p = tx.principal
    if kind in COUNTER_KINDS:
        _require_counter_reach(tx, kind, physician_id, details)
    ctx = rules.RuleContext(tx.session, p, tx.today, None, institution_id, now=tx.now)
    prep = rules.prepare(ctx, kind, physician_id, details)
    if kind in COUNTER_KINDS and not permissions.covers(p.jurisdiction, prep.area):
        raise PermissionDenied(
            f"「{reference.area_name(prep.area)}」不在本委管辖范围内，不能受理", "institution_id"
        )
    province, city, county = area_parts(prep.area)
    deadline = _deadline_from(tx, None, tx.today) if status == S.CONFIRMED else None
    report_due, late_days = rules.report_clock(kind, prep.details, tx.today)
    case = m.Case(
        number=next_case_number(tx.session, tx.today),
        kind=kind,
        status=status,
        physician_id=prep.physician.id if prep.physician else None,
        institution_id=prep.institution.id if prep.institution else None,
        jurisdiction=county,
        city=city,
        province=province,
        details=prep.details,
        registration_id=prep.registration.id if prep.registration else None,
        created_by=p.user_id,
        created_at=tx.now,
        submitted_at=tx.now,
        received_at=tx.now if status == S.CONFIRMED else None,
        deadline=deadline.day if deadline else None,
        deadline_provisional=deadline.provisional if deadline else False,
        updated_at=tx.now,
        updated_by=p.user_id,
        applicant_name=prep.applicant_name,
        applicant_id_number=prep.applicant_id_number,
        report_due=report_due,
        report_late_days=late_days,
    )
    tx.session.add(case)
    tx.session.flush()
    record(tx, case, action, None, status, data=_report_data(case))
    return case


def _report_data(case: m.Case) -> dict[str, Any] | None:
    """What the history keeps of a late departure / deregistration report (the 30-day rule)."""
    if not case.report_late_days or case.report_due is None:
        return None
    return {"report_due": case.report_due.isoformat(), "report_late_days": case.report_late_days}


def _require_counter_reach(tx: Tx, kind: str, physician_id: int | None, details: dict[str, Any]) -> None:
    """Before any rule: the counter acts only on institutions and physicians inside its jurisdiction."""
    p = tx.principal
    for key in ("institution_id", "inviting_institution_id"):
        try:
            inst_id = rules.record_id(details.get(key), key, "")
        except DomainError:
            continue  # missing or malformed: the rules say so
        inst = tx.session.get(m.Institution, inst_id)
        if inst is not None and not permissions.covers(p.jurisdiction, inst.jurisdiction):
            raise PermissionDenied(f"「{inst.name}」不在本委管辖范围内，不能受理", key)
    if physician_id is not None and kind != CaseKind.DIRECT_REGISTRATION:
        # a registration at the counter may be a physician's first anywhere: its institution decides
        permissions.require_physician(tx.session, p, rules.record_id(physician_id, "physician_id", "医师"))


def record(
    tx: Tx,
    case: m.Case,
    action: str,
    from_status: str | None,
    to_status: str | None,
    *,
    reason: str | None = None,
    note: str = "",
    data: dict[str, Any] | None = None,
    feed: bool = True,
    org: str | None = None,
    write: dict[str, Any] | None = None,
    write_first: tuple[Update, dict[str, Any]] | None = None,
) -> None:
    """The status change (if any) with its case event, audit event and change-feed entry (``feed=False``:
    the caller wrote the entry already; ``org``: the actor's organisation when the caller has it).

    ``write``: further columns of the case row; the row is then written at once in one Core UPDATE with
    the version check (``_write_case``) instead of by the unit of work (the approval), after the
    statement ``write_first`` (on PostgreSQL in the same statement)."""
    p = tx.principal
    if action in VERSIONED_ACTIONS:
        stamp: dict[str, Any] = {"updated_at": tx.now, "updated_by": p.user_id}
        if to_status is not None:
            stamp["status"] = to_status
        if write is None:
            for key, value in stamp.items():
                setattr(case, key, value)
        else:
            _write_case(tx, case, {**write, **stamp}, write_first)
    elif write is not None:
        _write_case(tx, case, write, write_first)
    payload = {"org": _org_of(tx, p) if org is None else org, **(data or {})}
    audit.add_row(
        tx.session,
        "case_events",
        {
            "case_id": case.id,
            "at": tx.now,
            "user_id": p.user_id,
            "actor_name": p.name or p.username,
            "actor_role": p.role,
            "institution_id": p.institution_id,
            "action": action,
            "from_status": from_status,
            "to_status": to_status,
            "reason_code": reason,
            "reason_text": note,
            "data": payload,
        },
    )
    tx.audit(
        f"cases.{action}",
        "case",
        case.id,
        {
            "number": case.number,
            "kind": case.kind,
            "from": from_status,
            "to": to_status,
            "reason": reason,
            **(data or {}),
        },
    )
    if not feed:
        return
    tx.feed(
        "cases",
        case.id,
        action,
        jurisdiction=case.jurisdiction,
        institution_id=case.institution_id,
        physician_id=case.physician_id,
    )



@functools.cache
def _case_update(columns: tuple[str, ...]) -> Update:
    """``UPDATE cases SET <columns>, version = version + 1 WHERE id = … AND version = …`` (built once per
    set of columns; parameters ``v_<column>``, ``k_case_id``, ``k_seen_version``: no name of a column)."""
    values: dict[str, Any] = {c: bindparam(f"v_{c}") for c in columns}
    values["version"] = _CASES.c.version + 1
    return (
        update(_CASES)
        .where(_CASES.c.id == bindparam("k_case_id"), _CASES.c.version == bindparam("k_seen_version"))
        .values(values)
    )


def _write_case(
    tx: Tx, case: m.Case, values: dict[str, Any], first: tuple[Update, dict[str, Any]] | None = None
) -> None:
    """Write ``values`` on the case row as the unit of work would (the version checked and moved on: a
    row changed meanwhile raises StaleDataError, reported as a conflict), in one Core UPDATE, and let the
    object show them as stored (nothing left for the unit of work to flush). ``first``: a statement of
    another row to send before (PostgreSQL: in the same statement, as a data-modifying CTE)."""
    columns = tuple(sorted(values))
    params = {f"v_{c}": values[c] for c in columns}
    params.update(k_case_id=case.id, k_seen_version=case.version)
    conn = tx.session.connection()
    statement = _case_update(columns)
    if first is not None:
        if conn.dialect.name == "postgresql":
            statement = _case_update_after(columns, first[0])
            params.update(first[1])
        else:
            conn.execute(*first)
    result = conn.execute(statement, params)
    if result.rowcount != 1:
        raise StaleDataError(f"case {case.id} version {case.version}: {result.rowcount} rows matched")
    for key, value in values.items():
        set_committed_value(case, key, value)
    set_committed_value(case, "version", case.version + 1)


@functools.cache
def _case_update_after(columns: tuple[str, ...], first: Update) -> Update:
    """``WITH first_write AS (<first>) UPDATE cases …`` (PostgreSQL; built once per pair)."""
    return _case_update(columns).add_cte(first.cte("first_write"))
