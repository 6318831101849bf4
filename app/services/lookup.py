"""desk.lookup: pickers for application forms — an institution chosen by name, prefix or pinyin initials.

Any signed-in, activated user may look up active institutions: their names and addresses are public
(the register discloses them); nothing else about an institution leaves here.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, or_, select

from app import models as m
from app.services import permissions, reference, search, validation
from app.services.base import Service
from app.services.errors import NotFound, ValidationError
from app.services.types import Actor, InstitutionChoice

MAX_CHOICES = 50


def _limit(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_CHOICES:
        raise ValidationError(f"条数应为1至{MAX_CHOICES}", "limit")
    return value


def _province(value: str | None) -> str | None:
    if value is None or value == "" or value == reference.NATIONAL:
        return None
    return reference.province_of(validation.area_code(value, "province"))


def _query_condition(query: str | None) -> tuple[ColumnElement[bool] | None, ColumnElement[bool] | None]:
    """(what must match, what ranks first) for a typed query; (None, None) when nothing was typed."""
    q = search.classify(query)
    name = m.Institution.name
    if q.kind == "empty":
        return None, None
    if q.kind == "initials":
        initials = search.initials_condition(m.Institution.name_initials.expression, q.value)
        return or_(initials, name.contains(q.value, autoescape=True)), initials
    starts = search.prefix_condition(name, q.value)
    where = or_(starts, name.contains(q.value, autoescape=True))
    if q.is_code:
        where = or_(where, m.Institution.registration_number == q.value)
    return where, starts


def _choice(inst: m.Institution) -> InstitutionChoice:
    return InstitutionChoice(
        id=inst.id,
        name=inst.name,
        address=inst.address,
        area_name=reference.area_name(inst.jurisdiction),
        jurisdiction=inst.jurisdiction,
    )


class LookupService(Service):
    """desk.lookup: institutions(actor, query, province=None, limit=20); institution(actor, id)."""

    def institution(self, actor: Actor, institution_id: int) -> InstitutionChoice:
        """One institution as a form shows it (e.g. the one a saved application names), active or not.

        Raises AuthenticationError, PermissionDenied (account not activated), ValidationError (bad id),
        NotFound.
        """
        if isinstance(institution_id, bool) or not isinstance(institution_id, int) or institution_id < 1:
            raise ValidationError(f"执业机构无效：「{institution_id}」", "institution_id")
        with self.read(actor, "lookup.institution") as tx:
            permissions.require_may_act(tx.principal)
            inst = tx.session.get(m.Institution, institution_id)
            if inst is None:
                raise NotFound(f"医疗机构不存在（编号 {institution_id}）", "institution_id")
            return _choice(inst)

    def institutions(
        self, actor: Actor, query: str | None, province: str | None = None, limit: int = 20
    ) -> list[InstitutionChoice]:
        """Active institutions whose name starts with or contains ``query``, or whose pinyin initials
        start with it (``"gzsd"`` for 广州市第一人民医院); names starting with the query come first. An
        empty query lists institutions by name. ``province`` (any area code of it) narrows the list.

        Raises AuthenticationError (not signed in), PermissionDenied (account not activated, initial
        password not changed), ValidationError (bad province, limit outside 1–50).
        """
        count = _limit(limit)
        prov = _province(province)
        where, first = _query_condition(query)
        with self.read(actor, "lookup.institutions") as tx:
            permissions.require_may_act(tx.principal)
            conds: list[ColumnElement[bool]] = [m.Institution.active.is_(True)]
            if where is not None:
                conds.append(where)
            if prov is not None:
                conds.append(search.prefix_condition(m.Institution.jurisdiction, prov[:2]))
            order: list[Any] = [m.Institution.name, m.Institution.id]
            if first is not None:
                order.insert(0, case((first, 0), else_=1))
            rows = tx.session.scalars(select(m.Institution).where(*conds).order_by(*order).limit(count)).all()
            return [_choice(inst) for inst in rows]
