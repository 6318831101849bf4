"""Remembered layout: column widths/order/sort, splitters and list filters come back; headers sort; keys."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSplitter

from app.services import Page
from app.views import layout_memory
from app.views.paged import Column, ListPanel
from tests.gui.helpers import admin


@dataclass(frozen=True)
class Row:
    name: str
    number: int


ROWS = [Row("冯五", 3), Row("丁一", 10), Row("余四", 2), Row("何三", 1), Row("于二", 20)]
COLUMNS = [Column("姓名", lambda r: r.name), Column("编号", lambda r: r.number, align_right=True)]


def _panel(qtbot: Any, rows: list[Row] = ROWS) -> ListPanel:
    panel = ListPanel("测试", COLUMNS, lambda _q, _c, _l: Page(list(rows), len(rows), None),
                      search_hint="姓名")
    panel.table.setObjectName("testTable")
    panel.layout_key = "test/list"
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(rows))
    return panel


def _names(panel: ListPanel) -> list[str]:
    return [panel.model.item(r).name for r in range(panel.model.rowCount())]


def test_clicked_header_sorts_names_by_pinyin_and_numbers_by_value(qtbot: Any) -> None:
    panel = _panel(qtbot)
    header = panel.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert _names(panel) == ["丁一", "冯五", "何三", "于二", "余四"]
    header.setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert [panel.model.item(r).number for r in range(5)] == [20, 10, 3, 2, 1]
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the list's own (service) order again
    assert _names(panel) == [r.name for r in ROWS]


def test_sorting_keeps_the_selected_row_selected(qtbot: Any) -> None:
    panel = _panel(qtbot)
    panel.table.selectRow(1)
    assert panel.selected().name == "丁一"
    panel.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
    assert panel.selected().name == "丁一"


def test_column_widths_order_and_sort_come_back_at_the_next_start(qtbot: Any) -> None:
    panel = _panel(qtbot)
    header = panel.table.horizontalHeader()
    header.setStretchLastSection(False)
    header.resizeSection(0, 211)
    header.moveSection(1, 0)
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    qtbot.wait(layout_memory.SAVE_DELAY_MS + 150)
    panel.close()
    again = _panel(qtbot)
    h = again.table.horizontalHeader()
    assert h.sectionSize(0) == 211
    assert h.visualIndex(1) == 0
    assert (h.sortIndicatorSection(), h.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)
    assert _names(again) == ["余四", "于二", "何三", "冯五", "丁一"]


def test_splitter_positions_come_back(qtbot: Any) -> None:
    def make() -> QSplitter:
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(QLabel("上"))
        split.addWidget(QLabel("下"))
        split.resize(300, 400)
        qtbot.addWidget(split)
        layout_memory.remember_splitter(split, "test/split")
        split.show()
        return split

    split = make()
    split.setSizes([300, 100])
    split.splitterMoved.emit(300, 1)
    qtbot.wait(layout_memory.SAVE_DELAY_MS + 150)
    again = make()
    assert again.sizes()[0] > again.sizes()[1] * 2


def test_escape_clears_the_search_box(qtbot: Any) -> None:
    panel = _panel(qtbot)
    panel.search.setFocus()
    panel.search.setText("丁")
    qtbot.keyClick(panel.search, Qt.Key.Key_Escape)
    assert panel.search.text() == ""


def test_queue_filters_come_back_at_the_next_start(qtbot: Any, gui_desk: Any) -> None:
    from app.views.queue import CaseQueue

    actor = admin(gui_desk)
    queue = CaseQueue(gui_desk, actor, live=False)
    qtbot.addWidget(queue)
    queue.status_filter.setCurrentIndex(queue.status_filter.findData("approved"))
    queue.kind_filter.setCurrentIndex(queue.kind_filter.findData("first_registration"))
    again = CaseQueue(gui_desk, actor, live=False)
    qtbot.addWidget(again)
    assert again.status_filter.currentData() == "approved"
    assert again.kind_filter.currentData() == "first_registration"
    assert again.filters()["status"] == "approved"  # the first query already uses them


def test_roster_filters_come_back_at_the_next_start(qtbot: Any, gui_desk: Any) -> None:
    from app.views.roster_view import RosterView

    actor = admin(gui_desk)
    roster = RosterView(gui_desk, actor)
    qtbot.addWidget(roster)
    roster.category_box.setCurrentIndex(roster.category_box.findData("口腔"))
    roster.status_box.setCurrentIndex(roster.status_box.findData("filed"))
    again = RosterView(gui_desk, actor)
    qtbot.addWidget(again)
    assert again.filters() == {"status": "filed", "category": "口腔", "level": None}
    again.category_box.setCurrentIndex(0)  # 全部类别 is remembered too
    third = RosterView(gui_desk, actor)
    qtbot.addWidget(third)
    assert third.filters()["category"] is None
