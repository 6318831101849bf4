"""设置: where the database or desk server is (测试连接), its password in the keyring, language, idle lock.

Kept with QSettings under ``database/url``, ``ui/language`` and ``session/idle_lock_minutes``; main.py reads
them at start (--db > $REGDESK_DB_URL > the kept address > the default file; --lang > the kept language).
A password is never kept in the settings: a PostgreSQL server's goes to the system keyring, and where this
PC has none the dialog says so (the app then asks for it at each start).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import config
from app.views import worker
from app.views.i18n import db_text, tr

ADDRESS_KEY = "database/url"
LANGUAGE_KEY = "ui/language"
IDLE_LOCK_KEY = "session/idle_lock_minutes"
DEFAULT_IDLE_LOCK = 15
#: Each language under its own name (as language lists show them), so not translated.
LANGUAGES = (("zh_CN", "中文（简体）"), ("en", "English"))




# --- what the settings hold (main.py and other windows read them here) ------------------------------


def saved_address() -> str:
    """The database address kept in the settings ("" = the default file)."""
    value = QSettings().value(ADDRESS_KEY, "")
    return value if isinstance(value, str) else ""


def saved_language() -> str:
    value = QSettings().value(LANGUAGE_KEY, "zh_CN")
    return value if value in {code for code, _ in LANGUAGES} else "zh_CN"


def saved_idle_lock_minutes() -> int:
    try:
        minutes = int(QSettings().value(IDLE_LOCK_KEY, DEFAULT_IDLE_LOCK))  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return DEFAULT_IDLE_LOCK
    return minutes if minutes > 0 else DEFAULT_IDLE_LOCK


def _store_password(address: str, password: str) -> bool:
    """Worker job: the server password into the keyring; False when this PC has none."""
    return config.keyring_available() and config.store_password(address, password)


def check_text(check: config.ConnectionCheck) -> str:
    """The Chinese answer of 测试连接."""
    texts = {
        config.READY: tr("连接成功：{where}（数据库结构版本 {version}）。"),
        config.EMPTY: tr("连接成功：{where} 是空数据库，第一次打开时会建立表结构。"),
        config.NEW_FILE: tr("可以使用：{where} 还不存在，第一次打开时会创建它。"),
        config.NO_FOLDER: tr("文件夹不存在或没有写入权限：{where}。请选择一个可写的文件夹。"),
        config.NOT_A_DATABASE: tr("这个文件不是本系统的数据库：{where}。"),
        config.NEEDS_PASSWORD: tr("服务器要求密码：请在“密码”栏填写后再试。"),
        config.WRONG_PASSWORD: tr("密码不正确，或这个用户不能登录服务器 {where}。"),
        config.NO_SUCH_DATABASE: tr("服务器上没有这个数据库：{where}。请确认数据库名，或请管理员先创建它。"),
        config.UNREACHABLE: tr("无法连接 {where}：请检查地址和端口、网络，并确认服务器已启动。"),
        config.NO_DRIVER: tr("这台电脑未安装 PostgreSQL 驱动（psycopg），无法连接数据库服务器。"),
        config.BAD_ADDRESS: tr("地址格式不正确。可以填：SQLite 文件路径，postgresql+psycopg://用户@主机:端口/库名，"
                               "或 https://主机:端口（桌面服务器）。"),
        config.PASSWORD_IN_ADDRESS: tr("请不要把密码写在地址里：密码填在“密码”栏，它将保存在系统钥匙串中。"),
        config.SERVER_READY: tr("连接成功：桌面服务器 {where} 已应答。"),
        config.SERVER_TLS: tr("服务器 {where} 的证书不受这台电脑信任：请让管理员安装证书，或检查地址。"),
    }
    template = texts.get(check.result) or tr("连接失败：{detail}")
    return template.format(where=db_text(check.where), version=check.version, detail=check.detail)


class SettingsDialog(QDialog):
    """设置: database/server address + 测试连接, server password (keyring), language, idle-lock minutes.

    ``saved(address_changed)`` fires after 保存; a changed address is used from the next start.
    """

    saved = Signal(bool)

    def __init__(self, parent: QWidget | None = None, *, current: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(tr("设置"))
        self.setModal(True)
        self._current = current
        self._keyring = config.keyring_available()
        self._initial_address = saved_address()
        self.last_check: config.ConnectionCheck | None = None
        self.password_kept = True
        outer = QVBoxLayout(self)

        db_box = QGroupBox(tr("数据库或桌面服务器"))
        form = QFormLayout(db_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.address = QLineEdit(self._initial_address)
        self.address.setObjectName("addressEdit")
        default_file = config.default_sqlite_url().removeprefix("sqlite:///")
        self.address.setPlaceholderText(tr("留空：本机默认文件 {path}").format(path=default_file))
        self.address.setClearButtonEnabled(True)
        self.browse_button = QPushButton(tr("选择文件…"))
        self.browse_button.setAutoDefault(False)
        self.browse_button.clicked.connect(self._browse)
        row = QWidget()
        row_lay = QHBoxLayout(row)
        row_lay.setContentsMargins(0, 0, 0, 0)
        row_lay.addWidget(self.address, 1)
        row_lay.addWidget(self.browse_button)
        form.addRow(tr("地址："), row)
        hint = QLabel(tr("三种地址：一台电脑单独使用填 SQLite 文件路径；本单位局域网的数据库服务器填 "
                         "postgresql+psycopg://用户@主机:5432/库名；全省的桌面服务器填 https://主机:端口。"))
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        form.addRow("", hint)
        self.password = QLineEdit()
        self.password.setObjectName("passwordEdit")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(tr("数据库服务器的密码（不改可留空）"))
        self.password_label = QLabel(tr("密码："))
        form.addRow(self.password_label, self.password)
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyringNote")
        self.keyring_note.setWordWrap(True)
        form.addRow("", self.keyring_note)
        self.test_button = QPushButton(tr("测试连接"))
        self.test_button.setObjectName("testConnection")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_connection)
        self.answer = QLabel()
        self.answer.setObjectName("connectionAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        test_row = QWidget()
        test_lay = QHBoxLayout(test_row)
        test_lay.setContentsMargins(0, 0, 0, 0)
        test_lay.addWidget(self.test_button)
        test_lay.addWidget(self.answer, 1)
        form.addRow("", test_row)
        self.current_label = QLabel(
            tr("当前使用：{where}。改过的地址在下次启动时使用。").format(where=db_text(current)) if current
            else "")
        self.current_label.setObjectName("fieldHint")
        self.current_label.setWordWrap(True)
        self.current_label.setVisible(bool(current))
        form.addRow("", self.current_label)
        outer.addWidget(db_box)

        ui_box = QGroupBox(tr("界面与安全"))
        ui_form = QFormLayout(ui_box)
        self.language = QComboBox()
        self.language.setObjectName("languageBox")
        for code, label in LANGUAGES:
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(self.language.findData(saved_language()), 0))
        ui_form.addRow(tr("界面语言："), self.language)
        lang_note = QLabel(tr("下次启动时生效。"))
        lang_note.setObjectName("fieldHint")
        ui_form.addRow("", lang_note)
        self.idle_minutes = QSpinBox()
        self.idle_minutes.setObjectName("idleMinutes")
        self.idle_minutes.setRange(1, 480)
        self.idle_minutes.setSuffix(tr(" 分钟"))
        self.idle_minutes.setValue(saved_idle_lock_minutes())
        ui_form.addRow(tr("无操作自动锁定："), self.idle_minutes)
        outer.addWidget(ui_box)

        self.status = QLabel()
        self.status.setObjectName("formStatus")
        self.status.setProperty("role", "error")
        self.status.setWordWrap(True)
        self.status.hide()
        outer.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(tr("保存"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(tr("取消"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.address.textChanged.connect(self._address_changed)
        self._address_changed()
        self.setMinimumWidth(620)

    # --- the address --------------------------------------------------------------------------------

    def url(self) -> str:
        """The typed address as a URL ("" = the default file)."""
        return config.normalise_address(self.address.text())

    def _address_changed(self) -> None:
        self.answer.clear()
        server = config.address_kind(self.url()) == "postgresql"
        for widget in (self.password, self.password_label, self.keyring_note):
            widget.setVisible(server)
        if not self._keyring:
            self.keyring_note.setText(tr("这台电脑没有可用的系统钥匙串：密码不会被保存，每次启动时会询问密码。"))
        else:
            self.keyring_note.setText(tr("密码保存在系统钥匙串中，不会写入任何文件。"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, tr("选择数据库文件"), str(config.data_dir()), tr("SQLite 数据库 (*.db);;所有文件 (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.address.setText(path)

    # --- 测试连接 ----------------------------------------------------------------------------------

    def test_connection(self) -> None:
        """Try the address in the background; the answer shows beside the button."""
        self.test_button.setEnabled(False)
        self.answer.setProperty("role", "")
        self.answer.setText(tr("正在连接…"))
        worker.run_read(self, config.check_connection, self.address.text(), self.password.text() or None,
                        on_done=self._show_check, on_finished=lambda: self.test_button.setEnabled(True))

    def _show_check(self, check: config.ConnectionCheck) -> None:
        self.last_check = check
        self.answer.setProperty("role", "ok" if check.ok else "error")
        self.answer.setStyleSheet("color: #1b7f3b;" if check.ok else "color: #c0392b;")
        self.answer.setText(check_text(check))

    # --- 保存 ------------------------------------------------------------------------------------------

    def save(self) -> None:
        url = self.url()
        if url and config.address_kind(url) == "unknown":
            self._refuse(check_text(config.ConnectionCheck(config.BAD_ADDRESS)))
            return
        if config.carries_password(url):
            self._refuse(check_text(config.ConnectionCheck(config.PASSWORD_IN_ADDRESS)))
            return
        settings = QSettings()
        settings.setValue(ADDRESS_KEY, url)
        settings.setValue(LANGUAGE_KEY, self.language.currentData())
        settings.setValue(IDLE_LOCK_KEY, self.idle_minutes.value())
        settings.sync()
        changed = url != config.normalise_address(self._initial_address)
        password = self.password.text()
        if password and self._keyring and config.address_kind(url) == "postgresql":
            self.save_button.setEnabled(False)
            worker.run_write(self, _store_password, url, password,
                             on_done=lambda kept: self._finish(changed, kept),
                             on_finished=lambda: self.save_button.setEnabled(True))
            return
        self._finish(changed, True)

    def _finish(self, changed: bool, password_kept: bool) -> None:
        self.password_kept = password_kept
        self.password.clear()
        self.accept()
        self.saved.emit(changed)

    def _refuse(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()
        self.address.setFocus()
