"""The demo database: made through the services, every status present, and the area rules seen on it."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from app.services import open_desk
from app.services.demo import DEMO_PASSWORD, load_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.db"
    desk = open_desk(f"sqlite:///{path}", workstation="demo-test")
    logins = load_demo(desk, physicians=120)
    yield desk, logins
    desk.close()


def _login(desk: Any, logins: Any, role_prefix: str, who: str | None = None) -> Any:
    entry = next(x for x in logins if x.role.startswith(role_prefix) and (who is None or x.who == who))
    return desk.auth.login(entry.username, entry.password)


def test_demo_leaves_cases_in_every_status(demo: Any) -> None:
    desk, logins = demo
    admin = desk.auth.login("gdadmin", DEMO_PASSWORD["admin"])
    statuses: Counter[str] = Counter()
    for status in ("submitted", "confirmed", "approved", "rejected", "returned", "withdrawn"):
        statuses[status] = len(desk.cases.queue(admin, status=status, limit=200).items)
    assert all(statuses[s] >= 1 for s in ("confirmed", "approved", "rejected", "returned", "withdrawn"))
    # submitted cases wait at the hospital: the commission sees them in its jurisdiction too
    assert statuses["submitted"] >= 1
    # a draft is only the physician's own
    physicians = [x for x in logins if x.role.startswith("医师")]
    drafts = 0
    for entry in physicians:
        actor = desk.auth.login(entry.username, entry.password)
        drafts += len(desk.cases.queue(actor, status="draft").items)
    assert drafts == 1


LABELLED_STATUS = {
    "医师（已提交，待医院确认）": "submitted", "医师（医院已确认，待卫健委审核）": "confirmed",
    "医师（已批准，有注册识别码）": "approved", "医师（被医院退回补正）": "returned",
    "医师（卫健委不予注册）": "rejected", "医师（本人已撤回）": "withdrawn", "医师（草稿未提交）": "draft",
    "医师（已逾期，待卫健委审核）": "confirmed",
}


def test_each_physician_login_shows_the_status_its_label_names(demo: Any) -> None:
    desk, logins = demo
    physicians = [x for x in logins if x.role.startswith("医师")]
    assert {x.role for x in physicians} == set(LABELLED_STATUS)
    for entry in physicians:
        actor = desk.auth.login(entry.username, entry.password)
        assert [c.status for c in desk.cases.queue(actor).items] == [LABELLED_STATUS[entry.role]], entry.role


def test_demo_shows_an_overdue_case_a_pool_entry_and_nurses(demo: Any) -> None:
    desk, logins = demo
    clerk = desk.auth.login("gdclerk", DEMO_PASSWORD["clerk"])
    overdue = desk.cases.queue(clerk, overdue=True).items
    late = next(x for x in logins if x.role == "医师（已逾期，待卫健委审核）")
    assert [c.applicant_name for c in overdue] == [late.who]
    hospital = _login(desk, logins, "医疗机构", "广州市第一人民医院")
    assert len(desk.roster.pool(hospital).items) >= 1
    assert desk.register.search_nurses("陈静怡") and desk.register.search_nurses("刘洋")


def test_demo_logins_all_sign_in_without_a_forced_password_change(demo: Any) -> None:
    desk, logins = demo
    roles = set()
    for entry in logins:
        actor = desk.auth.login(entry.username, entry.password)
        assert not actor.must_change_password
        roles.add(actor.role)
    assert roles == {"commission", "institution", "physician"}


def test_city_and_county_commissions_see_physicians_registered_at_institutions_in_their_area(
    demo: Any,
) -> None:
    desk, _logins = demo
    admin = desk.auth.login("gdadmin", DEMO_PASSWORD["admin"])
    seen = {}
    for username, area in (("gzcity", "440100"), ("nscounty", "440305"), ("fscity", "440600")):
        name, initial = desk.accounts.create_commission_user(
            admin, username=username, name="测试科员", jurisdiction=area, phone="13800002222")
        actor = desk.auth.login(name, initial)
        actor = desk.auth.change_password(actor, initial, "Area#2026pass")
        rows = desk.roster.physicians(actor, limit=200).items
        seen[area] = {r.main_institution_name for r in rows if r.main_institution_name}
    assert "广州市第一人民医院" in seen["440100"]
    assert "深圳市南山区人民医院" not in seen["440100"]
    assert seen["440305"] == {"深圳市南山区人民医院"}
    assert seen["440600"] == set()  # no institution of Foshan in the demo
