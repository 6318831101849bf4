"""(being written) desk.register."""

from __future__ import annotations

from app.services.base import Service


class RegisterService(Service):
    """desk.register — being written."""
