"""SQLAlchemy 2.0 typed models. They hold data only: every rule lives in app.services."""

from app.models.base import Base
from app.models.case import Case, CaseEvent, MaterialCheck, PrintLog
from app.models.org import ActivationCode, AuthSession, Institution, UserAccount
from app.models.person import (
    Filing,
    JurisdictionMember,
    Nurse,
    NurseRegistration,
    Physician,
    ProfileChange,
    Qualification,
    Registration,
    RosterMember,
    ShortTermPermit,
)
from app.models.system import (
    AuditEvent,
    CalendarDay,
    CaseCounter,
    ChainHead,
    ChangeFeed,
    CodeCounter,
    SmsGateway,
    SmsMessage,
)

__all__ = [
    "ActivationCode",
    "AuditEvent",
    "AuthSession",
    "Base",
    "CalendarDay",
    "Case",
    "CaseCounter",
    "CaseEvent",
    "ChainHead",
    "ChangeFeed",
    "CodeCounter",
    "Filing",
    "Institution",
    "JurisdictionMember",
    "MaterialCheck",
    "Nurse",
    "NurseRegistration",
    "Physician",
    "PrintLog",
    "ProfileChange",
    "Qualification",
    "Registration",
    "RosterMember",
    "ShortTermPermit",
    "SmsGateway",
    "SmsMessage",
    "UserAccount",
]
