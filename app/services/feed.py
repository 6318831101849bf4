"""The change feed: what changed after a cursor; on PostgreSQL LISTEN/NOTIFY wakes a waiting client."""

from __future__ import annotations

import threading
import time
from typing import Any

from sqlalchemy import func, select

from app import models as m
from app.services.base import FEED_CHANNEL, Service, Tx
from app.services.errors import EnvironmentFault
from app.services.permissions import COMMISSION, INSTITUTION, PHYSICIAN, covers, level_of
from app.services.types import Actor, Change


class FeedService(Service):
    """``since(cursor)`` lists changes after a cursor; ``wait(timeout)`` blocks until there may be more."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._listener: Any = None
        self._lock = threading.Lock()

    def head(self) -> int:
        """The newest sequence number (0 on an empty feed): a new client's starting cursor."""
        with self.read(None, "feed.head") as tx:
            return int(tx.session.scalar(select(func.coalesce(func.max(m.ChangeFeed.seq), 0))) or 0)

    def since(self, cursor: int, actor: Actor | None = None, limit: int = 500) -> tuple[list[Change], int]:
        """Changes after ``cursor`` (at most ``limit``) and the new cursor.

        With an actor, only changes that concern what the actor may see are listed (the cursor still
        moves past the others).
        """
        with self.read(actor, "feed.since", touch=False) as tx:  # watching is no sign of presence
            rows = tx.session.scalars(
                select(m.ChangeFeed).where(m.ChangeFeed.seq > cursor).order_by(m.ChangeFeed.seq).limit(limit)
            ).all()
            new_cursor = rows[-1].seq if rows else cursor
            changes = [
                Change(r.seq, r.at, r.table_name, r.row_id, r.kind, r.jurisdiction, r.institution_id,
                       r.physician_id)
                for r in rows
                if actor is None or _concerns(tx, r)
            ]
        return changes, new_cursor

    def wait(self, timeout: float, cursor: int | None = None) -> bool:
        """Block until a change may have arrived (True) or ``timeout`` seconds passed (False).

        PostgreSQL: LISTEN on a dedicated connection, so another PC's commit wakes this one at once.
        SQLite: polls the newest sequence number five times a second. With ``cursor``, returns at once
        when changes after it already exist.
        """
        if self.ctx.db.is_postgres:
            return self._wait_notify(timeout, cursor)
        deadline = time.monotonic() + timeout
        start = self.head() if cursor is None else cursor
        while True:
            if self.head() > start:
                return True
            if time.monotonic() >= deadline:
                return False
            time.sleep(min(0.2, max(0.0, deadline - time.monotonic())))

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
            if cursor is not None and self.head() > cursor:
                return True
            for _ in listener.notifies(timeout=timeout, stop_after=1):
                return True
            return False
        except psycopg.Error as exc:  # the server restarted or the network went: listen anew next time
            self.close()
            fault = EnvironmentFault("连接中断，正在重试；如仍失败，请检查网络")
            fault.connection_lost = True  # type: ignore[attr-defined]
            raise fault from exc

    def close(self) -> None:
        with self._lock:
            if self._listener is not None:
                try:
                    self._listener.close()
                except Exception:  # noqa: BLE001 - a broken connection closes anyway
                    pass
                self._listener = None


def _concerns(tx: Tx, row: m.ChangeFeed) -> bool:
    p = tx.principal
    if p.role == COMMISSION:
        return covers(p.jurisdiction, row.jurisdiction) or level_of(p.jurisdiction or "") == "nation"
    if p.role == INSTITUTION:
        return row.institution_id == p.institution_id
    if p.role == PHYSICIAN:
        return row.physician_id == p.physician_id
    return False
