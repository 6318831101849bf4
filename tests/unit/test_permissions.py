"""The permission matrix: every public service method taking an actor × every role × own / foreign object.

The methods are discovered by introspection on AccountsService, AuthService, RosterService, CaseService,
CounterService and ChecklistService, so a method added later is walked automatically. Each test runs on a
copy of one prepared world of two provinces (Guangdong "gd", Hunan "hn"), each with an institution, a
spare institution, a registered physician with an account, a registered physician without one and a case;
plus commission administrators of both provinces, a national one, and a physician who signed up but has
not activated the account.

Roles: the gd physician, the gd institution, the gd provincial commission, the hn provincial commission
(a commission of another province: gd objects are foreign to it, hn objects its own), the national
commission (everything is its own) and the not-activated physician (refused everything but signing in,
changing the password and activating).

For every call: a foreign object is refused with PermissionDenied (or NotFound where the method hides
existence); an own object is never refused except because of who the caller is (``reason="role"`` on the
PermissionDenied, from permissions.require_role / require_commission_admin / require_may_act); a refused
call writes nothing; every PermissionDenied leaves one audit event with outcome "refused".

Methods listed in SPECS have exact expectations (roles allowed, arguments, errors for own objects). Other
methods get arguments synthesised from their parameter names (physician_id, institution_id, case_id,
user_id, registration_id, version, …). When the synthesised arguments are invalid for own and foreign
object alike, the foreign call is inconclusive; a method whose every foreign call is inconclusive is
skipped with the reason — add a Spec for it.
"""

from __future__ import annotations

import dataclasses
import inspect
import itertools
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from conftest import ADMIN_PASSWORD, PG_ENV, FakeClock, PgSnapshot, drop_pg_database, make_pg_database, served
from sqlalchemy import select, text
from support_accounts import (
    PASSWORD,
    add_case,
    add_physician,
    add_qualification,
    audits,
    calling_pc,
    certificate,
    institution_fields,
    make_id,
    new_institution,
    row_counts,
    signed_in,
)

from app import models as m
from app.services import Actor, DomainError, NotFound, Page, PermissionDenied, open_desk, permissions
from app.services.accounts import AccountsService
from app.services.auth import AuthService, hash_password
from app.services.base import Service, resolve_principal
from app.services.cases import CaseService
from app.services.checklists import ChecklistService
from app.services.counter import CounterService
from app.services.errors import AuthenticationError, ConflictError
from app.services.roster import RosterService

SERVICES: dict[str, type[Service]] = {
    "accounts": AccountsService,
    "auth": AuthService,
    "roster": RosterService,
    "cases": CaseService,
    "counter": CounterService,
    "checklists": ChecklistService,
}
SIDES = ("gd", "hn")
COUNTY = {"gd": "440106", "hn": "430102"}
PROVINCE = {"gd": "440000", "hn": "430000"}
NAMES = {"gd": "陈广东", "hn": "刘湖南"}

PHYSICIAN = "physician"
INSTITUTION = "institution"
GD = "commission_province"
HN = "commission_other_province"
NATIONAL = "commission_national"
UNACTIVATED = "physician_unactivated"
ROLES = (UNACTIVATED, PHYSICIAN, INSTITUTION, HN, GD, NATIONAL)  # the order own calls run in
COMMISSIONS = frozenset({GD, HN, NATIONAL})
#: Which side's objects are the role's own, and which are foreign (None: nothing is foreign).
OWN: dict[str, tuple[str, ...]] = {
    UNACTIVATED: ("gd",),
    PHYSICIAN: ("gd",),
    INSTITUTION: ("gd",),
    GD: ("gd",),
    HN: ("hn",),
    NATIONAL: ("gd", "hn"),
}
FOREIGN: dict[str, str | None] = {
    UNACTIVATED: "hn",
    PHYSICIAN: "hn",
    INSTITUTION: "hn",
    GD: "hn",
    HN: "gd",
    NATIONAL: None,
}
#: What a not-activated physician may still do.
SELF_SERVICE = {
    "auth.whoami", "auth.logout", "auth.change_password", "auth.unlock", "auth.activate_physician",
}


# ---- discovery ------------------------------------------------------------------------------------


def _own_functions(cls: type[Service]) -> dict[str, Callable[..., Any]]:
    return {
        name: fn
        for name, fn in inspect.getmembers(cls, inspect.isfunction)
        if not name.startswith("_") and not hasattr(Service, name)
    }


def actor_methods(cls: type[Service]) -> list[str]:
    """Public methods whose first argument is the actor."""
    out = []
    for name, fn in _own_functions(cls).items():
        params = list(inspect.signature(fn).parameters)
        if len(params) >= 2 and params[1] == "actor":
            out.append(name)
    return sorted(out)


def _matrix_params() -> list[Any]:
    params = []
    for service, cls in SERVICES.items():
        methods = actor_methods(cls)
        if not methods:
            missing = "public methods yet" if not _own_functions(cls) else "public method taking an actor"
            skip = pytest.mark.skip(reason=f"{cls.__name__} has no {missing}")
            params.append(pytest.param(service, "", id=service, marks=skip))
        params.extend(pytest.param(service, name, id=f"{service}.{name}") for name in methods)
    return params


# ---- the world ------------------------------------------------------------------------------------


@dataclass
class World:
    actors: dict[str, Actor]
    inst: dict[str, int] = field(default_factory=dict)
    inst2: dict[str, int] = field(default_factory=dict)
    inst2_user: dict[str, int] = field(default_factory=dict)
    phys: dict[str, int] = field(default_factory=dict)
    phys2: dict[str, int] = field(default_factory=dict)
    phys_id_number: dict[str, str] = field(default_factory=dict)
    case: dict[str, int] = field(default_factory=dict)
    reg: dict[str, int] = field(default_factory=dict)
    permit: dict[str, int] = field(default_factory=dict)  # an active short-term practice permit
    unactivated_physician: int = 0
    unactivated_id_number: str = ""
    unactivated_case: int = 0
    unactivated_certificate: str = ""

    def physicians(self, side: str) -> set[int]:
        return {self.phys[side], self.phys2[side]} | ({self.unactivated_physician} if side == "gd" else set())

    def institutions(self, side: str) -> set[int]:
        return {self.inst[side], self.inst2[side]}

    def cases(self, side: str) -> set[int]:
        return {self.case[side]} | ({self.unactivated_case} if side == "gd" else set())

    def foreign_ids(self, role: str) -> dict[str, set[int]]:
        """Objects the role must never see in a listing."""
        physicians = self.physicians("gd") | self.physicians("hn")
        cases = self.cases("gd") | self.cases("hn")
        if role == UNACTIVATED:  # sees nothing at all, not even its own application
            return {
                "physician": physicians,
                "case": cases,
                "institution": self.institutions("gd") | self.institutions("hn"),
            }
        if role == PHYSICIAN:
            return {"physician": physicians - {self.phys["gd"]}, "case": cases - {self.case["gd"]}}
        other = FOREIGN[role]
        if other is None:
            return {}
        out = {
            "physician": self.physicians(other),
            "institution": self.institutions(other),
            "case": self.cases(other),
        }
        if role == INSTITUTION:
            out["institution"].add(self.inst2["gd"])
        return out


def build_world(desk: Any) -> World:
    admin = desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
    admin = desk.auth.change_password(admin, ADMIN_PASSWORD, PASSWORD)  # every world account has PASSWORD
    with desk.db.write() as s:
        s.add(
            m.UserAccount(
                username="national",
                password_hash=hash_password(PASSWORD),
                role="commission",
                display_name="国家卫健委管理员",
                jurisdiction="000000",
                is_admin=True,
            )
        )
    national = desk.auth.login("national", PASSWORD)
    username, initial = desk.accounts.create_commission_user(
        national,
        username="hnadmin",
        name="湖南管理员",
        jurisdiction="430000",
        phone="13700000001",
        is_admin=True,
    )
    commission = {"gd": admin, "hn": signed_in(desk, username, initial)}
    world = World(actors={GD: admin, HN: commission["hn"], NATIONAL: national})
    for n, side in enumerate(SIDES):
        info, actor = new_institution(
            desk, commission[side], f"MAIN{n}0001", COUNTY[side], name=f"{NAMES[side]}医院"
        )
        world.inst[side] = info.id
        if side == "gd":
            assert actor is not None
            world.actors[INSTITUTION] = actor
        spare, _ = new_institution(
            desk,
            commission[side],
            f"SPARE{n}0001",
            COUNTY[side],
            sign_in=False,
            name=f"{NAMES[side]}备用医院",
        )
        world.inst2[side], world.inst2_user[side] = spare.id, spare.user_id
        id_number = make_id(COUNTY[side])
        world.phys_id_number[side] = id_number
        world.phys[side] = add_physician(
            desk, NAMES[side], id_number, institution_id=info.id, province=PROVINCE[side]
        )
        desk.auth.register_physician(
            NAMES[side], id_number, f"1390000000{n}", f"p{n}@example.cn", f"doctor{side}", PASSWORD
        )
        world.phys2[side] = add_physician(
            desk, f"{NAMES[side]}乙", make_id(COUNTY[side]), institution_id=info.id, province=PROVINCE[side]
        )
        world.case[side] = add_case(desk, f"T{side.upper()}0001", world.phys[side], info.id, COUNTY[side])
        with desk.db.read() as s:
            world.reg[side] = s.scalar(
                select(m.Registration.id).where(m.Registration.physician_id == world.phys[side])
            )
        world.permit[side] = _short_term_permit(desk, commission[side], side, n, info.id)
    # the gd physician activates with the code the gd institution issued
    code = desk.accounts.issue_activation_code(world.actors[INSTITUTION], world.phys["gd"])
    doctor = desk.auth.login("doctorgd", PASSWORD)
    world.actors[PHYSICIAN] = desk.auth.activate_physician(doctor, activation_code=code)
    # a physician who signed up and has not activated yet (a matching qualification is on record)
    id_number = make_id("440104")
    registered = desk.auth.register_physician(
        "黄未激", id_number, "13900000009", "u@example.cn", "notyet", PASSWORD
    )
    world.unactivated_physician = registered.physician_id
    world.unactivated_id_number = id_number
    world.unactivated_certificate = certificate(9)
    # …who already applied to the gd institution (an own case it may not touch until activated)
    world.unactivated_case = add_case(
        desk, "TUA0001", registered.physician_id, world.inst["gd"], COUNTY["gd"]
    )
    add_qualification(desk, "黄未激", id_number, certificate_code=world.unactivated_certificate)
    world.actors[UNACTIVATED] = desk.auth.login("notyet", PASSWORD)
    assert not world.actors[UNACTIVATED].activated
    return world


#: The short-term permits of the world run to this day; a renewal asks for one more year.
PERMIT_END = "2027-11-30"
RENEWED_END = "2028-11-30"


def _short_term_permit(desk: Any, commission: Actor, side: str, n: int, institution_id: int) -> int:
    """An active 港澳台医师短期行医 permit at the side's institution (a counter case, approved)."""
    case = desk.counter.hmt_short_term(
        commission, name=f"{NAMES[side]}港", id_number=f"H{n}234567", gender="男", origin="香港",
        institution_id=institution_id, category="口腔", scopes=["口腔专业"], term_start="2026-12-01",
        term_end=PERMIT_END,
    )
    desk.cases.check_materials(commission, case.id)
    case = desk.cases.approve(commission, case.id, desk.cases.get(commission, case.id).version)
    with desk.db.read() as s:
        permit = s.scalar(select(m.ShortTermPermit).where(m.ShortTermPermit.case_id == case.id))
        assert permit is not None and permit.status == "active"
        return permit.id


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def world_template(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[str, str, World, PgSnapshot | None]]:
    """One prepared world per database kind, given back afresh to every test (SQLite: a copy of the
    file; PostgreSQL: the same database with its rows and sequences put back as they were taken)."""
    if request.param == "sqlite":
        path = tmp_path_factory.mktemp("world") / "world.db"
        desk = open_desk(f"sqlite:///{path}", clock=FakeClock(), workstation="test-pc")
        try:
            world = build_world(desk)
        finally:
            desk.close()  # the last connection closing folds the WAL into the file
        yield "sqlite", str(path), world, None
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV}")
    url, name = make_pg_database(base)
    desk = open_desk(url, clock=FakeClock(), workstation="test-pc")
    try:
        world = build_world(desk)
    finally:
        desk.close()
    try:
        yield "postgresql", url, world, PgSnapshot(url)
    finally:
        drop_pg_database(base, name)


@pytest.fixture
def matrix(
    world_template: tuple[str, str, World, PgSnapshot | None], tmp_path: Path, desk_mode: str
) -> Iterator[tuple[Any, World]]:
    """A desk on a fresh copy of the prepared world (REGDESK_TEST_DESK=remote: through a desk server)."""
    kind, source, world, snapshot = world_template
    if snapshot is None:
        target = tmp_path / "desk.db"
        shutil.copyfile(source, target)
        if Path(source + "-wal").exists():
            shutil.copyfile(source + "-wal", str(target) + "-wal")
        url = f"sqlite:///{target}"
    else:
        snapshot.restore(source)  # whatever the previous test wrote is gone, the world's rows are back
        url = source
    desk = open_desk(url, clock=FakeClock(), workstation="test-pc")
    try:
        with served(desk, desk_mode) as chosen:
            yield chosen, world
    finally:
        desk.close()


# ---- exact expectations for the methods of this issue -------------------------------------------

_unique = itertools.count(1)
Args = Callable[[World, str], dict[str, Any]]


@dataclass(frozen=True)
class Spec:
    roles: frozenset[str]
    args: Args = lambda w, side: {}  # noqa: E731
    objectless: bool = False  # no object argument: one own call per role, no foreign call
    hidden: bool = False  # a foreign object is answered with NotFound (existence not revealed)
    own_error: Mapping[str, type[DomainError]] = field(default_factory=dict)
    shows: Callable[[Any], Iterable[tuple[str, int]]] | None = None  # what a listing shows
    must_show: Callable[[World, str], set[tuple[str, int]]] | None = None


ALL = frozenset(ROLES)
ACTIVE = frozenset(ROLES) - {UNACTIVATED}

SPECS: dict[str, Spec] = {
    "auth.whoami": Spec(ALL, objectless=True),
    "auth.logout": Spec(ALL, objectless=True),
    "auth.change_password": Spec(
        ALL, lambda w, s: {"old_password": PASSWORD, "new_password": "Other#2026pw"}, objectless=True
    ),
    "auth.unlock": Spec(ALL, lambda w, s: {"password": PASSWORD}, objectless=True),
    "auth.activate_physician": Spec(
        frozenset({PHYSICIAN, UNACTIVATED}),
        lambda w, s: {"certificate_code": w.unactivated_certificate},
        objectless=True,
        own_error={PHYSICIAN: ConflictError},
    ),
    "accounts.create_institution": Spec(
        COMMISSIONS, lambda w, s: institution_fields(f"NEW{next(_unique):08d}", COUNTY[s])
    ),
    "accounts.reset_institution_password": Spec(COMMISSIONS, lambda w, s: {"institution_id": w.inst2[s]}),
    "accounts.institution": Spec(COMMISSIONS | {INSTITUTION}, lambda w, s: {"institution_id": w.inst[s]}),
    "accounts.institutions": Spec(
        COMMISSIONS | {INSTITUTION},
        objectless=True,
        shows=lambda page: [("institution", i.id) for i in page.items],
        must_show=lambda w, s: {("institution", w.inst[s])},
    ),
    "accounts.create_commission_user": Spec(
        COMMISSIONS,
        lambda w, s: {
            "username": f"staff{next(_unique)}",
            "name": "赵六",
            "jurisdiction": PROVINCE[s],
            "phone": "13700137000",
        },
    ),
    "accounts.set_account_disabled": Spec(
        COMMISSIONS, lambda w, s: {"user_id": w.inst2_user[s], "disabled": True}
    ),
    "accounts.account": Spec(COMMISSIONS, lambda w, s: {"user_id": w.inst2_user[s]}),
    "accounts.change_physician_phone": Spec(
        COMMISSIONS | {INSTITUTION}, lambda w, s: {"physician_id": w.phys[s], "phone": "13700137001"}
    ),
    "accounts.find_username": Spec(
        COMMISSIONS, lambda w, s: {"id_number": w.phys_id_number[s], "name": NAMES[s]}, hidden=True
    ),
    "accounts.issue_activation_code": Spec(
        frozenset({INSTITUTION}), lambda w, s: {"physician_id": w.phys2[s]}
    ),
    "accounts.awaiting_activation": Spec(
        frozenset({INSTITUTION}),
        objectless=True,
        shows=lambda page: [("physician", i.physician_id) for i in page.items],
        must_show=lambda w, s: {("physician", w.phys2[s])},
    ),
    # the national commission comes after the province that renewed the same permit: its call passes
    # the permission checks and meets that open renewal (ConflictError)
    "counter.short_term_renewal": Spec(
        COMMISSIONS,
        lambda w, s: {"permit_id": w.permit[s], "term_end": RENEWED_END},
        own_error={NATIONAL: ConflictError},
    ),
}


# ---- synthesised arguments for other methods -----------------------------------------------------

OBJECT_PARAMS = {
    "physician_id",
    "institution_id",
    "case_id",
    "user_id",
    "registration_id",
    "main_institution_id",
}
_MISSING = object()


def _params(fn: Callable[..., Any]) -> list[inspect.Parameter]:
    """Parameters of a bound service method after the actor."""
    return list(inspect.signature(fn).parameters.values())[1:]


def _synthesise(
    desk: Any, world: World, fn: Callable[..., Any], side: str, role: str | None = None
) -> dict[str, Any]:
    params = _params(fn)
    names = {p.name for p in params}
    named: dict[str, Any] = {
        "physician_id": world.phys[side],
        "institution_id": world.inst[side],
        "main_institution_id": world.inst[side],
        "case_id": world.case[side],
        "user_id": world.inst2_user[side],
        "registration_id": world.reg[side],
        "id_number": world.phys_id_number[side],
        "name": NAMES[side],
        "jurisdiction": COUNTY[side],
        "place": COUNTY[side],
        "area": COUNTY[side],
        "phone": "13700137002",
        "query": "",
        "offset": 0,
        "limit": 50,
        "kind": "change",
        "rows": [],
        "inviting_institution_id": world.inst[side],
        "scopes": ["内科专业"],
        "received": True,
    }
    if role == UNACTIVATED and side == "gd":  # the not-activated physician's own person and case
        named["physician_id"] = world.unactivated_physician
        named["case_id"] = world.unactivated_case
        named["id_number"] = world.unactivated_id_number
    if "version" in names:
        with desk.db.read() as s:
            if "case_id" in names:
                named["version"] = s.get(m.Case, named["case_id"]).version  # type: ignore[union-attr]
            else:
                named["version"] = 1
    kwargs: dict[str, Any] = {}
    for p in params:
        if p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD):
            continue
        value = named.get(p.name, _MISSING)
        if value is _MISSING:
            if p.default is not p.empty:
                continue
            value = "测试"
        elif p.default is not p.empty and p.name not in OBJECT_PARAMS and p.name != "version":
            continue  # keep the method's own default for optional non-object arguments
        kwargs[p.name] = value
    return kwargs


def _has_object(fn: Callable[..., Any]) -> bool:
    return bool(OBJECT_PARAMS & {p.name for p in _params(fn)})


def _requires_object(fn: Callable[..., Any]) -> bool:
    return any(p.name in OBJECT_PARAMS and p.default is p.empty for p in _params(fn))


_ID_ATTRS = {
    "physician_id": "physician",
    "institution_id": "institution",
    "main_institution_id": "institution",
    "case_id": "case",
}
_SHAPES = {"", "info", "row", "summary", "detail", "record", "view"}


def _generic_shows(result: Any) -> list[tuple[str, int]]:
    """What a result shows, read off its items' *_id fields and the ids of Physician…/Institution…/Case…
    shaped items."""
    if isinstance(result, Page):
        items: list[Any] = list(result.items)
    elif isinstance(result, list | tuple):
        items = list(result)
    else:
        items = [result]
    out: list[tuple[str, int]] = []
    for item in items:
        if not dataclasses.is_dataclass(item):
            continue
        for attr, kind in _ID_ATTRS.items():
            value = getattr(item, attr, None)
            if isinstance(value, int):
                out.append((kind, value))
        cls = type(item).__name__.lower()
        for kind in ("physician", "institution", "case"):
            if (
                cls.startswith(kind)
                and cls[len(kind) :] in _SHAPES
                and isinstance(getattr(item, "id", None), int)
            ):
                out.append((kind, item.id))
    return out


# ---- calling and judging --------------------------------------------------------------------------


@dataclass
class Call:
    role: str
    side: str
    own: bool
    kwargs: dict[str, Any]
    result: Any = None
    error: BaseException | None = None
    wrote: dict[str, int] = field(default_factory=dict)  # tables whose row count changed (not audit)
    refusals_audited: int = 0

    def describe(self) -> str:
        what = "own" if self.own else "foreign"
        got = f"{type(self.error).__name__}({self.error})" if self.error is not None else "success"
        return f"{self.role} on {what} ({self.side}) object → {got}"


def _snapshot(desk: Any) -> dict[str, int]:
    """Row counts of every table, the sum of the version columns of each versioned table (updates bump
    them) and the number of refusals audited, in one round trip."""
    tables = [t.name for t in m.Base.metadata.sorted_tables]
    versioned = [t.name for t in m.Base.metadata.sorted_tables if "version" in t.c]
    parts = [f'(SELECT count(*) FROM "{t}")' for t in tables]
    parts += [f'(SELECT coalesce(sum(version), 0) FROM "{t}")' for t in versioned]
    parts.append("(SELECT count(*) FROM audit_events WHERE outcome = 'refused')")
    keys = [*tables, *(f"{t} (updated)" for t in versioned), "refused"]
    with desk.db.read() as s:
        values = [int(v) for v in s.execute(text("SELECT " + ", ".join(parts))).one()]
    return dict(zip(keys, values, strict=True))


def _call(desk: Any, fn: Callable[..., Any], actor: Actor, call: Call) -> Call:
    before = _snapshot(desk)
    try:
        call.result = fn(actor, **call.kwargs)
    except Exception as exc:  # noqa: BLE001 - judged below
        call.error = exc
    after = _snapshot(desk)
    call.wrote = {
        t: after[t] - before[t]
        for t in after
        if t not in ("audit_events", "refused") and after[t] != before[t]
    }
    call.refusals_audited = after["refused"] - before["refused"]
    return call


def _is_role_refusal(exc: BaseException | None) -> bool:
    return isinstance(exc, PermissionDenied) and exc.extra.get("reason") == "role"


def _same_failure(a: BaseException | None, b: BaseException | None) -> bool:
    if a is None or b is None or type(a) is not type(b):
        return False
    return getattr(a, "field", None) == getattr(b, "field", None)


def _check_refusal_side_effects(call: Call, problems: list[str], *, hidden_audit: bool = False) -> None:
    if call.error is None:
        return
    if call.wrote:
        problems.append(f"{call.describe()}: a refused call wrote rows {call.wrote}")
    if isinstance(call.error, PermissionDenied) or hidden_audit:
        if call.refusals_audited != 1:
            problems.append(
                f"{call.describe()}: expected one audit event with outcome 'refused', "
                f"found {call.refusals_audited}"
            )


def _run(desk: Any, world: World, service: str, method: str) -> tuple[list[str], list[str], int]:
    """Walk every role over own and foreign objects; returns (problems, inconclusive, conclusive)."""
    fn = getattr(getattr(desk, service), method)
    key = f"{service}.{method}"
    spec = SPECS.get(key)
    objectless = spec.objectless if spec else not _has_object(fn)
    problems: list[str] = []
    inconclusive: list[str] = []
    conclusive = 0

    def args(side: str, role: str) -> dict[str, Any]:
        return spec.args(world, side) if spec else _synthesise(desk, world, fn, side, role)

    # foreign objects first, while the world is untouched
    foreign_calls: list[Call] = []
    if not objectless:
        for role in ROLES:
            other = FOREIGN[role]
            if other is not None:
                foreign_calls.append(
                    _call(desk, fn, world.actors[role], Call(role, other, False, args(other, role)))
                )
    own_calls: list[Call] = []
    for role in ROLES:
        for side in OWN[role][:1] if objectless else OWN[role]:
            own_calls.append(_call(desk, fn, world.actors[role], Call(role, side, True, args(side, role))))
    own_by_role = {c.role: c for c in own_calls}

    for call in own_calls:
        if call.role == UNACTIVATED and key not in SELF_SERVICE:
            # a physician who has not activated does no business at all: refused, or shown nothing
            if call.error is None:
                shown = _shows(spec, call.result)
                if spec is not None or shown or call.wrote:
                    problems.append(
                        f"{call.describe()}: a not-activated physician was served "
                        f"(shown {shown}, wrote {call.wrote})"
                    )
            elif spec is not None and not _is_role_refusal(call.error):
                problems.append(f"{call.describe()}: expected PermissionDenied for the role")
            _check_refusal_side_effects(call, problems)
            continue
        if spec is not None:
            if call.role not in spec.roles:
                if not _is_role_refusal(call.error):
                    problems.append(f"{call.describe()}: expected PermissionDenied for the role")
            elif call.role in spec.own_error:
                if not isinstance(call.error, spec.own_error[call.role]):
                    problems.append(f"{call.describe()}: expected {spec.own_error[call.role].__name__}")
            elif call.error is not None:
                problems.append(f"{call.describe()}: expected success")
            else:
                _check_listing(spec, call, world, problems)
        elif isinstance(call.error, PermissionDenied) and not _is_role_refusal(call.error):
            problems.append(f"{call.describe()}: an own object was refused (not for the role)")
        elif call.error is None:
            _check_listing(None, call, world, problems)
        _check_refusal_side_effects(call, problems)

    for call in foreign_calls:
        own = own_by_role.get(call.role)
        expected: tuple[type[BaseException], ...] = (
            (NotFound,) if spec and spec.hidden else (PermissionDenied,)
        )
        if spec is None:
            expected = (PermissionDenied, NotFound)
        if call.role == UNACTIVATED or (spec is not None and call.role not in spec.roles):
            expected = (PermissionDenied, NotFound)
        if isinstance(call.error, expected):
            conclusive += 1
            _check_refusal_side_effects(
                call,
                problems,
                hidden_audit=bool(
                    spec and spec.hidden and call.role in spec.roles and call.role != UNACTIVATED
                ),
            )
            continue
        if call.error is None and spec is None and not _requires_object(fn):
            # an optional object argument (a filter): a result without foreign objects is no leak
            leaked = [
                x for x in _generic_shows(call.result) if x[1] in world.foreign_ids(call.role).get(x[0], ())
            ]
            if leaked:
                problems.append(f"{call.describe()}: shows foreign objects {leaked}")
            else:
                conclusive += 1
            continue
        if spec is None and own is not None and _same_failure(call.error, own.error):
            inconclusive.append(f"{call.describe()} (own object: {type(own.error).__name__}({own.error}))")
            _check_refusal_side_effects(call, problems)
            continue
        problems.append(f"{call.describe()}: expected {' or '.join(e.__name__ for e in expected)}")
    return problems, inconclusive, conclusive


def _shows(spec: Spec | None, result: Any) -> list[tuple[str, int]]:
    if spec is not None and spec.shows is not None:
        return list(spec.shows(result))
    if spec is not None:
        return []
    return _generic_shows(result)


def _check_listing(spec: Spec | None, call: Call, world: World, problems: list[str]) -> None:
    foreign = world.foreign_ids(call.role)
    shown = _shows(spec, call.result)
    leaked = [x for x in shown if x[1] in foreign.get(x[0], ())]
    if leaked:
        problems.append(f"{call.describe()}: shows foreign objects {leaked}")
    if spec is not None and spec.must_show is not None:
        missing = spec.must_show(world, call.side) - set(shown)
        if missing:
            problems.append(f"{call.describe()}: does not show own objects {sorted(missing)}")


# ---- the tests ------------------------------------------------------------------------------------


@pytest.mark.parametrize(("service", "method"), _matrix_params())
def test_every_method_refuses_foreign_objects_and_serves_own_ones(
    matrix: tuple[Any, World], service: str, method: str
) -> None:
    desk, world = matrix
    problems, inconclusive, conclusive = _run(desk, world, service, method)
    assert not problems, f"{service}.{method}:\n  " + "\n  ".join(problems)
    if inconclusive and not conclusive:
        pytest.skip(
            f"{service}.{method}: synthesised arguments are invalid for own and foreign objects alike "
            f"— add a Spec in tests/unit/test_permissions.py: {inconclusive[0]}"
        )


def test_the_matrix_covers_every_method_of_this_issue() -> None:
    for service in ("accounts", "auth"):
        for method in actor_methods(SERVICES[service]):
            assert f"{service}.{method}" in SPECS, f"{service}.{method} needs a Spec with exact expectations"


def _all_calls() -> list[tuple[str, str]]:
    return [(s, name) for s, cls in SERVICES.items() for name in actor_methods(cls)]


def test_a_made_up_token_gains_nothing_anywhere(matrix: tuple[Any, World]) -> None:
    desk, world = matrix
    real = world.actors[GD]
    forged = dataclasses.replace(real, jurisdiction="000000", is_admin=True, token="made-up-token")
    problems = []
    for service, method in _all_calls():
        fn = getattr(getattr(desk, service), method)
        spec = SPECS.get(f"{service}.{method}")
        kwargs = spec.args(world, "gd") if spec else _synthesise(desk, world, fn, "gd")
        call = _call(desk, fn, forged, Call(NATIONAL, "gd", True, kwargs))
        if call.error is None or not isinstance(call.error, DomainError):
            problems.append(f"{service}.{method}: {call.describe()}")
        elif spec is not None and not isinstance(call.error, AuthenticationError):
            problems.append(f"{service}.{method}: expected AuthenticationError, got {call.describe()}")
        if call.wrote:
            problems.append(f"{service}.{method}: forged call wrote {call.wrote}")
    assert not problems, "\n".join(problems)


def test_a_real_token_with_a_forged_role_acts_only_as_its_account(matrix: tuple[Any, World]) -> None:
    desk, world = matrix
    hospital = world.actors[INSTITUTION]
    forged = dataclasses.replace(
        hospital, role="commission", jurisdiction="000000", is_admin=True, institution_id=world.inst["hn"]
    )
    page = desk.accounts.institutions(forged)
    assert [i.id for i in page.items] == [world.inst["gd"]]
    with pytest.raises(PermissionDenied) as refused:
        desk.accounts.institution(forged, world.inst["hn"])
    assert refused.value.field == "institution_id"
    with pytest.raises(PermissionDenied, match="只能由卫生健康委用户办理"):
        desk.accounts.create_institution(forged, **institution_fields("FORGED0001", "440106"))
    event = audits(desk, outcome="refused")[-1]
    assert (event.role, event.user_id, event.action) == (
        "institution",
        hospital.user_id,
        "accounts.create_institution",
    )
    doctor = dataclasses.replace(world.actors[PHYSICIAN], physician_id=world.phys["hn"])
    assert desk.auth.whoami(doctor).physician_id == world.phys["gd"]


def test_a_permission_refusal_is_audited_with_who_what_and_workstation(matrix: tuple[Any, World]) -> None:
    desk, world = matrix
    hn = world.actors[HN]
    before = row_counts(desk)
    with pytest.raises(PermissionDenied):
        desk.accounts.reset_institution_password(hn, world.inst2["gd"])
    after = row_counts(desk)
    assert {t: after[t] - before[t] for t in after if after[t] != before[t]} == {"audit_events": 1}
    event = audits(desk)[-1]
    assert event.outcome == "refused"
    assert event.action == "accounts.reset_institution_password"
    assert (event.user_id, event.username, event.role) == (hn.user_id, "hnadmin", "commission")
    assert event.workstation == calling_pc(desk)
    assert "无权" in event.detail["message"]


def test_a_not_activated_physician_is_refused_business_with_the_reason(matrix: tuple[Any, World]) -> None:
    desk, world = matrix
    actor = world.actors[UNACTIVATED]
    assert desk.auth.whoami(actor).activated is False
    with desk.db.read() as session:
        p = resolve_principal(session, actor, desk.ctx.now())
        with pytest.raises(PermissionDenied, match="尚未激活") as refused:
            permissions.require_role(p, "physician")
        assert refused.value.extra == {"reason": "role"}
        assert not permissions.can_read_physician(session, p, world.unactivated_physician)
        assert session.scalars(select(m.Physician.id).where(permissions.physician_clause(p))).all() == []
    activated = desk.auth.activate_physician(actor, certificate_code=world.unactivated_certificate)
    assert activated.activated is True
    with desk.db.read() as session:
        p = resolve_principal(session, actor, desk.ctx.now())
        permissions.require_role(p, "physician")
        assert permissions.can_read_physician(session, p, world.unactivated_physician)
