"""The commission's window: new institution accounts (with the SMS), the institution list, staff accounts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog

from tests.conftest import ADMIN_PASSWORD
from tests.gui.helpers import (
    DELEGATE_PHONE,
    NEW_PASSWORD,
    admin,
    institution_fields,
    sign_in,
    sms_credentials,
    wait_for_window,
)


def _commission_window(qtbot: Any, desk: Any, actor: Any) -> Any:
    from app.views.commission import CommissionWindow

    window = CommissionWindow(desk, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.institutions.model.loading)
    return window


def _fill_institution(dialog: Any, number: str = "44010400001") -> None:
    for box in dialog.documents.values():
        box.setChecked(True)
    dialog.name.setText("广州市越秀区第一人民医院")
    dialog.registration_number.setText(number)
    dialog.jurisdiction.set_code("440104")
    dialog.address.setText("广州市越秀区中山二路1号")
    dialog.legal_representative.setText("王建国")
    dialog.principal.setText("李明")
    dialog.subjects.setPlainText("内科、外科\n儿科")
    dialog.delegate_name.setText("陈小红")
    dialog.delegate_phone.setText(DELEGATE_PHONE)


def _credentials_dialog(window: Any) -> Any:
    found = window.findChild(QDialog, "credentialsDialog")
    return found if found is not None and found.isVisible() else None


def test_new_institution_dialog_creates_the_institution_and_shows_the_password_once(qtbot, gui_desk) -> None:  # type: ignore[no-untyped-def]
    window = _commission_window(qtbot, gui_desk, admin(gui_desk))
    dialog = window.new_institution()
    _fill_institution(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: _credentials_dialog(window) is not None, timeout=10_000)
    shown = _credentials_dialog(window)
    username, password = sms_credentials(gui_desk)
    assert (shown.username, shown.password) == (username, password)
    texts = " ".join(label.text() for label in shown.findChildren(type(window.user_label)))
    assert "138****8000" in texts and "短信" in texts and "陈小红" in texts
    qtbot.waitUntil(lambda: window.institutions.model.rowCount() == 1)
    listed = window.institutions.model.item(0)
    assert listed.name == "广州市越秀区第一人民医院" and listed.username == username
    assert listed.subjects == "内科、外科、儿科"
    assert listed.documents_checked["licence"] is True


def test_new_institution_can_sign_in_with_the_password_from_the_sms(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    window = _commission_window(qtbot, gui_desk, admin(gui_desk))
    dialog = window.new_institution()
    _fill_institution(dialog)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: _credentials_dialog(window) is not None, timeout=10_000)
    _credentials_dialog(window).close()
    window.close()

    username, password = sms_credentials(gui_desk)
    sign_in(qtbot, shell, username, password)
    qtbot.waitUntil(lambda: shell.password_dialog is not None and shell.password_dialog.isVisible())
    change = shell.password_dialog
    change.old_password.setText(password)
    change.new_password.setText(NEW_PASSWORD)
    change.new_password2.setText(NEW_PASSWORD)
    change.ok_button.click()
    institution = wait_for_window(qtbot, shell, "institution")
    qtbot.waitUntil(lambda: institution.org_label.text() == "广州市越秀区第一人民医院")


def test_unchecked_documents_are_shown_beside_the_documents_and_nothing_is_created(qtbot, gui_desk) -> None:  # type: ignore[no-untyped-def]
    actor = admin(gui_desk)
    window = _commission_window(qtbot, gui_desk, actor)
    dialog = window.new_institution()
    _fill_institution(dialog)
    dialog.documents["delegate_id"].setChecked(False)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("documents_checked")))
    assert "被委托人身份证" in dialog.errors.message_of("documents_checked")
    assert dialog.isVisible()
    assert gui_desk.accounts.institutions(actor).total == 0


def test_bad_phone_is_shown_beside_the_delegate_phone(qtbot, gui_desk) -> None:  # type: ignore[no-untyped-def]
    window = _commission_window(qtbot, gui_desk, admin(gui_desk))
    dialog = window.new_institution()
    _fill_institution(dialog)
    dialog.delegate_phone.setText("12345")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("delegate_phone")))
    assert dialog.errors.message_of("name") == ""


def test_status_bar_names_user_commission_and_database(qtbot, gui_desk) -> None:  # type: ignore[no-untyped-def]
    window = _commission_window(qtbot, gui_desk, admin(gui_desk))
    assert window.db_label.text() == "数据库：" + gui_desk.describe()
    assert "gui.db" in window.db_label.text() and "SQLite" in window.db_label.text()
    assert window.org_label.text() == "广东省卫生健康委员会"
    assert "gdadmin" in window.user_label.toolTip()


def test_institution_list_pages_through_every_institution(qtbot, qtmodeltester, gui_desk) -> None:  # type: ignore[no-untyped-def]
    actor = admin(gui_desk)
    for i in range(5):
        gui_desk.accounts.create_institution(
            actor, **institution_fields(f"4401040000{i}", f"广州市第{i + 1}人民医院"))
    window = _commission_window(qtbot, gui_desk, actor)
    model = window.institutions.model
    pages: list[int] = []
    model.loaded.connect(pages.append)
    model.page_size = 2
    model.reload()

    def all_loaded() -> bool:
        if model.canFetchMore():
            model.fetchMore()  # the view also fetches while its viewport has room
        return not model.has_more and not model.loading

    qtbot.waitUntil(all_loaded)
    assert pages == [2, 4, 5] and model.total == 5
    assert model.rowCount() == 5
    assert [model.item(r).registration_number for r in range(5)] == [f"4401040000{i}" for i in range(5)]
    qtmodeltester.check(model)
    assert "共 5 家机构" in window.institutions.count.text()


def test_search_narrows_the_institution_list(qtbot, gui_desk) -> None:  # type: ignore[no-untyped-def]
    actor = admin(gui_desk)
    gui_desk.accounts.create_institution(actor, **institution_fields("44010400001", "广州市越秀区医院"))
    gui_desk.accounts.create_institution(actor, **institution_fields("44010400002", "深圳市儿童医院"))
    window = _commission_window(qtbot, gui_desk, actor)
    qtbot.waitUntil(lambda: window.institutions.model.rowCount() == 2)
    window.institutions.search.setText("深圳")
    window.institutions.reload()
    model = window.institutions.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.loading)
    assert window.institutions.model.item(0).name == "深圳市儿童医院"


def test_admin_creates_a_staff_account_that_must_change_its_password(qtbot, gui_desk) -> None:  # type: ignore[no-untyped-def]
    window = _commission_window(qtbot, gui_desk, admin(gui_desk))
    assert window.new_staff_action is not None
    dialog = window.new_staff()
    dialog.name.setText("李娜")
    dialog.username.setText("lina")
    dialog.jurisdiction.set_code("440100")
    dialog.phone.setText("13700137000")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: _credentials_dialog(window) is not None, timeout=10_000)
    shown = _credentials_dialog(window)
    staff = gui_desk.auth.login("lina", shown.password)
    assert staff.role == "commission" and staff.jurisdiction == "440100" and staff.must_change_password


def test_staff_without_admin_rights_gets_no_staff_account_action(qtbot, gui_desk) -> None:  # type: ignore[no-untyped-def]
    _user, password = gui_desk.accounts.create_commission_user(
        admin(gui_desk), username="lina", name="李娜", jurisdiction="440100", phone="13700137000")
    staff = gui_desk.auth.change_password(gui_desk.auth.login("lina", password), password, NEW_PASSWORD)
    window = _commission_window(qtbot, gui_desk, staff)
    assert window.new_staff_action is None
    assert window.org_label.text() == "广东省广州市卫生健康委员会"


def test_reset_password_sends_a_new_password_that_signs_in(qtbot, gui_desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QMessageBox

    actor = admin(gui_desk)
    _info, username, first = gui_desk.accounts.create_institution(actor, **institution_fields())
    window = _commission_window(qtbot, gui_desk, actor)
    qtbot.waitUntil(lambda: window.institutions.model.rowCount() == 1)
    window.institutions.table.selectRow(0)
    assert window.reset_action.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.reset_action.trigger()
    qtbot.waitUntil(lambda: _credentials_dialog(window) is not None, timeout=10_000)
    again, new = sms_credentials(gui_desk)
    assert again == username and new != first and _credentials_dialog(window).password == new
    assert gui_desk.auth.login(username, new).must_change_password


def test_commission_sign_in_through_the_dialog_shows_the_institutions(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    actor = admin(gui_desk)
    gui_desk.accounts.create_institution(actor, **institution_fields())
    sign_in(qtbot, shell, "gdadmin", ADMIN_PASSWORD)
    window = wait_for_window(qtbot, shell, "commission")
    qtbot.waitUntil(lambda: window.institutions.model.rowCount() == 1)


def test_window_size_is_remembered(qtbot, gui_desk) -> None:  # type: ignore[no-untyped-def]
    actor = admin(gui_desk)
    first = _commission_window(qtbot, gui_desk, actor)
    width = max(700, first.minimumSizeHint().width())  # the offscreen screen is 800×600
    first.resize(width, 450)
    assert (first.width(), first.height()) == (width, 450)
    first.close()
    second = _commission_window(qtbot, gui_desk, actor)
    assert (second.width(), second.height()) == (width, 450)
