"""The worker helper: results on the GUI thread, one write at a time, errors shown where they belong."""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from app.services import ConflictError, EnvironmentFault, ValidationError
from app.views import worker


@pytest.fixture
def window(qtbot: Any) -> QMainWindow:
    w = QMainWindow()
    w.setCentralWidget(QLabel("test"))
    qtbot.addWidget(w)
    w.show()
    return w


def test_results_arrive_on_the_gui_thread(qtbot: Any, window: QMainWindow) -> None:
    seen: dict[str, Any] = {}

    def job(x: int) -> int:
        seen["job_thread"] = QThread.currentThread()
        return x * 2

    worker.run_read(window, job, 21,
                    on_done=lambda r: seen.update(result=r, done_thread=QThread.currentThread()))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42
    assert seen["done_thread"] is QApplication.instance().thread()
    assert seen["job_thread"] is not QApplication.instance().thread()


def test_writes_never_overlap(qtbot: Any, window: QMainWindow) -> None:
    running = 0
    most = 0
    lock = threading.Lock()
    done: list[int] = []

    def write(i: int) -> int:
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.02)
        with lock:
            running -= 1
        return i

    for i in range(6):
        worker.run_write(window, write, i, on_done=done.append)
    qtbot.waitUntil(lambda: len(done) == 6)
    assert most == 1
    assert done == list(range(6))  # one queue: in the order they were asked for


def test_a_write_announces_what_changed(qtbot: Any, window: QMainWindow) -> None:
    heard: list[dict[str, Any]] = []
    worker.changes.changed.connect(heard.append)
    try:
        worker.run_write(window, lambda: 7, announce=lambda r: {"institutions": [r]})
        qtbot.waitUntil(lambda: bool(heard))
    finally:
        worker.changes.changed.disconnect(heard.append)
    assert heard == [{"institutions": [7], "origin": window}]


def test_refused_write_announces_nothing(qtbot: Any, window: QMainWindow) -> None:
    heard: list[dict[str, Any]] = []
    errors: list[Any] = []

    def refuse() -> None:
        raise ConflictError("已被他人修改")

    worker.changes.changed.connect(heard.append)
    try:
        worker.run_write(window, refuse, announce={"cases": [1]}, on_error=lambda e: errors.append(e) or True)
        qtbot.waitUntil(lambda: bool(errors))
    finally:
        worker.changes.changed.disconnect(heard.append)
    assert heard == []


def test_domain_error_goes_to_the_callback_with_its_field(qtbot: Any, window: QMainWindow) -> None:
    got: list[Any] = []

    def refuse() -> None:
        raise ValidationError("手机号应为11位", "phone")

    worker.run_read(window, refuse, on_error=lambda e: got.append(e) or True)
    qtbot.waitUntil(lambda: bool(got))
    assert got[0].field == "phone" and got[0].message == "手机号应为11位"


def test_domain_error_without_a_handler_shows_in_the_status_bar(qtbot: Any, window: QMainWindow) -> None:
    def refuse() -> None:
        raise ConflictError("该记录已被其他用户修改，请刷新后重试")

    worker.run_read(window, refuse)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() != "")
    assert window.statusBar().currentMessage() == "该记录已被其他用户修改，请刷新后重试"


def test_busy_database_offers_a_retry_that_runs_the_job_again(qtbot: Any, window: QMainWindow) -> None:
    calls: list[int] = []
    done: list[str] = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) == 1:
            raise EnvironmentFault("数据库正忙（其他电脑正在写入），请稍后重试")
        return "ok"

    worker.run_write(window, flaky, on_done=done.append)
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(QMessageBox)))
    box = next(w for w in window.findChildren(QMessageBox) if w.isVisible())
    assert "数据库正忙" in box.text()
    retry = next(b for b in box.buttons() if b.text() == "重试")
    retry.click()
    qtbot.waitUntil(lambda: done == ["ok"])
    assert len(calls) == 2


def test_unexpected_error_opens_the_crash_dialog_naming_the_log_file(qtbot: Any, window: QMainWindow) -> None:
    def broken() -> None:
        raise KeyError("boom")

    worker.run_read(window, broken)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "crashDialog") is not None)
    box = window.findChild(QMessageBox, "crashDialog")
    assert str(worker.log_file()) in box.informativeText()
    assert "KeyError" in box.detailedText()
    qtbot.waitUntil(lambda: "KeyError" in worker.log_file().read_text(encoding="utf-8"))
    box.close()


def test_callbacks_are_skipped_when_the_window_is_gone(qtbot: Any) -> None:
    w = QMainWindow()
    called: list[int] = []
    gate = threading.Event()

    def slow() -> int:
        gate.wait(5)
        return 1

    worker.run_read(w, slow, on_done=called.append)
    w.deleteLater()
    qtbot.wait(50)
    gate.set()
    worker.wait_idle()
    qtbot.wait(50)
    assert called == []
