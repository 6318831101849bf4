"""String enums shared by services, models and views: case kinds, statuses, roles and sources."""

from __future__ import annotations

from enum import StrEnum


class CaseKind(StrEnum):
    """What a case asks for; values are binding (DOMAIN.md) and stored in the database."""

    # submitted by a physician, confirmed by the institution, decided by the commission
    FIRST_REGISTRATION = "first_registration"
    ASSISTANT_UPGRADE = "assistant_upgrade"
    MILITARY_TO_LOCAL = "military_to_local"
    LOCAL_TO_MILITARY = "local_to_military"
    CHANGE = "change"
    DEREGISTRATION = "deregistration"
    MULTI_SITE_FILING = "multi_site_filing"
    MULTI_SITE_CANCEL = "multi_site_cancel"
    MULTI_SITE_WITHDRAW = "multi_site_withdraw"
    # applied for by the institution, start at the commission
    INSTITUTION_FILING = "institution_filing"
    INSTITUTION_DEREGISTRATION = "institution_deregistration"
    # only at the commission counter
    LEGACY_BACKFILL = "legacy_backfill"
    HMT_RECOGNITION = "hmt_recognition"
    HMT_SHORT_TERM = "hmt_short_term"
    FOREIGN_SHORT_TERM = "foreign_short_term"
    DIRECT_REGISTRATION = "direct_registration"
    DIRECT_CHANGE = "direct_change"
    DIRECT_DEREGISTRATION = "direct_deregistration"


class CaseStatus(StrEnum):
    """Where a case stands: draft → submitted → confirmed → approved | rejected (plus returned, withdrawn)."""

    DRAFT = "draft"
    SUBMITTED = "submitted"
    CONFIRMED = "confirmed"
    APPROVED = "approved"
    REJECTED = "rejected"
    RETURNED = "returned"
    WITHDRAWN = "withdrawn"


class Role(StrEnum):
    """Who is signed in."""

    PHYSICIAN = "physician"
    INSTITUTION = "institution"
    COMMISSION = "commission"


class RegistrationStatus(StrEnum):
    """State of a physician's registration: practising, filed to the non-registered pool, or ended."""

    ACTIVE = "active"
    FILED = "filed"
    DEREGISTERED = "deregistered"


class QualificationSource(StrEnum):
    """How a qualification (医师资格) came on record."""

    EXAM_IMPORT = "exam_import"
    LEGACY_BACKFILL = "legacy_backfill"
    HMT_RECOGNITION = "hmt_recognition"
    COUNTER = "counter"


class Level(StrEnum):
    """Practice level (医师级别); the value is the Chinese name used across the contract."""

    PHYSICIAN = "执业医师"
    ASSISTANT = "执业助理医师"


class Category(StrEnum):
    """Practice category (执业类别); the value is the Chinese name used across the contract."""

    CLINICAL = "临床"
    TCM = "中医"
    DENTAL = "口腔"
    PUBLIC_HEALTH = "公共卫生"


PHYSICIAN_KINDS: frozenset[CaseKind] = frozenset(
    {
        CaseKind.FIRST_REGISTRATION,
        CaseKind.ASSISTANT_UPGRADE,
        CaseKind.MILITARY_TO_LOCAL,
        CaseKind.LOCAL_TO_MILITARY,
        CaseKind.CHANGE,
        CaseKind.DEREGISTRATION,
        CaseKind.MULTI_SITE_FILING,
        CaseKind.MULTI_SITE_CANCEL,
        CaseKind.MULTI_SITE_WITHDRAW,
    }
)
"""Kinds a physician submits (start at draft)."""

INSTITUTION_KINDS: frozenset[CaseKind] = frozenset(
    {CaseKind.INSTITUTION_FILING, CaseKind.INSTITUTION_DEREGISTRATION}
)
"""Kinds an institution applies for (start at confirmed)."""

COUNTER_KINDS: frozenset[CaseKind] = frozenset(
    {
        CaseKind.LEGACY_BACKFILL,
        CaseKind.HMT_RECOGNITION,
        CaseKind.HMT_SHORT_TERM,
        CaseKind.FOREIGN_SHORT_TERM,
        CaseKind.DIRECT_REGISTRATION,
        CaseKind.DIRECT_CHANGE,
        CaseKind.DIRECT_DEREGISTRATION,
    }
)
"""Kinds entered by commission staff at the counter (start at confirmed)."""

TERMINAL_STATUSES: frozenset[CaseStatus] = frozenset(
    {CaseStatus.APPROVED, CaseStatus.REJECTED, CaseStatus.WITHDRAWN}
)
"""Statuses after which a case never changes again."""
