"""Desk servers for tests: in this process (a uvicorn thread serving a test's own Desk, so its FakeClock
still rules) or in a subprocess (``regdesk serve``, as operations run it)."""

from __future__ import annotations

import atexit
import contextlib
import os
import socket
import ssl
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import uvicorn

from app.remote import RemoteDesk
from app.server.app import create_app

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ThreadServer:
    """uvicorn serving ``create_app(desk)`` on 127.0.0.1 in a thread of this process."""

    def __init__(self, desk: Any, **app_options: Any) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = create_app(desk, **app_options)
        self.host = self.app.state.host
        config = uvicorn.Config(self.app, host="127.0.0.1", port=self.port,
                                log_level="warning", lifespan="on", timeout_graceful_shutdown=2)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, name="test-desk-server", daemon=True)

    def start(self) -> ThreadServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test desk server did not start")
            time.sleep(0.01)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


@contextlib.contextmanager
def thread_server(desk: Any, **app_options: Any) -> Iterator[ThreadServer]:
    server = ThreadServer(desk, **app_options).start()
    try:
        yield server
    finally:
        server.stop()


class HarnessDesk(RemoteDesk):
    """A remote desk for the service suite: every service call crosses HTTP to a server running the
    test's local desk; ``ctx`` and ``db`` are the local desk's, for tests that look at rows directly."""

    def __init__(self, url: str, local: Any) -> None:
        super().__init__(url, workstation=local.ctx.workstation)
        self.local = local
        self.ctx = local.ctx
        self.db = local.db
        # the outbox's other methods cross the wire; deliver_pending and deliver_due are LOCAL_ONLY: run
        # where the database is (here: this process)
        self.sms.deliver_pending = local.sms.deliver_pending  # type: ignore[attr-defined]
        self.sms.deliver_due = local.sms.deliver_due  # type: ignore[attr-defined]


_shared: ThreadServer | None = None


def shared_server(local: Any) -> ThreadServer:
    """One thread server for the whole test run (building the app takes about a second), serving
    ``local`` from now on."""
    global _shared
    if _shared is None or not _shared.thread.is_alive():
        # the suite signs in wrongly on purpose, far more than 20 times a minute
        # (and the public register is asked far more than 60 times a minute from 127.0.0.1)
        # (and no SMS courier: a service test decides itself when the outbox is delivered)
        _shared = ThreadServer(local, signin_failures=1_000_000, register_rate=1_000_000, sms_every=0).start()
        atexit.register(_shared.stop)
    else:
        _shared.host.swap(local)
    return _shared


@contextlib.contextmanager
def remote_harness(local: Any) -> Iterator[HarnessDesk]:
    """A HarnessDesk on the shared thread server, serving ``local`` while the block runs."""
    server = shared_server(local)
    remote = HarnessDesk(server.url, local)
    try:
        yield remote
    finally:
        remote.close()
        server.host.hub.stop()  # no listener left on a database the test is about to drop or empty


class SubprocessServer:
    """``python -m app.server --db URL --host 127.0.0.1 --port P`` in a subprocess."""

    def __init__(self, db_url: str, *extra: str, env: dict[str, str] | None = None) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.args = [sys.executable, "-m", "app.server", "--db", db_url, "--host", "127.0.0.1",
                     "--port", str(self.port), *extra]
        self.env = {**os.environ, **(env or {})}
        self.proc: subprocess.Popen[bytes] | None = None
        self.health_verify: str | bool = True

    def start(self, timeout: float = 60) -> SubprocessServer:
        self.proc = subprocess.Popen(self.args, cwd=ROOT, env=self.env, stdout=subprocess.PIPE,
                                     stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                out = self.proc.stdout.read().decode(errors="replace") if self.proc.stdout else ""
                raise RuntimeError(f"the desk server exited ({self.proc.returncode}):\n{out}")
            try:
                verify = self.health_verify
                if isinstance(verify, str):
                    verify = ssl.create_default_context(cafile=verify)
                if httpx.get(self.url + "/health", timeout=1, verify=verify).status_code == 200:
                    return self
            except httpx.TransportError:
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError("the desk server did not answer /health in time")

    def output(self) -> str:
        return self.proc.stdout.read().decode(errors="replace") if self.proc and self.proc.stdout else ""

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
