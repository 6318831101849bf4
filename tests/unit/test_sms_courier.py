"""The SMS courier (sms.deliver_due, run every minute by the commission window of a PC on the database and by
the desk server): messages queued while the gateway was down go out once it answers; a dead gateway is asked
once per run and the courier backs off; a message the gateway refuses waits 1, 2, 4 … minutes between
tries; two PCs running the courier at once send every message exactly once. Against the fake HTTP gateway."""

from __future__ import annotations

import datetime as dt
import threading
from typing import Any

import pytest
from conftest import FakeClock

from app.services import open_desk, sms
from app.services.base import Tx
from app.services.types import SMS_COURIER_EVERY, SMS_COURIER_MAX_PAUSE, DeliveryReport
from tests.sms_gateway_fake import SECRET, FakeGateway, gateway  # noqa: F401 - the fixture


@pytest.fixture
def real(desk: Any, admin: Any, gateway: FakeGateway) -> Any:
    """The desk sending through the fake HTTP gateway (configured, secret in memory)."""
    desk.ctx.sms_sender = None
    desk.ctx.sms_secret_store = sms.MemorySecrets()
    assert desk.sms.configure_gateway(admin, gateway.url, "regdesk-gd", "SMS_0001", SECRET).ready
    return desk


def queue(desk: Any, count: int = 1) -> list[int]:
    """Messages put in the outbox without being handed to the gateway (as when it was down)."""
    with desk.db.write() as session:
        tx = Tx(desk.ctx, session, None)
        return [sms.queue(tx, f"1380013{n:04d}", f"【医师电子化注册】通知 {n}", "notice")
                for n in range(count)]


def states(desk: Any) -> dict[int, tuple[str, int]]:
    return {m.id: (m.status, m.attempts) for m in sms.messages(desk.ctx)}


def test_a_message_queued_while_the_gateway_was_down_goes_out_when_it_answers(
    real: Any, gateway: FakeGateway
) -> None:
    gateway.mode = "http500"
    [sms_id] = queue(real)
    report = real.sms.deliver_due()
    assert report == DeliveryReport(gateway_down=True)
    [message] = sms.messages(real.ctx)
    assert (message.status, message.attempts) == ("pending", 0)  # still 待发送: the gateway's fault, not its
    assert "HTTP 500" in message.last_error
    gateway.mode = "ok"
    assert real.sms.deliver_due() == DeliveryReport(sent=1)
    assert states(real) == {sms_id: ("sent", 1)}
    assert real.sms.deliver_due() == DeliveryReport()  # nothing is sent twice


def test_a_dead_gateway_is_asked_once_per_run_and_the_courier_backs_off(
    real: Any, gateway: FakeGateway
) -> None:
    ids = queue(real, 5)
    gateway.mode = "http500"
    assert real.sms.deliver_due().gateway_down
    assert len(gateway.requests) == 1  # not five
    gateway.close()  # nothing listens any more
    report = real.sms.deliver_due()
    assert report.gateway_down and len(gateway.requests) == 1
    assert states(real) == {i: ("pending", 0) for i in ids}
    assert "无法连接短信网关" in sms.messages(real.ctx)[-1].last_error
    pauses = [SMS_COURIER_EVERY]
    for _ in range(8):
        pauses.append(report.next_pause(pauses[-1]))
    assert pauses[:4] == [60, 120, 240, 480] and pauses[-1] == SMS_COURIER_MAX_PAUSE == 1800
    assert DeliveryReport(sent=1).next_pause(SMS_COURIER_MAX_PAUSE) == SMS_COURIER_EVERY  # it answers again
    assert DeliveryReport(sent=20).next_pause(60) == 1.0  # a full batch: the next one soon


def test_a_message_the_gateway_refuses_waits_a_doubling_pause_between_tries(
    real: Any, gateway: FakeGateway, clock: FakeClock
) -> None:
    [sms_id] = queue(real)
    gateway.mode = "refuse"
    tried_at = []
    for _ in range(40):  # forty minutes of the courier's runs, one a minute
        before = len(gateway.requests)
        real.sms.deliver_due()
        if len(gateway.requests) > before:
            tried_at.append(int((clock.now - sms.messages(real.ctx)[0].created_at).total_seconds() // 60))
        clock.advance(minutes=1)
    assert tried_at == [0, 1, 3, 7, 15]  # then left for a person (重发), after MAX_ATTEMPTS tries
    clock.advance(days=1)
    assert real.sms.deliver_due() == DeliveryReport() and len(gateway.requests) == sms.MAX_ATTEMPTS
    assert states(real) == {sms_id: ("failed", sms.MAX_ATTEMPTS)}
    assert "号码在黑名单中" in sms.messages(real.ctx)[0].last_error
    assert sms.messages(real.ctx)[0].next_attempt_at is None  # not due any more: 重发 is a person's


def test_the_pause_after_a_failed_try_doubles_up_to_thirty_minutes_and_there_is_none_after_the_last(
    clock: FakeClock,
) -> None:
    pauses = [int(sms.retry_pause(n).total_seconds() // 60) for n in range(1, 9)]
    assert pauses == [1, 2, 4, 8, 16, 30, 30, 30]
    tried = clock.now
    assert [sms.next_attempt_at(tried, n) for n in range(1, sms.MAX_ATTEMPTS + 2)] == [
        tried + sms.retry_pause(n) for n in range(1, sms.MAX_ATTEMPTS)] + [None, None]


def test_a_refused_message_is_tried_again_when_its_pause_after_that_try_is_over_not_before(
    real: Any, gateway: FakeGateway, clock: FakeClock
) -> None:
    [sms_id] = queue(real)
    [queued] = sms.messages(real.ctx)
    assert queued.next_attempt_at == queued.created_at  # due at once
    gateway.mode = "http500"
    clock.advance(hours=1)
    assert real.sms.deliver_due().gateway_down  # an hour late: the gateway was down; no try counted
    gateway.mode = "refuse"
    first = clock.now
    tried_at = []
    for _ in range(20 * 6):  # twenty minutes of the courier's runs, one every 10 seconds
        before = len(gateway.requests)
        real.sms.deliver_due()
        if len(gateway.requests) > before:
            tried_at.append(int((clock.now - first).total_seconds()))
            [message] = sms.messages(real.ctx)
            assert message.next_attempt_at == sms.next_attempt_at(clock.now, message.attempts)
        clock.advance(seconds=10)
    # counted from each try, not from when the message was queued (that made every later try overdue:
    # one a run)
    assert tried_at == [0, 60, 180, 420, 900]
    assert states(real) == {sms_id: ("failed", sms.MAX_ATTEMPTS)}


def test_a_message_is_not_tried_a_moment_before_its_next_attempt_and_is_tried_at_it(
    real: Any, gateway: FakeGateway, clock: FakeClock
) -> None:
    queue(real)
    gateway.mode = "refuse"
    assert real.sms.deliver_due() == DeliveryReport(failed=1)
    [message] = sms.messages(real.ctx)
    assert message.next_attempt_at == clock.now + sms.BACKOFF_FIRST
    assert message.next_attempt_at is not None
    clock.now = message.next_attempt_at - dt.timedelta(microseconds=1)
    assert real.sms.deliver_due() == DeliveryReport() and len(gateway.requests) == 1
    clock.now = message.next_attempt_at
    gateway.mode = "ok"
    assert real.sms.deliver_due() == DeliveryReport(sent=1) and len(gateway.requests) == 2
    [message] = sms.messages(real.ctx)
    assert (message.status, message.next_attempt_at) == ("sent", None)


def test_without_a_gateway_the_courier_touches_nothing(desk: Any, admin: Any) -> None:
    desk.ctx.sms_sender = None
    desk.ctx.sms_secret_store = sms.MemorySecrets()
    ids = queue(desk, 2)
    assert desk.sms.deliver_due() == DeliveryReport()
    assert states(desk) == {i: ("pending", 0) for i in ids}
    assert all(m.last_error == "" for m in sms.messages(desk.ctx))


def test_two_pcs_running_the_courier_at_once_send_every_message_exactly_once(
    real: Any, gateway: FakeGateway, db_url: str, clock: FakeClock
) -> None:
    other = open_desk(db_url, clock=clock, workstation="second-pc")
    try:
        other.ctx.sms_secret_store = sms.MemorySecrets(SECRET)
        ids = queue(real, 12)
        gateway.delay = 0.05  # each hand-over takes a while: the two runs overlap
        start = threading.Barrier(2)
        reports: list[DeliveryReport] = []

        def run(ctx: Any) -> None:
            start.wait()
            reports.append(sms.deliver_due(ctx, limit=100))

        threads = [threading.Thread(target=run, args=(d.ctx,)) for d in (real, other)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=60)
        assert sum(r.sent for r in reports) == 12 and sum(r.failed for r in reports) == 0
        contents = sorted(r["content"] for r in gateway.requests)
        assert contents == sorted(f"【医师电子化注册】通知 {n}" for n in range(12))  # each once
        assert states(real) == {i: ("sent", 1) for i in ids}
        if real.db.is_postgres:  # the two shared the work (SQLite's writer lock may hand all of it to one)
            assert all(r.sent > 0 for r in reports), reports
    finally:
        other.close()


def test_the_desk_server_runs_the_courier_and_backs_off_while_the_gateway_is_down(
    real: Any, gateway: FakeGateway
) -> None:
    import time

    from tests.server_support import thread_server

    local = getattr(real, "local", real)  # the desk the server runs (REGDESK_TEST_DESK=remote: the harness's)
    ids = queue(local, 3)
    gateway.mode = "http500"
    with thread_server(local, sms_every=0.1) as server:
        courier = server.app.state.host.courier
        deadline = time.monotonic() + 20
        while courier.runs < 3 and time.monotonic() < deadline:
            time.sleep(0.05)
        assert courier.runs >= 3 and courier.pause >= 0.8  # 0.1 → 0.2 → 0.4 → 0.8: backing off
        runs = courier.runs
        assert runs <= len(gateway.requests) <= runs + 1  # one request a run (one may be under way), not 3
        assert states(local) == {i: ("pending", 0) for i in ids}
        gateway.mode = "ok"
        while any(s != ("sent", 1) for s in states(local).values()) and time.monotonic() < deadline + 20:
            time.sleep(0.05)
        assert states(local) == {i: ("sent", 1) for i in ids}
    assert sorted(r["content"] for r in gateway.requests[-3:]) == sorted(
        f"【医师电子化注册】通知 {n}" for n in range(3))
