"""The desk server's API and the remote desk: one route per service method from the typed signatures,
the actor only from the bearer token, refusals rebuilt as their own class, paper as bytes, the public
register without sign-in but rate-limited, the change feed as a long poll."""

from __future__ import annotations

import dataclasses
import inspect
import threading
import time
from typing import Any

import httpx
import pytest
from case_fixtures import World, world
from conftest import ADMIN_PASSWORD
from server_fixtures import desk
from server_support import thread_server

from app.remote import RemoteDesk
from app.remote.spec import desk_services, desk_specs, public_methods
from app.server.app import RateLimiter
from app.services import (
    AuthenticationError,
    ConflictError,
    DomainError,
    EnvironmentFault,
    NotFound,
    PermissionDenied,
    ValidationError,
    open_desk,
)
from app.services.cases import Case

FIXTURES = (world, desk)


def _post(desk: Any, path: str, body: Any = None, token: str = "",
          headers: dict[str, str] | None = None) -> httpx.Response:
    headers = {**(headers or {}), **({"Authorization": f"Bearer {token}"} if token else {})}
    return httpx.post(desk.url + path, json={} if body is None else body, headers=headers, timeout=30)


def test_the_remote_desk_has_every_service_method_with_the_same_signature() -> None:
    remote = RemoteDesk("http://127.0.0.1:9")  # no server needed to look at its methods
    try:
        for service, cls in desk_services().items():
            served = desk_specs()[service]
            for name, func in public_methods(cls).items():
                if name not in served:
                    continue
                local_sig = inspect.signature(func)
                local_sig = local_sig.replace(parameters=list(local_sig.parameters.values())[1:])
                remote_method = getattr(getattr(remote, service), name)
                assert inspect.signature(remote_method) == local_sig, f"{service}.{name}"
    finally:
        remote.close()


def test_every_method_is_one_route_in_the_generated_openapi(desk: Any) -> None:
    schema = httpx.get(desk.url + "/openapi.json", timeout=30).json()
    for service, methods in desk_specs().items():
        for name, spec in methods.items():
            op = schema["paths"][f"/api/{service}/{name}"]["post"]
            assert op["operationId"] == f"{service}.{name}"
            if spec.actor == "required":
                assert op.get("security"), f"{service}.{name} must declare the bearer token"
    case = schema["components"]["schemas"]["Case"]
    assert {"id", "number", "status", "version", "registration_code"} <= set(case["properties"])
    approve = schema["components"]["schemas"]["cases_approve_args"]
    assert set(approve["properties"]) == {"case_id", "version"}  # the actor is never in the body


def test_login_returns_the_actor_with_its_token_and_wrong_passwords_lock_the_account(world: World) -> None:
    desk = world.desk
    actor = desk.auth.login("gdadmin", ADMIN_PASSWORD)
    assert actor.role == "commission" and actor.jurisdiction == "440000" and len(actor.token) > 20
    assert desk.auth.whoami(actor).username == "gdadmin"
    for left in (4, 3, 2, 1):
        with pytest.raises(AuthenticationError, match=f"再错 {left} 次") as refused:
            desk.auth.login("gdadmin", "Wrong#2026x")
        assert refused.value.field == "password"
    with pytest.raises(AuthenticationError, match="账户已锁定"):
        desk.auth.login("gdadmin", "Wrong#2026x")
    with pytest.raises(AuthenticationError, match="账户已锁定"):  # counted on the server
        desk.auth.login("gdadmin", ADMIN_PASSWORD)
    desk.auth.logout(actor)
    with pytest.raises(AuthenticationError):
        desk.auth.whoami(actor)


def test_the_actor_comes_only_from_the_bearer_token(world: World) -> None:
    desk = world.desk
    hospital = world.hospital()
    response = _post(desk, "/api/cases/queue", {"actor": dataclasses.asdict(world.admin)})
    assert response.status_code == 422 and response.json()["code"] == "validation"  # no actor in a body
    response = _post(desk, "/api/cases/queue")
    assert response.status_code == 401 and response.json()["message"] == "请先登录"
    response = _post(desk, "/api/accounts/institution", {"institution_id": hospital.id}, token="made-up")
    assert response.status_code == 401 and response.json()["code"] == "authentication"
    forged = dataclasses.replace(hospital.actor, role="commission", jurisdiction="000000", is_admin=True)
    with pytest.raises(PermissionDenied):
        desk.accounts.create_commission_user(forged, username="mole", name="某人", jurisdiction="440000",
                                             phone="13700137000")


def test_submit_confirm_approve_issues_the_code_through_the_server(world: World) -> None:
    desk = world.desk
    hospital, doctor = world.hospital(), world.doctor()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    assert isinstance(case, Case) and case.status == "submitted" and isinstance(case.details, dict)
    case = desk.cases.confirm(hospital.actor, case.id, case.version)
    approved = desk.cases.approve(world.admin, case.id, case.version)
    assert approved.status == "approved" and approved.registration_code
    assert desk.cases.get(doctor.actor, case.id).registration_code == approved.registration_code
    with pytest.raises((ConflictError, DomainError)) as stale:  # the second clerk with the old version
        desk.cases.approve(world.admin, case.id, case.version)
    assert type(stale.value) is not DomainError and stale.value.message
    timeline = desk.cases.timeline(world.admin, case.id)
    assert [e.action for e in timeline][-1] == "approve"


def test_a_stale_version_is_a_conflict_rebuilt_with_message_and_field(world: World) -> None:
    desk = world.desk
    hospital, doctor = world.hospital(), world.doctor()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    desk.cases.confirm(hospital.actor, case.id, case.version)
    with pytest.raises(ConflictError) as conflict:
        desk.cases.return_case(hospital.actor, case.id, case.version, "材料不全")
    local = world.desk.local
    with pytest.raises(ConflictError) as direct:
        local.cases.return_case(hospital.actor, case.id, case.version, "材料不全")
    assert (conflict.value.message, conflict.value.field, conflict.value.extra) == (
        direct.value.message, direct.value.field, direct.value.extra)


def test_refusals_keep_their_class_message_and_field_across_the_wire(world: World) -> None:
    desk, local = world.desk, world.desk.local
    hospital = world.hospital()
    for call in (
        lambda d: d.cases.get(world.admin, 999_999),
        lambda d: d.accounts.institution(hospital.actor, hospital.id + 999),
        lambda d: d.auth.register_physician("张", "123", "1", "x", "u", "p"),
        lambda d: d.cases.approve(hospital.actor, 1, 1),
        lambda d: d.checklists.materials("no_such_kind"),
    ):
        with pytest.raises(DomainError) as remote_error:
            call(desk)
        with pytest.raises(DomainError) as local_error:
            call(local)
        r, lo = remote_error.value, local_error.value
        assert (type(r), r.message, r.field, r.extra) == (type(lo), lo.message, lo.field, lo.extra)
    assert NotFound and ValidationError  # the classes the calls above raise


def test_an_unexpected_error_is_500_without_a_traceback_or_data(world: World, monkeypatch: Any) -> None:
    desk = world.desk

    def broken(*_a: Any, **_k: Any) -> None:
        raise RuntimeError("secret 11010519491231002X in a traceback")

    monkeypatch.setattr(desk.local.cases, "get", broken)
    response = _post(desk, "/api/cases/get", {"case_id": 1}, token=world.admin.token)
    assert response.status_code == 500
    assert response.json() == {"code": "internal", "message": "服务器内部错误，请稍后重试或联系管理员",
                               "field": None, "extra": {}}
    assert "11010519491231002X" not in response.text and "Traceback" not in response.text
    with pytest.raises(EnvironmentFault, match="服务器内部错误"):
        desk.cases.get(world.admin, 1)


def test_a_database_fault_is_503_and_an_environment_fault_on_the_client(
    world: World, monkeypatch: Any
) -> None:
    desk = world.desk

    def unreachable(*_a: Any, **_k: Any) -> None:
        raise EnvironmentFault("无法连接数据库，请检查网络或联系管理员后重试")

    monkeypatch.setattr(desk.local.cases, "queue", unreachable)
    assert _post(desk, "/api/cases/queue", token=world.admin.token).status_code == 503
    with pytest.raises(EnvironmentFault, match="无法连接数据库"):
        desk.cases.queue(world.admin)


def test_an_unreachable_server_is_an_environment_fault() -> None:
    from server_support import free_port

    with RemoteDesk(f"http://127.0.0.1:{free_port()}") as nowhere:
        with pytest.raises(EnvironmentFault, match="无法连接桌面服务器"):
            nowhere.auth.login("gdadmin", ADMIN_PASSWORD)


def test_plain_http_is_refused_for_another_machine() -> None:
    with pytest.raises(ValidationError, match="必须使用 https"):
        open_desk("http://192.0.2.10:8443")
    assert isinstance(open_desk("https://192.0.2.10:8443"), RemoteDesk)
    for here in ("http://127.0.0.1:9", "http://localhost:9", "http://[::1]:9"):  # this machine: allowed
        RemoteDesk(here).close()


def test_setup_only_on_an_empty_database_and_only_from_the_servers_own_machine(desk: Any) -> None:
    proxied = _post(desk, "/api/auth/setup", {"username": "gdadmin", "password": ADMIN_PASSWORD},
                    headers={"X-Forwarded-For": "203.0.113.9"})
    assert proxied.status_code == 403 and "服务器本机" in proxied.json()["message"]
    assert desk.needs_setup()
    admin = desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="管理员")
    assert admin.is_admin and not desk.needs_setup()
    with pytest.raises(ConflictError, match="已有用户"):
        desk.setup("second", ADMIN_PASSWORD)


def test_setup_from_another_address_is_refused(desk: Any) -> None:
    from app.server.app import _setup_guard

    class FakeRequest:
        headers: dict[str, str] = {}
        client = type("C", (), {"host": "192.0.2.7"})()

    with pytest.raises(PermissionDenied, match="服务器本机"):
        _setup_guard(FakeRequest())  # type: ignore[arg-type]
    assert desk.needs_setup()


def test_paper_is_rendered_on_the_server_and_returned_as_pdf_bytes(world: World) -> None:
    desk = world.desk
    hospital, doctor = world.hospital(), world.doctor()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    pdf = desk.checklists.render_pdf(world.admin, case.id)
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF-") and pdf.rstrip().endswith(b"%%EOF")
    assert [p.document for p in desk.paper.prints(world.admin, case.id)]  # the print log, on the server


def test_the_public_register_needs_no_sign_in_and_only_discloses(world: World) -> None:
    desk = world.desk
    hospital, doctor = world.hospital(), world.doctor()
    world.registered(doctor, hospital)
    rows = desk.register.search_physicians(doctor.name)
    assert rows and rows[0].name == doctor.name
    response = httpx.get(desk.url + "/api/register/search_physicians", params={"name": doctor.name})
    assert response.status_code == 200
    shown = response.json()[0]
    assert set(shown) == {"name", "gender", "level", "category", "certificate_code", "place", "institution",
                          "scopes", "authority"}
    assert doctor.id_number not in response.text
    too_many = httpx.get(desk.url + "/api/register/search_physicians", params={"name": doctor.name,
                                                                               "limit": 10_000})
    assert too_many.status_code == 422 or too_many.json() == response.json()[:50]


def test_the_public_register_is_rate_limited_per_address_in_chinese(desk: Any) -> None:
    local = desk.local
    with thread_server(local, register_rate=5) as server:
        answers = [httpx.get(server.url + "/api/register/search_institutions", params={"name": "测试医院"})
                   for _ in range(7)]
        assert [a.status_code for a in answers] == [200] * 5 + [429] * 2
        assert answers[-1].json()["message"] == "查询过于频繁，请一分钟后再试"
        with RemoteDesk(server.url) as remote, pytest.raises(EnvironmentFault, match="查询过于频繁"):
            remote.register.search_nurses("张三")
        assert _post(type("D", (), {"url": server.url}), "/api/auth/needs_setup").status_code == 200


def test_the_rate_limit_forgets_after_a_minute() -> None:
    now = [0.0]
    limiter = RateLimiter(2, clock=lambda: now[0])
    assert limiter.allow("a") and limiter.allow("a") and not limiter.allow("a") and limiter.allow("b")
    now[0] = 60.5
    assert limiter.allow("a")


def test_a_confirmation_wakes_another_clients_long_poll_within_a_second(world: World) -> None:
    desk = world.desk
    hospital, doctor = world.hospital(), world.doctor()
    case = world.apply(doctor, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    commission = RemoteDesk(desk.url)  # the commission's PC: its own connection to the server
    try:
        cursor = commission.feed.head(world.admin)
        woke: list[float] = []

        def listen() -> None:
            if commission.feed.wait(world.admin, 10.0, cursor):
                woke.append(time.monotonic())

        listener = threading.Thread(target=listen)
        listener.start()
        time.sleep(0.5)
        assert not woke
        desk.cases.confirm(hospital.actor, case.id, case.version)
        committed = time.monotonic()
        listener.join(12)
        assert woke and woke[0] - committed < 1.0, woke
        changes, _ = commission.feed.since(world.admin, cursor)
        assert [(c.table, c.row_id, c.kind) for c in changes] == [("cases", case.id, "confirm")]
    finally:
        commission.close()


def test_a_long_poll_without_changes_ends_at_its_timeout(world: World) -> None:
    desk = world.desk
    head = desk.feed.head(world.admin)
    started = time.monotonic()
    assert desk.feed.wait(world.admin, 0.5, head) is False
    assert 0.4 < time.monotonic() - started < 3
    world.hospital()
    started = time.monotonic()
    with pytest.raises(AuthenticationError):
        desk.feed.wait(dataclasses.replace(world.admin, token="made-up"), 5.0, head)
    with pytest.raises(ValidationError, match="等待时间"):
        desk.feed.wait(world.admin, 3600, head)
    assert desk.feed.wait(world.admin, 5.0, head) is True and time.monotonic() - started < 1


def test_a_remote_desk_loads_neither_sqlalchemy_nor_the_server() -> None:
    import subprocess
    import sys

    code = (
        "import sys; from app.services import open_desk; d = open_desk('https://desk.example:8443'); "
        "d.close(); bad = [m for m in ('sqlalchemy', 'fastapi', 'uvicorn', 'PySide6') if m in sys.modules]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
