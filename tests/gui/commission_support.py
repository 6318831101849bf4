"""Helpers for the commission window's tests (queue, case dialog, counter wizard, live updates).

The data is the demo (built once per session by tests/gui/institution_support.py, copied for each test):
gdclerk (李晓华) is the province commission's counter clerk; 广州市第一人民医院 has a first registration
waiting for the commission (韩怡) and one waiting for the hospital; walk-in cases are waiting too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from tests.gui.institution_support import HOSPITAL, Demo, demo, demo_template  # noqa: F401 - fixtures

ADMIN = ("gdadmin", "Demo#2026admin")
CLERK_NAME = "李晓华"
OTHER_PASSWORD = "Other#2026clerk"
WAIT = 10_000


def second_clerk(d: Demo, username: str = "gdclerk2", name: str = "王静") -> Any:
    """Another clerk of the province commission, signed in (initial password changed)."""
    admin = d.desk.auth.login(*ADMIN)
    username, initial = d.desk.accounts.create_commission_user(
        admin, username=username, name=name, jurisdiction="440000", phone="13800002222"
    )
    actor = d.desk.auth.login(username, initial)
    return d.desk.auth.change_password(actor, initial, OTHER_PASSWORD)


def commission_window(qtbot: Any, d: Demo, actor: Any | None = None) -> Any:
    """The commission window of a clerk, shown, with the queue loaded."""
    from app.views.commission import CommissionWindow

    window = CommissionWindow(d.desk, actor or d.clerk())
    qtbot.addWidget(window)
    window.show()
    wait_loaded(qtbot, window.queue)
    return window


def wait_loaded(qtbot: Any, panel: Any) -> None:
    qtbot.waitUntil(lambda: not panel.model.loading and panel.model.total is not None, timeout=WAIT)


def confirmed_case(d: Demo, actor: Any, kind: str = "first_registration") -> Any:
    """The first case of a kind waiting for the commission (through the service, as the clerk)."""
    page = d.desk.cases.queue(actor, status="confirmed", kind=kind)
    assert page.items, f"the demo has no confirmed {kind}"
    return page.items[0]


def open_from_queue(qtbot: Any, window: Any, case_id: int) -> Any:
    """Select the case's row in the queue and press Enter; returns the case dialog once it has loaded."""
    queue = window.queue
    qtbot.waitUntil(lambda: queue.row_of(case_id) >= 0, timeout=WAIT)
    queue.table.setFocus()
    queue.table.selectRow(queue.row_of(case_id))
    qtbot.keyClick(queue.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: case_id in window.case_dialogs, timeout=WAIT)
    dialog = window.case_dialogs[case_id]
    wait_ready(qtbot, dialog)
    return dialog


def open_dialog(qtbot: Any, d: Demo, actor: Any, case_id: int) -> Any:
    """A case dialog on its own (a second clerk's PC)."""
    from app.views.case_dialog import CaseDialog

    dialog = CaseDialog(d.desk, actor, case_id)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_ready(qtbot, dialog)
    return dialog


def wait_ready(qtbot: Any, dialog: Any) -> None:
    """Loaded, the claim decided, nothing running."""
    qtbot.waitUntil(
        lambda: (
            dialog.case is not None
            and not dialog.busy
            and dialog.banner.isVisible()
            and not dialog._first_load
        ),
        timeout=WAIT,
    )
    from app.views import worker

    worker.wait_idle()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=WAIT)


def tick_required(qtbot: Any, dialog: Any) -> list[str]:
    """Click every required material's box, waiting for each to be saved; returns their names."""
    names = list(dialog.view.missing_materials())
    for name in names:
        box = dialog.view.material_box(name)
        assert box is not None and box.isEnabled(), name
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda name=name: name not in dialog.view.missing_materials(), timeout=WAIT)
    return names
