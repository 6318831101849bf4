"""修改密码: the change-password dialog, also forced after a first sign-in (must_change_password)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from app.services.contract import Actor, Desk
from app.views.forms import FormDialog, line
from app.views.i18n import N_, tr

PASSWORD_HINT = N_("至少8个字符，包含小写字母、大写字母、数字、符号中的至少三类")


class ChangePasswordDialog(FormDialog):
    """Old password, new password twice; calls desk.auth.change_password and emits the refreshed Actor."""

    changed = Signal(object)

    def __init__(self, desk: Desk, actor: Actor, *, forced: bool = False,
                 parent: QWidget | None = None) -> None:
        intro = tr("这是您第一次登录，或密码已由管理员重置：请先设置您自己的新密码，之后才能使用系统。")
        super().__init__(tr("修改密码"), parent, ok_text=tr("修改密码"), intro=intro if forced else "")
        self.desk = desk
        self.actor = actor
        self.forced = forced
        self.setObjectName("changePasswordDialog")
        who = QLabel(tr("{name}（{username}）").format(name=actor.name, username=actor.username)
                     if actor.name else actor.username)
        self.form.addRow(tr("用户："), who)
        self.old_password = self.add_row(tr("原密码："), line(password=True), "old_password")
        self.new_password = self.add_row(tr("新密码："), line(password=True), "new_password", "password",
                                         hint=tr(PASSWORD_HINT))
        self.new_password2 = self.add_row(tr("再次输入新密码："), line(password=True), "new_password2")
        if forced:
            self.cancel_button.setText(tr("退出登录"))
        self.setMinimumWidth(520)

    def submit(self) -> None:
        if self.new_password.text() != self.new_password2.text():
            self.errors.set("new_password2", tr("两次输入的新密码不一致"))
            return
        self.call(self.desk.auth.change_password, self.actor, self.old_password.text(),
                  self.new_password.text(), on_done=self._done, announce={"users": [self.actor.user_id]})

    def _done(self, actor: Actor) -> None:
        self.changed.emit(actor)
        self.accept()
