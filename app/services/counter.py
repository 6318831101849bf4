"""(being written) desk.counter."""

from __future__ import annotations

from app.services.base import Service


class CounterService(Service):
    """desk.counter — being written."""
