"""Engine and session factories for SQLite (WAL, foreign keys on) and PostgreSQL; Alembic upgrade on open."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from app.config import resolve_url, with_keyring_password

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_IMMEDIATE = "regdesk_immediate"
#: PostgreSQL advisory lock key held while migrating, so two PCs opening at once do not race.
_MIGRATION_LOCK = 7_441_726


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def make_engine(url: str | URL, **kwargs: Any) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys, a busy timeout and explicit BEGINs."""
    if isinstance(url, str):
        url = with_keyring_password(url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=8, **kwargs
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Any) -> None:
            immediate = conn.get_execution_options().get(_IMMEDIATE)
            conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

        return engine
    # No pre-ping: it costs a round trip on every service call; a dropped connection surfaces as an
    # EnvironmentFault ("请重试") and the pool replaces it; recycling avoids idle server-side timeouts.
    return create_engine(url, pool_recycle=1800, pool_size=10, max_overflow=20, **kwargs)


def upgrade_to_head(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to the given Alembic revision (head by default) on a passed-in connection."""
    cfg = alembic_config()
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        elif engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _MIGRATION_LOCK})
            conn.commit()
        try:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
            conn.commit()
        finally:
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            elif engine.dialect.name == "postgresql":
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _MIGRATION_LOCK})
                conn.commit()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


class Database:
    """One database: the engine and the two kinds of transaction a service opens."""

    def __init__(self, url: str | None = None, *, upgrade: bool = True, **engine_kwargs: Any) -> None:
        self.url = resolve_url(url)
        self.engine = make_engine(self.url, **engine_kwargs)
        self.dialect = self.engine.dialect.name
        if upgrade:
            upgrade_to_head(self.engine)
        self._read = sessionmaker(self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            self.engine.execution_options(**{_IMMEDIATE: True}), expire_on_commit=False
        )

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only transaction."""
        with self._read.begin() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One writing transaction: commits on leaving, rolls back on any exception.

        On SQLite it starts with BEGIN IMMEDIATE so writers queue instead of failing mid-way.
        """
        with self._write.begin() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
