"""Tamper-evident history: case and audit events are append-only and hash-chained; ``verify-audit`` finds
an edited and a deleted row; refusals never name another institution's case number."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from case_fixtures import World, resident_id
from conftest import ADMIN_PASSWORD
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app import models as m
from app.cli import run as cli
from app.services import ConflictError, PermissionDenied, open_desk
from app.services.audit import verify


@pytest.fixture(name="world")
def world_fixture(desk: Any, clock: Any) -> World:
    """A desk with the province's first administrator signed in (as tests/unit/case_fixtures.py's)."""
    admin = desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
    return World(desk, admin, clock)


def _history(world: World) -> Any:
    """A few cases with their events (submitted, confirmed, approved) and the audit trail of it all."""
    desk = world.desk
    hospital = world.hospital()
    for _ in range(3):
        doctor = world.doctor()
        case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
        case = desk.cases.confirm(hospital.actor, case.id, case.version)
        desk.cases.approve(world.admin, case.id, case.version)
    return hospital


def _count(desk: Any, model: Any) -> int:
    with desk.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model)))


def test_every_case_and_audit_event_is_linked_and_the_chains_verify(world: World) -> None:
    _history(world)
    report = verify(world.desk.db)
    assert report.ok, report.breaks
    assert report.checked == {"audit_events": _count(world.desk, m.AuditEvent),
                              "case_events": _count(world.desk, m.CaseEvent)}
    assert report.checked["case_events"] >= 9
    with world.desk.db.read() as s:
        unlinked = select(func.count()).select_from(m.AuditEvent).where(m.AuditEvent.row_hash.is_(None))
        assert s.scalar(unlinked) == 0


def test_the_database_refuses_to_change_or_delete_history(world: World) -> None:
    _history(world)
    for statement in (
        "UPDATE audit_events SET outcome = 'ok' WHERE id = 1",
        "DELETE FROM audit_events WHERE id = 1",
        "UPDATE case_events SET reason_text = 'x' WHERE id = 1",
        "UPDATE case_events SET row_hash = NULL WHERE id = 1",
        "DELETE FROM case_events",
    ):
        with pytest.raises(DBAPIError, match="append-only"), world.desk.db.write() as s:
            s.execute(text(statement))
    assert verify(world.desk.db).ok


def _behind_the_apps_back(desk: Any, *statements: str) -> None:
    """Run statements with the append-only triggers out of the way, as a superuser could."""
    with desk.db.write() as s:
        if desk.db.is_postgres:
            s.execute(text("SET LOCAL session_replication_role = replica"))  # triggers off
            for statement in statements:
                s.execute(text(statement))
            return
        triggers = s.execute(text(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%append_only%'")).all()
        for name, _sql in triggers:
            s.execute(text(f"DROP TRIGGER {name}"))
        for statement in statements:
            s.execute(text(statement))
        for _name, sql in triggers:
            s.execute(text(sql))


def test_verify_audit_reports_an_edited_and_a_deleted_row(world: World, db_url: str, capsys: Any) -> None:
    _history(world)
    assert cli(["verify-audit", "--db", db_url]) == 0
    assert "完整" in capsys.readouterr().out
    with world.desk.db.read() as s:
        edited = s.execute(select(m.AuditEvent.id, m.AuditEvent.chain_seq).where(
            m.AuditEvent.action == "cases.approve").order_by(m.AuditEvent.id)).first()
        gone = s.execute(
            select(m.CaseEvent.id, m.CaseEvent.chain_seq).order_by(m.CaseEvent.id).offset(4)).first()
    assert edited is not None and gone is not None
    _behind_the_apps_back(
        world.desk,
        f"UPDATE audit_events SET workstation = 'elsewhere' WHERE id = {edited.id}",
        f"DELETE FROM case_events WHERE id = {gone.id}",
    )
    report = verify(world.desk.db)
    assert [(b.table, b.seq) for b in report.breaks] == [
        ("audit_events", edited.chain_seq), ("case_events", gone.chain_seq)]
    assert "改动" in report.breaks[0].problem and "删除" in report.breaks[1].problem
    assert cli(["verify-audit", "--db", db_url]) == 1
    out = capsys.readouterr().out
    assert f"审计日志 第 {edited.chain_seq} 条（id {edited.id}）" in out and "案件记录" in out


def test_a_deleted_newest_row_is_found_too(world: World) -> None:
    _history(world)
    _behind_the_apps_back(
        world.desk, "DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)")
    [broken] = verify(world.desk.db).breaks
    assert broken.table == "audit_events" and "链尾缺失" in broken.problem


def test_a_refused_write_leaves_the_chain_as_it_was(world: World) -> None:
    hospital = _history(world)
    before = verify(world.desk.db).checked
    doctor = world.doctor()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    with pytest.raises(ConflictError):
        world.desk.cases.confirm(hospital.actor, case.id, case.version + 5)
    report = verify(world.desk.db)
    assert report.ok and report.checked["case_events"] == before["case_events"] + 1


@pytest.mark.postgres
def test_eight_pcs_writing_at_once_leave_one_unbroken_chain(pg_url: str) -> None:
    setup = open_desk(pg_url, workstation="pc-0")
    setup.setup("gdadmin", ADMIN_PASSWORD)
    desks = [open_desk(pg_url, workstation=f"pc-{i}") for i in range(8)]
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def work(desk: Any) -> None:
        try:
            barrier.wait()
            for _ in range(10):
                actor = desk.auth.login("gdadmin", ADMIN_PASSWORD)
                desk.auth.logout(actor)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d,)) for d in desks]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        report = verify(setup.db)
        assert report.ok, report.breaks
        assert report.checked["audit_events"] == 1 + 8 * 10 * 2
    finally:
        for d in [setup, *desks]:
            d.close()


def test_a_refusal_never_names_another_commissions_or_institutions_case_number(world: World) -> None:
    desk = world.desk
    guangzhou = world.clerk("gzclerk", "440100", "广州市卫健委")
    shenzhen = world.clerk("szclerk", "440300", "深圳市卫健委")
    person = {"name": "周老先", "id_number": resident_id("440106"), "level": "执业医师", "category": "中医",
              "issued_on": "1998-06-30"}
    theirs = desk.counter.legacy_backfill(guangzhou, certificate_code="199844010600000000000000001", **person)
    with pytest.raises(ConflictError) as refused:
        desk.counter.legacy_backfill(shenzhen, certificate_code="199844030000000000000000002", **person)
    assert theirs.number not in refused.value.message and "已有一件在办" in refused.value.message
    with pytest.raises(ConflictError) as own:  # the commission that sees it is told which one
        desk.counter.legacy_backfill(world.admin, certificate_code="199844010600000000000000003", **person)
    assert theirs.number in own.value.message
    with pytest.raises(PermissionDenied) as denied:
        desk.cases.get(shenzhen, theirs.id)
    assert theirs.number not in denied.value.message
