"""--demo: the demo database opens and every demo login shows the window of its role."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import main
from tests.gui.helpers import wait_for_window

ROLE_OF = {"卫生健康委": "commission", "医疗机构": "institution", "医师": "physician"}


@pytest.mark.slow
def test_demo_logins_open_the_window_of_their_role(qtbot: Any, tmp_path: Path) -> None:
    from app.views import worker

    demo = tmp_path / "demo.db"
    demo.write_bytes(b"an older demo file, replaced on start")
    startup = main.Startup(f"sqlite:///{demo}", demo=True, fresh=demo)
    startup.start()
    qtbot.waitUntil(lambda: startup.shell is not None, timeout=120_000)
    shell = startup.shell
    try:
        login = shell.login
        labels = [login.demo_box.itemText(i) for i in range(1, login.demo_box.count())]
        assert len(labels) == len(startup.demo_logins) >= 4
        seen: set[str] = set()
        for index, (label, username, _password) in enumerate(startup.demo_logins, start=1):
            role = next(r for prefix, r in ROLE_OF.items() if label.startswith(prefix))
            if role in seen:
                continue
            seen.add(role)
            login = shell.login
            qtbot.waitUntil(lambda login=login: not login.busy)
            login.demo_box.setCurrentIndex(index)
            login.demo_box.activated.emit(index)
            assert login.username.text() == username
            login.ok_button.click()
            window = wait_for_window(qtbot, shell, role)
            assert window.actor.username == username
            window.logout()
            qtbot.waitUntil(lambda: shell.window is None and shell.login.isVisible())
        assert seen == {"commission", "institution", "physician"}
    finally:
        shell.login.hide()
        worker.wait_idle()
        startup.desk.close()
