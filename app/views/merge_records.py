"""合并重复医师记录: the commission's list of physician records that look like one person, the two records
side by side, the record to keep, the reason, and the merge (desk.merges)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import (
    Actor,
    Desk,
    DomainError,
    DuplicatePair,
    MergeComparison,
    MergeResult,
    MergeSide,
    Page,
)
from app.views import worker
from app.views.forms import fmt_date
from app.views.i18n import N_, error_text, ref, tr
from app.views.paged import Column, PagedTableModel

PAGE = 50


def _obstacle(pair: DuplicatePair) -> str:
    return error_text(pair.obstacle) if pair.obstacle else tr("可以合并")


PAIR_COLUMNS = (
    Column(N_("姓名"), lambda p: p.left_name if p.left_name == p.right_name
           else f"{p.left_name} / {p.right_name}"),
    Column(N_("记录一"), lambda p: f"{p.left_id} · {p.left_id_number}"),
    Column(N_("记录二"), lambda p: f"{p.right_id} · {p.right_id_number}"),
    Column(N_("出生日期"), lambda p: fmt_date(p.birth_date)),
    Column(N_("疑似重复依据"), lambda p: ref(p.reason_label)),
    Column(N_("能否合并"), _obstacle),
)

def _lines(rows: Iterable[tuple[str, ...]]) -> str:
    """One line per item, its parts joined by " · "; 无 when there is none."""
    return "\n".join(" · ".join(part for part in row if part) for row in rows) or tr("无")


#: The comparison's rows: label, the side's value as text.
COMPARE_ROWS: tuple[tuple[str, Any], ...] = (
    (N_("记录编号"), lambda s: str(s.id)),
    (N_("姓名"), lambda s: s.name),
    (N_("性别"), lambda s: ref(s.gender)),
    (N_("证件类型"), lambda s: ref(s.id_type_label)),
    (N_("证件号码"), lambda s: s.id_number + ("" if s.id_valid else tr("（不是有效的18位身份证号）"))),
    (N_("出生日期"), lambda s: fmt_date(s.birth_date)),
    (N_("国籍"), lambda s: ref(s.nationality)),
    (N_("手机号"), lambda s: s.phone),
    (N_("电子邮箱"), lambda s: s.email),
    (N_("建档日期"), lambda s: fmt_date(s.created_on)),
    (N_("医师资格"), lambda s: _lines(
        (q.certificate_code or q.exam_ticket or "", ref(q.level), ref(q.category), ref(q.source_label))
        for q in s.qualifications)),
    (N_("执业注册"), lambda s: _lines(
        (ref(r.level), ref(r.category), r.main_institution_name, ref(r.status_label),
         r.registration_code or "") for r in s.registrations)),
    (N_("业务案件"), lambda s: _lines(
        (c.number, ref(c.kind_label), ref(c.status_label)) for c in s.cases)),
    (N_("正在办理"), lambda s: str(s.open_cases)),
    (N_("短期行医"), lambda s: str(s.permits)),
    (N_("登录账户"), lambda s: tr("、").join(s.accounts) or tr("无")),
    (N_("打印记录"), lambda s: str(s.prints)),
    (N_("档案记录"), lambda s: str(s.history)),
)


class MergeRecordsDialog(QDialog):
    """The candidate pairs (paged), the selected pair side by side, which record to keep, the reason."""

    merged = Signal(object)  # MergeResult

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mergeRecordsDialog")
        self.setWindowTitle(tr("合并重复医师记录"))
        self.desk = desk
        self.actor = actor
        self.comparison: MergeComparison | None = None
        self.merge_result: MergeResult | None = None
        self.busy = False
        self.record_ids: tuple[int, int] | None = None  # the records the 档案 buttons open
        lay = QVBoxLayout(self)
        intro = QLabel(tr("身份证号相同、或姓名和出生日期相同的医师记录可能是同一人（如窗口补录时重复建档）。"
                          "核对两条记录后选择保留哪一条：另一条记录的资格、注册、案件、打印记录和账户全部转到"
                          "保留的记录，合并记入两条记录的档案记录，被合并的记录不再出现在查询和公示中。"))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.count = QLabel(tr("正在读取…"))
        self.count.setObjectName("mergeCount")
        lay.addWidget(self.count)
        split = QSplitter(Qt.Orientation.Vertical)
        self.model = PagedTableModel(PAIR_COLUMNS, self._fetch, view=self, page_size=PAGE)
        self.model.loaded.connect(self._loaded)
        self.pairs = QTableView()
        self.pairs.setObjectName("duplicatePairs")
        self.pairs.setModel(self.model)
        self.pairs.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pairs.verticalHeader().setVisible(False)
        self.pairs.horizontalHeader().setStretchLastSection(True)
        self.pairs.selectionModel().selectionChanged.connect(self._pair_selected)
        split.addWidget(self.pairs)
        below = QWidget()
        blay = QVBoxLayout(below)
        blay.setContentsMargins(0, 0, 0, 0)
        # layout not remembered: a fixed side-by-side comparison (rows are fields, columns the records)
        self.compare = QTableWidget(len(COMPARE_ROWS), 2)
        self.compare.setObjectName("mergeComparison")
        self.compare.setVerticalHeaderLabels([tr(label) for label, _ in COMPARE_ROWS])
        self.compare.setHorizontalHeaderLabels([tr("记录一"), tr("记录二")])
        self.compare.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compare.setWordWrap(True)
        self.compare.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        blay.addWidget(self.compare, 1)
        keep = QHBoxLayout()
        keep.addWidget(QLabel(tr("保留：")))
        self.keep_left = QRadioButton(tr("记录一"))
        self.keep_left.setObjectName("keepLeft")
        self.keep_right = QRadioButton(tr("记录二"))
        self.keep_right.setObjectName("keepRight")
        self.keep_group = QButtonGroup(self)
        self.keep_group.addButton(self.keep_left)
        self.keep_group.addButton(self.keep_right)
        self.keep_left.setChecked(True)
        keep.addWidget(self.keep_left)
        keep.addWidget(self.keep_right)
        keep.addSpacing(16)
        keep.addWidget(QLabel(tr("合并原因：")))
        self.reason = QLineEdit()
        self.reason.setObjectName("mergeReason")
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(tr("如：窗口补录时重复建档，已核对身份证原件"))
        keep.addWidget(self.reason, 1)
        self.open_left = QPushButton(tr("记录一档案…"))
        self.open_left.setObjectName("openLeft")
        self.open_left.clicked.connect(lambda: self.open_record(0))
        self.open_right = QPushButton(tr("记录二档案…"))
        self.open_right.setObjectName("openRight")
        self.open_right.clicked.connect(lambda: self.open_record(1))
        keep.addWidget(self.open_left)
        keep.addWidget(self.open_right)
        self.merge_button = QPushButton(tr("合并(&M)…"))
        self.merge_button.setObjectName("mergeButton")
        self.merge_button.clicked.connect(self.merge)
        keep.addWidget(self.merge_button)
        blay.addLayout(keep)
        self.notice = QLabel()
        self.notice.setObjectName("mergeNotice")
        self.notice.setWordWrap(True)
        blay.addWidget(self.notice)
        self.outcome = QLabel()  # what the last merge did, or why it was refused
        self.outcome.setObjectName("mergeOutcome")
        self.outcome.setWordWrap(True)
        blay.addWidget(self.outcome)
        split.addWidget(below)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([170, 520])
        lay.addWidget(split, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("关闭"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(1040, 760)
        self._update_buttons()
        self.model.fetchMore()

    # --- the list ---

    def _fetch(self, cursor: Any, limit: int) -> Page[DuplicatePair]:
        return self.desk.merges.duplicates(self.actor, int(cursor or 0), limit)

    def _loaded(self, rows: int) -> None:
        total = self.model.total if self.model.total is not None else rows
        self.count.setText(tr("疑似重复的记录：{n} 对").format(n=total) if total
                           else tr("本辖区没有疑似重复的医师记录"))
        self.pairs.resizeColumnsToContents()
        if rows and not self.pairs.selectionModel().hasSelection():
            self.pairs.selectRow(0)

    def selected_pair(self) -> DuplicatePair | None:
        rows = self.pairs.selectionModel().selectedRows()
        if not rows:
            return None
        item: DuplicatePair = self.model.item(rows[0].row())
        return item

    def _pair_selected(self) -> None:
        pair = self.selected_pair()
        if pair is None and self.merge_result is not None:
            return  # the list after a merge: the merged pair's records stay at hand
        self.comparison = None
        self.record_ids = None
        self.open_left.setText(tr("记录一档案…"))
        self.open_right.setText(tr("记录二档案…"))
        self.notice.clear()
        self._update_buttons()
        if pair is None:
            return
        worker.run_read(self, self.desk.merges.compare, self.actor, pair.left_id, pair.right_id,
                        on_done=self._compared)

    def _compared(self, comparison: MergeComparison) -> None:
        pair = self.selected_pair()
        if pair is None or (pair.left_id, pair.right_id) != (comparison.left.id, comparison.right.id):
            return  # another pair was chosen meanwhile
        self.comparison = comparison
        self.record_ids = (comparison.left.id, comparison.right.id)
        for col, side in enumerate((comparison.left, comparison.right)):
            for row, (_label, value) in enumerate(COMPARE_ROWS):
                self.compare.setItem(row, col, QTableWidgetItem(value(side)))
        self.compare.setHorizontalHeaderLabels([
            tr("记录一（编号 {id}）").format(id=comparison.left.id),
            tr("记录二（编号 {id}）").format(id=comparison.right.id)])
        self.compare.resizeRowsToContents()
        # suggest keeping the record with more of the person's business on it
        self.keep_right.setChecked(_weight(comparison.right) > _weight(comparison.left))
        self.keep_left.setChecked(not self.keep_right.isChecked())
        if comparison.obstacle:
            self.notice.setStyleSheet("color: #b00020;")
            self.notice.setText(tr("不能合并：") + error_text(comparison.obstacle))
        else:
            self.notice.setStyleSheet("")
            self.notice.setText(tr("依据：{why}。请核对两条记录，选择保留的记录并填写原因。").format(
                why=ref(comparison.reason_label) or tr("人工核对")))
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.open_left.setEnabled(self.record_ids is not None)
        self.open_right.setEnabled(self.record_ids is not None)
        ok = self.comparison is not None and not self.comparison.obstacle and not self.busy
        self.merge_button.setEnabled(ok)
        self.keep_left.setEnabled(ok)
        self.keep_right.setEnabled(ok)

    def open_record(self, which: int) -> QDialog | None:
        """医师档案 of one of the two records (after a merge: 0 the kept, 1 the merged one)."""
        if self.record_ids is None:
            return None
        from app.views.physician_detail import PhysicianDetailDialog

        dialog = PhysicianDetailDialog(self.desk, self.actor, self.record_ids[which], self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # --- the merge ---

    def keep_and_drop(self) -> tuple[MergeSide, MergeSide] | None:
        c = self.comparison
        if c is None:
            return None
        return (c.right, c.left) if self.keep_right.isChecked() else (c.left, c.right)

    def merge(self) -> None:
        chosen = self.keep_and_drop()
        if chosen is None or self.busy:
            return
        keep, drop = chosen
        reason = self.reason.text().strip()
        if not reason:
            self.outcome.setStyleSheet("color: #b00020;")
            self.outcome.setText(tr("请填写合并原因"))
            self.reason.setFocus()
            return
        question = tr("把记录 {drop}（{drop_no}）合并到记录 {keep}（{keep_no}）？\n被合并记录的资格、注册、"
                      "案件、打印记录和账户将全部转到保留的记录，此操作不能撤销。").format(
            drop=drop.id, drop_no=drop.id_number, keep=keep.id, keep_no=keep.id_number)
        if QMessageBox.question(self, tr("合并重复医师记录"), question) != QMessageBox.StandardButton.Yes:
            return
        self.busy = True
        self.outcome.clear()
        self._update_buttons()
        worker.run_write(
            self, self.desk.merges.merge, self.actor, keep.id, drop.id, reason,
            on_done=self._merged, on_error=self._failed, on_finished=self._finished,
            announce=lambda r: {"physicians": [r.keep_id, r.drop_id]},
        )

    def _merged(self, result: MergeResult) -> None:
        self.merge_result = result
        self.record_ids = (result.keep_id, result.drop_id)  # both records' history shows the merge
        moved = tr("、").join(f"{ref(label)} {n}" for label, n in result.moved.items())
        text = tr("已把记录 {drop} 合并到记录 {keep}。").format(drop=result.drop_id, keep=result.keep_id)
        if moved:
            text += tr("转入：{moved}。").format(moved=moved)
        if result.disabled_accounts:
            names = tr("、").join(result.disabled_accounts)
            text += tr("重复的医师账户已停用：{names}。").format(names=names)
        self.outcome.setStyleSheet("color: #1d6b2f;")
        self.outcome.setText(text)
        self.reason.clear()
        self.comparison = None
        self.compare.clearContents()
        self.compare.setHorizontalHeaderLabels([tr("记录一"), tr("记录二")])
        self.notice.clear()
        self.open_left.setText(tr("保留记录档案…"))
        self.open_right.setText(tr("被合并记录档案…"))
        self._update_buttons()
        self.merged.emit(result)
        self.model.reload()

    def _failed(self, err: DomainError) -> bool:
        self.outcome.setStyleSheet("color: #b00020;")
        self.outcome.setText(error_text(err))
        self.comparison = None
        self.model.reload()  # the list as it is now (another clerk may have merged the pair)
        return True

    def _finished(self) -> None:
        self.busy = False
        self._update_buttons()


def _weight(side: MergeSide) -> tuple[int, int, int, int]:
    return (int(side.id_valid), len(side.registrations), len(side.cases) + len(side.qualifications), -side.id)
