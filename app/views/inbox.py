"""The institution's inbox (待确认申请): physicians' applications to confirm or return, and the case panel
(a CaseView with 打印材料清单) that the institution's windows and dialogs share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import (
    Actor,
    Case,
    ConflictError,
    Desk,
    DomainError,
    InvalidTransition,
    Page,
    reference,
)
from app.views import layout_memory, worker
from app.views.case_view import CaseData, CaseView, deadline_text, fmt_time
from app.views.forms import FormDialog
from app.views.i18n import N_, error_text, ref, tr
from app.views.paged import Column, ListPanel

# --- printing the checklist ----------------------------------------------------------------------


def checklist_renderer(desk: Any) -> Callable[[Actor, int], bytes] | None:
    """``render(actor, case_id) -> PDF bytes`` of a case's checklist: desk.checklists.render_pdf when the
    desk has it, else the paper service's render_checklist; None when neither is installed."""
    render = getattr(getattr(desk, "checklists", None), "render_pdf", None)
    if callable(render):
        return cast(Callable[[Actor, int], bytes], render)
    try:
        from app.views.print_preview import paper_service
    except ImportError:
        return None
    service = paper_service(desk)
    render = getattr(service, "render_checklist", None) if service is not None else None
    return cast(Callable[[Actor, int], bytes], render) if callable(render) else None


def printing_available(desk: Any) -> bool:
    """True when the desk can render a case's checklist and the window has a print preview for it."""
    return checklist_renderer(desk) is not None


def print_checklist(parent: QWidget, desk: Any, actor: Actor, case: Case,
                    on_shown: Callable[[QDialog], None] | None = None) -> None:
    """打印材料清单: the checklist's next copy in the print preview; it goes into the print log only when
    printed or saved as a PDF (a preview is not a print; app/views/printing.py)."""
    from app.views.printing import CHECKLIST, open_paper

    if checklist_renderer(desk) is None:
        return
    open_paper(parent, desk, actor, case, CHECKLIST, on_shown=on_shown)


# --- one case with its actions -------------------------------------------------------------------


class CasePanel(QWidget):
    """A CaseView under a row of buttons (打印材料清单 and whatever the caller adds) and a notice line
    for results and conflicts."""

    loaded = Signal(object)  # CaseData

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.case_id: int | None = None
        self.preview: QDialog | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        lay.addWidget(self.notice)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.print_button = QPushButton(tr("打印材料清单…"))
        self.print_button.setObjectName("printChecklist")
        self.print_button.setToolTip(tr("打印本案件须交卫生健康委的纸质材料清单（含案件编号条码）"))
        self.print_button.clicked.connect(self.print_checklist)
        self.print_button.setEnabled(False)
        self.buttons.addWidget(self.print_button)
        lay.addLayout(self.buttons)
        # (once it has a parent: shown while it had none, the button was a window of its own for a moment,
        # which took the activation from the role window built around it, and its shortcuts with it)
        self.print_button.setVisible(printing_available(desk))
        self.view = CaseView(self)
        self.view.loaded.connect(self._loaded)
        # one scroll area for the whole case: a long case scrolls here instead of growing the window
        # past an office screen (1366×768) or squeezing its parts
        self.case_scroll = QScrollArea()
        self.case_scroll.setObjectName("caseScroll")
        self.case_scroll.setWidgetResizable(True)
        self.case_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.case_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.case_scroll.setWidget(self.view)
        lay.addWidget(self.case_scroll, 1)
        layout_memory.shortcut(self, QKeySequence.StandardKey.Print, self.print_checklist)
        self.placeholder = QLabel(tr("请在上方列表中选择一个案件"))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #777777; padding: 24px;")
        lay.addWidget(self.placeholder)
        self.view.hide()
        self.case_scroll.hide()

    def add_button(self, button: QPushButton) -> None:
        """An action button, left of 打印材料清单."""
        self.buttons.insertWidget(self.buttons.count() - 1, button)

    def load(self, case_id: int) -> None:
        """Read the case (again) in the background and show it."""
        self.case_id = case_id
        self.view.load(self.desk, self.actor, case_id)

    def clear(self) -> None:
        self.case_id = None
        self.view.data = None
        self.view.hide()
        self.case_scroll.hide()
        self.placeholder.show()
        self.print_button.setEnabled(False)
        self.show_notice("")

    def _loaded(self, data: CaseData) -> None:
        if data.case.id != self.case_id:
            return
        self.placeholder.hide()
        self.case_scroll.show()
        self.view.show()
        self.print_button.setEnabled(True)
        self.loaded.emit(data)

    @property
    def case(self) -> Case | None:
        case = self.view.case
        return case if case is not None and case.id == self.case_id else None

    def show_notice(self, text: str, *, error: bool = False) -> None:
        """A result (green) or a refusal such as a conflict (red) above the case."""
        self.notice.setText(text)
        self.notice.setProperty("role", "error" if error else "")
        self.notice.setObjectName("formStatus" if error else "notice")
        self.notice.style().unpolish(self.notice)
        self.notice.style().polish(self.notice)
        self.notice.setVisible(bool(text))

    def print_checklist(self) -> None:
        case = self.case
        if case is not None and printing_available(self.desk):
            print_checklist(self, self.desk, self.actor, case, on_shown=self._preview_shown)

    def _preview_shown(self, preview: QDialog) -> None:
        self.preview = preview


class CaseDialog(QDialog):
    """One case in a window of its own (from the physician's record or the list of submitted business)."""

    def __init__(self, desk: Desk, actor: Actor, case_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("caseDialog")
        self.setWindowTitle(tr("案件详情"))
        lay = QVBoxLayout(self)
        self.panel = CasePanel(desk, actor, self)
        self.panel.loaded.connect(
            lambda data: self.setWindowTitle(tr("案件 {n} — {k}").format(n=data.case.number,
                                                                         k=ref(data.case.kind_label))))
        lay.addWidget(self.panel, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(980, 700)
        self.panel.load(case_id)
        worker.changes.changed.connect(self._changes)

    def _changes(self, change: dict[str, object]) -> None:
        ids = change.get("cases")
        if self.panel.case_id is not None and (ids == "all" or (isinstance(ids, list)
                                                                and self.panel.case_id in ids)):
            self.panel.load(self.panel.case_id)

    def done(self, result: int) -> None:
        worker.changes.unlisten(self._changes)
        super().done(result)


# --- returning a case ----------------------------------------------------------------------------


class FittingFormDialog(FormDialog):
    """A FormDialog that grows when an error message appears under a field (no clipped messages)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        show = self.errors.show

        def show_and_fit(err: DomainError) -> bool:
            shown = show(err)
            QTimer.singleShot(0, self._fit)
            return shown

        self.errors.show = show_and_fit  # type: ignore[method-assign]

    def _fit(self) -> None:
        lay = self.layout()
        if lay is None:
            return
        lay.activate()
        height = lay.totalHeightForWidth(self.width()) if lay.hasHeightForWidth() else -1
        height = max(height, lay.totalMinimumSize().height())
        if height > self.height():
            self.resize(self.width(), height)


class ReturnDialog(FittingFormDialog):
    """退回补正: a reason from the fixed list plus what the physician should correct."""

    returned = Signal(object)  # the Case after the return
    conflicted = Signal(object)  # the DomainError when someone else acted first

    def __init__(self, desk: Desk, actor: Actor, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("退回补正"), parent, ok_text=tr("退回"),
            intro=tr("将 {name} 的「{kind}」申请（{number}）退回本人补正。原因和说明会记入办理记录，"
                     "医师本人可以看到。").format(name=case.applicant_name, kind=ref(case.kind_label),
                                                   number=case.number),
        )
        self.setObjectName("returnDialog")
        self.desk = desk
        self.actor = actor
        self.case = case
        self._moved_on = False
        self.reason = QComboBox()
        self.reason.setObjectName("returnReason")
        self.reason.addItem(tr("请选择…"), "")
        for r in reference.return_reasons():
            self.reason.addItem(ref(r["label"]), r["code"])
        self.add_row(tr("退回原因："), self.reason, "reason")
        self.note = QPlainTextEdit()
        self.note.setObjectName("returnNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(tr("请写明需要补正的内容，如：照片背景不是白色，请重新上传"))
        self.note.setFixedHeight(90)
        self.add_row(tr("说明："), self.note, "note")
        self.setMinimumWidth(520)

    def submit(self) -> None:
        reason = str(self.reason.currentData() or "")
        if not reason:
            self.errors.set("reason", tr("请选择退回原因"))
            return
        self.set_busy(True)
        worker.run_write(
            self, self.desk.cases.return_case, self.actor, self.case.id, self.case.version, reason,
            self.note.toPlainText().strip(),
            on_done=self._done, on_error=self._refused, on_finished=lambda: self.set_busy(False),
            announce=lambda c: {"cases": [c.id], "physicians": [c.physician_id]},
        )

    def _refused(self, err: DomainError) -> bool:
        if isinstance(err, ConflictError | InvalidTransition):
            self._moved_on = True  # the case moved on: nothing left to return here
        self.set_busy(False)
        shown = self.errors.show(err)
        if self._moved_on:
            self.cancel_button.setText(tr("关闭"))
            self.cancel_button.setFocus()
            self.conflicted.emit(err)
        return shown

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if self._moved_on:
            self.ok_button.setEnabled(False)

    def _done(self, case: Case) -> None:
        self.accept()
        self.returned.emit(case)


# --- the inbox -----------------------------------------------------------------------------------

INBOX_COLUMNS = [
    Column(N_("业务编号"), lambda c: c.number),
    Column(N_("业务"), lambda c: ref(c.kind_label)),
    Column(N_("申请人"), lambda c: c.applicant_name),
    Column(N_("身份证号"), lambda c: c.applicant_id_number),
    Column(N_("提交时间"), lambda c: fmt_time(c.submitted_at)),
    Column(N_("状态"), lambda c: ref(c.status_label)),
]


class InboxView(QWidget):
    """待确认申请: physicians' applications waiting for this institution (status submitted).

    Open one to see what was asked; 确认 sends it to the commission, 退回补正 sends it back to the
    physician with a reason. ``count_changed`` carries the number waiting (the tab's badge).
    """

    count_changed = Signal(int)
    open_physician = Signal(int)  # physician id

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.count = 0
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.list = ListPanel(
            tr("医师提交、等待本机构确认的申请"), INBOX_COLUMNS, self._fetch,
            search_hint=tr("业务编号、身份证号或姓名"), unit=tr("件"), keyset=True,
        )
        self.list.table.setObjectName("inboxTable")
        self.list.model.loaded.connect(self._counted)
        self.list.selection_changed.connect(self._selected)
        self.list.table.activated.connect(self._activated)
        split.addWidget(self.list)

        self.panel = CasePanel(desk, actor)
        self.panel.loaded.connect(self._case_loaded)
        self.confirm_button = QPushButton(tr("确认并报送卫生健康委"))
        self.confirm_button.setObjectName("confirmCase")
        self.confirm_button.setToolTip(tr("确认申请内容属实（Ctrl+Enter）：案件转卫生健康委审核"))
        self.confirm_button.clicked.connect(self.confirm)
        self.return_button = QPushButton(tr("退回补正…"))
        self.return_button.setObjectName("returnCase")
        self.return_button.clicked.connect(self.return_case)
        self.physician_button = QPushButton(tr("医师档案…"))
        self.physician_button.clicked.connect(self._open_physician)
        for button in (self.confirm_button, self.return_button, self.physician_button):
            self.panel.add_button(button)
        split.addWidget(self.panel)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setSizes([180, 520])
        self.split = split
        layout_memory.remember_splitter(split, "inbox")
        self.list.layout_key = "inbox"
        lay.addWidget(split)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.confirm)
        self._busy = False
        self._update_buttons()

    # --- listing ---

    def _fetch(self, query: str, after: Any, limit: int) -> Page[Case]:
        return self.desk.cases.queue(self.actor, status="submitted", search=query or None, after=after,
                                     limit=limit)

    def reload(self) -> None:
        self.list.reload()

    def _counted(self, _loaded: int) -> None:
        if not self.list.search.text().strip():  # the badge counts every case waiting, not a search's
            self.count = self.list.model.total or 0
            self.count_changed.emit(self.count)
        self._reselect()

    def _reselect(self) -> None:
        """After a reload keep the case the clerk was looking at selected (when still listed)."""
        if self.panel.case_id is None or self.list.selected() is not None:
            return
        model = self.list.model
        for row in range(model.rowCount()):
            if model.item(row).id == self.panel.case_id:
                self.list.table.blockSignals(True)
                self.list.table.selectRow(row)
                self.list.table.blockSignals(False)
                return

    def _selected(self) -> None:
        case = self.list.selected()
        if case is not None and case.id != self.panel.case_id:
            self.panel.show_notice("")
            self.panel.load(case.id)
        self._update_buttons()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.panel.load(self.list.model.item(index.row()).id)

    def _case_loaded(self, _data: CaseData) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        case = self.panel.case
        waiting = case is not None and case.status == "submitted" and not self._busy
        self.confirm_button.setEnabled(waiting)
        self.return_button.setEnabled(waiting)
        self.physician_button.setEnabled(case is not None and case.physician_id is not None)

    def refresh_case(self) -> None:
        """Read the shown case again (someone may have acted on it)."""
        if self.panel.case_id is not None:
            self.panel.load(self.panel.case_id)

    # --- actions ---

    def confirm(self) -> None:
        """确认: the application goes to the commission (its 20-working-day deadline starts)."""
        case = self.panel.case
        if case is None or case.status != "submitted" or self._busy:
            return
        self._busy = True
        self._update_buttons()
        worker.run_write(
            self, self.desk.cases.confirm, self.actor, case.id, case.version,
            on_done=self._confirmed, on_error=self._refused, on_finished=self._finished,
            announce=lambda c: {"cases": [c.id], "physicians": [c.physician_id]},
        )

    def _finished(self) -> None:
        self._busy = False
        self._update_buttons()

    def _confirmed(self, case: Case) -> None:
        text = tr("已确认 {name} 的「{kind}」（{number}），已报送卫生健康委审核；办理期限 {deadline}")
        self.panel.show_notice(text.format(name=case.applicant_name, kind=ref(case.kind_label),
                                           number=case.number,
                                           deadline=deadline_text(case) or tr("待定")))
        self.panel.load(case.id)
        self.reload()

    def _refused(self, err: DomainError) -> bool:
        """A refusal of 确认 or 退回: shown above the case; a conflict reloads it to show who acted."""
        self.panel.show_notice(error_text(err), error=True)
        if isinstance(err, ConflictError | InvalidTransition):
            self.refresh_case()
            self.reload()
        return True

    def return_case(self) -> ReturnDialog | None:
        case = self.panel.case
        if case is None or case.status != "submitted":
            return None
        dialog = ReturnDialog(self.desk, self.actor, case, self)
        dialog.returned.connect(self._returned)
        dialog.conflicted.connect(self._refused)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _returned(self, case: Case) -> None:
        self.panel.show_notice(tr("已将 {name} 的「{kind}」（{number}）退回补正").format(
            name=case.applicant_name, kind=ref(case.kind_label), number=case.number))
        self.panel.load(case.id)
        self.reload()

    def _open_physician(self) -> None:
        case = self.panel.case
        if case is not None and case.physician_id is not None:
            self.open_physician.emit(case.physician_id)
