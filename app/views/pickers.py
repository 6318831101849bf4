"""The form parts the physician's applications and the commission's counter wizard share.

``InstitutionPicker`` (an institution found by name or pinyin initials), ``ScopePicker`` (执业范围: a main
scope and an optional additional one), ``RegistrationBox`` (the registration a business acts on) and
``KindPage`` (the frame of one kind's form: what the kind is, why it cannot be applied for now, its rows
with their error labels). One copy of each, used by application_dialog.py and counter_wizard.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import Actor, InstitutionChoice, RegistrationView, reference
from app.views import worker
from app.views.forms import FormErrors
from app.views.i18n import N_, ref, tr

LOOKUP_LIMIT = 20
NO_EXTRA = N_("（不加注）")


def registration_text(reg: RegistrationView) -> str:
    """A registration as a form offers it: code, level, category, main institution (and its status when
    it is not in force)."""
    where = reg.main_institution_name or ref(reg.place_name)
    text = "　".join((reg.registration_code or tr("（无识别码）"), ref(reg.level), ref(reg.category), where))
    return text if reg.status == "active" else f"{text}　{ref(reg.status_label)}"


class SearchLine(QLineEdit):
    """A search box whose Enter searches (``search`` signal) instead of pressing the default button."""

    search = Signal()

    def __init__(self, prompt: str, max_length: int = 60) -> None:
        super().__init__()
        self.setPlaceholderText(prompt)
        self.setMaxLength(max_length)
        self.setClearButtonEnabled(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            self.search.emit()
            return
        super().keyPressEvent(event)


class InstitutionPicker(QWidget):
    """Type a name or its pinyin initials; matching active institutions are listed (desk.lookup) and one is
    picked. ``choice()`` is the picked InstitutionChoice, ``value()`` its id (None until one is picked).

    In the search box Enter picks the first match (it never submits the form) and ↓ goes into the list.
    ``optional`` pickers may stay empty; ``province`` (any area code of it) narrows the list.
    """

    chosen = Signal(object)  # InstitutionChoice | None

    def __init__(self, desk: Any, actor: Actor, parent: QWidget | None = None, *, prompt: str = "",
                 optional: bool = False, province: str | None = None, rows: int = 5) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.optional = optional
        self._choice: InstitutionChoice | None = None
        self._province = province
        self._generation = 0
        self.searching = False
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        self.edit = SearchLine(prompt or tr("输入机构名称或拼音首字母查找，例如“广州市第一”或“gzsd”"),
                               max_length=100)
        self.edit.setObjectName("institutionSearch")
        self.query = self.edit
        """The search box (the counter wizard's name for it)."""
        lay.addWidget(self.edit)
        self.list = QListWidget()
        self.list.setObjectName("institutionChoices")
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setFixedHeight(self.fontMetrics().height() * rows + 16)
        lay.addWidget(self.list)
        self.picked = QLabel()
        self.picked.setObjectName("pickedInstitution")
        self.picked.setWordWrap(True)
        lay.addWidget(self.picked)
        self.setFocusProxy(self.edit)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.search)
        self.edit.textChanged.connect(self._typed)
        self.edit.search.connect(self._enter)
        self.list.itemClicked.connect(self._item_picked)
        self.list.itemActivated.connect(self._item_picked)
        self.edit.installEventFilter(self)
        self._show_picked()
        self.search()  # with nothing typed: the first institutions by name, to click or scroll

    # --- searching ---

    def set_province(self, province: str | None) -> None:
        """Offer only institutions of this province (any area code of it); None for all."""
        if province != self._province:
            self._province = province
            self.search()

    def _typed(self, text: str) -> None:
        if self._choice is not None and text.strip() == self._choice.name:
            return  # the picked name shown in the box: nothing to look up
        if self._choice is not None:
            self._set(None)
        self._timer.start()

    def search(self) -> None:
        """Ask the service for the institutions matching what is typed (in the background)."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        self.searching = True
        worker.run_read(self, self.desk.lookup.institutions, self.actor, self.edit.text().strip() or None,
                        self._province, LOOKUP_LIMIT, on_done=lambda found: self._show(generation, found),
                        on_error=lambda _e: True, on_finished=lambda: self._finished(generation))

    def _finished(self, generation: int) -> None:
        if generation == self._generation:
            self.searching = False

    def _show(self, generation: int, found: list[InstitutionChoice]) -> None:
        if generation != self._generation:
            return  # an older search answered late
        self.list.clear()
        for choice in found:
            text = tr("{name}（{area}）").format(name=choice.name, area=ref(choice.area_name))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, choice)
            item.setToolTip(choice.address)
            self.list.addItem(item)
            if self._choice is not None and choice.id == self._choice.id:
                self.list.setCurrentItem(item)
        if not found:
            empty = QListWidgetItem(tr("没有找到匹配的医疗机构"))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def choices(self) -> list[InstitutionChoice]:
        """What the list offers now."""
        out = []
        for i in range(self.list.count()):
            data = self.list.item(i).data(Qt.ItemDataRole.UserRole)
            if isinstance(data, InstitutionChoice):
                out.append(data)
        return out

    def count(self) -> int:
        """How many institutions the list offers now."""
        return len(self.choices())

    # --- picking ---

    def _enter(self) -> None:
        found = self.choices()
        if self._choice is None and found and not self._timer.isActive():
            self.set_choice(found[0])
        else:
            self.search()

    def _item_picked(self, item: QListWidgetItem) -> None:
        data = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(data, InstitutionChoice):
            self.set_choice(data)

    def pick(self, name: str) -> bool:
        """Pick the listed institution of that name."""
        for choice in self.choices():
            if choice.name == name:
                self.set_choice(choice)
                return True
        return False

    def select(self, institution_id: int) -> bool:
        """Pick the listed institution with this id (True when it is listed)."""
        for choice in self.choices():
            if choice.id == institution_id:
                self.set_choice(choice)
                return True
        return False

    def set_choice(self, choice: InstitutionChoice | None) -> None:
        self._set(choice)
        self.edit.setText(choice.name if choice else "")
        for i in range(self.list.count()):
            data = self.list.item(i).data(Qt.ItemDataRole.UserRole)
            if isinstance(data, InstitutionChoice) and choice is not None and data.id == choice.id:
                self.list.setCurrentRow(i)
                return
        self.list.clearSelection()

    def load_choice(self, institution_id: Any) -> None:
        """Show a saved institution (by id), reading its name in the background."""
        if not isinstance(institution_id, int):
            return
        worker.run_read(self, self.desk.lookup.institution, self.actor, institution_id,
                        on_done=self.set_choice, on_error=lambda _e: True)

    def _set(self, choice: InstitutionChoice | None) -> None:
        changed = (choice.id if choice else None) != (self._choice.id if self._choice else None)
        self._choice = choice
        self._show_picked()
        if changed:
            self.chosen.emit(choice)

    def _show_picked(self) -> None:
        c = self._choice
        if c is None:
            self.picked.setText(tr("未选择（可不填）") if self.optional
                                else tr("尚未选择机构：请在上面的列表中点选"))
            self.picked.setStyleSheet("color: #666666;")
        else:
            where = tr("（{area}）").format(area=ref(c.area_name)) if c.area_name else ""
            self.picked.setText(tr("已选择：{name}{where}").format(name=c.name, where=where))
            self.picked.setStyleSheet("color: #1b5e20;")

    def choice(self) -> InstitutionChoice | None:
        return self._choice

    def value(self) -> int | None:
        """The picked institution's id."""
        return self._choice.id if self._choice is not None else None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """In the search box ↓ goes into the list."""
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Down and self.list.count():
                self.list.setFocus()
                if self.list.currentRow() < 0:
                    self.list.setCurrentRow(0)
                return True
        return super().eventFilter(watched, event)


class ScopePicker(QWidget):
    """执业范围: one main scope of the category, and optionally one additional scope the rules allow
    (全科, 急救, 重症, 康复, 儿科 in 临床). ``optional`` pickers start at （不变更）."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(6)
        self.main = QComboBox()
        self.main.setObjectName("mainScope")
        self.extra = QComboBox()
        self.extra.setObjectName("extraScope")
        for box in (self.main, self.extra):
            box.setMinimumContentsLength(10)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.extra_label = QLabel(tr("加注（可选）："))
        lay.addWidget(self.main, 1)
        lay.addWidget(self.extra_label)
        lay.addWidget(self.extra, 1)
        self.setFocusProxy(self.main)
        self._category: str | None = None
        self.main.currentIndexChanged.connect(self._fill_extra)
        self.set_category("")

    def set_category(self, category: str) -> None:
        if category == self._category:
            return
        self._category = category
        self.main.blockSignals(True)
        self.main.clear()
        if self.optional:
            self.main.addItem(tr("（不变更）"), "")
        elif not category:
            self.main.addItem(tr("（先选执业类别）"), "")
        else:
            self.main.addItem(tr("请选择执业范围…"), "")
        if category:
            for name in reference.scope_names(category):
                self.main.addItem(ref(name), name)
        self.main.blockSignals(False)
        self._fill_extra()

    def _fill_extra(self) -> None:
        keep = self.extra.currentData()
        main = self.main.currentData()
        self.extra.blockSignals(True)
        self.extra.clear()
        self.extra.addItem(tr(NO_EXTRA), "")
        if self._category:
            for scope in reference.scopes(self._category):
                if scope["additional"] and scope["name"] != main:
                    self.extra.addItem(ref(scope["name"]), scope["name"])
        i = self.extra.findData(keep) if keep else 0
        self.extra.setCurrentIndex(max(i, 0))
        self.extra.blockSignals(False)
        has_extra = self.extra.count() > 1
        self.extra.setVisible(has_extra)
        self.extra_label.setVisible(has_extra)

    def scopes(self) -> list[str]:
        """The chosen scopes, main first ([] while none is chosen)."""
        out = [str(self.main.currentData() or "")]
        extra = str(self.extra.currentData() or "")
        if extra and extra != out[0]:
            out.append(extra)
        return [s for s in out if s]

    value = scopes

    def set_scopes(self, scopes: Sequence[str] | None) -> None:
        items = [s for s in (scopes or []) if s]
        if not items:
            return
        i = self.main.findData(items[0])
        if i < 0 and len(items) > 1:  # a main scope that is itself an additional one, stored second
            items = [items[1], items[0]]
            i = self.main.findData(items[0])
        self.main.setCurrentIndex(max(i, 0))
        j = self.extra.findData(items[1]) if len(items) > 1 else 0
        self.extra.setCurrentIndex(max(j, 0))

    def choose(self, main: str, extra: str = "") -> None:
        self.set_scopes([main, extra])


class RegistrationBox(QComboBox):
    """The registration a later business acts on. ``fill(registrations)`` offers the given ones;
    ``load(physician_id)`` reads a physician's registrations (desk.roster.registrations) in the background
    and offers those whose status is in ``statuses``."""

    def __init__(self, desk: Any = None, actor: Actor | None = None, statuses: tuple[str, ...] = ("active",),
                 parent: QWidget | None = None, *, empty: str = "") -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self.statuses = statuses
        self.empty = empty or tr("（没有可办理的注册）")
        self.loading = False
        self.setObjectName("registrationBox")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        if desk is not None:
            self.addItem(tr("（先查找医师）"), None)

    def fill(self, registrations: Sequence[RegistrationView]) -> None:
        keep = self.registration()
        self.blockSignals(True)
        self.clear()
        for reg in registrations:
            self.addItem(registration_text(reg), reg)
        if not registrations:
            self.addItem(self.empty, None)
        if keep is not None:
            self.select(keep.id)
        self.blockSignals(False)
        self.currentIndexChanged.emit(self.currentIndex())

    def load(self, physician_id: int | None) -> None:
        """Offer the registrations of this physician (read in the background); None empties the box."""
        self.clear()
        if physician_id is None:
            self.addItem(tr("（先查找医师）"), None)
            return
        self.loading = True
        self.addItem(tr("正在读取…"), None)
        worker.run_read(self, self.desk.roster.registrations, self.actor, physician_id,
                        on_done=lambda regs: self.fill([r for r in regs if r.status in self.statuses]),
                        on_error=lambda _e: True, on_finished=lambda: setattr(self, "loading", False))

    def registration(self) -> RegistrationView | None:
        data = self.currentData()
        return data if isinstance(data, RegistrationView) else None

    def value(self) -> int | None:
        """The chosen registration's id."""
        reg = self.registration()
        return reg.id if reg is not None else None

    def select(self, registration_id: Any) -> None:
        for i in range(self.count()):
            data = self.itemData(i)
            if isinstance(data, RegistrationView) and data.id == registration_id:
                self.setCurrentIndex(i)
                return


class KindPage(QWidget):
    """The frame of one kind's form: a heading and a line on what the kind is for, the reason it cannot be
    applied for now (``blocker()``, shown by ``show_blocker()``), and rows whose error labels take the
    service's refusals (``errors``, keyed by the service's field names)."""

    def __init__(self, kind: str, status: QLabel, *, heading: str = "", about: str = "") -> None:
        super().__init__()
        self.kind = kind
        self.setObjectName(f"page_{kind}")
        lay = QVBoxLayout(self)
        if heading:
            title = QLabel(heading)
            title.setObjectName("heading")
            lay.addWidget(title)
        self.about = QLabel(about)
        self.about.setObjectName("fieldHint")
        self.about.setWordWrap(True)
        self.about.setVisible(bool(about))
        lay.addWidget(self.about)
        self.block_label = QLabel()
        self.block_label.setObjectName("formStatus")
        self.block_label.setProperty("role", "error")
        self.block_label.setWordWrap(True)
        self.block_label.hide()
        lay.addWidget(self.block_label)
        holder = QWidget()
        self.form = QFormLayout(holder)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        lay.addWidget(holder)
        lay.addStretch(1)
        self.errors = FormErrors(status)
        self.field_names: set[str] = set()

    def row(self, label: str, widget: Any, *fields: str, hint: str = "") -> Any:
        """Add a row (its error label under the input); returns the widget."""
        self.errors.row(self.form, label, widget, *fields, hint=hint)
        self.field_names.update(fields)
        return widget

    def blocker(self) -> str:
        """Why this kind cannot be applied for now ("" when it can)."""
        return ""

    def show_blocker(self) -> str:
        why = self.blocker()
        self.block_label.setText(why)
        self.block_label.setVisible(bool(why))
        return why


__all__ = [
    "InstitutionPicker", "KindPage", "RegistrationBox", "ScopePicker", "SearchLine", "registration_text",
]
