"""登录: the sign-in dialog (with "remember me") and the first-run dialog creating the first administrator."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services import remember
from app.services.contract import Actor, Desk, DomainError
from app.views import worker
from app.views.forms import FormDialog, ProvinceBox, line
from app.views.help import add_help_shortcut
from app.views.i18n import N_, db_text, ref, tr
from app.views.password import PASSWORD_HINT

log = logging.getLogger(__name__)
APP_TITLE = N_("医师电子化注册系统")
#: the roles app/services/demo.py names its logins with (shown in the demo drop-down)
DEMO_ROLES = (N_("卫生健康委（管理员）"), N_("卫生健康委（窗口）"), N_("医疗机构（人事科）"), N_("医师"))


def _recall() -> tuple[str, str | None]:
    try:
        kept = remember.recall()
    except Exception:  # noqa: BLE001 - a broken keyring must not stop anyone from signing in
        log.exception("读取记住的用户名失败")
        return "", None
    return (kept.username, kept.password) if kept else ("", None)


def _sign_in(desk: Desk, username: str, password: str, keep_user: bool,
             keep_password: bool) -> tuple[Actor, str]:
    """Worker job: log in, then remember or forget the credentials; returns (actor, status bar note)."""
    actor = desk.auth.login(username, password)
    try:
        if keep_user:
            if not remember.remember(actor.username, password if keep_password else None):
                return actor, ref(remember.UNAVAILABLE)
        else:
            remember.forget()
    except Exception:  # noqa: BLE001 - the sign-in itself succeeded
        log.exception("记住用户名失败")
        return actor, ref(remember.UNAVAILABLE)
    return actor, ""


class LoginDialog(FormDialog):
    """Username and password; Enter signs in. Offers first-run setup while the database has no users."""

    signed_in = Signal(object, str)  # (Actor, note to show in the window's status bar)

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 demo_logins: list[tuple[str, str, str]] | None = None) -> None:
        super().__init__(tr("登录"), parent, ok_text=tr("登录"))  # Qt adds the app's name to the title
        self.setObjectName("loginDialog")
        self.setModal(False)
        self.desk = desk
        outer: QVBoxLayout = self.layout()  # type: ignore[assignment]

        title = QLabel(tr(APP_TITLE))
        title.setObjectName("appTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        outer.insertWidget(0, title)

        self.demo_logins = list(demo_logins or [])
        if self.demo_logins:
            self.demo_box = QComboBox()
            self.demo_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            self.demo_box.setMinimumContentsLength(16)
            self.demo_box.addItem(tr("选择一个演示账户…"), None)
            for role, username, password in self.demo_logins:
                self.demo_box.addItem(f"{tr(role)}　{username}", (username, password))
            self.demo_box.activated.connect(self._pick_demo)
            self.form.addRow(tr("演示账户："), self.demo_box)
        self.username = self.add_row(tr("用户名："), line(max_length=32), "username")
        self.password = self.add_row(tr("密码："), line(password=True, max_length=128), "password")

        keep = QWidget()
        row = QHBoxLayout(keep)
        row.setContentsMargins(0, 0, 0, 0)
        self.keep_user = QCheckBox(tr("记住用户名"))
        self.keep_password = QCheckBox(tr("记住密码"))
        row.addWidget(self.keep_user)
        row.addWidget(self.keep_password)
        row.addStretch(1)
        self.register_button = QPushButton(tr("医师注册…"))
        self.register_button.setObjectName("linkButton")
        self.register_button.setFlat(True)
        self.register_button.setAutoDefault(False)
        self.register_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.register_button.setToolTip(tr("医师本人用真实姓名和身份证号注册个人账户"))
        self.register_button.clicked.connect(self.open_register)
        row.addWidget(self.register_button)
        self.public_button = QPushButton(tr("公众查询…"))
        self.public_button.setObjectName("linkButton")
        self.public_button.setFlat(True)
        self.public_button.setAutoDefault(False)
        self.public_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.public_button.setToolTip(tr("不用登录：查询公示的医师、护士和医疗机构"))
        self.public_button.clicked.connect(self.open_public_register)
        row.addWidget(self.public_button)
        self.settings_button = QPushButton(tr("设置…"))
        self.settings_button.setObjectName("linkButton")
        self.settings_button.setFlat(True)
        self.settings_button.setAutoDefault(False)
        self.settings_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.settings_button.setToolTip(tr("数据库或服务器地址、界面语言、自动锁定时间"))
        self.settings_button.clicked.connect(self.open_settings)
        row.addWidget(self.settings_button)
        self.form.addRow("", keep)
        self.help_shortcut = add_help_shortcut(self)  # F1: the user guide, before anyone signs in
        self.keep_password.toggled.connect(lambda on: self.keep_user.setChecked(True) if on else None)
        self.keep_user.toggled.connect(lambda on: None if on else self.keep_password.setChecked(False))

        self.setup_banner = QWidget()
        self.setup_banner.setObjectName("setupBanner")
        banner = QVBoxLayout(self.setup_banner)
        note = QLabel(tr("这个数据库还没有任何账户。"))
        note.setWordWrap(True)
        self.setup_button = QPushButton(tr("首次使用：创建卫生健康委管理员…"))
        self.setup_button.setAutoDefault(False)
        self.setup_button.clicked.connect(self.open_first_run)
        banner.addWidget(note)
        banner.addWidget(self.setup_button)
        self.setup_banner.hide()
        outer.insertWidget(outer.indexOf(self.status), self.setup_banner)

        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.insertWidget(outer.indexOf(self.status), self.notice)

        self.database = QLabel(tr("数据库：") + db_text(desk.describe()))
        self.database.setObjectName("databaseLabel")
        self.database.setWordWrap(True)
        self.database.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.database)

        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.keep_user)
        self.setTabOrder(self.keep_user, self.keep_password)
        self.setMinimumWidth(440)
        self.username.setFocus()
        self.first_run: FirstRunDialog | None = None
        self._facts_loaded = False
        self.set_busy(True)
        worker.run_read(self, self._facts, on_done=self._show_facts, on_finished=lambda: self.set_busy(False))

    def _pick_demo(self, index: int) -> None:
        data = self.demo_box.itemData(index)
        if data:
            self.username.setText(data[0])
            self.password.setText(data[1])
            self.ok_button.setFocus()

    def _facts(self) -> tuple[bool, tuple[str, str | None], str]:
        """Worker job: does the database need setup; what is remembered; why remembering is impossible."""
        try:
            unavailable = "" if remember.available() else ref(remember.UNAVAILABLE)
        except Exception:  # noqa: BLE001 - a broken keyring: say so, sign in anyway
            unavailable = ref(remember.UNAVAILABLE)
        return self.desk.needs_setup(), _recall(), unavailable

    def _show_facts(self, facts: tuple[bool, tuple[str, str | None], str]) -> None:
        needs_setup, (username, password), unavailable = facts
        if unavailable:
            for box in (self.keep_user, self.keep_password):
                box.setChecked(False)
                box.setEnabled(False)
                box.setToolTip(unavailable)
        self.setup_banner.setVisible(needs_setup)
        if needs_setup:
            self.setup_button.setFocus()
        if username and not self.username.text():
            self.username.setText(username)
            self.keep_user.setChecked(True)
            if password:
                self.password.setText(password)
                self.keep_password.setChecked(True)
            self.password.setFocus()
        self._facts_loaded = True

    def submit(self) -> None:
        self.call(_sign_in, self.desk, self.username.text().strip(), self.password.text(),
                  self.keep_user.isChecked(), self.keep_password.isChecked(), on_done=self._done)

    def _done(self, result: tuple[Actor, str]) -> None:
        actor, note = result
        self.password.clear()
        self.accept()
        self.signed_in.emit(actor, note)

    def open_register(self) -> None:
        from app.views.physician import RegisterPhysicianDialog

        dialog = RegisterPhysicianDialog(self.desk, self)
        dialog.registered.connect(self._registered)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_public_register(self) -> QWidget:
        """公众查询 without signing in."""
        from app.views.public_register import open_public_register

        return open_public_register(self.desk, self)

    def open_settings(self) -> QWidget:
        """设置: the database address (used from the next start), language, idle lock."""
        from app.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, current=self.desk.describe())
        dialog.saved.connect(self._settings_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _settings_saved(self, address_changed: bool) -> None:
        if address_changed:
            self.notice.setText(tr("新的数据库地址已保存：请退出并重新启动程序，之后使用新的数据库。"))
            self.notice.show()

    def _registered(self, username: str) -> None:
        self.errors.clear()
        self.username.setText(username)
        self.password.clear()
        self.password.setFocus()
        self.notice.setText(
            tr("医师账户 {user} 已注册。请输入密码登录，登录后激活账户。").format(user=username))
        self.notice.show()

    def open_first_run(self) -> None:
        self.first_run = FirstRunDialog(self.desk, self)
        self.first_run.created.connect(self._first_run_done)
        self.first_run.open()

    def _first_run_done(self, actor: Actor) -> None:
        self.setup_banner.hide()
        self.accept()
        self.signed_in.emit(actor, tr("已创建管理员账户 {name}，并已登录").format(name=actor.username))


class FirstRunDialog(FormDialog):
    """首次使用: creates the first commission administrator (desk.setup) on an empty database and signs in."""

    created = Signal(object)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("首次使用：创建卫生健康委管理员"), parent, ok_text=tr("创建并登录"),
            intro=tr("这个数据库还没有任何账户。请创建第一个卫生健康委管理员账户："
                     "它负责创建医疗机构账户和本委其他工作人员的账户。"),
        )
        self.setObjectName("firstRunDialog")
        self.desk = desk
        self.username = self.add_row(
            tr("用户名："), line(tr("英文字母、数字，3至32位"), max_length=32), "username")
        self.name = self.add_row(tr("姓名："), line(tr("例如：张卫国"), max_length=100), "name")
        self.jurisdiction = self.add_row(tr("管辖区域："), ProvinceBox(national=True), "jurisdiction",
                                         "area_code")
        self.password = self.add_row(tr("密码："), line(password=True), "password",
                                     hint=tr(PASSWORD_HINT))
        self.password2 = self.add_row(tr("再次输入密码："), line(password=True), "password2")
        self.setMinimumWidth(520)

    def submit(self) -> None:
        """Every error of the form at once: the service's checks and the two the dialog makes itself."""
        username, name = self.username.text().strip(), self.name.text().strip()
        password = self.password.text()
        code = self.jurisdiction.code()
        self.call(self.desk.auth.setup_problems, username, password, jurisdiction=code or "440000", name=name,
                  on_done=lambda found: self._checked(found, username, password, code, name), write=False)

    def _checked(self, found: list[Any], username: str, password: str, code: str, name: str) -> None:
        problems = [(p.field, p.message) for p in found if not (p.field == "jurisdiction" and not code)]
        if not code:
            problems.append(("jurisdiction", tr("请选择管辖区域（省份）")))
        if password != self.password2.text():
            problems.append(("password2", tr("两次输入的密码不一致")))
        if problems:
            order = ["username", "name", "jurisdiction", "password", "password2"]
            problems.sort(key=lambda p: order.index(p[0]) if p[0] in order else len(order))
            (field, message), rest = problems[0], problems[1:]
            others = [{"field": f, "message": m} for f, m in rest]
            self.errors.show(DomainError(message, field, others=others))
            self.adjustSize()  # room for every message under its field
            return
        self.call(self.desk.setup, username, password, code, name, on_done=self._done,
                  announce={"users": "setup"})

    def _done(self, actor: Actor) -> None:
        self.accept()
        self.created.emit(actor)
