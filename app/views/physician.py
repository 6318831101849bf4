"""The physician's own window (医师个人端): who they are, whether the account is activated, and activation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.services import Actor, Desk
from app.views.forms import FormDialog, line
from app.views.main_window import RoleWindow
from app.views.password import PASSWORD_HINT


def tr(text: str) -> str:
    return QCoreApplication.translate("physician", text)


#: (service keyword, label, hint) of the three ways to activate an account
ACTIVATION_WAYS = (
    ("certificate_code", "医师资格证书编码", "医师资格证书上的27位编码"),
    ("exam_ticket", "准考证号", "尚未取得医师资格证书时，填写医师资格考试准考证号"),
    ("activation_code", "激活码", "已注册的医师：向主要执业机构索取的10位激活码"),
)


class PhysicianWindow(RoleWindow):
    """医师: name, username and activation state; 激活账户 while the account is not activated."""

    role = "physician"

    def organisation(self) -> str:
        return tr("医师个人账户")

    def build_menus(self) -> None:
        business = self.menuBar().addMenu(tr("业务(&B)"))
        self.activate_action = self._action(business, tr("激活账户(&A)…"), self.activate)

    def build_central(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(24, 24, 24, 24)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        outer.addWidget(self.heading)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.username_label = QLabel()
        self.state_label = QLabel()
        self.state_label.setObjectName("activationState")
        form.addRow(tr("用户名："), self.username_label)
        form.addRow(tr("账户状态："), self.state_label)
        outer.addLayout(form)
        self.explain = QLabel(tr("账户激活后才能办理注册、变更等业务。激活时填写医师资格证书编码；尚未取得证书的，"
                                 "填写准考证号；已在医疗机构注册的医师，也可以用机构发放的激活码。"))
        self.explain.setWordWrap(True)
        outer.addWidget(self.explain)
        row = QHBoxLayout()
        self.activate_button = QPushButton(tr("激活账户…"))
        self.activate_button.clicked.connect(self.activate)
        row.addWidget(self.activate_button)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(1)
        self._show_state()
        return page

    def _show_state(self) -> None:
        a = self.actor
        self.heading.setText(a.name or a.username)
        self.username_label.setText(a.username)
        self.state_label.setText(tr("已激活") if a.activated else tr("未激活"))
        for widget in (self.explain, self.activate_button):
            widget.setVisible(not a.activated)
        self.activate_action.setEnabled(not a.activated)

    def activate(self) -> ActivateDialog:
        dialog = ActivateDialog(self.desk, self.actor, self)
        dialog.activated.connect(self._activated)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _activated(self, actor: Actor) -> None:
        self.actor = actor
        self._show_state()
        self.statusBar().showMessage(tr("账户已激活"), 15_000)


class ActivateDialog(FormDialog):
    """激活账户: with the qualification certificate code, the exam ticket number or an activation code."""

    activated = Signal(object)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(tr("激活账户"), parent, ok_text=tr("激活"),
                         intro=tr("所填号码须与您注册时填写的姓名和身份证号相符。"))
        self.setObjectName("activateDialog")
        self.desk = desk
        self.actor = actor
        ways = QWidget()
        lay = QVBoxLayout(ways)
        lay.setContentsMargins(0, 0, 0, 0)
        self.way = QButtonGroup(self)
        self.way_buttons: dict[str, QRadioButton] = {}
        for i, (key, label, _hint) in enumerate(ACTIVATION_WAYS):
            button = QRadioButton(tr(label))
            self.way.addButton(button, i)
            self.way_buttons[key] = button
            lay.addWidget(button)
        self.form.addRow(tr("激活方式："), ways)
        self.value = self.add_row(tr("号码："), line(max_length=40), "certificate_code")
        self.errors.alias("exam_ticket", "certificate_code")
        self.errors.alias("activation_code", "certificate_code")
        self.way.idToggled.connect(self._way_changed)
        self.way_buttons["certificate_code"].setChecked(True)
        self.setMinimumWidth(500)

    def _way_changed(self, _id: int, on: bool) -> None:
        if on:
            self.value.setPlaceholderText(tr(ACTIVATION_WAYS[self.way.checkedId()][2]))

    def selected_way(self) -> str:
        return ACTIVATION_WAYS[max(self.way.checkedId(), 0)][0]

    def submit(self) -> None:
        self.call(self.desk.auth.activate_physician, self.actor, on_done=self._done,
                  announce={"physicians": [self.actor.physician_id]},
                  **{self.selected_way(): self.value.text().strip()})

    def _done(self, actor: Actor) -> None:
        self.accept()
        self.activated.emit(actor)


class RegisterPhysicianDialog(FormDialog):
    """医师注册账户 (from the login dialog): real name, resident ID, phone, email, username, password."""

    registered = Signal(str)  # username

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("注册医师个人账户"), parent, ok_text=tr("注册"),
            intro=tr("请用本人真实姓名和居民身份证号注册。注册后登录，再用医师资格证书编码（或准考证号）激活账户。"),
        )
        self.setObjectName("registerPhysicianDialog")
        self.desk = desk
        self.name = self.add_row(tr("姓名："), line(max_length=30), "name")
        self.id_number = self.add_row(tr("身份证号："), line(max_length=18), "id_number")
        self.phone = self.add_row(tr("手机："), line(max_length=20), "phone")
        self.email = self.add_row(tr("电子邮箱："), line(max_length=120), "email")
        self.username = self.add_row(tr("用户名："), line(tr("英文字母、数字，3至32位"), max_length=32), "username")
        self.password = self.add_row(tr("密码："), line(password=True), "password", hint=tr(PASSWORD_HINT))
        self.password2 = self.add_row(tr("再次输入密码："), line(password=True), "password2")
        self.setMinimumWidth(520)

    def submit(self) -> None:
        if self.password.text() != self.password2.text():
            self.errors.set("password2", tr("两次输入的密码不一致"))
            return
        self.call(self.desk.auth.register_physician, self.name.text().strip(), self.id_number.text().strip(),
                  self.phone.text().strip(), self.email.text().strip(), self.username.text().strip(),
                  self.password.text(), on_done=self._done, announce=lambda r: {"physicians": [r.physician_id]})

    def _done(self, result: object) -> None:
        self.accept()
        self.registered.emit(getattr(result, "username", self.username.text().strip()))
