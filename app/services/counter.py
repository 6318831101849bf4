"""desk.counter: walk-in cases entered by commission staff at the counter (paper in hand).

Counter cases start at "confirmed" (the commission has received them; the 20-working-day deadline runs)
and are decided like any other case with desk.cases.approve / reject. The person of a walk-in kind
(backfill, recognition, short-term practice) is identified by the ID document in the details; the
physician record is created on approval when it does not exist yet.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, or_, select

from app import models as m
from app.services import permissions, reference
from app.services.base import Service
from app.services.cases import create_case, details_in, to_plain
from app.services.enums import CaseKind, CaseStatus
from app.services.errors import NotFound, PermissionDenied, ValidationError
from app.services.types import Actor, Case, Page, PermitView

K = CaseKind
#: Most permits listed in one page of desk.counter.permits.
MAX_PERMITS = 200


def _given(**values: Any) -> dict[str, Any]:
    """The details a clerk filled in (fields left empty are not sent; scopes as a list)."""
    if values.get("scopes") is not None:
        values["scopes"] = list(values["scopes"])
    return {k: v for k, v in values.items() if v is not None and v != ""}


class CounterService(Service):
    """desk.counter: legacy_backfill, hmt_recognition, hmt_short_term, foreign_short_term and direct
    registration / change / deregistration. Every method raises ValidationError (the field named),
    PermissionDenied (not a commission user, or outside its jurisdiction), NotFound (no such physician)
    and ConflictError (an open case of the same kind for the person)."""

    def _open(self, actor: Actor, kind: str, physician_id: int | None, **details: Any) -> Case:
        given = details_in(kind, _given(**details))
        with self.write(actor, f"counter.{kind}") as tx:
            permissions.require_role(tx.principal, permissions.COMMISSION)
            case = create_case(tx, kind, physician_id, given, status=CaseStatus.CONFIRMED, action="counter")
            return to_plain(tx, case)

    def legacy_backfill(
        self,
        actor: Actor,
        *,
        name: str,
        id_number: str,
        certificate_code: str,
        level: str,
        category: str,
        issued_on: dt.date | str,
        gender: str | None = None,
        note: str = "",
    ) -> Case:
        """Backfill (补录) a qualification obtained under the old rules; on approval it is on record and the
        physician can activate an account and register."""
        return self._open(
            actor,
            K.LEGACY_BACKFILL,
            None,
            name=name,
            id_number=id_number,
            certificate_code=certificate_code,
            level=level,
            category=category,
            issued_on=issued_on,
            gender=gender,
            note=note,
        )

    def hmt_recognition(
        self,
        actor: Actor,
        *,
        name: str,
        id_number: str,
        origin: str,
        category: str,
        level: str = "执业医师",
        gender: str | None = None,
        id_type: str | None = None,
        birth_date: dt.date | str | None = None,
        certificate_code: str | None = None,
        issued_on: dt.date | str | None = None,
        note: str = "",
    ) -> Case:
        """Recognise a Hong Kong / Macau / Taiwan physician's qualification (港澳台医师资格认定)."""
        return self._open(
            actor,
            K.HMT_RECOGNITION,
            None,
            name=name,
            id_number=id_number,
            origin=origin,
            category=category,
            level=level,
            gender=gender,
            id_type=id_type,
            birth_date=birth_date,
            certificate_code=certificate_code,
            issued_on=issued_on,
            note=note,
        )

    def hmt_short_term(
        self,
        actor: Actor,
        *,
        name: str,
        id_number: str,
        origin: str,
        institution_id: int,
        category: str,
        scopes: list[str],
        term_start: dt.date | str,
        term_end: dt.date | str,
        gender: str | None = None,
        id_type: str | None = None,
        birth_date: dt.date | str | None = None,
        note: str = "",
    ) -> Case:
        """Short-term practice of a Hong Kong / Macau / Taiwan physician at an institution (up to 3 years;
        临床, 中医, 口腔 only). Approval issues the permit with a code of the registration-code series."""
        return self._open(
            actor,
            K.HMT_SHORT_TERM,
            None,
            name=name,
            id_number=id_number,
            origin=origin,
            institution_id=institution_id,
            category=category,
            scopes=scopes,
            term_start=term_start,
            term_end=term_end,
            gender=gender,
            id_type=id_type,
            birth_date=birth_date,
            note=note,
        )

    def foreign_short_term(
        self,
        actor: Actor,
        *,
        name: str,
        id_number: str,
        origin: str,
        inviting_institution_id: int,
        category: str,
        scopes: list[str],
        term_start: dt.date | str,
        term_end: dt.date | str,
        gender: str | None = None,
        institution_id: int | None = None,
        birth_date: dt.date | str | None = None,
        note: str = "",
    ) -> Case:
        """Short-term practice of a foreign physician (up to 1 year; 临床, 中医, 口腔 only), invited by a
        Chinese institution that is an independent legal person. ``id_number`` is the passport number;
        ``institution_id`` is where they practise when not at the inviting institution."""
        return self._open(
            actor,
            K.FOREIGN_SHORT_TERM,
            None,
            name=name,
            id_number=id_number,
            id_type="passport",
            origin=origin,
            inviting_institution_id=inviting_institution_id,
            institution_id=institution_id,
            category=category,
            scopes=scopes,
            term_start=term_start,
            term_end=term_end,
            gender=gender,
            birth_date=birth_date,
            note=note,
        )

    def short_term_renewal(
        self,
        actor: Actor,
        permit_id: int,
        *,
        term_end: dt.date | str,
        institution_id: int | None = None,
        scopes: list[str] | None = None,
        note: str = "",
    ) -> Case:
        """Renew (延期) a short-term practice permit: a case of the permit's kind (港澳台 / 外国医师短期行医)
        that names the permit it continues. The new term starts the day after the old one ends and
        lasts at most 3 years (港澳台) or 1 year (外国); the permit must be active and not expired.
        Institution, category and scopes stay the old permit's unless given. Approved like any counter
        case; approval issues the new permit.

        Raises ValidationError (expired, already renewed, term too long…), NotFound (no such permit),
        PermissionDenied (not a commission user, or the institution outside its jurisdiction) and
        ConflictError (an open case of the same kind for the person).
        """
        if isinstance(permit_id, bool) or not isinstance(permit_id, int) or permit_id < 1:
            raise ValidationError("请选择要延期的短期行医许可", "renews_permit_id")
        with self.write(actor, "counter.short_term_renewal") as tx:
            permissions.require_role(tx.principal, permissions.COMMISSION)
            old = tx.session.get(m.ShortTermPermit, permit_id)
            if old is None:
                raise NotFound("没有这份短期行医许可", "renews_permit_id")
            inst = tx.session.get(m.Institution, old.institution_id) if old.institution_id else None
            if inst is None or not permissions.covers(tx.principal.jurisdiction, inst.jurisdiction):
                raise PermissionDenied(
                    "该短期行医许可的执业机构不在本委管辖范围内，不能受理延期", "renews_permit_id"
                )
            kind = K.HMT_SHORT_TERM if old.kind == "hmt" else K.FOREIGN_SHORT_TERM
            given = details_in(
                kind,
                _given(renews_permit_id=permit_id, term_end=term_end, institution_id=institution_id,
                       scopes=scopes, note=note),
            )
            case = create_case(tx, kind, None, given, status=CaseStatus.CONFIRMED, action="counter")
            return to_plain(tx, case)

    def permits(self, actor: Actor, query: str = "", offset: int = 0, limit: int = 50) -> Page[PermitView]:
        """Active short-term practice permits at institutions of the commission's jurisdiction, the ones
        ending soonest first; ``query`` matches the holder's name, document number or the permit number.

        Raises PermissionDenied (not a commission user) and ValidationError (bad paging or query).
        """
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise ValidationError("起始位置不能为负数", "offset")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValidationError("每页条数至少为1", "limit")
        text = (query or "").strip()
        if len(text) > 40:
            raise ValidationError("查找内容不能超过40个字符", "query")
        with self.read(actor, "counter.permits") as tx:
            p = tx.principal
            permissions.require_role(p, permissions.COMMISSION)
            conds = [
                m.ShortTermPermit.status == "active",
                m.ShortTermPermit.permit_number.is_not(None),
                permissions.institution_clause(p),
            ]
            if text:
                conds.append(
                    or_(
                        m.Physician.name.contains(text, autoescape=True),
                        m.Physician.id_number == text.upper(),
                        m.ShortTermPermit.permit_number == text.upper(),
                    )
                )
            stmt = (
                select(m.ShortTermPermit, m.Physician, m.Institution)
                .join(m.Physician, m.Physician.id == m.ShortTermPermit.physician_id)
                .join(m.Institution, m.Institution.id == m.ShortTermPermit.institution_id)
                .where(*conds)
            )
            total = int(tx.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
            rows = tx.session.execute(
                stmt.order_by(m.ShortTermPermit.term_end, m.ShortTermPermit.id)
                .offset(offset)
                .limit(min(limit, MAX_PERMITS))
            ).all()
            inviting = {
                i.id: i.name
                for i in tx.session.scalars(
                    select(m.Institution).where(
                        m.Institution.id.in_({r[0].inviting_institution_id for r in rows} - {None})
                    )
                )
            }
            items = [
                PermitView(
                    id=x.id,
                    kind=x.kind,
                    kind_label=reference.kind_label(
                        K.HMT_SHORT_TERM if x.kind == "hmt" else K.FOREIGN_SHORT_TERM
                    ),
                    origin=x.origin,
                    institution_id=x.institution_id,
                    institution_name=inst.name,
                    inviting_institution_id=x.inviting_institution_id,
                    inviting_institution_name=inviting.get(x.inviting_institution_id or 0, ""),
                    category=x.category,
                    scopes=list(x.scopes or []),
                    term_start=x.term_start,
                    term_end=x.term_end,
                    permit_number=x.permit_number,
                    status=x.status,
                    holder_name=phys.name,
                    holder_id_number=phys.id_number,
                    renews_permit_id=x.renews_permit_id,
                )
                for x, phys, inst in rows
            ]
            return Page(items, total, None)

    def direct_registration(
        self,
        actor: Actor,
        physician_id: int,
        *,
        institution_id: int,
        scopes: list[str],
        level: str | None = None,
        category: str | None = None,
        place: str | None = None,
        note: str = "",
    ) -> Case:
        """Register a physician at the counter (same rules as a first registration)."""
        return self._open(
            actor,
            K.DIRECT_REGISTRATION,
            physician_id,
            institution_id=institution_id,
            scopes=scopes,
            level=level,
            category=category,
            place=place,
            note=note,
        )

    def direct_change(
        self,
        actor: Actor,
        physician_id: int,
        *,
        category: str | None = None,
        scopes: list[str] | None = None,
        place: str | None = None,
        institution_id: int | None = None,
        registration_id: int | None = None,
        note: str = "",
    ) -> Case:
        """Change a registration's category, scopes or place at the counter (a new main institution is a
        new registration)."""
        return self._open(
            actor,
            K.DIRECT_CHANGE,
            physician_id,
            category=category,
            scopes=scopes,
            place=place,
            institution_id=institution_id,
            registration_id=registration_id,
            note=note,
        )

    def direct_deregistration(
        self,
        actor: Actor,
        physician_id: int,
        *,
        reason: str,
        effective_date: dt.date | str | None = None,
        registration_id: int | None = None,
        note: str = "",
    ) -> Case:
        """Deregister a physician at the counter on a listed ground (also a filed registration from the
        non-registered pool)."""
        return self._open(
            actor,
            K.DIRECT_DEREGISTRATION,
            physician_id,
            reason=reason,
            effective_date=effective_date,
            registration_id=registration_id,
            note=note,
        )
