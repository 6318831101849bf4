"""Fixtures for the institution window's tests: the demo database (built once, copied for each test) and
the HR of 广州市第一人民医院 signed in; helpers to wait for lists and find rows."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from app.services.base import RecordingSender
from tests.conftest import FakeClock

HOSPITAL = "广州市第一人民医院"
HOSPITAL_PASSWORD = "Demo#2026hosp"
CLERK = ("gdclerk", "Demo#2026clerk")


@dataclass(frozen=True)
class DemoTemplate:
    path: Path
    logins: dict[str, str]  # who → username


#: The demo built in this test session (by its base temporary folder). Every test module imports the fixture
#: below, and pytest keeps a session fixture defined in (or imported into) a module once per module: without
#: this the demo was loaded again for each of the ~20 modules (about 6.5 s of CPU each).
_BUILT: dict[Path, DemoTemplate] = {}


@pytest.fixture(scope="session", name="demo_template")
def demo_template_fixture(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    """The demo (app/services/demo.py) loaded once per session on a SQLite file with the fake clock's start
    time (each test gets a copy: ``demo``)."""
    key = tmp_path_factory.getbasetemp()
    if key not in _BUILT:
        _BUILT[key] = _shared_demo(tmp_path_factory)
    return _BUILT[key]


def _shared_demo(tmp_path_factory: pytest.TempPathFactory) -> DemoTemplate:
    """Under ``pytest -n``, one demo for all workers of the run: the first worker to need it builds it in
    the run's shared temporary folder (the parent of each worker's own) while holding a lock; the others
    wait for it and read the same file (each test copies it). ~6.5 s of CPU once per run, not per worker."""
    try:
        import fcntl
    except ImportError:  # no flock (Windows): each worker builds its own
        fcntl = None  # type: ignore[assignment]
    if fcntl is None or not os.environ.get("PYTEST_XDIST_WORKER"):
        return _build_demo(tmp_path_factory.mktemp("demo"))
    shared = tmp_path_factory.getbasetemp().parent
    with open(shared / "demo.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        built = shared / "demo.json"
        if built.exists():
            saved = json.loads(built.read_text(encoding="utf-8"))
            return DemoTemplate(Path(saved["path"]), saved["logins"])
        template = _build_demo(Path(tempfile.mkdtemp(prefix="demo", dir=shared)))  # a new folder per try
        saved = {"path": str(template.path), "logins": template.logins}
        built.write_text(json.dumps(saved), encoding="utf-8")
        return template


def _build_demo(folder: Path) -> DemoTemplate:
    from app.services import open_desk
    from app.services.demo import load_demo

    path = folder / "demo.db"
    desk = open_desk(f"sqlite:///{path}", clock=FakeClock(), workstation="demo-template")
    try:
        logins = {login.who: login.username for login in load_demo(desk)}
    finally:
        desk.close()
    return DemoTemplate(path, logins)


@dataclass
class Demo:
    desk: Any
    clock: FakeClock
    hr: Any  # the HR of 广州市第一人民医院
    logins: dict[str, str]

    def clerk(self) -> Any:
        """The commission's counter clerk (广东省卫生健康委), signed in."""
        return self.desk.auth.login(*CLERK)

    def hospital(self, name: str = HOSPITAL) -> Any:
        """Another sign-in of a hospital's HR account (a second PC of the same office)."""
        return self.desk.auth.login(self.logins[name], HOSPITAL_PASSWORD)


@pytest.fixture(name="demo")
def demo_fixture(demo_template: DemoTemplate, tmp_path: Path, qapp: Any) -> Iterator[Demo]:
    """A copy of the demo database for one test, its desk, and the HR signed in; windows closed and
    background jobs drained before the desk closes."""
    from PySide6.QtWidgets import QApplication

    from app.services import open_desk
    from app.views import worker

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template.path, path)
    clock = FakeClock()
    desk = open_desk(f"sqlite:///{path}", clock=clock, workstation="gui-test", sms_sender=RecordingSender())
    try:
        hr = desk.auth.login(demo_template.logins[HOSPITAL], HOSPITAL_PASSWORD)
        yield Demo(desk, clock, hr, demo_template.logins)
    finally:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible():
                widget.close()
        QApplication.processEvents()
        worker.wait_idle()
        desk.close()


# Import these into a test module to use the fixtures (named "demo_template" and "demo"); the
# unsuffixed names stay for modules that import them so.
demo_template = demo_template_fixture
demo = demo_fixture


def institution_window(qtbot: Any, demo: Demo) -> Any:
    """The HR's window, shown, with its first listings loaded."""
    from app.views.institution import InstitutionWindow

    window = InstitutionWindow(demo.desk, demo.hr)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.fact_labels["name"].text() == HOSPITAL, timeout=10_000)
    settle(qtbot, window.physicians)
    settle(qtbot, window.inbox.list)
    return window


def settle(qtbot: Any, panel: Any, timeout: int = 10_000) -> None:
    """Wait until a ListPanel has no page on the way."""
    qtbot.waitUntil(lambda: not panel.model.loading and panel.count.text() != "正在查询…", timeout=timeout)


def rows(panel: Any) -> list[Any]:
    return [panel.model.item(i) for i in range(panel.model.rowCount())]


def select(qtbot: Any, panel: Any, predicate: Any) -> Any:
    """Select the first loaded row matching ``predicate`` (fetching further pages as needed)."""
    while True:
        for i, item in enumerate(rows(panel)):
            if predicate(item):
                panel.table.selectRow(i)
                return item
        if not panel.model.has_more:
            raise AssertionError("no matching row")
        panel.model.fetchMore()
        settle(qtbot, panel)


def commission_queue(demo: Demo, **filters: Any) -> list[Any]:
    """The cases the commission's counter clerk sees (its queue), newest deadline last."""
    return demo.desk.cases.queue(demo.clerk(), limit=500, **filters).items


def gone(widget: Any) -> bool:
    """A dialog closed (and, with WA_DeleteOnClose, deleted)."""
    import shiboken6

    return not shiboken6.isValid(widget) or not widget.isVisible()
