"""The institution's window (医疗机构, hospital HR): its facts, its physicians, those awaiting activation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.accounts import AwaitingActivation, InstitutionInfo
from app.views import worker
from app.views.forms import fmt_date
from app.views.main_window import RoleWindow
from app.views.paged import Column, ListPanel


def tr(text: str) -> str:
    return QCoreApplication.translate("institution", text)


PHYSICIAN_COLUMNS = [
    Column(tr("姓名"), lambda r: r.name),
    Column(tr("性别"), lambda r: r.gender),
    Column(tr("身份证号"), lambda r: r.id_number),
    Column(tr("与本机构关系"), lambda r: r.relation),
    Column(tr("注册状态"), lambda r: r.status_label),
    Column(tr("医师级别"), lambda r: r.level),
    Column(tr("执业类别"), lambda r: r.category),
    Column(tr("执业范围"), lambda r: "、".join(r.scopes)),
    Column(tr("电子化注册识别码"), lambda r: r.registration_code or ""),
    Column(tr("医师资格证书编码"), lambda r: r.certificate_code or ""),
    Column(tr("执业证书编码"), lambda r: r.practice_certificate_number or ""),
]

AWAITING_COLUMNS = [
    Column(tr("姓名"), lambda r: r.name),
    Column(tr("身份证号"), lambda r: r.id_number),
    Column(tr("个人账户"), lambda r: r.username or tr("尚未注册账户")),
    Column(tr("激活码发放日期"), lambda r: fmt_date(r.code_issued_at)),
    Column(tr("激活码有效期至"), lambda r: fmt_date(r.code_valid_until)),
]


class InstitutionWindow(RoleWindow):
    """医疗机构: who we are, our physicians (roster), and the physicians still to activate their accounts."""

    role = "institution"

    def organisation(self) -> str:
        return tr("医疗机构")  # replaced by the institution's name once it is read

    def build_menus(self) -> None:
        business = self.menuBar().addMenu(tr("业务(&B)"))
        self.issue_code_action = self._action(business, tr("发放激活码(&A)…"), self.issue_code)
        query = self.menuBar().addMenu(tr("查询(&Q)"))
        self._action(query, tr("查找医师(&F)"), self._focus_search, QKeySequence.StandardKey.Find)
        self._action(query, tr("刷新(&R)"), self.refresh, QKeySequence.StandardKey.Refresh)

    def build_central(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        self.facts_box = QGroupBox(tr("本机构"))
        grid = QGridLayout(self.facts_box)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.fact_labels: dict[str, QLabel] = {}
        facts = (("name", tr("机构名称：")), ("registration_number", tr("登记号：")),
                 ("address", tr("地址：")), ("jurisdiction_name", tr("所在地区：")),
                 ("approving_authority", tr("审批机关：")),
                 ("licence_valid_until", tr("执业许可证有效期至：")))
        for i, (key, label) in enumerate(facts):
            shown = QLabel(tr("正在读取…") if key == "name" else "")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = shown
            caption = QLabel(label)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(caption, i // 2, (i % 2) * 2)
            grid.addWidget(shown, i // 2, (i % 2) * 2 + 1)
        outer.addWidget(self.facts_box)

        self.tabs = QTabWidget()
        actor, desk = self.actor, self.desk
        self.physicians = ListPanel(
            "", PHYSICIAN_COLUMNS,
            lambda query, after, limit: desk.roster.physicians(
                actor, query, after=after, limit=limit, with_total=after is None),
            search_hint=tr("姓名、拼音首字母、身份证号或证书编码"), unit=tr("位医师"), keyset=True,
        )
        self.physicians.table.setObjectName("physicianTable")
        self.tabs.addTab(self.physicians, tr("本机构医师"))
        self.awaiting = ListPanel(
            tr("在本机构注册、尚未激活个人账户的医师"), AWAITING_COLUMNS,
            lambda _query, offset, limit: desk.accounts.awaiting_activation(actor, offset or 0, limit),
            unit=tr("位医师"),
        )
        self.awaiting.table.setObjectName("awaitingTable")
        self.issue_button = QPushButton(tr("发放激活码…"))
        self.issue_button.clicked.connect(self.issue_code)
        self.awaiting.add_button(self.issue_button)
        self.awaiting.selection_changed.connect(self._awaiting_selected)
        self.awaiting.table.doubleClicked.connect(lambda _i: self.issue_code())
        self.tabs.addTab(self.awaiting, tr("待激活医师"))
        outer.addWidget(self.tabs, 1)

        worker.run_read(self, desk.accounts.institution, actor, actor.institution_id,
                        on_done=self._show_facts)
        self.physicians.reload()
        self.awaiting.reload()
        self._awaiting_selected()
        return page

    def _show_facts(self, info: InstitutionInfo) -> None:
        values: dict[str, Any] = {
            "name": info.name,
            "registration_number": info.registration_number,
            "jurisdiction_name": info.jurisdiction_name,
            "address": info.address,
            "licence_valid_until": fmt_date(info.licence_valid_until) or tr("未填写"),
            "approving_authority": info.approving_authority,
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.set_organisation(info.name)

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.physicians)
        self.physicians.search.setFocus()
        self.physicians.search.selectAll()

    def refresh(self) -> None:
        self.physicians.reload()
        self.awaiting.reload()

    def _awaiting_selected(self) -> None:
        chosen = self.awaiting.selected() is not None
        self.issue_button.setEnabled(chosen)
        self.issue_code_action.setEnabled(chosen)

    def issue_code(self) -> None:
        row: AwaitingActivation | None = self.awaiting.selected()
        if row is None:
            self.tabs.setCurrentWidget(self.awaiting)
            self.statusBar().showMessage(tr("请先在“待激活医师”中选择一位医师"), 10_000)
            return
        if row.code_issued_at is not None:
            again = QMessageBox.question(
                self, tr("发放激活码"),
                tr("已于 {date} 为{name}发放过激活码。重新发放后，之前的激活码作废。继续吗？").format(
                    date=fmt_date(row.code_issued_at), name=row.name))
            if again != QMessageBox.StandardButton.Yes:
                return
        worker.run_write(self, self.desk.accounts.issue_activation_code, self.actor, row.physician_id,
                         on_done=lambda code: self._code_issued(row, code),
                         announce={"physicians": [row.physician_id]})

    def _code_issued(self, row: AwaitingActivation, code: str) -> None:
        ActivationCodeDialog(row, code, self).open()
        self.statusBar().showMessage(tr("已为{name}发放激活码").format(name=row.name), 15_000)

    def on_changes(self, change: dict[str, object]) -> None:
        if "physicians" in change or "cases" in change or "registrations" in change:
            self.refresh()


class ActivationCodeDialog(QDialog):
    """The activation code, shown once: tell it to the physician (valid 30 days; only its hash is kept)."""

    def __init__(self, row: AwaitingActivation, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("激活码"))
        self.setObjectName("activationCodeDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.code = code
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr("医师："), QLabel(f"{row.name}（{row.id_number}）"))
        shown = QLabel(code)
        shown.setObjectName("secret")
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(tr("激活码："), shown)
        lay.addLayout(form)
        note = QLabel(tr("激活码只显示这一次，30天内有效。请交给医师本人："
                         "登录个人账户后，在“激活账户”中选择“激活码”并填写。"))
        note.setWordWrap(True)
        lay.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        copy = QPushButton(tr("复制激活码"))
        copy.setAutoDefault(False)
        copy.clicked.connect(lambda: QApplication.clipboard().setText(code))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(440)
