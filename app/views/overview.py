"""The commission's 概览 tab: cases by kind and status, overdue cases, approvals per working day of the last
30 days as a bar chart, and the institutions with the most overdue and open cases.

Every figure opens the list behind it: ``OverviewPanel.list_requested(title, filters)`` carries the filters
of ``desk.cases.queue`` that give exactly that figure (the commission window shows the queue or the 逾期 tab
filtered, or a ``CaseListDialog`` for one institution or one day). The figures come from one service call
(``desk.cases.overview``) in a worker, when the tab is shown and, while it is shown, after changes arrive on
the window's feed watcher (debounced); changes while hidden mark it stale for its next show.
"""

from __future__ import annotations

import datetime as dt
import math
import time
from typing import Any

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QCursor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import OPEN_STATUSES, Actor, CaseOverview, DayCount, reference
from app.views import worker
from app.views.case_view import OVERDUE_COLOR
from app.views.forms import fmt_date
from app.views.i18n import N_, ref, tr
from app.views.live import FeedWatcher
from app.views.queue import CaseQueue

# Milliseconds after the first change of a burst before the figures are read again (one read per burst).
RELOAD_DELAY_MS = 400
# While changes keep coming (a busy province), the figures are read at most this often: a dashboard of
# aggregates, not the list a clerk works through.
MIN_INTERVAL_MS = 2000
WEEKDAYS = (N_("星期一"), N_("星期二"), N_("星期三"), N_("星期四"), N_("星期五"), N_("星期六"), N_("星期日"))
WORKDAY_COLOR = "#2f6fb0"
OTHER_DAY_COLOR = "#d9822b"
LINK_COLOR = "#1a5fb4"
# The statuses of the table, in the order a case moves (drafts are the physician's own).
SHOWN_STATUSES = [s["value"] for s in reference.statuses() if s["value"] != "draft"]
OVERDUE = "overdue"
TOTAL = ""


def _nice_step(top: int) -> int:
    """A step of 1, 2 or 5 × 10ⁿ giving at most five gridlines up to ``top``."""
    if top <= 5:
        return 1
    raw = top / 5
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


class BarChart(QWidget):
    """Approvals per day as bars (working days blue, other days with approvals orange), drawn with QPainter:
    a y axis with gridlines, the dates under the bars as 12-24, a tooltip per bar, a click opens the day."""

    day_clicked = Signal(object)  # dt.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("approvalsChart")
        self.days: list[DayCount] = []
        self._hover = -1
        self.setMouseTracking(True)
        self.setMinimumHeight(220)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(720, 260)

    def set_days(self, days: list[DayCount]) -> None:
        self.days = list(days)
        self._hover = -1
        self.update()

    # --- geometry -------------------------------------------------------------------------------------

    def _top_value(self) -> tuple[int, int]:
        top = max((d.count for d in self.days), default=0)
        step = _nice_step(max(top, 1))
        return max(step * math.ceil(max(top, 1) / step), step), step

    def plot_rect(self) -> QRect:
        fm = self.fontMetrics()
        top_value, _step = self._top_value()
        left = fm.horizontalAdvance(str(top_value)) + 16
        # on top: the legend's row, then room for the figure above the tallest bar
        return self.rect().adjusted(left, 2 * fm.height() + 10, -12, -(fm.height() + 12))

    def bar_rect(self, index: int) -> QRectF:
        """Where bar ``index`` is drawn (its full slot height for a zero bar, so it can be pointed at)."""
        plot = self.plot_rect()
        slot = plot.width() / max(len(self.days), 1)
        top_value, _step = self._top_value()
        count = self.days[index].count
        height = plot.height() * count / top_value
        x = plot.left() + slot * index + slot * 0.15
        return QRectF(x, plot.bottom() - height, slot * 0.7, height)

    def index_at(self, pos: QPoint) -> int:
        plot = self.plot_rect()
        if not self.days or not plot.adjusted(0, -4, 0, 4).contains(pos):
            return -1
        slot = plot.width() / len(self.days)
        index = int((pos.x() - plot.left()) // slot)
        return index if 0 <= index < len(self.days) else -1

    def bar_tooltip(self, index: int) -> str:
        day = self.days[index]
        weekday = tr(WEEKDAYS[day.day.weekday()])
        text = tr("{date}（{weekday}）").format(date=fmt_date(day.day), weekday=weekday)
        if not day.workday:
            text += tr("，非工作日")
        text += "\n" + tr("批准 {n} 件").format(n=day.count)
        if day.count:
            text += "\n" + tr("点击查看这些案件")
        return text

    def words(self) -> dict[str, str]:
        """The words the chart paints (axis title, legend, the note for no approvals)."""
        return {"axis": tr("件数"), "workday": tr("工作日"), "other": tr("非工作日"),
                "empty": tr("近30天没有批准的案件")}

    # --- events ---------------------------------------------------------------------------------------

    def event(self, e: QEvent) -> bool:
        if e.type() == QEvent.Type.ToolTip and isinstance(e, QHelpEvent):
            index = self.index_at(e.pos())
            if index >= 0:
                QToolTip.showText(e.globalPos(), self.bar_tooltip(index), self)
            else:
                QToolTip.hideText()
                e.ignore()
            return True
        return super().event(e)

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self.index_at(e.position().toPoint())
        if index != self._hover:
            self._hover = index
            clickable = index >= 0 and self.days[index].count > 0
            shape = Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
            self.setCursor(QCursor(shape))
            self.update()
        super().mouseMoveEvent(e)

    def leaveEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        self._hover = -1
        self.update()
        super().leaveEvent(e)

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        index = self.index_at(e.position().toPoint())
        if e.button() == Qt.MouseButton.LeftButton and index >= 0 and self.days[index].count > 0:
            self.day_clicked.emit(self.days[index].day)
            return
        super().mousePressEvent(e)

    def paintEvent(self, _e: QPaintEvent) -> None:  # noqa: N802 - Qt override
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = self.fontMetrics()
        plot = self.plot_rect()
        pal = self.palette()
        text_color = pal.color(pal.ColorRole.WindowText)
        grid = QColor(text_color)
        grid.setAlpha(40)
        top_value, step = self._top_value()
        # gridlines and the y axis' figures
        for value in range(0, top_value + 1, step):
            y = plot.bottom() - plot.height() * value / top_value
            p.setPen(QPen(grid, 1))
            p.drawLine(plot.left(), round(y), plot.right(), round(y))
            p.setPen(text_color)
            p.drawText(QRect(0, round(y - fm.height() / 2), plot.left() - 6, fm.height()),
                       int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(value))
        words = self.words()
        p.drawText(QRect(0, 0, plot.left() + 80, fm.height() + 4),
                   int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), words["axis"])
        # legend
        legend = [(WORKDAY_COLOR, words["workday"]), (OTHER_DAY_COLOR, words["other"])]
        x = self.width() - 12
        for color, label in reversed(legend):
            x -= fm.horizontalAdvance(label)
            p.setPen(text_color)
            p.drawText(QRect(x, 0, fm.horizontalAdvance(label) + 2, fm.height() + 4),
                       int(Qt.AlignmentFlag.AlignVCenter), label)
            x -= 16
            p.fillRect(QRect(x, (fm.height() + 4) // 2 - 5, 10, 10), QColor(color))
            x -= 14
        if not self.days:
            p.end()
            return
        slot = plot.width() / len(self.days)
        label_every = max(1, math.ceil((fm.horizontalAdvance("12-30") + 8) / slot))
        for i, day in enumerate(self.days):
            bar = self.bar_rect(i)
            fill = QColor(WORKDAY_COLOR if day.workday else OTHER_DAY_COLOR)
            if i == self._hover and day.count:
                fill = fill.lighter(125)
            p.fillRect(bar, QBrush(fill))
            if day.count and fm.horizontalAdvance(str(day.count)) <= slot:
                p.setPen(text_color)
                p.drawText(QRectF(bar.left() - 6, bar.top() - fm.height() - 1, bar.width() + 12, fm.height()),
                           int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), str(day.count))
            if (len(self.days) - 1 - i) % label_every == 0:  # today always labelled
                p.setPen(text_color)
                center = plot.left() + slot * (i + 0.5)
                p.drawText(QRectF(center - 30, plot.bottom() + 4, 60, fm.height()),
                           int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                           day.day.strftime("%m-%d"))
        p.setPen(QPen(text_color, 1))
        p.drawLine(plot.left(), plot.bottom(), plot.right(), plot.bottom())
        if not any(d.count for d in self.days):
            p.drawText(plot, int(Qt.AlignmentFlag.AlignCenter), words["empty"])
        p.end()


def _count_item(count: int, filters: dict[str, Any] | None, title: str, tip: str) -> QTableWidgetItem:
    item = QTableWidgetItem(str(count))
    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if filters is not None:
        item.setData(Qt.ItemDataRole.UserRole, (title, filters))
        item.setToolTip(tip)
    if count == 0:
        item.setForeground(QColor("#9a9a9a"))
    return item


def _table(name: str) -> QTableWidget:
    # layout not remembered: a grid of figures with its totals row and column, sized to its text each time
    table = QTableWidget()
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.setWordWrap(False)
    table.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
    table.setMinimumHeight(200)  # a few rows at least: a small window scrolls the tab instead
    return table


class OverviewPanel(QWidget):
    """概览: the figures of the commission's jurisdiction; every figure opens the list behind it."""

    list_requested = Signal(str, dict)  # (title, filters of desk.cases.queue): the list behind a figure
    loaded = Signal()  # the figures on screen were read again

    def __init__(self, desk: Any, actor: Actor, *, watcher: FeedWatcher | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewPanel")
        self.desk = desk
        self.actor = actor
        self.overview: CaseOverview | None = None
        self.loading = False
        self.loads = 0
        self._again = False
        self._stale = True
        self._started = -math.inf  # time.monotonic() of the last read's start

        # the figures scroll inside the tab, so the window can still be made as small as its lists allow
        content = QWidget()
        content.setObjectName("overviewContent")
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidgetResizable(True)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        lay = QVBoxLayout(content)
        top = QHBoxLayout()
        heading = QLabel(tr("概览"))
        heading.setObjectName("heading")
        top.addWidget(heading)
        self.as_of = QLabel()
        self.as_of.setObjectName("overviewAsOf")
        top.addWidget(self.as_of)
        top.addStretch(1)
        self.refresh_button = QPushButton(tr("刷新"))
        self.refresh_button.setAutoDefault(False)
        self.refresh_button.setToolTip(tr("重新统计（F5）"))
        self.refresh_button.clicked.connect(self.reload)
        top.addWidget(self.refresh_button)
        lay.addLayout(top)

        figures = QHBoxLayout()
        self.waiting_button = self._figure_button("waitingFigure")
        self.overdue_button = self._figure_button("overdueFigure")
        self.approved_label = QLabel()
        self.approved_label.setObjectName("approvedFigure")
        figures.addWidget(self.waiting_button)
        figures.addWidget(self.overdue_button)
        figures.addWidget(self.approved_label)
        figures.addStretch(1)
        lay.addLayout(figures)

        middle = QHBoxLayout()
        cases_box = QGroupBox(tr("案件（按业务类型和状态）"))
        cases_lay = QVBoxLayout(cases_box)
        self.kind_table = _table("kindStatusTable")
        cases_lay.addWidget(self.kind_table)
        middle.addWidget(cases_box, 3)
        inst_box = QGroupBox(tr("办理中案件最多的机构"))
        inst_lay = QVBoxLayout(inst_box)
        self.institution_table = _table("institutionLoadTable")
        self.institution_table.setColumnCount(3)
        self.institution_table.setHorizontalHeaderLabels([tr("机构"), tr("办理中"), tr("其中逾期")])
        header = self.institution_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        inst_lay.addWidget(self.institution_table)
        middle.addWidget(inst_box, 2)
        lay.addLayout(middle, 3)

        chart_box = QGroupBox(tr("近30天每个工作日的批准件数"))
        chart_lay = QVBoxLayout(chart_box)
        self.chart_caption = QLabel()
        self.chart_caption.setObjectName("chartCaption")
        chart_lay.addWidget(self.chart_caption)
        self.chart = BarChart()
        chart_lay.addWidget(self.chart, 1)
        lay.addWidget(chart_box, 2)
        self.status = QLabel()
        lay.addWidget(self.status)
        scroll.setWidget(content)

        self.kind_table.cellClicked.connect(lambda r, c: self._cell_clicked(self.kind_table, r, c))
        self.kind_table.cellActivated.connect(lambda r, c: self._cell_clicked(self.kind_table, r, c))
        self.institution_table.cellClicked.connect(
            lambda r, c: self._cell_clicked(self.institution_table, r, c))
        self.institution_table.cellActivated.connect(
            lambda r, c: self._cell_clicked(self.institution_table, r, c))
        self.chart.day_clicked.connect(self._day_clicked)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.reload)
        if watcher is not None:
            watcher.changed.connect(self._feed_changed)
        worker.changes.changed.connect(self._local_change)

    def _figure_button(self, name: str) -> QPushButton:
        button = QPushButton()
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setFlat(True)
        button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        button.setToolTip(tr("点击查看这些案件"))
        button.clicked.connect(lambda: self._figure_clicked(button))
        return button

    # --- loading ------------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        """Read the figures again (in a worker); a call while one runs reads once more after it."""
        self._timer.stop()
        if self.loading:
            self._again = True
            return
        self.loading = True
        self._stale = False
        self._started = time.monotonic()
        self.refresh_button.setEnabled(False)
        self.status.setText(tr("正在统计…"))
        worker.run_read(self, self.desk.cases.overview, self.actor, on_done=self._show,
                        on_finished=self._finished)

    def _finished(self) -> None:
        self.loading = False
        self.refresh_button.setEnabled(True)
        if self._again:
            self._again = False
            self.reload()

    def _changed(self) -> None:
        """A case changed: read again once the burst is over, at most every MIN_INTERVAL_MS (the timer is
        not restarted by later changes, so a steady stream of changes cannot postpone the read forever)."""
        self._stale = True
        if self.isVisible() and not self._timer.isActive():
            since_ms = (time.monotonic() - self._started) * 1000
            self._timer.start(int(max(RELOAD_DELAY_MS, MIN_INTERVAL_MS - since_ms)))

    def _feed_changed(self, changes: list[Any]) -> None:
        if any(c.table == "cases" for c in changes):
            self._changed()

    def _local_change(self, change: dict[str, object]) -> None:
        if "cases" in change:
            self._changed()

    def stop(self) -> None:
        """The window is closing: no more reloads."""
        self._timer.stop()
        worker.changes.unlisten(self._local_change)

    # --- showing ------------------------------------------------------------------------------------

    def _show(self, ov: CaseOverview) -> None:
        self.overview = ov
        self.loads += 1
        self.as_of.setText(tr("截至 {date}").format(date=fmt_date(ov.today)))
        self.status.setText(tr("点击任一数字或柱形，查看其后的案件列表"))
        waiting = sum(c.count for c in ov.by_kind_status if c.status == "confirmed")
        self.waiting_button.setText(tr("待卫健委审核 {n} 件").format(n=waiting))
        self.waiting_button.setProperty("filters", (tr("待卫健委审核"), {"status": "confirmed"}))
        self.overdue_button.setText(tr("逾期 {n} 件").format(n=ov.overdue_total))
        self.overdue_button.setProperty("filters", (tr("逾期案件"), {"status": "confirmed", "overdue": True}))
        self.waiting_button.setStyleSheet(f"color: {LINK_COLOR}; text-decoration: underline;")
        self.overdue_button.setStyleSheet(
            f"color: {OVERDUE_COLOR if ov.overdue_total else LINK_COLOR}; text-decoration: underline;"
            + (" font-weight: bold;" if ov.overdue_total else ""))
        self._fill_kinds(ov)
        self._fill_institutions(ov)
        self.chart.set_days(ov.approvals)
        average = ov.approvals_total / ov.workdays if ov.workdays else 0.0
        caption = tr("{start} 至 {end}：共批准 {n} 件，{w} 个工作日，平均每个工作日 {avg:.1f} 件").format(
            start=fmt_date(ov.approvals_from), end=fmt_date(ov.today), n=ov.approvals_total, w=ov.workdays,
            avg=average)
        if ov.calendar_provisional:
            caption += tr("（部分日期是否工作日为推算，暂定）")
        self.chart_caption.setText(caption)
        self.approved_label.setText(tr("近30天批准 {n} 件").format(n=ov.approvals_total))
        self.loaded.emit()

    def _fill_kinds(self, ov: CaseOverview) -> None:
        counts = {(c.kind, c.status): c.count for c in ov.by_kind_status}
        overdue = {k.kind: k.count for k in ov.overdue_by_kind}
        kinds = [k for k in reference.case_kinds() if any(kk == k["value"] for kk, _s in counts)]
        columns: list[tuple[str, str]] = []  # (status or OVERDUE or TOTAL, header)
        for status in SHOWN_STATUSES:
            columns.append((status, ref(reference.status_label(status))))
            if status == "confirmed":
                columns.append((OVERDUE, tr("其中逾期")))
        columns.append((TOTAL, tr("合计")))
        table = self.kind_table
        table.clearContents()
        table.setColumnCount(len(columns) + 1)
        table.setHorizontalHeaderLabels([tr("业务类型")] + [h for _c, h in columns])
        table.setRowCount(len(kinds) + 1)
        rows: list[tuple[str, str]] = [(k["value"], ref(k["label"])) for k in kinds] + [(TOTAL, tr("合计"))]
        for r, (kind, label) in enumerate(rows):
            name = QTableWidgetItem(label)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(r, 0, name)
            for c, (column, header) in enumerate(columns, start=1):
                if column == OVERDUE:
                    n = overdue.get(kind, 0) if kind else ov.overdue_total
                    filters: dict[str, Any] = {"status": "confirmed", "overdue": True}
                    title = tr("逾期案件")
                elif column == TOTAL:
                    n = sum(v for (k, _s), v in counts.items() if not kind or k == kind)
                    filters = {}
                    title = tr("全部案件")
                else:
                    n = sum(v for (k, s), v in counts.items() if s == column and (not kind or k == kind))
                    filters = {"status": column}
                    title = header
                if kind:
                    filters["kind"] = kind
                    title = f"{label} · {title}"
                table.setItem(r, c, _count_item(n, filters, title, tr("点击查看这些案件")))
        bold = table.font()
        bold.setBold(True)
        for c in range(table.columnCount()):
            item = table.item(len(rows) - 1, c)
            if item is not None:
                item.setFont(bold)
        # every column as wide as its text (a narrow window scrolls rather than cutting the kinds' names)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _fill_institutions(self, ov: CaseOverview) -> None:
        table = self.institution_table
        table.clearContents()
        table.setRowCount(len(ov.institutions))
        for r, inst in enumerate(ov.institutions):
            name = QTableWidgetItem(inst.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            open_filters = {"institution_id": inst.institution_id, "status": list(OPEN_STATUSES)}
            open_title = tr("{name} · 办理中案件").format(name=inst.name)
            name.setData(Qt.ItemDataRole.UserRole, (open_title, open_filters))
            name.setToolTip(tr("点击查看该机构办理中的案件"))
            table.setItem(r, 0, name)
            table.setItem(r, 1, _count_item(inst.open_count, open_filters, open_title,
                                            tr("点击查看该机构办理中的案件")))
            late = _count_item(
                inst.overdue_count,
                {"institution_id": inst.institution_id, "status": "confirmed", "overdue": True},
                tr("{name} · 逾期案件").format(name=inst.name), tr("点击查看该机构的逾期案件"))
            if inst.overdue_count:
                late.setForeground(QColor(OVERDUE_COLOR))
            table.setItem(r, 2, late)
        if not ov.institutions:
            table.setRowCount(1)
            none = QTableWidgetItem(tr("没有办理中的案件"))
            none.setFlags(Qt.ItemFlag.ItemIsEnabled)
            table.setItem(0, 0, none)
        table.resizeColumnToContents(1)
        table.resizeColumnToContents(2)

    # --- opening the lists --------------------------------------------------------------------------

    def _cell_clicked(self, table: QTableWidget, row: int, column: int) -> None:
        item = table.item(row, column)
        target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if target:
            title, filters = target
            self.list_requested.emit(title, dict(filters))

    def _figure_clicked(self, button: QPushButton) -> None:
        target = button.property("filters")
        if target:
            title, filters = target
            self.list_requested.emit(title, dict(filters))

    def _day_clicked(self, day: dt.date) -> None:
        self.list_requested.emit(tr("{date} 批准的案件").format(date=fmt_date(day)),
                                 {"status": "approved", "decided_on": day})

    def figure_cell(self, kind: str, column: str) -> tuple[int, int]:
        """(row, column) of the kind table's cell for ``kind`` ("" for 合计) and a status, OVERDUE or
        TOTAL (for tests and the user guide's screenshots)."""
        ov = self.overview
        assert ov is not None
        for r in range(self.kind_table.rowCount()):
            for c in range(1, self.kind_table.columnCount()):
                item = self.kind_table.item(r, c)
                target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
                if not target:
                    continue
                f = target[1]
                col = OVERDUE if f.get("overdue") else f.get("status", TOTAL)
                if f.get("kind", "") == kind and col == column:
                    return r, c
        raise KeyError((kind, column))


class CaseListDialog(QDialog):
    """The cases behind one overview figure (one institution's, one day's approvals): a live list whose
    rows open the case window."""

    def __init__(self, desk: Any, actor: Actor, title: str, filters: dict[str, Any], *,
                 watcher: FeedWatcher | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseListDialog")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.filters = dict(filters)
        lay = QVBoxLayout(self)
        self.queue = CaseQueue(desk, actor, heading=title, fixed=filters, watcher=watcher,
                               live=watcher is None)
        self.queue.counter_button.hide()
        lay.addWidget(self.queue)
        self.resize(1000, 520)

    def done(self, result: int) -> None:
        self.queue.stop()
        super().done(result)
