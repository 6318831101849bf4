"""Sessions: a password change ends the account's other sessions; a window locked after idle minutes is
unlocked with the password (which also revives a session that lapsed only for being unused)."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import ADMIN_PASSWORD

from app.services import AuthenticationError, ValidationError

NEW_PASSWORD = "Admin#2026new"


def test_changing_the_password_ends_the_accounts_other_sessions(desk: Any, admin: Any) -> None:
    other_pc = desk.auth.login("gdadmin", ADMIN_PASSWORD)
    kept = desk.auth.change_password(admin, ADMIN_PASSWORD, NEW_PASSWORD)
    with pytest.raises(AuthenticationError, match="请重新登录"):
        desk.auth.whoami(other_pc)
    assert desk.auth.whoami(kept).user_id == admin.user_id  # the PC that changed it goes on
    assert desk.auth.login("gdadmin", NEW_PASSWORD).user_id == admin.user_id


def test_the_password_unlocks_a_session_that_lapsed_only_for_being_unused(
    desk: Any, admin: Any, clock: Any
) -> None:
    clock.advance(minutes=45)
    with pytest.raises(AuthenticationError, match="长时间未操作"):
        desk.auth.whoami(admin)
    with pytest.raises(AuthenticationError, match="密码错误（再错 4 次"):
        desk.auth.unlock(admin, "Wrong#2026pw")
    with pytest.raises(ValidationError):
        desk.auth.unlock(admin, "")
    assert desk.auth.unlock(admin, ADMIN_PASSWORD).token == admin.token
    assert desk.auth.whoami(admin).user_id == admin.user_id  # the same session goes on


def test_five_wrong_passwords_at_the_lock_end_the_session_and_lock_the_account(desk: Any, admin: Any) -> None:
    for _ in range(4):
        with pytest.raises(AuthenticationError, match="密码错误"):
            desk.auth.unlock(admin, "Wrong#2026pw")
    with pytest.raises(AuthenticationError, match="已退出登录"):
        desk.auth.unlock(admin, "Wrong#2026pw")
    with pytest.raises(AuthenticationError, match="请重新登录"):
        desk.auth.unlock(admin, ADMIN_PASSWORD)
    with pytest.raises(AuthenticationError, match="已锁定"):
        desk.auth.login("gdadmin", ADMIN_PASSWORD)


def test_a_session_past_twelve_hours_or_signed_out_is_not_unlocked(desk: Any, admin: Any, clock: Any) -> None:
    other = desk.auth.login("gdadmin", ADMIN_PASSWORD)
    desk.auth.logout(other)
    with pytest.raises(AuthenticationError, match="请重新登录"):
        desk.auth.unlock(other, ADMIN_PASSWORD)
    clock.advance(hours=12)
    with pytest.raises(AuthenticationError, match="登录已过期"):
        desk.auth.unlock(admin, ADMIN_PASSWORD)
