"""Plain values that cross the service seam (and the wire): every value a service takes or returns.

Only the standard library here (no SQLAlchemy, no Qt): the desk server and the remote desk rebuild these
from JSON. ``app.services.contract`` re-exports them beside the errors, constants and service Protocols.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields
from typing import Any, Generic, TypeVar

from app.services.reference import Reason

T = TypeVar("T")
_FIELD_NAMES: dict[type, frozenset[str]] = {}


def assemble(cls: type[T], values: dict[str, Any]) -> T:
    """An instance of the frozen dataclass ``cls`` from ``values``, which names every one of its fields,
    without calling its ``__init__``: that sets each field through ``object.__setattr__`` (a 33-field
    ``Case`` took ~30 µs, a dict update ~1.5 µs). For the lines of a list, built fifty at a time; equal
    to, and indistinguishable from, ``cls(**values)``."""
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES.setdefault(cls, frozenset(f.name for f in fields(cls)))  # type: ignore[arg-type]
    if values.keys() != names:
        raise TypeError(f"{cls.__name__} needs exactly its {len(names)} fields, got {sorted(values)}")
    obj: T = object.__new__(cls)
    obj.__dict__.update(values)
    return obj


@dataclass(frozen=True)
class Actor:
    """Who is calling. Issued by ``desk.auth.login``; stands for a session token.

    Services never trust the role or organisation written here: every call resolves ``token`` against the
    session table and takes role, institution and jurisdiction from the account, so an Actor built by
    hand (or edited) gains nothing.
    """

    user_id: int
    username: str
    role: str  # "physician" | "institution" | "commission"
    institution_id: int | None
    physician_id: int | None
    jurisdiction: str | None  # 6-digit area code; "000000" national
    name: str = ""
    is_admin: bool = False
    must_change_password: bool = False
    activated: bool = True  # False: a physician who signed up but has not activated the account yet
    token: str = field(default="", repr=False)


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a list; ``next_after`` is the keyset cursor of the last row (None when no more rows)."""

    items: list[T]
    total: int | None = None
    next_after: tuple[str, int] | None = None


@dataclass(frozen=True)
class Change:
    """One entry of the change feed."""

    seq: int
    at: dt.datetime
    table: str
    row_id: int
    kind: str
    jurisdiction: str | None = None
    institution_id: int | None = None
    physician_id: int | None = None


# --- sign-up (desk.auth) --------------------------------------------------------------------------


@dataclass(frozen=True)
class RegisteredPhysician:
    """A physician account opened by ``register_physician``: not activated yet (sign in, then activate)."""

    user_id: int
    username: str
    physician_id: int
    activated: bool = False


# --- accounts (desk.accounts) ---------------------------------------------------------------------


@dataclass(frozen=True)
class InstitutionInfo:
    """An institution with its disclosed fields, the delegate and the state of its account."""

    id: int
    name: str
    address: str
    registration_number: str
    legal_representative: str
    principal: str
    subjects: str
    jurisdiction: str
    jurisdiction_name: str
    approving_authority: str
    licence_valid_until: dt.date | None
    delegate_name: str
    delegate_phone: str
    documents_checked: dict[str, Any]
    active: bool
    version: int
    created_at: dt.datetime
    user_id: int | None = None
    username: str | None = None
    account_disabled: bool = False
    must_change_password: bool = False
    credit_code: str = ""  # 统一社会信用代码, "" where not recorded


@dataclass(frozen=True)
class AccountInfo:
    """A sign-in account as the commission sees it (never the password hash)."""

    user_id: int
    username: str
    role: str
    display_name: str
    institution_id: int | None
    physician_id: int | None
    jurisdiction: str | None
    is_admin: bool
    activated: bool
    disabled: bool
    must_change_password: bool
    locked_until: dt.datetime | None
    last_login_at: dt.datetime | None
    version: int


@dataclass(frozen=True)
class AwaitingActivation:
    """A physician registered with the institution whose own account is not activated (or not opened)."""

    physician_id: int
    name: str
    id_number: str
    user_id: int | None
    username: str | None
    code_issued_at: dt.datetime | None = None
    code_valid_until: dt.datetime | None = None


# --- the roster (desk.roster) ---------------------------------------------------------------------

MAIN_HEADERS = ("姓名", "执业证书编码", "身份证号", "执业范围", "审核日期")
FILING_HEADERS = ("姓名", "执业证书编码", "身份证号", "开始日期", "结束日期")


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


@dataclass(frozen=True)
class PhysicianRow:
    """One line of the roster."""

    id: int
    name: str
    gender: str
    id_number: str
    level: str
    category: str
    scopes: list[str]
    registration_code: str | None
    practice_certificate_number: str | None
    certificate_code: str | None
    main_institution_name: str
    relation: str
    """"主执业", "多机构备案", "申请中" (for an institution: its tie to the physician), or ""."""
    status: str
    """active / filed / deregistered / none (the physician's current registration)."""
    status_label: str
    main_institution_id: int | None = None
    registration_id: int | None = None


@dataclass(frozen=True)
class PersonView:
    """The person behind a physician record (internal: the institution's and commission's view)."""

    id: int
    name: str
    gender: str
    id_number: str
    id_type: str
    birth_date: dt.date | None
    nationality: str
    phone: str
    email: str
    education: str
    school: str
    title: str
    department: str
    version: int
    merged_into_id: int | None = None
    """Set when this record was merged into another (desk.merges): business goes on there."""


@dataclass(frozen=True)
class QualificationView:
    """A qualification (医师资格) on record."""

    id: int
    certificate_code: str | None
    exam_ticket: str | None
    level: str
    category: str
    source: str
    source_label: str
    issued_on: dt.date | None


@dataclass(frozen=True)
class FilingView:
    """An additional practice institution (多机构备案) of a registration."""

    id: int
    institution_id: int
    institution_name: str
    start_date: dt.date
    end_date: dt.date | None
    status: str
    status_label: str


@dataclass(frozen=True)
class RegistrationView:
    """A practice registration with its main institution and its filings."""

    id: int
    physician_id: int
    level: str
    category: str
    scopes: list[str]
    place: str
    place_name: str
    province: str
    main_institution_id: int | None
    main_institution_name: str
    registration_code: str | None
    practice_certificate_number: str | None
    status: str
    status_label: str
    issuing_authority: str
    registered_on: dt.date | None
    filed_on: dt.date | None
    filing_reason: str | None
    filing_reason_label: str
    ended_on: dt.date | None
    end_reason: str | None
    filings: list[FilingView] = field(default_factory=list)


@dataclass(frozen=True)
class PermitView:
    """A short-term practice permit (短期行医)."""

    id: int
    kind: str
    kind_label: str
    origin: str
    institution_id: int | None
    institution_name: str
    inviting_institution_id: int | None
    inviting_institution_name: str
    category: str
    scopes: list[str]
    term_start: dt.date
    term_end: dt.date
    permit_number: str | None
    status: str
    holder_name: str = ""
    holder_id_number: str = ""
    renews_permit_id: int | None = None
    """The earlier permit this one continues (延期), if it is a renewal."""


@dataclass(frozen=True)
class CaseSummary:
    """One case in a physician's record."""

    id: int
    number: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    created_on: dt.date
    submitted_on: dt.date | None
    decided_on: dt.date | None
    deadline: dt.date | None
    institution_name: str
    registration_code: str | None


@dataclass(frozen=True)
class PhysicianDetail:
    """Everything the roster shows about one physician."""

    person: PersonView
    qualifications: list[QualificationView]
    registrations: list[RegistrationView]
    permits: list[PermitView]
    cases: list[CaseSummary]


@dataclass(frozen=True)
class PoolEntry:
    """A filed registration in the non-registered pool (非在册医师库), with its 2-year countdown."""

    registration_id: int
    physician_id: int
    name: str
    id_number: str
    level: str
    category: str
    practice_certificate_number: str | None
    registration_code: str | None
    institution_id: int | None
    institution_name: str
    filed_on: dt.date | None
    reason: str | None
    reason_label: str
    deregister_on: dt.date | None
    """Two years after filing: from then on the registration is to be deregistered."""
    days_left: int | None
    """Days until ``deregister_on`` (0 or less: a deregistration candidate)."""
    open_deregistration: str | None = None
    """The number of a deregistration case of this registration still open (None: none yet)."""


@dataclass(frozen=True)
class DepartureReport:
    """An institution's report of a physician's departure (注册备案) or of a deregistration ground (注销注册),
    measured against the 30-day rule (desk.roster.departures)."""

    case_id: int
    number: str
    kind: str
    kind_label: str
    status: str
    status_label: str
    physician_id: int | None
    name: str
    id_number: str
    institution_id: int | None
    institution_name: str
    reason: str
    reason_label: str
    effective_date: dt.date | None
    """The day the physician left (or the institution learnt of the ground): the 30 days run from it."""
    filed_on: dt.date
    """The day the institution filed the report."""
    report_due: dt.date
    late_days: int
    """Days the report was filed after ``report_due`` (0 on time)."""
    overdue_days: int
    """Days past ``report_due`` while the filing is still not done (0 once decided)."""


@dataclass(frozen=True)
class DepartureSummary:
    """One institution's departure figures (desk.roster.departure_summary)."""

    institution_id: int
    institution_name: str
    overdue: int
    """Departure / deregistration reports not filed 30 days after the departure."""
    late: int
    """Reports the institution filed after the 30 days."""
    candidates: int
    """Physicians it filed to the non-registered pool 2 years ago or more (to be deregistered)."""


@dataclass(frozen=True)
class MainPracticeRow:
    """主执业 list line: 姓名, 执业证书编码, 身份证号, 执业范围, 审核日期."""

    name: str
    practice_certificate_number: str
    id_number: str
    scopes: str
    approved_on: dt.date | None

    def cells(self) -> list[str]:
        return [self.name, self.practice_certificate_number, self.id_number, self.scopes,
                _iso(self.approved_on)]


@dataclass(frozen=True)
class FilingExportRow:
    """多机构备案 list line: 姓名, 执业证书编码, 身份证号, 开始日期, 结束日期."""

    name: str
    practice_certificate_number: str
    id_number: str
    start_date: dt.date | None
    end_date: dt.date | None

    def cells(self) -> list[str]:
        return [self.name, self.practice_certificate_number, self.id_number, _iso(self.start_date),
                _iso(self.end_date)]


@dataclass(frozen=True)
class InstitutionExport:
    """An institution's two internal lists (its own staff, not public)."""

    main: list[MainPracticeRow]
    filings: list[FilingExportRow]

    def tables(self) -> dict[str, list[list[str]]]:
        """{"主执业": [headers, rows…], "多机构备案": [headers, rows…]} for a spreadsheet."""
        return {
            "主执业": [list(MAIN_HEADERS), *(r.cells() for r in self.main)],
            "多机构备案": [list(FILING_HEADERS), *(r.cells() for r in self.filings)],
        }


@dataclass(frozen=True)
class RowError:
    """A bad row of an import: its line (header = line 1), the field and the reason in Chinese."""

    line: int
    field: str | None
    message: str


@dataclass(frozen=True)
class ImportResult:
    """What an import did: rows added (or completed), rows already on record, and the bad rows."""

    imported: int
    unchanged: int
    errors: list[RowError]
    physicians_created: int = 0
    total: int = 0
    """Data rows read (blank lines not counted)."""


#: A case number: "YS", the China date (8 digits), the serial of the day (5 digits), e.g. YS2026112400017.
CASE_NUMBER_PATTERN = r"YS[0-9]{8}[0-9]{5}"
#: Column labels of the exam centre's list (desk.roster.import_qualifications), field → label.
QUALIFICATION_IMPORT_LABELS = {
    "name": "姓名",
    "id_number": "身份证号",
    "certificate_code": "医师资格证书编码",
    "exam_ticket": "准考证号",
    "level": "级别",
    "category": "类别",
    "issued_on": "发证日期",
}
#: Column labels of the commission's registry imports (desk.registries), field → label.
NURSE_IMPORT_LABELS = {
    "name": "姓名", "id_number": "身份证号", "gender": "性别", "certificate_number": "执业证书编号",
    "place": "执业地点", "institution": "执业机构登记号", "authority": "发证机关",
    "valid_from": "注册日期", "valid_until": "有效期至", "active": "状态",
}
INSTITUTION_IMPORT_LABELS = {
    "name": "机构名称", "registration_number": "登记号", "address": "地址",
    "legal_representative": "法定代表人", "principal": "主要负责人", "subjects": "诊疗科目",
    "jurisdiction": "所在地区", "approving_authority": "审批机关",
    "licence_valid_until": "执业许可证有效期限", "credit_code": "统一社会信用代码",
}


# --- personal-detail changes (desk.profile) -------------------------------------------------------

#: The details a physician may change with the main institution's approval (field → label).
PROFILE_FIELDS: dict[str, str] = {
    "education": "学历",
    "school": "毕业院校",
    "title": "任职资格",
    "department": "科室",
    "photo": "照片",
}
#: Longest text each field takes (the physicians table's column sizes).
PROFILE_MAX_LENGTH = {"education": 40, "school": 120, "title": 40, "department": 60}


@dataclass(frozen=True)
class ProfileChangeView:
    """One requested change with both values. A photo travels as bytes in ``old_photo``/``new_photo``
    (only from ``get``; lists leave them None) and its text values read "照片"."""

    # photos cross the wire as base64
    __pydantic_config__ = {"ser_json_bytes": "base64", "val_json_bytes": "base64"}

    id: int
    physician_id: int
    physician_name: str
    id_number: str
    institution_id: int
    institution_name: str
    field: str
    field_label: str
    old_value: str
    new_value: str
    status: str
    status_label: str
    requested_at: dt.datetime
    decided_at: dt.datetime | None
    decided_by: str
    reason: str
    old_photo: bytes | None = None
    new_photo: bytes | None = None


# --- cases (desk.cases) ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    """A case as every window shows it."""

    id: int
    number: str
    kind: str
    status: str
    version: int
    physician_id: int | None
    institution_id: int | None
    registration_code: str | None
    details: dict[str, Any]
    received_at: dt.datetime | None
    deadline: dt.date | None
    kind_label: str = ""
    status_label: str = ""
    applicant_name: str = ""
    applicant_id_number: str = ""
    institution_name: str = ""
    created_at: dt.datetime | None = None
    submitted_at: dt.datetime | None = None
    decided_at: dt.datetime | None = None
    overdue: bool = False
    deadline_provisional: bool = False
    claimed_by_name: str | None = None
    claimed_until: dt.datetime | None = None
    updated_by_name: str = ""
    updated_at: dt.datetime | None = None
    registration_id: int | None = None
    jurisdiction: str = ""
    practice_certificate_number: str | None = None
    """医师执业证书编码 of the registration the approved case made or acted on (a registering kind issues
    it with the registration code), like ``registration_code``."""
    materials_complete: bool = True
    """Every required paper material of the kind has been ticked as received (check_material)."""
    missing_materials: list[str] = field(default_factory=list)
    """The required paper materials not received yet, in the order of the kind's list."""
    report_due: dt.date | None = None
    """An institution's departure or deregistration report: the last day of its 30 days."""
    report_late_days: int | None = None
    """Days the report was filed after ``report_due`` (0 on time; None: not a report with a clock)."""


@dataclass(frozen=True)
class CaseEventView:
    """One line of a case's timeline."""

    id: int
    at: dt.datetime
    who: str
    role: str
    role_label: str
    institution_name: str
    """The organisation the person acted for (hospital, commission); "" for the physician."""
    action: str
    action_label: str
    from_status: str | None
    from_label: str
    to_status: str | None
    to_label: str
    reason: str | None
    reason_label: str
    note: str
    data: dict[str, Any]


@dataclass(frozen=True)
class MaterialState:
    """One paper material of a case and whether it has arrived."""

    name: str
    required: bool
    condition: str | None
    received: bool
    checked_by_name: str
    checked_at: dt.datetime | None


@dataclass(frozen=True)
class CalendarDayView:
    """A day of the commission's working-day table."""

    day: dt.date
    is_workday: bool
    note: str


@dataclass(frozen=True)
class CaseDetail:
    """Everything a case window shows about one case, read in one call (``desk.cases.detail``)."""

    case: Case
    timeline: list[CaseEventView]
    materials: list[MaterialState]
    prints: list[PrintRecord]
    """The case's print log, oldest first (empty for a reader who may not print the case)."""
    names: dict[str, str] = field(default_factory=dict)
    """Display text for details that point at records: "institution:7" → name, "registration:3" → code."""
    refusal_reasons: list[Reason] = field(default_factory=list)
    """The reasons the case's kind may be refused with (``cases.refusal_reasons``), for the decision."""


# --- the commission's overview (desk.cases.overview) ---------------------------------------------


@dataclass(frozen=True)
class KindStatusCount:
    """How many cases of one kind are in one status (drafts are never counted)."""

    kind: str
    status: str
    count: int


@dataclass(frozen=True)
class KindCount:
    """How many cases of one kind (e.g. overdue ones)."""

    kind: str
    count: int


@dataclass(frozen=True)
class DayCount:
    """Cases decided on one China date; ``workday`` as the working-day calendar says."""

    day: dt.date
    count: int
    workday: bool


@dataclass(frozen=True)
class InstitutionLoad:
    """One institution's open cases (submitted, confirmed, returned) and how many of them are overdue."""

    institution_id: int
    name: str
    open_count: int
    overdue_count: int


@dataclass(frozen=True)
class CaseOverview:
    """The commission's overview of its jurisdiction, as of ``today`` (``desk.cases.overview``).

    Every figure is the total of a list ``desk.cases.queue`` gives with the matching filters, so a window
    can open the list behind any figure: ``by_kind_status`` → status=, kind=; ``overdue_by_kind`` →
    overdue=True, kind=; ``approvals`` → status="approved", decided_on=day; ``institutions`` →
    institution_id=, status=OPEN_STATUSES.
    """

    today: dt.date
    by_kind_status: list[KindStatusCount]
    overdue_by_kind: list[KindCount]
    overdue_total: int
    approvals_from: dt.date
    """The first day of the approvals chart (``today`` is the last)."""
    approvals: list[DayCount]
    """One entry per working day from ``approvals_from`` to ``today``, and per other day with approvals."""
    approvals_total: int
    workdays: int
    """Working days from ``approvals_from`` to ``today`` (the average is approvals_total / workdays)."""
    calendar_provisional: bool
    """Some day of the chart is a working day only by guess (a year the calendar does not know)."""
    institutions: list[InstitutionLoad]
    """The institutions with the most overdue, then open, cases (at most ``OVERVIEW_INSTITUTIONS``)."""


#: Statuses of a case still under way (the overview's "open" cases of an institution).
OPEN_STATUSES = ("submitted", "confirmed", "returned")
#: Calendar days the overview's approvals chart covers (today included).
OVERVIEW_DAYS = 30
#: Institutions the overview lists.
OVERVIEW_INSTITUTIONS = 10


# --- paper materials (desk.checklists) ------------------------------------------------------------


@dataclass(frozen=True)
class Material:
    """A paper material of a case kind; ``condition`` says when a non-required one is needed."""

    name: str
    required: bool
    condition: str | None


@dataclass(frozen=True)
class CaseMaterial:
    """A material of one case: whether it is needed for this case, and whether it has arrived."""

    material: str
    required: bool
    received: bool
    checked_by_name: str
    checked_at: dt.datetime | None
    condition: str | None = None
    """Set when the material depends on a situation the desk cannot judge (required is then False)."""


# --- the print log (desk.paper) -------------------------------------------------------------------


@dataclass(frozen=True)
class PrintRecord:
    """One line of a case's print log."""

    id: int
    document: str
    document_label: str
    copy_no: int
    reprint: bool
    printed_by_name: str
    printed_at: dt.datetime
    note: str


# --- institution choices (desk.lookup) ------------------------------------------------------------


@dataclass(frozen=True)
class InstitutionChoice:
    """An institution as an application form offers it."""

    id: int
    name: str
    address: str
    area_name: str
    jurisdiction: str = ""
    """The institution's county-level area code (an assistant may file only inside the main county)."""


# --- the public register (desk.register) ----------------------------------------------------------


@dataclass(frozen=True)
class PublicPhysician:
    """A physician as the public register shows them (one line per active registration)."""

    name: str  # 姓名
    gender: str  # 性别
    level: str  # 医师级别
    category: str  # 执业类别
    certificate_code: str  # 证书编码 (医师执业证书编码, or the 医师资格证书编码 when there is none)
    place: str  # 执业地点
    institution: str  # 执业机构
    scopes: tuple[str, ...]  # 执业范围
    authority: str  # 发证机关


@dataclass(frozen=True)
class PublicNurse:
    """A nurse as the public register shows them."""

    name: str  # 姓名
    gender: str  # 性别
    certificate_number: str  # 执业证书编号
    place: str  # 执业地点
    authority: str  # 发证机关


@dataclass(frozen=True)
class PublicInstitution:
    """A medical institution as the public register shows it."""

    name: str  # 机构名称
    address: str  # 地址
    subjects: str  # 诊疗科目
    legal_representative: str  # 法定代表人
    principal: str  # 主要负责人
    registration_number: str  # 登记号
    licence_valid_until: dt.date | None  # 执业许可证有效期限
    approving_authority: str  # 审批机关


# --- the SMS outbox (desk.sms) --------------------------------------------------------------------


#: The SMS courier (what delivers the outbox's due messages in the background: the commission window of a PC
#: on the database, the desk server): a run every this many seconds, of at most SMS_COURIER_BATCH messages;
#: after a run that found the gateway down the pause doubles, up to SMS_COURIER_MAX_PAUSE.
SMS_COURIER_EVERY = 60.0
SMS_COURIER_BATCH = 20
SMS_COURIER_MAX_PAUSE = 30 * 60.0


@dataclass(frozen=True)
class DeliveryReport:
    """What one ``deliver_pending`` / ``deliver_due`` run did. ``gateway_down``: the run stopped at a
    gateway that did not answer (or refused the account), leaving the rest of the due messages waiting."""

    sent: int = 0
    failed: int = 0
    gateway_down: bool = False

    def next_pause(self, previous: float, every: float = SMS_COURIER_EVERY,
                   batch: int = SMS_COURIER_BATCH) -> float:
        """Seconds the courier waits before its next run: twice the previous pause (at least ``every``, at
        most SMS_COURIER_MAX_PAUSE) after this run found the gateway down, so a dead gateway is asked about
        once in a while and not hammered; 1 second when the batch was full (more are due); else ``every``."""
        if self.gateway_down:
            return min(max(previous, every) * 2, max(SMS_COURIER_MAX_PAUSE, every))
        if self.sent + self.failed >= batch:
            return 1.0
        return every


#: The states of an outbox message: 待发送 / 已发送 / 失败 (with the error).
SMS_STATES: dict[str, str] = {"pending": "待发送", "sent": "已发送", "failed": "失败"}


@dataclass(frozen=True)
class SmsInfo:
    """One message of the outbox (a password in it shows as ******)."""

    id: int
    phone: str
    body: str
    purpose: str
    status: str  # pending / sent / failed (SMS_STATES)
    attempts: int
    created_at: dt.datetime
    sent_at: dt.datetime | None
    last_error: str
    #: When the SMS courier tries it (again); None once sent or left for a person (重发).
    next_attempt_at: dt.datetime | None = None


@dataclass(frozen=True)
class SmsGatewayInfo:
    """The commission's SMS gateway as the machine that sends sees it. ``secret_set``: the secret is in
    this PC's keyring or the desk server's settings (``secret_place`` says which); ``ready``: messages
    can go out. The secret itself never leaves where it is kept."""

    configured: bool
    url: str
    account: str
    template: str
    secret_set: bool
    secret_place: str  # "keyring", "server" or "memory" (tests)
    secret_changeable: bool
    ready: bool
    updated_by: str = ""
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class PaperPreview:
    """A document rendered for the screen only: nothing is logged until ``record_print`` says it left the
    desk (printed, or saved as a PDF). ``copy_no`` is the copy it will be (2 on: 补打)."""

    # the PDF crosses the wire as base64
    __pydantic_config__ = {"ser_json_bytes": "base64", "val_json_bytes": "base64"}

    case_id: int
    document: str
    copy_no: int
    pdf: bytes


@dataclass(frozen=True)
class FieldProblem:
    """One thing wrong with one field of a form (``AuthService.setup_problems``)."""

    field: str
    message: str


@dataclass(frozen=True)
class NoticeVerdict:
    """What a notice is worth: ``genuine`` (signed by a trusted commission certificate, not altered since)
    and ``state`` of the registration now: current / changed / deregistered / filed / unknown."""

    genuine: bool
    state: str
    message: str
    registration_code: str = ""
    signed_by: str = ""
    signed_at: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return self.genuine and self.state == "current"


# --- one person, one record (desk.merges) ----------------------------------------------------------


@dataclass(frozen=True)
class DuplicatePair:
    """Two physician records that may be one person: same resident ID, or same name and birth date.

    ``obstacle`` is empty when the commission may merge them, else why not (the same Chinese text
    ``desk.merges.merge`` would refuse with)."""

    left_id: int
    left_name: str
    left_id_number: str
    right_id: int
    right_name: str
    right_id_number: str
    birth_date: dt.date | None
    reason: str  # "same_id" | "same_name_birth"
    reason_label: str
    obstacle: str = ""


@dataclass(frozen=True)
class MergeSide:
    """One physician record as the merge screen shows it beside the other."""

    id: int
    name: str
    gender: str
    id_number: str
    id_type_label: str
    id_valid: bool
    """True when the number is a well-formed 18-character resident ID."""
    birth_date: dt.date | None
    nationality: str
    phone: str
    email: str
    created_on: dt.date | None
    qualifications: list[QualificationView]
    registrations: list[RegistrationView]
    cases: list[CaseSummary]
    open_cases: int
    permits: int
    accounts: list[str]
    """Usernames of the sign-in accounts of the record."""
    prints: int
    history: int
    """Audit events about the record itself."""


@dataclass(frozen=True)
class MergeComparison:
    """Two records side by side; ``obstacle`` empty when they may be merged."""

    left: MergeSide
    right: MergeSide
    obstacle: str
    reason_label: str


@dataclass(frozen=True)
class MergeResult:
    """What a merge moved to the kept record (table label → rows) and the accounts it disabled."""

    keep_id: int
    drop_id: int
    moved: dict[str, int]
    disabled_accounts: list[str]


@dataclass(frozen=True)
class RecordEvent:
    """One entry of a physician record's history (its audit events, those of records merged into it)."""

    at: dt.datetime
    action: str
    action_label: str
    username: str
    record_id: int
    """The record the event was written for (a merged record's events keep its id)."""
    other_id: int | None = None
    """A merge: the other record (merge.keep: the record merged in; merge.drop: the record kept)."""
    other_id_number: str = ""
    reason: str = ""
