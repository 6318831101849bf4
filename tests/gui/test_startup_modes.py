"""main.py's start-up modes: the role windows are imported while the login dialog waits (so signing in
does not stall on imports), and --smoke reports the login window and leaves without waiting for anyone."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

import main
from app.views import worker


def test_role_window_modules_are_imported_in_a_worker_while_the_login_dialog_waits(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ran_in: list[threading.Thread] = []
    seen: list[tuple[bool, bool]] = []  # (this startup's shell exists, its login window visible)
    startup = main.Startup(f"sqlite:///{tmp_path / 'office.db'}")

    def prewarm() -> None:
        shell = startup.shell
        seen.append((shell is not None, bool(shell and shell.login is not None and shell.login.isVisible())))
        if shell is not None:  # (a Startup of an earlier test may still have its prewarm timer running)
            ran_in.append(threading.current_thread())

    monkeypatch.setattr(main, "prewarm_windows", prewarm)
    startup.start()
    qtbot.waitUntil(lambda: startup.shell is not None and startup.shell.login is not None, timeout=10_000)
    qtbot.waitUntil(lambda: bool(ran_in), timeout=10_000)
    assert all(visible for ours, visible in seen if ours)  # the login window first, then the imports
    assert ran_in[0] is not threading.main_thread()
    startup.shell.login.hide()
    worker.wait_idle()
    startup.desk.close()


def test_prewarm_names_modules_that_exist() -> None:
    main.prewarm_windows()  # raises ModuleNotFoundError if a role window module was renamed


def test_smoke_mode_prints_the_line_and_exits_0_once_the_login_window_shows(
    qtbot: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    try:
        assert main.main(["--smoke", "--db", f"sqlite:///{tmp_path / 'office.db'}"]) == 0
    finally:
        app.setQuitOnLastWindowClosed(True)
        worker.wait_idle()
    out = capsys.readouterr().out
    assert main.SMOKE_OK in out and "wqy-microhei.ttc" in out


def test_smoke_mode_fails_without_a_dialog_when_the_database_cannot_be_opened(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from PySide6.QtWidgets import QApplication

    monkeypatch.setattr(main.QMessageBox, "critical", lambda *a: pytest.fail("a dialog nobody can close"))
    app = QApplication.instance()
    try:
        assert main.main(["--smoke", "--db", "postgresql+psycopg://clerk@127.0.0.1:1/regdesk"]) == 1
    finally:
        app.setQuitOnLastWindowClosed(True)
        worker.wait_idle()
    assert "REGDESK SMOKE FAILED" in capsys.readouterr().err
