"""Accounts: institution accounts issued by the commission, commission staff, disabling, password resets,
activation codes, lost phones, forgotten usernames, and the SMS outbox."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from support_accounts import (
    DOCUMENTS,
    PASSWORD,
    add_physician,
    audits,
    calling_pc,
    count,
    institution_fields,
    make_id,
    new_institution,
    row_counts,
    signed_in,
    user_row,
)

from app import models as m
from app.services import (
    AuthenticationError,
    ConflictError,
    NotFound,
    PermissionDenied,
    ValidationError,
    sms,
)
from app.services.accounts import INSTITUTION_DOCUMENTS, mask_username
from app.services.validation import password_strength


def _diff(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    return {t: after[t] - before[t] for t in after if after[t] != before[t]}


# ---- institution accounts -------------------------------------------------------------------------


def test_a_new_institution_gets_an_account_whose_password_reaches_the_delegate_by_sms(
    desk: Any, admin: Any
) -> None:
    info, username, password = desk.accounts.create_institution(
        admin,
        **institution_fields(
            "PDY44010612345", name="广州市天河区人民医院", delegate_phone="+86 138-0013-8000"
        ),
    )
    assert (info.name, info.jurisdiction, info.registration_number) == (
        "广州市天河区人民医院",
        "440106",
        "PDY44010612345",
    )
    assert info.subjects == "内科、外科" and info.licence_valid_until == dt.date(2030, 12, 31)
    assert info.approving_authority == "广东省卫生健康委员会"
    assert info.documents_checked["checked_by"] == "gdadmin"
    assert all(info.documents_checked[k] for k in DOCUMENTS)
    assert username == "jgpdy44010612345" and info.username == username and info.must_change_password
    assert password_strength(password) == password
    [message] = sms.messages(desk.ctx)
    assert message.phone == "13800138000" and message.purpose == "institution_account"
    assert username in message.body and message.status == "sent"
    assert password not in message.body and "初始密码：******" in message.body  # the outbox keeps no password
    phone, text = desk.ctx.sms_sender.sent[-1]  # the phone got it
    assert phone == "13800138000" and f"初始密码：{password}。" in text
    actor = desk.auth.login(username, password)
    assert (actor.role, actor.institution_id, actor.must_change_password) == ("institution", info.id, True)
    event = audits(desk, "accounts.create_institution")[-1]
    assert event.workstation == calling_pc(desk) and event.detail["username"] == username
    assert password not in str(event.detail)
    with desk.db.read() as s:
        feed = s.query(m.ChangeFeed).filter_by(table_name="institutions").one()
        assert (feed.row_id, feed.jurisdiction) == (info.id, "440106")


@pytest.mark.parametrize("missing", [k for k, _ in INSTITUTION_DOCUMENTS])
def test_an_institution_account_needs_every_document_checked(desk: Any, admin: Any, missing: str) -> None:
    label = dict(INSTITUTION_DOCUMENTS)[missing]
    before = row_counts(desk)
    with pytest.raises(ValidationError) as refused:
        desk.accounts.create_institution(
            admin,
            **institution_fields("PDY44010612345", documents_checked=[d for d in DOCUMENTS if d != missing]),
        )
    assert refused.value.field == "documents_checked" and label in refused.value.message
    assert row_counts(desk) == before


def test_documents_may_be_given_as_ticked_boxes(desk: Any, admin: Any) -> None:
    boxes = {"licence": True, "authorisation_letter": True, "delegate_id": False}
    with pytest.raises(ValidationError, match="被委托人身份证"):
        desk.accounts.create_institution(
            admin, **institution_fields("PDY44010612345", documents_checked=boxes)
        )
    boxes["delegate_id"] = True
    assert desk.accounts.create_institution(
        admin, **institution_fields("PDY44010612345", documents_checked=boxes)
    )[1]


def test_a_commission_creates_institutions_only_within_its_jurisdiction(desk: Any, admin: Any) -> None:
    username, initial = desk.accounts.create_commission_user(
        admin, username="gzclerk", name="广州窗口", jurisdiction="440100", phone="13700000001"
    )
    clerk = signed_in(desk, username, initial)
    assert desk.accounts.create_institution(clerk, **institution_fields("PDY44010600001", "440106"))
    before = row_counts(desk)
    with pytest.raises(PermissionDenied) as refused:
        desk.accounts.create_institution(clerk, **institution_fields("PDY44030500001", "440305"))
    assert refused.value.field == "jurisdiction" and "广东省深圳市" in refused.value.message
    assert _diff(before, row_counts(desk)) == {"audit_events": 1}
    event = audits(desk)[-1]
    assert (event.outcome, event.action, event.username) == (
        "refused",
        "accounts.create_institution",
        "gzclerk",
    )


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("name", " ", "机构名称不能为空"),
        ("registration_number", "12", "登记号应为5至30位"),
        ("legal_representative", "", "姓名不能为空"),
        ("delegate_phone", "020-12345678", "手机号格式不正确"),
        ("jurisdiction", "990000", "不是有效的省级代码"),
        ("subjects", [], "诊疗科目不能为空"),
        ("licence_valid_until", dt.date(2026, 11, 23), "已于 2026-11-23 过期"),
    ],
)
def test_institution_fields_are_checked_and_named(
    desk: Any, admin: Any, field: str, value: Any, message: str
) -> None:
    fields = institution_fields("PDY44010612345")
    fields[field] = value
    before = row_counts(desk)
    with pytest.raises(ValidationError) as refused:
        desk.accounts.create_institution(admin, **fields)
    assert refused.value.field == field and message in refused.value.message
    assert row_counts(desk) == before


def test_a_registration_number_gets_one_institution(desk: Any, admin: Any) -> None:
    desk.accounts.create_institution(admin, **institution_fields("PDY44010612345"))
    with pytest.raises(ConflictError) as refused:
        desk.accounts.create_institution(admin, **institution_fields("pdy44010612345", name="另一家医院"))
    assert refused.value.field == "registration_number"


def test_an_institution_known_from_the_licence_register_gets_its_account_on_the_same_record(
    desk: Any, admin: Any
) -> None:
    row = {"机构名称": "天河旧名医院", "登记号": "PDY44010612345", "地址": "旧地址", "法定代表人": "张大明",
           "主要负责人": "李小红", "所在地区": "440106"}
    assert desk.registries.import_institutions(admin, [row]).imported == 1
    before = row_counts(desk)
    info, username, initial = desk.accounts.create_institution(
        admin, **institution_fields("pdy44010612345", name="天河新名医院"))
    assert _diff(before, row_counts(desk)).get("institutions") is None  # the same record, not a second
    assert (info.name, info.registration_number, info.address) == ("天河新名医院", "PDY44010612345",
                                                                    "广州市天河区天河路1号")
    [public] = desk.register.search_institutions(None, registration_number="PDY44010612345")
    assert public.name == "天河新名医院"
    hospital = signed_in(desk, username, initial)
    assert desk.accounts.institution(hospital, info.id).name == "天河新名医院"
    assert audits(desk, "accounts.create_institution")[-1].detail["existing_record"] is True
    with pytest.raises(ConflictError, match="已开通账户"):  # once opened, the number is taken
        desk.accounts.create_institution(admin, **institution_fields("PDY44010612345"))


def test_an_imported_institution_of_another_area_cannot_be_opened_by_relabelling_it(
    desk: Any, admin: Any
) -> None:
    row = {"机构名称": "天河第一医院", "登记号": "PDY44010612345", "地址": "x", "法定代表人": "张大明",
           "主要负责人": "李小红", "所在地区": "440106"}
    desk.registries.import_institutions(admin, [row])
    username, initial = desk.accounts.create_commission_user(
        admin, username="szclerk", name="深圳窗口", jurisdiction="440300", phone="13700000002")
    clerk = signed_in(desk, username, initial)
    before = row_counts(desk)
    with pytest.raises(PermissionDenied, match="属于其他辖区") as refused:
        desk.accounts.create_institution(clerk, **institution_fields("PDY44010612345", "440305"))
    assert refused.value.field == "registration_number"
    assert _diff(before, row_counts(desk)) == {"audit_events": 1}


def test_resetting_an_institution_password_sends_a_new_one_and_ends_its_sessions(
    desk: Any, admin: Any
) -> None:
    info, hospital = new_institution(desk, admin, "PDY44010612345")
    assert hospital is not None
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            desk.auth.login(hospital.username, "Wrong#2026x")
    username, password = desk.accounts.reset_institution_password(admin, info.id)
    assert username == hospital.username
    with pytest.raises(AuthenticationError):
        desk.auth.whoami(hospital)
    with pytest.raises(AuthenticationError):
        desk.auth.login(username, PASSWORD)
    actor = desk.auth.login(username, password)  # the lock is lifted too
    assert actor.must_change_password
    message = sms.messages(desk.ctx, purpose="institution_password_reset")[0]
    assert message.phone == "13800138000" and password not in message.body
    assert desk.ctx.sms_sender.sent[-1] == ("13800138000", message.body.replace("******", password))
    assert audits(desk, "accounts.reset_institution_password")[-1].object_id == str(actor.user_id)


def test_a_disabled_account_cannot_sign_in_and_its_sessions_end(desk: Any, admin: Any) -> None:
    info, hospital = new_institution(desk, admin, "PDY44010612345")
    assert hospital is not None
    account = desk.accounts.set_account_disabled(admin, hospital.user_id, True)
    assert account.disabled and account.username == hospital.username
    with pytest.raises(AuthenticationError, match="请重新登录"):
        desk.auth.whoami(hospital)  # its sessions ended
    with pytest.raises(AuthenticationError, match="已停用"):
        desk.auth.login(hospital.username, PASSWORD)
    assert desk.accounts.institution(admin, info.id).account_disabled
    desk.accounts.set_account_disabled(admin, hospital.user_id, False)
    assert desk.auth.login(hospital.username, PASSWORD)
    assert [e.detail["disabled"] for e in audits(desk, "accounts.set_account_disabled")] == [True, False]


def test_nobody_disables_their_own_account(desk: Any, admin: Any) -> None:
    with pytest.raises(ValidationError, match="不能停用自己的账户"):
        desk.accounts.set_account_disabled(admin, admin.user_id, True)


# ---- commission staff -----------------------------------------------------------------------------


def test_a_commission_admin_creates_staff_within_the_jurisdiction(desk: Any, admin: Any) -> None:
    username, password = desk.accounts.create_commission_user(
        admin, username="thclerk", name="天河窗口", jurisdiction="440106", phone="13700000001"
    )
    clerk = desk.auth.login(username, password)
    assert (clerk.role, clerk.jurisdiction, clerk.is_admin, clerk.must_change_password) == (
        "commission",
        "440106",
        False,
        True,
    )
    clerk = desk.auth.change_password(clerk, password, PASSWORD)
    with pytest.raises(PermissionDenied, match="管理员") as refused:
        desk.accounts.create_commission_user(
            clerk, username="x123", name="某人", jurisdiction="440106", phone="13700000002"
        )
    assert refused.value.extra == {"reason": "role"}
    with pytest.raises(PermissionDenied) as refused:
        desk.accounts.create_commission_user(
            admin, username="hnclerk", name="湖南窗口", jurisdiction="430000", phone="13700000003"
        )
    assert refused.value.field == "jurisdiction"
    with pytest.raises(PermissionDenied):
        desk.accounts.create_commission_user(
            admin, username="nation", name="国家", jurisdiction="000000", phone="13700000004"
        )
    with pytest.raises(ConflictError) as taken:
        desk.accounts.create_commission_user(
            admin, username="thclerk", name="天河窗口", jurisdiction="440106", phone="13700000001"
        )
    assert taken.value.field == "username"


def test_only_an_admin_covering_a_commission_account_manages_it(desk: Any, admin: Any) -> None:
    username, initial = desk.accounts.create_commission_user(
        admin,
        username="gzadmin",
        name="广州管理员",
        jurisdiction="440100",
        phone="13700000001",
        is_admin=True,
    )
    city = signed_in(desk, username, initial)
    with pytest.raises(PermissionDenied):
        desk.accounts.set_account_disabled(city, admin.user_id, True)  # the province is above the city
    assert desk.accounts.set_account_disabled(admin, city.user_id, True).disabled


# ---- seeing institutions --------------------------------------------------------------------------


def test_institutions_are_listed_within_the_actor_scope_and_searchable(desk: Any, admin: Any) -> None:
    gz, hospital = new_institution(desk, admin, "PDY44010600001", name="广州市第一人民医院")
    sz, _ = new_institution(desk, admin, "PDY44030500001", "440305", sign_in=False, name="深圳市人民医院")
    username, initial = desk.accounts.create_commission_user(
        admin, username="gzclerk", name="广州窗口", jurisdiction="440100", phone="13700000001"
    )
    city = signed_in(desk, username, initial)
    assert [i.id for i in desk.accounts.institutions(admin).items] == [gz.id, sz.id]
    assert [i.id for i in desk.accounts.institutions(city).items] == [gz.id]
    assert [i.id for i in desk.accounts.institutions(hospital).items] == [gz.id]
    assert [i.id for i in desk.accounts.institutions(admin, "深圳").items] == [sz.id]
    assert [i.id for i in desk.accounts.institutions(admin, "gzs").items] == [gz.id]
    assert [i.id for i in desk.accounts.institutions(admin, "PDY4403").items] == [sz.id]
    page = desk.accounts.institutions(admin, offset=1, limit=1)
    assert ([i.id for i in page.items], page.total) == ([sz.id], 2)


def test_an_institution_sees_only_itself(desk: Any, admin: Any) -> None:
    gz, hospital = new_institution(desk, admin, "PDY44010600001")
    sz, _ = new_institution(desk, admin, "PDY44030500001", "440305", sign_in=False)
    assert desk.accounts.institution(hospital, gz.id).username == hospital.username
    with pytest.raises(PermissionDenied):
        desk.accounts.institution(hospital, sz.id)
    with pytest.raises(NotFound):
        desk.accounts.institution(admin, 9999)


# ---- physicians' accounts ---------------------------------------------------------------------------


@pytest.fixture
def registered(desk: Any, admin: Any) -> dict[str, Any]:
    """A hospital with a registered physician who opened an account (not activated)."""
    info, hospital = new_institution(desk, admin, "PDY44010600001")
    id_number = make_id("440106")
    physician_id = add_physician(desk, "张伟", id_number, institution_id=info.id)
    desk.auth.register_physician("张伟", id_number, "13912345678", "zw@example.cn", "zhangwei", PASSWORD)
    return {"institution": info, "hospital": hospital, "physician_id": physician_id, "id_number": id_number}


def test_a_lost_phone_is_changed_by_the_institution_and_audited_with_old_and_new(
    desk: Any, admin: Any, registered: dict[str, Any]
) -> None:
    new = desk.accounts.change_physician_phone(
        registered["hospital"], registered["physician_id"], "137 0013 7000"
    )
    assert new == "13700137000"
    assert user_row(desk, "zhangwei").phone == "13700137000"
    event = audits(desk, "accounts.change_physician_phone")[-1]
    assert event.detail == {"old": "", "new": "13700137000"} and event.workstation == calling_pc(desk)
    desk.accounts.change_physician_phone(admin, registered["physician_id"], "13700137001")
    assert audits(desk, "accounts.change_physician_phone")[-1].detail == {
        "old": "13700137000",
        "new": "13700137001",
    }
    with pytest.raises(ValidationError) as refused:
        desk.accounts.change_physician_phone(admin, registered["physician_id"], "12")
    assert refused.value.field == "phone"


def test_another_institution_cannot_change_the_phone(
    desk: Any, admin: Any, registered: dict[str, Any]
) -> None:
    _, other = new_institution(desk, admin, "PDY44010600002")
    before = row_counts(desk)
    with pytest.raises(PermissionDenied):
        desk.accounts.change_physician_phone(other, registered["physician_id"], "13700137000")
    assert _diff(before, row_counts(desk)) == {"audit_events": 1}


def test_a_forgotten_username_is_shown_masked_at_the_counter(
    desk: Any, admin: Any, registered: dict[str, Any]
) -> None:
    assert desk.accounts.find_username(admin, registered["id_number"], "张伟") == "zh***ei"
    with pytest.raises(NotFound) as refused:
        desk.accounts.find_username(admin, registered["id_number"], "张卫")
    assert refused.value.message == "未找到与该身份证号和姓名相符的医师账户"
    with pytest.raises(PermissionDenied):
        desk.accounts.find_username(registered["hospital"], registered["id_number"], "张伟")
    assert [e.outcome for e in audits(desk, "accounts.find_username")] == ["ok", "failed", "refused"]


def test_a_forgotten_username_outside_the_jurisdiction_is_not_revealed(desk: Any, admin: Any) -> None:
    id_number = make_id("430102")
    desk.auth.register_physician("刘湖南", id_number, "13912345678", "l@example.cn", "liuhn", PASSWORD)
    with pytest.raises(NotFound, match="未找到"):
        desk.accounts.find_username(admin, id_number, "刘湖南")
    assert audits(desk, "accounts.find_username")[-1].outcome == "refused"


@pytest.mark.parametrize(("name", "masked"), [("zhangsan", "zh***an"), ("abcd", "a***d"), ("ab", "a***")])
def test_usernames_are_masked_in_the_middle(name: str, masked: str) -> None:
    assert mask_username(name) == masked


def test_the_main_institution_issues_an_activation_code_and_a_new_one_replaces_it(
    desk: Any, registered: dict[str, Any]
) -> None:
    hospital = registered["hospital"]
    first = desk.accounts.issue_activation_code(hospital, registered["physician_id"])
    second = desk.accounts.issue_activation_code(hospital, registered["physician_id"])
    waiting = desk.accounts.awaiting_activation(hospital)
    assert [(w.physician_id, w.username) for w in waiting.items] == [(registered["physician_id"], "zhangwei")]
    assert waiting.items[0].code_issued_at is not None
    doctor = desk.auth.login("zhangwei", PASSWORD)
    with pytest.raises(ValidationError, match="激活码不正确"):
        desk.auth.activate_physician(doctor, activation_code=first)
    assert desk.auth.activate_physician(doctor, activation_code=second).activated
    assert desk.accounts.awaiting_activation(hospital).items == []
    with pytest.raises(ConflictError, match="已激活"):
        desk.accounts.issue_activation_code(hospital, registered["physician_id"])


def test_an_activation_code_expires_after_thirty_days(
    desk: Any, clock: Any, registered: dict[str, Any]
) -> None:
    code = desk.accounts.issue_activation_code(registered["hospital"], registered["physician_id"])
    clock.advance(days=30, seconds=1)
    doctor = desk.auth.login("zhangwei", PASSWORD)
    with pytest.raises(ValidationError, match="激活码不正确或已失效"):
        desk.auth.activate_physician(doctor, activation_code=code)


def test_only_the_main_institution_issues_activation_codes(
    desk: Any, admin: Any, registered: dict[str, Any]
) -> None:
    _, other = new_institution(desk, admin, "PDY44010600002")
    with pytest.raises(PermissionDenied):
        desk.accounts.issue_activation_code(other, registered["physician_id"])
    with desk.db.write() as s:  # applying to the other institution makes the physician visible to it
        s.add(
            m.Case(
                number="C1",
                kind="change",
                status="submitted",
                physician_id=registered["physician_id"],
                institution_id=other.institution_id,
                jurisdiction="440106",
                city="440100",
                province="440000",
                details={},
            )
        )
    with pytest.raises(PermissionDenied, match="主要执业机构") as refused:
        desk.accounts.issue_activation_code(other, registered["physician_id"])
    assert refused.value.field == "physician_id"
    with pytest.raises(PermissionDenied):
        desk.accounts.issue_activation_code(admin, registered["physician_id"])
    assert count(desk, m.ActivationCode) == 0


# ---- the SMS outbox -------------------------------------------------------------------------------


class FlakySender:
    def __init__(self, fail: bool = True) -> None:
        self.fail = fail
        self.sent: list[tuple[str, str]] = []

    def send(self, phone: str, body: str) -> None:
        if self.fail:
            raise ConnectionError("gateway down")
        self.sent.append((phone, body))


def test_an_undeliverable_sms_stays_in_the_outbox_and_is_retried(desk: Any, admin: Any) -> None:
    sender = FlakySender()
    desk.ctx.sms_sender = sender
    _, username, password = desk.accounts.create_institution(admin, **institution_fields("PDY44010612345"))
    [message] = sms.messages(desk.ctx)
    assert (message.status, message.attempts) == ("failed", 1)
    assert "gateway down" in message.last_error
    assert sms.deliver_pending(desk.ctx) == sms.DeliveryReport(sent=0, failed=1)
    sender.fail = False
    assert sms.deliver_pending(desk.ctx) == sms.DeliveryReport(sent=1, failed=0)
    [message] = sms.messages(desk.ctx)
    assert (message.status, message.attempts, message.last_error) == ("sent", 3, "")
    assert sender.sent == [("13800138000", message.body.replace("******", password))]
    assert password not in message.body
    assert sms.deliver_pending(desk.ctx) == sms.DeliveryReport()  # nothing is sent twice
    assert desk.ctx.sms_secrets == {}  # and the password has left memory


def test_a_password_sms_another_pc_cannot_complete_is_given_up_not_sent_without_it(
    desk: Any, admin: Any, clock: Any
) -> None:
    sender = FlakySender()
    desk.ctx.sms_sender = sender
    desk.accounts.create_institution(admin, **institution_fields("PDY44010612345"))
    desk.ctx.sms_secrets.clear()  # the PC that opened the account was switched off
    sender.fail = False
    assert sms.deliver_pending(desk.ctx) == sms.DeliveryReport()  # its own PC may still be sending
    clock.advance(minutes=11)
    assert sms.deliver_pending(desk.ctx) == sms.DeliveryReport(sent=0, failed=1)
    [message] = sms.messages(desk.ctx)
    assert message.status == "failed" and "请重置密码" in message.last_error and sender.sent == []


def test_an_sms_is_given_up_after_five_attempts(desk: Any, admin: Any) -> None:
    desk.ctx.sms_sender = FlakySender()
    desk.accounts.create_institution(admin, **institution_fields("PDY44010612345"))
    for _ in range(6):
        sms.deliver_pending(desk.ctx)
    [message] = sms.messages(desk.ctx)
    assert (message.status, message.attempts) == ("failed", sms.MAX_ATTEMPTS)


def test_a_refused_business_queues_no_sms(desk: Any, admin: Any) -> None:
    desk.accounts.create_institution(admin, **institution_fields("PDY44010612345"))
    with pytest.raises(ConflictError):
        desk.accounts.create_institution(admin, **institution_fields("PDY44010612345"))
    assert count(desk, m.SmsMessage) == 1
