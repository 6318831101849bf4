"""Live updates: a FeedWatcher waits on the change feed in its own thread and tells the GUI what changed.

    watcher = FeedWatcher(desk, actor, parent=self)
    watcher.changed.connect(self.on_feed)   # list[Change] the actor may see, on the GUI thread
    watcher.start()
    ...
    watcher.stop()                          # on close (also done when the parent is destroyed)

On PostgreSQL another PC's commit wakes the thread at once (LISTEN/NOTIFY); on SQLite the feed is polled
a few times a second. A database that is briefly unreachable is retried with a pause while the window's
status bar says 连接中断，正在重试 (and 连接已恢复 once it is back; no change is lost, the cursor stays);
an ended session (AuthenticationError) stops the watcher and emits ``failed``.
"""

from __future__ import annotations

import atexit
import logging
import threading
import weakref
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal

from app.services.contract import Actor, AuthenticationError, DomainError, EnvironmentFault
from app.views import worker
from app.views.i18n import tr

log = logging.getLogger("regdesk.views.live")


#: Seconds one wait on the feed may block (also how long stop() may take at most).
WAIT_SECONDS = 1.0
#: Seconds to pause after the database failed before trying again.
RETRY_SECONDS = 5.0


#: Every loop still running, stopped at interpreter exit (a window hidden but never closed).
_LOOPS: weakref.WeakSet[_FeedLoop] = weakref.WeakSet()


class _FeedLoop(QThread):
    """The thread: wait for the feed to move, read what the actor may see, hand it over."""

    batch = Signal(list)
    failed = Signal(object)
    restored = Signal()

    def __init__(self, desk: Any, actor: Actor, cursor: int | None, wait_seconds: float) -> None:
        super().__init__()
        self.setObjectName("FeedWatcher")
        self.desk = desk
        self.actor = actor
        self.cursor = cursor
        self.wait_seconds = wait_seconds
        self._stop = threading.Event()
        _LOOPS.add(self)

    def request_stop(self) -> None:
        self._stop.set()

    def run(self) -> None:
        broken = False
        while not self._stop.is_set():
            try:
                if self.cursor is None:
                    self.cursor = self.desk.feed.head(self.actor)
                moved = self.desk.feed.wait(self.actor, self.wait_seconds, self.cursor)
                if broken:
                    broken = False
                    self.restored.emit()
                if not moved:
                    continue
                if self._stop.is_set():
                    break
                changes, self.cursor = self.desk.feed.since(self.actor, self.cursor)
                if changes and not self._stop.is_set():
                    self.batch.emit(list(changes))
            except AuthenticationError as err:  # the session ended: nothing more to watch
                self.failed.emit(err)
                return
            except DomainError as err:  # EnvironmentFault and the like: pause, then try again
                log.warning("变更通知暂时中断：%s", err.message)
                broken = True
                self.failed.emit(err)
                self._stop.wait(RETRY_SECONDS)
            except Exception:  # noqa: BLE001 - a watcher must never take the window down
                log.exception("变更通知线程出错")
                self._stop.wait(RETRY_SECONDS)


class FeedWatcher(QObject):
    """Emits ``changed(list[Change])`` on the GUI thread whenever the feed has entries the actor may see."""

    changed = Signal(list)
    failed = Signal(object)  # DomainError
    restored = Signal()  # the feed works again after a failure

    def __init__(
        self,
        desk: Any,
        actor: Actor,
        parent: QObject | None = None,
        *,
        cursor: int | None = None,
        wait_seconds: float = WAIT_SECONDS,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self._cursor = cursor
        self._wait_seconds = wait_seconds
        self._loop: _FeedLoop | None = None
        # the thread is stopped when the watcher is destroyed with its parent: the slot captures only
        # this list, not the watcher, so it still works while the QObject is being torn down
        self._running: list[_FeedLoop] = []
        running = self._running
        self.destroyed.connect(lambda *_a: _stop_all(running))
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    def start(self) -> None:
        """Start watching from now (or from the cursor given); starting twice does nothing."""
        if self._loop is not None and self._loop.isRunning():
            return
        loop = _FeedLoop(self.desk, self.actor, self._cursor, self._wait_seconds)
        loop.batch.connect(self._deliver)
        loop.failed.connect(self._failed)
        loop.restored.connect(self._restored)
        self._loop = loop
        self._running.append(loop)
        loop.start()

    def stop(self) -> None:
        """Stop the thread and wait for it (at most one wait period)."""
        loop, self._loop = self._loop, None
        if loop is None:
            return
        self._cursor = loop.cursor
        _stop_all([loop])
        if loop in self._running:
            self._running.remove(loop)
        loop.deleteLater()

    def set_actor(self, actor: Actor) -> None:
        """A new session for the same user (e.g. after a password change)."""
        self.actor = actor
        if self._loop is not None:
            self._loop.actor = actor

    @property
    def running(self) -> bool:
        return self._loop is not None and self._loop.isRunning()

    def _deliver(self, changes: list[Any]) -> None:
        if shiboken6.isValid(self) and self._loop is not None:
            self.changed.emit(changes)

    def _failed(self, err: DomainError) -> None:
        if shiboken6.isValid(self):
            if isinstance(err, EnvironmentFault):
                worker.say(self.parent(), tr("连接中断，正在重试…"), int((RETRY_SECONDS + 5) * 1000))
            self.failed.emit(err)

    def _restored(self) -> None:
        if shiboken6.isValid(self):
            worker.say(self.parent(), tr("连接已恢复"), 5000)
            self.restored.emit()


def _stop_all(loops: list[_FeedLoop]) -> None:
    for loop in loops:
        loop.request_stop()
    for loop in loops:
        if shiboken6.isValid(loop):
            loop.wait(int((loop.wait_seconds + 2) * 1000))


@atexit.register
def _stop_at_exit() -> None:
    loops = [loop for loop in list(_LOOPS) if shiboken6.isValid(loop)]
    _stop_all(loops)


def tables_of(changes: list[Any]) -> set[str]:
    """The tables a batch of changes touched (e.g. {"cases"})."""
    return {c.table for c in changes}


def rows_of(changes: list[Any], table: str) -> set[int]:
    """The ids of one table's rows a batch touched."""
    return {c.row_id for c in changes if c.table == table}
