"""A list's columns are fitted to its first rows once, when they arrive: as wide as Qt's own fitting makes
them (resizeColumnsToContents over the same rows, through the delegate), but measured from the shown texts
without asking the model's data() and the delegate for each cell (issue 15 part 8: the first page of the
queue landing held the GUI thread ~30–50 ms at 1,000,000 physicians)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QFont, QFontMetricsF

from app.services.contract import Page
from app.views import worker
from app.views.paged import FIT_ROWS, MAX_COLUMN_WIDTH, Column, ListPanel, fit_columns
from tests.gui.commission_support import demo, demo_template, wait_loaded  # noqa: F401 - fixtures

ROWS: list[tuple[Any, ...]] = [
    ("张三丰", "440101199001011234", "广东省人民医院（东院区）", 3, None),
    ("Wang Wei", "", "短", 12345.5, "a long English note " * 3),
    ("欧阳", "X" * 25, "Guangzhou No. 1 People's Hospital", 0, "混合 mixed 文字 text 123"),
    *[(f"医师{i}", str(i), "", i, "") for i in range(60)],
    ("这一行在拟合的行数之外，比前面的都宽得多得多得多", "", "", 0, ""),
]


def _qt_widths(panel: ListPanel) -> list[int]:
    """What Qt's own fitting gives (the header's precision: the same FIT_ROWS rows), capped as the list
    does; the last column stretches to the table's edge, so it is not compared."""
    panel.table.resizeColumnsToContents()
    columns = range(panel.model.columnCount() - 1)
    return [min(panel.table.columnWidth(c) + 12, MAX_COLUMN_WIDTH) for c in columns]


def _widths(panel: ListPanel) -> list[int]:
    return [panel.table.columnWidth(c) for c in range(panel.model.columnCount() - 1)]


def _panel(rows: list[tuple[Any, ...]], **column: Any) -> ListPanel:
    columns = [Column(f"第{i}列", lambda row, i=i: row[i], **column) for i in range(5)]
    return ListPanel("", columns, lambda _q, _c, _n: Page(items=list(rows), total=len(rows), next_after=None))


class _CountingData:
    """Counts the model's data() calls while fitting."""

    def __init__(self, panel: ListPanel) -> None:
        self.calls = 0
        model = panel.model
        original = model.data

        def data(*args: Any) -> Any:
            self.calls += 1
            return original(*args)

        model.data = data  # type: ignore[method-assign]


def test_fitted_columns_are_as_wide_as_qts_own_fitting_of_the_same_rows(qtbot: Any) -> None:
    panel = _panel(ROWS, align_right=True)
    qtbot.addWidget(panel)
    panel.resize(1200, 500)
    panel.show()
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(ROWS), timeout=5000)
    worker.wait_idle()
    fitted = _widths(panel)
    assert len(ROWS) > FIT_ROWS and fitted[0] < 150  # the wide last row is beyond the rows fitted to
    assert fitted == _qt_widths(panel)


def test_fitting_the_columns_asks_the_model_nothing_per_cell(qtbot: Any) -> None:
    panel = _panel(ROWS)
    qtbot.addWidget(panel)
    panel.show()
    panel.reload()
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(ROWS), timeout=5000)
    counting = _CountingData(panel)
    fit_columns(panel.table, panel.model)
    assert counting.calls == 0  # (resizeColumnsToContents: ~13 calls a cell, 2,600 for these 40 rows)
    panel.table.resizeColumnsToContents()
    assert counting.calls > FIT_ROWS * 5  # the counter sees Qt's own fitting


def test_the_queues_bold_overdue_deadlines_are_fitted_as_its_delegate_draws_them(
        qtbot: Any, demo: Any) -> None:
    from app.views.queue import DEADLINE_COLUMN, CaseQueue

    demo.clock.advance(days=45)  # past the 20-working-day deadlines: bold red 已逾期 dates
    queue = CaseQueue(demo.desk, demo.clerk())
    # a font whose bold face is wider (the bundled Chinese font has none; an office PC's Microsoft YaHei has)
    serif = QFont("DejaVu Serif", 10)
    queue.table.setFont(serif)
    bold = QFont(serif)
    bold.setBold(True)
    date = "2026-01-02"
    assert QFontMetricsF(bold).horizontalAdvance(date) > QFontMetricsF(serif).horizontalAdvance(date)
    qtbot.addWidget(queue)
    queue.resize(1400, 600)
    queue.show()
    wait_loaded(qtbot, queue)
    assert any(queue.model.item(r).overdue for r in range(queue.model.rowCount()))
    fitted = _widths(queue)
    assert fitted == _qt_widths(queue)
    # the bold font is what makes the difference: fitted in the table's own font the column is narrower
    fit_columns(queue.table, queue.model)
    assert queue.table.columnWidth(DEADLINE_COLUMN) < fitted[DEADLINE_COLUMN]
