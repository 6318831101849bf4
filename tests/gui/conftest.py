"""GUI fixtures: a desk on a SQLite file, isolated settings and logs, and every background job drained."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """QSettings and the log file live under tmp_path, so no test sees another's remembered sizes."""
    from PySide6.QtCore import QCoreApplication, QSettings

    monkeypatch.setenv("REGDESK_DATA_DIR", str(tmp_path / "data"))
    QCoreApplication.setOrganizationName("regdesk-test")
    QCoreApplication.setApplicationName("regdesk-test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    from app.views import worker
    from app.views.theme import apply_theme, install_translations

    if not getattr(qapp, "_regdesk_themed", False):
        # once per process: setStyleSheet on the application re-polishes every widget alive and
        # install_fonts registers the 5 MB font file again and sends a font change to every widget
        # (~0.1 s with nothing left, over 1 s once a few hundred windows were alive)
        apply_theme(qapp)
        qapp._regdesk_themed = True
    if not getattr(qapp, "_regdesk_translated", False):
        install_translations(qapp, "zh_CN")
        qapp._regdesk_translated = True
    worker.setup_logging()
    before = _window_ids()
    yield
    _delete_new_windows(before)


def _window_ids() -> set[int]:
    import shiboken6
    from PySide6.QtWidgets import QApplication

    return {shiboken6.getCppPointer(w)[0] for w in QApplication.topLevelWidgets()}


def _delete_new_windows(before: set[int]) -> None:
    """Delete every window the test made (shown or hidden) and stop the feed threads it started.

    A window a test hid but never closed stayed alive to the end of the process: every later test then paid
    for it (each style, font or language change goes to every widget alive; a hidden window's feed thread
    kept reading its closed desk), ~2,400 widgets after 30 tests. The feed threads are asked to stop all at
    once first, so the windows' deletion waits for at most one feed wait, not one per window.
    """
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    from app.views import live, worker

    worker.wait_idle()
    for loop in list(live._LOOPS):
        if shiboken6.isValid(loop):
            loop.request_stop()
    for widget in QApplication.topLevelWidgets():
        if shiboken6.getCppPointer(widget)[0] not in before:
            widget.hide()
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


@pytest.fixture
def gui_desk(tmp_path: Path, clock, db_templates) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """A desk on a fresh SQLite file (a copy of the session's migrated template: ~10 ms instead of ~300 ms
    of migrations per test); background jobs are drained before it closes."""
    from app.services import open_desk
    from app.services.base import RecordingSender
    from app.services.sms import MemorySecrets
    from app.views import worker

    # a stand-in SMS gateway (helpers.sms_credentials reads the text as sent); the secret stays in memory
    desk = open_desk(db_templates.sqlite_copy(tmp_path / "gui.db"), clock=clock, workstation="gui-test",
                     sms_sender=RecordingSender())
    desk.ctx.sms_secret_store = MemorySecrets()
    try:
        yield desk
    finally:
        _close_windows()
        worker.wait_idle()
        desk.close()


def _close_windows() -> None:
    """Close what a test left open (windows sign out in the background), so no modal dialog outlives it."""
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
    QApplication.processEvents()


@pytest.fixture
def shell(gui_desk, qtbot) -> Iterator[object]:  # type: ignore[no-untyped-def]
    """The login → window flow on the test desk, started (the login dialog is showing)."""
    from app.views import worker
    from app.views.shell import Shell

    s = Shell(gui_desk)
    s.start()
    assert s.login is not None
    qtbot.addWidget(s.login)
    qtbot.waitUntil(lambda: s.login is not None and not s.login.busy)
    yield s
    worker.wait_idle()
    for w in (s.window, s.login, s.password_dialog):
        if w is not None:
            w.hide()
