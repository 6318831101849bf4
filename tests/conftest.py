"""Shared fixtures: a desk on SQLite and (when REGDESK_TEST_PG_URL is set) on PostgreSQL, a fake clock.

``db_url`` (and ``pg_url``) is quick: every test gets a copy of one migrated SQLite file, or this
worker's migrated PostgreSQL database emptied (every row of every table removed, sequences restarted).
Creating, migrating and dropping a PostgreSQL database per test costs about a second; emptying one
~10 ms. Tests that need a brand-new database without any schema (migrations from an early revision)
use ``fresh_db_url`` / ``fresh_pg_url``.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

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


def _require_pg() -> str:
    base = _pg_base_url()
    if not base:
        _skip_or_fail_without_pg()
    assert base is not None
    return base


@pytest.fixture(scope="session")
def pg_server_url() -> str | None:
    return _pg_base_url()


def _plain(url: str) -> str:
    """The URL as psycopg takes it (no SQLAlchemy driver name)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def make_pg_database(base_url: str, template: str | None = None) -> tuple[str, str]:
    """Create a database with a random name on the server (a copy of ``template`` if given); returns
    (url, name). Its sessions commit without waiting for the WAL flush (see ``fast_commits``)."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(base_url)
    name = f"regdesk_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_plain(base_url), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        fast_commits(conn, name)
    return url.set(database=name, drivername="postgresql+psycopg").render_as_string(hide_password=False), name


def fast_commits(conn: Any, name: str) -> None:
    """``synchronous_commit = off`` for every session of the test database ``name``: a commit returns
    before its WAL record is flushed to disk. Only a crash of the PostgreSQL server itself could lose the
    last few commits (never half of one; what a client sees is unchanged), and a test database does not
    outlive a crash anyway; a commit stops costing an fsync, which on this shared disk is most of a
    service test's time on PostgreSQL. Set per database (ALTER DATABASE), so the server's own defaults
    and other databases are untouched. A copy made with CREATE DATABASE … TEMPLATE does not inherit
    it: call this for the copy too."""
    conn.execute(f'ALTER DATABASE "{name}" SET synchronous_commit = off')


def drop_pg_database(base_url: str, name: str) -> None:
    import psycopg

    with psycopg.connect(_plain(base_url), autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _pg_tables(conn: Any) -> list[str]:
    """The models' tables (one a migration forgot fails loudly later) and any other table but Alembic's."""
    from app import models as m

    present = {
        row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
    }
    return sorted({t.name for t in m.Base.metadata.sorted_tables} | (present - {"alembic_version"}))


def rewrite_pg_rows(url: str, snapshot: PgSnapshot | None = None) -> None:
    """Remove every row of every table but Alembic's, then load ``snapshot``'s rows and sequence positions
    (without one: every sequence restarts, so ids start at 1 again). One transaction.

    DELETEs with triggers and foreign-key checks off (session_replication_role = replica, which also lets
    the audit and case-event chains, whose triggers refuse DELETE, be emptied and loaded as they were):
    about 10 ms on a quiet machine, where TRUNCATE … RESTART IDENTITY of the same tables takes about
    500 ms (it makes new files for every table and index). Without the privilege for that, TRUNCATE it
    is. A connection a test left inside a transaction would block: after a short wait the database's
    other connections are ended and it runs again.
    """
    import psycopg

    with psycopg.connect(_plain(url), autocommit=True) as conn:
        tables = _pg_tables(conn)
        deletes = "SET LOCAL session_replication_role = replica; " + " ".join(
            f'DELETE FROM "{t}";' for t in tables
        )
        restart = (
            "SELECT setval(c.oid::regclass, 1, false) FROM pg_class c"
            " WHERE c.relkind = 'S' AND c.relnamespace = current_schema()::regnamespace"
        )
        truncate = "TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"

        def run() -> None:
            with conn.transaction():
                try:
                    with conn.transaction():
                        conn.execute(deletes)
                except psycopg.errors.InsufficientPrivilege:
                    conn.execute(truncate)
                if snapshot is None:
                    conn.execute(restart)
                else:
                    snapshot.load(conn)

        conn.execute("SET lock_timeout = '3s'")
        try:
            run()
        except psycopg.errors.LockNotAvailable:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            conn.execute("SET lock_timeout = '30s'")
            run()


class PgSnapshot:
    """Every row of every table (binary COPY) and every sequence's position of a PostgreSQL database, taken
    once, so that a test can get the database back exactly as it was (``restore``) in tens of
    milliseconds, where CREATE DATABASE … TEMPLATE and DROP DATABASE take about a second each here (the
    drop waits for a checkpoint of the whole server)."""

    def __init__(self, url: str) -> None:
        import psycopg

        self.rows: dict[str, tuple[str, bytes]] = {}  # table → (column list, COPY BINARY data)
        self.sequences: list[tuple[str, int, bool]] = []
        with psycopg.connect(_plain(url), autocommit=True) as conn, conn.transaction():
            conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            for table in _pg_tables(conn):
                columns = ", ".join(
                    f'"{row[0]}"' for row in conn.execute(
                        "SELECT attname FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0"
                        " AND NOT attisdropped AND attgenerated = '' ORDER BY attnum", (f'"{table}"',)
                    )
                )
                data = bytearray()
                with conn.cursor().copy(f'COPY "{table}" ({columns}) TO STDOUT (FORMAT BINARY)') as copy:
                    for chunk in copy:
                        data += chunk
                self.rows[table] = (columns, bytes(data))
            for (seq,) in conn.execute(
                "SELECT c.relname FROM pg_class c WHERE c.relkind = 'S'"
                " AND c.relnamespace = current_schema()::regnamespace ORDER BY c.relname"
            ).fetchall():
                last_value, is_called = conn.execute(f'SELECT last_value, is_called FROM "{seq}"').fetchone()  # type: ignore[misc]
                self.sequences.append((seq, int(last_value), bool(is_called)))

    def load(self, conn: Any) -> None:
        """Into an emptied database, inside the caller's transaction (triggers off)."""
        conn.execute("SET LOCAL session_replication_role = replica")
        for table, (columns, data) in self.rows.items():
            with conn.cursor().copy(f'COPY "{table}" ({columns}) FROM STDIN (FORMAT BINARY)') as copy:
                copy.write(data)
        for seq, last_value, is_called in self.sequences:
            conn.execute("SELECT setval(%s::regclass, %s, %s)", (f'"{seq}"', last_value, is_called))

    def restore(self, url: str) -> None:
        """The database at ``url`` (the one taken, or another at the same revision) holds exactly the rows
        and sequence positions taken, nothing else."""
        rewrite_pg_rows(url, self)


class DatabaseTemplates:
    """Empty, migrated databases made once per test session (per xdist worker): the SQLite file is
    copied for every test, the PostgreSQL database is emptied for every test (``_empty``)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.sqlite: Path | None = None
        self.pg_url: str | None = None
        self.pg_name: str | None = None
        self.pg_base: str | None = None

    def sqlite_copy(self, target: Path) -> str:
        """A copy of the migrated template file at ``target``."""
        if self.sqlite is None:
            from app.services import open_desk

            path = self.directory / "template.db"
            open_desk(f"sqlite:///{path}").close()  # the last connection closing folds the WAL in
            self.sqlite = path
        shutil.copyfile(self.sqlite, target)
        wal = Path(f"{self.sqlite}-wal")
        if wal.exists():  # normally folded in on close; copied so the copy is never short of the schema
            shutil.copyfile(wal, f"{target}-wal")
        return f"sqlite:///{target}"

    def pg_empty(self, base: str) -> str:
        """This worker's migrated PostgreSQL database with every row of every table removed."""
        if self.pg_url is None:
            from app.services import open_desk

            url, self.pg_name = make_pg_database(base)
            self.pg_base = base
            open_desk(url).close()
            self.pg_url = url
            return url
        self._empty(self.pg_url)
        return self.pg_url

    @staticmethod
    def _empty(url: str) -> None:
        """Remove every row of every table of the models (and of any other table but Alembic's) and
        restart every sequence, so ids start at 1 again (``rewrite_pg_rows`` with nothing to load)."""
        rewrite_pg_rows(url)

    def close(self) -> None:
        if self.pg_name is not None and self.pg_base is not None:
            drop_pg_database(self.pg_base, self.pg_name)
            self.pg_name = None


@pytest.fixture(scope="session")
def db_templates(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DatabaseTemplates]:
    templates = DatabaseTemplates(tmp_path_factory.mktemp("templates"))
    try:
        yield templates
    finally:
        templates.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, db_templates: DatabaseTemplates) -> str:
    """An empty database at the head revision: a copy of a migrated SQLite file, or this worker's
    migrated PostgreSQL database emptied. No row of another test is left."""
    if request.param == "sqlite":
        return db_templates.sqlite_copy(tmp_path / "desk.db")
    return db_templates.pg_empty(_require_pg())


@pytest.fixture
def pg_url(db_templates: DatabaseTemplates) -> str:
    """An empty PostgreSQL database at the head revision (for tests of PostgreSQL-specific behaviour)."""
    return db_templates.pg_empty(_require_pg())


@contextlib.contextmanager
def _new_pg_database() -> Iterator[str]:
    """A brand-new PostgreSQL database without any schema on the test server, dropped afterwards."""
    base = _require_pg()
    url, name = make_pg_database(base)
    try:
        yield url
    finally:
        drop_pg_database(base, name)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def fresh_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A brand-new database without any schema: a SQLite file not yet created, or a new PostgreSQL
    database dropped afterwards (for tests of the migrations themselves, and of a server that migrates
    its database on start)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    with _new_pg_database() as url:
        yield url


@pytest.fixture
def fresh_pg_url() -> Iterator[str]:
    """A brand-new PostgreSQL database without any schema, dropped afterwards."""
    with _new_pg_database() as url:
        yield url


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


#: REGDESK_TEST_DESK=remote runs every service test through a desk server (HTTP on 127.0.0.1 to a server
#: thread running the test's own desk); =both runs each test both ways; default: the local desk only.
DESK_MODES = {"local": ["local"], "remote": ["remote"], "both": ["local", "remote"]}[
    os.environ.get("REGDESK_TEST_DESK", "local")
]


@pytest.fixture(params=DESK_MODES)
def desk_mode(request: pytest.FixtureRequest) -> str:
    """"local" (the services in this process) or "remote" (the same through a desk server)."""
    return str(request.param)


@contextlib.contextmanager
def served(local: Any, mode: str) -> Iterator[Any]:
    """The local desk itself, or a remote desk on a server thread running it."""
    if mode != "remote":
        yield local
        return
    from server_support import remote_harness

    with remote_harness(local) as remote:
        yield remote


@pytest.fixture
def desk(desk_mode: str, db_url: str, clock: FakeClock):  # type: ignore[no-untyped-def]
    from app.services import open_desk
    from app.services.base import RecordingSender
    from app.services.sms import MemorySecrets

    # a stand-in gateway that takes every SMS (the tests read the text as sent); tests of "no gateway"
    # set ctx.sms_sender = None. The gateway's secret stays in memory, never in this machine's keyring.
    d = open_desk(db_url, clock=clock, workstation="test-pc", sms_sender=RecordingSender())
    d.ctx.sms_secret_store = MemorySecrets()
    try:
        with served(d, desk_mode) as chosen:
            yield chosen
    finally:
        d.close()


ADMIN_PASSWORD = "Admin#2026x"


@pytest.fixture
def admin(desk):  # type: ignore[no-untyped-def]
    """The first commission administrator (Guangdong provincial commission), signed in."""
    return desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")


#: The longest single tests (tens of seconds each, mostly in subprocesses or hypothesis runs) start first, so
#: that with ``pytest -n 2`` neither worker is left running one of them alone at the end of the run.
LONG_FIRST = (
    "tests/packaging/test_wheel.py",
    "tests/unit/test_invariants.py",
    "tests/unit/test_server_process.py",
    "tests/unit/test_edge_fuzz.py",
    "tests/unit/test_server_schema.py",
    # the permission matrix (~125 tests each) runs whole on one worker per database (see
    # SHARED_MODULE_FIXTURES): started early, so that no worker is left alone with it at the end
    "tests/unit/test_server_isolation.py",
    "tests/unit/test_permissions.py",
)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    root = Path(str(config.rootpath))

    def rank(item: pytest.Item) -> int:
        try:
            name = Path(str(item.path)).relative_to(root).as_posix()
        except ValueError:
            return len(LONG_FIRST)
        return LONG_FIRST.index(name) if name in LONG_FIRST else len(LONG_FIRST)

    items.sort(key=rank)  # stable: every file keeps its tests together and in their order


#: Test files whose tests share a module-scoped fixture (a prepared world, a built wheel, the unit demo):
#: with ``-n`` their tests go to one worker, so the fixture is built once, not once per worker. Kept by
#: hand because xdist hands out work by test id alone; tests/unit/test_suite_schedule.py fails when a module
#: with a module-scoped fixture is missing here.
SHARED_MODULE_FIXTURES = (
    "tests/packaging/test_wheel.py",  # the wheel built and installed into a venv
    "tests/unit/test_permissions.py",  # one prepared world per database
    "tests/unit/test_server_isolation.py",  # the same worlds, served
    "tests/unit/test_server_schema.py",
    "tests/unit/test_demo.py",  # load_demo with 120 physicians
)


@pytest.hookimpl(optionalhook=True)  # a hook of pytest-xdist: unknown when it is off (-p no:xdist)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """``-n N`` (xdist's default ``--dist load``): every test its own unit, handed to whichever worker is
    free, in collection order (the longest first, above), except the tests of a SHARED_MODULE_FIXTURES file:
    one unit per file and database, so its module fixtures (the SQLite or the PostgreSQL world, the built
    wheel) are built once, on that worker. ``--dist load`` handed the tests out in turn: the three tests of
    test_wheel.py went to both workers and each built and installed the wheel, and each worker prepared the
    permission matrix's worlds. (``--dist loadgroup`` would do this with marks, but with pytest 9.2 xdist
    3.8 can no longer rename the tests it groups.) Other ``--dist`` modes are left to xdist."""
    if config.getvalue("dist") != "load":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class SharedFixtureScheduling(LoadScopeScheduling):  # type: ignore[misc]
        def _split_scope(self, nodeid: str) -> str:
            path = nodeid.split("::", 1)[0]
            if path not in SHARED_MODULE_FIXTURES:
                return nodeid
            # the module fixtures here are parametrised by database (the SQLite and the PostgreSQL world):
            # one unit per database, so the two can run on two workers at once
            ids = nodeid.rpartition("[")[2].rstrip("]").split("-") if nodeid.endswith("]") else []
            kind = next((k for k in ("sqlite", "postgresql") if k in ids), "")
            return f"{path}|{kind}"

    config.option.loadscopereorder = False  # keep the collection order: the longest tests first
    return SharedFixtureScheduling(config, log)
