"""Through the desk server, institution A's token gets nothing of institution B: every route of the API is
called with A's token and B's objects (case, physician, institution, account, registration), and every
answer is a refusal or shows nothing of B; nothing is written but audit events. The full permission
matrix of tests/unit/test_permissions.py also runs through the server here."""

from __future__ import annotations

import typing
from typing import Any

import httpx
import pytest
from case_fixtures import World, world
from server_fixtures import desk
from support_accounts import row_counts
from test_permissions import (  # the permission matrix, served remotely here
    World as MatrixWorld,
)
from test_permissions import (
    _matrix_params,
    _run,
    matrix,
    world_template,
)

from app.remote.spec import desk_specs

FIXTURES = (world, desk)
#: Tables a refused call may still write (the refusal's audit event; a sign-in's session).
MAY_GROW = {"audit_events"}


def _value_for(name: str, annotation: Any, ids: dict[str, Any]) -> Any:
    if name in ids:
        return ids[name]
    text = str(annotation)
    if name == "kind":
        return "first_registration"
    if "int" in text and "str" not in text:
        return 0 if name in ("offset", "cursor") else 1
    if "float" in text:
        return 0.1
    if "bool" in text:
        return True
    if "list" in text:
        return []
    return ids["name"] if name in ("query", "search", "name") else "x"


def test_institution_a_token_on_every_route_gets_nothing_of_institution_b(world: World) -> None:
    desk = world.desk
    a = world.hospital("甲医院", "440106")
    b = world.hospital("乙医院", "440106")  # the same county: only the institution separates them
    doctor_b = world.doctor("乙医生")
    case_b = world.registered(doctor_b, b)
    pending_b = world.confirmed(world.doctor("乙二医生"), b, "first_registration", institution_id=b.id,
                                scopes=["内科专业"])
    account_b = b.actor.user_id
    ids = {
        "case_id": pending_b.id,
        "physician_id": doctor_b.id,
        "institution_id": b.id,
        "inviting_institution_id": b.id,
        "user_id": account_b,
        "registration_id": case_b.registration_id,
        "version": pending_b.version,
        "name": doctor_b.name,
    }
    secrets = [doctor_b.name, doctor_b.id_number, case_b.number, pending_b.number, case_b.registration_code]
    before = row_counts(desk)
    leaks, answered = [], 0
    for service, methods in desk_specs().items():
        for method, spec in methods.items():
            if service == "register" or (service, method) in {("auth", "setup"), ("auth", "logout"),
                                                              ("auth", "change_password")}:
                continue  # public by design / would end A's own session or change A's password
            hints = typing.get_type_hints(spec.args_model)
            body = {n: _value_for(n, hints.get(n), ids) for n, f in spec.args_model.model_fields.items()
                    if f.is_required() or n in ids or n in ("query", "search")}
            response = httpx.post(desk.url + spec.path, json=body, timeout=30,
                                  headers={"Authorization": f"Bearer {a.actor.token}"})
            answered += 1
            assert response.status_code < 500, f"{service}.{method}: {response.status_code} {response.text}"
            if response.status_code >= 400:
                continue
            shown = [s for s in secrets if s and s in response.text]
            if shown:
                leaks.append(f"{service}.{method}({body}) shows {shown}")
    assert answered > 50
    assert leaks == []
    grown = {t for t, n in row_counts(desk).items() if n != before[t]}
    assert grown <= MAY_GROW, grown


MATRIX_FIXTURES = (matrix, world_template)


@pytest.fixture
def desk_mode() -> str:
    return "remote"


@pytest.mark.slow
@pytest.mark.parametrize(("service", "method"), _matrix_params())
def test_through_the_server_every_method_refuses_foreign_objects(
    matrix: tuple[Any, MatrixWorld], service: str, method: str
) -> None:
    remote, matrix_world = matrix
    assert remote.url.startswith("http://127.0.0.1:")
    problems, inconclusive, conclusive = _run(remote, matrix_world, service, method)
    assert not problems, f"{service}.{method}:\n  " + "\n  ".join(problems)
    if inconclusive and not conclusive:
        pytest.skip(f"{service}.{method}: synthesised arguments are inconclusive (see test_permissions)")
