"""desk.roster: the exam centre's qualification list, the physician roster with as-you-type search,
a physician's record, the non-registered pool and an institution's export lists."""

from __future__ import annotations

import datetime as dt
import re
import threading
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any, NamedTuple

from sqlalchemy import (
    BigInteger,
    BindParameter,
    ColumnElement,
    Integer,
    Select,
    SQLColumnExpression,
    String,
    and_,
    bindparam,
    exists,
    func,
    not_,
    or_,
    select,
    tuple_,
    union_all,
)
from sqlalchemy.orm import Session

from app import models as m
from app.services import permissions, reference, search, validation
from app.services.base import CHINA, Service
from app.services.enums import CaseKind, CaseStatus, QualificationSource, RegistrationStatus
from app.services.errors import NotFound, ValidationError
from app.services.permissions import COMMISSION, INSTITUTION, Principal
from app.services.types import (
    QUALIFICATION_IMPORT_LABELS,
    Actor,
    CaseSummary,
    DepartureReport,
    DepartureSummary,
    FilingExportRow,
    FilingView,
    ImportResult,
    InstitutionExport,
    MainPracticeRow,
    Page,
    PermitView,
    PersonView,
    PhysicianDetail,
    PhysicianRow,
    PoolEntry,
    QualificationView,
    RegistrationView,
    RowError,
    assemble,
)
from app.spreadsheet import read_csv, read_xlsx, text_cell

__all__ = [
    "CaseSummary",
    "FilingView",
    "ImportResult",
    "InstitutionExport",
    "PermitView",
    "PersonView",
    "PhysicianDetail",
    "PhysicianRow",
    "PoolEntry",
    "QualificationView",
    "RegistrationView",
    "RosterService",
    "RowError",
]

MAX_PAGE = 500
#: The departure lists: reports not done 30 days after the departure, and reports filed after 30 days.
DEPARTURE_LISTS = ("overdue", "late")
_REPORTED = (CaseKind.INSTITUTION_FILING, CaseKind.INSTITUTION_DEREGISTRATION)
_OPEN_REPORT = (CaseStatus.CONFIRMED, CaseStatus.RETURNED)
_DEREGISTERING = (
    CaseKind.DIRECT_DEREGISTRATION,
    CaseKind.INSTITUTION_DEREGISTRATION,
    CaseKind.DEREGISTRATION,
)
_OPEN = (CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.CONFIRMED, CaseStatus.RETURNED)
#: Largest exam-centre file accepted by import_qualifications (a province's yearly list is far smaller).
MAX_IMPORT_BYTES = 20 * 1024 * 1024
MAX_CANDIDATES = 5000
POOL_YEARS = 2
"""A physician filed (备案) this long without practising is to be deregistered."""
STATUS_LABELS = {
    "active": "已注册",
    "filed": "非在册（已备案）",
    "deregistered": "已注销",
    "none": "未注册",
}
FILING_STATUS_LABELS = {"active": "有效", "cancelled": "已取消"}
RELATION_MAIN = "主执业"
RELATION_FILING = "多机构备案"
RELATION_APPLYING = "申请中"
OPEN_CASE_STATUSES = ("draft", "submitted", "confirmed", "returned")
SOURCE_LABELS = {
    QualificationSource.EXAM_IMPORT: "考试中心导入",
    QualificationSource.LEGACY_BACKFILL: "补录",
    QualificationSource.HMT_RECOGNITION: "港澳台资格认定",
    QualificationSource.COUNTER: "窗口录入",
}
_STATUS_RANK = {"active": 0, "filed": 1, "deregistered": 2}
_CHUNK = 500


# --- plain values ----------------------------------------------------------------------------------


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else ""


def _china_date(value: dt.datetime | None) -> dt.date | None:
    return value.astimezone(CHINA).date() if value else None


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def _chunks(values: Sequence[Any], size: int = _CHUNK) -> Iterable[Sequence[Any]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _page_args(offset: int, limit: int) -> tuple[int, int]:
    if not isinstance(offset, int) or offset < 0:
        raise ValidationError("起始位置不能为负数", "offset")
    if not isinstance(limit, int) or limit < 1:
        raise ValidationError("每页条数至少为1", "limit")
    return offset, min(limit, MAX_PAGE)


def _area_name(code: str | None) -> str:
    return reference.area_name(code) if code else ""


# --- reading the exam centre's list ------------------------------------------------------------------


@dataclass(frozen=True)
class QualificationRow:
    """A checked row of the exam centre's list."""

    line: int
    name: str
    id_number: str
    gender: str
    birth_date: dt.date
    certificate_code: str | None
    exam_ticket: str | None
    level: str
    category: str
    issued_on: dt.date | None


#: Accepted column headers (Chinese or English) for each field.
HEADER_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "name"),
    "id_number": ("身份证号", "身份证号码", "公民身份号码", "证件号码", "id_number", "idnumber"),
    "certificate_code": ("医师资格证书编码", "资格证书编码", "医师资格证书编号", "证书编码",
                         "certificate_code", "certificatecode"),
    "exam_ticket": ("准考证号", "准考证号码", "exam_ticket", "examticket"),
    "level": ("级别", "医师级别", "资格级别", "level"),
    "category": ("类别", "执业类别", "资格类别", "category"),
    "issued_on": ("发证日期", "签发日期", "取得资格日期", "取得日期", "issued_on", "issuedon"),
}
FIELD_LABELS = QUALIFICATION_IMPORT_LABELS
_REQUIRED_COLUMNS = ("name", "id_number", "level", "category")
_HEADER_LOOKUP = {
    re.sub(r"[\s_*（）()]", "", alias.lower()): key
    for key, aliases in HEADER_ALIASES.items()
    for alias in aliases
}


def _header_key(header: object) -> str | None:
    text = unicodedata.normalize("NFKC", "" if header is None else str(header)).lstrip("\ufeff").lower()
    return _HEADER_LOOKUP.get(re.sub(r"[\s_*（）()]", "", text))


def _table_rows(data: bytes, filename: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line, {field: text}) of a CSV or XLSX file's content; the header is line 1."""
    suffix = PurePath(filename).suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        table = read_xlsx(data)
    elif suffix in (".csv", ".txt", ""):
        table = read_csv(data)
    else:
        raise ValidationError(f"不支持的文件类型「{suffix}」：请使用 CSV 或 XLSX 文件", "rows")
    header_at = next((i for i, r in enumerate(table) if any(text_cell(c) for c in r)), None)
    if header_at is None:
        raise ValidationError(
            "文件是空的：第1行应为表头（姓名、身份证号、医师资格证书编码、准考证号、级别、类别）", "rows"
        )
    columns = [_header_key(h) for h in table[header_at]]
    _check_columns({c for c in columns if c})
    for i, raw in enumerate(table[header_at + 1 :], start=header_at + 2):
        record: dict[str, str] = {}
        for key, value in zip(columns, raw, strict=False):
            if key and key not in record:
                record[key] = text_cell(value)
        yield i, record


def _check_columns(present: set[str]) -> None:
    missing = [FIELD_LABELS[c] for c in _REQUIRED_COLUMNS if c not in present]
    if "certificate_code" not in present and "exam_ticket" not in present:
        missing.append("医师资格证书编码或准考证号")
    if missing:
        raise ValidationError(f"缺少列：{'、'.join(missing)}（第1行应为表头）", "rows")


def _mapping_rows(rows: Iterable[Mapping[str, Any]]) -> Iterator[tuple[int, dict[str, str]]]:
    checked = False
    for i, row in enumerate(rows, start=2):
        if not isinstance(row, Mapping):
            raise ValidationError(f"第{i}行不是字段表（应为 姓名、身份证号… 到值的映射）", "rows")
        record: dict[str, str] = {}
        for k, v in row.items():
            key = _header_key(k)
            if key and key not in record:
                record[key] = text_cell(v)
        if not checked:
            _check_columns(set(record))
            checked = True
        yield i, record


_DATE_SEPARATORS = re.compile(r"[./年月]")


def _issued_on(text: str, today: dt.date) -> dt.date | None:
    raw = unicodedata.normalize("NFKC", text).strip().rstrip("日")
    if not raw:
        return None
    if re.fullmatch(r"[0-9]{8}", raw):
        raw = f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    raw = _DATE_SEPARATORS.sub("-", raw).split(" ")[0]
    day = validation.date_value(raw, "issued_on", "发证日期")
    if day > today:
        raise ValidationError(f"发证日期 {day.isoformat()} 晚于今天", "issued_on")
    return day


def _check_row(
    line: int, record: dict[str, str], today: dt.date
) -> tuple[QualificationRow | None, list[RowError]]:
    errors: list[RowError] = []

    def check(field_name: str, func: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            errors.append(RowError(line, exc.field or field_name, exc.message))
            return None

    name = check("name", validation.person_name, record.get("name"), "name")
    rid = check("id_number", validation.resident_id, record.get("id_number"), "id_number", today)
    cert_text = record.get("certificate_code", "").strip()
    ticket_text = record.get("exam_ticket", "").strip()
    cert = check("certificate_code", validation.certificate_code, cert_text) if cert_text else None
    ticket = check("exam_ticket", validation.exam_ticket, ticket_text) if ticket_text else None
    if not cert_text and not ticket_text:
        errors.append(RowError(line, "certificate_code", "医师资格证书编码和准考证号不能都为空"))
    level = check("level", validation.level, record.get("level"), "level")
    category = check("category", validation.category, record.get("category"), "category")
    issued = check("issued_on", _issued_on, record.get("issued_on", ""), today)
    if errors:
        return None, errors
    return (
        QualificationRow(line, name, rid.value, rid.gender, rid.birth_date, cert, ticket, level, category,
                         issued),
        [],
    )


def parse_qualification_rows(
    rows: Iterable[Mapping[str, Any]] | None,
    today: dt.date,
    *,
    data: bytes | None = None,
    filename: str | None = None,
) -> tuple[list[QualificationRow], list[RowError], str]:
    """Read and check the rows of an exam centre's list: (good rows, bad rows, source description).

    Either ``rows`` (mappings) or ``data`` (the bytes of a CSV or XLSX file) with its ``filename`` (the
    suffix tells the format). Blank lines are skipped. Raises ValidationError for an unreadable file,
    missing columns, or neither/both of rows and data.
    """
    records: Iterable[tuple[int, dict[str, str]]]
    if data is not None:
        if rows is not None:
            raise ValidationError("请只传入多行数据或一个文件，不能两者都传", "rows")
        if not isinstance(data, bytes | bytearray):
            raise ValidationError("文件内容应为字节", "data")
        if len(data) > MAX_IMPORT_BYTES:
            raise ValidationError(
                f"文件过大（超过 {MAX_IMPORT_BYTES // (1024 * 1024)} MB），请拆分后分批导入", "data"
            )
        if not isinstance(filename, str) or not filename.strip() or "\x00" in filename:
            raise ValidationError("请提供文件名（用于识别 CSV 或 XLSX 格式）", "filename")
        name = PurePath(filename.replace("\\", "/")).name
        records = _table_rows(bytes(data), name)
        source = name
    elif rows is None:
        raise ValidationError("请传入多行数据（映射的列表）或 CSV/XLSX 文件内容", "rows")
    elif isinstance(rows, str | bytes | Mapping):
        raise ValidationError("应传入多行数据（映射的列表）；文件请以内容和文件名传入", "rows")
    else:
        records = _mapping_rows(rows)
        source = "rows"
    good: list[QualificationRow] = []
    bad: list[RowError] = []
    for line, record in records:
        if not any(v.strip() for v in record.values()):
            continue
        row, errors = _check_row(line, record, today)
        if row is not None:
            good.append(row)
        bad.extend(errors)
    return good, bad, source


# --- the service ---------------------------------------------------------------------------------


class RosterService(Service):
    """desk.roster: import_qualifications, physicians, physician, registrations, pool, candidates,
    export_rows."""

    # ---- the exam centre's list ----

    def import_qualifications(
        self,
        actor: Actor,
        rows: list[dict[str, Any]] | None = None,
        *,
        data: bytes | None = None,
        filename: str | None = None,
    ) -> ImportResult:
        """Import the exam centre's list of qualifications (commission users only).

        ``rows``: mappings (name, id_number, certificate_code, exam_ticket, level, category, issued_on
        optional; Chinese headers accepted as keys too); or ``data``, the content of a CSV (UTF-8 with or
        without BOM, or GB18030) or XLSX file with a header line, and its ``filename`` (for the format).
        Lines are numbered as in the file: the header is line 1, the first data line line 2 (a list of
        mappings is numbered the same way). Every valid
        row is written in one transaction; each bad row is reported with its line, field and reason.
        Importing the same list again changes nothing. Creates the physician (by resident ID) when new.

        Raises PermissionDenied (not a commission user) and ValidationError (unreadable file, missing
        columns, too large a file, neither or both of rows and data).
        """
        with self.read(actor, "roster.import_qualifications") as tx:
            permissions.require_role(tx.principal, COMMISSION)
        today = self.ctx.today()
        parsed, errors, source = parse_qualification_rows(rows, today, data=data, filename=filename)
        total = len(parsed) + len({e.line for e in errors})
        with self.write(actor, "roster.import_qualifications") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION)
            importer = _Importer(tx.session, tx.now)
            importer.run(parsed, errors)
            errors.sort(key=lambda e: (e.line, e.field or ""))
            result = ImportResult(
                imported=importer.imported,
                unchanged=importer.unchanged,
                errors=errors,
                physicians_created=len(importer.created),
                total=total,
            )
            tx.audit(
                "roster.import_qualifications",
                "qualifications",
                importer.first_new_id or "",
                {
                    "source": source,
                    "imported": result.imported,
                    "unchanged": result.unchanged,
                    "errors": len(result.errors),
                    "physicians_created": result.physicians_created,
                },
            )
            if result.imported:
                tx.feed("qualifications", importer.first_new_id or 0, "imported", jurisdiction=p.jurisdiction)
                if len(importer.created) <= 200:
                    for phys in importer.created:
                        tx.feed("physicians", phys.id, "created", jurisdiction=p.jurisdiction,
                                physician_id=phys.id)
            return result

    # ---- the roster ----

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
    ) -> Page[PhysicianRow]:
        """The roster the actor may see (an institution: its physicians; a commission: its jurisdiction;
        a physician: themself), searched as the clerk types and filtered.

        ``query``: a name prefix (张 / 张伟), pinyin initials (zw), or in full a resident ID, a
        qualification certificate code, a registration code, a practice certificate number or an exam
        ticket. ``status``: active / filed / deregistered / none (for a commission: the status of the
        registrations in its jurisdiction; "none": no registration anywhere). Sorted by the pinyin of the
        name (``name_pinyin``: 丁 冯 何 于 余, as Chinese lists are read) then id — a typed name prefix
        lists its matches by name then id; pass the
        returned ``next_after`` as ``after`` for the next page (keyset paging; ``offset`` is for small
        jumps). ``total`` is counted only with ``with_total=True``.

        Raises PermissionDenied (account may not act yet) and ValidationError (unknown status, level or
        category, bad paging).
        """
        offset, limit = _page_args(offset, limit)
        if status is not None and status not in STATUS_LABELS:
            raise ValidationError(
                f"注册状态「{status}」不存在：可选 {'、'.join(STATUS_LABELS)}", "status"
            )
        category = validation.category(category) if category else None
        level = validation.level(level) if level else None
        keyset = _keyset(after)
        q = search.classify(query)
        with self.read(actor, "roster.physicians") as tx:
            p = tx.principal
            permissions.require_may_act(p)
            conn = tx.session.connection()
            # One statement: the page (a LIMIT subquery), its lines joined to it and, asked for, its total
            # (an uncorrelated scalar subquery, evaluated once); built once per filter shape.
            postgresql = conn.dialect.name == "postgresql"
            typed = search.normalise(query) if q.kind == "initials" else ""
            bound = _bound_typed(q, typed, postgresql)
            shape = _RosterShape(
                (p.may_act, p.role, p.jurisdiction, p.institution_id, p.physician_id),
                q.kind,
                # a code is bound per call; on SQLite a typed name or initials too (their ranges' upper
                # bounds in the shape); on PostgreSQL a typed name is the statement's own (a custom plan)
                "" if q.is_code or not postgresql else q.value,
                typed if postgresql else "",
                tuple(sorted(k for k in bound if k.endswith("_hi"))),
                status,
                category,
                level,
                institution_id,
                keyset is not None,
                with_total,
                postgresql,
            )
            stmts = _roster_statements(shape, p, q)
            params: dict[str, Any] = {"q_offset": offset, "q_limit": limit + 1, **bound}
            if q.is_code:
                params["q_code"] = q.value
            if keyset is not None:
                params["k_sort"], params["k_id"] = keyset
            found = conn.execute(stmts.page, params).all()
            total = None
            if with_total:
                # an empty page past the first row (an offset or keyset beyond the end) still has its count
                total = int(found[0][-1]) if found else int(conn.execute(stmts.counted, params).scalar() or 0)
            items, more, last = _lines(found, p, limit)
            next_after = (last[_SORT_KEY], last[0]) if more and last is not None else None
            return Page(items, total, next_after)

    def physician(self, actor: Actor, physician_id: int) -> PhysicianDetail:
        """One physician's record: person, qualifications, registrations with filings, short-term permits,
        and the cases the actor may see.

        Raises NotFound (no such physician) and PermissionDenied (not visible to the actor).
        """
        with self.read(actor, "roster.physician") as tx:
            p = tx.principal
            session = tx.session
            phys = _get_physician(session, p, physician_id)
            quals = session.scalars(
                select(m.Qualification)
                .where(m.Qualification.physician_id == phys.id)
                .order_by(m.Qualification.issued_on.desc(), m.Qualification.id.desc())
            ).all()
            permits = session.scalars(
                select(m.ShortTermPermit)
                .where(m.ShortTermPermit.physician_id == phys.id)
                .order_by(m.ShortTermPermit.term_start.desc(), m.ShortTermPermit.id.desc())
            ).all()
            cases = session.scalars(
                select(m.Case)
                .where(m.Case.physician_id == phys.id, permissions.case_clause(p))
                .order_by(m.Case.created_at.desc(), m.Case.id.desc())
            ).all()
            names = _institution_names(
                session,
                [x.institution_id for x in permits]
                + [x.inviting_institution_id for x in permits]
                + [c.institution_id for c in cases],
            )
            return PhysicianDetail(
                person=PersonView(
                    id=phys.id,
                    name=phys.name,
                    gender=phys.gender,
                    id_number=phys.id_number,
                    id_type=phys.id_type,
                    birth_date=phys.birth_date,
                    nationality=phys.nationality,
                    phone=phys.phone,
                    email=phys.email,
                    education=phys.education,
                    school=phys.school,
                    title=phys.title,
                    department=phys.department,
                    version=phys.version,
                    merged_into_id=phys.merged_into_id,
                ),
                qualifications=[_qualification_view(x) for x in quals],
                registrations=_registration_views(session, phys.id),
                permits=[
                    PermitView(
                        id=x.id,
                        kind=x.kind,
                        kind_label="港澳台医师短期行医" if x.kind == "hmt" else "外国医师短期行医",
                        origin=x.origin,
                        institution_id=x.institution_id,
                        institution_name=names.get(x.institution_id, ""),
                        inviting_institution_id=x.inviting_institution_id,
                        inviting_institution_name=names.get(x.inviting_institution_id, ""),
                        category=x.category,
                        scopes=list(x.scopes or []),
                        term_start=x.term_start,
                        term_end=x.term_end,
                        permit_number=x.permit_number,
                        status=x.status,
                    )
                    for x in permits
                ],
                cases=[
                    CaseSummary(
                        id=c.id,
                        number=c.number,
                        kind=c.kind,
                        kind_label=reference.kind_label(c.kind),
                        status=c.status,
                        status_label=reference.status_label(c.status, c.kind),
                        created_on=_china_date(c.created_at) or tx.today,
                        submitted_on=_china_date(c.submitted_at),
                        decided_on=_china_date(c.decided_at),
                        deadline=c.deadline,
                        institution_name=names.get(c.institution_id, ""),
                        registration_code=c.registration_code,
                    )
                    for c in cases
                ],
            )

    def registrations(self, actor: Actor, physician_id: int) -> list[RegistrationView]:
        """A physician's registrations (newest first) with their filings.

        Raises NotFound and PermissionDenied.
        """
        with self.read(actor, "roster.registrations") as tx:
            phys = _get_physician(tx.session, tx.principal, physician_id)
            return _registration_views(tx.session, phys.id)

    # ---- the non-registered pool ----

    def pool(self, actor: Actor, offset: int = 0, limit: int = 50) -> Page[PoolEntry]:
        """The non-registered pool (非在册医师库): filed registrations the actor may see, oldest filing
        first, with the days left until the 2-year deregistration.

        Raises PermissionDenied (a physician, or an account that may not act yet) and ValidationError
        (bad paging).
        """
        offset, limit = _page_args(offset, limit)
        with self.read(actor, "roster.pool") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION, INSTITUTION)
            cond = and_(m.Registration.status == RegistrationStatus.FILED, permissions.registration_clause(p))
            total, regs = _filed_page(tx.session, cond, offset, limit)
            items = _pool_entries(tx.session, regs, tx.today)
            more = offset + len(items) < total
            last = items[-1] if items else None
            return Page(items, total, (_iso(last.filed_on), last.registration_id) if more and last else None)

    def candidates(self, actor: Actor, limit: int = 1000) -> list[PoolEntry]:
        """Filed registrations 2 years old or more: candidates for deregistration, oldest first.

        Raises PermissionDenied (a physician, or an account that may not act yet).
        """
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
            raise ValidationError("条数至少为1", "limit")
        limit = min(limit, MAX_CANDIDATES)
        with self.read(actor, "roster.candidates") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION, INSTITUTION)
            cutoff = _add_years(tx.today, -POOL_YEARS)
            regs = tx.session.scalars(
                select(m.Registration)
                .where(
                    m.Registration.status == RegistrationStatus.FILED,
                    m.Registration.filed_on <= cutoff,
                    permissions.registration_clause(p),
                )
                .order_by(m.Registration.filed_on, m.Registration.id)
                .limit(limit)
            ).all()
            return _pool_entries(tx.session, regs, tx.today)

    # ---- departures: the 30-day reporting rule and the 2-year pool ----

    def departures(
        self,
        actor: Actor,
        which: str = "overdue",
        institution_id: int | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> Page[DepartureReport]:
        """Institutions' departure (注册备案) and deregistration-ground (注销注册) reports, 30-day rule.

        ``which``: "overdue" — reports whose 30 days have passed and whose filing is still not done
        (waiting at the commission or returned to the institution), longest overdue first; "late" — reports
        the institution filed after the 30 days (recorded as late when filed), newest first. A commission
        sees its jurisdiction, an institution its own; ``institution_id`` narrows to one institution.

        Raises PermissionDenied (a physician, or an account that may not act yet) and ValidationError
        (an unknown list, a bad institution or paging).
        """
        offset, limit = _page_args(offset, limit)
        if which not in DEPARTURE_LISTS:
            raise ValidationError(f"列表应为 {'、'.join(DEPARTURE_LISTS)} 之一", "which")
        inst = _optional_id(institution_id, "institution_id")
        with self.read(actor, "roster.departures") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION, INSTITUTION)
            conds: list[ColumnElement[bool]] = [m.Case.kind.in_(_REPORTED), permissions.case_clause(p)]
            if inst is not None:
                conds.append(m.Case.institution_id == inst)
            if which == "overdue":
                conds += [m.Case.status.in_(_OPEN_REPORT), m.Case.report_due < tx.today]
                order = (m.Case.report_due, m.Case.id)
            else:
                conds += [m.Case.report_late_days > 0, m.Case.status != CaseStatus.WITHDRAWN]
                order = (m.Case.created_at.desc(), m.Case.id.desc())  # type: ignore[assignment]
            cond = and_(*conds)
            total = int(tx.session.scalar(select(func.count()).select_from(m.Case).where(cond)) or 0)
            cases = tx.session.scalars(
                select(m.Case).where(cond).order_by(*order).offset(offset).limit(limit)
            ).all()
            names = _institution_names(tx.session, [c.institution_id for c in cases])
            items = [_departure_report(c, names, tx.today) for c in cases]
            return Page(items, total, None)

    def departure_summary(self, actor: Actor, offset: int = 0, limit: int = 50) -> Page[DepartureSummary]:
        """Per institution the actor may see: its overdue and late departure reports and its physicians 2
        years or more in the non-registered pool; only institutions with any, the most first.

        Raises PermissionDenied (a physician, or an account that may not act yet) and ValidationError
        (bad paging).
        """
        offset, limit = _page_args(offset, limit)
        with self.read(actor, "roster.departure_summary") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION, INSTITUTION)
            s = tx.session
            reports = [
                m.Case.kind.in_(_REPORTED), permissions.case_clause(p), m.Case.institution_id.is_not(None)
            ]
            counted: dict[int, list[int]] = {}
            for column, conds in (
                (0, [m.Case.status.in_(_OPEN_REPORT), m.Case.report_due < tx.today]),
                (1, [m.Case.report_late_days > 0, m.Case.status != CaseStatus.WITHDRAWN]),
            ):
                for inst_id, n in s.execute(
                    select(m.Case.institution_id, func.count())
                    .where(*reports, *conds)
                    .group_by(m.Case.institution_id)
                ):
                    if inst_id is not None:
                        counted.setdefault(inst_id, [0, 0, 0])[column] = int(n)
            for inst_id, n in s.execute(
                select(m.Registration.main_institution_id, func.count())
                .where(
                    m.Registration.status == RegistrationStatus.FILED,
                    m.Registration.filed_on <= _add_years(tx.today, -POOL_YEARS),
                    m.Registration.main_institution_id.is_not(None),
                    permissions.registration_clause(p),
                )
                .group_by(m.Registration.main_institution_id)
            ):
                if inst_id is not None:
                    counted.setdefault(inst_id, [0, 0, 0])[2] = int(n)
            names = _institution_names(s, list(counted))
            # ties in pinyin order by the stored initials (no pypinyin in a PC's process for a sort key)
            initials = _institution_names(s, list(counted), m.Institution.name_initials)
            rows = sorted(
                (DepartureSummary(i, names.get(i, ""), c[0], c[1], c[2]) for i, c in counted.items()),
                key=lambda r: (-(r.overdue + r.late + r.candidates), initials.get(r.institution_id, ""),
                               r.institution_name),
            )
            return Page(rows[offset : offset + limit], len(rows), None)

    def deregistration_candidates(
        self, actor: Actor, institution_id: int | None = None, offset: int = 0, limit: int = 50
    ) -> Page[PoolEntry]:
        """The non-registered pool's physicians filed 2 years or more ago (to be deregistered), oldest filing
        first, each with the number of a deregistration case already open for it; ``institution_id``
        narrows to the institution that filed them.

        Raises PermissionDenied (a physician, or an account that may not act yet) and ValidationError
        (a bad institution or paging).
        """
        offset, limit = _page_args(offset, limit)
        inst = _optional_id(institution_id, "institution_id")
        with self.read(actor, "roster.deregistration_candidates") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION, INSTITUTION)
            conds = [
                m.Registration.status == RegistrationStatus.FILED,
                m.Registration.filed_on <= _add_years(tx.today, -POOL_YEARS),
                permissions.registration_clause(p),
            ]
            if inst is not None:
                conds.append(m.Registration.main_institution_id == inst)
            total, regs = _filed_page(tx.session, and_(*conds), offset, limit)
            return Page(_pool_entries(tx.session, regs, tx.today, with_open_cases=True), total, None)

    # ---- an institution's lists ----

    def export_rows(self, actor: Actor) -> InstitutionExport:
        """An institution's two internal lists: 主执业 (its registered physicians) and 多机构备案 (physicians
        filed with it as an additional institution).

        Raises PermissionDenied (not an institution user).
        """
        with self.write(actor, "roster.export_rows") as tx:  # the export of personal data is audited
            p = tx.principal
            permissions.require_role(p, INSTITUTION)
            session = tx.session
            main = session.execute(
                select(m.Registration, m.Physician)
                .join(m.Physician, m.Physician.id == m.Registration.physician_id)
                .where(
                    m.Registration.main_institution_id == p.institution_id,
                    m.Registration.status == RegistrationStatus.ACTIVE,
                )
                .order_by(m.Physician.name, m.Physician.id, m.Registration.id)
            ).all()
            filings = session.execute(
                select(m.Filing, m.Physician, m.Registration)
                .join(m.Physician, m.Physician.id == m.Filing.physician_id)
                .join(m.Registration, m.Registration.id == m.Filing.registration_id)
                .where(m.Filing.institution_id == p.institution_id, m.Filing.status == "active")
                .order_by(m.Physician.name, m.Physician.id, m.Filing.id)
            ).all()
            tx.audit("roster.export_rows", "institution", p.institution_id,
                     {"main": len(main), "filings": len(filings)})
            return InstitutionExport(
                main=[
                    MainPracticeRow(
                        name=ph.name,
                        practice_certificate_number=reg.practice_certificate_number or "",
                        id_number=ph.id_number,
                        scopes="、".join(reg.scopes or []),
                        approved_on=reg.registered_on,
                    )
                    for reg, ph in main
                ],
                filings=[
                    FilingExportRow(
                        name=ph.name,
                        practice_certificate_number=reg.practice_certificate_number or "",
                        id_number=ph.id_number,
                        start_date=f.start_date,
                        end_date=f.end_date,
                    )
                    for f, ph, reg in filings
                ],
            )


# --- queries ---------------------------------------------------------------------------------------


def _keyset(after: Sequence[Any] | None) -> tuple[str, int] | None:
    if after is None:
        return None
    try:
        name, last_id = after
        return str(name), int(last_id)
    except (TypeError, ValueError):
        raise ValidationError("翻页位置无效，请重新查询", "after") from None


def _code_condition(kind: str, value: BindParameter[str]) -> ColumnElement[bool]:
    """The page's condition for a typed code of ``kind`` (``value``: the parameter it is bound to): the
    physician's resident ID, or a qualification's certificate code or exam ticket, a
    registration code or practice certificate number equal to it (each an index lookup), as one ``IN`` of
    the page's own statement rather than a statement of its own."""
    if kind == "id_number":
        return m.Physician.id_number == value
    parts: list[Select[Any]] = [
        select(m.Qualification.physician_id).where(
            or_(m.Qualification.certificate_code == value, m.Qualification.exam_ticket == value)
        )
    ]
    if kind in ("code15", "code"):
        parts.append(
            select(m.Registration.physician_id).where(
                or_(
                    m.Registration.registration_code == value,
                    m.Registration.practice_certificate_number == value,
                )
            )
        )
    if kind == "code":
        parts.append(select(m.Physician.id).where(m.Physician.id_number == value))
    if len(parts) == 1:
        return m.Physician.id.in_(parts[0])
    return m.Physician.id.in_(union_all(*parts))


_HELD = ("active", "filed")


def _membership(p: Principal, institution_id: int | None) -> list[ColumnElement[bool]] | None:
    """The roster_members rows a roster reads, as join conditions: an institution's own roster (every
    source: registered, filed or with a case there, as ``permissions.institution_physician_ids``), or a
    commission's roster narrowed to one institution (registered or filed there, as ``_filters``); None for
    a roster not driven by one institution."""
    rm = m.RosterMember
    if not p.may_act:
        return None
    if p.role == INSTITUTION and p.institution_id is not None:
        return [rm.institution_id == p.institution_id]
    if p.role == COMMISSION and p.jurisdiction and institution_id is not None:
        return [rm.institution_id == institution_id, or_(rm.n_main > 0, rm.n_filing > 0)]
    return None


def _reg_exists(*conds: ColumnElement[bool]) -> ColumnElement[bool]:
    return exists().where(m.Registration.physician_id == m.Physician.id, *conds)


def _filters(
    p: Principal, status: str | None, category: str | None, level: str | None, institution_id: int | None
) -> list[ColumnElement[bool]]:
    """Filters on the physician's current registration: active before filed before deregistered.

    For a commission the registration status is that of the registrations in its jurisdiction (a
    province clerk filtering "filed" wants its own non-registered pool), and the matching registrations
    are an id set the database can start from (the pool index) rather than a test on every physician.
    """
    conds: list[ColumnElement[bool]] = []
    area: list[ColumnElement[bool]] = []
    if p.role == COMMISSION:
        area = [permissions.registration_clause(p)]

    def having(*where: ColumnElement[bool]) -> ColumnElement[bool]:
        return m.Physician.id.in_(select(m.Registration.physician_id).where(*where, *area))

    def lacking(*where: ColumnElement[bool]) -> ColumnElement[bool]:
        return not_(_reg_exists(*where, *area))

    if status == "active":
        conds.append(having(m.Registration.status == "active"))
    elif status == "filed":
        conds.extend([having(m.Registration.status == "filed"), lacking(m.Registration.status == "active")])
    elif status == "deregistered":
        conds.extend([having(m.Registration.status == "deregistered"),
                      lacking(m.Registration.status.in_(_HELD))])
    elif status == "none":
        conds.append(not_(_reg_exists()))  # no registration anywhere
    for column, value in ((m.Registration.category, category), (m.Registration.level, level)):
        if value is None:
            continue
        qual_column = m.Qualification.category if column is m.Registration.category else m.Qualification.level
        conds.append(
            or_(
                _reg_exists(m.Registration.status.in_(_HELD), column == value),
                and_(
                    not_(_reg_exists(m.Registration.status.in_(_HELD))),
                    exists().where(m.Qualification.physician_id == m.Physician.id, qual_column == value),
                ),
            )
        )
    if institution_id is not None:
        conds.append(
            or_(
                _reg_exists(m.Registration.main_institution_id == institution_id,
                            m.Registration.status.in_(_HELD)),
                exists().where(
                    m.Filing.physician_id == m.Physician.id,
                    m.Filing.institution_id == institution_id,
                    m.Filing.status == "active",
                ),
            )
        )
    return conds


class _Reg(NamedTuple):
    """The columns of a registration a roster line reads."""

    id: int
    status: str
    main_institution_id: int | None
    place: str | None
    province: str | None
    registered_on: dt.date | None
    qualification_id: int | None
    level: str
    category: str
    scopes: list[str] | None
    registration_code: str | None
    practice_certificate_number: str | None


class _Qual(NamedTuple):
    """The columns of a qualification a roster line reads."""

    id: int
    level: str
    category: str
    certificate_code: str | None
    issued_on: dt.date | None


def _current(regs: list[_Reg], p: Principal) -> _Reg | None:
    """The registration a roster line shows: the institution's own (a commission: those in its area)
    first, then active before filed before deregistered, then the newest."""
    if not regs:
        return None
    if len(regs) == 1:
        return regs[0]

    def preferred(r: _Reg) -> bool:
        if p.role == INSTITUTION:
            return r.main_institution_id == p.institution_id and r.status in _HELD
        if p.role == COMMISSION:
            return permissions.covers(p.jurisdiction, r.place) or r.province == p.jurisdiction
        return True

    return min(
        regs,
        key=lambda r: (
            0 if preferred(r) else 1,
            _STATUS_RANK.get(r.status, 9),
            -(r.registered_on or dt.date.min).toordinal(),
            -r.id,
        ),
    )


def _best_qualification(quals: list[_Qual], reg: _Reg | None) -> _Qual | None:
    if reg is not None and reg.qualification_id is not None:
        for q in quals:
            if q.id == reg.qualification_id:
                return q
    if not quals:
        return None
    if len(quals) == 1:
        return quals[0]
    return min(
        quals,
        key=lambda q: (0 if q.level == "执业医师" else 1, -(q.issued_on or dt.date.min).toordinal(), -q.id),
    )


def _filed_page(
    session: Session, cond: Any, offset: int, limit: int
) -> tuple[int, Sequence[m.Registration]]:
    """How many filed registrations match ``cond``, and a page of them, oldest filing first."""
    total = int(session.scalar(select(func.count()).select_from(m.Registration).where(cond)) or 0)
    regs = session.scalars(
        select(m.Registration)
        .where(cond)
        .order_by(m.Registration.filed_on, m.Registration.id)
        .offset(offset)
        .limit(limit)
    ).all()
    return total, regs


def _institution_names(
    session: Session, ids: Iterable[int | None], column: Any = m.Institution.name
) -> dict[int | None, str]:
    wanted = sorted({i for i in ids if i is not None})
    names: dict[int | None, str] = {}
    for chunk in _chunks(wanted):
        for iid, name in session.execute(
            select(m.Institution.id, column).where(m.Institution.id.in_(chunk))
        ):
            names[iid] = name
    return names


_REG_COLUMNS = (
    m.Registration.id, m.Registration.status, m.Registration.main_institution_id, m.Registration.place,
    m.Registration.province, m.Registration.registered_on, m.Registration.qualification_id,
    m.Registration.level, m.Registration.category, m.Registration.scopes, m.Registration.registration_code,
    m.Registration.practice_certificate_number,
)
_QUAL_COLUMNS = (
    m.Qualification.id, m.Qualification.level, m.Qualification.category, m.Qualification.certificate_code,
    m.Qualification.issued_on,
)
_SORT_KEY = 4  # a line row: the page's id, name, gender, id_number and sort key, whether applying,
_R0 = 6  # the registration's columns, the institution's name, the qualification's columns, for an
_R1 = _R0 + len(_REG_COLUMNS)  # institution whether it has an active filing there, and the total if asked
_Q0 = _R1 + 1
_Q1 = _Q0 + len(_QUAL_COLUMNS)
_ROSTER_CACHE_SIZE = 256


class _RosterShape(NamedTuple):
    """Everything a roster statement depends on but its bound values (paging, keyset, a typed code): the
    key of its cached statements."""

    scope: tuple[Any, ...]  # the principal's may_act, role, jurisdiction, institution, physician
    query_kind: str  # search.classify's kind of what was typed
    query: str  # a typed name prefix or initials on PostgreSQL ("" where it is bound per call)
    typed: str  # typed initials as normalised (matched as a name prefix too), PostgreSQL
    upper: tuple[str, ...]  # the bound ranges (SQLite) that have an upper bound
    status: str | None
    category: str | None
    level: str | None
    institution_id: int | None
    keyset: bool
    with_total: bool
    postgresql: bool


def _bound_typed(q: search.SearchQuery, typed: str, postgresql: bool) -> dict[str, str]:
    """The values a typed name or initials are bound to on SQLite (``_build_roster_statements``): one
    statement for every prefix typed, where building and compiling one per prefix cost ~1 ms a keystroke
    (7.9× the raw query at 100,000 physicians). PostgreSQL keeps the prefix in the statement: its plan is
    made for the prefix (a prepared statement's generic plan would be made for none)."""
    if postgresql or q.is_code:
        return {}
    if q.kind == "name":
        return search.prefix_params("q_name", q.value)
    if q.kind == "initials":
        return {**search.initials_params("q_ini", q.value), **search.prefix_params("q_typed", typed)}
    return {}


class _RosterStatements(NamedTuple):
    page: Select[Any]  # the page with its lines (and total): q_offset, q_limit, k_sort, k_id, q_code
    counted: Select[Any]  # the total alone, for a page with no rows to carry it


_roster_cache: dict[_RosterShape, _RosterStatements] = {}
_roster_cache_lock = threading.Lock()


def _roster_statements(shape: _RosterShape, p: Principal, q: search.SearchQuery) -> _RosterStatements:
    """The roster's statements for one filter shape (``p`` and ``q`` must be the principal and the typed
    query the shape came from), built once per process and kept for the last ``_ROSTER_CACHE_SIZE``
    shapes, as the queue keeps its statements per typed search."""
    found = _roster_cache.get(shape)
    if found is not None:
        return found
    built = _build_roster_statements(shape, p, q, shape.typed)
    with _roster_cache_lock:
        if len(_roster_cache) >= _ROSTER_CACHE_SIZE:
            _roster_cache.pop(next(iter(_roster_cache)))  # the oldest shape
        _roster_cache[shape] = built
    return built


def _build_roster_statements(
    shape: _RosterShape, p: Principal, q: search.SearchQuery, typed: str
) -> _RosterStatements:
    """The page of physicians as a LIMIT subquery, joined to the columns of their registrations (and
    main institution's name) and qualifications, with whether each has an open case (at the institution,
    for an institution) and an active filing at the institution as EXISTS columns. A physician with
    several registrations and qualifications comes back once per pair (a handful at most), the rows of
    one physician next to each other (ordered by the page's sort key, then id)."""
    member = _membership(p, shape.institution_id)
    # A commission's name search (王, 王小) is read from jurisdiction_members: the physicians its area
    # sees, in name order, one index range, instead of a walk of the name index testing the area.
    jm = m.JurisdictionMember
    area = permissions.commission_area(p) if member is None and q.kind == "name" else None
    conds: list[ColumnElement[bool]] = [m.Physician.merged_into_id.is_(None)]
    if area is None and (member is None or p.role != INSTITUTION):
        conds.append(permissions.physician_listing_clause(p))
    if q.is_code:
        conds.append(_code_condition(q.kind, bindparam("q_code", type_=String)))
    elif q.kind == "name" and not shape.postgresql:
        column = m.Physician.name if area is None else jm.name
        conds.append(search.bound_prefix_condition(column, "q_name", "q_name_hi" in shape.upper))
    elif q.kind == "name":
        conds.append(search.prefix_condition(m.Physician.name if area is None else jm.name, q.value))
    elif q.kind == "initials" and not shape.postgresql:
        conds.append(
            or_(
                search.bound_initials_condition(
                    m.Physician.name_initials, "q_ini", "q_ini_hi" in shape.upper
                ),
                search.bound_prefix_condition(m.Physician.name, "q_typed", "q_typed_hi" in shape.upper),
            )
        )
    elif q.kind == "initials":
        conds.append(
            or_(
                search.initials_condition(m.Physician.name_initials, q.value),
                search.prefix_condition(m.Physician.name, typed),
            )
        )
    by_institution = None if member is not None and p.role == COMMISSION else shape.institution_id
    conds.extend(_filters(p, shape.status, shape.category, shape.level, by_institution))
    rm = m.RosterMember
    joined = m.Physician.__table__
    if member is not None:
        # An institution's roster (and a commission's narrowed to one institution) is read from
        # roster_members in name order: one index range, not a sort of the hospital's physicians.
        joined = joined.join(rm, and_(rm.physician_id == m.Physician.id, *member))
    elif area is not None:
        joined = joined.join(jm, and_(jm.physician_id == m.Physician.id, jm.area == area))
    count = select(func.count()).select_from(joined).where(*conds)
    # Names in pinyin order, as Chinese lists are read (丁 冯 何 于 余), not by code point. A typed
    # name prefix (张…) fixes the first characters: its matches follow the name index, which a
    # pinyin order would make PostgreSQL read in full before the first page (measured at 100,000
    # physicians: 张 took 261 ms by pinyin, 12 ms by name).
    by_name = q.kind == "name"
    sort_column: SQLColumnExpression[str] = m.Physician.name if by_name else m.Physician.name_pinyin
    id_column: SQLColumnExpression[int] = m.Physician.id
    if member is not None and not by_name:
        # the same values (a trigger keeps rm.name_pinyin), read from the membership's index
        sort_column, id_column = rm.name_pinyin, rm.physician_id
    elif area is not None:
        # the same values (a trigger keeps jm.name), read from the area's index
        sort_column, id_column = jm.name, jm.physician_id
    page_columns: list[Any] = [
        m.Physician.id, m.Physician.name, m.Physician.gender, m.Physician.id_number,
        sort_column.label("sort_key"),
    ]
    page = select(*page_columns).select_from(joined).where(*conds)
    if shape.keyset:
        page = page.where(
            tuple_(sort_column, id_column)
            > tuple_(bindparam("k_sort", type_=String), bindparam("k_id", type_=Integer))
        )
    order_key = sort_column
    if q.kind == "initials" and len(q.value) >= 2 and shape.postgresql:
        # Matches of two or more initials are few but scattered through the pinyin order: sort them
        # (found by the initials indexes) instead of walking the pinyin index past every other name.
        order_key = sort_column.concat("")
    pg = (
        page.order_by(order_key, id_column)
        .offset(bindparam("q_offset", type_=BigInteger))  # may pass 2**31 - 1
        .limit(bindparam("q_limit", type_=Integer))
        .subquery("page")
    )
    own = p.institution_id if p.role == INSTITUTION else None
    applying = exists().where(
        m.Case.physician_id == pg.c.id,
        m.Case.status.in_(OPEN_CASE_STATUSES),
        *([m.Case.institution_id == own] if own is not None else []),
    )
    columns: list[Any] = [*pg.c, applying, *_REG_COLUMNS, m.Institution.name, *_QUAL_COLUMNS]
    if own is not None:
        columns.append(
            exists().where(
                m.Filing.physician_id == pg.c.id,
                m.Filing.institution_id == own,
                m.Filing.status == "active",
            )
        )
    if shape.with_total:
        columns.append(count.scalar_subquery().label("total"))
    stmt = (
        select(*columns)
        .select_from(pg)
        .outerjoin(m.Registration, m.Registration.physician_id == pg.c.id)
        .outerjoin(m.Institution, m.Institution.id == m.Registration.main_institution_id)
        .outerjoin(m.Qualification, m.Qualification.physician_id == pg.c.id)
        .order_by(pg.c.sort_key, pg.c.id)
    )
    return _RosterStatements(stmt, count)


def _lines(found: Sequence[Any], p: Principal, limit: int) -> tuple[list[PhysicianRow], bool, Any]:
    """Roster lines from the rows of a page's statement (``_build_roster_statements``), at most
    ``limit``; whether there are more; and the first row of the last line (for the keyset cursor)."""
    own = p.institution_id if p.role == INSTITUTION else None
    rows: list[PhysicianRow] = []
    names: dict[int | None, str] = {}
    last: Any = None
    regs: list[_Reg] = []
    quals: list[_Qual] = []
    applying = filed_here = False
    more = False
    for row in (*found, None):
        if row is not None and last is not None and row[0] == last[0]:
            # another registration × qualification pair of the same physician
            reg_id = row[_R0]
            if reg_id is not None and all(r.id != reg_id for r in regs):
                regs.append(_Reg._make(row[_R0:_R1]))
                names[reg_id] = row[_R1] or ""
            qual_id = row[_Q0]
            if qual_id is not None and all(qq.id != qual_id for qq in quals):
                quals.append(_Qual._make(row[_Q0:_Q1]))
            continue
        if last is not None:  # the previous physician's rows are all read: its line
            reg = _current(regs, p)
            qual = _best_qualification(quals, reg)
            if reg is None:
                status = "none"
                held = False
            else:
                status = reg.status
                held = status in _HELD
            if own is not None:
                if held and reg is not None and reg.main_institution_id == own:
                    relation = RELATION_MAIN
                elif filed_here:
                    relation = RELATION_FILING
                elif applying:
                    relation = RELATION_APPLYING
                else:
                    relation = ""
            else:
                relation = RELATION_MAIN if held else (RELATION_APPLYING if applying else "")
            rows.append(assemble(PhysicianRow, {  # every field, without the frozen dataclass's __init__
                "id": last[0],
                "name": last[1],
                "gender": last[2],
                "id_number": last[3],
                "level": reg.level if reg is not None else (qual.level if qual else ""),
                "category": reg.category if reg is not None else (qual.category if qual else ""),
                "scopes": list(reg.scopes or []) if reg is not None else [],
                "registration_code": reg.registration_code if reg is not None else None,
                "practice_certificate_number": reg.practice_certificate_number if reg is not None else None,
                "certificate_code": qual.certificate_code if qual else None,
                "main_institution_name": names.get(reg.id, "") if reg is not None else "",
                "relation": relation,
                "status": status,
                "status_label": STATUS_LABELS.get(status, status),
                "main_institution_id": reg.main_institution_id if reg is not None else None,
                "registration_id": reg.id if reg is not None else None,
            }))
        if row is None:
            break
        if len(rows) == limit:  # the row past the page: there are more
            more = True
            break
        last = row
        reg_id = row[_R0]
        regs = [_Reg._make(row[_R0:_R1])] if reg_id is not None else []
        if reg_id is not None:
            names[reg_id] = row[_R1] or ""
        quals = [_Qual._make(row[_Q0:_Q1])] if row[_Q0] is not None else []
        applying = bool(row[5])
        filed_here = own is not None and bool(row[_Q1])
    return rows, more, last


def _get_physician(session: Session, p: Principal, physician_id: int) -> m.Physician:
    phys = session.get(m.Physician, physician_id) if isinstance(physician_id, int) else None
    if phys is None:
        raise NotFound(f"医师（编号 {physician_id}）不存在", "physician_id")
    # a merged record has nothing of its own left: whoever may see the record it went into may read it
    permissions.require_physician(session, p, phys.merged_into_id or phys.id)
    return phys


def qualification_view(q: m.Qualification) -> QualificationView:
    """A qualification as the windows show it (also desk.merges' comparison)."""
    return _qualification_view(q)


def registration_views(session: Session, physician_id: int) -> list[RegistrationView]:
    """A physician's registrations (newest first) with their filings (also desk.merges' comparison)."""
    return _registration_views(session, physician_id)


def _qualification_view(q: m.Qualification) -> QualificationView:
    try:
        label = SOURCE_LABELS[QualificationSource(q.source)]
    except ValueError:
        label = q.source
    return QualificationView(
        id=q.id,
        certificate_code=q.certificate_code,
        exam_ticket=q.exam_ticket,
        level=q.level,
        category=q.category,
        source=q.source,
        source_label=label,
        issued_on=q.issued_on,
    )


def _registration_views(session: Session, physician_id: int) -> list[RegistrationView]:
    regs = session.scalars(
        select(m.Registration)
        .where(m.Registration.physician_id == physician_id)
        .order_by(m.Registration.id.desc())
    ).all()
    filings: dict[int, list[m.Filing]] = {}
    if regs:
        for f in session.scalars(
            select(m.Filing)
            .where(m.Filing.registration_id.in_([r.id for r in regs]))
            .order_by(m.Filing.start_date, m.Filing.id)
        ):
            filings.setdefault(f.registration_id, []).append(f)
    names = _institution_names(
        session,
        [r.main_institution_id for r in regs] + [f.institution_id for fs in filings.values() for f in fs],
    )
    return [
        RegistrationView(
            id=r.id,
            physician_id=r.physician_id,
            level=r.level,
            category=r.category,
            scopes=list(r.scopes or []),
            place=r.place,
            place_name=_area_name(r.place),
            province=r.province,
            main_institution_id=r.main_institution_id,
            main_institution_name=names.get(r.main_institution_id, ""),
            registration_code=r.registration_code,
            practice_certificate_number=r.practice_certificate_number,
            status=r.status,
            status_label=STATUS_LABELS.get(r.status, r.status),
            issuing_authority=r.issuing_authority,
            registered_on=r.registered_on,
            filed_on=r.filed_on,
            filing_reason=r.filing_reason,
            filing_reason_label=reference.reason_label(r.filing_reason) if r.filing_reason else "",
            ended_on=r.ended_on,
            end_reason=r.end_reason,
            filings=[
                FilingView(
                    id=f.id,
                    institution_id=f.institution_id,
                    institution_name=names.get(f.institution_id, ""),
                    start_date=f.start_date,
                    end_date=f.end_date,
                    status=f.status,
                    status_label=FILING_STATUS_LABELS.get(f.status, f.status),
                )
                for f in filings.get(r.id, [])
            ],
        )
        for r in regs
    ]


def _optional_id(value: int | None, field: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValidationError("机构编号无效", field)
    return value


def _departure_report(c: m.Case, names: dict[int | None, str], today: dt.date) -> DepartureReport:
    d = c.details or {}
    raw = d.get("effective_date")
    effective = dt.date.fromisoformat(raw) if isinstance(raw, str) and raw else None
    filed = c.created_at.astimezone(CHINA).date()
    due = c.report_due or filed
    reason = str(d.get("reason") or "")
    open_ = c.status in _OPEN_REPORT
    return DepartureReport(
        case_id=c.id,
        number=c.number,
        kind=str(c.kind),
        kind_label=reference.kind_label(c.kind),
        status=str(c.status),
        status_label=reference.status_label(c.status, c.kind),
        physician_id=c.physician_id,
        name=c.applicant_name,
        id_number=c.applicant_id_number,
        institution_id=c.institution_id,
        institution_name=names.get(c.institution_id, ""),
        reason=reason,
        reason_label=reference.reason_label(reason) if reason else "",
        effective_date=effective,
        filed_on=filed,
        report_due=due,
        late_days=c.report_late_days or 0,
        overdue_days=max((today - due).days, 0) if open_ else 0,
    )


def _pool_entries(
    session: Session, regs: Sequence[m.Registration], today: dt.date, *, with_open_cases: bool = False
) -> list[PoolEntry]:
    if not regs:
        return []
    open_cases: dict[int, str] = {}
    if with_open_cases:
        for reg_id, number in session.execute(
            select(m.Case.registration_id, m.Case.number).where(
                m.Case.registration_id.in_([r.id for r in regs]),
                m.Case.kind.in_(_DEREGISTERING),
                m.Case.status.in_(_OPEN),
            )
        ):
            if reg_id is not None:
                open_cases.setdefault(reg_id, number)
    people = {
        ph.id: ph
        for ph in session.scalars(
            select(m.Physician).where(m.Physician.id.in_(sorted({r.physician_id for r in regs})))
        )
    }
    names = _institution_names(session, [r.main_institution_id for r in regs])
    entries: list[PoolEntry] = []
    for r in regs:
        ph = people[r.physician_id]
        due = _add_years(r.filed_on, POOL_YEARS) if r.filed_on else None
        entries.append(
            PoolEntry(
                registration_id=r.id,
                physician_id=r.physician_id,
                name=ph.name,
                id_number=ph.id_number,
                level=r.level,
                category=r.category,
                practice_certificate_number=r.practice_certificate_number,
                registration_code=r.registration_code,
                institution_id=r.main_institution_id,
                institution_name=names.get(r.main_institution_id, ""),
                filed_on=r.filed_on,
                reason=r.filing_reason,
                reason_label=reference.reason_label(r.filing_reason) if r.filing_reason else "",
                deregister_on=due,
                days_left=(due - today).days if due else None,
                open_deregistration=open_cases.get(r.id),
            )
        )
    return entries


# --- the import ------------------------------------------------------------------------------------


@dataclass
class _QualState:
    """A qualification as the import sees it: in the database or added earlier in this import."""

    id_number: str
    name: str
    level: str
    category: str
    certificate_code: str | None
    exam_ticket: str | None
    line: int | None  # the line that added it in this import, None when already in the database
    obj: m.Qualification | None = None


class _Importer:
    """Decides each valid row against the database and the rows before it, then adds the new ones."""

    def __init__(self, session: Session, now: dt.datetime) -> None:
        self.session = session
        self.now = now
        self.imported = 0
        self.unchanged = 0
        self.created: list[m.Physician] = []
        self.first_new_id: int | None = None
        self.by_cert: dict[str, _QualState] = {}
        self.by_ticket: dict[str, _QualState] = {}
        self.people: dict[str, m.Physician] = {}

    def _load(self, rows: list[QualificationRow]) -> None:
        certs = sorted({r.certificate_code for r in rows if r.certificate_code})
        tickets = sorted({r.exam_ticket for r in rows if r.exam_ticket})
        ids = sorted({r.id_number for r in rows})
        found: list[m.Qualification] = []
        for chunk in _chunks(certs):
            found += self.session.scalars(
                select(m.Qualification).where(m.Qualification.certificate_code.in_(chunk))
            ).all()
        for chunk in _chunks(tickets):
            found += self.session.scalars(
                select(m.Qualification).where(m.Qualification.exam_ticket.in_(chunk))
            ).all()
        for q in found:
            state = _QualState(q.id_number, q.name, q.level, q.category, q.certificate_code, q.exam_ticket,
                               None, q)
            if q.certificate_code:
                self.by_cert[q.certificate_code] = state
            if q.exam_ticket:
                self.by_ticket[q.exam_ticket] = state
        for chunk in _chunks(ids):
            for ph in self.session.scalars(select(m.Physician).where(m.Physician.id_number.in_(chunk))):
                number = ph.id_number
                while ph.merged_into_id is not None:  # a merged duplicate: its person is the kept record
                    kept = self.session.get(m.Physician, ph.merged_into_id)
                    if kept is None:
                        break
                    ph = kept
                self.people[number] = ph

    def run(self, rows: list[QualificationRow], errors: list[RowError]) -> None:
        self._load(rows)
        new_quals: list[m.Qualification] = []
        for row in rows:
            error = self._decide(row, new_quals)
            if error is not None:
                errors.append(error)
        if new_quals:
            self.session.flush()
            self.first_new_id = min(q.id for q in new_quals)

    def _where(self, state: _QualState) -> str:
        return f"本文件第{state.line}行" if state.line is not None else "系统中已有记录"

    def _decide(self, row: QualificationRow, new_quals: list[m.Qualification]) -> RowError | None:
        state = self.by_cert.get(row.certificate_code) if row.certificate_code else None
        ticket_state = self.by_ticket.get(row.exam_ticket) if row.exam_ticket else None
        if state is not None and state.id_number != row.id_number:
            return RowError(
                row.line, "certificate_code",
                f"医师资格证书编码 {row.certificate_code} 已属于另一人"
                f"（{state.name}，{self._where(state)}），请核对",
            )
        if ticket_state is not None and ticket_state.id_number != row.id_number:
            return RowError(
                row.line, "exam_ticket",
                f"准考证号 {row.exam_ticket} 已属于另一人"
                f"（{ticket_state.name}，{self._where(ticket_state)}），请核对",
            )
        if state is not None and ticket_state is not None and state is not ticket_state:
            return RowError(
                row.line, "exam_ticket",
                f"准考证号 {row.exam_ticket} 与医师资格证书编码 {row.certificate_code} "
                "分属两条不同的资格记录，请核对",
            )
        existing = state or ticket_state
        if existing is not None:
            if (existing.level, existing.category) != (row.level, row.category):
                return RowError(row.line, "level" if existing.level != row.level else "category",
                                f"与{self._where(existing)}的资格信息不一致：已登记为{existing.level}、"
                                f"{existing.category}类别，本行为{row.level}、{row.category}类别")
            if (existing.certificate_code and row.certificate_code
                    and existing.certificate_code != row.certificate_code):
                return RowError(
                    row.line, "certificate_code",
                    f"准考证号 {row.exam_ticket} 已对应医师资格证书编码 {existing.certificate_code}，"
                    f"与本行 {row.certificate_code} 不一致",
                )
            if existing.exam_ticket and row.exam_ticket and existing.exam_ticket != row.exam_ticket:
                return RowError(
                    row.line, "exam_ticket",
                    f"医师资格证书编码 {row.certificate_code} 已对应准考证号 {existing.exam_ticket}，"
                    f"与本行 {row.exam_ticket} 不一致",
                )
            changed = False
            if existing.obj is not None:
                if row.certificate_code and not existing.obj.certificate_code:
                    existing.obj.certificate_code = row.certificate_code
                    existing.certificate_code = row.certificate_code
                    self.by_cert[row.certificate_code] = existing
                    changed = True
                if row.exam_ticket and not existing.obj.exam_ticket:
                    existing.obj.exam_ticket = row.exam_ticket
                    existing.exam_ticket = row.exam_ticket
                    self.by_ticket[row.exam_ticket] = existing
                    changed = True
                if row.issued_on and not existing.obj.issued_on:
                    existing.obj.issued_on = row.issued_on
                    changed = True
            if changed and existing.line is None:
                self.imported += 1
            else:
                self.unchanged += 1
            return None
        person = self.people.get(row.id_number)
        if person is not None and person.name != row.name:
            return RowError(
                row.line, "name",
                f"身份证号 {row.id_number} 已登记为“{person.name}”，与本行姓名“{row.name}”不一致，请核对",
            )
        if person is None:
            person = m.Physician(
                name=row.name,
                name_initials=search.initials(row.name),
                name_pinyin=search.pinyin_key(row.name),
                gender=row.gender,
                id_number=row.id_number,
                id_type="resident_id",
                birth_date=row.birth_date,
                created_at=self.now,
                updated_at=self.now,
            )
            self.session.add(person)
            self.people[row.id_number] = person
            self.created.append(person)
        qual = m.Qualification(
            physician=person,
            name=row.name,
            id_number=row.id_number,
            certificate_code=row.certificate_code,
            exam_ticket=row.exam_ticket,
            level=row.level,
            category=row.category,
            source=QualificationSource.EXAM_IMPORT.value,
            issued_on=row.issued_on,
            created_at=self.now,
        )
        self.session.add(qual)
        new_quals.append(qual)
        state = _QualState(row.id_number, row.name, row.level, row.category, row.certificate_code,
                           row.exam_ticket, row.line, None)
        if row.certificate_code:
            self.by_cert[row.certificate_code] = state
        if row.exam_ticket:
            self.by_ticket[row.exam_ticket] = state
        self.imported += 1
        return None
