"""--lang en: every window and dialog opened in English shows no Chinese but data (names, addresses…).

Each window is opened on the demo database with the English translation installed; the widget tree is
walked (labels, buttons, tabs, group boxes, headers and loaded table cells, combo items, list items, menus,
tool tips, placeholder texts, window titles) and a string fails when Chinese is left after every value
stored in the database (people's and institutions' names, addresses, notes) is taken out of it. Reference
names stored in the database (levels, categories, scopes) are not taken out: they must be translated.

With REGDESK_PSEUDO_TR=1 a pseudo-translator (every Chinese character becomes "x") stands in for the
English file: it shows strings that do not go through the translation system at all.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from tests.gui.commission_support import confirmed_case, wait_ready
from tests.gui.institution_support import HOSPITAL, Demo, demo, demo_template, institution_window  # noqa: F401
from tests.gui.test_public_register import world  # noqa: F401 - the notice verification's fixture

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from reference_strings import reference_names  # noqa: E402

#: Shown in their own language on purpose (the settings dialog's language list), so not translated.
OWN_NAMES = ["中文（简体）"]
CJK = re.compile(r"[\u3001-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60\U00020000-\U0003134f]")
TAG = re.compile(r"<[^>]+>")
WAIT = 10_000
SCREEN_WIDTH = 1366  # office screens are 1366×768


class PseudoTranslator(QTranslator):
    """Every Chinese character of a translatable string becomes "x" (placeholders survive)."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:  # noqa: ARG002
        return CJK.sub("x", source) if source else source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    from app.views.theme import install_translations, remove_translations

    if os.environ.get("REGDESK_PSEUDO_TR"):
        pseudo = PseudoTranslator(qapp)
        qapp.installTranslator(pseudo)
        yield
        qapp.removeTranslator(pseudo)
        return
    installed = install_translations(qapp, "en")
    assert any(t.language() == "en" for t in installed), "regdesk_en.qm was not loaded"
    try:
        yield
    finally:
        remove_translations(qapp, installed)


def data_tokens(db: Path) -> list[str]:
    """Every Chinese value stored in the database (JSON documents opened up), reference names excepted,
    longest first."""
    names = set(reference_names())
    found: set[str] = set()

    def add(value: Any) -> None:
        if isinstance(value, str):
            text = value.strip()
            if text[:1] in "{[":
                try:
                    add(json.loads(text))
                    return
                except ValueError:
                    pass
            if CJK.search(text) and text not in names:
                found.add(text)
        elif isinstance(value, dict):
            for v in value.values():
                add(v)
        elif isinstance(value, list):
            for v in value:
                add(v)

    con = sqlite3.connect(db)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in con.execute(f'SELECT * FROM "{table}"'):  # noqa: S608 - names from sqlite_master
                for value in row:
                    add(value)
    finally:
        con.close()
    return sorted(found, key=len, reverse=True)


def shown_strings(top: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of everything the window can show, hidden tabs and closed menus included."""
    widgets = [top, *top.findChildren(QWidget)]
    yield "window title", top.windowTitle()
    for w in widgets:
        where = f"{type(w).__name__}#{w.objectName()}"
        if w.toolTip():
            yield where + " tooltip", w.toolTip()
        if isinstance(w, QLabel):
            yield where, TAG.sub("", w.text())
        elif isinstance(w, QAbstractButton):
            yield where, w.text()
        elif isinstance(w, QGroupBox):
            yield where, w.title()
        elif isinstance(w, QLineEdit):
            yield where + " placeholder", w.placeholderText()
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            yield where + " placeholder", w.placeholderText()
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield where + " tab", w.tabText(i)
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield where + " item", w.itemText(i)
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                yield where + " item", w.item(i).text()
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, QListWidget):
            model = w.model()
            for c in range(model.columnCount()):
                yield where + " header", str(model.headerData(c, Qt.Orientation.Horizontal) or "")
            for r in range(min(model.rowCount(), 60)):
                for c in range(model.columnCount()):
                    yield where + f" cell {r},{c}", str(model.index(r, c).data() or "")
        if isinstance(w, QMenu):
            yield where + " menu", w.title()
        for action in w.actions():
            yield where + " action", action.text()
            if action.menu() is not None:
                for sub in action.menu().actions():
                    yield where + " action", sub.text()
    if isinstance(top, QMainWindow):
        yield "status bar", top.statusBar().currentMessage()


def chinese_left(top: QWidget, tokens: list[str]) -> list[str]:
    """The strings of ``top`` with Chinese that is not data."""
    bad = []
    for where, text in shown_strings(top):
        if not text or not CJK.search(text):
            continue
        rest = text
        for token in tokens:
            if token in rest:
                rest = rest.replace(token, " ")
        if CJK.search(rest):
            bad.append(f"{where}: {text!r}")
    return sorted(set(bad))


def registered_physician(demo: Demo) -> Any:
    """A demo physician, signed in, whose registration is in force (their forms are filled in)."""
    from app.services import DomainError

    for i in range(1, 60):
        try:
            actor = demo.desk.auth.login(f"doctor{i:02d}", "Demo#2026doc")
        except DomainError:
            continue
        regs = demo.desk.roster.physician(actor, actor.physician_id).registrations
        if any(r.status == "active" and r.registration_code for r in regs):
            return actor
    raise AssertionError("the demo has no registered physician with an account")


def settle(qtbot: Any) -> None:
    from app.views import worker

    for _ in range(3):
        worker.wait_idle()
        qtbot.wait(50)


@pytest.mark.slow
def test_every_window_and_dialog_shows_english_but_data(qtbot: Any, demo: Demo, english: None,
                                                         tmp_path: Path) -> None:
    from app.services.validation import resident_id_check_char
    from app.views.application_dialog import ApplicationDialog
    from app.views.case_dialog import CaseDialog, ReasonDialog
    from app.views.commission import (
        CommissionWindow,
        InstitutionDetails,
        NewInstitutionDialog,
        NewStaffDialog,
    )
    from app.views.counter_wizard import CounterWizard
    from app.views.export import ExportButton
    from app.views.filing_dialogs import DeregistrationDialog, FilingDialog
    from app.views.inbox import CaseDialog as InstitutionCaseDialog
    from app.views.login import FirstRunDialog, LoginDialog
    from app.views.password import ChangePasswordDialog
    from app.views.physician import ActivateDialog, PhysicianWindow, RegisterPhysicianDialog
    from app.views.physician_detail import ActivationCodeDialog, ChangePhoneDialog
    from app.views.print_preview import PrintPreview
    from app.views.profile_changes import ProfileRequestDialog
    from app.views.public_register import PublicRegisterWindow
    from app.views.settings_dialog import SettingsDialog

    registered = registered_physician(demo)
    demo.desk.profile.submit(registered, {"title": "主治医师"})  # waits in the hospital's inbox
    tokens = data_tokens(tmp_path / "demo.db") + OWN_NAMES  # the demo fixture's copy for this test
    failures: dict[str, list[str]] = {}

    def check(name: str, widget: QWidget, *, own: bool = True) -> None:
        if own:  # not for dialogs that delete themselves on close
            qtbot.addWidget(widget)
        widget.show()
        settle(qtbot)
        left = chinese_left(widget, tokens)
        if left:
            failures[name] = left

    check("login", LoginDialog(demo.desk, demo_logins=[("医疗机构（人事科）", "jg1", "x")]))
    check("first run", FirstRunDialog(demo.desk))
    check("password change", ChangePasswordDialog(demo.desk, demo.hr, forced=True))

    window = institution_window(qtbot, demo)
    settle(qtbot)
    check("institution window", window)
    # English words are longer than Chinese ones: the role windows must still fit an office screen
    assert window.minimumSizeHint().width() <= SCREEN_WIDTH
    row = demo.desk.roster.physicians(demo.hr, limit=5).items[0]
    detail = window.open_physician(row.id, row.name)
    check("physician detail", detail)
    check("filing dialog", FilingDialog(demo.desk, demo.hr, row.id, row.name, row.id_number))
    check("deregistration dialog", DeregistrationDialog(demo.desk, demo.hr, row.id, row.name, row.id_number))
    record = demo.desk.roster.physician(demo.hr, row.id)
    check("change phone", ChangePhoneDialog(demo.desk, demo.hr, record))
    check("activation code", ActivationCodeDialog(row, "AB12CD34EF"))
    window.tabs.setCurrentWidget(window.inbox)
    qtbot.waitUntil(lambda: window.inbox.list.model.rowCount() > 0, timeout=WAIT)
    window.inbox.list.table.selectRow(0)
    qtbot.waitUntil(lambda: window.inbox.panel.case is not None, timeout=WAIT)
    settle(qtbot)
    check("institution window, inbox", window)
    returned = window.inbox.return_case()
    assert returned is not None
    check("return for correction", returned, own=False)
    returned.reject()
    submitted = demo.desk.cases.queue(demo.hr, limit=1).items[0]
    check("institution case dialog", InstitutionCaseDialog(demo.desk, demo.hr, submitted.id))

    clerk = demo.clerk()
    commission = CommissionWindow(demo.desk, clerk)
    check("commission window", commission)
    assert commission.minimumSizeHint().width() <= SCREEN_WIDTH
    overview = commission.overview
    commission.tabs.setCurrentWidget(overview)
    qtbot.waitUntil(lambda: overview.loads >= 1 and not overview.loading, timeout=WAIT)
    check("commission window, overview", commission)
    painted = [*overview.chart.words().values(),
               *(overview.chart.bar_tooltip(i) for i in range(len(overview.chart.days)))]
    if [t for t in painted if CJK.search(t)]:
        failures["overview chart"] = [t for t in painted if CJK.search(t)]
    first = overview.overview.institutions[0]
    check("overview: an institution's cases",
          commission.open_case_list(first.name, {"institution_id": first.institution_id}), own=False)
    case = confirmed_case(demo, clerk)
    dialog = CaseDialog(demo.desk, clerk, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ready(qtbot, dialog)
    check("case dialog", dialog)
    for button in (dialog.reject_button, dialog.return_button):
        button.click()
        reason = next(w for w in dialog.findChildren(ReasonDialog) if w.isVisible())
        check(f"case dialog: {button.objectName()}", reason, own=False)
        reason.reject()
    wizard = CounterWizard(demo.desk, clerk)
    for i in range(wizard.kinds.count()):
        wizard.kinds.setCurrentRow(i)
    check("counter wizard (every page)", wizard)
    check("new institution", NewInstitutionDialog(demo.desk, clerk))
    admin = demo.desk.auth.login("gdadmin", "Demo#2026admin")
    check("new staff", NewStaffDialog(demo.desk, admin))
    info = demo.desk.accounts.institutions(admin).items[0]
    check("institution details", InstitutionDetails(info))

    doctor = demo.desk.auth.login("doctor01", "Demo#2026doc")
    physician = PhysicianWindow(demo.desk, doctor)
    check("physician window", physician)
    assert physician.minimumSizeHint().width() <= SCREEN_WIDTH
    for kind in ("first_registration", "change", "deregistration", "multi_site_filing"):
        check(f"application {kind}", ApplicationDialog(demo.desk, doctor, kind=kind))
    for kind in ("change", "multi_site_filing", "deregistration"):
        form = ApplicationDialog(demo.desk, registered, kind=kind)
        check(f"application {kind} (registered physician)", form)
    check("activate", ActivateDialog(demo.desk, doctor))
    check("register physician", RegisterPhysicianDialog(demo.desk))
    check("public register", PublicRegisterWindow(demo.desk))
    pdf = demo.desk.checklists.render_pdf(clerk, case.id)
    check("print preview", PrintPreview(pdf, QCoreApplication.translate("", "材料清单")))

    # --- the screens merged after the first English pass ---
    settings = SettingsDialog(current=demo.desk.describe())
    settings.address.setText(str(tmp_path / "demo.db"))
    settings.test_connection()
    settle(qtbot)
    qtbot.waitUntil(lambda: settings.last_check is not None, timeout=WAIT)
    check("settings (SQLite answer)", settings)
    settings.address.setText("postgresql+psycopg://regdesk@db.example:5432/regdesk")
    check("settings (server address, keyring note)", settings)
    settings.address.setText("ftp://nowhere")
    settings.save()  # refused: the address is not one of the three kinds
    check("settings (bad address)", settings)

    window.tabs.setCurrentWidget(window.profile_inbox)
    inbox = window.profile_inbox
    qtbot.waitUntil(lambda: inbox.list.model.rowCount() > 0, timeout=WAIT)
    inbox.list.table.selectRow(0)
    qtbot.waitUntil(lambda: inbox.change is not None, timeout=WAIT)
    check("institution window, personal detail changes", window)
    refuse = inbox.refuse()
    assert refuse is not None
    refuse.ok_button.click()  # no reason: the service's refusal shows under the field
    qtbot.waitUntil(lambda: refuse.errors.message_of("reason") != "", timeout=WAIT)
    check("refuse a personal detail change", refuse, own=False)
    refuse.reject()
    person = demo.desk.roster.physician(demo.hr, registered.physician_id).person
    check("request a personal detail change", ProfileRequestDialog(demo.desk, registered, person))
    mine = PhysicianWindow(demo.desk, registered)
    qtbot.addWidget(mine)
    mine.show()
    qtbot.waitUntil(lambda: mine.profile_changes.model.rowCount() > 0, timeout=WAIT)
    check("physician window, personal detail changes", mine, own=False)

    button = window.findChild(ExportButton)
    assert button is not None
    job = button.export(str(tmp_path / "export.xlsx"))
    assert job is not None
    job.dialog.show()  # it shows itself only after 400 ms
    job._progress(1)
    check("export progress", job.dialog, own=False)
    qtbot.waitUntil(lambda: job.done, timeout=WAIT)
    check("institution window after an export", window, own=False)

    importer = commission.import_registry("nurses")
    nurses = tmp_path / "nurses.csv"
    id_number = "44010619950101002" + resident_id_check_char("44010619950101002")
    nurses.write_text("姓名,性别,身份证号,执业证书编号,执业地点,注册日期\n"  # a row without its date
                      f"林小燕,女,{id_number},202611000101,440106,\n", encoding="utf-8-sig")
    importer.path.setText(str(nurses))
    importer.import_button.click()
    qtbot.waitUntil(lambda: importer.outcome is not None and not importer.busy, timeout=WAIT)
    check("registry import (with bad rows)", importer, own=False)
    importer.kind.setCurrentIndex(importer.kind.findData("institutions"))
    check("registry import (institutions)", importer, own=False)
    importer.reject()

    admin_window = CommissionWindow(demo.desk, admin)
    qtbot.addWidget(admin_window)
    admin_window.show()
    admin_window.backup_database(str(tmp_path / "english.backup"))
    qtbot.waitUntil(lambda: admin_window.backup_action.isEnabled(), timeout=WAIT)  # type: ignore[union-attr]
    settle(qtbot)
    assert (tmp_path / "english.backup").is_file()
    check("commission window (administrator) after a backup", admin_window, own=False)

    from app.views.backoffice import CalendarDialog, FindUsernameDialog, PrintHistoryDialog

    calendar = CalendarDialog(demo.desk, admin, year=2026)
    qtbot.addWidget(calendar)
    calendar.show()
    qtbot.waitUntil(lambda: calendar.table.rowCount() > 0, timeout=WAIT)
    check("working calendar", calendar, own=False)
    check("look up a physician's username", FindUsernameDialog(demo.desk, clerk))
    history = PrintHistoryDialog(demo.desk, clerk, case.id, case.number)
    check("print history", history)

    from app.services import sms
    from app.views.commission import CredentialsDialog
    from app.views.sms_views import GatewayDialog, OutboxDialog

    demo.desk.ctx.sms_secret_store = sms.MemorySecrets()  # never this machine's keyring
    gateway = GatewayDialog(demo.desk, admin)
    qtbot.addWidget(gateway)
    gateway.show()
    qtbot.waitUntil(lambda: gateway.info is not None, timeout=WAIT)
    gateway.test_button.click()  # refused: no gateway yet
    qtbot.waitUntil(lambda: gateway.test_button.isEnabled(), timeout=WAIT)
    check("SMS gateway settings (test refused)", gateway, own=False)
    # the text of an SMS is data (it goes to a Chinese phone as written); the outbox shows its password masked
    tokens += [t.replace(sms.SECRET_SLOT, sms.MASK) for t in tokens if sms.SECRET_SLOT in t]
    tokens.sort(key=len, reverse=True)
    outbox = OutboxDialog(demo.desk, admin)
    qtbot.addWidget(outbox)
    outbox.show()
    qtbot.waitUntil(lambda: outbox.list.model.rowCount() > 0, timeout=WAIT)
    check("SMS outbox", outbox, own=False)
    lost = sms.SmsInfo(1, info.delegate_phone, "", "institution_account", "failed", 5, info.created_at, None,
                       sms.NO_GATEWAY)
    check("credentials without a gateway",
          CredentialsDialog.for_institution(info, "jg1", "Pass#word1", admin_window, sms=lost), own=False)
    # 合并重复医师记录: a legacy twin of a demo physician side by side, merged, the records' history
    from app.views.merge_records import MergeRecordsDialog
    from app.views.physician_detail import PhysicianDetailDialog
    from tests.gui.test_merge_records import legacy_twin

    kept, twin, _name = legacy_twin(demo, clerk)
    merging = MergeRecordsDialog(demo.desk, clerk)
    qtbot.addWidget(merging)
    merging.show()
    qtbot.waitUntil(lambda: merging.comparison is not None, timeout=WAIT)
    check("merge duplicate records", merging, own=False)
    merging.reason.setText("重复建档")
    tokens.append("重复建档")
    merging.merge_result = demo.desk.merges.merge(clerk, kept, twin, "重复建档")
    merging._merged(merging.merge_result)
    check("merge duplicate records (merged)", merging, own=False)
    for record in (kept, twin):
        detail = PhysicianDetailDialog(demo.desk, clerk, record)
        qtbot.addWidget(detail)
        detail.show()
        qtbot.waitUntil(lambda d=detail: d.history is not None and d.detail is not None, timeout=WAIT)
        detail.tabs.setCurrentIndex(detail.history_tab)
        check(f"physician record {record} history after a merge", detail, own=False)

    window.idle_lock.lock(15)
    overlay = window.idle_lock.overlay
    assert overlay is not None
    overlay.password.setText("not the password")
    overlay.unlock_button.click()
    qtbot.waitUntil(lambda: overlay.error.text() != "", timeout=WAIT)
    check("idle lock", window, own=False)

    assert not failures, "\n".join(f"{name}:\n  " + "\n  ".join(items) for name, items in failures.items())



# --- refusals with data, and the verdict on a notice ---------------------------------------------------


def _sample_message(template: str) -> tuple[str, list[str]]:
    """The template's Chinese message with a distinct ASCII value in each placeholder (as a service would
    raise it), and those values."""
    names = list(dict.fromkeys(re.findall(r"\{([a-z_0-9]+)\}", template)))
    values = {name: f"Q{i}Z" for i, name in enumerate(names)}
    return template.format(**values), list(values.values())


def test_every_refusal_with_data_reads_english(english: None) -> None:
    """Every refusal template the services can raise (scripts/reference_strings.py: variables, expressions
    and fixed-word choices alike) comes out in English with its values kept, no Chinese left."""
    from app import resources
    from app.views.i18n import error_text

    templates = json.loads(resources.read_text("translations", "error_templates.json"))
    assert len(templates) > 160
    wrong = []
    for template in templates:
        message, values = _sample_message(template)
        shown = error_text(message)
        if CJK.search(shown) or not all(v in shown for v in values) or shown == message:
            wrong.append(f"{message} -> {shown}")
    assert not wrong, "\n".join(wrong)


def test_every_refusal_fstring_of_the_services_is_a_template() -> None:
    """No refusal written as an f-string escapes the extraction (an expression in it once did: 108 of
    them reached the English UI in Chinese)."""
    import ast

    from reference_strings import SERVICES, _fstring_templates, _refusal_fstring, error_templates

    templates = set(error_templates())
    missing = []
    for path in sorted(SERVICES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            fstring = _refusal_fstring(node)
            if fstring is None or not CJK.search(ast.unparse(fstring)):
                continue
            made = _fstring_templates(fstring)
            if not made or not set(made) <= templates:
                missing.append(f"{path.name}:{node.lineno}")
    assert not missing, missing


def test_data_in_a_refusal_stays_and_reference_names_in_it_are_translated(english: None) -> None:
    from app.services.errors import ValidationError
    from app.views.i18n import error_text, ref

    if os.environ.get("REGDESK_PSEUDO_TR"):
        pytest.skip("exact English wording")
    refused = ValidationError("已有一件在办的「注册」案件 2026440000123（待卫健委审核），请勿重复申请",
                              "kind")
    shown = error_text(refused)
    assert "2026440000123" in shown and not CJK.search(shown), shown
    assert shown.startswith(f'A "{ref("注册")}" case is already open'), shown
    named = ValidationError("「张伟医院」不在本委管辖范围内，不能受理", "institution")
    assert error_text(named) == ('"张伟医院" is outside this commission\'s jurisdiction; '
                                 "the case cannot be accepted")


def test_every_notice_verdict_reads_english(english: None) -> None:
    from app.services import signing
    from app.views.i18n import error_text

    whys = [signing.WHY_UNSIGNED, signing.WHY_ALTERED, signing.WHY_APPENDED, signing.WHY_UNTRUSTED]
    for state in signing.STATE_MESSAGES.values():
        for message in [signing.VERDICT_GENUINE.format(state=state)] + [
                signing.VERDICT_DOUBTFUL.format(why=why, state=state) for why in whys]:
            shown = error_text(message)
            assert shown != message and not CJK.search(shown), (message, shown)


def test_a_notice_verified_in_english_reads_english(  # type: ignore[no-untyped-def]
        qtbot, gui_desk, world, tmp_path, monkeypatch, english) -> None:
    """The public register's 核验注册结果通知 in English: the verdict (genuine or not, and the registration's
    state) shows no Chinese but data (the registration code, the commission that signed)."""
    from app.services.signing import make_certificate
    from app.views.public_register import PublicRegisterWindow

    monkeypatch.setenv("REGDESK_SIGNING_DIR", str(tmp_path / "signing"))
    make_certificate(tmp_path / "signing", "广东省卫生健康委员会")
    pdf = gui_desk.paper.render_approval_notice(world["commission"], world["case"].id)
    good = tmp_path / "notice.pdf"
    good.write_bytes(pdf)
    tampered = bytearray(pdf)
    tampered[pdf.index(b"stream", 200) + 20] ^= 0x01
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(bytes(tampered))
    register = PublicRegisterWindow(gui_desk)
    qtbot.addWidget(register)
    register.show()
    for path in (good, bad):
        register.verdict = None
        register.verify_notice(str(path))
        qtbot.waitUntil(lambda: register.verdict is not None, timeout=20_000)
        shown = TAG.sub("", register.note.text()).replace("广东省卫生健康委员会", "")
        assert not CJK.search(shown), shown
    register.grab().save("/tmp/offices-verify-en.png")


def test_a_registration_named_in_a_cases_details_reads_english_but_data(english: None) -> None:
    """申请内容's 注册记录 ("442026000000010　临床　广州市第一人民医院"): the category is translated, the code
    and the institution (data) stay."""
    from app.views.case_view import detail_value

    if os.environ.get("REGDESK_PSEUDO_TR"):
        pytest.skip("the pseudo-translator turns the data into x too")
    names = {"registration:7": "442026000000010　临床　广州市第一人民医院"}
    shown = detail_value("registration_id", 7, names)
    assert "442026000000010" in shown and "广州市第一人民医院" in shown
    assert not CJK.search(shown.replace("广州市第一人民医院", "")), shown


def test_a_weak_password_and_a_permission_refusal_read_english(english: None) -> None:
    """Refusals that are module constants, deny(…) and a refusal joined from parts ("密码强度不足：…；…")."""
    from app.services import auth, validation
    from app.services.errors import ValidationError
    from app.views.i18n import error_text

    with pytest.raises(ValidationError) as weak:
        validation.password_strength("abc", username="abc")
    shown = error_text(weak.value)
    assert not CJK.search(shown), shown
    assert not CJK.search(error_text(auth.ACTIVATION_CODE_MISMATCH))
    assert not CJK.search(error_text("您无权查看或办理该案件"))
