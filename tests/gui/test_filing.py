"""注册备案 and 注销注册 from the institution's window: the form, the 30-day countdown, the case at the
commission, its decision in the physician's history, the pool, and the list of submitted business."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from app.services import reference
from tests.gui.institution_support import (  # noqa: F401 - fixtures
    HOSPITAL,
    commission_queue,
    demo_fixture,
    demo_template_fixture,
    gone,
    institution_window,
    rows,
    select,
    settle,
)

TODAY = dt.date(2026, 11, 24)  # the fake clock's day


def _registered_without_open_cases(demo: Any) -> Any:
    """A physician registered with 广州市第一人民医院 on whom no case of ours is open."""
    busy = {c.physician_id for c in demo.desk.cases.queue(demo.hr, status=["submitted", "confirmed"],
                                                          limit=500).items}
    page = demo.desk.roster.physicians(demo.hr, status="active", limit=100)
    return next(r for r in page.items
                if r.main_institution_name == HOSPITAL and r.relation == "主执业" and r.id not in busy)


def _open_record(qtbot: Any, window: Any, doctor: Any) -> Any:
    dialog = window.open_physician(doctor.id, doctor.name)
    qtbot.waitUntil(lambda: dialog.detail is not None and dialog.filing_button.isEnabled(), timeout=10_000)
    return dialog


def _set_date(dialog: Any, day: dt.date) -> None:
    dialog.date.setDate(QDate(day.year, day.month, day.day))


def test_filing_a_departure_reaches_the_commission_and_its_decision_shows_in_the_history(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    doctor = _registered_without_open_cases(demo)
    record = _open_record(qtbot, window, doctor)
    record.filing_button.click()
    dialog = record.findChild(QDialog, "filingDialog")
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)  # its registration was read
    assert dialog.registration.currentText().startswith(doctor.registration_code)
    assert [dialog.reason.itemText(i) for i in range(1, dialog.reason.count())] == \
        ["调离", "退休", "退职", "被辞退", "被开除"]
    dialog.ok_button.click()
    assert dialog.errors.message_of("reason") == "请选择备案原因"  # refused here, nothing written
    assert demo.desk.cases.queue(demo.hr, physician_id=doctor.id, kind="institution_filing").total == 0
    dialog.reason.setCurrentIndex(dialog.reason.findData("retirement"))
    _set_date(dialog, TODAY - dt.timedelta(days=10))
    assert dialog.countdown.text() == "应于 2026-12-14 前报送，还剩 20 天"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    qtbot.waitUntil(lambda: "已报送卫生健康委" in record.notice.text(), timeout=10_000)

    filed = demo.desk.cases.queue(demo.hr, physician_id=doctor.id, kind="institution_filing").items
    assert len(filed) == 1 and filed[0].status == "confirmed"
    case = filed[0]
    assert case.details["reason"] == "retirement" and case.details["effective_date"] == "2026-11-14"
    assert case.id in {c.id for c in commission_queue(demo, status="confirmed")}  # at the commission
    # the record shows the case at once, then the commission's decision when it is made
    qtbot.waitUntil(lambda: record.case_panel.case is not None and record.case_panel.case.id == case.id,
                    timeout=10_000)
    assert record.case_panel.view.status.text() == "待卫健委审核"
    demo.clock.advance(minutes=20)
    demo.desk.cases.approve(demo.clerk(), case.id, case.version)
    qtbot.waitUntil(lambda: record.case_panel.view.status.text() == "已批准", timeout=10_000)  # live
    timeline = record.case_panel.view.timeline
    assert timeline.item(timeline.rowCount() - 1, 4).text() == "批准"
    qtbot.waitUntil(lambda: record.registrations.item(0, 5).text() == "非在册（已备案）", timeout=10_000)
    assert "2026-11-14 备案（退休）" == record.registrations.item(0, 9).text()
    assert not record.filing_button.isEnabled()  # no active registration with us any more
    # the pool lists the physician with the 2-year countdown from the departure day
    window.tabs.setCurrentWidget(window.pool)
    qtbot.waitUntil(lambda: doctor.id in [e.physician_id for e in rows(window.pool)], timeout=10_000)
    entry = next(e for e in rows(window.pool) if e.physician_id == doctor.id)
    assert entry.filed_on == dt.date(2026, 11, 14) and entry.reason_label == "退休"
    assert entry.deregister_on == dt.date(2028, 11, 14)
    assert entry.days_left == (entry.deregister_on - TODAY).days


def test_countdown_warns_when_the_30_days_have_passed(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    doctor = _registered_without_open_cases(demo)
    record = _open_record(qtbot, window, doctor)
    dialog = record.apply("institution_filing")
    _set_date(dialog, TODAY)
    assert dialog.countdown.text() == "应于 2026-12-24 前报送，还剩 30 天"
    _set_date(dialog, TODAY - dt.timedelta(days=30))
    assert dialog.countdown.text() == "今天（2026-11-24）是报送的最后一天"
    _set_date(dialog, TODAY - dt.timedelta(days=45))
    assert dialog.countdown.text() == "已超过30日报送期限 15 天（应于 2026-11-09 前报送），请尽快报送"
    assert dialog.countdown.property("role") == "error"
    _set_date(dialog, TODAY + dt.timedelta(days=5))
    assert dialog.countdown.text().startswith("离岗日期尚未到来")


def test_deregistration_with_a_listed_ground_ends_the_registration_when_approved(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    doctor = _registered_without_open_cases(demo)
    select(qtbot, window.physicians, lambda r: r.id == doctor.id)
    assert window.dereg_action.isEnabled()
    window.dereg_action.trigger()  # 业务 → 注销注册… on the physician selected in the roster
    dialog = window.findChild(QDialog, "deregistrationDialog")
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    grounds = [dialog.reason.itemData(i) for i in range(1, dialog.reason.count())]
    assert grounds == [g["code"] for g in reference.deregistration_grounds("institution_deregistration")]
    assert "voluntary" not in grounds  # 本人主动申请 is the physician's own application, not ours
    dialog.reason.setCurrentIndex(dialog.reason.findData("health_unfit"))
    _set_date(dialog, TODAY - dt.timedelta(days=3))
    assert "还剩 27 天" in dialog.countdown.text()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: gone(dialog), timeout=10_000)
    # the window says so and shows the list of submitted business with the case waiting
    assert window.tabs.currentWidget() is window.submitted
    assert "注销注册" in window.statusBar().currentMessage()
    submitted = window.submitted
    qtbot.waitUntil(lambda: doctor.id in [c.physician_id for c in rows(submitted)], timeout=10_000)
    case = next(c for c in rows(submitted) if c.physician_id == doctor.id)
    assert case.status_label == "待卫健委审核" and case.details["reason"] == "health_unfit"
    demo.desk.cases.approve(demo.clerk(), case.id, case.version)
    qtbot.waitUntil(lambda: [c.status for c in rows(submitted) if c.id == case.id] == ["approved"],
                    timeout=10_000)  # the commission's decision arrives by itself
    reg = demo.desk.roster.registrations(demo.hr, doctor.id)[0]
    assert reg.status == "deregistered" and reg.ended_on == TODAY - dt.timedelta(days=3)
    # the case opens from the list with its timeline
    select(qtbot, submitted, lambda c: c.id == case.id)
    opened = submitted.open_case(case.id)
    qtbot.waitUntil(lambda: opened.panel.case is not None, timeout=10_000)
    assert opened.panel.view.status.text() == "已批准"


def test_a_second_filing_while_one_is_open_is_refused_in_the_dialog(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    open_case = demo.desk.cases.queue(demo.hr, kind="institution_filing", status="confirmed").items[0]
    record = window.open_physician(open_case.physician_id)
    qtbot.waitUntil(lambda: record.detail is not None and record.filing_button.isEnabled(), timeout=10_000)
    dialog = record.apply("institution_filing")
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=10_000)
    dialog.reason.setCurrentIndex(dialog.reason.findData("transfer"))
    count = demo.desk.cases.queue(demo.hr).total
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.status.isVisible() or bool(dialog.errors.message_of("registration_id")),
                    timeout=10_000)
    assert dialog.isVisible()
    assert demo.desk.cases.queue(demo.hr).total == count  # nothing written


def test_submitted_tab_lists_the_institutions_own_applications_and_filters_them(qtbot, demo) -> None:  # type: ignore[no-untyped-def]
    window = institution_window(qtbot, demo)
    submitted = window.submitted
    window.tabs.setCurrentWidget(submitted)
    settle(qtbot, submitted)
    kinds = {c.kind for c in rows(submitted)}
    assert kinds == {"institution_filing", "institution_deregistration"}
    pending = [c for c in rows(submitted) if c.status != "approved"]  # the demo's retirement is decided
    assert pending and all(c.status_label == "待卫健委审核" and c.deadline is not None for c in pending)
    submitted.kind_box.setCurrentIndex(submitted.kind_box.findText("全部业务（含医师申请）"))
    settle(qtbot, submitted)
    everything = demo.desk.cases.queue(demo.hr, limit=500)
    assert submitted.model.total == everything.total
    assert "first_registration" in {c.kind for c in rows(submitted)}
    submitted.status_box.setCurrentIndex(submitted.status_box.findData("approved"))
    settle(qtbot, submitted)
    assert rows(submitted) and all(c.status == "approved" for c in rows(submitted))
