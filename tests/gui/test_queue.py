"""The approval queue: cases waiting for the commission by deadline, filters, search, overdue, live."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.conftest import FakeClock
from tests.gui.commission_support import (
    HOSPITAL,
    WAIT,
    commission_window,
    confirmed_case,
    demo,  # noqa: F401 - fixture
    demo_template,  # noqa: F401 - fixture
    wait_loaded,
)


def _queue(qtbot: Any, d: Any) -> Any:
    from app.views.queue import CaseQueue

    queue = CaseQueue(d.desk, d.clerk())
    qtbot.addWidget(queue)
    queue.show()
    wait_loaded(qtbot, queue)
    return queue


def _column(queue: Any, col: int) -> list[str]:
    return [queue.model.index(r, col).data() for r in range(queue.model.rowCount())]


def test_queue_lists_cases_waiting_for_the_commission_oldest_deadline_first(qtbot: Any, demo: Any) -> None:
    queue = _queue(qtbot, demo)
    headers = [
        queue.model.headerData(c, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        for c in range(queue.model.columnCount())
    ]
    assert headers == [
        "案件编号",
        "业务类型",
        "申请人",
        "身份证号",
        "机构",
        "受理日期",
        "办理期限",
        "状态",
        "认领人",
    ]
    expected = demo.desk.cases.queue(demo.clerk(), status="confirmed")
    assert queue.model.total == expected.total > 0
    assert queue.case_ids() == [c.id for c in expected.items]
    assert set(_column(queue, 7)) == {"待卫健委审核"}
    deadlines = [queue.model.item(r).deadline for r in range(queue.model.rowCount())]
    assert deadlines == sorted(deadlines)
    assert "韩怡" in _column(queue, 2) and "John Smith" in _column(queue, 2)
    assert all(text.startswith("2026-") for text in _column(queue, 6))
    assert f"共 {expected.total} 件" in queue.count.text()


def test_filters_by_status_kind_and_search(qtbot: Any, demo: Any) -> None:
    queue = _queue(qtbot, demo)
    waiting = queue.model.total

    queue.kind_filter.setCurrentIndex(queue.kind_filter.findData("legacy_backfill"))
    wait_loaded(qtbot, queue)
    assert set(_column(queue, 1)) == {"补录“老人”资格"} and queue.model.total == 1

    queue.kind_filter.setCurrentIndex(0)
    queue.status_filter.setCurrentIndex(queue.status_filter.findData("approved"))
    wait_loaded(qtbot, queue)
    assert queue.model.total > waiting and set(_column(queue, 7)) == {"已批准"}

    queue.status_filter.setCurrentIndex(queue.status_filter.findData(""))  # 全部状态
    wait_loaded(qtbot, queue)
    everything = demo.desk.cases.queue(demo.clerk())
    assert queue.model.total == everything.total > queue.model.rowCount()  # paged: the rest on scrolling
    queue.table.scrollToBottom()
    qtbot.waitUntil(lambda: queue.model.rowCount() > 100, timeout=WAIT)
    assert "草稿" not in _column(queue, 7)

    case = confirmed_case(demo, demo.clerk(), "first_registration")
    for text in (case.applicant_id_number, case.number, case.applicant_name):
        queue.search.setText(text)
        queue.reload()
        wait_loaded(qtbot, queue)
        assert case.id in queue.case_ids(), text
        assert all(
            queue.model.item(r).applicant_name.startswith(case.applicant_name)
            for r in range(queue.model.rowCount())
        )


def test_overdue_toggle_shows_only_late_cases_in_red(qtbot: Any, demo: Any) -> None:
    from app.views.case_view import OVERDUE_COLOR, deadline_text
    from app.views.queue import DEADLINE_COLUMN

    queue = _queue(qtbot, demo)
    queue.overdue_toggle.setChecked(True)
    wait_loaded(qtbot, queue)
    assert queue.model.total == 1 and not queue.status_filter.isEnabled()  # the demo's one late case

    demo.clock.advance(days=45)  # past the 20-working-day deadline
    late = _queue(qtbot, demo)
    late.overdue_toggle.setChecked(True)
    wait_loaded(qtbot, late)
    assert late.model.total > 1
    index = late.model.index(0, DEADLINE_COLUMN)
    assert "已逾期" in index.data()
    option = QStyleOptionViewItem()
    late.table.itemDelegateForIndex(index).initStyleOption(option, index)
    assert option.palette.color(option.palette.ColorRole.Text) == QColor(OVERDUE_COLOR)
    on_time = late.model.index(0, 0)
    option = QStyleOptionViewItem()
    late.table.itemDelegateForIndex(on_time).initStyleOption(option, on_time)
    assert option.palette.color(option.palette.ColorRole.Text) != QColor(OVERDUE_COLOR)

    provisional = dataclasses.replace(late.model.item(0), deadline_provisional=True, overdue=False)
    assert "暂定" in deadline_text(provisional)


def test_a_case_confirmed_at_a_hospital_appears_without_a_restart(
    qtbot: Any, demo: Any, tmp_path: Path
) -> None:
    from app.services import open_desk

    window = commission_window(qtbot, demo)
    before = set(window.queue.case_ids())
    other_pc = open_desk(f"sqlite:///{tmp_path / 'demo.db'}", clock=FakeClock(), workstation="hospital-pc")
    try:
        hr = demo.hospital(HOSPITAL)
        waiting = other_pc.cases.queue(hr, status="submitted").items
        assert waiting, "the demo has a case waiting for the hospital"
        case = other_pc.cases.confirm(hr, waiting[0].id, waiting[0].version)
        assert case.id not in before
        qtbot.waitUntil(lambda: case.id in window.queue.case_ids(), timeout=WAIT)
    finally:
        other_pc.close()


def test_queue_model_obeys_the_qt_model_contract(qtbot: Any, demo: Any, qtmodeltester: Any) -> None:
    queue = _queue(qtbot, demo)
    qtmodeltester.check(queue.model, force_py=True)


def test_selection_survives_a_live_refresh(qtbot: Any, demo: Any) -> None:
    queue = _queue(qtbot, demo)
    target = queue.model.item(queue.model.rowCount() - 1).id
    queue.table.selectRow(queue.model.rowCount() - 1)
    queue.refresh()
    wait_loaded(qtbot, queue)
    qtbot.waitUntil(lambda: queue.selected() is not None and queue.selected().id == target, timeout=WAIT)
