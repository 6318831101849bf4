"""The fixed cost of a service call (issue 19, round 4): the services' Session runs a column-only SELECT
built once on its connection when the ORM would add nothing, reuses a read's closed Session, sends
SQLite's read BEGIN on the driver; the caller's session is one Core statement built once. Same rows, same
checks, same writes as the ORM's way."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import OperationalError

from app import models as m
from app.db import Database, PlainSession
from app.services import base
from app.services.base import _SESSION_ROW, _TOUCH


@pytest.fixture
def db(db_url: str) -> Any:
    database = Database(db_url)
    with database.write() as session:
        session.add(m.UserAccount(username="clerk", password_hash="x", role="commission",
                                  jurisdiction="440000", display_name="张三"))
    try:
        yield database
    finally:
        database.dispose()


def _orm_paths(session: Any) -> list[str]:
    """Statements that go the ORM's way in ``session`` (its do_orm_execute hook sees them)."""
    seen: list[str] = []
    event.listen(session, "do_orm_execute", lambda state: seen.append(str(state.statement)))
    return seen


def test_a_column_select_built_once_runs_on_the_connection_with_the_orm_rows(db: Database) -> None:
    stmt = select(m.UserAccount.id, m.UserAccount.username, m.UserAccount.display_name).where(
        m.UserAccount.username == "clerk"
    )
    with db.read() as session:
        orm_rows = [tuple(r) for r in super(PlainSession, session).execute(stmt).all()]  # type: ignore[misc]
        seen = _orm_paths(session)
        rows = session.execute(stmt).all()
        assert [tuple(r) for r in rows] == orm_rows and rows[0].username == "clerk"
        assert session.scalar(stmt) == orm_rows[0][0]
        assert list(session.scalars(stmt)) == [orm_rows[0][0]]
        assert session.scalar(text("SELECT count(*) FROM user_accounts")) == 1
        assert seen == []  # none of them took the ORM's way


def test_objects_a_statement_built_per_call_and_pending_writes_take_the_orms_way(db: Database) -> None:
    built_once = select(func.count()).select_from(m.UserAccount)
    with db.write() as session:
        session.execute(built_once).all()  # first run: the ORM's way, its cache key now on the statement
        seen = _orm_paths(session)
        assert session.scalar(select(m.UserAccount).where(m.UserAccount.username == "clerk")) is not None
        assert len(seen) == 1  # an entity
        session.execute(select(m.UserAccount.id).where(m.UserAccount.id > 0)).all()
        assert len(seen) == 2  # built for this call
        session.add(m.UserAccount(username="clerk2", password_hash="x", role="commission"))
        assert session.scalar(built_once) == 2  # pending object: autoflushed first, as the ORM does
        assert len(seen) == 3
    with db.read() as session:
        seen = _orm_paths(session)
        assert session.scalar(built_once) == 2
        assert seen == []


def test_a_reads_session_is_reused_clean_and_a_failed_one_is_not(db: Database) -> None:
    with db.read() as first:
        user = first.scalar(select(m.UserAccount).where(m.UserAccount.username == "clerk"))
        assert user in first
    with db.read() as second:
        assert second is first
        assert len(second.identity_map) == 0 and not second.info
        with db.read() as nested:  # a read inside a read has its own
            assert nested is not second
    with pytest.raises(RuntimeError), db.read() as failing:
        raise RuntimeError("boom")
    with db.read() as after:
        assert after is not failing


def test_a_sqlite_read_begin_failure_arrives_as_a_database_error(tmp_path: Any) -> None:
    database = Database(f"sqlite:///{tmp_path / 'begin.db'}")
    try:
        with database.engine.connect() as conn:
            conn.connection.driver_connection.execute("BEGIN")  # type: ignore[union-attr]
            with pytest.raises(OperationalError, match="within a transaction"):
                conn.execute(text("SELECT 1"))  # the read's BEGIN, sent on the driver, fails
    finally:
        database.dispose()


def test_the_callers_session_is_read_with_one_statement_built_once() -> None:
    assert base._SESSION_ROW is _SESSION_ROW and base._TOUCH is _TOUCH
    columns = [c.name for c in _SESSION_ROW.selected_columns]
    assert columns[:10] == ["id", "username", "role", "institution_id", "physician_id", "jurisdiction",
                            "display_name", "is_admin", "activated", "must_change_password"]
    assert columns[10:] == ["disabled", "revoked", "expires_at", "created_at", "last_seen_at"]
    assert "password_hash" not in columns
