"""A table model that fetches its rows page by page in the background (canFetchMore / fetchMore).

``rowCount`` reports only loaded rows; ``fetchMore`` asks the service for the next page through the
worker and appends it inside begin/endInsertRows (the last row passed is inclusive); a new listing
(``reload``) resets the model. No window loads a whole table.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.contract import Page
from app.views import worker
from app.views.i18n import N_, tr

PAGE_SIZE = 200
MAX_COLUMN_WIDTH = 320
#: how many rows (from the top) a column is fitted to: the whole first page (200 rows, every cell painted
#: through data() and the delegate) held the GUI thread ~300 ms on a loaded machine at 1,000,000 physicians
FIT_ROWS = 40
Index = QModelIndex | QPersistentModelIndex
#: fetch(cursor, limit) -> a service Page. The cursor is None for the first page, then the page's
#: ``next_after`` (keyset=True) or, for services paged by offset, the number of rows loaded so far.
Fetch = Callable[[Any, int], Page[Any]]


@dataclass(frozen=True)
class Column:
    """One column: its header (marked with N_, translated when shown), how to show an item in it, and
    (optionally) what to sort it by."""

    header: str
    value: Callable[[Any], object]
    align_right: bool = False
    sort_key: Callable[[Any], Any] | None = None


def text_sort_key(value: object) -> tuple[Any, ...]:
    """How a clicked header orders shown values: numbers by value, Chinese by pinyin, others as text."""
    text = "" if value is None else str(value)
    try:
        return (0, float(text.replace(",", "")))
    except ValueError:
        pass
    from app.services.contract import has_han, pinyin_key

    return (1, pinyin_key(text) if has_han(text) else text.lower(), text)


class PagedTableModel(QAbstractTableModel):
    """Rows are whatever the fetch function returns (plain service values); ``item(row)`` gives one back."""

    loaded = Signal(int)  # rows loaded so far, after each page
    failed = Signal(object)

    def __init__(self, columns: Sequence[Column], fetch: Fetch, *, view: QWidget | None = None,
                 page_size: int = PAGE_SIZE, keyset: bool = False) -> None:
        super().__init__(view)
        self.keyset = keyset
        self.columns = list(columns)
        self._fetch = fetch
        self._view = view
        self.page_size = page_size
        self._rows: list[Any] = []
        self._arrived: list[Any] = []  # the service's order; ``_rows`` is it, or it sorted by a header click
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._cursor: Any = None
        self._more = True
        self._loading = False
        self._generation = 0
        self.total: int | None = None

    # --- Qt model interface -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._rows[index.row()]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            return tr(self.columns[section].header)
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and self._more and not self._loading

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation = self._generation
        worker.run_read(
            self, self._fetch, self._cursor, self.page_size,
            on_done=lambda result: self._append(generation, result),
            on_error=lambda err: self._fail(generation, err),
        )

    # --- the listing ---------------------------------------------------------------------------------

    def _append(self, generation: int, page: Page[Any]) -> None:
        if generation != self._generation:
            return  # a page of a listing that was replaced meanwhile
        self._loading = False
        items = list(page.items)
        if items:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(items) - 1)  # last row inclusive
            self._rows.extend(items)
            self._arrived.extend(items)
            self.endInsertRows()
            if self._sort is not None:
                self._apply_sort()
        if page.total is not None:  # keyset services count only with the first page
            self.total = page.total
        if self.keyset:
            self._cursor, self._more = page.next_after, bool(items) and page.next_after is not None
        elif self.total is not None:
            self._cursor, self._more = len(self._rows), bool(items) and len(self._rows) < self.total
        else:
            self._cursor, self._more = len(self._rows), len(items) >= self.page_size
        self.loaded.emit(len(self._rows))

    def _fail(self, generation: int, err: Any) -> bool:
        if generation == self._generation:
            self._loading = False
            self._more = False
        self.failed.emit(err)
        if self._view is not None:
            worker.show_domain_error(self._view, err)
        return True

    def reload(self, fetch: Fetch | None = None) -> None:
        """Start the listing again (a new filter, or something changed)."""
        self._generation += 1
        self.beginResetModel()
        if fetch is not None:
            self._fetch = fetch
        self._rows = []
        self._arrived = []
        self._cursor = None
        self._more = True
        self._loading = False
        self.total = None
        self.endResetModel()
        self.fetchMore()

    def item(self, row: int) -> Any:
        return self._rows[row]

    def text(self, row: int, column: int) -> str:
        """What the cell shows."""
        value = self.columns[column].value(self._rows[row])
        return "" if value is None else str(value)

    # --- sorting by a header click: the rows loaded so far (the services page in their own order) ---

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the loaded rows by ``column`` (pages arriving later are sorted in); column -1 gives the
        service's own order back (deadline for the queue, pinyin for the roster)."""
        self._sort = (column, order) if 0 <= column < len(self.columns) else None
        self._apply_sort()

    @property
    def sorted_by(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    def _apply_sort(self) -> None:
        self.layoutAboutToBeChanged.emit()
        old = self._rows
        if self._sort is None:
            new = list(self._arrived)
        else:
            col, order = self._sort
            column = self.columns[col]
            def by_text(item: Any, c: Column = column) -> Any:
                return text_sort_key(c.value(item))

            key = column.sort_key or by_text
            new = sorted(self._arrived, key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        where = {id(item): row for row, item in enumerate(new)}
        self._rows = new
        before = self.persistentIndexList()
        after = [
            self.index(where[id(old[i.row()])], i.column()) if 0 <= i.row() < len(old) else QModelIndex()
            for i in before
        ]
        self.changePersistentIndexList(before, after)
        self.layoutChanged.emit()

    @property
    def fetch_function(self) -> Fetch:
        """The fetch the listing was last loaded with (the export walks the same query)."""
        return self._fetch

    @property
    def loading(self) -> bool:
        return self._loading

    @property
    def has_more(self) -> bool:
        return self._more


#: a cell's own font when it is not the table's (the queue's overdue deadlines are bold): (column, item)
CellFont = Callable[[int, Any], QFont | None]


def text_width(text: str, font: QFont) -> float:
    """How wide QStyledItemDelegate lays a cell's text out (QCommonStyle's viewItemSize: one QTextLayout,
    lines broken only where the text breaks them, the widest line's natural width)."""
    layout = QTextLayout(text.replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    widest = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(_UNBOUNDED)
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return widest


_UNBOUNDED = 4_000_000  # (Qt's QFIXED_MAX / 2: no wrapping)


def fit_columns(table: QTableView, model: PagedTableModel, *, rows: int = FIT_ROWS,
                cap: int = MAX_COLUMN_WIDTH, extra: int = 12, cell_font: CellFont | None = None) -> None:
    """Each column as wide as its header and the texts of the first ``rows`` rows, plus ``extra``, at most
    ``cap``: what ``resizeColumnsToContents`` (fitting to as many rows) gives with a QStyledItemDelegate,
    measured from the shown texts. Qt's own fitting asks ``data()`` about a dozen roles per cell and the
    delegate's sizeHint for each, all in Python: ~30–50 ms of GUI-thread CPU for a 40-row page of the
    queue, the largest part of the step in which a list's first page lands (issue 15 part 8)."""
    if not model.rowCount():
        return
    table_font = table.font()
    # QStyledItemDelegate.sizeHint of a text cell: the text's width (rounded up) and a margin each side
    margin = 2 * (table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    grid = 1 if table.showGrid() else 0
    header = table.horizontalHeader()
    count = min(rows, model.rowCount())
    for col in range(model.columnCount()):
        if table.isColumnHidden(col):
            continue
        seen: set[tuple[str, str]] = set()
        widest = 0.0
        for row in range(count):
            text = model.text(row, col)
            font = cell_font(col, model.item(row)) if cell_font is not None else None
            key = (text, font.key() if font is not None else "")
            if key not in seen:
                seen.add(key)
                widest = max(widest, text_width(text, font or table_font))
        width = math.ceil(widest) + margin + grid
        if not header.isHidden():
            width = max(width, header.sectionSizeHint(col))
        table.setColumnWidth(col, min(width + extra, cap))


class ListPanel(QWidget):
    """A heading (may be empty), an optional search box, the paged table and a count line.

    ``fetch(query, cursor, limit)`` is a service read returning a Page; it runs in the worker.
    """

    selection_changed = Signal()

    def __init__(self, heading: str, columns: Sequence[Column], fetch: Callable[[str, Any, int], Page[Any]],
                 *, search_hint: str | None = None, unit: str = N_("条"), keyset: bool = False,
                 page_size: int = PAGE_SIZE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._fetch_query = fetch
        self.unit = unit
        lay = QVBoxLayout(self)
        self._top = top = QHBoxLayout()
        if heading:
            title = QLabel(heading)
            title.setObjectName("heading")
            top.addWidget(title)
        top.addStretch(1)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        if search_hint is not None:
            self.search.setPlaceholderText(search_hint)
            top.addWidget(QLabel(tr("查找：")))
            top.addWidget(self.search)
        else:
            self.search.hide()
        lay.addLayout(top)

        self.model = PagedTableModel(columns, self._fetch, view=self, page_size=page_size, keyset=keyset)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setResizeContentsPrecision(FIT_ROWS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(48)
        self._sized = False
        lay.addWidget(self.table, 1)
        self.count = QLabel()
        lay.addWidget(self.count)
        from app.views.export import ExportButton

        self.export_title = heading or unit
        self.export_button = ExportButton(self.model, lambda: self.export_title, self)
        top.addWidget(self.export_button)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.search.returnPressed.connect(self.reload)
        self.model.loaded.connect(self._show_count)
        self.model.failed.connect(lambda _e: self.count.setText(""))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.selection_changed.emit())
        self.model.modelReset.connect(self.selection_changed)
        self.layout_key = ""  # set before the first show to choose the key; else window/table names
        self._remembered = False
        from app.views import layout_memory

        layout_memory.escape_clears(self.search)

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        """On the first show: the remembered column widths, order and sort come back (layout_memory)."""
        if not self._remembered:
            self._remembered = True
            from app.views import layout_memory

            key = self.layout_key or layout_memory.list_key(self, self.table)
            if key and layout_memory.remember_header(self.table, key):
                self._sized = True  # the clerk's widths, not the fitted ones
        super().showEvent(event)

    def add_button(self, button: QWidget) -> None:
        """Put an action button at the right end of the heading row."""
        self._top.addWidget(button)

    def _fetch(self, cursor: Any, limit: int) -> Page[Any]:
        return self._fetch_query(self._query, cursor, limit)

    def reload(self) -> None:
        self._debounce.stop()
        self._query = self.search.text().strip()
        self.count.setText(tr("正在查询…"))
        self.model.reload()

    def _fit_columns(self) -> None:
        """Once, when the first rows arrive: columns as wide as names and IDs in full (long text capped)."""
        if self._sized or not self.model.rowCount():
            return
        self._sized = True
        fit_columns(self.table, self.model, cell_font=self.cell_font)

    def cell_font(self, column: int, item: Any) -> QFont | None:
        """A cell's own font when a delegate shows it in another than the table's (for fitting columns)."""
        return None

    def _show_count(self, loaded: int) -> None:
        self._fit_columns()
        total = self.model.total if self.model.total is not None else loaded
        text = tr("共 {n} {unit}").format(n=total, unit=tr(self.unit))
        if loaded < total:
            text += tr("（已显示 {k}，向下滚动显示更多）").format(k=loaded)
            if self.model.sorted_by is not None:
                text += tr("；点列标题的排序只排已显示的行")
        self.count.setText(text)

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item(rows[0].row()) if rows else None
