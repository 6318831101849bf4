"""公众查询: the public register window — physicians, nurses and institutions, the disclosed fields only.

Anyone may search, signed in or not (desk.register needs no account). A search needs a full name (at
least two characters; an institution's name may be its beginning) or a certificate / registration number
in full, as the service says: the register cannot be listed in bulk. The tables show exactly the fields
DOMAIN.md discloses, never an ID number, a phone or an address of a person.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import Desk, DomainError, Page
from app.views.forms import FormErrors, ProvinceBox, fmt_date, line, status_line
from app.views.i18n import N_, error_text, ref, ref_join, tr
from app.views.paged import Column, PagedTableModel

#: The public service hands out at most this many rows per call.
PUBLIC_PAGE = 50


PHYSICIAN_COLUMNS = [
    Column(N_("姓名"), lambda r: r.name),
    Column(N_("性别"), lambda r: ref(r.gender)),
    Column(N_("医师级别"), lambda r: ref(r.level)),
    Column(N_("执业类别"), lambda r: ref(r.category)),
    Column(N_("证书编码"), lambda r: r.certificate_code),
    Column(N_("执业地点"), lambda r: ref(r.place)),
    Column(N_("执业机构"), lambda r: r.institution),
    Column(N_("执业范围"), lambda r: ref_join(r.scopes)),
    Column(N_("发证机关"), lambda r: r.authority),
]
NURSE_COLUMNS = [
    Column(N_("姓名"), lambda r: r.name),
    Column(N_("性别"), lambda r: ref(r.gender)),
    Column(N_("执业证书编号"), lambda r: r.certificate_number),
    Column(N_("执业地点"), lambda r: ref(r.place)),
    Column(N_("发证机关"), lambda r: r.authority),
]
INSTITUTION_COLUMNS = [
    Column(N_("机构名称"), lambda r: r.name),
    Column(N_("地址"), lambda r: r.address),
    Column(N_("诊疗科目"), lambda r: r.subjects),
    Column(N_("法定代表人"), lambda r: r.legal_representative),
    Column(N_("主要负责人"), lambda r: r.principal),
    Column(N_("登记号"), lambda r: r.registration_number),
    Column(N_("执业许可证有效期限"), lambda r: fmt_date(r.licence_valid_until)),
    Column(N_("审批机关"), lambda r: r.approving_authority),
]


@dataclass(frozen=True)
class Register:
    """One tab: what is searched, by which service call, shown in which columns."""

    key: str
    title: str
    name_label: str
    name_hint: str
    code_label: str
    code_field: str  # the service keyword (certificate_code / certificate_number / registration_number)
    code_hint: str
    columns: Sequence[Column]
    unit: str
    search: Callable[[Desk], Callable[..., list[Any]]]


REGISTERS = (
    Register("physicians", N_("医师"), N_("姓名："), N_("完整姓名，至少2个字"), N_("证书编码："),
             "certificate_code", N_("医师执业证书编码（15位）或医师资格证书编码（27位），须填写完整"),
             PHYSICIAN_COLUMNS, N_("位医师"),
             lambda desk: desk.register.search_physicians),
    Register("nurses", N_("护士"), N_("姓名："), N_("完整姓名，至少2个字"), N_("执业证书编号："),
             "certificate_number",
             N_("护士执业证书编号，须填写完整"), NURSE_COLUMNS, N_("位护士"),
             lambda desk: desk.register.search_nurses),
    Register("institutions", N_("医疗机构"), N_("机构名称："), N_("机构名称或其开头，至少2个字"),
             N_("登记号："), "registration_number", N_("医疗机构执业许可证登记号，须填写完整"),
             INSTITUTION_COLUMNS, N_("家机构"),
             lambda desk: desk.register.search_institutions),
)


class RegisterTab(QWidget):
    """The search form of one register over its result table (paged, 50 rows at a time)."""

    def __init__(self, desk: Desk, register: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.register = register
        self.setObjectName(f"register_{register.key}")
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        holder = QWidget()
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.status = status_line()
        self.errors = FormErrors(self.status)
        self.name = line(tr(register.name_hint), max_length=100)
        self.code = line(tr(register.code_hint), max_length=40)
        self.province = ProvinceBox()
        self.province.setItemText(0, tr("全部省份"))
        self.errors.row(form, tr(register.name_label), self.name, "name")
        self.errors.row(form, tr(register.code_label), self.code, register.code_field)
        self.errors.row(form, tr("省份："), self.province, "province", "area_code")
        top.addWidget(holder, 1)
        buttons = QVBoxLayout()
        self.search_button = QPushButton(tr("查询"))
        self.search_button.setObjectName("searchButton")
        self.search_button.setAutoDefault(False)
        self.clear_button = QPushButton(tr("清空"))
        self.clear_button.setAutoDefault(False)
        buttons.addWidget(self.search_button)
        buttons.addWidget(self.clear_button)
        from app.views.export import ExportButton

        self.export_button = ExportButton(
            None, lambda: tr("公众查询结果-{what}").format(what=tr(register.title)))
        self.export_button.setEnabled(False)  # once there are results
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        outer.addLayout(top)
        outer.addWidget(self.status)

        self._query: tuple[str, str, str] | None = None  # nothing is listed before the first search
        self.model = PagedTableModel(register.columns, self._fetch, page_size=PUBLIC_PAGE)
        self.model.setParent(self)
        self.export_button.model = self.model
        self.table = QTableView()
        self.table.setObjectName(f"{register.key}Table")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        outer.addWidget(self.table, 1)
        self.count = QLabel(tr("请输入查询条件后点“查询”（或按回车）。"))
        self.count.setObjectName("resultCount")
        outer.addWidget(self.count)

        self.searching = False
        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear)
        self.name.returnPressed.connect(self.search)
        self.code.returnPressed.connect(self.search)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(self._failed)
        self.setTabOrder(self.name, self.code)
        self.setTabOrder(self.code, self.province)
        self.setTabOrder(self.province, self.search_button)
        self.setFocusProxy(self.name)

    def _fetch(self, offset: Any, limit: int) -> Page[Any]:
        if self._query is None:
            return Page([])
        name, code, province = self._query
        rows = self.register.search(self.desk)(
            name or None, **{self.register.code_field: code or None}, province=province or None,
            offset=int(offset or 0), limit=limit)
        return Page(rows)

    def search(self) -> None:
        """Search with what is typed; the service says what is missing (beside the field)."""
        self.errors.clear()
        self._query = (self.name.text().strip(), self.code.text().strip(), self.province.code())
        self.searching = True
        self.count.setText(tr("正在查询…"))
        self.model.reload()

    def clear(self) -> None:
        self.name.clear()
        self.code.clear()
        self.province.set_code("")
        self.errors.clear()
        self.name.setFocus()

    def _loaded(self, loaded: int) -> None:
        self.searching = False
        if self._query is None:
            return
        self.export_button.setEnabled(loaded > 0)
        if loaded == 0:
            self.count.setText(tr("没有找到符合条件的记录（公示的只有在有效期内的执业注册）。"))
            return
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount()):
            self.table.setColumnWidth(col, min(self.table.columnWidth(col) + 12, 320))
        text = tr("找到 {n} {unit}").format(n=loaded, unit=tr(self.register.unit))
        if self.model.has_more:
            text += tr("（向下滚动显示更多）")
        self.count.setText(text)

    def _failed(self, err: DomainError) -> None:
        self.searching = False
        self.count.setText("")
        self.errors.show(err)

    def rows(self) -> list[list[str]]:
        """What the table shows, as text (tests and accessibility)."""
        return [[str(self.model.data(self.model.index(r, c)) or "") for c in range(self.model.columnCount())]
                for r in range(self.model.rowCount())]


class PublicRegisterWindow(QDialog):
    """公众查询: three tabs, 医师 / 护士 / 医疗机构; only the disclosed fields are shown."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publicRegister")
        self.setWindowTitle(tr("公众查询"))  # Qt adds the app's name (applicationDisplayName)
        self.setModal(False)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.desk = desk
        outer = QVBoxLayout(self)
        intro = QLabel(tr("依法公示的执业注册信息，只显示规定公开的项目。请输入完整姓名（至少2个字）"
                          "或完整的证书编号查询；可按省份缩小范围。"))
        intro.setObjectName("intro")
        intro.setWordWrap(True)
        outer.addWidget(intro)
        self.tabs = QTabWidget()
        self.registers: dict[str, RegisterTab] = {}
        for register in REGISTERS:
            tab = RegisterTab(desk, register)
            self.registers[register.key] = tab
            self.tabs.addTab(tab, tr(register.title))
        outer.addWidget(self.tabs, 1)
        self.note = QLabel()
        self.note.setObjectName("downloadNote")
        self.note.setWordWrap(True)
        outer.addWidget(self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.download_button = QPushButton(tr("下载全部公示数据…"))
        self.download_button.setObjectName("downloadOpenData")
        self.download_button.setAutoDefault(False)
        self.download_button.setToolTip(tr("整个公示名册（只含公开项目）：CSV、Excel 或 HL7 FHIR R4 数据包"))
        menu = QMenu(self.download_button)
        menu.addAction(tr("CSV（当前标签页的名册）"), lambda: self.download("csv"))
        menu.addAction(tr("Excel（医师、护士、医疗机构三张表）"), lambda: self.download("xlsx"))
        menu.addAction(tr("HL7 FHIR R4 数据包（医师、执业注册、医疗机构）"), lambda: self.download("fhir"))
        self.download_button.setMenu(menu)
        buttons.addButton(self.download_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button = QPushButton(tr("核验注册结果通知…"))
        self.verify_button.setObjectName("verifyNotice")
        self.verify_button.setAutoDefault(False)
        self.verify_button.setToolTip(
            tr("选择注册结果通知的 PDF 文件，核验是否由卫生健康委签发、是否与公示信息一致"))
        self.verify_button.clicked.connect(lambda: self.verify_notice())
        buttons.addButton(self.verify_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(tr("关闭"))
        close.setAutoDefault(False)
        close.setDefault(False)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget().setFocus())
        self.resize(1100, 640)
        self.registers["physicians"].setFocus()

    def download(self, fmt: str, path: str | None = None) -> Any:
        """下载公示数据 in one of the open-data formats (CSV: the register of the tab shown)."""
        from app.views.export import export_open_data

        tab = self.tabs.currentWidget()
        register = tab.register.key if isinstance(tab, RegisterTab) else "physicians"
        self.note.clear()
        return export_open_data(self, self.desk, fmt, register, path)

    def verify_notice(self, path: str | None = None) -> None:
        """核验注册结果通知: is the PDF genuine, and does it still match the register?"""
        from pathlib import Path

        from PySide6.QtWidgets import QFileDialog

        from app.views import worker

        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, tr("选择注册结果通知"), "", tr("PDF 文件 (*.pdf)"))
            if not path:
                return
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            self.note.setText(tr("无法读取文件：{why}").format(why=exc.strerror or exc))
            return
        self.note.setText(tr("正在核验…"))
        worker.run_read(self, self.desk.notices.verify, data, on_done=self._verified,
                        on_error=self._verify_failed)

    def _verify_failed(self, err: Any) -> bool:
        self.note.setText(error_text(err))
        return True

    def _verified(self, verdict: Any) -> None:
        self.verdict = verdict
        text = tr("电子化注册识别码 {code}：{message}").format(code=verdict.registration_code,
                                                            message=error_text(verdict.message))
        if verdict.signed_by:
            text += tr("（签发：{who}）").format(who=verdict.signed_by)
        colour = "#1b5e20" if verdict.ok else "#b00020"
        self.note.setText(f'<span style="color:{colour}">{text}</span>')

    def show_status(self, message: str) -> None:
        """Where an export says how it went."""
        self.note.setText(message)

    @property
    def physicians(self) -> RegisterTab:
        return self.registers["physicians"]

    @property
    def nurses(self) -> RegisterTab:
        return self.registers["nurses"]

    @property
    def institutions(self) -> RegisterTab:
        return self.registers["institutions"]


def open_public_register(desk: Desk, parent: QWidget | None = None) -> PublicRegisterWindow:
    """Show the public register (one per parent: a second call raises the open one)."""
    existing = getattr(parent, "_public_register", None) if parent is not None else None
    try:
        if existing is not None and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing  # type: ignore[no-any-return]
    except RuntimeError:  # deleted meanwhile
        pass
    window = PublicRegisterWindow(desk, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if parent is not None:
        parent._public_register = window  # type: ignore[attr-defined]
    window.show()
    return window
