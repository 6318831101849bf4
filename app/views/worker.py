"""Background jobs for windows: reads on a thread pool, writes on one serial queue, results on the GUI thread.

Modelled on Anki's operations: a view hands a service call to ``run_read`` or ``run_write``; the call runs
in a worker thread and its result or error comes back to the GUI thread as a queued callback. Writes share
a pool of one thread so SQLite writes never overlap. Errors travel as data: a DomainError goes to the
caller's ``on_error`` (which shows it beside its field) or to the window's status bar; an EnvironmentFault
(database busy or unreachable) offers a retry; anything else is logged and opens a crash dialog naming the
log file. Successful writes announce what changed on the app-wide ``changes`` signal.
"""

from __future__ import annotations

import functools
import gc
import logging
import logging.handlers
import re
import sys
import traceback
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThread,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from app.services.contract import DomainError, EnvironmentFault
from app.views.i18n import error_text, tr

log = logging.getLogger("regdesk.views")

Callback = Callable[[Any], Any]
ChangeSet = dict[str, Any]


# --- logging -------------------------------------------------------------------------------------

_log_file: Path | None = None

#: Resident IDs (18 or 15 digits), mobile numbers, and in an exception's own text (not the source
#: lines of the traceback) every quoted value and every run of Chinese characters (names, addresses).
_ID_OR_PHONE = re.compile(
    r"(?<![0-9A-Za-z])(?:\d{17}[\dXx]|\d{15}|(?:\+?86[ -]?)?1[3-9]\d(?:[ -]?\d{4}){2})(?![0-9A-Za-z])"
)
_QUOTED = re.compile(r"""(['"“「『])(?:(?!\1).){1,200}?(['"”」』])""")
_CJK = re.compile(r"[㐀-鿿𠀀-𱍏·]+")


def scrub(text: str) -> str:
    """The text with personal data masked, for the log and the crash dialog.

    Source lines of a traceback (indented) keep their Chinese literals, which are the program's own;
    the lines naming an exception and its message lose quoted values and Chinese runs, since an
    exception may carry what was typed (a name, an address). Resident IDs and phone numbers go
    everywhere.
    """
    out = []
    for line in text.splitlines(keepends=True):
        line = _ID_OR_PHONE.sub("＊", line)
        if line and not line[0].isspace() and not line.startswith("Traceback"):
            line = _QUOTED.sub(r"\1＊\2", line)
            line = _CJK.sub("＊", line)
        out.append(line)
    return "".join(out)


class ScrubbingFormatter(logging.Formatter):
    """Formats a record as usual, then masks personal data in the whole text (message and traceback)."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def setup_logging(directory: Path | None = None) -> Path:
    """Log to regdesk.log in the user data dir (rotating); returns the file's path."""
    global _log_file
    if directory is None:
        from app.config import data_dir

        directory = data_dir()
    path = Path(directory) / "regdesk.log"
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "regdesk", False)]:
        if Path(getattr(old, "baseFilename", "")) == path.resolve():
            _log_file = path
            return path
        root.removeHandler(old)
        old.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(ScrubbingFormatter("%(asctime)s %(levelname)s %(name)s %(threadName)s: %(message)s"))
    handler.regdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _log_file = path
    return path


def log_file() -> Path:
    """The log file the crash dialog names (set up on first use)."""
    return _log_file or setup_logging()


# --- the app-wide change signal ------------------------------------------------------------------


class ChangeHub(QObject):
    """Carries what a write changed, e.g. {"institutions": [7], "origin": window}; windows refresh from it."""

    changed = Signal(object)

    def announce(self, change: ChangeSet) -> None:
        self.changed.emit(dict(change))

    def unlisten(self, slot: Callable[[dict[str, Any]], None]) -> None:
        """Stop handing changes to ``slot``; a second call (a window closed twice) does nothing and says
        nothing (PySide warns on disconnecting what is not connected)."""
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            try:
                self.changed.disconnect(slot)
            except (RuntimeError, TypeError):
                pass


changes = ChangeHub()


# --- delivery to the GUI thread ------------------------------------------------------------------


class _Dispatcher(QObject):
    """Lives in the GUI thread; worker threads hand it closures that it runs there (queued)."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _run(self, fn: Callable[[], None]) -> None:
        fn()


class _Pools:
    dispatcher: _Dispatcher | None = None
    reads: QThreadPool | None = None
    writes: QThreadPool | None = None
    collector: QObject | None = None
    reads_out = 0  # reads submitted whose results have not been handed back on the GUI thread yet


def reads_pending() -> int:
    """How many reads are running or waiting, or done with their results not yet handed back (the role
    windows build their next tab when none are, so a list's first page lands in a turn of its own)."""
    return _Pools.reads_out


def _dispatcher() -> _Dispatcher:
    if _Pools.dispatcher is None:
        _Pools.dispatcher = _Dispatcher()
    return _Pools.dispatcher


class _GuiThreadCollector(QObject):
    """Python's cyclic garbage collector may run in whatever thread allocates; if it then frees the wrapper
    of a Qt widget inside a worker thread, Qt destroys a widget off the GUI thread and the process crashes.
    Automatic collection is therefore switched off once workers exist, and the GUI thread collects on a
    timer instead (as qutebrowser does)."""

    def __init__(self) -> None:
        super().__init__()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(1000)
        self._timer.timeout.connect(self._collect)
        self._timer.start()

    def _collect(self) -> None:
        gc.collect(0)
        if gc.get_count()[1] > 10:
            gc.collect()


def _ensure_gui_collector() -> None:
    app = QCoreApplication.instance()
    if _Pools.collector is None and app is not None and app.thread() is QThread.currentThread():
        _Pools.collector = _GuiThreadCollector()


def _read_pool() -> QThreadPool:
    _ensure_gui_collector()
    if _Pools.reads is None:
        _Pools.reads = QThreadPool()
        _Pools.reads.setMaxThreadCount(4)
    return _Pools.reads


def _write_pool() -> QThreadPool:
    _ensure_gui_collector()
    if _Pools.writes is None:
        _Pools.writes = QThreadPool()
        _Pools.writes.setMaxThreadCount(1)  # one serial queue: writes never overlap
    return _Pools.writes


def wait_idle(msecs: int = 30_000) -> bool:
    """Wait until every queued job has run (at shutdown and in tests); True when all finished."""
    done = True
    for pool in (_Pools.writes, _Pools.reads):
        if pool is not None:
            done = pool.waitForDone(msecs) and done
    QCoreApplication.processEvents()
    return done


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any],
                 deliver: Callable[[Any, BaseException | None, str], None]) -> None:
        super().__init__()
        self.fn = fn
        self.hand_back = deliver

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure travels back to the GUI thread
            trace = "" if isinstance(exc, DomainError) else scrub(traceback.format_exc())
            _dispatcher().deliver.emit(functools.partial(self.hand_back, None, exc, trace))
        else:
            _dispatcher().deliver.emit(functools.partial(self.hand_back, result, None, ""))


# --- the two runners -----------------------------------------------------------------------------


def run_read(
    parent: QObject | None,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callback | None = None,
    on_error: Callable[[DomainError], bool | None] | None = None,
    on_finished: Callable[[], None] | None = None,
    **kwargs: Any,
) -> None:
    """Run a service read in the background; ``on_done(result)`` then runs on the GUI thread.

    ``on_error(err)`` gets every DomainError (return True when it showed it, e.g. beside a field);
    unhandled ones go to the window's status bar, an EnvironmentFault offers a retry, and any other
    exception opens the crash dialog. ``on_finished()`` runs after either. Callbacks are skipped when
    ``parent`` was deleted meanwhile.
    """
    _submit(_read_pool(), parent, fn, args, kwargs, on_done, on_error, on_finished, None)


def run_write(
    parent: QObject | None,
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callback | None = None,
    on_error: Callable[[DomainError], bool | None] | None = None,
    on_finished: Callable[[], None] | None = None,
    announce: ChangeSet | Callable[[Any], ChangeSet | None] | None = None,
    **kwargs: Any,
) -> None:
    """Run a service write on the serial write queue; like ``run_read``.

    On success ``announce`` (a change set, or a function of the result giving one) goes out on
    ``changes.changed`` with ``origin`` set to ``parent``, before ``on_done`` runs.
    """
    _submit(_write_pool(), parent, fn, args, kwargs, on_done, on_error, on_finished, announce)


def _alive(obj: QObject | None) -> bool:
    return obj is None or shiboken6.isValid(obj)


#: A read that failed because the database was unreachable is tried again by itself after these pauses
#: (milliseconds) while the window says 连接中断，正在重试; only then is the error shown.
READ_RETRY_DELAYS_MS = (1000, 3000, 8000)


def say(parent: QObject | None, text: str, msecs: int = 15_000) -> None:
    """A short note in the status bar of the window of ``parent`` (if it has one)."""
    widget = _widget(parent)
    window = widget.window() if widget is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, msecs)
        return
    status = getattr(window, "show_status", None)
    if callable(status):
        status(text)


def _submit(
    pool: QThreadPool,
    parent: QObject | None,
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    on_done: Callback | None,
    on_error: Callable[[DomainError], bool | None] | None,
    on_finished: Callable[[], None] | None,
    announce: ChangeSet | Callable[[Any], ChangeSet | None] | None,
    attempt: int = 0,
) -> None:
    _dispatcher()  # created here, on the GUI thread

    def call() -> Any:
        return fn(*args, **kwargs)

    def retry() -> None:
        _submit(pool, parent, fn, args, kwargs, on_done, on_error, on_finished, announce)

    def retry_later() -> None:
        if _alive(parent):
            _submit(pool, parent, fn, args, kwargs, on_done, on_error, on_finished, announce, attempt + 1)

    def hand_back(result: Any, exc: BaseException | None, trace: str) -> None:
        if pool is _Pools.reads:
            _Pools.reads_out -= 1
        if exc is None and announce is not None:
            change = announce(result) if callable(announce) else announce
            if change:
                changes.announce({**change, "origin": parent})
        if not _alive(parent):
            return
        if (isinstance(exc, EnvironmentFault) and pool is _Pools.reads
                and attempt < len(READ_RETRY_DELAYS_MS)):
            # a read changes nothing: try again by itself while the network or the server comes back
            say(parent, tr("连接中断，正在重试…"), READ_RETRY_DELAYS_MS[attempt] + 2000)
            QTimer.singleShot(READ_RETRY_DELAYS_MS[attempt], retry_later)
            return
        try:
            if exc is None:
                if attempt:
                    say(parent, tr("连接已恢复"), 5000)
                if on_done is not None:
                    on_done(result)
            elif isinstance(exc, DomainError):
                handled = bool(on_error(exc)) if on_error is not None else False
                if not handled:
                    show_domain_error(_widget(parent), exc, retry)
            else:
                log_file()  # make sure the file handler is there before the report goes out
                log.error("后台任务出错 %s\n%s", getattr(fn, "__qualname__", fn), trace)
                show_crash(_widget(parent), exc, trace)
        finally:
            if on_finished is not None and _alive(parent):
                on_finished()

    if pool is _Pools.reads:
        _Pools.reads_out += 1
    pool.start(_Job(call, hand_back))


def _widget(obj: QObject | None) -> QWidget | None:
    return obj if isinstance(obj, QWidget) else None


# --- showing errors ------------------------------------------------------------------------------


def show_domain_error(parent: QWidget | None, err: DomainError,
                      retry: Callable[[], None] | None = None) -> None:
    """An error without a field: in the status bar of the window; a busy database offers a retry."""
    if isinstance(err, EnvironmentFault):
        box = QMessageBox(QMessageBox.Icon.Warning, tr("数据库暂不可用"), error_text(err), parent=parent)
        box.setInformativeText(tr("这不是您的操作有误：请稍候片刻再点“重试”。如多次失败，请联系管理员。"))
        retry_button = box.addButton(tr("重试"), QMessageBox.ButtonRole.AcceptRole) if retry else None
        box.addButton(tr("关闭"), QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if retry_button is not None:
            retry_button.clicked.connect(retry)
        box.open()
        return
    window = parent.window() if parent is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(error_text(err), 15_000)
        return
    status = getattr(window, "show_status", None)
    if callable(status):
        status(error_text(err))
        return
    box = QMessageBox(QMessageBox.Icon.Warning, tr("无法办理"), error_text(err), parent=parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def install_excepthook() -> None:
    """An exception nobody caught on the GUI thread is logged and opens the crash dialog (the app goes on)."""

    def hook(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        trace = scrub("".join(traceback.format_exception(kind, value, tb)))
        log_file()
        log.error("未处理的异常\n%s", trace)
        if QApplication.instance() is not None:
            show_crash(QApplication.activeWindow(), value, trace)

    sys.excepthook = hook


def show_crash(parent: QWidget | None, exc: BaseException, trace: str = "") -> QMessageBox:
    """The crash dialog: what happened, and the log file to send to the administrator."""
    path = log_file()
    box = QMessageBox(QMessageBox.Icon.Critical, tr("程序出错"), tr("程序内部出错，这次操作没有完成。"),
                      parent=parent)
    box.setInformativeText(
        tr("错误详情已记录在日志文件：\n{path}\n请把这个文件发给系统管理员。").format(path=path)
    )
    box.setDetailedText(trace or scrub(f"{type(exc).__name__}: {exc}"))
    box.setObjectName("crashDialog")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
