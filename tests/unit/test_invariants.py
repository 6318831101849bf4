"""Random sequences of actions by random actors keep the register's invariants (hypothesis, stateful).

Physicians apply, institutions confirm, return and file, commission clerks approve, reject and return, and
anyone may withdraw — each by the right or a wrong actor, with the current or a stale version. After every
step: no physician has two active registrations in one province, no approved case lacks a code, no code
is issued twice, a refused action wrote nothing, and every refusal speaks Chinese.

Runs on SQLite: the people are made once through the services into a template file that each example
copies (sessions stay valid: the clock is fake and does not move).
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from conftest import ADMIN_PASSWORD, FakeClock
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from roster_fixtures import PASSWORD, cert, commission, make_id, sign_in
from sqlalchemy import func, select, text

from app import models as m
from app.services import Actor, DomainError, open_desk, reference

HAN = re.compile(r"[\u4e00-\u9fff]")
SCOPE = ["内科专业"]
RETURN_REASON = reference.return_reasons()[0]["code"]
REFUSAL_REASON = reference.refusal_grounds()[0]["code"]
OWN_REQUEST = reference.deregistration_grounds("deregistration")[0]["code"]
FILING_REASON = reference.filing_reasons()[1]["code"]  # 退休

_template: dict[str, Any] = {}


def _build_template() -> dict[str, Any]:
    """One SQLite file with a province, two county clerks, three hospitals and three physicians."""
    directory = Path(tempfile.mkdtemp(prefix="regdesk-invariants-"))
    path = directory / "template.db"
    desk = open_desk(f"sqlite:///{path}", clock=FakeClock(), workstation="test-pc")
    try:
        admin = desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
        actors: dict[str, Actor] = {"admin": admin}
        for username, area in (("tianhe", "440106"), ("yuexiu", "440104")):
            actors[username] = commission(desk, admin, username, area)
        hospitals: dict[str, int] = {}
        for key, number, area in (("hosp_a", "4401060001", "440106"), ("hosp_b", "4401060002", "440106"),
                                  ("hosp_c", "4401040003", "440104")):
            info, user, initial = desk.accounts.create_institution(
                admin, name=f"医院{key[-1].upper()}", address="广州市", registration_number=number,
                legal_representative="张大明", principal="李小红", subjects=["内科"], jurisdiction=area,
                delegate_name="王五", delegate_phone="13800138000",
                documents_checked=("licence", "authorisation_letter", "delegate_id"),
            )
            hospitals[key] = info.id
            actors[key] = sign_in(desk, user, initial)
        doctors: dict[str, int] = {}
        for i, name in enumerate(("张伟", "李娜", "王芳")):
            id_number = make_id("440106", "19900101", female=i > 0)
            result = desk.roster.import_qualifications(admin, [{
                "name": name, "id_number": id_number, "certificate_code": cert(900 + i),
                "level": "执业医师", "category": "临床"}])
            assert not result.errors, result.errors
            key = f"doc{i}"
            registered = desk.auth.register_physician(name, id_number, "13700137000", f"d{i}@example.com",
                                                      f"doctor{i}", PASSWORD)
            actors[key] = desk.auth.activate_physician(desk.auth.login(f"doctor{i}", PASSWORD),
                                                       certificate_code=cert(900 + i))
            doctors[key] = registered.physician_id
    finally:
        desk.close()
    return {"path": path, "actors": actors, "hospitals": hospitals, "doctors": doctors}


def template() -> dict[str, Any]:
    if not _template:
        _template.update(_build_template())
    return _template


ACTOR_KEYS = ("admin", "tianhe", "yuexiu", "hosp_a", "hosp_b", "hosp_c", "doc0", "doc1", "doc2")
actor_keys = st.sampled_from(ACTOR_KEYS)
doctor_keys = st.sampled_from(("doc0", "doc1", "doc2"))
hospital_keys = st.sampled_from(("hosp_a", "hosp_b", "hosp_c"))
#: the version the caller saw: mostly the current one, sometimes stale (or from the future)
version_moves = st.sampled_from((0, 0, 0, -1, 1))
case_picks = st.integers(min_value=0, max_value=10_000)
#: whether the action is taken by the actor who may take it (else by whoever ``who`` names)
rightful = st.sampled_from((True, True, False))


class RegisterMachine(RuleBasedStateMachine):
    """The case engine driven through desk.cases by every kind of actor."""

    def __init__(self) -> None:
        super().__init__()
        t = template()
        self.dir = Path(tempfile.mkdtemp(prefix="regdesk-example-"))
        path = self.dir / "desk.db"
        shutil.copy(t["path"], path)
        self.desk = open_desk(f"sqlite:///{path}", clock=FakeClock(), workstation="test-pc")
        self.actors: dict[str, Actor] = t["actors"]
        self.hospitals: dict[str, int] = t["hospitals"]
        self.doctors: dict[str, int] = t["doctors"]
        self.case_ids: list[int] = []
        self.refusals = 0

    def teardown(self) -> None:
        self.desk.close()
        shutil.rmtree(self.dir, ignore_errors=True)

    # ---- helpers ------------------------------------------------------------------------------

    def snapshot(self) -> tuple[Any, ...]:
        """What any change would move: row counts, versions, statuses, counters, audit (refusals aside)."""
        with self.desk.db.read() as s:
            return tuple(
                s.execute(
                    text(
                        "SELECT (SELECT count(*) FROM cases), (SELECT coalesce(sum(version), 0) FROM cases),"
                        " (SELECT count(*) FROM case_events), (SELECT count(*) FROM registrations),"
                        " (SELECT coalesce(sum(version), 0) FROM registrations),"
                        " (SELECT count(*) FROM registrations WHERE status = 'active'),"
                        " (SELECT count(*) FROM filings), (SELECT count(*) FROM change_feed),"
                        " (SELECT coalesce(sum(last_value), 0) FROM code_counters),"
                        " (SELECT count(*) FROM audit_events WHERE outcome <> 'refused')"
                    )
                ).one()
            )

    def attempt(self, what: str, call: Callable[[], Any]) -> Any:
        """Run one action; a refusal must carry a Chinese message and leave the database as it was."""
        before = self.snapshot()
        try:
            result = call()
        except DomainError as refusal:
            event(f"{what}: refused ({type(refusal).__name__})")
            assert HAN.search(refusal.message), f"{what}: refusal without a Chinese message: {refusal!r}"
            assert self.snapshot() == before, f"{what} was refused ({refusal.message}) but wrote something"
            self.refusals += 1
            return None
        event(f"{what}: done")
        return result

    def pick_case(self, pick: int, right: bool = False) -> int:
        """A case by index; the rightful actor mostly picks one still open."""
        ids = self.case_ids
        if right:
            with self.desk.db.read() as s:
                open_ids = list(s.scalars(select(m.Case.id).where(
                    m.Case.status.in_(("submitted", "confirmed", "returned"))).order_by(m.Case.id)))
            ids = open_ids or ids
        return ids[pick % len(ids)] if ids else 999_999

    def version_of(self, case_id: int, move: int) -> int:
        with self.desk.db.read() as s:
            version = s.scalar(select(m.Case.version).where(m.Case.id == case_id))
        return max(1, (version or 1) + move)

    def case_row(self, case_id: int) -> m.Case | None:
        with self.desk.db.read() as s:
            return s.get(m.Case, case_id)

    def key_of_institution(self, institution_id: int | None) -> str:
        return next((k for k, v in self.hospitals.items() if v == institution_id), "hosp_a")

    def key_of_physician(self, physician_id: int | None) -> str:
        return next((k for k, v in self.doctors.items() if v == physician_id), "doc0")

    def actor_for(self, case_id: int, action: str, who: str, right: bool) -> Actor:
        """The rightful actor of the action on the case (when ``right``), else the one ``who`` names."""
        case = self.case_row(case_id)
        if not right or case is None:
            return self.actors[who]
        physician_kind = case.kind in ("first_registration", "deregistration")
        if action in ("withdraw", "resubmit"):
            key = self.key_of_physician(case.physician_id) if physician_kind else self.key_of_institution(
                case.institution_id)
        elif action == "confirm" or (action == "return" and case.status == "submitted"):
            key = self.key_of_institution(case.institution_id)
        else:
            key = "admin"
        return self.actors[key]

    def active_registration(self, doctor: str) -> int | None:
        with self.desk.db.read() as s:
            return s.scalar(
                select(m.Registration.id).where(
                    m.Registration.physician_id == self.doctors[doctor], m.Registration.status == "active"
                )
            )

    def started(self, case: Any) -> None:
        if case is not None and case.id not in self.case_ids:
            self.case_ids.append(case.id)

    # ---- starting cases -----------------------------------------------------------------------

    @rule(who=actor_keys, right=rightful, doctor=doctor_keys, hospital=hospital_keys)
    def apply_for_registration(self, who: str, right: bool, doctor: str, hospital: str) -> None:
        actor = self.actors[doctor if right else who]
        self.started(self.attempt("submit first_registration", lambda: self.desk.cases.submit(
            actor, "first_registration", self.doctors[doctor], institution_id=self.hospitals[hospital],
            scopes=SCOPE)))

    @rule(who=actor_keys, right=rightful, doctor=doctor_keys)
    def apply_for_deregistration(self, who: str, right: bool, doctor: str) -> None:
        actor = self.actors[doctor if right else who]
        reg = self.active_registration(doctor)
        self.started(self.attempt("submit deregistration", lambda: self.desk.cases.submit(
            actor, "deregistration", self.doctors[doctor], registration_id=reg, reason=OWN_REQUEST)))

    @rule(who=actor_keys, right=rightful, doctor=doctor_keys)
    def institution_files_departure(self, who: str, right: bool, doctor: str) -> None:
        reg = self.active_registration(doctor)
        with self.desk.db.read() as s:
            main = s.scalar(select(m.Registration.main_institution_id).where(m.Registration.id == reg))
        actor = self.actors[self.key_of_institution(main) if right and main else who]
        self.started(self.attempt("submit institution_filing", lambda: self.desk.cases.submit(
            actor, "institution_filing", self.doctors[doctor], registration_id=reg, reason=FILING_REASON)))

    # ---- moving cases -------------------------------------------------------------------------

    @rule(pick=case_picks)
    def advance(self, pick: int) -> None:
        """The next step of an open case by its rightful actor with the current version."""
        cid = self.pick_case(pick, True)
        case = self.case_row(cid)
        if case is None:
            return
        action = {"submitted": "confirm", "confirmed": "approve", "returned": "resubmit"}.get(case.status)
        if action is None:
            return
        actor = self.actor_for(cid, action, "admin", True)
        call = getattr(self.desk.cases, action)
        self.attempt(action, lambda: call(actor, cid, case.version))

    def move_case(
        self, action: str, call: Callable[..., Any], who: str, right: bool, pick: int, move: int, *extra: str
    ) -> None:
        """``call`` on a picked case by the rightful actor (or ``who``), at a version ``move`` off."""
        cid = self.pick_case(pick, right)
        actor = self.actor_for(cid, action, who, right)
        self.attempt(action, lambda: call(actor, cid, self.version_of(cid, move), *extra))

    @rule(who=actor_keys, right=rightful, pick=case_picks, move=version_moves)
    def confirm(self, who: str, right: bool, pick: int, move: int) -> None:
        self.move_case("confirm", self.desk.cases.confirm, who, right, pick, move)

    @rule(who=actor_keys, right=rightful, pick=case_picks, move=version_moves)
    def return_for_correction(self, who: str, right: bool, pick: int, move: int) -> None:
        self.move_case("return", self.desk.cases.return_case, who, right, pick, move, RETURN_REASON, "请补正")

    @rule(who=actor_keys, right=rightful, pick=case_picks, move=version_moves)
    def approve(self, who: str, right: bool, pick: int, move: int) -> None:
        self.move_case("approve", self.desk.cases.approve, who, right, pick, move)

    @rule(who=actor_keys, right=rightful, pick=case_picks, move=version_moves)
    def reject(self, who: str, right: bool, pick: int, move: int) -> None:
        self.move_case("reject", self.desk.cases.reject, who, right, pick, move, REFUSAL_REASON, "不符合条件")

    @rule(who=actor_keys, right=rightful, pick=case_picks, move=version_moves)
    def withdraw(self, who: str, right: bool, pick: int, move: int) -> None:
        self.move_case("withdraw", self.desk.cases.withdraw, who, right, pick, move)

    @rule(who=actor_keys, right=rightful, pick=case_picks, move=version_moves)
    def resubmit(self, who: str, right: bool, pick: int, move: int) -> None:
        self.move_case("resubmit", self.desk.cases.resubmit, who, right, pick, move)

    # ---- what must always hold ----------------------------------------------------------------

    @invariant()
    def one_active_registration_per_province(self) -> None:
        with self.desk.db.read() as s:
            doubles = s.execute(
                select(m.Registration.physician_id, m.Registration.province, func.count())
                .where(m.Registration.status == "active")
                .group_by(m.Registration.physician_id, m.Registration.province)
                .having(func.count() > 1)
            ).all()
        assert doubles == [], f"two active main registrations in one province: {doubles}"

    @invariant()
    def every_approved_case_has_a_code(self) -> None:
        with self.desk.db.read() as s:
            missing = s.scalars(
                select(m.Case.number).where(m.Case.status == "approved", m.Case.registration_code.is_(None))
            ).all()
        assert missing == [], f"approved without a registration code: {missing}"

    @invariant()
    def no_code_is_issued_twice(self) -> None:
        with self.desk.db.read() as s:
            codes = s.scalars(
                select(m.Registration.registration_code).where(m.Registration.registration_code.is_not(None))
            ).all()
            issued = s.execute(
                select(m.Case.registration_code, m.Registration.registration_code)
                .join(m.Registration, m.Registration.case_id == m.Case.id)
                .where(m.Case.status == "approved")
            ).all()
        assert len(codes) == len(set(codes)), f"a registration code twice: {sorted(codes)}"
        assert len(issued) == len({c for c, _ in issued}), f"two approvals issued the same code: {issued}"
        assert all(c == r for c, r in issued), f"an approved case and its registration disagree: {issued}"


RegisterMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
TestRegisterInvariants = RegisterMachine.TestCase
