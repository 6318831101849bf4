"""The commission's window (卫生健康委): the approval queue (main tab), overdue cases, the counter wizard for
walk-in cases, institution accounts (list, new, reset, disable) and staff accounts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import INSTITUTION_DOCUMENTS, Actor, Desk, InstitutionInfo, SmsInfo, authority_name
from app.views import worker
from app.views.case_dialog import CaseDialog
from app.views.counter_wizard import CounterWizard
from app.views.forms import AreaPicker, FormDialog, OptionalDate, fmt_date, line
from app.views.i18n import N_, error_text, ref, ref_join, tr
from app.views.live import FeedWatcher
from app.views.main_window import LazyTabs, RoleWindow
from app.views.paged import Column, ListPanel
from app.views.queue import CaseQueue
from app.views.sms_views import SmsCourier

if TYPE_CHECKING:
    from app.views.departures import DeparturesPanel
    from app.views.overview import OverviewPanel

PAGE = 200


def masked_phone(phone: str) -> str:
    """138****8000: enough for the clerk to tell the delegate which phone got the SMS."""
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 11 else phone


def account_state(info: InstitutionInfo) -> str:
    if info.username is None:
        return tr("未开通")
    if info.account_disabled:
        return tr("已停用")
    if info.must_change_password:
        return tr("待首次登录改密")
    return tr("正常")


INSTITUTION_COLUMNS = [
    Column(N_("机构名称"), lambda i: i.name),
    Column(N_("登记号"), lambda i: i.registration_number),
    Column(N_("所在地区"), lambda i: ref(i.jurisdiction_name)),
    Column(N_("用户名"), lambda i: i.username or ""),
    Column(N_("账户状态"), account_state),
    Column(N_("开通日期"), lambda i: fmt_date(i.created_at)),
    Column(N_("执业许可证有效期至"), lambda i: fmt_date(i.licence_valid_until)),
    Column(N_("法定代表人"), lambda i: i.legal_representative),
    Column(N_("主要负责人"), lambda i: i.principal),
    Column(N_("地址"), lambda i: i.address),
]


class InstitutionList(ListPanel):
    """The institutions of the commission's jurisdiction, searchable, fetched 200 at a time."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("医疗机构账户"), INSTITUTION_COLUMNS,
            lambda query, offset, limit: desk.accounts.institutions(actor, query, offset or 0, limit),
            search_hint=tr("机构名称、登记号或拼音首字母"), unit=tr("家机构"), page_size=PAGE, parent=parent,
        )
        self.table.setObjectName("institutionTable")
        self.reload()


class CommissionWindow(RoleWindow):
    """卫生健康委: the approval queue, overdue cases, the counter wizard, institution and staff accounts."""

    role = "commission"
    QUEUE_TAB, OVERDUE_TAB, INSTITUTIONS_TAB, DEPARTURES_TAB, OVERVIEW_TAB = 0, 1, 2, 3, 4

    def organisation(self) -> str:
        return authority_name(self.actor.jurisdiction or "000000")

    def build_menus(self) -> None:
        business = self.menuBar().addMenu(tr("业务(&B)"))
        self.new_institution_action = self._action(
            business, tr("新建机构账户(&N)…"), self.new_institution, QKeySequence.StandardKey.New)
        self.new_staff_action: QAction | None = None
        self.backup_action: QAction | None = None
        if self.actor.is_admin:
            self.new_staff_action = self._action(
                business, tr("新建卫生健康委工作人员账户(&S)…"), self.new_staff)
        if self.actor.is_admin and hasattr(self.desk, "backup"):  # a desk server backs up on its own machine
            self.backup_action = self._action(self.file_menu, tr("备份数据库(&B)…"), self.backup_database)
            self.file_menu.insertAction(self.file_menu.actions()[1], self.backup_action)
        business.addSeparator()
        self.reset_action = self._action(business, tr("重置机构账户密码(&R)…"), self.reset_password)
        self.disable_action = self._action(business, tr("停用机构账户(&D)…"), self.toggle_disabled)
        business.addSeparator()
        self.qualifications_action = self._action(business, tr("导入考试中心医师资格名单(&E)…"),
                                                  lambda: self.import_registry("qualifications"))
        self.import_action = self._action(business, tr("导入护士注册、医疗机构执业许可名册(&M)…"),
                                          self.import_registry)
        self.calendar_action = self._action(business, tr("工作日历(&K)…"), self.working_calendar)
        self.gateway_action: QAction | None = None
        self.outbox_action: QAction | None = None
        if self.actor.is_admin:
            business.addSeparator()
            self.gateway_action = self._action(business, tr("短信网关设置(&G)…"), self.sms_gateway)
            self.outbox_action = self._action(business, tr("短信发件箱(&X)…"), self.sms_outbox)
        business.addSeparator()
        self.merge_action = self._action(business, tr("合并重复医师记录(&U)…"), self.merge_records)
        counter = self.menuBar().addMenu(tr("窗口业务(&W)"))
        self.counter_action = self._action(counter, tr("窗口受理(&W)…"), self.counter_wizard, "Ctrl+Shift+N")
        self.open_case_action = self._action(counter, tr("办理选中的案件(&O)"), self.open_selected_case,
                                             QKeySequence.StandardKey.Open)
        self.find_username_action = self._action(counter, tr("找回医师用户名(&U)…"), self.find_username)
        counter.addSeparator()
        self._action(counter, tr("审批队列(&Q)"), lambda: self.tabs.setCurrentIndex(self.QUEUE_TAB), "Ctrl+1")
        self._action(counter, tr("逾期案件(&D)"),
                     lambda: self.tabs.setCurrentIndex(self.OVERDUE_TAB), "Ctrl+2")
        self._action(counter, tr("医疗机构账户(&I)"),
                     lambda: self.tabs.setCurrentIndex(self.INSTITUTIONS_TAB), "Ctrl+3")
        self.departures_action = self._action(
            counter, tr("离职与注销(&L)"), lambda: self.tabs.setCurrentIndex(self.DEPARTURES_TAB), "Ctrl+4")
        self._action(
            counter, tr("概览(&G)"), lambda: self.tabs.setCurrentIndex(self.OVERVIEW_TAB), "Ctrl+5")
        query = self.menuBar().addMenu(tr("查询(&Q)"))
        self._action(query, tr("查找(&F)"), self._focus_search, QKeySequence.StandardKey.Find)
        self._action(query, tr("刷新(&R)"), self._refresh, QKeySequence.StandardKey.Refresh)

    def build_central(self) -> QWidget:
        """The approval queue at once; the 逾期 and 医疗机构账户 tabs a moment later, each in its own turn of
        the event loop (or at once when something asks for them first), so that building the window never
        holds the GUI thread for long (issue 15 part 8)."""
        self.case_dialogs: dict[int, CaseDialog] = {}
        # one feed watcher for the window, fanning out to both lists (two watchers on the desk's one LISTEN
        # connection would each miss half of the notifications and wait for their next poll, issue 19)
        self.watcher = FeedWatcher(self.desk, self.actor, self)
        # its first page asked for a turn later: it lands after the window's first paint, not with it
        self.queue = CaseQueue(self.desk, self.actor, watcher=self.watcher, load_later=True)
        self.queue.open_requested.connect(self.open_case)
        self.queue.counter_requested.connect(lambda: self.counter_wizard())
        self.reset_action.setEnabled(False)  # no institution chosen yet
        self.disable_action.setEnabled(False)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("commissionTabs")
        self.watcher.start()
        # due SMS go out from here every minute (on a remote desk the desk server sends them)
        self.sms_courier = SmsCourier(self.desk, self)
        self.sms_courier.start()
        self.tabs.addTab(self.queue, tr("审批队列"))
        for title in (tr("逾期"), tr("医疗机构账户"), tr("离职与注销"), tr("概览")):
            self.tabs.addTab(QWidget(), title)  # placeholders until built (LazyTabs)
        from app.views.scan import ScanCatcher

        self.scan_catcher = ScanCatcher(self)
        self.scan_catcher.paused = lambda: bool(getattr(self, "idle_lock", None) and self.idle_lock.is_locked)
        self.scan_catcher.scanned.connect(self.open_scanned)
        self.lazy_tabs = LazyTabs(
            self.tabs, self._build_tab,
            (self.OVERDUE_TAB, self.INSTITUTIONS_TAB, self.DEPARTURES_TAB, self.OVERVIEW_TAB),
            built={self.QUEUE_TAB: self.queue}, placed=self._tab_placed)
        return self.tabs

    def _build_tab(self, index: int) -> QWidget:
        """The page of a tab built after the window shows (LazyTabs)."""
        if index == self.OVERDUE_TAB:
            overdue = CaseQueue(self.desk, self.actor, overdue_only=True, watcher=self.watcher)
            overdue.open_requested.connect(self.open_case)
            overdue.counter_requested.connect(lambda: self.counter_wizard())
            overdue.model.loaded.connect(lambda _n: self._count_overdue())
            overdue.model.modelReset.connect(self._count_overdue)
            return overdue
        if index == self.INSTITUTIONS_TAB:
            institutions = InstitutionList(self.desk, self.actor)
            institutions.selection_changed.connect(self._selection_changed)
            institutions.table.customContextMenuRequested.connect(self._context_menu)
            institutions.table.doubleClicked.connect(lambda _i: self.show_details())
            return institutions
        if index == self.DEPARTURES_TAB:
            from app.views.departures import DeparturesPanel

            departures = DeparturesPanel(self.desk, self.actor, watcher=self.watcher)
            departures.open_requested.connect(self.open_case)
            departures.open_number.connect(self.open_case_number)
            departures.deregister_requested.connect(self.start_deregistration)
            return departures
        if index == self.OVERVIEW_TAB:
            from app.views.overview import OverviewPanel

            overview = OverviewPanel(self.desk, self.actor, watcher=self.watcher)
            overview.list_requested.connect(self.open_case_list)
            return overview
        raise ValueError(f"no tab {index} is built later")

    def _tab_placed(self, index: int, _page: QWidget) -> None:
        if index == self.INSTITUTIONS_TAB:
            self._selection_changed()

    @property
    def overdue(self) -> CaseQueue:
        """The 逾期 tab's queue."""
        page = self.lazy_tabs.page(self.OVERDUE_TAB)
        assert isinstance(page, CaseQueue)
        return page

    @property
    def institutions(self) -> InstitutionList:
        """The 医疗机构账户 tab's list."""
        page = self.lazy_tabs.page(self.INSTITUTIONS_TAB)
        assert isinstance(page, InstitutionList)
        return page

    @property
    def departures(self) -> DeparturesPanel:
        """The 离职与注销 tab: overdue and late departure reports, the 2-year pool list."""
        from app.views.departures import DeparturesPanel

        page = self.lazy_tabs.page(self.DEPARTURES_TAB)
        assert isinstance(page, DeparturesPanel)
        return page

    @property
    def overview(self) -> OverviewPanel:
        """The 概览 tab: figures, the approvals chart, the busiest institutions."""
        from app.views.overview import OverviewPanel

        page = self.lazy_tabs.page(self.OVERVIEW_TAB)
        assert isinstance(page, OverviewPanel)
        return page

    def _count_overdue(self) -> None:
        total = self.overdue.model.total
        text = tr("逾期（{n}）").format(n=total) if total else tr("逾期")
        self.tabs.setTabText(self.OVERDUE_TAB, text)

    # --- cases -------------------------------------------------------------------------------------

    def current_queue(self) -> CaseQueue:
        return self.overdue if self.tabs.currentIndex() == self.OVERDUE_TAB else self.queue

    def open_selected_case(self) -> None:
        case = self.current_queue().selected()
        if case is not None:
            self.open_case(case.id)

    def open_case(self, case_id: int) -> CaseDialog:
        """The case dialog (claims the case); a case already open is brought to the front."""
        dialog = self.case_dialogs.get(case_id)
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = CaseDialog(self.desk, self.actor, case_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.case_dialogs[case_id] = dialog
        dialog.destroyed.connect(lambda *_a, cid=case_id: self.case_dialogs.pop(cid, None))
        dialog.decided.connect(self._case_decided)
        dialog.show()
        return dialog

    def open_case_list(self, title: str, filters: dict[str, Any]) -> QWidget:
        """The list behind an overview figure: the queue or the 逾期 tab filtered to it, or a list of its
        own (one institution's cases, one day's approvals) whose rows open the case."""
        if set(filters) <= {"status", "kind"}:
            self.queue.show_filtered(filters.get("status"), filters.get("kind"))
            self.tabs.setCurrentWidget(self.queue)
            return self.queue
        if set(filters) <= {"status", "kind", "overdue"} and filters.get("overdue"):
            self.overdue.show_filtered(None, filters.get("kind"))
            self.tabs.setCurrentWidget(self.overdue)
            return self.overdue
        from app.views.overview import CaseListDialog

        dialog = CaseListDialog(self.desk, self.actor, title, filters, watcher=self.watcher, parent=self)
        dialog.queue.open_requested.connect(self.open_case)
        dialog.show()
        return dialog

    def open_scanned(self, number: str) -> None:
        """扫码打开: a scanner typed a case number and Enter (anywhere in this window): open that case."""
        self.statusBar().showMessage(tr("已扫描案件编号 {number}，正在打开…").format(number=number))
        worker.run_read(self, self.desk.cases.queue, self.actor, search=number, limit=5, with_total=False,
                        on_done=lambda page: self._scanned_found(number, page.items))

    def _scanned_found(self, number: str, cases: list[Any]) -> None:
        case = next((c for c in cases if c.number == number), None)
        if case is None:
            self.statusBar().showMessage(
                tr("未找到案件 {number}（或不属于本委管辖）").format(number=number), 15_000)
            return
        self.statusBar().showMessage(tr("已扫码打开案件 {number}").format(number=number), 10_000)
        self.open_case(case.id)

    def open_case_number(self, number: str) -> None:
        """Open a case known by its number (a deregistration already started from the pool list)."""
        worker.run_read(self, self.desk.cases.queue, self.actor, search=number, limit=5, with_total=False,
                        on_done=lambda page: self._number_found(number, page.items))

    def _number_found(self, number: str, cases: list[Any]) -> None:
        case = next((c for c in cases if c.number == number), None)
        if case is None:
            self.statusBar().showMessage(
                tr("未找到案件 {number}（或不属于本委管辖）").format(number=number), 15_000)
        else:
            self.open_case(case.id)

    def start_deregistration(self, entry: Any) -> CounterWizard:
        """注销 from the 2-year list: the counter wizard's 窗口注销 page filled with the physician, the filed
        registration and the ground 中止医师执业活动满二年; the clerk checks it and 受理."""
        wizard = self.counter_wizard("direct_deregistration")
        wizard.page.preset_pool_entry(entry)  # type: ignore[attr-defined]
        return wizard

    def _case_decided(self, case: Any) -> None:
        if case.registration_code and case.status == "approved":
            message = tr("案件 {number} 已办结，电子化注册识别码 {code}").format(
                number=case.number, code=case.registration_code)
        else:
            message = tr("案件 {number}：{status}").format(number=case.number, status=ref(case.status_label))
        self.statusBar().showMessage(message, 15_000)

    def counter_wizard(self, kind: str | None = None) -> CounterWizard:
        wizard = CounterWizard(self.desk, self.actor, self, kind=kind)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.created.connect(self._counter_case_created)
        wizard.open()
        return wizard

    def _counter_case_created(self, case: Any) -> None:
        self.statusBar().showMessage(
            tr("已受理：{number} {kind} {name}").format(
                number=case.number, kind=ref(case.kind_label), name=case.applicant_name), 15_000)
        self.open_case(case.id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        for dialog in list(self.case_dialogs.values()):
            dialog.close()  # releases the claims
        self.watcher.stop()
        self.sms_courier.stop()
        self.queue.stop()
        if self.lazy_tabs.is_built(self.OVERDUE_TAB):
            self.overdue.stop()
        if self.lazy_tabs.is_built(self.OVERVIEW_TAB):
            self.overview.stop()
        super().closeEvent(event)

    # --- actions -----------------------------------------------------------------------------------

    def _focus_search(self) -> None:
        panel = self.tabs.currentWidget()
        search = panel.search if isinstance(panel, ListPanel) else self.institutions.search
        search.setFocus()
        search.selectAll()

    def _refresh(self) -> None:
        panel = self.tabs.currentWidget()
        if isinstance(panel, CaseQueue):
            panel.refresh()
        elif self.tabs.currentIndex() == self.OVERVIEW_TAB:
            self.overview.reload()
        elif self.tabs.currentIndex() == self.DEPARTURES_TAB:
            self.departures.reload()
        else:
            self.institutions.reload()

    def _selection_changed(self) -> None:
        info = self.institutions.selected()
        has_account = info is not None and info.user_id is not None
        self.reset_action.setEnabled(has_account)
        self.disable_action.setEnabled(has_account)
        if info is not None and info.account_disabled:
            self.disable_action.setText(tr("启用机构账户(&D)…"))
        else:
            self.disable_action.setText(tr("停用机构账户(&D)…"))

    def _context_menu(self, pos: QPoint) -> None:
        if self.institutions.selected() is None:
            return
        menu = QMenu(self)
        menu.addAction(tr("查看机构信息…"), self.show_details)
        menu.addSeparator()
        menu.addAction(self.reset_action)
        menu.addAction(self.disable_action)
        menu.popup(self.institutions.table.viewport().mapToGlobal(pos))

    def import_registry(self, kind: str = "nurses") -> Any:
        """导入名册数据: nurse registrations or institutions' licence data from our registries."""
        from app.views.registry_import import RegistryImportDialog

        chosen = kind if isinstance(kind, str) else "nurses"  # (a menu action passes a bool)
        dialog = RegistryImportDialog(self.desk, self.actor, self, kind=chosen)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def find_username(self) -> QDialog:
        """找回医师用户名 at the counter: resident ID + name → the username, masked."""
        from app.views.backoffice import FindUsernameDialog

        dialog = FindUsernameDialog(self.desk, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def working_calendar(self) -> QDialog:
        """工作日历: official holidays and 调休, the commission's own entries (administrators edit)."""
        from app.views.backoffice import CalendarDialog

        dialog = CalendarDialog(self.desk, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def merge_records(self) -> QDialog:
        """合并重复医师记录: candidate pairs, side by side, keep one, reason, confirm (desk.merges)."""
        from app.views.merge_records import MergeRecordsDialog

        dialog = MergeRecordsDialog(self.desk, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_institution(self) -> NewInstitutionDialog:
        dialog = NewInstitutionDialog(self.desk, self.actor, self)
        dialog.created.connect(self._institution_created)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def sms_gateway(self) -> QDialog:
        from app.views.sms_views import GatewayDialog

        dialog = GatewayDialog(self.desk, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def sms_outbox(self) -> QDialog:
        from app.views.sms_views import OutboxDialog

        dialog = OutboxDialog(self.desk, self.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_credentials(self, info: InstitutionInfo, username: str, password: str, *, reset: bool) -> None:
        """After an account was opened or its password reset: ask what became of the SMS, then show the
        credentials with the truth about it (sent, or to be handed over in person / in a sealed letter)."""
        purpose = "institution_password_reset" if reset else "institution_account"

        def show(message: Any) -> None:
            dialog = CredentialsDialog.for_institution(info, username, password, self, reset=reset,
                                                       sms=message)
            dialog.open()
            self.credentials_dialog = dialog

        def unknown(_err: Any) -> bool:
            show(None)
            return True

        worker.run_read(self, self.desk.sms.delivery, self.actor, info.delegate_phone, purpose,
                        on_done=show, on_error=unknown)

    def _institution_created(self, info: InstitutionInfo, username: str, password: str) -> None:
        self.statusBar().showMessage(
            tr("已开通机构账户：{name}（{user}）").format(name=info.name, user=username), 15_000)
        self.show_credentials(info, username, password, reset=False)

    def new_staff(self) -> NewStaffDialog:
        dialog = NewStaffDialog(self.desk, self.actor, self)
        dialog.created.connect(self._staff_created)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _staff_created(self, name: str, username: str, password: str) -> None:
        self.statusBar().showMessage(
            tr("已开通工作人员账户：{name}（{user}）").format(name=name, user=username), 15_000)
        CredentialsDialog.for_staff(name, username, password, self).open()

    def show_details(self) -> None:
        info = self.institutions.selected()
        if info is not None:
            dialog = InstitutionDetails(info, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def backup_database(self, file: str | None = None) -> None:
        """备份数据库: the administrator picks a file; the copy is made in the background."""
        if file is None:
            stamp = QDateTime.currentDateTime().toString("yyyyMMdd-HHmm")
            file, _filter = QFileDialog.getSaveFileName(
                self, tr("备份数据库"), f"regdesk-{stamp}.backup", tr("数据库备份 (*.backup);;所有文件 (*)"))
        if not file:
            return
        if self.backup_action is not None:
            self.backup_action.setEnabled(False)
        self.statusBar().showMessage(tr("正在备份数据库…"))
        local: Any = self.desk  # backup is a local desk's own service (contract.LOCAL_SERVICES)
        worker.run_write(self, local.backup.backup, self.actor, file, on_done=self._backed_up,
                         on_finished=self._backup_finished)

    def _backed_up(self, info: Any) -> None:
        self.statusBar().showMessage(
            tr("已备份到 {file}（{size:.1f} MB）").format(file=info.file, size=info.size / 1_048_576), 30_000)

    def _backup_finished(self) -> None:
        if self.backup_action is not None:
            self.backup_action.setEnabled(True)

    def reset_password(self) -> None:
        info = self.institutions.selected()
        if info is None or info.username is None:
            return
        answer = QMessageBox.question(
            self, tr("重置机构账户密码"),
            tr("为“{name}”（用户名 {user}）生成新的随机密码？\n\n"
               "已配置短信网关时，新密码以短信发送到经办人 {delegate} 的手机 {phone}；"
               "否则在下一步显示，请当面交付或打印密封函。"
               "该账户已登录的电脑会被退出，下次登录须修改密码。").format(
                name=info.name, user=info.username, delegate=info.delegate_name,
                phone=masked_phone(info.delegate_phone)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        worker.run_write(self, self.desk.accounts.reset_institution_password, self.actor, info.id,
                         on_done=lambda result: self._password_reset(info, *result),
                         announce={"institutions": [info.id]})

    def _password_reset(self, info: InstitutionInfo, username: str, password: str) -> None:
        self.statusBar().showMessage(tr("已重置“{name}”的密码").format(name=info.name), 15_000)
        self.show_credentials(info, username, password, reset=True)

    def toggle_disabled(self) -> None:
        info = self.institutions.selected()
        if info is None or info.user_id is None:
            return
        disable = not info.account_disabled
        question = (tr("停用“{name}”的机构账户（{user}）？停用后该机构不能登录，已登录的电脑会被退出。")
                    if disable else tr("重新启用“{name}”的机构账户（{user}）？"))
        if QMessageBox.question(self, tr("机构账户"), question.format(name=info.name, user=info.username)) \
                != QMessageBox.StandardButton.Yes:
            return
        done = tr("已停用“{name}”的账户") if disable else tr("已启用“{name}”的账户")
        worker.run_write(
            self, self.desk.accounts.set_account_disabled, self.actor, info.user_id, disable,
            on_done=lambda _a: self.statusBar().showMessage(done.format(name=info.name), 15_000),
            announce={"institutions": [info.id]},
        )

    def on_changes(self, change: dict[str, object]) -> None:
        if "institutions" in change and self.lazy_tabs.is_built(self.INSTITUTIONS_TAB):
            self.institutions.reload()  # (a list built later reads anew)


class NewInstitutionDialog(FormDialog):
    """新建机构账户: the delegate's papers checked, the disclosed fields, the delegate's phone for the SMS."""

    created = Signal(object, str, str)  # (InstitutionInfo, username, initial password)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("新建机构账户"), parent, ok_text=tr("开通账户"),
            intro=tr("核验经办人带来的材料并逐项勾选，再填写机构信息。开通后，已配置短信网关时用户名和初始密码"
                     "以短信发送到经办人手机；否则在开通后显示，请当面交付或打印密封函。"),
        )
        self.setObjectName("newInstitutionDialog")
        self.desk = desk
        self.actor = actor

        papers = QGroupBox(tr("已核验材料"))
        papers_lay = QVBoxLayout(papers)
        self.documents: dict[str, QCheckBox] = {}
        for key, label in INSTITUTION_DOCUMENTS:
            box = QCheckBox(ref(label))
            self.documents[key] = box
            papers_lay.addWidget(box)
        self.add_row("", papers, "documents_checked")

        self.name = self.add_row(tr("机构名称："), line(max_length=200), "name")
        self.registration_number = self.add_row(
            tr("登记号："), line(tr("执业许可证上的登记号"), max_length=30), "registration_number")
        self.credit_code = self.add_row(
            tr("统一社会信用代码："), line(tr("18位，见执业许可证或营业执照；尚无可空"), max_length=24),
            "credit_code")
        self.jurisdiction = self.add_row(
            tr("所在地区："), AreaPicker(actor.jurisdiction, min_level="county"), "jurisdiction", "area_code")
        self.address = self.add_row(tr("地址："), line(max_length=300), "address")
        self.legal_representative = self.add_row(
            tr("法定代表人："), line(max_length=30), "legal_representative")
        self.principal = self.add_row(tr("主要负责人："), line(max_length=30), "principal")
        self.subjects = QPlainTextEdit()
        self.subjects.setTabChangesFocus(True)
        self.subjects.setPlaceholderText(tr("诊疗科目，用顿号或换行分隔，如：内科、外科、妇产科"))
        self.subjects.setFixedHeight(64)
        self.add_row(tr("诊疗科目："), self.subjects, "subjects")
        self.licence_valid_until = self.add_row(
            tr("许可证有效期："), OptionalDate(tr("有效期至")), "licence_valid_until")
        self.delegate_name = self.add_row(tr("经办人姓名："), line(max_length=30), "delegate_name")
        self.delegate_phone = self.add_row(
            tr("经办人手机："), line(tr("11位手机号，接收账户短信"), max_length=20),
            "delegate_phone", "phone")
        self.setMinimumWidth(620)

    def values(self) -> dict[str, Any]:
        subjects = [s.strip() for s in self.subjects.toPlainText().replace("，", "、").replace(",", "、")
                    .replace("\n", "、").split("、") if s.strip()]
        return {
            "name": self.name.text().strip(),
            "address": self.address.text().strip(),
            "registration_number": self.registration_number.text().strip(),
            "credit_code": self.credit_code.text().strip(),
            "legal_representative": self.legal_representative.text().strip(),
            "principal": self.principal.text().strip(),
            "subjects": subjects,
            "jurisdiction": self.jurisdiction.code(),
            "delegate_name": self.delegate_name.text().strip(),
            "delegate_phone": self.delegate_phone.text().strip(),
            "licence_valid_until": self.licence_valid_until.value(),
            "documents_checked": [k for k, box in self.documents.items() if box.isChecked()],
        }

    def submit(self) -> None:
        values = self.values()
        self.call(self.desk.accounts.create_institution, self.actor, on_done=self._done,
                  announce=lambda result: {"institutions": [result[0].id]}, **values)

    def _done(self, result: tuple[InstitutionInfo, str, str]) -> None:
        self.accept()
        self.created.emit(*result)


class NewStaffDialog(FormDialog):
    """新建卫生健康委工作人员账户 (administrators only): name, username, jurisdiction, phone."""

    created = Signal(str, str, str)  # (name, username, initial password)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("新建卫生健康委工作人员账户"), parent, ok_text=tr("开通账户"),
            intro=tr("初始密码只显示一次，请当面交给本人；首次登录须修改密码。"),
        )
        self.setObjectName("newStaffDialog")
        self.desk = desk
        self.actor = actor
        self.name = self.add_row(tr("姓名："), line(max_length=30), "name")
        self.username = self.add_row(
            tr("用户名："), line(tr("英文字母、数字，3至32位"), max_length=32), "username")
        self.jurisdiction = self.add_row(tr("管辖区域："), AreaPicker(actor.jurisdiction), "jurisdiction",
                                         "area_code")
        self.phone = self.add_row(tr("手机："), line(max_length=20), "phone")
        self.is_admin = QCheckBox(tr("管理员（可开通本委工作人员账户）"))
        self.form.addRow("", self.is_admin)
        self.setMinimumWidth(520)

    def submit(self) -> None:
        self.call(self.desk.accounts.create_commission_user, self.actor, on_done=self._done,
                  announce={"users": "commission"},
                  username=self.username.text().strip(), name=self.name.text().strip(),
                  jurisdiction=self.jurisdiction.code(), phone=self.phone.text().strip(),
                  is_admin=self.is_admin.isChecked())

    def _done(self, result: tuple[str, str]) -> None:
        username, password = result
        self.accept()
        self.created.emit(self.name.text().strip(), username, password)


class CredentialsDialog(QDialog):
    """Shows a new username and initial password once (with a copy button), and the truth about the SMS:
    sent, or not sent (no gateway, the gateway failed) and then the password is handed over in person or
    printed as a sealed letter (打印密封函, built on this PC, logged nowhere)."""

    def __init__(self, title: str, lines: list[tuple[str, str]], username: str, password: str, note: str,
                 parent: QWidget | None = None, letter: dict[str, Any] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("credentialsDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.username = username
        self.password = password
        lay = QVBoxLayout(self)
        form = QFormLayout()
        for label, value in lines:
            form.addRow(label, QLabel(value))
        for label, value in ((tr("用户名："), username), (tr("初始密码："), password)):
            shown = QLabel(value)
            shown.setObjectName("secret")
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        lay.addLayout(form)
        text = QLabel(note)
        text.setObjectName("smsNote")
        text.setWordWrap(True)
        lay.addWidget(text)
        self.note = text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        copy = QPushButton(tr("复制用户名和密码"))
        copy.setAutoDefault(False)
        copy.clicked.connect(self._copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self.letter = letter
        self.letter_button: QPushButton | None = None
        if letter is not None:
            self.letter_button = QPushButton(tr("打印密封函(&L)…"))
            self.letter_button.setObjectName("letterButton")
            self.letter_button.setAutoDefault(False)
            self.letter_button.clicked.connect(self.print_letter)
            buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(460)

    def _copy(self) -> None:
        QApplication.clipboard().setText(f"{self.username}\t{self.password}")

    def letter_pdf(self) -> bytes:
        """The sealed letter, built here (the password goes nowhere else)."""
        assert self.letter is not None
        from app.services.contract import password_letter_pdf

        return password_letter_pdf(**self.letter, username=self.username, password=self.password,
                                   printed_at=QDateTime.currentDateTime().toPython())  # type: ignore[arg-type]

    def print_letter(self) -> QDialog:
        from app.views.print_preview import PrintPreview

        preview = PrintPreview(self.letter_pdf(), tr("密封函"), self, file_name="mifenghan")
        preview.open_button.hide()  # it would leave the password in a temporary file
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.open()
        return preview

    @classmethod
    def for_institution(cls, info: InstitutionInfo, username: str, password: str,
                        parent: QWidget | None = None, *, reset: bool = False,
                        sms: SmsInfo | None = None) -> CredentialsDialog:
        what = tr("新密码") if reset else tr("初始密码")
        phone = masked_phone(info.delegate_phone)
        tail = tr("密码只在此显示这一次；机构首次登录时须修改密码。")
        if sms is not None and sms.status == "sent":
            note = tr("用户名和{what}已通过短信发送到经办人 {delegate} 的手机 {phone}。").format(
                what=what, delegate=info.delegate_name, phone=phone) + tail
        else:
            if sms is None:
                why = tr("短信状态无法确认。")
            elif sms.status == "pending":
                why = tr("短信尚在等待发送，不能确定经办人会收到。")
            elif sms.last_error.startswith("未配置短信网关"):
                why = tr("未配置短信网关，短信没有发送。")
            else:
                why = tr("短信发送失败：{error}。").format(error=error_text(sms.last_error))
            hand_over = tr("请把用户名和{what}当面交给经办人 {delegate}（核对身份证件），或打印密封函交付。")
            note = why + hand_over.format(what=what, delegate=info.delegate_name) + tail
        title = tr("机构账户密码已重置") if reset else tr("机构账户已开通")
        letter = None
        if sms is None or sms.status != "sent":
            window = parent if isinstance(parent, CommissionWindow) else None
            organisation = window.organisation() if window else ""
            printed_by = (window.actor.name or window.actor.username) if window else ""
            letter = {"institution_name": info.name, "registration_number": info.registration_number,
                      "delegate_name": info.delegate_name, "organisation": organisation,
                      "printed_by": printed_by, "reset": reset}
        return cls(title, [(tr("机构："), info.name), (tr("登记号："), info.registration_number)],
                   username, password, note, parent, letter)

    @classmethod
    def for_staff(cls, name: str, username: str, password: str,
                  parent: QWidget | None = None) -> CredentialsDialog:
        note = tr("密码只在此显示这一次，请当面交给本人；首次登录时须修改密码。")
        return cls(tr("工作人员账户已开通"), [(tr("姓名："), name)], username, password, note, parent)


class InstitutionDetails(QDialog):
    """All recorded facts of one institution (read-only)."""

    def __init__(self, info: InstitutionInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(info.name)
        lay = QVBoxLayout(self)
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        checked = [label for key, label in INSTITUTION_DOCUMENTS if info.documents_checked.get(key)]
        facts = [
            (tr("机构名称："), info.name),
            (tr("登记号："), info.registration_number),
            (tr("统一社会信用代码："), info.credit_code or tr("未填写")),
            (tr("所在地区："), ref(info.jurisdiction_name)),
            (tr("地址："), info.address),
            (tr("法定代表人："), info.legal_representative),
            (tr("主要负责人："), info.principal),
            (tr("诊疗科目："), info.subjects),
            (tr("执业许可证有效期至："), fmt_date(info.licence_valid_until) or tr("未填写")),
            (tr("审批机关："), info.approving_authority),
            (tr("经办人："), f"{info.delegate_name}　{info.delegate_phone}"),
            (tr("已核验材料："), ref_join(checked) or tr("无")),
            (tr("用户名："), info.username or tr("未开通")),
            (tr("账户状态："), account_state(info)),
            (tr("开通日期："), fmt_date(info.created_at)),
        ]
        for label, value in facts:
            shown = QLabel(value)
            shown.setWordWrap(len(value) > 30)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, shown)
        lay.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.setMinimumWidth(520)
