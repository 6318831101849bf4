"""The physician's window: activation with the qualification certificate code, refusals beside the field."""

from __future__ import annotations

from typing import Any

from tests.gui.helpers import admin, sign_in, wait_for_window

PASSWORD = "Doctor#2026x"
CERTIFICATE = "200944110440106194912310021"
ID_NUMBER = "11010519491231002X"


def _physician_window(qtbot: Any, desk: Any, shell: Any) -> Any:
    commission = admin(desk)
    desk.roster.import_qualifications(commission, [{
        "name": "张伟", "id_number": ID_NUMBER, "certificate_code": CERTIFICATE, "exam_ticket": "",
        "level": "执业医师", "category": "临床",
    }])
    desk.auth.register_physician("张伟", ID_NUMBER, "13900139000", "zw@example.cn", "zhangwei", PASSWORD)
    sign_in(qtbot, shell, "zhangwei", PASSWORD)
    return wait_for_window(qtbot, shell, "physician")


def test_physician_activates_the_account_with_the_certificate_code(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    window = _physician_window(qtbot, gui_desk, shell)
    assert window.state_label.text() == "未激活"
    dialog = window.activate()
    assert dialog.selected_way() == "certificate_code"
    dialog.value.setText(CERTIFICATE)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.state_label.text() == "已激活")
    assert window.actor.activated
    assert not window.activate_button.isVisibleTo(window) and not window.activate_action.isEnabled()
    assert gui_desk.auth.whoami(window.actor).activated
    first = window.qualifications.item  # the record read after activation shows the qualification
    qtbot.waitUntil(lambda: first(0, 0) is not None and first(0, 0).text() == CERTIFICATE)
    assert window.person_labels["id_number"].text() == ID_NUMBER


def test_certificate_code_of_nobody_is_refused_beside_the_field(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    window = _physician_window(qtbot, gui_desk, shell)
    dialog = window.activate()
    dialog.value.setText("9" * 27)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("certificate_code")))
    assert dialog.isVisible() and window.state_label.text() == "未激活"
    assert not gui_desk.auth.whoami(window.actor).activated


def test_exam_ticket_errors_are_shown_beside_the_same_field(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    window = _physician_window(qtbot, gui_desk, shell)
    dialog = window.activate()
    dialog.way_buttons["exam_ticket"].setChecked(True)
    assert dialog.selected_way() == "exam_ticket"
    dialog.value.setText("12ab")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("exam_ticket")))
    assert "准考证号" in dialog.errors.message_of("exam_ticket")
