"""The physician's application forms (医师申请): one form per kind a physician starts, saved as a draft or
submitted; a draft or a case returned for correction (退回补正) is edited here and submitted again.

``ApplicationDialog(desk, actor)`` starts a new application (the kind is chosen at the top);
``ApplicationDialog(desk, actor, case=case)`` edits a draft (保存草稿 / 提交申请) or a returned case
(保存修改 / 重新提交). The physician's record (qualifications, registrations, filings) is read in the
background when the dialog opens; what a form cannot offer (no qualification, no registration code…)
is said at the top of the form and its buttons stay off. Every rule is the service's: its refusals are
shown beside the field they name.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import (
    Actor,
    Case,
    ConflictError,
    Desk,
    DomainError,
    InstitutionChoice,
    PhysicianDetail,
    RegistrationView,
    reference,
)
from app.views import worker
from app.views.forms import FormDialog, FormErrors, OptionalDate, fmt_date, line
from app.views.i18n import N_, error_text, ref, tr
from app.views.pickers import InstitutionPicker, KindPage, RegistrationBox, ScopePicker

PHYSICIAN_KINDS = tuple(reference.kinds_started_by("physician"))
EDITABLE = ("draft", "returned")
ASSISTANT = "执业助理医师"
NO_EXTRA = N_("（不加注）")

#: One line under the kind: what the application is for.
KIND_NOTES = {
    "first_registration": N_("在主要执业机构申请执业注册。提交后由该机构确认，再由卫生健康委审核，"
                             "批准后发放电子化注册识别码。"),
    "assistant_upgrade": N_("取得同类别执业医师资格后，在原主要执业机构申请由执业助理医师升为执业医师。"),
    "military_to_local": N_("由军队转到地方医疗机构执业，按注册办理。"),
    "local_to_military": N_("由地方转到军队执业，原注册在批准后终止。"),
    "change": N_("变更执业类别、执业范围或执业地点。更换主要执业机构不能申请变更，须重新注册。"),
    "deregistration": N_("本人申请注销执业注册，批准后注册及其备案的其他执业机构一并终止。"),
    "multi_site_filing": N_("在注册所在省内增加一个其他执业机构（执业助理医师限主要执业机构所在县区）。"),
    "multi_site_cancel": N_("取消一个已备案的其他执业机构。"),
    "multi_site_withdraw": N_("取消多地点执业：所有已备案的其他执业机构一并取消。"),
}




def usable_registrations(detail: PhysicianDetail | None) -> list[RegistrationView]:
    """Registrations later business may act on: in force and holding an electronic registration code."""
    if detail is None:
        return []
    return [r for r in detail.registrations if r.status == "active" and r.registration_code]


def active_filings(reg: RegistrationView | None) -> list[Any]:
    return [f for f in (reg.filings if reg else []) if f.status == "active"]


def _date_of(value: Any) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return None
    return None


def _set_optional_date(widget: OptionalDate, value: Any) -> None:
    day = _date_of(value)
    widget.enabled.setChecked(day is not None)
    if day is not None:
        widget.edit.setDate(QDate(day.year, day.month, day.day))


# --- the forms of the kinds ----------------------------------------------------------------------


class ApplicationPage(KindPage):
    """The form of one kind a physician applies for: its rows, the details it sends, and what keeps it
    from being applied for."""

    def __init__(self, dialog: ApplicationDialog, kind: str) -> None:
        super().__init__(kind, dialog.status, about=tr(KIND_NOTES.get(kind, "")))
        self.dialog = dialog
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(0, 0, 0, 0)

    @property
    def desk(self) -> Desk:
        return self.dialog.desk

    @property
    def actor(self) -> Actor:
        return self.dialog.actor

    @property
    def detail(self) -> PhysicianDetail | None:
        return self.dialog.detail

    def add_row(self, label: str, widget: Any, *fields: str, hint: str = "") -> Any:
        return self.row(label, widget, *fields, hint=hint)

    def note_row(self) -> QLineEdit:
        note = line(tr("需要说明的情况（可不填）"), max_length=500)
        self.add_row(tr("备注："), note, "note")
        return note

    def refresh(self) -> None:
        """The physician's record arrived (or changed): fill the choices that depend on it."""

    def details(self) -> dict[str, Any]:
        return {}

    def fill(self, details: dict[str, Any], case: Case) -> None:
        """Show a stored application's details."""


class _RegistrationBased(ApplicationPage):
    """A later business: it acts on one registration in force (the first row)."""

    def __init__(self, dialog: ApplicationDialog, kind: str) -> None:
        super().__init__(dialog, kind)
        self.registration = self.add_row(tr("注册记录："), RegistrationBox(), "registration_id")
        self.registration.currentIndexChanged.connect(lambda _i: self.registration_changed())

    def candidates(self) -> list[RegistrationView]:
        return usable_registrations(self.detail)

    def refresh(self) -> None:
        self.registration.fill(self.candidates())

    def registration_changed(self) -> None:
        """The registration picked changed: fill what depends on it."""

    def blocker(self) -> str:
        if self.detail is None:
            return ""
        if not usable_registrations(self.detail):
            return tr("您尚未取得电子化注册识别码（或注册已不在有效状态），"
                      "不能办理「{kind}」：须先经批准注册。").format(kind=ref(reference.kind_label(self.kind)))
        return ""

    def base_details(self) -> dict[str, Any]:
        reg = self.registration.registration()
        return {"registration_id": reg.id if reg else None}

    def fill(self, details: dict[str, Any], case: Case) -> None:
        self.registration.select(details.get("registration_id"))


class RegistrationPage(ApplicationPage):
    """注册 (and 军队变更入地方): main institution, level and category of a qualification, scopes."""

    def __init__(self, dialog: ApplicationDialog, kind: str) -> None:
        super().__init__(dialog, kind)
        self.qualification = self.add_row(tr("医师资格："), QLabel(), "qualification")
        self.qualification.setWordWrap(True)
        self.institution = self.add_row(
            tr("主要执业机构："), InstitutionPicker(self.desk, self.actor), "institution_id",
            hint=tr("一个省内只能有一个主要执业机构；在其他机构执业请在注册后办理多机构备案。"))
        self.level = self.add_row(tr("医师级别："), QComboBox(), "level")
        self.category = self.add_row(tr("执业类别："), QComboBox(), "category")
        self.scopes = self.add_row(tr("执业范围："), ScopePicker(), "scopes")
        self.place = self.add_row(tr("执业地点："), QLabel(), "place")
        self.place.setWordWrap(True)
        self.note = self.note_row()
        self.level.currentIndexChanged.connect(lambda _i: self._level_changed())
        self.category.currentIndexChanged.connect(lambda _i: self._category_changed())
        self.institution.chosen.connect(lambda _c: self._show_place())

    def _qualifications(self) -> list[Any]:
        return list(self.detail.qualifications) if self.detail else []

    def refresh(self) -> None:
        quals = self._qualifications()
        if quals:
            self.qualification.setText("\n".join(
                tr("{level}（{category}）").format(level=ref(q.level), category=ref(q.category))
                + "　" + (q.certificate_code or q.exam_ticket or "") for q in quals))
        else:
            self.qualification.setText(tr("无"))
        keep = self.level.currentData()
        self.level.blockSignals(True)
        self.level.clear()
        for level in dict.fromkeys(q.level for q in quals):
            self.level.addItem(ref(level), level)
        i = self.level.findData(keep) if keep else 0
        self.level.setCurrentIndex(max(i, 0))
        self.level.blockSignals(False)
        self._level_changed()
        if self.institution.list.count() == 0:
            self.institution.search()

    def _level_changed(self) -> None:
        level = self.level.currentData()
        keep = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        for cat in dict.fromkeys(q.category for q in self._qualifications() if q.level == level):
            self.category.addItem(ref(cat), cat)
        i = self.category.findData(keep) if keep else 0
        self.category.setCurrentIndex(max(i, 0))
        self.category.blockSignals(False)
        self._category_changed()
        self._show_place()

    def _category_changed(self) -> None:
        self.scopes.set_category(str(self.category.currentData() or ""))

    def _show_place(self) -> None:
        choice = self.institution.choice()
        level = self.level.currentData()
        if choice is None or not choice.jurisdiction:
            self.place.setText(tr("由主要执业机构所在地确定（执业医师为所在省，执业助理医师为所在县区）"))
            return
        code = choice.jurisdiction if level == ASSISTANT else choice.jurisdiction[:2] + "0000"
        self.place.setText(ref(reference.area_name(code)))

    def blocker(self) -> str:
        if self.detail is not None and not self._qualifications():
            return tr("您没有医师资格记录：注册须有考试中心导入或卫生健康委窗口补录的医师资格。")
        return ""

    def details(self) -> dict[str, Any]:
        choice = self.institution.choice()
        return {
            "institution_id": choice.id if choice else None,
            "level": self.level.currentData() or None,
            "category": self.category.currentData() or None,
            "scopes": self.scopes.scopes(),
            "note": self.note.text().strip(),
        }

    def fill(self, details: dict[str, Any], case: Case) -> None:
        self.institution.load_choice(details.get("institution_id"))
        if details.get("level"):
            self.level.setCurrentIndex(max(self.level.findData(details["level"]), 0))
        if details.get("category"):
            self.category.setCurrentIndex(max(self.category.findData(details["category"]), 0))
        self.scopes.set_scopes(details.get("scopes"))
        self.note.setText(str(details.get("note") or ""))


class UpgradePage(_RegistrationBased):
    """助理医师升执业医师: the assistant registration, same category and main institution, scopes."""

    def __init__(self, dialog: ApplicationDialog, kind: str) -> None:
        super().__init__(dialog, kind)
        self.facts = self.add_row(tr("执业类别与机构："), QLabel(), "category", "institution_id")
        self.scopes = self.add_row(tr("执业范围："), ScopePicker(), "scopes")
        self.note = self.note_row()

    def candidates(self) -> list[RegistrationView]:
        return [r for r in usable_registrations(self.detail) if r.level == ASSISTANT]

    def registration_changed(self) -> None:
        reg = self.registration.registration()
        if reg is None:
            self.facts.setText("")
            return
        self.facts.setText(tr("{category}类别，主要执业机构：{inst}（升级后不变）").format(
            category=ref(reg.category), inst=reg.main_institution_name))
        self.scopes.set_category(reg.category)
        self.scopes.set_scopes(reg.scopes)

    def blocker(self) -> str:
        why = super().blocker()
        if why or self.detail is None:
            return why
        if not self.candidates():
            return tr("您没有执业助理医师的有效注册，无需申请升级。")
        reg = self.candidates()[0]
        if not any(q.level == "执业医师" and q.category == reg.category for q in self.detail.qualifications):
            return tr("升级须取得与现注册相同类别（{category}）的执业医师资格，您的资格记录中没有。").format(
                category=ref(reg.category))
        return ""

    def details(self) -> dict[str, Any]:
        return {**self.base_details(), "scopes": self.scopes.scopes(), "note": self.note.text().strip()}

    def fill(self, details: dict[str, Any], case: Case) -> None:
        super().fill(details, case)
        self.scopes.set_scopes(details.get("scopes"))
        self.note.setText(str(details.get("note") or ""))


class ChangePage(_RegistrationBased):
    """变更: category, scopes, place. The main institution stays; another one is refused by the service."""

    def __init__(self, dialog: ApplicationDialog, kind: str) -> None:
        super().__init__(dialog, kind)
        self.institution = self.add_row(
            tr("主要执业机构："), InstitutionPicker(self.desk, self.actor), "institution_id",
            hint=tr("变更不能更换主要执业机构：更换机构须由原机构办理注册备案后重新注册。"))
        self.category = self.add_row(tr("执业类别："), QComboBox(), "category")
        self.scopes = self.add_row(tr("执业范围："), ScopePicker(), "scopes")
        self.place = self.add_row(tr("执业地点："), QLabel(), "place")
        self.place.setWordWrap(True)
        self.note = self.note_row()
        self.category.currentIndexChanged.connect(
            lambda _i: self.scopes.set_category(str(self.category.currentData() or "")))

    def registration_changed(self) -> None:
        reg = self.registration.registration()
        self.category.blockSignals(True)
        self.category.clear()
        if reg is None:
            self.category.blockSignals(False)
            return
        quals = self.detail.qualifications if self.detail else []
        cats = [reg.category] + [q.category for q in quals if q.level == reg.level]
        for cat in dict.fromkeys(cats):
            self.category.addItem(ref(cat), cat)
        self.category.setCurrentIndex(0)
        self.category.blockSignals(False)
        self.scopes.set_category(reg.category)
        self.scopes.set_scopes(reg.scopes)
        if reg.main_institution_id is not None:
            self.institution.set_choice(InstitutionChoice(reg.main_institution_id, reg.main_institution_name,
                                                          "", ref(reg.place_name), reg.place))
            self.institution.set_province(reg.province)
        self.place.setText(tr("{place}（随主要执业机构所在地，{level}）").format(
            place=ref(reg.place_name), level=ref(reg.level)))

    def details(self) -> dict[str, Any]:
        choice = self.institution.choice()
        return {**self.base_details(), "institution_id": choice.id if choice else None,
                "category": self.category.currentData() or None, "scopes": self.scopes.scopes(),
                "note": self.note.text().strip()}

    def fill(self, details: dict[str, Any], case: Case) -> None:
        super().fill(details, case)
        self.institution.load_choice(details.get("institution_id"))
        if details.get("category"):
            self.category.setCurrentIndex(max(self.category.findData(details["category"]), 0))
        self.scopes.set_scopes(details.get("scopes"))
        self.note.setText(str(details.get("note") or ""))


class EndingPage(_RegistrationBased):
    """注销 (本人申请) and 地方变更到军队: the registration, the ground (注销), the date it takes effect."""

    def __init__(self, dialog: ApplicationDialog, kind: str) -> None:
        super().__init__(dialog, kind)
        self.reason: QComboBox | None = None
        if kind == "deregistration":
            self.reason = self.add_row(tr("注销原因："), QComboBox(), "reason")
            for ground in reference.deregistration_grounds(kind):
                self.reason.addItem(ref(ground["label"]), ground["code"])
        self.effective = self.add_row(tr("生效日期："), OptionalDate(tr("指定日期（不指定则自批准之日起）")),
                                      "effective_date")
        self.note = self.note_row()

    def details(self) -> dict[str, Any]:
        out = {**self.base_details(), "effective_date": self.effective.value(),
               "note": self.note.text().strip()}
        if self.reason is not None:
            out["reason"] = self.reason.currentData()
        return out

    def fill(self, details: dict[str, Any], case: Case) -> None:
        super().fill(details, case)
        if self.reason is not None and details.get("reason"):
            self.reason.setCurrentIndex(max(self.reason.findData(details["reason"]), 0))
        _set_optional_date(self.effective, details.get("effective_date"))
        self.note.setText(str(details.get("note") or ""))


class FilingPage(_RegistrationBased):
    """多机构备案: one more institution, inside the registration's province (assistants: the county)."""

    def __init__(self, dialog: ApplicationDialog, kind: str) -> None:
        super().__init__(dialog, kind)
        self.institution = self.add_row(tr("备案机构："), InstitutionPicker(self.desk, self.actor),
                                        "institution_id")
        self.rule = QLabel()
        self.rule.setObjectName("fieldHint")
        self.rule.setWordWrap(True)
        self.form.addRow("", self.rule)
        self.effective = self.add_row(tr("开始日期："), OptionalDate(tr("指定日期（不指定则自批准之日起）")),
                                      "effective_date")
        self.note = self.note_row()
        self.institution.chosen.connect(lambda _c: self.check_choice())

    def registration_changed(self) -> None:
        reg = self.registration.registration()
        if reg is None:
            return
        if reg.level == ASSISTANT:
            self.rule.setText(tr("执业助理医师只能备案主要执业机构所在县（区）「{area}」内的机构。").format(
                area=ref(reg.place_name)))
        else:
            self.rule.setText(tr("只能备案注册所在省「{area}」内的机构；到外省执业须在当地注册。").format(
                area=ref(reference.area_name(reg.province))))
        self.institution.set_province(reg.province)
        self.check_choice()

    def problem(self) -> str:
        """What the rules will say about the institution picked (checked as the form is filled)."""
        reg = self.registration.registration()
        choice = self.institution.choice()
        if reg is None or choice is None:
            return ""
        if choice.id == reg.main_institution_id:
            return tr("「{name}」是主要执业机构，不需要备案").format(name=choice.name)
        if any(f.institution_id == choice.id for f in active_filings(reg)):
            return tr("「{name}」已经备案，不能重复备案").format(name=choice.name)
        if reg.level == ASSISTANT and choice.jurisdiction and choice.jurisdiction != reg.place:
            return tr("执业助理医师只能备案主要执业机构所在县（区）「{area}」内的机构").format(
                area=ref(reg.place_name))
        if choice.jurisdiction and choice.jurisdiction[:2] != reg.province[:2]:
            return tr("多机构备案只能在注册所在省「{area}」内；到外省执业须在当地注册").format(
                area=ref(reference.area_name(reg.province)))
        return ""

    def check_choice(self) -> None:
        why = self.problem()
        if why:
            self.errors.set("institution_id", why)
        elif self.errors.message_of("institution_id"):
            self.errors.clear()

    def details(self) -> dict[str, Any]:
        choice = self.institution.choice()
        return {**self.base_details(), "institution_id": choice.id if choice else None,
                "effective_date": self.effective.value(), "note": self.note.text().strip()}

    def fill(self, details: dict[str, Any], case: Case) -> None:
        super().fill(details, case)
        self.institution.load_choice(details.get("institution_id"))
        _set_optional_date(self.effective, details.get("effective_date"))
        self.note.setText(str(details.get("note") or ""))


class CancelPage(_RegistrationBased):
    """多执业机构取消备案: one of the filed institutions."""

    def __init__(self, dialog: ApplicationDialog, kind: str) -> None:
        super().__init__(dialog, kind)
        self.institution = self.add_row(tr("取消备案的机构："), QComboBox(), "institution_id")
        self.effective = self.add_row(tr("取消日期："), OptionalDate(tr("指定日期（不指定则自批准之日起）")),
                                      "effective_date")
        self.note = self.note_row()

    def registration_changed(self) -> None:
        self.institution.clear()
        for f in active_filings(self.registration.registration()):
            self.institution.addItem(tr("{name}（{start} 起）").format(
                name=f.institution_name, start=fmt_date(f.start_date)), f.institution_id)

    def blocker(self) -> str:
        return super().blocker() or _no_filings(self.detail, tr("您没有已备案的其他执业机构，无需取消备案。"))

    def details(self) -> dict[str, Any]:
        return {**self.base_details(), "institution_id": self.institution.currentData(),
                "effective_date": self.effective.value(), "note": self.note.text().strip()}

    def fill(self, details: dict[str, Any], case: Case) -> None:
        super().fill(details, case)
        i = self.institution.findData(details.get("institution_id"))
        if i >= 0:
            self.institution.setCurrentIndex(i)
        _set_optional_date(self.effective, details.get("effective_date"))
        self.note.setText(str(details.get("note") or ""))


class WithdrawSitesPage(_RegistrationBased):
    """申请取消"多地点执业": every filed institution ends at once."""

    def __init__(self, dialog: ApplicationDialog, kind: str) -> None:
        super().__init__(dialog, kind)
        self.sites = self.add_row(tr("将取消的机构："), QLabel(), "institution_id")
        self.sites.setWordWrap(True)
        self.effective = self.add_row(tr("取消日期："), OptionalDate(tr("指定日期（不指定则自批准之日起）")),
                                      "effective_date")
        self.note = self.note_row()

    def registration_changed(self) -> None:
        filings = active_filings(self.registration.registration())
        self.sites.setText("\n".join(f.institution_name for f in filings) or tr("（无）"))

    def blocker(self) -> str:
        why = tr("您没有已备案的其他执业机构，无需取消多地点执业。")
        return super().blocker() or _no_filings(self.detail, why)

    def details(self) -> dict[str, Any]:
        return {**self.base_details(), "effective_date": self.effective.value(),
                "note": self.note.text().strip()}

    def fill(self, details: dict[str, Any], case: Case) -> None:
        super().fill(details, case)
        _set_optional_date(self.effective, details.get("effective_date"))
        self.note.setText(str(details.get("note") or ""))


def _no_filings(detail: PhysicianDetail | None, message: str) -> str:
    if detail is None or any(active_filings(r) for r in usable_registrations(detail)):
        return ""
    return message


PAGES: dict[str, type[ApplicationPage]] = {
    "first_registration": RegistrationPage,
    "military_to_local": RegistrationPage,
    "assistant_upgrade": UpgradePage,
    "change": ChangePage,
    "deregistration": EndingPage,
    "local_to_military": EndingPage,
    "multi_site_filing": FilingPage,
    "multi_site_cancel": CancelPage,
    "multi_site_withdraw": WithdrawSitesPage,
}


class _Errors:
    """The dialog's errors: the current form's fields first, then the dialog's own (业务类型)."""

    def __init__(self, dialog: ApplicationDialog) -> None:
        self.dialog = dialog

    def _parts(self) -> tuple[ApplicationPage | None, FormErrors]:
        return self.dialog.page, self.dialog.own_errors

    def clear(self) -> None:
        page, own = self._parts()
        if page is not None:
            page.errors.clear()
        own.clear()

    def show(self, err: DomainError) -> bool:
        page, own = self._parts()
        self.clear()
        if page is not None and err.field in page.field_names:
            return page.errors.show(err)
        return own.show(err)

    def set(self, field: str, message: str) -> None:
        self.show(DomainError(message, field))

    def message_of(self, field: str) -> str:
        page, own = self._parts()
        if page is not None and field in page.field_names:
            return page.errors.message_of(field)
        return own.message_of(field)


def _save_and_submit(desk: Desk, actor: Actor, case: Case, details: dict[str, Any],
                     saved: list[Case]) -> Case:
    """Worker job for a draft: keep the edits, then submit it (the edits stay if the submit is refused)."""
    updated = desk.cases.update_details(actor, case.id, case.version, **details)
    saved.append(updated)
    return desk.cases.submit_draft(actor, updated.id, updated.version)


# --- the dialog ----------------------------------------------------------------------------------


class ApplicationDialog(FormDialog):
    """新建申请 / 修改申请: the form of the kind; 提交申请 (or 重新提交) and 保存草稿 (or 保存修改)."""

    saved = Signal(object, str)  # (Case, what happened, for the status bar)

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None, *, case: Case | None = None,
                 kind: str | None = None, detail: PhysicianDetail | None = None,
                 explanation: str = "") -> None:
        self.case = case
        self.mode = "new" if case is None else case.status
        if case is not None and case.status not in EDITABLE:
            raise ValueError(f"case {case.number} is {case.status}: not a draft nor returned")
        titles = {"new": tr("新建申请"), "draft": tr("修改草稿"), "returned": tr("修改后重新提交")}
        ok = {"new": tr("提交申请"), "draft": tr("提交申请"), "returned": tr("重新提交")}
        title = titles[self.mode] + (f" — {case.number}" if case else "")
        super().__init__(title, parent, ok_text=ok[self.mode])
        self.setObjectName("applicationDialog")
        self.desk = desk
        self.actor = actor
        self.detail = detail
        self.page: ApplicationPage | None = None
        self.pages: dict[str, ApplicationPage] = {}
        self.own_errors = self.errors
        self.errors = _Errors(self)  # type: ignore[assignment]
        self._filled = False
        self._saved_on_the_way: list[Case] | None = None
        self.closed_case = False  # the case was decided or withdrawn meanwhile: nothing to save any more

        self.explanation = QLabel(explanation)
        self.explanation.setObjectName("returnReason")
        self.explanation.setWordWrap(True)
        self.explanation.setStyleSheet("QLabel#returnReason { background: #fff8e1; border: 1px solid #f0d48a;"
                                       " border-radius: 3px; padding: 6px; }")
        self.explanation.setVisible(bool(explanation))
        outer = self.layout()
        if isinstance(outer, QVBoxLayout):
            outer.insertWidget(0, self.explanation)

        self.kind_box = QComboBox()
        self.kind_box.setObjectName("kindBox")
        for value in PHYSICIAN_KINDS:
            self.kind_box.addItem(ref(reference.kind_label(value)), value)
        self.own_errors.row(self.form, tr("业务类型："), self.kind_box, "kind", "physician_id")
        self.stack = QStackedWidget()
        self.form.addRow(self.stack)

        self.save_button = QPushButton(tr("保存草稿") if self.mode != "returned" else tr("保存修改"))
        self.save_button.setObjectName("saveButton")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)

        start = case.kind if case is not None else (kind if kind in PHYSICIAN_KINDS else PHYSICIAN_KINDS[0])
        self.kind_box.setCurrentIndex(max(self.kind_box.findData(start), 0))
        self.kind_box.setEnabled(case is None)
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self._kind_changed()
        self.setMinimumWidth(680)
        if detail is None:
            self.set_busy(True)
            self.show_status(tr("正在读取您的医师资格和注册记录…"))
            worker.run_read(self, desk.roster.physician, actor, actor.physician_id,
                            on_done=self._detail_arrived, on_error=self._detail_failed,
                            on_finished=lambda: self.set_busy(False))
        else:
            self._detail_arrived(detail)

    # --- the record and the forms ---

    def _detail_arrived(self, detail: PhysicianDetail) -> None:
        self.detail = detail
        self.status.hide()
        for page in self.pages.values():
            page.refresh()
        if self.case is not None and not self._filled and self.page is not None:
            self.page.fill(dict(self.case.details), self.case)
            self._filled = True
        self._update_buttons()

    def _detail_failed(self, err: DomainError) -> bool:
        self.show_status(error_text(err))
        return True

    def kind(self) -> str:
        return str(self.kind_box.currentData())

    def _kind_changed(self) -> None:
        kind = self.kind()
        page = self.pages.get(kind)
        if page is None:
            page = PAGES[kind](self, kind)
            self.pages[kind] = page
            self.stack.addWidget(page)
            if self.detail is not None:
                page.refresh()
        self.page = page
        self.stack.setCurrentWidget(page)
        self.errors.clear()
        self._update_buttons()
        self.adjustSize()

    def _update_buttons(self) -> None:
        page = self.page
        blocked = bool(page.show_blocker()) if page is not None and self.detail is not None else False
        ready = self.detail is not None and not self.busy and not blocked and not self.closed_case
        self.ok_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if hasattr(self, "save_button"):
            self._update_buttons()

    # --- saving ---

    def details(self) -> dict[str, Any]:
        return self.page.details() if self.page is not None else {}

    def submit(self) -> None:
        """提交申请 / 重新提交."""
        if self.page is None or self.detail is None or self.page.blocker():
            return
        details = self.details()
        pid = self.actor.physician_id
        if self.case is None:
            self._run(self.desk.cases.submit, self.actor, self.kind(), pid, **details,
                      on_done=lambda c: self._done(c, tr("申请 {n} 已提交，等待执业机构确认")))
        elif self.case.status == "draft":
            holder: list[Case] = []
            self._saved_on_the_way = holder
            self._run(_save_and_submit, self.desk, self.actor, self.case, details, holder,
                      on_done=lambda c: self._done(c, tr("申请 {n} 已提交，等待执业机构确认")))
        else:
            self._run(self.desk.cases.resubmit, self.actor, self.case.id, self.case.version, **details,
                      on_done=lambda c: self._done(c, tr("申请 {n} 已重新提交，等待执业机构确认")))

    def save(self) -> None:
        """保存草稿 / 保存修改: keep what is filled in without submitting."""
        if self.busy or self.page is None or self.detail is None:
            return
        self.errors.clear()
        details = self.details()
        if self.case is None:
            self._run(self.desk.cases.save_draft, self.actor, self.kind(), self.actor.physician_id, **details,
                      on_done=lambda c: self._done(c, tr("草稿 {n} 已保存")))
        else:
            self._run(self.desk.cases.update_details, self.actor, self.case.id, self.case.version, **details,
                      on_done=lambda c: self._done(c, tr("申请 {n} 的修改已保存")))

    def _run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None], **kwargs: Any) -> None:
        pid = self.actor.physician_id

        def refused(err: DomainError) -> bool:
            self.set_busy(False)
            held = getattr(self, "_saved_on_the_way", None)
            if held:
                self.case = held[-1]  # the edits were kept as a draft before the submit was refused
                self._saved_on_the_way = None
                self.saved.emit(self.case, "")
            if isinstance(err, ConflictError) and err.field == "version" and self.case is not None:
                self._reload_case()
            return self.errors.show(err)

        self.set_busy(True)
        worker.run_write(self, fn, *args, on_done=on_done, on_error=refused,
                         on_finished=lambda: self.set_busy(False),
                         announce=lambda c: {"cases": [getattr(c, "id", None)], "physicians": [pid]},
                         **kwargs)

    def _reload_case(self) -> None:
        """Someone changed the case meanwhile: read it again; a case no longer editable cannot be saved."""
        assert self.case is not None
        worker.run_read(self, self.desk.cases.get, self.actor, self.case.id, on_done=self._case_reloaded,
                        on_error=lambda _e: True)

    def _case_reloaded(self, case: Case) -> None:
        self.case = case
        self.closed_case = case.status not in EDITABLE
        self._update_buttons()
        self.saved.emit(case, "")

    def _done(self, case: Case, message: str) -> None:
        self._saved_on_the_way = None
        self.case = case
        self.accept()
        self.saved.emit(case, message.format(n=case.number))


class WithdrawDialog(FormDialog):
    """撤回申请: the applicant takes the case back before the decision (a note is optional)."""

    withdrawn = Signal(object)  # Case
    conflict = Signal()  # the case changed meanwhile: the window reloads it

    def __init__(self, desk: Desk, actor: Actor, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(
            tr("撤回申请 — {n}").format(n=case.number), parent, ok_text=tr("撤回申请"),
            intro=tr("撤回「{kind}」申请 {n}（{status}）？撤回后不再办理；如需办理请重新申请。").format(
                kind=ref(case.kind_label), n=case.number, status=ref(case.status_label)))
        self.setObjectName("withdrawDialog")
        self.desk = desk
        self.actor = actor
        self.case = case
        self.note = self.add_row(tr("撤回原因："), line(tr("可不填"), max_length=500), "note")
        self.stale = False
        self.setMinimumWidth(480)

    def set_busy(self, busy: bool) -> None:
        super().set_busy(busy)
        if self.stale:
            self.ok_button.setEnabled(False)

    def submit(self) -> None:
        def refused(err: DomainError) -> bool:
            if isinstance(err, ConflictError) or err.field in ("status", "version"):
                self.stale = True  # the case moved on: the window reloads it; this dialog can only close
                self.conflict.emit()
            self.set_busy(False)
            return self.errors.show(err)

        self.set_busy(True)
        worker.run_write(self, self.desk.cases.withdraw, self.actor, self.case.id, self.case.version,
                         self.note.text().strip(), on_done=self._done, on_error=refused,
                         on_finished=lambda: self.set_busy(False),
                         announce={"cases": [self.case.id], "physicians": [self.actor.physician_id]})

    def _done(self, case: Case) -> None:
        self.accept()
        self.withdrawn.emit(case)
