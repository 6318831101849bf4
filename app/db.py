"""Engine and session factories for SQLite (WAL, foreign keys on) and PostgreSQL; Alembic upgrade on open."""

from __future__ import annotations

import json
import os
import re
import select as _select
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Engine, Select, TextClause, create_engine, event, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, DisconnectionError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from app.config import resolve_url, with_keyring_password

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with Mako and Pygments behind it) is imported only when the schema must change or be inspected:
# opening a database that is already at the newest revision skips it, which is a good part of the start.

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
_IMMEDIATE = "regdesk_immediate"
#: PostgreSQL advisory lock key held while migrating, so two PCs opening at once do not race.
_MIGRATION_LOCK = 7_441_726


@dataclass(frozen=True)
class PgTimeouts:
    """Limits every PostgreSQL connection of the desk sets, so a frozen or unplugged PC blocks nobody.

    ``idle_in_transaction_s``: the server ends a session left inside a transaction this long (a PC that
    froze after locking the code counter); ``lock_s``: a statement waiting this long for a row lock gives
    up ("另一窗口正在办理，请稍后重试"); ``statement_s``: no statement runs longer; the keepalive values
    and ``tcp_user_timeout_s`` let both ends notice a dead network within about a minute instead of two
    hours. 0 switches one off. Each can be set with an environment variable ``REGDESK_PG_<NAME>``
    (e.g. ``REGDESK_PG_LOCK_S=10``) or passed to ``Database(pg_timeouts=...)``.
    """

    idle_in_transaction_s: float = 15
    lock_s: float = 5
    statement_s: float = 60
    keepalives_idle_s: int = 30
    keepalives_interval_s: int = 10
    keepalives_count: int = 3
    tcp_user_timeout_s: float = 60

    @classmethod
    def from_env(cls, base: PgTimeouts | None = None) -> PgTimeouts:
        """``base`` (or the defaults) with any ``REGDESK_PG_<FIELD>`` environment variable applied."""
        base = base or cls()
        changes: dict[str, Any] = {}
        for f in fields(cls):
            raw = os.environ.get(f"REGDESK_PG_{f.name.upper()}")
            if raw:
                changes[f.name] = type(getattr(base, f.name))(float(raw))
        return replace(base, **changes)

    def options(self) -> str:
        """The libpq ``options`` string setting the server-side limits for the session."""
        settings = {
            "idle_in_transaction_session_timeout": self.idle_in_transaction_s,
            "lock_timeout": self.lock_s,
            "statement_timeout": self.statement_s,
        }
        return " ".join(f"-c {name}={int(seconds * 1000)}" for name, seconds in settings.items())

    def connect_args(self) -> dict[str, Any]:
        """psycopg connect arguments: the server-side limits and TCP keepalives."""
        args: dict[str, Any] = {"options": self.options()}
        if self.keepalives_idle_s:
            args.update(
                keepalives=1,
                keepalives_idle=self.keepalives_idle_s,
                keepalives_interval=self.keepalives_interval_s,
                keepalives_count=self.keepalives_count,
            )
        if self.tcp_user_timeout_s:
            args["tcp_user_timeout"] = int(self.tcp_user_timeout_s * 1000)
        return args


def _socket_closed(dbapi_conn: Any) -> bool:
    """True when the server already ended this idle pooled connection (restart, pg_terminate_backend).

    A connection resting in the pool never has anything to read; readable means the server sent its
    goodbye (or closed the socket). One non-blocking select, no round trip.
    """
    try:
        fd = dbapi_conn.fileno()
    except Exception:  # noqa: BLE001 - a closed psycopg connection raises
        return True
    try:
        readable, _w, _x = _select.select([fd], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


#: The C scanner of a default JSONDecoder: (value, end) of the JSON value at an index.
_scan_json: Callable[[str, int], tuple[Any, int]] = json.JSONDecoder().scan_once  # type: ignore[attr-defined]


def json_loads(data: str | bytes) -> Any:
    """``json.loads`` for the JSON the database hands back, in one step instead of five.

    The stored text is a single value without surrounding space (PostgreSQL's jsonb output, what SQLite
    was given), so the C scanner reads it directly; anything else (space around it, an error) goes the
    standard way, with the standard result or error. Every JSON column of every read passes here: a queue
    page decodes 51 ``details`` values.
    """
    text_ = data.decode() if isinstance(data, bytes | bytearray) else data
    try:
        value, end = _scan_json(text_, 0)
    except StopIteration:
        return json.loads(text_)
    return value if end == len(text_) else json.loads(text_)


def make_engine(url: str | URL, *, pg_timeouts: PgTimeouts | None = None, **kwargs: Any) -> Engine:
    """An engine for the URL; SQLite gets WAL, foreign keys, a busy timeout and explicit BEGINs;
    PostgreSQL gets the limits of ``pg_timeouts`` (see PgTimeouts) on every connection. Errors never
    show bound parameters (names, resident IDs, password hashes stay out of messages and logs)."""
    if isinstance(url, str):
        url = with_keyring_password(url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, pool_size=8,
            hide_parameters=True, json_deserializer=json_loads, **kwargs
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
            if conn.get_execution_options().get(_IMMEDIATE):
                conn.exec_driver_sql("BEGIN IMMEDIATE")
                return
            # A read's deferred BEGIN takes no lock and cannot wait: sent on the driver's connection, not
            # through SQLAlchemy's statement machinery (~50 Python calls of every read; a failure still
            # arrives as SQLAlchemy's DBAPIError).
            try:
                conn.connection.driver_connection.execute("BEGIN")
            except sqlite3.Error as exc:
                raise DBAPIError.instance("BEGIN", None, exc, sqlite3.Error) from exc

        return engine
    # No pre-ping (a round trip on every service call): a pooled connection the server ended is noticed
    # at checkout without one (its socket is readable) and replaced; a connection lost while in use
    # surfaces as an EnvironmentFault, reads are retried once (app.services.base).
    timeouts = PgTimeouts.from_env(pg_timeouts)
    connect_args = {**timeouts.connect_args(), **kwargs.pop("connect_args", {})}
    # Sessions in UTC, whatever the server's default zone: psycopg then returns timestamps with
    # datetime.timezone.utc, which the UTC columns (app.models.base.UTCDateTime) keep as they are, where
    # converting each from the server's zone object cost ~2 µs (a queue page reads 300). The stored
    # instants and every value the services see are the same.
    connect_args["options"] = f"{connect_args.get('options', '')} -c TimeZone=UTC".strip()
    engine = create_engine(url, pool_recycle=1800, pool_size=10, max_overflow=20,
                           connect_args=connect_args, hide_parameters=True, **kwargs)

    @event.listens_for(engine, "connect")
    def _on_pg_connect(dbapi_conn: Any, _record: Any) -> None:
        from psycopg.types.json import set_json_loads

        set_json_loads(json_loads, dbapi_conn)  # jsonb and json values decoded by json_loads

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn: Any, _record: Any, _proxy: Any) -> None:
        if _socket_closed(dbapi_conn):
            raise DisconnectionError("the server closed this pooled connection")

    return engine


_REVISION = re.compile(r"""^revision\b[^=\n]*=\s*['"]([^'"]+)['"]""", re.M)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=\n]*=(.*)$", re.M)


def _script_head() -> str | None:
    """The newest migration's id, read from the version files' text without importing Alembic; None when
    the files do not say it plainly (one head, every file naming its revision and parent), so Alembic
    decides."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev, down = _REVISION.search(source), _DOWN_REVISION.search(source)
        if rev is None or down is None:
            return None
        revisions.add(rev.group(1))
        parents.update(re.findall(r"""['"]([^'"]+)['"]""", down.group(1)))
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def is_at_head(engine: Engine) -> bool:
    """True when the database's alembic_version is the newest migration (then there is nothing to do)."""
    head = _script_head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            versions = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except SQLAlchemyError:  # a new database: no version table yet
        return False
    return versions == [head]


def upgrade_to_head(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to the given Alembic revision (head by default) on a passed-in connection."""
    if revision == "head" and is_at_head(engine):
        return
    from alembic import command

    cfg = alembic_config()
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        elif engine.dialect.name == "postgresql":
            # a migration may take long and may wait for another PC's: the desk's limits do not apply
            conn.exec_driver_sql("SET statement_timeout = 0; SET lock_timeout = 0")
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
                conn.exec_driver_sql("RESET statement_timeout; RESET lock_timeout")
                conn.commit()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


class PlainSession(Session):
    """The services' Session: a statement that selects columns only (no mapped objects) or is plain SQL
    text runs on the transaction's connection, past the ORM's statement and result machinery (measured
    on SQLite: 47 µs instead of 112 µs of Python for a one-row SELECT of five columns; ~100 Python calls
    less per statement), whenever the ORM would add nothing: the session holds no new, changed or deleted
    object (nothing an autoflush would write first) and nothing in ``info`` (rows the history chain has
    not yet INSERTed: app.services.audit writes them before the next statement). Everything else — objects,
    ``session.get``, DML, execution options — goes the ORM's way. Same SQL, same rows."""

    def _on_connection(self, statement: Any, kw: dict[str, Any]) -> bool:
        if kw or self.info or not self._is_clean():
            return False
        if isinstance(statement, Select):
            # Only a statement object run before (its cache key is memoised on it: built once, kept in a
            # module or a cache): the compiled form in the cache was made from this very object, so the
            # connection reads its rows as compiled. A statement built anew for each call would make the
            # connection match its columns to the cached compiled form's at every call, which costs more
            # than the ORM's own row setup: those stay on the ORM's path.
            if "_generate_cache_key" not in statement.__dict__:
                return False
            for column in statement._raw_columns:  # an entity is a FromClause here, a column a ColumnElement
                if not isinstance(column, ColumnElement):
                    return False
            return True
        return isinstance(statement, TextClause)

    def execute(self, statement: Any, params: Any = None, **kw: Any) -> Any:
        if self._on_connection(statement, kw):
            return self.connection().execute(statement, params)
        return super().execute(statement, params, **kw)

    def scalar(self, statement: Any, params: Any = None, **kw: Any) -> Any:
        if self._on_connection(statement, kw):
            return self.connection().scalar(statement, params)
        return super().scalar(statement, params, **kw)

    def scalars(self, statement: Any, params: Any = None, **kw: Any) -> Any:
        if self._on_connection(statement, kw):
            return self.connection().scalars(statement, params)
        return super().scalars(statement, params, **kw)


class Database:
    """One database: the engine and the two kinds of transaction a service opens."""

    def __init__(self, url: str | None = None, *, upgrade: bool = True,
                 pg_timeouts: PgTimeouts | None = None, **engine_kwargs: Any) -> None:
        self.url = resolve_url(url)
        self.pg_timeouts = PgTimeouts.from_env(pg_timeouts)
        self.engine = make_engine(self.url, pg_timeouts=self.pg_timeouts, **engine_kwargs)
        self.dialect = self.engine.dialect.name
        if upgrade:
            upgrade_to_head(self.engine)
        self._read = sessionmaker(self.engine, class_=PlainSession, expire_on_commit=False)
        #: Per thread: the closed read Session the next read takes (see ``read``).
        self._spare = threading.local()
        self._write = sessionmaker(
            self.engine.execution_options(**{_IMMEDIATE: True}), class_=PlainSession,
            expire_on_commit=False,
        )

    @property
    def is_postgres(self) -> bool:
        return self.dialect == "postgresql"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A short read-only transaction (commits on leaving, rolls back on any exception).

        The Session object is reused by the thread's next read once closed (a closed Session starts
        clean: no objects, no transaction, no connection): building one and its event dispatch is ~60
        Python calls of every read. A read inside a read (same thread) gets a Session of its own; one
        whose ``info`` still holds something, or whose closing failed, is not reused.
        """
        session = getattr(self._spare, "session", None)
        if session is None:
            session = self._read()
        else:
            self._spare.session = None
        try:
            with session.begin():
                yield session
        finally:
            session.close()
        if not session.info:
            self._spare.session = session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One writing transaction: commits on leaving, rolls back on any exception.

        On SQLite it starts with BEGIN IMMEDIATE so writers queue instead of failing mid-way.
        """
        with self._write.begin() as session:
            yield session

    def listener_connect_args(self) -> dict[str, Any]:
        """Keepalives for a separate psycopg connection (the feed's LISTEN); it never holds a lock."""
        args = self.pg_timeouts.connect_args()
        args.pop("options", None)
        return args

    def dispose(self) -> None:
        self.engine.dispose()
