"""Form helpers shared by the dialogs: error labels beside fields, a status line, area pickers, dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import CHINA, DomainError, covers, reference
from app.views.i18n import error_text, ref, tr

NATIONAL = reference.NATIONAL
W = TypeVar("W", bound=QWidget)


def fmt_date(value: dt.date | dt.datetime | None) -> str:
    """Dates as people at the desk write them: 2026-11-24 (empty for None)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.astimezone(CHINA).date() if value.tzinfo else value.date()
    return value.isoformat()


class FormErrors:
    """Error labels under the fields of a form, keyed by the service's field names.

    ``show(err)`` puts a DomainError beside its field (and focuses the field) or, for an error without a
    known field, on the form's status line; returns True either way when it could show it.
    """

    def __init__(self, status: QLabel | None = None) -> None:
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._status = status

    def row(self, form: QFormLayout, label: str, widget: QWidget, *fields: str, hint: str = "") -> QLabel:
        """Add a form row whose error label sits right under the input (after a hint); returns that label."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        if hint:
            note = QLabel(hint)
            note.setObjectName("fieldHint")
            note.setWordWrap(True)
            lay.addWidget(note)
        error = QLabel()
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.setProperty("role", "error")
        error.hide()
        lay.addWidget(error)
        form.addRow(label, box)
        for name in fields:
            self._fields[name] = (widget, error)
        return error

    def alias(self, name: str, field: str) -> None:
        """Show errors for ``name`` where ``field`` shows them."""
        self._fields[name] = self._fields[field]

    def clear(self) -> None:
        for _w, label in self._fields.values():
            label.clear()
            label.hide()
        if self._status is not None:
            self._status.clear()
            self._status.hide()

    def set(self, field: str, message: str) -> None:
        """Show a message (e.g. from a check made in the dialog itself) beside a field."""
        self.show(DomainError(message, field))

    def show(self, err: DomainError) -> bool:
        """Show the error (and every other one it carries in ``extra["others"]``) beside its field."""
        self.clear()
        for other in reversed(list(err.extra.get("others") or [])):
            found = self._fields.get(str(other.get("field") or ""))
            if found is not None:
                found[1].setText(str(other.get("message") or ""))
                found[1].show()
        target = self._fields.get(err.field or "")
        if target is not None:
            widget, label = target
            label.setText(error_text(err))
            label.show()
            focus = widget.focusProxy() or widget
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(focus, QLineEdit):
                focus.selectAll()
            return True
        if self._status is not None:
            self._status.setText(error_text(err))
            self._status.show()
            return True
        return False

    def message_of(self, field: str) -> str:
        """The message now shown beside a field ("" when none; for tests and accessibility)."""
        target = self._fields.get(field)
        return target[1].text() if target else ""


def status_line() -> QLabel:
    """A label for messages that belong to no field (a dialog's status bar)."""
    label = QLabel()
    label.setObjectName("formStatus")
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


def line(prompt: str = "", *, password: bool = False, max_length: int | None = None) -> QLineEdit:
    """A line edit with a grey prompt shown while it is empty."""
    edit = QLineEdit()
    if prompt:
        edit.setPlaceholderText(prompt)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    if max_length:
        edit.setMaxLength(max_length)
    return edit


class ProvinceBox(QComboBox):
    """A province picker (and, when asked, 全国) whose data is the 6-digit code."""

    def __init__(self, *, national: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem(tr("请选择…"), "")
        for area in reference.provinces():
            self.addItem(ref(area["name"]), area["code"])
        if national:
            self.addItem(tr("全国（国家卫生健康委）"), NATIONAL)

    def code(self) -> str:
        return str(self.currentData() or "")

    def set_code(self, code: str) -> None:
        i = self.findData(code)
        self.setCurrentIndex(max(i, 0))


class AreaPicker(QWidget):
    """Province → city → county pickers; ``code()`` is the most precise level chosen.

    ``within`` limits the choice to a commission's jurisdiction (its own level and below).
    ``min_level="county"``: the place of an institution, to be chosen down to the county (the prompts
    say so; the service refuses anything above).
    """

    changed = Signal(str)

    def __init__(self, within: str | None = None, *, min_level: str = "province",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._within = within if within and within != NATIONAL else None
        self._min_level = min_level
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.province = QComboBox()
        self.city = QComboBox()
        self.county = QComboBox()
        for box in (self.province, self.city, self.county):
            box.setMinimumContentsLength(6)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            lay.addWidget(box, 1)
        self.setFocusProxy(self.province)
        self._fill(self.province, self._allowed(reference.provinces()), tr("省份…"))
        self.province.currentIndexChanged.connect(self._province_changed)
        self.city.currentIndexChanged.connect(self._city_changed)
        self.county.currentIndexChanged.connect(lambda _i: self.changed.emit(self.code()))
        if self._within:
            self.province.setCurrentIndex(1)
            self.province.setEnabled(False)
        self._province_changed()

    def _allowed(self, items: Iterable[reference.Area]) -> list[reference.Area]:
        if not self._within:
            return list(items)
        within = self._within
        out = []
        for a in items:
            # keep the areas inside the jurisdiction and the ancestors leading to it
            if covers(within, a["code"]) or covers(a["code"], within):
                out.append(a)
        return out

    @staticmethod
    def _fill(box: QComboBox, items: list[reference.Area], prompt: str) -> None:
        box.blockSignals(True)
        box.clear()
        box.addItem(prompt, "")
        for a in items:
            box.addItem(ref(a["name"]), a["code"])
        box.blockSignals(False)

    def _province_changed(self) -> None:
        code = str(self.province.currentData() or "")
        cities = self._allowed(reference.areas(parent=code)) if code else []
        prompt = tr("市、县（区）…") if self._min_level == "county" else tr("（全省）")
        self._fill(self.city, cities, prompt if cities else tr("—"))
        self.city.setEnabled(bool(cities))
        if self._within and self._within[2:] != "0000" and len(cities) == 1:
            self.city.setCurrentIndex(1)
            self.city.setEnabled(False)
        self._city_changed()

    def _city_changed(self) -> None:
        code = str(self.city.currentData() or "")
        counties = self._allowed(reference.areas(parent=code)) if code else []
        prompt = tr("县（区）…") if self._min_level == "county" else tr("（全市）")
        self._fill(self.county, counties, prompt if counties else tr("—"))
        self.county.setEnabled(bool(counties))
        if self._within and not self._within.endswith("00") and len(counties) == 1:
            self.county.setCurrentIndex(1)
            self.county.setEnabled(False)
        self.changed.emit(self.code())

    def code(self) -> str:
        for box in (self.county, self.city, self.province):
            value = str(box.currentData() or "")
            if value:
                return value
        return ""

    def set_code(self, code: str) -> None:
        """Select the area (and its parents) by code. A county-level unit directly under its province (北京市
        朝阳区, 湖北省仙桃市) is chosen in the second box."""
        i = self.province.findData(code[:2] + "0000")
        if i >= 0:
            self.province.setCurrentIndex(i)
        for part in (code, code[:4] + "00"):
            i = self.city.findData(part)
            if i >= 0:
                self.city.setCurrentIndex(i)
                break
        i = self.county.findData(code)
        if i >= 0:
            self.county.setCurrentIndex(i)


class OptionalDate(QWidget):
    """A date that may be left empty: a checkbox switches the date editor on."""

    def __init__(self, label: str, default: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        d = default or dt.date.today()
        self.edit.setDate(QDate(d.year, d.month, d.day))
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        lay.addWidget(self.enabled)
        lay.addWidget(self.edit, 1)
        self.setFocusProxy(self.enabled)

    def value(self) -> dt.date | None:
        if not self.enabled.isChecked():
            return None
        q = self.edit.date()
        return dt.date(q.year(), q.month(), q.day())


class FormDialog(QDialog):
    """A dialog of labelled fields whose OK runs one service call in the background.

    Enter submits (OK is the default button), Esc cancels. While the call runs the form is disabled;
    a DomainError lands beside its field, or on the status line under the form.
    """

    def __init__(self, title: str, parent: QWidget | None = None, *, ok_text: str | None = None,
                 intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        outer = QVBoxLayout(self)
        if intro:
            text = QLabel(intro)
            text.setWordWrap(True)
            text.setObjectName("intro")
            outer.addWidget(text)
        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.fields)
        self.status = status_line()
        outer.addWidget(self.status)
        self.errors = FormErrors(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text or tr("确定"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("取消"))
        self.cancel_button.setAutoDefault(False)  # Enter submits; only Esc or a click cancels
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self._busy = False
        self._focus: QWidget | None = None

    def add_row(self, label: str, widget: W, *fields: str, hint: str = "") -> W:
        self.errors.row(self.form, label, widget, *fields, hint=hint)
        return widget

    def show_status(self, message: str) -> None:
        self.status.setText(message)
        self.status.show()

    def set_busy(self, busy: bool) -> None:
        """Disable the form while its call runs; afterwards OK is the default button again and the
        field that had the focus gets it back (so Enter never lands on 取消)."""
        if busy and not self._busy:
            self._focus = QApplication.focusWidget()
        self._busy = busy
        self.fields.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
            return
        self.unsetCursor()
        self.ok_button.setDefault(True)
        focus, self._focus = self._focus, None
        if focus is not None and shiboken6.isValid(focus) and focus.isEnabled() and self.isAncestorOf(focus):
            focus.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def busy(self) -> bool:
        return self._busy

    def _submit(self) -> None:
        if self._busy:
            return
        self.errors.clear()
        self.submit()

    def submit(self) -> None:
        """Subclasses check what can be checked here, then start their service call with ``self.call``."""

    def call(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
             write: bool = True, announce: Any = None, **kwargs: Any) -> None:
        """Run the dialog's service call in the background with the form disabled meanwhile."""
        from app.views import worker

        def refused(err: DomainError) -> bool:
            self.set_busy(False)  # first, so the field in error can take the focus
            return self.errors.show(err)

        self.set_busy(True)
        if write:
            worker.run_write(self, fn, *args, on_done=on_done, on_error=refused,
                             on_finished=lambda: self.set_busy(False), announce=announce, **kwargs)
        else:
            worker.run_read(self, fn, *args, on_done=on_done, on_error=refused,
                            on_finished=lambda: self.set_busy(False), **kwargs)
