"""The physician's own window (医师个人端): who they are, whether the account is activated, and activation."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import Actor, Desk
from app.services.roster import PhysicianDetail
from app.views import worker
from app.views.forms import FormDialog, fmt_date, line
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
        self.person_labels: dict[str, QLabel] = {}
        for key, label in (("gender", tr("性别：")), ("id_number", tr("身份证号：")), ("phone", tr("手机：")),
                           ("email", tr("电子邮箱："))):
            shown = QLabel()
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.person_labels[key] = shown
            form.addRow(label, shown)
        outer.addLayout(form)
        self.explain = QLabel(tr("账户激活后才能办理注册、变更等业务。激活时填写医师资格证书编码；"
                                 "尚未取得证书的，填写准考证号；已在医疗机构注册的医师，"
                                 "也可以用机构发放的激活码。"))
        self.explain.setWordWrap(True)
        outer.addWidget(self.explain)
        row = QHBoxLayout()
        self.activate_button = QPushButton(tr("激活账户…"))
        self.activate_button.clicked.connect(self.activate)
        row.addWidget(self.activate_button)
        row.addStretch(1)
        outer.addLayout(row)
        self.record = QWidget()
        record = QVBoxLayout(self.record)
        record.setContentsMargins(0, 8, 0, 0)
        self.qualifications = facts_table(
            (tr("医师资格证书编码"), tr("准考证号"), tr("医师级别"), tr("执业类别"), tr("来源"),
             tr("发证日期")))
        self.registrations = facts_table(
            (tr("执业机构"), tr("医师级别"), tr("执业类别"), tr("执业范围"), tr("执业地点"), tr("状态"),
             tr("电子化注册识别码"), tr("注册日期")))
        self.cases = facts_table(
            (tr("业务编号"), tr("业务"), tr("状态"), tr("执业机构"), tr("提交日期"), tr("办结日期"),
             tr("办理期限")))
        for title, table in ((tr("医师资格"), self.qualifications), (tr("执业注册"), self.registrations),
                             (tr("我的申请"), self.cases)):
            heading = QLabel(title)
            heading.setObjectName("subheading")
            record.addWidget(heading)
            record.addWidget(table)
        record.addStretch(1)
        outer.addWidget(self.record, 1)
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
        self.record.setVisible(a.activated)
        if a.activated and a.physician_id is not None:
            worker.run_read(self, self.desk.roster.physician, a, a.physician_id,
                            on_done=self._show_record)

    def _show_record(self, detail: PhysicianDetail) -> None:
        person = detail.person
        for key, label in self.person_labels.items():
            label.setText(str(getattr(person, key) or ""))
        fill(self.qualifications, [
            (q.certificate_code or "", q.exam_ticket or "", q.level, q.category, q.source_label,
             fmt_date(q.issued_on))
            for q in detail.qualifications])
        fill(self.registrations, [
            (r.main_institution_name, r.level, r.category, "、".join(r.scopes), r.place_name, r.status_label,
             r.registration_code or "", fmt_date(r.registered_on))
            for r in detail.registrations])
        fill(self.cases, [
            (c.number, c.kind_label, c.status_label, c.institution_name, fmt_date(c.submitted_on),
             fmt_date(c.decided_on), fmt_date(c.deadline))
            for c in detail.cases])

    def on_changes(self, change: dict[str, object]) -> None:
        if self.actor.activated and ("cases" in change or "physicians" in change):
            self._show_state()

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


def facts_table(headers: tuple[str, ...]) -> QTableWidget:
    """A small read-only table for a handful of rows (a physician's own record)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    return table


def fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Put the rows in, size columns to their contents and the table to its rows (no inner scrolling)."""
    table.clearSpans()
    table.setRowCount(max(len(rows), 1))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    if not rows:
        table.setSpan(0, 0, 1, table.columnCount())
        table.setItem(0, 0, QTableWidgetItem(tr("暂无记录")))
    table.resizeColumnsToContents()
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    table.setFixedHeight(height + sum(table.rowHeight(r) for r in range(table.rowCount())))


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
        self.username = self.add_row(
            tr("用户名："), line(tr("英文字母、数字，3至32位"), max_length=32), "username")
        self.password = self.add_row(tr("密码："), line(password=True), "password", hint=tr(PASSWORD_HINT))
        self.password2 = self.add_row(tr("再次输入密码："), line(password=True), "password2")
        self.setMinimumWidth(520)

    def submit(self) -> None:
        if self.password.text() != self.password2.text():
            self.errors.set("password2", tr("两次输入的密码不一致"))
            return
        self.call(self.desk.auth.register_physician, self.name.text().strip(), self.id_number.text().strip(),
                  self.phone.text().strip(), self.email.text().strip(), self.username.text().strip(),
                  self.password.text(), on_done=self._done,
                  announce=lambda r: {"physicians": [r.physician_id]})

    def _done(self, result: object) -> None:
        self.accept()
        self.registered.emit(getattr(result, "username", self.username.text().strip()))
