"""The SMS outbox and the commission's SMS gateway.

``queue(tx, …)`` adds a row to ``sms_outbox`` inside the caller's transaction, so a refused or rolled-back
call sends nothing. ``deliver_pending(ctx)`` hands pending (and earlier failed) messages to the gateway
one at a time, marking each 已发送 or 失败 (with the error) and counting attempts. ``deliver_due(ctx)`` is
the SMS courier's run (every minute, off the GUI thread, in the commission window of a PC on the database
and in the desk server): only the messages whose next attempt is due (the outbox's ``next_attempt_at``:
when queued, then 1, 2, 4, 8 … minutes after each failed try), stopping at a gateway that does not
answer, so a dead gateway is asked once per run and a message waiting for it keeps its attempts. Every
message is claimed by a row lock (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: BEGIN IMMEDIATE) while it
is handed over, so two PCs or server processes running the courier never send the same message twice.

The gateway is an HTTP SMS gateway (``HttpGateway``: URL, account, template, secret) that the commission's
administrator configures (``OutboxService.configure_gateway``): URL, account and template are kept in the
database (``sms_gateway``), the secret never is: it is in this PC's keyring, or in the desk server's
settings (the environment variable REGDESK_SMS_SECRET). Without a gateway nothing is marked sent: a
message waits as 待发送, and a message carrying a password is given up at once (失败, "未配置短信网关")
because the window that opened the account shows the password to hand over in person or in a sealed
letter instead.

No password rests in the outbox: a message carrying one (an initial or reset password) is stored with
the slot ``{secret}`` masked, and the password itself is held only in this process's memory
(``Context.sms_secrets``) until the message has gone out. A message whose password this process does not
hold (the PC that queued it was closed before the gateway took it) is not sent with a hole in it: after
SECRET_GRACE it is given up with a note to reset the password.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Iterable

import httpx
from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from app import models as m
from app.services import permissions, validation
from app.services.base import Context, SecretStore, Service, SmsSender, Tx, database_errors
from app.services.errors import ValidationError
from app.services.types import Actor, DeliveryReport, Page, SmsGatewayInfo, SmsInfo

log = logging.getLogger(__name__)

__all__ = [
    "DeliveryReport", "HttpGateway", "OutboxService", "SmsInfo", "deliver_due", "deliver_pending", "messages",
    "next_attempt_at", "queue", "retry_pause",
]

PENDING = "pending"
SENT = "sent"
FAILED = "failed"
#: After this many failed attempts a message is left alone (status "failed") for a person to look at.
MAX_ATTEMPTS = 5
#: Where a password goes in a message body; stored masked, filled in only at sending.
SECRET_SLOT = "{secret}"
MASK = "******"
#: How long another PC leaves a password-bearing message to the PC that queued it before giving it up.
SECRET_GRACE = dt.timedelta(minutes=10)
SECRET_LOST = "密码只保存在开通账户的电脑内存中，该电脑已关闭，无法补发：请重置密码"
NO_GATEWAY = "未配置短信网关，短信未发送：密码已在办理窗口显示，应当面交给经办人或打印密封信"
TEST_BODY = "【医师电子化注册】短信网关测试：收到本短信说明短信网关配置正确，无需回复。"
#: The keyring entry of the gateway's secret on a PC; the environment variable on a desk server.
KEYRING_SERVICE = "regdesk"
KEYRING_KEY = "sms-gateway-secret"
ENV_SECRET = "REGDESK_SMS_SECRET"
TIMEOUT = 10.0
#: The courier's pause after a message's first failed try; it doubles with every further one, up to
#: BACKOFF_MOST.
BACKOFF_FIRST = dt.timedelta(minutes=1)
BACKOFF_MOST = dt.timedelta(minutes=30)


# --- where the gateway's secret is -----------------------------------------------------------------


class KeyringSecrets:
    """The secret in this PC's system keyring (Windows Credential Manager, macOS Keychain, Secret
    Service): what a counter PC working on the database directly uses."""

    place = "keyring"
    changeable = True

    def get(self) -> str | None:
        import keyring

        try:
            return keyring.get_password(KEYRING_SERVICE, KEYRING_KEY)
        except Exception:  # noqa: BLE001 - no usable keyring: no secret
            return None

    def set(self, secret: str | None) -> None:
        import keyring

        from app.services import remember

        if not remember.available():
            raise ValidationError("本机没有可用的系统密钥环，无法保存短信网关密钥", field="secret")
        if secret:
            keyring.set_password(KEYRING_SERVICE, KEYRING_KEY, secret)
        elif keyring.get_password(KEYRING_SERVICE, KEYRING_KEY) is not None:
            keyring.delete_password(KEYRING_SERVICE, KEYRING_KEY)


class ServerSecrets:
    """The secret in the desk server's settings (its environment, REGDESK_SMS_SECRET): set by whoever
    runs the server, not from a window."""

    place = "server"
    changeable = False

    def get(self) -> str | None:
        return os.environ.get(ENV_SECRET) or None

    def set(self, secret: str | None) -> None:
        raise ValidationError(
            f"短信网关密钥保存在桌面服务器的设置中（环境变量 {ENV_SECRET}），请由服务器管理员修改",
            field="secret")


class MemorySecrets:
    """The secret in this process only (tests)."""

    place = "memory"
    changeable = True

    def __init__(self, secret: str | None = None) -> None:
        self.secret = secret

    def get(self) -> str | None:
        return self.secret

    def set(self, secret: str | None) -> None:
        self.secret = secret or None


def default_secret_store() -> SecretStore:
    """The server's settings where REGDESK_SMS_SECRET is set (a desk server), else this PC's keyring."""
    return ServerSecrets() if os.environ.get(ENV_SECRET) else KeyringSecrets()


# --- the HTTP gateway ------------------------------------------------------------------------------


class GatewayError(Exception):
    """The gateway did not take a message; the text (Chinese) goes to the outbox row. ``gateway_down``:
    the failure is the gateway's, not the message's (no answer, HTTP 5xx or 429, account or secret refused):
    every other message would fail alike."""

    def __init__(self, text: str, *, gateway_down: bool = False) -> None:
        super().__init__(text)
        self.gateway_down = gateway_down


class HttpGateway:
    """An HTTP SMS gateway: one POST per message of JSON ``{"account", "template", "phone", "content"}``
    with ``Authorization: Bearer <secret>``. Taken: HTTP 2xx and, where the answer is JSON with a
    ``code``, a code of 0 / "0" / "OK". The error kept never holds the secret or the message text."""

    def __init__(self, url: str, account: str, template: str, secret: str, *, timeout: float = TIMEOUT,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.url, self.account, self.template = url, account, template
        self._secret = secret
        self._timeout = timeout
        self._transport = transport

    def send(self, phone: str, body: str) -> None:
        payload = {"account": self.account, "template": self.template, "phone": phone, "content": body}
        try:
            with httpx.Client(timeout=self._timeout, transport=self._transport, trust_env=False) as client:
                auth = {"Authorization": f"Bearer {self._secret}"}
                answer = client.post(self.url, json=payload, headers=auth)
        except httpx.TimeoutException as exc:
            raise GatewayError(f"短信网关在 {self._timeout:g} 秒内无应答", gateway_down=True) from exc
        except httpx.HTTPError as exc:
            raise GatewayError(self._clean(f"无法连接短信网关：{type(exc).__name__} {exc}", body),
                               gateway_down=True) from exc
        if answer.status_code in (401, 403):
            raise GatewayError(f"短信网关拒绝了账户或密钥（HTTP {answer.status_code}）", gateway_down=True)
        detail = self._detail(answer)
        if answer.status_code >= 400:
            raise GatewayError(self._clean(f"短信网关返回错误（HTTP {answer.status_code}）{detail}", body),
                               gateway_down=answer.status_code >= 500 or answer.status_code == 429)
        try:
            data = answer.json()
        except ValueError:
            return  # a 2xx without JSON: taken
        code = data.get("code") if isinstance(data, dict) else None
        if code not in (None, 0, "0", "OK", "ok"):
            raise GatewayError(self._clean(f"短信网关拒绝发送（代码 {code}）{detail}", body))

    @staticmethod
    def _detail(answer: httpx.Response) -> str:
        try:
            data = answer.json()
        except ValueError:
            text = answer.text.strip()
        else:
            text = str(data.get("message") or data.get("msg") or "") if isinstance(data, dict) else ""
        return f"：{text[:200]}" if text else ""

    def _clean(self, text: str, body: str) -> str:
        """No secret and no message text (it may carry a password) in an error that is stored."""
        for hidden in (self._secret, body):
            if hidden:
                text = text.replace(hidden, MASK)
        return text[:1000]


def _settings(session: Session) -> m.SmsGateway | None:
    return session.get(m.SmsGateway, 1)


def gateway_sender(ctx: Context) -> SmsSender | None:
    """The sender messages go through: ``ctx.sms_sender`` when one is plugged in (tests), else the HTTP
    gateway of the settings with the secret from the store; None when there is no usable gateway."""
    if ctx.sms_sender is not None:
        return ctx.sms_sender
    with database_errors(write=False), ctx.db.read() as session:
        row = _settings(session)
        settings = (row.url, row.account, row.template) if row is not None else None
    if settings is None:
        return None
    secret = ctx.sms_secret_store.get()
    if not secret:
        return None
    return HttpGateway(*settings, secret, timeout=TIMEOUT)


def queue(tx: Tx, phone: str, body: str, purpose: str = "", *, secret: str | None = None) -> int:
    """Put one message in the outbox inside the caller's transaction; returns its id.

    With ``secret`` the body holds ``{secret}`` where the password goes: the row keeps the slot, the
    password stays in memory until the message is sent. Raises ValidationError (field "phone") for a
    number that is not a mainland mobile number.
    """
    if (secret is None) == (SECRET_SLOT in body):
        raise ValueError("a body holds the {secret} slot exactly when a secret is given")
    msg = m.SmsMessage(
        phone=validation.phone(phone),
        body=body,
        purpose=purpose,
        created_at=tx.now,
        status=PENDING,
        attempts=0,
        last_error="",
        next_attempt_at=tx.now,
    )
    tx.session.add(msg)
    tx.session.flush()
    if secret is not None:
        tx.ctx.sms_secrets[msg.id] = secret
    return msg.id


def deliver_pending(
    ctx: Context,
    *,
    limit: int = 100,
    max_attempts: int = MAX_ATTEMPTS,
    ids: Iterable[int] | None = None,
) -> DeliveryReport:
    """Hand pending and failed (fewer than ``max_attempts``) messages to the gateway now, oldest first,
    counting every try.

    Each message is sent in a transaction of its own holding its row locked (PostgreSQL: FOR UPDATE
    SKIP LOCKED, so two PCs never send the same message; SQLite: BEGIN IMMEDIATE). A gateway that
    refuses or cannot be reached leaves the message "failed" with the error and the attempt counted.
    Without a gateway nothing is sent: see ``_without_gateway``. With ``ids``, only those.
    """
    wanted = list(ids) if ids is not None else None
    sender = gateway_sender(ctx)
    if sender is None:
        return _without_gateway(ctx, wanted, max_attempts)
    conditions: list[ColumnElement[bool]] = [m.SmsMessage.attempts < max_attempts]
    if wanted is not None:
        conditions.append(m.SmsMessage.id.in_(wanted))
    return _hand_over(ctx, sender, conditions, limit, courier=False)


def retry_pause(attempts: int) -> dt.timedelta:
    """The pause after a message's ``attempts``-th failed try: BACKOFF_FIRST, doubling with every further
    try, at most BACKOFF_MOST (1, 2, 4, 8, 16, 30, 30 … minutes)."""
    pause: dt.timedelta = BACKOFF_FIRST * 2 ** max(0, attempts - 1)
    return min(pause, BACKOFF_MOST)


def next_attempt_at(tried_at: dt.datetime, attempts: int) -> dt.datetime | None:
    """When the courier tries a message again after its ``attempts``-th failed try at ``tried_at``: that
    try's time plus its pause; None after MAX_ATTEMPTS tries (left for a person: 重发). Kept in the outbox
    (``sms_outbox.next_attempt_at``), so every PC and server process agrees and a late try does not make
    the following ones overdue."""
    return tried_at + retry_pause(attempts) if attempts < MAX_ATTEMPTS else None


def _due(now: dt.datetime) -> ColumnElement[bool]:
    """Messages whose next attempt is due by ``now`` (with the status, ix_sms_outbox_status_next_attempt)."""
    return m.SmsMessage.next_attempt_at <= now


def deliver_due(ctx: Context, *, limit: int = 20) -> DeliveryReport:
    """The SMS courier's run: hand the messages that are due (``next_attempt_at``) to the gateway, oldest
    first, at most ``limit``; nothing without a usable gateway.

    A message the gateway refuses (a bad number, a blocked text) is "failed" with the error and its try
    counted, and waits its next pause; after MAX_ATTEMPTS tries it is left for a person (重发). When the
    gateway itself fails (no answer, HTTP 5xx, the account refused) the message keeps its state and its
    tries with the error noted, and the run stops there (``gateway_down``): the rest wait for the next
    run, which the courier puts off longer each time (DeliveryReport.next_pause). Claims each message as
    ``deliver_pending`` does: two PCs running the courier send every message once.
    """
    sender = gateway_sender(ctx)
    if sender is None:
        return DeliveryReport()
    return _hand_over(ctx, sender, [_due(ctx.now())], limit, courier=True)


def _hand_over(
    ctx: Context, sender: SmsSender, conditions: list[ColumnElement[bool]], limit: int, *, courier: bool
) -> DeliveryReport:
    """Send the pending / failed messages meeting ``conditions``, one transaction each with the row locked.
    ``courier``: a failure of the gateway itself is not the message's (its tries stay) and ends the run."""
    sent = failed = 0
    last_id = 0
    for _ in range(max(0, limit)):
        with database_errors(write=True), ctx.db.write() as session:
            query = (
                select(m.SmsMessage)
                .where(m.SmsMessage.id > last_id, m.SmsMessage.status.in_((PENDING, FAILED)), *conditions)
                .order_by(m.SmsMessage.id)
                .limit(1)
            )
            if ctx.db.is_postgres:
                query = query.with_for_update(skip_locked=True)
            msg = session.scalar(query)
            if msg is None:
                break
            last_id = msg.id
            text = msg.body
            if SECRET_SLOT in text:
                secret = ctx.sms_secrets.get(msg.id)
                if secret is None:
                    if msg.created_at > ctx.now() - SECRET_GRACE:
                        continue  # the PC that queued it is sending it right now
                    msg.status, msg.last_error = FAILED, SECRET_LOST
                    msg.attempts = max(msg.attempts, MAX_ATTEMPTS)
                    msg.next_attempt_at = None
                    failed += 1
                    continue
                text = text.replace(SECRET_SLOT, secret)
            try:
                sender.send(msg.phone, text)
            except Exception as exc:  # noqa: BLE001 - any gateway failure is recorded and retried later
                error = str(exc) if isinstance(exc, GatewayError) else f"{type(exc).__name__}: {exc}"
                msg.last_error = error.replace(text, MASK)[:1000]
                log.warning("SMS %s to %s failed: %s", msg.id, msg.phone[-4:], msg.last_error)
                # a sender that is not the HTTP gateway (a plugged-in one) failing: taken as the gateway's
                down = exc.gateway_down if isinstance(exc, GatewayError) else True
                if courier and down:
                    return DeliveryReport(sent=sent, failed=failed, gateway_down=True)
                msg.attempts += 1
                msg.status = FAILED
                msg.next_attempt_at = next_attempt_at(ctx.now(), msg.attempts)
                failed += 1
            else:  # the password leaves memory once the gateway has it
                msg.attempts += 1
                msg.status = SENT
                msg.sent_at = ctx.now()
                msg.last_error = ""
                msg.next_attempt_at = None
                ctx.sms_secrets.pop(msg.id, None)
                sent += 1
    return DeliveryReport(sent=sent, failed=failed)


def _without_gateway(ctx: Context, wanted: list[int] | None, max_attempts: int) -> DeliveryReport:
    """No gateway: nothing is marked sent. A message without a password waits (待发送) for a gateway. A
    message carrying a password this process holds is given up now (失败, NO_GATEWAY) and the password
    leaves memory: the window that opened the account or reset the password shows it to be handed over
    in person or printed as a sealed letter. One whose password no PC holds any more is given up after
    SECRET_GRACE, as with a gateway."""
    failed = 0
    with database_errors(write=True), ctx.db.write() as session:
        query = select(m.SmsMessage).where(
            m.SmsMessage.status.in_((PENDING, FAILED)),
            m.SmsMessage.attempts < max_attempts,
            m.SmsMessage.body.contains(SECRET_SLOT),
        )
        if wanted is not None:
            query = query.where(m.SmsMessage.id.in_(wanted))
        if ctx.db.is_postgres:
            query = query.with_for_update(skip_locked=True)
        for msg in session.scalars(query.order_by(m.SmsMessage.id)):
            if ctx.sms_secrets.pop(msg.id, None) is not None:
                msg.last_error = NO_GATEWAY
            elif msg.created_at <= ctx.now() - SECRET_GRACE:
                msg.last_error = SECRET_LOST
            else:
                continue  # another PC queued it and may hold a gateway and the password
            msg.status, msg.attempts = FAILED, max(msg.attempts, MAX_ATTEMPTS)
            msg.next_attempt_at = None
            failed += 1
    return DeliveryReport(sent=0, failed=failed)


def deliver_quietly(ctx: Context, ids: Iterable[int]) -> None:
    """Try to deliver the given messages right after the business committed; never raises.

    What cannot be sent now stays in the outbox for the next ``deliver_pending`` run.
    """
    try:
        deliver_pending(ctx, ids=list(ids))
    except Exception:  # noqa: BLE001 - the business is committed; delivery is retried later
        log.exception("SMS delivery after commit failed; the messages stay in the outbox")


def messages(
    ctx: Context, *, phone: str | None = None, purpose: str | None = None, status: str | None = None
) -> list[SmsInfo]:
    """Messages of the outbox, newest first (for tools and tests; passwords show as ******)."""
    with database_errors(write=False), ctx.db.read() as session:
        query = select(m.SmsMessage).order_by(m.SmsMessage.id.desc())
        if phone is not None:
            query = query.where(m.SmsMessage.phone == validation.phone(phone))
        if purpose is not None:
            query = query.where(m.SmsMessage.purpose == purpose)
        if status is not None:
            query = query.where(m.SmsMessage.status == status)
        return [_info(row) for row in session.scalars(query)]


def _info(row: m.SmsMessage) -> SmsInfo:
    return SmsInfo(
        id=row.id,
        phone=row.phone,
        body=row.body.replace(SECRET_SLOT, MASK),
        purpose=row.purpose,
        status=row.status,
        attempts=row.attempts,
        created_at=row.created_at,
        sent_at=row.sent_at,
        last_error=row.last_error,
        next_attempt_at=row.next_attempt_at,
    )


def _gateway_info(row: m.SmsGateway | None, store: SecretStore) -> SmsGatewayInfo:
    secret_set = bool(store.get())
    return SmsGatewayInfo(
        configured=row is not None,
        url=row.url if row else "",
        account=row.account if row else "",
        template=row.template if row else "",
        secret_set=secret_set,
        secret_place=store.place,
        secret_changeable=store.changeable,
        ready=row is not None and secret_set,
        updated_by=row.updated_by if row else "",
        updated_at=row.updated_at if row else None,
    )


def _gateway_url(value: str) -> str:
    url = (value or "").strip()
    if not url.lower().startswith(("https://", "http://")):
        raise ValidationError("短信网关地址应以 https:// 开头（本机测试可用 http://）", field="url")
    try:
        parsed = httpx.URL(url)
    except Exception as exc:  # noqa: BLE001 - any unparsable address
        raise ValidationError(f"短信网关地址无法识别：「{url}」", field="url") from exc
    if not parsed.host:
        raise ValidationError(f"短信网关地址缺少主机名：「{url}」", field="url")
    if parsed.scheme == "http" and parsed.host not in ("127.0.0.1", "localhost", "::1"):
        raise ValidationError("短信网关地址须用 https://（http:// 只用于本机测试）", field="url")
    if parsed.userinfo:
        raise ValidationError("短信网关地址中不能写账户或密码：密钥另行保存", field="url")
    return validation.required_text(url, "url", "短信网关地址", 500)


class OutboxService(Service):
    """desk.sms: the outbox (states, errors, retry) and the gateway's settings, for the commission."""

    def deliver_pending(self, *, limit: int = 100, max_attempts: int = MAX_ATTEMPTS) -> DeliveryReport:
        """Send pending and failed messages through the gateway (a failing gateway is recorded, not
        raised; database errors propagate)."""
        return deliver_pending(self.ctx, limit=limit, max_attempts=max_attempts)

    def deliver_due(self, *, limit: int = 20) -> DeliveryReport:
        """The SMS courier's run (see ``deliver_due``): the due messages, a gateway that is down asked
        once. Run by the machine holding the database, not on behalf of a signed-in user."""
        return deliver_due(self.ctx, limit=limit)

    def gateway(self, actor: Actor) -> SmsGatewayInfo:
        """The SMS gateway's settings and whether messages can go out (never the secret). Commission."""
        with self.read(actor, "sms.gateway") as tx:
            permissions.require_role(tx.principal, permissions.COMMISSION)
            row = _settings(tx.session)
            return _gateway_info(row, self.ctx.sms_secret_store)

    def configure_gateway(self, actor: Actor, url: str, account: str, template: str = "",
                          secret: str = "") -> SmsGatewayInfo:
        """Set the HTTP gateway (administrator). ``secret`` "" keeps the kept one; it goes to this PC's
        keyring (or is refused on a desk server, whose secret is in its settings), never the database.
        ``url`` "" removes the gateway (and the secret). Raises PermissionDenied, ValidationError
        (url, account, template, secret)."""
        store = self.ctx.sms_secret_store
        with self.write(actor, "sms.configure_gateway") as tx:
            permissions.require_commission_admin(tx.principal)
            row = _settings(tx.session)
            if not (url or "").strip():
                if row is not None:
                    tx.session.delete(row)
                if store.changeable:
                    store.set(None)
                tx.audit("sms.configure_gateway", "sms_gateway", 1, {"removed": True})
                return _gateway_info(None, store)
            address = _gateway_url(url)
            name = validation.required_text(account, "account", "短信网关账户", 100)
            code = (template or "").strip()
            if len(code) > 100:
                raise ValidationError("短信模板编号不能超过100个字符", field="template")
            secret = (secret or "").strip()
            if secret and len(secret) > 500:
                raise ValidationError("短信网关密钥不能超过500个字符", field="secret")
            if secret:
                store.set(secret)  # refused on a desk server: nothing is written then
            if row is None:
                row = m.SmsGateway(id=1, url=address, account=name, template=code)
                tx.session.add(row)
            row.url, row.account, row.template = address, name, code
            row.updated_by, row.updated_at = tx.principal.username, tx.now
            tx.session.flush()
            tx.audit("sms.configure_gateway", "sms_gateway", 1,
                     {"url": address, "account": name, "template": code, "secret_changed": bool(secret)})
            return _gateway_info(row, store)

    def test_gateway(self, actor: Actor, phone: str) -> SmsInfo:
        """Send a test message to ``phone`` through the gateway now (administrator); returns the message
        with its state (已发送, or 失败 with the gateway's error). Raises ValidationError (phone; no
        gateway)."""
        with self.write(actor, "sms.test_gateway") as tx:
            permissions.require_commission_admin(tx.principal)
            self._require_ready(tx)
            sms_id = queue(tx, phone, TEST_BODY, "gateway_test")
            tx.audit("sms.test_gateway", "sms", sms_id, {"phone": phone})
        deliver_pending(self.ctx, ids=[sms_id], max_attempts=1)
        return self._one(actor, sms_id)

    def outbox(self, actor: Actor, status: str = "", offset: int = 0, limit: int = 200) -> Page[SmsInfo]:
        """Messages of the outbox, newest first, optionally of one state (pending / sent / failed), with
        the count; passwords show as ******. Administrator."""
        if status not in ("", PENDING, SENT, FAILED):
            raise ValidationError(f"短信状态「{status}」不存在：可选 pending、sent、failed", field="status")
        with self.read(actor, "sms.outbox") as tx:
            permissions.require_commission_admin(tx.principal)
            query = select(m.SmsMessage).order_by(m.SmsMessage.id.desc())
            counted = select(func.count(m.SmsMessage.id))
            if status:
                query = query.where(m.SmsMessage.status == status)
                counted = counted.where(m.SmsMessage.status == status)
            query = query.offset(max(0, offset)).limit(max(1, min(limit, 1000)))
            items = [_info(row) for row in tx.session.scalars(query)]
            return Page(items, total=tx.session.scalar(counted) or 0)

    def retry(self, actor: Actor, ids: tuple[int, ...]) -> DeliveryReport:
        """Send the given pending or failed messages again now, whatever their attempts (administrator).
        Raises ValidationError without a gateway."""
        with self.write(actor, "sms.retry") as tx:
            permissions.require_commission_admin(tx.principal)
            self._require_ready(tx)
            wanted = sorted({int(i) for i in ids})
            tx.audit("sms.retry", "sms", ",".join(map(str, wanted))[:200], {"count": len(wanted)})
        return deliver_pending(self.ctx, ids=wanted, limit=len(wanted), max_attempts=1_000_000)

    def delivery(self, actor: Actor, phone: str, purpose: str) -> SmsInfo | None:
        """The newest message of ``purpose`` to ``phone`` (what became of the SMS the counter just
        caused: 已发送, 待发送 or 失败 with the reason). Commission."""
        with self.read(actor, "sms.delivery") as tx:
            permissions.require_role(tx.principal, permissions.COMMISSION)
            row = tx.session.scalar(
                select(m.SmsMessage)
                .where(m.SmsMessage.phone == validation.phone(phone), m.SmsMessage.purpose == purpose)
                .order_by(m.SmsMessage.id.desc())
                .limit(1)
            )
            return _info(row) if row is not None else None

    def _require_ready(self, tx: Tx) -> None:
        store = self.ctx.sms_secret_store
        if self.ctx.sms_sender is None and not _gateway_info(_settings(tx.session), store).ready:
            raise ValidationError("尚未配置短信网关（网关地址、账户和密钥），不能发送短信", field="url")

    def _one(self, actor: Actor, sms_id: int) -> SmsInfo:
        with self.read(actor, "sms.outbox") as tx:
            row = tx.session.get(m.SmsMessage, sms_id)
            assert row is not None
            return _info(row)
