"""A physician's record for the institution: person, qualifications, registrations, additional institutions,
the cases with their timelines; 更换手机号, 生成激活码, 注册备案 and 注销注册 from here."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import Actor, Desk, DomainError, PhysicianDetail, RecordEvent, RegistrationView
from app.views import layout_memory, worker
from app.views.filing_dialogs import open_application
from app.views.forms import fmt_date, line
from app.views.i18n import N_, error_text, ref, ref_join, tr
from app.views.inbox import CasePanel, FittingFormDialog
from app.views.physician import facts_table, fill

PERSON_FACTS = (
    ("name", N_("姓名：")), ("gender", N_("性别：")), ("id_number", N_("证件号码：")),
    ("birth_date", N_("出生日期：")), ("nationality", N_("国籍：")), ("phone", N_("手机：")),
    ("email", N_("电子邮箱：")), ("education", N_("学历：")),
    ("school", N_("毕业院校：")), ("title", N_("任职资格：")), ("department", N_("科室：")),
)
HISTORY_HEADERS = (N_("时间"), N_("事项"), N_("记录编号"), N_("经办人"), N_("说明"))
CASE_HEADERS = (N_("业务编号"), N_("业务"), N_("状态"), N_("执业机构"), N_("提交日期"), N_("办结日期"),
                N_("办理期限"), N_("电子化注册识别码"))


def masked_phone(phone: str) -> str:
    """138****8000 (the clerk checks the number with the physician without reading it out)."""
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 11 else phone


def history_text(event: RecordEvent) -> str:
    """What a merge did, in the current language (other events need no words beyond their name)."""
    if event.action == "merge.keep":
        return tr("记录 {id}（{number}）并入本记录；原因：{why}").format(
            id=event.other_id, number=event.other_id_number, why=event.reason)
    if event.action == "merge.drop":
        return tr("本记录并入记录 {id}（{number}）；原因：{why}").format(
            id=event.other_id, number=event.other_id_number, why=event.reason)
    return ""


class PhysicianDetailDialog(QDialog):
    """医师档案: everything the institution may see about one physician, and what it may do for them."""

    changed = Signal()

    def __init__(self, desk: Desk, actor: Actor, physician_id: int, parent: QWidget | None = None, *,
                 name: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("physicianDetailDialog")
        self.desk = desk
        self.actor = actor
        self.physician_id = physician_id
        self.detail: PhysicianDetail | None = None
        self._case_ids: list[int] = []
        self.setWindowTitle(tr("医师档案") + (f" — {name}" if name else ""))
        outer = QVBoxLayout(self)

        head = QHBoxLayout()
        self.heading = QLabel(name or tr("正在读取…"))
        self.heading.setObjectName("heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.heading)
        self.summary = QLabel()
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        head.addWidget(self.summary, 1)
        outer.addLayout(head)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        outer.addWidget(self.notice)

        self.tabs = QTabWidget()
        # 基本信息
        person = QWidget()
        grid = QGridLayout(person)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.person_labels: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(PERSON_FACTS):
            caption = QLabel(tr(label))
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            shown = QLabel()
            shown.setObjectName(f"person_{key}")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.person_labels[key] = shown
            grid.addWidget(caption, i // 2, (i % 2) * 2)
            grid.addWidget(shown, i // 2, (i % 2) * 2 + 1)
        grid.setRowStretch(len(PERSON_FACTS) // 2 + 1, 1)
        self.tabs.addTab(person, tr("基本信息"))
        # 医师资格
        self.qualifications = facts_table(
            (tr("医师资格证书编码"), tr("准考证号"), tr("医师级别"), tr("执业类别"), tr("来源"),
             tr("发证日期")), "physicianDetail/qualificationsTable")
        self.tabs.addTab(self._page(self.qualifications), tr("医师资格"))
        # 执业注册 and 多机构备案
        self.registrations = facts_table(
            (tr("主要执业机构"), tr("级别"), tr("类别"), tr("执业范围"), tr("执业地点"), tr("状态"),
             tr("电子化注册识别码"), tr("执业证书编码"), tr("注册日期"), tr("备案/注销"), tr("发证机关")),
            "physicianDetail/registrationsTable")
        self.filings = facts_table(
            (tr("其他执业机构"), tr("开始日期"), tr("结束日期"), tr("状态"), tr("所属注册（识别码）")),
            "physicianDetail/filingsTable")
        regs = QWidget()
        regs_lay = QVBoxLayout(regs)
        for title, table in ((tr("执业注册"), self.registrations),
                             (tr("多机构备案（其他执业机构）"), self.filings)):
            caption = QLabel(title)
            caption.setObjectName("subheading")
            regs_lay.addWidget(caption)
            regs_lay.addWidget(table)
        regs_lay.addStretch(1)
        self.tabs.addTab(regs, tr("执业注册"))
        # 业务记录: the cases, each with its timeline
        cases = QSplitter(Qt.Orientation.Vertical)
        cases.setChildrenCollapsible(False)
        self.cases = QTableWidget(0, len(CASE_HEADERS))
        self.cases.setObjectName("casesTable")
        self.cases.setHorizontalHeaderLabels([tr(h) for h in CASE_HEADERS])
        self.cases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cases.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cases.verticalHeader().setVisible(False)
        self.cases.horizontalHeader().setStretchLastSection(True)
        self.cases.setAlternatingRowColors(True)
        self.cases.setWordWrap(False)
        self.cases.itemSelectionChanged.connect(self._case_selected)
        layout_memory.remember_table(self.cases, "physicianDetail/casesTable")
        cases.addWidget(self.cases)
        self.case_panel = CasePanel(desk, actor)
        self.case_panel.placeholder.setText(tr("选择一个案件，查看申请内容和办理记录"))
        cases.addWidget(self.case_panel)
        cases.setStretchFactor(0, 1)
        cases.setStretchFactor(1, 4)
        cases.setSizes([130, 520])
        self.cases_split = cases
        layout_memory.remember_splitter(cases, "physicianDetail/cases")
        self.tabs.addTab(cases, tr("业务记录"))
        # 档案记录: what happened to the record itself (merges, phone changes…), with merged records' own
        self.history: list[RecordEvent] | None = None
        self.history_table = QTableWidget(0, len(HISTORY_HEADERS))
        self.history_table.setObjectName("historyTable")
        self.history_table.setHorizontalHeaderLabels([tr(h) for h in HISTORY_HEADERS])
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setAlternatingRowColors(True)
        layout_memory.remember_table(self.history_table, "physicianDetail/historyTable")
        self.history_tab = self.tabs.addTab(self._page(self.history_table), tr("档案记录"))
        outer.addWidget(self.tabs, 1)

        row = QHBoxLayout()
        self.phone_button = QPushButton(tr("更换手机号…"))
        self.phone_button.setObjectName("changePhone")
        self.phone_button.clicked.connect(self.change_phone)
        self.code_button = QPushButton(tr("生成激活码…"))
        self.code_button.setObjectName("issueCode")
        self.code_button.setToolTip(tr("已在本机构注册的医师用激活码激活个人账户（30天内有效，重新生成后旧码作废）"))
        self.code_button.clicked.connect(self.issue_code)
        self.filing_button = QPushButton(tr("注册备案…"))
        self.filing_button.setObjectName("fileDeparture")
        self.filing_button.setToolTip(tr("医师调离、退休、退职、被辞退或被开除：30日内报送"))
        self.filing_button.clicked.connect(lambda: self.apply("institution_filing"))
        self.dereg_button = QPushButton(tr("注销注册…"))
        self.dereg_button.setObjectName("deregister")
        self.dereg_button.clicked.connect(lambda: self.apply("institution_deregistration"))
        for button in (self.phone_button, self.code_button, self.filing_button, self.dereg_button):
            button.setAutoDefault(False)
            button.setEnabled(False)
            row.addWidget(button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        close.rejected.connect(self.reject)
        row.addWidget(close)
        outer.addLayout(row)
        self.resize(1040, 720)
        layout_memory.shortcut(self, QKeySequence.StandardKey.Refresh, self.reload)  # F5
        worker.changes.changed.connect(self._changes)
        self.reload()

    @staticmethod
    def _page(widget: QWidget) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.addWidget(widget)
        lay.addStretch(1)
        return page

    # --- reading ---

    def reload(self) -> None:
        worker.run_read(self, self.desk.roster.physician, self.actor, self.physician_id, on_done=self._show,
                        on_error=self._failed)
        if self.actor.role != "physician":
            worker.run_read(self, self.desk.merges.history, self.actor, self.physician_id,
                            on_done=self._show_history, on_error=lambda _e: True)

    def _show_history(self, events: list[RecordEvent]) -> None:
        from app.views.case_view import fmt_time

        self.history = list(events)
        with layout_memory.filling(self.history_table):
            fill(self.history_table, [
                (fmt_time(e.at), ref(e.action_label), str(e.record_id), e.username, history_text(e))
                for e in self.history])
        self.tabs.setTabText(self.history_tab, tr("档案记录（{n}）").format(n=len(self.history))
                             if self.history else tr("档案记录"))

    def _failed(self, err: DomainError) -> bool:
        self.show_notice(error_text(err), error=True)
        return True

    def _show(self, detail: PhysicianDetail) -> None:
        self.detail = detail
        p = detail.person
        self.setWindowTitle(tr("医师档案") + f" — {p.name}")
        self.heading.setText(p.name)
        current = self.main_registration()
        status = ref(current.status_label) if current else (
            ref(detail.registrations[0].status_label) if detail.registrations else tr("未注册"))
        self.summary.setText(f"　{ref(p.gender)}　{p.id_number}　{status}")
        values = {
            "name": p.name, "gender": ref(p.gender), "id_number": p.id_number,
            "birth_date": fmt_date(p.birth_date), "nationality": p.nationality, "phone": p.phone,
            "email": p.email, "education": p.education, "school": p.school, "title": p.title,
            "department": p.department,
        }
        for key, label in self.person_labels.items():
            value = str(values.get(key) or "")
            label.setText(value or tr("（未填写）"))
            label.setStyleSheet("" if value else "color: #888888;")
        fill(self.qualifications, [
            (q.certificate_code or "", q.exam_ticket or "", ref(q.level), ref(q.category),
             ref(q.source_label),
             fmt_date(q.issued_on)) for q in detail.qualifications])
        fill(self.registrations, [
            (r.main_institution_name, ref(r.level), ref(r.category), ref_join(r.scopes), ref(r.place_name),
             ref(r.status_label),
             r.registration_code or "", r.practice_certificate_number or "", fmt_date(r.registered_on),
             self._ending(r), r.issuing_authority) for r in detail.registrations])
        fill(self.filings, [
            (f.institution_name, fmt_date(f.start_date), fmt_date(f.end_date), ref(f.status_label),
             r.registration_code or "") for r in detail.registrations for f in r.filings])
        self._fill_cases(detail)
        self._update_buttons()
        if p.merged_into_id is not None:
            self.show_notice(tr("本记录已合并到记录 {id}，以后的业务请在该记录上办理；合并经过见“档案记录”。")
                             .format(id=p.merged_into_id), error=True)

    @staticmethod
    def _ending(reg: RegistrationView) -> str:
        if reg.status == "filed":
            return tr("{day} 备案（{why}）").format(day=fmt_date(reg.filed_on),
                                                   why=ref(reg.filing_reason_label))
        if reg.ended_on is not None:
            return tr("{day} 注销（{why}）").format(day=fmt_date(reg.ended_on), why=ref(reg.end_reason))
        return ""

    def _fill_cases(self, detail: PhysicianDetail) -> None:
        shown = self.case_panel.case_id
        self.cases.blockSignals(True)
        with layout_memory.filling(self.cases):
            self.cases.setRowCount(len(detail.cases))
            self._case_ids = []
            for r, c in enumerate(detail.cases):
                self._case_ids.append(c.id)
                for col, text in enumerate((c.number, ref(c.kind_label), ref(c.status_label),
                                            c.institution_name, fmt_date(c.submitted_on or c.created_on),
                                            fmt_date(c.decided_on), fmt_date(c.deadline),
                                            c.registration_code or "")):
                    self.cases.setItem(r, col, QTableWidgetItem(text))
        self.cases.blockSignals(False)
        if shown in self._case_ids:
            self.cases.blockSignals(True)
            self.cases.selectRow(self._case_row(shown))
            self.cases.blockSignals(False)
            self.case_panel.load(shown)  # its status or timeline may have moved on
        elif self._case_ids and shown is None:
            self.cases.selectRow(self._case_row(self._case_ids[0]))  # the newest case, timeline at once
        self.tabs.setTabText(3, tr("业务记录（{n}）").format(n=len(detail.cases)) if detail.cases
                             else tr("业务记录"))

    def _case_selected(self) -> None:
        rows = self.cases.selectionModel().selectedRows()
        place = layout_memory.filled_row(self.cases, rows[0].row()) if rows else -1
        if 0 <= place < len(self._case_ids):
            case_id = self._case_ids[place]
            if case_id != self.case_panel.case_id:
                self.case_panel.load(case_id)

    def _case_row(self, case_id: int) -> int:
        """Where the case is shown in 业务记录 (the table may be sorted by any column)."""
        return layout_memory.shown_row(self.cases, self._case_ids.index(case_id))

    def show_case(self, case_id: int) -> None:
        """Open the 业务记录 tab on one case."""
        self.tabs.setCurrentIndex(3)
        if case_id in self._case_ids:
            self.cases.selectRow(self._case_row(case_id))
        else:
            self.case_panel.load(case_id)

    def main_registration(self) -> RegistrationView | None:
        """The physician's active registration with this institution as main institution (if any)."""
        if self.detail is None or self.actor.institution_id is None:
            return None
        for r in self.detail.registrations:
            if r.status == "active" and r.main_institution_id == self.actor.institution_id:
                return r
        return None

    def _update_buttons(self) -> None:
        ours = self.main_registration() is not None
        self.phone_button.setEnabled(self.detail is not None and self.detail.person.merged_into_id is None)
        for button in (self.code_button, self.filing_button, self.dereg_button):
            button.setEnabled(ours)
        why = "" if ours else tr("该医师没有以本机构为主要执业机构的有效注册")
        for button in (self.code_button, self.filing_button, self.dereg_button):
            button.setStatusTip(why)

    def show_notice(self, text: str, *, error: bool = False) -> None:
        self.notice.setText(text)
        self.notice.setObjectName("formStatus" if error else "notice")
        self.notice.setProperty("role", "error" if error else "")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setVisible(bool(text))

    def _changes(self, change: dict[str, object]) -> None:
        ids = change.get("physicians")
        cases = change.get("cases")
        mine = (ids == "all" or (isinstance(ids, list) and self.physician_id in ids)
                or cases == "all" or (isinstance(cases, list) and set(cases) & set(self._case_ids))
                or "registrations" in change)
        if mine:
            self.reload()

    def done(self, result: int) -> None:
        worker.changes.unlisten(self._changes)
        super().done(result)

    # --- actions ---

    def change_phone(self) -> ChangePhoneDialog | None:
        if self.detail is None:
            return None
        dialog = ChangePhoneDialog(self.desk, self.actor, self.detail, self)
        dialog.phone_changed.connect(
            lambda phone: self.show_notice(tr("手机号已更换为 {p}；本次更换已记入审计日志").format(p=phone)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def issue_code(self) -> None:
        if self.detail is None:
            return
        person = self.detail.person
        self.code_button.setEnabled(False)
        worker.run_write(self, self.desk.accounts.issue_activation_code, self.actor, self.physician_id,
                         on_done=lambda code: self._code_issued(code),
                         on_error=self._failed, on_finished=self._update_buttons,
                         announce={"physicians": [person.id]})

    def _code_issued(self, code: str) -> ActivationCodeDialog:
        assert self.detail is not None
        self.show_notice(tr("已为{name}生成激活码（30天内有效）").format(name=self.detail.person.name))
        dialog = ActivationCodeDialog(self.detail.person, code, self)
        dialog.open()
        return dialog

    def apply(self, kind: str) -> QDialog | None:
        """注册备案 or 注销注册 of this physician."""
        if self.detail is None:
            return None
        p = self.detail.person
        dialog = open_application(kind, self.desk, self.actor, p.id, p.name, p.id_number, self)
        dialog.submitted.connect(self._applied)
        return dialog

    def _applied(self, case: object) -> None:
        number = getattr(case, "number", "")
        label = getattr(case, "kind_label", "")
        self.show_notice(tr("已报送卫生健康委：{kind}（{number}）。审核结果会显示在“业务记录”中。").format(
            kind=label, number=number))
        case_id = getattr(case, "id", None)
        if isinstance(case_id, int):
            self.show_case(case_id)


class ChangePhoneDialog(FittingFormDialog):
    """更换手机号: a physician who lost the phone cannot recover the account alone; the change is audited."""

    phone_changed = Signal(str)

    def __init__(self, desk: Desk, actor: Actor, detail: PhysicianDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            tr("更换手机号"), parent, ok_text=tr("更换"),
            intro=tr("医师手机丢失或停用、无法自行找回账户时，核验本人身份后由机构更换手机号。"
                     "更换会记入审计日志（原号码和新号码）。"),
        )
        self.setObjectName("changePhoneDialog")
        self.desk = desk
        self.actor = actor
        self.physician_id = detail.person.id
        self.form.addRow(tr("医师："), QLabel(tr("{name}（{id_number}）").format(
            name=detail.person.name, id_number=detail.person.id_number)))
        self.form.addRow(tr("原手机号："), QLabel(masked_phone(detail.person.phone) or tr("未登记")))
        self.phone = self.add_row(tr("新手机号："), line(tr("11位手机号"), max_length=20), "phone")
        self.setMinimumWidth(520)

    def submit(self) -> None:
        self.call(self.desk.accounts.change_physician_phone, self.actor, self.physician_id,
                  self.phone.text().strip(), on_done=self._done,
                  announce={"physicians": [self.physician_id]})

    def _done(self, phone: str) -> None:
        self.accept()
        self.phone_changed.emit(phone)


class ActivationCodeDialog(QDialog):
    """The activation code, shown once: tell it to the physician (valid 30 days; only its hash is kept).

    ``row`` is anything with the physician's ``name`` and ``id_number``."""

    def __init__(self, row: object, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("激活码"))
        self.setObjectName("activationCodeDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.code = code
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(tr("医师："), QLabel(tr("{name}（{id_number}）").format(
            name=getattr(row, "name", ""), id_number=getattr(row, "id_number", ""))))
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


__all__ = ["ActivationCodeDialog", "ChangePhoneDialog", "PhysicianDetailDialog"]
