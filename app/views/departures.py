"""离职与注销: the commission's departure lists — institutions' reports still not filed 30 days after the
departure (逾期未备案), reports filed after the 30 days (迟报), and the physicians of the non-registered pool
for 2 years or more (满两年待注销), from which a deregistration is started at the counter. Every list pages
on demand, sorts by a header click and is narrowed to one institution by the picker above."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import Actor, DepartureReport, Desk, PoolEntry
from app.views.forms import fmt_date
from app.views.i18n import N_, ref, tr
from app.views.live import FeedWatcher
from app.views.paged import Column, ListPanel
from app.views.pickers import InstitutionPicker

PAGE = 200


def _days(n: int | None) -> str:
    return "" if n is None else str(n)


REPORT_COLUMNS = [
    Column(N_("案件编号"), lambda r: r.number),
    Column(N_("姓名"), lambda r: r.name),
    Column(N_("身份证号"), lambda r: r.id_number),
    Column(N_("医疗机构"), lambda r: r.institution_name),
    Column(N_("业务类型"), lambda r: ref(r.kind_label)),
    Column(N_("原因"), lambda r: ref(r.reason_label)),
    Column(N_("离职或知悉日期"), lambda r: fmt_date(r.effective_date)),
    Column(N_("报告日期"), lambda r: fmt_date(r.filed_on)),
    Column(N_("应报告日期"), lambda r: fmt_date(r.report_due)),
]
OVERDUE_COLUMNS = [
    *REPORT_COLUMNS,
    Column(N_("逾期天数"), lambda r: _days(r.overdue_days), align_right=True,
           sort_key=lambda r: r.overdue_days),
    Column(N_("状态"), lambda r: ref(r.status_label)),
]
LATE_COLUMNS = [
    *REPORT_COLUMNS,
    Column(N_("迟报天数"), lambda r: _days(r.late_days), align_right=True, sort_key=lambda r: r.late_days),
    Column(N_("状态"), lambda r: ref(r.status_label)),
]
CANDIDATE_COLUMNS = [
    Column(N_("姓名"), lambda e: e.name),
    Column(N_("身份证号"), lambda e: e.id_number),
    Column(N_("医师级别"), lambda e: ref(e.level)),
    Column(N_("执业类别"), lambda e: ref(e.category)),
    Column(N_("备案机构"), lambda e: e.institution_name),
    Column(N_("备案原因"), lambda e: ref(e.reason_label)),
    Column(N_("备案日期"), lambda e: fmt_date(e.filed_on)),
    Column(N_("满两年日期"), lambda e: fmt_date(e.deregister_on)),
    Column(N_("已超天数"), lambda e: _days(-e.days_left if e.days_left is not None else None),
           align_right=True, sort_key=lambda e: -(e.days_left or 0)),
    Column(N_("注销案件"), lambda e: e.open_deregistration or tr("未办理")),
]


SUMMARY_COLUMNS = [
    Column(N_("医疗机构"), lambda r: r.institution_name),
    Column(N_("逾期未备案"), lambda r: str(r.overdue), align_right=True, sort_key=lambda r: r.overdue),
    Column(N_("迟报"), lambda r: str(r.late), align_right=True, sort_key=lambda r: r.late),
    Column(N_("满两年待注销"), lambda r: str(r.candidates), align_right=True,
           sort_key=lambda r: r.candidates),
]


class DeparturesPanel(QWidget):
    """The three departure lists under one institution filter."""

    open_requested = Signal(int)  # a report's case
    open_number = Signal(str)  # an open deregistration case, by number
    deregister_requested = Signal(object)  # PoolEntry: start a deregistration at the counter

    SUMMARY, OVERDUE, LATE, CANDIDATES = 0, 1, 2, 3

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None, *,
                 watcher: FeedWatcher | None = None) -> None:
        """The lists load when the panel is first shown, and again when shown after cases or registrations
        changed (``watcher``: the window's feed watcher; while shown, changes reload after a second)."""
        super().__init__(parent)
        self.setObjectName("departuresPanel")
        self.desk = desk
        self.actor = actor
        self.institution_id: int | None = None
        self._stale = True
        self._live_timer = QTimer(self)
        self._live_timer.setSingleShot(True)
        self._live_timer.setInterval(1000)
        self._live_timer.timeout.connect(self.reload)
        if watcher is not None:
            watcher.changed.connect(self._feed_changed)
        lay = QVBoxLayout(self)
        top = QHBoxLayout()
        intro = QLabel(tr(
            "医疗机构应在医师离职（调离、退休、退职、被辞退、被开除）或知悉注销情形之日起30日内报告；"
            "备案后2年未执业的医师应予注销。"))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        top.addWidget(intro, 1)
        filter_box = QVBoxLayout()
        filter_box.addWidget(QLabel(tr("按医疗机构筛选：")))
        where = actor.jurisdiction
        province = where if where not in (None, "", "000000") else None
        self.institution = InstitutionPicker(desk, actor, optional=True, province=province, rows=3)
        self.institution.setObjectName("departureInstitution")
        self.institution.setFixedWidth(520)
        filter_box.addWidget(self.institution)
        self.clear_button = QPushButton(tr("全部机构(&A)"))
        self.clear_button.setObjectName("allInstitutions")
        self.clear_button.setAutoDefault(False)
        filter_box.addWidget(self.clear_button)
        top.addLayout(filter_box)
        lay.addLayout(top)

        self.overdue = self._panel("departureOverdue", tr("逾期未备案"), OVERDUE_COLUMNS, N_("件"),
                                   lambda cursor, limit: desk.roster.departures(
                                       actor, "overdue", self.institution_id, cursor or 0, limit))
        self.late = self._panel("departureLate", tr("迟报"), LATE_COLUMNS, N_("件"),
                                lambda cursor, limit: desk.roster.departures(
                                    actor, "late", self.institution_id, cursor or 0, limit))
        self.candidates = self._panel(
            "deregistrationCandidates", tr("满两年待注销"), CANDIDATE_COLUMNS, N_("人"),
            lambda cursor, limit: desk.roster.deregistration_candidates(
                actor, self.institution_id, cursor or 0, limit))
        self.summary = self._panel(
            "departureSummary", tr("按机构汇总"), SUMMARY_COLUMNS, N_("家机构"),
            lambda cursor, limit: desk.roster.departure_summary(actor, cursor or 0, limit))
        self.show_institution_button = QPushButton(tr("查看该机构(&V)"))
        self.show_institution_button.setObjectName("showInstitution")
        self.show_institution_button.clicked.connect(self.show_selected_institution)
        self.summary.add_button(self.show_institution_button)
        self.summary.table.doubleClicked.connect(lambda _i: self.show_selected_institution())
        self.summary.selection_changed.connect(self._selection_changed)
        self.open_button = QPushButton(tr("打开案件(&O)"))
        self.open_button.setObjectName("openReport")
        self.open_button.clicked.connect(self.open_selected)
        self.deregister_button = QPushButton(tr("办理注销(&Z)…"))
        self.deregister_button.setObjectName("startDeregistration")
        self.deregister_button.clicked.connect(self.deregister_selected)
        self.overdue.add_button(self.open_button)
        self.candidates.add_button(self.deregister_button)
        self.late_open_button = QPushButton(tr("打开案件(&O)"))
        self.late_open_button.setObjectName("openLateReport")
        self.late_open_button.clicked.connect(self.open_selected)
        self.late.add_button(self.late_open_button)
        for panel in (self.overdue, self.late):
            panel.table.doubleClicked.connect(lambda _i: self.open_selected())
            panel.selection_changed.connect(self._selection_changed)
        self.candidates.table.doubleClicked.connect(lambda _i: self.deregister_selected())
        self.candidates.selection_changed.connect(self._selection_changed)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("departureTabs")
        self.tabs.addTab(self.summary, tr("按机构汇总"))
        self.tabs.addTab(self.overdue, tr("逾期未备案"))
        self.tabs.addTab(self.late, tr("迟报"))
        self.tabs.addTab(self.candidates, tr("满两年待注销"))
        lay.addWidget(self.tabs, 1)
        for panel, label in ((self.overdue, N_("逾期未备案")), (self.late, N_("迟报")),
                             (self.candidates, N_("满两年待注销"))):
            panel.model.loaded.connect(lambda _n, p=panel, t=label: self._count(p, t))
            panel.model.modelReset.connect(lambda p=panel, t=label: self._count(p, t))
        self.institution.chosen.connect(self._institution_chosen)
        self.clear_button.clicked.connect(lambda: self.institution.set_choice(None))
        self._selection_changed()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def _feed_changed(self, changes: list[Any]) -> None:
        if any(c.table in ("cases", "registrations") for c in changes):
            if self.isVisible():
                self._live_timer.start()
            else:
                self._stale = True

    def _panel(self, name: str, heading: str, columns: list[Column], unit: str, fetch: Any) -> ListPanel:
        panel = ListPanel(heading, columns, lambda _query, cursor, limit: fetch(cursor, limit),
                          unit=unit, page_size=PAGE)
        panel.table.setObjectName(name)
        return panel

    def panels(self) -> tuple[ListPanel, ListPanel, ListPanel]:
        return self.overdue, self.late, self.candidates

    def _count(self, panel: ListPanel, label: str) -> None:
        total = panel.model.total
        text = tr("{label}（{n}）").format(label=tr(label), n=total) if total else tr(label)
        self.tabs.setTabText(self.tabs.indexOf(panel), text)

    def show_selected_institution(self) -> None:
        """From the summary: narrow the lists to the chosen institution and show its first non-empty list."""
        row = self.summary.selected()
        if row is None:
            return
        self.institution.load_choice(row.institution_id)
        first = self.OVERDUE if row.overdue else self.LATE if row.late else self.CANDIDATES
        self.tabs.setCurrentIndex(first)

    def _institution_chosen(self, choice: Any) -> None:
        self.institution_id = choice.id if choice is not None else None
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def reload(self) -> None:
        self._stale = False
        self._live_timer.stop()
        for panel in (self.summary, *self.panels()):
            panel.reload()

    def _selection_changed(self) -> None:
        self.show_institution_button.setEnabled(self.summary.selected() is not None)
        self.open_button.setEnabled(self.overdue.selected() is not None)
        self.late_open_button.setEnabled(self.late.selected() is not None)
        entry = self.candidates.selected()
        self.deregister_button.setEnabled(entry is not None)
        opened = entry is not None and bool(entry.open_deregistration)
        self.deregister_button.setText(tr("打开注销案件(&Z)") if opened else tr("办理注销(&Z)…"))

    def selected_report(self) -> DepartureReport | None:
        panel = self.tabs.currentWidget()
        if panel in (self.overdue, self.late):
            found: DepartureReport | None = panel.selected()
            return found
        return None

    def open_selected(self) -> None:
        report = self.selected_report()
        if report is not None:
            self.open_requested.emit(report.case_id)

    def deregister_selected(self) -> None:
        entry: PoolEntry | None = self.candidates.selected()
        if entry is None:
            return
        if entry.open_deregistration:
            self.open_number.emit(entry.open_deregistration)
        else:
            self.deregister_requested.emit(entry)


__all__ = ["DeparturesPanel"]
