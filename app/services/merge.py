"""desk.merges: one person, one record — the commission finds duplicate physician records and merges them.

Two records are candidates when they share a resident ID (written differently: legacy rows with a lower-case
x or spaces) or have the same name and birth date (a legacy backfill or a permit-number record beside the
resident-ID one). ``merge(keep_id, drop_id, reason)`` moves, in one transaction, every row that points at
the dropped record (``FOLLOWS``: each foreign key to ``physicians.id``; a test fails when a new one is not
listed) to the kept record and marks the dropped one ``merged_into_id = keep``. The dropped record then
never shows in the roster, the public register, open data or lookups (they all skip merged records), and
every later business on it is refused by ``rules.physician_or_404``.

History is append-only (migration 0008: case and audit events are hash-chained, triggers refuse UPDATE and
DELETE), so nothing in it is re-pointed. Case events belong to their case, and the case row itself moves to
the kept record, so the case's history moves with it unchanged. Audit events about the dropped record keep
its id; ``history(keep)`` reads the events of the record and of every record merged into it
(``merged_into_id`` is kept flat: merging a record that others were merged into re-points them too). The
merge itself writes one audit event on each record, so both records' history shows it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select, update
from sqlalchemy.orm import Session, aliased

from app import models as m
from app.services import permissions, reference, roster, validation
from app.services.base import CHINA, Service, Tx
from app.services.contract import ID_TYPES
from app.services.errors import ConflictError, NotFound, ValidationError
from app.services.permissions import COMMISSION, Principal
from app.services.rules import OPEN_STATUSES
from app.services.types import (
    Actor,
    CaseSummary,
    DuplicatePair,
    MergeComparison,
    MergeResult,
    MergeSide,
    Page,
    RecordEvent,
)

__all__ = ["FOLLOWS", "REASONS", "MergeService"]

#: Every foreign key to ``physicians.id`` → the label of what moves (``physicians.merged_into_id``: records
#: merged into the dropped one earlier now point at the kept one). tests/unit/test_merge.py compares this
#: with the models' metadata: a new foreign key to physicians must be added here (and moved by merge).
FOLLOWS: dict[tuple[str, str], str] = {
    ("qualifications", "physician_id"): "医师资格",
    ("registrations", "physician_id"): "执业注册",
    ("filings", "physician_id"): "多机构备案",
    ("short_term_permits", "physician_id"): "短期行医",
    ("profile_changes", "physician_id"): "个人信息变更",
    ("cases", "physician_id"): "业务案件",
    ("user_accounts", "physician_id"): "登录账户",
    ("activation_codes", "physician_id"): "激活码",
    ("physicians", "merged_into_id"): "此前合并的记录",
}
REASONS = {"same_id": "身份证号相同", "same_name_birth": "姓名和出生日期相同"}
#: Personal details the kept record takes from the dropped one where its own are empty.
_FILL = ("birth_date", "phone", "email", "education", "school", "title", "department", "photo")
ACTION_LABELS = {
    "merge.keep": "合并重复记录（本记录保留）",
    "merge.drop": "本记录已合并到其他记录",
    "accounts.change_physician_phone": "更换手机号",
    "accounts.issue_activation_code": "生成激活码",
    "accounts.find_username": "窗口查询用户名",
}
HISTORY_LIMIT = 500


def _norm_id(column: Any) -> Any:
    return func.upper(func.replace(column, " ", ""))


def _visible(p: Principal, record_id: Any) -> ColumnElement[bool]:
    """The record is one the commission may see: probed per candidate pair (they are few), after the
    indexed self-join has found them, never by listing the whole jurisdiction."""
    return (select(m.Physician.id)
            .where(m.Physician.id == record_id, permissions.physician_listing_clause(p))
            .exists())


def _pairs(p: Principal) -> Any:
    """The candidate pairs (left id < right id) the commission may see, as one subquery: left_id, right_id,
    sort (the left name's pinyin), reason.

    One self-join on the birth date (indexed; a resident ID carries it, so records of one resident ID
    share it) keeps the pairs with the same name or the same resident ID written differently. It is
    materialised first, so the jurisdiction is probed for the few pairs, not for every record."""
    a, b = aliased(m.Physician), aliased(m.Physician)
    same_id = _norm_id(a.id_number) == _norm_id(b.id_number)
    raw = (
        select(
            a.id.label("left_id"), b.id.label("right_id"), a.name_pinyin.label("sort"),
            case((same_id, literal("same_id")), else_=literal("same_name_birth")).label("reason"),
        )
        .select_from(a)
        .join(b, and_(a.birth_date == b.birth_date, a.id < b.id, or_(a.name == b.name, same_id)))
        .where(a.merged_into_id.is_(None), b.merged_into_id.is_(None))
        .cte("raw_pairs")
        .prefix_with("MATERIALIZED")
    )
    return (
        select(raw.c.left_id, raw.c.right_id, raw.c.sort, raw.c.reason)
        .where(_visible(p, raw.c.left_id), _visible(p, raw.c.right_id))
        .subquery("pairs")
    )


def _resident_id_valid(number: str) -> bool:
    try:
        validation.resident_id(number, check_age=False)
    except ValidationError:
        return False
    return True


def _same_id(a: m.Physician, b: m.Physician) -> bool:
    return "".join(a.id_number.split()).upper() == "".join(b.id_number.split()).upper()


def _obstacle(session: Session, keep: m.Physician, drop: m.Physician) -> str:
    """Why the two records may not be merged (either way round), or ""."""
    message = ""
    for phys in (keep, drop):
        if phys.merged_into_id is not None:
            record, into = phys.id, phys.merged_into_id
            message = f"医师记录 {record} 已合并到记录 {into}，不能再合并"
            return message
    if keep.id == drop.id:
        return "不能把一条记录与它自己合并"
    if (
        not _same_id(keep, drop)
        and keep.id_type == drop.id_type == "resident_id"
        and _resident_id_valid(keep.id_number)
        and _resident_id_valid(drop.id_number)
    ):
        first, second = keep.id_number, drop.id_number
        message = f"两条记录的身份证号 {first} 与 {second} 都是有效号码且不同，不是同一人，不能合并"
        return message
    open_kinds = [
        set(session.scalars(select(m.Case.kind).where(
            m.Case.physician_id == phys.id, m.Case.status.in_(OPEN_STATUSES))))
        for phys in (keep, drop)
    ]
    both = sorted(open_kinds[0] & open_kinds[1])
    if both:
        kind = reference.kind_label(both[0])
        message = f"两条记录都有正在办理的“{kind}”业务，请先办结或撤回其中一件再合并"
        return message
    provinces = [
        set(session.scalars(select(m.Registration.province).where(
            m.Registration.physician_id == phys.id, m.Registration.status == "active")))
        for phys in (keep, drop)
    ]
    clash = sorted(provinces[0] & provinces[1])
    if clash:
        province = reference.area_name(clash[0])
        message = f"两条记录在{province}都有有效的执业注册，请先注销其中一项注册再合并"
    return message


def _china_date(value: dt.datetime | None) -> dt.date | None:
    if value is None:
        return None
    return (value if value.tzinfo else value.replace(tzinfo=dt.UTC)).astimezone(CHINA).date()


def _side(session: Session, phys: m.Physician) -> MergeSide:
    pid = phys.id
    quals = session.scalars(
        select(m.Qualification).where(m.Qualification.physician_id == pid).order_by(m.Qualification.id)
    ).all()
    cases = session.scalars(
        select(m.Case).where(m.Case.physician_id == pid).order_by(m.Case.created_at.desc(), m.Case.id.desc())
    ).all()
    case_ids = [c.id for c in cases]
    prints = session.scalar(
        select(func.count()).select_from(m.PrintLog).where(m.PrintLog.case_id.in_(case_ids))
    ) if case_ids else 0
    accounts = session.scalars(
        select(m.UserAccount.username).where(m.UserAccount.physician_id == pid).order_by(m.UserAccount.id)
    ).all()
    permits = session.scalar(
        select(func.count()).select_from(m.ShortTermPermit).where(m.ShortTermPermit.physician_id == pid))
    history = session.scalar(
        select(func.count()).select_from(m.AuditEvent).where(
            m.AuditEvent.object_type == "physician", m.AuditEvent.object_id == str(pid)))
    return MergeSide(
        id=pid,
        name=phys.name,
        gender=phys.gender,
        id_number=phys.id_number,
        id_type_label=ID_TYPES.get(phys.id_type, phys.id_type),
        id_valid=phys.id_type == "resident_id" and _resident_id_valid(phys.id_number),
        birth_date=phys.birth_date,
        nationality=phys.nationality,
        phone=phys.phone,
        email=phys.email,
        created_on=phys.created_at.astimezone(CHINA).date() if phys.created_at else None,
        qualifications=[roster.qualification_view(q) for q in quals],
        registrations=roster.registration_views(session, pid),
        cases=[
            CaseSummary(
                id=c.id, number=c.number, kind=c.kind, kind_label=reference.kind_label(c.kind),
                status=c.status, status_label=reference.status_label(c.status, c.kind),
                created_on=_china_date(c.created_at) or dt.date.min,
                submitted_on=_china_date(c.submitted_at), decided_on=_china_date(c.decided_at),
                deadline=c.deadline, institution_name="", registration_code=c.registration_code,
            )
            for c in cases
        ],
        open_cases=sum(1 for c in cases if c.status in OPEN_STATUSES),
        permits=int(permits or 0),
        accounts=list(accounts),
        prints=int(prints or 0),
        history=int(history or 0),
    )


class MergeService(Service):
    """desk.merges: duplicate physician records found, compared and merged by the commission."""

    def duplicates(self, actor: Actor, offset: int = 0, limit: int = 50) -> Page[DuplicatePair]:
        """Candidate pairs in the commission's jurisdiction (both records visible to it, neither merged),
        by the pinyin of the name; each with ``obstacle`` ("" when they may be merged). ``total`` is
        counted with the first page (offset 0) only.

        Raises PermissionDenied (not a commission user) and ValidationError (bad paging).
        """
        if offset < 0 or not 1 <= limit <= 200:
            raise ValidationError("分页参数无效：offset 不能为负，limit 在 1 到 200 之间", "limit")
        with self.read(actor, "merges.duplicates") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION)
            session = tx.session
            pairs = _pairs(p)
            total = None  # counted with the first page only (the list pages on by offset)
            if offset == 0:
                total = int(session.scalar(select(func.count()).select_from(pairs)) or 0)
            rows = session.execute(
                select(pairs.c.left_id, pairs.c.right_id, pairs.c.reason)
                .order_by(pairs.c.sort, pairs.c.left_id, pairs.c.right_id)
                .offset(offset).limit(limit)
            ).all()
            ids = {i for r in rows for i in (r.left_id, r.right_id)}
            people = {x.id: x for x in session.scalars(select(m.Physician).where(m.Physician.id.in_(ids)))}
            items = []
            for r in rows:
                left, right = people[r.left_id], people[r.right_id]
                items.append(DuplicatePair(
                    left_id=left.id, left_name=left.name, left_id_number=left.id_number,
                    right_id=right.id, right_name=right.name, right_id_number=right.id_number,
                    birth_date=left.birth_date or right.birth_date,
                    reason=r.reason, reason_label=REASONS[r.reason],
                    obstacle=_obstacle(session, left, right),
                ))
            return Page(items, total, None)

    def compare(self, actor: Actor, left_id: int, right_id: int) -> MergeComparison:
        """Two records side by side (person, qualifications, registrations, cases, accounts) and why they
        may not be merged ("" when they may).

        Raises PermissionDenied (not a commission user, or a record outside the jurisdiction) and NotFound.
        """
        with self.read(actor, "merges.compare") as tx:
            left, right = self._pair(tx, left_id, right_id)
            session = tx.session
            reason = REASONS["same_id"] if _same_id(left, right) else (
                REASONS["same_name_birth"]
                if left.name == right.name and left.birth_date == right.birth_date else "")
            return MergeComparison(
                left=_side(session, left),
                right=_side(session, right),
                obstacle=_obstacle(session, left, right),
                reason_label=reason,
            )

    def merge(self, actor: Actor, keep_id: int, drop_id: int, reason: str) -> MergeResult:
        """Merge record ``drop_id`` into ``keep_id`` in one transaction: every row pointing at the dropped
        record (``FOLLOWS``) moves to the kept one, empty personal details of the kept record are filled
        from the dropped one, a physician account of the dropped record is disabled when the kept record
        has one already, the dropped record is marked merged, and an audit event is written on each.

        Two clerks merging the same records at once: both rows are locked in id order, so exactly one wins
        and the other gets a ConflictError naming who merged first.

        Raises PermissionDenied (not a commission user, a record outside the jurisdiction), NotFound,
        ValidationError (no reason; the two are not one person — valid, different resident IDs; open cases
        of the same kind on both; active registrations in the same province on both; the same record), and
        ConflictError (either record already merged).
        """
        reason = validation.required_text(reason, "reason", "合并原因", max_length=500)
        with self.write(actor, "merges.merge") as tx:
            session = tx.session
            keep, drop = self._pair(tx, keep_id, drop_id, lock=True)
            for phys in (keep, drop):
                if phys.merged_into_id is not None:
                    raise ConflictError(self._merged_message(session, phys), "physician_id")
            obstacle = _obstacle(session, keep, drop)
            if obstacle:
                raise ValidationError(obstacle, "physician_id")
            moved: dict[str, int] = {}
            disabled: list[str] = []
            # a second physician account: the kept record's own stays, the dropped one's is disabled
            kept_login = session.scalar(select(m.UserAccount.id).where(
                m.UserAccount.physician_id == keep.id, m.UserAccount.role == permissions.PHYSICIAN,
                m.UserAccount.disabled.is_(False)))
            if kept_login is not None:
                for user in session.scalars(select(m.UserAccount).where(
                        m.UserAccount.physician_id == drop.id, m.UserAccount.role == permissions.PHYSICIAN,
                        m.UserAccount.disabled.is_(False))):
                    user.disabled = True
                    user.version += 1
                    disabled.append(user.username)
                    session.execute(update(m.AuthSession).where(m.AuthSession.user_id == user.id)
                                    .values(revoked=True).execution_options(synchronize_session=False))
            session.flush()
            tables = m.Base.metadata.tables
            for (table, column), label in FOLLOWS.items():
                col = tables[table].c[column]
                result = session.execute(
                    update(tables[table]).where(col == drop.id).values({column: keep.id})
                    .execution_options(synchronize_session=False))
                count = int(getattr(result, "rowcount", 0) or 0)
                if count:
                    moved[label] = count
            filled = []
            for name in _FILL:
                if getattr(keep, name) in (None, "", b"") and getattr(drop, name) not in (None, "", b""):
                    setattr(keep, name, getattr(drop, name))
                    filled.append(name)
            drop.merged_into_id = keep.id
            for phys in (keep, drop):
                phys.version += 1
                phys.updated_at = tx.now
            detail: dict[str, Any] = {"keep_id": keep.id, "drop_id": drop.id, "reason": reason,
                                      "moved": moved, "filled": filled, "disabled_accounts": disabled,
                                      "drop_id_number": drop.id_number, "keep_id_number": keep.id_number}
            tx.audit("merge.keep", "physician", keep.id, detail)
            tx.audit("merge.drop", "physician", drop.id, detail)
            tx.feed("physicians", keep.id, "merged", physician_id=keep.id)
            tx.feed("physicians", drop.id, "merged", physician_id=drop.id)
            return MergeResult(keep.id, drop.id, moved, disabled)

    def history(self, actor: Actor, physician_id: int) -> list[RecordEvent]:
        """The record's history, newest first: audit events about it and about every record merged into it
        (at most 500). A merged record's own history stays readable where the record it went into is.

        Raises NotFound and PermissionDenied (a record the actor may not see).
        """
        with self.read(actor, "merges.history") as tx:
            session, p = tx.session, tx.principal
            phys = session.get(m.Physician, physician_id)
            if phys is None:
                raise NotFound(f"医师（编号 {physician_id}）不存在", "physician_id")
            if not permissions.can_read_physician(session, p, phys.id) and not (
                phys.merged_into_id is not None
                and permissions.can_read_physician(session, p, phys.merged_into_id)
            ):
                raise permissions.deny("您无权查看或办理该医师的信息", "physician_id")
            ids = [phys.id, *session.scalars(
                select(m.Physician.id).where(m.Physician.merged_into_id == phys.id))]
            events = session.scalars(
                select(m.AuditEvent)
                .where(m.AuditEvent.object_type == "physician",
                       m.AuditEvent.object_id.in_([str(i) for i in ids]),
                       m.AuditEvent.outcome == "ok",
                       # a merged record's own "merged away" event: the kept record's "merge.keep" says it
                       (m.AuditEvent.action != "merge.drop") | (m.AuditEvent.object_id == str(phys.id)))
                .order_by(m.AuditEvent.at.desc(), m.AuditEvent.id.desc())
                .limit(HISTORY_LIMIT)
            ).all()
            return [_event(e) for e in events]

    # ---- helpers ----

    def _pair(
        self, tx: Tx, left_id: int, right_id: int, *, lock: bool = False
    ) -> tuple[m.Physician, m.Physician]:
        p = tx.principal
        permissions.require_role(p, COMMISSION)
        session = tx.session
        if left_id == right_id:
            raise ValidationError("请选择两条不同的医师记录", "physician_id")
        stmt = select(m.Physician).where(m.Physician.id.in_((left_id, right_id))).order_by(m.Physician.id)
        if lock:  # both rows in id order: two clerks merging the same records queue, one wins
            stmt = stmt.with_for_update().execution_options(populate_existing=True)
        found = {x.id: x for x in session.scalars(stmt)}
        for pid in (left_id, right_id):
            if pid not in found:
                raise NotFound(f"医师（编号 {pid}）不存在", "physician_id")
        for pid in (left_id, right_id):
            phys = found[pid]
            # a merged record is judged by the record it went into (it has nothing of its own left)
            if not permissions.can_read_physician(session, p, phys.merged_into_id or phys.id):
                message = f"医师记录 {pid} 不在本委辖区内，不能合并"
                raise permissions.deny(message, "physician_id")
        return found[left_id], found[right_id]

    @staticmethod
    def _merged_message(session: Session, phys: m.Physician) -> str:
        who = session.scalar(
            select(m.AuditEvent.username).where(
                m.AuditEvent.action == "merge.drop", m.AuditEvent.object_id == str(phys.id))
            .order_by(m.AuditEvent.id.desc()).limit(1))
        record, into = phys.id, phys.merged_into_id
        if who:
            message = f"医师记录 {record} 已由 {who} 合并到记录 {into}，请刷新后重试"
        else:
            message = f"医师记录 {record} 已合并到记录 {into}，请刷新后重试"
        return message


def _event(e: m.AuditEvent) -> RecordEvent:
    d = e.detail or {}
    other, number, reason = None, "", ""
    if e.action in ("merge.keep", "merge.drop"):
        side = "drop" if e.action == "merge.keep" else "keep"
        other = int(d[f"{side}_id"])
        number = str(d.get(f"{side}_id_number", ""))
        reason = str(d.get("reason", ""))
    at = e.at if e.at.tzinfo else e.at.replace(tzinfo=dt.UTC)
    return RecordEvent(
        at=at,
        action=e.action,
        action_label=ACTION_LABELS.get(e.action, e.action),
        username=e.username,
        record_id=int(e.object_id) if e.object_id.isdigit() else 0,
        other_id=other,
        other_id_number=number,
        reason=reason,
    )
