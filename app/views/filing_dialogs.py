"""The institution's own applications: 注册备案 (a departure, within 30 days), 注销注册 (a deregistration
ground, within 30 days of knowing), and the tab listing the business the institution has submitted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QPushButton, QWidget

from app.services.contract import REPORT_DAYS, Actor, Case, Desk, Page, RegistrationView, reference
from app.views import worker
from app.views.case_view import deadline_text, fmt_time
from app.views.i18n import N_, ref, ref_join, tr
from app.views.inbox import CaseDialog, FittingFormDialog
from app.views.paged import Column, ListPanel

INSTITUTION_KINDS = ("institution_filing", "institution_deregistration")


def today_of(desk: Desk) -> dt.date:
    """Today (China) by the desk's clock (tests move it)."""
    return desk.today()


def countdown(day: dt.date, today: dt.date, *, what: str) -> tuple[str, bool]:
    """The 30-day report countdown from ``day``: (text, overdue)."""
    due = day + dt.timedelta(days=REPORT_DAYS)
    left = (due - today).days
    if day > today:
        return tr("{what}尚未到来；应于 {due} 前报送").format(what=what, due=due.isoformat()), False
    if left > 0:
        return tr("应于 {due} 前报送，还剩 {n} 天").format(due=due.isoformat(), n=left), False
    if left == 0:
        return tr("今天（{due}）是报送的最后一天").format(due=due.isoformat()), False
    return tr("已超过30日报送期限 {n} 天（应于 {due} 前报送），请尽快报送").format(
        n=-left, due=due.isoformat()), True


def registration_text(reg: RegistrationView) -> str:
    code = reg.registration_code or tr("（无识别码）")
    return "　".join(x for x in (code, ref(reg.level), ref(reg.category), ref_join(reg.scopes)) if x)


class InstitutionCaseDialog(FittingFormDialog):
    """The form both applications share: the physician, the registration, a reason and a date.

    Submits ``desk.cases.submit(actor, kind, physician_id, registration_id=…, reason=…,
    effective_date=…)``; the case starts at the commission (待卫健委审核) and ``submitted`` carries it.
    """

    submitted = Signal(object)  # Case
    kind = ""
    reason_label = ""
    date_label = ""
    date_hint = ""
    date_what = ""

    def __init__(self, desk: Desk, actor: Actor, physician_id: int, name: str, id_number: str,
                 parent: QWidget | None = None, *, title: str, intro: str) -> None:
        super().__init__(title, parent, ok_text=tr("报送卫生健康委"), intro=intro)
        self.desk = desk
        self.actor = actor
        self.physician_id = physician_id
        self.today = today_of(desk)
        who = QLabel(tr("{name}（{id_number}）").format(name=name, id_number=id_number))
        who.setObjectName("physicianName")
        who.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(tr("医师："), who)
        self.registration = QComboBox()
        self.registration.setObjectName("registrationBox")
        self.registration.addItem(tr("正在读取注册记录…"), None)
        self.add_row(tr("注册记录："), self.registration, "registration_id", "physician_id")
        self.reason = QComboBox()
        self.reason.setObjectName("reasonBox")
        self.reason.addItem(tr("请选择…"), "")
        for r in self.reasons():
            self.reason.addItem(ref(r["label"]), r["code"])
        self.add_row(tr(self.reason_label), self.reason, "reason")
        self.date = QDateEdit()
        self.date.setObjectName("dateEdit")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.add_row(tr(self.date_label), self.date, "effective_date", hint=tr(self.date_hint))
        self.countdown = QLabel()
        self.countdown.setObjectName("countdown")
        self.countdown.setWordWrap(True)
        self.form.addRow("", self.countdown)
        self.date.dateChanged.connect(lambda _d: self._show_countdown())
        self._show_countdown()
        self.ok_button.setEnabled(False)
        self.setMinimumWidth(600)
        worker.run_read(self, desk.roster.registrations, actor, physician_id, on_done=self._registrations,
                        on_error=self._load_failed)

    def reasons(self) -> list[reference.Reason]:
        return []

    def effective_date(self) -> dt.date:
        q = self.date.date()
        return dt.date(q.year(), q.month(), q.day())

    def _show_countdown(self) -> None:
        text, overdue = countdown(self.effective_date(), self.today, what=tr(self.date_what))
        self.countdown.setText(text)
        self.countdown.setProperty("role", "error" if overdue else "")
        self.countdown.setStyleSheet("color: #b3261e; font-weight: bold;" if overdue else "color: #1b5e20;")

    def _registrations(self, regs: list[RegistrationView]) -> None:
        ours = [r for r in regs
                if r.status == "active" and r.main_institution_id == self.actor.institution_id]
        self.registration.clear()
        for reg in ours:
            self.registration.addItem(registration_text(reg), reg.id)
        if not ours:
            self.registration.addItem(tr("（无）"), None)
            self.errors.set("registration_id",
                            tr("该医师没有以本机构为主要执业机构的有效注册，不能办理此业务"))
            return
        self.ok_button.setEnabled(True)

    def _load_failed(self, err: Any) -> bool:
        self.registration.clear()
        self.registration.addItem(tr("（无法读取）"), None)
        return self.errors.show(err)

    def submit(self) -> None:
        reg = self.registration.currentData()
        reason = str(self.reason.currentData() or "")
        if reg is None:
            self.errors.set("registration_id", tr("请选择注册记录"))
            return
        if not reason:
            self.errors.set("reason", tr("请选择{what}").format(what=tr(self.reason_label).rstrip("：:")))
            return
        self.call(self.desk.cases.submit, self.actor, self.kind, self.physician_id, on_done=self._done,
                  announce=lambda c: {"cases": [c.id], "physicians": [self.physician_id]},
                  registration_id=reg, reason=reason, effective_date=self.effective_date())

    def _done(self, case: Case) -> None:
        self.accept()
        self.submitted.emit(case)


class FilingDialog(InstitutionCaseDialog):
    """注册备案: a physician left (调离, 退休, 退职, 被辞退, 被开除); report within 30 days. After approval
    the registration goes to the non-registered pool (非在册医师库)."""

    kind = "institution_filing"
    reason_label = N_("备案原因：")
    date_label = N_("离岗日期：")
    date_hint = N_("医师调离、退休、退职、被辞退或被开除之日；须自该日起30日内报送")
    date_what = N_("离岗日期")

    def __init__(self, desk: Desk, actor: Actor, physician_id: int, name: str, id_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            desk, actor, physician_id, name, id_number, parent, title=tr("注册备案"),
            intro=tr("医师离开本机构时，本机构应在30日内申请注册备案。卫生健康委批准后，该医师转入"
                     "非在册医师库；备案满2年未再注册执业的，注册将被注销。"),
        )
        self.setObjectName("filingDialog")

    def reasons(self) -> list[reference.Reason]:
        return reference.filing_reasons()


class DeregistrationDialog(InstitutionCaseDialog):
    """注销注册: a deregistration ground of the fixed list; report within 30 days of knowing."""

    kind = "institution_deregistration"
    reason_label = N_("注销事由：")
    date_label = N_("知悉日期：")
    date_hint = N_("本机构知悉注销事由之日；须自该日起30日内报送，批准后注册自该日起注销")
    date_what = N_("知悉日期")

    def __init__(self, desk: Desk, actor: Actor, physician_id: int, name: str, id_number: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(
            desk, actor, physician_id, name, id_number, parent, title=tr("注销注册"),
            intro=tr("医师有“注销事由”所列情形之一的，本机构应自知悉之日起30日内申请注销注册。"
                     "卫生健康委批准后注册即注销。"),
        )
        self.setObjectName("deregistrationDialog")
        self.reason.setMinimumContentsLength(24)

    def reasons(self) -> list[reference.Reason]:
        return reference.deregistration_grounds("institution_deregistration")


def open_application(kind: str, desk: Desk, actor: Actor, physician_id: int, name: str, id_number: str,
                     parent: QWidget | None = None) -> InstitutionCaseDialog:
    """Open the 注册备案 or 注销注册 dialog for a physician (non-modal to the window; deleted on close)."""
    cls = FilingDialog if kind == "institution_filing" else DeregistrationDialog
    dialog = cls(desk, actor, physician_id, name, id_number, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


# --- 本机构已提交的业务 ----------------------------------------------------------------------------

SUBMITTED_COLUMNS = [
    Column(N_("业务编号"), lambda c: c.number),
    Column(N_("业务"), lambda c: ref(c.kind_label)),
    Column(N_("医师"), lambda c: c.applicant_name),
    Column(N_("身份证号"), lambda c: c.applicant_id_number),
    Column(N_("原因"), lambda c: ref(reference.reason_label(c.details["reason"]))
           if c.details.get("reason") else ""),
    Column(N_("状态"), lambda c: ref(c.status_label)),
    Column(N_("提交时间"), lambda c: fmt_time(c.submitted_at or c.created_at)),
    Column(N_("办理期限"), deadline_text),
    Column(N_("办结时间"), lambda c: fmt_time(c.decided_at)),
    Column(N_("电子化注册识别码"), lambda c: c.registration_code or ""),
]

#: (kind filter, label): the institution's own applications, or every case of the institution
KIND_FILTERS: tuple[tuple[tuple[str, ...] | None, str], ...] = (
    (INSTITUTION_KINDS, N_("本机构申请的业务（注册备案、注销注册）")),
    (("institution_filing",), N_("注册备案")),
    (("institution_deregistration",), N_("注销注册")),
    (None, N_("全部业务（含医师申请）")),
)


class SubmittedCasesView(ListPanel):
    """本机构已提交的业务: the institution's cases with their status and the commission's decision."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        self._filters: dict[str, Any] = {}
        super().__init__("", SUBMITTED_COLUMNS, self._fetch_page, search_hint=tr("业务编号、身份证号或姓名"),
                         unit=tr("件"), keyset=True, parent=parent)
        self.desk = desk
        self.actor = actor
        self.table.setObjectName("submittedTable")
        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindFilter")
        for kinds, text in KIND_FILTERS:
            self.kind_box.addItem(tr(text), kinds)
        self.status_box = QComboBox()
        self.status_box.setObjectName("caseStatusFilter")
        self.status_box.addItem(tr("全部状态"), None)
        for s in reference.statuses():
            if s["value"] != "draft":
                self.status_box.addItem(ref(s["label"]), s["value"])
        for caption, box in ((tr("业务："), self.kind_box), (tr("状态："), self.status_box)):
            shown = QLabel(caption)
            shown.setBuddy(box)
            self.add_button(shown)
            self.add_button(box)
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.open_button = QPushButton(tr("查看案件…"))
        self.open_button.clicked.connect(self.open_selected)
        self.add_button(self.open_button)
        self.table.activated.connect(self._activated)
        self.selection_changed.connect(lambda: self.open_button.setEnabled(self.selected() is not None))
        self.open_button.setEnabled(False)

    def reload(self) -> None:
        kinds = self.kind_box.currentData()
        self._filters = {"kind": list(kinds) if kinds else None, "status": self.status_box.currentData()}
        super().reload()

    def _fetch_page(self, query: str, after: Any, limit: int) -> Page[Case]:
        return self.desk.cases.queue(self.actor, search=query or None, after=after, limit=limit,
                                     **self._filters)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_case(self.model.item(index.row()).id)

    def open_selected(self) -> None:
        case = self.selected()
        if case is not None:
            self.open_case(case.id)

    def open_case(self, case_id: int) -> CaseDialog:
        dialog = CaseDialog(self.desk, self.actor, case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
