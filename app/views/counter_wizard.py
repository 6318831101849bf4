"""窗口受理: the commission's counter wizard for walk-in cases, one page per kind.

补录"老人"资格, 港澳台医师资格认定, 港澳台医师短期行医, 外国医师短期行医, 短期行医延期 (a renewal of a permit:
a case of the permit's own kind), 窗口注册, 窗口变更, 窗口注销.
Each page asks for what its kind needs (the person by ID document, or a physician found by resident ID
through desk.roster.physicians; institutions by name or pinyin initials through desk.lookup) and runs one
desk.counter call; a refusal lands beside its field. On success ``created(case)`` is emitted (the
commission window then opens the case in the case dialog) and the wizard closes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import HMT_ORIGINS, ID_TYPES, Actor, Case, Desk, DomainError, PermitView, reference
from app.views import worker
from app.views.forms import OptionalDate, fmt_date, line, status_line
from app.views.i18n import error_text, ref, ref_join, tr
from app.views.pickers import InstitutionPicker, KindPage, RegistrationBox, ScopePicker, SearchLine

COUNTER_KINDS = (
    "legacy_backfill",
    "hmt_recognition",
    "hmt_short_term",
    "foreign_short_term",
    "short_term_renewal",
    "direct_registration",
    "direct_change",
    "direct_deregistration",
)
#: The wizard's page for renewing a short-term permit (延期): not a case kind of its own, the renewal is a
#: case of the permit's kind that names the permit it continues.
RENEWAL = "short_term_renewal"
FIND_LIMIT = 20


def _today(desk: Desk) -> dt.date:
    """Today (China) by the desk's clock (tests move it)."""
    return desk.today()


def add_years(day: dt.date, years: int) -> dt.date:
    """The same calendar day ``years`` later (28 February for 29 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


class DateBox(QDateEdit):
    """A date editor in the desk's format (2026-11-24) with a calendar popup."""

    def __init__(self, value: dt.date) -> None:
        super().__init__()
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDate(_qdate(value))

    def value(self) -> dt.date:
        q = self.date()
        return dt.date(q.year(), q.month(), q.day())

    def set_value(self, value: dt.date) -> None:
        self.setDate(_qdate(value))


# --- pickers ---------------------------------------------------------------------------------------


class RecordFinder(QWidget):
    """A search line with a find button, a choice of what was found (shown when more than one) and a
    summary of the chosen record; each subclass names what it searches and how a record reads."""

    chosen = Signal(object)  # the chosen record or None
    #: Whether an empty search line is searched too (else Enter on it does nothing).
    finds_blank = False

    def __init__(self, desk: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.query = SearchLine(self.placeholder(), max_length=40)
        self.find_button = QPushButton(tr("查找(&F)"))
        self.find_button.setAutoDefault(False)
        top.addWidget(self.query, 1)
        top.addWidget(self.find_button)
        lay.addLayout(top)
        self.results = QComboBox()
        self.results.hide()
        lay.addWidget(self.results)
        self.summary = QLabel(self.prompt())
        self.summary.setObjectName("fieldHint")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.setFocusProxy(self.query)
        self.loading = False
        self._rows: list[Any] = []
        self.find_button.clicked.connect(self.look_up)
        self.query.search.connect(self.look_up)
        self.results.currentIndexChanged.connect(self._picked)

    # what a subclass says
    def placeholder(self) -> str:
        raise NotImplementedError

    def prompt(self) -> str:
        raise NotImplementedError

    def search(self) -> Callable[..., Any]:
        """The desk's paged search: called as (actor, text, limit=FIND_LIMIT)."""
        raise NotImplementedError

    def choice_text(self, record: Any) -> str:
        raise NotImplementedError

    def summary_parts(self, record: Any) -> list[str]:
        raise NotImplementedError

    def not_found(self, text: str) -> str:
        raise NotImplementedError

    def look_up(self) -> None:
        text = self.query.text().strip()
        if self.loading or not (text or self.finds_blank):
            return
        self.loading = True
        self.summary.setText(tr("正在查找…"))
        worker.run_read(self, self.search(), self.actor, text, limit=FIND_LIMIT, on_done=self._found,
                        on_error=self._failed, on_finished=lambda: setattr(self, "loading", False))

    def _failed(self, err: DomainError) -> bool:
        self.summary.setText(error_text(err))
        return True

    def _found(self, page: Any) -> None:
        self._rows = list(page.items)
        self.results.blockSignals(True)
        self.results.clear()
        for record in self._rows:
            self.results.addItem(self.choice_text(record), record.id)
        self.results.blockSignals(False)
        self.results.setVisible(len(self._rows) > 1)
        if not self._rows:
            self.summary.setText(self.not_found(self.query.text().strip()))
            self.chosen.emit(None)
            return
        self.results.setCurrentIndex(0)
        self._picked(0)

    def _picked(self, _index: int) -> None:
        record = self.current()
        if record is None:
            self.chosen.emit(None)
            return
        self.summary.setText("　".join(p for p in self.summary_parts(record) if p))
        self.chosen.emit(record)

    def current(self) -> Any:
        index = self.results.currentIndex()
        return self._rows[index] if 0 <= index < len(self._rows) else None


class PhysicianFinder(RecordFinder):
    """A physician found by resident ID (or name / pinyin initials) in the commission's roster."""

    def placeholder(self) -> str:
        return tr("身份证号（也可输入姓名或拼音首字母）")

    def prompt(self) -> str:
        return tr("请输入身份证号后按回车查找")

    def search(self) -> Callable[..., Any]:
        return cast(Callable[..., Any], self.desk.roster.physicians)

    def choice_text(self, record: Any) -> str:
        return f"{record.name}　{record.id_number}　{ref(record.level)}　{ref(record.category)}"

    def summary_parts(self, record: Any) -> list[str]:
        who = tr("{name}（{gender}）").format(name=record.name, gender=ref(record.gender))
        parts = [who + record.id_number, f"{ref(record.level)}　{ref(record.category)}"]
        if record.scopes:
            parts.append(ref_join(record.scopes))
        if record.registration_code:
            parts.append(tr("注册编码 {code}").format(code=record.registration_code))
        if record.main_institution_name:
            parts.append(record.main_institution_name)
        parts.append(ref(record.status_label))
        return parts

    def not_found(self, text: str) -> str:
        return tr("本辖区医师名册中没有找到“{q}”").format(q=text)

    def row(self) -> Any:
        return self.current()

    def value(self) -> int | None:
        row = self.current()
        return row.id if row is not None else None


def combo(items: list[tuple[str, Any]]) -> QComboBox:
    box = QComboBox()
    for label, data in items:
        box.addItem(label, data)
    return box


def category_box(*, short_term: bool = False, keep: str | None = None) -> QComboBox:
    """执业类别 (only 临床/中医/口腔 for short-term practice); ``keep`` adds a first "no change" item."""
    items: list[tuple[str, Any]] = [(keep, "")] if keep else [(tr("请选择…"), "")]
    items += [
        (ref(c["name"]), c["name"])
        for c in reference.categories() if c["short_term_allowed"] or not short_term
    ]
    return combo(items)


def level_box(keep: str | None = None) -> QComboBox:
    items: list[tuple[str, Any]] = [(keep, "")] if keep else [(tr("请选择…"), "")]
    return combo(items + [(ref(n), n) for n in reference.level_names()])


def gender_box(auto: bool) -> QComboBox:
    first = tr("（按身份证号）") if auto else tr("请选择…")
    return combo([(first, ""), (tr("男"), "男"), (tr("女"), "女")])


def note_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(tr("备注（可不填，最多500字）"))
    edit.setFixedHeight(56)
    return edit


def current(box: QComboBox) -> str:
    return str(box.currentData() or "")


# --- the pages ------------------------------------------------------------------------------------


class CounterPage(KindPage):
    """One walk-in kind's form: rows with their error labels; ``request()`` gives the service call to make."""

    kind = ""

    def __init__(self, desk: Any, actor: Actor, status: QLabel) -> None:
        super().__init__(self.kind, status, heading=self.heading(), about=self.about_text())
        self.desk = desk
        self.actor = actor
        self.today = _today(desk)
        self.build()

    def heading(self) -> str:
        return ref(reference.case_kind(self.kind)["label"])

    def about_text(self) -> str:
        return ref(reference.case_kind(self.kind)["note"])

    def institution_picker(self, *, optional: bool = False) -> InstitutionPicker:
        """An institution of the commission's jurisdiction (any, for the national commission)."""
        where = self.actor.jurisdiction
        province = where if where not in (None, "", reference.NATIONAL) else None
        return InstitutionPicker(self.desk, self.actor, optional=optional, province=province, rows=3)

    def build(self) -> None:
        """Add the kind's rows."""

    def check(self) -> bool:
        """Checks the dialog can make itself (nothing chosen yet); False after showing the error."""
        return True

    def request(self) -> tuple[Callable[..., Case], tuple[Any, ...], dict[str, Any]]:
        """The service call this kind's page makes: (method, args, kwargs). Every page class defines it."""
        raise NotImplementedError("每种窗口业务的页面都要定义 request()")

    # shared rows
    def identity_rows(self, id_types: tuple[str, ...], *, birth: bool = True) -> None:
        self.name = self.row(tr("姓名："), line(max_length=30), "name")
        self.id_type: QComboBox | None = None
        if len(id_types) > 1:
            self.id_type = self.row(
                tr("证件类型："), combo([(ref(ID_TYPES[t]), t) for t in id_types]), "id_type")
        number_label = ref(ID_TYPES[id_types[0]]) + tr("号码：") if len(id_types) == 1 else tr("证件号码：")
        self.id_number = self.row(number_label, line(max_length=30), "id_number")
        auto = "resident_id" in id_types
        self.gender = self.row(
            tr("性别："), gender_box(auto), "gender", hint=tr("居民身份证可不选，按号码识别") if auto else ""
        )
        self.birth_date: OptionalDate | None = None
        if birth:
            self.birth_date = self.row(
                tr("出生日期："), OptionalDate(tr("填写"), dt.date(1980, 1, 1)), "birth_date"
            )

    def identity(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "name": self.name.text().strip(),
            "id_number": self.id_number.text().strip(),
            "gender": current(self.gender) or None,
        }
        if self.id_type is not None:
            values["id_type"] = current(self.id_type) or None
        if self.birth_date is not None:
            values["birth_date"] = self.birth_date.value()
        return values

    def note_row(self) -> None:
        self.note = self.row(tr("备注："), note_edit(), "note")

    def term_rows(self, years: int) -> None:
        start = self.today + dt.timedelta(days=1)
        self.term_start = self.row(tr("开始日期："), DateBox(start), "term_start")
        end = add_years(start, years) - dt.timedelta(days=1)
        self.term_end = self.row(
            tr("结束日期："), DateBox(end), "term_end", hint=tr("最长{n}年").format(n=years)
        )

    def physician_row(self) -> None:
        self.physician = self.row(tr("医师："), PhysicianFinder(self.desk, self.actor), "physician_id")

    def require_physician(self) -> bool:
        if self.physician.value() is None:
            self.errors.set("physician_id", tr("请先按身份证号查找并选择医师"))
            return False
        return True


class LegacyBackfillPage(CounterPage):
    kind = "legacy_backfill"

    def build(self) -> None:
        self.identity_rows(("resident_id",), birth=False)
        self.certificate_code = self.row(
            tr("资格证书编码："), line(tr("医师资格证书上的编码"), max_length=40), "certificate_code"
        )
        self.level = self.row(tr("医师级别："), level_box(), "level")
        self.category = self.row(tr("执业类别："), category_box(), "category")
        self.issued_on = self.row(tr("资格取得日期："), DateBox(dt.date(1995, 1, 1)), "issued_on")
        self.note_row()

    def request(self) -> tuple[Callable[..., Case], tuple[Any, ...], dict[str, Any]]:
        values = self.identity()
        return (
            self.desk.counter.legacy_backfill,
            (self.actor,),
            dict(
                values,
                certificate_code=self.certificate_code.text().strip(),
                level=current(self.level),
                category=current(self.category),
                issued_on=self.issued_on.value(),
                note=self.note.toPlainText().strip(),
            ),
        )


class HmtRecognitionPage(CounterPage):
    kind = "hmt_recognition"

    def build(self) -> None:
        self.identity_rows(("hmt_permit", "resident_id"))
        self.origin = self.row(
            tr("地区："), combo([(tr("请选择…"), "")] + [(ref(o), o) for o in HMT_ORIGINS]), "origin"
        )
        self.level = self.row(tr("医师级别："), level_box(), "level")
        self.level.setCurrentIndex(max(self.level.findData("执业医师"), 0))
        self.category = self.row(tr("执业类别："), category_box(), "category")
        self.certificate_code = self.row(
            tr("资格证书编码："), line(tr("已有编码时填写"), max_length=40), "certificate_code"
        )
        self.issued_on = self.row(tr("资格取得日期："), OptionalDate(tr("填写")), "issued_on")
        self.note_row()

    def request(self) -> tuple[Callable[..., Case], tuple[Any, ...], dict[str, Any]]:
        return (
            self.desk.counter.hmt_recognition,
            (self.actor,),
            dict(
                self.identity(),
                origin=current(self.origin),
                level=current(self.level) or "执业医师",
                category=current(self.category),
                certificate_code=self.certificate_code.text().strip() or None,
                issued_on=self.issued_on.value(),
                note=self.note.toPlainText().strip(),
            ),
        )


class ShortTermPage(CounterPage):
    """Shared by the two short-term kinds."""

    def category_rows(self) -> None:
        self.category = self.row(tr("执业类别："), category_box(short_term=True), "category")
        self.scopes = self.row(tr("执业范围："), ScopePicker(), "scopes")
        self.category.currentIndexChanged.connect(lambda _i: self.scopes.set_category(current(self.category)))

    def practice(self) -> dict[str, Any]:
        """The category, scopes, term and note, as both short-term kinds send them."""
        return dict(
            category=current(self.category),
            scopes=self.scopes.value(),
            term_start=self.term_start.value(),
            term_end=self.term_end.value(),
            note=self.note.toPlainText().strip(),
        )


class HmtShortTermPage(ShortTermPage):
    kind = "hmt_short_term"

    def build(self) -> None:
        self.identity_rows(("hmt_permit", "resident_id"))
        self.origin = self.row(
            tr("地区："), combo([(tr("请选择…"), "")] + [(ref(o), o) for o in HMT_ORIGINS]), "origin"
        )
        self.institution = self.row(
            tr("执业机构："), self.institution_picker(), "institution_id"
        )
        self.category_rows()
        self.term_rows(3)
        self.note_row()

    def request(self) -> tuple[Callable[..., Case], tuple[Any, ...], dict[str, Any]]:
        return (
            self.desk.counter.hmt_short_term,
            (self.actor,),
            dict(
                self.identity(),
                origin=current(self.origin),
                institution_id=self.institution.value(),
                **self.practice(),
            ),
        )


class ForeignShortTermPage(ShortTermPage):
    kind = "foreign_short_term"

    def build(self) -> None:
        self.identity_rows(("passport",))
        self.origin = self.row(tr("国籍："), line(tr("如：英国"), max_length=40), "origin")
        self.inviting = self.row(
            tr("邀请机构："),
            self.institution_picker(),
            "inviting_institution_id",
            hint=tr("须为具有独立法人资格的医疗机构"),
        )
        self.institution = self.row(
            tr("执业机构："),
            self.institution_picker(optional=True),
            "institution_id",
            hint=tr("不填则在邀请机构执业"),
        )
        self.category_rows()
        self.term_rows(1)
        self.note_row()

    def request(self) -> tuple[Callable[..., Case], tuple[Any, ...], dict[str, Any]]:
        return (
            self.desk.counter.foreign_short_term,
            (self.actor,),
            dict(
                self.identity(),
                origin=self.origin.text().strip(),
                inviting_institution_id=self.inviting.value(),
                institution_id=self.institution.value(),
                **self.practice(),
            ),
        )


class PermitFinder(RecordFinder):
    """An active short-term practice permit of the commission's jurisdiction, found by the holder's name,
    document number or the permit number (desk.counter.permits); a blank search lists those ending soon."""

    finds_blank = True

    def __init__(self, desk: Any, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(desk, actor, parent)
        self.results.setObjectName("permitChoices")

    def placeholder(self) -> str:
        return tr("持有人姓名、证件号码或许可编号")

    def prompt(self) -> str:
        return tr("请输入后按回车查找；不填直接查找则列出即将期满的许可")

    def search(self) -> Callable[..., Any]:
        return cast(Callable[..., Any], self.desk.counter.permits)

    def choice_text(self, record: Any) -> str:
        return (f"{record.holder_name}　{record.holder_id_number}　{record.permit_number or ''}　"
                + tr("至 {day}").format(day=fmt_date(record.term_end)))

    def summary_parts(self, record: Any) -> list[str]:
        return [f"{record.holder_name}（{record.holder_id_number}）", ref(record.kind_label),
                ref(record.origin), record.institution_name,
                f"{ref(record.category)} {ref_join(record.scopes)}",
                tr("许可编号 {number}").format(number=record.permit_number or ""),
                tr("期限 {start} 至 {end}").format(start=fmt_date(record.term_start),
                                                   end=fmt_date(record.term_end))]

    def not_found(self, text: str) -> str:
        return tr("本辖区没有找到有效的短期行医许可")

    def permit(self) -> PermitView | None:
        return cast("PermitView | None", self.current())


class ShortTermRenewalPage(CounterPage):
    """短期行医延期: the permit to renew, the new end (the start is the day after the old end)."""

    kind = RENEWAL

    def heading(self) -> str:
        return tr("短期行医延期")

    def about_text(self) -> str:
        return tr("港澳台医师（每次最长3年）和外国医师（每次最长1年）的短期行医许可期满前可申请延期："
                  "新期限自原许可期满次日起算；执业机构、类别和范围不变（可另选执业机构）。")

    def build(self) -> None:
        self.permit = self.row(tr("原许可："), PermitFinder(self.desk, self.actor), "renews_permit_id")
        self.start_label = QLabel(tr("（先查找原许可）"))
        self.start_label.setObjectName("renewalStart")
        self.row(tr("开始日期："), self.start_label, "term_start")
        self.term_end = self.row(tr("结束日期："), DateBox(self.today), "term_end")
        self.institution = self.row(
            tr("执业机构："), self.institution_picker(optional=True), "institution_id",
            hint=tr("不填则在原执业机构"),
        )
        self.note_row()
        self.permit.chosen.connect(self._permit_chosen)

    def _permit_chosen(self, permit: PermitView | None) -> None:
        if permit is None:
            self.start_label.setText(tr("（先查找原许可）"))
            return
        start = permit.term_end + dt.timedelta(days=1)
        years = 3 if permit.kind == "hmt" else 1
        self.start_label.setText(tr("{day}（原许可期满次日）").format(day=fmt_date(start)))
        self.term_end.set_value(add_years(start, years) - dt.timedelta(days=1))
        self.term_end.setToolTip(tr("最长{n}年").format(n=years))

    def check(self) -> bool:
        if self.permit.permit() is None:
            self.errors.set("renews_permit_id", tr("请先查找并选择要延期的短期行医许可"))
            return False
        return True

    def request(self) -> tuple[Callable[..., Case], tuple[Any, ...], dict[str, Any]]:
        permit = self.permit.permit()
        assert permit is not None
        return (
            self.desk.counter.short_term_renewal,
            (self.actor, permit.id),
            dict(
                term_end=self.term_end.value(),
                institution_id=self.institution.value(),
                note=self.note.toPlainText().strip(),
            ),
        )


class PhysicianScopesPage(CounterPage):
    """A page for a physician on the roster whose scopes follow the category chosen (窗口注册, 窗口变更)."""

    category: QComboBox
    scopes: ScopePicker

    def scopes_follow_category(self) -> None:
        """The scopes offered are those of the category chosen, else of the physician's qualification."""
        row = self.physician.row()
        self.scopes.set_category(current(self.category) or (row.category if row is not None else ""))


class DirectRegistrationPage(PhysicianScopesPage):
    kind = "direct_registration"

    def build(self) -> None:
        self.physician_row()
        self.institution = self.row(
            tr("主要执业机构："), self.institution_picker(), "institution_id"
        )
        self.level = self.row(tr("医师级别："), level_box(tr("（按医师资格）")), "level")
        self.category = self.row(tr("执业类别："), category_box(keep=tr("（按医师资格）")), "category")
        self.scopes = self.row(
            tr("执业范围："), ScopePicker(), "scopes", hint=tr("执业地点按主要执业机构所在地确定")
        )
        self.category.currentIndexChanged.connect(self.scopes_follow_category)
        self.physician.chosen.connect(lambda _row: self.scopes_follow_category())
        self.note_row()

    def check(self) -> bool:
        return self.require_physician()

    def request(self) -> tuple[Callable[..., Case], tuple[Any, ...], dict[str, Any]]:
        return (
            self.desk.counter.direct_registration,
            (self.actor, self.physician.value()),
            dict(
                institution_id=self.institution.value(),
                scopes=self.scopes.value(),
                level=current(self.level) or None,
                category=current(self.category) or None,
                note=self.note.toPlainText().strip(),
            ),
        )


class DirectChangePage(PhysicianScopesPage):
    kind = "direct_change"

    def build(self) -> None:
        self.physician_row()
        self.registration = self.row(
            tr("注册记录："), RegistrationBox(self.desk, self.actor, ("active",)), "registration_id"
        )
        self.category = self.row(tr("执业类别："), category_box(keep=tr("（不变更）")), "category")
        self.scopes = self.row(tr("执业范围："), ScopePicker(optional=True), "scopes")
        self.physician.chosen.connect(self._physician_chosen)
        self.category.currentIndexChanged.connect(self.scopes_follow_category)
        self.note_row()

    def _physician_chosen(self, row: Any) -> None:
        self.registration.load(row.id if row is not None else None)
        self.scopes_follow_category()

    def check(self) -> bool:
        return self.require_physician()

    def request(self) -> tuple[Callable[..., Case], tuple[Any, ...], dict[str, Any]]:
        return (
            self.desk.counter.direct_change,
            (self.actor, self.physician.value()),
            dict(
                registration_id=self.registration.value(),
                category=current(self.category) or None,
                scopes=self.scopes.value() or None,
                note=self.note.toPlainText().strip(),
            ),
        )


class DirectDeregistrationPage(CounterPage):
    kind = "direct_deregistration"

    def build(self) -> None:
        self.physician_row()
        self.registration = self.row(
            tr("注册记录："), RegistrationBox(self.desk, self.actor, ("active", "filed")), "registration_id"
        )
        grounds = reference.deregistration_grounds(self.kind)
        self.reason = self.row(
            tr("注销原因："),
            combo([(tr("请选择…"), "")] + [(ref(g["label"]), g["code"]) for g in grounds]),
            "reason",
        )
        self.effective_date = self.row(
            tr("注销日期："),
            OptionalDate(tr("指定日期"), self.today),
            "effective_date",
            hint=tr("不指定则为批准当日"),
        )
        self.physician.chosen.connect(lambda row: self.registration.load(row.id if row is not None else None))
        self.wanted_registration: int | None = None
        self.registration.currentIndexChanged.connect(lambda _i: self._pick_wanted())
        self.note_row()

    def preset_pool_entry(self, entry: Any) -> None:
        """From the 2-year list (满两年待注销): look the physician up, take the filed registration and the
        ground 中止医师执业活动满二年; the clerk checks the paper and 受理."""
        self.wanted_registration = entry.registration_id
        index = self.reason.findData("practice_suspended_2y")
        if index >= 0:
            self.reason.setCurrentIndex(index)
        self.note.setPlainText(tr("备案（{day}）满两年未执业，自非在册医师库办理注销").format(
            day=fmt_date(entry.filed_on)))
        self.physician.query.setText(entry.id_number)
        self.physician.look_up()

    def _pick_wanted(self) -> None:
        wanted = self.wanted_registration
        if wanted is None:
            return
        for i in range(self.registration.count()):
            reg = self.registration.itemData(i)
            if getattr(reg, "id", None) == wanted:
                self.wanted_registration = None
                if self.registration.currentIndex() != i:
                    self.registration.setCurrentIndex(i)
                return

    def check(self) -> bool:
        return self.require_physician()

    def request(self) -> tuple[Callable[..., Case], tuple[Any, ...], dict[str, Any]]:
        return (
            self.desk.counter.direct_deregistration,
            (self.actor, self.physician.value()),
            dict(
                reason=current(self.reason),
                effective_date=self.effective_date.value(),
                registration_id=self.registration.value(),
                note=self.note.toPlainText().strip(),
            ),
        )


PAGES: dict[str, type[CounterPage]] = {
    "legacy_backfill": LegacyBackfillPage,
    "hmt_recognition": HmtRecognitionPage,
    "hmt_short_term": HmtShortTermPage,
    "foreign_short_term": ForeignShortTermPage,
    RENEWAL: ShortTermRenewalPage,
    "direct_registration": DirectRegistrationPage,
    "direct_change": DirectChangePage,
    "direct_deregistration": DirectDeregistrationPage,
}


class CounterWizard(QDialog):
    """窗口受理: pick the kind on the left, fill its page, 受理 creates the case (status 待卫健委审核)."""

    created = Signal(object)  # Case

    def __init__(
        self, desk: Any, actor: Actor, parent: QWidget | None = None, *, kind: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("counterWizard")
        self.setWindowTitle(tr("窗口受理"))
        self.desk = desk
        self.actor = actor
        self._busy = False
        outer = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "当面核验申请人的证件和纸质材料后，选择业务类型并填写。受理后案件进入审批队列"
                "（待卫健委审核），办理期限自今日起计算。"
            )
        )
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        body = QHBoxLayout()
        self.kinds = QListWidget()
        self.kinds.setObjectName("kindList")
        self.kinds.setFixedWidth(190)
        self.kinds.setSpacing(3)
        self.stack = QStackedWidget()
        self.status = status_line()
        self.pages: dict[str, CounterPage] = {}
        for value in COUNTER_KINDS:
            page = PAGES[value](desk, actor, self.status)
            self.pages[value] = page
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.stack.addWidget(scroll)
            self.kinds.addItem(page.heading())
        body.addWidget(self.kinds)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        outer.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(tr("受理(&S)"))
        self.ok_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(tr("取消"))
        self.cancel_button.setAutoDefault(False)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.kinds.currentRowChanged.connect(self._kind_changed)
        self.kinds.setCurrentRow(COUNTER_KINDS.index(kind) if kind in COUNTER_KINDS else 0)
        self.resize(900, 680)

    @property
    def kind(self) -> str:
        return COUNTER_KINDS[max(self.kinds.currentRow(), 0)]

    @property
    def page(self) -> CounterPage:
        return self.pages[self.kind]

    def set_kind(self, kind: str) -> CounterPage:
        self.kinds.setCurrentRow(COUNTER_KINDS.index(kind))
        return self.page

    def _kind_changed(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self.page.errors.clear()

    @property
    def busy(self) -> bool:
        return self._busy

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.stack.setEnabled(not busy)
        self.kinds.setEnabled(not busy)
        self.ok_button.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def submit(self) -> None:
        if self._busy:
            return
        page = self.page
        page.errors.clear()
        if not page.check():
            return
        fn, args, kwargs = page.request()
        self._set_busy(True)
        worker.run_write(
            self,
            fn,
            *args,
            on_done=self._created,
            on_error=self._refused,
            on_finished=lambda: self._set_busy(False),
            announce=lambda case: {"cases": [case.id]},
            **kwargs,
        )

    def _refused(self, err: DomainError) -> bool:
        self._set_busy(False)
        return self.page.errors.show(err)

    def _created(self, case: Case) -> None:
        self.accept()
        self.created.emit(case)


__all__ = ["COUNTER_KINDS", "CounterWizard", "InstitutionPicker", "PhysicianFinder", "ScopePicker"]
