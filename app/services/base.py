"""The unit of work every service method runs in: resolve the caller, check, write, audit, feed, commit.

One service call is one transaction (``Service.write``). A refused call writes nothing; a permission
refusal is then audited in a transaction of its own.

Database trouble becomes an EnvironmentFault with a Chinese message. A call that only read and lost its
connection (a restarted server, an ended backend) is run once more on a fresh connection; a call that
wrote is never run again: it is reported as not done (or, when the connection broke during COMMIT, as
not known to be done).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import inspect
import logging
import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Table, TextClause, bindparam, func, select, text, update
from sqlalchemy import insert as sa_insert
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app import models as m
from app.db import Database
from app.services import audit
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

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]
FEED_CHANNEL = "regdesk_feed"
#: A session ends after this long without a call (REGDESK_SESSION_IDLE_MINUTES overrides it).
SESSION_IDLE = dt.timedelta(minutes=30)
#: A session's last call is written down at most this often (one small UPDATE, not one per call).
TOUCH_EVERY = dt.timedelta(seconds=60)
BUSY_ELSEWHERE = "另一窗口正在办理，请稍后重试"
#: How long a session resolved from the database is reused by *reads* in this process without asking the
#: database again: the staleness bound. A session ended in this process (sign-out, password change,
#: disabled account, password reset) stops at once; one ended in another process stops here when this
#: process next reads the change feed (the windows do at least once a second; a desk server's long poll
#: at once on PostgreSQL), and at the latest after these seconds. Writes always ask the database.
SESSION_CACHE_SECONDS = 5.0
#: The change feed's table for "this user's sessions or account changed" (not shown to any client).
SESSIONS_FEED = "auth_sessions"
_ACCOUNTS_CHANGED = "regdesk_accounts_changed"


def default_session_idle() -> dt.timedelta:
    raw = os.environ.get("REGDESK_SESSION_IDLE_MINUTES")
    return dt.timedelta(minutes=float(raw)) if raw else SESSION_IDLE


def system_clock() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class SmsSender(Protocol):
    """Delivers one SMS; raises on failure. The real one is the commission's HTTP gateway
    (app.services.sms.HttpGateway, built from the gateway settings when ``Context.sms_sender`` is None)."""

    def send(self, phone: str, body: str) -> None: ...


class RecordingSender:
    """A stand-in gateway for tests and demonstrations that accepts every message and keeps the text as
    sent in this process's memory only (the last 100), never written anywhere. Never the default: without
    a configured gateway nothing is marked sent."""

    def __init__(self) -> None:
        from collections import deque

        self.sent: deque[tuple[str, str]] = deque(maxlen=100)

    def send(self, phone: str, body: str) -> None:
        self.sent.append((phone, body))


#: The office PC a desk server is answering for, set per request by the server (app.server.app) from the
#: client's ``X-Regdesk-Workstation`` header and address; unset on a PC's own desk.
client_workstation: ContextVar[str | None] = ContextVar("client_workstation", default=None)


class SecretStore(Protocol):
    """Where the SMS gateway's secret is kept: this PC's keyring, or the desk server's settings; never
    the database. ``place`` is "keyring", "server" or "memory"; ``changeable`` False where the secret is
    set outside the program (the server's environment)."""

    place: str
    changeable: bool

    def get(self) -> str | None: ...

    def set(self, secret: str | None) -> None: ...


def default_secret_store() -> SecretStore:
    from app.services.sms import default_secret_store as make

    return make()


@dataclass(frozen=True, slots=True)
class SessionTimes:
    """A session's times as its row holds them (what the idle limit and the lifetime are checked on)."""

    expires_at: dt.datetime
    created_at: dt.datetime
    last_seen_at: dt.datetime | None


@dataclass
class _Resolved:
    principal: Principal
    expires_at: dt.datetime
    created_at: dt.datetime
    last_seen_at: dt.datetime | None
    until: float  # monotonic time after which the database is asked again


class SessionCache:
    """Sessions resolved from the database, per token hash, reused by reads for ``ttl`` seconds.

    Only ever more cautious than the database for what the cache holds itself: the absolute lifetime and
    the idle limit are checked against the cached times at every call, and whenever the cached entry
    would refuse (its last use is older than the idle limit: another process may have noted a later one)
    the database is asked. What the cache cannot see is a session ended elsewhere: ``drop_user`` (from
    this process's commits and from the change feed) and ``ttl`` bound that.
    """

    def __init__(
        self, ttl: float = SESSION_CACHE_SECONDS, monotonic: Callable[[], float] | None = None
    ) -> None:
        import time

        self.ttl = ttl
        self.monotonic = monotonic or time.monotonic
        self._entries: dict[str, _Resolved] = {}
        self._lock = threading.Lock()

    def get(self, token_hash: str, now: dt.datetime, idle: dt.timedelta) -> tuple[Principal, bool] | None:
        """(principal, whether its use should be noted now), or None: ask the database."""
        entry = self._entries.get(token_hash)
        if entry is None or self.monotonic() >= entry.until:
            return None
        if entry.expires_at <= now or (entry.last_seen_at or entry.created_at) + idle <= now:
            return None
        stale = entry.last_seen_at is None or entry.last_seen_at <= now - TOUCH_EVERY
        return entry.principal, stale

    def put(self, token_hash: str, principal: Principal, times: SessionTimes) -> None:
        entry = _Resolved(
            principal, times.expires_at, times.created_at, times.last_seen_at, self.monotonic() + self.ttl
        )
        with self._lock:
            self._entries[token_hash] = entry
            if len(self._entries) > 10_000:  # a desk server with many clients: forget the oldest half
                for key in list(self._entries)[:5_000]:
                    del self._entries[key]

    def touched(self, token_hash: str, now: dt.datetime) -> None:
        entry = self._entries.get(token_hash)
        if entry is not None:
            entry.last_seen_at = now

    def drop_user(self, user_id: int) -> None:
        with self._lock:
            for key in [k for k, e in self._entries.items() if e.principal.user_id == user_id]:
                del self._entries[key]

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()


def accounts_changed(session: Session, user_id: int) -> None:
    """Note that a user's sessions or account changed in this transaction (a bulk UPDATE the ORM does not
    see): the change feed says so and every process's SessionCache forgets the user's sessions."""
    session.info.setdefault(_ACCOUNTS_CHANGED, set()).add(user_id)


#: Attributes whose change alters a resolved session (the Principal's fields, the account's state).
_ACCOUNT_FIELDS = (
    "username", "role", "institution_id", "physician_id", "jurisdiction", "display_name", "is_admin",
    "activated", "must_change_password", "disabled", "password_hash",
)


def _changed_accounts(session: Session) -> set[int]:
    from sqlalchemy import inspect as sa_inspect

    users: set[int] = set(session.info.pop(_ACCOUNTS_CHANGED, ()))
    for obj in session.dirty:
        if isinstance(obj, m.UserAccount):
            attrs = sa_inspect(obj).attrs
            if any(name in attrs.keys() and attrs[name].history.has_changes() for name in _ACCOUNT_FIELDS):
                users.add(obj.id)
        elif isinstance(obj, m.AuthSession):
            attrs = sa_inspect(obj).attrs
            if attrs["revoked"].history.has_changes() or attrs["expires_at"].history.has_changes():
                users.add(obj.user_id)
    return users


@dataclass
class Context:
    """What every service shares: the database, the clock, the SMS sender, the name of this PC."""

    db: Database
    clock: Clock = system_clock
    #: None: the commission's HTTP gateway as configured (nothing is sent without one).
    sms_sender: SmsSender | None = None
    #: Where the gateway's secret is (keyring on a PC, the settings of a desk server).
    sms_secret_store: SecretStore = field(default_factory=default_secret_store)
    workstation: str = field(default_factory=socket.gethostname)
    #: A session unused this long has ended (the absolute limit is auth.SESSION_LIFETIME).
    session_idle: dt.timedelta = field(default_factory=default_session_idle)
    #: Passwords of queued SMS (outbox id → text), in memory only until sent (app.services.sms).
    sms_secrets: dict[int, str] = field(default_factory=dict)
    #: Sessions resolved lately, reused by reads (see SESSION_CACHE_SECONDS).
    sessions: SessionCache = field(default_factory=SessionCache)

    def now(self) -> dt.datetime:
        return self.clock()

    def calling_workstation(self) -> str:
        """The PC the current call comes from: the client's, when a desk server answers for it."""
        return client_workstation.get() or self.workstation

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
        #: Change-feed rows not yet written: all of a transaction's entries go out in one statement
        #: (``flush_feed``), with their NOTIFYs on PostgreSQL, when the call's body ends.
        self._feed_rows: list[dict[str, Any]] = []
        #: Users whose sessions or account this transaction changed (the cache forgets them at COMMIT).
        self.accounts_changed: set[int] = set()

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
        audit.add_row(
            self.session,
            "audit_events",
            {
                "at": self.now,
                "user_id": p.user_id if p else None,
                "username": p.username if p else "",
                "role": p.role if p else "",
                "action": action,
                "object_type": object_type,
                "object_id": str(object_id),
                "outcome": outcome,
                "workstation": self.ctx.calling_workstation(),
                "detail": detail or {},
            },
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
        """Append a change-feed entry (written by ``flush_feed``, at the latest when the call's body ends);
        on PostgreSQL a NOTIFY goes out when the transaction commits."""
        self._feed_rows.append(
            {
                "at": self.now,
                "table_name": table,
                "row_id": row_id,
                "kind": kind,
                "jurisdiction": jurisdiction,
                "institution_id": institution_id,
                "physician_id": physician_id,
                "user_id": self._principal.user_id if self._principal else None,
            }
        )
        self.changes.append((table, row_id, kind))

    def flush_feed(self) -> None:
        """Write the pending change-feed entries: one multi-row INSERT; on PostgreSQL the same statement
        sends their NOTIFYs (a data-modifying CTE beside ``SELECT pg_notify(…), …``), delivered at COMMIT.
        One round trip for all of a call's entries instead of two per entry."""
        users = _changed_accounts(self.session) - self.accounts_changed
        for user_id in sorted(users):
            self.accounts_changed.add(user_id)
            self.feed(SESSIONS_FEED, user_id, "changed")
        rows, self._feed_rows = self._feed_rows, []
        if not rows:
            return
        if self.session.get_bind().dialect.name == "postgresql" and len(rows) <= _FEED_STATEMENT_ROWS:
            params: dict[str, Any] = {"channel": FEED_CHANNEL}
            for i, r in enumerate(rows):
                params.update({f"{c}_{i}": r[c] for c in _FEED_COLUMNS})
                params[f"note_{i}"] = f"{r['table_name']}:{r['row_id']}"
            self.session.connection().execute(_pg_feed_statement(len(rows)), params)
            return
        insert_rows = sa_insert(m.ChangeFeed).values(rows)
        if self.session.get_bind().dialect.name == "postgresql":
            notes = [func.pg_notify(FEED_CHANNEL, f"{r['table_name']}:{r['row_id']}") for r in rows]
            self.session.execute(select(*notes).add_cte(insert_rows.cte("feed_rows")))
        else:
            self.session.execute(insert_rows)


_FEED_COLUMNS = (
    "at", "table_name", "row_id", "kind", "jurisdiction", "institution_id", "physician_id", "user_id",
)
#: Up to this many entries the PostgreSQL feed statement is a prepared text per entry count (the
#: compiled-statement cache keeps it; the INSERT-in-a-CTE construct above has no cache key and was
#: compiled anew at every call); more entries (a bulk change) take the construct.
_FEED_STATEMENT_ROWS = 8


@functools.lru_cache(maxsize=_FEED_STATEMENT_ROWS)
def _pg_feed_statement(n: int) -> TextClause:
    """``WITH feed_rows AS (INSERT INTO change_feed … VALUES (…) × n) SELECT pg_notify(…) × n``."""
    columns = ", ".join(_FEED_COLUMNS)
    values = ", ".join("(" + ", ".join(f":{c}_{i}" for c in _FEED_COLUMNS) + ")" for i in range(n))
    notes = ", ".join(f"pg_notify(:channel, :note_{i})" for i in range(n))
    at_type = m.ChangeFeed.__table__.c.at.type
    return text(
        f"WITH feed_rows AS (INSERT INTO change_feed ({columns}) VALUES {values}) SELECT {notes}"
    ).bindparams(*[bindparam(f"at_{i}", type_=at_type) for i in range(n)])


IDLE_EXPIRED = "长时间未操作，登录已失效，请重新登录"


def resolve_principal(
    session: Session, actor: Actor, now: dt.datetime, idle: dt.timedelta = SESSION_IDLE
) -> Principal:
    """The caller as the database knows them, from the actor's session token.

    Raises AuthenticationError for an unknown or revoked token, a session past its absolute lifetime
    or unused for longer than ``idle``, and a disabled account.
    """
    return check_session(session, actor, now, idle)[0]


def check_session(
    session: Session, actor: Actor, now: dt.datetime, idle: dt.timedelta = SESSION_IDLE
) -> tuple[Principal, bool]:
    """``resolve_principal`` and whether the session's last use should be written down now."""
    principal, stale, _auth = _check_session(session, actor, now, idle)
    return principal, stale


def _check_session(
    session: Session, actor: Actor, now: dt.datetime, idle: dt.timedelta
) -> tuple[Principal, bool, SessionTimes]:
    if not actor.token:
        raise AuthenticationError("登录凭据无效，请重新登录")
    row = session.connection().execute(_SESSION_ROW, {"token_hash": hash_token(actor.token)}).first()
    if row is None:
        raise AuthenticationError("登录凭据无效，请重新登录")
    (user_id, username, role, institution_id, physician_id, jurisdiction, display_name, is_admin, activated,
     must_change_password, disabled, revoked, expires_at, created_at, last_seen_at) = row
    if revoked or expires_at <= now:
        raise AuthenticationError("登录已过期，请重新登录")
    if (last_seen_at or created_at) + idle <= now:
        raise AuthenticationError(IDLE_EXPIRED)
    if disabled:
        raise AuthenticationError("该账户已停用，请联系卫生健康委")
    stale = last_seen_at is None or last_seen_at <= now - TOUCH_EVERY
    principal = Principal(user_id, username, role, institution_id, physician_id, jurisdiction, display_name,
                          is_admin, activated, must_change_password)
    return principal, stale, SessionTimes(expires_at, created_at, last_seen_at)


_USERS: Table = m.UserAccount.__table__  # type: ignore[assignment]
_SESSIONS: Table = m.AuthSession.__table__  # type: ignore[assignment]
#: The caller's account and session in one statement, built once (its cache key and compiled form are
#: made once per process): the Principal's columns, the account's state and the session's times as plain
#: values, no ORM objects — every write runs it, and a read whose cached session is older than
#: SESSION_CACHE_SECONDS. Same order as ``Principal``'s fields, then ``disabled`` and the session.
_SESSION_ROW = (
    select(
        _USERS.c.id, _USERS.c.username, _USERS.c.role, _USERS.c.institution_id, _USERS.c.physician_id,
        _USERS.c.jurisdiction, _USERS.c.display_name, _USERS.c.is_admin, _USERS.c.activated,
        _USERS.c.must_change_password, _USERS.c.disabled,
        _SESSIONS.c.revoked, _SESSIONS.c.expires_at, _SESSIONS.c.created_at, _SESSIONS.c.last_seen_at,
    )
    .select_from(_SESSIONS.join(_USERS, _USERS.c.id == _SESSIONS.c.user_id))
    .where(_SESSIONS.c.token_hash == bindparam("token_hash"))
)
#: The session's last use written down when the one noted is a minute old or none (built once).
_TOUCH = (
    update(_SESSIONS)
    .where(
        _SESSIONS.c.token_hash == bindparam("session_token_hash"),
        _SESSIONS.c.last_seen_at.is_(None) | (_SESSIONS.c.last_seen_at <= bindparam("noted_before")),
    )
    .values(last_seen_at=bindparam("seen_at"))
)


def touch_session(session: Session, actor: Actor, now: dt.datetime) -> None:
    """Note that the session was used now (at most every TOUCH_EVERY, so most calls write nothing)."""
    session.connection().execute(
        _TOUCH,
        {"session_token_hash": hash_token(actor.token), "noted_before": now - TOUCH_EVERY, "seen_at": now},
    )


# --- database errors -------------------------------------------------------------------------------

#: Per thread: how deep in service calls we are and whether the outermost one opened a write.
_calls = threading.local()


def opening_fault(exc: DBAPIError) -> EnvironmentFault:
    """What a clerk is told when the database cannot be opened (nothing was written)."""
    fault = _fault(exc, write=False, committing=False)
    if getattr(fault, "connection_lost", False):
        fault = EnvironmentFault("打开数据库时连接中断（没有保存任何内容），请检查网络后重试")
        fault.connection_lost = True  # type: ignore[attr-defined]
    assert isinstance(fault, EnvironmentFault)
    return fault


def _fault(exc: DBAPIError, *, write: bool, committing: bool) -> DomainError:
    """The DomainError a driver error stands for (see the module docstring)."""
    sqlstate = getattr(getattr(exc, "orig", None), "sqlstate", None)
    if sqlstate == "55P03":  # lock_timeout: another PC holds the counter or the case row
        return EnvironmentFault(BUSY_ELSEWHERE)
    if sqlstate == "57014":  # statement_timeout
        return EnvironmentFault("数据库响应超时，这次操作没有完成，请稍后重试")
    lost = bool(exc.connection_invalidated) or sqlstate in ("25P03", "57P01", "57P02", "57P03") or (
        sqlstate is not None and sqlstate.startswith("08")
    )
    if lost:
        if write and committing:
            fault = EnvironmentFault("连接中断，无法确认这次操作是否已保存：请刷新后查看，再决定是否重做")
        elif write:
            fault = EnvironmentFault("连接中断，这次操作没有完成（没有保存任何内容），请重试")
        else:
            fault = EnvironmentFault("连接中断，正在重试；如仍失败，请检查网络")
        fault.connection_lost = True  # type: ignore[attr-defined]
        return fault
    if isinstance(exc, OperationalError):
        return EnvironmentFault(_environment_message(exc))
    return EnvironmentFault("数据库出错，这次操作没有完成，请稍后重试或联系管理员")


@contextmanager
def database_errors(*, write: bool) -> Iterator[None]:
    """Turn driver errors raised inside into EnvironmentFaults (for code outside ``Service.read/write``)."""
    if write:
        _calls.wrote = True
    try:
        yield
    except DBAPIError as exc:
        if isinstance(exc, IntegrityError):
            raise
        raise _fault(exc, write=write, committing=False) from exc


def _retry_lost_read(fn: Callable[..., Any]) -> Callable[..., Any]:
    """Run a public service method once more when it only read and its connection was lost."""

    @functools.wraps(fn)
    def call(self: Any, *args: Any, **kwargs: Any) -> Any:
        if getattr(_calls, "depth", 0):
            return fn(self, *args, **kwargs)
        _calls.depth, _calls.wrote = 1, False
        try:
            try:
                return fn(self, *args, **kwargs)
            except EnvironmentFault as fault:
                if not getattr(fault, "connection_lost", False) or _calls.wrote:
                    raise
            log.info("connection lost during %s; reading once more on a fresh connection", fn.__qualname__)
            _calls.wrote = False
            return fn(self, *args, **kwargs)
        finally:
            _calls.depth = 0

    return call


class Service:
    """Base of every service: holds the context and opens one transaction per call."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        """Every public method of a service retries once a read that lost its connection."""
        super().__init_subclass__(**kwargs)
        for name, value in list(vars(cls).items()):
            if (
                not name.startswith("_")
                and inspect.isfunction(value)
                and not inspect.isgeneratorfunction(value)
            ):
                setattr(cls, name, _retry_lost_read(value))

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    @contextmanager
    def write(self, actor: Actor | None, action: str = "") -> Iterator[Tx]:
        """One writing transaction. Commits when the block ends, rolls back on any exception."""
        with self._transaction(actor, action, write=True) as tx:
            yield tx

    @contextmanager
    def read(self, actor: Actor | None, action: str = "", *, touch: bool = True) -> Iterator[Tx]:
        """One reading transaction (permission refusals are still audited).

        ``touch=False``: the call is no sign of the user's presence (the change feed's polling) and does
        not keep the session from expiring when idle.
        """
        with self._transaction(actor, action, write=False, touch=touch) as tx:
            yield tx

    @contextmanager
    def _transaction(
        self, actor: Actor | None, action: str, *, write: bool, touch: bool = True
    ) -> Iterator[Tx]:
        opener = self.ctx.db.write if write else self.ctx.db.read
        principal: Principal | None = None
        tx: Tx | None = None
        body_done = stale = False
        if write:
            _calls.wrote = True
        try:
            with opener() as session:
                now = self.ctx.now()
                if actor is not None:
                    principal, stale = self._resolve(session, actor, now, write=write)
                    if write and touch and stale:
                        touch_session(session, actor, now)
                        self.ctx.sessions.touched(hash_token(actor.token), now)
                tx = Tx(self.ctx, session, principal)
                yield tx
                tx.flush_feed()
                body_done = True
        except PermissionDenied as refusal:
            self._audit_refusal(principal, action, refusal)
            raise
        except DomainError:
            raise
        except StaleDataError as exc:
            raise ConflictError("该记录已被其他用户修改，请刷新后重试") from exc
        except IntegrityError as exc:
            raise ConflictError("数据与已有记录冲突（可能已被其他用户登记），请刷新后重试") from exc
        except DBAPIError as exc:
            raise _fault(exc, write=write, committing=body_done) from exc
        if tx is not None and tx.accounts_changed:  # committed: forget them here (other processes: the feed)
            for user_id in tx.accounts_changed:
                self.ctx.sessions.drop_user(user_id)
        if actor is not None and not write and touch and stale:
            self._touch_after_read(actor)

    def _resolve(
        self, session: Session, actor: Actor, now: dt.datetime, *, write: bool
    ) -> tuple[Principal, bool]:
        """The caller: a read takes a session this process resolved less than SESSION_CACHE_SECONDS ago
        (no statement), a write always asks the database (and refreshes the cache)."""
        cache = self.ctx.sessions
        key = hash_token(actor.token) if actor.token else ""
        if not write and key:
            hit = cache.get(key, now, self.ctx.session_idle)
            if hit is not None:
                return hit
        principal, stale, times = _check_session(session, actor, now, self.ctx.session_idle)
        cache.put(key, principal, times)
        return principal, stale

    def _touch_after_read(self, actor: Actor) -> None:
        """A read is use too: note it (at most once a minute) in a short transaction of its own, best
        effort: a busy database only means the note is written at a later call."""
        try:
            now = self.ctx.now()
            with self.ctx.db.write() as session:
                touch_session(session, actor, now)
            self.ctx.sessions.touched(hash_token(actor.token), now)
        except DBAPIError:
            log.debug("could not note the session's use; done at a later call", exc_info=True)

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
