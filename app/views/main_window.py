"""The main window frame every role shares: menus, the status bar naming user, organisation and database."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QByteArray, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from app.services.contract import Actor, Desk, DomainError
from app.views import worker
from app.views.i18n import N_, db_text, tr
from app.views.password import ChangePasswordDialog

APP_TITLE = N_("医师电子化注册系统")
ROLE_LABELS = {"commission": N_("卫生健康委"), "institution": N_("医疗机构"), "physician": N_("医师")}
#: the pause between the steps of building a role window (a real timer: input and painting come between)
BUILD_STEP_MS = 5
#: how many steps a tab's build waits at most for the lists' pages being read (then it is built anyway)
BUILD_WAIT_STEPS = 40


class RoleWindow(QMainWindow):
    """Base of the three role windows. ``logged_out`` fires after 退出登录; ``closed`` when the user quits."""

    logged_out = Signal()
    closed = Signal()
    role = ""

    def __init__(self, desk: Desk, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.actor = actor
        self._leaving = False
        self.setObjectName(f"{self.role}Window")
        self.person = ""  # who sits at an institution's account (its delegate), once read
        self._set_title(self.organisation())

        self.file_menu = self.menuBar().addMenu(tr("文件(&F)"))
        self.change_password_action = self._action(self.file_menu, tr("修改密码(&P)…"), self.change_password)
        self.settings_action = self._action(self.file_menu, tr("设置(&S)…"), self.open_settings)
        self.file_menu.addSeparator()
        self.logout_action = self._action(self.file_menu, tr("退出登录(&L)"), self.logout)
        self.quit_action = self._action(self.file_menu, tr("退出(&X)"), self.close,
                                        QKeySequence.StandardKey.Quit)
        self.build_menus()
        self.help_menu = self.menuBar().addMenu(tr("帮助(&H)"))
        self.guide_action = self._action(self.help_menu, tr("用户手册(&U)"), self.open_help,
                                         QKeySequence.StandardKey.HelpContents)
        self.public_register_action = self._action(self.help_menu, tr("公众查询(&P)…"),
                                                   self.open_public_register)
        self.help_menu.addSeparator()
        self._action(self.help_menu, tr("关于(&A)"), self.about)

        bar = self.statusBar()
        self.user_label = QLabel()
        self.org_label = QLabel(self.organisation())
        self.db_label = QLabel(tr("数据库：") + db_text(desk.describe()))
        for label in (self.user_label, self.org_label, self.db_label):
            label.setObjectName("statusFact")
            bar.addPermanentWidget(label)
        self._show_user()

        self.setCentralWidget(self.build_central())
        self.resize(1100, 700)
        geometry = QSettings().value(self._settings_key())
        if isinstance(geometry, QByteArray | bytes):
            self.restoreGeometry(QByteArray(geometry))
        worker.changes.changed.connect(self._changes_arrived)
        from app.views.idle_lock import IdleLock

        self.idle_lock = IdleLock(self)  # locks after session/idle_lock_minutes without input

    # --- for the role windows to fill --------------------------------------------------------------

    def build_menus(self) -> None:
        """Add the role's menus (between 文件 and 帮助); only actions that work."""

    def build_central(self) -> QWidget:
        return QWidget()

    def organisation(self) -> str:
        """What the status bar names besides the user: the commission or the institution."""
        return ""

    def on_changes(self, change: dict[str, object]) -> None:
        """Refresh what a write (here or in another window) changed."""

    # --- shared behaviour --------------------------------------------------------------------------

    def _action(self, menu: QMenu, text: str, slot: object,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _set_title(self, organisation: str) -> None:
        """The window's title names the role and organisation; Qt adds the app's name once
        (QApplication.applicationDisplayName), so the title never repeats it."""
        role = tr(ROLE_LABELS.get(self.actor.role, self.actor.role))
        self.setWindowTitle(f"{role} — {organisation}" if organisation and organisation != role else role)

    def _show_user(self) -> None:
        """The person's name in the status bar (the account name only in its tooltip)."""
        a = self.actor
        named = a.name and a.name != self.org_label.text()  # an institution's account bears its name
        who = a.name if named else (self.person or tr("经办人"))
        self.user_label.setText(tr("用户：") + who)
        self.user_label.setToolTip(tr("账户：{username}").format(username=a.username))

    def set_organisation(self, text: str, person: str = "") -> None:
        """The organisation (and, for an institution's account, its delegate) once they are read."""
        self.org_label.setText(text)
        if person:
            self.person = person
        self._set_title(text)
        self._show_user()

    def _changes_arrived(self, change: dict[str, object]) -> None:
        if not self._leaving:
            self.on_changes(change)

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self.desk, self.actor, parent=self)
        dialog.changed.connect(self._password_changed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _password_changed(self, actor: Actor) -> None:
        self.actor = actor
        self.statusBar().showMessage(tr("密码已修改"), 10_000)

    def open_settings(self) -> QWidget:
        """设置: the database address (used from the next start), language, idle-lock minutes."""
        from app.views.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self, current=self.desk.describe())
        dialog.saved.connect(self._settings_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _settings_saved(self, address_changed: bool) -> None:
        self.statusBar().showMessage(
            tr("设置已保存。新的数据库地址和界面语言在下次启动时生效。") if address_changed
            else tr("设置已保存。"), 15_000)

    def open_public_register(self) -> QWidget:
        """公众查询: the public register (physicians, nurses, institutions; disclosed fields only)."""
        from app.views.public_register import open_public_register

        return open_public_register(self.desk, self)

    def open_help(self) -> QWidget:
        """用户手册 (F1): the user guide with its screenshots."""
        from app.views.help import open_help

        return open_help(self)

    def about(self) -> None:
        QMessageBox.about(
            self, tr("关于"),
            tr("{title}\n\n医师、医疗机构与卫生健康委的电子化注册工作台。\n数据库：{db}").format(
                title=tr(APP_TITLE), db=db_text(self.desk.describe())),
        )

    def logout(self) -> None:
        """退出登录: end the session in the background and go back to the login dialog."""
        self._leaving = True
        worker.run_write(None, self.desk.auth.logout, self.actor, on_error=ignore_error)
        self.close()
        self.logged_out.emit()

    def _settings_key(self) -> str:
        return f"windows/{self.role or self.actor.role}/geometry"

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        QSettings().setValue(self._settings_key(), self.saveGeometry())
        worker.changes.unlisten(self._changes_arrived)
        if not self._leaving:
            self._leaving = True
            worker.run_write(None, self.desk.auth.logout, self.actor, on_error=ignore_error)
            self.closed.emit()
        super().closeEvent(event)


def ignore_error(_err: DomainError) -> bool:
    """Signing out of a session that already ended is no error worth showing."""
    return True


def window_for(desk: Desk, actor: Actor) -> RoleWindow:
    """The main window of the actor's role."""
    if actor.role == "commission":
        from app.views.commission import CommissionWindow

        return CommissionWindow(desk, actor)
    if actor.role == "institution":
        from app.views.institution import InstitutionWindow

        return InstitutionWindow(desk, actor)
    if actor.role == "physician":
        from app.views.physician import PhysicianWindow

        return PhysicianWindow(desk, actor)
    raise ValueError(f"unknown role {actor.role!r}")


def place_tab(tabs: QTabWidget, index: int, page: QWidget) -> None:
    """Put a page built later in place of its tab's placeholder (the current tab stays current): the role
    windows build their first tab, show, then the others one per turn of the event loop."""
    current = tabs.currentIndex()
    placeholder = tabs.widget(index)
    text = tabs.tabText(index)
    blocked = tabs.blockSignals(True)
    try:
        tabs.removeTab(index)
        tabs.insertTab(index, page, text)
        tabs.setCurrentIndex(current)
    finally:
        tabs.blockSignals(blocked)
    if placeholder is not None:
        placeholder.deleteLater()


class LazyTabs:
    """A role window's tabs built step by step (issue 15 part 8): the first page(s) at once; every other tab
    holds an empty placeholder until its page is built, one per turn of the event loop (a real timer, so input
    and painting come between), or at once when something asks for it (``page``) or the clerk turns to it.

    ``build(index)`` makes the page of tab ``index`` (made a child at once: a page made without a parent is a
    window of its own for a moment and takes the activation, and the shortcuts, from the role window);
    ``placed(index, page)``, if given, runs once the page is in its tab (to load it, for instance)."""

    def __init__(self, tabs: QTabWidget, build: Callable[[int], QWidget], later: Iterable[int], *,
                 built: dict[int, QWidget] | None = None,
                 placed: Callable[[int, QWidget], None] | None = None) -> None:
        self.tabs = tabs
        self._build = build
        self._placed = placed
        self._later = list(later)
        self.pages: dict[int, QWidget] = dict(built or {})
        self._waited = 0
        tabs.currentChanged.connect(self._turned_to)
        QTimer.singleShot(BUILD_STEP_MS, tabs, self._build_next)

    def page(self, index: int) -> QWidget:
        """The page of tab ``index``, built (and put in its tab) now if it was not yet."""
        page = self.pages.get(index)
        if page is None:
            page = self._build(index)
            self.pages[index] = page  # before it is placed: what placing it sets off finds it built
            place_tab(self.tabs, index, page)
            if self._placed is not None:
                self._placed(index, page)
        return page

    def is_built(self, index: int) -> bool:
        return index in self.pages

    def _turned_to(self, index: int) -> None:
        if index in self._later:
            self.page(index)

    def _build_next(self) -> None:
        """The next page not built yet, then a new step for the one after it. While a list's page is still
        being read (or its rows not yet handed back) the step waits a little (at most BUILD_WAIT_STEPS
        times), so that the page lands in a turn of its own, not in the same one as the next tab's build."""
        if worker.reads_pending() and self._waited < BUILD_WAIT_STEPS:
            self._waited += 1
            QTimer.singleShot(BUILD_STEP_MS, self.tabs, self._build_next)
            return
        self._waited = 0
        for index in self._later:
            if index not in self.pages:
                self.page(index)
                QTimer.singleShot(BUILD_STEP_MS, self.tabs, self._build_next)
                return
