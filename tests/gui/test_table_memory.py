"""Remembered layout of the QTableWidget tables (a case's timeline, a physician's record tables and cases,
the working calendar, print history, an import's bad rows): column widths, order and sort come back when the
window is opened again, and a sorted table still acts on the row the clerk picked."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from app.views import layout_memory
from tests.gui.commission_support import ADMIN, commission_window
from tests.gui.institution_support import demo_fixture, demo_template_fixture, institution_window  # noqa: F401

ROWS = [("Feng Wu", "3"), ("Ding Yi", "10"), ("Yu Si", "2"), ("He San", "1")]


def _table(qtbot: Any) -> QTableWidget:
    table = QTableWidget(0, 2)
    table.setHorizontalHeaderLabels(["姓名", "编号"])
    qtbot.addWidget(table)
    layout_memory.remember_table(table, "test/widgetTable")
    with layout_memory.filling(table):
        table.setRowCount(len(ROWS))
        for r, row in enumerate(ROWS):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
    table.show()
    return table


def _column(table: QTableWidget, col: int = 0) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_a_table_widgets_layout_comes_back_and_a_third_click_restores_its_order(qtbot: Any) -> None:
    table = _table(qtbot)
    assert _column(table) == [r[0] for r in ROWS]  # no sort yet: the order it was filled in
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.resizeSection(0, 177)
    header.moveSection(1, 0)
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    assert _column(table) == sorted((r[0] for r in ROWS), reverse=True)
    assert ROWS[layout_memory.filled_row(table, 0)][0] == _column(table)[0]  # the row as filled
    qtbot.wait(layout_memory.SAVE_DELAY_MS + 150)
    table.close()
    again = _table(qtbot)
    h = again.horizontalHeader()
    assert h.sectionSize(0) == 177  # the user's width, not fitted to the contents
    assert h.visualIndex(1) == 0
    assert (h.sortIndicatorSection(), h.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)
    assert _column(again) == sorted((r[0] for r in ROWS), reverse=True)  # sorted as it was filled
    h.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the third click: no sort
    assert _column(again) == [r[0] for r in ROWS]
    assert [layout_memory.shown_row(again, i) for i in range(len(ROWS))] == [0, 1, 2, 3]


def test_the_working_calendar_comes_back_sorted_and_a_sorted_row_picks_its_own_day(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from app.views.backoffice import CalendarDialog

    window = commission_window(qtbot, demo, demo.desk.auth.login(*ADMIN))

    def open_calendar() -> Any:
        window.calendar_action.trigger()
        dialog = window.findChildren(CalendarDialog)[-1]
        dialog.year.setValue(2026)
        qtbot.waitUntil(lambda: dialog.entries is not None and dialog.table.rowCount() > 5, timeout=10_000)
        return dialog

    dialog = open_calendar()
    header = dialog.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)  # the latest day first
    header.resizeSection(1, 133)
    header.moveSection(2, 0)
    qtbot.wait(layout_memory.SAVE_DELAY_MS + 150)
    dialog.close()
    dialog.deleteLater()
    again = open_calendar()
    h = again.table.horizontalHeader()
    assert (h.sortIndicatorSection(), h.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)
    assert h.sectionSize(1) == 133 and h.visualIndex(2) == 0
    days = [again.table.item(r, 0).text() for r in range(again.table.rowCount())]
    assert days == sorted(days, reverse=True)
    again.table.selectRow(0)  # the latest day, shown first: the form takes that day, not the first filled
    picked = again.day.date()
    assert dt.date(picked.year(), picked.month(), picked.day()).isoformat() == days[0]


def test_a_physicians_cases_come_back_sorted_and_the_picked_case_is_the_one_shown(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    counts = Counter(c.physician_id for c in demo.desk.cases.queue(demo.hr, limit=200).items)
    physician_id = next(p for p, n in counts.most_common() if n >= 2)

    def open_record() -> Any:
        record = window.open_physician(physician_id)
        qtbot.waitUntil(lambda: record.detail is not None and record.cases.rowCount() >= 2, timeout=10_000)
        record.tabs.setCurrentIndex(3)
        return record

    record = open_record()
    header = record.cases.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # by case number
    header.resizeSection(0, 188)
    qtbot.wait(layout_memory.SAVE_DELAY_MS + 150)
    record.close()
    record.deleteLater()
    qtbot.wait(50)
    again = open_record()
    h = again.cases.horizontalHeader()
    assert (h.sortIndicatorSection(), h.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    assert h.sectionSize(0) == 188
    numbers = [again.cases.item(r, 0).text() for r in range(again.cases.rowCount())]
    assert numbers == sorted(numbers)
    for row in (again.cases.rowCount() - 1, 0):
        again.cases.selectRow(row)
        qtbot.waitUntil(lambda: again.case_panel.case_id is not None, timeout=10_000)
        shown = demo.desk.cases.detail(demo.hr, again.case_panel.case_id).case.number
        assert shown == numbers[row]


def test_every_table_widget_of_the_windows_is_remembered() -> None:
    """Each QTableWidget a window makes has its layout remembered (layout_memory.remember_table), unless the
    line before it says why not ("# layout not remembered: …"): a new table cannot forget it unnoticed."""
    import re
    from pathlib import Path

    views = Path(__file__).resolve().parents[2] / "app" / "views"
    forgotten = []
    for path in sorted(views.glob("*.py")):
        lines = path.read_text(encoding="utf-8").splitlines()
        made = [i for i, line in enumerate(lines) if re.search(r"\bQTableWidget\(", line)
                and not (i and "layout not remembered" in lines[i - 1])]
        remembered = sum(len(re.findall(r"\bremember_table\(", line)) for line in lines
                         if not line.lstrip().startswith(("def ", "#")))
        if len(made) > remembered:
            forgotten.append(f"{path.name}: {len(made)} tables, {remembered} remembered")
    assert not forgotten, forgotten
