"""Cases (业务申请) with their events, material checks and print log."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, utcnow


class Case(Base):
    """One piece of business (an application or a counter case) moving through its statuses."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(32), unique=True)  # printed case number
    kind: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16))
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    physician_id: Mapped[int | None] = mapped_column(ForeignKey("physicians.id"))
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    # Where the case belongs: the county-level area code of the institution (or the place), with its
    # city and province codes beside it so every level of commission filters by equality on an index.
    jurisdiction: Mapped[str] = mapped_column(String(6))
    city: Mapped[str] = mapped_column(String(6))
    province: Mapped[str] = mapped_column(String(6))
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    registration_id: Mapped[int | None] = mapped_column(ForeignKey("registrations.id", use_alter=True))
    registration_code: Mapped[str | None] = mapped_column(String(32))
    # 医师执业证书编码 issued with the code (registering kinds), as the registration carries it
    practice_certificate_number: Mapped[str | None] = mapped_column(String(15))
    created_by: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[dt.datetime | None] = mapped_column()
    received_at: Mapped[dt.datetime | None] = mapped_column()  # reached the commission (complete case)
    deadline: Mapped[dt.date | None] = mapped_column(Date)
    deadline_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    decided_at: Mapped[dt.datetime | None] = mapped_column()
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    claimed_at: Mapped[dt.datetime | None] = mapped_column()
    applicant_name: Mapped[str] = mapped_column(String(60), default="")  # denormalised for the queue
    applicant_id_number: Mapped[str] = mapped_column(String(40), default="")
    # An institution's report of a departure or deregistration ground (30 days): the day it was due and
    # how many days late it was filed (0 on time); NULL for other kinds.
    report_due: Mapped[dt.date | None] = mapped_column(Date)
    report_late_days: Mapped[int | None] = mapped_column(Integer)

    events: Mapped[list[CaseEvent]] = relationship(back_populates="case", order_by="CaseEvent.id")

    __mapper_args__ = {"version_id_col": version}


class CaseEvent(Base):
    """One transition or note in a case's history: who, in which role and institution, when, what, why."""

    __tablename__ = "case_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    actor_name: Mapped[str] = mapped_column(String(100), default="")
    actor_role: Mapped[str] = mapped_column(String(16), default="")
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"))
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str | None] = mapped_column(String(16))
    reason_code: Mapped[str | None] = mapped_column(String(40))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    #: Place in the tamper-evident chain and sha256 over the row and the previous row's hash.
    chain_seq: Mapped[int | None] = mapped_column(BigInteger, unique=True)
    row_hash: Mapped[str | None] = mapped_column(String(64))

    case: Mapped[Case] = relationship(back_populates="events")


class MaterialCheck(Base):
    """A paper material of a case ticked off as it arrives at the counter."""

    __tablename__ = "material_checks"
    __table_args__ = (UniqueConstraint("case_id", "material", name="uq_material_checks_case_material"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    material: Mapped[str] = mapped_column(String(200))
    received: Mapped[bool] = mapped_column(Boolean, default=False)
    checked_by: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    checked_at: Mapped[dt.datetime | None] = mapped_column()


class PrintLog(Base):
    """Paper that left the desk: who printed which document of which case, which copy; reprints marked."""

    __tablename__ = "print_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int] = mapped_column(ForeignKey("cases.id"), index=True)
    document: Mapped[str] = mapped_column(String(40))
    copy_no: Mapped[int] = mapped_column(Integer, default=1)
    reprint: Mapped[bool] = mapped_column(Boolean, default=False)
    printed_by: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    printed_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    note: Mapped[str] = mapped_column(Text, default="")


# The commission queue: jurisdiction prefix + status, sorted by deadline then id (keyset paging).
Index("ix_cases_status_province_deadline", Case.status, Case.province, Case.deadline, Case.id)
Index("ix_cases_status_city_deadline", Case.status, Case.city, Case.deadline, Case.id)
Index("ix_cases_status_jurisdiction_deadline", Case.status, Case.jurisdiction, Case.deadline, Case.id)
Index("ix_cases_physician", Case.physician_id, Case.id)
Index("ix_cases_physician_province", Case.physician_id, Case.province)  # the roster's per-row probe
Index("ix_cases_institution_status", Case.institution_id, Case.status, Case.id)
Index("ix_cases_status_received", Case.status, Case.received_at)
# One open case of a kind per person (checked at submit and again at approval) and the queue's ID search.
Index("ix_cases_applicant_id_number", Case.applicant_id_number, Case.kind)
# the commission's overview (desk.cases.overview), index-only at every level of commission (migration 0014)
Index("ix_cases_overview_area", Case.province, Case.city, Case.jurisdiction, Case.kind, Case.status,
      Case.deadline, Case.institution_id)
Index("ix_cases_status_decided", Case.status, Case.decided_at, Case.province, Case.city, Case.jurisdiction)
# The commission's departure lists: reports by kind and due day.
Index("ix_cases_kind_report_due", Case.kind, Case.report_due, Case.id)
# An institution's roster: the physicians of its cases, read from the index alone.
Index("ix_cases_institution_physician", Case.institution_id, Case.physician_id)
