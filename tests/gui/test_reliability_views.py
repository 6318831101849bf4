"""The windows' side of reliability and security: a lost connection is retried by itself and said so, the
log and the crash dialog carry no personal data, the window locks after idle minutes and the password
unlocks it, an idle case dialog lets its claim lapse, and the administrator backs up from the window."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QMessageBox

from app.services import EnvironmentFault
from app.views import idle_lock, live, worker
from tests.gui.commission_support import (  # noqa: F401 - fixtures
    ADMIN,
    WAIT,
    commission_window,
    confirmed_case,
    demo,
    demo_template,
    open_dialog,
)


@pytest.fixture
def window(qtbot: Any) -> QMainWindow:
    w = QMainWindow()
    qtbot.addWidget(w)
    w.show()
    return w


def _messages(window: QMainWindow) -> list[str]:
    seen: list[str] = []
    window.statusBar().messageChanged.connect(seen.append)
    return seen


def test_a_read_that_lost_the_connection_is_retried_by_itself_and_the_window_says_so(
    qtbot: Any, window: QMainWindow, monkeypatch: Any
) -> None:
    monkeypatch.setattr(worker, "READ_RETRY_DELAYS_MS", (50, 50, 50))
    seen = _messages(window)
    calls: list[int] = []
    done: list[str] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise EnvironmentFault("连接中断，正在重试；如仍失败，请检查网络")
        return "rows"

    worker.run_read(window, flaky, on_done=done.append)
    qtbot.waitUntil(lambda: done == ["rows"], timeout=WAIT)
    assert len(calls) == 3
    assert "连接中断，正在重试…" in seen and seen[-1] == "连接已恢复"
    assert not any(w.isVisible() for w in window.findChildren(QMessageBox))


def test_a_read_that_never_gets_through_ends_in_the_retry_dialog(
    qtbot: Any, window: QMainWindow, monkeypatch: Any
) -> None:
    monkeypatch.setattr(worker, "READ_RETRY_DELAYS_MS", (20, 20))
    calls: list[int] = []

    def down() -> None:
        calls.append(1)
        raise EnvironmentFault("无法连接数据库，请检查网络或联系管理员后重试")

    worker.run_read(window, down)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QMessageBox)), timeout=WAIT)
    assert len(calls) == 3
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert "无法连接数据库" in box.text() and any(b.text() == "重试" for b in box.buttons())
    box.close()


def test_the_feed_watcher_says_the_connection_broke_and_that_it_is_back(
    qtbot: Any, window: QMainWindow, monkeypatch: Any
) -> None:
    monkeypatch.setattr(live, "RETRY_SECONDS", 0.05)
    seen = _messages(window)

    class Feed:
        waits = 0

        def head(self, actor: Any) -> int:
            return 0

        def wait(self, actor: Any, timeout: float, cursor: int | None = None) -> bool:
            self.waits += 1
            if self.waits == 1:
                raise EnvironmentFault("连接中断，正在重试；如仍失败，请检查网络")
            time.sleep(0.02)
            return False

    class Desk:
        feed = Feed()

    watcher = live.FeedWatcher(Desk(), None, window, wait_seconds=0.02)  # type: ignore[arg-type]
    restored: list[bool] = []
    watcher.restored.connect(lambda: restored.append(True))
    watcher.start()
    try:
        qtbot.waitUntil(lambda: restored == [True], timeout=WAIT)
    finally:
        watcher.stop()
    assert "连接中断，正在重试…" in seen and "连接已恢复" in seen


def test_a_crash_logged_by_a_window_carries_no_resident_id_phone_or_name(
    qtbot: Any, window: QMainWindow
) -> None:
    name, rid, phone, latin = "张三丰", "440106199001011234", "138 0013 8000", "Zhang Sanfeng"

    def broken() -> None:  # what was typed reaches an exception (the source line names no one)
        raise ValueError(f"无法处理：{name} {rid} 电话 {phone} '{latin}'")

    worker.run_read(window, broken)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "crashDialog") is not None, timeout=WAIT)
    box = window.findChild(QMessageBox, "crashDialog")
    logged = ""

    def written() -> bool:
        nonlocal logged
        logged = worker.log_file().read_text(encoding="utf-8")
        return "ValueError" in logged

    qtbot.waitUntil(written, timeout=WAIT)
    for text in (logged, box.detailedText()):
        assert "ValueError" in text
        for personal in (name, rid, phone, latin):
            assert personal not in text
    box.close()


def _lock_minutes(minutes: int) -> None:
    QSettings().setValue(idle_lock.SETTING, minutes)


def _idle_for(seconds: float) -> None:
    idle_lock._watcher().last = time.monotonic() - seconds


def test_the_window_locks_after_the_idle_minutes_and_only_the_password_unlocks_it(
    qtbot: Any, demo: Any, tmp_path: Path
) -> None:
    admin = demo.desk.auth.login(*ADMIN)
    window = commission_window(qtbot, demo, admin)
    case = confirmed_case(demo, admin)
    dialog = open_dialog(qtbot, demo, admin, case.id)
    dialog.setParent(window, dialog.windowFlags())
    dialog.show()
    _lock_minutes(15)
    _idle_for(14 * 60)
    window.idle_lock.check()
    assert not window.idle_lock.is_locked
    _idle_for(15 * 60 + 1)
    window.idle_lock.check()
    overlay = window.idle_lock.overlay
    assert overlay is not None and overlay.isVisible()
    assert not dialog.isVisible()  # the open case is out of sight too
    assert not window.quit_action.isEnabled() and not window.counter_action.isEnabled()
    assert overlay.geometry() == window.rect()
    window.grab().save(str(tmp_path / "locked.png"))

    overlay.password.setText("Wrong#2026pw")
    overlay.unlock_button.click()
    qtbot.waitUntil(lambda: "密码错误" in overlay.error.text(), timeout=WAIT)
    assert window.idle_lock.is_locked

    overlay.password.setText(ADMIN[1])
    overlay.unlock_button.click()
    qtbot.waitUntil(lambda: not window.idle_lock.is_locked, timeout=WAIT)
    assert dialog.isVisible() and window.counter_action.isEnabled()


def test_a_session_that_ended_while_locked_goes_back_to_the_login(qtbot: Any, demo: Any) -> None:
    admin = demo.desk.auth.login(*ADMIN)
    window = commission_window(qtbot, demo, admin)
    left: list[bool] = []
    window.logged_out.connect(lambda: left.append(True))
    window.idle_lock.lock(15)
    demo.desk.auth.logout(admin)  # e.g. the password was changed on another PC
    window.idle_lock.overlay.password.setText(ADMIN[1])
    window.idle_lock.overlay.unlock_button.click()
    qtbot.waitUntil(lambda: left == [True], timeout=WAIT)


def test_no_lock_when_the_idle_minutes_are_set_to_zero(qtbot: Any, demo: Any) -> None:
    window = commission_window(qtbot, demo)
    _lock_minutes(0)
    _idle_for(10 * 3600)
    window.idle_lock.check()
    assert not window.idle_lock.is_locked


def test_an_idle_open_case_dialog_does_not_renew_its_claim(qtbot: Any, demo: Any) -> None:
    clerk = demo.clerk()
    case = confirmed_case(demo, clerk)
    dialog = open_dialog(qtbot, demo, clerk, case.id)
    assert dialog.claimed
    until = demo.desk.cases.get(clerk, case.id).claimed_until
    demo.clock.advance(minutes=10)
    _idle_for(11 * 60)  # nobody touched the PC since
    dialog._renewed_at = time.monotonic() - 10 * 60
    dialog._renew_claim()
    worker.wait_idle()
    assert demo.desk.cases.get(clerk, case.id).claimed_until == until
    idle_lock.note_input()  # the clerk is back at the keyboard
    dialog._renew_claim()
    worker.wait_idle()
    qtbot.waitUntil(lambda: demo.desk.cases.get(clerk, case.id).claimed_until > until, timeout=WAIT)


def test_the_administrator_backs_up_the_database_from_the_commission_window(
    qtbot: Any, demo: Any, tmp_path: Path
) -> None:
    clerk_window = commission_window(qtbot, demo)
    assert clerk_window.backup_action is None  # a clerk has no such menu entry
    clerk_window.close()
    window = commission_window(qtbot, demo, demo.desk.auth.login(*ADMIN))
    assert window.backup_action is not None and window.backup_action in window.file_menu.actions()
    target = tmp_path / "nightly.backup"
    window.backup_database(str(target))
    qtbot.waitUntil(lambda: "已备份到" in window.statusBar().currentMessage(), timeout=WAIT)
    conn = sqlite3.connect(target)
    try:
        assert conn.execute("SELECT count(*) FROM user_accounts").fetchone()[0] > 0
    finally:
        conn.close()


def test_starting_on_a_damaged_sqlite_file_says_so_in_chinese(
    qtbot: Any, monkeypatch: Any, tmp_path: Path
) -> None:
    import main

    path = tmp_path / "regdesk.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\x13" * 8000)  # the header's start, then noise
    shown: list[str] = []
    # the message (with its 设置… button) the clerk would answer with 退出
    monkeypatch.setattr(main.Startup, "offer_settings", lambda _self, text: shown.append(text) or False)
    startup = main.Startup(f"sqlite:///{path}")
    failed: list[str] = []
    startup.failed.connect(failed.append)
    startup.start()
    qtbot.waitUntil(lambda: bool(failed), timeout=WAIT)
    assert "数据库文件已损坏" in shown[0] and "regdesk restore" in shown[0] and "Traceback" not in shown[0]


@pytest.mark.postgres
def test_the_commission_window_goes_on_after_the_server_ended_its_connections(
    qtbot: Any, pg_url: str
) -> None:
    import psycopg

    from app.services import open_desk
    from app.views.commission import CommissionWindow
    from tests.conftest import ADMIN_PASSWORD, FakeClock, _plain

    desk = open_desk(pg_url, clock=FakeClock())
    try:
        admin = desk.setup("gdadmin", ADMIN_PASSWORD)
        window = CommissionWindow(desk, admin)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.queue.model.total == 0, timeout=WAIT)
        with psycopg.connect(_plain(pg_url), autocommit=True) as conn:  # as a server restart would
            conn.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                         " WHERE datname = current_database() AND pid <> pg_backend_pid()")
        window.queue.model.total = None
        window._refresh()
        qtbot.waitUntil(lambda: window.queue.model.total == 0, timeout=WAIT)
        assert not any(w.isVisible() for w in window.findChildren(QMessageBox))
        window.close()
        worker.wait_idle()
    finally:
        desk.close()


def test_enter_in_the_unlock_field_opens_no_case_of_the_queue_behind_the_lock(qtbot: Any, demo: Any) -> None:
    from PySide6.QtCore import Qt

    admin = demo.desk.auth.login(*ADMIN)
    window = commission_window(qtbot, demo, admin)
    window.queue.table.selectRow(0)
    opened: list[int] = []
    window.queue.open_requested.connect(opened.append)  # what the queue's Return shortcut asks for
    _lock_minutes(15)
    _idle_for(15 * 60 + 1)
    window.idle_lock.check()
    overlay = window.idle_lock.overlay
    assert overlay is not None
    overlay.password.setText("Wrong#2026pw")
    qtbot.keyClick(overlay.password, Qt.Key.Key_Return)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_Return)
    qtbot.wait(200)
    assert opened == [] and window.idle_lock.is_locked
    overlay.password.setText(ADMIN[1])
    overlay.unlock_button.click()
    qtbot.waitUntil(lambda: not window.idle_lock.is_locked, timeout=WAIT)
    qtbot.keyClick(window.queue.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT)  # after unlocking, Enter opens the case again
