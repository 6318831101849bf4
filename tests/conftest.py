"""Shared fixtures: a desk on SQLite and (when REGDESK_TEST_PG_URL is set) on PostgreSQL, a fake clock."""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
os.environ.setdefault("REGDESK_FAST_HASH", "1")  # cheapest argon2id parameters in tests only

import pytest  # noqa: E402

PG_ENV = "REGDESK_TEST_PG_URL"


class FakeClock:
    """An injectable clock: starts at 2026-11-24 09:00 China time and moves only when told."""

    def __init__(self, start: dt.datetime | None = None) -> None:
        self.now = start or dt.datetime(2026, 11, 24, 1, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


def _pg_base_url() -> str | None:
    return os.environ.get(PG_ENV) or None


def _skip_or_fail_without_pg() -> None:
    message = f"PostgreSQL not configured: set {PG_ENV}=postgresql+psycopg://user@host:port/db"
    if os.environ.get("REGDESK_REQUIRE_PG"):
        pytest.fail(message + " (REGDESK_REQUIRE_PG is set: CI must run the PostgreSQL tests)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_server_url() -> str | None:
    return _pg_base_url()


def make_pg_database(base_url: str) -> tuple[str, str]:
    """Create a database with a random name on the server; returns (url, name)."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base_url)
    name = f"regdesk_test_{uuid.uuid4().hex[:12]}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return url.set(database=name, drivername="postgresql+psycopg").render_as_string(hide_password=False), name


def drop_pg_database(base_url: str, name: str) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    admin = make_url(base_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A fresh, empty database URL: a SQLite file, or a new PostgreSQL database dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'desk.db'}"
        return
    base = _pg_base_url()
    if not base:
        _skip_or_fail_without_pg()
    url, name = make_pg_database(base)
    try:
        yield url
    finally:
        drop_pg_database(base, name)


@pytest.fixture
def pg_url(tmp_path) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """A fresh PostgreSQL database only (for tests of PostgreSQL-specific behaviour)."""
    base = _pg_base_url()
    if not base:
        _skip_or_fail_without_pg()
    url, name = make_pg_database(base)
    try:
        yield url
    finally:
        drop_pg_database(base, name)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def desk(db_url: str, clock: FakeClock):  # type: ignore[no-untyped-def]
    from app.services import open_desk

    d = open_desk(db_url, clock=clock, workstation="test-pc")
    try:
        yield d
    finally:
        d.close()


ADMIN_PASSWORD = "Admin#2026x"


@pytest.fixture
def admin(desk):  # type: ignore[no-untyped-def]
    """The first commission administrator (Guangdong provincial commission), signed in."""
    return desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")
