"""导出 Excel: every list a user sees goes to an XLSX file with the columns shown on screen.

One helper for all lists: it takes a paged model's columns and its fetch (the same query, filters and
search the list was last loaded with), pages through the service off the GUI thread and streams the
rows into a write-only workbook (app.spreadsheet) while a progress dialog counts them; 取消 stops
it and leaves no file behind.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QProgressDialog, QPushButton, QWidget

from app.services.contract import FILING_HEADERS, MAIN_HEADERS, DomainError, ExportCancelled, Page
from app.spreadsheet import Sheet, write_xlsx
from app.views import worker
from app.views.i18n import error_text, tr

#: Rows asked of the service per page while exporting (services cap their pages themselves).
EXPORT_PAGE = 500



def iter_pages(fetch: Callable[[Any, int], Page[Any]], *, keyset: bool, page_size: int = EXPORT_PAGE
               ) -> Iterator[Any]:
    """Every item of a paged listing, page after page, as the paged table model walks it: keyset
    listings follow ``next_after``; offset listings stop at ``total`` or at a short page."""
    cursor: Any = None
    loaded = 0
    total: int | None = None
    while True:
        page = fetch(cursor, page_size)
        items = list(page.items)
        yield from items
        loaded += len(items)
        if page.total is not None:
            total = page.total
        if not items:
            return
        if keyset:
            if page.next_after is None:
                return
            cursor = page.next_after
        else:
            if total is not None and loaded >= total:
                return
            if total is None and len(items) < page_size:
                return
            cursor = loaded


def default_path(title: str) -> Path:
    """Where the save dialog starts: the folder used last time, the list's name and today's date."""
    folder = QSettings().value("export/folder", str(Path.home()))
    name = f"{title}-{dt.date.today().isoformat()}.xlsx"
    return Path(str(folder)) / name.replace("/", "-")


class ExportJob(QObject):
    """One export running in the background, with its progress dialog."""

    progressed = Signal(int)
    finished = Signal(object)  # rows written (int), or the DomainError that stopped it

    def __init__(self, parent: QWidget | None, title: str, path: Path, total: int | None) -> None:
        super().__init__(parent)
        self.title = title
        self.path = path
        self.rows = 0
        self.cancel_event = threading.Event()
        self.done = False
        self.error: DomainError | None = None
        self.dialog = QProgressDialog(tr("正在导出「{title}」…").format(title=title), tr("取消"), 0,
                                      total or 0, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(tr("导出 Excel"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.progressed.connect(self._progress, Qt.ConnectionType.QueuedConnection)

    def cancel(self) -> None:
        self.cancel_event.set()

    def _progress(self, rows: int) -> None:
        self.rows = rows
        if self.dialog.wasCanceled():
            self.cancel_event.set()
        if not self.done:
            if self.dialog.maximum() and rows > self.dialog.maximum():
                self.dialog.setMaximum(0)
            self.dialog.setValue(min(rows, self.dialog.maximum()) if self.dialog.maximum() else 0)
            self.dialog.setLabelText(
                tr("正在导出「{title}」：已写入 {n} 行…").format(title=self.title, n=rows))

    def _done(self, rows: int) -> None:
        self.done = True
        self.rows = rows
        self.dialog.close()
        self.finished.emit(rows)

    def _failed(self, err: DomainError) -> bool:
        self.done = True
        self.error = err
        self.dialog.close()
        self.finished.emit(err)
        return isinstance(err, ExportCancelled)  # a cancel needs no further message


def ask_path(parent: QWidget | None, title: str, suffix: str = ".xlsx",
             kinds: str | None = None) -> Path | None:
    """The save dialog, starting in the folder used last time; None when the user cancels."""
    start = default_path(title).with_suffix(suffix)
    chosen, _ = QFileDialog.getSaveFileName(parent, tr("导出"), str(start),
                                            kinds or tr("Excel 工作簿 (*.xlsx)"))
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(suffix) else chosen + suffix)
    QSettings().setValue("export/folder", str(path.parent))
    return path


def run_export(parent: QWidget | None, title: str, target: Path,
               work: Callable[[Callable[[int], None], Callable[[], bool]], int], *,
               total: int | None = None) -> ExportJob:
    """Run ``work(progress, cancelled)`` in a worker thread behind a cancellable progress dialog; it
    returns the rows written. The window's status bar then says where the file went."""
    job = ExportJob(parent, title, target, total)

    def done(rows: int) -> None:
        job._done(rows)
        _tell(parent, tr("已导出 {n} 行到 {path}").format(n=rows, path=target))

    def failed(err: DomainError) -> bool:
        handled = job._failed(err)
        if isinstance(err, ExportCancelled):
            _tell(parent, error_text(err))
        return handled

    worker.run_read(parent, work, job.progressed.emit, job.cancel_event.is_set, on_done=done, on_error=failed)
    return job


def export_sheets(parent: QWidget | None, title: str, make_sheets: Callable[[], Sequence[Sheet]],
                  path: str | Path | None = None, *, total: int | None = None) -> ExportJob | None:
    """Ask where to save (unless ``path`` is given), then build and write the sheets in a worker thread.

    ``make_sheets`` runs in the worker: it may call services (it must not touch widgets).
    Returns the job (its ``finished`` signal carries the row count or the error), or None when the
    user cancelled the file dialog.
    """
    target = Path(path) if path is not None else ask_path(parent, title)
    if target is None:
        return None

    def work(progress: Callable[[int], None], cancelled: Callable[[], bool]) -> int:
        return write_xlsx(target, make_sheets(), progress=progress, cancelled=cancelled)

    return run_export(parent, title, target, work, total=total)


def export_open_data(parent: QWidget | None, desk: Any, fmt: str, register: str = "physicians",
                     path: str | Path | None = None) -> ExportJob | None:
    """下载公示数据: the whole public register (disclosed fields only) as CSV, XLSX or a FHIR R4 Bundle."""
    title = tr("公示数据")
    suffix, kinds = {
        "csv": (".csv", tr("CSV 文件 (*.csv)")),
        "xlsx": (".xlsx", tr("Excel 工作簿 (*.xlsx)")),
        "fhir": (".json", tr("FHIR Bundle (*.json)")),
    }[fmt]
    target = Path(path) if path is not None else ask_path(parent, title, suffix, kinds)
    if target is None:
        return None

    def work(progress: Callable[[int], None], cancelled: Callable[[], bool]) -> int:
        return int(desk.opendata.export(fmt, target, register=register, progress=progress,
                                        cancelled=cancelled))

    return run_export(parent, title, target, work)


def export_model(parent: QWidget | None, model: Any, title: str, path: str | Path | None = None
                 ) -> ExportJob | None:
    """Export what a PagedTableModel lists (all its rows, not only those loaded) with its columns."""
    columns = list(model.columns)
    fetch = model.fetch_function
    keyset = bool(model.keyset)
    headers = [tr(c.header) for c in columns]  # as the table shows them

    def rows() -> Iterator[list[Any]]:
        for item in iter_pages(fetch, keyset=keyset):
            yield [c.value(item) for c in columns]

    return export_sheets(parent, title, lambda: [Sheet(title, headers, rows())], path, total=model.total)


def export_institution_lists(parent: QWidget | None, desk: Any, actor: Any, path: str | Path | None = None
                             ) -> ExportJob | None:
    """主执业 and 多机构备案 lists of the institution in the layout the commission asks for (two sheets:
    姓名, 执业证书编码, 身份证号, 执业范围, 审核日期 / 姓名, 执业证书编码, 身份证号, 开始日期, 结束日期)."""
    def sheets() -> list[Sheet]:
        lists = desk.roster.export_rows(actor)  # audited: personal data leaves the desk
        return [
            Sheet("主执业", MAIN_HEADERS,
                  ([r.name, r.practice_certificate_number, r.id_number, r.scopes, r.approved_on]
                   for r in lists.main)),
            Sheet("多机构备案", FILING_HEADERS,
                  ([r.name, r.practice_certificate_number, r.id_number, r.start_date, r.end_date]
                   for r in lists.filings)),
        ]

    return export_sheets(parent, tr("主执业和多机构备案名单"), sheets, path)


class ExportButton(QPushButton):
    """导出 Excel…: exports the list of ``model`` (titled by ``title()``)."""

    def __init__(self, model: Any, title: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(tr("导出 Excel…"), parent)
        self.setObjectName("exportExcel")
        self.setAutoDefault(False)
        self.setToolTip(tr("把列表中的全部记录（按当前查询和筛选条件）导出为 Excel 文件"))
        self.model = model
        self.title = title
        self.job: ExportJob | None = None
        self.clicked.connect(lambda: self.export())

    def export(self, path: str | Path | None = None) -> ExportJob | None:
        self.job = export_model(self.window(), self.model, self.title(), path)
        return self.job


def _tell(parent: QWidget | None, message: str) -> None:
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 15_000)
        return
    show = getattr(window, "show_status", None)
    if callable(show):
        show(message)
        return
    if parent is not None:
        box = QMessageBox(QMessageBox.Icon.Information, tr("导出 Excel"), message, parent=parent)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()


__all__ = ["ExportButton", "ExportJob", "export_institution_lists", "export_model", "export_open_data",
           "export_sheets", "iter_pages", "run_export"]
