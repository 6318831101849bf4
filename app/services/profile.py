"""desk.profile: changes of a physician's personal details that the main institution approves.

学历, 毕业院校, 任职资格, 科室 and the photo are not registration items: a physician asks for a change, the
change waits in the inbox of the institution of their current main registration (old and new values side
by side), and that institution approves it (the record changes) or refuses it with a reason the physician
then reads. Every step is audited and announced on the change feed.
"""

from __future__ import annotations

import base64
import binascii
import unicodedata
from collections.abc import Mapping

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from app import models as m
from app.services import permissions, search
from app.services.base import CHINA, Service, Tx
from app.services.enums import RegistrationStatus
from app.services.errors import InvalidTransition, NotFound, ValidationError
from app.services.permissions import INSTITUTION, PHYSICIAN, Principal
from app.services.types import PROFILE_FIELDS, PROFILE_MAX_LENGTH, Actor, Page, ProfileChangeView

__all__ = ["FIELDS", "ProfileChangeView", "ProfileService"]

FIELDS = PROFILE_FIELDS
MAX_LENGTH = PROFILE_MAX_LENGTH
MAX_PHOTO_BYTES = 1_000_000
STATUS_LABELS = {"pending": "待审核", "approved": "已同意", "refused": "未同意", "replaced": "已被新申请替代"}
MAX_PAGE = 200
_PHOTO_SIGNATURES = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")


def _text_value(field: str, value: object) -> str:
    if not isinstance(value, str):
        raise ValidationError(f"{FIELDS[field]}应为文字", field)
    text = " ".join(value.split())  # free text keeps its full-width punctuation
    if len(text) > MAX_LENGTH[field]:
        raise ValidationError(f"{FIELDS[field]}最多{MAX_LENGTH[field]}个字", field)
    return text


def _photo_value(value: object) -> bytes:
    if not isinstance(value, bytes | bytearray) or not value:
        raise ValidationError("请选择一张照片（JPEG 或 PNG 文件）", "photo")
    data = bytes(value)
    if len(data) > MAX_PHOTO_BYTES:
        raise ValidationError(f"照片文件太大（{len(data) // 1024} KB）：请使用不超过 "
                              f"{MAX_PHOTO_BYTES // 1000} KB 的 JPEG 或 PNG 文件", "photo")
    if not data.startswith(_PHOTO_SIGNATURES):
        raise ValidationError("照片应为 JPEG 或 PNG 图片", "photo")
    return data


def _photo_text(data: bytes | None) -> str:
    return base64.b64encode(data).decode("ascii") if data else ""


def _photo_bytes(text: str) -> bytes | None:
    if not text:
        return None
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, ValueError):
        return None


def _current_value(phys: m.Physician, field: str) -> str:
    if field == "photo":
        return _photo_text(phys.photo)
    return str(getattr(phys, field) or "")


def _main_institution(session: Session, physician_id: int) -> m.Institution | None:
    """The institution of the physician's active main registration (newest first)."""
    return session.scalars(
        select(m.Institution)
        .join(m.Registration, m.Registration.main_institution_id == m.Institution.id)
        .where(m.Registration.physician_id == physician_id,
               m.Registration.status == RegistrationStatus.ACTIVE)
        .order_by(m.Registration.registered_on.desc(), m.Registration.id.desc())
        .limit(1)
    ).first()


def _view(session: Session, change: m.ProfileChange, *, photos: bool = False) -> ProfileChangeView:
    return _views(session, [change], photos=photos)[0]


def _views(session: Session, changes: list[m.ProfileChange], *, photos: bool = False
           ) -> list[ProfileChangeView]:
    if not changes:
        return []
    people = {
        pid: (name, id_number)
        for pid, name, id_number in session.execute(
            select(m.Physician.id, m.Physician.name, m.Physician.id_number).where(
                m.Physician.id.in_({c.physician_id for c in changes}))
        )
    }
    institutions: dict[int, str] = {
        iid: name for iid, name in session.execute(
            select(m.Institution.id, m.Institution.name).where(
                m.Institution.id.in_({c.institution_id for c in changes})))
    }
    decider_ids = {c.decided_by for c in changes if c.decided_by is not None}
    deciders: dict[int, str] = {}
    if decider_ids:
        deciders = {
            uid: display or username
            for uid, display, username in session.execute(
                select(m.UserAccount.id, m.UserAccount.display_name, m.UserAccount.username).where(
                    m.UserAccount.id.in_(decider_ids))
            )
        }
    result = []
    for c in changes:
        name, id_number = people.get(c.physician_id, ("", ""))
        is_photo = c.field == "photo"
        result.append(ProfileChangeView(
            id=c.id,
            physician_id=c.physician_id,
            physician_name=name,
            id_number=id_number,
            institution_id=c.institution_id,
            institution_name=institutions.get(c.institution_id, ""),
            field=c.field,
            field_label=FIELDS.get(c.field, c.field),
            old_value=("照片" if c.old_value else "（无）") if is_photo else c.old_value,
            new_value="照片" if is_photo else c.new_value,
            status=c.status,
            status_label=STATUS_LABELS.get(c.status, c.status),
            requested_at=c.requested_at,
            decided_at=c.decided_at,
            decided_by=deciders.get(c.decided_by, "") if c.decided_by is not None else "",
            reason=c.reason,
            old_photo=_photo_bytes(c.old_value) if photos and is_photo else None,
            new_photo=_photo_bytes(c.new_value) if photos and is_photo else None,
        ))
    return result


def _paging(offset: int, limit: int) -> tuple[int, int]:
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise ValidationError("起始位置不能为负数", "offset")
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise ValidationError("每页条数至少为1", "limit")
    return offset, min(limit, MAX_PAGE)


class ProfileService(Service):
    """desk.profile: submit (physician), mine (physician), pending and decided lists (institution), get,
    approve and refuse (institution)."""

    def submit(self, actor: Actor, changes: dict[str, str | bytes]) -> list[ProfileChangeView]:
        """The physician asks to change personal details: ``changes`` maps education / school / title /
        department to the new text, photo to the image's bytes (JPEG or PNG, at most 1 MB).

        Each field becomes one change waiting for the institution of the physician's active main
        registration; a change of the same field still waiting is replaced by the new one.

        Raises PermissionDenied (not an activated physician), ValidationError (unknown field, too long,
        not an image, nothing changed, no main institution).
        """
        if not isinstance(changes, Mapping) or not changes:
            raise ValidationError("请至少填写一项要修改的个人信息", "changes")
        cleaned: dict[str, str | bytes] = {}
        for key, value in changes.items():
            if key not in FIELDS:
                allowed = "、".join(FIELDS.values())
                raise ValidationError(f"「{key}」不是可修改的个人信息（可改：{allowed}）", key)
            cleaned[key] = _photo_value(value) if key == "photo" else _text_value(key, value)
        with self.write(actor, "profile.submit") as tx:
            p = tx.principal
            permissions.require_role(p, PHYSICIAN)
            if p.physician_id is None:
                raise permissions.deny("账户未关联医师档案", reason="role")
            phys = tx.session.get(m.Physician, p.physician_id)
            if phys is None:
                raise NotFound("医师档案不存在", "physician_id")
            institution = _main_institution(tx.session, phys.id)
            if institution is None:
                raise ValidationError("您尚无有效的执业注册：个人信息变更由主要执业机构审核，"
                                      "请在执业注册办结后再申请", "institution")
            made: list[m.ProfileChange] = []
            for key, value in cleaned.items():
                new_text = _photo_text(value) if isinstance(value, bytes) else value
                old_text = _current_value(phys, key)
                if new_text == old_text:
                    raise ValidationError(f"{FIELDS[key]}与现在的记录相同，无需修改", key)
                waiting = tx.session.scalars(
                    select(m.ProfileChange).where(
                        m.ProfileChange.physician_id == phys.id, m.ProfileChange.field == key,
                        m.ProfileChange.status == "pending")
                ).all()
                for old in waiting:
                    old.status = "replaced"
                    old.decided_at = tx.now
                change = m.ProfileChange(
                    physician_id=phys.id, institution_id=institution.id, field=key, old_value=old_text,
                    new_value=new_text, status="pending", requested_at=tx.now, reason="",
                )
                tx.session.add(change)
                made.append(change)
            tx.session.flush()
            for change in made:
                tx.audit("profile.submit", "profile_change", change.id,
                         {"field": change.field, "physician_id": phys.id, "institution_id": institution.id})
                tx.feed("profile_changes", change.id, "submitted", institution_id=institution.id,
                        physician_id=phys.id)
            return _views(tx.session, made)

    def mine(self, actor: Actor, offset: int = 0, limit: int = 50) -> Page[ProfileChangeView]:
        """The physician's own changes, newest first, with the outcome and a refusal's reason.

        Raises PermissionDenied (not a physician) and ValidationError (bad paging).
        """
        offset, limit = _paging(offset, limit)
        with self.read(actor, "profile.mine") as tx:
            p = tx.principal
            permissions.require_role(p, PHYSICIAN)
            cond = m.ProfileChange.physician_id == (p.physician_id or -1)
            return self._page(tx, cond, offset=offset, limit=limit, newest_first=True)

    def pending(self, actor: Actor, query: str = "", offset: int = 0, limit: int = 50
                ) -> Page[ProfileChangeView]:
        """Changes waiting for the actor's institution, oldest first; ``query`` narrows by the start of
        the physician's name or a full resident ID.

        Raises PermissionDenied (not an institution user) and ValidationError (bad paging).
        """
        return self._institution_list(actor, "pending", query, offset, limit)

    def decided(self, actor: Actor, query: str = "", offset: int = 0, limit: int = 50
                ) -> Page[ProfileChangeView]:
        """Changes the actor's institution approved or refused, newest first."""
        return self._institution_list(actor, "decided", query, offset, limit)

    def _institution_list(self, actor: Actor, which: str, query: str, offset: int, limit: int
                          ) -> Page[ProfileChangeView]:
        offset, limit = _paging(offset, limit)
        with self.read(actor, f"profile.{which}") as tx:
            p = tx.principal
            permissions.require_role(p, INSTITUTION)
            conds: list[ColumnElement[bool]] = [m.ProfileChange.institution_id == p.institution_id]
            if which == "pending":
                conds.append(m.ProfileChange.status == "pending")
            else:
                conds.append(m.ProfileChange.status.in_(("approved", "refused")))
            typed = "".join(unicodedata.normalize("NFKC", query or "").split()).upper()
            if typed:
                conds.append(m.ProfileChange.physician_id.in_(
                    select(m.Physician.id).where(or_(
                        m.Physician.id_number == typed, search.prefix_condition(m.Physician.name, typed)))
                ))
            return self._page(tx, *conds, offset=offset, limit=limit, newest_first=which != "pending")

    def _page(self, tx: Tx, *conds: ColumnElement[bool], offset: int, limit: int,
              newest_first: bool) -> Page[ProfileChangeView]:
        total = int(tx.session.scalar(select(func.count()).select_from(m.ProfileChange).where(*conds)) or 0)
        order = m.ProfileChange.id.desc() if newest_first else m.ProfileChange.id
        rows = list(tx.session.scalars(
            select(m.ProfileChange).where(*conds).order_by(order).offset(offset).limit(limit)
        ).all())
        return Page(_views(tx.session, rows), total, None)

    def get(self, actor: Actor, change_id: int) -> ProfileChangeView:
        """One change with both photos (when it is a photo): for its physician and its institution.

        Raises NotFound (no such change, or not the actor's).
        """
        with self.read(actor, "profile.get") as tx:
            change = self._visible(tx, change_id)
            return _view(tx.session, change, photos=True)

    def approve(self, actor: Actor, change_id: int) -> ProfileChangeView:
        """The institution agrees: the physician's record takes the new value.

        Raises PermissionDenied (not an institution user), NotFound (not this institution's change) and
        InvalidTransition (already decided or replaced).
        """
        with self.write(actor, "profile.approve") as tx:
            p = tx.principal
            permissions.require_role(p, INSTITUTION)
            change = self._deciding(tx, p, change_id)
            phys = tx.session.get(m.Physician, change.physician_id, with_for_update=True)
            if phys is None:
                raise NotFound("医师档案不存在", "physician_id")
            if change.field == "photo":
                phys.photo = _photo_bytes(change.new_value)
            else:
                setattr(phys, change.field, change.new_value)
            phys.version = (phys.version or 0) + 1
            phys.updated_at = tx.now
            change.status = "approved"
            change.decided_by = p.user_id
            change.decided_at = tx.now
            tx.audit("profile.approve", "profile_change", change.id,
                     {"field": change.field, "physician_id": phys.id})
            tx.feed("profile_changes", change.id, "approved", institution_id=change.institution_id,
                    physician_id=phys.id)
            tx.feed("physicians", phys.id, "updated", institution_id=change.institution_id,
                    physician_id=phys.id)
            tx.session.flush()
            return _view(tx.session, change)

    def refuse(self, actor: Actor, change_id: int, reason: str) -> ProfileChangeView:
        """The institution does not agree, saying why (the physician reads the reason); nothing changes
        on the record.

        Raises PermissionDenied, NotFound, InvalidTransition and ValidationError (no reason).
        """
        text = " ".join((reason or "").split())
        if not text:
            raise ValidationError("请写明不同意的原因（医师本人可以看到）", "reason")
        if len(text) > 500:
            raise ValidationError("原因最多500个字", "reason")
        with self.write(actor, "profile.refuse") as tx:
            p = tx.principal
            permissions.require_role(p, INSTITUTION)
            change = self._deciding(tx, p, change_id)
            change.status = "refused"
            change.reason = text
            change.decided_by = p.user_id
            change.decided_at = tx.now
            tx.audit("profile.refuse", "profile_change", change.id,
                     {"field": change.field, "physician_id": change.physician_id})
            tx.feed("profile_changes", change.id, "refused", institution_id=change.institution_id,
                    physician_id=change.physician_id)
            tx.session.flush()
            return _view(tx.session, change)

    # --- helpers ---

    @staticmethod
    def _deciding(tx: Tx, p: Principal, change_id: int) -> m.ProfileChange:
        change = tx.session.get(m.ProfileChange, change_id, with_for_update=True)
        if change is None or change.institution_id != p.institution_id:
            raise NotFound("没有这项个人信息变更申请（或不属于本机构）", "change_id")
        if change.status != "pending":
            when = change.decided_at.astimezone(CHINA).strftime("%Y-%m-%d %H:%M") if change.decided_at else ""
            outcome = STATUS_LABELS.get(change.status, change.status) + ("，" + when if when else "")
            raise InvalidTransition(f"这项变更已办结（{outcome}），请刷新列表", "change_id")
        return change

    @staticmethod
    def _visible(tx: Tx, change_id: int) -> m.ProfileChange:
        p = tx.principal
        change = tx.session.get(m.ProfileChange, change_id)
        mine = change is not None and (
            (p.role == PHYSICIAN and change.physician_id == p.physician_id)
            or (p.role == INSTITUTION and change.institution_id == p.institution_id)
        )
        if change is None or not mine:
            raise NotFound("没有这项个人信息变更申请", "change_id")
        return change
