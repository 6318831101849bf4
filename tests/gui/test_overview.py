"""The commission window's 概览 tab: figures as the service counts them, each figure opening the list behind
it, refreshed by the change feed, and hundreds of refreshes and repaints in a row."""

from __future__ import annotations

import datetime as dt
import gc
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QTableWidget, QTableWidgetItem, QToolTip

from tests.gui.commission_support import (
    WAIT,
    commission_window,
    demo,  # noqa: F401 - fixture
    demo_template,  # noqa: F401 - fixture
    wait_loaded,
)

FIRST = "first_registration"


def show_overview(qtbot: Any, window: Any) -> Any:
    panel = window.overview
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.loads >= 1 and not panel.loading, timeout=WAIT)
    return panel


def click_item(qtbot: Any, table: QTableWidget, item: QTableWidgetItem) -> None:
    table.scrollToItem(item)
    rect = table.visualItemRect(item)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_overview_tab_shows_the_services_figures(qtbot: Any, demo: Any) -> None:
    window = commission_window(qtbot, demo)
    panel = window.overview
    assert panel.loads == 0  # nothing is counted before the tab is shown
    panel = show_overview(qtbot, window)
    clerk = demo.desk.auth.login("gdclerk", "Demo#2026clerk")
    expected = demo.desk.cases.overview(clerk)
    assert panel.overview == expected
    waiting = sum(c.count for c in expected.by_kind_status if c.status == "confirmed")
    assert panel.waiting_button.text() == f"待卫健委审核 {waiting} 件"
    assert panel.overdue_button.text() == f"逾期 {expected.overdue_total} 件"
    assert panel.as_of.text() == "截至 2026-11-24"
    row, col = panel.figure_cell("", "")  # 合计 × 合计
    assert panel.kind_table.item(row, col).text() == str(sum(c.count for c in expected.by_kind_status))
    row, col = panel.figure_cell(FIRST, "confirmed")
    assert panel.kind_table.item(row, 0).text() == "注册"
    assert panel.kind_table.horizontalHeaderItem(col).text() == "待卫健委审核"
    names = [panel.institution_table.item(r, 0).text() for r in range(panel.institution_table.rowCount())]
    assert names == [i.name for i in expected.institutions] and names
    assert [d.day for d in panel.chart.days] == [d.day for d in expected.approvals]
    today = panel.chart.days[-1]
    assert today.day == dt.date(2026, 11, 24) and today.count == expected.approvals_total > 0


def test_a_kind_and_status_cell_opens_the_queue_filtered_to_it(qtbot: Any, demo: Any) -> None:
    window = commission_window(qtbot, demo)
    panel = show_overview(qtbot, window)
    row, col = panel.figure_cell(FIRST, "approved")
    figure = int(panel.kind_table.item(row, col).text())
    click_item(qtbot, panel.kind_table, panel.kind_table.item(row, col))
    assert window.tabs.currentWidget() is window.queue
    wait_loaded(qtbot, window.queue)
    queue = window.queue
    assert (queue.status_filter.currentData(), queue.kind_filter.currentData()) == ("approved", FIRST)
    assert queue.model.total == figure > 0
    # the overdue column opens the 逾期 tab for that kind
    window.tabs.setCurrentWidget(panel)
    row, col = panel.figure_cell(FIRST, "overdue")
    click_item(qtbot, panel.kind_table, panel.kind_table.item(row, col))
    assert window.tabs.currentWidget() is window.overdue
    wait_loaded(qtbot, window.overdue)
    assert window.overdue.kind_filter.currentData() == FIRST
    assert window.overdue.model.total == int(panel.kind_table.item(row, col).text())
    # the figure above the table: everything waiting for the commission
    window.tabs.setCurrentWidget(panel)
    qtbot.mouseClick(panel.waiting_button, Qt.MouseButton.LeftButton)
    assert window.tabs.currentWidget() is window.queue
    wait_loaded(qtbot, queue)
    assert (queue.status_filter.currentData(), queue.kind_filter.currentData()) == ("confirmed", "")
    assert f"待卫健委审核 {queue.model.total} 件" == panel.waiting_button.text()


def test_an_institution_opens_its_open_cases_and_a_row_opens_the_case(qtbot: Any, demo: Any) -> None:
    from app.views.overview import CaseListDialog

    window = commission_window(qtbot, demo)
    panel = show_overview(qtbot, window)
    first = panel.overview.institutions[0]
    click_item(qtbot, panel.institution_table, panel.institution_table.item(0, 0))
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CaseListDialog) and w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    assert dialog.windowTitle() == f"{first.name} · 办理中案件"
    wait_loaded(qtbot, dialog.queue)
    assert dialog.queue.model.total == first.open_count
    cases = [dialog.queue.model.item(r) for r in range(dialog.queue.model.rowCount())]
    assert {c.institution_name for c in cases} == {first.name}
    assert {c.status for c in cases} <= {"submitted", "confirmed", "returned"}
    assert not dialog.queue.status_filter.isVisible() and not dialog.queue.counter_button.isVisible()
    # a case of the list opens the case window (Enter on the row)
    confirmed = next((c for c in cases if c.status == "confirmed"), cases[0])
    dialog.queue.table.setFocus()
    dialog.queue.table.selectRow(dialog.queue.row_of(confirmed.id))
    qtbot.keyClick(dialog.queue.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: confirmed.id in window.case_dialogs, timeout=WAIT)


def test_a_bar_of_the_chart_tells_its_day_and_opens_that_days_approvals(qtbot: Any, demo: Any) -> None:
    from app.views.overview import CaseListDialog

    window = commission_window(qtbot, demo)
    panel = show_overview(qtbot, window)
    chart = panel.chart
    index = len(chart.days) - 1
    day = chart.days[index]
    center = chart.bar_rect(index).center().toPoint()
    assert chart.index_at(center) == index
    event = QHelpEvent(QEvent.Type.ToolTip, center, chart.mapToGlobal(center))
    QApplication.sendEvent(chart, event)
    assert QToolTip.text() == f"2026-11-24（星期二）\n批准 {day.count} 件\n点击查看这些案件"
    assert chart.bar_tooltip(0).startswith(f"{chart.days[0].day.isoformat()}（")
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=center)
    dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, CaseListDialog) and w.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].windowTitle() == "2026-11-24 批准的案件"
    wait_loaded(qtbot, dialogs[0].queue)
    assert dialogs[0].queue.model.total == day.count
    # a bar without approvals opens nothing
    empty = next(i for i, d in enumerate(chart.days) if d.count == 0)
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.bar_rect(empty).center().toPoint()
                     - QPoint(0, 2))
    assert len([w for w in QApplication.topLevelWidgets()
                if isinstance(w, CaseListDialog) and w.isVisible()]) == 1


def test_a_confirmation_at_a_hospital_refreshes_the_shown_overview_through_the_feed(
    qtbot: Any, demo: Any
) -> None:
    window = commission_window(qtbot, demo)
    panel = show_overview(qtbot, window)
    waiting = sum(c.count for c in panel.overview.by_kind_status if c.status == "confirmed")
    loads = panel.loads
    case = demo.desk.cases.queue(demo.hr, status="submitted").items[0]
    demo.desk.cases.confirm(demo.hr, case.id, case.version)  # another PC: only the feed tells the window
    qtbot.waitUntil(lambda: panel.waiting_button.text() == f"待卫健委审核 {waiting + 1} 件", timeout=WAIT)
    assert panel.loads == loads + 1  # one read for the burst


def test_a_hidden_overview_reads_again_only_when_shown(qtbot: Any, demo: Any) -> None:
    window = commission_window(qtbot, demo)
    panel = show_overview(qtbot, window)
    window.tabs.setCurrentWidget(window.queue)
    loads = panel.loads
    case = demo.desk.cases.queue(demo.hr, status="submitted").items[0]
    demo.desk.cases.confirm(demo.hr, case.id, case.version)
    qtbot.waitUntil(lambda: window.queue.row_of(case.id) >= 0, timeout=WAIT)  # the queue got the change
    qtbot.wait(600)
    assert panel.loads == loads and panel._stale
    window.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.loads == loads + 1 and not panel.loading, timeout=WAIT)
    assert not panel._stale


def test_the_overview_survives_hundreds_of_refreshes_and_repaints(qtbot: Any, demo: Any) -> None:
    window = commission_window(qtbot, demo)
    panel = show_overview(qtbot, window)
    rows = (panel.kind_table.rowCount(), panel.institution_table.rowCount(), len(panel.chart.days))
    gc.collect()
    items_before = sum(isinstance(o, QTableWidgetItem) for o in gc.get_objects())
    start = panel.loads
    for i in range(200):
        qtbot.mouseClick(panel.refresh_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda i=i: panel.loads == start + i + 1 and not panel.loading, timeout=WAIT)
        if i % 10 == 0:
            assert not window.grab().isNull()  # the tables and the chart painted
    gc.collect()
    items_after = sum(isinstance(o, QTableWidgetItem) for o in gc.get_objects())
    assert (panel.kind_table.rowCount(), panel.institution_table.rowCount(), len(panel.chart.days)) == rows
    assert items_after - items_before < 50, "table items pile up across refreshes"


def test_a_steady_stream_of_changes_reads_the_figures_about_every_two_seconds_not_per_change(
    qtbot: Any, demo: Any
) -> None:
    from app.views import worker
    from app.views.overview import MIN_INTERVAL_MS

    window = commission_window(qtbot, demo)
    panel = show_overview(qtbot, window)
    loads = panel.loads
    for _ in range(30):  # three seconds of changes, one every 100 ms
        worker.changes.announce({"cases": [1]})
        qtbot.wait(100)
    qtbot.waitUntil(lambda: not panel.loading and not panel._timer.isActive(), timeout=WAIT)
    reads = panel.loads - loads
    assert 1 <= reads <= 3000 // MIN_INTERVAL_MS + 2, reads  # 30 changes, two or three reads
