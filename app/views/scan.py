"""Scan to open (扫码打开案件): a USB barcode/QR scanner is a keyboard that types the case number fast and
presses Enter. ``ScanCatcher`` watches every key press of the application while a window of its owner (the
commission window or one of its dialogs) is active, recognises such a burst — characters arriving much faster
than a person types, forming a case number, ended by Enter — and reports the number; no search field needs
the focus. The characters the scanner typed into a text field that had the focus are taken out again, and
the Enter is swallowed (it must not press a dialog's default button)."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.services.contract import CASE_NUMBER_PATTERN

CASE_NUMBER = re.compile(CASE_NUMBER_PATTERN)
#: The longest pause between two characters of one scan (scanners type a character every 2–20 ms; a fast
#: typist needs 60 ms or more between keys).
MAX_GAP_S = 0.05
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


#: the key events a scanner's burst arrives as
_KEYS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)


class ScanCatcher(QObject):
    """An application-wide event filter for one window; ``scanned(number)`` after a scanner burst."""

    scanned = Signal(str)

    def __init__(self, owner: QWidget, clock: Callable[[], float] = time.monotonic,
                 max_gap: float = MAX_GAP_S) -> None:
        super().__init__(owner)
        self.owner = owner
        self.clock = clock
        self.max_gap = max_gap
        self.buffer = ""
        self.last = 0.0
        self.target: QLineEdit | None = None  # the text field the burst was typed into, if any
        self.paused: Callable[[], bool] = lambda: False  # e.g. while the window is locked (idle lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        owner.destroyed.connect(self._uninstall)

    def _uninstall(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def _ours(self, obj: QObject) -> bool:
        """Whether the key press goes to a window of the owner (itself or a dialog it opened)."""
        if not isinstance(obj, QWidget):
            return False
        window: QWidget | None = obj.window()
        while window is not None:
            if window is self.owner:
                return True
            parent = window.parentWidget()
            window = parent.window() if parent is not None else None
        return False

    def _complete(self) -> bool:
        """Whether the characters so far are a scan: a case number typed as one fast burst."""
        return self.clock() - self.last <= self.max_gap and bool(CASE_NUMBER.fullmatch(self.buffer.upper()))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if not isinstance(event, QKeyEvent):  # the cheap test first: this filter sees every event
            return False
        kind = event.type()
        if kind not in _KEYS:
            return False
        receiver = QApplication.focusWidget() or QApplication.activeWindow()
        if obj is not receiver or not self._ours(obj) or self.paused():
            return False  # a key press travelling up the parents is seen once, where it was delivered
        if kind == QEvent.Type.ShortcutOverride:
            # Qt first offers a key to the shortcuts (Enter may open the selected case, or press a button):
            # the scanner's Enter is kept from them and comes back as a key press
            if event.key() in ENTER_KEYS and self._complete():
                event.accept()
                return True
            return False
        now = self.clock()
        fresh = now - self.last <= self.max_gap
        self.last = now
        if event.key() in ENTER_KEYS:
            number, target = self.buffer.upper(), self.target
            self.buffer, self.target = "", None
            if fresh and CASE_NUMBER.fullmatch(number):
                if target is not None and target.text().upper().endswith(number):
                    target.setText(target.text()[: -len(number)])
                self.scanned.emit(number)
                return True
            return False
        text = event.text()
        if len(text) != 1 or not text.isprintable() or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            self.buffer, self.target = "", None
            return False
        if not fresh:
            self.buffer = ""
        if not self.buffer:
            focus = QApplication.focusWidget()
            self.target = focus if isinstance(focus, QLineEdit) else None
        self.buffer = (self.buffer + text)[-32:]
        return False
