"""Remembered layout: table headers (column widths, order, sort), splitters and list filters come back at the
next start, kept with QSettings under ``layout/<key>/…``; and the shortcuts every list and dialog shares.

Each thing is saved as it changes (a short timer gathers a drag into one write), so nothing depends on a
window closing in order. Keys name the window and the list (``commission/queueTable``), so two lists never
share a layout.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QWidget,
)

ROOT = "layout"
SAVE_DELAY_MS = 250


def _key(key: str, part: str) -> str:
    return f"{ROOT}/{key}/{part}"


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, bytes | bytearray) and value:
        return QByteArray(bytes(value))
    return None


class _Saver(QObject):
    """Saves one piece of layout a moment after its last change (a drag is one write, not hundreds)."""

    def __init__(self, owner: QObject, save: Callable[[], None]) -> None:
        super().__init__(owner)
        self._save = save
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.save_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush)  # a change made just before quitting is kept too

    def flush(self) -> None:
        if self.timer.isActive():
            self.save_now()

    def later(self, *_args: object) -> None:
        self.timer.start()

    def save_now(self) -> None:
        self.timer.stop()
        self._save()


# --- tables ------------------------------------------------------------------------------------------


def remember_header(table: QTableView, key: str) -> bool:
    """Restore the table's column widths, order and sort column from the settings and keep them saved.

    Makes the header sortable (click a column; the model's ``sort`` decides how). Returns True when a
    remembered layout was restored (so the caller does not size the columns itself).
    """
    header = table.horizontalHeader()
    header.setSectionsMovable(True)
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicatorClearable(True)  # a third click goes back to the list's own order
    state = _bytes(QSettings().value(_key(key, "header")))
    restored = False
    if state is not None:
        restored = header.restoreState(state)
    if not restored:
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)  # sorts by the restored indicator at once
    saver = _Saver(header, lambda: _save_header(header, key))

    def changed(*_args: object) -> None:
        if not header.property("layoutQuiet"):  # not while a table is being filled (filling())
            saver.later()

    header.sectionResized.connect(changed)
    header.sectionMoved.connect(changed)
    header.sortIndicatorChanged.connect(changed)
    header.setProperty("layoutOwn", restored)
    table.setProperty("layoutKey", key)
    return restored


def _save_header(header: QHeaderView, key: str) -> None:
    QSettings().setValue(_key(key, "header"), header.saveState())
    header.setProperty("layoutOwn", True)  # the user's widths from now on: filling() no longer fits them


#: on the first cell of each row of a remembered QTableWidget: the row's place in the list as filled
FILLED_ROW = Qt.ItemDataRole.UserRole + 77


def remember_table(table: QTableWidget, key: str) -> bool:
    """A QTableWidget's column widths, order and sort, remembered like a paged list's (remember_header).

    Its columns become user-sized (Interactive); fill it inside ``filling(table)`` so the sort is applied
    after the rows are in and each row keeps its place as filled (``filled_row``): a third click on the
    header (no sort) puts the rows back in the list's own order. Returns True when a layout was restored.
    """
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    restored = remember_header(table, key)

    def sorted_by(section: int, _order: object) -> None:
        if section < 0:
            _filled_order(table)

    header.sortIndicatorChanged.connect(sorted_by)
    return restored


@contextmanager
def filling(table: QTableWidget, *, fit: bool = True) -> Iterator[QTableWidget]:
    """Fill a table's rows: sorting paused and nothing saved meanwhile; afterwards each row remembers its
    place (``filled_row``), the columns fit their contents unless the user's own widths are remembered
    (``fit``), and the remembered sort applies again."""
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    header = table.horizontalHeader()
    header.setProperty("layoutQuiet", True)
    try:
        yield table
    finally:
        for row in range(table.rowCount()):
            item = table.item(row, 0)
            if item is not None:
                item.setData(FILLED_ROW, row)
        if fit and not header.property("layoutOwn"):
            table.resizeColumnsToContents()
        header.setProperty("layoutQuiet", False)
        table.setSortingEnabled(sorting)  # sorts by the indicator again


def filled_row(table: QTableWidget, row: int) -> int:
    """The place in the list as filled of the row shown at ``row`` (−1 for none)."""
    item = table.item(row, 0) if row >= 0 else None
    if item is None:
        return -1
    place = item.data(FILLED_ROW)
    return place if isinstance(place, int) else row


def shown_row(table: QTableWidget, place: int) -> int:
    """Where the row filled at ``place`` is shown now (−1 when there is none)."""
    for row in range(table.rowCount()):
        if filled_row(table, row) == place:
            return row
    return -1


def _filled_order(table: QTableWidget) -> None:
    """The rows back in the order they were filled in (the sort indicator was cleared)."""
    rows = [[table.takeItem(r, c) for c in range(table.columnCount())] for r in range(table.rowCount())]
    rows.sort(key=lambda items: items[0].data(FILLED_ROW) if items and items[0] is not None
              and isinstance(items[0].data(FILLED_ROW), int) else 0)
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            if item is not None:
                table.setItem(r, c, item)


# --- splitters ----------------------------------------------------------------------------------------


def remember_splitter(splitter: QSplitter, key: str) -> bool:
    """Restore a splitter's positions and keep them saved; True when remembered positions were restored."""
    state = _bytes(QSettings().value(_key(key, "splitter")))
    restored = bool(state is not None and splitter.restoreState(state))
    saver = _Saver(splitter, lambda: QSettings().setValue(_key(key, "splitter"), splitter.saveState()))
    splitter.splitterMoved.connect(saver.later)
    return restored


# --- filters --------------------------------------------------------------------------------------------

FilterWidget = QComboBox | QAbstractButton | QLineEdit


def restore_filters(key: str, widgets: Mapping[str, FilterWidget]) -> None:
    """Put each filter back as the list last had it (before the list's first query), signals blocked."""
    settings = QSettings()
    for name, widget in widgets.items():
        value = settings.value(_key(key, f"filters/{name}"))
        if value is None:
            continue
        blocked = widget.blockSignals(True)
        try:
            if isinstance(widget, QComboBox):
                index = widget.findData(value) if value != "" else widget.findData(None)
                if index < 0 and value == "":
                    index = widget.findData("")
                if index >= 0:
                    widget.setCurrentIndex(index)
            elif isinstance(widget, QAbstractButton):
                widget.setChecked(value in (True, "true", "1", 1))
            else:
                widget.setText(str(value))
        finally:
            widget.blockSignals(blocked)


def keep_filters(key: str, widgets: Mapping[str, FilterWidget]) -> None:
    """Save each filter whenever it changes."""
    for name, widget in widgets.items():
        setting = _key(key, f"filters/{name}")
        if isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(
                lambda _i, w=widget, s=setting: QSettings().setValue(s, w.currentData() or ""))
        elif isinstance(widget, QAbstractButton):
            widget.toggled.connect(lambda on, s=setting: QSettings().setValue(s, bool(on)))
        else:
            widget.textChanged.connect(lambda text, s=setting: QSettings().setValue(s, text))


def remember_filters(key: str, widgets: Mapping[str, FilterWidget]) -> None:
    """``restore_filters`` then ``keep_filters``."""
    restore_filters(key, widgets)
    keep_filters(key, widgets)


# --- shortcuts --------------------------------------------------------------------------------------------


def shortcut(widget: QWidget, keys: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object],
             *, context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut) -> QShortcut:
    """A shortcut working while the focus is in ``widget`` (or a child of it)."""
    sequence = keys if isinstance(keys, QKeySequence) else QKeySequence(keys)
    return QShortcut(sequence, widget, slot, context=context)


def escape_clears(search: QLineEdit) -> QShortcut:
    """Esc in a search box clears it (a second Esc then reaches the dialog and closes it)."""

    def clear() -> None:
        if search.text():
            search.clear()
        else:
            window = search.window()
            if window is not None and window.isWindow() and hasattr(window, "reject"):
                window.reject()

    return QShortcut(QKeySequence(Qt.Key.Key_Escape), search, clear,
                     context=Qt.ShortcutContext.WidgetShortcut)


def list_key(panel: QWidget, table: QTableView) -> str:
    """``<window object name>/<table object name>``; "" when the table has no name (not remembered)."""
    name = table.objectName() or panel.objectName()
    if not name:
        return ""
    window = panel.window()
    owner = window.objectName() if window is not None and window is not panel else ""
    return f"{owner}/{name}" if owner else name
