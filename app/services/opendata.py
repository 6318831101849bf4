"""desk.opendata: the public register as open data, streamed with flat memory.

- CSV / XLSX: the disclosed fields only (DOMAIN.md), the same lines the public register shows: physicians
  (one line per active registration), nurses (registrations in force), institutions (active).
- HL7 FHIR R4 ``Bundle`` (type ``collection``, JSON): ``Organization`` for each active institution,
  ``Practitioner`` for each physician with an active registration and ``PractitionerRole`` for each active
  registration (its main institution, level, category and scopes). Identifiers use the systems below
  (documented in docs/open-data.md). Neither the resident ID nor the birth date ever leaves.

Rows are read with server-side cursors (``yield_per``) and written as they come: memory does not grow
with the size of the register.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from app import models as m
from app.services import reference
from app.services.base import Service
from app.services.errors import ValidationError
from app.spreadsheet import Cancelled, ExportCancelled, Progress, Sheet, write_csv, write_xlsx

__all__ = [
    "FORMATS",
    "INSTITUTION_HEADERS",
    "NURSE_HEADERS",
    "PHYSICIAN_HEADERS",
    "REGISTERS",
    "SYSTEM_INSTITUTION_REGISTRATION_NUMBER",
    "SYSTEM_PRACTICE_CERTIFICATE",
    "SYSTEM_QUALIFICATION_CERTIFICATE",
    "SYSTEM_REGISTRATION_CODE",
    "OpenDataService",
]

FORMATS = ("csv", "xlsx", "fhir")
REGISTERS = ("physicians", "nurses", "institutions")
STREAM_BATCH = 2000

PHYSICIAN_HEADERS = ("姓名", "性别", "医师级别", "执业类别", "证书编码", "执业地点", "执业机构", "执业范围",
                     "发证机关")
NURSE_HEADERS = ("姓名", "性别", "执业证书编号", "执业地点", "发证机关")
INSTITUTION_HEADERS = ("机构名称", "地址", "诊疗科目", "法定代表人", "主要负责人", "登记号",
                       "执业许可证有效期限", "审批机关")
SHEET_TITLES = {"physicians": "医师", "nurses": "护士", "institutions": "医疗机构"}

#: Identifier systems of the FHIR export (see docs/open-data.md).
SYSTEM_REGISTRATION_CODE = "urn:regdesk:sid:physician-registration-code"  # 电子化注册识别码
SYSTEM_PRACTICE_CERTIFICATE = "urn:regdesk:sid:practice-certificate-number"  # 医师执业证书编码
SYSTEM_QUALIFICATION_CERTIFICATE = "urn:regdesk:sid:qualification-certificate-code"  # 医师资格证书编码
SYSTEM_INSTITUTION_REGISTRATION_NUMBER = "urn:regdesk:sid:institution-registration-number"  # 登记号
_NAMESPACE = uuid.UUID("6f1c2a4e-9d0b-5c3e-8a71-52d0b3f6e1a4")
_GENDER = {"男": "male", "女": "female"}


def _full_url(kind: str, row_id: int) -> str:
    """A stable urn:uuid for a row (the same every export, so a receiver can update in place)."""
    return f"urn:uuid:{uuid.uuid5(_NAMESPACE, f'{kind}:{row_id}')}"


class _Areas:
    """Area names, looked up once per code during one export."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}

    def name(self, code: str | None) -> str:
        if not code:
            return ""
        found = self._names.get(code)
        if found is None:
            found = self._names[code] = reference.area_name(code)
        return found

    def authority(self, issuing: str, code: str) -> str:
        if issuing:
            return issuing
        return f"{self.name(code)}卫生健康委员会" if code else ""


class OpenDataService(Service):
    """desk.opendata: export(format, path), and the row streams behind it. Public data: no sign-in."""

    # --- the row streams (disclosed fields only) ---

    def physician_rows(self) -> Iterator[list[Any]]:
        """姓名, 性别, 医师级别, 执业类别, 证书编码, 执业地点, 执业机构, 执业范围, 发证机关 of every active
        registration, by name."""
        areas = _Areas()
        for r in self._physician_stream(order_by_name=True):
            yield [
                r.name, r.gender, r.level, r.category, r.practice_certificate_number or r.qual_code or "",
                areas.name(r.place), r.institution_name or "", "、".join(r.scopes or ()),
                areas.authority(r.issuing_authority, r.authority_code),
            ]

    def nurse_rows(self) -> Iterator[list[Any]]:
        """姓名, 性别, 执业证书编号, 执业地点, 发证机关 of every nurse registration in force."""
        areas = _Areas()
        with self.read(None, "opendata.nurses") as tx:
            stmt = (
                select(m.NurseRegistration.certificate_number, m.NurseRegistration.place,
                       m.NurseRegistration.issuing_authority, m.Nurse.name, m.Nurse.gender)
                .join(m.Nurse, m.Nurse.id == m.NurseRegistration.nurse_id)
                .where(m.NurseRegistration.active.is_(True), m.NurseRegistration.valid_until >= tx.today)
                .order_by(m.Nurse.name, m.NurseRegistration.id)
                .execution_options(yield_per=STREAM_BATCH)
            )
            for number, place, issuing, name, gender in tx.session.execute(stmt):
                yield [name, gender, number, areas.name(place), areas.authority(issuing, place)]

    def institution_rows(self) -> Iterator[list[Any]]:
        """机构名称, 地址, 诊疗科目, 法定代表人, 主要负责人, 登记号, 执业许可证有效期限, 审批机关 of
        every active institution."""
        with self.read(None, "opendata.institutions") as tx:
            stmt = (
                select(m.Institution.name, m.Institution.address, m.Institution.subjects,
                       m.Institution.legal_representative, m.Institution.principal,
                       m.Institution.registration_number, m.Institution.licence_valid_until,
                       m.Institution.approving_authority)
                .where(m.Institution.active.is_(True))
                .order_by(m.Institution.name, m.Institution.id)
                .execution_options(yield_per=STREAM_BATCH)
            )
            for row in tx.session.execute(stmt):
                yield list(row)

    def _physician_stream(self, *, order_by_name: bool) -> Iterator[Any]:
        qual = aliased(m.Qualification)
        with self.read(None, "opendata.physicians") as tx:
            order = ((m.Physician.name, m.Physician.id, m.Registration.id) if order_by_name
                     else (m.Physician.id, m.Registration.id))
            reg = m.Registration
            stmt = (
                select(reg.id.label("reg_id"), reg.level, reg.category, reg.practice_certificate_number,
                       reg.place, reg.scopes, reg.issuing_authority, reg.authority_code,
                       reg.registration_code,
                       reg.registered_on, reg.main_institution_id, m.Physician.id.label("physician_id"),
                       m.Physician.name, m.Physician.gender, m.Institution.name.label("institution_name"),
                       qual.certificate_code.label("qual_code"))
                .join(m.Physician, m.Physician.id == m.Registration.physician_id)
                .outerjoin(m.Institution, m.Institution.id == m.Registration.main_institution_id)
                .outerjoin(qual, qual.id == m.Registration.qualification_id)
                .where(m.Registration.status == "active", m.Physician.merged_into_id.is_(None))
                .order_by(*order)
                .execution_options(yield_per=STREAM_BATCH)
            )
            yield from tx.session.execute(stmt)  # plain rows, no ORM objects: fast and nothing kept

    def rows(self, register: str) -> tuple[Sequence[str], Iterator[list[Any]]]:
        """(headers, rows) of one register: physicians, nurses or institutions."""
        if register == "physicians":
            return PHYSICIAN_HEADERS, self.physician_rows()
        if register == "nurses":
            return NURSE_HEADERS, self.nurse_rows()
        if register == "institutions":
            return INSTITUTION_HEADERS, self.institution_rows()
        raise ValidationError(f"没有「{register}」这个名册：可选 {'、'.join(REGISTERS)}", "register")

    # --- files ---

    def export(self, fmt: str, path: str | Path, *, register: str = "physicians",
               progress: Progress | None = None, cancelled: Cancelled | None = None) -> int:
        """Write the open data to ``path``; returns the records written.

        ``fmt``: "csv" (one register, ``register`` = physicians / nurses / institutions), "xlsx" (all three
        registers, one sheet each) or "fhir" (an R4 Bundle of Organizations, Practitioners and
        PractitionerRoles). Raises ValidationError (unknown format or register, the folder is missing) and
        ExportCancelled.
        """
        if fmt not in FORMATS:
            raise ValidationError(f"不支持的格式「{fmt}」：可选 {'、'.join(FORMATS)}", "format")
        if fmt == "csv":
            headers, rows = self.rows(register)
            return write_csv(path, headers, rows, progress=progress, cancelled=cancelled)
        if fmt == "xlsx":
            sheets = []
            for key in REGISTERS:
                headers, rows = self.rows(key)
                sheets.append(Sheet(SHEET_TITLES[key], headers, rows))
            return write_xlsx(path, sheets, progress=progress, cancelled=cancelled)
        return self._write_fhir(Path(path), progress, cancelled)

    # --- FHIR ---

    def fhir_entries(self) -> Iterator[dict[str, Any]]:
        """The Bundle's entries one by one: every institution's Organization (``active`` false for one
        closed, so no role points nowhere), then each physician's Practitioner followed by a
        PractitionerRole per active registration."""
        with self.read(None, "opendata.fhir") as tx:
            stmt = (
                select(m.Institution.id, m.Institution.name, m.Institution.address,
                       m.Institution.registration_number, m.Institution.active)
                .order_by(m.Institution.id)
                .execution_options(yield_per=STREAM_BATCH)
            )
            for inst_id, name, address, number, active in tx.session.execute(stmt):
                url = _full_url("organization", inst_id)
                yield {"fullUrl": url, "resource": {
                    "resourceType": "Organization",
                    "id": url.removeprefix("urn:uuid:"),
                    "identifier": [{"system": SYSTEM_INSTITUTION_REGISTRATION_NUMBER, "value": number}],
                    "active": bool(active),
                    "type": [{"text": "医疗机构"}],
                    "name": name,
                    **({"address": [{"text": address}]} if address else {}),
                }}
        areas = _Areas()
        current: int | None = None
        held: list[Any] = []
        for row in self._physician_stream(order_by_name=False):
            if current is not None and row.physician_id != current:
                yield from _practitioner_entries(held, areas)
                held = []
            current = row.physician_id
            held.append(row)
        if held:
            yield from _practitioner_entries(held, areas)

    def _write_fhir(self, path: Path, progress: Progress | None, cancelled: Cancelled | None) -> int:
        from app.spreadsheet import _replace_atomically

        count = 0

        def write(target: Path) -> None:
            nonlocal count
            with open(target, "w", encoding="utf-8") as f:
                _bundle_head(f, self.ctx.now())
                for entry in self.fhir_entries():
                    if count:
                        f.write(",\n")
                    f.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")))
                    count += 1
                    if count % 500 == 0:
                        if cancelled is not None and cancelled():
                            raise ExportCancelled("已取消导出，未生成文件")
                        if progress is not None:
                            progress(count)
                f.write("\n]}\n")

        _replace_atomically(path, write)
        if progress is not None:
            progress(count)
        return count


def _bundle_head(f: IO[str], now: dt.datetime) -> None:
    head = {"resourceType": "Bundle", "id": str(uuid.uuid4()), "type": "collection",
            "timestamp": now.astimezone(dt.UTC).isoformat(timespec="seconds").replace("+00:00", "Z")}
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))
    f.write(text[:-1] + ',"entry":[\n')


def _identifier(system: str, value: str | None, text: str) -> list[dict[str, Any]]:
    return [{"system": system, "value": value, "type": {"text": text}}] if value else []


def _practitioner_entries(rows: list[Any], areas: _Areas) -> Iterator[dict[str, Any]]:
    """One physician's Practitioner and a PractitionerRole per active registration."""
    ph = rows[0]
    person_url = _full_url("practitioner", ph.physician_id)
    identifiers: list[dict[str, Any]] = []
    qualifications: list[dict[str, Any]] = []
    seen_quals: set[str] = set()
    for reg in rows:
        qual_code = reg.qual_code
        identifiers += _identifier(SYSTEM_REGISTRATION_CODE, reg.registration_code, "电子化注册识别码")
        identifiers += _identifier(SYSTEM_PRACTICE_CERTIFICATE, reg.practice_certificate_number,
                                   "医师执业证书编码")
        if qual_code and qual_code not in seen_quals:
            seen_quals.add(qual_code)
            qualifications.append({
                "identifier": _identifier(SYSTEM_QUALIFICATION_CERTIFICATE, qual_code, "医师资格证书编码"),
                "code": {"text": f"{reg.level} {reg.category}"},
            })
    practitioner: dict[str, Any] = {
        "resourceType": "Practitioner",
        "id": person_url.removeprefix("urn:uuid:"),
        "active": True,
        "name": [{"text": ph.name}],
    }
    if identifiers:
        practitioner["identifier"] = identifiers
    if ph.gender in _GENDER:
        practitioner["gender"] = _GENDER[ph.gender]
    if qualifications:
        practitioner["qualification"] = qualifications
    yield {"fullUrl": person_url, "resource": practitioner}
    for reg in rows:
        role_url = _full_url("practitioner-role", reg.reg_id)
        role: dict[str, Any] = {
            "resourceType": "PractitionerRole",
            "id": role_url.removeprefix("urn:uuid:"),
            "active": True,
            "practitioner": {"reference": person_url, "display": ph.name},
            "code": [{"text": reg.level}, {"text": f"执业类别：{reg.category}"}],
        }
        ids = (_identifier(SYSTEM_REGISTRATION_CODE, reg.registration_code, "电子化注册识别码")
               + _identifier(SYSTEM_PRACTICE_CERTIFICATE, reg.practice_certificate_number,
                             "医师执业证书编码"))
        if ids:
            role["identifier"] = ids
        if reg.registered_on:
            role["period"] = {"start": reg.registered_on.isoformat()}
        if reg.main_institution_id is not None:
            role["organization"] = {"reference": _full_url("organization", reg.main_institution_id)}
        if reg.scopes:
            role["specialty"] = [{"text": s} for s in reg.scopes]
        place = areas.name(reg.place)
        if place:
            role["extension"] = [{"url": "urn:regdesk:fhir:StructureDefinition:practice-place",
                                  "valueString": place}]
        yield {"fullUrl": role_url, "resource": role}

