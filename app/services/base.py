"""The unit of work every service method runs in: resolve the caller, check, write, audit, feed, commit.

One service call is one transaction (``Service.write``). A refused call writes nothing; a permission
refusal is then audited in a transaction of its own.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import socket
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import models as m
from app.db import Database
from app.services.contract import CHINA as CHINA  # re-exported: services import it from here
from app.services.errors import (
    AuthenticationError,
    ConflictError,
    DomainError,
    EnvironmentFault,
    PermissionDenied,
)
from app.services.permissions import Principal
from app.services.types import Actor

Clock = Callable[[], dt.datetime]
FEED_CHANNEL = "regdesk_feed"


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SmsSender(Protocol):
    """Delivers one SMS; raises on failure. The default sender only records the message in the outbox."""

    def send(self, phone: str, body: str) -> None: ...


class RecordingSender:
    """The default sender: keeps messages in the outbox only (a gateway can be plugged in later)."""

    def send(self, phone: str, body: str) -> None:
        return None


@dataclass
class Context:
    """What every service shares: the database, the clock, the SMS sender, the name of this PC."""

    db: Database
    clock: Clock = system_clock
    sms_sender: SmsSender = field(default_factory=RecordingSender)
    workstation: str = field(default_factory=socket.gethostname)

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        """Today's date in China."""
        return self.clock().astimezone(CHINA).date()


class Tx:
    """One open transaction of one service call, with the resolved caller."""

    def __init__(self, ctx: Context, session: Session, principal: Principal | None) -> None:
        self.ctx = ctx
        self.session = session
        self._principal = principal
        self.now = ctx.now()
        self.today = self.now.astimezone(CHINA).date()
        self.changes: list[tuple[str, int, str]] = []

    @property
    def principal(self) -> Principal:
        if self._principal is None:
            raise AuthenticationError("请先登录")
        return self._principal

    def audit(
        self,
        action: str,
        object_type: str = "",
        object_id: object = "",
        detail: dict[str, Any] | None = None,
        outcome: str = "ok",
    ) -> None:
        p = self._principal
        self.session.add(
            m.AuditEvent(
                at=self.now,
                user_id=p.user_id if p else None,
                username=p.username if p else "",
                role=p.role if p else "",
                action=action,
                object_type=object_type,
                object_id=str(object_id),
                outcome=outcome,
                workstation=self.ctx.workstation,
                detail=detail or {},
            )
        )

    def feed(
        self,
        table: str,
        row_id: int,
        kind: str,
        *,
        jurisdiction: str | None = None,
        institution_id: int | None = None,
        physician_id: int | None = None,
    ) -> None:
        """Append a change-feed entry; on PostgreSQL a NOTIFY goes out when the transaction commits."""
        self.session.add(
            m.ChangeFeed(
                at=self.now,
                table_name=table,
                row_id=row_id,
                kind=kind,
                jurisdiction=jurisdiction,
                institution_id=institution_id,
                physician_id=physician_id,
                user_id=self._principal.user_id if self._principal else None,
            )
        )
        self.changes.append((table, row_id, kind))
        if self.session.get_bind().dialect.name == "postgresql":
            self.session.execute(
                text("SELECT pg_notify(:c, :p)"), {"c": FEED_CHANNEL, "p": f"{table}:{row_id}"}
            )


def resolve_principal(session: Session, actor: Actor, now: dt.datetime) -> Principal:
    """The caller as the database knows them, from the actor's session token."""
    if not actor.token:
        raise AuthenticationError("登录凭据无效，请重新登录")
    row = session.execute(
        select(m.UserAccount, m.AuthSession)
        .join(m.AuthSession, m.AuthSession.user_id == m.UserAccount.id)
        .where(m.AuthSession.token_hash == hash_token(actor.token))
    ).first()
    if row is None:
        raise AuthenticationError("登录凭据无效，请重新登录")
    user, auth = row
    if auth.revoked or auth.expires_at <= now:
        raise AuthenticationError("登录已过期，请重新登录")
    if user.disabled:
        raise AuthenticationError("该账户已停用，请联系卫生健康委")
    return Principal.of(user)


class Service:
    """Base of every service: holds the context and opens one transaction per call."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @contextmanager
    def write(self, actor: Actor | None, action: str = "") -> Iterator[Tx]:
        """One writing transaction. Commits when the block ends, rolls back on any exception."""
        with self._transaction(actor, action, write=True) as tx:
            yield tx

    @contextmanager
    def read(self, actor: Actor | None, action: str = "") -> Iterator[Tx]:
        """One reading transaction (permission refusals are still audited)."""
        with self._transaction(actor, action, write=False) as tx:
            yield tx

    @contextmanager
    def _transaction(self, actor: Actor | None, action: str, *, write: bool) -> Iterator[Tx]:
        opener = self.ctx.db.write if write else self.ctx.db.read
        principal: Principal | None = None
        try:
            with opener() as session:
                now = self.ctx.now()
                if actor is not None:
                    principal = resolve_principal(session, actor, now)
                tx = Tx(self.ctx, session, principal)
                yield tx
        except PermissionDenied as refusal:
            self._audit_refusal(principal, action, refusal)
            raise
        except DomainError:
            raise
        except StaleDataError as exc:
            raise ConflictError("该记录已被其他用户修改，请刷新后重试") from exc
        except IntegrityError as exc:
            raise ConflictError("数据与已有记录冲突（可能已被其他用户登记），请刷新后重试") from exc
        except OperationalError as exc:
            raise EnvironmentFault(_environment_message(exc)) from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise EnvironmentFault("与数据库的连接已断开，请检查网络后重试") from exc
            raise

    def _audit_refusal(self, principal: Principal | None, action: str, refusal: PermissionDenied) -> None:
        try:
            with self.ctx.db.write() as session:
                tx = Tx(self.ctx, session, principal)
                tx.audit(action or "permission", outcome="refused", detail={"message": refusal.message,
                                                                              "field": refusal.field})
        except Exception:  # noqa: BLE001 - the refusal itself must still reach the caller
            pass


def _environment_message(exc: OperationalError) -> str:
    text_ = str(exc.orig).lower() if exc.orig is not None else str(exc).lower()
    if "locked" in text_ or "busy" in text_:
        return "数据库正忙（其他电脑正在写入），请稍后重试"
    if "read-only" in text_ or "readonly" in text_:
        return "数据库为只读，无法保存，请联系管理员"
    if "disk" in text_ and "full" in text_:
        return "磁盘已满，无法保存，请联系管理员"
    return "无法连接数据库，请检查网络或联系管理员后重试"
