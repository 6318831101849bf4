"""A demo database for newcomers and screenshots: a commission, two hospitals, ~200 physicians, every status.

Everything is made through the services, exactly as clerks would make it, so the demo obeys every rule.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from typing import Any

from app.services import reference, validation
from app.services.errors import DomainError

DEMO_PASSWORD = {
    "admin": "Demo#2026admin",
    "clerk": "Demo#2026clerk",
    "hospital": "Demo#2026hosp",
    "physician": "Demo#2026doc",
}

_HOSPITALS: tuple[dict[str, Any], ...] = (
    dict(name="广州市第一人民医院", address="广东省广州市越秀区盘福路1号",
         registration_number="45538710944010411A1001", legal_representative="陈国华", principal="陈国华",
         subjects=["内科", "外科", "妇产科", "儿科", "急诊医学科", "中医科"],
         jurisdiction="440104", delegate_name="黄丽萍", delegate_phone="13802212345"),
    dict(name="深圳市南山区人民医院", address="广东省深圳市南山区桃园路89号",
         registration_number="45575082744030511A1001", legal_representative="刘志强", principal="刘志强",
         subjects=["内科", "外科", "口腔科", "儿科", "康复医学科"],
         jurisdiction="440305", delegate_name="张晓燕", delegate_phone="13923456789"),
)
_CLINIC: dict[str, Any] = dict(
    name="广州市越秀区东山街社区卫生服务中心", address="广东省广州市越秀区署前路15号",
    registration_number="PDY4401041001", legal_representative="林少伟", principal="林少伟",
    subjects=["全科医疗科", "预防保健科", "中医科"], jurisdiction="440104", delegate_name="何美玲",
    delegate_phone="13631234567",
)

_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许邓"
    "冯韩曹曾彭萧蔡潘田董袁于余叶蒋杜苏魏程吕丁沈任姚卢钟"
)
_GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建"
    "文辉力志宏晓婷雪梅琳俊凯思嘉欣怡佳子涵宇浩然"
)
_AREAS = ("440104", "440106", "440103", "440305", "440304", "440303", "440604")


@dataclass(frozen=True)
class DemoLogin:
    role: str
    username: str
    password: str
    who: str


def _resident_id(rng: random.Random, area: str, male: bool) -> str:
    birth = dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(0, 365 * 38))
    seq = rng.randrange(0, 500) * 2 + (1 if male else 0)
    first17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first17 + validation.resident_id_check_char(first17)


def _certificate_code(year: int, level: str, category: str, serial: int) -> str:
    level_digit = "1" if level == "执业医师" else "2"
    cat_digit = {"临床": "1", "中医": "2", "口腔": "3", "公共卫生": "4"}[category]
    code = f"{year}{level_digit}{cat_digit}0440{serial:06d}{'0' * 27}"[:27]
    return code


def load_demo(desk: Any, *, physicians: int = 200, seed: int = 2026) -> list[DemoLogin]:
    """Fill an empty database with the demo and return the logins to print.

    Raises ConflictError when the database already has users (the demo never touches real data).
    """
    rng = random.Random(seed)
    admin_name = "广东省卫生健康委 陈立明"
    admin = desk.setup("gdadmin", DEMO_PASSWORD["admin"], jurisdiction="440000", name=admin_name)
    logins = [DemoLogin("卫生健康委（管理员）", "gdadmin", DEMO_PASSWORD["admin"], admin_name)]

    clerk_name, clerk_pw = desk.accounts.create_commission_user(
        admin, username="gdclerk", name="李晓华", jurisdiction="440000", phone="13800001111")
    clerk = desk.auth.login(clerk_name, clerk_pw)
    clerk = desk.auth.change_password(clerk, clerk_pw, DEMO_PASSWORD["clerk"])
    logins.append(DemoLogin("卫生健康委（窗口）", clerk_name, DEMO_PASSWORD["clerk"], "李晓华"))

    documents = {"licence": True, "authorisation_letter": True, "delegate_id": True}
    hospitals: list[tuple[int, Any]] = []
    for spec in (*_HOSPITALS, _CLINIC):
        info, username, initial = desk.accounts.create_institution(
            admin, **spec, licence_valid_until=dt.date(2030, 12, 31), documents_checked=documents)
        hr = desk.auth.login(username, initial)
        hr = desk.auth.change_password(hr, initial, DEMO_PASSWORD["hospital"])
        hospitals.append((info.id, hr))
        logins.append(DemoLogin("医疗机构（人事科）", username, DEMO_PASSWORD["hospital"], spec["name"]))
    (h1, hr1), (h2, hr2), (h3, _hr3) = hospitals

    # The exam centre's list: physicians and assistants of every category.
    rows: list[dict[str, Any]] = []
    for i in range(physicians):
        male = rng.random() < 0.5
        name = rng.choice(_SURNAMES) + "".join(rng.choice(_GIVEN) for _ in range(rng.choice((1, 2, 2))))
        if i == 7:
            name = "王𠮷祥"  # a rare character beyond the BMP (生僻字)
        level = "执业助理医师" if rng.random() < 0.15 else "执业医师"
        category = rng.choices(("临床", "中医", "口腔", "公共卫生"), weights=(70, 15, 10, 5))[0]
        code = _certificate_code(rng.randrange(2005, 2025), level, category, i + 1)
        rows.append(dict(name=name, id_number=_resident_id(rng, rng.choice(_AREAS), male),
                         certificate_code=code, level=level, category=category))
    result = desk.roster.import_qualifications(admin, rows)
    if result.errors:
        raise DomainError("演示数据导入失败：" + "；".join(e.message for e in result.errors[:3]))

    ids: list[int] = []
    for row in rows:
        page = desk.roster.physicians(admin, row["id_number"], limit=1)
        ids.append(page.items[0].id)

    def scopes_for(category: str) -> list[str]:
        names = reference.scope_names(category)
        return [names[rng.randrange(0, min(5, len(names)))]]

    # Most are registered already (entered at the counter); the rest wait for their own applications.
    registered = int(physicians * 0.8)
    for idx in range(registered):
        row = rows[idx]
        if idx < 12:
            continue  # these twelve get their own accounts and applications below
        inst = (h1, h2, h3)[idx % 3] if row["level"] == "执业医师" else (h1, h3)[idx % 2]
        case = desk.counter.direct_registration(clerk, ids[idx], institution_id=inst,
                                                scopes=scopes_for(row["category"]))
        desk.cases.check_materials(clerk, case.id)  # the walk-in's paper, all ticked as received
        desk.cases.approve(clerk, case.id, case.version)

    # Physicians with their own accounts, each leaving a case in a different status.
    def physician_actor(idx: int, status: str) -> Any:
        row = rows[idx]
        username = f"doctor{idx + 1:02d}"
        desk.auth.register_physician(row["name"], row["id_number"], f"139{rng.randrange(10**7, 10**8)}",
                                     f"{username}@example.com", username, DEMO_PASSWORD["physician"])
        actor = desk.auth.login(username, DEMO_PASSWORD["physician"])
        actor = desk.auth.activate_physician(actor, certificate_code=row["certificate_code"])
        label = f"医师（{status}）"  # the login list names the status this physician's case shows
        logins.append(DemoLogin(label, username, DEMO_PASSWORD["physician"], row["name"]))
        return actor

    def apply(idx: int, inst: int, status: str) -> tuple[Any, Any]:
        actor = physician_actor(idx, status)
        row = rows[idx]
        case = desk.cases.submit(actor, "first_registration", ids[idx], institution_id=inst,
                                 level=row["level"], category=row["category"],
                                 scopes=scopes_for(row["category"]))
        return actor, case

    physicians_only = [i for i in range(12) if rows[i]["level"] == "执业医师"]
    plan = physicians_only[:8]
    # submitted: waiting for the hospital
    _a, _c = apply(plan[0], h1, "已提交，待医院确认")
    _a, _c = apply(plan[1], h2, "已提交，待医院确认")
    # confirmed: waiting for the commission
    _a, c = apply(plan[2], h1, "医院已确认，待卫健委审核")
    desk.cases.confirm(hr1, c.id, c.version)
    # approved
    _a, c = apply(plan[3], h1, "已批准，有注册识别码")
    c = desk.cases.confirm(hr1, c.id, c.version)
    desk.cases.approve(clerk, c.id, c.version)
    # returned by the hospital for correction
    _a, c = apply(plan[4], h2, "被医院退回补正")
    desk.cases.return_case(hr2, c.id, c.version, "photo_unqualified", "照片背景不是白色，请重新上传")
    # rejected by the commission
    _a, c = apply(plan[5], h2, "卫健委不予注册")
    c = desk.cases.confirm(hr2, c.id, c.version)
    desk.cases.reject(clerk, c.id, c.version, reference.refusal_grounds()[1]["code"], "刑罚执行完毕不满二年")
    # withdrawn by the physician
    a, c = apply(plan[6], h1, "本人已撤回")
    desk.cases.withdraw(a, c.id, c.version, "拟更换执业机构，先行撤回")
    # draft
    a = physician_actor(plan[7], "草稿未提交")
    row = rows[plan[7]]
    desk.cases.save_draft(a, "first_registration", ids[plan[7]], institution_id=h1, level=row["level"],
                          category=row["category"])
    # overdue: confirmed by the hospital six weeks ago and still waiting (the queue shows it in red)
    late = next(i for i in range(registered, physicians) if rows[i]["level"] == "执业医师")
    real_clock = desk.ctx.clock
    desk.ctx.clock = lambda: real_clock() - dt.timedelta(days=42)
    try:
        hr_then = desk.auth.login(hr1.username, DEMO_PASSWORD["hospital"])
        _a, c = apply(late, h1, "已逾期，待卫健委审核")
        desk.cases.confirm(hr_then, c.id, c.version)
    finally:
        desk.ctx.clock = real_clock

    # The hospital files a departure (调离) and applies to deregister another (institution kinds).
    reg_ids = [i for i in range(12, registered) if rows[i]["level"] == "执业医师" and (i % 3) == 0]
    for n, idx in enumerate(reg_ids[:3]):
        regs = desk.roster.registrations(hr1, ids[idx])
        if n == 0:  # reported 40 days after the physician left: late (30-day rule), and not filed yet
            desk.cases.submit(hr1, "institution_filing", ids[idx], registration_id=regs[0].id,
                              reason="transfer", effective_date=desk.today() - dt.timedelta(days=40))
        elif n == 2:  # a retirement filed and approved: the physician is in the non-registered pool
            filing = desk.cases.submit(hr1, "institution_filing", ids[idx], registration_id=regs[0].id,
                                       reason="retirement", effective_date=desk.today())
            filing = desk.cases.confirm(hr1, filing.id, filing.version) if filing.status == "submitted" \
                else filing
            desk.cases.check_materials(clerk, filing.id)
            filing = desk.cases.get(clerk, filing.id)
            desk.cases.approve(clerk, filing.id, filing.version)
        else:
            grounds = reference.deregistration_grounds("institution_deregistration")
            desk.cases.submit(hr1, "institution_deregistration", ids[idx], registration_id=regs[0].id,
                              reason=grounds[0]["code"], effective_date=desk.today())

    # A physician retired more than two years ago: in the pool long enough to be deregistered.
    for idx in reg_ids[3:4]:
        regs = desk.roster.registrations(hr1, ids[idx])
        filing = desk.cases.submit(hr1, "institution_filing", ids[idx], registration_id=regs[0].id,
                                   reason="retirement", effective_date=desk.today() - dt.timedelta(days=750))
        desk.cases.check_materials(clerk, filing.id)
        filing = desk.cases.get(clerk, filing.id)
        desk.cases.approve(clerk, filing.id, filing.version)

    # Walk-ins at the counter: a legacy qualification and a foreign physician's short-term practice.
    desk.counter.legacy_backfill(clerk, name="梁伯涛", id_number=_resident_id(rng, "440103", True),
                                 certificate_code=_certificate_code(1995, "执业医师", "中医", 900001),
                                 level="执业医师", category="中医", issued_on=dt.date(1995, 6, 30))
    today = desk.today()
    desk.counter.foreign_short_term(clerk, name="John Smith", id_number="E12345678", origin="英国",
                                    inviting_institution_id=h1, category="临床", scopes=["外科专业"],
                                    term_start=today + dt.timedelta(days=30),
                                    term_end=today + dt.timedelta(days=30 + 300), gender="男")
    # Nurses, for the public register (公众查询).
    for n, (name, female, area) in enumerate((("陈静怡", True, "440104"), ("刘洋", False, "440305"))):
        desk.register.record_nurse(admin, name=name, id_number=_resident_id(rng, area, not female),
                                   certificate_number=f"2024440{n + 1:05d}", place=area,
                                   valid_from=today - dt.timedelta(days=400), institution_id=(h1, h2)[n])
    return logins
