"""The commission's back office from its window: the exam centre's list (preview, bad rows by line, a rerun
imports nothing twice), the working-day calendar, a case's print history, the forgotten-username lookup and
scan to open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.services.base import CHINA
from app.services.validation import resident_id_check_char
from tests.gui.commission_support import ADMIN, commission_window
from tests.gui.institution_support import demo_fixture, demo_template_fixture  # noqa: F401 - fixtures


def _id(first17: str) -> str:
    return first17 + resident_id_check_char(first17)


def _run(qtbot: Any, dialog: Any, path: Path) -> None:
    dialog.outcome = None
    dialog.path.setText(str(path))
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None and not dialog.busy, timeout=20_000)


def test_exam_centre_list_is_previewed_bad_rows_listed_by_line_and_a_rerun_imports_nothing_twice(
    qtbot, demo, tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    window = commission_window(qtbot, demo, demo.desk.auth.login(*ADMIN))
    from app.views.registry_import import RegistryImportDialog

    window.qualifications_action.trigger()
    [dialog] = window.findChildren(RegistryImportDialog)
    assert dialog.kind.currentData() == "qualifications"
    path = tmp_path / "exam.csv"
    path.write_text("\n".join([
        "姓名,身份证号,医师资格证书编码,准考证号,级别,类别",
        f"欧阳明,{_id('44010619900101003')},2019{1:023d},,执业医师,临床",
        f"李坏,110105194912310021,2019{2:023d},,执业医师,临床",  # wrong check character
        f"赵晴,{_id('44010619920202004')},2019{3:023d},,执业医师,兽医",  # no such category
    ]), encoding="utf-8-sig")
    dialog.path.setText(str(path))
    dialog.show_preview()
    assert dialog.preview.isVisible() and dialog.preview.rowCount() == 3
    assert dialog.preview.horizontalHeaderItem(0).text() == "姓名"
    assert dialog.preview.verticalHeaderItem(0).text() == "2"
    assert dialog.preview.item(0, 0).text() == "欧阳明"
    _run(qtbot, dialog, path)
    assert dialog.outcome.imported == 1 and dialog.outcome.physicians_created == 1
    assert dialog.errors.isVisible()
    bad = {(dialog.errors.item(r, 0).text(), dialog.errors.item(r, 1).text())
           for r in range(dialog.errors.rowCount())}
    assert bad == {("3", "身份证号"), ("4", "类别")}
    assert "校验" in dialog.errors.item(0, 2).text()
    dialog.grab().save("/tmp/qualification_import.png")
    _run(qtbot, dialog, path)
    assert (dialog.outcome.imported, dialog.outcome.unchanged) == (0, 1)
    assert "新增或更新 0 条" in dialog.summary.text()


def test_the_counter_finds_a_forgotten_username_masked_from_resident_id_and_name(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = commission_window(qtbot, demo)
    doctor = demo.desk.auth.login("doctor01", "Demo#2026doc")
    me = demo.desk.roster.physician(doctor, doctor.physician_id).person
    window.find_username_action.trigger()
    from app.views.backoffice import FindUsernameDialog

    [dialog] = window.findChildren(FindUsernameDialog)
    dialog.id_number.setText(me.id_number)
    dialog.name.setText("不是本人")
    dialog.ok_button.click()
    assert dialog.busy
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    assert dialog.answer.text() == ""
    dialog.name.setText(me.name)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.answer.text() != "", timeout=10_000)
    shown = dialog.answer.text()
    assert shown != "doctor01" and "*" in shown and shown[:2] == "do"
    dialog.grab().save("/tmp/find_username.png")


def test_the_case_dialog_shows_who_printed_which_copy_of_the_case(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.commission_support import confirmed_case

    clerk = demo.clerk()
    window = commission_window(qtbot, demo, clerk)
    case = confirmed_case(demo, clerk)
    demo.desk.paper.record_print(clerk, case.id, "material_checklist", 1)
    demo.desk.paper.record_print(clerk, case.id, "material_checklist", 2, note="申请人遗失")
    dialog = window.open_case(case.id)
    qtbot.waitUntil(lambda: dialog.case is not None, timeout=10_000)
    history = dialog.show_prints()
    qtbot.waitUntil(lambda: history.records is not None, timeout=10_000)
    assert history.table.rowCount() == 2
    printed = demo.desk.paper.prints(clerk, case.id)[-1].printed_at
    assert history.table.item(1, 0).text() == printed.astimezone(CHINA).strftime("%Y-%m-%d %H:%M")
    assert history.table.item(1, 2).text().startswith("第 2 份")
    assert history.table.item(1, 3).text() == "李晓华" and history.table.item(1, 4).text() == "申请人遗失"
    assert "共打印 2 次" in history.summary.text()
    history.grab().save("/tmp/print_history.png")


def test_the_working_calendar_shows_official_adjusted_days_and_the_admin_adds_a_year_the_library_lacks(
    qtbot, demo,  # type: ignore[no-untyped-def]
) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    from app.views.backoffice import CalendarDialog

    admin = demo.desk.auth.login(*ADMIN)
    window = commission_window(qtbot, demo, admin)
    window.calendar_action.trigger()
    [dialog] = window.findChildren(CalendarDialog)
    dialog.year.setValue(2026)
    qtbot.waitUntil(lambda: dialog.entries is not None, timeout=10_000)
    texts = [[dialog.table.item(r, c).text() for c in range(5)] for r in range(dialog.table.rowCount())]
    assert any(t[2] == "调休上班" and t[3] == "国务院公布" for t in texts)
    assert any(t[2] == "放假" and t[4] == "春节" for t in texts)
    dialog.year.setValue(2099)
    qtbot.waitUntil(lambda: dialog.entries is not None and dialog.year.value() == 2099, timeout=10_000)
    assert dialog.table.rowCount() == 0 and "暂定" in dialog.state.text()
    dialog.day.setDate(QDate(2099, 10, 1))
    dialog.kind.setCurrentIndex(dialog.kind.findData(False))
    dialog.note.setText("国庆节")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(dialog.entries) and dialog.table.rowCount() == 1, timeout=10_000)
    shown = [dialog.table.item(0, c).text() for c in (0, 2, 3, 4)]
    assert shown == ["2099-10-01", "休息日", "本委录入", "国庆节"]
    assert [(d.day, d.is_workday) for d in demo.desk.cases.calendar_days(admin, 2099)] == [
        (dt.date(2099, 10, 1), False)]
    dialog.grab().save("/tmp/calendar.png")
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.entries == [] and dialog.table.rowCount() == 0, timeout=10_000)
    assert demo.desk.cases.calendar_days(admin, 2099) == []


# --- scan to open ----------------------------------------------------------------------------------


def _scan(qtbot: Any, widget: Any, number: str, delay: int = -1) -> None:
    """What a USB scanner does: the characters in a fast burst, then Enter, into whatever has the focus."""
    from PySide6.QtCore import Qt

    qtbot.keyClicks(widget, number, delay=delay)
    qtbot.keyClick(widget, Qt.Key.Key_Return, delay=delay)


def _focused(qtbot: Any, window: Any, widget: Any) -> Any:
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: widget.hasFocus(), timeout=5_000)
    return widget


def test_a_scanned_case_number_opens_the_case_from_the_queue_without_a_search_field(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.commission_support import confirmed_case

    clerk = demo.clerk()
    window = commission_window(qtbot, demo, clerk)
    case = confirmed_case(demo, clerk)
    table = _focused(qtbot, window, window.queue.table)
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 1, timeout=10_000)
    other = next(r for r in range(window.queue.model.rowCount()) if r != window.queue.row_of(case.id))
    table.selectRow(other)  # Enter on the queue would open this one: the scanner's Enter must not
    _scan(qtbot, table, case.number)
    qtbot.waitUntil(lambda: case.id in window.case_dialogs, timeout=10_000)
    qtbot.wait(200)
    assert list(window.case_dialogs) == [case.id]


def test_a_scan_into_the_search_field_opens_the_case_and_leaves_the_field_as_it_was(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.commission_support import confirmed_case

    clerk = demo.clerk()
    window = commission_window(qtbot, demo, clerk)
    case = confirmed_case(demo, clerk)
    search = _focused(qtbot, window, window.queue.search)
    search.setText("张")
    _scan(qtbot, search, case.number.lower())  # a scanner in lower-case mode
    qtbot.waitUntil(lambda: case.id in window.case_dialogs, timeout=10_000)
    assert search.text() == "张"


def test_a_scan_while_another_case_dialog_is_active_opens_the_scanned_case(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    clerk = demo.clerk()
    window = commission_window(qtbot, demo, clerk)
    first, second = demo.desk.cases.queue(clerk, status="confirmed", limit=2).items
    dialog = window.open_case(first.id)
    qtbot.waitUntil(lambda: dialog.case is not None, timeout=10_000)
    _scan(qtbot, _focused(qtbot, dialog, dialog.close_button), second.number)
    qtbot.waitUntil(lambda: second.id in window.case_dialogs, timeout=10_000)
    assert dialog.isVisible()  # the Enter did not press a button of the dialog


def test_a_case_number_typed_by_hand_is_not_taken_for_a_scan(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.commission_support import confirmed_case

    clerk = demo.clerk()
    window = commission_window(qtbot, demo, clerk)
    case = confirmed_case(demo, clerk)
    ticks = iter(range(10_000))
    window.scan_catcher.clock = lambda: next(ticks) * 0.15  # a person: 150 ms between keys
    with qtbot.assertNotEmitted(window.scan_catcher.scanned, wait=300):
        _scan(qtbot, _focused(qtbot, window, window.queue.search), case.number)
    assert window.queue.search.text() == case.number  # left for the search box to use


def test_a_scan_does_not_open_a_case_while_the_window_is_locked(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from tests.gui.commission_support import confirmed_case

    clerk = demo.clerk()
    window = commission_window(qtbot, demo, clerk)
    case = confirmed_case(demo, clerk)
    window.activateWindow()
    window.idle_lock.lock()
    assert window.idle_lock.is_locked
    from PySide6.QtWidgets import QApplication

    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    with qtbot.assertNotEmitted(window.scan_catcher.scanned, wait=300):
        _scan(qtbot, QApplication.focusWidget(), case.number)
    # (not asserted here: that the Enter in the unlock field does not reach the queue's own Return shortcut,
    # which is the idle lock's business)


def test_an_unknown_scanned_number_says_so_and_opens_nothing(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = commission_window(qtbot, demo)
    _scan(qtbot, _focused(qtbot, window, window.queue.table), "YS2099010199999")
    qtbot.waitUntil(lambda: "未找到案件 YS2099010199999" in window.statusBar().currentMessage(),
                    timeout=10_000)
    assert not window.case_dialogs


def test_the_checklist_barcode_and_qr_code_carry_the_case_number(demo, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from app.services import paper
    from tests.gui.commission_support import confirmed_case

    drawn: list[tuple[str, str]] = []
    real_qr, real_barcode = paper.Page.qr, paper.Page.barcode
    monkeypatch.setattr(paper.Page, "qr", lambda self, value, *a: (drawn.append(("qr", value)),
                                                                  real_qr(self, value, *a))[1])
    monkeypatch.setattr(paper.Page, "barcode", lambda self, value, *a: (drawn.append(("barcode", value)),
                                                                        real_barcode(self, value, *a))[1])
    clerk = demo.clerk()
    case = confirmed_case(demo, clerk)
    pdf = demo.desk.paper.render_checklist(clerk, case.id)
    assert pdf.startswith(b"%PDF")
    assert ("qr", case.number) in drawn and ("barcode", case.number) in drawn
