"""A fake HTTP SMS gateway on 127.0.0.1 (real HTTP, a server thread) for the service and window tests."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

SECRET = "gw-Secret-7731"


class FakeGateway:
    """An HTTP SMS gateway on 127.0.0.1: records each request; ``mode`` decides the answer."""

    def __init__(self) -> None:
        self.requests: list[dict[str, Any]] = []
        self.mode = "ok"  # ok / http500 / refuse / unauthorised / slow / echo500
        self.delay = 0.0  # seconds every answer takes (two senders overlap)
        self.lock = threading.Lock()
        gateway = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - http.server's name
                length = int(self.headers.get("Content-Length", "0"))
                body = json.loads(self.rfile.read(length) or b"{}")
                with gateway.lock:
                    gateway.requests.append({"auth": self.headers.get("Authorization"), **body})
                mode = gateway.mode
                if gateway.delay:
                    time.sleep(gateway.delay)
                if mode == "slow":
                    time.sleep(1.5)
                status, answer = {
                    "ok": (200, {"code": 0, "message": "OK"}),
                    "slow": (200, {"code": 0}),
                    "http500": (500, {"message": "内部错误"}),
                    "echo500": (500, {"message": f"cannot send {body.get('content')}"}),
                    "refuse": (200, {"code": 4021, "message": "号码在黑名单中"}),
                    "unauthorised": (401, {"message": "bad key"}),
                }[mode]
                data = json.dumps(answer, ensure_ascii=False).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sms/send"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def gateway() -> Iterator[FakeGateway]:
    """A fake SMS gateway over real HTTP on 127.0.0.1, closed after the test."""
    fake = FakeGateway()
    try:
        yield fake
    finally:
        fake.close()
