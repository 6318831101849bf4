"""The commission's case dialog: claim on open, paper ticked off, approve / refuse / return, conflicts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.commission_support import (
    CLERK_NAME,
    WAIT,
    commission_window,
    confirmed_case,
    demo,  # noqa: F401 - fixture
    demo_template,  # noqa: F401 - fixture
    open_dialog,
    open_from_queue,
    second_clerk,
    tick_required,
    wait_loaded,
    wait_ready,
)


def _reason_dialog(dialog: Any) -> Any:
    from app.views.case_dialog import ReasonDialog

    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReasonDialog) and w.isVisible()]
    return found[0] if found else None


def test_clerk_ticks_the_paper_approves_and_sees_the_code_and_the_case_leaves_the_queue(
    qtbot: Any, demo: Any
) -> None:
    clerk = demo.clerk()
    case = confirmed_case(demo, clerk, "first_registration")
    window = commission_window(qtbot, demo, clerk)
    dialog = open_from_queue(qtbot, window, case.id)

    assert dialog.claimed and not dialog.read_only
    assert CLERK_NAME in dialog.view.facts["claimed"].text()
    assert dialog.approve_button.text().startswith("准予注册") and dialog.approve_button.isEnabled()
    ticked = tick_required(qtbot, dialog)
    assert ticked and dialog.view.missing_materials() == []
    states = {m.name: m.received for m in demo.desk.cases.materials(clerk, case.id)}
    assert all(states[name] for name in ticked)
    assert "必交材料已齐" in dialog.view.materials_summary.text()

    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.code_panel.isVisible(), timeout=WAIT)
    stored = demo.desk.cases.get(clerk, case.id)
    assert stored.status == "approved" and stored.registration_code
    assert dialog.code_panel.code.text() == stored.registration_code
    assert (
        dialog.code_panel.code.font().pointSizeF() > dialog.font().pointSizeF()
        or "font-size: 34px" in dialog.code_panel.code.styleSheet()
    )
    assert not dialog.approve_button.isEnabled() and not dialog.reject_button.isEnabled()
    qtbot.waitUntil(
        lambda: (
            "准予注册"
            in [dialog.view.timeline.item(r, 4).text() for r in range(dialog.view.timeline.rowCount())]
        ),
        timeout=WAIT,
    )
    qtbot.waitUntil(lambda: window.queue.row_of(case.id) < 0, timeout=WAIT)
    assert stored.registration_code in window.statusBar().currentMessage()


def test_refusal_needs_a_reason_from_the_list_and_the_note_reaches_the_timeline(
    qtbot: Any, demo: Any
) -> None:
    clerk = demo.clerk()
    case = confirmed_case(demo, clerk, "first_registration")
    dialog = open_dialog(qtbot, demo, clerk, case.id)
    assert dialog.reject_button.text().startswith("不予注册")
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _reason_dialog(dialog) is not None)
    reason = _reason_dialog(dialog)
    codes = [reason.reason.itemData(i) for i in range(1, reason.reason.count())]
    assert codes == [r["code"] for r in demo.desk.cases.refusal_reasons("first_registration")]

    reason.ok_button.click()  # nothing chosen: told beside the field, nothing written
    assert reason.errors.message_of("reason") == "请选择原因"
    assert demo.desk.cases.get(clerk, case.id).status == "confirmed"

    reason.choose("criminal_within_2y", "刑罚执行完毕不满二年")
    reason.ok_button.click()
    qtbot.waitUntil(lambda: demo.desk.cases.get(clerk, case.id).status == "rejected", timeout=WAIT)
    qtbot.waitUntil(lambda: "刑罚执行完毕不满二年" in dialog.banner.text(), timeout=WAIT)
    assert "不予注册" in dialog.banner.text() and CLERK_NAME in dialog.banner.text()
    events = demo.desk.cases.timeline(clerk, case.id)
    assert events[-1].reason == "criminal_within_2y" and events[-1].note == "刑罚执行完毕不满二年"
    assert not dialog.approve_button.isEnabled() and not dialog.code_panel.isVisible()


def test_return_with_other_reason_asks_for_the_note_beside_it(qtbot: Any, demo: Any) -> None:
    clerk = demo.clerk()
    case = confirmed_case(demo, clerk, "institution_filing")
    dialog = open_dialog(qtbot, demo, clerk, case.id)
    assert dialog.reject_button.text().startswith("驳回")  # not a registration: 批准 / 驳回
    reason = dialog.send_back()
    assert reason is not None
    reason.choose("other")
    reason.ok_button.click()
    qtbot.waitUntil(lambda: reason.errors.message_of("note") != "", timeout=WAIT)
    assert "具体说明" in reason.errors.message_of("note")
    assert demo.desk.cases.get(clerk, case.id).status == "confirmed"
    reason.note.setPlainText("调离证明未加盖公章")
    reason.ok_button.click()
    qtbot.waitUntil(lambda: demo.desk.cases.get(clerk, case.id).status == "returned", timeout=WAIT)
    qtbot.waitUntil(lambda: "调离证明未加盖公章" in dialog.banner.text(), timeout=WAIT)
    assert "退回补正" in dialog.banner.text()
    assert not dialog.return_button.isEnabled()


def test_second_clerk_is_told_who_holds_the_case_and_then_who_approved_it(qtbot: Any, demo: Any) -> None:
    clerk = demo.clerk()
    other = second_clerk(demo)
    case = confirmed_case(demo, clerk, "first_registration")
    first = open_dialog(qtbot, demo, clerk, case.id)
    assert first.claimed

    window = commission_window(qtbot, demo, other)  # the other clerk's queue names the holder
    row = window.queue.row_of(case.id)
    assert row >= 0 and window.queue.model.index(row, 8).data() == CLERK_NAME
    second = open_from_queue(qtbot, window, case.id)
    assert not second.claimed and second.read_only
    assert CLERK_NAME in second.banner.text() and "只能查看" in second.banner.text()
    assert not second.approve_button.isEnabled() and not second.reject_button.isEnabled()
    assert all(not second.view.material_box(m).isEnabled() for m in second.view.missing_materials())

    tick_required(qtbot, first)
    first.approve()
    qtbot.waitUntil(lambda: first.code_panel.isVisible(), timeout=WAIT)
    second.reload()
    qtbot.waitUntil(lambda: "已批准" in second.banner.text(), timeout=WAIT)
    assert CLERK_NAME in second.banner.text() and "准予注册" in second.banner.text()
    assert second.code_panel.isVisible()  # the code is there for anyone who opens the case


def test_approving_a_case_someone_else_approved_meanwhile_reloads_it_and_names_them(
    qtbot: Any, demo: Any
) -> None:
    clerk = demo.clerk()
    case = confirmed_case(demo, clerk, "legacy_backfill")
    mine = open_dialog(qtbot, demo, clerk, case.id)
    assert mine.claimed
    tick_required(qtbot, mine)
    demo.clock.advance(minutes=20)  # the clerk works elsewhere; the dialog renews no claim while idle
    demo.desk.auth.whoami(clerk)
    demo.clock.advance(minutes=11)  # the claim lapses
    other = second_clerk(demo)
    theirs = demo.desk.cases.claim(other, case.id)
    demo.desk.cases.approve(other, theirs.id, theirs.version)

    qtbot.mouseClick(mine.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: mine.case.status == "approved", timeout=WAIT)
    qtbot.waitUntil(lambda: "王静" in mine.banner.text(), timeout=WAIT)
    assert "已被" in mine.banner.text()
    assert not mine.approve_button.isEnabled()


def test_closing_the_dialog_releases_the_claim(qtbot: Any, demo: Any) -> None:
    from app.views import worker

    clerk = demo.clerk()
    case = confirmed_case(demo, clerk, "foreign_short_term")
    dialog = open_dialog(qtbot, demo, clerk, case.id)
    assert demo.desk.cases.get(clerk, case.id).claimed_by_name == CLERK_NAME
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    worker.wait_idle()
    qtbot.waitUntil(lambda: demo.desk.cases.get(clerk, case.id).claimed_by_name is None, timeout=WAIT)


def test_release_and_claim_buttons_hand_the_case_over(qtbot: Any, demo: Any) -> None:
    clerk = demo.clerk()
    case = confirmed_case(demo, clerk, "foreign_short_term")
    dialog = open_dialog(qtbot, demo, clerk, case.id)
    qtbot.mouseClick(dialog.release_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.claimed and not dialog.busy, timeout=WAIT)
    assert dialog.read_only and not dialog.approve_button.isEnabled() and dialog.claim_button.isVisible()
    assert demo.desk.cases.get(clerk, case.id).claimed_by_name is None
    qtbot.mouseClick(dialog.claim_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.claimed and not dialog.busy, timeout=WAIT)
    assert dialog.approve_button.isEnabled()


def test_overdue_tab_lists_cases_past_their_deadline(qtbot: Any, demo: Any) -> None:
    clerk = demo.clerk()
    case = confirmed_case(demo, clerk, "first_registration")
    demo.clock.advance(days=40)
    clerk = demo.clerk()
    window = commission_window(qtbot, demo, clerk)
    wait_loaded(qtbot, window.overdue)
    assert window.overdue.row_of(case.id) >= 0
    assert window.tabs.tabText(window.OVERDUE_TAB).startswith("逾期（")
    row = window.queue.row_of(case.id)
    assert "已逾期" in window.queue.model.index(row, 6).data()


def test_approval_notice_prints_the_issued_code(qtbot: Any, demo: Any, tmp_path: Any) -> None:
    from PySide6.QtPrintSupport import QPrinter

    clerk = demo.clerk()
    case = confirmed_case(demo, clerk, "first_registration")
    dialog = open_dialog(qtbot, demo, clerk, case.id)
    tick_required(qtbot, dialog)
    dialog.approve()
    qtbot.waitUntil(lambda: dialog.code_panel.isVisible(), timeout=WAIT)
    assert dialog.code_panel.print_button.isVisible()
    qtbot.mouseClick(dialog.code_panel.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.ready, timeout=30_000)
    preview = dialog.preview
    assert preview.print_button.isEnabled() and len(preview.pages) >= 1
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert preview.print_to(printer)
    assert out.exists() and out.stat().st_size > 1000
    preview.close()
    wait_ready(qtbot, dialog)
