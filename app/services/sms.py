"""The SMS outbox: messages are queued in the transaction of the business that causes them, then delivered.

``queue(tx, …)`` adds a row to ``sms_outbox`` inside the caller's transaction, so a refused or rolled-back
call sends nothing. ``deliver_pending(ctx)`` hands pending (and earlier failed) messages to
``ctx.sms_sender`` one at a time, marking each sent or failed and counting attempts; a gateway is plugged
in as another sender without changing any caller.

No password rests in the outbox: a message carrying one (an initial or reset password) is stored with
the slot ``{secret}`` masked, and the password itself is held only in this process's memory
(``Context.sms_secrets``) until the message has gone out. A message whose password this process does not
hold (the PC that queued it was closed before the gateway took it) is not sent with a hole in it: after
SECRET_GRACE it is given up with a note to reset the password.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select

from app import models as m
from app.services import validation
from app.services.base import Context, Service, Tx, database_errors
from app.services.types import DeliveryReport

log = logging.getLogger(__name__)

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


@dataclass(frozen=True)
class SmsInfo:
    """One message of the outbox."""

    id: int
    phone: str
    body: str
    purpose: str
    status: str
    attempts: int
    created_at: dt.datetime
    sent_at: dt.datetime | None
    last_error: str


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
    """Hand pending and failed (fewer than ``max_attempts``) messages to ``ctx.sms_sender``, oldest first.

    Each message is sent in a transaction of its own holding its row locked (PostgreSQL: FOR UPDATE
    SKIP LOCKED, so two PCs never send the same message; SQLite: BEGIN IMMEDIATE). A sender that raises
    leaves the message "failed" with the error and the attempt counted. With ``ids``, only those.
    """
    wanted = list(ids) if ids is not None else None
    sent = failed = 0
    last_id = 0
    for _ in range(max(0, limit)):
        with database_errors(write=True), ctx.db.write() as session:
            query = (
                select(m.SmsMessage)
                .where(
                    m.SmsMessage.id > last_id,
                    m.SmsMessage.status.in_((PENDING, FAILED)),
                    m.SmsMessage.attempts < max_attempts,
                )
                .order_by(m.SmsMessage.id)
                .limit(1)
            )
            if wanted is not None:
                query = query.where(m.SmsMessage.id.in_(wanted))
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
                    msg.status, msg.attempts, msg.last_error = FAILED, max_attempts, SECRET_LOST
                    failed += 1
                    continue
                text = text.replace(SECRET_SLOT, secret)
            msg.attempts += 1
            try:
                ctx.sms_sender.send(msg.phone, text)
            except Exception as exc:  # noqa: BLE001 - any gateway failure is recorded and retried later
                msg.status = FAILED
                msg.last_error = f"{type(exc).__name__}: {exc}"[:1000]
                failed += 1
                log.warning("SMS %s to %s failed: %s", msg.id, msg.phone[-4:], exc)
            else:  # the password leaves memory once the gateway has it
                msg.status = SENT
                msg.sent_at = ctx.now()
                msg.last_error = ""
                ctx.sms_secrets.pop(msg.id, None)
                sent += 1
    return DeliveryReport(sent=sent, failed=failed)


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
    )


class OutboxService(Service):
    """The outbox as a service (for a desk attribute or a background timer): deliver what is pending."""

    def deliver_pending(self, *, limit: int = 100, max_attempts: int = MAX_ATTEMPTS) -> DeliveryReport:
        """Send pending and failed messages through the context's sender (a failing sender is recorded,
        not raised; database errors propagate)."""
        return deliver_pending(self.ctx, limit=limit, max_attempts=max_attempts)
