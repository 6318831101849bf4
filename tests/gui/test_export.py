"""导出 Excel from the lists on screen: the columns shown, every row the query lists (not only those loaded),
typed cells; the institution's 主执业 / 多机构备案 lists; a cancellable progress dialog. Files are read
back with openpyxl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from app.services.contract import FILING_HEADERS, MAIN_HEADERS
from tests.gui.commission_support import commission_window
from tests.gui.institution_support import (  # noqa: F401 - fixtures
    demo_fixture,
    demo_template_fixture,
    institution_window,
    settle,
)


def _wait(qtbot: Any, job: Any) -> None:
    assert job is not None
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert job.error is None, job.error


def _sheet(path: Path, name: str | None = None) -> list[list[Any]]:
    book = load_workbook(path)
    ws = book[name] if name else book.active
    assert ws.freeze_panes == "A2"
    return [[c.value for c in row] for row in ws.iter_rows()]


def _headers(panel: Any) -> list[str]:
    return [c.header for c in panel.model.columns]


def test_the_roster_exports_every_physician_with_the_on_screen_columns(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    roster = window.physicians
    roster.model.page_size = 2  # the screen loads a page or a few: the export still takes every row
    roster.reload()
    settle(qtbot, roster)
    loaded = roster.model.rowCount()
    path = tmp_path / "roster.xlsx"
    _wait(qtbot, roster.export_button.export(path))
    table = _sheet(path, "本机构医师")
    total = demo.desk.roster.physicians(demo.hr, limit=500, with_total=True).total
    assert table[0] == _headers(roster) and len(table) - 1 == total > loaded
    ids = [r[2] for r in table[1:]]
    assert all(isinstance(v, str) and len(v) == 18 for v in ids)  # resident IDs kept as text
    assert "已导出" in window.statusBar().currentMessage()


def test_the_roster_export_follows_the_filters_on_screen(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    roster = window.physicians
    roster.category_box.setCurrentIndex(roster.category_box.findData("中医"))
    settle(qtbot, roster)
    path = tmp_path / "tcm.xlsx"
    _wait(qtbot, roster.export_button.export(path))
    table = _sheet(path)
    category = next(i for i, h in enumerate(_headers(roster)) if h in ("类别", "执业类别"))
    assert len(table) - 1 == roster.model.total
    assert {row[category] for row in table[1:]} <= {"中医"}


def test_the_institutions_main_and_filing_lists_in_the_commissions_layout(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    path = tmp_path / "lists.xlsx"
    _wait(qtbot, window.export_lists(str(path)))
    main = _sheet(path, "主执业")
    filings = _sheet(path, "多机构备案")
    assert main[0] == list(MAIN_HEADERS) and filings[0] == list(FILING_HEADERS)
    expected = demo.desk.roster.export_rows(demo.hr)
    assert len(main) - 1 == len(expected.main) > 0
    first = main[1]
    assert isinstance(first[4], dt.datetime)  # 审核日期 is a date cell
    assert first[1] == expected.main[0].practice_certificate_number


def test_the_commission_queue_exports_with_dates_as_dates(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = commission_window(qtbot, demo)
    path = tmp_path / "queue.xlsx"
    _wait(qtbot, window.queue.export_button.export(path))
    table = _sheet(path, "审批队列")
    assert table[0] == _headers(window.queue)
    assert len(table) - 1 == window.queue.model.total
    received = table[0].index("受理日期")
    assert any(isinstance(row[received], dt.datetime) for row in table[1:])


def test_cancelling_the_progress_dialog_stops_the_export(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.spreadsheet import Sheet
    from app.views.export import export_sheets

    window = institution_window(qtbot, demo)
    out = tmp_path / "out"
    out.mkdir()
    path = out / "big.xlsx"

    def endless() -> list[Sheet]:
        def rows() -> Any:
            i = 0
            while True:  # only a cancel ends it
                i += 1
                yield [f"医师{i}", f"{i:018d}"]
        return [Sheet("大名单", ["姓名", "编号"], rows())]

    job = export_sheets(window, "大名单", endless, path)
    assert job is not None
    qtbot.waitUntil(lambda: job.rows >= 1000, timeout=30_000)
    from PySide6.QtWidgets import QPushButton

    job.dialog.findChild(QPushButton).click()  # the 取消 button
    qtbot.waitUntil(lambda: job.done, timeout=30_000)
    assert job.error is not None and job.error.code == "cancelled"
    assert list(out.iterdir()) == []  # no file, no half-written temporary


def test_the_physicians_own_applications_export(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app.views.physician import PhysicianWindow

    doctor = demo.desk.auth.login("doctor01", "Demo#2026doc")
    window = PhysicianWindow(demo.desk, doctor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.applications.model.rowCount() > 0, timeout=10_000)
    path = tmp_path / "mine.xlsx"
    _wait(qtbot, window.export_button.export(path))
    table = _sheet(path, "我的申请")
    mine = demo.desk.cases.queue(doctor, limit=500).items
    assert table[0] == [c.header for c in window.applications.model.columns]
    assert sorted(r[0] for r in table[1:]) == sorted(c.number for c in mine)
