"""Helpers for the account, sign-in and permission tests: people, institutions, row counts and an in-memory
keyring."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from sqlalchemy import func, select, text

from app import models as m
from app.services import Actor
from app.services.validation import resident_id_check_char

PASSWORD = "World#2026pw"
DOCUMENTS = ("licence", "authorisation_letter", "delegate_id")
_serial = itertools.count(100)


def make_id(
    area: str = "440106", birth: str = "19900101", seq: int | None = None, *, female: bool = False
) -> str:
    """A well-formed resident ID (right check character); a new sequence number each call."""
    n = next(_serial) if seq is None else seq
    n = n * 2 + (0 if female else 1)
    first17 = f"{area}{birth}{n % 1000:03d}"
    return first17 + resident_id_check_char(first17)


def institution_fields(registration_number: str, jurisdiction: str = "440106", **over: Any) -> dict[str, Any]:
    fields: dict[str, Any] = dict(
        name=f"测试医院{registration_number[-4:]}",
        address="广州市天河区天河路1号",
        registration_number=registration_number,
        legal_representative="张大明",
        principal="李小红",
        subjects=["内科", "外科"],
        jurisdiction=jurisdiction,
        delegate_name="王五",
        delegate_phone="13800138000",
        licence_valid_until=dt.date(2030, 12, 31),
        documents_checked=DOCUMENTS,
    )
    fields.update(over)
    return fields


def signed_in(desk: Any, username: str, initial: str, password: str = PASSWORD) -> Actor:
    """Sign in with the initial password and change it to ``password`` (as every first sign-in must)."""
    actor = desk.auth.login(username, initial)
    return desk.auth.change_password(actor, initial, password)  # type: ignore[no-any-return]


def new_institution(
    desk: Any,
    commission: Actor,
    registration_number: str,
    jurisdiction: str = "440106",
    *,
    sign_in: bool = True,
    **over: Any,
) -> tuple[Any, Actor | None]:
    """Create an institution through the service; sign it in with PASSWORD (initial password changed)."""
    info, username, initial = desk.accounts.create_institution(
        commission, **institution_fields(registration_number, jurisdiction, **over)
    )
    return info, (signed_in(desk, username, initial) if sign_in else None)


def add_physician(
    desk: Any,
    name: str,
    id_number: str,
    *,
    institution_id: int | None = None,
    province: str = "440000",
    code: str | None = None,
) -> int:
    """A person on record (as the roster or a counter case would leave them), optionally registered
    with a main institution (an active registration in ``province``)."""
    with desk.db.write() as s:
        p = m.Physician(
            name=name, name_initials="", gender="男", id_number=id_number, birth_date=dt.date(1990, 1, 1)
        )
        s.add(p)
        s.flush()
        if institution_id is not None:
            s.add(
                m.Registration(
                    physician_id=p.id,
                    level="执业医师",
                    category="临床",
                    scopes=["内科专业"],
                    place=province,
                    province=province,
                    main_institution_id=institution_id,
                    status="active",
                    registration_code=code or f"{province[:2]}{p.id:012d}",
                    registered_on=dt.date(2025, 1, 1),
                )
            )
        return p.id


def add_qualification(
    desk: Any,
    name: str,
    id_number: str,
    *,
    certificate_code: str | None = None,
    exam_ticket: str | None = None,
    physician_id: int | None = None,
) -> int:
    """A qualification as imported from the exam centre's list."""
    with desk.db.write() as s:
        q = m.Qualification(
            name=name,
            id_number=id_number,
            certificate_code=certificate_code,
            exam_ticket=exam_ticket,
            level="执业医师",
            category="临床",
            physician_id=physician_id,
        )
        s.add(q)
        s.flush()
        return q.id


def add_case(desk: Any, number: str, physician_id: int, institution_id: int, county: str) -> int:
    """A submitted case (waiting for the institution) as the case service would leave it."""
    with desk.db.write() as s:
        c = m.Case(
            number=number,
            kind="change",
            status="submitted",
            physician_id=physician_id,
            institution_id=institution_id,
            jurisdiction=county,
            city=county[:4] + "00",
            province=county[:2] + "0000",
            details={},
        )
        s.add(c)
        s.flush()
        return c.id


def certificate(n: int) -> str:
    """A 27-character certificate code."""
    return f"2026{n:023d}"


def row_counts(desk: Any) -> dict[str, int]:
    """Rows of every table, in one round trip."""
    tables = [t.name for t in m.Base.metadata.sorted_tables]
    sql = "SELECT " + ", ".join(f'(SELECT count(*) FROM "{t}")' for t in tables)
    with desk.db.read() as s:
        values = s.execute(text(sql)).one()
    return dict(zip(tables, (int(v) for v in values), strict=True))


def calling_pc(desk: Any) -> str:
    """The workstation the audit trail names for a call of ``desk``: the test PC itself, or through a
    desk server the PC's name with the address it called from."""
    return "test-pc（127.0.0.1）" if hasattr(desk, "local") else "test-pc"


def audits(desk: Any, action: str | None = None, outcome: str | None = None) -> list[m.AuditEvent]:
    with desk.db.read() as s:
        q = select(m.AuditEvent).order_by(m.AuditEvent.id)
        if action is not None:
            q = q.where(m.AuditEvent.action == action)
        if outcome is not None:
            q = q.where(m.AuditEvent.outcome == outcome)
        return list(s.scalars(q))


def user_row(desk: Any, username: str) -> m.UserAccount:
    with desk.db.read() as s:
        user = s.scalar(select(m.UserAccount).where(m.UserAccount.username == username))
        assert user is not None
        return user


def count(desk: Any, model: Any, *where: Any) -> int:
    with desk.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)


class MemoryKeyring(KeyringBackend):
    """An in-memory keyring for tests."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.store:
            raise PasswordDeleteError("not found")
        del self.store[(service, username)]
