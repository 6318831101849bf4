"""main.py: the command line, opening the database in the background, messages, the password prompt."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import main
from app.services import open_desk


def test_db_argument_wins_and_demo_gets_its_own_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REGDESK_DB_URL", raising=False)
    assert main.database_url(main.parse_args(["--db", "sqlite:///x.db"])) == "sqlite:///x.db"
    demo = main.database_url(main.parse_args(["--demo"]))
    assert demo.startswith("sqlite:///") and demo.endswith("demo.db")
    assert main.database_url(main.parse_args([])).endswith("regdesk.db")
    assert main.parse_args(["--lang", "en"]).lang == "en"


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (Exception('connection failed: fe_sendauth: no password supplied'), "要求密码"),
        (Exception('FATAL:  password authentication failed for user "clerk"'), "要求密码"),
        (Exception("connection failed: Connection refused. Is the server running"), "无法连接数据库服务器"),
        (Exception('FATAL:  database "regdesk" does not exist'), "服务器上没有这个数据库"),
        (ModuleNotFoundError("No module named 'psycopg'"), "未安装 PostgreSQL 驱动"),
        (Exception("something odd"), "无法打开数据库"),
    ],
)
def test_failures_to_open_are_explained_in_chinese(error: Exception, expected: str) -> None:
    problem = main.explain(error, "postgresql+psycopg://clerk@db.example:5432/regdesk")
    assert expected in problem.message
    assert problem.needs_password == (expected == "要求密码")
    if expected != "未安装 PostgreSQL 驱动":
        assert "db.example:5432/regdesk" in problem.message


@pytest.mark.parametrize(
    ("driver", "expected"),
    [("connection failed: fe_sendauth: no password supplied", "要求密码"),
     ("connection failed: Connection refused. Is the server running", "无法连接数据库服务器"),
     ("server closed the connection unexpectedly", "打开数据库时连接中断")],
)
def test_open_desks_fault_is_explained_by_the_driver_error_behind_it(driver: str, expected: str) -> None:
    from app.services import EnvironmentFault

    fault = EnvironmentFault("打开数据库时连接中断（没有保存任何内容），请检查网络后重试")
    fault.__cause__ = Exception(driver)  # as open_desk raises it: from the driver's error
    problem = main.explain(fault, "postgresql+psycopg://clerk@db.example:5432/regdesk")
    assert expected in problem.message
    assert problem.needs_password == (expected == "要求密码")


def test_main_opens_the_database_and_shows_the_login_dialog(qtbot: Any, tmp_path: Path) -> None:
    from app.views import worker
    from app.views.login import LoginDialog

    url = f"sqlite:///{tmp_path / 'main.db'}"
    seen: list[str] = []

    def close_login() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, close_login)
            return
        seen.append(dialogs[0].database.text())
        dialogs[0].reject()  # the user closes the login dialog: the app ends

    QTimer.singleShot(50, close_login)
    app = QApplication.instance()
    try:
        assert main.main(["--db", url]) == 0
    finally:
        app.setQuitOnLastWindowClosed(True)
        worker.wait_idle()
    assert seen and str(tmp_path / "main.db") in seen[0]
    desk = open_desk(url)
    try:
        assert desk.needs_setup()  # schema built by Alembic, no users yet
    finally:
        desk.close()


def test_server_password_is_asked_once_and_kept_in_the_keyring(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                                               tmp_path: Path) -> None:
    url = "postgresql+psycopg://clerk@db.example:5432/regdesk"
    real = f"sqlite:///{tmp_path / 'pw.db'}"
    opened: list[str] = []
    kept: list[tuple[str, str]] = []

    def fake_open(u: str, fresh: Path | None = None) -> Any:
        opened.append(u)
        if len(opened) == 1:
            raise main.StartupProblem("数据库服务器要求密码", needs_password=True)
        return open_desk(real)

    monkeypatch.setattr(main, "open_database", fake_open)
    monkeypatch.setattr(main.QInputDialog, "getText", lambda *a, **k: ("s3cret", True))
    monkeypatch.setattr(main, "store_password", lambda u, p: kept.append((u, p)) or True)
    startup = main.Startup(url)
    startup.start()
    qtbot.waitUntil(lambda: startup.shell is not None, timeout=10_000)
    assert kept == [(url, "s3cret")]
    assert opened == [url, url]  # the keyring now fills the password in
    startup.shell.login.hide()
    from app.views import worker

    worker.wait_idle()
    startup.desk.close()


def test_without_a_keyring_the_password_is_used_for_this_run_only(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                                                  tmp_path: Path) -> None:
    url = "postgresql+psycopg://clerk@db.example:5432/regdesk"
    real = f"sqlite:///{tmp_path / 'pw.db'}"
    opened: list[str] = []
    told: list[str] = []

    def fake_open(u: str, fresh: Path | None = None) -> Any:
        opened.append(u)
        if len(opened) == 1:
            raise main.StartupProblem("数据库服务器要求密码", needs_password=True)
        return open_desk(real)

    monkeypatch.setattr(main, "open_database", fake_open)
    monkeypatch.setattr(main.QInputDialog, "getText", lambda *a, **k: ("s3cret", True))
    monkeypatch.setattr(main, "store_password", lambda u, p: False)
    monkeypatch.setattr(main.QMessageBox, "information", lambda _p, _t, text: told.append(text))
    startup = main.Startup(url)
    startup.start()
    qtbot.waitUntil(lambda: startup.shell is not None, timeout=10_000)
    assert "钥匙串" in told[0] and "下次启动需要再次输入" in told[0]
    assert opened[1] == "postgresql+psycopg://clerk:s3cret@db.example:5432/regdesk"
    startup.shell.login.hide()
    from app.views import worker

    worker.wait_idle()
    startup.desk.close()


def test_unreachable_server_is_reported_in_chinese(qtbot: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(main.Startup, "offer_settings", lambda _self, text: shown.append(text) or False)
    startup = main.Startup("postgresql+psycopg://clerk@127.0.0.1:1/regdesk")
    failed: list[str] = []
    startup.failed.connect(failed.append)
    startup.start()
    qtbot.waitUntil(lambda: bool(failed), timeout=20_000)
    assert "无法连接数据库服务器" in shown[0] and "127.0.0.1:1/regdesk" in shown[0]
