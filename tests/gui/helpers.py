"""Small helpers the GUI tests share: sign in through the dialog, read the SMS outbox, make accounts."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tests.conftest import ADMIN_PASSWORD

NEW_PASSWORD = "Fresh#2026pw"
DELEGATE_PHONE = "13800138000"


def sign_in(qtbot: Any, shell: Any, username: str, password: str) -> None:
    """Type into the login dialog and press Enter."""
    from PySide6.QtCore import Qt

    dialog = shell.login
    qtbot.waitUntil(lambda: not dialog.busy)
    dialog.username.setText(username)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def wait_for_window(qtbot: Any, shell: Any, role: str) -> Any:
    qtbot.waitUntil(lambda: shell.window is not None and shell.window.isVisible(), timeout=10_000)
    assert shell.window.role == role
    return shell.window


def admin(desk: Any) -> Any:
    return desk.setup("gdadmin", ADMIN_PASSWORD, jurisdiction="440000", name="广东省卫健委管理员")


def institution_fields(number: str = "44010400001", name: str = "广州市越秀区第一人民医院") -> dict[str, Any]:
    return {
        "name": name,
        "address": "广州市越秀区中山二路1号",
        "registration_number": number,
        "legal_representative": "王建国",
        "principal": "李明",
        "subjects": ["内科", "外科"],
        "jurisdiction": "440104",
        "delegate_name": "陈小红",
        "delegate_phone": DELEGATE_PHONE,
        "licence_valid_until": dt.date(2030, 12, 31),
        "documents_checked": ["licence", "authorisation_letter", "delegate_id"],
    }


def sms_credentials(desk: Any, phone: str = DELEGATE_PHONE) -> tuple[str, str]:
    """(username, password) from the newest SMS sent to the phone (the outbox keeps no password: the text
    as sent is what the default sender holds in memory)."""
    body = next(text for to, text in reversed(desk.ctx.sms_sender.sent) if to == phone)
    found = re.search(r"用户名：(\S+?)，(?:初始|新)密码：(\S+?)。", body)
    assert found, body
    return found.group(1), found.group(2)
