"""The physician's own window (医师个人端): activation, the physician's applications and their progress, their
qualifications and registrations.

我的申请 lists the physician's own cases (desk.cases.queue shows a physician only theirs), paged; the case
picked is shown with its progress (提交 → 机构确认 → 卫健委审核 → 办结), the reason of a return or refusal,
the issued code, and the full record (CaseView: details, paper materials, timeline). 新建申请 opens the
application form of any kind a physician starts; a draft or a returned case is edited there and submitted
again; 撤回 takes a case back before the decision. Changes made elsewhere (the hospital confirms, the
commission approves) arrive through the change feed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import Actor, Case, CaseEventView, Desk, PhysicianDetail
from app.views import worker
from app.views.application_dialog import EDITABLE, ApplicationDialog, WithdrawDialog
from app.views.case_view import CaseData, CaseView, deadline_text, fmt_time
from app.views.forms import FormDialog, fmt_date, line
from app.views.i18n import N_, join, ref, ref_join, tr
from app.views.live import FeedWatcher
from app.views.main_window import LazyTabs, RoleWindow
from app.views.paged import Column, PagedTableModel, fit_columns
from app.views.password import PASSWORD_HINT

WITHDRAWABLE = ("draft", "submitted", "confirmed", "returned")
PAGE_SIZE = 100


#: (service keyword, label, hint) of the three ways to activate an account
ACTIVATION_WAYS = (
    ("certificate_code", N_("医师资格证书编码"), N_("医师资格证书上的27位编码")),
    ("exam_ticket", N_("准考证号"), N_("尚未取得医师资格证书时，填写医师资格考试准考证号")),
    ("activation_code", N_("激活码"), N_("已注册的医师：向主要执业机构索取的10位激活码")),
)

CASE_COLUMNS = [
    Column(N_("业务编号"), lambda c: c.number),
    Column(N_("业务"), lambda c: ref(c.kind_label)),
    Column(N_("状态"), lambda c: ref(c.status_label)),
    Column(N_("执业机构"), lambda c: c.institution_name),
    Column(N_("提交时间"), lambda c: fmt_time(c.submitted_at) if c.status != "draft" else ""),
    Column(N_("办理期限"), deadline_text),
    Column(N_("办结时间"), lambda c: fmt_time(c.decided_at)),
    Column(N_("电子化注册识别码"), lambda c: c.registration_code or ""),
]

#: The steps a physician's application goes through, and where each status stands.
STEPS = (N_("提交申请"), N_("机构确认"), N_("卫健委审核"), N_("办结"))
CIRCLED = "①②③④"


def last_event(timeline: list[CaseEventView], action: str) -> CaseEventView | None:
    for event in reversed(timeline):
        if event.action == action:
            return event
    return None


def progress_html(case: Case, timeline: list[CaseEventView]) -> str:
    """The steps of the application as rich text: done in green, the current one bold, the rest grey."""
    status = case.status
    if status == "draft":
        done, current = 0, 0
    elif status == "submitted":
        done, current = 1, 1
    elif status == "confirmed":
        done, current = 2, 2
    elif status in ("approved", "rejected"):
        done, current = 4, -1
    elif status == "returned":
        back = last_event(timeline, "return")
        at = 2 if back is not None and back.role == "commission" else 1
        done, current = at, at
    else:  # withdrawn
        done, current = sum(1 for e in timeline if e.action in ("submit", "confirm")), -1
    parts = []
    for i, step in enumerate(STEPS):
        label = f"{CIRCLED[i]} {tr(step)}"
        if i == current:
            color = "#8a5a00" if status == "returned" else "#1d4e89"
            parts.append(f'<b style="color:{color}">{label}</b>')
        elif i < done:
            parts.append(f'<span style="color:#1b5e20">{label}</span>')
        else:
            parts.append(f'<span style="color:#999999">{label}</span>')
    return " → ".join(parts)


def returned_text(timeline: list[CaseEventView]) -> str:
    """Who sent the case back, when, and why (退回补正)."""
    e = last_event(timeline, "return")
    if e is None:
        return tr("已退回补正。")
    org = e.institution_name or ref(e.role_label)
    who = tr("，").join(x for x in dict.fromkeys((org, e.who, fmt_time(e.at))) if x)
    reason = ref(e.reason_label) + (tr("：{note}").format(note=e.note) if e.note else "")
    return tr("已退回补正（{who}）。退回原因：{reason}。").format(who=who, reason=reason)


def progress_text(case: Case, timeline: list[CaseEventView]) -> str:
    """Where the application stands, in a sentence (with the reason of a return or refusal)."""
    inst = case.institution_name or tr("执业机构")
    status = case.status
    if status == "draft":
        return tr("草稿，尚未提交：点“编辑草稿…”补全后提交。")
    if status == "submitted":
        return tr("已提交，等待{inst}确认。").format(inst=inst)
    if status == "confirmed":
        return tr("{inst}已确认，等待卫生健康委审核，办理期限 {deadline}。").format(
            inst=inst, deadline=deadline_text(case) or tr("（计算中）"))
    if status == "returned":
        return returned_text(timeline) + tr("请点“修改后重新提交…”，改正后再提交。")
    if status == "approved":
        if case.registration_code:
            return tr("已批准（{at}）。已发放电子化注册识别码，可打印注册结果通知。").format(
                at=fmt_time(case.decided_at))
        return tr("已批准（{at}）。").format(at=fmt_time(case.decided_at))
    if status == "rejected":
        e = last_event(timeline, "reject")
        reason = (ref(e.reason_label) + (tr("：{note}").format(note=e.note) if e.note else "")) if e else ""
        return tr("{label}（{at}）。原因：{reason}").format(
            label=ref(case.status_label), at=fmt_time(case.decided_at), reason=reason)
    e = last_event(timeline, "withdraw")
    note = tr("：{note}").format(note=e.note) if e is not None and e.note else ""
    return tr("已撤回{note}。如需办理请重新申请。").format(note=note)


class ApplicationsPanel(QWidget):
    """我的申请: the physician's cases (paged) over the one picked, with its progress and full record."""

    case_selected = Signal(object)  # Case | None

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self._selected_id: int | None = None
        self.data: CaseData | None = None
        outer = QVBoxLayout(self)
        self.toolbar = QHBoxLayout()
        outer.addLayout(self.toolbar)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.setChildrenCollapsible(False)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        self.model = PagedTableModel(CASE_COLUMNS, self._fetch, view=self, page_size=PAGE_SIZE, keyset=True)
        self.table = QTableView()
        self.table.setObjectName("myCases")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        left_lay.addWidget(self.table, 1)
        self.count = QLabel()
        left_lay.addWidget(self.count)
        split.addWidget(left)

        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        self.progress = QLabel()
        self.progress.setObjectName("caseProgress")
        self.progress.setTextFormat(Qt.TextFormat.RichText)
        right_lay.addWidget(self.progress)
        self.banner = QLabel()
        self.banner.setObjectName("caseBanner")
        self.banner.setWordWrap(True)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right_lay.addWidget(self.banner)
        self.code = QLabel()
        self.code.setObjectName("secret")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.hide()
        right_lay.addWidget(self.code)
        self.view = CaseView()
        self.view.setMinimumWidth(560)
        right_lay.addWidget(self.view, 1)
        self.placeholder = QLabel(tr("在左边的列表中选择一件申请，查看办理进度；点“新建申请…”办理新的业务。"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setObjectName("fieldHint")
        right_lay.addWidget(self.placeholder, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([340, 760])
        self.split = split
        outer.addWidget(split, 1)
        self._show_nothing()

        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _i: self._selection_changed())
        self.model.loaded.connect(self._loaded)
        self.view.loaded.connect(self._case_loaded)
        self._sized = False

    def _fetch(self, cursor: Any, limit: int) -> Any:
        return self.desk.cases.queue(self.actor, after=cursor, limit=limit)

    def reload(self, keep: int | None = None) -> None:
        """List the cases again (keeping the one picked, or picking ``keep``)."""
        if keep is not None:
            self._selected_id = keep
        self.count.setText(tr("正在查询…"))
        self.model.reload()

    def _loaded(self, loaded: int) -> None:
        if not self._sized and loaded:
            self._sized = True
            # every loaded row, as resizeColumnsToContents did (its default precision: 1,000 rows)
            fit_columns(self.table, self.model, rows=1000, cap=260)
        total = self.model.total if self.model.total is not None else loaded
        self.count.setText(tr("共 {n} 件申请").format(n=total) if total else tr("还没有申请"))
        if not loaded:
            self._selected_id = None
            self._show_nothing()
            self.case_selected.emit(None)
            return
        if self._selected_id is not None:
            for row in range(self.model.rowCount()):
                if self.model.item(row).id == self._selected_id:
                    self.table.selectRow(row)
                    return
            if self.model.has_more and not self.model.loading:
                self.model.fetchMore()  # the case picked is further down: load on until it shows
        elif self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected(self) -> Case | None:
        """The case picked, as the list has it (after a reload, as the service has it now)."""
        if self.data is not None and self.data.case.id == self._selected_id:
            return self.data.case
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return  # a listing being replaced: the case shown stays until the new one arrives
        case: Case = self.model.item(rows[0].row())
        if case.id != self._selected_id or self.data is None or self.data.case.version != case.version:
            self._selected_id = case.id
            self.view.load(self.desk, self.actor, case.id)
        self.case_selected.emit(case)

    def reload_case(self) -> None:
        """Read the picked case again (its status, timeline and materials)."""
        if self._selected_id is not None:
            self.view.load(self.desk, self.actor, self._selected_id)

    def _case_loaded(self, data: CaseData) -> None:
        self.data = data
        case = data.case
        self.placeholder.hide()
        for w in (self.progress, self.banner, self.view):
            w.show()
        self.progress.setText(progress_html(case, data.timeline))
        self.banner.setText(progress_text(case, data.timeline))
        style = {"returned": "background:#fff8e1; border:1px solid #f0d48a;",
                 "rejected": "background:#fdecea; border:1px solid #f3b8b2;",
                 "approved": "background:#e8f5e9; border:1px solid #a5d6a7;"}.get(
            case.status, "background:#f4f7fb; border:1px solid #d5dde8;")
        self.banner.setStyleSheet(f"QLabel#caseBanner {{ {style} padding:6px; border-radius:3px; }}")
        self.code.setVisible(bool(case.status == "approved" and case.registration_code))
        self.code.setText(tr("电子化注册识别码：{code}").format(code=case.registration_code or ""))
        self._name_institutions(data)
        self.case_selected.emit(case)

    def _name_institutions(self, data: CaseData) -> None:
        """Institutions the details point at that CaseView could not name (a physician may not read the
        commission's institution records): their public names, through desk.lookup."""
        missing = {v for k in ("institution_id", "inviting_institution_id")
                   if isinstance(v := data.case.details.get(k), int) and f"institution:{v}" not in data.names}
        case_id = data.case.id
        for institution_id in missing:
            worker.run_read(self, self.desk.lookup.institution, self.actor, institution_id,
                            on_done=lambda choice: self._named(case_id, choice),
                            on_error=lambda _e: True)

    def _named(self, case_id: int, choice: Any) -> None:
        if self.data is not None and self.data.case.id == case_id:
            self.view.show_case(self.data.case, names={f"institution:{choice.id}": choice.name})

    def _show_nothing(self) -> None:
        self.data = None
        for w in (self.progress, self.banner, self.code, self.view):
            w.hide()
        self.placeholder.show()


class PhysicianWindow(RoleWindow):
    """医师: the account and its activation; 我的申请 with progress; 医师资格与执业注册."""

    role = "physician"

    def organisation(self) -> str:
        return tr("医师个人账户")

    def build_menus(self) -> None:
        business = self.menuBar().addMenu(tr("业务(&B)"))
        self.activate_action = self._action(business, tr("激活账户(&A)…"), self.activate)
        business.addSeparator()
        self.new_action = self._action(business, tr("新建申请(&N)…"), self.new_application,
                                       QKeySequence.StandardKey.New)
        self.edit_action = self._action(business, tr("修改后重新提交(&E)…"), self.edit_application)
        self.withdraw_action = self._action(business, tr("撤回申请(&W)…"), self.withdraw_application)
        business.addSeparator()
        self.print_action = self._action(business, tr("打印材料清单(&P)…"), self.print_checklist,
                                         QKeySequence.StandardKey.Print)
        self.notice_action = self._action(business, tr("打印注册结果通知(&T)…"), self.print_notice)
        business.addSeparator()
        self.profile_action = self._action(business, tr("申请修改个人信息(&M)…"), self.request_profile_change)
        query = self.menuBar().addMenu(tr("查询(&Q)"))
        self.refresh_action = self._action(query, tr("刷新(&R)"), self.refresh,
                                           QKeySequence.StandardKey.Refresh)
        query.addSeparator()
        self._action(query, tr("公众查询（医师、护士、医疗机构）(&G)…"), self.open_public_register)

    def build_central(self) -> QWidget:
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(16, 12, 16, 8)
        self.heading = QLabel()
        self.heading.setObjectName("heading")
        outer.addWidget(self.heading)
        facts = QGridLayout()
        facts.setHorizontalSpacing(10)
        self.username_label = QLabel()
        self.state_label = QLabel()
        self.state_label.setObjectName("activationState")
        self.person_labels: dict[str, QLabel] = {}
        cells: list[tuple[str, QLabel]] = [(tr("用户名："), self.username_label),
                                           (tr("账户状态："), self.state_label)]
        for key, label in (("gender", tr("性别：")), ("id_number", tr("身份证号：")), ("phone", tr("手机：")),
                           ("email", tr("电子邮箱："))):
            shown = QLabel()
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.person_labels[key] = shown
            cells.append((label, shown))
        self._person_cells: list[QWidget] = []
        for i, (label, shown) in enumerate(cells):
            caption = QLabel(label)
            if i >= 2:
                self._person_cells += [caption, shown]
            caption.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            caption.setStyleSheet("color: #555555;")
            row, col = divmod(i, 3)
            facts.addWidget(caption, row, col * 2)
            facts.addWidget(shown, row, col * 2 + 1)
        for col in (1, 3, 5):
            facts.setColumnStretch(col, 1)
        outer.addLayout(facts)
        self.explain = QLabel(tr("账户激活后才能办理注册、变更等业务。激活时填写医师资格证书编码；"
                                 "尚未取得证书的，填写准考证号；已在医疗机构注册的医师，"
                                 "也可以用机构发放的激活码。"))
        self.explain.setWordWrap(True)
        outer.addWidget(self.explain)
        buttons = QHBoxLayout()
        self.activate_button = QPushButton(tr("激活账户…"))
        self.activate_button.clicked.connect(self.activate)
        buttons.addWidget(self.activate_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)

        self.record = QTabWidget()
        self.record.setObjectName("physicianTabs")
        self.applications = ApplicationsPanel(self.desk, self.actor)
        bar = self.applications.toolbar
        self.new_button = QPushButton(tr("新建申请…"))
        self.new_button.setObjectName("newApplication")
        self.new_button.clicked.connect(self.new_application)
        self.edit_button = QPushButton(tr("修改后重新提交…"))
        self.edit_button.setObjectName("editApplication")
        self.edit_button.clicked.connect(self.edit_application)
        self.withdraw_button = QPushButton(tr("撤回…"))
        self.withdraw_button.setObjectName("withdrawApplication")
        self.withdraw_button.clicked.connect(self.withdraw_application)
        self.print_button = QPushButton(tr("打印材料清单…"))
        self.print_button.clicked.connect(self.print_checklist)
        self.notice_button = QPushButton(tr("打印注册结果通知…"))
        self.notice_button.clicked.connect(self.print_notice)
        for button in (self.new_button, self.edit_button, self.withdraw_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.print_button, self.notice_button):
            bar.addWidget(button)
        from app.views.export import ExportButton

        self.export_button = ExportButton(self.applications.model, lambda: tr("我的申请"), self)
        bar.addWidget(self.export_button)
        self.applications.case_selected.connect(lambda _c: self._update_actions())
        self.applications.table.doubleClicked.connect(lambda _i: self._double_clicked())
        self.record.addTab(self.applications, tr("我的申请"))

        # the record's other tabs are built a moment later, one per turn of the event loop (or at once when
        # something asks for them first), so that building the window never holds the GUI thread for long
        # (issue 15 part 8); until then each tab holds an empty page
        self.record.addTab(QWidget(self.record), tr("医师资格与执业注册"))
        self.record.addTab(QWidget(self.record), tr("个人信息变更"))
        self.lazy_tabs = LazyTabs(self.record, self._build_tab, (self.FACTS_TAB, self.PROFILE_TAB),
                                  built={0: self.applications}, placed=self._tab_placed)
        outer.addWidget(self.record, 1)
        self.filler = QWidget()  # keeps the account facts at the top while there is no record to show
        outer.addWidget(self.filler, 1)

        self.watcher: FeedWatcher | None = None
        self._feed_timer = QTimer(self)
        self._feed_timer.setSingleShot(True)
        self._feed_timer.setInterval(200)
        self._feed_timer.timeout.connect(self.refresh)
        self._show_state()
        return page

    # --- the record's tabs after 我的申请 ---

    FACTS_TAB, PROFILE_TAB = 1, 2

    def _page(self, index: int) -> QWidget:
        """The page of record tab ``index``, built now if it was not yet."""
        return self.lazy_tabs.page(index)

    def _build_tab(self, index: int) -> QWidget:
        """The page of a record tab after 我的申请 (LazyTabs)."""
        page: QWidget
        if index == self.FACTS_TAB:
            facts_page = QWidget()
            record = QVBoxLayout(facts_page)
            self._qualifications = facts_table(
                (tr("医师资格证书编码"), tr("准考证号"), tr("医师级别"), tr("执业类别"), tr("来源"),
                 tr("发证日期")), "physician/qualificationsTable")
            self._registrations = facts_table(
                (tr("主要执业机构"), tr("医师级别"), tr("执业类别"), tr("执业范围"), tr("执业地点"),
                 tr("状态"), tr("电子化注册识别码"), tr("注册日期"), tr("备案的其他执业机构")),
                "physician/registrationsTable")
            tables = ((tr("医师资格"), self._qualifications), (tr("执业注册"), self._registrations))
            for title, table in tables:
                heading = QLabel(title)
                heading.setObjectName("subheading")
                record.addWidget(heading)
                record.addWidget(table)
            record.addStretch(1)
            scroll = QScrollArea(self.record)
            scroll.setWidgetResizable(True)
            scroll.setWidget(facts_page)
            page = scroll
        else:
            from app.views.profile_changes import MyProfileChanges

            changes = MyProfileChanges(self.desk, self.actor, self.record)
            changes.request_button.clicked.connect(self.request_profile_change)
            self._profile_changes = changes
            page = changes
        return page

    def _tab_placed(self, index: int, _page: QWidget) -> None:
        if index == self.PROFILE_TAB and self.actor.activated and self.actor.physician_id is not None:
            self._profile_changes.reload()

    @property
    def qualifications(self) -> QTableWidget:
        """医师资格 (on the 医师资格与执业注册 tab)."""
        self._page(self.FACTS_TAB)
        return self._qualifications

    @property
    def registrations(self) -> QTableWidget:
        """执业注册 (on the 医师资格与执业注册 tab)."""
        self._page(self.FACTS_TAB)
        return self._registrations

    @property
    def profile_changes(self) -> Any:
        """个人信息变更."""
        self._page(self.PROFILE_TAB)
        return self._profile_changes

    # --- state ---------------------------------------------------------------------------------------

    def _show_state(self) -> None:
        a = self.actor
        self.heading.setText(a.name or a.username)
        self.username_label.setText(a.username)
        self.state_label.setText(tr("已激活") if a.activated else tr("未激活"))
        for widget in (self.explain, self.activate_button):
            widget.setVisible(not a.activated)
        self.activate_action.setEnabled(not a.activated)
        self.new_action.setEnabled(a.activated)
        self.profile_action.setEnabled(a.activated)
        self.record.setVisible(a.activated)
        self.filler.setVisible(not a.activated)
        for cell in self._person_cells:
            cell.setVisible(a.activated)
        self._update_actions()
        if a.activated and a.physician_id is not None:
            self._read_record()
            self.applications.reload()
            if self.lazy_tabs.is_built(self.PROFILE_TAB):  # (a page built later reads itself)
                self._profile_changes.reload()
            if self.watcher is None:
                self.watcher = FeedWatcher(self.desk, a, self)
                self.watcher.changed.connect(lambda _changes: self._feed_timer.start())
                if self.isVisible():
                    self.watcher.start()

    def _read_record(self) -> None:
        worker.run_read(self, self.desk.roster.physician, self.actor, self.actor.physician_id,
                        on_done=self._show_record)

    def _show_record(self, detail: PhysicianDetail) -> None:
        self.detail = detail
        person = detail.person
        for key, label in self.person_labels.items():
            value = str(getattr(person, key) or "")
            label.setText(ref(value) if key == "gender" else value)
        fill(self.qualifications, [
            (q.certificate_code or "", q.exam_ticket or "", ref(q.level), ref(q.category),
             ref(q.source_label),
             fmt_date(q.issued_on))
            for q in detail.qualifications])
        fill(self.registrations, [
            (r.main_institution_name, ref(r.level), ref(r.category), ref_join(r.scopes), ref(r.place_name),
             ref(r.status_label),
             r.registration_code or "", fmt_date(r.registered_on),
             join(f.institution_name for f in r.filings if f.status == "active"))
            for r in detail.registrations])

    def selected_case(self) -> Case | None:
        return self.applications.selected() if self.actor.activated else None

    def _update_actions(self) -> None:
        case = self.selected_case()
        status = case.status if case is not None else ""
        editable = status in EDITABLE
        text = tr("编辑草稿…") if status == "draft" else tr("修改后重新提交…")
        self.edit_button.setText(text)
        self.edit_action.setText(tr("编辑草稿(&E)…") if status == "draft" else tr("修改后重新提交(&E)…"))
        for w in (self.edit_button, self.edit_action):
            w.setEnabled(editable)
        for w in (self.withdraw_button, self.withdraw_action):
            w.setEnabled(status in WITHDRAWABLE)
        from app.views.inbox import printing_available

        printable = case is not None and status not in ("draft", "withdrawn")
        printable = printable and printing_available(self.desk)
        for w in (self.print_button, self.print_action):
            w.setEnabled(printable)
        notice = case is not None and status == "approved" and bool(case.registration_code)
        notice = notice and self._paper_ok()
        for w in (self.notice_button, self.notice_action):
            w.setEnabled(notice)
        self.edit_button.setVisible(True)

    def _paper_ok(self) -> bool:
        from app.views.print_preview import paper_service

        return callable(getattr(paper_service(self.desk), "render_approval_notice", None))

    def on_changes(self, change: dict[str, object]) -> None:
        if self.actor.activated and ("cases" in change or "physicians" in change):
            self.refresh()
        elif self.actor.activated and "profile_changes" in change:
            self.profile_changes.reload()

    def refresh(self) -> None:
        """Read the record, the list and the picked case again."""
        if not self.actor.activated:
            return
        self._read_record()
        self.applications.reload()
        self.applications.reload_case()
        self.profile_changes.reload()

    # --- actions -------------------------------------------------------------------------------------

    def activate(self) -> ActivateDialog:
        dialog = ActivateDialog(self.desk, self.actor, self)
        dialog.activated.connect(self._activated)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _activated(self, actor: Actor) -> None:
        self.actor = actor
        self.applications.actor = actor
        self.profile_changes.actor = actor
        self._show_state()
        self.statusBar().showMessage(tr("账户已激活"), 15_000)

    def new_application(self, kind: str | None = None) -> ApplicationDialog | None:
        """新建申请: the form of any kind a physician starts."""
        if not self.actor.activated:
            return None
        dialog = ApplicationDialog(self.desk, self.actor, self, kind=kind if isinstance(kind, str) else None,
                                   detail=getattr(self, "detail", None))
        return self._open(dialog)

    def edit_application(self) -> ApplicationDialog | None:
        """编辑草稿 / 修改后重新提交 the picked case."""
        case = self.selected_case()
        if case is None or case.status not in EDITABLE:
            return None
        data = self.applications.data
        explanation = ""
        if case.status == "returned" and data is not None and data.case.id == case.id:
            explanation = returned_text(data.timeline)
        dialog = ApplicationDialog(self.desk, self.actor, self, case=case,
                                   detail=getattr(self, "detail", None), explanation=explanation)
        return self._open(dialog)

    def _open(self, dialog: ApplicationDialog) -> ApplicationDialog:
        dialog.saved.connect(self._saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _saved(self, case: Case, message: str) -> None:
        self.applications.reload(keep=case.id)
        self.applications.reload_case()
        self._read_record()
        if message:
            self.statusBar().showMessage(message, 15_000)

    def request_profile_change(self) -> Any:
        """申请修改个人信息: 学历, 毕业院校, 任职资格, 科室, photo (the main institution approves)."""
        if not self.actor.activated:
            return None
        from app.views.profile_changes import ProfileRequestDialog

        person = getattr(getattr(self, "detail", None), "person", None)
        dialog = ProfileRequestDialog(self.desk, self.actor, person, self)
        dialog.submitted.connect(self._profile_submitted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _profile_submitted(self, made: list[Any]) -> None:
        self.record.setCurrentWidget(self.profile_changes)
        self.profile_changes.reload()
        self.statusBar().showMessage(
            tr("已提交 {n} 项个人信息变更，等待主要执业机构审核").format(n=len(made)), 15_000)

    def _double_clicked(self) -> None:
        case = self.selected_case()
        if case is not None and case.status in EDITABLE:
            self.edit_application()

    def withdraw_application(self) -> WithdrawDialog | None:
        """撤回 the picked case before the decision."""
        case = self.selected_case()
        if case is None or case.status not in WITHDRAWABLE:
            return None
        dialog = WithdrawDialog(self.desk, self.actor, case, self)
        dialog.withdrawn.connect(self._withdrawn)
        dialog.conflict.connect(self.refresh)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _withdrawn(self, case: Case) -> None:
        self.applications.reload(keep=case.id)
        self.applications.reload_case()
        self.statusBar().showMessage(tr("申请 {n} 已撤回").format(n=case.number), 15_000)

    def print_checklist(self) -> None:
        """打印材料清单 of the picked case (each print is logged; later copies are marked 补打)."""
        from app.views.inbox import print_checklist

        case = self.selected_case()
        if case is not None and self.print_button.isEnabled():
            self.preview: Any = None
            print_checklist(self, self.desk, self.actor, case, on_shown=self._preview_shown)

    def print_notice(self) -> None:
        """打印注册结果通知 of an approved case: the issued code, previewed; logged when printed or saved."""
        from app.views.printing import NOTICE, open_paper

        case = self.selected_case()
        if case is None or not self.notice_button.isEnabled():
            return
        self.preview = None
        open_paper(self, self.desk, self.actor, case, NOTICE, on_shown=self._preview_shown)

    def _preview_shown(self, preview: Any) -> None:
        self.preview = preview

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        """Live updates while the window shows (changes made meanwhile arrive when it shows again)."""
        super().showEvent(event)
        if self.watcher is not None:
            self.watcher.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802 - Qt override
        if self.watcher is not None:
            self.watcher.stop()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.watcher is not None:
            self.watcher.stop()
        super().closeEvent(event)


def facts_table(headers: tuple[str, ...], key: str) -> QTableWidget:
    """A small read-only table for a handful of rows (a physician's own record); its columns are remembered
    under ``key`` (layout_memory)."""
    from app.views import layout_memory

    table = QTableWidget(0, len(headers))
    table.setObjectName(key.rsplit("/", 1)[-1])
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(False)
    layout_memory.remember_table(table, key)
    return table


def fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
    """Put the rows in, size columns to their contents and the table to its rows (no inner scrolling)."""
    from app.views import layout_memory

    with layout_memory.filling(table):
        table.clearSpans()
        table.clearContents()
        table.setRowCount(max(len(rows), 1))
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(value))
        if not rows:
            table.setSpan(0, 0, 1, table.columnCount())
            table.setItem(0, 0, QTableWidgetItem(tr("暂无记录")))
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
        proof: dict[str, Any] = {self.selected_way(): self.value.text().strip()}
        self.call(self.desk.auth.activate_physician, self.actor, on_done=self._done,
                  announce={"physicians": [self.actor.physician_id]}, **proof)

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
