"""The SMS outbox tells the truth: a real HTTP gateway (a fake one on 127.0.0.1 here, real HTTP), its
failures and retries, the secret never in the database, and without a gateway nothing marked sent."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlalchemy import select
from support_accounts import institution_fields

from app import models as m
from app.services import sms
from app.services.errors import PermissionDenied, ValidationError
from tests.sms_gateway_fake import SECRET, FakeGateway, gateway  # noqa: F401 - the fixture


@pytest.fixture
def real(desk: Any) -> Any:
    """The desk with no stand-in sender: messages go through the configured HTTP gateway (or nowhere)."""
    desk.ctx.sms_sender = None
    desk.ctx.sms_secret_store = sms.MemorySecrets()
    return desk


def configure(desk: Any, admin: Any, gateway: FakeGateway) -> None:
    info = desk.sms.configure_gateway(admin, gateway.url, "regdesk-gd", "SMS_0001", SECRET)
    assert info.ready and info.secret_set and info.secret_place == "memory"


def only_message(desk: Any) -> sms.SmsInfo:
    [message] = sms.messages(desk.ctx)
    return message


def test_without_a_gateway_nothing_is_marked_sent_and_the_password_leaves_memory(
    real: Any, admin: Any
) -> None:
    gateway_info = real.sms.gateway(admin)
    assert (gateway_info.configured, gateway_info.ready) == (False, False)
    _, username, password = real.accounts.create_institution(admin, **institution_fields("PDY44010612345"))
    message = only_message(real)
    assert message.status == "failed" and message.sent_at is None
    assert message.last_error == sms.NO_GATEWAY and "当面" in message.last_error
    assert password not in message.body and real.ctx.sms_secrets == {}
    seen = real.sms.delivery(admin, "13800138000", "institution_account")
    assert seen is not None and (seen.id, seen.status) == (message.id, "failed")
    assert real.sms.deliver_pending() == sms.DeliveryReport()  # nothing is tried again
    with pytest.raises(ValidationError, match="尚未配置短信网关") as refused:
        real.sms.test_gateway(admin, "13800138000")
    assert refused.value.field == "url"
    with pytest.raises(ValidationError, match="尚未配置短信网关"):
        real.sms.retry(admin, (message.id,))


def test_a_message_without_a_password_waits_for_a_gateway(
    real: Any, admin: Any, gateway: FakeGateway
) -> None:
    with real.db.write() as session:
        from app.services.base import Tx

        sms_id = sms.queue(Tx(real.ctx, session, None), "13800138000", "【医师电子化注册】测试通知", "notice")
    assert real.sms.deliver_pending() == sms.DeliveryReport()
    assert only_message(real).status == "pending"  # 待发送: neither sent nor given up
    configure(real, admin, gateway)
    assert real.sms.deliver_pending() == sms.DeliveryReport(sent=1)
    assert [r["content"] for r in gateway.requests] == ["【医师电子化注册】测试通知"]
    assert real.sms.outbox(admin, "sent").items[0].id == sms_id


def test_the_gateway_gets_the_password_over_http_and_the_database_never_holds_the_secret(
    real: Any, admin: Any, gateway: FakeGateway
) -> None:
    configure(real, admin, gateway)
    _, username, password = real.accounts.create_institution(admin, **institution_fields("PDY44010612345"))
    [request] = gateway.requests
    assert request["auth"] == f"Bearer {SECRET}"
    assert (request["account"], request["template"]) == ("regdesk-gd", "SMS_0001")
    assert request["phone"] == "13800138000"
    assert username in request["content"] and password in request["content"]
    message = only_message(real)
    assert (message.status, message.attempts, message.last_error) == ("sent", 1, "")
    assert password not in message.body and real.ctx.sms_secrets == {}
    with real.db.read() as session:  # the secret is nowhere in the database: settings, outbox, audit
        row = session.get(m.SmsGateway, 1)
        assert row is not None
        assert (row.url, row.account, row.template) == (gateway.url, "regdesk-gd", "SMS_0001")
        texts = [json.dumps(e.detail, ensure_ascii=False) for e in session.scalars(select(m.AuditEvent))]
        texts += [b for b in session.scalars(select(m.SmsMessage.body))]
    assert not any(SECRET in t or password in t for t in texts)
    assert any("secret_changed" in t for t in texts)


def test_a_failing_gateway_leaves_the_message_failed_with_the_error_then_a_retry_sends_it(
    real: Any, admin: Any, gateway: FakeGateway
) -> None:
    configure(real, admin, gateway)
    gateway.mode = "echo500"  # a gateway that repeats the text (with the password) in its error
    _, _, password = real.accounts.create_institution(admin, **institution_fields("PDY44010612345"))
    message = only_message(real)
    assert (message.status, message.attempts) == ("failed", 1)
    assert "HTTP 500" in message.last_error and password not in message.last_error
    assert real.sms.outbox(admin, "failed").items[0].id == message.id
    assert real.sms.outbox(admin, "sent").total == 0
    gateway.mode = "refuse"
    assert real.sms.deliver_pending() == sms.DeliveryReport(failed=1)
    assert "号码在黑名单中" in only_message(real).last_error and "4021" in only_message(real).last_error
    gateway.mode = "unauthorised"
    assert real.sms.retry(admin, (message.id,)) == sms.DeliveryReport(failed=1)
    assert "账户或密钥" in only_message(real).last_error and SECRET not in only_message(real).last_error
    gateway.mode = "ok"
    assert real.sms.retry(admin, (message.id,)) == sms.DeliveryReport(sent=1)
    done = only_message(real)
    assert (done.status, done.attempts, done.last_error) == ("sent", 4, "")
    assert password in gateway.requests[-1]["content"] and real.ctx.sms_secrets == {}
    assert real.sms.retry(admin, (message.id,)) == sms.DeliveryReport()  # a sent message is not sent twice


def test_an_unreachable_or_slow_gateway_is_a_failure_with_a_clear_reason(
    real: Any, admin: Any, gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    configure(real, admin, gateway)
    monkeypatch.setattr(sms, "TIMEOUT", 0.5)
    gateway.mode = "slow"
    tested = real.sms.test_gateway(admin, "13800138001")
    assert tested.status == "failed" and "无应答" in tested.last_error
    gateway.close()  # nothing listens any more
    tested = real.sms.test_gateway(admin, "13800138001")
    assert tested.status == "failed" and "无法连接短信网关" in tested.last_error


def test_the_test_button_sends_a_test_message(real: Any, admin: Any, gateway: FakeGateway) -> None:
    configure(real, admin, gateway)
    tested = real.sms.test_gateway(admin, "13800138001")
    assert (tested.status, tested.purpose, tested.phone) == ("sent", "gateway_test", "13800138001")
    assert gateway.requests[-1]["content"] == sms.TEST_BODY


def test_only_an_administrator_configures_the_gateway_and_sees_the_outbox(
    real: Any, admin: Any, gateway: FakeGateway
) -> None:
    _, clerk_password = real.accounts.create_commission_user(
        admin, username="gdclerk2", name="李四", jurisdiction="440000", phone="13700137001")
    clerk = real.auth.login("gdclerk2", clerk_password)
    clerk = real.auth.change_password(clerk, clerk_password, "Clerk#2026pw")
    for call in (lambda: real.sms.configure_gateway(clerk, gateway.url, "x", "", "y"),
                 lambda: real.sms.outbox(clerk), lambda: real.sms.retry(clerk, (1,)),
                 lambda: real.sms.test_gateway(clerk, "13800138000")):
        with pytest.raises(PermissionDenied):
            call()
    assert real.sms.gateway(clerk).ready is False  # a clerk may see whether SMS can go out


def test_gateway_settings_are_checked_and_can_be_removed(real: Any, admin: Any, gateway: FakeGateway) -> None:
    for url, wanted in (("ftp://x", "https://"), ("http://sms.example.cn/send", "https://"),
                        ("https://user:pw@sms.example.cn/send", "不能写账户或密码")):
        with pytest.raises(ValidationError, match=wanted) as refused:
            real.sms.configure_gateway(admin, url, "acct", "", SECRET)
        assert refused.value.field == "url"
    with pytest.raises(ValidationError) as refused:
        real.sms.configure_gateway(admin, gateway.url, "", "", SECRET)
    assert refused.value.field == "account"
    assert real.ctx.sms_secret_store.get() is None  # nothing kept from the refused calls
    configure(real, admin, gateway)
    kept = real.sms.configure_gateway(admin, gateway.url, "regdesk-2", "SMS_0002", "")  # "" keeps the secret
    assert kept.ready and kept.account == "regdesk-2" and real.ctx.sms_secret_store.get() == SECRET
    removed = real.sms.configure_gateway(admin, "", "", "", "")
    assert (removed.configured, removed.ready, real.ctx.sms_secret_store.get()) == (False, False, None)


def test_on_a_desk_server_the_secret_comes_from_its_settings(
    real: Any, admin: Any, gateway: FakeGateway, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(sms.ENV_SECRET, SECRET)
    assert isinstance(sms.default_secret_store(), sms.ServerSecrets)
    real.ctx.sms_secret_store = sms.ServerSecrets()
    with pytest.raises(ValidationError, match="桌面服务器的设置") as refused:
        real.sms.configure_gateway(admin, gateway.url, "regdesk-gd", "", "another")
    assert refused.value.field == "secret"
    assert real.sms.gateway(admin).configured is False  # nothing written
    info = real.sms.configure_gateway(admin, gateway.url, "regdesk-gd", "", "")
    assert (info.ready, info.secret_place, info.secret_changeable) == (True, "server", False)
    assert real.sms.test_gateway(admin, "13800138001").status == "sent"
    assert gateway.requests[-1]["auth"] == f"Bearer {SECRET}"
