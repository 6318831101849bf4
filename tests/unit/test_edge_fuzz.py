"""Whatever is typed, every public service method answers with a result or a DomainError that wrote nothing.

Every public method of every service on the Desk (and ``desk.setup`` / ``needs_setup``) is called with
otherwise good arguments and one argument hostile at a time — NUL, lone surrogates, 50,000 characters,
2**63, "false" for a flag, a text for a list, a file path for the import rows, forged sessions — and then
with random arguments drawn by hypothesis. Only DomainErrors with a Chinese message may come out (not
EnvironmentFault: hostile input is never "the database is unreachable"), and a refused call leaves every
table as it was (refusal and failed-login audit rows aside). Runs on SQLite and PostgreSQL.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import re
import time
from collections.abc import Callable
from typing import Any

import pytest
from case_fixtures import PASSWORD, Doctor, Hospital, World, world  # noqa: F401 - fixture
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, text

from app import models as m
from app.services import Actor, DomainError, EnvironmentFault, ValidationError, edge, service_classes
from app.services.base import SESSIONS_FEED

HAN = re.compile(r"[\u4e00-\u9fff]")
DESK_ATTRS = {
    "AuthService": "auth", "AccountsService": "accounts", "RosterService": "roster", "CaseService": "cases",
    "CounterService": "counter", "ChecklistService": "checklists", "RegisterService": "register",
    "FeedService": "feed", "OutboxService": "sms", "PaperService": "paper", "LookupService": "lookup",
    "ProfileService": "profile", "RegistriesService": "registries", "NoticeService": "notices",
    "MergeService": "merges",
}


class Odd:
    """An object no service knows."""


#: Hostile values tried for every parameter, one at a time.
HOSTILE: list[Any] = [
    None, True, "false", 0, -1, 2**31, 2**63, 1.5, float("nan"),
    "", " ", "1", "a\x00b", "名\udfff", "\x1b[2J", "x" * 50_000, "张" * 300, "𠀀😀", "%_' OR 1=1 --",
    "/etc/passwd", b"bytes", [], ["\x00"], [1, 2], ["内科专业"] * 2000, {"a": 1}, ("x", 2**63),
    dt.date(1, 1, 1), dt.datetime(2026, 11, 24, 9, 0), Odd(),
]
#: Extra hostile values for ``**details`` (by key) of the case methods.
HOSTILE_DETAILS: list[dict[str, Any]] = [
    {"scopes": 0}, {"scopes": "内科专业"}, {"scopes": ["\x00"]}, {"institution_id": "1"},
    {"institution_id": 2**63}, {"registration_id": True}, {"reason": "\x00"}, {"place": "\ud800"},
    {"effective_date": "2026-02-30"}, {"term_start": 10**9}, {"note": "x" * 50_000}, {"unknown": Odd()},
    {"level": ["执业医师"]}, {"qualification_id": -1}, {"nested": {"a": [{"b": {"c": {"d": [1]}}}]}},
]


def hostile_actors(actor: Actor) -> list[Any]:
    return [
        dataclasses.replace(actor, token=""),
        dataclasses.replace(actor, token="\ud800"),
        dataclasses.replace(actor, token="\x00" * 43),
        dataclasses.replace(actor, token="x" * 100_000),
        dataclasses.replace(actor, token="no-such-token-0000000000000000000000000000"),
        dataclasses.replace(actor, token=2**63),  # type: ignore[arg-type]
        dataclasses.replace(actor, role="commission", is_admin=True, token="forged"),
        {"user_id": actor.user_id, "token": actor.token},
    ]


@dataclasses.dataclass
class Fixture:
    """The people and objects the good arguments name."""

    world: World
    hospital: Hospital
    doctor: Doctor
    unactivated: Actor
    clerk: Actor
    submitted: int
    confirmed: int
    approved: int
    draftable: int


def build(people: World) -> Fixture:
    desk = people.desk
    hospital = people.hospital()
    doctor = people.doctor()
    other = people.doctor("王医生")
    third = people.doctor("赵医生")
    lazy = people.doctor("钱医生", qualified=False)
    approved = people.registered(doctor, hospital)
    submitted = people.apply(other, "first_registration", institution_id=hospital.id, scopes=["内科专业"])
    confirmed = people.confirmed(third, hospital, "first_registration", institution_id=hospital.id,
                                 scopes=["内科专业"])
    clerk = people.clerk("fuzzclerk")
    desk.sms.deliver_pending()
    return Fixture(people, hospital, doctor, lazy.actor, clerk, submitted.id, confirmed.id, approved.id,
                   submitted.id)


def good_arguments(fx: Fixture, qualname: str) -> dict[str, Any]:
    """Good arguments of one method by parameter name (the method keeps its defaults for the rest)."""
    w = fx.world
    admin = w.admin
    actor = {
        "AuthService.change_password": fx.clerk,
        "AuthService.logout": fx.clerk,
        "AuthService.activate_physician": fx.unactivated,
        "AccountsService.issue_activation_code": fx.hospital.actor,
        "AccountsService.awaiting_activation": fx.hospital.actor,
        "CaseService.confirm": fx.hospital.actor,
        "CaseService.return_case": fx.hospital.actor,
        "CaseService.submit": fx.doctor.actor,
        "CaseService.save_draft": fx.doctor.actor,
        "CaseService.withdraw": fx.doctor.actor,
    }.get(qualname, admin)
    case_id = {
        "CaseService.confirm": fx.submitted,
        "CaseService.return_case": fx.submitted,
        "CaseService.withdraw": fx.submitted,
        "CaseService.approve": fx.confirmed,
        "CaseService.reject": fx.confirmed,
        "PaperService.render_approval_notice": fx.approved,
    }.get(qualname, fx.confirmed)
    with w.desk.db.read() as s:
        version = s.get(m.Case, case_id).version  # type: ignore[union-attr]
        registration = s.query(m.Registration.id).filter_by(physician_id=fx.doctor.id).scalar()
    named: dict[str, Any] = {
        "actor": actor,
        "username": "gdadmin" if qualname == "AuthService.login" else "fuzzuser01",
        "password": "Wrong#2026pw" if qualname == "AuthService.login" else "Fuzz#2026pw",
        "old_password": PASSWORD,
        "new_password": "Fuzz#2026new",
        "case_id": case_id,
        "version": version,
        "physician_id": fx.doctor.id,
        # two records that are not one person (valid, different resident IDs): a merge is refused
        "left_id": fx.doctor.id,
        "right_id": fx.unactivated.physician_id,
        "keep_id": fx.doctor.id,
        "drop_id": fx.unactivated.physician_id,
        "institution_id": fx.hospital.id,
        "inviting_institution_id": fx.hospital.id,
        "registration_id": registration,
        "user_id": fx.clerk.user_id,
        "kind": "first_registration",
        "name": "张伟",
        "id_number": fx.doctor.id_number,
        "phone": "13700137000",
        "email": "fuzz@example.cn",
        "jurisdiction": "440106",
        "reason": "R01",
        "note": "备注",
        "query": "张",
        "material": "医师执业注册申请审核表",
        "received": True,
        "disabled": False,
        "is_admin": False,
        "is_workday": True,
        "day": dt.date(2026, 12, 1),
        "year": 2026,
        "cursor": 0,
        "timeout": 0.0,
        "rows": [],
        "scopes": ["内科专业"],
        "category": "临床",
        "level": "执业医师",
        "origin": "香港",
        "certificate_code": "202600000000000000000000001",
        "issued_on": dt.date(2020, 1, 1),
        "term_start": dt.date(2026, 12, 1),
        "term_end": dt.date(2027, 11, 30),
        "address": "广州市天河区天河路1号",
        "registration_number": "REGFUZZ0001",
        "legal_representative": "张大明",
        "principal": "李小红",
        "subjects": ["内科"],
        "delegate_name": "王五",
        "delegate_phone": "13800138000",
    }
    return named


def methods() -> list[tuple[str, str, Callable[..., Any]]]:
    """(desk attribute, method name, function) of every public service method."""
    found = []
    for cls in service_classes():
        for name, func in edge.public_methods(cls).items():
            found.append((DESK_ATTRS[cls.__name__], name, func))
    return found


def call_arguments(fx: Fixture, func: Callable[..., Any]) -> dict[str, Any]:
    qualname = func.__qualname__
    named = good_arguments(fx, qualname)
    kwargs: dict[str, Any] = {}
    for p in list(inspect.signature(func).parameters.values())[1:]:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        if p.name in named:
            kwargs[p.name] = named[p.name]
        elif p.default is p.empty:
            kwargs[p.name] = "测试"
    return kwargs


def snapshot(desk: Any) -> dict[str, Any]:
    """Rows of every table, the feed head, versions — aside from what a refusal is meant to keep: the audit
    rows of refusals and failed sign-ins, and the feed's notice that a lockout ended the account's sessions
    (the fifth wrong password at 解锁 signs the user out everywhere; other PCs learn it from the feed)."""
    tables = [t.name for t in m.Base.metadata.sorted_tables if t.name not in ("audit_events", "change_feed")]
    parts = [f'(SELECT count(*) FROM "{t}")' for t in tables]
    sessions_notice = f"table_name = '{SESSIONS_FEED}'"
    parts += [
        "(SELECT count(*) FROM audit_events WHERE outcome = 'ok')",
        f"(SELECT count(*) FROM change_feed WHERE NOT {sessions_notice})",
        f"(SELECT coalesce(max(seq), 0) FROM change_feed WHERE NOT {sessions_notice})",
        "(SELECT coalesce(sum(version), 0) FROM cases)",
        "(SELECT coalesce(sum(version), 0) FROM registrations)",
        "(SELECT coalesce(sum(last_value), 0) FROM code_counters)",
        "(SELECT count(*) FROM user_accounts WHERE disabled)",
        "(SELECT count(*) FROM user_accounts WHERE is_admin)",
    ]
    names = [*tables, "audit ok", "change_feed", "feed head", "case versions", "registration versions",
             "codes issued", "disabled accounts", "administrators"]
    with desk.db.read() as s:
        values = s.execute(text("SELECT " + ", ".join(parts))).one()
    return dict(zip(names, values, strict=True))


class Fuzz:
    """Calls one method and judges the outcome; collects every problem instead of stopping at the first."""

    def __init__(self, desk: Any) -> None:
        self.desk = desk
        self.statements = 0  # SQL statements the desk's engine has sent (a call that sent none wrote nothing)
        event.listen(desk.db.engine, "before_cursor_execute", self._count)
        self.problems: list[str] = []
        self.calls = 0
        self.refused = 0
        self.seconds: dict[str, float] = {}
        self.before = snapshot(desk)

    def call(self, attr: str, name: str, kwargs: dict[str, Any], what: str) -> bool:
        """True when the call went through (or failed in a way already reported)."""
        method = getattr(getattr(self.desk, attr), name)
        self.calls += 1
        started = time.monotonic()
        try:
            return self._call(attr, name, method, kwargs, what)
        finally:
            key = f"{attr}.{name}"
            self.seconds[key] = self.seconds.get(key, 0.0) + time.monotonic() - started

    def _count(self, *args: Any) -> None:
        self.statements += 1

    def close(self) -> None:
        event.remove(self.desk.db.engine, "before_cursor_execute", self._count)

    def _call(self, attr: str, name: str, method: Any, kwargs: dict[str, Any], what: str) -> bool:
        sent = self.statements
        try:
            method(**kwargs)
        except EnvironmentFault as fault:
            self.problems.append(f"{attr}.{name}({what}): EnvironmentFault {fault.message}")
        except DomainError as refusal:
            self.refused += 1
            if not HAN.search(refusal.message):
                self.problems.append(f"{attr}.{name}({what}): refusal without Chinese: {refusal!r}")
            if self.statements == sent:  # refused before any SQL: nothing can have been written
                return False
            after = snapshot(self.desk)
            if after != self.before:
                moved = {k: (self.before[k], v) for k, v in after.items() if self.before[k] != v}
                self.problems.append(
                    f"{attr}.{name}({what}) was refused ({refusal.message}) but wrote {moved}")
            self.before = after
            return False
        except Exception as exc:  # noqa: BLE001 - what the fuzz is looking for
            self.problems.append(f"{attr}.{name}({what}): {type(exc).__name__}: {str(exc)[:200]}")
        if self.statements != sent:
            self.before = snapshot(self.desk)
        return True


def _short(value: Any) -> str:
    r = repr(value)
    return r if len(r) < 40 else r[:37] + "..."


def test_every_public_service_method_is_guarded_at_the_edge(desk: Any) -> None:
    from app.services.base import Service
    from app.services.contract import LOCAL_SERVICES

    services = set(service_classes())
    local = {type(getattr(desk, name)) for name in LOCAL_SERVICES}  # files on this machine: not fuzzed
    on_desk = {type(v) for v in vars(desk).values() if isinstance(v, Service)}
    assert on_desk <= services | local, f"services on the Desk the edge does not know: {on_desk - services}"
    assert {c.__name__ for c in services} <= set(DESK_ATTRS), "a service the fuzz does not know"
    for attr, name, _ in methods():
        assert edge.is_guarded(getattr(getattr(desk, attr), name)), f"{attr}.{name} has no edge checks"
    for cls in local:
        for name in edge.public_methods(cls):
            assert edge.is_guarded(getattr(cls, name)), f"{cls.__name__}.{name} has no edge checks"


@pytest.mark.slow
def test_one_hostile_argument_at_a_time_gives_only_domain_errors_that_write_nothing(
    desk: Any, world: World  # noqa: F811
) -> None:
    fx = build(world)
    fuzz = Fuzz(desk)
    started = time.monotonic()
    for attr, name, func in methods():
        base = call_arguments(fx, func)
        params = [p for p in list(inspect.signature(func).parameters.values())[1:]
                  if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        for p in params:
            values = list(HOSTILE)
            if p.name == "actor":
                values += hostile_actors(base.get("actor", world.admin))
            for value in values:
                if fuzz.call(attr, name, {**base, p.name: value}, f"{p.name}={_short(value)}"):
                    base = call_arguments(fx, func)  # it went through: versions may have moved
        if any(p.kind is p.VAR_KEYWORD for p in inspect.signature(func).parameters.values()):
            for extra in HOSTILE_DETAILS:
                if fuzz.call(attr, name, {**base, **extra}, f"**{_short(extra)}"):
                    base = call_arguments(fx, func)
    for value in HOSTILE:  # the desk's own entry points
        fuzz.calls += 1
        try:
            desk.setup(value, "Fuzz#2026pw", jurisdiction="440000", name="x")
        except DomainError:
            pass
        except Exception as exc:  # noqa: BLE001
            fuzz.problems.append(f"desk.setup(username={_short(value)}): {type(exc).__name__}: {exc}")
    elapsed = time.monotonic() - started
    fuzz.close()
    slowest = sorted(fuzz.seconds.items(), key=lambda kv: -kv[1])[:8]
    print(f"{fuzz.calls} calls in {elapsed:.1f} s; slowest methods:",
          ", ".join(f"{k} {v:.1f} s" for k, v in slowest))
    assert fuzz.problems == [], f"{len(fuzz.problems)} of {fuzz.calls} calls:\n" + "\n".join(fuzz.problems)
    assert fuzz.refused > fuzz.calls // 2
    assert elapsed < 120, f"the sweep took {elapsed:.0f} s"


ATOMS = st.one_of(
    st.sampled_from(HOSTILE),
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=60),
    st.text(max_size=3000),
    st.dates(),
)
VALUES = st.recursive(
    ATOMS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=8,
)


@pytest.mark.slow
@settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_random_arguments_give_only_domain_errors_that_write_nothing(
    desk: Any, world: World, data: st.DataObject  # noqa: F811
) -> None:
    fx = _fixture_of(world)
    fuzz = Fuzz(desk)
    attr, name, func = data.draw(st.sampled_from(methods()), label="method")
    kwargs = call_arguments(fx, func)
    for p in list(inspect.signature(func).parameters.values())[1:]:
        if p.kind is p.VAR_KEYWORD:
            if data.draw(st.booleans(), label=f"{p.name}?"):
                kwargs.update(data.draw(st.dictionaries(
                    st.sampled_from([*edge.DETAIL_HINTS, "other"]), VALUES, max_size=3), label=p.name))
            continue
        if p.kind is p.VAR_POSITIONAL:
            continue
        if data.draw(st.booleans(), label=f"{p.name} hostile?"):
            kwargs[p.name] = data.draw(VALUES, label=p.name)
    try:
        fuzz.call(attr, name, kwargs, ", ".join(f"{k}={_short(v)}" for k, v in kwargs.items()))
    finally:
        fuzz.close()
    assert fuzz.problems == [], "\n".join(fuzz.problems)


def typed(hint: Any, name: str) -> st.SearchStrategy[Any]:
    """Values of the right type within the edge's limits, so the call reaches the service's own rules."""
    import collections.abc as cabc
    import types
    import typing

    if hint is str:
        limit = edge.TEXT_MAX.get(name, edge.DEFAULT_TEXT_MAX)
        typed_text = st.text(st.characters(exclude_categories=("Cc", "Cs")), max_size=min(limit, 300))
        return typed_text | st.sampled_from(
            ["", " ", "440106", "440000", "000000", "临床", "执业医师", "内科专业", "R01",
             "first_registration", "confirmed", "张伟", "%", "_", "\\", "'", "2026-02-30", "2026-11-24",
             "9999-12-31"])
    if hint is bool:
        return st.booleans()
    if hint is int:
        low, high = edge._int_range(name)
        return st.integers(low, high) | st.sampled_from([low, high, 0, 1, -1] if low < 0 else [low, high, 1])
    if hint is float:
        return st.floats(0, 2, allow_nan=False)
    if hint is dt.date:
        return st.dates()
    if hint is Actor:
        return st.nothing()
    if hint is Any:
        return st.text(max_size=10) | st.integers(-5, 100) | st.booleans() | st.none()
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Union or origin is types.UnionType:
        options = [typed(a, name) for a in args if a is not type(None) and not (name == "rows" and a is str)]
        if type(None) in args:
            options.append(st.none())
        return st.one_of(*options)
    if origin in (list, cabc.Sequence, cabc.Iterable, set, frozenset):
        return st.lists(typed(args[0], name) if args else st.text(max_size=5), max_size=4)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return st.lists(typed(args[0], name), max_size=3).map(tuple)
        return st.tuples(*(typed(a, name) for a in args))
    if origin in (dict, cabc.Mapping):
        if len(args) == 2:
            return st.dictionaries(typed(args[0], name), typed(args[1], name), max_size=3)
        return st.dictionaries(st.text(max_size=10), st.text(max_size=20), max_size=3)
    return st.nothing()


@pytest.mark.slow
@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_well_typed_random_arguments_reach_the_rules_and_give_only_domain_errors(
    desk: Any, world: World, data: st.DataObject  # noqa: F811
) -> None:
    fx = _fixture_of(world)
    fuzz = Fuzz(desk)
    attr, name, func = data.draw(st.sampled_from(methods()), label="method")
    compiled = func.__edge__  # type: ignore[attr-defined]
    hints = edge._hints(func.__wrapped__)  # type: ignore[attr-defined]
    kwargs = call_arguments(fx, func)
    for p in list(inspect.signature(func).parameters.values())[1:]:
        if p.kind is p.VAR_KEYWORD:
            keys = data.draw(st.lists(st.sampled_from(sorted(edge.DETAIL_HINTS)), max_size=3), label=p.name)
            for key in keys:
                kwargs[key] = data.draw(typed(edge.DETAIL_HINTS[key], key), label=key)
            continue
        if p.kind is p.VAR_POSITIONAL or p.name == "actor" or p.name not in compiled.checks:
            continue
        if data.draw(st.booleans(), label=f"{p.name} random?"):
            strategy = typed(hints.get(p.name, Any), p.name)
            if not strategy.is_empty:
                kwargs[p.name] = data.draw(strategy, label=p.name)
    try:
        fuzz.call(attr, name, kwargs, ", ".join(f"{k}={_short(v)}" for k, v in kwargs.items()))
    finally:
        fuzz.close()
    assert fuzz.problems == [], "\n".join(fuzz.problems)


_fixtures: dict[int, Fixture] = {}


def _fixture_of(people: World) -> Fixture:
    """One set of people per test (the function-scoped world lives through every example)."""
    if id(people) not in _fixtures:
        _fixtures.clear()
        _fixtures[id(people)] = build(people)
    return _fixtures[id(people)]


def test_a_flag_given_as_text_is_refused_not_coerced(desk: Any, world: World) -> None:  # noqa: F811
    before = snapshot(desk)
    with pytest.raises(ValidationError, match="是否管理员应为") as refused:
        desk.accounts.create_commission_user(world.admin, username="clerk77", name="张三",
                                             jurisdiction="440106", phone="13700137000", is_admin="false")
    assert refused.value.field == "is_admin"
    clerk = world.clerk("clerk78")
    with pytest.raises(ValidationError, match="是否停用应为"):
        desk.accounts.set_account_disabled(world.admin, clerk.user_id, disabled="false")
    assert snapshot(desk)["disabled accounts"] == before["disabled accounts"]


def test_nul_lone_surrogates_and_overlong_texts_are_refused_naming_the_field(
    desk: Any, world: World  # noqa: F811
) -> None:
    cases = [
        (lambda: desk.auth.login("ad\x00min", "x"), "username", "控制字符"),
        (lambda: desk.auth.login("a" * 41, "Wrong#2026pw"), None, "用户名或密码错误"),
        (lambda: desk.auth.login("a" * 65, "x"), "username", "用户名过长"),
        (lambda: desk.roster.physicians(world.admin, "张" * 50_000), "query", "查询条件过长"),
        (lambda: desk.register.search_physicians("张\ud800"), "name", "无效的字符编码"),
        (lambda: desk.register.search_physicians("张" * 300), "name", "名称过长"),  # str | None: the length
        (lambda: desk.lookup.institutions(world.admin, "医" * 101), "query", "查询条件过长"),
        (lambda: desk.register.search_physicians("张", offset=2**63), "offset", "分页起点超出范围"),
        (lambda: desk.register.search_physicians(1), "name", "应为文本"),  # type: ignore[arg-type]
        (lambda: desk.auth.whoami(dataclasses.replace(world.admin, token="\ud800")), None, "登录凭据无效"),
        (lambda: desk.auth.change_password(world.admin, None, "New#2026pw"), "old_password", "应为文本"),
        (lambda: desk.roster.import_qualifications(world.admin, "/etc/passwd"), "rows", "导入清单"),
    ]
    for call, field, says in cases:
        with pytest.raises(DomainError, match=says) as refused:
            call()
        assert not isinstance(refused.value, EnvironmentFault)
        if field is not None:
            assert refused.value.field == field
