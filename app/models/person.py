"""Physicians (people), their qualifications, registrations, filings and short-term permits; nurses."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, CodePointString, utcnow

if TYPE_CHECKING:
    from app.models.org import Institution, UserAccount


class Physician(Base):
    """A person who holds or seeks a physician's qualification. Identified by resident ID."""

    __tablename__ = "physicians"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(CodePointString(60), index=True)
    # pinyin initials of every reading, space-separated (app.services.search.initials)
    name_initials: Mapped[str] = mapped_column(CodePointString(60), default="", index=True)
    # the pinyin the roster sorts by (app.services.search.pinyin_key), e.g. "zhang1 san1"
    name_pinyin: Mapped[str] = mapped_column(CodePointString(240), default="", server_default="")
    gender: Mapped[str] = mapped_column(String(2))  # 男 / 女
    id_number: Mapped[str] = mapped_column(String(40), unique=True)  # resident ID or passport/permit no.
    id_type: Mapped[str] = mapped_column(String(16), default="resident_id")
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    nationality: Mapped[str] = mapped_column(String(40), default="中国")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(120), default="")
    education: Mapped[str] = mapped_column(String(40), default="")  # 学历
    school: Mapped[str] = mapped_column(String(120), default="")  # 毕业院校
    title: Mapped[str] = mapped_column(String(40), default="")  # 任职资格 / 职称
    department: Mapped[str] = mapped_column(String(60), default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("physicians.id"))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    qualifications: Mapped[list[Qualification]] = relationship(back_populates="physician")
    registrations: Mapped[list[Registration]] = relationship(back_populates="physician")
    accounts: Mapped[list[UserAccount]] = relationship(back_populates="physician")


class Qualification(Base):
    """A physician's qualification (医师资格): from the exam centre's list, a backfill or HMT recognition."""

    __tablename__ = "qualifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    physician_id: Mapped[int | None] = mapped_column(ForeignKey("physicians.id"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    id_number: Mapped[str] = mapped_column(String(40), index=True)
    certificate_code: Mapped[str | None] = mapped_column(String(27), unique=True)  # 医师资格证书编码
    exam_ticket: Mapped[str | None] = mapped_column(String(20), unique=True)  # 准考证号
    level: Mapped[str] = mapped_column(String(10))  # 执业医师 / 执业助理医师
    category: Mapped[str] = mapped_column(String(10))  # 临床 / 口腔 / 公共卫生 / 中医
    source: Mapped[str] = mapped_column(String(20), default="exam_import")
    issued_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)

    physician: Mapped[Physician | None] = relationship(back_populates="qualifications")


class Registration(Base):
    """A practice registration (执业注册) in one province, with its main institution."""

    __tablename__ = "registrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    physician_id: Mapped[int] = mapped_column(ForeignKey("physicians.id"), index=True)
    qualification_id: Mapped[int | None] = mapped_column(ForeignKey("qualifications.id"))
    level: Mapped[str] = mapped_column(String(10))
    category: Mapped[str] = mapped_column(String(10))
    scopes: Mapped[list[str]] = mapped_column(default=list)
    # 执业地点: area code (province for 执业医师, county for 助理)
    place: Mapped[str] = mapped_column(String(6))
    province: Mapped[str] = mapped_column(String(6), index=True)  # e.g. 440000
    main_institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"))
    registration_code: Mapped[str | None] = mapped_column(String(32), unique=True)  # 电子化注册识别码
    practice_certificate_number: Mapped[str | None] = mapped_column(String(15), unique=True)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active / filed / deregistered
    issuing_authority: Mapped[str] = mapped_column(String(100), default="")  # 发证机关
    authority_code: Mapped[str] = mapped_column(String(6), default="")
    registered_on: Mapped[dt.date | None] = mapped_column(Date)
    filed_on: Mapped[dt.date | None] = mapped_column(Date)
    filing_reason: Mapped[str | None] = mapped_column(String(40))
    ended_on: Mapped[dt.date | None] = mapped_column(Date)
    end_reason: Mapped[str | None] = mapped_column(String(200))
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", use_alter=True))
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    physician: Mapped[Physician] = relationship(back_populates="registrations")
    main_institution: Mapped[Institution | None] = relationship()
    filings: Mapped[list[Filing]] = relationship(back_populates="registration")


class Filing(Base):
    """An additional practice institution (多执业机构备案) of a registration."""

    __tablename__ = "filings"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(ForeignKey("registrations.id"), index=True)
    physician_id: Mapped[int] = mapped_column(ForeignKey("physicians.id"), index=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id"), index=True)
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(16), default="active")  # active / cancelled
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", use_alter=True))

    registration: Mapped[Registration] = relationship(back_populates="filings")
    institution: Mapped[Institution] = relationship()


class ShortTermPermit(Base):
    """Short-term practice of a Hong Kong/Macau/Taiwan or foreign physician (短期行医)."""

    __tablename__ = "short_term_permits"

    id: Mapped[int] = mapped_column(primary_key=True)
    physician_id: Mapped[int] = mapped_column(ForeignKey("physicians.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # hmt / foreign
    origin: Mapped[str] = mapped_column(String(60))  # country or region
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"))  # where they practise
    inviting_institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"))
    category: Mapped[str] = mapped_column(String(10))
    scopes: Mapped[list[str]] = mapped_column(default=list)
    term_start: Mapped[dt.date] = mapped_column(Date)
    term_end: Mapped[dt.date] = mapped_column(Date)
    permit_number: Mapped[str | None] = mapped_column(String(32), unique=True)
    case_id: Mapped[int | None] = mapped_column(ForeignKey("cases.id", use_alter=True))
    status: Mapped[str] = mapped_column(String(16), default="active")
    # A renewal (延期) continues this earlier permit of the same physician (its term starts the day after).
    renews_permit_id: Mapped[int | None] = mapped_column(Integer, index=True)


class Nurse(Base):
    """A nurse, kept only for the public register (姓名, 性别, 执业证书编号, 执业地点, 发证机关)."""

    __tablename__ = "nurses"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(CodePointString(60), index=True)
    gender: Mapped[str] = mapped_column(String(2))
    id_number: Mapped[str] = mapped_column(String(40), unique=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)


class NurseRegistration(Base):
    """A nurse's practice registration, valid five years."""

    __tablename__ = "nurse_registrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    nurse_id: Mapped[int] = mapped_column(ForeignKey("nurses.id"), index=True)
    certificate_number: Mapped[str] = mapped_column(String(32), unique=True)  # 执业证书编号
    place: Mapped[str] = mapped_column(String(6))
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"))
    issuing_authority: Mapped[str] = mapped_column(String(100), default="")
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class ProfileChange(Base):
    """A change of non-registration details (学历, 院校, 职称, photo…) awaiting the institution's approval."""

    __tablename__ = "profile_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    physician_id: Mapped[int] = mapped_column(ForeignKey("physicians.id"), index=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id"), index=True)
    field: Mapped[str] = mapped_column(String(40))
    old_value: Mapped[str] = mapped_column(Text, default="")
    new_value: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="pending")  # pending / approved / refused
    requested_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("user_accounts.id"))
    decided_at: Mapped[dt.datetime | None] = mapped_column()
    reason: Mapped[str] = mapped_column(Text, default="", server_default="")  # why it was refused


Index("ix_qualifications_name_id", Qualification.name, Qualification.id_number)
# The roster sorted by name then id (keyset paging), and the non-registered pool by filing date.
Index("ix_physicians_name_id", Physician.name, Physician.id)
Index("ix_physicians_pinyin_id", Physician.name_pinyin, Physician.id)
# Duplicate records (desk.merges): the same name and birth date.
Index("ix_physicians_name_birth", Physician.name, Physician.birth_date)
Index("ix_physicians_birth_date", Physician.birth_date)
Index("ix_registrations_status_province_filed", Registration.status, Registration.province,
      Registration.filed_on, Registration.id)
Index("ix_registrations_main_status", Registration.main_institution_id, Registration.status, Registration.id)
# An institution's roster: its physicians by main registration, read from the index alone.
Index("ix_registrations_main_status_physician", Registration.main_institution_id, Registration.status,
      Registration.physician_id)
Index("ix_registrations_physician_status", Registration.physician_id, Registration.status)
# A commission's roster walks physicians in name order and probes each one's registrations by province.
Index("ix_registrations_physician_province", Registration.physician_id, Registration.province)
# PostgreSQL (with pg_trgm, see migration 0005): pinyin initials of the other readings, LIKE '% zw%'.
Index(
    "ix_physicians_initials_trgm", Physician.name_initials, postgresql_using="gin",
    postgresql_ops={"name_initials": "gin_trgm_ops"},
).ddl_if(dialect="postgresql")

Index("ix_filings_institution_status", Filing.institution_id, Filing.status)
# An institution's pending personal-detail changes, oldest first.
Index("ix_profile_changes_institution_status", ProfileChange.institution_id, ProfileChange.status,
      ProfileChange.id)


class RosterMember(Base):
    """A physician on an institution's roster (derived): kept by database triggers (migration 0015) from the
    three sources ``permissions.institution_physician_ids`` reads, so the roster pages from one index in
    name order. ``n_main``: the physician's active or filed registrations with the institution as main
    institution; ``n_filing``: active filings at it; ``n_case``: cases at it. A row exists while any is
    above 0. No foreign keys: the triggers move the rows when registrations, filings or cases move to
    another physician (desk.merges), so merge.FOLLOWS does not list it."""

    __tablename__ = "roster_members"

    institution_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    physician_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # the physician's name_pinyin, followed by a trigger on physicians
    name_pinyin: Mapped[str] = mapped_column(CodePointString(240), default="", server_default="")
    n_main: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    n_filing: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    n_case: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


# An institution's roster in name order (keyset paging), and the rename trigger's lookup by physician.
Index("ix_roster_members_institution_pinyin", RosterMember.institution_id, RosterMember.name_pinyin,
      RosterMember.physician_id)
Index("ix_roster_members_physician", RosterMember.physician_id)


class JurisdictionMember(Base):
    """A physician a commission of ``area`` sees (derived): kept by database triggers (migration 0016) from
    the rule ``permissions.commission_physician_clause`` applies — a registration, a case or (a province) the
    resident ID in the area — so a commission's name search is one index range (app.jurisdiction_membership).
    ``area``: a province, city or county code; ``n``: how many (source row, level) pairs put the physician
    there; a row exists while it is above 0. ``name``: the physician's, followed by a trigger. No foreign
    keys: the triggers move the rows when registrations or cases move to another physician (desk.merges)."""

    __tablename__ = "jurisdiction_members"

    physician_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    area: Mapped[str] = mapped_column(String(6), primary_key=True)
    name: Mapped[str] = mapped_column(CodePointString(60))
    n: Mapped[int] = mapped_column(Integer, default=0, server_default="0")


# A commission's name search as typed: the area's physicians in name order (keyset paging).
Index("ix_jurisdiction_members_area_name", JurisdictionMember.area, JurisdictionMember.name,
      JurisdictionMember.physician_id)
