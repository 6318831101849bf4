"""Audit trail, change feed, registration-code counters, SMS outbox and the working-day calendar."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigID, utcnow


class AuditEvent(Base):
    """Who did what, when, from which PC; sign-ins, refusals and every change."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigID, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"), index=True)
    username: Mapped[str] = mapped_column(String(64), default="")
    role: Mapped[str] = mapped_column(String(16), default="")
    action: Mapped[str] = mapped_column(String(48), index=True)
    object_type: Mapped[str] = mapped_column(String(32), default="")
    object_id: Mapped[str] = mapped_column(String(40), default="")
    outcome: Mapped[str] = mapped_column(String(16), default="ok")  # ok / refused / failed
    workstation: Mapped[str] = mapped_column(String(100), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Place in the tamper-evident chain and sha256 over the row and the previous row's hash
    #: (set when the transaction commits; app.services.audit).
    chain_seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    row_hash: Mapped[str | None] = mapped_column(String(64))


class ChainHead(Base):
    """The newest link of each append-only table's hash chain; locked to append (one writer at a time)."""

    __tablename__ = "audit_chain_heads"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, default=0)
    last_hash: Mapped[str] = mapped_column(String(64), default="")


class ChangeFeed(Base):
    """One row per committed change; clients poll since(seq) (PostgreSQL also NOTIFYs)."""

    __tablename__ = "change_feed"

    seq: Mapped[int] = mapped_column(BigID, primary_key=True, autoincrement=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(32))  # created / updated / approved / ...
    jurisdiction: Mapped[str | None] = mapped_column(String(6))
    institution_id: Mapped[int | None] = mapped_column(Integer)
    physician_id: Mapped[int | None] = mapped_column(Integer)
    user_id: Mapped[int | None] = mapped_column(Integer)


class CodeCounter(Base):
    """The last registration-code serial issued per (province, year); locked FOR UPDATE to issue the next."""

    __tablename__ = "code_counters"

    province: Mapped[str] = mapped_column(String(6), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class CaseCounter(Base):
    """The last case-number serial per (prefix, day)."""

    __tablename__ = "case_counters"

    prefix: Mapped[str] = mapped_column(String(16), primary_key=True)
    last_value: Mapped[int] = mapped_column(Integer, default=0)


class SmsMessage(Base):
    """The SMS outbox: messages to phones, sent by a pluggable sender (the default only records)."""

    __tablename__ = "sms_outbox"

    id: Mapped[int] = mapped_column(primary_key=True)
    phone: Mapped[str] = mapped_column(String(20), index=True)
    body: Mapped[str] = mapped_column(Text)
    purpose: Mapped[str] = mapped_column(String(32), default="")
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column()
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending / sent / failed
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    #: When the SMS courier tries it (again): when queued, then after each failed try that try's time plus
    #: its pause (app.services.sms.next_attempt_at); None once sent or left for a person.
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column()


#: The courier's "what is due now": status pending / failed, next_attempt_at at most now.
Index("ix_sms_outbox_status_next_attempt", SmsMessage.status, SmsMessage.next_attempt_at)


class SmsGateway(Base):
    """The commission's HTTP SMS gateway (one row, id 1): where and as whom to send. The gateway's secret is
    never here: it is in this PC's keyring or the desk server's settings (app.services.sms)."""

    __tablename__ = "sms_gateway"

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(500))
    account: Mapped[str] = mapped_column(String(100))
    template: Mapped[str] = mapped_column(String(100), default="")
    updated_by: Mapped[str] = mapped_column(String(64), default="")
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class CalendarDay(Base):
    """A day the commission marked as working or not, for years the holiday library does not know."""

    __tablename__ = "calendar_days"

    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    is_workday: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(String(60), default="")
