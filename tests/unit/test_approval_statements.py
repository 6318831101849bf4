"""What an approval costs in statements (issue 19 part 1), counted with SQLAlchemy's before_cursor_execute
on the approval's own connection, for an approval in steady state (the year's counter row exists).

Was 24 on PostgreSQL (23 on SQLite) before issue 19: the change feed took an INSERT and a pg_notify per
entry, the hash chain read the new history rows back and linked them table by table, and the rules read
the physician's registrations in the province twice. Now: the feed is one statement (INSERT and NOTIFYs
together), the links are hashed from what the flush wrote, PostgreSQL links both chains and moves the
heads in one statement, and the filed registrations come with the active-registration check.
Round 3 (16 → 13 on PostgreSQL): the case event and the audit event are one INSERT statement (data-modifying
CTEs) that also locks the chain heads (at COMMIT, after every other write), and the code goes on the new
registration in the case's own UPDATE (WITH first_write AS (UPDATE registrations …) UPDATE cases …).
Round 4 (13 → 10 on PostgreSQL, 19 → 16 on SQLite): the case comes with its received materials, the locked
physician with the case's institution, the qualifications with the registrations held in the province.
Fails if the count grows back."""

from __future__ import annotations

import os
import re

from case_fixtures import Hospital, World, approve_recording_statements, world

from app.services import audit
from app.services.cases import Case

FIXTURES = (world,)

#: Statements per approval, BEGIN/COMMIT not counted (SQLite's BEGIN IMMEDIATE is a statement).
EXPECTED = {"postgresql": 10, "sqlite": 16}


def _confirmed(world: World, hospital: Hospital) -> Case:
    doctor = world.doctor()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    return world.desk.cases.confirm(hospital.actor, case.id, case.version)


def approval_statements(world: World, case: Case) -> list[str]:
    approved, statements = approve_recording_statements(world, case)
    assert approved.registration_code
    return statements


def test_an_approval_takes_no_more_statements_than_pinned(world: World) -> None:
    hospital = world.hospital()
    first = _confirmed(world, hospital)
    world.desk.cases.approve(world.admin, first.id, first.version)  # makes the year's counter row
    statements = approval_statements(world, _confirmed(world, hospital))
    dialect = world.desk.db.engine.dialect.name
    if os.environ.get("SHOW_STATEMENTS"):
        print(len(statements), *[s[:160] for s in statements], sep="\n")
    assert len(statements) <= EXPECTED[dialect], "\n".join(s[:160] for s in statements)
    # one change-feed statement for all entries (PostgreSQL: the NOTIFYs in it), nothing read back
    assert sum("change_feed" in s for s in statements) == 1
    assert not any(s.startswith("select pg_notify") for s in statements)
    assert not any(re.match(r"select .* from (audit_events|case_events)\b", s) for s in statements)
    assert sum(re.match(r"select .* from registrations\b", s) is not None for s in statements) <= 1
    # the chain heads are the last lock, taken after every other write
    heads = next(i for i, s in enumerate(statements) if "from audit_chain_heads" in s)
    assert all("audit_chain_heads" in s or s.startswith("update") for s in statements[heads:])
    assert len(statements[heads:]) == (2 if dialect == "postgresql" else 4)


def test_the_history_chains_verify_after_approvals_and_other_changes(world: World) -> None:
    hospital = world.hospital()
    for _ in range(3):
        case = _confirmed(world, hospital)
        world.desk.cases.approve(world.admin, case.id, case.version)
    case = _confirmed(world, hospital)
    world.desk.cases.reject(world.admin, case.id, case.version, "incapacity")
    report = audit.verify(world.desk.db)
    assert report.ok, report.breaks
    assert report.checked["case_events"] >= 4 * 3 and report.checked["audit_events"] >= 4 * 3
