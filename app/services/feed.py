"""The change feed: what the signed-in actor may see changed after a cursor; NOTIFY wakes waiting clients."""

from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy import Integer, bindparam, func, select
from sqlalchemy.orm import Session

from app import models as m
from app.services.base import FEED_CHANNEL, SESSIONS_FEED, Service, Tx
from app.services.errors import AuthenticationError, EnvironmentFault, ValidationError
from app.services.permissions import COMMISSION, INSTITUTION, PHYSICIAN, covers, level_of
from app.services.types import Actor, Change

#: Most feed rows one ``since`` call reads.
MAX_BATCH = 500
_FEED = m.ChangeFeed.__table__
#: One page of the feed as plain rows (no ORM objects), built once: ``since`` binds the cursor and the size.
_SINCE = (
    select(_FEED.c.seq, _FEED.c.at, _FEED.c.table_name, _FEED.c.row_id, _FEED.c.kind, _FEED.c.jurisdiction,
           _FEED.c.institution_id, _FEED.c.physician_id)
    .where(_FEED.c.seq > bindparam("after", type_=_FEED.c.seq.type))
    .order_by(_FEED.c.seq)
    .limit(bindparam("count", type_=Integer))
)
#: Longest ``wait`` in seconds (a long poll through the desk server stays below proxies' idle limits).
MAX_WAIT = 60


class FeedService(Service):
    """desk.feed: ``since(actor, cursor)`` lists what changed that the actor may see; ``wait`` blocks until
    there may be more. Every call needs a signed-in actor (AuthenticationError otherwise)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._listener: Any = None
        self._lock = threading.Lock()

    def head(self, actor: Actor) -> int:
        """The newest sequence number (0 on an empty feed): a new client's starting cursor.

        Raises AuthenticationError (not signed in, session expired).
        """
        with self.read(_signed_in(actor), "feed.head") as tx:
            tx.principal  # noqa: B018 - resolves the session or raises
            return _head(tx.session)

    def since(self, actor: Actor, cursor: int, limit: int = MAX_BATCH) -> tuple[list[Change], int]:
        """Changes after ``cursor`` (at most ``limit`` rows read) that concern what the actor may see, and
        the new cursor (it moves past the changes the actor may not see too).

        A commission sees changes in its jurisdiction (national: all), an institution those of its own
        institution, a physician their own. Raises AuthenticationError, ValidationError (cursor, limit).
        """
        after = _int(cursor, "cursor", 0)
        count = min(_int(limit, "limit", 1), MAX_BATCH)
        with self.read(_signed_in(actor), "feed.since", touch=False) as tx:  # watching is no sign of presence
            tx.principal  # noqa: B018 - resolves the session or raises
            rows = tx.session.connection().execute(_SINCE, {"after": after, "count": count}).all()
            new_cursor = rows[-1].seq if rows else after
            for r in rows:  # a session ended or an account changed in another process: forget it here
                if r.table_name == SESSIONS_FEED:
                    self.ctx.sessions.drop_user(r.row_id)
            changes = [
                Change(r.seq, r.at, r.table_name, r.row_id, r.kind, r.jurisdiction, r.institution_id,
                       r.physician_id)
                for r in rows
                if r.table_name != SESSIONS_FEED and _concerns(tx, r)
            ]
        return changes, new_cursor

    def wait(self, actor: Actor, timeout: float, cursor: int | None = None) -> bool:
        """Block until a change may have arrived (True) or ``timeout`` seconds passed (False); then call
        ``since``, which lists only what the actor may see.

        PostgreSQL: LISTEN on a dedicated connection, so another PC's commit wakes this one at once.
        SQLite: polls the newest sequence number five times a second. With ``cursor``, returns at once
        when changes after it already exist. Raises AuthenticationError, ValidationError (timeout).
        """
        if isinstance(timeout, bool) or not isinstance(timeout, int | float) or not 0 <= timeout <= MAX_WAIT:
            raise ValidationError(f"等待时间应为0至{MAX_WAIT}秒", "timeout")
        if cursor is not None:
            _int(cursor, "cursor", 0)
        start = self.head(actor)  # checks the session once, before waiting
        if self.ctx.db.is_postgres:
            return self._wait_notify(timeout, cursor)
        deadline = time.monotonic() + timeout
        if cursor is not None:
            start = cursor
        while True:
            if self._newest() > start:
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))

    def _newest(self) -> int:
        with self.read(None, "feed.wait", touch=False) as tx:  # a lost connection becomes an EnvironmentFault
            return _head(tx.session)

    def _wait_notify(self, timeout: float, cursor: int | None) -> bool:
        import psycopg

        try:
            with self._lock:
                if self._listener is None or self._listener.closed:
                    url = self.ctx.db.engine.url.set(drivername="postgresql")
                    self._listener = psycopg.connect(
                        url.render_as_string(hide_password=False), autocommit=True,
                        **self.ctx.db.listener_connect_args(),
                    )
                    self._listener.execute(f"LISTEN {FEED_CHANNEL}")
                listener = self._listener
            if cursor is not None and self._newest() > cursor:
                return True
            for note in listener.notifies(timeout=timeout, stop_after=1):
                table, _, row_id = str(note.payload).partition(":")
                if table == SESSIONS_FEED and row_id.isdigit():  # forget an ended session at once
                    self.ctx.sessions.drop_user(int(row_id))
                return True
            return False
        except psycopg.Error as exc:  # the server restarted or the network went: listen anew next time
            self._close()
            fault = EnvironmentFault("连接中断，正在重试；如仍失败，请检查网络")
            fault.connection_lost = True  # type: ignore[attr-defined]
            raise fault from exc

    def _close(self) -> None:
        """Close the LISTEN connection (``Desk.close``)."""
        with self._lock:
            if self._listener is not None:
                try:
                    self._listener.close()
                except Exception:  # noqa: BLE001 - a broken connection closes anyway
                    pass
                self._listener = None


def _signed_in(actor: Actor) -> Actor:
    if not isinstance(actor, Actor):
        raise AuthenticationError("请先登录")
    return actor


def _int(value: object, name: str, low: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value < 2**63:
        raise ValidationError(f"参数「{name}」无效：「{value}」", name)
    return value


def _head(session: Session) -> int:
    return int(session.scalar(select(func.coalesce(func.max(m.ChangeFeed.seq), 0))) or 0)


def _concerns(tx: Tx, row: Any) -> bool:
    p = tx.principal
    if p.role == COMMISSION:
        return covers(p.jurisdiction, row.jurisdiction) or level_of(p.jurisdiction or "") == "nation"
    if p.role == INSTITUTION:
        return bool(row.institution_id == p.institution_id)
    if p.role == PHYSICIAN:
        return bool(row.physician_id == p.physician_id)
    return False
