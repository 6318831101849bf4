"""Where the database is: --db argument > REGDESK_DB_URL > a SQLite file in the user data dir.

A database password is never written to a file: a PostgreSQL URL without a password takes it from the
system keyring (service "regdesk", key "user@host:port/db").
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url

APP_NAME = "regdesk"
KEYRING_SERVICE = "regdesk"
ENV_URL = "REGDESK_DB_URL"


def data_dir() -> Path:
    """The per-user data directory (created on demand)."""
    path = Path(os.environ.get("REGDESK_DATA_DIR") or platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_sqlite_url() -> str:
    return f"sqlite:///{data_dir() / 'regdesk.db'}"


def resolve_url(url: str | None = None) -> str:
    """The database URL to use: the argument, else $REGDESK_DB_URL, else the default SQLite file."""
    chosen = url or os.environ.get(ENV_URL) or default_sqlite_url()
    if chosen.startswith("postgresql://") or chosen.startswith("postgres://"):
        chosen = "postgresql+psycopg://" + chosen.split("://", 1)[1]
    return chosen


def keyring_key(url: URL) -> str:
    return f"{url.username}@{url.host}:{url.port or 5432}/{url.database}"


def with_keyring_password(url_text: str) -> URL:
    """Fill the password of a server URL from the keyring when the URL carries none."""
    url = make_url(url_text)
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


def store_password(url_text: str, password: str) -> bool:
    """Keep a database password in the system keyring; False when no keyring is usable (never a file)."""
    import keyring
    from keyring.errors import KeyringError

    try:
        keyring.set_password(KEYRING_SERVICE, keyring_key(make_url(url_text)), password)
    except KeyringError:
        return False
    return True


def describe(url_text: str) -> str:
    """A short, password-free name of the database for the status bar."""
    if url_text.lower().startswith(("https://", "http://")):
        return f"桌面服务器：{url_text.split('@')[-1] if '@' in url_text else url_text}"
    url = make_url(url_text)
    if url.get_backend_name() == "sqlite":
        return f"SQLite：{url.database}"
    return f"PostgreSQL：{url.host}:{url.port or 5432}/{url.database}"
