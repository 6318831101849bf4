"""Building a role window asks the database nothing on the GUI thread: every service call made while the
commission's, an institution's or a physician's window is built and its first lists load runs in a worker
(issue 15 part 8: no GUI-thread stall while a role window is built)."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from app.services.contract import SERVICES
from app.views import worker
from tests.gui.institution_support import CLERK, demo_fixture, demo_template_fixture  # noqa: F401 - fixtures


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


@pytest.mark.parametrize("who", ["commission", "institution", "physician"])
def test_no_service_call_on_the_gui_thread_while_a_role_window_is_built(qtbot, demo, who) -> None:  # type: ignore[no-untyped-def]
    from app.views.main_window import window_for

    logins = {"commission": CLERK, "physician": ("doctor01", "Demo#2026doc")}
    actor = demo.hr if who == "institution" else demo.desk.auth.login(*logins[who])
    spy = SpyDesk(demo.desk)
    window = window_for(spy, actor)
    qtbot.addWidget(window)
    window.show()
    for _ in range(20):  # the later build steps, the first pages of the lists
        qtbot.wait(25)
        worker.wait_idle()
    assert spy.calls, "the window read nothing: the spy is not in the way"
    on_gui = sorted({name for name, gui in spy.calls if gui})
    assert not on_gui, f"service calls on the GUI thread while the {who} window was built: {on_gui}"
