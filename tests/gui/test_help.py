"""用户手册: F1 and 帮助 → 用户手册 open the guide with its screenshots (role windows and the login)."""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument

from tests.gui.institution_support import Demo, demo, demo_template, institution_window  # noqa: F401

IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


def test_the_guide_names_only_screenshots_that_exist() -> None:
    from app.views.help import guide_path

    path = guide_path()
    assert path is not None
    names = IMAGE.findall(path.read_text(encoding="utf-8"))
    assert len(names) >= 15
    for name in names:
        assert not QImage(str(path.parent / name)).isNull(), name


def test_f1_opens_the_guide_with_its_pictures_from_the_institution_window(qtbot: Any, demo: Demo) -> None:
    from app.views.help import HelpDialog

    window = institution_window(qtbot, demo)
    window.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialogs = [w for w in window.findChildren(HelpDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    doc = dialog.browser.document()
    assert "医疗机构人事科" in doc.toPlainText()
    image = doc.resource(QTextDocument.ResourceType.ImageResource, QUrl("screenshots/institution-roster.png"))
    assert image is not None and not image.isNull()
    assert dialog.contents.count() >= 20
    scroll = dialog.browser.verticalScrollBar()
    assert dialog.go_to("注销注册") and scroll.value() > 0
    window.guide_action.trigger()  # 帮助 → 用户手册 brings the same window to the front
    assert [w for w in window.findChildren(HelpDialog) if w.isVisible()] == [dialog]


def test_f1_on_the_login_dialog_opens_the_guide(qtbot: Any, gui_desk: Any) -> None:
    from app.views.help import HelpDialog
    from app.views.login import LoginDialog

    login = LoginDialog(gui_desk)
    qtbot.addWidget(login)
    login.show()
    login.help_shortcut.activated.emit()
    assert any(isinstance(w, HelpDialog) and w.isVisible() for w in login.findChildren(HelpDialog))


def test_f1_after_sign_out_opens_a_new_guide(qtbot: Any, gui_desk: Any) -> None:
    """The guide opened from a role window is deleted with it at sign-out; F1 on the login dialog then
    opens a new one (it raised "C++ object already deleted")."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QWidget

    from app.views.help import HelpDialog, open_help
    from app.views.login import LoginDialog

    window = QWidget()
    first = open_help(window)
    window.deleteLater()  # signed out: the role window goes, its guide with it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    login = LoginDialog(gui_desk)
    qtbot.addWidget(login)
    login.show()
    login.help_shortcut.activated.emit()
    guides = [w for w in login.findChildren(HelpDialog) if w.isVisible()]
    assert len(guides) == 1 and guides[0] is not first


def test_guide_headings_skip_code_blocks() -> None:
    from app.views.help import headings

    text = "# 手册\n## 登录\n```\n## 不是标题\n```\n### 修改密码\n"
    assert headings(text) == [(2, "登录"), (3, "修改密码")]


def test_the_guide_is_read_from_the_package_resources() -> None:
    """One copy, inside the package (app/resources/help), so an installed wheel or the PyInstaller folder
    finds it as a checkout does."""
    from app import resources
    from app.views.help import guide_path

    assert guide_path() == resources.path("help") / "user-guide.md"
    assert (resources.path("help") / "screenshots" / "login.png").is_file()


def test_in_english_the_guide_is_the_english_one_with_english_pictures(qtbot: Any, qapp: Any) -> None:
    from app.views.help import HelpDialog, guide_path
    from app.views.theme import install_translations, remove_translations

    installed = install_translations(qapp, "en")
    try:
        path = guide_path()
        assert path is not None and path.name == "user-guide.en.md"
        names = IMAGE.findall(path.read_text(encoding="utf-8"))
        assert names and all(name.startswith("screenshots/en/") for name in names)
        for name in names:
            assert not QImage(str(path.parent / name)).isNull(), name
        dialog = HelpDialog()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "User guide"
        assert "Hospital HR office" in dialog.browser.document().toPlainText()
        assert dialog.go_to("Deregistration")
    finally:
        remove_translations(qapp, installed)
    assert guide_path().name == "user-guide.md"  # type: ignore[union-attr]
