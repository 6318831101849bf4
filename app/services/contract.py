"""The desk's contract: every value, error, constant and service method a window (or a wire) may use.

Free of SQLAlchemy and Qt, so the desk server and the remote desk share it with the local services:
views import from here only (plus ``open_desk`` and the packaged reference data), the server builds its
routes from the typed Protocols below, and the remote desk implements the same Protocols over HTTP.
Every signature uses concrete types (dataclasses of ``app.services.types``, str, int, bool, date, list,
dict) so each argument and result turns into JSON and back (pydantic ``TypeAdapter``). On the wire:
``bytes`` (PDFs, an imported file) travel as base64 (``ser_json_bytes="base64"``); the ``**details`` of
``cases.submit`` and its kin are one JSON object; a DomainError travels as ``to_dict()`` and is rebuilt
with ``DomainError.from_dict`` (``ERRORS`` maps each stable code to its class); methods named in
``LOCAL_ONLY`` are not published.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol, runtime_checkable

from app.services import reference
from app.services.enums import (
    COUNTER_KINDS,
    INSTITUTION_KINDS,
    PHYSICIAN_KINDS,
    TERMINAL_STATUSES,
    CaseKind,
    CaseStatus,
    Category,
    Level,
    QualificationSource,
    RegistrationStatus,
    Role,
)
from app.services.errors import (
    ERRORS,
    AuthenticationError,
    ConflictError,
    DomainError,
    EnvironmentFault,
    ExportCancelled,
    InvalidTransition,
    NotFound,
    PermissionDenied,
    ValidationError,
)
from app.services.reference import Reason
from app.services.search import has_han, pinyin_key
from app.services.types import (
    CASE_NUMBER_PATTERN,
    FILING_HEADERS,
    INSTITUTION_IMPORT_LABELS,
    MAIN_HEADERS,
    NURSE_IMPORT_LABELS,
    OPEN_STATUSES,
    OVERVIEW_DAYS,
    OVERVIEW_INSTITUTIONS,
    PROFILE_FIELDS,
    PROFILE_MAX_LENGTH,
    QUALIFICATION_IMPORT_LABELS,
    SMS_COURIER_BATCH,
    SMS_COURIER_EVERY,
    SMS_COURIER_MAX_PAUSE,
    SMS_STATES,
    AccountInfo,
    Actor,
    AwaitingActivation,
    CalendarDayView,
    Case,
    CaseDetail,
    CaseEventView,
    CaseMaterial,
    CaseOverview,
    CaseSummary,
    Change,
    DayCount,
    DeliveryReport,
    DepartureReport,
    DepartureSummary,
    DuplicatePair,
    FieldProblem,
    FilingExportRow,
    FilingView,
    ImportResult,
    InstitutionChoice,
    InstitutionExport,
    InstitutionInfo,
    InstitutionLoad,
    KindCount,
    KindStatusCount,
    MainPracticeRow,
    Material,
    MaterialState,
    MergeComparison,
    MergeResult,
    MergeSide,
    NoticeVerdict,
    Page,
    PaperPreview,
    PermitView,
    PersonView,
    PhysicianDetail,
    PhysicianRow,
    PoolEntry,
    PrintRecord,
    ProfileChangeView,
    PublicInstitution,
    PublicNurse,
    PublicPhysician,
    QualificationView,
    RecordEvent,
    RegisteredPhysician,
    RegistrationView,
    RowError,
    SmsGatewayInfo,
    SmsInfo,
)

# --- constants and pure functions the windows need ----------------------------------------------

#: China Standard Time (no daylight saving): the calendar dates clerks see.
CHINA = dt.timezone(dt.timedelta(hours=8), "CST")
#: The national jurisdiction code (国家卫生健康委).
NATIONAL = "000000"

#: Kinds whose approval creates a registration (and issues a new registration code).
REGISTERING_KINDS: frozenset[CaseKind] = frozenset(
    {
        CaseKind.FIRST_REGISTRATION,
        CaseKind.MILITARY_TO_LOCAL,
        CaseKind.DIRECT_REGISTRATION,
        CaseKind.ASSISTANT_UPGRADE,
    }
)
#: Kinds that issue a code from the registration-code series on approval.
CODE_ISSUING_KINDS: frozenset[CaseKind] = REGISTERING_KINDS | {
    CaseKind.HMT_SHORT_TERM,
    CaseKind.FOREIGN_SHORT_TERM,
}

#: Identity document types of walk-in applicants: key → Chinese name.
ID_TYPES = {"resident_id": "居民身份证", "hmt_permit": "港澳台居民往来通行证", "passport": "护照"}
#: Where an HMT (港澳台) physician comes from.
HMT_ORIGINS = ("香港", "澳门", "台湾")
#: Chinese names of the case details (and of the fields a refusal names).
FIELD_LABELS = {
    "institution_id": "执业机构",
    "inviting_institution_id": "邀请机构",
    "registration_id": "注册记录",
    "level": "医师级别",
    "category": "执业类别",
    "scopes": "执业范围",
    "place": "执业地点",
    "reason": "原因",
    "effective_date": "生效日期",
    "term_start": "期限开始日期",
    "term_end": "期限结束日期",
    "renews_permit_id": "原短期行医许可",
    "name": "姓名",
    "id_number": "证件号码",
    "id_type": "证件类型",
    "gender": "性别",
    "birth_date": "出生日期",
    "origin": "国籍或地区",
    "certificate_code": "医师资格证书编码",
    "issued_on": "资格取得日期",
    "note": "备注",
}

#: The papers an institution's delegate brings; the commission ticks each one before the account is created.
#: An institution reports a departure (注册备案) or a deregistration ground (注销注册) within this many
#: days of the departure / of knowing the cause (the case's effective_date; without one, the day it is filed).
REPORT_DAYS = 30

INSTITUTION_DOCUMENTS: tuple[tuple[str, str], ...] = (
    ("licence", "《医疗机构执业许可证》正本及复印件"),
    ("authorisation_letter", "授权委托书"),
    ("delegate_id", "被委托人身份证"),
)

#: Methods of the Protocols below that only the machine holding the database runs (no signed-in actor):
#: a desk server runs them itself and does not publish them.
LOCAL_ONLY: frozenset[str] = frozenset({"sms.deliver_pending", "sms.deliver_due"})
#: Services of a local desk only: they read or write files on the machine holding the database (a backup, a
#: bulk open-data export); a remote desk has none (the server's machine runs them: ``regdesk backup|export``).
LOCAL_SERVICES: frozenset[str] = frozenset({"backup", "opendata"})


def authority_name(jurisdiction: str) -> str:
    """The commission of an area as printed (审批机关): "广东省卫生健康委员会"."""
    if jurisdiction == NATIONAL:
        return "国家卫生健康委员会"
    return f"{reference.area_name(jurisdiction)}卫生健康委员会"


def password_letter_pdf(
    *, institution_name: str, registration_number: str, delegate_name: str, username: str, password: str,
    organisation: str, printed_by: str, printed_at: dt.datetime, reset: bool = False,
) -> bytes:
    """The sealed password letter (密码函) as a PDF, built in this process (the password never crosses the
    wire or lands in a file unless the clerk saves it): for handing an initial or reset password over when
    no SMS took it."""
    from app.services.letter import PasswordLetter, build_password_letter_pdf

    return build_password_letter_pdf(PasswordLetter(
        institution_name, registration_number, delegate_name, username, password, organisation, printed_by,
        printed_at, reset))


def level_of(code: str) -> str:
    """'nation', 'province', 'city' or 'county' for a jurisdiction code."""
    if code == NATIONAL:
        return "nation"
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


def covers(jurisdiction: str | None, area: str | None) -> bool:
    """Whether a commission of ``jurisdiction`` covers the area code ``area``."""
    if not jurisdiction or not area:
        return False
    level = level_of(jurisdiction)
    if level == "nation":
        return True
    if level == "province":
        return area[:2] == jurisdiction[:2]
    if level == "city":
        return area[:4] == jurisdiction[:4]
    return area == jurisdiction


def china_date(value: dt.datetime) -> dt.date:
    """The calendar date in China of an aware timestamp (a naive one is taken as it is)."""
    return value.astimezone(CHINA).date() if value.tzinfo else value.date()


# --- the services ---------------------------------------------------------------------------------
# One Protocol per service of the desk, naming every public method with its exact signature. The local
# services (app.services.*Service) and the remote desk implement them; tests/unit/test_contract.py checks
# that they agree parameter by parameter.


class AuthAPI(Protocol):
    """desk.auth: sign-in, passwords, physicians' own accounts."""

    def needs_setup(self) -> bool: ...

    def setup(
        self, username: str, password: str, *, jurisdiction: str = "440000", name: str = ""
    ) -> Actor: ...

    def setup_problems(
        self, username: str, password: str, *, jurisdiction: str = "440000", name: str = ""
    ) -> list[FieldProblem]: ...

    def login(self, username: str, password: str) -> Actor: ...

    def logout(self, actor: Actor) -> None: ...

    def whoami(self, actor: Actor) -> Actor: ...

    def change_password(self, actor: Actor, old_password: str, new_password: str) -> Actor: ...

    def unlock(self, actor: Actor, password: str) -> Actor: ...

    def register_physician(
        self, name: str, id_number: str, phone: str, email: str, username: str, password: str
    ) -> RegisteredPhysician: ...

    def activate_physician(
        self,
        actor: Actor,
        *,
        certificate_code: str | None = None,
        exam_ticket: str | None = None,
        activation_code: str | None = None,
    ) -> Actor: ...


class AccountsAPI(Protocol):
    """desk.accounts: institution and commission accounts, physicians' phones and activation codes."""

    def create_institution(
        self,
        actor: Actor,
        *,
        name: str,
        address: str,
        registration_number: str,
        legal_representative: str,
        principal: str,
        subjects: str | list[str],
        jurisdiction: str,
        delegate_name: str,
        delegate_phone: str,
        licence_valid_until: dt.date | str | None = None,
        documents_checked: list[str] | dict[str, bool] | None = None,
        credit_code: str = "",
    ) -> tuple[InstitutionInfo, str, str]: ...

    def reset_institution_password(self, actor: Actor, institution_id: int) -> tuple[str, str]: ...

    def institution(self, actor: Actor, institution_id: int) -> InstitutionInfo: ...

    def institutions(
        self, actor: Actor, query: str = "", offset: int = 0, limit: int = 50
    ) -> Page[InstitutionInfo]: ...

    def create_commission_user(
        self, actor: Actor, *, username: str, name: str, jurisdiction: str, phone: str, is_admin: bool = False
    ) -> tuple[str, str]: ...

    def set_account_disabled(self, actor: Actor, user_id: int, disabled: bool) -> AccountInfo: ...

    def account(self, actor: Actor, user_id: int) -> AccountInfo: ...

    def change_physician_phone(self, actor: Actor, physician_id: int, phone: str) -> str: ...

    def find_username(self, actor: Actor, id_number: str, name: str) -> str: ...

    def issue_activation_code(self, actor: Actor, physician_id: int) -> str: ...

    def awaiting_activation(
        self, actor: Actor, offset: int = 0, limit: int = 50
    ) -> Page[AwaitingActivation]: ...


class RosterAPI(Protocol):
    """desk.roster: the exam centre's list, the roster, a physician's record, the non-registered pool."""

    def import_qualifications(
        self,
        actor: Actor,
        rows: list[dict[str, Any]] | None = None,
        *,
        data: bytes | None = None,
        filename: str | None = None,
    ) -> ImportResult: ...

    def physicians(
        self,
        actor: Actor,
        query: str = "",
        *,
        status: str | None = None,
        category: str | None = None,
        level: str | None = None,
        institution_id: int | None = None,
        offset: int = 0,
        limit: int = 50,
        after: tuple[str, int] | None = None,
        with_total: bool = False,
    ) -> Page[PhysicianRow]: ...

    def physician(self, actor: Actor, physician_id: int) -> PhysicianDetail: ...

    def registrations(self, actor: Actor, physician_id: int) -> list[RegistrationView]: ...

    def pool(self, actor: Actor, offset: int = 0, limit: int = 50) -> Page[PoolEntry]: ...

    def candidates(self, actor: Actor, limit: int = 1000) -> list[PoolEntry]: ...

    def departures(
        self,
        actor: Actor,
        which: str = "overdue",
        institution_id: int | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> Page[DepartureReport]: ...

    def deregistration_candidates(
        self, actor: Actor, institution_id: int | None = None, offset: int = 0, limit: int = 50
    ) -> Page[PoolEntry]: ...

    def departure_summary(self, actor: Actor, offset: int = 0, limit: int = 50) -> Page[DepartureSummary]: ...

    def export_rows(self, actor: Actor) -> InstitutionExport: ...


class CasesAPI(Protocol):
    """desk.cases: every kind of business from application to the issued code."""

    def get(self, actor: Actor, case_id: int) -> Case: ...

    def detail(self, actor: Actor, case_id: int) -> CaseDetail: ...

    def queue(
        self,
        actor: Actor,
        status: str | list[str] | None = None,
        kind: str | list[str] | None = None,
        offset: int = 0,
        limit: int = 50,
        overdue: bool | None = None,
        after: tuple[str, int] | None = None,
        search: str | None = None,
        physician_id: int | None = None,
        with_total: bool | None = None,
        institution_id: int | None = None,
        decided_on: dt.date | None = None,
    ) -> Page[Case]: ...

    def overview(self, actor: Actor) -> CaseOverview: ...

    def overdue(
        self, actor: Actor, offset: int = 0, limit: int = 50, after: tuple[str, int] | None = None
    ) -> Page[Case]: ...

    def timeline(self, actor: Actor, case_id: int) -> list[CaseEventView]: ...

    def refusal_reasons(self, kind: str) -> list[Reason]: ...

    def submit(self, actor: Actor, kind: str, physician_id: int, **details: Any) -> Case: ...

    def save_draft(self, actor: Actor, kind: str, physician_id: int, **details: Any) -> Case: ...

    def update_details(self, actor: Actor, case_id: int, version: int, **details: Any) -> Case: ...

    def submit_draft(self, actor: Actor, case_id: int, version: int) -> Case: ...

    def resubmit(self, actor: Actor, case_id: int, version: int, **details: Any) -> Case: ...

    def confirm(self, actor: Actor, case_id: int, version: int) -> Case: ...

    def return_case(self, actor: Actor, case_id: int, version: int, reason: str, note: str = "") -> Case: ...

    def approve(self, actor: Actor, case_id: int, version: int) -> Case: ...

    def reject(self, actor: Actor, case_id: int, version: int, reason: str, note: str = "") -> Case: ...

    def withdraw(self, actor: Actor, case_id: int, version: int, note: str = "") -> Case: ...

    def claim(self, actor: Actor, case_id: int) -> Case: ...

    def release(self, actor: Actor, case_id: int) -> Case: ...

    def materials(self, actor: Actor, case_id: int) -> list[MaterialState]: ...

    def check_material(
        self, actor: Actor, case_id: int, material: str, received: bool
    ) -> list[MaterialState]: ...

    def check_materials(
        self, actor: Actor, case_id: int, materials: list[str] | None = None, received: bool = True
    ) -> list[MaterialState]: ...

    def calendar_days(self, actor: Actor, year: int) -> list[CalendarDayView]: ...

    def set_calendar_day(
        self, actor: Actor, day: dt.date | str, is_workday: bool | None, note: str = ""
    ) -> int: ...


class CounterAPI(Protocol):
    """desk.counter: walk-in cases entered by commission staff at the counter."""

    def legacy_backfill(
        self,
        actor: Actor,
        *,
        name: str,
        id_number: str,
        certificate_code: str,
        level: str,
        category: str,
        issued_on: dt.date | str,
        gender: str | None = None,
        note: str = "",
    ) -> Case: ...

    def hmt_recognition(
        self,
        actor: Actor,
        *,
        name: str,
        id_number: str,
        origin: str,
        category: str,
        level: str = "执业医师",
        gender: str | None = None,
        id_type: str | None = None,
        birth_date: dt.date | str | None = None,
        certificate_code: str | None = None,
        issued_on: dt.date | str | None = None,
        note: str = "",
    ) -> Case: ...

    def hmt_short_term(
        self,
        actor: Actor,
        *,
        name: str,
        id_number: str,
        origin: str,
        institution_id: int,
        category: str,
        scopes: list[str],
        term_start: dt.date | str,
        term_end: dt.date | str,
        gender: str | None = None,
        id_type: str | None = None,
        birth_date: dt.date | str | None = None,
        note: str = "",
    ) -> Case: ...

    def foreign_short_term(
        self,
        actor: Actor,
        *,
        name: str,
        id_number: str,
        origin: str,
        inviting_institution_id: int,
        category: str,
        scopes: list[str],
        term_start: dt.date | str,
        term_end: dt.date | str,
        gender: str | None = None,
        institution_id: int | None = None,
        birth_date: dt.date | str | None = None,
        note: str = "",
    ) -> Case: ...

    def short_term_renewal(
        self,
        actor: Actor,
        permit_id: int,
        *,
        term_end: dt.date | str,
        institution_id: int | None = None,
        scopes: list[str] | None = None,
        note: str = "",
    ) -> Case: ...

    def permits(
        self, actor: Actor, query: str = "", offset: int = 0, limit: int = 50
    ) -> Page[PermitView]: ...

    def direct_registration(
        self,
        actor: Actor,
        physician_id: int,
        *,
        institution_id: int,
        scopes: list[str],
        level: str | None = None,
        category: str | None = None,
        place: str | None = None,
        note: str = "",
    ) -> Case: ...

    def direct_change(
        self,
        actor: Actor,
        physician_id: int,
        *,
        category: str | None = None,
        scopes: list[str] | None = None,
        place: str | None = None,
        institution_id: int | None = None,
        registration_id: int | None = None,
        note: str = "",
    ) -> Case: ...

    def direct_deregistration(
        self,
        actor: Actor,
        physician_id: int,
        *,
        reason: str,
        effective_date: dt.date | str | None = None,
        registration_id: int | None = None,
        note: str = "",
    ) -> Case: ...


class ChecklistsAPI(Protocol):
    """desk.checklists: the paper materials of a kind and of a case; the checklist PDF."""

    def materials(self, kind: str) -> list[Material]: ...

    def materials_for_case(self, actor: Actor, case_id: int) -> list[CaseMaterial]: ...

    def render_pdf(self, actor: Actor, case_id: int, note: str = "") -> bytes: ...


class PaperAPI(Protocol):
    """desk.paper: the PDFs (rendered where the data is; each print logged) and a case's print log."""

    def render_checklist(self, actor: Actor, case_id: int, note: str = "") -> bytes: ...

    def render_approval_notice(self, actor: Actor, case_id: int, note: str = "") -> bytes: ...

    def preview_checklist(self, actor: Actor, case_id: int) -> PaperPreview: ...

    def preview_approval_notice(self, actor: Actor, case_id: int) -> PaperPreview: ...

    def record_print(
        self, actor: Actor, case_id: int, document: str, copy_no: int, note: str = "", output: str = "print"
    ) -> PrintRecord: ...

    def prints(self, actor: Actor, case_id: int) -> list[PrintRecord]: ...


class RegisterAPI(Protocol):
    """desk.register: the public register (no sign-in; only the disclosed fields)."""

    def search_physicians(
        self,
        name: str | None,
        *,
        certificate_code: str | None = None,
        province: str | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> list[PublicPhysician]: ...

    def search_nurses(
        self,
        name: str | None,
        *,
        certificate_number: str | None = None,
        province: str | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> list[PublicNurse]: ...

    def search_institutions(
        self,
        name: str | None,
        *,
        registration_number: str | None = None,
        province: str | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> list[PublicInstitution]: ...

    def record_nurse(
        self,
        actor: Actor,
        *,
        name: str,
        id_number: str,
        certificate_number: str,
        place: str,
        valid_from: dt.date,
        institution_id: int | None = None,
        issuing_authority: str = "",
    ) -> PublicNurse: ...


class FeedAPI(Protocol):
    """desk.feed: what changed that the signed-in actor may see; a wait that wakes on new changes."""

    def head(self, actor: Actor) -> int: ...

    def since(self, actor: Actor, cursor: int, limit: int = 500) -> tuple[list[Change], int]: ...

    def wait(self, actor: Actor, timeout: float, cursor: int | None = None) -> bool: ...


class OutboxAPI(Protocol):
    """desk.sms: the SMS outbox (states 待发送 / 已发送 / 失败, retry) and the commission's SMS gateway.
    deliver_pending and deliver_due are LOCAL_ONLY: run by the machine holding the database (deliver_due
    by the SMS courier: a commission window on the database, or the desk server)."""

    def deliver_pending(self, *, limit: int = 100, max_attempts: int = 5) -> DeliveryReport: ...

    def deliver_due(self, *, limit: int = 20) -> DeliveryReport: ...

    def gateway(self, actor: Actor) -> SmsGatewayInfo: ...

    def configure_gateway(self, actor: Actor, url: str, account: str, template: str = "",
                          secret: str = "") -> SmsGatewayInfo: ...

    def test_gateway(self, actor: Actor, phone: str) -> SmsInfo: ...

    def outbox(self, actor: Actor, status: str = "", offset: int = 0, limit: int = 200) -> Page[SmsInfo]: ...

    def retry(self, actor: Actor, ids: tuple[int, ...]) -> DeliveryReport: ...

    def delivery(self, actor: Actor, phone: str, purpose: str) -> SmsInfo | None: ...


class LookupAPI(Protocol):
    """desk.lookup: institutions as application forms offer them."""

    def institution(self, actor: Actor, institution_id: int) -> InstitutionChoice: ...

    def institutions(
        self, actor: Actor, query: str | None, province: str | None = None, limit: int = 20
    ) -> list[InstitutionChoice]: ...


class ProfileAPI(Protocol):
    """desk.profile: personal details (学历, 毕业院校, 任职资格, 科室, photo) a physician asks to change
    and the institution approves or refuses."""

    def submit(
        self, actor: Actor, changes: dict[str, str], photo: bytes | None = None
    ) -> list[ProfileChangeView]: ...

    def mine(self, actor: Actor, offset: int = 0, limit: int = 50) -> Page[ProfileChangeView]: ...

    def pending(
        self, actor: Actor, query: str = "", offset: int = 0, limit: int = 50
    ) -> Page[ProfileChangeView]: ...

    def decided(
        self, actor: Actor, query: str = "", offset: int = 0, limit: int = 50
    ) -> Page[ProfileChangeView]: ...

    def get(self, actor: Actor, change_id: int) -> ProfileChangeView: ...

    def approve(self, actor: Actor, change_id: int) -> ProfileChangeView: ...

    def refuse(self, actor: Actor, change_id: int, reason: str) -> ProfileChangeView: ...


class RegistriesAPI(Protocol):
    """desk.registries: the commission's nurse registrations and institutions' licence data (imports)."""

    def import_nurses(
        self,
        actor: Actor,
        rows: list[dict[str, Any]] | None = None,
        *,
        data: bytes | None = None,
        filename: str | None = None,
    ) -> ImportResult: ...

    def import_institutions(
        self,
        actor: Actor,
        rows: list[dict[str, Any]] | None = None,
        *,
        data: bytes | None = None,
        filename: str | None = None,
    ) -> ImportResult: ...


class MergesAPI(Protocol):
    """desk.merges: one person, one record — duplicate physician records compared and merged."""

    def duplicates(self, actor: Actor, offset: int = 0, limit: int = 50) -> Page[DuplicatePair]: ...

    def compare(self, actor: Actor, left_id: int, right_id: int) -> MergeComparison: ...

    def merge(self, actor: Actor, keep_id: int, drop_id: int, reason: str) -> MergeResult: ...

    def history(self, actor: Actor, physician_id: int) -> list[RecordEvent]: ...


class NoticesAPI(Protocol):
    """desk.notices: whether an approval notice (PDF) is genuine and still matches the register (public)."""

    def verify(self, pdf: bytes) -> NoticeVerdict: ...


#: The services of a desk: attribute name → Protocol (the server's routes, the remote desk's parts).
SERVICES: dict[str, type[Any]] = {
    "auth": AuthAPI,
    "accounts": AccountsAPI,
    "roster": RosterAPI,
    "cases": CasesAPI,
    "counter": CounterAPI,
    "checklists": ChecklistsAPI,
    "register": RegisterAPI,
    "feed": FeedAPI,
    "sms": OutboxAPI,
    "paper": PaperAPI,
    "lookup": LookupAPI,
    "profile": ProfileAPI,
    "registries": RegistriesAPI,
    "notices": NoticesAPI,
    "merges": MergesAPI,
}


@runtime_checkable
class Desk(Protocol):
    """One desk: the services of one database, in this process or behind a desk server.

    The services are read-only attributes (``SERVICES`` maps each name to its Protocol).
    """

    @property
    def auth(self) -> AuthAPI: ...

    @property
    def accounts(self) -> AccountsAPI: ...

    @property
    def roster(self) -> RosterAPI: ...

    @property
    def cases(self) -> CasesAPI: ...

    @property
    def counter(self) -> CounterAPI: ...

    @property
    def checklists(self) -> ChecklistsAPI: ...

    @property
    def register(self) -> RegisterAPI: ...

    @property
    def feed(self) -> FeedAPI: ...

    @property
    def sms(self) -> OutboxAPI: ...

    @property
    def paper(self) -> PaperAPI: ...

    @property
    def lookup(self) -> LookupAPI: ...

    @property
    def profile(self) -> ProfileAPI: ...

    @property
    def registries(self) -> RegistriesAPI: ...

    @property
    def notices(self) -> NoticesAPI: ...

    @property
    def merges(self) -> MergesAPI: ...

    def setup(self, username: str, password: str, jurisdiction: str = "440000", name: str = "") -> Actor:
        """Create the first commission administrator; only on a database without accounts."""
        ...

    def needs_setup(self) -> bool:
        """True while the database has no user account (the login dialog then offers first-run setup)."""
        ...

    def describe(self) -> str:
        """Where the desk is (database or server), without any password (for status bars)."""
        ...

    def today(self) -> dt.date:
        """Today's date in China by the desk's clock (tests move it). Called on the GUI thread, so it must
        not wait on a database or a network: a remote desk answers from its own clock."""
        ...

    def close(self) -> None:
        """Release connections and listeners."""
        ...


__all__ = [
    "CHINA",
    "FILING_HEADERS",
    "CASE_NUMBER_PATTERN",
    "INSTITUTION_IMPORT_LABELS",
    "QUALIFICATION_IMPORT_LABELS",
    "MAIN_HEADERS",
    "NURSE_IMPORT_LABELS",
    "PROFILE_FIELDS",
    "PROFILE_MAX_LENGTH",
    "OPEN_STATUSES",
    "OVERVIEW_DAYS",
    "OVERVIEW_INSTITUTIONS",
    "CaseOverview",
    "DayCount",
    "InstitutionLoad",
    "KindCount",
    "KindStatusCount",
    "ExportCancelled",
    "ProfileChangeView",
    "CODE_ISSUING_KINDS",
    "COUNTER_KINDS",
    "ERRORS",
    "FIELD_LABELS",
    "HMT_ORIGINS",
    "ID_TYPES",
    "INSTITUTION_DOCUMENTS",
    "INSTITUTION_KINDS",
    "LOCAL_ONLY",
    "LOCAL_SERVICES",
    "NATIONAL",
    "PHYSICIAN_KINDS",
    "REGISTERING_KINDS",
    "REPORT_DAYS",
    "SERVICES",
    "TERMINAL_STATUSES",
    "AccountInfo",
    "AccountsAPI",
    "Actor",
    "AuthAPI",
    "AuthenticationError",
    "AwaitingActivation",
    "CalendarDayView",
    "Case",
    "CaseDetail",
    "CaseEventView",
    "CaseKind",
    "CaseMaterial",
    "CaseStatus",
    "CaseSummary",
    "CasesAPI",
    "Category",
    "Change",
    "ChecklistsAPI",
    "ConflictError",
    "CounterAPI",
    "DeliveryReport",
    "DepartureReport",
    "DepartureSummary",
    "DuplicatePair",
    "Desk",
    "DomainError",
    "EnvironmentFault",
    "FeedAPI",
    "FilingExportRow",
    "FilingView",
    "ImportResult",
    "InstitutionChoice",
    "InstitutionExport",
    "InstitutionInfo",
    "InvalidTransition",
    "Level",
    "LookupAPI",
    "MainPracticeRow",
    "Material",
    "MaterialState",
    "MergeComparison",
    "MergeResult",
    "MergeSide",
    "MergesAPI",
    "NotFound",
    "OutboxAPI",
    "Page",
    "PaperAPI",
    "PermissionDenied",
    "PermitView",
    "PersonView",
    "PhysicianDetail",
    "PhysicianRow",
    "PoolEntry",
    "FieldProblem",
    "NoticeVerdict",
    "NoticesAPI",
    "PaperPreview",
    "ProfileAPI",
    "ProfileChangeView",
    "RegistriesAPI",
    "PrintRecord",
    "PublicInstitution",
    "PublicNurse",
    "PublicPhysician",
    "QualificationSource",
    "QualificationView",
    "RecordEvent",
    "Reason",
    "RegisterAPI",
    "RegisteredPhysician",
    "RegistrationStatus",
    "RegistrationView",
    "Role",
    "RosterAPI",
    "RowError",
    "SMS_COURIER_BATCH",
    "SMS_COURIER_EVERY",
    "SMS_COURIER_MAX_PAUSE",
    "SMS_STATES",
    "password_letter_pdf",
    "SmsGatewayInfo",
    "SmsInfo",
    "ValidationError",
    "authority_name",
    "china_date",
    "covers",
    "has_han",
    "pinyin_key",
    "level_of",
    "reference",
]
