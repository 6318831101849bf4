"""窗口受理: walk-in cases entered through the wizard's pages, refusals beside fields, then decided."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt

from tests.gui.commission_support import WAIT, tick_required, wait_ready
from tests.gui.helpers import admin, institution_fields

CLERK_PASSWORD = "Clerk#2026pw"
_serial = itertools.count(1)


def resident_id(area: str = "440106", birth: dt.date = dt.date(1975, 3, 1)) -> str:
    from app.services.validation import resident_id_check_char

    first17 = f"{area}{birth:%Y%m%d}{next(_serial) * 2 + 1:03d}"
    return first17 + resident_id_check_char(first17)


@dataclass
class Counter:
    desk: Any
    clerk: Any
    hospital_id: int
    hospital_name: str


@pytest.fixture
def counter(gui_desk: Any) -> Counter:
    """A province clerk (王芳) and one hospital in 广州."""
    boss = admin(gui_desk)
    info, _user, _pw = gui_desk.accounts.create_institution(boss, **institution_fields())
    username, initial = gui_desk.accounts.create_commission_user(
        boss, username="gzclerk", name="王芳", jurisdiction="440000", phone="13800003333"
    )
    clerk = gui_desk.auth.login(username, initial)
    clerk = gui_desk.auth.change_password(clerk, initial, CLERK_PASSWORD)
    return Counter(gui_desk, clerk, info.id, info.name)


def _window(qtbot: Any, c: Counter) -> Any:
    from app.views.commission import CommissionWindow

    window = CommissionWindow(c.desk, c.clerk)
    qtbot.addWidget(window)
    window.show()
    return window


def _submit(qtbot: Any, wizard: Any) -> None:
    qtbot.mouseClick(wizard.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not wizard.busy, timeout=WAIT)


def _approve_in_dialog(qtbot: Any, window: Any, case_id: int) -> Any:
    qtbot.waitUntil(lambda: case_id in window.case_dialogs, timeout=WAIT)
    dialog = window.case_dialogs[case_id]
    wait_ready(qtbot, dialog)
    assert dialog.claimed
    tick_required(qtbot, dialog)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.case.status == "approved", timeout=WAIT)
    return dialog


def _created(wizard: Any) -> list[Any]:
    made: list[Any] = []
    wizard.created.connect(made.append)
    return made


def test_legacy_backfill_entered_at_the_counter_opens_in_the_case_dialog_and_is_approved(
    qtbot: Any, counter: Any
) -> None:
    window = _window(qtbot, counter)
    wizard = window.counter_wizard()
    made = _created(wizard)
    page = wizard.set_kind("legacy_backfill")
    id_number = resident_id()
    page.name.setText("梁伯涛")
    qtbot.keyClicks(page.id_number, id_number)
    page.certificate_code.setText("199511044000000100000000001")
    page.level.setCurrentIndex(page.level.findData("执业医师"))
    page.category.setCurrentIndex(page.category.findData("中医"))
    page.issued_on.set_value(dt.date(1995, 6, 30))
    _submit(qtbot, wizard)
    assert made, wizard.status.text()
    case = made[0]
    assert (
        case.kind == "legacy_backfill"
        and case.status == "confirmed"
        and case.applicant_id_number == id_number
    )
    assert not shiboken6.isValid(wizard) or not wizard.isVisible()  # closed (and deleted)

    dialog = _approve_in_dialog(qtbot, window, case.id)
    assert dialog.approve_button.text().startswith("批准")
    found = counter.desk.roster.physicians(counter.clerk, id_number).items
    assert [(p.name, p.level, p.category) for p in found] == [("梁伯涛", "执业医师", "中医")]


def test_refusals_land_beside_their_fields_and_write_nothing(qtbot: Any, counter: Any) -> None:
    window = _window(qtbot, counter)
    wizard = window.counter_wizard(kind="legacy_backfill")
    page = wizard.page
    page.name.setText("张三")
    page.id_number.setText("44010619750301")
    _submit(qtbot, wizard)
    assert "18位" in page.errors.message_of("id_number")
    page.id_number.setText(resident_id())
    page.level.setCurrentIndex(page.level.findData("执业医师"))
    page.category.setCurrentIndex(page.category.findData("临床"))
    page.certificate_code.setText("123")
    _submit(qtbot, wizard)
    assert "27位" in page.errors.message_of("certificate_code")
    assert page.errors.message_of("id_number") == ""
    assert counter.desk.cases.queue(counter.clerk).total == 0
    assert wizard.isVisible()

    reg = wizard.set_kind("direct_registration")
    _submit(qtbot, wizard)
    assert "查找" in reg.errors.message_of("physician_id")
    qtbot.keyClicks(reg.physician.query, "440106197001019999")
    qtbot.keyClick(reg.physician.query, Qt.Key.Key_Return)  # Enter searches; it does not submit the wizard
    qtbot.waitUntil(lambda: not reg.physician.loading, timeout=WAIT)
    assert "没有找到" in reg.physician.summary.text() or "身份证" in reg.physician.summary.text()
    assert wizard.isVisible() and reg.physician.value() is None


def test_direct_registration_finds_the_physician_by_resident_id_and_issues_a_code(
    qtbot: Any, counter: Any
) -> None:
    id_number = resident_id()
    boss = counter.desk.auth.login("gdadmin", __import__("tests.conftest").conftest.ADMIN_PASSWORD)
    result = counter.desk.roster.import_qualifications(
        boss,
        [
            {
                "name": "周建华",
                "id_number": id_number,
                "certificate_code": "201811044000000100000000002",
                "level": "执业医师",
                "category": "临床",
            }
        ],
    )
    assert not result.errors

    window = _window(qtbot, counter)
    wizard = window.counter_wizard()
    made = _created(wizard)
    page = wizard.set_kind("direct_registration")
    qtbot.keyClicks(page.physician.query, id_number)
    qtbot.keyClick(page.physician.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.physician.value() is not None, timeout=WAIT)
    assert "周建华" in page.physician.summary.text()
    page.institution.query.setText("越秀区第一")  # QtTest types ASCII only
    qtbot.waitUntil(lambda: page.institution.select(counter.hospital_id), timeout=WAIT)
    assert page.scopes.main.findData("内科专业") > 0  # the scopes of the physician's category
    page.scopes.choose("内科专业", "全科医学专业")
    _submit(qtbot, wizard)
    assert made, wizard.status.text()
    case = made[0]
    assert case.kind == "direct_registration" and case.details["scopes"] == ["内科专业", "全科医学专业"]

    dialog = _approve_in_dialog(qtbot, window, case.id)
    assert dialog.approve_button.text().startswith("准予注册")
    qtbot.waitUntil(lambda: dialog.code_panel.isVisible(), timeout=WAIT)
    stored = counter.desk.cases.get(counter.clerk, case.id)
    assert stored.registration_code and dialog.code_panel.code.text() == stored.registration_code


def test_walk_in_counter_cases_need_all_their_paper_before_approval(qtbot: Any, counter: Any) -> None:
    window = _window(qtbot, counter)
    wizard = window.counter_wizard(kind="foreign_short_term")
    made = _created(wizard)
    page = wizard.page
    page.name.setText("John Smith")
    page.id_number.setText("E12345678")
    page.gender.setCurrentIndex(page.gender.findData("男"))
    page.origin.setText("英国")
    qtbot.waitUntil(lambda: page.inviting.select(counter.hospital_id), timeout=WAIT)
    page.category.setCurrentIndex(page.category.findData("临床"))
    page.scopes.choose("外科专业")
    start = counter.desk.ctx.today() + dt.timedelta(days=30)
    page.term_start.set_value(start)
    page.term_end.set_value(start + dt.timedelta(days=300))
    _submit(qtbot, wizard)
    assert made, wizard.status.text()
    case = made[0]
    assert case.kind == "foreign_short_term" and case.institution_name == counter.hospital_name

    qtbot.waitUntil(lambda: case.id in window.case_dialogs, timeout=WAIT)
    dialog = window.case_dialogs[case.id]
    wait_ready(qtbot, dialog)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)  # no paper ticked yet
    assert "收齐纸质材料" in dialog.banner.text()
    assert counter.desk.cases.get(counter.clerk, case.id).status == "confirmed"
    assert dialog.view.all_received_button.isEnabled()
    qtbot.mouseClick(dialog.view.all_received_button, Qt.MouseButton.LeftButton)  # the whole folder at once
    qtbot.waitUntil(lambda: dialog.view.missing_materials() == [], timeout=WAIT)
    assert not dialog.view.all_received_button.isEnabled()
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.code_panel.isVisible(), timeout=WAIT)
    assert counter.desk.cases.get(counter.clerk, case.id).registration_code


def test_short_term_term_is_checked_beside_the_end_date(qtbot: Any, counter: Any) -> None:
    window = _window(qtbot, counter)
    wizard = window.counter_wizard(kind="hmt_short_term")
    page = wizard.page
    page.name.setText("陈家明")
    page.id_number.setText("H12345678")
    page.gender.setCurrentIndex(page.gender.findData("男"))
    page.origin.setCurrentIndex(page.origin.findData("香港"))
    qtbot.waitUntil(lambda: page.institution.select(counter.hospital_id), timeout=WAIT)
    page.category.setCurrentIndex(page.category.findData("口腔"))
    page.scopes.choose(page.scopes.main.itemData(1))
    start = counter.desk.ctx.today() + dt.timedelta(days=10)
    page.term_start.set_value(start)
    page.term_end.set_value(start.replace(year=start.year + 4))
    _submit(qtbot, wizard)
    assert "3年" in page.errors.message_of("term_end")
    assert counter.desk.cases.queue(counter.clerk).total == 0
