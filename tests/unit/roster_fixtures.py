"""Helpers for the roster, register and checklist tests: accounts through the services, records as rows.

Accounts (commission staff, institutions, physicians) go through desk.accounts / desk.auth so sign-in
is real; registrations, filings, permits, nurses and cases are written as the case engine would leave
them, so these tests pin the roster's reading of them and not the engine's rules.
"""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from sqlalchemy import select
from support_accounts import count as count  # re-exported for the roster tests
from support_accounts import institution_fields, signed_in
from support_accounts import row_counts as row_counts

from app import models as m
from app.services import Actor, search
from app.services.validation import resident_id_check_char

PASSWORD = "Roster#2026pw"
_serial = itertools.count(1)


def make_id(
    area: str = "440106", birth: str = "19900101", *, female: bool = False, seq: int | None = None
) -> str:
    """A well-formed resident ID with the right check character; a new sequence number each call."""
    n = next(_serial) if seq is None else seq
    n = (n % 499) * 2 + (0 if female else 1)
    first17 = f"{area}{birth}{n:03d}"
    return first17 + resident_id_check_char(first17)


def cert(n: int) -> str:
    """A 27-character qualification certificate code."""
    return f"2019{n:023d}"


def ticket(n: int) -> str:
    """An exam ticket number."""
    return f"1944{n:010d}"


def pcn(n: int) -> str:
    """A 15-digit practice certificate number."""
    return f"1104{n:011d}"


def regcode(n: int, province: str = "440000") -> str:
    """A registration code of the engine's shape (14 digits and a check character)."""
    from app.services.codes import format_registration_code

    return format_registration_code(province, 2025, n)


def sign_in(desk: Any, username: str, initial: str) -> Actor:
    return signed_in(desk, username, initial, PASSWORD)


def commission(desk: Any, admin: Actor, username: str, jurisdiction: str, name: str = "窗口办事员") -> Actor:
    """A commission staff member of the jurisdiction, signed in (initial password changed)."""
    user, initial = desk.accounts.create_commission_user(
        admin, username=username, name=name, jurisdiction=jurisdiction, phone="13900139000"
    )
    return sign_in(desk, user, initial)


def institution(
    desk: Any, admin: Actor, number: str, jurisdiction: str = "440106", name: str | None = None,
    *, sign: bool = True,
) -> tuple[int, Actor | None]:
    """An institution created at the counter; (id, its signed-in account)."""
    named = {"name": name} if name else {}
    info, username, initial = desk.accounts.create_institution(
        admin, **institution_fields(number, jurisdiction, **named)
    )
    return info.id, (sign_in(desk, username, initial) if sign else None)


def physician_account(desk: Any, name: str, id_number: str, username: str, certificate_code: str) -> Actor:
    """A physician's own account, signed up and activated with the certificate code (must be on record)."""
    desk.auth.register_physician(
        name, id_number, "13700137000", f"{username}@example.com", username, PASSWORD
    )
    actor = desk.auth.login(username, PASSWORD)
    return desk.auth.activate_physician(actor, certificate_code=certificate_code)


def person(
    desk: Any, name: str, id_number: str | None = None, *, certificate_code: str | None = None,
    level: str = "执业医师", category: str = "临床", issued_on: dt.date | None = dt.date(2020, 8, 30),
    exam_ticket: str | None = None,
) -> int:
    """A physician on record with one qualification; returns the physician id."""
    id_number = id_number or make_id()
    with desk.db.write() as s:
        p = m.Physician(name=name, name_initials=search.initials(name), name_pinyin=search.pinyin_key(name),
                        gender="男", id_number=id_number,
                        birth_date=dt.date(1990, 1, 1))
        s.add(p)
        s.flush()
        s.add(m.Qualification(physician_id=p.id, name=name, id_number=id_number,
                              certificate_code=certificate_code, exam_ticket=exam_ticket, level=level,
                              category=category, issued_on=issued_on))
        return p.id


def register(
    desk: Any, physician_id: int, institution_id: int | None, *, status: str = "active",
    level: str = "执业医师", category: str = "临床", scopes: list[str] | None = None,
    province: str = "440000", place: str | None = None,
    code: str | None = None, practice_number: str | None = None, registered_on: dt.date = dt.date(2025, 3, 1),
    filed_on: dt.date | None = None, filing_reason: str | None = None, ended_on: dt.date | None = None,
) -> int:
    """A registration as an approval (and later a filing or deregistration) leaves it; returns its id."""
    with desk.db.write() as s:
        qual_id = s.scalar(select(m.Qualification.id).where(m.Qualification.physician_id == physician_id))
        r = m.Registration(
            physician_id=physician_id, qualification_id=qual_id, level=level, category=category,
            scopes=scopes or ["内科专业"], place=place or province, province=province,
            main_institution_id=institution_id, registration_code=code,
            practice_certificate_number=practice_number,
            status=status, issuing_authority="广东省卫生健康委员会", authority_code=province,
            registered_on=registered_on, filed_on=filed_on, filing_reason=filing_reason, ended_on=ended_on,
        )
        s.add(r)
        s.flush()
        return r.id


def file_at(desk: Any, registration_id: int, institution_id: int, start: dt.date = dt.date(2025, 6, 1),
            end: dt.date | None = None, status: str = "active") -> int:
    """A multi-institution filing (多机构备案) of a registration."""
    with desk.db.write() as s:
        reg = s.get(m.Registration, registration_id)
        assert reg is not None
        f = m.Filing(registration_id=reg.id, physician_id=reg.physician_id, institution_id=institution_id,
                     start_date=start, end_date=end, status=status)
        s.add(f)
        s.flush()
        return f.id


_case_serial = itertools.count(1)


def case(
    desk: Any, kind: str, physician_id: int | None, institution_id: int | None, *, status: str = "submitted",
    county: str = "440106", details: dict[str, Any] | None = None,
    submitted_at: dt.datetime | None = dt.datetime(2026, 11, 20, 2, 0, tzinfo=dt.UTC),
) -> int:
    """A case row as the case engine leaves it."""
    with desk.db.write() as s:
        c = m.Case(number=f"YS20261120{next(_case_serial):05d}", kind=kind, status=status,
                   physician_id=physician_id, institution_id=institution_id, jurisdiction=county,
                   city=county[:4] + "00", province=county[:2] + "0000", details=details or {},
                   created_at=submitted_at or dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC),
                   submitted_at=submitted_at)
        s.add(c)
        s.flush()
        return c.id

