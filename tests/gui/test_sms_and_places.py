"""The commission window's SMS truth and places: without a gateway the credentials dialog says the SMS
was not sent and offers the sealed letter; the administrator configures the gateway (测试发送 against a
fake HTTP gateway on 127.0.0.1), sees the outbox and retries; the new-institution dialog takes the
统一社会信用代码 and a county anywhere in the country."""

from __future__ import annotations

import gc
import sys
from typing import Any

import pytest
import shiboken6
from PySide6.QtWidgets import QDialog, QLabel

from app.services import sms
from app.views.sms_views import fmt_time
from tests.gui.helpers import DELEGATE_PHONE, admin, institution_fields
from tests.gui.test_long_use import WINDOW_SLACK
from tests.sms_gateway_fake import SECRET, FakeGateway, gateway  # noqa: F401 - the fixture


def _window(qtbot: Any, desk: Any, actor: Any) -> Any:
    from app.views.commission import CommissionWindow

    window = CommissionWindow(desk, actor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.institutions.model.loading)
    return window


def _visible(window: Any, name: str) -> Any:
    found = window.findChild(QDialog, name)
    return found if found is not None and found.isVisible() else None


@pytest.fixture
def no_gateway(gui_desk: Any) -> Any:
    gui_desk.ctx.sms_sender = None  # the real sender: the configured HTTP gateway, none yet
    gui_desk.ctx.sms_secret_store = sms.MemorySecrets()
    return gui_desk


def _fill(dialog: Any, number: str = "44010400001", area: str = "441523") -> None:
    for box in dialog.documents.values():
        box.setChecked(True)
    dialog.name.setText("陆河县人民医院")
    dialog.registration_number.setText(number)
    dialog.credit_code.setText("12440000455859466N")
    dialog.jurisdiction.set_code(area)
    dialog.address.setText("汕尾市陆河县人民路1号")
    dialog.legal_representative.setText("王建国")
    dialog.principal.setText("李明")
    dialog.subjects.setPlainText("内科、外科")
    dialog.delegate_name.setText("陈小红")
    dialog.delegate_phone.setText(DELEGATE_PHONE)


def test_without_a_gateway_the_dialog_says_so_and_prints_a_sealed_letter(
    qtbot: Any, no_gateway: Any
) -> None:
    desk = no_gateway
    actor = admin(desk)
    window = _window(qtbot, desk, actor)
    dialog = window.new_institution()
    assert "否则" in dialog.findChild(QLabel, "intro").text()  # no promise of an SMS
    _fill(dialog)
    assert dialog.jurisdiction.code() == "441523"  # 汕尾市陆河县: any county of the country
    dialog.grab().save("/tmp/backoffice2-new-institution.png")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: _visible(window, "credentialsDialog") is not None, timeout=15_000)
    shown = _visible(window, "credentialsDialog")
    note = shown.note.text()
    assert "未配置短信网关，短信没有发送" in note and "当面" in note and "密封函" in note
    assert "已通过短信发送" not in note
    [message] = sms.messages(desk.ctx)
    assert message.status == "failed" and message.sent_at is None  # nothing marked sent
    assert shown.letter_button is not None
    pdf = shown.letter_pdf()
    assert pdf.startswith(b"%PDF")
    preview = shown.print_letter()
    qtbot.waitUntil(lambda: preview.ready, timeout=30_000)
    assert preview.open_button.isHidden()  # no temporary file with the password
    preview.grab().save("/tmp/backoffice2-letter-preview.png")
    shown.grab().save("/tmp/backoffice2-credentials-nogateway.png")
    [info] = desk.accounts.institutions(actor).items
    assert info.credit_code == "12440000455859466N" and info.jurisdiction_name == "广东省汕尾市陆河县"


def test_a_province_is_not_an_institutions_place(qtbot: Any, no_gateway: Any) -> None:
    actor = admin(no_gateway)
    window = _window(qtbot, no_gateway, actor)
    dialog = window.new_institution()
    _fill(dialog, area="440100")  # 广州市, not a county
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "县（区）" in dialog.errors.message_of("jurisdiction"), timeout=15_000)
    dialog.jurisdiction.set_code("440104")
    dialog.credit_code.setText("12440000455859466X")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "校验位" in dialog.errors.message_of("credit_code"), timeout=15_000)
    assert no_gateway.accounts.institutions(actor).items == []


def test_the_administrator_configures_tests_and_the_counter_then_sends(
    qtbot: Any, no_gateway: Any, gateway: FakeGateway
) -> None:
    desk = no_gateway
    window = _window(qtbot, desk, admin(desk))
    assert window.gateway_action is not None and window.outbox_action is not None
    dialog = window.sms_gateway()
    qtbot.waitUntil(lambda: "未配置短信网关" in dialog.state.text(), timeout=10_000)
    dialog.test_phone.setText("13800138001")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "尚未配置短信网关" in dialog.test_result.text(), timeout=10_000)
    dialog.url.setText(gateway.url)
    dialog.account.setText("regdesk-gd")
    dialog.template.setText("SMS_0001")
    dialog.secret.setText(SECRET)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: desk.ctx.sms_secret_store.get() == SECRET, timeout=10_000)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(), timeout=10_000)
    dialog = window.sms_gateway()
    qtbot.waitUntil(lambda: "已就绪" in dialog.state.text(), timeout=10_000)
    assert dialog.secret.text() == ""  # the secret is never shown back
    dialog.test_phone.setText("13800138001")
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "已发送" in dialog.test_result.text(), timeout=10_000)
    assert gateway.requests[-1]["content"] == sms.TEST_BODY
    gateway.mode = "refuse"
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "号码在黑名单中" in dialog.test_result.text(), timeout=10_000)
    dialog.grab().save("/tmp/backoffice2-gateway.png")
    dialog.close()
    # the counter opens an account: the gateway is back, the SMS goes, the dialog says so
    gateway.mode = "ok"
    new = window.new_institution()
    _fill(new)
    new.ok_button.click()
    qtbot.waitUntil(lambda: _visible(window, "credentialsDialog") is not None, timeout=15_000)
    shown = _visible(window, "credentialsDialog")
    assert "已通过短信发送" in shown.note.text() and shown.letter_button is None
    assert shown.password in gateway.requests[-1]["content"]
    shown.close()


def test_the_outbox_shows_states_and_errors_and_retries(
    qtbot: Any, no_gateway: Any, gateway: FakeGateway
) -> None:
    desk = no_gateway
    actor = admin(desk)
    desk.sms.configure_gateway(actor, gateway.url, "regdesk-gd", "SMS_0001", SECRET)
    gateway.mode = "http500"
    desk.accounts.create_institution(actor, **institution_fields())
    window = _window(qtbot, desk, actor)
    outbox = window.sms_outbox()
    qtbot.waitUntil(lambda: outbox.list.model.rowCount() == 1, timeout=10_000)
    row = outbox.list.model.item(0)
    assert row.status == "failed" and "HTTP 500" in row.last_error and "******" in row.body
    model = outbox.list.model
    shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert "失败" in shown and "138****8000" in shown
    assert row.next_attempt_at is not None and fmt_time(row.next_attempt_at) in shown  # next try
    outbox.grab().save("/tmp/backoffice2-outbox.png")
    outbox.list.table.selectRow(0)
    assert outbox.retry_button.isEnabled()
    gateway.mode = "ok"
    outbox.retry_button.click()
    qtbot.waitUntil(lambda: "已重发" in outbox.answer.text(), timeout=10_000)
    qtbot.waitUntil(lambda: outbox.list.model.rowCount() == 1 and outbox.list.model.item(0).status == "sent",
                    timeout=10_000)
    assert outbox.list.model.item(0).next_attempt_at is None  # sent: no next try
    outbox.state_box.setCurrentIndex(outbox.state_box.findData("failed"))
    qtbot.waitUntil(lambda: not outbox.list.model.loading and outbox.list.model.rowCount() == 0,
                    timeout=10_000)


def test_a_clerk_gets_no_gateway_or_outbox(qtbot: Any, no_gateway: Any) -> None:
    actor = admin(no_gateway)
    _user, initial = no_gateway.accounts.create_commission_user(
        actor, username="gdclerk9", name="李四", jurisdiction="440000", phone="13700137001")
    clerk = no_gateway.auth.login("gdclerk9", initial)
    clerk = no_gateway.auth.change_password(clerk, initial, "Clerk#2026pw")
    window = _window(qtbot, no_gateway, clerk)
    assert window.gateway_action is None and window.outbox_action is None


def test_the_area_picker_reaches_every_county_of_the_country(qtbot: Any) -> None:
    from app.views.forms import AreaPicker

    picker = AreaPicker(min_level="county")
    qtbot.addWidget(picker)
    assert picker.province.count() == 1 + 34
    for code, name in (("441523", "陆河县"), ("110105", "朝阳区"), ("429004", "仙桃市"), ("650102", "天山区"),
                       ("441900", "东莞市")):
        picker.set_code(code)
        assert picker.code() == code, code
        assert name in (picker.city.currentText(), picker.county.currentText())
    counties = 0
    for p in range(1, picker.province.count()):
        picker.province.setCurrentIndex(p)
        for c in range(1, picker.city.count()):
            picker.city.setCurrentIndex(c)
            counties += max(picker.county.count() - 1, 0) or 1  # a county in the city box counts once
    assert counties > 2800
    within = AreaPicker("440100", min_level="county")  # a city commission: its districts only
    qtbot.addWidget(within)
    assert not within.province.isEnabled() and within.city.currentData() == "440100"
    assert within.county.count() == 1 + 11 and within.county.itemText(0) == "县（区）…"


def test_institution_details_show_the_credit_code(qtbot: Any, gui_desk: Any) -> None:
    from app.views.commission import InstitutionDetails

    actor = admin(gui_desk)
    info, _, _ = gui_desk.accounts.create_institution(
        actor, **{**institution_fields(), "credit_code": "12440000455859466N"})
    details = InstitutionDetails(info)
    qtbot.addWidget(details)
    texts = [label.text() for label in details.findChildren(QLabel)]
    assert "统一社会信用代码：" in texts and "12440000455859466N" in texts
    bare, _, _ = gui_desk.accounts.create_institution(actor, **institution_fields("44010400002", "第二医院"))
    second = InstitutionDetails(bare)
    qtbot.addWidget(second)
    assert "未填写" in [label.text() for label in second.findChildren(QLabel)]


def test_the_outbox_survives_hundreds_of_reloads_and_repaints(qtbot: Any, no_gateway: Any) -> None:
    actor = admin(no_gateway)
    for n in range(30):  # 30 accounts opened without a gateway: 30 messages 失败
        no_gateway.accounts.create_institution(actor, **institution_fields(f"440104{n:05d}", f"第{n}医院"))
    window = _window(qtbot, no_gateway, actor)
    outbox = window.sms_outbox()
    qtbot.waitUntil(lambda: outbox.list.model.rowCount() == 30, timeout=10_000)
    def flip(i: int) -> None:
        outbox.state_box.setCurrentIndex(i % 2 * outbox.state_box.findData("failed"))  # all / failed
        qtbot.waitUntil(lambda: not outbox.list.model.loading and outbox.list.model.rowCount() == 30,
                        timeout=10_000)

    for i in range(20):  # warm up: caches fill, earlier tests' leftovers go
        flip(i)
    gc.collect()
    before = sys.getrefcount(None)
    for i in range(200):
        flip(i)
        if i % 5 == 0:
            assert not outbox.grab().isNull()  # paints every visible cell
    gc.collect()
    # a leaking binding loses a reference per call (tests/gui/test_long_use.py: PySide6 6.12.0)
    assert sys.getrefcount(None) - before > -WINDOW_SLACK
    assert outbox.list.count.text()
