"""Where the database is: --db argument > REGDESK_DB_URL > the address kept in the settings > a SQLite
file in the user data dir; checking an address before it is kept (the settings dialog's 测试连接).

A database password is never written to a file: a PostgreSQL URL without a password takes it from the
system keyring (service "regdesk", key "user@host:port/db"). The settings themselves are Qt's
(QSettings, read by the views and main.py): this module takes the kept address as a plain argument.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

APP_NAME = "regdesk"
KEYRING_SERVICE = "regdesk"
ENV_URL = "REGDESK_DB_URL"


def _url(text: str) -> URL:
    """``text`` parsed as a SQLAlchemy URL; SQLAlchemy is imported only here, so the windows' process (which
    imports this module for the settings dialog) does not load it until an address is parsed."""
    from sqlalchemy.engine import make_url

    return make_url(text)


def data_dir() -> Path:
    """The per-user data directory (created on demand)."""
    path = Path(os.environ.get("REGDESK_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / 'regdesk.db'}"


def resolve_url(url: str | None = None, saved: str | None = None) -> str:
    """The database URL to use: the argument (--db), else $REGDESK_DB_URL, else ``saved`` (the address
    kept in the settings dialog), else the default SQLite file."""
    chosen = url or os.environ.get(ENV_URL) or normalise_address(saved or "") or default_sqlite_url()
    if chosen.startswith("postgresql://") or chosen.startswith("postgres://"):
        chosen = "postgresql+psycopg://" + chosen.split("://", 1)[1]
    return chosen


def normalise_address(text: str) -> str:
    """What a person typed as the database address, as a URL: a file path becomes ``sqlite:///path``,
    ``postgres://`` becomes ``postgresql+psycopg://``; "" stays "" (the default file)."""
    text = text.strip()
    if not text:
        return ""
    if text.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + text.split("://", 1)[1]
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser()}"


def carries_password(url_text: str) -> bool:
    """Whether a server address has a password written into it (it must go to the keyring instead)."""
    if address_kind(url_text) != "postgresql":
        return False
    try:
        return bool(_url(url_text).password)
    except Exception:  # noqa: BLE001 - unparsable: the connection test says so
        return False


def address_kind(url_text: str) -> str:
    """"sqlite", "postgresql", "server" (an https desk server) or "unknown"."""
    if url_text.startswith(("https://", "http://")):
        return "server"
    if url_text.startswith("sqlite:"):
        return "sqlite"
    if url_text.startswith("postgresql"):
        return "postgresql"
    return "unknown"


def keyring_key(url: URL) -> str:
    return f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def with_keyring_password(url_text: str) -> URL:
    """Fill the password of a server URL from the keyring when the URL carries none."""
    url = _url(url_text)
    if url.get_backend_name() == "sqlite" or url.password:
        return url
    try:
        import keyring
        from keyring.errors import KeyringError

        try:
            secret = keyring.get_password(KEYRING_SERVICE, keyring_key(url))
        except KeyringError:
            secret = None
    except ImportError:  # pragma: no cover - keyring is a hard dependency
        secret = None
    return url.set(password=secret) if secret else url


def keyring_available() -> bool:
    """Whether a system keyring can keep passwords here (headless Linux often has none)."""
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception:  # noqa: BLE001 - a broken keyring set-up is "no keyring"
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


def store_password(url_text: str, password: str) -> bool:
    """Keep a database password in the system keyring; False when no keyring is usable (never a file)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(_url(url_text)), password)
    except KeyringError:
        return False
    return True


def describe(url_text: str) -> str:
    """A short, password-free name of the database for the status bar."""
    if url_text.lower().startswith(("https://", "http://")):
        return f"桌面服务器：{url_text.split('@')[-1] if '@' in url_text else url_text}"
    url = _url(url_text)
    if url.get_backend_name() == "sqlite":
        return f"SQLite：{url.database}"
    return f"PostgreSQL：{url.host}:{url.port or 5432}/{url.database}"


# --- checking an address (the settings dialog's 测试连接) ---------------------------------------------

#: What ``check_connection`` found; the settings dialog words each one.
CheckResult = str
READY = "ready"                 # reachable; the schema is there (``version`` names its revision)
EMPTY = "empty"                 # reachable and empty: the first start creates the tables
NEW_FILE = "new_file"           # a SQLite file not there yet, in a folder where it can be made
NO_FOLDER = "no_folder"         # a SQLite file in a folder that does not exist or cannot be written
NOT_A_DATABASE = "not_database"  # a file that is no SQLite database
NEEDS_PASSWORD = "needs_password"
WRONG_PASSWORD = "wrong_password"
NO_SUCH_DATABASE = "no_such_database"
UNREACHABLE = "unreachable"
NO_DRIVER = "no_driver"
BAD_ADDRESS = "bad_address"
PASSWORD_IN_ADDRESS = "password_in_address"
SERVER_READY = "server_ready"   # a desk server answered
SERVER_TLS = "server_tls"       # the server's certificate is not trusted
FAILED = "failed"               # anything else (``detail`` says what)


@dataclass(frozen=True)
class ConnectionCheck:
    """The answer of ``check_connection``: ``result`` is one of the constants above."""

    result: CheckResult
    where: str = ""
    version: str = ""
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.result in (READY, EMPTY, NEW_FILE, SERVER_READY)


def check_connection(address: str, password: str | None = None, *, timeout: float = 5.0) -> ConnectionCheck:
    """Try an address without changing anything there (no file made, no schema upgraded).

    ``address`` as typed ("" = the default file); ``password`` for a PostgreSQL server (else the keyring's).
    Slow (network): call it from a worker thread.
    """
    url_text = normalise_address(address) or default_sqlite_url()
    kind = address_kind(url_text)
    if kind == "server":
        return _check_server(url_text, timeout)
    try:
        url = _url(url_text)
        where = describe(url_text)
    except Exception as exc:  # noqa: BLE001 - unparsable
        return ConnectionCheck(BAD_ADDRESS, detail=str(exc))
    if url.password:
        return ConnectionCheck(PASSWORD_IN_ADDRESS, where)
    if kind == "sqlite":
        return _check_sqlite(url, where)
    if kind != "postgresql":
        return ConnectionCheck(BAD_ADDRESS, where)
    url = url.set(password=password) if password else with_keyring_password(url_text)
    from sqlalchemy import create_engine, inspect, text

    try:
        engine = create_engine(
            url, connect_args={"connect_timeout": max(1, int(timeout))}, poolclass=_null_pool())
    except ModuleNotFoundError:
        return ConnectionCheck(NO_DRIVER, where)
    except Exception as exc:  # noqa: BLE001
        return ConnectionCheck(BAD_ADDRESS, where, detail=str(exc))
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("alembic_version"):
                return ConnectionCheck(EMPTY, where)
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() or ""
            return ConnectionCheck(READY, where, version=str(version))
    except Exception as exc:  # noqa: BLE001 - every failure becomes an answer
        return ConnectionCheck(_classify(exc, url.password is not None), where, detail=_short(exc))
    finally:
        engine.dispose()


def _null_pool() -> Any:
    from sqlalchemy.pool import NullPool

    return NullPool


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}"[:300]


def _classify(exc: BaseException, had_password: bool) -> CheckResult:
    text = f"{type(exc).__name__}: {exc}".lower()
    if "no password supplied" in text:
        return NEEDS_PASSWORD
    if "password authentication failed" in text:
        return WRONG_PASSWORD if had_password else NEEDS_PASSWORD
    if "does not exist" in text and "database" in text:
        return NO_SUCH_DATABASE
    if any(k in text for k in ("connection refused", "could not connect", "timeout", "timed out",
                               "could not translate host", "name or service not known", "no route to host",
                               "connection to server", "failed to resolve")):
        return UNREACHABLE
    return FAILED


def _check_sqlite(url: URL, where: str) -> ConnectionCheck:
    import sqlite3

    path = Path(url.database or "")
    if not url.database or url.database == ":memory:":
        return ConnectionCheck(BAD_ADDRESS, where)
    if not path.exists():
        folder = path.parent
        if folder.is_dir() and os.access(folder, os.W_OK):
            return ConnectionCheck(NEW_FILE, where)
        return ConnectionCheck(NO_FOLDER, where)
    if path.is_dir():
        return ConnectionCheck(NOT_A_DATABASE, where)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=2)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                return ConnectionCheck(EMPTY, where)
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return ConnectionCheck(READY, where, version=str(row[0]) if row else "")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return ConnectionCheck(NOT_A_DATABASE, where, detail=_short(exc))


def _check_server(url_text: str, timeout: float) -> ConnectionCheck:
    """A desk server: any HTTP answer means it is there; TLS and network failures are told apart."""
    import ssl
    import urllib.error
    import urllib.request

    where = url_text.rstrip("/")
    try:
        with urllib.request.urlopen(where + "/", timeout=timeout):  # noqa: S310 - http(s) only, checked above
            pass
    except urllib.error.HTTPError:
        return ConnectionCheck(SERVER_READY, where)  # it answered (404 at "/" is still the server)
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, ssl.SSLError):
            return ConnectionCheck(SERVER_TLS, where, detail=_short(exc))
        return ConnectionCheck(UNREACHABLE, where, detail=_short(exc))
    except (TimeoutError, OSError) as exc:
        return ConnectionCheck(UNREACHABLE, where, detail=_short(exc))
    return ConnectionCheck(SERVER_READY, where)
