"""live.FeedWatcher: changes made on another PC reach the window, only what the actor may see, and stop()."""

from __future__ import annotations

import time
from typing import Any

import shiboken6
from PySide6.QtCore import QObject

from tests.conftest import FakeClock
from tests.gui.helpers import admin, institution_fields

WAIT = 10_000


def _watch(desk: Any, actor: Any, parent: QObject | None = None) -> tuple[Any, list[Any]]:
    from app.views.live import FeedWatcher

    watcher = FeedWatcher(desk, actor, parent, wait_seconds=0.5)
    seen: list[Any] = []
    watcher.changed.connect(seen.extend)
    watcher.start()
    return watcher, seen


def test_a_change_committed_by_another_desk_reaches_the_watcher(qtbot: Any, desk: Any, db_url: str) -> None:
    """SQLite: the other PC's commit is found by polling; PostgreSQL: LISTEN/NOTIFY wakes the thread."""
    from app.services import open_desk

    boss = admin(desk)
    watcher, seen = _watch(desk, boss)
    try:
        qtbot.waitUntil(lambda: watcher.running)
        time.sleep(0.3)  # the thread has read its starting cursor
        other_pc = open_desk(db_url, clock=FakeClock(), workstation="other-pc")
        try:
            actor = other_pc.auth.login("gdadmin", __import__("tests.conftest").conftest.ADMIN_PASSWORD)
            info, _u, _p = other_pc.accounts.create_institution(actor, **institution_fields())
        finally:
            other_pc.close()
        qtbot.waitUntil(
            lambda: any(c.table == "institutions" and c.row_id == info.id for c in seen), timeout=WAIT
        )
    finally:
        watcher.stop()
    assert not watcher.running


def test_the_watcher_passes_on_only_what_the_actor_may_see(qtbot: Any, gui_desk: Any) -> None:
    boss = admin(gui_desk)
    info, username, initial = gui_desk.accounts.create_institution(boss, **institution_fields())
    hr = gui_desk.auth.change_password(gui_desk.auth.login(username, initial), initial, "Hosp#2026pw")
    id_number = "440106197503010011"
    from app.services.validation import resident_id_check_char

    id_number = id_number[:17] + resident_id_check_char(id_number[:17])
    result = gui_desk.roster.import_qualifications(
        boss,
        [
            {
                "name": "周建华",
                "id_number": id_number,
                "certificate_code": "201811044000000100000000009",
                "level": "执业医师",
                "category": "临床",
            }
        ],
    )
    assert not result.errors
    physician = gui_desk.roster.physicians(boss, id_number).items[0]

    watcher, seen = _watch(gui_desk, hr)
    try:
        qtbot.waitUntil(lambda: watcher.running)
        time.sleep(0.3)
        elsewhere = gui_desk.counter.legacy_backfill(
            boss,
            name="梁伯涛",
            id_number=id_number[:16] + "3" + resident_id_check_char(id_number[:16] + "3"),
            certificate_code="199511044000000100000000001",
            level="执业医师",
            category="中医",
            issued_on="1995-06-30",
        )
        here = gui_desk.counter.direct_registration(
            boss, physician.id, institution_id=info.id, scopes=["内科专业"]
        )
        qtbot.waitUntil(lambda: any(c.row_id == here.id and c.table == "cases" for c in seen), timeout=WAIT)
    finally:
        watcher.stop()
    assert all(c.institution_id == info.id for c in seen)
    assert not any(c.table == "cases" and c.row_id == elsewhere.id for c in seen)


def test_stop_ends_the_thread_within_one_wait(qtbot: Any, gui_desk: Any) -> None:
    watcher, _seen = _watch(gui_desk, admin(gui_desk))
    qtbot.waitUntil(lambda: watcher.running)
    started = time.monotonic()
    watcher.stop()
    assert not watcher.running and time.monotonic() - started < 3
    watcher.start()  # and it can start again, from where it stopped
    qtbot.waitUntil(lambda: watcher.running)
    watcher.stop()


def test_destroying_the_parent_stops_the_thread(qtbot: Any, gui_desk: Any) -> None:
    parent = QObject()
    watcher, _seen = _watch(gui_desk, admin(gui_desk), parent)
    qtbot.waitUntil(lambda: watcher.running)
    loop = watcher._loop
    shiboken6.delete(parent)  # the window went away without calling stop()
    assert loop.isFinished()
