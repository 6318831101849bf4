"""Entry point of the registration desk: ``python main.py [--db URL] [--demo] [--lang zh_CN|en]``.

The desk is opened in a worker thread behind a small splash ("正在打开数据库…"); problems are explained
in Chinese; a PostgreSQL server that wants a password gets it asked for once and kept in the system keyring.
"""

from __future__ import annotations

import time

STARTED = time.perf_counter()
"""When the interpreter reached main.py (the smoke line reports the time to the login window from here)."""

import argparse
import importlib
import logging
import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from app.config import ENV_URL, data_dir, describe, resolve_url, store_password
from app.services import ConflictError, Desk, EnvironmentFault, open_desk
from app.views import worker
from app.views.i18n import error_text, tr
from app.views.shell import Shell
from app.views.theme import apply_theme, install_translations

log = logging.getLogger("regdesk")
SMOKE_ENV = "REGDESK_SMOKE_EXIT"
SMOKE_GRAB_ENV = "REGDESK_SMOKE_GRAB"
SMOKE_PDF_ENV = "REGDESK_SMOKE_PDF"
"""With --smoke and this set to 1: also build an approval notice PDF and draw it as the print preview does."""
SMOKE_OK = "REGDESK SMOKE OK: login window shown"
"""The line ``--smoke`` prints once the login window shows (CI and the packaging tests look for it)."""
DemoLogins = list[tuple[str, str, str]]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="regdesk", description="医师电子化注册系统")
    parser.add_argument("--db", metavar="URL",
                        help="数据库地址，如 postgresql+psycopg://user@host:5432/regdesk "
                        "（默认：$REGDESK_DB_URL，或用户数据目录中的 SQLite 文件）")
    parser.add_argument("--demo", action="store_true",
                        help="打开演示数据库（用户数据目录中的 demo.db，或 --db 所指的库），"
                        "填入演示数据并显示演示账户")
    parser.add_argument("--lang", choices=["zh_CN", "en"], default=None,
                        help="界面语言（默认：设置中所选，否则 zh_CN）")
    parser.add_argument("--smoke", action="store_true",
                        help=f"自检：登录窗口显示后打印一行并以 0 退出（也可设置 {SMOKE_ENV}=1），"
                        "供安装检查使用")
    return parser.parse_args(argv)


def database_url(args: argparse.Namespace) -> str:
    """--db, else $REGDESK_DB_URL, else the address kept in 设置, else the default file; a demo without
    --db gets its own demo.db."""
    if args.demo and not args.db and not os.environ.get(ENV_URL):
        return f"sqlite:///{demo_file()}"
    from app.views.settings_dialog import saved_address

    return resolve_url(args.db, saved_address())


class StartupProblem(EnvironmentFault):
    """The database could not be opened; the message says why in Chinese."""

    code = "startup"

    def __init__(self, message: str, *, needs_password: bool = False) -> None:
        super().__init__(message)
        self.needs_password = needs_password


def explain(exc: BaseException, url: str) -> StartupProblem:
    """Turn a failure to open the database into a message a clerk can act on."""
    # open_desk turns a driver's error into an EnvironmentFault; the driver's own words tell which case it is
    cause = exc.__cause__ if isinstance(exc, EnvironmentFault) and exc.__cause__ is not None else exc
    text = f"{type(cause).__name__}: {cause}".lower()
    try:
        where = describe(url)
    except Exception:  # noqa: BLE001 - a URL that cannot even be parsed
        return StartupProblem(tr("数据库地址格式不正确：{url}").format(url=url))
    if isinstance(exc, ModuleNotFoundError) and "psycopg" in text:
        return StartupProblem(
            tr("未安装 PostgreSQL 驱动（psycopg）。请运行：pip install \"regdesk[postgres]\""))
    if "no password supplied" in text or "password authentication failed" in text:
        return StartupProblem(tr("数据库服务器要求密码：{where}").format(where=where), needs_password=True)
    if "does not exist" in text and "database" in text:
        return StartupProblem(
            tr("服务器上没有这个数据库：{where}。请确认数据库名，或请管理员先创建它。").format(where=where))
    if any(k in text for k in ("connection refused", "could not connect", "timeout", "timed out",
                               "could not translate host", "name or service not known", "no route to host",
                               "connection to server")):
        return StartupProblem(
            tr("无法连接数据库服务器 {where}。请检查网络，并确认服务器已启动；"
               "如问题持续，请联系管理员。").format(where=where)
        )
    if "unable to open database file" in text or "readonly" in text or "permission denied" in text:
        return StartupProblem(
            tr("无法打开数据库文件（{where}）：请检查路径是否存在、是否有读写权限。").format(where=where))
    if isinstance(exc, EnvironmentFault):
        return StartupProblem(error_text(exc))
    return StartupProblem(tr("无法打开数据库 {where}：{error}").format(where=where, error=exc))


def describe_safely(url: str) -> str:
    try:
        return describe(url)
    except Exception:  # noqa: BLE001 - e.g. a desk server address this build cannot describe
        return url


def with_password(url: str, password: str) -> str:
    """The URL carrying a password, for this run only (used when no keyring can keep it)."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)


def demo_file() -> Path:
    """The demo database of ``--demo`` without ``--db``: made anew on every start."""
    return data_dir() / "demo.db"


def open_database(url: str, fresh: Path | None = None) -> Desk:
    """Worker job: open (and upgrade) the database; ``fresh`` names a demo file to delete first."""
    if fresh is not None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{fresh}{suffix}").unlink(missing_ok=True)
    try:
        return open_desk(url)
    except Exception as exc:  # noqa: BLE001 - every failure becomes a Chinese message
        log.exception("打开数据库失败：%s", url if "://" not in url else describe(url))
        raise explain(exc, url) from exc


def fill_demo(desk: Desk) -> DemoLogins:
    """Worker job: fill the database with the demo data; returns (label, username, password) per login."""
    try:
        from app.services.demo import load_demo
    except ImportError as exc:
        raise StartupProblem(tr("这个版本还没有演示数据（app.services.demo）。")) from exc
    try:
        logins = load_demo(desk)
    except ConflictError as exc:
        raise StartupProblem(
            tr("演示数据只能填入空数据库：{where} 中已有账户。").format(where=desk.describe())) from exc
    except Exception as exc:  # noqa: BLE001 - the app cannot go on without it: say so, keep the details
        log.exception("生成演示数据失败")
        raise StartupProblem(tr("生成演示数据失败：{error}\n详情见日志文件 {log}").format(
            error=exc, log=worker.log_file())) from exc
    return [_demo_login(x) for x in logins]


def _demo_login(login: Any) -> tuple[str, str, str]:
    if hasattr(login, "username"):
        who = getattr(login, "who", "")
        return (f"{login.role}　{who}" if who else login.role, login.username, login.password)
    role, username, password = login[:3]
    return role, username, password


ROLE_WINDOWS = ("app.views.commission", "app.views.institution", "app.views.physician",
                # imported by the windows as they are built (the export button, scan to open, the idle lock,
                # the commission's 离职与注销 and 概览 tabs)
                "app.views.export", "app.views.scan", "app.views.idle_lock", "app.views.departures",
                "app.views.overview")
PREWARM_DELAY_MS = 300


#: Qt classes whose Python enum classes PySide creates lazily, all of a class's at once, the first time the
#: class is used: ~125 enum classes, ~20–25 ms of GUI-thread CPU when the commission window is first built
#: (found by hooking enum.EnumType._create_ while it is built; PySide6 6.11). Made while the login waits.
QT_CLASSES_WITH_LAZY_ENUMS = {
    "QtCore": ("QAbstractAnimation QEventLoop QFileDevice QIODeviceBase QItemSelectionModel "
               "QLibrary QMetaMethod QProcess QRangeModel QSharedMemory QSocketNotifier "
               "QSortFilterProxyModel QTimeLine"),
    "QtGui": ("QActionGroup QClipboard QContextMenuEvent QDoubleValidator QIcon QInputDevice "
              "QInputMethod QInputMethodEvent QMovie QOpenGLContext QPalette QPdfWriter "
              "QPlatformSurfaceEvent QPointingDevice QScrollEvent QSessionManager QSurface "
              "QTextLine QValidator QWindow"),
    "QtWidgets": ("QAbstractSlider QCalendarWidget QColorDialog QCompleter QDataWidgetMapper "
                  "QDockWidget QFileDialog QFileSystemModel QFontComboBox QFontDialog QGesture "
                  "QGraphicsBlurEffect QGraphicsEffect QGraphicsItem QGraphicsScene "
                  "QGraphicsSceneContextMenuEvent QGraphicsView QLCDNumber QListView QMdiArea "
                  "QMdiSubWindow QPinchGesture QProgressBar QRhiWidget QRubberBand QScroller "
                  "QSlider QStackedLayout QStyle QSwipeGesture QSystemTrayIcon QTabBar QToolButton "
                  "QWizard"),
    "QtPrintSupport": ("QPrintPreviewWidget"),
}


def prewarm_windows() -> None:
    """Worker job while the login dialog waits for the user: import the role windows' modules, so that
    signing in does not stall the GUI thread on imports (about a third of building a role window), and
    have PySide make the enum classes the windows' first build would make on the GUI thread."""
    for name in ROLE_WINDOWS:
        importlib.import_module(name)
    for module_name, classes in QT_CLASSES_WITH_LAZY_ENUMS.items():
        module = importlib.import_module(f"PySide6.{module_name}")
        for class_name in classes.split():
            found = getattr(module, class_name, None)  # (a class a later PySide drops is simply skipped)
            if found is not None:
                vars(found)  # the class's first use: PySide makes its enum classes
    # reference data the windows read as they are built: the areas (the commission's name in the title and
    # status bar), the queues' filter choices
    from app.services import reference
    from app.views.queue import filter_choices

    reference.area_name("440000")
    filter_choices()


class Splash(QWidget):
    """The small "正在打开数据库…" window shown while the worker opens the desk.

    A plain frameless window, not QSplashScreen: QSplashScreen.show() and finish() wait (up to a second each)
    until the window system reports the window exposed, holding the GUI thread; this one just shows."""

    def __init__(self, where: str) -> None:
        super().__init__(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        pixmap = QPixmap(460, 150)
        pixmap.fill(QColor("#f4f7fb"))
        painter = QPainter(pixmap)
        painter.setPen(QColor("#1d4e89"))
        font = QFont(QApplication.font())
        font.setPointSize(16)
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(pixmap.rect().adjusted(0, 22, 0, 0), Qt.AlignmentFlag.AlignHCenter,
                         tr("医师电子化注册系统"))
        painter.end()
        self._pixmap = pixmap
        self._message = ""
        self.setObjectName("splash")
        self.setFixedSize(pixmap.size())
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())
        self.say(tr("正在打开数据库…") + "\n" + where)

    def say(self, text: str) -> None:
        self._message = text
        self.update()

    def message(self) -> str:
        return self._message

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.drawPixmap(0, 0, self._pixmap)
        painter.setPen(QColor("#333333"))
        painter.drawText(self.rect().adjusted(8, 0, -8, -10),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, self._message)
        painter.end()

    def finish(self, _window: QWidget) -> None:
        """The window the splash stood for is shown: close the splash."""
        self.close()


class Startup(QObject):
    """Opens the desk in the background, asks for a server password when needed, then starts the Shell."""

    ready = Signal(object)  # the Shell, once the login dialog shows
    failed = Signal(str)

    def __init__(self, url: str, *, demo: bool = False, fresh: Path | None = None, quiet: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self.quiet = quiet
        """Smoke runs: a failure is printed, not shown in a message box nobody can close."""
        self.demo = demo
        self.fresh = fresh
        self.desk: Desk | None = None
        self.shell: Shell | None = None
        self.demo_logins: DemoLogins = []
        self.splash: Splash | None = None
        self._password_asked = False
        self.pinned = False  # the address came from --db or $REGDESK_DB_URL: 设置 cannot change it

    def start(self) -> None:
        try:
            where = describe(self.url)
        except Exception as exc:  # noqa: BLE001
            self._fail(explain(exc, self.url))
            return
        self.splash = Splash(where)
        self.splash.show()
        worker.run_write(self, open_database, self.url, self.fresh, on_done=self._opened,
                         on_error=self._problem)

    def _opened(self, desk: Desk) -> None:
        self.desk = desk
        if not self.demo:
            self._start_shell()
            return
        if self.splash is not None:
            self.splash.say(tr("正在填入演示数据，约需半分钟…") + "\n" + desk.describe())
        worker.run_write(self, fill_demo, desk, on_done=self._demo_filled, on_error=self._problem)

    def _demo_filled(self, logins: DemoLogins) -> None:
        self.demo_logins = logins
        print(tr("演示账户（角色 / 用户名 / 密码）："))
        for role, username, password in logins:
            print(f"  {role}\t{username}\t{password}")
        if sys.stdout is not None:  # a windowed Windows build has no console
            sys.stdout.flush()
        self._start_shell()

    def _start_shell(self) -> None:
        assert self.desk is not None
        self.shell = Shell(self.desk, demo_logins=self.demo_logins)
        self.shell.start()
        if self.splash is not None and self.shell.login is not None:
            self.splash.finish(self.shell.login)
            self.splash = None
        if not self.quiet:  # a smoke run leaves at once: nothing to prepare
            QTimer.singleShot(PREWARM_DELAY_MS,
                              lambda: worker.run_read(self, prewarm_windows, on_error=lambda _e: False))
        self.ready.emit(self.shell)

    def _problem(self, err: Any) -> bool:
        if self.splash is not None:
            self.splash.hide()
        if isinstance(err, StartupProblem) and err.needs_password:
            self._ask_password(err.message)
        else:
            self._fail(err if isinstance(err, StartupProblem) else StartupProblem(str(err)))
        return True

    def _ask_password(self, message: str) -> None:
        prompt = message if not self._password_asked else tr("密码不正确，请重新输入。") + "\n" + message
        self._password_asked = True
        password, ok = QInputDialog.getText(
            None, tr("数据库密码"), prompt + "\n" + tr("密码将保存在系统钥匙串中，不会写入任何文件。"),
            QLineEdit.EchoMode.Password,
        )
        if not ok or not password:
            self._fail(StartupProblem(tr("没有输入数据库密码，无法打开数据库。")))
            return
        url = self.url
        if not store_password(url, password):
            QMessageBox.information(
                None, tr("数据库密码"),
                tr("这台电脑没有可用的系统钥匙串，密码无法保存：本次运行有效，下次启动需要再次输入。"),
            )
            url = with_password(url, password)
        if self.splash is None:
            self.splash = Splash(describe(self.url))
        self.splash.show()
        worker.run_write(self, open_database, url, None, on_done=self._opened, on_error=self._problem)

    def _fail(self, problem: StartupProblem) -> None:
        log.error("启动失败：%s", problem.message)
        if self.quiet:
            print(f"REGDESK SMOKE FAILED: {problem.message}", file=sys.stderr, flush=True)
        elif self.offer_settings(problem.message) and self._open_settings():
            return
        self.failed.emit(problem.message)

    def offer_settings(self, message: str) -> bool:
        """Say why the database could not be opened; True when the user chose 设置… (not 退出)."""
        box = QMessageBox(QMessageBox.Icon.Critical, tr("无法打开数据库"), message)
        settings_button = box.addButton(tr("设置…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(tr("退出"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is settings_button

    def _open_settings(self) -> bool:
        """设置 after a failed start: a new address (or password) is tried at once; False when cancelled."""
        from app.views.settings_dialog import SettingsDialog, saved_address

        dialog = SettingsDialog(current=describe_safely(self.url))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if not self.pinned:
            self.url = resolve_url(None, saved_address())
        self._password_asked = False
        self.start()
        return True


def smoke_report(app: QApplication, shell: Shell) -> None:
    """``--smoke``: the login window is on screen; say so (with what was loaded from where), exit 0."""
    import app as package
    from app import resources

    login = shell.login
    if login is None or not login.isVisible():
        print("REGDESK SMOKE FAILED: no login window", file=sys.stderr, flush=True)
        app.exit(2)
        return
    font = resources.path("fonts", "wqy-microhei.ttc")
    grab = os.environ.get(SMOKE_GRAB_ENV)
    if grab:  # a picture of the login window, to look at what an installed copy shows
        login.grab().save(grab)
    print(f"{SMOKE_OK} after {time.perf_counter() - STARTED:.2f} s; title={login.windowTitle()!r}; "
          f"package={Path(package.__file__).parent}; font={font} ({font.stat().st_size} bytes)", flush=True)
    login.hide()
    if os.environ.get(SMOKE_PDF_ENV) == "1":
        pages = smoke_pdf()
        if not pages:
            print("REGDESK SMOKE FAILED: the approval notice could not be drawn", file=sys.stderr, flush=True)
            app.exit(5)
            return
        print(f"REGDESK SMOKE PDF OK: approval notice drawn in-process, {pages}", flush=True)
    app.exit(0)


def smoke_pdf() -> str:
    """The paper path of an installed copy: reportlab with the bundled font builds a notice, PDFium draws it
    (as print preview does); "" when nothing was drawn."""
    import datetime as dt

    from app.services import paper
    from app.views.print_preview import rasterise

    imprint = paper.Imprint("陈晓东", "广东省卫生健康委员会", dt.datetime(2026, 11, 25, 10, 30))
    pdf = paper.build_notice_pdf(paper.NoticeData(
        case_number="YS2026112400001", kind_label="注册", applicant_name="李明华",
        applicant_id_number="11010519491231002X", decided_on=dt.date(2026, 11, 25),
        registration_code="442026000000001", practice_certificate_number="144440000012345",
        institution_name="广州市天河区第一人民医院", level="执业医师", category="临床",
        scopes=["内科专业"], place_name="广东省", registered_on=dt.date(2026, 11, 25),
        issuing_authority="广东省卫生健康委员会", imprint=imprint)).pdf
    images = rasterise(pdf, 40)
    if not images or images[0].isNull():
        return ""
    return f"{len(images)} page(s) of {images[0].width()}x{images[0].height()} px from {len(pdf)} bytes"


def watch_smoke(app: QApplication, limit_s: int = 60) -> QTimer:
    """``--smoke`` never waits for a person: an uncaught error exits 3, no login window in time exits 4.
    Returns the watchdog timer (stopped when the run ends)."""

    def fail_fast(kind: type[BaseException], value: BaseException, tb: Any) -> None:
        traceback.print_exception(kind, value, tb)
        print(f"REGDESK SMOKE FAILED: {kind.__name__}: {value}", file=sys.stderr, flush=True)
        app.exit(3)

    def too_late() -> None:
        print(f"REGDESK SMOKE FAILED: no login window after {limit_s} s", file=sys.stderr, flush=True)
        app.exit(4)

    sys.excepthook = fail_fast
    watchdog = QTimer(app)
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(too_late)
    watchdog.start(limit_s * 1000)
    return watchdog


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desk; returns the process exit code. ``regdesk serve …`` runs the desk server and
    ``regdesk verify-audit|backup|restore|export|verify-notice|make-signing-cert …`` the commands of app.cli
    instead (no window)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["serve"]:
        from app.server.cli import main as serve

        return serve(argv[1:])
    if argv[:1] and argv[0] in ("verify-audit", "backup", "restore"):
        from app.cli import run

        return run(argv)
    if argv[:1] and argv[0] in ("export", "verify-notice", "make-signing-cert"):
        from app.cli import JOBS

        return JOBS[argv[0]](argv[1:])
    args = parse_args(argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName("regdesk")
    app.setApplicationName("regdesk")
    app.setApplicationDisplayName(tr("医师电子化注册系统"))
    app.setQuitOnLastWindowClosed(False)
    worker.setup_logging()
    worker.install_excepthook()
    from app.views.settings_dialog import saved_language

    install_translations(app, args.lang or saved_language())
    apply_theme(app)
    url = database_url(args)
    fresh = demo_file() if args.demo and url == f"sqlite:///{demo_file()}" else None
    smoke = args.smoke or os.environ.get(SMOKE_ENV) == "1"
    startup = Startup(url, demo=args.demo, fresh=fresh, quiet=smoke)
    startup.pinned = bool(args.demo or args.db or os.environ.get(ENV_URL))
    startup.failed.connect(lambda _message: app.exit(1))
    startup.ready.connect(lambda shell: shell.finished.connect(app.quit))
    watchdog = watch_smoke(app) if smoke else None
    if smoke:
        startup.ready.connect(lambda shell: QTimer.singleShot(0, lambda: smoke_report(app, shell)))
    QTimer.singleShot(0, startup.start)
    code = app.exec()
    if watchdog is not None:
        watchdog.stop()
        watchdog.deleteLater()
    worker.wait_idle()
    if startup.desk is not None:
        startup.desk.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
