"""The institution's window (医疗机构, hospital HR): its physicians (roster and detail), the inbox of
physicians' applications, its own filings and deregistrations, the non-registered pool, physicians awaiting
activation."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import AwaitingActivation, Change, InstitutionInfo
from app.views import worker
from app.views.filing_dialogs import SubmittedCasesView, open_application
from app.views.forms import fmt_date
from app.views.i18n import N_, ref, ref_join, tr
from app.views.inbox import InboxView
from app.views.live import FeedWatcher
from app.views.main_window import LazyTabs, RoleWindow
from app.views.paged import Column, ListPanel
from app.views.physician_detail import ActivationCodeDialog, PhysicianDetailDialog
from app.views.profile_changes import ProfileInbox
from app.views.roster_view import PoolView, RosterView

PHYSICIAN_COLUMNS = [
    Column(N_("姓名"), lambda r: r.name),
    Column(N_("性别"), lambda r: ref(r.gender)),
    Column(N_("身份证号"), lambda r: r.id_number),
    Column(N_("与本机构关系"), lambda r: ref(r.relation)),
    Column(N_("注册状态"), lambda r: ref(r.status_label)),
    Column(N_("医师级别"), lambda r: ref(r.level)),
    Column(N_("执业类别"), lambda r: ref(r.category)),
    Column(N_("执业范围"), lambda r: ref_join(r.scopes)),
    Column(N_("电子化注册识别码"), lambda r: r.registration_code or ""),
    Column(N_("医师资格证书编码"), lambda r: r.certificate_code or ""),
    Column(N_("执业证书编码"), lambda r: r.practice_certificate_number or ""),
]

AWAITING_COLUMNS = [
    Column(N_("姓名"), lambda r: r.name),
    Column(N_("身份证号"), lambda r: r.id_number),
    Column(N_("个人账户"), lambda r: r.username or tr("尚未注册账户")),
    Column(N_("激活码发放日期"), lambda r: fmt_date(r.code_issued_at)),
    Column(N_("激活码有效期至"), lambda r: fmt_date(r.code_valid_until)),
]


#: Feed tables whose changes concern a physician's record (the roster and open records refresh).
PERSON_TABLES = frozenset({"cases", "registrations", "physicians", "filings", "qualifications"})


#: the tabs after 本机构医师, in order (built after the window shows, see InstitutionWindow._page)
PAGE_TITLES = (N_("待确认申请"), N_("个人信息变更审核"), N_("本机构已提交的业务"), N_("非在册医师库"),
               N_("待激活医师"))


class InstitutionWindow(RoleWindow):
    """医疗机构: who we are; our physicians (roster, detail), the applications waiting for us, what we
    submitted, the non-registered pool and the physicians still to activate their accounts."""

    role = "institution"

    def organisation(self) -> str:
        return tr("医疗机构")  # replaced by the institution's name once it is read

    def build_menus(self) -> None:
        business = self.menuBar().addMenu(tr("业务(&B)"))
        self.open_action = self._action(business, tr("查看医师档案(&O)…"), self.open_selected_physician,
                                        QKeySequence.StandardKey.Open)
        business.addSeparator()
        self.filing_action = self._action(business, tr("注册备案(&B)…"),
                                          lambda: self.apply_for_selected("institution_filing"))
        self.dereg_action = self._action(business, tr("注销注册(&D)…"),
                                         lambda: self.apply_for_selected("institution_deregistration"))
        business.addSeparator()
        self.issue_code_action = self._action(business, tr("发放激活码(&A)…"), self.issue_code)
        business.addSeparator()
        self._action(business, tr("导出主执业/多机构备案名单(&X)…"), lambda: self.export_lists())
        query = self.menuBar().addMenu(tr("查询(&Q)"))
        self._action(query, tr("查找医师(&F)"), self._focus_search, QKeySequence.StandardKey.Find)
        self._action(query, tr("待确认申请(&I)"), lambda: self.tabs.setCurrentWidget(self.inbox), "Ctrl+I")
        self._action(query, tr("个人信息变更审核(&P)"),
                     lambda: self.tabs.setCurrentWidget(self.profile_inbox))
        self._action(query, tr("刷新(&R)"), self.refresh, QKeySequence.StandardKey.Refresh)

    def build_central(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        self.facts_box = QGroupBox(tr("本机构"))
        grid = QGridLayout(self.facts_box)
        grid.setContentsMargins(8, 4, 8, 4)
        grid.setVerticalSpacing(2)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        self.fact_labels: dict[str, QLabel] = {}
        facts = (("name", tr("机构名称：")), ("registration_number", tr("登记号：")),
                 ("licence_valid_until", tr("执业许可证有效期至：")),
                 ("address", tr("地址：")), ("jurisdiction_name", tr("所在地区：")),
                 ("approving_authority", tr("审批机关：")))
        for i, (key, label) in enumerate(facts):
            shown = QLabel(tr("正在读取…") if key == "name" else "")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = shown
            caption = QLabel(label)
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(caption, i // 3, (i % 3) * 2)
            grid.addWidget(shown, i // 3, (i % 3) * 2 + 1)
        outer.addWidget(self.facts_box)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("institutionTabs")
        actor, desk = self.actor, self.desk
        self.physicians = RosterView(desk, actor)
        self.physicians.open_physician.connect(lambda row: self.open_physician(row.id, row.name))
        self.physicians.selection_changed.connect(self._roster_selected)
        self.physicians.export_title = tr("本机构医师")  # the sheet's and the file's name
        self.tabs.addTab(self.physicians, tr("本机构医师"))
        # the other tabs are built a moment later, one per turn of the event loop (or at once when something
        # asks for them first), so that building the window never holds the GUI thread for long (issue 15
        # part 8); until then each tab holds an empty page
        for title in PAGE_TITLES:
            self.tabs.addTab(QWidget(), tr(title))
        self.issue_code_action.setEnabled(False)  # no physician chosen yet
        self.lists_button = QPushButton(tr("导出主执业/多机构备案名单…"))
        self.lists_button.setObjectName("exportInstitutionLists")
        self.lists_button.clicked.connect(lambda: self.export_lists())
        self.physicians.add_button(self.lists_button)
        outer.addWidget(self.tabs, 1)
        self._stale: list[QWidget] = []
        self.lazy_tabs = LazyTabs(self.tabs, self._build_tab, range(1, len(PAGE_TITLES) + 1),
                                  built={0: self.physicians}, placed=self._tab_placed)
        self.tabs.currentChanged.connect(self._tab_changed)

        worker.run_read(self, desk.accounts.institution, actor, actor.institution_id,
                        on_done=self._show_facts)
        self.physicians.reload()
        self._roster_selected()

        self.watcher = FeedWatcher(desk, actor, self)  # started while the window is shown
        self.watcher.changed.connect(self._feed_changed)
        return page

    # --- the tabs built after the first (one per turn of the event loop) ---

    INBOX_TAB, PROFILE_TAB, SUBMITTED_TAB, POOL_TAB, AWAITING_TAB = range(1, 6)

    def _page(self, index: int) -> QWidget:
        """The page of tab ``index``, built now if it was not yet (then loaded)."""
        return self.lazy_tabs.page(index)

    def _build_tab(self, index: int) -> QWidget:
        """The page of a tab after 本机构医师 (LazyTabs; loaded once placed, _tab_placed)."""
        actor, desk = self.actor, self.desk
        # each page is made a child at once: a page made without a parent is a window of its own for a
        # moment, and the role window loses its activation (its shortcuts, F1, Ctrl+P, stop working)
        page: InboxView | ProfileInbox | ListPanel
        if index == self.INBOX_TAB:
            inbox = InboxView(desk, actor, self.tabs)
            inbox.setObjectName("inbox")
            inbox.count_changed.connect(self._inbox_counted)
            inbox.open_physician.connect(lambda pid: self.open_physician(pid))
            inbox.list.export_title = tr("待确认申请")
            page = inbox
        elif index == self.PROFILE_TAB:
            profile_inbox = ProfileInbox(desk, actor, self.tabs)
            profile_inbox.setObjectName("profileInbox")
            profile_inbox.count_changed.connect(self._profile_counted)
            profile_inbox.list.export_title = tr("个人信息变更审核")
            page = profile_inbox
        elif index == self.SUBMITTED_TAB:
            submitted = SubmittedCasesView(desk, actor, self.tabs)
            submitted.export_title = tr("本机构已提交的业务")
            page = submitted
        elif index == self.POOL_TAB:
            pool = PoolView(desk, actor, self.tabs)
            pool.open_physician.connect(lambda e: self.open_physician(e.physician_id, e.name))
            pool.export_title = tr("非在册医师库")
            page = pool
        else:
            awaiting = ListPanel(
                tr("在本机构注册、尚未激活个人账户的医师"), AWAITING_COLUMNS,
                lambda _query, offset, limit: desk.accounts.awaiting_activation(actor, offset or 0, limit),
                unit=tr("位医师"), parent=self.tabs,
            )
            awaiting.table.setObjectName("awaitingTable")
            self.issue_button = QPushButton(tr("发放激活码…"))
            self.issue_button.clicked.connect(self.issue_code)
            awaiting.add_button(self.issue_button)
            awaiting.selection_changed.connect(self._awaiting_selected)
            awaiting.table.doubleClicked.connect(lambda _i: self.issue_code())
            awaiting.export_title = tr("待激活医师")
            page = awaiting
        return page

    def _tab_placed(self, index: int, page: QWidget) -> None:
        assert isinstance(page, InboxView | ProfileInbox | ListPanel)
        page.reload()
        if index == self.AWAITING_TAB:
            self._awaiting_selected()

    @property
    def inbox(self) -> InboxView:
        """待确认申请."""
        page = self._page(self.INBOX_TAB)
        assert isinstance(page, InboxView)
        return page

    @property
    def profile_inbox(self) -> ProfileInbox:
        """个人信息变更审核."""
        page = self._page(self.PROFILE_TAB)
        assert isinstance(page, ProfileInbox)
        return page

    @property
    def submitted(self) -> SubmittedCasesView:
        """本机构已提交的业务."""
        page = self._page(self.SUBMITTED_TAB)
        assert isinstance(page, SubmittedCasesView)
        return page

    @property
    def pool(self) -> PoolView:
        """非在册医师库."""
        page = self._page(self.POOL_TAB)
        assert isinstance(page, PoolView)
        return page

    @property
    def awaiting(self) -> ListPanel:
        """待激活医师."""
        page = self._page(self.AWAITING_TAB)
        assert isinstance(page, ListPanel)
        return page

    def _show_facts(self, info: InstitutionInfo) -> None:
        values: dict[str, Any] = {
            "name": info.name,
            "registration_number": info.registration_number,
            "jurisdiction_name": ref(info.jurisdiction_name),
            "address": info.address,
            "licence_valid_until": fmt_date(info.licence_valid_until) or tr("未填写"),
            "approving_authority": info.approving_authority,
        }
        for key, value in values.items():
            self.fact_labels[key].setText(value)
        self.set_organisation(info.name, person=info.delegate_name)

    def _focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.physicians)
        self.physicians.search.setFocus()
        self.physicians.search.selectAll()

    def refresh(self) -> None:
        self._stale = []
        self.physicians.reload()
        self.inbox.reload()
        self.profile_inbox.reload()
        self.submitted.reload()
        self.pool.reload()
        self.awaiting.reload()

    def _inbox_counted(self, count: int) -> None:
        index = self.tabs.indexOf(self.inbox)
        self.tabs.setTabText(index, tr("待确认申请（{n}）").format(n=count) if count else tr("待确认申请"))

    def _profile_counted(self, count: int) -> None:
        index = self.tabs.indexOf(self.profile_inbox)
        self.tabs.setTabText(index, tr("个人信息变更审核（{n}）").format(n=count) if count
                             else tr("个人信息变更审核"))

    # --- physicians ---

    def open_physician(self, physician_id: int, name: str = "") -> PhysicianDetailDialog:
        """医师档案 of one physician (one window per physician: opening it again brings it forward)."""
        for dialog in self.findChildren(PhysicianDetailDialog):
            if dialog.physician_id == physician_id and dialog.isVisible():
                dialog.raise_()
                dialog.activateWindow()
                return dialog
        dialog = PhysicianDetailDialog(self.desk, self.actor, physician_id, self, name=name)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def open_selected_physician(self) -> None:
        row = self.physicians.selected()
        if row is None:
            self._focus_search()
            self.statusBar().showMessage(tr("请先在“本机构医师”中选择一位医师"), 10_000)
            return
        self.open_physician(row.id, row.name)

    def _roster_selected(self) -> None:
        row = self.physicians.selected()
        ours = (row is not None and row.main_institution_id == self.actor.institution_id
                and row.status == "active")
        self.open_action.setEnabled(row is not None)
        self.filing_action.setEnabled(ours)
        self.dereg_action.setEnabled(ours)

    def apply_for_selected(self, kind: str) -> None:
        """注册备案 / 注销注册 of the physician selected in the roster."""
        row = self.physicians.selected()
        if row is None:
            self._focus_search()
            self.statusBar().showMessage(tr("请先在“本机构医师”中选择一位医师"), 10_000)
            return
        dialog = open_application(kind, self.desk, self.actor, row.id, row.name, row.id_number, self)
        dialog.submitted.connect(self._applied)

    def _applied(self, case: Any) -> None:
        self.statusBar().showMessage(tr("已报送卫生健康委：{kind}（{number}），{name}").format(
            kind=ref(case.kind_label), number=case.number, name=case.applicant_name), 15_000)
        self.tabs.setCurrentWidget(self.submitted)

    def export_lists(self, path: str | None = None) -> Any:
        """主执业 and 多机构备案 lists as the commission asks for them (one XLSX, two sheets)."""
        from app.views.export import export_institution_lists

        return export_institution_lists(self, self.desk, self.actor, path)

    # --- activation codes ---

    def _awaiting_selected(self) -> None:
        page = self.lazy_tabs.pages.get(self.AWAITING_TAB)
        chosen = isinstance(page, ListPanel) and page.selected() is not None
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

    # --- what changed ---

    def _feed_changed(self, changes: list[Change]) -> None:
        """Another PC (or the commission) changed something of ours: refresh through the change hub."""
        change: dict[str, object] = {}
        for c in changes:
            ids = change.setdefault(c.table, [])
            assert isinstance(ids, list)
            ids.append(c.row_id)
            if c.physician_id is not None and c.table in PERSON_TABLES:
                physicians = change.setdefault("physicians", [])
                assert isinstance(physicians, list)
                physicians.append(c.physician_id)
        worker.changes.announce({**change, "origin": "feed"})

    def on_changes(self, change: dict[str, object]) -> None:
        if "cases" in change:
            self.inbox.reload()  # always: the tab's badge counts what waits
            self.inbox.refresh_case()
            self._reload_when_seen(self.submitted)
        if "physicians" in change or "cases" in change or "registrations" in change:
            self._reload_when_seen(self.physicians, self.awaiting)
        if "registrations" in change or "cases" in change:
            self._reload_when_seen(self.pool)
        if "profile_changes" in change:
            self.profile_inbox.reload()  # always: the tab's badge counts what waits

    def _reload_when_seen(self, *panels: ListPanel) -> None:
        """Reload a list now when its tab is showing, else when the clerk turns to it (the list being
        read keeps its place until then)."""
        for panel in panels:
            if self.tabs.currentWidget() is panel:
                panel.reload()
            elif panel not in self._stale:
                self._stale.append(panel)

    def _tab_changed(self, index: int) -> None:
        panel = self._page(index)
        if panel in self._stale:
            self._stale.remove(panel)
            assert isinstance(panel, ListPanel)
            panel.reload()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if not self._leaving:
            self.watcher.start()  # from where it stopped: what changed while hidden still arrives

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        self.watcher.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.watcher.stop()
        super().closeEvent(event)


__all__ = ["ActivationCodeDialog", "InstitutionWindow"]
