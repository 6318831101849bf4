"""Sign-in: the login dialog, first-run setup and the forced password change open the right window."""

from __future__ import annotations

from tests.conftest import ADMIN_PASSWORD
from tests.gui.helpers import NEW_PASSWORD, admin, institution_fields, sign_in, wait_for_window

PHYSICIAN_PASSWORD = "Doctor#2026x"


def test_right_password_opens_the_commission_window(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    admin(gui_desk)
    sign_in(qtbot, shell, "gdadmin", ADMIN_PASSWORD)
    window = wait_for_window(qtbot, shell, "commission")
    assert not shell.login.isVisible()
    assert window.user_label.text() == "用户：广东省卫健委管理员"  # the person, not the account
    assert "gdadmin" in window.user_label.toolTip()
    # the app's name only once (Qt adds it)
    assert window.windowTitle() == "卫生健康委 — 广东省卫生健康委员会"
    assert window.org_label.text() == "广东省卫生健康委员会"


def test_right_password_opens_the_institution_window(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    info, username, password = gui_desk.accounts.create_institution(admin(gui_desk), **institution_fields())
    gui_desk.auth.change_password(gui_desk.auth.login(username, password), password, NEW_PASSWORD)
    sign_in(qtbot, shell, username, NEW_PASSWORD)
    window = wait_for_window(qtbot, shell, "institution")
    qtbot.waitUntil(lambda: window.org_label.text() == info.name)
    assert window.fact_labels["registration_number"].text() == "44010400001"


def test_right_password_opens_the_physician_window(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    admin(gui_desk)
    gui_desk.auth.register_physician("张伟", "11010519491231002X", "13900139000", "zhangwei@example.cn",
                                     "zhangwei", PHYSICIAN_PASSWORD)
    sign_in(qtbot, shell, "zhangwei", PHYSICIAN_PASSWORD)
    window = wait_for_window(qtbot, shell, "physician")
    assert window.heading.text() == "张伟"
    assert window.state_label.text() == "未激活"
    assert window.activate_button.isVisibleTo(window)


def test_wrong_password_is_shown_beside_the_password_field(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    admin(gui_desk)
    sign_in(qtbot, shell, "gdadmin", "Wrong#2026x")
    dialog = shell.login
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("password")))
    assert "用户名或密码错误" in dialog.errors.message_of("password")
    assert dialog.errors.message_of("username") == ""
    assert dialog.isVisible() and shell.window is None
    assert dialog.focusWidget() is dialog.password and dialog.password.selectedText() == "Wrong#2026x"


def test_login_dialog_names_the_database(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    assert gui_desk.describe() in shell.login.database.text()
    assert "gui.db" in shell.login.database.text()


def test_first_run_creates_the_administrator_and_signs_in(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    login = shell.login
    qtbot.waitUntil(lambda: login.setup_banner.isVisibleTo(login))
    login.setup_button.click()
    dialog = login.first_run
    assert dialog is not None and dialog.isVisible()
    dialog.username.setText("gdadmin")
    dialog.name.setText("广东省卫健委管理员")
    dialog.jurisdiction.set_code("440000")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.password2.setText(ADMIN_PASSWORD)
    dialog.ok_button.click()
    window = wait_for_window(qtbot, shell, "commission")
    assert window.actor.is_admin and window.actor.jurisdiction == "440000"
    assert not gui_desk.needs_setup()
    assert gui_desk.auth.login("gdadmin", ADMIN_PASSWORD).username == "gdadmin"


def test_first_run_refuses_different_passwords_beside_the_second_field(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    login = shell.login
    qtbot.waitUntil(lambda: login.setup_banner.isVisibleTo(login))
    login.open_first_run()
    dialog = login.first_run
    dialog.username.setText("gdadmin")
    dialog.jurisdiction.set_code("440000")
    dialog.password.setText(ADMIN_PASSWORD)
    dialog.password2.setText(ADMIN_PASSWORD + "y")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.errors.message_of("password2") == "两次输入的密码不一致")
    assert gui_desk.needs_setup()


def test_first_run_form_shows_all_its_errors_at_once(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    login = shell.login
    qtbot.waitUntil(lambda: login.setup_banner.isVisibleTo(login))
    login.open_first_run()
    dialog = login.first_run
    dialog.username.setText("a")  # too short
    dialog.password.setText("weak")
    dialog.password2.setText("other")
    dialog.ok_button.click()  # and no jurisdiction chosen
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("username")))
    for field in ("username", "jurisdiction", "password", "password2"):
        assert dialog.errors.message_of(field), field
    assert dialog.errors.message_of("password2") == "两次输入的密码不一致"
    assert gui_desk.needs_setup()


def test_first_login_forces_a_password_change_before_the_window_opens(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    _info, username, password = gui_desk.accounts.create_institution(admin(gui_desk), **institution_fields())
    sign_in(qtbot, shell, username, password)
    qtbot.waitUntil(lambda: shell.password_dialog is not None and shell.password_dialog.isVisible())
    dialog = shell.password_dialog
    assert dialog.forced and shell.window is None
    dialog.old_password.setText(password)
    dialog.new_password.setText(NEW_PASSWORD)
    dialog.new_password2.setText(NEW_PASSWORD)
    dialog.ok_button.click()
    window = wait_for_window(qtbot, shell, "institution")
    assert not window.actor.must_change_password
    assert gui_desk.auth.login(username, NEW_PASSWORD).must_change_password is False


def test_weak_new_password_is_shown_beside_the_new_password_field(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    _info, username, password = gui_desk.accounts.create_institution(admin(gui_desk), **institution_fields())
    sign_in(qtbot, shell, username, password)
    qtbot.waitUntil(lambda: shell.password_dialog is not None and shell.password_dialog.isVisible())
    dialog = shell.password_dialog
    dialog.old_password.setText(password)
    dialog.new_password.setText("short")
    dialog.new_password2.setText("short")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("new_password")))
    assert "密码强度不足" in dialog.errors.message_of("new_password")
    assert shell.window is None


def test_cancelling_the_forced_change_returns_to_the_login_dialog(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    _info, username, password = gui_desk.accounts.create_institution(admin(gui_desk), **institution_fields())
    first_login = shell.login
    sign_in(qtbot, shell, username, password)
    qtbot.waitUntil(lambda: shell.password_dialog is not None and shell.password_dialog.isVisible())
    shell.password_dialog.reject()
    qtbot.waitUntil(lambda: shell.login is not first_login and shell.login.isVisible())
    assert shell.window is None


def test_logout_returns_to_the_login_dialog_and_ends_the_session(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    from app.services import AuthenticationError
    from app.views import worker

    admin(gui_desk)
    sign_in(qtbot, shell, "gdadmin", ADMIN_PASSWORD)
    window = wait_for_window(qtbot, shell, "commission")
    actor = window.actor
    window.logout_action.trigger()
    qtbot.waitUntil(lambda: shell.login.isVisible() and shell.window is None)
    worker.wait_idle()
    try:
        gui_desk.auth.whoami(actor)
    except AuthenticationError:
        pass
    else:
        raise AssertionError("the session still works after 退出登录")


def test_registered_physician_is_offered_the_username_to_sign_in(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    admin(gui_desk)
    login = shell.login
    login.open_register()
    dialog = _find(login, "registerPhysicianDialog")
    dialog.name.setText("张伟")
    dialog.id_number.setText("11010519491231002X")
    dialog.phone.setText("13900139000")
    dialog.email.setText("zhangwei@example.cn")
    dialog.username.setText("zhangwei")
    dialog.password.setText(PHYSICIAN_PASSWORD)
    dialog.password2.setText(PHYSICIAN_PASSWORD)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: login.username.text() == "zhangwei")
    assert "已注册" in login.notice.text()


def _find(parent, name):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QDialog

    found = parent.findChild(QDialog, name)
    assert found is not None, name
    return found


def test_enter_submits_the_login_and_never_cancels_it(qtbot, gui_desk, shell) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    dialog = shell.login  # it was busy reading the database while it opened
    dialog.password.setFocus()
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(dialog.errors.message_of("username")))
    assert dialog.errors.message_of("username") == "请输入用户名"
    assert dialog.isVisible() and dialog.ok_button.isDefault() and not dialog.cancel_button.isDefault()
    qtbot.keyClick(dialog.username, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
