"""Test data for the case engine, made through the real services.

Institutions come from desk.accounts.create_institution (their HR signs in and changes the initial
password), physicians from the exam centre's list (desk.roster.import_qualifications) plus their own
account (desk.auth.register_physician, activate_physician), clerks from create_commission_user (argon2 is
cheap in tests: conftest sets REGDESK_FAST_HASH).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import conftest
import pytest
from conftest import FakeClock
from sqlalchemy import event, func, select
from support_accounts import institution_fields, row_counts, signed_in

from app import models as m
from app.services import Actor, auth
from app.services.cases import Case
from app.services.validation import resident_id_check_char

PASSWORD = "Case#2026pw"
_serial = itertools.count(1)

__all__ = [
    "Doctor",
    "Hospital",
    "World",
    "approve_recording_statements",
    "case_templates",
    "changes",
    "counts",
    "db_url",
    "resident_id",
    "row_counts",
    "world",
]


def resident_id(area: str = "440106", birth: dt.date = dt.date(1990, 1, 1), *, female: bool = False) -> str:
    """A well-formed resident ID, different on every call (sequence number, then birth day, move on)."""
    n = next(_serial)
    day = birth + dt.timedelta(days=n // 500)
    first17 = f"{area}{day:%Y%m%d}{(n % 500) * 2 + (0 if female else 1):03d}"
    return first17 + resident_id_check_char(first17)


def born_same_day(id_number: str) -> str:
    """Another man's resident ID with the same county and birth day as ``id_number`` (resident_id moves the
    day on every 500 serials, so two calls in a row may straddle a day)."""
    sequence = "999" if id_number[14:17] != "999" else "997"
    first17 = id_number[:14] + sequence
    return first17 + resident_id_check_char(first17)


def certificate_code() -> str:
    return f"2026{next(_serial):023d}"


@dataclass
class Hospital:
    id: int
    name: str
    jurisdiction: str
    actor: Actor


@dataclass
class Doctor:
    id: int
    name: str
    id_number: str
    actor: Actor
    certificate_code: str | None = None


class World:
    """People and organisations of one test database."""

    def __init__(self, desk: Any, admin: Actor, clock: FakeClock) -> None:
        self.desk = desk
        self.admin = admin
        self.clock = clock
        self._national: Actor | None = None
        self._people: list[Hospital | Doctor] = []

    def sign_in_again(self, actor: Actor) -> Actor:
        """A new session for the same account (sessions expire after 12 hours of clock time)."""
        from conftest import ADMIN_PASSWORD

        password = ADMIN_PASSWORD if actor.username == "gdadmin" else PASSWORD
        return self.desk.auth.login(actor.username, password)  # type: ignore[no-any-return]

    def travel(self, **delta: float) -> None:
        """Move the clock on; the administrator and every hospital and doctor made here sign in again."""
        self.clock.advance(**delta)
        self.admin = self.sign_in_again(self.admin)
        if self._national is not None:
            self._national = self.sign_in_again(self._national)
        for person in self._people:
            person.actor = self.sign_in_again(person.actor)

    # ---- commissions --------------------------------------------------------------------------

    def national(self) -> Actor:
        """A national commission administrator (no service creates the first one: a row, then login)."""
        if self._national is None:
            with self.desk.db.write() as s:
                s.add(
                    m.UserAccount(
                        username="national",
                        password_hash=auth.hash_password(PASSWORD),
                        role="commission",
                        display_name="国家卫健委管理员",
                        jurisdiction="000000",
                        is_admin=True,
                    )
                )
            self._national = self.desk.auth.login("national", PASSWORD)
        return self._national

    def clerk(
        self,
        username: str,
        jurisdiction: str = "440000",
        name: str = "张三",
        *,
        by: Actor | None = None,
        is_admin: bool = False,
    ) -> Actor:
        """A commission clerk, signed in with the initial password changed."""
        username, initial = self.desk.accounts.create_commission_user(
            by or self.admin,
            username=username,
            name=name,
            jurisdiction=jurisdiction,
            phone="13700137000",
            is_admin=is_admin,
        )
        return signed_in(self.desk, username, initial, PASSWORD)

    # ---- institutions -------------------------------------------------------------------------

    def hospital(
        self,
        name: str | None = None,
        jurisdiction: str = "440106",
        *,
        by: Actor | None = None,
        independent: bool = True,
    ) -> Hospital:
        n = next(_serial)
        name = name or f"测试医院{n}"
        info, username, initial = self.desk.accounts.create_institution(
            by or self.admin, **institution_fields(f"REG{n:08d}", jurisdiction, name=name)
        )
        if not independent:  # no service edits this flag yet
            with self.desk.db.write() as s:
                s.get(m.Institution, info.id).independent_legal_person = False
        hospital = Hospital(info.id, name, jurisdiction, signed_in(self.desk, username, initial, PASSWORD))
        self._people.append(hospital)
        return hospital

    # ---- physicians ---------------------------------------------------------------------------

    def qualify(self, name: str, id_number: str, level: str = "执业医师", category: str = "临床") -> str:
        """Put a qualification on record as the exam centre's list does; returns its certificate code."""
        code = certificate_code()
        result = self.desk.roster.import_qualifications(
            self.admin,
            [
                {
                    "name": name,
                    "id_number": id_number,
                    "certificate_code": code,
                    "level": level,
                    "category": category,
                }
            ],
        )
        assert not result.errors, result.errors
        return code

    def doctor(
        self,
        name: str = "李医生",
        *,
        area: str = "440106",
        level: str = "执业医师",
        category: str = "临床",
        qualified: bool = True,
        id_number: str | None = None,
    ) -> Doctor:
        """A physician with a qualification on record and an activated account, signed in.

        Without ``qualified`` the account exists but is not activated (no qualification to activate
        with); the physician can then be handled only at the counter. ``id_number``: a given resident ID
        (default: a new one from ``resident_id``).
        """
        id_number = id_number or resident_id(area)
        code = self.qualify(name, id_number, level, category) if qualified else None
        n = next(_serial)
        registered = self.desk.auth.register_physician(
            name, id_number, f"139{n:08d}", f"d{n}@example.cn", f"doctor{n}", PASSWORD
        )
        actor = self.desk.auth.login(f"doctor{n}", PASSWORD)
        if code is not None:
            actor = self.desk.auth.activate_physician(actor, certificate_code=code)
        doctor = Doctor(registered.physician_id, name, id_number, actor, code)
        self._people.append(doctor)
        return doctor

    def apply(self, doctor: Doctor, kind: str, **details: Any) -> Case:
        return self.desk.cases.submit(doctor.actor, kind, doctor.id, **details)  # type: ignore[no-any-return]

    def confirmed(self, doctor: Doctor, hospital: Hospital, kind: str, **details: Any) -> Case:
        """A physician's case submitted and confirmed by ``hospital``."""
        case = self.apply(doctor, kind, **details)
        return self.desk.cases.confirm(hospital.actor, case.id, case.version)  # type: ignore[no-any-return]

    def approved(
        self, doctor: Doctor, hospital: Hospital, kind: str, *, by: Actor | None = None, **details: Any
    ) -> Case:
        case = self.confirmed(doctor, hospital, kind, **details)
        return self.desk.cases.approve(by or self.admin, case.id, case.version)  # type: ignore[no-any-return]

    def paper_in(self, case: Case, *, by: Actor | None = None) -> Case:
        """Every required paper material of the case ticked as received at the counter."""
        self.desk.cases.check_materials(by or self.admin, case.id)
        return self.desk.cases.get(by or self.admin, case.id)  # type: ignore[no-any-return]

    def counter_approved(self, case: Case, *, by: Actor | None = None) -> Case:
        """A counter case approved with its paper in hand (counter cases need every required material)."""
        case = self.paper_in(case, by=by)
        return self.desk.cases.approve(by or self.admin, case.id, case.version)  # type: ignore[no-any-return]

    def registered(
        self, doctor: Doctor, hospital: Hospital, scopes: Sequence[str] = ("内科专业",), **details: Any
    ) -> Case:
        """The physician registered with ``hospital`` as main institution (first registration approved)."""
        return self.approved(
            doctor, hospital, "first_registration", institution_id=hospital.id, scopes=list(scopes), **details
        )

    def registration(self, registration_id: int | None) -> m.Registration:
        assert registration_id is not None
        with self.desk.db.read() as s:
            reg: m.Registration | None = s.get(m.Registration, registration_id)
            assert reg is not None
            return reg

    def registrations(self, physician_id: int) -> list[m.Registration]:
        with self.desk.db.read() as s:
            return list(
                s.scalars(
                    select(m.Registration)
                    .where(m.Registration.physician_id == physician_id)
                    .order_by(m.Registration.id)
                )
            )

    def filings(self, physician_id: int) -> list[m.Filing]:
        with self.desk.db.read() as s:
            return list(
                s.scalars(select(m.Filing).where(m.Filing.physician_id == physician_id).order_by(m.Filing.id))
            )


def counts(desk: Any) -> dict[str, int]:
    """Rows of every table (to prove a refused call wrote nothing)."""
    return row_counts(desk)


def changes(desk: Any, case_id: int) -> tuple[int, int, int]:
    """(case events, audit events about the case, feed entries about the case)."""
    with desk.db.read() as s:
        events = s.scalar(select(func.count()).select_from(m.CaseEvent).where(m.CaseEvent.case_id == case_id))
        audits = s.scalar(
            select(func.count())
            .select_from(m.AuditEvent)
            .where(m.AuditEvent.object_type == "case", m.AuditEvent.object_id == str(case_id))
        )
        feed = s.scalar(
            select(func.count())
            .select_from(m.ChangeFeed)
            .where(m.ChangeFeed.table_name == "cases", m.ChangeFeed.row_id == case_id)
        )
        return int(events or 0), int(audits or 0), int(feed or 0)


def approve_recording_statements(world: World, case: Case) -> tuple[Case, list[str]]:
    """Approve ``case`` as the commission's administrator; returns the approved case and the SQL the
    approval ran on its own connection, in order (lower case, white space folded; SQLAlchemy's
    before_cursor_execute). Through a desk server other connections may run meanwhile: the approval's is
    the one that touched code_counters."""
    engine = world.desk.db.engine
    executed: list[tuple[int, str]] = []

    def seen(conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        executed.append((id(conn.connection), " ".join(statement.split()).lower()))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        approved: Case = world.desk.cases.approve(world.admin, case.id, case.version)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    mine = next(c for c, sql in executed if "code_counters" in sql)
    return approved, [sql for c, sql in executed if c == mine]


@pytest.fixture
def world(desk: Any, clock: FakeClock) -> World:
    from conftest import ADMIN_PASSWORD

    admin = desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
    return World(desk, admin, clock)


# Kept for modules that still import them: the quick database fixtures live in tests/conftest.py now.
# ``db_url`` is conftest's own fixture; ``case_templates`` hands out conftest's session-wide templates.
db_url = conftest.db_url


@pytest.fixture
def case_templates(db_templates: conftest.DatabaseTemplates) -> conftest.DatabaseTemplates:
    return db_templates
