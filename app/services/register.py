"""desk.register: the public register (公示). Anyone may search; only the disclosed fields ever leave.

Physician: 姓名, 性别, 医师级别, 执业类别, 证书编码, 执业地点, 执业机构, 执业范围, 发证机关.
Nurse: 姓名, 性别, 执业证书编号, 执业地点, 发证机关.
Institution: 机构名称, 地址, 诊疗科目, 法定代表人, 主要负责人, 登记号, 执业许可证有效期限, 审批机关.
A search needs a full name (at least 2 characters; an institution's name may be its beginning) or an
exact certificate number: the register cannot be listed in bulk.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from sqlalchemy import ColumnElement, or_, select

from app import models as m
from app.services import permissions, reference, search, validation
from app.services.base import Service
from app.services.errors import ConflictError, ValidationError
from app.services.types import Actor, PublicInstitution, PublicNurse, PublicPhysician

MAX_PUBLIC_PAGE = 50
MIN_NAME_LENGTH = 2


def _text(value: str | None) -> str:
    return " ".join(unicodedata.normalize("NFKC", value or "").split())


def _name(value: str | None, *, required: bool) -> str:
    name = _text(value)
    if search.has_han(name):
        name = name.replace(" ", "")
    if not name:
        if required:
            raise ValidationError("请输入姓名或证书编码", "name")
        return ""
    if len(name) < MIN_NAME_LENGTH:
        raise ValidationError(f"请输入完整姓名（至少{MIN_NAME_LENGTH}个字）", "name")
    return name


def _code(value: str | None) -> str:
    return "".join(_text(value).split()).upper()


def _province(value: str | None) -> str | None:
    if not value:
        return None
    return reference.province_of(validation.area_code(value, "province"))


def _paging(offset: int, limit: int) -> tuple[int, int]:
    if not isinstance(offset, int) or offset < 0:
        raise ValidationError("起始位置不能为负数", "offset")
    if not isinstance(limit, int) or limit < 1:
        raise ValidationError("每页条数至少为1", "limit")
    return offset, min(limit, MAX_PUBLIC_PAGE)


def _authority(issuing: str, code: str) -> str:
    if issuing:
        return issuing
    return f"{reference.area_name(code)}卫生健康委员会" if code else ""


class RegisterService(Service):
    """desk.register: search_physicians, search_nurses, search_institutions (no sign-in needed)."""

    def search_physicians(
        self,
        name: str | None,
        *,
        certificate_code: str | None = None,
        province: str | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> list[PublicPhysician]:
        """Practising physicians by full name, optionally narrowed by certificate code and province; or by
        certificate code alone (practice certificate or qualification certificate, in full).

        Raises ValidationError (neither a name of 2+ characters nor a code; unknown province).
        """
        code = _code(certificate_code)
        full_name = _name(name, required=not code)
        prov = _province(province)
        offset, limit = _paging(offset, limit)
        with self.read(None, "register.search_physicians") as tx:
            conds: list[ColumnElement[bool]] = [
                m.Registration.status == "active",
                m.Physician.merged_into_id.is_(None),
            ]
            if full_name:
                conds.append(m.Physician.name == full_name)
            if code:
                conds.append(
                    or_(
                        m.Registration.practice_certificate_number == code,
                        m.Registration.qualification_id.in_(
                            select(m.Qualification.id).where(m.Qualification.certificate_code == code)
                        ),
                        m.Registration.physician_id.in_(
                            select(m.Qualification.physician_id).where(
                                m.Qualification.certificate_code == code
                            )
                        ),
                    )
                )
            if prov:
                conds.append(m.Registration.province == prov)
            rows = tx.session.execute(
                select(m.Registration, m.Physician, m.Institution.name)
                .join(m.Physician, m.Physician.id == m.Registration.physician_id)
                .outerjoin(m.Institution, m.Institution.id == m.Registration.main_institution_id)
                .where(*conds)
                .order_by(m.Physician.name, m.Registration.province, m.Registration.id)
                .offset(offset)
                .limit(limit)
            ).all()
            qual_ids = [r.qualification_id for r, _, _ in rows if r.qualification_id is not None]
            qual_codes: dict[int, str | None] = {}
            if qual_ids:
                qual_codes = {
                    qid: code
                    for qid, code in tx.session.execute(
                        select(m.Qualification.id, m.Qualification.certificate_code).where(
                            m.Qualification.id.in_(qual_ids)
                        )
                    )
                }
            return [
                PublicPhysician(
                    name=ph.name,
                    gender=ph.gender,
                    level=reg.level,
                    category=reg.category,
                    certificate_code=reg.practice_certificate_number
                    or (qual_codes.get(reg.qualification_id) if reg.qualification_id else None)
                    or "",
                    place=reference.area_name(reg.place) if reg.place else "",
                    institution=inst_name or "",
                    scopes=tuple(reg.scopes or ()),
                    authority=_authority(reg.issuing_authority, reg.authority_code),
                )
                for reg, ph, inst_name in rows
            ]

    def search_nurses(
        self,
        name: str | None,
        *,
        certificate_number: str | None = None,
        province: str | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> list[PublicNurse]:
        """Nurses with a registration in force, by full name (optionally with certificate number and
        province) or by certificate number alone.

        Raises ValidationError (neither a name of 2+ characters nor a number; unknown province).
        """
        number = _code(certificate_number)
        full_name = _name(name, required=not number)
        prov = _province(province)
        offset, limit = _paging(offset, limit)
        with self.read(None, "register.search_nurses") as tx:
            conds: list[ColumnElement[bool]] = [
                m.NurseRegistration.active.is_(True),
                m.NurseRegistration.valid_until >= tx.today,
            ]
            if full_name:
                conds.append(m.Nurse.name == full_name)
            if number:
                conds.append(m.NurseRegistration.certificate_number == number)
            if prov:
                conds.append(search.prefix_condition(m.NurseRegistration.place, prov[:2]))
            rows = tx.session.execute(
                select(m.NurseRegistration, m.Nurse)
                .join(m.Nurse, m.Nurse.id == m.NurseRegistration.nurse_id)
                .where(*conds)
                .order_by(m.Nurse.name, m.NurseRegistration.id)
                .offset(offset)
                .limit(limit)
            ).all()
            return [
                PublicNurse(
                    name=nurse.name,
                    gender=nurse.gender,
                    certificate_number=reg.certificate_number,
                    place=reference.area_name(reg.place) if reg.place else "",
                    authority=_authority(reg.issuing_authority, reg.place),
                )
                for reg, nurse in rows
            ]

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
    ) -> PublicNurse:
        """Enter a nurse's practice registration (valid five years) for the public register. Commission
        users only, for a place in their jurisdiction; gender is read from the resident ID.

        Raises ValidationError (name, ID, certificate number, place or date), PermissionDenied (not a
        commission user, or the place is outside the jurisdiction), ConflictError (the certificate number
        is already recorded).
        """
        full_name = unicodedata.normalize("NFKC", name or "").strip()
        if not 2 <= len(full_name) <= 60:
            raise ValidationError("请填写护士的姓名（2至60个字）", "name")
        rid = validation.resident_id(id_number, "id_number")
        number = _code(certificate_number)
        if not number or len(number) > 32 or not number.isalnum():
            raise ValidationError("请填写护士执业证书编号（字母和数字，最多32位）", "certificate_number")
        area = validation.area_code(place, "place")
        if not isinstance(valid_from, dt.date):
            raise ValidationError("请填写注册日期", "valid_from")
        with self.write(actor, "register.record_nurse") as tx:
            p = tx.principal
            permissions.require_role(p, permissions.COMMISSION)
            if not permissions.covers(p.jurisdiction, area):
                raise permissions.deny("执业地点不在本委管辖区域内", "place")
            taken = tx.session.scalar(
                select(m.NurseRegistration.id).where(m.NurseRegistration.certificate_number == number)
            )
            if taken is not None:
                raise ConflictError(f"护士执业证书编号 {number} 已登记", "certificate_number")
            nurse = tx.session.scalar(select(m.Nurse).where(m.Nurse.id_number == rid.value))
            if nurse is None:
                nurse = m.Nurse(name=full_name, gender=rid.gender, id_number=rid.value, created_at=tx.now)
                tx.session.add(nurse)
                tx.session.flush()
            authority = issuing_authority.strip() or _authority("", area)
            until = valid_from.replace(year=valid_from.year + 5) - dt.timedelta(days=1)
            reg = m.NurseRegistration(
                nurse_id=nurse.id, certificate_number=number, place=area, institution_id=institution_id,
                issuing_authority=authority, valid_from=valid_from, valid_until=until, active=True,
            )
            tx.session.add(reg)
            tx.session.flush()
            tx.audit("register.record_nurse", "nurse_registration", reg.id, {"certificate_number": number})
            return PublicNurse(name=nurse.name, gender=nurse.gender, certificate_number=number,
                               place=reference.area_name(area), authority=authority)

    def search_institutions(
        self,
        name: str | None,
        *,
        registration_number: str | None = None,
        province: str | None = None,
        offset: int = 0,
        limit: int = 20,
    ) -> list[PublicInstitution]:
        """Active institutions whose name starts with what was typed (at least 2 characters), or by
        registration number (登记号) in full.

        Raises ValidationError (neither a name of 2+ characters nor a number; unknown province).
        """
        number = _code(registration_number)
        typed = _name(name, required=not number)
        prov = _province(province)
        offset, limit = _paging(offset, limit)
        with self.read(None, "register.search_institutions") as tx:
            conds: list[ColumnElement[bool]] = [m.Institution.active.is_(True)]
            if typed:
                conds.append(search.prefix_condition(m.Institution.name, typed))
            if number:
                conds.append(m.Institution.registration_number == number)
            if prov:
                conds.append(search.prefix_condition(m.Institution.jurisdiction, prov[:2]))
            rows = tx.session.scalars(
                select(m.Institution)
                .where(*conds)
                .order_by(m.Institution.name, m.Institution.id)
                .offset(offset)
                .limit(limit)
            ).all()
            return [
                PublicInstitution(
                    name=inst.name,
                    address=inst.address,
                    subjects=inst.subjects,
                    legal_representative=inst.legal_representative,
                    principal=inst.principal,
                    registration_number=inst.registration_number,
                    licence_valid_until=inst.licence_valid_until,
                    approving_authority=inst.approving_authority,
                )
                for inst in rows
            ]
