"""The idle lock: a role window locks after some minutes without keyboard or mouse input and asks for the
password again.

``IdleLock(window)`` watches input to the whole application (one event filter) and checks every few
seconds; after ``session/idle_lock_minutes`` (QSettings, default 15, 0 = never; the settings dialog
writes it) the window's contents are covered, its actions disabled and its other windows (an open case,
a wizard) hidden until ``desk.auth.unlock`` accepts the password; then everything comes back as it was.
``input_since(t)`` tells other windows whether a person touched the app since a moment (the case dialog
renews its claim only then).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QInputEvent, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import Actor, AuthenticationError, DomainError
from app.views import worker
from app.views.i18n import error_text, tr

SETTING = "session/idle_lock_minutes"
DEFAULT_MINUTES = 15
#: How often the lock looks at the time since the last input.
CHECK_MS = 5_000

_INPUT = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove, QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
})



class _InputWatch(QObject):
    """The application's event filter: notes the time of the last keyboard or mouse input."""

    def __init__(self) -> None:
        super().__init__()
        self.last = time.monotonic()

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        # isinstance first: this filter sees every event of the application, and event.type() makes a
        # Python enum member each time (the paint, layout and timer events of a window being built)
        if isinstance(event, QInputEvent) and event.type() in _INPUT:
            self.last = time.monotonic()
        return False


_watch: _InputWatch | None = None


def _watcher() -> _InputWatch:
    global _watch
    if _watch is None:
        _watch = _InputWatch()
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(_watch)
    return _watch


def last_input() -> float:
    """time.monotonic() of the last keyboard or mouse input to the application."""
    return _watcher().last


def input_since(moment: float) -> bool:
    """Whether a person used keyboard or mouse after ``moment`` (a time.monotonic() value)."""
    return last_input() > moment


def note_input() -> None:
    """Count now as input (tests; a window that just opened)."""
    _watcher().last = time.monotonic()


def lock_minutes() -> int:
    """The minutes of no input after which windows lock (0: never)."""
    value = QSettings().value(SETTING, DEFAULT_MINUTES)
    try:
        return max(0, int(str(value)))
    except (TypeError, ValueError):
        return DEFAULT_MINUTES


class LockOverlay(QFrame):
    """What covers a locked window: who is signed in, the password field, 解锁 and 退出登录."""

    def __init__(self, window: QMainWindow, actor: Actor, minutes: int) -> None:
        super().__init__(window)
        self.setObjectName("idleLockOverlay")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#idleLockOverlay { background: #eef2f7; }"
                           " #idleLockBox { background: white; border: 1px solid #b8c4d6;"
                           " border-radius: 6px; }")
        box = QFrame(self)
        box.setObjectName("idleLockBox")
        box.setFixedWidth(420)
        title = QLabel(tr("窗口已锁定"))
        font = title.font()
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        title.setFont(font)
        who = actor.name or actor.username  # the account's name, not its generated username (jg…)
        self.intro = QLabel(
            tr("{minutes} 分钟内没有操作，为保护数据窗口已锁定。\n请 {who} 输入密码继续。").format(
                minutes=minutes, who=who))
        self.intro.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("密码"))
        self.error = QLabel()
        self.error.setObjectName("unlockError")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.unlock_button = QPushButton(tr("解锁"))
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.logout_button = QPushButton(tr("退出登录"))
        self.logout_button.setObjectName("lockLogoutButton")
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.logout_button)
        buttons.addWidget(self.unlock_button)
        inner = QVBoxLayout(box)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        for widget in (title, self.intro, self.password, self.error):
            inner.addWidget(widget)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(box)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        self.password.returnPressed.connect(self.unlock_button.click)

    def cover(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.raise_()


class IdleLock(QObject):
    """Locks ``window`` (a RoleWindow: ``desk``, ``actor``, ``logout()``) after idle minutes."""

    locked = Signal()
    unlocked = Signal(object)  # the Actor

    def __init__(self, window: Any, *, check_ms: int = CHECK_MS) -> None:
        super().__init__(window)
        self.window = window
        self.overlay: LockOverlay | None = None
        self._hidden: list[QWidget] = []
        self._disabled: list[QAction | QShortcut] = []
        self._covered: QWidget | None = None
        note_input()  # a window that just opened (a sign-in) is use
        self._timer = QTimer(self)
        self._timer.setInterval(check_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        window.installEventFilter(self)

    @property
    def is_locked(self) -> bool:
        return self.overlay is not None

    def check(self) -> None:
        """Lock when the minutes have passed without input (and the window is shown)."""
        minutes = lock_minutes()
        if self.is_locked or not minutes or not self.window.isVisible():
            return
        if time.monotonic() - last_input() >= minutes * 60:
            self.lock(minutes)

    def lock(self, minutes: int | None = None) -> None:
        if self.is_locked:
            return
        window = self.window
        self._hidden = [w for w in QApplication.topLevelWidgets()
                        if w is not window and w.isVisible() and _belongs_to(w, window)]
        for w in self._hidden:
            w.hide()
        # menu actions and the lists' shortcuts (Enter opens a queued case): nothing acts under the lock
        self._disabled = [a for a in window.findChildren(QAction) if a.isEnabled()]
        self._disabled += [s for s in window.findChildren(QShortcut) if s.isEnabled()]
        for action in self._disabled:
            action.setEnabled(False)
        self._covered = window.centralWidget()  # no key, click or Tab reaches the lists under the lock
        if self._covered is not None:
            self._covered.setEnabled(False)
        self.overlay = LockOverlay(window, window.actor, minutes or lock_minutes())
        self.overlay.unlock_button.clicked.connect(self._try_unlock)
        self.overlay.logout_button.clicked.connect(self._logout)
        self.overlay.cover()
        self.overlay.show()
        self.overlay.password.setFocus()
        self.locked.emit()

    def _try_unlock(self) -> None:
        overlay = self.overlay
        if overlay is None:
            return
        overlay.error.setText("")
        overlay.unlock_button.setEnabled(False)
        worker.run_write(overlay, self.window.desk.auth.unlock, self.window.actor, overlay.password.text(),
                         on_done=self._unlocked, on_error=self._refused,
                         on_finished=lambda: overlay.unlock_button.setEnabled(True))

    def _unlocked(self, actor: Actor) -> None:
        overlay, self.overlay = self.overlay, None
        if overlay is not None:
            overlay.hide()
            overlay.deleteLater()
        for action in self._disabled:
            action.setEnabled(True)
        if self._covered is not None:
            self._covered.setEnabled(True)
            self._covered = None
        for w in self._hidden:
            w.show()
        self._disabled, self._hidden = [], []
        note_input()
        self.unlocked.emit(actor)

    def _refused(self, err: DomainError) -> bool:
        if self.overlay is None:
            return True
        self.overlay.password.clear()
        self.overlay.error.setText(error_text(err))
        ended = "重新登录" in err.message or "已退出登录" in err.message
        if isinstance(err, AuthenticationError) and ended:
            QTimer.singleShot(1500, self._logout)  # the session is over: back to the login dialog
        return True

    def _logout(self) -> None:
        for w in self._hidden:
            w.close()
        self._hidden = []
        self.window.logout()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.window and event.type() == QEvent.Type.Resize and self.overlay is not None:
            self.overlay.cover()
        return False


def _belongs_to(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if parent is window:
            return True
        parent = parent.parentWidget()
    return False
