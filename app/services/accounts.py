"""desk.accounts: institution accounts, commission staff accounts, account states, activation codes, phones.

Institution accounts are issued by the commission after it checked the delegate's documents; the username
and a random initial password go to the delegate's phone through the SMS outbox (same transaction) and the
first sign-in must change the password. Every method checks permission first (app.services.permissions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TypeVar

from sqlalchemy import ColumnElement, Select, SQLColumnExpression, and_, func, or_, select
from sqlalchemy.orm import Session

from app import models as m
from app.services import permissions, reference, search, sms, validation
from app.services.auth import (
    ACTIVATION_CODE_VALIDITY,
    generate_activation_code,
    generate_password,
    hash_password,
    require_free_username,
    revoke_sessions,
)
from app.services.base import Service, Tx
from app.services.contract import INSTITUTION_DOCUMENTS, authority_name
from app.services.errors import ConflictError, NotFound, ValidationError
from app.services.permissions import COMMISSION, INSTITUTION, PHYSICIAN, deny
from app.services.types import AccountInfo, Actor, AwaitingActivation, InstitutionInfo, Page

MAX_PAGE = 200


def mask_username(username: str) -> str:
    """A username shown at the counter with its middle hidden: "zhangsan" → "zh***an"."""
    if len(username) <= 2:
        return username[:1] + "***"
    if len(username) <= 4:
        return username[0] + "***" + username[-1]
    return username[:2] + "***" + username[-2:]


def _documents(value: Iterable[str] | Mapping[str, bool] | None) -> dict[str, bool]:
    known = dict(INSTITUTION_DOCUMENTS)
    if isinstance(value, Mapping):
        ticked = {str(k) for k, v in value.items() if v}
    elif isinstance(value, str):
        ticked = {value}
    else:
        ticked = {str(v) for v in value or ()}
    unknown = sorted(ticked - known.keys())
    if unknown:
        raise ValidationError(f"未知的材料：{'、'.join(unknown)}", "documents_checked")
    missing = [label for key, label in INSTITUTION_DOCUMENTS if key not in ticked]
    if missing:
        raise ValidationError(
            f"请先核验并勾选以下材料，再开通机构账户：{'、'.join(missing)}", "documents_checked"
        )
    return {key: True for key, _ in INSTITUTION_DOCUMENTS}


def _subjects(value: str | Sequence[str]) -> str:
    items = [value] if isinstance(value, str) else list(value or ())
    text = "、".join(str(v).strip() for v in items if str(v).strip())
    return validation.required_text(text, "subjects", "诊疗科目", max_length=2000)


def _institution_info(inst: m.Institution, user: m.UserAccount | None) -> InstitutionInfo:
    return InstitutionInfo(
        id=inst.id,
        name=inst.name,
        address=inst.address,
        registration_number=inst.registration_number,
        credit_code=inst.credit_code or "",
        legal_representative=inst.legal_representative,
        principal=inst.principal,
        subjects=inst.subjects,
        jurisdiction=inst.jurisdiction,
        jurisdiction_name=reference.area_name(inst.jurisdiction),
        approving_authority=inst.approving_authority,
        licence_valid_until=inst.licence_valid_until,
        delegate_name=inst.delegate_name,
        delegate_phone=inst.delegate_phone,
        documents_checked=dict(inst.documents_checked or {}),
        active=inst.active,
        version=inst.version,
        created_at=inst.created_at,
        user_id=user.id if user else None,
        username=user.username if user else None,
        account_disabled=user.disabled if user else False,
        must_change_password=user.must_change_password if user else False,
    )


def _account_info(user: m.UserAccount) -> AccountInfo:
    return AccountInfo(
        user_id=user.id,
        username=user.username,
        role=user.role,
        display_name=user.display_name,
        institution_id=user.institution_id,
        physician_id=user.physician_id,
        jurisdiction=user.jurisdiction,
        is_admin=user.is_admin,
        activated=user.activated,
        disabled=user.disabled,
        must_change_password=user.must_change_password,
        locked_until=user.locked_until,
        last_login_at=user.last_login_at,
        version=user.version,
    )


def _institution_accounts(session: Session, institution_ids: Iterable[int]) -> dict[int, m.UserAccount]:
    """The (first) account of each institution."""
    ids = list(institution_ids)
    if not ids:
        return {}
    rows = session.scalars(
        select(m.UserAccount)
        .where(m.UserAccount.institution_id.in_(ids), m.UserAccount.role == INSTITUTION)
        .order_by(m.UserAccount.id.desc())
    ).all()
    return {u.institution_id: u for u in rows if u.institution_id is not None}


def _free_username(session: Session, base: str) -> str:
    base = base[:32]
    taken = set(
        session.scalars(select(m.UserAccount.username).where(m.UserAccount.username.like(f"{base[:26]}%")))
    )
    if base not in taken:
        return base
    for n in range(2, 10_000):
        candidate = f"{base[: 32 - len(str(n)) - 1]}-{n}"
        if candidate not in taken:
            return candidate
    raise ConflictError("无法生成不重复的用户名，请联系管理员", "username")  # pragma: no cover


def _limit(limit: int) -> int:
    return max(1, min(int(limit), MAX_PAGE))


_Listed = TypeVar("_Listed", m.Institution, m.Physician)


def _page(
    session: Session, model: type[_Listed], where: Sequence[ColumnElement[bool]], offset: int, limit: int
) -> tuple[int, Sequence[_Listed]]:
    """(total, one page of rows by id) of ``model`` rows matching ``where``."""
    total = session.scalar(select(func.count()).select_from(model).where(*where)) or 0
    rows = session.scalars(
        select(model).where(*where).order_by(model.id).offset(max(0, int(offset))).limit(_limit(limit))
    ).all()
    return int(total), rows


def _new_account(tx: Tx, **fields: Any) -> tuple[m.UserAccount, str]:
    """(account, random initial password): a new account whose password must be changed at first sign-in."""
    password = generate_password()
    user = m.UserAccount(
        password_hash=hash_password(password), must_change_password=True, created_at=tx.now, **fields
    )
    tx.session.add(user)
    tx.session.flush()
    return user, password


def _require_covers(p: permissions.Principal, area: str, refused: str) -> None:
    """Refuse a commission user whose jurisdiction does not cover ``area``."""
    if not permissions.covers(p.jurisdiction, area):
        raise deny(
            f"您的管辖范围（{reference.area_name(p.jurisdiction or '')}）不包括"
            f"{reference.area_name(area)}，{refused}",
            "jurisdiction",
        )


def _institution(session: Session, p: permissions.Principal, institution_id: int) -> m.Institution:
    """The institution, when the principal may see it. Raises NotFound, PermissionDenied."""
    inst = session.get(m.Institution, institution_id)
    if inst is None:
        raise NotFound("没有这个医疗机构", "institution_id")
    permissions.require_institution(p, inst)
    return inst


def _physician(session: Session, p: permissions.Principal, physician_id: int) -> m.Physician:
    """The physician, when the principal may see them. Raises NotFound, PermissionDenied."""
    physician = session.get(m.Physician, physician_id)
    if physician is None:
        raise NotFound("没有这位医师", "physician_id")
    permissions.require_physician(session, p, physician.id)
    return physician


def _activated(physician_id: SQLColumnExpression[int] | int) -> ColumnElement[bool]:
    """The physician's own account is activated (WHERE on m.UserAccount)."""
    return and_(
        m.UserAccount.physician_id == physician_id,
        m.UserAccount.role == PHYSICIAN,
        m.UserAccount.activated.is_(True),
    )


def _registered_with(
    physician_id: SQLColumnExpression[int] | int, institution_id: int | None
) -> ColumnElement[bool]:
    """The physician holds an active registration with the institution as main institution."""
    return and_(
        m.Registration.physician_id == physician_id,
        m.Registration.main_institution_id == institution_id,
        m.Registration.status == "active",
    )


def _unused_codes(*where: ColumnElement[bool]) -> Select[m.ActivationCode]:
    """Activation codes neither revoked nor used yet."""
    return select(m.ActivationCode).where(
        *where, m.ActivationCode.revoked.is_(False), m.ActivationCode.used_at.is_(None)
    )


class AccountsService(Service):
    """desk.accounts: institution and commission accounts, account states, activation codes, phones."""

    # ---- institutions ---------------------------------------------------------------------------

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
    ) -> tuple[InstitutionInfo, str, str]:
        """Create an institution and its account; returns (institution, username, initial password).

        Only a commission user whose jurisdiction covers the institution's area. ``documents_checked``
        must tick every key of INSTITUTION_DOCUMENTS ("licence", "authorisation_letter", "delegate_id").
        The username and initial password are queued as an SMS to the delegate's phone; the first
        sign-in must change the password. ``jurisdiction`` is the institution's county-level area (its
        cases' 执业地点); ``credit_code`` its 统一社会信用代码 ("" when the licence shows none yet).
        Raises PermissionDenied, ValidationError (each field, "documents_checked"), ConflictError
        (registration number or credit code already has an institution).
        """
        with self.write(actor, "accounts.create_institution") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION)
            area = validation.county_code(jurisdiction, "jurisdiction")
            _require_covers(p, area, "不能为该地的机构开通账户")
            uscc = validation.credit_code(credit_code, "credit_code")
            checked = _documents(documents_checked)
            name = validation.required_text(name, "name", "机构名称", 200)
            address = validation.required_text(address, "address", "地址", 300)
            number = validation.registration_number(registration_number, "registration_number")
            legal = validation.person_name(legal_representative, "legal_representative")
            head = validation.person_name(principal, "principal")
            subjects_text = _subjects(subjects)
            delegate = validation.person_name(delegate_name, "delegate_name")
            phone = validation.phone(delegate_phone, "delegate_phone")
            valid_until = (
                validation.date_value(licence_valid_until, "licence_valid_until", "执业许可证有效期限")
                if licence_valid_until not in (None, "")
                else None
            )
            if valid_until is not None and valid_until < tx.today:
                raise ValidationError(
                    f"执业许可证已于 {valid_until.isoformat()} 过期，不能开通账户", "licence_valid_until"
                )
            values = dict(
                name=name,
                name_initials=search.initials(name, search.INSTITUTION_INITIALS_LENGTH),
                address=address,
                legal_representative=legal,
                principal=head,
                subjects=subjects_text,
                jurisdiction=area,
                approving_authority=authority_name(p.jurisdiction or area),
                licence_valid_until=valid_until,
                delegate_name=delegate,
                delegate_phone=phone,
                documents_checked={**checked, "checked_by": p.username, "checked_at": tx.now.isoformat()},
                active=True,
            )
            if uscc is not None:
                values["credit_code"] = uscc
            known = tx.session.scalar(
                select(m.Institution).where(m.Institution.registration_number == number).with_for_update())
            if uscc is not None and tx.session.scalar(
                select(m.Institution.name).where(
                    m.Institution.credit_code == uscc,
                    m.Institution.id != (known.id if known is not None else -1))
            ):
                raise ConflictError(f"统一社会信用代码 {uscc} 已属于另一家机构", "credit_code")
            if known is None:
                inst = m.Institution(registration_number=number, created_at=tx.now, **values)
            elif tx.session.scalar(select(m.UserAccount.id).where(
                    m.UserAccount.institution_id == known.id, m.UserAccount.role == INSTITUTION)):
                raise ConflictError(f"登记号 {number} 的机构已开通账户", "registration_number")
            elif not permissions.covers(p.jurisdiction, known.jurisdiction):
                raise deny(f"登记号 {number} 的机构属于其他辖区，不能为其开通账户", "registration_number")
            else:  # known from the imported licence register (or its account was never opened): open it
                inst = known
                for key, value in values.items():
                    setattr(inst, key, value)
                inst.version = (inst.version or 0) + 1
            tx.session.add(inst)
            tx.session.flush()
            username = _free_username(tx.session, "jg" + number.lower())
            user, password = _new_account(
                tx,
                username=username,
                role=INSTITUTION,
                display_name=name,
                phone=phone,
                institution_id=inst.id,
                jurisdiction=area,
            )
            sms_id = sms.queue(
                tx,
                phone,
                f"【医师电子化注册】{name}的机构账户已开通。用户名：{username}，初始密码：{sms.SECRET_SLOT}。"
                "首次登录须修改密码，请勿泄露。",
                "institution_account",
                secret=password,
            )
            tx.audit(
                "accounts.create_institution",
                "institution",
                inst.id,
                {
                    "registration_number": number,
                    "username": username,
                    "documents_checked": checked,
                    "existing_record": known is not None,
                    "delegate_phone": phone,
                },
            )
            tx.feed("institutions", inst.id, "created", jurisdiction=area, institution_id=inst.id)
            info = _institution_info(inst, user)
        sms.deliver_quietly(self.ctx, [sms_id])
        return info, username, password

    def reset_institution_password(self, actor: Actor, institution_id: int) -> tuple[str, str]:
        """Give the institution's account a new random password; returns (username, new password).

        The password goes to the delegate's phone through the SMS outbox, must be changed at the next
        sign-in, and every open session of the account ends. Raises PermissionDenied (not a commission
        covering the institution), NotFound.
        """
        with self.write(actor, "accounts.reset_institution_password") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION)
            inst = _institution(tx.session, p, institution_id)
            user = _institution_accounts(tx.session, [inst.id]).get(inst.id)
            if user is None:
                raise NotFound(f"机构“{inst.name}”还没有账户", "institution_id")
            password = generate_password()
            user.password_hash = hash_password(password)
            user.must_change_password = True
            user.failed_logins = 0
            user.locked_until = None
            user.version += 1
            revoke_sessions(tx.session, user.id)
            phone = inst.delegate_phone or user.phone
            sms_id = sms.queue(
                tx,
                phone,
                f"【医师电子化注册】{inst.name}的机构账户密码已重置。用户名：{user.username}，"
                f"新密码：{sms.SECRET_SLOT}。登录后须修改密码，请勿泄露。",
                "institution_password_reset",
                secret=password,
            )
            tx.audit(
                "accounts.reset_institution_password",
                "user",
                user.id,
                {"institution_id": inst.id, "phone": phone},
            )
            username = user.username
        sms.deliver_quietly(self.ctx, [sms_id])
        return username, password

    def institution(self, actor: Actor, institution_id: int) -> InstitutionInfo:
        """One institution: a commission within its jurisdiction, an institution only itself.

        Raises PermissionDenied, NotFound.
        """
        with self.read(actor, "accounts.institution") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION, INSTITUTION)
            inst = _institution(tx.session, p, institution_id)
            return _institution_info(inst, _institution_accounts(tx.session, [inst.id]).get(inst.id))

    def institutions(
        self, actor: Actor, query: str = "", offset: int = 0, limit: int = 50
    ) -> Page[InstitutionInfo]:
        """Institutions the actor may see (commission: its jurisdiction; institution: itself), by id.

        ``query`` matches name, registration number or pinyin initials. Raises PermissionDenied.
        """
        with self.read(actor, "accounts.institutions") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION, INSTITUTION)
            where = [permissions.institution_clause(p)]
            q = search.classify(query)
            if q.kind == "initials":
                where.append(
                    or_(
                        search.initials_condition(m.Institution.name_initials.expression, q.value),
                        m.Institution.name.like(f"%{q.value}%"),
                    )
                )
            elif q.kind != "empty":
                where.append(
                    or_(
                        m.Institution.name.like(f"%{q.value}%"),
                        m.Institution.registration_number.startswith(q.value.upper()),
                        m.Institution.address.like(f"%{q.value}%"),
                    )
                )
            total, rows = _page(tx.session, m.Institution, where, offset, limit)
            users = _institution_accounts(tx.session, [r.id for r in rows])
            return Page([_institution_info(r, users.get(r.id)) for r in rows], total=total)

    # ---- accounts ---------------------------------------------------------------------------------

    def create_commission_user(
        self,
        actor: Actor,
        *,
        username: str,
        name: str,
        jurisdiction: str,
        phone: str,
        is_admin: bool = False,
    ) -> tuple[str, str]:
        """Create a commission staff account; returns (username, initial password) to hand over.

        Only a commission administrator, and only within their own jurisdiction. The first sign-in must
        change the password. Raises PermissionDenied, ValidationError, ConflictError (username taken).
        """
        with self.write(actor, "accounts.create_commission_user") as tx:
            p = tx.principal
            permissions.require_commission_admin(p)
            username = validation.username(username, "username")
            name = validation.person_name(name, "name")
            area = validation.jurisdiction(jurisdiction, "jurisdiction")
            phone = validation.phone(phone, "phone")
            _require_covers(p, area, "不能为其开通卫生健康委账户")
            require_free_username(tx.session, username)
            user, password = _new_account(
                tx,
                username=username,
                role=COMMISSION,
                display_name=name,
                phone=phone,
                jurisdiction=area,
                is_admin=bool(is_admin),
            )
            tx.audit(
                "accounts.create_commission_user",
                "user",
                user.id,
                {"username": username, "jurisdiction": area, "is_admin": bool(is_admin)},
            )
            return username, password

    def set_account_disabled(self, actor: Actor, user_id: int, disabled: bool) -> AccountInfo:
        """Disable (or enable again) an account; disabling ends its open sessions.

        A commission user, for institution and physician accounts in its jurisdiction; commission
        accounts only by a commission administrator covering them. Nobody disables themself.
        Raises PermissionDenied, NotFound, ValidationError (own account).
        """
        with self.write(actor, "accounts.set_account_disabled") as tx:
            p = tx.principal
            user = self._managed_user(tx.session, p, user_id)
            if user.id == p.user_id:
                raise ValidationError("不能停用自己的账户", "user_id")
            if user.disabled != bool(disabled):
                user.disabled = bool(disabled)
                user.version += 1
                if disabled:
                    revoke_sessions(tx.session, user.id)
                tx.audit(
                    "accounts.set_account_disabled",
                    "user",
                    user.id,
                    {"username": user.username, "disabled": bool(disabled)},
                )
            return _account_info(user)

    def account(self, actor: Actor, user_id: int) -> AccountInfo:
        """One account's state (locked, disabled, must change…), for the commission that manages it.

        Raises PermissionDenied, NotFound.
        """
        with self.read(actor, "accounts.account") as tx:
            p = tx.principal
            user = self._managed_user(tx.session, p, user_id)
            return _account_info(user)

    def _managed_user(self, session: Session, p: permissions.Principal, user_id: int) -> m.UserAccount:
        """The account, when the commission user may manage it. Raises PermissionDenied, NotFound."""
        permissions.require_role(p, COMMISSION)
        user = session.get(m.UserAccount, user_id)
        if user is None:
            raise NotFound("没有这个账户", "user_id")
        if user.role == INSTITUTION:
            inst = session.get(m.Institution, user.institution_id) if user.institution_id else None
            if inst is None or not permissions.can_read_institution(p, inst):
                raise deny("您无权管理该机构账户", "user_id")
        elif user.role == COMMISSION:
            permissions.require_commission_admin(p)
            if not permissions.covers(p.jurisdiction, user.jurisdiction):
                raise deny("您无权管理管辖范围以外的卫生健康委账户", "user_id")
        elif user.role == PHYSICIAN:
            if user.physician_id is None or not permissions.can_read_physician(session, p, user.physician_id):
                raise deny("您无权管理该医师账户", "user_id")
        else:  # pragma: no cover - no other roles exist
            raise deny("您无权管理该账户", "user_id")
        return user

    # ---- physicians' accounts -------------------------------------------------------------------

    def change_physician_phone(self, actor: Actor, physician_id: int, phone: str) -> str:
        """Change a physician's phone number (lost phone); returns the new number. Audited with old and new.

        By an institution the physician belongs to or a commission covering them. Raises
        PermissionDenied, NotFound, ValidationError (field "phone").
        """
        with self.write(actor, "accounts.change_physician_phone") as tx:
            p = tx.principal
            permissions.require_role(p, INSTITUTION, COMMISSION)
            physician = _physician(tx.session, p, physician_id)
            new = validation.phone(phone, "phone")
            old = physician.phone
            accounts = tx.session.scalars(
                select(m.UserAccount).where(m.UserAccount.physician_id == physician.id)
            ).all()
            if new == old and all(u.phone == new for u in accounts):
                return new
            physician.phone = new
            physician.updated_at = tx.now
            physician.version += 1
            for u in accounts:
                u.phone = new
            tx.audit("accounts.change_physician_phone", "physician", physician.id, {"old": old, "new": new})
            tx.feed("physicians", physician.id, "updated", physician_id=physician.id)
            return new

    def find_username(self, actor: Actor, id_number: str, name: str) -> str:
        """The masked username ("zh***an") of the physician account of this resident ID and name.

        For the counter (commission) only, within its jurisdiction. Every lookup is audited. Raises
        PermissionDenied, ValidationError, NotFound (no such account — also when the person is outside
        the jurisdiction, so existence is not revealed).
        """
        raw = "".join((id_number or "").split()).upper()
        number = validation.resident_id(raw, "id_number", check_age=False).value if len(raw) == 18 else raw
        if not number:
            raise ValidationError("身份证号不能为空", "id_number")
        name = validation.person_name(name, "name")
        found: str | None = None
        with self.write(actor, "accounts.find_username") as tx:
            p = tx.principal
            permissions.require_role(p, COMMISSION)
            row = tx.session.execute(
                select(m.Physician, m.UserAccount)
                .join(m.UserAccount, m.UserAccount.physician_id == m.Physician.id)
                .where(m.Physician.id_number == number, m.UserAccount.role == PHYSICIAN)
            ).first()
            if row is None or name not in (row[0].name, row[1].display_name):
                tx.audit("accounts.find_username", "physician", "", {"match": False}, outcome="failed")
            elif not permissions.can_read_physician(tx.session, p, row[0].id):
                tx.audit(
                    "accounts.find_username",
                    "physician",
                    row[0].id,
                    {"message": "outside jurisdiction"},
                    outcome="refused",
                )
            else:
                found = mask_username(row[1].username)
                tx.audit("accounts.find_username", "physician", row[0].id, {"match": True})
        if found is None:
            raise NotFound("未找到与该身份证号和姓名相符的医师账户", "id_number")
        return found

    def issue_activation_code(self, actor: Actor, physician_id: int) -> str:
        """Issue an activation code (激活码) for a physician registered with the actor's institution.

        Returns the code, shown once (only its hash is kept); earlier unused codes stop working. Valid
        30 days. Raises PermissionDenied (not the physician's main institution), NotFound,
        ConflictError (the physician's account is already activated).
        """
        with self.write(actor, "accounts.issue_activation_code") as tx:
            p = tx.principal
            permissions.require_role(p, INSTITUTION)
            physician = _physician(tx.session, p, physician_id)
            main = tx.session.scalar(
                select(m.Registration.id).where(_registered_with(physician.id, p.institution_id))
            )
            if main is None:
                raise deny(
                    f"{physician.name}不是在本机构注册的医师：激活码只能由主要执业机构发放，"
                    "尚未注册的医师请用医师资格证书编码或准考证号激活",
                    "physician_id",
                )
            if tx.session.scalar(select(m.UserAccount.id).where(_activated(physician.id))):
                raise ConflictError(f"{physician.name}的医师账户已激活，无需激活码", "physician_id")
            for old in tx.session.scalars(_unused_codes(m.ActivationCode.physician_id == physician.id)):
                old.revoked = True
            code = generate_activation_code()
            assert p.institution_id is not None
            tx.session.add(
                m.ActivationCode(
                    physician_id=physician.id,
                    institution_id=p.institution_id,
                    code_hash=hash_password(code),
                    issued_by=p.user_id,
                    issued_at=tx.now,
                )
            )
            tx.audit("accounts.issue_activation_code", "physician", physician.id)
            return code

    def awaiting_activation(self, actor: Actor, offset: int = 0, limit: int = 50) -> Page[AwaitingActivation]:
        """Physicians registered with the actor's institution whose own account is not activated yet.

        Raises PermissionDenied (not an institution).
        """
        with self.read(actor, "accounts.awaiting_activation") as tx:
            p = tx.principal
            permissions.require_role(p, INSTITUTION)
            activated = select(m.UserAccount.id).where(_activated(m.Physician.id)).exists()
            registered = (
                select(m.Registration.id).where(_registered_with(m.Physician.id, p.institution_id)).exists()
            )
            total, people = _page(tx.session, m.Physician, [registered, ~activated], offset, limit)
            ids = [x.id for x in people]
            users = (
                {
                    u.physician_id: u
                    for u in tx.session.scalars(
                        select(m.UserAccount).where(
                            m.UserAccount.physician_id.in_(ids), m.UserAccount.role == PHYSICIAN
                        )
                    )
                }
                if ids
                else {}
            )
            codes: dict[int, dt.datetime] = {}
            if ids:
                for c in tx.session.scalars(
                    _unused_codes(
                        m.ActivationCode.physician_id.in_(ids),
                        m.ActivationCode.issued_at > tx.now - ACTIVATION_CODE_VALIDITY,
                    )
                ):
                    codes[c.physician_id] = max(codes.get(c.physician_id, c.issued_at), c.issued_at)
            items = []
            for x in people:
                u = users.get(x.id)
                issued = codes.get(x.id)
                items.append(
                    AwaitingActivation(
                        physician_id=x.id,
                        name=x.name,
                        id_number=x.id_number,
                        user_id=u.id if u else None,
                        username=u.username if u else None,
                        code_issued_at=issued,
                        code_valid_until=issued + ACTIVATION_CODE_VALIDITY if issued else None,
                    )
                )
            return Page(items, total=total)
