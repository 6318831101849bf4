"""The commission's case window: the case (CaseView), paper ticked off as it arrives, claim, decide, print.

Opening claims the case (desk.cases.claim) so two clerks never work on the same one; when another clerk
holds it the dialog says who and opens read-only. Closing releases the claim. 准予注册/批准 approves,
不予注册/驳回 refuses with a reason from ``desk.cases.refusal_reasons(kind)`` plus a note, 退回补正
returns it with a reason from ``reference.return_reasons()`` plus a note. A ConflictError or
InvalidTransition (someone else changed or decided the case meanwhile) reloads the case and shows the
message naming who. After approval the issued code is shown large with a 打印 button.
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import (
    CODE_ISSUING_KINDS,
    COUNTER_KINDS,
    REGISTERING_KINDS,
    Actor,
    Case,
    ConflictError,
    DomainError,
    InvalidTransition,
    reference,
)
from app.views import idle_lock, worker
from app.views.case_view import CaseData, CaseView, fmt_time
from app.views.forms import FormDialog
from app.views.i18n import error_text, ref, ref_join, tr
from app.views.print_preview import paper_service
from app.views.printing import CHECKLIST, NOTICE, open_paper

#: Renew the claim this often while the dialog is open (claims last 30 minutes).
RENEW_CLAIM_MS = 10 * 60 * 1000
OPEN_FOR_COMMISSION = "confirmed"


def decision_labels(kind: str) -> tuple[str, str]:
    """(approve, refuse) button texts: 准予注册/不予注册 for registrations, else 批准/驳回."""
    if kind in REGISTERING_KINDS:
        return tr("准予注册"), tr("不予注册")
    return tr("批准"), tr("驳回")


class ReasonDialog(FormDialog):
    """A reason from the fixed list plus a note, for 不予注册/驳回 or 退回补正; runs the service call."""

    decided = Signal(object)  # the Case after the decision
    overtaken = Signal(object)  # ConflictError / InvalidTransition: the case changed meanwhile

    def __init__(
        self,
        title: str,
        reasons: list[reference.Reason],
        call: Any,
        parent: QWidget | None = None,
        *,
        ok_text: str,
        intro: str = "",
    ) -> None:
        super().__init__(title, parent, ok_text=ok_text, intro=intro)
        self.setObjectName("reasonDialog")
        self._service_call = call
        self.reason = QComboBox()
        self.reason.setObjectName("reasonBox")
        self.reason.addItem(tr("请选择原因…"), "")
        for r in reasons:
            self.reason.addItem(ref(r["label"]), r["code"])
        self.reason.setMinimumContentsLength(24)
        self.add_row(tr("原因："), self.reason, "reason")
        self.note = QPlainTextEdit()
        self.note.setObjectName("noteEdit")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(tr("具体说明（选择“其他”时必填，最多500字），将告知申请人"))
        self.note.setFixedHeight(90)
        self.add_row(tr("说明："), self.note, "note")
        self.setMinimumWidth(560)

    def choose(self, code: str, note: str = "") -> None:
        """Select a reason by code and type the note (for keyboard users' tests and scripts)."""
        self.reason.setCurrentIndex(max(self.reason.findData(code), 0))
        self.note.setPlainText(note)

    def submit(self) -> None:
        code = str(self.reason.currentData() or "")
        if not code:
            self.errors.set("reason", tr("请选择原因"))
            return
        self.set_busy(True)
        worker.run_write(
            self,
            self._service_call,
            code,
            self.note.toPlainText().strip(),
            on_done=self._done,
            on_error=self._refused,
            on_finished=lambda: self.set_busy(False),
            announce=lambda case: {"cases": [case.id]},
        )

    def _refused(self, err: DomainError) -> bool:
        self.set_busy(False)
        if isinstance(err, ConflictError | InvalidTransition):
            self.reject()
            self.overtaken.emit(err)
            return True
        return self.errors.show(err)

    def _done(self, case: Case) -> None:
        self.accept()
        self.decided.emit(case)


class CodePanel(QFrame):
    """The issued registration code, large, with a 打印 button for the approval notice."""

    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codePanel")
        self.setStyleSheet(
            "QFrame#codePanel { background: #e8f5e9; border: 1px solid #a5d6a7; border-radius: 4px; }"
        )
        lay = QHBoxLayout(self)
        text = QVBoxLayout()
        self.caption = QLabel(tr("电子化注册识别码"))
        self.caption.setStyleSheet("color: #1b5e20; font-weight: bold;")
        self.code = QLabel()
        self.code.setObjectName("issuedCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setStyleSheet(
            "font-family: 'DejaVu Sans Mono', monospace; font-size: 34px;"
            " font-weight: bold; color: #1b5e20; letter-spacing: 2px;"
        )
        self.certificate = QLabel()
        self.certificate.setObjectName("issuedCertificate")
        self.certificate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.certificate.setStyleSheet("color: #1b5e20; font-size: 15px;")
        self.certificate.hide()
        text.addWidget(self.caption)
        text.addWidget(self.code)
        text.addWidget(self.certificate)
        lay.addLayout(text, 1)
        self.print_button = QPushButton(tr("打印注册结果通知(&P)…"))
        self.print_button.setObjectName("printNoticeButton")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_requested)
        lay.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignVCenter)

    def show_code(self, code: str, certificate: str | None = None) -> None:
        self.code.setText(code)
        self.certificate.setText(tr("医师执业证书编码：{n}").format(n=certificate) if certificate else "")
        self.certificate.setVisible(bool(certificate))
        self.show()


class CaseDialog(QDialog):
    """One case at the commission's counter: check the paper, decide, print."""

    decided = Signal(object)  # Case after approve / reject / return

    def __init__(
        self, desk: Any, actor: Actor, case_id: int, parent: QWidget | None = None, *, claim: bool = True
    ) -> None:
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self.setWindowTitle(tr("案件办理"))
        self.desk = desk
        self.actor = actor
        self.case_id = case_id
        self._want_claim = claim
        self.claimed = False  # True while this dialog holds the claim
        self.read_only = True
        self._busy = False
        self._closing = False
        self.paper = paper_service(desk)
        self.preview: QDialog | None = None
        self._refusal_reasons: list[reference.Reason] = []  # loaded with the case (cases.detail)

        lay = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setObjectName("caseBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        lay.addWidget(self.banner)
        self.view = CaseView(self, checkable=True)
        self.view.set_materials_enabled(False)
        lay.addWidget(self.view, 1)
        self.code_panel = CodePanel()
        self.code_panel.hide()
        self.code_panel.print_requested.connect(self.print_notice)
        lay.addWidget(self.code_panel)

        row = QHBoxLayout()
        self.claim_button = QPushButton(tr("认领(&C)"))
        self.claim_button.setObjectName("claimButton")
        self.release_button = QPushButton(tr("释放(&L)"))
        self.release_button.setObjectName("releaseButton")
        self.checklist_button = QPushButton(tr("打印材料清单(&M)…"))
        self.checklist_button.setObjectName("checklistButton")
        self.prints_button = QPushButton(tr("打印记录(&H)…"))
        self.prints_button.setObjectName("printsButton")
        self.return_button = QPushButton(tr("退回补正(&T)…"))
        self.return_button.setObjectName("returnButton")
        self.reject_button = QPushButton(tr("不予注册(&R)…"))
        self.reject_button.setObjectName("rejectButton")
        self.approve_button = QPushButton(tr("准予注册(&A)"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.setStyleSheet("QPushButton:enabled { font-weight: bold; }")
        self.close_button = QPushButton(tr("关闭"))
        for b in (
            self.claim_button,
            self.release_button,
            self.checklist_button,
            self.prints_button,
            self.return_button,
            self.reject_button,
            self.approve_button,
            self.close_button,
        ):
            b.setAutoDefault(False)
        row.addWidget(self.claim_button)
        row.addWidget(self.release_button)
        row.addWidget(self.checklist_button)
        row.addWidget(self.prints_button)
        row.addStretch(1)
        row.addWidget(self.return_button)
        row.addWidget(self.reject_button)
        row.addWidget(self.approve_button)
        row.addSpacing(16)
        row.addWidget(self.close_button)
        lay.addLayout(row)
        if self.paper is None:
            self.checklist_button.hide()
            self.code_panel.print_button.hide()
            self.prints_button.hide()

        self.claim_button.clicked.connect(self.claim)
        self.release_button.clicked.connect(self.release)
        self.checklist_button.clicked.connect(self.print_checklist)
        self.prints_button.clicked.connect(lambda: self.show_prints())
        self.approve_button.clicked.connect(self.approve)
        self.reject_button.clicked.connect(self.refuse)
        self.return_button.clicked.connect(self.send_back)
        self.close_button.clicked.connect(self.close)
        self.view.material_toggled.connect(self._material_toggled)
        self.view.all_materials_requested.connect(self.receive_all_materials)
        self.view.loaded.connect(self._loaded)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        QShortcut(QKeySequence.StandardKey.Print, self, self._print_shortcut)

        self._renew = QTimer(self)
        self._renewed_at = time.monotonic()
        self._renew.setInterval(RENEW_CLAIM_MS)
        self._renew.timeout.connect(self._renew_claim)
        self._first_load = True
        self._update_buttons()
        self.resize(1080, 820)
        self.reload()

    # --- loading and claiming -------------------------------------------------------------------------

    @property
    def case(self) -> Case | None:
        return self.view.case

    def reload(self) -> None:
        """Fetch the case, its timeline and materials again."""
        self.view.load(self.desk, self.actor, self.case_id)

    def _loaded(self, data: CaseData) -> None:
        case = data.case
        self._refusal_reasons = data.refusal_reasons
        self.setWindowTitle(
            tr("案件办理 — {number} {kind} {name}").format(
                number=case.number, kind=ref(case.kind_label), name=case.applicant_name
            )
        )
        approve, refuse = decision_labels(case.kind)
        self.approve_button.setText(approve + "(&A)")
        self.reject_button.setText(refuse + "(&R)…")
        if case.registration_code and case.status == "approved":
            self.code_panel.show_code(
                case.registration_code, getattr(case, "practice_certificate_number", None)
            )
        first, self._first_load = self._first_load, False
        if first and self._want_claim and case.status == OPEN_FOR_COMMISSION:
            self.claim()
            return
        self._apply_claim_state(case)

    def claim(self) -> None:
        """认领: take the case for 30 minutes (renewed while the dialog is open)."""
        self._set_busy(True)
        worker.run_write(
            self,
            self.desk.cases.claim,
            self.actor,
            self.case_id,
            on_done=self._claimed,
            on_error=self._claim_refused,
            on_finished=lambda: self._set_busy(False),
            announce=lambda case: {"cases": [case.id]},
        )

    def _claimed(self, case: Case) -> None:
        self.claimed = True
        self._renew.start()
        self.view.show_case(case)
        self._apply_claim_state(case)
        self._refresh_timeline()

    def _claim_refused(self, err: DomainError) -> bool:
        self.claimed = False
        self._renew.stop()
        if isinstance(err, ConflictError | InvalidTransition):
            self._show_banner(error_text(err), warning=True)
            self.read_only = True
            self._update_buttons()
            self.reload_quietly()
            return True
        return False

    def _renew_claim(self) -> None:
        """Renew the claim only when the clerk used the app since the last renewal: a dialog left open
        on an empty desk lets the claim lapse after 30 minutes, so another clerk can take the case."""
        since, self._renewed_at = self._renewed_at, time.monotonic()
        if self.claimed and idle_lock.input_since(since):
            worker.run_write(
                self, self.desk.cases.claim, self.actor, self.case_id, on_error=self._claim_refused
            )

    def release(self) -> None:
        """释放: give the case back so another clerk can take it."""
        if not self.claimed:
            return
        self._set_busy(True)
        worker.run_write(
            self,
            self.desk.cases.release,
            self.actor,
            self.case_id,
            on_done=self._released,
            on_finished=lambda: self._set_busy(False),
            announce=lambda case: {"cases": [case.id]},
        )

    def _released(self, case: Case) -> None:
        self.claimed = False
        self._renew.stop()
        self.view.show_case(case)
        self._apply_claim_state(case)
        self._refresh_timeline()

    def _apply_claim_state(self, case: Case) -> None:
        """Read-only unless this dialog holds the claim of a case waiting for the commission."""
        if case.status != OPEN_FOR_COMMISSION:
            self.claimed = False
            self._renew.stop()
            self.read_only = True
            self._show_banner(self._closed_text(case), warning=False)
        elif self.claimed:
            self.read_only = False
            self._show_banner(
                tr(
                    "您已认领本案件，其他工作人员暂不能办理（认领有效至 {until}，"
                    "窗口打开期间自动续期；关闭窗口即释放）"
                ).format(until=fmt_time(case.claimed_until)),
                warning=False,
                ok=True,
            )
        else:
            self.read_only = True
            if case.claimed_by_name:
                self._show_banner(
                    tr("{name} 正在办理本案件（认领至 {until}），您只能查看。").format(
                        name=case.claimed_by_name, until=fmt_time(case.claimed_until)
                    ),
                    warning=True,
                )
            else:
                self._show_banner(tr("本案件未被认领，点击“认领”后即可办理。"), warning=False)
        self._update_buttons()

    def _closed_text(self, case: Case) -> str:
        """Why a case not waiting for the commission is read-only, naming who moved it last."""
        events = self.view.data.timeline if self.view.data else []
        last = next(
            (e for e in reversed(events) if e.to_status == case.status and e.from_status != e.to_status), None
        )
        if last is None:
            return tr("本案件当前状态为“{status}”，卫生健康委不能办理。").format(
                status=ref(case.status_label))
        org = (
            tr("（{org}）").format(org=last.institution_name)
            if last.institution_name and last.institution_name != last.who
            else ""
        )
        text = tr("本案件当前状态为“{status}”：{who}{org} 于 {at} {action}").format(
            status=ref(case.status_label), who=last.who, org=org, at=fmt_time(last.at),
            action=ref(last.action_label),
        )
        if ref(last.reason_label):
            text += tr("，原因：{reason}").format(reason=ref(last.reason_label))
        if last.note:
            text += tr("（{note}）").format(note=last.note)
        return text + tr("。")

    def reload_quietly(self) -> None:
        """Reload without claiming again."""
        self._first_load = False
        self.reload()

    def _refresh_timeline(self) -> None:
        worker.run_read(
            self,
            self.desk.cases.timeline,
            self.actor,
            self.case_id,
            on_done=self.view.set_timeline,
            on_error=lambda _e: True,
        )

    # --- paper ----------------------------------------------------------------------------------------

    def _material_toggled(self, name: str, received: bool) -> None:
        if self.read_only:
            return
        worker.run_write(
            self,
            self.desk.cases.check_material,
            self.actor,
            self.case_id,
            name,
            received,
            on_done=self._materials_saved,
            on_error=self._material_refused,
            announce={"cases": [self.case_id]},
        )

    def receive_all_materials(self) -> None:
        """全部收到: tick every required material at once (a walk-in hands over the whole folder)."""
        if self.read_only:
            return
        worker.run_write(
            self,
            self.desk.cases.check_materials,
            self.actor,
            self.case_id,
            on_done=self._materials_saved,
            on_error=self._material_refused,
            announce={"cases": [self.case_id]},
        )

    def _materials_saved(self, materials: list[Any]) -> None:
        self.view.set_materials(materials)
        self.view.set_materials_enabled(not self.read_only)
        self._refresh_timeline()

    def _material_refused(self, err: DomainError) -> bool:
        self._show_banner(error_text(err), warning=True)
        self.reload_quietly()
        return True

    # --- decisions ------------------------------------------------------------------------------------

    def approve(self) -> None:
        """准予注册/批准 the case as it was read (its version)."""
        case = self.case
        if case is None or self.read_only or self._busy:
            return
        missing = self.view.missing_materials()
        if missing and case.kind in COUNTER_KINDS:
            # walk-in cases are decided on paper: the service refuses them until it is all in
            self._show_banner(
                tr("窗口业务须收齐纸质材料后才能{approve}，尚缺：{items}").format(
                    approve=decision_labels(case.kind)[0], items=ref_join(missing)
                ),
                warning=True,
            )
            return
        if missing:
            answer = QMessageBox.question(
                self,
                decision_labels(case.kind)[0],
                tr(
                    "以下必交纸质材料尚未勾选收到：\n{items}\n\n仍要{approve}吗？（办理记录将注明纸质材料未齐）"
                ).format(items="\n".join(f"· {m}" for m in missing), approve=decision_labels(case.kind)[0]),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._set_busy(True)
        worker.run_write(
            self,
            self.desk.cases.approve,
            self.actor,
            case.id,
            case.version,
            on_done=self._decided,
            on_error=self._overtaken,
            on_finished=lambda: self._set_busy(False),
            announce=lambda c: {"cases": [c.id], "physicians": [c.physician_id]},
        )

    def refuse(self) -> ReasonDialog | None:
        """不予注册/驳回 with a reason and a note."""
        case = self.case
        if case is None or self.read_only or self._busy:
            return None
        _approve, refuse = decision_labels(case.kind)
        dialog = ReasonDialog(
            refuse,
            self._refusal_reasons,
            lambda reason, note: self.desk.cases.reject(self.actor, case.id, case.version, reason, note),
            self,
            ok_text=refuse,
            intro=tr("案件 {number}（{name}）将{refuse}，原因和说明会告知申请人。").format(
                number=case.number, name=case.applicant_name, refuse=refuse
            ),
        )
        return self._open_reason(dialog)

    def send_back(self) -> ReasonDialog | None:
        """退回补正 with a reason and a note (the deadline pauses until it comes back)."""
        case = self.case
        if case is None or self.read_only or self._busy:
            return None
        dialog = ReasonDialog(
            tr("退回补正"),
            reference.return_reasons(),
            lambda reason, note: self.desk.cases.return_case(self.actor, case.id, case.version, reason, note),
            self,
            ok_text=tr("退回补正"),
            intro=tr("案件 {number}（{name}）将退回申请人补正，办理期限暂停计算，重新提交后继续。").format(
                number=case.number, name=case.applicant_name
            ),
        )
        return self._open_reason(dialog)

    def _open_reason(self, dialog: ReasonDialog) -> ReasonDialog:
        dialog.decided.connect(self._decided)
        dialog.overtaken.connect(self._overtaken)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _decided(self, case: Case) -> None:
        self.claimed = False
        self._renew.stop()
        self.read_only = True
        self.view.show_case(case)
        self._show_banner(tr("已办理：{status}").format(status=ref(case.status_label)), warning=False,
                          ok=True)
        self._update_buttons()
        if case.registration_code and case.status == "approved":
            self.code_panel.show_code(
                case.registration_code, getattr(case, "practice_certificate_number", None)
            )
            self.code_panel.print_button.setFocus()
        self.reload_quietly()
        self.decided.emit(case)

    def _overtaken(self, err: DomainError) -> bool:
        """Someone else changed or decided the case (or a rule no longer holds): reload, then say why."""
        if isinstance(err, InvalidTransition):
            self.claimed = False
        self.view.loaded.connect(self._keep_message(error_text(err)))
        self.reload_quietly()
        return True

    def _keep_message(self, message: str) -> Any:
        """A one-shot slot: after the reload, show the conflict message (the reload sets its own banner)."""

        def show(_data: CaseData) -> None:
            try:
                self.view.loaded.disconnect(show)
            except (RuntimeError, TypeError):
                pass
            self._show_banner(message, warning=True)

        return show

    # --- printing -------------------------------------------------------------------------------------

    def _print_shortcut(self) -> None:
        case = self.case
        if case is not None and case.status == "approved" and case.registration_code:
            self.print_notice()
        else:
            self.print_checklist()

    def show_prints(self) -> QDialog:
        """打印记录: who printed which document of this case, when, which copy (desk.paper.prints)."""
        from app.views.backoffice import PrintHistoryDialog

        case = self.case
        dialog = PrintHistoryDialog(self.desk, self.actor, self.case_id, case.number if case else "", self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def print_checklist(self) -> None:
        """材料清单, previewed; logged as a copy only when printed or saved (app/views/printing.py)."""
        if self.paper is None or self.case is None:
            return
        open_paper(self, self.desk, self.actor, self.case, CHECKLIST, on_shown=self._preview_shown)

    def print_notice(self) -> None:
        """注册结果通知 with the issued code, previewed; logged when printed or saved."""
        if self.paper is None or self.case is None:
            return
        open_paper(self, self.desk, self.actor, self.case, NOTICE, on_shown=self._preview_shown)

    def _preview_shown(self, preview: QDialog) -> None:
        self.preview = preview
        preview.destroyed.connect(lambda *_: setattr(self, "preview", None))

    # --- state ----------------------------------------------------------------------------------------

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._update_buttons()
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    @property
    def busy(self) -> bool:
        return self._busy

    def _update_buttons(self) -> None:
        case = self.case
        open_case = case is not None and case.status == OPEN_FOR_COMMISSION
        can_act = open_case and not self.read_only and not self._busy
        self.approve_button.setEnabled(can_act)
        self.reject_button.setEnabled(can_act)
        self.return_button.setEnabled(can_act)
        self.claim_button.setVisible(open_case and not self.claimed)
        self.claim_button.setEnabled(open_case and not self.claimed and not self._busy)
        self.release_button.setVisible(self.claimed)
        self.release_button.setEnabled(self.claimed and not self._busy)
        self.checklist_button.setEnabled(case is not None)
        self.view.set_materials_enabled(not self.read_only and not self._busy)
        # no default button: a stray Enter never decides a case (Alt+A does, on purpose)
        issued = case is not None and case.status == "approved" and bool(case.registration_code)
        self.code_panel.setVisible(issued and case is not None and case.kind in CODE_ISSUING_KINDS)

    def _show_banner(self, text: str, *, warning: bool, ok: bool = False) -> None:
        if warning:
            style = "color: #b3261e; background: #fdecea; border: 1px solid #f3b8b2;"
        elif ok:
            style = "color: #1b5e20; background: #e8f5e9; border: 1px solid #a5d6a7;"
        else:
            style = "color: #333333; background: #f4f7fb; border: 1px solid #d5dde8;"
        self.banner.setStyleSheet(f"QLabel#caseBanner {{ {style} padding: 6px 8px; border-radius: 3px; }}")
        self.banner.setText(text)
        self.banner.setProperty("warning", warning)
        self.banner.show()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self._release_on_close()
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        self._release_on_close()
        super().reject()

    def _release_on_close(self) -> None:
        self._renew.stop()
        if self.claimed and not self._closing:
            self._closing = True
            self.claimed = False
            case_id = self.case_id
            # parent None: the release must run even though this dialog is going away
            worker.run_write(
                None,
                self.desk.cases.release,
                self.actor,
                case_id,
                on_error=lambda _e: True,
                announce={"cases": [case_id]},
            )
