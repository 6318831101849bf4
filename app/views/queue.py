"""The commission's approval queue: cases by deadline, filtered by status, kind, search and overdue, live.

A ``CaseQueue`` pages ``desk.cases.queue`` (keyset) into a table: 案件编号, 业务类型, 申请人, 身份证号,
机构, 受理日期, 办理期限 (red when overdue, marked when provisional), 状态, 认领人. Double-click or Enter
emits ``open_requested(case_id)``. A FeedWatcher reloads the list when a case the clerk may see changes
anywhere (another PC confirms, approves, claims); the selected case stays selected.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import Actor, Case, Page, reference
from app.views import layout_memory, worker
from app.views.case_view import OVERDUE_COLOR, deadline_text
from app.views.forms import fmt_date
from app.views.i18n import N_, ref, tr
from app.views.live import FeedWatcher
from app.views.paged import Column, ListPanel

PAGE = 100
DEFAULT_STATUS = "confirmed"
#: Milliseconds of quiet before a burst of feed changes reloads the list once (short: a change on another
#: PC should be on screen within a second, issue 19).
RELOAD_DELAY_MS = 100
#: ``load_later``: the pause before the first page is asked for (a real timer: the window's first layout
#: and paint come first)
LOAD_LATER_MS = 5


QUEUE_COLUMNS = [
    Column(N_("案件编号"), lambda c: c.number),
    Column(N_("业务类型"), lambda c: ref(c.kind_label)),
    Column(N_("申请人"), lambda c: c.applicant_name),
    Column(N_("身份证号"), lambda c: c.applicant_id_number),
    Column(N_("机构"), lambda c: c.institution_name),
    Column(N_("受理日期"), lambda c: fmt_date(c.received_at)),
    Column(N_("办理期限"), deadline_text),
    Column(N_("状态"), lambda c: ref(c.status_label)),
    Column(N_("认领人"), lambda c: c.claimed_by_name or ""),
]
DEADLINE_COLUMN = 6
CLAIM_COLUMN = 8


@cache
def filter_choices() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """(value, label) of the statuses (drafts, the physician's own, left out) and of the case kinds, for
    the filters; read once (the reference hands out deep copies, ~4 ms a queue; main's prewarm reads them)."""
    statuses = tuple((s["value"], s["label"]) for s in reference.statuses() if s["value"] != "draft")
    kinds = tuple((k["value"], k["label"]) for k in reference.case_kinds())
    return statuses, kinds


class _QueueDelegate(QStyledItemDelegate):
    """Overdue deadlines in red and bold; a provisional deadline explains itself in the tooltip."""

    def initStyleOption(
        self,
        option: QStyleOptionViewItem,  # noqa: N802 - Qt override
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().initStyleOption(option, index)
        case = index.data(Qt.ItemDataRole.UserRole)
        if not isinstance(case, Case):
            return
        if index.column() == DEADLINE_COLUMN and case.overdue:
            option.palette.setColor(option.palette.ColorRole.Text, QColor(OVERDUE_COLOR))
            option.palette.setColor(option.palette.ColorRole.HighlightedText, QColor("#ffd7d3"))
            option.font.setBold(True)


class CaseQueue(ListPanel):
    """The list of cases a commission clerk works through, oldest deadline first."""

    open_requested = Signal(int)
    counter_requested = Signal()  # 窗口受理: the window opens the counter wizard

    def __init__(
        self,
        desk: Any,
        actor: Actor,
        parent: QWidget | None = None,
        *,
        overdue_only: bool = False,
        heading: str | None = None,
        live: bool = True,
        watcher: FeedWatcher | None = None,
        fixed: dict[str, Any] | None = None,
        load_later: bool = False,
    ) -> None:
        """``watcher``: the window's one FeedWatcher, shared by its lists (its owner starts and stops it);
        without one a live queue watches the feed on its own. ``fixed``: filters of the service's queue
        that this list always applies (e.g. the overview's ``institution_id``, ``decided_on``,
        ``status``); the widgets of a fixed filter are hidden and nothing is remembered. ``load_later``:
        the first page is asked for in the next turn of the event loop, not at once (a window's first
        list: its first page then lands after the window's first layout and paint, not with them)."""
        self.desk = desk
        self.actor = actor
        self._fixed_overdue = overdue_only
        self._fixed = dict(fixed or {})
        self._restore_id: int | None = None
        super().__init__(
            heading if heading is not None else (tr("逾期案件") if overdue_only else tr("审批队列")),
            QUEUE_COLUMNS,
            self._fetch_cases,
            search_hint=tr("姓名、拼音首字母、身份证号或案件编号"),
            unit=tr("件"),
            keyset=True,
            page_size=PAGE,
            parent=parent,
        )
        self.setObjectName("overdueQueue" if overdue_only else "caseQueue")
        self.table.setObjectName("overdueTable" if overdue_only else "queueTable")
        # the deadline column's cells only: a delegate in Python is called for every cell painted (180 of a
        # screenful), the other columns are drawn by Qt's own
        self.table.setItemDelegateForColumn(DEADLINE_COLUMN, _QueueDelegate(self.table))
        self.search.setToolTip(tr("输入开头几个字即可：案件编号、身份证号、姓名或拼音首字母（如 zw 找张伟）"))
        self.preview: Any = None

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(tr("全部状态"), "")
        statuses, kinds = filter_choices()
        for value, label in statuses:
            self.status_filter.addItem(ref(label), value)
        self.status_filter.setCurrentIndex(max(self.status_filter.findData(DEFAULT_STATUS), 0))
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("kindFilter")
        self.kind_filter.addItem(tr("全部业务"), "")
        for value, label in kinds:
            self.kind_filter.addItem(ref(label), value)
        self.overdue_toggle = QCheckBox(tr("只看逾期(&O)"))
        self.overdue_toggle.setObjectName("overdueToggle")
        self.refresh_button = QPushButton(tr("刷新"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.setToolTip(tr("刷新列表（F5）"))
        self.open_button = QPushButton(tr("办理(&O)…"))
        self.open_button.setObjectName("openCase")
        self.open_button.setAutoDefault(False)
        self.open_button.setToolTip(tr("打开选中的案件办理（Enter 或双击）"))
        self.counter_button = QPushButton(tr("窗口受理(&W)…"))
        self.counter_button.setObjectName("counterIntake")
        self.counter_button.setAutoDefault(False)
        self.counter_button.setToolTip(tr("现场受理申请人的纸质申请（Ctrl+Shift+N）"))
        status_label = QLabel(tr("状态："))
        status_label.setBuddy(self.status_filter)
        kind_label = QLabel(tr("业务类型："))
        kind_label.setBuddy(self.kind_filter)
        # the filters get a row of their own under the heading (the window stays narrow enough)
        filters = QHBoxLayout()
        for widget in (status_label, self.status_filter, kind_label, self.kind_filter, self.overdue_toggle):
            filters.addWidget(widget)
        filters.addStretch(1)
        outer = self.layout()
        assert isinstance(outer, QVBoxLayout)
        outer.insertLayout(1, filters)
        self.add_button(self.open_button)
        self.add_button(self.counter_button)
        self.add_button(self.refresh_button)
        self.open_button.clicked.connect(self._open_current)
        self.counter_button.clicked.connect(self.counter_requested)
        self.selection_changed.connect(lambda: self.open_button.setEnabled(self.selected() is not None))
        self.open_button.setEnabled(False)
        self.layout_key = "overdue" if overdue_only else "queue"
        if self._fixed:
            self.layout_key = "caseList"  # a list behind an overview figure: the queue's filters stay
        else:
            layout_memory.remember_filters(
                self.layout_key,
                {"kind": self.kind_filter} if overdue_only else
                {"status": self.status_filter, "kind": self.kind_filter, "overdue": self.overdue_toggle})
        self.status_filter.setEnabled(not self.overdue_toggle.isChecked())
        if overdue_only or "status" in self._fixed or "overdue" in self._fixed:
            for widget in (status_label, self.status_filter, self.overdue_toggle):
                widget.hide()
        if "kind" in self._fixed:
            kind_label.hide()
            self.kind_filter.hide()

        self.status_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.kind_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.overdue_toggle.toggled.connect(self._overdue_toggled)
        self.refresh_button.clicked.connect(self.reload)
        self.table.activated.connect(self._activated)
        QShortcut(
            QKeySequence(Qt.Key.Key_Return),
            self.table,
            self._open_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence(Qt.Key.Key_Enter),
            self.table,
            self._open_current,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.model.loaded.connect(self._reselect)
        # Ctrl+P: the selected case's checklist (previewed; logged only when printed or saved)
        layout_memory.shortcut(self, QKeySequence.StandardKey.Print, self.print_selected)

        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(RELOAD_DELAY_MS)
        self._live_timer.timeout.connect(self.refresh)
        self.watcher: FeedWatcher | None = None  # only a watcher of its own (stopped by stop())
        if watcher is not None:
            watcher.changed.connect(self._feed_changed)
        elif live:
            self.watcher = FeedWatcher(desk, actor, self)
            self.watcher.changed.connect(self._feed_changed)
            self.watcher.start()
        worker.changes.changed.connect(self._local_change)
        if load_later:
            self._current_filters = self.filters()  # (the view may ask for the first page itself)
            self.count.setText(tr("正在查询…"))
            QTimer.singleShot(LOAD_LATER_MS, self, self._first_load)
        else:
            self.reload()

    def _first_load(self) -> None:
        model = self.model
        if not model.loading and not model.rowCount() and model.has_more:  # (not asked for meanwhile)
            self.reload()

    def cell_font(self, column: int, item: Any) -> QFont | None:
        """Overdue deadlines are bold (_QueueDelegate): their column is fitted to the bold text."""
        if column == DEADLINE_COLUMN and isinstance(item, Case) and item.overdue:
            bold = QFont(self.table.font())
            bold.setBold(True)
            return bold
        return None

    # --- the query ----------------------------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        """The service's filter arguments as the widgets now say (and the fixed ones)."""
        return {**self._widget_filters(), **self._fixed}

    def _widget_filters(self) -> dict[str, Any]:
        if self._fixed_overdue:
            return {"status": DEFAULT_STATUS, "kind": self.kind_filter.currentData() or None, "overdue": True}
        overdue = self.overdue_toggle.isChecked()
        status = self.status_filter.currentData() or None
        if overdue:
            status = DEFAULT_STATUS  # only cases waiting for the commission can be overdue
        return {
            "status": status,
            "kind": self.kind_filter.currentData() or None,
            "overdue": True if overdue else None,
        }

    def _fetch_cases(self, query: str, cursor: Any, limit: int) -> Page[Case]:
        f = self._current_filters
        page: Page[Case] = self.desk.cases.queue(
            self.actor,
            status=f["status"],
            kind=f["kind"],
            overdue=f["overdue"],
            search=query or None,
            after=cursor,
            limit=limit,
            **{k: v for k, v in f.items() if k not in ("status", "kind", "overdue")},
        )
        return page

    def reload(self) -> None:
        self._current_filters = self.filters()  # read on the GUI thread; the fetch runs in the worker
        super().reload()

    def show_filtered(self, status: str | None, kind: str | None, overdue: bool = False) -> None:
        """Set the filters (search cleared) and reload once: the overview opens the list behind a figure."""
        widgets = (self.status_filter, self.kind_filter, self.overdue_toggle, self.search)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search.clear()
            self.kind_filter.setCurrentIndex(max(self.kind_filter.findData(kind or ""), 0))
            if not self._fixed_overdue:
                self.overdue_toggle.setChecked(overdue)
                self.status_filter.setCurrentIndex(max(self.status_filter.findData(status or ""), 0))
                self.status_filter.setEnabled(not overdue)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.reload()

    def _overdue_toggled(self, on: bool) -> None:
        self.status_filter.setEnabled(not on)
        self.reload()

    # --- opening --------------------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.item(index.row()).id)

    def _open_current(self) -> None:
        case = self.selected()
        if case is None and self.model.rowCount():
            self.table.selectRow(0)
            case = self.selected()
        if case is not None:
            self.open_requested.emit(case.id)

    def print_selected(self) -> None:
        """打印材料清单 of the selected case (Ctrl+P)."""
        from app.views.printing import CHECKLIST, can_preview, open_paper

        case = self.selected()
        if case is not None and can_preview(self.desk):
            open_paper(self, self.desk, self.actor, case, CHECKLIST, on_shown=self._preview_shown)

    def _preview_shown(self, preview: Any) -> None:
        self.preview = preview

    def case_ids(self) -> list[int]:
        """Ids of the cases loaded so far (in order)."""
        return [self.model.item(r).id for r in range(self.model.rowCount())]

    def row_of(self, case_id: int) -> int:
        ids = self.case_ids()
        return ids.index(case_id) if case_id in ids else -1

    # --- live updates -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload keeping the selected case selected (when it is still listed)."""
        selected = self.selected()
        self._restore_id = selected.id if selected is not None else None
        self.reload()

    def _reselect(self, _loaded: int) -> None:
        if self._restore_id is None:
            return
        row = self.row_of(self._restore_id)
        if row >= 0:
            self.table.selectRow(row)
            self._restore_id = None
        elif not self.model.has_more:
            self._restore_id = None

    def _feed_changed(self, changes: list[Any]) -> None:
        if any(c.table == "cases" for c in changes):
            self._live_timer.start()

    def _local_change(self, change: dict[str, object]) -> None:
        if "cases" in change:
            self._live_timer.start()

    def stop(self) -> None:
        """Stop watching the feed (the window is closing)."""
        if self.watcher is not None:
            self.watcher.stop()
        worker.changes.unlisten(self._local_change)

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.stop()
        super().closeEvent(event)
