"""Sign-in: first-run setup, login with lockout, sessions, password changes; physician self-registration.

Passwords are hashed with argon2id and never stored or logged in clear.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import sys
import unicodedata
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, cast

from argon2 import PasswordHasher, profiles
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app import models as m
from app.services import search, validation
from app.services.base import CHINA, Service, Tx, accounts_changed, hash_token
from app.services.errors import AuthenticationError, ConflictError, DomainError, ValidationError
from app.services.permissions import COMMISSION, PHYSICIAN, Principal, deny
from app.services.types import Actor, FieldProblem, RegisteredPhysician

if TYPE_CHECKING:
    from sqlalchemy.engine import CursorResult

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
SESSION_LIFETIME = dt.timedelta(hours=12)
#: Failed activation attempts allowed per account within ACTIVATION_WINDOW (exam tickets are short).
MAX_FAILED_ACTIVATIONS = 5
ACTIVATION_WINDOW = dt.timedelta(minutes=15)
#: How long an activation code (激活码) issued by an institution stays valid.
ACTIVATION_CODE_VALIDITY = dt.timedelta(days=30)
#: The one answer to any certificate / exam-ticket mismatch: it never tells which qualification exists.
ACTIVATION_MISMATCH = "证书编码或准考证号与姓名、身份证号不匹配"
ACTIVATION_CODE_MISMATCH = "激活码不正确或已失效，请向执业机构重新获取"
#: argon2id with the library's defaults (RFC 9106 low-memory profile). REGDESK_FAST_HASH=1 takes the
#: cheapest argon2id parameters so thousands of test sign-ins stay quick, and only under the test runner
#: (pytest imported): set on an office PC it does nothing. Hashes record their parameters, so either
#: kind verifies everywhere, and a cheap hash is upgraded at the next sign-in.
FAST_HASH = os.environ.get("REGDESK_FAST_HASH") == "1" and "pytest" in sys.modules
_hasher = PasswordHasher.from_parameters(profiles.CHEAPEST) if FAST_HASH else PasswordHasher()

# Characters people can read off a phone screen without confusing them (no 0/O, 1/l/I).
_PW_LOWER = "abcdefghijkmnpqrstuvwxyz"
_PW_UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
_PW_DIGITS = "23456789"
_PW_SYMBOLS = "#%+=@"
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
ACTIVATION_CODE_LENGTH = 10


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


@cache
def _dummy_hash() -> str:
    """A hash to verify against when the username is unknown, so timing does not tell which names exist.
    Made at the first unknown name, not at import: an argon2id hash is a noticeable part of the start."""
    return hash_password("regdesk-no-such-user")


def generate_password(length: int = 12) -> str:
    """A random initial password meeting the strength rule, without look-alike characters."""
    rng = secrets.SystemRandom()
    length = max(length, validation.PASSWORD_MIN_LENGTH)
    chars = [rng.choice(_PW_LOWER), rng.choice(_PW_UPPER), rng.choice(_PW_DIGITS), rng.choice(_PW_SYMBOLS)]
    pool = _PW_LOWER + _PW_UPPER + _PW_DIGITS + _PW_SYMBOLS
    chars += [rng.choice(pool) for _ in range(length - len(chars))]
    rng.shuffle(chars)
    return validation.password_strength("".join(chars))


def generate_activation_code() -> str:
    """A random activation code (激活码) of 10 unambiguous upper-case letters and digits (50 bits)."""
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(ACTIVATION_CODE_LENGTH))


def normalise_activation_code(value: str | None) -> str:
    """An activation code as typed: half-width, upper case, spaces and dashes dropped."""
    text = unicodedata.normalize("NFKC", value or "").upper()
    return "".join(c for c in text if c.isalnum())


def revoke_sessions(session: Session, user_id: int) -> None:
    """End every session of a user (after a password reset or when the account is disabled)."""
    session.execute(
        update(m.AuthSession)
        .where(m.AuthSession.user_id == user_id, m.AuthSession.revoked.is_(False))
        .values(revoked=True)
    )
    accounts_changed(session, user_id)


def require_free_username(session: Session, username: str) -> None:
    """Refuse a username another account already has. Raises ConflictError (field "username")."""
    if session.scalar(select(m.UserAccount.id).where(m.UserAccount.username == username)):
        raise ConflictError(f"用户名“{username}”已被使用，请换一个", "username")


def actor_for(user: m.UserAccount, token: str) -> Actor:
    return Actor(
        user_id=user.id,
        username=user.username,
        role=user.role,
        institution_id=user.institution_id,
        physician_id=user.physician_id,
        jurisdiction=user.jurisdiction,
        name=user.display_name,
        is_admin=user.is_admin,
        must_change_password=user.must_change_password,
        activated=user.activated,
        token=token,
    )


def principal_of(user: m.UserAccount) -> Principal:
    return Principal.of(user)


def open_session(tx: Tx, user: m.UserAccount) -> Actor:
    """Issue a session token for the user (the Actor stands for it)."""
    token = secrets.token_urlsafe(32)
    tx.session.add(
        m.AuthSession(
            token_hash=hash_token(token),
            user_id=user.id,
            created_at=tx.now,
            expires_at=tx.now + SESSION_LIFETIME,
            last_seen_at=tx.now,
            workstation=tx.ctx.calling_workstation(),
        )
    )
    return actor_for(user, token)


class AuthService(Service):
    """desk.auth: setup, login, logout, change_password, register_physician, activate_physician."""

    def needs_setup(self) -> bool:
        """True while no account exists."""
        with self.read(None, "auth.needs_setup") as tx:
            return not tx.session.scalar(select(func.count()).select_from(m.UserAccount))

    def setup_problems(
        self, username: str, password: str, *, jurisdiction: str = "440000", name: str = ""
    ) -> list[FieldProblem]:
        """Everything wrong with a first-run form at once (username, name, jurisdiction, password), so the
        form can show every error together; writes and reads nothing. Empty when ``setup`` may proceed."""
        problems: list[FieldProblem] = []
        checks: tuple[tuple[str, Callable[[], object]], ...] = (
            ("username", lambda: validation.username(username)),
            ("name", lambda: _admin_name(name)),
            ("jurisdiction", lambda: _jurisdiction(jurisdiction)),
            ("password", lambda: validation.password_strength(password)),
        )
        for field, check in checks:
            try:
                check()
            except ValidationError as err:
                problems.append(FieldProblem(err.field or field, err.message))
        return problems

    def setup(self, username: str, password: str, *, jurisdiction: str = "440000", name: str = "") -> Actor:
        """Create the first commission administrator and sign them in. Only on a database without users.

        Raises ValidationError (bad username, name, weak password, unknown jurisdiction; the first one,
        with every other in ``extra["others"]``) and ConflictError (the database already has users).
        """
        problems = self.setup_problems(username, password, jurisdiction=jurisdiction, name=name)
        if problems:
            first = problems[0]
            raise ValidationError(first.message, first.field,
                                  others=[{"field": p.field, "message": p.message} for p in problems[1:]])
        username = validation.username(username)
        jurisdiction = _jurisdiction(jurisdiction)
        with self.write(None, "auth.setup") as tx:
            if tx.session.scalar(select(func.count()).select_from(m.UserAccount)):
                raise ConflictError("数据库中已有用户，不能再次初始化；请用已有账户登录", "username")
            user = m.UserAccount(
                username=username,
                password_hash=hash_password(password),
                role=COMMISSION,
                display_name=name or "卫生健康委管理员",
                jurisdiction=jurisdiction,
                is_admin=True,
                created_at=tx.now,
            )
            tx.session.add(user)
            tx.session.flush()
            tx._principal = principal_of(user)
            tx.audit("auth.setup", "user", user.id, {"jurisdiction": jurisdiction})
            return open_session(tx, user)

    def login(self, username: str, password: str) -> Actor:
        """Sign in. After 5 wrong passwords the account locks for 15 minutes.

        Raises AuthenticationError (wrong username or password, locked until …, disabled).
        """
        username = (username or "").strip()
        if not username:
            raise ValidationError("请输入用户名", "username")
        if not password:
            raise ValidationError("请输入密码", "password")
        failure: AuthenticationError | None = None
        with self.write(None, "auth.login") as tx:
            user = tx.session.scalar(select(m.UserAccount).where(m.UserAccount.username == username))
            if user is None:
                verify_password(_dummy_hash(), password)
                # the name as typed, cut to the audit column (40): a long one is never a user's
                tx.audit("auth.login", "user", username[:40], {"reason": "unknown user"}, outcome="failed")
                failure = AuthenticationError("用户名或密码错误", "password")
            elif user.disabled:
                tx.audit("auth.login", "user", user.id, {"reason": "disabled"}, outcome="failed")
                failure = AuthenticationError("该账户已停用，请联系卫生健康委", "username")
            elif user.locked_until is not None and user.locked_until > tx.now:
                until = user.locked_until.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
                tx.audit("auth.login", "user", user.id, {"reason": "locked"}, outcome="failed")
                failure = AuthenticationError(
                    f"密码错误次数过多，账户已锁定至 {until}，请稍后再试", "password"
                )
            elif not verify_password(user.password_hash, password):
                user.failed_logins += 1
                left = MAX_FAILED_LOGINS - user.failed_logins
                if left <= 0:
                    user.locked_until = tx.now + LOCKOUT
                    user.failed_logins = 0
                    until = user.locked_until.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
                    msg = f"密码错误次数过多，账户已锁定至 {until}，请稍后再试"
                else:
                    msg = f"用户名或密码错误（再错 {left} 次账户将锁定 15 分钟）"
                tx.audit("auth.login", "user", user.id, {"reason": "wrong password"}, outcome="failed")
                failure = AuthenticationError(msg, "password")
            else:
                user.failed_logins = 0
                user.locked_until = None
                user.last_login_at = tx.now
                if _hasher.check_needs_rehash(user.password_hash):
                    user.password_hash = hash_password(password)
                tx._principal = principal_of(user)
                tx.audit("auth.login", "user", user.id)
                return open_session(tx, user)
        assert failure is not None
        raise failure  # raised after the commit, so the failed attempt is counted and audited

    def logout(self, actor: Actor) -> None:
        """End the actor's session (its token stops working)."""
        with self.write(actor, "auth.logout") as tx:
            auth = tx.session.get(m.AuthSession, hash_token(actor.token))
            if auth is not None:
                auth.revoked = True
            tx.audit("auth.logout", "user", tx.principal.user_id)

    def whoami(self, actor: Actor) -> Actor:
        """The actor refreshed from the account (role, organisation, must-change flag)."""
        with self.read(actor) as tx:
            user = tx.session.get(m.UserAccount, tx.principal.user_id)
            assert user is not None
            return actor_for(user, actor.token)

    def change_password(self, actor: Actor, old_password: str, new_password: str) -> Actor:
        """Change one's own password; clears the must-change flag and ends the account's other sessions
        (other PCs must sign in with the new password); this one goes on.

        Raises AuthenticationError (old password wrong) and ValidationError (weak or unchanged password).
        """
        validation.password_strength(new_password, "new_password")
        if old_password == new_password:
            raise ValidationError("新密码不能与原密码相同", "new_password")
        with self.write(actor, "auth.change_password") as tx:
            user = tx.session.get(m.UserAccount, tx.principal.user_id)
            assert user is not None
            if not verify_password(user.password_hash, old_password):
                raise AuthenticationError("原密码错误", "old_password")
            user.password_hash = hash_password(new_password)
            user.must_change_password = False
            user.version += 1
            ended = tx.session.execute(
                update(m.AuthSession)
                .where(
                    m.AuthSession.user_id == user.id,
                    m.AuthSession.revoked.is_(False),
                    m.AuthSession.token_hash != hash_token(actor.token),
                )
                .values(revoked=True)
            )
            accounts_changed(tx.session, user.id)
            tx.audit("auth.change_password", "user", user.id,
                     {"other_sessions_ended": cast("CursorResult[Any]", ended).rowcount})
            return actor_for(user, actor.token)

    def unlock(self, actor: Actor, password: str) -> Actor:
        """Unlock a window locked after idle minutes: the account's password again. The same session goes
        on, also when it lapsed only for being unused (the password proves the person is back); a failed
        attempt counts toward the lockout like a failed sign-in.

        Raises ValidationError (no password), AuthenticationError (wrong password, locked or disabled
        account, session ended otherwise — then sign in anew).
        """
        if not isinstance(password, str) or not password:
            raise ValidationError("请输入密码", "password")
        failure: AuthenticationError | None = None
        with self.write(None, "auth.unlock") as tx:
            row = tx.session.execute(
                select(m.UserAccount, m.AuthSession)
                .join(m.AuthSession, m.AuthSession.user_id == m.UserAccount.id)
                .where(m.AuthSession.token_hash == hash_token(actor.token or ""))
            ).first()
            if row is None or row[1].revoked or row[1].expires_at <= tx.now:
                raise AuthenticationError("登录已过期，请重新登录")
            user, auth = row
            tx._principal = principal_of(user)
            if user.disabled:
                failure = AuthenticationError("该账户已停用，请联系卫生健康委", "password")
            elif user.locked_until is not None and user.locked_until > tx.now:
                until = user.locked_until.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
                failure = AuthenticationError(
                    f"密码错误次数过多，账户已锁定至 {until}，请稍后再试", "password")
            elif not verify_password(user.password_hash, password):
                user.failed_logins += 1
                left = MAX_FAILED_LOGINS - user.failed_logins
                if left <= 0:
                    user.locked_until = tx.now + LOCKOUT
                    user.failed_logins = 0
                    revoke_sessions(tx.session, user.id)
                    failure = AuthenticationError("密码错误次数过多，已退出登录，请稍后重新登录", "password")
                else:
                    failure = AuthenticationError(
                        f"密码错误（再错 {left} 次将退出登录并锁定账户）", "password")
                tx.audit("auth.unlock", "user", user.id, {"reason": "wrong password"}, outcome="failed")
            else:
                user.failed_logins = 0
                auth.last_seen_at = tx.now
                tx.audit("auth.unlock", "user", user.id)
                return actor_for(user, actor.token)
        assert failure is not None
        raise failure  # after the commit, so the failed attempt is counted

    # ---- physicians' own accounts ---------------------------------------------------------------

    def register_physician(
        self, name: str, id_number: str, phone: str, email: str, username: str, password: str
    ) -> RegisteredPhysician:
        """Open a physician's own account with real name and resident ID (not activated yet).

        The person is found by resident ID or created (gender and birth date from the ID). Sign in
        afterwards and call ``activate_physician``. Raises ValidationError (each field, Chinese message
        naming it) and ConflictError (username taken; field "username" — the ID already has an account;
        field "id_number").
        """
        name = validation.person_name(name, "name")
        rid = validation.resident_id(id_number, "id_number", today=self.ctx.today())
        phone = validation.phone(phone, "phone")
        email = validation.email(email, "email")
        username = validation.username(username, "username")
        validation.password_strength(password, "password", username=username)
        password_hash = hash_password(password)
        with self.write(None, "auth.register_physician") as tx:
            require_free_username(tx.session, username)
            physician = tx.session.scalar(select(m.Physician).where(m.Physician.id_number == rid.value))
            while physician is not None and physician.merged_into_id is not None:  # a merged duplicate
                physician = tx.session.get(m.Physician, physician.merged_into_id)
            created = physician is None
            if physician is None:
                physician = m.Physician(
                    name=name,
                    name_initials=search.initials(name),
                    name_pinyin=search.pinyin_key(name),
                    gender=rid.gender,
                    id_number=rid.value,
                    id_type="resident_id",
                    birth_date=rid.birth_date,
                    phone=phone,
                    email=email,
                    created_at=tx.now,
                    updated_at=tx.now,
                )
                tx.session.add(physician)
                tx.session.flush()
            elif tx.session.scalar(
                select(m.UserAccount.id).where(
                    m.UserAccount.physician_id == physician.id, m.UserAccount.role == PHYSICIAN
                )
            ):
                raise ConflictError(
                    "该身份证号已开通医师账户；如忘记用户名，请本人持身份证到卫生健康委窗口查询", "id_number"
                )
            user = m.UserAccount(
                username=username,
                password_hash=password_hash,
                role=PHYSICIAN,
                display_name=name,
                phone=phone,
                physician_id=physician.id,
                activated=False,
                created_at=tx.now,
            )
            tx.session.add(user)
            tx.session.flush()
            tx._principal = principal_of(user)
            tx.audit("auth.register_physician", "user", user.id,
                     {"physician_id": physician.id, "new_person": created})
            if created:
                tx.feed("physicians", physician.id, "created", physician_id=physician.id)
            return RegisteredPhysician(user.id, user.username, physician.id, False)

    def activate_physician(
        self,
        actor: Actor,
        *,
        certificate_code: str | None = None,
        exam_ticket: str | None = None,
        activation_code: str | None = None,
    ) -> Actor:
        """Activate the signed-in physician's account; returns the refreshed Actor (activated=True).

        Give exactly one of: the qualification certificate code (医师资格证书编码), the exam ticket number
        (准考证号, before the certificate exists) — both must belong to a qualification on record with the
        account's name and resident ID — or the activation code (激活码) the physician's institution issued.
        A mismatch never tells which qualification exists. After 5 failed attempts within 15 minutes
        further attempts wait. Raises ValidationError (format, mismatch), PermissionDenied (not a
        physician account), ConflictError (already activated), AuthenticationError (too many attempts).
        """
        offered = (("certificate_code", certificate_code), ("exam_ticket", exam_ticket),
                   ("activation_code", activation_code))
        given = [(f, v) for f, v in offered if v is not None and str(v).strip()]
        if len(given) != 1:
            raise ValidationError("请填写医师资格证书编码、准考证号或激活码中的一项", "certificate_code")
        field, raw = given[0]
        if field == "certificate_code":
            value = validation.certificate_code(raw, field)
        elif field == "exam_ticket":
            value = validation.exam_ticket(raw, field)
        else:
            value = normalise_activation_code(raw)
            if len(value) != ACTIVATION_CODE_LENGTH:
                raise ValidationError(f"激活码应为{ACTIVATION_CODE_LENGTH}位字母和数字", field)
        failure: DomainError | None = None
        with self.write(actor, "auth.activate_physician") as tx:
            p = tx.principal
            if p.role != PHYSICIAN:
                raise deny("只有医师个人账户需要激活", reason="role")
            user = tx.session.get(m.UserAccount, p.user_id)
            assert user is not None and user.physician_id is not None
            if user.activated:
                raise ConflictError("该账户已激活，无需再次激活", field)
            since = tx.now - ACTIVATION_WINDOW
            recent = tx.session.scalars(
                select(m.AuditEvent.at).where(
                    m.AuditEvent.user_id == user.id,
                    m.AuditEvent.action == "auth.activate_physician",
                    m.AuditEvent.outcome == "failed",
                    m.AuditEvent.at > since,
                ).order_by(m.AuditEvent.at)
            ).all()
            if len(recent) >= MAX_FAILED_ACTIVATIONS:
                until = (recent[-MAX_FAILED_ACTIVATIONS] + ACTIVATION_WINDOW).astimezone(CHINA)
                raise AuthenticationError(
                    f"激活尝试次数过多，请于 {until:%Y-%m-%d %H:%M} 后再试", field
                )
            physician = tx.session.get(m.Physician, user.physician_id)
            assert physician is not None
            detail: dict[str, object] = {"by": field}
            if field == "activation_code":
                if not self._use_activation_code(tx, physician, value):
                    failure = ValidationError(ACTIVATION_CODE_MISMATCH, field)
            else:
                column = m.Qualification.certificate_code if field == "certificate_code" else \
                    m.Qualification.exam_ticket
                q = tx.session.scalar(select(m.Qualification).where(column == value))
                # the name typed at sign-up and the person's resident ID must both be the qualification's
                if (
                    q is None
                    or q.id_number != physician.id_number
                    or q.name != user.display_name
                    or q.physician_id not in (None, physician.id)
                ):
                    failure = ValidationError(ACTIVATION_MISMATCH, field)
                else:
                    q.physician_id = physician.id
                    detail["qualification_id"] = q.id
            if failure is not None:
                tx.audit("auth.activate_physician", "user", user.id, {"by": field}, outcome="failed")
            else:
                user.activated = True
                user.version += 1
                if not physician.phone:
                    physician.phone = user.phone
                tx.audit("auth.activate_physician", "user", user.id, detail)
                tx.feed("physicians", physician.id, "activated", physician_id=physician.id)
                return actor_for(user, actor.token)
        assert failure is not None
        raise failure  # after the commit, so the failed attempt is counted

    def _use_activation_code(self, tx: Tx, physician: m.Physician, code: str) -> bool:
        rows = tx.session.scalars(
            select(m.ActivationCode).where(
                m.ActivationCode.physician_id == physician.id,
                m.ActivationCode.revoked.is_(False),
                m.ActivationCode.used_at.is_(None),
                m.ActivationCode.issued_at > tx.now - ACTIVATION_CODE_VALIDITY,
            )
        ).all()
        for row in rows:
            if verify_password(row.code_hash, code):
                row.used_at = tx.now
                return True
        return False


def _admin_name(name: str) -> str:
    """The administrator's name: optional, at most 100 characters."""
    text = (name or "").strip()
    if len(text) > 100:
        raise ValidationError("姓名最多 100 个字", "name")
    return text


def _jurisdiction(code: str) -> str:
    code = (code or "").strip()
    if code == "000000":
        return code
    return validation.area_code(code, "jurisdiction")
