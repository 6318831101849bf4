"""A lost connection is invisible to the clerk: after the server ended the desk's connections reads just work
(retried once on a fresh connection), a write cut off before COMMIT is reported as not done and never run
twice, and every path without a database says so with an EnvironmentFault, not the driver's error."""

from __future__ import annotations

import time
from typing import Any

import psycopg
import pytest
from conftest import ADMIN_PASSWORD, _plain
from sqlalchemy import create_engine, func, select, text

from app import models as m
from app.services import EnvironmentFault, open_desk, sms
from app.services.base import Service


def _end_backends(url: str, pid: int | None = None) -> None:
    """pg_terminate_backend on the desk's connections (all of this database's but ours, or one)."""
    with psycopg.connect(_plain(url), autocommit=True) as conn:
        where = "pid = %s" if pid else "datname = current_database() AND pid <> pg_backend_pid()"
        conn.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE {where}",
                     (pid,) if pid else None)
        for _ in range(100):  # until they are gone
            left = conn.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid()" + (f" AND pid = {int(pid)}" if pid else "")).fetchone()
            if left is not None and left[0] == 0:
                return
            time.sleep(0.05)


class Probe(Service):
    """A service whose connection is ended by the server in the middle of its first call."""

    url = ""
    calls = 0

    def read_cut_off(self) -> int:
        self.calls += 1
        with self.read(None) as tx:
            pid = tx.session.execute(text("SELECT pg_backend_pid()")).scalar()
            if self.calls == 1:
                _end_backends(self.url, pid)
            return int(tx.session.scalar(select(func.count()).select_from(m.UserAccount)) or 0)

    def write_cut_off(self) -> None:
        self.calls += 1
        with self.write(None) as tx:
            tx.session.execute(text("INSERT INTO calendar_days (day, is_workday, note) "
                                    "VALUES ('2031-01-01', true, 'probe')"))
            pid = tx.session.execute(text("SELECT pg_backend_pid()")).scalar()
            _end_backends(self.url, pid)
            tx.session.execute(text("SELECT 1"))


@pytest.mark.postgres
def test_after_the_server_ended_every_connection_the_next_calls_just_work(pg_url: str) -> None:
    desk = open_desk(pg_url)
    try:
        admin = desk.setup("gdadmin", ADMIN_PASSWORD)
        hospital_count = desk.accounts.institutions(admin).total
        desk.feed.wait(admin, 0.05)  # the LISTEN connection is open too
        _end_backends(pg_url)
        assert desk.feed.head(admin) >= 0
        assert desk.auth.needs_setup() is False
        assert desk.accounts.institutions(admin).total == hospital_count
        assert desk.feed.wait(admin, 0.05) in (True, False)
        assert desk.sms.deliver_pending().failed == 0
        assert desk.auth.login("gdadmin", ADMIN_PASSWORD).role == "commission"  # writes too
    finally:
        desk.close()


@pytest.mark.postgres
def test_a_read_cut_off_midway_is_run_once_more_on_a_fresh_connection(pg_url: str) -> None:
    desk = open_desk(pg_url)
    try:
        desk.setup("gdadmin", ADMIN_PASSWORD)
        probe = Probe(desk.ctx)
        probe.url = pg_url
        assert probe.read_cut_off() == 1
        assert probe.calls == 2
    finally:
        desk.close()


@pytest.mark.postgres
def test_a_write_cut_off_before_commit_is_reported_not_done_and_not_retried(pg_url: str) -> None:
    desk = open_desk(pg_url)
    try:
        probe = Probe(desk.ctx)
        probe.url = pg_url
        with pytest.raises(EnvironmentFault, match="没有完成（没有保存任何内容）"):
            probe.write_cut_off()
        assert probe.calls == 1
        with desk.db.read() as s:
            assert s.scalar(select(func.count()).select_from(m.CalendarDay)) == 0
    finally:
        desk.close()


def _unreachable(desk: Any, url: str) -> None:
    """Point the open desk at a database that cannot be reached."""
    bad = create_engine(url)
    desk.db.engine = bad
    desk.db._read.configure(bind=bad)
    desk.db._write.configure(bind=bad.execution_options(regdesk_immediate=True))
    desk.feed._close()


def test_every_path_without_a_database_raises_an_environment_fault(db_url: str, tmp_path: Any) -> None:
    desk = open_desk(db_url)
    try:
        admin = desk.setup("gdadmin", ADMIN_PASSWORD)
        if desk.db.is_postgres:
            _unreachable(desk, "postgresql+psycopg://postgres@127.0.0.1:1/regdesk")
        else:
            _unreachable(desk, f"sqlite:///{tmp_path}/no/such/dir/desk.db")
        calls = [
            lambda: desk.feed.head(admin),
            desk.auth.needs_setup,
            lambda: desk.feed.wait(admin, 0.05, 0),
            desk.sms.deliver_pending,
            lambda: sms.deliver_pending(desk.ctx),
            lambda: desk.cases.queue(admin),
            lambda: desk.auth.login("gdadmin", ADMIN_PASSWORD),
        ]
        for call in calls:
            with pytest.raises(EnvironmentFault):
                call()
    finally:
        desk.close()
