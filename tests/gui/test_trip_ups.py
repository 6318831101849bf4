"""What a clerk tripped over when the desk was tried as a new user would (issue 15, part 7), each pinned."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.gui.commission_support import commission_window, confirmed_case, open_dialog, wait_loaded
from tests.gui.institution_support import demo, demo_template, institution_window, settle  # noqa: F401

OFFICE_SCREEN = (1366, 768)


def test_place_is_shown_by_its_name_not_its_code() -> None:
    from app.views.case_view import detail_value

    assert detail_value("place", "440000", {}) == "广东省"
    assert "440000" not in detail_value("place", "440000", {})


def test_a_decided_or_withdrawn_case_never_shows_a_provisional_deadline() -> None:
    import datetime as dt

    from app.views.case_view import deadline_text

    def case(status: str) -> Any:
        return SimpleNamespace(deadline=dt.date(2027, 1, 4), deadline_provisional=True, status=status,
                               overdue=False)

    assert deadline_text(case("confirmed")) == "2027-01-04（暂定）"
    for status in ("approved", "rejected", "withdrawn"):
        assert deadline_text(case(status)) == "2027-01-04"


def test_claim_expiry_shows_date_and_time_and_the_timeline_says_认领(qtbot: Any, demo: Any) -> None:
    clerk = demo.clerk()
    case = confirmed_case(demo, clerk)
    dialog = open_dialog(qtbot, demo, clerk, case.id)  # opening claims it
    claimed = dialog.view.facts["claimed"].text()
    assert "认领至 2026-11-24 " in claimed, claimed
    assert "领取" not in claimed
    actions = [dialog.view.timeline.item(r, 4).text() for r in range(dialog.view.timeline.rowCount())]
    assert "认领" in actions and not any("领取" in a for a in actions)
    assert "2026-11-24 " in dialog.banner.text()


def test_missing_materials_are_red_only_while_the_case_waits(qtbot: Any, demo: Any) -> None:
    from app.views.case_view import OVERDUE_COLOR

    clerk = demo.clerk()
    waiting = confirmed_case(demo, clerk)
    dialog = open_dialog(qtbot, demo, clerk, waiting.id)
    assert "尚缺" in dialog.view.materials_summary.text()
    assert OVERDUE_COLOR in dialog.view.materials_summary.styleSheet()
    dialog.close()
    withdrawn = demo.desk.cases.queue(clerk, status="withdrawn").items[0]
    dialog = open_dialog(qtbot, demo, clerk, withdrawn.id)
    assert "尚缺" in dialog.view.materials_summary.text()
    assert OVERDUE_COLOR not in dialog.view.materials_summary.styleSheet()


def test_no_material_is_clipped_in_the_case_dialog_on_an_office_screen(qtbot: Any, demo: Any) -> None:
    clerk = demo.clerk()
    case = confirmed_case(demo, clerk)  # a first registration: seven materials, the last one long
    dialog = open_dialog(qtbot, demo, clerk, case.id)
    dialog.resize(OFFICE_SCREEN[0], OFFICE_SCREEN[1] - 28)
    qtbot.wait(50)
    scroll = dialog.view._materials_scroll
    assert len(dialog.view._material_boxes) >= 7
    assert scroll.widget().height() <= scroll.viewport().height() + 1  # nothing to scroll: all shown
    assert not scroll.verticalScrollBar().isVisible()


def test_selecting_a_case_in_the_inbox_does_not_grow_the_window_past_an_office_screen(
    qtbot: Any, demo: Any
) -> None:
    window = institution_window(qtbot, demo)
    window.resize(*OFFICE_SCREEN)
    window.tabs.setCurrentWidget(window.inbox)
    settle(qtbot, window.inbox.list)
    window.inbox.list.table.selectRow(0)
    qtbot.waitUntil(lambda: window.inbox.panel.case is not None, timeout=10_000)
    QApplication.processEvents()
    assert window.minimumSizeHint().height() <= OFFICE_SCREEN[1]
    assert window.height() == OFFICE_SCREEN[1]


def test_the_status_bar_names_the_person_not_the_account(qtbot: Any, demo: Any) -> None:
    window = institution_window(qtbot, demo)
    qtbot.waitUntil(lambda: "黄丽萍" in window.user_label.text(), timeout=10_000)  # the demo's delegate
    assert demo.hr.username not in window.user_label.text()
    assert demo.hr.username in window.user_label.toolTip()
    assert window.windowTitle() == "医疗机构 — 广州市第一人民医院"


def test_the_queue_has_buttons_to_open_a_case_and_to_take_a_walk_in(qtbot: Any, demo: Any) -> None:
    from app.views.counter_wizard import CounterWizard

    window = commission_window(qtbot, demo)
    queue = window.queue
    wait_loaded(qtbot, queue)
    assert not queue.open_button.isEnabled()
    queue.table.selectRow(0)
    assert queue.open_button.isEnabled()
    with qtbot.waitSignal(queue.open_requested) as opened:
        queue.open_button.click()
    assert opened.args == [queue.model.item(0).id]
    queue.counter_button.click()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in window.findChildren(CounterWizard)), timeout=10_000)


def test_ctrl_p_in_the_inbox_prints_the_shown_case(qtbot: Any, demo: Any) -> None:
    window = institution_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.inbox)
    settle(qtbot, window.inbox.list)
    window.inbox.list.table.selectRow(0)
    panel = window.inbox.panel
    qtbot.waitUntil(lambda: panel.case is not None, timeout=10_000)
    for other in QApplication.topLevelWidgets():  # a window an earlier test left open must not hold the keys
        if other is not window and other.isVisible():
            other.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)  # Ctrl+P is the window's
    panel.view.setFocus()
    qtbot.keyClick(panel.view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: panel.preview is not None, timeout=60_000)  # a PDF rendered in the worker


def test_ctrl_p_in_the_queue_previews_the_selected_case_without_logging_a_print(
    qtbot: Any, demo: Any
) -> None:
    from app.views.print_preview import paper_service

    window = commission_window(qtbot, demo)
    queue = window.queue
    queue.table.selectRow(0)
    queue.table.setFocus()
    qtbot.keyClick(queue.table, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: queue.preview is not None, timeout=60_000)  # a PDF rendered in the worker
    assert queue.model.item(0).number in queue.preview.windowTitle()
    assert paper_service(demo.desk).prints(demo.clerk(), queue.model.item(0).id) == []


def test_a_case_in_the_physicians_record_gets_room_and_one_scroll_bar(qtbot: Any, demo: Any) -> None:
    window = institution_window(qtbot, demo)
    approved = demo.desk.cases.queue(demo.hr, status="approved", kind="first_registration").items[0]
    dialog = window.open_physician(approved.physician_id)
    qtbot.waitUntil(lambda: dialog.cases.rowCount() > 0, timeout=10_000)
    dialog.tabs.setCurrentIndex(dialog.tabs.count() - 1)  # 业务记录
    dialog.cases.selectRow(0)
    panel = dialog.case_panel
    qtbot.waitUntil(lambda: panel.case is not None, timeout=10_000)
    QApplication.processEvents()
    assert panel.case_scroll.viewport().height() >= 300  # not ~80 px
    assert not panel.view._materials_scroll.verticalScrollBar().isVisible()  # no scroll inside the scroll
