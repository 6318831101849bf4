"""The quick test databases of tests/conftest.py: every test starts on an empty database at the head
revision whose ids start at 1, whatever the test before it left behind."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import psycopg
import pytest
from conftest import ADMIN_PASSWORD, PG_ENV, DatabaseTemplates, FakeClock, _plain
from sqlalchemy import select
from support_accounts import institution_fields, row_counts

from app import models as m
from app.db import current_revision, head_revision
from app.services import open_desk


def _fill(url: str) -> dict[str, int]:
    """What a test leaves behind: an administrator, an institution, audit and feed rows."""
    desk = open_desk(url, clock=FakeClock(), workstation="test-pc")
    try:
        assert current_revision(desk.db.engine) == head_revision()
        assert set(row_counts(desk).values()) == {0}
        admin = desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
        info, _username, _initial = desk.accounts.create_institution(
            admin, **institution_fields("REG00000001")
        )
        assert info.id == 1
        return {table: n for table, n in row_counts(desk).items() if n}
    finally:
        desk.close()


def _first_ids(url: str) -> tuple[int, int, int]:
    desk = open_desk(url, clock=FakeClock(), workstation="test-pc")
    try:
        assert set(row_counts(desk).values()) == {0}
        admin = desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
        info, _username, _initial = desk.accounts.create_institution(
            admin, **institution_fields("REG00000002")
        )
        with desk.db.read() as s:
            user_id = s.scalar(select(m.UserAccount.id).where(m.UserAccount.username == "gdadmin"))
        return info.id, int(user_id or 0), desk.feed.head(admin)
    finally:
        desk.close()


def test_every_test_gets_an_empty_database_at_head_whose_ids_start_at_one(
    db_url: str, db_templates: DatabaseTemplates, tmp_path: Path
) -> None:
    left = _fill(db_url)
    assert {"user_accounts", "institutions", "audit_events", "change_feed", "sms_outbox"} <= set(left)
    if db_url.startswith("postgresql"):
        again = db_templates.pg_empty(os.environ[PG_ENV])
        assert again == db_url  # the same database, emptied
    else:
        again = db_templates.sqlite_copy(tmp_path / "again.db")
    institution_id, user_id, feed_head = _first_ids(again)
    assert (institution_id, user_id) == (1, 1)
    assert 0 < feed_head <= left["change_feed"]  # the feed's sequence started again too


@pytest.mark.postgres
def test_a_transaction_a_test_left_open_does_not_keep_the_next_test_waiting(pg_url: str) -> None:
    _fill(pg_url)
    templates = DatabaseTemplates(Path("."))
    stuck: Any = psycopg.connect(_plain(pg_url))  # a transaction holding row locks, never ended
    stuck.execute("SELECT * FROM user_accounts FOR UPDATE").fetchall()
    try:
        templates._empty(pg_url)
    finally:
        try:
            stuck.close()
        except psycopg.Error:
            pass  # ended by the emptying
    assert _first_ids(pg_url)[:2] == (1, 1)


@pytest.mark.postgres
def test_a_snapshot_gives_back_exactly_the_rows_and_sequences_taken(pg_url: str) -> None:
    """PgSnapshot (the permission matrix's world on PostgreSQL): what a test adds is gone, what it changed
    or deleted is back, the chained audit rows are back unchanged, and the next id is the one after the
    snapshot's, as on a CREATE DATABASE … TEMPLATE copy."""
    from conftest import PgSnapshot

    from app.services import audit

    def dump() -> dict[str, list[tuple[Any, ...]]]:
        with psycopg.connect(_plain(pg_url)) as conn:
            return {
                table: sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"').fetchall()))  # type: ignore[misc]
                for table in ("user_accounts", "institutions", "audit_events", "change_feed", "sms_outbox")
            }

    _fill(pg_url)
    taken = dump()
    snapshot = PgSnapshot(pg_url)
    desk = open_desk(pg_url, clock=FakeClock(), workstation="test-pc")
    try:
        admin = desk.auth.login("gdadmin", ADMIN_PASSWORD)
        desk.accounts.create_institution(admin, **institution_fields("REG00000003"))
    finally:
        desk.close()
    with psycopg.connect(_plain(pg_url)) as conn:
        conn.execute("UPDATE institutions SET name = '改过的名字' WHERE id = 1")
        conn.execute("SET session_replication_role = replica")  # past the refusal triggers, as a bug might
        conn.execute("DELETE FROM audit_events")
    assert dump() != taken

    snapshot.restore(pg_url)
    assert dump() == taken
    desk = open_desk(pg_url, clock=FakeClock(), workstation="test-pc")
    try:
        admin = desk.auth.login("gdadmin", ADMIN_PASSWORD)
        info, _username, _initial = desk.accounts.create_institution(
            admin, **institution_fields("REG00000004")
        )
        assert info.id == 2  # the institutions' sequence is back where it was taken, not at 3
        assert audit.verify(desk.db).ok  # the audit chain was put back whole and goes on from there
    finally:
        desk.close()
