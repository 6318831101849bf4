"""The screenshots of the user guide (app/resources/help/user-guide*.md), made from the real windows on a
fresh demo database.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py            # …/help/screenshots/
    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py --lang en  # …/help/screenshots/en/

It builds the demo database (app/services/demo.py, through the services as clerks would) in a temporary
directory, opens each window offscreen as an office screen shows it (main windows at 1366×768, dialogs at
their own size), waits until every list has loaded and saves the PNGs. Run it again whenever a window
changes, and look at the pictures before committing them. Settings and logs go to the temporary directory,
so your own remembered layouts are neither used nor touched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SCREEN = (1366, 768)
HOSPITAL = "广州市第一人民医院"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="zh_CN", choices=["zh_CN", "en"])
    parser.add_argument("--out", type=Path,
                        help="default app/resources/help/screenshots (its en/ folder for English)")
    parser.add_argument("--only", nargs="*", help="make only these pictures (names without .png)")
    args = parser.parse_args(argv)
    if args.out is None:
        args.out = ROOT / "app" / "resources" / "help" / "screenshots" / ("en" if args.lang == "en" else "")
    tmp = Path(tempfile.mkdtemp(prefix="regdesk-shots-"))
    os.environ["REGDESK_DATA_DIR"] = str(tmp / "data")

    from PySide6.QtCore import QCoreApplication, QSettings
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    QCoreApplication.setOrganizationName("regdesk-screenshots")
    QCoreApplication.setApplicationName("regdesk-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "settings"))

    from app.services import open_desk
    from app.services.demo import load_demo
    from app.views import worker
    from app.views.theme import apply_theme, install_translations

    apply_theme(app)  # type: ignore[arg-type]
    install_translations(app, args.lang)  # type: ignore[arg-type]
    print("building the demo database…", flush=True)
    desk = open_desk(f"sqlite:///{tmp / 'demo.db'}", workstation="screenshots")
    logins = load_demo(desk)
    shots = Shots(app, desk, logins, args.out, set(args.only or []))
    try:
        shots.make_all()
    finally:
        for widget in app.topLevelWidgets():
            widget.close()
        worker.wait_idle()
        desk.close()
    print(f"{len(shots.saved)} pictures in {args.out}")
    return 0


class Shots:
    """Opens the windows one after the other and saves a picture of each."""

    def __init__(self, app: Any, desk: Any, logins: list[Any], out: Path, only: set[str]) -> None:
        self.app = app
        self.desk = desk
        self.logins = logins
        self.out = out
        self.only = only
        self.saved: list[Path] = []
        out.mkdir(parents=True, exist_ok=True)
        by_who = {login.who: login for login in logins}
        self.hr = desk.auth.login(by_who[HOSPITAL].username, by_who[HOSPITAL].password)
        self.clerk = desk.auth.login("gdclerk", "Demo#2026clerk")
        self.admin = desk.auth.login("gdadmin", "Demo#2026admin")
        doctors = [desk.auth.login(x.username, x.password) for x in logins if x.role.startswith("医师")]
        self.doctor = doctors[0]
        #: a physician holding a registration in force (a change application has something to change)
        self.registered_doctor = next(
            (d for d in doctors if any(r.status == "active" and r.registration_code
                                       for r in desk.roster.physician(d, d.physician_id).registrations)),
            self.doctor)
        #: a registered physician of the hospital (closing a window signs its user out, so look it up now)
        roster = desk.roster.physicians(self.hr, limit=50).items
        self.registered = next(r for r in roster if r.status == "active")

    # --- the mechanics ---------------------------------------------------------------------------

    def settle(self, seconds: float = 0.6) -> None:
        """Let the workers finish and the GUI thread paint what they brought."""
        from app.views import worker

        end = time.monotonic() + seconds
        while time.monotonic() < end:
            worker.wait_idle()
            self.app.processEvents()
            time.sleep(0.02)

    def wait(self, ready: Callable[[], bool], timeout: float = 20.0) -> None:
        end = time.monotonic() + timeout
        while not ready() and time.monotonic() < end:
            self.settle(0.1)
        self.settle()

    def save(self, name: str, widget: Any, size: tuple[int, int] | None = SCREEN) -> None:
        if self.only and name not in self.only:
            return
        if size is not None:
            widget.resize(*size)
        widget.show()
        self.settle()
        if size is None:
            # a dialog as big as it asks to be: the offscreen screen is only 800×600, and Qt would cap a
            # dialog with word-wrapped text at 2/3 of that (an office screen is 1366 wide)
            widget.resize(widget.sizeHint().expandedTo(widget.minimumSizeHint()))
            self.settle(0.3)
        path = self.out / f"{name}.png"
        widget.grab().save(str(path))
        self.saved.append(path)
        print(f"  {path.name}", flush=True)

    # --- the pictures --------------------------------------------------------------------------------

    def make_all(self) -> None:
        self.login()
        self.settings()
        self.institution()
        self.commission()
        self.physician()
        self.public_register()

    def login(self) -> None:
        from app.views.login import LoginDialog

        demo = [(login.role, login.username, login.password) for login in self.logins]
        dialog = LoginDialog(self.desk, demo_logins=demo)
        self.wait(lambda: not dialog.busy)
        self.save("login", dialog, None)
        dialog.close()

    def institution(self) -> None:
        from app.views.filing_dialogs import DeregistrationDialog, FilingDialog
        from app.views.institution import InstitutionWindow

        window = InstitutionWindow(self.desk, self.hr)
        window.resize(*SCREEN)
        window.show()
        self.wait(lambda: window.physicians.model.rowCount() > 0)
        self.save("institution-roster", window)
        window.physicians.search.setText("zh")  # pinyin initials: 张红, 赵红
        window.physicians.reload()
        self.wait(lambda: not window.physicians.model.loading)
        self.save("institution-roster-search", window)
        window.physicians.search.setText("")
        window.physicians.reload()
        self.wait(lambda: not window.physicians.model.loading)

        window.tabs.setCurrentWidget(window.inbox)
        self.wait(lambda: window.inbox.list.model.rowCount() > 0)
        window.inbox.list.table.selectRow(0)
        self.settle(1.0)
        self.save("institution-inbox", window)
        window.tabs.setCurrentWidget(window.submitted)
        self.wait(lambda: window.submitted.model.rowCount() > 0)
        self.save("institution-submitted", window)
        window.tabs.setCurrentWidget(window.pool)
        self.wait(lambda: not window.pool.model.loading)  # the demo may have nobody in the pool
        self.save("institution-pool", window)
        window.tabs.setCurrentWidget(window.awaiting)
        self.settle(1.0)
        self.save("institution-activation", window)

        # a physician asks to change their professional title: the hospital sees old and new side by side
        self.desk.profile.submit(self.registered_doctor, {"title": "主治医师"})
        window.profile_inbox.reload()
        window.tabs.setCurrentWidget(window.profile_inbox)
        inbox = window.profile_inbox
        self.wait(lambda: inbox.list.model.rowCount() > 0)
        inbox.list.table.selectRow(0)
        self.wait(lambda: inbox.change is not None)
        self.save("institution-profile-changes", window)

        window.tabs.setCurrentWidget(window.physicians)
        window.idle_lock.lock(15)
        self.settle()
        self.save("idle-lock", window)
        if window.idle_lock.overlay is not None:
            window.idle_lock._unlocked(self.hr)

        row = self.registered
        detail = window.open_physician(row.id, row.name)
        self.wait(lambda: bool(detail.heading.text()))
        self.save("institution-physician", detail, (1200, 740))
        detail.close()
        for name, cls in (("institution-filing", FilingDialog),
                          ("institution-deregistration", DeregistrationDialog)):
            dialog = cls(self.desk, self.hr, row.id, row.name, row.id_number)
            self.wait(lambda dialog=dialog: dialog.registration.currentData() is not None)
            self.save(name, dialog, None)
            dialog.close()
        window.close()

    def commission(self) -> None:
        from PySide6.QtCore import QCoreApplication

        from app.views.case_dialog import CaseDialog
        from app.views.commission import CommissionWindow, NewInstitutionDialog
        from app.views.counter_wizard import CounterWizard
        from app.views.print_preview import PrintPreview

        window = CommissionWindow(self.desk, self.clerk)
        window.resize(*SCREEN)
        window.show()
        self.wait(lambda: window.queue.model.rowCount() > 0)
        self.save("commission-queue", window)
        window.tabs.setCurrentWidget(window.institutions)
        self.wait(lambda: window.institutions.model.rowCount() > 0)
        self.save("commission-institutions", window)
        window.tabs.setCurrentWidget(window.departures)
        self.wait(lambda: window.departures.summary.model.rowCount() > 0)
        self.save("commission-departures", window)
        window.tabs.setCurrentWidget(window.overview)
        self.wait(lambda: window.overview.loads > 0 and not window.overview.loading)
        self.save("commission-overview", window)
        window.tabs.setCurrentWidget(window.queue)

        case = self.desk.cases.queue(self.clerk, status="confirmed", kind="first_registration").items[0]
        dialog = CaseDialog(self.desk, self.clerk, case.id)
        dialog.resize(*SCREEN)
        dialog.show()
        self.wait(lambda: dialog.case is not None and not dialog.busy and dialog.banner.isVisible())
        self.save("commission-case", dialog)
        dialog.close()

        for kind in ("legacy_backfill", "direct_registration"):
            wizard = CounterWizard(self.desk, self.clerk, kind=kind)
            self.save(f"counter-{kind.replace('_', '-')}", wizard, (1200, 740))
            wizard.close()

        new = NewInstitutionDialog(self.desk, self.admin)
        self.save("commission-new-institution", new, None)
        new.close()

        self.registry_import(window)
        self.renewal()
        self.merge_records()
        self.sms()

        pdf = self.desk.checklists.render_pdf(self.clerk, case.id)
        preview = PrintPreview(pdf, QCoreApplication.translate("", "材料清单"))
        self.wait(lambda: preview.findChildren(type(preview))[:0] == [], timeout=2)
        self.save("print-preview", preview, (1000, 740))
        preview.close()
        window.close()

    def registry_import(self, window: Any) -> None:
        """导入名册数据 after a nurse registry with one good row and one without its registration date."""
        from app.services.validation import resident_id_check_char

        first17 = "44010619950101002"
        path = Path(tempfile.mkdtemp(prefix="regdesk-import-")) / "nurses.csv"
        path.write_text("姓名,性别,身份证号,执业证书编号,执业地点,注册日期\n"
                        f"林小燕,女,{first17}{resident_id_check_char(first17)},202611000101,440106,2024-03-01\n"
                        f"黄海,男,{first17[:-1]}1{resident_id_check_char(first17[:-1] + '1')},202611000102,"
                        "440106,\n", encoding="utf-8-sig")
        try:
            dialog = window.import_registry("nurses")
            dialog.path.setText(str(path))
            dialog.show_preview()  # as when the file is chosen with 选择文件…
            dialog.import_button.click()
            self.wait(lambda: dialog.outcome is not None and not dialog.busy)
            self.save("commission-registry-import", dialog, (860, 620))
            dialog.close()
        finally:
            path.unlink(missing_ok=True)

    def renewal(self) -> None:
        """短期行医延期 with the demo's foreign physician's permit found (its case approved first)."""
        from app.views.counter_wizard import RENEWAL, CounterWizard

        if self.only and "counter-short-term-renewal" not in self.only:
            return
        for case in self.desk.cases.queue(self.clerk, kind="foreign_short_term").items:
            if case.status != "approved":
                self.desk.cases.check_materials(self.clerk, case.id)
                fresh = self.desk.cases.get(self.clerk, case.id)
                self.desk.cases.approve(self.clerk, case.id, fresh.version)
        wizard = CounterWizard(self.desk, self.clerk, kind=RENEWAL)
        wizard.resize(1200, 740)
        wizard.show()
        finder = wizard.page.permit  # type: ignore[attr-defined]
        finder.look_up()  # as 查找 with nothing typed: the permits ending soonest
        self.wait(lambda: not finder.loading and finder.permit() is not None)
        self.save("counter-short-term-renewal", wizard, (1200, 740))
        wizard.close()

    def merge_records(self) -> None:
        """合并重复医师记录 with a pair compared: a legacy record of a demo physician (the resident ID written
        with a space, as an old register had it) with a walk-in case of its own."""
        import datetime as dt

        from app import models as m
        from app.views.merge_records import MergeRecordsDialog

        if self.only and "commission-merge-records" not in self.only:
            return
        person = self.desk.roster.physicians(self.clerk, "", limit=1).items[0]
        detail = self.desk.roster.physician(self.clerk, person.id).person
        with self.desk.db.write() as s:  # the legacy record, as an old import left it
            twin = m.Physician(name=detail.name, gender=detail.gender,
                               id_number=detail.id_number[:6] + " " + detail.id_number[6:],
                               birth_date=detail.birth_date or dt.date(1990, 1, 1), phone="13900001111")
            s.add(twin)
            s.flush()
            s.add(m.Case(number="LEG-2019-0001", kind="legacy_backfill", status="approved",
                         physician_id=twin.id, jurisdiction="440106", city="440100", province="440000",
                         details={}))
        dialog = MergeRecordsDialog(self.desk, self.clerk)
        dialog.show()
        self.wait(lambda: dialog.comparison is not None)
        example = dialog.reason.placeholderText()  # "如：…" / "e.g. …": the example reason, typed in
        dialog.reason.setText(example.removeprefix("如：").removeprefix("e.g. "))
        self.save("commission-merge-records", dialog, (1100, 800))
        dialog.close()

    def sms(self) -> None:
        """短信网关设置 (none set in the demo) and the 短信发件箱 with the accounts' messages."""
        from app.views.sms_views import GatewayDialog, OutboxDialog

        gateway = GatewayDialog(self.desk, self.admin)
        gateway.show()
        self.wait(lambda: gateway.info is not None)
        self.save("commission-sms-gateway", gateway, None)
        gateway.close()
        outbox = OutboxDialog(self.desk, self.admin)
        outbox.show()
        self.wait(lambda: not outbox.list.model.loading and outbox.list.model.rowCount() > 0, timeout=8)
        self.save("commission-sms-outbox", outbox, (1100, 640))
        outbox.close()

    def settings(self) -> None:
        from app.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(current=self.desk.describe())
        dialog.address.setText("postgresql+psycopg://regdesk@192.168.1.20:5432/regdesk")
        self.save("settings", dialog, None)
        dialog.close()

    def physician(self) -> None:
        from app.views.application_dialog import ApplicationDialog
        from app.views.physician import PhysicianWindow

        window = PhysicianWindow(self.desk, self.doctor)
        window.resize(*SCREEN)
        window.show()
        self.settle(1.5)
        self.save("physician-window", window)
        dialog = ApplicationDialog(self.desk, self.registered_doctor, kind="change")
        self.settle(1.5)
        self.save("physician-application", dialog, None)
        dialog.close()
        window.close()

    def public_register(self) -> None:
        from app.views.public_register import PublicRegisterWindow

        window = PublicRegisterWindow(self.desk)
        window.resize(*SCREEN)
        window.show()
        tab = window.registers["physicians"]
        row = self.registered
        tab.name.setText(row.name)
        tab.search()
        self.settle(1.5)
        self.save("public-register", window)
        window.close()


if __name__ == "__main__":
    raise SystemExit(main())
