"""Personal-detail changes on screen: the physician asks from their window, the hospital approves or refuses
from its inbox with old and new values side by side."""

from __future__ import annotations

from typing import Any

from app.services import ValidationError
from tests.gui.institution_support import (  # noqa: F401 - fixtures
    demo_fixture,
    demo_template_fixture,
    gone,
    institution_window,
    rows,
    select,
    settle,
)

DOCTOR_PASSWORD = "Demo#2026doc"


def _registered_doctor(demo: Any) -> Any:
    """A demo physician with their own account and an active registration at the HR's hospital."""
    for n in range(1, 13):
        try:
            actor = demo.desk.auth.login(f"doctor{n:02d}", DOCTOR_PASSWORD)
        except Exception:  # noqa: BLE001 - not every demo number has an account
            continue
        try:
            demo.desk.profile.submit(actor, {"department": "测试科"})
        except ValidationError:
            continue
        # undo the probe: the HR refuses it, leaving nothing pending
        (probe,) = demo.desk.profile.pending(demo.hr).items
        demo.desk.profile.refuse(demo.hr, probe.id, "测试")
        return actor
    raise AssertionError("no registered demo physician with an account")


def _badge(window: Any) -> str:
    return window.tabs.tabText(window.tabs.indexOf(window.profile_inbox))


def test_the_institution_approves_a_change_from_its_inbox_and_the_record_changes(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    doctor = _registered_doctor(demo)
    demo.desk.profile.submit(doctor, {"title": "主治医师"})
    window = institution_window(qtbot, demo)
    inbox = window.profile_inbox
    settle(qtbot, inbox.list)
    assert _badge(window) == "个人信息变更审核（1）"
    window.tabs.setCurrentWidget(inbox)
    change = select(qtbot, inbox.list, lambda c: c.field == "title")
    qtbot.waitUntil(lambda: inbox.change is not None and inbox.change.id == change.id, timeout=10_000)
    assert (inbox.old_label.text(), inbox.new_label.text()) == ("（空）", "主治医师")  # side by side
    assert inbox.approve_button.isEnabled()
    window.grab().save("/tmp/profile_inbox.png")
    inbox.approve_button.click()
    qtbot.waitUntil(lambda: "已同意" in inbox.notice.text(), timeout=10_000)
    settle(qtbot, inbox.list)
    assert rows(inbox.list) == []
    qtbot.waitUntil(lambda: _badge(window) == "个人信息变更审核", timeout=10_000)
    record = demo.desk.roster.physician(demo.hr, doctor.physician_id)
    assert record.person.title == "主治医师"
    assert demo.desk.profile.mine(doctor).items[0].status_label == "已同意"


def test_refusing_needs_a_reason_and_keeps_the_record(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    doctor = _registered_doctor(demo)
    demo.desk.profile.submit(doctor, {"school": "中山大学"})
    window = institution_window(qtbot, demo)
    inbox = window.profile_inbox
    settle(qtbot, inbox.list)
    window.tabs.setCurrentWidget(inbox)
    select(qtbot, inbox.list, lambda c: c.field == "school")
    qtbot.waitUntil(lambda: inbox.change is not None, timeout=10_000)
    dialog = inbox.refuse()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.errors.message_of("reason") != "", timeout=10_000)
    dialog.reason.setPlainText("毕业证书上的院校名称与填写不符")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: "已不同意" in inbox.notice.text(), timeout=10_000)
    seen = demo.desk.profile.mine(doctor).items[0]
    assert (seen.status_label, seen.reason) == ("未同意", "毕业证书上的院校名称与填写不符")
    assert demo.desk.roster.physician(demo.hr, doctor.physician_id).person.school == ""


def test_the_physician_asks_from_their_window(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    from app.views.physician import PhysicianWindow

    doctor = _registered_doctor(demo)
    window = PhysicianWindow(demo.desk, doctor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: getattr(window, "detail", None) is not None, timeout=10_000)
    dialog = window.request_profile_change()
    dialog.edits["education"].setText("博士研究生")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    panel = window.profile_changes
    qtbot.waitUntil(lambda: window.record.currentWidget() is panel, timeout=10_000)
    settle(qtbot, panel)
    qtbot.waitUntil(lambda: any(r.field == "education" and r.status == "pending" for r in rows(panel)),
                    timeout=10_000)
    window.grab().save("/tmp/profile_physician.png")
    (waiting,) = demo.desk.profile.pending(demo.hr).items
    assert (waiting.field_label, waiting.new_value) == ("学历", "博士研究生")
