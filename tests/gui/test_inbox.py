"""The institution's inbox: confirm an application (it reaches the commission's queue), return one with a
reason, the count badge, conflicts naming who acted first, live updates, printing the checklist."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.services import reference
from tests.gui.institution_support import (  # noqa: F401 - fixtures
    HOSPITAL,
    commission_queue,
    demo_fixture,
    demo_template_fixture,
    gone,
    institution_window,
    rows,
    select,
    settle,
)


def _open_first(qtbot: Any, window: Any) -> Any:
    """Go to the inbox tab and open the application waiting there."""
    window.tabs.setCurrentWidget(window.inbox)
    case = select(qtbot, window.inbox.list, lambda c: True)
    qtbot.waitUntil(lambda: window.inbox.panel.case is not None, timeout=10_000)
    return case


def _badge(window: Any) -> str:
    return window.tabs.tabText(window.tabs.indexOf(window.inbox))


def test_confirming_an_application_sends_it_to_the_commission_queue(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    waiting = demo.desk.cases.queue(demo.hr, status="submitted").items
    assert len(waiting) == 1 and _badge(window) == "待确认申请（1）"
    case = _open_first(qtbot, window)
    inbox = window.inbox
    view = inbox.panel.view
    assert view.number.text() == case.number and view.status.text() == "待机构确认"
    details = {label.text() for label in view.details_box.findChildren(QLabel)}
    assert HOSPITAL in details  # what was asked: the institution, level, category, scope
    assert inbox.confirm_button.isEnabled() and inbox.return_button.isEnabled()
    before = {c.id for c in commission_queue(demo, status="confirmed")}
    inbox.confirm_button.click()
    qtbot.waitUntil(lambda: inbox.panel.case is not None and inbox.panel.case.status == "confirmed",
                    timeout=10_000)
    assert "已报送卫生健康委审核" in inbox.panel.notice.text()
    assert not inbox.confirm_button.isEnabled() and not inbox.return_button.isEnabled()
    qtbot.waitUntil(lambda: _badge(window) == "待确认申请", timeout=10_000)
    assert rows(inbox.list) == []
    after = {c.id: c for c in commission_queue(demo, status="confirmed")}
    assert set(after) - before == {case.id}  # it is in the commission's queue, with its deadline
    assert after[case.id].deadline is not None and after[case.id].received_at is not None
    timeline = demo.desk.cases.timeline(demo.clerk(), case.id)
    assert timeline[-1].action_label == "机构确认" and timeline[-1].institution_name == HOSPITAL


def test_ctrl_enter_confirms_the_application_shown(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    case = _open_first(qtbot, window)
    window.inbox.list.table.setFocus()
    qtbot.keyClick(window.inbox.list.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demo.desk.cases.get(demo.hr, case.id).status == "confirmed", timeout=10_000)


def test_returning_needs_a_reason_and_the_physician_sees_why(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    case = _open_first(qtbot, window)
    dialog = window.inbox.return_case()
    dialog.ok_button.click()
    assert dialog.errors.message_of("reason") == "请选择退回原因" and dialog.isVisible()
    assert demo.desk.cases.get(demo.hr, case.id).status == "submitted"  # nothing written
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    dialog.ok_button.click()  # 其他 needs a note: refused by the service, beside the note
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("note")), timeout=10_000)
    assert demo.desk.cases.get(demo.hr, case.id).status == "submitted"
    dialog.reason.setCurrentIndex(dialog.reason.findData("photo_unqualified"))
    dialog.note.setPlainText("照片背景不是白色，请重新上传")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    panel = window.inbox.panel
    qtbot.waitUntil(lambda: panel.case is not None and panel.case.status == "returned", timeout=10_000)
    assert "退回补正" in window.inbox.panel.notice.text()
    qtbot.waitUntil(lambda: _badge(window) == "待确认申请", timeout=10_000)
    # the physician sees the return with its reason and note
    physician_login = next(u for who, u in demo.logins.items() if who == case.applicant_name)
    physician = demo.desk.auth.login(physician_login, "Demo#2026doc")
    last = demo.desk.cases.timeline(physician, case.id)[-1]
    assert (last.action_label, last.reason_label) == ("退回补正", "照片不合格")
    assert last.note == "照片背景不是白色，请重新上传"
    assert last.institution_name == HOSPITAL
    assert case.id not in {c.id for c in commission_queue(demo, status="confirmed")}


def test_confirming_after_another_clerk_confirmed_names_who_did_it(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    case = _open_first(qtbot, window)
    other_pc = demo.hospital()  # the same office, another PC: confirms first
    demo.clock.advance(minutes=3)
    demo.desk.cases.confirm(other_pc, case.id, case.version)
    window.inbox.confirm_button.click()
    notice = window.inbox.panel.notice
    qtbot.waitUntil(lambda: "已被" in notice.text(), timeout=10_000)
    assert HOSPITAL in notice.text() and "机构确认" in notice.text() and "2026-11-24 09:03" in notice.text()
    assert notice.objectName() == "formStatus"  # shown as a refusal
    # the case is read again: it now shows its new status and the buttons are off
    qtbot.waitUntil(lambda: window.inbox.panel.view.status.text() == "待卫健委审核", timeout=10_000)
    assert not window.inbox.confirm_button.isEnabled()
    assert len([e for e in demo.desk.cases.timeline(demo.hr, case.id) if e.action == "confirm"]) == 1


def test_returning_after_the_physician_withdrew_names_the_physician(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    case = _open_first(qtbot, window)
    dialog = window.inbox.return_case()
    physician = demo.desk.auth.login(demo.logins[case.applicant_name], "Demo#2026doc")
    demo.desk.cases.withdraw(physician, case.id, case.version, "另找机构")
    dialog.reason.setCurrentIndex(dialog.reason.findData("materials_incomplete"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.status.isVisible(), timeout=10_000)
    assert case.applicant_name in dialog.status.text() and "撤回" in dialog.status.text()
    assert not dialog.ok_button.isEnabled()  # nothing left to return
    qtbot.waitUntil(lambda: window.inbox.panel.view.status.text() == "已撤回", timeout=10_000)
    assert case.applicant_name in window.inbox.panel.notice.text()


def test_a_new_application_arrives_in_the_inbox_without_refreshing(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    assert _badge(window) == "待确认申请（1）"
    assert window.watcher.running
    # the demo's physician who withdrew an application to us applies again (on their own PC)
    earlier = demo.desk.cases.queue(demo.hr, status="withdrawn").items[0]
    physician = demo.desk.auth.login(demo.logins[earlier.applicant_name], "Demo#2026doc")
    demo.desk.cases.submit(physician, "first_registration", earlier.physician_id,
                           institution_id=window.actor.institution_id, level=earlier.details["level"],
                           category=earlier.details["category"], scopes=earlier.details["scopes"])
    qtbot.waitUntil(lambda: _badge(window) == "待确认申请（2）", timeout=10_000)
    qtbot.waitUntil(lambda: earlier.applicant_name in [c.applicant_name for c in rows(window.inbox.list)],
                    timeout=10_000)


def test_a_print_preview_is_not_logged_only_the_real_print_is(qtbot, demo, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtPrintSupport import QPrinter

    from app.views.inbox import printing_available
    from app.views.print_preview import paper_service

    window = institution_window(qtbot, demo)
    case = _open_first(qtbot, window)
    panel = window.inbox.panel
    assert printing_available(demo.desk) and panel.print_button.isVisible()
    panel.print_button.click()
    qtbot.waitUntil(lambda: panel.preview is not None and panel.preview.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: panel.preview.ready, timeout=20_000)
    assert case.number in panel.preview.windowTitle()
    assert paper_service(demo.desk).prints(demo.hr, case.id) == []  # looking is not printing
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "out.pdf"))
    assert panel.preview.print_to(printer)
    qtbot.waitUntil(lambda: "已记入打印记录" in panel.preview.info.text(), timeout=20_000)
    assert "第 1 份" in panel.preview.info.text()
    prints = paper_service(demo.desk).prints(demo.hr, case.id)
    assert [(p.copy_no, p.reprint) for p in prints] == [(1, False)]
    assert reference.kind_label(case.kind) == "注册"


def test_a_multi_site_filing_to_us_is_confirmed_here_and_listed_as_an_additional_site(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    """A physician registered in 深圳 files 广州市第一人民医院 as an additional institution (多机构备案)."""
    shenzhen = demo.hospital("深圳市南山区人民医院")
    doctor = next(r for r in demo.desk.roster.physicians(shenzhen, status="active", limit=100).items
                  if r.level == "执业医师" and r.relation == "主执业")
    code = demo.desk.accounts.issue_activation_code(shenzhen, doctor.id)
    demo.desk.auth.register_physician(doctor.name, doctor.id_number, "13600136000", "multi@example.cn",
                                      "multisite", "Doctor#2026x")
    physician = demo.desk.auth.activate_physician(demo.desk.auth.login("multisite", "Doctor#2026x"),
                                                  activation_code=code)
    window = institution_window(qtbot, demo)
    demo.desk.cases.submit(physician, "multi_site_filing", doctor.id,
                           institution_id=window.actor.institution_id, registration_id=doctor.registration_id,
                           effective_date="2026-12-01")
    qtbot.waitUntil(lambda: _badge(window) == "待确认申请（2）", timeout=10_000)  # live
    window.tabs.setCurrentWidget(window.inbox)
    case = select(qtbot, window.inbox.list, lambda c: c.kind == "multi_site_filing")
    qtbot.waitUntil(lambda: window.inbox.panel.case is not None and window.inbox.panel.case.id == case.id,
                    timeout=10_000)
    assert window.inbox.panel.view.kind.text() == "多执业机构备案"
    window.inbox.confirm_button.click()
    qtbot.waitUntil(lambda: demo.desk.cases.get(demo.hr, case.id).status == "confirmed", timeout=10_000)
    confirmed = demo.desk.cases.get(demo.hr, case.id)
    demo.desk.cases.approve(demo.clerk(), confirmed.id, confirmed.version)
    window.tabs.setCurrentWidget(window.physicians)
    roster = window.physicians
    qtbot.waitUntil(lambda: [r.relation for r in rows(roster) if r.id == doctor.id] == ["多机构备案"],
                    timeout=10_000)
    record = window.open_physician(doctor.id, doctor.name)
    qtbot.waitUntil(lambda: record.detail is not None, timeout=10_000)
    assert record.filings.item(0, 0).text() == HOSPITAL and record.filings.item(0, 1).text() == "2026-12-01"
    assert not record.filing_button.isEnabled()  # 注册备案 is for the main institution only


@pytest.mark.postgres
@pytest.mark.slow
def test_on_postgresql_confirmations_reach_the_commission_and_applications_arrive_live(qtbot, pg_url) -> None:  # type: ignore[no-untyped-def]
    """The same flow on a shared PostgreSQL database, where NOTIFY wakes the window's feed watcher."""
    from app.services import open_desk
    from app.services.demo import load_demo
    from app.views import worker
    from app.views.institution import InstitutionWindow
    from tests.conftest import FakeClock
    from tests.gui.institution_support import HOSPITAL_PASSWORD

    desk = open_desk(pg_url, clock=FakeClock(), workstation="gui-test-pg")
    try:
        logins = {login.who: login.username for login in load_demo(desk, physicians=40)}
        hr = desk.auth.login(logins[HOSPITAL], HOSPITAL_PASSWORD)
        window = InstitutionWindow(desk, hr)
        qtbot.addWidget(window)
        window.show()
        settle(qtbot, window.inbox.list)
        assert _badge(window) == "待确认申请（1）"
        case = _open_first(qtbot, window)
        window.inbox.confirm_button.click()
        clerk = desk.auth.login("gdclerk", "Demo#2026clerk")
        qtbot.waitUntil(lambda: case.id in {c.id for c in desk.cases.queue(clerk, status="confirmed").items},
                        timeout=10_000)
        qtbot.waitUntil(lambda: _badge(window) == "待确认申请", timeout=10_000)
        earlier = desk.cases.queue(hr, status="withdrawn").items[0]
        physician = desk.auth.login(logins[earlier.applicant_name], "Demo#2026doc")
        desk.cases.submit(physician, "first_registration", earlier.physician_id,
                          institution_id=hr.institution_id, level=earlier.details["level"],
                          category=earlier.details["category"], scopes=earlier.details["scopes"])
        qtbot.waitUntil(lambda: _badge(window) == "待确认申请（1）", timeout=10_000)  # woken by NOTIFY
        window.close()
    finally:
        worker.wait_idle()
        desk.close()
