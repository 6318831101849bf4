""" "Remember me" of the login dialog: the last username and, only if asked, the password, in the keyring.

Nothing is ever written to a file. Where no keyring is usable (a headless Linux PC has none by default)
every function degrades: ``remember`` returns False, ``recall`` returns None, and ``UNAVAILABLE`` says why
so the dialog can tell the user.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import keyring
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger(__name__)

SERVICE = "regdesk-login"
#: Keyring entry holding the last username; each remembered password is stored under its username.
USERNAME_KEY = "last-username"
_PASSWORD_PREFIX = "password:"
UNAVAILABLE = "本机没有可用的系统密码库（钥匙串），无法记住用户名和密码；下次登录请重新输入"


@dataclass(frozen=True)
class Remembered:
    """What the login dialog fills in: the last username and, when it was kept, the password."""

    username: str
    password: str | None = None


def _password_key(username: str) -> str:
    return _PASSWORD_PREFIX + username


def _usable() -> bool:
    """False for the "fail" and "null" backends (they keep nothing) and for a backend that cannot run."""
    try:
        return float(keyring.get_keyring().priority) > 0
    except Exception:  # noqa: BLE001 - a backend's priority raises when it cannot run here
        return False


def available() -> bool:
    """True when the system keyring can store secrets on this PC."""
    if not _usable():
        return False
    try:
        keyring.get_password(SERVICE, USERNAME_KEY)
    except (KeyringError, RuntimeError):
        return False
    return True


def remember(username: str, password: str | None = None) -> bool:
    """Keep the username and, when given, the password; without a password any kept one is removed.

    Returns False (and keeps nothing new) when no keyring is usable: tell the user ``UNAVAILABLE``.
    """
    username = (username or "").strip()
    if not username or not _usable():
        return False
    try:
        previous = keyring.get_password(SERVICE, USERNAME_KEY)
        keyring.set_password(SERVICE, USERNAME_KEY, username)
        if password:
            keyring.set_password(SERVICE, _password_key(username), password)
        else:
            _delete(_password_key(username))
        if previous and previous != username:
            _delete(_password_key(previous))
    except (KeyringError, RuntimeError) as exc:
        log.info("keyring unavailable, nothing remembered: %s", exc)
        return False
    return True


def recall() -> Remembered | None:
    """The remembered username (and password, if kept); None when nothing is kept or no keyring works."""
    if not _usable():
        return None
    try:
        username = keyring.get_password(SERVICE, USERNAME_KEY)
        if not username:
            return None
        return Remembered(username, keyring.get_password(SERVICE, _password_key(username)) or None)
    except (KeyringError, RuntimeError) as exc:
        log.info("keyring unavailable, nothing recalled: %s", exc)
        return None


def forget_password(username: str) -> bool:
    """Remove only the kept password (e.g. after it was changed or refused). False without a keyring."""
    if not _usable():
        return False
    try:
        _delete(_password_key((username or "").strip()))
    except (KeyringError, RuntimeError):
        return False
    return True


def forget() -> bool:
    """Remove the remembered username and password (sign-out "forget me"). False without a keyring."""
    if not _usable():
        return False
    try:
        username = keyring.get_password(SERVICE, USERNAME_KEY)
        if username:
            _delete(_password_key(username))
        _delete(USERNAME_KEY)
    except (KeyringError, RuntimeError) as exc:
        log.info("keyring unavailable, nothing to forget: %s", exc)
        return False
    return True


def _delete(key: str) -> None:
    try:
        keyring.delete_password(SERVICE, key)
    except PasswordDeleteError:
        pass  # nothing was kept under that key
