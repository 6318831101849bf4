"""The contract crosses a wire: values and errors survive JSON, the local desk matches the Protocols, views
import the contract only."""

from __future__ import annotations

import ast
import datetime as dt
import inspect
import subprocess
import sys
import typing
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from case_fixtures import PASSWORD, World, world
from pydantic import ConfigDict, TypeAdapter
from sqlalchemy import select

from app import models as m
from app.services import contract
from app.services import errors as errors_module

FIXTURES = (world,)  # pytest finds fixtures by their names in this module
ROOT = Path(__file__).resolve().parents[2]
#: bytes (PDFs) cross as base64 text: the desk server must configure its adapters the same way.
WIRE = ConfigDict(ser_json_bytes="base64", val_json_bytes="base64")
#: What views may import from the services package besides the contract: opening a desk, the packaged
#: reference data, the sign-in remembered in this PC's keyring.
VIEW_IMPORTS = {"open_desk", "reference", "remember"}


def adapter(annotation: Any) -> TypeAdapter[Any]:
    return TypeAdapter(annotation, config=WIRE) if annotation is bytes else TypeAdapter(annotation)


def protocol_methods(protocol: type[Any]) -> dict[str, Callable[..., Any]]:
    return {k: v for k, v in vars(protocol).items() if not k.startswith("_") and callable(v)}


def public_methods(cls: type[Any], ignore: frozenset[str] = frozenset()) -> dict[str, Callable[..., Any]]:
    """The public methods an implementation defines (its own and inherited, not object's or ignored)."""
    found = {}
    for name in dir(cls):
        if name.startswith("_") or name in ignore:
            continue
        value = inspect.getattr_static(cls, name)
        if isinstance(value, staticmethod | classmethod):
            value = value.__func__
        if inspect.isfunction(value):
            found[name] = value
    return found


def signature_differences(
    impl: type[Any], protocol: type[Any], ignore: frozenset[str] = frozenset()
) -> list[str]:
    """How an implementation's public methods differ from a Protocol's: names, parameters (name, kind,
    default) and resolved type hints. Empty when they agree. The remote desk's test reuses this."""
    want, have = protocol_methods(protocol), public_methods(impl, ignore)
    out = [f"{impl.__name__}.{n}: not in {protocol.__name__}" for n in sorted(have.keys() - want.keys())]
    out += [f"{impl.__name__}.{n}: missing" for n in sorted(want.keys() - have.keys())]
    for name in sorted(want.keys() & have.keys()):
        a, b = inspect.signature(have[name]), inspect.signature(want[name])
        pa = [(p.name, p.kind, p.default) for p in a.parameters.values()]
        pb = [(p.name, p.kind, p.default) for p in b.parameters.values()]
        if pa != pb:
            out.append(f"{impl.__name__}.{name}{a} != {protocol.__name__}.{name}{b}")
        ha, hb = typing.get_type_hints(have[name]), typing.get_type_hints(want[name])
        out += [
            f"{impl.__name__}.{name}({p}): {ha.get(p)} != {hb.get(p)}"
            for p in sorted(ha.keys() | hb.keys())
            if ha.get(p) != hb.get(p)
        ]
    return out


# --- the module itself -----------------------------------------------------------------------------


def test_importing_the_contract_loads_neither_sqlalchemy_nor_qt() -> None:
    code = (
        "import sys, app.services.contract\n"
        "heavy = {'sqlalchemy', 'PySide6', 'shiboken6', 'psycopg'}\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_signature_of_the_contract_has_a_json_schema() -> None:
    for name, protocol in contract.SERVICES.items():
        for method, func in protocol_methods(protocol).items():
            for param, annotation in typing.get_type_hints(func).items():
                assert isinstance(adapter(annotation).json_schema(), dict), f"{name}.{method}({param})"


def test_every_domain_error_round_trips_through_json_with_its_class_message_and_field() -> None:
    import app.services  # noqa: F401 - loads every service module, so every subclass is defined
    from app.services import accounts, auth, cases, counter, feed, paper, roster  # noqa: F401

    def subclasses(cls: type[contract.DomainError]) -> set[type[contract.DomainError]]:
        """The services' DomainError classes (a window's own, e.g. main.StartupProblem, never crosses)."""
        found = {s for c in cls.__subclasses__() for s in subclasses(c)}
        return found | ({cls} if cls.__module__.startswith("app.services") else set())

    assert subclasses(contract.DomainError) == set(contract.ERRORS.values())
    assert contract.ERRORS is errors_module.ERRORS
    for cls in contract.ERRORS.values():
        err = cls("执业机构「测试医院」不在本辖区", "institution_id", case_number="A2026440000001")
        wire = adapter(dict[str, Any]).dump_json(err.to_dict())
        back = contract.DomainError.from_dict(adapter(dict[str, Any]).validate_json(wire))
        assert type(back) is cls
        assert (back.code, back.message, back.field, back.extra) == (
            cls.code,
            err.message,
            "institution_id",
            {"case_number": "A2026440000001"},
        )
    unknown = contract.DomainError.from_dict({"code": "no_such_code", "message": "出错了"})
    assert type(unknown) is contract.DomainError and unknown.field is None


def test_the_local_desk_and_the_protocols_name_the_same_methods_with_the_same_signatures(
    world: World,
) -> None:
    from app.services.base import Service

    desk = getattr(world.desk, "local", world.desk)  # under REGDESK_TEST_DESK=remote: the server's desk
    assert isinstance(desk, contract.Desk)
    # every service the local desk offers is in the contract (a new one needs its Protocol in SERVICES)
    assert {k for k, v in vars(desk).items() if isinstance(v, Service)} == set(contract.SERVICES) | set(
        contract.LOCAL_SERVICES
    )
    problems = []
    for name, protocol in contract.SERVICES.items():
        problems += signature_differences(type(getattr(desk, name)), protocol, frozenset({"read", "write"}))
    services = {k for k, v in vars(contract.Desk).items() if isinstance(v, property)}
    assert services == set(contract.SERVICES)
    for name in services:
        assert typing.get_type_hints(vars(contract.Desk)[name].fget)["return"] is contract.SERVICES[name]
    desk_methods = frozenset(protocol_methods(contract.Desk)) - services
    local_desk = type(desk)
    for method in desk_methods:
        a, b = (
            inspect.signature(getattr(local_desk, method)),
            inspect.signature(getattr(contract.Desk, method)),
        )
        if [(p.name, p.kind, p.default) for p in a.parameters.values()] != [
            (p.name, p.kind, p.default) for p in b.parameters.values()
        ] or typing.get_type_hints(getattr(local_desk, method)) != typing.get_type_hints(
            getattr(contract.Desk, method)
        ):
            problems.append(f"Desk.{method}{a} != {b}")
    assert desk_methods == {"setup", "needs_setup", "describe", "today", "close"}
    assert problems == []


def test_views_import_only_the_contract_from_the_services() -> None:
    offences = []
    for path in sorted((ROOT / "app" / "views").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("app.services.") and node.module != "app.services.contract":
                    offences.append(f"{path.name}:{node.lineno} from {node.module}")
                elif node.module == "app.services":
                    offences += [
                        f"{path.name}:{node.lineno} {a.name}"
                        for a in node.names
                        if a.name not in VIEW_IMPORTS
                    ]
            elif isinstance(node, ast.Import):
                offences += [
                    f"{path.name}:{node.lineno} import {a.name}"
                    for a in node.names
                    if a.name.startswith("app.services") or a.name.startswith("sqlalchemy")
                ]
            elif isinstance(node, ast.Attribute) and node.attr == "ctx":
                offences.append(f"{path.name}:{node.lineno} .ctx")
    assert offences == []


# --- real values through JSON ------------------------------------------------------------------------


class Wire:
    """Wraps a desk: every result of a service call goes to JSON and back by the Protocol's return type and
    must come back equal; records which return types were seen, and whether a list one had items."""

    def __init__(self, desk: Any) -> None:
        self.desk = desk
        self.seen: dict[str, bool] = {}

    def __getattr__(self, service: str) -> Any:
        protocol = contract.SERVICES[service]
        target = getattr(self.desk, service)
        wire = self

        class Proxy:
            def __getattr__(self, method: str) -> Callable[..., Any]:
                returns = typing.get_type_hints(getattr(protocol, method))["return"]

                def call(*args: Any, **kwargs: Any) -> Any:
                    value = getattr(target, method)(*args, **kwargs)
                    ta = adapter(returns)
                    back = ta.validate_json(ta.dump_json(value))
                    assert back == value, f"{service}.{method}: {value!r} came back as {back!r}"
                    key = repr(returns)
                    wire.seen[key] = wire.seen.get(key, False) or _has_items(value)
                    return value

                return call

        return Proxy()


def _has_items(value: Any) -> bool:
    if isinstance(value, list | tuple):
        return bool(value) and all(_has_items(v) if isinstance(v, list) else True for v in value[:1])
    if isinstance(value, contract.Page):
        return bool(value.items)
    return value is not None


def test_every_value_the_services_return_round_trips_through_json(world: World) -> None:
    desk, admin = world.desk, world.admin
    w = Wire(desk)
    hospital, clinic = world.hospital(), world.hospital()
    doctor = world.doctor("王医生")
    # auth
    assert w.auth.needs_setup() is False
    w.auth.whoami(admin)
    n = 9000
    new = w.auth.register_physician(
        "赵医生", world_resident_id(), f"139{n:08d}", "z@example.cn", "zhaodoc", PASSWORD
    )
    zhao = w.auth.login("zhaodoc", PASSWORD)
    w.auth.change_password(zhao, PASSWORD, PASSWORD + "x")
    assert new.physician_id
    # accounts
    info, _user, _initial = w.accounts.create_institution(
        admin,
        **{**_institution_fields(), "documents_checked": ["licence", "authorisation_letter", "delegate_id"]},
    )
    w.accounts.reset_institution_password(admin, info.id)
    w.accounts.institution(admin, info.id)
    w.accounts.institutions(admin)
    username, _pw = w.accounts.create_commission_user(
        admin, username="gzclerk", name="李四", jurisdiction="440100", phone="13700137001"
    )
    with desk.db.read() as s:
        clerk_id = s.scalar(select(m.UserAccount.id).where(m.UserAccount.username == username))
    w.accounts.account(admin, clerk_id)
    w.accounts.set_account_disabled(admin, clerk_id, True)
    w.accounts.awaiting_activation(hospital.actor)
    w.accounts.find_username(admin, doctor.id_number, doctor.name)
    w.accounts.change_physician_phone(admin, doctor.id, "13900139999")
    # cases, paper, checklists
    registered = world.registered(doctor, hospital)
    case = w.cases.submit(
        doctor.actor,
        "multi_site_filing",
        doctor.id,
        registration_id=registered.registration_id,
        institution_id=clinic.id,
        effective_date="2026-12-01",
    )
    w.cases.get(admin, registered.id)
    w.cases.queue(admin, status=["approved", "submitted"])
    w.cases.overdue(admin)
    assert w.cases.overview(admin).institutions  # the multi-site filing waits at the clinic
    w.cases.timeline(admin, registered.id)
    w.cases.refusal_reasons("first_registration")
    w.cases.materials(admin, registered.id)
    w.checklists.materials("first_registration")
    w.checklists.materials_for_case(admin, registered.id)
    w.paper.render_checklist(admin, registered.id, "补打")
    w.checklists.render_pdf(admin, registered.id)
    w.paper.render_approval_notice(admin, registered.id)
    w.paper.prints(admin, registered.id)
    w.cases.detail(admin, registered.id)
    w.cases.detail(doctor.actor, case.id)
    w.cases.set_calendar_day(admin, dt.date(2026, 12, 26), True, "调休上班")
    w.cases.calendar_days(admin, 2026)
    w.cases.withdraw(doctor.actor, case.id, case.version, "不去了")
    counter_case = w.counter.legacy_backfill(
        admin,
        name="孙医生",
        id_number=world_resident_id(),
        certificate_code="202644000000000000000000001",
        level="执业医师",
        category="临床",
        issued_on="2001-07-01",
    )
    w.cases.check_materials(admin, counter_case.id)
    # short-term practice and its renewal (延期)
    short = w.counter.hmt_short_term(
        admin, name="林志明", id_number="12345678", gender="男", origin="台湾", institution_id=hospital.id,
        category="口腔", scopes=["口腔专业"], term_start="2026-12-01", term_end="2027-11-30",
    )
    world.counter_approved(short)
    permit = w.counter.permits(admin, "林志明").items[0]
    w.counter.short_term_renewal(admin, permit.id, term_end="2030-11-30")
    # personal details the institution approves or refuses
    asked = w.profile.submit(doctor.actor, {"school": "中山大学医学院", "title": "主治医师"})
    w.profile.mine(doctor.actor)
    w.profile.pending(hospital.actor)
    w.profile.get(hospital.actor, asked[0].id)
    w.profile.approve(hospital.actor, asked[0].id)
    w.profile.refuse(hospital.actor, asked[1].id, "与职称证书不符")
    w.profile.decided(hospital.actor)
    w.registries.import_nurses(
        admin,
        [{"姓名": "刘洋", "身份证号": world_resident_id(), "执业证书编号": "202611000009",
          "执业地点": "440106", "注册日期": "2024-03-01"}],
    )
    w.registries.import_institutions(admin, [])
    w.notices.verify(desk.paper.render_approval_notice(admin, registered.id))
    # the roster and the pool
    filing = desk.cases.submit(
        hospital.actor, "institution_filing", doctor.id, reason="退休", effective_date="2026-11-20"
    )
    desk.cases.approve(admin, filing.id, filing.version)
    w.roster.import_qualifications(
        admin,
        [
            {
                "name": "钱医生",
                "id_number": world_resident_id(),
                "certificate_code": "202644000000000000000000002",
                "level": "执业医师",
                "category": "临床",
            }
        ],
    )
    qian = w.roster.physicians(admin, "钱医生", with_total=True).items[0]
    walk_in = w.counter.direct_registration(admin, qian.id, institution_id=hospital.id, scopes=["内科专业"])
    world.counter_approved(walk_in)  # 钱医生 practises at the hospital without an account of his own
    w.accounts.awaiting_activation(hospital.actor)
    w.accounts.issue_activation_code(hospital.actor, qian.id)
    desk.cases.submit(  # reported two months after the cause: late (the 30-day rule)
        hospital.actor, "institution_deregistration", qian.id, reason="死亡或者被宣告失踪",
        effective_date="2026-09-01",
    )
    w.roster.departures(admin, "late")
    w.roster.departure_summary(admin)
    w.roster.physician(admin, doctor.id)
    w.roster.registrations(admin, doctor.id)
    w.roster.pool(admin)
    w.roster.export_rows(hospital.actor)
    world.travel(days=800)  # two years after filing: a deregistration candidate
    admin, hospital_actor = world.admin, hospital.actor
    w.roster.candidates(admin)
    w.roster.deregistration_candidates(admin)
    preview = w.paper.preview_checklist(admin, registered.id)
    w.paper.preview_approval_notice(admin, registered.id)
    w.paper.record_print(admin, registered.id, preview.document, preview.copy_no)
    assert w.auth.setup_problems("a", "short")  # a first-run form with every field wrong
    w.register.record_nurse(
        admin, name="刘洋", id_number=world_resident_id(), certificate_number="202644000001", place="440106",
        valid_from=dt.date(2025, 1, 1),
    )
    # lookup, register, feed, sms
    w.lookup.institution(hospital_actor, clinic.id)
    w.lookup.institutions(hospital_actor, "测试")
    w.register.search_institutions("测试医院")
    w.register.search_physicians("钱医生")
    w.register.search_nurses("刘洋")
    cursor = w.feed.head(admin)
    w.feed.since(admin, 0)
    w.feed.wait(admin, 0.0, cursor)
    w.sms.deliver_pending()
    w.sms.configure_gateway(admin, "https://sms.example.cn/send", "regdesk", "T001", "s3cret-key")
    w.sms.gateway(admin)
    w.sms.test_gateway(admin, "13800138000")
    [message, *_] = w.sms.outbox(admin).items
    w.sms.retry(admin, (message.id,))
    assert w.sms.delivery(admin, "13800138000", "gateway_test") is not None
    # one person, one record: a legacy twin of 王医生 (the resident ID written with a space)
    with desk.db.write() as s:
        born = s.get(m.Physician, doctor.id).birth_date  # type: ignore[union-attr]
        twin = m.Physician(name=doctor.name, gender="男", birth_date=born,
                           id_number=doctor.id_number[:6] + " " + doctor.id_number[6:])
        s.add(twin)
        s.flush()
        twin_id = twin.id
    assert w.merges.duplicates(admin).items
    w.merges.compare(admin, doctor.id, twin_id)
    w.merges.merge(admin, doctor.id, twin_id, "重复建档")
    assert w.merges.history(admin, doctor.id)
    w.auth.logout(admin)

    returns = {
        repr(typing.get_type_hints(f)["return"])
        for p in contract.SERVICES.values()
        for f in protocol_methods(p).values()
    }
    never_called = returns - w.seen.keys()
    assert never_called == set()
    # list-like values must have been seen with items at least once (nurses: no service adds one yet)
    empty = {k for k, had in w.seen.items() if not had} - {
        "list[app.services.types.PublicNurse]",
        repr(type(None)),
    }
    assert empty == set()


def world_resident_id() -> str:
    from case_fixtures import resident_id

    return resident_id("440106", dt.date(1985, 5, 5))


def _institution_fields() -> dict[str, Any]:
    from support_accounts import institution_fields

    return dict(institution_fields("REG77770001", "440106", name="联调测试医院"))


@pytest.mark.parametrize(
    "value",
    [
        contract.Page(items=[], total=0, next_after=("2026-11-24", 7)),
        contract.Change(
            7, dt.datetime(2026, 11, 24, 6, 30, tzinfo=dt.UTC), "cases", 3, "approve", "440106", 2, 5
        ),
    ],
)
def test_paging_cursors_and_feed_entries_keep_their_shape_through_json(value: Any) -> None:
    kind = contract.Page[contract.Change] if isinstance(value, contract.Page) else contract.Change
    ta = adapter(kind)
    assert ta.validate_json(ta.dump_json(value)) == value


def test_the_remote_desk_and_the_protocols_name_the_same_methods_with_the_same_signatures() -> None:
    from app.remote import RemoteDesk

    remote = RemoteDesk("http://127.0.0.1:9")  # nothing is called: only its methods are looked at
    try:
        assert isinstance(remote, contract.Desk)
        problems = []
        for name, protocol in contract.SERVICES.items():
            service = getattr(remote, name)
            have = {n for n in vars(service) if not n.startswith("_")}
            want = set(protocol_methods(protocol))
            local_only = {m.split(".", 1)[1] for m in contract.LOCAL_ONLY if m.startswith(name + ".")}
            problems += [f"remote {name}.{n}: missing" for n in sorted(want - have - local_only)]
            problems += [f"remote {name}.{n}: not in {protocol.__name__}" for n in sorted(have - want)]
            problems += [f"remote {name}.{n}: LOCAL_ONLY on the wire" for n in sorted(have & local_only)]
            for method in sorted(want & have):
                a = inspect.signature(getattr(service, method))
                b = inspect.signature(getattr(protocol, method))
                b = b.replace(parameters=list(b.parameters.values())[1:])  # without self
                if [(p.name, p.kind, p.default) for p in a.parameters.values()] != [
                    (p.name, p.kind, p.default) for p in b.parameters.values()
                ]:
                    problems.append(f"remote {name}.{method}{a} != {protocol.__name__}.{method}{b}")
                if typing.get_type_hints(getattr(service, method)) != typing.get_type_hints(
                    getattr(protocol, method)
                ):
                    problems.append(f"remote {name}.{method}: type hints differ")
        for method in protocol_methods(contract.Desk):
            a = inspect.signature(getattr(remote, method))
            b = inspect.signature(getattr(contract.Desk, method))
            b = b.replace(parameters=list(b.parameters.values())[1:])
            if [(p.name, p.kind, p.default) for p in a.parameters.values()] != [
                (p.name, p.kind, p.default) for p in b.parameters.values()
            ]:
                problems.append(f"RemoteDesk.{method}{a} != Desk.{method}{b}")
        assert problems == []
    finally:
        remote.close()
