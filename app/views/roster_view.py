"""The institution's roster tab (本机构医师: as-you-type search, filters) and the non-registered pool tab."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from app.services.contract import Actor, Desk, Page, PhysicianRow, PoolEntry, reference
from app.views import layout_memory
from app.views.forms import fmt_date
from app.views.i18n import N_, ref, ref_join, tr
from app.views.paged import Column, ListPanel

#: (service value, label) of the registration-status filter; None = every status
STATUS_FILTERS: tuple[tuple[str | None, str], ...] = (
    (None, N_("全部状态")),
    ("active", N_("已注册")),
    ("filed", N_("非在册（已备案）")),
    ("deregistered", N_("已注销")),
    ("none", N_("未注册")),
)

ROSTER_COLUMNS = [
    Column(N_("姓名"), lambda r: r.name),
    Column(N_("性别"), lambda r: ref(r.gender)),
    Column(N_("身份证号"), lambda r: r.id_number),
    Column(N_("级别"), lambda r: ref(r.level)),
    Column(N_("类别"), lambda r: ref(r.category)),
    Column(N_("执业范围"), lambda r: ref_join(r.scopes)),
    Column(N_("电子化注册识别码"), lambda r: r.registration_code or ""),
    Column(N_("执业证书编码"), lambda r: r.practice_certificate_number or ""),
    Column(N_("主执业/多机构备案"), lambda r: ref(r.relation)),
    Column(N_("状态"), lambda r: ref(r.status_label)),
]


def _filter_box(first: str, items: list[tuple[str | None, str]]) -> QComboBox:
    box = QComboBox()
    box.addItem(first, None)
    for value, label in items:
        box.addItem(label, value)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


class RosterView(ListPanel):
    """本机构医师: the physicians registered with, filed with or applying to the institution.

    Search by name, pinyin initials, resident ID, certificate code or registration code as the clerk
    types; filter by status, category and level. Enter or a double click opens the physician
    (``open_physician`` carries the row).
    """

    open_physician = Signal(object)  # PhysicianRow

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        self._filters: dict[str, Any] = {}
        super().__init__(
            "", ROSTER_COLUMNS, self._fetch_page,
            search_hint=tr("姓名、拼音首字母、身份证号、资格证书编码或注册识别码"),
            unit=tr("位医师"), keyset=True, parent=parent,
        )
        self.desk = desk
        self.actor = actor
        self.table.setObjectName("physicianTable")
        self.search.setObjectName("rosterSearch")
        self.search.setMinimumWidth(340)
        self.status_box = _filter_box(tr("全部状态"), [(v, tr(label)) for v, label in STATUS_FILTERS[1:]])
        self.status_box.setObjectName("statusFilter")
        self.category_box = _filter_box(tr("全部类别"), [(c, ref(c)) for c in reference.category_names()])
        self.category_box.setObjectName("categoryFilter")
        self.level_box = _filter_box(tr("全部级别"), [(v, ref(v)) for v in reference.level_names()])
        self.level_box.setObjectName("levelFilter")
        for caption, box in ((tr("状态："), self.status_box), (tr("类别："), self.category_box),
                             (tr("级别："), self.level_box)):
            label = QLabel(caption)
            label.setBuddy(box)
            self.add_button(label)
            self.add_button(box)
            box.currentIndexChanged.connect(lambda _i: self.reload())
        self.layout_key = "roster"
        layout_memory.remember_filters(
            "roster", {"status": self.status_box, "category": self.category_box, "level": self.level_box})
        self.open_button = QPushButton(tr("查看医师档案…"))
        self.open_button.setObjectName("openPhysician")
        self.open_button.clicked.connect(self._open_selected)
        self.add_button(self.open_button)
        self.table.activated.connect(self._activated)
        self.selection_changed.connect(lambda: self.open_button.setEnabled(self.selected() is not None))
        self.open_button.setEnabled(False)

    def filters(self) -> dict[str, Any]:
        """The filters as the service takes them (None = not filtered)."""
        return {
            "status": self.status_box.currentData(),
            "category": self.category_box.currentData(),
            "level": self.level_box.currentData(),
        }

    def reload(self) -> None:
        self._filters = self.filters()  # read on the GUI thread; the worker only reads this copy
        super().reload()

    def _fetch_page(self, query: str, after: Any, limit: int) -> Page[PhysicianRow]:
        filters = self._filters
        return self.desk.roster.physicians(self.actor, query, after=after, limit=limit,
                                           with_total=after is None, **filters)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_physician.emit(self.model.item(index.row()))

    def _open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_physician.emit(row)


def days_left_text(entry: PoolEntry) -> str:
    """剩余天数 of the 2-year pool: "还剩 123 天" or "已满2年（超过 5 天）"."""
    if entry.days_left is None:
        return ""
    if entry.days_left > 0:
        return tr("还剩 {n} 天").format(n=entry.days_left)
    if entry.days_left == 0:
        return tr("今日满2年")
    return tr("已满2年（超过 {n} 天）").format(n=-entry.days_left)


POOL_COLUMNS = [
    Column(N_("姓名"), lambda e: e.name),
    Column(N_("身份证号"), lambda e: e.id_number),
    Column(N_("级别"), lambda e: ref(e.level)),
    Column(N_("类别"), lambda e: ref(e.category)),
    Column(N_("执业证书编码"), lambda e: e.practice_certificate_number or ""),
    Column(N_("电子化注册识别码"), lambda e: e.registration_code or ""),
    Column(N_("备案日期"), lambda e: fmt_date(e.filed_on)),
    Column(N_("备案原因"), lambda e: ref(e.reason_label)),
    Column(N_("满2年日期"), lambda e: fmt_date(e.deregister_on)),
    Column(N_("剩余天数"), days_left_text),
]


class PoolView(ListPanel):
    """非在册医师库: the institution's physicians filed (备案) into the pool, oldest filing first, with
    the days left of the 2 years after which the registration is to be deregistered."""

    open_physician = Signal(object)  # PoolEntry

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("已备案（调离、退休、退职、被辞退、被开除）的医师；备案满2年未再执业的，注册将被注销"),
            POOL_COLUMNS,
            lambda _query, offset, limit: desk.roster.pool(actor, offset or 0, limit),
            unit=tr("位医师"), parent=parent,
        )
        self.table.setObjectName("poolTable")
        self.layout_key = "pool"
        self.table.activated.connect(
            lambda index: self.open_physician.emit(self.model.item(index.row())) if index.isValid() else None)
