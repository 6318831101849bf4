"""设置: reachable from the login dialog and the window menu; address, password, language and idle lock."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings

import main
from app import config
from app.views import settings_dialog as sd
from tests.conftest import ADMIN_PASSWORD
from tests.gui.helpers import admin, sign_in, wait_for_window


class MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Any:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def _dialog(qtbot: Any) -> sd.SettingsDialog:
    dialog = sd.SettingsDialog(current="SQLite：/tmp/x.db")
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_settings_open_from_the_login_dialog(qtbot: Any, shell: Any) -> None:
    dialog = shell.login.open_settings()
    assert isinstance(dialog, sd.SettingsDialog) and dialog.isVisible()
    assert "gui.db" in dialog.current_label.text()
    dialog.reject()


def test_settings_open_from_the_window_menu(qtbot: Any, gui_desk: Any, shell: Any) -> None:
    admin(gui_desk)
    sign_in(qtbot, shell, "gdadmin", ADMIN_PASSWORD)
    window = wait_for_window(qtbot, shell, "commission")
    assert window.settings_action in window.file_menu.actions()
    window.settings_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, sd.SettingsDialog) and w.isVisible()
                                for w in window.findChildren(sd.SettingsDialog)))


def test_kept_address_comes_after_db_option_and_environment(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                                            tmp_path: Path) -> None:
    monkeypatch.delenv(config.ENV_URL, raising=False)
    kept = "postgresql+psycopg://clerk@db.example:5432/regdesk"
    QSettings().setValue(sd.ADDRESS_KEY, kept)
    assert main.database_url(main.parse_args([])) == kept
    assert main.database_url(main.parse_args(["--db", "sqlite:///x.db"])) == "sqlite:///x.db"
    monkeypatch.setenv(config.ENV_URL, "sqlite:///env.db")
    assert main.database_url(main.parse_args([])) == "sqlite:///env.db"
    monkeypatch.delenv(config.ENV_URL)
    QSettings().setValue(sd.ADDRESS_KEY, "")
    assert main.database_url(main.parse_args([])).endswith("regdesk.db")


def test_saving_keeps_address_language_and_idle_minutes(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot)
    saved: list[bool] = []
    dialog.saved.connect(saved.append)
    dialog.address.setText(str(tmp_path / "office.db"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.idle_minutes.setValue(30)
    dialog.save_button.click()
    assert saved == [True]
    assert sd.saved_address() == f"sqlite:///{tmp_path / 'office.db'}"
    assert sd.saved_language() == "en"
    assert int(QSettings().value("session/idle_lock_minutes")) == 30  # the key the idle lock reads
    assert main.parse_args([]).lang is None  # so main.py takes the kept language


def test_connection_test_answers_in_chinese_without_making_the_file(qtbot: Any, tmp_path: Path) -> None:
    dialog = _dialog(qtbot)
    dialog.address.setText(str(tmp_path / "missing" / "x.db"))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "文件夹不存在" in dialog.answer.text(), timeout=10_000)
    dialog.address.setText(str(tmp_path / "new.db"))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "第一次打开时会创建" in dialog.answer.text(), timeout=10_000)
    assert dialog.last_check.ok
    assert not (tmp_path / "new.db").exists()


def test_connection_test_of_a_migrated_file_names_its_schema_version(qtbot: Any, gui_desk: Any,
                                                                    tmp_path: Path) -> None:
    dialog = _dialog(qtbot)
    dialog.address.setText(str(tmp_path / "gui.db"))
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "连接成功" in dialog.answer.text(), timeout=10_000)
    assert "数据库结构版本 0" in dialog.answer.text()


def test_unreachable_server_is_answered_in_chinese(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    dialog.address.setText("postgresql+psycopg://clerk@127.0.0.1:1/regdesk")
    assert dialog.password.isVisibleTo(dialog)
    dialog.test_button.click()
    assert not dialog.test_button.isEnabled()  # the check runs in the worker; the dialog stays live
    qtbot.waitUntil(lambda: "无法连接" in dialog.answer.text(), timeout=20_000)
    assert dialog.test_button.isEnabled()


def test_password_in_the_address_is_refused(qtbot: Any) -> None:
    dialog = _dialog(qtbot)
    dialog.address.setText("postgresql+psycopg://clerk:s3cret@db.example:5432/regdesk")
    dialog.save_button.click()
    assert dialog.isVisible() and "不要把密码写在地址里" in dialog.status.text()
    assert sd.saved_address() == ""
    assert "s3cret" not in Path(QSettings().fileName()).read_text(encoding="utf-8") \
        if Path(QSettings().fileName()).exists() else True


def test_server_password_goes_to_the_keyring_never_the_settings(
    qtbot: Any, memory_keyring: MemoryKeyring
) -> None:
    dialog = _dialog(qtbot)
    url = "postgresql+psycopg://clerk@db.example:5432/regdesk"
    dialog.address.setText(url)
    assert "系统钥匙串中" in dialog.keyring_note.text()
    dialog.password.setText("s3cret")
    saved: list[bool] = []
    dialog.saved.connect(saved.append)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: bool(saved), timeout=10_000)
    assert memory_keyring.kept == {("regdesk", "clerk@db.example:5432/regdesk"): "s3cret"}
    QSettings().sync()
    assert "s3cret" not in Path(QSettings().fileName()).read_text(encoding="utf-8")
    assert config.with_keyring_password(url).password == "s3cret"


def test_without_a_keyring_the_dialog_says_the_password_is_asked_at_each_start(qtbot: Any) -> None:
    dialog = _dialog(qtbot)  # the tests' null keyring keeps nothing
    dialog.address.setText("postgresql+psycopg://clerk@db.example:5432/regdesk")
    note = dialog.keyring_note.text()
    assert "没有可用的系统钥匙串" in note and "每次启动时会询问密码" in note
    dialog.password.setText("s3cret")
    dialog.save_button.click()
    assert not dialog.isVisible() and dialog.password_kept is True
    assert "s3cret" not in Path(QSettings().fileName()).read_text(encoding="utf-8")


def test_failed_start_offers_settings_and_retries_the_new_address(qtbot: Any, monkeypatch: pytest.MonkeyPatch,
                                                                 tmp_path: Path) -> None:
    monkeypatch.delenv(config.ENV_URL, raising=False)
    good = f"sqlite:///{tmp_path / 'good.db'}"
    monkeypatch.setattr(main.Startup, "offer_settings", lambda _self, _text: True)

    def settings_exec(dialog: Any) -> int:
        dialog.address.setText(str(tmp_path / "good.db"))
        dialog.save()
        return 1

    monkeypatch.setattr(sd.SettingsDialog, "exec", settings_exec)
    startup = main.Startup("postgresql+psycopg://clerk@127.0.0.1:1/regdesk")
    startup.start()
    qtbot.waitUntil(lambda: startup.shell is not None, timeout=20_000)
    assert startup.url == good
    startup.shell.login.hide()
    from app.views import worker

    worker.wait_idle()
    startup.desk.close()
