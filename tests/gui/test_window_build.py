"""Building a role window asks the database nothing on the GUI thread: every service call made while the
commission's, an institution's or a physician's window is built and its first lists load runs in a worker
(issue 15 part 8: no GUI-thread stall while a role window is built)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication

from app.services.contract import SERVICES
from app.views import worker
from tests.gui.institution_support import CLERK, demo_fixture, demo_template_fixture  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]


class _Service:
    def __init__(self, name: str, service: Any, calls: list[tuple[str, bool]]) -> None:
        self._name, self._service, self._calls = name, service, calls

    def __getattr__(self, attr: str) -> Any:
        found = getattr(self._service, attr)
        if not callable(found) or attr.startswith("_"):
            return found

        def call(*args: Any, **kwargs: Any) -> Any:
            on_gui = threading.current_thread() is threading.main_thread()
            self._calls.append((f"{self._name}.{attr}", on_gui))
            return found(*args, **kwargs)

        return call


class SpyDesk:
    """The desk, with every service call noted with whether it ran on the GUI (main) thread."""

    def __init__(self, desk: Any) -> None:
        self._desk = desk
        self.calls: list[tuple[str, bool]] = []

    def __getattr__(self, attr: str) -> Any:
        found = getattr(self._desk, attr)
        if attr in SERVICES or attr in ("backup", "opendata"):
            return _Service(attr, found, self.calls)
        return found


class StrayWindows(QObject):
    """Notes every window shown but the role window (a widget shown before it has a parent is a window of its
    own for a moment and takes the activation, and the shortcuts, from the role window)."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []
        self.window: Any = None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.Show and obj.isWidgetType() and obj.isWindow()  # type: ignore[attr-defined]
                and obj is not self.window):
            self.shown.append(f"{type(obj).__name__} {obj.objectName()}")
        return False


@pytest.mark.parametrize("who", ["commission", "institution", "physician"])
def test_no_gui_thread_service_call_nor_stray_window_while_a_role_window_is_built(  # type: ignore[no-untyped-def]
        qtbot, demo, who) -> None:
    from app.views.main_window import window_for

    logins = {"commission": CLERK, "physician": ("doctor01", "Demo#2026doc")}
    actor = demo.hr if who == "institution" else demo.desk.auth.login(*logins[who])
    spy = SpyDesk(demo.desk)
    stray = StrayWindows()
    QApplication.instance().installEventFilter(stray)
    try:
        window = window_for(spy, actor)
        stray.window = window
        qtbot.addWidget(window)
        window.show()
        for _ in range(20):  # the later build steps, the first pages of the lists
            qtbot.wait(25)
            worker.wait_idle()
    finally:
        QApplication.instance().removeEventFilter(stray)
    assert not stray.shown, f"windows shown while the {who} window was built: {stray.shown}"
    assert window.isActiveWindow()
    assert spy.calls, "the window read nothing: the spy is not in the way"
    on_gui = sorted({name for name, gui in spy.calls if gui})
    assert not on_gui, f"service calls on the GUI thread while the {who} window was built: {on_gui}"


_BUILD_COUNTING_ENUMS = """
import enum, os, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from app.services import open_desk
from app.views import worker
from app.views.main_window import window_for
from app.views.theme import apply_theme
import main
apply_theme(app)
desk = open_desk(sys.argv[1])
actor = desk.auth.login("gdclerk", "Demo#2026clerk")
if sys.argv[2] == "prewarm":
    main.prewarm_windows()  # (in a worker while the login dialog waits; here before, on this thread)
made = []
create = enum.EnumType._create_
def counted(cls, class_name, *args, **kwargs):
    made.append(class_name)
    return create(cls, class_name, *args, **kwargs)
enum.EnumType._create_ = counted
window = window_for(desk, actor)
window.show()
clock = __import__("time").monotonic
end = clock() + 1.5
while clock() < end:  # every tab built, the first pages in
    app.processEvents()
    worker.wait_idle()
print("ENUMS", len(made), " ".join(sorted(made)))
window.close()
worker.wait_idle()
desk.close()
"""


def _enums_made_building(demo_template: Any, tmp_path: Path, mode: str) -> list[str]:
    path = tmp_path / f"{mode}.db"
    shutil.copyfile(demo_template.path, path)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", REGDESK_DATA_DIR=str(tmp_path / f"data-{mode}"),
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", HOME=str(tmp_path / f"home-{mode}"))
    done = subprocess.run([sys.executable, "-c", _BUILD_COUNTING_ENUMS, f"sqlite:///{path}", mode],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=True)
    line = next(line for line in done.stdout.splitlines() if line.startswith("ENUMS "))
    return line.split()[2:]


def test_the_prewarm_makes_the_enum_classes_pyside_would_make_while_the_commission_window_is_built(
        demo_template: Any, tmp_path: Path) -> None:
    """PySide makes a Qt class's Python enum classes at the class's first use, ~125 of them (~20–25 ms of
    GUI-thread CPU) while the first role window is built; main.prewarm_windows makes them while the login
    dialog waits. In fresh processes (in this one every class has long been used)."""
    cold = _enums_made_building(demo_template, tmp_path, "cold")
    assert len(cold) > 50, cold  # the hook sees PySide making them
    warm = _enums_made_building(demo_template, tmp_path, "prewarm")
    assert len(warm) <= 5, f"enum classes still made on the GUI thread after the prewarm: {warm}"


def test_the_commission_queue_asks_for_its_first_page_only_after_the_window_is_shown(  # type: ignore[no-untyped-def]
        qtbot, demo) -> None:
    """At 1,000,000 physicians the queue's first page came back while the window was still being laid out,
    and landed (rows, columns fitted, painted) in the same turn of the event loop as the window's first
    layout and paint: one stall. It is asked for a turn later, so the two come in turns of their own."""
    from app.views.main_window import window_for

    window = window_for(demo.desk, demo.desk.auth.login(*CLERK))
    qtbot.addWidget(window)
    window.show()
    assert not window.queue.model.loading and window.queue.model.rowCount() == 0
    assert window.queue.count.text() == "正在查询…"
    qtbot.waitUntil(lambda: window.queue.model.rowCount() > 0, timeout=10_000)
    assert window.queue.model.total == demo.desk.cases.queue(demo.clerk(), status="confirmed").total
    worker.wait_idle()
