"""A frozen PC blocks no province: a process frozen (SIGSTOP) mid-approval, holding the code counter,
is cut off by the server (idle_in_transaction_session_timeout); the others wait at most lock_timeout,
get "另一窗口正在办理，请稍后重试", and go on within seconds. PostgreSQL only (SQLite has one writer)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from case_fixtures import World
from conftest import ADMIN_PASSWORD
from sqlalchemy import select
from test_concurrency_pg import _bulk_confirmed_registrations, world_pg  # noqa: F401 - world_pg: the fixture

from app import models as m
from app.db import PgTimeouts
from app.services import EnvironmentFault, open_desk
from app.services.codes import parse_registration_code

pytestmark = pytest.mark.postgres
ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys, time
    from app.services import open_desk, rules

    url, case_id = sys.argv[1], int(sys.argv[2])
    desk = open_desk(url, workstation="frozen-pc")
    actor = desk.auth.login("gdadmin", sys.argv[3])
    issue = rules.next_registration_code

    def issue_then_hang(session, province, year):
        code = issue(session, province, year)  # the counter row is locked from here to COMMIT
        print("HOLDING", code, flush=True)
        time.sleep(3600)
        return code

    rules.next_registration_code = issue_then_hang
    desk.cases.approve(actor, case_id, 1)
    print("COMMITTED", flush=True)
    """
)


def test_a_pc_frozen_holding_the_code_counter_blocks_other_approvals_only_seconds(
    world_pg: World, pg_url: str
) -> None:
    world = world_pg
    hospital = world.hospital()
    frozen_case, waiting_case, later_case = _bulk_confirmed_registrations(world, [hospital.id], 3)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "REGDESK_PG_IDLE_IN_TRANSACTION_S": "3"}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, pg_url, str(frozen_case), ADMIN_PASSWORD],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=ROOT,
    )
    other = open_desk(pg_url, clock=world.clock, workstation="pc-2",
                      pg_timeouts=PgTimeouts(lock_s=1, idle_in_transaction_s=3))
    try:
        assert holder.stdout is not None
        line = holder.stdout.readline()
        assert line.startswith("HOLDING"), line + holder.stderr.read() if holder.stderr else line
        os.kill(holder.pid, signal.SIGSTOP)  # frozen: its transaction stays open, the counter locked

        start = time.monotonic()
        refusals: list[str] = []
        approved = None
        while approved is None and time.monotonic() - start < 30:
            try:
                approved = other.cases.approve(world.admin, waiting_case, 1)
            except EnvironmentFault as fault:
                refusals.append(fault.message)
                assert time.monotonic() - start < 30
        took = time.monotonic() - start
        assert approved is not None and approved.status == "approved"
        # the waiting clerk heard why within the lock timeout, and the approval went through in seconds
        assert refusals and set(refusals) == {"另一窗口正在办理，请稍后重试"}, refusals
        assert took < 10, f"took {took:.1f} s"
        # after that nothing waits at all
        start = time.monotonic()
        assert other.cases.approve(world.admin, later_case, 1).status == "approved"
        assert time.monotonic() - start < 2
    finally:
        os.kill(holder.pid, signal.SIGCONT)
        holder.kill()
        holder.wait(10)
        other.close()
    with world.desk.db.read() as s:
        frozen = s.get(m.Case, frozen_case)
        codes = s.scalars(select(m.Registration.registration_code)).all()
    assert frozen is not None and frozen.status == "confirmed"  # the frozen approval left nothing
    assert sorted(parse_registration_code(c).serial for c in codes) == [1, 2]  # gapless


def test_every_desk_connection_carries_the_limits_and_keepalives(pg_url: str) -> None:
    desk = open_desk(pg_url, pg_timeouts=PgTimeouts(idle_in_transaction_s=20, lock_s=4, statement_s=50))
    try:
        with desk.db.read() as s:
            shown = {name: s.execute(select(func_show(name))).scalar() for name in (
                "idle_in_transaction_session_timeout", "lock_timeout", "statement_timeout")}
            keepalive = s.connection().connection.dbapi_connection.info.get_parameters()  # type: ignore[union-attr]
    finally:
        desk.close()
    assert shown == {"idle_in_transaction_session_timeout": "20s", "lock_timeout": "4s",
                     "statement_timeout": "50s"}
    assert keepalive.get("keepalives") == "1" and keepalive.get("keepalives_idle") == "30"


def test_the_limits_can_be_set_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REGDESK_PG_LOCK_S", "10")
    monkeypatch.setenv("REGDESK_PG_KEEPALIVES_IDLE_S", "0")
    limits = PgTimeouts.from_env()
    assert limits.lock_s == 10 and "-c lock_timeout=10000" in limits.options()
    assert "keepalives" not in limits.connect_args()


def func_show(name: str):  # type: ignore[no-untyped-def]
    from sqlalchemy import func

    return func.current_setting(name)
