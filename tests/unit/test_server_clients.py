"""What the desk server knows of the office PCs calling it: the audit trail names the calling PC (its own
name and its address, not the server's), and one address that keeps failing to sign in is paused."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from conftest import ADMIN_PASSWORD
from server_fixtures import desk
from server_support import thread_server
from sqlalchemy import select

from app import models as m
from app.remote import RemoteDesk
from app.remote.client import WORKSTATION_HEADER as CLIENT_HEADER
from app.server.app import WORKSTATION_HEADER, RateLimiter
from app.services import AuthenticationError, EnvironmentFault

FIXTURES = (desk,)


def _setup(local: Any) -> None:
    local.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")


def _audit(local: Any, action: str) -> list[tuple[str, str]]:
    with local.db.read() as s:
        rows = s.execute(select(m.AuditEvent.outcome, m.AuditEvent.workstation)
                         .where(m.AuditEvent.action == action).order_by(m.AuditEvent.id))
        return [(outcome, workstation) for outcome, workstation in rows]


def test_the_client_and_the_server_name_the_same_header() -> None:
    assert CLIENT_HEADER == WORKSTATION_HEADER


def test_the_audit_trail_and_the_session_name_the_calling_pc_with_its_address(desk: Any) -> None:
    local = desk.local  # the server's own desk: its PC is "test-pc"
    _setup(local)
    with thread_server(local) as server, RemoteDesk(server.url, workstation="门诊楼三层 挂号2") as remote:
        actor = remote.auth.login("gdadmin", ADMIN_PASSWORD)
        with pytest.raises(AuthenticationError):
            remote.auth.login("gdadmin", "not-the-password-1")
        remote.auth.logout(actor)
    calling = "门诊楼三层 挂号2（127.0.0.1）"
    assert _audit(local, "auth.login")[-2:] == [("ok", calling), ("failed", calling)]
    with local.db.read() as s:
        # the session the remote login opened (and its logout revoked), whatever order the rows come in
        assert s.scalars(select(m.AuthSession.workstation).where(m.AuthSession.revoked)).all() == [calling]
    local.auth.login("gdadmin", ADMIN_PASSWORD)  # on the server's machine itself: its own name
    assert _audit(local, "auth.login")[-1] == ("ok", "test-pc")


def test_a_pc_name_cannot_smuggle_control_characters_or_length_into_the_audit_trail(desk: Any) -> None:
    local = desk.local
    _setup(local)
    with thread_server(local) as server:
        name = "%0Aforged%0D" + "x" * 300
        answer = httpx.post(server.url + "/api/auth/login", json={"username": "gdadmin",
                                                                  "password": ADMIN_PASSWORD},
                            headers={WORKSTATION_HEADER: name})
        assert answer.status_code == 200
    (outcome, workstation), = _audit(local, "auth.login")[-1:]
    assert outcome == "ok" and "\n" not in workstation and "\r" not in workstation
    assert workstation.startswith("forged") and workstation.endswith("（127.0.0.1）")
    assert len(workstation) <= 100


def test_an_address_that_fails_to_sign_in_too_often_is_paused_for_the_minute(desk: Any) -> None:
    local = desk.local
    _setup(local)
    with thread_server(local, signin_failures=3) as server, RemoteDesk(server.url) as remote:
        remote.auth.login("gdadmin", ADMIN_PASSWORD)  # a success is not counted
        for _ in range(3):
            with pytest.raises(AuthenticationError):
                remote.auth.login("gdadmin", "not-the-password-1")
        with pytest.raises(EnvironmentFault, match="这台电脑登录失败次数过多，请一分钟后再试"):
            remote.auth.login("gdadmin", ADMIN_PASSWORD)
        answer = httpx.post(server.url + "/api/auth/login",
                            json={"username": "gdadmin", "password": ADMIN_PASSWORD})
        assert answer.status_code == 429
    # the paused attempts never reached the service: the account saw three failures, not five
    assert [o for o, _ in _audit(local, "auth.login")] == ["ok", "failed", "failed", "failed"]
    # other calls of the same address go on (the pause is for signing in only)
    with thread_server(local, signin_failures=3) as server, RemoteDesk(server.url) as remote:
        assert remote.auth.needs_setup() is False


def test_failures_are_counted_per_address_and_forgotten_after_a_minute() -> None:
    now = [0.0]
    failures = RateLimiter(2, clock=lambda: now[0])
    failures.hit("10.0.0.5")
    assert not failures.full("10.0.0.5")
    failures.hit("10.0.0.5")
    assert failures.full("10.0.0.5") and not failures.full("10.0.0.6")
    now[0] = 60.5
    assert not failures.full("10.0.0.5")
