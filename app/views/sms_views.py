"""The commission administrator's SMS screens: the gateway's settings (with 测试发送) and the outbox (each
message's state 待发送 / 已发送 / 失败 with the error, and 重发); and the SMS courier the commission window
runs, which sends the outbox's due messages in the background."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import (
    SMS_COURIER_BATCH,
    SMS_COURIER_EVERY,
    Actor,
    DeliveryReport,
    Desk,
    DomainError,
    SmsGatewayInfo,
    SmsInfo,
)
from app.views import worker
from app.views.forms import FormDialog, line
from app.views.i18n import N_, error_text, tr
from app.views.paged import Column, ListPanel

log = logging.getLogger("regdesk.views")

#: The states of a message (the services' SMS_STATES), as the outbox shows them.
STATES = {"pending": N_("待发送"), "sent": N_("已发送"), "failed": N_("失败")}
#: How the outbox names what a message was for.
PURPOSES = {
    "institution_account": N_("机构账户开通"),
    "institution_password_reset": N_("机构密码重置"),
    "gateway_test": N_("网关测试"),
}


def fmt_time(value: Any) -> str:
    """2026-11-24 15:30 in China time."""
    if value is None:
        return ""
    from app.services.contract import CHINA

    return str(value.astimezone(CHINA).strftime("%Y-%m-%d %H:%M"))


def masked(phone: str) -> str:
    return phone[:3] + "****" + phone[-4:] if len(phone) >= 11 else phone


def state_text(info: SmsInfo) -> str:
    return tr(STATES[info.status]) if info.status in STATES else info.status


def purpose_text(purpose: str) -> str:
    return tr(PURPOSES[purpose]) if purpose in PURPOSES else purpose


def gateway_state(info: SmsGatewayInfo) -> str:
    """One sentence on whether SMS can go out from here."""
    if not info.configured:
        return tr("未配置短信网关：短信不会发出，开通账户和重置密码时请当面交付密码或打印密封函。")
    if not info.secret_set:
        where = tr("本机系统密钥环") if info.secret_place == "keyring" else tr("服务器设置")
        return tr("已填写网关地址和账户，但{where}中没有网关密钥：短信不会发出。").format(where=where)
    return tr("短信网关已就绪：短信经 {url} 发出。").format(url=info.url)


class GatewayDialog(FormDialog):
    """短信网关设置 (administrator): URL, account, template, secret; 测试发送 sends a message now."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("短信网关设置"), parent, ok_text=tr("保存"),
            intro=tr("填写短信服务商提供的 HTTP 接口。网关密钥保存在本机系统密钥环（或桌面服务器的设置）中，"
                     "不写入数据库。不配置网关时，系统不会把任何短信标为已发送。"),
        )
        self.setObjectName("gatewayDialog")
        self.desk = desk
        self.actor = actor
        self.url = self.add_row(
            tr("网关地址："), line("https://sms.example.cn/api/send", max_length=500), "url")
        self.account = self.add_row(tr("账户："), line(max_length=100), "account")
        self.template = self.add_row(tr("短信模板编号："), line(tr("服务商审核通过的模板编号，可空"),
                                                             max_length=100), "template")
        self.secret = self.add_row(
            tr("网关密钥："), line(tr("留空则保留已保存的密钥"), password=True, max_length=500), "secret")
        self.state = QLabel(tr("正在读取…"))
        self.state.setObjectName("gatewayState")
        self.state.setWordWrap(True)
        self.form.addRow("", self.state)
        test_row = QWidget()
        test_lay = QHBoxLayout(test_row)
        test_lay.setContentsMargins(0, 0, 0, 0)
        self.test_phone = line(tr("接收测试短信的手机号"), max_length=20)
        self.test_button = QPushButton(tr("测试发送"))
        self.test_button.setObjectName("testSend")
        self.test_button.setAutoDefault(False)
        self.test_button.clicked.connect(self.test_send)
        test_lay.addWidget(self.test_phone, 1)
        test_lay.addWidget(self.test_button)
        self.form.addRow(tr("测试："), test_row)
        self.test_result = QLabel("")
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)
        self.test_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow("", self.test_result)
        self.setMinimumWidth(620)
        self.info: SmsGatewayInfo | None = None
        worker.run_read(self, desk.sms.gateway, actor, on_done=self._show)

    def _show(self, info: SmsGatewayInfo) -> None:
        self.info = info
        self.url.setText(info.url)
        self.account.setText(info.account)
        self.template.setText(info.template)
        self.secret.setEnabled(info.secret_changeable)
        if not info.secret_changeable:
            self.secret.setPlaceholderText(tr("密钥在桌面服务器的设置中，由服务器管理员修改"))
        self.state.setText(gateway_state(info))

    def submit(self) -> None:
        self.call(self.desk.sms.configure_gateway, self.actor, on_done=self._saved,
                  url=self.url.text().strip(), account=self.account.text().strip(),
                  template=self.template.text().strip(), secret=self.secret.text())

    def _saved(self, info: SmsGatewayInfo) -> None:
        self.secret.clear()
        self._show(info)
        self.accept()

    def test_send(self) -> None:
        self.test_button.setEnabled(False)
        self.test_result.setText(tr("正在发送测试短信…"))
        worker.run_write(self, self.desk.sms.test_gateway, self.actor, self.test_phone.text().strip(),
                         on_done=self._tested, on_error=self._test_refused,
                         on_finished=lambda: self.test_button.setEnabled(True))

    def _tested(self, info: SmsInfo) -> None:
        if info.status == "sent":
            text = tr("测试短信已发送到 {phone}，请确认手机已收到。").format(phone=masked(info.phone))
        else:
            error = error_text(info.last_error) or state_text(info)
            text = tr("测试短信发送失败：{error}").format(error=error)
        self.test_result.setText(text)

    def _test_refused(self, err: DomainError) -> bool:
        self.test_result.setText(tr("不能发送：{error}").format(error=error_text(err)))
        return True


OUTBOX_COLUMNS = [
    Column(N_("编号"), lambda s: s.id, align_right=True),
    Column(N_("状态"), state_text),
    Column(N_("手机"), lambda s: masked(s.phone)),
    Column(N_("用途"), lambda s: purpose_text(s.purpose)),
    Column(N_("生成时间"), lambda s: fmt_time(s.created_at)),
    Column(N_("发送时间"), lambda s: fmt_time(s.sent_at)),
    Column(N_("尝试次数"), lambda s: s.attempts, align_right=True),
    Column(N_("下次尝试"), lambda s: fmt_time(s.next_attempt_at)),
    Column(N_("错误"), lambda s: error_text(s.last_error)),
    Column(N_("内容"), lambda s: s.body),
]


class OutboxDialog(QDialog):
    """短信发件箱 (administrator): every message with its state and error, newest first, 200 at a time;
    重发 sends the selected pending or failed message again through the gateway."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxDialog")
        self.setWindowTitle(tr("短信发件箱"))
        self.desk = desk
        self.actor = actor
        lay = QVBoxLayout(self)
        self.gateway = QLabel(tr("正在读取…"))
        self.gateway.setWordWrap(True)
        self.gateway.setObjectName("gatewayState")
        lay.addWidget(self.gateway)
        self.list = ListPanel(
            "", OUTBOX_COLUMNS,
            lambda _q, offset, limit: desk.sms.outbox(actor, self.status(), offset or 0, limit),
            unit=tr("条短信"), page_size=200, parent=self,
        )
        self.list.table.setObjectName("outboxTable")
        self.state_box = QComboBox()
        self.state_box.setObjectName("outboxState")
        self.state_box.addItem(tr("全部状态"), "")
        for code, label in STATES.items():
            self.state_box.addItem(tr(label), code)
        self.state_box.currentIndexChanged.connect(lambda _i: self.list.reload())
        self.list.add_button(self.state_box)
        self.retry_button = QPushButton(tr("重发选中短信"))
        self.retry_button.setObjectName("retryButton")
        self.retry_button.setEnabled(False)
        self.retry_button.clicked.connect(self.retry)
        self.list.add_button(self.retry_button)
        self.list.selection_changed.connect(self._selection)
        lay.addWidget(self.list, 1)
        self.answer = QLabel("")
        self.answer.setObjectName("retryResult")
        self.answer.setWordWrap(True)
        lay.addWidget(self.answer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(1100, 640)
        worker.run_read(self, desk.sms.gateway, actor,
                        on_done=lambda i: self.gateway.setText(gateway_state(i)))
        self.list.reload()

    def status(self) -> str:
        return str(self.state_box.currentData() or "")

    def selected(self) -> SmsInfo | None:
        rows = self.list.table.selectionModel().selectedRows()
        return self.list.model.item(rows[0].row()) if rows else None

    def _selection(self) -> None:
        chosen = self.selected()
        self.retry_button.setEnabled(chosen is not None and chosen.status != "sent")

    def retry(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        self.retry_button.setEnabled(False)
        self.answer.setText(tr("正在重发…"))
        worker.run_write(self, self.desk.sms.retry, self.actor, (chosen.id,), on_done=self._retried,
                         on_error=self._refused)

    def _retried(self, report: Any) -> None:
        if report.sent:
            self.answer.setText(tr("已重发，网关已接收。"))
        elif report.failed:
            self.answer.setText(tr("重发失败，原因见“错误”列。"))
        else:
            self.answer.setText(tr("没有可重发的短信（可能已由其他电脑发出）。"))
        self.list.reload()

    def _refused(self, err: DomainError) -> bool:
        self.answer.setText(tr("不能重发：{error}").format(error=error_text(err)))
        self._selection()
        return True


class SmsCourier(QObject):
    """Sends the outbox's due messages every minute off the GUI thread (``desk.sms.deliver_due`` on the
    write queue, at most SMS_COURIER_BATCH a run), so a message queued while the gateway was down goes out
    once it answers without anyone pressing 重发. Nothing is sent without a configured gateway (the service
    checks, on every run: another PC may configure it). A run that finds the gateway down doubles the pause
    (up to 30 minutes); one that empties a full batch comes back at once.

    Only where this PC works on the database itself: on a remote desk ``deliver_due`` is not on the wire
    and the desk server, which holds the gateway's secret, runs the courier (``start`` returns False)."""

    def __init__(self, desk: Desk, parent: QObject | None = None, *,
                 every: float = SMS_COURIER_EVERY) -> None:
        super().__init__(parent)
        self.run: Callable[..., DeliveryReport] | None = getattr(desk.sms, "deliver_due", None)
        self.every = every
        self.pause = every
        self.busy = False
        self.last: DeliveryReport | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.deliver)

    def start(self) -> bool:
        """Run in ``every`` seconds and on; False (and nothing runs) on a remote desk."""
        if self.run is None:
            return False
        self.timer.start(int(self.every * 1000))
        return True

    def stop(self) -> None:
        self.timer.stop()
        self.run = None

    @property
    def running(self) -> bool:
        return self.run is not None and (self.timer.isActive() or self.busy)

    def deliver(self) -> None:
        if self.run is None or self.busy:
            return
        self.busy = True
        worker.run_write(self, self.run, limit=SMS_COURIER_BATCH, on_done=self._delivered,
                         on_error=self._failed, on_finished=self._next)

    def _delivered(self, report: DeliveryReport) -> None:
        self.last = report
        self.pause = report.next_pause(self.pause, self.every)

    def _failed(self, err: DomainError) -> bool:
        """The database did not answer: try again at the next run, quietly (the clerk's own work shows it)."""
        log.warning("SMS courier run failed: %s", type(err).__name__)
        return True

    def _next(self) -> None:
        self.busy = False
        if self.run is not None:
            self.timer.start(max(1, int(self.pause * 1000)))
