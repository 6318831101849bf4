"""离职与注销 in the commission window: overdue and late departure reports per institution, the 2-year pool
list with the deregistration started from it, and the renewal (延期) of a short-term permit at the counter."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt

from tests.gui.commission_support import WAIT, commission_window, demo, demo_template, wait_ready  # noqa: F401
from tests.gui.institution_support import HOSPITAL

OTHER_HOSPITAL = "深圳市南山区人民医院"


def _departures(qtbot: Any, window: Any) -> Any:
    window.tabs.setCurrentIndex(window.DEPARTURES_TAB)
    panel = window.departures
    for list_panel in panel.panels():
        qtbot.waitUntil(lambda p=list_panel: not p.model.loading and p.model.total is not None, timeout=WAIT)
    return panel


def _shown(panel: Any) -> list[list[str]]:
    model = panel.model
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def test_the_commission_sees_overdue_and_late_departures_per_institution_and_opens_the_case(
    qtbot: Any, demo: Any
) -> None:
    window = commission_window(qtbot, demo)
    panel = _departures(qtbot, window)
    assert window.tabs.tabText(window.DEPARTURES_TAB) == "离职与注销"
    # the demo's 调离 was reported 40 days after the physician left and is still waiting: late and overdue
    (overdue,) = panel.overdue.model._rows
    assert (overdue.institution_name, overdue.reason_label, overdue.overdue_days, overdue.late_days) == (
        HOSPITAL, "调离", 10, 10)
    # late: the 调离 (10 days) and the retirement reported two years after (720 days late, filed since)
    reports = panel.late.model._rows
    assert sorted((r.reason_label, r.late_days, r.status) for r in reports) == [
        ("调离", 10, "confirmed"), ("退休", 720, "approved")]
    late_row = next(i for i, r in enumerate(reports) if r.case_id == overdue.case_id)
    late = reports[late_row]
    row = _shown(panel.late)[late_row]
    assert row[0] == late.number and "10" in row and "2026-10-15" in row  # departure day 2026-10-15
    assert panel.tabs.tabText(panel.OVERDUE) == "逾期未备案（1）"
    # per institution: the summary, and from it the institution's lists
    qtbot.waitUntil(lambda: not panel.summary.model.loading and panel.summary.model.total == 1, timeout=WAIT)
    assert panel.tabs.currentIndex() == panel.SUMMARY
    assert _shown(panel.summary) == [[HOSPITAL, "1", "2", "1"]]
    panel.summary.table.selectRow(0)
    qtbot.mouseClick(panel.show_institution_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.institution_id is not None, timeout=WAIT)
    assert panel.tabs.currentIndex() == panel.OVERDUE
    qtbot.waitUntil(lambda: not panel.overdue.model.loading and panel.overdue.model.total == 1, timeout=WAIT)
    # one institution at a time
    panel.institution.query.setText("nsrm")  # pinyin initials of 南山区人民医院 (QtTest types ASCII only)
    qtbot.waitUntil(lambda: any(c.name == OTHER_HOSPITAL for c in panel.institution.choices()), timeout=WAIT)
    panel.institution.pick(OTHER_HOSPITAL)
    qtbot.waitUntil(lambda: not panel.late.model.loading and panel.late.model.total == 0, timeout=WAIT)
    assert panel.overdue.model.rowCount() == 0 and panel.tabs.tabText(panel.OVERDUE) == "逾期未备案"
    qtbot.mouseClick(panel.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.late.model.loading and panel.late.model.total == 2, timeout=WAIT)
    # double-click opens the case; its detail says the report was late
    panel.tabs.setCurrentIndex(panel.LATE)
    late_row = next(i for i, r in enumerate(panel.late.model._rows) if r.case_id == late.case_id)
    panel.late.table.selectRow(late_row)
    assert panel.late_open_button.isEnabled()
    index = panel.late.model.index(late_row, 0)
    panel.late.table.doubleClicked.emit(index)
    qtbot.waitUntil(lambda: late.case_id in window.case_dialogs, timeout=WAIT)
    dialog = window.case_dialogs[late.case_id]
    wait_ready(qtbot, dialog)
    assert dialog.view.facts["report"].text() == "迟报 10 天（应于 2026-11-14 前报告）"
    notes = [dialog.view.timeline.item(r, 7).text() for r in range(dialog.view.timeline.rowCount())]
    assert any("迟报 10 天" in n for n in notes)


def test_a_deregistration_is_started_from_the_two_year_list(qtbot: Any, demo: Any) -> None:
    from app.views.counter_wizard import CounterWizard

    window = commission_window(qtbot, demo)
    panel = _departures(qtbot, window)
    panel.tabs.setCurrentIndex(panel.CANDIDATES)
    entries = panel.candidates.model._rows
    assert len(entries) == 1 and entries[0].reason_label == "退休" and entries[0].days_left == -20
    entry = entries[0]
    assert _shown(panel.candidates)[0][-1] == "未办理"
    assert not panel.deregister_button.isEnabled()
    panel.candidates.table.selectRow(0)
    assert panel.deregister_button.isEnabled() and panel.deregister_button.text() == "办理注销(&Z)…"
    qtbot.mouseClick(panel.deregister_button, Qt.MouseButton.LeftButton)
    wizard = next(w for w in window.findChildren(CounterWizard) if w.isVisible())
    page = wizard.page
    assert wizard.kind == "direct_deregistration"
    qtbot.waitUntil(lambda: page.physician.value() == entry.physician_id, timeout=WAIT)
    qtbot.waitUntil(lambda: page.registration.value() == entry.registration_id, timeout=WAIT)
    assert page.reason.currentData() == "practice_suspended_2y"
    made: list[Any] = []
    wizard.created.connect(made.append)
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(made), timeout=WAIT)
    case = made[0]
    assert (case.kind, case.registration_id, case.details["reason"]) == (
        "direct_deregistration", entry.registration_id, "practice_suspended_2y")
    qtbot.waitUntil(lambda: case.id in window.case_dialogs, timeout=WAIT)
    window.case_dialogs[case.id].close()
    # the list shows the open deregistration; the button now opens it
    panel.reload()
    qtbot.waitUntil(lambda: not panel.candidates.model.loading and panel.candidates.model.rowCount() == 1,
                    timeout=WAIT)
    assert _shown(panel.candidates)[0][-1] == case.number
    panel.candidates.table.selectRow(0)
    assert panel.deregister_button.text() == "打开注销案件(&Z)"
    qtbot.mouseClick(panel.deregister_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: case.id in window.case_dialogs, timeout=WAIT)


def test_a_short_term_permit_is_renewed_from_the_counter_wizard(qtbot: Any, demo: Any) -> None:
    clerk = demo.clerk()
    hospital = demo.desk.lookup.institutions(clerk, HOSPITAL)[0]
    case = demo.desk.counter.hmt_short_term(
        clerk, name="林志明", id_number="H1234567", gender="男", origin="香港", institution_id=hospital.id,
        category="口腔", scopes=["口腔专业"], term_start="2026-12-01", term_end="2027-11-30",
    )
    demo.desk.cases.check_materials(clerk, case.id)
    case = demo.desk.cases.get(clerk, case.id)
    demo.desk.cases.approve(clerk, case.id, case.version)

    window = commission_window(qtbot, demo, clerk)
    wizard = window.counter_wizard("short_term_renewal")
    page = wizard.page
    assert wizard.kinds.currentItem().text() == "短期行医延期"
    qtbot.keyClicks(page.permit.query, "H1234567")
    qtbot.keyClick(page.permit.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.permit.permit() is not None, timeout=WAIT)
    assert "林志明" in page.permit.summary.text() and "2027-11-30" in page.permit.summary.text()
    assert page.start_label.text() == "2027-12-01（原许可期满次日）"
    assert page.term_end.value() == dt.date(2030, 11, 30)  # three years by default for 港澳台
    page.term_end.set_value(dt.date(2030, 12, 2))
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=WAIT)
    assert "3年" in page.errors.message_of("term_end")
    made: list[Any] = []
    wizard.created.connect(made.append)
    page.term_end.set_value(dt.date(2030, 11, 30))
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(made), timeout=WAIT)
    renewal = made[0]
    assert (renewal.kind, renewal.details["term_start"]) == ("hmt_short_term", "2027-12-01")
    qtbot.waitUntil(lambda: renewal.id in window.case_dialogs, timeout=WAIT)
    dialog = window.case_dialogs[renewal.id]
    wait_ready(qtbot, dialog)
    shown = [dialog.view.details_form.itemAt(i).widget().text()
             for i in range(dialog.view.details_form.count()) if dialog.view.details_form.itemAt(i).widget()]
    assert any("2026-12-01 至 2027-11-30" in text for text in shown)


def test_the_departure_lists_survive_hundreds_of_reloads_and_repaints(qtbot: Any, demo: Any) -> None:
    import gc
    import sys

    window = commission_window(qtbot, demo)
    panel = _departures(qtbot, window)
    totals = [p.model.total for p in panel.panels()]
    assert totals == [1, 2, 1]

    def settled() -> bool:
        return all(not p.model.loading and p.model.total is not None for p in panel.panels())

    gc.collect()
    none_before = sys.getrefcount(None)
    for i in range(200):
        panel.reload()
        qtbot.waitUntil(settled, timeout=WAIT)
        if i % 4 == 0:
            panel.tabs.setCurrentIndex(i % 3)
            assert not window.grab().isNull()  # paints the visible list
    gc.collect()
    assert [p.model.total for p in panel.panels()] == totals
    assert sys.getrefcount(None) - none_before > -10_000  # a leaking binding loses one per emit
