"""Sign-in rules: first-run setup, lockout, must-change, password strength, sessions, physician sign-up and
activation, and "remember me" in the keyring."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import keyring
import pytest
from argon2 import PasswordHasher
from conftest import ADMIN_PASSWORD
from keyring.errors import KeyringError
from support_accounts import (
    PASSWORD,
    MemoryKeyring,
    add_physician,
    add_qualification,
    audits,
    calling_pc,
    certificate,
    count,
    make_id,
    new_institution,
    row_counts,
    user_row,
)

from app import models as m
from app.services import (
    AuthenticationError,
    ConflictError,
    PermissionDenied,
    ValidationError,
    remember,
)
from app.services import auth as auth_module
from app.services.auth import (
    ACTIVATION_MISMATCH,
    generate_activation_code,
    generate_password,
    verify_password,
)
from app.services.validation import password_strength

# ---- first run ------------------------------------------------------------------------------------


def test_first_run_setup_is_offered_and_allowed_only_on_an_empty_database(desk: Any) -> None:
    assert desk.needs_setup()
    admin = desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
    assert (admin.role, admin.jurisdiction, admin.is_admin) == ("commission", "440000", True)
    assert not desk.needs_setup()
    before = row_counts(desk)
    with pytest.raises(ConflictError) as refused:
        desk.setup("second", ADMIN_PASSWORD, jurisdiction="000000")
    assert refused.value.field == "username"
    assert row_counts(desk) == before
    assert [e.action for e in audits(desk)] == ["auth.setup"]


def test_setup_refuses_a_weak_password_and_writes_nothing(desk: Any) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.setup("gdadmin", "short", jurisdiction="440000")
    assert refused.value.field == "password" and "密码强度不足" in refused.value.message
    assert desk.needs_setup()


def test_setup_names_every_wrong_field_at_once_and_writes_nothing(desk: Any) -> None:
    problems = desk.auth.setup_problems("a", "short", jurisdiction="999999", name="")
    assert [p.field for p in problems] == ["username", "jurisdiction", "password"]
    with pytest.raises(ValidationError) as refused:
        desk.setup("a", "short", jurisdiction="999999")
    assert refused.value.field == "username"
    assert [o["field"] for o in refused.value.extra["others"]] == ["jurisdiction", "password"]
    assert desk.needs_setup()
    assert desk.auth.setup_problems("gdadmin", ADMIN_PASSWORD, jurisdiction="440000") == []


# ---- signing in -----------------------------------------------------------------------------------


def test_sign_in_is_audited_with_the_workstation(desk: Any, admin: Any) -> None:
    actor = desk.auth.login("gdadmin", ADMIN_PASSWORD)
    assert actor.user_id == admin.user_id and actor.token and actor.token != admin.token
    event = audits(desk, "auth.login")[-1]
    assert (event.outcome, event.username, event.workstation) == ("ok", "gdadmin", calling_pc(desk))


def test_a_wrong_password_is_refused_and_audited_as_a_failed_sign_in(desk: Any, admin: Any) -> None:
    with pytest.raises(AuthenticationError) as refused:
        desk.auth.login("gdadmin", "Wrong#2026x")
    assert refused.value.field == "password"
    assert "用户名或密码错误" in refused.value.message and "再错 4 次" in refused.value.message
    event = audits(desk, "auth.login")[-1]
    assert (event.outcome, event.object_id) == ("failed", str(admin.user_id))
    assert event.workstation == calling_pc(desk)
    assert "Wrong" not in str(event.detail)


def test_an_unknown_username_gets_the_same_answer_as_a_wrong_password(desk: Any, admin: Any) -> None:
    with pytest.raises(AuthenticationError, match="^用户名或密码错误$"):
        desk.auth.login("nobody", "Wrong#2026x")
    assert audits(desk, "auth.login")[-1].outcome == "failed"


def test_five_wrong_passwords_lock_the_account_until_a_time_given_in_china_time(
    desk: Any, admin: Any, clock: Any
) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="用户名或密码错误"):
            desk.auth.login("gdadmin", "Wrong#2026x")
    with pytest.raises(AuthenticationError) as locked:
        desk.auth.login("gdadmin", "Wrong#2026x")
    # the clock starts at 2026-11-24 09:00 China time: locked until 09:15
    assert "锁定至 2026-11-24 09:15" in locked.value.message
    clock.advance(minutes=14)
    with pytest.raises(AuthenticationError, match="锁定至 2026-11-24 09:15"):
        desk.auth.login("gdadmin", ADMIN_PASSWORD)  # even the right password waits
    clock.advance(minutes=1, seconds=1)
    assert desk.auth.login("gdadmin", ADMIN_PASSWORD).user_id == admin.user_id
    assert [e.detail["reason"] for e in audits(desk, "auth.login", "failed")] == ["wrong password"] * 5 + [
        "locked"
    ]


def test_a_successful_sign_in_resets_the_count_of_failures(desk: Any, admin: Any) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            desk.auth.login("gdadmin", "Wrong#2026x")
    desk.auth.login("gdadmin", ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError, match="再错 4 次"):
        desk.auth.login("gdadmin", "Wrong#2026x")


# ---- passwords ------------------------------------------------------------------------------------


def test_the_first_sign_in_of_an_issued_account_must_change_the_password(desk: Any, admin: Any) -> None:
    from support_accounts import institution_fields

    info, username, initial = desk.accounts.create_institution(admin, **institution_fields("PDY440106001"))
    actor = desk.auth.login(username, initial)
    assert actor.must_change_password
    with pytest.raises(PermissionDenied, match="请先修改初始密码") as refused:
        desk.accounts.institution(actor, info.id)
    assert refused.value.extra == {"reason": "role"}
    changed = desk.auth.change_password(actor, initial, PASSWORD)
    assert not changed.must_change_password and changed.token == actor.token
    assert desk.accounts.institution(changed, info.id).id == info.id
    assert not desk.auth.login(username, PASSWORD).must_change_password


@pytest.mark.parametrize(
    ("new", "missing"),
    [
        ("Ab#1", "至少需要8个字符"),
        ("abcdefgh1", "缺少：大写字母、符号"),
        ("ABCDEFGH", "缺少：小写字母、数字、符号"),
    ],
)
def test_a_new_password_must_be_strong(desk: Any, admin: Any, new: str, missing: str) -> None:
    with pytest.raises(ValidationError) as refused:
        desk.auth.change_password(admin, ADMIN_PASSWORD, new)
    assert refused.value.field == "new_password" and missing in refused.value.message
    assert desk.auth.login("gdadmin", ADMIN_PASSWORD)


def test_changing_the_password_needs_the_old_one(desk: Any, admin: Any) -> None:
    with pytest.raises(AuthenticationError) as refused:
        desk.auth.change_password(admin, "Wrong#2026x", PASSWORD)
    assert refused.value.field == "old_password"
    with pytest.raises(ValidationError, match="不能与原密码相同"):
        desk.auth.change_password(admin, ADMIN_PASSWORD, ADMIN_PASSWORD)


def test_passwords_are_stored_only_as_memory_hard_argon2id_hashes(
    desk: Any, admin: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(auth_module, "_hasher", PasswordHasher())  # the production parameters
    desk.auth.change_password(admin, ADMIN_PASSWORD, PASSWORD)
    user = user_row(desk, "gdadmin")
    assert user.password_hash.startswith("$argon2id$v=19$m=65536,") and PASSWORD not in user.password_hash
    assert verify_password(user.password_hash, PASSWORD)
    assert not verify_password(user.password_hash, ADMIN_PASSWORD)


def test_generated_passwords_meet_the_strength_rule_and_avoid_look_alikes() -> None:
    for _ in range(200):
        pw = generate_password()
        assert password_strength(pw) == pw and len(pw) == 12
        assert not set(pw) & set("0O1lI")
    codes = {generate_activation_code() for _ in range(200)}
    assert len(codes) == 200 and all(
        len(c) == 10 and c.isalnum() and c.isupper() or c.isdigit() for c in codes
    )


# ---- sessions -------------------------------------------------------------------------------------


def test_a_session_expires_after_twelve_hours_even_when_in_use(desk: Any, admin: Any, clock: Any) -> None:
    for _ in range(35):  # a call every 20 minutes keeps it from idling out: 11 h 40 min
        clock.advance(minutes=20)
        assert desk.auth.whoami(admin).user_id == admin.user_id
    clock.advance(minutes=19)
    assert desk.auth.whoami(admin).user_id == admin.user_id
    clock.advance(minutes=1)
    with pytest.raises(AuthenticationError, match="登录已过期"):
        desk.auth.whoami(admin)


def test_a_session_unused_for_thirty_minutes_ends(desk: Any, admin: Any, clock: Any) -> None:
    clock.advance(minutes=29)
    assert desk.auth.whoami(admin).user_id == admin.user_id  # a read is use: 29 more minutes from here
    clock.advance(minutes=29)
    assert desk.cases.queue(admin).total == 0
    clock.advance(minutes=30)
    with pytest.raises(AuthenticationError, match="长时间未操作"):
        desk.auth.whoami(admin)


def test_watching_the_change_feed_does_not_keep_a_session_alive(desk: Any, admin: Any, clock: Any) -> None:
    for _ in range(5):
        clock.advance(minutes=5)
        desk.feed.since(admin, 0)
    clock.advance(minutes=5)
    with pytest.raises(AuthenticationError, match="长时间未操作"):
        desk.auth.whoami(admin)


def test_the_idle_limit_is_configurable(db_url: str, clock: Any) -> None:
    import datetime as dt

    from app.services import open_desk

    d = open_desk(db_url, clock=clock, session_idle=dt.timedelta(minutes=5))
    try:
        actor = d.setup("gdadmin", ADMIN_PASSWORD)
        clock.advance(minutes=4)
        d.auth.whoami(actor)
        clock.advance(minutes=5)
        with pytest.raises(AuthenticationError, match="长时间未操作"):
            d.auth.whoami(actor)
    finally:
        d.close()


def test_signing_out_ends_the_session(desk: Any, admin: Any) -> None:
    other = desk.auth.login("gdadmin", ADMIN_PASSWORD)
    desk.auth.logout(admin)
    with pytest.raises(AuthenticationError, match="请重新登录"):
        desk.auth.whoami(admin)
    assert desk.auth.whoami(other).user_id == admin.user_id  # another PC's session goes on
    assert audits(desk, "auth.logout")[-1].workstation == calling_pc(desk)


# ---- physicians: sign-up --------------------------------------------------------------------------


def _sign_up(desk: Any, id_number: str, username: str = "zhangwei", name: str = "张伟", **over: Any) -> Any:
    fields: dict[str, Any] = dict(
        name=name,
        id_number=id_number,
        phone="13912345678",
        email="zw@example.cn",
        username=username,
        password=PASSWORD,
    )
    fields.update(over)
    return desk.auth.register_physician(**fields)


def test_sign_up_creates_the_person_from_the_resident_id_and_an_account_not_yet_activated(desk: Any) -> None:
    result = _sign_up(desk, "11010519491231002X", name="王𠀾芳")  # a name beyond the BMP
    with desk.db.read() as s:
        person = s.get(m.Physician, result.physician_id)
        assert person is not None
        assert (person.name, person.gender, person.birth_date) == ("王𠀾芳", "女", dt.date(1949, 12, 31))
        assert person.id_number == "11010519491231002X"
    assert (result.username, result.activated) == ("zhangwei", False)
    actor = desk.auth.login("zhangwei", PASSWORD)
    assert (actor.role, actor.physician_id, actor.activated) == ("physician", result.physician_id, False)
    assert audits(desk, "auth.register_physician")[-1].user_id == result.user_id


def test_sign_up_links_the_person_already_on_record_with_that_resident_id(desk: Any) -> None:
    id_number = make_id("440106")
    known = add_physician(desk, "张伟", id_number)
    result = _sign_up(desk, id_number)
    assert result.physician_id == known
    assert count(desk, m.Physician) == 1


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", "", "姓名不能为空"),
        ("name", "张 伟", "中文姓名中不能有空格"),
        ("id_number", "110105194912310021", "身份证号校验位错误"),
        ("id_number", "440524188001010014", "不是在职医师的年龄"),
        ("phone", "12345", "手机号格式不正确"),
        ("email", "not-an-email", "电子邮箱格式不正确"),
        ("username", "张伟医生", "用户名只能包含"),
        ("password", "weakpass", "密码强度不足"),
        ("password", "Zhang.Wei1", "不能与用户名相同"),
    ],
)
def test_sign_up_checks_every_field_and_names_it(desk: Any, field: str, value: str, message: str) -> None:
    before = row_counts(desk)
    with pytest.raises(ValidationError) as refused:
        _sign_up(desk, **{"id_number": "11010519491231002X", "username": "zhang.wei1", field: value})
    assert refused.value.field == field and message in refused.value.message
    assert row_counts(desk) == before


def test_a_taken_username_is_a_conflict_naming_the_username(desk: Any) -> None:
    _sign_up(desk, make_id("440106"))
    before = row_counts(desk)
    with pytest.raises(ConflictError) as refused:
        _sign_up(desk, make_id("440106"))
    assert refused.value.field == "username" and "已被使用" in refused.value.message
    assert row_counts(desk) == before


def test_a_resident_id_that_has_an_account_is_a_conflict_naming_the_id(desk: Any) -> None:
    id_number = make_id("440106")
    _sign_up(desk, id_number)
    with pytest.raises(ConflictError) as refused:
        _sign_up(desk, id_number, username="another")
    assert refused.value.field == "id_number" and "卫生健康委窗口" in refused.value.message


# ---- physicians: activation -----------------------------------------------------------------------


@pytest.fixture
def newcomer(desk: Any) -> tuple[Any, str]:
    """A physician who signed up and signed in (not activated); returns (actor, resident ID)."""
    id_number = make_id("440106")
    _sign_up(desk, id_number)
    return desk.auth.login("zhangwei", PASSWORD), id_number


def test_activation_with_the_certificate_code_links_the_qualification(desk: Any, newcomer: Any) -> None:
    actor, id_number = newcomer
    qid = add_qualification(desk, "张伟", id_number, certificate_code=certificate(1))
    activated = desk.auth.activate_physician(actor, certificate_code=certificate(1).lower())
    assert activated.activated and activated.token == actor.token
    assert desk.auth.whoami(actor).activated
    with desk.db.read() as s:
        assert s.get(m.Qualification, qid).physician_id == actor.physician_id  # type: ignore[union-attr]
    assert audits(desk, "auth.activate_physician")[-1].detail == {
        "by": "certificate_code",
        "qualification_id": qid,
    }


def test_activation_with_the_exam_ticket_before_the_certificate_exists(desk: Any, newcomer: Any) -> None:
    actor, id_number = newcomer
    add_qualification(desk, "张伟", id_number, exam_ticket="2026440106123")
    assert desk.auth.activate_physician(actor, exam_ticket=" 2026440106123 ").activated


@pytest.mark.parametrize("case", ["no such code", "someone else's", "same ID other name", "taken by another"])
def test_an_activation_mismatch_never_says_which_qualification_exists(
    desk: Any, newcomer: Any, case: str
) -> None:
    actor, id_number = newcomer
    other = add_physician(desk, "李四", make_id("440106"))
    if case == "someone else's":
        add_qualification(desk, "李四", make_id("440106"), certificate_code=certificate(2))
    elif case == "same ID other name":
        add_qualification(desk, "张卫", id_number, certificate_code=certificate(2))
    elif case == "taken by another":
        add_qualification(desk, "张伟", id_number, certificate_code=certificate(2), physician_id=other)
    before = row_counts(desk)
    with pytest.raises(ValidationError) as refused:
        desk.auth.activate_physician(actor, certificate_code=certificate(2))
    assert (refused.value.message, refused.value.field) == (ACTIVATION_MISMATCH, "certificate_code")
    after = row_counts(desk)
    assert {t: after[t] - before[t] for t in after if after[t] != before[t]} == {"audit_events": 1}
    assert audits(desk)[-1].outcome == "failed"
    assert not desk.auth.whoami(actor).activated


def test_activation_attempts_are_limited_to_five_in_fifteen_minutes(
    desk: Any, newcomer: Any, clock: Any
) -> None:
    actor, id_number = newcomer
    add_qualification(desk, "张伟", id_number, exam_ticket="2026440106123")
    for n in range(5):
        with pytest.raises(ValidationError, match=ACTIVATION_MISMATCH):
            desk.auth.activate_physician(actor, exam_ticket=f"999999990{n}")
    with pytest.raises(AuthenticationError, match="请于 2026-11-24 09:15 后再试"):
        desk.auth.activate_physician(actor, exam_ticket="2026440106123")
    clock.advance(minutes=15, seconds=1)
    assert desk.auth.activate_physician(actor, exam_ticket="2026440106123").activated


def test_activation_takes_exactly_one_credential(desk: Any, newcomer: Any) -> None:
    actor, _ = newcomer
    with pytest.raises(ValidationError, match="中的一项"):
        desk.auth.activate_physician(actor)
    with pytest.raises(ValidationError, match="中的一项"):
        desk.auth.activate_physician(actor, certificate_code=certificate(1), exam_ticket="2026440106123")
    with pytest.raises(ValidationError, match="27位") as refused:
        desk.auth.activate_physician(actor, certificate_code="123")
    assert refused.value.field == "certificate_code"


def test_an_activated_account_is_not_activated_again_and_others_cannot_activate(
    desk: Any, admin: Any, newcomer: Any
) -> None:
    actor, id_number = newcomer
    add_qualification(desk, "张伟", id_number, certificate_code=certificate(1))
    desk.auth.activate_physician(actor, certificate_code=certificate(1))
    with pytest.raises(ConflictError, match="已激活"):
        desk.auth.activate_physician(actor, certificate_code=certificate(1))
    with pytest.raises(PermissionDenied):
        desk.auth.activate_physician(admin, certificate_code=certificate(1))
    assert audits(desk, "auth.activate_physician", "refused")


def test_an_institution_issued_activation_code_activates_once(desk: Any, admin: Any, newcomer: Any) -> None:
    actor, id_number = newcomer
    _, hospital = new_institution(desk, admin, "PDY440106001")
    assert hospital is not None
    with desk.db.write() as s:
        s.add(
            m.Registration(
                physician_id=actor.physician_id,
                level="执业医师",
                category="临床",
                scopes=[],
                place="440000",
                province="440000",
                main_institution_id=hospital.institution_id,
                status="active",
            )
        )
    code = desk.accounts.issue_activation_code(hospital, actor.physician_id)
    with pytest.raises(ValidationError, match="激活码不正确"):
        desk.auth.activate_physician(actor, activation_code="AAAAA-AAAAA")
    assert desk.auth.activate_physician(actor, activation_code=f"{code[:5].lower()}-{code[5:]}").activated
    with desk.db.read() as s:
        used = s.query(m.ActivationCode).one()
        assert used.used_at is not None and code not in used.code_hash


# ---- remember me ----------------------------------------------------------------------------------


class BrokenKeyring(MemoryKeyring):
    """A keyring that is present but refuses every operation (locked, no D-Bus…)."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("locked")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def test_remember_keeps_the_username_and_no_password_unless_asked(memory_keyring: MemoryKeyring) -> None:
    assert remember.available()
    assert remember.remember("gdadmin")
    assert remember.recall() == remember.Remembered("gdadmin", None)
    assert memory_keyring.store == {("regdesk-login", remember.USERNAME_KEY): "gdadmin"}


def test_remember_with_the_password_keeps_it_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    assert remember.remember("gdadmin", ADMIN_PASSWORD)
    assert remember.recall() == remember.Remembered("gdadmin", ADMIN_PASSWORD)
    assert remember.remember("gdadmin")  # unticked "remember password": the kept one goes
    assert remember.recall() == remember.Remembered("gdadmin", None)
    assert ADMIN_PASSWORD not in memory_keyring.store.values()


def test_another_user_remembered_drops_the_previous_password(memory_keyring: MemoryKeyring) -> None:
    remember.remember("gdadmin", ADMIN_PASSWORD)
    remember.remember("clerk", PASSWORD)
    assert remember.recall() == remember.Remembered("clerk", PASSWORD)
    assert ADMIN_PASSWORD not in memory_keyring.store.values()


def test_forget_removes_username_and_password(memory_keyring: MemoryKeyring) -> None:
    remember.remember("gdadmin", ADMIN_PASSWORD)
    assert remember.forget()
    assert remember.recall() is None and memory_keyring.store == {}
    assert remember.forget()  # nothing left: still fine


@pytest.mark.parametrize("backend", ["keyring.backends.fail.Keyring", "broken"])
def test_without_a_usable_keyring_nothing_is_remembered_and_the_caller_can_say_why(backend: str) -> None:
    previous = keyring.get_keyring()
    if backend == "broken":
        keyring.set_keyring(BrokenKeyring())
    else:
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())
    try:
        assert not remember.available()
        assert remember.remember("gdadmin", ADMIN_PASSWORD) is False
        assert remember.recall() is None
        assert remember.forget() is False
        assert "密码库" in remember.UNAVAILABLE
    finally:
        keyring.set_keyring(previous)


def test_remember_never_writes_a_file(memory_keyring: MemoryKeyring, tmp_path: Any, monkeypatch: Any) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("REGDESK_DATA_DIR", str(tmp_path / "data"))
    remember.remember("gdadmin", ADMIN_PASSWORD)
    remember.recall()
    assert list(tmp_path.rglob("*")) == []
