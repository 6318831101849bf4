"""The institution's roster: as-you-type search, filters, the physician's record (registrations, cases with
their timelines), 更换手机号, 生成激活码 and the non-registered pool — through the widgets, on the demo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from app.services import search
from tests.gui.institution_support import (  # noqa: F401 - fixtures
    HOSPITAL,
    demo_fixture,
    demo_template_fixture,
    gone,
    institution_window,
    rows,
    select,
    settle,
)


def _type(qtbot: Any, window: Any, text: str) -> list[Any]:
    """Type into the roster's search box (as the clerk does) and wait for the listing."""
    roster = window.physicians
    roster.search.clear()
    if text.isascii():
        qtbot.keyClicks(roster.search, text)
    else:  # QTest types ASCII only; Chinese arrives through the input method as a whole string
        roster.search.insert(text)
    qtbot.waitUntil(lambda: roster._query == text.strip(), timeout=5_000)  # the debounced reload ran
    settle(qtbot, roster)
    return rows(roster)


def _registered(demo: Any) -> Any:
    """A physician registered with 广州市第一人民医院 (the first of its roster with a registration code)."""
    page = demo.desk.roster.physicians(demo.hr, status="active", limit=50)
    return next(r for r in page.items if r.registration_code and r.main_institution_name == HOSPITAL)


def test_roster_lists_the_institutions_physicians_with_the_columns_hr_needs(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    roster = window.physicians
    headers = [roster.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(roster.model.columnCount())]
    assert headers == ["姓名", "性别", "身份证号", "级别", "类别", "执业范围", "电子化注册识别码",
                       "执业证书编码", "主执业/多机构备案", "状态"]
    expected = demo.desk.roster.physicians(demo.hr, with_total=True).total
    assert roster.model.total == expected > 0
    assert roster.count.text().startswith(f"共 {expected} 位医师")
    first = rows(roster)[0]
    index = roster.model.index(0, headers.index("身份证号"))
    assert roster.model.data(index) == first.id_number  # IDs in full
    assert {r.relation for r in rows(roster)} <= {"主执业", "多机构备案", "申请中", ""}


def test_search_finds_a_physician_by_name_initials_resident_id_and_registration_code(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    doctor = _registered(demo)
    by_name = _type(qtbot, window, doctor.name)
    assert doctor.id in [r.id for r in by_name] and all(r.name.startswith(doctor.name) for r in by_name)
    initials = search.initials_combinations(doctor.name)[0]
    assert doctor.id in [r.id for r in _type(qtbot, window, initials)]
    assert [r.id for r in _type(qtbot, window, doctor.id_number)] == [doctor.id]
    assert [r.id for r in _type(qtbot, window, doctor.registration_code)] == [doctor.id]
    assert [r.id for r in _type(qtbot, window, doctor.certificate_code)] == [doctor.id]
    assert _type(qtbot, window, "110105194912310021") == []  # nobody of ours
    assert window.physicians.count.text().startswith("共 0 位医师")


def test_filters_narrow_the_roster_by_status_category_and_level(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    roster = window.physicians
    everyone = roster.model.total
    roster.level_box.setCurrentIndex(roster.level_box.findData("执业助理医师"))
    settle(qtbot, roster)
    assistants = rows(roster)
    assert assistants and all(r.level == "执业助理医师" for r in assistants)
    assert roster.model.total < everyone
    roster.level_box.setCurrentIndex(0)
    roster.category_box.setCurrentIndex(roster.category_box.findData("口腔"))
    settle(qtbot, roster)
    assert rows(roster) and all(r.category == "口腔" for r in rows(roster))
    roster.category_box.setCurrentIndex(0)
    roster.status_box.setCurrentIndex(roster.status_box.findData("none"))
    settle(qtbot, roster)
    waiting = rows(roster)  # physicians applying to us, not registered anywhere yet
    assert waiting and all(r.status == "none" and r.status_label == "未注册" for r in waiting)
    assert "申请中" in {r.relation for r in waiting}
    assert roster.model.total == demo.desk.roster.physicians(demo.hr, status="none", with_total=True).total


def test_roster_model_passes_the_model_tester(qtbot, qtmodeltester, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    qtmodeltester.check(window.physicians.model)
    qtmodeltester.check(window.pool.model)


def test_opening_a_physician_shows_registrations_and_each_case_with_its_timeline(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    doctor = _registered(demo)
    _type(qtbot, window, doctor.id_number)
    window.physicians.table.selectRow(0)
    qtbot.keyClick(window.physicians.table, Qt.Key.Key_Return)  # Enter opens the record
    dialog = window.findChild(QDialog, "physicianDetailDialog")
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10_000)
    assert dialog.person_labels["id_number"].text() == doctor.id_number
    regs = dialog.registrations
    assert regs.item(0, 0).text() == HOSPITAL and regs.item(0, 6).text() == doctor.registration_code
    assert dialog.code_button.isEnabled() and dialog.filing_button.isEnabled()
    assert dialog.cases.rowCount() >= 1
    panel = dialog.case_panel
    qtbot.waitUntil(lambda: panel.case is not None, timeout=10_000)  # the newest case is shown at once
    timeline = panel.view.timeline
    assert timeline.rowCount() >= 1
    actions = [timeline.item(r, 4).text() for r in range(timeline.rowCount())]
    assert "准予注册" in actions  # the commission's decision is in the history
    # opening the same physician again brings the same window forward
    assert window.open_physician(doctor.id) is dialog


def test_phone_change_refuses_a_bad_number_beside_the_field_and_records_a_good_one(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    doctor = _registered(demo)
    dialog = window.open_physician(doctor.id, doctor.name)
    qtbot.waitUntil(lambda: dialog.detail is not None, timeout=10_000)
    change = dialog.change_phone()
    change.phone.setText("12345")
    change.ok_button.click()
    qtbot.waitUntil(lambda: bool(change.errors.message_of("phone")), timeout=10_000)
    assert change.isVisible()
    change.phone.setText("13912345678")
    qtbot.keyClick(change.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: gone(change), timeout=10_000)
    qtbot.waitUntil(lambda: dialog.person_labels["phone"].text() == "13912345678", timeout=10_000)
    assert "13912345678" in dialog.notice.text()
    assert demo.desk.roster.physician(demo.hr, doctor.id).person.phone == "13912345678"


def test_activation_code_from_the_record_lets_the_physician_activate_the_account(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    doctor = demo.desk.accounts.awaiting_activation(demo.hr).items[0]  # registered with us, no account yet
    dialog = window.open_physician(doctor.physician_id, doctor.name)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.code_button.isEnabled(), timeout=10_000)
    dialog.code_button.click()
    shown = None

    def code_dialog() -> Any:
        nonlocal shown
        shown = dialog.findChild(QDialog, "activationCodeDialog")
        return shown is not None and shown.isVisible()

    qtbot.waitUntil(code_dialog, timeout=10_000)
    person = dialog.detail.person
    demo.desk.auth.register_physician(person.name, person.id_number, "13700137000", "doc@example.cn",
                                      "newdoctor", "Doctor#2026x")
    physician = demo.desk.auth.login("newdoctor", "Doctor#2026x")
    assert demo.desk.auth.activate_physician(physician, activation_code=shown.code).activated
    # a second code for an activated account is refused, and the refusal is shown in the record
    dialog.code_button.click()
    qtbot.waitUntil(lambda: "已激活" in dialog.notice.text(), timeout=10_000)


def test_pool_tab_counts_down_the_two_years_of_a_filed_physician(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    clerk = demo.clerk()
    filing = demo.desk.cases.queue(demo.hr, kind="institution_filing", status="confirmed").items[0]
    demo.desk.cases.approve(clerk, filing.id, filing.version)  # the demo's departure (调离), decided
    window = institution_window(qtbot, demo)
    window.tabs.setCurrentWidget(window.pool)
    # the demo's two retired physicians are in the pool already; the departure (40 days ago) joins them
    qtbot.waitUntil(lambda: window.pool.model.rowCount() == 3, timeout=10_000)
    row = next(r for r in range(3) if window.pool.model.item(r).physician_id == filing.physician_id)
    entry = window.pool.model.item(row)
    assert entry.reason_label == "调离"
    headers = [window.pool.model.headerData(i, Qt.Orientation.Horizontal)
               for i in range(window.pool.model.columnCount())]
    cell = window.pool.model.data(window.pool.model.index(row, headers.index("剩余天数")))
    assert cell == f"还剩 {entry.days_left} 天" and entry.days_left in (690, 691)
    assert window.pool.model.data(window.pool.model.index(row, headers.index("备案日期"))) == "2026-10-15"
    # the roster shows the physician as filed, and the filter finds them
    roster = window.physicians
    roster.status_box.setCurrentIndex(roster.status_box.findData("filed"))
    settle(qtbot, roster)
    filed = {r.id: r for r in rows(roster)}
    assert filing.physician_id in filed and len(filed) == 3
    assert filed[filing.physician_id].status_label == "非在册（已备案）"
    select(qtbot, window.pool, lambda e: e.physician_id == filing.physician_id)
