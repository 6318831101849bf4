"""Fixtures of the desk server tests: ``desk`` here is always a remote desk (HTTP to a server thread that
runs the test's own local desk on SQLite or PostgreSQL), so the case fixtures build their world through
the wire. Import ``desk`` into a test module to use it there."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from conftest import FakeClock, served


@pytest.fixture
def desk(db_url: str, clock: FakeClock) -> Iterator[Any]:
    from app.services import open_desk

    local = open_desk(db_url, clock=clock, workstation="test-pc")
    try:
        with served(local, "remote") as remote:
            yield remote
    finally:
        local.close()
