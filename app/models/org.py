"""Institutions (医疗机构) and user accounts of all three roles."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.models.base import Base, CodePointString, utcnow

if TYPE_CHECKING:
    from app.models.person import Physician


class Institution(Base):
    """A medical institution with the fields the public register discloses."""

    __tablename__ = "institutions"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(CodePointString(200), index=True)
    address: Mapped[str] = mapped_column(String(300))
    registration_number: Mapped[str] = mapped_column(String(64), unique=True)  # 登记号
    #: 统一社会信用代码 (18 characters, checked by stdnum cn.uscc); None where not yet recorded.
    credit_code: Mapped[str | None] = mapped_column(String(18), index=True, unique=True)
    legal_representative: Mapped[str] = mapped_column(String(60))
    principal: Mapped[str] = mapped_column(String(60))  # 主要负责人
    subjects: Mapped[str] = mapped_column(Text, default="")  # 诊疗科目
    jurisdiction: Mapped[str] = mapped_column(String(6), index=True)  # area code of the place
    approving_authority: Mapped[str] = mapped_column(String(100), default="")  # 审批机关
    licence_valid_until: Mapped[dt.date | None] = mapped_column(Date)
    delegate_name: Mapped[str] = mapped_column(String(60), default="")
    delegate_phone: Mapped[str] = mapped_column(String(20), default="")
    documents_checked: Mapped[dict[str, Any]] = mapped_column(default=dict)
    independent_legal_person: Mapped[bool] = mapped_column(Boolean, default=True)
    name_initials: Mapped[str] = mapped_column(CodePointString(200), default="", index=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    users: Mapped[list[UserAccount]] = relationship(back_populates="institution")


class UserAccount(Base):
    """A sign-in account: physician, institution (hospital HR) or commission (counter staff)."""

    __tablename__ = "user_accounts"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), index=True)
    display_name: Mapped[str] = mapped_column(String(100), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    institution_id: Mapped[int | None] = mapped_column(ForeignKey("institutions.id"), index=True)
    physician_id: Mapped[int | None] = mapped_column(ForeignKey("physicians.id"), index=True)
    jurisdiction: Mapped[str | None] = mapped_column(String(6))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    activated: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column()
    disabled: Mapped[bool] = mapped_column(Boolean, default=False)
    last_login_at: Mapped[dt.datetime | None] = mapped_column()
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1)

    institution: Mapped[Institution | None] = relationship(back_populates="users")
    physician: Mapped[Physician | None] = relationship(back_populates="accounts")


class AuthSession(Base):
    """A signed-in session: the token an Actor stands for (checked by every service call)."""

    __tablename__ = "auth_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user_accounts.id"), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[dt.datetime] = mapped_column()
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
    workstation: Mapped[str] = mapped_column(String(100), default="")
    #: The last call made with the session (written at most once a minute); idle sessions end.
    last_seen_at: Mapped[dt.datetime | None] = mapped_column()


class ActivationCode(Base):
    """An activation code (激活码) an institution issues to an already-registered physician."""

    __tablename__ = "activation_codes"

    id: Mapped[int] = mapped_column(primary_key=True)
    physician_id: Mapped[int] = mapped_column(ForeignKey("physicians.id"), index=True)
    institution_id: Mapped[int] = mapped_column(ForeignKey("institutions.id"))
    code_hash: Mapped[str] = mapped_column(String(200))
    issued_by: Mapped[int] = mapped_column(ForeignKey("user_accounts.id"))
    issued_at: Mapped[dt.datetime] = mapped_column(default=utcnow)
    used_at: Mapped[dt.datetime | None] = mapped_column()
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)


Index("ix_user_accounts_role_jurisdiction", UserAccount.role, UserAccount.jurisdiction)
