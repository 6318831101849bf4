"""Sign-in: first-run setup, login with lockout, sessions, password changes; physician self-registration.

Passwords are hashed with argon2id and never stored or logged in clear.
"""

from __future__ import annotations

import datetime as dt
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app import models as m
from app.services import validation
from app.services.base import CHINA, Service, Tx, hash_token
from app.services.errors import AuthenticationError, ConflictError, ValidationError
from app.services.permissions import COMMISSION, Principal
from app.services.types import Actor

MAX_FAILED_LOGINS = 5
LOCKOUT = dt.timedelta(minutes=15)
SESSION_LIFETIME = dt.timedelta(hours=12)
_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


#: A hash to verify against when the username is unknown, so timing does not tell which names exist.
_DUMMY_HASH = hash_password("regdesk-no-such-user")


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
        token=token,
    )


def principal_of(user: m.UserAccount) -> Principal:
    return Principal(user.id, user.username, user.role, user.institution_id, user.physician_id,
                     user.jurisdiction, user.display_name, user.is_admin)


def open_session(tx: Tx, user: m.UserAccount) -> Actor:
    """Issue a session token for the user (the Actor stands for it)."""
    token = secrets.token_urlsafe(32)
    tx.session.add(
        m.AuthSession(
            token_hash=hash_token(token),
            user_id=user.id,
            created_at=tx.now,
            expires_at=tx.now + SESSION_LIFETIME,
            workstation=tx.ctx.workstation,
        )
    )
    return actor_for(user, token)


class AuthService(Service):
    """desk.auth: setup, login, logout, change_password, register_physician, activate_physician."""

    def needs_setup(self) -> bool:
        """True while no account exists."""
        with self.ctx.db.read() as session:
            return not session.scalar(select(func.count()).select_from(m.UserAccount))

    def setup(self, username: str, password: str, *, jurisdiction: str = "440000", name: str = "") -> Actor:
        """Create the first commission administrator and sign them in. Only on a database without users.

        Raises ValidationError (bad username, weak password, unknown jurisdiction) and ConflictError
        (the database already has users).
        """
        username = validation.username(username)
        validation.password_strength(password)
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
                verify_password(_DUMMY_HASH, password)
                tx.audit("auth.login", "user", username, {"reason": "unknown user"}, outcome="failed")
                failure = AuthenticationError("用户名或密码错误", "password")
            elif user.disabled:
                tx.audit("auth.login", "user", user.id, {"reason": "disabled"}, outcome="failed")
                failure = AuthenticationError("该账户已停用，请联系卫生健康委", "username")
            elif user.locked_until is not None and user.locked_until > tx.now:
                until = user.locked_until.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
                tx.audit("auth.login", "user", user.id, {"reason": "locked"}, outcome="failed")
                failure = AuthenticationError(f"密码错误次数过多，账户已锁定至 {until}，请稍后再试", "password")
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
        """Change one's own password; clears the must-change flag.

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
            tx.audit("auth.change_password", "user", user.id)
            return actor_for(user, actor.token)


def _jurisdiction(code: str) -> str:
    code = (code or "").strip()
    if code == "000000":
        return code
    return validation.area_code(code, "jurisdiction")
