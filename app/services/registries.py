"""desk.registries: the commission's own registries brought in, so the public register shows real nurses and
institutions: nurse registrations (护士执业注册) and institutions' licence data (医疗机构执业许可证).

Both imports read the content of a CSV (UTF-8 or GB18030) or XLSX file with a header line (``data`` and
``filename``; a local path is accepted too), or a list of mappings, like
the exam centre's import (desk.roster.import_qualifications): every good row is written in one
transaction, every bad row is reported with its line (header = line 1), field and reason, and importing
the same file again changes nothing. Only rows inside the commission's jurisdiction are taken.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from app import models as m
from app.services import permissions, search, validation
from app.services.base import Service, Tx
from app.services.contract import authority_name
from app.services.errors import ValidationError
from app.services.permissions import COMMISSION
from app.services.roster import MAX_IMPORT_BYTES, ImportResult, RowError
from app.services.types import INSTITUTION_IMPORT_LABELS, NURSE_IMPORT_LABELS, Actor
from app.spreadsheet import read_csv, read_xlsx, text_cell

__all__ = ["INSTITUTION_COLUMNS", "NURSE_COLUMNS", "NURSE_TERM_YEARS", "RegistriesService"]

NURSE_TERM_YEARS = 5
"""A nurse's registration is valid five years."""
_CHUNK = 500

_N, _I = NURSE_IMPORT_LABELS, INSTITUTION_IMPORT_LABELS
#: field → (accepted headers, label); the labels are the contract's (the windows show them too).
NURSE_COLUMNS: dict[str, tuple[tuple[str, ...], str]] = {
    "name": (("姓名", "name"), _N["name"]),
    "id_number": (("身份证号", "身份证号码", "公民身份号码", "证件号码", "id_number"), _N["id_number"]),
    "gender": (("性别", "gender"), _N["gender"]),
    "certificate_number": (("执业证书编号", "护士执业证书编号", "证书编号", "执业证书编码",
                            "certificate_number"), _N["certificate_number"]),
    "place": (("执业地点", "执业地点代码", "行政区划代码", "place"), _N["place"]),
    "institution": (("执业机构登记号", "机构登记号", "登记号", "institution"), _N["institution"]),
    "authority": (("发证机关", "注册机关", "authority"), _N["authority"]),
    "valid_from": (("注册日期", "有效期起", "有效期开始", "发证日期", "valid_from"), _N["valid_from"]),
    "valid_until": (("有效期至", "有效期截止", "有效期限", "valid_until"), _N["valid_until"]),
    "active": (("状态", "注册状态", "active"), _N["active"]),
}
INSTITUTION_COLUMNS: dict[str, tuple[tuple[str, ...], str]] = {
    "name": (("机构名称", "医疗机构名称", "name"), _I["name"]),
    "registration_number": (("登记号", "执业许可证登记号", "registration_number"),
                            _I["registration_number"]),
    "address": (("地址", "机构地址", "address"), _I["address"]),
    "legal_representative": (("法定代表人", "legal_representative"), _I["legal_representative"]),
    "principal": (("主要负责人", "负责人", "principal"), _I["principal"]),
    "subjects": (("诊疗科目", "subjects"), _I["subjects"]),
    "jurisdiction": (("所在地区", "行政区划代码", "地区代码", "jurisdiction"), _I["jurisdiction"]),
    "approving_authority": (("审批机关", "发证机关", "approving_authority"), _I["approving_authority"]),
    "licence_valid_until": (("执业许可证有效期限", "有效期至", "有效期限", "licence_valid_until"),
                            _I["licence_valid_until"]),
    "credit_code": (("统一社会信用代码", "社会信用代码", "信用代码", "credit_code"), _I["credit_code"]),
}
_NURSE_REQUIRED = ("name", "id_number", "certificate_number", "place", "valid_from")
_INSTITUTION_REQUIRED = ("name", "registration_number", "address", "legal_representative", "principal",
                         "jurisdiction")
_INACTIVE = {"注销", "已注销", "无效", "失效", "停止", "inactive", "0", "否"}
_CERT_NUMBER = re.compile(r"[0-9A-Z]{6,32}")


def _normal(header: object) -> str:
    text = unicodedata.normalize("NFKC", "" if header is None else str(header)).lstrip("\ufeff").lower()
    return re.sub(r"[\s_*（）()]", "", text)


def _lookup(columns: dict[str, tuple[tuple[str, ...], str]]) -> dict[str, str]:
    return {_normal(alias): key for key, (aliases, _label) in columns.items() for alias in aliases}


def _records(rows: Iterable[Mapping[str, Any]] | str | Path | None,
             columns: dict[str, tuple[tuple[str, ...], str]], required: tuple[str, ...],
             data: bytes | None = None, filename: str | None = None,
             ) -> tuple[Iterator[tuple[int, dict[str, str]]], str]:
    """(line, {field: text}) of a file's content, a file (path) or mappings, after checking the required
    columns are there."""
    lookup = _lookup(columns)
    if (rows is None) == (data is None):
        raise ValidationError("应传入多行数据（映射的列表）或文件内容，二者只能选一", "rows")
    if isinstance(rows, str | Path):
        path = Path(rows)
        if not path.exists():
            raise ValidationError(f"文件不存在：{path}", "rows")
        data, filename, rows = path.read_bytes(), path.name, None

    def check(present: set[str]) -> None:
        missing = [columns[c][1] for c in required if c not in present]
        if missing:
            raise ValidationError(f"缺少列：{'、'.join(missing)}（第1行应为表头）", "rows")

    if data is not None:
        if not isinstance(data, bytes | bytearray):
            raise ValidationError("文件内容应为字节", "data")
        if len(data) > MAX_IMPORT_BYTES:
            limit = MAX_IMPORT_BYTES // (1024 * 1024)
            raise ValidationError(f"文件过大（超过 {limit} MB），请拆分后分批导入", "data")
        name = filename or "rows.csv"
        suffix = Path(name).suffix.lower()
        if suffix in (".xlsx", ".xlsm"):
            table = read_xlsx(bytes(data))
        elif suffix in (".csv", ".txt", ""):
            table = read_csv(bytes(data))
        else:
            raise ValidationError(f"不支持的文件类型「{suffix}」：请使用 CSV 或 XLSX 文件", "rows")
        header_at = next((i for i, r in enumerate(table) if any(text_cell(c) for c in r)), None)
        if header_at is None:
            raise ValidationError("文件是空的：第1行应为表头", "rows")
        keys = [lookup.get(_normal(h)) for h in table[header_at]]
        check({k for k in keys if k})

        def from_table() -> Iterator[tuple[int, dict[str, str]]]:
            for i, raw in enumerate(table[header_at + 1:], start=header_at + 2):
                record: dict[str, str] = {}
                for key, value in zip(keys, raw, strict=False):
                    if key and key not in record:
                        record[key] = text_cell(value)
                yield i, record

        return from_table(), name
    assert rows is not None
    if isinstance(rows, Mapping):
        raise ValidationError("应传入多行数据（映射的列表）或 CSV/XLSX 文件路径", "rows")
    items = list(rows)

    def from_mappings() -> Iterator[tuple[int, dict[str, str]]]:
        for i, row in enumerate(items, start=2):
            if not isinstance(row, Mapping):
                raise ValidationError(f"第{i}行不是字段表", "rows")
            record: dict[str, str] = {}
            for k, v in row.items():
                key = lookup.get(_normal(k))
                if key and key not in record:
                    record[key] = text_cell(v)
            yield i, record

    if items and isinstance(items[0], Mapping):
        check({lookup.get(_normal(k)) or "" for k in items[0]} - {""})
    return from_mappings(), "rows"


def _date(text: str, field: str, label: str) -> dt.date | None:
    raw = unicodedata.normalize("NFKC", text or "").strip().rstrip("日")
    if not raw:
        return None
    if re.fullmatch(r"[0-9]{8}", raw):
        raw = f"{raw[:4]}-{raw[4:6]}-{raw[6:]}"
    raw = re.sub(r"[./年月]", "-", raw).split(" ")[0]
    return validation.date_value(raw, field, label)


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


class _Row:
    """Collects the errors of one row while its fields are checked."""

    def __init__(self, line: int) -> None:
        self.line = line
        self.errors: list[RowError] = []

    def check(self, field: str, func: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except ValidationError as exc:
            self.errors.append(RowError(self.line, exc.field or field, exc.message))
            return None

    def fail(self, field: str, message: str) -> None:
        self.errors.append(RowError(self.line, field, message))


@dataclass(frozen=True)
class _Nurse:
    line: int
    name: str
    id_number: str
    gender: str
    certificate_number: str
    place: str
    institution_number: str | None
    authority: str
    valid_from: dt.date
    valid_until: dt.date
    active: bool


@dataclass(frozen=True)
class _Licence:
    line: int
    name: str
    registration_number: str
    address: str
    legal_representative: str
    principal: str
    subjects: str
    jurisdiction: str
    approving_authority: str
    licence_valid_until: dt.date | None
    credit_code: str | None = None


def _certificate_number(value: str) -> str:
    raw = "".join(unicodedata.normalize("NFKC", value or "").split()).upper()
    if not raw:
        raise ValidationError("执业证书编号不能为空", "certificate_number")
    if not _CERT_NUMBER.fullmatch(raw):
        raise ValidationError(f"执业证书编号应为6至32位数字或大写字母：「{raw}」", "certificate_number")
    return raw


def _nurse_row(line: int, r: dict[str, str], today: dt.date, jurisdiction: str
               ) -> tuple[_Nurse | None, list[RowError]]:
    row = _Row(line)
    name = row.check("name", validation.person_name, r.get("name"), "name")
    rid = row.check("id_number", validation.resident_id, r.get("id_number"), "id_number", today)
    gender_text = (r.get("gender") or "").strip()
    if rid is not None and gender_text and gender_text != rid.gender:
        row.fail("gender", f"性别「{gender_text}」与身份证号不符（应为{rid.gender}）")
    number = row.check("certificate_number", _certificate_number, r.get("certificate_number", ""))
    place = row.check("place", validation.area_code, r.get("place"), "place")
    if place is not None and not permissions.covers(jurisdiction, place):
        row.fail("place", f"执业地点 {place} 不在本卫生健康委辖区内")
    institution = (r.get("institution") or "").strip().upper() or None
    start = row.check("valid_from", _date, r.get("valid_from", ""), "valid_from", "注册日期")
    end = row.check("valid_until", _date, r.get("valid_until", ""), "valid_until", "有效期至")
    if start is None and not any(e.field == "valid_from" for e in row.errors):
        row.fail("valid_from", "注册日期不能为空")
    if start is not None and start > today:
        row.fail("valid_from", f"注册日期 {start.isoformat()} 晚于今天")
    if start is not None and end is None and not any(e.field == "valid_until" for e in row.errors):
        end = _add_years(start, NURSE_TERM_YEARS)
    if start is not None and end is not None and end <= start:
        row.fail("valid_until", "有效期至应晚于注册日期")
    status = (r.get("active") or "").strip().lower()
    if row.errors:
        return None, row.errors
    assert rid is not None and start is not None and end is not None
    authority = " ".join((r.get("authority") or "").split())[:100]
    return _Nurse(line, name, rid.value, rid.gender, number, place, institution, authority, start, end,
                  status not in _INACTIVE), []


def _licence_row(line: int, r: dict[str, str], jurisdiction: str) -> tuple[_Licence | None, list[RowError]]:
    row = _Row(line)
    name = row.check("name", validation.required_text, r.get("name"), "name", "机构名称", 200)
    number = row.check("registration_number", validation.registration_number, r.get("registration_number"),
                       "registration_number")
    address = row.check("address", validation.required_text, r.get("address"), "address", "地址", 300)
    legal = row.check("legal_representative", validation.person_name, r.get("legal_representative"),
                      "legal_representative")
    head = row.check("principal", validation.person_name, r.get("principal"), "principal")
    area = row.check("jurisdiction", validation.county_code, r.get("jurisdiction"), "jurisdiction")
    uscc = row.check("credit_code", validation.credit_code, r.get("credit_code", ""), "credit_code")
    if area is not None and not permissions.covers(jurisdiction, area):
        row.fail("jurisdiction", f"所在地区 {area} 不在本卫生健康委辖区内")
    until = row.check("licence_valid_until", _date, r.get("licence_valid_until", ""), "licence_valid_until",
                      "执业许可证有效期限")
    subjects = "、".join(s for s in re.split(r"[、,，;；\s]+", r.get("subjects") or "") if s)
    if row.errors:
        return None, row.errors
    authority = " ".join((r.get("approving_authority") or "").split())[:100]
    return _Licence(line, name, number, address, legal, head, subjects, area, authority, until, uscc), []


def _chunks(values: list[Any]) -> Iterator[list[Any]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


class RegistriesService(Service):
    """desk.registries: import_nurses and import_institutions (commission users)."""

    def import_nurses(self, actor: Actor, rows: list[dict[str, Any]] | None = None, *,
                      data: bytes | None = None, filename: str | None = None) -> ImportResult:
        """Import nurse registrations: 姓名, 身份证号, 执业证书编号, 执业地点 (area code), 注册日期 required;
        性别 (checked against the ID), 执业机构登记号, 发证机关, 有效期至 (default: 5 years after
        注册日期) and 状态 (注销 ends a registration) optional.

        The nurse is found by resident ID (created when new), the registration by its certificate number
        (created, or updated when the registry says something else). Returns the counts and the bad rows.
        Raises PermissionDenied (not a commission user) and ValidationError (unreadable file, missing
        columns).
        """
        with self.read(actor, "registries.import_nurses") as tx:
            permissions.require_role(tx.principal, COMMISSION)
            jurisdiction = tx.principal.jurisdiction or ""
        today = self.ctx.today()
        records, source = _records(rows, NURSE_COLUMNS, _NURSE_REQUIRED, data, filename)
        good: list[_Nurse] = []
        errors: list[RowError] = []
        total = 0
        seen: dict[str, int] = {}
        for line, record in records:
            if not any(v.strip() for v in record.values()):
                continue
            total += 1
            nurse, bad = _nurse_row(line, record, today, jurisdiction)
            if nurse is not None and nurse.certificate_number in seen:
                bad = [RowError(line, "certificate_number",
                                f"执业证书编号与第{seen[nurse.certificate_number]}行重复")]
                nurse = None
            if nurse is not None:
                seen[nurse.certificate_number] = line
                good.append(nurse)
            errors.extend(bad)
        with self.write(actor, "registries.import_nurses") as tx:
            permissions.require_role(tx.principal, COMMISSION)
            imported, unchanged, created = self._write_nurses(tx, good, errors)
            errors.sort(key=lambda e: (e.line, e.field or ""))
            tx.audit("registries.import_nurses", "nurse_registrations", "",
                     {"source": source, "imported": imported, "unchanged": unchanged, "errors": len(errors),
                      "nurses_created": created})
            if imported:
                tx.feed("nurse_registrations", 0, "imported", jurisdiction=tx.principal.jurisdiction)
            return ImportResult(imported, unchanged, errors, physicians_created=created, total=total)

    def _write_nurses(self, tx: Tx, rows: list[_Nurse], errors: list[RowError]) -> tuple[int, int, int]:
        session = tx.session
        imported = unchanged = created = 0
        for chunk in _chunks(rows):
            nurses = {n.id_number: n for n in session.scalars(
                select(m.Nurse).where(m.Nurse.id_number.in_({r.id_number for r in chunk})))}
            regs = {g.certificate_number: g for g in session.scalars(
                select(m.NurseRegistration).where(
                    m.NurseRegistration.certificate_number.in_({r.certificate_number for r in chunk})))}
            numbers = {r.institution_number for r in chunk if r.institution_number}
            institutions: dict[str, int] = {}
            if numbers:
                institutions = {number: iid for number, iid in session.execute(
                    select(m.Institution.registration_number, m.Institution.id).where(
                        m.Institution.registration_number.in_(numbers)))}
            for r in chunk:
                institution_id = None
                if r.institution_number:
                    institution_id = institutions.get(r.institution_number)
                    if institution_id is None:
                        errors.append(RowError(r.line, "institution",
                                               f"执业机构登记号「{r.institution_number}」不在医疗机构名册中"))
                        continue
                nurse = nurses.get(r.id_number)
                if nurse is None:
                    nurse = m.Nurse(name=r.name, gender=r.gender, id_number=r.id_number, created_at=tx.now)
                    session.add(nurse)
                    session.flush()
                    nurses[r.id_number] = nurse
                    created += 1
                elif (nurse.name, nurse.gender) != (r.name, r.gender):
                    nurse.name, nurse.gender = r.name, r.gender
                reg = regs.get(r.certificate_number)
                values = dict(nurse_id=nurse.id, place=r.place, institution_id=institution_id,
                              issuing_authority=r.authority or authority_name(r.place),
                              valid_from=r.valid_from, valid_until=r.valid_until, active=r.active)
                if reg is None:
                    session.add(m.NurseRegistration(certificate_number=r.certificate_number, **values))
                    imported += 1
                elif any(getattr(reg, k) != v for k, v in values.items()):
                    if reg.nurse_id != nurse.id:
                        errors.append(RowError(r.line, "certificate_number",
                                               "该执业证书编号已登记在另一位护士名下"))
                        continue
                    for k, v in values.items():
                        setattr(reg, k, v)
                    imported += 1
                else:
                    unchanged += 1
            session.flush()
        return imported, unchanged, created

    def import_institutions(self, actor: Actor, rows: list[dict[str, Any]] | None = None,
                            *, data: bytes | None = None, filename: str | None = None) -> ImportResult:
        """Import institutions' licence data: 机构名称, 登记号, 地址, 法定代表人, 主要负责人, 所在地区
        (a county-level area code) required; 诊疗科目, 审批机关, 执业许可证有效期限, 统一社会信用代码
        optional (an empty credit code leaves a recorded one as it is).

        An institution is found by its 登记号: a new one is added to the register (without an account: the
        counter issues accounts), a known one takes the licence data of the file. Returns the counts and the
        bad rows. Raises PermissionDenied and ValidationError (unreadable file, missing columns).
        """
        with self.read(actor, "registries.import_institutions") as tx:
            permissions.require_role(tx.principal, COMMISSION)
            jurisdiction = tx.principal.jurisdiction or ""
        records, source = _records(rows, INSTITUTION_COLUMNS, _INSTITUTION_REQUIRED, data, filename)
        good: list[_Licence] = []
        errors: list[RowError] = []
        total = 0
        seen: dict[str, int] = {}
        seen_codes: dict[str, int] = {}
        for line, record in records:
            if not any(v.strip() for v in record.values()):
                continue
            total += 1
            licence, bad = _licence_row(line, record, jurisdiction)
            if licence is not None and licence.registration_number in seen:
                bad = [RowError(line, "registration_number",
                                f"登记号与第{seen[licence.registration_number]}行重复")]
                licence = None
            if licence is not None and licence.credit_code and licence.credit_code in seen_codes:
                bad = [RowError(line, "credit_code",
                                f"统一社会信用代码与第{seen_codes[licence.credit_code]}行重复")]
                licence = None
            if licence is not None:
                seen[licence.registration_number] = line
                if licence.credit_code:
                    seen_codes[licence.credit_code] = line
                good.append(licence)
            errors.extend(bad)
        with self.write(actor, "registries.import_institutions") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION)
            imported = unchanged = created = 0
            for chunk in _chunks(good):
                known = {i.registration_number: i for i in tx.session.scalars(
                    select(m.Institution).where(
                        m.Institution.registration_number.in_({r.registration_number for r in chunk})))}
                codes = {r.credit_code for r in chunk if r.credit_code}
                holders: dict[str | None, str] = {code: number for code, number in tx.session.execute(
                    select(m.Institution.credit_code, m.Institution.registration_number).where(
                        m.Institution.credit_code.in_(codes)))} if codes else {}
                for r in chunk:
                    values: dict[str, Any] = dict(
                        name=r.name, address=r.address, legal_representative=r.legal_representative,
                        principal=r.principal, subjects=r.subjects, jurisdiction=r.jurisdiction,
                        approving_authority=r.approving_authority or authority_name(r.jurisdiction),
                        licence_valid_until=r.licence_valid_until)
                    if r.credit_code:
                        holder = holders.get(r.credit_code)
                        if holder is not None and holder != r.registration_number:
                            errors.append(RowError(r.line, "credit_code",
                                                   f"统一社会信用代码已属于登记号为 {holder} 的机构"))
                            continue
                        values["credit_code"] = r.credit_code
                    inst = known.get(r.registration_number)
                    if inst is None:
                        initials = search.initials(r.name, search.INSTITUTION_INITIALS_LENGTH)
                        inst = m.Institution(registration_number=r.registration_number, created_at=tx.now,
                                             name_initials=initials, **values)
                        tx.session.add(inst)
                        imported += 1
                        created += 1
                    elif not permissions.covers(p.jurisdiction, inst.jurisdiction):
                        errors.append(RowError(r.line, "registration_number",
                                               "该登记号的机构属于其他辖区，不能修改"))
                    elif any(getattr(inst, k) != v for k, v in values.items()):
                        for k, v in values.items():
                            setattr(inst, k, v)
                        inst.name_initials = search.initials(r.name, search.INSTITUTION_INITIALS_LENGTH)
                        inst.version = (inst.version or 0) + 1
                        imported += 1
                    else:
                        unchanged += 1
                tx.session.flush()
            errors.sort(key=lambda e: (e.line, e.field or ""))
            tx.audit("registries.import_institutions", "institutions", "",
                     {"source": source, "imported": imported, "unchanged": unchanged, "errors": len(errors),
                      "created": created})
            if imported:
                tx.feed("institutions", 0, "imported", jurisdiction=p.jurisdiction)
            return ImportResult(imported, unchanged, errors, physicians_created=created, total=total)
