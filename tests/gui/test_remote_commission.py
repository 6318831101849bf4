"""The commission's window on a remote desk: sign in through a desk server (HTTP to a server thread on
the demo database) and approve a case; the registration code comes back through the wire."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.gui.commission_support import (
    WAIT,
    Demo,
    confirmed_case,
    demo,  # noqa: F401 - fixture
    demo_template,  # noqa: F401 - fixture
    open_from_queue,
    tick_required,
)
from tests.gui.helpers import sign_in, wait_for_window
from tests.gui.institution_support import CLERK


@pytest.fixture
def remote_demo(demo: Demo) -> Iterator[Demo]:  # noqa: F811 - the demo fixture, served
    """The demo database behind a desk server thread; ``desk`` is a RemoteDesk on it."""
    from app.remote import RemoteDesk
    from tests.server_support import thread_server

    with thread_server(demo.desk) as server:
        remote = RemoteDesk(server.url)
        try:
            yield Demo(remote, demo.clock, demo.hr, demo.logins)
        finally:
            from app.views import worker

            worker.wait_idle()
            remote.close()


def test_a_clerk_signs_in_through_the_server_and_approves_a_case(qtbot: Any, remote_demo: Demo) -> None:
    from app.remote import RemoteDesk
    from app.views import worker
    from app.views.shell import Shell

    desk = remote_demo.desk
    assert isinstance(desk, RemoteDesk)
    shell = Shell(desk)
    shell.start()
    qtbot.addWidget(shell.login)
    qtbot.waitUntil(lambda: shell.login is not None and not shell.login.busy, timeout=WAIT)
    assert "桌面服务器" in shell.login.database.text()
    sign_in(qtbot, shell, *CLERK)
    window = wait_for_window(qtbot, shell, "commission")
    clerk = remote_demo.clerk()
    case = confirmed_case(remote_demo, clerk, "first_registration")
    dialog = open_from_queue(qtbot, window, case.id)
    assert dialog.claimed and not dialog.read_only
    assert tick_required(qtbot, dialog)
    qtbot.mouseClick(dialog.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.code_panel.isVisible(), timeout=WAIT)
    stored = desk.cases.get(clerk, case.id)
    assert stored.status == "approved" and stored.registration_code
    assert dialog.code_panel.code.text() == stored.registration_code
    qtbot.waitUntil(lambda: window.queue.row_of(case.id) < 0, timeout=WAIT)
    worker.wait_idle()
    for w in (shell.window, shell.login, shell.password_dialog):
        if w is not None:
            w.hide()

