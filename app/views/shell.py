"""The flow of a working day: login → (forced password change) → the role's window → 退出登录 → login."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.services.contract import Actor, Desk
from app.views import worker
from app.views.i18n import tr
from app.views.login import LoginDialog
from app.views.main_window import RoleWindow, ignore_error, window_for
from app.views.password import ChangePasswordDialog


class Shell(QObject):
    """Owns the login dialog and the open role window. ``finished`` fires when the user quits."""

    finished = Signal()
    window_opened = Signal(object)

    def __init__(self, desk: Desk, *, demo_logins: list[tuple[str, str, str]] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.demo_logins = demo_logins or []
        self.login: LoginDialog | None = None
        self.password_dialog: ChangePasswordDialog | None = None
        self.window: RoleWindow | None = None

    def start(self) -> None:
        self.show_login()

    def show_login(self) -> None:
        if self.login is not None:
            self.login.deleteLater()
        self.login = LoginDialog(self.desk, demo_logins=self.demo_logins)
        self.login.signed_in.connect(self._signed_in)
        self.login.rejected.connect(self.finished)
        self.login.show()
        self.login.raise_()
        self.login.activateWindow()

    def _signed_in(self, actor: Actor, note: str) -> None:
        if actor.must_change_password:
            dialog = ChangePasswordDialog(self.desk, actor, forced=True)
            self.password_dialog = dialog
            dialog.changed.connect(lambda new: self._open_window(new, tr("密码已修改，欢迎使用")))
            dialog.rejected.connect(lambda: self._abandon(actor))
            dialog.open()
            return
        self._open_window(actor, note)

    def _abandon(self, actor: Actor) -> None:
        """The forced change was cancelled: sign out and show the login dialog again."""
        worker.run_write(None, self.desk.auth.logout, actor, on_error=ignore_error)
        self.show_login()

    def _open_window(self, actor: Actor, note: str = "") -> None:
        window = window_for(self.desk, actor)
        self.window = window
        window.logged_out.connect(self._logged_out)
        window.closed.connect(self.finished)
        window.show()
        if note:
            window.statusBar().showMessage(note, 15_000)
        self.window_opened.emit(window)

    def _logged_out(self) -> None:
        if self.window is not None:
            self.window.deleteLater()
            self.window = None
        self.show_login()
