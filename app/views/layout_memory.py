"""Remembered layout: table headers (column widths, order, sort), splitters and list filters come back at the
next start, kept with QSettings under ``layout/<key>/…``; and the shortcuts every list and dialog shares.

Each thing is saved as it changes (a short timer gathers a drag into one write), so nothing depends on a
window closing in order. Keys name the window and the list (``commission/queueTable``), so two lists never
share a layout.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QSplitter,
    QTableView,
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
    header.sectionResized.connect(saver.later)
    header.sectionMoved.connect(saver.later)
    header.sortIndicatorChanged.connect(saver.later)
    table.setProperty("layoutKey", key)
    return restored


def _save_header(header: QHeaderView, key: str) -> None:
    QSettings().setValue(_key(key, "header"), header.saveState())


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
