"""The physician's window: applications through the form, their progress as the hospital and the commission
act (through the services, as other PCs would), corrections after a return, drafts, withdrawal."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any

import pytest

from app.services import reference
from app.services.validation import resident_id_check_char
from tests.gui.helpers import admin, institution_fields, sign_in, wait_for_window

PASSWORD = "Doctor#2026x"
HR_PASSWORD = "Hospital#2026x"
_serial = itertools.count(1)


# --- people made through the services ------------------------------------------------------------


@dataclass
class Hospital:
    id: int
    name: str
    actor: Any


@dataclass
class Doctor:
    id: int
    name: str
    username: str
    id_number: str
    phone: str
    certificate_code: str


def resident_id(area: str = "440104", birth: str = "19880808") -> str:
    first17 = f"{area}{birth}{(next(_serial) % 400) * 2 + 1:03d}"
    return first17 + resident_id_check_char(first17)


def hospital(desk: Any, commission: Any, number: str, name: str, jurisdiction: str = "440104") -> Hospital:
    """An institution account created at the counter, its HR signed in with the password changed."""
    fields = {**institution_fields(number, name), "jurisdiction": jurisdiction}
    info, username, initial = desk.accounts.create_institution(commission, **fields)
    hr = desk.auth.login(username, initial)
    hr = desk.auth.change_password(hr, initial, HR_PASSWORD)
    return Hospital(info.id, name, hr)


def doctor(desk: Any, commission: Any, name: str, username: str, *, level: str = "执业医师",
           category: str = "临床", area: str = "440104") -> Doctor:
    """A physician from the exam centre's list with an activated account of their own."""
    n = next(_serial)
    id_number = resident_id(area)
    code = f"2019110440{n:017d}"
    result = desk.roster.import_qualifications(commission, [{
        "name": name, "id_number": id_number, "certificate_code": code, "exam_ticket": "", "level": level,
        "category": category}])
    assert not result.errors, result.errors
    phone = f"139{n:08d}"
    registered = desk.auth.register_physician(name, id_number, phone, f"{username}@example.cn", username,
                                              PASSWORD)
    actor = desk.auth.login(username, PASSWORD)
    desk.auth.activate_physician(actor, certificate_code=code)
    return Doctor(registered.physician_id, name, username, id_number, phone, code)


def registered(desk: Any, commission: Any, doc: Doctor, at: Hospital, scopes: list[str]) -> Any:
    """The physician applied, the hospital confirmed and the commission approved (all through services)."""
    actor = desk.auth.login(doc.username, PASSWORD)
    case = desk.cases.submit(actor, "first_registration", doc.id, institution_id=at.id, scopes=scopes)
    case = desk.cases.confirm(at.actor, case.id, case.version)
    return desk.cases.approve(commission, case.id, case.version)


@pytest.fixture
def world(gui_desk: Any) -> dict[str, Any]:
    commission = admin(gui_desk)
    first = hospital(gui_desk, commission, "44010400001", "广州市越秀区第一人民医院")
    second = hospital(gui_desk, commission, "44010600002", "广州市天河区中医医院", "440106")
    return {"commission": commission, "first": first, "second": second}


def open_window(qtbot: Any, shell: Any, doc: Doctor) -> Any:
    sign_in(qtbot, shell, doc.username, PASSWORD)
    window = wait_for_window(qtbot, shell, "physician")
    assert window.actor.activated
    return window


def dialog_ready(qtbot: Any, dialog: Any) -> Any:
    qtbot.waitUntil(lambda: dialog.detail is not None and not dialog.busy, timeout=10_000)
    return dialog


def pick_institution(qtbot: Any, picker: Any, typed: str, name: str) -> None:
    """Type into the picker's search box as a user does (QTest types Latin letters only: pinyin initials),
    wait for the list, click the institution."""
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, typed)
    qtbot.waitUntil(lambda: name in [c.name for c in picker.choices()], timeout=10_000)
    row = [c.name for c in picker.choices()].index(name)
    item = picker.list.item(row)
    rect = picker.list.visualItemRect(item)
    from PySide6.QtCore import Qt

    qtbot.mouseClick(picker.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert picker.choice() is not None and picker.choice().name == name


def closed(dialog: Any) -> bool:
    """The dialog went away (it deletes itself on close)."""
    import shiboken6

    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def listed(window: Any) -> list[Any]:
    model = window.applications.model
    return [model.item(r) for r in range(model.rowCount())]


def shown_case(window: Any) -> Any:
    data = window.applications.data
    return data.case if data is not None else None


def shown_status(window: Any) -> str:
    case = shown_case(window)
    return case.status if case is not None else ""


# --- the flows -------------------------------------------------------------------------------------


def test_the_form_offers_exactly_the_kinds_a_physician_starts(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    doc = doctor(gui_desk, world["commission"], "陈静", "chenjing")
    window = open_window(qtbot, shell, doc)
    dialog = dialog_ready(qtbot, window.new_application())
    offered = [dialog.kind_box.itemData(i) for i in range(dialog.kind_box.count())]
    assert offered == reference.kinds_started_by("physician")
    assert dialog.kind() == "first_registration" and dialog.ok_button.isEnabled()


def test_a_physician_submits_a_first_registration_and_follows_it_to_the_issued_code(  # type: ignore[no-untyped-def]
        qtbot, gui_desk, shell, world) -> None:
    doc = doctor(gui_desk, world["commission"], "张伟", "zhangwei")
    first = world["first"]
    window = open_window(qtbot, shell, doc)
    qtbot.waitUntil(lambda: window.applications.count.text() == "还没有申请")

    qtbot.mouseClick(window.new_button, _left())
    dialog = dialog_ready(qtbot, _open_dialog(qtbot, window))
    page = dialog.page
    assert page.level.currentText() == "执业医师" and page.category.currentText() == "临床"
    pick_institution(qtbot, page.institution, "gzsyx", first.name)  # pinyin initials of 广州市越秀区…
    assert page.place.text() == "广东省"
    page.scopes.main.setCurrentIndex(page.scopes.main.findText("内科专业"))
    page.scopes.extra.setCurrentIndex(page.scopes.extra.findText("全科医学专业"))
    qtbot.mouseClick(dialog.ok_button, _left())
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)

    qtbot.waitUntil(lambda: len(listed(window)) == 1 and shown_case(window) is not None, timeout=10_000)
    case = listed(window)[0]
    assert (case.kind, case.status, case.institution_name) == ("first_registration", "submitted", first.name)
    assert case.details["scopes"] == ["内科专业", "全科医学专业"]
    assert "等待" in window.applications.banner.text() and first.name in window.applications.banner.text()
    assert window.withdraw_button.isEnabled() and not window.edit_button.isEnabled()

    # the hospital confirms at its own PC: the change feed brings it here
    gui_desk.cases.confirm(first.actor, case.id, case.version)
    qtbot.waitUntil(lambda: shown_status(window) == "confirmed", timeout=10_000)
    assert "等待卫生健康委审核" in window.applications.banner.text()
    qtbot.waitUntil(lambda: [c.status for c in listed(window)] == ["confirmed"])

    # the commission approves: the code is shown, in the list and on the registration tab
    confirmed = gui_desk.cases.get(world["commission"], case.id)
    approved = gui_desk.cases.approve(world["commission"], case.id, confirmed.version)
    assert approved.registration_code
    qtbot.waitUntil(lambda: shown_status(window) == "approved", timeout=10_000)
    assert window.applications.code.isVisibleTo(window)
    assert approved.registration_code in window.applications.code.text()
    qtbot.waitUntil(lambda: [c.registration_code for c in listed(window)] == [approved.registration_code])
    assert "办结" in window.applications.progress.text()
    qtbot.waitUntil(lambda: window.registrations.item(0, 6) is not None
                    and window.registrations.item(0, 6).text() == approved.registration_code)
    assert not window.withdraw_button.isEnabled() and not window.edit_button.isEnabled()
    assert window.notice_button.isEnabled()


def test_a_returned_case_shows_the_reason_and_is_corrected_and_resubmitted(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    doc = doctor(gui_desk, world["commission"], "李娜", "lina")
    first = world["first"]
    actor = gui_desk.auth.login(doc.username, PASSWORD)
    case = gui_desk.cases.submit(actor, "first_registration", doc.id, institution_id=first.id,
                                 scopes=["外科专业"])
    gui_desk.cases.return_case(first.actor, case.id, case.version, "photo_unqualified", "照片背景不是白色")

    window = open_window(qtbot, shell, doc)
    qtbot.waitUntil(lambda: shown_status(window) == "returned",
                    timeout=10_000)
    banner = window.applications.banner.text()
    assert "照片背景不是白色" in banner and reference.reason_label("photo_unqualified") in banner
    assert first.name in banner
    assert window.edit_button.isEnabled() and window.edit_button.text() == "修改后重新提交…"

    qtbot.mouseClick(window.edit_button, _left())
    dialog = dialog_ready(qtbot, _open_dialog(qtbot, window))
    assert dialog.mode == "returned" and not dialog.kind_box.isEnabled()
    assert "照片背景不是白色" in dialog.explanation.text() and dialog.explanation.isVisibleTo(dialog)
    assert dialog.ok_button.text() == "重新提交"
    page = dialog.page
    qtbot.waitUntil(lambda: page.institution.choice() is not None)  # the saved institution, read by id
    assert page.institution.choice().name == first.name
    assert page.scopes.scopes() == ["外科专业"]
    page.scopes.main.setCurrentIndex(page.scopes.main.findText("内科专业"))
    page.note.setText("已重新上传白底照片")
    qtbot.mouseClick(dialog.ok_button, _left())
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)

    qtbot.waitUntil(lambda: shown_status(window) == "submitted", timeout=10_000)
    stored = gui_desk.cases.get(actor, case.id)
    assert stored.status == "submitted" and stored.details["scopes"] == ["内科专业"]
    assert stored.details["note"] == "已重新上传白底照片"
    actions = [e.action for e in gui_desk.cases.timeline(actor, case.id)]
    assert actions == ["submit", "return", "resubmit"]
    assert "重新提交" in window.statusBar().currentMessage()


def test_a_new_main_institution_in_a_change_is_refused_beside_the_field(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    doc = doctor(gui_desk, world["commission"], "王芳", "wangfang")
    registered(gui_desk, world["commission"], doc, world["first"], ["内科专业"])
    window = open_window(qtbot, shell, doc)
    qtbot.waitUntil(lambda: len(listed(window)) == 1)
    dialog = dialog_ready(qtbot, window.new_application("change"))
    page = dialog.page
    assert page.registration.registration() is not None
    assert page.institution.choice().name == world["first"].name  # the main institution, as registered
    pick_institution(qtbot, page.institution, "gzsth", world["second"].name)
    page.scopes.main.setCurrentIndex(page.scopes.main.findText("外科专业"))
    qtbot.mouseClick(dialog.ok_button, _left())
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("institution_id")), timeout=10_000)
    assert "须重新注册" in dialog.errors.message_of("institution_id")
    assert dialog.isVisible()
    assert gui_desk.cases.queue(window.actor, kind="change").total == 0

    # the same form with the main institution kept: submitted
    page.institution.set_choice(None)
    pick_institution(qtbot, page.institution, "gzsyx", world["first"].name)
    qtbot.mouseClick(dialog.ok_button, _left())
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    [change] = gui_desk.cases.queue(window.actor, kind="change").items
    assert change.status == "submitted" and change.details["scopes"] == ["外科专业"]


def test_a_draft_is_saved_and_submitted_later(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    doc = doctor(gui_desk, world["commission"], "刘洋", "liuyang", category="口腔")
    window = open_window(qtbot, shell, doc)
    dialog = dialog_ready(qtbot, window.new_application())
    page = dialog.page
    pick_institution(qtbot, page.institution, "GZSYX", world["first"].name)
    qtbot.mouseClick(dialog.save_button, _left())  # 保存草稿: the scope is still missing, and that is fine
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: shown_status(window) == "draft",
                    timeout=10_000)
    assert window.edit_button.text() == "编辑草稿…" and window.edit_button.isEnabled()
    assert not window.print_button.isEnabled()

    dialog = dialog_ready(qtbot, window.edit_application())
    assert dialog.mode == "draft"
    page = dialog.page
    qtbot.waitUntil(lambda: page.institution.choice() is not None)
    qtbot.mouseClick(dialog.ok_button, _left())  # 提交申请 without a scope: refused beside the field
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("scopes")), timeout=10_000)
    assert "执业范围" in dialog.errors.message_of("scopes")
    page.scopes.main.setCurrentIndex(page.scopes.main.findText("口腔专业"))
    qtbot.mouseClick(dialog.ok_button, _left())
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: shown_status(window) == "submitted", timeout=10_000)
    qtbot.waitUntil(lambda: [c.status for c in listed(window)] == ["submitted"])
    [case] = listed(window)
    assert case.details["scopes"] == ["口腔专业"] and case.institution_name == world["first"].name


def test_a_case_is_withdrawn_before_the_decision(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    doc = doctor(gui_desk, world["commission"], "赵敏", "zhaomin")
    actor = gui_desk.auth.login(doc.username, PASSWORD)
    gui_desk.cases.submit(actor, "first_registration", doc.id, institution_id=world["first"].id,
                          scopes=["儿科专业"])
    window = open_window(qtbot, shell, doc)
    qtbot.waitUntil(lambda: shown_case(window) is not None)
    dialog = window.withdraw_application()
    dialog.note.setText("拟更换执业机构")
    qtbot.mouseClick(dialog.ok_button, _left())
    qtbot.waitUntil(lambda: shown_status(window) == "withdrawn", timeout=10_000)
    assert "拟更换执业机构" in window.applications.banner.text()
    assert not window.withdraw_button.isEnabled()


def test_a_withdrawal_after_the_hospital_acted_is_refused_naming_who(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    doc = doctor(gui_desk, world["commission"], "孙丽", "sunli")
    actor = gui_desk.auth.login(doc.username, PASSWORD)
    case = gui_desk.cases.submit(actor, "first_registration", doc.id, institution_id=world["first"].id,
                                 scopes=["内科专业"])
    window = open_window(qtbot, shell, doc)
    qtbot.waitUntil(lambda: shown_case(window) is not None)
    dialog = window.withdraw_application()
    gui_desk.cases.confirm(world["first"].actor, case.id, case.version)  # meanwhile, at the hospital
    qtbot.mouseClick(dialog.ok_button, _left())
    qtbot.waitUntil(lambda: dialog.status.isVisibleTo(dialog), timeout=10_000)
    assert world["first"].name in dialog.status.text() and "机构确认" in dialog.status.text()
    assert not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: shown_status(window) == "confirmed", timeout=10_000)
    assert gui_desk.cases.get(actor, case.id).status == "confirmed"


def test_an_assistant_filing_outside_the_main_county_is_flagged_as_the_form_is_filled(  # type: ignore[no-untyped-def]
        qtbot, gui_desk, shell, world) -> None:
    doc = doctor(gui_desk, world["commission"], "周强", "zhouqiang", level="执业助理医师")
    registered(gui_desk, world["commission"], doc, world["first"], ["内科专业"])
    window = open_window(qtbot, shell, doc)
    dialog = dialog_ready(qtbot, window.new_application("multi_site_filing"))
    page = dialog.page
    assert "越秀区" in page.rule.text()
    pick_institution(qtbot, page.institution, "gzsth", world["second"].name)  # 440106, not 440104
    assert "只能备案主要执业机构所在县" in dialog.errors.message_of("institution_id")
    pick_institution(qtbot, page.institution, "gzsyx", world["first"].name)
    assert "主要执业机构" in dialog.errors.message_of("institution_id")


def test_forms_that_cannot_apply_say_why_and_keep_their_buttons_off(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    doc = doctor(gui_desk, world["commission"], "吴刚", "wugang")
    window = open_window(qtbot, shell, doc)
    dialog = dialog_ready(qtbot, window.new_application("change"))
    assert "电子化注册识别码" in dialog.page.block_label.text()
    assert not dialog.ok_button.isEnabled() and not dialog.save_button.isEnabled()
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("first_registration"))
    assert dialog.ok_button.isEnabled() and not dialog.page.block_label.isVisibleTo(dialog)


def test_the_physician_prints_the_checklist_and_the_notice_of_the_issued_code(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    from app.views.print_preview import paper_service

    doc = doctor(gui_desk, world["commission"], "黄磊", "huanglei")
    case = registered(gui_desk, world["commission"], doc, world["first"], ["内科专业"])
    window = open_window(qtbot, shell, doc)
    qtbot.waitUntil(lambda: shown_status(window) == "approved", timeout=10_000)
    assert window.print_button.isEnabled() and window.notice_button.isEnabled()
    qtbot.mouseClick(window.print_button, _left())
    qtbot.waitUntil(lambda: getattr(window, "preview", None) is not None, timeout=30_000)
    assert case.number in window.preview.windowTitle() and "材料清单" in window.preview.windowTitle()
    window.preview.close()
    window.preview = None
    qtbot.mouseClick(window.notice_button, _left())
    qtbot.waitUntil(lambda: getattr(window, "preview", None) is not None, timeout=30_000)
    assert "注册结果通知" in window.preview.windowTitle()
    window.preview.close()
    assert paper_service(gui_desk).prints(window.actor, case.id) == []  # previews only: nothing printed yet


def test_the_applications_list_is_a_well_behaved_model(qtbot, qtmodeltester, gui_desk, shell, world) -> None:  # type: ignore[no-untyped-def]
    doc = doctor(gui_desk, world["commission"], "郑爽", "zhengshuang")
    actor = gui_desk.auth.login(doc.username, PASSWORD)
    gui_desk.cases.submit(actor, "first_registration", doc.id, institution_id=world["first"].id,
                          scopes=["内科专业"])
    gui_desk.cases.save_draft(actor, "deregistration", doc.id, reason="own_request",
                              effective_date=dt.date(2026, 12, 31))
    window = open_window(qtbot, shell, doc)
    qtbot.waitUntil(lambda: len(listed(window)) == 2)
    qtmodeltester.check(window.applications.model)


# --- small helpers ---------------------------------------------------------------------------------


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def _open_dialog(qtbot: Any, window: Any) -> Any:
    from app.views.application_dialog import ApplicationDialog

    found: list[Any] = []

    def opened() -> bool:
        found[:] = [w for w in window.findChildren(ApplicationDialog) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(opened)
    return found[-1]
