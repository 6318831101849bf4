"""公众查询: reached from the login dialog and from every window's 帮助 menu; finds a registered physician by
full name and shows only the disclosed fields; a short name is refused beside the field."""

from __future__ import annotations

from typing import Any

import pytest

from tests.gui.helpers import admin
from tests.gui.test_physician_window import PASSWORD, doctor, hospital, open_window, registered


@pytest.fixture
def world(gui_desk: Any) -> dict[str, Any]:
    commission = admin(gui_desk)
    first = hospital(gui_desk, commission, "44010400001", "广州市越秀区第一人民医院")
    doc = doctor(gui_desk, commission, "张伟", "zhangwei")
    case = registered(gui_desk, commission, doc, first, ["内科专业", "全科医学专业"])
    return {"commission": commission, "first": first, "doctor": doc, "case": case}


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def search(qtbot: Any, tab: Any, name: str = "", code: str = "") -> None:
    tab.name.setText(name)
    tab.code.setText(code)
    qtbot.mouseClick(tab.search_button, _left())
    qtbot.waitUntil(lambda: not tab.searching, timeout=10_000)


def test_the_public_register_opens_from_the_login_dialog_without_signing_in(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    login = shell.login
    assert login.public_button.isVisible()
    qtbot.mouseClick(login.public_button, _left())
    window = login._public_register
    qtbot.waitUntil(window.isVisible)
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == ["医师", "护士", "医疗机构"]
    search(qtbot, window.physicians, "张伟")
    assert len(window.physicians.rows()) == 1
    assert shell.window is None  # nobody signed in


def test_a_registered_physician_is_found_by_name_with_only_the_disclosed_fields(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    doc = world["doctor"]
    window = open_window(qtbot, shell, doc)
    register = window.open_public_register()
    qtbot.waitUntil(register.isVisible)
    tab = register.physicians
    search(qtbot, tab, "张伟")
    headers = [tab.model.headerData(c, _horizontal()) for c in range(tab.model.columnCount())]
    assert headers == ["姓名", "性别", "医师级别", "执业类别", "证书编码", "执业地点", "执业机构", "执业范围",
                       "发证机关"]
    [reg] = gui_desk.roster.registrations(world["commission"], doc.id)
    assert reg.practice_certificate_number  # 证书编码: the practice certificate issued with the registration
    [row] = tab.rows()
    assert row == ["张伟", "男", "执业医师", "临床", reg.practice_certificate_number, "广东省",
                   world["first"].name, "内科专业、全科医学专业", "广东省卫生健康委员会"]
    shown = " ".join(" ".join(r) for r in tab.rows())
    for secret in (doc.id_number, doc.phone, f"{doc.username}@example.cn", doc.username,
                   world["case"].registration_code):
        assert secret not in shown
    assert "找到 1 位医师" in tab.count.text()


def test_the_same_physician_is_found_by_either_full_certificate_code(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    from app.views.public_register import PublicRegisterWindow

    register = PublicRegisterWindow(gui_desk)
    qtbot.addWidget(register)
    register.show()
    [reg] = gui_desk.roster.registrations(world["commission"], world["doctor"].id)
    for code in (world["doctor"].certificate_code, reg.practice_certificate_number):
        search(qtbot, register.physicians, code=code)
        assert [r[0] for r in register.physicians.rows()] == ["张伟"]
    search(qtbot, register.physicians, code=reg.practice_certificate_number[:-1])  # not in full: nobody
    assert register.physicians.rows() == []


def test_a_name_shorter_than_two_characters_is_refused_beside_the_name(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    from app.views.public_register import PublicRegisterWindow

    register = PublicRegisterWindow(gui_desk)
    qtbot.addWidget(register)
    register.show()
    tab = register.physicians
    search(qtbot, tab, "张")
    assert "至少2个字" in tab.errors.message_of("name")
    assert tab.rows() == []
    search(qtbot, tab, "")
    assert "请输入姓名或证书编码" in tab.errors.message_of("name")
    search(qtbot, tab, "张伟")
    assert tab.errors.message_of("name") == "" and len(tab.rows()) == 1


def test_institutions_are_found_by_the_start_of_their_name(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    from app.views.public_register import PublicRegisterWindow

    register = PublicRegisterWindow(gui_desk)
    qtbot.addWidget(register)
    register.show()
    register.tabs.setCurrentIndex(2)
    tab = register.institutions
    search(qtbot, tab, "广州市越秀")
    [row] = tab.rows()
    assert row[0] == world["first"].name and row[5] == "44010400001" and row[6] == "2030-12-31"
    assert "13800138000" not in " ".join(row)  # the delegate's phone is not disclosed


def test_nurses_search_says_when_nothing_is_found(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    from app.views.public_register import PublicRegisterWindow

    register = PublicRegisterWindow(gui_desk)
    qtbot.addWidget(register)
    register.show()
    tab = register.nurses
    search(qtbot, tab, "李娜")
    assert tab.rows() == [] and "没有找到" in tab.count.text()


def test_every_role_window_offers_the_public_register_in_its_help_menu(  # type: ignore[no-untyped-def]
    qtbot, gui_desk, shell, world
) -> None:
    from tests.conftest import ADMIN_PASSWORD
    from tests.gui.helpers import sign_in, wait_for_window

    sign_in(qtbot, shell, "gdadmin", ADMIN_PASSWORD)
    window = wait_for_window(qtbot, shell, "commission")
    assert window.public_register_action in window.help_menu.actions()
    window.public_register_action.trigger()
    register = window._public_register
    qtbot.waitUntil(register.isVisible)
    window.public_register_action.trigger()  # a second time raises the same window
    assert window._public_register is register
    search(qtbot, register.physicians, "张伟")
    assert len(register.physicians.rows()) == 1
    assert PASSWORD  # the physician's own password is not needed to search


def test_the_result_table_is_a_well_behaved_model(qtbot, qtmodeltester, gui_desk, shell, world) -> None:  # type: ignore[no-untyped-def]
    from app.views.public_register import PublicRegisterWindow

    register = PublicRegisterWindow(gui_desk)
    qtbot.addWidget(register)
    search(qtbot, register.physicians, "张伟")
    qtmodeltester.check(register.physicians.model)


def _horizontal() -> Any:
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
