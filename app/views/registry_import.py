"""导入名册数据: the commission brings in the exam centre's list of qualifications (考试中心名单), nurse
registrations or institutions' licence data from its own registries (CSV or XLSX); the chosen file's
first rows are previewed before importing; the result says what was added and lists every bad row by
line, field and reason (exportable to Excel). Importing the same file again changes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import (
    INSTITUTION_IMPORT_LABELS,
    NURSE_IMPORT_LABELS,
    QUALIFICATION_IMPORT_LABELS,
    Actor,
    Desk,
    DomainError,
    ImportResult,
)
from app.views import layout_memory, worker
from app.views.i18n import N_, error_text, ref, tr

#: kind → (label, "service.method" of the desk, columns, required-column note)
KINDS: dict[str, tuple[str, str, dict[str, Any], str]] = {
    "qualifications": (
        N_("考试中心医师资格名单"), "roster.import_qualifications", QUALIFICATION_IMPORT_LABELS,
        N_("必填列：姓名、身份证号、级别、类别，以及医师资格证书编码或准考证号（至少一项）。"
        "可选列：发证日期。新的身份证号自动建立医师档案；已导入的资格不会重复登记。"),
    ),
    "nurses": (
        N_("护士执业注册"), "registries.import_nurses", NURSE_IMPORT_LABELS,
        N_("必填列：姓名、身份证号、执业证书编号、执业地点（6位行政区划代码）、注册日期。"
        "可选列：性别、执业机构登记号、发证机关、有效期至（不填按注册日期起5年）、状态（“注销”表示已注销）。"),
    ),
    "institutions": (
        N_("医疗机构执业许可"), "registries.import_institutions", INSTITUTION_IMPORT_LABELS,
        N_("必填列：机构名称、登记号、地址、法定代表人、主要负责人、所在地区（6位行政区划代码）。"
        "可选列：诊疗科目、审批机关、执业许可证有效期限。已有的机构按登记号更新许可信息。"),
    ),
}
ERROR_HEADERS = (N_("行号"), N_("字段"), N_("原因"))
#: What each kind's import announces to the other windows (change feed topic).
ANNOUNCE = {"qualifications": "physicians", "nurses": "nurse_registrations", "institutions": "institutions"}
PREVIEW_ROWS = 100


class RegistryImportDialog(QDialog):
    """Pick what and which file, import in the background, then read the outcome and the bad rows."""

    imported = Signal(object)  # ImportResult

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None, kind: str = "nurses") -> None:
        super().__init__(parent)
        self.setObjectName("registryImportDialog")
        self.setWindowTitle(tr("导入名册数据"))
        self.desk = desk
        self.actor = actor
        self.outcome: ImportResult | None = None
        self.busy = False
        outer = QVBoxLayout(self)
        intro = QLabel(tr("导入考试中心的医师资格名单，或本委护士执业注册名册、医疗机构执业许可名册"
                          "（CSV 或 Excel 文件，第1行为表头）。选择文件后先预览，再导入；"
                          "有误的行按行号列出原因。同一文件重复导入不会重复登记。"))
        intro.setWordWrap(True)
        intro.setObjectName("intro")
        outer.addWidget(intro)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setObjectName("importKind")
        for key, (label, *_rest) in KINDS.items():
            self.kind.addItem(tr(label), key)
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        form.addRow(tr("名册："), self.kind)
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        self.columns.setObjectName("fieldHint")
        form.addRow("", self.columns)
        file_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.path.setPlaceholderText(tr("选择 CSV 或 XLSX 文件"))
        browse = QPushButton(tr("选择文件…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.browse)
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        holder = QWidget()
        holder.setLayout(file_row)
        file_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("文件："), holder)
        outer.addLayout(form)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("previewLabel")
        outer.addWidget(self.preview_label)
        # layout not remembered: the preview shows the chosen file's own columns, different in each file
        self.preview = QTableWidget(0, 0)
        self.preview.setObjectName("importPreview")
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setAlternatingRowColors(True)
        self.preview.hide()
        outer.addWidget(self.preview, 2)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.errors = QTableWidget(0, len(ERROR_HEADERS))
        self.errors.setObjectName("importErrors")
        self.errors.setHorizontalHeaderLabels([tr(h) for h in ERROR_HEADERS])
        self.errors.verticalHeader().setVisible(False)
        self.errors.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errors.horizontalHeader().setStretchLastSection(True)
        layout_memory.remember_table(self.errors, "registryImport/importErrors")
        self.errors.hide()
        outer.addWidget(self.errors, 1)
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(tr("导入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("runImport")
        self.report_button = buttons.addButton(tr("导出错误报告…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.report_button.setEnabled(False)
        close = buttons.addButton(tr("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.import_button.clicked.connect(self.run)
        self.report_button.clicked.connect(lambda: self.export_errors())
        close.clicked.connect(self.reject)
        outer.addWidget(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.path.editingFinished.connect(self.show_preview)
        self._kind_changed()
        self.resize(860, 620)

    def _kind_changed(self) -> None:
        self.columns.setText(tr(KINDS[str(self.kind.currentData())][3]))

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("选择名册文件"), "", tr("名册 (*.csv *.xlsx *.txt)"))
        if path:
            self.path.setText(path)
            self.show_preview()

    def show_preview(self) -> None:
        """预览: the file's first rows as they are (line numbers as in the file), before importing."""
        from app.spreadsheet import preview_table

        text = self.path.text().strip()
        self.preview.hide()
        self.preview_label.clear()
        if not text:
            return
        try:
            header, rows, count = preview_table(Path(text).read_bytes(), Path(text).name, PREVIEW_ROWS)
        except OSError as exc:
            self.preview_label.setText(tr("无法读取文件：{why}").format(why=exc.strerror or exc))
            return
        except DomainError as err:
            self.preview_label.setText(error_text(err))
            return
        if not header:
            self.preview_label.setText(tr("文件是空的"))
            return
        width = max([len(header), *(len(r) for _line, r in rows)])
        self.preview.clear()
        self.preview.setColumnCount(width)
        self.preview.setRowCount(len(rows))
        self.preview.setHorizontalHeaderLabels(header + [""] * (width - len(header)))
        self.preview.setVerticalHeaderLabels([str(line) for line, _r in rows])
        for r, (_line, cells) in enumerate(rows):
            for c, value in enumerate(cells):
                self.preview.setItem(r, c, QTableWidgetItem(value))
        self.preview.resizeColumnsToContents()
        shown = tr("预览：共 {n} 行数据（左侧为文件中的行号，第1行为表头）").format(n=count)
        if count > len(rows):
            shown += tr("，只显示前 {k} 行").format(k=len(rows))
        self.preview_label.setText(shown + tr("。核对无误后点“导入”。"))
        self.preview.show()

    def show_status(self, message: str) -> None:
        self.summary.setText(message)

    def run(self) -> None:
        """导入: the chosen file, in the background (the service writes every good row at once)."""
        text = self.path.text().strip()
        if self.busy:
            return
        if not text:
            self.summary.setText(tr("请先选择要导入的文件"))
            return
        kind = str(self.kind.currentData())
        service, name = KINDS[kind][1].split(".")
        method = getattr(getattr(self.desk, service), name)
        try:
            content = Path(text).read_bytes()
        except OSError as exc:
            self.summary.setText(tr("无法读取文件：{why}").format(why=exc.strerror or exc))
            return
        self.busy = True
        self.import_button.setEnabled(False)
        self.summary.setText(tr("正在导入…"))
        worker.run_write(self, method, self.actor, data=content, filename=Path(text).name,
                         on_done=self._done, on_error=self._failed,
                         on_finished=self._finished,
                         announce={ANNOUNCE[kind]: []})

    def _finished(self) -> None:
        self.busy = False
        self.import_button.setEnabled(True)

    def _failed(self, err: DomainError) -> bool:
        self.summary.setText(error_text(err))
        return True

    def _done(self, result: ImportResult) -> None:
        self.outcome = result
        label = tr(KINDS[str(self.kind.currentData())][0])
        text = tr("{what}：共读取 {total} 行；新增或更新 {imported} 条，已有且无变化 {unchanged} 条，"
                  "有误 {bad} 条。")
        summary = text.format(what=label, total=result.total, imported=result.imported,
                              unchanged=result.unchanged, bad=len(result.errors))
        if result.physicians_created and self.kind.currentData() == "qualifications":
            # (a nurse import counts the nurses it entered in the same field: no physician record was made)
            summary += tr("新建医师档案 {n} 份。").format(n=result.physicians_created)
        self.summary.setText(summary)
        labels = self._field_labels()
        with layout_memory.filling(self.errors):
            self.errors.setRowCount(len(result.errors))
            for r, e in enumerate(result.errors):
                for c, value in enumerate((str(e.line), labels.get(e.field or "", e.field or ""),
                                           error_text(e.message))):
                    item = QTableWidgetItem()
                    if c == 0:  # a number, so the line column sorts 2 before 10
                        item.setData(Qt.ItemDataRole.DisplayRole, e.line)
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    else:
                        item.setText(value)
                    self.errors.setItem(r, c, item)
        self.errors.setVisible(bool(result.errors))
        self.report_button.setEnabled(bool(result.errors))
        self.imported.emit(result)

    def _field_labels(self) -> dict[str, str]:
        """The chosen registry's columns by field, named in the current language."""
        return {k: ref(v) for k, v in KINDS[str(self.kind.currentData())][2].items()}

    def export_errors(self, path: str | None = None) -> Any:
        """导出错误报告: the bad rows (行号, 字段, 原因) as an Excel file to correct the registry with."""
        from app.spreadsheet import Sheet
        from app.views.export import export_sheets

        result = self.outcome
        if result is None or not result.errors:
            return None
        labels = self._field_labels()
        rows = [[e.line, labels.get(e.field or "", e.field or ""), error_text(e.message)]
                for e in result.errors]
        return export_sheets(self, tr("导入错误报告"),
                             lambda: [Sheet(tr("导入错误报告"), [tr(h) for h in ERROR_HEADERS], rows)], path)
