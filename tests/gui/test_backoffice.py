"""The commission's back office from its window: the exam centre's list (preview, bad rows by line, a rerun
imports nothing twice), the working-day calendar, a case's print history, the forgotten-username lookup and
scan to open."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
        "李坏,110105194912310021,2019{:023d},,执业医师,临床".format(2),  # wrong check character
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
    assert history.table.item(1, 2).text().startswith("第 2 份")
    assert history.table.item(1, 3).text() == "李晓华" and history.table.item(1, 4).text() == "申请人遗失"
    assert "共打印 2 次" in history.summary.text()


def test_the_working_calendar_shows_official_adjusted_days_and_the_admin_adds_a_year_the_library_lacks(
    qtbot, demo,  # type: ignore[no-untyped-def]
) -> None:
    import datetime as dt

    from app.views.backoffice import CalendarDialog
    from PySide6.QtCore import QDate

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
    assert [dialog.table.item(0, c).text() for c in (0, 2, 3, 4)] == ["2099-10-01", "休息日", "本委录入", "国庆节"]
    assert [(d.day, d.is_workday) for d in demo.desk.cases.calendar_days(admin, 2099)] == [
        (dt.date(2099, 10, 1), False)]
    dialog.grab().save("/tmp/calendar.png")
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    qtbot.waitUntil(lambda: dialog.entries == [] and dialog.table.rowCount() == 0, timeout=10_000)
    assert demo.desk.cases.calendar_days(admin, 2099) == []
