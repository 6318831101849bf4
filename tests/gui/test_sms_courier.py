"""The commission window's SMS courier: a PC on the database sends the outbox's due messages by itself
(off the GUI thread), backing off while the gateway is down; on a remote desk the server does it."""

from __future__ import annotations

from typing import Any

from app.services import sms
from app.services.base import Tx
from tests.gui.helpers import admin
from tests.sms_gateway_fake import SECRET, FakeGateway, gateway  # noqa: F401 - the fixture


def test_the_commission_window_delivers_a_message_queued_while_the_gateway_was_down(
    qtbot: Any, gui_desk: Any, gateway: FakeGateway
) -> None:
    from app.views.commission import CommissionWindow
    from app.views.sms_views import SmsCourier

    desk = gui_desk
    desk.ctx.sms_sender = None  # the configured HTTP gateway
    desk.ctx.sms_secret_store = sms.MemorySecrets()
    actor = admin(desk)
    assert desk.sms.configure_gateway(actor, gateway.url, "regdesk-gd", "SMS_0001", SECRET).ready
    gateway.mode = "http500"
    with desk.db.write() as session:
        sms_id = sms.queue(Tx(desk.ctx, session, None), "13800138000", "【医师电子化注册】测试通知", "notice")
    window = CommissionWindow(desk, actor)
    qtbot.addWidget(window)
    assert window.sms_courier.running  # started with the window, every minute
    courier = SmsCourier(desk, window, every=0.05)  # the same courier, quicker
    window.sms_courier.stop()
    assert courier.start()
    qtbot.waitUntil(lambda: courier.last is not None and courier.last.gateway_down, timeout=10_000)
    assert courier.pause == 0.1  # backing off
    assert [(m.status, m.attempts) for m in sms.messages(desk.ctx)] == [("pending", 0)]
    gateway.mode = "ok"
    qtbot.waitUntil(lambda: sms.messages(desk.ctx)[0].status == "sent", timeout=10_000)
    assert [r["content"] for r in gateway.requests][-1] == "【医师电子化注册】测试通知"
    assert desk.sms.delivery(actor, "13800138000", "notice").id == sms_id
    window.close()
    assert not window.sms_courier.running


def test_on_a_remote_desk_the_window_runs_no_courier(gui_desk: Any) -> None:
    from app.remote import RemoteDesk
    from app.views.sms_views import SmsCourier
    from tests.server_support import thread_server

    with thread_server(gui_desk, sms_every=0) as server:
        remote = RemoteDesk(server.url)
        try:
            assert not hasattr(remote.sms, "deliver_due")  # not on the wire: the server sends
            assert SmsCourier(remote).start() is False
        finally:
            remote.close()
