"""Opening a desk when the database server is away or drops the connection while the schema is checked:
the clerk gets a Chinese EnvironmentFault (main.py shows it), never the driver's own error."""

from __future__ import annotations

import threading
import time

import pytest
from conftest import drop_pg_database, make_pg_database
from sqlalchemy.exc import OperationalError

from app import db as db_module
from app.services import EnvironmentFault, open_desk


def test_a_server_that_does_not_answer_is_a_chinese_environment_fault() -> None:
    with pytest.raises(EnvironmentFault, match="无法连接数据库") as refused:
        open_desk("postgresql+psycopg://postgres@127.0.0.1:1/regdesk")
    assert not isinstance(refused.value, OperationalError)


def test_a_connection_dropped_during_the_schema_check_says_nothing_was_saved(
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    def dropped(_engine: object, revision: str = "head") -> None:
        raise OperationalError("SELECT version_num FROM alembic_version", {},
                               Exception("server closed the connection unexpectedly"),
                               connection_invalidated=True)

    monkeypatch.setattr(db_module, "upgrade_to_head", dropped)
    with pytest.raises(EnvironmentFault, match="打开数据库时连接中断（没有保存任何内容）") as refused:
        open_desk(f"sqlite:///{tmp_path / 'desk.db'}")
    assert getattr(refused.value, "connection_lost", False)


@pytest.mark.postgres
def test_postgresql_killing_the_migrating_connection_gives_the_same_fault(
        pg_url: str, pg_server_url: str) -> None:
    import psycopg

    base = pg_server_url  # pg_url: fails (or skips) as every PostgreSQL test does without a server
    url, name = make_pg_database(base)
    stop = threading.Event()
    plain = base.replace("postgresql+psycopg://", "postgresql://")

    def kill() -> None:  # what a dropped network does to the PC's connection, every 20 ms until opened
        with psycopg.connect(plain, autocommit=True) as conn:
            while not stop.is_set():
                conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                             "WHERE datname = %s AND pid <> pg_backend_pid()", (name,))
                time.sleep(0.02)

    killer = threading.Thread(target=kill, daemon=True)
    killer.start()
    try:
        with pytest.raises(EnvironmentFault, match="连接中断|无法连接数据库"):
            for _ in range(20):  # a migration from nothing takes far longer than 20 ms: it is cut
                open_desk(url).close()
    finally:
        stop.set()
        killer.join(5)
        drop_pg_database(base, name)
