"""Personal-detail changes: the physician asks (个人信息变更), the main institution approves or refuses
from its inbox with old and new values side by side (desk.profile)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import PROFILE_FIELDS as FIELDS
from app.services.contract import PROFILE_MAX_LENGTH as MAX_LENGTH
from app.services.contract import Actor, Desk, DomainError, PersonView, ProfileChangeView
from app.views import worker
from app.views.case_view import fmt_time
from app.views.forms import FormDialog, line
from app.views.i18n import N_, error_text, ref, tr
from app.views.inbox import FittingFormDialog
from app.views.paged import Column, ListPanel

PHOTO_SIZE = 132



MINE_COLUMNS = [
    Column(N_("项目"), lambda c: ref(c.field_label)),
    Column(N_("原内容"), lambda c: c.old_value),
    Column(N_("新内容"), lambda c: c.new_value),
    Column(N_("状态"), lambda c: ref(c.status_label)),
    Column(N_("提交时间"), lambda c: fmt_time(c.requested_at)),
    Column(N_("办理时间"), lambda c: fmt_time(c.decided_at)),
    Column(N_("未同意原因"), lambda c: c.reason),
]

INBOX_COLUMNS = [
    Column(N_("姓名"), lambda c: c.physician_name),
    Column(N_("身份证号"), lambda c: c.id_number),
    Column(N_("项目"), lambda c: ref(c.field_label)),
    Column(N_("原内容"), lambda c: c.old_value),
    Column(N_("新内容"), lambda c: c.new_value),
    Column(N_("提交时间"), lambda c: fmt_time(c.requested_at)),
]


def _pixmap(data: bytes | None) -> QPixmap | None:
    if not data:
        return None
    pix = QPixmap()
    if not pix.loadFromData(data):
        return None
    return pix.scaled(PHOTO_SIZE, PHOTO_SIZE, Qt.AspectRatioMode.KeepAspectRatio,
                      Qt.TransformationMode.SmoothTransformation)


# --- the physician's side ------------------------------------------------------------------------


class ProfileRequestDialog(FormDialog):
    """申请修改个人信息: the physician edits 学历, 毕业院校, 任职资格, 科室 and may pick a new photo;
    only what differs from the record is sent, and waits for the main institution's approval."""

    submitted = Signal(object)  # list[ProfileChangeView]

    def __init__(self, desk: Desk, actor: Actor, person: PersonView | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("申请修改个人信息"), parent, ok_text=tr("提交审核"),
                         intro=tr("学历、毕业院校、任职资格、科室和照片由主要执业机构审核同意后才会更改。"
                                  "只提交与现有记录不同的项目。"))
        self.setObjectName("profileRequestDialog")
        self.desk = desk
        self.actor = actor
        self.current: dict[str, str] = {key: str(getattr(person, key, "") or "") for key in MAX_LENGTH}
        self.edits: dict[str, Any] = {}
        for key in MAX_LENGTH:
            edit = line(max_length=MAX_LENGTH[key])
            edit.setObjectName(f"profile_{key}")
            edit.setText(self.current[key])
            self.edits[key] = self.add_row(ref(FIELDS[key]) + tr("："), edit, key)
        photo_box = QWidget()
        row = QHBoxLayout(photo_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.photo_preview = QLabel(tr("（不更换）"))
        self.photo_preview.setFixedSize(PHOTO_SIZE, PHOTO_SIZE)
        self.photo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_preview.setFrameShape(QLabel.Shape.Box)
        pick = QPushButton(tr("选择照片…"))
        pick.clicked.connect(self.pick_photo)
        row.addWidget(self.photo_preview)
        row.addWidget(pick, 0, Qt.AlignmentFlag.AlignBottom)
        row.addStretch(1)
        self.add_row(tr("照片："), photo_box, "photo",
                     hint=tr("近6个月2寸白底免冠正面半身照片，JPEG 或 PNG，不超过 1 MB"))
        self.photo: bytes | None = None
        self.setMinimumWidth(520)

    def pick_photo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择照片"), "", tr("图片 (*.jpg *.jpeg *.png)"))
        if path:
            self.set_photo(Path(path).read_bytes())

    def set_photo(self, data: bytes) -> None:
        pix = _pixmap(data)
        if pix is None:
            self.errors.set("photo", tr("无法读取这张图片：请选择 JPEG 或 PNG 文件"))
            return
        self.photo = data
        self.photo_preview.setPixmap(pix)

    def changes(self) -> dict[str, str | bytes]:
        out: dict[str, str | bytes] = {}
        for key, edit in self.edits.items():
            text = " ".join(edit.text().split())
            if text != self.current[key]:
                out[key] = text
        if self.photo is not None:
            out["photo"] = self.photo
        return out

    def submit(self) -> None:
        changes = self.changes()
        if not changes:
            self.show_status(tr("没有修改任何项目"))
            return
        photo = changes.pop("photo", None)
        texts = {k: v for k, v in changes.items() if isinstance(v, str)}
        self.call(self.desk.profile.submit, self.actor, texts, photo if isinstance(photo, bytes) else None,
                  on_done=self._done,
                  announce={"profile_changes": []})

    def _done(self, made: list[ProfileChangeView]) -> None:
        self.accept()
        self.submitted.emit(made)


class MyProfileChanges(ListPanel):
    """个人信息变更: the physician's requests and their outcome (with the reason of a refusal)."""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        self.actor = actor  # replaced when the account is activated
        super().__init__(tr("个人信息变更申请（由主要执业机构审核）"), MINE_COLUMNS,
                         lambda _q, offset, limit: desk.profile.mine(self.actor, offset or 0, limit),
                         unit=tr("项"), parent=parent)
        self.table.setObjectName("myProfileChanges")
        self.request_button = QPushButton(tr("申请修改个人信息…"))
        self.request_button.setObjectName("requestProfileChange")
        self.add_button(self.request_button)


# --- the institution's side ----------------------------------------------------------------------


class RefuseDialog(FittingFormDialog):
    """不同意: the reason goes to the physician."""

    refused = Signal(object)  # ProfileChangeView

    def __init__(self, desk: Desk, actor: Actor, change: ProfileChangeView,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("不同意个人信息变更"), parent, ok_text=tr("不同意"),
                         intro=tr("不同意 {name} 将{field}改为「{new}」。原因会告知医师本人。").format(
                             name=change.physician_name, field=ref(change.field_label), new=change.new_value))
        self.setObjectName("refuseProfileDialog")
        self.desk = desk
        self.actor = actor
        self.change = change
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("refuseReason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(90)
        self.reason.setPlaceholderText(tr("如：学历证书与填写不符，请核对后重新申请"))
        self.add_row(tr("原因："), self.reason, "reason")
        self.setMinimumWidth(480)

    def submit(self) -> None:
        self.call(self.desk.profile.refuse, self.actor, self.change.id, self.reason.toPlainText().strip(),
                  on_done=self._done,
                  announce=lambda c: {"profile_changes": [c.id], "physicians": [c.physician_id]})

    def _done(self, change: ProfileChangeView) -> None:
        self.accept()
        self.refused.emit(change)


class ProfileInbox(QWidget):
    """个人信息变更审核: changes waiting for this institution; the picked one with old and new side by side;
    同意 writes the new value to the physician's record, 不同意 sends a reason back."""

    count_changed = Signal(int)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.change: ProfileChangeView | None = None
        self._busy = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        self.list = ListPanel(
            tr("医师申请修改、等待本机构审核的个人信息"), INBOX_COLUMNS,
            lambda query, offset, limit: desk.profile.pending(actor, query, offset or 0, limit),
            search_hint=tr("姓名或身份证号"), unit=tr("项"),
        )
        self.list.table.setObjectName("profileInboxTable")
        self.list.selection_changed.connect(self._selected)
        self.list.model.loaded.connect(lambda _n: self.count_changed.emit(self.list.model.total or 0))
        split.addWidget(self.list)

        box = QGroupBox(tr("变更内容"))
        grid = QGridLayout(box)
        self.who = QLabel()
        self.who.setObjectName("profileWho")
        grid.addWidget(self.who, 0, 0, 1, 3)
        for col, text in ((1, tr("原内容")), (2, tr("新内容"))):
            head = QLabel(text)
            head.setObjectName("subheading")
            grid.addWidget(head, 1, col)
        self.field_label = QLabel()
        self.old_label = QLabel()
        self.old_label.setObjectName("profileOld")
        self.new_label = QLabel()
        self.new_label.setObjectName("profileNew")
        for label in (self.old_label, self.new_label):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setMinimumHeight(28)
        grid.addWidget(self.field_label, 2, 0)
        grid.addWidget(self.old_label, 2, 1)
        grid.addWidget(self.new_label, 2, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.notice = QLabel()
        self.notice.setObjectName("profileNotice")
        self.notice.setWordWrap(True)
        grid.addWidget(self.notice, 3, 0, 1, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.approve_button = QPushButton(tr("同意"))
        self.approve_button.setObjectName("approveProfileChange")
        self.approve_button.clicked.connect(self.approve)
        self.refuse_button = QPushButton(tr("不同意…"))
        self.refuse_button.setObjectName("refuseProfileChange")
        self.refuse_button.clicked.connect(self.refuse)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.refuse_button)
        grid.addLayout(buttons, 4, 0, 1, 3)
        split.addWidget(box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        lay.addWidget(split)
        self._show(None)

    def reload(self) -> None:
        self.list.reload()

    def _selected(self) -> None:
        row: ProfileChangeView | None = self.list.selected()
        if row is None:
            return
        self.notice.clear()
        worker.run_read(self, self.desk.profile.get, self.actor, row.id, on_done=self._show)

    def _show(self, change: ProfileChangeView | None) -> None:
        self.change = change
        for label in (self.old_label, self.new_label):
            label.clear()
        if change is None:
            self.who.setText(tr("在上面的列表中选择一项变更申请。"))
            self.field_label.clear()
        else:
            self.who.setText(tr("{name}（{id_number}），{at} 提交").format(
                name=change.physician_name, id_number=change.id_number, at=fmt_time(change.requested_at)))
            self.field_label.setText(ref(change.field_label) + tr("："))
            if change.field == "photo":
                for label, data in ((self.old_label, change.old_photo), (self.new_label, change.new_photo)):
                    pix = _pixmap(data)
                    if pix is None:
                        label.setText(tr("（无照片）"))
                    else:
                        label.setPixmap(pix)
            else:
                self.old_label.setText(change.old_value or tr("（空）"))
                self.new_label.setText(change.new_value or tr("（空）"))
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = self.change is not None and self.change.status == "pending" and not self._busy
        self.approve_button.setEnabled(ok)
        self.refuse_button.setEnabled(ok)

    def approve(self) -> None:
        change = self.change
        if change is None or change.status != "pending" or self._busy:
            return
        self._busy = True
        self._update_buttons()
        worker.run_write(self, self.desk.profile.approve, self.actor, change.id,
                         on_done=self._decided, on_error=self._failed, on_finished=self._finished,
                         announce=lambda c: {"profile_changes": [c.id], "physicians": [c.physician_id]})

    def refuse(self) -> RefuseDialog | None:
        change = self.change
        if change is None or change.status != "pending":
            return None
        dialog = RefuseDialog(self.desk, self.actor, change, self)
        dialog.refused.connect(self._decided)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _finished(self) -> None:
        self._busy = False
        self._update_buttons()

    def _decided(self, change: ProfileChangeView) -> None:
        self._show(None)
        if change.status == "approved":
            text = tr("已同意 {name} 的{field}变更")
        else:
            text = tr("已不同意 {name} 的{field}变更")
        self.notice.setText(text.format(name=change.physician_name, field=ref(change.field_label)))
        self.reload()

    def _failed(self, err: DomainError) -> bool:
        self.notice.setText(error_text(err))
        self.reload()
        return True
