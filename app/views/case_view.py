"""A read-only view of one case for every window: header, details in Chinese, paper materials, timeline.

``CaseView.show_case(case, timeline, materials)`` fills it from plain service values; ``CaseView.load(desk,
actor, case_id)`` fetches them in the background (and the names of institutions and registrations the
details point at) and emits ``loaded(CaseData)``. With ``checkable=True`` the materials are check boxes
that emit ``material_toggled(name, received)`` (the commission ticks the paper off as it arrives).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import (
    CHINA,
    FIELD_LABELS,
    ID_TYPES,
    Actor,
    Case,
    CaseEventView,
    Desk,
    DomainError,
    MaterialState,
    reference,
)
from app.views import layout_memory, worker
from app.views.forms import fmt_date
from app.views.i18n import N_, ref, ref_join, tr

OVERDUE_COLOR = "#b3261e"
STATUS_COLORS = {
    "draft": "#666666",
    "submitted": "#8a5a00",
    "confirmed": "#1d4e89",
    "returned": "#8a5a00",
    "approved": "#1b5e20",
    "rejected": "#b3261e",
    "withdrawn": "#666666",
}
#: The order details are shown in (keys not listed come after, in the case's order).
DETAIL_ORDER = (
    "name",
    "gender",
    "id_type",
    "id_number",
    "birth_date",
    "origin",
    "certificate_code",
    "issued_on",
    "level",
    "category",
    "scopes",
    "registration_id",
    "institution_id",
    "inviting_institution_id",
    "place",
    "term_start",
    "term_end",
    "reason",
    "effective_date",
    "note",
)
#: Keys of the details the services keep for themselves.
HIDDEN_DETAILS = frozenset({"qualification_id"})


def fmt_time(value: dt.datetime | None) -> str:
    """A moment as the desk writes it: 2026-11-24 14:30 (China time)."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(CHINA)
    return value.strftime("%Y-%m-%d %H:%M")


#: Statuses in which a case still waits for someone (its deadline, materials and claim still matter).
PENDING_STATUSES = frozenset({"submitted", "confirmed", "returned"})


def deadline_text(case: Case) -> str:
    """办理期限 as a list shows it: the date, (暂定) when provisional while the case still waits, 已逾期
    when past. A decided or withdrawn case's deadline is history: never 暂定."""
    if case.deadline is None:
        return ""
    text = fmt_date(case.deadline)
    if case.deadline_provisional and case.status in PENDING_STATUSES:
        text += tr("（暂定）")
    if case.overdue:
        text += tr("  已逾期")
    return text


def report_text(case: Case) -> str:
    """The 30-day reporting rule of an institution's departure or deregistration report ("" for others)."""
    due = getattr(case, "report_due", None)
    late = getattr(case, "report_late_days", None)
    if due is None or late is None:
        return ""
    if late > 0:
        return tr("迟报 {n} 天（应于 {due} 前报告）").format(n=late, due=fmt_date(due))
    return tr("按时报告（期限 {due}）").format(due=fmt_date(due))


@dataclass
class CaseData:
    """Everything CaseView shows about one case, fetched together."""

    case: Case
    timeline: list[CaseEventView] = field(default_factory=list)
    materials: list[MaterialState] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)
    """Display text for details that point at records: "institution:7" → name, "registration:3" → code."""
    refusal_reasons: list[reference.Reason] = field(default_factory=list)


def fetch_case(desk: Desk, actor: Actor, case_id: int) -> CaseData:
    """The case, its timeline, materials and the names its details point at: one call (worker thread)."""
    detail = desk.cases.detail(actor, case_id)
    return CaseData(
        detail.case, detail.timeline, detail.materials, dict(detail.names), detail.refusal_reasons
    )


def detail_rows(case: Case, names: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """The case's details as (Chinese label, value) rows, values in words (names, labels, dates)."""
    names = names or {}
    details = {k: v for k, v in case.details.items() if k not in HIDDEN_DETAILS and v not in (None, "", [])}
    keys = [k for k in DETAIL_ORDER if k in details] + [k for k in details if k not in DETAIL_ORDER]
    rows = []
    for key in keys:
        rows.append((ref(FIELD_LABELS.get(key, key)), detail_value(key, details[key], names)))
    return rows


def detail_value(key: str, value: Any, names: dict[str, str]) -> str:
    """One detail in words."""
    if key in ("institution_id", "inviting_institution_id") and isinstance(value, int):
        return names.get(f"institution:{value}", tr("机构（编号 {n}）").format(n=value))
    if key == "renews_permit_id" and isinstance(value, int):
        return names.get(f"permit:{value}", tr("短期行医许可（编号 {n}）").format(n=value))
    if key == "registration_id" and isinstance(value, int):
        described = names.get(f"registration:{value}")
        if described is None:
            return tr("注册记录（编号 {n}）").format(n=value)
        # "code　category　institution or place": the category (and a place) are reference names
        return "　".join(ref(part) for part in described.split("　"))
    if key == "place" and isinstance(value, str):
        return ref(reference.area_name(value) or value) if value else ""
    if key == "reason" and isinstance(value, str):
        return ref(reference.reason_label(value))
    if key == "id_type" and isinstance(value, str):
        return ref(ID_TYPES.get(value, value))
    if isinstance(value, list):
        return ref_join(str(v) for v in value)
    if isinstance(value, bool):
        return tr("是") if value else tr("否")
    return ref(str(value))


def _value_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class _MaterialRow(QWidget):
    """A check box with its text beside it, wrapped; clicking the text ticks the box."""

    def __init__(self, box: QCheckBox, text: str, tip: str) -> None:
        super().__init__()
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
        self.box = box
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setToolTip(tip)
        self.label.setBuddy(box)
        lay.addWidget(self.label, 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if self.box.isEnabled() and event.button() == Qt.MouseButton.LeftButton:
            self.box.toggle()
        super().mouseReleaseEvent(event)


TIMELINE_HEADERS = (N_("时间"), N_("办理人"), N_("身份"), N_("单位"), N_("操作"), N_("状态变化"), N_("原因"),
                    N_("说明"))


class CaseView(QWidget):
    """One case, read-only: header facts, details, paper materials and the timeline."""

    loaded = Signal(object)  # CaseData, after load()
    load_failed = Signal(object)  # DomainError
    material_toggled = Signal(str, bool)
    all_materials_requested = Signal()  # 全部收到 (check boxes only)

    def __init__(self, parent: QWidget | None = None, *, checkable: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("caseView")
        self._checkable = checkable
        self.data: CaseData | None = None
        self._material_boxes: dict[str, QCheckBox] = {}
        self._materials_enabled = True

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        # --- header ---
        head = QFrame()
        head.setObjectName("caseHeader")
        head.setStyleSheet(
            "QFrame#caseHeader { background: #f4f7fb; border: 1px solid #d5dde8; border-radius: 3px; }"
        )
        head_lay = QVBoxLayout(head)
        top = QHBoxLayout()
        self.number = QLabel()
        self.number.setObjectName("caseNumber")
        self.number.setStyleSheet("font-size: 18px; font-weight: bold; color: #1d4e89;")
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = QLabel()
        self.kind.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.status = QLabel()
        self.status.setObjectName("caseStatus")
        top.addWidget(self.number)
        top.addSpacing(12)
        top.addWidget(self.kind)
        top.addStretch(1)
        top.addWidget(self.status)
        head_lay.addLayout(top)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.facts: dict[str, QLabel] = {}
        self._fact_captions: dict[str, QLabel] = {}
        for i, (key, label) in enumerate(
            (
                ("applicant", tr("申请人：")),
                ("id_number", tr("证件号码：")),
                ("institution", tr("执业机构：")),
                ("received", tr("受理日期：")),
                ("deadline", tr("办理期限：")),
                ("submitted", tr("提交时间：")),
                ("decided", tr("办结时间：")),
                ("code", tr("注册编码：")),
                ("claimed", tr("认领人：")),
                ("certificate", tr("执业证书编码：")),
                ("updated", tr("最后修改：")),
                ("report", tr("报告时限：")),
            )
        ):
            name = QLabel(label)
            name.setStyleSheet("color: #555555;")
            value = _value_label()
            value.setObjectName(f"fact_{key}")
            self.facts[key] = value
            self._fact_captions[key] = name
            row, col = divmod(i, 2)
            grid.addWidget(name, row, col * 2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, col * 2 + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        head_lay.addLayout(grid)
        outer.addWidget(head)

        # --- details and materials side by side, timeline under them ---
        split = QSplitter(Qt.Orientation.Vertical)
        split.setChildrenCollapsible(False)
        upper = QWidget()
        upper_lay = QHBoxLayout(upper)
        upper_lay.setContentsMargins(0, 0, 0, 0)

        self.details_box = QGroupBox(tr("申请内容"))
        self.details_form = QFormLayout()
        self.details_form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.details_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        holder = QWidget()
        holder.setLayout(self.details_form)
        self._details_holder = holder
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        self._details_scroll = scroll
        box_lay = QVBoxLayout(self.details_box)
        box_lay.addWidget(scroll)
        upper_lay.addWidget(self.details_box, 1)

        self.materials_box = QGroupBox(tr("纸质材料"))
        self.materials_lay = QVBoxLayout()
        self.materials_lay.setSpacing(4)
        mat_holder = QWidget()
        mat_holder.setLayout(self.materials_lay)
        self._materials_holder = mat_holder
        mat_scroll = QScrollArea()
        mat_scroll.setWidgetResizable(True)
        mat_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        mat_scroll.setFrameShape(QFrame.Shape.NoFrame)
        mat_scroll.setWidget(mat_holder)
        self._materials_scroll = mat_scroll
        mat_lay = QVBoxLayout(self.materials_box)
        mat_lay.addWidget(mat_scroll)
        self.materials_summary = QLabel()
        self.materials_summary.setObjectName("materialsSummary")
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.materials_summary, 1)
        self.all_received_button = QPushButton(tr("必交材料全部收到"))
        self.all_received_button.setObjectName("allReceivedButton")
        self.all_received_button.setAutoDefault(False)
        self.all_received_button.setVisible(checkable)
        self.all_received_button.clicked.connect(self.all_materials_requested)
        summary_row.addWidget(self.all_received_button)
        mat_lay.addLayout(summary_row)
        upper_lay.addWidget(self.materials_box, 1)
        split.addWidget(upper)

        time_box = QGroupBox(tr("办理记录"))
        time_lay = QVBoxLayout(time_box)
        self.timeline = QTableWidget(0, len(TIMELINE_HEADERS))
        self.timeline.setObjectName("caseTimeline")
        self.timeline.setHorizontalHeaderLabels([tr(h) for h in TIMELINE_HEADERS])
        self.timeline.verticalHeader().setVisible(False)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(False)
        self.timeline.horizontalHeader().setStretchLastSection(True)
        self.timeline.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # three rows of the timeline stay visible; the rest of the height goes to what the case says
        row_height = self.fontMetrics().height() + 8
        self.timeline.verticalHeader().setDefaultSectionSize(row_height)
        self.timeline.setMinimumHeight(row_height * 4 + 6)
        time_lay.addWidget(self.timeline)
        split.addWidget(time_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.split = split
        self._remembered = False
        outer.addWidget(split, 1)

    #: The most height the details and the materials claim before they scroll (office screens: 768 px).
    MAX_FITTED_HEIGHT = 330

    def _fit_heights(self) -> None:
        """Give the details and the materials the height their content needs at the present width (up to
        ``MAX_FITTED_HEIGHT``), so no material is clipped mid-line while the timeline has room to spare."""
        for scroll, holder in ((self._materials_scroll, self._materials_holder),
                               (self._details_scroll, self._details_holder)):
            width = scroll.viewport().width()
            layout = holder.layout()
            need = layout.heightForWidth(width) if layout is not None and layout.hasHeightForWidth() else -1
            if need <= 0:
                need = holder.sizeHint().height()
            scroll.setMinimumHeight(min(need + 4, self.MAX_FITTED_HEIGHT))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit_heights()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """On the first show the splitter comes back where the clerk left it in this kind of window."""
        if not self._remembered:
            self._remembered = True
            window = self.window()
            owner = window.objectName() if window is not None and window is not self else ""
            layout_memory.remember_splitter(self.split, f"{owner or 'case'}/caseView")
            layout_memory.remember_table(self.timeline, f"{owner or 'case'}/caseTimeline")
        super().showEvent(event)

    # --- filling ----------------------------------------------------------------------------------

    def load(self, desk: Any, actor: Actor, case_id: int) -> None:
        """Fetch the case, timeline and materials in the background, then show them (emits ``loaded``)."""
        worker.run_read(self, fetch_case, desk, actor, case_id, on_done=self._loaded, on_error=self._failed)

    def _loaded(self, data: CaseData) -> None:
        self.show_data(data)
        self.loaded.emit(data)

    def _failed(self, err: DomainError) -> bool:
        self.load_failed.emit(err)
        return False  # shown by the window as usual

    def show_data(self, data: CaseData) -> None:
        self.data = CaseData(data.case, names=dict(data.names))
        self.show_case(data.case, data.timeline, data.materials)

    def show_case(
        self,
        case: Case,
        timeline: Sequence[CaseEventView] | None = None,
        materials: Sequence[MaterialState] | None = None,
        names: dict[str, str] | None = None,
    ) -> None:
        """Show a case from plain service values (timeline and materials stay as they are when None)."""
        if self.data is None:
            self.data = CaseData(case)
        self.data.case = case
        if names:
            self.data.names.update(names)
        names = self.data.names
        self.number.setText(case.number)
        self.kind.setText(ref(case.kind_label or reference.kind_label(case.kind)))
        color = STATUS_COLORS.get(case.status, "#333333")
        self.status.setText(ref(case.status_label or reference.status_label(case.status, case.kind)))
        self.status.setStyleSheet(
            f"color: white; background: {color}; padding: 3px 10px; border-radius: 3px; font-weight: bold;"
        )
        f = self.facts
        f["applicant"].setText(case.applicant_name)
        f["id_number"].setText(case.applicant_id_number)
        f["institution"].setText(case.institution_name)
        f["received"].setText(fmt_date(case.received_at))
        f["deadline"].setText(deadline_text(case))
        f["deadline"].setStyleSheet(f"color: {OVERDUE_COLOR}; font-weight: bold;" if case.overdue else "")
        f["deadline"].setToolTip("")
        if case.deadline_provisional and case.status in PENDING_STATUSES:
            f["deadline"].setToolTip(tr("期限暂定：节假日安排未公布，公布后自动重算"))
        f["submitted"].setText(fmt_time(case.submitted_at))
        f["decided"].setText(fmt_time(case.decided_at))
        f["code"].setText(case.registration_code or "")
        f["certificate"].setText(getattr(case, "practice_certificate_number", None) or "")
        f["claimed"].setText(
            tr("{name}（认领至 {until}）").format(
                name=case.claimed_by_name, until=fmt_time(case.claimed_until)
            )
            if case.claimed_by_name
            else ""
        )
        f["updated"].setText(
            f"{case.updated_by_name}　{fmt_time(case.updated_at)}" if case.updated_by_name else ""
        )

        f["report"].setText(report_text(case))
        f["report"].setStyleSheet(
            f"color: {OVERDUE_COLOR}; font-weight: bold;" if case.report_late_days else "")

        for key, shown in f.items():  # facts a case does not have yet take no room (办结时间, 注册编码…)
            shown.setVisible(bool(shown.text()))
            self._fact_captions[key].setVisible(bool(shown.text()))

        while self.details_form.rowCount():
            self.details_form.removeRow(0)
        rows = detail_rows(case, names)
        for label, value in rows:
            self.details_form.addRow(tr("{label}：").format(label=label), _value_label(value))
        if not rows:
            self.details_form.addRow(_value_label(tr("（无）")))
        self._fit_heights()
        if timeline is not None:
            self.set_timeline(timeline)
        self.set_materials(materials if materials is not None else self.data.materials)

    def set_timeline(self, events: Sequence[CaseEventView]) -> None:
        if self.data is not None:
            self.data.timeline = list(events)
        t = self.timeline
        with layout_memory.filling(t, fit=False):
            self._fill_timeline(t, events)
        if not t.horizontalHeader().property("layoutOwn"):
            t.resizeColumnsToContents()
            for col in range(t.columnCount() - 1):
                t.setColumnWidth(col, min(t.columnWidth(col) + 8, 260))
        if events:
            t.scrollToBottom()

    @staticmethod
    def _fill_timeline(t: QTableWidget, events: Sequence[CaseEventView]) -> None:
        t.setRowCount(0)
        t.setRowCount(len(events))
        for row, e in enumerate(events):
            change = ""
            if ref(e.from_label) or ref(e.to_label):
                change = (
                    f"{ref(e.from_label)} → {ref(e.to_label)}"
                    if ref(e.from_label) and e.from_status != e.to_status
                    else ref(e.to_label)
                )
            note = e.note
            if e.action == "material":
                names = e.data.get("materials") or [e.data.get("material", "")]
                material = ref_join(str(n) for n in names)
                note = (tr("收到：{m}") if e.data.get("received") else tr("取消勾选：{m}")).format(m=material)
            elif e.data.get("paper"):
                note = tr("；").join(x for x in (note, str(e.data["paper"])) if x)
            if e.data.get("report_late_days"):
                late = tr("迟报 {n} 天（应于 {due} 前报告）").format(
                    n=e.data["report_late_days"], due=e.data.get("report_due", ""))
                note = tr("；").join(x for x in (note, late) if x)
            for col, text in enumerate(
                (
                    fmt_time(e.at),
                    e.who,
                    ref(e.role_label),
                    e.institution_name,
                    ref(e.action_label),
                    change,
                    ref(e.reason_label),
                    note,
                )
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                t.setItem(row, col, item)

    def set_materials(self, materials: Sequence[MaterialState]) -> None:
        if self.data is not None:
            self.data.materials = list(materials)
        while self.materials_lay.count():
            item = self.materials_lay.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self._material_boxes = {}
        editable = self._checkable and self._materials_enabled and self._editable_status()
        for mat in materials:
            text = ref(mat.name)
            if not mat.required:
                text += tr("（{c}）").format(c=ref(mat.condition)) if mat.condition else tr("（如有）")
            if mat.received and mat.checked_by_name:
                tip = tr("{who} 于 {at} 登记收到").format(
                    who=mat.checked_by_name, at=fmt_time(mat.checked_at)
                )
            else:
                tip = tr("尚未收到")
            if self._checkable:
                box = QCheckBox()
                box.setObjectName("materialBox")
                box.setAccessibleName(text)
                box.setChecked(mat.received)
                box.setEnabled(editable)
                box.setToolTip(tip)
                box.toggled.connect(lambda on, name=mat.name: self.material_toggled.emit(name, on))
                self._material_boxes[mat.name] = box
                self.materials_lay.addWidget(_MaterialRow(box, text, tip))
            else:
                label = QLabel(("☑ " if mat.received else "☐ ") + text)
                label.setToolTip(tip)
                label.setWordWrap(True)
                self.materials_lay.addWidget(label)
        self.materials_lay.addStretch(1)
        required = [m for m in materials if m.required]
        missing = [m.name for m in required if not m.received]
        if not materials:
            self.materials_summary.setText(tr("本业务无纸质材料"))
            self.materials_summary.setStyleSheet("color: #555555;")
        elif missing:
            self.materials_summary.setText(tr("必交材料尚缺 {n} 项").format(n=len(missing)))
            # a warning only while the case waits; on a decided or withdrawn case it is history
            waiting = self.data is None or self.data.case.status in PENDING_STATUSES
            self.materials_summary.setStyleSheet(f"color: {OVERDUE_COLOR};" if waiting else "color: #555555;")
        else:
            self.materials_summary.setText(tr("必交材料已齐"))
            self.materials_summary.setStyleSheet("color: #1b5e20;")
        self.all_received_button.setEnabled(editable and bool(missing))
        self._fit_heights()

    def _editable_status(self) -> bool:
        case = self.data.case if self.data else None
        return case is not None and case.status in ("submitted", "confirmed", "returned")

    def set_checkable(self, checkable: bool) -> None:
        """Switch the materials between check boxes (the commission's counter) and a read-only list."""
        self._checkable = checkable
        self.all_received_button.setVisible(checkable)
        if self.data is not None:
            self.set_materials(self.data.materials)

    def set_materials_enabled(self, enabled: bool) -> None:
        """Enable or disable the material check boxes (e.g. read-only while another clerk holds the case)."""
        self._materials_enabled = enabled
        editable = enabled and self._editable_status()
        for box in self._material_boxes.values():
            box.setEnabled(editable)
        self.all_received_button.setEnabled(editable and bool(self.missing_materials()))

    def material_box(self, name: str) -> QCheckBox | None:
        return self._material_boxes.get(name)

    def missing_materials(self) -> list[str]:
        """Required materials not yet received (from what is shown)."""
        if self.data is None:
            return []
        return [m.name for m in self.data.materials if m.required and not m.received]

    @property
    def case(self) -> Case | None:
        return self.data.case if self.data else None

    def sizeHint(self) -> QSize:  # noqa: N802
        return super().sizeHint().expandedTo(QSize(900, 640))


def status_color(status: str) -> QColor:
    return QColor(STATUS_COLORS.get(status, "#333333"))


__all__ = ["CaseData", "CaseView", "deadline_text", "detail_rows", "fetch_case", "fmt_time", "report_text",
           "status_color"]
